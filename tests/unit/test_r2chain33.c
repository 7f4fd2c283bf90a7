/* test_r2chain33.c - the technique a hop of an attack path names (issue #16,
 * round 2 of the thirty-third session), drawn here in other words and
 * another domain than the tuning set that showed it:
 *   - a tool the model calls that sends someone to open a door people live
 *     or work behind (a locksmith dispatched, a key holder told to hand over
 *     the spare keys) lets the caller in as surely as a smart lock opened
 *     remotely: user harm (AML.T0048.003) beside the invocation; a tool
 *     that only looks the locksmiths up harms nobody by itself;
 *   - a tool the path starts at (a third-party tool server) whose answer
 *     another tool relays on to the model plants the text there: the hop
 *     into the relaying tool names the indirect injection (AML.T0051.001),
 *     as from an outside party, not prompt infiltration via a public-facing
 *     application (AML.T0093). */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* A property manager's out-of-hours chat agent with one tool (label tool). */
static tmc_ir *keys_agent(const char *tool) {
  static char dot[2048];
  snprintf(
      dot, sizeof dot,
      "digraph keys {\n"
      "  node [shape=box];\n"
      "  tenants [shape=ellipse, label=\"Mieter (Chat)\"];\n"
      "  llm [shape=ellipse, style=dashed, label=\"Mistral Large\\n(La Plateforme)\"];\n"
      "  crew [shape=ellipse, label=\"Hausmeister-Bereitschaft\"];\n"
      "  subgraph cluster_k { label=\"Hetzner VM\";\n"
      "    bot [label=\"Nachtdienst-Bot (Python)\"];\n"
      "    t [shape=hexagon, label=\"%s\"];\n"
      "  }\n"
      "  tenants -> bot [label=\"Nachricht\"];\n"
      "  bot -> tenants [label=\"Antwort\"];\n"
      "  bot -> llm [label=\"prompt + tools\"];\n"
      "  llm -> bot [label=\"tool call\"];\n"
      "  bot -> t [label=\"call\"];\n"
      "  t -> crew [label=\"SMS\"];\n"
      "}\n",
      tool);
  return analysed(dot);
}

static void test_tool_that_sends_a_locksmith_is_user_harm(void **state) {
  (void)state;
  tmc_ir *ir = keys_agent("call_schluesseldienst\\n(Schlüsseldienst, 24h)");
  assert_true(aimed(ir, "tenants", "t", "act_through_agent"));
  assert_true(hop_names(ir, "tenants", "t", "act_through_agent", "t", "AML.T0053",
                        "AML.T0048.003"));
  tmc_ir_free(ir);
  ir = keys_agent("release_spare_keys\\n(key holder on call)");
  assert_true(hop_names(ir, "tenants", "t", "act_through_agent", "t", "AML.T0053",
                        "AML.T0048.003"));
  tmc_ir_free(ir);
  /* a tool that only reads the rota opens nothing */
  ir = keys_agent("get_rota\\n(on-call plumbers)");
  assert_false(any_hop_names(ir, "tenants", NULL, "AML.T0048.003"));
  tmc_ir_free(ir);
}

/* The same in draw.io: a hotel's night concierge bot. */
static void test_locksmith_tool_drawio(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("z", "GCP europe-west1", 200, 0, 500, 300)
      V("guests", "Guests", "shape=umlActor;html=1;", 20, 100, 30, 60)
          V("llm", "Gemini 2.5 Pro&lt;br&gt;(Vertex AI)", "ellipse;dashed=1;html=1;", 800,
            40, 120, 60)
              V("smiths", "Locksmith partners", "shape=cloud;html=1;", 800, 200, 120, 60)
                  C("desk", "z", "Night concierge bot", CARD, 20, 40, 120, 60)
                      C("ls", "z", "send_locksmith(room, name)", "shape=hexagon;html=1;",
                        200, 200, 120, 60) LINK("e1", "guests", "desk", "chat")
                          LINK("e2", "desk", "guests", "reply")
                              LINK("e3", "desk", "llm", "prompt")
                                  LINK("e4", "llm", "desk", "tool call")
                                      LINK("e5", "desk", "ls", "call")
                                          LINK("e6", "ls", "smiths", "job") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "guests", "ls", "act_through_agent", "ls", "AML.T0053",
                        "AML.T0048.003"));
  tmc_ir_free(ir);
}

/* A farm advice service whose own service is drawn as a tool (its label
 * ends in "tools"), fed by a third-party weather tool server. */
static const char *FARM =
    "digraph farm {\n"
    "  node [shape=box];\n"
    "  farmers [shape=ellipse, label=\"Farmers (app)\"];\n"
    "  wx [shape=hexagon, label=\"AgroMeteo MCP server (third party)\"];\n"
    "  llm [shape=ellipse, label=\"Claude Sonnet 4.5 (Bedrock)\"];\n"
    "  subgraph cluster_a { label=\"AWS eu-central-1\";\n"
    "    gw [label=\"farm-svc Python prompt + history + tools\"];\n"
    "    spray [shape=hexagon, label=\"order_spray_drone tool\"];\n"
    "  }\n"
    "  farmers -> gw [label=\"question\"];\n"
    "  gw -> farmers [label=\"answer\"];\n"
    "  gw -> wx [label=\"get_forecast\"];\n"
    "  wx -> gw [label=\"forecast text\"];\n"
    "  gw -> llm [label=\"prompt + tool results\"];\n"
    "  llm -> gw [label=\"tool calls\"];\n"
    "  gw -> spray [label=\"call\"];\n"
    "}\n";

static void test_tool_answer_relayed_by_a_tool_is_indirect(void **state) {
  (void)state;
  tmc_ir *ir = analysed(FARM);
  assert_true(aimed(ir, "wx", "spray", "act_through_agent"));
  assert_true(
      hop_names(ir, "wx", "spray", "act_through_agent", "gw", "AML.T0051.001", NULL));
  assert_false(
      hop_names(ir, "wx", "spray", "act_through_agent", "gw", "AML.T0093", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tool_that_sends_a_locksmith_is_user_harm),
      cmocka_unit_test(test_locksmith_tool_drawio),
      cmocka_unit_test(test_tool_answer_relayed_by_a_tool_is_indirect),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
