/* test_kinds20a.c - kinds decided by placement (causes20 K1, K6, K9), each
 * by its family and in both formats: a vendor's system drawn open inside a
 * zone named for it keeps its parts' kinds (a matcher of voices or faces is
 * a model), a hosted page only outsiders post to that tells the system the
 * outcome is an entry; people's computers named in other languages outside
 * every zone are external; a box3d is a node where only its shape says
 * store. Wordings are this file's own (no test set uses them). */
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

/* K1 in DOT: a box inside a zone named for one vendor's hosted system that
 * draws its database beside it is that system's component; a zone of black
 * boxes ("Partner SaaS") keeps them the outside. A face matcher there is a
 * model; an order matcher is not. */
static void test_vendor_system_open_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  node [shape=box];\n"
      "  subgraph cluster_ours { label=\"Our VPC (internal)\";\n"
      "    shop [label=\"Shop backend\"]; match [label=\"Order matcher\"]; }\n"
      "  subgraph cluster_v { label=\"Cloudbeds (hotel system, vendor-hosted)\";\n"
      "    hs [label=\"Cloudbeds front office (rooms, rates)\"];\n"
      "    hdb [shape=cylinder, label=\"guest ledger DB\"]; }\n"
      "  subgraph cluster_bio { label=\"FaceCheck (third-party, hosted in Dublin)\";\n"
      "    fm [label=\"face matcher\\n(enrol / verify)\"];\n"
      "    tpl [shape=cylinder, label=\"face templates\"]; }\n"
      "  subgraph cluster_saas { label=\"Partner SaaS\";\n"
      "    crm [label=\"Pipedrive CRM\"]; mail [label=\"Reminder service\"]; }\n"
      "  cust [label=\"Guests\", shape=ellipse];\n"
      "  cust -> shop; shop -> hs [label=\"bookings\"]; hs -> hdb [dir=both];\n"
      "  shop -> fm [label=\"selfie\"]; fm -> tpl [dir=both]; shop -> match;\n"
      "  shop -> crm [label=\"leads\"]; shop -> mail [label=\"reminders\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "hs"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "hdb"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "fm"), TMC_KIND_MODEL);
  assert_int_not_equal(kind_at(ir, "match"), TMC_KIND_MODEL);
  /* quiet: a zone of black boxes holds the vendors themselves */
  assert_int_equal(kind_at(ir, "crm"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "mail"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K1 in draw.io: a card in a zone named a vendor's SaaS that draws the
 * vendor's store beside it keeps the kind its words give (a speaker
 * verification engine: a model); a box alone in a zone of vendors is
 * theirs. */
static void test_vendor_system_open_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z1", "Our data centre (internal)", 0, 0, 300, 200)
      C("app", "z1", "IVR app", CARD, 20, 40, 120, 60)
          C("rec", "z1", "Call recordings", DB, 160, 40, 80, 80)
              ZONE("z2", "Vocalis SaaS (vendor-hosted)", 400, 0, 300, 200)
                  C("sv", "z2", "speaker verification", CARD, 20, 40, 120, 60)
                      C("vp", "z2", "enrolled voiceprints", DB, 160, 40, 80, 80)
                          ZONE("z3", "Vendors / SaaS", 0, 300, 300, 200)
                              C("sms", "z3", "Booking partner API",
                                "whiteSpace=wrap;html=1;", 20, 40, 120, 60)
                                  LINK("e1", "app", "rec", "recording")
                                      LINK("e2", "app", "sv", "audio")
                                          LINK("e3", "sv", "vp", "read / write")
                                              LINK("e4", "app", "sms", "reminder") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "sv"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "vp"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "sms"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K1: a payment provider's hosted page the customer posts card numbers to,
 * that tells the shop the outcome, is where outsiders' input starts, by the
 * flow's words ("server notification") or by its flows alone (nothing of
 * the system calls it); a hosted service the system calls and hears back
 * from is not. */
static void test_hosted_page_entry(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_ours { label=\"Shop (our AWS account)\";\n"
      "    shop [label=\"Checkout backend (Django)\"];\n"
      "    db [shape=cylinder, label=\"Orders DB\"]; }\n"
      "  subgraph cluster_psp { label=\"payment providers (SaaS)\";\n"
      "    pay [shape=box, label=\"Mollie hosted checkout\"];\n"
      "    pay2 [shape=box, label=\"Saferpay hosted payment page\"]; }\n"
      "  mail [shape=box, label=\"SendGrid\"];\n"
      "  buyer [label=\"Customers (browser)\"];\n"
      "  buyer -> shop; buyer -> pay [label=\"card number\"];\n"
      "  pay -> shop [label=\"payment outcome (server notification)\"];\n"
      "  buyer -> pay2 [label=\"card\"]; pay2 -> shop [label=\"paid, token\"];\n"
      "  shop -> db; shop -> mail [label=\"receipt\"]; mail -> shop [label=\"status\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "pay")].facts.is_entry);
  assert_true(ir->elements[elem(ir, "pay2")].facts.is_entry);
  assert_false(ir->elements[elem(ir, "mail")].facts.is_entry);
  tmc_ir_free(ir);
}

/* K6 in draw.io: staff laptops named in German and French outside every
 * zone, signing in to the system, are those people's devices; the same
 * computers inside the system's zone stay its own endpoints. */
static void test_devices_outside_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD ZONE("z1", "Rechenzentrum (internes Netz)", 300, 0, 400,
                300) C("app", "z1", "Notenverwaltung", CARD, 20, 40, 120,
                       60) C("db", "z1", "Noten", DB, 200, 40, 80, 80)
          C("pcs", "z1", "Sekretariats-PCs Windows 11", CARD, 20, 180, 120, 60)
              V("lap", "Dienstlaptops Lehrkräfte (Intune)", CARD, 0, 0, 160, 60)
                  V("fr", "Postes de travail des enseignants", CARD, 0, 100, 160, 60)
                      LINK("e1", "app", "db", "") LINK("e2", "lap", "app", "Anmeldung")
                          LINK("e3", "fr", "app", "") LINK("e4", "pcs", "app", "") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "lap"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "fr"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pcs"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "app"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K6 in DOT: Spanish and Dutch laptops beside the zones, sending in, are
 * external; a laptop that only receives (a display) keeps its reading. */
static void test_devices_outside_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_dc { label=\"Centro de datos (red interna)\"; style=dashed;\n"
      "    api [label=\"Gestión académica API\"];\n"
      "    db [shape=cylinder, label=\"Expedientes\"]; }\n"
      "  es [shape=component, label=\"Portátiles del profesorado\"];\n"
      "  nl [shape=component, label=\"Laptops docenten (Intune)\"];\n"
      "  wall [shape=component, label=\"Workstation wall display\"];\n"
      "  es -> api [label=\"notas\"]; nl -> api; api -> db; api -> wall;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "es"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "nl"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "wall"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K9: a box3d only its shape made a store is a node: a component in the
 * system's zone, the outside beside it; a box3d named a store, or one
 * things are pushed into, stays a store. */
static void test_box3d_nodes(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  node [shape=box3d];\n"
      "  subgraph cluster_lan { label=\"Warehouse LAN (internal)\";\n"
      "    srv [shape=box, label=\"Label print server\"];\n"
      "    printer [label=\"thermal label printer\"];\n"
      "    orders [label=\"orders DB\"];\n"
      "    ci [shape=box, label=\"CI runner\"];\n"
      "    mirror [label=\"Harbor (team images)\"]; }\n"
      "  host [label=\"Carrier manifest host\"];\n"
      "  srv -> printer [label=\"ZPL job\"]; srv -> orders;\n"
      "  ci -> mirror [label=\"docker push\"]; srv -> host [label=\"manifest\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "printer"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "host"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "orders"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "mirror"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendor_system_open_dot),
      cmocka_unit_test(test_vendor_system_open_drawio),
      cmocka_unit_test(test_hosted_page_entry),
      cmocka_unit_test(test_devices_outside_drawio),
      cmocka_unit_test(test_devices_outside_dot),
      cmocka_unit_test(test_box3d_nodes),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
