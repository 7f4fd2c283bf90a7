/* test_r2vendor.c - an outside vendor's portal, site or service that
 * delivers model files is a model source (r2vendor, issues #15/#16; seen in
 * blind10, blind13, blind32 and blind34), each case in a domain and wording
 * of this file's own:
 *   - an outside party nothing of the system feeds whose own flows carry
 *     model files in ("quarterly weights (.onnx) over SFTP"), or put what
 *     it sends into a model registry, ships models whatever its name says
 *     (model_source): the path from it to the model is the backdoored
 *     supply chain (TMC-PATH-003, AML.T0010.003), not a stolen account
 *     (TMC-PATH-024, AML.T0012), and it sends no training data
 *     (TMC-SUPPLY-011);
 *   - a vendor's or maker's portal or download site is a service an
 *     organisation runs, never a person, whatever customer-facing word its
 *     name carries ("Dryer maker customer portal"). */
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
#include "path_helpers.h"

/* Does some path from entry to target start with a hop naming technique? */
static bool entry_technique(const tmc_ir *ir, const char *entry, const char *target,
                            const char *id) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->entry == el(ir, entry) && p->asset == el(ir, target) && p->n_hops &&
        technique_is(p->hops[0].technique, id))
      return true;
  }
  return false;
}

/* A winery's cork-taint model: the sensor vendor's licensing service sends
 * its quarterly weights over SFTP into the winery's model registry, which
 * the tasting-room scorer loads; a cellar hand uploads readings. The
 * vendor's name says nothing of models: its flow does. */
static void test_flow_of_model_files_makes_a_model_source(void **state) {
  (void)state;
  static const char dot[] =
      "digraph cork {\n"
      "  node [shape=box];\n"
      "  lic [label=\"Vinosense licensing (vendor)\", shape=box3d];\n"
      "  hand [label=\"Cellar hand\", shape=ellipse];\n"
      "  reg [label=\"Model registry\", shape=cylinder];\n"
      "  up [label=\"Readings upload app\"];\n"
      "  scorer [label=\"Cork taint scorer (ONNX Runtime)\"];\n"
      "  m [label=\"Taint classifier model\"];\n"
      "  res [label=\"Lot results\", shape=cylinder];\n"
      "  lic -> reg [label=\"quarterly weights (.onnx) over SFTP\"];\n"
      "  hand -> up [label=\"GC-MS readings\"];\n"
      "  up -> scorer [label=\"readings\"];\n"
      "  reg -> m [label=\"load at start\"];\n"
      "  scorer -> m [label=\"features\"]; m -> scorer [label=\"taint score\"];\n"
      "  scorer -> res [label=\"scores\"];\n"
      "}\n";
  tmc_ir *ir = analysed(dot);
  assert_true(elem_at(ir, "lic")->facts.model_source);
  assert_false(elem_at(ir, "hand")->facts.model_source);
  assert_true(path_of(ir, "lic", "m", "TMC-PATH-003"));
  assert_false(entry_technique(ir, "lic", "m", "AML.T0012"));
  assert_true(entry_technique(ir, "lic", "m", "AML.T0010"));
  tmc_ir_free(ir);

  /* A lab that sends results, not model files, ships no model. */
  static const char lab[] = "digraph lab {\n"
                            "  node [shape=box];\n"
                            "  ext [label=\"Oenology lab (contractor)\", shape=box3d];\n"
                            "  res [label=\"Lab results\", shape=cylinder];\n"
                            "  t [label=\"Taint model training job\"];\n"
                            "  reg [label=\"Model registry\", shape=cylinder];\n"
                            "  ext -> res [label=\"assay results (CSV)\"];\n"
                            "  res -> t [label=\"training rows\"];\n"
                            "  t -> reg [label=\"new model version\"];\n"
                            "}\n";
  ir = analysed(lab);
  assert_false(elem_at(ir, "ext")->facts.model_source);
  tmc_ir_free(ir);
}

/* A grain dryer's moisture model on the farm's control PC: the dryer
 * maker's customer portal hands out the model file each season, copied
 * into the models folder the control PC loads. "customer" names who the
 * portal is for, not what it is. */
static void test_customer_portal_is_no_person(void **state) {
  (void)state;
  static const char xml[] = HEAD V("portal", "Dryer maker customer portal",
                                   "ellipse;shape=cloud;whiteSpace=wrap;html=1;", 0, 100,
                                   120, 80)
      V("dir", "Models folder (.onnx files)", "shape=folder;html=1;", 200, 100, 80, 60)
          V("m", "Moisture model (dryer maker's ONNX)", CARD, 400, 100, 120, 60)
              V("op", "Dryer operator", "shape=umlActor;html=1;", 400, 300, 30, 60)
                  LINK("f1", "portal", "dir", "season model file, unsigned")
                      LINK("f2", "dir", "m", "loaded at start")
                          LINK("f3", "m", "op", "moisture alarms") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "paths");
  assert_false(elem_at(ir, "portal")->facts.person);
  assert_true(elem_at(ir, "op")->facts.person);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_flow_of_model_files_makes_a_model_source),
      cmocka_unit_test(test_customer_portal_is_no_person),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
