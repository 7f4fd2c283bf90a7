/* test_fe30.c - what a drawing draws and what it only looks like (fe30;
 * blind27 gariep, rangitaiki, hollowfield, harlowpenn). Drawn in this file's
 * own words (a tyre depot, a village water board, a bakery, a ferry
 * operator), each with a quiet near-miss:
 *   - a text cell an arrow (a head at either end) joins to another shape is
 *     a component drawn as its name only; the dashed, unfilled rectangles
 *     drawn behind such names without being their parents are zones; a
 *     title, a free note, a text joined by a plain line, a text inside a
 *     group and a text that names the icon beside it stay text, and a filled
 *     box that arrows reach stays an element;
 *   - a layer (or any cell) written visible="0" is not drawn: its cells,
 *     their arrows and arrows drawn to them are no part of the model, and a
 *     note says so; a visible second layer is read;
 *   - OpenStack's and Cisco's stencils have rows or families; a library
 *     stencil no row names is read by the words of its name;
 *   - a DOT polygon (sides, skew, distortion) names no kind. */
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

/* A free text cell as draw.io's Text tool draws it, and a bold one. */
#define TXT                                                                              \
  "text;html=1;strokeColor=none;fillColor=none;align=center;verticalAlign=middle;"
#define BOLD "text;html=1;fontStyle=1;whiteSpace=wrap;"
/* A zone drawn behind names: dashed, unfilled, its label on top. */
#define BEHIND                                                                           \
  "rounded=1;whiteSpace=wrap;html=1;dashed=1;fillColor=none;verticalAlign=top;"

static bool noted(const char *what) {
  for (uint32_t i = 0; i < diags.n; i++)
    if (diags.v[i].level == TMC_DIAG_NOTE && strstr(diags.v[i].msg, what))
      return true;
  return false;
}

static const char *zone_of(const tmc_ir *ir, const char *id) {
  uint32_t b = elem_at(ir, id)->boundary;
  return b == TMC_NONE ? NULL : ir->boundaries[b].id;
}

static void test_names_joined_by_arrows_are_elements(void **state) {
  (void)state;
  const char *xml = HEAD V("title", "Kerbside tyre depot: booking flow",
                           "text;html=1;fontSize=18;", 20, 0, 400, 30)
      /* zones drawn first, behind the names, parents of none */
      V("depot", "Depot office (Tilburg)", BEHIND, 200, 60, 460, 360)
          V("ext", "Elsewhere",
            "rounded=0;whiteSpace=wrap;html=1;dashed=1;fillColor=none;"
            "verticalAlign=top;align=left;",
            700, 60, 220, 360)
      /* the names, in two text styles */
      V("drivers", "Drivers", TXT, 20, 120, 120, 30)
          V("booking", "Booking form&lt;br&gt;&lt;i&gt;(PHP)&lt;/i&gt;", BOLD, 240, 110,
            160, 40)
              V("agenda", "Agenda&lt;br&gt;&lt;i&gt;MariaDB: plate, phone&lt;/i&gt;",
                BOLD, 240, 260, 180, 40)
                  V("sms", "SMS gateway&lt;br&gt;&lt;i&gt;MessageBird&lt;/i&gt;", TXT,
                    740, 140, 150, 40);
  const char *quiet =
      /* quiet: a filled box arrows reach stays an element */
      V("fitter", "Fitting bay tablet",
        "rounded=0;whiteSpace=wrap;html=1;fillColor=#dae8fc;", 460, 300, 160, 60)
      /* quiet: a free note no arrow touches */
      V("note", "We draw names only; bold = ours.", TXT, 20, 460, 300, 30)
      /* quiet: a remark joined by a plain line (no head) */
      V("remark", "no backups since March", TXT, 460, 200, 160, 30)
      /* quiet: a text inside a group points at a text on the page */
      V("grp", "", "group;", 20, 520, 200, 60)
          C("author", "grp", "Author: J. de Vries", TXT, 0, 0, 200, 20)
              V("credit", "Drawn by %author%.", TXT, 260, 540, 200, 20)
      /* an unlabelled icon named by the text under it; the arrow is drawn
       * to the caption */
      V("icon", "",
        "sketch=0;outlineConnect=0;html=1;shape=mxgraph.aws4.resourceIcon;resIcon="
        "mxgraph.aws4.s3;",
        480, 100, 50, 50) V("iconname", "Invoice PDFs", TXT, 455, 152, 100, 20)
      /* the arrows, labelled and not */
      LINK("f1", "drivers", "booking", "plate, slot") LINK(
          "f2", "booking", "agenda", "insert") LINK("f3", "agenda", "sms", "reminder")
          E("f4", "agenda", "fitter") E("f5", "booking", "iconname")
              E("f6", "author",
                "credit") "<mxCell id=\"f7\" edge=\"1\" parent=\"1\" source=\"remark\" "
                          "target=\"agenda\""
                          " style=\"endArrow=none;html=1;\"><mxGeometry relative=\"1\" "
                          "as=\"geometry\"/></mxCell>" TAIL;
  char page[8192];
  snprintf(page, sizeof page, "%s%s", xml, quiet);
  tmc_ir *ir = drawio_analysed(page, "boundaries");
  static const char *const names[] = {"drivers", "booking", "agenda", "sms"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    assert_true(has_element(ir, names[i]));
  assert_string_equal(elem_at(ir, "booking")->label, "Booking form (PHP)");
  assert_true(ir_has_flow(ir, "drivers", "booking"));
  assert_true(ir_has_flow(ir, "booking", "agenda"));
  assert_true(ir_has_flow(ir, "agenda", "sms"));
  /* the names say their kind; the text style votes none */
  assert_int_not_equal(elem_at(ir, "booking")->kind_source, TMC_SOURCE_STYLE);
  assert_int_not_equal(elem_at(ir, "booking")->kind_source, TMC_SOURCE_SHAPE);
  /* the rectangles behind them are zones, not elements */
  assert_false(has_element(ir, "depot"));
  assert_false(has_element(ir, "ext"));
  assert_true(ir_has_boundary(ir, "depot"));
  assert_true(ir_has_boundary(ir, "ext"));
  assert_string_equal(zone_of(ir, "booking"), "depot");
  assert_string_equal(zone_of(ir, "sms"), "ext");
  assert_null(zone_of(ir, "drivers"));
  /* quiet */
  assert_true(has_element(ir, "fitter"));
  assert_true(ir_has_flow(ir, "agenda", "fitter"));
  assert_false(has_element(ir, "title"));
  assert_false(has_element(ir, "note"));
  assert_false(has_element(ir, "remark"));
  assert_false(has_element(ir, "credit"));
  assert_false(has_element(ir, "author"));
  assert_false(has_element(ir, "iconname"));
  assert_true(has_element(ir, "icon"));
  assert_string_equal(elem_at(ir, "icon")->label, "Invoice PDFs");
  assert_true(ir_has_flow(ir, "booking", "icon"));
  tmc_ir_free(ir);
}

/* An arrow not glued at either end, drawn from point (x1, y1) to (x2, y2). */
#define LOOSE(id, value, x1, y1, x2, y2)                                                 \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"endArrow=classic;html=1;\" "        \
  "edge=\"1\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"><mxPoint x=\"" #x1 \
  "\" y=\"" #y1 "\" as=\"sourcePoint\"/><mxPoint x=\"" #x2 "\" y=\"" #y2                 \
  "\" as=\"targetPoint\"/></mxGeometry></mxCell>"

static void test_loose_arrows_between_names(void **state) {
  (void)state;
  const char *xml = HEAD V("pickers", "Orchard pickers", TXT, 0, 0, 140, 30)
      V("sheet", "Bin tally sheet (Excel)", TXT, 300, 0, 180, 30)
          V("mail", "Co-op office mailbox", TXT, 300, 200, 180, 30)
      /* quiet: a text whose arrow points at empty space */
      V("hint", "entered by hand", TXT, 0, 200, 140, 30)
          LOOSE("l1", "bins per row", 130, 15, 310, 15)
              LOOSE("l2", "weekly", 390, 25, 390, 205) LOOSE("l3", "", 70, 215, 70, 400)
                  TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_true(has_element(ir, "pickers"));
  assert_true(has_element(ir, "sheet"));
  assert_true(has_element(ir, "mail"));
  assert_true(ir_has_flow(ir, "pickers", "sheet"));
  assert_true(ir_has_flow(ir, "sheet", "mail"));
  assert_false(has_element(ir, "hint"));
  tmc_ir_free(ir);
}

/* A layer cell: parent is the root, neither vertex nor edge. */
#define LAYER(id, name, vis)                                                             \
  "<mxCell id=\"" id "\" value=\"" name "\" parent=\"0\"" vis "/>"
/* A vertex on a layer, and an edge on one. */
#define LV(id, layer, value, style, x, y, w, h)                                          \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" vertex=\"1\" parent=\"" layer "\"><mxGeometry x=\"" #x "\" y=\"" #y                \
  "\" width=\"" #w "\" height=\"" #h "\" as=\"geometry\"/></mxCell>"
#define LE(id, layer, s, t, value)                                                       \
  "<mxCell id=\"" id "\" value=\"" value "\" edge=\"1\" parent=\"" layer                 \
  "\" source=\"" s "\" target=\"" t                                                      \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

static void test_hidden_layers_are_not_drawn(void **state) {
  (void)state;
  /* Edges first (as after "Edges to back"), the hidden layer's own edges
   * before its vertices. */
  const char *xml =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" LAYER(
          "old", "2019 setup (retired)", " visible=\"0\"")
          LAYER("ops", "Operations", " visible=\"1\"")
              LE("h1", "old", "modem", "board", "dial-up readings")
                  LE("h2", "old", "meters", "modem", "pulses")
                      LE("v1", "1", "meters", "scada", "flow, level")
                          LE("v2", "ops", "scada", "ledger", "daily totals")
                              LE("v3", "1", "scada", "modem", "legacy poll")
      /* visible layer */
      LV("meters", "1", "Village flow meters", "shape=mxgraph.cisco.misc.mau;html=1;", 0,
         100, 80, 60) LV("scada", "1", "SCADA server", CARD, 200, 100, 140, 60)
          LV("board", "1", "Water board clerk", "shape=umlActor;html=1;", 400, 260, 30,
             60)
      /* a visible second layer */
      LV("ledger", "ops", "Billing ledger", DB, 400, 100, 100, 70)
      /* hidden layer: a zone holding a modem, and a loose box */
      LV("shed", "old", "Pump shed LAN",
         "rounded=0;whiteSpace=wrap;html=1;dashed=1;"
         "fillColor=none;container=1;",
         0, 300, 300, 200) C("modem", "shed", "GSM modem", CARD, 20, 40, 120, 60)
          LV("fax", "old", "Fax inbox", CARD, 600, 300, 100, 60) TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_true(has_element(ir, "meters"));
  assert_true(has_element(ir, "scada"));
  assert_true(has_element(ir, "board"));
  assert_true(has_element(ir, "ledger"));
  assert_true(ir_has_flow(ir, "meters", "scada"));
  assert_true(ir_has_flow(ir, "scada", "ledger"));
  assert_false(has_element(ir, "modem"));
  assert_false(has_element(ir, "fax"));
  assert_false(ir_has_boundary(ir, "shed"));
  assert_false(has_element(ir, "shed"));
  assert_int_equal(ir->n_flows, 2);
  assert_true(noted("layer '2019 setup (retired)' (id old) is hidden"));
  assert_true(noted("3 shapes and 3 arrows are not read"));
  assert_false(noted("Operations"));
  tmc_ir_free(ir);
}

/* A library icon with its label under it. */
#define ICON(shape)                                                                      \
  "shape=" shape ";html=1;verticalLabelPosition=bottom;verticalAlign=top;"

static void test_openstack_and_cisco_stencils(void **state) {
  (void)state;
  const char *xml = HEAD ZONE("proj", "OpenStack project: bakery", 0, 0, 900, 400)
      /* names that say nothing: the icon says */
      C("worker", "proj", "Kneader", ICON("mxgraph.openstack.nova_server"), 40, 60, 60,
        60) C("crumbs", "proj", "Crumbs", ICON("mxgraph.openstack.swift_container"), 240,
              60, 60, 60)
          C("flour", "proj", "Flour", ICON("mxgraph.openstack.swift"), 440, 60, 60, 60)
              C("yeast", "proj", "Yeast",
                "image;html=1;image=img/lib/openstack/os__swift__container.svg;", 640, 60,
                60, 60) C("disk", "proj", "Proofing",
                          ICON("mxgraph.openstack.cinder_volume"), 40, 240, 60, 60)
      /* quiet: a model's words decide on a container or a VM */
      C("weights", "proj", "Crust-colour model (ONNX weights)",
        ICON("mxgraph.openstack.swift"), 240, 240, 60, 60)
          C("llm", "proj", "Llama 3.1 8B (vLLM)", ICON("mxgraph.openstack.nova_server"),
            440, 240, 60, 60);
  const char *cisco =
      /* Cisco: families, and a stencil no row names read by its name */
      C("cam", "proj", "Oven door", ICON("mxgraph.cisco.misc.ip_webcam"), 640, 240, 60,
        60) V("rtr", "Shop edge", ICON("mxgraph.cisco.routers.service_router"), 200, 500,
              60, 60)
          V("tape", "Nightly", ICON("mxgraph.cisco.storage.tape_array"), 400, 500, 60, 60)
              V("phone", "Order line", ICON("mxgraph.cisco.modems_and_phones.softphone"),
                600, 500, 60, 60)
      /* quiet: a grab-bag stencil whose name says nothing stays unknown */
      C("mau", "proj", "Counter", ICON("mxgraph.cisco.misc.mau"), 800, 300, 60, 60)
          LINK("a", "cam", "worker", "photos") LINK("b", "worker", "crumbs", "put")
              LINK("c", "worker", "flour", "put") LINK("d", "worker", "yeast", "put")
                  LINK("e", "worker", "disk", "scratch")
                      LINK("f", "weights", "worker", "load")
                          LINK("g", "worker", "llm", "prompt")
                              LINK("h", "rtr", "worker", "orders")
                                  LINK("i", "worker", "tape", "backup")
                                      LINK("j", "phone", "rtr", "calls")
                                          LINK("k", "mau", "rtr", "sales") TAIL;
  char page[8192];
  snprintf(page, sizeof page, "%s%s", xml, cisco);
  tmc_ir *ir = drawio_analysed(page, "classify");
  assert_int_equal(elem_at(ir, "worker")->kind, TMC_KIND_PROCESS);
  assert_string_equal(elem_at(ir, "worker")->tech_evidence,
                      "mxgraph.openstack.nova_server");
  static const char *const stores[] = {"crumbs", "flour", "yeast", "disk", "tape"};
  for (size_t i = 0; i < sizeof stores / sizeof *stores; i++)
    assert_int_equal(tmc_kind_dfd(elem_at(ir, stores[i])->kind), TMC_DFD_STORE);
  assert_int_equal(elem_at(ir, "weights")->kind, TMC_KIND_MODEL);
  assert_int_equal(elem_at(ir, "llm")->kind, TMC_KIND_LLM);
  assert_int_equal(elem_at(ir, "cam")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "cam")->kind_source, TMC_SOURCE_ICON);
  assert_int_equal(elem_at(ir, "rtr")->kind, TMC_KIND_PROCESS);
  assert_string_equal(elem_at(ir, "rtr")->kind_evidence, "mxgraph.cisco.routers.*");
  assert_string_equal(elem_at(ir, "tape")->kind_evidence, "mxgraph.cisco.storage.*");
  assert_int_equal(elem_at(ir, "phone")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "mau")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "mau")->kind_source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);

  /* The lookups: OpenStack's plumbing is an annotation, its family only
   * under mxgraph.openstack; a stencil's own name is read only for a
   * library stencil. */
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  tmc_stencil st;
  assert_true(tmc_lexicon_stencil(lx, "mxgraph.openstack.neutron_floatingip", &st));
  assert_true(st.decoration);
  assert_false(tmc_lexicon_stencil(lx, "mxgraph.openstackx.nova_server", &st));
  tmc_kind k;
  const char *w;
  char file[96];
  assert_true(tmc_lexicon_image_word(lx, "shape=mxgraph.acme.cctv_camera;html=1;", &k, &w,
                                     file, sizeof file));
  assert_int_equal(k, TMC_KIND_EXTERNAL);
  assert_string_equal(file, "mxgraph.acme.cctv_camera");
  assert_false(
      tmc_lexicon_image_word(lx, "shape=camera_box;html=1;", &k, &w, file, sizeof file));
  assert_false(tmc_lexicon_image_word(lx, "shape=mxgraph.acme.;html=1;", &k, &w, file,
                                      sizeof file));
  /* quiet: a library's names say "server" or "office" of anything: only
   * the stencil words are read, not an icon file's */
  assert_false(tmc_lexicon_image_word(lx, "shape=mxgraph.acme.office_server;", &k, &w,
                                      file, sizeof file));
  assert_true(tmc_lexicon_image_word(lx, "image=img/clipart/office_server.png;", &k, &w,
                                     file, sizeof file));
}

static void test_dot_polygons_name_no_kind(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse_with("digraph ferry {\n"
                   "  node [shape=polygon];\n"
                   "  deckhands [label=\"Foot passengers\", sides=4, distortion=0.5];\n"
                   "  gate [label=\"Boarding gate\", sides=6, peripheries=2];\n"
                   "  tally [label=\"Tally\", sides=4, skew=0.4];\n"
                   "  buoy [label=\"Buoy feed\", sides=3, orientation=180];\n"
                   "  ticketdb [label=\"Ticket database\", sides=4, skew=-0.3];\n"
                   "  deckhands -> gate; buoy -> gate; gate -> tally; gate -> ticketdb;\n"
                   "}\n",
                   cat, "classify");
  assert_non_null(ir);
  static const char *const ids[] = {"deckhands", "gate", "tally", "buoy", "ticketdb"};
  for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
    const tmc_element *e = elem_at(ir, ids[i]);
    assert_int_not_equal(e->kind_source, TMC_SOURCE_SHAPE);
    assert_int_equal(e->shape_source, TMC_SOURCE_NONE);
  }
  /* the words decide; where they say nothing, the default */
  assert_int_equal(elem_at(ir, "ticketdb")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "deckhands")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "tally")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "tally")->kind_source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_names_joined_by_arrows_are_elements),
      cmocka_unit_test(test_loose_arrows_between_names),
      cmocka_unit_test(test_hidden_layers_are_not_drawn),
      cmocka_unit_test(test_openstack_and_cisco_stencils),
      cmocka_unit_test(test_dot_polygons_name_no_kind),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
