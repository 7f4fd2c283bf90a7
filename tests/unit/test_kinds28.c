/* test_kinds28.c - kinds misread by blind24 and blind26 (causes27 K), each
 * by its family, in other words and the other format, with the near misses
 * that must stay: files of keys or settings and credentials read as code
 * (K1), folders by their path (K2), devices and outside parties (K3), a
 * chat window, a vendor's method as an agent's tool, a model and a
 * historian named in other languages (K4). Wordings are this file's own. */
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

/* DOT: files named as what the box is ("tokens.yaml", "db-credentials.ini",
 * "local_settings.py", ".npmrc"), a credential heading a name ("Root
 * password"), a folder by its path, are stores. Quiet: a script named for
 * what it loads ("config_loader.py"), a loader of a settings file, a
 * step done to a password ("Reset password", "Learn password"), an API's
 * route ("/api/v2/uploads") and a source folder stay processes. */
static void test_key_files_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_vm { label=\"Shop VM\";\n"
      "  app [shape=box, label=\"Storefront (PHP 8)\"];\n"
      "  k1 [label=\"tokens.yaml\"];\n"
      "  k2 [label=\"db-credentials.ini\"];\n"
      "  k3 [label=\"local_settings.py\"];\n"
      "  k4 [label=\".npmrc\", shape=underline];\n"
      "  k5 [label=\"Root password\\n(same on every kiosk)\"];\n"
      "  f1 [label=\"/srv/shop/media/\"];\n"
      "  q1 [label=\"config_loader.py\"];\n"
      "  q2 [label=\"settings.yaml loader\"];\n"
      "  q3 [label=\"Reset password\"];\n"
      "  q4 [label=\"Learn password\"];\n"
      "  q5 [label=\"/api/v2/uploads\"];\n"
      "  q6 [label=\"src/components\"];\n"
      " }\n"
      " k1 -> app; k2 -> app; k3 -> app; k4 -> app; k5 -> app; app -> f1;\n"
      " q1 -> app; q2 -> app; q3 -> app; q4 -> q3; app -> q5; q6 -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  const char *stores[] = {"k1", "k2", "k3", "k4", "k5", "f1"};
  for (size_t i = 0; i < sizeof stores / sizeof *stores; i++)
    assert_int_equal(kind_at(ir, stores[i]), TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[elem(ir, "k1")].tech, TMC_TECH_SECRETS_VAULT);
  const char *steps[] = {"q1", "q2", "q3", "q4", "q5", "q6"};
  for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
    assert_int_equal(kind_at(ir, steps[i]), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io: a note saying a broker's password, a clip-art card with a lock
 * named a key and its certificate ("tls.key + tls.crt"), a French
 * credential, a card naming an env file with its variables. Quiet: "Rotate
 * API keys" (a job) stays a process. */
#define B(name, detail) "&lt;b&gt;" name "&lt;/b&gt;&lt;br&gt;" detail
#define NOTE "shape=note;whiteSpace=wrap;html=1;size=14;"
#define LOCK                                                                             \
  "shape=label;whiteSpace=wrap;html=1;align=left;spacingLeft=40;imageWidth=28;"          \
  "imageHeight=28;image=img/lib/clip_art/general/Lock_128x128.png;"
static void test_key_files_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Azure (West Europe)", 0, 0, 900, 300)
      C("api", "z", B("ingest-api", ".NET 8"), CARD, 20, 40, 140,
        60) C("pw", "z", B("Broker password", "same on every gateway"), NOTE, 220, 40,
              140, 60) C("pem", "z", "tls.key + tls.crt", LOCK, 420, 40, 140, 60)
          C("fr", "z", "Mot de passe SFTP", CARD, 620, 40, 140, 60)
              C("env", "z", B("prod.env", "STRIPE_KEY, DB_URL"), CARD, 20, 200, 140, 60)
                  C("rot", "z", "Rotate API keys", CARD, 220, 200, 140, 60)
                      LINK("e1", "pw", "api", "") LINK("e2", "pem", "api", "")
                          LINK("e3", "fr", "api", "") LINK("e4", "env", "api", "")
                              LINK("e5", "rot", "api", "new keys") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "pw"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "pem"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "fr"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "env"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "rot"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A key file named for the AI vendor whose key it holds is a file of
 * keys, not that vendor's model: DOT ("mistral-api.key" on a note,
 * "conf/cohere.env" on a box) and draw.io ("claude_token.json" on a card,
 * "vertex-gemini.pem" on a note). Quiet: a weights file named for its
 * model ("phi-3-mini.Q4_K_M.gguf") stays the model, and the vendor's
 * model itself stays an LLM. */
static void test_ai_vendor_key_files(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " subgraph cluster_vm { label=\"Render box\";\n"
      "  bot [label=\"Quote writer (Node 20)\"];\n"
      "  k1 [shape=note, label=\"mistral-api.key\"];\n"
      "  k2 [shape=box, label=\"conf/cohere.env\"];\n"
      "  w [shape=box, label=\"phi-3-mini.Q4_K_M.gguf\"];\n"
      " }\n"
      " llm [label=\"Mistral Large (La Plateforme)\"];\n"
      " k1 -> bot; k2 -> bot; w -> bot [label=\"weights\"];\n"
      " bot -> llm [label=\"prompt\"]; llm -> bot [label=\"draft\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "k1"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "k2"), TMC_KIND_DATA_STORE);
  assert_true(tmc_kind_is_ai(kind_at(ir, "w")));
  assert_int_equal(kind_at(ir, "llm"), TMC_KIND_LLM);
  tmc_ir_free(ir);
  static const char xml[] = HEAD ZONE("z", "Cloud Run (europe-west1)", 0, 0, 900, 300)
      C("svc", "z", B("summary-svc", "Python 3.12"), CARD, 20, 40, 140,
        60) C("t", "z", "claude_token.json", CARD, 220, 40, 140, 60)
          C("p", "z", "vertex-gemini.pem", NOTE, 420, 40, 140, 60)
              C("m", "1", "Claude 3.5 Sonnet (Anthropic API)", CARD, 620, 400, 140, 60)
                  LINK("e1", "t", "svc", "") LINK("e2", "p", "svc", "")
                      LINK("e3", "svc", "m", "prompt") LINK("e4", "m", "svc", "summary")
                          TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "t"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "p"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_LLM);
  tmc_ir_free(ir);
}

/* DOT, the outside by how the page draws it and by what devices do: a node
 * left beside the clusters in the shape the page draws its outside in
 * (hexagon), receiving only; a door code lock people type codes into; agents
 * of a trade. Quiet: with a hexagon inside a cluster the shape is no
 * legend; an AI triage agent; the code pushing codes to the lock. */
static void test_outside_and_devices_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " bank [shape=hexagon, label=\"Bank (SEPA)\"];\n"
      " led [shape=hexagon, label=\"Regional ledger office (SAP)\"];\n"
      " ppl [shape=hexagon, label=\"Members\"];\n"
      " cus [label=\"Customs agents\", shape=box];\n"
      " subgraph cluster_app { label=\"Hetzner VM\";\n"
      "  web [shape=box, label=\"Club site (Rails)\"];\n"
      "  syn [shape=box, label=\"Access sync (cron)\"];\n"
      "  tri [shape=box, label=\"Triage agent (LangGraph)\"];\n"
      " }\n"
      " subgraph cluster_site { label=\"Boathouse (LTE router)\";\n"
      "  lock [shape=box3d, label=\"Door code lock\\n(keypad + relay)\"];\n"
      "  gw [shape=box3d, label=\"Hive gateway\\nRaspberry Pi 5, LoRa\"];\n"
      "  mdl [shape=box3d, label=\"Colony health model (TFLite)\"];\n"
      " }\n"
      " th [shape=box3d, label=\"Smart thermostat (IoT)\"];\n"
      " cam [shape=box3d, label=\"Entrance camera (IoT)\"];\n"
      " bank -> web [label=\"payments\"]; ppl -> web [label=\"bookings\"];\n"
      " web -> led [label=\"invoices CSV\"]; cus -> web [label=\"clearances\"];\n"
      " web -> syn; syn -> lock [label=\"codes\"]; ppl -> lock [label=\"code\"];\n"
      " gw -> mdl [label=\"features\"]; mdl -> gw [label=\"risk score\"];\n"
      " gw -> web [label=\"readings + scores\"];\n"
      " th -> mdl [label=\"temperature\"]; mdl -> th [label=\"setpoint\"];\n"
      " cam -> mdl [label=\"frames\"]; web -> tri; tri -> web;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "led"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lock"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cus"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "th"), TMC_KIND_PROCESS);
  assert_int_not_equal(kind_at(ir, "cam"), TMC_KIND_PROCESS);
  assert_int_not_equal(kind_at(ir, "tri"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "syn"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  static const char quiet[] =
      "digraph d {\n"
      " bank [shape=hexagon, label=\"Bank (SEPA)\"];\n"
      " led [shape=hexagon, label=\"Regional ledger office (SAP)\"];\n"
      " subgraph cluster_app { label=\"Hetzner VM\";\n"
      "  web [shape=box, label=\"Club site (Rails)\"];\n"
      "  bus [shape=hexagon, label=\"Event relay\"];\n"
      " }\n"
      " bank -> web [label=\"payments\"]; web -> bus; web -> led [label=\"invoices\"];\n"
      "}\n";
  ir = analyse_with(quiet, cat, NULL);
  assert_int_equal(kind_at(ir, "led"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io: icons of one sign set share its colour; a van's terminal drawn
 * as a van sign in the colour of the drivers' sign is the system's app, no
 * legend's outside. Quiet: plain cards sharing a fill with an outside
 * party's card are still read as a legend. */
#define SIGN(s)                                                                          \
  "shape=mxgraph.signs." s ";html=1;pointerEvents=1;fillColor=#333333;strokeColor=none;" \
  "verticalLabelPosition=bottom;verticalAlign=top;align=center;"
#define SWATCH "rounded=1;whiteSpace=wrap;html=1;fillColor=#ffcccc;"
static void test_glyph_fills_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("drv", "Drivers", SIGN("people.man_1"), 20, 40, 40, 60)
      V("van", B("Van terminal", "DropLog app, barcode scanner"),
        SIGN("transportation.van_1"), 200, 40, 60,
        60) V("hub", "Parcel broker (MQTT)", CARD, 400, 40, 140, 60)
          V("svc", "Route service", CARD, 600, 40, 140, 60)
              V("db", "Parcels", DB, 600, 200, 140, 60)
                  V("ins", "Insurers", SWATCH, 20, 300, 140, 60)
                      V("clx", "Claims exchange", SWATCH, 200, 300, 140, 60)
                          V("rep", "Reports", CARD, 400, 300, 140, 60)
                              LINK("e1", "drv", "van", "PIN")
                                  LINK("e2", "van", "hub", "scans")
                                      LINK("e3", "hub", "svc", "")
                                          LINK("e4", "svc", "db", "")
                                              LINK("e5", "svc", "clx", "claims")
                                                  LINK("e6", "ins", "clx", "decisions")
                                                      LINK("e7", "db", "rep", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "drv"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "van"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "clx"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K4, DOT: a chat window drawn beside the clusters with the people who use
 * it is the system's screen; an agent's calls to a vendor's client library
 * by its methods ("stripe.refund", "zendesk.update") are its tools; a model
 * named in Icelandic is a model. Quiet: the people stay outside; a domain the plain code
 * calls
 * ("api.stripe.com") is no tool. */
static void test_front_ends_and_tools_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " ppl [shape=larrow, label=\"Caseworkers\"];\n"
      " win [shape=box, label=\"Chattfönster\\n(Slack)\"];\n"
      " llm [shape=rarrow, label=\"Claude Sonnet (Bedrock)\"];\n"
      " subgraph cluster_vm { label=\"Municipal VM\";\n"
      "  bot [shape=box, label=\"case-bot (Python agent)\"];\n"
      "  t1 [shape=box, label=\"stripe.refund\"];\n"
      "  t2 [shape=box, label=\"zendesk.update\"];\n"
      "  job [shape=box, label=\"Nightly billing\"];\n"
      "  dom [shape=box, label=\"api.stripe.com\"];\n"
      "  spa [shape=box, label=\"Spálíkan (ONNX)\"];\n"
      " }\n"
      " ppl -> win [label=\"question\"]; win -> bot; bot -> win [label=\"answer\"];\n"
      " win -> ppl;\n"
      " bot -> llm [label=\"prompt + tools\"]; llm -> bot [label=\"tool calls\"];\n"
      " bot -> t1 [label=\"tool call\"]; bot -> t2 [label=\"tool call\"];\n"
      " job -> dom [label=\"charges\"]; job -> spa [label=\"tags\"];\n"
      " spa -> job [label=\"forecast\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "win"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ppl"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "t1"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "t2"), TMC_KIND_AGENT_TOOL);
  assert_int_not_equal(kind_at(ir, "dom"), TMC_KIND_AGENT_TOOL);
  assert_int_equal(kind_at(ir, "spa"), TMC_KIND_MODEL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_key_files_dot),
      cmocka_unit_test(test_key_files_drawio),
      cmocka_unit_test(test_ai_vendor_key_files),
      cmocka_unit_test(test_outside_and_devices_dot),
      cmocka_unit_test(test_glyph_fills_drawio),
      cmocka_unit_test(test_front_ends_and_tools_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
