/* test_fe25.c - draw.io families that lost elements on drawn diagrams
 * (blind23, fe25). Each case is drawn in this file's own words (other
 * products, other trades), with a quiet near-miss beside it:
 *   - a shape whose label is an HTML table (a header cell, then key/value
 *     rows) that arrows reach is a component named by its header, the rows
 *     its details; one no arrow reaches stays a note for the reader;
 *   - an unlabelled dashed frame is named by the text cell along its top
 *     edge; a text lower in the frame names nothing;
 *   - a diagram that yields no element warns, in any format. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
#include "engine_helpers.h"

static bool warned(const char *what) {
  for (uint32_t i = 0; i < diags.n; i++)
    if (diags.v[i].level == TMC_DIAG_WARNING && strstr(diags.v[i].msg, what))
      return true;
  return false;
}

/* An HTML table label as draw.io writes it in a double-quoted value: a
 * header cell spanning two columns, then key/value rows. */
#define TABLE3(head, k1, v1, k2, v2)                                                     \
  "&lt;table border=&quot;1&quot; style=&quot;width:100%;&quot;&gt;&lt;tr&gt;&lt;th "    \
  "colspan=&quot;2&quot;&gt;" head "&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;" k1       \
  "&lt;/td&gt;&lt;td&gt;" v1 "&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;" k2             \
  "&lt;/td&gt;&lt;td&gt;" v2 "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"
#define FILL "verticalAlign=top;align=left;overflow=fill;html=1;whiteSpace=wrap;"
/* A frame with no label of its own, as a dashed swimlane with no header. */
#define FRAME "swimlane;startSize=0;dashed=1;fillColor=none;html=1;container=1;"
#define TITLE "text;html=1;align=left;fontStyle=1;"

static void test_html_table_cards_are_components(void **state) {
  (void)state;
  const char *xml = HEAD V("ph",
                           TABLE3("Dispensing pharmacists", "device", "counter terminals",
                                  "login", "smart card"),
                           FILL, 20, 40, 220, 70) V("rx",
                                                    TABLE3("Prescription service", "runs",
                                                           "Spring Boot on OpenShift",
                                                           "owner", "pharmacy IT"),
                                                    FILL, 320, 40, 220, 70)
      V("db",
        TABLE3("Prescriptions database", "engine", "PostgreSQL 15", "keeps", "10 years"),
        FILL, 620, 40, 220, 70)
      /* quiet: a table of notes nothing points at */
      V("notes",
        TABLE3("Open questions", "retention", "who decides?", "backups",
               "off-site copy?"),
        FILL, 320, 300, 220, 70) LINK("f1", "ph", "rx", "dispense request")
          LINK("f2", "rx", "db", "read / update") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_int_equal(ir->n_elements, 3);
  assert_string_equal(elem_at(ir, "rx")->name_line, "Prescription service");
  assert_non_null(strstr(elem_at(ir, "rx")->detail_lines, "Spring Boot on OpenShift"));
  assert_string_equal(elem_at(ir, "db")->name_line, "Prescriptions database");
  assert_false(has_element(ir, "notes"));
  assert_int_equal(ir->n_flows, 2);
  tmc_ir_free(ir);
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(elem_at(ir, "db")->kind, TMC_KIND_DATA_STORE);
  assert_false(warned("no element read"));
  tmc_ir_free(ir);
}

/* The same card written as draw.io does with a single-quoted value (the
 * HTML's own quotes left bare), inside a frame named by its title cell. */
static void test_single_quoted_table_in_titled_frame(void **state) {
  (void)state;
  const char *xml = HEAD
      "<mxCell id=\"z\" value=\"\" style=\"" FRAME "\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"300\" y=\"20\" width=\"400\" height=\"300\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"zt\" value=\"Courier partners\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"10\" y=\"4\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      /* quiet: a note further down the frame is no title */
      "<mxCell id=\"zn\" value=\"all parcels tracked\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"10\" y=\"250\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"tr\" value='&lt;table&gt;&lt;tr&gt;&lt;th colspan=\"2\"&gt;Tracking "
      "webhook&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;auth&lt;/td&gt;&lt;td&gt;shared "
      "HMAC key&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;' style=\"" FILL "\" vertex=\"1\" "
      "parent=\"z\"><mxGeometry x=\"40\" y=\"80\" width=\"200\" height=\"60\" "
      "as=\"geometry\"/></mxCell>" V("hub", "Dispatch hub API", CARD, 20, 100, 160, 60)
          LINK("f1", "tr", "hub", "status events") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "zones");
  assert_int_equal(ir->n_elements, 2);
  const tmc_element *t = elem_at(ir, "tr");
  assert_string_equal(t->name_line, "Tracking webhook");
  assert_true(t->boundary < ir->n_boundaries);
  assert_string_equal(ir->boundaries[t->boundary].label, "Courier partners");
  assert_false(has_element(ir, "zt"));
  assert_false(has_element(ir, "zn"));
  tmc_ir_free(ir);
}

/* Quiet: a labelled frame keeps its own label; a frame whose only text sits
 * low in it stays unnamed. */
static void test_frame_titles_quiet(void **state) {
  (void)state;
  const char *xml = HEAD
      "<mxCell id=\"a\" value=\"Clinic LAN\" style=\"" FRAME
      "\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"20\" y=\"20\" width=\"300\" height=\"300\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"at\" value=\"Wi-Fi for staff\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"a\"><mxGeometry x=\"10\" y=\"4\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"ak\" value=\"Kiosk\" style=\"" CARD "\" vertex=\"1\" parent=\"a\">"
      "<mxGeometry x=\"40\" y=\"80\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"b\" value=\"\" style=\"" FRAME "\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"400\" y=\"20\" width=\"300\" height=\"300\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"bt\" value=\"patched monthly\" style=\"" TITLE "\" vertex=\"1\" "
      "parent=\"b\"><mxGeometry x=\"10\" y=\"260\" width=\"200\" height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"bk\" value=\"Booking server\" style=\"" CARD "\" vertex=\"1\" "
      "parent=\"b\"><mxGeometry x=\"40\" y=\"80\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>" LINK("f1", "ak", "bk", "booking") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "zones");
  assert_string_equal(ir->boundaries[elem_at(ir, "ak")->boundary].label, "Clinic LAN");
  assert_string_equal(ir->boundaries[elem_at(ir, "bk")->boundary].label, "");
  tmc_ir_free(ir);
}

/* A diagram with no element warns, whatever the format; one with an element
 * does not. */
static void test_no_element_warns(void **state) {
  (void)state;
  const char *xml = HEAD V(
      "n",
      TABLE3("Glossary", "PHI", "health data", "BAA", "business associate agreement"),
      FILL, 20, 20, 220, 70) TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_int_equal(ir->n_elements, 0);
  assert_true(warned("no element read"));
  tmc_ir_free(ir);
  ir = analyse_with("digraph { label=\"nothing drawn yet\" }", cat, "names");
  assert_non_null(ir);
  assert_true(warned("no element read"));
  tmc_ir_free(ir);
  /* DOT's own HTML-table label: the header row names the node */
  ir = analyse_with("digraph { w [shape=box, label=<<table><tr><td colspan=\"2\">Label "
                    "printer</td></tr><tr><td>port</td><td>9100</td></tr></table>>]; }",
                    cat, "names");
  assert_non_null(ir);
  assert_false(warned("no element read"));
  assert_string_equal(elem_at(ir, "w")->name_line, "Label printer");
  tmc_ir_free(ir);
}

/* A note an arrow points at is a file drawn as a sheet: a component (here
 * a store by its words), whichever end of the edge it is; one tied to a
 * shape by a plain anchor line (UML's comment) stays the reader's. */
#define NOTE "shape=note;size=14;whiteSpace=wrap;html=1;"
#define ANCHOR(id, s, t)                                                                 \
  "<mxCell id=\"" id "\" style=\"endArrow=none;dashed=1;html=1;\" edge=\"1\" "           \
  "parent=\"1\" source=\"" s "\" target=\"" t "\"><mxGeometry relative=\"1\" "           \
  "as=\"geometry\"/></mxCell>"
static void test_arrowed_notes_are_files(void **state) {
  (void)state;
  const char *xml = HEAD V("bot", "Ticket triage bot", CARD, 300, 100, 160, 60)
      V("cfg",
        "«artifact»&lt;br&gt;&lt;b&gt;triage-settings.json&lt;/b&gt;&lt;br&gt;help-desk "
        "token, chat signing secret",
        NOTE, 40, 100, 140, 70) V("jr", "triage journal", NOTE, 560, 100, 120, 60)
          V("rem", "Retries three times, then pages on-call", NOTE, 300, 300, 180,
            60) "<mxCell id=\"f1\" value=\"renders settings\" "
                "style=\"startArrow=classic;endArrow=none;\" "
                "edge=\"1\" parent=\"1\" source=\"cfg\" target=\"bot\"><mxGeometry "
                "relative=\"1\" as=\"geometry\"/></mxCell>" LINK(
                    "f2", "bot", "jr", "decisions") ANCHOR("a1", "rem", "bot") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(has_element(ir, "cfg"));
  assert_true(has_element(ir, "jr"));
  assert_false(has_element(ir, "rem"));
  assert_int_equal(tmc_kind_dfd(elem_at(ir, "cfg")->kind), TMC_DFD_STORE);
  assert_int_equal(tmc_kind_dfd(elem_at(ir, "jr")->kind), TMC_DFD_STORE);
  assert_int_equal(ir->n_flows, 2);
  tmc_ir_free(ir);
}

/* UML interfaces drawn on components (a lollipop, a socket) are their
 * ports: an arrow drawn to one reaches the component; a lollipop on the
 * page with no component under it is left as drawn. */
#define LOLLI "shape=providedRequiredInterface;html=1;verticalLabelPosition=bottom;"
#define SOCKET "shape=requiredInterface;html=1;verticalLabelPosition=bottom;"
#define COMP                                                                             \
  "shape=module;align=left;spacingLeft=20;verticalAlign=top;html=1;whiteSpace=wrap;"
static void test_interface_ports_belong_to_components(void **state) {
  (void)state;
  const char *xml =
      HEAD V("cl", "Claims adjusters", "shape=umlActor;html=1;", 20, 100, 30, 60)
          V("web", "«component»&lt;br&gt;&lt;b&gt;Adjuster desk&lt;/b&gt;", COMP, 120, 80,
            180, 70) C("wi", "web", "IDesk", LOLLI, 160, 20, 20, 20)
              V("svc", "«component»&lt;br&gt;&lt;b&gt;Claims engine&lt;/b&gt;", COMP, 420,
                80, 180, 70) C("si", "svc", "IClaims", LOLLI, -18, 30, 20, 20)
                  C("sr", "svc", "IRates", SOCKET, 170, 30, 20, 20)
                      V("rt", "Rate tables", DB, 700, 80, 100, 70)
                          LINK("f1", "cl", "wi", "claim edits")
                              LINK("f2", "web", "si", "claim")
                                  LINK("f3", "sr", "rt", "rate lookup") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_false(has_element(ir, "wi"));
  assert_false(has_element(ir, "si"));
  assert_false(has_element(ir, "sr"));
  (void)flow(ir, "cl", "web");
  (void)flow(ir, "web", "svc");
  (void)flow(ir, "svc", "rt");
  tmc_ir_free(ir);
}

/* Quiet: a lollipop drawn loose on the page (not a child of a component)
 * is no port of anything and stays what it was. */
static void test_loose_lollipop_quiet(void **state) {
  (void)state;
  const char *xml = HEAD V("gw", "Partner gateway", CARD, 40, 40, 160, 60)
      V("ip", "IPartnerFeed", LOLLI, 300, 60, 20, 20) LINK("f1", "gw", "ip", "feed") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_true(has_element(ir, "ip"));
  tmc_ir_free(ir);
}

/* A stock swatch worn by a person outside and by a component inside the
 * system's own drawn zone: the zone says whose the component is, and the
 * swatch is no legend. Quiet: where nothing in the system's zone wears it,
 * a box in the person's fill outside every zone still goes with them. */
#define BLUE "rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;"
#define WHITE "rounded=1;whiteSpace=wrap;html=1;"
#define IN_ZONE(id, value, style, x, y)                                                  \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"z\"><mxGeometry x=\"" #x "\" y=\"" #y "\" width=\"140\" height=\"60\" "      \
  "as=\"geometry\"/></mxCell>"
#define ESTATE(api_style)                                                                \
  HEAD V("pt", "Customers", "shape=umlActor;html=1;fillColor=#dae8fc;", 20, 100, 30,     \
         60) V("kiosk", "Lobby terminal", BLUE, 20, 300, 140, 60)                        \
      ZONE("z", "Estate office cloud (eu-north)", 300, 40, 600, 400)                     \
          IN_ZONE("api", "Lease API", api_style, 40, 60)                                 \
              IN_ZONE("db", "Lease ledger", DB, 300, 60) IN_ZONE("wk", "Rent reminders", \
                                                                 WHITE, 40, 250)         \
                  IN_ZONE("rp", "Repairs", WHITE, 300, 250)                              \
                      IN_ZONE("mq", "Payments queue", WHITE, 40, 150)                    \
                          IN_ZONE("st", "Monthly statements", WHITE, 300, 150)           \
                              LINK("f1", "pt", "api", "lease requests")                  \
                                  LINK("f2", "api", "db", "lease rows")                  \
                                      LINK("f3", "kiosk", "api", "check-in")             \
                                          LINK("f4", "wk", "db", "due dates")            \
                                              LINK("f5", "rp", "db", "repair orders")    \
                                                  LINK("f6", "api", "mq", "payments")    \
                                                      LINK("f7", "db", "st",             \
                                                           "statement rows") TAIL
static void test_fill_legend_yields_to_own_zone(void **state) {
  (void)state;
  tmc_ir *ir = drawio_analysed(ESTATE(BLUE), "classify");
  assert_int_equal(elem_at(ir, "api")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  ir = drawio_analysed(ESTATE(WHITE), "classify");
  assert_int_equal(elem_at(ir, "api")->kind, TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "kiosk")->kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A numbered badge drawn on an arrow as a shape of its own numbers the
 * step: an annotation on the flow, not part of what it carries. Quiet: a
 * number written as the edge's own text stays its label, and a word in a
 * circle on the line is label text as before. */
#define BADGE                                                                            \
  "ellipse;whiteSpace=wrap;html=1;aspect=fixed;fillColor=#333333;fontColor=#ffffff;"
#define ONLINE(id, parent, value, style)                                                 \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "connectable=\"0\" parent=\"" parent "\"><mxGeometry x=\"-0.2\" width=\"20\" "         \
  "height=\"20\" relative=\"1\" as=\"geometry\"/></mxCell>"
static bool annotated(const tmc_flow *f, const char *s) {
  for (uint32_t i = 0; i < f->annotations.n; i++)
    if (strcmp(f->annotations.v[i], s) == 0)
      return true;
  return false;
}
static void test_step_badges_on_arrows(void **state) {
  (void)state;
  const char *xml = HEAD V("a", "Order intake", CARD, 20, 40, 140, 60)
      V("b", "Picking planner", CARD, 300, 40, 140, 60)
          V("c", "Stock ledger", DB, 600, 40, 100, 70)
              V("d", "Courier portal", CARD, 300, 300, 140, 60)
                  LINK("e1", "a", "b", "order lines") ONLINE("e1b", "e1", "3", BADGE)
                      LINK("e2", "b", "c", "") ONLINE("e2b", "e2", "12", BADGE)
                          LINK("e3", "b", "d", "")
                              ONLINE("e3t", "e3", "7", "edgeLabel;html=1;")
                                  LINK("e4", "d", "c", "")
                                      ONLINE("e4w", "e4", "TLS", BADGE) TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  const tmc_flow *f = &ir->flows[flow(ir, "a", "b")];
  assert_string_equal(f->label, "order lines");
  assert_true(annotated(f, "step 3"));
  f = &ir->flows[flow(ir, "b", "c")];
  assert_string_equal(f->label, "");
  assert_true(annotated(f, "step 12"));
  f = &ir->flows[flow(ir, "b", "d")];
  assert_string_equal(f->label, "7");
  assert_false(annotated(f, "step 7"));
  assert_string_equal(ir->flows[flow(ir, "d", "c")].label, "TLS");
  tmc_ir_free(ir);
}

/* Reading HTML-table cards made a RAG page analysable, and with it a
 * maker's manuals downloaded as PDFs into an indexer that embeds them:
 * documents the model reads, not a model or engine update installed
 * (vendor_update). Worded otherwise here, in DOT: a standards body's PDFs
 * into an ingest worker that runs an embedding model. Quiet: a vendor's
 * model update downloaded the same way still is one. */
static void test_document_downloads_are_no_updates(void **state) {
  (void)state;
  static const char d[] = "digraph s {\n"
                          "  body [type=external, label=\"Standards body portal\"];\n"
                          "  subgraph cluster_c { label=\"Our cloud\";\n"
                          "    ing [label=\"Ingest worker\"];\n"
                          "    emb [type=model, label=\"Sentence embedder\"];\n"
                          "    idx [type=vector_store, label=\"Clause index\"]; }\n"
                          "  body -> ing [label=\"download of new PDFs\"];\n"
                          "  ing -> emb [label=\"embed clauses\"]; emb -> idx;\n"
                          "}\n";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  assert_false(ir->flows[flow(ir, "body", "ing")].facts.vendor_update);
  assert_false(ir->flows[flow(ir, "ing", "emb")].facts.vendor_update);
  tmc_ir_free(ir);
  static const char q[] = "digraph s {\n"
                          "  body [type=external, label=\"Engine vendor portal\"];\n"
                          "  subgraph cluster_c { label=\"Our cloud\";\n"
                          "    ing [label=\"Ingest worker\"];\n"
                          "    emb [type=model, label=\"Sentence embedder\"];\n"
                          "    idx [type=vector_store, label=\"Clause index\"]; }\n"
                          "  body -> ing [label=\"model update download\"];\n"
                          "  ing -> emb [label=\"installs\"]; emb -> idx;\n"
                          "}\n";
  ir = analyse_with(q, cat, NULL);
  assert_true(ir->flows[flow(ir, "ing", "emb")].facts.vendor_update);
  tmc_ir_free(ir);
}

/* A zone named for other organisations' services in the languages beside
 * German, French and Spanish (fjordby's Danish "leverandører"): what is
 * drawn there is theirs. Worded otherwise: Swedish in DOT, Dutch in
 * draw.io. Quiet: the system's own zone named in the same languages
 * ("Drift (intern)", "Eigen platform") keeps its components. */
static void test_party_zones_in_more_languages(void **state) {
  (void)state;
  static const char d[] =
      "digraph p {\n"
      "  subgraph cluster_own { label=\"Drift (intern)\";\n"
      "    app [shape=box, label=\"Bokningsportal\"]; }\n"
      "  subgraph cluster_ext { label=\"Externa leverantörer\"; style=dashed;\n"
      "    pay [shape=box, label=\"Swish Handel\"]; }\n"
      "  app -> pay [label=\"betalningar\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(d, cat, "classify");
  assert_int_equal(elem_at(ir, "pay")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "app")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  const char *xml = HEAD ZONE("own", "Eigen platform", 20, 20, 300, 200) ZONE(
      "ext", "Leveranciers", 400, 20, 300,
      200) "<mxCell id=\"web\" value=\"Afsprakenmodule\" style=\"" CARD "\" vertex=\"1\" "
           "parent=\"own\"><mxGeometry x=\"40\" y=\"60\" width=\"140\" height=\"60\" "
           "as=\"geometry\"/></mxCell>"
           "<mxCell id=\"sms\" value=\"Berichtenplatform\" style=\"" CARD
           "\" vertex=\"1\" "
           "parent=\"ext\"><mxGeometry x=\"40\" y=\"60\" width=\"140\" height=\"60\" "
           "as=\"geometry\"/></mxCell>" LINK("f1", "web", "sms", "herinneringen") TAIL;
  ir = drawio_analysed(xml, "classify");
  assert_int_equal(elem_at(ir, "sms")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "web")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A list card (draw.io's "List" shape: a swimlane with a stack layout whose
 * header names the component and whose rows, stacked text cells, are its
 * details) that an arrow starts or ends at, at the card or at one of its
 * rows, is a component, as an HTML-table card is; the row's arrow is the
 * card's flow. Quiet: a list no arrow touches stays a note for the reader,
 * and a pool of lanes stays a pool (its lanes fence the shapes). */
#define LIST                                                                             \
  "swimlane;fontStyle=1;childLayout=stackLayout;horizontal=1;startSize=26;"              \
  "horizontalStack=0;resizeParent=1;collapsible=1;html=1;"
#define ROW "text;strokeColor=none;fillColor=none;align=left;spacingLeft=4;html=1;"
static void test_list_cards_are_components(void **state) {
  (void)state;
  static const char xml[] = HEAD V("cl", "Claims adjusters", CARD, 0, 0, 120, 60)
      V("api", "Claims intake service", LIST, 200, 0, 180,
        104) C("api1", "api", "&#8226; Quarkus on EKS", ROW, 0, 26, 180, 26)
          C("api2", "api", "&#8226; calls the fraud model", ROW, 0, 52, 180, 26)
              C("api3", "api", "&#8226; writes claim rows", ROW, 0, 78, 180, 26)
                  V("db", "Claims database", DB, 450, 120, 120, 80)
                      V("todo", "Open questions", LIST, 450, 300, 180, 78)
                          C("todo1", "todo", "&#8226; retention?", ROW, 0, 26, 180, 26)
                              C("todo2", "todo", "&#8226; backups?", ROW, 0, 52, 180, 26)
                                  LINK("f1", "cl", "api", "claim form")
                                      LINK("f2", "api3", "db", "insert") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "names");
  assert_true(has_element(ir, "api"));
  assert_false(has_element(ir, "api1"));
  assert_false(has_element(ir, "api3"));
  assert_false(has_element(ir, "todo"));
  assert_string_equal(elem_at(ir, "api")->label, "Claims intake service");
  assert_int_equal(ir->n_flows, 2);
  bool to_db = false;
  for (uint32_t f = 0; f < ir->n_flows; f++)
    to_db |= strcmp(ir->elements[ir->flows[f].src].id, "api") == 0 &&
             strcmp(ir->elements[ir->flows[f].dst].id, "db") == 0;
  assert_true(to_db);
  tmc_ir_free(ir);
  /* a pool: a stack of lanes holding shapes fences them, as before */
  static const char pool[] =
      HEAD V("p", "Harbour authority",
             "swimlane;childLayout=stackLayout;horizontal=0;startSize=24;html=1;", 0, 0,
             600, 300) C("l1", "p", "Pilots",
                         "swimlane;horizontal=0;startSize=24;html=1;", 24, 0, 576, 150)
          C("l2", "p", "Port IT", "swimlane;horizontal=0;startSize=24;html=1;", 24, 150,
            576, 150) C("a", "l1", "Pilot tablets", CARD, 60, 40, 120, 60)
              C("b", "l2", "Booking service", CARD, 60, 40, 120, 60)
                  LINK("g1", "a", "b", "bookings") TAIL;
  ir = drawio_analysed(pool, "names");
  assert_false(has_element(ir, "p"));
  assert_true(has_element(ir, "a"));
  assert_true(has_element(ir, "b"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html_table_cards_are_components),
      cmocka_unit_test(test_single_quoted_table_in_titled_frame),
      cmocka_unit_test(test_frame_titles_quiet),
      cmocka_unit_test(test_no_element_warns),
      cmocka_unit_test(test_arrowed_notes_are_files),
      cmocka_unit_test(test_interface_ports_belong_to_components),
      cmocka_unit_test(test_loose_lollipop_quiet),
      cmocka_unit_test(test_fill_legend_yields_to_own_zone),
      cmocka_unit_test(test_step_badges_on_arrows),
      cmocka_unit_test(test_document_downloads_are_no_updates),
      cmocka_unit_test(test_party_zones_in_more_languages),
      cmocka_unit_test(test_list_cards_are_components),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
