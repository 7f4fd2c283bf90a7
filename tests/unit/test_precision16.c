/* test_precision16.c - ids whose precondition the system must meet
 * (precision16, cause D of blind13/blind14). Each test draws a family twice
 * or more, in wordings the tuning sets did not use: once where the
 * precondition holds (the id is raised), once where the system makes it
 * impossible (it is not): the internet on the way into an ML platform
 * (AML.T0049), a tool that can delete or overwrite (AML.T0101), a memory
 * written from conversations (AML.T0080.000), training data from a third
 * party (AML.T0010.002), an LLM the organisation trains (LLM04). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A zone that says it has no internet ("air-gapped", "no internet access",
 * "VPN-only") is not the outside, though it says "internet": nothing in it
 * is untrusted. A zone named the internet still is. */
static void test_cut_off_zone_not_outside(void **state) {
  (void)state;
  static const char *const cut[] = {"Plant OT network (air-gapped)",
                                    "Factory LAN - no internet access",
                                    "Lab subnet, VPN-only, not internet-facing", NULL};
  for (const char *const *z = cut; *z; z++) {
    char dot[1024];
    snprintf(
        dot, sizeof dot,
        "digraph z {\n"
        "  subgraph cluster_z { label=\"%s\";\n"
        "    hmi [label=\"Line HMI\"]; hist [type=data_store, label=\"Historian\"];\n"
        "  }\n"
        "  hmi -> hist;\n"
        "}\n",
        *z);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_not_equal(tmc_ir_element_trust(ir, elem(ir, "hmi")), 0);
    tmc_ir_free(ir);
  }
  static const char open[] = "digraph z {\n"
                             "  subgraph cluster_z { label=\"Public internet\";\n"
                             "    kiosk [label=\"Kiosk app\"];\n"
                             "  }\n"
                             "  subgraph cluster_c { label=\"Corporate\";\n"
                             "    api [label=\"Orders API\"];\n"
                             "  }\n"
                             "  kiosk -> api;\n"
                             "}\n";
  tmc_ir *ir = analyse_with(open, cat, NULL);
  assert_int_equal(tmc_ir_element_trust(ir, elem(ir, "kiosk")), 0);
  tmc_ir_free(ir);
}

/* Exploiting a public-facing application (AML.T0049) needs the internet on
 * the way in: staff reaching an ML platform through its internal portal
 * keep the platform finding (TMC-MLOPS-004) without the id; the public, a
 * partner's team or a zone named the internet in front of the same
 * platform raise it. */
static void test_ml_platform_internet(void **state) {
  (void)state;
  static const char head[] = "digraph p {\n"
                             "  who [type=external, label=\"%s\"];\n"
                             "  %s\n"
                             "  subgraph cluster_p { label=\"ML platform\";\n"
                             "    portal [label=\"Training portal\"];\n"
                             "    reg [type=model_registry, label=\"Model registry\"];\n"
                             "    job [type=pipeline, label=\"Fine-tuning job\"];\n"
                             "    data [type=dataset, label=\"Curated examples\"];\n"
                             "  }\n"
                             "  who -> %s [label=\"submit run\"];\n"
                             "  %s\n"
                             "  portal -> reg [label=\"register version\"];\n"
                             "  data -> job; job -> reg [label=\"new version\"];\n"
                             "}\n";
  char dot[2048];
  /* staff, straight into the portal */
  static const char *const staff[] = {"ML engineers", "Quant researchers (desk staff)",
                                      NULL};
  for (const char *const *w = staff; *w; w++) {
    snprintf(dot, sizeof dot, head, *w, "", "portal", "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-MLOPS-004", "reg");
    assert_non_null(f);
    assert_false(cites(f, "AML.T0049"));
    assert_false(ir->elements[elem(ir, "reg")].facts.internet_facing);
    tmc_ir_free(ir);
  }
  /* what staff fetch from a public model hub or package index drawn
   * outside is downloaded, not a request from the internet: the hub is an
   * outside source (its "public" says what it is), not the public */
  static const char *const hubs[] = {
      "hub [label=\"Hugging Face Hub\\n(public base models)\"]; "
      "idx [label=\"pypi.org\"];",
      "hub [label=\"Kaggle Models\\n(public checkpoints)\"]; "
      "idx [label=\"conda-forge\\n(public channel)\"];",
      NULL};
  for (const char *const *h = hubs; *h; h++) {
    snprintf(dot, sizeof dot, head, "ML engineers", *h, "portal",
             "hub -> portal [label=\"download weights\"]; "
             "idx -> portal [label=\"pip install\"];");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "hub")].facts.outside_source);
    assert_false(ir->elements[elem(ir, "portal")].facts.internet_facing);
    assert_false(cites(finding(ir, "TMC-MLOPS-004", "reg"), "AML.T0049"));
    tmc_ir_free(ir);
  }
  /* the public, or a partner's team, or the internet zone in front */
  static const char *const outside[] = {"Anonymous visitors", "Partner universities",
                                        "Hobbyist users", NULL};
  for (const char *const *w = outside; *w; w++) {
    snprintf(dot, sizeof dot, head, *w, "", "portal", "");
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(cites(finding(ir, "TMC-MLOPS-004", "reg"), "AML.T0049"));
    tmc_ir_free(ir);
  }
  snprintf(
      dot, sizeof dot, head, "ML engineers",
      "subgraph cluster_i { label=\"Internet\"; edge_proxy [label=\"Edge proxy\"]; }",
      "edge_proxy", "edge_proxy -> portal;");
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(cites(finding(ir, "TMC-MLOPS-004", "reg"), "AML.T0049"));
  tmc_ir_free(ir);
}

/* An agent with one tool, the tool's name and its flow into a store given:
 * the agent drafts with a hosted model for staff. */
static tmc_ir *one_tool(const char *tool, const char *store, const char *flow_label) {
  char dot[2048];
  snprintf(
      dot, sizeof dot,
      "digraph t {\n"
      "  staff [type=external, label=\"Support staff\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    loop [label=\"Assistant orchestrator\"];\n"
      "    tool [type=agent_tool, label=\"%s\"];\n"
      "    db [type=data_store, label=\"%s\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  staff -> loop; loop -> staff;\n"
      "  loop -> m [label=\"prompt + tool schemas\"]; m -> loop [label=\"tool call\"];\n"
      "  loop -> tool [label=\"arguments\"]; tool -> loop;\n"
      "  tool -> db [label=\"%s\"];\n"
      "}\n",
      tool, store, flow_label);
  return analyse_with(dot, cat, NULL);
}

/* Data destruction through a tool (AML.T0101) needs a tool that can delete
 * or overwrite: one named for adding a record (open a case, file a claim,
 * schedule a visit) whose flows say no change keeps the tool finding
 * without the id, and so does the agent dispatching it; a tool that
 * updates, or one whose flow says it deletes, cites it. */
static void test_tools_that_only_add(void **state) {
  (void)state;
  static const char *const adds[][3] = {
      {"open_case()", "Case management DB", "new case row"},
      {"fileClaim", "Claims register", "REST claim"},
      {"schedule_visit (next slot)", "Visits calendar", "insert visit"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; adds[i][0]; i++) {
    tmc_ir *ir = one_tool(adds[i][0], adds[i][1], adds[i][2]);
    assert_true(ir->elements[elem(ir, "tool")].facts.tool_changes_data);
    assert_false(ir->elements[elem(ir, "tool")].facts.tool_destroys);
    assert_non_null(finding(ir, "TMC-AGENT-001", "tool"));
    assert_false(any_cites(ir, "tool", "AML.T0101"));
    assert_false(any_cites(ir, "loop", "AML.T0101"));
    tmc_ir_free(ir);
  }
  static const char *const destroys[][3] = {
      {"update_case()", "Case management DB", "REST"},
      {"open_case()", "Case management DB", "open / close / delete cases"},
      {"book_or_cancel_visit", "Visits calendar", "REST"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; destroys[i][0]; i++) {
    tmc_ir *ir = one_tool(destroys[i][0], destroys[i][1], destroys[i][2]);
    assert_true(ir->elements[elem(ir, "tool")].facts.tool_destroys);
    assert_true(cites(finding(ir, "TMC-AGENT-001", "tool"), "AML.T0101"));
    tmc_ir_free(ir);
  }
}

/* A query tool named by its read-only account ("analytics_ro",
 * "REPORTING-RO") or called only by code that lets SELECTs through only
 * reads: no destruction or write finding, the read-only tool's finding
 * instead; its flow into the database is the model's query (queries_db:
 * the tool runs queries, whatever the line says), and runaway queries on a
 * warehouse billed per scan are a bill (TMC-AGENT-040, AML.T0034), on the
 * company's own Postgres only load (no AML.T0034). */
static void test_read_only_query_tools(void **state) {
  (void)state;
  static const char *const ro[][3] = {
      {"exec_sql (db user analytics_ro)", "Snowflake warehouse", "JDBC"},
      {"query_runner as REPORTING-RO", "Postgres (on-premises)", "TCP 5432"},
      {NULL, NULL, NULL}};
  for (size_t i = 0; ro[i][0]; i++) {
    tmc_ir *ir = one_tool(ro[i][0], ro[i][1], ro[i][2]);
    assert_false(ir->elements[elem(ir, "tool")].facts.tool_acts);
    assert_null(finding(ir, "TMC-AGENT-001", "tool"));
    assert_null(finding(ir, "TMC-AGENT-026", "tool->db"));
    assert_non_null(finding(ir, "TMC-AGENT-019", "tool"));
    assert_true(ir->flows[flow(ir, "tool", "db")].facts.queries_db);
    const tmc_finding *f = finding(ir, "TMC-AGENT-040", "tool");
    assert_non_null(f);
    assert_true(cites(f, "LLM10:2025"));
    if (i == 0)
      assert_true(cites(f, "AML.T0034"));
    else
      assert_false(cites(f, "AML.T0034"));
    tmc_ir_free(ir);
  }
  /* the guard is in the code that calls it */
  static const char guarded[] =
      "digraph g {\n"
      "  staff [type=external, label=\"Finance analysts\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    planner [label=\"Query planner (select-only guard)\"];\n"
      "    tool [type=agent_tool, label=\"run_statement\"];\n"
      "    db [type=data_store, label=\"Ledger (SQL Server)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  staff -> planner; planner -> staff;\n"
      "  planner -> m [label=\"schema + question\"]; m -> planner [label=\"SQL\"];\n"
      "  planner -> tool [label=\"SQL\"]; tool -> planner [label=\"rows\"];\n"
      "  tool -> db [label=\"TDS\"]; db -> tool [label=\"rows\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(guarded, cat, NULL);
  assert_false(ir->elements[elem(ir, "tool")].facts.tool_acts);
  assert_false(any_cites(ir, NULL, "AML.T0101"));
  tmc_ir_free(ir);
  /* the same tool with a writer calling it can change rows */
  ir = one_tool("run_statement", "Ledger (SQL Server)", "TDS");
  assert_true(ir->elements[elem(ir, "tool")].facts.tool_acts);
  tmc_ir_free(ir);
}

/* Memory poisoning (AML.T0080.000) needs a store written from the
 * conversations and read back into later prompts: a store people write
 * straight into (a ticket desk, a shared drive) that the bot also answers
 * into is their system of record, and an index an ingestion job fills that
 * the prompt builder only asks ("nearest 5 chunks") is retrieval; the same
 * index the agent saves its own summaries into is memory. */
static void test_memory_needs_conversations(void **state) {
  (void)state;
  static const char desk[] =
      "digraph d {\n"
      "  cust [type=external, label=\"Tenants\"];\n"
      "  subgraph cluster_c { label=\"Housing association\";\n"
      "    bot [label=\"Repairs assistant\"];\n"
      "    reply [type=agent_tool, label=\"post_reply()\"];\n"
      "    desk [type=data_store, label=\"Repair requests (Freshdesk)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  cust -> desk [label=\"new request\"];\n"
      "  desk -> bot [label=\"request text\"];\n"
      "  bot -> m [label=\"thread + tool schemas\"]; m -> bot [label=\"tool call\"];\n"
      "  bot -> reply [label=\"text\"]; reply -> desk [label=\"public reply\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(desk, cat, NULL);
  assert_false(ir->elements[elem(ir, "desk")].facts.agent_memory);
  assert_false(any_cites(ir, NULL, "AML.T0080.000"));
  tmc_ir_free(ir);
  static const char head[] =
      "digraph r {\n"
      "  staff [type=external, label=\"Engineers\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    ask [label=\"Ask-the-runbooks agent\"];\n"
      "    tool [type=agent_tool, label=\"page_oncall()\"];\n"
      "    sync [label=\"Runbook sync job\"];\n"
      "    idx [type=vector_store, label=\"Runbook chunks (pgvector)\"];\n"
      "    wiki [type=data_store, label=\"Runbook wiki\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Hosted model\", source=third_party];\n"
      "  staff -> wiki [label=\"edit pages\"]; wiki -> sync; sync -> idx "
      "[label=\"upsert\"];\n"
      "  staff -> ask; ask -> staff;\n"
      "  ask -> m [label=\"question + chunks + tools\"]; m -> ask;\n"
      "  ask -> tool; tool -> ask;\n"
      "  ask -> idx [label=\"%s\"]; idx -> ask [label=\"chunks\"];\n"
      "}\n";
  char dot[2048];
  snprintf(dot, sizeof dot, head, "nearest 5 chunks");
  ir = analyse_with(dot, cat, NULL);
  assert_false(ir->elements[elem(ir, "idx")].facts.agent_memory);
  assert_null(finding(ir, "TMC-AGENT-005", "idx"));
  tmc_ir_free(ir);
  snprintf(dot, sizeof dot, head, "save answer summaries");
  ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "idx")].facts.agent_memory);
  const tmc_finding *f = finding(ir, "TMC-AGENT-005", "idx");
  assert_true(cites(f, "AML.T0080.000"));
  assert_true(cites(f, "LLM04:2025")); /* embedded: a vector store */
  tmc_ir_free(ir);
}

/* Poisoning an LLM's training data (LLM04, TMC-LLM-011) needs data that
 * trains the LLM: logs that fine-tune a speech model an app ships, the app
 * also calling a vendor's LLM, train no LLM; transcripts a LoRA job turns
 * into weights an LLM server loads do. */
static void test_llm_training_data(void **state) {
  (void)state;
  static const char speech[] =
      "digraph s {\n"
      "  user [type=external, label=\"Drivers\"];\n"
      "  subgraph cluster_c { label=\"Fleet app\";\n"
      "    app [label=\"Dispatch app\"];\n"
      "    logs [type=data_store, label=\"Voice note archive\"];\n"
      "    fit [type=pipeline, label=\"Keyword spotter retrain\"];\n"
      "    ms [type=model_registry, label=\"Spotter versions\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"Gemini API\", source=third_party];\n"
      "  user -> app [label=\"voice notes\"]; app -> logs [label=\"clips\"];\n"
      "  logs -> fit [label=\"training set\"]; fit -> ms [label=\"new version\"];\n"
      "  ms -> app [label=\"download model\"];\n"
      "  app -> llm [label=\"summarise note\"]; llm -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(speech, cat, NULL);
  assert_false(ir->elements[elem(ir, "logs")].facts.trains_llm);
  assert_null(finding(ir, "TMC-LLM-011", "logs"));
  tmc_ir_free(ir);
  static const char lora[] =
      "digraph l {\n"
      "  user [type=external, label=\"Shoppers\"];\n"
      "  subgraph cluster_c { label=\"Shop\";\n"
      "    chat [label=\"Chat backend\"];\n"
      "    tx [type=dataset, label=\"Rated chat transcripts\"];\n"
      "    fit [type=pipeline, label=\"LoRA fine-tune (weekly)\"];\n"
      "    w [type=model_registry, label=\"Adapter weights\"];\n"
      "    llm [type=llm, label=\"Llama 3 on vLLM\"];\n"
      "  }\n"
      "  user -> chat; chat -> user; chat -> llm; llm -> chat;\n"
      "  chat -> tx [label=\"transcripts + thumbs\"];\n"
      "  tx -> fit; fit -> w [label=\"adapter\"]; w -> llm [label=\"load adapter\"];\n"
      "}\n";
  ir = analyse_with(lora, cat, NULL);
  assert_true(ir->elements[elem(ir, "tx")].facts.trains_llm);
  assert_true(cites(finding(ir, "TMC-LLM-011", "tx"), "LLM04:2025"));
  tmc_ir_free(ir);
}

/* splines=ortho draws no edge labels, so authors write them as xlabel:
 * the flow's label when label is empty (label wins when both are). */
static void test_edge_xlabel(void **state) {
  (void)state;
  static const char dot[] =
      "digraph x {\n"
      "  splines=ortho;\n"
      "  a [label=\"Intake\"]; b [label=\"Queue\", shape=cylinder];\n"
      "  c [label=\"Worker\"];\n"
      "  a -> b [xlabel=\"enqueue order\"];\n"
      "  b -> c [label=\"dequeue\", xlabel=\"ignored\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_string_equal(ir->flows[flow(ir, "a", "b")].label, "enqueue order");
  assert_string_equal(ir->flows[flow(ir, "b", "c")].label, "dequeue");
  tmc_ir_free(ir);
}

/* Code that asks a store for credentials ("fetch API key", "get DB
 * password" into a key store) holds them: the answer is the credential
 * (AML.T0055 on ML automation that gets them, TMC-MLOPS-006). A person
 * asking, or a query naming none, gets none. */
static void test_credentials_asked_for(void **state) {
  (void)state;
  static const char head[] = "digraph c {\n"
                             "  ds [type=external, label=\"Data scientists\"];\n"
                             "  subgraph cluster_c { label=\"ML platform\";\n"
                             "    nb [label=\"Training notebook server\"];\n"
                             "    ks [type=data_store, label=\"Key store\"];\n"
                             "    fs [type=feature_store, label=\"Feature store\"];\n"
                             "    reg [type=model_registry, label=\"Model registry\"];\n"
                             "  }\n"
                             "  ds -> nb; fs -> nb [label=\"training frames\"]; nb -> "
                             "reg [label=\"log model\"];\n"
                             "  nb -> ks [label=\"%s\"];\n"
                             "}\n";
  char dot[2048];
  static const char *const asks[] = {"fetch API key", "get DB password", NULL};
  for (const char *const *w = asks; *w; w++) {
    snprintf(dot, sizeof dot, head, *w);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(ir->elements[elem(ir, "nb")].facts.gets_credentials);
    assert_true(cites(finding(ir, "TMC-MLOPS-006", "nb"), "AML.T0055"));
    tmc_ir_free(ir);
  }
  snprintf(dot, sizeof dot, head, "lookup feature config");
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_false(ir->elements[elem(ir, "nb")].facts.gets_credentials);
  tmc_ir_free(ir);
}

/* Outsiders' requests that a front service puts into a store a worker
 * driving an LLM takes each item from (an inbox table, a claims queue)
 * still become LLM calls: the front gets the consumption finding
 * (TMC-LLM-032, LLM10) in place of the generic flood. A store a chat
 * service that people call also reads is no such queue. */
static void test_llm_calls_through_a_queue(void **state) {
  (void)state;
  static const char head[] =
      "digraph q {\n"
      "  pub [type=external, label=\"Citizens\"];\n"
      "  %s\n"
      "  subgraph cluster_c { label=\"Council\";\n"
      "    form [label=\"Complaints web form\"];\n"
      "    inbox [type=data_store, label=\"Complaints inbox table\"];\n"
      "    drafter [label=\"Reply drafter\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"Claude (Bedrock)\", source=third_party];\n"
      "  pub -> form [label=\"complaint text\"]; form -> inbox [label=\"new "
      "complaint\"];\n"
      "  inbox -> drafter [label=\"unanswered complaints\"];\n"
      "  drafter -> llm [label=\"complaint + policy\"]; llm -> drafter "
      "[label=\"draft\"];\n"
      "  drafter -> inbox [label=\"draft reply\"];\n"
      "  %s\n"
      "}\n";
  char dot[2048];
  snprintf(dot, sizeof dot, head, "", "");
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "form")].facts.queues_llm_calls);
  assert_true(cites(finding(ir, "TMC-LLM-032", "form"), "LLM10:2025"));
  assert_null(finding(ir, "TMC-DOS-001", "form"));
  tmc_ir_free(ir);
  /* the drafter is a chat service people call: the form's store is just
   * something it reads */
  snprintf(dot, sizeof dot, head, "officer [type=external, label=\"Case officers\"];",
           "officer -> drafter [label=\"ask\"]; drafter -> officer;");
  ir = analyse_with(dot, cat, NULL);
  assert_false(ir->elements[elem(ir, "form")].facts.queues_llm_calls);
  assert_null(finding(ir, "TMC-LLM-032", "form"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cut_off_zone_not_outside),
      cmocka_unit_test(test_ml_platform_internet),
      cmocka_unit_test(test_tools_that_only_add),
      cmocka_unit_test(test_read_only_query_tools),
      cmocka_unit_test(test_memory_needs_conversations),
      cmocka_unit_test(test_llm_training_data),
      cmocka_unit_test(test_edge_xlabel),
      cmocka_unit_test(test_credentials_asked_for),
      cmocka_unit_test(test_llm_calls_through_a_queue),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
