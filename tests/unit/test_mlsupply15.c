/* test_mlsupply15.c - issue #15, the ML supply chain and federated learning
 * (mlsupply15): outside weights loaded with a deserialiser that runs code
 * (TMC-SUPPLY-015, on the loading hop) and participants anyone can enrol in
 * federated rounds (TMC-FL-005, Sybil). Each family in wordings the tuning
 * sets (blind10 ravensholm, blind12 sable_keys_fl_dfd) did not use, where
 * its precondition holds and where it does not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A vendor's checkpoint copied into our bucket and read by the fine-tune
 * job with pickle: the read is the loading hop (CWE-502, AML.T0011.000).
 * Worded by the file (".ckpt" on the store) and by the loader
 * ("joblib.load" on the flow); the same drawing saying safetensors, or
 * weights of our own training, is no such hop. */
static void test_outside_pickle_loaded(void **state) {
  (void)state;
  static const char d[] =
      "digraph seg {\n"
      "  vendor [type=external, label=\"Acme Vision partner portal\"];\n"
      "  subgraph cluster_ml { label=\"ML platform\";\n"
      "    bucket [type=model_registry, label=\"Base checkpoints (.ckpt)\"];\n"
      "    job [type=pipeline, label=\"Segmentation fine-tune job\"];\n"
      "    data [type=dataset, label=\"Labelled scans\"];\n"
      "    srv [type=model, label=\"Segmenter\"];\n"
      "  }\n"
      "  vendor -> bucket [label=\"quarterly model download\"];\n"
      "  bucket -> job [label=\"base model\"];\n"
      "  data -> job;\n"
      "  job -> srv [label=\"fine-tuned weights\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->flows[flow(ir, "bucket", "job")].facts.loads_code_weights);
  const tmc_finding *f = finding(ir, "TMC-SUPPLY-015", "bucket->job");
  assert_true(cites(f, "CWE-502"));
  assert_true(cites(f, "AML.T0011.000"));
  tmc_ir_free(ir);

  /* The loader named on the flow, the holder a plain model store. */
  static const char d2[] = "digraph churn {\n"
                           "  hub [type=external, label=\"Consultancy delivery SFTP\"];\n"
                           "  subgraph cluster_app { label=\"app\";\n"
                           "    store [type=data_store, label=\"Model store\"];\n"
                           "    svc [label=\"Churn scoring service\"];\n"
                           "  }\n"
                           "  hub -> store [label=\"churn_model.pkl\"];\n"
                           "  store -> svc [label=\"joblib.load at start-up\"];\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-SUPPLY-015", "store->svc"));
  tmc_ir_free(ir);

  /* Code-free format: nothing runs on load. */
  static const char d3[] =
      "digraph seg2 {\n"
      "  vendor [type=external, label=\"Acme Vision partner portal\"];\n"
      "  subgraph cluster_ml { label=\"ML platform\";\n"
      "    bucket [type=model_registry, label=\"Base weights (.pt)\"];\n"
      "    job [type=pipeline, label=\"Segmentation fine-tune job\"];\n"
      "  }\n"
      "  vendor -> bucket [label=\"quarterly model download\"];\n"
      "  bucket -> job [label=\"converted to safetensors\"];\n"
      "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_null(finding(ir, "TMC-SUPPLY-015", "bucket->job"));
  tmc_ir_free(ir);

  /* Our own training writes the .pt the server loads: nothing from outside. */
  static const char d4[] = "digraph own {\n"
                           "  subgraph cluster_ml { label=\"ML platform\";\n"
                           "    data [type=dataset, label=\"Claims history\"];\n"
                           "    train [type=pipeline, label=\"Nightly training\"];\n"
                           "    bucket [type=model_registry, label=\"Weights (.pt)\"];\n"
                           "    srv [label=\"Scoring service\"];\n"
                           "  }\n"
                           "  data -> train; train -> bucket [label=\"torch.save\"];\n"
                           "  bucket -> srv [label=\"torch.load\"];\n"
                           "}\n";
  ir = analyse_with(d4, cat, NULL);
  assert_int_equal(count_rule(ir, "TMC-SUPPLY-015"), 0);
  tmc_ir_free(ir);
}

/* Federated learning where the participants are apps on customers' phones
 * (outsiders): anyone can enrol many emulated clients (Sybil, S|CWE-287).
 * Worded as "FedAvg" rounds of a smartwatch app; the same topology inside
 * one company (branch servers of ours, nobody outside) has no crowd. */
static void test_sybil_participants(void **state) {
  (void)state;
  static const char d[] =
      "digraph watch {\n"
      "  wearers [type=external, label=\"Smartwatch wearers\"];\n"
      "  subgraph cluster_watch { label=\"watch app\";\n"
      "    local [type=dataset, label=\"Heart-rate samples (on watch)\"];\n"
      "    client [type=pipeline, label=\"Local training (watch app)\"];\n"
      "  }\n"
      "  subgraph cluster_cloud { label=\"cloud\";\n"
      "    agg [type=pipeline, label=\"FedAvg coordinator\"];\n"
      "    glob [type=model_registry, label=\"Global arrhythmia model\"];\n"
      "  }\n"
      "  wearers -> local [label=\"wears watch\"];\n"
      "  local -> client;\n"
      "  client -> agg [label=\"gradient delta\"];\n"
      "  agg -> glob [label=\"new global model\"];\n"
      "  glob -> client [label=\"round model\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(ir->elements[elem(ir, "agg")].facts.aggregates_updates);
  const tmc_finding *f = finding(ir, "TMC-FL-005", "agg");
  assert_true(cites(f, "CWE-287"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph branches {\n"
      "  subgraph cluster_corp { label=\"corporate network\";\n"
      "    ledger [type=dataset, label=\"Branch ledger extract\"];\n"
      "    client [type=pipeline, label=\"Branch model training\"];\n"
      "    agg [type=pipeline, label=\"Aggregate branch updates\"];\n"
      "    glob [type=model_registry, label=\"Group model\"];\n"
      "  }\n"
      "  ledger -> client;\n"
      "  client -> agg [label=\"weight update\"];\n"
      "  agg -> glob [label=\"combined model\"];\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_null(finding(ir, "TMC-FL-005", "agg"));
  tmc_ir_free(ir);
}

/* Packages from a public index into training: R's indexes drawn (CRAN,
 * Bioconductor) are package sources like PyPI (TMC-SUPPLY-007 on the
 * flow); an index left undrawn but named by the step's install command
 * (TMC-SUPPLY-016), unless a lock file says the versions are pinned. */
static void test_unpinned_packages_into_training(void **state) {
  (void)state;
  static const char d[] = "digraph r {\n"
                          "  cran [type=external, label=\"CRAN mirror\"];\n"
                          "  bioc [type=external, label=\"Bioconductor\"];\n"
                          "  subgraph cluster_lab { label=\"lab\";\n"
                          "    data [type=dataset, label=\"Trial cohort\"];\n"
                          "    fit [type=pipeline, label=\"Survival model refit\"];\n"
                          "    reg [type=model_registry, label=\"Model registry\"];\n"
                          "  }\n"
                          "  cran -> fit [label=\"survival, glmnet\"];\n"
                          "  bioc -> fit [label=\"limma\"];\n"
                          "  data -> fit; fit -> reg [label=\"new model\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-007", "cran->fit"), "AML.T0010.001"));
  assert_true(cites(finding(ir, "TMC-SUPPLY-007", "bioc->fit"), "CWE-1357"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph p {\n"
      "  subgraph cluster_ml { label=\"ml\";\n"
      "    data [type=dataset, label=\"Claims (warehouse)\"];\n"
      "    fit [type=pipeline, label=\"Nightly retrain job\"];\n"
      "    fit2 [type=pipeline, label=\"Churn retrain (poetry install, poetry.lock)\"];\n"
      "    img [type=data_store, label=\"Job config\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "  }\n"
      "  img -> fit [label=\"conda env create -f environment.yml\"];\n"
      "  data -> fit; fit -> reg;\n"
      "  data -> fit2; fit2 -> reg;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_true(ir->elements[elem(ir, "fit")].facts.installs_packages);
  assert_true(cites(finding(ir, "TMC-SUPPLY-016", "fit"), "AML.T0010.001"));
  assert_null(finding(ir, "TMC-SUPPLY-016", "fit2"));
  tmc_ir_free(ir);
}

/* review16 (evaluates()): an aggregator that scores each round's global
 * model on a held-out set of its own still reads no training data: it
 * aggregates updates. Two wordings of the evaluation flow; the same flow
 * saying only what the records are brings training data. */
static void test_evaluation_data_is_not_training_data(void **state) {
  (void)state;
  static const char *const says[] = {"held-out set, scored each round",
                                     "validation split", "reference ECGs"};
  for (int i = 0; i < 3; i++) {
    char d[1400];
    snprintf(d, sizeof d,
             "digraph watch {\n"
             "  wearers [type=external, label=\"Smartwatch wearers\"];\n"
             "  subgraph cluster_watch { label=\"watch app\";\n"
             "    local [type=dataset, label=\"Heart-rate samples (on watch)\"];\n"
             "    client [type=pipeline, label=\"Local training (watch app)\"];\n"
             "    lm [type=model, label=\"On-watch model\"];\n"
             "  }\n"
             "  subgraph cluster_cloud { label=\"cloud\";\n"
             "    agg [type=pipeline, label=\"FedAvg coordinator\"];\n"
             "    hold [type=dataset, label=\"Licensed reference ECGs\"];\n"
             "    glob [type=model_registry, label=\"Global arrhythmia model\"];\n"
             "  }\n"
             "  wearers -> local; local -> client; client -> lm;\n"
             "  client -> agg [label=\"gradient delta\"];\n"
             "  hold -> agg [label=\"%s\"];\n"
             "  agg -> glob; glob -> client [label=\"round model\"];\n"
             "}\n",
             says[i]);
    tmc_ir *ir = analyse_with(d, cat, "facts");
    if (ir->elements[elem(ir, "agg")].facts.aggregates_updates != (i < 2))
      fail_msg("aggregates_updates wrong with '%s'", says[i]);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_outside_pickle_loaded),
      cmocka_unit_test(test_sybil_participants),
      cmocka_unit_test(test_unpinned_packages_into_training),
      cmocka_unit_test(test_evaluation_data_is_not_training_data), /* review16 */
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
