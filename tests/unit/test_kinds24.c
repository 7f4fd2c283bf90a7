/* test_kinds24.c - kinds misread by blind23 and blind22 other than people
 * (causes24 K), each by its family, in other words and the other format,
 * with the near misses that must stay: agent tools named by an id prefix
 * or drawn like the agent's other tools; a job head naming training; the
 * store a training step writes into and a model loads; features named by
 * their store; payables platforms; training words in Catalan, Swahili,
 * Spanish, Vietnamese and German. Wordings are this file's own. */
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

/* Ids naming what an agent calls by a callable's prefix (blind23 had
 * "tool:carrier_lookup"; here "fn_", "mcp__" and "tools."), called by an
 * agent's code. Quiet: a store filed under a tool prefix stays a store. */
static void test_tool_id_prefixes(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " agent [label=\"Returns agent (LangGraph loop)\"];\n"
      " llm [shape=ellipse, label=\"Claude Sonnet (Anthropic API)\"];\n"
      " fn_refund_quote [label=\"refund_quote\\nPricing API: rules\"];\n"
      " mcp__crm__find_customer [label=\"find_customer\\nSalesforce "
      "REST API\"];\n"
      " \"tools.stock_check\" [label=\"stock_check\\nWMS API\"];\n"
      " tool_registry [shape=cylinder, label=\"Tool registry\"];\n"
      " agent -> llm [label=\"prompt + tool schemas\"];\n"
      " llm -> agent [label=\"tool calls\"];\n"
      " agent -> fn_refund_quote; agent -> mcp__crm__find_customer;\n"
      " agent -> \"tools.stock_check\"; agent -> tool_registry;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "fn_refund_quote"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "mcp__crm__find_customer"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "tools.stock_check"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "tool_registry"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* Quiet: the same prefixes where no agent calls them (an upload service's
 * serverless function, a reporting API) name no agent's tools. */
static void test_tool_id_prefixes_no_agent(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " up [label=\"Upload service (Node.js)\"];\n"
      " fn_resize_image [label=\"resize_image\\nAzure Function\"];\n"
      " \"tools.audit_export\" [label=\"audit_export\\nReporting API\"];\n"
      " db [shape=cylinder, label=\"Orders DB\"];\n"
      " users [label=\"Customers\"];\n"
      " users -> up; up -> fn_resize_image; up -> \"tools.audit_export\";\n"
      " up -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "fn_resize_image"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "tools.audit_export"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io: a callable's prefix glued to its name in the label
 * ("tool:search_orders"), an MCP server's tool as its clients name it
 * ("github/create_issue"), and a hexagon named as code names things drawn
 * like the agent's other tools ("warranty_7yr" beside "create_ticket").
 * Quiet: a hexagon named as people name services stays a service. */
#define HEX "shape=hexagon;whiteSpace=wrap;html=1;fillColor=#fff2cc;"
static void test_tools_drawn_alike(void **state) {
  (void)state;
  static const char xml[] = HEAD V(
      "ag", "Support copilot&lt;br&gt;orchestrator, tool loop", CARD, 0, 0, 120, 60)
      V("m", "GPT-4o (Azure OpenAI)", "ellipse;whiteSpace=wrap;html=1;", 200, 0, 120, 60)
          V("t1", "create_ticket", HEX, 0, 200, 120, 60)
              V("t2", "warranty_7yr&lt;br&gt;coverage by VIN", HEX, 200, 200, 120, 60)
                  V("t3", "Parts catalogue API", HEX, 400, 200, 120, 60)
                      V("t4", "tool:search_orders&lt;br&gt;Orders service", CARD, 0, 400,
                        120, 60) V("t5", "github/create_issue", CARD, 200, 400, 120, 60)
                          LINK("e1", "ag", "m", "prompt + tool schemas")
                              LINK("e2", "m", "ag", "tool calls") E("e3", "ag", "t1")
                                  E("e4", "ag", "t2") E("e5", "ag", "t3")
                                      E("e6", "ag", "t4") E("e7", "ag", "t5") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "t1"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t2"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t4"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t5"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t3"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A job head with a training word ("Monthly fine-tune\nKubernetes job") is
 * the training step; the unnamed bucket it writes into with a bare arrow
 * and a model loads from is the registry; a store named for features a
 * job writes and a model reads is the feature store; payables and ACH
 * platforms by name are vendors. Quiet: an ETL job, an embedding refresh
 * job, a features catalogue only a web app reads, our payouts service. */
static void test_ml_jobs_stores_vendors(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " ev [shape=cylinder, label=\"Click events (BigQuery)\"];\n"
      " fj [label=\"Feature builder job (Spark)\"];\n"
      " fs [shape=cylinder, label=\"Daily features\\n(per shopper, 30 "
      "days)\"];\n"
      " rk [shape=component, label=\"Ranker (LightGBM, ranking)\"];\n"
      " tr [label=\"Monthly fine-tune\\nKubernetes job\"];\n"
      " wb [shape=cylinder, label=\"s3://rk-out\"];\n"
      " etl [label=\"Nightly ETL job\\n(dbt)\"];\n"
      " emb [label=\"Embedding refresh job\"];\n"
      " wh [shape=cylinder, label=\"Warehouse\"];\n"
      " pf [shape=cylinder, label=\"Product features catalogue\"];\n"
      " web [label=\"Storefront web app\"];\n"
      " pay [label=\"Tipalti\\nsupplier payouts\"];\n"
      " dw [label=\"Dwolla (ACH transfers)\"];\n"
      " po [label=\"Payouts service\"];\n"
      " ev -> fj; fj -> fs; fs -> rk; ev -> tr; tr -> wb; wb -> rk;\n"
      " ev -> etl; etl -> wh; wh -> emb; pf -> web; web -> rk;\n"
      " po -> pay; po -> dw; web -> po;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "wb"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "fs"), TMC_KIND_FEATURE_STORE);
  assert_int_equal(kind_at(ir, "pay"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "dw"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "etl"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "emb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pf"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "po"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* Training words in other languages (blind23 had Catalan, blind22 Swahili
 * and Vietnamese in other words): a Swahili training set, a Catalan weekly
 * retraining, a registry named after its product, a German forecast
 * service loading the model file from it (the model served), a registry
 * kept as the newest version in Vietnamese. Quiet: a Catalan incident
 * register stays a store; a report service loading the same file names
 * no model's task. */
static void test_training_words_languages(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " src [shape=cylinder, label=\"Sensordaten (TimescaleDB)\"];\n"
      " ds [label=\"Data ya mafunzo (mazungumzo yaliyochujwa)\"];\n"
      " tr [label=\"Reentrenament setmanal (PyTorch)\"];\n"
      " reg [label=\"DVC registre de models\"];\n"
      " svc [label=\"Prognose-Dienst\\nlädt model.onnx stündlich\"];\n"
      " rep [label=\"Bericht-Dienst\\nlädt model.onnx\"];\n"
      " inc [shape=cylinder, label=\"Registre d'incidències\"];\n"
      " vn [shape=folder, label=\"MinIO mô hình/ (phiên bản mới nhất)\"];\n"
      " app [label=\"Ứng dụng cảnh báo\"];\n"
      " src -> ds; ds -> tr; tr -> reg [label=\"nova versió\"];\n"
      " reg -> svc; src -> svc; svc -> app; reg -> rep; inc -> rep;\n"
      " rep -> app; tr -> vn [label=\"model.pkl\"]; vn -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "ds"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "vn"), TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_at(ir, "inc"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "rep"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "src"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* Pictures with nothing but a label (blind23 drew Catalan icons): one a
 * flow saves pairs into ("guarda pares") and only the fine-tune reads is
 * its training data. Quiet: one saved into that also feeds a dashboard
 * stays what it was. */
#define IMG                                                                              \
  "shape=image;html=1;verticalLabelPosition=bottom;image=data:image/"                    \
  "svg+xml,PHN2Zz48L3N2Zz4=;"
static void test_saved_pairs_dataset(void **state) {
  (void)state;
  static const char xml[] = HEAD V("ed", "Editor de guiones", IMG, 0, 0, 120, 60)
      V("pr", "Pares corregidos audio / texto", IMG, 200, 0, 120, 60)
          V("q", "Revisiones pendientes", IMG, 400, 0, 120, 60)
              V("tr", "Ajuste fino mensual (GPU)", IMG, 200, 200, 120, 60)
                  V("m", "Modelo ASR en vivo", IMG, 400, 200, 120, 60)
                      V("out", "Panel de calidad", IMG, 600, 200, 120, 60)
                          LINK("e1", "ed", "pr", "guarda pares") E("e2", "pr", "tr")
                              LINK("e3", "ed", "q", "guarda revisiones")
                                  E("e4", "q", "tr") LINK("e5", "q", "out", "pendientes")
                                      LINK("e6", "tr", "m", "nueva versión")
                                          LINK("e7", "m", "out", "métricas") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "pr"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ed"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* Agent code sharing its users' fill (blind23 drew the orchestrator in the
 * shoppers' blue) stays the system's: its words name an agent. Quiet: the
 * same card naming no agent is still read by the fill as the outside's. */
#define GUESTS_PAGE(label)                                                               \
  HEAD V("c", "Guests", "shape=actor;html=1;fillColor=#dae8fc;", 0, 0, 120, 60)          \
      V("a", label, "rounded=1;html=1;fillColor=#dae8fc;", 200, 0, 120, 60)              \
          V("m", "Mistral Small (vLLM)", "shape=cube;html=1;fillColor=#e1d5e7;", 400, 0, \
            120, 60) V("d", "Bookings DB", "shape=cylinder3;html=1;fillColor=#d5e8d4;",  \
                       200, 200, 120, 60)                                                \
              V("t", "find_room", "shape=hexagon;html=1;fillColor=#fff2cc;", 400, 200,   \
                120, 60) V("p", "Payments service",                                      \
                           "rounded=1;html=1;fillColor=#f5f5f5;", 0, 200, 120, 60)       \
                  LINK("e1", "c", "a", "request") LINK("e2", "a", "m", "prompt")         \
                      LINK("e3", "m", "a", "reply") LINK("e4", "a", "d", "save")         \
                          E("e5", "a", "t") LINK("e6", "a", "p", "charge") TAIL
static void test_agent_in_users_fill(void **state) {
  (void)state;
  static const char agent[] = GUESTS_PAGE("Concierge API&lt;br&gt;planner · agent loop");
  static const char plain[] = GUESTS_PAGE("Concierge API&lt;br&gt;bookings · payments");
  tmc_ir *ir = drawio_analysed(agent, NULL);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  ir = drawio_analysed(plain, NULL);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tool_id_prefixes),
      cmocka_unit_test(test_tool_id_prefixes_no_agent),
      cmocka_unit_test(test_tools_drawn_alike),
      cmocka_unit_test(test_ml_jobs_stores_vendors),
      cmocka_unit_test(test_training_words_languages),
      cmocka_unit_test(test_saved_pairs_dataset),
      cmocka_unit_test(test_agent_in_users_fill),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
