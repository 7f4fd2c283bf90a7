/* flowgraph.c - the flows as CSR adjacency lists (see flowgraph.h): counted
 * per element first, then filled in flow order, so each element's edges keep
 * the diagram's order and the walks over them stay deterministic. */
#include "passes/flowgraph.h"

#include <stdlib.h>
#include <string.h>

/* Is the src -> dst direction of f a query into a store? Only a flow from a
 * non-store into a store can be one, and only when its label says a query
 * word: the orchestrator's "similarity search" asks the vector DB for chunks
 * and puts nothing into it, so it neither taints the store nor adds to what it
 * holds. A label that also says a write word ("Reads from and writes to",
 * "get/set") moves data in as well. */
bool tmc_flowgraph_query_into_store(const tmc_ir *ir, const tmc_lexicon *lx,
                                    const tmc_flow *f, uint32_t src, uint32_t dst) {
  if (!tmc_flowgraph_is_store(&ir->elements[dst]) ||
      tmc_flowgraph_is_store(&ir->elements[src]))
    return false;
  return tmc_lexicon_says(lx, TMC_WORDS_QUERY, f->label) != NULL &&
         tmc_lexicon_says(lx, TMC_WORDS_WRITES, f->label) == NULL;
}

void tmc_flowgraph_build(tmc_flowgraph *g, const tmc_ir *ir, const tmc_lexicon *lx) {
  uint32_t n = ir->n_elements, m = 0;
  memset(g, 0, sizeof *g);
  g->lx = lx;
  g->elements = ir->elements;
  g->flows = ir->flows;
  for (int l = 0; l < TMC_WORD_LIST_COUNT; l++)
    tmc_listset_add(&g->said_lists, (tmc_word_list)l);
  /* line-aligned: a 32-byte memo then never straddles two lines, so asking
   * one costs one line whichever list is asked (perf19) */
  g->el_said = tmc_xcalloc_lines(n + 1, sizeof *g->el_said);
  g->fl_said = tmc_xcalloc_lines(ir->n_flows + 1, sizeof *g->fl_said);
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
    bool fwd = !tmc_flowgraph_query_into_store(ir, lx, f, f->src, f->dst);
    g->out[po[f->src]++] = (tmc_flowedge){i, f->dst, fwd, false, false};
    g->in[pi[f->dst]++] = (tmc_flowedge){i, f->src, fwd, false, false};
    if (f->bidirectional) {
      bool back = !tmc_flowgraph_query_into_store(ir, lx, f, f->dst, f->src);
      g->out[po[f->dst]++] = (tmc_flowedge){i, f->src, back, true, false};
      g->in[pi[f->src]++] = (tmc_flowedge){i, f->dst, back, true, false};
    }
  }
  /* paired: one stamp per element over its in- then its out-neighbours,
   * linear in the edges (a check per edge pair would be quadratic in a
   * hub's fan-out) */
  uint32_t *stamp = po; /* reused: any value but u + 1 is "unmarked" */
  memset(stamp, 0, (n + 1) * sizeof(uint32_t));
  for (uint32_t u = 0; u < n; u++) {
    for (uint32_t k = g->in_start[u]; k < g->in_start[u + 1]; k++)
      stamp[g->in[k].to] = u + 1;
    for (uint32_t k = g->out_start[u]; k < g->out_start[u + 1]; k++)
      g->out[k].paired = stamp[g->out[k].to] == u + 1;
  }
  memset(stamp, 0, (n + 1) * sizeof(uint32_t));
  for (uint32_t u = 0; u < n; u++) {
    for (uint32_t k = g->out_start[u]; k < g->out_start[u + 1]; k++)
      stamp[g->out[k].to] = u + 1;
    for (uint32_t k = g->in_start[u]; k < g->in_start[u + 1]; k++)
      g->in[k].paired = stamp[g->in[k].to] == u + 1;
  }
  free(po);
  free(pi);
}

void tmc_flowgraph_free(tmc_flowgraph *g) {
  free(g->out_start);
  free(g->in_start);
  free(g->out);
  free(g->in);
  free(g->el_said);
  free(g->fl_said);
  memset(g, 0, sizeof *g);
}

#define FILLED_WORD TMC_FLOWGRAPH_FILLED_WORD
#define FILLED_BIT TMC_FLOWGRAPH_FILLED_BIT

/* Adds to m what text says of g's said_lists. */
static void add_said(const tmc_flowgraph *g, tmc_listset *m, const char *text) {
  tmc_listset s = tmc_lexicon_says_lists(g->lx, &g->said_lists, text);
  for (int i = 0; i < TMC_LISTSET_WORDS; i++)
    m->w[i] |= s.w[i];
}

bool tmc_flowgraph_label_fill(const tmc_flowgraph *g, const tmc_element *e,
                              tmc_word_list list) {
  if (!tmc_listset_has(&g->said_lists, list))
    return tmc_lexicon_says(g->lx, list, e->label) ||
           tmc_lexicon_says(g->lx, list, e->id);
  tmc_listset *m = &g->el_said[e - g->elements];
  if (!(m->w[FILLED_WORD] & FILLED_BIT)) {
    add_said(g, m, e->label);
    add_said(g, m, e->id);
    m->w[FILLED_WORD] |= FILLED_BIT;
  }
  return tmc_listset_has(m, list);
}

bool tmc_flowgraph_flow_fill(const tmc_flowgraph *g, const tmc_flow *f,
                             tmc_word_list list) {
  if (!tmc_listset_has(&g->said_lists, list)) {
    if (tmc_lexicon_says(g->lx, list, f->label) ||
        (f->protocol && tmc_lexicon_says(g->lx, list, f->protocol)))
      return true;
    for (uint32_t i = 0; i < f->data.n; i++)
      if (tmc_lexicon_says(g->lx, list, f->data.v[i]))
        return true;
    return false;
  }
  tmc_listset *m = &g->fl_said[f - g->flows];
  if (!(m->w[FILLED_WORD] & FILLED_BIT)) {
    add_said(g, m, f->label);
    add_said(g, m, f->protocol);
    for (uint32_t i = 0; i < f->data.n; i++)
      add_said(g, m, f->data.v[i]);
    m->w[FILLED_WORD] |= FILLED_BIT;
  }
  return tmc_listset_has(m, list);
}

bool tmc_is_public_hub(const tmc_lexicon *lx, const char *name) {
  return tmc_lexicon_says(lx, TMC_WORDS_PUBLIC_SOURCES, name) ||
         tmc_lexicon_says(lx, TMC_WORDS_MODEL_HUBS, name);
}

bool tmc_flowgraph_public_hub(const tmc_flowgraph *g, const tmc_element *e) {
  return tmc_flowgraph_label_says(g, e, TMC_WORDS_PUBLIC_SOURCES) ||
         tmc_flowgraph_label_says(g, e, TMC_WORDS_MODEL_HUBS);
}

bool tmc_flowgraph_record_vault(const tmc_flowgraph *g, const tmc_element *e) {
  return tmc_flowgraph_label_says(g, e, TMC_WORDS_RECORD_VAULTS) &&
         !tmc_flowgraph_label_says(g, e, TMC_WORDS_CREDENTIAL);
}

bool tmc_flowgraph_ci_releases_into(const tmc_ir *ir, const tmc_flowgraph *g,
                                    uint32_t v) {
  for (uint32_t k = g->in_start[v]; k < g->in_start[v + 1]; k++) {
    const tmc_element *u = &ir->elements[g->in[k].to];
    if (g->in[k].moves && g->in[k].to != v && u->tech == TMC_TECH_CI_CD &&
        tmc_kind_dfd(u->kind) == TMC_DFD_PROCESS &&
        tmc_flowgraph_flow_says(g, &ir->flows[g->in[k].flow], TMC_WORDS_OWN_RELEASES))
      return true;
  }
  return false;
}
