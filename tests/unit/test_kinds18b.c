/* test_kinds18b.c - outsiders read as our processes (causes18 K1, the rest):
 * a place named only by the people an aside says staff it; a fleet of field
 * devices named by a count and the protocol they speak; anyone on the
 * internet, whichever way the arrows point; and "tools" that are no agent's
 * (a solver library, a toolchain) on a page with no AI. Wordings are this
 * file's own (no test set uses them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A desk or lodge staffed by people is those people; a server with its
 * admins in an aside stays the server. */
static void test_staffed_places(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Fleet platform\";\n"
      "    api [label=\"Jobs API\"]; db [shape=cylinder, label=\"Jobs DB\"];\n"
      "    srv [label=\"Telemetry server (admins)\"];\n"
      "    sync [label=\"Ledger sync (db-owner)\"]; }\n"
      "  gate [label=\"Goods-in booth (night-shift guards)\"];\n"
      "  gate -> api; sync -> db;\n"
      "  lodge [label=\"Gatehouse lodge (night porters)\"];\n"
      "  desk [label=\"Radio desk (dispatchers on duty)\"];\n"
      "  front [label=\"Lobby (receptionists)\"];\n"
      "  lodge -> api [label=\"gate log\"]; desk -> api [label=\"assign\"];\n"
      "  api -> front [label=\"visitor list\"]; api -> db; srv -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "lodge"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "desk"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "front"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "srv"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "gate"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "sync"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  assert_true(ir->elements[elem(ir, "desk")].facts.is_entry);
  tmc_ir_free(ir);
}

/* Field devices by count and protocol: "x120", "(3.4k)", ", 56" count;
 * a model number inside a name ("SCADAPack 357") does not. */
static void test_device_fleets(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Plant network\";\n"
      "    scada [label=\"SCADA historian collector\"];\n"
      "    hist [shape=cylinder, label=\"Historian DB\"];\n"
      "    rtu [label=\"Station RTU SCADAPack 357 (DNP3)\"]; }\n"
      "  vav [label=\"VAV boxes KNX, 56\"];\n"
      "  pumps [label=\"Pump stations (Profinet, x120)\"];\n"
      "  gas [label=\"Heat substations (wireless M-Bus, 3.4k)\"];\n"
      "  vav -> scada; pumps -> scada; gas -> scada; scada -> hist; rtu -> scada;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "vav"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pumps"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "gas"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "rtu"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "scada"), TMC_KIND_PROCESS);
  assert_true(ir->elements[elem(ir, "pumps")].facts.is_entry);
  tmc_ir_free(ir);
}

/* Anyone on the internet, even drawn as an oval that only receives. */
static void test_anyone_outside(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Docs site\";\n"
      "    cms [label=\"Docs CMS\"]; cdn [label=\"Static site build\"]; }\n"
      "  world [label=\"Anybody with a browser\", shape=oval];\n"
      "  pub [label=\"The general public\", shape=ellipse];\n"
      "  cms -> cdn; cdn -> world [label=\"pages\"]; cdn -> pub;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "world"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pub"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cms"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A solver library, dev tools and a shift planner on a page with no AI:
 * no agent, no agent tool. */
static void test_tools_false_friends(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_sys { label=\"Rostering\";\n"
      "    app [label=\"Rota web app\"]; db [shape=cylinder, label=\"Rota DB\"];\n"
      "    solve [label=\"Shift planner (Google OR-Tools CP-SAT)\"];\n"
      "    ci [label=\"CI runners (Rust toolchain, dev tools)\"]; }\n"
      "  mgr [shape=box, label=\"Ward managers\"];\n"
      "  mgr -> app; app -> solve; solve -> db; ci -> app;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "solve"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ci"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_staffed_places),
      cmocka_unit_test(test_device_fleets),
      cmocka_unit_test(test_anyone_outside),
      cmocka_unit_test(test_tools_false_friends),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
