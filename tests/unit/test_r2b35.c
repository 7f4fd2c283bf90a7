/* test_r2b35.c - who decided must be on record when the organisation's own
 * people send a decision straight to code (r2b35, issue #15; seen in
 * blind35 and in the payment findings of earlier sets), each case in a
 * domain and wording of this file's own:
 *   - a person or team (not the public) sending a decision to a process
 *     the system runs (a rejection, an approval, a payment batch) gets
 *     TMC-REPUD-003 on that flow: the code acts on the decision and keeps
 *     the only trail of who made it;
 *   - an instruction to pay (a payment batch, a pay run, a payment
 *     register, in the languages diagrams are drawn in) is such a decision,
 *     to code or to the bank;
 *   - a member of the public's request to code stays TMC-REPUD-001's. */
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

/* A housing association's repairs desk: the surveyor approves quotes in
 * the repairs app; the finance officer sends the weekly contractor payment
 * batch to the bank; tenants report faults through the same app. */
static void test_staff_decision_to_code_is_on_record_dot(void **state) {
  (void)state;
  static const char dot[] = "digraph repairs {\n"
                            " tenants [shape=ellipse, label=\"Tenants\"];\n"
                            " surveyor [shape=ellipse, label=\"Repairs surveyor\"];\n"
                            " fin [shape=ellipse, label=\"Finance officer\"];\n"
                            " bank [shape=box3d, label=\"Co-operative Bank\"];\n"
                            " subgraph cluster_ha { label=\"Association office\";\n"
                            "  app [label=\"Repairs app\"];\n"
                            "  db [shape=cylinder, label=\"Jobs database\"];\n"
                            " }\n"
                            " tenants -> app [label=\"report a fault\"];\n"
                            " surveyor -> app [label=\"approve quote\"];\n"
                            " app -> db [label=\"jobs\"];\n"
                            " db -> fin [label=\"completed jobs\"];\n"
                            " fin -> bank [label=\"contractor payment batch\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_non_null(finding(ir, "TMC-REPUD-003", "surveyor->app"));
  assert_non_null(finding(ir, "TMC-REPUD-003", "fin->bank"));
  assert_null(finding(ir, "TMC-REPUD-003", "tenants->app"));
  tmc_ir_free(ir);
}

/* A school's lunch-money system drawn in draw.io, in German: the bursar
 * sends the monthly pay run ("monatlicher Zahllauf") in the finance
 * server; parents top up online. */
static void test_pay_run_to_code_is_on_record_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("bursar", "Schulsekretariat", "shape=umlActor;html=1;", 0, 40, 30, 60)
          V("par", "Eltern", "shape=umlActor;html=1;", 0, 240, 30, 60)
              V("srv", "Finanzserver", CARD, 200, 100, 140, 60)
                  LINK("f1", "bursar", "srv", "monatlicher Zahllauf")
                      LINK("f2", "par", "srv", "Guthaben aufladen") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_non_null(finding(ir, "TMC-REPUD-003", "bursar->srv"));
  assert_null(finding(ir, "TMC-REPUD-003", "par->srv"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_staff_decision_to_code_is_on_record_dot),
      cmocka_unit_test(test_pay_run_to_code_is_on_record_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
