/* test_paths19.c - attack paths of blind18's cause P (paths19): who ships
 * an update (a person using the app an update reaches ships none), a model
 * copied from the device it runs on and inverted offline, the evaluation
 * data of a federated server (no training data of its own), ... Small
 * diagrams worded unlike the blind sets, run through the whole pipeline with
 * the built-in catalog. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* A federated server that scores each round's candidate on a set of its own
 * (the metrics it gets back: AUC and F1, a word error rate) still trains on
 * nothing but the clients' updates: it aggregates them, and whoever runs
 * clients can flood its rounds (TMC-PATH-020). */
static void test_evaluation_set_no_training_data(void **state) {
  (void)state;
  static const char *watch =
      "digraph g {\n"
      "  wearers [shape=box, label=\"Smartwatch owners\"];\n"
      "  subgraph cluster_w { label=\"On the watch\";\n"
      "    app [label=\"Heart rhythm app\"];\n"
      "    local [shape=cylinder, label=\"ECG strips (local)\", type=dataset];\n"
      "    lt [label=\"Local trainer\", type=pipeline]; }\n"
      "  subgraph cluster_s { label=\"Cardio cloud\"; trust=2;\n"
      "    agg [label=\"FL server (FedAvg)\", type=pipeline];\n"
      "    val [shape=cylinder, label=\"Clinician-labelled ECG set\", type=dataset];\n"
      "    reg [shape=cylinder, label=\"Model versions\", type=model_registry]; }\n"
      "  wearers -> app [label=\"ECG recordings\"]; app -> local [label=\"strips\"];\n"
      "  local -> lt [label=\"local examples\"]; agg -> lt [label=\"global model\"];\n"
      "  lt -> agg [label=\"weight delta\"]; val -> agg [label=\"AUC, F1 per round\"];\n"
      "  agg -> reg [label=\"candidate\"];\n"
      "}\n";
  tmc_ir *ir = analysed(watch);
  assert_true(any_hop_names(ir, "wearers", "deny_service", "AML.T0029"));
  tmc_ir_free(ir);

  static const char *car =
      "digraph g {\n"
      "  drivers [shape=box, label=\"Drivers\"];\n"
      "  subgraph cluster_car { label=\"In each vehicle\";\n"
      "    hmi [label=\"Infotainment voice assistant\"];\n"
      "    cache [shape=cylinder, label=\"Utterance cache\", type=dataset];\n"
      "    ob [label=\"On-board trainer\", type=pipeline]; }\n"
      "  subgraph cluster_s { label=\"OEM cloud\"; trust=2;\n"
      "    fleet [label=\"Fleet aggregation server\", type=pipeline];\n"
      "    bench [shape=cylinder, label=\"Benchmark utterances (public corpus)\", "
      "type=dataset];\n"
      "    mr [shape=cylinder, label=\"Model registry\", type=model_registry]; }\n"
      "  drivers -> hmi [label=\"speech\"]; hmi -> cache [label=\"transcripts\"];\n"
      "  cache -> ob [label=\"examples\"]; fleet -> ob [label=\"round model\"];\n"
      "  ob -> fleet [label=\"clipped update\"]; bench -> fleet [label=\"word error "
      "rate\"];\n"
      "  fleet -> mr [label=\"new version\"];\n"
      "}\n";
  ir = analysed(car);
  assert_true(any_hop_names(ir, "drivers", "deny_service", "AML.T0029"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_evaluation_set_no_training_data),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
