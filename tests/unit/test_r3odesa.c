/* test_r3odesa.c - what variants33's Odesa quarantine lab taught (thirty-
 * third session, helper r3odesa), drawn here in other words and another
 * domain (a wind farm's turbine anomaly detector): a folder named by a
 * Windows path, from a drive ("D:\ml\models") or with a wildcard for its
 * files ("E:\turbix\models\*.onnx"), is where the model files wait to be
 * loaded, the registry, as a POSIX path is: on a folder's shape any path
 * through a models folder, elsewhere only one whose last folder names
 * models; a file's own path on a box ("D:\ml\models\turbine.onnx") stays
 * the model it names;
 *   - a service its head names, named for a model's task ("Scoring
 *     service", Ukrainian "Служба прогнозу"), the only code loading what the
 *     system's own training step writes into the registry, is the model
 *     served, where the page draws no model; a service named for anything
 *     else, or one of two loading it, stays a process. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* The nightly retrain writes into w, which the detector loads; a backslash
 * is doubled in DOT's quotes. */
#define WIND(LABEL, SHAPE)                                                               \
  "digraph wind {\n"                                                                     \
  "  subgraph cluster_f { label=\"Wind farm control room\";\n"                           \
  "    scada [label=\"SCADA history\", shape=cylinder];\n"                               \
  "    fit [label=\"Nightly retrain (IsolationForest)\", shape=box];\n"                  \
  "    w [label=\"" LABEL "\", shape=" SHAPE "];\n"                                      \
  "    det [label=\"Turbine anomaly model\", shape=box];\n"                              \
  "  }\n"                                                                                \
  "  ops [label=\"Operators\", shape=ellipse];\n"                                        \
  "  scada -> fit; fit -> w [label=\"new version\"]; w -> det; det -> ops;\n"            \
  "}\n"

static tmc_kind kind_of_w(const char *dot) {
  return kind_in(dot, "w");
}

static void test_windows_folder_is_a_registry(void **state) {
  (void)state;
  /* a drive's folder of models, on a folder and on a plain box */
  assert_int_equal(kind_of_w(WIND("D:\\\\ml\\\\models", "folder")),
                   TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_of_w(WIND("C:\\\\ProgramData\\\\Turbix\\\\models", "box")),
                   TMC_KIND_MODEL_REGISTRY);
  /* a folder ending in its separator (DOT's escaped backslash) */
  assert_int_equal(kind_of_w(WIND("E:\\\\models\\\\", "box")), TMC_KIND_MODEL_REGISTRY);
}

static void test_wildcard_names_the_folder(void **state) {
  (void)state;
  assert_int_equal(kind_of_w(WIND("E:\\\\turbix\\\\models\\\\*.onnx", "box")),
                   TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_of_w(WIND("/opt/turbix/models/*.joblib", "box")),
                   TMC_KIND_MODEL_REGISTRY);
}

static void test_file_path_on_a_box_stays_the_model(void **state) {
  (void)state;
  assert_int_equal(kind_of_w(WIND("D:\\\\ml\\\\models\\\\turbine.onnx", "box")),
                   TMC_KIND_MODEL);
  /* a wildcard with no file pattern names no folder off a store's shape */
  assert_int_equal(kind_of_w(WIND("/api/models/*", "box")), TMC_KIND_MODEL);
}

/* A bakery's demand forecast: the weekly retrain writes the models folder
 * the service (and, with a second reader, the stock report) loads. */
#define BAKERY(SERVICE, SECOND)                                                          \
  "digraph bakery {\n"                                                                   \
  "  subgraph cluster_b { label=\"Bakery back office\";\n"                               \
  "    sales [label=\"Till sales history\", shape=cylinder];\n"                          \
  "    fit [label=\"Weekly retrain (LightGBM)\", shape=box];\n"                          \
  "    reg [label=\"/srv/bakery/models/\", shape=folder];\n"                             \
  "    svc [label=\"" SERVICE "\", shape=box];\n"                                        \
  "    orders [label=\"Open orders\", shape=cylinder];\n" SECOND "  }\n"                 \
  "  bakers [label=\"Bakers\", shape=ellipse];\n"                                        \
  "  sales -> fit; fit -> reg [label=\"new model\"]; reg -> svc; orders -> svc;\n"       \
  "  svc -> bakers [label=\"tomorrow's batches\"];\n"                                    \
  "}\n"

static tmc_kind kind_of_svc(const char *dot) {
  return kind_in(dot, "svc");
}

static void test_task_named_service_is_the_model(void **state) {
  (void)state;
  assert_int_equal(kind_of_svc(BAKERY("Scoring service", "")), TMC_KIND_MODEL);
  assert_int_equal(kind_of_svc(BAKERY("Служба прогнозу\\n(щогодини)", "")),
                   TMC_KIND_MODEL);
  /* a service named for something else stays code */
  assert_int_equal(kind_of_svc(BAKERY("Notification service", "")), TMC_KIND_PROCESS);
  /* one of two loading the registry's files is not the model by that */
  assert_int_equal(kind_of_svc(BAKERY("Scoring service",
                                      "    rep [label=\"Stock report\", shape=box];\n"
                                      "    reg -> rep;\n")),
                   TMC_KIND_PROCESS);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_windows_folder_is_a_registry),
      cmocka_unit_test(test_wildcard_names_the_folder),
      cmocka_unit_test(test_file_path_on_a_box_stays_the_model),
      cmocka_unit_test(test_task_named_service_is_the_model),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
