/* test_classify.c - the kind of each element and the source and evidence
 * recorded for it: type= first, then label words, then pytm id prefixes,
 * then the shape; and the lexicon behind it (catalogs/words.yaml,
 * catalogs/shapes.yaml, extended by --catalog). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
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
  ir->elements[e].notation = TMC_NOTATION_DOT;
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

/* ---- the lexicon: catalogs/words.yaml and catalogs/shapes.yaml -------------- */

static tmc_catalog *catalog_with(const char *yaml, tmc_diags *d) {
  tmc_catalog *c = NULL;
  assert_int_equal(tmc_catalog_new(&c, d), 0);
  if (yaml)
    tmc_catalog_add_memory(c, "user.yaml", yaml, strlen(yaml), d);
  return c;
}

/* Classifies one element drawn in DOT as shape (NULL: no shape) under catalog
 * c; returns the element's kind, source and evidence through the IR kept in
 * *out (the caller frees it). */
static const tmc_element *classify_in(const tmc_catalog *c, const char *label,
                                      const char *shape, tmc_ir **out) {
  tmc_ir *ir = tmc_ir_new("t.dot");
  tmc_ir_add_page(ir, "G");
  uint32_t e = tmc_ir_add_element(ir, 0, "x");
  ir->elements[e].label = label;
  ir->elements[e].shape = shape;
  ir->elements[e].notation = TMC_NOTATION_DOT;
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  o.catalog = c;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_pass_classify(ir, &o, &d), 0);
  tmc_diags_free(&d);
  *out = ir;
  return &ir->elements[e];
}

/* Every entry of every kind table names a real kind, and looking the entry up
 * finds it (no entry is shadowed by an earlier one); the built-in catalog's
 * lexicon and the catalog-less one agree. */
static void every_table_entry_maps_to_a_kind(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *c = catalog_with(NULL, &d);
  assert_int_equal(d.errors, 0);
  const tmc_lexicon *lx = tmc_catalog_lexicon(c), *bl = tmc_lexicon_builtin();
  for (int t = 0; t < TMC_TABLE_COUNT; t++) {
    uint32_t n = tmc_lexicon_n_entries(lx, (tmc_kind_table)t);
    assert_true(n > 0);
    assert_int_equal(n, tmc_lexicon_n_entries(bl, (tmc_kind_table)t));
    for (uint32_t i = 0; i < n; i++) {
      tmc_kind k, got;
      const char *name = tmc_lexicon_entry(lx, (tmc_kind_table)t, i, &k), *as;
      assert_non_null(name);
      assert_true((unsigned)k < TMC_KIND_COUNT);
      assert_string_equal(name, tmc_lexicon_entry(bl, (tmc_kind_table)t, i, NULL));
      switch ((tmc_kind_table)t) {
      case TMC_TABLE_DOT:
        assert_true(tmc_lexicon_dot_shape(lx, name, &got, &as));
        assert_int_equal(got, k);
        assert_string_equal(as, name);
        break;
      case TMC_TABLE_DRAWIO:
        assert_true(tmc_lexicon_drawio_shape(lx, name, &got, &as));
        assert_int_equal(got, k);
        break;
      case TMC_TABLE_ICONS:
        assert_true(tmc_lexicon_icon(lx, name, &got));
        break;
      case TMC_TABLE_KIND_WORDS:
        /* A kind word alone in a label is found (maybe as an earlier,
         * equally telling entry: "tools" holds "tool"). */
        assert_true(tmc_lexicon_kind_word(lx, name, &got, &as));
        break;
      case TMC_TABLE_ID_PREFIXES:
        assert_true(tmc_lexicon_id_prefix(lx, name, &got, &as));
        assert_int_equal(got, k);
        break;
      case TMC_TABLE_FALSE_FRIENDS:
      case TMC_TABLE_COUNT:
        break;
      }
    }
  }
  for (int w = 0; w < TMC_WORD_LIST_COUNT; w++)
    assert_non_null(tmc_word_list_key((tmc_word_list)w));
  assert_string_equal(tmc_lexicon_says(lx, TMC_WORDS_QUERY, "Similarity search"),
                      "search");
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_QUERY, "researches"));
  /* DOT shapes match in any case and report the table's spelling. */
  tmc_kind k;
  const char *as;
  assert_true(tmc_lexicon_dot_shape(lx, "CYLINDER", &k, &as));
  assert_string_equal(as, "cylinder");
  assert_false(tmc_lexicon_drawio_shape(lx, "Cylinder", &k, &as));
  tmc_catalog_free(c);
  tmc_diags_free(&d);
}

/* The source is what the tests assert, not just the kind. */
static void sources_and_evidence(void **state) {
  tmc_ir *ir;
  const tmc_element *e = classify_in(NULL, "Pinecone index", "cylinder", &ir);
  assert_int_equal(e->kind, TMC_KIND_VECTOR_STORE);
  assert_int_equal(e->kind_source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(e->kind_evidence, "pinecone");
  assert_int_equal(e->shape_source, TMC_SOURCE_SHAPE);
  assert_string_equal(e->shape_evidence, "cylinder");
  tmc_buf b = TMC_BUF_INIT;
  tmc_element_kind_reason(&b, e);
  assert_string_equal(b.data,
                      "label word 'pinecone' (refines data_store from shape=cylinder)");
  tmc_buf_free(&b);
  assert_string_equal(tmc_source_name(e->kind_source), "label_word");
  tmc_ir_free(ir);
  e = classify_in(NULL, "Thing", NULL, &ir);
  assert_int_equal(e->kind_source, TMC_SOURCE_DEFAULT);
  assert_null(e->kind_evidence);
  tmc_ir_free(ir);
}

/* A --catalog file adds words and shapes, and changes what they decide. */
static void catalog_file_extends_the_lexicon(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir;
  /* Without it, a ledger is a process by default and a hexagon says nothing. */
  const tmc_element *e = classify_in(NULL, "Payments ledger", "hexagon", &ir);
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->kind_source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);
  tmc_catalog *c = catalog_with("words:\n"
                                "  kinds:\n"
                                "    - kind: data_store\n"
                                "      words: [ledger]\n"
                                "    - kind: process\n"
                                "      words: [Tool]\n"
                                "  query: [ask]\n"
                                "shapes:\n"
                                "  dot:\n"
                                "    - kind: data_store\n"
                                "      shapes: [hexagon]\n"
                                "    - kind: process\n"
                                "      shapes: [diamond]\n",
                                &d);
  assert_int_equal(d.errors, 0);
  e = classify_in(c, "Payments ledger", NULL, &ir);
  assert_int_equal(e->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(e->kind_source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(e->kind_evidence, "ledger");
  tmc_ir_free(ir);
  e = classify_in(c, "Box", "hexagon", &ir);
  assert_int_equal(e->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(e->kind_source, TMC_SOURCE_SHAPE);
  assert_string_equal(e->kind_evidence, "hexagon");
  tmc_ir_free(ir);
  /* A word or shape already listed takes the file's kind. */
  e = classify_in(c, "Search tool", NULL, &ir);
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_string_equal(e->kind_evidence, "tool");
  tmc_ir_free(ir);
  e = classify_in(c, "Partner", "diamond", &ir);
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  const tmc_lexicon *lx = tmc_catalog_lexicon(c);
  assert_string_equal(tmc_lexicon_says(lx, TMC_WORDS_QUERY, "ask the index"), "ask");
  /* The built-in lexicon is untouched. */
  assert_null(tmc_lexicon_says(tmc_lexicon_builtin(), TMC_WORDS_QUERY, "ask the index"));
  tmc_catalog_free(c);
  tmc_diags_free(&d);
}

static bool error_at(const tmc_diags *d, uint32_t line, uint32_t col,
                     const char *needle) {
  for (uint32_t i = 0; i < d->n; i++)
    if (d->v[i].level == TMC_DIAG_ERROR && d->v[i].loc.file &&
        strcmp(d->v[i].loc.file, "user.yaml") == 0 && d->v[i].loc.line == line &&
        d->v[i].loc.col == col && strstr(d->v[i].msg, needle))
      return true;
  for (uint32_t i = 0; i < d->n; i++)
    fprintf(stderr, "%u:%u: %s\n", d->v[i].loc.line, d->v[i].loc.col, d->v[i].msg);
  return false;
}

/* A malformed words: or shapes: section is an error at file:line:col. */
static void malformed_sections_are_errors_at_their_node(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *c = NULL;
  assert_int_equal(tmc_catalog_new(&c, &d), 0);
  const char *yaml = "words:\n"                 /* 1 */
                     "  kinds:\n"               /* 2 */
                     "    - kind: spaceship\n"  /* 3 */
                     "      words: [warp]\n"    /* 4 */
                     "    - kind: llm\n"        /* 5 */
                     "      words: [-dash]\n"   /* 6 */
                     "      colour: red\n"      /* 7 */
                     "  hub_words: [x]\n"       /* 8 */
                     "  logs: {a: b}\n"         /* 9 */
                     "shapes:\n"                /* 10 */
                     "  dot: hexagon\n"         /* 11 */
                     "  drawio:\n"              /* 12 */
                     "    - shapes: [cloud]\n"; /* 13 */
  assert_true(tmc_catalog_add_memory(c, "user.yaml", yaml, strlen(yaml), &d) < 0);
  assert_true(error_at(&d, 3, 13, "unknown kind 'spaceship'"));
  assert_true(error_at(&d, 6, 15, "'-dash' must start with a letter or digit"));
  assert_true(error_at(&d, 7, 7, "unknown key 'colour' in 'kinds'"));
  assert_true(error_at(&d, 8, 3, "unknown key 'hub_words' in 'words'"));
  assert_true(error_at(&d, 9, 9, "expected a list of strings"));
  assert_true(error_at(&d, 11, 8, "'dot' must be a list"));
  assert_true(error_at(&d, 13, 7, "needs a kind"));
  tmc_catalog_free(c);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(type_attribute_wins),
      cmocka_unit_test(ai_words_refine_shapes),
      cmocka_unit_test(false_friends_and_word_edges),
      cmocka_unit_test(store_shapes_stay_stores),
      cmocka_unit_test(pytm_prefixes_then_shape_then_default),
      cmocka_unit_test(every_table_entry_maps_to_a_kind),
      cmocka_unit_test(sources_and_evidence),
      cmocka_unit_test(catalog_file_extends_the_lexicon),
      cmocka_unit_test(malformed_sections_are_errors_at_their_node),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
