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
  const char *s[2]; /* then compared with strcmp, smaller first */
} skey;

static int cmp_skey(const void *pa, const void *pb) {
  const skey *a = pa, *b = pb;
  for (int i = 0; i < 5; i++)
    if (a->k[i] != b->k[i])
      return a->k[i] > b->k[i] ? -1 : 1;
  for (int i = 0; i < 2; i++) {
    const char *x = a->s[i] ? a->s[i] : "", *y = b->s[i] ? b->s[i] : "";
    if (x != y) {
      int c = strcmp(x, y);
      if (c)
        return c;
    }
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
  /* Titles ranked once per distinct string, so every key is an integer and
   * the findings sort in linear time (tmc_order_sort_ints); the qsort below
   * is the same order for keys too wide to pack. */
  const char **title = tmc_xmalloc((n + 1) * sizeof *title);
  uint32_t *trank = tmc_xmalloc((n + 1) * sizeof *trank);
  for (uint32_t i = 0; i < n; i++)
    title[i] = ir->findings[i].title;
  tmc_order_str_ranks(title, n, trank);
  free(title);
  int *keys = tmc_xmalloc(((size_t)n * 6 + 1) * sizeof *keys);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[i];
    int row[6] = {-(int)f->status, (int)f->severity,      f->score,
                  f->likelihood,   -(int)v->rule_rank[i], -(int)trank[i]};
    memcpy(&keys[(size_t)i * 6], row, sizeof row);
  }
  free(trank);
  uint32_t *sorted = tmc_xmalloc((n + 1) * sizeof *sorted);
  if (!tmc_order_sort_ints(keys, 6, n, sorted)) {
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
    for (uint32_t i = 0; i < n; i++)
      sorted[i] = k[i].idx;
    free(k);
  }
  free(keys);
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
    const tmc_finding *f = &ir->findings[sorted[i]];
    int t = (int)f->target_kind;
    if (f->target < sizes[t])
      lists[t][starts[t][f->target + 1]++] = sorted[i];
  }
  free(sorted);
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
    v->path_plan = (tmc_path_plan){ir->path_fixes, ir->n_path_fixes, ir->path_fixes_close,
                                   ir->path_plan};
    return;
  }
  tmc_plan p;
  tmc_plan_compute(&p, ir, cat, v->risk_order, v->n_open, v->path_order, v->arena);
  v->plan = p.items, v->n_plan = p.n_items, v->plan_unnamed = p.unnamed;
  tmc_path_plan_compute(&v->path_plan, ir, cat, v->path_order, v->arena);
}

/* ---- anchors, headings, links ----------------------------------------------- */

const char *tmc_report_slug(tmc_arena *a, const char *prefix, const char *id) {
  /* Built on the stack (perf37): the prefix, at most 40 kept bytes and
   * "-%08x" always fit, so no buffer is grown and freed per target. */
  char s[128];
  size_t len = strlen(prefix);
  if (len > 64)
    len = 64; /* never: the prefixes are "el-", "fl-", "path-", "zone-" */
  memcpy(s, prefix, len);
  bool lossy = false;
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)(id ? id : ""); *p; p++) {
    bool keep = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                (*p >= '0' && *p <= '9') || *p == '_' || *p == '-';
    if (n >= 40) {
      lossy = true;
      break;
    }
    if (keep)
      s[len++] = (char)*p;
    else if (len && s[len - 1] != '-')
      s[len++] = '-';
    lossy |= !keep;
    n++;
  }
  if (lossy && id) {
    static const char hex[] = "0123456789abcdef";
    unsigned h = (unsigned)(tmc_hash64(id, strlen(id), 0) & 0xffffffffu);
    s[len++] = '-';
    for (int k = 7; k >= 0; k--)
      s[len++] = hex[(h >> (4 * k)) & 0xf];
  }
  return tmc_arena_strndup(a, s, len);
}

static bool all_chars(const char *s, const char *allowed) {
  for (; *s; s++)
    if (!strchr(allowed, *s))
      return false;
  return true;
}

#define URL_CHARS                                                                        \
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&*+,;=%"

const char *tmc_report_ref_url(const tmc_catalog *cat, const char *id, tmc_arena *a) {
  if (!id || !*id || strlen(id) > 64)
    return NULL;
  const char *u = cat ? tmc_catalog_url(cat, id) : NULL;
  if (u && strncmp(u, "https://", 8) == 0 && strlen(u) < 400 && all_chars(u, URL_CHARS))
    return u;
  const char *digits = "0123456789";
  if (strncmp(id, "AML.", 4) == 0 &&
      all_chars(id + 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.")) {
    const char *dir = strncmp(id, "AML.TA", 6) == 0  ? "tactics"
                      : strncmp(id, "AML.M", 5) == 0 ? "mitigations"
                                                     : "techniques";
    return tmc_arena_printf(a, "https://atlas.mitre.org/%s/%s", dir, id);
  }
  if (strncmp(id, "CWE-", 4) == 0 && id[4] && all_chars(id + 4, digits))
    return tmc_arena_printf(a, "https://cwe.mitre.org/data/definitions/%s.html", id + 4);
  if (strncmp(id, "CAPEC-", 6) == 0 && id[6] && all_chars(id + 6, digits))
    return tmc_arena_printf(a, "https://capec.mitre.org/data/definitions/%s.html",
                            id + 6);
  return NULL;
}

/* Counts of equal strings: open addressing on the bytes' FNV-1a hash, at
 * most half full. Headings and anchors only need to know how many targets
 * share a string (and, for anchors, which occurrence in diagram order this
 * is), so a count per distinct string replaces sorting them all. */
typedef struct strcount {
  const char **key;
  uint64_t *hash;
  uint32_t *n;
  uint32_t mask;
} strcount;

static strcount strcount_new(uint32_t n) {
  uint32_t cap = 64;
  while (cap < 2 * (uint64_t)n && cap < (1u << 31))
    cap *= 2;
  return (strcount){tmc_xcalloc(cap, sizeof(const char *)),
                    tmc_xcalloc(cap, sizeof(uint64_t)),
                    tmc_xcalloc(cap, sizeof(uint32_t)), cap - 1};
}

/* The count slot of s (added at 0 when new). */
static uint32_t *strcount_at(strcount *c, const char *s) {
  uint64_t h = tmc_hash64(s, strlen(s), 0);
  uint32_t i = (uint32_t)((h * 0x9E3779B97F4A7C15ULL) >> 32) & c->mask;
  while (c->key[i] && (c->hash[i] != h || strcmp(c->key[i], s) != 0))
    i = (i + 1) & c->mask;
  c->key[i] = s;
  c->hash[i] = h;
  return &c->n[i];
}

static void strcount_free(strcount *c) {
  free(c->key);
  free(c->hash);
  free(c->n);
}

/* Anchors and headings (report.h). Anchors come from the diagram's ids, so
 * a reordered diagram moves no link; two flows between the same elements
 * are told apart by their order in the diagram (-2, -3, ...). */
static void name_targets(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  tmc_arena *a = v->arena;
  uint32_t ne = ir->n_elements, nf = ir->n_flows, np = ir->n_paths;
  const char **ea = tmc_arena_alloc(a, (ne + 1) * sizeof *ea),
             **eh = tmc_arena_alloc(a, (ne + 1) * sizeof *eh);
  const char **name = tmc_xcalloc(ne + 1, sizeof *name);
  for (uint32_t i = 0; i < ne; i++) {
    const tmc_element *e = &ir->elements[i];
    ea[i] = tmc_report_slug(a, "el-", e->qname && *e->qname ? e->qname : e->id);
    name[i] = tmc_element_name(e);
  }
  /* A name or heading that two targets share gets the id to tell them apart. */
  /* Each string's slot is kept from the count (slots never move), so the
   * second pass reads it without hashing the string again. */
  uint32_t **slot = tmc_xcalloc((ne > nf ? ne : nf) + 1, sizeof *slot);
  strcount c = strcount_new(ne);
  for (uint32_t i = 0; i < ne; i++)
    ++*(slot[i] = strcount_at(&c, name[i]));
  for (uint32_t i = 0; i < ne; i++)
    eh[i] = *slot[i] > 1 ? tmc_arena_printf(a, "%s (%s)", name[i], ir->elements[i].qname)
                         : name[i];
  strcount_free(&c);
  free(name);

  const char **fa = tmc_arena_alloc(a, (nf + 1) * sizeof *fa),
             **fh = tmc_arena_alloc(a, (nf + 1) * sizeof *fh);
  const char **base = tmc_xcalloc(nf + 1, sizeof *base);
  for (uint32_t i = 0; i < nf; i++) {
    const tmc_flow *f = &ir->flows[i];
    const char *src = eh[f->src], *dst = eh[f->dst];
    const char *arrow = f->bidirectional ? "\xE2\x86\x94" : "\xE2\x86\x92";
    base[i] = *f->label ? tmc_arena_printf(a, "%s %s %s (%s)", src, arrow, dst, f->label)
                        : tmc_arena_printf(a, "%s %s %s", src, arrow, dst);
  }
  c = strcount_new(nf);
  for (uint32_t i = 0; i < nf; i++)
    ++*(slot[i] = strcount_at(&c, base[i]));
  for (uint32_t i = 0; i < nf; i++)
    fh[i] =
        *slot[i] > 1 ? tmc_arena_printf(a, "%s [%s]", base[i], ir->flows[i].id) : base[i];
  strcount_free(&c);
  free(slot);
  /* Anchors: the k-th flow (in diagram order) between the same two ids gets
   * "-k" from the second on. */
  c = strcount_new(nf);
  for (uint32_t i = 0; i < nf; i++) {
    const tmc_flow *f = &ir->flows[i];
    const char *s =
        tmc_report_slug(a, "fl-",
                        tmc_arena_printf(a, "%s-to-%s", ir->elements[f->src].qname,
                                         ir->elements[f->dst].qname));
    uint32_t seq = ++*strcount_at(&c, s);
    fa[i] = seq > 1 ? tmc_arena_printf(a, "%s-%u", s, seq) : s;
  }
  strcount_free(&c);
  free(base);

  const char **pa = tmc_arena_alloc(a, (np + 1) * sizeof *pa),
             **ph = tmc_arena_alloc(a, (np + 1) * sizeof *ph);
  for (uint32_t i = 0; i < np; i++) {
    const tmc_path *p = &ir->paths[i];
    const char *en = p->entry < ne ? ir->elements[p->entry].qname : "?";
    const char *as = p->asset < ne ? ir->elements[p->asset].qname : "?";
    pa[i] =
        tmc_report_slug(a, "path-", tmc_arena_printf(a, "%s-to-%s-%u", en, as, p->rank));
    ph[i] = tmc_arena_printf(a, "Path %u: %s \xE2\x86\x92 %s", v->path_rank[i] + 1,
                             p->entry < ne ? eh[p->entry] : "?",
                             p->asset < ne ? eh[p->asset] : "?");
  }
  v->el_anchor = ea, v->el_head = eh;
  v->fl_anchor = fa, v->fl_head = fh;
  v->path_anchor = pa, v->path_head = ph;
  const char **ba = tmc_arena_alloc(a, (ir->n_boundaries + 1) * sizeof *ba);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    ba[i] = tmc_report_slug(a, "zone-", ir->boundaries[i].id);
  v->bd_anchor = ba;
}

/* ---- assumptions to confirm ------------------------------------------------- */

const char *const tmc_assume_title[TMC_ASSUME_COUNT] = {
    "Kind",        "Role",  "Name",        "Zone trust",
    "Entry point", "Asset", "Sensitivity", "Business impact",
    "Owner"};

void tmc_report_path_goal(tmc_buf *b, const tmc_path *p) {
  const char *g = p->goal, *c = p->chain;
  if (c && !*c)
    c = NULL;
  if (!g || !*g) {
    if (c)
      tmc_buf_puts(b, c);
    return;
  }
  size_t n = strlen(g);
  if (c && strncmp(c, g, n) == 0 && (c[n] == '\0' || c[n] == ' '))
    tmc_buf_puts(b, c);
  else if (c)
    tmc_buf_printf(b, "%s (%s)", g, c);
  else
    tmc_buf_puts(b, g);
}

void tmc_report_impact_text(tmc_buf *b, tmc_impactset s, bool words) {
  for (int i = 0, n = 0; i < TMC_IMPACT_COUNT; i++)
    if (s & TMC_IMPACTSET(i))
      tmc_buf_printf(b, "%s%s", n++ ? ", " : "",
                     words ? tmc_impact_words((tmc_impact)i)
                           : tmc_impact_name((tmc_impact)i));
}

/* Which STRIDE threats put each impact at stake: a copied model is IP lost
 * and leaked personal data a privacy harm, but a tampered model is neither;
 * a service down is lost availability. Reputation and money are at stake
 * whatever happens. In TMC_IMPACTS order. */
static const unsigned impact_stride[TMC_IMPACT_COUNT] = {
    TMC_STRIDE_S | TMC_STRIDE_T | TMC_STRIDE_R | TMC_STRIDE_I | TMC_STRIDE_D |
        TMC_STRIDE_E,                           /* reputation */
    TMC_STRIDE_I,                               /* ip_loss */
    TMC_STRIDE_T | TMC_STRIDE_R | TMC_STRIDE_I, /* regulatory */
    TMC_STRIDE_I,                               /* privacy */
    TMC_STRIDE_S | TMC_STRIDE_T | TMC_STRIDE_R | TMC_STRIDE_I | TMC_STRIDE_D |
        TMC_STRIDE_E,                           /* financial */
    TMC_STRIDE_T | TMC_STRIDE_D | TMC_STRIDE_E, /* safety */
    TMC_STRIDE_D,                               /* availability */
};

static tmc_impactset at_stake(tmc_impactset s, unsigned stride) {
  if (!stride)
    return s;
  tmc_impactset out = 0;
  for (int i = 0; i < TMC_IMPACT_COUNT; i++)
    if ((s & TMC_IMPACTSET(i)) && (impact_stride[i] & stride))
      out |= TMC_IMPACTSET(i);
  return out;
}

static tmc_impactset target_impact(const tmc_ir *ir, const tmc_finding *f);

tmc_impactset tmc_report_impact(const tmc_ir *ir, const tmc_finding *f) {
  return at_stake(target_impact(ir, f), f->stride);
}

static tmc_impactset target_impact(const tmc_ir *ir, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return f->target < ir->n_elements ? ir->elements[f->target].impact : 0;
  case TMC_TARGET_FLOW: {
    if (f->target >= ir->n_flows)
      return 0;
    const tmc_flow *fl = &ir->flows[f->target];
    tmc_impactset s = ir->elements[fl->src].impact | ir->elements[fl->dst].impact;
    for (uint32_t i = 0; fl->data_canon && i < fl->data.n; i++)
      s |= fl->data_canon[i].impact;
    return s;
  }
  case TMC_TARGET_PATH:
    return f->target < ir->n_paths ? ir->elements[ir->paths[f->target].asset].impact : 0;
  }
  return 0;
}

/* Why the reach or roles pass decided, in words. */
static const char *why_words(tmc_arena *a, tmc_why w) {
  const char *ev = w.evidence ? w.evidence : "";
  switch (w.source) {
  case TMC_SOURCE_LABEL_WORD:
    return tmc_arena_printf(a, "label word '%s'", ev);
  case TMC_SOURCE_HEAD_NOUN:
    return tmc_arena_printf(a, "head noun '%s'", ev);
  case TMC_SOURCE_KIND:
    return tmc_arena_printf(a, "its kind (%s)", ev);
  case TMC_SOURCE_DATA:
    return tmc_arena_printf(a, "the data it holds (%s)", ev);
  case TMC_SOURCE_DEFAULT:
    return "nothing written and no telling word";
  case TMC_SOURCE_NONE:
  case TMC_SOURCE_ATTRIBUTE:
  case TMC_SOURCE_ID_PREFIX:
  case TMC_SOURCE_SHAPE:
  case TMC_SOURCE_STYLE:
  case TMC_SOURCE_ICON:
  case TMC_SOURCE_CONVENTION:
  case TMC_SOURCE_LABEL:
  case TMC_SOURCE_TEXT_CELL:
  case TMC_SOURCE_ZONE:
  case TMC_SOURCE_FLOWS:
  case TMC_SOURCE_COUNT:
    return ev;
  }
  return ev;
}

typedef struct assumed {
  tmc_assume what;
  const char *value, *because;
  uint32_t item;
} assumed;

/* Every inferred value of element e that the author did not write. */
static void assumptions_of(tmc_arena *a, const tmc_ir *ir, uint32_t e, assumed **v,
                           uint32_t *n, uint32_t *cap) {
  const tmc_element *x = &ir->elements[e];
  const tmc_element_facts *f = &x->facts;
  if (x->kind_source != TMC_SOURCE_ATTRIBUTE && x->kind_source != TMC_SOURCE_NONE) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_element_kind_reason(&b, x);
    *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_KIND, tmc_kind_title(x->kind),
                                        tmc_arena_strdup(a, b.data ? b.data : ""), e};
    tmc_buf_free(&b);
  }
  for (int r = 0; r < TMC_ROLE_COUNT && x->role_why; r++)
    if (TMC_ROLESET_HAS(x->roles, r) && x->role_why[r].source != TMC_SOURCE_ATTRIBUTE &&
        x->role_why[r].source != TMC_SOURCE_NONE)
      *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_ROLE, tmc_role_name((tmc_role)r),
                                          why_words(a, x->role_why[r]), e};
  if (x->name_source != TMC_SOURCE_LABEL && x->name_source != TMC_SOURCE_NONE &&
      x->name_source != TMC_SOURCE_ATTRIBUTE)
    *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_NAME, tmc_element_name(x),
                                        x->name_evidence ? x->name_evidence : "", e};
  /* Entry points: a verdict the drawing led to, either way; "not an entry"
   * for an inside element that nothing suggests is no assumption. */
  tmc_source s = f->entry_why.source;
  if (s != TMC_SOURCE_ATTRIBUTE && s != TMC_SOURCE_NONE && s != TMC_SOURCE_DEFAULT)
    *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_ENTRY, f->is_entry ? "yes" : "no",
                                        why_words(a, f->entry_why), e};
  /* Assets: every one not written, and a model or store ruled out. */
  s = f->asset_why.source;
  if (s != TMC_SOURCE_ATTRIBUTE && s != TMC_SOURCE_NONE &&
      (f->is_asset || s != TMC_SOURCE_KIND))
    *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_ASSET, f->is_asset ? "yes" : "no",
                                        why_words(a, f->asset_why), e};
  s = f->sensitivity_why.source;
  if (f->is_asset && (s == TMC_SOURCE_LABEL_WORD || s == TMC_SOURCE_DEFAULT))
    *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_SENSITIVITY,
                                        f->held_sensitivity == TMC_SENS_UNSET
                                            ? "unknown (medium impact)"
                                            : tmc_sensitivity_name(f->held_sensitivity),
                                        why_words(a, f->sensitivity_why), e};
  /* Business impact and owner (impact pass): what an asset's loss costs, and
   * who fixes it, when the author did not write them. */
  if (x->impact && x->impact_why.source != TMC_SOURCE_ATTRIBUTE &&
      x->impact_why.source != TMC_SOURCE_NONE) {
    tmc_buf b = TMC_BUF_INIT;
    tmc_report_impact_text(&b, x->impact, false);
    *TMC_PUSH(*v, *n, *cap) = (assumed){TMC_ASSUME_IMPACT, tmc_arena_strdup(a, b.data),
                                        why_words(a, x->impact_why), e};
    tmc_buf_free(&b);
  }
  if (f->is_asset && x->owner && x->owner_why.source != TMC_SOURCE_ATTRIBUTE &&
      x->owner_why.source != TMC_SOURCE_NONE)
    *TMC_PUSH(*v, *n, *cap) =
        (assumed){TMC_ASSUME_OWNER, x->owner, why_words(a, x->owner_why), e};
}

/* The groups of report.h: every element's assumptions in display order,
 * the zones' trust levels not written, sorted by (what, value, reason)
 * with display order kept inside a group. */
static void assumptions(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  tmc_arena *a = v->arena;
  assumed *x = NULL;
  uint32_t n = 0, cap = 0;
  for (uint32_t i = 0; i < ir->n_elements; i++)
    assumptions_of(a, ir, v->el_order[i], &x, &n, &cap);
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *bd = &ir->boundaries[v->bd_order[i]];
    if (bd->trust >= 0 && !tmc_props_get(&bd->props, "trust") && bd->trust_reason)
      *TMC_PUSH(x, n, cap) =
          (assumed){TMC_ASSUME_ZONE, tmc_arena_printf(a, "%d", bd->trust),
                    bd->trust_reason, v->bd_order[i]};
  }
  skey *k = tmc_xcalloc(n + 1, sizeof *k);
  for (uint32_t i = 0; i < n; i++)
    k[i] = (skey){.idx = i, .k = {-(int)x[i].what}, .s = {x[i].value, x[i].because}};
  if (n)
    qsort(k, n, sizeof *k, cmp_skey);
  tmc_report_assumption *g = tmc_arena_alloc(a, (n + 1) * sizeof *g);
  uint32_t *items = tmc_arena_alloc(a, (n + 1) * sizeof *items);
  uint32_t ng = 0;
  for (uint32_t i = 0; i < n; i++) {
    const assumed *y = &x[k[i].idx], *p = i ? &x[k[i - 1].idx] : NULL;
    if (!p || p->what != y->what || strcmp(p->value, y->value) != 0 ||
        strcmp(p->because, y->because) != 0)
      g[ng++] = (tmc_report_assumption){y->what, y->value, y->because, items + i, 0};
    items[i] = y->item;
    g[ng - 1].n++;
  }
  free(k);
  free(x);
  v->assumptions = g;
  v->n_assumptions = ng;
}

/* Which test of the validation plan settles each finding (the validate
 * pass's ir->vplan; none when the pass did not run). */
static void validation_of(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  uint32_t *of = tmc_arena_alloc(v->arena, (ir->n_findings + 1) * sizeof *of);
  for (uint32_t i = 0; i < ir->n_findings; i++)
    of[i] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_vplan; i++)
    for (uint32_t k = 0; k < ir->vplan[i].n_findings; k++)
      if (ir->vplan[i].findings[k] < ir->n_findings)
        of[ir->vplan[i].findings[k]] = i;
  v->vitem_of = of;
}

/* The authors' threats, counted once for every report's summary. */
static void authors(tmc_report_view *v) {
  const tmc_ir *ir = v->ir;
  tmc_author_threat t;
  for (uint32_t e = 0; e < ir->n_elements + ir->n_flows; e++) {
    const tmc_props *p = e < ir->n_elements ? &ir->elements[e].props
                                            : &ir->flows[e - ir->n_elements].props;
    for (uint32_t k = 1; tmc_author_threat_get(ir, p, k, &t); k++)
      v->n_author++, v->n_author_mitigated += t.mitigated;
  }
  for (uint32_t i = 0; i < ir->n_findings; i++)
    v->n_author_closes += ir->findings[i].by_author != 0;
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
  name_targets(v);
  assumptions(v);
  validation_of(v);
  authors(v);
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

/* The name the title gives the diagram: its graph or page name, else (no
 * name, or draw.io's default "Page-1") the input's file name without its
 * directory and extension. */
const char *tmc_report_title(const tmc_ir *ir, tmc_arena *a) {
  const char *t = ir->title ? ir->title : "";
  bool dflt =
      strncmp(t, "Page-", 5) == 0 && t[5] && strspn(t + 5, "0123456789") == strlen(t + 5);
  if (*t && !dflt)
    return t;
  const char *f = ir->file && *ir->file ? ir->file : "diagram";
  const char *slash = strrchr(f, '/');
  const char *base = slash && slash[1] ? slash + 1 : f;
  size_t n = strlen(base);
  static const char *const ext[] = {".drawio.xml", ".drawio", ".dot", ".gv", ".xml"};
  for (size_t k = 0; k < sizeof ext / sizeof *ext; k++) {
    size_t l = strlen(ext[k]);
    if (n > l && strcmp(base + n - l, ext[k]) == 0) {
      n -= l;
      break;
    }
  }
  return tmc_arena_strndup(a, base, n);
}
