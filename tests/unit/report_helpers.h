/* report_helpers.h - what a diagram's JSON report says, in a form that does
 * not depend on the order its elements were declared in, for determinism
 * tests: the same diagram with its statements permuted must give the same
 * text.
 *
 * The one idea: indices and line numbers move with the order, names do
 * not. Each element is one line keyed by its id (kind, roles with their
 * source and evidence, entry and asset), each finding one line keyed by its
 * rule and target name (title, severity, score, status, grouped rules, ATLAS
 * and OWASP ids); the lines are sorted.
 *
 * Ownership: report_canon returns a malloc'd string the caller frees. */
#ifndef TMC_TEST_REPORT_HELPERS_H
#define TMC_TEST_REPORT_HELPERS_H

#include <stdlib.h>
#include <string.h>

#include "backends/backends.h"
#include "ir/jsonread.h"
#include "ir/util.h"

/* A JSON value as text, object keys in their order (the back end's). */
static inline void canon_value(tmc_buf *b, const tmc_jv *v) {
  if (!v) {
    tmc_buf_puts(b, "-");
    return;
  }
  switch (v->t) {
  case TMC_JV_NULL:
    tmc_buf_puts(b, "null");
    break;
  case TMC_JV_BOOL:
    tmc_buf_puts(b, v->b ? "true" : "false");
    break;
  case TMC_JV_NUM:
    tmc_buf_printf(b, "%g", v->num);
    break;
  case TMC_JV_STR:
    tmc_buf_printf(b, "\"%s\"", v->str);
    break;
  case TMC_JV_ARR:
  case TMC_JV_OBJ:
    tmc_buf_puts(b, v->t == TMC_JV_ARR ? "[" : "{");
    for (size_t i = 0; i < v->n; i++) {
      if (i)
        tmc_buf_puts(b, ",");
      if (v->t == TMC_JV_OBJ)
        tmc_buf_printf(b, "%s:", v->keys[i]);
      canon_value(b, v->items[i]);
    }
    tmc_buf_puts(b, v->t == TMC_JV_ARR ? "]" : "}");
    break;
  }
}

static inline int canon_by_line(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The JSON report of an analysed IR, canonical (see the top of the file). */
static inline char *report_canon(const tmc_ir *ir, const tmc_catalog *c) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_buf json = TMC_BUF_INIT, line = TMC_BUF_INIT, out = TMC_BUF_INIT;
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = c;
  if (tmc_backend_json(&json, ir, &ctx, &d) < 0 || !json.data)
    abort();
  uint32_t el = 0, ec = 0;
  tmc_jv *v = tmc_jv_parse(json.data, &el, &ec);
  if (!v)
    abort();
  const tmc_jv *elements = tmc_jv_get(v, "elements"),
               *findings = tmc_jv_get(v, "findings");
  size_t ne = elements ? elements->n : 0, nf = findings ? findings->n : 0;
  char **lines = tmc_xcalloc(ne + nf + 1, sizeof *lines);
  size_t n = 0;
  static const char *const el_keys[] = {"kind", "roles", "facts/entry", "facts/asset",
                                        "facts/entry_evidence"};
  /* not the evidence: where several outsiders reach a target it names the
   * one a breadth-first walk met first, which is the same fact in other
   * words */
  static const char *const f_keys[] = {"title",   "severity", "score", "status",
                                       "grouped", "atlas",    "owasp"};
  for (size_t i = 0; i < ne; i++) {
    tmc_buf_clear(&line);
    tmc_buf_printf(&line, "element %s", tmc_jv_str(elements->items[i], "id"));
    for (size_t k = 0; k < sizeof el_keys / sizeof *el_keys; k++) {
      tmc_buf_printf(&line, " %s=", el_keys[k]);
      canon_value(&line, tmc_jv_get(elements->items[i], el_keys[k]));
    }
    lines[n++] = tmc_xstrdup(line.data);
  }
  for (size_t i = 0; i < nf; i++) {
    tmc_buf_clear(&line);
    tmc_buf_printf(&line, "finding %s on %s", tmc_jv_str(findings->items[i], "rule"),
                   tmc_jv_str(findings->items[i], "target_name"));
    for (size_t k = 0; k < sizeof f_keys / sizeof *f_keys; k++) {
      tmc_buf_printf(&line, " %s=", f_keys[k]);
      canon_value(&line, tmc_jv_get(findings->items[i], f_keys[k]));
    }
    lines[n++] = tmc_xstrdup(line.data);
  }
  qsort(lines, n, sizeof *lines, canon_by_line);
  for (size_t i = 0; i < n; i++) {
    tmc_buf_printf(&out, "%s\n", lines[i]);
    free(lines[i]);
  }
  free(lines);
  tmc_jv_free(v);
  tmc_buf_free(&json);
  tmc_buf_free(&line);
  tmc_diags_free(&d);
  return tmc_buf_detach(&out);
}

#endif
