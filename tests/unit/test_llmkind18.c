/* test_llmkind18.c - causes18 K3/K4/A1: a hosted LLM of a named family
 * drawn as a cloud or outside every zone is the LLM (a hop and a target, not
 * only an entry); an outside service only a tool calls is that tool's
 * target, not a tool of the model's, whatever its name says ("actions");
 * a tool named for switching a thing by its id ("block_ip") carries no
 * content out (no AML.T0086). Wordings are this file's own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static tmc_ir *analyse_drawio(const char *xml) {
  reset_diags();
  return ir_analysed("t.drawio", xml, strlen(xml), cat, NULL, &diags);
}

/* A vendor's model API named with the LLM family it serves, drawn as a
 * cloud beside the account that holds the system: the LLM. */
static void test_hosted_llm_clouds(void **state) {
  (void)state;
  static const char xml[] =
      "<mxfile><diagram name=\"p\"><mxGraphModel><root><mxCell id=\"0\"/>"
      "<mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"z\" value=\"AWS account prod\" "
      "style=\"rounded=0;dashed=1;container=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"400\" "
      "height=\"300\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"a\" value=\"Assistant service\" style=\"rounded=1;\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"20\" y=\"20\" width=\"100\" height=\"50\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"s\" value=\"Conversations\" style=\"shape=cylinder3;\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"20\" y=\"120\" width=\"100\" height=\"50\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"m1\" value=\"Llama 3.1 405B / watsonx.ai API\" "
      "style=\"ellipse;shape=cloud;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"500\" "
      "y=\"20\" width=\"150\" height=\"80\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"m2\" value=\"Mistral Medium 3 (Azure AI Foundry API (serverless))\" "
      "style=\"ellipse;shape=cloud;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"500\" "
      "y=\"200\" width=\"150\" height=\"80\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"u\" value=\"Customer\" style=\"shape=umlActor;\" vertex=\"1\" "
      "parent=\"1\"><mxGeometry x=\"-100\" y=\"20\" width=\"30\" height=\"60\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"f1\" value=\"question\" edge=\"1\" source=\"u\" target=\"a\" "
      "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"f2\" value=\"prompt\" edge=\"1\" source=\"a\" target=\"m1\" "
      "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"f3\" value=\"answer\" edge=\"1\" source=\"m1\" target=\"a\" "
      "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"f4\" value=\"prompt\" edge=\"1\" source=\"a\" target=\"m2\" "
      "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"f5\" value=\"history\" edge=\"1\" source=\"a\" target=\"s\" "
      "parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>";
  tmc_ir *ir = analyse_drawio(xml);
  assert_int_equal(ir->elements[elem(ir, "m1")].kind, TMC_KIND_LLM);
  assert_int_equal(ir->elements[elem(ir, "m2")].kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* An outside service a tool calls, whose name says "actions" or "actions
 * API", is what the tool acts on: no tool of the model's (no TMC-AGENT-001
 * on it). A tool named for switching a thing by its id ("block_ip",
 * "disableUser") acts (TMC-AGENT-001, AML.T0053) but carries no content out
 * (no AML.T0086); one named for sending keeps it. */
static void test_control_tools_and_their_targets(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  analyst [type=external, label=\"NOC engineer\"];\n"
      "  subgraph cluster_n { label=\"NetOps VPC\";\n"
      "    bot [label=\"Ops copilot\"];\n"
      "    t1 [type=agent_tool, label=\"block_ip tool\"];\n"
      "    t2 [type=agent_tool, label=\"disableUser\"];\n"
      "    t3 [type=agent_tool, label=\"send_summary\"];\n"
      "  }\n"
      "  waf [type=external, label=\"Cloudflare firewall rules actions API\"];\n"
      "  idp [type=external, label=\"Okta lifecycle actions (vendor)\"];\n"
      "  chat [type=external, label=\"Slack webhook (vendor)\"];\n"
      "  m [type=llm, label=\"Gemini 2.0 Flash API\"];\n"
      "  gw [label=\"Tool router\"];\n"
      "  tr [type=external, label=\"LinguaFix plugin (vendor)\"];\n"
      "  bot -> gw; gw -> tr [label=\"text to translate\"]; tr -> gw;\n"
      "  analyst -> bot; bot -> analyst; bot -> m; m -> bot;\n"
      "  bot -> t1; t1 -> waf [label=\"HTTPS\"];\n"
      "  bot -> t2; t2 -> idp [label=\"HTTPS\"];\n"
      "  bot -> t3; t3 -> chat [label=\"HTTPS\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_false(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "waf")].roles, TMC_ROLE_TOOL_EXECUTOR));
  assert_false(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "idp")].roles, TMC_ROLE_TOOL_EXECUTOR));
  /* a vendor's plugin behind a tool router is still a tool */
  assert_true(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "tr")].roles, TMC_ROLE_TOOL_EXECUTOR));
  assert_null(finding(ir, "TMC-AGENT-001", "waf"));
  assert_null(finding(ir, "TMC-AGENT-001", "idp"));
  assert_true(ir->elements[elem(ir, "t1")].facts.tool_only_controls);
  assert_true(ir->elements[elem(ir, "t2")].facts.tool_only_controls);
  assert_false(ir->elements[elem(ir, "t3")].facts.tool_only_controls);
  assert_non_null(finding(ir, "TMC-AGENT-001", "t1"));
  assert_false(any_cites(ir, "t1", "AML.T0086"));
  assert_false(any_cites(ir, "t2", "AML.T0086"));
  assert_false(any_cites(ir, "t1->waf", "AML.T0086"));
  assert_false(any_cites(ir, "t2->idp", "AML.T0086"));
  assert_true(any_cites(ir, "t3", "AML.T0086"));
  assert_true(any_cites(ir, "t3->chat", "AML.T0086"));
  tmc_ir_free(ir);
}

/* K4: agent or tool by what the box does. A backend whose label says it
 * runs the function-calling loop is the agent (no tool by its word
 * "tools"); services "registered as a function" or "exposed via MCP" are
 * tools whatever their head; a content script listing the code names a
 * relay calls it by ("click_element / type_text calls") is a tool. */
static void test_agent_or_tool_by_what_it_does(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  u [type=external, label=\"Claims handler\"];\n"
      "  subgraph cluster_c { label=\"Claims platform (AKS)\";\n"
      "    orch [label=\"Claims assistant backend\\nruns the function-calling loop and "
      "the "
      "tools\"];\n"
      "    inv [label=\"Policy lookup service\\nregistered as a function get_policy\"];\n"
      "    wx [label=\"Weather history service\\nexposed via MCP\"];\n"
      "    ui [label=\"Desktop shell\\nrelays results\"];\n"
      "    drv [label=\"Page driver (content script)\\nnavigate_to, click_element, "
      "type_text\"];\n"
      "  }\n"
      "  m [label=\"Claude Sonnet 4\\nAnthropic API\", shape=cloud];\n"
      "  u -> orch; orch -> u; orch -> m; m -> orch;\n"
      "  orch -> inv; inv -> orch; orch -> wx; wx -> orch;\n"
      "  orch -> ui [label=\"results\"]; ui -> drv [label=\"click_element / type_text "
      "calls\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "orch")].kind, TMC_KIND_PROCESS);
  assert_true(TMC_ROLESET_HAS(ir->elements[elem(ir, "orch")].roles, TMC_ROLE_AGENT));
  assert_false(
      TMC_ROLESET_HAS(ir->elements[elem(ir, "orch")].roles, TMC_ROLE_TOOL_EXECUTOR));
  assert_int_equal(ir->elements[elem(ir, "inv")].kind, TMC_KIND_AGENT_TOOL);
  assert_int_equal(ir->elements[elem(ir, "wx")].kind, TMC_KIND_AGENT_TOOL);
  assert_int_equal(ir->elements[elem(ir, "drv")].kind, TMC_KIND_AGENT_TOOL);
  assert_int_equal(ir->elements[elem(ir, "m")].kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* ... and on a page with no AI, a service listing its operations is no
 * tool ("Billing service: create_invoice, refund_payment" called by a
 * flow naming one). */
static void test_listed_operations_without_ai(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  c [type=external, label=\"Customer\"];\n"
      "  subgraph cluster_b { label=\"Shop backend\";\n"
      "    web [label=\"Checkout web app\"];\n"
      "    bill [label=\"Billing service: create_invoice, refund_payment\"];\n"
      "    db [shape=cylinder, label=\"Orders DB\"];\n"
      "  }\n"
      "  c -> web; web -> bill [label=\"create_invoice calls\"]; bill -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_not_equal(ir->elements[elem(ir, "bill")].kind, TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

/* A1: pages outsiders publish, read live by code that hands their text to
 * the code prompting a model (a browser copilot's page reader, a
 * computer-use agent's screen capture), are the indirect injection's way
 * in on that hop (TMC-LLM-034), as outsiders' submissions are; a crawler
 * filling an index is not (TMC-LLM-024 covers that content). */
static void test_pages_read_live_into_prompts(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  u [type=external, label=\"Shopper\"];\n"
      "  web [type=external, label=\"Web pages the agent browses\"];\n"
      "  subgraph cluster_a { label=\"Ops VPC\";\n"
      "    cap [label=\"Screen capture (Playwright)\"];\n"
      "    orch [label=\"Computer-use agent loop\"];\n"
      "    click [label=\"click_at, type_text\"];\n"
      "  }\n"
      "  m [label=\"Claude Sonnet 4 (Anthropic API)\", shape=cloud];\n"
      "  u -> orch; orch -> u; orch -> m; m -> orch;\n"
      "  web -> cap [label=\"rendered page + DOM text\"]; cap -> orch "
      "[label=\"screenshot\"];\n"
      "  orch -> click [label=\"tool calls\"]; click -> web;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(any_cites(ir, "web->cap", "AML.T0051.001"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_hosted_llm_clouds),
      cmocka_unit_test(test_control_tools_and_their_targets),
      cmocka_unit_test(test_agent_or_tool_by_what_it_does),
      cmocka_unit_test(test_listed_operations_without_ai),
      cmocka_unit_test(test_pages_read_live_into_prompts),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
