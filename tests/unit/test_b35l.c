/* test_b35l.c - what blind35's pool drawing taught (b35l): a vendor's model
 * delivered as one file, drawn with the model on its name line and the file
 * in a detail line ("Detection model\nvendor NN file, replaced monthly"), is
 * the model, not a store (words.yaml model_file_forms); the box the cameras
 * or sensors feed, which hands the model what they capture, is no inference
 * API, so no extraction through queries is raised on a model nobody can
 * query; its file on the owners' host can still be copied (TMC-ML-191,
 * host_model_file); and a flood's route that only passes through the
 * vendor's portal (where the samples go and the updates come from) bills
 * nobody per query (TMC-PATH-010's AML.T0034). Each case in a domain and
 * wording of this file's own (a quarry's ore sorter in DOT, a blood bank's
 * plate reader in draw.io). */
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

/* DOT: an X-ray sensor over the belt feeds the sorting PC, which runs the
 * supplier's sorter model on each frame; the supplier swaps the file every
 * quarter and collects rejected-rock samples nightly. */
static void test_quarry_sorter_dot(void **state) {
  (void)state;
  static const char dot[] =
      "digraph quarry {\n"
      " subgraph cluster_site { label=\"Quarry site LAN\";\n"
      "  xray [label=\"X-ray sensor over belt 2\", shape=box];\n"
      "  pc [label=\"Sorting PC\\nair-jet controller\", shape=box, style=rounded];\n"
      "  sorter [label=\"Ore sorter model\\nsupplier's ONNX file, swapped each "
      "quarter\", "
      "shape=hexagon];\n"
      "  console [label=\"Shift console\\nthresholds, one shared login\", shape=box, "
      "style=rounded];\n"
      " }\n"
      " subgraph cluster_sup { label=\"Supplier\";\n"
      "  portal [label=\"Supplier support portal\", shape=box3d];\n"
      " }\n"
      " ops [label=\"Shift operators\", shape=box];\n"
      " xray -> pc [label=\"frames\"];\n"
      " pc -> sorter [dir=both, label=\"frames / ore grade\"];\n"
      " ops -> console [label=\"thresholds\"]; console -> pc;\n"
      " pc -> portal [label=\"nightly reject samples\"];\n"
      " portal -> sorter [label=\"quarterly model update\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "paths");
  assert_int_equal(kind_at(ir, "sorter"), TMC_KIND_MODEL);
  assert_false(elem_at(ir, "sorter")->facts.inference_api);
  assert_true(elem_at(ir, "sorter")->facts.physical_input);
  assert_true(elem_at(ir, "sorter")->facts.host_model_file);
  assert_non_null(finding(ir, "TMC-ML-191", "sorter"));
  /* nobody queries it: no extraction, no inversion, no paid flood */
  assert_false(any_cites(ir, NULL, "AML.T0040"));
  assert_false(any_cites(ir, NULL, "AML.T0024"));
  assert_false(any_cites(ir, NULL, "AML.T0034"));
  assert_false(any_llm_id(ir));
  tmc_ir_free(ir);
}

/* draw.io: a blood bank's plate reader; the model's name in bold over a
 * detail saying it is the vendor's weights file, drawn as a hexagon. */
/* rev32: a word that only sounds like a file in a model's description
 * ("binary: pass / reject", "blob detection") says nothing of where its
 * file sits: a tile works' crack checker in a head-office rack. */
static void test_binary_verdict_is_no_model_file(void **state) {
  (void)state;
  static const char dot[] =
      "digraph tiles {\n"
      " subgraph cluster_dc { label=\"Head office data centre\";\n"
      "  svc [label=\"Inspection service\", shape=box];\n"
      "  clf [label=\"Crack classifier\\n(binary: pass / reject, blob "
      "detection)\", shape=hexagon];\n"
      " }\n"
      " cam [label=\"Line camera\", shape=box];\n"
      " cam -> svc [label=\"tile images\"];\n"
      " svc -> clf [dir=both, label=\"image / verdict\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, "rules");
  assert_true(tmc_kind_is_ai(kind_at(ir, "clf")));
  assert_false(elem_at(ir, "clf")->facts.host_model_file);
  assert_null(finding(ir, "TMC-ML-191", "clf"));
  tmc_ir_free(ir);
}

static void test_plate_reader_drawio(void **state) {
  (void)state;
  static const char xml[] =
      HEAD V("cam", "Plate camera", "rounded=0;whiteSpace=wrap;html=1;", 40, 40, 120, 60)
          V("rdr", "Reader workstation", CARD, 240, 40, 140, 60)
              V("mdl",
                "&lt;b&gt;Agglutination model&lt;/b&gt;&lt;br&gt;vendor weights file, "
                "updated by the vendor",
                "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;", 440,
                40, 180, 70)
                  V("tech", "Lab technicians", "shape=umlActor;html=1;", 240, 200, 30, 60)
                      LINK("f1", "cam", "rdr", "plate images")
                          LINK("f2", "rdr", "mdl", "images")
                              LINK("f3", "mdl", "rdr", "blood group")
                                  LINK("f4", "tech", "rdr", "confirms result") TAIL;
  tmc_ir *ir = drawio_analysed(xml, "rules");
  assert_int_equal(kind_at(ir, "mdl"), TMC_KIND_MODEL);
  assert_false(elem_at(ir, "mdl")->facts.inference_api);
  assert_false(any_cites(ir, NULL, "AML.T0040"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_quarry_sorter_dot),
      cmocka_unit_test(test_binary_verdict_is_no_model_file),
      cmocka_unit_test(test_plate_reader_drawio),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
