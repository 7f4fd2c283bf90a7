/* test_kinds19.c - kinds misread by blind18 (causes19 K1..K7), each by its
 * family: people called agents; a page of ids read as words, its tools
 * known by the calling flow; vendors' AI services as models; an agent's
 * tools by what they do; vector stores by their words over a cylinder;
 * DOT records named by their first field, card terminals; message brokers
 * and pipelines. Wordings are this file's own (no test set uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* K1, K2: a page whose ids are its names. People called agents or
 * advisors are people; the services an agent calls with a flow saying a
 * function call or a tool invocation are its tools; the chat platform it
 * also talks to is not, however its id is spelt. */
static void test_id_page(void **state) {
  (void)state;
  static const char dot[] =
      "digraph helpdesk {\n"
      "  shoppers [shape=ellipse]\n"
      "  live_agents [shape=ellipse]\n"
      "  service_advisors [shape=ellipse]\n"
      "  subgraph cluster_chat { label=\"Chat platform\"; chat_router; }\n"
      "  subgraph cluster_bot { label=\"Assistant\";\n"
      "    copilot_orchestrator\n"
      "    gpt4o_llm [shape=component] }\n"
      "  subgraph cluster_erp { label=\"ERP\";\n"
      "    order_status_service [shape=hexagon]\n"
      "    loyalty_points_endpoint [shape=hexagon]\n"
      "    erp_db [shape=cylinder] }\n"
      "  shoppers -> chat_router [label=\"chat\"]\n"
      "  chat_router -> copilot_orchestrator [label=\"messages\"]\n"
      "  copilot_orchestrator -> chat_router [label=\"replies, handover\"]\n"
      "  copilot_orchestrator -> gpt4o_llm [label=\"prompt, tool definitions\"]\n"
      "  gpt4o_llm -> copilot_orchestrator [label=\"answer or function call\"]\n"
      "  copilot_orchestrator -> order_status_service [label=\"function call (mTLS)\"]\n"
      "  order_status_service -> copilot_orchestrator [label=\"status JSON\"]\n"
      "  copilot_orchestrator -> loyalty_points_endpoint [label=\"invoke tool\"]\n"
      "  loyalty_points_endpoint -> copilot_orchestrator [label=\"points\"]\n"
      "  order_status_service -> erp_db\n"
      "  chat_router -> live_agents [label=\"handover\"]\n"
      "  chat_router -> service_advisors [label=\"escalation\"]\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "live_agents"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "service_advisors"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "chat_router"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "order_status_service"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "loyalty_points_endpoint"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "erp_db"), TMC_KIND_DATA_STORE);
  /* the label reports show is still the id */
  assert_string_equal(ir->elements[elem(ir, "live_agents")].label, "live_agents");
  tmc_ir_free(ir);
}

/* K2 on a labelled page: a service named as people name services that an
 * agent calls with a flow saying a tool call is its tool; one it calls
 * with a plain flow stays a service. */
static void test_tool_call_flow(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Returns assistant\";\n"
      "    loop [label=\"Returns agent loop (Semantic Kernel)\"];\n"
      "    llm [label=\"Mistral Large (La Plateforme)\"];\n"
      "    rma [label=\"RMA service\"];\n"
      "    carrier [label=\"Carrier booking API\"];\n"
      "    wms [label=\"Warehouse API\"]; }\n"
      "  cust [label=\"Customers\"];\n"
      "  cust -> loop [label=\"chat\"];\n"
      "  loop -> llm [label=\"prompt + tool schemas\"];\n"
      "  llm -> loop [label=\"tool choice\"];\n"
      "  loop -> rma [label=\"tool call: create_rma\"]; rma -> loop;\n"
      "  loop -> carrier [label=\"function call\"]; carrier -> loop;\n"
      "  loop -> wms [label=\"stock level (REST)\"]; wms -> loop;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "rma"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "carrier"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "wms"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K3: vendors' AI services by product are the vendor's models (served per
 * call, no asset of ours), also on a page that draws a model of its own
 * and under a head 'API'; one named after another vendor's service the
 * box is (telephony transcribed by a speech vendor) is that vendor. */
static void test_vendor_models(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Listing review\";\n"
      "    api [label=\"Listings API\"]; scorer [label=\"Risk scoring service\"];\n"
      "    m [label=\"Fraud model (XGBoost)\"];\n"
      "    db [shape=cylinder, label=\"Listings DB\"]; }\n"
      "  sellers [label=\"Sellers\"];\n"
      "  nud [label=\"Sightengine nudity API\"];\n"
      "  tr [label=\"DeepL API\"];\n"
      "  cs [label=\"Azure AI Content Safety\"];\n"
      "  face [label=\"Azure Face API\"];\n"
      "  tel [label=\"Twilio Voice, transcribed by AssemblyAI\"];\n"
      "  sellers -> api [label=\"listing, photos\"]; api -> scorer;\n"
      "  scorer -> m; m -> scorer;\n"
      "  scorer -> nud [label=\"image URL\"]; nud -> scorer [label=\"score\"];\n"
      "  scorer -> tr [label=\"title\"]; tr -> scorer [label=\"English text\"];\n"
      "  scorer -> cs [label=\"text\"]; cs -> scorer [label=\"severity\"];\n"
      "  api -> face [label=\"selfie\"]; face -> api [label=\"match\"];\n"
      "  api -> tel [label=\"callback audio\"]; tel -> api;\n"
      "  api -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "nud"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "cs"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "face"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "tel"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_MODEL);
  assert_false(ir->elements[elem(ir, "nud")].facts.is_asset);
  assert_false(ir->elements[elem(ir, "face")].facts.is_asset);
  assert_true(ir->elements[elem(ir, "m")].facts.is_asset);
  tmc_ir_free(ir);
}

/* K3 on a page of ids: a speech service by what it does, the vendor's. */
static void test_vendor_model_ids(void **state) {
  (void)state;
  static const char dot[] =
      "digraph ivr {\n"
      "  patients [shape=ellipse]\n"
      "  subgraph cluster_app { label=\"Clinic IVR\"; call_handler; bookings_db "
      "[shape=cylinder] }\n"
      "  google_speech_to_text [shape=component]\n"
      "  patients -> call_handler [label=\"call\"]\n"
      "  call_handler -> google_speech_to_text [label=\"audio\"]\n"
      "  google_speech_to_text -> call_handler [label=\"text\"]\n"
      "  call_handler -> bookings_db\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "google_speech_to_text"), TMC_KIND_MODEL);
  assert_false(ir->elements[elem(ir, "google_speech_to_text")].facts.is_asset);
  tmc_ir_free(ir);
}

/* K5: a store whose words name a vector engine is the vector store, also
 * when the embedding model that filled it is named beside it (a heavier
 * model word); the embedding service itself stays what it is. */
static void test_vector_store_words(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Contracts assistant\";\n"
      "    bot [label=\"Clause Q&A agent\"];\n"
      "    emb [label=\"Embedding service (bge-m3)\"];\n"
      "    a [shape=cylinder, label=\"Clause index\\npgvecto.rs (bge-m3 embeddings)\"];\n"
      "    b [shape=cylinder, label=\"chunks\\nsqlite-vss (e5-large)\"];\n"
      "    c [shape=cylinder, label=\"Qdrant (nomic-embed-text vectors)\"]; }\n"
      "  bot -> emb; emb -> bot; bot -> a; a -> bot; bot -> b; b -> bot;\n"
      "  bot -> c; c -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "b"), TMC_KIND_VECTOR_STORE);
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_VECTOR_STORE);
  assert_int_not_equal(kind_at(ir, "emb"), TMC_KIND_VECTOR_STORE);
  tmc_ir_free(ir);
}

/* K7: a device broker on a messaging icon (Mosquitto on SQS's) is the
 * broker, a process; a stream features pass through on their way to the
 * model is no feature store; pipelines of CI/CD products (Forgejo
 * Actions, Azure Pipelines) are CI/CD processes, a training pipeline stays
 * one. */
#define ICON(id, value, style, x)                                                        \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"1\"><mxGeometry x=\"" x "\" y=\"40\" width=\"60\" height=\"60\" "            \
  "as=\"geometry\"/></mxCell>"
#define LINE(id, s, t)                                                                   \
  "<mxCell id=\"" id "\" value=\"\" edge=\"1\" parent=\"1\" source=\"" s                 \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

static void test_brokers_and_pipelines(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" ICON(
          "mq", "Mosquitto MQTT broker (plant-mqtt-01)",
          "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sqs;", "0")
          ICON("q", "order-events queue",
               "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sqs;", "100")
              ICON("w", "Order worker", "rounded=1;", "200") LINE("e1", "mq", "w")
                  LINE("e2", "q", "w") "</root></mxGraphModel>";
  reset_diags();
  tmc_ir *ir = ir_analysed("t.drawio", xml, strlen(xml), cat, NULL, &diags);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "mq"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);

  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Line monitoring\";\n"
      "    gw [label=\"Edge gateway (feature extraction)\"];\n"
      "    hub [shape=cylinder, label=\"Kafka topic line-features\"];\n"
      "    score [label=\"Anomaly scoring service\"];\n"
      "    m [label=\"Anomaly model (isolation forest)\"];\n"
      "    ci [label=\"Forgejo Actions pipelines (deploy.yml)\"];\n"
      "    az [label=\"Azure Pipelines release pipeline\"];\n"
      "    tr [label=\"Retraining pipeline (Kubeflow)\"]; }\n"
      "  gw -> hub [label=\"features\"]; hub -> score [label=\"features\"];\n"
      "  score -> m; m -> score; ci -> score [label=\"deploy\"];\n"
      "  az -> score [label=\"release\"]; tr -> m [label=\"new model\"];\n"
      "}\n";
  ir = analyse_with(dot, cat, NULL);
  assert_int_not_equal(kind_at(ir, "hub"), TMC_KIND_FEATURE_STORE);
  assert_int_equal(kind_at(ir, "ci"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "az"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_PIPELINE);
  tmc_ir_free(ir);
}

/* K4: what an agent calls to search or read the web (Firecrawl, Exa) and
 * to run the code its model wrote (E2B) are its tools, by what they do;
 * a web search tool changes no stored data. */
static void test_tools_by_function(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Research copilot\";\n"
      "    agent [label=\"Research agent (CrewAI)\"];\n"
      "    llm [label=\"GPT-4.1 (Azure OpenAI)\"];\n"
      "    fc [label=\"Firecrawl scrape API\"];\n"
      "    exa [label=\"Exa search\"];\n"
      "    e2b [label=\"E2B code interpreter\"];\n"
      "    notes [shape=cylinder, label=\"Notes DB\"]; }\n"
      "  user [label=\"Analysts\"];\n"
      "  user -> agent; agent -> user;\n"
      "  agent -> llm [label=\"prompt\"]; llm -> agent [label=\"plan\"];\n"
      "  agent -> fc [label=\"URL list\"]; fc -> agent [label=\"markdown\"];\n"
      "  agent -> exa [label=\"query\"]; exa -> agent [label=\"results\"];\n"
      "  agent -> e2b [label=\"generated Python\"]; e2b -> agent [label=\"stdout\"];\n"
      "  agent -> notes;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "fc"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "exa"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "e2b"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "agent"), TMC_KIND_PROCESS);
  assert_false(ir->elements[elem(ir, "exa")].facts.tool_destroys);
  tmc_ir_free(ir);
}

/* K6: a DOT record's first field names it ("{Customer database|customers,
 * loyalty points}" is the database, not its customers); card terminals
 * are the outside customers present cards to. */
static void test_records_and_terminals(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  node [shape=record];\n"
      "  subgraph cluster_lan { label=\"Clinic LAN\";\n"
      "    pos [label=\"{Front desk PC|Windows 11|<pay> payments module}\"];\n"
      "    db [label=\"{Customer database|customers, loyalty points, addresses}\"];\n"
      "    pax [label=\"{PAX A920 terminals|2 per desk|<wifi> Wi-Fi pairing}\"];\n"
      "    mini [label=\"{Clover Mini terminals|semi-integrated}\"]; }\n"
      "  pos:pay -> pax:wifi [label=\"amount\"];\n"
      "  pax:wifi -> pos:pay [label=\"approved\"];\n"
      "  pos -> mini; mini -> pos [label=\"approved\"]; pos -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "pax"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "mini"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pos"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K1 in labels and other languages: contact-centre people a voicebot
 * hands over to are people, not an AI agent. */
static void test_people_called_agents(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  subgraph cluster_s { label=\"Contact centre\";\n"
      "    bot [label=\"Voicebot orchestrator\"];\n"
      "    llm [label=\"Claude 3.5 (Bedrock)\"]; }\n"
      "  a [label=\"Kundenberater\"]; c [label=\"CSRs (tier 1)\"];\n"
      "  f [label=\"Live-chat agents\"]; h [label=\"Conseillers clientèle\"];\n"
      "  d [label=\"Agents (outsourced staff, Cebu)\"];\n"
      "  t [label=\"Claims agent (for adjusters)\"];\n"
      "  bot -> llm; llm -> bot; bot -> a; bot -> c; bot -> f; bot -> h;\n"
      "  bot -> d; bot -> t;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "f"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "h"), TMC_KIND_EXTERNAL);
  /* "agents" an aside says are people; one serving people stays code */
  assert_int_equal(kind_at(ir, "d"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "t"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "bot"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_id_page),
      cmocka_unit_test(test_tool_call_flow),
      cmocka_unit_test(test_vendor_models),
      cmocka_unit_test(test_vendor_model_ids),
      cmocka_unit_test(test_vector_store_words),
      cmocka_unit_test(test_brokers_and_pipelines),
      cmocka_unit_test(test_tools_by_function),
      cmocka_unit_test(test_records_and_terminals),
      cmocka_unit_test(test_people_called_agents),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
