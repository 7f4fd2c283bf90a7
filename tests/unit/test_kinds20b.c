/* test_kinds20b.c - kinds misread by blind19 (causes20 K2, K3, K4, K5, K8),
 * each by its family and in the other format from the set's: a name line's
 * head over a detail line's guess (a contact centre's IVR, PBX, SBC);
 * experiment trackers read back as stores, a KServe InferenceService as
 * the model it serves beside a bucket of weights; embedding models and LLM
 * families by their names; a browser an agent drives as its tool; labels
 * that are no training labels, a trainer by the registry it writes.
 * Wordings are this file's own (no test set uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* K2 (blind19 had it in draw.io): the name line "PBX + IVR" names the
 * box; its detail line's "caller" only says whom it serves. Quiet: a
 * customer portal stays a process, the callers people. K8 (quiet): call
 * transcripts labelled by speaker that nothing trains on stay a store;
 * hand-labelled tickets are still a dataset by their words. */
static void test_name_line_heads(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_dc { label=\"Call centre (Leeds DC)\";\n"
      "   sbc [label=\"Session border controller (BT SIP trunk)\"];\n"
      "   ivr [label=\"PBX + IVR\\ncaller account no. entered by DTMF\"];\n"
      "   rec [shape=cylinder, label=\"call recordings\"];\n"
      "   portal [label=\"customer portal\"];\n"
      "   tx [shape=cylinder, label=\"call transcripts\\n(speaker-labeled, S3)\"];\n"
      "   stt [label=\"transcriber worker\"];\n"
      "   lab [shape=cylinder, label=\"hand-labelled tickets (BigQuery)\"]; }\n"
      " callers [label=\"Callers\"];\n"
      " callers -> sbc [label=\"SIP\"]; sbc -> ivr [label=\"SIP / RTP\"]; ivr -> rec "
      "[label=\"recording\"];\n"
      " callers -> portal; rec -> stt; stt -> tx;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "ivr"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sbc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "portal"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "callers"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "rec"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "tx"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "lab"), TMC_KIND_DATASET);
  tmc_ir_free(ir);
}

/* K3 (blind19 had it in draw.io, on Kubernetes icons): an experiment
 * tracker the notebooks read runs back from is the store of those runs;
 * the tracking server that writes artifacts into a bucket stays a server;
 * an InferenceService loading weights from a bucket, beside a registry, is
 * the model served (the bucket names no model drawn). */
static void test_trackers_and_served_models(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_train { label=\"GKE ml-train\";\n"
      "   nb [label=\"Vertex Workbench notebooks\"];\n"
      "   job [label=\"fine-tune job (PyTorch, nightly)\"];\n"
      "   track [label=\"experiment tracking\\n(MLflow: runs, metrics, artifacts)\"];\n"
      "   track2 [label=\"MLflow tracking server\"];\n"
      "   ckpt [label=\"GCS bucket acme-weights (model weights)\", shape=cylinder];\n"
      "   reg [label=\"Vertex AI Model Registry\"]; }\n"
      " subgraph cluster_serve { label=\"GKE serving (KServe)\";\n"
      "   isvc [label=\"sentiment InferenceService\\n(RoBERTa-large, fine-tuned)\"];\n"
      "   api [label=\"reviews API\"]; }\n"
      " users [label=\"Shoppers\"];\n"
      " nb -> track [label=\"runs / comparisons\", dir=both];\n"
      " job -> track [label=\"metrics, params\"];\n"
      " job -> track2 [label=\"log runs\"]; track2 -> ckpt [label=\"artifacts\"];\n"
      " job -> ckpt [label=\"weights\"]; job -> reg [label=\"register version\"];\n"
      " ckpt -> isvc [label=\"weights at start\"]; users -> api [label=\"reviews\"]; api "
      "-> isvc [label=\"text / labels\", dir=both];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "track"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "track2"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "isvc"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "ckpt"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
  /* quiet: a tracker only written to stays what it is drawn as; an
   * InferenceService beside the model it loads is its server */
  static const char quiet[] = "digraph d {\n"
                              " subgraph cluster_serve { label=\"serving\";\n"
                              "   isvc [label=\"KServe InferenceService churn-v3\"];\n"
                              "   m [label=\"Churn model v3 (XGBoost)\"];\n"
                              "   track [label=\"MLflow tracking (experiments)\"];\n"
                              "   job [label=\"weekly retrain job\"]; }\n"
                              " app [label=\"CRM backend\"];\n"
                              " m -> isvc [label=\"loaded by\"]; app -> isvc "
                              "[label=\"features / score\", dir=both];\n"
                              " job -> track [label=\"metrics\"];\n"
                              "}\n";
  ir = analyse_with(quiet, cat, NULL);
  assert_int_equal(kind_at(ir, "track"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "isvc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* K4, K5 (blind19 had them in DOT): embedding models and LLM families by
 * name; a browser driven by Puppeteer among an agent's MCP servers is its
 * browsing tool. Quiet: a person's label naming a company called Mistral
 * stays a person; a customer's web browser the agent answers stays the
 * customer's. */
static void test_model_names_and_browser_tools(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"lap\" value=\"developer workstation (Windows)\" "
      "style=\"rounded=0;dashed=1;container=1;\" vertex=\"1\" parent=\"1\"><mxGeometry "
      "x=\"0\" y=\"0\" width=\"700\" height=\"400\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"agent\" value=\"Cursor agent\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"lap\"><mxGeometry x=\"20\" y=\"40\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"mcp\" value=\"MCP servers (local)\" "
      "style=\"rounded=0;dotted=1;container=1;\" vertex=\"1\" parent=\"lap\"><mxGeometry "
      "x=\"200\" y=\"20\" width=\"400\" height=\"300\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"web\" value=\"web browser (Puppeteer)\" style=\"rounded=1;\" "
      "vertex=\"1\" parent=\"mcp\"><mxGeometry x=\"20\" y=\"40\" width=\"120\" "
      "height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"fs\" value=\"filesystem\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"mcp\"><mxGeometry x=\"200\" y=\"40\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"llm\" value=\"Claude Sonnet 4 (Anthropic API)\" style=\"rounded=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"800\" y=\"40\" width=\"120\" "
      "height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"emb\" value=\"codestral-embed\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"800\" y=\"140\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"q\" value=\"Qwen2.5-72B-Instruct\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"800\" y=\"240\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"dev\" value=\"Developer\" style=\"shape=umlActor;\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"-100\" y=\"40\" width=\"30\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"am\" value=\"Account manager (Mistral SA)\" "
      "style=\"shape=umlActor;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"-100\" "
      "y=\"240\" width=\"30\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"pb\" value=\"Customer's web browser\" style=\"rounded=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"-100\" y=\"400\" width=\"120\" "
      "height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e1\" value=\"\" edge=\"1\" parent=\"1\" source=\"dev\" "
      "target=\"agent\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e2\" value=\"prompt + tool results\" edge=\"1\" parent=\"1\" "
      "source=\"agent\" target=\"llm\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e3\" value=\"open URL\" edge=\"1\" parent=\"1\" source=\"agent\" "
      "target=\"web\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e4\" value=\"read file\" edge=\"1\" parent=\"1\" source=\"agent\" "
      "target=\"fs\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e5\" value=\"embed question\" edge=\"1\" parent=\"1\" "
      "source=\"agent\" target=\"emb\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e6\" value=\"prompt\" edge=\"1\" parent=\"1\" source=\"agent\" "
      "target=\"q\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e7\" value=\"\" edge=\"1\" parent=\"1\" source=\"am\" "
      "target=\"dev\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e8\" value=\"docs\" edge=\"1\" parent=\"1\" source=\"agent\" "
      "target=\"pb\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "</root></mxGraphModel>\n";
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "web"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "fs"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "emb"), TMC_KIND_MODEL);
  /* a vendor's embedding API: its model, not weights of ours to steal */
  assert_true(ir->elements[elem(ir, "emb")].facts.vendor_service);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "am"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pb"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "agent"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K8 (blind19 had the trainer in DOT): events a step reads that writes a
 * model into a registry are its dataset, whatever schedules the step;
 * transcripts labelled by sensitivity, nothing training on them, stay a
 * store. */
static void test_training_data_by_trainer(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
      "<mxCell id=\"dp\" value=\"data platform (GCP)\" "
      "style=\"rounded=0;dashed=1;container=1;\" vertex=\"1\" parent=\"1\"><mxGeometry "
      "x=\"0\" y=\"0\" width=\"900\" height=\"400\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"ev\" value=\"search events + clicks (GCS, Avro)\" "
      "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"dp\"><mxGeometry x=\"20\" "
      "y=\"40\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"tr\" value=\"ranking model training (Airflow 03:00)\" "
      "style=\"rounded=1;\" vertex=\"1\" parent=\"dp\"><mxGeometry x=\"200\" y=\"40\" "
      "width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"reg\" value=\"MLflow model registry\" style=\"rounded=1;\" "
      "vertex=\"1\" parent=\"dp\"><mxGeometry x=\"400\" y=\"40\" width=\"120\" "
      "height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"rk\" value=\"ranker (LightGBM)\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"dp\"><mxGeometry x=\"600\" y=\"40\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"rec\" value=\"call audio + sensitivity-labelled transcripts (Blob)\" "
      "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"dp\"><mxGeometry x=\"20\" "
      "y=\"240\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"wk\" value=\"summary worker\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"dp\"><mxGeometry x=\"200\" y=\"240\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e1\" value=\"90 days of sessions\" edge=\"1\" parent=\"1\" "
      "source=\"ev\" target=\"tr\"><mxGeometry relative=\"1\" "
      "as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e2\" value=\"model + NDCG\" edge=\"1\" parent=\"1\" source=\"tr\" "
      "target=\"reg\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e3\" value=\"champion\" edge=\"1\" parent=\"1\" source=\"reg\" "
      "target=\"rk\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "<mxCell id=\"e4\" value=\"store / read\" edge=\"1\" parent=\"1\" source=\"wk\" "
      "target=\"rec\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
      "</root></mxGraphModel>\n";
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ev"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "rec"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_name_line_heads),
      cmocka_unit_test(test_trackers_and_served_models),
      cmocka_unit_test(test_model_names_and_browser_tools),
      cmocka_unit_test(test_training_data_by_trainer),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
