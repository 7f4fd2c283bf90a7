/* test_b34a.c - draw.io styles that say one thing first and another last
 * (b34a, from blind34's te reo Māori register): boxes drawn from the text
 * style given a border, a fill or a shape back ("text;strokeColor=#333333;
 * rounded=1", "text;...;shape=cylinder3") are boxes, inside a zone's
 * container as on the page; and a style that writes a key twice (a shape
 * copied and restyled through Edit Style) is read as draw.io reads it, the
 * last value winning, by every reader of the style. Each in a domain and
 * wording of this file's own, with quiet cases beside them: a bordered note
 * no arrow joins stays a note, a plain caption stays text. And compose
 * exports (docker-compose-viz): a published port drawn as a node named by
 * its number stands between the outside and a service and is no element
 * (the lines through it join, DOT and draw.io); the UML component symbol
 * every service is drawn as says no kind, so a database named by its
 * product is a store; people and vendors added by hand, drawn dashed
 * outside every cluster, are the outside.
 *
 * The one idea: each case is a small draw.io page (drawio_macros.h) read
 * through the whole pipeline; the asserts name what the page draws. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

/* Text cells given a border (a rounded box, a cylinder) as draw.io users
 * restyle them. */
#define BOXED_TEXT                                                                       \
  "text;html=1;strokeColor=#333333;fillColor=#ffffff;rounded=1;whiteSpace=wrap;"
#define BOXED_DB                                                                         \
  "text;html=1;strokeColor=#333333;fillColor=#ffffff;shape=cylinder3;size=8;"
/* A filled text cell with no border: a coloured box all the same. */
#define FILLED_TEXT "text;html=1;fillColor=#e1d5e7;align=center;verticalAlign=middle;"
/* A note written as text with a yellow box around it. */
#define BOXED_NOTE "text;html=1;align=left;strokeColor=#d6b656;fillColor=#fff2cc;"

/* An allotment society's plot system: the booking site and the plot
 * register are bordered text cells inside the society's cloud zone, the
 * council's payments service a filled text cell in the page's margin; a
 * bordered note in the zone that no arrow joins is the drawer's remark, and
 * a plain text caption is the zone's subtitle. */
static const char *const allotments =
    HEAD ZONE("z", "Society cloud (hosted VPS)", 200, 20, 420, 300)
        C("site", "z", "Plot booking site", BOXED_TEXT, 20, 40, 140, 60)
            C("reg", "z", "Plot register", BOXED_DB, 240, 40, 120, 80)
                C("rem", "z", "Copied from last year's drawing, colours mean nothing",
                  BOXED_NOTE, 20, 200, 200, 40)
                    C("sub", "z", "runs on one VPS", "text;html=1;", 240, 200, 120, 20)
                        V("ten", "Plot holders", "shape=umlActor;html=1;", 40, 60, 30, 60)
                            V("pay", "Council payments", FILLED_TEXT, 700, 60, 140, 60)
                                E("e1", "ten", "site") E("e2", "site", "reg")
                                    E("e3", "site", "pay") TAIL;

static void test_bordered_text_cells_are_boxes(void **state) {
  (void)state;
  tmc_ir *ir = drawio_analysed(allotments, NULL);
  assert_true(has_element(ir, "site"));
  assert_int_equal(kind_at(ir, "site"), TMC_KIND_PROCESS);
  assert_true(has_element(ir, "reg"));
  assert_int_equal(kind_at(ir, "reg"), TMC_KIND_DATA_STORE);
  assert_true(has_element(ir, "pay"));
  /* the booking site is in the zone it is drawn in */
  const tmc_element *site = elem_at(ir, "site");
  assert_true(site->boundary < ir->n_boundaries);
  assert_string_equal(ir->boundaries[site->boundary].id, "z");
  flow(ir, "ten", "site");
  flow(ir, "site", "reg");
  /* the remark and the subtitle stay text */
  assert_false(has_element(ir, "rem"));
  assert_false(has_element(ir, "sub"));
  assert_false(any_ai_id(ir));
  tmc_ir_free(ir);
}

/* Quiet: the same page with the boxes' borders and fills cleared is a page
 * of captions inside a zone, none of them an element of its own. */
static void test_plain_text_in_a_zone_stays_text(void **state) {
  (void)state;
  static const char xml[] =
      HEAD ZONE("z", "Society cloud (hosted VPS)", 200, 20, 420, 300)
          C("site", "z", "Plot booking site",
            "text;html=1;strokeColor=none;fillColor=none;", 20, 40, 140, 60)
              C("reg", "z", "Plot register", "rounded=1;html=1;", 240, 40, 120, 80)
                  E("e2", "site", "reg") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_false(has_element(ir, "site"));
  tmc_ir_free(ir);
}

/* A lending library's drawing where shapes were copied and restyled: the
 * loans database was a document ("shape=document;...;shape=cylinder3"), the
 * circulation service a note ("shape=note;...;shape=rectangle;rounded=1"),
 * the vendor's box solid before it was dashed ("dashed=0;...;dashed=1"). */
static const char *const library = HEAD ZONE("z", "Library network", 200, 20, 420, 300)
    C("circ", "z", "Circulation service",
      "shape=note;whiteSpace=wrap;html=1;size=14;fillColor=#fff2cc;shape=rectangle;"
      "rounded=1;fillColor=#d5e8d4;",
      20, 40, 140, 60)
        C("loans", "z", "Loans",
          "shape=document;whiteSpace=wrap;html=1;boundedLbl=1;shape=cylinder3;size=10;",
          240, 40, 120, 80)
            V("van", "Book supplier",
              "rounded=1;whiteSpace=wrap;html=1;dashed=0;strokeColor=#666666;"
              "dashed=1;",
              700, 60, 140, 60)
                V("who", "Borrowers", "shape=umlActor;html=1;", 40, 60, 30, 60)
                    E("e1", "who", "circ") E("e2", "circ", "loans") E("e3", "circ", "van")
                        TAIL;

static void test_a_key_written_twice_takes_its_last_value(void **state) {
  (void)state;
  tmc_ir *ir = drawio_analysed(library, NULL);
  const tmc_element *circ = elem_at(ir, "circ");
  assert_int_equal(circ->kind, TMC_KIND_PROCESS);
  assert_string_equal(circ->shape, "rectangle");
  /* every reader of the style sees one shape, the last written */
  assert_null(strstr(circ->style, "shape=note"));
  assert_non_null(strstr(circ->style, "fillColor=#d5e8d4"));
  assert_null(strstr(circ->style, "fillColor=#fff2cc"));
  const tmc_element *loans = elem_at(ir, "loans");
  assert_int_equal(loans->kind, TMC_KIND_DATA_STORE);
  assert_string_equal(loans->shape, "cylinder3");
  assert_true(elem_at(ir, "van")->look & TMC_LOOK_DASHED);
  tmc_ir_free(ir);
}

/* The same rule on a long style (past the pairs compared one by one): a
 * generator's style of forty settings that ends by making a note a
 * cylinder, and a key given three times. */
static void test_a_long_style_with_a_key_written_twice(void **state) {
  (void)state;
  char style[2048] = "shape=note;";
  for (int i = 0; i < 40; i++)
    snprintf(style + strlen(style), sizeof style - strlen(style), "k%d=%d;", i, i);
  strcat(style, "dashed=0;dashed=0;shape=cylinder3;dashed=1;");
  char xml[4096];
  snprintf(xml, sizeof xml,
           HEAD "<mxCell id=\"st\" value=\"Ticket archive\" style=\"%s\" vertex=\"1\" "
                "parent=\"1\"><mxGeometry x=\"300\" y=\"40\" width=\"120\" height=\"80\" "
                "as=\"geometry\"/></mxCell>" V("app", "Help desk app",
                                               "rounded=1;html=1;", 40, 40, 120, 60)
                    E("e1", "app", "st") TAIL,
           style);
  tmc_ir *ir = drawio_analysed(xml, NULL);
  const tmc_element *st = elem_at(ir, "st");
  assert_string_equal(st->shape, "cylinder3");
  assert_int_equal(st->kind, TMC_KIND_DATA_STORE);
  assert_true(st->look & TMC_LOOK_DASHED);
  assert_non_null(strstr(st->style, "k39=39"));
  assert_null(strstr(st->style, "dashed=0"));
  tmc_ir_free(ir);
}

/* draw.io's own name for its rectangle, shape=rectangle, rounded, is the
 * rounded box a process is drawn as, as the default rectangle is. */
static void test_shape_rectangle_rounded_is_a_process(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Clinic LAN", 200, 20, 420, 300)
      C("rx", "z", "Prescription printing",
        "shape=rectangle;rounded=1;whiteSpace=wrap;html=1;", 20, 40, 140, 60)
          C("db", "z", "Prescriptions", DB, 240, 40, 120, 80)
              V("gp", "Doctors", "shape=umlActor;html=1;", 40, 60, 30, 60)
                  E("e1", "gp", "rx") E("e2", "rx", "db") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "rx"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A bike-share scheme's compose file drawn by docker-compose-viz and
 * annotated by hand: services as components (the databases too), the
 * published ports as circles named by their numbers, riders and the
 * payment provider added dashed; a dashed job inside a cluster elsewhere
 * stays the system's. */
static const char bikes_dot[] =
    "digraph G { graph [pad=0.5];"
    " \"api\" [shape=\"component\", label=\"api\\n(Node.js rentals API)\"];"
    " \"db\" [shape=\"component\", label=\"mariadb\\n(rides, riders, cards)\"];"
    " \"cache\" [shape=\"component\", label=\"redis\"];"
    " \"8080\" [shape=\"circle\"]; \"3306/tcp\" [shape=\"circle\"];"
    " \"Riders\" [shape=\"ellipse\", style=\"dashed\"];"
    " \"Dock stations\" [shape=\"ellipse\", style=\"dotted\"];"
    " \"Card acquirer\" [shape=\"box\", style=\"dashed,rounded\"];"
    " \"Riders\" -> \"8080\" [label=\"unlock, pay\"];"
    " \"Dock stations\" -> \"8080\" [label=\"dock events\"];"
    " \"8080\" -> \"api\"; \"Riders\" -> \"3306/tcp\"; \"3306/tcp\" -> \"db\";"
    " \"api\" -> \"db\" [style=dotted, label=\"depends_on\"];"
    " \"api\" -> \"cache\" [style=dotted, label=\"depends_on\"];"
    " \"api\" -> \"Card acquirer\" [label=\"charges\"] }";

static void test_compose_export_ports_and_hand_added_parties(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(bikes_dot, cat, NULL);
  assert_non_null(ir);
  assert_false(has_element(ir, "8080"));
  assert_false(has_element(ir, "3306/tcp"));
  flow(ir, "Riders", "api");
  flow(ir, "Dock stations", "api");
  flow(ir, "Riders", "db");
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "Riders"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "Dock stations"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "Dock stations"));
  assert_int_equal(kind_at(ir, "Card acquirer"), TMC_KIND_EXTERNAL);
  assert_false(any_ai_id(ir));
  tmc_ir_free(ir);
}

/* Quiet: a number of one digit is a step, not a port; a port no line
 * reaches from outside (only its service's line) stays as drawn; a dashed
 * process inside a cluster and a solid ellipse on a page with no clusters
 * keep their shape's kind. */
static void test_not_ports_nor_the_outside(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(
      "digraph { a [label=\"Intake\"]; \"7\" [shape=circle]; b [label=\"Scoring\"];"
      " a -> \"7\" -> b; \"9000\" [shape=circle]; \"9000\" -> b;"
      " c [label=\"Nightly rating run\"]; b -> c;"
      " subgraph cluster_vps { label=\"VPS\"; d [label=\"Cleanup job\", style=dashed] }"
      " c -> d }",
      cat, NULL);
  assert_non_null(ir);
  assert_true(has_element(ir, "7"));
  assert_true(has_element(ir, "9000"));
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "d"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* review30: a bare number names a port only on a circle drawn as one: a box
 * labelled "78" between two steps and networkx's numbered nodes (the
 * default ellipse) are elements; "8443:443" says it is a port on any shape. */
static void test_numbers_that_are_no_ports(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with("digraph { a [label=\"Intake\"]; n [shape=box, label=\"78\"];"
                            " b [label=\"Scoring\"]; a -> n -> b;"
                            " 10 -> 20 -> 30; 20 -> 40;"
                            " u [label=\"Visitors\"]; p [shape=box, label=\"8443:443\"];"
                            " w [label=\"Web app\"]; u -> p -> w }",
                            cat, NULL);
  assert_non_null(ir);
  assert_true(has_element(ir, "n"));
  assert_true(has_element(ir, "20"));
  assert_true(has_element(ir, "10"));
  assert_false(has_element(ir, "p"));
  flow(ir, "u", "w");
  tmc_ir_free(ir);
}

/* draw.io: a published port drawn as a small labelled circle between the
 * customers and the shop's web container. */
static void test_port_circle_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("cu", "Customers", "shape=umlActor;html=1;", 20, 40, 30, 60)
          V("p", "8443", "ellipse;whiteSpace=wrap;html=1;aspect=fixed;", 120, 50, 40, 40)
              V("shop", "shop-web", "shape=component;html=1;", 220, 40, 140, 60)
                  V("pg", "postgres", "shape=component;html=1;", 440, 40, 140, 60)
                      E("e1", "cu", "p") E("e2", "p", "shop") E("e3", "shop", "pg") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_false(has_element(ir, "p"));
  flow(ir, "cu", "shop");
  assert_int_equal(kind_at(ir, "pg"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_bordered_text_cells_are_boxes),
      cmocka_unit_test(test_plain_text_in_a_zone_stays_text),
      cmocka_unit_test(test_a_key_written_twice_takes_its_last_value),
      cmocka_unit_test(test_a_long_style_with_a_key_written_twice),
      cmocka_unit_test(test_shape_rectangle_rounded_is_a_process),
      cmocka_unit_test(test_compose_export_ports_and_hand_added_parties),
      cmocka_unit_test(test_not_ports_nor_the_outside),
      cmocka_unit_test(test_port_circle_drawio),
      cmocka_unit_test(test_numbers_that_are_no_ports),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
