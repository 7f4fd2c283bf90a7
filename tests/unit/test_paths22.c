/* test_paths22.c - attack paths of blind21's cause P (paths22): what the
 * attacker wants names the goal. A similarity search the assistant sends
 * its index is a query, in any language ("Ähnlichkeitssuche"), not a write:
 * the assistant is no indexer, and a flood of scripted tickets passes it to
 * the paid model (deny_service, cost harvesting). A store of signing
 * certificates and SDK keys is where credentials are stolen, not records
 * read. A reply mailed to an address a mail service's inbound parse posts
 * to the agent is gathered text (indirect injection), where a person's own
 * chat relayed by a channel stays direct. A recommender trained on people's
 * activity, queried through the API, tells who did what (membership
 * inference). Code that reads a memory kept across sessions back into
 * its prompts (keeps_memory) carries a hijack into every later
 * conversation (AML.T0080.000). Each in diagrams worded unlike blind21 (DOT where blind21
 * drew draw.io, and the other way round), with quiet cases. */
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

/* A German helpdesk assistant: Zendesk's webhook brings each new ticket,
 * the assistant asks its pgvector index for similar tickets
 * ("Ähnlichkeitssuche") and prompts GPT-4o mini. Scripted tickets by the
 * thousand each cost a model call: a flood from the customers to the model
 * (TMC-PATH-009, AML.T0029 and AML.T0034 there). Quiet: the nightly indexer
 * that writes the vectors stays an indexer. */
static void test_similarity_search_is_no_write_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  kunden [shape=ellipse, label=\"Kunden (E-Mail, Kontaktformular)\"];\n"
      "  zendesk [shape=box, label=\"Zendesk Support (SaaS)\"];\n"
      "  openai [shape=box, label=\"GPT-4o mini (OpenAI API)\"];\n"
      "  subgraph cluster_prod { label=\"Produktion (AWS eu-central-1)\";\n"
      "    hook [label=\"Webhook-Empfänger (Lambda)\"];\n"
      "    assist [label=\"Antwortassistent (FastAPI)\"];\n"
      "    indexer [label=\"Indexierer (nächtlich)\"];\n"
      "    vec [shape=cylinder, label=\"Ticket-Index (pgvector)\"]; }\n"
      "  kunden -> zendesk [label=\"Anfrage\"];\n"
      "  zendesk -> hook [label=\"Webhook: Ticket erstellt\"];\n"
      "  hook -> assist [label=\"neues Ticket\"];\n"
      "  assist -> vec [label=\"Ähnlichkeitssuche (Frage-Vektor)\"];\n"
      "  vec -> assist [label=\"5 ähnliche Tickets\"];\n"
      "  assist -> openai [label=\"Prompt\"];\n"
      "  openai -> assist [label=\"Entwurf\"];\n"
      "  assist -> zendesk [label=\"interne Notiz\"];\n"
      "  zendesk -> indexer [label=\"gelöste Tickets\"];\n"
      "  indexer -> vec [label=\"Vektoren schreiben\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_false(plays(ir, "assist", TMC_ROLE_INGESTION));
  assert_true(plays(ir, "assist", TMC_ROLE_RETRIEVER));
  assert_true(path_of(ir, "kunden", "openai", "TMC-PATH-009"));
  assert_true(hop_names(ir, "kunden", "openai", "deny_service", "openai", "AML.T0029",
                        "AML.T0034"));
  /* quiet: what writes the vectors is the indexer, and the index is no
   * queue a flood fills through it */
  assert_true(plays(ir, "indexer", TMC_ROLE_INGESTION));
  assert_false(aimed(ir, "kunden", "vec", "deny_service"));
  tmc_ir_free(ir);
}

/* A coding agent with a shell tool reads a share of release signing
 * material: an Authenticode certificate (.pfx) and Steamworks SDK keys.
 * A web page that injects it steals credentials there (TMC-PATH-006,
 * AML.T0055 at the share). Quiet: certificates of origin are documents,
 * their path an exfiltration. */
static void test_signing_certificates_are_credentials_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  web [shape=note, label=\"Public web (docs, forums, issue trackers)\"];\n"
      "  dev [shape=ellipse, label=\"Game developer\"];\n"
      "  claude [shape=box, label=\"Claude Sonnet (Anthropic API)\"];\n"
      "  subgraph cluster_vdi { label=\"Studio VDI farm\";\n"
      "    agent [label=\"Coding agent CLI\"];\n"
      "    shell [shape=hexagon, label=\"run_shell (bash, auto-approve)\"];\n"
      "    fetch [shape=hexagon, label=\"fetch_url (HTML to text)\"];\n"
      "    keys [shape=cylinder, label=\"Release signing: Authenticode signing "
      "certificate (.pfx), Steamworks SDK keys\"];\n"
      "    coo [shape=cylinder, label=\"Export paperwork: certificates of origin, "
      "customs declarations\"]; }\n"
      "  dev -> agent [label=\"task\"];\n"
      "  agent -> claude [label=\"prompt + tools\"];\n"
      "  claude -> agent [label=\"tool calls\"];\n"
      "  agent -> shell; agent -> fetch;\n"
      "  web -> fetch [label=\"HTML\"];\n"
      "  fetch -> agent [label=\"page text\"];\n"
      "  shell -> agent [label=\"output\"];\n"
      "  shell -> keys [label=\"read / write\", dir=both];\n"
      "  shell -> coo [label=\"read / write\", dir=both];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(ir->elements[el(ir, "keys")].facts.keys_listed);
  assert_true(path_of(ir, "web", "keys", "TMC-PATH-006"));
  assert_true(
      hop_names(ir, "web", "keys", "steal_credentials", "keys", "AML.T0055", NULL));
  assert_false(aimed(ir, "web", "keys", "exfiltrate"));
  /* quiet: a certificate of origin opens nothing */
  assert_false(ir->elements[el(ir, "coo")].facts.plain_keys);
  assert_false(aimed(ir, "web", "coo", "steal_credentials"));
  assert_true(aimed(ir, "web", "coo", "exfiltrate"));
  tmc_ir_free(ir);
}

/* A purchasing agent asks budget holders by mail through Postmark, whose
 * inbound webhook posts their replies back to it. A forged "approved"
 * reply is mail anyone can send: gathered text, an indirect injection
 * (AML.T0051.001) on the way to the tool that raises the order. Quiet: a
 * site manager's own Teams chat relayed to the agent is a direct one. */
static void test_inbound_mail_is_gathered_dot(void **state) {
  (void)state;
  static const char *dot =
      "digraph g {\n"
      "  staff [shape=ellipse, label=\"Site managers (Teams chat)\"];\n"
      "  bosses [shape=ellipse, label=\"Budget holders (e-mail)\"];\n"
      "  postmark [shape=box, label=\"Postmark (outbound + inbound webhook)\"];\n"
      "  teams [shape=box, label=\"Microsoft Teams bot channel\"];\n"
      "  llm [shape=box, label=\"GPT-4.1 (Azure OpenAI)\"];\n"
      "  subgraph cluster_app { label=\"Procurement (Azure)\";\n"
      "    agent [label=\"Purchasing agent (Semantic Kernel)\"];\n"
      "    po [shape=hexagon, label=\"raise_po (supplier, amount)\"];\n"
      "    mail [shape=hexagon, label=\"send_email (any address)\"]; }\n"
      "  erp [shape=box, label=\"Dynamics 365 Finance (payables)\"];\n"
      "  staff -> teams [label=\"requests\"];\n"
      "  teams -> agent [label=\"messages\"];\n"
      "  agent -> teams [label=\"answers\"];\n"
      "  teams -> staff [label=\"answers\"];\n"
      "  agent -> llm [label=\"prompt + tools\"];\n"
      "  llm -> agent [label=\"tool calls\"];\n"
      "  agent -> po; agent -> mail;\n"
      "  po -> erp [label=\"purchase order\"];\n"
      "  mail -> postmark [label=\"approval request\"];\n"
      "  postmark -> bosses [label=\"approval request\"];\n"
      "  bosses -> postmark [label=\"reply \\\"approved\\\"\"];\n"
      "  postmark -> agent [label=\"inbound webhook (parsed reply)\"];\n"
      "}\n";
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(aimed(ir, "bosses", "po", "act_through_agent"));
  assert_true(
      hop_names(ir, "bosses", "po", "act_through_agent", "agent", "AML.T0051.001", NULL));
  assert_false(
      hop_names(ir, "bosses", "po", "act_through_agent", "agent", "AML.T0051.000", NULL));
  /* the mail service's own paths carry anyone's mail too */
  assert_false(any_hop_names(ir, "postmark", NULL, "AML.T0051.000"));
  /* quiet: the chat channel relays the manager's own words */
  assert_true(
      hop_names(ir, "staff", "po", "act_through_agent", "agent", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* draw.io: a grocery app's "Buat kamu" recommendations (Indonesian for
 * "for you"), learnt nightly from what shoppers buy. Shoppers who query
 * it through the app's API read in the items returned who else bought a
 * rare one: membership inference (AML.T0024.000) beside the API access.
 * Quiet: the delivery-time model trained on the same orders is copied
 * from its answers (AML.T0024.002), no membership read there. */
static void test_recommender_membership_drawio(void **state) {
  (void)state;
  static const char *xml = HEAD ZONE("z", "Produksi (GCP)", 200, 0, 900, 500)
      V("shop", "Pembeli (aplikasi)", "shape=umlActor;html=1;", 0, 100, 30,
        60) C("api", "z", "API aplikasi (Node.js)", CARD, 20, 40, 120,
              60) C("orders", "z", "Riwayat belanja (Postgres)", DB, 200, 40, 120,
                    60) C("train", "z", "Nightly training job (Kubeflow)",
                          "shape=cube;whiteSpace=wrap;html=1;", 400, 40, 120, 60)
          C("reco", "z", "Rekomendasi Buat kamu (item-to-item model)", CARD, 600, 40, 120,
            60) C("eta", "z", "Delivery ETA model (LightGBM)", CARD, 600, 250, 120, 60)
              LINK("e1", "shop", "api", "buka aplikasi")
                  LINK("e2", "api", "orders", "simpan pesanan")
                      LINK("e3", "orders", "train", "riwayat pembelian")
                          LINK("e4", "train", "reco", "bobot model")
                              LINK("e5", "train", "eta", "bobot model")
                                  LINK("e6", "api", "reco", "user id")
                                      LINK("e7", "reco", "api", "item ids")
                                          LINK("e8", "api", "eta", "alamat")
                                              LINK("e9", "eta", "api", "menit")
                                                  LINK("e10", "api", "shop", "feed") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "reco")].facts.trained_on_people);
  assert_true(
      hop_names(ir, "shop", "reco", "exfiltrate", "reco", "AML.T0040", "AML.T0024.000"));
  /* quiet: no recommender, no membership read from its answers */
  assert_false(hop_names(ir, "shop", "eta", "exfiltrate", "eta", NULL, "AML.T0024.000"));
  tmc_ir_free(ir);
}

/* A hotel concierge agent on WhatsApp saves notes about each guest and
 * reads them back in every later chat (keeps_memory): a guest who has it
 * remember standing instructions hijacks the model in every later
 * conversation too (AML.T0080.000 beside the injection at the model).
 * Quiet: one chat's own history, kept 24 hours, is no memory across
 * sessions. */
#define CONCIERGE                                                                        \
  "digraph g {\n"                                                                        \
  "  guest [shape=ellipse, label=\"Hotel guests (WhatsApp)\"];\n"                        \
  "  wa [shape=box, label=\"WhatsApp Business API\"];\n"                                 \
  "  llm [shape=box, label=\"Mistral Large (La Plateforme)\"];\n"                        \
  "  subgraph cluster_c { label=\"Concierge (Scaleway)\";\n"                             \
  "    bot [label=\"Concierge agent (LangGraph)\"];\n"                                   \
  "    mem [shape=cylinder, label=\"%s\"];\n"                                            \
  "    book [shape=hexagon, label=\"book_table (restaurant API)\"]; }\n"                 \
  "  guest -> wa [label=\"messages\"];\n"                                                \
  "  wa -> bot [label=\"webhook\"];\n"                                                   \
  "  bot -> wa [label=\"replies\"];\n"                                                   \
  "  wa -> guest [label=\"replies\"];\n"                                                 \
  "  bot -> llm [label=\"prompt + tools\"];\n"                                           \
  "  llm -> bot [label=\"answer / tool call\"];\n"                                       \
  "  bot -> mem [label=\"%s\"];\n"                                                       \
  "  mem -> bot [label=\"%s\"];\n"                                                       \
  "  bot -> book;\n"                                                                     \
  "}\n"

static void test_memory_kept_across_sessions_dot(void **state) {
  (void)state;
  char dot[2048];
  snprintf(dot, sizeof dot, CONCIERGE, "Guest preferences + remembered notes (Redis)",
           "remember(note)", "saved notes");
  tmc_ir *ir = analysed_as("t.dot", dot);
  assert_true(ir->elements[el(ir, "bot")].facts.keeps_memory);
  assert_true(
      hop_names(ir, "guest", "llm", "hijack_model", "llm", NULL, "AML.T0080.000"));
  tmc_ir_free(ir);
  /* quiet: this chat's history only */
  snprintf(dot, sizeof dot, CONCIERGE, "This chat: conversation history (Redis, 24 h)",
           "append turn", "earlier turns");
  ir = analysed_as("t.dot", dot);
  assert_false(ir->elements[el(ir, "bot")].facts.keeps_memory);
  assert_false(any_hop_names(ir, "guest", "hijack_model", "AML.T0080.000"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_similarity_search_is_no_write_dot),
      cmocka_unit_test(test_signing_certificates_are_credentials_dot),
      cmocka_unit_test(test_inbound_mail_is_gathered_dot),
      cmocka_unit_test(test_recommender_membership_drawio),
      cmocka_unit_test(test_memory_kept_across_sessions_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
