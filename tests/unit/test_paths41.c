/* test_paths41.c - ranking ties between an outsider and staff (issue #16
 * item 4, xcut): of two attack paths as likely and as costly, the one anyone
 * can start ranks before the one that starts at staff who sign in. Without
 * it the element ranks decide, and where the staff and the public write to
 * one shared intake (the desk's mailbox, the clinic's SMS number) the staff's
 * path took each goal's and each target's first place, so the report showed
 * the staff's walk to every tool and the outsider's to few of them.
 *
 * A veterinary clinic in DOT: front-desk staff and anyone who texts the
 * clinic's number write to one appointments inbox read by a booking agent
 * with four tools and the pet records. A public library in draw.io: library
 * staff and anyone with an e-mail address write to one shared mailbox a
 * loans agent reads. The staff are declared first, with ids that sort
 * first, so the element ranks alone would put their paths first. */
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

static const char *VET_DOT =
    "digraph vetclinic {\n"
    "  a_desk [label=\"Front-desk staff\", shape=box];\n"
    "  texters [label=\"Anyone who texts the clinic number\", shape=box];\n"
    "  subgraph cluster_clinic { label=\"Clinic cloud\";\n"
    "    inbox [label=\"Appointments inbox (SMS gateway webhook)\"];\n"
    "    agent [label=\"Booking assistant (LLM agent, function calling)\"];\n"
    "    llm [label=\"Claude Haiku (Anthropic API)\"];\n"
    "    book [label=\"Tool: book_slot\"];\n"
    "    cancel [label=\"Tool: cancel_visit\"];\n"
    "    remind [label=\"Tool: send_reminder\"];\n"
    "    refund [label=\"Tool: refund_deposit\"];\n"
    "    records [label=\"Pet records DB\\n(owners' phone numbers, addresses)\", "
    "shape=cylinder];\n"
    "  }\n"
    "  a_desk -> inbox [label=\"message\"];\n"
    "  texters -> inbox [label=\"message\"];\n"
    "  inbox -> agent [label=\"new message\"];\n"
    "  agent -> llm [label=\"prompt + message\"];\n"
    "  llm -> agent [label=\"tool call\"];\n"
    "  agent -> book [label=\"call\"];\n"
    "  agent -> cancel [label=\"call\"];\n"
    "  agent -> remind [label=\"call\"];\n"
    "  agent -> refund [label=\"call\"];\n"
    "  agent -> records [label=\"lookup\"];\n"
    "  records -> agent [label=\"owner record\"];\n"
    "}\n";

static const char *LIBRARY_DRAWIO =
    "<mxfile><diagram name=\"library\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell "
    "id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"a1\" value=\"Library staff\" style=\"shape=umlActor;\" vertex=\"1\" "
    "parent=\"1\"><mxGeometry x=\"20\" y=\"40\" width=\"40\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"p1\" value=\"Anyone with an e-mail address\" style=\"shape=umlActor;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"200\" width=\"40\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"z\" value=\"Library systems (Azure)\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" y=\"0\" width=\"600\" "
    "height=\"400\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"m\" value=\"ask@ shared mailbox\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"20\" y=\"40\" width=\"100\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"ag\" value=\"Loans agent (GPT-4o, function calling)\" "
    "style=\"rounded=1;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"160\" y=\"40\" "
    "width=\"100\" height=\"40\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t1\" value=\"Tool: renew_loan\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"300\" y=\"20\" width=\"100\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t2\" value=\"Tool: waive_fine\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"300\" y=\"80\" width=\"100\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"t3\" value=\"Tool: reserve_title\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"z\"><mxGeometry x=\"300\" y=\"140\" width=\"100\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"db\" value=\"Borrower records (names, addresses, loans)\" "
    "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"300\" "
    "y=\"200\" width=\"100\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e1\" value=\"e-mail\" edge=\"1\" parent=\"1\" source=\"a1\" "
    "target=\"m\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e2\" value=\"e-mail\" edge=\"1\" parent=\"1\" source=\"p1\" "
    "target=\"m\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e3\" value=\"new mail\" edge=\"1\" parent=\"1\" source=\"m\" "
    "target=\"ag\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e4\" value=\"call\" edge=\"1\" parent=\"1\" source=\"ag\" "
    "target=\"t1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e5\" value=\"call\" edge=\"1\" parent=\"1\" source=\"ag\" "
    "target=\"t2\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e6\" value=\"call\" edge=\"1\" parent=\"1\" source=\"ag\" "
    "target=\"t3\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e7\" value=\"lookup\" edge=\"1\" parent=\"1\" source=\"ag\" "
    "target=\"db\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e8\" value=\"borrower record\" edge=\"1\" parent=\"1\" source=\"db\" "
    "target=\"ag\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel></diagram></mxfile>\n";

/* The display position of the first shown path from entry to target, or
 * n_paths. */
static uint32_t first_of(const tmc_ir *ir, const char *entry, const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target))
      return i;
  return ir->n_paths;
}

/* For every target in ts, the outsider's path is shown and comes before the
 * staff's; and path 1 is the outsider's. */
static void outsider_first(const tmc_ir *ir, const char *outsider, const char *staff,
                           const char *const *ts, size_t n) {
  assert_true(ir->elements[el(ir, staff)].facts.staff);
  assert_false(ir->elements[el(ir, outsider)].facts.staff);
  assert_true(ir->n_paths > 0);
  assert_int_equal(ir->paths[0].entry, el(ir, outsider));
  for (size_t i = 0; i < n; i++) {
    uint32_t o = first_of(ir, outsider, ts[i]), s = first_of(ir, staff, ts[i]);
    if (o == ir->n_paths || o > s)
      fail_msg("%s: the outsider's path at %u, the staff's at %u", ts[i], o, s);
  }
}

static void test_tie_outsider_before_staff_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.dot", VET_DOT);
  static const char *const ts[] = {"book",   "cancel",  "remind",
                                   "refund", "records", "llm"};
  outsider_first(ir, "texters", "a_desk", ts, sizeof ts / sizeof *ts);
  tmc_ir_free(ir);
}

static void test_tie_outsider_before_staff_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", LIBRARY_DRAWIO);
  static const char *const ts[] = {"db", "m"};
  outsider_first(ir, "p1", "a1", ts, sizeof ts / sizeof *ts);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tie_outsider_before_staff_dot),
      cmocka_unit_test(test_tie_outsider_before_staff_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
