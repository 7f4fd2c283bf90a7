/* test_paths24.c - attack paths of blind23's cause P (paths24): what the
 * attacker wants names the goal. Forged readings from units in the field,
 * published through the broker every unit shares and scored by a model as
 * it serves, are a flood (deny_service: chaff, AML.T0046, and the scorer
 * denied, AML.T0029), not the model tampered with. Each in diagrams worded
 * unlike blind23 (draw.io where blind23 drew DOT, and the other way round),
 * people drawn as people, with quiet cases. */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* A water utility's leak detector: smart water meters send hourly counts
 * over LoRaWAN to gateways, which publish them to an EMQX broker; the
 * counts land in TimescaleDB, a job computes night-flow features and a
 * leak model (XGBoost, the utility's own) scores every district hourly.
 * Whoever transmits as meters floods the broker with fake counts: the
 * scores go wrong or late for the district (TMC-PATH-040: AML.T0046 at
 * the meters, AML.T0029 at the model). Quiet: the same meters posting to
 * the utility's HTTPS API one by one, no broker the units share, name no
 * such flood. */
#define METERS(bus, bus_label)                                                           \
  HEAD ZONE("z", "Utility cloud (Azure)", 300, 0, 1100, 500) V(                          \
      "m", "Smart water meters (12k homes)", "shape=mxgraph.cisco.misc.sensor;html=1;",  \
      0, 100, 60, 60) V("ops", "Leak crew", "shape=umlActor;html=1;", 0, 350, 30,        \
                        60) C("gw", "z", "LoRaWAN gateways", CARD, 20, 40, 120,          \
                              60) C(bus, "z", bus_label, CARD, 200, 40, 120, 60)         \
      C("ts", "z", "Hourly counts (TimescaleDB)", DB, 380, 40, 120,                      \
        60) C("feat", "z", "Night-flow feature job (Python)", CARD, 560, 40, 120, 60)    \
          C("ft", "z", "District features", DB, 740, 40, 120, 60)                        \
              C("leak", "z", "Leak model (XGBoost, our own, scores hourly)", CARD, 900,  \
                40, 140, 60) C("app", "z", "Crew dispatch app", CARD, 900, 250, 140, 60) \
                  LINK("e1", "m", "gw", "hourly counts (radio)")                         \
                      LINK("e2", "gw", bus, "uplinks") LINK("e3", bus, "ts", "counts")   \
                          LINK("e4", "ts", "feat", "last 24 h")                          \
                              LINK("e5", "feat", "ft", "features")                       \
                                  LINK("e6", "ft", "leak", "features")                   \
                                      LINK("e7", "leak", "app", "leak alerts")           \
                                          LINK("e8", "app", "ops", "jobs") TAIL

static void test_forged_readings_flood_the_scorer_drawio(void **state) {
  (void)state;
  static const char *xml = METERS("mq", "EMQX broker (MQTT)");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "mq")].facts.device_broker);
  assert_true(path_of(ir, "m", "leak", "TMC-PATH-040"));
  assert_true(hop_names(ir, "m", "leak", "deny_service", "m", "AML.T0046", NULL));
  assert_true(hop_names(ir, "m", "leak", "deny_service", "leak", "AML.T0029", NULL));
  tmc_ir_free(ir);
  /* quiet: each meter posts to an API of ours, no broker they share */
  static const char *api = METERS("mq", "Meter intake API (HTTPS, per-meter token)");
  ir = analysed_as("t.drawio", api);
  assert_false(ir->elements[el(ir, "mq")].facts.device_broker);
  assert_false(path_of(ir, "m", "leak", "TMC-PATH-040"));
  tmc_ir_free(ir);
}

/* A travel agency's booking assistant in DOT: the agent loads the
 * manifests and tool descriptions of the plugins staff enabled from an
 * "MCP marketplace" and puts them into every prompt. Whoever publishes a
 * plugin rewrites its description after approval: the model is hijacked
 * (TMC-PATH-041: AML.T0010.005 at the marketplace, AML.T0110 at the agent
 * that loads the tool), not tampered with and not flooded. Quiet: a tool
 * server the agent calls that was installed from such a marketplace
 * answers with its output, read back as tool data (AML.T0099): the
 * injection chain names that route, not the poisoned tool's. */
static void test_tool_description_rewritten_at_its_source_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  travellers [shape=ellipse, label=\"Travellers (web chat)\"];\n"
      "  market [shape=box3d, label=\"MCP marketplace (third-party tool listings)\"];\n"
      "  subgraph cluster_app { label=\"Booking cloud (GCP)\";\n"
      "    agent [label=\"Booking agent (LangGraph)\"];\n"
      "    llm [label=\"Llama 3.3 70B on vLLM\", type=llm];\n"
      "    fares [label=\"fare_search\", type=agent_tool];\n"
      "  }\n"
      "  hotels [label=\"hotel_rates MCP server (third party, from the Smithery "
      "marketplace)\", type=agent_tool];\n"
      "  travellers -> agent [label=\"chat\"];\n"
      "  agent -> travellers [label=\"answers\"];\n"
      "  market -> agent [label=\"tool manifests + descriptions\"];\n"
      "  agent -> llm [label=\"prompt + tool schemas\"];\n"
      "  llm -> agent [label=\"tool calls\"];\n"
      "  agent -> fares [label=\"search\"];\n"
      "  agent -> hotels [label=\"rates(city)\"];\n"
      "  hotels -> agent [label=\"rates + notes\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(path_of(ir, "market", "llm", "TMC-PATH-041"));
  assert_true(
      hop_names(ir, "market", "llm", "hijack_model", "market", "AML.T0010.005", NULL));
  assert_true(hop_names(ir, "market", "llm", "hijack_model", "agent", "AML.T0110", NULL));
  assert_false(aimed(ir, "market", "llm", "deny_service"));
  /* quiet: the tool server's own answers are its output */
  assert_false(path_of(ir, "hotels", "llm", "TMC-PATH-041"));
  assert_true(
      hop_names(ir, "hotels", "llm", "hijack_model", "hotels", "AML.T0099", NULL));
  tmc_ir_free(ir);
}

/* A price-comparison site's supplier import in draw.io, worded in French:
 * suppliers' XML catalogues are parsed by an importer (libxml2) on the
 * jobs box, whose settings file lists the certificate's private key and
 * the SFTP passwords; what the importer files is summarised by Mistral
 * nightly. A catalogue with an external entity reads that file: credential
 * theft (TMC-PATH-006), the parser exploited on the way (AML.T0049), the
 * keys taken (AML.T0055). Quiet: the same supplier's text on its way to
 * the model is still planted content the system fetches (AML.T0066 at the
 * importer, no AML.T0049 there), and a store of certificates of origin
 * holds no credentials. */
static void test_xml_feed_reads_the_keys_beside_it_drawio(void **state) {
  (void)state;
  static const char *xml = HEAD ZONE("z", "Serveur de tâches (OVH)", 300, 0, 900, 500)
      V("sup", "Fournisseurs (catalogues XML)", "shape=umlActor;html=1;", 0, 100, 30,
        60) C("imp", "z", "Import des catalogues (Python, libxml2, parseur XML)", CARD,
              20, 40, 140, 60)
          C("cfg", "z", "settings.ini (clé privée du certificat, mots de passe SFTP)", DB,
            20, 250, 140,
            60) C("cat", "z", "Catalogue produits (Postgres)", DB, 220, 40, 120, 60)
              C("orig", "z", "Certificats d'origine (PDF)", DB, 220, 250, 120, 60)
                  C("job", "z", "Résumés nocturnes (job)", CARD, 400, 40, 120, 60)
                      C("llm", "z", "Mistral Large (API)", CARD, 600, 40, 120, 60)
                          LINK("e1", "sup", "imp", "catalogue XML (URL du fournisseur)")
                              LINK("e2", "imp", "cfg", "lit")
                                  LINK("e3", "imp", "cat", "produits + descriptions")
                                      LINK("e4", "imp", "orig", "pièces jointes")
                                          LINK("e5", "cat", "job", "descriptions")
                                              LINK("e6", "job", "llm", "prompt")
                                                  LINK("e7", "llm", "job", "résumé") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "imp")].facts.parses_xml);
  assert_true(ir->elements[el(ir, "cfg")].facts.keys_listed);
  assert_true(aimed(ir, "sup", "cfg", "steal_credentials"));
  assert_true(hop_names(ir, "sup", "cfg", "steal_credentials", "imp", "AML.T0049", NULL));
  assert_true(hop_names(ir, "sup", "cfg", "steal_credentials", "cfg", "AML.T0055", NULL));
  /* quiet: on the way to the model the importer files planted content */
  assert_false(hop_names(ir, "sup", "llm", "hijack_model", "imp", "AML.T0049", NULL));
  assert_false(ir->elements[el(ir, "orig")].facts.keys_listed);
  tmc_ir_free(ir);
}

/* A broadcaster's subtitling model in DOT: a monthly fine-tune takes a
 * public corpus of read speech volunteers add to, the station's
 * archive and the base checkpoint, registers the new version and serves
 * it live. A planted phrase-to-text pairing published to the corpus is
 * learnt: tamper_model from the corpus to the live model, the attacker
 * publishing poisoned data (AML.T0019) into the data supply chain
 * (AML.T0010.002) at the entry. Quiet: listeners phoning in reach the
 * live model as audio, publishing no dataset. */
static void test_public_corpus_is_the_data_supply_chain_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  corpus [shape=box3d, label=\"Volunteer read-speech public corpus (open "
      "download)\"];\n"
      "  callers [shape=ellipse, label=\"Listeners phoning in\"];\n"
      "  subgraph cluster_dc { label=\"Station data centre\";\n"
      "    desk [label=\"Studio desk (playout)\"];\n"
      "    asr [label=\"Live speech recognition model\", type=model];\n"
      "    archive [shape=cylinder, label=\"Programme archive\", type=dataset];\n"
      "    tune [label=\"Monthly fine-tune (GPU server)\", type=pipeline];\n"
      "    reg [label=\"Model registry (MLflow)\", type=model_registry]; }\n"
      "  callers -> desk [label=\"calls on air\"];\n"
      "  desk -> asr [label=\"programme audio\"];\n"
      "  corpus -> tune [label=\"clips + transcripts\"];\n"
      "  archive -> tune [label=\"aired subtitles\"];\n"
      "  tune -> reg [label=\"new version\"];\n"
      "  reg -> asr [label=\"deploy (Production)\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(aimed(ir, "corpus", "asr", "tamper_model"));
  assert_true(hop_names(ir, "corpus", "asr", "tamper_model", "corpus", "AML.T0019",
                        "AML.T0010.002"));
  /* quiet: callers publish no dataset */
  assert_false(any_hop_names(ir, "callers", NULL, "AML.T0019"));
  assert_false(any_hop_names(ir, "callers", NULL, "AML.T0010.002"));
  tmc_ir_free(ir);
}

/* A freight broker's agent in draw.io reads a shared inbox carriers and
 * anyone else mail, and calls fast_pay, which pays a carrier's invoice
 * once a proof of delivery arrives: an injected e-mail makes the model
 * call it, money leaves (AML.T0053 with AML.T0048.000 at the tool).
 * Quiet: the lookup tool that only reads a carrier's profile moves no
 * money. */
static void test_tool_that_pays_is_financial_harm_drawio(void **state) {
  (void)state;
  static const char *xml = HEAD ZONE("z", "Broker cloud (AWS)", 300, 0, 900, 500)
      V("car", "Carriers and dispatch services", "shape=umlActor;html=1;", 0, 100, 30, 60)
          C("inbox", "z", "Shared loads inbox (Gmail)", DB, 20, 40, 120, 60)
              C("agent", "z", "Load desk agent (LangChain)", CARD, 200, 40, 120, 60)
                  C("llm", "z", "GPT-4.1 (OpenAI API)", CARD, 400, 40, 120, 60)
                      C("pay", "z", "fast_pay (pays carrier invoice on POD)",
                        "shape=hexagon;html=1;", 200, 250, 120, 60)
                          C("look", "z", "carrier_profile (reads authority and contacts)",
                            "shape=hexagon;html=1;", 400, 250, 120,
                            60) LINK("e1", "car", "inbox", "PODs, invoices")
                              LINK("e2", "inbox", "agent", "thread")
                                  LINK("e3", "agent", "llm", "prompt")
                                      LINK("e4", "llm", "agent", "tool calls")
                                          LINK("e5", "agent", "pay", "pay(invoice)")
                                              LINK("e6", "agent", "look", "lookup(mc)")
                                                  LINK("e7", "look", "agent", "profile")
                                                      TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "car", "pay", "act_through_agent", "pay", "AML.T0053",
                        "AML.T0048.000"));
  /* quiet: a lookup moves no money */
  assert_false(hop_names(ir, "car", "look", NULL, "look", NULL, "AML.T0048.000"));
  tmc_ir_free(ir);
}

/* A tech blog aggregator in draw.io: a fetcher takes any blog's RSS, a
 * summariser worker has Claude write each post's summary and files it in
 * the summaries database; a weekly digest builder mails the picked
 * summaries through Mailgun to every reader. A post carrying instructions
 * makes the model write a phishing link into its summary, and the digest
 * mails it to every reader: the model acts through the mail service
 * (TMC-PATH-005: AML.T0048 with AML.T0052 at Mailgun). Quiet: the
 * sign-up service's password-reset mail through the same kind of service
 * carries no model's words. */
static void test_model_words_mailed_to_readers_drawio(void **state) {
  (void)state;
  static const char *xml = HEAD ZONE("z", "Aggregator (Hetzner)", 300, 0, 1000, 500) V(
      "blogs", "Blog authors (any RSS feed)", "shape=umlActor;html=1;", 0, 100, 30,
      60) V("readers", "Readers", "shape=umlActor;html=1;", 0, 350, 30,
            60) V("mg", "Mailgun (newsletter stream, 40k readers)", CARD, 1100, 100, 140,
                  60) V("ses", "Amazon SES (account mail)", CARD, 1100, 350, 140,
                        60) C("fetch", "z", "Feed fetcher (cron)", CARD, 20, 40, 120, 60)
      C("arts", "z", "Posts cache (Redis)", DB, 200, 40, 140,
        60) C("summ", "z", "Summaries DB (Postgres)", DB, 200, 250, 140,
              60) C("sum", "z", "Summariser worker (Python)", CARD, 400, 40, 120, 60)
          C("claude", "z", "Claude Haiku (Anthropic API)", CARD, 600, 40, 120,
            60) C("digest", "z", "Weekly digest builder", CARD, 400, 250, 120, 60)
              C("signup", "z", "Sign-up service", CARD, 600, 250, 120, 60)
                  LINK("e1", "blogs", "fetch", "RSS") LINK("e2", "fetch", "arts", "posts")
                      LINK("e3", "arts", "sum", "new posts") LINK("e4", "sum", "claude",
                                                                  "post + prompt")
                          LINK("e5", "claude", "sum", "summary")
                              LINK("e6", "sum", "summ", "summaries")
                                  LINK("e7", "summ", "digest", "picked summaries")
                                      LINK("e8", "digest", "mg", "HTML e-mail")
                                          LINK("e9", "mg", "readers", "newsletter")
                                              LINK("e10", "readers", "signup", "sign up")
                                                  LINK("e11", "signup", "ses",
                                                       "password reset mail") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(aimed(ir, "blogs", "mg", "act_through_agent"));
  assert_true(
      hop_names(ir, "blogs", "mg", "act_through_agent", "mg", "AML.T0048", "AML.T0052"));
  /* quiet: no model's words reach the account mail */
  assert_false(aimed(ir, "readers", "ses", "act_through_agent"));
  assert_false(any_hop_names(ir, "readers", NULL, "AML.T0052"));
  tmc_ir_free(ir);
}

/* A greenhouse in draw.io, worded in French: soil-moisture sensors send
 * readings over LoRa to a gateway; an ingest service writes them to
 * InfluxDB; the grower's own model forecasts water stress and switches
 * the irrigation valves' PLC. Readings forged to look normal keep the
 * forecast under its threshold and the valves stay shut: the device
 * driven by the model is left idle (TMC-PATH-042: AML.T0015 at the model,
 * AML.T0043.003 on the way). Quiet: the alerts the same model sends
 * through an SMS service drive no device. */
static void test_device_left_idle_by_evaded_model_drawio(void **state) {
  (void)state;
  static const char *xml = HEAD ZONE("z", "Serre (réseau local)", 300, 0, 1000, 500)
      V("cap", "Capteurs d'humidité du sol (LoRa)", CARD, 0, 100, 120,
        60) V("sms", "Service SMS (alertes)", CARD, 1100, 300, 120, 60)
          C("gw", "z", "Passerelle LoRa", CARD, 20, 40, 120, 60)
              C("ing", "z", "Service d'ingestion", CARD, 200, 40, 120, 60)
                  C("ts", "z", "Mesures (InfluxDB)", DB, 380, 40, 120, 60)
                      C("mod", "z", "Modèle de stress hydrique (notre modèle, XGBoost)",
                        CARD, 560, 40, 140, 60)
                          C("plc", "z", "Automate des vannes d'irrigation (PLC)", CARD,
                            760, 40, 140, 60) LINK("e1", "cap", "gw", "mesures")
                              LINK("e2", "gw", "ing", "trames")
                                  LINK("e3", "ing", "ts", "écrit")
                                      LINK("e4", "ts", "mod", "dernières mesures")
                                          LINK("e5", "mod", "plc", "ouvrir / fermer")
                                              LINK("e6", "mod", "sms", "alerte") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "cap")].facts.sensor);
  assert_true(path_of(ir, "cap", "plc", "TMC-PATH-042"));
  assert_true(hop_names(ir, "cap", "plc", "deny_service", "mod", "AML.T0015", NULL));
  /* quiet: an SMS service is no device the model drives */
  assert_false(path_of(ir, "cap", "sms", "TMC-PATH-042"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_forged_readings_flood_the_scorer_drawio),
      cmocka_unit_test(test_tool_description_rewritten_at_its_source_dot),
      cmocka_unit_test(test_xml_feed_reads_the_keys_beside_it_drawio),
      cmocka_unit_test(test_public_corpus_is_the_data_supply_chain_dot),
      cmocka_unit_test(test_tool_that_pays_is_financial_harm_drawio),
      cmocka_unit_test(test_model_words_mailed_to_readers_drawio),
      cmocka_unit_test(test_device_left_idle_by_evaded_model_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
