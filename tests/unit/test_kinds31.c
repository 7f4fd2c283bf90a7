/* test_kinds31.c - Dutch and Afrikaans people (kinds31): the presenters,
 * announcers, viewers, visitors, subscribers, reporters and editors a
 * broadcaster or a service draws as boxes are outside the system, an
 * editor named with the desk in one word ("Eindredacteur") too. Quiet: a
 * portal, a service, an app or a system named for those people keeps its
 * own head. Wordings are this file's own. */
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

/* DOT: the people on a box, an ellipse and plain text, beside the
 * system's own cluster. */
static void test_people_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " subgraph cluster_i { label=\"Binne (bediener in die ateljee)\";\n"
      "   svc [label=\"Opsommer\"]; db [shape=cylinder, label=\"Argief\"]; }\n"
      " subgraph cluster_p { label=\"Buitenpost Zwolle\"; bp [label=\"Kassa-app\"]; }\n"
      " kij [label=\"Kijkers\"];\n"
      " bez [shape=ellipse, label=\"Bezoekers (museum)\"];\n"
      " er [label=\"Eindredacteur\"];\n"
      " vs [shape=plaintext, label=\"Verslaggewers\"];\n"
      " q1 [label=\"Bezoekersportaal\"];\n"
      " q2 [label=\"Redactiesysteem\"];\n"
      " q3 [label=\"Abonnementsdienst\"];\n"
      " kij -> svc; bez -> svc; er -> svc; vs -> svc;\n"
      " svc -> db; q1 -> svc; svc -> q2; q3 -> svc; bp -> svc;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "kij"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "bez"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "er"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "vs"), TMC_KIND_EXTERNAL);
  /* quiet: what the system runs, and what is named for the people */
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  assert_int_equal(tmc_ir_element_trust(ir, elem(ir, "svc")), 1);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "q1"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "q2"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "q3"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "bp"), TMC_KIND_PROCESS);
  assert_int_equal(tmc_ir_element_trust(ir, elem(ir, "bp")), 1);
  tmc_ir_free(ir);
}

/* draw.io cards, other words: announcers, subscribers, a chief editor,
 * Dutch presenters. Quiet: a listeners' app, an editor's portal, the
 * subscription service. */
static void test_people_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("om", "Omroepers", CARD, 0, 0, 120, 60)
      V("in", "Intekenare (e-pos)", CARD, 0, 100, 120, 60)
          V("hr", "Hoofredakteur", CARD, 0, 200, 120, 60)
              V("pr", "Presentatoren (studio)", CARD, 0, 300, 120, 60)
                  V("svc", "Nuusbediener", CARD, 300, 0, 120, 60)
                      V("la", "Luisteraar-app", CARD, 300, 100, 120, 60)
                          V("rp", "Redakteursportaal", CARD, 300, 200, 120, 60)
                              LINK("e1", "om", "svc", "teks")
                                  LINK("e2", "in", "svc", "inskrywing")
                                      LINK("e3", "hr", "rp", "wysigings")
                                          LINK("e4", "rp", "svc", "stoor")
                                              LINK("e5", "svc", "la", "stroom")
                                                  LINK("e6", "svc", "pr", "script") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "om"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "in"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "hr"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pr"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "svc"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "la"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "rp"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_people_dot),
      cmocka_unit_test(test_people_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
