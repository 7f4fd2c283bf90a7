/* test_ibd_nfd.c - model-based drawings and text written another way
 * (g30a, issues #15 and #16; blind30 cadenza and lanterna). Drawn in this
 * file's own words (an e-bike maker, a bank, a payroll office, a diabetes
 * clinic, a Czech and a Portuguese team, a Maltese insurer, a car maker's
 * updates), each with a quiet near-miss:
 *   - a SysML internal block diagram's ports (small boxes on a part's
 *     border, connectors attached to them) are the part's, no elements;
 *   - UML's typed name "name : Type" has its head in the type, a class
 *     name's words read apart; a stereotype saying the outside («external»)
 *     votes external;
 *   - a model in a zone named as something people wear runs on their
 *     devices (on_device);
 *   - labels written decomposed (NFD) read as composed ones (NFC);
 *   - Maltese names put the head first ("Mudell tal-..."); people named
 *     over the app they use, on a shape that says no kind, are the people;
 *   - a step packaging a trained model into what ships is the promotion
 *     step TMC-MLOPS-009 names. */
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
#include "ir/util.h"

/* A part as SysML tools draw it in draw.io, and a port on its border. */
#define PART "rounded=0;whiteSpace=wrap;html=1;verticalAlign=top;"
#define PORT "rounded=0;html=1;resizable=0;points=[[0.5,0.5,0]];"

/* draw.io, an e-bike: the rider's throttle and the battery pack reach the
 * motor controller through ports on its border (one on the left, one
 * straddling the bottom edge); a connector joins port to port. Quiet: a
 * small box drawn inside a part, away from its border, that an arrow
 * reaches stays an element of its own. */
static void test_sysml_ports_are_the_parts(void **state) {
  (void)state;
  static const char xml[] = HEAD V("rider", "rider", "shape=umlActor;", 0, 100, 30, 60)
      V("ctl", "«part»&lt;br&gt;motorCtl : MotorController", PART, 200, 80, 160, 60)
          C("p_thr", "ctl", "thr : Throttle", PORT, -5, 20, 10, 10)
              C("p_pwr", "ctl", "pwr : DC", PORT, 70, 55, 10, 10)
                  V("pack", "«part»&lt;br&gt;pack : BatteryPack", PART, 200, 300, 160, 60)
                      C("p_out", "pack", "out : DC", PORT, 70, -5, 10, 10)
      /* quiet: a small wired box well inside a part */
      V("hmi", "«part»&lt;br&gt;hmi : Display unit", PART, 500, 60, 200, 120)
          C("led", "hmi", "status LED", PORT, 90, 50, 12, 12)
              LINK("f1", "rider", "p_thr", "«flow» throttle") E("f2", "p_out", "p_pwr")
                  E("f3", "ctl", "led") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_false(has_element(ir, "p_thr"));
  assert_false(has_element(ir, "p_pwr"));
  assert_false(has_element(ir, "p_out"));
  flow(ir, "rider", "ctl");
  flow(ir, "pack", "ctl");
  /* quiet */
  assert_true(has_element(ir, "led"));
  flow(ir, "ctl", "led");
  tmc_ir_free(ir);
}

/* DOT, a bank drawn in UML's instance notation: the type says what each
 * part is ("TransactionDatabase" read as two words, "RankingModel" too, a
 * product as itself); «external» and <<External System>> mark the bureau
 * and the tax office. Quiet: a name and its description ("Gateway: model
 * files") is not a typed name, and a «block» stereotype says nothing of
 * the outside. */
static void test_typed_names_and_outside_stereotypes(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_b { label=\"Bank core\";\n"
      "  ledger [label=\"«part» ledger : TransactionDatabase\"];\n"
      "  ranker [label=\"ranker : RankingModel\"];\n"
      "  orders [label=\"orders : PostgreSQL\"];\n"
      "  gw [label=\"Gateway: model files\"];\n"
      "  pay [label=\"«block» Payroll service\"];\n"
      " }\n"
      " bureau [label=\"«external» Payroll bureau\"];\n"
      " tax [label=\"<<External System>> Tax office\"];\n"
      " bureau -> pay; pay -> tax; gw -> ranker; ranker -> ledger; gw -> orders;\n"
      " pay -> ledger;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "ledger"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "ranker"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "orders"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "bureau"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "tax"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "gw"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pay"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a diabetes clinic: a dose model in the patient's insulin pump runs
 * on the device people wear. Quiet: the clinic's own model in its cloud is
 * not. */
static void test_model_in_worn_device_is_on_device(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " patient [shape=box, label=\"Patient\"];\n"
      " subgraph cluster_pump { label=\"Patient's insulin pump\";\n"
      "  ctl [shape=box, label=\"Pump controller\"];\n"
      "  dose [shape=box, label=\"Dose prediction model\"];\n"
      " }\n"
      " subgraph cluster_cloud { label=\"Clinic cloud\";\n"
      "  api [shape=box, label=\"Clinic API\"];\n"
      "  risk [shape=box, label=\"Readmission risk model\"];\n"
      " }\n"
      " patient -> ctl; ctl -> dose; dose -> ctl; ctl -> api; api -> risk;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "dose"), TMC_KIND_MODEL);
  assert_true(elem_at(ir, "dose")->facts.on_device);
  /* quiet */
  assert_int_equal(kind_at(ir, "risk"), TMC_KIND_MODEL);
  assert_false(elem_at(ir, "risk")->facts.on_device);
  tmc_ir_free(ir);
}

/* tmc_text_compose: a letter and its marks become the composed letter, in
 * the order written (Vietnamese stacks two); Hangul jamo become a
 * syllable. Quiet: text with nothing to compose, and a mark after a letter
 * it has no composition with, stay as written. */
static void test_compose_nfd_text(void **state) {
  (void)state;
  char a[] = "tah\xC4\xA7rig\xCC\x87"; /* taħrig + U+0307 */
  tmc_text_compose(a);
  assert_string_equal(a, "tah\xC4\xA7ri\xC4\xA1");
  char b[] = "e\xCC\x82\xCC\x81"; /* e + U+0302 + U+0301 */
  tmc_text_compose(b);
  assert_string_equal(b, "\xE1\xBA\xBF"); /* ế */
  char c[] = "\xE1\x84\x80\xE1\x85\xA1";  /* U+1100 U+1161 */
  tmc_text_compose(c);
  assert_string_equal(c, "\xEA\xB0\x80"); /* 가 */
  /* quiet */
  char d[] = "plain ASCII, and caf\xC3\xA9";
  tmc_text_compose(d);
  assert_string_equal(d, "plain ASCII, and caf\xC3\xA9");
  char e[] = "q\xCC\x87"; /* no q with a dot above */
  tmc_text_compose(e);
  assert_string_equal(e, "q\xCC\x87");
}

/* DOT written decomposed by a script: Czech training data and a Portuguese
 * forecasting model read as their composed words do. Quiet: the same
 * team's job, decomposed too, stays a process. */
static void test_nfd_labels_read_as_nfc(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " src [label=\"Sensor\"];\n"
                            " data [label=\"Tre\xCC\x81novaci\xCC\x81 data\"];\n"
                            " fc [label=\"Modelo de previsa\xCC\x83o\"];\n"
                            " job [label=\"Exportac\xCC\xA7"
                            "a\xCC\x83o noturna\"];\n"
                            " src -> job; job -> data; data -> fc; fc -> job;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_string_equal(elem_at(ir, "data")->label, "Tr\xC3\xA9novac\xC3\xAD data");
  assert_int_equal(kind_at(ir, "data"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "fc"), TMC_KIND_MODEL);
  /* quiet */
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a Maltese insurer: a claims model named head first, the retraining
 * job and its data set, customers. Quiet: a service whose details say it
 * reads the model stays a service. */
static void test_maltese_heads(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " node [shape=box];\n"
                            " cust [label=\"Il-klijenti\"];\n"
                            " subgraph cluster_i { label=\"Assigurazzjoni\";\n"
                            "  svc [label=\"Servizz tat-talbiet\\njaqra l-mudell\"];\n"
                            "  set [label=\"Sett tat-taħriġ (CSV)\"];\n"
                            "  job [label=\"Xogħol tat-taħriġ (XGBoost)\"];\n"
                            "  m [label=\"Mudell tal-frodi\"];\n"
                            " }\n"
                            " cust -> svc; svc -> set; set -> job; job -> m; m -> svc;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "cust"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "set"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  /* quiet */
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a car maker: the lane model's training run feeds an OTA bundle
 * build whose output reaches the model in the car through a bucket and the
 * fleet gateway: the build is the step that ships whatever training left.
 * Quiet: a report step the trainer also feeds, whose output reaches no
 * model. */
static void test_packaging_step_ships_the_model(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_lab { label=\"ML lab\";\n"
      "  data [label=\"Drive clips dataset\", shape=cylinder];\n"
      "  train [label=\"Lane model training job\"];\n"
      "  ota [label=\"OTA bundle build\"];\n"
      "  rep [label=\"Metrics report builder\"];\n"
      " }\n"
      " subgraph cluster_cloud { label=\"Update cloud\";\n"
      "  bucket [label=\"Update bucket\", shape=cylinder];\n"
      "  fleet [label=\"Fleet gateway\"];\n"
      " }\n"
      " subgraph cluster_car { label=\"Vehicle\";\n"
      "  ecu [label=\"ADAS ECU\"];\n"
      "  lane [label=\"Lane keeping model\"];\n"
      " }\n"
      " eng [label=\"Engineers\", shape=box];\n"
      " data -> train; train -> ota; ota -> bucket; bucket -> fleet; fleet -> ecu;\n"
      " ecu -> lane; lane -> ecu; train -> rep; rep -> eng;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(finding(ir, "TMC-MLOPS-009", "ota"));
  /* quiet */
  assert_null(finding(ir, "TMC-MLOPS-009", "rep"));
  tmc_ir_free(ir);
}

/* draw.io, a football club: a card whose icon says no kind (a globe)
 * names its people and, under them, the app they use: the people. Quiet:
 * the API they call stays a process. */
static void test_people_over_their_app(void **state) {
  (void)state;
  static const char xml[] = HEAD C(
      "fans", "1", "",
      "rounded=0;whiteSpace=wrap;html=1;fillColor=#FFFFFF;container=1;collapsible=0;", 20,
      40, 220, 60)
      C("ico", "fans", "",
        "shape=mxgraph.ibm.vpc.Internet;html=1;fillColor=none;strokeColor=none;", 8, 14,
        32, 32)
          C("txt", "fans",
            "&lt;b&gt;Season-ticket holders&lt;/b&gt;&lt;br&gt;club app, turnstile scans",
            "text;html=1;whiteSpace=wrap;align=left;", 48, 8, 170, 44)
              ZONE("z", "Club cloud", 320, 0, 300, 200)
                  C("api", "z", "Ticketing API", CARD, 40, 60, 140, 60)
                      LINK("e1", "fans", "api", "tickets") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "fans"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sysml_ports_are_the_parts),
      cmocka_unit_test(test_typed_names_and_outside_stereotypes),
      cmocka_unit_test(test_model_in_worn_device_is_on_device),
      cmocka_unit_test(test_compose_nfd_text),
      cmocka_unit_test(test_nfd_labels_read_as_nfc),
      cmocka_unit_test(test_maltese_heads),
      cmocka_unit_test(test_packaging_step_ships_the_model),
      cmocka_unit_test(test_people_over_their_app),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
