/* test_chains35.c - the technique each hop of an attack path names (issue
 * #16, chains35: causes that recur over the tuning sets, in other words and
 * other domains).
 *
 * (1) Whoever asks an assistant that answers from a store, though no people
 *     word names them (Finnish "Tarkastajat"), has what it retrieves leak in
 *     the answer: LLM Data Leakage (AML.T0057) beside the retrieval, not an
 *     agent tool's exfiltration. A sender that only mails a shared mailbox
 *     still leaks through the tools (its mail is gathered, not asked).
 * (2) An agent tool that places an order or a booking on the account
 *     ("coach.reserve", "order_parts") does financial harm beside its
 *     invocation (AML.T0053 + AML.T0048.000); a tool that only looks an
 *     order up ("get_order_status") does not. */
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

/* (1) A tax office's question answering over its rulings. */
static const char *RULINGS =
    "digraph verot {\n"
    "  tark [label=\"Tarkastajat\\n(Tampere, Oulu)\", shape=ellipse];\n"
    "  subgraph cluster_dc { label=\"Konesali, Helsinki\";\n"
    "    api [label=\"Verokysely API (Django + web UI)\"];\n"
    "    llm [label=\"Mixtral 8x7B (vLLM)\", shape=ellipse];\n"
    "    vec [label=\"pgvector: rulings (chunks + text, no ACL)\", shape=cylinder];\n"
    "  }\n"
    "  tark -> api [label=\"kysymys (SSO)\"];\n"
    "  api -> tark [label=\"vastaus + lähteet\"];\n"
    "  api -> vec [label=\"top-8 haku\"];\n"
    "  vec -> api [label=\"otteet\"];\n"
    "  api -> llm [label=\"prompt\"];\n"
    "  llm -> api [label=\"vastaus\"];\n"
    "}\n";

static void test_asker_leaks(void **state) {
  (void)state;
  tmc_ir *ir = analysed(RULINGS);
  assert_true(
      hop_names(ir, "tark", "vec", "exfiltrate", "vec", "AML.T0085", "AML.T0057"));
  assert_false(any_hop_names(ir, "tark", "exfiltrate", "AML.T0086"));
  tmc_ir_free(ir);
}

/* (1) ... and a supplier that mails a shared mailbox an agent reads. */
static const char *PARTS_MAIL =
    "digraph parts {\n"
    "  shops [label=\"Repair shops (any sender to parts@)\", shape=ellipse];\n"
    "  subgraph cluster_c { label=\"Azure: parts-desk\";\n"
    "    box [label=\"parts@ shared mailbox (Microsoft 365)\", shape=cylinder];\n"
    "    agent [label=\"Parts desk agent (Semantic Kernel)\"];\n"
    "    llm [label=\"GPT-4.1 (Azure OpenAI)\", shape=ellipse];\n"
    "    stock [label=\"Stock DB (Postgres: parts, prices, dealers)\", shape=cylinder];\n"
    "    t_mail [label=\"send_reply\", shape=hexagon];\n"
    "    t_stock [label=\"stock_lookup\", shape=hexagon];\n"
    "  }\n"
    "  shops -> box [label=\"e-mail\"];\n"
    "  box -> agent [label=\"new mail\"];\n"
    "  agent -> llm [label=\"prompt + tools\"];\n"
    "  llm -> agent [label=\"tool calls\"];\n"
    "  agent -> t_stock; t_stock -> stock [label=\"query\"];\n"
    "  stock -> t_stock [label=\"rows\"]; t_stock -> agent [label=\"rows\"];\n"
    "  agent -> t_mail; t_mail -> shops [label=\"replies\"];\n"
    "}\n";

static void test_mail_sender_no_asker(void **state) {
  (void)state;
  tmc_ir *ir = analysed(PARTS_MAIL);
  assert_true(
      hop_names(ir, "shops", "stock", "exfiltrate", "stock", "AML.T0085", "AML.T0086"));
  assert_false(any_hop_names(ir, "shops", "exfiltrate", "AML.T0057"));
  tmc_ir_free(ir);
}

/* (2) A school trip planner that reserves coaches, and a garage's agent
 * that orders parts. */
static const char *TRIPS =
    "digraph trips {\n"
    "  teachers [label=\"Teachers (any school account)\", shape=ellipse];\n"
    "  subgraph cluster_k { label=\"Kubernetes: trip-planner\";\n"
    "    planner [label=\"Trip planner agent (LangGraph)\"];\n"
    "    llm [label=\"Gemini 2.0 Flash (Vertex AI)\", shape=ellipse];\n"
    "    t_coach [label=\"coach.reserve\", shape=hexagon];\n"
    "    t_parts [label=\"order_parts\", shape=hexagon];\n"
    "    t_weather [label=\"get_order_status\", shape=hexagon];\n"
    "  }\n"
    "  coaches [label=\"Coach operator portal\", shape=box3d];\n"
    "  teachers -> planner [label=\"trip request\"];\n"
    "  planner -> teachers [label=\"itinerary\"];\n"
    "  planner -> llm [label=\"prompt + tools\"];\n"
    "  llm -> planner [label=\"tool calls\"];\n"
    "  planner -> t_coach [label=\"seats, dates\"];\n"
    "  t_coach -> coaches [label=\"on the school's account\"];\n"
    "  planner -> t_parts; planner -> t_weather;\n"
    "  t_weather -> planner [label=\"forecast\"];\n"
    "}\n";

static void test_tool_orders_or_books(void **state) {
  (void)state;
  tmc_ir *ir = analysed(TRIPS);
  assert_true(hop_names(ir, "teachers", "t_coach", "act_through_agent", "t_coach",
                        "AML.T0053", "AML.T0048.000"));
  assert_true(hop_names(ir, "teachers", "t_parts", "act_through_agent", "t_parts",
                        "AML.T0053", "AML.T0048.000"));
  assert_false(
      hop_names(ir, "teachers", "t_weather", NULL, "t_weather", NULL, "AML.T0048"));
  /* paths36: the teachers the planner answers are people, no tool of it */
  assert_false(any_hop_names(ir, "teachers", NULL, "AML.T0099"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_asker_leaks),
      cmocka_unit_test(test_mail_sender_no_asker),
      cmocka_unit_test(test_tool_orders_or_books),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
