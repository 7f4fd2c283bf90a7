/* pipeline.c - the table of passes, in the order they run, and tmc_analyse,
 * the only loop over it: the driver, the fuzzers and the tests all call it, so
 * the order, the IR checks and --dump-ir's stopping point are decided here. */
#include "passes/passes.h"

#include <string.h>

const tmc_pass tmc_passes[] = {
    {"exports", tmc_pass_exports,
     "what exported graphs say in node attributes: zone= as trust boundaries, free-text "
     "tech= as label words"},
    {"zones", tmc_pass_zones,
     "which drawn boundaries are trust zones and which are groupings (words.yaml)"},
    {"decorations", tmc_pass_decorations,
     "badges, padlocks, logos, arrows: annotations on what they sit on, not elements"},
    {"classify", tmc_pass_classify,
     "decide each element's kind from type=, shape and label"},
    {"names", tmc_pass_names,
     "the name a reader sees for each element; unnamed ones from their icon or kind"},
    {"vocab", tmc_pass_vocab,
     "parse the diagram vocabulary: data, sensitivity, controls, ..."},
    {"boundaries", tmc_pass_boundaries,
     "trust levels, boundary membership and the flows that cross boundaries"},
    {"reach", tmc_pass_reach,
     "entry points, assets, hops from the nearest entry, exposure"},
    {"roles", tmc_pass_roles,
     "the roles elements play (agent, retriever, trainer, ...) from flows and words"},
    {"facts", tmc_pass_facts,
     "taint, data sensitivity, inference APIs, logs and kinds up- and downstream"},
    {"impact", tmc_pass_impact,
     "business impact of each asset (impact=, else from its data and kind) and owners"},
    {"rules", tmc_pass_rules, "apply the catalog rules to every element and flow"},
    {"controls", tmc_pass_controls, "close findings that a declared control mitigates"},
    {"authors", tmc_pass_authors,
     "close findings that a threat the model's author marked mitigated matches"},
    {"risk", tmc_pass_risk,
     "likelihood x impact, exposure and sensitivity: score and severity"},
    {"paths", tmc_pass_paths,
     "k most likely attack paths from entry points to assets, cut sets"},
    {"accept", tmc_pass_accept,
     "mark findings accepted by accept= on their element or flow"},
    {"calibrate", tmc_pass_calibrate,
     "one critical finding per element, flow and asset (the one to fix before release)"},
    {"context", tmc_pass_context,
     "with --context: leave the platform's own findings and paths to its own report"},
    {"order", tmc_pass_order,
     "the display order every report shares: paths numbered, findings by risk"},
    {"plan", tmc_pass_plan,
     "the mitigation plan: controls to add, what each closes, most risk first"},
    {"validate", tmc_pass_validate,
     "the validation plan: the red-team test that confirms each open AI finding"},
    {"identify", tmc_pass_identify,
     "give every finding a stable fingerprint (rule, target ids, page)"},
    {"baseline", tmc_pass_baseline, "with --baseline: mark findings new or unchanged"},
    {NULL, NULL, NULL},
};

const tmc_pass *tmc_pass_find(const char *name) {
  for (const tmc_pass *p = tmc_passes; p->name; p++)
    if (strcmp(p->name, name) == 0)
      return p;
  return NULL;
}

int tmc_analyse(tmc_ir *ir, const tmc_pass_opts *opts, const char *stop_after,
                tmc_diags *d) {
  if (stop_after && !tmc_pass_find(stop_after)) {
    tmc_error(d, (tmc_loc){ir->file, 0, 0}, "unknown pass '%s' (see --list-passes)",
              stop_after);
    return TMC_ANALYSE_FAILED;
  }
  if (opts->check_ir && tmc_ir_check(ir, "front end", d) > 0)
    return TMC_ANALYSE_BROKEN;
  /* The run's shared products live as long as the loop (passes.h). */
  tmc_pass_shared shared = {0};
  tmc_pass_opts run = *opts;
  run.shared = &shared;
  int rc = 0;
  for (const tmc_pass *p = tmc_passes; p->name; p++) {
    if (run.hook)
      run.hook(run.hook_arg, p->name, false);
    if (p->fn(ir, &run, d) < 0) {
      rc = TMC_ANALYSE_FAILED;
      break;
    }
    if (run.hook)
      run.hook(run.hook_arg, p->name, true);
    if (run.check_ir && tmc_ir_check(ir, p->name, d) > 0) {
      rc = TMC_ANALYSE_BROKEN;
      break;
    }
    if (stop_after && strcmp(stop_after, p->name) == 0)
      break;
  }
  tmc_agraph_free(&shared.moves);
  tmc_flowgraph_free(&shared.flows);
  return rc;
}
