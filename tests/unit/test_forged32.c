/* test_forged32.c - records changed through forged inbound messages
 * (TMC-PATH-051, issue #16).
 *
 * Outsiders send on a machine channel the system takes messages from (a
 * partner's inbound notices, text messages through an SMS gateway) and the
 * system's code changes the records it works from on what they say: whoever
 * forges them changes those records (deny_service ending at the store).
 * Worded unlike the tuning sets' vet clinic SMS replies, hospital pharmacy
 * EDI ship notices and outpatient appointment cancellations (blind18,
 * blind13, blind10): a grain cooperative's delivery notices in DOT, a
 * school's absence texts in draw.io. Quiet: the same channel drawn outbound
 * only (the system sends, nothing outside writes to it). */
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
#include "drawio_macros.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

static bool any_finding(const tmc_ir *ir, const char *rule_id) {
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (strcmp(ir->findings[i].rule_id, rule_id) == 0)
      return true;
  return false;
}

/* A grain cooperative in DOT: hauliers' dispatch platform posts delivery
 * notices to the co-op's inbound notices endpoint, which the intake
 * planner books against the silo stock ledger. `notice` is the flow
 * between the platform and the endpoint. */
static const char *coop(const char *notice) {
  static char buf[2048];
  snprintf(buf, sizeof buf,
           "digraph g {\n"
           "  hauliers [label=\"Haulier dispatch platform\", shape=box];\n"
           "  growers [label=\"Member growers\", shape=ellipse];\n"
           "  subgraph cluster_coop { label=\"Co-op systems\";\n"
           "    notices [label=\"Inbound delivery notices endpoint\"];\n"
           "    planner [label=\"Intake planner\"];\n"
           "    portal [label=\"Grower portal\"];\n"
           "    ledger [label=\"Silo stock ledger\", shape=cylinder]; }\n"
           "  %s\n"
           "  notices -> planner [label=\"expected loads\"];\n"
           "  planner -> ledger [label=\"booked intake slots, tonnage\"];\n"
           "  growers -> portal [label=\"contracts\"];\n"
           "  ledger -> portal [label=\"stock statements\"];\n"
           "}\n",
           notice);
  return buf;
}

static void test_forged_delivery_notices_dot(void **state) {
  (void)state;
  tmc_ir *ir = analysed(
      coop("hauliers -> notices [label=\"delivery notices (JSON over HTTPS)\"];"));
  assert_true(path_of(ir, "hauliers", "ledger", "TMC-PATH-051"));
  tmc_ir_free(ir);
  /* quiet: the co-op only sends its notices out to the platform */
  ir = analysed(coop("notices -> hauliers [label=\"pickup requests\"];"));
  assert_false(any_finding(ir, "TMC-PATH-051"));
  tmc_ir_free(ir);
}

/* A school on draw.io: parents text absences to an SMS gateway, whose
 * handler marks the attendance register; they also read their child's
 * attendance in the parent app, the likelier route to the register, whose
 * reading is exfiltration (the forged texts' route is the pair's second).
 * `e1`/`e2` are the parents' and the gateway's flows. */
#define SCHOOL(s1, t1, s2, t2)                                                           \
  HEAD ZONE("z", "School MIS (hosted)", 400, 0, 700, 400)                                \
      V("parents", "Parents", "shape=umlActor;html=1;", 0, 100, 30, 60)                  \
          V("gw", "Bulk SMS gateway", "ellipse;shape=cloud;html=1;", 150, 80, 140, 80)   \
              C("handler", "z", "Absence text handler", CARD, 20, 40, 160, 60)           \
                  C("register", "z", "Attendance register", DB, 260, 40, 140, 60)        \
                      C("office", "z", "Office dashboard", CARD, 260, 200, 140, 60)      \
                          C("app", "z", "Parent app", CARD, 20, 200, 140, 60)            \
                              LINK("e1", s1, t1, "absence texts")                        \
                                  LINK("e2", s2, t2, "message callbacks")                \
                                      LINK("e3", "handler", "register", "marked absent") \
                                          LINK("e4", "register", "office", "daily list") \
                                              LINK("e5", "parents", "app", "log in")     \
                                                  LINK("e6", "register", "app",          \
                                                       "child's attendance") TAIL

static void test_forged_absence_texts_drawio(void **state) {
  (void)state;
  static const char *xml = SCHOOL("parents", "gw", "gw", "handler");
  tmc_ir *ir = analysed_as("t.drawio", xml);
  assert_true(path_of(ir, "parents", "register", "TMC-PATH-051"));
  assert_true(path_of(ir, "gw", "register", "TMC-PATH-051"));
  tmc_ir_free(ir);
  /* quiet: the school only texts parents, nothing comes back in */
  static const char *out = SCHOOL("gw", "parents", "handler", "gw");
  ir = analysed_as("t.drawio", out);
  assert_false(any_finding(ir, "TMC-PATH-051"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_forged_delivery_notices_dot),
      cmocka_unit_test(test_forged_absence_texts_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
