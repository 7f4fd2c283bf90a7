/* test_r2agent.c - agent tool paths (thirty-first session, helper r2agent),
 * drawn here in other words and another domain: an outsider who only writes
 * a record into a store that an agent works through (a repair request filed
 * into a maintenance queue, which a webhook hands to an agent with a tool
 * over every request) exfiltrates nothing by that write; the path to the
 * store goes on through the agent that the record steers, back to the store
 * it reads for the attacker. Without an agent reading the store, the write
 * is the path as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A letting agency's repair desk: tenants' requests land in a queue; a
 * webhook hands each new one to an orchestrator that asks a hosted model
 * and runs the tools it calls. */
#define REPAIRS(agent)                                                                   \
  "digraph repairs {\n"                                                                  \
  "  tenants [shape=ellipse, label=\"Tenants\\n(web form)\"];\n"                         \
  "  subgraph cluster_saas { label=\"Rented SaaS\"; style=dashed;\n"                     \
  "    queue [shape=cylinder, label=\"Repair requests\\n(all properties, "               \
  "contacts)\"];\n"                                                                      \
  "  }\n"                                                                                \
  "  tenants -> queue [label=\"new request, photos\"];\n" agent "}\n"

#define AGENT                                                                            \
  "  subgraph cluster_run { label=\"Agency cloud\"; style=dashed;\n"                     \
  "    fixit [label=\"fixit orchestrator\\nrequest -> prompt, tool loop\"];\n"           \
  "    reqtool [shape=hexagon, label=\"requests_tool\\nsearch / update any "             \
  "request\"];\n"                                                                        \
  "  }\n"                                                                                \
  "  gemini [shape=ellipse, style=dashed, label=\"Gemini 2.5 Flash (Vertex AI)\"];\n"    \
  "  queue -> fixit [label=\"new-request webhook\"];\n"                                  \
  "  fixit -> gemini [label=\"request + tool schemas\"];\n"                              \
  "  gemini -> fixit [label=\"tool calls\"];\n"                                          \
  "  fixit -> reqtool [dir=both];\n"                                                     \
  "  reqtool -> queue [dir=both, label=\"read / update requests\"];\n"

/* Does some shown path from entry to target with aim pass element at? */
static bool passes(const tmc_ir *ir, const char *entry, const char *target,
                   const char *aim, const char *at) {
  return hop_names(ir, entry, target, aim, at, NULL, NULL);
}

static void test_written_record_read_back_through_agent(void **state) {
  (void)state;
  tmc_ir *ir = analysed(REPAIRS(AGENT));
  assert_true(plays(ir, "fixit", TMC_ROLE_AGENT));
  assert_true(aimed(ir, "tenants", "queue", "exfiltrate"));
  assert_true(passes(ir, "tenants", "queue", "exfiltrate", "fixit"));
  /* ... and names the injection where the agent reads the record */
  assert_true(
      hop_names(ir, "tenants", "queue", "exfiltrate", "fixit", "AML.T0051", NULL));
  tmc_ir_free(ir);
}

static void test_write_alone_without_agent_stays(void **state) {
  (void)state;
  tmc_ir *ir = analysed(REPAIRS(""));
  assert_true(path_shown(ir, "tenants", "queue"));
  for (uint32_t i = 0; i < ir->n_paths; i++)
    assert_true(ir->paths[i].n_hops <= 2);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_written_record_read_back_through_agent),
      cmocka_unit_test(test_write_alone_without_agent_stays),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
