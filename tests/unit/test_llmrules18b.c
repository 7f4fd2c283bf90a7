/* test_llmrules18b.c - LLM rules of causes18 A1/A2, second wave: output
 * handling (LLM05, AML.T0077) on the answer leg of a two-way flow. A page
 * or panel that calls the API in front of the model over one drawn edge
 * (both arrow heads, DOT dir=both) renders what comes back; a two-way flow
 * whose far end only ever heard from this source brings no model text
 * back. LLM10 (AML.T0034) where a free, trial or no-sign-up tier's text
 * reaches a model. Wordings none of blind17's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A help-centre widget talks to its backend-for-frontend over one two-way
 * edge; the BFF asks an answer service, which prompts Gemini. The widget
 * renders the answer; its login and settings calls bring no model text. */
static const char helpdesk[] =
    "digraph helpdesk {\n"
    "  cust [type=external, label=\"Shoppers\"];\n"
    "  subgraph cluster_gcp { label=\"Retailer GCP project\";\n"
    "    widget [label=\"Help centre widget (Vue)\"];\n"
    "    bff [label=\"BFF (Node, Cloud Run)\"];\n"
    "    answer [label=\"Answer service\"];\n"
    "    login [label=\"Login service (Keycloak)\"];\n"
    "    prefs [type=data_store, label=\"Preferences (Firestore)\"];\n"
    "  }\n"
    "  gem [type=llm, label=\"Gemini 1.5 Pro (Vertex AI)\"];\n"
    "  cust -> widget [label=\"question\"];\n"
    "  widget -> bff [dir=both, label=\"POST /ask\"];\n"
    "  widget -> login [dir=both, label=\"OIDC\"];\n"
    "  bff -> answer [dir=both, label=\"gRPC Ask\"];\n"
    "  answer -> gem [label=\"prompt\"];\n"
    "  gem -> answer [label=\"completion\"];\n"
    "  bff -> prefs [dir=both, label=\"prefs\"];\n"
    "}\n";

/* A notes app calls the model itself and syncs settings with its own API
 * over a two-way edge: the settings API hears model text only from the app,
 * so nothing the model wrote comes back on that edge. */
static const char notes[] = "digraph notes {\n"
                            "  user [type=external, label=\"Writers\"];\n"
                            "  subgraph cluster_app { label=\"Notes SaaS\";\n"
                            "    spa [label=\"Notes editor (SPA)\"];\n"
                            "    settings [label=\"Settings API\"];\n"
                            "    db [type=data_store, label=\"Accounts DB\"];\n"
                            "  }\n"
                            "  llm [type=llm, label=\"Claude Haiku (Anthropic API)\"];\n"
                            "  user -> spa [label=\"draft\"];\n"
                            "  spa -> llm [label=\"rewrite prompt\"];\n"
                            "  llm -> spa [label=\"rewritten text\"];\n"
                            "  spa -> settings [dir=both, label=\"GET/PUT /settings\"];\n"
                            "  settings -> db [dir=both];\n"
                            "}\n";

static void test_answer_leg_of_two_way_flow_is_rendered(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(helpdesk, cat, NULL);
  assert_true(ir->flows[flow(ir, "widget", "bff")].facts.model_answer_back);
  assert_true(cites(finding(ir, "TMC-LLM-006", "widget->bff"), "AML.T0077"));
  /* the login service and the preferences store answer with no model text */
  assert_false(ir->flows[flow(ir, "widget", "login")].facts.model_answer_back);
  assert_null(finding(ir, "TMC-LLM-006", "widget->login"));
  assert_false(ir->flows[flow(ir, "bff", "prefs")].facts.model_answer_back);
  tmc_ir_free(ir);
}

static void test_two_way_flow_without_model_text_back(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(notes, cat, NULL);
  assert_false(ir->flows[flow(ir, "spa", "settings")].facts.model_answer_back);
  assert_null(finding(ir, "TMC-LLM-006", "spa->settings"));
  assert_null(finding(ir, "TMC-LLM-006", "settings->db"));
  tmc_ir_free(ir);
}

/* A résumé builder: trial users and paying subscribers write into the
 * editor, whose text goes through a writer service to a hosted model. Only
 * the trial tier is a free LLM for scripts; a no-AI photo app's free users
 * start no model calls. */
static const char resumes[] =
    "digraph resumes {\n"
    "  trial [type=external, label=\"Trial users (7-day free trial)\"];\n"
    "  paid [type=external, label=\"Subscribers\"];\n"
    "  subgraph cluster_saas { label=\"CV builder SaaS\";\n"
    "    editor [label=\"CV builder web app (Next.js)\"];\n"
    "    writer [label=\"Writer service\"];\n"
    "  }\n"
    "  gpt [type=llm, label=\"GPT-4o mini (OpenAI API)\"];\n"
    "  trial -> editor [label=\"job history, 'improve this'\"];\n"
    "  paid -> editor [label=\"job history\"];\n"
    "  editor -> writer [label=\"rewrite request\"];\n"
    "  writer -> gpt [label=\"prompt\"];\n"
    "  gpt -> writer [label=\"rewritten bullets\"];\n"
    "  writer -> editor [label=\"suggestions\"];\n"
    "}\n";

static const char photos[] =
    "digraph photos {\n"
    "  free [type=external, label=\"Freemium users\"];\n"
    "  subgraph cluster_app { label=\"Photo app\";\n"
    "    web [label=\"Upload API\"];\n"
    "    thumbs [label=\"Thumbnailer\"];\n"
    "    blobs [type=data_store, label=\"Photos (S3)\"];\n"
    "  }\n"
    "  free -> web [label=\"photo\"]; web -> thumbs; thumbs -> blobs;\n"
    "}\n";

static void test_free_tier_feeds_a_model(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(resumes, cat, NULL);
  assert_true(ir->elements[elem(ir, "trial")].facts.free_tier_people);
  assert_true(cites(finding(ir, "TMC-LLM-182", "trial->editor"), "AML.T0034"));
  assert_false(ir->elements[elem(ir, "paid")].facts.free_tier_people);
  assert_null(finding(ir, "TMC-LLM-182", "paid->editor"));
  tmc_ir_free(ir);
  ir = analyse_with(photos, cat, NULL);
  assert_true(ir->elements[elem(ir, "free")].facts.free_tier_people);
  assert_int_equal(count_rule(ir, "TMC-LLM-182"), 0);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_answer_leg_of_two_way_flow_is_rendered),
      cmocka_unit_test(test_two_way_flow_without_model_text_back),
      cmocka_unit_test(test_free_tier_feeds_a_model),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
