/* paths.c - attack paths: the k most likely ways from each entry point to
 * each element a catalog goal targets (assets, and the LLMs and models that
 * AI attack chains end at), each named by the goal or chain whose target and
 * hop pattern it matches (catalogs/goals.yaml) and recorded as a path and as
 * a finding, plus per-target cut sets: the fewest flows whose fixing breaks
 * every path found.
 *
 * The one idea: a hop costs -ln(probability the attacker gets through it),
 * scaled to an integer, so the most likely path is the cheapest and costs add
 * exactly. Per target, one reverse Dijkstra gives every element's exact
 * distance to it; Yen's algorithm then finds the k cheapest loopless paths
 * from each entry, its spur searches being A* guided by that distance, so
 * nothing ever enumerates simple paths. Work is counted and capped; when a
 * cap cuts the search, a note says so (docs/attack-paths.md). */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/cond.h"
#include "catalog/goals.h"
#include "catalog/lexicon.h"
#include "passes/attackgraph.h"
#include "passes/fixes.h"
#include "passes/passes.h"

#define INF UINT64_MAX
#define COST_SCALE 1000.0      /* cost units per unit of -ln(p) */
#define DEFAULT_MAX_PATHS 100  /* total paths searched for when opts->max_paths is 0 */
#ifndef DEFAULT_SHOWN_PATHS    /* (a diagnostic build may show them all:                 \
                                  -DDEFAULT_SHOWN_PATHS=100) */
#define DEFAULT_SHOWN_PATHS 15 /* ... of which a report shows this many (issue #16) */
#endif
#define WORK_BASE 1000000ull /* heap pops + arc relaxations for the whole pass: this */
#define WORK_PER_ITEM 4ull   /* ... plus this per element and arc (linear in size) */
#define WORK_PAIR 200000ull  /* ... at most this for Yen on one entry/target pair */

/* An insider's path is at most this likely: needing an insider is what
 * docs/risk.md calls high, so no insider's path is critical (3 x 5 = 15). */
#define INSIDER_MAX_LIKELIHOOD 3

/* At most this share (per cent) of the paths a report shows are critical
 * (issue #16): critical is for the few paths to fix first. The most likely
 * keep it; the others are lowered to high, and their reason says why. At
 * least one path may always be critical. */
#define CRITICAL_SHARE 30

/* ---- hop costs ------------------------------------------------------------- */

typedef struct risk {
  tmc_severity *el_open, *fl_open;   /* worst open or accepted finding */
  const char **el_rule, **fl_rule;   /* its rule id */
  bool *el_mitigated, *fl_mitigated; /* has findings closed by declared controls */
  /* Per goal (in ctx.goals order): the open or accepted finding on each
   * element / flow that states the goal's threat (cites one of its
   * same_threat ids), highest score first, or TMC_NONE; NULL for a goal
   * without same_threat ids. same_max is the highest such score anywhere. */
  uint32_t **el_same, **fl_same;
  uint32_t n_goals;
  int same_max;
} risk;

static bool states_goal(const tmc_finding *f, const tmc_goal *g) {
  for (uint32_t i = 0; i < g->same_threat.n; i++)
    if (tmc_strlist_has(&f->atlas, g->same_threat.v[i]))
      return true;
  return false;
}

/* Is finding a a better floor than b (TMC_NONE)? Higher score, then the
 * smaller rule id, so the choice never depends on the order of findings. */
static bool better_same(const tmc_ir *ir, uint32_t a, uint32_t b) {
  if (b == TMC_NONE)
    return true;
  const tmc_finding *x = &ir->findings[a], *y = &ir->findings[b];
  if (x->score != y->score)
    return x->score > y->score;
  return strcmp(x->rule_id ? x->rule_id : "", y->rule_id ? y->rule_id : "") < 0;
}

/* Rows of which goals a key states (one bool per goal), found by the key's
 * address and length: an open-addressed table of the keys, each with its
 * row, both grown by doubling. risk_build keys it by ATLAS lists and by
 * the ATLAS ids in them (perf21): after the passes that reorder findings a
 * rule's findings no longer come in runs, and asking each new list's ids
 * of every goal was half the pass. */
typedef struct goal_memo {
  struct goal_slot {
    const void *key;
    uint32_t n, row; /* row: its row + 1; 0: an empty slot */
  } * slot;
  uint32_t cap, used, n_goals;
  bool *rows;
} goal_memo;

static uint32_t goal_hash(const void *key, uint32_t n) {
  return (uint32_t)(((uintptr_t)key >> 3) * 2654435761u) ^ (n * 40503u);
}

static struct goal_slot *goal_slot_of(struct goal_slot *slot, uint32_t cap,
                                      const void *key, uint32_t n) {
  struct goal_slot *m = &slot[goal_hash(key, n) & (cap - 1)];
  while (m->row && (m->key != key || m->n != n))
    m = m == &slot[cap - 1] ? slot : m + 1;
  return m;
}

/* key's row, or NULL: *fresh then says where to fill in a new one. */
static bool *goal_row(goal_memo *g, const void *key, uint32_t n, bool *fresh) {
  struct goal_slot *m = goal_slot_of(g->slot, g->cap, key, n);
  *fresh = !m->row;
  if (m->row)
    return &g->rows[(size_t)(m->row - 1) * g->n_goals];
  *m = (struct goal_slot){key, n, ++g->used};
  g->rows = tmc_xrealloc(g->rows, (size_t)g->used * g->n_goals * sizeof(bool) + 1);
  if (2 * g->used > g->cap) {
    struct goal_slot *old = g->slot;
    uint32_t old_cap = g->cap;
    g->cap *= 2;
    g->slot = tmc_xcalloc(g->cap, sizeof *g->slot);
    for (uint32_t k = 0; k < old_cap; k++)
      if (old[k].row)
        *goal_slot_of(g->slot, g->cap, old[k].key, old[k].n) = old[k];
    free(old);
  }
  return &g->rows[(size_t)(g->used - 1) * g->n_goals];
}

static void goal_memo_init(goal_memo *g, uint32_t n_goals) {
  g->cap = 256, g->used = 0, g->n_goals = n_goals ? n_goals : 1;
  g->slot = tmc_xcalloc(g->cap, sizeof *g->slot);
  g->rows = NULL;
}

static void goal_memo_free(goal_memo *g) {
  free(g->slot);
  free(g->rows);
}

static void risk_build(risk *r, const tmc_ir *ir, const tmc_goal *const *goals,
                       uint32_t n_goals) {
  r->el_open = tmc_xcalloc(ir->n_elements + 1, sizeof(tmc_severity));
  r->fl_open = tmc_xcalloc(ir->n_flows + 1, sizeof(tmc_severity));
  r->el_rule = tmc_xcalloc(ir->n_elements + 1, sizeof(char *));
  r->fl_rule = tmc_xcalloc(ir->n_flows + 1, sizeof(char *));
  r->el_mitigated = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  r->fl_mitigated = tmc_xcalloc(ir->n_flows + 1, sizeof(bool));
  r->same_max = 0;
  r->n_goals = n_goals;
  r->el_same = tmc_xcalloc(n_goals + 1, sizeof(uint32_t *));
  r->fl_same = tmc_xcalloc(n_goals + 1, sizeof(uint32_t *));
  for (uint32_t g = 0; g < n_goals; g++) {
    if (!goals[g]->same_threat.n)
      continue;
    r->el_same[g] = tmc_xmalloc((ir->n_elements + 1) * sizeof(uint32_t));
    r->fl_same[g] = tmc_xmalloc((ir->n_flows + 1) * sizeof(uint32_t));
    for (uint32_t i = 0; i < ir->n_elements; i++)
      r->el_same[g][i] = TMC_NONE;
    for (uint32_t i = 0; i < ir->n_flows; i++)
      r->fl_same[g][i] = TMC_NONE;
  }
  goal_memo by_list, by_id; /* see goal_memo */
  goal_memo_init(&by_list, n_goals);
  goal_memo_init(&by_id, n_goals);
  const bool *stated = NULL;
  const char **memo_v = NULL;
  uint32_t memo_n = UINT32_MAX;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    /* Path findings (ours) target paths, not elements or flows: they do not
     * tell one hop from another, and the tests below skip them. */
    tmc_severity *sev;
    const char **rule;
    bool *mit;
    uint32_t *const *same;
    if (f->target_kind == TMC_TARGET_ELEMENT && f->target < ir->n_elements) {
      sev = &r->el_open[f->target];
      rule = &r->el_rule[f->target];
      mit = &r->el_mitigated[f->target];
      same = r->el_same;
    } else if (f->target_kind == TMC_TARGET_FLOW && f->target < ir->n_flows) {
      sev = &r->fl_open[f->target];
      rule = &r->fl_rule[f->target];
      mit = &r->fl_mitigated[f->target];
      same = r->fl_same;
    } else {
      continue;
    }
    /* Which goals the finding's ATLAS ids state, asked once per list: a
     * rule's findings share the rule's list, and they come in runs. */
    if (f->atlas.v != memo_v || f->atlas.n != memo_n) {
      memo_v = f->atlas.v;
      memo_n = f->atlas.n;
      bool fresh;
      bool *row = goal_row(&by_list, f->atlas.v, f->atlas.n, &fresh);
      if (fresh) {
        /* a list states a goal when one of its ids does (states_goal) */
        memset(row, 0, n_goals * sizeof(bool));
        for (uint32_t j = 0; j < f->atlas.n; j++) {
          bool *id = goal_row(&by_id, f->atlas.v[j], 0, &fresh);
          if (fresh) {
            tmc_strlist one = {&f->atlas.v[j], 1, 1};
            tmc_finding probe = {.atlas = one};
            for (uint32_t g = 0; g < n_goals; g++)
              id[g] = goals[g]->same_threat.n && states_goal(&probe, goals[g]);
          }
          for (uint32_t g = 0; g < n_goals; g++)
            row[g] |= id[g];
        }
      }
      stated = row;
    }
    /* A control that closes the finding closes the floor too. */
    for (uint32_t g = 0; g < n_goals && f->status != TMC_STATUS_MITIGATED; g++)
      if (same[g] && stated[g] && better_same(ir, i, same[g][f->target])) {
        same[g][f->target] = i;
        if (f->score > r->same_max)
          r->same_max = f->score;
      }
    /* A missing record of who did what (STRIDE R alone) says nothing of how
     * easy the step is: it neither raises the hop's chance nor, closed,
     * lowers it. */
    if (f->stride == TMC_STRIDE_R)
      continue;
    switch (f->status) {
    case TMC_STATUS_MITIGATED:
      *mit = true;
      break;
    case TMC_STATUS_OPEN:
    case TMC_STATUS_ACCEPTED: /* accepted risk is still there to exploit */
      if (f->severity > *sev || (f->severity == *sev && *rule &&
                                 strcmp(f->rule_id ? f->rule_id : "", *rule) < 0)) {
        *sev = f->severity;
        *rule = f->rule_id;
      }
      break;
    }
  }
  goal_memo_free(&by_list);
  goal_memo_free(&by_id);
}

static void risk_free(risk *r) {
  free(r->el_open);
  free(r->fl_open);
  free(r->el_rule);
  free(r->fl_rule);
  free(r->el_mitigated);
  free(r->fl_mitigated);
  for (uint32_t g = 0; g < r->n_goals; g++) {
    free(r->el_same[g]);
    free(r->fl_same[g]);
  }
  free(r->el_same);
  free(r->fl_same);
}

static double sev_factor(tmc_severity s) {
  switch (s) {
  case TMC_SEV_CRITICAL:
    return 1.5;
  case TMC_SEV_HIGH:
    return 1.3;
  case TMC_SEV_MEDIUM:
    return 1.12;
  case TMC_SEV_LOW:
  case TMC_SEV_NONE:
    return 1.0;
  }
  return 1.0;
}

/* The chance an attacker at a gets through to the other end; see the table
 * in docs/attack-paths.md. */
static double hop_probability(const tmc_ir *ir, const risk *r, const tmc_agraph_arc *a) {
  const tmc_flow *f = &ir->flows[a->flow];
  int from = tmc_ir_element_trust(ir, a->from), to = tmc_ir_element_trust(ir, a->to);
  double p = 0.7;
  if (f->facts.crosses) {
    if (to > from)
      p *= 0.5;
    p *= f->authenticated == TMC_TRI_NO    ? 1.6
         : f->authenticated == TMC_TRI_YES ? 0.6
                                           : 1.25;
    p *= f->encrypted == TMC_TRI_NO ? 1.15 : f->encrypted == TMC_TRI_YES ? 1.0 : 1.05;
  } else {
    p *= f->authenticated == TMC_TRI_NO    ? 1.2
         : f->authenticated == TMC_TRI_YES ? 0.8
                                           : 1.0;
  }
  if (a->reverse)
    p *= 0.9;
  tmc_severity sev =
      r->fl_open[a->flow] > r->el_open[a->to] ? r->fl_open[a->flow] : r->el_open[a->to];
  p *= sev_factor(sev);
  if (sev <= TMC_SEV_LOW && (r->fl_mitigated[a->flow] || r->el_mitigated[a->to]))
    p *= 0.8;
  return p < 0.01 ? 0.01 : p > 0.95 ? 0.95 : p;
}

static uint32_t hop_cost(const tmc_ir *ir, const tmc_agraph_arc *a, void *ctx) {
  double c = -log(hop_probability(ir, ctx, a)) * COST_SCALE;
  return c < 1 ? 1 : (uint32_t)lround(c);
}

/* ---- searches -------------------------------------------------------------- */

typedef struct hitem {
  uint64_t key;
  uint32_t tie, node;
} hitem;

typedef struct heap {
  hitem *v;
  uint32_t n, cap;
} heap;

static bool hless(const hitem *a, const hitem *b) {
  return a->key != b->key ? a->key < b->key : a->tie < b->tie;
}

/* perf34: both sift a hole instead of swapping at each level: the item
 * moving is compared as the swaps compared it, so the heap holds the same
 * items in the same places after every push and pop. */
static void hpush(heap *h, hitem x) {
  uint32_t i = h->n;
  TMC_PUSH(h->v, h->n, h->cap);
  while (i > 0 && hless(&x, &h->v[(i - 1) / 2])) {
    h->v[i] = h->v[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  h->v[i] = x;
}

static hitem hpop(heap *h) {
  hitem top = h->v[0];
  hitem x = h->v[--h->n];
  uint32_t i = 0;
  for (;;) {
    uint32_t l = 2 * i + 1, r = l + 1, m = i;
    const hitem *best = &x;
    if (l < h->n && hless(&h->v[l], best))
      m = l, best = &h->v[l];
    if (r < h->n && hless(&h->v[r], best))
      m = r;
    if (m == i)
      break;
    h->v[i] = h->v[m];
    i = m;
  }
  h->v[i] = x;
  return top;
}

typedef struct apath {
  uint32_t *arcs; /* malloc'd arc indices, entry first */
  uint32_t n;
  uint64_t cost;
} apath;

/* Per-element search state, packed so one relaxation touches one cache line
 * (on large random graphs the searches are memory-bound). */
typedef struct node {
  uint64_t h;            /* exact cost from here to the current target */
  uint64_t dist;         /* A* cost, valid where seen == stamp */
  uint32_t pred;         /* arc into here on the best path so far */
  uint32_t seen, closed; /* stamps */
  uint32_t blocked;      /* Yen's removed nodes: == bstamp */
} node;

typedef struct search {
  const tmc_agraph *g;
  node *nd;
  uint32_t stamp;
  uint32_t *arc_blocked, bstamp; /* Yen's removed arcs */
  heap q;
  uint64_t work, limit; /* units done / allowed for the current job */
} search;

static void search_init(search *s, const tmc_agraph *g) {
  memset(s, 0, sizeof(*s));
  s->g = g;
  s->nd = tmc_xcalloc(g->n + 1, sizeof(node));
  s->arc_blocked = tmc_xcalloc(g->n_arcs + 1, sizeof(uint32_t));
}

static void search_free(search *s) {
  free(s->nd);
  free(s->arc_blocked);
  free(s->q.v);
}

/* Exact distance from every element to t, over reversed arcs. An element an
 * attacker cannot pass through (an external entity) gets a distance as a
 * start but is not expanded further. Returns false when the budget ran out
 * (h is then incomplete and must not be used). */
static bool reverse_dijkstra(search *s, uint32_t t) {
  const tmc_agraph *g = s->g;
  for (uint32_t i = 0; i < g->n; i++)
    s->nd[i].h = INF;
  s->q.n = 0;
  s->nd[t].h = 0;
  hpush(&s->q, (hitem){0, g->rank[t], t});
  while (s->q.n) {
    hitem x = hpop(&s->q);
    if (++s->work > s->limit)
      return false;
    uint32_t u = x.node;
    if (x.key != s->nd[u].h || (u != t && !g->transit[u]))
      continue;
    for (uint32_t k = g->in[u]; k < g->in[u + 1]; k++) {
      const tmc_agraph_arc *a = &g->arcs[g->in_arcs[k]];
      uint64_t nd = s->nd[u].h + a->cost;
      s->work++;
      if (nd < s->nd[a->from].h) {
        s->nd[a->from].h = nd;
        hpush(&s->q, (hitem){nd, g->rank[a->from], a->from});
      }
    }
  }
  return true;
}

/* The cheapest path from src to t avoiding Yen's blocked nodes and arcs, by
 * A* on the exact heuristic h. On success out->arcs is malloc'd. */
static bool astar(search *s, uint32_t src, uint32_t t, apath *out) {
  const tmc_agraph *g = s->g;
  if (s->nd[src].h == INF)
    return false;
  /* A search that fails explores everything it can reach: first make sure
   * the target still has a way in and the source a way out. */
  bool in = false, way_out = false;
  for (uint32_t k = g->in[t]; k < g->in[t + 1] && !in; k++) {
    uint32_t a = g->in_arcs[k];
    in = s->arc_blocked[a] != s->bstamp && s->nd[g->arcs[a].from].blocked != s->bstamp &&
         s->nd[g->arcs[a].from].h != INF;
  }
  for (uint32_t a = g->out[src]; a < g->out[src + 1] && !way_out; a++)
    way_out = s->arc_blocked[a] != s->bstamp &&
              s->nd[g->arcs[a].to].blocked != s->bstamp && s->nd[g->arcs[a].to].h != INF;
  s->work += 1 + (g->in[t + 1] - g->in[t]) / 8 + (g->out[src + 1] - g->out[src]) / 8;
  if (!in || !way_out)
    return false;
  if (++s->stamp == 0) { /* wrapped: old marks would look current */
    for (uint32_t i = 0; i < g->n; i++)
      s->nd[i].seen = s->nd[i].closed = 0;
    s->stamp = 1;
  }
  s->q.n = 0;
  s->nd[src].dist = 0;
  s->nd[src].seen = s->stamp;
  s->nd[src].pred = TMC_NONE;
  hpush(&s->q, (hitem){s->nd[src].h, g->rank[src], src});
  while (s->q.n) {
    hitem x = hpop(&s->q);
    uint32_t u = x.node;
    if (++s->work > s->limit)
      return false;
    if (s->nd[u].closed == s->stamp)
      continue;
    s->nd[u].closed = s->stamp;
    if (u == t) {
      uint32_t n = 0;
      for (uint32_t v = t; v != src; v = g->arcs[s->nd[v].pred].from)
        n++;
      out->arcs = tmc_xmalloc(sizeof(uint32_t) * (n + 1));
      out->n = n;
      out->cost = s->nd[t].dist;
      for (uint32_t v = t; v != src; v = g->arcs[s->nd[v].pred].from)
        out->arcs[--n] = s->nd[v].pred;
      return true;
    }
    if (u != src && !g->transit[u])
      continue;
    for (uint32_t k = g->out[u]; k < g->out[u + 1]; k++) {
      const tmc_agraph_arc *a = &g->arcs[k];
      uint32_t v = a->to;
      s->work++;
      if (s->arc_blocked[k] == s->bstamp || s->nd[v].blocked == s->bstamp ||
          s->nd[v].closed == s->stamp || s->nd[v].h == INF)
        continue;
      uint64_t nd = s->nd[u].dist + a->cost;
      if (s->nd[v].seen != s->stamp || nd < s->nd[v].dist) {
        s->nd[v].seen = s->stamp;
        s->nd[v].dist = nd;
        s->nd[v].pred = k;
        hpush(&s->q, (hitem){nd + s->nd[v].h, g->rank[v], v});
      }
    }
  }
  return false;
}

static uint32_t path_node(const tmc_agraph *g, uint32_t src, const apath *p, uint32_t i) {
  return i == 0 ? src : g->arcs[p->arcs[i - 1]].to;
}

/* Order of candidates: cheaper first, then by the stable ranks of the
 * elements visited, so equal-cost paths come out the same on any input order. */
static int cmp_apath(const tmc_agraph *g, const apath *a, const apath *b) {
  if (a->cost != b->cost)
    return a->cost < b->cost ? -1 : 1;
  for (uint32_t i = 0; i < a->n && i < b->n; i++) {
    uint32_t ra = g->rank[g->arcs[a->arcs[i]].to], rb = g->rank[g->arcs[b->arcs[i]].to];
    if (ra != rb)
      return ra < rb ? -1 : 1;
  }
  return a->n < b->n ? -1 : a->n > b->n;
}

static bool same_path(const apath *a, const apath *b) {
  return a->n == b->n && memcmp(a->arcs, b->arcs, a->n * sizeof(uint32_t)) == 0;
}

/* Called after each path Yen adds: true when the caller has enough (the
 * first na paths of A are found). */
typedef bool (*yen_enough)(void *ctx, const apath *A, uint32_t na);

/* Yen's algorithm: up to want loopless paths src -> t, cheapest first, into
 * A (which the caller frees), stopping early once enough (when given) says
 * so. Returns how many; *cut is set when the work limit stopped it early. */
static uint32_t yen(search *s, uint32_t src, uint32_t t, uint32_t want, apath *A,
                    bool *cut, yen_enough enough, void *ectx) {
  const tmc_agraph *g = s->g;
  apath *B = NULL;
  uint32_t nb = 0, capb = 0, na = 0;
  s->bstamp++;
  if (!astar(s, src, t, &A[0])) {
    *cut = s->work > s->limit;
    return 0;
  }
  na = 1;
  while (na < want && !(enough && enough(ectx, A, na))) {
    const apath *prev = &A[na - 1];
    uint64_t root_cost = 0;
    for (uint32_t i = 0; i < prev->n; i++) {
      uint32_t spur = path_node(g, src, prev, i);
      if (++s->bstamp == 0) {
        for (uint32_t x = 0; x < g->n; x++)
          s->nd[x].blocked = 0;
        memset(s->arc_blocked, 0, g->n_arcs * sizeof(uint32_t));
        s->bstamp = 1;
      }
      for (uint32_t j = 0; j < na; j++)
        if (A[j].n > i && memcmp(A[j].arcs, prev->arcs, i * sizeof(uint32_t)) == 0)
          s->arc_blocked[A[j].arcs[i]] = s->bstamp;
      for (uint32_t j = 0; j < i; j++)
        s->nd[path_node(g, src, prev, j)].blocked = s->bstamp;
      apath sp;
      if (astar(s, spur, t, &sp)) {
        apath c = {tmc_xmalloc(sizeof(uint32_t) * (i + sp.n + 1)), i + sp.n,
                   root_cost + sp.cost};
        memcpy(c.arcs, prev->arcs, i * sizeof(uint32_t));
        memcpy(c.arcs + i, sp.arcs, sp.n * sizeof(uint32_t));
        free(sp.arcs);
        bool dup = false;
        for (uint32_t j = 0; j < nb && !dup; j++)
          dup = same_path(&B[j], &c);
        if (dup)
          free(c.arcs);
        else
          *TMC_PUSH(B, nb, capb) = c;
      }
      if (s->work > s->limit)
        break;
      root_cost += g->arcs[prev->arcs[i]].cost;
    }
    if (s->work > s->limit) {
      *cut = true;
      break;
    }
    if (nb == 0)
      break;
    uint32_t best = 0;
    for (uint32_t j = 1; j < nb; j++)
      if (cmp_apath(g, &B[j], &B[best]) < 0)
        best = j;
    A[na++] = B[best];
    B[best] = B[--nb];
  }
  for (uint32_t j = 0; j < nb; j++)
    free(B[j].arcs);
  free(B);
  s->bstamp++; /* leave nothing blocked for the next search */
  return na;
}

/* ---- scores and words ------------------------------------------------------ */

/* A registry or model, or an element whose name says it is where models come
 * from (words: model_sources in catalogs/words.yaml). */
static bool model_source(const tmc_lexicon *lx, const tmc_element *e) {
  if (e->kind == TMC_KIND_MODEL_REGISTRY || e->kind == TMC_KIND_MODEL)
    return true;
  return tmc_lexicon_says(lx, TMC_WORDS_MODEL_SOURCE, tmc_element_name(e)) != NULL;
}

/* Impact of reaching an asset: its data's sensitivity, as declared and by
 * data class (and as the facts pass propagated it, when it ran); unknown is
 * medium, never as low as public. A sensitivity the reach pass only read in
 * the asset's name counts one step less than a written one (a guess must
 * not make a report critical: "Customer DB" is high until the author writes
 * sensitivity=). */
static int asset_impact(const tmc_catalog *cat, const tmc_element *e) {
  if (!e->facts.is_asset)
    return 0;
  tmc_sensitivity sv = tmc_agraph_data_sensitivity(e);
  if (e->facts.data_sensitivity > sv)
    sv = e->facts.data_sensitivity;
  int guess = 0;
  if (e->facts.held_sensitivity > sv) {
    sv = e->facts.held_sensitivity;
    guess = 1;
  }
  switch (sv) {
  case TMC_SENS_SECRET:
    return 5 - guess;
  case TMC_SENS_CONFIDENTIAL:
    return 4 - guess;
  case TMC_SENS_INTERNAL:
  case TMC_SENS_UNSET:
    return 3;
  case TMC_SENS_PUBLIC:
    return 2;
  }
  return 3;
}

/* The words for an asset's impact in a path's reason. */
static const char *impact_words(const tmc_element *e, int ai) {
  if (e->facts.sensitivity_why.source == TMC_SOURCE_LABEL_WORD && ai < 5)
    return e->facts.held_sensitivity == TMC_SENS_SECRET ? "asset named as secret"
           : e->facts.held_sensitivity == TMC_SENS_CONFIDENTIAL
               ? "asset named as confidential"
               : "asset";
  return ai == 5 ? "secret asset" : ai == 4 ? "confidential asset" : "asset";
}

static int likelihood_of(uint64_t cost) {
  double p = exp(-(double)cost / COST_SCALE);
  return p >= 0.4 ? 5 : p >= 0.2 ? 4 : p >= 0.08 ? 3 : p >= 0.02 ? 2 : 1;
}

static tmc_severity severity_of(int score) {
  return score >= 20   ? TMC_SEV_CRITICAL
         : score >= 12 ? TMC_SEV_HIGH
         : score >= 6  ? TMC_SEV_MEDIUM
                       : TMC_SEV_LOW;
}

/* The control that would fix one hop, as a catalog control id (the ids of
 * catalogs/controls.yaml, so the mitigation plan and --list-controls name
 * the same thing; test_examples checks every id the pass emits resolves to
 * itself in the built-in catalog). */
static const char *hop_control(const tmc_lexicon *lx, const tmc_ir *ir,
                               const tmc_agraph_arc *a) {
  const tmc_flow *f = &ir->flows[a->flow];
  const tmc_element *from = &ir->elements[a->from], *to = &ir->elements[a->to];
  if (from->facts.is_entry && from->third_party && model_source(lx, from))
    return tmc_canon_has(from->data_canon, &from->data, "packages") ? "dependency_pinning"
                                                                    : "model_provenance";
  bool content =
      tmc_agraph_is_store(from->kind) || (from->facts.is_entry && from->third_party);
  if (content &&
      to->kind == TMC_KIND_PIPELINE) /* vet what trains, screen what is indexed */
    return to->facts.training_path ? "dataset_provenance" : "content_validation";
  if (content && (to->kind == TMC_KIND_LLM || from->kind == TMC_KIND_VECTOR_STORE))
    return "prompt_injection_filter";
  if (f->facts.tainted && to->facts.feeds_training && tmc_agraph_is_store(to->kind))
    return "dataset_provenance"; /* outsiders' content written into training data */
  if (f->authenticated != TMC_TRI_YES && (f->facts.crosses || !a->reverse))
    return "authentication";
  if (f->encrypted == TMC_TRI_NO)
    return "encryption_in_transit";
  if (a->reverse)
    return "access_control";
  return "input_validation";
}

/* Where a path that is not an entry point's starts (vendor_starts). */
enum { START_ENTRY, START_VENDOR, START_PARTICIPANT, START_SOURCE };

static const char *entry_reason(const tmc_ir *ir, const uint8_t *vendor, uint32_t i) {
  const tmc_element *e = &ir->elements[i];
  const char *v = tmc_props_get(&e->props, "entry");
  if (vendor[i] == START_PARTICIPANT)
    return "a federated participant: its model updates, from a compromised node";
  if (vendor[i] == START_SOURCE)
    return "a source outside every trust boundary that sends into the system: what it "
           "sends is the attacker's";
  if (vendor[i])
    return "a service the system calls: its response, compromised or manipulated";
  if (v)
    return "entry point: entry=true";
  if (e->kind == TMC_KIND_EXTERNAL)
    return "entry point: external entity";
  if (e->third_party)
    return "entry point: third-party source";
  return e->boundary == TMC_NONE ? "entry point: outside every trust boundary"
                                 : "entry point: in an untrusted (trust 0) zone";
}

static uint32_t hop_boundary(const tmc_ir *ir, const tmc_agraph_arc *a) {
  const tmc_flow *f = &ir->flows[a->flow];
  uint32_t b = ir->elements[a->to].boundary;
  for (uint32_t k = 0; k < f->n_crossed; k++)
    if (f->crossed[k] == b)
      return b;
  return f->n_crossed ? f->crossed[0] : TMC_NONE;
}

static const char *hop_weakness(const tmc_ir *ir, const risk *r,
                                const tmc_agraph_arc *a) {
  const tmc_flow *f = &ir->flows[a->flow];
  const tmc_element *from = &ir->elements[a->from], *to = &ir->elements[a->to];
  tmc_buf b = TMC_BUF_INIT;
  int tf = tmc_ir_element_trust(ir, a->from), tt = tmc_ir_element_trust(ir, a->to);
  if (a->reverse && !f->bidirectional)
    tmc_buf_printf(&b, "a compromised %s reads it with its own access",
                   tmc_element_name(from));
  else if (a->reverse)
    tmc_buf_puts(&b, "two-way flow followed back");
  if (f->facts.crosses) {
    uint32_t bd = hop_boundary(ir, a);
    const char *bl = bd == TMC_NONE ? "" : ir->boundaries[bd].label;
    if (!bl || !*bl)
      bl = bd == TMC_NONE ? "a trust boundary" : ir->boundaries[bd].id;
    tmc_buf_printf(&b, "%scrosses %s (trust %d -> %d%s)", b.len ? "; " : "", bl, tf, tt,
                   tt > tf ? ", into higher trust" : "");
  }
  if (f->authenticated == TMC_TRI_NO)
    tmc_buf_printf(&b, "%sunauthenticated", b.len ? "; " : "");
  else if (f->authenticated == TMC_TRI_UNKNOWN && f->facts.crosses)
    tmc_buf_printf(&b, "%sno authentication declared", b.len ? "; " : "");
  if (f->encrypted == TMC_TRI_NO)
    tmc_buf_printf(&b, "%sunencrypted (%s)", b.len ? "; " : "",
                   f->encrypted_reason ? f->encrypted_reason : "encrypted=no");
  tmc_severity sev = r->fl_open[a->flow];
  const char *rule = r->fl_rule[a->flow];
  if (r->el_open[a->to] > sev) {
    sev = r->el_open[a->to];
    rule = r->el_rule[a->to];
  }
  if (sev >= TMC_SEV_MEDIUM && rule)
    tmc_buf_printf(&b, "%sopen finding %s (%s)", b.len ? "; " : "", rule,
                   tmc_severity_name(sev));
  else if (r->fl_mitigated[a->flow] || r->el_mitigated[a->to])
    tmc_buf_printf(&b, "%sfindings here are mitigated by declared controls",
                   b.len ? "; " : "");
  if (!b.len)
    tmc_buf_printf(&b, "attacker-controlled content flows on to %s",
                   tmc_element_name(to));
  char *s = tmc_arena_strdup(ir->arena, b.data);
  tmc_buf_free(&b);
  return s;
}

/* ---- the best keys so far ---------------------------------------------------- */

/* A path's place in the global order as one number, smaller = better: score
 * first (higher wins), then cost (lower wins). Every path to a target costs at
 * least the target's distance from the nearest entry, so the same formula on
 * that distance and the best impact the target allows bounds them all. */
static uint64_t order_key(int score, uint64_t cost) {
  uint64_t c = cost < (1ull << 48) ? cost : (1ull << 48) - 1;
  return (uint64_t)(25 - score) << 48 | c;
}

/* The max_total best keys found so far, worst on top (a max-heap): once it is
 * full, a pair or target whose bound is worse than the top cannot place. */
typedef struct topk {
  uint64_t *v;
  uint32_t n, max;
  bool capped; /* the cap turned a path away: the note says so */
} topk;

static void topk_add(topk *t, uint64_t key) {
  if (t->n == t->max) {
    t->capped = true;
    if (key >= t->v[0])
      return;
    t->v[0] = key; /* replace the worst and sift down */
    for (uint32_t i = 0;;) {
      uint32_t l = 2 * i + 1, r = l + 1, m = i;
      if (l < t->n && t->v[l] > t->v[m])
        m = l;
      if (r < t->n && t->v[r] > t->v[m])
        m = r;
      if (m == i)
        break;
      uint64_t x = t->v[i];
      t->v[i] = t->v[m];
      t->v[m] = x;
      i = m;
    }
    return;
  }
  uint32_t i = t->n++;
  t->v[i] = key;
  while (i > 0 && t->v[i] > t->v[(i - 1) / 2]) {
    uint64_t x = t->v[i];
    t->v[i] = t->v[(i - 1) / 2];
    t->v[(i - 1) / 2] = x;
    i = (i - 1) / 2;
  }
}

static bool topk_beats(topk *t, uint64_t bound) {
  bool beats = t->n == t->max && bound > t->v[0];
  t->capped |= beats;
  return beats;
}

/* ---- collecting ------------------------------------------------------------ */

typedef struct found {
  uint32_t entry, target;
  apath p;
  uint32_t goal; /* index into ctx.goals */
  int likelihood, impact, score;
  int hop_likelihood; /* from the hops alone, before the entry's trust */
  bool insider;
  bool vendor;   /* starts at a service the system calls (its manipulated response)
                    or at a federated participant (its poisoned updates) */
  uint32_t same; /* the finding that states the goal's threat on the path, or TMC_NONE */
  bool raised;   /* the path adopted that finding's score */
  bool more;
  bool again;      /* a route another goal named first, named again (names_again) */
  bool loop;       /* a walk around a loop back to the target (loop_walk) */
  bool by_data;    /* a theft where the attacker's input reaches the reader of the
                      keys only as stored data (theft_by_data) */
  uint32_t capped; /* lowered to high: this many shown paths rank above it as critical */
  bool staff;      /* starts at staff who sign in (named as staff, not anonymous):
                      after an outsider's path that ties with it (cmp_found_g) */
} found;

typedef struct ctx {
  tmc_ir *ir;
  const tmc_agraph *g;
  const risk *r;
  found *v;
  uint32_t n, cap;
  const tmc_catalog *cat; /* data classes, goals; or NULL */
  /* The catalog's goals in the order they name paths: chains (goals with hop
   * patterns) by id, then plain goals by id. */
  const tmc_goal **goals;
  uint32_t n_goals;
  const tmc_lexicon *lx;   /* model source words (catalogs/words.yaml) */
  topk best;               /* keys of the best max_total paths so far */
  const uint32_t *entries; /* every entry point, by index */
  uint32_t n_entries;
  /* per element: a path start that is not an entry point (START_VENDOR: a
   * service we call; START_PARTICIPANT: a federated participant;
   * START_SOURCE: a source outside every zone) */
  const uint8_t *vendor;
  uint64_t extra_left;      /* work the pairs' searches may still spend past k + 1
                               paths for an aim (paths_to) */
  uint32_t pairs_cut;       /* pairs whose search the work limit stopped */
  uint32_t targets_skipped; /* targets the work limit never reached */
  /* Walks around a loop (loop_walk), made on first use: per element, the
   * aims met further on there (a goal's met_further holds), and the walk's
   * search state, two per element (before and after such an element). */
  unsigned *met_at;
  bool *agent_at; /* per element: an agent or its tool (agent_reads_back) */
  bool any_agent; /* ... some element is an agent */
  struct wstate *ws;
  uint32_t wstamp;
} ctx;

static int cmp_found_g(const tmc_agraph *g, const found *a, const found *b) {
  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  /* xcut (issue #16 item 4, ties): of two paths as likely and as costly,
   * the one an outsider can start ranks before the one that starts at staff
   * who sign in: anyone can try the first, and a staff member's equal path
   * would take each goal's and each target's first place from it by the
   * element ranks alone (the staff's mailbox and the internet's, one walk
   * to every tool behind it: only the staff's were shown). */
  if (a->p.cost == b->p.cost && a->staff != b->staff)
    return a->staff ? 1 : -1;
  int c = cmp_apath(g, &a->p, &b->p);
  if (c)
    return c;
  if (a->target != b->target)
    return g->rank[a->target] < g->rank[b->target] ? -1 : 1;
  if (a->entry != b->entry)
    return g->rank[a->entry] < g->rank[b->entry] ? -1 : 1;
  return 0;
}

/* Groups of found paths by two keys (goal and entry, entry and target), with
 * the position in rank order last so each group's first is its best. */
typedef struct pair_at {
  uint32_t entry, target, at;
} pair_at;

static int cmp_pair_at(const void *pa, const void *pb) {
  const pair_at *a = pa, *b = pb;
  if (a->entry != b->entry)
    return a->entry < b->entry ? -1 : 1;
  if (a->target != b->target)
    return a->target < b->target ? -1 : 1;
  return a->at < b->at ? -1 : a->at > b->at;
}

/* A camera, sensor, reader or meter that captures the physical world (the
 * facts pass's sensor: an IoT device, or a device whose name says a
 * words.yaml sensors word; not one that acts, a lock or a valve, nor a
 * board or controller): whoever stands before it (a printed photo, an
 * adversarial patch, a trigger) starts a physical attack there, whoever
 * else is drawn sending to it (issue #16: a physical trigger via a camera). */
static bool sensor(const tmc_element *e) {
  return e->facts.sensor;
}

/* Is path a the tail of path b: the same goal and target, b's hops ending
 * with all of a's, a starting at an outsider or a public service (an entry
 * process: a mail ingest worker outside every zone; tail_entry) b passes
 * through? Then a tells nothing b does not, and b names who starts it (Visa
 * -> switch -> model repeats fraudster -> Visa -> switch -> model). */
static bool tail_of(const found *a, const found *b) {
  if (a->goal != b->goal || a->target != b->target || a->p.n >= b->p.n)
    return false;
  return memcmp(a->p.arcs, b->p.arcs + (b->p.n - a->p.n), a->p.n * sizeof(uint32_t)) == 0;
}

/* Does path b go on from path a's target: the same entry, a's hops the first
 * of b's, both of one aim, and a's target one where its goal's aim is met
 * further on (met_further: a model drawn for the job that trains one is met
 * at the model served from what it trains)? Then b tells a's story to its
 * end. */
static bool goes_on(const ctx *c, const found *a, const found *b) {
  const tmc_goal *ga = c->goals[a->goal], *gb = c->goals[b->goal];
  unsigned aim = ga->aim_bit;
  if (!ga->met_further || !aim || a->entry != b->entry || a->p.n >= b->p.n ||
      aim != gb->aim_bit ||
      !tmc_cond_eval(ga->met_further, c->ir, TMC_TARGET_ELEMENT, a->target))
    return false;
  return memcmp(a->p.arcs, b->p.arcs, a->p.n * sizeof(uint32_t)) == 0;
}

/* The test of tail_of on a's entry alone (an outsider or a public service),
 * asked once per path before its pairs: the name's word lookup was most of
 * the pair loop's time. */
static bool tail_entry(const tmc_ir *ir, const tmc_lexicon *lx, const found *a) {
  const tmc_element *e = &ir->elements[a->entry];
  /* a pipeline start (a federated participant's training step) as well: a
   * longer path through it names who feeds it, as a process's does */
  return (e->kind == TMC_KIND_EXTERNAL || e->kind == TMC_KIND_PROCESS ||
          e->kind == TMC_KIND_PIPELINE) &&
         !e->third_party && !sensor(e) &&
         !tmc_lexicon_says(lx, TMC_WORDS_HOSTED, tmc_element_name(e));
}

/* Does path a start at an outsider that signs in to the system with a key
 * or account of its own (its first flow carries credentials: a scanning
 * bureau's SSH key, a partner's API key)? Then whoever steals that account
 * starts an attack the upstream sender cannot (issue #16: a compromised
 * bureau account uploads huge files): a path of its own, no tail. */
static bool own_account(const ctx *c, const found *a) {
  const tmc_element *e = &c->ir->elements[a->entry];
  return a->p.n && e->kind == TMC_KIND_EXTERNAL && e->facts.is_entry &&
         c->ir->flows[c->g->arcs[a->p.arcs[0]].flow].facts.carries_credentials;
}

/* Above this many found paths the tail test (quadratic) is skipped. */
#define TAIL_TEST_MAX 4000u

/* Groups of found paths by entry, target and aim, the position in rank order
 * last so each group's first is its best. */
typedef struct aim_at {
  uint32_t entry, target;
  unsigned aim;
  uint32_t at;
} aim_at;

static int cmp_aim_at(const void *pa, const void *pb) {
  const aim_at *a = pa, *b = pb;
  if (a->entry != b->entry)
    return a->entry < b->entry ? -1 : 1;
  if (a->target != b->target)
    return a->target < b->target ? -1 : 1;
  if (a->aim != b->aim)
    return a->aim < b->aim ? -1 : 1;
  return a->at < b->at ? -1 : a->at > b->at;
}

/* Which paths a report shows first when it shows fewer than were found
 * (issue #16: paths grouped by goal, the rest counted). v is in rank order;
 * a stable partition by tier keeps that order within each tier:
 *   0. each goal's best path among the pairs' best (tier 2's);
 *   1. each target's best (among the pairs' best): every goal's end a
 *      report can name is named once before any is named twice;
 *   2. each entry/target pair's best, those that reach the model served
 *      under a goal met further on (MODEL_TIER) before the others;
 *   3. each pair's best for each other aim a chain names (the shoppers'
 *      clicks trained on and served as well as their queries to the model:
 *      a chain is a named attack, so its best is shown with the pairs'
 *      best, in tier 2; a plain goal's here);
 *   4. the rest;
 *   5. the paths of an entry point another entry point sends to (relayed:
 *      the inbox a sender mails, the worker that polls it): the attacker is
 *      upstream, and the upstream entry's paths pass through it and name
 *      who starts them;
 *   (after 6, a shown_last goal's paths and a member of the public's flood
 *   of the service they write through, their own tool for every other
 *   aim: OWN_FLOOD, paths30);
 *   (after 7, the routes named again: a further entry's theft of the
 *   credentials a pipeline or training job holds or reads, once one entry's
 *   path names that theft: AGAIN_THEFT, paths26);
 *   6. paths that are the tail of another found path (the longer one names
 *      who starts it), or that another found path of the same aim goes on
 *      from to where the aim is met (goes_on).
 * The tiers use stable keys only (goal index, aims, element indices, rank
 * order), so the choice is as deterministic as the ranking. */
#define MODEL_TIER 8     /* shown after tier 1, before tier 2 */
#define LAST_TIER 9      /* a names_last goal's paths: after tier 7 */
#define CHAIN_TIER 10    /* a pair's best a chain names: after MODEL_TIER, before 2 */
#define AGAIN_THEFT 11   /* a second entry's theft at the same job: after 7 */
#define OWN_FLOOD 12     /* a shown_last goal's paths: after every other */
#define AGAIN_WEIGHTS 13 /* a source of weights' other aims: with AGAIN_THEFT */
#define FLOOD_ONLY 14    /* the best flood of an end only floods reach: after 3 */
#define LOOP_TIER                                                                        \
  15 /* a pair's best that is a loop's second pass: after                                \
        CHAIN_TIER, before 2 (r2tamper) */

/* paths35 (issue #16): a path whose first hop brings an outside party's
 * model weights in (brings_weights: a hub's base weights pulled into serving
 * or a fine-tune) for an aim other
 * than tampering with a model: the backdoored model acting through the agent,
 * reading the keys or the store the model's code reaches. The route is the
 * model supply chain's, which tamper_model names first; its other aims add
 * an aim, not a way in, and are shown after the other pairs' best, not in
 * the place of another entry's only path (skipjack: the hub's readings took
 * the plugins' slots from a partner plugin steering another). */
static bool weights_again(const ctx *c, const found *a) {
  return a->p.n && a->goal < c->n_goals &&
         c->goals[a->goal]->aim_bit == tmc_goal_aim_bit("act_through_agent") &&
         c->ir->flows[c->g->arcs[a->p.arcs[0]].flow].facts.brings_weights;
}

static bool own_tool(const ctx *c, uint32_t e, uint32_t t);

/* paths26: where path a's credentials are stolen: its target, or when that
 * is a store of keys, the element that reads them from it (the last hop's
 * start). */
static uint32_t theft_at(const ctx *c, const found *a) {
  if (!a->p.n || !tmc_agraph_is_store(c->ir->elements[a->target].kind))
    return a->target;
  return c->g->arcs[a->p.arcs[a->p.n - 1]].from;
}

/* paths27 (issue #16): a credential theft whose attacker reaches the
 * element that reads the keys only through content it reads from a store
 * (retrieved chunks, a training set, a CMS's published pages, a table's
 * rows), or through a model's answer (an embedding, a completion read by
 * code that does not run it): nothing of the attacker's runs there, so the theft needs a
 * second flaw (a parser, a template, code that evaluates what it reads) and is one step
 * less likely. Not where the reader runs what it gets: an agent, a tool executor, a sink
 * that interprets it (SQL, shell), an agent's tool; nor content from a registry or an
 * outside source of packages, images or models, which is code. */
static bool theft_by_data(const ctx *c, const found *f) {
  const tmc_ir *ir = c->ir;
  if (f->goal >= c->n_goals ||
      c->goals[f->goal]->aim_bit != tmc_goal_aim_bit("steal_credentials"))
    return false;
  uint32_t reader = theft_at(c, f), into = TMC_NONE;
  for (uint32_t h = 0; h < f->p.n; h++)
    if (c->g->arcs[f->p.arcs[h]].to == reader)
      into = c->g->arcs[f->p.arcs[h]].from;
  if (into == TMC_NONE)
    return false;
  const tmc_element *r = &ir->elements[reader], *d = &ir->elements[into];
  if (r->kind == TMC_KIND_AGENT_TOOL || TMC_ROLESET_HAS(r->roles, TMC_ROLE_AGENT) ||
      TMC_ROLESET_HAS(r->roles, TMC_ROLE_TOOL_EXECUTOR) ||
      TMC_ROLESET_HAS(r->roles, TMC_ROLE_OUTPUT_SINK))
    return false;
  if (TMC_ROLESET_HAS(d->roles, TMC_ROLE_ARTIFACT_SOURCE))
    return false;
  /* g31b: ... or through what an outside service's feed hands a training
   * or ingestion job ("Open-Meteo API -> nightly training: weather
   * history"): rows the job fits or indexes, no code it runs (a package
   * index or a hub of models, an artifact source, is code: above) */
  if (d->kind == TMC_KIND_EXTERNAL &&
      (r->kind == TMC_KIND_PIPELINE || TMC_ROLESET_HAS(r->roles, TMC_ROLE_TRAINER) ||
       TMC_ROLESET_HAS(r->roles, TMC_ROLE_INGESTION)))
    return true;
  return d->kind == TMC_KIND_DATA_STORE || d->kind == TMC_KIND_VECTOR_STORE ||
         d->kind == TMC_KIND_DATASET || d->kind == TMC_KIND_FEATURE_STORE ||
         d->kind == TMC_KIND_MODEL || d->kind == TMC_KIND_LLM;
}

/* paths34 (issue #16): an entry point who configures the system rather than
 * uses it: an outsider (no third party, no named supplier) every flow of whose goes
 * straight into the code driving an LLM that writes its system prompt, and says so
 * ("system prompt, price list"). Their paths are the owner's own hand on the
 * prompt: under a full cap they are shown after another entry's path of the
 * same goal, or they take every target's slot from the outsiders the prompt
 * is there to hold off. Not a content author writing into a store the
 * system indexes (playbook pages on a site): that content is read as data,
 * a way in of its own. */
static bool named_source(const tmc_lexicon *lx, const tmc_element *e);

static bool *configurer_entries(const tmc_ir *ir, const tmc_lexicon *lx) {
  bool *cf = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    const tmc_element *e = &ir->elements[f->src];
    if (e->kind != TMC_KIND_EXTERNAL || !e->facts.is_entry || e->third_party)
      continue;
    cf[f->src] = true;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (!cf[f->src])
      continue;
    const tmc_element *d = &ir->elements[f->dst];
    cf[f->src] = d->facts.writes_system_prompt &&
                 tmc_lexicon_says(lx, TMC_WORDS_SYSTEM_PROMPTS, f->label) != NULL;
  }
  /* one who gets something back (an answer, a two-way flow) uses it too */
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    cf[ir->flows[i].dst] = false;
    if (ir->flows[i].bidirectional)
      cf[ir->flows[i].src] = false;
  }
  /* a party a prompt comes from (a hosted prompt hub, a feed) is a supplier
   * whose tampering is an attack of its own */
  for (uint32_t i = 0; i < ir->n_elements; i++)
    cf[i] = cf[i] && !named_source(lx, &ir->elements[i]) &&
            !tmc_lexicon_says(lx, TMC_WORDS_HOSTED, tmc_element_name(&ir->elements[i]));
  return cf;
}

static bool step_holds(const ctx *c, const tmc_goal_step *s, uint32_t src, const apath *p,
                       uint32_t i);
static bool aimed(const tmc_goal_step *x, unsigned aim);

/* paths37 (issue #16): does path f reach the model as its user's own words
 * (a hop whose first hop_techniques item for f's aim is direct prompt
 * injection, AML.T0051.000), so whatever the model reads comes back to the
 * attacker in its answer? Asked only of the few pairs tied for a target. */
static bool direct_use(const ctx *c, const found *f) {
  unsigned aim = c->goals[f->goal]->aim_bit;
  uint32_t nh = tmc_catalog_n_hop_techniques(c->cat);
  for (uint32_t i = 1; i <= f->p.n; i++)
    for (uint32_t k = 0; k < nh; k++) {
      const tmc_goal_step *x = tmc_catalog_hop_technique_at(c->cat, k);
      if (x->also || x->after || !aimed(x, aim) || !step_holds(c, x, f->entry, &f->p, i))
        continue;
      if (x->technique && strcmp(x->technique, "AML.T0051.000") == 0)
        return true;
      break;
    }
  return false;
}

/* paths37: which elements the system's own code sends to (a flow into them,
 * or a two-way one, from anything but an outsider): a service the agent
 * calls hears what the agent sends, a way out for what it planted. One walk
 * over the flows. */
static bool *system_sends_to(const tmc_ir *ir) {
  bool *h = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *fl = &ir->flows[f];
    if (ir->elements[fl->src].kind != TMC_KIND_EXTERNAL)
      h[fl->dst] = true;
    if (fl->bidirectional && ir->elements[fl->dst].kind != TMC_KIND_EXTERNAL)
      h[fl->src] = true;
  }
  return h;
}

/* paths37: is path f an exfiltration whose attacker only plants what the
 * agent reads (no direct_use) and hears nothing the system sends
 * (system_sends_to, built into *hears when first asked)? Then the data
 * needs a second way out, and the agent's own user, who gets it back in the
 * answer, comes first among paths of one score. */
static bool planter_only(const ctx *c, const found *f, bool **hears) {
  if (direct_use(c, f))
    return false;
  if (!*hears)
    *hears = system_sends_to(c->ir);
  return !(*hears)[f->entry]; /* a plugin the agent calls gets its next call's data */
}

/* paths37: one step of picking a goal's or a target's shown pair among
 * candidates in rank order: the first is taken (*open when it is a planted
 * exfiltration, planter_only); a later one of the same score replaces it
 * only while open and only by the agent's own user's exfiltration. */
static void prefer_asker(const ctx *c, const found *v, uint32_t i, unsigned exfil,
                         uint32_t *pick, bool *open, bool **hears) {
  bool ex = c->goals[v[i].goal]->aim_bit == exfil;
  if (*pick == TMC_NONE)
    *pick = i, *open = ex && planter_only(c, &v[i], hears);
  else if (*open && ex && v[i].score == v[*pick].score && direct_use(c, &v[i]))
    *pick = i, *open = false;
}

static void select_shown(const ctx *c, found *v, uint32_t n, const bool *relayed,
                         const bool *configurer) {
  const tmc_ir *ir = c->ir;
  uint8_t *tier = tmc_xcalloc(n + 1, 1);
  bool *tail = tmc_xcalloc(n + 1, sizeof(bool));
  if (n <= TAIL_TEST_MAX)
    for (uint32_t i = 0; i < n; i++) {
      if (!tail_entry(ir, c->lx, &v[i]) || own_account(c, &v[i]))
        continue;
      /* (r2tamper: not behind a loop's second pass less likely than it,
       * which the limit cuts first) */
      for (uint32_t j = 0; j < n && !tail[i]; j++)
        tail[i] =
            j != i && (!v[j].loop || v[j].score >= v[i].score) && tail_of(&v[i], &v[j]);
    }
  /* ... and paths another one goes on from to where their aim is met (the
   * training set a path poisons, when the path to the model served from it
   * is found): shown with the tails, after every path that names an end. */
  if (n <= TAIL_TEST_MAX)
    for (uint32_t i = 0; i < n; i++) {
      if (!c->goals[v[i].goal]->met_further) /* asked once per path, as above */
        continue;
      for (uint32_t j = 0; j < n && !tail[i]; j++)
        tail[i] = j != i && (!v[j].loop || v[j].score >= v[i].score) &&
                  goes_on(c, &v[i], &v[j]);
    }
  bool *goal_seen = tmc_xcalloc(c->n_goals + 1, sizeof(bool));
  pair_at *et = tmc_xmalloc(sizeof(pair_at) * (n + 1));
  aim_at *ea = tmc_xmalloc(sizeof(aim_at) * (n + 1));
  for (uint32_t i = 0; i < n; i++) {
    et[i] = (pair_at){v[i].entry, v[i].target, i};
    ea[i] = (aim_at){v[i].entry, v[i].target, c->goals[v[i].goal]->aim_bit, i};
    tier[i] = tail[i] ? 6 : relayed[v[i].entry] ? 5 : 4;
  }
  /* paths34: a configurer's path (configurer_entries) is shown with the
   * relayed entries' where another entry has a path of the same goal. */
  bool *others = tmc_xcalloc(c->n_goals + 1, sizeof(bool)); /* a non-configurer's */
  for (uint32_t i = 0; i < n; i++)
    others[v[i].goal] |= !configurer[v[i].entry];
  for (uint32_t i = 0; i < n; i++)
    if (tier[i] == 4 && configurer[v[i].entry] && others[v[i].goal])
      tier[i] = 5;
  free(others);
  /* A route named again is shown after every route named first: it adds an
   * aim, not a way in (AGAIN_TIER); a path of a goal that names last (a
   * flood at a queue, riding the routes other aims take) after those
   * (LAST_TIER). */
  for (uint32_t i = 0; i < n; i++) {
    if (tier[i] != 4)
      continue;
    /* paths30: a goal shown last (the public flooding the service they
     * write through), and a member's path to that service (their own tool
     * for every other aim, public_flood_pair), after every other path:
     * never in the place of another pair's only path */
    if ((v[i].goal < c->n_goals && c->goals[v[i].goal]->shown_last) ||
        own_tool(c, v[i].entry, v[i].target))
      tier[i] = OWN_FLOOD;
    else if (v[i].goal < c->n_goals && c->goals[v[i].goal]->names_last)
      tier[i] = LAST_TIER;
    else if (v[i].again)
      tier[i] = 7;
    else if (weights_again(c, &v[i]))
      tier[i] = AGAIN_WEIGHTS;
  }
  if (n) {
    qsort(et, n, sizeof(*et), cmp_pair_at);
    qsort(ea, n, sizeof(*ea), cmp_aim_at);
  }
  /* The first non-tail path of each group, in rank order (the sort's last
   * key is the position). */
  for (uint32_t i = 0, first = 1; i < n; i++) {
    if (i > 0 && (et[i].entry != et[i - 1].entry || et[i].target != et[i - 1].target))
      first = 1;
    /* paths18: a route named again (tier 7) is the pair's best too when it
     * ranks first: it is then strictly more severe than the pair's first
     * reading (a tie keeps the first reading first: paths_to pushes routes
     * named again after it), as a flood that lets every payment through
     * unscored is worse than the queries that copy the scorer. */
    if (first && (tier[et[i].at] == 4 || tier[et[i].at] == 7)) {
      tier[et[i].at] = 2;
      first = 0;
    }
  }
  /* Then the first of each aim the pair's best does not have. */
  for (uint32_t i = 0, first = 1; i < n; i++) {
    if (i > 0 && (ea[i].entry != ea[i - 1].entry || ea[i].target != ea[i - 1].target ||
                  ea[i].aim != ea[i - 1].aim))
      first = 1;
    uint32_t at = ea[i].at;
    if (first && tier[at] == 2)
      first = 0; /* the pair's best is this aim's */
    else if (first && tier[at] == 4) {
      tier[at] = c->goals[v[at].goal]->n_patterns ? 2 : 3;
      first = 0;
    }
  }
  /* A goal's best among the pairs' best (each pair's best of each aim a
   * chain names is one): the goals' rows show as many pairs as they can. A
   * goal none of whose paths is one (a second path of a pair, to the same
   * end under the same aim) is already there by another goal of its aim,
   * and taking its best first would push a pair out. */
  /* sources16: not the plain goal that names no attack (no hop pattern:
   * "Attack path", an asset reached): its best is some target's, taken
   * below as that target's best only where no named goal's path ends
   * there, so it does not take the slot of a named attack's end (a
   * registry a leaked trigger pushes to, shown as the asset an outside
   * index's package reaches). */
  /* paths37: of a goal's best of one score, the agent's own user's
   * exfiltration before a planted page's (planter_only, as for targets
   * below). */
  bool *hears = NULL;
  unsigned exfil = tmc_goal_aim_bit("exfiltrate");
  uint32_t *gpick = tmc_xmalloc(sizeof(uint32_t) * (c->n_goals + 1));
  for (uint32_t gi = 0; gi <= c->n_goals; gi++)
    gpick[gi] = TMC_NONE;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t gi = v[i].goal;
    if (gi >= c->n_goals || tail[i] || tier[i] != 2 || !c->goals[gi]->n_patterns)
      continue;
    prefer_asker(c, v, i, exfil, &gpick[gi], &goal_seen[gi], &hears);
  }
  for (uint32_t gi = 0; gi < c->n_goals; gi++)
    if (gpick[gi] != TMC_NONE)
      goal_seen[gi] = true, tier[gpick[gi]] = 0;
  free(gpick);
  /* Then each target's best pair not yet shown (in rank order: the first of
   * the target's pairs' best). */
  bool *target_seen = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < n; i++)
    if (tier[i] == 0)
      target_seen[v[i].target] = true;
  /* paths37 (issue #16): of a target's pairs' best of one score, an
   * exfiltration by the agent's own user (direct_use) before one planted
   * for the agent to read: the asker gets the records back in the answer,
   * the planter needs a second way out. */
  uint32_t *pick = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements + 1));
  bool *open = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t t = 0; t <= ir->n_elements; t++)
    pick[t] = TMC_NONE;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t t = v[i].target;
    if (tier[i] != 2 || target_seen[t])
      continue;
    prefer_asker(c, v, i, exfil, &pick[t], &open[t], &hears);
  }
  for (uint32_t t = 0; t < ir->n_elements; t++)
    if (pick[t] != TMC_NONE)
      tier[pick[t]] = 1;
  free(hears);
  free(open);
  free(pick);
  free(target_seen);
  /* Of the pairs' best, those that reach the model served under a goal
   * whose aim is met further on (met_further: poisoned data is met where
   * the model trained on it is served) come first (MODEL_TIER): they tell
   * the aim's story to its end, where the same entry's pairs to the
   * training set or the registry on the way stop short. */
  for (uint32_t i = 0; i < n; i++) {
    tmc_kind kd = ir->elements[v[i].target].kind;
    /* paths35: or the code serving the model it loads (hosts_model) */
    if (tier[i] == 2 && !v[i].loop &&
        (kd == TMC_KIND_MODEL || kd == TMC_KIND_LLM ||
         ir->elements[v[i].target].facts.hosts_model) &&
        c->goals[v[i].goal]->met_further)
      tier[i] = MODEL_TIER;
  }
  /* paths16: of the rest of the pairs' best, those a chain names (a named
   * attack: a flood of the model, its training poisoned) before those only
   * the plain goal names (an asset reached): a second entry's route to a
   * store tells less than an attack the report would otherwise not name. */
  for (uint32_t i = 0; i < n; i++)
    if (tier[i] == 2 && v[i].goal < c->n_goals && c->goals[v[i].goal]->n_patterns)
      tier[i] = CHAIN_TIER;
  /* r2tamper: a walk around a loop back to the target (loop_walk) after the
   * chains' pairs: it tells the end of a story whose start (the training
   * data poisoned) another path of its entry names, where a chain's pair
   * names an attack nothing else shows; before the plain goal's pairs, as
   * the chain it is. */
  for (uint32_t i = 0; i < n; i++)
    if ((tier[i] == 2 || tier[i] == CHAIN_TIER) && v[i].loop)
      tier[i] = LOOP_TIER;
  /* paths26 (issue #16, paths under the cap): credentials stolen inside a
   * pipeline or a training job (its own, or the keys file it reads) are
   * the same theft whoever's input reaches the job: the job runs what it is
   * fed, whatever fed it. Once one entry's path names that theft at a
   * target, a further entry's is shown after the other pairs' best and the
   * routes named again (AGAIN_THEFT), not before a pair the report would
   * otherwise not name (three entries' paths to one .env a training job
   * reads took three of the fifteen). In the order the tiers show. */
  unsigned steal = tmc_goal_aim_bit("steal_credentials");
  static const uint8_t first_tiers[] = {0, 1, MODEL_TIER, CHAIN_TIER, LOOP_TIER, 2};
  bool *placed = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint8_t o = 0; o < sizeof first_tiers; o++)
    for (uint32_t i = 0; i < n; i++) {
      if (tier[i] != first_tiers[o])
        continue;
      bool again = false;
      if ((tier[i] == CHAIN_TIER || tier[i] == 2) &&
          c->goals[v[i].goal]->aim_bit == steal) {
        const tmc_element *x = &ir->elements[theft_at(c, &v[i])];
        if (x->kind == TMC_KIND_PIPELINE || TMC_ROLESET_HAS(x->roles, TMC_ROLE_TRAINER) ||
            TMC_ROLESET_HAS(x->roles, TMC_ROLE_INGESTION) || v[i].by_data)
          for (uint32_t j = 0; j < n && !again; j++)
            again = placed[j] && v[j].target == v[i].target &&
                    c->goals[v[j].goal]->aim_bit == steal;
      }
      if (again)
        tier[i] = AGAIN_THEFT;
      else
        placed[i] = true;
    }
  free(placed);
  /* g31d (issue #16): an end that only floods reach (a check-in API, a
   * booking site: nothing is stolen there, it is only flooded) and that no
   * path shown before a pair's second route names is named by its most
   * likely flood (in rank order, as v is) where that flood waits with the
   * floods shown last (a goal shown last, or the public's flood of the site
   * they use: own_tool): after the pairs' best and their other aims, before
   * a pair's second route (FLOOD_ONLY). The flood is that end's one
   * reading, not a second reading of a route already shown; the other
   * entries' floods of it stay last. */
  unsigned deny = tmc_goal_aim_bit("deny_service");
  bool *named = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < n; i++)
    named[v[i].target] |=
        tier[i] != OWN_FLOOD && (c->goals[v[i].goal]->aim_bit != deny ||
                                 (tier[i] != 4 && tier[i] != 5 && tier[i] != 6));
  for (uint32_t i = 0; i < n; i++)
    if (tier[i] == OWN_FLOOD && c->goals[v[i].goal]->aim_bit == deny &&
        !named[v[i].target]) {
      tier[i] = FLOOD_ONLY;
      named[v[i].target] = true;
    }
  free(named);
  /* r2cut (issue #16 item 4): the flood of a service by the people who
   * send to it straight (own_tool: the learners' booking site, the
   * boaters' shop) waits with the floods shown last (OWN_FLOOD), while a
   * flood of the same end by someone who reaches it only through other
   * code (the franchisees' diary app that writes into it) may be shown
   * (a names_last goal's, a pair's best, the one flood of a flood-only
   * end). The end is named once either way; its most likely flooder, who
   * can script the form they use, names it: the direct senders' flood
   * takes that slot and the other entry's flood waits last instead. Once
   * per end, in rank order: the count shown does not change (asked of at
   * most TAIL_TEST_MAX paths, as the tails are). */
  bool *swapped = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < n && n <= TAIL_TEST_MAX; i++) {
    uint32_t t = v[i].target;
    if (tier[i] != OWN_FLOOD || swapped[t] || c->goals[v[i].goal]->aim_bit != deny ||
        !own_tool(c, v[i].entry, t))
      continue;
    for (uint32_t j = 0; j < n && !swapped[t]; j++)
      if (v[j].target == t && v[j].entry != v[i].entry &&
          c->goals[v[j].goal]->aim_bit == deny && !own_tool(c, v[j].entry, t) &&
          (tier[j] == LAST_TIER || tier[j] == CHAIN_TIER || tier[j] == 2 ||
           tier[j] == FLOOD_ONLY)) {
        tier[i] = tier[j];
        tier[j] = OWN_FLOOD;
        swapped[t] = true;
      }
  }
  free(swapped);
  found *tmp = tmc_xmalloc(sizeof(found) * (n + 1));
  uint32_t k = 0;
  static const uint8_t tier_order[] = {0,          1,           MODEL_TIER,
                                       CHAIN_TIER, 2,           LOOP_TIER,
                                       7,          AGAIN_THEFT, AGAIN_WEIGHTS,
                                       LAST_TIER,  3,           FLOOD_ONLY,
                                       4,          5,           6,
                                       OWN_FLOOD};
  for (uint8_t o = 0; o < sizeof tier_order; o++)
    for (uint32_t i = 0; i < n; i++)
      if (tier[i] == tier_order[o])
        tmp[k++] = v[i];
  memcpy(v, tmp, sizeof(found) * n);
  free(tmp);
  free(ea);
  free(et);
  free(goal_seen);
  free(tail);
  free(tier);
}

/* Sorting found paths: merge sort, because qsort has no context argument and
 * the comparison needs the graph's ranks. */
static void sort_found(const tmc_agraph *g, found *v, uint32_t n) {
  found *tmp = tmc_xmalloc(sizeof(found) * (n + 1));
  for (uint32_t w = 1; w < n; w *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * w) {
      uint32_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        tmp[k++] = cmp_found_g(g, &v[j], &v[i]) < 0 ? v[j++] : v[i++];
      while (i < mid)
        tmp[k++] = v[i++];
      while (j < hi)
        tmp[k++] = v[j++];
    }
    memcpy(v, tmp, sizeof(found) * n);
  }
  free(tmp);
}

typedef struct cand {
  uint32_t entry;
  uint64_t h;
  uint32_t rank;
} cand;

static int cmp_cand(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  if (a->h != b->h)
    return a->h < b->h ? -1 : 1;
  return a->rank < b->rank ? -1 : a->rank > b->rank;
}

/* Does an attacker starting at entry i have to be one of us? An entry in a
 * zone of trust 1 or more (an employee's laptop, an engineer on the internal
 * network) is an insider. Third parties are outside our control wherever
 * they are drawn, and entry=yes says the author expects attackers there. */
static bool insider(const tmc_ir *ir, uint32_t i) {
  const tmc_element *e = &ir->elements[i];
  return !e->facts.origin && !e->third_party && !tmc_props_get(&e->props, "entry") &&
         tmc_ir_element_trust(ir, i) > 0;
}

/* The finding on the path's elements or flows (entry included) that states
 * the same threat as goal gi, or TMC_NONE: the highest score, the one
 * nearest the entry on a tie (a package index's own finding, not the
 * pipeline's it leads to). */
static uint32_t same_threat(const ctx *c, uint32_t src, const apath *p, uint32_t gi) {
  const tmc_agraph *g = c->g;
  const tmc_ir *ir = c->ir;
  uint32_t best = TMC_NONE;
  if (!c->r->el_same[gi])
    return TMC_NONE;
  for (uint32_t i = 0; i <= p->n; i++) {
    uint32_t x = c->r->el_same[gi][path_node(g, src, p, i)];
    if (x != TMC_NONE &&
        (best == TMC_NONE || ir->findings[x].score > ir->findings[best].score))
      best = x;
    if (i < p->n) {
      x = c->r->fl_same[gi][g->arcs[p->arcs[i]].flow];
      if (x != TMC_NONE &&
          (best == TMC_NONE || ir->findings[x].score > ir->findings[best].score))
        best = x;
    }
  }
  return best;
}

/* Likelihood, impact and score of one path (docs/attack-paths.md, "Scores"):
 * the hops give the likelihood; an insider's is one lower and at most 3; the
 * asset's data or the chain gives the impact; a chain that starts outside is
 * at least as severe as the finding that states its threat on the way. */
static void score_path(const ctx *c, found *f, int base_impact) {
  f->hop_likelihood = likelihood_of(f->p.cost);
  f->by_data = theft_by_data(c, f);
  /* A source outside every zone is where its content's author starts, as an
   * entry point: nothing there must be compromised first. */
  f->vendor =
      c->vendor[f->entry] == START_VENDOR || c->vendor[f->entry] == START_PARTICIPANT;
  /* A participant's node is another organisation's, not an insider's. */
  f->insider = c->vendor[f->entry] != START_PARTICIPANT && insider(c->ir, f->entry);
  f->staff =
      c->ir->elements[f->entry].facts.staff && !c->ir->elements[f->entry].facts.anonymous;
  f->likelihood = f->hop_likelihood;
  if (f->by_data && f->likelihood > 1)
    f->likelihood--; /* paths27: someone must run what only arrives as data */
  if (f->vendor && f->likelihood > 1)
    f->likelihood--; /* the vendor must be compromised first (issue #16 item 1) */
  if (f->insider) {
    f->likelihood--;
    if (f->likelihood > INSIDER_MAX_LIKELIHOOD)
      f->likelihood = INSIDER_MAX_LIKELIHOOD;
    if (f->likelihood < 1)
      f->likelihood = 1;
  }
  int gi = c->goals[f->goal]->impact;
  f->impact = base_impact > gi ? base_impact : gi;
  if (f->impact < 1)
    f->impact = 1;
  f->score = f->likelihood * f->impact;
  f->same = same_threat(c, f->entry, &f->p, f->goal);
  f->raised = false;
  if (f->same == TMC_NONE || f->insider || f->vendor ||
      c->ir->findings[f->same].score <= f->score)
    return;
  uint32_t x = f->same;
  f->raised = true;
  f->likelihood = c->ir->findings[x].likelihood;
  f->impact = c->ir->findings[x].impact;
  f->score = c->ir->findings[x].score;
}

/* The highest score a path to a target at cost `cost` from its nearest entry
 * can have: the hops' likelihood with the best impact, or a chain's floor. */
static int score_bound(const ctx *c, uint64_t cost, int ub_impact) {
  int s = likelihood_of(cost) * ub_impact;
  return c->r->same_max > s ? c->r->same_max : s;
}

/* ---- naming paths: goals and their hop patterns ------------------------------ */

/* perf28: the lower-cased first bytes of the places in text where
 * tmc_has_word tries a word (its start, and after each byte no word holds),
 * as a 256-bit set: a word whose first byte is not among them is not in
 * text, and most words of a step's long lists are rejected so, without a
 * scan of the name each. */
static void word_starts(const char *text, uint64_t m[4]) {
  m[0] = m[1] = m[2] = m[3] = 0;
  for (const char *p = text; *p; p++) {
    unsigned char b = p == text ? 0 : (unsigned char)p[-1];
    if (p == text || !(isalnum(b) || b >= 0x80)) {
      unsigned c = (unsigned char)tolower((unsigned char)*p);
      m[c >> 6] |= 1ull << (c & 63);
    }
  }
}

static bool may_start(const uint64_t m[4], const char *w) {
  unsigned c = (unsigned char)tolower((unsigned char)w[0]);
  return w[0] && (m[c >> 6] >> (c & 63) & 1);
}

static bool has_any_word(const char *name, const tmc_strlist *words) {
  if (!name)
    return false;
  uint64_t m[4];
  word_starts(name, m);
  for (uint32_t i = 0; i < words->n; i++)
    if (words->v[i] && may_start(m, words->v[i]) && tmc_has_word(name, words->v[i]))
      return true;
  /* paths19: a name written as an identifier ("sim_swap_api", an id-named
   * DOT node) says its words with underscores for spaces: the phrases of a
   * list ("sim swap") match it as well */
  if (!name || !strchr(name, '_'))
    return false;
  char buf[256];
  size_t n = strlen(name);
  if (n >= sizeof buf)
    return false;
  for (size_t i = 0; i <= n; i++)
    buf[i] = name[i] == '_' ? ' ' : name[i];
  word_starts(buf, m);
  for (uint32_t i = 0; i < words->n; i++)
    if (strchr(words->v[i], ' ') && may_start(m, words->v[i]) &&
        tmc_has_word(buf, words->v[i]))
      return true;
  return false;
}

/* Does element el's name, or the label of a boundary around it (innermost
 * first, every page's tree is shallow and bounded by --max-depth), say a word
 * of the list? A model in "User's phone" runs on the phone. */
static bool zone_says(const ctx *c, uint32_t el, int list) {
  const tmc_ir *ir = c->ir;
  if (tmc_lexicon_says(c->lx, list, tmc_element_name(&ir->elements[el])))
    return true;
  for (uint32_t b = ir->elements[el].boundary, n = 0;
       b != TMC_NONE && n < ir->n_boundaries; b = ir->boundaries[b].parent, n++)
    if (ir->boundaries[b].label && tmc_lexicon_says(c->lx, list, ir->boundaries[b].label))
      return true;
  return false;
}

/* Does step s hold on the i-th element of the path (0 = the entry)? A step
 * that tests the hop into its element never holds on the entry. */
static bool step_holds(const ctx *c, const tmc_goal_step *s, uint32_t src, const apath *p,
                       uint32_t i) {
  const tmc_agraph *g = c->g;
  uint32_t el = path_node(g, src, p, i);
  if (s->at_entry && i != 0)
    return false;
  if (s->via || s->against_flow >= 0 || s->from) {
    if (i == 0)
      return false;
    const tmc_agraph_arc *a = &g->arcs[p->arcs[i - 1]];
    if (s->against_flow >= 0 && a->reverse != (s->against_flow == 1))
      return false;
    if (s->via && !tmc_cond_eval(s->via, c->ir, TMC_TARGET_FLOW, a->flow))
      return false;
  }
  if (s->from && (i == 0 || !tmc_cond_eval(s->from, c->ir, TMC_TARGET_ELEMENT,
                                           path_node(g, src, p, i - 1))))
    return false;
  if (s->when && !tmc_cond_eval(s->when, c->ir, TMC_TARGET_ELEMENT, el))
    return false;
  const char *name = tmc_element_name(&c->ir->elements[el]);
  if (s->name_has.n && !has_any_word(name, &s->name_has))
    return false;
  if (s->name_lacks.n && has_any_word(name, &s->name_lacks))
    return false;
  if (s->name_says >= 0 && !tmc_lexicon_says(c->lx, s->name_says, name))
    return false;
  if (s->name_never_says >= 0 && tmc_lexicon_says(c->lx, s->name_never_says, name))
    return false;
  if (s->zone_says >= 0 && !zone_says(c, el, s->zone_says))
    return false;
  if (s->zone_never_says >= 0 && zone_says(c, el, s->zone_never_says))
    return false;
  if (s->entry &&
      !tmc_cond_eval(s->entry, c->ir, TMC_TARGET_ELEMENT, path_node(g, src, p, 0)))
    return false;
  if (s->earlier) {
    bool has = false;
    for (uint32_t j = 1; j < i && !has; j++)
      has = tmc_cond_eval(s->earlier, c->ir, TMC_TARGET_ELEMENT, path_node(g, src, p, j));
    if (!has)
      return false;
  }
  if (s->later) {
    bool has = false;
    for (uint32_t j = i + 1; j <= p->n && !has; j++)
      has = tmc_cond_eval(s->later, c->ir, TMC_TARGET_ELEMENT, path_node(g, src, p, j));
    if (!has)
      return false;
  }
  if (s->earlier_none)
    for (uint32_t j = 1; j < i; j++)
      if (tmc_cond_eval(s->earlier_none, c->ir, TMC_TARGET_ELEMENT,
                        path_node(g, src, p, j)))
        return false;
  if (s->later_none)
    for (uint32_t j = i + 1; j <= p->n; j++)
      if (tmc_cond_eval(s->later_none, c->ir, TMC_TARGET_ELEMENT,
                        path_node(g, src, p, j)))
        return false;
  if (s->path_has) {
    bool has = false;
    for (uint32_t j = 1; j <= p->n && !has; j++)
      has =
          tmc_cond_eval(s->path_has, c->ir, TMC_TARGET_ELEMENT, path_node(g, src, p, j));
    return has;
  }
  return true;
}

/* Does the pattern match the whole path, one step per element? The steps are
 * a tiny automaton run on bit sets: `at` holds j when step j may take the
 * next element, `in` when repeatable step j has taken one and may take more.
 * Paths and patterns are short, so this is a few condition tests per hop. */
static bool pattern_matches(const ctx *c, const tmc_goal_pattern *pt, uint32_t src,
                            const apath *p) {
  uint32_t m = pt->n_steps; /* at most TMC_GOAL_MAX_STEPS (32) */
  uint64_t at = 1, in = 0;
  for (uint32_t i = 0;; i++) {
    /* Past optional steps and out of repeats, in step order. */
    for (uint32_t j = 0; j < m; j++)
      if (((in >> j) & 1) || (((at >> j) & 1) && pt->steps[j].optional))
        at |= 1ull << (j + 1);
    if (i > p->n)
      return (at >> m) & 1;
    uint64_t nat = 0, nin = 0;
    for (uint32_t j = 0; j < m; j++) {
      if (!(((at | in) >> j) & 1) || !step_holds(c, &pt->steps[j], src, p, i))
        continue;
      if (pt->steps[j].repeat)
        nin |= 1ull << j;
      else
        nat |= 1ull << (j + 1);
    }
    at = nat;
    in = nin;
    if (!at && !in)
      return false;
  }
}

/* Does goal g name this path: its target holds at the path's end and, for a
 * chain, one of its patterns matches? */
static bool goal_names(const ctx *c, const tmc_goal *g, uint32_t src, const apath *p) {
  uint32_t t = path_node(c->g, src, p, p->n);
  if (!tmc_cond_eval(g->target, c->ir, TMC_TARGET_ELEMENT, t))
    return false;
  for (uint32_t i = 0; i < g->n_patterns; i++)
    if (pattern_matches(c, &g->patterns[i], src, p))
      return true;
  return g->n_patterns == 0;
}

/* The first goal in ctx.goals order that names the path, or TMC_NONE. */
static uint32_t name_path(const ctx *c, uint32_t src, const apath *p, unsigned only) {
  for (uint32_t i = 0; i < c->n_goals; i++)
    if ((!only || (c->goals[i]->aim_bit & only)) && goal_names(c, c->goals[i], src, p))
      return i;
  return TMC_NONE;
}

/* Which step of pattern pt takes each element of the path (step_of[0..n]),
 * when the pattern matches: the same automaton as pattern_matches, run as a
 * table of the steps that may take element i given a matched prefix
 * (ok[i]), then walked back from a step that may end the pattern. Ties go to
 * the latest step, so a specific step wins over the "any" around it. Runs
 * once per emitted path, never in the searches. */
static bool pattern_assign(const ctx *c, const tmc_goal_pattern *pt, uint32_t src,
                           const apath *p, uint8_t *step_of) {
  uint32_t m = pt->n_steps, n = p->n;
  uint64_t *ok = tmc_xcalloc(n + 1, sizeof(uint64_t));
  /* reach[j]: the steps that may take the next element after step j took one
   * (bit j itself when it repeats; then j+1 and on past optional steps). */
  uint64_t start = 0, reach[TMC_GOAL_MAX_STEPS], tail = 0;
  for (uint32_t j = 0; j < m; j++) {
    start |= 1ull << j;
    if (!pt->steps[j].optional)
      break;
  }
  for (uint32_t j = 0; j < m; j++) {
    reach[j] = pt->steps[j].repeat ? 1ull << j : 0;
    for (uint32_t k = j + 1; k < m; k++) {
      reach[j] |= 1ull << k;
      if (!pt->steps[k].optional)
        break;
    }
    bool rest_optional = true; /* may the pattern end after step j? */
    for (uint32_t k = j + 1; k < m; k++)
      rest_optional &= pt->steps[k].optional;
    if (rest_optional)
      tail |= 1ull << j;
  }
  for (uint32_t i = 0; i <= n; i++) {
    uint64_t may = start;
    if (i > 0) {
      may = 0;
      for (uint32_t j = 0; j < m; j++)
        if ((ok[i - 1] >> j) & 1)
          may |= reach[j];
    }
    for (uint32_t j = 0; j < m; j++)
      if (((may >> j) & 1) && step_holds(c, &pt->steps[j], src, p, i))
        ok[i] |= 1ull << j;
  }
  uint64_t want = tail;
  bool matched = true;
  for (uint32_t i = n + 1; i-- > 0;) {
    uint64_t can = ok[i] & want;
    if (!can) {
      matched = false;
      break;
    }
    uint32_t j = 63 - (uint32_t)__builtin_clzll(can);
    step_of[i] = (uint8_t)j;
    want = 0; /* the steps of element i - 1 from which step j is next */
    for (uint32_t k = 0; k < m; k++)
      if ((reach[k] >> j) & 1)
        want |= 1ull << k;
  }
  free(ok);
  return matched;
}

/* Does the ATLAS case hold on path p (hops[0] is the entry)? */
static bool atlas_if_holds(const tmc_ir *ir, const tmc_catalog *cat,
                           const tmc_goal_atlas_if *a, const tmc_path *p) {
  for (uint32_t i = a->on_entry ? 0 : 1; i < (a->on_entry ? 1 : p->n_hops); i++)
    if (tmc_cond_eval(a->when, ir, TMC_TARGET_ELEMENT, p->hops[i].element))
      return true;
  return false;
}

/* Is t a person's own device or tool, which no path of theirs targets (issue
 * #16: a data scientist's own notebook is not their attack path)? The person
 * (an outsider the people words or an outsider's head noun name) sends to t
 * directly, and t is code or
 * a device, not a store or a model they could steal from or query. */
static bool own_tool(const ctx *c, uint32_t e, uint32_t t) {
  const tmc_ir *ir = c->ir;
  const tmc_element *pe = &ir->elements[e], *te = &ir->elements[t];
  tmc_kind k;
  tmc_tech tech;
  const char *word;
  bool at_end;
  /* paths21: a unit in the field (a meter, a car's telematics box) is no
   * person with tools of their own: what it connects to (the broker every
   * unit shares) is the system's, and whoever holds one unit attacks it */
  if (pe->facts.field_device)
    return false;
  if (!tmc_agraph_is_person(c->lx, pe) &&
      !(pe->kind == TMC_KIND_EXTERNAL &&
        tmc_lexicon_head(c->lx, tmc_element_name(pe), &k, &tech, &word, &at_end) &&
        at_end && k == TMC_KIND_EXTERNAL)) /* a data scientist, an analyst: a head noun */
    return false;
  switch (te->kind) {
  case TMC_KIND_EXTERNAL:
  case TMC_KIND_PROCESS:
  case TMC_KIND_PIPELINE:
  case TMC_KIND_AGENT_TOOL:
    break;
  case TMC_KIND_DATA_STORE:
  case TMC_KIND_VECTOR_STORE:
  case TMC_KIND_DATASET:
  case TMC_KIND_MODEL_REGISTRY:
  case TMC_KIND_FEATURE_STORE:
  case TMC_KIND_MODEL:
  case TMC_KIND_LLM:
  case TMC_KIND_COUNT:
    return false;
  }
  /* (paths17: not a machine they reach over a remote-access session from
   * outside, an integrator's TeamViewer into a PLC: it is the site's, and
   * whoever takes the session over works on it; xpaths: nor a device in the
   * field they service through its maintenance port, an installer's laptop
   * on a door controller's USB serial: the device is the site's too) */
  const tmc_agraph *g = c->g;
  for (uint32_t a = g->out[e]; a < g->out[e + 1]; a++) {
    if (g->arcs[a].to != t || g->arcs[a].reverse)
      continue;
    const tmc_flow *f = g->arcs[a].flow != TMC_NONE ? &ir->flows[g->arcs[a].flow] : NULL;
    if (!(f &&
          (f->facts.remote_session || (f->facts.debug_port && te->facts.field_device))))
      return true;
  }
  return false;
}

/* paths30 (causes29 P1): the service the public writes through straight
 * (public_intake: a booking shop, an application portal, a guestbook form)
 * is a member's own tool for every aim but one: it is the organisation's,
 * shared by every member, and whoever scripts it floods it for the rest. So
 * a member of the public (no staff) is searched to it for the denial of
 * service aim alone (the other goals keep it their own tool: an XML parser
 * or a URL fetcher at the site they use stays off their paths there). */
static bool public_flood_pair(const ctx *c, uint32_t e, uint32_t t) {
  const tmc_element *pe = &c->ir->elements[e], *te = &c->ir->elements[t];
  if (pe->facts.staff || te->third_party)
    return false;
  if (pe->facts.public_person && te->facts.public_intake)
    return true;
  /* r2dos (issue #16): ... or a service several callers share that a
   * goal shown last floods (TMC-PATH-046: a PMS a channel manager books
   * into, an auction server the buyers' tablets bid on): whoever sends to
   * it straight floods it for the others */
  unsigned deny = tmc_goal_aim_bit("deny_service");
  if (te->facts.n_inputs < 2) /* their own tool, no one else's */
    return false;
  for (uint32_t j = 0; j < c->n_goals; j++)
    if (c->goals[j]->shown_last && c->goals[j]->aim_bit == deny &&
        c->goals[j]->n_patterns &&
        tmc_cond_eval(c->goals[j]->target, c->ir, TMC_TARGET_ELEMENT, t))
      return true;
  return false;
}

/* How many more paths than k + 1 one entry/target pair's search may look at
 * (a factor) for a goal its first paths do not name. */
#define PAIR_GOAL_FACTOR 4
/* ... spending at most this fraction (1/N) of the pass's work in all. */
#define PAIR_GOAL_SHARE 8

/* One pair's search in progress: the goal naming each path Yen found so far
 * (TMC_NONE: none), the aims of those goals, and the aims the goals that
 * target the pair's end have. Past the first min paths the search spends
 * the run's allowance for it (*extra_left work units: on a large graph most
 * aims name nothing, and the allowance keeps the other pairs' searches). */
typedef struct pair_goals {
  const ctx *c;
  const search *s;
  uint32_t src, min, *goal, named;
  unsigned have, want;
  uint64_t at_min; /* work done when the first min paths were in; 0: not yet */
  uint64_t *extra_left;
  unsigned only; /* the aims whose goals may name the pair's paths; 0: any */
} pair_goals;

/* The aims of the goals that name path p again (`names_again`: a flood
 * riding the route an injection takes), besides goal gi that named it and
 * the aims in had; *first (when asked) gets the first such goal, or
 * TMC_NONE. */
static unsigned names_again(const ctx *c, uint32_t src, const apath *p, uint32_t gi,
                            unsigned had, uint32_t *first, bool last_only) {
  unsigned aims = 0;
  if (first)
    *first = TMC_NONE;
  unsigned own = c->goals[gi]->aim_bit;
  for (uint32_t i = 0; i < c->n_goals; i++) {
    const tmc_goal *g = c->goals[i];
    unsigned bit = g->aim_bit;
    /* paths18: of the goals of the first aim that name it again, the most
     * severe reading (a flood that lets payments through unscored before
     * the plain denial of the scorer), ties in goal order: a goal of an aim
     * already named is still asked while it could take the first's place */
    bool better = first && *first != TMC_NONE && bit == c->goals[*first]->aim_bit &&
                  g->impact > c->goals[*first]->impact;
    if (!g->names_again || (last_only && !g->names_last) || i == gi ||
        (bit & (own | had)) || ((bit & aims) && !better) || !goal_names(c, g, src, p))
      continue;
    aims |= bit;
    if (first && (*first == TMC_NONE || better))
      *first = i;
  }
  return aims;
}

static bool pair_enough(void *vp, const apath *A, uint32_t na) {
  pair_goals *pg = vp;
  for (; pg->named < na; pg->named++) {
    uint32_t gi = name_path(pg->c, pg->src, &A[pg->named], pg->only);
    pg->goal[pg->named] = gi;
    if (gi != TMC_NONE)
      pg->have |= pg->c->goals[gi]->aim_bit |
                  (names_again(pg->c, pg->src, &A[pg->named], gi, 0, NULL, false) &
                   (pg->only ? pg->only : ~0u));
  }
  if (na < pg->min)
    return false;
  if (!pg->at_min)
    pg->at_min = pg->s->work ? pg->s->work : 1;
  return (pg->have & pg->want) == pg->want || pg->s->work - pg->at_min >= *pg->extra_left;
}

/* ---- walks around a loop --------------------------------------------------- */

/* r2tamper: a loop's second pass. The poisoned model comes back to where the
 * attacker started: a phone's keyboard sends the federated update whose round
 * model the app store ships back to that keyboard's model; an app's
 * corrections become labels, and the retrained model is flashed back through
 * the same app to the device; sensor tags reach the lake through the gateway
 * that later pushes the retrained model to the edge. Yen's paths are
 * loopless, so the route that passes the app twice is none of them. A walk
 * is: a loopless way to an element where the aim is met further on (the
 * goal's met_further: the training step), then a loopless way on from there
 * to the target, the two free to share elements. */
typedef struct wstate {
  uint64_t dist;
  uint32_t pred;         /* arc into this state */
  uint32_t seen, closed; /* stamps (ctx.wstamp) */
  bool from_met;         /* the state pred leaves from is past a met element */
} wstate;

/* Per element, the aims of the goals whose met_further holds there; once. */
static const unsigned *met_aims(ctx *c) {
  if (c->met_at)
    return c->met_at;
  c->met_at = tmc_xcalloc(c->ir->n_elements + 1, sizeof(unsigned));
  for (uint32_t j = 0; j < c->n_goals; j++) {
    const tmc_goal *g = c->goals[j];
    if (!g->met_further || !g->aim_bit)
      continue;
    for (uint32_t i = 0; i < c->ir->n_elements; i++)
      if (!(c->met_at[i] & g->aim_bit) &&
          tmc_cond_eval(g->met_further, c->ir, TMC_TARGET_ELEMENT, i))
        c->met_at[i] |= g->aim_bit;
  }
  return c->met_at;
}

/* The cheapest walk src -> t that passes an element where aim is met further
 * on, by A* over (element, passed yet) on the exact distances to t (s->nd.h,
 * a bound for both halves). Returns true, with out->arcs malloc'd, only for a
 * walk that visits some element twice: a loopless one is Yen's to find. */
static bool loop_walk(ctx *c, search *s, uint32_t src, uint32_t t, unsigned aim,
                      const unsigned *met, bool forward, apath *out) {
  const tmc_agraph *g = c->g;
  if (s->nd[src].h == INF)
    return false;
  if (!c->ws)
    c->ws = tmc_xcalloc(2 * (size_t)g->n + 2, sizeof(wstate));
  if (++c->wstamp == 0) {
    for (uint32_t i = 0; i < 2 * g->n; i++)
      c->ws[i].seen = c->ws[i].closed = 0;
    c->wstamp = 1;
  }
  wstate *w = c->ws;
  uint32_t st0 = 2 * src + ((met[src] & aim) != 0), goal_st = 2 * t + 1;
  w[st0].dist = 0, w[st0].seen = c->wstamp, w[st0].pred = TMC_NONE;
  s->q.n = 0;
  hpush(&s->q, (hitem){s->nd[src].h, g->rank[src], st0});
  bool got = false;
  while (s->q.n) {
    hitem x = hpop(&s->q);
    uint32_t st = x.node, u = st / 2;
    if (++s->work > s->limit)
      break;
    if (w[st].closed == c->wstamp)
      continue;
    w[st].closed = c->wstamp;
    if (st == goal_st) {
      got = true;
      break;
    }
    if (u != src && !g->transit[u])
      continue;
    for (uint32_t k = g->out[u]; k < g->out[u + 1]; k++) {
      const tmc_agraph_arc *a = &g->arcs[k];
      uint32_t v = a->to;
      s->work++;
      if (s->nd[v].h == INF || v == src || (forward && a->reverse))
        continue;
      uint32_t vs = 2 * v + ((st & 1) || (met[v] & aim));
      uint64_t nd = w[st].dist + a->cost;
      if (w[vs].closed == c->wstamp || (w[vs].seen == c->wstamp && nd >= w[vs].dist))
        continue;
      w[vs].seen = c->wstamp, w[vs].dist = nd, w[vs].pred = k, w[vs].from_met = st & 1;
      hpush(&s->q, (hitem){nd + s->nd[v].h, g->rank[v], vs});
    }
  }
  s->q.n = 0;
  if (!got)
    return false;
  uint32_t n = 0;
  for (uint32_t st = goal_st; st != st0;
       st = 2 * g->arcs[w[st].pred].from + w[st].from_met)
    n++;
  out->arcs = tmc_xmalloc(sizeof(uint32_t) * (n + 1));
  out->n = n;
  out->cost = w[goal_st].dist;
  for (uint32_t st = goal_st, i = n; st != st0;
       st = 2 * g->arcs[w[st].pred].from + w[st].from_met)
    out->arcs[--i] = w[st].pred;
  /* twice on the walk? (marked in the states' seen stamps of the other
   * half, which the search is done with: linear in the walk) */
  if (++c->wstamp == 0) {
    for (uint32_t i = 0; i < 2 * g->n; i++)
      c->ws[i].seen = c->ws[i].closed = 0;
    c->wstamp = 1;
  }
  bool twice = false;
  for (uint32_t i = 0; i <= n && !twice; i++) {
    uint32_t x = path_node(g, src, out, i);
    twice = c->ws[2 * x].seen == c->wstamp;
    c->ws[2 * x].seen = c->wstamp;
  }
  if (!twice) {
    free(out->arcs);
    out->arcs = NULL;
  }
  return twice;
}

/* r2agent: an entry that only writes into a store an agent reads back (a
 * ticket e-mailed into a helpdesk queue that an agent works through with a
 * ticket tool) exfiltrates nothing by that write: what the store holds leaks
 * when the agent, steered by the record, reads it again through its tool.
 * Is the path's last hop such a write (along a flow into a store, from no
 * agent), with no agent or tool on the way? Then agent_reads_back looks for
 * the walk around the agent back to the store. */
static bool writes_store_only(const ctx *c, const found *f) {
  const tmc_ir *ir = c->ir;
  if (!f->p.n || tmc_kind_dfd(ir->elements[f->target].kind) != TMC_DFD_STORE)
    return false;
  const tmc_agraph_arc *last = &c->g->arcs[f->p.arcs[f->p.n - 1]];
  if (last->reverse)
    return false;
  for (uint32_t h = 0; h < f->p.n; h++)
    if (c->agent_at[c->g->arcs[f->p.arcs[h]].to] ||
        c->agent_at[c->g->arcs[f->p.arcs[h]].from])
      return false;
  return true;
}

/* ... the walk entry -> store -> agent (or its tool) -> store, by
 * loop_walk over the agents and tools as the elements met on the way; true,
 * with f's path replaced by it, when the walk passes the store twice and
 * f's goal still names it. Linear in the elements once (agent_at), then one
 * bounded search per such path. */
static bool agent_reads_back(ctx *c, search *s, found *f, unsigned aim) {
  const tmc_ir *ir = c->ir;
  if (!c->agent_at) {
    c->agent_at = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
    for (uint32_t i = 0; i < ir->n_elements; i++) {
      const tmc_element *e = &ir->elements[i];
      c->agent_at[i] = e->kind == TMC_KIND_AGENT_TOOL ||
                       TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT) ||
                       TMC_ROLESET_HAS(e->roles, TMC_ROLE_TOOL_EXECUTOR);
      c->any_agent |= TMC_ROLESET_HAS(e->roles, TMC_ROLE_AGENT);
    }
  }
  if (!c->any_agent || !writes_store_only(c, f))
    return false;
  unsigned *met = tmc_xcalloc(ir->n_elements + 1, sizeof(unsigned));
  for (uint32_t i = 0; i < ir->n_elements; i++) /* (the agent itself: a tool
    alone reads the store for whoever calls it, no record steers it) */
    met[i] = TMC_ROLESET_HAS(ir->elements[i].roles, TMC_ROLE_AGENT) ? aim : 0;
  apath wk;
  /* (along the flows: the agent's own tool reads the store for it, not a
   * read the agent is fed drawn backwards) */
  bool got = loop_walk(c, s, f->entry, f->target, aim, met, true, &wk);
  free(met);
  if (!got)
    return false;
  if (!goal_names(c, c->goals[f->goal], f->entry, &wk)) {
    free(wk.arcs);
    return false;
  }
  free(f->p.arcs); /* (the pair's route, as Yen's: no loop's second pass) */
  f->p = wk;
  return true;
}

/* All paths to one target: Yen from its nearest entries, while a pair can
 * still place among the best max_total. ub_impact bounds the target's impact.
 * A pair keeps k paths, the most likely of each goal's aim first (issue #16:
 * the shoppers' clicks trained on and served are a path to the model as well
 * as their queries to it, which are likelier): Yen goes on past k + 1 paths,
 * up to PAIR_GOAL_FACTOR times as many, while an aim of a goal that targets
 * the end names none of them. */
static void paths_to(ctx *c, search *s, uint32_t t, uint32_t k, int ub_impact,
                     uint64_t budget) {
  const tmc_agraph *g = c->g;
  const tmc_ir *ir = c->ir;
  cand *cs = NULL;
  uint32_t nc = 0, capc = 0;
  for (uint32_t i = 0; i < c->n_entries; i++) {
    uint32_t e = c->entries[i];
    if (e != t && s->nd[e].h != INF && (!own_tool(c, e, t) || public_flood_pair(c, e, t)))
      *TMC_PUSH(cs, nc, capc) = (cand){e, s->nd[e].h, g->rank[e]};
  }
  if (nc)
    qsort(cs, nc, sizeof(*cs), cmp_cand);
  uint32_t want = (k + 1) * PAIR_GOAL_FACTOR;
  apath *A = tmc_xcalloc(want + 1, sizeof(apath));
  uint32_t *goal_of = tmc_xmalloc(sizeof(uint32_t) * (want + 1));
  bool *keep = tmc_xmalloc(want + 1);
  unsigned aims = 0;      /* of the goals that target t */
  unsigned loop_aims = 0; /* ... of those, the aims met further on (loop_walk) */
  for (uint32_t j = 0; j < c->n_goals; j++)
    if (tmc_cond_eval(c->goals[j]->target, ir, TMC_TARGET_ELEMENT, t)) {
      aims |= c->goals[j]->aim_bit;
      if (c->goals[j]->met_further)
        loop_aims |= c->goals[j]->aim_bit;
    }
  const unsigned exfil_bit = tmc_goal_aim_bit("exfiltrate");
  found *again_f = NULL; /* a pair's routes named again (names_again) */
  uint32_t again_nf = 0, again_cap = 0;
  int base_impact = asset_impact(c->cat, &ir->elements[t]);
  /* Credentials written on code (data=credentials on a job that keeps keys in
   * its environment) are as secret as a vault's. */
  if (!base_impact && tmc_agraph_data_sensitivity(&ir->elements[t]) == TMC_SENS_SECRET)
    base_impact = 5;
  for (uint32_t i = 0; i < nc; i++) {
    if (topk_beats(&c->best, order_key(score_bound(c, cs[i].h, ub_impact), cs[i].h)))
      break; /* nearer entries come first: no later pair can place either */
    uint64_t spent = s->work;
    if (spent >= budget) {
      c->pairs_cut += nc - i;
      break;
    }
    s->limit = spent + (budget - spent < WORK_PAIR ? budget - spent : WORK_PAIR);
    bool cut = false;
    /* (a member's own public service: its flood alone, public_flood_pair) */
    unsigned only = own_tool(c, cs[i].entry, t) ? tmc_goal_aim_bit("deny_service") : 0;
    pair_goals pg = {c,           s,
                     cs[i].entry, k + 1,
                     goal_of,     0,
                     0,           only ? aims & only : aims,
                     0,           &c->extra_left,
                     only};
    uint32_t na = yen(s, cs[i].entry, t, want, A, &cut, pair_enough, &pg);
    pair_enough(&pg, A, na);
    if (pg.at_min) {
      uint64_t extra = s->work - pg.at_min;
      c->extra_left -= extra < c->extra_left ? extra : c->extra_left;
    }
    /* A path no goal names (a chain's target it does not match) is dropped;
     * of the rest, each aim's most likely, then the most likely. */
    uint32_t kept = 0;
    unsigned shown_aims = 0;
    for (uint32_t j = 0; j < na; j++) {
      keep[j] = false;
      if (goal_of[j] == TMC_NONE || kept >= k)
        continue;
      unsigned bit = c->goals[goal_of[j]]->aim_bit;
      if (!(shown_aims & bit) || !bit)
        keep[j] = true, kept++, shown_aims |= bit;
    }
    /* A route a goal with names_again names too, where no kept path has that
     * goal's aim: the most likely such route once more, under that goal (the
     * visitors' questions that hijack the LLM also flood it), counted among
     * the pair's k like any aim's first. Pushed after the pair's first
     * readings, so a tie keeps those first. */
    /* up to one per aim left in the pair's k, each reading any kept route */
    uint32_t again_n = 0, *again_j = tmc_xmalloc(sizeof(uint32_t) * 2 * (na + k + 1));
    for (uint32_t j = 0; j < na && kept < k; j++) {
      if (!keep[j])
        continue;
      uint32_t ga;
      names_again(c, cs[i].entry, &A[j], goal_of[j], shown_aims, &ga, false);
      if (ga == TMC_NONE || (only && !(c->goals[ga]->aim_bit & only)))
        continue;
      shown_aims |= c->goals[ga]->aim_bit;
      again_j[2 * again_n] = j, again_j[2 * again_n + 1] = ga, again_n++, kept++;
      j--; /* another names_again aim may name it too */
    }
    /* r2fr: a goal tried last (names_last) reads any of the pair's routes
     * again, not only each aim's first: the members' SMS replies forge the
     * records the shop's pages read out (a second route to the same store),
     * with no other aim's reading taken from it */
    for (uint32_t j = 0; j < na && kept < k; j++) {
      if (keep[j] || goal_of[j] == TMC_NONE)
        continue;
      uint32_t ga;
      names_again(c, cs[i].entry, &A[j], goal_of[j], shown_aims, &ga, true);
      if (ga == TMC_NONE || (only && !(c->goals[ga]->aim_bit & only)))
        continue;
      shown_aims |= c->goals[ga]->aim_bit;
      again_j[2 * again_n] = j, again_j[2 * again_n + 1] = ga, again_n++, kept++;
    }
    for (uint32_t j = 0; j < na && kept < k; j++)
      if (goal_of[j] != TMC_NONE && !keep[j])
        keep[j] = true, kept++;
    for (uint32_t x = 0; x < again_n; x++) { /* copies first: A[j] moves below */
      uint32_t j = again_j[2 * x];
      found *f = TMC_PUSH(again_f, again_nf, again_cap);
      memset(f, 0, sizeof(*f));
      f->entry = cs[i].entry;
      f->target = t;
      f->p = A[j];
      f->p.arcs = tmc_xmalloc(sizeof(uint32_t) * (A[j].n + 1));
      memcpy(f->p.arcs, A[j].arcs, sizeof(uint32_t) * A[j].n);
      f->goal = again_j[2 * x + 1];
      f->again = true;
    }
    free(again_j);
    for (uint32_t j = 0; j < na; j++) {
      if (!keep[j]) {
        free(A[j].arcs);
        continue;
      }
      found *f = TMC_PUSH(c->v, c->n, c->cap);
      memset(f, 0, sizeof(*f));
      f->entry = cs[i].entry;
      f->target = t;
      f->p = A[j];
      f->goal = goal_of[j];
      if (c->goals[f->goal]->aim_bit == exfil_bit) {
        uint64_t left = budget > s->work ? budget - s->work : 0, lim = s->limit;
        s->limit = s->work + (left < WORK_PAIR / 4 ? left : WORK_PAIR / 4);
        agent_reads_back(c, s, f, exfil_bit);
        s->limit = lim;
      }
      score_path(c, f, base_impact);
      topk_add(&c->best, order_key(f->score, A[j].cost));
    }
    for (uint32_t x = 0; x < again_nf; x++) {
      found *f = TMC_PUSH(c->v, c->n, c->cap);
      *f = again_f[x];
      if (c->goals[f->goal]->aim_bit == exfil_bit) {
        uint64_t left = budget > s->work ? budget - s->work : 0, lim = s->limit;
        s->limit = s->work + (left < WORK_PAIR / 4 ? left : WORK_PAIR / 4);
        agent_reads_back(c, s, f, exfil_bit);
        s->limit = lim;
      }
      score_path(c, f, base_impact);
      topk_add(&c->best, order_key(f->score, f->p.cost));
    }
    again_nf = 0;
    if (na > k || cut) /* kept counts the routes named again too */
      for (uint32_t j = c->n - kept; j < c->n; j++)
        c->v[j].more = true;
    if (cut)
      c->pairs_cut++;
    /* An aim met further on that no path of the pair names: the walk around
     * the loop back to the target (loop_walk), named by that aim alone. */
    for (unsigned miss = loop_aims & ~pg.have & (only ? only : ~0u);
         miss && !cut && kept < k; miss &= miss - 1) {
      unsigned bit = miss & -miss;
      uint64_t left = budget > s->work ? budget - s->work : 0;
      s->limit = s->work + (left < WORK_PAIR / 4 ? left : WORK_PAIR / 4);
      apath wk;
      if (!loop_walk(c, s, cs[i].entry, t, bit, met_aims(c), false, &wk))
        continue;
      /* (by a goal whose aim is met further on: the walk is its story, the
       * training the attacker's data reached; not a supply chain's the
       * walk passes on its way back, whose shipper is not the entry) */
      uint32_t gi = TMC_NONE;
      for (uint32_t j = 0; j < c->n_goals && gi == TMC_NONE; j++)
        if (c->goals[j]->met_further && (c->goals[j]->aim_bit & bit) &&
            goal_names(c, c->goals[j], cs[i].entry, &wk))
          gi = j;
      if (gi == TMC_NONE) {
        free(wk.arcs);
        continue;
      }
      found *f = TMC_PUSH(c->v, c->n, c->cap);
      memset(f, 0, sizeof(*f));
      f->entry = cs[i].entry;
      f->target = t;
      f->p = wk;
      f->goal = gi;
      f->loop = true;
      score_path(c, f, base_impact);
      topk_add(&c->best, order_key(f->score, wk.cost));
      kept++;
    }
    memset(A, 0, (want + 1) * sizeof(apath));
  }
  free(again_f);
  free(keep);
  free(goal_of);
  free(A);
  free(cs);
}

/* ---- cut sets -------------------------------------------------------------- */

/* Most paths closed first, then the more specific control, then the flow
 * drawn first. */
static int cmp_fix(const void *pa, const void *pb) {
  const tmc_fix_cand *a = pa, *b = pb;
  if (a->n != b->n)
    return a->n > b->n ? -1 : 1;
  if (a->pref != b->pref)
    return a->pref < b->pref ? -1 : 1;
  if (a->rank != b->rank)
    return a->rank < b->rank ? -1 : 1;
  return strcmp(a->control, b->control); /* one flow, two controls */
}

static bool covers_all(const tmc_fix_cand *cf, const uint32_t *pick, uint32_t n,
                       uint32_t words, uint32_t n_paths) {
  for (uint32_t w = 0; w < words; w++) {
    uint64_t m = 0;
    for (uint32_t i = 0; i < n; i++)
      m |= cf[pick[i]].bits[w];
    uint64_t want =
        w + 1 < words || n_paths % 64 == 0 ? ~0ull : (1ull << (n_paths % 64)) - 1;
    if (m != want)
      return false;
  }
  return true;
}

/* Smallest hitting set of the target's paths by their flows: exact search of
 * sets of up to 3 flows when that is cheap, else greedy (within a factor
 * ln(paths) + 1 of the smallest). Candidates are tried most-covering first,
 * so among equal-size sets the one closing most paths early wins. */
static void cut_for(const tmc_catalog *cat, tmc_ir *ir, const tmc_agraph *g, uint32_t t,
                    const uint32_t *pidx, uint32_t np) {
  tmc_fix_cands cands;
  tmc_fix_cands_build(&cands, ir, cat, pidx, np, g->flow_rank);
  tmc_fix_cand *cf = cands.v;
  uint32_t ncf = cands.n, words = cands.words;
  if (ncf)
    qsort(cf, ncf, sizeof(*cf), cmp_fix);
  uint32_t pick[3], best[64], nbest = 0;
  bool exact = false;
  double combos = 0;
  for (uint32_t size = 1; size <= 3 && size <= ncf && !exact; size++) {
    combos = size == 1   ? ncf
             : size == 2 ? (double)ncf * ncf / 2
                         : (double)ncf * ncf * ncf / 6;
    if (combos * words > 4e6)
      break;
    for (uint32_t a = 0; a < ncf && !exact; a++) {
      pick[0] = a;
      if (size == 1) {
        exact = covers_all(cf, pick, 1, words, np);
        continue;
      }
      for (uint32_t b = a + 1; b < ncf && !exact; b++) {
        pick[1] = b;
        if (size == 2) {
          exact = covers_all(cf, pick, 2, words, np);
          continue;
        }
        for (uint32_t c = b + 1; c < ncf && !exact; c++) {
          pick[2] = c;
          exact = covers_all(cf, pick, 3, words, np);
        }
      }
    }
    if (exact) {
      nbest = size;
      memcpy(best, pick, size * sizeof(uint32_t));
    }
  }
  uint32_t still_open = 0;
  if (!exact) { /* greedy */
    uint64_t *left = tmc_xcalloc(words, sizeof(uint64_t));
    for (uint32_t i = 0; i < np; i++)
      left[i / 64] |= 1ull << (i % 64);
    for (;;) {
      uint32_t bi = TMC_NONE, bc = 0;
      for (uint32_t i = 0; i < ncf; i++) {
        uint32_t cnt = 0;
        for (uint32_t w = 0; w < words; w++)
          cnt += (uint32_t)__builtin_popcountll(cf[i].bits[w] & left[w]);
        if (cnt > bc) {
          bc = cnt;
          bi = i;
        }
      }
      if (bi == TMC_NONE || nbest == 64)
        break;
      best[nbest++] = bi;
      for (uint32_t w = 0; w < words; w++)
        left[w] &= ~cf[bi].bits[w];
    }
    /* What the cut leaves open: paths no single flow fix reaches, or more
     * than the 64 flows the advice names. */
    for (uint32_t w = 0; w < words; w++)
      still_open += (uint32_t)__builtin_popcountll(left[w]);
    free(left);
  }
  tmc_cut *cut = TMC_PUSH(ir->cuts, ir->n_cuts, ir->cap_cuts);
  memset(cut, 0, sizeof(*cut));
  cut->asset = t;
  cut->paths_total = np;
  cut->n_flows = nbest;
  cut->flows = tmc_arena_alloc(ir->arena, (nbest + 1) * sizeof(uint32_t));
  cut->controls = tmc_arena_alloc(ir->arena, (nbest + 1) * sizeof(char *));
  cut->closes = tmc_arena_alloc(ir->arena, (nbest + 1) * sizeof(uint32_t));
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t i = 0; i < nbest; i++) {
    const tmc_fix_cand *x = &cf[best[i]];
    cut->flows[i] = x->flow;
    cut->controls[i] = x->control;
    cut->closes[i] = x->n;
    tmc_buf_printf(&b, "%sadding %s on %s closes %u of %u path%s", i ? "; " : "",
                   tmc_catalog_control_advice(cat, x->control),
                   tmc_ir_target_name(ir, TMC_TARGET_FLOW, x->flow), x->n, np,
                   np == 1 ? "" : "s");
  }
  if (still_open)
    tmc_buf_printf(&b, "%stogether they close %u of %u; %u stay open", nbest ? "; " : "",
                   np - still_open, np, still_open);
  else if (nbest > 1)
    tmc_buf_printf(&b, "; together they close all %u", np);
  cut->advice = tmc_arena_strdup(ir->arena, b.data ? b.data : "");
  tmc_buf_free(&b);
  tmc_fix_cands_free(&cands);
}

/* ---- the pass -------------------------------------------------------------- */

/* How a path's score came about, in words, like the risk pass's reasons:
 * "likelihood 3 (path probability 0.77 gives 5; -1, at most 3: starts inside
 * Internal network, an insider) x impact 4 (confidential asset) = 12, high". */
static const char *path_reason(const tmc_ir *ir, const ctx *c, const found *f) {
  tmc_buf b = TMC_BUF_INIT;
  const tmc_goal *goal = c->goals[f->goal];
  int l = f->hop_likelihood, i = f->impact;
  if (f->raised) { /* the scores before the floor */
    l = f->hop_likelihood;
    i = asset_impact(c->cat, &ir->elements[f->target]);
    if (goal->impact > i)
      i = goal->impact;
  }
  double p = exp(-(double)f->p.cost / COST_SCALE);
  /* The steps of score_path, in its order, each with its reason. */
  tmc_buf why = TMC_BUF_INIT;
  int h = l;
  if (f->by_data && l > 1) {
    l--;
    tmc_buf_puts(&why,
                 "; -1: the attacker's input reaches the keys' reader only as data, "
                 "not as code it runs");
  }
  if (f->vendor && c->vendor[f->entry] == START_PARTICIPANT) {
    if (l > 1)
      l--;
    tmc_buf_printf(&why,
                   "; -1: starts at %s, a federated participant whose node must be "
                   "compromised first",
                   tmc_element_name(&ir->elements[f->entry]));
  } else if (f->vendor) {
    if (l > 1)
      l--;
    tmc_buf_printf(&why,
                   "; -1: starts at a compromised or manipulated response of %s, a "
                   "service the system calls",
                   tmc_element_name(&ir->elements[f->entry]));
  }
  if (f->insider) {
    l = l - 1 > INSIDER_MAX_LIKELIHOOD ? INSIDER_MAX_LIKELIHOOD : l - 1 < 1 ? 1 : l - 1;
    uint32_t bd = ir->elements[f->entry].boundary;
    const char *zone = bd == TMC_NONE ? "" : ir->boundaries[bd].label;
    if (!zone || !*zone)
      zone = bd == TMC_NONE ? "a trusted zone" : ir->boundaries[bd].id;
    tmc_buf_printf(&why, "; -1, at most %d: starts inside %s, an insider",
                   INSIDER_MAX_LIKELIHOOD, zone);
  }
  if (why.len)
    tmc_buf_printf(&b, "likelihood %d (path probability %.2f gives %d%s)", l, p, h,
                   why.data);
  else
    tmc_buf_printf(&b, "likelihood %d (path probability %.2f)", l, p);
  tmc_buf_free(&why);
  int ai = asset_impact(c->cat, &ir->elements[f->target]);
  if (ai >= goal->impact)
    tmc_buf_printf(&b, " x impact %d (%s)", i,
                   impact_words(&ir->elements[f->target], ai));
  else
    tmc_buf_printf(&b, " x impact %d (%s: %s)", i, goal->chain ? "chain" : "goal",
                   goal->chain ? goal->chain : goal->title);
  tmc_buf_printf(&b, " = %d", l * i);
  if (f->raised) {
    const tmc_finding *x = &ir->findings[f->same];
    tmc_buf_printf(&b,
                   "; raised to %s on %s, which states the same threat from outside: "
                   "likelihood %d x impact %d = %d",
                   x->rule_id, tmc_ir_target_name(ir, x->target_kind, x->target),
                   x->likelihood, x->impact, x->score);
  }
  if (f->capped)
    tmc_buf_printf(&b,
                   "; likelihood lowered to %d: %u more likely paths are critical and at "
                   "most %d %% of a report's paths are (the rest rank below them) = %d",
                   f->likelihood, f->capped, CRITICAL_SHARE, f->score);
  tmc_buf_printf(&b, ", %s", tmc_severity_name(severity_of(f->score)));
  const char *s = tmc_arena_strdup(ir->arena, b.data);
  tmc_buf_free(&b);
  return s;
}

/* Is technique t the technique id, or one of its sub-techniques? */
static bool technique_is(const char *t, const char *id) {
  size_t n = strlen(id);
  return t && strncmp(t, id, n) == 0 && (t[n] == '\0' || t[n] == '.');
}

/* The name of the ATLAS tactic step st serves: its own, else its
 * technique's first; NULL when the catalog knows neither. */
static const char *step_tactic(const tmc_catalog *cat, const tmc_goal_step *st) {
  const char *ta = st->tactic;
  const tmc_technique *t = tmc_catalog_technique(cat, st->technique);
  if (!ta && t && t->tactics.n)
    ta = t->tactics.v[0];
  const tmc_tactic *tt = ta ? tmc_catalog_tactic(cat, ta) : NULL;
  return tt ? tt->name : NULL;
}

/* Does hop_techniques item x hold for a path whose goal has the aim bit aim
 * (0: a goal that names none, which only items without aims take)? */
static bool aimed(const tmc_goal_step *x, unsigned aim) {
  return (!x->aims || (x->aims & aim)) && !(x->aims_not & aim);
}

/* Does hop h name technique id (or a sub-technique), as its own technique
 * or a further one? */
static bool hop_names(const tmc_hop *h, const char *id) {
  if (technique_is(h->technique, id))
    return true;
  for (uint32_t k = 0; k < TMC_HOP_ALSO; k++)
    if (technique_is(h->also[k].technique, id))
      return true;
  return false;
}

/* Does a hop of p after hop i name technique id (or a sub-technique), as
 * its own technique or a further one? */
static bool named_later(const tmc_path *p, uint32_t i, const char *id) {
  for (uint32_t j = i + 1; j < p->n_hops; j++)
    if (hop_names(&p->hops[j], id))
      return true;
  return false;
}

/* The kill-chain step of each hop (issue #16): the technique the goal's own
 * step names for the element the hop reaches, else the first of the
 * catalog's hop_techniques that holds there. The entry gets a technique when
 * the goal's step names one for it or an at_entry item holds there (how the
 * attacker starts: a supplier's data, a plugin's output); no other item
 * tests it. */
static void hop_steps(const ctx *c, const found *f, tmc_path *p) {
  const tmc_goal *goal = c->goals[f->goal];
  unsigned aim = goal->aim_bit;
  uint8_t *step_of = tmc_xcalloc(f->p.n + 1, 1);
  const tmc_goal_pattern *pt = NULL;
  for (uint32_t i = 0; i < goal->n_patterns && !pt; i++)
    if (pattern_assign(c, &goal->patterns[i], f->entry, &f->p, step_of))
      pt = &goal->patterns[i];
  uint32_t nh = tmc_catalog_n_hop_techniques(c->cat);
  for (uint32_t i = 0; i <= f->p.n; i++) {
    const tmc_goal_step *st = pt ? &pt->steps[step_of[i]] : NULL;
    if (!st || !st->technique)
      st = NULL;
    const char *prev = i > 0 ? p->hops[i - 1].technique : NULL;
    for (uint32_t k = 0; !st && k < nh; k++) {
      const tmc_goal_step *x = tmc_catalog_hop_technique_at(c->cat, k);
      if (!x->also && (i > 0 || x->at_entry) && aimed(x, aim) &&
          (!x->after || technique_is(prev, x->after)) &&
          step_holds(c, x, f->entry, &f->p, i))
        st = x;
    }
    if (!st)
      continue;
    tmc_hop *h = &p->hops[i];
    h->technique = st->technique;
    h->technique_name = tmc_catalog_name(c->cat, st->technique);
    h->tactic = step_tactic(c->cat, st);
    h->control = st->control;
    h->uncut = st->no_control;
  }
  /* Further techniques at the same hop (`also:` items, once every hop has
   * its own, so an item can test what a later step is): the tool the model
   * invokes pays, the store it reads leaves by a tool: the first item that
   * holds (each stands in for the ones after it), and the `beside` items
   * that hold too (accounts opened beside a trigger crafted), at most
   * TMC_HOP_ALSO in catalog order, none named twice. Last hop first, so
   * `before` sees the later hops' further techniques too (a detector evaded
   * as it is queried). */
  for (uint32_t i = f->p.n + 1; i-- > 0;) {
    tmc_hop *h = &p->hops[i];
    if (!h->technique)
      continue;
    const char *prev = i > 0 ? p->hops[i - 1].technique : NULL;
    uint32_t n = 0;
    bool took = false; /* an item that is not `beside` gave one */
    for (uint32_t k = 0; k < nh && n < TMC_HOP_ALSO; k++) {
      const tmc_goal_step *x = tmc_catalog_hop_technique_at(c->cat, k);
      if (x->also && (x->beside || !took) && (i > 0 || x->at_entry) && aimed(x, aim) &&
          !hop_names(h, x->technique) &&
          (!x->with || technique_is(h->technique, x->with)) &&
          (!x->after || technique_is(prev, x->after)) &&
          (!x->before || named_later(p, i, x->before)) &&
          step_holds(c, x, f->entry, &f->p, i)) {
        h->also[n++] = (tmc_hop_also){
            x->technique, tmc_catalog_name(c->cat, x->technique), step_tactic(c->cat, x)};
        took |= !x->beside;
      }
    }
  }
  free(step_of);
}

static void emit(tmc_ir *ir, const ctx *c, const found *f) {
  const tmc_agraph *g = c->g;
  const risk *r = c->r;
  uint32_t pi = tmc_ir_add_path(ir);
  tmc_path *p = &ir->paths[pi];
  p->entry = f->entry;
  p->asset = f->target;
  p->n_hops = f->p.n + 1;
  p->hops = tmc_arena_alloc(ir->arena, p->n_hops * sizeof(tmc_hop));
  p->hops[0] = (tmc_hop){.element = f->entry,
                         .flow = TMC_NONE,
                         .boundary = TMC_NONE,
                         .weakness = entry_reason(ir, c->vendor, f->entry)};
  tmc_strlist mit = {0};
  tmc_buf ev = TMC_BUF_INIT;
  tmc_buf_puts(&ev, tmc_element_name(&ir->elements[f->entry]));
  for (uint32_t i = 0; i < f->p.n; i++) {
    const tmc_agraph_arc *a = &g->arcs[f->p.arcs[i]];
    p->hops[i + 1] = (tmc_hop){.element = a->to,
                               .flow = a->flow,
                               .reverse = a->reverse,
                               .boundary = hop_boundary(ir, a),
                               .weakness = hop_weakness(ir, r, a)};
  }
  if (c->cat)
    hop_steps(c, f, p);
  for (uint32_t i = 0; i < f->p.n; i++) {
    const tmc_agraph_arc *a = &g->arcs[f->p.arcs[i]];
    tmc_buf_printf(&ev, " -> %s%s", tmc_element_name(&ir->elements[a->to]),
                   a->reverse ? " (against the flow)" : "");
    /* A hop no technique step matched still has the control that fixes its
       weakness; stored on the hop so the path plan, the cut sets and the
       mitigations all read the same one (the plan skipped such hops while
       the cut sets advised on them). */
    if (!p->hops[i + 1].control && !p->hops[i + 1].uncut)
      p->hops[i + 1].control = hop_control(c->lx, ir, a);
    const char *ctl = p->hops[i + 1].control;
    if (ctl && !tmc_strlist_has(&mit, ctl))
      tmc_strlist_add(&mit, ctl);
  }
  /* How the attacker starts, when the entry's own step names it. */
  if (p->hops[0].technique)
    tmc_buf_printf(&ev, ". Starts with [%s%s%s]",
                   p->hops[0].tactic ? p->hops[0].tactic : "",
                   p->hops[0].tactic ? ": " : "", p->hops[0].technique);
  tmc_buf_puts(&ev, ". Hops:");
  for (uint32_t i = 1; i < p->n_hops; i++) {
    tmc_buf_printf(&ev, " %u. %s: %s", i,
                   tmc_element_name(&ir->elements[p->hops[i].element]),
                   p->hops[i].weakness);
    if (p->hops[i].technique)
      tmc_buf_printf(&ev, " [%s%s%s]", p->hops[i].tactic ? p->hops[i].tactic : "",
                     p->hops[i].tactic ? ": " : "", p->hops[i].technique);
    for (uint32_t k = 0; k < TMC_HOP_ALSO && p->hops[i].also[k].technique; k++)
      tmc_buf_printf(&ev, " [%s%s%s]",
                     p->hops[i].also[k].tactic ? p->hops[i].also[k].tactic : "",
                     p->hops[i].also[k].tactic ? ": " : "", p->hops[i].also[k].technique);
    tmc_buf_putc(&ev, '.');
  }
  const tmc_goal *goal = c->goals[f->goal];
  p->chain = goal->chain;
  p->goal = tmc_goal_aim_words(goal->aim);
  p->cost = (double)f->p.cost / COST_SCALE;
  p->likelihood = f->likelihood;
  p->impact = f->impact;
  p->score = f->score;
  p->severity = severity_of(f->score);
  p->more_exist = f->more;
  p->insider = f->insider;
  p->same_as = f->same;

  uint32_t fi = tmc_ir_add_finding(ir);
  tmc_finding *x = &ir->findings[fi];
  x->rule_id = goal->id;
  x->title = tmc_arena_printf(ir->arena, "%s: %s to %s", goal->title,
                              tmc_element_name(&ir->elements[f->entry]),
                              tmc_element_name(&ir->elements[f->target]));
  x->description = goal->description;
  tmc_buf rem = TMC_BUF_INIT;
  tmc_buf_puts(&rem, "Break the path at its easiest hop: add ");
  for (uint32_t i = 0; i < mit.n; i++)
    tmc_buf_printf(&rem, "%s%s",
                   i == 0           ? ""
                   : i + 1 == mit.n ? " or "
                                    : ", ",
                   tmc_catalog_control_advice(c->cat, mit.v[i]));
  tmc_buf_puts(&rem, " where the hops below lack it; see the cut set for this asset.");
  x->remediation = tmc_arena_strdup(ir->arena, rem.data);
  tmc_buf_free(&rem);
  x->target_kind = TMC_TARGET_PATH;
  x->target = pi;
  x->stride = goal->stride;
  /* The goal's ATLAS ids, each replaced in place by an atlas_if case that
   * holds on this path and names it; then the cases that add an id. */
  for (int owasp = 0; owasp < 2; owasp++) {
    const tmc_strlist *ids = owasp ? &goal->owasp : &goal->atlas;
    tmc_strlist *out = owasp ? &x->owasp : &x->atlas;
    for (uint32_t i = 0; i < ids->n; i++) {
      const char *id = ids->v[i];
      for (uint32_t j = 0; j < goal->n_atlas_if; j++)
        if (goal->atlas_if[j].owasp == owasp &&
            goal->atlas_if[j].instead_of == ids->v[i] &&
            atlas_if_holds(ir, c->cat, &goal->atlas_if[j], p)) {
          id = goal->atlas_if[j].add;
          break;
        }
      tmc_strlist_add(out, id);
    }
    for (uint32_t j = 0; j < goal->n_atlas_if; j++)
      if (goal->atlas_if[j].owasp == owasp && !goal->atlas_if[j].instead_of &&
          atlas_if_holds(ir, c->cat, &goal->atlas_if[j], p) &&
          !tmc_strlist_has(out, goal->atlas_if[j].add))
        tmc_strlist_add(out, goal->atlas_if[j].add);
  }
  for (uint32_t i = 0; i < goal->cwe.n; i++)
    tmc_strlist_add(&x->cwe, goal->cwe.v[i]);
  for (uint32_t i = 0; i < goal->capec.n; i++)
    tmc_strlist_add(&x->capec, goal->capec.v[i]);
  for (uint32_t i = 0; i < mit.n; i++)
    tmc_strlist_add(&x->mitigations, mit.v[i]);
  tmc_strlist_free(&mit);
  x->likelihood = f->likelihood;
  x->impact = f->impact;
  x->score = f->score;
  x->severity = p->severity;
  x->risk_reason = path_reason(ir, c, f);
  x->status = TMC_STATUS_OPEN;
  x->evidence = tmc_arena_strdup(ir->arena, ev.data);
  tmc_buf_free(&ev);
}

typedef struct target {
  uint32_t el;
  int ub_impact;  /* the highest impact a path to it can have */
  uint64_t bound; /* order_key no path to it can beat */
  uint32_t rank;
} target;

static int cmp_target(const void *pa, const void *pb) {
  const target *a = pa, *b = pb;
  if (a->bound != b->bound)
    return a->bound < b->bound ? -1 : 1;
  return a->rank < b->rank ? -1 : a->rank > b->rank;
}

/* Keeps at most CRITICAL_SHARE % of the n shown paths (v, in rank order)
 * critical, chains that repeat a finding first: the rest of the critical ones
 * get the highest likelihood that makes them high, and v is sorted again. */
static void cap_critical(const tmc_agraph *g, found *v, uint32_t n) {
  uint32_t allowed = n * CRITICAL_SHARE / 100, crit = 0;
  if (allowed < 1)
    allowed = 1;
  bool changed = false;
  /* A chain that repeats a finding stating its threat (same_as) keeps its
   * severity first: it is that finding's story; then rank. */
  bool *keep = tmc_xcalloc(n + 1, sizeof(bool));
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t i = 0; i < n && crit < allowed; i++)
      if (!keep[i] && severity_of(v[i].score) == TMC_SEV_CRITICAL &&
          (pass == 1 || v[i].same != TMC_NONE))
        keep[i] = true, crit++;
  for (uint32_t i = 0; i < n; i++) {
    if (severity_of(v[i].score) != TMC_SEV_CRITICAL || keep[i])
      continue;
    int l = 19 / (v[i].impact > 0 ? v[i].impact : 1);
    if (l > v[i].likelihood)
      continue;
    v[i].capped = allowed;
    v[i].likelihood = l < 1 ? 1 : l;
    v[i].score = v[i].likelihood * v[i].impact;
    changed = true;
  }
  free(keep);
  if (changed)
    sort_found(g, v, n);
}

/* Cost from the nearest entry point to every element: one Dijkstra from all
 * entries at once (the same movement rules as every other search). */
static void forward_dijkstra(search *s, const uint32_t *entries, uint32_t n_entries,
                             uint64_t *dist) {
  const tmc_agraph *g = s->g;
  for (uint32_t i = 0; i < g->n; i++)
    dist[i] = INF;
  s->q.n = 0;
  for (uint32_t i = 0; i < n_entries; i++) {
    dist[entries[i]] = 0;
    hpush(&s->q, (hitem){0, g->rank[entries[i]], entries[i]});
  }
  while (s->q.n) {
    hitem x = hpop(&s->q);
    uint32_t u = x.node;
    s->work++;
    if (x.key != dist[u] || (x.key > 0 && !g->transit[u]))
      continue;
    for (uint32_t a = g->out[u]; a < g->out[u + 1]; a++) {
      uint64_t nd = dist[u] + g->arcs[a].cost;
      s->work++;
      if (nd < dist[g->arcs[a].to]) {
        dist[g->arcs[a].to] = nd;
        hpush(&s->q, (hitem){nd, g->rank[g->arcs[a].to], g->arcs[a].to});
      }
    }
  }
}

/* Way dir (0 along, 1 back) of flow i between two different elements: a
 * two-way flow moves data both ways, a one-way flow only along. False for a
 * way the flow does not have, a loop, or an end that names no element. */
static bool flow_way(const tmc_ir *ir, uint32_t i, int dir, uint32_t *from,
                     uint32_t *to) {
  const tmc_flow *f = &ir->flows[i];
  if (dir && !f->bidirectional)
    return false;
  *from = dir ? f->dst : f->src;
  *to = dir ? f->src : f->dst;
  return *from != *to && *from < ir->n_elements && *to < ir->n_elements;
}

/* Does e's name say it is a party whose content, code or data others take
 * in (words.yaml: sources_in, artifact_sources, outside_code)? */
static bool named_source(const tmc_lexicon *lx, const tmc_element *e) {
  const char *n = tmc_element_name(e);
  return tmc_lexicon_says(lx, TMC_WORDS_SOURCES_IN, n) ||
         tmc_lexicon_says(lx, TMC_WORDS_ROLE_ARTIFACT_SOURCE, n) ||
         tmc_lexicon_says(lx, TMC_WORDS_OUTSIDE_CODE, n);
}

/* Entry points paths do not start at, because another entry's paths pass
 * through them: an outsider a person sends to that the attacker can pass
 * through (someone's mobile app, an admin panel, a chat workspace drawn
 * as an outsider). The attacker is who uses it: "App user -> Quill mobile app
 * -> Suggestion API", not a second path from the app. A third party and a
 * hosted service keep their own paths: a manipulated response of theirs is
 * an attack of its own. */
static bool *relay_entries(const tmc_ir *ir, const tmc_agraph *g, const tmc_lexicon *lx) {
  bool *relay = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    for (int dir = 0; dir < 2; dir++) {
      uint32_t u, x;
      if (!flow_way(ir, i, dir, &u, &x))
        continue;
      const tmc_element *eu = &ir->elements[u], *ex = &ir->elements[x];
      /* paths35: not a person the person hands things to (counter staff
       * a customer brings an item to, no device of theirs: "Staff laptop"
       * is one): an insider's way in of their own */
      const char *xn = tmc_element_name(ex);
      if (eu->facts.is_entry && tmc_agraph_is_person(lx, eu) && ex->facts.is_entry &&
          ex->kind == TMC_KIND_EXTERNAL && g->transit[x] && !ex->third_party &&
          (!tmc_agraph_is_person(lx, ex) ||
           tmc_lexicon_says(lx, TMC_WORDS_DEVICES, xn)) &&
          !sensor(ex) && !tmc_lexicon_says(lx, TMC_WORDS_HOSTED, xn))
        relay[x] = true;
    }
  }
  return relay;
}

/* Entry points that another entry point sends to along a flow: their paths
 * are the upstream entry's, cut short (select_shown shows them last). Not a
 * third party, a hosted service or a person (an attack of their own: a
 * manipulated response, a person's own doing), as tail_of; g31a: nor a
 * source of models (a vendor's portal shipping model files, fed the data it
 * retrains on by its own SFTP drop: a compromised portal ships a backdoor of
 * its own). */
static bool *relayed_entries(const tmc_ir *ir, const tmc_lexicon *lx,
                             const uint8_t *vendor) {
  bool *r = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  /* ... and that passes data on to one of ours (the sender a mailbox
   * answers is fed by it too, and is still where the attack starts), not
   * with a key or account of its own (own_account) */
  bool *on = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  bool *own_key = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows; i++)
    for (int dir = 0; dir < 2; dir++) {
      uint32_t u, x;
      if (flow_way(ir, i, dir, &u, &x) && ir->elements[x].kind != TMC_KIND_EXTERNAL) {
        on[u] = true;
        own_key[u] |= ir->flows[i].facts.carries_credentials;
      }
    }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    for (int dir = 0; dir < 2; dir++) {
      uint32_t u, x;
      if (!flow_way(ir, i, dir, &u, &x))
        continue;
      const tmc_element *eu = &ir->elements[u], *ex = &ir->elements[x];
      /* b35c: a line drawn without arrowheads between an outside party and
       * a part of the system that is an entry too (a community tool and
       * the web sites it fetches) runs both ways only because nothing says
       * which way: the outside party is upstream, never relayed by it */
      if (ir->flows[i].bidirectional && ex->kind == TMC_KIND_EXTERNAL &&
          eu->kind != TMC_KIND_EXTERNAL)
        continue;
      /* paths22: a hosted mail service is relayed all the same (SendGrid's
       * Inbound Parse posting what approvers reply to trips@): what it
       * posts on is whoever mailed the address, not a response of its own,
       * and the sender's paths pass through it; paths35: so is a hosted
       * chat channel (words.yaml chat_channels: the WhatsApp Cloud API's
       * webhook posting what customers message the business number) */
      if (eu->facts.is_entry && (ex->facts.is_entry || vendor[x]) && on[x] &&
          !(own_key[x] && ex->facts.is_entry && ex->kind == TMC_KIND_EXTERNAL) &&
          !ex->third_party && !ex->facts.model_source && !tmc_agraph_is_person(lx, ex) &&
          !sensor(ex) &&
          (ex->tech == TMC_TECH_EMAIL ||
           tmc_lexicon_says(lx, TMC_WORDS_CHAT_CHANNELS, tmc_element_name(ex)) ||
           !tmc_lexicon_says(lx, TMC_WORDS_HOSTED, tmc_element_name(ex))))
        r[x] = true;
    }
  }
  free(on);
  free(own_key);
  return r;
}

/* paths40: an outsider the reach pass made an entry point that one of ours
 * calls and that answers one of ours, with nothing outside sending to it,
 * drawn or named as another organisation's service (in a zone of others'
 * services, drawn as a node, or named by a called_services or hosted word:
 * "Booking API", "Regjistri i automjeteve", "NinjaOne RMM"): a service the
 * system calls and hears back from (issue #16 item 1). Its paths are a
 * compromised or manipulated response, as a non-entry service's: it starts
 * them one step less likely, after the entry points' (v[i] = START_VENDOR).
 * Not a person or a person's device, nor whoever a person sends to (a hosted
 * payment page customers type card numbers into is their channel), nor a
 * source of others' content, code or models (a package index, a hub, a web
 * search API, an app store, a third party), nor one that pushes in what
 * anyone can forge (a webhook, a callback) or what trains a model: there the
 * attacker is whoever sends or publishes, and nothing must be compromised
 * first. Where only its zone says it is a service, not one whose answer goes
 * straight into a prompt either (a GDS's hotel descriptions: the hotels
 * write them). The reach pass's entry facts stay as they are. Linear in the
 * flows. */
enum { CALLED_BY_OURS = 1, ANSWERS_OURS = 2, FED_OUTSIDE = 4, PUSHES_IN = 8 };

/* How e is drawn or named as another organisation's service: 2 by its own
 * name or shape (a called_services word, a hosted service's name, a
 * service_shapes shape), 1 by the zone it is drawn in (a zone of others'
 * services), 0 not. */
static int drawn_as_service(const tmc_ir *ir, const tmc_lexicon *lx,
                            const tmc_element *e) {
  const char *n = tmc_element_name(e);
  if (tmc_lexicon_says(lx, TMC_WORDS_CALLED_SERVICES, n) ||
      tmc_lexicon_says(lx, TMC_WORDS_HOSTED, n) ||
      (e->shape && tmc_lexicon_says(lx, TMC_WORDS_SERVICE_SHAPES, e->shape)))
    return 2;
  uint32_t b = e->boundary;
  for (uint32_t k = 0; b < ir->n_boundaries && k < ir->n_boundaries; k++) {
    if (tmc_lexicon_says(lx, TMC_WORDS_PARTY_ZONES, ir->boundaries[b].label))
      return 1;
    b = ir->boundaries[b].parent;
  }
  return 0;
}

/* Is e named as a person? A people word in a remark of a service drawn or
 * named as one ("NinjaOne RMM -> ~2,400 client PCs", "SOAP, client
 * certificate") is not a person unless its head noun made it an outsider.
 * Where the author declared the kind (type=, or an OTM or Threat Dragon
 * file, which carries tmc's own kinds back in), no head noun is read: the
 * people words count, so "API client (partner app)" is the caller it was
 * in the drawing the file was exported from (script/otm_roundtrip). */
static bool called_person(const tmc_lexicon *lx, const tmc_element *e, int service) {
  bool said = tmc_agraph_is_person(lx, e) || e->facts.person || e->facts.public_person;
  return said && (service < 2 || e->kind_source == TMC_SOURCE_HEAD_NOUN ||
                  e->kind_source == TMC_SOURCE_LABEL_WORD ||
                  e->kind_source == TMC_SOURCE_ATTRIBUTE);
}

static void called_services(const tmc_ir *ir, const tmc_lexicon *lx, uint8_t *v) {
  uint8_t *seen = tmc_xcalloc(ir->n_elements + 1, sizeof(uint8_t));
  for (uint32_t i = 0; i < ir->n_flows; i++)
    for (int dir = 0; dir < 2; dir++) {
      uint32_t u, x;
      if (!flow_way(ir, i, dir, &u, &x))
        continue;
      bool ours_u = ir->elements[u].kind != TMC_KIND_EXTERNAL,
           ours_x = ir->elements[x].kind != TMC_KIND_EXTERNAL;
      seen[x] |= ours_u ? CALLED_BY_OURS : FED_OUTSIDE;
      if (!ours_x || ours_u)
        continue;
      seen[u] |= ANSWERS_OURS;
      /* ... not one that pushes in what others can forge or fill: a flow
       * saying a webhook, a callback or a file drop (sources_in: anyone
       * who reaches the endpoint sends one), or one into a training path
       * (a labelling vendor's labels: its workers are its authors) */
      const tmc_element *ex = &ir->elements[x];
      if (tmc_lexicon_says(lx, TMC_WORDS_SOURCES_IN, ir->flows[i].label) ||
          ex->facts.training_path || ex->facts.feeds_training)
        seen[u] |= PUSHES_IN;
    }
  tmc_techset clients = tmc_lexicon_techs(lx, TMC_TECHS_CLIENTS);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    const char *n = tmc_element_name(e);
    int service;
    if (!v[i] && seen[i] == (CALLED_BY_OURS | ANSWERS_OURS) &&
        e->kind == TMC_KIND_EXTERNAL && e->facts.is_entry && !e->third_party &&
        !tmc_props_get(&e->props, "entry") && !e->facts.publishes &&
        !TMC_TECHSET_HAS(clients, e->tech) &&
        !TMC_ROLESET_HAS(e->roles, TMC_ROLE_ARTIFACT_SOURCE) && !named_source(lx, e) &&
        !tmc_is_public_hub(lx, n) && !tmc_lexicon_says(lx, TMC_WORDS_WEB_SEARCH, n) &&
        !tmc_lexicon_says(lx, TMC_WORDS_CODE_SOURCE, n) &&
        !tmc_lexicon_says(lx, TMC_WORDS_MODEL_DISTRIBUTION, n) &&
        (service = drawn_as_service(ir, lx, e)) && !called_person(lx, e, service) &&
        (service == 2 || !TMC_KINDSET_HAS(e->facts.direct_downstream, TMC_KIND_LLM)))
      v[i] = START_VENDOR;
  }
  free(seen);
}

/* Services the system calls and hears back from (a vendor LLM, a SaaS API, a
 * third-party plugin drawn as an outsider), which are hops, not entry points
 * (passes/reach.c): each also starts paths of its own, a compromised or
 * manipulated response (issue #16 item 1), one step less likely than the hops
 * make it. A service is one the movement graph passes through (an outsider
 * something sends to, not a person) that answers into the system: a flow out
 * of it, or a two-way one, to one of ours.
 * A federated participant starts paths too (issue #16: a federated-learning
 * client as a start): code of another site that trains and sends its model
 * updates to an aggregator (aggregates_updates); a compromised node's
 * backdoored update is averaged into the global model, so it is where that
 * attack starts, one step less likely, and not an insider's. */
static uint8_t *vendor_starts(const tmc_ir *ir, const tmc_agraph *g,
                              const tmc_lexicon *lx) {
  uint8_t *v = tmc_xcalloc(ir->n_elements + 1, sizeof(uint8_t));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    for (int dir = 0; dir < 2; dir++) {
      uint32_t u, x;
      if (!flow_way(ir, i, dir, &u, &x))
        continue;
      const tmc_element *eu = &ir->elements[u];
      if (eu->kind == TMC_KIND_EXTERNAL && !eu->facts.is_entry && g->transit[u] &&
          !tmc_agraph_is_person(lx, eu) && ir->elements[x].kind != TMC_KIND_EXTERNAL)
        v[u] = START_VENDOR;
    }
  }
  called_services(ir, lx, v);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    const tmc_element *eu = f->src < ir->n_elements ? &ir->elements[f->src] : NULL;
    if (!eu || f->dst >= ir->n_elements || f->src == f->dst || eu->facts.is_entry ||
        v[f->src] || !ir->elements[f->dst].facts.aggregates_updates ||
        !TMC_ROLESET_HAS(eu->roles, TMC_ROLE_TRAINER) ||
        (eu->kind != TMC_KIND_PROCESS && eu->kind != TMC_KIND_PIPELINE))
      continue;
    v[f->src] = START_PARTICIPANT;
  }
  /* A source drawn outside every trust boundary of a diagram that draws
   * some, sending into one (web image hosts, a public dataset index, a
   * package index or a plugin drawn as a box of its own) starts paths too,
   * even where the reach pass, finding the diagram's zones drawn only by
   * default, named no entry point there: what it sends is its author's,
   * and an attacker can be that author (issue #16: poisoning from web
   * hosts, a plugin outside every zone). Not a person (an entry point when
   * one), not a model or LLM (a vendor's model is a target), not one the
   * author marked entry=false, not a store of keys (paths26: an .env or key
   * file drawn beside the zones, as a note whose arrows leave it: it hands
   * code its secrets, no author's content, and is where they are stolen). */
  /* ... and nothing outside feeds it (an entry point or another outsider
   * upstream is where that attack starts, and its paths pass through). */
  bool *fed = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = 0; i < ir->n_flows && ir->n_boundaries; i++)
    for (int dir = 0; dir < 2; dir++) {
      uint32_t u, x;
      if (flow_way(ir, i, dir, &u, &x) &&
          (ir->elements[u].boundary == TMC_NONE || ir->elements[u].facts.is_entry))
        fed[x] = true;
    }
  if (ir->n_boundaries)
    for (uint32_t i = 0; i < ir->n_flows; i++)
      for (int dir = 0; dir < 2; dir++) {
        uint32_t u, x;
        if (!flow_way(ir, i, dir, &u, &x))
          continue;
        const tmc_element *eu = &ir->elements[u];
        if (!v[u] && !fed[u] && !eu->facts.is_entry &&
            !tmc_props_get(&eu->props, "entry") && eu->boundary == TMC_NONE &&
            ir->elements[x].boundary != TMC_NONE &&
            !tmc_kind_is(eu->kind, TMC_KIND_MODEL) && !tmc_agraph_is_person(lx, eu) &&
            !eu->facts.plain_keys && !eu->facts.secrets_vault)
          v[u] = START_SOURCE;
      }
  free(fed);
  return v;
}

int tmc_pass_paths(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  uint32_t k = opts ? opts->paths_k : 3;
  uint32_t max_total = opts && opts->max_paths ? opts->max_paths : DEFAULT_MAX_PATHS;
  uint32_t shown = opts && opts->max_paths ? opts->max_paths : DEFAULT_SHOWN_PATHS;
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  uint32_t n_goals = cat ? tmc_catalog_n_goals(cat) : 0;
  /* Without goals (no catalog) there is nothing to search for. */
  if (k == 0 || ir->n_elements == 0 || n_goals == 0)
    return 0;
  /* Chains first, each by id, then plain goals by id, then the goals that
   * name last (names_last): the order goals name paths in. */
  const tmc_goal **goals = tmc_xmalloc(sizeof(tmc_goal *) * (n_goals + 1));
  uint32_t ng = 0;
  for (int pass = 0; pass < 3; pass++)
    for (uint32_t i = 0; i < n_goals; i++) {
      const tmc_goal *gl = tmc_catalog_goal_at(cat, i);
      int at = gl->names_last ? 2 : gl->n_patterns == 0 ? 1 : 0;
      if (at == pass)
        goals[ng++] = gl;
    }
  risk r;
  risk_build(&r, ir, goals, ng);
  /* The reach pass's moves when this run has them (passes.h), weighed with
   * this pass's costs; else built here. */
  tmc_agraph g, own = {0},
                *moves = opts && opts->shared && opts->shared->moves.rank &&
                                 opts->shared->moves.n == ir->n_elements
                             ? &opts->shared->moves
                             : &own;
  if (moves == &own)
    tmc_agraph_moves(&own, ir, tmc_catalog_lexicon(cat));
  tmc_agraph_weigh(&g, moves, ir, hop_cost, &r);
  search s;
  search_init(&s, &g);
  uint64_t budget = WORK_BASE + WORK_PER_ITEM * ((uint64_t)g.n + g.n_arcs);
  ctx c = {0};
  c.ir = ir;
  c.g = &g;
  c.r = &r;
  c.cat = cat;
  c.goals = goals;
  c.n_goals = ng;
  c.lx = tmc_catalog_lexicon(cat);
  c.best.max = max_total;
  c.extra_left = budget / PAIR_GOAL_SHARE;
  c.best.v = tmc_xmalloc(sizeof(uint64_t) * (max_total + 1));
  uint32_t *entries = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements + 1));
  bool *relay = relay_entries(ir, &g, c.lx);
  uint8_t *vendor = vendor_starts(ir, &g, c.lx);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if ((ir->elements[i].facts.is_entry && !relay[i]) || vendor[i])
      entries[c.n_entries++] = i;
  free(relay);
  c.entries = entries;
  c.vendor = vendor;
  uint64_t *dist = tmc_xmalloc(sizeof(uint64_t) * (ir->n_elements + 1));
  forward_dijkstra(&s, entries, c.n_entries, dist);

  /* Targets: the elements some goal targets (assets, the LLMs and models AI
   * chains end at), reachable from some entry; searched best bound first, so
   * the search can stop at the first target none of whose paths could place
   * among the best max_total. A target's best impact is its own or that of
   * the best goal that targets it. */
  target *ts = NULL;
  uint32_t nt = 0, capt = 0;
  /* perf28: what each goal's target condition needs of an element and every
   * element's keys, read once (catalog/cond.h, as the rules pass does): a
   * goal is evaluated only where its needs are met, not of every reachable
   * element (a tenth of this pass at 10k elements) */
  tmc_cond_need *gneed = tmc_xmalloc(sizeof(tmc_cond_need) * (ng + 1));
  uint64_t gwant = 0;
  for (uint32_t j = 0; j < ng; j++) {
    tmc_cond_need_of(goals[j]->target, TMC_TARGET_ELEMENT, NULL, &gneed[j]);
    gwant |= gneed[j].bools_all | gneed[j].bools_any;
  }
  uint32_t *ident = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements + 1));
  for (uint32_t i = 0; i < ir->n_elements; i++)
    ident[i] = i;
  tmc_cond_have *ghave = tmc_xmalloc(sizeof(tmc_cond_have) * (ir->n_elements + 1));
  tmc_cond_have_of(ir, TMC_TARGET_ELEMENT, ident, ir->n_elements, NULL, gwant, ghave);
  free(ident);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    /* An entry point is a target too (a vendor LLM drawn outside every zone,
     * a system outside ours an agent's output reaches): its distance is then
     * that of the cheapest way in from a neighbour, a bound that still holds
     * for paths from the other entries. */
    uint64_t di = dist[i];
    if (di == 0) {
      di = INF;
      for (uint32_t a = g.in[i]; a < g.in[i + 1]; a++) {
        const tmc_agraph_arc *x = &g.arcs[g.in_arcs[a]];
        if (x->from != i && dist[x->from] != INF && dist[x->from] + x->cost < di)
          di = dist[x->from] + x->cost;
      }
    }
    if (di == INF || di == 0)
      continue;
    bool targeted = false;
    int ub = asset_impact(c.cat, e);
    for (uint32_t j = 0; j < ng; j++)
      if (tmc_cond_may(&gneed[j], &ghave[i]) && tmc_cond_probe(&gneed[j], &e->facts) &&
          tmc_cond_eval(goals[j]->target, ir, TMC_TARGET_ELEMENT, i)) {
        targeted = true;
        ub = goals[j]->impact > ub ? goals[j]->impact : ub;
      }
    if (!targeted)
      continue;
    *TMC_PUSH(ts, nt, capt) =
        (target){i, ub, order_key(score_bound(&c, di, ub), di), g.rank[i]};
  }
  free(gneed);
  free(ghave);
  free(dist);
  if (nt)
    qsort(ts, nt, sizeof(*ts), cmp_target);
  for (uint32_t i = 0; i < nt; i++) {
    if (topk_beats(&c.best, ts[i].bound))
      break;
    s.limit = budget;
    if (s.work >= budget || !reverse_dijkstra(&s, ts[i].el)) {
      c.targets_skipped = nt - i;
      break;
    }
    paths_to(&c, &s, ts[i].el, k, ts[i].ub_impact, budget);
  }
  free(ts);
  free(entries);
  free(c.best.v);

  sort_found(&g, c.v, c.n);
  uint32_t keep = c.n < shown ? c.n : shown;
  if (keep < c.n) { /* by tiers (select_shown), then shown by rank */
    bool *relayed = relayed_entries(ir, c.lx, vendor);
    /* A source outside every zone that the reach pass named no entry point
     * is a less certain start: its paths come after the entry points',
     * unless its name says it is a party others' content or code comes
     * from (a labelling vendor, a package index, a feed). */
    /* So is a service the system calls (its manipulated response): the
     * vendor must be compromised first (issue #16 item 1), and anyone at an
     * entry point can start what its paths pass on. */
    for (uint32_t i = 0; i < ir->n_elements; i++)
      relayed[i] |=
          (vendor[i] == START_SOURCE && !named_source(c.lx, &ir->elements[i])) ||
          vendor[i] == START_VENDOR;
    bool *configurer = configurer_entries(ir, c.lx);
    select_shown(&c, c.v, c.n, relayed, configurer);
    free(configurer);
    free(relayed);
    sort_found(&g, c.v, keep);
  }
  cap_critical(&g, c.v, keep);
  /* A pair that lost paths to the total cap has more than it shows. */
  for (uint32_t i = keep; i < c.n; i++)
    for (uint32_t j = 0; j < keep; j++)
      if (c.v[j].entry == c.v[i].entry && c.v[j].target == c.v[i].target)
        c.v[j].more = true;
  uint32_t first = ir->n_paths;
  uint32_t *rank_of = tmc_xcalloc(ir->n_elements + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < keep; i++) {
    emit(ir, &c, &c.v[i]);
    ir->paths[ir->n_paths - 1].rank = ++rank_of[c.v[i].target];
  }
  /* Every pair found, shown or not: what the search reached (tmc_ir.h). */
  uint32_t *pairs = tmc_xmalloc(sizeof(uint32_t) * 2 * (c.n + 1));
  for (uint32_t i = 0; i < c.n; i++)
    pairs[2 * i] = c.v[i].entry, pairs[2 * i + 1] = c.v[i].target;
  tmc_ir_set_path_pairs(ir, pairs, c.n);
  free(pairs);
  for (uint32_t i = 0; i < c.n; i++)
    free(c.v[i].p.arcs);
  free(c.v);

  /* Cut sets, per target in the order paths were ranked. */
  uint32_t *pidx = tmc_xmalloc(sizeof(uint32_t) * (keep + 1));
  bool *done = tmc_xcalloc(ir->n_elements + 1, sizeof(bool));
  for (uint32_t i = first; i < ir->n_paths; i++) {
    uint32_t t = ir->paths[i].asset;
    if (done[t])
      continue;
    done[t] = true;
    uint32_t np = 0;
    for (uint32_t j = i; j < ir->n_paths; j++)
      if (ir->paths[j].asset == t)
        pidx[np++] = j;
    cut_for(c.cat, ir, &g, t, pidx, np);
  }
  free(done);
  free(pidx);
  free(rank_of);

  if (c.n > keep || c.best.capped)
    tmc_note(d, (tmc_loc){ir->file, 0, 0},
             "attack paths: kept %u (each goal's, each target's, then each entry/target "
             "pair's most likely first; relayed entry points' last); %s%u more found and "
             "not shown (raise with --max-paths)",
             keep, c.best.capped ? "at least " : "",
             c.n - keep + (c.best.capped ? 1 : 0));
  if (c.targets_skipped || c.pairs_cut)
    tmc_note(d, (tmc_loc){ir->file, 0, 0},
             "attack paths: the work limit stopped the search early (%u target%s not "
             "analysed, %u entry/target pair%s cut short); the paths shown are a subset",
             c.targets_skipped, c.targets_skipped == 1 ? "" : "s", c.pairs_cut,
             c.pairs_cut == 1 ? "" : "s");
  search_free(&s);
  free(c.met_at);
  free(c.agent_at);
  free(c.ws);
  free(vendor);
  tmc_agraph_free(&g);
  risk_free(&r);
  free(goals);
  return 0;
}
