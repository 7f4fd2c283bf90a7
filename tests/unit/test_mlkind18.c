/* test_mlkind18.c - ML kinds of storage and served models (causes18 K5,
 * K6) and the supply chain through a cache (A3), each with wordings other
 * than the diagram that showed the miss: a cache of downloaded base models
 * is a store of model files (not a dataset, not the hub's registry); a
 * directory of checkpoints and adapters is a store unless a model loads
 * from it; a catalog that publishes weights with cards is a registry; a
 * portal people submit through is no trainer, nor is a job copying a
 * checkpoint into a registry. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

static tmc_kind kind_of(const tmc_ir *ir, const char *id) {
  return ir->elements[elem(ir, id)].kind;
}

/* K6: what a public hub fills and a training job loads from holds the
 * models the job starts from: a store of model files, whether named for
 * the hub ("~/.cache/huggingface"), for its files ("pretrained weights
 * cache", "HF_HOME") or only by where it is drawn; never the job's dataset
 * nor the hub's registry. The job takes outside models (TMC-SUPPLY-013). */
static void test_model_caches(void **state) {
  (void)state;
  static const char *const caches[] = {
      "~/.cache/huggingface\\n(shared NFS)",
      "HF_HOME on Lustre",
      "pretrained weights cache",
      "base model mirror (MinIO)",
      "shared scratch volume",
  };
  for (size_t i = 0; i < sizeof caches / sizeof *caches; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph u {\n"
             "  hub [shape=oval, label=\"TF Hub / Hugging Face (public)\"];\n"
             "  subgraph cluster_s { label=\"GPU cluster\";\n"
             "    c [shape=cylinder, label=\"%s\"];\n"
             "    j [label=\"Nightly fine-tune (PyTorch)\"];\n"
             "    r [shape=cylinder, label=\"Model registry\"];\n"
             "  }\n"
             "  hub -> c [label=\"download\"]; c -> j [label=\"load\"];\n"
             "  j -> r [label=\"new version\"];\n"
             "}\n",
             caches[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(kind_of(ir, "c"), TMC_KIND_DATA_STORE);
    assert_true(ir->elements[elem(ir, "c")].facts.model_artifacts);
    assert_true(ir->elements[elem(ir, "j")].facts.takes_outside_models);
    assert_non_null(finding(ir, "TMC-SUPPLY-013", "j"));
    /* a cache of weights is no training data */
    assert_null(finding(ir, "TMC-TRAIN-002", "c"));
    tmc_ir_free(ir);
  }
  /* Named a cache of model files with no hub drawn, read by a training
   * step that reads nothing else: still no dataset. */
  tmc_ir *ir = analyse_with("digraph u {\n"
                            "  c [shape=folder, label=\"shared base-model cache\"];\n"
                            "  j [label=\"LoRA training job\"];\n"
                            "  a [shape=folder, label=\"outputs\"];\n"
                            "  c -> j; j -> a;\n"
                            "}\n",
                            cat, NULL);
  assert_int_equal(kind_of(ir, "c"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* K6: checkpoints and adapters a fine-tune saves are a store people browse
 * and copy; where a model server loads from it, it is the registry. */
static void test_checkpoint_stores(void **state) {
  (void)state;
  tmc_ir *ir =
      analyse_with("digraph u {\n"
                   "  p [shape=oval, label=\"Researchers\"];\n"
                   "  d [shape=cylinder, label=\"training data\"];\n"
                   "  j [label=\"Fine-tune job (QLoRA)\"];\n"
                   "  a [shape=folder, label=\"run outputs: LoRA adapters (NFS)\"];\n"
                   "  w [label=\"Lab web UI\"];\n"
                   "  p -> w; d -> j; j -> a [label=\"adapters\"];\n"
                   "  a -> w [label=\"download\"];\n"
                   "}\n",
                   cat, NULL);
  assert_int_equal(kind_of(ir, "a"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  ir = analyse_with(
      "digraph u {\n"
      "  d [shape=cylinder, label=\"training data\"];\n"
      "  j [label=\"Fine-tune job (QLoRA)\"];\n"
      "  a [shape=cylinder, label=\"gs://acme-ml adapters\"];\n"
      "  v [label=\"vLLM server (Llama 3.1 8B)\"];\n"
      "  d -> j; j -> a [label=\"adapter\"]; a -> v [label=\"load adapter\"];\n"
      "}\n",
      cat, NULL);
  assert_int_equal(kind_of(ir, "a"), TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
}

/* K6: a place that publishes models for others to download, each with a
 * card, is the registry they are released from; whoever downloads them
 * is outside. The job copying a checkpoint there trains nothing. */
static void test_published_models(void **state) {
  (void)state;
  static const char *const catalogs[] = {
      "Model catalog\\npublished models + cards",
      "Lab model garden (weights downloads)",
      "Model gallery",
  };
  for (size_t i = 0; i < sizeof catalogs / sizeof *catalogs; i++) {
    char dot[1024];
    snprintf(
        dot, sizeof dot,
        "digraph u {\n"
        "  subgraph cluster_s { label=\"ML platform\";\n"
        "    ck [shape=folder, label=\"run outputs (checkpoints)\"];\n"
        "    pub [label=\"release job (CI)\"];\n"
        "    m [shape=cylinder, label=\"%s\"];\n"
        "  }\n"
        "  everyone [shape=oval, label=\"Everyone (public downloads)\"];\n"
        "  ck -> pub [label=\"copy checkpoint\"]; pub -> m [label=\"weights + card\"];\n"
        "  m -> everyone [label=\"download\"];\n"
        "}\n",
        catalogs[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(kind_of(ir, "m"), TMC_KIND_MODEL_REGISTRY);
    assert_int_equal(kind_of(ir, "everyone"), TMC_KIND_EXTERNAL);
    assert_false(TMC_ROLESET_HAS(ir->elements[elem(ir, "pub")].roles, TMC_ROLE_TRAINER));
    tmc_ir_free(ir);
  }
}

/* K6: a screen people upload through and submit jobs from is a process,
 * even where what it uploads lands in a registry; the job trains. */
static void test_portals_do_not_train(void **state) {
  (void)state;
  static const char *const portals[] = {
      "ML console\\nuploads, job forms",
      "Self-service portal (SSO)",
      "Jobs dashboard",
  };
  for (size_t i = 0; i < sizeof portals / sizeof *portals; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph u {\n"
             "  u [shape=oval, label=\"Data scientists\"];\n"
             "  subgraph cluster_s { label=\"platform\";\n"
             "    w [shape=box, style=rounded, label=\"%s\"];\n"
             "    d [shape=cylinder, label=\"project datasets\"];\n"
             "    r [shape=cylinder, label=\"Model registry\"];\n"
             "    j [label=\"training job\"];\n"
             "  }\n"
             "  u -> w; w -> d [label=\"upload\"]; d -> w [label=\"preview\"];\n"
             "  w -> r [label=\"upload model\"]; w -> j [label=\"submit\"]; d -> j;\n"
             "  j -> r [label=\"register\"];\n"
             "}\n",
             portals[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_int_equal(kind_of(ir, "w"), TMC_KIND_PROCESS);
    tmc_ir_free(ir);
  }
}

/* K5: a model deployed behind a platform's endpoint is the model, named
 * by its family's short name in the endpoint's name, by the platform's
 * endpoint product, or, drawn in a store shape drawn for anything, by
 * being deployed from the registry and answering its callers; also beside
 * other models on the page (an endpoint is no model's server). */
static void test_served_models_named_as_endpoints(void **state) {
  (void)state;
  tmc_ir *ir = analyse_with(
      "digraph u {\n"
      "  node [shape=box];\n"
      "  app [label=\"loan-origination API\"];\n"
      "  hist [shape=cylinder, label=\"repayment history\"];\n"
      "  train [label=\"monthly retrain\"];\n"
      "  reg [shape=cylinder, label=\"Model registry\"];\n"
      "  a [shape=box3d, label=\"default_lgbm_v4\\nreal-time\"];\n"
      "  b [shape=box3d, label=\"churn-v12 (Vertex AI endpoint)\"];\n"
      "  c [shape=box3d, label=\"credit-risk\\nmanaged online endpoint\"];\n"
      "  d [shape=box3d, label=\"limits-prod\\nendpoint\"];\n"
      "  hist -> train; train -> reg [label=\"register\"];\n"
      "  reg -> a; reg -> b; reg -> c; reg -> d;\n"
      "  app -> a [label=\"features\"]; a -> app [label=\"score\"];\n"
      "  app -> b; b -> app; app -> c; c -> app;\n"
      "  app -> d [label=\"applicant vector\"]; d -> app [label=\"probability\"];\n"
      "}\n",
      cat, NULL);
  assert_int_equal(kind_of(ir, "a"), TMC_KIND_MODEL);
  assert_int_equal(kind_of(ir, "b"), TMC_KIND_MODEL);
  assert_int_equal(kind_of(ir, "c"), TMC_KIND_MODEL);
  assert_int_equal(kind_of(ir, "d"), TMC_KIND_MODEL);
  assert_int_equal(kind_of(ir, "app"), TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  /* a plain store shape named for no model, that nothing deploys to, stays
   * a store */
  ir = analyse_with("digraph u {\n"
                    "  app [label=\"billing service\"];\n"
                    "  s [shape=box3d, label=\"invoices endpoint cache\"];\n"
                    "  app -> s; s -> app;\n"
                    "}\n",
                    cat, NULL);
  assert_int_equal(kind_of(ir, "s"), TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
}

/* A3: training jobs sharing nodes with other users' jobs, said of the
 * job or of the partition it is drawn in, expose what they leave on the
 * node (AML.T0037, CWE-732); a job on its own nodes does not. */
static void test_shared_nodes(void **state) {
  (void)state;
  static const struct {
    const char *cluster, *job;
    bool shared;
  } cases[] = {
      {"Slurm partition gpu-h100 (shared by users)", "nightly fine-tune", true},
      {"Kubernetes GPU pool", "LoRA training pod (multi-tenant nodes)", true},
      {"Dedicated training nodes", "nightly fine-tune", false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph u {\n"
             "  d [shape=cylinder, label=\"training data\"];\n"
             "  r [shape=cylinder, label=\"Model registry\"];\n"
             "  subgraph cluster_g { label=\"%s\"; j [label=\"%s\"]; }\n"
             "  d -> j; j -> r [label=\"register model\"];\n"
             "}\n",
             cases[i].cluster, cases[i].job);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_finding *f = finding(ir, "TMC-MLOPS-041", "j");
    assert_int_equal(f != NULL, cases[i].shared);
    if (f)
      assert_true(any_cites(ir, "j", "AML.T0037"));
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_caches),
      cmocka_unit_test(test_checkpoint_stores),
      cmocka_unit_test(test_published_models),
      cmocka_unit_test(test_portals_do_not_train),
      cmocka_unit_test(test_served_models_named_as_endpoints),
      cmocka_unit_test(test_shared_nodes),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
