/* ir_helpers.h - building IRs in unit tests, one way each: from DOT or
 * draw.io text (the format is detected, as for the command line), from text
 * analysed by the pipeline (tmc_analyse, with the IR checker), or by hand
 * with a page and a few elements and flows. Include after <cmocka.h>.
 *
 * Ownership: every IR returned is the caller's, freed with tmc_ir_free. */
#ifndef TMC_TEST_IR_HELPERS_H
#define TMC_TEST_IR_HELPERS_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "passes/passes.h"

/* Parses len bytes of text named name; the parse must succeed (its
 * diagnostics are printed when it does not). Warnings stay in d. */
static inline tmc_ir *ir_parse(const char *name, const char *text, size_t len,
                               tmc_diags *d) {
  tmc_ir *ir = NULL;
  int rc = tmc_frontend_parse(&ir, name, text, len, NULL, d);
  if (rc != 0)
    tmc_diags_print(d, stderr, false);
  assert_int_equal(rc, 0);
  assert_non_null(ir);
  return ir;
}

/* Parses text and runs the pipeline with catalog cat (NULL: none) up to and
 * including the pass upto (NULL: all of them), checking the IR after the
 * front end and every pass; every step must succeed. */
static inline tmc_ir *ir_analysed(const char *name, const char *text, size_t len,
                                  const tmc_catalog *cat, const char *upto,
                                  tmc_diags *d) {
  tmc_ir *ir = ir_parse(name, text, len, d);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.catalog = cat;
  int rc = tmc_analyse(ir, &po, upto, d);
  if (rc != 0)
    tmc_diags_print(d, stderr, false);
  assert_int_equal(rc, 0);
  return ir;
}

/* By hand: an empty IR for file with one page, as if the front end named
 * format ("dot", "drawio"; NULL: none) had read it. */
static inline tmc_ir *ir_by_hand(const char *file, const char *page, const char *format) {
  tmc_ir *ir = tmc_ir_new(file);
  if (format) {
    const tmc_frontend *fe = tmc_frontend_find(format);
    assert_non_null(fe);
    ir->format = &fe->format;
  }
  tmc_ir_add_page(ir, page);
  return ir;
}

/* An element on page 0 with a label (copied), a kind and a boundary. */
static inline uint32_t ir_el(tmc_ir *ir, const char *id, const char *label, tmc_kind kind,
                             uint32_t boundary) {
  uint32_t i = tmc_ir_add_element(ir, 0, id);
  ir->elements[i].label = tmc_arena_strdup(ir->arena, label);
  ir->elements[i].kind = kind;
  ir->elements[i].boundary = boundary;
  return i;
}

/* A flow on page 0 with id "src -> dst", as the DOT front end names it, and
 * a label (copied). */
static inline uint32_t ir_fl(tmc_ir *ir, uint32_t src, uint32_t dst, const char *label) {
  uint32_t i = tmc_ir_add_flow(ir, 0, src, dst);
  ir->flows[i].id =
      tmc_arena_printf(ir->arena, "%s -> %s", ir->elements[src].id, ir->elements[dst].id);
  ir->flows[i].label = tmc_arena_strdup(ir->arena, label);
  return i;
}

/* The element with this id on any page (a Threat Dragon model or a Markdown
 * file has several); the test fails when there is none. */
static inline const tmc_element *ir_element(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return &ir->elements[i];
  fail_msg("no element '%s'", id);
  return NULL;
}

/* A property's value, "(none)" when absent, for assert_string_equal. */
static inline const char *ir_prop(const tmc_props *p, const char *key) {
  const char *v = tmc_props_get(p, key);
  return v ? v : "(none)";
}

/* Calls fn(path, data, len, ctx) for every .dot and .drawio file in each of
 * the n directories sets names (one that does not exist is skipped), in
 * readdir order, with the file's bytes (at most 1 MB; a bigger file fails
 * the test rather than be cut) in a buffer valid until fn returns (the next
 * file reuses it). Returns how many files fn was called for. */
typedef void ir_diagram_fn(const char *path, const char *data, size_t len, void *ctx);
static inline int for_each_diagram(const char *const *sets, size_t n, ir_diagram_fn *fn,
                                   void *ctx) {
  enum { max = 1 << 20 };
  int seen = 0;
  char *data = malloc(max + 1);
  assert_non_null(data);
  for (size_t k = 0; k < n; k++) {
    DIR *dir = opendir(sets[k]);
    if (!dir)
      continue;
    for (struct dirent *de; (de = readdir(dir)) != NULL;) {
      size_t l = strlen(de->d_name);
      bool dot = l > 4 && strcmp(de->d_name + l - 4, ".dot") == 0;
      bool drawio = l > 7 && strcmp(de->d_name + l - 7, ".drawio") == 0;
      if (!dot && !drawio)
        continue;
      char path[512];
      snprintf(path, sizeof path, "%s/%s", sets[k], de->d_name);
      FILE *fp = fopen(path, "rb");
      assert_non_null(fp);
      size_t len = fread(data, 1, max + 1, fp);
      fclose(fp);
      if (len > max)
        fail_msg("%s: bigger than the walk's 1 MB buffer", path);
      fn(path, data, len, ctx);
      seen++;
    }
    closedir(dir);
  }
  free(data);
  return seen;
}

/* Whether ir has a flow from the element with id src to the one with id dst. */
static inline bool ir_has_flow(const tmc_ir *ir, const char *src, const char *dst) {
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (strcmp(ir->elements[ir->flows[i].src].id, src) == 0 &&
        strcmp(ir->elements[ir->flows[i].dst].id, dst) == 0)
      return true;
  return false;
}

/* Whether ir has a trust boundary with this id. */
static inline bool ir_has_boundary(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (strcmp(ir->boundaries[i].id, id) == 0)
      return true;
  return false;
}

#endif
