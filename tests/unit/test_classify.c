/* test_classify.c - the kind of each element and the source and evidence
 * recorded for it: type= first, then label words, then pytm id prefixes,
 * then the shape; and the lexicon behind it (catalogs/words.yaml,
 * catalogs/shapes.yaml, extended by --catalog). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog/lexicon.h"
#include "passes/passes.h"

typedef struct spec {
  const char *id, *label, *type; /* type= attribute or NULL */
  bool has_shape;
  tmc_kind shape_kind;
} spec;

/* Classifies one element; returns its kind and copies its reason. */
static tmc_kind classify(spec s, char *reason, size_t rn, tmc_diags *d) {
  tmc_ir *ir = tmc_ir_new("t.dot");
  tmc_ir_add_page(ir, "G");
  uint32_t e = tmc_ir_add_element(ir, 0, s.id);
  ir->elements[e].label = s.label ? s.label : "";
  if (s.type)
    tmc_props_set(ir, &ir->elements[e].props, "type", s.type);
  /* A DOT shape the built-in shapes.yaml maps to the kind wanted. */
  if (s.has_shape)
    ir->elements[e].shape = s.shape_kind == TMC_KIND_DATA_STORE ? "cylinder"
                            : s.shape_kind == TMC_KIND_EXTERNAL ? "box"
                                                                : "ellipse";
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_classify(ir, &o, d), 0);
  tmc_kind k = ir->elements[e].kind;
  tmc_buf b = TMC_BUF_INIT;
  tmc_element_kind_reason(&b, &ir->elements[e]);
  snprintf(reason, rn, "%s", b.data ? b.data : "");
  tmc_buf_free(&b);
  assert_true(*reason); /* every decision has a reason */
  assert_int_not_equal(ir->elements[e].kind_source, TMC_SOURCE_NONE);
  tmc_ir_free(ir);
  return k;
}

static tmc_kind kind_of(spec s) {
  char r[256];
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_kind k = classify(s, r, sizeof r, &d);
  tmc_diags_free(&d);
  return k;
}

static void type_attribute_wins(void **state) {
  char r[256];
  tmc_diags d = TMC_DIAGS_INIT;
  spec s = {"x", "Customer database", "llm", true, TMC_KIND_DATA_STORE};
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_LLM);
  assert_string_equal(r, "type=llm");
  s.type = "Vector-Store";
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_VECTOR_STORE);
  assert_int_equal(d.warnings, 0);
  /* An unknown type warns and falls back to the other evidence. */
  s.type = "spaceship";
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_DATA_STORE);
  assert_int_equal(d.warnings, 1);
  assert_non_null(strstr(d.v[0].msg, "spaceship"));
  tmc_diags_free(&d);
}

static void ai_words_refine_shapes(void **state) {
  char r[256];
  tmc_diags d = TMC_DIAGS_INIT;
  /* An ellipse labelled as an LLM is an LLM, and the reason says both. */
  spec s = {"gen", "GPT-4 answer generator", NULL, true, TMC_KIND_PROCESS};
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_LLM);
  assert_non_null(strstr(r, "'gpt'"));
  assert_non_null(strstr(r, "refines process"));
  tmc_diags_free(&d);
  assert_int_equal(
      kind_of((spec){"v", "Pinecone vector DB", NULL, true, TMC_KIND_DATA_STORE}),
      TMC_KIND_VECTOR_STORE);
  assert_int_equal(
      kind_of((spec){"r", "Model registry", NULL, true, TMC_KIND_DATA_STORE}),
      TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(kind_of((spec){"t", "Training data", NULL, false, 0}),
                   TMC_KIND_DATASET);
  assert_int_equal(kind_of((spec){"p", "Nightly training pipeline", NULL, false, 0}),
                   TMC_KIND_PIPELINE);
  assert_int_equal(kind_of((spec){"f", "Feature store", NULL, false, 0}),
                   TMC_KIND_FEATURE_STORE);
  assert_int_equal(kind_of((spec){"m", "Fraud ML model", NULL, false, 0}),
                   TMC_KIND_MODEL);
  assert_int_equal(kind_of((spec){"w", "Web search tool", NULL, false, 0}),
                   TMC_KIND_AGENT_TOOL);
  /* The id counts when the label says nothing. */
  assert_int_equal(kind_of((spec){"llm", "", NULL, false, 0}), TMC_KIND_LLM);
}

static void false_friends_and_word_edges(void **state) {
  /* "Data model" is a schema, not an ML model. */
  assert_int_equal(kind_of((spec){"x", "Data model", NULL, true, TMC_KIND_DATA_STORE}),
                   TMC_KIND_DATA_STORE);
  assert_int_equal(
      kind_of((spec){"x", "Threat model docs", NULL, true, TMC_KIND_PROCESS}),
      TMC_KIND_PROCESS);
  /* Words match whole: "Modeler" is no model, "shellm" no LLM. */
  assert_int_equal(kind_of((spec){"x", "Modeler", NULL, true, TMC_KIND_PROCESS}),
                   TMC_KIND_PROCESS);
  assert_int_equal(kind_of((spec){"x", "shellm", NULL, true, TMC_KIND_PROCESS}),
                   TMC_KIND_PROCESS);
}

static void store_shapes_stay_stores(void **state) {
  /* A cylinder named after a process-class AI word is still a store. */
  assert_int_equal(
      kind_of((spec){"c", "LLM response cache", NULL, true, TMC_KIND_DATA_STORE}),
      TMC_KIND_DATA_STORE);
  /* A store-class AI word may refine a store or an entity shape. */
  assert_int_equal(
      kind_of((spec){"k", "Knowledge base", NULL, true, TMC_KIND_DATA_STORE}),
      TMC_KIND_VECTOR_STORE);
}

static void pytm_prefixes_then_shape_then_default(void **state) {
  char r[256];
  tmc_diags d = TMC_DIAGS_INIT;
  spec s = {"actor_User_d2006ce1bb", "User", NULL, true, TMC_KIND_PROCESS};
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_EXTERNAL);
  assert_string_equal(r, "id prefix 'actor_'");
  assert_int_equal(kind_of((spec){"datastore_SQL_1", "SQL", NULL, false, 0}),
                   TMC_KIND_DATA_STORE);
  assert_int_equal(kind_of((spec){"server_Web_1", "Web", NULL, true, TMC_KIND_EXTERNAL}),
                   TMC_KIND_PROCESS);
  s = (spec){"user", "User", NULL, true, TMC_KIND_EXTERNAL};
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_EXTERNAL);
  assert_string_equal(r, "shape=box");
  /* No type, no shape, no telling word: a process, and it says so. */
  s = (spec){"thing", "Thing", NULL, false, 0};
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_PROCESS);
  assert_non_null(strstr(r, "default"));
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(type_attribute_wins),
      cmocka_unit_test(ai_words_refine_shapes),
      cmocka_unit_test(false_friends_and_word_edges),
      cmocka_unit_test(store_shapes_stay_stores),
      cmocka_unit_test(pytm_prefixes_then_shape_then_default),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
