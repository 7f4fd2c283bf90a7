/* test_xgoal31.c - a model replaced over a remote-support session (issue
 * #16, goals; xgoal, cross-31): a remote-access session from outside (a
 * vendor's or integrator's remote desktop, a support VPN) that lands on the
 * machine a model runs on, or on the network before it, lets whoever holds
 * the session swap the model file: TMC-PATH-022 names that route
 * tamper_model (AML.T0012 where the session lands, AML.T0018 at the model),
 * also where the same route is first named a copy of the model off the
 * machine (names_again). The session is known by its flow's words, or by the
 * party being named by its remote-access tool when the flow's label says
 * nothing of it.
 *
 * A bottling line in DOT: an integrator's support desk reaches the line PC
 * by remote desktop; the line PC runs a fill-level inspector. A
 * self-checkout in draw.io: the scale vendor, named by its remote tool, has
 * a "monthly visit" to the kiosk, which runs a produce recognizer.
 *
 * Second: a store whose label names the logins or keys it keeps in words a
 * reviewer uses (a login and its password written as a pair, "user/pass",
 * "EHR login / password"; a backup tool's "B2 key"; an Airflow
 * deployment's connections) lists keys (keys_listed), so the path that
 * reaches it is credential theft (TMC-PATH-006, steal_credentials), not a
 * plain asset reached; a database listing keys among its records
 * ("invoices / customers / api keys") still does not. A clinic's check-in
 * tablet in DOT, a contractor on a scheduler's UI in draw.io. */
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

static const char *BOTTLING_DOT =
    "digraph bottling {\n"
    "  integrator [label=\"Integrator support desk\", shape=box];\n"
    "  operator [label=\"Line operator\", shape=box];\n"
    "  subgraph cluster_plant { label=\"Bottling plant OT network\"; style=dashed;\n"
    "    cam [label=\"Filler camera\"];\n"
    "    linepc [label=\"Line PC (Windows, inspection runtime)\"];\n"
    "    insp [label=\"Fill-level inspector (ONNX model)\", shape=box];\n"
    "    reject [label=\"Reject gate controller\"];\n"
    "    hist [label=\"Inspection results\", shape=cylinder]; }\n"
    "  integrator -> linepc [label=\"remote desktop (AnyDesk, shared password)\"];\n"
    "  operator -> linepc [label=\"acknowledges rejects\"];\n"
    "  cam -> linepc [label=\"frames\"];\n"
    "  linepc -> insp [label=\"frames\"];\n"
    "  insp -> linepc [label=\"fill verdict\"];\n"
    "  linepc -> reject [label=\"reject signal\"];\n"
    "  linepc -> hist [label=\"verdicts\"];\n"
    "}\n";

static const char *KIOSK_DRAWIO =
    "<mxfile><diagram name=\"kiosk\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell "
    "id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"vendor\" value=\"Scale vendor – Splashtop\" style=\"rounded=0;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"40\" width=\"140\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"shopper\" value=\"Shopper\" style=\"shape=umlActor;\" vertex=\"1\" "
    "parent=\"1\"><mxGeometry x=\"20\" y=\"200\" width=\"40\" height=\"60\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"store\" value=\"Store network\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"220\" y=\"0\" width=\"500\" "
    "height=\"320\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"kiosk\" value=\"Self-checkout kiosk\" style=\"rounded=1;\" "
    "vertex=\"1\" parent=\"store\"><mxGeometry x=\"20\" y=\"60\" width=\"120\" "
    "height=\"40\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"rec\" value=\"Produce recognizer (TFLite model)\" style=\"rounded=1;\" "
    "vertex=\"1\" parent=\"store\"><mxGeometry x=\"220\" y=\"60\" width=\"160\" "
    "height=\"40\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"pos\" value=\"POS server\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"store\"><mxGeometry x=\"220\" y=\"200\" width=\"120\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e1\" value=\"monthly visit\" edge=\"1\" parent=\"1\" source=\"vendor\" "
    "target=\"kiosk\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e2\" value=\"places item on scale\" edge=\"1\" parent=\"1\" "
    "source=\"shopper\" target=\"kiosk\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e3\" value=\"item photo\" edge=\"1\" parent=\"1\" source=\"kiosk\" "
    "target=\"rec\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e4\" value=\"produce code\" edge=\"1\" parent=\"1\" source=\"rec\" "
    "target=\"kiosk\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e5\" value=\"sale\" edge=\"1\" parent=\"1\" source=\"kiosk\" "
    "target=\"pos\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel></diagram></mxfile>\n";

/* The shown path from entry to target whose goal's aim is aim, or TMC_NONE. */
static uint32_t shown_aimed(const tmc_ir *ir, const char *entry, const char *target,
                            const char *aim) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const char *a = aim_of(ir, i);
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target) &&
        a && strcmp(a, aim) == 0)
      return i;
  }
  return TMC_NONE;
}

/* The session holder's route to the model is shown as a swap of the model,
 * each hop after the entry naming its technique: the login where the
 * session lands, the model's manipulation at the end. */
static void swapped_over_session(const tmc_ir *ir, const char *holder,
                                 const char *model) {
  assert_true(path_of(ir, holder, model, "TMC-PATH-022"));
  uint32_t p = shown_aimed(ir, holder, model, "tamper_model");
  assert_int_not_equal(p, TMC_NONE);
  const tmc_path *pp = &ir->paths[p];
  assert_true(pp->n_hops >= 3);
  for (uint32_t h = 1; h < pp->n_hops; h++)
    assert_non_null(pp->hops[h].technique);
  assert_true(technique_is(pp->hops[1].technique, "AML.T0012"));
  assert_true(technique_is(pp->hops[pp->n_hops - 1].technique, "AML.T0018"));
}

static void test_session_by_flow_words_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.dot", BOTTLING_DOT);
  swapped_over_session(ir, "integrator", "insp");
  /* the operator at the line has no session from outside */
  assert_false(path_of(ir, "operator", "insp", "TMC-PATH-022"));
  tmc_ir_free(ir);
}

static void test_session_by_party_name_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", KIOSK_DRAWIO);
  swapped_over_session(ir, "vendor", "rec");
  assert_false(path_of(ir, "shopper", "rec", "TMC-PATH-022"));
  tmc_ir_free(ir);
}

static const char *CLINIC_DOT =
    "digraph clinic {\n"
    "  guest [label=\"Patient on guest Wi-Fi\", shape=box];\n"
    "  subgraph cluster_clinic { label=\"Clinic LAN\"; style=dashed;\n"
    "    tablet [label=\"Waiting-room check-in tablet\"];\n"
    "    tset [label=\"Tablet settings (EHR login / password)\", shape=cylinder];\n"
    "    bill [label=\"Billing DB (invoices / customers / api keys)\", shape=cylinder];\n"
    "    cfg [label=\"Door controller config: one user/pass for every door\", "
    "shape=cylinder];\n"
    "    front [label=\"Front desk app\"]; }\n"
    "  guest -> tablet [label=\"check-in form\"];\n"
    "  tablet -> tset [label=\"reads\", dir=both];\n"
    "  tablet -> front [label=\"arrivals\"];\n"
    "  front -> bill [label=\"charges\"];\n"
    "  front -> cfg [label=\"reads\"];\n"
    "}\n";

static const char *ETL_DRAWIO =
    "<mxfile><diagram name=\"etl\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell "
    "id=\"1\" parent=\"0\"/>\n"
    "<mxCell id=\"contractor\" value=\"Contract data engineer\" "
    "style=\"shape=umlActor;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"20\" y=\"40\" "
    "width=\"40\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"vpc\" value=\"Analytics VPC\" style=\"swimlane;dashed=1;\" "
    "vertex=\"1\" parent=\"1\"><mxGeometry x=\"220\" y=\"0\" width=\"520\" "
    "height=\"360\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"ui\" value=\"Scheduler web UI\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"vpc\"><mxGeometry x=\"20\" y=\"60\" width=\"120\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"conns\" value=\"Airflow connections &amp; variables\" "
    "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"vpc\"><mxGeometry x=\"220\" "
    "y=\"60\" width=\"160\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"bk\" value=\"Nightly backup job\" style=\"rounded=1;\" vertex=\"1\" "
    "parent=\"vpc\"><mxGeometry x=\"20\" y=\"200\" width=\"120\" height=\"40\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"bkset\" value=\"Backup job settings&lt;br&gt;(B2 key)\" "
    "style=\"shape=cylinder3;\" vertex=\"1\" parent=\"vpc\"><mxGeometry x=\"220\" "
    "y=\"200\" width=\"160\" height=\"60\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e1\" value=\"edits DAG runs\" edge=\"1\" parent=\"1\" "
    "source=\"contractor\" target=\"ui\"><mxGeometry relative=\"1\" "
    "as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e2\" value=\"reads\" edge=\"1\" parent=\"1\" source=\"conns\" "
    "target=\"ui\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e3\" value=\"triggers\" edge=\"1\" parent=\"1\" source=\"ui\" "
    "target=\"bk\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "<mxCell id=\"e4\" value=\"reads\" edge=\"1\" parent=\"1\" source=\"bkset\" "
    "target=\"bk\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n"
    "</root></mxGraphModel></diagram></mxfile>\n";

/* The store lists keys and the entry's path to it is a credential theft. */
static void keys_stolen(const tmc_ir *ir, const char *entry, const char *store) {
  assert_true(ir->elements[el(ir, store)].facts.keys_listed);
  assert_true(path_of(ir, entry, store, "TMC-PATH-006"));
  assert_int_not_equal(shown_aimed(ir, entry, store, "steal_credentials"), TMC_NONE);
}

static void test_login_pairs_listed_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.dot", CLINIC_DOT);
  keys_stolen(ir, "guest", "tset"); /* "EHR login / password" */
  keys_stolen(ir, "guest", "cfg");  /* "one user/pass" */
  assert_false(ir->elements[el(ir, "bill")].facts.keys_listed);
  assert_false(path_of(ir, "guest", "bill", "TMC-PATH-006"));
  tmc_ir_free(ir);
}

static void test_named_keys_listed_drawio(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("t.drawio", ETL_DRAWIO);
  keys_stolen(ir, "contractor", "conns"); /* Airflow connections */
  keys_stolen(ir, "contractor", "bkset"); /* (B2 key) */
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_session_by_flow_words_dot),
      cmocka_unit_test(test_session_by_party_name_drawio),
      cmocka_unit_test(test_login_pairs_listed_dot),
      cmocka_unit_test(test_named_keys_listed_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
