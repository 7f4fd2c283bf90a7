/* test_find30.c - the "find30" causes (causes29 F): findings families met
 * in blind27, each with a variant in other words and the other format
 * than the drawing it came from, and a quiet case.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h), or a check that no
 * finding cites an AI framework's id. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_pieces.h"
#include "engine_helpers.h"
#include "want_helpers.h"

/* Does any finding cite an AI framework's id (ATLAS, OWASP LLM or ML)? */
static bool any_ai_id(const tmc_ir *ir) {
  return any_cites(ir, NULL, "AML.") || any_cites(ir, NULL, "LLM") ||
         any_cites(ir, NULL, "ML0") || any_cites(ir, NULL, "ML1");
}

static void assert_no_ai_ids(const char *name, const char *text) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(name, text, strlen(text), cat, NULL, &d);
  bool ai = any_ai_id(ir);
  if (ai)
    for (uint32_t i = 0; i < ir->n_findings; i++)
      fprintf(stderr, "  %s %s\n", ir->findings[i].rule_id,
              ir->findings[i].atlas.n ? ir->findings[i].atlas.v[0] : "");
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  assert_false(ai);
}

/* causes29 F3 (blind27 rangitaiki: "bins, weights, grower code" into a
 * packhouse database read as model weights, 14 AI ids on a system with no
 * AI). Weights of freight on a weighbridge (draw.io) and patients' body
 * weights on a ward scale (DOT), a border checkpoint's log: no AI id. */
static void test_weights_of_things_are_no_model(void **state) {
  (void)state;
  static const char depot[] = PAGE(
      ZONE("z", "Depot server room", 0, 0, 700, 300)
          INBOX("g", "z", "Scale gateway (Node-RED)", CODE, 200, 40)
              INBOX("c", "z", "Consignments DB (PostgreSQL)", STORE, 400, 40)
                  INBOX("i", "z", "Invoicing job", CODE, 400, 200)
                      INBOX("k", "z", "Gate checkpoints", STORE, 200, 200)
                          BOX("w", "Weighbridge terminal", PERSON, 20, 400)
                              ARROW("e1", "gross / tare weights, plate no.", "w", "g")
                                  ARROW("e2", "weights per consignment", "g", "c")
                                      ARROW("e3", "weights x tariff", "c", "i")
                                          ARROW("e4", "checkpoint passes", "g", "k"));
  assert_no_ai_ids("case.drawio", depot);
  assert_no_ai_ids("case.dot",
                   "digraph{subgraph cluster_w{label=\"Hospital network\";"
                   " v[label=\"Vitals service\"];"
                   " p[shape=cylinder,label=\"Patient weights (SQL Server)\"];"
                   " r[label=\"Dosing report\"];}"
                   " s[shape=box,label=\"Ward scale\"];"
                   " s->v[label=\"body weight, height\"]; v->p[label=\"weights\"];"
                   " p->r[label=\"weights\"]}");
}

/* ... while weights beside a model are its weights: a detector loading
 * "weights" from a bucket (DOT), an inference server taking "checkpoints"
 * from a store (draw.io). Both stores can be replaced (TMC-MLOPS-007). */
static void test_weights_beside_a_model_are_its_weights(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_p{label=\"Plant network\";"
        " b[shape=cylinder,label=\"weights (MinIO)\"];"
        " m[type=model,label=\"Defect detector (YOLOv8)\"];"
        " a[label=\"Line controller\"];}"
        " c[shape=box,label=\"Line camera\"];"
        " b->m[label=\"weights\"]; c->m[label=\"frames\"]; m->a[label=\"defects\"]}",
        {"TMC-MLOPS-007", "b", true});
  static const char xml[] =
      PAGE(ZONE("z", "GPU cluster", 0, 0, 700, 300)
               INBOX("s", "z", "Checkpoints share (NFS)", STORE, 20, 40)
                   INBOX("m", "z", "Summariser LLM (vLLM, Llama 3 8B)", CODE, 300, 40)
                       INBOX("a", "z", "Notes app", CODE, 500, 40)
                           BOX("u", "Clinicians", PERSON, 500, 400)
                               ARROW("e1", "checkpoints", "s", "m")
                                   ARROW("e2", "notes", "a", "m")
                                       ARROW("e3", "notes", "u", "a"));
  CHECK_DRAWIO(xml, {"TMC-MLOPS-007", "s", true});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_weights_of_things_are_no_model),
      cmocka_unit_test(test_weights_beside_a_model_are_its_weights),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
