/* test_b33a.c - what blind33's Yoruba cassava co-operative taught (b33a),
 * each case in a domain and wording of this file's own:
 *   - draw.io glues an arrow's end onto another arrow (a T drawn into a
 *     line, a branch drawn off it): one drawn into a line reaches where the
 *     line goes, one drawn out of a line comes from where it starts, through
 *     a line glued to a line too; a loop of lines glued to each other makes
 *     no flow, with a warning (a lending library's kiosk);
 *   - a key file named so on its name line (".env") stays a store of
 *     secrets when only its detail lines name an outside party, in words
 *     the lexicon does not read as a head (a Welsh ferry operator's keys);
 *   - Yoruba names its head first ("Olùpín ...", "Àwòṣe ...", "Àwọn
 *     akẹ́kọ̀ọ́ ..."), written with tone marks and under-dots, composed or
 *     combining, or with under-dots alone (a school's fee desk in DOT);
 *   - a job whose name says it fetches a new model and that writes the
 *     model in place takes weights from the outside party that feeds it,
 *     whatever the hop says (a pest-trap camera firm's updater). */
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

static bool warned(const char *what) {
  for (uint32_t i = 0; i < diags.n; i++)
    if (diags.v[i].level == TMC_DIAG_WARNING && strstr(diags.v[i].msg, what))
      return true;
  return false;
}

/* A lending library: the kiosk sends loans to the catalogue API, which
 * writes the loans table and tells the mail relay to send receipts. The
 * librarian's overrides are drawn as an arrow into the kiosk's line (they
 * reach the API); the overdue list is drawn branching off the receipts line
 * (it comes from the API) to the council; an audit copy is drawn off that
 * branch (a line glued to a glued line: from the API too). Two lines glued
 * to each other's start make no flow. */
static void test_arrows_glued_to_arrows(void **state) {
  (void)state;
  static const char xml[] = HEAD V("kiosk", "Self-service kiosk", CARD, 0, 0, 120, 60)
      V("api", "Catalogue API", CARD, 300, 0, 120, 60)
          V("loans", "Loans table", DB, 300, 200, 120, 80) V("relay", "Mail relay", CARD,
                                                             600, 0, 120, 60)
              V("lib", "Librarian", "shape=umlActor;html=1;", 150, 200, 30, 60)
                  V("council", "County council", CARD, 600, 200, 120, 60)
                      V("audit", "Audit archive", DB, 600, 400, 120, 80)
                          V("x", "Reading room screen", CARD, 0, 400, 120, 60)
                              LINK("e1", "kiosk", "api", "loans")
                                  LINK("e2", "api", "loans", "write")
                                      LINK("e3", "api", "relay", "receipts")
                                          LINK("j1", "lib", "e1", "overrides")
                                              LINK("b1", "e3", "council", "overdue list")
                                                  LINK("b2", "b1", "audit", "copy")
                                                      LINK("l1", "l2", "x", "a")
                                                          LINK("l2", "l1", "x", "b") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_true(ir_has_flow(ir, "lib", "api"));
  assert_string_equal(ir->flows[flow(ir, "lib", "api")].label, "overrides");
  assert_true(ir_has_flow(ir, "api", "council"));
  assert_true(ir_has_flow(ir, "api", "audit"));
  assert_false(ir_has_flow(ir, "lib", "kiosk"));
  assert_false(ir_has_flow(ir, "relay", "council"));
  /* the loop: neither line starts at a shape */
  for (uint32_t i = 0; i < ir->n_flows; i++)
    assert_string_not_equal(ir->elements[ir->flows[i].dst].id, "x");
  assert_true(warned("starts on edge"));
  /* said once: a glued end is no loose line end (no "not connected" too) */
  assert_false(warned("is not connected at both ends"));
  assert_int_equal(ir->n_flows, 6);
  tmc_ir_free(ir);
}

/* review29: a chain of lines each glued to the last resolves the same
 * whatever order the cells are listed in: a library's ten reminder lines,
 * each drawn off the one before, the first off the kiosk's line. Within
 * GLUE_HOPS (8) lines of a shape they come from the kiosk; past it they
 * are no flow, forwards as backwards. */
/* The page: the kiosk, the API, ten reminders, and the lines g0 (kiosk to
 * API) and gK (drawn off g(K-1) to reminder K), listed from g0 on or from
 * g10 back. */
static void glued_chain(char *xml, size_t cap, bool backwards) {
  int n = snprintf(xml, cap, "%s",
                   HEAD V("kiosk", "Self-service kiosk", CARD, 0, 0, 120, 60)
                       V("api", "Catalogue API", CARD, 300, 0, 120, 60));
  for (int k = 1; k <= 10; k++)
    n += snprintf(xml + n, cap - (size_t)n,
                  "<mxCell id=\"r%d\" value=\"Reminder %d\" style=\"%s\" vertex=\"1\" "
                  "parent=\"1\"><mxGeometry x=\"0\" y=\"%d\" width=\"80\" height=\"40\" "
                  "as=\"geometry\"/></mxCell>",
                  k, k, CARD, 100 * k);
  for (int j = 0; j <= 10; j++) {
    int k = backwards ? 10 - j : j;
    char src[8], dst[8];
    snprintf(src, sizeof src, k ? "g%d" : "kiosk", k - 1);
    snprintf(dst, sizeof dst, k ? "r%d" : "api", k);
    n += snprintf(xml + n, cap - (size_t)n,
                  "<mxCell id=\"g%d\" value=\"reminder\" edge=\"1\" parent=\"1\" "
                  "source=\"%s\" target=\"%s\"><mxGeometry relative=\"1\" "
                  "as=\"geometry\"/></mxCell>",
                  k, src, dst);
  }
  snprintf(xml + n, cap - (size_t)n, "%s", TAIL);
}

static void test_glued_chain_any_order(void **state) {
  (void)state;
  for (int backwards = 0; backwards < 2; backwards++) {
    char xml[8192];
    glued_chain(xml, sizeof xml, backwards);
    tmc_ir *ir = drawio_analysed(xml, "classify");
    assert_true(ir_has_flow(ir, "kiosk", "r1"));
    assert_true(ir_has_flow(ir, "kiosk", "r8"));
    assert_false(ir_has_flow(ir, "kiosk", "r9"));
    assert_false(ir_has_flow(ir, "kiosk", "r10"));
    assert_int_equal(ir->n_flows, 9);
    tmc_ir_free(ir);
  }
}

/* A Welsh ferry operator's booking site: ".env" names the file, its detail
 * line says whose key it holds ("allwedd Amadeus GDS": the key for the
 * travel network) in a word the lexicon reads no head in, so the network's
 * name ends the joined label as its head: still the site's store of
 * secrets, not the network. Quiet: the box named by the network alone
 * stays the network. */
static void test_key_file_named_on_its_name_line(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("web", "&lt;b&gt;Gwefan archebu&lt;/b&gt;", CARD, 0, 0, 120, 60)
          V("env",
            ".env&lt;br&gt;&lt;font style=&quot;font-size:10px&quot;&gt;allwedd Amadeus "
            "GDS&lt;/font&gt;",
            "shape=note;whiteSpace=wrap;html=1;size=14;", 300, 0, 140, 60)
              V("gds", "Amadeus GDS", CARD, 600, 0, 120, 60)
                  LINK("r", "env", "web", "darllen") LINK("p", "web", "gds", "archebion")
                      TAIL;
  tmc_ir *ir = drawio_analysed(xml, "classify");
  assert_int_equal(kind_at(ir, "env"), TMC_KIND_DATA_STORE);
  assert_int_equal(elem_at(ir, "env")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "gds"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* A Yoruba secondary school's fee desk, in DOT. The students' portal
 * ("Ìṣàfilọ́lẹ̀ owó ilé-ìwé", its marks written as combining characters),
 * a server ("Olùpín Flask") that runs a model scoring bursary requests
 * ("Àwòṣe ONNX"), a nightly job that fetches a new model ("Iṣẹ́ alẹ́ gba
 * àwòṣe tuntun": a job, though it names the model it fetches), a file of
 * keys ("Kọ́kọ́rọ́ Paystack"), the users (parents) written with under-dots
 * but no tone marks ("Awọn olumulo"). */
static void test_yoruba_heads_first(void **state) {
  (void)state;
  static const char dot[] =
      "digraph ileiwe {\n"
      " node [shape=box];\n"
      /* "Àwọn akẹ́kọ̀ọ́" with a combining acute and grave over the dotted letters */
      " kids [label=\"A\xCC\x80w\xE1\xBB\x8Dn "
      "ake\xCC\xA3\xCC\x81ko\xCC\xA3\xCC\x80\xE1\xBB\x8D\xCC\x81\"];\n"
      " parents [label=\"Awọn olumulo\\nobi\"];\n"
      /* "Ìṣàfilọ́lẹ̀" with the acute and grave combining */
      " portal [label=\"Ìṣàfilọ\xCC\x81lẹ\xCC\x80 owó ilé-ìwé\"];\n"
      " srv [label=\"Olùpín Flask\\nṣe ìṣirò owó\"];\n"
      " mdl [label=\"Àwòṣe ONNX\\nbursary_v2.onnx\"];\n"
      " job [label=\"Iṣẹ́ alẹ́ gba àwòṣe tuntun\"];\n"
      " keys [label=\"Kọ́kọ́rọ́ Paystack\"];\n"
      " kids -> portal; parents -> portal; portal -> srv; mdl -> srv; job -> mdl;\n"
      " keys -> srv;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  if (!ir)
    dump_diags();
  assert_non_null(ir);
  assert_int_equal(kind_at(ir, "kids"), TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "kids")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "parents"), TMC_KIND_EXTERNAL);
  assert_int_equal(elem_at(ir, "parents")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "portal"), TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "portal")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "srv"), TMC_KIND_PROCESS);
  assert_int_equal(elem_at(ir, "srv")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(kind_at(ir, "mdl"), TMC_KIND_MODEL);
  assert_int_equal(kind_at(ir, "job"), TMC_KIND_PROCESS);
  assert_int_equal(kind_at(ir, "keys"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* A pest-trap camera firm's updater, in DOT: a monthly job whose name says
 * it pulls a new model ("Monthly updater: pull new model") takes
 * whatever a vision lab's GitHub releases tag, on a hop that names no file
 * ("stable tag"), and overwrites the model the traps' server runs: the hop
 * brings outside weights in (TMC-SUPPLY-021). Quiet: a firmware updater
 * whose name says no model, writing into the same model, and a training job
 * fed by an outside data vendor (what it takes is data, not weights). */
static void test_job_fetching_a_model(void **state) {
  (void)state;
  static const char dot[] = "digraph traps {\n"
                            " feed [label=\"Vision lab (GitHub releases)\", shape=box];\n"
                            " upd [label=\"Monthly updater: pull new model\"];\n"
                            " mdl [label=\"Detector model\", shape=hexagon];\n"
                            " srv [label=\"Trap image server\"];\n"
                            " vendor [label=\"Camera maker\", shape=box];\n"
                            " fw [label=\"Firmware updater\"];\n"
                            " data [label=\"Insect image vendor\", shape=box];\n"
                            " train [label=\"Training job: new model each quarter\"];\n"
                            " feed -> upd [label=\"stable tag\"];\n"
                            " upd -> mdl [label=\"overwrite\"];\n"
                            " mdl -> srv [label=\"load\"];\n"
                            " vendor -> fw [label=\"stable tag\"];\n"
                            " fw -> mdl [label=\"settings\"];\n"
                            " data -> train [label=\"labelled images\"];\n"
                            " train -> mdl [label=\"weights\"];\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_non_null(ir);
  assert_true(ir->flows[flow(ir, "feed", "upd")].facts.brings_weights);
  assert_non_null(finding(ir, "TMC-SUPPLY-021", "feed->upd"));
  assert_false(ir->flows[flow(ir, "vendor", "fw")].facts.brings_weights);
  assert_false(ir->flows[flow(ir, "data", "train")].facts.brings_weights);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arrows_glued_to_arrows),
      cmocka_unit_test(test_glued_chain_any_order),
      cmocka_unit_test(test_key_file_named_on_its_name_line),
      cmocka_unit_test(test_yoruba_heads_first),
      cmocka_unit_test(test_job_fetching_a_model),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
