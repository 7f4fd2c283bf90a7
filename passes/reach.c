/* reach.c - where an attacker starts, what is worth reaching, and how far
 * everything is from the starting points: the element facts entry, asset,
 * entry_hops (hence reachable) and exposed, and the flow fact entry_hops, which
 * rule conditions and the paths pass read.
 *
 * The one idea: distances are a multi-source breadth-first search over the
 * attacker's movement graph (passes/attackgraph.h), the same graph the paths
 * pass searches, so "reachable" here and "has an attack path" there agree. */
#include <stdlib.h>

#include "passes/attackgraph.h"
#include "passes/passes.h"

/* An explicit entry=/asset= wins both ways: yes forces, no opts out. The
 * vocab pass already warned about values that are neither. */
static tmc_tri declared(const tmc_element *e, const char *key) {
  static const char *yes[] = {"true", "yes", "1", "on", "y"};
  static const char *no[] = {"false", "no", "0", "off", "n", "none"};
  const char *v = tmc_props_get(&e->props, key);
  if (!v)
    return TMC_TRI_UNKNOWN;
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    if (tmc_streq_nocase(v, yes[i]))
      return TMC_TRI_YES;
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    if (tmc_streq_nocase(v, no[i]))
      return TMC_TRI_NO;
  return TMC_TRI_UNKNOWN;
}

/* Entry points: the least-trusted zone (outside every boundary or at trust 0,
 * when the diagram draws boundaries at all: without any, "outside" says
 * nothing), external entities and third-party sources. */
static bool is_entry(const tmc_ir *ir, uint32_t i) {
  const tmc_element *e = &ir->elements[i];
  tmc_tri d = declared(e, "entry");
  if (d != TMC_TRI_UNKNOWN)
    return d == TMC_TRI_YES;
  if (e->kind == TMC_KIND_EXTERNAL || e->third_party)
    return true;
  return ir->n_boundaries > 0 && tmc_ir_element_trust(ir, i) == 0;
}

/* Assets: stores, models and LLMs whose data is confidential or secret. */
static bool is_asset(const tmc_element *e) {
  tmc_tri d = declared(e, "asset");
  if (d != TMC_TRI_UNKNOWN)
    return d == TMC_TRI_YES;
  bool holder = tmc_agraph_is_store(e->kind) || e->kind == TMC_KIND_MODEL ||
                e->kind == TMC_KIND_LLM;
  return holder && tmc_agraph_data_sensitivity(e) >= TMC_SENS_CONFIDENTIAL;
}

int tmc_pass_reach(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  tmc_agraph g;
  tmc_agraph_build(&g, ir, NULL, NULL);
  uint32_t *queue = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements + 1));
  uint32_t head = 0, tail = 0;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    e->facts.is_entry = is_entry(ir, i);
    e->facts.is_asset = is_asset(e);
    e->facts.exposed = false;
    e->facts.entry_hops = TMC_NONE;
    if (e->facts.is_entry) {
      e->facts.entry_hops = 0;
      queue[tail++] = i;
    }
  }
  /* Entries expand even when they are external; anything else only if an
   * attacker can pass through it. Each element is queued once. */
  while (head < tail) {
    uint32_t u = queue[head++];
    uint32_t du = ir->elements[u].facts.entry_hops;
    if (du > 0 && !g.transit[u])
      continue;
    for (uint32_t a = g.out[u]; a < g.out[u + 1]; a++) {
      tmc_element *v = &ir->elements[g.arcs[a].to];
      if (v->facts.entry_hops == TMC_NONE) {
        v->facts.entry_hops = du + 1;
        queue[tail++] = g.arcs[a].to;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    /* The attacker uses a flow from the end where it already is. */
    uint32_t h = TMC_NONE;
    if (s->facts.entry_hops != TMC_NONE &&
        (s->facts.entry_hops == 0 || g.transit[f->src]))
      h = s->facts.entry_hops;
    if (tmc_agraph_reversible(ir, f) && t->facts.entry_hops < h &&
        (t->facts.entry_hops == 0 || g.transit[f->dst]))
      h = t->facts.entry_hops;
    f->facts.entry_hops = h;
    /* Exposed: a flow arrives from lower trust, or straight from an entry
     * point (which is the lowest trust there is, boundaries drawn or not). */
    if (f->src == f->dst)
      continue;
    if ((f->facts.crosses && f->facts.src_trust < f->facts.dst_trust) ||
        s->facts.is_entry)
      ir->elements[f->dst].facts.exposed = true;
    if (f->bidirectional &&
        ((f->facts.crosses && f->facts.dst_trust < f->facts.src_trust) ||
         t->facts.is_entry))
      ir->elements[f->src].facts.exposed = true;
  }
  free(queue);
  tmc_agraph_free(&g);
  return 0;
}
