/* test_r37lark.c - what blind37's theatre pricing taught (thirty-third
 * session, helper r37lark), each drawn here in other words and another
 * domain (a car park operator's tariffs):
 *   - a store named by where it is ("Supplier drop (SFTP)") whose detail
 *     line is an absolute path ending in a models folder
 *     ("/home/tariffa/models") is where model files wait to be loaded: a
 *     model registry, not a model; a model its name line names keeps its
 *     kind whatever path its detail line gives;
 *   - a model whose name says a vendor and the format of its file
 *     ("vendor XGBoost, ONNX") is a copy the system loads and runs: its
 *     asset, and no vendor's service billed per call (no AML.T0034);
 *   - a model only code running on its own timer calls ("Tariff job,
 *     nightly"), which pulls its data on the schedule and answers nobody,
 *     scores in batch: no extraction through an inference API (TMC-PATH-004);
 *     the same model behind code that answers its callers' requests is
 *     still reachable;
 *   - a supplier that delivers the model file into a store of the
 *     system's that serving loads from has a tamper_model path to the
 *     model (TMC-PATH-003);
 *   - a booking system drawn as one box that people ask to hold seats or
 *     slots can be held empty by bots (TMC-APP-033), as a store of holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A car park operator's nightly tariffs: a vendor's occupancy model
 * delivered weekly as a file to an SFTP drop on the operator's VM. */
#define PARKING(APP_TO_JOB, JOB_LABEL)                                                   \
  "digraph parking {\n"                                                                  \
  "  drivers [label=\"Drivers (parking app)\", shape=ellipse];\n"                        \
  "  supplier [label=\"Tariffa Labs (tariff vendor)\", shape=ellipse];\n"                \
  "  app [label=\"Parking app backend (SaaS)\"];\n"                                      \
  "  subgraph cluster_vm { label=\"Hetzner VM park-tariff\"; style=dashed;\n"            \
  "    job [label=\"" JOB_LABEL "\"];\n"                                                 \
  "    model [label=\"Occupancy model\\n(vendor XGBoost, ONNX)\"];\n"                    \
  "    drop [label=\"Supplier drop (SFTP)\\n/home/tariffa/models\", shape=folder];\n"    \
  "    db [label=\"Tariff history\", shape=cylinder];\n"                                 \
  "  }\n"                                                                                \
  "  drivers -> app [label=\"search, book\"];\n"                                         \
  "  supplier -> drop [label=\"weekly model.onnx\"];\n"                                  \
  "  drop -> job [label=\"load latest\"];\n"                                             \
  "  job -> model [label=\"features\"];\n"                                               \
  "  model -> job [label=\"occupancy forecast\"];\n"                                     \
  "  app -> job [label=\"" APP_TO_JOB "\"];\n"                                           \
  "  job -> app [label=\"tariffs per zone\"];\n"                                         \
  "  job -> db;\n"                                                                       \
  "  job -> supplier [label=\"booking export\"];\n"                                      \
  "}\n"

static const char nightly[] =
    PARKING("nightly: bookings, searches", "Tariff job\\nNode.js, nightly");
static const char on_request[] =
    PARKING("quote request", "Tariff quote API\\nNode.js, nightly retrain");

static void test_absolute_models_path_is_a_registry(void **state) {
  (void)state;
  tmc_ir *ir = analysed(nightly);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "drop"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "model"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
  /* a model its name line names keeps its kind beside a models path */
  ir =
      analysed("digraph g {\n"
               "  subgraph cluster_a { label=\"Scoring VM\"; style=dashed;\n"
               "    api [label=\"Fraud API\"];\n"
               "    m [label=\"Fraud model\\n/srv/models\"];\n"
               "  }\n"
               "  shop [label=\"Web shop\", shape=ellipse];\n"
               "  shop -> api [label=\"score order\"]; api -> shop [label=\"verdict\"];\n"
               "  api -> m [label=\"features\"]; m -> api [label=\"score\"];\n"
               "}\n");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

static void test_vendor_model_file_is_ours(void **state) {
  (void)state;
  tmc_ir *ir = analysed(nightly);
  assert_non_null(ir);
  const tmc_element *m = elem_at(ir, "model");
  assert_true(m->facts.is_asset);
  assert_false(m->facts.vendor_service);
  assert_null(finding(ir, "TMC-ML-006", "model"));
  assert_false(any_cites(ir, "model", "AML.T0034"));
  tmc_ir_free(ir);
}

static void test_scheduled_job_scores_in_batch(void **state) {
  (void)state;
  tmc_ir *ir = analysed(nightly);
  assert_non_null(ir);
  assert_true(elem_at(ir, "model")->facts.batch_scored);
  assert_false(path_of(ir, "drivers", "model", "TMC-PATH-004"));
  tmc_ir_free(ir);
  /* code that answers its callers' requests serves them, whatever its
   * label says of retraining */
  ir = analysed(on_request);
  assert_non_null(ir);
  assert_false(elem_at(ir, "model")->facts.batch_scored);
  tmc_ir_free(ir);
}

static void test_supplier_drop_tampers_the_model(void **state) {
  (void)state;
  tmc_ir *ir = analysed(nightly);
  assert_non_null(ir);
  assert_true(path_of(ir, "supplier", "model", "TMC-PATH-003"));
  assert_true(aimed(ir, "supplier", "model", "tamper_model"));
  tmc_ir_free(ir);
}

/* r37lark: a booking system drawn as one box (a hosted class-booking
 * service) that members ask to hold slots: bots hold them all. Not the
 * members themselves, nor a box whose own store of holds is drawn (the
 * store is the one held). */
static void test_booking_box_holds_for_people(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph gym {\n"
                        "  members [label=\"Gym members\", shape=ellipse];\n"
                        "  booking [label=\"Class booking (hosted SaaS)\"];\n"
                        "  subgraph cluster_own { label=\"Gym office\"; style=dashed;\n"
                        "    sync [label=\"Rota sync job\"];\n"
                        "  }\n"
                        "  members -> booking [label=\"browse, book slot, pay\"];\n"
                        "  booking -> sync [label=\"attendance\"];\n"
                        "}\n");
  assert_non_null(ir);
  assert_non_null(finding(ir, "TMC-APP-033", "booking"));
  assert_null(finding(ir, "TMC-APP-033", "members"));
  tmc_ir_free(ir);
  ir = analysed("digraph gym {\n"
                "  members [label=\"Gym members\", shape=ellipse];\n"
                "  subgraph cluster_own { label=\"Gym cloud\"; style=dashed;\n"
                "    app [label=\"Booking app\"];\n"
                "    holds [label=\"Slot holds\", shape=cylinder];\n"
                "  }\n"
                "  members -> app [label=\"book slot\"];\n"
                "  app -> holds [label=\"reserve slot\"];\n"
                "}\n");
  assert_non_null(ir);
  assert_non_null(finding(ir, "TMC-APP-033", "holds"));
  assert_null(finding(ir, "TMC-APP-033", "app"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_absolute_models_path_is_a_registry),
      cmocka_unit_test(test_vendor_model_file_is_ours),
      cmocka_unit_test(test_scheduled_job_scores_in_batch),
      cmocka_unit_test(test_supplier_drop_tampers_the_model),
      cmocka_unit_test(test_booking_box_holds_for_people),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
