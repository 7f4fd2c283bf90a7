/* identity.c - stable identities for findings, and the pass that gives each
 * finding its fingerprint "hash:k" (k numbers findings that would otherwise
 * share a hash, in finding order, which the rules pass keeps sorted by rule
 * and target id). */
#include "passes/identity.h"

#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

static const char *page_name(const tmc_ir *ir, uint32_t page) {
  return page < ir->n_pages && ir->pages[page].name ? ir->pages[page].name : "";
}

static const char *element_fq(const tmc_ir *ir, uint32_t i) {
  if (i >= ir->n_elements)
    return "?";
  const tmc_element *e = &ir->elements[i];
  return e->qname ? e->qname : e->id;
}

void tmc_finding_identity(const tmc_ir *ir, const tmc_finding *f, tmc_arena *a,
                          tmc_identity *out) {
  const char *extra = "";
  out->fq = "?";
  out->page = "";
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    if (f->target < ir->n_elements) {
      out->fq = element_fq(ir, f->target);
      out->page = page_name(ir, ir->elements[f->target].page);
    }
    break;
  case TMC_TARGET_FLOW:
    if (f->target < ir->n_flows) {
      const tmc_flow *fl = &ir->flows[f->target];
      out->fq = tmc_arena_printf(a, "%s -> %s", element_fq(ir, fl->src),
                                 element_fq(ir, fl->dst));
      out->page = page_name(ir, fl->page);
      /* A flow's own id joins in when it says more than its endpoints (a
       * draw.io cell id, a DOT edge key): it keeps parallel flows apart. */
      if (fl->id && strcmp(fl->id, out->fq) != 0)
        extra = fl->id;
    }
    break;
  case TMC_TARGET_PATH:
    if (f->target < ir->n_paths) {
      const tmc_path *p = &ir->paths[f->target];
      tmc_buf b = TMC_BUF_INIT;
      for (uint32_t h = 0; h < p->n_hops; h++) {
        if (h)
          tmc_buf_puts(&b, " -> ");
        tmc_buf_puts(&b, element_fq(ir, p->hops[h].element));
      }
      out->fq = tmc_arena_strdup(a, b.data ? b.data : "");
      tmc_buf_free(&b);
      if (p->asset < ir->n_elements)
        out->page = page_name(ir, ir->elements[p->asset].page);
    }
    break;
  }
  out->rule_id = f->rule_id && *f->rule_id ? f->rule_id : "tmc";
  const char *parts[] = {out->rule_id,
                         f->target_kind == TMC_TARGET_ELEMENT ? "element"
                         : f->target_kind == TMC_TARGET_FLOW  ? "flow"
                                                              : "path",
                         out->fq, extra, out->page};
  uint64_t h = 0;
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    h = tmc_hash64(parts[i], strlen(parts[i]) + 1, h); /* NUL separates the parts */
  out->hash = h;
}

typedef struct keyed {
  uint64_t hash;
  uint32_t finding;
} keyed;

static int by_hash(const void *pa, const void *pb) {
  const keyed *a = pa, *b = pb;
  if (a->hash != b->hash)
    return a->hash < b->hash ? -1 : 1;
  return a->finding < b->finding ? -1 : a->finding > b->finding;
}

int tmc_pass_identify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  uint32_t n = ir->n_findings;
  keyed *v = tmc_xmalloc((n ? n : 1) * sizeof(keyed));
  tmc_arena *scratch = tmc_arena_new();
  for (uint32_t i = 0; i < n; i++) {
    tmc_identity id;
    tmc_finding_identity(ir, &ir->findings[i], scratch, &id);
    v[i].hash = id.hash;
    v[i].finding = i;
  }
  if (n)
    qsort(v, n, sizeof(keyed), by_hash);
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    k = i > 0 && v[i - 1].hash == v[i].hash ? k + 1 : 1;
    ir->findings[v[i].finding].fingerprint =
        tmc_arena_printf(ir->arena, "%016llx:%u", (unsigned long long)v[i].hash, k);
  }
  tmc_arena_free(scratch);
  free(v);
  return 0;
}
