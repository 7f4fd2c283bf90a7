/* test_r2t.c - a package index feeding a tool that runs the code it is
 * handed (r2t, issue #15; blind36 tampines_poly_pyfeedback, blind9
 * larchwood_patchbot). Drawn in this file's own words (a law firm's
 * contract agent in DOT, an insurer's claims assistant in draw.io), each
 * with a quiet near-miss:
 *   - an interpreter tool the model's code runs in, installing from a
 *     package index: the index gets the AI software supply chain finding
 *     (TMC-SUPPLY-201: AML.T0010.001, AML.T0060, LLM03), not the agent
 *     tool supply chain ids (AML.T0010.005, AML.T0104), on it or on the
 *     flow between them;
 *   - an MCP server installed from another index is a tool from there:
 *     TMC-SUPPLY-006 stays, TMC-SUPPLY-201 does not fire. */
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

/* The index feeds only code the interpreter is handed: packages of that
 * code, no agent tool. */
static void assert_code_packages(const tmc_ir *ir, const char *index, const char *tool) {
  assert_true(elem_at(ir, tool)->facts.runs_handed_code);
  assert_true(elem_at(ir, index)->facts.feeds_handed_code);
  assert_false(elem_at(ir, index)->facts.feeds_tools);
  const tmc_finding *f = finding(ir, "TMC-SUPPLY-201", index);
  assert_non_null(f);
  assert_true(any_cites(ir, index, "AML.T0010.001"));
  assert_true(any_cites(ir, index, "LLM03"));
  assert_false(any_cites(ir, index, "AML.T0010.005"));
  assert_false(any_cites(ir, index, "AML.T0104"));
  char fl[128];
  snprintf(fl, sizeof fl, "%s->%s", index, tool);
  assert_false(any_cites(ir, fl, "AML.T0010.005"));
  snprintf(fl, sizeof fl, "%s->%s", tool, index);
  assert_false(any_cites(ir, fl, "AML.T0010.005"));
}

static void test_interpreter_installs_dot(void **state) {
  (void)state;
  const char *dot =
      "digraph contracts {\n"
      "  node [shape=box, style=rounded];\n"
      "  lawyers [label=\"Associates\", shape=ellipse];\n"
      "  subgraph cluster_firm { label=\"Firm data centre\"; style=dashed;\n"
      "    agent [label=\"Clause review agent (Python)\"];\n"
      "    interp [label=\"Python interpreter tool\\n(exec_code; pip allowed)\", "
      "shape=hexagon];\n"
      "    mcp [label=\"DocuSign MCP server\", shape=hexagon];\n"
      "  }\n"
      "  llm [label=\"Claude Sonnet 4\", shape=ellipse, style=dashed];\n"
      "  pypi [label=\"conda-forge / PyPI\", shape=box3d];\n"
      "  npm [label=\"npm registry\", shape=box3d];\n"
      "  lawyers -> agent [label=\"contract + question\"];\n"
      "  agent -> llm [label=\"prompt + tool specs\"];\n"
      "  llm -> agent [label=\"tool call\"];\n"
      "  agent -> interp [label=\"exec_code(model code)\"];\n"
      "  interp -> agent [label=\"result\"];\n"
      "  interp -> pypi [label=\"pip install whatever the code imports\", dir=both];\n"
      "  agent -> mcp [label=\"send_envelope\"];\n"
      "  npm -> mcp [label=\"npx docusign-mcp@latest\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_code_packages(ir, "pypi", "interp");
  /* near miss: the MCP server from npm is a tool from there */
  assert_true(elem_at(ir, "npm")->facts.feeds_tools);
  assert_false(elem_at(ir, "npm")->facts.feeds_handed_code);
  assert_non_null(finding(ir, "TMC-SUPPLY-006", "npm"));
  assert_null(finding(ir, "TMC-SUPPLY-201", "npm"));
  tmc_ir_free(ir);
}

static void test_interpreter_installs_drawio(void **state) {
  (void)state;
  const char *xml =
      HEAD V("adj", "Claims adjusters", "shape=umlActor;html=1;", 20, 40, 30,
             60) V("bot", "Claims assistant agent (LangChain)", CARD, 160, 40, 160, 60)
          V("gem", "Gemini 2.5 Pro", "ellipse;dashed=1;html=1;", 400, 40, 140, 60)
              V("calc", "Code interpreter tool (run_code)", "shape=hexagon;html=1;", 160,
                200, 160, 60) V("idx", "PyPI", "shape=cube;html=1;", 400, 200, 120,
                                60) LINK("e1", "adj", "bot", "claim file")
                  LINK("e2", "bot", "gem", "prompt") LINK("e3", "gem", "bot", "tool call")
                      LINK("e4", "bot", "calc", "run_code(generated code)")
                          LINK("e5", "calc", "bot", "output")
                              LINK("e6", "idx", "calc", "packages (pip install)") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_code_packages(ir, "idx", "calc");
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_interpreter_installs_dot),
      cmocka_unit_test(test_interpreter_installs_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
