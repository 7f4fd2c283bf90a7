/* context.c - the context pass (--context, issue #20 item 3): who reports
 * what when a team's diagram is read with the shared platform's.
 *
 * The one idea: a finding belongs to the platform when it is on the
 * platform's own part (an element or flow of the --context diagram, or an
 * attack path wholly inside it) and the platform's own analysis finds it too
 * (same rule, same target ids). Those are left to the platform's report; what
 * the team's part adds stays, including new findings on platform elements
 * (the team's app now feeds the platform's model) and every path that
 * crosses from the team's part into the platform. Runs before the order pass,
 * so every later order, plan and number is the team's. */
#include <stdlib.h>
#include <string.h>

#include "passes/identity.h"
#include "passes/passes.h"

/* "rule\x1fkind\x1ftarget ids\x1fflow label": what names a finding in both
 * IRs (the platform's elements keep their ids in the team's IR). */
static const char *key_of(const tmc_ir *ir, const tmc_finding *f, tmc_arena *a) {
  tmc_identity id;
  tmc_finding_identity(ir, f, a, &id);
  const char *extra = "";
  if (f->target_kind == TMC_TARGET_FLOW && f->target < ir->n_flows)
    extra = ir->flows[f->target].label ? ir->flows[f->target].label : "";
  return tmc_arena_printf(a, "%s\x1f%d\x1f%s\x1f%s", id.rule_id, (int)f->target_kind,
                          id.fq, extra);
}

static int by_str(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

static bool has_key(const char **keys, uint32_t n, const char *k) {
  return n && bsearch(&k, keys, n, sizeof *keys, by_str) != NULL;
}

/* Is the path wholly on the platform's part: every hop's element and flow? */
static bool path_on_context(const tmc_ir *ir, const tmc_path *p) {
  for (uint32_t h = 0; h < p->n_hops; h++) {
    const tmc_hop *x = &p->hops[h];
    if (!ir->elements[x->element].context ||
        (x->flow != TMC_NONE && !ir->flows[x->flow].context))
      return false;
  }
  return p->n_hops > 0;
}

static bool on_context(const tmc_ir *ir, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return ir->elements[f->target].context;
  case TMC_TARGET_FLOW:
    return ir->flows[f->target].context;
  case TMC_TARGET_PATH:
    return path_on_context(ir, &ir->paths[f->target]);
  }
  return false;
}

/* The key of path i as a finding on it would have, rule left out. */
static const char *path_key(const tmc_ir *ir, uint32_t i, tmc_arena *a) {
  tmc_finding f = {0};
  f.rule_id = "";
  f.target_kind = TMC_TARGET_PATH;
  f.target = i;
  return key_of(ir, &f, a);
}

int tmc_pass_context(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  const tmc_ir *pf = opts->context;
  if (!pf || !ir->context_file)
    return 0;
  tmc_arena *a = tmc_arena_new();
  /* What the platform reports itself: its findings and its paths, by key. */
  const char **fk = tmc_arena_alloc(a, (pf->n_findings + 1) * sizeof *fk);
  const char **pk = tmc_arena_alloc(a, (pf->n_paths + 1) * sizeof *pk);
  for (uint32_t i = 0; i < pf->n_findings; i++)
    fk[i] = key_of(pf, &pf->findings[i], a);
  for (uint32_t i = 0; i < pf->n_paths; i++)
    pk[i] = path_key(pf, i, a);
  qsort(fk, pf->n_findings, sizeof *fk, by_str);
  qsort(pk, pf->n_paths, sizeof *pk, by_str);

  /* Paths first (findings on paths follow their path). */
  uint32_t *pnew = tmc_xmalloc((ir->n_paths + 1) * sizeof *pnew), np = 0;
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    bool theirs = path_on_context(ir, &ir->paths[i]) &&
                  has_key(pk, pf->n_paths, path_key(ir, i, a));
    pnew[i] = theirs ? TMC_NONE : np++;
  }
  uint32_t *fnew = tmc_xmalloc((ir->n_findings + 1) * sizeof *fnew), nf = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    bool theirs = on_context(ir, f) && has_key(fk, pf->n_findings, key_of(ir, f, a));
    if (f->target_kind == TMC_TARGET_PATH && pnew[f->target] == TMC_NONE)
      theirs = true;
    fnew[i] = theirs ? TMC_NONE : nf++;
  }
  ir->context_left_findings = ir->n_findings - nf;
  ir->context_left_paths = ir->n_paths - np;

  for (uint32_t i = 0, k = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    if (fnew[i] == TMC_NONE) {
      tmc_finding_release(f);
      continue;
    }
    if (f->target_kind == TMC_TARGET_PATH)
      f->target = pnew[f->target];
    ir->findings[k++] = *f;
  }
  ir->n_findings = nf;
  for (uint32_t i = 0, k = 0; i < ir->n_paths; i++) {
    tmc_path *p = &ir->paths[i];
    if (pnew[i] == TMC_NONE)
      continue;
    if (p->same_as != TMC_NONE)
      p->same_as = fnew[p->same_as];
    ir->paths[k++] = *p;
  }
  ir->n_paths = np;
  /* A cut the platform advises itself (same asset, same flows to fix) is
   * its report's; a cut to a platform asset that the team's flows change is
   * this one's. */
  const char **ck = tmc_arena_alloc(a, (pf->n_cuts + 1) * sizeof *ck);
  for (uint32_t i = 0; i < pf->n_cuts; i++)
    ck[i] = tmc_arena_printf(a, "%s\x1f%s", pf->elements[pf->cuts[i].asset].id,
                             pf->cuts[i].advice ? pf->cuts[i].advice : "");
  qsort(ck, pf->n_cuts, sizeof *ck, by_str);
  uint32_t nc = 0;
  for (uint32_t i = 0; i < ir->n_cuts; i++) {
    const tmc_cut *c = &ir->cuts[i];
    const char *k = tmc_arena_printf(a, "%s\x1f%s", ir->elements[c->asset].id,
                                     c->advice ? c->advice : "");
    if (ir->elements[c->asset].context && has_key(ck, pf->n_cuts, k))
      continue;
    ir->cuts[nc++] = *c;
  }
  ir->n_cuts = nc;
  free(pnew);
  free(fnew);
  tmc_arena_free(a);
  return 0;
}
