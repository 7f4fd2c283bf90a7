/* flowgraph.c - the flows as CSR adjacency lists (see flowgraph.h): counted
 * per element first, then filled in flow order, so each element's edges keep
 * the diagram's order and the walks over them stay deterministic. */
#include "passes/flowgraph.h"

#include <stdlib.h>
#include <string.h>

bool tmc_flowgraph_is_store(const tmc_element *e) {
  return tmc_kind_dfd(e->kind) == TMC_DFD_STORE;
}

/* Is the src -> dst direction of f a query into a store? Only a flow from a
 * non-store into a store can be one, and only when its label says a query
 * word: the orchestrator's "similarity search" asks the vector DB for chunks
 * and puts nothing into it, so it neither taints the store nor adds to what it
 * holds. */
static bool query_into_store(const tmc_ir *ir, const tmc_lexicon *lx, const tmc_flow *f,
                             uint32_t src, uint32_t dst) {
  if (!tmc_flowgraph_is_store(&ir->elements[dst]) ||
      tmc_flowgraph_is_store(&ir->elements[src]))
    return false;
  return tmc_lexicon_says(lx, TMC_WORDS_QUERY, f->label) != NULL;
}

void tmc_flowgraph_build(tmc_flowgraph *g, const tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements, m = 0;
  memset(g, 0, sizeof *g);
  g->lx = lx;
  g->out_start = tmc_xcalloc(n + 1, sizeof(uint32_t));
  g->in_start = tmc_xcalloc(n + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    g->out_start[f->src + 1]++, g->in_start[f->dst + 1]++, m++;
    if (f->bidirectional)
      g->out_start[f->dst + 1]++, g->in_start[f->src + 1]++, m++;
  }
  for (uint32_t i = 0; i < n; i++) {
    g->out_start[i + 1] += g->out_start[i];
    g->in_start[i + 1] += g->in_start[i];
  }
  g->out = tmc_xcalloc(m + 1, sizeof(tmc_flowedge));
  g->in = tmc_xcalloc(m + 1, sizeof(tmc_flowedge));
  uint32_t *po = tmc_xcalloc(n + 1, sizeof(uint32_t)),
           *pi = tmc_xcalloc(n + 1, sizeof(uint32_t));
  memcpy(po, g->out_start, (n + 1) * sizeof(uint32_t));
  memcpy(pi, g->in_start, (n + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    bool fwd = !query_into_store(ir, lx, f, f->src, f->dst);
    g->out[po[f->src]++] = (tmc_flowedge){i, f->dst, fwd, false};
    g->in[pi[f->dst]++] = (tmc_flowedge){i, f->src, fwd, false};
    if (f->bidirectional) {
      bool back = !query_into_store(ir, lx, f, f->dst, f->src);
      g->out[po[f->dst]++] = (tmc_flowedge){i, f->src, back, true};
      g->in[pi[f->src]++] = (tmc_flowedge){i, f->dst, back, true};
    }
  }
  free(po);
  free(pi);
}

void tmc_flowgraph_free(tmc_flowgraph *g) {
  free(g->out_start);
  free(g->in_start);
  free(g->out);
  free(g->in);
  memset(g, 0, sizeof *g);
}
