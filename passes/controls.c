/* controls.c - closes findings that a declared control mitigates: the finding
 * stays in the report, marked mitigated, naming the control.
 *
 * The one idea: a diagram writes controls= in its own words ("mTLS",
 * "authn"); each is resolved once through the catalog's ids and aliases, and
 * a finding is mitigated when one of its rule's controls is declared on the
 * target, or, for a flow, on an endpoint when the control covers endpoints
 * (on_endpoints). Unknown control names are warnings, never guesses. */
#include <stdlib.h>

#include "passes/passes.h"

/* Warns once per element or flow for names no control answers to. */
static void check_names(const tmc_catalog *cat, const tmc_strlist *l, tmc_loc loc,
                        const char *who, tmc_diags *d) {
  for (uint32_t i = 0; i < l->n; i++)
    if (!tmc_catalog_control(cat, l->v[i]))
      tmc_warning(d, loc, "%s: unknown control '%s' is ignored (see tmc --list-controls)",
                  who, l->v[i]);
}

static bool declared(const tmc_catalog *cat, const tmc_strlist *l, const tmc_control *c) {
  for (uint32_t i = 0; i < l->n; i++)
    if (tmc_catalog_control(cat, l->v[i]) == c)
      return true;
  return false;
}

int tmc_pass_controls(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  if (!cat)
    return 0;
  /* With no controls catalog every name would be "unknown": say nothing. */
  for (uint32_t i = 0; tmc_catalog_n_controls(cat) && i < ir->n_elements; i++)
    check_names(cat, &ir->elements[i].controls, ir->elements[i].loc, ir->elements[i].id,
                d);
  for (uint32_t i = 0; tmc_catalog_n_controls(cat) && i < ir->n_flows; i++)
    check_names(cat, &ir->flows[i].controls, ir->flows[i].loc, ir->flows[i].id, d);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN)
      continue;
    for (uint32_t j = 0; j < f->mitigations.n && f->status == TMC_STATUS_OPEN; j++) {
      const tmc_control *c = tmc_catalog_control(cat, f->mitigations.v[j]);
      bool on = false;
      if (!c)
        continue;
      switch (f->target_kind) {
      case TMC_TARGET_ELEMENT:
        on = declared(cat, &ir->elements[f->target].controls, c);
        break;
      case TMC_TARGET_FLOW: {
        const tmc_flow *fl = &ir->flows[f->target];
        on = declared(cat, &fl->controls, c) ||
             (c->on_endpoints && declared(cat, &ir->elements[fl->dst].controls, c)) ||
             (c->on_endpoints && !c->inbound_only &&
              declared(cat, &ir->elements[fl->src].controls, c));
        break;
      }
      case TMC_TARGET_PATH:
        break; /* paths are closed by their own pass */
      }
      if (on) {
        f->status = TMC_STATUS_MITIGATED;
        f->status_by = c->id;
      }
    }
  }
  return 0;
}
