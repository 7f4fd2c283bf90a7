/* test_mlgen17.c - ML kinds and ids that do not depend on an LLM being
 * drawn (mlgen17, causes B3, C1, D2, D3, D4 of blind15): generative models
 * that are no LLM (image, video, voice), their vendor, bill and published
 * output; media collections and frames a training step reads as datasets;
 * a platform's model package group as the registry; no inference API where
 * a model only sees its camera; no cost harvesting where no one can send
 * work; no model skewing (ML08) without a loop. Each family is drawn in
 * wordings the tuning set did not use, with the case where the id must not
 * be raised. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

/* A vendor's image, video or voice model called by the system's app: a
 * model (not the outside), generative, the vendor's; the prompts leave
 * (LLM02), the bill runs (AML.T0034), and what it made is published
 * (AML.T0048.001) where the app hands it to a social scheduler or a shop. */
static void test_vendor_generative_model(void **state) {
  (void)state;
  static const char *const models[] = {
      "Replicate FLUX.1 dev (hosted)", "OpenAI DALL-E 3 image API",
      "Stability AI API stable-diffusion-3-large txt2img", "Midjourney (via proxy)",
      NULL};
  static const char *const outlets[] = {"Hootsuite (scheduled posts)",
                                        "Shopify storefront product pages",
                                        "Meta Ads Manager", NULL};
  for (size_t i = 0; models[i]; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph g {\n"
             "  staff [type=external, label=\"Marketing team\"];\n"
             "  subgraph cluster_c { label=\"Our cloud account\";\n"
             "    app [label=\"Creative studio web app\"];\n"
             "  }\n"
             "  gen [label=\"%s\"];\n"
             "  out [type=external, label=\"%s\"];\n"
             "  staff -> app [label=\"prompts\"];\n"
             "  app -> gen [label=\"prompt, size, seed\"];\n"
             "  gen -> app [label=\"generated images\"];\n"
             "  app -> out [label=\"approved image\"];\n"
             "}\n",
             models[i], outlets[i % 3]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    const tmc_element *g = &ir->elements[elem(ir, "gen")];
    assert_int_equal(g->kind, TMC_KIND_MODEL);
    assert_true(g->facts.generative);
    assert_true(cites(finding(ir, "TMC-GEN-001", "app->gen"), "LLM02:2025"));
    assert_true(cites(finding(ir, "TMC-GEN-002", "app->gen"), "AML.T0034"));
    assert_true(cites(finding(ir, "TMC-GEN-003", "app->out"), "AML.T0048.001"));
    tmc_ir_free(ir);
  }
  /* a classic model the same app calls makes nothing to publish */
  static const char classic[] =
      "digraph g {\n"
      "  staff [type=external, label=\"Marketing team\"];\n"
      "  app [label=\"Creative studio web app\"];\n"
      "  m [type=model, label=\"Churn scorer (XGBoost)\"];\n"
      "  out [type=external, label=\"Hootsuite (scheduled posts)\"];\n"
      "  staff -> app; app -> m [label=\"features\"];\n"
      "  m -> app [label=\"score\"]; app -> out [label=\"post\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(classic, cat, NULL);
  assert_false(ir->elements[elem(ir, "m")].facts.generative);
  assert_int_equal(count_rule(ir, "TMC-GEN-001") + count_rule(ir, "TMC-GEN-003"), 0);
  tmc_ir_free(ir);
}

/* A model nobody names by family is generative by what it does: prompted,
 * it sends images or audio back ("brand-art v2" asked with a text prompt,
 * "4 renders"... as "images"); a classifier asked about a prompt sends a
 * verdict and is not. */
static void test_generative_by_flows(void **state) {
  (void)state;
  static const char dot[] =
      "digraph g {\n"
      "  u [type=external, label=\"Designers\"];\n"
      "  app [label=\"Studio backend\"];\n"
      "  m [type=model, label=\"brand-art v2\"];\n"
      "  c [type=model, label=\"prompt guard\"];\n"
      "  u -> app; app -> m [label=\"text prompt\"];\n"
      "  m -> app [label=\"2 images\"];\n"
      "  app -> c [label=\"prompt\"]; c -> app [label=\"allow / block\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "m")].facts.generative);
  assert_false(ir->elements[elem(ir, "c")].facts.generative);
  tmc_ir_free(ir);
}

/* Cost harvesting (AML.T0034) needs someone who can send work: a model fed
 * only what a microphone or camera captures (a visit, a shelf) is worked
 * on the system's own schedule; the same orchestrator behind a public
 * chat API is not. */
static void test_no_work_through_sensors(void **state) {
  (void)state;
  static const char *const capture[] = {"Lecture-hall microphones",
                                        "Bodycam (officer-worn camera)", NULL};
  for (const char *const *c = capture; *c; c++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph s {\n"
             "  people [type=external, label=\"Speakers in the room\"];\n"
             "  subgraph cluster_a { label=\"AWS account\";\n"
             "    mic [label=\"%s\"];\n"
             "    box [label=\"Recorder (edge PC)\"];\n"
             "    inbox [type=data_store, label=\"recordings inbox (S3)\"];\n"
             "    stt [type=model, label=\"ASR model (self-hosted)\"];\n"
             "    orch [label=\"Summary orchestrator (prompt builder)\"];\n"
             "  }\n"
             "  llm [type=llm, label=\"GPT-4o (Azure OpenAI)\"];\n"
             "  people -> mic [label=\"speech\"]; mic -> box [label=\"audio\"];\n"
             "  box -> inbox [label=\"chunks\"]; inbox -> stt; stt -> orch "
             "[label=\"transcript\"];\n"
             "  orch -> llm [label=\"prompt\"]; llm -> orch [label=\"summary\"];\n"
             "}\n",
             *c);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_false(ir->elements[elem(ir, "orch")].facts.work_senders);
    assert_false(any_cites(ir, "orch->llm", "AML.T0034"));
    tmc_ir_free(ir);
  }
  static const char chat[] =
      "digraph s {\n"
      "  people [type=external, label=\"Website visitors\"];\n"
      "  subgraph cluster_a { label=\"AWS account\";\n"
      "    api [label=\"Chat API\"];\n"
      "    orch [label=\"Summary orchestrator (prompt builder)\"];\n"
      "  }\n"
      "  llm [type=llm, label=\"GPT-4o (Azure OpenAI)\"];\n"
      "  people -> api [label=\"question\"]; api -> orch;\n"
      "  orch -> llm [label=\"prompt\"]; llm -> orch [label=\"answer\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(chat, cat, NULL);
  assert_true(ir->elements[elem(ir, "orch")].facts.work_senders);
  assert_true(any_cites(ir, "orch->llm", "AML.T0034"));
  tmc_ir_free(ir);
}

/* A model in a camera that only sees the scene has no inference API: no
 * extraction or inversion through queries (AML.T0024, AML.T0040) for the
 * people in front of it; a classifier behind an API the public calls has. */
static void test_camera_model_no_api(void **state) {
  (void)state;
  static const char *const scenes[][2] = {
      {"Warehouse aisle", "Jetson camera, YOLOv8 detector on device"},
      {"Car park", "ANPR camera (plate reader model)"},
      {"Checkout lane", "Smart shelf unit (vision model)"}};
  static const char *const feeds[] = {"video feed", "live view", "camera view"};
  for (size_t i = 0; i < 3; i++) {
    char dot[2048];
    snprintf(dot, sizeof dot,
             "digraph c {\n"
             "  scene [type=external, label=\"%s\"];\n"
             "  subgraph cluster_e { label=\"Store edge\";\n"
             "    cam [type=model, label=\"%s\"];\n"
             "    hub [label=\"Events service\"];\n"
             "  }\n"
             "  scene -> cam [label=\"%s\"]; cam -> hub [label=\"detections\"];\n"
             "}\n",
             scenes[i][0], scenes[i][1], feeds[i]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_false(ir->elements[elem(ir, "cam")].facts.inference_api);
    assert_false(any_cites(ir, NULL, "AML.T0024"));
    assert_false(any_cites(ir, NULL, "AML.T0040"));
    tmc_ir_free(ir);
  }
  static const char api[] =
      "digraph c {\n"
      "  u [type=external, label=\"Mobile users\"];\n"
      "  subgraph cluster_e { label=\"Cloud\";\n"
      "    m [type=model, label=\"Plant species classifier API\"];\n"
      "  }\n"
      "  u -> m [label=\"photo\"]; m -> u [label=\"species\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(api, cat, NULL);
  assert_true(ir->elements[elem(ir, "m")].facts.inference_api);
  assert_true(any_cites(ir, NULL, "AML.T0024"));
  tmc_ir_free(ir);
}

/* Outsiders' uploads into training data are poisoning (ML02); model skewing
 * (ML08) needs the model's own output to come back into what it learns. */
static void test_ml08_needs_a_loop(void **state) {
  (void)state;
  static const char open[] =
      "digraph t {\n"
      "  ph [type=external, label=\"Freelance photographers\"];\n"
      "  lib [type=data_store, label=\"Cloudinary media library\"];\n"
      "  ft [type=pipeline, label=\"Style fine-tune job\"];\n"
      "  reg [type=model_registry, label=\"Adapter store\"];\n"
      "  ph -> lib [label=\"uploads\"]; lib -> ft [label=\"images\"];\n"
      "  ft -> reg [label=\"new adapter\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(open, cat, NULL);
  const tmc_finding *f = finding(ir, "TMC-TRAIN-002", "lib");
  assert_non_null(f);
  assert_true(cites(f, "ML02:2023"));
  assert_false(cites(f, "ML08:2023"));
  tmc_ir_free(ir);
  static const char loop[] =
      "digraph t {\n"
      "  u [type=external, label=\"Shoppers\"];\n"
      "  api [label=\"Recommendations API\"];\n"
      "  m [type=model, label=\"Ranker\"];\n"
      "  clicks [type=dataset, label=\"Click log\"];\n"
      "  tr [type=pipeline, label=\"Nightly retrain\"];\n"
      "  u -> api [label=\"clicks\"]; api -> m; m -> api [label=\"ranking\"];\n"
      "  api -> clicks [label=\"impressions + clicks\"];\n"
      "  clicks -> tr; tr -> m [label=\"new model\"];\n"
      "}\n";
  ir = analyse_with(loop, cat, NULL);
  assert_true(cites(finding(ir, "TMC-TRAIN-002", "clicks"), "ML08:2023"));
  tmc_ir_free(ir);
}

/* What a training step reads that is media (frames, photos, recordings) is
 * a dataset, beside a labels set it also reads; a media or asset library is
 * data, though "library" names code elsewhere; a platform's model package
 * group is the registry, not the model its name ends with. */
static void test_media_datasets_and_package_groups(void **state) {
  (void)state;
  static const char dot[] =
      "digraph d {\n"
      "  subgraph cluster_ml { label=\"ML account\";\n"
      "    frames [label=\"dock-cam-frames (S3)\"];\n"
      "    labels [type=dataset, label=\"Bounding-box labels\"];\n"
      "    lib [shape=cylinder, label=\"Photo library (brand-approved)\"];\n"
      "    tr [label=\"Detector retrain job\"];\n"
      "    grp [label=\"SageMaker model package group dock-detector\"];\n"
      "  }\n"
      "  frames -> tr; labels -> tr; lib -> tr [label=\"approved photos\"];\n"
      "  tr -> grp [label=\"model package\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_int_equal(ir->elements[elem(ir, "frames")].kind, TMC_KIND_DATASET);
  assert_int_equal(ir->elements[elem(ir, "lib")].kind, TMC_KIND_DATASET);
  assert_int_equal(ir->elements[elem(ir, "grp")].kind, TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
}

/* The organisation's adapter or weights handed to a vendor's hosted model
 * (by a presigned URL, an upload) can be copied on the way (ML05,
 * AML.T0048.004); weights loaded by the system's own server are not. */
static void test_weights_to_vendor(void **state) {
  (void)state;
  static const char dot[] =
      "digraph w {\n"
      "  reg [type=model_registry, label=\"LoRA adapters (versioned)\"];\n"
      "  app [label=\"Avatar app backend\"];\n"
      "  gen [label=\"Replicate SDXL (hosted inference)\"];\n"
      "  reg -> gen [label=\"adapter weights (signed URL)\"];\n"
      "  app -> gen [label=\"prompt\"]; gen -> app [label=\"images\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(cites(finding(ir, "TMC-GEN-004", "reg->gen"), "AML.T0048.004"));
  tmc_ir_free(ir);
}

/* A training step that says it fine-tunes a model family others publish
 * starts from weights nobody here vetted (ML07, AML.T0010.003), where no
 * hub is drawn; one that fits a model from scratch does not. */
static void test_fine_tunes_public_release(void **state) {
  (void)state;
  static const char *const steps[] = {
      "Nightly job: transfer learning from ImageNet ResNet-50",
      "Intent model training (warm start from bert-base-uncased)",
      "Vertex custom job, fine-tunes YOLOv8s on our parcels", NULL};
  for (const char *const *st = steps; *st; st++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph f {\n"
             "  d [type=dataset, label=\"Labelled examples\"];\n"
             "  t [type=pipeline, label=\"%s\"];\n"
             "  r [type=model_registry, label=\"Model registry\"];\n"
             "  d -> t; t -> r [label=\"new version\"];\n"
             "}\n",
             *st);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    assert_true(cites(finding(ir, "TMC-SUPPLY-041", "t"), "ML07:2023"));
    tmc_ir_free(ir);
  }
  static const char scratch[] =
      "digraph f {\n"
      "  d [type=dataset, label=\"Labelled examples\"];\n"
      "  t [type=pipeline, label=\"Monthly training (XGBoost)\"];\n"
      "  r [type=model_registry, label=\"Model registry\"];\n"
      "  d -> t; t -> r [label=\"new version\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(scratch, cat, NULL);
  assert_null(finding(ir, "TMC-SUPPLY-041", "t"));
  tmc_ir_free(ir);
}

/* Mail waiting in an inbox is still work outsiders send: each message is
 * an LLM call. */
static void test_work_through_an_inbox(void **state) {
  (void)state;
  static const char dot[] =
      "digraph m {\n"
      "  c [type=external, label=\"Customers\"];\n"
      "  box [type=data_store, tech=email, label=\"support@ mailbox\"];\n"
      "  w [label=\"Triage worker (prompt builder)\"];\n"
      "  llm [type=llm, label=\"Claude (Anthropic API)\"];\n"
      "  c -> box [label=\"e-mail\"]; box -> w;\n"
      "  w -> llm [label=\"prompt\"]; llm -> w [label=\"category\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, cat, NULL);
  assert_true(ir->elements[elem(ir, "w")].facts.work_senders);
  tmc_ir_free(ir);
}

/* A training step nothing says is pinned takes its framework from a public
 * index (ML06, AML.T0010.001); one whose image is pinned by digest or
 * whose install uses hashes does not. */
static void test_unlocked_training(void **state) {
  (void)state;
  static const char *const steps[][2] = {{"Weekly retrain (Kubeflow, PyTorch)", "1"},
                                         {"Azure ML command job: train LightGBM", "1"},
                                         {"Retrain job (image pinned by digest)", "0"},
                                         {"Retrain job (pip --require-hashes)", "0"}};
  for (size_t i = 0; i < 4; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph u {\n"
             "  d [type=dataset, label=\"Orders history\"];\n"
             "  t [type=pipeline, label=\"%s\"];\n"
             "  r [type=model_registry, label=\"Model registry\"];\n"
             "  d -> t; t -> r [label=\"new version\"];\n"
             "}\n",
             steps[i][0]);
    tmc_ir *ir = analyse_with(dot, cat, NULL);
    bool want = steps[i][1][0] == '1';
    assert_int_equal(cites(finding(ir, "TMC-SUPPLY-042", "t"), "AML.T0010.001"), want);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendor_generative_model),
      cmocka_unit_test(test_generative_by_flows),
      cmocka_unit_test(test_no_work_through_sensors),
      cmocka_unit_test(test_camera_model_no_api),
      cmocka_unit_test(test_ml08_needs_a_loop),
      cmocka_unit_test(test_media_datasets_and_package_groups),
      cmocka_unit_test(test_weights_to_vendor),
      cmocka_unit_test(test_fine_tunes_public_release),
      cmocka_unit_test(test_work_through_an_inbox),
      cmocka_unit_test(test_unlocked_training),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
