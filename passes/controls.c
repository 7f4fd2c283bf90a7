/* controls.c - closes findings that a declared control mitigates: the finding
 * stays in the report, marked mitigated, naming the control.
 *
 * The one idea: a diagram writes controls= in its own words ("mTLS",
 * "authn"); the vocab pass resolved each once through the catalog's ids and
 * aliases (tmc_canon), so here a declared control is an id compare, and
 * a finding is mitigated when one of its rule's controls is declared on the
 * target, or, for a flow, on an endpoint when the control covers endpoints
 * (on_endpoints). Unknown control names are warnings, never guesses.
 * A third-party element is not ours to configure: the controls against it
 * (provenance verification of a hub's models, pinning a package index) are
 * declared by the elements that take from it, so a finding on one is
 * mitigated when every element it sends to declares the control. */
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

/* Warns once per element or flow for names no control answers to. */
static void check_names(const tmc_canon *r, const tmc_strlist *l, tmc_loc loc,
                        const char *who, tmc_diags *d) {
  for (uint32_t i = 0; i < l->n; i++)
    if (!r || !r[i].id)
      tmc_warning(d, loc, "%s: unknown control '%s' is ignored (see tmc --list-controls)",
                  who, l->v[i]);
}

/* Does the list (with its resolutions r) declare control c? */
static bool declared(const tmc_canon *r, const tmc_strlist *l, const tmc_control *c) {
  for (uint32_t i = 0; r && i < l->n; i++)
    if (r[i].id && strcmp(r[i].id, c->id) == 0)
      return true;
  return false;
}

static bool element_declares(const tmc_element *e, const tmc_control *c) {
  return declared(e->controls_canon, &e->controls, c);
}

static bool flow_declares(const tmc_flow *f, const tmc_control *c) {
  return declared(f->controls_canon, &f->controls, c);
}

/* Does every element that f's third-party target sends to declare c? Needs at
 * least one such element. out[] lists each element's flows (CSR). */
static bool consumers_declare(const tmc_ir *ir, const uint32_t *start,
                              const uint32_t *out, uint32_t v, const tmc_control *c) {
  uint32_t n = 0;
  for (uint32_t k = start[v]; k < start[v + 1]; k++) {
    const tmc_flow *fl = &ir->flows[out[k]];
    uint32_t w = fl->src == v ? fl->dst : fl->src;
    if (w == v)
      continue;
    if (!element_declares(&ir->elements[w], c) && !flow_declares(fl, c))
      return false;
    n++;
  }
  return n > 0;
}

int tmc_pass_controls(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  if (!cat)
    return 0;
  /* With no controls catalog every name would be "unknown": say nothing. */
  for (uint32_t i = 0; tmc_catalog_n_controls(cat) && i < ir->n_elements; i++)
    check_names(ir->elements[i].controls_canon, &ir->elements[i].controls,
                ir->elements[i].loc, ir->elements[i].id, d);
  for (uint32_t i = 0; tmc_catalog_n_controls(cat) && i < ir->n_flows; i++)
    check_names(ir->flows[i].controls_canon, &ir->flows[i].controls, ir->flows[i].loc,
                ir->flows[i].id, d);
  /* Flows out of each element (either way for a two-way flow), for the
   * consumers of third-party elements. */
  uint32_t *start = tmc_xcalloc(ir->n_elements + 2, sizeof(uint32_t));
  uint32_t *out = tmc_xcalloc(2 * (size_t)ir->n_flows + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    start[ir->flows[i].src + 1]++;
    if (ir->flows[i].bidirectional)
      start[ir->flows[i].dst + 1]++;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++)
    start[i + 1] += start[i];
  uint32_t *pos = tmc_xcalloc(ir->n_elements + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < ir->n_elements; i++)
    pos[i] = start[i];
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    out[pos[ir->flows[i].src]++] = i;
    if (ir->flows[i].bidirectional)
      out[pos[ir->flows[i].dst]++] = i;
  }
  free(pos);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN)
      continue;
    for (uint32_t j = 0; j < f->mitigations.n && f->status == TMC_STATUS_OPEN; j++) {
      const tmc_control *c = tmc_catalog_control_id(cat, f->mitigations.v[j]);
      bool on = false;
      if (!c)
        continue;
      switch (f->target_kind) {
      case TMC_TARGET_ELEMENT:
        on = element_declares(&ir->elements[f->target], c) ||
             (ir->elements[f->target].third_party &&
              consumers_declare(ir, start, out, f->target, c));
        break;
      case TMC_TARGET_FLOW: {
        const tmc_flow *fl = &ir->flows[f->target];
        on = flow_declares(fl, c) ||
             (c->on_endpoints && element_declares(&ir->elements[fl->dst], c)) ||
             (c->on_endpoints && !c->inbound_only &&
              element_declares(&ir->elements[fl->src], c));
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
  free(start);
  free(out);
  return 0;
}
