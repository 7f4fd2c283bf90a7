/* test_vendor_consoles.c - the services of other companies a small venue
 * goes through, drawn as dashed boxes left beside the clusters its own
 * parts are drawn in (a card acquirer posting back to the booking site,
 * the lock vendor's console between the desk PC and the door controller),
 * on a page whose people, sheets and vendors outnumber its own parts: they
 * are the outside, however their flows run, not components. A dashed box
 * between parts on a page with no clusters stays a part drawn as optional.
 * The managers who read what the system logs are people.
 * Wordings are this file's own (no test set uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* An undirected DOT graph, a climbing hall: its site and kiosk in dotted
 * clusters; people, a route sheet and two unnamed vendors beside them. */
static void test_dashed_vendors_beside_clusters(void **state) {
  (void)state;
  static const char dot[] =
      "graph g {\n"
      " node [shape=box, style=rounded];\n"
      " edge [dir=forward];\n"
      " climbers [label=\"Climbers\", shape=ellipse];\n"
      " staff [label=\"Front desk staff\", shape=ellipse];\n"
      " setters [label=\"Route setters\", shape=ellipse];\n"
      " owner [label=\"Owner\", shape=ellipse];\n"
      " payco [label=\"Pagaleku\\n(card acquiring)\", style=\"rounded,dashed\"];\n"
      " doorco [label=\"Keyora\\n(door PINs)\", style=\"rounded,dashed\"];\n"
      " sheet [label=\"Shared route sheet\", shape=tab];\n"
      " subgraph cluster_web { label=\"Rented web server\"; style=dotted;\n"
      "  shop [label=\"Membership site\\nWordPress + pass plugin\"];\n"
      "  db [label=\"Members database\", shape=cylinder];\n"
      " }\n"
      " subgraph cluster_gym { label=\"Climbing hall\"; style=dotted;\n"
      "  kiosk [label=\"Desk kiosk PC\"];\n"
      "  turn [label=\"Turnstile controller\", shape=component];\n"
      " }\n"
      " climbers -- shop [label=\"buy pass\"];\n"
      " shop -- payco [label=\"charge\"];\n"
      " payco -- shop [label=\"paid callback\"];\n"
      " shop -- db [dir=both];\n"
      " staff -- kiosk;\n"
      " kiosk -- doorco [label=\"issue entry codes\"];\n"
      " doorco -- turn [label=\"codes\"];\n"
      " staff -- sheet; sheet -- setters; owner -- kiosk;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "payco"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "doorco"), TMC_KIND_EXTERNAL);
  /* quiet: the parts in the clusters */
  assert_int_equal(kind_at(ir, "shop"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "kiosk"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* Quiet: no clusters; a dashed box between the shop and its orders is a
 * step drawn as optional or planned, one of the parts. */
static void test_dashed_step_without_clusters(void **state) {
  (void)state;
  static const char dot[] = "digraph g {\n"
                            " node [shape=box];\n"
                            " buyer [label=\"Buyer\", shape=ellipse];\n"
                            " shop [label=\"Ticket shop\"];\n"
                            " pts [label=\"Qorvi\", style=dashed];\n"
                            " orders [label=\"Orders\", shape=cylinder];\n"
                            " buyer -> shop; shop -> pts; pts -> orders;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "pts"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* The people who run the sites, drawn as an oval reading a log: "managers"
 * in the plural is people, as "manager" is. */
static void test_managers_are_people(void **state) {
  (void)state;
  static const char dot[] = "digraph g {\n"
                            " node [shape=box];\n"
                            " bot [label=\"Parking bot service\"];\n"
                            " log [label=\"Session log\", shape=cylinder];\n"
                            " mgrs [label=\"Car park managers\", shape=oval];\n"
                            " bot -> log; log -> mgrs [label=\"read\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "mgrs"), TMC_KIND_EXTERNAL);
  /* quiet */
  assert_int_equal(kind_at(ir, "bot"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dashed_vendors_beside_clusters),
      cmocka_unit_test(test_dashed_step_without_clusters),
      cmocka_unit_test(test_managers_are_people),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
