/* test_chains31.c - the technique each hop of an attack path names (issue
 * #16, xchain2 in the thirty-first session: chain causes that recur over the
 * tuning sets, in other words and other domains).
 *
 * (1) A path that tampers with a model from an outside source of models
 *     names the manipulated model (AML.T0018.000) where the source's
 *     weights land as they are: the store of model files or the registry
 *     the hop from the source writes, or, with nothing of the kind on the
 *     way, the model the source's weights are loaded into. The source
 *     itself (AML.T0010.003) is named once, at the entry. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/catalog.h"
#include "catalog/goals.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "path_helpers.h"

/* (1) A shipyard's weld-seam inspection: the vendor's releases copied to
 * the share the inspection service loads its model from. */
static const char *SEAMS =
    "digraph seams {\n"
    "  vendor [label=\"Weldvision vendor portal\\n(model releases)\", shape=box];\n"
    "  subgraph cluster_yard { label=\"Shipyard OT network\";\n"
    "    share [label=\"Model share \\\\\\\\nas02\\\\models\\n(.onnx files)\", "
    "shape=cylinder];\n"
    "    model [label=\"Seam defect model (ONNX)\", shape=ellipse];\n"
    "    insp [label=\"Inspection service\"];\n"
    "    cams [label=\"Seam cameras\"];\n"
    "  }\n"
    "  vendor -> share [label=\"seam_v5.onnx weights (manual copy)\"];\n"
    "  share -> model [label=\"loaded at start\"];\n"
    "  cams -> insp [label=\"frames\"];\n"
    "  insp -> model [label=\"frames\"];\n"
    "  model -> insp [label=\"defect scores\"];\n"
    "}\n";

static void test_weights_land_manipulated(void **state) {
  (void)state;
  tmc_ir *ir = analysed(SEAMS);
  assert_true(aimed(ir, "vendor", "model", "tamper_model"));
  assert_true(
      hop_names(ir, "vendor", "model", "tamper_model", "vendor", "AML.T0010.003", NULL));
  assert_true(
      hop_names(ir, "vendor", "model", "tamper_model", "share", "AML.T0018.000", NULL));
  /* (the manipulated model is named where it lands, not again where it is
   * served) */
  assert_false(
      hop_names(ir, "vendor", "model", "tamper_model", "model", NULL, "AML.T0018.000"));
  tmc_ir_free(ir);
}

/* (1) ... and a transcription model pulled from a public hub straight into
 * the server that runs it. */
static const char *WHISPER =
    "digraph court {\n"
    "  hub [label=\"Hugging Face Hub\"];\n"
    "  clerks [label=\"Court clerks\", shape=ellipse];\n"
    "  subgraph cluster_dc { label=\"Court data centre\";\n"
    "    asr [label=\"Whisper large-v3 (faster-whisper server)\", shape=ellipse];\n"
    "    app [label=\"Hearing transcription app\"];\n"
    "    rec [label=\"Hearing recordings\", shape=cylinder];\n"
    "  }\n"
    "  hub -> asr [label=\"weights pulled at start (revision main)\"];\n"
    "  clerks -> app [label=\"upload hearing\"];\n"
    "  app -> rec [label=\"audio\"];\n"
    "  app -> asr [label=\"audio\"];\n"
    "  asr -> app [label=\"transcript\"];\n"
    "}\n";

static void test_pulled_model_manipulated(void **state) {
  (void)state;
  tmc_ir *ir = analysed(WHISPER);
  assert_true(aimed(ir, "hub", "asr", "tamper_model"));
  assert_true(hop_names(ir, "hub", "asr", "tamper_model", "asr", NULL, "AML.T0018.000"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_weights_land_manipulated),
      cmocka_unit_test(test_pulled_model_manipulated),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
