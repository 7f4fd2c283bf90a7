/* test_kinds32.c - other companies' cloud services named only by their
 * product (kinds32, words.yaml hosted_services and the external words): fleet telematics,
 * door-access clouds, e-ID brokers, digital mailboxes, CRM and
 * everyday SaaS APIs are the vendor's (external), whether
 * drawn as a bare name or with an API or gateway head, on a page drawing no
 * zones. Quiet: the system's own code named for the vendor it calls
 * ("geotab-poller (Lambda)", "verkada_client.py"), self-hosted products
 * (Keycloak, GitLab, Postgres) and common words a product shares ("zoom
 * level", "motive"). Wordings are this file's own (no test set uses
 * them). */
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

/* DOT: boxes on a page with no clusters, the vendors called and
 * answering. */
static void test_products_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " api [label=\"Dispatch API\"]; db [shape=cylinder, label=\"jobs DB\"];\n"
      " a [label=\"Geotab MyGeotab API (vehicle positions)\"];\n"
      " b [label=\"Brivo door cloud API\"];\n"
      " c [label=\"Criipto identity gateway\"];\n"
      " d [label=\"BankID RP API (signing)\"];\n"
      " e [label=\"Verkada\"];\n"
      " f [label=\"Calendly API\"];\n"
      " q1 [label=\"geotab-poller (Lambda)\"];\n"
      " q2 [label=\"verkada_client.py\"];\n"
      " q3 [label=\"Keycloak (self-hosted)\"];\n"
      " q4 [label=\"Zoom level tiles renderer\"];\n"
      " api -> a; a -> api; api -> b; b -> api; api -> c; c -> api;\n"
      " api -> d; d -> api; api -> e; e -> api; api -> f; f -> api;\n"
      " api -> db; api -> q1; q1 -> api; api -> q2; api -> q3; api -> q4;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  static const char *const outside[] = {"a", "b", "c", "d", "e", "f"};
  for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
    assert_int_equal(kind_at(ir, outside[i]), TMC_KIND_EXTERNAL);
  /* quiet: the system's code for a vendor, self-hosted software, a
   * common word */
  static const char *const own[] = {"api", "q1", "q2", "q3", "q4"};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    assert_int_equal(kind_at(ir, own[i]), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* draw.io cards, other products and wordings: a telematics API, a door
 * cloud, a CRM API, a digital mailbox, a shipping API; quiet:
 * the system's poller, self-hosted GitLab and Postgres, a "motive" word. */
static void test_products_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("svc", "Job scheduler", CARD, 300, 0, 120, 60) V(
      "wf", "Webfleet.connect API", CARD, 0, 0, 120,
      60) V("ks", "Kisi API (door unlocks)", CARD, 0, 100, 120,
            60) V("ff", "Pipedrive API (deals)", CARD, 0, 200, 120, 60)
      V("kv", "Kivra", CARD, 0, 300, 120, 60) V("ep", "EasyPost", CARD, 0, 400, 120, 60)
          V("wp", "webfleet-poller (Cloud Run)", CARD, 300, 100, 120,
            60) V("gl", "GitLab CE (our VM)", CARD, 300, 200, 120,
                  60) V("pg", "Postgres 16 (self-hosted)", CARD, 300, 300, 120, 60)
              V("mo", "Motive scoring service", CARD, 300, 400, 120, 60)
                  LINK("e1", "svc", "wf", "poll") LINK("e2", "wf", "svc", "positions")
                      LINK("e3", "svc", "ks", "unlock") LINK("e4", "ks", "svc", "events")
                          LINK("e5", "ff", "svc", "transcripts")
                              LINK("e6", "svc", "kv", "letters")
                                  LINK("e7", "svc", "ep", "labels")
                                      LINK("e8", "ep", "svc", "tracking")
                                          LINK("e9", "wp", "svc", "rows")
                                              LINK("e10", "svc", "gl", "push")
                                                  LINK("e11", "svc", "pg", "rows")
                                                      LINK("e12", "svc", "mo", "score")
                                                          TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  static const char *const outside[] = {"wf", "ks", "ff", "kv", "ep"};
  for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
    assert_int_equal(kind_at(ir, outside[i]), TMC_KIND_EXTERNAL);
  static const char *const own[] = {"svc", "wp", "gl", "pg", "mo"};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    assert_int_not_equal(kind_at(ir, own[i]), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_products_dot),
      cmocka_unit_test(test_products_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
