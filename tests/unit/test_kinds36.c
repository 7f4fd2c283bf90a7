/* test_kinds36.c - element kinds from real drawings (kinds36, issue #15): a
 * model named in Basque ("eredua", "ereduak") is a model, as the other
 * languages' model words already make it; a model's online deployment on
 * IBM Watson Machine Learning is that model served, as a SageMaker endpoint
 * is, not the vendor. Each with a quiet near-miss: a Basque store or job
 * beside it keeps its kind, as does the service calling the deployment.
 * Wordings are this file's own (no test set uses them). */
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

/* DOT, a Basque water utility: a demand-forecast model kept as safetensors,
 * scored by a nightly job that writes a meter table. Quiet: the job and the
 * table. */
static void test_basque_model_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_u { label=\"Ur partzuergoa\";\n"
      "  fc [label=\"Kontsumo-iragarpen eredua (safetensors)\"];\n"
      "  job [label=\"Gaueko kalkulua\"];\n"
      "  db [label=\"Kontagailuen taula\", shape=cylinder];\n"
      " }\n"
      " db -> job; job -> fc [label=\"irakurketak\"]; fc -> job; job -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "fc"), TMC_KIND_MODEL);
  /* quiet */
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* draw.io, a Basque bank: fraud models (ONNX) on a card in the bank's
 * container, called by the payments service. Quiet: the service. */
static void test_basque_model_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Bankuaren datu-zentroa", 0, 0, 600, 400)
      C("m", "z", "Iruzur-detekzio ereduak (ONNX)", CARD, 20, 40, 160, 60)
          C("svc", "z", "Ordainketa zerbitzua", CARD, 300, 40, 140, 60)
              E("e1", "svc", "m") E("e2", "m", "svc") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  /* quiet */
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a French telecom: a churn model deployed on Watson ML, called by the
 * retention service. Quiet: the retention service. */
static void test_watson_deployment_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_t { label=\"Opérateur télécom\";\n"
      "  ret [label=\"Service de fidélisation\"];\n"
      "  churn [label=\"Prévision d'attrition (WML deployment)\"];\n"
      " }\n"
      " ret -> churn; churn -> ret;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "churn"), TMC_KIND_MODEL);
  /* quiet */
  assert_int_equal(kind_at(ir, "ret"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_basque_model_dot),
      cmocka_unit_test(test_basque_model_drawio),
      cmocka_unit_test(test_watson_deployment_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
