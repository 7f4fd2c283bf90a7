/* test_d37a.c - what blind37's Turkmen carpet digest taught (thirty-third
 * session, helper d37a), each drawn here in other words and another domain:
 *   - an edge label drawn as a DOT text node cut into the middle of its line
 *     (splines=ortho places no edge labels), the half before it drawn
 *     without an arrow, is that line's label, not a part of the system: the
 *     line joins the two ends; a text node with arrows on both halves stays;
 *   - Turkmen labels: people named by their Turkmen heads ("Müşderiler",
 *     customers; "Hasapçylar topary", the accounts team) are outside
 *     parties, a zone named "outside" ("Daşky ulgamlar") is untrusted, and a
 *     file of keys named ".env" with the word for file after it ("faýly") is
 *     a store of secrets;
 *   - a job that runs on a clock ("cron", "nightly") and gathers what people
 *     sent since its last run into one prompt is no conversation with the
 *     model: their text is indirect injection (AML.T0051.001), never direct
 *     (AML.T0051.000); code that hands each message on as it comes keeps
 *     direct injection;
 *   - a bot's post of model text, steerable by outsiders, into a chat
 *     channel people read (a Telegram group, a Slack channel) is phishing
 *     in the company's voice (TMC-LLM-223, AML.T0052), as such mail is;
 *   - a file of keys that names the marketplace its keys open (".env file
 *     (marketplace, Gemini, Telegram keys)") is no source of packages or
 *     tools, and neither is a marketplace where goods are traded, whose
 *     seller API relays buyers' enquiries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

/* A bakery's order line in English, each flow's label a text node on its
 * line: the first with its arrow after the label, the second with the
 * arrow before it and the plain half after, the third a dir=none half. */
static const char bakery[] = "digraph bakery {\n"
                             "  graph [rankdir=LR, splines=ortho];\n"
                             "  node [shape=plaintext, fontsize=8, width=0, height=0];\n"
                             "  l1 [label=\"order\"];\n"
                             "  l2 [label=\"INSERT order\"];\n"
                             "  l3 [label=\"pick list\"];\n"
                             "  node [shape=box, fontsize=10];\n"
                             "  shop [label=\"Customers\", shape=ellipse];\n"
                             "  web [label=\"Order site\"];\n"
                             "  db [label=\"Orders DB\", shape=cylinder];\n"
                             "  oven [label=\"Bakery floor tablet\"];\n"
                             "  shop -> l1 [arrowhead=none]; l1 -> web;\n"
                             "  web -> l2; l2 -> db [arrowhead=none];\n"
                             "  db -> l3 [dir=none]; l3 -> oven;\n"
                             "}\n";

static void test_text_node_on_a_line_is_its_label(void **state) {
  (void)state;
  tmc_ir *ir = analysed(bakery);
  assert_non_null(ir);
  assert_false(has_element(ir, "l1"));
  assert_false(has_element(ir, "l2"));
  assert_false(has_element(ir, "l3"));
  assert_string_equal(ir->flows[flow(ir, "shop", "web")].label, "order");
  assert_string_equal(ir->flows[flow(ir, "web", "db")].label, "INSERT order");
  assert_string_equal(ir->flows[flow(ir, "db", "oven")].label, "pick list");
  assert_int_equal(kind_at(ir, "shop"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* r2review P2-a: a person drawn as plain text in a UML-style sketch, one
 * line to the web shop left without its arrow, is an actor, not a line's
 * label; a line's text between the same shapes still is one. */
static const char plain_actor[] =
    "digraph shop {\n"
    "  rankdir=LR;\n"
    "  walkin [shape=plaintext, label=\"Walk-in buyers\"];\n"
    "  kiosk [shape=box, label=\"Order kiosk\"];\n"
    "  api [shape=box, label=\"Order API\"];\n"
    "  lbl [shape=plain, label=\"paid orders\"];\n"
    "  db [shape=cylinder, label=\"Orders DB\"];\n"
    "  walkin -> kiosk [dir=none];\n"
    "  api -> walkin [label=\"receipt e-mail\"];\n"
    "  kiosk -> api;\n"
    "  api -> lbl [dir=none];\n"
    "  lbl -> db;\n"
    "}\n";

static void test_text_node_naming_people_stays(void **state) {
  (void)state;
  tmc_ir *ir = analysed(plain_actor);
  assert_non_null(ir);
  assert_true(has_element(ir, "walkin"));
  assert_int_equal(kind_at(ir, "walkin"), TMC_KIND_EXTERNAL);
  assert_false(has_element(ir, "lbl"));
  assert_string_equal(ir->flows[flow(ir, "api", "db")].label, "paid orders");
  tmc_ir_free(ir);
}

/* A text node both of whose lines carry arrows is something the author
 * drew (a person drawn as words), not a label: it stays. */
static void test_text_node_with_two_arrows_stays(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph d {\n"
                        "  clerk [label=\"Warehouse clerk\", shape=plaintext];\n"
                        "  app [label=\"Stock app\", shape=box];\n"
                        "  db [label=\"Stock DB\", shape=cylinder];\n"
                        "  clerk -> app; app -> clerk [label=\"counts\"];\n"
                        "  app -> db;\n"
                        "}\n");
  assert_non_null(ir);
  assert_true(has_element(ir, "clerk"));
  tmc_ir_free(ir);
}

/* A cotton mill's payroll in Turkmen: customers and the accounts team,
 * outside systems in a zone named so, the keys in a .env file. */
static const char pagta[] =
    "digraph pagta {\n"
    "  node [shape=box];\n"
    "  subgraph cluster_out { label=\"Daşky ulgamlar\"; style=dashed;\n"
    "    musderi [label=\"Müşderiler\", shape=ellipse];\n"
    "    bank [label=\"Salgyt gullugy\", shape=box3d];\n"
    "  }\n"
    "  subgraph cluster_in { label=\"Içerki tor\";\n"
    "    app [label=\"Sargyt programmasy\"];\n"
    "    db [label=\"Sargytlar maglumatlar bazasy\", shape=cylinder];\n"
    "    keys [label=\"prod.env faýly\\n(bank açary)\", shape=note];\n"
    "    hasap [label=\"Hasapçylar topary\", shape=ellipse];\n"
    "  }\n"
    "  musderi -> app; app -> db; app -> bank; keys -> app; db -> hasap;\n"
    "}\n";

static void test_turkmen_people_zone_and_key_file(void **state) {
  (void)state;
  tmc_ir *ir = analysed(pagta);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "musderi"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "musderi"));
  assert_int_equal(tmc_ir_element_trust(ir, el(ir, "musderi")), 0);
  assert_int_equal(kind_at(ir, "bank"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "keys"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "keys")->tech, TMC_TECH_SECRETS_VAULT);
  assert_int_equal(kind_at(ir, "hasap"), TMC_KIND_EXTERNAL);
  /* the customers are the public, the accounts team is staff */
  assert_true(elem_at(ir, "musderi")->facts.public_person);
  assert_true(elem_at(ir, "hasap")->facts.staff);
  assert_false(elem_at(ir, "hasap")->facts.public_person);
  tmc_ir_free(ir);
}

/* A hotel's guest messages summarised by an LLM for the front desk: by a
 * nightly cron job (gathered, indirect) or by a chat API that passes each
 * guest's message on as it comes (direct). */
static tmc_ir *hotel(const char *front) {
  char dot[1024];
  snprintf(dot, sizeof dot,
           "digraph hotel {\n"
           "  node [shape=box];\n"
           "  guests [label=\"Hotel guests\", shape=ellipse];\n"
           "  subgraph cluster_h { label=\"Hotel cloud\"; style=dashed;\n"
           "    front [label=\"%s\"];\n"
           "    db [label=\"Guest messages DB\", shape=cylinder];\n"
           "  }\n"
           "  llm [label=\"Claude (Anthropic API)\", shape=ellipse];\n"
           "  desk [label=\"Front desk staff\", shape=ellipse];\n"
           "  guests -> front [label=\"message\"];\n"
           "  front -> llm [label=\"messages + instruction\"];\n"
           "  llm -> front [label=\"summary\"];\n"
           "  front -> db;\n"
           "  front -> desk [label=\"summary\"];\n"
           "}\n",
           front);
  return analysed(dot);
}

static void test_clock_job_gathers_no_conversation(void **state) {
  (void)state;
  tmc_ir *ir = hotel("Nightly summary job\\n(Node.js, cron 02:00)");
  assert_non_null(ir);
  assert_false(elem_at(ir, "llm")->facts.people_prompt);
  assert_false(any_cites(ir, NULL, "AML.T0051.000"));
  assert_true(any_cites(ir, NULL, "AML.T0051.001") || any_cites(ir, NULL, "LLM01"));
  tmc_ir_free(ir);
  ir = hotel("Guest chat API\\n(Node.js)");
  assert_non_null(ir);
  assert_true(elem_at(ir, "llm")->facts.people_prompt);
  assert_non_null(finding(ir, "TMC-LLM-001", "llm"));
  tmc_ir_free(ir);
}

/* r2review: a clock word in the name of code that answers who wrote to it
 * ("Appointment schedule service", a clinic's chat backend) is no clock
 * job: patients converse with the model through it, direct injection kept.
 * The same service drawn answering no one (it only files a daily digest)
 * still gathers. */
static tmc_ir *clinic(bool answers) {
  char dot[1024];
  snprintf(dot, sizeof dot,
           "digraph clinic {\n"
           "  node [shape=box];\n"
           "  pts [label=\"Patients\", shape=ellipse];\n"
           "  svc [label=\"Appointment schedule service\"];\n"
           "  llm [label=\"Gemini (Google API)\", shape=ellipse];\n"
           "  cal [label=\"Calendar DB\", shape=cylinder];\n"
           "  pts -> svc [label=\"chat message\"];\n"
           "  svc -> llm [label=\"prompt\"];\n"
           "  llm -> svc [label=\"reply\"];\n"
           "  svc -> cal;\n"
           "  %s\n"
           "}\n",
           answers ? "svc -> pts [label=\"reply\"];" : "");
  return analysed(dot);
}

static void test_clock_word_on_code_that_answers_converses(void **state) {
  (void)state;
  tmc_ir *ir = clinic(true);
  assert_non_null(ir);
  assert_true(elem_at(ir, "llm")->facts.people_prompt);
  assert_non_null(finding(ir, "TMC-LLM-001", "llm"));
  tmc_ir_free(ir);
  ir = clinic(false);
  assert_non_null(ir);
  assert_false(elem_at(ir, "llm")->facts.people_prompt);
  tmc_ir_free(ir);
}

/* A wholesaler's competitor price watch: a nightly job has an LLM
 * summarise competitors' scraped pages (outside text) or the own sales
 * database (nothing outside), and a bot posts the summary to the buyers'
 * Slack channel. Posted from steerable text, the post is a trusted channel
 * for phishing the buyers (AML.T0052), as model-written mail is. */
static tmc_ir *price_watch(const char *source, const char *source_shape) {
  char dot[1024];
  snprintf(dot, sizeof dot,
           "digraph watch {\n"
           "  node [shape=box];\n"
           "  src [label=\"%s\", shape=%s];\n"
           "  subgraph cluster_w { label=\"Wholesaler AWS account\"; style=dashed;\n"
           "    job [label=\"Price watch job\\n(Lambda, nightly)\"];\n"
           "  }\n"
           "  gpt [label=\"GPT-4o (OpenAI API)\", shape=ellipse];\n"
           "  slack [label=\"Slack workspace\", shape=box3d];\n"
           "  buyers [label=\"Buyers team\", shape=ellipse];\n"
           "  src -> job [label=\"pages\"];\n"
           "  job -> gpt [label=\"pages + instruction\"];\n"
           "  gpt -> job [label=\"summary\"];\n"
           "  job -> slack [label=\"chat.postMessage\"];\n"
           "  slack -> buyers;\n"
           "}\n",
           source, source_shape);
  return analysed(dot);
}

static void test_model_post_in_chat_channel_phishes(void **state) {
  (void)state;
  tmc_ir *ir = price_watch("Competitor web shops", "box3d");
  assert_non_null(ir);
  assert_true(cites(finding(ir, "TMC-LLM-223", "slack->buyers"), "AML.T0052"));
  tmc_ir_free(ir);
  /* the job's own sales records, drawn inside: nobody outside steers it */
  ir = analysed("digraph watch {\n"
                "  node [shape=box];\n"
                "  subgraph cluster_w { label=\"Wholesaler AWS account\"; style=dashed;\n"
                "    db [label=\"Sales DB\", shape=cylinder];\n"
                "    job [label=\"Sales summary job\\n(Lambda, nightly)\"];\n"
                "  }\n"
                "  gpt [label=\"GPT-4o (OpenAI API)\", shape=ellipse];\n"
                "  slack [label=\"Slack workspace\", shape=box3d];\n"
                "  buyers [label=\"Buyers team\", shape=ellipse];\n"
                "  db -> job; job -> gpt; gpt -> job; job -> slack; slack -> buyers;\n"
                "}\n");
  assert_non_null(ir);
  assert_null(finding(ir, "TMC-LLM-223", "slack->buyers"));
  tmc_ir_free(ir);
}

/* A reseller's listing writer: its keys file names the marketplace and the
 * model vendor its keys open. A store of keys is no source of packages or
 * tools, whatever product its keys are for. */
static void test_key_file_naming_a_marketplace_supplies_nothing(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed("digraph listings {\n"
               "  node [shape=box];\n"
               "  subgraph cluster_vm { label=\"Reseller VM\"; style=dashed;\n"
               "    job [label=\"Listing writer\\n(Python)\"];\n"
               "    keys [label=\"config.env\\n(Amazon marketplace + Claude keys)\", "
               "shape=note];\n"
               "  }\n"
               "  claude [label=\"Claude (Anthropic API)\", shape=ellipse];\n"
               "  keys -> job [style=dotted];\n"
               "  job -> claude; claude -> job;\n"
               "}\n");
  assert_non_null(ir);
  assert_int_equal(elem_at(ir, "keys")->tech, TMC_TECH_SECRETS_VAULT);
  assert_false(plays(ir, "keys", TMC_ROLE_ARTIFACT_SOURCE));
  assert_false(elem_at(ir, "keys")->facts.code_source);
  assert_null(finding(ir, "TMC-SUPPLY-006", "keys"));
  assert_null(finding(ir, "TMC-SUPPLY-008", "keys->job"));
  tmc_ir_free(ir);
}

/* A ceramics studio's order digest: buyers message it through its shop on
 * a trading marketplace, which the job reads through the seller API. A
 * marketplace where goods are traded relays buyers' text; it publishes no
 * packages or tools (a plugin marketplace does). */
static void test_trade_marketplace_supplies_no_tools(void **state) {
  (void)state;
  tmc_ir *ir = analysed("digraph studio {\n"
                        "  node [shape=box];\n"
                        "  buyers [label=\"Buyers\", shape=ellipse];\n"
                        "  shop [label=\"Online marketplace\\n(Etsy seller API)\", "
                        "shape=box3d];\n"
                        "  subgraph cluster_s { label=\"Studio server\"; style=dashed;\n"
                        "    job [label=\"Order digest script\\n(cron, 07:00)\"];\n"
                        "  }\n"
                        "  llm [label=\"Mistral Large (Mistral API)\", shape=ellipse];\n"
                        "  buyers -> shop [label=\"messages\"];\n"
                        "  shop -> job [label=\"new messages\"];\n"
                        "  job -> llm; llm -> job;\n"
                        "}\n");
  assert_non_null(ir);
  assert_false(plays(ir, "shop", TMC_ROLE_ARTIFACT_SOURCE));
  assert_false(elem_at(ir, "shop")->facts.code_source);
  assert_null(finding(ir, "TMC-SUPPLY-006", "shop"));
  assert_false(any_cites(ir, NULL, "AML.T0010.005"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text_node_on_a_line_is_its_label),
      cmocka_unit_test(test_text_node_naming_people_stays),
      cmocka_unit_test(test_text_node_with_two_arrows_stays),
      cmocka_unit_test(test_turkmen_people_zone_and_key_file),
      cmocka_unit_test(test_clock_job_gathers_no_conversation),
      cmocka_unit_test(test_clock_word_on_code_that_answers_converses),
      cmocka_unit_test(test_model_post_in_chat_channel_phishes),
      cmocka_unit_test(test_key_file_naming_a_marketplace_supplies_nothing),
      cmocka_unit_test(test_trade_marketplace_supplies_no_tools),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
