/* test_paths19.c - attack paths of blind18's cause P (paths19): who ships
 * an update (a person using the app an update reaches ships none), a model
 * copied from the device it runs on and inverted offline, the evaluation
 * data of a federated server (no training data of its own), ... Small
 * diagrams worded unlike the blind sets, run through the whole pipeline with
 * the built-in catalog. */
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

/* The update that replaces a model is the supply chain of whoever ships it
 * (an app store, a CDN, a vendor's update agent): TMC-PATH-003. A person who
 * uses the app or page the update reaches ships nothing: their way to the
 * model on their own device is a copy of it (TMC-PATH-011, AML.T0044), and a
 * model trained on people's data is inverted offline (AML.T0024.001). */
static void test_update_shipper_not_user(void **state) {
  (void)state;
  static const char *band =
      "digraph g {\n"
      "  wearers [shape=box, label=\"Fitness band wearers\"];\n"
      "  stores [shape=box, label=\"Apple App Store / Google Play\"];\n"
      "  subgraph cluster_phone { label=\"On the wearer's phone\";\n"
      "    app [label=\"Companion app (Flutter)\"];\n"
      "    model [label=\"Activity classifier (Core ML, bundled in the app)\", "
      "type=model];\n"
      "    logs [shape=cylinder, label=\"Activity samples (local SQLite)\"]; }\n"
      "  subgraph cluster_cloud { label=\"Our cloud (GCP)\"; trust=2;\n"
      "    fit [label=\"Weekly retraining job\", type=pipeline];\n"
      "    reg [shape=cylinder, label=\"Model registry\", type=model_registry];\n"
      "    ci [label=\"Mobile release pipeline\"]; }\n"
      "  wearers -> app [label=\"taps, motion data\"];\n"
      "  app -> model [label=\"sensor window\"]; model -> app [label=\"activity\"];\n"
      "  app -> logs [label=\"labelled samples\"]; logs -> fit [label=\"opt-in "
      "upload\"];\n"
      "  fit -> reg [label=\"candidate\"]; reg -> ci [label=\"approved model\"];\n"
      "  ci -> stores [label=\"signed build\"]; stores -> app [label=\"app update\"];\n"
      "}\n";
  tmc_ir *ir = analysed(band);
  assert_false(any_hop_names(ir, "wearers", NULL, "AML.T0010.001"));
  assert_true(hop_names(ir, "wearers", "model", "exfiltrate", "model", "AML.T0044",
                        "AML.T0024.001"));
  assert_true(
      hop_names(ir, "stores", "model", "tamper_model", "model", "AML.T0010.001", NULL));
  tmc_ir_free(ir);

  static const char *browser =
      "digraph g {\n"
      "  shoppers [shape=box, label=\"Shoppers\"];\n"
      "  cdn [shape=box, label=\"Fastly CDN\"];\n"
      "  subgraph cluster_b { label=\"Customer's browser\";\n"
      "    web [label=\"Storefront single-page app\"];\n"
      "    rec [label=\"Size recommender (TF.js model)\", type=model]; }\n"
      "  subgraph cluster_c { label=\"Retail cloud\"; trust=2;\n"
      "    orders [shape=cylinder, label=\"Returns and fit feedback\", type=dataset];\n"
      "    train [label=\"Nightly size model training\", type=pipeline];\n"
      "    bucket [shape=cylinder, label=\"Model artifacts bucket\", "
      "type=model_registry]; }\n"
      "  shoppers -> web [label=\"clicks, body measurements\"];\n"
      "  web -> rec [label=\"features\"]; rec -> web [label=\"size\"];\n"
      "  web -> orders [label=\"fit feedback\"]; orders -> train; train -> bucket "
      "[label=\"model.json\"];\n"
      "  bucket -> cdn [label=\"publish\"]; cdn -> web [label=\"model download\"];\n"
      "}\n";
  ir = analysed(browser);
  assert_false(any_hop_names(ir, "shoppers", NULL, "AML.T0010.001"));
  assert_true(hop_names(ir, "shoppers", "rec", "exfiltrate", "rec", "AML.T0044", NULL));
  /* the CDN only relays the model the system itself published: no vendor
   * model comes in there (precision19 D4, causes19), so no path from it
   * cites a third-party model (a swap at the CDN is a path to the model
   * all the same, through the storefront) */
  assert_false(any_hop_names(ir, "cdn", NULL, "AML.T0010.003"));
  assert_true(hop_names(ir, "cdn", "rec", NULL, "web", "AML.T0049", NULL));
  tmc_ir_free(ir);

  /* the vendor whose package an update agent of ours installs still starts
   * the supply-chain path; the clerks' scans are queries, no update */
  static const char *engine =
      "digraph g {\n"
      "  vendor [shape=box, label=\"Engine vendor\"];\n"
      "  subgraph cluster_dc { label=\"Scanning centre\"; trust=2;\n"
      "    upd [label=\"Update agent (Windows service)\"];\n"
      "    svc [label=\"Cheque capture service\"];\n"
      "    engine [label=\"Handwriting recognition engine\", type=model]; }\n"
      "  clerks [shape=box, label=\"Branch clerks\"];\n"
      "  vendor -> upd [label=\"quarterly update package\"]; upd -> engine "
      "[label=\"install\"];\n"
      "  clerks -> svc [label=\"cheque scans\"]; svc -> engine [label=\"image\"]; engine "
      "-> svc [label=\"amount\"];\n"
      "}\n";
  ir = analysed(engine);
  assert_true(
      hop_names(ir, "vendor", "engine", "tamper_model", "engine", "AML.T0010.001", NULL));
  assert_false(any_hop_names(ir, "clerks", NULL, "AML.T0010.001"));
  tmc_ir_free(ir);
}

/* A federated server that scores each round's candidate on a set of its own
 * (the metrics it gets back: AUC and F1, a word error rate) still trains on
 * nothing but the clients' updates: it aggregates them, and whoever runs
 * clients can flood its rounds (TMC-PATH-020). */
static void test_evaluation_set_no_training_data(void **state) {
  (void)state;
  static const char *watch =
      "digraph g {\n"
      "  wearers [shape=box, label=\"Smartwatch owners\"];\n"
      "  subgraph cluster_w { label=\"On the watch\";\n"
      "    app [label=\"Heart rhythm app\"];\n"
      "    local [shape=cylinder, label=\"ECG strips (local)\", type=dataset];\n"
      "    lt [label=\"Local trainer\", type=pipeline]; }\n"
      "  subgraph cluster_s { label=\"Cardio cloud\"; trust=2;\n"
      "    agg [label=\"FL server (FedAvg)\", type=pipeline];\n"
      "    val [shape=cylinder, label=\"Clinician-labelled ECG set\", type=dataset];\n"
      "    reg [shape=cylinder, label=\"Model versions\", type=model_registry]; }\n"
      "  wearers -> app [label=\"ECG recordings\"]; app -> local [label=\"strips\"];\n"
      "  local -> lt [label=\"local examples\"]; agg -> lt [label=\"global model\"];\n"
      "  lt -> agg [label=\"weight delta\"]; val -> agg [label=\"AUC, F1 per round\"];\n"
      "  agg -> reg [label=\"candidate\"];\n"
      "}\n";
  tmc_ir *ir = analysed(watch);
  assert_true(any_hop_names(ir, "wearers", "deny_service", "AML.T0029"));
  tmc_ir_free(ir);

  static const char *car =
      "digraph g {\n"
      "  drivers [shape=box, label=\"Drivers\"];\n"
      "  subgraph cluster_car { label=\"In each vehicle\";\n"
      "    hmi [label=\"Infotainment voice assistant\"];\n"
      "    cache [shape=cylinder, label=\"Utterance cache\", type=dataset];\n"
      "    ob [label=\"On-board trainer\", type=pipeline]; }\n"
      "  subgraph cluster_s { label=\"OEM cloud\"; trust=2;\n"
      "    fleet [label=\"Fleet aggregation server\", type=pipeline];\n"
      "    bench [shape=cylinder, label=\"Benchmark utterances (public corpus)\", "
      "type=dataset];\n"
      "    mr [shape=cylinder, label=\"Model registry\", type=model_registry]; }\n"
      "  drivers -> hmi [label=\"speech\"]; hmi -> cache [label=\"transcripts\"];\n"
      "  cache -> ob [label=\"examples\"]; fleet -> ob [label=\"round model\"];\n"
      "  ob -> fleet [label=\"clipped update\"]; bench -> fleet [label=\"word error "
      "rate\"];\n"
      "  fleet -> mr [label=\"new version\"];\n"
      "}\n";
  ir = analysed(car);
  assert_true(any_hop_names(ir, "drivers", "deny_service", "AML.T0029"));
  tmc_ir_free(ir);
}

/* A tool the hijacked model invokes that hands out value (a travel
 * voucher) or moves an account's keys (a number ported out, written as an
 * identifier) is financial harm beside the invocation (AML.T0048.000); a
 * lookup is not. A traveller's own words to the assistant are a direct
 * injection and their jailbreak (AML.T0054): travellers are the public. */
static void test_value_tools_financial_harm(void **state) {
  (void)state;
  static const char *airline =
      "digraph g {\n"
      "  travellers [shape=box, label=\"Travellers\"];\n"
      "  subgraph cluster_s { label=\"Airline support\"; trust=2;\n"
      "    widget [label=\"Chat widget backend\"];\n"
      "    agent [label=\"Support assistant (LangChain orchestrator)\"];\n"
      "    voucher [label=\"issue_travel_voucher\", type=agent_tool];\n"
      "    porting [label=\"Loyalty points adjustment API\"]; }\n"
      "  llm [label=\"GPT-4.1 (Azure OpenAI)\", type=llm];\n"
      "  travellers -> widget [label=\"chat\"]; widget -> agent [label=\"message\"];\n"
      "  agent -> llm [label=\"prompt + tools\"]; llm -> agent [label=\"tool call\"];\n"
      "  agent -> voucher [label=\"tool call\"]; voucher -> agent [label=\"voucher "
      "code\"];\n"
      "  agent -> porting [label=\"REST call\"]; porting -> agent [label=\"balance\"];\n"
      "  agent -> widget [label=\"reply\"]; widget -> travellers [label=\"reply\"];\n"
      "}\n";
  tmc_ir *ir = analysed(airline);
  assert_true(hop_names(ir, "travellers", "voucher", "act_through_agent", "voucher",
                        "AML.T0053", "AML.T0048.000"));
  assert_true(hop_names(ir, "travellers", "voucher", NULL, "agent", "AML.T0051.000",
                        "AML.T0054"));
  tmc_ir_free(ir);

  static const char *mobile =
      "digraph g {\n"
      "  subscribers [shape=box, label=\"Subscribers\"];\n"
      "  subgraph cluster_s { label=\"Mobile operator\"; trust=2;\n"
      "    bot [label=\"WhatsApp care bot (agent loop)\"];\n"
      "    port_out_request [label=\"port_out_request\", type=agent_tool];\n"
      "    plans [label=\"plan_lookup\", type=agent_tool]; }\n"
      "  claude [label=\"Claude (Amazon Bedrock)\", type=llm];\n"
      "  subscribers -> bot [label=\"messages\"]; bot -> subscribers "
      "[label=\"replies\"];\n"
      "  bot -> claude [label=\"prompt\"]; claude -> bot [label=\"tool calls\"];\n"
      "  bot -> port_out_request [label=\"tool call\"]; bot -> plans [label=\"tool "
      "call\"];\n"
      "  plans -> bot [label=\"plans\"];\n"
      "}\n";
  ir = analysed(mobile);
  assert_true(hop_names(ir, "subscribers", "port_out_request", "act_through_agent",
                        "port_out_request", "AML.T0053", "AML.T0048.000"));
  assert_false(
      hop_names(ir, "subscribers", "plans", NULL, "plans", "AML.T0053", "AML.T0048.000"));
  tmc_ir_free(ir);
}

/* Code that asks the model and pushes what it answered to the repository
 * it also clones from (a changelog bot, a nightly autofix job) acts through
 * the model there: the attacker's text decides what lands under the bot's
 * name (act_through_agent, AML.T0053 at the repository), beside what the
 * same route reads out. */
static void test_bot_pushes_model_text(void **state) {
  (void)state;
  static const char *docs =
      "digraph g {\n"
      "  contributors [shape=box, label=\"Outside contributors\"];\n"
      "  subgraph cluster_s { label=\"Project infrastructure\"; trust=2;\n"
      "    gh [label=\"GitHub (issues, pull requests)\"];\n"
      "    ci [label=\"GitHub Actions workflow\"];\n"
      "    bot [label=\"docs-bot (writes changelog entries)\"];\n"
      "    repo [shape=cylinder, label=\"Docs repository (main branch)\"]; }\n"
      "  llm [label=\"GPT-4o mini (OpenAI API)\", type=llm];\n"
      "  contributors -> gh [label=\"pull request\"]; gh -> ci [label=\"webhook\"];\n"
      "  ci -> bot [label=\"run\"]; repo -> bot [label=\"checkout\"];\n"
      "  bot -> llm [label=\"diff + instructions\"]; llm -> bot [label=\"changelog "
      "text\"];\n"
      "  bot -> repo [label=\"git push changelog commit\"]; gh -> repo "
      "[label=\"merge\"];\n"
      "}\n";
  tmc_ir *ir = analysed(docs);
  assert_true(hop_names(ir, "contributors", "repo", "act_through_agent", "repo",
                        "AML.T0053", NULL));
  tmc_ir_free(ir);

  static const char *autofix =
      "digraph g {\n"
      "  reporters [shape=box, label=\"Customers filing bugs\"];\n"
      "  subgraph cluster_s { label=\"Engineering\"; trust=2;\n"
      "    tracker [shape=cylinder, label=\"Bug tracker (YouTrack)\"];\n"
      "    fixer [label=\"Autofix job (nightly)\"];\n"
      "    mono [shape=cylinder, label=\"Monorepo (GitLab)\"]; }\n"
      "  gemini [label=\"Gemini 2.5 Pro (Vertex AI)\", type=llm];\n"
      "  reporters -> tracker [label=\"bug report\"]; tracker -> fixer [label=\"open "
      "bugs\"];\n"
      "  mono -> fixer [label=\"clone\"]; fixer -> gemini [label=\"bug + code\"];\n"
      "  gemini -> fixer [label=\"patch\"]; fixer -> mono [label=\"push fix branch\"];\n"
      "}\n";
  ir = analysed(autofix);
  assert_true(
      hop_names(ir, "reporters", "mono", "act_through_agent", "mono", "AML.T0053", NULL));
  tmc_ir_free(ir);
}

/* hops19: the hop techniques hold however the step is drawn. A web search
 * API declared as the agent's tool (type=agent_tool, as kinds19 classifies
 * a "search step") still retrieves what ranks on the open web (AML.T0066
 * at it); and code that asks the model and commits its answer into a
 * repository invokes the bot's write access (AML.T0053) even where the
 * flow says a code change, which also puts it on record
 * (changes_decisions: the generic pattern would name External Harms). */
static void test_hops_hold_across_kinds(void **state) {
  (void)state;
  static const char *research =
      "digraph g {\n"
      "  web [shape=box, label=\"News sites and blogs\"];\n"
      "  analysts [shape=box, label=\"Market analysts\"];\n"
      "  subgraph cluster_s { label=\"Research workspace\"; trust=2;\n"
      "    exa [label=\"Exa search API\", type=agent_tool];\n"
      "    agent [label=\"Research assistant agent\"]; }\n"
      "  llm [label=\"Claude Sonnet (Anthropic API)\", type=llm];\n"
      "  analysts -> agent [label=\"question\"]; agent -> analysts [label=\"brief\"];\n"
      "  agent -> exa [label=\"search query\"]; web -> exa [label=\"crawled pages\"];\n"
      "  exa -> agent [label=\"snippets\"];\n"
      "  agent -> llm [label=\"prompt + snippets\"]; llm -> agent [label=\"answer\"];\n"
      "}\n";
  tmc_ir *ir = analysed(research);
  assert_true(hop_names(ir, "web", "llm", "hijack_model", "exa", "AML.T0066", NULL));
  tmc_ir_free(ir);

  static const char *review =
      "digraph g {\n"
      "  outsiders [shape=box, label=\"External contributors\"];\n"
      "  subgraph cluster_s { label=\"Platform team\"; trust=2;\n"
      "    bb [label=\"Bitbucket pull requests\"];\n"
      "    bot [label=\"PR review bot\"];\n"
      "    src [shape=cylinder, label=\"Service source (Bitbucket)\"]; }\n"
      "  llm [label=\"Mistral Large (La Plateforme)\", type=llm];\n"
      "  outsiders -> bb [label=\"pull request\"]; bb -> bot [label=\"webhook: diff\"];\n"
      "  src -> bot [label=\"clone\"];\n"
      "  bot -> llm [label=\"diff + review prompt\"]; llm -> bot [label=\"suggested "
      "fixes\"];\n"
      "  bot -> src [label=\"fix-up commit\"];\n"
      "}\n";
  ir = analysed(review);
  assert_true(
      hop_names(ir, "outsiders", "src", "act_through_agent", "src", "AML.T0053", NULL));
  tmc_ir_free(ir);
}

/* Pages the public web publishes reach a model through a web search step of
 * ours (Bing, Brave): crafted to rank for the questions asked
 * (AML.T0066 at the search step), and what the agent gets from it is
 * gathered, an indirect injection (AML.T0051.001), no one's typed prompt. */
static void test_web_search_gathers(void **state) {
  (void)state;
  static const char *lit =
      "digraph g {\n"
      "  feeds [shape=box, label=\"Preprint servers and RSS feeds\"];\n"
      "  scientists [shape=box, label=\"Lab scientists\"];\n"
      "  subgraph cluster_s { label=\"Discovery tools\"; trust=2;\n"
      "    bing [label=\"Bing Web Search step\"];\n"
      "    lit [label=\"Literature review agent\"]; }\n"
      "  llm [label=\"Llama 3.3 70B (Groq API)\", type=llm];\n"
      "  scientists -> lit [label=\"topic\"]; lit -> scientists [label=\"review\"];\n"
      "  lit -> bing [label=\"query\"]; feeds -> bing [label=\"indexed papers\"];\n"
      "  bing -> lit [label=\"abstracts\"];\n"
      "  lit -> llm [label=\"prompt + abstracts\"]; llm -> lit [label=\"summary\"];\n"
      "}\n";
  tmc_ir *ir = analysed(lit);
  assert_true(hop_names(ir, "feeds", "llm", "hijack_model", "bing", "AML.T0066", NULL));
  assert_true(
      hop_names(ir, "feeds", "llm", "hijack_model", "lit", "AML.T0051.001", NULL));
  tmc_ir_free(ir);

  static const char *desk =
      "digraph g {\n"
      "  net [shape=box, label=\"Community forums and blog feeds\"];\n"
      "  analysts [shape=box, label=\"Equity analysts\"];\n"
      "  subgraph cluster_s { label=\"Research desk\"; trust=2;\n"
      "    brave [label=\"Brave Search step\"];\n"
      "    agent [label=\"Answer agent (LangGraph)\"]; }\n"
      "  llm [label=\"Claude 3.7 Sonnet (Anthropic API)\", type=llm];\n"
      "  analysts -> agent [label=\"question\"]; agent -> analysts [label=\"answer\"];\n"
      "  net -> brave [label=\"search results, page text\"];\n"
      "  brave -> agent [label=\"top results\"]; agent -> brave [label=\"query\"];\n"
      "  agent -> llm [label=\"prompt + results\"]; llm -> agent [label=\"answer\"];\n"
      "}\n";
  ir = analysed(desk);
  assert_true(hop_names(ir, "net", "llm", "hijack_model", "brave", "AML.T0066", NULL));
  assert_true(
      hop_names(ir, "net", "llm", "hijack_model", "agent", "AML.T0051.001", NULL));
  assert_false(hop_names(ir, "net", "llm", NULL, "agent", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* A source of agent tools (a plugin store, an MCP registry) is the AI
 * agent tool supply chain: its step is AML.T0010.005, and the plugin or tool
 * server the agent takes from it is poisoned where it runs (AML.T0110). */
static void test_tool_source_supply_chain(void **state) {
  (void)state;
  static const char *plugins =
      "digraph g {\n"
      "  store [shape=box, label=\"Community plugin store (third-party extensions)\"];\n"
      "  users [shape=box, label=\"Employees\"];\n"
      "  subgraph cluster_s { label=\"Workspace assistant\"; trust=2;\n"
      "    jira [label=\"jira-connector plugin\", type=agent_tool];\n"
      "    orch [label=\"Assistant orchestrator\"];\n"
      "    hr [shape=cylinder, label=\"HR case files\"]; }\n"
      "  llm [label=\"Mistral Large (La Plateforme)\", type=llm];\n"
      "  store -> jira [label=\"plugin package + manifest\"];\n"
      "  users -> orch [label=\"requests\"]; orch -> users [label=\"answers\"];\n"
      "  orch -> llm [label=\"prompt + tool list\"]; llm -> orch [label=\"tool "
      "calls\"];\n"
      "  orch -> jira [label=\"call\"]; jira -> orch [label=\"result\"];\n"
      "  orch -> hr [label=\"read\"]; hr -> orch [label=\"case text\"];\n"
      "}\n";
  tmc_ir *ir = analysed(plugins);
  assert_true(
      hop_names(ir, "store", "llm", "hijack_model", "store", "AML.T0010.005", NULL));
  assert_true(hop_names(ir, "store", "llm", "hijack_model", "jira", "AML.T0110", NULL));
  tmc_ir_free(ir);

  static const char *ide =
      "digraph g {\n"
      "  reg [shape=box, label=\"Public MCP registry (community servers)\", "
      "type=external];\n"
      "  devs [shape=box, label=\"Developers\"];\n"
      "  subgraph cluster_s { label=\"Dev laptop\"; trust=1;\n"
      "    ide [label=\"IDE coding agent\"];\n"
      "    fs [label=\"filesystem MCP server (npx)\", type=agent_tool];\n"
      "    src [shape=cylinder, label=\"Source checkout\"]; }\n"
      "  llm [label=\"Claude Sonnet (Anthropic API)\", type=llm];\n"
      "  reg -> fs [label=\"server release\"];\n"
      "  devs -> ide [label=\"task\"]; ide -> llm [label=\"prompt\"]; llm -> ide "
      "[label=\"tool calls\"];\n"
      "  ide -> fs [label=\"tool call\"]; fs -> ide [label=\"file contents\"];\n"
      "  fs -> src [label=\"write files\"]; src -> fs [label=\"read files\"];\n"
      "}\n";
  ir = analysed(ide);
  assert_true(any_hop_names(ir, "reg", NULL, "AML.T0010.005"));
  assert_true(hop_names(ir, "reg", "llm", "hijack_model", "fs", "AML.T0110", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_update_shipper_not_user),
      cmocka_unit_test(test_evaluation_set_no_training_data),
      cmocka_unit_test(test_value_tools_financial_harm),
      cmocka_unit_test(test_bot_pushes_model_text),
      cmocka_unit_test(test_web_search_gathers),
      cmocka_unit_test(test_hops_hold_across_kinds),
      cmocka_unit_test(test_tool_source_supply_chain),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
