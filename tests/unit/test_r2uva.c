/* test_r2uva.c - what blind35's Sinhala tea-grading DAG taught (thirty-
 * second session, helper r2uva), drawn here in other words and domains:
 *   - a plain store named by an ML platform a team runs itself (MLflow,
 *     ClearML, Kubeflow) followed by words tmc does not read, that the
 *     system's code promotes or deploys into and a model loads from, is
 *     the model registry;
 *   - the step a training step hands its model to, which writes it into
 *     that registry (an exported DAG's "evaluate_register" task), is a
 *     step of the training job, and the load out of the registry is an
 *     unpickling with no check (CWE-502). */
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

/* A brewery's yeast-viability forecast, its nightly Prefect flow drawn
 * with task names, the rest labelled in German. */
static const char brewery[] =
    "digraph hefe_nightly {\n"
    "  rankdir=LR;\n"
    "  labor [label=\"Laborpersonal\", shape=ellipse];\n"
    "  subgraph cluster_srv { label=\"Brauerei-Server (nur LAN)\"; style=dashed;\n"
    "    lims [label=\"LIMS Datenbank\", shape=cylinder];\n"
    "    prep_features [label=prep_features, shape=rectangle];\n"
    "    table [label=\"Trainingstabelle\\n(MinIO)\", shape=folder];\n"
    "    train_lightgbm [label=train_lightgbm, shape=rectangle];\n"
    "    validate_and_push [label=validate_and_push, shape=rectangle];\n"
    "    reg [label=\"ClearML Ablage der Hefemodelle\", shape=cylinder];\n"
    "    svc [label=\"Hefe-Prognose\\n(FastAPI, LightGBM)\", shape=box, style=rounded];\n"
    "  }\n"
    "  labor -> lims [label=\"Zellzahlen\"];\n"
    "  lims -> prep_features;\n"
    "  prep_features -> table [label=parquet];\n"
    "  table -> train_lightgbm;\n"
    "  train_lightgbm -> validate_and_push;\n"
    "  validate_and_push -> reg [label=\"publish + promote\"];\n"
    "  reg -> svc [label=\"nächtlicher Reload\"];\n"
    "  lims -> svc [dir=both, label=\"Messwerte / Prognose\"];\n"
    "}\n";

static void test_dot_platform_store_promoted_into_is_registry(void **state) {
  (void)state;
  tmc_ir *ir = analysed(brewery);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "validate_and_push"), TMC_KIND_PIPELINE);
  assert_true(tmc_kind_is_ai(kind_at(ir, "svc")));
  assert_non_null(finding(ir, "TMC-MLOPS-002", "svc"));
  tmc_ir_free(ir);
}

/* The other format, in Spanish: a port's crane-failure model on MLflow,
 * an orchestrator's "evaluate_release" task after the training task. */
#define BOX "rounded=1;whiteSpace=wrap;html=1;"
#define CYL "shape=cylinder3;whiteSpace=wrap;html=1;"
static void test_drawio_platform_store_promoted_into_is_registry(void **state) {
  (void)state;
  const char *xml = HEAD V("zone", "Centro de datos del puerto",
                           "rounded=0;dashed=1;html=1;"
                           "container=1;",
                           0, 0, 900, 400)
      V("sensores", "Histórico de sensores de grúas", CYL, 20, 40, 120, 60)
          V("train", "train_catboost", BOX, 180, 40, 120, 50)
              V("gate", "evaluate_release", BOX, 340, 40, 140, 50)
                  V("ml", "MLflow (versiones de grúas)", CYL, 520, 40, 140, 60)
                      V("pred", "Predicción de averías&lt;br&gt;(CatBoost)", BOX, 700, 40,
                        140, 60) E("f1", "sensores", "train") E("f2", "train", "gate")
                          LINK("f3", "gate", "ml", "publicar + deployment")
                              LINK("f4", "ml", "pred", "carga diaria")
                                  E("f5", "sensores", "pred") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "ml"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "gate"), TMC_KIND_PIPELINE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dot_platform_store_promoted_into_is_registry),
      cmocka_unit_test(test_drawio_platform_store_promoted_into_is_registry),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
