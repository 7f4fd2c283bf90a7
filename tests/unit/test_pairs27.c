/* test_pairs27.c - gauth (issue #15, item 5 "placement where the fix
 * lives"): a weak login is said of the flow the person or partner sends
 * (TMC-SPOOF-002 is a once_per_pair flow rule), once per pair of elements
 * however many arrows join them, on a flow chosen by what the author wrote
 * (never by where it sits in the file), and identified by the pair, so a
 * parallel flow drawn later, a reordered file or a line drawn the other way
 * keeps its fingerprint. Domains and wordings of its own: a library's
 * catalogue, a dental practice, a German permit office, a ferry operator.
 *
 * The one idea: each case is a small diagram and what must hold of the
 * SPOOF-002 findings in it; fingerprints are compared across two drawings
 * of one system. */
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

static const char rule[] = "TMC-SPOOF-002";

/* The one SPOOF-002 finding of ir (failing when there are none or several). */
static const tmc_finding *only_login(const tmc_ir *ir) {
  const tmc_finding *got = NULL;
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (strcmp(ir->findings[i].rule_id, rule) == 0)
      got = &ir->findings[i], n++;
  assert_int_equal(n, 1);
  assert_int_equal(got->target_kind, TMC_TARGET_FLOW);
  assert_non_null(got->fingerprint);
  return got;
}

/* Librarians reach the catalogue by three arrows (one per task) and the
 * catalogue answers them on a fourth: one login, one finding, on the flow
 * whose label sorts first ("catalogue edits"), not on the librarians. */
static void test_one_login_per_pair(void **state) {
  (void)state;
  static const char d[] =
      "digraph{subgraph cluster_l{label=\"Library servers\";"
      " koha[label=\"Catalogue system (Koha)\"]; db[shape=cylinder,label=\"Holdings\"];}"
      " lib[shape=box,label=\"Librarians\"];"
      " lib->koha[label=\"renew loans\"]; lib->koha[label=\"catalogue edits\"];"
      " lib->koha[label=\"weed stock\"]; koha->lib[label=\"overdue list\"]; koha->db}";
  tmc_ir *ir = analyse_with(d, cat, NULL);
  const tmc_finding *f = only_login(ir);
  assert_string_equal(ir->flows[f->target].label, "catalogue edits");
  assert_true(f->per_pair);
  assert_null(finding(ir, rule, "lib"));
  tmc_ir_free(ir);
}

/* The same practice drawn twice: lines in another order, and a parallel
 * flow added whose label sorts before the one carrying the finding. The
 * finding moves to the new flow and keeps its fingerprint; a flow's own
 * findings there are new. */
static void test_pair_keeps_fingerprint(void **state) {
  (void)state;
  static const char before[] =
      "digraph{subgraph cluster_p{label=\"Practice network\";"
      " pms[label=\"Practice management (Dentrix)\"];}"
      " dent[shape=box,label=\"Dentists\"];"
      " dent->pms[label=\"treatment notes\"]; dent->pms[label=\"prescriptions\"]}";
  static const char after[] =
      "digraph{dent[shape=box,label=\"Dentists\"];"
      " dent->pms[label=\"treatment notes\"]; dent->pms[label=\"appointments\"];"
      " dent->pms[label=\"prescriptions\"];"
      " subgraph cluster_p{label=\"Practice network\";"
      " pms[label=\"Practice management (Dentrix)\"];}}";
  tmc_ir *a = analyse_with(before, cat, NULL), *b = analyse_with(after, cat, NULL);
  const tmc_finding *fa = only_login(a), *fb = only_login(b);
  assert_string_equal(a->flows[fa->target].label, "prescriptions");
  assert_string_equal(b->flows[fb->target].label, "appointments");
  assert_string_equal(fa->fingerprint, fb->fingerprint);
  tmc_ir_free(a);
  tmc_ir_free(b);
  /* drawn the other way round, a line both ways is the same pair */
  a = analyse_with("graph{subgraph cluster_f{label=\"Ferry office\"; res[label=\"Booking "
                   "system\"];} agents[shape=box,label=\"Ticket agents\"];"
                   " agents -- res[label=\"sell tickets\"]}",
                   cat, NULL);
  b = analyse_with("graph{subgraph cluster_f{label=\"Ferry office\"; res[label=\"Booking "
                   "system\"];} agents[shape=box,label=\"Ticket agents\"];"
                   " res -- agents[label=\"sell tickets\"]}",
                   cat, NULL);
  assert_string_equal(only_login(a)->fingerprint, only_login(b)->fingerprint);
  tmc_ir_free(a);
  tmc_ir_free(b);
}

/* draw.io, in German: clerks of a permit office sign in to the application
 * portal; the arrow carries the finding, the clerks do not. */
static void test_login_arrow_drawio(void **state) {
  (void)state;
  static const char xml[] =
      PAGE(BOX("s", "Sachbearbeiter", PERSON, 20, 40)
               ZONE("z", "Rechenzentrum", 300, 0, 400, 200)
                   INBOX("p", "z", "Antragsportal (Java)", CODE, 20, 40)
                       INBOX("a", "z", "Bauanträge (Oracle)", STORE, 200, 40)
                           ARROW("e1", "Anträge prüfen, Bescheide", "s", "p")
                               ARROW("e2", "", "p", "a"));
  CHECK_DRAWIO(xml, {rule, "e1", true}, {rule, "s", false});
}

/* once_per_pair is a flow rule's: on a rule for elements it is a load error. */
static void test_once_per_pair_only_for_flows(void **state) {
  (void)state;
  static const char bad[] = "rules:\n"
                            "  - id: ZP-1\n"
                            "    title: Said of an element\n"
                            "    applies_to: [process]\n"
                            "    once_per_pair: true\n"
                            "    stride: [S]\n"
                            "    likelihood: 1\n"
                            "    impact: 1\n";
  tmc_catalog *c = NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_true(tmc_catalog_new_empty(&c, &d) >= 0);
  assert_true(tmc_catalog_add_memory(c, "bad.yaml", bad, sizeof bad - 1, &d) < 0);
  tmc_catalog_free(c);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_one_login_per_pair),
      cmocka_unit_test(test_pair_keeps_fingerprint),
      cmocka_unit_test(test_login_arrow_drawio),
      cmocka_unit_test(test_once_per_pair_only_for_flows),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
