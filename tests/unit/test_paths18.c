/* test_paths18.c - attack paths of blind17's cause P (paths18): the
 * attacker's first step of an injection chain (prompt obfuscation), data
 * leaving through an agent's read-only tool, plant setpoints driven to
 * extremes, shared compute copied from, and which 15 paths a report shows.
 * Small diagrams worded unlike the blind sets, run through the whole
 * pipeline with the built-in catalog. */
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

/* Content an outsider writes that a model later reads (indirect injection)
 * hides its instructions: AML.T0068 beside the hop it gets in by. A person
 * typing to the model (direct injection) hides nothing in a document. */
static void test_obfuscation_first_step(void **state) {
  (void)state;
  static const char *leases =
      "digraph g {\n"
      "  landlords [shape=box, label=\"Landlords\"];\n"
      "  subgraph cluster_s { label=\"Lettings platform\"; trust=2;\n"
      "    up [label=\"Lease upload portal\"];\n"
      "    docs [shape=cylinder, label=\"Lease PDFs (S3)\"];\n"
      "    sum [label=\"Clause summariser\"]; }\n"
      "  claude [label=\"Claude 3.5 Sonnet (Anthropic API)\", type=llm];\n"
      "  landlords -> up [label=\"lease PDF\"]; up -> docs [label=\"store\"];\n"
      "  docs -> sum [label=\"lease text\"]; sum -> claude [label=\"prompt + lease\"];\n"
      "  claude -> sum [label=\"summary\"];\n"
      "}\n";
  tmc_ir *ir = analysed(leases);
  assert_true(any_hop_names(ir, "landlords", "hijack_model", "AML.T0068"));
  tmc_ir_free(ir);

  static const char *reviews = "digraph g {\n"
                               "  shoppers [shape=box, label=\"Shoppers\"];\n"
                               "  subgraph cluster_s { label=\"Marketplace\"; trust=2;\n"
                               "    rv [label=\"Review service\"];\n"
                               "    db [shape=cylinder, label=\"Product reviews DB\"];\n"
                               "    digest [label=\"Review digest job\"]; }\n"
                               "  gpt [label=\"GPT-4o (Azure OpenAI)\", type=llm];\n"
                               "  shoppers -> rv [label=\"post review\"]; rv -> db;\n"
                               "  db -> digest [label=\"reviews\"]; digest -> gpt "
                               "[label=\"reviews to summarise\"];\n"
                               "  gpt -> digest [label=\"digest\"];\n"
                               "}\n";
  ir = analysed(reviews);
  assert_true(any_hop_names(ir, "shoppers", "hijack_model", "AML.T0068"));
  tmc_ir_free(ir);

  static const char *chat =
      "digraph g {\n"
      "  visitors [shape=box, label=\"Website visitors\"];\n"
      "  subgraph cluster_s { label=\"Help centre\"; trust=2;\n"
      "    bot [label=\"Chat widget backend\"]; }\n"
      "  llm [label=\"Mistral Large (hosted)\", type=llm];\n"
      "  visitors -> bot [label=\"question\"]; bot -> llm [label=\"prompt\"];\n"
      "  llm -> bot [label=\"answer\"]; bot -> visitors [label=\"answer\"];\n"
      "}\n";
  ir = analysed(chat);
  assert_false(any_hop_names(ir, "visitors", NULL, "AML.T0068"));
  tmc_ir_free(ir);
}

/* An injected model that calls a tool which only reads a store (a customer
 * lookup over the CRM, a SQL tool over the warehouse) copies what it gets
 * into text that leaves: exfiltrate (TMC-PATH-032), not an act through the
 * agent. A tool that writes its store is still an act (TMC-PATH-005). */
static void test_read_only_tool_exfiltrates(void **state) {
  (void)state;
  static const char *support =
      "digraph g {\n"
      "  senders [shape=box, label=\"Customers (e-mail)\"];\n"
      "  subgraph cluster_s { label=\"Support desk\"; trust=2;\n"
      "    inbox [shape=cylinder, label=\"Support inbox\"];\n"
      "    agent [label=\"Reply drafting agent (LangGraph)\"];\n"
      "    lookup [label=\"lookup_customer tool\", type=agent_tool];\n"
      "    crm [shape=cylinder, label=\"Customer accounts (CRM database)\"]; }\n"
      "  llm [label=\"Claude (Anthropic API)\", type=llm];\n"
      "  senders -> inbox [label=\"mail\"]; inbox -> agent [label=\"new mail\"];\n"
      "  agent -> llm [label=\"prompt + mail\"]; llm -> agent [label=\"tool calls, "
      "draft\"];\n"
      "  agent -> lookup [label=\"lookup_customer(id)\"];\n"
      "  lookup -> crm [label=\"SELECT account\"]; crm -> lookup [label=\"rows\"];\n"
      "  lookup -> agent [label=\"account details\"];\n"
      "}\n";
  tmc_ir *ir = analysed(support);
  assert_true(
      hop_names(ir, "senders", "crm", "exfiltrate", "crm", "AML.T0085.001", NULL));
  assert_false(hop_names(ir, "senders", "crm", "act_through_agent", "crm", NULL, NULL));
  tmc_ir_free(ir);

  static const char *bi =
      "digraph g {\n"
      "  partners [shape=box, label=\"Partner analysts\"];\n"
      "  subgraph cluster_s { label=\"Analytics\"; trust=2;\n"
      "    share [shape=cylinder, label=\"Shared briefs folder\"];\n"
      "    copilot [label=\"Insights copilot (orchestrator)\"];\n"
      "    sqltool [label=\"run_query (read-only SQL tool)\", type=agent_tool];\n"
      "    dwh [shape=cylinder, label=\"Sales warehouse (Snowflake)\"]; }\n"
      "  gem [label=\"Gemini 1.5 Pro (Vertex AI)\", type=llm];\n"
      "  partners -> share [label=\"brief documents\"]; share -> copilot "
      "[label=\"brief\"];\n"
      "  copilot -> gem [label=\"prompt\"]; gem -> copilot [label=\"queries, report\"];\n"
      "  copilot -> sqltool [label=\"run_query(sql)\"]; sqltool -> dwh "
      "[label=\"query\"];\n"
      "  dwh -> sqltool [label=\"result set\"]; sqltool -> copilot [label=\"rows\"];\n"
      "}\n";
  ir = analysed(bi);
  assert_true(
      hop_names(ir, "partners", "dwh", "exfiltrate", "dwh", "AML.T0085.001", NULL));
  tmc_ir_free(ir);

  static const char *tickets =
      "digraph g {\n"
      "  users [shape=box, label=\"Portal users\"];\n"
      "  subgraph cluster_s { label=\"Service desk\"; trust=2;\n"
      "    kb [shape=cylinder, label=\"Submitted requests\"];\n"
      "    agent [label=\"Triage agent\"];\n"
      "    upd [label=\"update_ticket tool\", type=agent_tool];\n"
      "    itsm [shape=cylinder, label=\"Ticket database (SQL)\"]; }\n"
      "  llm [label=\"GPT-4.1 (OpenAI API)\", type=llm];\n"
      "  users -> kb [label=\"request text\"]; kb -> agent [label=\"request\"];\n"
      "  agent -> llm [label=\"prompt\"]; llm -> agent [label=\"tool calls\"];\n"
      "  agent -> upd [label=\"update_ticket(id, status, assignee)\"];\n"
      "  upd -> itsm [label=\"UPDATE ticket set status\"];\n"
      "}\n";
  ir = analysed(tickets);
  assert_false(
      hop_names(ir, "users", "itsm", "exfiltrate", "itsm", "AML.T0085.001", NULL));
  tmc_ir_free(ir);
}

/* A request from outside reaching the write that sets what a plant runs on
 * (setpoints, a dosing rate, a recipe) drives it to extremes: the loss is
 * the service (TMC-PATH-033, deny_service). A lock opened by a forged
 * command is still a device made to act (TMC-PATH-019). */
static void test_setpoints_deny_service(void **state) {
  (void)state;
  static const char *coldstore =
      "digraph g {\n"
      "  shippers [shape=box, label=\"Shipper portal users\"];\n"
      "  subgraph cluster_s { label=\"Cold store operations\"; trust=2;\n"
      "    portal [label=\"Booking portal\"];\n"
      "    scada [label=\"Refrigeration SCADA server\"];\n"
      "    plc [label=\"Chamber PLCs (Modbus TCP)\"]; }\n"
      "  shippers -> portal [label=\"book chamber, target temperature\"];\n"
      "  portal -> scada [label=\"chamber profile\"];\n"
      "  scada -> plc [label=\"temperature setpoints (holding registers)\"];\n"
      "}\n";
  tmc_ir *ir = analysed(coldstore);
  assert_true(hop_names(ir, "shippers", "plc", "deny_service", "plc", "CAPEC-153", NULL));
  tmc_ir_free(ir);

  static const char *dosing =
      "digraph g {\n"
      "  contractor [shape=box, label=\"Chemical supplier (web form)\"];\n"
      "  subgraph cluster_s { label=\"Water treatment works\"; trust=2;\n"
      "    ops [label=\"Operations web app\"];\n"
      "    hmi [label=\"Dosing HMI\"];\n"
      "    pump [label=\"Chlorine dosing pumps\"]; }\n"
      "  contractor -> ops [label=\"delivery and product strength\"];\n"
      "  ops -> hmi [label=\"adjusted dosing rate\"];\n"
      "  hmi -> pump [label=\"dosing rate setpoint\"];\n"
      "}\n";
  ir = analysed(dosing);
  assert_true(
      hop_names(ir, "contractor", "pump", "deny_service", "pump", "CAPEC-153", NULL));
  tmc_ir_free(ir);

  static const char *doors =
      "digraph g {\n"
      "  residents [shape=box, label=\"Residents (phone app)\"];\n"
      "  subgraph cluster_s { label=\"Building access\"; trust=2;\n"
      "    api [label=\"Access API\"];\n"
      "    lock [label=\"Smart locks (entrance)\"]; }\n"
      "  residents -> api [label=\"open request\"];\n"
      "  api -> lock [label=\"unlock command\"];\n"
      "}\n";
  ir = analysed(doors);
  assert_false(
      hop_names(ir, "residents", "lock", "deny_service", "lock", "CAPEC-153", NULL));
  tmc_ir_free(ir);
}

/* Does a path from entry to target carry goal id (its finding's rule)? */
static bool has_goal(const tmc_ir *ir, const char *entry, const char *target,
                     const char *id) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_PATH || strcmp(f->rule_id, id) != 0)
      continue;
    const tmc_path *p = &ir->paths[f->target];
    if (p->entry == el(ir, entry) && p->asset == el(ir, target))
      return true;
  }
  return false;
}

/* Payment requests an outsider sends that code scores inline with a classic
 * model (a card network's authorisations, a checkout's risk call): a burst
 * slows scoring past its budget and the stand-in decides alone
 * (TMC-PATH-034, deny_service, shown for the pair before the extraction
 * that rides the same requests). A model scoring job applications is no
 * payment decision: the plain denial (TMC-PATH-010) only. */
static void test_payment_scoring_flooded(void **state) {
  (void)state;
  static const char *bnpl =
      "digraph g {\n"
      "  shops [shape=box, label=\"Merchant checkout (payment requests)\"];\n"
      "  subgraph cluster_s { label=\"Pay-later platform\"; trust=2;\n"
      "    risk [label=\"Risk API (answers within 150 ms)\"];\n"
      "    gbm [label=\"Credit risk model (LightGBM)\", type=model]; }\n"
      "  shops -> risk [label=\"basket, customer, device\"];\n"
      "  risk -> gbm [label=\"features\"]; gbm -> risk [label=\"default probability\"];\n"
      "  risk -> shops [label=\"approve / decline\"];\n"
      "}\n";
  tmc_ir *ir = analysed(bnpl);
  assert_true(has_goal(ir, "shops", "gbm", "TMC-PATH-034"));
  assert_true(hop_names(ir, "shops", "gbm", "deny_service", "gbm", "AML.T0029", NULL));
  tmc_ir_free(ir);

  static const char *wallet =
      "digraph g {\n"
      "  net [shape=box, label=\"Card scheme (ISO 8583 authorisations)\"];\n"
      "  subgraph cluster_s { label=\"E-money issuer\"; trust=2;\n"
      "    host [label=\"Authorisation host\"];\n"
      "    fm [label=\"Transaction fraud model\", type=model]; }\n"
      "  net -> host [label=\"0100 request\"]; host -> fm [label=\"transaction\"];\n"
      "  fm -> host [label=\"risk score\"]; host -> net [label=\"0110 response\"];\n"
      "}\n";
  ir = analysed(wallet);
  assert_true(has_goal(ir, "net", "fm", "TMC-PATH-034"));
  tmc_ir_free(ir);

  static const char *hiring = "digraph g {\n"
                              "  applicants [shape=box, label=\"Job applicants\"];\n"
                              "  subgraph cluster_s { label=\"Careers site\"; trust=2;\n"
                              "    api [label=\"Application API\"];\n"
                              "    rank [label=\"CV ranking model\", type=model]; }\n"
                              "  applicants -> api [label=\"application\"]; api -> rank "
                              "[label=\"CV features\"];\n"
                              "  rank -> api [label=\"rank\"];\n"
                              "}\n";
  ir = analysed(hiring);
  assert_false(has_goal(ir, "applicants", "rank", "TMC-PATH-034"));
  tmc_ir_free(ir);
}

/* Outcomes people record (a chargeback desk's verdicts, adjusters' claim
 * decisions) become the labels a scheduled retraining learns and a
 * promotion serves: mislabelled cases tamper with the served model
 * (TMC-PATH-007, tamper_model), not an exfiltration of it. */
static void test_mislabelled_outcomes_tamper(void **state) {
  (void)state;
  static const char *claims =
      "digraph g {\n"
      "  adjusters [shape=box, label=\"Claims adjusters\"];\n"
      "  subgraph cluster_s { label=\"Claims platform\"; trust=2;\n"
      "    desk [label=\"Claims workbench\"];\n"
      "    hist [shape=cylinder, label=\"Closed claims with outcomes\"];\n"
      "    retrain [label=\"Monthly retraining job\", type=pipeline];\n"
      "    reg [label=\"Model registry (MLflow)\", type=model_registry];\n"
      "    fraud [label=\"Claims fraud model\", type=model];\n"
      "    intake [label=\"Claims intake API\"]; }\n"
      "  adjusters -> desk [label=\"outcome: fraud / paid\"];\n"
      "  desk -> hist [label=\"labelled claim\"]; hist -> retrain [label=\"training "
      "set\"];\n"
      "  retrain -> reg [label=\"candidate\"]; reg -> fraud [label=\"promoted "
      "version\"];\n"
      "  intake -> fraud [label=\"claim features\"]; fraud -> desk [label=\"fraud "
      "score\"];\n"
      "}\n";
  tmc_ir *ir = analysed(claims);
  assert_true(hop_names(ir, "adjusters", "fraud", "tamper_model", "fraud", NULL, NULL));
  tmc_ir_free(ir);
}

/* An outside service's verdicts kept with each case and trained on (a credit
 * bureau's API, a sender-reputation service): the data supply chain starts
 * there (AML.T0010.002 at the entry of the tampering path). Staff whose
 * decisions are trained on are no supplier. */
static void test_vendor_signals_supply_chain(void **state) {
  (void)state;
  static const char *credit =
      "digraph g {\n"
      "  bureau [shape=box, label=\"Credit bureau scoring API\"];\n"
      "  officers [shape=box, label=\"Loan officers\"];\n"
      "  subgraph cluster_s { label=\"Lending\"; trust=2;\n"
      "    app [label=\"Application service\"];\n"
      "    hist [shape=cylinder, label=\"Applications with bureau data\", "
      "type=dataset];\n"
      "    train [label=\"Quarterly retraining\", type=pipeline];\n"
      "    pd [label=\"Default model\", type=model]; }\n"
      "  bureau -> app [label=\"bureau score, flags\"];\n"
      "  officers -> app [label=\"decision\"];\n"
      "  app -> hist [label=\"application + bureau data + decision\"];\n"
      "  hist -> train [label=\"training set\"]; train -> pd [label=\"new model\"];\n"
      "  app -> pd [label=\"features\"]; pd -> app [label=\"PD\"];\n"
      "}\n";
  tmc_ir *ir = analysed(credit);
  assert_true(any_hop_names(ir, "bureau", "tamper_model", "AML.T0010.002"));
  assert_false(any_hop_names(ir, "officers", NULL, "AML.T0010.002"));
  tmc_ir_free(ir);

  static const char *mail =
      "digraph g {\n"
      "  rep [shape=box, label=\"Sender reputation service (REST endpoint)\", "
      "type=external];\n"
      "  subgraph cluster_s { label=\"Mail filtering\"; trust=2;\n"
      "    mta [label=\"Inbound MTA\"];\n"
      "    log [shape=cylinder, label=\"Message features with verdicts\", "
      "type=dataset];\n"
      "    fit [label=\"Nightly spam model training\", type=pipeline];\n"
      "    spam [label=\"Spam classifier\", type=model]; }\n"
      "  rep -> mta [label=\"IP and domain verdicts\"];\n"
      "  mta -> log [label=\"features + verdicts\"]; log -> fit [label=\"training "
      "rows\"];\n"
      "  fit -> spam [label=\"weights\"]; mta -> spam [label=\"message\"];\n"
      "  spam -> mta [label=\"spam score\"];\n"
      "}\n";
  ir = analysed(mail);
  assert_true(any_hop_names(ir, "rep", "tamper_model", "AML.T0010.002"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_obfuscation_first_step),
      cmocka_unit_test(test_read_only_tool_exfiltrates),
      cmocka_unit_test(test_setpoints_deny_service),
      cmocka_unit_test(test_payment_scoring_flooded),
      cmocka_unit_test(test_mislabelled_outcomes_tamper),
      cmocka_unit_test(test_vendor_signals_supply_chain),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
