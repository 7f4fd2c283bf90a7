/* rules.c - applies every catalog rule to every element and flow it applies
 * to and appends one finding per rule and target whose condition holds.
 *
 * The one idea: findings are identified by (rule id, target id), so they
 * are kept sorted by exactly that key; the same diagram drawn in another
 * order gives the same findings in the same order. The catalog lists rules
 * by id, so visiting each rule's targets in id order appends the findings
 * already sorted (sorting hundreds of thousands of findings by strings was
 * the pass's main cost); a catalog out of order falls back to the sort.
 * Matching is rules x targets, linear in the diagram: a condition walk only
 * where the condition's index (catalog/cond.h: the kinds, roles,
 * technologies and yes/no facts it needs) lets a target through, which a
 * scan of every target's keys, read once, decides. */
#include <stdlib.h>
#include <string.h>

#include "catalog/cond.h"
#include "passes/passes.h"

/* Drops id (the rule's own string) from l, keeping the order. */
static void drop_id(tmc_strlist *l, const char *id) {
  uint32_t w = 0;
  for (uint32_t i = 0; i < l->n; i++)
    if (l->v[i] != id)
      l->v[w++] = l->v[i];
  l->n = w;
}

static void add(tmc_ir *ir, const tmc_catalog *cat, const tmc_rule *r, tmc_target kind,
                uint32_t target, tmc_buf *b) {
  tmc_buf_clear(b);
  if (r->cond) /* evaluate() found it holds here */
    tmc_cond_explain_value(r->cond, ir, kind, target, true, b);
  else if (kind == TMC_TARGET_ELEMENT)
    tmc_buf_printf(b, "applies to every %s", tmc_kind_name(ir->elements[target].kind));
  else
    tmc_buf_puts(b, "applies to every data flow");
  uint32_t at = tmc_ir_add_finding(ir); /* may move ir->findings: index after */
  tmc_finding *f = &ir->findings[at];
  f->rule_id = r->id;
  f->title = r->title;
  f->description = r->description;
  f->remediation = r->remediation;
  f->target_kind = kind;
  f->target = target;
  f->stride = r->stride;
  /* The rule's own lists, not copies: a rule fires on thousands of targets,
   * and five malloc'd lists per finding were most of the IR's memory. */
  f->atlas = r->atlas;
  f->owasp = r->owasp;
  f->cwe = r->cwe;
  f->capec = r->capec;
  f->mitigations = r->controls;
  f->lists_borrowed = true;
  /* ids_if: an id whose condition fails on this target is one the system
   * makes impossible here; only then does the finding get lists of its own. */
  for (uint32_t i = 0; i < r->n_ids_if; i++) {
    const tmc_rule_ids_if *x = &r->ids_if[i];
    if (!x->cond || tmc_cond_eval(x->cond, ir, kind, target))
      continue;
    tmc_finding_own_lists(f);
    for (uint32_t j = 0; j < x->n_ids; j++) {
      drop_id(&f->atlas, x->ids[j]);
      drop_id(&f->owasp, x->ids[j]);
    }
  }
  f->likelihood = r->likelihood;
  f->impact = r->impact;
  f->score = r->likelihood * r->impact;
  f->status = TMC_STATUS_OPEN;
  f->evidence = tmc_arena_strdup(ir->arena, b->data ? b->data : "");
  f->rule = r;
  f->per_pair = r->once_per_pair && kind == TMC_TARGET_FLOW;
}

/* Sort keys are copied out beside each finding's index because C11 qsort
 * passes no context to the comparison. */
typedef struct key {
  const char *rule, *target; /* rule id; element qname or flow id */
  tmc_target kind;
  uint32_t index, at; /* target index (tie-break); position in findings */
} key;

static int cmp_key(const void *pa, const void *pb) {
  const key *a = pa, *b = pb;
  int c = strcmp(a->rule, b->rule);
  if (c)
    return c;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  c = strcmp(a->target, b->target);
  if (c)
    return c;
  return a->index < b->index ? -1 : a->index > b->index;
}

static void sort_findings(tmc_ir *ir, uint32_t first) {
  uint32_t n = ir->n_findings - first;
  if (!n) /* ir->findings may be NULL: memcpy(NULL, ..., 0) is undefined */
    return;
  key *k = tmc_xcalloc(n + 1, sizeof *k);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[first + i];
    k[i] = (key){f->rule_id,
                 f->target_kind == TMC_TARGET_ELEMENT ? ir->elements[f->target].qname
                                                      : ir->flows[f->target].id,
                 f->target_kind, f->target, first + i};
  }
  qsort(k, n, sizeof *k, cmp_key);
  tmc_finding *sorted = tmc_xcalloc(n + 1, sizeof *sorted);
  for (uint32_t i = 0; i < n; i++)
    sorted[i] = ir->findings[k[i].at];
  memcpy(ir->findings + first, sorted, n * sizeof *sorted);
  free(sorted);
  free(k);
}

typedef struct by_id {
  const char *id;
  uint32_t index;
} by_id;

static int cmp_by_id(const void *pa, const void *pb) {
  const by_id *a = pa, *b = pb;
  int c = strcmp(a->id, b->id);
  if (c)
    return c;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* Element (qname) or flow (id) indices in the findings' order: by id, then
 * index. Caller frees. */
static uint32_t *targets_in_order(const tmc_ir *ir, tmc_target kind) {
  uint32_t n = kind == TMC_TARGET_ELEMENT ? ir->n_elements : ir->n_flows;
  by_id *k = tmc_xmalloc((n ? n : 1) * sizeof *k);
  for (uint32_t i = 0; i < n; i++) {
    const char *id = kind == TMC_TARGET_ELEMENT ? ir->elements[i].qname : ir->flows[i].id;
    k[i] = (by_id){id ? id : "", i};
  }
  if (n)
    qsort(k, n, sizeof *k, cmp_by_id);
  uint32_t *o = tmc_xmalloc((n ? n : 1) * sizeof *o);
  for (uint32_t i = 0; i < n; i++)
    o[i] = k[i].index;
  free(k);
  return o;
}

/* One finding per threat per target: a rule that supersedes others (its
 * supersedes: list) takes their place on the targets it fires on; their
 * finding there is dropped and the one kept says so in its evidence and
 * carries their STRIDE letters. Findings are sorted by rule, so each rule's
 * are one run [start, end); the work is linear in findings per superseding
 * rule (there are few). */
/* Releases the findings from first on that drop marks (by index) and closes
 * the gaps, in order. The findings before the first dropped one stay where
 * they are: not copied onto themselves (at 100k, 600k findings of 224
 * bytes). */
static void drop_marked(tmc_ir *ir, uint32_t first, const bool *drop) {
  uint32_t n = ir->n_findings, w = first;
  while (w < n && !drop[w])
    w++;
  for (uint32_t i = w; i < n; i++) {
    if (drop[i])
      tmc_finding_release(&ir->findings[i]);
    else
      ir->findings[w++] = ir->findings[i];
  }
  ir->n_findings = w;
}

static void drop_superseded(tmc_ir *ir, uint32_t first) {
  typedef struct run {
    const tmc_rule *rule;
    uint32_t start, end;
  } run;
  run *runs = NULL;
  uint32_t nr = 0, cap = 0;
  bool any = false;
  for (uint32_t i = first; i < ir->n_findings;) {
    uint32_t j = i;
    while (j < ir->n_findings && ir->findings[j].rule == ir->findings[i].rule)
      j++;
    const tmc_rule *r = ir->findings[i].rule;
    *TMC_PUSH(runs, nr, cap) = (run){r, i, j};
    any |= r && r->supersedes.n;
    i = j;
  }
  if (!any) {
    free(runs);
    return;
  }
  uint32_t ne = ir->n_elements, nf = ir->n_flows, n = ir->n_findings;
  uint32_t *host_el = tmc_xmalloc((ne + 1) * sizeof *host_el);
  uint32_t *host_fl = tmc_xmalloc((nf + 1) * sizeof *host_fl);
  bool *drop = tmc_xcalloc(n + 1, sizeof *drop);
  for (uint32_t i = 0; i <= ne; i++)
    host_el[i] = TMC_NONE;
  for (uint32_t i = 0; i <= nf; i++)
    host_fl[i] = TMC_NONE;
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t a = 0; a < nr; a++) {
    const tmc_rule *r = runs[a].rule;
    if (!r || !r->supersedes.n)
      continue;
    for (uint32_t i = runs[a].start; i < runs[a].end; i++) {
      const tmc_finding *f = &ir->findings[i];
      uint32_t *h = f->target_kind == TMC_TARGET_ELEMENT ? host_el : host_fl;
      h[f->target] = i;
    }
    for (uint32_t s = 0; s < nr; s++) {
      if (s == a || !runs[s].rule || !tmc_strlist_has(&r->supersedes, runs[s].rule->id))
        continue;
      for (uint32_t i = runs[s].start; i < runs[s].end; i++) {
        const tmc_finding *f = &ir->findings[i];
        uint32_t h =
            (f->target_kind == TMC_TARGET_ELEMENT ? host_el : host_fl)[f->target];
        if (h == TMC_NONE || drop[i] || drop[h])
          continue;
        drop[i] = true;
        tmc_finding *k = &ir->findings[h];
        k->stride |= f->stride;
        tmc_buf_clear(&b);
        tmc_buf_printf(&b, "%s; states %s's threat too (%s)", k->evidence, f->rule_id,
                       f->title);
        k->evidence = tmc_arena_strdup(ir->arena, b.data);
      }
    }
    for (uint32_t i = runs[a].start; i < runs[a].end; i++) {
      const tmc_finding *f = &ir->findings[i];
      (f->target_kind == TMC_TARGET_ELEMENT ? host_el : host_fl)[f->target] = TMC_NONE;
    }
  }
  drop_marked(ir, first, drop);
  tmc_buf_free(&b);
  free(drop);
  free(host_el);
  free(host_fl);
  free(runs);
}

/* Does the flow's caller authenticate (authenticated=yes, or its label or
 * an end names how: facts.c, auth_words)? */
static bool signs_in(const tmc_flow *f) {
  return f->authenticated == TMC_TRI_YES ||
         (f->authenticated == TMC_TRI_UNKNOWN && f->facts.auth_named);
}

/* issue #15 item 5: a pure relay (a proxy, load balancer, CDN, WAF or API
 * gateway: sets.yaml fronts) that forwards to one own process only is met
 * first by the outside flows, so the rules that read those flows fire on it;
 * but a login without lock-out, an upload, a missing audit trail are the
 * application's, where the fix lives. Hands each such element finding
 * with an effect inside the application (S, T, R or I; no D: a flood stays
 * on the front, and so does a bare E, who may pass the boundary) on to the process behind
 * it, or drops it when that process has the same rule's finding already (or another
 * front's handed one), so the two never both say it. Not a front whose callers
 * authenticate there, nor one that sends anything but responses to people
 * and requests to that process (a store, a model, a vendor's API, a second
 * backend): it does more than forward. Linear: one walk over the elements, one over the
 * flows, one over the findings (each rule's a contiguous run). Returns whether any moved.
 */
static bool hand_on(tmc_ir *ir, const tmc_catalog *cat, uint32_t first) {
  tmc_techset fronts = tmc_lexicon_techs(tmc_catalog_lexicon(cat), TMC_TECHS_FRONTS);
  uint32_t ne = ir->n_elements, n = ir->n_findings;
  const uint32_t none = TMC_NONE, many = TMC_NONE - 1;
  uint32_t *behind = tmc_xmalloc((ne + 1) * sizeof *behind);
  bool any = false;
  for (uint32_t i = 0; i < ne; i++) {
    const tmc_element *e = &ir->elements[i];
    bool front = e->kind == TMC_KIND_PROCESS && !e->third_party &&
                 TMC_TECHSET_HAS(fronts, e->tech) &&
                 !tmc_canon_has(e->controls_canon, &e->controls, "authentication");
    behind[i] = front ? none : many;
    any |= front;
  }
  if (!any || n == first) {
    free(behind);
    return false;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == f->dst)
      continue;
    if (behind[f->dst] != many && signs_in(f))
      behind[f->dst] = many; /* its callers sign in there */
    for (int end = 0; end < 2; end++) {
      uint32_t s = end ? f->dst : f->src, o = end ? f->src : f->dst;
      if (behind[s] == many || (end && !f->bidirectional))
        continue;
      const tmc_element *t = &ir->elements[o];
      if (t->kind == TMC_KIND_PROCESS && !t->third_party && behind[o] == many &&
          t->facts.app_code)
        behind[s] = behind[s] == none || behind[s] == o ? o : many;
      else if (t->kind != TMC_KIND_EXTERNAL)
        behind[s] = many; /* keeps a store, calls a model or a vendor itself */
    }
  }
  uint32_t *seen = tmc_xcalloc(ne + 1, sizeof *seen); /* run + 1 of a rule's finding */
  bool *drop = tmc_xcalloc(n + 1, sizeof *drop);
  bool moved = false;
  const unsigned inside = TMC_STRIDE_S | TMC_STRIDE_T | TMC_STRIDE_R | TMC_STRIDE_I;
  tmc_buf b = TMC_BUF_INIT;
  uint32_t run = 0;
  for (uint32_t i = first; i < n;) {
    uint32_t j = i;
    while (j < n && ir->findings[j].rule == ir->findings[i].rule)
      j++;
    run++;
    for (uint32_t k = i; k < j; k++) {
      const tmc_finding *f = &ir->findings[k];
      if (f->target_kind == TMC_TARGET_ELEMENT && behind[f->target] >= many)
        seen[f->target] = run;
    }
    for (uint32_t k = i; k < j; k++) {
      tmc_finding *f = &ir->findings[k];
      if (f->target_kind != TMC_TARGET_ELEMENT || behind[f->target] >= many ||
          !(f->stride & inside) || (f->stride & TMC_STRIDE_D))
        continue;
      uint32_t to = behind[f->target];
      moved = true;
      if (seen[to] == run) {
        drop[k] = true;
        continue;
      }
      seen[to] = run;
      tmc_buf_clear(&b);
      tmc_buf_printf(&b, "%s (said of %s, the proxy that only forwards to it)",
                     f->evidence, tmc_element_name(&ir->elements[f->target]));
      f->evidence = tmc_arena_strdup(ir->arena, b.data);
      f->target = to;
    }
    i = j;
  }
  drop_marked(ir, first, drop);
  tmc_buf_free(&b);
  free(drop);
  free(seen);
  free(behind);
  return moved;
}

/* Every id of sub (ATLAS, OWASP, CWE) is one of sup's, and there is one. */
static bool ids_within(const tmc_rule *sub, const tmc_rule *sup) {
  const tmc_strlist *a[3] = {&sub->atlas, &sub->owasp, &sub->cwe};
  const tmc_strlist *b[3] = {&sup->atlas, &sup->owasp, &sup->cwe};
  uint32_t n = 0;
  for (int l = 0; l < 3; l++)
    for (uint32_t i = 0; i < a[l]->n; i++, n++)
      if (!tmc_strlist_has(b[l], a[l]->v[i]))
        return false;
  return n > 0;
}

/* Cites an ATLAS technique or an OWASP risk: names a threat, where a CWE
 * names a weakness that can serve several (CWE-319 is both the tampering and
 * the disclosure of a flow in clear). */
static bool names_technique(const tmc_rule *r) {
  return r->atlas.n || r->owasp.n;
}

static uint32_t n_ids(const tmc_rule *r) {
  return r->atlas.n + r->owasp.n + r->cwe.n;
}

/* Which of two rules firing on one target, one's ids within the other's,
 * is the more specific statement of their threat: one that names the threat
 * (ATLAS, OWASP) over one that names only the weakness (a sandbox escape
 * over "a compromised process reaches data"); then the one keyed to fewer
 * kinds (what an LLM leaks over what any component's prompts leak); then
 * the narrower claim of what goes wrong, fewer STRIDE letters (excessive
 * agency, E, on the agent over the "exfiltrate or destroy", I D E, said of
 * tools it runs); then the one citing more ids, which states the other's
 * threat and more (outsiders' content poisoning training over the feedback
 * loop it also feeds); then the first by id (determinism). Returns <0 when
 * a wins, >0 when b. */
static int more_specific(const tmc_rule *a, const tmc_rule *b) {
  bool ta = names_technique(a), tb = names_technique(b);
  if (ta != tb)
    return ta ? -1 : 1;
  int ka = __builtin_popcount(a->applies_kinds),
      kb = __builtin_popcount(b->applies_kinds);
  if (ka != kb)
    return ka - kb;
  int sa = __builtin_popcount(a->stride), sb = __builtin_popcount(b->stride);
  if (sa != sb)
    return sa - sb;
  if (n_ids(a) != n_ids(b))
    return n_ids(a) > n_ids(b) ? -1 : 1;
  return strcmp(a->id, b->id) <= 0 ? -1 : 1;
}

static void absorb(tmc_ir *ir, tmc_finding *k, const tmc_finding *f, tmc_buf *b) {
  /* the kept finding takes the dropped one's ids, so nothing a reviewer or
   * a dashboard searches for is lost */
  tmc_finding_own_lists(k);
  /* The controls too: a declared control that mitigates the absorbed threat
   * still closes the finding that now states it. */
  const tmc_strlist *from[5] = {&f->atlas, &f->owasp, &f->cwe, &f->capec,
                                &f->mitigations};
  tmc_strlist *to[5] = {&k->atlas, &k->owasp, &k->cwe, &k->capec, &k->mitigations};
  for (int l = 0; l < 5; l++)
    for (uint32_t i = 0; i < from[l]->n; i++)
      if (!tmc_strlist_has(to[l], from[l]->v[i]))
        tmc_strlist_add(to[l], from[l]->v[i]);
  k->stride |= f->stride;
  if (f->likelihood > k->likelihood) /* the worse of the two threats */
    k->likelihood = f->likelihood;
  if (f->impact > k->impact)
    k->impact = f->impact;
  k->score = k->likelihood * k->impact;
  tmc_buf_clear(b);
  tmc_buf_printf(b, "%s; states %s's threat too (%s)", k->evidence, f->rule_id, f->title);
  k->evidence = tmc_arena_strdup(ir->arena, b->data);
}

/* One finding per threat per target, without a pairwise list: two rules that
 * fire on one target state the same threat when every ATLAS, OWASP and CWE
 * id one cites is cited by the other and one of them names the threat (an
 * ATLAS or OWASP id: an agent's excessive agency and the tool misuse said of
 * the same agent; a sandbox escape and "a compromised process reaches
 * data"). Two rules citing only CWEs are left to explicit lists. The more specific
 * (more_specific) stays, takes the other's ids and STRIDE letters and cites it in its
 * evidence; the other is dropped. Explicit supersedes: lists (drop_superseded) are for
 * threats the ids do not show to be one. Findings are grouped by target with
 * a counting sort and each pair of rules is compared once (a memo), so the
 * work is linear in findings times the findings on one target. */
static void merge_same_threat(tmc_ir *ir, uint32_t first) {
  uint32_t n = ir->n_findings - first, ne = ir->n_elements, nf = ir->n_flows;
  if (n < 2)
    return;
  uint32_t *run = tmc_xmalloc(n * sizeof *run); /* finding -> its rule's run */
  const tmc_rule **rules = tmc_xmalloc(n * sizeof *rules);
  uint32_t nr = 0;
  for (uint32_t i = 0; i < n; i++) {
    const tmc_rule *r = ir->findings[first + i].rule;
    if (!nr || rules[nr - 1] != r)
      rules[nr++] = r;
    run[i] = nr - 1;
  }
  uint32_t nt = ne + nf;
  uint32_t *start = tmc_xcalloc(nt + 2, sizeof *start);
  uint32_t *order = tmc_xmalloc(n * sizeof *order);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[first + i];
    start[(f->target_kind == TMC_TARGET_ELEMENT ? 0 : ne) + f->target + 2]++;
  }
  for (uint32_t t = 2; t < nt + 2; t++)
    start[t] += start[t - 1];
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[first + i];
    order[start[(f->target_kind == TMC_TARGET_ELEMENT ? 0 : ne) + f->target + 1]++] = i;
  }
  /* start[t] .. start[t + 1] are target t's findings, in rule order */
  unsigned char *memo = NULL; /* 0 unknown, 1 other threats, 2 same */
  bool *drop = tmc_xcalloc(n, sizeof *drop);
  bool any = false;
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t t = 0; t < nt; t++) {
    for (uint32_t x = start[t]; x < start[t + 1]; x++) {
      uint32_t i = order[x];
      for (uint32_t y = x + 1; y < start[t + 1] && !drop[i]; y++) {
        uint32_t j = order[y];
        const tmc_rule *ri = rules[run[i]], *rj = rules[run[j]];
        if (drop[j] || !ri || !rj || run[i] == run[j])
          continue;
        if (!memo)
          memo = tmc_xcalloc((size_t)nr * nr, 1);
        unsigned char *m = &memo[(size_t)run[i] * nr + run[j]];
        if (!*m)
          /* Rules capped differently are kept apart: the kept one's cap
           * would score the absorbed threat below what it is. */
          *m = (names_technique(ri) || names_technique(rj)) &&
                       ri->max_severity == rj->max_severity &&
                       (ids_within(ri, rj) || ids_within(rj, ri))
                   ? 2
                   : 1;
        if (*m != 2)
          continue;
        bool keep_i = more_specific(ri, rj) < 0;
        uint32_t k = keep_i ? i : j, d = keep_i ? j : i;
        absorb(ir, &ir->findings[first + k], &ir->findings[first + d], &b);
        drop[d] = any = true;
      }
    }
  }
  if (any) {
    uint32_t i = 0; /* those before the first dropped one stay where they are */
    while (!drop[i])
      i++;
    uint32_t w = first + i;
    for (; i < n; i++) {
      if (drop[i])
        tmc_finding_release(&ir->findings[first + i]);
      else
        ir->findings[w++] = ir->findings[first + i];
    }
    ir->n_findings = w;
  }
  tmc_buf_free(&b);
  free(memo);
  free(drop);
  free(order);
  free(start);
  free(rules);
  free(run);
}

/* The targets of one kind as the rules visit them: their keys by index,
 * each one's position in id order, and a bitmap of one rule's hits by
 * position. */
typedef struct indexed {
  tmc_target kind;
  uint32_t n;
  const uint32_t *order; /* position -> index (els[] / fls[]) */
  uint32_t *pos;         /* index -> position */
  tmc_cond_have *have;   /* by index */
  uint64_t *hits;        /* by position */
} indexed;

static indexed index_targets(const tmc_ir *ir, tmc_target kind, const uint32_t *order,
                             uint32_t n, const tmc_cond_keybits *keys, uint64_t want) {
  indexed x = {kind, n, order, NULL, NULL, NULL};
  x.pos = tmc_xmalloc((n + 1) * sizeof *x.pos);
  uint32_t *ident = tmc_xmalloc((n + 1) * sizeof *ident);
  for (uint32_t j = 0; j < n; j++)
    x.pos[order[j]] = j, ident[j] = j;
  x.have = tmc_xmalloc((n + 1) * sizeof *x.have);
  tmc_cond_have_of(ir, kind, ident, n, keys, want, x.have);
  free(ident);
  x.hits = tmc_xcalloc(n / 64 + 1, sizeof *x.hits);
  return x;
}

static void indexed_free(indexed *x) {
  free(x->pos);
  free(x->have);
  free(x->hits);
}

/* Every rule of rules[0..nr) (catalog indices) on every target of x whose
 * keys meet the rule's need: target by target in memory order, each
 * target's rules one after another while its fields are in cache (rule by
 * rule, every rule was a walk over all targets: at 100k elements each
 * evaluation a cache miss). The hits are kept as (rule, target) pairs, then
 * grouped by rule, targets still in memory order; *start (nr + 1 long) gives
 * each rule's slice of the returned targets. Caller frees both. */
static uint32_t *evaluate(const tmc_ir *ir, const tmc_catalog *cat, const uint32_t *rules,
                          uint32_t nr, const tmc_cond_need *need, const indexed *x,
                          uint32_t **start) {
  uint32_t cap = 1024, n = 0;
  uint32_t *pairs = tmc_xmalloc(2 * (size_t)cap * sizeof *pairs);
  uint32_t *count = tmc_xcalloc(nr + 1, sizeof *count);
  /* the rules' needs and conditions side by side, in the order tried */
  tmc_cond_need *needs = tmc_xcalloc(nr + 1, sizeof *needs);
  const tmc_cond **conds = tmc_xcalloc(nr + 1, sizeof *conds);
  for (uint32_t j = 0; j < nr; j++)
    needs[j] = need[rules[j]], conds[j] = tmc_catalog_rule_at(cat, rules[j])->cond;
  /* The rules each kind of target (a flow: each pair of its ends' kinds) may
   * meet, in the order tried: most rules hold on a few kinds, and asking
   * every rule's needs of every target was half the pass (perf21). */
  bool flows = x->kind != TMC_TARGET_ELEMENT;
  uint32_t nb = flows ? TMC_KIND_COUNT * TMC_KIND_COUNT : TMC_KIND_COUNT, nl = 0;
  uint32_t *bucket = tmc_xcalloc(nb + 1, sizeof *bucket);
  uint32_t *listed = tmc_xmalloc(((size_t)nb * nr + 1) * sizeof *listed);
  for (uint32_t k = 0; k < nb; k++) {
    uint32_t k0 = flows ? k / TMC_KIND_COUNT : k, k1 = flows ? k % TMC_KIND_COUNT : 0;
    for (uint32_t j = 0; j < nr; j++)
      if (!needs[j].never && TMC_KINDSET_HAS(needs[j].kinds[0], k0) &&
          (!flows || TMC_KINDSET_HAS(needs[j].kinds[1], k1)))
        listed[nl++] = j;
    bucket[k + 1] = nl;
  }
  for (uint32_t t = 0; t < x->n; t++) {
    const tmc_cond_have *h = &x->have[t];
    uint32_t k = flows ? h->kind[0] * TMC_KIND_COUNT + h->kind[1] : h->kind[0];
    /* perf28: the yes/no facts no key bit holds are probed in the target's
     * own facts (a byte read) before its condition is evaluated: a third of
     * the rules asked of every flow, and most evaluations were theirs */
    const void *facts =
        flows ? (const void *)&ir->flows[t].facts : (const void *)&ir->elements[t].facts;
    for (uint32_t i = bucket[k]; i < bucket[k + 1]; i++) {
      uint32_t j = listed[i];
      if (!tmc_cond_may(&needs[j], h) || !tmc_cond_probe(&needs[j], facts) ||
          !tmc_cond_eval(conds[j], ir, x->kind, t))
        continue;
      if (n == cap) {
        cap *= 2;
        pairs = tmc_xrealloc(pairs, 2 * (size_t)cap * sizeof *pairs);
      }
      pairs[2 * n] = j, pairs[2 * n + 1] = t, n++;
      count[j]++;
    }
  }
  free(bucket);
  free(listed);
  /* counting sort by rule, stable: each rule's targets stay in memory order */
  uint32_t *at = tmc_xcalloc(nr + 1, sizeof *at);
  for (uint32_t j = 0; j < nr; j++)
    at[j + 1] = at[j] + count[j];
  memcpy(count, at, nr * sizeof *count); /* count[j]: next free slot of rule j */
  uint32_t *hit = tmc_xmalloc((n + 1) * sizeof *hit);
  for (uint32_t i = 0; i < n; i++)
    hit[count[pairs[2 * i]]++] = pairs[2 * i + 1];
  free(pairs);
  free(count);
  free(needs);
  free(conds);
  *start = at;
  return hit;
}

/* A flow's place among the flows of its pair of ends (once_per_pair). */
typedef struct pair_pick {
  uint32_t lo, hi;         /* its ends' indices, the lower first */
  const char *name, *from; /* its key= or label; its source's id */
  uint32_t flow;
} pair_pick;

static int cmp_pair_pick(const void *pa, const void *pb) {
  const pair_pick *a = pa, *b = pb;
  if (a->lo != b->lo)
    return a->lo < b->lo ? -1 : 1;
  if (a->hi != b->hi)
    return a->hi < b->hi ? -1 : 1;
  int c = strcmp(a->name, b->name);
  if (c)
    return c;
  c = strcmp(a->from, b->from);
  if (c)
    return c;
  return a->flow < b->flow ? -1 : a->flow > b->flow;
}

/* once_per_pair: keeps in hit[0..n) (flows) one per pair of ends, whichever
 * way each is drawn: the one whose key= or label sorts first, then the one
 * drawn from the end whose id sorts first, then the first drawn (flows alike
 * in all three are alike to their author). What the author wrote decides,
 * never where a flow sits in the file, so reordering the drawing keeps the
 * finding on its flow (its fingerprint is the pair's whichever flow carries
 * it: passes/identity.c). One sort: n log n. Returns the count kept. */
static uint32_t one_per_pair(const tmc_ir *ir, uint32_t *hit, uint32_t n) {
  if (n < 2)
    return n;
  pair_pick *k = tmc_xmalloc(n * sizeof *k);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_flow *fl = &ir->flows[hit[i]];
    const tmc_element *src = &ir->elements[fl->src];
    k[i] = (pair_pick){fl->src < fl->dst ? fl->src : fl->dst,
                       fl->src < fl->dst ? fl->dst : fl->src,
                       fl->key && *fl->key ? fl->key
                       : fl->label         ? fl->label
                                           : "",
                       src->qname ? src->qname : src->id, hit[i]};
  }
  qsort(k, n, sizeof *k, cmp_pair_pick);
  uint32_t w = 0;
  for (uint32_t i = 0; i < n; i++)
    if (!i || k[i].lo != k[i - 1].lo || k[i].hi != k[i - 1].hi)
      hit[w++] = k[i].flow;
  free(k);
  return w;
}

/* Adds rule r's findings on its hits hit[0..n) (targets of x in memory
 * order) in id order, from a bitmap of the hits by position. */
static void emit(tmc_ir *ir, const tmc_catalog *cat, const tmc_rule *r, indexed *x,
                 uint32_t *hit, uint32_t n, tmc_buf *b) {
  if (r->once_per_pair && x->kind == TMC_TARGET_FLOW)
    n = one_per_pair(ir, hit, n);
  uint32_t words = x->n / 64 + 1, lo = words, hi = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t p = x->pos[hit[i]];
    x->hits[p / 64] |= 1ull << (p % 64);
    lo = p / 64 < lo ? p / 64 : lo;
    hi = p / 64 + 1 > hi ? p / 64 + 1 : hi;
  }
  for (uint32_t w = lo; w < hi; w++)
    for (uint64_t bits = x->hits[w]; bits; bits &= bits - 1)
      add(ir, cat, r, x->kind, x->order[w * 64 + (uint32_t)__builtin_ctzll(bits)], b);
  if (lo < hi)
    memset(x->hits + lo, 0, (hi - lo) * sizeof *x->hits);
}

int tmc_pass_rules(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  if (!cat)
    return 0;
  uint32_t first = ir->n_findings;
  uint32_t *els = targets_in_order(ir, TMC_TARGET_ELEMENT);
  uint32_t *fls = targets_in_order(ir, TMC_TARGET_FLOW);
  /* The index (catalog/cond.h): what each rule's condition needs of an
   * element and of a flow (the kinds it applies to among it), and every
   * target's keys, read once. A rule is evaluated only on the targets whose
   * keys meet its needs (a scan of the keys, not a visit to every target),
   * in memory order; its findings are then added in id order from a bitmap
   * of the hits by position in els[] / fls[]. */
  uint32_t nr = tmc_catalog_n_rules(cat);
  tmc_cond_need *need_el = tmc_xcalloc(nr + 1, sizeof *need_el);
  tmc_cond_need *need_fl = tmc_xcalloc(nr + 1, sizeof *need_fl);
  uint64_t want_el = 0, want_fl = 0;
  /* more yes/no facts than key bits: the ones these rules ask for most */
  const tmc_cond **conds = tmc_xcalloc(nr + 1, sizeof *conds);
  tmc_cond_keybits *keys = tmc_xmalloc(2 * sizeof *keys);
  for (uint32_t i = 0; i < nr; i++) {
    const tmc_rule *r = tmc_catalog_rule_at(cat, i);
    conds[i] = r->applies_kinds ? r->cond : NULL;
  }
  tmc_cond_keys_choose(&keys[0], (const tmc_cond *const *)conds, nr, TMC_TARGET_ELEMENT);
  for (uint32_t i = 0; i < nr; i++) {
    const tmc_rule *r = tmc_catalog_rule_at(cat, i);
    conds[i] = r->applies_flows ? r->cond : NULL;
  }
  tmc_cond_keys_choose(&keys[1], (const tmc_cond *const *)conds, nr, TMC_TARGET_FLOW);
  free(conds);
  for (uint32_t i = 0; i < nr; i++) {
    const tmc_rule *r = tmc_catalog_rule_at(cat, i);
    tmc_cond_need_of(r->cond, TMC_TARGET_ELEMENT, &keys[0], &need_el[i]);
    need_el[i].kinds[0] &= r->applies_kinds;
    tmc_cond_need_of(r->cond, TMC_TARGET_FLOW, &keys[1], &need_fl[i]);
    if (r->applies_kinds)
      want_el |= need_el[i].bools_all | need_el[i].bools_any;
    if (r->applies_flows)
      want_fl |= need_fl[i].bools_all | need_fl[i].bools_any;
  }
  indexed el =
      index_targets(ir, TMC_TARGET_ELEMENT, els, ir->n_elements, &keys[0], want_el);
  indexed fl = index_targets(ir, TMC_TARGET_FLOW, fls, ir->n_flows, &keys[1], want_fl);
  /* every rule evaluated first (target-major), then the findings added rule
   * by rule, elements before flows, as a rule-by-rule walk adds them:
   * conditions only read the IR, so the order of evaluation changes nothing */
  uint32_t *rules_el = tmc_xcalloc(nr + 1, sizeof *rules_el), nr_el = 0;
  uint32_t *rules_fl = tmc_xcalloc(nr + 1, sizeof *rules_fl), nr_fl = 0;
  uint32_t *slot = tmc_xcalloc(nr + 1, sizeof *slot); /* rule -> its j in rules_el/_fl */
  uint32_t *slot_fl = tmc_xcalloc(nr + 1, sizeof *slot_fl);
  for (uint32_t i = 0; i < nr; i++) {
    const tmc_rule *r = tmc_catalog_rule_at(cat, i);
    if (r->applies_kinds)
      slot[i] = nr_el, rules_el[nr_el++] = i;
    if (r->applies_flows)
      slot_fl[i] = nr_fl, rules_fl[nr_fl++] = i;
  }
  uint32_t *start_el, *start_fl;
  uint32_t *hit_el = evaluate(ir, cat, rules_el, nr_el, need_el, &el, &start_el);
  uint32_t *hit_fl = evaluate(ir, cat, rules_fl, nr_fl, need_fl, &fl, &start_fl);
  bool in_order = true;
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t i = 0; i < nr; i++) {
    const tmc_rule *r = tmc_catalog_rule_at(cat, i);
    if (i > 0 && strcmp(tmc_catalog_rule_at(cat, i - 1)->id, r->id) >= 0)
      in_order = false;
    if (r->applies_kinds) {
      uint32_t j = slot[i];
      emit(ir, cat, r, &el, hit_el + start_el[j], start_el[j + 1] - start_el[j], &b);
    }
    if (r->applies_flows) {
      uint32_t j = slot_fl[i];
      emit(ir, cat, r, &fl, hit_fl + start_fl[j], start_fl[j + 1] - start_fl[j], &b);
    }
  }
  tmc_buf_free(&b);
  free(hit_el);
  free(hit_fl);
  free(start_el);
  free(start_fl);
  free(rules_el);
  free(rules_fl);
  free(slot);
  free(slot_fl);
  indexed_free(&el);
  indexed_free(&fl);
  free(need_el);
  free(need_fl);
  free(keys);
  free(els);
  free(fls);
  if (hand_on(ir, cat, first))
    in_order = false;
  if (!in_order)
    sort_findings(ir, first);
  drop_superseded(ir, first);
  merge_same_threat(ir, first);
  return 0;
}
