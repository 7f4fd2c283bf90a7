/* test_precision21.c - absurd ids of causes21 D (precision21): each id
 * family's precondition, on small systems worded unlike the tuning set
 * that showed it (DOT and draw.io). Each case has a near miss that lacks
 * the precondition (the ids must not appear) and the same system with it
 * (they must), so a fix cannot simply delete the rule's recall. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;html=1;"

/* Does rule's finding on target cite id (ATLAS, OWASP or CWE)? */
static bool rule_cites(const tmc_ir *ir, const char *rule, const char *target,
                       const char *id) {
  return cites(finding(ir, rule, target), id);
}

/* D1 + D2, DOT. Letters that claimants e-mail to a shared inbox, polled by
 * a worker that pastes each into an LLM's prompt: the inbox holds the work
 * itself, not a corpus retrieved for other questions (no TMC-RAG-001), and
 * nobody types to the model (TMC-LLM-001 absent; TMC-AGENT-007 cites the
 * indirect AML.T0051.001 only). A wiki the worker searches by keyword is a
 * retrieved corpus (TMC-RAG-001, AML.T0070); a chat API claimants type
 * into makes the injection direct (TMC-LLM-001, AML.T0051.000). */
static void test_inbox_is_no_corpus_and_no_chat(void **state) {
  (void)state;
  static const char *const stores[][3] = {
      /* store label, its flows to the worker, RAG expected */
      {"claims-letters@ inbox (Gmail, shared)", "inbox -> wk [label=\"new messages\"];",
       "n"},
      {"Claims handling wiki (Confluence)",
       "wk -> inbox [label=\"keyword search\"]; inbox -> wk [label=\"matching pages\"];",
       "y"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; stores[i][0]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  brokers [type=external, label=\"Brokers and claimants\"];\n"
             "  subgraph cluster_c { label=\"Claims (GCP)\";\n"
             "    inbox [type=data_store, label=\"%s\"];\n"
             "    wk [label=\"letter reader worker (Cloud Run)\"];\n"
             "    out [type=data_store, label=\"Claims DB (Cloud SQL)\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"Gemini 1.5 Pro (Vertex AI)\"];\n"
             "  brokers -> inbox [label=\"letters, scans\"];\n"
             "  %s\n"
             "  wk -> llm [label=\"letter text + instructions\"];\n"
             "  llm -> wk [label=\"fields (JSON)\"];\n"
             "  wk -> out [label=\"claim fields\"];\n"
             "}\n",
             stores[i][0], stores[i][1]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    bool rag = stores[i][2][0] == 'y';
    assert_int_equal(rule_cites(ir, "TMC-RAG-001", "inbox", "AML.T0070"), rag);
    assert_int_equal(ir->elements[elem(ir, "inbox")].facts.read_into_prompts, rag);
    /* nobody types to the model either way */
    assert_null(finding(ir, "TMC-LLM-001", "llm"));
    assert_true(rule_cites(ir, "TMC-AGENT-007", "wk", "AML.T0051.001"));
    assert_false(rule_cites(ir, "TMC-AGENT-007", "wk", "AML.T0051.000"));
    assert_true(rule_cites(ir, "TMC-LLM-002", "llm", "AML.T0051.001"));
    tmc_ir_free(ir);
  }
  static const char chat[] =
      "digraph g {\n"
      "  claimants [type=external, label=\"Claimants\"];\n"
      "  subgraph cluster_c { label=\"Claims (GCP)\";\n"
      "    chat [label=\"claims chat API\"];\n"
      "    wk [label=\"letter reader worker (Cloud Run)\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"Gemini 1.5 Pro (Vertex AI)\"];\n"
      "  claimants -> chat [label=\"chat messages\"]; chat -> wk [label=\"message\"];\n"
      "  wk -> llm [label=\"message + instructions\"]; llm -> wk [label=\"reply\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(chat, cat, NULL);
  assert_true(rule_cites(ir, "TMC-LLM-001", "llm", "AML.T0051.000"));
  assert_true(rule_cites(ir, "TMC-AGENT-007", "wk", "AML.T0051.000"));
  tmc_ir_free(ir);
}

/* D1, draw.io, other words: a Slack channel the on-call bot posts approval
 * requests to and hears "approve / reject" back from is no knowledge base;
 * the same channel searched for past incidents is one. Either way what the
 * engineers type in the channel reaches the prompt as typed: a chat channel
 * hands it on as a queue would (D2: direct, AML.T0051.000). */
static void test_approval_channel_is_no_corpus(void **state) {
  (void)state;
  for (int searched = 0; searched < 2; searched++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD ZONE("z", "Ops tenant (AWS)", 0, 0, 700,
                       400) C("alerts", "z", "Alertmanager", CARD, 20, 40, 140, 60)
                 C("bot", "z", "on-call bot (Python)", CARD, 260, 40, 140, 60)
                     C("ch", "z", "#ops-approvals channel (Slack)", DB, 260, 250, 140, 80)
                         V("eng", "On-call engineers", ACTOR, -200, 250, 30, 60)
                             V("llm", "Llama 3.1 70B (Amazon Bedrock)", CARD, 900, 40,
                               160, 60) LINK("e1", "alerts", "bot", "firing alert")
                                 LINK("e2", "bot", "llm", "alert + plan prompt")
                                     LINK("e3", "llm", "bot", "plan")
                                         LINK("e4", "bot", "ch", "%s") LINK("e5", "ch",
                                                                            "bot", "%s")
                                             LINK("e6", "eng", "ch", "button click") TAIL,
             searched ? "search past incidents" : "approval request",
             searched ? "matching threads" : "approve / reject");
    tmc_ir *ir = drawio_analysed(xml, NULL);
    assert_int_equal(any_cites(ir, "ch", "AML.T0070"), searched);
    assert_int_equal(any_cites(ir, "ch", "AML.T0071"), searched);
    assert_true(ir->elements[elem(ir, "bot")].facts.people_prompt);
    assert_true(rule_cites(ir, "TMC-LLM-001", "llm", "AML.T0051.000"));
    tmc_ir_free(ir);
  }
}

/* D2, draw.io: customers' questions handed on through a queue reach the
 * prompt as typed (direct injection: TMC-LLM-001, AML.T0051.000); files
 * they upload into a bucket that a worker later reads are documents
 * (indirect only). */
static void test_queue_carries_typed_questions(void **state) {
  (void)state;
  static const char *const mids[][2] = {{"questions queue (SQS)", "question"},
                                        {"uploads bucket (S3)", "uploaded PDFs"},
                                        {NULL, NULL}};
  for (int i = 0; mids[i][0]; i++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD ZONE("z", "Support (AWS account)", 0, 0, 800,
                       300) C("web", "z", "web chat (Next.js)", CARD, 20, 40, 140, 60)
                 C("mid", "z", "%s", DB, 220, 40, 140, 80)
                     C("wk", "z", "answer worker", CARD, 420, 40, 140, 60)
                         V("cust", "Customers", ACTOR, -200, 40, 30, 60)
                             V("llm", "GPT-4o (Azure OpenAI)", CARD, 1000, 40, 160, 60)
                                 LINK("e1", "cust", "web", "types a question")
                                     LINK("e2", "web", "mid", "%s")
                                         LINK("e3", "mid", "wk", "%s")
                                             LINK("e4", "wk", "llm", "question + context")
                                                 LINK("e5", "llm", "wk", "answer") TAIL,
             mids[i][0], mids[i][1], mids[i][1]);
    tmc_ir *ir = drawio_analysed(xml, NULL);
    bool typed = i == 0;
    assert_int_equal(ir->elements[elem(ir, "wk")].facts.people_prompt, typed);
    assert_int_equal(finding(ir, "TMC-LLM-001", "llm") != NULL, typed);
    assert_int_equal(rule_cites(ir, "TMC-AGENT-007", "wk", "AML.T0051.000"), typed);
    tmc_ir_free(ir);
  }
}

/* D3, DOT: an agent's tool that calls a GitOps deployer's API, and the
 * deployer that syncs manifests (Flux), run no build step: no OS command
 * injection (TMC-APP-004, CWE-78). A CI build server the tool triggers
 * runs build steps and keeps it; the tool calling its API does not. */
static void test_gitops_api_is_no_shell(void **state) {
  (void)state;
  for (int ci = 0; ci < 2; ci++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  mgr [type=external, label=\"Store managers\"];\n"
             "  subgraph cluster_p { label=\"Platform\";\n"
             "    api [label=\"ops chat API\"];\n"
             "    agent [label=\"release agent (LangGraph)\"];\n"
             "    tool [type=agent_tool, label=\"%s\"];\n"
             "    cd [label=\"%s\"];\n"
             "    k8s [label=\"prod cluster workloads\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"Claude 3.5 Sonnet (Anthropic API)\"];\n"
             "  mgr -> api [label=\"request\"]; api -> agent [label=\"request\"];\n"
             "  agent -> llm [label=\"request + tool schemas\"];\n"
             "  llm -> agent [label=\"tool calls\"];\n"
             "  agent -> tool [label=\"sync\"]; tool -> cd [label=\"reconcile\"];\n"
             "  cd -> k8s [label=\"apply\"];\n"
             "}\n",
             ci ? "tool: run_build (Jenkins API)" : "tool: sync_release (Flux CD API)",
             ci ? "Jenkins build server" : "Flux CD (GitOps controller)");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_false(rule_cites(ir, "TMC-APP-004", "tool", "CWE-78"));
    assert_int_equal(rule_cites(ir, "TMC-APP-004", "cd", "CWE-78"), ci);
    tmc_ir_free(ir);
  }
}

/* D3, draw.io, other words: Argo CD behind a rollback tool, against a
 * GitLab CI runner behind a pipeline tool. */
static void test_argo_rollback_is_no_shell_drawio(void **state) {
  (void)state;
  for (int ci = 0; ci < 2; ci++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD ZONE("z", "Cluster ops (on-prem)", 0, 0, 900,
                       300) C("api", "z", "support API", CARD, 20, 40, 140, 60)
                 C("agent", "z", "deploy agent (Semantic Kernel)", CARD, 220, 40, 140,
                   60) C("tool", "z", "%s", "shape=hexagon;", 420, 40, 140, 60)
                     C("cd", "z", "%s", CARD, 620, 40, 140, 60) V("cust", "Tenants",
                                                                  ACTOR, -200, 40, 30, 60)
                         V("llm", "Mistral Large (Mistral API)", CARD, 1000, 40, 160, 60)
                             LINK("e1", "cust", "api", "ticket")
                                 LINK("e2", "api", "agent", "ticket")
                                     LINK("e3", "agent", "llm", "ticket + tools")
                                         LINK("e4", "llm", "agent", "tool call")
                                             LINK("e5", "agent", "tool", "invoke tool")
                                                 LINK("e6", "tool", "cd", "%s") TAIL,
             ci ? "tool: run_pipeline (GitLab API)" : "tool: rollback (Argo CD API)",
             ci ? "GitLab CI runner" : "Argo CD (app-of-apps)",
             ci ? "trigger pipeline" : "sync to previous revision");
    tmc_ir *ir = drawio_analysed(xml, NULL);
    assert_false(rule_cites(ir, "TMC-APP-004", "tool", "CWE-78"));
    assert_int_equal(rule_cites(ir, "TMC-APP-004", "cd", "CWE-78"), ci);
    tmc_ir_free(ir);
  }
}

static const char *const exfil_ids[] = {"AML.T0024", "ML03", "ML04", NULL};

static bool cites_exfil(const tmc_ir *ir, const char *target) {
  for (size_t i = 0; exfil_ids[i]; i++)
    if (any_cites(ir, target, exfil_ids[i]))
      return true;
  return false;
}

/* D4, DOT: open weights pulled from a hub and served untouched hold
 * nothing of the owner's: no inversion, membership or extraction through
 * the API (AML.T0024, ML03, ML04), while the open port (TMC-LLM-035's
 * AML.T0040) stays. Fine-tuned on the owner's tickets first, they keep
 * them. */
static void test_open_weights_as_downloaded(void **state) {
  (void)state;
  for (int tuned = 0; tuned < 2; tuned++) {
    char dot[2048];
    snprintf(
        dot, sizeof dot,
        "digraph g {\n"
        "  hub [type=external, label=\"Hugging Face Hub "
        "(mistralai/Mistral-7B-Instruct-v0.3)\"];\n"
        "  visitors [type=external, label=\"Website visitors\"];\n"
        "  subgraph cluster_a { label=\"Our VPC\";\n"
        "    app [label=\"FAQ bot backend\"];\n"
        "    m [type=llm, label=\"Mistral 7B Instruct (TGI server)\"];\n"
        "    %s\n"
        "  }\n"
        "  visitors -> app [label=\"question\"]; app -> visitors [label=\"answer\"];\n"
        "  app -> m [label=\"prompt\"]; m -> app [label=\"completion\"];\n"
        "  %s\n"
        "}\n",
        tuned ? "ft [label=\"LoRA fine-tune job (support tickets)\"];" : "",
        tuned ? "hub -> ft [label=\"base weights\"]; ft -> m [label=\"merged weights\"];"
              : "hub -> m [label=\"weights download\"];");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(ir->elements[elem(ir, "m")].facts.public_weights_as_is, !tuned);
    assert_int_equal(cites_exfil(ir, "m"), tuned);
    if (!tuned)
      assert_true(any_cites(ir, "m", "AML.T0040"));
    tmc_ir_free(ir);
  }
}

/* D4, draw.io, other words: Qwen pulled from Hugging Face into vLLM, and
 * the same model named as fine-tuned on the owner's tickets. */
static void test_open_weights_drawio(void **state) {
  (void)state;
  for (int tuned = 0; tuned < 2; tuned++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD ZONE("z", "GPU host (colo)", 0, 0, 600,
                       300) C("app", "z", "helpdesk assistant API", CARD, 20, 40, 140, 60)
                 C("m", "z", "%s", CARD, 300, 40, 180, 60)
                     V("hub", "Hugging Face (Qwen/Qwen2.5-7B-Instruct)", "shape=cloud;",
                       900, 40, 160, 80) V("staff", "Customers", ACTOR, -200, 40, 30, 60)
                         LINK("e1", "staff", "app", "question")
                             LINK("e2", "app", "m", "prompt")
                                 LINK("e3", "m", "app", "completion")
                                     LINK("e4", "hub", "m", "model download") TAIL,
             tuned ? "Qwen2.5 7B fine-tuned on our tickets (vLLM)" : "Qwen2.5 7B (vLLM)");
    tmc_ir *ir = drawio_analysed(xml, NULL);
    assert_int_equal(ir->elements[elem(ir, "m")].facts.public_weights_as_is, !tuned);
    assert_int_equal(cites_exfil(ir, "m"), tuned);
    tmc_ir_free(ir);
  }
}

/* D5, DOT: a credit model whose score is written to the application and
 * read by underwriters only answers no outsider: no extraction or
 * inversion (TMC-ML-001/002, TMC-PATH-004: AML.T0024), while applicants
 * shaping applications still make evasion (ML01). When the application
 * API also returns the stored score to applicants, they get them. */
static void test_scores_shown_to_staff_only(void **state) {
  (void)state;
  for (int shown = 0; shown < 2; shown++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  appl [type=external, label=\"Loan applicants\"];\n"
             "  uw [type=external, label=\"Underwriters (staff)\"];\n"
             "  subgraph cluster_b { label=\"Lender\";\n"
             "    api [label=\"loan application API\"];\n"
             "    m [type=model, label=\"credit risk model (XGBoost)\"];\n"
             "    db [type=data_store, label=\"applications DB (Postgres)\"];\n"
             "    con [label=\"underwriting console\"];\n"
             "  }\n"
             "  appl -> api [label=\"application\"]; api -> m [label=\"features\"];\n"
             "  m -> db [label=\"risk score, reasons\"];\n"
             "  db -> con [label=\"cases, scores\"];\n"
             "  con -> uw [label=\"queue\"]; uw -> con [label=\"decision\"];\n"
             "  con -> db [label=\"decision\"];\n"
             "  %s\n"
             "}\n",
             shown ? "db -> api [label=\"status + score\"];" : "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(ir->elements[elem(ir, "m")].facts.answers_kept_inside, !shown);
    assert_int_equal(any_cites(ir, NULL, "AML.T0024"), shown);
    assert_true(any_cites(ir, "m", "ML01"));
    tmc_ir_free(ir);
  }
}

/* D5, draw.io, other words: a payout fraud scorer writing verdicts into a
 * case table that risk analysts work, against the same scorer returning
 * its verdict to the API merchants call (a reply drawn). */
static void test_scores_kept_inside_drawio(void **state) {
  (void)state;
  for (int replies = 0; replies < 2; replies++) {
    char xml[4096];
    snprintf(xml, sizeof xml,
             HEAD ZONE("z", "Payments platform", 0, 0, 900,
                       400) C("api", "z", "payout request API", CARD, 20, 40, 140, 60)
                 C("m", "z", "payout fraud model (LightGBM)", CARD, 220, 40, 160, 60)
                     C("db", "z", "risk cases (DynamoDB)", DB, 420, 40, 140, 80)
                         C("q", "z", "risk analyst queue", CARD, 620, 40, 140, 60)
                             V("mer", "Merchants", ACTOR, -200, 40, 30, 60)
                                 V("an", "Risk analysts (staff)", ACTOR, 1000, 40, 30, 60)
                                     LINK("e1", "mer", "api", "payout request")
                                         LINK("e2", "api", "m", "payout features")
                                             LINK("e3", "m", "db", "verdict, top reasons")
                                                 LINK("e4", "db", "q", "open cases")
                                                     LINK("e5", "q", "an", "case")
                                                         LINK("e6", "an", "q",
                                                              "release / hold") "%s" TAIL,
             replies ? LINK("e7", "m", "api", "risk verdict") : "");
    tmc_ir *ir = drawio_analysed(xml, NULL);
    assert_int_equal(ir->elements[elem(ir, "m")].facts.answers_kept_inside, !replies);
    assert_int_equal(any_cites(ir, NULL, "AML.T0024"), replies);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_inbox_is_no_corpus_and_no_chat),
      cmocka_unit_test(test_approval_channel_is_no_corpus),
      cmocka_unit_test(test_queue_carries_typed_questions),
      cmocka_unit_test(test_gitops_api_is_no_shell),
      cmocka_unit_test(test_argo_rollback_is_no_shell_drawio),
      cmocka_unit_test(test_open_weights_as_downloaded),
      cmocka_unit_test(test_open_weights_drawio),
      cmocka_unit_test(test_scores_shown_to_staff_only),
      cmocka_unit_test(test_scores_kept_inside_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
