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
#include "ir_helpers.h"
#include "passes/passes.h"

typedef struct spec {
  const char *id, *label, *type; /* type= attribute or NULL */
  bool has_shape;
  tmc_kind shape_kind;
} spec;

/* By hand: one element drawn in DOT with label and shape (NULL: none) on a
 * page of its own, element 0 (the shared IR for the one-element tests). */
static tmc_ir *one_dot_element(const char *id, const char *label, const char *shape) {
  tmc_ir *ir = ir_by_hand("t.dot", "G", NULL);
  uint32_t e = tmc_ir_add_element(ir, 0, id);
  ir->elements[e].label = label;
  ir->elements[e].shape = shape;
  ir->elements[e].notation = TMC_NOTATION_DOT;
  return ir;
}

/* Classifies one element; returns its kind and copies its reason. */
static tmc_kind classify(spec s, char *reason, size_t rn, tmc_diags *d) {
  tmc_ir *ir = one_dot_element(s.id, s.label ? s.label : "", NULL);
  uint32_t e = 0;
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
  /* An unknown type falls back to the other evidence (the vocab pass warns,
   * saying what was used instead: test_vocab). */
  s.type = "spaceship";
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_DATA_STORE);
  assert_int_equal(d.warnings, 0);
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
  /* A box alone on a page (no process circles: no DFD) is a component. */
  s = (spec){"acme", "Acme", NULL, true, TMC_KIND_EXTERNAL};
  assert_int_equal(classify(s, r, sizeof r, &d), TMC_KIND_PROCESS);
  assert_string_equal(r, "box on an architecture page (a component)");
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
  tmc_ir *ir = one_dot_element("x", label, shape);
  uint32_t e = 0;
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
      case TMC_TABLE_LABEL_NUMBERS: {
        char numbered[64];
        snprintf(numbered, sizeof numbered, "%s1 x", name);
        tmc_arena *ar = tmc_arena_new();
        assert_true(tmc_lexicon_label_number(lx, numbered, &got, &as, ar));
        assert_int_equal(got, k);
        tmc_arena_free(ar);
        break;
      }
      case TMC_TABLE_HEADS: {
        /* A head alone is its own head. */
        tmc_tech tech;
        bool at_end;
        assert_true(tmc_lexicon_head(lx, name, &got, &tech, &as, &at_end));
        assert_true(at_end);
        assert_string_equal(as, name);
        assert_int_equal(got, k);
        break;
      }
      case TMC_TABLE_TECH_WORDS: {
        tmc_tech tech;
        assert_true(tmc_lexicon_tech_word(lx, name, &tech, &got, &as));
        assert_int_not_equal(tech, TMC_TECH_NONE);
        break;
      }
      case TMC_TABLE_IMAGE_WORDS: {
        /* a word alone as an icon file's name */
        char style[96];
        snprintf(style, sizeof style, "label;image=https://x.test/icons/%s.svg;", name);
        assert_true(tmc_lexicon_image_word(lx, style, &got, &as, NULL, 0));
        break;
      }
      case TMC_TABLE_STENCIL_WORDS: {
        /* fe30: a word alone as the last part of an unknown stencil's name */
        char style[96];
        snprintf(style, sizeof style, "shape=mxgraph.nolib.%s;", name);
        assert_true(tmc_lexicon_image_word(lx, style, &got, &as, NULL, 0));
        assert_int_equal(got, k);
        break;
      }
      case TMC_TABLE_STENCILS:
      case TMC_TABLE_STEMS:
        /* every_stencil_row_is_found walks these. */
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
  /* Without it, a tally is a process by default and a hexagon says nothing. */
  const tmc_element *e = classify_in(NULL, "Payments tally", "hexagon", &ir);
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->kind_source, TMC_SOURCE_DEFAULT);
  tmc_ir_free(ir);
  tmc_catalog *c = catalog_with("words:\n"
                                "  kinds:\n"
                                "    - kind: data_store\n"
                                "      words: [tally]\n"
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
  e = classify_in(c, "Payments tally", NULL, &ir);
  assert_int_equal(e->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(e->kind_source, TMC_SOURCE_LABEL_WORD);
  assert_string_equal(e->kind_evidence, "tally");
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
  e = classify_in(c, "Acme", "diamond", &ir);
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
  const char *yaml = "words:\n"                     /* 1 */
                     "  kinds:\n"                   /* 2 */
                     "    - kind: spaceship\n"      /* 3 */
                     "      words: [warp]\n"        /* 4 */
                     "    - kind: llm\n"            /* 5 */
                     "      words: [-dash]\n"       /* 6 */
                     "      colour: red\n"          /* 7 */
                     "  hub_words: [x]\n"           /* 8 */
                     "  logs: {a: b}\n"             /* 9 */
                     "  heads:\n"                   /* 10 */
                     "    - kind: llm\n"            /* 11 */
                     "      words: [big * model]\n" /* 12 */
                     "shapes:\n"                    /* 13 */
                     "  dot: hexagon\n"             /* 14 */
                     "  drawio:\n"                  /* 15 */
                     "    - shapes: [cloud]\n";     /* 16 */
  assert_true(tmc_catalog_add_memory(c, "user.yaml", yaml, strlen(yaml), &d) < 0);
  assert_true(error_at(&d, 3, 13, "unknown kind 'spaceship'"));
  assert_true(error_at(&d, 6, 15, "'-dash' must start with a letter or digit"));
  assert_true(error_at(&d, 7, 7, "unknown key 'colour' in 'kinds'"));
  assert_true(error_at(&d, 8, 3, "unknown key 'hub_words' in 'words'"));
  assert_true(error_at(&d, 9, 9, "expected a list of strings"));
  /* a head noun is matched whole: a '*' there would never match */
  assert_true(
      error_at(&d, 12, 15, "'big * model': a '*' word matches only in word lists"));
  assert_true(error_at(&d, 14, 8, "'dot' must be a list"));
  assert_true(error_at(&d, 16, 7, "needs a kind"));
  tmc_catalog_free(c);
  tmc_diags_free(&d);
}

/* ---- issue #14: stencils, head nouns, conventions, technology ------------- */

/* A draw.io element on page 0 of ir: style as written; the shape the front
 * end would record (shape=, else the first bare word, else rect). */
static uint32_t drawio_el(tmc_ir *ir, const char *id, const char *label,
                          const char *style) {
  uint32_t e = tmc_ir_add_element(ir, 0, id);
  tmc_element *x = &ir->elements[e];
  x->label = label;
  x->notation = TMC_NOTATION_DRAWIO;
  x->style = style;
  const char *sh = strstr(style, "shape=");
  char buf[128] = "rect";
  if (sh) {
    size_t n = strcspn(sh + 6, ";");
    snprintf(buf, sizeof buf, "%.*s", (int)n, sh + 6);
  } else if (strcspn(style, ";") && !memchr(style, '=', strcspn(style, ";"))) {
    snprintf(buf, sizeof buf, "%.*s", (int)strcspn(style, ";"), style);
  }
  x->shape = tmc_arena_strdup(ir->arena, buf);
  const char *ri = strstr(style, "resIcon=");
  if (ri) {
    snprintf(buf, sizeof buf, "%.*s", (int)strcspn(ri + 8, ";"), ri + 8);
    x->icon = tmc_arena_strdup(ir->arena, buf);
  }
  if (strstr(style, "rounded=1"))
    x->look |= TMC_LOOK_ROUNDED;
  return e;
}

static void run_classify(tmc_ir *ir, tmc_diags *d) {
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_classify(ir, &o, d), 0);
}

/* Every stencil row names a known kind (or is a zone, decoration or
 * carrier) and a known technology, and the style that carries its token
 * finds it; carriers alone decide nothing; an image's stem is found in a
 * folder the table does not list; unknown stencils are reported. */
static void every_stencil_row_is_found(void **state) {
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  uint32_t n = tmc_lexicon_n_entries(lx, TMC_TABLE_STENCILS);
  assert_true(n >= 893);
  uint32_t carriers = 0, zones = 0, decorations = 0;
  for (uint32_t i = 0; i < n; i++) {
    const char *token = tmc_lexicon_entry(lx, TMC_TABLE_STENCILS, i, NULL);
    tmc_stencil st, by_style;
    assert_true(tmc_lexicon_stencil(lx, token, &st));
    assert_string_equal(st.token, token);
    assert_true((unsigned)st.tech < TMC_TECH_COUNT);
    assert_true(st.has_kind || st.zone || st.decoration || st.carrier);
    if (st.has_kind)
      assert_true((unsigned)st.kind < TMC_KIND_COUNT);
    assert_false(st.has_kind && (st.decoration || st.carrier));
    carriers += st.carrier, zones += st.zone, decorations += st.decoration;
    char style[600];
    const char *semi = strchr(token, ';');
    if (semi) /* "carrier;prIcon=value" */
      snprintf(style, sizeof style, "html=1;shape=%.*s;%s", (int)(semi - token), token,
               semi + 1);
    else if (strncmp(token, "img/", 4) == 0)
      snprintf(style, sizeof style, "image;html=1;image=%s;", token);
    else
      snprintf(style, sizeof style, "html=1;shape=%s;", token);
    bool found = tmc_lexicon_stencil_of_style(lx, style, &by_style, NULL, 0);
    assert_int_equal(found, !st.carrier);
    if (found)
      assert_string_equal(by_style.token, token);
  }
  assert_true(carriers >= 7 && zones >= 20 && decorations >= 50);
  /* resIcon decides inside its carrier; the stem finds a folder not listed. */
  tmc_stencil st;
  char unknown[128];
  assert_true(tmc_lexicon_stencil_of_style(
      lx, "sketch=0;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.bedrock;", &st,
      unknown, sizeof unknown));
  assert_int_equal(st.kind, TMC_KIND_LLM);
  assert_int_equal(st.tech, TMC_TECH_LLM_API);
  assert_string_equal(st.key, "resIcon");
  assert_true(tmc_lexicon_stencil_of_style(
      lx, "image;image=img/lib/azure2/somewhere_else/azure_openai.svg;", &st, NULL, 0));
  assert_int_equal(st.kind, TMC_KIND_LLM);
  assert_string_equal(st.key, "image stem");
  /* The aws4 group icon is a zone, the padlock a decoration. */
  assert_true(tmc_lexicon_stencil_of_style(
      lx, "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc;container=1;", &st,
      NULL, 0));
  assert_true(st.zone);
  assert_true(tmc_lexicon_stencil(lx, "mxgraph.aws4.ssl_padlock", &st));
  assert_true(st.decoration);
  /* A token the table lacks is named, for a note. */
  assert_false(tmc_lexicon_stencil_of_style(
      lx, "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.no_such_thing;", &st,
      unknown, sizeof unknown));
  assert_string_equal(unknown, "mxgraph.aws4.no_such_thing");
}

/* The kind an unknown stencil falls back to says the stencil was unknown. */
static void unknown_stencil_falls_back_with_a_note(void **state) {
  tmc_ir *ir = ir_by_hand("t.drawio", "P", NULL);
  uint32_t e = drawio_el(ir, "x", "Thing", "shape=mxgraph.acme.widget;html=1;");
  tmc_diags d = TMC_DIAGS_INIT;
  run_classify(ir, &d);
  assert_int_equal(ir->elements[e].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[e].kind_source, TMC_SOURCE_DEFAULT);
  tmc_buf b = TMC_BUF_INIT;
  tmc_element_kind_reason(&b, &ir->elements[e]);
  assert_non_null(strstr(b.data, "unknown stencil mxgraph.acme.widget"));
  tmc_buf_free(&b);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* The head noun decides, each with differently worded siblings. */
static void head_noun_decides(void **state) {
  static const struct {
    const char *label;
    tmc_kind kind;
  } cases[] = {
      /* a gateway in front of models is a service */
      {"Model serving gateway", TMC_KIND_PROCESS},
      {"Gateway for model serving", TMC_KIND_PROCESS},
      {"LLM inference proxy", TMC_KIND_PROCESS},
      /* client software, not agent tools */
      {"Browser extension", TMC_KIND_PROCESS},
      {"Chrome extension (content script)", TMC_KIND_PROCESS},
      /* people */
      {"Extension author", TMC_KIND_EXTERNAL},
      {"Plugin developer", TMC_KIND_EXTERNAL},
      {"Data scientist", TMC_KIND_EXTERNAL},
      {"Labelling vendor (crowd workers)", TMC_KIND_EXTERNAL},
      /* training runs are pipelines without the words "training job" */
      {"Nightly re-training run", TMC_KIND_PIPELINE},
      {"Fine-tuning job", TMC_KIND_PIPELINE},
      {"Weekly retraining run", TMC_KIND_PIPELINE},
      {"Monthly retrain (notebook job)", TMC_KIND_PIPELINE},
      /* a tool server speaking MCP is an agent tool, not a model */
      {"MCP tool server", TMC_KIND_AGENT_TOOL},
      {"Tool server (Model Context Protocol)", TMC_KIND_AGENT_TOOL},
      {"GitHub MCP server", TMC_KIND_AGENT_TOOL},
      /* dataset sources */
      {"Kaggle datasets", TMC_KIND_DATASET},
      {"Public datasets (Kaggle)", TMC_KIND_DATASET},
      /* named public models */
      {"Mistral 7B", TMC_KIND_LLM},
      {"Llama 3 8B (weights from the hub)", TMC_KIND_LLM},
      {"BERT-base", TMC_KIND_MODEL},
      {"Stable Diffusion", TMC_KIND_MODEL},
      {"Fine-tuned BERT classifier", TMC_KIND_MODEL},
      /* joined lines: the name before the description */
      {"Output Scanner Blocks unsafe model output", TMC_KIND_PROCESS},
      {"Environment Variables / Secrets JWT secret, Ollama URL", TMC_KIND_DATA_STORE},
      /* a phrase of a kind that ends the name is its head */
      {"Document vector store", TMC_KIND_VECTOR_STORE},
      {"Access to the user's files", TMC_KIND_PROCESS},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tmc_kind k = kind_of((spec){"x", cases[i].label, NULL, false, 0});
    if (k != cases[i].kind)
      fail_msg("'%s': %s, want %s", cases[i].label, tmc_kind_name(k),
               tmc_kind_name(cases[i].kind));
  }
  /* The head over the shape: a rounded card labelled "User" is a person; a
   * cylinder named after people is their table. */
  assert_int_equal(kind_of((spec){"u", "User", NULL, true, TMC_KIND_PROCESS}),
                   TMC_KIND_EXTERNAL);
  assert_int_equal(kind_of((spec){"u", "Users", NULL, true, TMC_KIND_DATA_STORE}),
                   TMC_KIND_DATA_STORE);
  tmc_ir *ir;
  const tmc_element *e = classify_in(NULL, "Model serving gateway", "ellipse", &ir);
  assert_int_equal(e->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_string_equal(e->kind_evidence, "gateway");
  assert_int_equal(e->tech, TMC_TECH_API_GATEWAY);
  assert_int_equal(e->tech_source, TMC_SOURCE_HEAD_NOUN);
  tmc_ir_free(ir);
}

/* Hosted AI services drawn as cloud icons are services the system calls
 * (a bot builder, speech synthesis by its icon alone: a labelled set reads
 * Polly's icon so; a label naming the voice model says model,
 * ml_kinds_by_their_family_words), not models of its own; a wiki is where
 * people write documents, not a vector store, whatever else its label says. */
static void hosted_services_and_wikis(void **state) {
  (void)state;
  tmc_ir *ir = ir_by_hand("t.drawio", "P", NULL);
  uint32_t bot = drawio_el(ir, "bot", "Order bot",
                           "sketch=0;shape=mxgraph.aws4.resourceIcon;"
                           "resIcon=mxgraph.aws4.lex;");
  uint32_t tts = drawio_el(ir, "tts", "Voice", "html=1;shape=mxgraph.aws3.polly;");
  tmc_diags d = TMC_DIAGS_INIT;
  run_classify(ir, &d);
  for (int k = 0; k < 2; k++) {
    const tmc_element *e = &ir->elements[k ? tts : bot];
    assert_int_equal(e->kind, TMC_KIND_PROCESS);
    assert_int_equal(e->tech, TMC_TECH_THIRD_PARTY_SAAS);
    assert_int_equal(e->kind_source, TMC_SOURCE_ICON);
  }
  tmc_diags_free(&d);
  tmc_ir_free(ir);
  assert_int_equal(kind_of((spec){"w", "Team wiki", NULL, false, 0}),
                   TMC_KIND_DATA_STORE);
  assert_int_equal(
      kind_of((spec){"w", "Engineering knowledge base wiki", NULL, false, 0}),
      TMC_KIND_DATA_STORE);
  assert_int_equal(kind_of((spec){"w", "Confluence", NULL, false, 0}),
                   TMC_KIND_DATA_STORE);
  /* without the wiki, a knowledge base is still the RAG store */
  assert_int_equal(kind_of((spec){"k", "Product knowledge base", NULL, false, 0}),
                   TMC_KIND_VECTOR_STORE);
}

/* DFD or architecture, per page: a plain rectangle is an external entity
 * among process circles, a component among icons or when it is the page's
 * usual box; beside more rounded cards it stays the outside. */
static void convention_per_page(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_by_hand("t.drawio", "DFD", NULL);
  uint32_t p1 = drawio_el(ir, "p1", "Orders", "ellipse;whiteSpace=wrap;html=1;");
  drawio_el(ir, "p2", "Billing", "ellipse;whiteSpace=wrap;html=1;");
  uint32_t ext = drawio_el(ir, "x", "Acme", "rounded=0;whiteSpace=wrap;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->pages[0].convention, TMC_CONVENTION_DFD);
  assert_int_equal(ir->elements[ext].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[p1].kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  ir = ir_by_hand("t.drawio", "Cloud", NULL);
  drawio_el(ir, "f", "Resize",
            "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;html=1;");
  drawio_el(ir, "b", "Photos",
            "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;html=1;");
  uint32_t a = drawio_el(ir, "a", "Acme", "rounded=0;whiteSpace=wrap;html=1;");
  uint32_t b2 = drawio_el(ir, "a2", "Billing", "rounded=0;whiteSpace=wrap;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->pages[0].convention, TMC_CONVENTION_ARCHITECTURE);
  assert_true(ir->pages[0].rect_component);
  assert_non_null(strstr(ir->pages[0].convention_reason, "2 icons"));
  assert_int_equal(ir->elements[a].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[a].kind_source, TMC_SOURCE_CONVENTION);
  assert_int_equal(ir->elements[b2].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[0].tech, TMC_TECH_SERVERLESS_FUNCTION);
  assert_int_equal(ir->elements[0].tech_source, TMC_SOURCE_ICON);
  assert_int_equal(ir->elements[1].kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);

  ir = ir_by_hand("t.drawio", "Cards", NULL);
  drawio_el(ir, "c1", "Orders", "rounded=1;whiteSpace=wrap;html=1;");
  drawio_el(ir, "c2", "Billing", "rounded=1;whiteSpace=wrap;html=1;");
  a = drawio_el(ir, "a", "Acme", "rounded=0;whiteSpace=wrap;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->pages[0].convention, TMC_CONVENTION_ARCHITECTURE);
  assert_false(ir->pages[0].rect_component);
  assert_int_equal(ir->elements[a].kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  assert_int_equal(d.warnings, 0);
  tmc_diags_free(&d);
}

/* Shapes nobody chose say little, so the words on them decide: a rounded
 * card on an architecture page ("Orders Cloud SQL" a store) but not in a DFD
 * (the Gane-Sarson process), Graphviz's default ellipse ("Kafka" a store)
 * but not an ellipse written as shape=; a box or card in a zone named the
 * outside is an external entity; "rule" heads a process ("IoT rule"). */
static void words_outvote_shapes_nobody_chose(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_by_hand("t.drawio", "Cards", NULL);
  uint32_t c1 =
      drawio_el(ir, "c1", "Orders Cloud SQL", "rounded=1;whiteSpace=wrap;html=1;");
  uint32_t c2 = drawio_el(ir, "c2", "Billing", "rounded=1;whiteSpace=wrap;html=1;");
  uint32_t c3 = drawio_el(ir, "c3", "Alert rule", "rounded=1;whiteSpace=wrap;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->pages[0].convention, TMC_CONVENTION_ARCHITECTURE);
  assert_int_equal(ir->elements[c1].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[c1].kind_source, TMC_SOURCE_LABEL_WORD);
  assert_int_equal(ir->elements[c2].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[c3].kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  static const char dot[] =
      "digraph g {\n"
      "  kafka [label=\"Kafka\"]; mq [label=\"RabbitMQ\", shape=ellipse];\n"
      "  kafka -> mq;\n"
      "}\n";
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", dot, sizeof dot - 1, NULL, "classify", &d);
  assert_non_null(ir);
  const tmc_element *e = &ir->elements[tmc_ir_find_element(ir, 0, "kafka")];
  assert_true(e->look & TMC_LOOK_DEFAULT_SHAPE);
  assert_int_equal(e->kind, TMC_KIND_DATA_STORE);
  /* RabbitMQ in an ellipse someone wrote: the shape holds (4 + 1 over 3). */
  e = &ir->elements[tmc_ir_find_element(ir, 0, "mq")];
  assert_false(e->look & TMC_LOOK_DEFAULT_SHAPE);
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* Boxes only: an architecture page, a box is a component by convention. */
  static const char arch[] =
      "digraph g { node [shape=box];\n"
      "  subgraph cluster_pub { label=\"Customers / public internet\";\n"
      "    portal [label=\"Partner portal JSON\"]; srv [label=\"Edge web server\"]; }\n"
      "  subgraph cluster_dc { label=\"Private DC\"; svc [label=\"Billing\"]; }\n"
      "  portal -> svc; srv -> svc;\n"
      "}\n";
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", arch, sizeof arch - 1, NULL, "classify", &d);
  assert_non_null(ir);
  e = &ir->elements[tmc_ir_find_element(ir, 0, "portal")];
  assert_int_equal(e->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(e->kind_source, TMC_SOURCE_ZONE);
  assert_non_null(strstr(e->kind_evidence, "internet"));
  /* A head noun still names a component in that zone; a box in a zone that
   * is not the outside keeps the page's convention. */
  assert_int_equal(ir->elements[tmc_ir_find_element(ir, 0, "srv")].kind,
                   TMC_KIND_PROCESS);
  e = &ir->elements[tmc_ir_find_element(ir, 0, "svc")];
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->kind_source, TMC_SOURCE_CONVENTION);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Close evidence for two kinds warns at the element, naming both and the
 * type= that settles it; clear evidence does not; type= silences it. */
static void coin_toss_warns(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_by_hand("t.drawio", "P", NULL);
  /* a person icon labelled as a server */
  uint32_t e = drawio_el(ir, "x", "Web server", "shape=mxgraph.aws4.user;html=1;");
  ir->elements[e].loc = (tmc_loc){"t.drawio", 7, 1};
  drawio_el(ir, "y", "Orders database", "shape=cylinder3;html=1;");
  run_classify(ir, &d);
  assert_int_equal(d.warnings, 1);
  assert_int_equal(d.v[0].loc.line, 7);
  assert_non_null(strstr(d.v[0].msg, "kind of 'Web server' is a coin toss between"));
  assert_non_null(strstr(d.v[0].msg, "external_entity"));
  assert_non_null(strstr(d.v[0].msg, "head noun 'web server'"));
  assert_non_null(strstr(d.v[0].msg, "style icon mxgraph.aws4.user"));
  assert_non_null(strstr(d.v[0].msg, "write type=process or type=external_entity"));
  tmc_props_set(ir, &ir->elements[e].props, "type", "process");
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  run_classify(ir, &d);
  assert_int_equal(d.warnings, 0);
  assert_int_equal(ir->elements[e].kind, TMC_KIND_PROCESS);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* Technology from the icon, the head, the words; a written tech= wins. */
static void technology_and_tech_attribute(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_by_hand("t.drawio", "P", NULL);
  uint32_t s3 = drawio_el(ir, "s3", "Uploads",
                          "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;");
  uint32_t pg = drawio_el(ir, "pg", "Orders (Postgres)", "shape=cylinder3;");
  uint32_t kf = drawio_el(ir, "kf", "Kafka topic order-events", "shape=cylinder3;");
  uint32_t lb = drawio_el(ir, "lb", "Public load balancer", "rounded=1;");
  uint32_t w = drawio_el(ir, "w", "Uploads",
                         "shape=mxgraph.aws4.resourceIcon;"
                         "resIcon=mxgraph.aws4.s3;");
  tmc_props_set(ir, &ir->elements[w].props, "tech", "Cache");
  uint32_t bad = drawio_el(ir, "bad", "Thing", "rounded=1;");
  tmc_props_set(ir, &ir->elements[bad].props, "tech", "warp-drive");
  run_classify(ir, &d);
  assert_int_equal(ir->elements[s3].tech, TMC_TECH_OBJECT_STORAGE);
  assert_int_equal(ir->elements[s3].tech_source, TMC_SOURCE_ICON);
  assert_string_equal(ir->elements[s3].tech_evidence, "mxgraph.aws4.s3");
  assert_int_equal(ir->elements[pg].tech, TMC_TECH_SQL_DATABASE);
  assert_int_equal(ir->elements[pg].tech_source, TMC_SOURCE_LABEL_WORD);
  assert_int_equal(ir->elements[kf].tech, TMC_TECH_STREAM);
  assert_int_equal(ir->elements[kf].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[lb].tech, TMC_TECH_LOAD_BALANCER);
  assert_int_equal(ir->elements[w].tech, TMC_TECH_CACHE);
  assert_int_equal(ir->elements[w].tech_source, TMC_SOURCE_ATTRIBUTE);
  assert_int_equal(ir->elements[bad].tech_source, TMC_SOURCE_NONE);
  assert_int_equal(d.warnings, 0); /* the vocab pass warns about warp-drive */
  tmc_tech t;
  assert_true(tmc_tech_parse("SQL-database", &t));
  assert_int_equal(t, TMC_TECH_SQL_DATABASE);
  assert_string_equal(tmc_tech_name(TMC_TECH_CI_CD), "ci_cd");
  assert_false(tmc_tech_parse("", &t));
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* Kinds other passes rely on, each a family with differently worded
 * variants: a step named by what it does (an import, a preview, an export)
 * drawn as a DFD box is a process, not an outsider; the open web drawn as a
 * document (a DOT note or folder) is outside the system; a mobile app's
 * word says less than the shape someone chose (a pytm circle, a DFD box). */
static const tmc_element *dot_el(tmc_ir *ir, const char *id) {
  uint32_t e = tmc_ir_find_element(ir, 0, id);
  assert_int_not_equal(e, TMC_NONE);
  return &ir->elements[e];
}

static void steps_outside_documents_and_client_words(void **state) {
  (void)state;
  const char *dot =
      "digraph G {\n"
      "  u [label=\"Analyst\", shape=box];\n"
      "  m [label=\"Cadz Mobile\", shape=circle];\n"
      "  a [label=\"Assistant orchestrator builds prompt, tool list from plugins\", "
      "shape=box, style=rounded];\n"
      "  b [label=\"Workflow scheduler picks jobs, calls tools\", shape=box, "
      "style=rounded];\n"
      "  k [label=\"Courier mobile app\", shape=box];\n"
      "  i [label=\"BOM import\\n(XML from CAD export)\", shape=box];\n"
      "  p [label=\"Link preview\\n(fetch URL)\", shape=box];\n"
      "  x [label=\"Nightly CSV export\", shape=box];\n"
      "  w [label=\"open web pages\\n(whatever ranks first)\", shape=note];\n"
      "  v [label=\"public web\", shape=folder];\n"
      "  n [label=\"Notes\", shape=note];\n"
      "  c [label=\"Users\", shape=cylinder];\n"
      "  u -> m; k -> m; m -> a; a -> b; m -> i; m -> p; p -> w; x -> v; m -> n; m -> "
      "c;\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  /* A process circle named as a mobile app is the app (a process); a DFD
   * box so named the outside, as the convention draws it. */
  assert_int_equal(dot_el(ir, "m")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "m")->tech, TMC_TECH_MOBILE_APP);
  /* A short name before a description: its head, not a word of the
   * description ("tool list"), decides. */
  assert_int_equal(dot_el(ir, "a")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "b")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "k")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "i")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "p")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "x")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "w")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "v")->kind, TMC_KIND_EXTERNAL);
  /* A document with no outside words stays a store; a cylinder is sure. */
  assert_int_equal(dot_el(ir, "n")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(dot_el(ir, "c")->kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* The name line decides (issue #14, cause 1a) where the joined label names
 * no head: a name line naming only a product is that product ("Keycloak 24 |
 * realms · client secrets"); one naming an LLM by a kind word is that LLM,
 * whatever API a detail names; a name line's head votes where the joined
 * label has none ("Competitor websites\n& price lists" on an oval is the
 * outside); a name wrapped over lines ("Order\nService") is read whole.
 * (Where the joined label has a head of its own, it still decides: "{Billing
 * Service|Java 21|writes invoices, ledger entries}" stays a store; letting
 * the name line outvote it cost a held-out set, 2026-12-05.) */
static void name_line_decides(void **state) {
  (void)state;
  static const char dot[] =
      "digraph G {\n"
      "  a [shape=oval, label=\"Competitor websites\\n& price lists\"];\n"
      "  j [shape=oval, label=\"Regulator web pages\\n& circulars (PDF)\"];\n"
      "  b [shape=record, label=\"{Keycloak 24|realms · users|client secrets (per "
      "app)}\"];\n"
      "  c [label=<<b>Notification Service</b><br/>sends e-mails to customers<br/>via "
      "SES>];\n"
      "  d [label=<<b>Research agent</b><br/>Claude 3.5 Sonnet<br/><i>Anthropic "
      "API</i>>];\n"
      "  e [label=<<b>Refund agent</b><br/>Python · GPT-4o<br/>looks up orders>];\n"
      "  f [shape=record, label=\"{Mistral Large 2|Azure AI serverless API}\"];\n"
      "  g [label=\"Order\\nService\"];\n"
      "  i [shape=record, label=\"{Redis 7|sessions · rate-limit counters|feature "
      "flags}\"];\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, sizeof dot - 1, NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "a")->kind, TMC_KIND_EXTERNAL);
  assert_string_equal(dot_el(ir, "a")->kind_evidence, "websites");
  assert_int_equal(dot_el(ir, "j")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "b")->kind, TMC_KIND_PROCESS);
  assert_string_equal(dot_el(ir, "b")->kind_evidence,
                      "keycloak (the product its name line names)");
  assert_int_equal(dot_el(ir, "c")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "d")->kind, TMC_KIND_LLM);
  assert_int_equal(dot_el(ir, "e")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "f")->kind, TMC_KIND_LLM);
  assert_int_equal(dot_el(ir, "g")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "i")->kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Architecture drawings, people and devices (issue #14, cause 1e): a
 * Kubernetes operator is software, the operators of a plant are people;
 * people named by job title are people wherever drawn; imaging devices
 * that send their images in are outside sources; a box in the system's
 * own cluster named with a privilege in its parenthesis ("cluster-admin")
 * is still one of its components. */
static void operators_people_and_devices(void **state) {
  (void)state;
  static const char dot[] =
      "digraph G {\n"
      "  u [label=\"Developers\", shape=ellipse];\n"
      "  a [label=\"Strimzi Kafka operator\"];\n"
      "  b [label=\"Prometheus Operator\", shape=box];\n"
      "  c [label=\"Night-shift operators\", shape=box];\n"
      "  d [label=\"Sonographers\"];\n"
      "  e [label=\"Paralegals & trainee solicitors\"];\n"
      "  g [label=\"CT scanners\\n(modalities)\"];\n"
      "  h [label=\"Flat-panel detectors\"];\n"
      "  i [label=\"Ultrasound carts\"];\n"
      "  subgraph cluster_k { label=\"AKS prod\"; style=dashed;\n"
      "    j [shape=box, label=\"Flux CD\\n(reconciler, cluster-admin)\"];\n"
      "    k [shape=box, label=\"image-updater\\n(runs as cluster-admin)\"];\n"
      "  }\n"
      "  u -> j; j -> k; g -> k; h -> k; i -> k; a -> k; b -> k; c -> k; d -> k; e -> "
      "k;\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, sizeof dot - 1, NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "a")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "b")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "c")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "d")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "e")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "g")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "h")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "i")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "j")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "k")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* The roles people hold are people: a team, an approver, an underwriter, a
 * beneficiary named on a node are external entities (outside or inside the
 * company's zone), whatever shape nobody chose; a service named after them
 * is still a service. */
static void people_roles_are_people(void **state) {
  (void)state;
  const char *dot = "digraph G {\n"
                    "  subgraph cluster_corp { label=\"Corporate network\";\n"
                    "    t [label=\"Finance team\"]; a [label=\"Payments approver\"];\n"
                    "    s [label=\"Team calendar service\"]; }\n"
                    "  u [label=\"Loan underwriter\"]; b [label=\"Wire beneficiary\"];\n"
                    "  t -> s; a -> s; u -> s; s -> b;\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_non_null(ir);
  assert_int_equal(dot_el(ir, "t")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "t")->kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_int_equal(dot_el(ir, "a")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "u")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "b")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "s")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Families of kinds seen wrong on real diagrams, each with differently
 * worded and drawn variants and the near misses that must not move: a
 * vendor's hosted LLM behind its API is an LLM, a cloud's pretrained model
 * service (Textract, Rekognition) a model; the roles people hold (with
 * the device they use in parentheses) are people; other people's websites
 * are outside, one "website" is the system's own; "-svc" names a service;
 * a service a vendor hosts (payments, sign-in, messaging) is an external
 * entity; someone else's app is outside; the shop a card names is a web
 * application, but its word weighs less than a box someone drew. */
static void vendors_people_and_the_web(void **state) {
  (void)state;
  const char *dot = "digraph G {\n"
                    "  l1 [label=\"LLM vendor API gpt-4o, OpenAI\", shape=box];\n"
                    "  l2 [label=\"Chat completions API\", shape=ellipse];\n"
                    "  l3 [label=\"Claude API (Anthropic)\", shape=box];\n"
                    "  n1 [label=\"Model API\", shape=box];\n"
                    "  n2 [label=\"LLM gateway\", shape=box];\n"
                    "  r1 [label=\"Consultant (browser)\", shape=ellipse];\n"
                    "  r2 [label=\"Sales rep (laptop)\", shape=box, style=rounded];\n"
                    "  r3 [label=\"Consultant booking service\", shape=ellipse];\n"
                    "  w1 [label=\"Public websites (whatever ranks)\", shape=box3d];\n"
                    "  w2 [label=\"news sites\", shape=note];\n"
                    "  w3 [label=\"Company website\", shape=box3d];\n"
                    "  s1 [label=\"sentiment-svc\\n(FastAPI)\", shape=box];\n"
                    "  s2 [label=\"billing-srv\", shape=box];\n"
                    "  v1 [label=\"External Payment Gateway\", shape=ellipse];\n"
                    "  v2 [label=\"Google Auth\", shape=ellipse];\n"
                    "  v3 [label=\"Stripe webhook handler\", shape=box];\n"
                    "  v4 [label=\"Azure OpenAI\", shape=box];\n"
                    "  v5 [label=\"SendGrid outbox\", shape=cylinder];\n"
                    "  a1 [label=\"Customer app\\n(calls our REST API)\", shape=box3d];\n"
                    "  a2 [label=\"Partner application\", shape=ellipse];\n"
                    "  a3 [label=\"Customer portal\", shape=box];\n"
                    "  m1 [label=\"Textract OCR\", shape=box];\n"
                    "  m2 [label=\"Rekognition (moderation)\", shape=ellipse];\n"
                    "  m3 [label=\"Translate service\", shape=box];\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_non_null(ir);
  static const struct {
    const char *id;
    tmc_kind kind;
  } want[] = {
      {"l1", TMC_KIND_LLM},      {"l2", TMC_KIND_LLM},      {"l3", TMC_KIND_LLM},
      {"n1", TMC_KIND_PROCESS},  {"n2", TMC_KIND_PROCESS},  {"r1", TMC_KIND_EXTERNAL},
      {"r2", TMC_KIND_EXTERNAL}, {"r3", TMC_KIND_PROCESS},  {"w1", TMC_KIND_EXTERNAL},
      {"w2", TMC_KIND_EXTERNAL}, {"w3", TMC_KIND_PROCESS},  {"s1", TMC_KIND_PROCESS},
      {"s2", TMC_KIND_PROCESS},  {"v1", TMC_KIND_EXTERNAL}, {"v2", TMC_KIND_EXTERNAL},
      {"v3", TMC_KIND_PROCESS},  {"v4", TMC_KIND_LLM},      {"v5", TMC_KIND_DATA_STORE},
      {"a1", TMC_KIND_EXTERNAL}, {"a2", TMC_KIND_EXTERNAL}, {"a3", TMC_KIND_PROCESS},
      {"m1", TMC_KIND_MODEL},    {"m2", TMC_KIND_MODEL},    {"m3", TMC_KIND_PROCESS},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    const tmc_element *e = dot_el(ir, want[i].id);
    if (e->kind != want[i].kind)
      fail_msg("'%s': %s, want %s", e->label, tmc_kind_name(e->kind),
               tmc_kind_name(want[i].kind));
  }
  assert_int_equal(dot_el(ir, "l1")->tech, TMC_TECH_LLM_API);
  assert_int_equal(dot_el(ir, "v2")->tech, TMC_TECH_IDENTITY_PROVIDER);
  assert_int_equal(dot_el(ir, "w3")->tech, TMC_TECH_WEB_APPLICATION);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* Cards on an architecture page: a vendor's service is outside, the shop
   * card is a web application; a plain box beside more cards keeps the
   * outside even when its words end in "commerce"; App Engine hosts web
   * apps. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_by_hand("t.drawio", "Cards", NULL);
  uint32_t st = drawio_el(ir, "st", "Stripe", "rounded=1;whiteSpace=wrap;html=1;");
  uint32_t tw = drawio_el(ir, "tw", "Twilio SMS", "rounded=1;whiteSpace=wrap;html=1;");
  uint32_t co = drawio_el(ir, "co", "Commerce", "rounded=1;whiteSpace=wrap;html=1;");
  uint32_t mk = drawio_el(ir, "mk", "Marketing", "rounded=1;whiteSpace=wrap;html=1;");
  uint32_t ca = drawio_el(ir, "ca", "Cart App Engine", "rounded=1;whiteSpace=wrap;");
  uint32_t po = drawio_el(ir, "po", "Merchant POS / e-commerce",
                          "rounded=0;whiteSpace=wrap;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->elements[st].kind, TMC_KIND_EXTERNAL);
  /* named as nothing but the vendor: the vendor, as a head says */
  assert_int_equal(ir->elements[st].kind_source, TMC_SOURCE_HEAD_NOUN);
  assert_string_equal(ir->elements[st].kind_evidence, "stripe (the vendor named)");
  assert_int_equal(ir->elements[tw].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[co].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[co].tech, TMC_TECH_WEB_APPLICATION);
  assert_int_equal(ir->elements[mk].tech, TMC_TECH_NONE);
  assert_int_equal(ir->elements[ca].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[ca].tech, TMC_TECH_WEB_APPLICATION);
  assert_int_equal(ir->elements[po].kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* More families, each with differently worded variants and near misses:
 * the holders of a policy or account and the people who answer customers
 * are people ("Support agents"), an AI agent is code ("Ops agent"); another
 * company is outside; steps that scrub, sample or check data, suites and
 * jobs are processes; training named by its platform is a pipeline, a bare
 * "Training" (a course) is not; snapshots and labelled cases are datasets;
 * a search vendor's API and any website are the outside. */
static void agents_holders_steps_and_training(void **state) {
  (void)state;
  const char *dot =
      "digraph G {\n"
      "  p1 [label=\"Policy holder (mobile app)\", shape=ellipse];\n"
      "  p2 [label=\"Account holders\", shape=ellipse];\n"
      "  p3 [label=\"Support agents\", shape=ellipse];\n"
      "  p4 [label=\"Call center agents (Zendesk)\", shape=ellipse];\n"
      "  p5 [label=\"Insurance agents\", shape=box];\n"
      "  p6 [label=\"Field sales agent (tablet)\", shape=box];\n"
      "  g1 [label=\"Ops agent (LangGraph orchestrator)\", shape=box];\n"
      "  g2 [label=\"Travel AI agent\", shape=box];\n"
      "  o1 [label=\"Acme Labelling Ltd (offshore vendor)\", shape=ellipse];\n"
      "  o2 [label=\"Credit bureau\", shape=ellipse];\n"
      "  s1 [label=\"Transcript export + PII scrub (regex)\", shape=box];\n"
      "  s2 [label=\"weekly export sampler\", shape=box];\n"
      "  s3 [label=\"Automated eval suite\", shape=box];\n"
      "  s4 [label=\"Vendor master check\", shape=box];\n"
      "  s5 [label=\"Nightly batch job\", shape=box];\n"
      "  s6 [label=\"Admin panel (/admin)\", shape=box];\n"
      "  t1 [label=\"SageMaker training (ResNet-50)\", shape=box];\n"
      "  t2 [label=\"Vertex AI training (MobileNetV3 fine-tune)\", shape=box];\n"
      "  t3 [label=\"Reward model + DPO fine-tune job\", shape=box];\n"
      "  t4 [label=\"Spark MLlib on EMR\", shape=box];\n"
      "  tx [label=\"Training\", shape=ellipse];\n"
      "  d1 [label=\"Training snapshot (parquet, weekly)\", shape=box];\n"
      "  d2 [label=\"Labelled cases (fraud / genuine)\", shape=box];\n"
      "  d3 [label=\"Ground truth\", shape=note];\n"
      "  w1 [label=\"Brave Search API\", shape=box];\n"
      "  w2 [label=\"Any website (supplier pages)\", shape=box];\n"
      "  n1 [label=\"Product search API\", shape=box];\n"
      "  x1 [label=\"Web fetch step (requests + readability)\", shape=box];\n"
      "  x2 [label=\"GPU worker node (runs the job image)\", shape=box];\n"
      "  x3 [label=\"Churn trainer (XGBoost)\", shape=box];\n"
      "  x4 [label=\"Tenant admin center\", shape=box];\n"
      "  y1 [label=\"Sachbearbeiter:innen\", shape=ellipse];\n"
      "  y2 [label=\"Fournisseurs (flux produits)\", shape=ellipse];\n"
      "  y3 [label=\"Integrated terminal (agent runs commands)\", shape=box];\n"
      "  y4 [label=\"Splunk Forwarder app/forwarders/splunk.py\", shape=box];\n"
      "  y5 [label=\"Client Applications\", shape=ellipse];\n"
      "  y6 [label=\"Instagram\"];\n"
      "  y7 [label=\"Image Provider (nginx)\", shape=ellipse];\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_non_null(ir);
  static const struct {
    const char *id;
    tmc_kind kind;
  } want[] = {
      {"p1", TMC_KIND_EXTERNAL}, {"p2", TMC_KIND_EXTERNAL}, {"p3", TMC_KIND_EXTERNAL},
      {"p4", TMC_KIND_EXTERNAL}, {"p5", TMC_KIND_EXTERNAL}, {"p6", TMC_KIND_EXTERNAL},
      {"g1", TMC_KIND_PROCESS},  {"g2", TMC_KIND_PROCESS},  {"o1", TMC_KIND_EXTERNAL},
      {"o2", TMC_KIND_EXTERNAL}, {"s1", TMC_KIND_PROCESS},  {"s2", TMC_KIND_PROCESS},
      {"s3", TMC_KIND_PROCESS},  {"s4", TMC_KIND_PROCESS},  {"s5", TMC_KIND_PROCESS},
      {"s6", TMC_KIND_PROCESS},  {"t1", TMC_KIND_PIPELINE}, {"t2", TMC_KIND_PIPELINE},
      {"t3", TMC_KIND_PIPELINE}, {"t4", TMC_KIND_PIPELINE}, {"tx", TMC_KIND_PROCESS},
      {"d1", TMC_KIND_DATASET},  {"d2", TMC_KIND_DATASET},  {"d3", TMC_KIND_DATASET},
      {"w1", TMC_KIND_EXTERNAL}, {"w2", TMC_KIND_EXTERNAL}, {"n1", TMC_KIND_PROCESS},
      {"x1", TMC_KIND_PROCESS},  {"x2", TMC_KIND_PROCESS},  {"x3", TMC_KIND_PIPELINE},
      {"x4", TMC_KIND_PROCESS},  {"y1", TMC_KIND_EXTERNAL}, {"y2", TMC_KIND_EXTERNAL},
      {"y3", TMC_KIND_PROCESS},  {"y4", TMC_KIND_PROCESS},  {"y5", TMC_KIND_EXTERNAL},
      {"y6", TMC_KIND_EXTERNAL}, {"y7", TMC_KIND_PROCESS},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    const tmc_element *e = dot_el(ir, want[i].id);
    if (e->kind != want[i].kind)
      fail_msg("'%s': %s, want %s", e->label, tmc_kind_name(e->kind),
               tmc_kind_name(want[i].kind));
  }
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A box inside the system's own zone on a hand-drawn page is one of its
 * components ("Spam triage", "Thumbnailer", "Media dedup"), not the DFD's
 * outside; people and outside parties drawn as boxes there stay external
 * ("Employee", "Partner bank"), as do boxes outside every zone, boxes in a
 * zone that is someone else's (a SaaS, the internet), boxes on a
 * generator's page (pytm), and a written type=. */
static void boxes_in_own_zone_are_components(void **state) {
  (void)state;
  const char *dfd = "digraph G {\n"
                    "  r [label=\"Reader\", shape=ellipse];\n"
                    "  p [label=\"Publisher site\", shape=ellipse];\n"
                    "  o [label=\"Lonely box\", shape=box];\n"
                    "  subgraph cluster_vpc { label=\"Our VPC\"; style=dashed;\n"
                    "    s [label=\"Spam triage\", shape=box];\n"
                    "    e [label=\"Employee\", shape=box];\n"
                    "    db [label=\"Articles\", shape=cylinder]; }\n"
                    "  r -> s; s -> p; s -> db; e -> db; o -> s;\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dfd, strlen(dfd), NULL, "classify", &d);
  assert_non_null(ir);
  assert_int_equal(ir->pages[0].convention, TMC_CONVENTION_DFD);
  const tmc_element *e = dot_el(ir, "s");
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->kind_source, TMC_SOURCE_ZONE);
  assert_non_null(strstr(e->kind_evidence, "Our VPC"));
  assert_int_equal(dot_el(ir, "e")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "o")->kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  const char *arch =
      "digraph G { node [shape=box];\n"
      "  c [label=\"Caller\", shape=ellipse];\n"
      "  d [label=\"Dispatch\", shape=ellipse];\n"
      "  q [label=\"Queue poller\", shape=ellipse];\n"
      "  subgraph cluster_t { label=\"Acme tenant (prod)\";\n"
      "    subgraph cluster_l { label=\"Media layer\";\n"
      "      th [label=\"Thumbnailer\"]; dd [label=\"Media dedup\"]; }\n"
      "    pb [label=\"Partner bank\"];\n"
      "    ty [label=\"Uploader\", type=external]; }\n"
      "  subgraph cluster_s { label=\"Slack (SaaS)\"; ws [label=\"Workspace\"]; }\n"
      "  subgraph cluster_c { label=\"Buyers (internet)\";\n"
      "    ca [label=\"Buyer app\", shape=box3d]; }\n"
      "  c -> th; th -> dd; dd -> pb; ty -> th; dd -> ws; d -> q; ca -> th;\n"
      "}\n";
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", arch, strlen(arch), NULL, "classify", &d);
  assert_non_null(ir);
  assert_int_equal(dot_el(ir, "th")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "dd")->kind, TMC_KIND_PROCESS);
  assert_non_null(strstr(dot_el(ir, "dd")->kind_evidence, "Acme tenant"));
  assert_int_equal(dot_el(ir, "pb")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "ty")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "ty")->kind_source, TMC_SOURCE_ATTRIBUTE);
  assert_int_equal(dot_el(ir, "ws")->kind, TMC_KIND_EXTERNAL);
  /* In the outside's zone, a person's software drawn as a loose store
   * shape is theirs: the outside. */
  assert_int_equal(dot_el(ir, "ca")->kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* pytm's page: its boundary clusters are the generator's, its boxes its
   * actors. */
  const char *pytm =
      "digraph tm {\n"
      "  subgraph cluster_boundary_Web_0a1b { label=\"Web\";\n"
      "    sched [label=\"Acme\", shape=box]; }\n"
      "  w [label=\"Web\", shape=circle]; w2 [label=\"Api\", shape=circle];\n"
      "  sched -> w; w -> w2;\n"
      "}\n";
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", pytm, strlen(pytm), NULL, "classify", &d);
  assert_non_null(ir);
  e = dot_el(ir, "sched");
  assert_int_equal(e->kind, TMC_KIND_EXTERNAL);
  assert_int_not_equal(e->kind_source, TMC_SOURCE_CONVENTION);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* The zone says "a component", not which kind, and not whose: inside the
 * system's own zone a word naming a kind still decides (a label word that
 * tied with the zone's vote lost to it), and a label naming the outside, a
 * source of packages or data others publish, or code others wrote keeps
 * the DFD reading (an entity: the entry, the supply-chain source the AI
 * rules need). A box nothing else names stays a component by its zone. */
static void own_zone_box_yields_to_words(void **state) {
  (void)state;
  const char *src = "digraph G {\n"
                    "  r [label=\"Reader\", shape=ellipse];\n"
                    "  subgraph cluster_own { label=\"Research VPC\"; style=dashed;\n"
                    "    vi [label=\"Docs index (pgvector)\", shape=box];\n"
                    "    kg [label=\"Kaggle\", shape=box];\n"
                    "    ex [label=\"External rates provider\", shape=box];\n"
                    "    pk [label=\"npm dependencies\", shape=box];\n"
                    "    oc [label=\"Off-the-shelf OCR\", shape=box];\n"
                    "    pn [label=\"Review pane\", shape=box]; }\n"
                    "  r -> pn; vi -> pn; kg -> pn; ex -> pn; pk -> pn; oc -> pn;\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", src, strlen(src), NULL, "classify", &d);
  assert_non_null(ir);
  assert_int_equal(dot_el(ir, "vi")->kind, TMC_KIND_VECTOR_STORE);
  assert_int_equal(dot_el(ir, "kg")->kind, TMC_KIND_DATASET);
  assert_int_equal(dot_el(ir, "ex")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "pk")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "oc")->kind, TMC_KIND_EXTERNAL);
  const tmc_element *e = dot_el(ir, "pn");
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->kind_source, TMC_SOURCE_ZONE);
  assert_non_null(strstr(e->kind_evidence, "Research VPC"));
  /* the words that outvoted the zone say what they refined */
  assert_int_equal(dot_el(ir, "vi")->shape_source, TMC_SOURCE_ZONE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* The word that made a cluster a zone names the place, not a party, even
   * where a lexicon also reads it as a person ("tenant": one who rents); a
   * zone word naming people's own things ("phone") keeps the zone theirs. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  tmc_catalog *c = catalog_with("words:\n"
                                "  heads:\n"
                                "    - kind: external\n"
                                "      words: [tenant, tenants]\n",
                                &d);
  assert_int_equal(d.errors, 0);
  const char *tenancy = "digraph G {\n"
                        "  r [label=\"Renter\", shape=ellipse];\n"
                        "  subgraph cluster_t { label=\"Contoso tenant\";\n"
                        "    ip [label=\"Intake pane\", shape=box]; }\n"
                        "  subgraph cluster_p { label=\"Renter's phone\";\n"
                        "    wa [label=\"Wallet pane\", shape=box]; }\n"
                        "  r -> ip; wa -> ip;\n"
                        "}\n";
  ir = ir_analysed("t.dot", tenancy, strlen(tenancy), c, "classify", &d);
  assert_non_null(ir);
  e = dot_el(ir, "ip");
  assert_int_equal(e->kind, TMC_KIND_PROCESS);
  assert_int_equal(e->kind_source, TMC_SOURCE_ZONE);
  assert_int_equal(dot_el(ir, "wa")->kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_catalog_free(c);
  tmc_diags_free(&d);
}

/* A zone whose head noun is a zone word that also names people (a cloud
 * "tenant", an "account") is the system's own zone, not the outside: its
 * boxes are components. People named as such stay outside. */
static void zone_words_beat_people_words_in_zone_names(void **state) {
  (void)state;
  const char *src = "digraph G { node [shape=box];\n"
                    "  u [label=\"Renter\", shape=ellipse];\n"
                    "  subgraph cluster_t { label=\"Contoso tenant\";\n"
                    "    a [label=\"Invoice matcher\"]; b [label=\"Foo\"]; }\n"
                    "  subgraph cluster_p { label=\"Tenants\"; r [label=\"Flat 3\"]; }\n"
                    "  u -> a; a -> b; r -> a;\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", src, strlen(src), NULL, "classify", &d);
  assert_non_null(ir);
  assert_int_equal(dot_el(ir, "b")->kind, TMC_KIND_PROCESS);
  assert_non_null(strstr(dot_el(ir, "b")->kind_evidence, "Contoso tenant"));
  assert_int_equal(dot_el(ir, "r")->kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* ---- sixth session: kinds that generalize ------------------------------- */

/* A DOT page that draws its system inside clusters and leaves others
 * beside them: a node outside every cluster, in a shape its author chose,
 * that sends something in is the outside whatever its head says (a lender's API, a
 * vendor's portal, a package index drawn as a component); a model, a plugin and a model
 * hub keep their kinds, a cylinder stays a store and Graphviz's default ellipse says
 * nothing. */
static void outside_every_cluster_is_the_outside(void **state) {
  (void)state;
  const char *dot =
      "digraph G { node [shape=box];\n"
      "  o1 [label=\"Scanned-letter drop\", shape=ellipse];\n"
      "  o2 [label=\"npm (registry.npmjs.org)\", shape=component];\n"
      "  o3 [label=\"Regional lender (payments)\", shape=ellipse];\n"
      "  o4 [label=\"Vendor review portal\", shape=box];\n"
      "  o5 [label=\"Fax senders\", shape=circle];\n"
      "  o6 [label=\"Open image corpus index\", shape=note];\n"
      "  a1 [label=\"Claude 3.5 Sonnet (Anthropic)\", shape=hexagon];\n"
      "  a2 [label=\"CodeHelper plugin (community)\", shape=component];\n"
      "  a3 [label=\"Hugging Face mirror\", shape=ellipse];\n"
      "  c1 [label=\"Shared drive\", shape=cylinder];\n"
      "  d1 [label=\"Unshaped thing\", shape=\"\"];\n"
      "  subgraph cluster_net { label=\"Clinic network\";\n"
      "    s1 [label=\"Intake service\"]; s2 [label=\"Scheduler\"];\n"
      "    s3 [label=\"Triage\"]; s4 [label=\"Billing\"]; s5 [label=\"Records\"];\n"
      "    s6 [label=\"Referrals\"]; s7 [label=\"Pharmacy orders\"];\n"
      "    s8 [label=\"Lab results\"]; s9 [label=\"Reminders\"];\n"
      "    s10 [label=\"Consent log\"]; s11 [label=\"Portal\"];\n"
      "    db [label=\"Visits\", shape=cylinder]; }\n"
      "  o1 -> s1; o2 -> s1; o3 -> s1; o4 -> s1; o5 -> s1; o6 -> s1;\n"
      "  a1 -> s1; a2 -> s1; a3 -> s1; c1 -> s1; d1 -> s1;\n"
      "  r [label=\"Weekly digest reader\", shape=oval];\n"
      "  s1 -> db; s2 -> db; s2 -> r;\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_non_null(ir);
  static const struct {
    const char *id;
    tmc_kind kind;
  } want[] = {
      {"o1", TMC_KIND_EXTERNAL},
      {"o2", TMC_KIND_EXTERNAL},
      {"o3", TMC_KIND_EXTERNAL},
      {"o4", TMC_KIND_EXTERNAL},
      {"o5", TMC_KIND_EXTERNAL},
      {"o6", TMC_KIND_EXTERNAL},
      {"a1", TMC_KIND_LLM},
      {"a2", TMC_KIND_AGENT_TOOL},
      {"a3", TMC_KIND_MODEL_REGISTRY},
      {"c1", TMC_KIND_DATA_STORE},
      {"d1", TMC_KIND_PROCESS},
      {"s1", TMC_KIND_PROCESS},
      {"s2", TMC_KIND_PROCESS},
      {"db", TMC_KIND_DATA_STORE},
      {"r", TMC_KIND_PROCESS}, /* it only receives: its shape decides */
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    const tmc_element *e = dot_el(ir, want[i].id);
    if (e->kind != want[i].kind)
      fail_msg("'%s': %s, want %s", e->label, tmc_kind_name(e->kind),
               tmc_kind_name(want[i].kind));
  }
  const tmc_element *e = dot_el(ir, "o3");
  assert_int_equal(e->kind_source, TMC_SOURCE_ZONE);
  assert_non_null(strstr(e->kind_evidence, "Clinic network"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* Clusters of nodes nobody shaped (a generic graph), or a page that draws
   * more outside its clusters than inside: no convention. */
  const char *generic = "digraph G {\n"
                        "  subgraph cluster0 { a -> b; b -> c; }\n"
                        "  x [label=\"Router\", shape=ellipse]; y; z; w;\n"
                        "  subgraph cluster1 { q [label=\"Queue reader\"]; }\n"
                        "  x -> a; y -> q; z -> w;\n"
                        "}\n";
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", generic, strlen(generic), NULL, "classify", &d);
  assert_non_null(ir);
  assert_int_equal(dot_el(ir, "x")->kind, TMC_KIND_PROCESS);
  assert_int_equal(dot_el(ir, "y")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A draw.io cloud is someone else's service, whatever its head noun; a
 * model's name on a cloud still names the model. */
static void clouds_are_the_outside(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_by_hand("t.drawio", "Cloud", NULL);
  uint32_t c1 = drawio_el(ir, "c1", "Extension store", "ellipse;shape=cloud;html=1;");
  uint32_t c2 = drawio_el(ir, "c2", "Mailgun email API", "ellipse;shape=cloud;html=1;");
  uint32_t c3 = drawio_el(ir, "c3", "Mistral API", "ellipse;shape=cloud;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->elements[c1].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[c2].kind, TMC_KIND_EXTERNAL);
  assert_int_equal(ir->elements[c3].kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Word families, each a differently worded variant of a miss: people's
 * roles and groups, data named as data, training named by its method or
 * by the instance that runs it, CI/CD pipelines, retrieval indexes,
 * knowledge bases kept in document products, model versions and adapters,
 * checkpoints, an AI vendor's desktop client, a platform's icon read by its
 * words. Boxes inside the system's own zone, where a box is a component
 * unless its words say otherwise. */
static void word_families_generalize(void **state) {
  (void)state;
  const char *dot =
      "digraph G { node [shape=box];\n"
      "  subgraph cluster_vpc { label=\"Newsroom VPC\";\n"
      "    p1 [label=\"Comment moderators\"];\n"
      "    p2 [label=\"Search quality raters (contract)\"];\n"
      "    p3 [label=\"Pathologist\"];\n"
      "    p4 [label=\"Ratepayers\"];\n"
      "    d1 [label=\"Scanned contracts\"];\n"
      "    d2 [label=\"Clickstream (web + app)\"];\n"
      "    t1 [label=\"Self-supervised training (TPU pod)\"];\n"
      "    t2 [label=\"Hospital FL client (NVFlare)\"];\n"
      "    t3 [label=\"fine-tuning worker (GPU)\"];\n"
      "    c1 [label=\"Release pipeline (Jenkins)\"];\n"
      "    c2 [label=\"GitLab CI pipeline\"];\n"
      "    i1 [label=\"Retrieval index (FAISS-free, k-NN)\", shape=cylinder];\n"
      "    i2 [label=\"Semantic index\", shape=cylinder];\n"
      "    k1 [label=\"Notion knowledge base\", shape=cylinder];\n"
      "    r1 [label=\"LoRA adapter store\", shape=cylinder];\n"
      "    r2 [label=\"Model versions (Azure Blob)\", shape=cylinder];\n"
      "    m1 [label=\"Fine-tuned model checkpoints\", shape=box3d];\n"
      "    s1 [label=\"Evaluation set (frozen)\", shape=cylinder];\n"
      "    s2 [label=\"Labelled training images bucket\", shape=cylinder];\n"
      "    s3 [label=\"Image shards\", shape=cylinder];\n"
      "    g1 [label=\"ChatGPT desktop app\"];\n"
      "    g2 [label=\"Nightly ingestion job\"];\n"
      "    g3 [label=\"Kubeflow pipeline\"];\n"
      "    g4 [label=\"Lead scorer (batch)\"];\n"
      "  }\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_non_null(ir);
  static const struct {
    const char *id;
    tmc_kind kind;
  } want[] = {
      {"p1", TMC_KIND_EXTERNAL},       {"p2", TMC_KIND_EXTERNAL},
      {"p3", TMC_KIND_EXTERNAL},       {"p4", TMC_KIND_EXTERNAL},
      {"d1", TMC_KIND_DATA_STORE},     {"d2", TMC_KIND_DATA_STORE},
      {"t1", TMC_KIND_PIPELINE},       {"t2", TMC_KIND_PIPELINE},
      {"t3", TMC_KIND_PIPELINE},       {"c1", TMC_KIND_PROCESS},
      {"c2", TMC_KIND_PROCESS},        {"i1", TMC_KIND_VECTOR_STORE},
      {"i2", TMC_KIND_VECTOR_STORE},   {"k1", TMC_KIND_DATA_STORE},
      {"r1", TMC_KIND_MODEL_REGISTRY}, {"r2", TMC_KIND_MODEL_REGISTRY},
      {"m1", TMC_KIND_MODEL},          {"s1", TMC_KIND_DATASET},
      {"s2", TMC_KIND_DATASET},        {"s3", TMC_KIND_DATASET},
      {"g1", TMC_KIND_PROCESS},        {"g2", TMC_KIND_PROCESS},
      {"g3", TMC_KIND_PIPELINE},       {"g4", TMC_KIND_MODEL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    const tmc_element *e = dot_el(ir, want[i].id);
    if (e->kind != want[i].kind)
      fail_msg("'%s': %s, want %s", e->label, tmc_kind_name(e->kind),
               tmc_kind_name(want[i].kind));
  }
  assert_int_equal(dot_el(ir, "c1")->tech, TMC_TECH_CI_CD);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* A whole platform's icon: its words say which part ("training job", a
   * notebook, the registry); alone it is still the model. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_by_hand("t.drawio", "ML", NULL);
  const char *sm =
      "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sagemaker;html=1;";
  uint32_t j = drawio_el(ir, "j", "SageMaker fine-tuning job", sm);
  uint32_t n = drawio_el(ir, "n", "SageMaker Studio notebook", sm);
  uint32_t r = drawio_el(ir, "r", "Model registry (SageMaker)", sm);
  uint32_t m = drawio_el(ir, "m", "Churn predictor", sm);
  run_classify(ir, &d);
  assert_int_equal(ir->elements[j].kind, TMC_KIND_PIPELINE);
  assert_int_equal(ir->elements[n].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[r].kind, TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(ir->elements[m].kind, TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* The kind of each element in one DOT text, up to the classify pass. */
static tmc_ir *classified(const char *dot, tmc_diags *d) {
  return ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", d);
}

static void want_kind(tmc_ir *ir, const char *id, tmc_kind k) {
  const tmc_element *e = dot_el(ir, id);
  if (e->kind != k)
    fail_msg("'%s': %s (%s), want %s", e->label, tmc_kind_name(e->kind),
             e->kind_evidence ? e->kind_evidence : "-", tmc_kind_name(k));
}

/* A data lake holds anything: a store ("orders (GCS data lake)"), a
 * dataset only where a training step reads it; a headless CMS holds a
 * team's published content: a store. */
static void data_lakes_are_stores(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  l1 [label=\"orders (GCS data lake)\", shape=cylinder];\n"
                 "  l2 [label=\"clickstream (ADLS data lake)\", shape=cylinder];\n"
                 "  t [label=\"nightly retraining job\"];\n"
                 "  a [label=\"orders-api\"];\n"
                 "  a -> l1; l2 -> t;\n"
                 "}\n",
                 &d);
  want_kind(ir, "l1", TMC_KIND_DATA_STORE);
  want_kind(ir, "l2", TMC_KIND_DATASET);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* so is a hosted headless CMS, where published content is kept */
  assert_int_equal(
      kind_of((spec){"c", "Help pages in Storyblok (rich text)", NULL, false, 0}),
      TMC_KIND_DATA_STORE);
  assert_int_equal(kind_of((spec){"c", "headless CMS: product copy", NULL, false, 0}),
                   TMC_KIND_DATA_STORE);
}

/* A monitoring product's icon keeps logs and metrics and raises alarms:
 * one word of another class on it says which part is drawn ("Journal" on
 * Stackdriver's icon is the log store); one of its own class it refines
 * ("Alerts" stays the product's alarms). */
static void monitoring_icon_named_part(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_by_hand("t.drawio", "P", NULL);
  uint32_t j = drawio_el(ir, "j", "Journal",
                         "shape=mxgraph.gcp2.hexIcon;prIcon=stackdriver;html=1;");
  uint32_t al = drawio_el(
      ir, "al", "Alerts",
      "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.cloudwatch_2;html=1;");
  drawio_el(ir, "f", "Resize",
            "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;html=1;");
  run_classify(ir, &d);
  assert_int_equal(ir->elements[j].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[al].kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A box named by nothing but its product or its vendor (kinds11, issue
 * 14): on an architecture page of boxes, "Twilio (SMS)" and "Mailgun" are
 * the vendors, "rabbitmq: invoice-jobs" and "MongoDB (carts)" stores; a
 * product with words of what is done with it keeps its other evidence, and
 * a DFD's rectangle keeps the reading its author chose. */
static void named_by_product_or_vendor(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  node [shape=box];\n"
                          "  subgraph cluster_k { label=\"eks cluster\";\n"
                          "    a [label=\"billing-svc\"]; b [label=\"mailer\"]; }\n"
                          "  t [label=\"Twilio\\n(SMS)\"];\n"
                          "  m [label=\"Mailgun\"];\n"
                          "  q [label=\"rabbitmq: invoice-jobs\"];\n"
                          "  n [label=\"MongoDB\\n(carts)\"];\n"
                          "  w [label=\"Mailgun webhook relay\"];\n"
                          "  a -> t; b -> m; a -> q; q -> b; a -> n; w -> a;\n"
                          "}\n",
                          &d);
  want_kind(ir, "t", TMC_KIND_EXTERNAL);
  want_kind(ir, "m", TMC_KIND_EXTERNAL);
  want_kind(ir, "q", TMC_KIND_DATA_STORE);
  want_kind(ir, "n", TMC_KIND_DATA_STORE);
  want_kind(ir, "w", TMC_KIND_PROCESS); /* "relay" is the system's */
  tmc_ir_free(ir);
  /* ERP, HR and spend suites run as a vendor's cloud service */
  ir = classified("digraph G {\n"
                  "  node [shape=box];\n"
                  "  subgraph cluster_k { label=\"gcp project\";\n"
                  "    a [label=\"expenses-svc\"]; b [label=\"hr-sync\"]; }\n"
                  "  c [label=\"SAP Concur\\n(travel expenses)\"];\n"
                  "  sf [label=\"SuccessFactors\"];\n"
                  "  a -> c; b -> sf;\n"
                  "}\n",
                  &d);
  want_kind(ir, "c", TMC_KIND_EXTERNAL);
  want_kind(ir, "sf", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  /* ... but a workday is also the working day: the system's own jobs
   * named for it stay its code, while Workday's HCM stays the vendor's */
  ir = classified("digraph G {\n"
                  "  j [label=\"End-of-workday digest job\"];\n"
                  "  s [label=\"Workday calendar sync\"];\n"
                  "  db [shape=cylinder, label=\"Shifts DB\"];\n"
                  "  hcm [label=\"Workday HCM (HR records)\"];\n"
                  "  j -> db; s -> db; hcm -> s;\n"
                  "}\n",
                  &d);
  want_kind(ir, "j", TMC_KIND_PROCESS);
  want_kind(ir, "s", TMC_KIND_PROCESS);
  want_kind(ir, "hcm", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  /* A vendor's LLM drawn among the outside services (a swimlane of cards)
   * is still the LLM the system calls: the zone says whose it is, not what
   * it is; the other vendor's card there stays the outside. */
  static const char lanes[] =
      "<mxfile><diagram name=\"P\" id=\"p\"><mxGraphModel><root>"
      "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
      "<mxCell id=\"out\" value=\"Third-party services\" "
      "style=\"swimlane;horizontal=0;html=1;startSize=30;\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"0\" y=\"0\" width=\"400\" height=\"120\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"llm\" value=\"Claude 3.5 Sonnet&lt;br&gt;(Anthropic API)\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"out\">"
      "<mxGeometry x=\"50\" y=\"30\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"pay\" value=\"Adyen payments\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"out\">"
      "<mxGeometry x=\"220\" y=\"30\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"own\" value=\"Our platform\" "
      "style=\"swimlane;horizontal=0;html=1;startSize=30;\" vertex=\"1\" parent=\"1\">"
      "<mxGeometry x=\"0\" y=\"160\" width=\"400\" height=\"120\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"bot\" value=\"support-bot service\" "
      "style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"own\">"
      "<mxGeometry x=\"50\" y=\"30\" width=\"120\" height=\"60\" "
      "as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e1\" edge=\"1\" parent=\"1\" source=\"bot\" target=\"llm\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e2\" edge=\"1\" parent=\"1\" source=\"llm\" target=\"bot\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "<mxCell id=\"e3\" edge=\"1\" parent=\"1\" source=\"bot\" target=\"pay\">"
      "<mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>"
      "</root></mxGraphModel></diagram></mxfile>";
  ir = ir_analysed("t.drawio", lanes, strlen(lanes), NULL, "classify", &d);
  want_kind(ir, "llm", TMC_KIND_LLM);
  want_kind(ir, "pay", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  /* Staff named by their team, the networks between companies and other
   * people's comparison sites are the outside; an AI agent stays code. */
  ir = classified("digraph G {\n"
                  "  node [shape=box];\n"
                  "  p1 [label=\"Customer care agents (EU shift)\"];\n"
                  "  p2 [label=\"Claims actuary\"];\n"
                  "  n1 [label=\"Amex / Mastercard\\n(clearing files)\"];\n"
                  "  n2 [label=\"Bulk SMS provider (MessageBird)\"];\n"
                  "  n3 [label=\"comparison websites\"];\n"
                  "  c1 [label=\"Refund agent (LLM)\"];\n"
                  "  p1 -> c1; n1 -> c1; c1 -> n2; n3 -> c1; p2 -> c1;\n"
                  "}\n",
                  &d);
  want_kind(ir, "p1", TMC_KIND_EXTERNAL);
  want_kind(ir, "p2", TMC_KIND_EXTERNAL);
  want_kind(ir, "n1", TMC_KIND_EXTERNAL);
  want_kind(ir, "n2", TMC_KIND_EXTERNAL);
  want_kind(ir, "n3", TMC_KIND_EXTERNAL);
  want_kind(ir, "c1", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Diagrams people draw (seventh session, blind6's families in other words):
 * the words of runtimes, backends for frontends, brokers, refits, registries
 * and hardware; a vendor's API; "tool" where no AI is drawn; the functions
 * an agent calls by their code names; model servers; what a training step
 * reads; a DFD's numbered stores; a public zone of the system's own; a path
 * after a name. Each with a variant that must not change. */
static void drawings_people_draw(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  w1 [label=\"Payments runtime (JVM, tool registry)\"];\n"
                 "  w2 [label=\"mobile BFF\", shape=box, style=rounded];\n"
                 "  w3 [label=\"EMQX message broker (IoT Hub)\"];\n"
                 "  w4 [label=\"Weekly refit (Dagster)\"];\n"
                 "  w5 [label=\"Contoso MLflow registry\"];\n"
                 "  w6 [label=\"Electric strike\", shape=ellipse];\n"
                 "  v1 [label=\"Twilio Verify API\"];\n"
                 "  v2 [label=\"Verify API\"];\n"
                 "  v3 [label=\"Stripe webhook handler\"];\n"
                 "  l1 [label=\"Audit logs /var/log/gate\", shape=box3d];\n"
                 "  j1 [label=\"Chat model (GPT-4o mini)\"];\n"
                 "  j2 [label=\"\xf0\x9f\x94\x8d OpenSearch Serverless Vector "
                 "Search Collection docs-index\", shape=box];\n"
                 "  j3 [label=\"OpenSearch Serverless Vector Search Collection "
                 "docs-index\", shape=box];\n"
                 "  j4 [label=\"App server Ubuntu 22.04 Nginx Port 443 20GB Disk\"];\n"
                 "  j5 [label=\"Backup disk\"];\n"
                 "  j6 [label=\"GET /api/pipeline\"];\n"
                 "  j7 [label=\"POST /v1/orders\", shape=box];\n"
                 "  k1 [label=\"Postmark email API\"];\n"
                 "  k2 [label=\"Finance controller\"];\n"
                 "  k3 [label=\"Ingress controller\"];\n"
                 "  k4 [label=\"ETL-Pipeline (Airflow) nightly\"];\n"
                 "  k5 [label=\"Admin web client\"];\n"
                 "  k6 [label=\"PO check + 3-way match\"];\n"
                 "}\n",
                 &d);
  want_kind(ir, "w1", TMC_KIND_PROCESS);
  want_kind(ir, "w2", TMC_KIND_PROCESS);
  want_kind(ir, "w3", TMC_KIND_PROCESS);
  want_kind(ir, "w4", TMC_KIND_PIPELINE);
  want_kind(ir, "w5", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "w6", TMC_KIND_EXTERNAL);
  want_kind(ir, "v1", TMC_KIND_EXTERNAL);
  want_kind(ir, "v2", TMC_KIND_PROCESS); /* no vendor named: the system's own */
  want_kind(ir, "v3", TMC_KIND_PROCESS); /* the system's code for the vendor */
  want_kind(ir, "l1", TMC_KIND_DATA_STORE);
  want_kind(ir, "j1", TMC_KIND_LLM);          /* a model head, an LLM's name */
  want_kind(ir, "j2", TMC_KIND_VECTOR_STORE); /* the emoji is no word */
  want_kind(ir, "j3", TMC_KIND_VECTOR_STORE);
  want_kind(ir, "j4", TMC_KIND_PROCESS); /* "20GB Disk" is a spec line */
  want_kind(ir, "j5", TMC_KIND_DATA_STORE);
  want_kind(ir, "j6", TMC_KIND_PROCESS); /* a route, not a pipeline */
  want_kind(ir, "j7", TMC_KIND_PROCESS);
  want_kind(ir, "k1", TMC_KIND_EXTERNAL); /* a mail vendor's API */
  want_kind(ir, "k2", TMC_KIND_EXTERNAL); /* a job title */
  want_kind(ir, "k3", TMC_KIND_PROCESS);  /* a machine's controller */
  want_kind(ir, "k4", TMC_KIND_PROCESS);  /* an ETL, no ML pipeline */
  want_kind(ir, "k5", TMC_KIND_PROCESS);
  want_kind(ir, "k6", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* A model server where no model is drawn by name is the model. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  l2 [label=\"Triton Inference Server (pricing)\"];\n"
                  "  web [label=\"Shop web app\"];\n"
                  "  web -> l2;\n"
                  "}\n",
                  &d);
  want_kind(ir, "l2", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* "Tool" where the page draws no AI is a tool people use; the same words
   * beside an LLM name an agent's tool. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  t [label=\"Site survey tool\"];\n"
                  "  api [label=\"Provisioning API\"];\n"
                  "  db [label=\"Sites\", shape=cylinder];\n"
                  "  t -> api -> db;\n"
                  "}\n",
                  &d);
  want_kind(ir, "t", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  t [label=\"Site survey tool\"];\n"
                  "  m [label=\"Claude 3 Haiku\"];\n"
                  "  db [label=\"Sites\", shape=cylinder];\n"
                  "  m -> t -> db;\n"
                  "}\n",
                  &d);
  want_kind(ir, "t", TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* What an agent calls by a function's name is its tool; the same name
   * called by a plain service stays a step. A model server beside a model
   * drawn by its name is the server. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  ops [label=\"Ops agent (LangGraph)\"];\n"
                  "  llm [label=\"GPT-4o\"];\n"
                  "  r [label=\"restart_pod\"];\n"
                  "  o [label=\"open_ticket / add_comment (Jira)\"];\n"
                  "  cron [label=\"Nightly cron service\"];\n"
                  "  c [label=\"send_digest\"];\n"
                  "  srv [label=\"KServe InferenceService fraud-v3\"];\n"
                  "  fm [label=\"Fraud model v3\"];\n"
                  "  ops -> llm; ops -> r; ops -> o; cron -> c; srv -> fm;\n"
                  "}\n",
                  &d);
  want_kind(ir, "r", TMC_KIND_AGENT_TOOL);
  want_kind(ir, "o", TMC_KIND_AGENT_TOOL);
  assert_int_equal(dot_el(ir, "r")->kind_source, TMC_SOURCE_FLOWS);
  want_kind(ir, "c", TMC_KIND_PROCESS);
  want_kind(ir, "srv", TMC_KIND_PROCESS);
  want_kind(ir, "fm", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* A store a training step reads is what it trains on; not a queue, nor
   * anything beside a dataset the step already gets. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  ev [label=\"orders_2y (Snowflake)\", shape=cylinder];\n"
                  "  q [label=\"retrain requests (SQS)\", shape=cylinder];\n"
                  "  rt [label=\"Monthly retraining (Airflow)\"];\n"
                  "  ev -> rt; q -> rt;\n"
                  "  ds [label=\"Labelled sessions dataset\", shape=cylinder];\n"
                  "  raw [label=\"raw sessions (GCS)\", shape=cylinder];\n"
                  "  tj [label=\"Vertex AI training job\"];\n"
                  "  ds -> tj; raw -> tj;\n"
                  "}\n",
                  &d);
  want_kind(ir, "ev", TMC_KIND_DATASET);
  assert_int_equal(dot_el(ir, "ev")->kind_source, TMC_SOURCE_FLOWS);
  want_kind(ir, "q", TMC_KIND_DATA_STORE);
  want_kind(ir, "raw", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* A DFD numbers its stores ("D2 customers, cards" is the store D2, not
   * the customers); on an architecture page "D1 mini" is a board. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  p1 [label=\"1.0 Take order\", shape=circle];\n"
                  "  p2 [label=\"2.0 Bill\", shape=circle];\n"
                  "  p3 [label=\"3.0 Ship\", shape=circle];\n"
                  "  d2 [label=\"D2 customers, cards\", shape=record];\n"
                  "  p1 -> d2; d2 -> p2;\n"
                  "}\n",
                  &d);
  want_kind(ir, "d2", TMC_KIND_DATA_STORE);
  assert_int_equal(dot_el(ir, "d2")->kind_source, TMC_SOURCE_CONVENTION);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G { node [shape=box];\n"
                  "  b [label=\"D1 mini controller\"]; g [label=\"Gateway\"];\n"
                  "  c [label=\"Cloud API\"]; b -> g -> c; }\n",
                  &d);
  want_kind(ir, "b", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* A zone named public that also names the system's edge is its own:
   * the box drawn there is a component; the public internet's is not. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir =
      classified("digraph G {\n"
                 "  subgraph cluster_a { label=\"Public DMZ\"; a [label=\"Zephyr\", "
                 "shape=box]; }\n"
                 "  subgraph cluster_b { label=\"Public internet\"; b [label=\"Quokka\", "
                 "shape=box]; }\n"
                 "  subgraph cluster_c { label=\"Core (private)\"; c [label=\"Orders\", "
                 "shape=cylinder]; d [label=\"Billing\", shape=box]; }\n"
                 "  b -> a -> c;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_PROCESS);
  want_kind(ir, "b", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* So is a DMZ or an edge network by itself; a partner's perimeter is
   * theirs. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified(
      "digraph G {\n"
      "  subgraph cluster_a { label=\"DMZ (10.0.1.0/24)\"; a [label=\"Zephyr\", "
      "shape=box]; }\n"
      "  subgraph cluster_p { label=\"Partner network\"; p [label=\"Quokka\", "
      "shape=box]; }\n"
      "  subgraph cluster_c { label=\"Core (private)\"; c [label=\"Orders\", "
      "shape=cylinder]; d [label=\"Billing\", shape=ellipse]; }\n"
      "  p -> a -> c;\n"
      "}\n",
      &d);
  want_kind(ir, "a", TMC_KIND_PROCESS);
  want_kind(ir, "p", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A store's icon backs the store it is named as ("Training dataset" on S3's
 * icon is a dataset, "Orders" there stays a store); a word inside the head's
 * phrase votes no other kind ("Model training" on SageMaker's icon is
 * training, "Model endpoint" there the model). */
static void icons_back_what_their_words_refine(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = tmc_ir_new("t.drawio");
  tmc_ir_add_page(ir, "P");
  const char *s3 = "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;html=1;";
  const char *sm =
      "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sagemaker;html=1;";
  uint32_t ds = drawio_el(ir, "ds", "Training dataset", s3);
  uint32_t ev = drawio_el(ir, "ev", "Held-out evaluation set", s3);
  uint32_t st = drawio_el(ir, "st", "Orders", s3);
  uint32_t tr = drawio_el(ir, "tr", "Model training", sm);
  uint32_t ep = drawio_el(ir, "ep", "Model endpoint", sm);
  run_classify(ir, &d);
  assert_int_equal(ir->elements[ds].kind, TMC_KIND_DATASET);
  assert_int_equal(ir->elements[ev].kind, TMC_KIND_DATASET);
  assert_int_equal(ir->elements[st].kind, TMC_KIND_DATA_STORE);
  assert_int_equal(ir->elements[tr].kind, TMC_KIND_PIPELINE);
  assert_int_equal(ir->elements[ep].kind, TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Hand-made DOT draws its loose store shapes (box3d, folder, note) for
 * machines and devices as much as for files: the words on them decide, the
 * shape only when no word speaks. A viewer is software, its viewers people;
 * scanners people carry or that stand at doors are devices, a mailroom's
 * scanners a step of the system. */
static void loose_shapes_and_devices(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  r1 [label=\"Fine-tuning rig (2x A100)\", shape=box3d];\n"
                          "  r2 [label=\"Nightly retraining box\", shape=tab];\n"
                          "  r3 [label=\"settings.yaml\", shape=note];\n"
                          "  r4 [label=\"Scanned invoices\", shape=folder];\n"
                          "  v1 [label=\"DICOM viewer\", shape=box, style=rounded];\n"
                          "  v2 [label=\"Viewers\"];\n"
                          "  s1 [label=\"Ticket scanners (handheld)\"];\n"
                          "  s2 [label=\"Badge readers\", shape=ellipse];\n"
                          "  s3 [label=\"Mailroom scanners\", shape=ellipse];\n"
                          "}\n",
                          &d);
  want_kind(ir, "r1", TMC_KIND_PIPELINE); /* a store word no longer needed */
  want_kind(ir, "r2", TMC_KIND_PIPELINE);
  want_kind(ir, "r3", TMC_KIND_DATA_STORE); /* no word: the shape */
  want_kind(ir, "r4", TMC_KIND_DATA_STORE);
  want_kind(ir, "v1", TMC_KIND_PROCESS);
  want_kind(ir, "v2", TMC_KIND_EXTERNAL);
  want_kind(ir, "s1", TMC_KIND_EXTERNAL);
  want_kind(ir, "s2", TMC_KIND_EXTERNAL);
  want_kind(ir, "s3", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Where a service keeps its keys and settings is a store, whatever product
 * the keys open: a loose store shape lets words vote, and a model's or a
 * vendor's name among the keys must not make the file that model. */
static void key_files_name_no_model(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  k1 [label=\"config.yaml with Mistral API token\", shape=note];\n"
                 "  k2 [label=\"Environment variables\\n(Ollama URL, HF token)\", "
                 "shape=tab];\n"
                 "  k3 [label=\".env file (OPENAI_API_KEY)\", shape=folder];\n"
                 "  k4 [label=\"API keys: Anthropic, Cohere\", shape=box3d];\n"
                 "  k5 [label=\"Gemini model config\", shape=note];\n"
                 "}\n",
                 &d);
  want_kind(ir, "k1", TMC_KIND_DATA_STORE);
  want_kind(ir, "k2", TMC_KIND_DATA_STORE);
  want_kind(ir, "k3", TMC_KIND_DATA_STORE);
  want_kind(ir, "k4", TMC_KIND_DATA_STORE);
  want_kind(ir, "k5", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A store whose head says it keeps keys holds the keys to the products its
 * label names, not their data: a vector store's or a search engine's name
 * among them does not make it that store (a vendor qualifies the key). A
 * generic store head still takes the kind of what it holds. */
static void key_stores_beat_vendor_qualifiers(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified(
      "digraph G {\n"
      "  s1 [label=\"Kubernetes secrets (Pinecone key)\", shape=note];\n"
      "  s2 [label=\"Vault: Qdrant API key\", shape=note];\n"
      "  s3 [label=\"Fly secrets\\nOPENAI_API_KEY, MILVUS_TOKEN\", shape=note];\n"
      "  s4 [label=\"Doppler config (Chroma token)\", shape=note];\n"
      "  s5 [label=\"Secrets Manager (Elasticsearch credentials)\", shape=cylinder];\n"
      "  b1 [label=\"Training data bucket\", shape=cylinder];\n"
      "}\n",
      &d);
  for (const char *const *id = (const char *const[]){"s1", "s2", "s3", "s4", "s5", NULL};
       *id; id++) {
    want_kind(ir, *id, TMC_KIND_DATA_STORE);
    assert_int_equal(dot_el(ir, *id)->tech, TMC_TECH_SECRETS_VAULT);
  }
  want_kind(ir, "b1", TMC_KIND_DATASET);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Words people write beside their system: a line's PLC is a step of it,
 * call-centre agents are people, a help desk or chat product is someone
 * else's, a pricing model's spreadsheet or a workbook holds data (no model
 * on a page without AI). */
static void plcs_saas_and_office_files(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  p1 [label=\"Packaging PLC\", shape=box];\n"
                 "  p2 [label=\"Call-center agent\"];\n"
                 "  p3 [label=\"Freshdesk (tickets)\", shape=box];\n"
                 "  p4 [label=\"ServiceNow ITSM\", shape=box];\n"
                 "  p5 [label=\"Pricing model spreadsheet (xlsx)\", shape=note];\n"
                 "  p6 [label=\"Rates workbook\", shape=box3d];\n"
                 "  p1 -> p2; p3 -> p4; p5 -> p6;\n"
                 "}\n",
                 &d);
  want_kind(ir, "p1", TMC_KIND_PROCESS);
  want_kind(ir, "p2", TMC_KIND_EXTERNAL);
  want_kind(ir, "p3", TMC_KIND_EXTERNAL);
  want_kind(ir, "p4", TMC_KIND_EXTERNAL);
  want_kind(ir, "p5", TMC_KIND_DATA_STORE);
  want_kind(ir, "p6", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A pricing model is a model: dynamic pricing is what many shops train one
 * for. A spreadsheet that holds one (pay scales) is the store, by its own
 * word, not because "pricing model" would name no model. */
static void pricing_models_are_models(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  q1 [label=\"Pricing model (LightGBM)\"];\n"
                          "  q2 [label=\"Dynamic pricing model\"];\n"
                          "  q3 [label=\"Shop backend\"];\n"
                          "  q4 [label=\"Pricing model spreadsheet (pay scales)\", "
                          "shape=note];\n"
                          "  q3 -> q1 -> q3; q3 -> q2 -> q3; q4 -> q3;\n"
                          "}\n",
                          &d);
  want_kind(ir, "q1", TMC_KIND_MODEL);
  want_kind(ir, "q2", TMC_KIND_MODEL);
  want_kind(ir, "q4", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A model server named beside a service's head is the model in production
 * where no model is drawn: its weight beats the head and the default's
 * lean together. */
static void model_servers_beat_service_heads(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  m1 [label=\"scoring-svc (KServe)\"];\n"
                          "  m2 [label=\"ranker-api\\n(BentoML)\"];\n"
                          "  m3 [label=\"Web app\"];\n"
                          "  m3 -> m1; m3 -> m2;\n"
                          "}\n",
                          &d);
  want_kind(ir, "m1", TMC_KIND_MODEL);
  want_kind(ir, "m2", TMC_KIND_MODEL);
  want_kind(ir, "m3", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Triton Inference Server by its short name is a model server too: a
 * distilled "student" served there is the model, not a person, whatever
 * loose store shape it is drawn as. */
static void triton_serves_a_model(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  s1 [label=\"toxicity-vit student\\n(Triton)\", shape=box3d];\n"
                 "  s2 [label=\"defect-net v4 on NVIDIA Triton\", shape=folder];\n"
                 "  app [label=\"Upload service\"];\n"
                 "  app -> s1; app -> s2;\n"
                 "}\n",
                 &d);
  want_kind(ir, "s1", TMC_KIND_MODEL);
  want_kind(ir, "s2", TMC_KIND_MODEL);
  want_kind(ir, "app", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A DFD numbers its processes with a dot: drawn as a process, "2.1 Save
 * scanned files" is a process whatever its head says it handles; a version
 * or a bare number says nothing. */
static void dfd_process_numbers(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  n1 [label=\"2.1 Save scanned files\", shape=ellipse];\n"
                          "  n2 [label=\"3.0: Archive records\", shape=circle];\n"
                          "  n3 [label=\"v2.0 files\", shape=ellipse];\n"
                          "  n4 [label=\"Clerk\", shape=box];\n"
                          "  n5 [label=\"D1 Scans\", shape=ellipse];\n"
                          "  n4 -> n1 -> n5; n1 -> n2 -> n3;\n"
                          "}\n",
                          &d);
  want_kind(ir, "n1", TMC_KIND_PROCESS);
  want_kind(ir, "n2", TMC_KIND_PROCESS);
  want_kind(ir, "n3", TMC_KIND_DATA_STORE);
  want_kind(ir, "n5", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* models15: a DFD names a process by its task: the number says a process,
 * a model's task (its first words, or the act as a noun at its end) says
 * the model doing it, training says a training step; the data a step
 * handles ("Store predictions") and a rules engine's verbs ("Decide") say
 * neither. An unnumbered circle on the page is read the same way. */
static void dfd_processes_named_by_task(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  a [label=\"Card issuer\", shape=box];\n"
                 "  p1 [label=\"1.1 Score card transaction\", shape=circle];\n"
                 "  p2 [label=\"2.0: Classify chest\\nX-ray\", shape=circle];\n"
                 "  p3 [label=\"3.0 Nightly fine-tune\", shape=circle];\n"
                 "  p4 [label=\"4.0 Aggregate client updates\", shape=circle];\n"
                 "  p5 [label=\"5.0 Image classification\", shape=circle];\n"
                 "  p6 [label=\"6.0 Store predictions\", shape=circle];\n"
                 "  p7 [label=\"7.0 Decide eligibility (DMN rules)\", shape=circle];\n"
                 "  p8 [label=\"8.0 Recognise speech\", shape=circle];\n"
                 "  p9 [label=\"Detect anomalies\", shape=circle];\n"
                 "  p10 [label=\"9.0 Aggregate sales figures\", shape=circle];\n"
                 "  d1 [label=\"D1 Transactions\", shape=record];\n"
                 "  a -> p1 -> d1 -> p3 -> p4 -> p2 -> p5 -> p6 -> p7 -> p8;\n"
                 "  p8 -> p9 -> p10;\n"
                 "}\n",
                 &d);
  want_kind(ir, "p1", TMC_KIND_MODEL);
  want_kind(ir, "p2", TMC_KIND_MODEL);
  want_kind(ir, "p3", TMC_KIND_PIPELINE);
  want_kind(ir, "p4", TMC_KIND_PIPELINE);
  want_kind(ir, "p5", TMC_KIND_MODEL);
  want_kind(ir, "p6", TMC_KIND_PROCESS);
  want_kind(ir, "p7", TMC_KIND_PROCESS);
  want_kind(ir, "p8", TMC_KIND_MODEL);
  want_kind(ir, "p9", TMC_KIND_MODEL);
  want_kind(ir, "p10", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* models15: a model named by its architecture or algorithm is the model,
 * over a loose store shape; a training job naming the algorithm it fits
 * stays the job. A vendor's API named with the model it serves (an LLM
 * family, a speech model's product) is that model; a plain word saying
 * what the API does is not. */
static void models_named_by_architecture(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified(
      "digraph G {\n"
      "  u [label=\"Shoppers\", shape=box];\n"
      "  subgraph cluster_a { label=\"Pricing VPC\";\n"
      "    g [label=\"pricing-gbm (CatBoost, ECS)\", shape=box3d];\n"
      "    c [label=\"Crack finder\\nU-Net\", shape=ellipse];\n"
      "    t [label=\"Weekly retrain (CatBoost)\", shape=ellipse];\n"
      "    w [label=\"voice-bot (Node.js)\", shape=ellipse];\n"
      "  }\n"
      "  f [label=\"Fireworks AI serverless API\\nLlama 3.1 8B Instruct\", shape=box];\n"
      "  s [label=\"AssemblyAI API\\nUniversal STT\", shape=box];\n"
      "  v [label=\"Vendor moderation API (image classifier)\", shape=box];\n"
      "  u -> w -> f; w -> s; w -> v; t -> g; u -> g; c -> g;\n"
      "}\n",
      &d);
  want_kind(ir, "g", TMC_KIND_MODEL);
  want_kind(ir, "c", TMC_KIND_MODEL);
  want_kind(ir, "t", TMC_KIND_PIPELINE);
  want_kind(ir, "f", TMC_KIND_LLM);
  want_kind(ir, "s", TMC_KIND_MODEL);
  assert_int_not_equal(dot_el(ir, "v")->kind, TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A job on an ML platform is its training step, over the platform's icon;
 * a plain store whose flow into a training step says it brings labelled
 * data is that dataset (not a reason to call no store one). */
static void platform_jobs_and_their_data(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  j [label=\"ML job train-fraud (nightly)\", shape=none, "
                          "image=\"aws/ml/sagemaker.png\"];\n"
                          "  s [label=\"Feature lake /fraud\", shape=cylinder];\n"
                          "  c [label=\"Run config\", shape=cylinder];\n"
                          "  r [label=\"Model registry\", shape=cylinder];\n"
                          "  s -> j [label=\"18 months of labelled transactions\"];\n"
                          "  c -> j;\n"
                          "  j -> r;\n"
                          "}\n",
                          &d);
  want_kind(ir, "j", TMC_KIND_PIPELINE);
  want_kind(ir, "s", TMC_KIND_DATASET);
  want_kind(ir, "c", TMC_KIND_DATA_STORE); /* the data came from s */
  want_kind(ir, "r", TMC_KIND_MODEL_REGISTRY);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A vendor's name on code the system runs on its own compute is the
 * system's code for that vendor ("stripe-sync (Lambda)"), in its zone as
 * beside it; the vendor itself stays outside. (Ellipses make the page a
 * DFD, where a box is the outside unless its zone says otherwise.) */
static void vendor_code_on_own_compute(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  p [label=\"Shoppers\", shape=ellipse];\n"
                          "  q [label=\"Ops staff\", shape=ellipse];\n"
                          "  r [label=\"Support\", shape=ellipse];\n"
                          "  subgraph cluster_vpc {\n"
                          "    label=\"Prod VPC\";\n"
                          "    a [label=\"stripe-webhooks\\n(Lambda)\", shape=box];\n"
                          "    b [label=\"twilio-callbacks (Cloud Run)\", shape=box];\n"
                          "    c [label=\"orders (Postgres)\", shape=cylinder];\n"
                          "  }\n"
                          "  s [label=\"Stripe\", shape=box];\n"
                          "  s -> a; a -> c; b -> c; p -> s; q -> c; r -> c;\n"
                          "}\n",
                          &d);
  want_kind(ir, "a", TMC_KIND_PROCESS);
  want_kind(ir, "b", TMC_KIND_PROCESS);
  want_kind(ir, "s", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A count before a long label's name is no word of it: the head is found
 * among the four words after it. */
static void counts_are_no_words(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  a [label=\"3x Hikvision DS-2CD dome\\ncameras + IR lights\", "
                 "shape=box3d];\n"
                 "  b [label=\"12 Acme ward bedside sensors + chargers\", shape=note];\n"
                 "  c [label=\"Ingest\"];\n"
                 "  a -> c; b -> c;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_EXTERNAL);
  want_kind(ir, "b", TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A store that keeps the versions of models is their registry, whatever
 * store it is drawn as; a plain bucket of model files stays a store, and
 * code beside a registry of models is no model's server. */
static void stores_of_model_versions(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  a [label=\"/srv/models (versioned .pt)\", shape=folder];\n"
                 "  b [label=\"s3://acme-ckpt (all versions)\", shape=cylinder];\n"
                 "  c [label=\"Model artifacts bucket\", shape=cylinder];\n"
                 "  e [label=\"Scoring box (TorchServe)\"];\n"
                 "  a -> e; b -> e; c -> e;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "b", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "c", TMC_KIND_DATA_STORE);
  want_kind(ir, "e", TMC_KIND_MODEL); /* no model drawn by name beside it */
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A box running an inference runtime is the model in production where no
 * model is drawn apart. */
static void inference_runtimes_are_the_model(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  a [label=\"Edge box\\n(Jetson Orin, TensorRT)\", shape=box];\n"
                 "  b [label=\"Kiosk PC (OpenVINO) shelf-gap v3\"];\n"
                 "  c [label=\"Camera\"];\n"
                 "  c -> a; c -> b;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_MODEL);
  want_kind(ir, "b", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* DOT's loose store shapes (box3d, note, folder, tab) are drawn for
 * anything: a technology word naming compute or a monitoring product
 * outweighs them, a device head names the devices, a vendor's SaaS is the
 * outside; with no such word they stay stores. (The shapes keep their
 * weight: lowering it cost held-out attack paths; these words outvote it.) */
static void loose_shapes_yield_to_words(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  a [label=\"Prometheus\\nalert rules\", shape=note];\n"
                 "  b [label=\"gVisor runsc\\nuntrusted jobs\", shape=box3d];\n"
                 "  c [label=\"Kamstrup gas meters\\n(LoRaWAN)\", shape=box3d];\n"
                 "  e [label=\"PagerDuty\", shape=tab];\n"
                 "  f [label=\"Nightly exports\", shape=folder];\n"
                 "  g [label=\"sensor readings\", shape=note];\n"
                 "  c -> a; a -> e; b -> f; g -> b;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_PROCESS);
  want_kind(ir, "b", TMC_KIND_PROCESS);
  want_kind(ir, "c", TMC_KIND_EXTERNAL);
  want_kind(ir, "e", TMC_KIND_EXTERNAL);
  want_kind(ir, "f", TMC_KIND_DATA_STORE);
  want_kind(ir, "g", TMC_KIND_DATA_STORE); /* data from devices, not a device */
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* AI parts by their words: a copy of a model's weights is the model, a
 * registry holding models (or a store of promoted ones) is a model registry,
 * a fine-tuning run named by its method or framework and an ML platform's
 * pipelines product are training pipelines, a vendor's model family by
 * name is an LLM. */
static void ai_parts_by_their_words(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified(
      "digraph G {\n"
      "  w [label=\"YOLOv8 open weights\\n(NFS copy)\", shape=box3d];\n"
      "  r [label=\"ECR registry\\nmodels/ranker:*\", shape=cylinder];\n"
      "  p [label=\"promoted models\\n(gs://acme-models/)\", shape=cylinder];\n"
      "  t [label=\"QLoRA fine-tune\\n(weekly)\"];\n"
      "  v [label=\"retrain-dag\\n(SageMaker Pipelines)\"];\n"
      "  l [label=\"Command R+\\n(Cohere)\", shape=box];\n"
      "  x [label=\"Image cache\", shape=cylinder];\n"
      "  w -> t; t -> r; t -> p; v -> r; r -> l; x -> l;\n"
      "}\n",
      &d);
  want_kind(ir, "w", TMC_KIND_MODEL);
  want_kind(ir, "r", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "p", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "t", TMC_KIND_PIPELINE);
  want_kind(ir, "v", TMC_KIND_PIPELINE);
  want_kind(ir, "l", TMC_KIND_LLM);
  want_kind(ir, "x", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* An LLM served by an inference server on the system's own GPUs is the
 * LLM in production, whatever the box is drawn as or its head noun says
 * ("server", "pod", "container"); a plain web server stays a process. */
static void llm_inference_servers(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  a [label=\"Mixtral pod\\n(text-generation-inference)\", shape=box];\n"
                 "  b [label=\"SGLang server :30000\", shape=box3d];\n"
                 "  c [label=\"llama.cpp server (Q4 GGUF)\"];\n"
                 "  n [label=\"nginx server\", shape=box];\n"
                 "  n -> a; n -> b; n -> c;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_LLM);
  want_kind(ir, "b", TMC_KIND_LLM);
  want_kind(ir, "c", TMC_KIND_LLM);
  want_kind(ir, "n", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A DFD's store number says a store, not which: it backs the store kind
 * the words name ("D3 pgvector embeddings" is a vector store); a number
 * alone keeps a plain store. A type tag under a name ("[External System]",
 * "[Software System, SaaS]") saying someone else's is the outside, unless
 * its words name a model. */
static void numbers_and_type_tags(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  p1 [label=\"1.0 Ask\", shape=circle];\n"
                          "  p2 [label=\"2.0 Index\", shape=circle];\n"
                          "  p3 [label=\"3.0 Answer\", shape=circle];\n"
                          "  d3 [label=\"D3 pgvector embeddings\", shape=record];\n"
                          "  d4 [label=\"D4 answers log\", shape=record];\n"
                          "  p2 -> d3; d3 -> p3; p3 -> d4;\n"
                          "}\n",
                          &d);
  want_kind(ir, "d3", TMC_KIND_VECTOR_STORE);
  want_kind(ir, "d4", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified(
      "digraph G { node [shape=box, style=rounded];\n"
      "  a [label=\"Keygate SSO\\n[Software System, SaaS]\\nfederates logins\"];\n"
      "  b [label=\"Mailer\\n[External System]\\nsends receipts\"];\n"
      "  c [label=\"Billing service\\n[Container: Go]\"];\n"
      "  m [label=\"Claude API\\n[Software System, SaaS]\"];\n"
      "  c -> a; c -> b; c -> m;\n"
      "}\n",
      &d);
  want_kind(ir, "a", TMC_KIND_EXTERNAL);
  want_kind(ir, "b", TMC_KIND_EXTERNAL);
  want_kind(ir, "c", TMC_KIND_PROCESS);
  want_kind(ir, "m", TMC_KIND_LLM);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* What is drawn inside a tool server's cluster is the tools it exposes to
 * an agent; a store drawn there stays a store, and a cluster named for
 * other things ("Build tools") makes no tools. */
static void tool_servers_hold_tools(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  agent [label=\"Support agent loop (LangGraph)\"];\n"
                 "  llm [label=\"GPT-4o\"];\n"
                 "  subgraph cluster_t { label=\"Tool server tools-01 (HTTP)\";\n"
                 "    cal [label=\"calendar\\nlist · create\", shape=hexagon];\n"
                 "    kb [label=\"docs\\nsearch · fetch\", shape=hexagon];\n"
                 "    st [label=\"tool state\", shape=cylinder]; }\n"
                 "  subgraph cluster_b { label=\"Build tools\";\n"
                 "    ci [label=\"runner\\nbuild · test\", shape=hexagon]; }\n"
                 "  agent -> llm; agent -> cal; agent -> kb; cal -> st; ci -> agent;\n"
                 "}\n",
                 &d);
  want_kind(ir, "cal", TMC_KIND_AGENT_TOOL);
  want_kind(ir, "kb", TMC_KIND_AGENT_TOOL);
  want_kind(ir, "st", TMC_KIND_DATA_STORE);
  want_kind(ir, "ci", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A bank's interfaces are the bank's: its API or portal the system calls
 * is outside; a banking API in the bank's own backend stays a component. */
static void banks_interfaces_are_theirs(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  pay [label=\"Payout runner\"];\n"
                          "  b [label=\"Bank payment API\\n(ISO 20022)\"];\n"
                          "  p [label=\"Bank portal\\n(treasury logins)\"];\n"
                          "  subgraph cluster_b { label=\"Bank backend\";\n"
                          "    own [label=\"Retail banking API\", shape=box]; }\n"
                          "  pay -> b; pay -> p; pay -> own;\n"
                          "}\n",
                          &d);
  want_kind(ir, "b", TMC_KIND_EXTERNAL);
  want_kind(ir, "p", TMC_KIND_EXTERNAL);
  want_kind(ir, "own", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* An OCR engine reads text with a trained model: a model, by its product
 * or its words; what it writes stays a store. */
static void ocr_engines_are_models(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  scan [label=\"Scan inbox\", shape=folder];\n"
                 "  a [label=\"PaddleOCR\\n(line recognition, GPU)\", shape=component];\n"
                 "  b [label=\"Tesseract 5\", shape=component];\n"
                 "  r [label=\"OCR results\", shape=cylinder];\n"
                 "  scan -> a -> r; scan -> b -> r;\n"
                 "}\n",
                 &d);
  want_kind(ir, "a", TMC_KIND_MODEL);
  want_kind(ir, "b", TMC_KIND_MODEL);
  want_kind(ir, "r", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Two kind words: the heavier decides, not the first listed. A student
 * or teacher model named by its family (bert, weight 5) and served by a
 * model server (weight 10) is a model, not a person ("teacher" is a head). */
static void heaviest_kind_word(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  t [label=\"sentiment-bert teacher (KServe)\"];\n"
                          "  s [label=\"roberta-tiny student on TorchServe\"];\n"
                          "  app [label=\"Upload service\"];\n"
                          "  app -> t; app -> s;\n"
                          "}\n",
                          &d);
  want_kind(ir, "t", TMC_KIND_MODEL);
  want_kind(ir, "s", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A model named by its family or product (an embedding model, speech
 * recognition, a wake-word spotter) is that model: as the head of an
 * interface it is the model served, over a vendor's name or a cloud shape;
 * a job that calls one stays a job. */
static void named_models_are_models(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  /* the page draws no other model: the server is the model it serves */
  tmc_ir *ir = classified("digraph G {\n"
                          "  m1 [label=\"nomic-embed-text inference server\"];\n"
                          "  app [label=\"Search service\"];\n"
                          "  app -> m1;\n"
                          "}\n",
                          &d);
  want_kind(ir, "m1", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  ir = classified("digraph G {\n"
                  "  m2 [label=\"Vectors API (voyage-3)\"];\n"
                  "  app [label=\"Search service\"];\n"
                  "  app -> m2;\n"
                  "}\n",
                  &d);
  want_kind(ir, "m2", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  ir = classified("digraph G {\n"
                  "  m3 [label=\"Azure AI Speech\", shape=box];\n"
                  "  m4 [label=\"Porcupine hotword (on device)\", shape=box3d];\n"
                  "  j [label=\"weekly re-embed job (text-embedding-3-small)\"];\n"
                  "  app [label=\"Search service\"];\n"
                  "  app -> m3; m4 -> app; j -> m3;\n"
                  "}\n",
                  &d);
  want_kind(ir, "m3", TMC_KIND_MODEL);
  want_kind(ir, "m4", TMC_KIND_MODEL);
  want_kind(ir, "j", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A store whose words say it keeps releases or adapters of a model named
 * beside its head is that model's registry, whatever it is drawn as. */
static void model_releases_are_registries(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  r1 [label=\"firmware releases bucket (keyword spotter + app)\"];\n"
                 "  r2 [label=\"LoRA adapters bucket (ranker)\", shape=box];\n"
                 "  s [label=\"Images bucket (uploads)\", shape=box];\n"
                 "  p [label=\"Payment adapters\", shape=cylinder];\n"
                 "  c [label=\"Carrier adapters (versioned)\", shape=cylinder];\n"
                 "  ota [label=\"OTA service\"];\n"
                 "  r1 -> ota; r2 -> ota; s -> ota; p -> ota; c -> ota;\n"
                 "}\n",
                 &d);
  want_kind(ir, "r1", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "r2", TMC_KIND_MODEL_REGISTRY);
  want_kind(ir, "s", TMC_KIND_DATA_STORE);
  /* software adapters, versioned or not, are no model's (review13) */
  want_kind(ir, "p", TMC_KIND_DATA_STORE);
  want_kind(ir, "c", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Training by its verbs and schedules: a fine-tuning run named as a job,
 * retraining and distilling, a fine-tune on a schedule or on the device
 * are training steps, whatever box runs them; a training set stays data. */
static void fine_tunes_and_retrains(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  p1 [label=\"Ray cluster: fine-tune run\"];\n"
                 "  p2 [label=\"nightly distillation (Airflow DAG)\", shape=component];\n"
                 "  p3 [label=\"Weekly fine-tune on the handset\", shape=box];\n"
                 "  d1 [label=\"Local training set (site C)\", shape=cylinder];\n"
                 "  d1 -> p1; d1 -> p2; d1 -> p3;\n"
                 "}\n",
                 &d);
  want_kind(ir, "p1", TMC_KIND_PIPELINE);
  want_kind(ir, "p2", TMC_KIND_PIPELINE);
  want_kind(ir, "p3", TMC_KIND_PIPELINE);
  want_kind(ir, "d1", TMC_KIND_DATASET);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* An LLM called with tools: a label naming the model and how it calls
 * tools is the LLM, whatever its head ("API", "function calling"); a tool
 * server the model uses and tools no model is named beside stay tools. */
static void llms_called_with_tools(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = classified("digraph G {\n"
                          "  u [label=\"Customer\", shape=box];\n"
                          "  p [label=\"Orders API\"];\n"
                          "  a [label=\"Claude 3.5 Sonnet API (tool use)\"];\n"
                          "  b [label=\"Llama 3 function calling endpoint\"];\n"
                          "  m [label=\"MCP tool server (Claude tools)\"];\n"
                          "  t [label=\"Jira tools\"];\n"
                          "  u -> p; p -> a; a -> m; p -> b; b -> t;\n"
                          "}\n",
                          &d);
  want_kind(ir, "a", TMC_KIND_LLM);
  want_kind(ir, "b", TMC_KIND_LLM);
  want_kind(ir, "m", TMC_KIND_AGENT_TOOL);
  want_kind(ir, "t", TMC_KIND_AGENT_TOOL);
  want_kind(ir, "p", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* callees15: what code talking to an LLM calls is its agent's tool when it
 * is named the way code names a callable, whatever words the caller uses
 * (a "Support bot backend" names no agent; it sends the LLM prompts and
 * gets its replies): a function led by a verb ("getWeather()", "cancel_booking"
 * with details after it), functions joined ("book_meeting + list_slots"), a
 * member ("github.create_issue"), a class named as a tool ("SendEmailTool"),
 * a kind of callable as a prefix or the end of its name ("function:
 * lookup_order", "Jira action"). A noun and a store's noun ("session_cache"),
 * a store drawn as one, and the same names on a page whose code only sends
 * to a model (no replies: nothing acts on its answers) stay what they were. */
static void agent_tools_by_who_calls_them(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  bot [label=\"Support bot backend\"];\n"
                 "  llm [label=\"GPT-4o (Azure OpenAI)\"];\n"
                 "  t1 [shape=box, label=\"getWeather()\"];\n"
                 "  t2 [shape=box, label=\"SendEmailTool\"];\n"
                 "  t3 [shape=box, label=\"Jira action\"];\n"
                 "  t4 [shape=box, label=\"function: lookup_order\"];\n"
                 "  t5 [shape=box, label=\"cancel_booking\\nBookings API wrapper\"];\n"
                 "  t6 [shape=box, label=\"book_meeting + list_slots\"];\n"
                 "  t7 [shape=box, label=\"github.create_issue\"];\n"
                 "  t8 [label=\"save_to_crm (HubSpot)\"];\n"
                 "  s1 [label=\"session_cache (Redis)\"];\n"
                 "  s2 [shape=cylinder, label=\"delete_requests\"];\n"
                 "  bot -> llm [label=\"prompt + tool schemas\"];\n"
                 "  llm -> bot [label=\"tool calls\"];\n"
                 "  bot -> t1; t1 -> bot; bot -> t2; bot -> t3; bot -> t4;\n"
                 "  bot -> t5; bot -> t6; bot -> t7; bot -> t8;\n"
                 "  bot -> s1; s1 -> bot; bot -> s2;\n"
                 "}\n",
                 &d);
  const char *tools[] = {"t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"};
  for (size_t i = 0; i < sizeof tools / sizeof *tools; i++) {
    want_kind(ir, tools[i], TMC_KIND_AGENT_TOOL);
    assert_int_equal(dot_el(ir, tools[i])->kind_source, TMC_SOURCE_FLOWS);
  }
  want_kind(ir, "bot", TMC_KIND_PROCESS);
  want_kind(ir, "s1", TMC_KIND_DATA_STORE);
  want_kind(ir, "s2", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* Through a gateway that does nothing else, the code that gets the
   * answers is the agent's side: the IDE plugin its words made a store
   * ("open files") is code, and what it calls by a function's name its
   * tools. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  ext [label=\"Copilot-style plugin\\nreads open files\"];\n"
                  "  gw [label=\"AI gateway (Portkey)\"];\n"
                  "  m [label=\"Claude 3.5 Sonnet\"];\n"
                  "  w [shape=box, label=\"writeFile()\"];\n"
                  "  ext -> gw; gw -> m; m -> gw; gw -> ext; ext -> w;\n"
                  "}\n",
                  &d);
  want_kind(ir, "w", TMC_KIND_AGENT_TOOL);
  assert_int_not_equal(dot_el(ir, "ext")->kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* A RAG service's retrieval step named like a function ("search_docs")
   * is a step the code always takes, not a tool the model chooses, unless
   * the service's talk with the LLM says tools; an action it calls
   * ("notify_owner") is the model's tool either way. */
  const char *rag[] = {"question + retrieved passages", "question + tool schemas"};
  for (int i = 0; i < 2; i++) {
    char dot[1024];
    snprintf(dot, sizeof dot,
             "digraph G {\n"
             "  svc [label=\"Answer service\"];\n"
             "  m [label=\"Mistral Large\"];\n"
             "  s [shape=box, label=\"search_docs\"];\n"
             "  n [shape=box, label=\"notify_owner\"];\n"
             "  ix [shape=cylinder, label=\"Policy documents\"];\n"
             "  svc -> m [label=\"%s\"]; m -> svc [label=\"answer\"];\n"
             "  svc -> s [label=\"question\"]; s -> ix; ix -> s; s -> svc;\n"
             "  svc -> n;\n"
             "}\n",
             rag[i]);
    d = (tmc_diags)TMC_DIAGS_INIT;
    ir = classified(dot, &d);
    if (i == 0)
      assert_int_not_equal(dot_el(ir, "s")->kind, TMC_KIND_AGENT_TOOL);
    else
      want_kind(ir, "s", TMC_KIND_AGENT_TOOL);
    want_kind(ir, "n", TMC_KIND_AGENT_TOOL);
    tmc_ir_free(ir);
    tmc_diags_free(&d);
  }

  /* Code that only sends a model text and gets nothing back acts on no
   * answer: what it calls stays what its drawing says. */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  job [label=\"Nightly report service\"];\n"
                  "  m [label=\"GPT-4o mini\"];\n"
                  "  r [shape=box, label=\"send_report\"];\n"
                  "  db [shape=cylinder, label=\"Reports\"];\n"
                  "  job -> m; job -> r; r -> db;\n"
                  "}\n",
                  &d);
  assert_int_not_equal(dot_el(ir, "r")->kind, TMC_KIND_AGENT_TOOL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* callees15: another organisation's interface by where it is drawn: an API
 * or a place others publish to or from (a portal, an SFTP drop) that no
 * boundary holds, on a page that draws its system in boundaries, at one end
 * of the flows (it only sends in, only receives, or only answers the one
 * element calling it), is theirs; so is a portal named with a vendor's word
 * on a page without boundaries. The system's own API inside its boundary,
 * and one outside that talks to several of its parts, stay its own. */
static void outside_interfaces_by_position(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir =
      classified("digraph G {\n"
                 "  subgraph cluster_vpc { label=\"Payments VPC\";\n"
                 "    svc [label=\"settlement-svc\"];\n"
                 "    api [label=\"Orders API\"];\n"
                 "    db [shape=cylinder, label=\"Ledger\"];\n"
                 "  }\n"
                 "  fx [label=\"Kraken Exchange REST API\"];\n"
                 "  met [label=\"Met Office DataPoint API\"];\n"
                 "  drop [label=\"Acquirer SFTP drop (daily settlement files)\"];\n"
                 "  rep [label=\"Reporting API\"];\n"
                 "  svc -> fx [label=\"quote request\"]; fx -> svc [label=\"rates\"];\n"
                 "  met -> svc [label=\"forecast\"];\n"
                 "  svc -> drop [label=\"settlement file\"];\n"
                 "  svc -> api; api -> db; svc -> db;\n"
                 "  rep -> api; rep -> db; db -> rep;\n"
                 "}\n",
                 &d);
  want_kind(ir, "fx", TMC_KIND_EXTERNAL);
  want_kind(ir, "met", TMC_KIND_EXTERNAL);
  want_kind(ir, "drop", TMC_KIND_EXTERNAL);
  want_kind(ir, "api", TMC_KIND_PROCESS);
  want_kind(ir, "rep", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = classified("digraph G {\n"
                  "  fw [shape=box, label=\"Acme firmware portal (vendor)\"];\n"
                  "  mirror [label=\"Firmware mirror job\"];\n"
                  "  own [label=\"Installer portal\"];\n"
                  "  fw -> mirror [label=\"signed images\"]; own -> mirror;\n"
                  "}\n",
                  &d);
  want_kind(ir, "fw", TMC_KIND_EXTERNAL);
  want_kind(ir, "own", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* mlkinds16 (B3): ML kinds by graph position, each in two wordings other
 * than the blind sets': a plain store a training step writes a model into
 * and a model loads from is the registry, the step (code reading data and
 * writing into the registry) the training pipeline, what it reads the
 * dataset; code loading its model from a registry that takes input and
 * answers, on a page drawing no model, is the model served (not a person
 * reading the registry, nor an API by its head); a store a step writes the
 * vectors an embedding model gave it into is the vector store (not "vector
 * tiles" on a page without a model); a store a job writes features into,
 * read by code that calls a model, is the feature store. */
static void ml_kinds_by_graph_position(void **state) {
  (void)state;
  const char *dot =
      "digraph G {\n"
      "  ev [label=\"clickstream warehouse\", shape=cylinder];\n"
      "  fit [label=\"rank-builder (Spark on Dataproc)\", shape=ellipse];\n"
      "  gcs [label=\"gs://acme-rank-artifacts (torchscript per run)\", "
      "shape=cylinder];\n"
      "  rk [label=\"ranking model\", shape=ellipse];\n"
      "  lake [label=\"feedback lake\", shape=cylinder];\n"
      "  tr [label=\"churn-fitter\", shape=ellipse];\n"
      "  share [label=\"artifact share\", shape=cylinder];\n"
      "  cm [label=\"churn classifier\", shape=ellipse];\n"
      "  web [label=\"storefront\", shape=box];\n"
      "  ev -> fit [label=\"90 days of sessions\"];\n"
      "  fit -> gcs [label=\"exported weights\"];\n"
      "  gcs -> rk [label=\"hot reload\"];\n"
      "  web -> rk [label=\"candidates\"]; rk -> web [label=\"ranked list\"];\n"
      "  lake -> tr [label=\"labelled rows\"];\n"
      "  tr -> share [label=\"model.onnx\"];\n"
      "  share -> cm [label=\"load on start\"];\n"
      "  web -> cm [label=\"account\"]; cm -> web [label=\"churn risk\"];\n"
      "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "gcs")->kind, TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(dot_el(ir, "gcs")->kind_source, TMC_SOURCE_FLOWS);
  assert_int_equal(dot_el(ir, "fit")->kind, TMC_KIND_PIPELINE);
  assert_int_equal(dot_el(ir, "ev")->kind, TMC_KIND_DATASET);
  assert_int_equal(dot_el(ir, "share")->kind, TMC_KIND_MODEL_REGISTRY);
  assert_int_equal(dot_el(ir, "tr")->kind, TMC_KIND_PIPELINE);
  assert_int_equal(dot_el(ir, "lake")->kind, TMC_KIND_DATASET);
  assert_int_equal(dot_el(ir, "web")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  /* Logs a training step reads are what it learns from (interaction logs,
   * search logs), unless a logging product keeps them; a store that also
   * serves the outside (media to viewers) is live content, not a dataset. */
  const char *logs = "digraph G {\n"
                     "  il [label=\"interaction logs (S3)\", shape=cylinder];\n"
                     "  sl [label=\"search logs\", shape=cylinder];\n"
                     "  media [label=\"thumbnails bucket\", shape=cylinder];\n"
                     "  v [label=\"Viewers\", shape=box];\n"
                     "  rt [label=\"weekly retrain\", shape=ellipse];\n"
                     "  reg [label=\"model registry\", shape=cylinder];\n"
                     "  il -> rt [label=\"weekly export\"];\n"
                     "  sl -> rt [label=\"last 30 days\"];\n"
                     "  media -> rt; media -> v [label=\"images\"];\n"
                     "  rt -> reg [label=\"new version\"];\n"
                     "}\n";
  ir = ir_analysed("t.dot", logs, strlen(logs), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "il")->kind, TMC_KIND_DATASET);
  assert_int_equal(dot_el(ir, "sl")->kind, TMC_KIND_DATASET);
  assert_int_equal(dot_el(ir, "media")->kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);

  /* The model served, by where it loads its model from. */
  const char *served =
      "digraph G {\n"
      "  reg [label=\"MLflow model registry\", shape=cylinder];\n"
      "  sc [label=\"txn-risk (gRPC, inference)\", shape=ellipse];\n"
      "  pay [label=\"Payments API\", shape=box];\n"
      "  ds [label=\"Data scientist\", shape=box];\n"
      "  dl [label=\"Model download API\", shape=box];\n"
      "  reg -> sc [label=\"Production version\"];\n"
      "  pay -> sc [label=\"transaction\"]; sc -> pay [label=\"risk score\"];\n"
      "  reg -> ds [label=\"pull candidate\"]; ds -> reg [label=\"promote\"];\n"
      "  ds -> pay [label=\"config\"];\n"
      "  reg -> dl [label=\"artifacts\"]; pay -> dl; dl -> pay;\n"
      "}\n";
  ir = ir_analysed("t.dot", served, strlen(served), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "sc")->kind, TMC_KIND_MODEL);
  assert_int_equal(dot_el(ir, "sc")->kind_source, TMC_SOURCE_FLOWS);
  assert_int_equal(dot_el(ir, "ds")->kind, TMC_KIND_EXTERNAL);
  assert_int_equal(dot_el(ir, "dl")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  /* ... and nothing is served where the page draws the model apart. */
  const char *drawn = "digraph G {\n"
                      "  reg [label=\"model registry\", shape=cylinder];\n"
                      "  sc [label=\"txn-risk (gRPC, inference)\", shape=ellipse];\n"
                      "  m [label=\"fraud classifier\", shape=ellipse];\n"
                      "  pay [label=\"Payments API\", shape=box];\n"
                      "  reg -> sc; pay -> sc; sc -> m; m -> sc; sc -> pay;\n"
                      "}\n";
  ir = ir_analysed("t.dot", drawn, strlen(drawn), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "sc")->kind, TMC_KIND_PROCESS);
  tmc_ir_free(ir);

  /* Vector stores and feature stores by what flows into them. */
  const char *stores =
      "digraph G {\n"
      "  docs [label=\"policy PDFs\", shape=cylinder];\n"
      "  sync [label=\"doc-sync\", shape=ellipse];\n"
      "  emb [label=\"bge-m3 embedder\", shape=ellipse];\n"
      "  es [label=\"Elasticsearch cluster\", shape=cylinder];\n"
      "  pg [label=\"Postgres (claims)\", shape=cylinder];\n"
      "  docs -> sync; sync -> emb [label=\"chunks\"];\n"
      "  emb -> sync [label=\"dense vectors\"];\n"
      "  sync -> es [label=\"bulk index: text + dense vectors\"];\n"
      "  sync -> pg [label=\"chunk embeddings\"];\n"
      "  agg [label=\"stream aggregator (Flink)\", shape=ellipse];\n"
      "  kv [label=\"Cassandra cluster\", shape=cylinder];\n"
      "  offer [label=\"offer service\", shape=box];\n"
      "  pm [label=\"propensity model\", shape=ellipse];\n"
      "  rd [label=\"Redis\", shape=cylinder];\n"
      "  agg -> kv [label=\"rolling 7-day features\"];\n"
      "  kv -> offer [label=\"lookup\"];\n"
      "  offer -> pm [label=\"feature vector\"]; pm -> offer [label=\"score\"];\n"
      "  agg -> rd [label=\"online features\"]; rd -> pm [label=\"customer row\"];\n"
      "  as [label=\"Aerospike cluster\", shape=cylinder];\n"
      "  cat [label=\"product catalogue\", shape=cylinder];\n"
      "  fit [label=\"nightly retrain\", shape=ellipse];\n"
      "  as -> offer [label=\"feature vector\"];\n"
      "  cat -> fit [label=\"item features\"]; cat -> pm [label=\"availability\"];\n"
      "}\n";
  ir = ir_analysed("t.dot", stores, strlen(stores), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "es")->kind, TMC_KIND_VECTOR_STORE);
  assert_int_equal(dot_el(ir, "pg")->kind, TMC_KIND_VECTOR_STORE);
  assert_int_equal(dot_el(ir, "kv")->kind, TMC_KIND_FEATURE_STORE);
  assert_int_equal(dot_el(ir, "rd")->kind, TMC_KIND_FEATURE_STORE);
  /* read out as the features of a scoring call; not a catalogue whose
   * item features a training step reads */
  assert_int_equal(dot_el(ir, "as")->kind, TMC_KIND_FEATURE_STORE);
  assert_true(dot_el(ir, "cat")->kind != TMC_KIND_FEATURE_STORE);
  assert_int_equal(dot_el(ir, "docs")->kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  /* No model on the page: vector tiles and feature releases are no ML. */
  const char *plain =
      "digraph G {\n"
      "  r [label=\"tile renderer\", shape=box];\n"
      "  c [label=\"tile cache\", shape=cylinder];\n"
      "  w [label=\"map viewer\", shape=box];\n"
      "  rel [label=\"release notes job\", shape=box];\n"
      "  db [label=\"release DB\", shape=cylinder];\n"
      "  r -> c [label=\"vector tiles (MVT)\"]; c -> w [label=\"tiles\"];\n"
      "  rel -> db [label=\"new features\"]; db -> w [label=\"changelog\"];\n"
      "}\n";
  ir = ir_analysed("t.dot", plain, strlen(plain), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "c")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(dot_el(ir, "db")->kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* mlkinds16 (B3): ML kinds by the words of their family, wordings other
 * than the blind sets': a voice (text-to-speech, by what it does or its
 * product) is a model, the vendor's; retrieval indexes by product are
 * vector stores; feature stores by product, and a label naming the feature
 * store over a head guessed among its words; registries by product. */
static void ml_kinds_by_their_family_words(void **state) {
  (void)state;
  static const struct {
    const char *label;
    bool store;
    tmc_kind want;
  } cases[] = {
      {"Amazon Polly neural voices", false, TMC_KIND_MODEL},
      {"ElevenLabs voice API", false, TMC_KIND_MODEL},
      {"Google Cloud Text-to-Speech (WaveNet)", false, TMC_KIND_MODEL},
      {"speech synthesis (Coqui TTS)", false, TMC_KIND_MODEL},
      {"Vertex AI Vector Search index", true, TMC_KIND_VECTOR_STORE},
      {"Product index\nVertex AI Search", true, TMC_KIND_VECTOR_STORE},
      {"Matching Engine deployed index", true, TMC_KIND_VECTOR_STORE},
      {"MongoDB Atlas Vector Search", true, TMC_KIND_VECTOR_STORE},
      {"Tecton online store", true, TMC_KIND_FEATURE_STORE},
      {"Hopsworks (online)", true, TMC_KIND_FEATURE_STORE},
      {"SageMaker Feature Store online", true, TMC_KIND_FEATURE_STORE},
      {"Watson Machine Learning repository", true, TMC_KIND_MODEL_REGISTRY},
      {"Databricks model registry (Unity Catalog models)", true, TMC_KIND_MODEL_REGISTRY},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    tmc_kind k = kind_of((spec){"x", cases[i].label, NULL, cases[i].store,
                                cases[i].store ? TMC_KIND_DATA_STORE : TMC_KIND_PROCESS});
    if (k != cases[i].want)
      fail_msg("'%s': %s, want %s", cases[i].label, tmc_kind_name(k),
               tmc_kind_name(cases[i].want));
  }
  /* A plain "Polly" is also .NET's retry library: no voice. */
  assert_int_equal(kind_of((spec){"p", "Polly retry policy", NULL, false, 0}),
                   TMC_KIND_PROCESS);
  /* A feature store named on a workload drawn as code, with a person's
   * word guessed among its details. */
  const char *dot = "digraph G {\n"
                    "  fs [label=\"Redis feature store\\nmember & merchant features\", "
                    "shape=component];\n"
                    "  j [label=\"aggregation job\", shape=component];\n"
                    "  j -> fs;\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "fs")->kind, TMC_KIND_FEATURE_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A store a feature store is filled from is a source, not a feature store:
 * "item features" out of a product database into Feast, "streaming
 * features" out of a clickstream topic into Tecton. The reader of a feature
 * vector is code that calls a model, never another store. */
static void feature_store_sources_stay_stores(void **state) {
  (void)state;
  const char *dot = "digraph G {\n"
                    "  pim [label=\"item master\\n(MySQL)\", shape=cylinder];\n"
                    "  topic [label=\"page views\\n(Pulsar topic)\", shape=cylinder];\n"
                    "  fs [label=\"Tecton\\nuser + item features\", shape=cylinder];\n"
                    "  m [label=\"XGBoost ranking model\"];\n"
                    "  api [label=\"storefront API\"];\n"
                    "  pim -> fs [label=\"item features\"];\n"
                    "  topic -> fs [label=\"streaming features\"];\n"
                    "  fs -> m [label=\"online features\"];\n"
                    "  api -> m [label=\"score request\"];\n"
                    "  m -> api [label=\"ranked items\"];\n"
                    "}\n";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
  assert_int_equal(dot_el(ir, "pim")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(dot_el(ir, "topic")->kind, TMC_KIND_DATA_STORE);
  assert_int_equal(dot_el(ir, "fs")->kind, TMC_KIND_FEATURE_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* review16 (mlkinds16's serves[]): a store a training step reads is its
 * dataset, unless it also serves the outside: creatives a browser loads,
 * installers customers download are the system's live content. The same
 * stores with nothing drawn to the outside are datasets. */
static void stores_serving_outsiders_stay_stores(void **state) {
  (void)state;
  static const char *const dots[] = {
      "digraph G { train [label=\"Nightly training job (PyTorch)\"];"
      " cr [label=\"Ad creatives\\n(S3 bucket)\", shape=cylinder];"
      " br [label=\"Shopper's browser\", shape=box];"
      " cr -> train; cr -> br [label=\"banner images\"]; }",
      "digraph G { fit [label=\"Weekly model retrain (SageMaker)\"];"
      " dl [label=\"Release downloads\\n(Azure Blob)\", shape=cylinder];"
      " cu [label=\"Customers\", shape=box];"
      " dl -> fit [label=\"crash dumps\"]; dl -> cu [label=\"installers\"]; }",
  };
  static const char *const stores[] = {"cr", "dl"};
  for (int i = 0; i < 2; i++)
    for (int served = 1; served >= 0; served--) {
      char dot[512];
      snprintf(dot, sizeof dot, "%s", dots[i]);
      if (!served) /* the flow to the outside cut out */
        *strrchr(dot, ';') = '\0', *strrchr(dot, ';') = '\0', strcat(dot, "; }");
      tmc_diags d = TMC_DIAGS_INIT;
      tmc_ir *ir = ir_analysed("t.dot", dot, strlen(dot), NULL, "classify", &d);
      if ((dot_el(ir, stores[i])->kind == TMC_KIND_DATASET) == served)
        fail_msg("%s is %s in %s", stores[i], tmc_kind_name(dot_el(ir, stores[i])->kind),
                 dot);
      tmc_ir_free(ir);
      tmc_diags_free(&d);
    }
}

/* sources16 (B1): a public index or hub others publish packages, images or
 * models to is the outside, whatever it is drawn as and whatever kind its
 * product word names, and an entry point where it sends in: conda-forge
 * beside a training job, Maven Central drawn as a cylinder, a record
 * naming TensorFlow Hub with the model taken from it, an Ollama library a
 * workstation pulls from. The system's own mirror of one stays its own
 * ("PyPI mirror (Nexus)", "Docker Hub proxy cache (Harbor)"), and a model
 * whose details name the hub it came from is that model. */
static void public_sources_are_outside(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  subgraph cluster_ml { label=\"ML account\";\n"
      "    train [label=\"Nightly retrain (Kubeflow)\"];\n"
      "    build [label=\"Gradle build agent\"];\n"
      "    ws [label=\"Analyst workstation\"];\n"
      "    cache [shape=cylinder, label=\"Docker Hub proxy cache (Harbor)\"];\n"
      "    pymirror [shape=box3d, label=\"PyPI mirror (Nexus)\"];\n"
      "    enc [label=\"BERT encoder (TensorFlow Hub)\"];\n"
      "  }\n"
      "  cf [shape=box, style=dashed, label=\"conda-forge\"];\n"
      "  mvn [shape=cylinder, label=\"Maven Central\"];\n"
      "  tfh [shape=record, label=\"{TF Hub|universal-sentence-encoder/4}\"];\n"
      "  oll [shape=box3d, label=\"Ollama library (public model registry)\"];\n"
      "  cf -> train [label=\"mamba install\"];\n"
      "  mvn -> build [label=\"dependencies\"];\n"
      "  tfh -> enc [label=\"hub.load()\"];\n"
      "  oll -> ws [label=\"ollama pull\"];\n"
      "  cache -> build [label=\"base image\"];\n"
      "  pymirror -> train [label=\"pip install\"];\n"
      "  enc -> train [label=\"embeddings\"];\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "cf", TMC_KIND_EXTERNAL);
  want_kind(ir, "mvn", TMC_KIND_EXTERNAL);
  want_kind(ir, "tfh", TMC_KIND_EXTERNAL);
  want_kind(ir, "oll", TMC_KIND_EXTERNAL);
  /* the system's own copies */
  assert_int_not_equal(dot_el(ir, "cache")->kind, TMC_KIND_EXTERNAL);
  assert_int_not_equal(dot_el(ir, "pymirror")->kind, TMC_KIND_EXTERNAL);
  want_kind(ir, "enc", TMC_KIND_MODEL);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  /* ... and each one that sends in is an entry point; the model a hub
   * hands its weights to answers nobody for it (no serving role) */
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", dot, sizeof dot - 1, NULL, "facts", &d);
  const char *const sources[] = {"cf", "mvn", "tfh", "oll"};
  for (size_t i = 0; i < sizeof sources / sizeof *sources; i++) {
    const tmc_element *e = dot_el(ir, sources[i]);
    if (!e->facts.is_entry || !e->facts.outside_source || e->facts.person)
      fail_msg("'%s': entry %d, outside source %d, person %d", e->label,
               e->facts.is_entry, e->facts.outside_source, e->facts.person);
  }
  assert_false(TMC_ROLESET_HAS(dot_el(ir, "enc")->roles, TMC_ROLE_SERVING_ENDPOINT));
  assert_true(dot_el(ir, "enc")->facts.takes_outside_models ||
              dot_el(ir, "train")->facts.takes_outside_models);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* sources16 (B2): the people who own, curate, label, review or assess
 * what a system holds are outsiders (an external entity, an entry point
 * where they send in), drawn as plain text, an oval or a box inside the
 * company's own zone: information asset owners, lead annotators and SMEs,
 * human evaluators working in an eval tool, QA reviewers, an admissions
 * office, proctors. A system's back office and an EDI translator stay
 * processes. */
static void people_who_curate_and_review(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  subgraph cluster_corp { label=\"Corporate network\";\n"
      "    qa [shape=box, label=\"QA reviewers\"];\n"
      "    cat [label=\"Metadata catalog\"];\n"
      "    store [shape=cylinder, label=\"Eval results\"];\n"
      "    admin [label=\"Back office (Rails admin)\"];\n"
      "    edi [label=\"EDI translator (X12)\"];\n"
      "    lms [label=\"Course platform\"];\n"
      "  }\n"
      "  own [shape=plaintext, label=\"Information asset owners\\n(approve "
      "access)\"];\n"
      "  sme [shape=box, label=\"Lead annotators / SMEs\"];\n"
      "  evals [shape=oval, label=\"Human evaluators\\n(rate answers in the eval "
      "tool)\"];\n"
      "  adm [shape=box, label=\"Admissions office\"];\n"
      "  proc [label=\"Proctors\"];\n"
      "  own -> cat [label=\"approve\"];\n"
      "  sme -> store [label=\"gold labels\"];\n"
      "  evals -> store [label=\"ratings\"];\n"
      "  qa -> store [label=\"verdicts\"];\n"
      "  adm -> lms [label=\"enrolments\"];\n"
      "  proc -> lms [label=\"incident notes\"];\n"
      "  admin -> store; edi -> cat;\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  const char *const people[] = {"own", "sme", "evals", "qa", "adm", "proc"};
  for (size_t i = 0; i < sizeof people / sizeof *people; i++)
    want_kind(ir, people[i], TMC_KIND_EXTERNAL);
  want_kind(ir, "admin", TMC_KIND_PROCESS);
  want_kind(ir, "edi", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", dot, sizeof dot - 1, NULL, "facts", &d);
  for (size_t i = 0; i < sizeof people / sizeof *people; i++) {
    if (!dot_el(ir, people[i])->facts.is_entry)
      fail_msg("'%s' is no entry point", dot_el(ir, people[i])->label);
    /* review16: and people by the same words (words.yaml lists them once,
     * &data_people, for the heads and the people list) */
    if (!dot_el(ir, people[i])->facts.person)
      fail_msg("'%s' is no person", dot_el(ir, people[i])->label);
  }
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* sources16 (B1): a payment service provider and a public body's API are
 * outside parties: the provider by its name or by the page it hosts (and
 * an entry point where it notifies the system of the outcome), the body by
 * the name line above the interface drawn ("Customs | declarations
 * API", "HMRC\nMaking Tax Digital API"). The system's own "Customer API"
 * and its certificate authority stay processes. */
/* kinds17b (K4): a key and its value on a detail line ("owner: IT infra",
 * "team: payments", "on-call: #sre") is the box's metadata: its key is no
 * head noun ("owner" would read the box as a person outside). */
static void metadata_lines_name_nothing(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  a [shape=record, label=\"{Billing API|Go 1.22 service|Owner: payments "
      "team}\"];\n"
      "  b [label=\"Checkout\\nNode.js web app\\nmaintainer: web squad\\non-call: "
      "#web\"];\n"
      "  c [shape=record, label=\"{Orders DB|PostgreSQL 15|steward: finance ops}\"];\n"
      "  a -> c; b -> a;\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "a", TMC_KIND_PROCESS);
  want_kind(ir, "b", TMC_KIND_PROCESS);
  want_kind(ir, "c", TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* kinds17b (K3): a store of secrets listing the environment variables it
 * holds ("ANTHROPIC_API_KEY", "HF_TOKEN") is that store: a vendor named in a
 * key's name is no model word. */
static void key_names_name_no_vendor(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  a [label=\"AWS Secrets Manager ANTHROPIC_API_KEY, STRIPE_SECRET_KEY, "
      "DB_PASSWORD\"];\n"
      "  b [label=\"Key Vault GEMINI_API_KEY \xC2\xB7 HF_TOKEN \xC2\xB7 "
      "SLACK_BOT_TOKEN\"];\n"
      "  d [label=\"Chat service\"];\n"
      "  d -> a; d -> b;\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "a", TMC_KIND_DATA_STORE);
  want_kind(ir, "b", TMC_KIND_DATA_STORE);
  want_kind(ir, "d", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* kinds17b (K2): a people word leading a store's name modifies what
 * follows ("User sessions Redis", "Guest preferences Firestore"): the box
 * is the store its product names, whose holder the word says; also beyond
 * a chat service that relays an LLM's answers to it. */
static void people_words_as_modifiers(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  b [label=\"User sessions Redis \xC2\xB7 sessions:{userId}\"];\n"
      "  g [label=\"Guest preferences Firestore \xC2\xB7 prefs/{guestId}\"];\n"
      "  e [label=\"Shopper carts MongoDB Atlas \xC2\xB7 carts\"];\n"
      "  m [label=\"Member notes Cloud SQL for MySQL \xC2\xB7 EU\"];\n"
      "  s [label=\"Chat service\"];\n"
      "  r [label=\"chat-svc Node.js 20\"];\n"
      "  l [label=\"GPT-4o mini (Azure OpenAI)\"];\n"
      "  s -> b; b -> s; s -> g; g -> s; s -> e;\n"
      "  r -> l; l -> r; r -> m; m -> r;\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "b", TMC_KIND_DATA_STORE);
  want_kind(ir, "g", TMC_KIND_DATA_STORE);
  want_kind(ir, "e", TMC_KIND_DATA_STORE);
  want_kind(ir, "m", TMC_KIND_DATA_STORE);
  want_kind(ir, "r", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* kinds17b (K6): a product whose name holds a preposition ("Google
 * Workspace for Education Directory API", "CrowdStrike Falcon for Mobile
 * RTR API") is headed by the interface word ending its name, where nothing
 * before the preposition is a head; a head before it still decides. */
static void product_names_with_prepositions(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  b [label=\"Google Workspace for Education Directory API\"];\n"
      "  f [label=\"CrowdStrike Falcon for Mobile RTR API\"];\n"
      "  c [label=\"Gateway for model serving\"];\n"
      "  s [label=\"Sync service\"];\n"
      "  s -> b; s -> f; s -> c;\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "b", TMC_KIND_PROCESS);
  want_kind(ir, "f", TMC_KIND_PROCESS);
  want_kind(ir, "c", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* kinds17b (K1): a cloud's model catalog serving another vendor's LLM
 * family per call ("Llama 3.1 405B watsonx.ai serverless API", "Mistral
 * Small GitHub Models API") is that LLM, also drawn outside every cluster. */
static void model_catalog_apis_are_llms(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  subgraph cluster_a { label=\"AWS account prod\";\n"
      "    app [label=\"Triage service\", shape=box];\n"
      "    db [label=\"Alerts store\", shape=cylinder];\n"
      "    q [label=\"Queue worker\", shape=box]; }\n"
      "  l1 [label=\"Llama 3.1 405B watsonx.ai serverless API\", shape=box];\n"
      "  l2 [label=\"Mistral Small GitHub Models API\", shape=box];\n"
      "  app -> l1; l1 -> app; app -> l2; l2 -> app; app -> db; q -> app;\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "l1", TMC_KIND_LLM);
  want_kind(ir, "l2", TMC_KIND_LLM);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void providers_and_public_bodies(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  static const char dot[] =
      "digraph G {\n"
      "  shoppers [label=\"Shoppers\", shape=oval];\n"
      "  shop [label=\"checkout-svc (Go)\"];\n"
      "  mollie [shape=record, label=\"{Mollie|hosted checkout}\"];\n"
      "  xpay [label=\"Nexi XPay\\nhosted payment page\"];\n"
      "  customs [shape=record, label=\"{Customs|declarations API (REST)}\"];\n"
      "  hmrc [label=\"HMRC\\nMaking Tax Digital API\"];\n"
      "  capi [label=\"Customer API\\nREST, OAuth\"];\n"
      "  ca [label=\"Certificate authority (step-ca)\"];\n"
      "  shoppers -> mollie [label=\"card details\"];\n"
      "  mollie -> shop [label=\"payment status webhook\"];\n"
      "  shoppers -> xpay [label=\"card\"]; xpay -> shop [label=\"IPN\"];\n"
      "  shop -> customs [label=\"declaration\"];\n"
      "  shop -> hmrc [label=\"VAT return\"];\n"
      "  shoppers -> capi; capi -> shop; ca -> shop [label=\"certificates\"];\n"
      "}\n";
  tmc_ir *ir = classified(dot, &d);
  want_kind(ir, "mollie", TMC_KIND_EXTERNAL);
  want_kind(ir, "xpay", TMC_KIND_EXTERNAL);
  want_kind(ir, "customs", TMC_KIND_EXTERNAL);
  want_kind(ir, "hmrc", TMC_KIND_EXTERNAL);
  want_kind(ir, "capi", TMC_KIND_PROCESS);
  want_kind(ir, "ca", TMC_KIND_PROCESS);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  ir = ir_analysed("t.dot", dot, sizeof dot - 1, NULL, "reach", &d);
  assert_true(dot_el(ir, "mollie")->facts.is_entry);
  assert_true(dot_el(ir, "xpay")->facts.is_entry);
  assert_false(dot_el(ir, "customs")->facts.is_entry); /* only reported to */
  tmc_ir_free(ir);
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
      cmocka_unit_test(every_stencil_row_is_found),
      cmocka_unit_test(unknown_stencil_falls_back_with_a_note),
      cmocka_unit_test(head_noun_decides),
      cmocka_unit_test(name_line_decides),
      cmocka_unit_test(operators_people_and_devices),
      cmocka_unit_test(convention_per_page),
      cmocka_unit_test(words_outvote_shapes_nobody_chose),
      cmocka_unit_test(coin_toss_warns),
      cmocka_unit_test(technology_and_tech_attribute),
      cmocka_unit_test(hosted_services_and_wikis),
      cmocka_unit_test(named_by_product_or_vendor),
      cmocka_unit_test(monitoring_icon_named_part),
      cmocka_unit_test(data_lakes_are_stores),
      cmocka_unit_test(steps_outside_documents_and_client_words),
      cmocka_unit_test(people_roles_are_people),
      cmocka_unit_test(vendors_people_and_the_web),
      cmocka_unit_test(agents_holders_steps_and_training),

      cmocka_unit_test(boxes_in_own_zone_are_components),
      cmocka_unit_test(own_zone_box_yields_to_words),
      cmocka_unit_test(zone_words_beat_people_words_in_zone_names),
      cmocka_unit_test(outside_every_cluster_is_the_outside),
      cmocka_unit_test(clouds_are_the_outside),
      cmocka_unit_test(word_families_generalize),
      cmocka_unit_test(drawings_people_draw),
      cmocka_unit_test(icons_back_what_their_words_refine),
      cmocka_unit_test(loose_shapes_and_devices),
      cmocka_unit_test(plcs_saas_and_office_files),
      cmocka_unit_test(model_servers_beat_service_heads),
      cmocka_unit_test(triton_serves_a_model),
      cmocka_unit_test(pricing_models_are_models),
      cmocka_unit_test(dfd_process_numbers),
      cmocka_unit_test(platform_jobs_and_their_data),
      cmocka_unit_test(vendor_code_on_own_compute),
      cmocka_unit_test(counts_are_no_words),
      cmocka_unit_test(key_files_name_no_model),
      cmocka_unit_test(key_stores_beat_vendor_qualifiers),
      cmocka_unit_test(stores_of_model_versions),
      cmocka_unit_test(inference_runtimes_are_the_model),
      cmocka_unit_test(loose_shapes_yield_to_words),
      cmocka_unit_test(ai_parts_by_their_words),
      cmocka_unit_test(llm_inference_servers),
      cmocka_unit_test(numbers_and_type_tags),
      cmocka_unit_test(tool_servers_hold_tools),
      cmocka_unit_test(banks_interfaces_are_theirs),
      cmocka_unit_test(ocr_engines_are_models),
      cmocka_unit_test(heaviest_kind_word),
      cmocka_unit_test(named_models_are_models),
      cmocka_unit_test(model_releases_are_registries),
      cmocka_unit_test(fine_tunes_and_retrains),
      cmocka_unit_test(dfd_processes_named_by_task),  /* models15 */
      cmocka_unit_test(models_named_by_architecture), /* models15 */
      cmocka_unit_test(llms_called_with_tools),
      cmocka_unit_test(agent_tools_by_who_calls_them),
      cmocka_unit_test(outside_interfaces_by_position),
      cmocka_unit_test(ml_kinds_by_graph_position),     /* mlkinds16 */
      cmocka_unit_test(ml_kinds_by_their_family_words), /* mlkinds16 */
      cmocka_unit_test(feature_store_sources_stay_stores),
      cmocka_unit_test(stores_serving_outsiders_stay_stores), /* review16 */
      cmocka_unit_test(public_sources_are_outside),           /* sources16 */
      cmocka_unit_test(people_who_curate_and_review),         /* sources16 */
      cmocka_unit_test(providers_and_public_bodies),          /* sources16 */
      cmocka_unit_test(metadata_lines_name_nothing),          /* kinds17b */
      cmocka_unit_test(key_names_name_no_vendor),             /* kinds17b */
      cmocka_unit_test(people_words_as_modifiers),            /* kinds17b */
      cmocka_unit_test(product_names_with_prepositions),      /* kinds17b */
      cmocka_unit_test(model_catalog_apis_are_llms),          /* kinds17b */
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
