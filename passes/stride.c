/* stride.c - the plain STRIDE-per-element chart (Microsoft SDL / Shostack):
 * external entity S,R; process all six; data store T,I,D and R when it holds
 * logs; flow T,I,D. One finding per element and category, so a reviewer sees
 * the whole chart even before the catalog rules refine it. */
#include "passes/passes.h"

static const char *titles[] = {
    "Spoofing of identity",   "Tampering with data", "Repudiation of actions",
    "Information disclosure", "Denial of service",   "Elevation of privilege",
};

static void add(tmc_ir *ir, tmc_target kind, uint32_t target, int cat, const char *why) {
  uint32_t i = tmc_ir_add_finding(ir);
  tmc_finding *f = &ir->findings[i];
  static const char *ids[] = {"STRIDE-S", "STRIDE-T", "STRIDE-R",
                              "STRIDE-I", "STRIDE-D", "STRIDE-E"};
  f->rule_id = ids[cat];
  f->title = titles[cat];
  f->target_kind = kind;
  f->target = target;
  f->stride = 1u << cat;
  f->likelihood = 2;
  f->impact = 2;
  f->score = 4;
  f->severity = TMC_SEV_LOW;
  f->evidence = why;
}

int tmc_pass_stride(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    const char *why = tmc_arena_printf(ir->arena, "STRIDE-per-element chart for a %s",
                                       tmc_kind_name(e->kind));
    switch (tmc_kind_dfd(e->kind)) {
    case TMC_DFD_ENTITY:
      add(ir, TMC_TARGET_ELEMENT, i, 0, why);
      add(ir, TMC_TARGET_ELEMENT, i, 2, why);
      break;
    case TMC_DFD_PROCESS:
      for (int c = 0; c < 6; c++)
        add(ir, TMC_TARGET_ELEMENT, i, c, why);
      break;
    case TMC_DFD_STORE:
      add(ir, TMC_TARGET_ELEMENT, i, 1, why);
      if (tmc_strlist_has(&e->data, "logs") || tmc_strlist_has(&e->data, "audit_logs"))
        add(ir, TMC_TARGET_ELEMENT, i, 2, why);
      add(ir, TMC_TARGET_ELEMENT, i, 3, why);
      add(ir, TMC_TARGET_ELEMENT, i, 4, why);
      break;
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const char *why = "STRIDE-per-element chart for a data flow";
    add(ir, TMC_TARGET_FLOW, i, 1, why);
    add(ir, TMC_TARGET_FLOW, i, 3, why);
    add(ir, TMC_TARGET_FLOW, i, 4, why);
  }
  return 0;
}
