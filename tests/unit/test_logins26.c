/* test_logins26.c - the "r2auth" cause (issue #15, session 26): a
 * person's or partner's weak login (no MFA, no lockout, a shared account)
 * is named by reviewers on the flow the entity sends into the system, so
 * TMC-SPOOF-002 is said of that flow (and of a line drawn both ways, from
 * either end), not of the entity alone, in both formats and in other
 * domains and languages than the tuning sets', with quiet cases.
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

/* A clinic's receptionists signing in to a booking back office (English
 * DOT), a line drawn both ways from a lab to its technicians (undirected
 * DOT: the technicians are its far end), and Finnish warehouse staff on a
 * stock portal (draw.io): the login flow carries the finding, the entity
 * itself does not. */
static void test_login_flow_carries_spoofing(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Clinic cloud\";"
        " bo[label=\"Booking back office (Laravel)\"];"
        " db[shape=cylinder,label=\"Appointments DB\"];}"
        " rec[shape=box,label=\"Receptionists\"];"
        " rec->bo[label=\"sign in, book, cancel\"]; bo->db}",
        {"TMC-SPOOF-002", "rec -> bo", true}, {"TMC-SPOOF-002", "rec", false});
  CHECK("graph{subgraph cluster_s{label=\"Lab network\";"
        " lims[label=\"LIMS server\"];}"
        " techs[shape=box,label=\"Lab technicians\"];"
        " lims -- techs[label=\"results entry\"]}",
        {"TMC-SPOOF-002", "lims -> techs", true});
  static const char xml[] =
      PAGE(INBOX("v", "1", "Varastotyöntekijät", PERSON, 20, 40)
               ZONE("z", "Pilvi", 300, 0, 400, 200)
                   INBOX("p", "z", "Varastoportaali (Django)", CODE, 20, 40)
                       INBOX("d", "z", "Varastosaldot (PostgreSQL)", STORE, 200, 40)
                           ARROW("e1", "kirjautuminen, saldomuutokset", "v", "p")
                               ARROW("e2", "", "p", "d"));
  CHECK_DRAWIO(xml, {"TMC-SPOOF-002", "e1", true}, {"TMC-SPOOF-002", "v", false});
}

/* Three arrows from one person to one app (one per task) are one login:
 * one finding, on the first (repeats_pair). */
static void test_login_said_once_per_pair(void **state) {
  (void)state;
  static const char d[] =
      "digraph{subgraph cluster_s{label=\"Plant\"; mes[label=\"MES\"];}"
      " op[shape=box,label=\"Line operators\"];"
      " op->mes[label=\"start batch\"]; op->mes[label=\"scrap\"];"
      " op->mes[label=\"rework\"]}";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    n += strcmp(ir->findings[i].rule_id, "TMC-SPOOF-002") == 0;
  assert_int_equal(n, 1);
  assert_false(ir->flows[0].facts.repeats_pair);
  assert_true(ir->flows[1].facts.repeats_pair && ir->flows[2].facts.repeats_pair);
  tmc_ir_free(ir);
}

/* Quiet: anonymous visitors and a package index log in as nobody; MFA
 * declared on the people closes their login flow. */
static void test_login_flow_quiet(void **state) {
  (void)state;
  CHECK("digraph{subgraph cluster_s{label=\"Cloud\"; web[label=\"Shop web\"];"
        " ci[label=\"Build job\"];}"
        " anon[shape=box,label=\"Anonymous visitors\"];"
        " idx[shape=box,label=\"npm registry\"];"
        " anon->web; idx->ci[label=\"packages\"]}",
        {"TMC-SPOOF-002", "anon -> web", false}, {"TMC-SPOOF-002", "idx -> ci", false});
  static const char d[] =
      "digraph{subgraph cluster_s{label=\"Cloud\"; bo[label=\"Back office\"];}"
      " staff[shape=box,label=\"Office staff\",controls=\"mfa\"];"
      " staff->bo[label=\"sign in\"]}";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-SPOOF-002", "staff->bo");
  assert_non_null(f);
  assert_int_equal(f->status, TMC_STATUS_MITIGATED);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_login_flow_carries_spoofing),
      cmocka_unit_test(test_login_said_once_per_pair),
      cmocka_unit_test(test_login_flow_quiet),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
