/* test_d36c.c - a product set up with a plug-in, a sandbox that installs
 * packages, a service blueprint's lines and Mongolian tools (d36c; blind36
 * tampines_poly_pyfeedback, talyn_zam_email_agent). Drawn in this file's
 * own words (a library's catalogue assistant, a data team's notebook
 * agent, a clinic's booking bot), each with a quiet near-miss:
 *   - "Koha + OPAC-search plugin" is the library system set up with a
 *     plug-in: no agent tool, no third-party tool threat; a "Calendar
 *     plugin" the agent calls stays its tool;
 *   - a code sandbox the model's code runs in, fed by npm both ways ("npm
 *     install"), gets that code's packages: no AI agent tool supply chain
 *     ids (AML.T0010.005, AML.T0104) on it or on the index; an MCP server
 *     installed from the same index still gets them;
 *   - a dashed line named as a service blueprint's line (line of
 *     visibility) is no boundary; a dashed line named a trust boundary is;
 *   - "Хэрэгсэл: ..." (Mongolian: "Tool: ...") is an agent's tool. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "drawio_macros.h"
#include "engine_helpers.h"

static void test_product_with_plugin(void **state) {
  (void)state;
  const char *dot =
      "digraph lib {\n"
      "  node [shape=box, style=rounded];\n"
      "  readers [label=\"Library members\", shape=ellipse];\n"
      "  subgraph cluster_lib { label=\"City library servers\"; style=dashed;\n"
      "    koha [label=\"Koha + OPAC-search plugin\"];\n"
      "    asst [label=\"Catalogue assistant service\"];\n"
      "    cal [label=\"Calendar plugin\"];\n"
      "    db [label=\"Loans DB\", shape=cylinder];\n"
      "  }\n"
      "  llm [label=\"Claude 3.5 Sonnet\", shape=ellipse, style=dashed];\n"
      "  readers -> koha [label=\"search\"];\n"
      "  koha -> asst [label=\"question\"];\n"
      "  asst -> llm [label=\"prompt + tools\"];\n"
      "  llm -> asst [label=\"tool call\"];\n"
      "  asst -> cal [label=\"book_room(date)\"];\n"
      "  asst -> koha [label=\"answer\"];\n"
      "  koha -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_int_not_equal(kind_at(ir, "koha"), TMC_KIND_AGENT_TOOL);
  assert_false(TMC_ROLESET_HAS(elem_at(ir, "koha")->roles, TMC_ROLE_TOOL_EXECUTOR));
  assert_null(finding(ir, "TMC-AGENT-002", "koha"));
  /* near miss: the plug-in the agent calls is its tool */
  assert_int_equal(kind_at(ir, "cal"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

static void test_sandbox_installs_packages(void **state) {
  (void)state;
  const char *dot = "digraph nb {\n"
                    "  node [shape=box, style=rounded];\n"
                    "  analysts [label=\"Analysts\", shape=ellipse];\n"
                    "  subgraph cluster_team { label=\"Data team VPC\"; style=dashed;\n"
                    "    agent [label=\"Notebook agent (LangGraph)\"];\n"
                    "    box [label=\"Code sandbox\\n(execute_js; Deno, network on)\", "
                    "shape=hexagon];\n"
                    "    mcp [label=\"Charts MCP server\", shape=hexagon];\n"
                    "  }\n"
                    "  llm [label=\"GPT-4o\", shape=ellipse, style=dashed];\n"
                    "  npm [label=\"npm registry\", shape=box3d];\n"
                    "  analysts -> agent [label=\"question\"];\n"
                    "  agent -> llm [label=\"prompt + tool specs\"];\n"
                    "  llm -> agent [label=\"tool call\"];\n"
                    "  agent -> box [label=\"execute_js(code)\"];\n"
                    "  box -> agent [label=\"stdout\"];\n"
                    "  box -> npm [label=\"npm install, any package\", dir=both];\n"
                    "  agent -> mcp [label=\"render_chart\"];\n"
                    "  npm -> mcp [label=\"npx @charts/mcp (latest)\"];\n"
                    "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_true(elem_at(ir, "box")->facts.runs_handed_code);
  /* the sandbox's packages are its code's: no agent tool supply chain */
  assert_false(any_cites(ir, "box", "AML.T0010.005"));
  assert_null(finding(ir, "TMC-AGENT-002", "box"));
  /* near miss: the MCP server installed from npm is a tool from there */
  assert_false(elem_at(ir, "mcp")->facts.runs_handed_code);
  assert_true(elem_at(ir, "npm")->facts.feeds_tools);
  assert_true(any_cites(ir, "npm", "AML.T0104"));
  tmc_ir_free(ir);
}

/* A dashed horizontal line as draw.io's basic palette draws one. */
#define DLINE "line;strokeWidth=1;dashed=1;html=1;align=left;verticalAlign=bottom;"

static void test_blueprint_lines(void **state) {
  (void)state;
  const char *xml = HEAD V("l1", "Line of interaction", DLINE, 0, 140, 900, 10)
      V("l2", "Line of visibility", DLINE, 0, 300, 900, 10)
          V("pat", "Patient", "shape=umlActor;html=1;", 60, 40, 30, 60)
              V("bot", "Booking chatbot", CARD, 200, 200, 140, 60)
                  V("sched", "Scheduling service", CARD, 200, 380, 140, 60)
                      LINK("e1", "pat", "bot", "chat") LINK("e2", "bot", "sched", "slot")
                          TAIL;
  tmc_ir *ir = drawio_analysed(xml, "zones");
  assert_int_equal(ir->n_boundaries, 0);
  tmc_ir_free(ir);
  /* near miss: the same line named a trust boundary stays one */
  const char *zone = HEAD V("l1", "Trust boundary", DLINE, 0, 140, 900, 10)
      V("pat", "Patient", "shape=umlActor;html=1;", 60, 40, 30, 60)
          V("bot", "Booking chatbot", CARD, 200, 200, 140, 60)
              LINK("e1", "pat", "bot", "chat") TAIL;
  ir = drawio_analysed(zone, "zones");
  assert_int_equal(ir->n_boundaries, 1);
  tmc_ir_free(ir);
}

static void test_mongolian_tool(void **state) {
  (void)state;
  const char *dot = "digraph clinic {\n"
                    "  p [label=\"Өвчтөнүүд\", shape=ellipse];\n"
                    "  bot [label=\"Чат агент (Node.js)\", shape=box];\n"
                    "  llm [label=\"Gemini 2.5 Flash\", shape=ellipse];\n"
                    "  t [label=\"Хэрэгсэл: цаг захиалах\", shape=box];\n"
                    "  db [label=\"Цагийн хуваарь\", shape=cylinder];\n"
                    "  p -> bot; bot -> llm; llm -> bot; bot -> t; t -> db;\n"
                    "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "t"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_product_with_plugin),
      cmocka_unit_test(test_sandbox_installs_packages),
      cmocka_unit_test(test_blueprint_lines),
      cmocka_unit_test(test_mongolian_tool),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
