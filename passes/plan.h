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

/* The path plan (issue #16 item 5): the fewest changes (a control on a flow,
 * the control that breaks the technique of the hop along it) that close the
 * most attack paths, picked greedily by the summed scores of the paths each
 * closes (so the most severe are closed first), at most TMC_PATH_PLAN_MAX,
 * then pruned of any change the others make redundant. closes is how many
 * paths they close together; summary says it in one sentence ("These 3
 * changes close 11 of 14 attack paths: ..."), NULL when there are no paths.
 * Paths are taken, and numbered, in path_order (index order when NULL);
 * controls are worded and preferred as cat's controls.yaml says (cat may be
 * NULL: control ids as written, no preference). */
enum { TMC_PATH_PLAN_MAX = 5 };

typedef struct tmc_path_plan {
  tmc_path_fix *fixes; /* arena, in pick order */
  uint32_t n_fixes;
  uint32_t closes;
  const char *summary; /* arena */
} tmc_path_plan;

void tmc_path_plan_compute(tmc_path_plan *out, const tmc_ir *ir, const tmc_catalog *cat,
                           const uint32_t *path_order, tmc_arena *a);

#endif
