/* test_vendor_retrain33.c - a business runs a vendor's model file and sends
 * its own data back for the vendor's retraining (r2vendor, round 2 of the
 * thirty-third session; seen in variants33 copperfold and blind37
 * larkspur), in a wording of this file's own (a gym chain's churn model):
 *   - a plain store whose name says model files, read by code that calls
 *     a model, is the drop the model is loaded from (model_registry);
 *   - the model that code loads runs in-house, whatever vendor its name
 *     says: no vendor's service, no cost harvesting (AML.T0034);
 *   - the vendor that delivers the file and is sent data back retrains on
 *     it pooled (vendor_retrains: ML02, AML.T0020), and the model it
 *     supplies is retrained on what its decisions shaped
 *     (retrained_outside: ML08, AML.T0031);
 *   - a vendor only sent data (a mailing service) is neither;
 *   - a UML frame holding shapes on a page with no lifelines is a zone
 *     named in its tab, not a sequence diagram's combined fragment. */
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

static const char gym[] =
    "digraph g {\n"
    "  v [type=external, label=\"Quillmetrics (analytics vendor)\"];\n"
    "  mail [type=external, label=\"Mailer service\"];\n"
    "  drop [shape=folder, label=\"/mnt/inbox model.joblib\"];\n"
    "  job [type=process, label=\"nightly_score.py\"];\n"
    "  m [type=model, label=\"Churn model (vendor XGBoost)\"];\n"
    "  crm [type=data_store, label=\"Member CRM\"];\n"
    "  v -> drop [label=\"weekly delivery\"];\n"
    "  drop -> job [label=\"load newest\"];\n"
    "  job -> m [label=\"features\"]; m -> job [label=\"churn risk\"];\n"
    "  crm -> job [label=\"visits, renewals\"];\n"
    "  job -> mail [label=\"retention offers\"];\n"
    "  job -> v [label=\"weekly: member history + renewals\"];\n"
    "}\n";

static void test_drop_and_model_run_in_house(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(gym, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "drop")].kind, TMC_KIND_MODEL_REGISTRY);
  assert_false(ir->elements[elem(ir, "m")].facts.vendor_service);
  assert_int_equal(count_rule(ir, "TMC-ML-006"), 0);
  tmc_ir_free(ir);
}

static void test_vendor_retrains_on_data_sent_back(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(gym, cat, NULL);
  assert_true(ir->elements[elem(ir, "v")].facts.vendor_retrains);
  assert_false(ir->elements[elem(ir, "mail")].facts.vendor_retrains);
  assert_true(ir->elements[elem(ir, "m")].facts.retrained_outside);
  assert_true(cites(finding(ir, "TMC-TRAIN-206", "v"), "AML.T0020"));
  assert_true(cites(finding(ir, "TMC-TRAIN-207", "m"), "AML.T0031"));
  assert_true(cites(finding(ir, "TMC-TRAIN-208", "job->v"), "ML03:2023"));
  assert_int_equal(count_rule(ir, "TMC-TRAIN-208"), 1);
  tmc_ir_free(ir);
  /* the same vendor sent nothing back: it trains on nothing of ours */
  static const char one_way[] =
      "digraph g {\n"
      "  v [type=external, label=\"Quillmetrics (analytics vendor)\"];\n"
      "  drop [shape=folder, label=\"/mnt/inbox model.joblib\"];\n"
      "  job [type=process, label=\"nightly_score.py\"];\n"
      "  m [type=model, label=\"Churn model (vendor XGBoost)\"];\n"
      "  v -> drop [label=\"weekly delivery\"]; drop -> job;\n"
      "  job -> m [label=\"features\"]; m -> job [label=\"churn risk\"];\n"
      "}\n";
  ir = analyse_with(one_way, cat, NULL);
  assert_false(ir->elements[elem(ir, "v")].facts.vendor_retrains);
  assert_false(ir->elements[elem(ir, "m")].facts.retrained_outside);
  assert_int_equal(count_rule(ir, "TMC-TRAIN-206"), 0);
  assert_int_equal(count_rule(ir, "TMC-TRAIN-207"), 0);
  assert_int_equal(count_rule(ir, "TMC-TRAIN-208"), 0);
  tmc_ir_free(ir);
}

#define FRAME "shape=umlFrame;whiteSpace=wrap;html=1;width=160;height=26;"

static void test_uml_frames_are_zones(void **state) {
  (void)state;
  static const char xml[] = HEAD V("z1", "frame: Gym head office", FRAME, 0, 0, 400, 200)
      C("job", "z1", "nightly_score.py", CARD, 40, 60, 120, 60)
          C("crm", "z1", "Member CRM", DB, 220, 60, 100, 70)
              V("z2", "frame: Quillmetrics (vendor)", FRAME, 500, 0, 240, 200)
                  C("v", "z2", "Quillmetrics API", "shape=cloud;html=1;", 40, 60, 140, 80)
                      LINK("f1", "crm", "job", "visits")
                          LINK("f2", "job", "v", "member history") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_int_equal(ir->n_boundaries, 2);
  const tmc_element *job = elem_at(ir, "job"), *v = elem_at(ir, "v");
  assert_int_not_equal(job->boundary, TMC_NONE);
  assert_int_not_equal(v->boundary, TMC_NONE);
  assert_int_not_equal(job->boundary, v->boundary);
  assert_int_equal(elem_at(ir, "crm")->boundary, job->boundary);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_drop_and_model_run_in_house),
      cmocka_unit_test(test_vendor_retrains_on_data_sent_back),
      cmocka_unit_test(test_uml_frames_are_zones),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
