/* test_paths28.c - attack paths of causes27's P family (paths28): a store the
 * agent's tool writes and reads its records back from (a CRM the agent looks
 * customers up in and updates) is where the attacker reads records out
 * (exfiltrate, TMC-PATH-032), not an act through the agent (P2); a person
 * chatting to the agent through a messenger platform that carries the
 * system's replies back is typing to it (direct prompt injection,
 * AML.T0051.000; P1); a vendor's private container registry whose image
 * carries the model is a model supply-chain path to tamper_model (P6); a
 * sensor's readings reaching a device through code that asks a classic
 * model are evasion of that model (P5). Each in diagrams worded unlike
 * blind24-26 (a hotel, a dental practice, a ferry line, a bike shop, a
 * bakery, a sorting hall, a greenhouse, a barn), in DOT and draw.io, with
 * quiet cases. */
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

/* A hotel's concierge agent in DOT: guests chat with it, it calls a
 * reservations tool that reads and changes bookings in the PMS, and the
 * tool hands the guest folio back. Steered by a guest, the model looks up
 * other guests' folios and answers with them: exfiltrate at the PMS, named
 * by the agent-tool chain. Quiet: a tool that only files new bookings (the
 * PMS answers nothing back to the agent's side) is still where the model's
 * output acts. */
static const char *hotel(bool reads_back) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  guests [label=\"Hotel guests\", shape=ellipse];\n"
           "  llm [label=\"GPT-4o (OpenAI API)\"];\n"
           "  subgraph cluster_h { label=\"Hotel cloud\";\n"
           "    bot [label=\"Concierge agent (LangChain)\"];\n"
           "    rtool [label=\"reservations.change\", shape=hexagon];\n"
           "    pms [label=\"Bookings CRM (stays, folios)\", shape=cylinder]; }\n"
           "  guests -> bot [label=\"chat message\"];\n"
           "  bot -> guests [label=\"reply\"];\n"
           "  bot -> llm [label=\"prompt + tools\"];\n"
           "  llm -> bot [label=\"tool calls\"];\n"
           "  bot -> rtool [label=\"tool call\"];\n"
           "  rtool -> pms [label=\"update booking\"];\n"
           "%s"
           "}\n",
           reads_back ? "  pms -> rtool [label=\"guest folio\"];\n"
                        "  rtool -> bot [label=\"booking record\"];\n"
                      : "");
  return buf;
}

static void test_store_read_back_by_the_agent_is_exfiltrated_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(hotel(true));
  assert_true(aimed(ir, "guests", "pms", "exfiltrate"));
  assert_true(path_of(ir, "guests", "pms", "TMC-PATH-032"));
  assert_true(hop_names(ir, "guests", "pms", "exfiltrate", "pms", "AML.T0085.001", NULL));
  assert_false(aimed(ir, "guests", "pms", "act_through_agent"));
  tmc_ir_free(ir);
  /* quiet: the tool only writes bookings, nothing comes back */
  ir = analysed(hotel(false));
  assert_true(aimed(ir, "guests", "pms", "act_through_agent"));
  assert_false(path_of(ir, "guests", "pms", "TMC-PATH-032"));
  tmc_ir_free(ir);
}

/* The same on draw.io: a dental practice's booking assistant; its
 * patient_records tool reads and edits the practice's MySQL, the records
 * come back to the tool and on to the agent. Quiet: a recall-letter tool
 * that only writes letters into the same database. */
#define DENTAL(tool_label, back)                                                         \
  HEAD ZONE("z", "Practice cloud (OVH)", 300, 0, 900, 400)                               \
      V("pat", "Patients", "shape=umlActor;html=1;", 0, 100, 30, 60)                     \
          V("m", "Claude 3.5 Sonnet (Anthropic API)", CARD, 1300, 100, 160, 60)          \
              C("ag", "z", "Booking assistant (agent, Node)", CARD, 20, 40, 160, 60)     \
                  C("t", "z", tool_label, "shape=hexagon;html=1;", 220, 40, 140, 60)     \
                      C("db", "z", "Practice CRM (MySQL)", DB, 420, 40, 140, 60)         \
                          LINK("e1", "pat", "ag", "asks")                                \
                              LINK("e2", "ag", "pat", "answers")                         \
                                  LINK("e3", "ag", "m", "prompt, tool list")             \
                                      LINK("e4", "m", "ag", "tool calls")                \
                                          LINK("e5", "ag", "t", "call")                  \
                                              LINK("e6", "t", "db", "edit") back TAIL

static void test_store_read_back_by_the_agent_is_exfiltrated_drawio(void **state) {
  (void)state;
  static const char *xml =
      DENTAL("patient_records tool",
             LINK("e7", "db", "t", "record") LINK("e8", "t", "ag", "record JSON"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(aimed(ir, "pat", "db", "exfiltrate"));
  assert_true(path_of(ir, "pat", "db", "TMC-PATH-032"));
  assert_false(aimed(ir, "pat", "db", "act_through_agent"));
  tmc_ir_free(ir);
  static const char *quiet = DENTAL("recall_letters tool", );
  ir = analysed_as("t.drawio", quiet);
  assert_true(aimed(ir, "pat", "db", "act_through_agent"));
  assert_false(path_of(ir, "pat", "db", "TMC-PATH-032"));
  tmc_ir_free(ir);
}

/* A ferry line's booking bot on draw.io: travellers write to it on
 * WhatsApp, the platform posts each message to the bot server's webhook,
 * and the server sends its replies back through the platform (the
 * delivery to the traveller is not drawn). The traveller's text at the
 * agent is a direct prompt injection. Quiet: where the bot answers by SMS
 * instead, nothing says the platform carries a conversation with the
 * system, and what it posts stays gathered content. */
#define FERRY(reply)                                                                     \
  HEAD ZONE("z", "Ferry line (GCP)", 400, 0, 900, 400)                                   \
      V("tr", "Travellers", "shape=umlActor;html=1;", 0, 100, 30, 60)                    \
          V("wa", "WhatsApp Business Platform", "ellipse;shape=cloud;html=1;", 150, 80,  \
            160, 80) V("m", "Gemini 1.5 Pro (Vertex AI)", CARD, 1400, 100, 160, 60)      \
              V("sms", "SMS gateway (Vonage)", CARD, 1400, 300, 160, 60)                 \
                  C("srv", "z", "Booking bot server (agent, Node webhook)", CARD, 20,    \
                    40, 180, 60) C("tk", "z", "change_ticket tool",                      \
                                   "shape=hexagon;html=1;", 260, 40, 140, 60)            \
                      LINK("e1", "tr", "wa", "chat")                                     \
                          LINK("e2", "wa", "srv", "webhook (message)")                   \
                              LINK("e3", "srv", "m", "prompt + tools")                   \
                                  LINK("e4", "m", "srv", "tool calls")                   \
                                      LINK("e5", "srv", "tk", "change") reply TAIL

static void test_chat_through_a_messenger_is_direct_drawio(void **state) {
  (void)state;
  static const char *xml = FERRY(LINK("e6", "srv", "wa", "send message"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(hop_names(ir, "tr", "tk", NULL, "srv", "AML.T0051.000", NULL));
  assert_false(hop_names(ir, "tr", "tk", NULL, "srv", "AML.T0051.001", NULL));
  tmc_ir_free(ir);
  /* quiet: replies leave by SMS, the platform only posts inbound */
  static const char *quiet = FERRY(LINK("e6", "srv", "sms", "reply text"));
  ir = analysed_as("t.drawio", quiet);
  assert_false(hop_names(ir, "tr", "tk", NULL, "srv", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* The same in DOT: a bike shop's repair-booking bot on Telegram, the Bot
 * API's webhook in, sendMessage back. Quiet: a forge (GitLab issues) a
 * triage bot comments back on holds what anyone posted there: indirect. */
static const char *bikes(const char *channel) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  riders [label=\"Riders\", shape=ellipse];\n"
           "  ch [label=\"%s\", shape=box];\n"
           "  llm [label=\"Mistral Large (La Plateforme API)\"];\n"
           "  subgraph cluster_s { label=\"Shop server (Hetzner)\";\n"
           "    bot [label=\"Repair agent (Python, tool calling)\"];\n"
           "    book [label=\"book_repair()\", shape=hexagon]; }\n"
           "  riders -> ch [label=\"message\"];\n"
           "  ch -> bot [label=\"update (webhook)\"];\n"
           "  bot -> ch [label=\"reply\"];\n"
           "  bot -> llm [label=\"prompt\"];\n"
           "  llm -> bot [label=\"tool call\"];\n"
           "  bot -> book [label=\"slot\"];\n"
           "}\n",
           channel);
  return buf;
}

static void test_chat_through_a_messenger_is_direct_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(bikes("Telegram Bot API"));
  assert_true(hop_names(ir, "riders", "book", NULL, "bot", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
  ir = analysed(bikes("GitLab (issues, CI pipelines)"));
  assert_false(hop_names(ir, "riders", "book", NULL, "bot", "AML.T0051.000", NULL));
  tmc_ir_free(ir);
}

/* A bakery's crust-inspection camera in DOT: the vision vendor's image,
 * model inside, sits in the vendor's ECR; an auto-updater pulls the tag
 * and restarts the model's container. A swapped image is the model that
 * grades tomorrow's loaves: tamper_model, the container registry's
 * compromise first. Quiet: a companies registry whose API the same box
 * asks is no container registry. */
static const char *bakery(const char *outside, const char *flow) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  reg [label=\"%s\", shape=box];\n"
           "  subgraph cluster_l { label=\"Line 2 (plant LAN)\";\n"
           "    cam [label=\"Crust camera (GigE)\"];\n"
           "    upd [label=\"Auto-updater (Watchtower)\"];\n"
           "    box [label=\"Inspection box (Docker)\"];\n"
           "    m [label=\"CrustNet model (ONNX, vendor)\"]; }\n"
           "  reg -> upd [label=\"%s\"];\n"
           "  upd -> m [label=\"restart with new image\"];\n"
           "  cam -> box [label=\"frames\"];\n"
           "  box -> m [label=\"crops\"];\n"
           "  m -> box [label=\"grade\"];\n"
           "}\n",
           outside, flow);
  return buf;
}

static void test_vendor_registry_image_tampers_the_model_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(
      bakery("Vision vendor registry (ECR, vendor account)", "crustnet:stable pull"));
  assert_true(aimed(ir, "reg", "m", "tamper_model"));
  assert_true(hop_names(ir, "reg", "m", "tamper_model", "reg", "AML.T0010.004", NULL));
  assert_true(hop_names(ir, "reg", "m", "tamper_model", "m", "AML.T0018.000", NULL));
  tmc_ir_free(ir);
  /* quiet: a companies registry is no image registry */
  ir = analysed(bakery("Companies registry (API)", "supplier status"));
  assert_false(hop_names(ir, "reg", "m", NULL, "reg", "AML.T0010.004", NULL));
  tmc_ir_free(ir);
}

/* The same on draw.io: a recycling sorter whose
 * vendor ships its model image through a Harbor registry to the edge
 * box's k3s. Quiet: the registry's image runs the sorting line's web
 * dashboard, which feeds no model. */
#define SORTER(target_label)                                                             \
  HEAD ZONE("z", "Sorting hall network", 300, 0, 900, 400)                               \
      V("h", "Harbor (vendor's container registry)", "ellipse;shape=cloud;html=1;", 0,   \
        100, 160, 80) C("k", "z", "Edge box (k3s)", CARD, 20, 40, 140, 60)               \
          C("t", "z", target_label, CARD, 220, 40, 160, 60)                              \
              C("ui", "z", "Shift lead display", CARD, 420, 40, 140, 60)                 \
                  LINK("e1", "h", "k", "image :latest") LINK("e2", "k", "t", "deploys")  \
                      LINK("e3", "t", "ui", "picks") TAIL

static void test_vendor_registry_image_tampers_the_model_drawio(void **state) {
  (void)state;
  static const char *xml = SORTER("Sorting model (TensorRT, vendor)");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(aimed(ir, "h", "t", "tamper_model"));
  assert_true(hop_names(ir, "h", "t", "tamper_model", "h", "AML.T0010.004", NULL));
  tmc_ir_free(ir);
  static const char *quiet = SORTER("Line dashboard (Grafana)");
  ir = analysed_as("t.drawio", quiet);
  assert_false(aimed(ir, "h", "t", "tamper_model"));
  tmc_ir_free(ir);
}

/* A greenhouse in DOT: soil sensors report to a telemetry store, a service
 * hands the readings to its own irrigation model and sends the valve
 * controller the model's verdict (the model's round trip is off the path). Crafted
 * readings make the model call the soil wet: the valves stay shut (evading the model,
 * AML.T0015), not a setpoint written past its range. Quiet: fixed rules in the service,
 * no model, name no evasion. */
static const char *greenhouse(bool model) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  soil [label=\"Soil moisture sensors (LoRaWAN)\", shape=box];\n"
           "  subgraph cluster_g { label=\"Greenhouse network\";\n"
           "    tdb [label=\"Telemetry (TimescaleDB)\", shape=cylinder];\n"
           "    sc [label=\"%s\"];\n"
           "%s"
           "    valve [label=\"Valve controller (PLC)\"]; }\n"
           "  soil -> tdb [label=\"readings\"];\n"
           "  tdb -> sc [label=\"last hour\"];\n"
           "%s"
           "  sc -> valve [label=\"open / close\"];\n"
           "}\n",
           model ? "Irrigation service (FastAPI)"
                 : "Irrigation rules (Python, thresholds)",
           model ? "    m [label=\"Irrigation model (LightGBM)\"];\n" : "",
           model ? "  sc -> m [label=\"features\"];\n  m -> sc [label=\"need water?\"];\n"
                 : "");
  return buf;
}

static void test_sensor_readings_evade_a_consulted_model_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(greenhouse(true));
  assert_true(aimed(ir, "soil", "valve", "deny_service"));
  assert_true(hop_names(ir, "soil", "valve", "deny_service", "sc", "AML.T0015", NULL));
  assert_true(hop_names(ir, "soil", "valve", "deny_service", "tdb", "AML.T0043", NULL));
  tmc_ir_free(ir);
  ir = analysed(greenhouse(false));
  assert_false(any_hop_names(ir, "soil", NULL, "AML.T0015"));
  tmc_ir_free(ir);
}

/* The same on draw.io, in Slovak: a barn's air sensors ("Senzory kvality
 * vzduchu"), a ventilation service that asks its model and drives the
 * fans' controller. Quiet: the service asks no model. */
#define BARN(svc_label, model_cells)                                                     \
  HEAD ZONE("z", "Sieť farmy", 300, 0, 900, 400)                                         \
      V("s", "Senzory kvality vzduchu", CARD, 0, 100, 160, 60)                           \
          C("svc", "z", svc_label, CARD, 20, 40, 160, 60)                                \
              C("fan", "z", "Riadenie ventilátorov (PLC)", CARD, 420, 40, 160, 60)       \
                  model_cells LINK("e1", "s", "svc", "merania")                          \
                      LINK("e2", "svc", "fan", "výkon") TAIL

static void test_sensor_readings_evade_a_consulted_model_drawio(void **state) {
  (void)state;
  static const char *xml =
      BARN("Služba ventilácie (Go)",
           C("m", "z", "Model ventilácie (XGBoost)", CARD, 220, 200, 160, 60)
               LINK("e3", "svc", "m", "príznaky") LINK("e4", "m", "svc", "predikcia"));
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(ir->elements[el(ir, "s")].facts.sensor);
  assert_true(hop_names(ir, "s", "fan", "deny_service", "svc", "AML.T0015", NULL));
  tmc_ir_free(ir);
  static const char *quiet = BARN("Služba ventilácie (Go, prahy)", );
  ir = analysed_as("t.drawio", quiet);
  assert_false(any_hop_names(ir, "s", NULL, "AML.T0015"));
  tmc_ir_free(ir);
}

/* A marina in DOT: berth holders book through the web app; a gate job has
 * a bulk SMS sender text them their gate code. The SMS service only hears from
 * the system and only sends on to the berth holders: where output leaves,
 * no way in, so the berth holders' paths are their own (not a relay's).
 * Quiet: an SMS service that also posts the holders' replies into the
 * system (an inbound webhook) stays a way in. */
static const char *marina(bool inbound) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  holders [label=\"Berth holders\", shape=ellipse];\n"
           "  sms [label=\"Bulk SMS sender (Kaleyra)\", shape=box];\n"
           "  subgraph cluster_m { label=\"Marina VPS\";\n"
           "    web [label=\"Booking web app (Laravel)\"];\n"
           "    db [label=\"Berth register (MySQL)\", shape=cylinder];\n"
           "    gate [label=\"Gate code job (cron)\"]; }\n"
           "  holders -> web [label=\"booking\"];\n"
           "  web -> db [label=\"writes\"];\n"
           "  db -> gate [label=\"today's holders\"];\n"
           "  gate -> sms [label=\"gate code\"];\n"
           "  sms -> holders [label=\"text\"];\n"
           "%s"
           "}\n",
           inbound ? "  sms -> web [label=\"reply webhook\"];\n" : "");
  return buf;
}

static void test_sms_service_that_only_delivers_is_no_entry_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(marina(false));
  assert_false(ir->elements[el(ir, "sms")].facts.is_entry);
  assert_true(ir->elements[el(ir, "holders")].facts.is_entry);
  assert_true(aimed(ir, "holders", "db", "exfiltrate"));
  tmc_ir_free(ir);
  ir = analysed(marina(true));
  assert_true(ir->elements[el(ir, "sms")].facts.is_entry);
  tmc_ir_free(ir);
}

/* The same on draw.io: a school's absence notices, a telco's notification
 * relay the notice job calls, which only delivers to parents' phones.
 * Quiet: a partner portal that both gets the system's exports and sends
 * rosters back into it stays a way in. */
#define SCHOOL(push_label, back)                                                         \
  HEAD ZONE("z", "School cloud", 300, 0, 900, 400)                                       \
      V("par", "Parents", "shape=umlActor;html=1;", 0, 100, 30, 60)                      \
          V("p", push_label, "ellipse;shape=cloud;html=1;", 1300, 100, 160, 80)          \
              C("app", "z", "Parent portal (Django)", CARD, 20, 40, 160, 60)             \
                  C("db", "z", "Pupil records (PostgreSQL)", DB, 220, 40, 140, 60)       \
                      C("job", "z", "Absence notice job", CARD, 420, 40, 140, 60)        \
                          LINK("e1", "par", "app", "sign in")                            \
                              LINK("e2", "app", "db", "reads")                           \
                                  LINK("e3", "db", "job", "absences")                    \
                                      LINK("e4", "job", "p", "notice")                   \
                                          LINK("e5", "p", "par", "push") back TAIL

static void test_push_service_that_only_delivers_is_no_entry_drawio(void **state) {
  (void)state;
  static const char *xml = SCHOOL("Notification relay (telco)", );
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_false(ir->elements[el(ir, "p")].facts.is_entry);
  assert_true(ir->elements[el(ir, "par")].facts.is_entry);
  tmc_ir_free(ir);
  static const char *quiet =
      SCHOOL("County partner portal", LINK("e6", "p", "app", "class rosters"));
  ir = analysed_as("t.drawio", quiet);
  assert_true(ir->elements[el(ir, "p")].facts.is_entry);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_store_read_back_by_the_agent_is_exfiltrated_dot),
      cmocka_unit_test(test_store_read_back_by_the_agent_is_exfiltrated_drawio),
      cmocka_unit_test(test_chat_through_a_messenger_is_direct_drawio),
      cmocka_unit_test(test_chat_through_a_messenger_is_direct_dot),
      cmocka_unit_test(test_vendor_registry_image_tampers_the_model_dot),
      cmocka_unit_test(test_vendor_registry_image_tampers_the_model_drawio),
      cmocka_unit_test(test_sensor_readings_evade_a_consulted_model_dot),
      cmocka_unit_test(test_sensor_readings_evade_a_consulted_model_drawio),
      cmocka_unit_test(test_sms_service_that_only_delivers_is_no_entry_dot),
      cmocka_unit_test(test_push_service_that_only_delivers_is_no_entry_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
