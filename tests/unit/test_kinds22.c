/* test_kinds22.c - kinds misread by blind21 (causes22 K1-K4), each by its
 * family, in other words and the other format, with the near misses that
 * must stay: people, payment providers, tax authorities and the gates and
 * lockers guests present a ticket to, in Hungarian and other languages, and
 * the unstyled nodes an edge made before the node defaults; a vendor's
 * card-issuing API and a vendor named on the name line; our own callback
 * receivers, admin UIs and builders named after a vendor or a person; a
 * queue drawn on a channel icon, a production database training also
 * reads, an OCR service. Wordings are this file's own. */
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

/* K1 (blind21 had it in DOT, Hungarian): nodes an edge made before the
 * node defaults are Graphviz's ellipse: beside the clusters, at one end of
 * the flows, they are the outside; guests, cashiers, turnstiles and locker
 * readers by their words, in German, Hungarian and English. Quiet: the
 * same unnamed node on a graph that sets no node default stays what the
 * default says, the till inside the LAN stays ours. */
static void test_unstyled_outside_and_gates(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " gaeste -> shop; shop -> barion; kasse -> finanz; shop -> db;\n"
      " tor -> gate; gate -> tor; lock -> gate; kasse -> db; gate -> db;\n"
      " node [shape=box, style=rounded];\n"
      " gaeste [label=\"Gäste\\n(Web, App)\"];\n"
      " barion [label=\"Barion\\n[Zahlungsdienstleister]\"];\n"
      " finanz [label=\"Quiltbank eInvoice\"];\n"
      " shop [label=\"Ticket shop\\n[Symfony]\"];\n"
      " gate [label=\"Gate server\\n[.NET]\"];\n"
      " kasse [label=\"Kassensystem (Windows kiosk)\"];\n"
      " tor [label=\"Drehkreuze (QR, 4 Stück)\"];\n"
      " lock [label=\"Locker controller [RFID wristbands]\"];\n"
      " db [shape=cylinder, label=\"Tickets DB\"];\n"
      " subgraph cluster_site { label=\"Spa site (LAN)\"; style=dashed; gate; kasse; tor;"
      " lock; db; }\n"
      " subgraph cluster_host { label=\"Hosting (VPS)\"; style=dashed; shop; }\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "gaeste"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "barion"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "finanz"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "tor"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lock"), TMC_KIND_EXTERNAL);
  assert_true(ir->elements[elem(ir, "finanz")].look & TMC_LOOK_MISSED_DEFAULT);
  assert_int_equal(kind_at(ir, "shop"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "gate"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "kasse"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  /* quiet: no node default anywhere, so the plain ellipse was chosen */
  static const char plain[] =
      "digraph d {\n"
      " shop [label=\"Ticket shop\"]; gate [label=\"Gate server\"];\n"
      " finanz [label=\"Quiltbank eInvoice\"];\n"
      " shop -> finanz; gate -> shop;\n"
      " subgraph cluster_site { label=\"Spa site (LAN)\"; style=dashed; shop; gate; }\n"
      "}\n";
  ir = analyse_with(plain, cat, NULL);
  assert_int_equal(kind_at(ir, "finanz"), TMC_KIND_PROCESS);
  assert_false(ir->elements[elem(ir, "finanz")].look & TMC_LOOK_MISSED_DEFAULT);
  tmc_ir_free(ir);

  /* draw.io, Hungarian: cashiers, guests and turnstiles with card readers
   * (a "with" case after the head), the till stays ours */
  static const char xml[] = HEAD ZONE("z", "Fürdő (LAN)", 200, 0, 500, 300)
      V("pt", "Pénztárosok", CARD, 0, 0, 100, 60)
          V("vg", "Fürdővendégek (mobil)", CARD, 0, 100, 100, 60)
              C("kg", "z", "Pénztárgép", CARD, 20, 40, 120, 60)
                  C("fk", "z", "Beléptetőkapuk kártyaolvasóval", CARD, 200, 40, 160, 60)
                      C("sv", "z", "Beléptető szerver", CARD, 200, 160, 160, 60)
                          LINK("e1", "pt", "kg", "eladás") LINK("e2", "vg", "sv", "QR")
                              LINK("e3", "fk", "sv", "UID")
                                  LINK("e4", "kg", "sv", "jegyek") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "pt"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "vg"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "fk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "kg"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sv"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K2 (blind21 had it in draw.io): an issuer's card API and a vendor named
 * alone on the name line are the vendor's. Quiet: our relay for a vendor
 * and a product we run stay processes. */
static void test_vendor_apis(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_app { label=\"Our cloud (VPC)\"; style=dashed;\n"
      "  pay [label=\"issue_card tool\"]; mail [label=\"notify worker\"];\n"
      "  relay [label=\"Mailgun webhook relay\"];\n"
      "  graf [label=\"Grafana\\nops dashboards + alerts\"]; }\n"
      " mq [label=\"Marqeta card issuing API (spend controls)\"];\n"
      " mg [label=\"Mailgun\\nsending + inbound routes\"];\n"
      " pay -> mq [label=\"create card\"]; mail -> mg [label=\"send\"];\n"
      " mg -> relay [label=\"inbound route\"]; relay -> mail; graf -> mail;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "mq"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "mg"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "relay"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "graf"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* K3 (blind21 had it in DOT): our code for a vendor's callbacks, an admin
 * UI a framework makes and a builder are ours, in draw.io. Quiet: admins
 * drawn as actors stay people. */
static void test_own_software_named_after_others(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Our hosting (VPC)", 200, 0, 600, 300)
      V("pp", "PayPal", CARD, 0, 0, 100, 60)
          V("ad", "Shop admins", "shape=umlActor;", 0, 120, 30, 60)
              C("ipn", "z", "PayPal IPN listener&lt;br&gt;FastAPI", CARD, 20, 40, 140, 60)
                  C("bo", "z", "Back-office&lt;br&gt;Rails admin", CARD, 200, 40, 140, 60)
                      C("sb", "z", "Sitemap builder (Rust)", CARD, 380, 40, 140, 60)
                          C("db", "z", "orders", DB, 200, 160, 80, 60)
                              LINK("e1", "pp", "ipn", "IPN")
                                  LINK("e2", "ipn", "db", "paid")
                                      LINK("e3", "ad", "bo", "refunds")
                                          LINK("e4", "bo", "db", "edit")
                                              LINK("e5", "db", "sb", "products") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "ipn"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "bo"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "sb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ad"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pp"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* K4: a channel icon named as a queue is a store, a broker on it stays a
 * process (draw.io); a database the app writes and reads back stays a store
 * though training reads it, events only training reads are its dataset; an
 * OCR API is a model, a worker that runs OCR stays code (DOT). */
static void test_stores_and_models(void **state) {
  (void)state;
  static const char xml[] = HEAD V("a", "Order service", CARD, 0, 0, 120, 60)
      V("q", "Kafka topic order-events", "shape=mxgraph.eip.messageChannel;", 200, 0, 120,
        40) V("m", "Mosquitto", "shape=mxgraph.eip.messageChannel;", 200, 100, 120, 40)
          V("w", "Billing worker", CARD, 400, 0, 120, 60)
              LINK("e1", "a", "q", "order placed") LINK("e2", "q", "w", "consume")
                  LINK("e3", "a", "m", "telemetry") LINK("e4", "m", "w", "readings") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "q"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "m"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  static const char dot[] =
      "digraph d {\n"
      " api [shape=box, label=\"Storefront API (Kotlin)\"];\n"
      " shopdb [shape=cylinder, label=\"Products & accounts (Aurora MySQL)\"];\n"
      " col [shape=box, label=\"Event collector\"];\n"
      " ev [shape=cylinder, label=\"Click events (Redshift)\"];\n"
      " tr [shape=box, label=\"Weekly model training (SageMaker training job)\"];\n"
      " ocr [shape=box, label=\"Baidu OCR API\"];\n"
      " wk [shape=box, label=\"OCR worker (Tesseract)\"];\n"
      " api -> shopdb; shopdb -> api; col -> ev;\n"
      " shopdb -> tr [label=\"product attributes\"]; ev -> tr [label=\"interactions\"];\n"
      " wk -> ocr [label=\"scans\"]; api -> wk;\n"
      "}\n";
  ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "shopdb"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "ev"), TMC_KIND_DATASET);
  assert_int_equal(kind_at(ir, "ocr"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "wk"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_unstyled_outside_and_gates),
      cmocka_unit_test(test_vendor_apis),
      cmocka_unit_test(test_own_software_named_after_others),
      cmocka_unit_test(test_stores_and_models),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
