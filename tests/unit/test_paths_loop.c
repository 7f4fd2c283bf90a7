/* test_paths_loop.c - a loop's second pass (r2tamper, paths.c loop_walk):
 * the model an attacker tampers with comes back to where the attacker
 * started. What they send from their own app or device is trained on, and
 * the retrained model is shipped back through that same app or device: the
 * route passes an element twice, so no loopless path draws it, and the pair
 * showed only the direct theft or evasion of the model.
 *
 * A smart thermostat in DOT: homeowners' setpoint corrections go from the
 * app through the sync API into a table a weekly job trains on, and the
 * approved model comes back in a bundle through the same API into the app
 * that runs it. Self-checkout kiosks in draw.io: each kiosk trains the basket-fraud
 * model on its own scans (federated), the averaging server's model is
 * stored and pushed back to every kiosk by an update service. In both, the
 * pair from the people at the device to the model on it is a tampering path
 * that passes the trainer and returns; a path of another aim to that model
 * stays, and a path that needs no loop (the training table poisoned) stays
 * loopless. */
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

static const char *THERMO_DOT =
    "digraph thermostat {\n"
    "  owners [label=\"Homeowners\", shape=ellipse];\n"
    "  subgraph cluster_home { label=\"In each home\"; style=dashed;\n"
    "    app [label=\"Comfort app (iOS / Android)\"];\n"
    "    comfort [label=\"Comfort prediction model\\n(in the app, TFLite)\"];\n"
    "    stat [label=\"Wall thermostat firmware\"];\n"
    "  }\n"
    "  subgraph cluster_cloud { label=\"Vendor cloud\"; style=dashed;\n"
    "    api [label=\"Sync API\"];\n"
    "    prefs [label=\"Setpoint corrections table\", shape=cylinder];\n"
    "    fit [label=\"Weekly comfort model training job\"];\n"
    "    reg [label=\"Model registry\", shape=cylinder];\n"
    "    ota [label=\"Firmware OTA service\"];\n"
    "  }\n"
    "  owners -> app [label=\"manual setpoint changes\"];\n"
    "  app -> comfort [label=\"room readings, setpoints\"];\n"
    "  comfort -> app [label=\"predicted schedule\"];\n"
    "  app -> stat [label=\"schedule (BLE)\"];\n"
    "  app -> api [label=\"corrections\"];\n"
    "  api -> prefs [label=\"append\"];\n"
    "  prefs -> fit [label=\"12 weeks of corrections\"];\n"
    "  fit -> reg [label=\"candidate model\"];\n"
    "  reg -> ota [label=\"approved model\"];\n"
    "  ota -> api [label=\"firmware bundle\"];\n"
    "  api -> app [label=\"firmware bundle\"];\n"
    "}\n";

#define V(id, label, style, parent)                                                      \
  "<mxCell id=\"" id "\" value=\"" label "\" style=\"" style                             \
  "\" vertex=\"1\" parent=\"" parent                                                     \
  "\"><mxGeometry width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>"
#define E(id, label, s, t)                                                               \
  "<mxCell id=\"" id "\" value=\"" label "\" edge=\"1\" parent=\"1\" source=\"" s        \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
static const char *KIOSK_DRAWIO =
    "<mxfile><diagram name=\"kiosks\"><mxGraphModel><root>"
    "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
    "<mxCell id=\"z1\" value=\"Store (every kiosk)\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"200\" width=\"300\" height=\"300\" "
    "as=\"geometry\"/></mxCell>"
    "<mxCell id=\"z2\" value=\"Retail cloud\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"600\" width=\"300\" height=\"300\" "
    "as=\"geometry\"/></mxCell>" /* */
    V("shoppers", "Self-checkout shoppers", "shape=umlActor;",
      "1") V("kiosk", "Self-checkout kiosk software", "rounded=1;",
             "z1") V("fraud", "Basket fraud model (on kiosk)", "rounded=1;",
                     "z1") V("local", "On-kiosk federated trainer", "rounded=1;", "z1")
        V("avg", "Federated averaging server", "rounded=1;",
          "z2") V("bucket", "Global model bucket", "shape=cylinder3;",
                  "z2") V("push", "Kiosk update service", "rounded=1;", "z2")
            E("f1", "item scans, weights", "shoppers", "kiosk")
                E("f2", "basket features", "kiosk", "fraud") E("f3", "fraud score",
                                                               "fraud", "kiosk")
                    E("f4", "labelled baskets", "kiosk", "local") E("f5", "model update",
                                                                    "local", "avg")
                        E("f6", "new global model", "avg", "bucket")
                            E("f7", "released model", "bucket", "push")
                                E("f8", "model package", "push",
                                  "kiosk") "</root></mxGraphModel></diagram></mxfile>";

/* The first path from entry to target whose aim is aim (shown: the
 * report's), or NULL. */
static const tmc_path *aimed_path(const tmc_ir *ir, const char *entry, const char *target,
                                  const char *aim) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const char *a = aim_of(ir, i);
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target) &&
        a && strcmp(a, aim) == 0)
      return &ir->paths[i];
  }
  return NULL;
}

/* How many times the path passes element id. */
static uint32_t visits(const tmc_ir *ir, const tmc_path *p, const char *id) {
  uint32_t n = 0;
  for (uint32_t h = 0; h < p->n_hops; h++)
    n += p->hops[h].element == el(ir, id);
  return n;
}

static void test_feedback_comes_back_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.dot", THERMO_DOT);
  const tmc_path *p = aimed_path(ir, "owners", "comfort", "tamper_model");
  assert_non_null(p);
  /* through the training job, and back through the app it started from */
  assert_int_equal(visits(ir, p, "fit"), 1);
  assert_int_equal(visits(ir, p, "app"), 2);
  /* a path of another aim to the model on the device is still there */
  bool other = false;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    other |= ir->paths[i].entry == el(ir, "owners") &&
             ir->paths[i].asset == el(ir, "comfort") && p != &ir->paths[i];
  assert_true(other);
  /* a path that needs no loop is loopless */
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].asset == el(ir, "prefs"))
      assert_true(visits(ir, &ir->paths[i], "app") <= 1);
  tmc_ir_free(ir);
}

static void test_federated_update_comes_back_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", KIOSK_DRAWIO);
  const tmc_path *p = aimed_path(ir, "shoppers", "fraud", "tamper_model");
  assert_non_null(p);
  assert_int_equal(visits(ir, p, "avg"), 1);
  assert_int_equal(visits(ir, p, "kiosk"), 2);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_feedback_comes_back_dot),
      cmocka_unit_test(test_federated_update_comes_back_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
