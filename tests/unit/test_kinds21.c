/* test_kinds21.c - kinds misread by blind20 (causes21 K1-K5), each by its
 * family, in other words and in both formats, with the near misses that
 * must stay: software people work in over the person or device its details
 * name; brokers, bureaus, met services and a bank's host-to-host channel as
 * the outside where no zone says so; a scoring service named by its
 * algorithm as the model it serves, an indexing job calling a vendor's
 * embedding model as code; tools and credentials named in other languages
 * (CJK compounds, Romance phrases), engines searched by vectors; the pool
 * handed to labelling as a dataset, a release bucket as a store, a chat
 * server as a process. Wordings are this file's own. */
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

/* K1 (blind20 had it in DOT and draw.io): a workbench, a console, a
 * terminal app named on the name line is software; the person or device
 * its detail line names says who uses it or what is plugged in. Quiet:
 * people stay people, a broker of messages stays a process. */
static void test_people_software(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " uw [shape=oval, label=\"Underwriters\\n(Leeds office)\"];\n"
      " wb [label=\"underwriter workbench\\nquotes, referrals, overrides\"];\n"
      " hc [label=\"Helpdesk console\\nAngular admin: tickets, remote wipe\"];\n"
      " mq [label=\"MQTT broker\\nHiveMQ, TLS 8883\"];\n"
      " db [shape=cylinder, label=\"policy DB\"];\n"
      " uw -> wb [label=\"decisions\"]; wb -> db; hc -> db; mq -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "wb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "hc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "uw"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "mq"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  static const char xml[] = HEAD ZONE("z", "Shop floor (Porto)", 0, 0, 600, 300)
      C("p", "z", "Customers", "shape=umlActor;", 20, 40, 30, 60)
          C("t", "z", "self-checkout kiosk app&lt;br&gt;Zebra scanner + webcam, scale",
            CARD, 120, 40, 160, 60)
              C("cam", "z", "Ceiling cameras", CARD, 320, 40, 120, 60)
                  V("m", "produce classifier (ONNX)", CARD, 700, 40, 120, 60)
                      LINK("e1", "p", "t", "items") LINK("e2", "t", "m", "frame")
                          LINK("e3", "cam", "m", "video") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "t"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "p"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cam"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K2 (blind20 had it in DOT): with no zones, firms that bring business,
 * credit bureaus, a met office and a bank's H2H server are the outside;
 * quiet: Kafka's brokers and a message broker are software, a weather
 * cache of ours a store, our own payment-file job a process. */
static void test_outside_parties_unzoned(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box, style=rounded];\n"
      " mb [shape=oval, label=\"Mortgage brokers\\n(600 firms, CSV uploads)\"];\n"
      " ex [style=dashed, label=\"Experian UK\\nbureau score (Delphi)\"];\n"
      " mo [style=dashed, label=\"Met Office\\nrainfall radar\"];\n"
      " h2h [label=\"Garanti Bankası host-to-host SFTP\"];\n"
      " kb [label=\"Kafka brokers (3)\"];\n"
      " rb [label=\"message broker\\nRabbitMQ\"];\n"
      " wc [shape=cylinder, label=\"weather cache\"];\n"
      " pj [label=\"payment file job\"];\n"
      " gw [label=\"H2H gateway\"];\n"
      " api [label=\"applications API\"];\n"
      " mb -> api; api -> ex [label=\"name, address\"]; ex -> api [label=\"score\"];\n"
      " mo -> wc [label=\"radar tiles\"]; api -> kb; kb -> rb; rb -> pj;\n"
      " pj -> gw [label=\"pain.001\"]; gw -> h2h; h2h -> pj [label=\"pain.002\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "mb"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ex"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "mo"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "h2h"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "kb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "wc"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "pj"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "gw"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  /* draw.io cards: a bureau by name, a bank's H2H channel */
  static const char xml[] = HEAD V("eq", "Equifax", CARD, 0, 0, 120, 60)
      V("bs", "Banco Santander H2H", CARD, 0, 200, 120, 60)
          V("svc", "onboarding service", CARD, 300, 100, 120, 60)
              LINK("e1", "svc", "eq", "SSN") LINK("e2", "eq", "svc", "report")
                  LINK("e3", "svc", "bs", "payment files") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "eq"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "bs"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K3 (blind20 had them in DOT and draw.io): a scoring service named by
 * its algorithm, loading from the registry, is the model served; quiet:
 * beside a model drawn apart it is the server. A job embedding pages
 * through a vendor's model on its own compute is a process; the vendor's
 * model named as the box is the model. */
static void test_model_by_role(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " feat [label=\"feature builder\"];\n"
      " sc [label=\"churn scoring service\\nXGBoost 2.0 + SHAP\"];\n"
      " crm [shape=cylinder, label=\"CRM DB\"];\n"
      " tr [label=\"weekly retrain job\"];\n"
      " reg [shape=box3d, label=\"model registry\\n(MLflow)\"];\n"
      " hist [shape=cylinder, label=\"churn history\"];\n"
      " feat -> sc [label=\"features\"]; sc -> crm [label=\"churn score\"];\n"
      " hist -> tr; tr -> reg [label=\"model\"]; reg -> sc [label=\"champion\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "sc"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
  static const char quiet[] =
      "digraph d {\n"
      " feat [label=\"feature builder\"];\n"
      " sc [label=\"churn scoring service\\nXGBoost 2.0 + SHAP\"];\n"
      " m [label=\"churn classifier\"];\n"
      " crm [shape=cylinder, label=\"CRM DB\"];\n"
      " reg [shape=box3d, label=\"model registry\\n(MLflow)\"];\n"
      " feat -> sc; sc -> m [label=\"features\"]; m -> sc [label=\"score\"];\n"
      " sc -> crm; reg -> sc [label=\"champion\"];\n"
      "}\n";
  ir = analyse_with(quiet, cat, NULL);
  assert_int_equal(kind_at(ir, "sc"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  static const char xml[] = HEAD V("wiki", "Handbook pages", DB, 0, 0, 120, 60)
      V("ix", "Nightly indexer (Lambda, titan-embed-text-v2)", CARD, 200, 0, 160, 60)
          V("vs", "handbook vectors (pgvector)", DB, 420, 0, 120, 60)
              V("em", "text-embedding-005 (Vertex AI)", CARD, 200, 200, 160, 60)
                  V("q", "question service", CARD, 420, 200, 120, 60)
                      LINK("e1", "wiki", "ix", "pages")
                          LINK("e2", "ix", "vs", "chunks + vectors")
                              LINK("e3", "q", "em", "question")
                                  LINK("e4", "em", "q", "embedding") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ix"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "em"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* K4 (blind20 had them in draw.io): tools named in Chinese, Korean and
 * Spanish, and one named by its function in a detail line, called by the
 * code that talks with an LLM; credentials named in Japanese on the old
 * Azure key icon; a search engine's index searched by vectors. Quiet: the
 * same Spanish tool word on a page drawing no AI, the key icon named for
 * sign-in, the engine named for keywords. */
static void test_tools_and_stores_in_other_languages(void **state) {
  (void)state;
  static const char xml[] = HEAD V("u", "Kunden", "shape=umlActor;", 0, 0, 30, 60) V(
      "bot", "chat orchestrator (Python)", CARD, 100, 0, 160,
      60) V("llm", "GPT-4.1 (Azure OpenAI)", CARD, 400, 0, 120,
            60) V("zh", "订单查询工具", CARD, 100, 150, 120,
                  60) V("ko", "예약 변경 도구", CARD, 250, 150, 120, 60)
      V("es", "Herramienta de reembolsos (solo lectura)", CARD, 400, 150, 160, 60)
          V("fn", "座席表ツール&lt;br&gt;get_seat_map(flight, date)", CARD, 600, 150, 160,
            60) V("kv", "Key Vault&lt;br&gt;Booking API 認証情報",
                  "shape=mxgraph.azure.access_control;", 100, 300, 60, 60)
              V("id", "Entra ID", "shape=mxgraph.azure.access_control;", 250, 300, 60, 60)
                  V("ix", "rules index&lt;br&gt;Azure AI Search (hybrid)", DB, 400, 300,
                    120, 60) V("kw",
                               "catalogue search&lt;br&gt;Azure AI Search "
                               "(keywords, facets)",
                               DB, 600, 300, 120, 60) LINK("e1", "u", "bot", "question")
                      LINK("e2", "bot", "llm", "prompt + tool definitions")
                          LINK("e3", "llm", "bot", "answer / tool calls")
                              LINK("e4", "bot", "zh", "order no.")
                                  LINK("e5", "bot", "ko", "booking")
                                      LINK("e6", "bot", "es", "refund id")
                                          LINK("e7", "bot", "fn", "flight")
                                              LINK("e8", "kv", "zh", "key")
                                                  LINK("e9", "bot", "ix", "query")
                                                      LINK("e10", "u", "kw", "search")
                                                          LINK("e11", "u", "id",
                                                               "sign"
                                                               "-in") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "zh"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "ko"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "es"), TMC_KIND_AGENT_TOOL);
  /* "solo lectura": read-only in Spanish, a tool that sends nothing out */
  assert_false(ir->elements[elem(ir, "es")].facts.tool_acts);
  assert_int_equal(kind_at(ir, "fn"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "kv"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "id"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ix"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "kw"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);

  static const char dot[] =
      "digraph d {\n"
      " a [label=\"Herramienta de informes\"]; b [shape=cylinder, label=\"ventas DB\"];\n"
      " c [label=\"Analistas\"]; c -> a; a -> b;\n"
      "}\n";
  ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  /* full-width punctuation ends a word as ASCII punctuation does: the
   * engine and the vector word in "Elasticsearch（向量＋关键词）" are read;
   * quiet: the same engine for keywords stays a store */
  static const char cjk[] =
      HEAD V("v", "条款索引&lt;br&gt;Elasticsearch（向量＋关键词）", DB, 0, 0, 160, 60)
          V("k", "商品搜索&lt;br&gt;Elasticsearch（关键词）", DB, 0, 200, 160, 60)
              V("s", "检索服务", CARD, 300, 100, 120, 60) LINK("e1", "s", "v", "查询")
                  LINK("e2", "s", "k", "查询") TAIL;
  ir = drawio_analysed(cjk, NULL);
  assert_int_equal(kind_at(ir, "v"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "k"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* K5 (blind20 had them in draw.io and DOT): the pool a flow hands to
 * labelling for a dataset is a dataset; the bucket a packager fed from a
 * registry writes releases into is a store; a self-hosted chat server on
 * a note is a process. Quiet: an archive only exported to the labelling
 * tool stays a store; a release bucket people upload builds to, with no
 * registry before it, stays the registry. */
static void test_ml_stores_by_role(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " cam [label=\"line camera app\"];\n"
      " pool [shape=cylinder, label=\"low-confidence-frames (S3)\"];\n"
      " arch [shape=cylinder, label=\"frame archive (NAS, 30 days)\"];\n"
      " cvat [label=\"CVAT\"];\n"
      " set [shape=cylinder, label=\"labelled frames\"];\n"
      " tr [label=\"retrain job (PyTorch)\"];\n"
      " reg [label=\"SageMaker Model Registry\"];\n"
      " pk [label=\"ota-packager (Fargate)\"];\n"
      " rel [shape=cylinder, label=\"fleet-releases (S3: model + manifest)\"];\n"
      " dev [label=\"defect detector (on device)\"];\n"
      " chat [shape=note, label=\"Rocket.Chat #line-ops (approve buttons)\"];\n"
      " cam -> pool [label=\"uncertain frames\"]; cam -> arch [label=\"all frames\"];\n"
      " pool -> cvat [label=\"annotation tasks\"]; arch -> cvat [label=\"USB export\"];\n"
      " cvat -> set [label=\"export\"]; set -> tr [label=\"training data\"];\n"
      " tr -> reg [label=\"new version\"]; reg -> pk [label=\"approved\"];\n"
      " pk -> rel [label=\"package\"]; rel -> dev [label=\"nightly pull\"];\n"
      " dev -> cam [label=\"class\"]; pk -> chat [label=\"release note\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "pool"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "arch"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "rel"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "chat"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  static const char xml[] = HEAD V("ml", "ML engineers", "shape=umlActor;", 0, 0, 30, 60)
      V("ob", "ota-release bucket (wake-word model builds)", "shape=folder;", 100, 0, 160,
        60) V("ota", "OTA service", CARD, 300, 0, 120, 60)
          V("kws", "keyword spotter (on the speaker)", CARD, 500, 0, 160, 60)
              LINK("e1", "ml", "ob", "upload build") LINK("e2", "ob", "ota", "release")
                  LINK("e3", "ota", "kws", "update") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ob"), TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_software),
      cmocka_unit_test(test_outside_parties_unzoned),
      cmocka_unit_test(test_model_by_role),
      cmocka_unit_test(test_tools_and_stores_in_other_languages),
      cmocka_unit_test(test_ml_stores_by_role),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
