/* test_pure32.c - the system's own parts that only send, against the
 * outside parties that do (pure32, thirty-second session; tests/puresrc2's
 * precision failures). Wordings are this file's own (no test set uses
 * them). */
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

#define ELLIPSE "ellipse;whiteSpace=wrap;html=1;"
#define RECT "rounded=0;whiteSpace=wrap;html=1;"

/* draw.io, a DFD page (ellipses outnumber cards and containers): a
 * tutoring firm's quiz writer, a plain rectangle named as code on its own
 * compute inside the firm's cloud account, fills the firm's own rubric
 * prompt and sends it to an LLM. Parents and tutors, drawn as ellipses like
 * the own prompt, reach only the booking desk. The writer is a component,
 * not an outside party: nobody outside writes into the prompt, so no
 * prompt injection. Quiet: the booking desk, a plain rectangle with no
 * compute named, keeps the DFD reading. */
static void test_own_compute_rect_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD ZONE("z", "Brightpath Tutors (AWS account)", 200, 0, 700,
                400) C("rub", "z", "marking rubric prompt", ELLIPSE, 20, 30, 140, 60)
          C("bank", "z", "past papers (our teachers)", ELLIPSE, 20, 130, 140,
            60) C("qw", "z", "Quiz writer&lt;br&gt;(AWS Lambda)", RECT, 260, 80, 160,
                  60) C("out", "z", "Quiz drafts", DB, 500, 80, 100,
                        70) C("desk", "z", "Booking desk", RECT, 260, 260, 160, 60)
              V("llm", "Claude Haiku&lt;br&gt;(Anthropic API)", CARD, 1000, 80, 160,
                60) V("par", "Parents", ELLIPSE, 0, 420, 120, 60)
                  V("tut", "Freelance tutors", ELLIPSE, 0, 520, 120, 60)
                      LINK("e1", "rub", "qw", "") LINK("e2", "bank", "qw", "questions")
                          LINK("e3", "qw", "llm", "prompt")
                              LINK("e4", "llm", "qw", "quiz") LINK("e5", "qw", "out", "")
                                  LINK("e6", "par", "desk", "bookings")
                                      LINK("e7", "tut", "desk", "availability") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "qw"), TMC_KIND_PROCESS);
  assert_false(any_cites(ir, NULL, "AML.T0051"));
  assert_false(any_cites(ir, NULL, "LLM01"));
  /* quiet */
  assert_int_equal(kind_at(ir, "par"), TMC_KIND_EXTERNAL);
  assert_int_equal(kind_at(ir, "desk"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* DOT, a bakery grading loaves by photo with a model of its own: the
 * bakers' own tagged photo set, which nothing drawn writes, trains the
 * grader; a second set is filled from the mill's lab results store. The own
 * set may be quietly retagged (TMC-TRAIN-001 holds) but is no poisoning
 * target: no AML.T0020 or ML02 on it. The filled set keeps them. */
static void test_own_curated_set_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph bakery {\n"
      "  crumb [shape=cylinder, label=\"crumb_photos\\n(shot and tagged by our "
      "bakers)\", "
      "type=dataset];\n"
      "  lab [shape=cylinder, label=\"Mill lab results\"];\n"
      "  flour [shape=cylinder, label=\"flour_grades set\", type=dataset];\n"
      "  fit [shape=box, label=\"Grader training job (PyTorch)\"];\n"
      "  grader [shape=box, label=\"Loaf grader model\", type=model];\n"
      "  crumb -> fit; lab -> flour; flour -> fit; fit -> grader;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  const tmc_finding *own = finding(ir, "TMC-TRAIN-001", "crumb");
  assert_non_null(own);
  assert_false(cites(own, "AML.T0020"));
  assert_false(cites(own, "ML02:2023"));
  assert_true(cites(own, "CWE-345"));
  /* quiet: a set something drawn fills keeps the poisoning ids */
  const tmc_finding *filled = finding(ir, "TMC-TRAIN-001", "flour");
  assert_non_null(filled);
  assert_true(cites(filled, "AML.T0020"));
  tmc_ir_free(ir);
}

/* DOT, a community theatre's rehearsal helper: its house rules and a set of
 * past answers are files the helper reads, drawn as ellipses like the
 * volunteers who write in. Named by a file name they are the theatre's own
 * stores. Quiet: code whose label mentions a file it reads stays code, and
 * the volunteers stay people. */
static void test_file_name_stores_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph theatre {\n"
      "  rules [shape=ellipse, label=\"house_rules_v3.md\"];\n"
      "  faq [shape=ellipse, label=\"cast_faq.jsonl\\n(the stage manager's answers)\"];\n"
      "  vol [shape=ellipse, label=\"Volunteers\"];\n"
      "  dir [shape=ellipse, label=\"Visiting directors\"];\n"
      "  load [shape=ellipse, label=\"Scene loader (reads scenes.csv)\"];\n"
      "  cue [shape=ellipse, label=\"loads cues.json\"];\n"
      "  help [shape=box, label=\"Rehearsal helper (Python)\"];\n"
      "  rules -> help; faq -> help; vol -> help; dir -> help;\n"
      "  load -> help; cue -> help;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(kind_at(ir, "rules"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "faq"), TMC_KIND_DATA_STORE);
  /* quiet */
  assert_int_not_equal(kind_at(ir, "load"), TMC_KIND_DATA_STORE);
  assert_int_not_equal(kind_at(ir, "cue"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "vol"), TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
}

/* draw.io, a ferry operator's delay notices: its own threshold file (a
 * text cell) and bookings extract (an ellipse) are stores; a workflow file
 * the harbour office staff's alerts start runs, so it stays code. */
static void test_file_name_stores_drawio(void **state) {
  (void)state;
  static const char xml[] = HEAD V(
      "thr", "&lt;b&gt;delay-threshold.yaml&lt;/b&gt;&lt;br&gt;minutes before we notify",
      "text;html=1;", 0, 0, 160, 40)
      V("bk", "bookings_2026.parquet&lt;br&gt;(ops team export)", ELLIPSE, 0, 100, 160,
        60) V("hm", "Harbour office staff", ELLIPSE, 0, 200, 140, 60)
          V("wf", "notify.yml&lt;br&gt;on: alert received", CARD, 250, 200, 160, 60)
              V("svc", "Delay notifier", CARD, 250, 60, 160, 60)
                  V("pax", "Passengers", ELLIPSE, 500, 60, 140, 60)
                      LINK("e1", "thr", "svc", "") LINK("e2", "bk", "svc", "who booked")
                          LINK("e3", "hm", "wf", "weather alert")
                              LINK("e4", "wf", "svc", "alert")
                                  LINK("e5", "svc", "pax", "SMS") TAIL;
  tmc_ir *ir = drawio_analysed(xml, NULL);
  assert_int_equal(kind_at(ir, "thr"), TMC_KIND_DATA_STORE);
  assert_int_equal(kind_at(ir, "bk"), TMC_KIND_DATA_STORE);
  /* quiet */
  assert_int_equal(kind_at(ir, "wf"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_own_compute_rect_drawio),
      cmocka_unit_test(test_own_curated_set_dot),
      cmocka_unit_test(test_file_name_stores_dot),
      cmocka_unit_test(test_file_name_stores_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
