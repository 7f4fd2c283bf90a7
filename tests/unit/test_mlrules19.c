/* test_mlrules19.c - ML ids of causes19 A1..A4 (blind18's misses by cause),
 * each family drawn in wordings of other domains than the tuning set's:
 * a model's verdict back to whoever sent the input, through another door
 * than the one it went in at (A2: a spam gateway's bounce, a marketplace's
 * "listing blocked" notice, a payout decision); an aggregator that scores
 * rounds on a set of its own (A1); a model bundled in an app that completes
 * what people write or learnt in federated rounds (A1); a retraining job
 * that starts from trained checkpoints (A3); a model on a box at an
 * unguarded site (A4). Each with the case where the id must not appear. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A2: the verdict of the system's own model goes back to the outsider
 * whose input it decided on, though the input went in elsewhere (an
 * upload service, a mail relay) and the verdict comes out of a notifier:
 * an oracle (TMC-ML-042, AML.T0042 / AML.T0063). Someone who sent nothing
 * the model decides on (buyers who only read) gets no such finding. */
static void test_verdict_back_to_sender(void **state) {
  (void)state;
  static const char *const kinds[][5] = {
      /* sender, way in, model, notifier, verdict */
      {"Sellers", "Listing upload API", "Counterfeit image detector (ViT)",
       "Notification service", "listing blocked / published"},
      {"Outside mail senders", "MX relay (Postfix)", "Spam classifier (fastText)",
       "Bounce generator", "550 rejected as spam"},
      {"Claimants", "Claims intake (mobile app backend)", "Fraud scorer (LightGBM)",
       "Payout service", "paid / referred"},
      {NULL, NULL, NULL, NULL, NULL}};
  for (size_t i = 0; kinds[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  snd [type=external, label=\"%s\"];\n"
             "  rd [type=external, label=\"Buyers\"];\n"
             "  subgraph cluster_s { label=\"Our platform\";\n"
             "    in [type=process, label=\"%s\"];\n"
             "    sc [type=process, label=\"Decision step\"];\n"
             "    m [type=model, label=\"%s\"];\n"
             "    nt [type=process, label=\"%s\"];\n"
             "    pg [type=process, label=\"Catalogue pages\"];\n"
             "  }\n"
             "  snd -> in [label=\"submission\"]; in -> sc [label=\"item id\"];\n"
             "  sc -> m [label=\"features\"]; m -> sc [label=\"class\"];\n"
             "  sc -> nt [label=\"decision\"]; nt -> snd [label=\"%s\"];\n"
             "  rd -> pg [label=\"browse\"]; pg -> rd [label=\"pages\"];\n"
             "  nt -> rd [label=\"weekly newsletter\"];\n"
             "}\n",
             kinds[i][0], kinds[i][1], kinds[i][2], kinds[i][3], kinds[i][4]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-ML-042", "nt->snd");
    assert_true(cites(f, "AML.T0042"));
    assert_true(cites(f, "AML.T0063"));
    assert_null(finding(ir, "TMC-ML-042", "nt->rd"));
    tmc_ir_free(ir);
  }
}

/* A1: a federated aggregator that also scores each round's global model on
 * a set of its own still only combines the clients' updates: the set is
 * named for evaluation ("Golden set", "Validierungsdaten") or the flow
 * names the metrics ("F1 / AUC", "WER"). Outsiders' phones or apps as
 * clients: Sybil enrolment (TMC-FL-005, CWE-287, AML.T0021) and flooded
 * rounds (TMC-FL-004, CWE-770, AML.T0029). A fine-tuning job that reads
 * real training data beside a base model from another trainer is no
 * aggregator. */
static void test_aggregator_that_scores_rounds(void **state) {
  (void)state;
  static const char *const evals[][3] = {
      /* server, evaluation store, flow */
      {"NVIDIA FLARE server (FedProx)", "Golden set", "each round"},
      {"TFF aggregation service", "Clinic sample", "F1 / AUC per round"},
      {"Federated averaging job", "Validierungsdaten", "read"},
      {"Fleet learning coordinator", "Utterance archive", "WER on 2k clips"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; evals[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  drivers [type=external, label=\"App users\"];\n"
             "  subgraph cluster_d { label=\"On the phone\";\n"
             "    app [type=process, label=\"Mobile app\"];\n"
             "    logs [type=dataset, label=\"Local interaction log\"];\n"
             "    cl [type=pipeline, label=\"Local trainer\"];\n"
             "  }\n"
             "  subgraph cluster_c { label=\"Our cloud\";\n"
             "    agg [type=pipeline, label=\"%s\"];\n"
             "    ev [type=dataset, label=\"%s\"];\n"
             "    reg [type=model_registry, label=\"Model registry\"];\n"
             "  }\n"
             "  drivers -> app; app -> logs; logs -> cl;\n"
             "  cl -> agg [label=\"weight delta\"]; agg -> cl [label=\"global model\"];\n"
             "  ev -> agg [label=\"%s\"]; agg -> reg [label=\"candidate\"];\n"
             "}\n",
             evals[i][0], evals[i][1], evals[i][2]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "agg")].facts.aggregates_updates);
    assert_true(cites(finding(ir, "TMC-FL-005", "agg"), "AML.T0021"));
    assert_true(cites(finding(ir, "TMC-FL-005", "agg"), "CWE-287"));
    assert_true(cites(finding(ir, "TMC-FL-004", "agg"), "AML.T0029"));
    tmc_ir_free(ir);
  }
  static const char tune[] = "digraph g {\n"
                             "  pre [type=pipeline, label=\"Pre-training job\"];\n"
                             "  web [type=dataset, label=\"Web text\"];\n"
                             "  tix [type=dataset, label=\"Support tickets\"];\n"
                             "  ft [type=pipeline, label=\"Fine-tuning job\"];\n"
                             "  reg [type=model_registry, label=\"Model registry\"];\n"
                             "  web -> pre; pre -> ft [label=\"base weights\"];\n"
                             "  tix -> ft [label=\"tickets (last year)\"]; ft -> reg;\n"
                             "}\n";
  tmc_ir *ir = analyse_with(tune, cat, NULL);
  assert_false(ir->elements[elem(ir, "ft")].facts.aggregates_updates);
  tmc_ir_free(ir);
}

/* A1: a model that reaches phones bundled in the app (registry -> release
 * build -> app store -> app, no flow into the model itself) learnt from
 * what people wrote; where it completes what they write (smart reply,
 * autocomplete) or learnt in federated rounds, other users' phrases can
 * be drawn out of it (TMC-TRAIN-014: ML03/ML04, AML.T0024.000/.001). A
 * classifier trained on a curated central set and shipped the same way
 * leaks no one's phrase. */
static void test_model_bundled_in_the_app(void **state) {
  (void)state;
  static const char *const apps[][4] = {
      /* model, its answer, training source, expect */
      {"Smart Reply model (Core ML)", "3 reply chips", "fed", "y"},
      {"Wortvorschlag-Modell (TFLite)", "Wortvorschläge", "fed", "y"},
      {"Query autocomplete model", "completions", "central", "y"},
      {"Crop disease classifier (TFLite)", "disease + confidence", "central", "n"},
      {NULL, NULL, NULL, NULL}};
  for (size_t i = 0; apps[i][0]; i++) {
    bool fed = strcmp(apps[i][2], "fed") == 0;
    char dot[3072];
    snprintf(
        dot, sizeof dot,
        "digraph g {\n"
        "  people [type=external, label=\"App users\"];\n"
        "  store [type=external, label=\"Apple App Store / Google Play\"];\n"
        "  subgraph cluster_p { label=\"User's phone\";\n"
        "    app [type=process, label=\"Messenger app\"];\n"
        "    m [type=model, label=\"%s\"];\n"
        "    local [type=dataset, label=\"On-device message history\"];\n"
        "    %s\n"
        "  }\n"
        "  subgraph cluster_c { label=\"Our cloud\";\n"
        "    %s\n"
        "    reg [type=model_registry, label=\"Model registry\"];\n"
        "    rel [type=process, label=\"Release build (Fastlane)\"];\n"
        "  }\n"
        "  people -> app [label=\"typing\"]; app -> m [label=\"context\"];\n"
        "  m -> app [label=\"%s\"]; app -> local [label=\"sent messages\"];\n"
        "  %s\n"
        "  reg -> rel [label=\"approved model\"]; rel -> store [label=\"signed IPA / "
        "AAB\"];\n"
        "  store -> app [label=\"app update\"];\n"
        "}\n",
        apps[i][0], fed ? "cl [type=pipeline, label=\"Local trainer\"];" : "",
        fed ? "agg [type=pipeline, label=\"Round server\"];"
            : "up [type=process, label=\"Telemetry API\"];\n"
              "    cur [type=dataset, label=\"Curated training set\"];\n"
              "    tr [type=pipeline, label=\"Training job\"];",
        apps[i][1],
        fed ? "local -> cl; cl -> agg [label=\"weight delta\"];\n"
              "  agg -> cl [label=\"global model\"]; agg -> reg [label=\"candidate\"];"
            : "app -> up [label=\"samples (opt-in)\"]; up -> cur;\n"
              "  cur -> tr; tr -> reg [label=\"new version\"];");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "m")].facts.trained_on_people);
    const tmc_finding *f = finding(ir, "TMC-TRAIN-014", "m->app");
    if (apps[i][3][0] == 'y') {
      assert_true(cites(f, "AML.T0024.000"));
      assert_true(cites(f, "AML.T0024.001"));
      assert_true(cites(f, "ML03:2023"));
    } else {
      assert_null(f);
    }
    tmc_ir_free(ir);
  }
}

/* A3: a trainer that starts from weights already trained (continual
 * training, a resumed run, "Nachtrainieren", a fine-tune) loads them with
 * a loader that runs code (TMC-MLOPS-190: AML.T0011.000, CWE-502), unless
 * a safe format is named or the algorithm fits anew each time (XGBoost). */
static void test_retraining_loads_checkpoints(void **state) {
  (void)state;
  static const char *const jobs[][3] = {
      /* trainer, flow out, expect */
      {"Nightly continual training (PyTorch Lightning)", "new version", "y"},
      {"Nachtrainieren des Klassifikators (monatlich)", "Modellversion", "y"},
      {"GPU job: resume from checkpoint", "checkpoint", "y"},
      {"Weekly retrain (XGBoost)", "new version", "n"},
      {"Fine-tune step", "weights (safetensors)", "n"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; jobs[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  subgraph cluster_c { label=\"ML platform\";\n"
             "    lab [type=dataset, label=\"Labelled tickets\"];\n"
             "    tr [type=pipeline, label=\"%s\"];\n"
             "    reg [type=model_registry, label=\"Model registry\"];\n"
             "    m [type=model, label=\"Ticket router\"];\n"
             "    api [type=process, label=\"Helpdesk backend\"];\n"
             "  }\n"
             "  lab -> tr; tr -> reg [label=\"%s\"]; reg -> m [label=\"deploy\"];\n"
             "  api -> m; m -> api;\n"
             "}\n",
             jobs[i][0], jobs[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-MLOPS-190", "tr");
    if (jobs[i][2][0] == 'y') {
      assert_true(cites(f, "AML.T0011.000"));
      assert_true(cites(f, "CWE-502"));
    } else {
      assert_null(f);
    }
    tmc_ir_free(ir);
  }
}

/* A4: a model on a box at a site nobody guards (an unmanned pumping
 * station, a cell site, a ticket kiosk in a station hall) can be copied by
 * whoever reaches the box (TMC-ML-190: ML05, AML.T0044). The same model on
 * an industrial PC on a staffed press line, or on people's phones
 * (TMC-ML-010's), gets no such finding. */
static void test_model_at_unguarded_site(void **state) {
  (void)state;
  static const char *const sites[][4] = {
      /* outer zone, inner zone, model, expect */
      {"Pumping station 14 (unmanned)", "Edge cabinet", "Leak detector (ONNX)", "y"},
      {"Cell sites (x2,300)", "Baseband unit", "Traffic anomaly model", "y"},
      {"Wind park Oberhausen", "Umspannwerk", "Anomaly scorer (ONNX)", "y"},
      {"Station hall", "Ticket kiosk", "Age estimator (TFLite)", "y"},
      {"Press line 3", "Industrial PC", "Defect detector (ONNX)", "n"},
      {NULL, NULL, NULL, NULL}};
  for (size_t i = 0; sites[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  subgraph cluster_s { label=\"%s\";\n"
             "    subgraph cluster_b { label=\"%s\";\n"
             "      col [type=process, label=\"Collector\"];\n"
             "      m [type=model, label=\"%s\"];\n"
             "    }\n"
             "  }\n"
             "  subgraph cluster_c { label=\"Head office data centre\";\n"
             "    hist [type=data_store, label=\"Alarm history\"];\n"
             "  }\n"
             "  col -> m [label=\"readings\"]; m -> col [label=\"score\"];\n"
             "  col -> hist [label=\"alarms\"];\n"
             "}\n",
             sites[i][0], sites[i][1], sites[i][2]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-ML-190", "m");
    if (sites[i][3][0] == 'y') {
      /* a TFLite model counts as on people's devices: TMC-ML-010 says it */
      assert_true(any_cites(ir, "m", "ML05:2023"));
      assert_true(any_cites(ir, "m", "AML.T0044"));
      assert_true(f || finding(ir, "TMC-ML-010", "m"));
    } else {
      assert_null(f);
    }
    tmc_ir_free(ir);
  }
}

/* A1: the system's copy of data others publish (a Common Crawl slice, a
 * Kaggle download, an open-data extract), nothing drawn writing it, read
 * by training: a data supply chain (TMC-SUPPLY-190: AML.T0010.002, ML06).
 * The company's own ticket export, or a set its own job fills, is not. */
static void test_published_copy_feeds_training(void **state) {
  (void)state;
  static const char *const sets[][2] = {{"Common Crawl slice (CC-MAIN-2024-10)", "y"},
                                        {"Kaggle reviews download", "y"},
                                        {"Open data portal extract", "y"},
                                        {"Support ticket export", "n"},
                                        {NULL, NULL}};
  for (size_t i = 0; sets[i][0]; i++) {
    char dot[1536];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  subgraph cluster_c { label=\"ML platform\";\n"
             "    ds [type=dataset, label=\"%s\"];\n"
             "    tr [type=pipeline, label=\"Training job\"];\n"
             "    reg [type=model_registry, label=\"Model registry\"];\n"
             "  }\n"
             "  ds -> tr [label=\"read\"]; tr -> reg [label=\"new version\"];\n"
             "}\n",
             sets[i][0]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-SUPPLY-190", "ds");
    if (sets[i][1][0] == 'y')
      assert_true(cites(f, "AML.T0010.002") && cites(f, "ML06:2023"));
    else
      assert_null(f);
    tmc_ir_free(ir);
  }
  static const char fed[] = "digraph g {\n"
                            "  crawl [type=process, label=\"Crawler job\"];\n"
                            "  ds [type=dataset, label=\"Scraped pages (public web)\"];\n"
                            "  tr [type=pipeline, label=\"Training job\"];\n"
                            "  reg [type=model_registry, label=\"Model registry\"];\n"
                            "  crawl -> ds; ds -> tr; tr -> reg;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(fed, cat, NULL);
  assert_false(ir->elements[elem(ir, "ds")].facts.published_copy);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_verdict_back_to_sender),
      cmocka_unit_test(test_aggregator_that_scores_rounds),
      cmocka_unit_test(test_model_bundled_in_the_app),
      cmocka_unit_test(test_retraining_loads_checkpoints),
      cmocka_unit_test(test_model_at_unguarded_site),
      cmocka_unit_test(test_published_copy_feeds_training),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
