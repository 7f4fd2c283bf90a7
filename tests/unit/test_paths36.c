/* test_paths36.c - people who answer an agent are no tool of it (issue #16,
 * paths36: paths35's outside service the agent calls and reads back, in
 * other words and another domain).
 *
 * A housing repairs desk whose agent messages tenants and reads their
 * replies, and calls a parts-price service drawn as an outside cloud. The
 * tenants are people (a head noun says so, though no people word does):
 * their hop in is no AI Agent Tool Data Poisoning (AML.T0099), the
 * instructions they type are direct prompt injection, and harm landing on
 * them is no tool invocation (AML.T0053). The price service still is the
 * agent's tool: AML.T0099 at the entry, indirect injection into the agent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

static const char *REPAIRS =
    "digraph fixit {\n"
    "  tenants [label=\"Tenants (housing portal)\", shape=ellipse];\n"
    "  plumbers [label=\"Plumbers (on-call rota)\", shape=ellipse];\n"
    "  subgraph cluster_h { label=\"Fly.io: repairs-desk\";\n"
    "    desk [label=\"Repairs desk agent (OpenAI Agents SDK)\"];\n"
    "    llm [label=\"GPT-4o mini (OpenAI API)\", shape=ellipse];\n"
    "    jobs [label=\"Work orders (SQLite)\", shape=cylinder];\n"
    "  }\n"
    "  quotes [label=\"PipeQuote: fitting prices + stock (third-party)\", "
    "shape=cloud];\n"
    "  tenants -> desk [label=\"leak report\"];\n"
    "  desk -> tenants [label=\"visit slot\"];\n"
    "  desk -> llm [label=\"prompt + tools\"];\n"
    "  llm -> desk [label=\"tool calls\"];\n"
    "  desk -> jobs [label=\"work order\"];\n"
    "  desk -> plumbers [label=\"job card\"];\n"
    "  plumbers -> desk [label=\"accepted / ETA\"];\n"
    "  desk -> quotes [label=\"part numbers\"];\n"
    "  quotes -> desk [label=\"prices, notes (free text)\"];\n"
    "}\n";

static void test_people_replying_no_tool(void **state) {
  (void)state;
  tmc_ir *ir = analysed(REPAIRS);
  assert_false(any_hop_names(ir, "tenants", NULL, "AML.T0099"));
  assert_false(any_hop_names(ir, "plumbers", NULL, "AML.T0099"));
  assert_true(hop_names(ir, "tenants", "jobs", "act_through_agent", "desk",
                        "AML.T0051.000", NULL));
  /* harm that lands on the tenants is no invocation of a tool */
  assert_true(hop_names(ir, "quotes", "tenants", "act_through_agent", "tenants",
                        "AML.T0048", ""));
  tmc_ir_free(ir);
}

static void test_outside_service_still_tool(void **state) {
  (void)state;
  tmc_ir *ir = analysed(REPAIRS);
  assert_true(
      hop_names(ir, "quotes", "jobs", "act_through_agent", "quotes", "AML.T0099", NULL));
  assert_true(hop_names(ir, "quotes", "jobs", "act_through_agent", "desk",
                        "AML.T0051.001", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_replying_no_tool),
      cmocka_unit_test(test_outside_service_still_tool),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
