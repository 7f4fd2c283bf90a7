/* test_paths17b.c - attack paths of blind16's cause P (paths17b): goals
 * met where the damage is done to people or bookings rather than data (a
 * human review queue buried by a flood, TMC-PATH-029). Small diagrams
 * worded unlike the blind sets, run through the whole pipeline with the
 * built-in catalog. */
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

/* Outsiders' requests that code passes to people who decide each by hand
 * (TMC-PATH-029): a refunds approval app, a moderation queue; the staff who
 * work the console are no flooder of it. */
static void test_review_queue_flooded(void **state) {
  (void)state;
  static const char *refunds =
      "digraph g {\n"
      "  buyers [shape=box, label=\"Shoppers (mobile app)\"];\n"
      "  agents [shape=box, label=\"Refund desk agents\"];\n"
      "  subgraph cluster_s { label=\"Returns platform\"; trust=2;\n"
      "    api [label=\"Refund requests API\"];\n"
      "    rules [label=\"Auto-refund rules (under 50 EUR)\"];\n"
      "    app [label=\"Refund approval app (back office)\"]; }\n"
      "  buyers -> api [label=\"refund request\"]; api -> rules;\n"
      "  rules -> app [label=\"cases over the limit\"];\n"
      "  agents -> app [label=\"approve / reject\"];\n"
      "}\n";
  tmc_ir *ir = analysed(refunds);
  assert_true(hop_names(ir, "buyers", "app", "deny_service", "app", "CAPEC-125", NULL));
  assert_false(hop_names(ir, "agents", "app", "deny_service", "app", NULL, NULL));
  tmc_ir_free(ir);

  static const char *reports =
      "digraph g {\n"
      "  members [shape=box, label=\"Forum members\"];\n"
      "  mods [shape=box, label=\"Trust and safety team\"];\n"
      "  subgraph cluster_s { label=\"Community site\"; trust=2;\n"
      "    web [label=\"Report abuse endpoint\"];\n"
      "    q [label=\"Moderation queue UI\"]; }\n"
      "  members -> web [label=\"report post\"]; web -> q [label=\"reported posts\"];\n"
      "  mods -> q [label=\"hide / dismiss\"];\n"
      "}\n";
  ir = analysed(reports);
  assert_true(hop_names(ir, "members", "q", "deny_service", "q", "CAPEC-125", NULL));
  tmc_ir_free(ir);
}

/* A vendor's callbacks acted on where bookings are kept (TMC-PATH-030): a
 * forged payment-failed event releases a hotel's reservations, a forged
 * channel-manager push cancels a clinic's appointments; the harm is the
 * service not given, not data read. A store of invoices is no booking. */
static void test_forged_callbacks_cancel_bookings(void **state) {
  (void)state;
  static const char *hotel =
      "digraph g {\n"
      "  stripe [shape=box, label=\"Stripe (payments API)\"];\n"
      "  subgraph cluster_s { label=\"Hotel booking platform\"; trust=2;\n"
      "    hook [label=\"Payment events handler\"];\n"
      "    svc [label=\"Reservation service\"];\n"
      "    db [shape=cylinder, label=\"Room reservations (PostgreSQL)\"];\n"
      "    inv [shape=cylinder, label=\"Invoices archive\"]; }\n"
      "  svc -> stripe [label=\"create payment intent\"];\n"
      "  stripe -> hook [label=\"payment_intent.payment_failed (webhook)\"];\n"
      "  hook -> svc [label=\"release hold\"]; svc -> db [label=\"cancel\"];\n"
      "  hook -> inv [label=\"receipt\"];\n"
      "}\n";
  tmc_ir *ir = analysed(hotel);
  assert_true(hop_names(ir, "stripe", "db", "deny_service", "hook", "CAPEC-148", NULL));
  assert_false(hop_names(ir, "stripe", "inv", "deny_service", "inv", NULL, NULL));
  tmc_ir_free(ir);

  static const char *clinic =
      "digraph g {\n"
      "  cm [shape=box, label=\"MessageBird (WhatsApp Business API)\"];\n"
      "  subgraph cluster_s { label=\"Physio clinic systems\"; trust=2;\n"
      "    bot [label=\"Reply handler (Azure Function)\"];\n"
      "    diary [shape=cylinder, label=\"Appointment book (SQL Server)\"]; }\n"
      "  bot -> cm [label=\"reminder message\"];\n"
      "  cm -> bot [label=\"inbound reply (callback URL)\"];\n"
      "  bot -> diary [label=\"mark cancelled\"];\n"
      "}\n";
  ir = analysed(clinic);
  assert_true(hop_names(ir, "cm", "diary", "deny_service", "diary", "CAPEC-148", NULL));
  tmc_ir_free(ir);
}

/* A camera or scanner feeding a classic model (TMC-PATH-031): what stands
 * in front of it is changed until the model misses it, and the service the
 * reading drives is not done (deny_service, AML.T0015), not a supply chain
 * and not an extraction: the camera reads no answer back. */
static void test_physical_evasion_denies(void **state) {
  (void)state;
  static const char *parking =
      "digraph g {\n"
      "  cam [shape=box, label=\"Entry barrier camera (Hikvision)\"];\n"
      "  subgraph cluster_s { label=\"Car park operator\"; trust=2;\n"
      "    nvr [label=\"Capture service\"];\n"
      "    ocr [label=\"Number plate recognition model\", type=model];\n"
      "    pay [label=\"Parking charge service\"]; }\n"
      "  cam -> nvr [label=\"video stream\"]; nvr -> ocr [label=\"frames\"];\n"
      "  ocr -> pay [label=\"plate read\"];\n"
      "}\n";
  tmc_ir *ir = analysed(parking);
  assert_true(hop_names(ir, "cam", "ocr", "deny_service", "ocr", "AML.T0015", NULL));
  assert_false(hop_names(ir, "cam", "ocr", "exfiltrate", "ocr", NULL, NULL));
  assert_false(hop_names(ir, "cam", "ocr", "tamper_model", "ocr", NULL, NULL));
  tmc_ir_free(ir);

  static const char *screening =
      "digraph g {\n"
      "  cams [shape=box, label=\"Shelf cameras (aisle 1-40)\"];\n"
      "  subgraph cluster_s { label=\"Store back office\"; trust=2;\n"
      "    gw [label=\"Image gateway\"];\n"
      "    det [label=\"Out-of-stock detector (YOLOv8)\", type=model];\n"
      "    ui [label=\"Replenishment app\"]; }\n"
      "  cams -> gw [label=\"snapshots\"]; gw -> det [label=\"images\"];\n"
      "  det -> ui [label=\"detections\"];\n"
      "}\n";
  ir = analysed(screening);
  assert_true(hop_names(ir, "cams", "det", "deny_service", "gw", "AML.T0043.003", NULL));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_review_queue_flooded),
      cmocka_unit_test(test_forged_callbacks_cancel_bookings),
      cmocka_unit_test(test_physical_evasion_denies),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
