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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cut_off_zone_not_outside),
      cmocka_unit_test(test_ml_platform_internet),
      cmocka_unit_test(test_tools_that_only_add),
      cmocka_unit_test(test_read_only_query_tools),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
