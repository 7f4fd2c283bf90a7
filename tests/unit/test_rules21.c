/* test_rules21.c - the "rules21" cause (causes21 F): findings a reviewer
 * expected on blind20 that tmc missed, each fixed as a family. Time,
 * billing, accounting and pay records staff change with nobody on record
 * (TMC-REPUD-210); evasion where the public, wherever drawn, or a party
 * sending data feeds a classic model of the system's own (TMC-ML-041); a
 * served model drawn as its own server loading a public hub's files
 * (TMC-SUPPLY-013, AML.T0011.000); a vendor's workforce, known by the zone
 * it is drawn in, signing in to the system's console (TMC-SPOOF-188 and
 * TMC-TRAIN-188 on the sign-in). Each family in other words than blind20's
 * and in both formats, with near misses that stay quiet: no AI id where no
 * model is drawn, no evasion without a model, no repudiation of records
 * only the public or code reach.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines, as in test_rules20.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"
#include "drawio_pieces.h"
#include "want_helpers.h"

/* F1: the application staff keep time entries, bills, the books or pay in,
 * reached through a VPN or an intranet portal (TMC-REPUD-210), said by its
 * name or by what staff send it, in English, German or Polish; not where
 * only the public and code reach a billing service, not one saying its
 * changes keep their author, not a plain application staff use. */
static void test_work_records(void **state) {
  (void)state;
  CHECK("digraph{l[shape=box,label=\"Associates (firm laptops)\"];"
        " v[label=\"SSL VPN gateway\"]; t[label=\"Clio practice management\"];"
        " db[shape=cylinder,label=\"matters DB\"];"
        " l->v; v->t[label=\"hours worked\"]; t->db[label=\"save\",dir=both]}",
        {"TMC-REPUD-210", "t", true}, {"TMC-REPUD-001", "t", false});
  CHECK("digraph{s[shape=box,label=\"Buchhalter\"]; p[label=\"intranet portal\"];"
        " a[label=\"ERP module\"]; s->p; p->a[label=\"Zeiterfassung, Abrechnung\"]}",
        {"TMC-REPUD-210", "a", true});
  CHECK_DRAWIO(PAGE(BOX("u", "Księgowe", PERSON, 0, 0)
                        BOX("w", "Rozliczenia i płace (Symfonia)", CODE, 200, 0)
                            BOX("d", "baza danych", STORE, 400, 0)
                                ARROW("e1", "korekty", "u", "w")
                                    ARROW("e2", "zapis", "w", "d")),
               {"TMC-REPUD-210", "w", true});
  /* quiet: only customers and code reach the billing service */
  CHECK("digraph{c[shape=box,label=\"Customers\"]; w[label=\"web shop\"];"
        " j[label=\"nightly job\"]; b[label=\"billing service\"];"
        " c->w[label=\"checkout\"]; w->b[label=\"charge\"]; j->b[label=\"renewals\"]}",
        {"TMC-REPUD-210", "b", false});
  /* quiet: its changes are kept with their author */
  CHECK("digraph{s[shape=box,label=\"Consultants\"];"
        " t[label=\"timesheets app (audit trail)\"]; s->t[label=\"hours\"]}",
        {"TMC-REPUD-210", "t", false});
  /* quiet: an application staff use that keeps no such records */
  CHECK_DRAWIO(PAGE(BOX("u", "Engineers", PERSON, 0, 0) BOX("w", "wiki", CODE, 200, 0)
                        ARROW("e1", "edit pages", "u", "w")),
               {"TMC-REPUD-210", "w", false});
}

/* F2: evasion where crafted input enters on its way to a classic model of
 * the system's own (TMC-ML-041): the public drawn inside the shop's zone at
 * a checkout, brokers uploading applications in bulk that also become
 * training data (a supplier of data: an outside source, still an outsider
 * whose input the model decides on); not staff, not a public model hub,
 * not where no model is drawn. */
static void test_evasion_at_entry(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_shop{label=\"Shop floor (trust=1)\";"
        " c[shape=box,label=\"Shoppers\"]; k[label=\"checkout app\"]}"
        " m[label=\"produce classifier (TFLite)\"];"
        " c->k[label=\"items on the scale\"]; k->m[label=\"image\"];"
        " m->k[label=\"class\"]}",
        {"TMC-ML-041", "c -> k", true});
  CHECK_DRAWIO(
      PAGE(BOX("p", "Insurance brokers (bulk upload)", CLOUD, 0,
               0) BOX("i", "applications API", CODE, 200,
                      0) BOX("s", "risk scoring model (LightGBM)", CODE, 400, 0)
               BOX("d", "applications DB", STORE, 200, 200) BOX("t", "monthly retrain",
                                                                CODE, 400, 200)
                   ARROW("e1", "applications", "p", "i") ARROW("e2", "features", "i", "s")
                       ARROW("e3", "score", "s", "i") ARROW("e4", "store", "i", "d")
                           ARROW("e5", "training rows", "d", "t")
                               ARROW("e6", "new model", "t", "s")),
      {"TMC-ML-041", "e1", true});
  /* quiet: staff, and a public hub's weights, are no crafted input */
  CHECK("digraph{subgraph cluster_office{label=\"Head office (trust=2)\";"
        " a[shape=box,label=\"Analysts\"]; w[label=\"review tool\"]}"
        " h[label=\"Hugging Face Hub\"]; m[label=\"fraud model (XGBoost)\"];"
        " a->w[label=\"case\"]; w->m[label=\"features\"]; m->w[label=\"score\"];"
        " h->w[label=\"model download\"]}",
        {"TMC-ML-041", "a -> w", false}, {"TMC-ML-041", "h -> w", false});
  /* quiet: no model at all */
  CHECK("digraph{subgraph cluster_shop{label=\"Shop floor (trust=1)\";"
        " c[shape=box,label=\"Shoppers\"]; k[label=\"checkout app\"]}"
        " db[shape=cylinder,label=\"sales DB\"]; c->k[label=\"items\"];"
        " k->db[label=\"sale\"]}",
        {"TMC-ML-041", "c -> k", false});
}

/* F6: a served model drawn as its own server that pulls a public hub's
 * repository loads files that may run code (TMC-SUPPLY-013,
 * AML.T0011.000); not where the files are said to be safetensors. */
static void test_served_model_pulls_hub(void **state) {
  (void)state;
  CHECK("digraph{h[label=\"Hugging Face Hub\"]; o[label=\"Ollama: Llama 3.1 8B\"];"
        " a[label=\"support bot\"]; h->o[label=\"ollama pull\"];"
        " a->o[label=\"prompt\"]; o->a[label=\"answer\"]}",
        {"TMC-SUPPLY-013", "o", true});
  CHECK_DRAWIO(PAGE(BOX("h", "Hugging Face Hub", CODE, 0, 0)
                        BOX("s", "TGI server: Mistral-7B-Instruct", CODE, 200, 0)
                            BOX("a", "ticket summariser", CODE, 400, 0)
                                ARROW("e1", "weights download", "h", "s")
                                    ARROW("e2", "prompt", "a", "s")
                                        ARROW("e3", "summary", "s", "a")),
               {"TMC-SUPPLY-013", "s", true});
  /* quiet: code-free files */
  CHECK("digraph{h[label=\"Hugging Face Hub\"]; o[label=\"vLLM: Qwen2.5-7B\"];"
        " a[label=\"support bot\"]; h->o[label=\"weights (safetensors)\"];"
        " a->o[label=\"prompt\"]; o->a[label=\"answer\"]}",
        {"TMC-SUPPLY-013", "o", false});
}

/* F7: a vendor's workforce known by the zone it is drawn in, signing in to
 * the system's console on the vendor's logins: where their work reaches a
 * model TMC-TRAIN-188, else TMC-SPOOF-188, on the sign-in; not the
 * company's own staff, not where the sign-in says MFA. */
static void test_outsourced_signins(void **state) {
  (void)state;
  CHECK_DRAWIO(
      PAGE(ZONE("z", "Annotation vendor (Manila)", 0, 0, 200, 120)
               INBOX("a", "z", "Annotators", PERSON, 20, 30)
                   BOX("l", "CVAT", CODE, 300, 0) BOX("d", "labelled set", STORE, 500, 0)
                       BOX("t", "training job", CODE, 700, 0) BOX("r", "model registry",
                                                                  STORE, 900, 0)
                           ARROW("e1", "labels", "a", "l") ARROW("e2", "export", "l", "d")
                               ARROW("e3", "training data", "d", "t")
                                   ARROW("e4", "new model", "t", "r")),
      {"TMC-TRAIN-188", "e1", true}, {"TMC-SPOOF-188", "e1", false});
  CHECK("digraph{subgraph cluster_bpo{label=\"Outsourced contact centre\";"
        " g[shape=box,label=\"Support staff\"]} c[label=\"support console\"];"
        " db[shape=cylinder,label=\"customers DB\"];"
        " g->c[label=\"look up customer\"]; c->db[label=\"query\"]}",
        {"TMC-SPOOF-188", "g -> c", true}, {"TMC-TRAIN-188", "g -> c", false});
  /* quiet: the company's own staff, and a vendor's people with MFA */
  CHECK("digraph{subgraph cluster_hq{label=\"Head office\";"
        " g[shape=box,label=\"Support staff\"]} c[label=\"support console\"];"
        " g->c[label=\"look up customer\"]}",
        {"TMC-SPOOF-188", "g -> c", false});
  CHECK("digraph{subgraph cluster_bpo{label=\"Outsourced contact centre\";"
        " g[shape=box,label=\"Support staff\"]} c[label=\"support console\"];"
        " g->c[label=\"SSO + MFA\"]}",
        {"TMC-SPOOF-188", "g -> c", false});
}

/* The findings blind20 met once its kinds are right, and the absurd ids
 * that came with them: a tool said read-only in another language changes
 * nothing (no AML.T0101 data destruction, no AML.T0086 exfiltration through
 * the tool: TMC-AGENT-001, TMC-AGENT-026 stay quiet), and a store said to
 * hold one conversation's history in another language is no long-term
 * memory (TMC-AGENT-005 stays quiet); said in English, each still fires. */
#define HR_AGENT(tool)                                                                   \
  "digraph{u[shape=box,label=\"Employees\"]; o[label=\"HR assistant orchestrator "       \
  "(Spring AI)\"]; l[label=\"Gemini 2.0 Flash\"]; t[label=\"" tool "\"];"                \
  " h[shape=cylinder,label=\"HR system (payslips, leave)\"];"                            \
  " u->o[label=\"question\"]; o->u[label=\"answer\"]; o->l[label=\"prompt + "            \
  "tools\"]; l->o[label=\"tool call\"]; o->t[label=\"call with employee token\"];"       \
  " t->h[label=\"API (on-behalf-of)\"]; h->t[label=\"payslip\"];"                        \
  " t->o[label=\"employee data\"]}"
#define BOT_WITH(store)                                                                  \
  "digraph{u[shape=box,label=\"Customers\"]; o[label=\"bot orchestrator "                \
  "(Python)\"]; l[label=\"GPT-4o\"]; t[label=\"get_booking tool\"];"                     \
  " s[shape=cylinder,label=\"" store "\"]; r[label=\"reservation API\"];"                \
  " u->o[label=\"message\"]; o->u[label=\"answer\"];"                                    \
  " o->s[label=\"save / load\",dir=both]; o->l[label=\"prompt + tool "                   \
  "definitions\"]; l->o[label=\"answer, tool calls\"]; o->t[label=\"PNR\"];"             \
  " t->r[label=\"lookup\"]; r->t[label=\"booking\"]; t->o[label=\"itinerary\"]}"
static void test_read_only_and_history_words(void **state) {
  (void)state;
  CHECK(HR_AGENT("payslip tool (sola lettura)"), {"TMC-AGENT-001", "t", false},
        {"TMC-AGENT-026", "t -> h", false});
  CHECK(HR_AGENT("Gehaltsabrechnung tool (nur lesen)"), {"TMC-AGENT-001", "t", false});
  CHECK(HR_AGENT("payslip tool"), {"TMC-AGENT-001", "t", true});
  CHECK_DRAWIO(
      PAGE(BOX("u", "Pracownicy", PERSON, 0,
               0) BOX("o", "HR assistant orchestrator", CODE, 200,
                      0) BOX("l", "Claude 3.5 Sonnet", CODE, 400, 0)
               BOX("t", "payslip tool (tylko do odczytu)", CODE, 400, 200)
                   BOX("h", "HR system (payslips)", STORE, 600, 200)
                       ARROW("e1", "pytanie", "u", "o") ARROW("e2", "odpowiedź", "o", "u")
                           ARROW("e3", "prompt + tools", "o", "l")
                               ARROW("e4", "tool call", "l", "o")
                                   ARROW("e5", "call with employee token", "o", "t")
                                       ARROW("e6", "API (on-behalf-of)", "t", "h")
                                           ARROW("e7", "payslip", "h", "t")
                                               ARROW("e8", "employee data", "t", "o")),
      {"TMC-AGENT-001", "t", false});
  CHECK(BOT_WITH("Gesprächsverlauf (Cosmos DB)"), {"TMC-AGENT-005", "s", false});
  CHECK(BOT_WITH("会話履歴 Cosmos DB"), {"TMC-AGENT-005", "s", false});
  CHECK(BOT_WITH("historial de chat (Firestore)"), {"TMC-AGENT-005", "s", false});
  CHECK(BOT_WITH("user memory (Cosmos DB)"), {"TMC-AGENT-005", "s", true});
  CHECK_DRAWIO(
      PAGE(BOX("u", "Kunden", PERSON, 0, 0) BOX(
          "o", "Bot-Orchestrator (Python)", CODE, 200,
          0) BOX("l", "GPT-4o", CODE, 400, 0) BOX("t", "get_booking tool", CODE, 400, 200)
               BOX("r", "Buchungs-API", CODE, 600, 200) BOX(
                   "s", "会話セッション Cosmos DB（会話ごと、30日）", STORE, 200, 200)
                   ARROW("e1", "Nachricht", "u", "o") ARROW("e2", "Antwort", "o", "u")
                       ARROW("e3", "speichern", "o", "s") ARROW("e4", "laden", "s", "o")
                           ARROW("e5", "Prompt + Tool-Definitionen", "o", "l")
                               ARROW("e6", "Antwort, Tool-Aufrufe", "l", "o") ARROW(
                                   "e7", "PNR", "o", "t") ARROW("e8", "Abfrage", "t", "r")
                                   ARROW("e9", "Buchung", "r", "t")
                                       ARROW("e10", "Reiseplan", "t", "o")),
      {"TMC-AGENT-005", "s", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_work_records),
      cmocka_unit_test(test_evasion_at_entry),
      cmocka_unit_test(test_served_model_pulls_hub),
      cmocka_unit_test(test_outsourced_signins),
      cmocka_unit_test(test_read_only_and_history_words),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
