/* test_lanes17.c - what the front end reads off a drawing before any word
 * (session fourteen, cause A): infrastructure-as-code resource types in
 * node addresses (`terraform graph`, or a stack drawn by hand with the
 * addresses kept), the part of an ML platform an image's file name says,
 * and "telegram" in warehouse and factory automation. Wordings here are
 * not the tuning set's: azurerm and google types, modules and data
 * sources, a label-only address; mingrammer's ground-truth and notebook
 * icons; MFC status telegrams.
 *
 * The one idea: each case is a small DOT text, analysed up to the classify
 * pass, and a list of (element, kind) lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "engine_helpers.h"

typedef struct want_kind {
  const char *id;
  tmc_kind kind;
} want_kind;

static void check_kinds(const char *dot, const want_kind *w, size_t n) {
  tmc_ir *ir = analyse_with(dot, cat, "classify");
  assert_non_null(ir);
  for (size_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[elem(ir, w[i].id)];
    if (e->kind != w[i].kind)
      fail_msg("%s: kind %s, want %s", w[i].id, tmc_kind_name(e->kind),
               tmc_kind_name(w[i].kind));
  }
  tmc_ir_free(ir);
}

#define CHECK(dot, ...)                                                                  \
  do {                                                                                   \
    const want_kind w_[] = {__VA_ARGS__};                                                \
    check_kinds(dot, w_, sizeof w_ / sizeof w_[0]);                                      \
  } while (0)

/* A terraform address names its resource type, and the type its kind: in
 * modules, as a data source, as `terraform graph` writes it or as the
 * first line of a hand-drawn label. The type outweighs a head noun that
 * names what it holds ("... featurestore.churn_model" is the feature
 * store, not a model). var., local. and output. name no resource, and an
 * id that only looks like an address ("user_db.primary") is left to the
 * words. */
static void test_terraform_types_name_kinds(void **state) {
  (void)state;
  CHECK(
      "digraph{\"[root] module.ml.google_vertex_ai_featurestore.churn_model (expand)\""
      "[shape=box]; \"[root] module.app.azurerm_linux_function_app.intake (expand)\""
      "[shape=box]; \"[root] data.azurerm_key_vault.shared (expand)\"[shape=box];"
      " \"[root] google_pubsub_topic.events (expand)\"[shape=box];"
      " \"[root] module.app.azurerm_linux_function_app.intake (expand)\" -> "
      "\"[root] google_pubsub_topic.events (expand)\";"
      " \"[root] data.azurerm_key_vault.shared (expand)\" -> "
      "\"[root] module.app.azurerm_linux_function_app.intake (expand)\";"
      " \"[root] google_pubsub_topic.events (expand)\" -> "
      "\"[root] module.ml.google_vertex_ai_featurestore.churn_model (expand)\"}",
      {"[root] module.ml.google_vertex_ai_featurestore.churn_model (expand)",
       TMC_KIND_FEATURE_STORE},
      {"[root] module.app.azurerm_linux_function_app.intake (expand)", TMC_KIND_PROCESS},
      {"[root] data.azurerm_key_vault.shared (expand)", TMC_KIND_DATA_STORE},
      {"[root] google_pubsub_topic.events (expand)", TMC_KIND_DATA_STORE});
  CHECK("digraph{reg[shape=box,label=\"aws_sagemaker_model_package_group.fraud\\nfraud "
        "scorer versions\"]; ep[shape=box,label=\"aws_sagemaker_endpoint.fraud\"];"
        " q[shape=box,label=\"azurerm_servicebus_queue.claims\"];"
        " db[label=\"user_db.primary\"]; reg->ep; ep->q; q->db}",
        {"reg", TMC_KIND_MODEL_REGISTRY}, {"ep", TMC_KIND_MODEL},
        {"q", TMC_KIND_DATA_STORE}, {"db", TMC_KIND_PROCESS});
}

/* Diagram generators name their images by the part of a platform they
 * draw: a SageMaker image is a model unless its name says ground truth
 * (labelled data), a notebook or a training job. */
static void test_image_names_say_the_platform_part(void **state) {
  (void)state;
  CHECK("digraph{gt[shape=none,image=\"resources/aws/ml/sagemaker-ground-truth.png\","
        "label=\"shelf photos, boxed\"]; nb[shape=none,image=\"resources/aws/ml/"
        "sagemaker-notebook.png\",label=\"research\"]; tj[shape=none,"
        "image=\"icons/gcp/vertex_training_pipeline.png\",label=\"weekly refit\"];"
        " m[shape=none,image=\"resources/aws/ml/sagemaker.png\",label=\"scorer\"];"
        " gt->tj; nb->tj; tj->m}",
        {"gt", TMC_KIND_DATASET}, {"nb", TMC_KIND_PROCESS}, {"tj", TMC_KIND_PIPELINE},
        {"m", TMC_KIND_MODEL});
}

/* aiids31: an image of a suite of vendor models (Cognitive Services) weighs
 * less than the words naming its part: "Azure OpenAI gpt-4o" is the LLM; one
 * naming no LLM stays a model (quiet). */
static void test_suite_image_words_say_the_part(void **state) {
  (void)state;
  CHECK("digraph{fn[shape=box,label=\"summariser job\"]; g[shape=none,"
        "image=\"resources/azure/ml/cognitive-services.png\",label=\"gpt-4o mini\"];"
        " v[shape=none,image=\"resources/azure/ml/cognitive-services.png\","
        "label=\"ID document reader\"]; fn->g; fn->v}",
        {"g", TMC_KIND_LLM}, {"v", TMC_KIND_MODEL});
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_terraform_types_name_kinds),
      cmocka_unit_test(test_image_names_say_the_platform_part),
      cmocka_unit_test(test_suite_image_words_say_the_part),
  };
  return cmocka_run_group_tests(tests, builtin_catalog_setup, builtin_catalog_teardown);
}
