/* test_names.c - the name a reader sees (frontend/drawio.c's name finder and
 * passes/names.c): an icon's own label; text under, beside or on an icon; a
 * card's child cell (its first line the name, with the product line joined);
 * C4's c4Name; nothing to read at all. Each case has a differently worded
 * or drawn variant, and asserts the source and evidence, not only the text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/frontend.h"
#include "passes/passes.h"
#include "tests/unit/drawio_cells.h"

static tmc_diags diags;

#define ICON "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;"
#define CLIP "image;html=1;image=img/lib/clip_art/computers/Netbook_128x128.png;"
#define TEXT "text;html=1;align=center;"

/* Parses and runs the passes up to names. */
static tmc_ir *named(const char *text) {
  tmc_diags_free(&diags);
  memset(&diags, 0, sizeof diags);
  tmc_ir *ir = NULL;
  assert_int_equal(tmc_frontend_parse(&ir, "t.drawio", text, strlen(text), NULL, &diags),
                   0);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_analyse(ir, &po, "names", &diags), 0);
  return ir;
}

static void teardown_diags(void) {
  tmc_diags_free(&diags);
  memset(&diags, 0, sizeof diags);
}

static void test_own_label(void **state) {
  (void)state;
  tmc_ir *ir =
      named(HEAD V("a", "Amazon Kinesis&lt;br&gt;Data Streams&lt;br&gt;", ICON "html=1;",
                   10, 10, 48, 48) V("b", "Orders DB", "", 200, 10, 80, 40) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "a")), "Amazon Kinesis Data Streams");
  assert_int_equal(elem(ir, "a")->name_source, TMC_SOURCE_LABEL);
  assert_string_equal(tmc_element_name(elem(ir, "b")), "Orders DB");
  assert_int_equal(elem(ir, "b")->name_source, TMC_SOURCE_LABEL);
  tmc_ir_free(ir);
}

static void test_text_under_icon(void **state) {
  (void)state;
  /* The older templates: an empty icon and a text cell just below it. */
  tmc_ir *ir = named(HEAD V("pc", "", CLIP, 100, 100, 60, 60)
                         V("cap", "Reception PC", TEXT, 90, 165, 80, 20) TAIL);
  const tmc_element *e = elem(ir, "pc");
  assert_string_equal(tmc_element_name(e), "Reception PC");
  assert_int_equal(e->name_source, TMC_SOURCE_TEXT_CELL);
  assert_string_equal(e->name_evidence, "text cell 'cap' under it");
  assert_false(has_elem(ir, "cap")); /* the caption is not an element */
  tmc_ir_free(ir);
  /* Variant: a wider caption set further down, and a stencil icon. */
  ir = named(HEAD V("q", "", "shape=mxgraph.cisco.routers.router;", 300, 40, 40, 30)
                 V("qt", "Edge router&lt;br&gt;Branch 2", TEXT, 260, 80, 120, 30) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "q")), "Edge router Branch 2");
  assert_int_equal(elem(ir, "q")->name_source, TMC_SOURCE_TEXT_CELL);
  tmc_ir_free(ir);
}

static void test_text_beside_and_on_icon(void **state) {
  (void)state;
  tmc_ir *ir = named(HEAD V("srv", "", CLIP, 10, 10, 40, 40)
                         V("lbl", "Build server", TEXT, 56, 15, 90, 30) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "srv")), "Build server");
  assert_string_equal(elem(ir, "srv")->name_evidence, "text cell 'lbl' beside it");
  tmc_ir_free(ir);
  /* Variant: the text drawn on top of a plain box. */
  ir = named(HEAD V("box", "", "rounded=1;whiteSpace=wrap;", 10, 10, 160, 60)
                 V("t", "Payment service", TEXT, 30, 25, 120, 30) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "box")), "Payment service");
  assert_string_equal(elem(ir, "box")->name_evidence, "text cell 't' on it");
  tmc_ir_free(ir);
}

/* A caption beside a small icon that runs on well past it (a line of
 * what the icon holds) still names it: the search window holds the whole
 * text box, not only its start. Variant: icon and text inside a subnet
 * group, another icon and a wider line. */
static void test_long_text_beside_icon(void **state) {
  (void)state;
  tmc_ir *ir = named(HEAD V("vault", "",
                            "shape=mxgraph.aws4.resourceIcon;"
                            "resIcon=mxgraph.aws4.secrets_manager;",
                            10, 10, 48, 48) V("vt", "Build secrets, signing key", TEXT,
                                              64, 20, 220, 30) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "vault")), "Build secrets, signing key");
  assert_string_equal(elem(ir, "vault")->name_evidence, "text cell 'vt' beside it");
  tmc_ir_free(ir);
  ir = named(
      HEAD V("net", "Private subnet",
             "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;"
             "container=1;",
             100, 100, 600, 300)
          C("kms", "net", "", "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.kms;",
            40, 120, 60, 60) C("kt", "net", "Customer master keys for the ledger tables",
                               TEXT, 106, 135, 300, 30) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "kms")),
                      "Customer master keys for the ledger tables");
  assert_int_equal(elem(ir, "kms")->name_source, TMC_SOURCE_TEXT_CELL);
  tmc_ir_free(ir);
}

static void test_nearest_caption_wins(void **state) {
  (void)state;
  /* Two icons side by side, each with its caption under it: each gets its
   * own, not the first one both. */
  tmc_ir *ir = named(HEAD V("i1", "", CLIP, 0, 0, 50, 50) V("i2", "", CLIP, 90, 0, 50, 50)
                         V("c2", "Laptop B", TEXT, 85, 55, 60, 20)
                             V("c1", "Laptop A", TEXT, -5, 55, 60, 20) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "i1")), "Laptop A");
  assert_string_equal(tmc_element_name(elem(ir, "i2")), "Laptop B");
  tmc_ir_free(ir);
}

/* A caption set over an icon names it ("above it"), at less weight than
 * one under it: in a column of icons each captioned below, the caption
 * under the upper icon stays its own and does not name the lower one;
 * a lone PLC icon with its tag above it (a panel drawing's habit) is
 * named by it. */
static void test_caption_above_icon(void **state) {
  (void)state;
  tmc_ir *ir = named(
      HEAD V("plc", "", "shape=mxgraph.cisco.misc.programmable_logic_controller;", 100,
             100, 50, 40) V("tag", "PLC-3 filler line", TEXT, 75, 70, 100, 20) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "plc")), "PLC-3 filler line");
  assert_string_equal(elem(ir, "plc")->name_evidence, "text cell 'tag' above it");
  tmc_ir_free(ir);
  ir = named(HEAD V("u1", "", CLIP, 0, 0, 50, 50) V("t1", "Kiosk A", TEXT, -5, 52, 60, 20)
                 V("u2", "", CLIP, 0, 80, 50, 50)
                     V("t2", "Kiosk B", TEXT, -5, 132, 60, 20) TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "u1")), "Kiosk A");
  assert_string_equal(tmc_element_name(elem(ir, "u2")), "Kiosk B");
  tmc_ir_free(ir);
}

static void test_card_child_text(void **state) {
  (void)state;
  /* GCP card: an empty rounded card, a child image whose label holds the
   * name and, on a second line, the product. */
  tmc_ir *ir = named(
      HEAD V("card", "", "strokeColor=#dddddd;shadow=1;rounded=1;", 100, 100, 160, 60) C(
          "ic", "card",
          "&lt;font color=&quot;#000000&quot;&gt;Wish Lists&lt;/font&gt;&lt;br&gt;Cloud "
          "SQL",
          "shape=image;html=1;labelPosition=right;align=left;part=1;", 5, 15, 30, 30)
          V("app", "Shop", "", 400, 100, 80, 40) E("f", "app", "card") TAIL);
  const tmc_element *e = elem(ir, "card");
  assert_string_equal(tmc_element_name(e), "Wish Lists Cloud SQL");
  assert_int_equal(e->name_source, TMC_SOURCE_TEXT_CELL);
  assert_string_equal(e->name_evidence, "text cell 'ic' inside it");
  assert_false(has_elem(ir, "ic"));
  tmc_ir_free(ir);
  /* Variant: a Salesforce card, an icon, a bold title and item lines; the
   * title names it, and an edge drawn to the title reaches the card. */
  ir = named(
      HEAD V("sf", "", "rounded=1;whiteSpace=wrap;html=1;arcSize=20;", 10, 10, 200, 230)
          C("sfi", "sf", "", "part=1;shape=mxgraph.salesforce.web2;", 0, 0, 46, 46)
              C("sft", "sf", "Commerce&amp;nbsp;",
                "shape=partialRectangle;html=1;top=0;left=0;right=0;fontStyle=1;part=1;",
                60, 0, 130, 30)
                  C("sfx", "sf", "Mobile app", "text;html=1;part=1;", 60, 40, 130, 24)
                      V("api", "System APIs", "", 400, 10, 100, 40) E("g", "sft", "api")
                          TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "sf")), "Commerce");
  assert_int_equal(ir->n_flows, 1);
  assert_string_equal(ir->elements[ir->flows[0].src].id, "sf");
  assert_false(has_elem(ir, "sft"));
  tmc_ir_free(ir);
  /* Variant: a card whose labelled icons ("Training calendar") are drawn
   * before its title bar ("Service Cloud", at its top), as a diagram drawn
   * in another order has them, and an arrow to the card (a card, not a
   * zone): the title names it, the icon stays a shape of its own (it named
   * the card when it came first). */
  ir = named(HEAD V("sc", "", "rounded=1;whiteSpace=wrap;html=1;", 760, 204, 220,
                    606) C("cal", "sc", "Training calendar",
                           "verticalLabelPosition=middle;aspect=fixed;html=1;"
                           "shape=mxgraph.salesforce.learning2;",
                           24, 446, 36, 36)
                 C("pay", "sc", "Payment processor",
                   "aspect=fixed;html=1;shape=mxgraph.salesforce.integration2;", 24, 386,
                   36, 36) C("tt", "sc", "Service Cloud",
                             "shape=partialRectangle;html=1;top=0;left=0;right=0;part=1;",
                             1, 0, 130, 30) V("api", "System APIs", "", 400, 10, 100, 40)
                     E("g", "api", "sc") TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "sc")), "Service Cloud");
  assert_false(has_elem(ir, "tt"));
  assert_true(has_elem(ir, "cal"));
  tmc_ir_free(ir);
}

static void test_c4_name(void **state) {
  (void)state;
  tmc_ir *ir =
      named(HEAD "<object label=\"\" placeholders=\"1\" c4Name=\"Billing API\" "
                 "c4Type=\"Container\" id=\"c4\"><mxCell style=\"rounded=1;\" "
                 "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"200\" "
                 "height=\"100\" as=\"geometry\"/></mxCell></object>" TAIL);
  assert_string_equal(tmc_element_name(elem(ir, "c4")), "Billing API");
  assert_int_equal(elem(ir, "c4")->name_source, TMC_SOURCE_ATTRIBUTE);
  assert_string_equal(elem(ir, "c4")->name_evidence, "c4Name");
  tmc_ir_free(ir);
}

static void test_nothing_to_read(void **state) {
  (void)state;
  /* No text anywhere near: named from the icon, id beside, never the bare id. */
  tmc_ir *ir =
      named(HEAD V("22", "", CLIP, 0, 0, 60, 60) V("s3x", "", ICON, 500, 500, 48, 48)
                V("plain", "", "rounded=0;whiteSpace=wrap;", 900, 900, 80, 40)
                    V("far", "Far away note", TEXT, 2000, 2000, 80, 20) TAIL);
  const tmc_element *e = elem(ir, "22");
  assert_string_equal(tmc_element_name(e), "unnamed netbook (22)");
  assert_int_equal(e->name_source, TMC_SOURCE_ICON);
  assert_string_equal(e->name_evidence, "img/lib/clip_art/computers/Netbook_128x128.png");
  assert_string_equal(tmc_element_name(elem(ir, "s3x")), "unnamed s3 (s3x)");
  /* Variant: no icon either: its kind (a plain rectangle among icons is a
   * component: the page's convention, passes/classify.c). */
  e = elem(ir, "plain");
  assert_string_equal(tmc_element_name(e), "unnamed process (plain)");
  assert_int_equal(e->name_source, TMC_SOURCE_DEFAULT);
  assert_string_equal(e->label, ""); /* the label stays what was read */
  tmc_ir_free(ir);
}

static void test_decorations(void **state) {
  (void)state;
  /* A padlock icon on a component and a numbered badge on a flow's line are
   * annotations, not elements; a badge on nothing is dropped with a note. */
  tmc_ir *ir = named(HEAD V("web", "Web server", "rounded=1;", 0, 0, 200, 100)
                         V("lock", "", "shape=mxgraph.aws4.ssl_padlock;", 150, 10, 20, 20)
                             V("db", "Orders DB", "shape=cylinder3;", 500, 20, 60, 60)
                                 V("two", "2", "rounded=1;fontSize=22;", 340, 35, 30, 30)
                                     V("nine", "9", "ellipse;", 900, 900, 24, 24)
                                         E("f", "web", "db") TAIL);
  assert_int_equal(ir->n_elements, 2);
  const tmc_element *web = elem(ir, "web");
  assert_int_equal(web->annotations.n, 1);
  assert_string_equal(web->annotations.v[0], "padlock (mxgraph.aws4.ssl_padlock)");
  assert_int_equal(ir->flows[0].annotations.n, 1);
  assert_string_equal(ir->flows[0].annotations.v[0], "step 2");
  assert_int_equal(ir->decorations.n, 1);
  assert_string_equal(ir->decorations.v[0], "step 9 (cell nine): on nothing, dropped");
  /* The flow still joins the two components. */
  assert_string_equal(ir->elements[ir->flows[0].src].id, "web");
  assert_string_equal(ir->elements[ir->flows[0].dst].id, "db");
  tmc_ir_free(ir);
  /* Variant: a certificate stencil on a plain backdrop (both go), and a
   * badge someone drew a flow to stays an element. */
  ir = named(HEAD V("api", "Payments API", "rounded=1;", 0, 0, 300,
                    200) V("bg", "", "rounded=0;fillColor=#eeeeee;", 20, 20, 30, 30)
                 V("cert", "", "shape=mxgraph.cisco19.x509_certificate;", 25, 25, 20, 20)
                     V("3", "3", "ellipse;", 600, 0, 30, 30) E("g", "api", "3") TAIL);
  assert_false(has_elem(ir, "bg"));
  assert_false(has_elem(ir, "cert"));
  assert_string_equal(elem(ir, "api")->annotations.v[0],
                      "certificate (mxgraph.cisco19.x509_certificate)");
  assert_true(has_elem(ir, "3"));
  tmc_ir_free(ir);
}

/* Parses a DOT text and runs the passes up to names. */
static tmc_ir *named_dot(const char *text) {
  tmc_diags_free(&diags);
  memset(&diags, 0, sizeof diags);
  tmc_ir *ir = NULL;
  assert_int_equal(tmc_frontend_parse(&ir, "t.dot", text, strlen(text), NULL, &diags), 0);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_analyse(ir, &po, "names", &diags), 0);
  return ir;
}

/* A cluster named as the page's legend holds what explains the drawing (a
 * text key, a sample box and arrow): no part of the system. A "Keys" zone
 * whose vault the app reads is joined to the system and stays. */
static void test_legend_cluster(void **state) {
  (void)state;
  tmc_ir *ir =
      named_dot("digraph g {\n"
                "  web [label=\"Web app\"]; db [shape=cylinder, label=\"Orders DB\"];\n"
                "  web -> db;\n"
                "  subgraph cluster_legend { label=\"legend\";\n"
                "    k1 [shape=plaintext, label=\"dashed edge = async\\n"
                "dotted box = third party\"]; }\n"
                "}\n");
  assert_false(has_elem(ir, "k1"));
  assert_true(has_elem(ir, "web"));
  assert_int_equal(ir->decorations.n, 1);
  tmc_ir_free(ir);
  /* Variant: a "Key" cluster with a sample box and a sample arrow between
   * two boxes; the "Keys (KMS)" cluster beside it is read by the app. */
  ir = named_dot(
      "digraph g {\n"
      "  app [label=\"Billing service\"];\n"
      "  subgraph cluster_kms { label=\"Keys (KMS)\"; vault [label=\"Key vault\"]; }\n"
      "  app -> vault [label=\"decrypt\"];\n"
      "  subgraph cluster_k { label=\"Key\";\n"
      "    s1 [label=\"service\"]; s2 [shape=cylinder, label=\"store\"];\n"
      "    s1 -> s2 [style=dashed, label=\"async call\"]; }\n"
      "}\n");
  assert_false(has_elem(ir, "s1"));
  assert_false(has_elem(ir, "s2"));
  assert_true(has_elem(ir, "vault"));
  assert_int_equal(ir->n_flows, 1);
  tmc_ir_free(ir);
  /* In other languages: a Spanish "Leyenda", a Japanese "凡例" and a
   * Portuguese "Legenda" panel each hold a sample icon; a zone named
   * "Legendary Games servers" (a word that only starts like one) is a
   * zone. */
  ir = named_dot("digraph g {\n"
                 "  api [label=\"Ticket API\"]; db [shape=cylinder, label=\"Tickets\"];\n"
                 "  api -> db;\n"
                 "  subgraph cluster_es { label=\"Leyenda\"; e1 [label=\"servidor\"]; }\n"
                 "  subgraph cluster_ja { label=\"凡例\"; j1 [label=\"サーバー\"]; }\n"
                 "  subgraph cluster_pt { label=\"Legenda\"; p1 [label=\"nuvem: entidade "
                 "externa\"]; }\n"
                 "  subgraph cluster_lg { label=\"Legendary Games servers\";\n"
                 "    lobby [label=\"Lobby service\"]; }\n"
                 "  api -> lobby;\n"
                 "}\n");
  assert_false(has_elem(ir, "e1"));
  assert_false(has_elem(ir, "j1"));
  assert_false(has_elem(ir, "p1"));
  assert_true(has_elem(ir, "lobby"));
  assert_int_equal(ir->decorations.n, 3);
  tmc_ir_free(ir);
}

/* A flow from src to dst with a label and a style, for the junction test. */
#define EL(id, s, t, value, style)                                                       \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" edge=\"1\" parent=\"1\" "                                                          \
  "source=\"" s "\" target=\"" t                                                         \
  "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

/* Lines drawn through a junction (Graphviz shape=point, a draw.io waypoint
 * or a small unlabelled dot) are flows between the shapes at their far
 * ends, with both labels; the junction is no element. A point with a
 * type=, a small dot with a name, and a point lines only enter stay. */
static bool has_flow(const tmc_ir *ir, const char *src, const char *dst,
                     const char *label) {
  for (uint32_t f = 0; f < ir->n_flows; f++)
    if (strcmp(ir->elements[ir->flows[f].src].id, src) == 0 &&
        strcmp(ir->elements[ir->flows[f].dst].id, dst) == 0 &&
        strcmp(ir->flows[f].label, label) == 0)
      return true;
  return false;
}

static void test_junctions_join_lines(void **state) {
  (void)state;
  tmc_ir *ir = named_dot(
      "digraph g {\n"
      "  app [label=\"Loan app\"]; j [shape=point];\n"
      "  core [label=\"Core banking API\"]; sms [label=\"SMS gateway\"];\n"
      "  app -> j [label=\"loan requests\"]; j -> core; j -> sms [label=\"OTP\"];\n"
      "  t [shape=point, type=process, label=\"\"]; core -> t; t -> sms;\n"
      "  sink [shape=point]; core -> sink;\n"
      "}\n");
  assert_false(has_elem(ir, "j"));
  assert_true(has_elem(ir, "t"));
  assert_true(has_elem(ir, "sink"));
  assert_true(has_flow(ir, "app", "core", "loan requests"));
  assert_true(has_flow(ir, "app", "sms", "loan requests; OTP"));
  assert_false(has_flow(ir, "core", "sms", ""));
  assert_int_equal(ir->n_flows, 5);
  tmc_ir_free(ir);
  /* draw.io: a waypoint between an agent and two tools, two-way lines; a
   * 10 px dot named "Cache" stays. */
  ir = named(
      HEAD V("agent", "Planner agent", "rounded=1;", 0, 0, 120,
             60) V("w", "", "shape=waypoint;sketch=0;size=6;pointerEvents=1;", 200, 25,
                   10, 10) V("shell", "shell tool", "rounded=1;", 300, -60, 120, 60)
          V("fetch", "web fetch tool", "rounded=1;", 300, 80, 120, 60)
              EL("e1", "agent", "w", "tool calls", "startArrow=classic;endArrow=classic;")
                  EL("e2", "w", "shell", "", "startArrow=classic;endArrow=classic;")
                      EL("e3", "w", "fetch", "", "startArrow=classic;endArrow=classic;")
                          V("c", "Cache", "ellipse;", 200, 200, 10, 10)
                              EL("e4", "agent", "c", "", "")
                                  EL("e5", "c", "fetch", "", "") TAIL);
  assert_false(has_elem(ir, "w"));
  assert_true(has_elem(ir, "c"));
  assert_true(has_flow(ir, "agent", "shell", "tool calls"));
  assert_true(has_flow(ir, "agent", "fetch", "tool calls"));
  assert_false(has_flow(ir, "shell", "fetch", ""));
  assert_false(has_flow(ir, "fetch", "shell", ""));
  assert_int_equal(ir->n_flows, 4);
  tmc_ir_free(ir);
}

/* A badge near two flows' lines goes on the nearer one, whichever was drawn
 * first (it went on the first drawn within reach): the same picture drawn
 * in another order annotates the same flow. Wording 2: a padlock icon. */
static void test_decoration_on_nearest_flow(void **state) {
  (void)state;
#define ENDS                                                                             \
  V("web", "Web server", "rounded=1;", 0, 0, 100, 100)                                   \
  V("db", "Orders DB", "shape=cylinder3;", 600, 0, 100, 100)                             \
  V("a", "Batch job", "rounded=1;", 200, -200, 60, 60)                                   \
  V("b", "Audit store", "shape=cylinder3;", 200, 300, 60, 60)
  static const char *const pics[] = {
      V("four", "4", "ellipse;", 225, 40, 30, 30),
      V("lock", "", "shape=mxgraph.aws4.ssl_padlock;", 230, 45, 20, 20)};
  for (int p = 0; p < 2; p++)
    for (int o = 0; o < 2; o++) {
      char text[2000];
      /* the badge is 5 from f's line (y = 50) and 10 from g's (x = 230) */
      snprintf(text, sizeof text, "%s%s%s%s%s", HEAD ENDS, pics[p],
               o ? E("f", "web", "db") : E("g", "a", "b"),
               o ? E("g", "a", "b") : E("f", "web", "db"), TAIL);
      tmc_ir *ir = named(text);
      for (uint32_t f = 0; f < ir->n_flows; f++)
        if (ir->flows[f].annotations.n != (strcmp(ir->flows[f].id, "f") == 0))
          fail_msg("picture %d, order %d: flow %s has %zu annotations", p, o,
                   ir->flows[f].id, (size_t)ir->flows[f].annotations.n);
      tmc_ir_free(ir);
    }
#undef ENDS
}

/* An element whose page is past the IR's pages (the checker's business; a
 * pass called alone must not lose it) is neither a badge nor a pictogram:
 * the pass would never place it on a host nor list it as dropped. It stays
 * an element, and the badge on its page is handled as before. */
static void test_decorations_page_guard(void **state) {
  (void)state;
  static const char text[] = HEAD V("web", "Web server", "rounded=1;", 0, 0, 200, 100)
      V("nine", "9", "ellipse;", 900, 900, 24, 24)
          V("lock", "", "shape=mxgraph.aws4.ssl_padlock;", 950, 950, 20, 20)
              V("pic", "", ICON, 990, 990, 48, 48) TAIL;
  tmc_ir *ir = NULL;
  assert_int_equal(tmc_frontend_parse(&ir, "t.drawio", text, strlen(text), NULL, &diags),
                   0);
  assert_int_equal(ir->n_elements, 4);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, "web") != 0)
      ir->elements[i].page = ir->n_pages + 3;
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_decorations(ir, &po, &diags), 0);
  assert_int_equal(ir->n_elements, 4);
  assert_true(has_elem(ir, "nine"));
  assert_true(has_elem(ir, "lock"));
  assert_true(has_elem(ir, "pic"));
  assert_int_equal(ir->decorations.n, 0);
  tmc_ir_free(ir);
}

static int teardown(void **state) {
  (void)state;
  teardown_diags();
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_own_label, teardown),
      cmocka_unit_test_teardown(test_text_under_icon, teardown),
      cmocka_unit_test_teardown(test_text_beside_and_on_icon, teardown),
      cmocka_unit_test_teardown(test_nearest_caption_wins, teardown),
      cmocka_unit_test_teardown(test_caption_above_icon, teardown),
      cmocka_unit_test_teardown(test_long_text_beside_icon, teardown),
      cmocka_unit_test_teardown(test_card_child_text, teardown),
      cmocka_unit_test_teardown(test_c4_name, teardown),
      cmocka_unit_test_teardown(test_nothing_to_read, teardown),
      cmocka_unit_test_teardown(test_decorations, teardown),
      cmocka_unit_test_teardown(test_decoration_on_nearest_flow, teardown),
      cmocka_unit_test_teardown(test_legend_cluster, teardown),
      cmocka_unit_test_teardown(test_junctions_join_lines, teardown),
      cmocka_unit_test_teardown(test_decorations_page_guard, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
