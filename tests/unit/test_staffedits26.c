/* test_staffedits26.c - the "r2auth" cause (issue #15, session 26):
 * repudiation findings missed where staff edit, delete or correct records
 * others rely on by hand, said plainly ("edit / delete", a weight
 * correction, a secretary correcting a bulletin) rather than with the
 * pin/adjust/refund words TMC-REPUD-012 knew, in other words, domains and
 * languages than the tuning sets', in both formats, with quiet cases.
 *
 * The one idea: every case is a small DOT or draw.io text and a list of
 * (rule, target, present?) lines (want_helpers.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_pieces.h"
#include "engine_helpers.h"
#include "want_helpers.h"

/* Staff editing, deleting or correcting stored records by hand, nobody on
 * record (TMC-REPUD-012, CWE-778): newsroom editors in English DOT, a
 * school office correcting grades in Hebrew DOT, weighbridge clerks
 * correcting weights in Portuguese draw.io. */
static void test_staff_hand_edits_unrecorded(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Newsroom cloud\";"
        " cms[label=\"Story API (Rails)\"];"
        " db[shape=cylinder,label=\"Published stories (Postgres)\"];}"
        " ed[shape=box,label=\"Night editors\"];"
        " cms->db[label=\"stories\"]; ed->db[label=\"edit / delete\"]}",
        {"TMC-REPUD-012", "ed -> db", true});
  CHECK("digraph{subgraph cluster_s{label=\"שרתי בית הספר\";"
        " grades[shape=cylinder,label=\"מסד ציונים\"];"
        " site[label=\"פורטל הורים\"];}"
        " office[shape=box,label=\"מזכירות בית הספר\"];"
        " office->grades[label=\"תיקון ציונים\"]; grades->site}",
        {"TMC-REPUD-012", "office -> grades", true});
  static const char xml[] =
      PAGE(INBOX("c", "1", "Balconistas da balança", PERSON, 20, 40)
               ZONE("z", "Servidor da cooperativa", 300, 0, 400, 200)
                   INBOX("p", "z", "Sistema de pesagem (backoffice)", CODE, 20, 40)
                       INBOX("d", "z", "Base de pesagens (SQL Server)", STORE, 200, 40)
                           ARROW("e1", "correção de peso", "c", "p")
                               ARROW("e2", "", "p", "d"));
  CHECK_DRAWIO(xml, {"TMC-REPUD-012", "e1", true});
}

/* Quiet: the public editing their own profile, and staff edits a change
 * log keeps with their name. */
static void test_own_edits_and_logged_edits_quiet(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Cloud\";"
        " app[label=\"Member app API\"];"
        " db[shape=cylinder,label=\"Profiles DB\"];}"
        " mem[shape=box,label=\"Members (public)\"];"
        " ed[shape=box,label=\"Support staff\"];"
        " mem->app[label=\"edit my profile\"]; app->db;"
        " ed->db[label=\"edit / delete (audit log per user)\"]}",
        {"TMC-REPUD-012", "mem -> app", false}, {"TMC-REPUD-012", "ed -> db", false});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_staff_hand_edits_unrecorded),
      cmocka_unit_test(test_own_edits_and_logged_edits_quiet),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
