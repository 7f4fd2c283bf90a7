/* validate.c - the validate pass: the validation plan (issue #20), as data
 * every report reads. For each open AI finding (one citing ATLAS or an OWASP
 * LLM/ML id) the catalog's validation entries (catalogs/validation.yaml) name
 * the test that confirms or refutes it: which tool, probe and success
 * criterion. This pass says where to point it: the element under test, the
 * entry point an attacker starts from and the element the test sends to.
 * One test can settle several findings (the extraction finding on a model and
 * the extraction chain that ends there), so items are keyed by entry, target
 * and starting point, and list every finding they settle.
 *
 * The one idea: one breadth-first search from every entry point at once, in
 * display order, gives each element its nearest entry and the way there; a
 * test's endpoint is the element right after that entry on that way. Ids are
 * built from the entry's id and diagram ids, never indices, so they stay put
 * when the diagram is reordered. tmc plans; it never runs the tools. */
#include "catalog/validation.h"
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

static bool is_ai(const tmc_finding *f) {
  if (f->atlas.n)
    return true;
  for (uint32_t i = 0; i < f->owasp.n; i++)
    if (strncmp(f->owasp.v[i], "LLM", 3) == 0 || strncmp(f->owasp.v[i], "ML", 2) == 0)
      return true;
  return false;
}

typedef struct reach {
  uint32_t *from;   /* per element: its nearest entry point, or TMC_NONE */
  uint32_t *parent; /* per element: the element before it on the way, or TMC_NONE */
} reach;

/* Multi-source BFS over the flows (both ways for a bidirectional flow) from
 * the entry points in display order, so ties go to the entry listed first. */
static void reach_compute(reach *r, const tmc_ir *ir) {
  uint32_t n = ir->n_elements;
  r->from = tmc_xmalloc((n + 1) * sizeof *r->from);
  r->parent = tmc_xmalloc((n + 1) * sizeof *r->parent);
  uint32_t *start = tmc_xcalloc(n + 2, sizeof *start);
  uint32_t *adj = tmc_xmalloc((2 * (size_t)ir->n_flows + 1) * sizeof *adj);
  uint32_t *queue = tmc_xmalloc((n + 1) * sizeof *queue);
  for (uint32_t i = 0; i < n; i++)
    r->from[i] = r->parent[i] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src >= n || f->dst >= n)
      continue;
    start[f->src + 1]++;
    if (f->bidirectional)
      start[f->dst + 1]++;
  }
  for (uint32_t i = 0; i < n; i++)
    start[i + 1] += start[i];
  uint32_t *fill = tmc_xmalloc((n + 1) * sizeof *fill);
  memcpy(fill, start, (n + 1) * sizeof *fill);
  for (uint32_t i = 0; i < ir->n_flows; i++) { /* flow order: deterministic */
    const tmc_flow *f = &ir->flows[i];
    if (f->src >= n || f->dst >= n)
      continue;
    adj[fill[f->src]++] = f->dst;
    if (f->bidirectional)
      adj[fill[f->dst]++] = f->src;
  }
  uint32_t head = 0, tail = 0;
  for (uint32_t k = 0; k < n; k++) {
    uint32_t e = ir->el_order ? ir->el_order[k] : k;
    if (ir->elements[e].facts.is_entry && r->from[e] == TMC_NONE) {
      r->from[e] = e;
      queue[tail++] = e;
    }
  }
  while (head < tail) {
    uint32_t e = queue[head++];
    for (uint32_t j = start[e]; j < start[e + 1]; j++)
      if (r->from[adj[j]] == TMC_NONE) {
        r->from[adj[j]] = r->from[e];
        r->parent[adj[j]] = e;
        queue[tail++] = adj[j];
      }
  }
  free(start);
  free(adj);
  free(queue);
  free(fill);
}

/* The element a test of target sends to when it starts at target's nearest
 * entry: the one right after the entry on the way (bounded by the element
 * count: parents form a tree, but a bug must not loop). */
static uint32_t endpoint_of(const reach *r, uint32_t n, uint32_t target) {
  if (r->from[target] == TMC_NONE)
    return target;
  uint32_t e = target;
  for (uint32_t steps = 0;
       steps < n && r->parent[e] != TMC_NONE && r->parent[e] != r->from[target]; steps++)
    e = r->parent[e];
  return e;
}

/* The element a finding is about: its element; a flow's AI end (the model
 * that reads or writes it), else its target; a path's asset. */
static uint32_t target_of(const tmc_ir *ir, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return f->target < ir->n_elements ? f->target : TMC_NONE;
  case TMC_TARGET_FLOW: {
    if (f->target >= ir->n_flows)
      return TMC_NONE;
    const tmc_flow *fl = &ir->flows[f->target];
    if (!tmc_kind_is_ai(ir->elements[fl->dst].kind) &&
        tmc_kind_is_ai(ir->elements[fl->src].kind))
      return fl->src;
    return fl->dst;
  }
  case TMC_TARGET_PATH:
    return f->target < ir->n_paths ? ir->paths[f->target].asset : TMC_NONE;
  }
  return TMC_NONE;
}

/* The catalog's answer for a finding depends only on its rule id and its
 * ATLAS and OWASP lists, which findings of one rule share by pointer: the
 * answer is kept per (rule, atlas, owasp) pointers, so the catalog is asked
 * once per rule instead of once per finding. */
typedef struct memo_key {
  const char *rule;
  const char **atlas, **owasp;
  uint32_t n_atlas, n_owasp;
} memo_key;

typedef struct memo {
  memo_key *key; /* open addressing, at most half full; rule NULL: empty */
  const tmc_validation **val;
  uint32_t cap, n;
} memo;

static uint32_t memo_slot(const memo_key *k, uint32_t mask) {
  uint64_t h = (uint64_t)(uintptr_t)k->rule;
  h = (h ^ (uint64_t)(uintptr_t)k->atlas) * 0x9E3779B97F4A7C15ULL;
  h = (h ^ (uint64_t)(uintptr_t)k->owasp) * 0x9E3779B97F4A7C15ULL;
  h ^= ((uint64_t)k->n_atlas << 32) ^ k->n_owasp;
  return (uint32_t)((h * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

static bool memo_same(const memo_key *a, const memo_key *b) {
  return a->rule == b->rule && a->atlas == b->atlas && a->owasp == b->owasp &&
         a->n_atlas == b->n_atlas && a->n_owasp == b->n_owasp;
}

static const tmc_validation *validation_for(memo *m, const tmc_catalog *cat,
                                            const tmc_finding *f) {
  static const char no_rule[1]; /* the key of a finding without rule id */
  memo_key k = {f->rule_id ? f->rule_id : no_rule, f->atlas.v, f->owasp.v, f->atlas.n,
                f->owasp.n};
  if (2 * (m->n + 1) > m->cap) {
    memo g = {tmc_xcalloc(m->cap ? 2 * m->cap : 64, sizeof *g.key),
              tmc_xcalloc(m->cap ? 2 * m->cap : 64, sizeof *g.val),
              m->cap ? 2 * m->cap : 64, m->n};
    for (uint32_t i = 0; i < m->cap; i++)
      if (m->key[i].rule) {
        uint32_t h = memo_slot(&m->key[i], g.cap - 1);
        while (g.key[h].rule)
          h = (h + 1) & (g.cap - 1);
        g.key[h] = m->key[i], g.val[h] = m->val[i];
      }
    free(m->key);
    free(m->val);
    *m = g;
  }
  uint32_t h = memo_slot(&k, m->cap - 1);
  while (m->key[h].rule && !memo_same(&m->key[h], &k))
    h = (h + 1) & (m->cap - 1);
  if (!m->key[h].rule) {
    m->key[h] = k;
    m->val[h] = tmc_catalog_validation_for(cat, f->rule_id, &f->atlas, &f->owasp);
    m->n++;
  }
  return m->val[h];
}

/* Sort keys carry the display ranks beside each candidate because C11
 * qsort passes no context to the comparison. */
typedef struct cand {
  const tmc_validation *how;
  uint32_t target, entry, endpoint;
  uint32_t trank, erank;  /* display ranks of target and entry (UINT32_MAX: none) */
  uint32_t finding, rank; /* rank: position in the risk order */
} cand;

static int cmp_key(const cand *a, const cand *b) {
  int c = a->how == b->how ? 0 : strcmp(a->how->id, b->how->id);
  if (c)
    return c;
  if (a->trank != b->trank)
    return a->trank < b->trank ? -1 : 1;
  return a->erank < b->erank ? -1 : a->erank > b->erank;
}

static int cmp_cand(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  int c = cmp_key(a, b);
  return c ? c : a->rank < b->rank ? -1 : a->rank > b->rank;
}

/* Plan order: tests by a tool before manual reviews, then highest risk,
 * then the key. */
typedef struct item_key {
  tmc_vitem item;
  cand first; /* the key of its first candidate */
} item_key;

static int cmp_item(const void *pa, const void *pb) {
  const item_key *a = pa, *b = pb;
  bool ma = a->first.how->mode == TMC_VMODE_MANUAL;
  bool mb = b->first.how->mode == TMC_VMODE_MANUAL;
  if (ma != mb)
    return ma ? 1 : -1;
  if (a->item.risk != b->item.risk)
    return a->item.risk > b->item.risk ? -1 : 1;
  return cmp_key(&a->first, &b->first);
}

int tmc_pass_validate(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  ir->vplan = NULL;
  ir->n_vplan = 0;
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  if (!cat || !ir->risk_order || !ir->n_risk)
    return 0;
  uint32_t n = ir->n_elements;
  uint32_t *el_rank = tmc_xmalloc((n + 1) * sizeof *el_rank);
  for (uint32_t k = 0; k < n; k++)
    el_rank[ir->el_order ? ir->el_order[k] : k] = k;
  reach r;
  reach_compute(&r, ir);

  cand *c = NULL;
  uint32_t nc = 0, cap = 0;
  memo m = {0};
  /* g = 0: the finding; g > 0: the threat of its rule grouped[g - 1] (the
   * calibrate pass grouped it into this one), tested as its own rule is. */
  for (uint32_t j = 0; j < ir->n_risk; j++)
    for (uint32_t g = 0; g <= ir->findings[ir->risk_order[j]].grouped.n; g++) {
      const tmc_finding *f = &ir->findings[ir->risk_order[j]];
      tmc_finding member;
      if (g) {
        const tmc_rule *mr = tmc_catalog_rule(cat, f->grouped.v[g - 1]);
        if (!mr)
          continue;
        member = *f;
        member.rule_id = mr->id, member.atlas = mr->atlas, member.owasp = mr->owasp;
        f = &member;
      }
      if (!is_ai(f))
        continue;
      const tmc_validation *how = validation_for(&m, cat, f);
      uint32_t t = target_of(ir, f);
      if (!how || t == TMC_NONE)
        continue;
      cand *x = TMC_PUSH(c, nc, cap);
      *x = (cand){how,        t,          TMC_NONE,          TMC_NONE,
                  el_rank[t], UINT32_MAX, ir->risk_order[j], j};
      if (how->mode == TMC_VMODE_MANUAL)
        continue; /* a review has no starting point */
      if (f->target_kind == TMC_TARGET_PATH) {
        const tmc_path *p = &ir->paths[f->target];
        x->entry = p->entry;
        x->endpoint = p->n_hops > 1 ? p->hops[1].element : p->entry;
      } else {
        x->entry = r.from[t];
        x->endpoint = endpoint_of(&r, n, t);
      }
      if (x->entry != TMC_NONE)
        x->erank = el_rank[x->entry];
    }
  /* A chain is settled by the test of a finding on an element it passes
   * through, from the same entry (the poisoning chain to the registry by the
   * poisoning test of the training set): one test, not one per path. */
  for (uint32_t i = 0; i < nc; i++) {
    const tmc_finding *f = &ir->findings[c[i].finding];
    if (f->target_kind != TMC_TARGET_PATH || c[i].entry == TMC_NONE)
      continue;
    const tmc_path *p = &ir->paths[f->target];
    for (uint32_t k = 0; k < nc; k++) {
      if (ir->findings[c[k].finding].target_kind == TMC_TARGET_PATH ||
          c[k].how != c[i].how || c[k].entry != c[i].entry)
        continue;
      bool on = false;
      for (uint32_t h = 0; h < p->n_hops && !on; h++)
        on = p->hops[h].element == c[k].target;
      if (on) {
        c[i].target = c[k].target, c[i].trank = c[k].trank;
        c[i].endpoint = c[k].endpoint;
        break;
      }
    }
  }
  free(m.key);
  free(m.val);
  if (nc)
    qsort(c, nc, sizeof *c, cmp_cand);

  uint32_t ni = 0;
  for (uint32_t i = 0; i < nc; i++)
    ni += i == 0 || cmp_key(&c[i], &c[i - 1]) != 0;
  item_key *keys = tmc_xcalloc(ni + 1, sizeof *keys);
  ni = 0;
  for (uint32_t i = 0; i < nc;) {
    uint32_t j = i + 1;
    while (j < nc && cmp_key(&c[j], &c[i]) == 0)
      j++;
    keys[ni].first = c[i];
    tmc_vitem *it = &keys[ni++].item;
    const tmc_element *te = &ir->elements[c[i].target];
    it->how = c[i].how;
    it->target = c[i].target;
    it->entry = c[i].entry;
    it->endpoint = c[i].endpoint;
    it->id = c[i].entry == TMC_NONE
                 ? tmc_arena_printf(ir->arena, "%s:%s", c[i].how->id, te->qname)
                 : tmc_arena_printf(ir->arena, "%s:%s:%s", c[i].how->id, te->qname,
                                    ir->elements[c[i].entry].qname);
    it->findings = tmc_arena_alloc(ir->arena, (j - i) * sizeof *it->findings);
    for (uint32_t k = i; k < j; k++) {
      it->findings[it->n_findings++] = c[k].finding;
      if (ir->findings[c[k].finding].score > it->risk)
        it->risk = ir->findings[c[k].finding].score;
    }
    i = j;
  }
  if (ni)
    qsort(keys, ni, sizeof *keys, cmp_item);
  tmc_vitem *items = tmc_arena_alloc(ir->arena, (ni + 1) * sizeof *items);
  for (uint32_t i = 0; i < ni; i++)
    items[i] = keys[i].item;
  free(keys);
  ir->vplan = items;
  ir->n_vplan = ni;
  free(c);
  free(el_rank);
  free(r.from);
  free(r.parent);
  return 0;
}
