/* plan.h - the mitigation plan (plan.c): which controls to add, what each
 * closes, most risk removed first. The plan pass stores it in the IR
 * (ir->plan); a report built from an IR that did not run the pass computes
 * the same plan here.
 *
 * Ownership: the items and their arrays are allocated in the arena passed in;
 * control ids point into the catalog or the IR. */
#ifndef TMC_PLAN_H
#define TMC_PLAN_H

#include "ir/ir.h"
#include "catalog/catalog.h"

typedef struct tmc_plan {
  tmc_plan_item *items; /* in plan order */
  uint32_t n_items;
  uint32_t unnamed; /* open findings that name no control */
} tmc_plan;

/* The plan for the open findings risk[0 .. n_risk) (highest risk first);
 * paths are taken in path_order, or in index order when it is NULL. cat
 * may be NULL: control names then stay as written. */
void tmc_plan_compute(tmc_plan *out, const tmc_ir *ir, const tmc_catalog *cat,
                      const uint32_t *risk, uint32_t n_risk, const uint32_t *path_order,
                      tmc_arena *a);

#endif
