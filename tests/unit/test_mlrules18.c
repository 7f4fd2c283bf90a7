/* test_mlrules18.c - ML ids on scored decisions, loops and batch models
 * (mlrules18, causes18 A4, D2, D3, D4 of blind17): a DOT edge's dir in an
 * undirected graph; no model skewing (ML08) where users upload the data
 * of the training they launch themselves; no pretrained-model supply
 * chain (ML07, AML.T0010.003) on a registry only the system's own trainer
 * fills; no extraction chain (TMC-PATH-004) on a model that scores a table
 * in batch; orders raised from a forecast read out of a table. Each family
 * is drawn in wordings of other domains than the tuning set's (credit,
 * insurance, ad-click fraud, demand forecasting, dynamic pricing), with
 * the case where the id must stay. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* dir says which way an undirected edge's data moves; back reverses it;
 * without dir the edge carries data both ways */
static void test_undirected_dir(void **state) {
  (void)state;
  static const char dot[] =
      "graph g {\n"
      "  a [label=\"Claims portal\"]; b [label=\"Claims DB\", shape=cylinder];\n"
      "  c [label=\"Scoring job\"]; d [label=\"Broker feed\", shape=oval];\n"
      "  a -- b [dir=forward, label=\"write claim\"];\n"
      "  c -- b [dir=back, label=\"read claims\"];\n"
      "  a -- d;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  uint32_t ab = flow(ir, "a", "b"), bc = flow(ir, "b", "c"), ad = flow(ir, "a", "d");
  assert_int_not_equal(ab, TMC_NONE);
  assert_int_not_equal(bc, TMC_NONE);
  assert_int_not_equal(ad, TMC_NONE);
  assert_false(ir->flows[ab].bidirectional);
  assert_false(ir->flows[bc].bidirectional);
  assert_int_equal(ir->flows[bc].src, elem(ir, "b")); /* dir=back: b -> c */
  assert_true(ir->flows[ad].bidirectional);
  tmc_ir_free(ir);
}

/* A self-service training service: each customer uploads a dataset and
 * launches the run that reads it. Nothing the model outputs comes back,
 * and no shared model learns from everyone: poisoning of one's own run
 * (ML02) at most, no skewing (ML08). Reviews the public keeps writing into
 * a set a scheduled trainer reads keep ML08. */
static void test_own_uploads_no_ml08(void **state) {
  (void)state;
  static const char *const fronts[][2] = {
      {"AutoML console (tenants upload CSVs, start runs)", "upload training CSV"},
      {"Self-service ML studio", "bring your own dataset"},
      {"Underwriting sandbox portal", "upload loss history"},
      {NULL, NULL}};
  for (size_t i = 0; fronts[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  users [type=external, label=\"Customers' data scientists\"];\n"
             "  subgraph cluster_p { label=\"Platform VPC\";\n"
             "    portal [type=process, label=\"%s\"];\n"
             "    q [type=process, label=\"Job queue controller\"];\n"
             "    data [type=dataset, label=\"Tenant datasets bucket\"];\n"
             "    train [type=pipeline, label=\"Training workers (GPU)\"];\n"
             "    out [type=data_store, label=\"Trained model artefacts\"];\n"
             "  }\n"
             "  users -> portal [label=\"%s\"];\n"
             "  portal -> data [label=\"write\"];\n"
             "  portal -> q [label=\"submit run\"];\n"
             "  q -> train [label=\"launch\"];\n"
             "  data -> train [label=\"read\"];\n"
             "  train -> out [label=\"weights\"];\n"
             "  out -> portal [label=\"download\"];\n"
             "  portal -> out [label=\"delete, rename\"];\n"
             "}\n",
             fronts[i][0], fronts[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_false(ir->elements[elem(ir, "data")].facts.skewable);
    assert_false(any_cites(ir, "data", "ML08"));
    assert_false(any_cites(ir, "train", "ML08"));
    tmc_ir_free(ir);
  }
  static const char reviews[] =
      "digraph g {\n"
      "  shoppers [type=external, label=\"Shoppers\"];\n"
      "  app [type=process, label=\"Store web app\"];\n"
      "  rev [type=dataset, label=\"Product reviews table\"];\n"
      "  cron [type=process, label=\"Nightly scheduler\"];\n"
      "  train [type=pipeline, label=\"Sentiment retrain job\"];\n"
      "  m [type=model, label=\"Sentiment model\"];\n"
      "  shoppers -> app [label=\"write review\"];\n"
      "  app -> rev; cron -> train [label=\"start\"];\n"
      "  rev -> train; train -> m [label=\"new weights\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(reviews, cat, NULL);
  assert_true(ir->elements[elem(ir, "rev")].facts.skewable);
  assert_true(any_cites(ir, "rev", "ML08"));
  tmc_ir_free(ir);
}

/* A registry only the system's own trainer fills (AutoML from scratch)
 * holds no pretrained model, even named as a package group: no
 * AML.T0010.003 / ML07 there. A hub that feeds the same registry keeps it. */
static void test_own_registry_no_pretrained(void **state) {
  (void)state;
  static const char *const registries[] = {"MLflow Model Registry\nchurn package",
                                           "SageMaker model package group\nclaims-fraud",
                                           "Azure ML registry\nmodel packages", NULL};
  for (size_t i = 0; registries[i]; i++) {
    for (int hub = 0; hub < 2; hub++) {
      char dot[2048];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  d [label=\"Ad clicks + chargebacks\\nlabelled table\", shape=folder];\n"
               "  t [label=\"Vertex AI AutoML Tabular\\nweekly training job\", "
               "shape=component];\n"
               "  r [label=\"%s\", shape=cylinder];\n"
               "  s [label=\"click-fraud-xgb\\nonline endpoint\", shape=box3d];\n"
               "  api [label=\"Ad server\"];\n"
               "  %s\n"
               "  d -> t; t -> r [label=\"best model\"];\n"
               "  r -> s [label=\"deploy when approved\"];\n"
               "  api -> s [label=\"features\"]; s -> api [label=\"score\"];\n"
               "}\n",
               registries[i],
               hub ? "h [type=external, label=\"Hugging Face Hub\"]; h -> r "
                     "[label=\"mirror\"];"
                   : "");
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      if (hub)
        assert_true(any_cites(ir, NULL, "AML.T0010.003"));
      else
        assert_int_equal(count_rule(ir, "TMC-SUPPLY-001"), 0);
      tmc_ir_free(ir);
    }
  }
}

/* A model that scores a table in batch is queried by nobody: no
 * extraction or inversion chain, though a partner's file reaches its
 * inputs. The same model answering a quote API keeps the chain. */
static void test_batch_scoring_no_extraction(void **state) {
  (void)state;
  static const char *const models[] = {"claims_propensity\nbatch inference (nightly)",
                                       "credit-limit model\nSageMaker Batch Transform",
                                       "price elasticity model - offline scoring", NULL};
  for (size_t i = 0; models[i]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  broker [type=external, label=\"Broker bordereaux (SFTP)\"];\n"
             "  subgraph cluster_w { label=\"Analytics workspace\";\n"
             "    feat [type=process, label=\"feature build\"];\n"
             "    m [type=model, label=\"%s\"];\n"
             "    out [type=data_store, label=\"scores table\"];\n"
             "  }\n"
             "  broker -> feat [label=\"policy rows\"];\n"
             "  feat -> m [label=\"features\"];\n"
             "  m -> out [label=\"write scores\"];\n"
             "}\n",
             models[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "m")].facts.batch_scored);
    assert_int_equal(count_rule(ir, "TMC-PATH-004"), 0);
    tmc_ir_free(ir);
  }
  static const char online[] =
      "digraph g {\n"
      "  client [type=external, label=\"Price comparison sites\"];\n"
      "  subgraph cluster_w { label=\"Quote platform\";\n"
      "    api [type=process, label=\"Quote API\"];\n"
      "    m [type=model, label=\"Claims propensity model\"];\n"
      "  }\n"
      "  client -> api [label=\"quote request\"];\n"
      "  api -> m [label=\"features\"];\n"
      "  m -> api [label=\"score\"];\n"
      "  api -> client [label=\"premium\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(online, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.batch_scored);
  assert_true(count_rule(ir, "TMC-PATH-004") > 0);
  tmc_ir_free(ir);
}

/* Orders raised by code that reads the forecast out of the table the
 * model writes, nobody between: AML.T0048.000. A buyer who approves the
 * proposal before it goes out is between. */
static void test_orders_from_forecast_table(void **state) {
  (void)state;
  static const char *const orders[] = {"POs", "EDI ORDERS D96A", "supplier call-offs",
                                       "purchase order lines", NULL};
  for (size_t i = 0; orders[i]; i++) {
    for (int buyer = 0; buyer < 2; buyer++) {
      char dot[2048];
      snprintf(dot, sizeof dot,
               "digraph g {\n"
               "  m [type=model, label=\"Demand forecaster (Prophet)\"];\n"
               "  fc [type=data_store, label=\"forecast table\"];\n"
               "  job [type=process, label=\"replenishment job\"];\n"
               "  sup [type=external, label=\"Supplier EDI hub\"];\n"
               "  %s\n"
               "  m -> fc [label=\"write\"]; fc -> job;\n"
               "  job -> sup [label=\"%s\"];\n"
               "}\n",
               buyer
                   ? "b [type=external, label=\"Buyers\"]; b -> job [label=\"approve\"];"
                   : "",
               orders[i]);
      tmc_ir *ir = analyse_with(dot, cat, NULL);
      uint32_t f = flow(ir, "job", "sup");
      assert_int_equal(ir->flows[f].facts.auto_orders, buyer == 0);
      assert_int_equal(any_cites(ir, "job->sup", "AML.T0048.000"), buyer == 0);
      tmc_ir_free(ir);
    }
  }
}

/* A vendor's data the system only takes in, trains on and decides with:
 * AML.T0010.002 / ML06 where it enters. The stores' own tills, the staff
 * and a partner the system also answers are no vendor feed. */
static void test_vendor_feed(void **state) {
  (void)state;
  static const char *const feeds[][2] = {{"Experian", "bureau data, monthly"},
                                         {"SEON", "email and IP reputation"},
                                         {"DTN", "weather forecast files (SFTP)"},
                                         {"PriceSpider", "competitor prices, daily CSV"},
                                         {NULL, NULL}};
  for (size_t i = 0; feeds[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  v [type=external, label=\"%s\"];\n"
             "  shop [type=external, label=\"Merchant checkout\"];\n"
             "  subgraph cluster_c { label=\"Risk platform\";\n"
             "    api [type=process, label=\"decision service\"];\n"
             "    m [type=model, label=\"risk model (LightGBM)\"];\n"
             "    lake [type=dataset, label=\"training table\"];\n"
             "    t [type=pipeline, label=\"weekly retrain\"];\n"
             "  }\n"
             "  v -> api [label=\"%s\"];\n"
             "  shop -> api [label=\"application\"]; api -> shop [label=\"decision\"];\n"
             "  api -> m [label=\"features\"]; m -> api [label=\"score\"];\n"
             "  api -> lake [label=\"features + outcome\"];\n"
             "  lake -> t; t -> m [label=\"new model\"];\n"
             "}\n",
             feeds[i][0], feeds[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "v")].facts.vendor_feed);
    assert_false(ir->elements[elem(ir, "shop")].facts.vendor_feed);
    assert_true(cites(finding(ir, "TMC-SUPPLY-185", "v->api"), "AML.T0010.002"));
    tmc_ir_free(ir);
  }
  /* no model trained on it: no supply-chain id on the data */
  static const char plain[] =
      "digraph g {\n"
      "  v [type=external, label=\"DTN\"];\n"
      "  api [type=process, label=\"Dispatch planner\"];\n"
      "  db [type=data_store, label=\"plans\"];\n"
      "  v -> api [label=\"weather forecast files\"]; api -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(plain, cat, NULL);
  assert_false(ir->elements[elem(ir, "v")].facts.vendor_feed);
  assert_int_equal(count_rule(ir, "TMC-SUPPLY-185"), 0);
  tmc_ir_free(ir);
}

/* Evasion by probing: outsiders shape the requests a scorer decides on
 * (a loan application, a claim, an ad click, a card authorisation) and
 * see the decision: AML.T0015 on the model or where their requests enter. */
static void test_probing_evasion(void **state) {
  (void)state;
  static const char *const callers[][3] = {
      {"Applicants (web form)", "loan application", "approve / refer / decline"},
      {"Policyholders' claims app", "first notice of loss", "fast-track or investigate"},
      {"Ad exchange bid requests", "click + device fields", "bill / discard"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; callers[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  x [type=external, label=\"%s\"];\n"
             "  subgraph cluster_c { label=\"Our cloud\";\n"
             "    svc [type=process, label=\"decision service\"];\n"
             "    m [type=model, label=\"risk scorer (XGBoost)\"];\n"
             "  }\n"
             "  x -> svc [label=\"%s\"]; svc -> x [label=\"%s\"];\n"
             "  svc -> m [label=\"features\"]; m -> svc [label=\"score\"];\n"
             "}\n",
             callers[i][0], callers[i][1], callers[i][2]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(any_cites(ir, "m", "AML.T0015") || any_cites(ir, "x->svc", "AML.T0015"));
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_undirected_dir),
      cmocka_unit_test(test_own_uploads_no_ml08),
      cmocka_unit_test(test_own_registry_no_pretrained),
      cmocka_unit_test(test_batch_scoring_no_extraction),
      cmocka_unit_test(test_orders_from_forecast_table),
      cmocka_unit_test(test_vendor_feed),
      cmocka_unit_test(test_probing_evasion),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
