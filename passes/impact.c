/* impact.c - the impact pass: what harm to the business a threat to each
 * asset carries, and who owns the fix (issue #20, PASTA's risk-centric view).
 * What the author wrote (impact=, owner=; the vocab pass read them) wins;
 * otherwise an asset's impact follows from the data it holds (each data
 * class's `impact:` in catalogs/data-classes.yaml: personal data is privacy
 * and regulatory exposure) and from its kind (a model of our own is IP we can
 * lose; an LLM outsiders can talk to is our reputation), and an element's
 * owner from its kind (models, pipelines and registries: mlops; stores:
 * data; the rest of the system: product). Every inferred value records its
 * source and evidence, so the report lists it under "Assumptions to confirm"
 * with the attribute that confirms or changes it.
 *
 * The one idea: impact is a property of what is at stake, so it is decided
 * on assets once; findings and paths take it from their target (a flow from
 * its ends and data, a path from its asset) when reports ask. */
#include "passes/passes.h"

#include <string.h>

static void add(tmc_ir *ir, tmc_element *e, tmc_impactset what, tmc_source src,
                const char *evidence) {
  if (!what || (e->impact & what) == what)
    return;
  e->impact |= what;
  if (e->impact_why.source == TMC_SOURCE_NONE) {
    e->impact_why = (tmc_why){src, evidence};
    return;
  }
  /* Several reasons: one evidence text naming each, first source kept. */
  e->impact_why.evidence =
      tmc_arena_printf(ir->arena, "%s; %s", e->impact_why.evidence, evidence);
}

static void infer_impact(tmc_ir *ir, tmc_element *e) {
  for (uint32_t i = 0; e->data_canon && i < e->data.n; i++)
    if (e->data_canon[i].impact)
      add(ir, e, e->data_canon[i].impact, TMC_SOURCE_DATA,
          tmc_arena_printf(ir->arena, "data=%s", e->data.v[i]));
  bool model = tmc_kind_is(e->kind, TMC_KIND_MODEL);
  if (model && !e->third_party)
    add(ir, e, TMC_IMPACTSET(TMC_IMPACT_IP_LOSS), TMC_SOURCE_KIND,
        tmc_arena_printf(ir->arena, "a model of our own (%s, not third-party)",
                         tmc_kind_name(e->kind)));
  if (e->kind == TMC_KIND_LLM && e->facts.untrusted_callers)
    add(ir, e, TMC_IMPACTSET(TMC_IMPACT_REPUTATION), TMC_SOURCE_KIND,
        "an LLM outsiders can talk to: what it says is said in our name");
}

static const char *infer_owner(const tmc_element *e) {
  switch (e->kind) {
  case TMC_KIND_MODEL:
  case TMC_KIND_LLM:
  case TMC_KIND_PIPELINE:
  case TMC_KIND_MODEL_REGISTRY:
  case TMC_KIND_FEATURE_STORE:
  case TMC_KIND_VECTOR_STORE:
    return "mlops";
  case TMC_KIND_DATASET:
  case TMC_KIND_DATA_STORE:
    return "data";
  case TMC_KIND_PROCESS:
  case TMC_KIND_AGENT_TOOL:
    return "product";
  case TMC_KIND_EXTERNAL:
  case TMC_KIND_COUNT:
    return NULL; /* not ours to fix */
  }
  return NULL;
}

int tmc_pass_impact(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)opts;
  (void)d;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->impact_why.source == TMC_SOURCE_NONE && e->facts.is_asset)
      infer_impact(ir, e);
    if (!e->owner && !e->third_party) {
      e->owner = infer_owner(e);
      if (e->owner)
        e->owner_why = (tmc_why){TMC_SOURCE_KIND, tmc_kind_name(e->kind)};
    }
  }
  return 0;
}
