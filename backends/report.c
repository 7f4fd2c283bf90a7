/* report.c - the report model: what every report format shows, decided
 * once per run from the analysed IR (report.h says what the view holds).
 *
 * The one idea: the orders are the order pass's (read from the IR, or
 * computed by the same code when the IR skipped it); everything else here
 * is grouping and counting over them with counting sorts and one sort of
 * the findings, O(n log n) in all, so a 100,000-element diagram pays for it
 * once whatever number of reports it writes. */
#include "backends/report.h"
#include "passes/order.h"
#include "passes/plan.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Sort keys carry everything their comparator needs (no context, no
 * global); the last key is the index, which makes the order total. */
typedef struct skey {
  uint32_t idx;
  int k[5];         /* compared in order, larger first */
  const char *s[1]; /* then compared with strcmp, smaller first */
} skey;

static int cmp_skey(const void *pa, const void *pb) {
  const skey *a = pa, *b = pb;
  for (int i = 0; i < 5; i++)
    if (a->k[i] != b->k[i])
      return a->k[i] > b->k[i] ? -1 : 1;
  const char *x = a->s[0] ? a->s[0] : "", *y = b->s[0] ? b->s[0] : "";
  if (x != y) {
    int c = strcmp(x, y);
    if (c)
      return c;
  }
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static uint32_t *inverse(tmc_arena *a, const uint32_t *order, uint32_t n) {
  uint32_t *rank = tmc_arena_alloc(a, (n + 1) * sizeof *rank);
  for (uint32_t i = 0; i < n; i++)
    rank[order[i]] = i;
  return rank;
}

/* The orders: the order pass's when it ran (its paths are then already in
 * display order), else computed now. */
static void orders(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  tmc_arena *a = v->arena;
  if (!ir->bd_order || !ir->el_order || !ir->fl_order ||
      (ir->n_risk && !ir->risk_order)) {
    tmc_order o;
    tmc_order_compute(&o, ir, a);
    v->bd_order = o.bd_order;
    v->el_order = o.el_order, v->el_rank = o.el_rank;
    v->fl_order = o.fl_order, v->fl_rank = o.fl_rank;
    v->path_order = o.path_order, v->path_rank = o.path_rank;
    v->rule_rank = o.rule_rank, v->n_rules = o.n_rules;
    v->risk_order = o.risk_order, v->n_open = o.n_risk;
    return;
  }
  v->bd_order = ir->bd_order;
  v->el_order = ir->el_order;
  v->el_rank = inverse(a, ir->el_order, ir->n_elements);
  v->fl_order = ir->fl_order;
  v->fl_rank = inverse(a, ir->fl_order, ir->n_flows);
  uint32_t *id = tmc_arena_alloc(a, (ir->n_paths + 1) * sizeof *id);
  for (uint32_t i = 0; i < ir->n_paths; i++)
    id[i] = i;
  v->path_order = v->path_rank = id;
  uint32_t *none = tmc_arena_alloc(a, sizeof *none);
  v->risk_order = ir->risk_order ? ir->risk_order : none;
  v->n_open = ir->n_risk;
  v->rule_rank = tmc_order_rule_ranks(ir, a, &v->n_rules);
}

/* Cut sets by their asset's display order (a counting sort: one cut per
 * asset at most, but nothing here relies on it). */
static void order_cuts(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  uint32_t ne = ir->n_elements, nc = ir->n_cuts;
  uint32_t *start = tmc_xcalloc(ne + 2, sizeof *start);
  uint32_t *order = tmc_arena_alloc(v->arena, (nc + 1) * sizeof *order);
  for (uint32_t i = 0; i < nc; i++)
    start[(ir->cuts[i].asset < ne ? v->el_rank[ir->cuts[i].asset] : 0) + 1]++;
  for (uint32_t r = 1; r < ne + 2; r++)
    start[r] += start[r - 1];
  for (uint32_t i = 0; i < nc; i++)
    order[start[ir->cuts[i].asset < ne ? v->el_rank[ir->cuts[i].asset] : 0]++] = i;
  free(start);
  v->cut_order = order;
}

static bool is_ai_finding(const tmc_finding *f) {
  if (f->atlas.n)
    return true;
  for (uint32_t i = 0; i < f->owasp.n; i++)
    if (strncmp(f->owasp.v[i], "LLM", 3) == 0 || strncmp(f->owasp.v[i], "ML", 2) == 0)
      return true;
  return false;
}

/* Groups findings by target (a counting sort over one sorted list of all
 * findings) and counts each group. Targets out of range (a pass bug) are
 * skipped rather than trusted. */
static void group_findings(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  tmc_arena *a = v->arena;
  uint32_t n = ir->n_findings;
  skey *k = tmc_xcalloc(n + 1, sizeof *k);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[i];
    k[i] = (skey){.idx = i,
                  .k = {-(int)f->status, (int)f->severity, f->score, f->likelihood,
                        -(int)v->rule_rank[i]},
                  .s = {f->title}};
  }
  if (n)
    qsort(k, n, sizeof *k, cmp_skey);
  uint32_t *starts[3], *lists[3];
  tmc_report_tally *tallies[3];
  uint32_t sizes[3] = {ir->n_elements, ir->n_flows, ir->n_paths};
  for (int t = 0; t < 3; t++) {
    starts[t] = tmc_arena_alloc(a, (sizes[t] + 2) * sizeof(uint32_t));
    lists[t] = tmc_arena_alloc(a, (n + 1) * sizeof(uint32_t));
    tallies[t] = tmc_arena_alloc(a, (sizes[t] + 1) * sizeof(tmc_report_tally));
  }
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[i];
    int t = (int)f->target_kind;
    if (f->target >= sizes[t])
      continue;
    starts[t][f->target + 2]++;
    tmc_report_tally *y = &tallies[t][f->target];
    switch (f->status) {
    case TMC_STATUS_OPEN:
      y->open++;
      y->stride |= f->stride;
      y->ai |= is_ai_finding(f);
      if (f->severity > y->worst)
        y->worst = f->severity;
      break;
    case TMC_STATUS_MITIGATED:
      y->mitigated++;
      break;
    case TMC_STATUS_ACCEPTED:
      y->accepted++;
      break;
    }
  }
  for (int t = 0; t < 3; t++)
    for (uint32_t g = 2; g < sizes[t] + 2; g++)
      starts[t][g] += starts[t][g - 1];
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[k[i].idx];
    int t = (int)f->target_kind;
    if (f->target < sizes[t])
      lists[t][starts[t][f->target + 1]++] = k[i].idx;
  }
  free(k);
  v->el_start = starts[0], v->el_find = lists[0], v->el_tally = tallies[0];
  v->fl_start = starts[1], v->fl_find = lists[1], v->fl_tally = tallies[1];
  v->pa_start = starts[2], v->pa_find = lists[2], v->pa_tally = tallies[2];
}

/* Which elements and flows get a section under Threats: all of them, or in
 * a condensed report the targets of the highest-risk open findings, up to
 * TMC_REPORT_CONDENSED_SECTIONS, half of them elements and half flows when
 * both have enough. */
static void choose_sections(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  uint32_t ne = ir->n_elements, nf = ir->n_flows;
  v->condensed = (uint64_t)ne + nf > TMC_REPORT_CONDENSE_TARGETS;
  uint8_t *el = tmc_arena_alloc(v->arena, ne + 1),
          *fl = tmc_arena_alloc(v->arena, nf + 1);
  memset(el, !v->condensed, ne + 1);
  memset(fl, !v->condensed, nf + 1);
  v->el_shown = el, v->fl_shown = fl;
  if (!v->condensed) {
    v->n_el_shown = ne;
    v->n_fl_shown = nf;
    return;
  }
  /* Half for each kind first, so flows are not crowded out by elements (or
   * the reverse); then whatever room is left, to either. */
  uint32_t cap = TMC_REPORT_CONDENSED_SECTIONS;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t half = pass ? cap : cap / 2;
    for (uint32_t j = 0; j < v->n_open && v->n_el_shown + v->n_fl_shown < cap; j++) {
      const tmc_finding *f = &ir->findings[v->risk_order[j]];
      if (f->target_kind == TMC_TARGET_ELEMENT && f->target < ne && !el[f->target] &&
          v->n_el_shown < half) {
        el[f->target] = 1;
        v->n_el_shown++;
      } else if (f->target_kind == TMC_TARGET_FLOW && f->target < nf && !fl[f->target] &&
                 v->n_fl_shown < half) {
        fl[f->target] = 1;
        v->n_fl_shown++;
      }
    }
  }
}

static uint32_t ptr_slot(const void *p, uint32_t mask) {
  return (uint32_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

/* The distinct lists of one tmc_strlist field of the findings (at offset
 * field), found by hashing the list's array pointer. */
static void collect_lists(tmc_report_view *v, tmc_report_lists *l, size_t field) {
  const tmc_ir *ir = v->ir;
  uint32_t cap = 0, tcap = 64;
  memset(l, 0, sizeof *l);
  const char ***tab = tmc_xcalloc(tcap, sizeof *tab); /* keyed by the list's array */
  uint32_t *tab_i = tmc_xcalloc(tcap, sizeof *tab_i);
  const tmc_strlist **lv = NULL;
  uint32_t *open = NULL, *closed = NULL;
  l->of = tmc_arena_alloc(v->arena, (ir->n_findings + 1) * sizeof *l->of);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const tmc_strlist *x = (const tmc_strlist *)((const char *)f + field);
    l->of[i] = TMC_NONE;
    if (!x->n)
      continue;
    uint32_t h = ptr_slot(x->v, tcap - 1);
    while (tab[h] && (tab[h] != x->v || lv[tab_i[h]]->n != x->n))
      h = (h + 1) & (tcap - 1);
    uint32_t at;
    if (tab[h]) {
      at = tab_i[h];
    } else {
      tab[h] = x->v;
      tab_i[h] = at = l->n;
      uint32_t c = cap;
      *TMC_PUSH(lv, l->n, cap) = x;
      if (cap != c) {
        open = tmc_xrealloc(open, cap * sizeof *open);
        closed = tmc_xrealloc(closed, cap * sizeof *closed);
      }
      open[at] = closed[at] = 0;
      if (2 * l->n > tcap) {
        uint32_t ncap = tcap * 2;
        const char ***nt = tmc_xcalloc(ncap, sizeof *nt);
        uint32_t *nt_i = tmc_xcalloc(ncap, sizeof *nt_i);
        for (uint32_t s = 0; s < tcap; s++)
          if (tab[s]) {
            uint32_t y = ptr_slot(tab[s], ncap - 1);
            while (nt[y])
              y = (y + 1) & (ncap - 1);
            nt[y] = tab[s];
            nt_i[y] = tab_i[s];
          }
        free(tab);
        free(tab_i);
        tab = nt, tab_i = nt_i, tcap = ncap;
      }
    }
    l->of[i] = at;
    if (f->status == TMC_STATUS_OPEN)
      open[at]++;
    else
      closed[at]++;
  }
  /* Into the view's arena, so the view frees in one call. */
  l->v = tmc_arena_alloc(v->arena, (l->n + 1) * sizeof *l->v);
  l->open = tmc_arena_alloc(v->arena, (l->n + 1) * sizeof *l->open);
  l->closed = tmc_arena_alloc(v->arena, (l->n + 1) * sizeof *l->closed);
  if (l->n) {
    memcpy(l->v, lv, l->n * sizeof *l->v);
    memcpy(l->open, open, l->n * sizeof *l->open);
    memcpy(l->closed, closed, l->n * sizeof *l->closed);
  }
  free(lv);
  free(open);
  free(closed);
  free(tab);
  free(tab_i);
}

/* The plan pass's plan, or the same computed now (an IR that skipped it). */
static void plan(tmc_report_view *v, const tmc_catalog *cat) {
  const tmc_ir *ir = v->ir;
  if (ir->plan) {
    v->plan = ir->plan, v->n_plan = ir->n_plan, v->plan_unnamed = ir->plan_unnamed;
    return;
  }
  tmc_plan p;
  tmc_plan_compute(&p, ir, cat, v->risk_order, v->n_open, v->path_order, v->arena);
  v->plan = p.items, v->n_plan = p.n_items, v->plan_unnamed = p.unnamed;
}

static tmc_report_view *build(const tmc_ir *ir, const tmc_catalog *cat) {
  tmc_report_view *v = tmc_xcalloc(1, sizeof *v);
  v->ir = ir;
  v->arena = tmc_arena_new();
  orders(v);
  order_cuts(v);
  group_findings(v);
  choose_sections(v);
  collect_lists(v, &v->atlas, offsetof(tmc_finding, atlas));
  collect_lists(v, &v->owasp, offsetof(tmc_finding, owasp));
  plan(v, cat);
  return v;
}

const tmc_report_view *tmc_report_view_get(const tmc_ir *ir, const tmc_report_ctx *ctx,
                                           tmc_report_view **owned) {
  *owned = NULL;
  tmc_view_cache *c = ctx ? ctx->views : NULL;
  const tmc_catalog *cat = ctx ? ctx->catalog : NULL;
  if (c && c->view && c->ir == ir && c->catalog == cat)
    return c->view;
  tmc_report_view *v = build(ir, cat);
  if (!c)
    return *owned = v;
  tmc_view_cache_clear(c);
  c->ir = ir;
  c->catalog = cat;
  c->view = v;
  return v;
}

void tmc_report_view_free(tmc_report_view *v) {
  if (!v)
    return;
  tmc_arena_free(v->arena);
  free(v);
}

void tmc_view_cache_clear(tmc_view_cache *c) {
  if (!c)
    return;
  tmc_report_view_free(c->view);
  memset(c, 0, sizeof *c);
}
