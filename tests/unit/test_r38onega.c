/* test_r38onega.c - what blind38's Karelian axle-box predictor taught
 * (thirty-fourth session, helper r38onega), drawn here in other words and
 * another domain (a water utility's pump-failure scorer):
 *   - a plain store that the system's own training step writes a model
 *     into, loaded by a service that also takes fresh data in and answers,
 *     on a page that draws no model yet, is the model registry, and the
 *     service the model served from it: the model need not be known first.
 *     Not where the loader is named for something else, or the page draws
 *     the model beside the service, or the loader takes nothing else in;
 *   - Russian and Ukrainian name a service by its head and then the task
 *     in the genitive ("Сервис скоринга насосов", "Служба оцінки"): the
 *     task still says the model;
 *   - a registry the service loads the newest model from ("newest file",
 *     "новейший файл") takes each run's model in the served one's place:
 *     TMC-MLOPS-205 on the training step's arrow, with the erosion run
 *     after run that no comparison stops (AML.T0031); quiet where the
 *     service loads a version it names;
 *   - an outside party signing in where many share one login ("спільний
 *     обліковий запис", "общая учётка" of a remote-access gateway) starts
 *     with Valid Accounts (AML.T0012), not with exploiting the service;
 *   - data loggers on the organisation's own vehicles ("data loggers",
 *     "бортовые регистраторы") are sensors; uploading straight into the
 *     store the model scores from, nothing checking which unit sends, their
 *     forged uploads flood the model (TMC-PATH-040: AML.T0046, AML.T0029)
 *     as through a broker; nobody stands in front of a logger, so that
 *     route is no physical evasion (TMC-PATH-031), which a camera keeps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* The weekly retrain writes into obj, which svc loads beside the live
 * telemetry; EXTRA adds elements and flows inside the utility's zone. */
#define PUMPS(STORE, SERVICE, EXTRA)                                                     \
  "digraph pumps {\n"                                                                    \
  "  subgraph cluster_u { label=\"Utility network\";\n"                                  \
  "    tele [label=\"Telemetry store\\n(InfluxDB)\", shape=cylinder];\n"                 \
  "    fit [label=\"Weekly retrain\\n(XGBoost)\"];\n"                                    \
  "    obj [label=\"" STORE "\", shape=folder];\n"                                       \
  "    svc [label=\"" SERVICE "\"];\n"                                                   \
  "    ui [label=\"Control room screen\"];\n" EXTRA "  }\n"                              \
  "  eng [label=\"Shift engineers\", shape=ellipse];\n"                                  \
  "  tele -> fit [label=\"history\"];\n"                                                 \
  "  fit -> obj [label=\"model, when it beats the last one\"];\n"                        \
  "  obj -> svc [label=\"latest file\"]; tele -> svc [label=\"last hour\"];\n"           \
  "  svc -> ui; ui -> eng;\n"                                                            \
  "}\n"

static void test_store_a_model_is_written_into_and_loaded(void **state) {
  (void)state;
  const char *dot = PUMPS("Object storage\\n(Ceph)", "Pump failure scoring service", "");
  assert_int_equal(kind_in(dot, "obj"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_in(dot, "svc"), TMC_KIND_MODEL);
}

static void test_genitive_task_after_the_head(void **state) {
  (void)state;
  const char *ru =
      PUMPS("Ceph\\nхранилище", "Сервис скоринга насосов\\n(каждый час)", "");
  assert_int_equal(kind_in(ru, "obj"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_in(ru, "svc"), TMC_KIND_MODEL);
  const char *uk = PUMPS("Ceph\\nсховище", "Служба оцінки насосів", "");
  assert_int_equal(kind_in(uk, "svc"), TMC_KIND_MODEL);
}

static void test_other_loaders_keep_a_store(void **state) {
  (void)state;
  /* a service named for something else */
  assert_int_equal(kind_in(PUMPS("Object storage", "Notification service", ""), "obj"),
                   TMC_KIND_DATA_STORE);
  /* the page draws the model, beside the service that loads its file */
  assert_int_equal(
      kind_in(
          PUMPS("Object storage", "Pump failure scoring service",
                "    clf [label=\"Failure classifier\\n(gradient boosting)\"];\n"
                "    svc -> clf [label=\"features\"]; clf -> svc [label=\"score\"];\n"),
          "obj"),
      TMC_KIND_DATA_STORE);
}

static void test_loader_taking_nothing_else_keeps_a_store(void **state) {
  (void)state;
  const char *dot = "digraph p {\n"
                    "  subgraph cluster_u { label=\"Utility network\";\n"
                    "    tele [label=\"Telemetry store\", shape=cylinder];\n"
                    "    fit [label=\"Weekly retrain\\n(XGBoost)\"];\n"
                    "    obj [label=\"Object storage\", shape=folder];\n"
                    "    svc [label=\"Pump failure scoring service\"];\n"
                    "  }\n"
                    "  eng [label=\"Shift engineers\", shape=ellipse];\n"
                    "  tele -> fit; fit -> obj [label=\"model\"];\n"
                    "  obj -> svc; svc -> eng;\n"
                    "}\n";
  assert_int_equal(kind_in(dot, "obj"), TMC_KIND_DATA_STORE);
}

/* Does a finding of rule on the DOT flow "src -> dst" cite id? */
static bool flow_cites(const char *dot, const char *rule, const char *flow,
                       const char *id) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  bool found = false;
  for (uint32_t i = 0; i < ir->n_findings && !found; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_FLOW || strcmp(f->rule_id, rule) != 0 ||
        strcmp(ir->flows[f->target].id, flow) != 0)
      continue;
    for (uint32_t k = 0; k < f->atlas.n && !found; k++)
      found = strcmp(f->atlas.v[k], id) == 0;
  }
  tmc_ir_free(ir);
  return found;
}

#define PUMPS_READ(HOW)                                                                  \
  "digraph pumps {\n"                                                                    \
  "  subgraph cluster_u { label=\"Utility network\";\n"                                  \
  "    tele [label=\"Telemetry store\", shape=cylinder];\n"                              \
  "    fit [label=\"Weekly retrain\\n(XGBoost)\"];\n"                                    \
  "    obj [label=\"Object storage\", shape=folder];\n"                                  \
  "    svc [label=\"Pump failure scoring service\"];\n"                                  \
  "  }\n"                                                                                \
  "  eng [label=\"Shift engineers\", shape=ellipse];\n"                                  \
  "  tele -> fit; fit -> obj [label=\"model\"];\n"                                       \
  "  obj -> svc [label=\"" HOW "\"]; tele -> svc; svc -> eng;\n"                         \
  "}\n"

static void test_newest_model_replaces_the_served_one(void **state) {
  (void)state;
  assert_true(
      flow_cites(PUMPS_READ("newest file"), "TMC-MLOPS-205", "fit -> obj", "AML.T0031"));
  assert_true(flow_cites(PUMPS_READ("новейший файл"), "TMC-MLOPS-205", "fit -> obj",
                         "AML.T0031"));
  assert_true(flow_cites(PUMPS_READ("найновіша модель"), "TMC-MLOPS-205", "fit -> obj",
                         "AML.T0018"));
  /* a version the service names is kept apart */
  assert_false(flow_cites(PUMPS_READ("version 12, pinned"), "TMC-MLOPS-205", "fit -> obj",
                          "AML.T0018"));
}

/* A vendor's engineers reach the telemetry store through the utility's
 * remote-access gateway, named as GATEWAY. */
#define VENDOR(GATEWAY)                                                                  \
  "digraph pumps {\n"                                                                    \
  "  subgraph cluster_u { label=\"Utility network\";\n"                                  \
  "    gw [label=\"" GATEWAY "\"];\n"                                                    \
  "    tele [label=\"Telemetry store\", shape=cylinder];\n"                              \
  "    fit [label=\"Weekly retrain\\n(XGBoost)\"];\n"                                    \
  "    obj [label=\"Object storage\", shape=folder];\n"                                  \
  "    svc [label=\"Pump failure scoring service\"];\n"                                  \
  "  }\n"                                                                                \
  "  ven [label=\"Pump vendor engineers\", shape=ellipse];\n"                            \
  "  eng [label=\"Shift engineers\", shape=ellipse];\n"                                  \
  "  ven -> gw; gw -> tele [dir=both];\n"                                                \
  "  tele -> fit; fit -> obj [label=\"model\"];\n"                                       \
  "  obj -> svc [label=\"newest file\"]; tele -> svc; svc -> eng;\n"                     \
  "}\n"

/* Does some path from the vendor name Valid Accounts on its hop into the
 * gateway (the entry's own hop may say it for staff anyway)? */
static bool vendor_signs_in(const char *dot) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  bool named = false;
  for (uint32_t i = 0; i < ir->n_paths && !named; i++) {
    const tmc_path *p = &ir->paths[i];
    for (uint32_t h = 0; p->entry == el(ir, "ven") && h < p->n_hops && !named; h++)
      named = p->hops[h].element == el(ir, "gw") &&
              technique_is(p->hops[h].technique, "AML.T0012");
  }
  tmc_ir_free(ir);
  return named;
}

static void test_shared_login_is_valid_accounts(void **state) {
  (void)state;
  assert_true(
      vendor_signs_in(VENDOR("Шлюз віддаленого доступу\\n(спільний обліковий запис)")));
  assert_true(vendor_signs_in(VENDOR("Шлюз удалённого доступа\\n(общая учётка)")));
  /* a gateway that says nothing of its logins */
  assert_false(vendor_signs_in(VENDOR("Remote access gateway")));
}

/* Units on the buses upload into the readings store the scorer reads,
 * beside the weekly retrain's model. */
#define BUSES(UNITS)                                                                     \
  "digraph buses {\n"                                                                    \
  "  subgraph cluster_u { label=\"Bus depot network\";\n"                                \
  "    ts [label=\"Readings\\n(InfluxDB)\", shape=cylinder];\n"                          \
  "    fit [label=\"Weekly retrain\\n(LightGBM)\"];\n"                                   \
  "    obj [label=\"Object storage\", shape=folder];\n"                                  \
  "    svc [label=\"Brake wear scoring service\"];\n"                                    \
  "  }\n"                                                                                \
  "  log [label=\"" UNITS "\"];\n"                                                       \
  "  ws [label=\"Workshop planners\", shape=ellipse];\n"                                 \
  "  log -> ts [label=\"uploads over depot Wi-Fi\"];\n"                                  \
  "  ts -> fit; fit -> obj [label=\"model\"];\n"                                         \
  "  obj -> svc [label=\"newest file\"]; ts -> svc; svc -> ws;\n"                        \
  "}\n"

/* Does some path from the units to the scorer aim to deny service with
 * technique tech at the scorer? */
static bool units_deny(const char *dot, const char *tech) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  bool named = hop_names(ir, "log", "svc", "deny_service", "svc", tech, NULL);
  tmc_ir_free(ir);
  return named;
}

static void test_logger_uploads_flood_the_scorer(void **state) {
  (void)state;
  assert_true(units_deny(BUSES("Data loggers\\n(40 buses)"), "AML.T0029"));
  assert_true(units_deny(BUSES("Бортовые регистраторы\\n(40 автобусов)"), "AML.T0029"));
  assert_false(units_deny(BUSES("Data loggers\\n(40 buses)"), "AML.T0015"));
  /* a camera's scene is changed in front of it: evasion, as before */
  assert_true(units_deny(BUSES("Depot gate cameras"), "AML.T0015"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_store_a_model_is_written_into_and_loaded),
      cmocka_unit_test(test_genitive_task_after_the_head),
      cmocka_unit_test(test_other_loaders_keep_a_store),
      cmocka_unit_test(test_loader_taking_nothing_else_keeps_a_store),
      cmocka_unit_test(test_newest_model_replaces_the_served_one),
      cmocka_unit_test(test_shared_login_is_valid_accounts),
      cmocka_unit_test(test_logger_uploads_flood_the_scorer),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
