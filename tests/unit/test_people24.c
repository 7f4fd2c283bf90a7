/* test_people24.c - people drawn as boxes (causes24 K, issue #15): the
 * people heads derived from WordNet (catalogs/people.yaml, written by
 * tools/people_lexicon.py) and the Hebrew and Catalan ones by hand. People
 * nouns no tuning set uses, in DOT and draw.io and on several shapes, with
 * the near misses that must stay what they are: software and steps named
 * by agent nouns, devices, a head before a people word ("Carrier API",
 * "Farm scheduler"), a portal named for its people. Wordings are this
 * file's own. */
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

/* People by their trade on DOT shapes a system's parts are drawn with too
 * (a box, an ellipse, plain text, a record, a hexagon), singular and
 * plural. Quiet: the services they use and software named by a word that
 * is a person's too (a rewriter, an authorizer, a log shipper, a player,
 * exporters, indexers, a janitor job). */
static void test_trades_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " bee [label=\"Beekeepers (hive scales)\"];\n"
      " vin [shape=ellipse, label=\"Vintners\"];\n"
      " lock [shape=plaintext, label=\"Locksmith on call\"];\n"
      " dock [shape=record, label=\"Stevedores | shift crews\"];\n"
      " auc [shape=hexagon, label=\"Auctioneers\"];\n"
      " snow [label=\"Snowboarders (season pass holders)\"];\n"
      " api [label=\"Hive telemetry API\"];\n"
      " rw [label=\"Query rewriter\"];\n"
      " az [label=\"Token authorizer (Lambda)\"];\n"
      " ls [label=\"Log shippers (Fluent Bit)\"];\n"
      " vp [label=\"Video player\"];\n"
      " db [shape=cylinder, label=\"Lot records\"];\n"
      " px [label=\"Prometheus exporters\"];\n"
      " ix [label=\"Splunk indexers\"];\n"
      " jn [label=\"Orphan volume janitor\"];\n"
      " bee -> api; vin -> api; lock -> api; dock -> api; auc -> api; snow -> api;\n"
      " api -> rw; az -> api; api -> ls; api -> vp; api -> db;\n"
      " px -> ix; api -> ix; jn -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "bee"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "vin"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lock"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "dock"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "auc"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "snow"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "api"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rw"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "az"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ls"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "vp"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "px"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ix"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "jn"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* The same family on draw.io cards: sommeliers, lifeguards, pawnbrokers,
 * glaziers. Quiet: a report builder, a farm scheduler, a carrier API (the
 * head is the API), gate readers (devices at the gate, not people), a
 * results aggregator and a policy enforcer (software). */
static void test_trades_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V("som", "Sommeliers (wine list edits)", CARD, 0, 0, 120,
                                   60) V("lg", "Lifeguards", CARD, 0, 100, 120,
                                         60) V("pb", "Pawnbrokers", CARD, 0, 200, 120, 60)
      V("gl", "Glaziers / fitters", CARD, 0, 300, 120,
        60) V("svc", "Booking service", CARD, 300, 0, 120, 60) V("rb", "Report builder",
                                                                 CARD, 300, 100, 120, 60)
          V("fs", "Farm scheduler", CARD, 300, 200, 120,
            60) V("ca", "Carrier API", CARD, 300, 300, 120,
                  60) V("gr", "Gate readers", CARD, 600, 0, 120, 60)
              V("ag", "Results aggregator", CARD, 600, 100, 120, 60)
                  V("pe", "Policy enforcer", CARD, 600, 200, 120, 60)
                      LINK("e1", "som", "svc", "edits") LINK("e2", "lg", "svc", "shifts")
                          LINK("e3", "pb", "svc", "loans") LINK("e4", "gl", "svc", "jobs")
                              LINK("e5", "svc", "rb", "rows")
                                  LINK("e6", "fs", "svc", "slots")
                                      LINK("e7", "svc", "ca", "labels")
                                          LINK("e8", "gr", "svc", "scans")
                                              LINK("e9", "svc", "ag", "results")
                                                  LINK("e10", "pe", "svc", "decisions")
                                                      TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "som"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "lg"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pb"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "gl"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "svc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "rb"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "fs"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ca"), TMC_KIND_PROCESS);
  /* a device outside, never a person's word */
  assert_int_equal(kind_at(ir, "gr"), TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[elem(ir, "gr")].tech, TMC_TECH_IOT_DEVICE);
  assert_int_equal(kind_at(ir, "ag"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pe"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* Hebrew and Catalan put the head first: people where their word starts
 * the name (suppliers, reviewers in Hebrew; volunteers, translators in
 * Catalan). Quiet: a portal named for them ("פורטל ספקים", "Portal de
 * col·laboradors") is the portal; a Catalan "intern" (internal) is no
 * trainee. */
static void test_head_first_languages(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      " node [shape=box];\n"
      " sp [label=\"ספקים (קבצי מחירים)\"];\n"
      " mb [label=\"מבקרים\"];\n"
      " pp [label=\"פורטל ספקים\"];\n"
      " vol [label=\"Voluntaris de l'arxiu\"];\n"
      " tr [label=\"Traductors externs\"];\n"
      " pc [label=\"Portal de col·laboradors\"];\n"
      " ed [label=\"Gestor de continguts intern\"];\n"
      " sp -> pp; mb -> pp; vol -> pc; tr -> pc; pc -> ed; pp -> ed;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "sp"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "mb"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "vol"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "tr"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "pp"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "pc"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "ed"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* Freight: the firms a haulier moves loads for and with are outside
 * (shippers, freight forwarders, carriers); one log shipper and a
 * forwarder of events are software. */
static void test_freight_firms(void **state) {
  (void)state;
  static const char xml[] = HEAD V("sh", "Shippers (tenders by EDI)", CARD, 0, 0, 120, 60)
      V("ff", "Freight forwarders", CARD, 0, 100, 120, 60)
          V("cr", "Carriers", CARD, 0, 200, 120, 60)
              V("tms", "Dispatch service", CARD, 300, 0, 120, 60)
                  V("lsh", "Filebeat log shipper", CARD, 300, 100, 120, 60)
                      V("fw", "Event forwarder", CARD, 300, 200, 120, 60)
                          LINK("e1", "sh", "tms", "tenders")
                              LINK("e2", "ff", "tms", "bookings")
                                  LINK("e3", "tms", "cr", "rate cons")
                                      LINK("e4", "tms", "lsh", "logs")
                                          LINK("e5", "tms", "fw", "events") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "sh"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ff"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cr"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "tms"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "lsh"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "fw"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

/* A person's role a machine plays is software the system runs, not a
 * person: an AI word leading the role ("AI sommelier", "Robo-stylist",
 * "Virtual receptionist") or an aside saying so ("Paralegal (LLM)"), in
 * DOT and draw.io. Quiet: the people who build AI ("AI engineer", "GenAI
 * architect"), a plural role ("AI reviewers": people reviewing with AI as
 * often), and a role with no such word ("Night receptionist"). */
static void test_roles_machines_play(void **state) {
  (void)state;
  static const char dot[] = "digraph d {\n"
                            " g [label=\"Guests\"];\n"
                            " som [label=\"AI sommelier\"];\n"
                            " rp [label=\"Robo-stylist\"];\n"
                            " pl [label=\"Paralegal (LLM)\"];\n"
                            " eng [label=\"AI engineer\"];\n"
                            " tut [label=\"AI reviewers\"];\n"
                            " rec [label=\"Night receptionist\"];\n"
                            " m [label=\"Claude 3.5 Sonnet\"];\n"
                            " g -> som; g -> rp; g -> pl; som -> m; rp -> m; pl -> m;\n"
                            " eng -> m; tut -> som; rec -> som;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "g"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "som"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "rp"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "pl"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "eng"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "tut"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "rec"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  static const char xml[] = HEAD V("pat", "Patients", CARD, 0, 0, 120, 60)
      V("vr", "Virtual receptionist", CARD, 300, 0, 120, 60)
          V("ops", "GenAI architect", CARD, 0, 200, 120, 60)
              V("llm", "Gemini 1.5 Flash", CARD, 600, 0, 120, 60)
                  LINK("e1", "pat", "vr", "asks") LINK("e2", "vr", "llm", "prompt")
                      LINK("e3", "ops", "vr", "config") TAIL;
  ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "pat"), TMC_KIND_EXTERNAL);
  assert_int_not_equal(kind_at(ir, "vr"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "ops"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_trades_dot),           cmocka_unit_test(test_trades_drawio),
      cmocka_unit_test(test_head_first_languages), cmocka_unit_test(test_freight_firms),
      cmocka_unit_test(test_roles_machines_play),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
