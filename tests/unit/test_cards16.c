/* test_cards16.c - infrastructure kinds in network and architecture
 * drawings (causes16 B4): a plant's remote terminal units, HMIs and operator
 * stations, VPN gateways and jump hosts are processes the operator runs,
 * whatever 3-D box or device shape they are drawn as; a directory run
 * in-house (Active Directory's domain controllers, an LDAP server) is a
 * store holding every account, an asset, by its words or its Cisco icon;
 * a BI product whose details mention a plugin is the product, not an
 * agent's tool. Wordings are this file's own (no test set uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A water utility's telemetry drawn in DOT: outstations as 3-D boxes, an
 * operator station and a bastion as plain boxes, a GlobalProtect gateway
 * for the integrator, and an OpenLDAP server the HMI binds to. */
static void test_plant_and_network_machinery(void **state) {
  (void)state;
  static const char dot[] =
      "digraph w {\n"
      "  integrator [shape=box, label=\"Controls integrator (remote support)\"];\n"
      "  subgraph cluster_ot { label=\"Telemetry network\";\n"
      "    out [shape=box3d, label=\"Kingfisher outstations\\n(reservoir sites, "
      "Modbus)\"];\n"
      "    ows [shape=box, label=\"Operator workstation (WinCC OA)\"];\n"
      "    hmi [shape=box, label=\"Wonderware HMI panels\"];\n"
      "  }\n"
      "  subgraph cluster_it { label=\"Corporate network\";\n"
      "    gp [shape=box, label=\"GlobalProtect VPN gateway\"];\n"
      "    jump [shape=box, label=\"Bastion host (RDP, MFA)\"];\n"
      "    ldap [shape=box, label=\"OpenLDAP server (operator accounts)\"];\n"
      "    dc [shape=box, label=\"Domain controllers (corp.example)\"];\n"
      "  }\n"
      "  integrator -> gp [label=\"TLS tunnel\"];\n"
      "  gp -> jump [label=\"RDP\"];\n"
      "  jump -> ows [label=\"RDP\"];\n"
      "  ows -> out [label=\"Modbus/TCP polls\"];\n"
      "  hmi -> ows [label=\"screens\"];\n"
      "  ows -> ldap [label=\"LDAP bind\"];\n"
      "  gp -> dc [label=\"Kerberos\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "out"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ows"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "hmi"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "gp"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "jump"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ldap"), TMC_KIND_DATA_STORE);
  assert_true(ir->elements[elem(ir, "ldap")].facts.is_asset);
  assert_int_equal(kind_at(ir, "dc"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* draw.io: Cisco's directory server icon is a directory (a store), its
 * name in a text cell under it; a Metabase card whose detail line says "AI
 * plugin" is the BI product (a process) where an agent's code answers it. */
static void test_directory_icon_and_bi_plugin(void **state) {
  (void)state;
  static const char xml[] =
      "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"dir\" value=\"\" "
      "style=\"shape=mxgraph.cisco.servers.directory_server;"
      "html=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"400\" y=\"0\" width=\"40\" "
      "height=\"60\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"dirt\" value=\"Staff directory (LDAPS)\" style=\"text;html=1;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"370\" y=\"64\" width=\"120\" "
      "height=\"20\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"app\" value=\"Timesheets app\" style=\"rounded=1;whiteSpace=wrap;\" "
      "vertex=\"1\" parent=\"1\"><mxGeometry x=\"0\" y=\"0\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e1\" value=\"LDAP bind\" edge=\"1\" parent=\"1\" source=\"app\" "
      "target=\"dir\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel>";
  reset_diags();
  tmc_ir *ir = ir_analysed("t.drawio", xml, strlen(xml), cat, NULL, &diags);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "dir"), TMC_KIND_DATA_STORE);
  assert_true(ir->elements[elem(ir, "dir")].facts.is_asset);
  tmc_ir_free(ir);
  static const char bi[] =
      "digraph b {\n"
      "  staff [type=external, label=\"Finance analysts\"];\n"
      "  mb [shape=tab, label=\"Metabase 50\\n+ AI question plugin\"];\n"
      "  bot [label=\"ask-svc (prompt builder)\"];\n"
      "  llm [type=llm, label=\"Claude 3.5 Sonnet API\"];\n"
      "  staff -> mb [label=\"question\"];\n"
      "  mb -> bot [label=\"question\"];\n"
      "  bot -> llm [label=\"prompt\"];\n"
      "  llm -> bot [label=\"SQL\"];\n"
      "  bot -> mb [label=\"rows + chart spec\"];\n"
      "}\n";
  ir = analyse_with(bi, cat, NULL);
  assert_int_equal(kind_at(ir, "mb"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plant_and_network_machinery),
      cmocka_unit_test(test_directory_icon_and_bi_plugin),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
