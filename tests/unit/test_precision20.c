/* test_precision20.c - absurd ids of causes20 D (precision20): each family
 * a small system lacking the capability, worded unlike the tuning set that
 * showed it (DOT and draw.io), asserting the family's ids do not appear;
 * and the same system with the capability, keeping them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static const char *const training_ids[] = {"AML.T0020", "ML02", "ML10", "AML.T0018",
                                           NULL};

static bool cites_any(const tmc_ir *ir, const char *const *ids) {
  for (size_t i = 0; ids[i]; i++)
    if (any_cites(ir, NULL, ids[i]))
      return true;
  return false;
}

static tmc_ir *analyse_drawio(const char *xml) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("case.drawio", xml, strlen(xml), cat, NULL, &d);
  tmc_diags_free(&d);
  return ir;
}

static bool plays_trainer(const tmc_ir *ir, const char *id) {
  return TMC_ROLESET_HAS(ir->elements[elem(ir, id)].roles, TMC_ROLE_TRAINER);
}

/* (1) A store declared a dataset that only a reporting service reads (a
 * Power BI refresh writing report files) teaches no model: no poisoning,
 * backdoor or training-chain ids. The same store read by a fine-tune job
 * that writes an LLM keeps them. */
static void test_dataset_needs_a_trainer(void **state) {
  (void)state;
  for (int tunes = 0; tunes < 2; tunes++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  an [type=external, label=\"Quality analysts\"];\n"
             "  cust [type=external, label=\"Callers\"];\n"
             "  subgraph cluster_a { label=\"Contact centre (Azure)\";\n"
             "    calls [type=dataset, label=\"Call transcripts dataset (Blob)\"];\n"
             "    rep [label=\"%s\"];\n"
             "    out [type=data_store, label=\"Weekly QA reports (S3)\"];\n"
             "    ing [label=\"Call ingest worker\"];\n"
             "    %s\n"
             "  }\n"
             "  cust -> ing [label=\"call audio\"];\n"
             "  ing -> calls [label=\"transcript\"];\n"
             "  calls -> rep [label=\"transcripts\"];\n"
             "  rep -> out [label=\"report files\"];\n"
             "  out -> an [label=\"dashboards\"];\n"
             "  %s\n"
             "}\n",
             tunes ? "Monthly fine-tune job" : "Reporting service (Power BI refresh)",
             tunes ? "own [type=llm, label=\"Own QA model (Llama 3 8B)\"];" : "",
             tunes ? "rep -> own [label=\"LoRA adapter\"];" : "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(plays_trainer(ir, "rep"), tunes);
    assert_int_equal(cites_any(ir, training_ids), tunes);
    if (tunes)
      assert_true(any_cites(ir, "calls", "AML.T0020"));
    tmc_ir_free(ir);
  }
}

/* draw.io cells: a vertex and an edge. */
#define V(ID, VALUE, STYLE, X, Y)                                                        \
  "<mxCell id=\"" ID "\" value=\"" VALUE "\" style=\"" STYLE "\" vertex=\"1\""           \
  " parent=\"1\"><mxGeometry x=\"" X "\" y=\"" Y "\" width=\"160\" height=\"70\""        \
  " as=\"geometry\"/></mxCell>"
#define E(ID, VALUE, SRC, DST, STYLE)                                                    \
  "<mxCell id=\"" ID "\" value=\"" VALUE "\" style=\"" STYLE                             \
  "\" edge=\"1\" source=\"" SRC "\" target=\"" DST                                       \
  "\" parent=\"1\"><mxGeometry relative=\"1\""                                           \
  " as=\"geometry\"/></mxCell>"
#define BOTH "startArrow=classic;endArrow=classic;"
#define HEAD                                                                             \
  "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"                       \
  "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"                                    \
  "<mxCell id=\"z\" value=\"GCP project support-prod\""                                  \
  " style=\"rounded=0;dashed=1;fillColor=none;\" vertex=\"1\" parent=\"1\">"             \
  "<mxGeometry x=\"0\" y=\"0\" width=\"700\" height=\"400\" as=\"geometry\"/></mxCell>"  \
  "<mxCell id=\"cust\" value=\"Customers\" style=\"shape=umlActor;\" vertex=\"1\""       \
  " parent=\"1\"><mxGeometry x=\"-200\" y=\"150\" width=\"30\" height=\"60\""            \
  " as=\"geometry\"/></mxCell>" V("chat", "chat-gateway (Cloud Run)", "rounded=1;",      \
                                  "40", "40")                                            \
      V("st", "chat transcripts dataset (Blob)", "shape=cylinder3;", "300", "40")        \
          E("e1", "messages", "cust", "chat", "") E("e2", "save chat", "chat", "st", "")
#define TAIL "</root></mxGraphModel></diagram></mxfile>"

/* (1) draw.io, other words: transcripts a worker reads and writes back and
 * pastes into a vendor's LLM are a store it prompts with (tenvik's case).
 * A job on training hardware reading them and writing its outputs trains
 * on them; the same job with no word of training hardware, which writes
 * no model files, is left alone (a near miss). The store's words make it a
 * dataset ("... dataset"), so the trainer rule is tested on its own (since
 * kinds20b, "speaker-labelled transcripts" alone make no dataset). */
static void test_prompt_worker_is_no_trainer(void **state) {
  (void)state;
  static const char prompt[] = HEAD V("wk", "summary-worker", "rounded=1;", "300", "220")
      V("llm", "Claude 3.5 Sonnet (Anthropic API)", "rounded=1;", "800", "220")
          E("e3", "read / write", "wk", "st", BOTH)
              E("e4", "transcript / summary", "wk", "llm", BOTH)
                  E("e5", "summary", "wk", "chat", "") TAIL;
  tmc_ir *ir = analyse_drawio(prompt);
  assert_int_equal(ir->elements[elem(ir, "st")].kind, TMC_KIND_DATASET);
  assert_false(plays_trainer(ir, "wk"));
  assert_false(cites_any(ir, training_ids));
  tmc_ir_free(ir);
  static const char *const runners[] = {"Job runner pod (A100 GPU)",
                                        "Job runner pod (Cloud Run)", NULL};
  for (int i = 0; runners[i]; i++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD V("wk", "%s", "rounded=1;", "300", "220")
                 V("out", "Job outputs bucket (GCS)", "shape=cylinder3;", "540", "220")
                     V("srv", "reply-suggester service", "rounded=1;", "540", "40")
                         E("e3", "transcripts", "st", "wk", "")
                             E("e4", "write", "wk", "out", "")
                                 E("e5", "load outputs", "out", "srv", "")
                                     E("e6", "suggestions", "srv", "chat", "") TAIL,
             runners[i]);
    ir = analyse_drawio(xml);
    assert_int_equal(plays_trainer(ir, "wk"), i == 0);
    assert_int_equal(any_cites(ir, "st", "AML.T0020"), i == 0);
    tmc_ir_free(ir);
  }
}

/* (1) ... an evaluation gate reading checkpoints from a registry and an
 * eval set, publishing the winner, stays on the training path: poisoned
 * eval data picks which model ships. */
static void test_eval_gate_stays_on_training_path(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  web [type=external, label=\"Public forum\"];\n"
      "  subgraph cluster_a { label=\"Keyboard ML (GCP)\";\n"
      "    ev [type=dataset, label=\"held-out eval texts (scraped)\"];\n"
      "    reg [type=model_registry, label=\"candidate checkpoints (versioned)\"];\n"
      "    gate [label=\"release gate (accuracy on eval texts)\"];\n"
      "    cdn [label=\"model download service\"];\n"
      "  }\n"
      "  web -> ev [label=\"scrape\"];\n"
      "  reg -> gate [label=\"candidate\"]; ev -> gate [label=\"eval texts\"];\n"
      "  gate -> cdn [label=\"release if better\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(plays_trainer(ir, "gate"));
  assert_true(ir->elements[elem(ir, "ev")].facts.training_path);
  tmc_ir_free(ir);
}

/* (2) A vendor's hosted models the system only calls (a teacher LLM that
 * labels a distillation job's samples, a speech-to-text service) run on
 * the vendor's servers: no "model shipped to devices can be copied or
 * repackaged" on them, even drawn outside every zone and fed by a trainer
 * of ours. Our own model pushed to phones keeps both. */
static void test_vendor_model_is_not_on_device(void **state) {
  (void)state;
  static const char teacher[] =
      "digraph g {\n"
      "  subgraph cluster_a { label=\"ML platform (AWS)\";\n"
      "    ds [type=dataset, label=\"Unlabelled support questions\"];\n"
      "    job [type=pipeline, label=\"Nightly distillation job\"];\n"
      "    reg [type=model_registry, label=\"Student model registry\"];\n"
      "    api [label=\"answer-api\"];\n"
      "    stu [type=model, label=\"Student classifier (DistilBERT)\"];\n"
      "  }\n"
      "  teach [label=\"GPT-4o on Azure OpenAI (teacher)\"];\n"
      "  stt [label=\"Deepgram Nova-2 speech-to-text\"];\n"
      "  u [type=external, label=\"Customers\"];\n"
      "  ds -> job [label=\"questions\"];\n"
      "  job -> teach [dir=both, label=\"questions to label / labels\"];\n"
      "  job -> stt [dir=both, label=\"voice samples / text\"];\n"
      "  job -> reg [label=\"student weights\"]; reg -> stu [label=\"deploy\"];\n"
      "  u -> api [label=\"question\"]; api -> stu; stu -> api;\n"
      "}\n";
  tmc_ir *ir = analyse_with(teacher, cat, NULL);
  assert_true(ir->elements[elem(ir, "teach")].facts.vendor_service);
  assert_false(ir->elements[elem(ir, "teach")].facts.on_device);
  assert_false(ir->elements[elem(ir, "stt")].facts.on_device);
  assert_null(finding(ir, "TMC-ML-010", "teach"));
  assert_null(finding(ir, "TMC-ML-019", "teach"));
  assert_null(finding(ir, "TMC-ML-010", "stt"));
  assert_null(finding(ir, "TMC-ML-019", "stt"));
  /* nor a tampering chain ending at the vendor's model: our training ships
   * nothing there */
  assert_null(finding(ir, "TMC-PATH-007", "teach"));
  assert_null(finding(ir, "TMC-PATH-007", "stt"));
  /* our own model, served to outsiders, can still be extracted */
  assert_non_null(finding(ir, "TMC-ML-001", "stu"));
  tmc_ir_free(ir);
  static const char phone[] = "digraph g {\n"
                              "  subgraph cluster_a { label=\"ML platform (AWS)\";\n"
                              "    ds [type=dataset, label=\"Labelled photos\"];\n"
                              "    job [type=pipeline, label=\"Weekly training job\"];\n"
                              "    reg [type=model_registry, label=\"Model registry\"];\n"
                              "  }\n"
                              "  subgraph cluster_p { label=\"Users' phones\";\n"
                              "    app [label=\"Camera app\"];\n"
                              "    m [type=model, label=\"Plant classifier\"];\n"
                              "  }\n"
                              "  u [type=external, label=\"Gardeners\"];\n"
                              "  ds -> job; job -> reg [label=\"weights\"]; reg -> m "
                              "[label=\"OTA model push\"];\n"
                              "  u -> app [label=\"photo\"]; app -> m; m -> app;\n"
                              "}\n";
  ir = analyse_with(phone, cat, NULL);
  assert_non_null(finding(ir, "TMC-ML-010", "m"));
  assert_non_null(finding(ir, "TMC-ML-019", "m"));
  tmc_ir_free(ir);
}

/* (4) TMC-MLOPS-190: a retrain that fits a from-scratch algorithm (the
 * model it registers says CatBoost) loads no trained checkpoint; one whose
 * model is a public family (ResNet-50: ImageNet weights) does. */
static void test_from_scratch_retrain(void **state) {
  (void)state;
  static const char *const models[] = {"fraud-scorer (CatBoost)",
                                       "damage classifier (ResNet-50, PyTorch)", NULL};
  for (int i = 0; models[i]; i++) {
    char dot[1536];
    snprintf(
        dot, sizeof dot,
        "digraph g {\n"
        "  subgraph cluster_a { label=\"Claims ML (AWS)\";\n"
        "    ds [type=dataset, label=\"Claims history (Parquet)\"];\n"
        "    job [type=pipeline, label=\"Nightly retrain (Step Functions)\"];\n"
        "    reg [type=model_registry, label=\"SageMaker model registry\"];\n"
        "    m [type=model, label=\"%s\"];\n"
        "  }\n"
        "  u [type=external, label=\"Claims adjusters\"];\n"
        "  ds -> job; job -> reg [label=\"new version\"]; reg -> m [label=\"deploy\"];\n"
        "  u -> m [label=\"claim\"]; m -> u [label=\"score\"];\n"
        "}\n",
        models[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(finding(ir, "TMC-MLOPS-190", "job") != NULL, i == 1);
    tmc_ir_free(ir);
  }
}

/* (3) TMC-MLOPS-002 (code in a model file runs when loaded): not where the
 * models come in a code-free format (XGBoost JSON, UBJ, ONNX), named on the
 * flow from the registry; a joblib file, or no format named, keeps it. */
static void test_code_free_model_formats(void **state) {
  (void)state;
  static const struct {
    const char *format;
    bool fires;
  } cases[] = {{"XGBoost JSON", false},
               {"model.ubj", false},
               {"ONNX", false},
               {"joblib", true},
               {"booster file", true}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[1536];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  subgraph cluster_a { label=\"Search (EKS)\";\n"
             "    api [label=\"search-api\"];\n"
             "    rk [type=model, label=\"reranker (XGBoost)\"];\n"
             "  }\n"
             "  subgraph cluster_b { label=\"ML platform\";\n"
             "    job [type=pipeline, label=\"nightly LTR training\"];\n"
             "    reg [type=model_registry, label=\"MLflow registry\"];\n"
             "    ds [type=dataset, label=\"click logs\"];\n"
             "  }\n"
             "  u [type=external, label=\"Shoppers\"];\n"
             "  u -> api [label=\"query\"];\n"
             "  api -> rk [dir=both, label=\"candidates / scores\"];\n"
             "  ds -> job; job -> reg [label=\"model\"];\n"
             "  reg -> rk [label=\"champion (%s)\"];\n"
             "}\n",
             cases[i].format);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(finding(ir, "TMC-MLOPS-002", "rk") != NULL, cases[i].fires);
    tmc_ir_free(ir);
  }
}

/* (3) draw.io, other words: a gateway module loading a LightGBM text file
 * from a model bucket; the same module loading a pickle keeps it. */
static void test_lightgbm_text_drawio(void **state) {
  (void)state;
  static const char *const flows[] = {"score.lgbm (LightGBM text file)",
                                      "score.pkl (pickle)", NULL};
  for (int i = 0; flows[i]; i++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"
             "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
             "<mxCell id=\"z\" value=\"Plant network\""
             " style=\"rounded=0;dashed=1;fillColor=none;\" vertex=\"1\" parent=\"1\">"
             "<mxGeometry x=\"0\" y=\"0\" width=\"900\" height=\"400\" as=\"geometry\"/>"
             "</mxCell>" V("b", "model artifacts bucket", "shape=cylinder3;", "40", "40")
                 V("gw", "edge scoring module", "rounded=1;", "300", "40")
                     V("plc", "line PLC", "rounded=0;", "600", "40")
                         E("e1", "%s", "b", "gw", "") E("e2", "verdicts", "gw", "plc", "")
                             TAIL,
             flows[i]);
    tmc_ir *ir = analyse_drawio(xml);
    assert_int_equal(finding(ir, "TMC-MLOPS-002", "gw") != NULL, i == 1);
    tmc_ir_free(ir);
  }
}

/* (4) TMC-SPOOF-196: a zone joined by one shared key ("WPA2-PSK") is
 * joined that way by what comes in by radio (handheld scanners on the
 * warehouse WLAN), not by a server in the data centre reaching a host in
 * the zone over the routed network. */
static void test_psk_zone_needs_radio(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  subgraph cluster_w { label=\"Warehouse floor - WPA2-PSK\";\n"
      "    gw [label=\"scanner gateway\"];\n"
      "  }\n"
      "  subgraph cluster_d { label=\"Data centre\";\n"
      "    erp [label=\"ERP server\"];\n"
      "  }\n"
      "  subgraph cluster_h { label=\"Handhelds\";\n"
      "    rf [label=\"RF handheld scanners (Wi-Fi)\"];\n"
      "  }\n"
      "  rf -> gw [label=\"scans\"];\n"
      "  erp -> gw [label=\"pick lists\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(finding(ir, "TMC-SPOOF-196", "rf->gw"));
  assert_null(finding(ir, "TMC-SPOOF-196", "erp->gw"));
  tmc_ir_free(ir);
}

/* TMC-EOP-210: another firm's technician with a service laptop on the
 * machine (what, before, only the model loader's TMC-MLOPS-002 said,
 * wrongly for an ONNX file); draw.io, other words: an integrator's serial
 * console. The firm's own server admins over RDP are a near miss. */
static void test_outside_technician_laptop(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  subgraph cluster_ot { label=\"OT network (isolated)\";\n"
      "    ipc [label=\"Inspection PC (ONNX Runtime)\"];\n"
      "    hist [label=\"Historian server\"];\n"
      "  }\n"
      "  tech [type=external, label=\"Machine builder service technician\"];\n"
      "  admins [type=external, label=\"Plant server admins\"];\n"
      "  tech -> ipc [label=\"service laptop (USB, Ethernet)\"];\n"
      "  admins -> hist [label=\"RDP\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(finding(ir, "TMC-EOP-210", "tech->ipc"));
  assert_null(finding(ir, "TMC-EOP-210", "admins->hist"));
  tmc_ir_free(ir);
  static const char xml[] =
      "<mxfile><diagram id=\"p\" name=\"Page-1\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"z\" value=\"Packaging line cell\""
      " style=\"rounded=0;dashed=1;fillColor=none;\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"0\" y=\"0\" width=\"600\" height=\"300\" as=\"geometry\"/>"
      "</mxCell>" V("ctl", "cell controller (Linux)", "rounded=1;", "40", "40")
          V("si", "System integrator field engineer", "shape=umlActor;", "700", "40")
              E("e1", "serial console (RS-232)", "si", "ctl", "") TAIL;
  ir = analyse_drawio(xml);
  assert_non_null(finding(ir, "TMC-EOP-210", "si->ctl"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dataset_needs_a_trainer),
      cmocka_unit_test(test_prompt_worker_is_no_trainer),
      cmocka_unit_test(test_eval_gate_stays_on_training_path),
      cmocka_unit_test(test_vendor_model_is_not_on_device),
      cmocka_unit_test(test_from_scratch_retrain),
      cmocka_unit_test(test_code_free_model_formats),
      cmocka_unit_test(test_lightgbm_text_drawio),
      cmocka_unit_test(test_psk_zone_needs_radio),
      cmocka_unit_test(test_outside_technician_laptop),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
