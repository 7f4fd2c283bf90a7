/* test_labeltool34.c - the page staff label or review a model's captures in
 * (round 2 of the thirty-fourth session; seen in variants34 pinecrest and
 * blind38 miramont), in a wording of this file's own (a packing line's
 * defect detector):
 *   - "annotation tool", "labelling tool", "web tool" name the software
 *     people work in, a process, not an agent's tool: a system with no LLM
 *     and no agent gets no conversation-leak finding (TMC-LLM-016) and no
 *     LLM ids for what the page hands the vendor's retraining;
 *   - "Clip review web tool" stays that page, not a CLIP model;
 *   - the page handing corrections of the model's own captures straight to
 *     the retraining (no store drawn between) gathers the outcomes the
 *     model shaped into its training data (TMC-TRAIN-022: ML08, T0031);
 *   - an LLM agent's "booking tool" stays the agent's tool;
 *   - what reviewers corrected, kept to train on ("Relabelled images") is
 *     a dataset;
 *   - a vendor's "remote support" drawn as a box among the vendor's parts
 *     is the vendor's people logging in (an external entity whose stolen
 *     login is a finding), while a "Remote support gateway" stays the
 *     system's own appliance. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static const char line[] =
    "digraph g {\n"
    "  cam [label=\"Conveyor cameras\"];\n"
    "  pc [label=\"Inspection PC\\nvendor defect detector (ONNX model)\"];\n"
    "  inspectors [label=\"Packing inspectors\"];\n"
    "  tool [shape=box, label=\"Crate annotation tool (supplier SaaS)\"];\n"
    "  rev [shape=box, label=\"Clip review web tool\"];\n"
    "  retrain [label=\"Supplier retraining (all customers' labels)\"];\n"
    "  cam -> pc [label=\"frames\"];\n"
    "  pc -> rev [label=\"flagged clips\"];\n"
    "  inspectors -> tool [label=\"label fixes\"];\n"
    "  inspectors -> rev [label=\"verdicts\"];\n"
    "  rev -> tool [label=\"clips\"];\n"
    "  tool -> retrain [label=\"corrected labels\"];\n"
    "  retrain -> pc [label=\"new model release\"];\n"
    "}\n";

static void test_staff_tools_are_pages(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(line, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "tool")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "rev")].kind, TMC_KIND_PROCESS);
  assert_int_equal(count_rule(ir, "TMC-LLM-016"), 0);
  /* the corrections of the model's own flagged clips go straight to the
   * retraining: the outcomes it shaped become its training labels */
  assert_true(cites(finding(ir, "TMC-TRAIN-022", "tool"), "AML.T0031"));
  tmc_ir_free(ir);
}

static void test_agent_tool_stays(void **state) {
  (void)state;
  static const char agent[] = "digraph g {\n"
                              "  u [type=external, label=\"Guests\"];\n"
                              "  a [label=\"Concierge agent (GPT-4o)\"];\n"
                              "  t [shape=box, label=\"Room booking tool\"];\n"
                              "  u -> a [label=\"chat\"]; a -> t [label=\"book room\"];\n"
                              "  t -> a [label=\"confirmation\"];\n"
                              "}\n";
  tmc_ir *ir = analyse_with(agent, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "t")].kind, TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
}

static void test_remote_support_is_outside(void **state) {
  (void)state;
  static const char plant[] =
      "digraph g {\n"
      "  subgraph cluster_mill { label=\"Bakery floor\";\n"
      "    pc [label=\"Oven line PC\\ncrust classifier (ONNX model)\"];\n"
      "    gw [shape=box, label=\"Remote support gateway\"];\n"
      "  }\n"
      "  subgraph cluster_oem { label=\"Ovenly Vision (supplier)\";\n"
      "    rs [shape=box, label=\"OEM remote support (AnyDesk)\"];\n"
      "    bt [shape=box, label=\"Supplier build server\"];\n"
      "  }\n"
      "  rs -> gw [label=\"session\"]; gw -> pc [label=\"desktop\"];\n"
      "  bt -> pc [label=\"model release\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(plant, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "rs")].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[elem(ir, "gw")].kind, TMC_KIND_PROCESS);
  assert_non_null(finding(ir, "TMC-SPOOF-002", "rs->gw"));
  tmc_ir_free(ir);
}

static void test_corrected_clips_are_a_dataset(void **state) {
  (void)state;
  static const char hatchery[] =
      "digraph g {\n"
      "  m [type=model, label=\"Smolt counter (vendor model)\"];\n"
      "  rv [type=process, label=\"Tally review page\"];\n"
      "  x [shape=box, label=\"Relabelled images (quarterly export)\"];\n"
      "  up [type=external, label=\"Vendor upload portal\"];\n"
      "  m -> rv [label=\"tallies\"]; rv -> x [label=\"fixes\"];\n"
      "  x -> up [label=\"export\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(hatchery, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "x")].kind, TMC_KIND_DATASET);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_staff_tools_are_pages),
      cmocka_unit_test(test_agent_tool_stays),
      cmocka_unit_test(test_remote_support_is_outside),
      cmocka_unit_test(test_corrected_clips_are_a_dataset),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
