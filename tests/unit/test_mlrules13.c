/* test_mlrules13.c - issue #15, classic models, their training and their
 * supply chain (mlrules13): each family drawn in wordings the tuning sets
 * did not use, where its precondition holds and where it does not. A model
 * whose name says how it was made is served, not a training job; what a
 * public hub hands out along each flow says which supply chain it is
 * (weights, a dataset). tests/blind3 and tests/blind4 are where these
 * families were missed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A model named by how it was made ("fine-tune", "refit", "retraining")
 * that only answers the code asking it is the trained model, served: what
 * people send reaches it and can be shaped to evade it. A model that
 * writes what it makes into a registry is still the training job. */
static void test_model_named_by_its_training(void **state) {
  (void)state;
  static const char d[] =
      "digraph shop {\n"
      "  buyers [type=external, label=\"Buyers\"];\n"
      "  subgraph cluster_prod { label=\"prod\";\n"
      "    web [label=\"Marketplace web app\"];\n"
      "    mod [label=\"Listing checker\"];\n"
      "    clf [type=model, label=\"Counterfeit detector (monthly refit)\"];\n"
      "    db [type=data_store, label=\"Listings DB\"];\n"
      "  }\n"
      "  buyers -> web [label=\"listing text, photos\"];\n"
      "  web -> mod [label=\"new listing\"];\n"
      "  mod -> clf [label=\"text + image\"];\n"
      "  clf -> mod [label=\"score\"];\n"
      "  mod -> db [label=\"publish or hold\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  uint32_t clf = elem(ir, "clf");
  assert_false(TMC_ROLESET_HAS(ir->elements[clf].roles, TMC_ROLE_TRAINER));
  assert_true(any_cites(ir, "clf", "ML01:2023"));
  tmc_ir_free(ir);

  /* Worded otherwise ("fine-tuning v3"); beside it, a model named as a
   * retraining step that registers what it makes keeps the trainer role. */
  static const char d2[] =
      "digraph tickets {\n"
      "  users [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_prod { label=\"prod\";\n"
      "    api [label=\"Ticket API\"];\n"
      "    router [type=model, label=\"Ticket router BERT fine-tuning v3\"];\n"
      "    hist [type=data_store, label=\"Ticket history\"];\n"
      "    fit [type=model, label=\"Router retraining (weekly)\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "  }\n"
      "  users -> api [label=\"ticket text\"];\n"
      "  api -> router [label=\"text\"];\n"
      "  router -> api [label=\"queue\"];\n"
      "  api -> hist;\n"
      "  hist -> fit; fit -> reg [label=\"register\"];\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "router")].roles, TMC_ROLE_TRAINER));
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "fit")].roles, TMC_ROLE_TRAINER));
  assert_true(any_cites(ir, "router", "ML01:2023"));
  tmc_ir_free(ir);
}

/* A public hub hands out weights and datasets: the flow into the system's
 * copy of the weights is the model supply chain (AML.T0010.003), the
 * dataset pulled from the same hub is data (AML.T0010.002), not weights
 * (no model-tampering findings on a corpus). ModelScope into a mirror
 * bucket and a dataset; then a public catalog into an LLM drawn as the
 * copy, fine-tuned (ML07). A hub's model pulled straight into the code
 * that serves it is TMC-SUPPLY-013's, not this. */
static void test_hub_weights_and_datasets(void **state) {
  (void)state;
  static const char d[] =
      "digraph mt {\n"
      "  ms [type=external, label=\"ModelScope\"];\n"
      "  subgraph cluster_gpu { label=\"GPU cluster\";\n"
      "    mirror [type=data_store, label=\"Base weights mirror (OSS bucket)\"];\n"
      "    corpus [type=dataset, label=\"Parallel sentences corpus\"];\n"
      "    tune [label=\"Fine-tune job\"];\n"
      "    out [type=model_registry, label=\"Model registry\"];\n"
      "  }\n"
      "  ms -> mirror [label=\"snapshot download\"];\n"
      "  ms -> corpus [label=\"dataset download\"];\n"
      "  mirror -> tune; corpus -> tune; tune -> out;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-SUPPLY-014", "ms->mirror"), "AML.T0010.003"));
  assert_null(finding(ir, "TMC-SUPPLY-014", "ms->corpus"));
  assert_false(ir->elements[elem(ir, "corpus")].facts.model_artifacts);
  assert_true(cites(finding(ir, "TMC-SUPPLY-003", "corpus"), "AML.T0010.002"));
  assert_null(finding(ir, "TMC-MLOPS-007", "corpus"));
  tmc_ir_free(ir);

  /* An LLM drawn as the downloaded copy, fine-tuned after (ML07); a
   * classic model pulled the same way is a vendor's download installed
   * into the model (TMC-SUPPLY-012 says it, once). */
  static const char d2[] =
      "digraph vision {\n"
      "  hub [type=model_registry, label=\"NGC catalog (public)\"];\n"
      "  subgraph cluster_ml { label=\"ML platform\";\n"
      "    base [type=llm, label=\"Nemotron base (as published)\"];\n"
      "    cv [type=model, label=\"Shelf detector backbone\"];\n"
      "    notes [type=dataset, label=\"Store notes\"];\n"
      "    train [type=pipeline, label=\"Domain adaptation job\"];\n"
      "    reg [type=model_registry, label=\"Registry\"];\n"
      "  }\n"
      "  hub -> base [label=\"download\"];\n"
      "  hub -> cv [label=\"download\"];\n"
      "  base -> train; cv -> train; notes -> train; train -> reg;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-SUPPLY-014", "hub->base");
  assert_true(cites(f, "AML.T0010.003"));
  assert_true(cites(f, "ML07:2023"));
  assert_true(any_cites(ir, "hub->cv", "AML.T0010.003"));
  assert_null(finding(ir, "TMC-SUPPLY-014", "hub->cv"));
  tmc_ir_free(ir);

  /* the hub's model loaded straight by the server: not a copy */
  static const char d3[] = "digraph srv {\n"
                           "  hf [type=external, label=\"Hugging Face\"];\n"
                           "  u [type=external, label=\"Users\"];\n"
                           "  subgraph cluster_p { label=\"prod\";\n"
                           "    api [label=\"Summariser service\"];\n"
                           "  }\n"
                           "  hf -> api [label=\"from_pretrained at start\"];\n"
                           "  u -> api; api -> u;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_null(finding(ir, "TMC-SUPPLY-014", "hf->api"));
  tmc_ir_free(ir);
}

/* The system's own model on a managed cloud endpoint, drawn with an
 * internal caller only: the endpoint is on the provider's API, reachable
 * by any identity with predict rights (TMC-ML-026: extraction, and
 * membership where it learnt from the system's records). A SageMaker
 * endpoint trained here; an Azure ML online endpoint; not a batch
 * endpoint nobody asks, and not where outsiders are drawn calling it
 * (TMC-ML-001 to -006 say it there). */
static void test_managed_endpoint_beyond_its_caller(void **state) {
  (void)state;
  static const char d[] =
      "digraph claims {\n"
      "  subgraph cluster_aws { label=\"AWS account claims-prod\";\n"
      "    svc [label=\"Claims intake service\"];\n"
      "    ep [type=model, label=\"SageMaker endpoint fraud-xgb\"];\n"
      "    hist [type=data_store, label=\"Claims history (S3)\"];\n"
      "    fit [type=pipeline, label=\"Training job\"];\n"
      "    reg [type=model_registry, label=\"Model registry\"];\n"
      "  }\n"
      "  svc -> ep [label=\"features\"]; ep -> svc [label=\"fraud score\"];\n"
      "  svc -> hist; hist -> fit; fit -> reg; reg -> ep [label=\"deploy\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-ML-026", "ep");
  assert_true(cites(f, "ML05:2023"));
  assert_true(cites(f, "ML04:2023"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph batch {\n"
      "  subgraph cluster_az { label=\"Azure subscription\";\n"
      "    online [type=model, label=\"Azure ML online endpoint (risk)\"];\n"
      "    app [label=\"Loan desk app\"];\n"
      "    batch [type=model, label=\"Azure ML batch endpoint (nightly)\"];\n"
      "    feats [type=data_store, label=\"Features\"];\n"
      "    out [type=data_store, label=\"Scores table\"];\n"
      "  }\n"
      "  app -> online [label=\"applicant features\"];\n"
      "  online -> app [label=\"risk band\"];\n"
      "  feats -> batch; batch -> out;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-ML-026", "online"));
  /* nothing trained here is drawn: no membership to infer */
  assert_false(cites(finding(ir, "TMC-ML-026", "online"), "ML04:2023"));
  assert_null(finding(ir, "TMC-ML-026", "batch"));
  tmc_ir_free(ir);

  /* outsiders drawn calling it: the inference-API rules say it */
  static const char d3[] = "digraph pub {\n"
                           "  u [type=external, label=\"Partners\"];\n"
                           "  subgraph cluster_gcp { label=\"GCP project\";\n"
                           "    gw [label=\"API gateway\"];\n"
                           "    ep [type=model, label=\"Vertex AI endpoint pricing\"];\n"
                           "  }\n"
                           "  u -> gw [label=\"HTTPS\"]; gw -> ep; ep -> gw; gw -> u;\n"
                           "}\n";
  ir = analyse_with(d3, cat, NULL);
  assert_null(finding(ir, "TMC-ML-026", "ep"));
  assert_non_null(finding(ir, "TMC-ML-004", "ep"));
  tmc_ir_free(ir);
}

/* A model drawn as the file a trainer writes and the service loads at
 * start-up: the service is what callers query (extraction, membership,
 * evasion there) and loading the file runs what it holds (AML.T0011.000).
 * A joblib file a retraining job writes, loaded by a pricing API an app
 * calls; a model the service asks and reads an answer from is the model
 * itself, no file (its findings stay on it). */
static void test_model_file_loaded_by_the_service(void **state) {
  (void)state;
  static const char d[] = "digraph pricing {\n"
                          "  app [type=external, label=\"Dealer mobile app\"];\n"
                          "  subgraph cluster_p { label=\"Azure subscription\";\n"
                          "    api [label=\"Used-car pricing API\"];\n"
                          "    sales [type=data_store, label=\"Auction results\"];\n"
                          "    job [type=pipeline, label=\"Nightly retraining\"];\n"
                          "    m [type=model, label=\"price-gbm (joblib)\"];\n"
                          "  }\n"
                          "  app -> api [label=\"make, model, mileage\"];\n"
                          "  api -> app [label=\"price range\"];\n"
                          "  sales -> job; job -> m [label=\"write\"];\n"
                          "  m -> api [label=\"read on deploy\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  uint32_t api = elem(ir, "api");
  assert_true(ir->elements[api].facts.loads_model_file);
  assert_true(ir->elements[api].facts.hosts_model);
  assert_true(any_cites(ir, "api", "ML05:2023"));
  assert_true(any_cites(ir, "api", "ML04:2023"));
  assert_true(any_cites(ir, "api", "ML01:2023"));
  assert_true(cites(finding(ir, "TMC-MLOPS-002", "api"), "AML.T0011.000"));
  tmc_ir_free(ir);
  /* precision20: the same file as ONNX carries no code: no TMC-MLOPS-002 */
  char onnx[sizeof d];
  memcpy(onnx, d, sizeof d);
  char *fmt = strstr(onnx, "(joblib)");
  memcpy(fmt, "(ONNX)  ", 8);
  ir = analyse_with(onnx, cat, NULL);
  assert_true(ir->elements[elem(ir, "api")].facts.loads_safe_format);
  assert_null(finding(ir, "TMC-MLOPS-002", "api"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph asked {\n"
      "  app [type=external, label=\"Customers\"];\n"
      "  subgraph cluster_p { label=\"prod\";\n"
      "    svc [label=\"Review service\"];\n"
      "    clf [type=model, label=\"Sentiment classifier\"];\n"
      "    job [type=pipeline, label=\"Training job\"];\n"
      "    data [type=dataset, label=\"Labelled reviews\"];\n"
      "  }\n"
      "  app -> svc; svc -> app;\n"
      "  svc -> clf [label=\"text\"]; clf -> svc [label=\"label\"];\n"
      "  data -> job; job -> clf;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_false(ir->elements[elem(ir, "svc")].facts.loads_model_file);
  assert_false(ir->elements[elem(ir, "svc")].facts.hosts_model);
  tmc_ir_free(ir);
}

/* Feature gaming: the public writes records a model scores when it decides
 * (TMC-ML-027 on the flow). Members' listing texts that a ranking model reads
 * through a feature job; applicants' form fields a credit model reads.
 * Staff writing the same store, and a store only training reads, are not
 * that. */
static void test_public_writes_what_the_model_scores(void **state) {
  (void)state;
  static const char d[] =
      "digraph stays {\n"
      "  hosts [type=external, label=\"Members who rent out rooms\"];\n"
      "  ops [type=external, label=\"Trust & safety staff\"];\n"
      "  guests [type=external, label=\"Guests\"];\n"
      "  subgraph cluster_p { label=\"prod\";\n"
      "    listings [type=data_store, label=\"Listings DB\"];\n"
      "    fx [label=\"Feature builder\"];\n"
      "    rank [type=model, label=\"Search ranking model\"];\n"
      "    search [label=\"Search API\"];\n"
      "    hist [type=data_store, label=\"Booking history\"];\n"
      "    fit [type=pipeline, label=\"Training job\"];\n"
      "  }\n"
      "  hosts -> listings [label=\"title, amenities, photos\"];\n"
      "  ops -> listings [label=\"takedowns\"];\n"
      "  listings -> fx -> rank;\n"
      "  guests -> search; search -> rank; rank -> search; search -> guests;\n"
      "  guests -> hist [label=\"bookings\"]; hist -> fit; fit -> rank;\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-027", "hosts->listings"), "ML01:2023"));
  assert_null(finding(ir, "TMC-ML-027", "ops->listings"));
  /* the booking history only trains: poisoning, not gaming at scoring */
  assert_false(ir->elements[elem(ir, "hist")].facts.scored_by_model);
  assert_null(finding(ir, "TMC-ML-027", "guests->hist"));
  tmc_ir_free(ir);

  static const char d2[] = "digraph credit {\n"
                           "  app [type=external, label=\"Loan applicants\"];\n"
                           "  subgraph cluster_b { label=\"bank\";\n"
                           "    forms [type=data_store, label=\"Application forms\"];\n"
                           "    dec [label=\"Decision engine\"];\n"
                           "    pd [type=model, label=\"Credit risk model\"];\n"
                           "  }\n"
                           "  app -> forms [label=\"income, employer, address\"];\n"
                           "  forms -> dec; dec -> pd; pd -> dec;\n"
                           "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-ML-027", "app->forms"));
  tmc_ir_free(ir);
}

/* The model's uncertain band goes to people: code routing what outsiders
 * sent, by the score a model handed it, into a queue reviewers work from
 * can be flooded with inputs shaped to land there (TMC-ML-028). Listings
 * scored by a fraud model, routed by a rules engine into a manual review
 * queue; claims triaged by a classifier, routed into an adjuster's
 * worklist. A batch model writing its nightly scores for a report is not
 * asked faster by anyone. (Code that asks the model and routes the answer
 * itself carries no model_verdict flow: not covered yet.) */
static void test_review_queue_flood(void **state) {
  (void)state;
  static const char d[] = "digraph market {\n"
                          "  sellers [type=external, label=\"Sellers\"];\n"
                          "  analyst [type=external, label=\"Fraud analyst\"];\n"
                          "  subgraph cluster_p { label=\"marketplace\";\n"
                          "    listing [label=\"Listing service\"];\n"
                          "    risk [type=model, label=\"Listing fraud model\"];\n"
                          "    rules [label=\"Rules engine\"];\n"
                          "    hold [type=data_store, label=\"Manual review queue\"];\n"
                          "  }\n"
                          "  sellers -> listing [label=\"new listing\"];\n"
                          "  listing -> risk [label=\"features\"];\n"
                          "  risk -> rules [label=\"fraud score\"];\n"
                          "  rules -> hold [label=\"score 0.5-0.8: hold\"];\n"
                          "  hold -> analyst [label=\"cases\"];\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_true(cites(finding(ir, "TMC-ML-028", "rules->hold"), "AML.T0046"));
  tmc_ir_free(ir);

  static const char d2[] =
      "digraph claims {\n"
      "  c [type=external, label=\"Policyholders\"];\n"
      "  adj [type=external, label=\"Adjusters\"];\n"
      "  mgr [type=external, label=\"Portfolio manager\"];\n"
      "  subgraph cluster_p { label=\"insurer\";\n"
      "    intake [label=\"Claims intake\"];\n"
      "    tri [type=model, label=\"Claim triage classifier\"];\n"
      "    route [label=\"Claim router\"];\n"
      "    wl [type=data_store, label=\"Adjuster worklist\"];\n"
      "    hist [type=data_store, label=\"Claims history\"];\n"
      "    nightly [type=model, label=\"Reserve model (nightly batch)\"];\n"
      "    res [type=data_store, label=\"Reserve scores\"];\n"
      "  }\n"
      "  c -> intake [label=\"claim form, photos\"];\n"
      "  intake -> tri; tri -> route [label=\"triage band\"];\n"
      "  route -> wl [label=\"needs review\"]; wl -> adj;\n"
      "  intake -> hist; hist -> nightly; nightly -> res [label=\"reserve score\"];\n"
      "  res -> mgr;\n"
      "}\n";
  ir = analyse_with(d2, cat, NULL);
  assert_non_null(finding(ir, "TMC-ML-028", "route->wl"));
  assert_null(finding(ir, "TMC-ML-028", "nightly->res"));
  tmc_ir_free(ir);
}

/* Fan-out (perf14): the model-file and served-model checks ask, per edge,
 * whether the other end sends anything back; on a star that answer must
 * come from the edge (flowgraph's paired bit), not a scan of the hub. Big
 * enough that a per-edge scan of the hub is plainly slow; the result is
 * what is asserted, not the time. */
enum { FAN = 20000 };

static void test_fan_out_stars(void **state) {
  (void)state;
  /* FAN model files one valuation service loads, writing FAN stores; then
   * the same with the service asking the last model (an answer back: the
   * model is drawn apart, the service hosts none). */
  for (int asked = 0; asked < 2; asked++) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b, "digraph g {\n hub [label=\"Valuation service\"];\n");
    for (int i = 0; i < FAN; i++)
      tmc_buf_printf(&b,
                     " m%d [type=model, label=\"AVM %d model.pkl\"]; m%d -> hub;\n"
                     " s%d [shape=cylinder, label=\"Valuations %d\"]; hub -> s%d;\n",
                     i, i, i, i, i, i);
    if (asked)
      tmc_buf_printf(&b, " hub -> m%d [label=\"features\"];\n", FAN - 1);
    tmc_buf_printf(&b, "}\n");
    char *d = tmc_buf_detach(&b);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    uint32_t hub = elem(ir, "hub");
    assert_true(ir->elements[hub].facts.loads_model_file);
    assert_int_equal(ir->elements[hub].facts.hosts_model, !asked);
    tmc_ir_free(ir);
    free(d);
  }

  /* FAN services asking one model named by its refit: it only answers, so
   * it is served, no trainer; once it also writes a registry it is the
   * training job (and the federated-client check then asks of every
   * service whether the trainer is an aggregator). */
  for (int writes = 0; writes < 2; writes++) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(
        &b, "digraph g {\n m [type=model, label=\"Churn model (monthly refit)\"];\n");
    for (int i = 0; i < FAN; i++)
      tmc_buf_printf(&b,
                     " a%d [label=\"Service %d\"]; a%d -> m [label=\"score\"];"
                     " m -> a%d [label=\"score\"];\n",
                     i, i, i, i);
    if (writes)
      tmc_buf_printf(&b, " reg [shape=cylinder, label=\"Model registry\"];"
                         " m -> reg [label=\"weights\"];\n");
    tmc_buf_printf(&b, "}\n");
    char *d = tmc_buf_detach(&b);
    tmc_ir *ir = analyse_with(d, cat, NULL);
    uint32_t m = elem(ir, "m");
    assert_int_equal(TMC_ROLESET_HAS(ir->elements[m].roles, TMC_ROLE_TRAINER), writes);
    assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "a0")].roles, TMC_ROLE_TRAINER));
    tmc_ir_free(ir);
    free(d);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_named_by_its_training),
      cmocka_unit_test(test_hub_weights_and_datasets),
      cmocka_unit_test(test_managed_endpoint_beyond_its_caller),
      cmocka_unit_test(test_model_file_loaded_by_the_service),
      cmocka_unit_test(test_public_writes_what_the_model_scores),
      cmocka_unit_test(test_review_queue_flood),
      cmocka_unit_test(test_fan_out_stars),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
