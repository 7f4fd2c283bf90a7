/* fixes.c - the changes that could close attack paths: one candidate per
 * distinct (flow, control) along the paths, with the set of paths it closes.
 *
 * The one idea: two paths that take one flow by different techniques (a read
 * and a write, an injection and a credential theft) are broken by different
 * controls, so each (flow, control) pair is its own candidate and closes only
 * the paths whose hop it breaks (issue #16 item 5). Candidates on one flow
 * are chained from a per-flow head, so building is linear in the hops times
 * the controls met on one flow. */
#include "passes/fixes.h"

#include <stdlib.h>
#include <string.h>

void tmc_fix_cands_build(tmc_fix_cands *out, const tmc_ir *ir, const tmc_catalog *cat,
                         const uint32_t *paths, uint32_t np, const uint32_t *flow_rank) {
  uint32_t words = (np + 63) / 64, nc = 0, cap = 0;
  tmc_fix_cand *c = NULL;
  uint32_t *next = NULL; /* the next candidate on the same flow */
  uint32_t ncap = 0, nn = 0;
  uint32_t *head = tmc_xmalloc((ir->n_flows + 1) * sizeof *head);
  for (uint32_t f = 0; f < ir->n_flows; f++)
    head[f] = TMC_NONE;
  for (uint32_t j = 0; j < np; j++) {
    const tmc_path *p = &ir->paths[paths ? paths[j] : j];
    for (uint32_t h = 1; h < p->n_hops; h++) {
      const tmc_hop *x = &p->hops[h];
      if (x->flow >= ir->n_flows || !x->control)
        continue;
      uint32_t at = head[x->flow];
      while (at != TMC_NONE && strcmp(c[at].control, x->control) != 0)
        at = next[at];
      if (at == TMC_NONE) {
        at = nc;
        *TMC_PUSH(c, nc, cap) = (tmc_fix_cand){
            .flow = x->flow,
            .control = x->control,
            .pref = tmc_catalog_control_pref(cat, x->control),
            .rank = flow_rank ? flow_rank[x->flow] : x->flow,
            .bits = tmc_xcalloc(words + 1, sizeof(uint64_t)),
        };
        *TMC_PUSH(next, nn, ncap) = head[x->flow];
        head[x->flow] = at;
      }
      if (!(c[at].bits[j / 64] & (1ull << (j % 64)))) {
        c[at].bits[j / 64] |= 1ull << (j % 64);
        c[at].n++;
      }
    }
  }
  free(head);
  free(next);
  out->v = c;
  out->n = nc;
  out->words = words;
}

void tmc_fix_cands_free(tmc_fix_cands *c) {
  if (!c)
    return;
  for (uint32_t k = 0; k < c->n; k++)
    free(c->v[k].bits);
  free(c->v);
  memset(c, 0, sizeof *c);
}
