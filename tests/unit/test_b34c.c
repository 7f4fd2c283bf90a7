/* test_b34c.c - what blind34's activity diagram and Kazakh agent taught
 * (thirtieth session, helper b34c), each drawn here in other words and
 * another domain:
 *   - the control nodes of an activity diagram (initial and final nodes, a
 *     decision diamond, a fork bar) are junctions, not parts of the system:
 *     the flows through them join the shapes at their far ends, through a
 *     run of them (decision, then fork) whichever order they are drawn in,
 *     and an initial or final node with nothing to join goes with its
 *     arrow (a vet clinic's booking assistant in draw.io; a parcel locker's
 *     agent in DOT, with label="" diamonds and dots); a labelled diamond
 *     and a circle named by its id stay elements;
 *   - Kazakh labels: a tool named "... құралы" is an agent's tool, the
 *     people a label names ("пайдаланушылар") send in, and a chat's history
 *     ("хабарлама тарихы") is one conversation's, not memory kept across
 *     sessions (a bank's card-help bot);
 *   - a web app's "App settings (…, OpenAI key)" is a store of secrets, not
 *     the LLM its key opens (a florist's order assistant). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

#define ACTION                                                                           \
  "rounded=1;whiteSpace=wrap;html=1;arcSize=40;fillColor=#ffffc0;strokeColor=#ff0000;"
#define OBJ "rounded=0;whiteSpace=wrap;html=1;"
#define START "ellipse;html=1;shape=startState;fillColor=#000000;strokeColor=#ff0000;"
#define FINAL "ellipse;html=1;shape=endState;fillColor=#000000;strokeColor=#ff0000;"
#define DECIDE "rhombus;html=1;fillColor=#ffffc0;strokeColor=#ff0000;"
#define FORK "shape=line;html=1;strokeWidth=6;strokeColor=#ff0000;"

/* A vet clinic's booking assistant as a UML activity diagram: the fork bar
 * is written before the decision diamond when `fork_first`. */
#define CLINIC_CELLS(first, second)                                                      \
  HEAD V("start", "", START, 20, 20, 30,                                                 \
         30) V("owner", "Pet owner writes to the clinic", ACTION, 0, 80, 160, 50)        \
      V("svc", "Assemble prompt and dispatch tool calls", ACTION, 250, 80, 180, 60)      \
          V("llm", "Gemini 2.5 Flash picks a reply or a tool", ACTION, 520, 80, 160,     \
            60) first second V("book", "book_slot tool", ACTION, 520, 300, 140, 50)      \
              V("remind", "sms_reminder tool", ACTION, 700, 300, 140, 50)                \
                  V("end", "", FINAL, 20, 400, 30, 30) E("a1", "start", "owner")         \
                      LINK("a2", "owner", "svc", "message") LINK("a3", "svc", "llm",     \
                                                                 "prompt + tool list")   \
                          LINK("a4", "llm", "svc", "reply or tool call")                 \
                              E("a5", "svc", "dec") LINK("a6", "dec", "owner",           \
                                                         "[reply] answer")               \
                                  LINK("a7", "dec", "fork", "[tool call]")               \
                                      E("a8", "fork", "book") E("a9", "fork", "remind")  \
                                          LINK("a10", "book", "svc", "result")           \
                                              LINK("a11", "owner", "end", "[done]") TAIL
#define DEC_CELL V("dec", "", DECIDE, 330, 200, 30, 30)
#define FORK_CELL V("fork", "", FORK, 250, 260, 200, 10)

static void check_clinic(const char *xml) {
  tmc_ir *ir = drawio_analysed(xml, "paths");
  const char *gone[] = {"start", "end", "dec", "fork"};
  for (size_t k = 0; k < sizeof gone / sizeof *gone; k++)
    assert_false(has_element(ir, gone[k]));
  /* decision → fork → each tool, and decision → the owner */
  assert_int_not_equal(flow(ir, "svc", "book"), TMC_NONE);
  assert_int_not_equal(flow(ir, "svc", "remind"), TMC_NONE);
  assert_int_not_equal(flow(ir, "svc", "owner"), TMC_NONE);
  assert_int_equal(kind_at(ir, "book"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "remind"), TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

/* review30: a stencil whose name only holds a control node's word
 * ("mxgraph.basic.diamond", a basic shape) is no control node, and a dashed
 * line arrows are glued to is a boundary, not a fork bar: a greenhouse's
 * vent controller drawn with a basic diamond, across a dashed trust line. */
static void test_drawio_not_control_nodes(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("grower", "Grower", "shape=umlActor;html=1;", 0, 0, 30, 60)
          V("vent", "", "shape=mxgraph.basic.diamond;html=1;", 200, 0, 60, 60)
              V("app", "Vent scheduler", ACTION, 400, 0, 160, 50)
                  V("bl", "", "shape=line;html=1;dashed=1;strokeColor=#ff0000;", 100, 150,
                    300, 10) E("g1", "grower", "vent") E("g2", "vent", "app")
                      LINK("g3", "grower", "bl", "x") LINK("g4", "bl", "app", "y") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_true(has_element(ir, "vent"));
  assert_false(has_element(ir, "bl"));
  assert_true(ir->n_boundaries >= 1);
  tmc_ir_free(ir);
}

static void test_drawio_activity_control_nodes_are_junctions(void **state) {
  (void)state;
  check_clinic(CLINIC_CELLS(DEC_CELL, FORK_CELL));
}

static void test_drawio_fork_before_decision_still_joined(void **state) {
  (void)state;
  check_clinic(CLINIC_CELLS(FORK_CELL, DEC_CELL));
}

/* A parcel locker's agent as a Graphviz activity diagram: the dots and the
 * diamond have label=""; the fork is written first. */
#define LOCKER(extra)                                                                    \
  "digraph locker {\n"                                                                   \
  "  s0 [shape=circle style=filled fillcolor=black label=\"\" width=0.2];\n"             \
  "  f1 [shape=point width=0.05];\n"                                                     \
  "  courier [shape=box label=\"Courier\"];\n"                                           \
  "  agent [label=\"Locker agent service\"];\n"                                          \
  "  llm [label=\"Mistral Large (hosted LLM)\"];\n"                                      \
  "  d1 [shape=diamond label=\"\"];\n"                                                   \
  "  open [shape=hexagon label=\"open_door tool\"];\n"                                   \
  "  log [shape=hexagon label=\"audit_note tool\"];\n"                                   \
  "  x9 [shape=doublecircle label=\"\" width=0.2];\n"                                    \
  "  s0 -> courier;\n"                                                                   \
  "  courier -> agent [label=\"drop-off code\"];\n"                                      \
  "  agent -> llm [label=\"prompt\"];\n"                                                 \
  "  llm -> agent [label=\"tool call\"];\n"                                              \
  "  agent -> d1;\n"                                                                     \
  "  d1 -> courier [label=\"[text] reply\"];\n"                                          \
  "  d1 -> f1 [label=\"[tool]\"];\n"                                                     \
  "  f1 -> open;\n"                                                                      \
  "  f1 -> log;\n"                                                                       \
  "  courier -> x9;\n" extra "}\n"

static void test_dot_activity_control_nodes_are_junctions(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LOCKER(""));
  assert_non_null(ir);
  assert_false(has_element(ir, "s0"));
  assert_false(has_element(ir, "d1"));
  assert_false(has_element(ir, "f1"));
  assert_false(has_element(ir, "x9"));
  assert_int_not_equal(flow(ir, "agent", "open"), TMC_NONE);
  assert_int_not_equal(flow(ir, "agent", "log"), TMC_NONE);
  assert_int_not_equal(flow(ir, "agent", "courier"), TMC_NONE);
  tmc_ir_free(ir);
}

/* A diamond with a name, or a circle named by its id, is drawn for a part. */
static void test_dot_named_diamond_and_circle_stay(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LOCKER("  gate [shape=diamond label=\"Fraud gate\"];\n"
                               "  kiosk [shape=circle];\n"
                               "  agent -> gate;\n  gate -> log;\n"
                               "  kiosk -> agent;\n  agent -> kiosk;\n"));
  assert_non_null(ir);
  assert_true(has_element(ir, "gate"));
  assert_true(has_element(ir, "kiosk"));
  tmc_ir_free(ir);
}

/* A bank's card-help bot labelled in Kazakh. */
#define CARD_BOT                                                                                                      \
  "digraph \"карта көмекшісі\" {\n"                                                                     \
  "  \"банк \" + \"клиенттері\" [shape=ellipse, label=\"Пайдаланушылар\\n(WhatsApp "      \
  "арқылы)\"];\n"                                                                                               \
  "  wa [shape=box3d, label=\"WhatsApp Business API\"];\n"                                                            \
  "  subgraph cluster_bank {\n"                                                                                       \
  "    label=\"Банк деректер орталығы\"; style=dashed;\n"                                         \
  "    \"бот \" + \"қызметі\" [shape=box, label=\"Карта боты\\n(Node.js)\"];\n"                    \
  "    node [shape=hexagon];\n"                                                                                       \
  "    \"құрал:\" + \"бұғаттау\" [label=\"картаны бұғаттау құралы\"];\n"            \
  "    \"хабар \" + \"тарихы\" [shape=cylinder, label=\"Хабарлама тарихы\\n(соңғы 10 " \
  "хабарлама)\"];\n"                                                                                         \
  "  }\n"                                                                                                             \
  "  llm [shape=ellipse, label=\"Claude Haiku (Anthropic API)\"];\n"                                                  \
  "  \"банк клиенттері\" -> wa [label=\"сұрақ\"];\n"                                               \
  "  wa -> \"бот \" + \"қызметі\" [label=\"webhook\"];\n"                                                   \
  "  \"бот қызметі\" -> wa [label=\"жауап\"];\n"                                                       \
  "  wa -> \"банк клиенттері\" [label=\"жауап\"];\n"                                               \
  "  \"бот қызметі\" -> llm [label=\"промпт\"];\n"                                                    \
  "  llm -> \"бот қызметі\" [label=\"жауап / құрал шақыру\"];\n"                            \
  "  \"бот қызметі\" -> \"хабар тарихы\" [dir=both];\n"                                          \
  "  \"бот қызметі\" -> \"құрал:бұғаттау\";\n"                                                 \
  "  \"құрал:бұғаттау\" -> \"бот қызметі\" [label=\"нәтиже\"];\n"                        \
  "}\n"

static void test_kazakh_tool_people_and_history(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CARD_BOT);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "құрал:бұғаттау"), TMC_KIND_AGENT_TOOL);
  assert_true(entry_at(ir, "банк клиенттері"));
  const tmc_element *h = elem_at(ir, "хабар тарихы");
  assert_true(h->facts.thread_history);
  assert_false(any_cites(ir, "хабар тарихы", "AML.T0080.000"));
  tmc_ir_free(ir);
}

/* A web app's own settings that hold the keys of the products it calls
 * are a store of secrets, not the LLM a key opens (a florist's order
 * assistant). */
static void test_app_settings_with_llm_key_is_a_store(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph florist {\n"
               "  subgraph cluster_web { label=\"Web app\";\n"
               "    api [label=\"Order assistant API\"];\n"
               "    cfg [shape=note label=\"Application settings\\n(Mistral key, "
               "Stripe key)\"];\n  }\n"
               "  llm [label=\"Mistral Large\"];\n"
               "  cfg -> api [dir=both label=\"reads\"];\n"
               "  api -> llm [label=\"prompt\"];\n}\n");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "cfg"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* review: a run of junctions is joined through a bounded number of them
 * (JOIN_HOPS): each crossing copies the id, label and points of the flow
 * made so far, so 3000 blank diamonds in a row made a flow whose label held
 * every step (quadratic: 20k took 11 GB). A short run still joins. */
static void test_long_run_of_control_nodes_is_bounded(void **state) {
  (void)state;
  enum { N = 3000 };
  size_t cap = 64u * N + 256, len = 0;
  char *dot = malloc(cap);
  assert_non_null(dot);
  len += (size_t)snprintf(dot + len, cap - len,
                          "digraph run { a [label=\"Intake app\"]; b [label=\"Ledger "
                          "service\"];\n a -> d0 [label=\"go\"];\n");
  for (int i = 0; i < N; i++)
    len += (size_t)snprintf(
        dot + len, cap - len,
        " d%d [shape=diamond label=\"\"]; d%d -> d%d [label=\"s%d\"];\n", i, i, i + 1, i);
  len += (size_t)snprintf(dot + len, cap - len, " d%d -> b; }\n", N);
  tmc_ir *ir = analysed(dot);
  free(dot);
  assert_non_null(ir);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    assert_true(strlen(ir->flows[i].label) < 200);
    assert_true(strlen(ir->flows[i].id) < 200);
  }
  tmc_ir_free(ir);
  ir =
      analysed("digraph short { a [label=\"Intake app\"]; b [label=\"Ledger service\"];"
               " d0 [shape=diamond label=\"\"]; d1 [shape=diamond label=\"\"];"
               " d2 [shape=diamond label=\"\"]; a -> d0; d0 -> d1; d1 -> d2; d2 -> b; }");
  assert_non_null(ir);
  assert_int_not_equal(flow(ir, "a", "b"), TMC_NONE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_drawio_activity_control_nodes_are_junctions),
      cmocka_unit_test(test_drawio_not_control_nodes),
      cmocka_unit_test(test_drawio_fork_before_decision_still_joined),
      cmocka_unit_test(test_dot_activity_control_nodes_are_junctions),
      cmocka_unit_test(test_dot_named_diamond_and_circle_stay),
      cmocka_unit_test(test_kazakh_tool_people_and_history),
      cmocka_unit_test(test_app_settings_with_llm_key_is_a_store),
      cmocka_unit_test(test_long_run_of_control_nodes_is_bounded),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
