/* test_aiids34.c - AI ids that generalise (issue #15, aiids34): the findings
 * a rose-oil yield model, a fishing assistant with partner plugins and a
 * phone-number chat agent met only with STRIDE letters or missed (blind29),
 * each in other words and another domain, in both formats, with a quiet
 * case (a near miss that must stay quiet).
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?[, id]) lines (want_helpers.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_pieces.h"
#include "engine_helpers.h"
#include "want_helpers.h"

/* Outsiders declare values that code saves into a table a model scores
 * from later (no API between them and the model): evasion where the
 * declaration enters (TMC-ML-041, through stores_for_model). Quiet: staff
 * typing the same values, and a table only training reads. */
static void test_declared_inputs_through_a_store(void **state) {
  (void)state;
  CHECK("digraph{hauliers[shape=ellipse,label=\"Subcontracted hauliers\"];"
        " subgraph cluster_d{label=\"Depot\";"
        " tab[label=\"Dispatch tablet\"];"
        " trips[shape=cylinder,label=\"Trips DB (Postgres)\"];"
        " scorer[label=\"Fuel bonus scorer\"];"
        " m[type=model,label=\"Fuel-use model (XGBoost)\"]}"
        " hauliers->tab[label=\"declared load and route\"];"
        " tab->trips[label=\"trips\"]; trips->scorer[label=\"new trips\"];"
        " scorer->m[label=\"features\"]; m->scorer[label=\"expected litres\"]}",
        {"TMC-ML-041", "hauliers -> tab", true});
  static const char xml[] = PAGE(
      BOX("p", "Apicultores asociados", PERSON, 0, 0) ZONE("z", "Cooperativa", 200, 0,
                                                           700, 400)
          INBOX("k", "z", "Báscula de recepción", CODE, 220, 40)
              INBOX("s", "z", "Entregas (MySQL)", STORE, 420, 40)
                  INBOX("c", "z", "Calculadora de primas", CODE, 620, 40)
                      BOX("m", "Modelo de rendimiento de miel", "rounded=1;type=model;",
                          620, 200) ARROW("e1", "kilos y colmenar declarado", "p", "k")
                          ARROW("e2", "entregas", "k", "s") ARROW("e3", "lotes", "s", "c")
                              ARROW("e4", "rasgos", "c", "m")
                                  ARROW("e5", "kilos esperados", "m", "c"));
  CHECK_DRAWIO(xml, {"TMC-ML-041", "e1", true});
  /* quiet: staff keying the values in, and a table only a trainer reads */
  CHECK("digraph{clerks[shape=ellipse,label=\"Depot clerks (staff)\"];"
        " hauliers[shape=ellipse,label=\"Subcontracted hauliers\"];"
        " subgraph cluster_d{label=\"Depot\";"
        " tab[label=\"Dispatch tablet\"]; desk[label=\"Trip entry screen\"];"
        " trips[shape=cylinder,label=\"Trips DB (Postgres)\"];"
        " hist[shape=cylinder,label=\"Trip history (Parquet)\"];"
        " scorer[label=\"Fuel bonus scorer\"];"
        " train[label=\"Monthly retrain job\"];"
        " m[type=model,label=\"Fuel-use model (XGBoost)\"]}"
        " clerks->desk[label=\"load and route\"]; desk->trips[label=\"trips\"];"
        " trips->scorer[label=\"new trips\"]; scorer->m[label=\"features\"];"
        " m->scorer[label=\"expected litres\"];"
        " hauliers->tab[label=\"declared load\"]; tab->hist[label=\"trips\"];"
        " hist->train[label=\"training rows\"]; train->m[label=\"new weights\"]}",
        {"TMC-ML-041", "clerks -> desk", false},
        {"TMC-ML-041", "hauliers -> tab", false});
}

/* A trainer writes each run's model into the file the scoring service
 * loads: no step between training and serving (TMC-MLOPS-205, ML10). Quiet:
 * a release step between them that reads the bucket and publishes to the
 * registry the service follows. */
static void test_training_straight_into_serving(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_a{label=\"Analytics VPC\";"
        " rows[shape=cylinder,label=\"Churn training set (Parquet)\"];"
        " train[label=\"Weekly retrain (Airflow DAG)\"];"
        " bucket[shape=cylinder,label=\"Model bucket (current.onnx)\"];"
        " api[label=\"Churn scoring API (loads current.onnx)\"]}"
        " crm[shape=ellipse,label=\"Retention team\"];"
        " rows->train[label=\"training rows\"]; train->bucket[label=\"new model\"];"
        " bucket->api[label=\"model file\"]; crm->api[label=\"score account\"];"
        " api->crm[label=\"churn risk\"]}",
        {"TMC-MLOPS-205", "train -> bucket", true});
  static const char xml[] = PAGE(
      ZONE("z", "Rechenzentrum", 0, 0, 900, 400)
          INBOX("d", "z", "Trainingsdaten (Parquet)", STORE, 20, 40)
              INBOX("t", "z", "Nächtliches Training (PyTorch)", CODE, 220, 40)
                  INBOX("r", "z", "Modellablage (model.pt)", STORE, 420, 40)
                      INBOX("s", "z", "Prognosedienst (lädt model.pt)", CODE, 620, 40)
                          BOX("u", "Disponenten", PERSON, 620, 300)
                              ARROW("e1", "Trainingsdaten", "d", "t")
                                  ARROW("e2", "neues Modell", "t", "r")
                                      ARROW("e3", "model.pt", "r", "s")
                                          ARROW("e4", "Anfrage", "u", "s")
                                              ARROW("e5", "Prognose", "s", "u"));
  CHECK_DRAWIO(xml, {"TMC-MLOPS-205", "e2", true});
  /* a registry counts where it says the newest takes the served one's
   * place; quiet where it only keeps versions */
  CHECK("digraph{subgraph cluster_m{label=\"ML platform\";"
        " ft[label=\"Weekly fine-tune (axolotl)\"];"
        " d[shape=cylinder,label=\"Rated chats (training set)\"];"
        " reg[type=model_registry,label=\"Ranker registry\"];"
        " srv[label=\"Ranker API (vLLM)\"]}"
        " d->ft[label=\"training rows\"]; ft->reg[label=\"overwrites latest\"];"
        " reg->srv[label=\"weights\"]}",
        {"TMC-MLOPS-205", "ft -> reg", true});
  CHECK("digraph{subgraph cluster_m{label=\"ML platform\";"
        " ft[label=\"Weekly fine-tune (axolotl)\"];"
        " d[shape=cylinder,label=\"Rated chats (training set)\"];"
        " reg[type=model_registry,label=\"Ranker registry\"];"
        " srv[label=\"Ranker API (vLLM)\"]}"
        " d->ft[label=\"training rows\"]; ft->reg[label=\"register version\"];"
        " reg->srv[label=\"weights\"]}",
        {"TMC-MLOPS-205", "ft -> reg", false});
  /* quiet: a release step between the bucket and what serves */
  CHECK("digraph{subgraph cluster_a{label=\"Analytics VPC\";"
        " rows[shape=cylinder,label=\"Churn training set (Parquet)\"];"
        " train[label=\"Weekly retrain (Airflow DAG)\"];"
        " bucket[shape=cylinder,label=\"Candidate models (ONNX files)\"];"
        " gate[label=\"Release step (compares with champion)\"];"
        " reg[shape=cylinder,label=\"Model registry (MLflow)\"];"
        " api[label=\"Churn scoring API\"]}"
        " crm[shape=ellipse,label=\"Retention team\"];"
        " rows->train[label=\"training rows\"]; train->bucket[label=\"new model\"];"
        " bucket->gate[label=\"candidate\"]; gate->reg[label=\"promote\"];"
        " reg->api[label=\"model file\"]; crm->api[label=\"score account\"];"
        " api->crm[label=\"churn risk\"]}",
        {"TMC-MLOPS-205", "train -> bucket", false});
}

/* The code acting on a model's answers hands the outcome to people whose
 * response is what the model learns from next: the loop closes where the
 * decision leaves the system (TMC-TRAIN-205, AML.T0031/ML08). Quiet: the
 * same decision going out where training learns from a bought dataset only. */
static void test_decision_feeds_back_through_people(void **state) {
  (void)state;
  CHECK("digraph{shoppers[shape=ellipse,label=\"Shoppers\"];"
        " subgraph cluster_s{label=\"Shop platform\";"
        " checkout[label=\"Checkout service\"];"
        " orders[shape=cylinder,label=\"Orders DB\"];"
        " train[label=\"Nightly training job\"];"
        " m[type=model,label=\"Discount propensity model\"];"
        " offers[label=\"Offer engine\"]}"
        " shoppers->checkout[label=\"purchases\"]; checkout->orders[label=\"orders\"];"
        " orders->train[label=\"training rows\"]; train->m[label=\"weights\"];"
        " offers->m[label=\"basket features\"]; m->offers[label=\"propensity\"];"
        " offers->shoppers[label=\"personal discounts\"]}",
        {"TMC-TRAIN-205", "offers", true});
  CHECK_IDS(
      "case.dot",
      "digraph{shoppers[shape=ellipse,label=\"Shoppers\"];"
      " subgraph cluster_s{label=\"Shop platform\";"
      " checkout[label=\"Checkout service\"];"
      " orders[shape=cylinder,label=\"Orders DB\"];"
      " train[label=\"Nightly training job\"];"
      " m[type=model,label=\"Discount propensity model\"];"
      " offers[label=\"Offer engine\"]}"
      " shoppers->checkout[label=\"purchases\"]; checkout->orders[label=\"orders\"];"
      " orders->train[label=\"training rows\"]; train->m[label=\"weights\"];"
      " offers->m[label=\"basket features\"]; m->offers[label=\"propensity\"];"
      " offers->shoppers[label=\"personal discounts\"]}",
      {"TMC-TRAIN-205", "offers", "AML.T0031", true},
      {"TMC-TRAIN-205", "offers", "ML08:2023", true});
  /* quiet: the model learns from a bought panel, not from the shoppers */
  CHECK("digraph{shoppers[shape=ellipse,label=\"Shoppers\"];"
        " panel[shape=box3d,label=\"Nielsen panel data\"];"
        " subgraph cluster_s{label=\"Shop platform\";"
        " checkout[label=\"Checkout service\"];"
        " orders[shape=cylinder,label=\"Orders DB\"];"
        " train[label=\"Nightly training job\"];"
        " m[type=model,label=\"Discount propensity model\"];"
        " offers[label=\"Offer engine\"]}"
        " shoppers->checkout[label=\"purchases\"]; checkout->orders[label=\"orders\"];"
        " panel->train[label=\"panel extract\"]; train->m[label=\"weights\"];"
        " offers->m[label=\"basket features\"]; m->offers[label=\"propensity\"];"
        " offers->shoppers[label=\"personal discounts\"]}",
        {"TMC-TRAIN-205", "offers", false});
}

/* An outside directory sends the agent its tools' descriptions as they
 * change (TMC-AGENT-205, AML.T0110/LLM03). Quiet: the same party sending
 * only usage reports. */
static void test_tool_descriptions_from_outside(void **state) {
  (void)state;
  static const char xml[] = PAGE(
      BOX("dir", "Partner tool directory", CLOUD, 0, 0)
          ZONE("z", "Helpdesk cloud", 300, 0, 700, 400)
              INBOX("a", "z", "Support agent loop (LangGraph)", CODE, 320, 40)
                  INBOX("l", "z", "GPT-4.1 (Azure OpenAI)", "ellipse;type=llm;", 620, 40)
                      BOX("u", "Support staff", PERSON, 320, 500)
                          ARROW("e1", "tool descriptions, synced hourly", "dir", "a")
                              ARROW("e2", "prompt + tool specs", "a", "l")
                                  ARROW("e3", "tool call", "l", "a")
                                      ARROW("e4", "ticket question", "u", "a")
                                          ARROW("e5", "answer", "a", "u"));
  CHECK_DRAWIO(xml, {"TMC-AGENT-205", "e1", true});
  CHECK("digraph{subgraph cluster_h{label=\"Helpdesk cloud\";"
        " agent[label=\"Support agent loop\"]; llm[type=llm,label=\"Claude (Bedrock)\"];"
        " tool[type=agent_tool,label=\"ticket_search tool\"]}"
        " hub[shape=ellipse,label=\"Integration partners\"];"
        " hub->agent[label=\"tool definitions (pushed on release)\"];"
        " agent->llm[label=\"prompt\"]; llm->agent[label=\"tool call\"];"
        " agent->tool[label=\"query\"]; tool->agent[label=\"tickets\"]}",
        {"TMC-AGENT-205", "hub -> agent", true});
  /* quiet: usage reports from the same hub */
  CHECK("digraph{subgraph cluster_h{label=\"Helpdesk cloud\";"
        " agent[label=\"Support agent loop\"]; llm[type=llm,label=\"Claude (Bedrock)\"];"
        " tool[type=agent_tool,label=\"ticket_search tool\"]}"
        " hub[shape=ellipse,label=\"Integration partners\"];"
        " hub->agent[label=\"monthly usage report\"];"
        " agent->llm[label=\"prompt\"]; llm->agent[label=\"tool call\"];"
        " agent->tool[label=\"query\"]; tool->agent[label=\"tickets\"]}",
        {"TMC-AGENT-205", "hub -> agent", false});
}

/* The agent hands a partner's plugin, drawn as an outside party, what its
 * users told it: conversation content leaving through a tool call
 * (TMC-LLM-016 with AML.T0086). Quiet: the answer to the user. */
static void test_agent_hands_partner_plugin_user_data(void **state) {
  (void)state;
  const char *dot =
      "digraph{guests[shape=ellipse,label=\"Travellers\"];"
      " subgraph cluster_t{label=\"Trip planner (our cloud)\";"
      " loop[label=\"Trip agent (tool loop)\"];"
      " llm[type=llm,label=\"Mistral Large\"];"
      " prefs[shape=cylinder,label=\"Traveller profiles (passport no., diet)\"]}"
      " hotel[shape=box,label=\"StayHub partner plugin (3rd party)\"];"
      " guests->loop[label=\"chat\"]; loop->guests[label=\"answers\"];"
      " prefs->loop[label=\"profile\"];"
      " loop->llm[label=\"prompt + tools\"]; llm->loop[label=\"tool call\"];"
      " loop->hotel[label=\"booking request + traveller profile\"];"
      " hotel->loop[label=\"offers\"]}";
  CHECK(dot, {"TMC-LLM-016", "loop -> hotel", true},
        {"TMC-LLM-016", "loop -> guests", false});
  CHECK_IDS("case.dot", dot, {"TMC-LLM-016", "loop -> hotel", "AML.T0086", true});
}

/* A chat thread kept per caller and read back into their chats: whoever
 * comes to act as that caller reads and edits the history (TMC-LLM-015
 * citing AML.T0092). Quiet: a log of answers nobody reads back. */
static void test_per_caller_thread_history(void **state) {
  (void)state;
  CHECK_IDS("case.dot",
            "digraph{tenants[shape=ellipse,label=\"Tenants (SMS)\"];"
            " subgraph cluster_h{label=\"Housing association\";"
            " bot[label=\"Repairs bot service\"];"
            " llm[type=llm,label=\"Gemini (Vertex AI)\"];"
            " thread[shape=cylinder,label=\"Chat threads (Redis, per phone number)\"];"
            " leases[shape=cylinder,label=\"Tenancy records\"]}"
            " tenants->bot[label=\"message\"]; bot->tenants[label=\"reply\"];"
            " bot->thread[label=\"append\"]; thread->bot[label=\"history\"];"
            " leases->bot[label=\"tenancy\"];"
            " bot->llm[label=\"prompt\"]; llm->bot[label=\"answer\"]}",
            {"TMC-LLM-015", "thread", "AML.T0092", true});
  CHECK_IDS("case.dot",
            "digraph{tenants[shape=ellipse,label=\"Tenants (SMS)\"];"
            " subgraph cluster_h{label=\"Housing association\";"
            " bot[label=\"Repairs bot service\"];"
            " llm[type=llm,label=\"Gemini (Vertex AI)\"];"
            " log[shape=cylinder,label=\"Answer archive (BigQuery)\"];"
            " leases[shape=cylinder,label=\"Tenancy records\"]}"
            " tenants->bot[label=\"message\"]; bot->tenants[label=\"reply\"];"
            " bot->log[label=\"question + answer\"];"
            " leases->bot[label=\"tenancy\"];"
            " bot->llm[label=\"prompt\"]; llm->bot[label=\"answer\"]}",
            {"TMC-LLM-015", "log", "AML.T0092", false});
}

/* A weather vendor named by brand, or weather data in another language,
 * feeding training: a vendor's data feed (TMC-SUPPLY-185, AML.T0010.002);
 * what an outside party writes into training data erodes it (TMC-TRAIN-023
 * citing AML.T0059); money paid on a model's output as it came (TMC-ML-017
 * citing ML09). */
static void test_feeds_and_payouts(void **state) {
  (void)state;
  const char *dot =
      "digraph{wx[shape=box3d,label=\"Tomorrow.io\"];"
      " labs[shape=ellipse,label=\"Partner soil labs\"];"
      " subgraph cluster_v{label=\"Vineyard co-op\";"
      " hist[shape=cylinder,label=\"Harvest history (Postgres)\"];"
      " ds[shape=folder,label=\"Training extract\"];"
      " train[label=\"Retrain job (LightGBM)\"];"
      " m[type=model,label=\"Grape yield model\"];"
      " svc[label=\"Yield service\"];"
      " pay[label=\"Grower payments (ERP)\"]}"
      " growers[shape=ellipse,label=\"Growers\"];"
      " wx->ds[label=\"Wetterdaten je Parzelle\"];"
      " labs->hist[label=\"soil results (CSV)\"];"
      " hist->ds[label=\"export\"]; ds->train[label=\"training\"];"
      " train->m[label=\"weights\"]; svc->m[label=\"features\"];"
      " m->svc[label=\"expected tonnes\"]; svc->pay[label=\"expected tonnes\"];"
      " pay->growers[label=\"advance payment\"]}";
  CHECK(dot, {"TMC-SUPPLY-185", "wx -> ds", true});
  CHECK_IDS("case.dot", dot, {"TMC-TRAIN-023", "labs -> hist", "AML.T0059", true},
            {"TMC-ML-017", "pay", "ML09:2023", true});
}

/* A timed job reading its token from a config file beside it and acting
 * in another party's account: the token's whole scope is the job's
 * (TMC-APP-242, E/CWE-250). No AI here, so no AI id either. Quiet: the
 * same job taking its token from a vault. */
static void test_job_token_kept_beside_it(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_v{label=\"Office VM\";"
        " sync[label=\"Invoice push (cron, 02:00)\"];"
        " cfg[shape=note,label=\"config.ini (refresh token, client id)\"];"
        " inv[shape=cylinder,label=\"Invoices DB\"]}"
        " xero[shape=box,label=\"Xero accounting API\"];"
        " cfg->sync[label=\"reads\"]; inv->sync[label=\"new invoices\"];"
        " sync->xero[label=\"invoices (OAuth)\"]}",
        {"TMC-APP-242", "sync -> xero", true});
  static const char xml[] = PAGE(
      ZONE("z", "Servidor del taller", 0, 0, 700,
           300) INBOX("j", "z", "Sincronización nocturna (cron 03:00)", CODE, 20, 40)
          INBOX("c", "z", ".env (token de Mercado Libre)", "shape=note;", 300, 40)
              BOX("m", "Mercado Libre API", CLOUD, 0, 400) ARROW("e1", "lee", "c", "j")
                  ARROW("e2", "publicaciones", "j", "m"));
  CHECK_DRAWIO(xml, {"TMC-APP-242", "e2", true});
  CHECK_IDS("case.dot",
            "digraph{subgraph cluster_v{label=\"Office VM\";"
            " sync[label=\"Invoice push (cron, 02:00)\"];"
            " cfg[shape=note,label=\"config.ini (refresh token, client id)\"]}"
            " xero[shape=box,label=\"Xero accounting API\"];"
            " cfg->sync[label=\"reads\"]; sync->xero[label=\"invoices (OAuth)\"]}",
            {"TMC-APP-242", "sync -> xero", "CWE-250", true});
  /* quiet: the token comes from a vault */
  CHECK("digraph{subgraph cluster_v{label=\"Office VM\";"
        " sync[label=\"Invoice push (cron, 02:00)\"];"
        " kv[shape=note,label=\"Azure Key Vault\"]}"
        " xero[shape=box,label=\"Xero accounting API\"];"
        " kv->sync[label=\"token\"]; sync->xero[label=\"invoices (OAuth)\"]}",
        {"TMC-APP-242", "sync -> xero", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_declared_inputs_through_a_store),
      cmocka_unit_test(test_training_straight_into_serving),
      cmocka_unit_test(test_decision_feeds_back_through_people),
      cmocka_unit_test(test_tool_descriptions_from_outside),
      cmocka_unit_test(test_agent_hands_partner_plugin_user_data),
      cmocka_unit_test(test_per_caller_thread_history),
      cmocka_unit_test(test_feeds_and_payouts),
      cmocka_unit_test(test_job_token_kept_beside_it),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
