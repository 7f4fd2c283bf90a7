/* test_kinds35.c - element kinds from real drawings (kinds35, issue #15): a
 * vendor's or platform's word in the aside of a component drawn inside the
 * system's own zone says what the component runs on or talks to, not that it
 * is that party's. Each with a quiet near-miss: the party named in the name
 * part, an aside of nothing but the party, the same box outside every zone.
 * Wordings are this file's own (no test set uses them). */
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

/* DOT, a German hospital: a ward terminal whose aside names the platform it
 * runs, a notifier whose aside names the chat app it sends through, both in
 * the hospital's cluster. Quiet: the vendor leading the name, an aside of
 * nothing but the vendor, and the same aside on a box outside every
 * cluster. */
static void test_aside_party_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " nurse [label=\"Pflegekraft\", shape=ellipse];\n"
      " subgraph cluster_h { label=\"Klinik-Rechenzentrum\";\n"
      "  term [label=\"Stationsterminal (Android, Kiosk-Modus)\"];\n"
      "  notif [label=\"Benachrichtiger (sendet per WhatsApp an Angehörige)\"];\n"
      "  pay [label=\"Stripe (Kartenzahlung)\"];\n"
      "  pay2 [label=\"Zahlungen (Stripe)\"];\n"
      "  db [label=\"Patientenakte\", shape=cylinder];\n"
      " }\n"
      " crm [label=\"Abrechnung (Salesforce)\"];\n"
      " nurse -> term -> db; db -> notif; db -> pay; db -> pay2; db -> crm;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "term"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "notif"), TMC_KIND_PROCESS);
  /* quiet */
  assert_int_equal(kind_at(ir, "pay"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pay2"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "crm"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* draw.io, a Spanish logistics firm: a rounded card in the firm's container
 * whose aside names the CRM it reads from. Quiet: the CRM named alone on a
 * card outside the container. */
static void test_aside_party_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("z", "Nube de la empresa (GCP)", 0, 0, 600, 400)
      C("sync", "z", "Importador nocturno (contactos de HubSpot, cada hora)", CARD, 20,
        40, 160, 60) C("db", "z", "Clientes", DB, 300, 40, 100, 80)
          V("hs", "HubSpot", CARD, 700, 40, 140, 60) E("e1", "hs", "sync")
              E("e2", "sync", "db") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "sync"), TMC_KIND_PROCESS);
  /* quiet */
  assert_int_equal(kind_at(ir, "hs"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_aside_party_dot),
      cmocka_unit_test(test_aside_party_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
