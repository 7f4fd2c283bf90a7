/* path_helpers.h - shared by the attack-path unit tests (test_paths_chain,
 * test_paths17, test_paths20, test_paths21, test_paths22): a DOT diagram analysed up to
 * the paths pass with the built-in catalog (engine_helpers.h's cat; run the group with
 * builtin_catalog_setup and builtin_catalog_teardown), and questions about its paths: the
 * goal's aim a path carries, and the technique a hop names. */
#ifndef TMC_TEST_PATH_HELPERS_H
#define TMC_TEST_PATH_HELPERS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "catalog/goals.h"
#include "engine_helpers.h"

/* DOT text analysed with the built-in catalog up to and including paths. */
static inline tmc_ir *analysed(const char *dot) {
  return analyse_with(dot, cat, "paths");
}

static inline uint32_t el(const tmc_ir *ir, const char *id) {
  uint32_t e = tmc_ir_find_element(ir, 0, id);
  assert_int_not_equal(e, TMC_NONE);
  return e;
}

/* The kind tmc gives element id of a whole analysed diagram. */
static inline tmc_kind kind_in(const char *dot, const char *id) {
  tmc_ir *ir = analysed(dot);
  assert_non_null(ir);
  tmc_kind k = ir->elements[el(ir, id)].kind;
  tmc_ir_free(ir);
  return k;
}

/* Text analysed as the name's extension says ("t.dot", "t.drawio"), up to
 * and including paths. */
static inline tmc_ir *analysed_as(const char *name, const char *text) {
  reset_diags();
  return ir_analysed(name, text, strlen(text), cat, "paths", &diags);
}

/* Is a path from entry to target among those shown? */
static inline bool path_shown(const tmc_ir *ir, const char *entry, const char *target) {
  for (uint32_t i = 0; i < ir->n_paths; i++)
    if (ir->paths[i].entry == el(ir, entry) && ir->paths[i].asset == el(ir, target))
      return true;
  return false;
}

/* How many of the shown paths start at entry? */
static inline uint32_t paths_starting(const tmc_ir *ir, const char *entry) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++)
    k += ir->paths[i].entry == el(ir, entry);
  return k;
}

/* Is there a path from entry to target whose goal is rule_id? */
static inline bool path_of(const tmc_ir *ir, const char *entry, const char *target,
                           const char *rule_id) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind != TMC_TARGET_PATH || strcmp(f->rule_id, rule_id) != 0)
      continue;
    const tmc_path *p = &ir->paths[f->target];
    if (p->entry == el(ir, entry) && p->asset == el(ir, target))
      return true;
  }
  return false;
}

/* Is t the technique id, or one of its sub-techniques? */
static inline bool technique_is(const char *t, const char *id) {
  size_t n = strlen(id);
  return t && strncmp(t, id, n) == 0 && (t[n] == '\0' || t[n] == '.');
}

/* The aim of path p's goal (the goal of the finding the path carries). */
static inline const char *aim_of(const tmc_ir *ir, uint32_t p) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->target_kind == TMC_TARGET_PATH && f->target == p) {
      const tmc_goal *g = tmc_catalog_goal(cat, f->rule_id);
      return g ? g->aim : NULL;
    }
  }
  return NULL;
}

/* Does element id play role r? */
static inline bool plays(const tmc_ir *ir, const char *id, tmc_role r) {
  return TMC_ROLESET_HAS(ir->elements[el(ir, id)].roles, r);
}

/* Is there a path from entry to target whose goal has this aim? */
static inline bool aimed(const tmc_ir *ir, const char *entry, const char *target,
                         const char *aim) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->entry == el(ir, entry) && p->asset == el(ir, target) && aim_of(ir, i) &&
        strcmp(aim_of(ir, i), aim) == 0)
      return true;
  }
  return false;
}

/* Does hop x name id (or a sub-technique) among its further techniques? */
static inline bool hop_also_is(const tmc_hop *x, const char *id) {
  for (uint32_t k = 0; k < TMC_HOP_ALSO; k++)
    if (technique_is(x->also[k].technique, id))
      return true;
  return false;
}

/* Does some path from entry to target whose goal has aim (NULL: any) take
 * the hop into element at with technique tech (NULL: any) and a further
 * technique also (NULL: any; "" none)? */
static inline bool hop_names(const tmc_ir *ir, const char *entry, const char *target,
                             const char *aim, const char *at, const char *tech,
                             const char *also) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (p->entry != el(ir, entry) || p->asset != el(ir, target))
      continue;
    if (aim && (!aim_of(ir, i) || strcmp(aim_of(ir, i), aim) != 0))
      continue;
    for (uint32_t h = 0; h < p->n_hops; h++) {
      const tmc_hop *x = &p->hops[h];
      if (x->element != el(ir, at))
        continue;
      if (tech && !technique_is(x->technique, tech))
        continue;
      if (also && (*also ? !hop_also_is(x, also) : x->also[0].technique != NULL))
        continue;
      return true;
    }
  }
  return false;
}

/* Does any path of ir name technique id on any hop, as its own or second? */
static inline bool any_hop_names(const tmc_ir *ir, const char *entry, const char *aim,
                                 const char *id) {
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    if (entry && p->entry != el(ir, entry))
      continue;
    if (aim && (!aim_of(ir, i) || strcmp(aim_of(ir, i), aim) != 0))
      continue;
    for (uint32_t h = 0; h < p->n_hops; h++)
      if (technique_is(p->hops[h].technique, id) || hop_also_is(&p->hops[h], id))
        return true;
  }
  return false;
}

/* Text analysed as the name's extension says up to risk, then the paths pass
 * keeping at most max_paths shown (a crowded report's choice, on a small
 * drawing). */
static inline tmc_ir *analysed_shown_as(const char *name, const char *text,
                                        uint32_t max_paths) {
  reset_diags();
  tmc_ir *ir = ir_analysed(name, text, strlen(text), cat, "risk", &diags);
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.max_paths = max_paths;
  po.catalog = cat;
  assert_int_equal(tmc_pass_paths(ir, &po, &diags), 0);
  assert_int_equal(diags.errors, 0);
  return ir;
}

#endif
