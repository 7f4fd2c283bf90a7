/* plan.c - the validation plan, machine-readable (issue #20): `-o
 * NAME.plan.json` / `-T plan` and `-o NAME.plan.yaml` / `-T plan-yaml`, for a
 * CI job that turns each test into a red-team run. One item per test of the
 * validate pass (ir->vplan), in plan order: its stable id, the tool and the
 * version its names were checked against, the probes or attack classes, what
 * success means, where to point it (target, entry point, endpoint, by id and
 * name) and the findings it confirms or refutes (rule, fingerprint, where).
 *
 * The one idea: one tree, two spellings. The writer below is called the same
 * way for both formats and spells maps and lists as JSON or as block YAML
 * (every string double-quoted with JSON escapes, which YAML reads the same),
 * so the two files cannot say different things. */
#include "backends/backends.h"
#include "backends/escape.h"
#include "catalog/validation.h"

#include <string.h>

enum { MAX_DEPTH = 8 };

typedef struct pw {
  tmc_buf *b;
  bool yaml;
  int depth;
  bool list[MAX_DEPTH];  /* the container at this depth is a list */
  uint32_t n[MAX_DEPTH]; /* items written into it so far */
  bool dash; /* YAML: a list item's "- " is written, its first key goes here */
} pw;

static void indent(pw *w, int depth) {
  for (int i = 0; i < depth; i++)
    tmc_buf_puts(w->b, "  ");
}

/* Starts an item of the current container: a key in a map (k non-NULL) or
 * an item in a list. */
static void item(pw *w, const char *k) {
  int d = w->depth;
  if (!w->yaml) {
    tmc_buf_puts(w->b, w->n[d]++ ? ",\n" : "\n");
    indent(w, d + 1);
    if (k) {
      tmc_json_str(w->b, k);
      tmc_buf_puts(w->b, ": ");
    }
    return;
  }
  w->n[d]++;
  if (w->dash) /* the first key of a map that is a list item */
    w->dash = false;
  else {
    tmc_buf_putc(w->b, '\n');
    indent(w, d - 1 > 0 ? d - 1 : 0);
  }
  if (k) {
    tmc_buf_puts(w->b, k); /* keys are ours: plain words */
    tmc_buf_puts(w->b, ":");
  } else
    tmc_buf_puts(w->b, "-");
}

static void open_(pw *w, const char *k, bool list, uint32_t count) {
  if (w->depth >= 0)
    item(w, k);
  if (!w->yaml)
    tmc_buf_putc(w->b, list ? '[' : '{');
  else if (w->depth >= 0 && !count)
    tmc_buf_puts(w->b, list ? " []" : " {}");
  else if (w->depth >= 0 && !k && !list) { /* a map as a list item: "- key: ..." */
    tmc_buf_putc(w->b, ' ');
    w->dash = true;
  }
  w->depth++;
  w->list[w->depth] = list;
  w->n[w->depth] = 0;
}

static void close_(pw *w) {
  int d = w->depth--;
  if (!w->yaml) {
    if (w->n[d]) {
      tmc_buf_putc(w->b, '\n');
      indent(w, d);
    }
    tmc_buf_putc(w->b, w->list[d] ? ']' : '}');
  }
}

static void str(pw *w, const char *k, const char *v) {
  item(w, k);
  if (w->yaml)
    tmc_buf_putc(w->b, ' ');
  if (v)
    tmc_json_str(w->b, v);
  else
    tmc_buf_puts(w->b, "null");
}

static void num(pw *w, const char *k, long long v) {
  item(w, k);
  tmc_buf_printf(w->b, "%s%lld", w->yaml ? " " : "", v);
}

static void strs(pw *w, const char *k, const tmc_strlist *l) {
  item(w, k);
  tmc_buf_puts(w->b, w->yaml ? " [" : "[");
  for (uint32_t i = 0; i < l->n; i++) {
    if (i)
      tmc_buf_puts(w->b, ", ");
    tmc_json_str(w->b, l->v[i]);
  }
  tmc_buf_putc(w->b, ']');
}

static void element(pw *w, const char *k, const tmc_ir *ir, uint32_t e) {
  if (e == TMC_NONE) {
    str(w, k, NULL);
    return;
  }
  const tmc_element *el = &ir->elements[e];
  open_(w, k, false, 1);
  str(w, "id", el->qname);
  str(w, "name", tmc_element_name(el));
  str(w, "kind", tmc_kind_name(el->kind));
  close_(w);
}

static void write_plan(pw *w, const tmc_ir *ir, const tmc_report_ctx *ctx) {
  const tmc_catalog *cat = ctx ? ctx->catalog : NULL;
  w->depth = -1;
  open_(w, NULL, false, 1);
  str(w, "tmc", TMC_VERSION);
  str(w, "input", ctx && ctx->input_uri ? ctx->input_uri : ir->file);
  str(w, "catalog", cat ? tmc_catalog_version(cat) : "none");
  /* The tools the plan uses, once each, in catalog order. */
  uint32_t nt = 0;
  for (uint32_t t = 0; cat && t < tmc_catalog_n_tools(cat); t++)
    for (uint32_t i = 0; i < ir->n_vplan; i++)
      if (((const tmc_validation *)ir->vplan[i].how)->tool ==
          tmc_catalog_tool_at(cat, t)) {
        nt++;
        break;
      }
  open_(w, "tools", true, nt);
  for (uint32_t t = 0; cat && t < tmc_catalog_n_tools(cat); t++) {
    const tmc_tool *tool = tmc_catalog_tool_at(cat, t);
    bool used = false;
    for (uint32_t i = 0; i < ir->n_vplan && !used; i++)
      used = ((const tmc_validation *)ir->vplan[i].how)->tool == tool;
    if (!used)
      continue;
    open_(w, NULL, false, 1);
    str(w, "id", tool->id);
    str(w, "title", tool->title);
    str(w, "version", tool->version);
    str(w, "url", tool->url);
    close_(w);
  }
  close_(w);
  open_(w, "plan", true, ir->n_vplan);
  for (uint32_t i = 0; i < ir->n_vplan; i++) {
    const tmc_vitem *it = &ir->vplan[i];
    const tmc_validation *how = it->how;
    open_(w, NULL, false, 1);
    str(w, "id", it->id);
    str(w, "validation", how->id);
    str(w, "title", how->title);
    str(w, "tool", how->tool->id);
    str(w, "toolVersion", how->tool->version);
    str(w, "mode", tmc_vmode_name(how->mode));
    if (how->module)
      str(w, "module", how->module);
    strs(w, "attack", &how->attack);
    if (how->probes)
      str(w, "probes", how->probes);
    str(w, "detector", how->detector);
    str(w, "success", how->success);
    element(w, "target", ir, it->target);
    element(w, "entry", ir, it->entry);
    element(w, "endpoint", ir, it->endpoint);
    num(w, "risk", it->risk);
    open_(w, "findings", true, it->n_findings);
    for (uint32_t k = 0; k < it->n_findings; k++) {
      const tmc_finding *f = &ir->findings[it->findings[k]];
      open_(w, NULL, false, 1);
      str(w, "rule", f->rule_id);
      str(w, "title", f->title);
      str(w, "where", tmc_ir_target_name(ir, f->target_kind, f->target));
      str(w, "severity", tmc_severity_name(f->severity));
      num(w, "score", f->score);
      if (f->fingerprint)
        str(w, "fingerprint", f->fingerprint);
      strs(w, "atlas", &f->atlas);
      strs(w, "owasp", &f->owasp);
      close_(w);
    }
    close_(w);
    close_(w);
  }
  close_(w);
  close_(w);
  tmc_buf_putc(w->b, '\n');
}

int tmc_backend_plan_json(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                          tmc_diags *d) {
  (void)d;
  pw w = {.b = out, .yaml = false};
  write_plan(&w, ir, ctx);
  return 0;
}

int tmc_backend_plan_yaml(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                          tmc_diags *d) {
  (void)d;
  pw w = {.b = out, .yaml = true};
  tmc_buf_puts(out,
               "# tmc validation plan: the red-team tests that confirm or refute the "
               "open AI findings");
  write_plan(&w, ir, ctx);
  return 0;
}
