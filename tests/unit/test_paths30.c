/* test_paths30.c - attack paths of causes29's P family (paths30).
 *
 * P1: field devices that publish straight to the system's own code over a
 * device protocol (MQTT, CoAP) make that code the broker in the drawing
 * (device_broker): forged or replayed readings flood it (deny_service,
 * TMC-PATH-039, CAPEC-125 at it). Worded unlike blind27 rangitaiki (a
 * packhouse's RFID readers and its "MQTT listener"), in DOT and draw.io;
 * quiet: the devices post over HTTPS, or publish to a broker drawn apart
 * (the code behind it is a client).
 *
 * P2: the container image a training job runs in, pulled by tag at its
 * start, is the job's code: a substituted image alters training and the
 * model exported and served (tamper_model, TMC-PATH-015: AML.T0010.004 at
 * the image's source, AML.T0018 at the job), not training data poisoning
 * (TMC-PATH-007). Worded unlike blind27 hollowfield (seed trays, nvcr.io
 * pytorch:latest), in DOT and draw.io; quiet: the image pinned by digest.
 *
 * P1 too: members of the public flood the service they write through
 * straight (public_intake: a booking site, a guestbook) and the store it
 * fills (TMC-PATH-044, CAPEC-125), searched for that aim alone: the site is
 * still their own tool for every other aim (no XML-parser path of theirs
 * ends there). Worded unlike blind24 saaristo, blind26 ashgrove and
 * blind27 daugavkrasts; quiet: staff's own form.
 *
 * P3: a person's SMS or chat channel drawn as an outside party of no
 * vendor's service (the person texts it, it posts to the agent, the
 * agent's reply goes back through it) carries their own words: direct
 * prompt injection (AML.T0051.000) at the agent. Worded unlike blind27
 * larchmont (tenants, Telnyx); quiet: a one-way relay whose replies go
 * out by mail stays gathered (AML.T0051.001).
 *
 * P1 last: forged or malformed device messages through a broker stall the
 * code behind it (TMC-PATH-045, CAPEC-125). Worded unlike blind24 tolland
 * (bin tags, HiveMQ, a lift ingest); quiet: no broker on the way. */
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

/* A car park in DOT: bay sensors send occupancy over a flow the caller
 * words, straight into the occupancy service, which keeps the bays in a
 * table the signs read. */
static const char *car_park(const char *flow, const char *svc) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  bays [label=\"Parking bay sensors (magnetometer)\"];\n"
           "  drivers [label=\"Drivers\", shape=ellipse];\n"
           "  subgraph cluster_c { label=\"Council data centre\";\n"
           "    occ [label=\"%s\"];\n"
           "    tbl [label=\"Bay status table\", shape=cylinder];\n"
           "    signs [label=\"Guidance sign controller\"]; }\n"
           "  bays -> occ [label=\"%s\"];\n"
           "  occ -> tbl [label=\"bay free / taken\"];\n"
           "  tbl -> signs [label=\"free counts\"];\n"
           "  signs -> drivers [label=\"free spaces\"];\n"
           "}\n",
           svc, flow);
  return buf;
}

static void test_sensors_flood_the_code_they_publish_to_dot(void **state) {
  (void)state;
  tmc_ir *ir =
      analysed(car_park("occupancy events (MQTT, no auth)", "Occupancy service"));
  assert_true(ir->elements[el(ir, "occ")].facts.device_broker);
  assert_true(aimed(ir, "bays", "occ", "deny_service"));
  assert_true(path_of(ir, "bays", "occ", "TMC-PATH-039"));
  assert_true(hop_names(ir, "bays", "occ", "deny_service", "occ", "CAPEC-125", NULL));
  tmc_ir_free(ir);
  /* ... or the service's own name says the protocol, the flow not */
  ir = analysed(car_park("occupancy events", "Occupancy CoAP endpoint"));
  assert_true(ir->elements[el(ir, "occ")].facts.device_broker);
  tmc_ir_free(ir);
  /* quiet: the sensors post over HTTPS, no device protocol named */
  ir = analysed(car_park("occupancy events (HTTPS POST)", "Occupancy service"));
  assert_false(ir->elements[el(ir, "occ")].facts.device_broker);
  assert_false(path_of(ir, "bays", "occ", "TMC-PATH-039"));
  tmc_ir_free(ir);
}

/* The same on draw.io: soil probes in a vineyard publish moisture over
 * MQTT to the irrigation planner's ingest. Quiet: they publish to an
 * EMQX broker drawn apart, and the ingest subscribes there: the broker is
 * the broker, the ingest a client of it. */
#define VINEYARD(mid)                                                                    \
  HEAD ZONE("z", "Winery cloud (Azure)", 300, 0, 900, 400)                               \
      V("p", "Soil moisture sensors (LoRa)", "shape=mxgraph.cisco.misc.sensor;html=1;",  \
        0, 100, 60, 60)                                                                  \
          C("ing", "z", "Moisture ingest (Node.js)", CARD, 220, 40, 160, 60)             \
              C("db", "z", "Readings (TimescaleDB)", DB, 420, 40, 140, 60)               \
                  C("plan", "z", "Irrigation planner", CARD, 620, 40, 160, 60)           \
                      mid LINK("e2", "ing", "db", "insert")                              \
                          LINK("e3", "db", "plan", "last 24 h") TAIL

static void test_probes_flood_the_ingest_they_publish_to_drawio(void **state) {
  (void)state;
  static const char *xml = VINEYARD(LINK("e1", "p", "ing", "moisture/+ (MQTT 1883)"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "ing")].facts.device_broker);
  assert_true(aimed(ir, "p", "ing", "deny_service"));
  assert_true(hop_names(ir, "p", "ing", "deny_service", "ing", "CAPEC-125", NULL));
  tmc_ir_free(ir);
  /* quiet: a broker drawn apart takes the readings; the ingest hears them
   * from it */
  static const char *quiet =
      VINEYARD(C("b", "z", "EMQX broker", CARD, 20, 200, 160, 60)
                   LINK("e1", "p", "b", "moisture/+ (MQTT 1883)")
                       LINK("e0", "b", "ing", "subscribe moisture/+ (MQTT)"));
  ir = analysed_as("t.drawio", quiet);
  assert_true(ir->elements[el(ir, "b")].facts.device_broker);
  assert_false(ir->elements[el(ir, "ing")].facts.device_broker);
  assert_false(path_of(ir, "p", "ing", "TMC-PATH-039"));
  tmc_ir_free(ir);
}

/* A plant nursery in DOT: a leaf-blight detector trained monthly in a job
 * that pulls its image from Docker Hub at start, writes the weights to a
 * models bucket, and the detector service loads them. */
static const char *nursery(const char *pull) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  hub [label=\"docker.io python:3.11\"];\n"
           "  staff [label=\"Greenhouse staff\", shape=ellipse];\n"
           "  subgraph cluster_p { label=\"Nursery cloud project\";\n"
           "    api [label=\"leaf-upload API\"];\n"
           "    imgs [label=\"Leaf photos\", type=dataset];\n"
           "    train [label=\"train-detector job (GPU)\", type=pipeline];\n"
           "    reg [label=\"models bucket (release = copy to live/)\", "
           "type=model_registry];\n"
           "    svc [label=\"blight-detector\", type=model]; }\n"
           "  staff -> api [label=\"photos\"];\n"
           "  api -> imgs [label=\"PUT\"];\n"
           "  imgs -> train [label=\"images\"];\n"
           "  hub -> train [label=\"%s\"];\n"
           "  train -> reg [label=\"model.onnx\"];\n"
           "  reg -> svc [label=\"load on restart\"];\n"
           "  api -> svc [label=\"photo\"];\n"
           "}\n",
           pull);
  return buf;
}

static void test_training_image_pulled_by_tag_tampers_the_model_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(nursery("docker pull (latest tag)"));
  assert_true(path_of(ir, "hub", "svc", "TMC-PATH-015"));
  assert_false(path_of(ir, "hub", "svc", "TMC-PATH-007"));
  assert_true(hop_names(ir, "hub", "svc", "tamper_model", "hub", "AML.T0010.004", NULL));
  assert_true(hop_names(ir, "hub", "svc", "tamper_model", "train", "AML.T0018", NULL));
  /* the staff's photos stay training data */
  assert_true(path_of(ir, "staff", "svc", "TMC-PATH-007"));
  tmc_ir_free(ir);
  /* quiet: the image pinned by its digest */
  ir = analysed(nursery("docker pull python@sha256:4f1e (pinned digest)"));
  assert_false(path_of(ir, "hub", "svc", "TMC-PATH-015"));
  tmc_ir_free(ir);
}

/* The same on draw.io: a fishery's salmon-lice counter, trained in a job
 * that runs in NVIDIA's NGC image pulled at start, exports weights to a
 * checkpoint store the counter loads. Quiet: the image pinned by digest. */
#define FISHERY(pull)                                                                    \
  HEAD ZONE("z", "Fish farm GPU project", 300, 0, 900, 400)                              \
      V("ngc", "quay.io tensorflow-gpu image", "shape=cloud;html=1;", 0, 100, 120,       \
        60) V("vet", "Fish health team", "shape=umlActor;html=1;", 0, 300, 30,           \
              60) C("frames", "z", "Lice frames", DB, 20, 40, 140, 60)                   \
          C("job", "z", "lice-model training job", CARD, 220, 40, 160, 60)               \
              C("ck", "z", "Checkpoint store (model registry)", DB, 420, 40, 160, 60)    \
                  C("cnt", "z", "Lice counter model (ONNX)", CARD, 620, 40, 160, 60)     \
                      LINK("e1", "ngc", "job", pull)                                     \
                          LINK("e2", "vet", "frames", "labelled frames")                 \
                              LINK("e3", "frames", "job", "frames")                      \
                                  LINK("e4", "job", "ck", "saved weights")               \
                                      LINK("e5", "ck", "cnt", "load at start") TAIL

static void test_training_image_pulled_by_tag_tampers_the_model_drawio(void **state) {
  (void)state;
  static const char *xml = FISHERY("image pull at job start");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "ngc", "cnt", "TMC-PATH-015"));
  assert_true(hop_names(ir, "ngc", "cnt", "tamper_model", "ngc", "AML.T0010.004", NULL));
  tmc_ir_free(ir);
  static const char *quiet = FISHERY("image pull by digest (sha256)");
  ir = analysed_as("t.drawio", quiet);
  assert_false(path_of(ir, "ngc", "cnt", "TMC-PATH-015"));
  tmc_ir_free(ir);
}

/* A marina's berth booking site in DOT, fed by whoever the caller names;
 * the site also imports a partner's XML price list. */
static const char *marina(const char *who) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  people [label=\"%s\", shape=ellipse];\n"
           "  subgraph cluster_m { label=\"Marina VPS\";\n"
           "    site [label=\"Berth booking site (Drupal, XML price import)\"];\n"
           "    db [label=\"Berth bookings\", shape=cylinder]; }\n"
           "  people -> site [label=\"book a berth, pay\"];\n"
           "  site -> db [label=\"bookings\"];\n"
           "  db -> site [label=\"free berths\"];\n"
           "}\n",
           who);
  return buf;
}

static void test_public_floods_the_booking_site_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(marina("Customers (boat owners)"));
  assert_true(ir->elements[el(ir, "site")].facts.public_intake);
  assert_true(path_of(ir, "people", "site", "TMC-PATH-044"));
  assert_true(hop_names(ir, "people", "site", "deny_service", "site", "CAPEC-125", NULL));
  /* their own tool for every other aim: no XML path of theirs ends there */
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, "people") && ir->paths[i].asset == el(ir, "site"))
      assert_string_equal(aim_of(ir, i), "deny_service");
  /* no AI id on a system without AI */
  for (uint32_t i = 0; i < ir->n_paths; i++)
    for (uint32_t h = 0; h < ir->paths[i].n_hops; h++)
      assert_true(!ir->paths[i].hops[h].technique ||
                  strncmp(ir->paths[i].hops[h].technique, "AML.", 4) != 0);
  tmc_ir_free(ir);
  /* quiet: the harbour's own staff book for the owners */
  ir = analysed(marina("Harbour office staff"));
  assert_false(path_of(ir, "people", "site", "TMC-PATH-044"));
  assert_false(aimed(ir, "people", "site", "deny_service"));
  tmc_ir_free(ir);
}

/* The same on draw.io: a memorial site's tribute wall, which the public
 * posts to and whose tributes fill the store behind it. Quiet: the
 * tributes are typed in by the funeral home's staff. */
#define MEMORIAL(who)                                                                    \
  HEAD ZONE("z", "Managed WordPress hosting", 300, 0, 700, 300)                          \
      V("pub", who, "shape=umlActor;html=1;", 0, 100, 30, 60)                            \
          C("wall", "z", "Tribute wall (comments plugin)", CARD, 20, 40, 160, 60)        \
              C("tdb", "z", "Tributes (MariaDB)", DB, 260, 40, 140, 60)                  \
                  LINK("e1", "pub", "wall", "tribute text + photo")                      \
                      LINK("e2", "wall", "tdb", "insert") TAIL

static void test_public_floods_the_tribute_wall_drawio(void **state) {
  (void)state;
  static const char *xml = MEMORIAL("Members of the public");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(aimed(ir, "pub", "wall", "deny_service"));
  assert_true(aimed(ir, "pub", "tdb", "deny_service"));
  assert_true(hop_names(ir, "pub", "tdb", "deny_service", "tdb", "CAPEC-125", NULL));
  tmc_ir_free(ir);
  static const char *quiet = MEMORIAL("Funeral home staff");
  ir = analysed_as("t.drawio", quiet);
  assert_false(aimed(ir, "pub", "wall", "deny_service"));
  assert_false(path_of(ir, "pub", "tdb", "TMC-PATH-044"));
  tmc_ir_free(ir);
}

/* A building's concierge agent in DOT: residents text a Plivo number, the
 * agent asks Gemini and opens gates; replies go back by SMS, or (quiet) by
 * mail through Postmark, the SMS number only relaying inbound. */
static const char *concierge(bool two_way) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  residents [label=\"Residents\", shape=ellipse];\n"
           "  gw [label=\"Plivo SMS number + callbacks\"];\n"
           "  mail [label=\"Postmark\"];\n"
           "  subgraph cluster_a { label=\"Building cloud (GCP)\";\n"
           "    bot [label=\"concierge-agent (Cloud Run, tool loop)\"];\n"
           "    llm [label=\"Gemini 2.0 Flash (Vertex AI)\"];\n"
           "    gate [label=\"open_gate (any gate, 10 min)\"]; }\n"
           "  residents -> gw [label=\"SMS\"];\n"
           "  gw -> bot [label=\"webhook\"];\n"
           "  bot -> llm [label=\"prompt + tools\"];\n"
           "  llm -> bot [label=\"tool call\"];\n"
           "  bot -> gate;\n"
           "  %s\n"
           "}\n",
           two_way ? "bot -> gw [label=\"reply\"]; gw -> residents [label=\"SMS\"];"
                   : "bot -> mail [label=\"reply\"];");
  return buf;
}

static void test_texts_through_a_two_way_channel_are_direct_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(concierge(true));
  assert_true(hop_names(ir, "residents", "gate", "act_through_agent", "bot",
                        "AML.T0051.000", NULL));
  assert_false(hop_names(ir, "residents", "gate", "act_through_agent", "bot",
                         "AML.T0051.001", NULL));
  tmc_ir_free(ir);
  /* quiet: the SMS number only relays inbound; the replies go by mail */
  ir = analysed(concierge(false));
  assert_true(hop_names(ir, "residents", "gate", "act_through_agent", "bot",
                        "AML.T0051.001", NULL));
  tmc_ir_free(ir);
}

/* The same on draw.io: a gym's members message a WhatsApp-style channel
 * run by Sinch; the booking agent asks Claude and cancels classes. */
#define GYM(back)                                                                        \
  HEAD ZONE("z", "Gym platform (AWS)", 300, 0, 900,                                      \
            400) V("mem", "Gym members", "shape=umlActor;html=1;", 0, 100, 30, 60)       \
      V("ch", "Sinch SMS number + webhooks", "shape=cloud;html=1;", 100, 250, 140, 60)   \
          V("pm", "Mailgun", "shape=cloud;html=1;", 100, 400, 140, 60)                   \
              C("ag", "z", "booking-agent (Lambda, tool loop)", CARD, 20, 40, 160, 60)   \
                  C("cl", "z", "Claude 3.5 Haiku (Bedrock)", CARD, 220, 40, 160, 60)     \
                      C("cx", "z", "cancel_class", CARD, 420, 40, 160, 60)               \
                          LINK("e1", "mem", "ch", "message")                             \
                              LINK("e2", "ch", "ag", "inbound webhook")                  \
                                  LINK("e3", "ag", "cl", "prompt")                       \
                                      LINK("e4", "cl", "ag", "tool call")                \
                                          LINK("e5", "ag", "cx", "cancel") back TAIL

static void test_messages_through_a_two_way_channel_are_direct_drawio(void **state) {
  (void)state;
  static const char *xml =
      GYM(LINK("e6", "ag", "ch", "reply") LINK("e7", "ch", "mem", "message"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(
      hop_names(ir, "mem", "cx", "act_through_agent", "ag", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
  static const char *quiet = GYM(LINK("e6", "ag", "pm", "reply by e-mail"));
  ir = analysed_as("t.drawio", quiet);
  assert_false(
      hop_names(ir, "mem", "cx", "act_through_agent", "ag", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* Water meters in DOT publishing through Mosquitto (or, quiet, posting to
 * a REST API) to the parser that records the readings. */
static const char *meters(bool broker) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  m [label=\"Smart water meters (NB-IoT)\"];\n"
           "  subgraph cluster_u { label=\"Utility data centre\";\n"
           "    b [label=\"%s\"];\n"
           "    p [label=\"Reading parser (Go worker)\"];\n"
           "    db [label=\"Readings DB\", shape=cylinder]; }\n"
           "  m -> b [label=\"readings\"];\n"
           "  b -> p [label=\"readings/#\"];\n"
           "  p -> db [label=\"insert\"];\n"
           "}\n",
           broker ? "Mosquitto broker" : "Readings REST API");
  return buf;
}

static void test_device_messages_stall_the_code_behind_the_broker_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(meters(true));
  assert_true(path_of(ir, "m", "p", "TMC-PATH-045"));
  assert_true(hop_names(ir, "m", "p", "deny_service", "p", "CAPEC-125", NULL));
  tmc_ir_free(ir);
  ir = analysed(meters(false));
  assert_false(path_of(ir, "m", "p", "TMC-PATH-045"));
  tmc_ir_free(ir);
}

/* The same on draw.io: cold-room sensors publish through AWS IoT Core (or,
 * quiet, post to an API Gateway) to the consumer that records them. */
#define COLDROOM(mid)                                                                    \
  HEAD ZONE("z", "Cold chain AWS account", 300, 0, 900, 400)                             \
      V("s", "Cold-room temperature sensors", "shape=mxgraph.cisco.misc.sensor;html=1;", \
        0, 100, 60, 60) C("b", "z", mid, CARD, 20, 40, 160, 60)                          \
          C("c", "z", "telemetry-consumer (Lambda)", CARD, 220, 40, 160, 60)             \
              C("t", "z", "Temperatures (DynamoDB)", DB, 420, 40, 140, 60)               \
                  LINK("e1", "s", "b", "temperature")                                    \
                      LINK("e2", "b", "c", "rule action")                                \
                          LINK("e3", "c", "t", "put item") TAIL

static void test_device_messages_stall_the_code_behind_the_broker_drawio(void **state) {
  (void)state;
  static const char *xml = COLDROOM("AWS IoT Core");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "s", "c", "TMC-PATH-045"));
  tmc_ir_free(ir);
  static const char *quiet = COLDROOM("API Gateway (REST)");
  ir = analysed_as("t.drawio", quiet);
  assert_false(path_of(ir, "s", "c", "TMC-PATH-045"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sensors_flood_the_code_they_publish_to_dot),
      cmocka_unit_test(test_probes_flood_the_ingest_they_publish_to_drawio),
      cmocka_unit_test(test_training_image_pulled_by_tag_tampers_the_model_dot),
      cmocka_unit_test(test_training_image_pulled_by_tag_tampers_the_model_drawio),
      cmocka_unit_test(test_public_floods_the_booking_site_dot),
      cmocka_unit_test(test_public_floods_the_tribute_wall_drawio),
      cmocka_unit_test(test_texts_through_a_two_way_channel_are_direct_dot),
      cmocka_unit_test(test_messages_through_a_two_way_channel_are_direct_drawio),
      cmocka_unit_test(test_device_messages_stall_the_code_behind_the_broker_dot),
      cmocka_unit_test(test_device_messages_stall_the_code_behind_the_broker_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
