/* test_paths33.c - attack paths of blind28's families (paths33).
 *
 * A: a sensor's readings steer a classic model of the system's own, and
 * the rules code that acts on its verdict switches a device in the field
 * (frost fans, aerators, exhaust fans): evasion of the model through the
 * sensor, the device left idle (deny_service, TMC-PATH-042: AML.T0041 at
 * the sensor, AML.T0015 at the model, AML.T0048 on to the device), not a
 * flood of orders (TMC-PATH-027). Worded unlike blind28 tallowmere (row
 * probes on LoRaWAN, a frost scorer, a fan vendor's cloud), in DOT and
 * draw.io; quiet: the rules feed a dashboard, no device; a liveness probe
 * (no field radio) is no sensor.
 *
 * B: an image pulled by a tag that moves (":latest" straight after a colon,
 * on the source or the flow) into what runs a model is pulls_image, and a
 * source no registry word names (another language, a bare host) starts the
 * backdoored model chain (TMC-PATH-003: AML.T0010.004, AML.T0018.000).
 * Worded unlike blind28 moelwyn (a Welsh vendor registry, a Jetson in a
 * shed), in DOT and draw.io; quiet: a fixed version tag.
 *
 * D: the code that gets an LLM's answer posts it to a channel that
 * broadcasts to many people (publishing: a WhatsApp channel, a mailing
 * list), nobody reviewing it: a third party's feed steers what every
 * reader is told (act_through_agent, TMC-PATH-005, AML.T0048.003 at the
 * channel). Worded unlike blind28 illanova (Galician, a Telegram channel);
 * quiet: a chat bot answering one person on the same app.
 *
 * E: a feed others publish to (an RSS or Atom feed: publishes) that code
 * fetches, keeps and hands to a model billed per call: an oversized or
 * endless item runs up the bill or stalls the call (deny_service,
 * TMC-PATH-043, AML.T0034 at the code that calls the model). Worded unlike
 * blind28 illanova (a Galician official gazette's RSS); quiet: an office
 * that sends the same notices, named by no feed word.
 *
 * C: a store whose label lists a key file's type (".pfx", "p12") and a
 * password in a South Slavic language keeps keys (keys_listed): a path
 * there steals credentials, not data. Worded unlike blind28 mirna (a
 * Croatian fiscal certificate); quiet: an archive of receipts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* A fish farm in DOT: oxygen probes in the ponds report through a
 * gateway; a forecast model reads the readings; rules switch the aerators
 * (or, quiet, only post to a dashboard) on the model's forecast. */
static const char *fish_farm(const char *device, const char *device_words) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  probes [label=\"Dissolved oxygen probes (Zigbee, ponds 1-12)\", "
           "shape=ellipse];\n"
           "  subgraph cluster_f { label=\"Farm server\";\n"
           "    gw [label=\"Telemetry ingest\"];\n"
           "    rd [label=\"Pond readings (TimescaleDB)\", shape=cylinder];\n"
           "    fc [label=\"Oxygen forecast\", type=model];\n"
           "    rules [label=\"Aeration rules (forecast < 4 mg/l => on)\"]; }\n"
           "  %s [label=\"%s\", shape=box3d];\n"
           "  probes -> gw [label=\"readings\"];\n"
           "  gw -> rd [label=\"insert\"];\n"
           "  rd -> fc [label=\"last 6 h\"];\n"
           "  fc -> rules [label=\"forecast minimum\"];\n"
           "  rules -> %s [label=\"switch\"];\n"
           "}\n",
           device, device_words, device);
  return buf;
}

static void test_sensor_evades_model_rules_drive_device_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(fish_farm("aer", "Paddlewheel aerator pumps"));
  assert_true(ir->elements[el(ir, "probes")].facts.sensor);
  assert_true(ir->elements[el(ir, "aer")].facts.actuator);
  assert_true(path_of(ir, "probes", "aer", "TMC-PATH-042"));
  assert_false(path_of(ir, "probes", "aer", "TMC-PATH-027"));
  assert_true(
      hop_names(ir, "probes", "aer", "deny_service", "probes", "AML.T0041", NULL));
  assert_true(hop_names(ir, "probes", "aer", "deny_service", "fc", "AML.T0015", NULL));
  assert_true(hop_names(ir, "probes", "aer", "deny_service", "aer", "AML.T0048", NULL));
  tmc_ir_free(ir);
  /* quiet: the rules only post to a dashboard people read */
  ir = analysed(fish_farm("dash", "Farm dashboard"));
  assert_false(ir->elements[el(ir, "dash")].facts.actuator);
  assert_false(path_of(ir, "probes", "dash", "TMC-PATH-042"));
  tmc_ir_free(ir);
  /* quiet: a probe on no field radio or bus is software's (a liveness
   * probe), no sensor */
  ir = analysed("digraph g { subgraph cluster_k { label=\"GKE\"; api [label=\"Orders "
                "API\"]; lp [label=\"Liveness probe (kubelet)\"]; }\n"
                "  lp -> api [label=\"GET /healthz\"]; }\n");
  assert_false(ir->elements[el(ir, "lp")].facts.sensor);
  assert_false(ir->elements[el(ir, "lp")].facts.field_device);
  tmc_ir_free(ir);
}

/* The same on draw.io: a dairy barn's temperature sensors, a heat-stress
 * model, ventilation rules and the exhaust fans they run (quiet: a shift
 * report mailer instead of the fans). */
#define BARN(dev, dev_words)                                                             \
  HEAD ZONE("z", "Barn office PC", 300, 0, 900, 400)                                     \
      V("s", "Barn temperature sensors", "ellipse;whiteSpace=wrap;html=1;", 0, 100, 80,  \
        60) C("ing", "z", "Sensor collector (Node-RED)", CARD, 20, 40, 160, 60)          \
          C("db", "z", "Climate history (InfluxDB)", DB, 220, 40, 140, 60)               \
              C("m", "z", "Heat stress model (XGBoost)", CARD, 420, 40, 160, 60)         \
                  C("r", "z", "Ventilation rules", CARD, 620, 40, 160, 60)               \
                      V(dev, dev_words, "whiteSpace=wrap;html=1;", 1300, 100, 120, 60)   \
                          LINK("e1", "s", "ing", "temperature, humidity")                \
                              LINK("e2", "ing", "db", "write")                           \
                                  LINK("e3", "db", "m", "latest hour")                   \
                                      LINK("e4", "m", "r", "predicted THI")              \
                                          LINK("e5", "r", dev, "on / off") TAIL

static void test_sensor_evades_model_rules_drive_device_drawio(void **state) {
  (void)state;
  static const char *xml = BARN("fans", "Tunnel exhaust fans (barn 2)");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(tmc_kind_is(ir->elements[el(ir, "m")].kind, TMC_KIND_MODEL));
  assert_true(ir->elements[el(ir, "fans")].facts.actuator);
  assert_true(path_of(ir, "s", "fans", "TMC-PATH-042"));
  assert_true(hop_names(ir, "s", "fans", "deny_service", "m", "AML.T0015", NULL));
  tmc_ir_free(ir);
  static const char *quiet = BARN("mail", "Shift report mailer");
  ir = analysed_as("t.drawio", quiet);
  assert_false(path_of(ir, "s", "mail", "TMC-PATH-042"));
  tmc_ir_free(ir);
}
#undef BARN

/* A bakery's defect detector in DOT: the supplier's image host (named by
 * no registry word) is pulled monthly by the edge box that runs the
 * detector; the tag on the source moves (":latest") or, quiet, is fixed. */
static const char *bakery(const char *source) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  sup [label=\"%s\", shape=box3d];\n"
           "  cam [label=\"Line camera\", shape=ellipse];\n"
           "  subgraph cluster_b { label=\"Bakery line\";\n"
           "    box [label=\"Edge inference box\"];\n"
           "    det [label=\"Crust defect detector (ONNX)\", type=model];\n"
           "    qa [label=\"Rejects table\", shape=cylinder]; }\n"
           "  sup -> box [label=\"pulled monthly\"];\n"
           "  cam -> box [label=\"frames\"];\n"
           "  box -> det [label=\"frames\", dir=both];\n"
           "  box -> qa [label=\"rejects\"];\n"
           "}\n",
           source);
  return buf;
}

static void test_image_tag_that_moves_is_pulled_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(bakery("Supplier images (crustnet:latest)"));
  assert_true(path_of(ir, "sup", "det", "TMC-PATH-003"));
  assert_true(hop_names(ir, "sup", "det", "tamper_model", "sup", "AML.T0010.004", NULL));
  assert_true(hop_names(ir, "sup", "det", "tamper_model", "det", "AML.T0018", NULL));
  tmc_ir_free(ir);
  /* quiet: a fixed version, and a colon before a word that is no tag */
  ir = analysed(bakery("Supplier images (crustnet:2.4.1)"));
  assert_false(path_of(ir, "sup", "det", "TMC-PATH-003"));
  tmc_ir_free(ir);
  ir = analysed(bakery("Supplier images (note: latest build)"));
  assert_false(path_of(ir, "sup", "det", "TMC-PATH-003"));
  tmc_ir_free(ir);
}

/* The same on draw.io, in German, the tag on the flow: a vendor's
 * "Ablage" sends a new image to the sorting box that runs the model. */
#define SORTER(pull)                                                                     \
  HEAD ZONE("z", "Sortieranlage", 300, 0, 900, 400)                                      \
      V("v", "Ablage des Herstellers", "ellipse;shape=cloud;whiteSpace=wrap;html=1;", 0, \
        100, 120, 80) C("b", "z", "Sortierrechner", CARD, 20, 40, 160, 60)               \
          C("m", "z", "Sortier-Modell (ONNX, YOLO)", CARD, 220, 40, 160, 60)             \
              LINK("e1", "v", "b", pull) LINK("e2", "b", "m", "Bilder")                  \
                  LINK("e3", "m", "b", "Klasse") TAIL

static void test_image_tag_that_moves_is_pulled_drawio(void **state) {
  (void)state;
  static const char *xml = SORTER("neues Abbild sorter:latest");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(tmc_kind_is(ir->elements[el(ir, "m")].kind, TMC_KIND_MODEL));
  assert_true(ir->flows[0].facts.pulls_image);
  assert_true(path_of(ir, "v", "m", "TMC-PATH-003"));
  tmc_ir_free(ir);
  static const char *quiet = SORTER("neues Abbild sorter:3.1");
  ir = analysed_as("t.drawio", quiet);
  assert_false(ir->flows[0].facts.pulls_image);
  assert_false(path_of(ir, "v", "m", "TMC-PATH-003"));
  tmc_ir_free(ir);
}
#undef SORTER

/* A town's water notices in DOT: a lab's results feed is summarised by an
 * LLM and the code posts the summary to a WhatsApp channel (quiet: to a
 * WhatsApp chat bot that answers one resident). */
static const char *notices(const char *channel) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  lab [label=\"County lab results feed (CSV over SFTP)\", shape=box3d];\n"
           "  subgraph cluster_t { label=\"Town hall server\";\n"
           "    fetch [label=\"Nightly fetcher\"];\n"
           "    res [label=\"Results (SQLite)\", shape=cylinder];\n"
           "    writer [label=\"Notice writer (Python)\"]; }\n"
           "  llm [label=\"GPT-4o mini (OpenAI API)\"];\n"
           "  chan [label=\"%s\", shape=box3d];\n"
           "  lab -> fetch [label=\"results\"];\n"
           "  fetch -> res;\n"
           "  res -> writer;\n"
           "  writer -> llm [label=\"results + instructions\"];\n"
           "  llm -> writer [label=\"notice text\"];\n"
           "  writer -> chan [label=\"post, no review\"];\n"
           "}\n",
           channel);
  return buf;
}

static void test_model_text_broadcast_to_a_channel_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(notices("WhatsApp channel (town notices)"));
  assert_true(ir->elements[el(ir, "chan")].facts.publishing);
  assert_true(path_of(ir, "lab", "chan", "TMC-PATH-005"));
  assert_true(
      hop_names(ir, "lab", "chan", "act_through_agent", "chan", "AML.T0048.003", NULL));
  tmc_ir_free(ir);
  /* quiet: a chat bot on the same app answers one resident at a time */
  ir = analysed(notices("WhatsApp chat bot (residents ask)"));
  assert_false(ir->elements[el(ir, "chan")].facts.publishing);
  assert_false(
      hop_names(ir, "lab", "chan", "act_through_agent", "chan", "AML.T0048.003", NULL));
  tmc_ir_free(ir);
}

/* The same on draw.io: a club's race results feed, a summary by a hosted
 * model, posted to the members' mailing list (quiet: to the secretary). */
#define CLUB(dest, dest_style)                                                           \
  HEAD ZONE("z", "Club VPS", 300, 0, 900, 400)                                           \
      V("f", "Timing results feed (RSS)", "shape=cloud;whiteSpace=wrap;html=1;", 0, 100, \
        120, 80) C("c", "z", "Results collector", CARD, 20, 40, 160, 60)                 \
          C("d", "z", "Race results", DB, 220, 40, 140, 60)                              \
              C("w", "z", "Report writer", CARD, 420, 40, 160, 60)                       \
                  V("m", "Mistral Large (API)", "ellipse;whiteSpace=wrap;html=1;", 1300, \
                    0, 120, 60) V("out", dest, dest_style, 1300, 200, 120, 60)           \
                      LINK("e1", "f", "c", "results") LINK("e2", "c", "d", "insert")     \
                          LINK("e3", "d", "w", "today") LINK("e4", "w", "m", "prompt")   \
                              LINK("e5", "m", "w", "race report")                        \
                                  LINK("e6", "w", "out", "send") TAIL

static void test_model_text_broadcast_to_a_channel_drawio(void **state) {
  (void)state;
  static const char *xml =
      CLUB("Race news mailing list (Mailman)", "shape=cloud;whiteSpace=wrap;html=1;");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "f", "out", "TMC-PATH-005"));
  assert_true(
      hop_names(ir, "f", "out", "act_through_agent", "out", "AML.T0048.003", NULL));
  tmc_ir_free(ir);
  static const char *quiet = CLUB("Club secretary", "shape=umlActor;html=1;");
  ir = analysed_as("t.drawio", quiet);
  assert_false(
      hop_names(ir, "f", "out", "act_through_agent", "out", "AML.T0048.003", NULL));
  tmc_ir_free(ir);
}
#undef CLUB

/* A harbour's digest in DOT: notices from a feed (or, quiet, an office)
 * are fetched, kept, and written up by a hosted model. */
static const char *harbour(const char *source) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  src [label=\"%s\", shape=box3d];\n"
           "  subgraph cluster_h { label=\"Harbour VPS\";\n"
           "    fetch [label=\"Notice fetcher (cron)\"];\n"
           "    kept [label=\"Fetched notices\", shape=cylinder];\n"
           "    dig [label=\"Digest writer\"]; }\n"
           "  llm [label=\"Claude Haiku (Anthropic API)\"];\n"
           "  src -> fetch [label=\"notices\"];\n"
           "  fetch -> kept;\n"
           "  kept -> dig;\n"
           "  dig -> llm [label=\"notices + instructions\"];\n"
           "  llm -> dig [label=\"digest\"];\n"
           "}\n",
           source);
  return buf;
}

static void test_feed_runs_up_the_model_bill(void **state) {
  (void)state;
  tmc_ir *ir = analysed(harbour("Port authority notices (Atom feed)"));
  assert_true(ir->elements[el(ir, "src")].facts.publishes);
  assert_true(path_of(ir, "src", "dig", "TMC-PATH-043"));
  assert_true(hop_names(ir, "src", "dig", "deny_service", "dig", "AML.T0034", NULL));
  tmc_ir_free(ir);
  /* quiet: the same notices from an office named by no feed word */
  ir = analysed(harbour("Port authority office"));
  assert_false(path_of(ir, "src", "dig", "TMC-PATH-043"));
  tmc_ir_free(ir);
}

/* The same on draw.io: a parish newsletter built from a diocese's RSS
 * (quiet: from the parish office). */
#define PARISH(src)                                                                      \
  HEAD ZONE("z", "Parish web host", 300, 0, 900, 400)                                    \
      V("s", src, "shape=cloud;whiteSpace=wrap;html=1;", 0, 100, 120, 80)                \
          C("p", "z", "Feed poller", CARD, 20, 40, 160, 60)                              \
              C("i", "z", "News items", DB, 220, 40, 140, 60)                            \
                  C("w", "z", "Newsletter writer", CARD, 420, 40, 160, 60)               \
                      V("m", "Gemini Flash (API)", "ellipse;whiteSpace=wrap;html=1;",    \
                        1300, 0, 120, 60) LINK("e1", "s", "p", "items")                  \
                          LINK("e2", "p", "i", "insert")                                 \
                              LINK("e3", "i", "w", "this week")                          \
                                  LINK("e4", "w", "m", "items + prompt")                 \
                                      LINK("e5", "m", "w", "newsletter text") TAIL

static void test_feed_runs_up_the_model_bill_drawio(void **state) {
  (void)state;
  static const char *xml = PARISH("Diocese news (RSS)");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "s", "w", "TMC-PATH-043"));
  tmc_ir_free(ir);
  static const char *quiet = PARISH("Parish office");
  ir = analysed_as("t.drawio", quiet);
  assert_false(path_of(ir, "s", "w", "TMC-PATH-043"));
  tmc_ir_free(ir);
}
#undef PARISH

/* A shop's till in DOT: a booking export reaches the till software, which
 * reads a file beside it: a certificate bundle and its password (Slovene)
 * or, quiet, an archive of receipts. */
static const char *till(const char *file) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  web [label=\"Online shop customers\", shape=ellipse];\n"
           "  subgraph cluster_s { label=\"Shop back office\";\n"
           "    pos [label=\"Till software (Windows)\"];\n"
           "    f [label=\"%s\", shape=note]; }\n"
           "  web -> pos [label=\"order export\"];\n"
           "  pos -> f [label=\"reads\", dir=both];\n"
           "}\n",
           file);
  return buf;
}

static void test_key_file_type_and_password_keep_keys(void **state) {
  (void)state;
  tmc_ir *ir = analysed(till("Davčno potrdilo (.pfx, geslo v nastavitve.ini)"));
  assert_true(ir->elements[el(ir, "f")].facts.keys_listed);
  assert_true(aimed(ir, "web", "f", "steal_credentials"));
  tmc_ir_free(ir);
  /* quiet: receipts kept by year, no key named */
  ir = analysed(till("Arhiv računov (.pdf, 2019-2024)"));
  assert_false(ir->elements[el(ir, "f")].facts.keys_listed);
  assert_false(aimed(ir, "web", "f", "steal_credentials"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sensor_evades_model_rules_drive_device_dot),
      cmocka_unit_test(test_sensor_evades_model_rules_drive_device_drawio),
      cmocka_unit_test(test_image_tag_that_moves_is_pulled_dot),
      cmocka_unit_test(test_image_tag_that_moves_is_pulled_drawio),
      cmocka_unit_test(test_model_text_broadcast_to_a_channel_dot),
      cmocka_unit_test(test_model_text_broadcast_to_a_channel_drawio),
      cmocka_unit_test(test_feed_runs_up_the_model_bill),
      cmocka_unit_test(test_feed_runs_up_the_model_bill_drawio),
      cmocka_unit_test(test_key_file_type_and_password_keep_keys),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
