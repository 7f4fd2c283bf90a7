/* test_r38bhat.c - what blind38's escape rooms and Hebridean cask register
 * taught (thirty-fourth session, helper r38bhat), drawn here in other words
 * and other domains:
 *   - a site's own wireless network whose aside names who joins it
 *     ("Gym WLAN (members + coaches)") is the site's network gear, a
 *     process: not the people, as a desk whose aside names its staff is;
 *   - the locks a controller holds doors shut with, named in the plural
 *     and listed with something that names no head ("Electromagnetic
 *     locks + buzzers"), are hardware in the field (external), and the
 *     controller drives them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "path_helpers.h"

/* A climbing gym: one wireless network for members and coaches, beside a
 * reception desk named by the people who staff it. */
static const char *const GYM =
    "digraph gym {\n"
    "  rankdir=LR;\n"
    "  node [shape=box, style=rounded];\n"
    "  members [label=\"Members\", shape=ellipse];\n"
    "  subgraph cluster_gym {\n"
    "    label=\"Bouldering hall\";\n"
    "    wlan [label=\"Gym WLAN\\n(members + coaches)\", shape=hexagon];\n"
    "    desk [label=\"Front desk\\n(two receptionists)\", shape=box];\n"
    "    boards [label=\"Training board controller\"];\n"
    "    checkins [label=\"Check-ins\", shape=cylinder];\n"
    "  }\n"
    "  members -> wlan;\n"
    "  wlan -> boards [label=\"app commands\"];\n"
    "  members -> desk [label=\"check in\"];\n"
    "  desk -> checkins;\n"
    "}\n";

static void test_wireless_network_with_people_aside_is_gear(void **state) {
  (void)state;
  tmc_ir *ir = analysed(GYM);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "wlan"), TMC_KIND_PROCESS);
  assert_false(entry_at(ir, "wlan"));
  /* a desk its aside says is staffed stays those people */
  assert_int_equal(kind_at(ir, "desk"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A museum's display cases: a controller drives the cases' locks and
 * buzzers, drawn as UML components. */
static const char *const CASES =
    "digraph cases {\n"
    "  node [shape=box];\n"
    "  staff [label=\"Gallery attendants\", shape=ellipse];\n"
    "  subgraph cluster_gallery {\n"
    "    label=\"East gallery\";\n"
    "    panel [label=\"Case controller\\n(ESP32 board)\"];\n"
    "    locks [label=\"Electromagnetic locks + buzzers\", shape=component];\n"
    "    strikes [label=\"Door strikes\", shape=component];\n"
    "  }\n"
    "  staff -> panel [label=\"open case\"];\n"
    "  panel -> locks [label=\"relay\"];\n"
    "  panel -> strikes;\n"
    "}\n";

static void test_door_locks_in_the_plural_are_field_devices(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CASES);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "locks"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "locks")->facts.actuator);
  assert_int_equal(kind_at(ir, "strikes"), TMC_KIND_EXTERNAL);
  assert_true(elem_at(ir, "strikes")->facts.actuator);
  assert_true(elem_at(ir, "panel")->facts.drives_actuator);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wireless_network_with_people_aside_is_gear),
      cmocka_unit_test(test_door_locks_in_the_plural_are_field_devices),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
