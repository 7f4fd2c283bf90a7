/* test_paths42.c - the goal a route to a model on people's devices names
 * (issue #16, goals; xpath): "a model copied from a device" (TMC-PATH-011)
 * starts where someone holds a device (its owner, a wearer) and reaches the
 * model through the app that runs it. A route that brings the model onto
 * every device (a model registry, a release store holding the builds, an
 * over-the-air update, an app update a release pipeline ships) is the
 * model's supply chain: whoever starts there swaps the model every device
 * installs, a tampering aim, never a copy lifted off one device.
 *
 * A delivery drone in DOT: the flight software team uploads builds to a
 * release store an OTA service pushes to the drone's flight controller app,
 * which runs an on-device obstacle detector; the drone's owner flies it. A
 * hearing-aid companion app in draw.io: audio ML engineers register models
 * in a registry a release pipeline ships in app updates; the wearer uses the
 * app, which runs an on-device noise classifier. */
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

static const char *DRONE_DOT =
    "digraph drones {\n"
    "  fw [label=\"Flight software team (builds and uploads releases)\", shape=box];\n"
    "  owner [label=\"Drone owner\", shape=box];\n"
    "  subgraph cluster_cloud { label=\"Vendor cloud\";\n"
    "    rel [label=\"Release storage (model builds)\", shape=cylinder];\n"
    "    ota [label=\"Over-the-air update service\"]; }\n"
    "  subgraph cluster_drone { label=\"Drone\";\n"
    "    fc [label=\"Flight controller app\"];\n"
    "    obs [label=\"Obstacle detector (TFLite, on device)\", type=model]; }\n"
    "  fw -> rel [label=\"upload build\"];\n"
    "  rel -> ota [label=\"new release\"];\n"
    "  ota -> fc [label=\"OTA update\"];\n"
    "  owner -> fc [label=\"flies\"];\n"
    "  fc -> obs [label=\"camera frames\"];\n"
    "  obs -> fc [label=\"obstacles\"];\n"
    "}\n";

static const char *HEARING_DRAWIO =
    "<mxfile><diagram name=\"hearing\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell "
    "id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"eng\" value=\"Audio ML engineers (register new models)\" "
    "style=\"shape=umlActor;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"40\" "
    "width=\"120\" height=\"40\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"user\" value=\"Hearing-aid wearer\" style=\"shape=umlActor;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"200\" width=\"40\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"phone\" value=\"Wearer's phone\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"220\" y=\"0\" width=\"400\" "
    "height=\"300\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"app\" value=\"Companion app\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"phone\"><mxGeometry x=\"20\" y=\"60\" width=\"120\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"clf\" value=\"Noise classifier (Core ML, on device)\" "
    "style=\"rounded=1;\" vertex=\"1\" parent=\"phone\"><mxGeometry x=\"220\" y=\"60\" "
    "width=\"140\" height=\"40\" as=\"geometry\"><mxPoint "
    "as=\"sourcePoint\"/></mxGeometry></mxCell>\n"
    "<mxCell id=\"reg\" value=\"Model registry (MLflow)\" style=\"shape=cylinder3;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"400\" width=\"120\" "
    "height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"bld\" value=\"Release pipeline (CI signs the app)\" "
    "style=\"rounded=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"220\" y=\"400\" "
    "width=\"160\" height=\"40\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e0\" value=\"register model\" edge=\"1\" parent=\"1\" source=\"eng\" "
    "target=\"reg\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e5\" value=\"approved model\" edge=\"1\" parent=\"1\" source=\"reg\" "
    "target=\"bld\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e1\" value=\"app update\" edge=\"1\" parent=\"1\" source=\"bld\" "
    "target=\"app\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e2\" value=\"adjusts settings\" edge=\"1\" parent=\"1\" "
    "source=\"user\" target=\"app\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e3\" value=\"audio features\" edge=\"1\" parent=\"1\" source=\"app\" "
    "target=\"clf\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e4\" value=\"scene class\" edge=\"1\" parent=\"1\" source=\"clf\" "
    "target=\"app\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel></diagram></mxfile>\n";

/* Is there a shown path from entry to target whose goal's aim is aim? */
static bool aimed_path(const tmc_ir *ir, const char *entry, const char *target,
                       const char *aim) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const char *a = aim_of(ir, i);
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target) &&
        a && strcmp(a, aim) == 0)
      return true;
  }
  return false;
}

/* The holder's path is a copy off the device; the shipper's route is a
 * swap of the model, not a copy. */
static void shipped_not_copied(const tmc_ir *ir, const char *holder, const char *shipper,
                               const char *model) {
  assert_true(ir->elements[el(ir, model)].facts.on_device);
  assert_true(path_of(ir, holder, model, "TMC-PATH-011"));
  assert_false(path_of(ir, shipper, model, "TMC-PATH-011"));
  assert_true(aimed_path(ir, shipper, model, "tamper_model"));
}

static void test_ota_route_is_no_device_copy_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.dot", DRONE_DOT);
  shipped_not_copied(ir, "owner", "fw", "obs");
  tmc_ir_free(ir);
}

static void test_registry_route_is_no_device_copy_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", HEARING_DRAWIO);
  shipped_not_copied(ir, "user", "eng", "clf");
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ota_route_is_no_device_copy_dot),
      cmocka_unit_test(test_registry_route_is_no_device_copy_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
