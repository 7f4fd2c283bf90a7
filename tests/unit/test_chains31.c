/* test_chains31.c - the technique each hop of an attack path names (issue
 * #16, xchain2 in the thirty-first session: chain causes that recur over the
 * tuning sets, in other words and other domains).
 *
 * (1) A path that tampers with a model from an outside source of models
 *     names the manipulated model (AML.T0018.000) where the source's
 *     weights land as they are: the store of model files or the registry
 *     the hop from the source writes, or, with nothing of the kind on the
 *     way, the model the source's weights are loaded into. The source
 *     itself (AML.T0010.003) is named once, at the entry.
 * (2) The organisation's own people, or a contractor's team working in its
 *     tools, start by signing in: Valid Accounts (AML.T0012) at the entry,
 *     beside the data supply chain where a contractor's name says it; the
 *     public the portal serves start with no account step of their own.
 * (3) An organisation whose data the system takes in and trains on (a
 *     credit bureau's archive, data resellers' extracts) is the data supply
 *     chain (AML.T0010.002) at the entry, though no supplier word names it;
 *     the travellers who only use the app are not. */
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

/* (2) A hospital's clinical coding model, trained on what its coders and
 * an annotation contractor label. */
static const char *CODING =
    "digraph coding {\n"
    "  coders [label=\"Clinical coders (hospital staff)\", shape=ellipse];\n"
    "  annot [label=\"Annotation vendor team (contractors)\", shape=ellipse];\n"
    "  patients [label=\"Patients\", shape=ellipse];\n"
    "  subgraph cluster_h { label=\"Hospital cloud tenant\";\n"
    "    ui [label=\"Coding review UI\"];\n"
    "    portal [label=\"Patient portal\"];\n"
    "    labels [label=\"Labelled discharge summaries\", shape=cylinder];\n"
    "    train [label=\"Nightly fine-tuning job\"];\n"
    "    reg [label=\"Model registry (MLflow)\", shape=cylinder];\n"
    "    model [label=\"ICD coding model\", shape=ellipse];\n"
    "    svc [label=\"Coding suggestion service\"];\n"
    "  }\n"
    "  coders -> ui [label=\"codes, corrections\"];\n"
    "  annot -> ui [label=\"labels\"];\n"
    "  ui -> labels [label=\"labelled summaries\"];\n"
    "  labels -> train [label=\"training set\"];\n"
    "  train -> reg [label=\"new model\"];\n"
    "  reg -> model [label=\"deploy\"];\n"
    "  patients -> portal [label=\"messages\"];\n"
    "  portal -> svc [label=\"summary\"];\n"
    "  svc -> model [label=\"text\"];\n"
    "  model -> svc [label=\"codes\"];\n"
    "  svc -> ui [label=\"suggested codes\"];\n"
    "}\n";

static void test_staff_sign_in(void **state) {
  (void)state;
  tmc_ir *ir = analysed(CODING);
  assert_true(
      hop_names(ir, "coders", "model", "tamper_model", "coders", "AML.T0012", NULL));
  assert_true(hop_names(ir, "annot", "model", "tamper_model", "annot", "AML.T0010.002",
                        "AML.T0012"));
  assert_false(hop_names(ir, "patients", "model", NULL, "patients", "AML.T0012", NULL));
  assert_false(hop_names(ir, "patients", "model", NULL, "patients", NULL, "AML.T0012"));
  tmc_ir_free(ir);
}

/* (3) An airline's delay prediction, trained on what outside data sources
 * deliver. */
static const char *DELAYS =
    "digraph delays {\n"
    "  archive [label=\"Credit bureau (monthly archive)\"];\n"
    "  brokers [label=\"Airport data resellers (weekly CSV)\"];\n"
    "  travellers [label=\"Travellers\", shape=ellipse];\n"
    "  subgraph cluster_az { label=\"Airline Azure tenant\";\n"
    "    lake [label=\"Training lake (Parquet)\", shape=cylinder];\n"
    "    fit [label=\"Delay model training (Databricks job)\"];\n"
    "    reg [label=\"Model registry\", shape=cylinder];\n"
    "    model [label=\"Delay prediction model\", shape=ellipse];\n"
    "    app [label=\"Trip app backend\"];\n"
    "  }\n"
    "  archive -> lake [label=\"nightly export (SFTP)\"];\n"
    "  brokers -> lake [label=\"CSV drop\"];\n"
    "  lake -> fit [label=\"training data\"];\n"
    "  fit -> reg [label=\"new model\"];\n"
    "  reg -> model [label=\"deploy\"];\n"
    "  travellers -> app [label=\"booking lookups\"];\n"
    "  app -> model [label=\"flight features\"];\n"
    "  model -> app [label=\"predicted delay\"];\n"
    "}\n";

static void test_data_sources_supply_chain(void **state) {
  (void)state;
  tmc_ir *ir = analysed(DELAYS);
  assert_true(hop_names(ir, "archive", "model", "tamper_model", "archive",
                        "AML.T0010.002", NULL));
  assert_true(hop_names(ir, "brokers", "model", "tamper_model", "brokers",
                        "AML.T0010.002", NULL));
  assert_false(any_hop_names(ir, "travellers", NULL, "AML.T0010.002"));
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_weights_land_manipulated),
      cmocka_unit_test(test_pulled_model_manipulated),
      cmocka_unit_test(test_staff_sign_in),
      cmocka_unit_test(test_data_sources_supply_chain),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
