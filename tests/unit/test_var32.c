/* test_var32.c - what the blind variants of the thirty-second session
 * (tests/variants32) showed, drawn here in other words and domains:
 *   - a zone named for a CI product whose name holds a word for an agent's
 *     tools ("Forgejo Actions", "Gitea Actions") holds CI jobs: an
 *     evaluation job in it that sends test prompts to a model is no tool
 *     the model drives, so no excessive-agency ids (AML.T0053, LLM06); a
 *     zone that says "actions" in plain words ("Bot actions") still makes
 *     the code in it the model's tools. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

/* A translation agency's glossary check: a test job sends term pairs to a
 * hosted model and compares its answers; the job's zone is named zone. */
static tmc_ir *glossary_check(const char *zone) {
  char dot[1024];
  snprintf(dot, sizeof dot,
           "digraph g {\n"
           "  tm [label=\"Terminologists\", shape=ellipse];\n"
           "  subgraph cluster_ci { label=\"%s\";\n"
           "    chk [label=\"check_glossary.py (pytest)\"];\n"
           "  }\n"
           "  gl [label=\"glossary.csv (git)\", shape=cylinder];\n"
           "  cl [label=\"Claude Sonnet (Anthropic API)\", shape=box];\n"
           "  tm -> gl [label=\"edits\"];\n"
           "  gl -> chk [label=\"term pairs\"];\n"
           "  chk -> cl [label=\"test prompts\"];\n"
           "  cl -> chk [label=\"answers\"];\n"
           "}\n",
           zone);
  return analysed(dot);
}

static void test_ci_product_zone_holds_no_tools(void **state) {
  (void)state;
  tmc_ir *ir = glossary_check("Forgejo Actions");
  assert_non_null(ir);
  assert_false(plays(ir, "chk", TMC_ROLE_TOOL_EXECUTOR));
  assert_false(any_cites(ir, NULL, "AML.T0053"));
  assert_false(any_cites(ir, NULL, "LLM06"));
  tmc_ir_free(ir);
}

static void test_actions_zone_in_plain_words_holds_tools(void **state) {
  (void)state;
  tmc_ir *ir = glossary_check("Bot actions");
  assert_non_null(ir);
  assert_true(plays(ir, "chk", TMC_ROLE_TOOL_EXECUTOR));
  tmc_ir_free(ir);
}

/* The other format: a municipal FAQ bot's regression run in a "Gitea
 * Actions" container, its answers checked against a golden file. */
static void test_drawio_gitea_actions_zone(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("ci", "Gitea Actions", 200, 0, 260, 160)
      C("run", "ci", "regress_answers.py", CARD, 20, 40, 160, 60)
          V("gold", "golden_answers.jsonl", DB, 0, 40, 120, 60)
              V("llm", "Mistral Large (La Plateforme API)", CARD, 520, 40, 160, 60)
                  E("f1", "gold", "run") E("f2", "run", "llm") E("f3", "llm", "run") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(tmc_kind_is_ai(kind_at(ir, "llm")));
  assert_false(plays(ir, "run", TMC_ROLE_TOOL_EXECUTOR));
  assert_false(any_cites(ir, NULL, "AML.T0053"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ci_product_zone_holds_no_tools),
      cmocka_unit_test(test_actions_zone_in_plain_words_holds_tools),
      cmocka_unit_test(test_drawio_gitea_actions_zone),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
