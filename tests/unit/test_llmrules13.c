/* test_llmrules13.c - LLM output that reaches a database named only as one
 * (text-to-SQL into a "Ledger database" or a "Sales data mart"), a screen
 * people work in ("Underwriting dashboard", "Ops console"), keys named by
 * their vendor's kind of key that a tool sends with its calls, tool
 * manifests filled from outside, tools writing records, outsiders'
 * one-way submissions, consoles staff work in, tool calls that move
 * devices, sandboxes named as such, self-hosted model servers open to
 * unauthenticated calls and indexed sources behind a parser. Each
 * family in wordings the blind sets' misses did not use. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* Text-to-SQL into a store named a database or a data mart, with no SQL
 * product named (TMC-LLM-018 on the query, LLM-019/020 on the database); a
 * history that only keeps the SQL as text runs nothing. */
static void test_model_sql_into_named_database(void **state) {
  static const char q1[] =
      "digraph q1 {\n"
      "  analyst [type=external, label=\"Analyst\"];\n"
      "  subgraph cluster_c { label=\"Finance VPC\";\n"
      "    bot [label=\"Report assistant backend (prompt builder)\"];\n"
      "    db [type=data_store, label=\"Ledger database\"];\n"
      "    hist [type=data_store, label=\"Question history\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  analyst -> bot [label=\"question\"]; bot -> analyst [label=\"answer\"];\n"
      "  bot -> m [label=\"schema + question\"]; m -> bot [label=\"SQL statement\"];\n"
      "  bot -> db [label=\"execute generated SQL\"]; db -> bot [label=\"rows\"];\n"
      "  bot -> hist [label=\"question, SQL\"];\n"
      "}\n";
  static const char q2[] = "digraph q2 {\n"
                           "  u [type=external, label=\"Store manager\"];\n"
                           "  subgraph cluster_c { label=\"Retail cloud\";\n"
                           "    agent [label=\"Insights agent\"];\n"
                           "    dm [type=data_store, label=\"Sales data mart\"];\n"
                           "  }\n"
                           "  m [type=llm, label=\"Self-hosted Mistral\"];\n"
                           "  u -> agent; agent -> u;\n"
                           "  agent -> m; m -> agent [label=\"tool call: run_sql\"];\n"
                           "  agent -> dm [label=\"SQL (read/write role)\"]; dm -> agent "
                           "[label=\"result set\"];\n"
                           "}\n";
  tmc_ir *ir = analyse_with(q1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-018", "bot->db"), "CWE-89"));
  assert_true(cites(finding(ir, "TMC-LLM-020", "db"), "LLM10:2025"));
  assert_non_null(finding(ir, "TMC-LLM-019", "db"));
  assert_null(finding(ir, "TMC-LLM-018", "bot->hist"));
  assert_null(finding(ir, "TMC-LLM-019", "hist"));
  tmc_ir_free(ir);
  ir = analyse_with(q2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-018", "agent->dm"), "LLM05:2025"));
  assert_non_null(finding(ir, "TMC-LLM-020", "dm"));
  tmc_ir_free(ir);
}

/* A screen people work in that code driving an LLM hands the model's text
 * renders it (TMC-LLM-006 on the flow into it): a dashboard an underwriter
 * acts in, a console that pages an engineer. Code the screen does not get
 * model text from is no sink. */
static void test_model_text_on_a_screen(void **state) {
  static const char s1[] =
      "digraph s1 {\n"
      "  uw [type=external, label=\"Underwriter\"];\n"
      "  subgraph cluster_c { label=\"Insurer network\";\n"
      "    orch [label=\"Claims summariser (prompt builder)\"];\n"
      "    dash [label=\"Underwriting dashboard\"];\n"
      "    files [type=data_store, label=\"Claim files\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o (Azure OpenAI)\", source=third_party];\n"
      "  files -> orch [label=\"claim documents\"];\n"
      "  orch -> m; m -> orch [label=\"summary\"];\n"
      "  orch -> dash [label=\"summary + risk flags\"];\n"
      "  uw -> dash [label=\"approve / decline\"];\n"
      "}\n";
  static const char s2[] = "digraph s2 {\n"
                           "  ops [type=external, label=\"On-call engineer\"];\n"
                           "  subgraph cluster_c { label=\"Platform\";\n"
                           "    agent [label=\"Incident triage agent\"];\n"
                           "    con [label=\"Ops console\"];\n"
                           "    metrics [label=\"Metrics exporter\"];\n"
                           "  }\n"
                           "  m [type=llm, label=\"Llama 3 70B (vLLM)\"];\n"
                           "  agent -> m; m -> agent;\n"
                           "  agent -> con [label=\"incident write-up\"];\n"
                           "  con -> ops [label=\"page\"];\n"
                           "  agent -> metrics [label=\"counts\"];\n"
                           "}\n";
  tmc_ir *ir = analyse_with(s1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-006", "orch->dash"), "LLM05:2025"));
  assert_true(ir->elements[elem(ir, "dash")].facts.renders_output);
  tmc_ir_free(ir);
  ir = analyse_with(s2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-006", "agent->con"), "AML.T0077"));
  assert_false(ir->elements[elem(ir, "metrics")].facts.renders_output);
  tmc_ir_free(ir);
}

/* Keys named by their kind ("live key", "service key") on a tool's calls
 * are credentials the agent's tools send (TMC-AGENT-008, AML.T0098). */
static void test_tool_keys_by_kind(void **state) {
  static const char c1[] =
      "digraph c1 {\n"
      "  u [type=external, label=\"Customer\"];\n"
      "  subgraph cluster_c { label=\"Shop\";\n"
      "    agent [label=\"Order agent\"];\n"
      "    ship [type=agent_tool, label=\"create_shipment tool\"];\n"
      "    crm [type=agent_tool, label=\"update_contact tool\"];\n"
      "    contacts [type=data_store, label=\"Contact records\"];\n"
      "  }\n"
      "  carrier [type=external, label=\"Carrier API\"];\n"
      "  m [type=llm, label=\"Gemini (Google AI API)\", source=third_party];\n"
      "  u -> agent; agent -> u; agent -> m; m -> agent;\n"
      "  agent -> ship; ship -> carrier [label=\"POST /shipments (live key)\"];\n"
      "  agent -> crm; crm -> contacts [label=\"write contact (service key)\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(c1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-008", "ship->carrier"), "AML.T0098"));
  assert_true(cites(finding(ir, "TMC-AGENT-008", "crm->contacts"), "AML.T0055"));
  assert_null(finding(ir, "TMC-AGENT-008", "agent->ship"));
  tmc_ir_free(ir);
}

/* The store that lists an agent's tools (an MCP config, tool definitions)
 * filled from outside can carry instructions the model trusts
 * (TMC-AGENT-025: tool poisoning, rug pull); one only in-house code writes
 * cannot. */
static void test_tool_manifests_from_outside(void **state) {
  static const char t1[] =
      "digraph t1 {\n"
      "  u [type=external, label=\"Employee\"];\n"
      "  partner [type=external, label=\"Partner tool catalogue\"];\n"
      "  subgraph cluster_c { label=\"Corp\";\n"
      "    host [label=\"Assistant host (agent loop)\"];\n"
      "    cfg [type=data_store, label=\"MCP config (mcp.json)\"];\n"
      "    own [type=data_store, label=\"Tool list\"];\n"
      "    gen [label=\"Tool list generator\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  u -> host; host -> u; host -> m; m -> host;\n"
      "  partner -> cfg [label=\"sync nightly\"]; cfg -> host [label=\"servers + "
      "tools\"];\n"
      "  gen -> own; own -> host [label=\"tool definitions\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(t1, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-AGENT-025", "cfg");
  assert_true(cites(f, "AML.T0110"));
  assert_true(cites(f, "LLM03:2025"));
  assert_null(finding(ir, "TMC-AGENT-025", "own"));
  tmc_ir_free(ir);
}

/* A tool the model calls that writes records (TMC-AGENT-026, LLM06); not a
 * read-only lookup, not the tool's audit log. */
static void test_tool_writes_records(void **state) {
  static const char t2[] =
      "digraph t2 {\n"
      "  u [type=external, label=\"Customer\"];\n"
      "  subgraph cluster_c { label=\"Shop\";\n"
      "    agent [label=\"Order agent\"];\n"
      "    st [type=agent_tool, label=\"set_order_status tool\"];\n"
      "    lk [type=agent_tool, label=\"lookup_customer (read-only)\"];\n"
      "    orders [type=data_store, label=\"Orders table\"];\n"
      "    audit [type=data_store, label=\"Tool audit log\"];\n"
      "    cust [type=data_store, label=\"Customers\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Mistral Large (API)\", source=third_party];\n"
      "  u -> agent; agent -> u; agent -> m; m -> agent;\n"
      "  agent -> st; st -> orders [label=\"update status\"]; st -> audit "
      "[label=\"append\"];\n"
      "  agent -> lk; lk -> cust [label=\"lookup\"]; cust -> lk; lk -> agent;\n"
      "}\n";
  tmc_ir *ir = analyse_with(t2, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-026", "st->orders"), "LLM06:2025"));
  assert_null(finding(ir, "TMC-AGENT-026", "st->audit"));
  assert_null(finding(ir, "TMC-AGENT-026", "lk->cust"));
  tmc_ir_free(ir);
}

/* Outsiders' one-way submissions (a public feedback form into a webhook
 * receiver) handed with no store between to the code that prompts a model:
 * TMC-LLM-034 (AML.T0093, LLM01). A console staff work in ("Approvals UI")
 * takes no outsiders' text and starts no flood of model calls by outsiders
 * (no TMC-LLM-032 there; the public receiver keeps it). */
static void test_submissions_and_staff_consoles(void **state) {
  static const char i1[] =
      "digraph i1 {\n"
      "  anyone [type=external, label=\"Anyone (public feedback form)\"];\n"
      "  lead [type=external, label=\"Support lead\"];\n"
      "  subgraph cluster_c { label=\"Company cloud\";\n"
      "    recv [label=\"Feedback webhook receiver\"];\n"
      "    sum [label=\"Feedback summariser (prompt builder)\"];\n"
      "    appr [label=\"Approvals UI\"];\n"
      "    board [type=data_store, label=\"Product board\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  anyone -> recv [label=\"submit feedback\"];\n"
      "  recv -> sum [label=\"feedback text\"];\n"
      "  sum -> m; m -> sum;\n"
      "  lead -> appr [label=\"approve summary\"]; appr -> lead [label=\"queue\"];\n"
      "  appr -> sum [label=\"approval\"];\n"
      "  sum -> board [label=\"summary card\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(i1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-034", "anyone->recv"), "AML.T0093"));
  assert_null(finding(ir, "TMC-LLM-034", "lead->appr"));
  assert_true(ir->elements[elem(ir, "appr")].facts.staff_console);
  assert_null(finding(ir, "TMC-LLM-032", "appr"));
  assert_non_null(finding(ir, "TMC-LLM-032", "recv"));
  tmc_ir_free(ir);
}

/* A tool the model calls commands a device that acts on the world (an
 * irrigation valve): TMC-AGENT-027, AML.T0048.003 physical harm; a tool
 * asking a weather service moves nothing. */
static void test_tool_moves_the_world(void **state) {
  static const char p1[] =
      "digraph p1 {\n"
      "  farmer [type=external, label=\"Farmer\"];\n"
      "  subgraph cluster_c { label=\"Farm cloud\";\n"
      "    agent [label=\"Irrigation assistant (agent loop)\"];\n"
      "    vt [type=agent_tool, label=\"open_valve tool\"];\n"
      "    wt [type=agent_tool, label=\"forecast tool\"];\n"
      "  }\n"
      "  valve [type=external, label=\"Field irrigation valve\", tech=iot_device];\n"
      "  weather [type=external, label=\"Weather API\"];\n"
      "  m [type=llm, label=\"GPT-4o mini (OpenAI API)\", source=third_party];\n"
      "  farmer -> agent; agent -> farmer; agent -> m; m -> agent;\n"
      "  agent -> vt; vt -> valve [label=\"open 20 min\"];\n"
      "  agent -> wt; wt -> weather [label=\"forecast request\"]; weather -> wt; wt -> "
      "agent;\n"
      "}\n";
  tmc_ir *ir = analyse_with(p1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-AGENT-027", "vt->valve"), "AML.T0048.003"));
  assert_null(finding(ir, "TMC-AGENT-027", "wt->weather"));
  tmc_ir_free(ir);
}

/* Model-written code run in what its name says is a sandbox (a code
 * interpreter, a notebook kernel) can escape to the host: TMC-AGENT-010
 * (AML.T0105) without a container or VM technology drawn. */
static void test_sandbox_by_name(void **state) {
  static const char x1[] =
      "digraph x1 {\n"
      "  u [type=external, label=\"Data analyst\"];\n"
      "  subgraph cluster_c { label=\"Analytics VPC\";\n"
      "    agent [label=\"Analysis agent\"];\n"
      "    ci [type=agent_tool, label=\"Python code interpreter (run_code)\"];\n"
      "    mv [type=agent_tool, label=\"Firecracker microVM runner (exec shell "
      "commands)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"Claude (Anthropic API)\", source=third_party];\n"
      "  u -> agent; agent -> u; agent -> m; m -> agent;\n"
      "  agent -> ci [label=\"code\"]; ci -> agent [label=\"output\"];\n"
      "  agent -> mv [label=\"commands\"]; mv -> agent [label=\"stdout\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(x1, cat, NULL);
  assert_true(ir->elements[elem(ir, "ci")].facts.sandboxed);
  assert_true(cites(finding(ir, "TMC-AGENT-010", "ci"), "AML.T0105"));
  assert_non_null(finding(ir, "TMC-AGENT-010", "mv"));
  assert_false(ir->elements[elem(ir, "agent")].facts.sandboxed);
  tmc_ir_free(ir);
}

/* A self-hosted inference server (Ollama on a workstation) called with no
 * key answers whoever reaches its port: TMC-LLM-035 (AML.T0040, CWE-306);
 * one whose caller authenticates (authenticated=yes) does not. */
static void test_open_model_port(void **state) {
  static const char o1[] =
      "digraph o1 {\n"
      "  staff [type=external, label=\"Engineers\"];\n"
      "  subgraph cluster_c { label=\"Office LAN\";\n"
      "    wiki [label=\"Wiki assistant (prompt builder)\"];\n"
      "    ol [type=llm, label=\"Ollama on the GPU workstation (qwen2.5)\"];\n"
      "    tgi [type=llm, label=\"Text Generation Inference (Mixtral)\"];\n"
      "  }\n"
      "  staff -> wiki; wiki -> staff;\n"
      "  wiki -> ol [label=\"/api/chat\"]; ol -> wiki;\n"
      "  wiki -> tgi [label=\"/generate\", authenticated=yes]; tgi -> wiki;\n"
      "}\n";
  tmc_ir *ir = analyse_with(o1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-LLM-035", "ol"), "AML.T0040"));
  assert_null(finding(ir, "TMC-LLM-035", "tgi"));
  tmc_ir_free(ir);
}

/* A drop folder outsiders upload to, read by a text extractor before the
 * indexing job embeds it, is still the indexed source a planted document
 * poisons (TMC-RAG-005, AML.T0070): the ingestion job two hops on. */
static void test_indexed_source_behind_a_parser(void **state) {
  static const char r1[] =
      "digraph r1 {\n"
      "  sup [type=external, label=\"Suppliers\"];\n"
      "  emp [type=external, label=\"Buyer\"];\n"
      "  subgraph cluster_c { label=\"Procurement\";\n"
      "    drop [type=data_store, label=\"Spec sheets drop folder (SFTP)\"];\n"
      "    ext [label=\"PDF text extractor\"];\n"
      "    idx [label=\"Embedding indexer\"];\n"
      "    vs [type=vector_store, label=\"Spec vectors (Qdrant)\"];\n"
      "    bot [label=\"Spec Q&A service (prompt builder)\"];\n"
      "  }\n"
      "  m [type=llm, label=\"GPT-4o (Azure OpenAI)\", source=third_party];\n"
      "  sup -> drop [label=\"upload spec PDFs\"];\n"
      "  drop -> ext [label=\"PDF\"]; ext -> idx [label=\"text\"]; idx -> vs "
      "[label=\"chunks + vectors\"];\n"
      "  emp -> bot [label=\"question\"]; bot -> emp [label=\"answer\"];\n"
      "  bot -> vs [label=\"similarity search\"]; vs -> bot [label=\"chunks\"];\n"
      "  bot -> m; m -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(r1, cat, NULL);
  assert_true(cites(finding(ir, "TMC-RAG-005", "drop"), "AML.T0070"));
  assert_null(finding(ir, "TMC-RAG-005", "vs"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_sql_into_named_database),
      cmocka_unit_test(test_model_text_on_a_screen),
      cmocka_unit_test(test_tool_keys_by_kind),
      cmocka_unit_test(test_tool_manifests_from_outside),
      cmocka_unit_test(test_tool_writes_records),
      cmocka_unit_test(test_submissions_and_staff_consoles),
      cmocka_unit_test(test_tool_moves_the_world),
      cmocka_unit_test(test_sandbox_by_name),
      cmocka_unit_test(test_open_model_port),
      cmocka_unit_test(test_indexed_source_behind_a_parser),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
