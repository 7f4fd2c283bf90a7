/* order.c - the order pass: sorts the attack paths into the one display
 * order every report shows and stores the shared orders of elements, flows
 * and open findings in the IR (order.h says what each order is).
 *
 * The one idea: sort keys are copied out beside each index, so qsort needs
 * no context and no global; the last key is always the index, which makes
 * every order total. Paths are moved, not numbered: after this pass
 * ir->paths[i] is "path i+1" in Markdown, SVG and SARIF alike, and findings
 * on paths point at the new indices. */
#include "passes/order.h"
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

typedef struct skey {
  uint32_t idx;
  int k[7];         /* compared in order, larger first */
  const char *s[2]; /* then compared with strcmp, smaller first */
} skey;

static int cmp_skey(const void *pa, const void *pb) {
  const skey *a = pa, *b = pb;
  for (int i = 0; i < 7; i++)
    if (a->k[i] != b->k[i])
      return a->k[i] > b->k[i] ? -1 : 1;
  for (int i = 0; i < 2; i++) {
    const char *x = a->s[i] ? a->s[i] : "", *y = b->s[i] ? b->s[i] : "";
    if (x == y)
      continue;
    int c = strcmp(x, y);
    if (c)
      return c;
  }
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The integer keys sort as one 128-bit number per item: every key becomes
 * its distance below the largest value of that key, in as many bits as its
 * range needs, most significant first. A stable least-significant-digit
 * radix sort on those bits, from item order, is then exactly "each key
 * larger first, then the item number" in a few linear passes instead of
 * n log n comparisons. */
typedef struct pkey {
  uint64_t hi, lo;
  uint32_t idx;
} pkey;

bool tmc_order_sort_ints(const int *keys, int nk, uint32_t n, uint32_t *idx) {
  int lo[8], hi[8], bits[8], total = 0;
  if (nk < 1 || nk > 8)
    return false;
  for (int j = 0; j < nk; j++)
    lo[j] = hi[j] = n ? keys[j] : 0;
  for (uint32_t i = 0; i < n; i++)
    for (int j = 0; j < nk; j++) {
      int v = keys[(size_t)i * nk + j];
      lo[j] = v < lo[j] ? v : lo[j];
      hi[j] = v > hi[j] ? v : hi[j];
    }
  for (int j = 0; j < nk; j++) {
    uint64_t range = (uint64_t)((int64_t)hi[j] - (int64_t)lo[j]);
    for (bits[j] = 0; bits[j] < 64 && (range >> bits[j]); bits[j]++)
      ;
    total += bits[j];
  }
  if (total > 128)
    return false;
  pkey *p = tmc_xmalloc(((size_t)n + 1) * sizeof *p);
  pkey *q = tmc_xmalloc(((size_t)n + 1) * sizeof *q);
  for (uint32_t i = 0; i < n; i++) {
    uint64_t h = 0, l = 0;
    for (int j = 0; j < nk; j++) {
      int b = bits[j];
      if (!b)
        continue;
      h = b == 64 ? l : (h << b) | (l >> (64 - b));
      l = b == 64 ? 0 : l << b;
      l |= (uint64_t)((int64_t)hi[j] - (int64_t)keys[(size_t)i * nk + j]);
    }
    p[i] = (pkey){h, l, i};
  }
  /* Eight bits a pass, lowest first: bits 0..63 are in lo, 64..127 in hi. */
  for (int shift = 0; shift < total; shift += 8) {
    uint32_t count[257] = {0};
    for (uint32_t i = 0; i < n; i++) {
      uint64_t w = shift < 64 ? p[i].lo : p[i].hi;
      count[((w >> (shift & 63)) & 0xff) + 1]++;
    }
    for (int b = 0; b < 256; b++)
      count[b + 1] += count[b];
    for (uint32_t i = 0; i < n; i++) {
      uint64_t w = shift < 64 ? p[i].lo : p[i].hi;
      q[count[(w >> (shift & 63)) & 0xff]++] = p[i];
    }
    pkey *t = p;
    p = q, q = t;
  }
  for (uint32_t i = 0; i < n; i++)
    idx[i] = p[i].idx;
  free(p);
  free(q);
  return true;
}

typedef struct dstr {
  const char *s;
  uint32_t d; /* index among distinct pointers */
} dstr;

static int cmp_dstr(const void *pa, const void *pb) {
  const dstr *a = pa, *b = pb;
  int c = strcmp(a->s, b->s);
  return c ? c : a->d < b->d ? -1 : a->d > b->d;
}

void tmc_order_str_ranks(const char *const *s, uint32_t n, uint32_t *rank) {
  tmc_ptrmap seen = TMC_PTRMAP_INIT;
  dstr *v = NULL;
  uint32_t nd = 0, cap = 0;
  for (uint32_t i = 0; i < n; i++) {
    const char *x = s[i] ? s[i] : "";
    bool added;
    uint32_t *d = tmc_ptrmap_at(&seen, x, &added);
    if (added) {
      dstr item = {x, nd};
      *d = nd;
      *TMC_PUSH(v, nd, cap) = item;
    }
    rank[i] = *d;
  }
  tmc_ptrmap_free(&seen);
  if (nd)
    qsort(v, nd, sizeof *v, cmp_dstr);
  uint32_t *of = tmc_xmalloc((nd + 1) * sizeof *of), r = 0;
  for (uint32_t x = 0; x < nd; x++) {
    r += x > 0 && strcmp(v[x].s, v[x - 1].s) != 0;
    of[v[x].d] = r;
  }
  for (uint32_t i = 0; i < n; i++)
    rank[i] = of[rank[i]];
  free(of);
  free(v);
}

/* Keys without strings (the paths, the open findings) in index order sort
 * as integers (tmc_order_sort_ints), which is cmp_skey's order exactly;
 * true when k is sorted that way, false to leave it to qsort. */
static bool sort_packed(skey *k, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (k[i].s[0] || k[i].s[1] || (i && k[i].idx <= k[i - 1].idx))
      return false;
  int *keys = tmc_xmalloc(((size_t)n * 7 + 1) * sizeof *keys);
  uint32_t *idx = tmc_xmalloc(((size_t)n + 1) * sizeof *idx);
  for (uint32_t i = 0; i < n; i++)
    memcpy(&keys[(size_t)i * 7], k[i].k, sizeof k[i].k);
  bool ok = tmc_order_sort_ints(keys, 7, n, idx);
  if (ok) {
    for (uint32_t i = 0; i < n; i++)
      idx[i] = k[idx[i]].idx; /* item number -> the key's index */
    for (uint32_t i = 0; i < n; i++)
      k[i].idx = idx[i];
  }
  free(keys);
  free(idx);
  return ok;
}

/* Sorts k and returns the indices in order (arena); with rank, also their
 * inverse, which needs the indices to be 0 .. n-1. */
static uint32_t *sorted(skey *k, uint32_t n, tmc_arena *a, uint32_t **rank) {
  if (n && !sort_packed(k, n))
    qsort(k, n, sizeof *k, cmp_skey);
  uint32_t *order = tmc_arena_alloc(a, (n + 1) * sizeof *order);
  for (uint32_t i = 0; i < n; i++)
    order[i] = k[i].idx;
  if (rank) {
    *rank = tmc_arena_alloc(a, (n + 1) * sizeof **rank);
    for (uint32_t i = 0; i < n; i++)
      (*rank)[k[i].idx] = i;
  }
  return order;
}

/* Ranks each finding's rule id among the distinct ids in strcmp order, so
 * the orders compare integers. Rule ids are few and shared by pointer
 * across thousands of findings: distinct pointers are found by hashing the
 * pointer, and only those are compared as strings. */
typedef struct rule_str {
  const char *s;
  uint32_t d; /* index among distinct pointers */
} rule_str;

static int cmp_rule_str(const void *pa, const void *pb) {
  const rule_str *a = pa, *b = pb;
  int c = strcmp(a->s, b->s);
  return c ? c : a->d < b->d ? -1 : a->d > b->d;
}

static uint32_t ptr_slot(const char *p, uint32_t mask) {
  return (uint32_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

uint32_t *tmc_order_rule_ranks(const tmc_ir *ir, tmc_arena *a, uint32_t *n_rules) {
  uint32_t n = ir->n_findings, cap = 64, nd = 0, dcap = 0;
  uint32_t *rule_rank = tmc_arena_alloc(a, (n + 1) * sizeof *rule_rank);
  const char **tab = tmc_xcalloc(cap, sizeof *tab); /* open addressing on pointers */
  uint32_t *tab_d = tmc_xcalloc(cap, sizeof *tab_d);
  rule_str *distinct = NULL;
  for (uint32_t i = 0; i < n; i++) {
    const char *r = ir->findings[i].rule_id ? ir->findings[i].rule_id : "";
    uint32_t h = ptr_slot(r, cap - 1);
    while (tab[h] && tab[h] != r)
      h = (h + 1) & (cap - 1);
    if (tab[h]) {
      rule_rank[i] = tab_d[h];
      continue;
    }
    tab[h] = r;
    tab_d[h] = nd;
    rule_str item = {r, nd};
    *TMC_PUSH(distinct, nd, dcap) = item;
    rule_rank[i] = nd - 1;
    if (2 * nd > cap) { /* keep the table at most half full */
      uint32_t ncap = cap * 2;
      const char **nt = tmc_xcalloc(ncap, sizeof *nt);
      uint32_t *nt_d = tmc_xcalloc(ncap, sizeof *nt_d);
      for (uint32_t x = 0; x < cap; x++)
        if (tab[x]) {
          uint32_t y = ptr_slot(tab[x], ncap - 1);
          while (nt[y])
            y = (y + 1) & (ncap - 1);
          nt[y] = tab[x];
          nt_d[y] = tab_d[x];
        }
      free(tab);
      free(tab_d);
      tab = nt, tab_d = nt_d, cap = ncap;
    }
  }
  uint32_t *rank_of = tmc_xmalloc((nd ? nd : 1) * sizeof *rank_of);
  if (nd)
    qsort(distinct, nd, sizeof *distinct, cmp_rule_str);
  uint32_t rank = 0;
  for (uint32_t x = 0; x < nd; x++) {
    if (x > 0 && strcmp(distinct[x].s, distinct[x - 1].s) != 0)
      rank++;
    rank_of[distinct[x].d] = rank;
  }
  *n_rules = nd ? rank + 1 : 0;
  for (uint32_t i = 0; i < n; i++)
    rule_rank[i] = rank_of[rule_rank[i]];
  free(rank_of);
  free(distinct);
  free(tab);
  free(tab_d);
  return rule_rank;
}

/* Boundaries: by trust (lowest first), then label and id. Elements: by zone
 * (outside first, then boundaries in their order), then by name. Flows: by
 * their endpoints' order, then label and id. Paths: by score, likelihood,
 * severity, then asset and entry, then rank. */
static void order_targets(tmc_order *o, const tmc_ir *ir, tmc_arena *a) {
  uint32_t nb = ir->n_boundaries, ne = ir->n_elements, nf = ir->n_flows, np = ir->n_paths;
  uint32_t most = nb > ne ? nb : ne;
  most = most > nf ? most : nf;
  most = most > np ? most : np;
  skey *k = tmc_xcalloc(most + 1, sizeof *k);
  for (uint32_t i = 0; i < nb; i++)
    k[i] = (skey){.idx = i,
                  .k = {-ir->boundaries[i].trust},
                  .s = {ir->boundaries[i].label, ir->boundaries[i].id}};
  o->bd_order = sorted(k, nb, a, &o->bd_rank);
  const uint32_t *brank = o->bd_rank;
  for (uint32_t i = 0; i < ne; i++) {
    const tmc_element *e = &ir->elements[i];
    int zone = e->boundary < nb ? (int)brank[e->boundary] + 1 : 0;
    k[i] = (skey){.idx = i, .k = {-zone}, .s = {tmc_element_name(e), e->qname}};
  }
  o->el_order = sorted(k, ne, a, &o->el_rank);

  for (uint32_t i = 0; i < nf; i++) {
    const tmc_flow *f = &ir->flows[i];
    int sr = f->src < ne ? (int)o->el_rank[f->src] : 0;
    int dr = f->dst < ne ? (int)o->el_rank[f->dst] : 0;
    k[i] = (skey){.idx = i, .k = {-sr, -dr}, .s = {f->label, f->id}};
  }
  o->fl_order = sorted(k, nf, a, &o->fl_rank);

  for (uint32_t i = 0; i < np; i++) {
    const tmc_path *p = &ir->paths[i];
    int er = p->entry < ne ? (int)o->el_rank[p->entry] : 0;
    int ar = p->asset < ne ? (int)o->el_rank[p->asset] : 0;
    k[i] =
        (skey){.idx = i,
               .k = {p->score, p->likelihood, (int)p->severity, -ar, -er, -(int)p->rank}};
  }
  o->path_order = sorted(k, np, a, &o->path_rank);
  free(k);
}

/* Open findings by risk, what a reviewer fixes first at the top: severity
 * (a critical one is "fix before release", a high one the calibrate pass
 * lowered from critical keeps its score but not the place), score, then a
 * weakness the diagram shows before a generic check of its shape (a rule
 * with max_severity:, docs/risk.md), likelihood, impact, then target kind and
 * the target's display rank, then rule id. */
static void order_risk(tmc_order *o, const tmc_ir *ir, tmc_arena *a) {
  uint32_t n = ir->n_findings, no = 0;
  skey *k = tmc_xcalloc(n + 1, sizeof *k);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN)
      continue;
    int trank = 0;
    switch (f->target_kind) {
    case TMC_TARGET_ELEMENT:
      trank = f->target < ir->n_elements ? (int)o->el_rank[f->target] : 0;
      break;
    case TMC_TARGET_FLOW:
      trank = f->target < ir->n_flows ? (int)o->fl_rank[f->target] : 0;
      break;
    case TMC_TARGET_PATH:
      trank = f->target < ir->n_paths ? (int)o->path_rank[f->target] : 0;
      break;
    }
    const tmc_rule *r = f->rule;
    int shown = !r || r->max_severity == TMC_SEV_NONE; /* not a generic check */
    k[no++] =
        (skey){.idx = i,
               .k = {(int)f->severity, f->score, shown * 8 + f->likelihood, f->impact,
                     -(int)f->target_kind, -trank, -(int)o->rule_rank[i]}};
  }
  o->risk_order = sorted(k, no, a, NULL); /* finding indices: no inverse */
  o->n_risk = no;
  free(k);
}

void tmc_order_compute(tmc_order *o, const tmc_ir *ir, tmc_arena *a) {
  memset(o, 0, sizeof *o);
  order_targets(o, ir, a);
  o->rule_rank = tmc_order_rule_ranks(ir, a, &o->n_rules);
  order_risk(o, ir, a);
}

static uint32_t *copy(tmc_arena *a, const uint32_t *v, uint32_t n) {
  uint32_t *r = tmc_arena_alloc(a, (n + 1) * sizeof *r);
  if (n)
    memcpy(r, v, n * sizeof *r);
  return r;
}

int tmc_pass_order(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)opts, (void)d;
  tmc_arena *tmp = tmc_arena_new();
  tmc_order o;
  tmc_order_compute(&o, ir, tmp);
  ir->bd_order = copy(ir->arena, o.bd_order, ir->n_boundaries);
  ir->el_order = copy(ir->arena, o.el_order, ir->n_elements);
  ir->fl_order = copy(ir->arena, o.fl_order, ir->n_flows);
  ir->risk_order = copy(ir->arena, o.risk_order, o.n_risk);
  ir->n_risk = o.n_risk;
  /* The paths move into display order; findings follow them. */
  if (ir->n_paths > 1) {
    tmc_path *moved = tmc_xmalloc(ir->n_paths * sizeof *moved);
    for (uint32_t i = 0; i < ir->n_paths; i++)
      moved[i] = ir->paths[o.path_order[i]];
    memcpy(ir->paths, moved, ir->n_paths * sizeof *moved);
    free(moved);
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      tmc_finding *f = &ir->findings[i];
      if (f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths)
        f->target = o.path_rank[f->target];
    }
  }
  tmc_arena_free(tmp);
  return 0;
}
