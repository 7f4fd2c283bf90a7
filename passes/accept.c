/* accept.c - marks findings accepted where the diagram says so:
 * accept="RULE-ID: justification; RULE2: other justification" on an element
 * or flow accepts those rules' findings on it, keeping the justification as
 * status_by. A finding a control already mitigates stays mitigated.
 *
 * The one idea: each accept= is parsed once into (rule, justification)
 * entries, and every entry that matches no finding on its target is a
 * warning, so a stale acceptance (rule renamed, threat gone) is visible. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

typedef struct entry {
  const char *rule, *why;
  tmc_target kind;
  uint32_t target;
  tmc_loc loc;
  bool used;
} entry;

typedef struct entries {
  entry *v;
  uint32_t n, cap;
} entries;

static void parse(tmc_ir *ir, entries *out, const char *s, tmc_target kind,
                  uint32_t target, tmc_loc loc, const char *who, tmc_diags *d) {
  while (s && *s) {
    size_t n = strcspn(s, ";");
    char *item = tmc_trim(tmc_arena_strndup(ir->arena, s, n));
    s += n;
    if (*s)
      s++;
    if (!*item)
      continue;
    char *colon = strchr(item, ':');
    const char *why = "accepted (no justification given)";
    bool justified = false;
    if (colon) {
      *colon = 0;
      const char *j = tmc_trim(colon + 1);
      if (*j)
        why = j, justified = true;
    }
    item = tmc_trim(item);
    if (!justified)
      tmc_warning(d, loc, "%s: accept='%s' gives no justification (write 'RULE: why')",
                  who, item);
    *TMC_PUSH(out->v, out->n, out->cap) = (entry){item, why, kind, target, loc, false};
  }
}

int tmc_pass_accept(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  entries es = {0};
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    parse(ir, &es, tmc_props_get(&e->props, "accept"), TMC_TARGET_ELEMENT, i,
          tmc_props_loc(&e->props, "accept", true, e->loc), e->id, d);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    parse(ir, &es, tmc_props_get(&f->props, "accept"), TMC_TARGET_FLOW, i,
          tmc_props_loc(&f->props, "accept", true, f->loc), f->id, d);
  }
  if (!es.n)
    return 0;
  /* Entries per target, so each finding looks only at its own target's. */
  uint32_t *first_e = tmc_xcalloc(ir->n_elements + 1, sizeof(uint32_t));
  uint32_t *first_f = tmc_xcalloc(ir->n_flows + 1, sizeof(uint32_t));
  for (uint32_t i = es.n; i-- > 0;) {
    uint32_t *first = es.v[i].kind == TMC_TARGET_ELEMENT ? first_e : first_f;
    first[es.v[i].target] =
        i + 1; /* 1-based: 0 = none; entries of a target are adjacent */
  }
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    uint32_t *first = f->target_kind == TMC_TARGET_ELEMENT ? first_e
                      : f->target_kind == TMC_TARGET_FLOW  ? first_f
                                                           : NULL;
    if (!first || !first[f->target])
      continue;
    for (uint32_t k = first[f->target] - 1;
         k < es.n && es.v[k].kind == f->target_kind && es.v[k].target == f->target; k++) {
      if (!tmc_streq_nocase(es.v[k].rule, f->rule_id))
        continue;
      es.v[k].used = true;
      if (f->status == TMC_STATUS_OPEN) {
        f->status = TMC_STATUS_ACCEPTED;
        f->status_by = es.v[k].why;
      }
    }
  }
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  for (uint32_t k = 0; k < es.n; k++) {
    const entry *x = &es.v[k];
    const char *who = tmc_ir_target_name(ir, x->kind, x->target);
    if (x->used)
      continue;
    if (cat && !tmc_catalog_rule(cat, x->rule))
      tmc_warning(d, x->loc, "%s: accept= names rule '%s', which no catalog defines", who,
                  x->rule);
    else
      tmc_warning(d, x->loc, "%s: accept= names rule '%s', which has no finding here",
                  who, x->rule);
  }
  free(first_e);
  free(first_f);
  free(es.v);
  return 0;
}
