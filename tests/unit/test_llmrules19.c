/* test_llmrules19.c - LLM rules of causes19 A5..A7, in wordings none of
 * blind18's. A5/A7: model text the code driving an LLM hands to a relay that
 * puts it in front of people (a contact-centre flow, a forge, a claims
 * system), however the relay is named: TMC-LLM-006 on the flow into it
 * (relays_to_people). A6: a tool the model calls, or the driver pushing
 * what the model wrote, reaches a store with the code's own standing rights
 * (a role, token or key): TMC-AGENT-193 (standing_rights). A7: a model the
 * system runs itself, named by an open-weights release or the runtime that
 * pulls it by name or tag: TMC-SUPPLY-194 (pulled_public_model). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A Lex voice bot's backend hands a call summary to the contact flow,
 * which puts it on the advisors' screen; a claims copilot writes its notes
 * into the claims system the handlers work in. */
static const char relays[] =
    "digraph relays {\n"
    "  cust [type=external, label=\"Policyholders\"];\n"
    "  advisors [type=external, label=\"Contact-centre advisors\"];\n"
    "  handlers [type=external, label=\"Claims handlers\"];\n"
    "  stripe [type=external, source=third_party, label=\"Stripe\"];\n"
    "  subgraph cluster_aws { label=\"Insurer AWS account\";\n"
    "    connect [label=\"Amazon Connect contact flow\"];\n"
    "    bot [label=\"Voice bot backend (Lambda, orchestrator)\"];\n"
    "    copilot [label=\"Claims copilot (agent)\"];\n"
    "    claimcenter [label=\"Guidewire ClaimCenter\"];\n"
    "    pay [label=\"Payout service\"];\n"
    "  }\n"
    "  llm [type=llm, label=\"Claude 3.5 Sonnet (Bedrock)\"];\n"
    "  cust -> connect [label=\"call\"];\n"
    "  connect -> bot [label=\"utterances\"];\n"
    "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"reply\"];\n"
    "  bot -> connect [label=\"spoken reply, transfer note\"];\n"
    "  connect -> advisors [label=\"screen pop: bot notes\"];\n"
    "  connect -> cust [label=\"voice\"];\n"
    "  handlers -> copilot [label=\"ask about a claim\"];\n"
    "  copilot -> llm [label=\"claim + question\"]; llm -> copilot [label=\"draft\"];\n"
    "  copilot -> claimcenter [label=\"adjuster note (HTML)\"];\n"
    "  claimcenter -> handlers [label=\"claim file\"];\n"
    "  copilot -> pay [label=\"payout amount\"];\n"
    "  pay -> stripe [label=\"transfer\"];\n"
    "}\n";

/* A review bot on a Gitea forge: its comments are rendered for the
 * developers by the forge (named by no screen or sink word). */
static const char forge[] =
    "digraph forge {\n"
    "  dev [type=external, label=\"Developers\"];\n"
    "  subgraph cluster_ci { label=\"Self-hosted Gitea\";\n"
    "    mr [label=\"Gitea server\"];\n"
    "    reviewer [label=\"PR reviewer job (prompt builder)\"];\n"
    "  }\n"
    "  llm [type=llm, label=\"GPT-4.1 (Azure OpenAI)\"];\n"
    "  dev -> mr [label=\"push, open pull request\"];\n"
    "  mr -> reviewer [label=\"diff\"];\n"
    "  reviewer -> llm [label=\"prompt\"]; llm -> reviewer [label=\"review\"];\n"
    "  reviewer -> mr [label=\"review notes (markdown)\"];\n"
    "  mr -> dev [label=\"notification, PR page\"];\n"
    "}\n";

static void test_relay_to_people_gets_output_handling(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(relays, cat, NULL);
  assert_true(ir->elements[elem(ir, "connect")].facts.relays_to_people);
  assert_true(cites(finding(ir, "TMC-LLM-006", "bot->connect"), "LLM05:2025"));
  assert_true(ir->elements[elem(ir, "claimcenter")].facts.relays_to_people);
  assert_true(cites(finding(ir, "TMC-LLM-006", "copilot->claimcenter"), "CWE-1426"));
  /* the payout service hands what it gets to a payment provider, no people */
  assert_false(ir->elements[elem(ir, "pay")].facts.relays_to_people);
  assert_null(finding(ir, "TMC-LLM-006", "copilot->pay"));
  tmc_ir_free(ir);
  ir = analyse_with(forge, cat, NULL);
  assert_true(ir->elements[elem(ir, "mr")].facts.relays_to_people);
  assert_true(cites(finding(ir, "TMC-LLM-006", "reviewer->mr"), "AML.T0077"));
  tmc_ir_free(ir);
}

/* A data agent's code interpreter reads the warehouse as a service user; a
 * lookup tool reads the CRM with a managed identity; an upgrade bot opens
 * pull requests with a token a vault hands it. A second lookup tool, whose
 * access names no rights and which runs no code, says nothing; nor does the
 * driver saving its chat history. */
static const char tools[] =
    "digraph tools {\n"
    "  analysts [type=external, label=\"Analysts\"];\n"
    "  subgraph cluster_k8s { label=\"Data platform\";\n"
    "    agent [label=\"Data agent (LangGraph)\"];\n"
    "    interp [label=\"Code interpreter (E2B sandbox)\"];\n"
    "    crm_tool [label=\"crm_lookup tool\"];\n"
    "    faq_tool [label=\"faq_search tool\"];\n"
    "    wh [type=data_store, label=\"Snowflake warehouse\"];\n"
    "    crm [type=data_store, label=\"CRM accounts DB\"];\n"
    "    faq [type=data_store, label=\"FAQ articles\"];\n"
    "    hist [type=data_store, label=\"Chat history (Postgres)\"];\n"
    "  }\n"
    "  llm [type=llm, label=\"Gemini 2.0 Flash (Vertex AI)\"];\n"
    "  analysts -> agent [label=\"question\"];\n"
    "  agent -> llm [label=\"prompt, tools\"]; llm -> agent [label=\"tool calls\"];\n"
    "  agent -> interp [label=\"generated pandas code\"];\n"
    "  interp -> wh [label=\"SELECT as service user ANALYTICS_SVC\"];\n"
    "  agent -> crm_tool [label=\"tool call\"];\n"
    "  crm_tool -> crm [label=\"read via managed identity\"];\n"
    "  agent -> faq_tool [label=\"tool call\"];\n"
    "  faq_tool -> faq [label=\"search\"];\n"
    "  agent -> hist [label=\"save turns\"];\n"
    "}\n";

static const char upgrader[] =
    "digraph upgrader {\n"
    "  subgraph cluster_ci { label=\"CI runners\";\n"
    "    bot [label=\"Dependency upgrade bot (prompt builder)\"];\n"
    "    vault [type=data_store, label=\"Vault (secrets)\"];\n"
    "    repo [type=data_store, label=\"payments-service git repository\"];\n"
    "  }\n"
    "  llm [type=llm, label=\"Claude Sonnet (Anthropic API)\"];\n"
    "  repo -> bot [label=\"lockfile, changelog\"];\n"
    "  vault -> bot [label=\"GitHub token\"];\n"
    "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"patch\"];\n"
    "  bot -> repo [label=\"opens pull request with the patch\"];\n"
    "}\n";

static void test_model_tools_with_standing_rights(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(tools, cat, NULL);
  assert_true(ir->flows[flow(ir, "interp", "wh")].facts.standing_rights);
  assert_true(cites(finding(ir, "TMC-AGENT-193", "interp->wh"), "LLM06:2025"));
  assert_true(ir->flows[flow(ir, "crm_tool", "crm")].facts.standing_rights);
  assert_false(ir->flows[flow(ir, "faq_tool", "faq")].facts.standing_rights);
  assert_null(finding(ir, "TMC-AGENT-193", "faq_tool->faq"));
  assert_null(finding(ir, "TMC-AGENT-193", "agent->hist"));
  tmc_ir_free(ir);
  ir = analyse_with(upgrader, cat, NULL);
  assert_true(ir->flows[flow(ir, "bot", "repo")].facts.standing_rights);
  assert_true(cites(finding(ir, "TMC-AGENT-193", "bot->repo"), "CWE-250"));
  tmc_ir_free(ir);
}

/* Open weights the system runs itself, pulled by name: an embedding model
 * in an Ollama sidecar, a sentence-transformers model, an LLM on vLLM. Not
 * a vendor's hosted model, not one trained here, not one loaded from a
 * drawn hub (TMC-SUPPLY-014 says that), not a vendor-hosted LLM that only
 * has an open family's name. */
static const char pulled[] =
    "digraph pulled {\n"
    "  staff [type=external, label=\"Staff\"];\n"
    "  hub [type=external, label=\"Hugging Face Hub\"];\n"
    "  subgraph cluster_dc { label=\"Our GPU node\";\n"
    "    app [label=\"Search app (prompt builder)\"];\n"
    "    emb [type=model, label=\"mxbai-embed-large (Ollama sidecar)\"];\n"
    "    mini [type=model, label=\"all-MiniLM-L6-v2 via sentence-transformers\"];\n"
    "    rerank [type=model, label=\"Reranker\"];\n"
    "    qwen [type=llm, label=\"Qwen2.5-7B-Instruct (vLLM)\"];\n"
    "    idx [type=vector_store, label=\"Qdrant\"];\n"
    "    train [type=pipeline, label=\"Training job\"];\n"
    "    fraud [type=model, label=\"Fraud model (XGBoost)\"];\n"
    "  }\n"
    "  bedrock [type=llm, label=\"Llama 3 70B (Amazon Bedrock)\"];\n"
    "  mistral [type=llm, label=\"mistral-large-latest (La Plateforme)\"];\n"
    "  staff -> app [label=\"question\"];\n"
    "  app -> emb [label=\"text\"]; emb -> app [label=\"vectors\"];\n"
    "  app -> mini [label=\"text\"]; mini -> app [label=\"vectors\"];\n"
    "  hub -> rerank [label=\"weights\"];\n"
    "  app -> rerank [label=\"pairs\"]; rerank -> app [label=\"scores\"];\n"
    "  app -> idx [label=\"search\"]; idx -> app [label=\"chunks\"];\n"
    "  app -> qwen [label=\"prompt\"]; qwen -> app [label=\"answer\"];\n"
    "  app -> bedrock [label=\"prompt\"]; bedrock -> app [label=\"answer\"];\n"
    "  app -> mistral [label=\"prompt\"]; mistral -> app [label=\"answer\"];\n"
    "  train -> fraud [label=\"model\"];\n"
    "  app -> fraud [label=\"features\"]; fraud -> app [label=\"score\"];\n"
    "  app -> staff [label=\"answer\"];\n"
    "}\n";

static void test_open_weights_pulled_by_name(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(pulled, cat, NULL);
  assert_true(ir->elements[elem(ir, "emb")].facts.pulled_public_model);
  assert_true(cites(finding(ir, "TMC-SUPPLY-194", "emb"), "AML.T0010.003"));
  assert_true(ir->elements[elem(ir, "mini")].facts.pulled_public_model);
  assert_true(cites(finding(ir, "TMC-SUPPLY-194", "qwen"), "ML06:2023"));
  assert_false(ir->elements[elem(ir, "rerank")].facts.pulled_public_model);
  assert_false(ir->elements[elem(ir, "bedrock")].facts.pulled_public_model);
  assert_false(ir->elements[elem(ir, "mistral")].facts.pulled_public_model);
  assert_false(ir->elements[elem(ir, "fraud")].facts.pulled_public_model);
  assert_null(finding(ir, "TMC-SUPPLY-194", "fraud"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_relay_to_people_gets_output_handling),
      cmocka_unit_test(test_model_tools_with_standing_rights),
      cmocka_unit_test(test_open_weights_pulled_by_name),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
