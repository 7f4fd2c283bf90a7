/* test_outside17.c - other organisations' services, platforms and devices
 * are the outside, and secret stores and directories are stores
 * (causes17 B1, B2). By structure first: what is drawn in a zone named for
 * other organisations' services, or outside every boundary of a page that
 * draws its system in boundaries at one end of its flows, named by no
 * word a component of ours would carry, is theirs; by word families where
 * the drawing says nothing. Wordings are this file's own (no test set uses
 * them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A zone named for other organisations' services holds theirs, whatever
 * generic head they carry ("... API", "... service"); the system's own
 * zone beside it keeps its services, and a zone merely named the outside
 * ("Internet-facing") is no such zone. */
static void test_party_zone(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  subgraph cluster_them { label=\"External SaaS providers\";\n"
      "    zd [shape=box, label=\"Zendesk Tickets API\"];\n"
      "    ship [shape=box, label=\"Label printing service (REST)\"];\n"
      "  }\n"
      "  subgraph cluster_us { label=\"Our AWS account (VPC)\";\n"
      "    orders [shape=box, label=\"Orders service\"];\n"
      "    db [shape=cylinder, label=\"Orders DB\"];\n"
      "  }\n"
      "  subgraph cluster_edge { label=\"Internet-facing\";\n"
      "    web [shape=box, label=\"Storefront web app\"];\n"
      "  }\n"
      "  buyers [shape=oval, label=\"Buyers\"];\n"
      "  buyers -> web; web -> orders; orders -> db;\n"
      "  orders -> zd [label=\"ticket\"]; orders -> ship [label=\"label request\"];\n"
      "  ship -> orders [label=\"label PDF\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "zd"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ship"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "orders"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "web"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* draw.io: two containers hold the system; beside them a government sign-in
 * platform and a bank's file service named only by their products, each
 * talking to one element of ours, are theirs (the sign-in one an entry
 * point: it sends in); a load balancer drawn outside between the users and
 * the portal, and a job named by its head at one end, stay ours. */
#define CELL(id, value, style, x, y)                                                     \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"1\"><mxGeometry x=\"" x "\" y=\"" y "\" width=\"120\" height=\"60\" "        \
  "as=\"geometry\"/></mxCell>"
#define INNER(id, value, style, parent, x, y)                                            \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"" style "\" vertex=\"1\" "          \
  "parent=\"" parent "\"><mxGeometry x=\"" x "\" y=\"" y "\" width=\"120\" "             \
  "height=\"60\" as=\"geometry\"/></mxCell>"
#define ZONE(id, value, x, y)                                                            \
  "<mxCell id=\"" id "\" value=\"" value "\" style=\"rounded=0;dashed=1;fillColor=none;" \
  "container=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"" x "\" y=\"" y "\" "        \
  "width=\"400\" height=\"300\" as=\"geometry\"/></mxCell>"
#define EDGE(id, value, s, t)                                                            \
  "<mxCell id=\"" id "\" value=\"" value "\" edge=\"1\" parent=\"1\" source=\"" s        \
  "\" target=\"" t "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"

static void test_outside_every_boundary(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" ZONE(
          "z1", "GCP project claims-prod", "300", "0")
          INNER("portal", "Claims portal", "rounded=1;whiteSpace=wrap;", "z1", "20",
                "40") INNER("api", "Claims API", "rounded=1;whiteSpace=wrap;", "z1",
                            "200", "40") ZONE("z2", "Head office network", "300", "400")
              INNER("db", "Claims DB", "shape=cylinder3;whiteSpace=wrap;", "z2", "20",
                    "40") CELL("citizens", "Citizens", "shape=umlActor;", "0", "0")
                  CELL("lb", "Load balancer", "rounded=1;whiteSpace=wrap;", "150",
                       "0") CELL("idp", "FranceConnect+",
                                 "shape=mxgraph.flowchart.predefined_process;", "0",
                                 "300") CELL("bank", "Bankline Direct (bulk files)",
                                             "rounded=1;whiteSpace=wrap;", "800", "300")
                      CELL("job", "Nightly export job", "rounded=1;whiteSpace=wrap;",
                           "800", "500") EDGE("e1", "requests", "citizens", "lb")
                          EDGE("e2", "requests", "lb", "portal") EDGE(
                              "e3", "", "portal", "api") EDGE("e4", "claims", "api", "db")
                              EDGE("e5", "identity token", "idp", "portal")
                                  EDGE("e6", "payment file", "api", "bank")
                                      EDGE("e8", "payment report", "bank", "api")
                                          EDGE("e7", "rows", "db", "job") "</root></"
                                                                          "mxGraphModel>";
  reset_diags();
  tmc_ir *ir = ir_analysed("t.drawio", xml, strlen(xml), cat, NULL, &diags);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "idp"), TMC_KIND_EXTERNAL);
  assert_true(ir->elements[elem(ir, "idp")].facts.is_entry);
  assert_int_equal(kind_at(ir, "bank"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "portal"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* outside17 (B2): a resource named by its type's abbreviation, first or
 * last ("akv_payments_prod", "orders-prod-kv"), is a key vault whatever the
 * workload it names ("payments", "agent"): a store, an asset; a name whose
 * segments name no such type ("payments-svc", "kvstore-sync") stays code. */
static void test_vault_names(void **state) {
  (void)state;
  static const char dot[] =
      "digraph v {\n"
      "  subgraph cluster_az { label=\"Azure subscription sub-pay-prod\";\n"
      "    akv [shape=box, label=\"akv_payments_prod (Stripe secret key, DB "
      "password)\"];\n"
      "    okv [shape=box, label=\"orders-agent-kv\"];\n"
      "    svc [shape=box, label=\"payments-svc (.NET 8)\"];\n"
      "    sync [shape=box, label=\"kvstore-sync worker\"];\n"
      "  }\n"
      "  svc -> akv [label=\"get secret (managed identity)\"];\n"
      "  svc -> okv [label=\"get secret\"];\n"
      "  sync -> svc [label=\"config\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "akv"), TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[elem(ir, "akv")].tech, TMC_TECH_SECRETS_VAULT);
  assert_true(ir->elements[elem(ir, "akv")].facts.is_asset);
  assert_int_equal(kind_at(ir, "okv"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sync"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* outside17 (B1): an aside in parentheses saying whose a system is
 * ("(3rd-party)", "(OEM-hosted, per site)") makes it someone else's, even
 * drawn as a box in the system's own zone; "(partner API)" on a record the
 * system reads does not. */
static void test_outside_asides(void **state) {
  (void)state;
  static const char dot[] =
      "digraph a {\n"
      "  subgraph cluster_plant { label=\"Plant network\";\n"
      "    chiller [shape=box, label=\"Chiller controls (OEM-hosted, per site)\"];\n"
      "    hist [shape=box, label=\"Historian collector\"];\n"
      "  }\n"
      "  subgraph cluster_cloud { label=\"Our cloud account\";\n"
      "    app [shape=box, label=\"Energy dashboard\"];\n"
      "    track [shape=box, label=\"Parcel tracking (3rd-party)\"];\n"
      "    ehr [shape=box3d, label=\"Maintenance record (partner API)\"];\n"
      "  }\n"
      "  chiller -> hist [label=\"BACnet points\"];\n"
      "  hist -> app; app -> track; ehr -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "chiller"), TMC_KIND_EXTERNAL);
  assert_true(ir->elements[elem(ir, "chiller")].facts.is_entry);
  assert_int_equal(kind_at(ir, "track"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "hist"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ehr"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* outside17 (B1): a microphone array only people speak into, sending its
 * audio in, is a device at the system's edge (external, an entry point),
 * by its flows where no head says so; one the system also talks back
 * through runs the system's software and stays a process. Handhelds field
 * staff carry are devices by their word too. */
static void test_capture_devices(void **state) {
  (void)state;
  static const char dot[] =
      "digraph c {\n"
      "  subgraph cluster_room { label=\"Boardroom AV VLAN\";\n"
      "    mics [label=\"Boardroom mic array Sennheiser TCC2, Dante\"];\n"
      "    rec [label=\"Recorder appliance (Linux, ffmpeg)\"];\n"
      "    hub [label=\"Ceiling microphones + speaker bar\"];\n"
      "  }\n"
      "  subgraph cluster_cloud { label=\"Our AWS account\";\n"
      "    minutes [label=\"Minutes service\"];\n"
      "  }\n"
      "  staff [shape=oval, label=\"Meeting attendees\"];\n"
      "  wardens [shape=box, label=\"Traffic wardens' hand-helds (TC58, PDA app)\"];\n"
      "  staff -> mics [label=\"speech\"];\n"
      "  mics -> rec [label=\"multicast audio\"];\n"
      "  rec -> minutes [label=\"audio files\"];\n"
      "  staff -> hub [label=\"speech\"];\n"
      "  hub -> minutes [label=\"audio\"];\n"
      "  minutes -> hub [label=\"spoken summary\"];\n"
      "  wardens -> minutes [label=\"lookups\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "mics"), TMC_KIND_EXTERNAL);
  assert_true(ir->elements[elem(ir, "mics")].facts.is_entry);
  assert_int_equal(kind_at(ir, "hub"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rec"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "wardens"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_party_zone),
      cmocka_unit_test(test_outside_every_boundary),
      cmocka_unit_test(test_vault_names),
      cmocka_unit_test(test_outside_asides),
      cmocka_unit_test(test_capture_devices),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
