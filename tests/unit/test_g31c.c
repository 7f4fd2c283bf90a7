/* test_g31c.c - what blind31's LLM front doors taught (twenty-seventh
 * session, helper g31c), each drawn here in other words and another domain:
 *   - an arrow glued to a zone drawn as a dashed container (draw.io) stands
 *     for each shape the zone holds, as one glued to a plain container does
 *     (a cycling club's "Outside" zone holding members and the public,
 *     writing to a booking inbox and read back);
 *   - a store outsiders write into that hands the answer back to them (a
 *     housing association's repairs inbox the tenants are replied from) is
 *     their conversation: what the bot takes out of it is their own
 *     request, direct injection, on the LLM and on the path's hop into the
 *     code building the prompt; an inbox nobody is answered from
 *     (suppliers' invoices) stays indirect only;
 *   - a store its words name memory that the assistant reads and writes
 *     back is its memory though staff also edit it (a garden centre's
 *     customer notes); one the agent reads and writes a record at a time
 *     by reference (orders "by reference") is the shop's records, no
 *     memory;
 *   - an outside system the job only takes from, named as fetched content
 *     (a scraped snow-report page, a ferry timetable API), is nobody typing
 *     to the model: no direct injection from it (a ferry office's morning
 *     digest, draw.io); an outside party's booking system drawn the same
 *     way (a hotel's channel manager) is still someone's requests;
 *   - a zone named for the internet it may reach out to ("Build subnet
 *     (outbound internet access)") is the team's own, not the outside: the
 *     tool run there is no third party's (DOT, a print shop's agent). */
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
#include "want_helpers.h"

#define ACTOR "shape=umlActor;verticalLabelPosition=bottom;verticalAlign=top;html=1;"

/* draw.io, a cycling club's repair bookings: the two arrows are glued to the
 * dashed "Outside" zone, not to the people in it; each reaches both. */
static void test_arrow_glued_to_dashed_zone_fans(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("out", "Outside", 0, 0, 200, 300)
      C("members", "out", "Club members", ACTOR, 20, 40, 30, 60)
          C("public", "out", "Anyone on the web", ACTOR, 20, 160, 30, 60)
              ZONE("club", "Club server", 300, 0, 300, 300)
                  C("inbox", "club", "Repair requests", DB, 20, 40, 100, 60)
                      LINK("in", "out", "inbox", "booking form")
                          LINK("back", "inbox", "out", "confirmation") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_int_not_equal(flow(ir, "members", "inbox"), TMC_NONE);
  assert_int_not_equal(flow(ir, "public", "inbox"), TMC_NONE);
  assert_int_not_equal(flow(ir, "inbox", "members"), TMC_NONE);
  assert_int_not_equal(flow(ir, "inbox", "public"), TMC_NONE);
  tmc_ir_free(ir);
}

/* DOT, a housing association's repairs inbox: tenants mail it, the bot
 * reads each mail, asks the model, and the reply goes back out through the
 * inbox to the tenant. */
static const char repairs_inbox[] =
    "digraph repairs {\n"
    " tenants [shape=ellipse, label=\"Tenants\\n(anyone who mails us)\"];\n"
    " subgraph cluster_ha { label=\"Housing association\"; style=dashed;\n"
    "  inbox [shape=cylinder, label=\"repairs@ inbox\\n(Gmail shared mailbox)\"];\n"
    "  bot [label=\"Repairs triage bot\\n(Python)\"];\n"
    "  jobs [shape=cylinder, label=\"Repair jobs\\n(Postgres)\"];\n"
    " }\n"
    " llm [shape=ellipse, label=\"Claude Haiku\\n(Anthropic API)\"];\n"
    " tenants -> inbox [label=\"mail\"];\n"
    " inbox -> bot [label=\"new mail\"];\n"
    " bot -> llm [label=\"prompt\"];\n"
    " llm -> bot [label=\"triage\"];\n"
    " bot -> jobs [label=\"new job\"];\n"
    " bot -> inbox [label=\"reply\"];\n"
    " inbox -> tenants [label=\"reply\"];\n"
    "}\n";

static void test_inbox_that_answers_its_writer_is_direct(void **state) {
  (void)state;
  tmc_ir *ir = analysed(repairs_inbox);
  assert_true(elem_at(ir, "inbox")->facts.answers_writer);
  assert_true(elem_at(ir, "llm")->facts.people_prompt);
  assert_true(any_cites(ir, "llm", "AML.T0051.000"));
  assert_true(hop_names(ir, "tenants", "jobs", NULL, "bot", "AML.T0051.000", NULL) ||
              hop_names(ir, "tenants", "llm", NULL, "bot", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
  /* quiet: suppliers' invoices land in the inbox and nobody is answered */
  char quiet[sizeof repairs_inbox + 16];
  const char *cut = strstr(repairs_inbox, " inbox -> tenants");
  size_t head = (size_t)(cut - repairs_inbox);
  memcpy(quiet, repairs_inbox, head);
  strcpy(quiet + head, "}\n");
  ir = analysed(quiet);
  assert_false(elem_at(ir, "inbox")->facts.answers_writer);
  assert_false(elem_at(ir, "llm")->facts.people_prompt);
  assert_false(any_cites(ir, "llm", "AML.T0051.000"));
  tmc_ir_free(ir);
}

/* DOT, a garden centre's plant-care assistant: "Customer memory" it reads
 * and writes back, which shop staff also edit, is memory; "Orders" it
 * reads and writes one order by reference is the shop's records. */
static void test_memory_edited_by_staff_and_records_by_reference(void **state) {
  (void)state;
  static const char dot[] =
      "digraph garden {\n"
      " customers [shape=ellipse, label=\"Customers\"];\n"
      " staff [shape=ellipse, label=\"Shop staff\"];\n"
      " subgraph cluster_shop { label=\"Shop cloud\"; style=dashed;\n"
      "  chat [label=\"Plant-care assistant\\n(Node)\"];\n"
      "  mem [shape=cylinder, label=\"Customer memory\\n(Redis, notes per customer)\"];\n"
      "  orders [shape=cylinder, label=\"Orders\\n(MySQL)\"];\n"
      " }\n"
      " llm [shape=ellipse, label=\"Mistral Small\\n(Mistral API)\"];\n"
      " customers -> chat [label=\"question\"];\n"
      " chat -> customers [label=\"answer\"];\n"
      " chat -> llm [label=\"prompt + notes\"];\n"
      " llm -> chat [label=\"answer / tool call\"];\n"
      " chat -> mem [dir=both, label=\"recall / note\"];\n"
      " staff -> mem [label=\"edit notes\"];\n"
      " chat -> orders [dir=both, label=\"any order by reference\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "rules");
  assert_true(elem_at(ir, "mem")->facts.agent_memory);
  assert_non_null(finding(ir, "TMC-AGENT-005", "mem"));
  assert_false(elem_at(ir, "orders")->facts.agent_memory);
  assert_false(any_cites(ir, "orders", "AML.T0080.000"));
  tmc_ir_free(ir);
}

#define BOX3D "shape=cube;whiteSpace=wrap;html=1;dashed=1;"
#define OVAL "ellipse;whiteSpace=wrap;html=1;dashed=1;"

static void test_fetched_content_is_no_one_typing(void **state) {
  (void)state;
  const char *xml =
      HEAD V("snow", "Snow report page&lt;br&gt;(scraped HTML)", BOX3D, 0, 0, 120,
             60) V("ferry", "Ferry timetable API", BOX3D, 0, 100, 120, 60)
          ZONE("office", "Tourist office cloud", 200, 0, 400, 300)
              C("job", "office", "Morning digest job&lt;br&gt;(Python)", CARD, 20, 40,
                120, 60) C("mail", "office", "Digest archive", DB, 20, 160, 120, 60)
                  V("llm", "Gemini Flash&lt;br&gt;(Vertex AI)", OVAL, 700, 40, 100, 60)
                      LINK("a", "snow", "job", "page text")
                          LINK("b", "ferry", "job", "departures JSON")
                              LINK("c", "job", "llm", "prompt")
                                  LINK("d", "llm", "job", "digest")
                                      LINK("e", "job", "mail", "digest") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "rules");
  assert_false(elem_at(ir, "llm")->facts.people_prompt);
  assert_false(any_cites(ir, NULL, "AML.T0051.000"));
  assert_true(any_cites(ir, "llm", "AML.T0051.001") ||
              any_cites(ir, "job", "AML.T0051.001"));
  tmc_ir_free(ir);
  /* quiet: a hotel's channel manager drawn sending only is someone's
   * requests still */
  const char *partner = HEAD V("pos", "Hotel channel manager", ACTOR, 0, 0, 30, 60)
      ZONE("office", "Tourist office cloud", 200, 0, 400, 300)
          C("job", "office", "Enquiry bot&lt;br&gt;(Python)", CARD, 20, 40, 120, 60)
              V("llm", "Gemini Flash&lt;br&gt;(Vertex AI)", OVAL, 700, 40, 100, 60)
                  LINK("a", "pos", "job", "enquiry") LINK("c", "job", "llm", "prompt")
                      LINK("d", "llm", "job", "answer") TAIL;
  ir = drawio_analysed(partner, "rules");
  assert_true(elem_at(ir, "llm")->facts.people_prompt);
  tmc_ir_free(ir);
}

static void test_zone_with_outbound_internet_is_ours(void **state) {
  (void)state;
  static const char dot[] =
      "digraph printshop {\n"
      " staff [shape=ellipse, label=\"Print shop staff\"];\n"
      " subgraph cluster_app { label=\"Shop VPC\"; style=dashed;\n"
      "  agent [label=\"Quote agent\\n(LangGraph)\"];\n"
      " }\n"
      " subgraph cluster_build { label=\"Build subnet (outbound internet access)\"; "
      "style=dashed;\n"
      "  tool [shape=hexagon, label=\"render_proof\\n(tool)\"];\n"
      " }\n"
      " subgraph cluster_net { label=\"Internet\"; style=dashed;\n"
      "  vendor [shape=box3d, label=\"Paper supplier API\"];\n"
      " }\n"
      " llm [shape=ellipse, label=\"GPT-4o mini\\n(OpenAI API)\"];\n"
      " staff -> agent [label=\"job spec\"];\n"
      " agent -> llm [label=\"prompt\"]; llm -> agent [label=\"tool call\"];\n"
      " agent -> tool [dir=both, label=\"render\"];\n"
      " tool -> vendor [label=\"stock check\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "rules");
  const tmc_element *tool = elem_at(ir, "tool");
  assert_int_not_equal(ir->boundaries[tool->boundary].trust, 0);
  assert_null(finding(ir, "TMC-AGENT-002", "tool"));
  const tmc_element *vendor = elem_at(ir, "vendor");
  assert_int_equal(ir->boundaries[vendor->boundary].trust, 0);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arrow_glued_to_dashed_zone_fans),
      cmocka_unit_test(test_inbox_that_answers_its_writer_is_direct),
      cmocka_unit_test(test_memory_edited_by_staff_and_records_by_reference),
      cmocka_unit_test(test_fetched_content_is_no_one_typing),
      cmocka_unit_test(test_zone_with_outbound_internet_is_ours),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
