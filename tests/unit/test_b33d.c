/* test_b33d.c - what blind33's agents taught about kill chains (twenty-ninth
 * session, helper b33d), each drawn here in other words and another domain:
 *   - an agent's tool the system installs from a package index and runs
 *     itself (a community MCP server started with uvx over stdio) runs
 *     whatever release the index hands over: the hop into it names the
 *     tool's poisoning and the user execution of a poisoned agent tool
 *     (AML.T0011.002) beside it;
 *   - the keys an agent, its MCP client or its tools run with, kept in a
 *     plain environment or config file, are the agent's configuration:
 *     the hop that takes them names Credentials from AI Agent Configuration
 *     (AML.T0083) beside the theft, not for keys in a vault;
 *   - a tool the model calls that opens a lock remotely hands over what is
 *     behind it: a vehicle or goods (financial harm, AML.T0048.000), a door
 *     people live behind (user harm, AML.T0048.003). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "path_helpers.h"

/* A surveying firm's field assistant: a hosted LLM, an in-house MCP server
 * and a community geodata MCP server pulled from PyPI at every start; keys
 * in keys (a plain config file, or a vault). */
static tmc_ir *field_assistant(const char *keys) {
  char dot[2048];
  snprintf(dot, sizeof dot,
           "digraph survey {\n"
           "  node [shape=box];\n"
           "  surveyors [shape=ellipse, label=\"Surveyors\"];\n"
           "  pypi [shape=box3d, label=\"PyPI\"];\n"
           "  gpt [shape=ellipse, style=dashed, label=\"GPT-4.1\\n(OpenAI API)\"];\n"
           "  subgraph cluster_vm { label=\"Office VM\"; style=dashed;\n"
           "    app [label=\"Field assistant\\n(Python, MCP client)\"];\n"
           "    jobs_tool [shape=hexagon, label=\"Jobs MCP server\"];\n"
           "    geo_tool [shape=hexagon, label=\"Parcel lookup MCP server\\n(community, "
           "uvx, stdio)\"];\n"
           "    jobs_db [shape=cylinder, label=\"Jobs database\"];\n"
           "    keys %s;\n"
           "  }\n"
           "  surveyors -> app [label=\"question\"];\n"
           "  app -> surveyors [label=\"answer\"];\n"
           "  app -> gpt [label=\"prompt + tools\"];\n"
           "  gpt -> app [label=\"tool calls\"];\n"
           "  app -> jobs_tool [label=\"call\"];\n"
           "  jobs_tool -> jobs_db [label=\"read / write\"];\n"
           "  app -> geo_tool [label=\"call\"];\n"
           "  geo_tool -> app [label=\"parcel text\"];\n"
           "  pypi -> geo_tool [label=\"parcel-mcp (latest)\"];\n"
           "  app -> keys [label=\"reads\"];\n"
           "}\n",
           keys);
  return analysed(dot);
}

static void test_packaged_tool_from_index_is_user_execution(void **state) {
  (void)state;
  tmc_ir *ir = field_assistant(
      "[shape=note, label=\"config.env\\n(OPENAI_API_KEY, JOBS_DB_PASSWORD)\"]");
  /* the index is the agent tool supply chain; the tool it hands over is
   * poisoned and run by us */
  assert_true(hop_names(ir, "pypi", "keys", NULL, "pypi", "AML.T0010.005", NULL));
  assert_true(
      hop_names(ir, "pypi", "keys", NULL, "geo_tool", "AML.T0110", "AML.T0011.002"));
  /* the in-house tool, reached by the surveyors' own words, is no package
   * run from an index */
  assert_false(any_hop_names(ir, "surveyors", NULL, "AML.T0011.002"));
  tmc_ir_free(ir);
}

static void test_agent_config_keys_are_agent_configuration(void **state) {
  (void)state;
  tmc_ir *ir = field_assistant(
      "[shape=note, label=\"config.env\\n(OPENAI_API_KEY, JOBS_DB_PASSWORD)\"]");
  assert_true(aimed(ir, "pypi", "keys", "steal_credentials"));
  assert_true(hop_names(ir, "pypi", "keys", "steal_credentials", "keys", "AML.T0055",
                        "AML.T0083"));
  tmc_ir_free(ir);
  /* keys in a vault are no agent's configuration file */
  ir = field_assistant("[shape=cylinder, label=\"Azure Key Vault\\n(API keys)\"]");
  assert_false(any_hop_names(ir, NULL, "steal_credentials", "AML.T0083"));
  tmc_ir_free(ir);
}

/* A helpdesk agent with one tool that acts on a lock (label lock_tool). */
static tmc_ir *lock_agent(const char *who, const char *lock_tool, const char *behind) {
  char dot[2048];
  snprintf(dot, sizeof dot,
           "digraph locks {\n"
           "  node [shape=box];\n"
           "  callers [shape=ellipse, label=\"%s\"];\n"
           "  llm [shape=ellipse, style=dashed, label=\"Gemini 2.5 Flash\\n(Vertex "
           "AI)\"];\n"
           "  things [shape=box3d, label=\"%s\"];\n"
           "  subgraph cluster_run { label=\"Cloud Run\"; style=dashed;\n"
           "    bot [label=\"Helpdesk bot\\n(Go)\"];\n"
           "    lock [shape=hexagon, label=\"%s\"];\n"
           "    faq [shape=hexagon, label=\"search_faq\"];\n"
           "  }\n"
           "  callers -> bot [label=\"chat\"];\n"
           "  bot -> callers [label=\"reply\"];\n"
           "  bot -> llm [label=\"prompt + tools\"];\n"
           "  llm -> bot [label=\"tool call\"];\n"
           "  bot -> lock [label=\"call\"];\n"
           "  bot -> faq [label=\"call\"];\n"
           "  lock -> things [label=\"command\"];\n"
           "}\n",
           who, behind, lock_tool);
  return analysed(dot);
}

static void test_tool_that_unlocks_goods_is_financial_harm(void **state) {
  (void)state;
  tmc_ir *ir = lock_agent("Members\\n(scooter app)",
                          "remote_unlock / immobilize\\n(fleet IoT API)", "E-scooters");
  assert_true(aimed(ir, "callers", "lock", "act_through_agent"));
  assert_true(hop_names(ir, "callers", "lock", "act_through_agent", "lock", "AML.T0053",
                        "AML.T0048.000"));
  tmc_ir_free(ir);
}

static void test_tool_that_opens_a_home_is_user_harm(void **state) {
  (void)state;
  tmc_ir *ir =
      lock_agent("Guests", "send_entry_code\\n(keypad, holiday flats)", "Flat keypads");
  assert_true(hop_names(ir, "callers", "lock", "act_through_agent", "lock", "AML.T0053",
                        "AML.T0048.003"));
  assert_false(any_hop_names(ir, "callers", NULL, "AML.T0048.000"));
  tmc_ir_free(ir);
  /* a tool that only looks things up harms nobody by itself: its hop
   * names the invocation alone */
  ir = lock_agent("Guests", "get_checkin_time\\n(PMS API)", "Property system");
  assert_true(hop_names(ir, "callers", "lock", NULL, "lock", "AML.T0053", ""));
  tmc_ir_free(ir);
}

/* The same door, drawn in draw.io: a co-working space's front desk bot. */
static void test_door_tool_drawio(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("z", "Azure (West Europe)", 200, 0, 500, 300)
      V("members", "Members", "shape=umlActor;html=1;", 20, 100, 30, 60)
          V("llm", "Claude Haiku 4.5&lt;br&gt;(Anthropic API)",
            "ellipse;dashed=1;html=1;", 800, 40, 120, 60)
              V("doors", "Building doors", "shape=cloud;html=1;", 800, 200, 120, 60)
                  C("desk", "z", "Front desk bot", CARD, 20, 40, 120, 60)
                      C("dt", "z", "Door lock tool&lt;br&gt;open_door()",
                        "shape=hexagon;html=1;", 200, 200, 120, 60)
                          LINK("e1", "members", "desk", "chat")
                              LINK("e2", "desk", "members", "reply")
                                  LINK("e3", "desk", "llm", "prompt")
                                      LINK("e4", "llm", "desk", "tool call")
                                          LINK("e5", "desk", "dt", "call")
                                              LINK("e6", "dt", "doors", "unlock") TAIL;
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "members", "dt", "act_through_agent", "dt", "AML.T0053",
                        "AML.T0048.003"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_packaged_tool_from_index_is_user_execution),
      cmocka_unit_test(test_agent_config_keys_are_agent_configuration),
      cmocka_unit_test(test_tool_that_unlocks_goods_is_financial_harm),
      cmocka_unit_test(test_tool_that_opens_a_home_is_user_harm),
      cmocka_unit_test(test_door_tool_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
