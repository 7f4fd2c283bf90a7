/* test_kinds27.c - kinds misread by blind25 (causes26 K), each by its
 * family, in other words and the other format, with the near misses that
 * must stay: a group of callables named by the plural of their kind
 * ("Community connectors") an agent calls; the servers its details say
 * another organisation's people run ("run by connector authors"). Wordings
 * are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

/* DOT: an assistant's code whose talk with its LLM says tools calls
 * "Partner actions" (the plural of a callable's kind) and those call
 * servers "(operated by plugin vendors)": a tool, and the vendors' side.
 * Quiet: servers operated by the owner's own team or engineers stay its
 * processes; the same plural the LLM's side never calls as a tool
 * ("Build actions" of a CI job) is no tool. */
static void test_plural_tools_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_aws { label=\"Assistant (AWS)\";\n"
      "  app [label=\"assistant-api (Python)\"];\n"
      "  plg [label=\"Partner actions\\n(travel, currency, maps)\"];\n"
      "  rep [label=\"Report workers\\nrun by the ops team\"];\n"
      "  idx [label=\"Index builders (operated by our engineers)\"];\n"
      "  ci [label=\"CI job\"];\n"
      "  bp [label=\"Build actions\"];\n"
      "  srv [label=\"Action back-ends (operated by partners)\"];\n"
      " }\n"
      " llm [shape=ellipse, label=\"Claude Sonnet (Anthropic API)\"];\n"
      " app -> llm [label=\"prompt + tool schemas\"];\n"
      " llm -> app [label=\"tool call\"];\n"
      " app -> plg [label=\"action call\"]; plg -> app [label=\"action output\"];\n"
      " plg -> srv; srv -> plg;\n"
      " app -> rep; app -> idx; ci -> bp;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "plg"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "srv"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "rep"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "idx"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "bp"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

/* draw.io cards, a bold name line over a grey detail line: "Shared skills"
 * an agent calls is a tool (its details name no callable); "Quiz servers
 * / hosted by partners" is theirs. Quiet: "Quiz servers / hosted by the
 * platform team". */
#define B(name, detail) "&lt;b&gt;" name "&lt;/b&gt;&lt;br&gt;" detail
static void test_plural_tools_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Tutor (GCP)", 0, 0, 700, 300) C(
      "app", "z", B("tutor-api", "Go 1.22"), CARD "html=1;", 20, 40, 140, 60)
      C("sk", "z", B("Shared skills", "quizzes, flashcards, timers"), CARD, 220, 40, 140,
        60) V("own", B("Quiz servers", "hosted by the platform team"), CARD, 220, 400,
              140, 60) V("llm", "Gemini 2.5 Flash (Vertex AI)", CARD, 20, 400, 140, 60)
          V("ext", B("Quiz servers", "hosted by partners"), CARD, 420, 400, 140, 60)
              LINK("e1", "app", "llm", "prompt + tool definitions")
                  LINK("e2", "llm", "app", "function call")
                      LINK("e3", "app", "sk", "skill call")
                          LINK("e4", "sk", "app", "skill output")
                              LINK("e5", "sk", "ext", "request")
                                  LINK("e6", "sk", "own", "request") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "sk"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "ext"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "own"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* draw.io cards drawn with an icon set's picture beside the name: a
 * person's picture ("walk.svg", "users.svg") on a card whose name line
 * names no part ("Walkers", "Supporters") and whose detail line is the app
 * they use ("iOS app", "Android app") is those people. Quiet: the same
 * picture beside a name line naming a part ("Booking portal") or no picture
 * ("Walkers / iOS app" on a plain card) stays the app. DOT has no icon
 * file on a node: draw.io only. */
#define ICON(f)                                                                          \
  "label;whiteSpace=wrap;html=1;rounded=1;image=https://cdn.example.org/icons/" f        \
  ";imageWidth=28;imageHeight=28;spacingLeft=44;align=left;"
static void test_people_using_app_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Walkclub (Azure)", 0, 0, 500, 300)
      C("api", "z", B("club-api", "ASP.NET 8"), CARD, 20, 40, 140,
        60) V("wlk", B("Walkers", "iOS app"), ICON("walk.svg"), 20, 400, 140, 60)
          V("spo", B("Supporters", "Android app"), ICON("users.svg"), 220, 400, 140, 60)
              V("bkp", B("Booking portal", "web app"), ICON("users.svg"), 420, 400, 140,
                60) V("pln", B("Walkers", "iOS app"), CARD, 620, 400, 140, 60)
                  LINK("e1", "wlk", "api", "routes") LINK("e2", "spo", "api", "offers")
                      LINK("e3", "bkp", "api", "bookings")
                          LINK("e4", "pln", "api", "routes") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "wlk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "spo"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "bkp"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "pln"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* German role nouns ending a compound are the people, not what its first
 * word names: "Plugin-Autoren" publishing into a plugin directory, and
 * "Redakteure" and "Prüfer" on a draw.io page, are outside; quiet: an
 * "Entwickler-Portal" (a portal for developers) stays a process. */
static void test_german_role_nouns(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " au [label=\"Plugin-Autoren\"];\n"
      " dir [shape=cylinder, label=\"Plugin-Verzeichnis\"];\n"
      " po [label=\"Entwickler-Portal\"];\n"
      " au -> po [label=\"hochladen\"]; po -> dir [label=\"Manifest\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "au"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "po"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  static const char xml[] = HEAD V("red", "Redakteure", CARD, 20, 40, 140, 60)
      V("pr", "Externe Prüfer", CARD, 20, 200, 140, 60)
          V("cms", "Redaktionssystem (CMS)", CARD, 300, 40, 140, 60)
              LINK("e1", "red", "cms", "Artikel") LINK("e2", "cms", "pr", "Freigabe")
                  TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "red"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pr"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "cms"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plural_tools_dot),
      cmocka_unit_test(test_plural_tools_drawio),
      cmocka_unit_test(test_people_using_app_drawio),
      cmocka_unit_test(test_german_role_nouns),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
