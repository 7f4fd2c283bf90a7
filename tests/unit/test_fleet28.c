/* test_fleet28.c - field devices stopped through their operators' access
 * (TMC-PATH-047, issue #16, tally28 "control by staff, vendors or service
 * access").
 *
 * The people who run a fleet of devices (operations staff, another firm's
 * service technicians) reach the units through the code that sends them
 * their commands, the broker that relays them, or a maintenance port:
 * whoever takes over such an account, session or laptop stops the fleet
 * (deny_service, CAPEC-122 at the device or broker, no ATLAS id on a system
 * without AI). Worded unlike the tuning sets' vans, meters and door
 * controllers: an e-scooter fleet in DOT, a car park's wallboxes in
 * draw.io. Quiet: the riders, members of the public, reach the same broker
 * through the ride API; a technician who only reads a wallbox's display
 * (no maintenance port) holds their own tool. */
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
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* An e-scooter operator: riders start and end rides through the ride API,
 * which also publishes the unlock; operations staff lock whole areas or
 * cap speeds through their console, which publishes to the same broker. */
static const char scooters[] =
    "digraph g {\n"
    "  riders [label=\"Riders (public app)\", shape=box];\n"
    "  ops [label=\"Fleet operations staff\", shape=box];\n"
    "  subgraph cluster_cloud { label=\"Scooter platform (AWS)\";\n"
    "    console [label=\"Ops console API\"];\n"
    "    rideapi [label=\"Ride API\"];\n"
    "    broker [label=\"MQTT broker\"];\n"
    "    trips [label=\"Trips DB\", shape=cylinder]; }\n"
    "  subgraph cluster_street { label=\"On the street\";\n"
    "    iot [label=\"Scooter IoT module (ESP32)\"]; }\n"
    "  riders -> rideapi [label=\"start / end ride\"];\n"
    "  rideapi -> trips [label=\"trip records\"];\n"
    "  ops -> console [label=\"bulk lock, speed limit\"];\n"
    "  console -> broker [label=\"publish command\"];\n"
    "  rideapi -> broker [label=\"publish unlock\"];\n"
    "  broker -> iot [label=\"lock / unlock commands\"];\n"
    "  iot -> broker [label=\"telemetry\"];\n"
    "}\n";

static void test_operators_stop_the_scooter_fleet_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(scooters);
  /* through the console that orders the units, into their broker */
  assert_true(path_of(ir, "ops", "broker", "TMC-PATH-047"));
  assert_true(
      hop_names(ir, "ops", "broker", "deny_service", "broker", "CAPEC-122", NULL));
  assert_true(
      hop_names(ir, "ops", "broker", "deny_service", "console", "CAPEC-122", NULL));
  /* ... and along the flow that commands them, to the units */
  assert_true(path_of(ir, "ops", "iot", "TMC-PATH-047"));
  assert_false(any_hop_names(ir, "ops", "deny_service", "AML"));
  /* quiet: riders are the public, no operators of the fleet */
  assert_false(path_of(ir, "riders", "broker", "TMC-PATH-047"));
  assert_false(path_of(ir, "riders", "iot", "TMC-PATH-047"));
  tmc_ir_free(ir);
}

/* A car park's wallboxes on draw.io: the charge-point operator's central
 * system starts and stops sessions; a service technician commissions each
 * wallbox over its UART console (`link` is the technician's flow). */
#define WALLBOX(link)                                                                    \
  "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"                \
  "<mxCell id=\"z\" value=\"Charging network backend (Azure)\" style=\"rounded=0;"       \
  "whiteSpace=wrap;html=1;dashed=1;fillColor=none;verticalAlign=top;container=1;\" "     \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"300\" y=\"0\" width=\"500\" "               \
  "height=\"300\" "                                                                      \
  "as=\"geometry\"/></mxCell>"                                                           \
  "<mxCell id=\"ocpp\" value=\"OCPP central system\" style=\"rounded=1;whiteSpace=wrap;" \
  "html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"20\" y=\"40\" width=\"160\" "     \
  "height=\"60\" as=\"geometry\"/></mxCell>"                                             \
  "<mxCell id=\"sess\" value=\"Charging sessions\" style=\"shape=cylinder3;"             \
  "whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"z\"><mxGeometry x=\"250\" y=\"40\" "  \
  "width=\"140\" height=\"60\" as=\"geometry\"/></mxCell>"                               \
  "<mxCell id=\"site\" value=\"Car park level -2\" style=\"rounded=0;whiteSpace=wrap;"   \
  "html=1;dashed=1;fillColor=none;verticalAlign=top;container=1;\" vertex=\"1\" "        \
  "parent=\"1\"><mxGeometry x=\"0\" y=\"350\" width=\"300\" height=\"200\" "             \
  "as=\"geometry\"/></mxCell>"                                                           \
  "<mxCell id=\"wb\" value=\"Wallbox controller (STM32)\" style=\"rounded=1;"            \
  "whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"site\"><mxGeometry x=\"20\" "         \
  "y=\"40\" "                                                                            \
  "width=\"160\" height=\"60\" as=\"geometry\"/></mxCell>"                               \
  "<mxCell id=\"tech\" value=\"Service technician\" style=\"shape=umlActor;html=1;\" "   \
  "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"100\" width=\"30\" height=\"60\" "  \
  "as=\"geometry\"/></mxCell>"                                                           \
  "<mxCell id=\"e1\" value=\"" link "\" edge=\"1\" parent=\"1\" source=\"tech\" "        \
  "target=\"wb\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"                  \
  "<mxCell id=\"e2\" value=\"meter values, status\" edge=\"1\" parent=\"1\" "            \
  "source=\"wb\" target=\"ocpp\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"  \
  "<mxCell id=\"e3\" value=\"remote start / stop\" edge=\"1\" parent=\"1\" "             \
  "source=\"ocpp\" target=\"wb\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"  \
  "<mxCell id=\"e4\" value=\"session records\" edge=\"1\" parent=\"1\" source=\"ocpp\" " \
  "target=\"sess\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"                \
  "</root></mxGraphModel>"

static void test_technician_port_stops_a_wallbox_drawio(void **state) {
  (void)state;
  /* the maintenance port: the wallbox is the site's, not the technician's
   * own tool, and whoever holds the laptop re-points it */
  static const char port[] = WALLBOX("UART console: backend URL, certificate");
  tmc_ir *ir = analysed_as("t.drawio", port);
  assert_true(path_of(ir, "tech", "wb", "TMC-PATH-047"));
  assert_true(hop_names(ir, "tech", "wb", "deny_service", "wb", "CAPEC-122", NULL));
  assert_false(any_hop_names(ir, "tech", "deny_service", "AML"));
  tmc_ir_free(ir);
  /* quiet: reading the display is no maintenance port, the technician's
   * own use of the device */
  static const char look[] = WALLBOX("reads the charger display");
  ir = analysed_as("t.drawio", look);
  assert_false(path_of(ir, "tech", "wb", "TMC-PATH-047"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_operators_stop_the_scooter_fleet_dot),
      cmocka_unit_test(test_technician_port_stops_a_wallbox_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
