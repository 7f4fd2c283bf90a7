/* fixes.h - the changes that could close attack paths (fixes.c): each a flow
 * and the control of a hop along it, with the paths whose hop there it
 * breaks. The paths pass picks per asset's cut set from them, the plan pass
 * the path plan, so the two weigh the same candidates.
 *
 * Ownership: the array and every bit set are malloc'd; tmc_fix_cands_free
 * frees them. control points at the hop's control (catalog or IR). */
#ifndef TMC_FIXES_H
#define TMC_FIXES_H

#include "catalog/catalog.h"
#include "ir/ir.h"

typedef struct tmc_fix_cand {
  uint32_t flow;       /* the flow to change */
  const char *control; /* the control to add there */
  int pref;            /* its path_pref (tmc_catalog_control_pref): lower first */
  uint32_t rank;       /* the flow's place in the caller's order, for ties */
  uint32_t n;          /* how many of the paths it closes */
  uint64_t *bits;      /* which: bit j is the j-th path given */
} tmc_fix_cand;

typedef struct tmc_fix_cands {
  tmc_fix_cand *v; /* in the order first met: path by path, hop by hop */
  uint32_t n;
  uint32_t words; /* uint64_t words in each bit set */
} tmc_fix_cands;

/* The candidates of the np paths ir->paths[paths[j]] (paths NULL: the first
 * np in index order): one per distinct (flow, control) of their hops after
 * the entry; a hop without a flow or a control gives none. A candidate's
 * rank is flow_rank[flow], or the flow's index when flow_rank is NULL. */
void tmc_fix_cands_build(tmc_fix_cands *out, const tmc_ir *ir, const tmc_catalog *cat,
                         const uint32_t *paths, uint32_t np, const uint32_t *flow_rank);
void tmc_fix_cands_free(tmc_fix_cands *c);

#endif
