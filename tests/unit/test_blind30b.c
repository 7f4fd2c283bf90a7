/* test_blind30b.c - what blind30's no-AI systems taught (g30b, issues #15,
 * #16), each in wordings and domains of this file's own: a DOT edge label's
 * \E, \T and \H are its ends' names, as Graphviz draws them; people named
 * by a collective word, the system's own kiosks, the unit that drives a lock,
 * a config file whose keys name a vendor, and owners of what a public
 * service registers are what they are; Cisco SAFE's Design icons, drawn
 * alone or as composite icons, say their kind; a config file lists its keys
 * a setting a line; card payments people start are card testing's way in. */
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

static const char *flow_label(const tmc_ir *ir, const char *src, const char *dst) {
  return ir->flows[flow(ir, src, dst)].label;
}

/* DOT, a library's lending desk: a graph-wide default edge label "\T to
 * \H" names both ends, "\E" the edge, "\G" the graph; an escaped record
 * label stays as written; a label of its own is kept; in an undirected
 * graph \E joins the ends with "--". */
static void test_dot_edge_name_escapes(void **state) {
  (void)state;
  static const char dot[] = "digraph lending {\n"
                            " node [shape=record]; edge [label=\"\\T to \\H\"];\n"
                            " desk [label=\"{Loans desk|renew \\| return\\l}\"];\n"
                            " cat [label=\"Catalogue\", shape=cylinder];\n"
                            " patron [label=\"Patrons\", shape=box];\n"
                            " desk -> cat;\n"
                            " cat -> desk [label=\"\\E (holds)\"];\n"
                            " patron -> desk [label=\"loan request\"];\n"
                            " desk -> patron [label=\"\\G: due date\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_string_equal(flow_label(ir, "desk", "cat"), "desk to cat");
  assert_string_equal(flow_label(ir, "cat", "desk"), "cat->desk (holds)");
  assert_string_equal(flow_label(ir, "patron", "desk"), "loan request");
  assert_string_equal(flow_label(ir, "desk", "patron"), "lending: due date");
  assert_string_equal(elem_at(ir, "desk")->label, "Loans desk renew | return");
  tmc_ir_free(ir);
  static const char undirected[] = "graph g {\n"
                                   " a [label=\"Till\"]; b [label=\"Stock list\"];\n"
                                   " a -- b [label=\"\\E\"];\n"
                                   "}\n";
  ir = analyse_with(undirected, cat, "classify");
  assert_string_equal(ir->flows[0].label, "a--b");
  tmc_ir_free(ir);
}

/* DOT, a parcel locker network: "Depot coworkers" on an ellipse are people;
 * a "Self-service kiosk" record listing its readers runs our code; the
 * "Locker lock controller (NB-IoT)" on box3d inside our zone is a field
 * device; a note "locker.ini" whose lines are settings keys naming Stripe
 * is a store of them. Quiet: a bare card reader stays a device, Stripe
 * itself stays the vendor. */
static void test_people_kiosk_lock_settings_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph lockers {\n"
      " node [shape=record];\n"
      " subgraph cluster_site { label=\"Depot\"; style=dashed;\n"
      "  staff [shape=ellipse, label=\"Depot coworkers\\n(shift badges)\"];\n"
      "  kiosk [label=\"{Self-service kiosk|touch screen\\lbarcode scanner \\| card "
      "reader\\l}\"];\n"
      "  ini [shape=note, label=\"locker.ini\\lstripe_secret=…\\lsite_id = 12\\l\"];\n"
      "  lockctl [shape=box3d, label=\"Locker lock controller\\n(NB-IoT)\"];\n"
      "  reader [shape=box3d, label=\"Card reader\"];\n"
      " }\n"
      " subgraph cluster_cloud { label=\"Locker cloud\"; style=dashed;\n"
      "  api [label=\"{locker-api|Go\\l}\"];\n"
      " }\n"
      " stripe [shape=box3d, label=\"Stripe\"];\n"
      " staff -> kiosk; reader -> kiosk; kiosk -> ini; kiosk -> api; api -> lockctl;\n"
      " lockctl -> api; kiosk -> stripe;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  assert_int_equal(kind_at(ir, "staff"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "kiosk"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ini"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "lockctl"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "lockctl")->facts.field_device);
  /* quiet */
  assert_int_equal(kind_at(ir, "reader"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "stripe"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io, a pet-licensing office: "Pet owners" who register through the
 * council's portal are the public, and so the portal is code the public
 * writes through; an upper-case environment key naming a vendor in a store
 * keeps it a store. Quiet: the council's own licensing officers are staff,
 * no public. */
static void test_public_owners_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Council hosting", 300, 0, 500, 400)
      V("own", "Pet owners", "shape=umlActor;", 0, 40, 40, 80)
          V("off", "Licensing officers", "shape=umlActor;", 0, 240, 40, 80)
              C("portal", "z", "Dog licence portal", CARD, 20, 40, 160, 60)
                  C("env", "z", "portal.env SENDGRID_API_KEY", DB, 20, 200, 160, 60)
                      E("e1", "own", "portal") E("e2", "off", "portal")
                          E("e3", "portal", "env") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "facts");
  assert_true(elem_at(ir, "own")->facts.public_person);
  assert_true(elem_at(ir, "portal")->facts.public_intake);
  assert_int_equal(kind_at(ir, "env"), TMC_KIND_DATA_STORE);
  /* quiet */
  assert_false(elem_at(ir, "off")->facts.public_person);
  tmc_ir_free(ir);
}

/* draw.io, a water utility drawn with Cisco SAFE's Design icons as composite
 * icons (the icon in resIcon over a blank device or an ellipse): valve
 * actuators and a camera are field devices, a storage icon a store, a web
 * server icon code, an actor a person; an actuator from a library the table
 * lacks reads so by its name too. Quiet: the web server keeps its kind
 * although its label says "plugin" (a WordPress plugin is no agent tool). */
#define SAFE(icon, bg)                                                                   \
  "shape=mxgraph.cisco_safe.compositeIcon;bgIcon=" bg                                    \
  ";resIcon=mxgraph.cisco_safe." icon ";verticalLabelPosition=bottom;html=1;"
static void test_cisco_safe_composite_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Pumping station", 200, 0, 700, 400) V(
      "op", "Shift engineers", "shape=mxgraph.cisco_safe.design.actor_2;", 0, 40, 30, 60)
      C("valves", "z", "Valve drives (Modbus)",
        SAFE("design.actuator", "mxgraph.cisco_safe.design.blank_device"), 20, 40, 50,
        45) C("cam", "z", "Gate camera",
              SAFE("design.ip_camera", "mxgraph.cisco_safe.design.blank_device"), 20, 200,
              50, 45) C("hist", "z", "Historian files", SAFE("design.storage", "ellipse"),
                        400, 200, 50, 45)
          C("web", "z", "Operator site (booking plugin)",
            SAFE("design.web_server", "mxgraph.cisco_safe.design.blank_device"), 400, 40,
            50, 45) C("other", "z", "Sluice", "shape=mxgraph.acme.field.actuator;", 600,
                      40, 50, 45) E("e1", "op", "web") E("e2", "valves", "web")
              E("e3", "cam", "web") E("e4", "web", "hist") E("e5", "other", "web") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(kind_at(ir, "op"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "valves"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cam"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "hist"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "other"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "web"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* DOT, a ski-pass gate: a properties file drawn one setting a line, whose
 * keys say a password and a key ("smtp_password=…", "gate_key = …"), lists
 * keys: a store of credentials a path steals from; quiet: a file of plain
 * settings lists none. */
static void test_settings_lines_list_keys_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph passes {\n"
      " subgraph cluster_s { label=\"Lift station\"; style=dashed;\n"
      "  gate [label=\"Turnstile app\", shape=box];\n"
      "  props [shape=note, label=\"gate.properties (lift "
      "3)\\lsmtp_password=…\\lgate_key = "
      "…\\l\"];\n"
      "  plain [shape=note, label=\"ui.properties\\lshow_clock=true\\llanguage=de\\l"
      "\"];\n"
      " }\n"
      " skier [shape=box, label=\"Skiers\"];\n"
      " skier -> gate; gate -> props; gate -> plain;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  assert_int_equal(kind_at(ir, "props"), TMC_KIND_DATA_STORE);
  assert_true(elem_at(ir, "props")->facts.keys_listed);
  /* quiet */
  assert_false(elem_at(ir, "plain")->facts.keys_listed);
  tmc_ir_free(ir);
}

/* draw.io, a transit card's web wallet: riders top up through a page that
 * asks Stripe for payment intents: stolen cards can be tried there
 * (TMC-APP-243); quiet: the back-office refund job nobody outside reaches
 * asks Stripe for refunds only. */
static void test_card_testing_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Transit cloud", 200, 0, 500, 400)
      V("riders", "Riders", "shape=umlActor;", 0, 40, 30,
        60) C("wallet", "z", "Wallet web page", CARD, 20, 40, 160, 60)
          C("refunds", "z", "Refund batch job", CARD, 20, 240, 160, 60)
              V("stripe", "Stripe", CARD, 800, 100, 120, 60)
                  LINK("e1", "riders", "wallet", "card details")
                      LINK("e2", "wallet", "stripe", "wallet top-up (payment intents)")
                          LINK("e3", "refunds", "stripe", "refunds") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_non_null(finding(ir, "TMC-APP-243", "wallet->stripe"));
  /* quiet */
  assert_null(finding(ir, "TMC-APP-243", "refunds->stripe"));
  assert_false(any_cites(ir, NULL, "AML."));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dot_edge_name_escapes),
      cmocka_unit_test(test_people_kiosk_lock_settings_dot),
      cmocka_unit_test(test_public_owners_drawio),
      cmocka_unit_test(test_cisco_safe_composite_drawio),
      cmocka_unit_test(test_settings_lines_list_keys_dot),
      cmocka_unit_test(test_card_testing_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
