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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_own_compute_rect_drawio),
      cmocka_unit_test(test_own_curated_set_dot),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
