/* test_paths35.c - attack paths of issue #16, paths35 (blind29's misses in
 * other words and other domains).
 *
 * (1) A hosted chat channel that posts what people message a business
 *     number to the agent (Telegram's Bot API, words.yaml chat_channels) is
 *     a relayed entry, as a hosted mail service is: the riders who message
 *     it keep the slots under the 15-path cap.
 * (2) A person a person hands things to (front desk staff a customer gives a
 *     passport to) is no relay entry: the staff's own paths stay.
 * (3) Tampering with a model is met at the code serving the model it loads
 *     (hosts_model: a Flask API loading model.pkl from the bucket a weekly
 *     retrain writes), never through the .env the job and the API read.
 * (4) "conn string" is a credential word: a settings file listing it and a
 *     token is a key store, and an outsider's path there steals credentials.
 * (5) Swedish names a vector store ("Vektordatabas") and staff ("Anställda").
 * (6) An outside service the agent calls and reads back (drawn as a cloud,
 *     "(3rd-party)") is an agent tool in the hops: AML.T0099 at the entry,
 *     indirect injection into the agent, AML.T0053 beside the harm; and a
 *     hub's weights acting through the agent do not take the cap's slots. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* (1) An e-bike rental's Telegram bot. */
static const char *BIKES =
    "digraph bikes {\n"
    "  riders [label=\"Riders (anyone renting an e-bike)\", shape=ellipse];\n"
    "  tg [label=\"Telegram Bot API\", shape=box3d];\n"
    "  subgraph cluster_h { label=\"Hetzner VM bike-desk\"; style=dashed;\n"
    "    bot [label=\"rental-bot (Node.js)\\n(rider = Telegram user id)\"];\n"
    "    llm [label=\"Mistral Large (la Plateforme)\", shape=ellipse, style=dashed];\n"
    "    hist [label=\"Chat history (Redis)\", shape=cylinder];\n"
    "    env [label=\".env (Stripe key, fleet API token)\", shape=note];\n"
    "    t_unlock [label=\"unlock_bike\", shape=hexagon];\n"
    "    t_refund [label=\"refund_ride\", shape=hexagon];\n"
    "    t_find [label=\"find_rides\", shape=hexagon];\n"
    "    t_mail [label=\"mail_receipt\", shape=hexagon];\n"
    "  }\n"
    "  rides [label=\"Rides database (riders, trips, cards)\", shape=cylinder];\n"
    "  fleet [label=\"Fleet lock API\", shape=box3d];\n"
    "  stripe [label=\"Stripe\", shape=box3d];\n"
    "  mailer [label=\"Postmark\", shape=box3d];\n"
    "  riders -> tg [label=\"messages\"];\n"
    "  tg -> bot [label=\"webhook\"];\n"
    "  bot -> tg [label=\"replies\"];\n"
    "  tg -> riders [label=\"replies\"];\n"
    "  bot -> llm [label=\"prompt + tool schemas\"];\n"
    "  llm -> bot [label=\"tool calls\"];\n"
    "  bot -> hist [label=\"append\"]; hist -> bot [label=\"history\"];\n"
    "  env -> bot [label=\"env\"];\n"
    "  bot -> t_unlock; bot -> t_refund; bot -> t_find; bot -> t_mail;\n"
    "  t_find -> bot [label=\"rides, amounts\"];\n"
    "  t_find -> rides [label=\"query\", dir=both];\n"
    "  t_refund -> stripe [label=\"refund\"];\n"
    "  t_unlock -> fleet [label=\"unlock\"];\n"
    "  t_mail -> mailer [label=\"receipt\"];\n"
    "}\n";

static void test_chat_channel_relayed(void **state) {
  (void)state;
  tmc_ir *ir = analysed(BIKES);
  assert_int_equal(ir->n_paths, 15);
  assert_true(path_shown(ir, "riders", "rides"));
  assert_true(path_shown(ir, "riders", "env"));
  assert_true(paths_starting(ir, "tg") <= 3);
  tmc_ir_free(ir);
}

/* (2) A hotel group's check-in desk. */
static const char *HOTEL =
    "digraph hotel {\n"
    "  guests [label=\"Customers (walk-in, online booking)\", shape=ellipse];\n"
    "  desk [label=\"Front desk staff (one shared login per hotel)\", shape=ellipse];\n"
    "  subgraph cluster_t { label=\"Reception PCs\"; style=dashed;\n"
    "    term [label=\"Check-in terminal app (Electron)\"];\n"
    "  }\n"
    "  subgraph cluster_c { label=\"Group cloud (one VM)\"; style=dashed;\n"
    "    api [label=\"Stay API (Spring Boot)\"];\n"
    "    scans [label=\"Passport scans (blob storage)\", shape=cylinder];\n"
    "    stays [label=\"Stays database (MariaDB)\", shape=cylinder];\n"
    "    web [label=\"Booking page (same VM)\"];\n"
    "  }\n"
    "  guests -> desk [label=\"passport, card\"];\n"
    "  guests -> web [label=\"booking ref + surname\"];\n"
    "  web -> api [label=\"lookup\"];\n"
    "  api -> web [label=\"stay details\"];\n"
    "  desk -> term [label=\"check-in form, passport scan\"];\n"
    "  term -> api [label=\"REST, hotel login\"];\n"
    "  api -> term [label=\"key card code\"];\n"
    "  api -> scans [label=\"passport scans\"];\n"
    "  api -> stays [label=\"stays, guests\"];\n"
    "  stays -> api [label=\"reads\"];\n"
    "}\n";

static void test_person_no_relay(void **state) {
  (void)state;
  tmc_ir *ir = analysed(HOTEL);
  assert_true(path_shown(ir, "desk", "scans"));
  assert_true(path_shown(ir, "guests", "scans"));
  tmc_ir_free(ir);
}

/* (3) A bakery chain's weekly demand forecast. */
static const char *BAKERY =
    "digraph forecast {\n"
    "  pypi [label=\"PyPI (prophet, lightgbm)\", shape=box3d];\n"
    "  planners [label=\"Store planners\", shape=ellipse];\n"
    "  subgraph cluster_dc { label=\"Bakery chain data centre\"; style=dashed;\n"
    "    sales [label=\"Till sales (MySQL)\", shape=cylinder];\n"
    "    train [label=\"Weekly retrain (LightGBM, cron)\"];\n"
    "    bucket [label=\"Trained models (S3, model.pkl)\", shape=folder];\n"
    "    api [label=\"Forecast API (Flask, loads model.pkl)\"];\n"
    "    env [label=\".env (S3 keys, MySQL password)\", shape=note];\n"
    "    orders [label=\"Flour orders (ERP module)\"];\n"
    "  }\n"
    "  sales -> train [label=\"sales history\"];\n"
    "  pypi -> train [label=\"pip install (unpinned)\"];\n"
    "  train -> bucket [label=\"new model.pkl each week\"];\n"
    "  bucket -> api [label=\"model.pkl\"];\n"
    "  env -> train [label=\"reads\", dir=both];\n"
    "  env -> api [label=\"reads\"];\n"
    "  api -> orders [label=\"forecast per shop\"];\n"
    "  orders -> planners [label=\"order proposals\"];\n"
    "  planners -> sales [label=\"corrections\"];\n"
    "}\n";

static void test_tamper_at_serving_code(void **state) {
  (void)state;
  tmc_ir *ir = analysed(BAKERY);
  assert_true(aimed(ir, "pypi", "api", "tamper_model"));
  assert_true(aimed(ir, "planners", "api", "tamper_model"));
  /* the model's way to serving, not the keys file both read */
  assert_false(hop_names(ir, "pypi", "api", "tamper_model", "env", NULL, NULL));
  assert_false(hop_names(ir, "planners", "api", "tamper_model", "env", NULL, NULL));
  tmc_ir_free(ir);
}

/* (4) A garage group's booking site on one VPS. */
static const char *GARAGE =
    "digraph garage {\n"
    "  drivers [label=\"Drivers (book a service online)\", shape=ellipse];\n"
    "  subgraph cluster_vm { label=\"One VPS (garage group)\"; style=dashed;\n"
    "    site [label=\"Booking site (PHP)\"];\n"
    "    api [label=\"Workshop API (Laravel)\"];\n"
    "    jobs [label=\"Job cards (PostgreSQL)\", shape=cylinder];\n"
    "    settings [label=\"settings.ini\\n(conn string, SMS gateway token, mail relay "
    "login)\", shape=note];\n"
    "  }\n"
    "  sms [label=\"Twilio\", shape=box3d];\n"
    "  drivers -> site [label=\"registration + slot\"];\n"
    "  site -> api [label=\"booking\"];\n"
    "  api -> jobs [label=\"job card\"];\n"
    "  settings -> api [label=\"reads\", dir=both];\n"
    "  settings -> site [label=\"reads\"];\n"
    "  api -> sms [label=\"reminders\"];\n"
    "}\n";

static void test_conn_string_key_store(void **state) {
  (void)state;
  tmc_ir *ir = analysed(GARAGE);
  assert_true(elem_at(ir, "settings")->facts.keys_listed);
  assert_true(aimed(ir, "drivers", "settings", "steal_credentials"));
  tmc_ir_free(ir);
}

/* (5) A Swedish warehouse's document assistant. */
static const char *LAGER =
    "digraph lager {\n"
    "  anst [label=\"Anställda (lager, kontor)\", shape=ellipse];\n"
    "  subgraph cluster_az { label=\"Azure (Sverige Central)\"; style=dashed;\n"
    "    app [label=\"Fråga-appen (webb)\"];\n"
    "    rag [label=\"RAG-tjänst (Python)\"];\n"
    "    vdb [label=\"Vektordatabas (OpenSearch)\", shape=cylinder];\n"
    "    idx [label=\"Nattlig indexering (Functions)\"];\n"
    "  }\n"
    "  docs [label=\"Dokumentarkiv (SharePoint)\", shape=folder];\n"
    "  gpt [label=\"GPT-4o (Azure OpenAI)\", shape=ellipse];\n"
    "  anst -> app [label=\"frågor\"];\n"
    "  app -> rag [label=\"frågor\"];\n"
    "  rag -> app [label=\"svar\"];\n"
    "  app -> anst [label=\"svar\"];\n"
    "  rag -> vdb [label=\"sök\", dir=both];\n"
    "  rag -> gpt [label=\"prompt\"]; gpt -> rag [label=\"svar\"];\n"
    "  docs -> idx [label=\"alla dokument\"];\n"
    "  idx -> vdb [label=\"bitar + vektorer\"];\n"
    "}\n";

static void test_scandinavian_words(void **state) {
  (void)state;
  tmc_ir *ir = analysed(LAGER);
  assert_int_equal(elem_at(ir, "vdb")->kind, TMC_KIND_VECTOR_STORE);
  assert_true(elem_at(ir, "anst")->facts.person);
  /* the nightly indexer poisons the index the answers are drawn from */
  assert_true(hop_names(ir, "docs", "gpt", NULL, "vdb", "AML.T0070", NULL));
  tmc_ir_free(ir);
}

/* (6) A recipe assistant whose agent calls two outside services (draw.io;
 * in two literals: one would pass the length C99 compilers must take). */
static const char *CHEF_A =
    "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"cooks\" value=\"Home cooks (app users)\" "
    "style=\"shape=umlActor;html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" "
    "y=\"0\" width=\"30\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"z\" value=\"Render.com (recipe-ai)\" "
    "style=\"rounded=0;whiteSpace=wrap;html=1;dashed=1;fillColor=none;verticalAlign=top;"
    "container=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"100\" y=\"0\" "
    "width=\"900\" height=\"500\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"api\" value=\"Recipe API (FastAPI)\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"10\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"orch\" value=\"Chef agent (Python, tool loop)\" "
    "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"150\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"llm\" value=\"Llama 3.1 8B (vLLM, our weights)\" "
    "style=\"ellipse;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"300\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"prefs\" value=\"Cook profiles (Postgres: diet, address, saved card "
    "id)\" style=\"shape=cylinder3;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"450\" y=\"30\" width=\"120\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"keys\" value=\".env (partner API keys)\" "
    "style=\"shape=note;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry "
    "x=\"600\" y=\"30\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"grocer\" value=\"GroceryNow (3rd-party): orders + pays groceries with "
    "saved card\" style=\"ellipse;shape=cloud;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"1\"><mxGeometry x=\"1100\" y=\"0\" width=\"160\" height=\"80\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"tips\" value=\"SpiceTips (3rd-party): sponsored cooking tips (free "
    "text)\" style=\"ellipse;shape=cloud;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"1\"><mxGeometry x=\"1100\" y=\"150\" width=\"160\" height=\"80\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"hub\" value=\"Hugging Face Hub (meta-llama)\" "
    "style=\"ellipse;shape=cloud;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"1\"><mxGeometry x=\"1100\" y=\"300\" width=\"160\" height=\"80\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"units\" value=\"convert_units tool\" "
    "style=\"shape=hexagon;whiteSpace=wrap;html=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"150\" y=\"200\" width=\"120\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e14\" edge=\"1\" parent=\"1\" source=\"orch\" "
    "target=\"units\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e15\" value=\"result\" edge=\"1\" parent=\"1\" source=\"units\" "
    "target=\"orch\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n";
static const char *CHEF_B =
    "<mxCell id=\"e1\" value=\"recipe questions\" edge=\"1\" parent=\"1\" "
    "source=\"cooks\" target=\"api\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e2\" value=\"answers\" edge=\"1\" parent=\"1\" source=\"api\" "
    "target=\"cooks\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e3\" value=\"chat\" edge=\"1\" parent=\"1\" source=\"api\" "
    "target=\"orch\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e4\" value=\"reply\" edge=\"1\" parent=\"1\" source=\"orch\" "
    "target=\"api\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e5\" value=\"prompt + tool specs\" edge=\"1\" parent=\"1\" "
    "source=\"orch\" target=\"llm\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e6\" value=\"answer / tool call\" edge=\"1\" parent=\"1\" "
    "source=\"llm\" target=\"orch\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e7\" value=\"read / write profile\" edge=\"1\" parent=\"1\" "
    "source=\"orch\" target=\"prefs\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e8\" value=\"env\" edge=\"1\" parent=\"1\" source=\"keys\" "
    "target=\"orch\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e9\" value=\"basket + delivery address\" edge=\"1\" parent=\"1\" "
    "source=\"orch\" target=\"grocer\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e10\" value=\"order confirmations\" edge=\"1\" parent=\"1\" "
    "source=\"grocer\" target=\"orch\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e11\" value=\"dish, cuisine\" edge=\"1\" parent=\"1\" source=\"orch\" "
    "target=\"tips\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e12\" value=\"tips (free text)\" edge=\"1\" parent=\"1\" "
    "source=\"tips\" target=\"orch\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e13\" value=\"base weights\" edge=\"1\" parent=\"1\" source=\"hub\" "
    "target=\"llm\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel>\n";
static char CHEF[8192];

static void test_service_agent_calls(void **state) {
  (void)state;
  snprintf(CHEF, sizeof CHEF, "%s%s", CHEF_A, CHEF_B);
  tmc_ir *ir = analysed_as("t.drawio", CHEF);
  assert_true(aimed(ir, "tips", "grocer", "act_through_agent"));
  assert_true(
      hop_names(ir, "tips", "grocer", "act_through_agent", "tips", "AML.T0099", NULL));
  assert_true(hop_names(ir, "tips", "grocer", "act_through_agent", "orch",
                        "AML.T0051.001", NULL));
  assert_true(hop_names(ir, "tips", "grocer", "act_through_agent", "grocer", "AML.T0048",
                        "AML.T0053"));
  /* the cooks type their own words: still direct */
  assert_true(hop_names(ir, "cooks", "grocer", "act_through_agent", "orch",
                        "AML.T0051.000", NULL));
  /* the hub's weights acting through the agent are shown after the pairs' best */
  assert_false(aimed(ir, "hub", "grocer", "act_through_agent"));
  assert_false(aimed(ir, "hub", "tips", "act_through_agent"));
  assert_true(aimed(ir, "hub", "llm", "tamper_model"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_chat_channel_relayed),
      cmocka_unit_test(test_person_no_relay),
      cmocka_unit_test(test_tamper_at_serving_code),
      cmocka_unit_test(test_conn_string_key_store),
      cmocka_unit_test(test_scandinavian_words),
      cmocka_unit_test(test_service_agent_calls),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
