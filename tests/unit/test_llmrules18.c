/* test_llmrules18.c - LLM rules of causes18 (session fifteen): disclosure by
 * a model (LLM02, AML.T0057) only where someone reads answers built from
 * data that is not theirs (D1). A store filled only with what outsiders sent
 * in (an application, a claim, a mailed submission), read item by item by
 * the code that prompts the model, whose senders read nothing the model
 * wrote, holds no one else's data for the model to disclose: the people
 * reading the answers are the organisation the senders wrote to. Other
 * users' records, a shared index, a system of record with no writer drawn
 * still are. Wordings none of blind17's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* Does any finding anywhere cite the model-disclosure ids? */
static bool discloses(const tmc_ir *ir) {
  return any_cites(ir, NULL, "LLM02") || any_cites(ir, NULL, "AML.T0057");
}

/* A research council's grant intake: applicants upload proposals, a
 * function has a hosted model summarise each against the published call
 * text, panel members read the summaries. No LLM02. */
static const char grants[] =
    "digraph grants {\n"
    "  appl [type=external, label=\"Grant applicants\"];\n"
    "  panel [type=external, label=\"Panel members\"];\n"
    "  subgraph cluster_az { label=\"Council Azure subscription\";\n"
    "    portal [label=\"Submission portal (App Service)\"];\n"
    "    props [type=data_store, label=\"proposals (Blob container)\"];\n"
    "    calls [type=data_store, label=\"Funding calls (public web text)\"];\n"
    "    fn [label=\"Summariser (Azure Functions)\"];\n"
    "    notes [type=data_store, label=\"Panel notes (Cosmos DB)\"];\n"
    "    console [label=\"Panel console\"];\n"
    "  }\n"
    "  gpt [type=llm, label=\"GPT-4.1 (Azure OpenAI)\"];\n"
    "  appl -> portal [label=\"proposal PDF + budget\"];\n"
    "  portal -> props [label=\"store proposal\"];\n"
    "  props -> fn [label=\"blob created\"];\n"
    "  calls -> fn [label=\"call criteria\"];\n"
    "  fn -> gpt [label=\"prompt: criteria + proposal text\"];\n"
    "  gpt -> fn [label=\"summary, fit score\"];\n"
    "  fn -> notes [label=\"summary, score\"];\n"
    "  notes -> console; props -> console [label=\"proposal\"];\n"
    "  console -> panel [label=\"ranked proposals\"];\n"
    "}\n";

/* Claims mailed in by policyholders land in a shared mailbox, a triage job
 * drafts a note per claim with Claude on Bedrock, handlers read the notes. */
static const char claims[] =
    "digraph claims {\n"
    "  ph [type=external, label=\"Policyholders\"];\n"
    "  handlers [type=external, label=\"Claims handlers\"];\n"
    "  subgraph cluster_aws { label=\"Insurer AWS account\";\n"
    "    mbox [type=data_store, label=\"claims mailbox (WorkMail)\"];\n"
    "    triage [label=\"Claim triage job (ECS task)\"];\n"
    "    cases [type=data_store, label=\"Triage notes (Aurora)\"];\n"
    "    ui [label=\"Claims workbench\"];\n"
    "  }\n"
    "  claude [type=llm, label=\"Claude 3.5 Sonnet (Amazon Bedrock)\"];\n"
    "  ph -> mbox [label=\"claim e-mail + photos\"];\n"
    "  mbox -> triage [label=\"new message\"];\n"
    "  triage -> claude [label=\"claim text + photo captions\"];\n"
    "  claude -> triage [label=\"triage note\"];\n"
    "  triage -> cases [label=\"note, severity\"];\n"
    "  cases -> ui; ui -> handlers [label=\"queue\"];\n"
    "}\n";

static void test_submissions_read_by_the_organisation(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(grants, cat, NULL);
  assert_true(ir->elements[elem(ir, "props")].facts.submitted_store);
  assert_true(ir->elements[elem(ir, "calls")].facts.public_content);
  assert_false(ir->elements[elem(ir, "gpt")].facts.private_upstream);
  assert_null(finding(ir, "TMC-LLM-005", "gpt"));
  assert_null(finding(ir, "TMC-LLM-014", "fn"));
  assert_false(discloses(ir));
  tmc_ir_free(ir);
  ir = analyse_with(claims, cat, NULL);
  assert_true(ir->elements[elem(ir, "mbox")].facts.submitted_store);
  assert_null(finding(ir, "TMC-LLM-005", "claude"));
  assert_null(finding(ir, "TMC-LLM-015", "cases"));
  assert_false(discloses(ir));
  tmc_ir_free(ir);
}

/* The same intake where the senders also read what the model writes (a
 * chat answering questions about their own submission) holds every
 * sender's items for the model to repeat to the next: still LLM02. So do a
 * system of record nobody is drawn writing, a store joined in on the way
 * (a CRM record added to each claim), and items pooled into an index that
 * serves whoever searches it. */
static void test_others_data_still_discloses(void **state) {
  (void)state;
  static const char chat[] =
      "digraph chat {\n"
      "  appl [type=external, label=\"Grant applicants\"];\n"
      "  subgraph cluster_az { label=\"Council Azure subscription\";\n"
      "    portal [label=\"Submission portal\"];\n"
      "    props [type=data_store, label=\"proposals (Blob container)\"];\n"
      "    bot [label=\"Applicant helpdesk bot\"];\n"
      "  }\n"
      "  gpt [type=llm, label=\"GPT-4.1 (Azure OpenAI)\"];\n"
      "  appl -> portal [label=\"proposal PDF\"]; portal -> props [label=\"store\"];\n"
      "  appl -> bot [label=\"question\"]; props -> bot [label=\"proposals\"];\n"
      "  bot -> gpt [label=\"question + proposals\"]; gpt -> bot [label=\"answer\"];\n"
      "  bot -> appl [label=\"answer\"];\n"
      "}\n";
  static const char record[] =
      "digraph record {\n"
      "  ph [type=external, label=\"Policyholders\"];\n"
      "  handlers [type=external, label=\"Claims handlers\"];\n"
      "  subgraph cluster_aws { label=\"Insurer AWS account\";\n"
      "    mbox [type=data_store, label=\"claims mailbox (WorkMail)\"];\n"
      "    crm [type=data_store, label=\"Policy admin system (Guidewire DB)\"];\n"
      "    enrich [label=\"Claim enricher\"];\n"
      "    inbox [type=data_store, label=\"Enriched claims (S3)\"];\n"
      "    triage [label=\"Claim triage job\"];\n"
      "  }\n"
      "  claude [type=llm, label=\"Claude 3.5 Sonnet (Amazon Bedrock)\"];\n"
      "  ph -> mbox [label=\"claim e-mail\"]; mbox -> enrich [label=\"claim\"];\n"
      "  crm -> enrich [label=\"policy, claims history\"];\n"
      "  enrich -> inbox [label=\"claim + policy\"]; inbox -> triage;\n"
      "  triage -> claude [label=\"claim + policy\"]; claude -> triage;\n"
      "  triage -> handlers [label=\"triage note\"];\n"
      "}\n";
  static const char pooled[] =
      "digraph pooled {\n"
      "  appl [type=external, label=\"Grant applicants\"];\n"
      "  staff [type=external, label=\"Programme officers\"];\n"
      "  subgraph cluster_az { label=\"Council Azure subscription\";\n"
      "    props [type=data_store, label=\"proposals (Blob container)\"];\n"
      "    idx [label=\"Nightly indexer\"];\n"
      "    vec [type=vector_store, label=\"Proposal index (AI Search)\"];\n"
      "    ask [label=\"Ask-the-archive assistant\"];\n"
      "  }\n"
      "  gpt [type=llm, label=\"GPT-4.1 (Azure OpenAI)\"];\n"
      "  appl -> props [label=\"proposal PDF\"]; props -> idx [label=\"documents\"];\n"
      "  idx -> vec [label=\"chunks\"]; staff -> ask [label=\"question\"];\n"
      "  vec -> ask [label=\"passages\"]; ask -> gpt [label=\"question + passages\"];\n"
      "  gpt -> ask [label=\"answer\"]; ask -> staff [label=\"answer\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(chat, cat, NULL);
  assert_false(ir->elements[elem(ir, "props")].facts.submitted_store);
  assert_true(ir->elements[elem(ir, "gpt")].facts.private_upstream);
  assert_true(discloses(ir));
  tmc_ir_free(ir);
  ir = analyse_with(record, cat, NULL);
  assert_true(ir->elements[elem(ir, "mbox")].facts.submitted_store);
  assert_false(ir->elements[elem(ir, "inbox")].facts.submitted_store);
  assert_true(cites(finding(ir, "TMC-LLM-005", "claude"), "LLM02:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(pooled, cat, NULL);
  assert_false(ir->elements[elem(ir, "props")].facts.submitted_store);
  assert_true(discloses(ir));
  tmc_ir_free(ir);
}

/* A2: outsiders' work reaches the model through a mailbox they write into or
 * through an upload handler that drops it where a worker picks it up: the
 * first code of ours it reaches is where each item starts model calls
 * (TMC-LLM-032, LLM10), not only a front wired straight to the model's
 * caller. An indexer filling a search index is no such front: people's
 * questions, not the documents, start the calls. */
static void test_outsiders_work_through_drops_starts_calls(void **state) {
  (void)state;
  static const char mail[] =
      "digraph mail {\n"
      "  tenants [type=external, label=\"Tenants\"];\n"
      "  subgraph cluster_m365 { label=\"Housing association tenant\";\n"
      "    mbox [type=data_store, label=\"repairs@ shared mailbox (Exchange Online)\"];\n"
      "    poll [label=\"Repairs poller (Logic App)\"];\n"
      "    triage [label=\"Repair triage service\"];\n"
      "    jobs [type=data_store, label=\"Repair jobs (Dataverse)\"];\n"
      "  }\n"
      "  claude [type=llm, label=\"Claude (Anthropic API)\"];\n"
      "  tenants -> mbox [label=\"repair request + photos (SMTP)\"];\n"
      "  mbox -> poll [label=\"new mail\"]; poll -> triage [label=\"message text\"];\n"
      "  triage -> claude [label=\"classify + extract prompt\"];\n"
      "  claude -> triage [label=\"category, urgency\"];\n"
      "  triage -> jobs [label=\"job\"];\n"
      "}\n";
  static const char upload[] =
      "digraph upload {\n"
      "  sup [type=external, label=\"Suppliers\"];\n"
      "  subgraph cluster_gcp { label=\"AP project (GCP)\";\n"
      "    portal [label=\"Supplier portal (Next.js)\"];\n"
      "    up [label=\"Upload handler (Cloud Run)\"];\n"
      "    drop [type=data_store, label=\"invoice-drop (GCS bucket)\"];\n"
      "    ext [label=\"Invoice extractor (Cloud Functions)\"];\n"
      "    ledger [type=data_store, label=\"AP ledger (Cloud SQL)\"];\n"
      "  }\n"
      "  gem [type=llm, label=\"Gemini 1.5 Flash (Vertex AI)\"];\n"
      "  sup -> portal [label=\"invoice PDF\"]; portal -> up [label=\"multipart "
      "upload\"];\n"
      "  up -> drop [label=\"object\"]; drop -> ext [label=\"finalize event\"];\n"
      "  ext -> gem [label=\"pages + extraction prompt\"];\n"
      "  gem -> ext [label=\"fields JSON\"]; ext -> ledger [label=\"invoice lines\"];\n"
      "}\n";
  static const char index[] =
      "digraph index {\n"
      "  res [type=external, label=\"Residents\"];\n"
      "  officers [type=external, label=\"Council officers\"];\n"
      "  subgraph cluster_c { label=\"Council network\";\n"
      "    letters [type=data_store, label=\"Correspondence archive\"];\n"
      "    idx [label=\"Archive indexer\"];\n"
      "    vec [type=vector_store, label=\"Letter index (pgvector)\"];\n"
      "    drafter [label=\"Reply drafter\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"GPT-4o (OpenAI API)\"];\n"
      "  res -> letters [label=\"letters, e-mails\"]; letters -> idx [label=\"new "
      "documents\"];\n"
      "  idx -> vec [label=\"chunks\"]; officers -> drafter [label=\"case question\"];\n"
      "  vec -> drafter [label=\"passages\"]; drafter -> llm [label=\"prompt\"];\n"
      "  llm -> drafter [label=\"draft\"]; drafter -> officers [label=\"draft reply\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(mail, cat, NULL);
  assert_true(ir->elements[elem(ir, "poll")].facts.llm_work_front);
  assert_true(cites(finding(ir, "TMC-LLM-032", "poll"), "LLM10:2025"));
  assert_false(ir->elements[elem(ir, "triage")].facts.llm_work_front);
  tmc_ir_free(ir);
  ir = analyse_with(upload, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-032", "portal"), "LLM10:2025"));
  tmc_ir_free(ir);
  ir = analyse_with(index, cat, NULL);
  assert_false(ir->elements[elem(ir, "idx")].facts.llm_work_front);
  assert_null(finding(ir, "TMC-LLM-032", "idx"));
  tmc_ir_free(ir);
}

/* A2: the model's judgement of what outsiders sent, stored as returned as
 * the record that decides what happens next (TMC-LLM-181, LLM05); not a
 * transcript log of prompts and answers. */
static void test_stored_judgement_decides(void **state) {
  (void)state;
  static const char tickets[] =
      "digraph tickets {\n"
      "  cust [type=external, label=\"Customers\"];\n"
      "  agents [type=external, label=\"Support agents\"];\n"
      "  subgraph cluster_c { label=\"Helpdesk VPC\";\n"
      "    form [label=\"Contact form API\"];\n"
      "    router [label=\"Ticket router\"];\n"
      "    queue [type=data_store, label=\"Ticket queue (Postgres)\"];\n"
      "    log [type=data_store, label=\"Chat history\"];\n"
      "    desk [label=\"Agent desk\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"Mistral Large (la Plateforme)\"];\n"
      "  cust -> form [label=\"message\"]; form -> router [label=\"ticket text\"];\n"
      "  router -> llm [label=\"triage prompt + ticket\"];\n"
      "  llm -> router [label=\"urgency, refund eligibility\"];\n"
      "  router -> queue [label=\"priority + eligibility\"];\n"
      "  router -> log [label=\"prompt + answer\"];\n"
      "  queue -> desk; desk -> agents [label=\"worklist\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(tickets, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-181", "router->queue"), "LLM05:2025"));
  assert_null(finding(ir, "TMC-LLM-181", "router->log"));
  tmc_ir_free(ir);
  ir = analyse_with(claims, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-181", "triage->cases"), "CWE-20"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_submissions_read_by_the_organisation),
      cmocka_unit_test(test_others_data_still_discloses),
      cmocka_unit_test(test_outsiders_work_through_drops_starts_calls),
      cmocka_unit_test(test_stored_judgement_decides),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
