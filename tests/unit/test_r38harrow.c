/* test_r38harrow.c - what blind38's rent-arrears analyst taught (thirty-
 * fourth session, helper r38harrow), drawn here in other words and another
 * domain (a veterinary group's client-care assistant): a tool of the
 * system's own that reads records outsiders write into (pet owners' messages
 * in the practice system) hands their text back to the code building the
 * prompt; indirect injection is reported on that hand-back too (the flow
 * into the orchestrator, drawn as a two-way line or as an arrow of its own),
 * not only on the read; a tool whose records nobody outside writes hands
 * back no outsiders' text;
 *   - draw.io's Infographic cylinder (mxgraph.infographic.cylinder) is a
 *     store, as the plain cylinder is: a museum's collections system drawn
 *     as one, its detail line naming the records it keeps, is the museum's
 *     own store, not another organisation's service;
 *   - the chat page people type into in a browser ("Web chat", "Chat
 *     widget") is a web front end: the model's answer the
 *     service hands back to it is rendered there (a council's residents'
 *     assistant drawn with Infographic stencils). */
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

/* WRITER writes the practice records the lookup tool reads; BACK is how the
 * tool's answer reaches the assistant backend. */
#define VETS(WRITER, BACK)                                                               \
  "digraph vets {\n"                                                                     \
  "  subgraph cluster_p { label=\"Practice servers\";\n"                                 \
  "    ui [label=\"Client-care portal\", shape=box];\n"                                  \
  "    be [label=\"Assistant backend\", shape=box];\n"                                   \
  "    llm [label=\"Llama 3.1 70B (Ollama)\", shape=ellipse];\n"                         \
  "    tool [label=\"find_patient_history\", shape=hexagon];\n"                          \
  "    pms [label=\"Practice management DB\", shape=cylinder];\n"                        \
  "  }\n"                                                                                \
  "  nurses [label=\"Veterinary nurses\", shape=ellipse];\n" WRITER                      \
  "  nurses -> ui [dir=both]; ui -> be [dir=both];\n"                                    \
  "  be -> llm [dir=both, label=\"prompt + tool schemas\"];\n" BACK                      \
  "  tool -> pms [dir=both, label=\"query / rows\"];\n"                                  \
  "}\n"

#define OWNERS                                                                           \
  "  owners [label=\"Pet owners\", shape=ellipse];\n"                                    \
  "  owners -> pms [label=\"messages, symptom notes\"];\n"
/* nothing drawn writes the records but the tool itself */
#define NO_WRITER ""
#define TWO_WAY "  be -> tool [dir=both];\n"
#define ARROWS "  be -> tool [label=\"call\"]; tool -> be [label=\"result\"];\n"

/* Does rule report on a flow between elements a and b (either drawn way)? */
static bool on_flow(const tmc_ir *ir, const char *rule, const char *a, const char *b) {
  uint32_t x = el(ir, a), y = el(ir, b);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_FLOW || strcmp(f->rule_id, rule) != 0)
      continue;
    const tmc_flow *fl = &ir->flows[f->target];
    if ((fl->src == x && fl->dst == y) || (fl->src == y && fl->dst == x))
      return true;
  }
  return false;
}

static bool hand_back_reported(const char *dot) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  bool r = on_flow(ir, "TMC-AGENT-041", "tool", "be");
  tmc_ir_free(ir);
  return r;
}

static void test_tool_hands_owners_text_back(void **state) {
  (void)state;
  assert_true(hand_back_reported(VETS(OWNERS, TWO_WAY)));
  assert_true(hand_back_reported(VETS(OWNERS, ARROWS)));
}

static void test_read_still_reported(void **state) {
  (void)state;
  tmc_ir *ir = analysed(VETS(OWNERS, TWO_WAY));
  assert_non_null(ir);
  assert_true(on_flow(ir, "TMC-AGENT-041", "tool", "pms"));
  tmc_ir_free(ir);
}

static void test_records_nobody_outside_writes_hand_back_nothing(void **state) {
  (void)state;
  assert_false(hand_back_reported(VETS(NO_WRITER, TWO_WAY)));
  assert_false(hand_back_reported(VETS(NO_WRITER, ARROWS)));
}

#define INFO_CYL                                                                         \
  "verticalLabelPosition=bottom;verticalAlign=top;html=1;"                               \
  "shape=mxgraph.infographic.cylinder;fillColor=#10739E;strokeColor=none;"
#define INFO_CUBE                                                                        \
  "verticalLabelPosition=bottom;verticalAlign=top;html=1;"                               \
  "shape=mxgraph.infographic.shadedCube;isoAngle=15;strokeColor=none;"

static void test_infographic_cylinder_is_a_store(void **state) {
  (void)state;
  static const char page[] =
      HEAD V("reg", "Registrar", "shape=umlActor;html=1;", 20, 20, 30, 60)
          V("cms", "Collections management system&lt;br&gt;object records", INFO_CYL, 120,
            20, 70, 90) V("exp", "Weekly export job", INFO_CUBE, 260, 20, 80, 80)
              E("e1", "reg", "cms") E("e2", "cms", "exp") TAIL;
  tmc_ir *ir = analysed_as("museum.drawio", page);
  assert_non_null(ir);
  assert_int_equal(ir->elements[el(ir, "cms")].kind, TMC_KIND_DATA_STORE);
  assert_true(ir->elements[el(ir, "cms")].facts.is_asset);
  tmc_ir_free(ir);
}

/* Both ways along one line, as draw.io draws request and answer. */
#define E2(id, s, t)                                                                     \
  "<mxCell id=\"" id "\" style=\"startArrow=classic;\" edge=\"1\" parent=\"1\" "         \
  "source=\"" s "\" target=\"" t                                                         \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
#define INFO_PYRAMID                                                                     \
  "verticalLabelPosition=bottom;verticalAlign=top;html=1;"                               \
  "shape=mxgraph.infographic.shadedPyramid;strokeColor=none;"

static bool answer_rendered(const char *front) {
  char page[4096];
  snprintf(page, sizeof page,
           HEAD V("res", "Residents", "shape=umlActor;html=1;", 20, 20, 30, 60)
               V("w", "%s", INFO_CUBE, 120, 20, 70, 70) V("api", "Answer service",
                                                          INFO_CUBE, 260, 20, 80, 80)
                   V("llm", "GPT-4o mini (Azure OpenAI)", INFO_PYRAMID, 400, 20, 80, 80)
                       V("kb", "Council pages index (pgvector)", DB, 260, 200, 80, 80)
                           E2("e1", "res", "w") E2("e2", "w", "api")
                               E2("e3", "api", "llm") E("e4", "kb", "api") TAIL,
           front);
  tmc_ir *ir = analysed_as("council.drawio", page);
  assert_non_null(ir);
  bool r = on_flow(ir, "TMC-LLM-006", "w", "api");
  tmc_ir_free(ir);
  return r;
}

static void test_chat_page_renders_the_answer(void **state) {
  (void)state;
  assert_true(answer_rendered("Chat widget"));
  assert_true(answer_rendered("Web chat"));
  /* a box whose name says no page hands nothing on to be rendered */
  assert_false(answer_rendered("Kiosk"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tool_hands_owners_text_back),
      cmocka_unit_test(test_read_still_reported),
      cmocka_unit_test(test_records_nobody_outside_writes_hand_back_nothing),
      cmocka_unit_test(test_infographic_cylinder_is_a_store),
      cmocka_unit_test(test_chat_page_renders_the_answer),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
