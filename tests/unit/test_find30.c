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

/* causes29 F1, F4, F7 (blind27 harlowpenn, blind24 birchfell): a model on
 * the line PC deciding on what an inspection instrument images, with no
 * inference API. Nobody queries it: no extraction or inversion through an
 * API (AML.T0024: TMC-ML-001/002, TMC-PATH-004); what is put in front of
 * the instrument fools it (TMC-ML-022, ML01); its file sits on the line PC
 * (TMC-ML-191, ML05/AML.T0044). draw.io here (harlowpenn is DOT), a
 * bakery's crust check; DOT below, a sawmill's Jetson. Quiet: the same
 * model behind a photo API the public calls is queried (TMC-ML-001) and
 * is no line machine's file (no TMC-ML-191). */
static void test_line_model_is_queried_by_nobody(void **state) {
  (void)state;
  static const char xml[] = PAGE(
      ZONE("z", "Bakery plant floor", 0, 0, 800,
           300) INBOX("pc", "z", "Line PC: crust-check app (.NET)", CODE, 200, 40)
          INBOX("m", "z", "CrustNet v3 classifier model (crustnet.onnx)", CODE, 400, 40)
              INBOX("mes", "z", "Oven line MES", CODE, 600, 40)
                  BOX("cam", "Loaf inspection station (X-ray scanner)", CODE, 20, 400)
                      BOX("b", "Bakers on shift", PERSON, 300, 400)
                          ARROW("e1", "loaf images", "cam", "pc")
                              ARROW("e2", "image tensor", "pc", "m")
                                  ARROW("e3", "class + score", "m", "pc")
                                      ARROW("e4", "override / confirm", "b", "pc")
                                          ARROW("e5", "reject signal", "pc", "mes"));
  CHECK_DRAWIO(xml, {"TMC-ML-001", "m", false}, {"TMC-ML-002", "m", false},
               {"TMC-ML-022", "m", true}, {"TMC-ML-191", "m", true});
  CHECK("digraph{subgraph cluster_d{label=\"Sawmill deck (mill LAN)\";"
        " box[label=\"Grading box (Jetson Orin, docker)\"];"
        " m[type=model,label=\"BoardNet (ONNX) grade A/B/C\"];"
        " db[shape=cylinder,label=\"Grades (Postgres)\"];}"
        " cam[label=\"Deck line-scan cameras\"];"
        " g[shape=box,label=\"Deck graders\"];"
        " cam->box[label=\"frames\"]; box->m[label=\"crops\"]; m->box[label=\"grade\"];"
        " g->box[label=\"overrides (tablet)\"]; box->db[label=\"grade per board\"]}",
        {"TMC-ML-001", "m", false}, {"TMC-ML-191", "m", true});
  /* quiet: the public sends photos to an API that asks the model */
  CHECK("digraph{subgraph cluster_c{label=\"Cloud\";"
        " api[label=\"Photo scoring API\"];"
        " m[type=model,label=\"CrustNet v3 (crustnet.onnx)\"];}"
        " cam[label=\"Shop webcam\"];"
        " c[shape=box,label=\"Customers\"];"
        " cam->api[label=\"photos\"]; c->api[label=\"photo\"]; api->m[label=\"image\"];"
        " m->api[label=\"score\"]; api->c[label=\"score\"]}",
        {"TMC-ML-001", "m", true}, {"TMC-ML-191", "m", false});
}

/* causes29 F2 (blind27 hollowfield: AML.T0034 cost harvesting on its own
 * OpenStack): a cloud the organisation runs on its own hardware (an
 * OpenStack project, a Proxmox cluster) bills no call: on_premises. DOT
 * with Proxmox; quiet: an AWS account is no such cloud. */
static void test_own_cloud_is_on_premises(void **state) {
  (void)state;
  static const char *const texts[] = {
      "digraph{subgraph cluster_p{label=\"Proxmox cluster (rack B)\";"
      " j[label=\"Fine-tune jobs API\"]; t[label=\"Trainer (PyTorch)\"];}"
      " u[shape=box,label=\"Researchers\"]; u->j[label=\"job spec\"]; "
      "j->t[label=\"job\"]}",
      "digraph{subgraph cluster_p{label=\"AWS account (eu-west-1)\";"
      " j[label=\"Fine-tune jobs API\"]; t[label=\"Trainer (PyTorch)\"];}"
      " u[shape=box,label=\"Researchers\"]; u->j[label=\"job spec\"]; "
      "j->t[label=\"job\"]}"};
  for (int i = 0; i < 2; i++) {
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_ir *ir = ir_analysed("case.dot", texts[i], strlen(texts[i]), cat, NULL, &d);
    const tmc_element *j = element(ir, "j");
    assert_non_null(j);
    assert_int_equal(j->facts.on_premises, i == 0);
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_weights_of_things_are_no_model),
      cmocka_unit_test(test_weights_beside_a_model_are_its_weights),
      cmocka_unit_test(test_line_model_is_queried_by_nobody),
      cmocka_unit_test(test_own_cloud_is_on_premises),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
