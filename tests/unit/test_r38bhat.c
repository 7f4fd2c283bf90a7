/* test_r38bhat.c - what blind38's escape rooms and Hebridean cask register
 * taught (thirty-fourth session, helper r38bhat), drawn here in other words
 * and other domains:
 *   - a site's own wireless network whose aside names who joins it
 *     ("Gym WLAN (members + coaches)") is the site's network gear, a
 *     process: not the people, as a desk whose aside names its staff is;
 *   - the locks a controller holds doors shut with, named in the plural
 *     and listed with something that names no head ("Electromagnetic
 *     locks + buzzers"), are hardware in the field (external), and the
 *     controller drives them;
 *   - draw.io's Sitemap glyphs drawn as a data-flow diagram name a kind of
 *     web page: the pages of files (download, upload, document, log) are
 *     stores (drawn as a store, as a store icon is), the user and profile
 *     pages people and the rest the site's code, hints a head outvotes;
 *   - Scottish Gaelic names the head first and what it belongs to after it
 *     ("Rùnaire a' chomainn": the club's secretary): its people (compounds
 *     on "luchd" and "neach", trades), its code (sites, services, the
 *     admin) and its stores (databases, files, backups, keys) are heads
 *     where they start the name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "drawio_macros.h"
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

/* A tennis club's court bookings drawn with the Sitemap library: every
 * element the same page glyph, the pictogram naming the page, the words
 * saying little. */
#define PAGE(g)                                                                          \
  "html=1;strokeColor=none;fillColor=#0079D6;verticalLabelPosition=bottom;"              \
  "verticalAlign=top;align=center;outlineConnect=0;shape=mxgraph.sitemap." g ";"
/* clang-format off */
static const char *const CLUB = HEAD
    ZONE("host", "Club website host", 200, 0, 500, 300)
    ZONE("house", "Clubhouse", 200, 350, 500, 200)
    V("players", "Players", PAGE("user"), 0, 50, 120, 70)
    C("coach", "house", "Coach Fiona", PAGE("profile"), 20, 40, 120, 70)
    C("booking", "host", "Court booking", PAGE("shopping"), 20, 40, 120, 70)
    C("cards", "host", "Scorecards (PDF)", PAGE("download"), 200, 40, 120, 70)
    C("waivers", "host", "Signed waivers", PAGE("upload"), 200, 180, 120, 70)
    C("results", "host", "Match results", PAGE("log"), 350, 40, 120, 70)
    C("orders", "host", "Racket orders service", PAGE("user"), 350, 180, 120, 70)
    E("e1", "players", "booking")
    E("e2", "booking", "cards")
    E("e3", "cards", "players")
    E("e4", "booking", "waivers")
    E("e5", "coach", "booking")
    E("e6", "booking", "results")
    E("e7", "booking", "orders")
    TAIL;
/* clang-format on */

static void test_sitemap_pages_name_a_kind_under_the_words(void **state) {
  (void)state;
  tmc_ir *ir = analysed_as("club.drawio", CLUB);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "cards"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "waivers"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "results"), TMC_KIND_DATA_STORE);
  assert_true(elem_at(ir, "cards")->facts.is_asset);
  /* a person drawn inside the club's own zone */
  assert_int_equal(kind_at(ir, "coach"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "booking"), TMC_KIND_PROCESS);
  /* a head noun outvotes the person on the page's pictogram */
  assert_int_equal(kind_at(ir, "orders"), TMC_KIND_PROCESS);
  /* the library's stencils are known: no unknown-stencil evidence */
  const char *ev = elem_at(ir, "booking")->kind_evidence;
  assert_non_null(ev);
  assert_null(strstr(ev, "unknown stencil"));
  tmc_ir_free(ir);
}

/* A community ferry's ticket site labelled in Scottish Gaelic, every box
 * drawn alike in the association's own zone. */
static const char *const FERRY =
    "digraph aiseag {\n"
    "  node [shape=box];\n"
    "  subgraph cluster_comann {\n"
    "    label=\"Comann an aiseig\";\n"
    "    luchd [label=\"Luchd-cleachdaidh an aiseig\"];\n"
    "    runaire [label=\"Rùnaire a' chomainn\"];\n"
    "    neach [label=\"Neach-lagha\"];\n"
    "    laraich [label=\"Làrach-lìn nan tiogaidean\"];\n"
    "    stor [label=\"Stòr-dàta nan tiogaidean\"];\n"
    "    faidhlichean [label=\"Faidhlichean PDF nan cunntasan\"];\n"
    "    cultaic [label=\"Cùl-taic gach seachdain\"];\n"
    "    iuchraichean [label=\"Iuchraichean API\"];\n"
    "  }\n"
    "  luchd -> laraich; runaire -> laraich; neach -> laraich;\n"
    "  laraich -> stor; laraich -> faidhlichean; stor -> cultaic;\n"
    "  iuchraichean -> laraich;\n"
    "}\n";

static void test_scottish_gaelic_heads_lead(void **state) {
  (void)state;
  tmc_ir *ir = analysed(FERRY);
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "luchd"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "runaire"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "neach"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "luchd"));
  assert_int_equal(kind_at(ir, "laraich"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "stor"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "faidhlichean"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "cultaic"), TMC_KIND_DATA_STORE);
  assert_true(elem_at(ir, "cultaic")->facts.is_asset);
  assert_int_equal(kind_at(ir, "iuchraichean"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "iuchraichean")->tech, TMC_TECH_SECRETS_VAULT);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wireless_network_with_people_aside_is_gear),
      cmocka_unit_test(test_door_locks_in_the_plural_are_field_devices),
      cmocka_unit_test(test_sitemap_pages_name_a_kind_under_the_words),
      cmocka_unit_test(test_scottish_gaelic_heads_lead),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
