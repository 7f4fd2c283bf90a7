/* test_xpure31.c - outside parties that only send, and the store of what
 * they send (xpure, thirty-first session). What nothing drawn sends to and
 * that sends in, drawn only as a plain shape (an ellipse its author chose,
 * a draw.io text cell) with no word naming software or a machine, is an
 * outside party. A store of what such parties sent in stays private to the
 * organisation only while its items reach the model one at a time: a timed
 * job handing a model every sender's items since its last run builds one
 * answer out of them all. Wordings are this file's own (no test set uses
 * them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A ferry operator's complaints desk: passengers write in, the messages
 * land in a table, a model drafts a reply to each as it arrives and the
 * desk staff read the drafts. Then the same table read by an hourly cron
 * job that has the model write one digest of everything since the last
 * run, put on the public status page. */
#define DESK(reader, flowlabel)                                                          \
  "digraph desk {\n"                                                                     \
  "  pax [type=external, label=\"Ferry passengers\"];\n"                                 \
  "  staff [type=external, label=\"Desk staff\"];\n"                                     \
  "  subgraph cluster_ops { label=\"Operator data centre\";\n"                           \
  "    form [label=\"Complaint form API\"];\n"                                           \
  "    inbox [type=data_store, label=\"complaints (MariaDB)\"];\n"                       \
  "    job [label=\"" reader "\"];\n"                                                    \
  "    page [label=\"Desk page\"];\n"                                                    \
  "  }\n"                                                                                \
  "  model [type=llm, label=\"Command R (hosted API)\"];\n"                              \
  "  pax -> form [label=\"complaint text, booking ref, phone\"];\n"                      \
  "  form -> inbox [label=\"insert\"];\n"                                                \
  "  inbox -> job [label=\"" flowlabel "\"];\n"                                          \
  "  job -> model [label=\"prompt + complaint(s)\"];\n"                                  \
  "  model -> job [label=\"draft\"];\n"                                                  \
  "  job -> page [label=\"draft\"]; page -> staff;\n"                                    \
  "}\n"

static void test_batch_of_senders_items_is_not_private(void **state) {
  (void)state;
  static const char one[] = DESK("Reply drafter (per complaint)", "new row");
  static const char batch[] = DESK("Digest writer (cron, hourly)", "rows since last run");
  tmc_ir *ir = analyse_with(one, cat, NULL);
  assert_true(ir->elements[elem(ir, "inbox")].facts.submitted_store);
  assert_null(finding(ir, "TMC-LLM-005", "model"));
  tmc_ir_free(ir);
  ir = analyse_with(batch, cat, NULL);
  assert_false(ir->elements[elem(ir, "inbox")].facts.submitted_store);
  assert_true(ir->elements[elem(ir, "model")].facts.private_upstream);
  assert_non_null(finding(ir, "TMC-LLM-005", "model"));
  tmc_ir_free(ir);
}

/* DOT, a village allotment society's plot bookings: members and the
 * council's soil lab, drawn as ellipses by the author's choice, only send
 * in. Quiet: the booking service (it is sent to), a sender whose name
 * says a machine ("weather station logger"), and Graphviz's default
 * ellipse (no shape written). */
static void test_plain_senders_are_parties_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph plots {\n"
      "  treasurer [shape=box, label=\"Society treasurer\"];\n"
      "  bank [shape=box, label=\"Credit union\"];\n"
      "  lab [shape=ellipse, label=\"Shire soil laboratory\\n(pH results)\"];\n"
      "  members [shape=ellipse, label=\"Plot holders\"];\n"
      "  logger [shape=ellipse, label=\"Weather station logger\"];\n"
      "  plain [label=\"Ashgrove & Pell\"];\n"
      "  svc [shape=ellipse, label=\"Plot booking service\"];\n"
      "  db [shape=cylinder, label=\"Plot register\"];\n"
      "  treasurer -> svc [label=\"fee rules\"];\n"
      "  svc -> bank [label=\"standing orders\"];\n"
      "  lab -> svc [label=\"soil report\"];\n"
      "  members -> svc [label=\"plot request\"];\n"
      "  logger -> svc [label=\"frost readings\"];\n"
      "  plain -> svc [label=\"seed catalogue\"];\n"
      "  svc -> db [label=\"bookings\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "lab"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "members"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "lab"));
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "logger"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "plain"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io drawn as bare text cells, a choir's rehearsal planner: the
 * parish office and a hymn-book publisher only send in and are parties;
 * quiet: a text cell naming a script, and the planner (it is sent to). */
#define TCELL(id, v)                                                                     \
  "<mxCell id=\"" id "\" value=\"" v "\" style=\"text;html=1;align=center;\" "           \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"10\" y=\"10\" width=\"120\" height=\"40\" " \
  "as=\"geometry\"/></mxCell>"
#define BCELL(id, v)                                                                     \
  "<mxCell id=\"" id "\" value=\"" v "\" style=\"rounded=1;whiteSpace=wrap;html=1;\" "   \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"10\" y=\"10\" width=\"120\" height=\"60\" " \
  "as=\"geometry\"/></mxCell>"
#define ARROW(id, s, t, v)                                                               \
  "<mxCell id=\"" id "\" value=\"" v "\" edge=\"1\" parent=\"1\" source=\"" s            \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
static void test_plain_senders_are_parties_drawio(void **state) {
  (void)state;
  static const char xml[] =
      "<mxfile><diagram id=\"d\" name=\"Choir\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" BCELL(
          "singers", "Choir singers") BCELL("bank", "Building society")
          BCELL("plan", "Rehearsal planner") TCELL("office", "Parish office")
              TCELL("pub", "Cantoris Hymnals Ltd") TCELL("sync", "Rota import script")
                  ARROW("a1", "singers", "plan", "availability")
                      ARROW("a2", "plan", "bank", "subscriptions")
                          ARROW("a3", "office", "plan", "church hall bookings")
                              ARROW("a4", "pub", "plan", "licence list") ARROW(
                                  "a5", "sync", "plan",
                                  "rota CSV") "</root></mxGraphModel></diagram></mxfile>";
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "office"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pub"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "pub"));
  assert_int_equal(kind_at(ir, "sync"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "plan"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_batch_of_senders_items_is_not_private),
      cmocka_unit_test(test_plain_senders_are_parties_dot),
      cmocka_unit_test(test_plain_senders_are_parties_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
