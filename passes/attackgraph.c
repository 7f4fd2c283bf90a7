/* attackgraph.c - builds the attacker's movement graph from the IR's flows
 * (see attackgraph.h for the rules). The one idea: every ordering decision
 * goes through stable ranks computed from names, so results never depend on
 * the order the diagram declared things in. */
#include "passes/attackgraph.h"

#include "catalog/lexicon.h"
#include "passes/flowgraph.h"

#include <stdlib.h>
#include <string.h>

bool tmc_agraph_is_store(tmc_kind k) {
  switch (k) {
  case TMC_KIND_DATA_STORE:
  case TMC_KIND_VECTOR_STORE:
  case TMC_KIND_DATASET:
  case TMC_KIND_MODEL_REGISTRY:
  case TMC_KIND_FEATURE_STORE:
    return true;
  case TMC_KIND_EXTERNAL:
  case TMC_KIND_PROCESS:
  case TMC_KIND_MODEL:
  case TMC_KIND_LLM:
  case TMC_KIND_PIPELINE:
  case TMC_KIND_AGENT_TOOL:
  case TMC_KIND_COUNT:
    return false;
  }
  return false;
}

bool tmc_agraph_reversible(const tmc_ir *ir, const tmc_flow *f) {
  return f->bidirectional || (tmc_agraph_is_store(ir->elements[f->src].kind) &&
                              !tmc_agraph_is_store(ir->elements[f->dst].kind));
}

static const struct {
  const char *cls;
  tmc_sensitivity s;
} data_classes[] = {
    {"credentials", TMC_SENS_SECRET},
    {"secrets", TMC_SENS_SECRET},
    {"secret", TMC_SENS_SECRET},
    {"api_keys", TMC_SENS_SECRET},
    {"keys", TMC_SENS_SECRET},
    {"passwords", TMC_SENS_SECRET},
    {"tokens", TMC_SENS_SECRET},
    {"private_keys", TMC_SENS_SECRET},
    {"pii", TMC_SENS_CONFIDENTIAL},
    {"phi", TMC_SENS_CONFIDENTIAL},
    {"pci", TMC_SENS_CONFIDENTIAL},
    {"payment_data", TMC_SENS_CONFIDENTIAL},
    {"health_data", TMC_SENS_CONFIDENTIAL},
    {"financial_data", TMC_SENS_CONFIDENTIAL},
    {"customer_data", TMC_SENS_CONFIDENTIAL},
    {"model_weights", TMC_SENS_CONFIDENTIAL},
    {"training_data", TMC_SENS_CONFIDENTIAL},
    {"confidential_documents", TMC_SENS_CONFIDENTIAL},
    {"source_code", TMC_SENS_CONFIDENTIAL},
    {"biometrics", TMC_SENS_CONFIDENTIAL},
};

tmc_sensitivity tmc_agraph_data_sensitivity(const tmc_element *e) {
  tmc_sensitivity s = e->sensitivity;
  for (uint32_t i = 0; i < e->data.n; i++) {
    const tmc_canon *r = e->data_canon ? &e->data_canon[i] : NULL;
    if (r && r->id) {
      if (r->sensitivity > s)
        s = r->sensitivity;
      continue;
    }
    for (size_t c = 0; c < sizeof data_classes / sizeof *data_classes; c++)
      if (tmc_streq_nocase(e->data.v[i], data_classes[c].cls) && data_classes[c].s > s)
        s = data_classes[c].s;
  }
  return s;
}

/* ---- stable ranks ---------------------------------------------------------- */

typedef struct key {
  const char *a, *b, *c; /* compared in order */
  uint32_t x, y;         /* then these */
  uint32_t idx;          /* last resort: the items are indistinguishable */
} key;

static int cmp_str(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "");
}

static int cmp_key(const void *pa, const void *pb) {
  const key *a = pa, *b = pb;
  int c;
  if ((c = cmp_str(a->a, b->a)) || (c = cmp_str(a->b, b->b)) || (c = cmp_str(a->c, b->c)))
    return c;
  if (a->x != b->x)
    return a->x < b->x ? -1 : 1;
  if (a->y != b->y)
    return a->y < b->y ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void rank_elements(tmc_agraph *g, const tmc_ir *ir) {
  key *k = tmc_xcalloc(ir->n_elements + 1, sizeof(*k));
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    k[i] = (key){e->qname, ir->pages[e->page].name, e->label, 0, 0, i};
  }
  qsort(k, ir->n_elements, sizeof(*k), cmp_key);
  for (uint32_t r = 0; r < ir->n_elements; r++)
    g->rank[k[r].idx] = r;
  free(k);
}

static void rank_flows(tmc_agraph *g, const tmc_ir *ir) {
  key *k = tmc_xcalloc(ir->n_flows + 1, sizeof(*k));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    k[i] = (key){f->id,           f->label,
                 f->protocol,     g->rank[f->src] * 2u + f->bidirectional,
                 g->rank[f->dst], i};
  }
  qsort(k, ir->n_flows, sizeof(*k), cmp_key);
  for (uint32_t r = 0; r < ir->n_flows; r++)
    g->flow_rank[k[r].idx] = r;
  free(k);
}

/* ---- which elements a path may pass through -------------------------------- */

bool tmc_agraph_is_person(const tmc_lexicon *lx, const tmc_element *e) {
  if (e->kind != TMC_KIND_EXTERNAL)
    return false;
  if (!lx)
    lx = tmc_lexicon_builtin();
  const char *name = tmc_element_name(e);
  /* sources16: a public index or hub is a service, whatever people word
   * its name says ("Public package index (PyPI)", "Hugging Face Hub
   * public models") */
  if (tmc_is_public_hub(lx, name))
    return false;
  return tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, name) ||
         tmc_lexicon_says(lx, TMC_WORDS_PEOPLE, e->id ? e->id : "");
}

/* Every element of ours is a hop; an external entity is one in two cases
 * (issue #16 item 1), otherwise it is where an attacker starts or what the
 * system only talks to:
 *   - a service the system calls and hears back from, or that relays data on
 *     (a vendor API, a SaaS, a bank): not named as a person or device, and
 *     something sends to it;
 *   - someone's client or channel (a mobile app, an admin panel, a chat
 *     workspace drawn as an outsider): a person (an outsider named by the
 *     people words) sends to it and it sends on to another element, one of
 *     ours or a service above. A person who only talks back to the device
 *     that talks to them is not; nor is whoever an app store or a feed sends
 *     to (that is someone who starts an attack of their own). */
static void mark_transit(tmc_agraph *g, const tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = g->n;
  bool *fed = tmc_xcalloc(n + 1, sizeof(bool)); /* something sends to it */
  for (uint32_t i = 0; i < n; i++)
    g->transit[i] = ir->elements[i].kind != TMC_KIND_EXTERNAL;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == f->dst || f->src >= n || f->dst >= n)
      continue;
    fed[f->dst] = true;
    if (f->bidirectional)
      fed[f->src] = true;
  }
  bool *service = tmc_xcalloc(n + 1, sizeof(bool)),
       *person = tmc_xcalloc(n + 1, sizeof(bool));
  /* A person's own device or app (a client technology, sets.yaml: the
   * shoppers' web and mobile app, drawn as the shoppers) is no service the
   * system calls: it passes on only what its person sends it (below). */
  tmc_techset clients =
      tmc_lexicon_techs(lx ? lx : tmc_lexicon_builtin(), TMC_TECHS_CLIENTS);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    person[i] = tmc_agraph_is_person(lx, e);
    service[i] = e->kind == TMC_KIND_EXTERNAL && fed[i] && !person[i] &&
                 !TMC_TECHSET_HAS(clients, e->tech);
  }
  /* Clients: an external entity X with a flow E -> X from a person
   * and a flow X -> Y to one of ours or a service, Y != E. Per element, the
   * first such E and Y and whether there is a second: linear in the flows. A
   * flow counts both ways when it is two-way. */
  uint32_t *ein = tmc_xmalloc((n + 1) * sizeof(uint32_t));
  uint32_t *yout = tmc_xmalloc((n + 1) * sizeof(uint32_t));
  bool *ein2 = tmc_xcalloc(n + 1, sizeof(bool)),
       *yout2 = tmc_xcalloc(n + 1, sizeof(bool));
  for (uint32_t i = 0; i < n; i++)
    ein[i] = yout[i] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == f->dst || f->src >= n || f->dst >= n)
      continue;
    for (int dir = 0; dir < 1 + f->bidirectional; dir++) {
      uint32_t u = dir ? f->dst : f->src, v = dir ? f->src : f->dst;
      if (ir->elements[u].kind == TMC_KIND_EXTERNAL && person[u] && ein[v] != u) {
        ein2[v] |= ein[v] != TMC_NONE;
        ein[v] = ein[v] == TMC_NONE ? u : ein[v];
      }
      if ((ir->elements[v].kind != TMC_KIND_EXTERNAL || service[v]) && yout[u] != v) {
        yout2[u] |= yout[u] != TMC_NONE;
        yout[u] = yout[u] == TMC_NONE ? v : yout[u];
      }
    }
  }
  for (uint32_t x = 0; x < n; x++)
    if (ir->elements[x].kind == TMC_KIND_EXTERNAL && ein[x] != TMC_NONE &&
        yout[x] != TMC_NONE && (ein2[x] || yout2[x] || ein[x] != yout[x]))
      g->transit[x] = true;
  free(ein);
  free(yout);
  free(ein2);
  free(yout2);
  for (uint32_t i = 0; i < n; i++) {
    g->transit[i] |= service[i];
    /* A store of secrets ends a path (credential theft is the step), it is
     * never a relay: reading the vault is not how one reaches the agent the
     * vault hands keys to. */
    const tmc_element *e = &ir->elements[i];
    if (tmc_agraph_is_store(e->kind) &&
        (tmc_agraph_data_sensitivity(e) == TMC_SENS_SECRET ||
         tmc_lexicon_says(lx ? lx : tmc_lexicon_builtin(),
                          TMC_WORDS_ROLE_CREDENTIAL_HOLDER, tmc_element_name(e))))
      g->transit[i] = false;
  }
  free(service);
  free(person);
  free(fed);
}

/* ---- building -------------------------------------------------------------- */

/* Sort records carry the ranks they are ordered by, so qsort needs no context. */
typedef struct arc_rec {
  tmc_agraph_arc arc;
  uint32_t to_rank, flow_rank;
} arc_rec;

/* (from, to rank, flow rank): every key is distinct (a flow gives at most
 * one arc out of each of its ends), so the order is total. */
static int cmp_arc(const void *pa, const void *pb) {
  const arc_rec *a = pa, *b = pb;
  if (a->arc.from != b->arc.from)
    return a->arc.from < b->arc.from ? -1 : 1;
  if (a->to_rank != b->to_rank)
    return a->to_rank < b->to_rank ? -1 : 1;
  return a->flow_rank < b->flow_rank ? -1 : a->flow_rank > b->flow_rank;
}

static void add_arc(const tmc_agraph *g, arc_rec **v, uint32_t *n, uint32_t *cap,
                    uint32_t from, uint32_t to, uint32_t flow, bool reverse) {
  *TMC_PUSH(*v, *n, *cap) =
      (arc_rec){{from, to, flow, reverse, 1}, g->rank[to], g->flow_rank[flow]};
}

/* The moves graph; ranked: stable ranks from names, else plain indices. */
static void build_moves(tmc_agraph *g, const tmc_ir *ir, const tmc_lexicon *lx,
                        bool ranked) {
  memset(g, 0, sizeof(*g));
  g->n = ir->n_elements;
  g->rank = tmc_xcalloc(g->n + 1, sizeof(uint32_t));
  g->flow_rank = tmc_xcalloc(ir->n_flows + 1, sizeof(uint32_t));
  g->transit = tmc_xcalloc(g->n + 1, sizeof(bool));
  if (ranked) {
    rank_elements(g, ir);
    rank_flows(g, ir);
  } else {
    for (uint32_t i = 0; i < g->n; i++)
      g->rank[i] = i;
    for (uint32_t i = 0; i < ir->n_flows; i++)
      g->flow_rank[i] = i;
  }
  mark_transit(g, ir, lx);

  arc_rec *recs = NULL;
  uint32_t n = 0, cap = 0;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src == f->dst || f->src >= g->n || f->dst >= g->n)
      continue;
    add_arc(g, &recs, &n, &cap, f->src, f->dst, i, false);
    if (tmc_agraph_reversible(ir, f))
      add_arc(g, &recs, &n, &cap, f->dst, f->src, i, true);
  }
  if (n)
    qsort(recs, n, sizeof(*recs), cmp_arc);
  g->arcs = tmc_xcalloc(n + 1, sizeof(tmc_agraph_arc));
  for (uint32_t i = 0; i < n; i++)
    g->arcs[i] = recs[i].arc;
  free(recs);
  g->n_arcs = n;
  g->out = tmc_xcalloc(g->n + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < n; i++)
    g->out[g->arcs[i].from + 1]++;
  for (uint32_t u = 0; u < g->n; u++)
    g->out[u + 1] += g->out[u];
}

void tmc_agraph_moves(tmc_agraph *g, const tmc_ir *ir, const tmc_lexicon *lx) {
  build_moves(g, ir, lx, true);
}

/* paths19: does arc a move along its flow (no read against it) from code
 * that gets a model's answer into a store? */
static bool model_write(const tmc_ir *ir, const tmc_agraph_arc *a) {
  return !a->reverse && a->flow < ir->n_flows &&
         ir->elements[a->from].facts.model_output &&
         tmc_agraph_is_store(ir->elements[a->to].kind);
}

void tmc_agraph_weigh(tmc_agraph *g, tmc_agraph *moves, const tmc_ir *ir,
                      tmc_agraph_cost_fn cost, void *ctx) {
  *g = *moves; /* ranks and transit move over; the arcs are replaced */
  memset(moves, 0, sizeof(*moves));
  tmc_agraph_arc *all = g->arcs;
  uint32_t n = g->n_arcs;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t c = cost ? cost(ir, &all[i], ctx) : 1;
    all[i].cost = c ? c : 1;
  }
  /* Collapse parallel arcs: each (from, to) run is in flow rank order, and
   * the first of its cheapest is kept. */
  g->arcs = tmc_xcalloc(n + 1, sizeof(tmc_agraph_arc));
  uint32_t m = 0;
  /* paths19: ... except that code which gets a model's answer and writes
   * into a store it also reads from keeps its write beside the cheaper read
   * (a review bot clones the repository and pushes the model's fix-up
   * commit to it): the write is what the model's text does there (an act
   * through it), the read what leaks; a path may take either. */
  for (uint32_t i = 0; i < n; i++) {
    uint32_t k = m; /* the kept arc this one competes with, if any */
    for (uint32_t j = m;
         j-- > 0 && g->arcs[j].from == all[i].from && g->arcs[j].to == all[i].to;)
      if (k == m || g->arcs[j].reverse == all[i].reverse)
        k = j;
    if (k < m && g->arcs[k].reverse != all[i].reverse &&
        model_write(ir, &all[i]) != model_write(ir, &g->arcs[k]))
      k = m; /* a write of model text beside a read: both stay */
    if (k == m)
      g->arcs[m++] = all[i];
    else if (all[i].cost < g->arcs[k].cost &&
             model_write(ir, &all[i]) == model_write(ir, &g->arcs[k]))
      g->arcs[k] = all[i];
  }
  free(all);
  g->n_arcs = m;
  memset(g->out, 0, (g->n + 1) * sizeof(uint32_t));
  g->in = tmc_xcalloc(g->n + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < m; i++) {
    g->out[g->arcs[i].from + 1]++;
    g->in[g->arcs[i].to + 1]++;
  }
  for (uint32_t u = 0; u < g->n; u++) {
    g->out[u + 1] += g->out[u];
    g->in[u + 1] += g->in[u];
  }
  /* In-arcs grouped by target, each group in its sources' rank order: place
   * the arcs of each source, sources taken in rank order (the arcs of a
   * collapsed graph join distinct pairs, so the order is total). */
  uint32_t *by_rank = tmc_xmalloc((g->n + 1) * sizeof(uint32_t));
  for (uint32_t u = 0; u < g->n; u++)
    by_rank[g->rank[u]] = u;
  uint32_t *at = tmc_xmalloc((g->n + 1) * sizeof(uint32_t));
  memcpy(at, g->in, (g->n + 1) * sizeof(uint32_t));
  g->in_arcs = tmc_xcalloc(m + 1, sizeof(uint32_t));
  for (uint32_t r = 0; r < g->n; r++) {
    uint32_t u = by_rank[r];
    for (uint32_t a = g->out[u]; a < g->out[u + 1]; a++)
      g->in_arcs[at[g->arcs[a].to]++] = a;
  }
  free(at);
  free(by_rank);
}

void tmc_agraph_build(tmc_agraph *g, const tmc_ir *ir, const tmc_lexicon *lx,
                      tmc_agraph_cost_fn cost, void *ctx) {
  /* Reachability does not care about order: skip the string sorts. */
  tmc_agraph moves;
  build_moves(&moves, ir, lx, cost != NULL);
  tmc_agraph_weigh(g, &moves, ir, cost, ctx);
}

void tmc_agraph_free(tmc_agraph *g) {
  free(g->arcs);
  free(g->out);
  free(g->in);
  free(g->in_arcs);
  free(g->rank);
  free(g->flow_rank);
  free(g->transit);
  memset(g, 0, sizeof(*g));
}
