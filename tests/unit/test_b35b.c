/* test_b35b.c - zones marked by brackets, flows drawn as block arrows, and a
 * vendor's classic model installed on the system's own box (b35b; blind35
 * brackenlow, oltinvodiy). Drawn in this file's own words (a dairy's milking
 * parlour, a ferry's ticket office, a quarry's weighbridge), each with a
 * quiet near-miss:
 *   - a labelled curly bracket beside a row (or, flipped, to its right; or
 *     turned over a column) is that row's zone: the shapes on its open side
 *     within its span are in it; an unlabelled bracket and one beside
 *     nothing are drawing, no element;
 *   - a block arrow (singleArrow, doubleArrow, an arrows-library arrow)
 *     lying between two boxes, its tail at one and its tip at the other, is
 *     a flow between them, named by its label, the right way round
 *     (direction=, flipH, rotation), both ways for a two-headed one; one
 *     whose ends touch no box, or one drawn on a box, is none;
 *   - a vendor's update installed into a classic model whose name says the
 *     vendor makes it the system's asset (a copy it runs, no vendor's
 *     service) and the vendor an entry; the box it runs on, a vendor
 *     appliance, is the system's own (a process, no vendor service). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "drawio_macros.h"
#include "engine_helpers.h"

/* A curly bracket as draw.io's misc palette draws it ("{", its label to
 * the left); FLIP, its mirror ("}", the label to the right). */
#define BRACE                                                                            \
  "shape=curlyBracket;whiteSpace=wrap;html=1;rounded=1;labelPosition=left;"              \
  "verticalLabelPosition=middle;align=right;verticalAlign=middle;"
#define ARROW "shape=singleArrow;whiteSpace=wrap;html=1;arrowWidth=0.5;arrowSize=0.2;"
#define BOX "rounded=0;whiteSpace=wrap;html=1;"

static const char *zone_label(const tmc_ir *ir, const char *id) {
  uint32_t b = elem_at(ir, id)->boundary;
  return b == TMC_NONE ? NULL : ir->boundaries[b].label;
}

static void test_brackets_mark_rows(void **state) {
  (void)state;
  const char *xml = HEAD V("farm", "DAIRY PARLOUR", BRACE, 100, 50, 20, 160)
      V("office", "Farm office LAN", BRACE, 100, 260, 20, 140)
      /* the right-hand column's zone, marked by a mirrored bracket */
      V("coop", "Milk co-op", BRACE ";flipH=1;", 900, 50, 20, 350)
      /* the parlour row */
      V("cows", "Cows (ear tags)", "shape=umlActor;html=1;", 160, 90, 30, 60)
          V("reader", "Tag reader", BOX, 260, 90, 120, 60)
              V("meters", "Milk meters", BOX, 440, 90, 120, 60)
      /* the office row */
      V("herd", "Herd software", CARD, 260, 300, 140, 60)
          V("herddb", "Herd records", DB, 460, 290, 100, 80)
      /* the co-op's, left of its mirrored bracket */
      V("portal", "Co-op collection portal", CARD, 700, 200, 160, 60)
      /* quiet: a bracket with no label, and one beside nothing */
      V("plain", "", BRACE, 600, 60, 20, 60)
          V("lonely", "Archive", BRACE, 100, 600, 20, 60) E("e1", "cows", "reader")
              E("e2", "reader", "herd") E("e3", "meters", "herd")
                  E("e4", "herd", "herddb") E("e5", "herd", "portal") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "boundaries");
  assert_string_equal(zone_label(ir, "cows"), "DAIRY PARLOUR");
  assert_string_equal(zone_label(ir, "reader"), "DAIRY PARLOUR");
  assert_string_equal(zone_label(ir, "herd"), "Farm office LAN");
  assert_string_equal(zone_label(ir, "herddb"), "Farm office LAN");
  assert_string_equal(zone_label(ir, "portal"), "Milk co-op");
  /* the flow from the parlour to the office crosses a boundary */
  assert_true(ir->flows[flow(ir, "reader", "herd")].n_crossed > 0);
  /* brackets are no elements, labelled or not */
  assert_false(has_element(ir, "farm"));
  assert_false(has_element(ir, "plain"));
  assert_false(has_element(ir, "lonely"));
  tmc_ir_free(ir);
}

static void test_bracket_over_a_column(void **state) {
  (void)state;
  /* turned a quarter (direction=south): the bracket over a column opens
   * downwards, the shapes under it are its zone's */
  const char *xml =
      HEAD V("top", "Quarry site", BRACE ";direction=south;", 40, 40, 300, 20)
          V("scale", "Weighbridge indicator", BOX, 60, 100, 120, 60)
              V("kiosk", "Driver kiosk", BOX, 200, 100, 120, 60)
                  V("far", "Head office ERP", CARD, 500, 100, 140, 60)
                      E("e1", "scale", "kiosk") E("e2", "kiosk", "far") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "boundaries");
  assert_string_equal(zone_label(ir, "scale"), "Quarry site");
  assert_string_equal(zone_label(ir, "kiosk"), "Quarry site");
  assert_null(zone_label(ir, "far"));
  tmc_ir_free(ir);
}

static void test_block_arrows_are_flows(void **state) {
  (void)state;
  const char *xml = HEAD V("desk", "Ticket desk app", CARD, 40, 100, 140, 60)
      V("sales", "Sales server", CARD, 300, 100, 140, 60)
          V("port", "Port authority system", BOX, 560, 100, 160, 60)
              V("gate", "Boarding gate reader", BOX, 300, 300, 140, 60)
      /* a gap of a few pixels at each end, as people leave them */
      V("a1", "sailings sold (TLS)", ARROW, 185, 110, 110, 40)
      /* pointing left: the port sends manifests back to sales */
      V("a2", "crew manifest", ARROW ";direction=west;", 445, 110, 110, 40)
      /* both ways, turned to run down the page */
      V("a3", "boarding passes", "shape=doubleArrow;whiteSpace=wrap;html=1;rotation=90;",
        305, 210, 130, 40)
      /* quiet: an arrow in the open, and one drawn on a box as an icon */
      V("a4", "growth!", ARROW, 600, 400, 100, 40) V("a5", "", ARROW, 320, 115, 40, 20)
          TAIL;
  tmc_ir *ir = drawio_analysed(xml, "boundaries");
  const tmc_flow *f = &ir->flows[flow(ir, "desk", "sales")];
  assert_string_equal(f->label, "sailings sold (TLS)");
  assert_false(f->bidirectional);
  assert_string_equal(ir->flows[flow(ir, "port", "sales")].label, "crew manifest");
  uint32_t both = flow(ir, "sales", "gate");
  (void)both;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const char *s = ir->elements[ir->flows[i].src].id,
               *t = ir->elements[ir->flows[i].dst].id;
    if (strcmp(s, "gate") == 0 || strcmp(t, "gate") == 0)
      assert_true(ir->flows[i].bidirectional);
  }
  assert_int_equal(ir->n_flows, 3);
  assert_false(has_element(ir, "a1"));
  assert_false(has_element(ir, "a2"));
  assert_false(has_element(ir, "a3"));
  tmc_ir_free(ir);
}

static void test_vendor_model_on_own_box(void **state) {
  (void)state;
  /* a parlour's lameness detector: the vendor's model file on the farm's
   * own box, replaced by the vendor's update */
  const char *xml = HEAD ZONE("shed", "Milking shed network", 200, 40, 560, 260)
      C("box", "shed", "&lt;b&gt;Gait analyser&lt;/b&gt;&lt;br&gt;vendor appliance", CARD,
        20, 40, 160, 60) C("model", "shed", "Lameness model (vendor ONNX)",
                           "shape=hexagon;whiteSpace=wrap;html=1;", 240, 40, 180,
                           60) C("cam", "shed", "Race cameras", BOX, 20, 160, 120, 60)
          V("vendor", "Supplier cloud", "shape=cloud;whiteSpace=wrap;html=1;", 820, 60,
            160, 80) E("e1", "cam", "box") LINK("e2", "box", "model", "gait clips")
              LINK("e3", "vendor", "model", "quarterly model update") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  const tmc_element *m = elem_at(ir, "model");
  assert_int_equal(m->kind, TMC_KIND_MODEL);
  assert_true(m->facts.is_asset);
  assert_true(entry_at(ir, "vendor"));
  const tmc_element *b = elem_at(ir, "box");
  assert_int_equal(b->kind, TMC_KIND_PROCESS);
  assert_false(b->facts.vendor_service);
  assert_false(m->facts.vendor_service);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_brackets_mark_rows),
      cmocka_unit_test(test_bracket_over_a_column),
      cmocka_unit_test(test_block_arrows_are_flows),
      cmocka_unit_test(test_vendor_model_on_own_box),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
