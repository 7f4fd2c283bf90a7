/* test_b32a.c - what blind32's Armenian warehouse taught (b32a): systems
 * labelled in Armenian, with no AI anywhere. Armenian capitals fold to
 * small letters, and the ligature և matches the two letters ե and ւ that
 * its capital (ԵՒ) and the classical spelling write; Armenian's comma (՝)
 * and full stop (։) are no part of a word, and its comma or a spaced dash
 * ends a label's name part; people, stores, servers and sites, outside and
 * inside zones, shared passwords and web shops are known by their Armenian
 * words. Each case in a domain and wording of this file's own: a bus
 * line's ticket office in DOT (the clusters still zones though
 * clusterrank=none draws none of them), a chain of pharmacies in draw.io. */
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

/* The trust of the boundary named id. */
static int trust_of(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (strcmp(ir->boundaries[i].id, id) == 0)
      return ir->boundaries[i].trust;
  fail_msg("no boundary '%s'", id);
  return -1;
}

/* No finding cites an ATLAS, OWASP LLM or ML id: a system without AI. */
static void assert_no_ai_ids(const tmc_ir *ir) {
  assert_false(any_ai_id(ir));
}

/* DOT, an intercity bus line's ticket office: the passengers are written
 * in capitals and with the classical ԵՒ ("ՈՒՂԵՒՈՐՆԵՐ", passengers, listed
 * as "ուղևորներ") inside "ՀԱՄԱՑԱՆՑ" (the internet); the cashiers share one
 * password; the tickets' database ends in Armenian's full stop; a server's
 * name part ends at a spaced em dash ("... սերվեր — արխիվ" is the server,
 * not the archive). Quiet: the drivers' training ("Վարորդների ուսուցում")
 * is no training job, and nothing cites an AI id. */
static void test_armenian_bus_tickets_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph \"Սևան Տրանս\" {\n"
      " graph [clusterrank=none, landscape=true];\n"
      " node [shape=box];\n"
      " subgraph cluster_web { label=\"ՀԱՄԱՑԱՆՑ\"; style=dashed;\n"
      "  pax [label=\"ՈՒՂԵՒՈՐՆԵՐ\"];\n"
      " }\n"
      " subgraph cluster_lan { label=\"Ներքին ցանց՝ Սևանի կայան\"; style=dashed;\n"
      "  site [label=\"Տոմսերի կայք\\n(PHP)\"];\n"
      "  db [label=\"Տոմսերի բազա։\"];\n"
      "  cash [label=\"Գանձապահներ\\n(մեկ ընդհանուր գաղտնաբառ)\"];\n"
      "  arch [label=\"Հաշվետվությունների սերվեր — արխիվ\"];\n"
      "  bak [label=\"Պահուստային պատճեններ\"];\n"
      "  train [label=\"Վարորդների ուսուցում\"];\n"
      " }\n"
      " pax -> site [label=\"տոմսի պատվեր և վճարում\"];\n"
      " site -> db [label=\"կարդում / գրում\"];\n"
      " cash -> site [label=\"վաճառք\"];\n"
      " db -> arch [label=\"ամեն գիշեր\"];\n"
      " arch -> bak;\n"
      " train -> db;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "pax"), TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "pax")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_true(elem_at(ir, "pax")->facts.public_person);
  assert_true(entry_at(ir, "pax"));
  assert_int_equal(kind_at(ir, "cash"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "bak"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "arch"), TMC_KIND_PROCESS);
  assert_int_equal(trust_of(ir, "cluster_web"), 0);
  assert_true(trust_of(ir, "cluster_lan") > 0);
  assert_non_null(finding(ir, "TMC-REPUD-011", "cash->site"));
  /* quiet */
  assert_int_equal(kind_at(ir, "site"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "train"), TMC_KIND_PROCESS);
  assert_no_ai_ids(ir);
  tmc_ir_free(ir);
}

/* draw.io, a chain of pharmacies: suppliers and customers in a dashed
 * container named "Արտաքին" (outside) drawn as plain cards, the online
 * shop ("Առցանց խանութ") and the stock program in the office; the
 * medicines' database drawn as a card, its word deciding. Quiet: the staff inside the
 * office are people but no outsiders' zone, and nothing cites an AI id. */
static void test_armenian_pharmacies_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD ZONE("out", "Արտաքին", 0, 0, 240, 400)
      C("sup", "out", "Մատակարարներ", CARD, 40, 40, 160, 60)
          C("cust", "out", "Հաճախորդներ", CARD, 40, 200, 160, 60) ZONE("in", "Գրասենյակ",
                                                                       320, 0, 560, 400)
              C("shop", "in", "Առցանց խանութ (WooCommerce)", CARD, 20, 200, 160, 60)
                  C("stock", "in", "Պահեստի ծրագիր (1C)", CARD, 20, 40, 160, 60)
                      C("db", "in", "Դեղերի բազա", CARD, 300, 40, 160, 60)
                          C("staff", "in", "Աշխատակիցներ", CARD, 300, 200, 160, 60)
                              LINK("e1", "sup", "stock", "գնացուցակներ էլ. փոստով")
                                  LINK("e2", "cust", "shop", "պատվերներ")
                                      LINK("e3", "shop", "stock", "պատվերներ")
                                          LINK("e4", "stock", "db", "գրում")
                                              LINK("e5", "staff", "stock", "մնացորդներ")
                                                  TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "sup"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "cust"), TMC_KIND_EXTERNAL);
  assert_true(entry_at(ir, "sup"));
  assert_true(entry_at(ir, "cust"));
  assert_int_equal(kind_at(ir, "db"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "staff"), TMC_KIND_EXTERNAL);
  assert_int_equal(trust_of(ir, "out"), 0);
  assert_true(trust_of(ir, "in") > 0);
  assert_non_null(finding(ir, "TMC-APP-001", "shop"));
  /* quiet */
  assert_int_equal(kind_at(ir, "stock"), TMC_KIND_PROCESS);
  assert_no_ai_ids(ir);
  tmc_ir_free(ir);
}

/* The full-width parenthesis ends a name part as "(" does: "患者
 * （微信小程序）" are patients using a mini-program, not the program (the
 * head is found after the marks that end a label are set aside, so what
 * follows the parenthesis must not be read as the name). */
static void test_full_width_parenthesis_ends_name(void **state) {
  (void)state;
  static const char dot[] = "digraph g {\n"
                            " node [shape=box];\n"
                            " pat [label=\"患者 （微信小程序）\"];\n"
                            " app [label=\"预约服务\"];\n"
                            " pat -> app;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_int_equal(kind_at(ir, "pat"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_armenian_bus_tickets_dot),
      cmocka_unit_test(test_armenian_pharmacies_drawio),
      cmocka_unit_test(test_full_width_parenthesis_ends_name),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
