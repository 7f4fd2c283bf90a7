/* test_toolcaps15.c - issue #15, precision: a tool's threats follow what the
 * tool can do, read from the verb its name leads with where its actions are
 * not drawn. A lookup ("fetchInvoice", "list_shipments") destroys nothing and
 * sends nothing out (TMC-AGENT-019, no AML.T0086 / AML.T0101); one named for
 * sending ("notify_customer") sends but changes no stored record (no
 * AML.T0101); one that changes records ("void_payment") or runs code keeps
 * both. Wordings are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A lookup tool in two spellings (camelCase, snake_case) read only; a
 * name that also says another action ("lookup_and_close_case") is no
 * lookup. */
static void test_lookup_tools_only_read(void **state) {
  (void)state;
  static const char ro[] = "digraph r {\n"
                           "  clerk [type=external, label=\"Warehouse clerk\"];\n"
                           "  subgraph cluster_w { label=\"Logistics backend\";\n"
                           "    orch [label=\"Assistant orchestrator\"];\n"
                           "    t1 [type=agent_tool, label=\"fetchInvoice()\"];\n"
                           "    t2 [type=agent_tool, label=\"list_shipments\"];\n"
                           "    t3 [type=agent_tool, label=\"lookup_and_close_case\"];\n"
                           "  }\n"
                           "  m [type=llm, label=\"Mistral Large API\"];\n"
                           "  clerk -> orch; orch -> clerk; orch -> m; m -> orch;\n"
                           "  orch -> t1; t1 -> orch; orch -> t2; t2 -> orch;\n"
                           "  orch -> t3; t3 -> orch;\n"
                           "}\n";
  tmc_ir *ir = analyse_with(ro, cat, NULL);
  assert_false(ir->elements[elem(ir, "t1")].facts.tool_acts);
  assert_false(ir->elements[elem(ir, "t2")].facts.tool_acts);
  assert_non_null(finding(ir, "TMC-AGENT-019", "t1"));
  assert_null(finding(ir, "TMC-AGENT-001", "t2"));
  assert_false(any_cites(ir, "t1", "AML.T0086"));
  assert_false(any_cites(ir, "t2", "AML.T0101"));
  /* the mixed name acts and can change what it closes */
  assert_true(ir->elements[elem(ir, "t3")].facts.tool_acts);
  assert_true(any_cites(ir, "t3", "AML.T0101"));
  tmc_ir_free(ir);
}

/* A lookup calling an outside service asks it (no AML.T0086 / AML.T0101
 * on the call); one that writes into a store is no lookup whatever its
 * name ("get_or_create" style: what it moves into the store decides). */
static void test_lookup_calling_a_service(void **state) {
  (void)state;
  static const char svc[] =
      "digraph s {\n"
      "  guest [type=external, label=\"Hotel guest\"];\n"
      "  subgraph cluster_h { label=\"Concierge app\";\n"
      "    bot [label=\"Concierge agent\"];\n"
      "    fx [type=agent_tool, label=\"get_exchange_rate\"];\n"
      "    cache [type=data_store, label=\"Rate cache\"];\n"
      "    log [type=agent_tool, label=\"find_booking\"];\n"
      "  }\n"
      "  rates [type=external, label=\"Currency rates API (vendor)\"];\n"
      "  m [type=llm, label=\"GPT-4o API\"];\n"
      "  guest -> bot; bot -> guest; bot -> m; m -> bot;\n"
      "  bot -> fx; fx -> rates [label=\"HTTPS\"]; rates -> fx; fx -> bot;\n"
      "  bot -> log; log -> cache [label=\"store result\"]; log -> bot;\n"
      "}\n";
  tmc_ir *ir = analyse_with(svc, cat, NULL);
  assert_false(ir->elements[elem(ir, "fx")].facts.tool_acts);
  assert_false(any_cites(ir, "fx->rates", "AML.T0086"));
  assert_false(any_cites(ir, "fx->rates", "AML.T0101"));
  /* find_booking writes the cache: it changes stored data */
  assert_true(ir->elements[elem(ir, "log")].facts.tool_acts);
  assert_true(ir->elements[elem(ir, "log")].facts.tool_changes_data);
  tmc_ir_free(ir);
}

/* A tool named for sending sends (AML.T0086) but changes no stored record
 * (no AML.T0101), undrawn or calling its gateway; one that changes
 * records ("void_payment", "DeleteUser") and one that runs code keep
 * destruction. */
static void test_senders_changers_and_runners(void **state) {
  (void)state;
  static const char g[] = "digraph g {\n"
                          "  rep [type=external, label=\"Support rep\"];\n"
                          "  subgraph cluster_b { label=\"Helpdesk\";\n"
                          "    ag [label=\"Helpdesk agent\"];\n"
                          "    s1 [type=agent_tool, label=\"notify_customer\"];\n"
                          "    s2 [type=agent_tool, label=\"sendSms\"];\n"
                          "    c1 [type=agent_tool, label=\"void_payment\"];\n"
                          "    c2 [type=agent_tool, label=\"DeleteUser\"];\n"
                          "    x1 [type=agent_tool, label=\"Code interpreter\"];\n"
                          "  }\n"
                          "  sms [type=external, label=\"SMS gateway (vendor)\"];\n"
                          "  m [type=llm, label=\"Claude API\"];\n"
                          "  rep -> ag; ag -> rep; ag -> m; m -> ag;\n"
                          "  ag -> s1; ag -> s2; s2 -> sms [label=\"text message\"];\n"
                          "  ag -> c1; ag -> c2;\n"
                          "  ag -> x1 [label=\"python code\"]; x1 -> ag;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(g, cat, NULL);
  assert_true(ir->elements[elem(ir, "s1")].facts.tool_acts);
  assert_true(ir->elements[elem(ir, "s1")].facts.tool_only_sends);
  assert_true(any_cites(ir, "s1", "AML.T0086"));
  assert_false(any_cites(ir, "s1", "AML.T0101"));
  assert_false(any_cites(ir, "s2", "AML.T0101"));
  assert_false(any_cites(ir, "s2->sms", "AML.T0101"));
  assert_true(any_cites(ir, "s2->sms", "AML.T0086"));
  assert_true(any_cites(ir, "c1", "AML.T0101"));
  assert_true(any_cites(ir, "c2", "AML.T0101"));
  assert_false(ir->elements[elem(ir, "c2")].facts.tool_only_sends);
  assert_true(any_cites(ir, "x1", "AML.T0101"));
  tmc_ir_free(ir);
}

/* A tool running under a read-only role or grant other products name
 * ("Reader role", "db_datareader") changes nothing, whatever it sends the
 * store; the same tool without one can. */
static void test_read_only_roles(void **state) {
  (void)state;
  static const char head[] = "digraph q {\n"
                             "  fin [type=external, label=\"Finance analysts\"];\n"
                             "  subgraph cluster_f { label=\"Finance platform\";\n"
                             "    ag [label=\"Report agent\"];\n"
                             "    qt [type=agent_tool, label=\"Ledger query tool";
  static const char tail[] = "\"];\n"
                             "    gl [type=data_store, label=\"General ledger DB\"];\n"
                             "  }\n"
                             "  m [type=llm, label=\"Gemini API\"];\n"
                             "  fin -> ag; ag -> fin; ag -> m; m -> ag;\n"
                             "  ag -> qt; qt -> gl [label=\"SQL\"]; gl -> qt; qt -> ag;\n"
                             "}\n";
  const char *roles[] = {" (Reader role)", " (runs as db_datareader)", ""};
  char dot[1024];
  for (size_t i = 0; i < 3; i++) {
    snprintf(dot, sizeof dot, "%s%s%s", head, roles[i], tail);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    /* the last, with no role named, can change the ledger */
    bool ro = roles[i][0] != '\0';
    assert_int_equal(ir->elements[elem(ir, "qt")].facts.tool_acts, !ro);
    assert_int_equal(any_cites(ir, "qt", "AML.T0101"), !ro);
    tmc_ir_free(ir);
  }
}

/* A tool acting on an outside service destroys data there (AML.T0101 on
 * the call) only where it can change or delete what is stored: a
 * calendar tool that adds events does not; one that also deletes them
 * does. Both can carry data out in the request (AML.T0086). */
static void test_outside_actions_that_destroy(void **state) {
  (void)state;
  static const char head[] =
      "digraph c {\n"
      "  exec [type=external, label=\"Executive\"];\n"
      "  subgraph cluster_a { label=\"Assistant\";\n"
      "    ea [label=\"Scheduling agent\"];\n"
      "    cal [type=agent_tool, label=\"Calendar connector\"];\n"
      "  }\n"
      "  g [type=external, label=\"Outlook calendar API (vendor)\"];\n"
      "  m [type=llm, label=\"Azure OpenAI\"];\n"
      "  exec -> ea; ea -> exec; ea -> m; m -> ea;\n"
      "  ea -> cal; cal -> g [label=\"";
  static const char tail[] = "\"];\n}\n";
  char dot[1024];
  snprintf(dot, sizeof dot, "%s%s%s", head, "add meeting", tail);
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(any_cites(ir, "cal->g", "AML.T0086"));
  assert_false(any_cites(ir, "cal->g", "AML.T0101"));
  tmc_ir_free(ir);
  snprintf(dot, sizeof dot, "%s%s%s", head, "add / delete meetings", tail);
  ir = analyse_with(dot, cat, NULL);
  assert_true(any_cites(ir, "cal->g", "AML.T0101"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lookup_tools_only_read),
      cmocka_unit_test(test_lookup_calling_a_service),
      cmocka_unit_test(test_senders_changers_and_runners),
      cmocka_unit_test(test_read_only_roles),
      cmocka_unit_test(test_outside_actions_that_destroy),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
