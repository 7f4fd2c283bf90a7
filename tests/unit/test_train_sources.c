/* test_train_sources.c - the stores a training step joins into a table of
 * its own. A step that builds a training table and reads it back learns
 * from that table; the live stores it draws the rows from (a historian, a
 * repair or orders database) are the records the business runs on, stores
 * and not datasets. Each test draws its own small system in its own words
 * (no test set uses them), with a quiet near-miss. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* DOT, English: a bakery chain's weekly demand model. The retraining job
 * reads the till database and the waste records, and builds and reads its
 * "training set" table (a two-way flow). The table is the dataset; the till
 * database and the waste records stay stores. */
static void test_two_way_training_table(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_hq { label=\"Head office servers\";\n"
      "  till [label=\"Till transactions DB\", shape=cylinder];\n"
      "  waste [label=\"Waste records\", shape=cylinder];\n"
      "  job [label=\"Weekly retraining (LightGBM)\"];\n"
      "  tset [label=\"Training set\", shape=note];\n"
      "  reg [label=\"Model files share\", shape=folder];\n"
      " }\n"
      " till -> job; waste -> job; job -> tset [dir=both]; job -> reg;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "tset"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "till"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "waste"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* DOT, Spanish: a water utility's leak model. The retraining writes an
 * intermediate table with a flow saying it reads and writes it ("SELECT /
 * INSERT"), no dataset word in its name; the meter readings it joins in
 * stay a store, the intermediate table is what it trains on. Quiet: a
 * second retraining that only reads a store (no table of its own) still
 * trains on that store, a dataset. */
static void test_query_worded_table_and_quiet(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " subgraph cluster_c { label=\"Centro de datos\";\n"
                            "  lect [label=\"Lecturas de contadores\", shape=cylinder];\n"
                            "  ent [label=\"Reentrenamiento semanal (scikit-learn)\"];\n"
                            "  tab [label=\"Tabla intermedia\", shape=cylinder];\n"
                            "  hist [label=\"Histórico de presiones\", shape=cylinder];\n"
                            "  ent2 [label=\"Reentrenamiento mensual (xgboost)\"];\n"
                            " }\n"
                            " lect -> ent; ent -> tab [label=\"SELECT / INSERT\"];\n"
                            " hist -> ent2;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "ent"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "tab"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "lect"), TMC_KIND_DATA_STORE);
  /* quiet */
  assert_int_equal(kind_at(ir, "ent2"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "hist"), TMC_KIND_DATASET);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_two_way_training_table),
      cmocka_unit_test(test_query_worded_table_and_quiet),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
