/* test_kinds18.c - other organisations' parts read as ours, and ours read
 * as theirs (causes18 K1, K2). By structure first: a shape the graph's node
 * default gives is the diagram's ordinary node, not a DFD's external
 * square; a C4 type tag saying container or component, or "in-house"
 * before the head, says the system's own part whatever people word heads
 * it; a fill colour worn by a surely outside element and by nothing surely
 * the system's marks the outside (a legend drawn without a legend box).
 * Wordings are this file's own (no test set uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* K2: node [shape=box] makes the box every node's shape: the boxes are the
 * system's parts (a Go service, a route planner, a billing engine), the
 * ellipses its people. */
static void test_node_default_box(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  node [shape=box, style=filled, fillcolor=\"#1168bd\", fontcolor=white];\n"
      "  clerk [shape=ellipse, label=\"Warehouse clerks\", fillcolor=\"#08427b\"];\n"
      "  driver [shape=ellipse, label=\"Van drivers\", fillcolor=\"#08427b\"];\n"
      "  pickd [label=\"pickd\\nRust, allocates bins\"];\n"
      "  router [label=\"route planner\\nOR solver\"];\n"
      "  db [shape=cylinder, label=\"stock DB\\nPostgres\"];\n"
      "  clerk -> pickd [label=\"scan\"]; pickd -> db; router -> db;\n"
      "  driver -> router [label=\"stops\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "pickd")].look & TMC_LOOK_GRAPH_SHAPE);
  assert_int_equal(kind_at(ir, "pickd"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "router"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "clerk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "driver"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* ... but a DFD whose default box is drawn for its few outsiders, its
 * processes circles, keeps the DFD reading; and a default box in a
 * cluster named for a vendor is the vendor's. */
static void test_node_default_dfd(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            "  node [shape=box];\n"
                            "  hub [label=\"Freight exchange\"];\n"
                            "  p1 [shape=circle, label=\"Take booking\"];\n"
                            "  p2 [shape=circle, label=\"Quote price\"];\n"
                            "  p3 [shape=circle, label=\"Assign truck\"];\n"
                            "  d1 [shape=cylinder, label=\"Bookings\"];\n"
                            "  hub -> p1; p1 -> d1; d1 -> p2; p2 -> p3; p3 -> hub;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "hub"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  static const char dot2[] =
      "digraph d {\n"
      "  node [shape=box, style=rounded];\n"
      "  staff [shape=ellipse, label=\"Dispatchers\"];\n"
      "  subgraph cluster_us { label=\"Our Azure subscription\";\n"
      "    console [label=\"Dispatch console\"]; jobs [label=\"jobs worker\"];\n"
      "    q [shape=cylinder, label=\"jobs DB\"]; }\n"
      "  subgraph cluster_sms { label=\"SMS vendor\";\n"
      "    sms [label=\"Bulk SMS service\\n(REST)\"]; }\n"
      "  staff -> console; console -> q; q -> jobs; jobs -> sms;\n"
      "}\n";
  ir = analyse_with(dot2, cat, NULL);
  assert_int_equal(kind_at(ir, "console"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "jobs"), TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "sms")].shape_kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K2: a C4 container or component tag (Structurizr's "[Container: ...]",
 * C4-PlantUML's stereotype) beats a people word heading the name; a
 * "[Person, external]" tag stays a person; "in-house" before the head or
 * as the whole aside says ours, in a remark about people it does not. */
#define CARD(id, value, x, y)                                                            \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"rounded=1;whiteSpace=wrap;\" "      \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"" x "\" y=\"" y "\" width=\"160\" "         \
  "height=\"80\" as=\"geometry\"/></mxCell>"
#define C4OBJ(id, name, type, x, y)                                                      \
  "<object id=\"" id "\" label=\"" name "\" c4Name=\"" name "\" c4Type=\"" type "\" "    \
  "placeholders=\"1\"><mxCell style=\"rounded=1;whiteSpace=wrap;\" vertex=\"1\" "        \
  "parent=\"1\"><mxGeometry x=\"" x "\" y=\"" y "\" width=\"160\" height=\"80\" "        \
  "as=\"geometry\"/></mxCell></object>"
#define EDGE(id, s, t)                                                                   \
  "<mxCell id=\"" id "\" value=\"\" edge=\"1\" parent=\"1\" source=\"" s                 \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

static void test_c4_own_tags(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" CARD(
          "sup", "Fleet Supervisor&lt;br&gt;[Container: React SPA]", "0", "0")
          CARD("adj", "Claims Adjuster&lt;br&gt;«container»&lt;br&gt;Electron", "200",
               "0") C4OBJ("mgr", "Shift Manager", "Container", "400", "0")
              CARD("ext", "Loss Adjuster&lt;br&gt;[Person, external]", "600", "0")
                  CARD("tm", "Ticket Manager (in-house)", "0", "200")
                      CARD("team", "Support team (in-house, Leeds)", "200", "200")
                          EDGE("e1", "ext", "sup") EDGE("e2", "sup", "adj")
                              EDGE("e3", "adj", "mgr") EDGE("e4", "team", "tm")
                                  EDGE("e5", "tm", "mgr") "</root></mxGraphModel>";
  reset_diags();
  tmc_ir *ir = ir_analysed("t.drawio", xml, strlen(xml), cat, NULL, &diags);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "sup"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "adj"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "mgr"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ext"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "tm"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "team"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K1: a fill the author gave a person and a few others (a card network's
 * processor, a vendor's fraud-signal API, the customers' app) marks them
 * all as outside, and they send in: entry points; the system's parts in the
 * page's ordinary fill stay its own, and a fill worn by a store is no
 * legend. */
static void test_style_legend(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  node [shape=box, style=filled, fillcolor=\"#dae8fc\"];\n"
      "  acq [label=\"Cardhouse\\nissuer processor\", fillcolor=\"#ffe6cc\"];\n"
      "  sift [label=\"Sift\\nfraud signal API\", fillcolor=\"#ffe6cc\"];\n"
      "  phone [label=\"Shopper app\\n(customers' phones)\", shape=ellipse,\n"
      "         fillcolor=\"#ffe6cc\"];\n"
      "  ops [label=\"Chargeback reviewers\", shape=ellipse, fillcolor=\"#ffe6cc\"];\n"
      "  gate [label=\"riskgate\\nJava, answers in 150 ms\"];\n"
      "  rules [label=\"rules engine\\nDrools\"];\n"
      "  queue [label=\"casework\\nin-house case tracker\"];\n"
      "  lake [label=\"events lake\", shape=cylinder, fillcolor=\"#d5e8d4\"];\n"
      "  arch [label=\"archiver\", fillcolor=\"#d5e8d4\"];\n"
      "  acq -> gate [label=\"authorisation request\"];\n"
      "  gate -> acq [label=\"accept / refuse\"];\n"
      "  phone -> sift [label=\"device fingerprint\"];\n"
      "  sift -> gate [label=\"risk signals\"];\n"
      "  gate -> rules; gate -> queue [label=\"alerts\"];\n"
      "  ops -> queue [label=\"decisions\"];\n"
      "  gate -> lake; lake -> arch;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "acq"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "sift"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "phone"), TMC_KIND_EXTERNAL);
  assert_true(ir->elements[elem(ir, "acq")].facts.is_entry);
  assert_true(ir->elements[elem(ir, "sift")].facts.is_entry);
  assert_int_equal(kind_at(ir, "gate"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rules"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "queue"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "arch"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K1: a source drawn as someone else's data centre, in a zone of its own
 * beside the system's, that only sends in, is that organisation's, though
 * its head names what a program does ("Timesheet export"); one the system
 * sends to as well keeps its head. */
#define ZONE(id, value, x, y, w)                                                         \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"rounded=0;dashed=1;fillColor=none;" \
  "container=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" x "\" y=\"" y "\" "        \
  "width=\"" w "\" height=\"300\" as=\"geometry\"/></mxCell>"
#define IN(id, value, style, parent, x)                                                  \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"" parent "\"><mxGeometry x=\"" x "\" y=\"40\" width=\"60\" height=\"60\" "   \
  "as=\"geometry\"/></mxCell>"
#define DC "shape=mxgraph.aws4.corporate_data_center;"
#define LAMBDA "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;"

static void test_theirs_by_drawing(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" ZONE(
          "us", "AWS Cloud payroll-prod", "400", "0", "600")
          IN("fn", "ingest-timesheets", LAMBDA, "us", "20")
              IN("fn2", "payslip-builder", LAMBDA, "us", "120") IN("fn3", "notifier",
                                                                   LAMBDA, "us", "220")
                  ZONE("them", "Northwind Staffing", "0", "0", "300")
                      IN("exp", "Timesheet export (weekly)", DC, "them", "20")
                          IN("sync", "Rota sync service", DC, "them", "120")
                              EDGE("e1", "exp", "fn") EDGE("e2", "fn", "fn2")
                                  EDGE("e3", "fn2", "fn3") EDGE("e4", "sync", "fn")
                                      EDGE("e5", "fn3", "sync") "</root></mxGraphModel>";
  reset_diags();
  tmc_ir *ir = ir_analysed("t.drawio", xml, strlen(xml), cat, NULL, &diags);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "exp"), TMC_KIND_EXTERNAL);
  assert_true(ir->elements[elem(ir, "exp")].facts.is_entry);
  assert_int_equal(kind_at(ir, "fn"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sync"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_node_default_box),  cmocka_unit_test(test_node_default_dfd),
      cmocka_unit_test(test_c4_own_tags),       cmocka_unit_test(test_style_legend),
      cmocka_unit_test(test_theirs_by_drawing),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
