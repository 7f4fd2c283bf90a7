/* test_d37e.c - what blind37's caterer's ordering agent taught (thirty-third
 * session, helper r37paths), drawn here in other words and another domain:
 *   - a DOT file that went through a word processor has curly quotes where
 *     its author typed straight ones; Graphviz still reads a one-word value
 *     wrapped in them as an ID, quotes and all. A node named so with no
 *     label (“refund_booking”) is read by the word inside, as its author
 *     wrote it: here the agent's tools, called by their code names; a shape
 *     written so (shape=“cylinder”) is that shape. The id stays as written
 *     (it is how the file names the node), and a name with a quote inside
 *     (“O’Hara’s_desk”) or wrapped in guillemets («component») stays as it
 *     is;
 *   - a third-party tool server the agent asks and hears back from, drawn as
 *     one line with arrowheads at both ends from the agent (the voice
 *     agent's route-time MCP server): its answer lands in the model's
 *     context all the same (TMC-AGENT-009, AML.T0099), where the team's own
 *     tool drawn so gets nothing of the kind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A guesthouse's booking agent: guests' messages in, tools named in code,
 * German and English typographic quotes both. */
static const char *const GUESTHOUSE =
    "digraph “bookings” {\n"
    "  node [shape=box, style=“rounded”];\n"
    "  guests [label=\"Guests (WhatsApp)\", shape=ellipse];\n"
    "  bot [label=\"AI concierge agent (Node.js)\"];\n"
    "  claude [label=\"Claude (Anthropic API)\", shape=ellipse];\n"
    "  rooms [label=\"Rooms and bookings\", shape=“cylinder”];\n"
    "  “refund_booking” [shape=hexagon];\n"
    "  „cancel_room“ [shape=hexagon];\n"
    "  ‘lookup_guest’ [shape=hexagon];\n"
    "  “O’Hara’s_desk” [shape=box];\n"
    "  payments [label=\"Stripe\", shape=box3d];\n"
    "  guests -> bot [label=“messages”];\n"
    "  bot -> claude; claude -> bot [label=\"tool calls\"];\n"
    "  bot -> “refund_booking”; “refund_booking” -> payments;\n"
    "  bot -> „cancel_room“; „cancel_room“ -> rooms;\n"
    "  bot -> ‘lookup_guest’; rooms -> ‘lookup_guest’;\n"
    "  bot -> “O’Hara’s_desk”;\n"
    "}\n";

static void test_curly_quoted_names_read_inside(void **state) {
  (void)state;
  tmc_ir *ir = analysed(GUESTHOUSE);
  assert_non_null(ir);
  const tmc_element *refund = &ir->elements[el(ir, "“refund_booking”")];
  assert_string_equal(refund->label, "refund_booking");
  assert_int_equal(refund->kind, TMC_KIND_AGENT_TOOL);
  const tmc_element *cancel = &ir->elements[el(ir, "„cancel_room“")];
  assert_string_equal(cancel->label, "cancel_room");
  assert_int_equal(cancel->kind, TMC_KIND_AGENT_TOOL);
  assert_string_equal(ir->elements[el(ir, "‘lookup_guest’")].label, "lookup_guest");
  /* the shape the author typed, not Graphviz's unknown “cylinder” */
  const tmc_element *rooms = &ir->elements[el(ir, "rooms")];
  assert_string_equal(rooms->shape, "cylinder");
  assert_int_equal(rooms->kind, TMC_KIND_DATA_STORE);
  /* an edge label wrapped so reads as its word */
  bool seen = false;
  for (uint32_t f = 0; f < ir->n_flows; f++)
    if (ir->flows[f].src == el(ir, "guests")) {
      assert_string_equal(ir->flows[f].label, "messages");
      seen = true;
    }
  assert_true(seen);
  tmc_ir_free(ir);
}

static void test_quotes_inside_stay(void **state) {
  (void)state;
  tmc_ir *ir = analysed(GUESTHOUSE);
  assert_non_null(ir);
  /* quotes inside the name: not one word wrapped, left as drawn */
  assert_string_equal(ir->elements[el(ir, "“O’Hara’s_desk”")].label, "“O’Hara’s_desk”");
  tmc_ir_free(ir);
}

/* A harbour's assistant: a community tide-table MCP server and the
 * harbour's own booking tool, both drawn dir=both from the agent. */
static const char *const HARBOUR =
    "digraph harbour {\n"
    "  skippers [label=\"Skippers (WhatsApp)\", shape=ellipse];\n"
    "  agent [label=\"Harbour assistant agent (Python)\"];\n"
    "  llm [label=\"Claude (Anthropic API)\", shape=ellipse];\n"
    "  tides [label=\"TideTable MCP server (third party, community)\", shape=hexagon];\n"
    "  book_berth [label=\"book_berth\", shape=hexagon];\n"
    "  berths [label=\"Berths DB\", shape=cylinder];\n"
    "  skippers -> agent [dir=both, label=\"questions, answers\"];\n"
    "  agent -> llm [dir=both, label=\"prompt, tool calls\"];\n"
    "  agent -> tides [dir=both, label=\"harbour, date -> tide times\"];\n"
    "  agent -> book_berth [dir=both, label=\"booking -> confirmation\"];\n"
    "  book_berth -> berths;\n"
    "}\n";

static void test_outside_tool_answers_along_a_two_way_line(void **state) {
  (void)state;
  tmc_ir *ir = analysed(HARBOUR);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "tides"), TMC_KIND_AGENT_TOOL);
  const tmc_finding *f = finding(ir, "TMC-AGENT-009", "agent->tides");
  assert_non_null(f);
  assert_true(cites(f, "AML.T0099"));
  assert_null(finding(ir, "TMC-AGENT-009", "agent->book_berth"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_curly_quoted_names_read_inside),
      cmocka_unit_test(test_quotes_inside_stay),
      cmocka_unit_test(test_outside_tool_answers_along_a_two_way_line),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
