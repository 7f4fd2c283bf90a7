/* test_fe23.c - what fe22's drawing families took away from drawings of my
 * own, and the rules that give it back: a stencil row for a library the
 * labels used to decide (value-stream process boxes, the older Microsoft
 * servers and app hosts, phones and tablets) must let a label naming a
 * model or an LLM decide; a light store row (a UML entity lifeline's head)
 * lets label words of other kinds vote; a detail page's people and outside
 * services stay outside the linked box's zone; a device frame's caption
 * text names its zone. Each has a differently worded variant and a quiet
 * case. These families are draw.io's own (stencils, lifelines, pages), so
 * the variants are other words in draw.io, not DOT. Wordings are this
 * file's own. */
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

static uint32_t zone_of(const tmc_ir *ir, const char *id) {
  return ir->elements[elem(ir, id)].boundary;
}

#define LEAN "whiteSpace=wrap;html=1;shape=mxgraph.lean_mapping."
#define MSCAE "shadow=0;dashed=0;html=1;verticalLabelPosition=bottom;shape=mxgraph.mscae."

/* ---- value-stream maps: a process box is drawn for any step ---------------- */

static void test_lean_model_step(void **state) {
  (void)state;
  const char *xml = HEAD V("p", "Sichtprüfung (CNN-Modell)",
                           LEAN "manufacturing_process;", 200, 200, 120, 60)
      V("db", "Model: XGBoost v3, threshold 0.7", LEAN "data_box;", 200, 260, 120, 70)
          V("w", "Schweißen", LEAN "manufacturing_process;", 20, 200, 100, 60)
              V("db2", "C/T 45 s, C/O 10 min", LEAN "data_box;", 20, 260, 100, 70)
                  V("s", "Scoring of returns (fraud classifier)", LEAN "schedule;", 400,
                    20, 140, 60) LINK("f1", "w", "p", "Teile")
                      LINK("f2", "s", "p", "scores") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  /* the words name a model: the model (main read these by their words) */
  assert_int_equal(kind_at(ir, "p"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "s"), TMC_KIND_MODEL);
  /* quiet: a step and a data box that name nothing else stay as drawn */
  assert_int_equal(kind_at(ir, "w"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db2"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* ---- the older Microsoft stencils: servers and app hosts ------------------- */

static void test_mscae_hosts_keep_ai_words(void **state) {
  (void)state;
  const char *xml = HEAD V("as", "Churn model", MSCAE "cloud.app_service;", 20, 40, 50,
                           50) V("fn", "GPT-4o (Azure OpenAI)", MSCAE "cloud.functions;",
                                 200, 40, 50, 50)
      V("ws", "Modell für Empfehlungen", MSCAE "enterprise.web_server;", 400, 40, 40, 50)
          V("api", "Orders API", MSCAE "cloud.app_service;", 20, 200, 50, 50)
              V("kv", "Secrets", MSCAE "cloud.key_vault;", 200, 200, 50, 50)
                  V("u", "", MSCAE "enterprise.users;", 400, 200, 50, 50)
                      LINK("e1", "u", "api", "orders") LINK("e2", "api", "as", "features")
                          LINK("e3", "api", "fn", "prompt")
                              LINK("e4", "api", "ws", "history")
                                  LINK("e5", "kv", "api", "keys") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "as"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "fn"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "ws"), TMC_KIND_MODEL);
  /* quiet: an app host named as an API, a key vault, the users */
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "kv"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "u"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* ---- phones and tablets: whose device, and what runs on it ----------------- */

static void test_device_icon_runs_model(void **state) {
  (void)state;
  const char *xml = HEAD V("p1", "Mobile app (on-device LLM)",
                           "shape=mxgraph.android.phone2;html=1;", 20, 40, 50, 90)
      V("p2", "Kiosk (TFLite model)", "shape=mxgraph.ios.iPad;html=1;", 20, 200, 90, 70)
          V("p3", "Field tablet", "shape=mxgraph.android.tab2;html=1;", 20, 340, 90, 70)
              V("p4", "Customer phone (fraud model alerts)",
                "shape=mxgraph.office.devices.cell_phone_android_proportional;html=1;",
                20, 480, 30, 60) V("gw", "API gateway", CARD, 300, 200, 120, 60)
                  V("edge", "Edge box (Phi-3 mini LLM)", MSCAE "cloud.iot_edge;", 20, 600,
                    50, 50) LINK("e5", "edge", "gw", "summaries")
                      LINK("e1", "p1", "gw", "sync") LINK("e2", "p2", "gw", "findings")
                          LINK("e3", "p3", "gw", "readings")
                              LINK("e4", "gw", "p4", "alerts") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "p1"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "p2"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "edge"), TMC_KIND_LLM); /* an edge device's LLM */
  /* quiet: a tablet named by nothing, a phone that only receives a model's
   * alerts: a person's device */
  assert_int_equal(kind_at(ir, "p3"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "p4"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* ---- sequence diagrams: an entity head under an LLM's name --------------------- */

static void test_entity_lifeline_llm(void **state) {
  (void)state;
  const char *xml = HEAD V("ag", "Triage service", LIFE, 40, 40, 100,
                           400) C("agA", "ag", "", BAR, 45, 60, 10, 300)
      V("m", "Claude 3.5 Sonnet", LIFE "participant=umlEntity;", 200, 40, 40, 400)
          C("mA", "m", "", BAR, 15, 80, 10, 40)
              V("o", "Ollama (llama3)", LIFE "participant=umlEntity;", 300, 40, 40, 400)
                  V("b", "Bestellungen", LIFE "participant=umlEntity;", 400, 40, 40, 400)
                      LINK("e1", "agA", "mA", "prompt")
                          LINK("e2", "mA", "agA", "completion")
                              LINK("e3", "agA", "o", "summarise")
                                  LINK("e4", "agA", "b", "SELECT") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  assert_int_equal(kind_at(ir, "o"), TMC_KIND_LLM);
  /* quiet: an entity named by no other kind keeps the data it stands for */
  assert_int_equal(kind_at(ir, "b"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* ---- pages: a detail page redraws the box's surroundings too ------------------- */

#define PAGE(id, name, cells)                                                            \
  "<diagram id=\"" id "\" name=\"" name "\"><mxGraphModel><root><mxCell id=\"0\"/>"      \
  "<mxCell id=\"1\" parent=\"0\"/>" cells "</root></mxGraphModel></diagram>"
#define LINKED(id, label, page, x)                                                       \
  "<UserObject label=\"" label "\" link=\"data:page/id," page "\" id=\"" id "\">"        \
  "<mxCell style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"1\">"       \
  "<mxGeometry x=\"" #x "\" y=\"40\" width=\"120\" height=\"60\" as=\"geometry\"/>"      \
  "</mxCell></UserObject>"

static void test_detail_page_outside_stays_out(void **state) {
  (void)state;
  const char *xml =
      "<mxfile>" PAGE("p1", "Context",
                      ZONE("dc", "Bank data centre", 180, 0, 200, 160)
                          LINKED("bot", "Advice chatbot", "p2", 220)
                              V("u", "Clients", "shape=umlActor;html=1;", 20, 40, 30, 60)
                                  LINK("a", "u", "bot", "chat"))
          PAGE("p2", "Chatbot design",
               V("cl", "Bank client", "shape=umlActor;html=1;", 20, 40, 30,
                 60) V("fe", "Chat front end", CARD, 100, 40, 120,
                       60) V("orc", "Orchestrator", CARD, 280, 40, 120, 60)
                   V("web", "Public web search (Bing API)", CARD, 460, 40, 140,
                     60) V("ext", "External credit bureau", CARD, 460, 160, 140, 60)
                       LINK("b1", "cl", "fe", "messages") LINK("b2", "fe", "orc", "turn")
                           LINK("b3", "orc", "web", "query")
                               LINK("b4", "orc", "ext", "lookup")) "</mxfile>";
  tmc_ir *ir = drawio_analysed(xml, NULL);
  uint32_t z = zone_of(ir, "bot");
  assert_int_not_equal(z, TMC_NONE);
  /* the box's own parts sit in its zone (fe22) */
  assert_int_equal(zone_of(ir, "fe"), z);
  assert_int_equal(zone_of(ir, "orc"), z);
  /* the person, the public web and the outside party stay outside */
  assert_int_equal(zone_of(ir, "cl"), TMC_NONE);
  assert_int_equal(zone_of(ir, "web"), TMC_NONE);
  assert_int_equal(zone_of(ir, "ext"), TMC_NONE);
  tmc_ir_free(ir);
}

/* ---- device frames: a caption text under or over the frame names it ----------- */

static void test_device_frame_caption(void **state) {
  (void)state;
  const char *xml = HEAD V(
      "ph", "", "shape=mxgraph.android.phone2;html=1;verticalLabelPosition=bottom;", 20,
      20, 180, 340) V("cap", "Customer's Android phone", "text;html=1;", 20, 365, 180, 20)
      V("app", "Shopping app", CARD, 40, 80, 140, 50)
          V("pad", "", "shape=mxgraph.ios.iPad;html=1;", 300, 60, 300, 220)
              V("padcap", "Filialtablett", "text;html=1;", 380, 30, 120, 20)
                  V("pos", "Kassen-App", CARD, 340, 120, 120, 50)
                      V("tb", "", "shape=mxgraph.android.tab2;html=1;", 700, 20, 300, 220)
                          V("far", "Lager", "text;html=1;", 760, 400, 100, 20)
                              V("inv", "Inventory app", CARD, 740, 80, 120, 50)
                                  V("api", "Backend", CARD, 400, 500, 120, 60)
                                      LINK("e1", "app", "api", "orders")
                                          LINK("e2", "pos", "api", "sales")
                                              LINK("e3", "inv", "api", "stock") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  uint32_t z1 = zone_of(ir, "app"), z2 = zone_of(ir, "pos"), z3 = zone_of(ir, "inv");
  assert_int_not_equal(z1, TMC_NONE);
  assert_int_not_equal(z2, TMC_NONE);
  assert_int_not_equal(z3, TMC_NONE);
  assert_string_equal(ir->boundaries[z1].label, "Customer's Android phone");
  assert_string_equal(ir->boundaries[z2].label, "Filialtablett"); /* over it */
  /* quiet: a text far below a frame is no caption of it */
  assert_string_equal(ir->boundaries[z3].label, "");
  tmc_ir_free(ir);
}

/* A frame whose label (or caption) names a model or an LLM is the app it
 * draws, an element as before fe22, not a zone named after the app nor a
 * dropped frame; quiet: a frame named after its owner stays the zone. */
static void test_device_frame_names_app(void **state) {
  (void)state;
  const char *xml =
      HEAD V("ip", "FieldCam (on-device TFLite defect model)",
             "shape=mxgraph.ios.iPhone;html=1;verticalLabelPosition=bottom;", 20, 20, 180,
             340) V("cam", "Camera capture", CARD, 40, 80, 140, 50)
          V("mw", "On-device LLM (Gemini Nano)",
            "shape=mxgraph.mockup.containers.window2;html=1;verticalAlign=top;", 300, 20,
            240, 200) V("btn", "Send", "shape=mxgraph.mockup.buttons.button;html=1;", 340,
                        140, 80, 30)
              V("pad", "", "shape=mxgraph.ios.iPad;html=1;", 600, 60, 300, 220)
                  V("padcap", "Tablet der Fahrerin", "text;html=1;", 680, 285, 120, 20)
                      V("nav", "Navigation app", CARD, 640, 120, 120, 50)
                          V("api", "Backend", CARD, 400, 500, 120, 60)
                              LINK("e1", "cam", "api", "photos")
                                  LINK("e2", "btn", "api", "tap")
                                      LINK("e3", "nav", "api", "route") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "mw"), TMC_KIND_LLM);
  assert_true(elem(ir, "ip") < ir->n_elements); /* the app, an element */
  assert_int_equal(zone_of(ir, "cam"), TMC_NONE);
  uint32_t z = zone_of(ir, "nav");
  assert_int_not_equal(z, TMC_NONE);
  assert_string_equal(ir->boundaries[z].label, "Tablet der Fahrerin");
  assert_int_equal(ir->boundaries[z].trust, 0);
  tmc_ir_free(ir);
}

/* A phone frame says where an app runs, not that the system's parts beside
 * it are outside: on a page drawing no other zone the self-hosted LLM and
 * the store beside the phone stay assets, and so does the model shipped in
 * the app (the system's own copy); the app in the phone is on the
 * outside's side (an entry). Variant: a tablet frame, other words. Quiet:
 * a vendor's LLM beside it is still no asset of the system's. */
static bool asset(const tmc_ir *ir, const char *id) {
  return ir->elements[elem(ir, id)].facts.is_asset;
}

static void test_device_zone_assets(void **state) {
  (void)state;
  const char *xml = HEAD V("ph", "", "shape=mxgraph.android.phone2;html=1;", 20, 20, 180,
                           340) V("app", "Shopping app (Kotlin)", CARD, 40, 80, 140, 50)
      V("odm", "On-device recommender (TFLite model)", CARD, 40, 200, 140, 60)
          V("api", "Recommendation API", CARD, 300, 100, 140, 60)
              V("llm", "Llama 3 70B (vLLM, our GPUs)", CARD, 500, 100, 140, 60)
                  V("db", "Orders DB", DB, 500, 240, 100, 80)
                      V("oai", "OpenAI GPT-4o API", CARD, 700, 100, 140, 60)
                          LINK("e1", "app", "odm", "events")
                              LINK("e2", "app", "api", "HTTPS")
                                  LINK("e3", "api", "llm", "prompt")
                                      LINK("e4", "api", "db", "orders")
                                          LINK("e5", "api", "oai", "summaries") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_true(asset(ir, "odm"));
  assert_true(asset(ir, "llm"));
  assert_true(asset(ir, "db"));
  assert_true(ir->elements[elem(ir, "app")].facts.is_entry);
  assert_false(asset(ir, "oai")); /* quiet: the vendor's */
  tmc_ir_free(ir);
  const char *variant =
      HEAD V("tb", "", "shape=mxgraph.ios.iPad;html=1;", 20, 20, 300, 220)
          V("kiosk", "Check-in kiosk app", CARD, 60, 60, 140, 50)
              V("face", "Face matcher (Core ML)", CARD, 60, 140, 140, 50)
                  V("be", "Hotel backend", CARD, 400, 60, 140, 60)
                      V("emb", "Guest embeddings store", DB, 600, 60, 100, 80)
                          LINK("v1", "kiosk", "face", "camera frames")
                              LINK("v2", "kiosk", "be", "check-in")
                                  LINK("v3", "be", "emb", "guest vectors") TAIL;
  ir = drawio_analysed(variant, NULL);
  assert_true(asset(ir, "face"));
  assert_true(asset(ir, "emb"));
  tmc_ir_free(ir);
  /* a mockup frame a zone word keeps ("Customer device") is a device too */
  const char *mockup =
      HEAD V("fr", "Customer device",
             "shape=mxgraph.mockup.containers.marginRect2;html=1;verticalAlign=top;", 20,
             20, 200, 260) V("cmp", "Companion app", CARD, 40, 80, 140, 50)
          V("capi", "Companion API", CARD, 300, 100, 140, 60)
              V("own", "Llama 3 8B (self-hosted, vLLM)", CARD, 500, 100, 160, 60)
                  LINK("m1", "cmp", "capi", "chat") LINK("m2", "capi", "own", "prompt")
                      TAIL;
  ir = drawio_analysed(mockup, NULL);
  assert_true(asset(ir, "own"));
  assert_true(ir->elements[elem(ir, "cmp")].facts.is_entry);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lean_model_step),
      cmocka_unit_test(test_mscae_hosts_keep_ai_words),
      cmocka_unit_test(test_device_icon_runs_model),
      cmocka_unit_test(test_entity_lifeline_llm),
      cmocka_unit_test(test_detail_page_outside_stays_out),
      cmocka_unit_test(test_device_frame_caption),
      cmocka_unit_test(test_device_frame_names_app),
      cmocka_unit_test(test_device_zone_assets),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
