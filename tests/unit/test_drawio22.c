/* test_drawio22.c - drawing families the draw.io front end learnt in fe22:
 * UML sequence diagrams read as data-flow diagrams (lifelines are the
 * elements, named by their head; messages to activation bars reach the
 * lifeline; combined fragments are neither zones nor elements), value-stream
 * maps (mxgraph.lean_mapping), pages linked from a box (the detail page
 * in the box's zone),
 * placeholders filled from ancestors, the older Microsoft (mscae)
 * stencils, and device frames (a phone, a browser window) drawn behind an
 * app: the app's device, a zone. Each family has a drawing, a differently worded variant
 * and a quiet case that must not change. Wordings are this file's own. */
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

/* An edge with a style and a label. */
#define ES(id, style, s, t, value)                                                       \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" edge=\"1\" parent=\"1\" "                                                          \
  "source=\"" s "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/>"       \
  "</mxCell>"
/* A message drawn between two points, connected to nothing. */
#define EP(id, style, value, x1, y1, x2, y2)                                             \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style                             \
  "\" edge=\"1\" parent=\"1\">"                                                          \
  "<mxGeometry relative=\"1\" as=\"geometry\"><mxPoint x=\"" #x1 "\" y=\"" #y1           \
  "\" as=\"sourcePoint\"/><mxPoint x=\"" #x2 "\" y=\"" #y2 "\" as=\"targetPoint\"/>"     \
  "</mxGeometry></mxCell>"

#define MSG "html=1;verticalAlign=bottom;endArrow=block;curved=0;rounded=0;"
#define REPLY                                                                            \
  "html=1;verticalAlign=bottom;endArrow=open;dashed=1;endSize=8;curved=0;rounded=0;"
#define FRAME "shape=umlFrame;whiteSpace=wrap;html=1;pointerEvents=0;"

static const char *flow_label(const tmc_ir *ir, const char *a, const char *b) {
  return ir->flows[flow(ir, a, b)].label;
}

/* ---- UML sequence diagrams -------------------------------------------------- */

/* Lifelines with activation bars inside them; an actor, a control, a
 * boundary naming a vendor and an entity; a loop fragment with its guard
 * text and an alt fragment's dashed divider. */
static void test_sequence_lifelines(void **state) {
  (void)state;
  /* two literals: one would pass the 4095 bytes C99 promises */
  const char *lifelines = HEAD V("cust", "Customer", LIFE "participant=umlActor;", 40, 40,
                                 20, 400) V("web", "Web Shop UI", LIFE, 160, 40, 100, 400)
      C("webA", "web", "", BAR, 45, 70, 10, 200)
          V("ctl", "OrderController", LIFE "participant=umlControl;", 330, 40, 40, 400)
              C("ctlA", "ctl", "", BAR, 15, 90, 10, 160) C("ctlB", "ctlA", "", BAR, 5, 20,
                                                           10, 40)
                  V("pay", "Payment Gateway (Stripe)", LIFE "participant=umlBoundary;",
                    450, 40, 50, 400)
                      V("db", "Orders", LIFE "participant=umlEntity;", 580, 40, 40, 400);
  const char *messages = V("f1", "loop", FRAME, 300, 160, 360, 130)
      V("g1", "[for each line item]", "text;html=1;align=left;", 360, 160, 120, 20)
          V("f2", "alt", FRAME, 300, 300, 360, 120)
              V("div", "", "line;strokeWidth=1;dashed=1;html=1;", 300, 360, 360, 10)
                  ES("m1", MSG, "cust", "webA", "1: submit order (card details)")
                      ES("m2", MSG, "webA", "ctlB", "2: placeOrder()")
                          ES("m3", MSG, "ctlA", "pay", "3: charge(amount, token)")
                              ES("m4", REPLY, "pay", "ctlA", "4: payment result")
                                  ES("m5", MSG, "ctlA", "db", "5: INSERT order")
                                      ES("m6", REPLY, "ctlA", "webA", "6: confirmation")
                                          TAIL;
  char xml[8192];
  snprintf(xml, sizeof xml, "%s%s", lifelines, messages);
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(ir->n_elements, 5);
  assert_false(has_element(ir, "f1"));
  assert_false(has_element(ir, "f2"));
  assert_false(has_element(ir, "webA"));
  assert_int_equal(ir->n_boundaries, 0); /* no fragment and no divider is a zone */
  assert_int_equal(kind_at(ir, "cust"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "ctl"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pay"),
                   TMC_KIND_EXTERNAL); /* its name outweighs its head */
  assert_string_equal(ir->elements[elem(ir, "ctl")].label, "OrderController");
  assert_true(ir_has_flow(ir, "cust", "web"));
  assert_true(ir_has_flow(ir, "web", "ctl")); /* a bar on a bar is the lifeline */
  assert_true(ir_has_flow(ir, "pay", "ctl")); /* the dashed reply flows back */
  assert_true(ir_has_flow(ir, "ctl", "web"));
  assert_string_equal(flow_label(ir, "ctl", "db"), "5: INSERT order");
  tmc_ir_free(ir);
}

/* Worded otherwise: bars drawn on the page over their lifelines, not inside
 * them; messages drawn point to point; Arabic and circled numbers; an opt
 * fragment whose divider is an unconnected dashed edge. */
static void test_sequence_loose_bars(void **state) {
  (void)state;
  const char *xml = HEAD V("u", "Patient", LIFE "participant=umlActor;", 40, 40, 20, 300)
      V("app", "Portail patient", LIFE, 160, 40, 100, 300) V("appA", "", BAR, 205, 100,
                                                             10, 150)
          V("ehr", "Dossier médical", LIFE "participant=umlEntity;", 360, 40, 100, 300)
              V("ehrA", "", BAR, 405, 120, 10, 60) V("o", "opt", FRAME, 140, 90, 340, 200)
                  EP("sep", "endArrow=none;dashed=1;html=1;", "", 140, 200, 480, 200)
                      ES("m1", MSG, "u", "appA", "١ طلب الموعد")
                          ES("m2", MSG, "appA", "ehrA", "① lire le dossier")
                              EP("m3", REPLY, "② dossier", 410, 170, 210, 170) TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(ir->n_elements, 3);
  assert_int_equal(ir->n_boundaries, 0);
  assert_int_equal(kind_at(ir, "u"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ehr"), TMC_KIND_DATA_STORE);
  assert_string_equal(flow_label(ir, "u", "app"), "١ طلب الموعد");
  assert_string_equal(flow_label(ir, "app", "ehr"), "① lire le dossier");
  assert_string_equal(flow_label(ir, "ehr", "app"), "② dossier");
  tmc_ir_free(ir);
  /* an entity head under a model's name is the model */
  const char *model =
      HEAD V("a", "Agent", LIFE "participant=umlControl;", 40, 40, 100, 300)
          V("m", "GPT-4o model", LIFE "participant=umlEntity;", 300, 40, 100, 300)
              ES("q", MSG, "a", "m", "1: prompt") TAIL;
  ir = drawio_analysed(model, NULL);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  tmc_ir_free(ir);
  /* an actor head weighs what a stick figure does: a system's name decides */
  const char *actor = HEAD V("p", "Kundin", LIFE "participant=umlActor;", 40, 40, 20, 300)
      V("b", "Triage-Service (GPT-4o)", LIFE "participant=umlActor;", 200, 40, 20, 300)
          V("s", "Tickets", LIFE "participant=umlEntity;", 360, 40, 40, 300)
              ES("q1", MSG, "p", "b", "1: Anfrage") ES("q2", MSG, "b", "s", "2: Ticket")
                  TAIL;
  ir = drawio_analysed(actor, NULL);
  assert_int_equal(kind_at(ir, "p"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "b"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "s"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* Quiet: a rectangle that says "loop" is a component; a narrow bar-styled
 * shape on no lifeline stays a shape; a plain line inside no fragment is
 * still a boundary line. */
static void test_sequence_quiet(void **state) {
  (void)state;
  const char *xml = HEAD V("a", "loop", CARD, 40, 40, 120, 60)
      V("b", "Scheduler", CARD, 300, 40, 120, 60) V("bar", "", BAR, 600, 40, 10, 80)
          LINK("e1", "a", "b", "jobs") LINK("e2", "b", "bar", "ticks")
              V("ln", "Internet", "line;strokeWidth=2;dashed=1;html=1;", 0, 200, 700, 10)
                  TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(has_element(ir, "a"));
  assert_true(has_element(ir, "bar"));
  assert_true(ir_has_flow(ir, "b", "bar"));
  assert_int_equal(ir->n_boundaries, 1);
  tmc_ir_free(ir);
}

/* ---- value-stream maps ------------------------------------------------------ */

#define LEAN "whiteSpace=wrap;html=1;strokeWidth=2;shape=mxgraph.lean_mapping."

static void test_lean_mapping(void **state) {
  (void)state;
  const char *xml =
      HEAD V("sup", "Lieferant Stahl GmbH", LEAN "outside_sources;", 20, 20, 100, 70)
          V("pc", "Produktionsplanung", LEAN "manufacturing_process;", 360, 20, 120,
            60) V("p1", "Stanzen", LEAN "manufacturing_process;", 200, 250, 100,
                  60) V("inv", "4600 Stk", LEAN "inventory_box;", 330, 260, 40, 40)
              V("wh", "Fertigwarenlager", LEAN "warehouse;", 600, 250, 80,
                60) V("push", "", LEAN "push_arrow;", 305, 270, 20, 10)
                  ES("e1", "shape=mxgraph.lean_mapping.electronic_info_flow_edge;html=1;",
                     "pc", "p1", "wöchentlicher Plan")
                      ES("e2", "shape=flexArrow;endArrow=classic;html=1;", "sup", "p1",
                         "Coils") ES("e3", "shape=flexArrow;endArrow=classic;html=1;",
                                     "p1", "wh", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "sup"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "p1"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "inv"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "wh"), TMC_KIND_DATA_STORE);
  assert_false(has_element(ir, "push"));
  assert_true(ir_has_flow(ir, "pc", "p1"));
  assert_true(ir_has_flow(ir, "sup", "p1")); /* a flexArrow edge is a flow */
  assert_true(ir_has_flow(ir, "p1", "wh"));
  tmc_ir_free(ir);
}

/* Worded otherwise (English, the shared process and MRP shapes); quiet: a
 * flexArrow drawn as a free shape, connected to nothing, is no element
 * and no flow of anyone's. */
static void test_lean_variant_and_quiet(void **state) {
  (void)state;
  const char *xml = HEAD V("cus", "Retail customer", LEAN "outside_sources;", 600, 20,
                           100, 70) V("erp", "MRP", LEAN "mrp_erp;", 300, 20, 70, 100)
      V("cell", "Assembly", LEAN "manufacturing_process_shared;", 300, 250, 100, 70)
          V("fifo", "", LEAN "fifo_lane;", 450, 260, 100, 50)
              ES("o", "shape=mxgraph.lean_mapping.manual_info_flow_edge;html=1;", "cus",
                 "erp", "Daily orders")
                  ES("k", "shape=flexArrow;html=1;", "cell", "fifo", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "cus"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "erp"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "cell"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "fifo"), TMC_KIND_DATA_STORE);
  assert_true(ir_has_flow(ir, "cus", "erp"));
  assert_true(ir_has_flow(ir, "cell", "fifo"));
  assert_int_equal(ir->n_flows, 2);
  tmc_ir_free(ir);
}

/* ---- pages -------------------------------------------------------------------- */

#define PAGE(id, name, cells)                                                            \
  "<diagram id=\"" id "\" name=\"" name "\"><mxGraphModel><root><mxCell id=\"0\"/>"      \
  "<mxCell id=\"1\" parent=\"0\"/>" cells "</root></mxGraphModel></diagram>"
/* A box linked to the page that details it: that page's elements sit in
 * the box's zone. Quiet: a link to a web page changes nothing. */
static void test_linked_detail_page(void **state) {
  (void)state;
  const char *xml = "<mxfile>" PAGE(
      "p1", "Overview",
      ZONE("dmz", "DMZ", 180, 0, 200, 160) V(
          "usr", "Customer", "shape=umlActor;html=1;", 20, 40, 30,
          60) "<UserObject label=\"Order portal\" link=\"data:page/id,p2\" id=\"portal\">"
              "<mxCell style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" "
              "parent=\"1\">"
              "<mxGeometry x=\"220\" y=\"40\" width=\"120\" height=\"60\" "
              "as=\"geometry\"/>"
              "</mxCell></UserObject>"
              "<UserObject label=\"Docs site\" link=\"https://example.org/p3\" "
              "id=\"docs\">"
              "<mxCell style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" "
              "parent=\"1\">"
              "<mxGeometry x=\"600\" y=\"40\" width=\"120\" height=\"60\" "
              "as=\"geometry\"/>"
              "</mxCell></UserObject>" LINK("a1", "usr", "portal", "orders"))
      PAGE("p2", "Portal detail",
           V("fe", "Web frontend", CARD, 140, 40, 120, 60)
               V("api", "Order API", CARD, 320, 40, 120, 60)
                   LINK("b1", "fe", "api", "REST"))
          PAGE("p3", "Docs", V("cms", "CMS", CARD, 140, 40, 120, 60)) "</mxfile>";
  tmc_ir *ir = drawio_analysed(xml, NULL);
  uint32_t z = ir->elements[elem(ir, "portal")].boundary;
  assert_int_not_equal(z, TMC_NONE);
  assert_int_equal(ir->elements[elem(ir, "fe")].boundary, z);
  assert_int_equal(ir->elements[elem(ir, "api")].boundary, z);
  assert_int_equal(ir->elements[elem(ir, "cms")].boundary, TMC_NONE);
  tmc_ir_free(ir);
}

/* ---- placeholders --------------------------------------------------------------- */

static void test_placeholders_from_ancestors(void **state) {
  (void)state;
  const char *xml = HEAD
      "<object label=\"%zone% network\" zone=\"Internal\" placeholders=\"1\" id=\"z\">"
      "<mxCell style=\"rounded=0;html=1;dashed=1;fillColor=none;container=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"150\" y=\"0\" width=\"400\" "
      "height=\"200\" as=\"geometry\"/></mxCell></object>"
      "<UserObject label=\"%name% (%zone%)\" name=\"Ledger\" tech=\"PostgreSQL 15\" "
      "placeholders=\"1\" id=\"led\"><mxCell style=\"shape=cylinder3;html=1;\" "
      "vertex=\"1\" parent=\"z\"><mxGeometry x=\"20\" y=\"40\" width=\"100\" "
      "height=\"80\" as=\"geometry\"/></mxCell></UserObject>"
      "<UserObject label=\"%name% [%owner%]\" name=\"Kasse\" placeholders=\"1\" "
      "id=\"k\"><mxCell style=\"rounded=1;html=1;\" vertex=\"1\" parent=\"z\">"
      "<mxGeometry x=\"200\" y=\"40\" width=\"100\" height=\"60\" as=\"geometry\"/>"
      "</mxCell></UserObject>"
      "<UserObject label=\"%name% %zone%\" name=\"Raw\" id=\"r\"><mxCell "
      "style=\"rounded=1;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"200\" "
      "y=\"120\" width=\"100\" height=\"60\" "
      "as=\"geometry\"/></mxCell></UserObject>" TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  /* the exports pass (review22, main) adds tech= as an aside where the
   * label does not say it */
  assert_string_equal(ir->elements[elem(ir, "led")].label,
                      "Ledger (Internal) (PostgreSQL 15)");
  assert_string_equal(ir->boundaries[0].label, "Internal network");
  /* a key no ancestor has stays as written, as draw.io shows it */
  assert_string_equal(ir->elements[elem(ir, "k")].label, "Kasse [%owner%]");
  /* without placeholders="1" nothing is filled */
  assert_string_equal(ir->elements[elem(ir, "r")].label, "%name% %zone%");
  tmc_ir_free(ir);
}

/* ---- older Microsoft stencils --------------------------------------------------- */

#define MSCAE "shadow=0;dashed=0;html=1;strokeColor=none;shape=mxgraph.mscae."

static void test_mscae(void **state) {
  (void)state;
  const char *xml = HEAD V("u", "", MSCAE "enterprise.users;", 20, 40, 50, 50)
      V("w", "Frontend", MSCAE "enterprise.web_server;", 200, 40, 38, 50) V(
          "a", "Auftragsdienst", MSCAE "enterprise.application_server;", 400, 40, 43, 50)
          V("d", "Kundenstamm", MSCAE "enterprise.database_generic;", 600, 40, 37, 50)
              V("i", "", MSCAE "enterprise.internet;", 100, 200, 50, 31)
                  V("f", "Belege", MSCAE "cloud.azure_storage;", 600, 200, 50, 43)
                      LINK("e1", "u", "w", "HTTPS") LINK("e2", "w", "a", "RPC")
                          LINK("e3", "a", "d", "SQL") LINK("e4", "a", "f", "PDF")
                              LINK("e5", "i", "w", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "u"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "w"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "a"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "d"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "i"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "f"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* Quiet: a server icon under a store's name is the store (machines weigh
 * 4: the words say what runs there). */
static void test_mscae_quiet(void **state) {
  (void)state;
  const char *xml =
      HEAD V("s", "PostgreSQL database", MSCAE "enterprise.server_generic;", 20, 40, 24,
             50) V("a", "API", CARD, 200, 40, 120, 60) LINK("e1", "a", "s", "SQL") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "s"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* aiids31: a Cognitive Services icon is a suite of vendor models (it weighs
 * 4, as an ML platform's icon does): a label naming an LLM decides, in the
 * older Azure set and in the Azure2 picture alike. */
static void test_cognitive_llm(void **state) {
  (void)state;
  const char *xml = HEAD V("fn", "Triage function", CARD, 20, 40, 120, 60)
      V("g", "Azure OpenAI GPT-4.1 deployment",
        "shadow=0;html=1;shape=mxgraph.azure.cognitive_services;", 300, 40, 50, 50)
          V("c", "Claude 3.5 Sonnet",
            "image;html=1;image=img/lib/azure2/ai_machine_learning/"
            "Cognitive_Services.svg;",
            300, 200, 50, 50) V("m", "Mistral Large endpoint",
                                MSCAE "cloud.cognitive_services;", 300, 300, 50, 50)
              LINK("e1", "fn", "g", "prompt") LINK("e2", "fn", "c", "prompt")
                  LINK("e3", "fn", "m", "prompt") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "g"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "c"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* Quiet: the same icons under a name that says no LLM stay a model. */
static void test_cognitive_llm_quiet(void **state) {
  (void)state;
  const char *xml = HEAD V("fn", "Intake function", CARD, 20, 40, 120, 60)
      V("f", "Face verification",
        "shadow=0;html=1;shape=mxgraph.azure.cognitive_services;", 300, 40, 50, 50)
          V("o", "Receipt reader",
            "image;html=1;image=img/lib/azure2/ai_machine_learning/"
            "Cognitive_Services.svg;",
            300, 200, 50, 50) LINK("e1", "fn", "f", "selfie")
              LINK("e2", "fn", "o", "scan") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "f"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "o"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

/* ---- device frames ---------------------------------------------------------------- */

/* A phone drawn behind an app box (not its parent) is the app's device: a
 * zone of a person's device, not an element; the browser window behind a
 * single-page app the same; a dashed rectangle behind shapes is a zone. */
static void test_device_frames(void **state) {
  (void)state;
  const char *xml =
      HEAD V("ph", "", "html=1;strokeWidth=1;shape=mxgraph.android.phone2;", 20, 20, 140,
             260) V("app", "Banking App (Kotlin)", CARD, 35, 100, 110, 60)
          V("br", "", "html=1;shape=mxgraph.mockup.containers.browserWindow;mainText=,;",
            380, 20, 260, 200) V("spa", "Admin-Konsole (SPA)", CARD, 420, 100, 140, 60)
              V("dc", "", "rounded=0;whiteSpace=wrap;html=1;dashed=1;fillColor=none;",
                400, 340, 300, 100) V("api", "Backend API", CARD, 420, 360, 140, 60)
                  LINK("x1", "app", "api", "JSON/HTTPS")
                      LINK("x2", "spa", "api", "admin calls") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_false(has_element(ir, "ph"));
  assert_false(has_element(ir, "br"));
  uint32_t b = ir->elements[elem(ir, "app")].boundary;
  assert_int_not_equal(b, TMC_NONE);
  assert_string_equal(ir->boundaries[b].id, "ph");
  assert_int_equal(ir->boundaries[b].trust, 0);
  b = ir->elements[elem(ir, "spa")].boundary;
  assert_int_not_equal(b, TMC_NONE);
  assert_string_equal(ir->boundaries[b].id, "br");
  b = ir->elements[elem(ir, "api")].boundary;
  assert_int_not_equal(b, TMC_NONE);
  assert_string_equal(ir->boundaries[b].id, "dc");
  tmc_ir_free(ir);
}

/* Worded otherwise: an iPhone behind a wallet app and its keychain.
 * Quiet: a tablet drawn small with an arrow of its own is a device element;
 * a small unlabelled icon with a badge on it stays an icon. */
static void test_device_frames_variant_and_quiet(void **state) {
  (void)state;
  const char *xml = HEAD V("ip", "", "html=1;shape=mxgraph.ios.iPhone;bgStyle=bgGreen;",
                           200, 20, 140, 260) V("w", "Wallet", CARD, 215, 80, 110, 50)
      V("kc", "Keychain", DB, 240, 170, 60, 60)
          V("tab", "Field Tablet", "shape=mxgraph.android.tab2;html=1;", 720, 100, 60, 90)
              V("srv", "", "html=1;shape=mxgraph.mscae.enterprise.server_generic;", 500,
                300, 24, 50) V("lock", "", "html=1;shape=mxgraph.mscae.enterprise.lock;",
                               504, 310, 12, 15)
                  V("big", "", "html=1;shape=mxgraph.basic.frame;", 700, 300, 200, 200)
                      V("job", "Batch job", CARD, 720, 320, 100, 50)
                          V("api", "Sync API", CARD, 500, 100, 120, 60)
                              LINK("e1", "w", "kc", "keys") LINK("e2", "w", "api", "sync")
                                  LINK("e3", "tab", "api", "readings") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_false(has_element(ir, "ip"));
  uint32_t b = ir->elements[elem(ir, "kc")].boundary;
  assert_int_not_equal(b, TMC_NONE);
  assert_string_equal(ir->boundaries[b].id, "ip");
  assert_true(has_element(ir, "tab"));
  assert_int_equal(kind_at(ir, "tab"), TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[elem(ir, "tab")].boundary, TMC_NONE);
  assert_true(has_element(ir, "srv"));
  assert_true(has_element(ir, "big")); /* not a device's frame: as drawn */
  tmc_ir_free(ir);
}

/* ---- arrows -------------------------------------------------------------------- */

/* Two heads make a two-way flow; a head only at the start flows backwards. */
static void test_arrow_heads(void **state) {
  (void)state;
  const char *xml = HEAD V("app", "Wallet app", CARD, 20, 40, 120,
                           60) V("api", "Backend API", CARD, 300, 40, 120,
                                 60) V("adm", "Admin console", CARD, 300, 200, 120, 60)
      ES("x1", "startArrow=classic;endArrow=classic;html=1;", "app", "api", "sync")
          ES("x2", "endArrow=none;startArrow=block;html=1;", "api", "adm", "admin calls")
              TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(ir->flows[flow(ir, "app", "api")].bidirectional);
  assert_true(ir_has_flow(ir, "adm", "api"));
  assert_false(ir_has_flow(ir, "api", "adm"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sequence_lifelines),
      cmocka_unit_test(test_sequence_loose_bars),
      cmocka_unit_test(test_sequence_quiet),
      cmocka_unit_test(test_lean_mapping),
      cmocka_unit_test(test_lean_variant_and_quiet),
      cmocka_unit_test(test_linked_detail_page),
      cmocka_unit_test(test_placeholders_from_ancestors),
      cmocka_unit_test(test_mscae),
      cmocka_unit_test(test_mscae_quiet),
      cmocka_unit_test(test_cognitive_llm),
      cmocka_unit_test(test_cognitive_llm_quiet),
      cmocka_unit_test(test_device_frames),
      cmocka_unit_test(test_device_frames_variant_and_quiet),
      cmocka_unit_test(test_arrow_heads),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
