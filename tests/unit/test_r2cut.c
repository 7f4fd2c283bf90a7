/* test_r2cut.c - which paths the report shows under its cap (issue #16
 * item 4; twenty-seventh session, helper r2cut), drawn in other words and
 * another domain than the driving school that taught it:
 *   - the flood of a booking site by the people who book on it straight
 *     (club members) is shown in the place of the flood of the same site
 *     by coaches who reach it only through their own timetable app: the
 *     site is named by one flood either way, by its most likely flooder,
 *     and the number of paths shown does not change. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

static void test_direct_senders_flood_names_the_site(void **state) {
  (void)state;
  tmc_ir *ir = analysed(
      "digraph courts {\n"
      "  node [shape=box, style=rounded];\n"
      "  players [shape=ellipse, label=\"Club members\\n(and parents booking)\"];\n"
      "  coaches [shape=ellipse, label=\"Coaches\\n(12 freelance)\"];\n"
      "  office [shape=ellipse, label=\"Club office\\n(shared admin login)\"];\n"
      "  psp [shape=box3d, label=\"Stripe Payments\"];\n"
      "  sms [shape=box3d, label=\"Twilio SMS\"];\n"
      "  subgraph cluster_vps { label=\"VPS\"; style=dashed;\n"
      "    site [label=\"Court booking site\\n(Laravel, PHP 8)\"];\n"
      "    coachapp [label=\"Coach timetable app\\n(PWA, /coach)\"];\n"
      "    db [shape=cylinder, label=\"MySQL\\nmembers, bookings, payments\"];\n"
      "    env [shape=note, label=\".env\\n(DB password, Stripe key, Twilio key)\"];\n"
      "    uploads [shape=cylinder, label=\"uploads/\\nmembership card photos\"];\n"
      "  }\n"
      "  subgraph cluster_club { label=\"Clubhouse\"; style=dashed;\n"
      "    nas [shape=cylinder, label=\"Office NAS\\npasswords.xlsx, exports\"];\n"
      "  }\n"
      "  players -> site [label=\"bookings, card photo upload\"];\n"
      "  site -> psp [label=\"checkout\"];\n"
      "  psp -> site [label=\"webhook: paid\"];\n"
      "  site -> db [dir=both];\n"
      "  env -> site [label=\"reads\"];\n"
      "  site -> uploads [label=\"photos\"];\n"
      "  site -> sms [label=\"reminders\"];\n"
      "  sms -> players [label=\"SMS\"];\n"
      "  coaches -> coachapp [label=\"lessons, attendance\"];\n"
      "  coachapp -> site [label=\"lesson slots\"];\n"
      "  coachapp -> db [dir=both];\n"
      "  office -> site [label=\"admin\"];\n"
      "  office -> nas [label=\"exports\"];\n"
      "}\n");
  assert_non_null(ir);
  /* more paths are found than the cap shows */
  assert_int_equal(ir->n_paths, 15);
  assert_true(aimed(ir, "players", "site", "deny_service"));
  assert_false(aimed(ir, "coaches", "site", "deny_service"));
  /* the stores keep their paths */
  assert_true(aimed(ir, "players", "db", "exfiltrate"));
  assert_true(aimed(ir, "office", "nas", "steal_credentials"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_direct_senders_flood_names_the_site),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
