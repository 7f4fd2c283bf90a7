/* risk.c - scores every finding: likelihood x impact on 1-5 scales, raised
 * where outsiders reach the target directly and by the sensitivity of the
 * data at stake (for threats to that data), giving a score 1-25 and a
 * severity; critical means exploitable from outside with severe impact.
 * docs/risk.md states the formula and the calibration; this file is its only
 * implementation.
 *
 * The one idea: the rule's likelihood and impact are the defaults for a
 * target in the middle of the diagram holding ordinary data; the pass moves
 * each by at most two steps, says why in risk_reason, and clamps. */
#include "passes/passes.h"

static int clamp(int v) {
  return v < 1 ? 1 : v > 5 ? 5 : v;
}

/* Severity bands of the 1-25 score (docs/risk.md). */
static tmc_severity band(int score) {
  return score >= 20   ? TMC_SEV_CRITICAL
         : score >= 12 ? TMC_SEV_HIGH
         : score >= 6  ? TMC_SEV_MEDIUM
                       : TMC_SEV_LOW;
}

/* Why likelihood moved: index 0 = it did not. */
static const struct {
  int delta;
  const char *why;
} lreasons[] = {
    {0, NULL},
    {+1, "outside our control"},
    {+1, "outsiders can send it requests"},
    {+1, "starts outside our control"},
    {-1, "not reachable from any entry point"},
};

/* Threats to availability or accountability alone (STRIDE D, R) do not grow
 * with the sensitivity of the data: a flood does not disclose anything. */
static bool data_at_stake(unsigned stride) {
  return !stride ||
         (stride & (TMC_STRIDE_S | TMC_STRIDE_T | TMC_STRIDE_I | TMC_STRIDE_E));
}

int tmc_pass_risk(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  bool any_entry = false;
  for (uint32_t i = 0; i < ir->n_elements && !any_entry; i++)
    any_entry = ir->elements[i].facts.is_entry;
  tmc_buf why = TMC_BUF_INIT;
  /* Few distinct reasons exist (5 x 5 x 5 x 3): each is written once. */
  const char *cache[5 * 5 * 5 * 3] = {0};
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    if (f->target_kind == TMC_TARGET_PATH)
      continue; /* the paths pass scores its own */
    const tmc_rule *r = f->rule;
    int l0 = r ? r->likelihood : clamp(f->likelihood ? f->likelihood : 3);
    int i0 = r ? r->impact : clamp(f->impact ? f->impact : 3);
    uint32_t hops;
    tmc_sensitivity s;
    int lr = 0;
    bool store = false;
    if (f->target_kind == TMC_TARGET_ELEMENT) {
      const tmc_element *e = &ir->elements[f->target];
      hops = e->facts.entry_hops;
      s = e->facts.data_sensitivity;
      store = tmc_kind_dfd(e->kind) == TMC_DFD_STORE;
      /* Outsiders' requests reach processes and models through the processes
       * in front of them; a store behind them is one compromise further. */
      lr = e->facts.origin                                                        ? 1
           : e->facts.untrusted_callers && tmc_kind_dfd(e->kind) != TMC_DFD_STORE ? 2
                                                                                  : 0;
    } else {
      const tmc_flow *fl = &ir->flows[f->target];
      hops = fl->facts.entry_hops;
      s = fl->facts.data_sensitivity;
      lr = ir->elements[fl->src].facts.origin ? 3 : 0;
    }
    if (!lr && any_entry && hops == TMC_NONE)
      lr = 4;
    /* A store loses its whole content; a flow or a process one request's
     * worth of it: secret data raises a store's impact by two, anything
     * else's by one, as confidential data does. */
    int di = !data_at_stake(f->stride)       ? 0
             : s >= TMC_SENS_SECRET && store ? 2
             : s >= TMC_SENS_CONFIDENTIAL    ? 1
                                             : 0;
    f->likelihood = clamp(l0 + lreasons[lr].delta);
    f->impact = clamp(i0 + di);
    f->score = f->likelihood * f->impact;
    f->severity = band(f->score);
    int key = ((lr * 5 + f->likelihood - 1) * 5 + f->impact - 1) * 3 + di;
    if (!cache[key]) {
      tmc_buf_clear(&why);
      tmc_buf_printf(&why, "likelihood %d", f->likelihood);
      if (lr)
        tmc_buf_printf(&why, " (%+d: %s)", lreasons[lr].delta, lreasons[lr].why);
      tmc_buf_printf(&why, " x impact %d", f->impact);
      if (di)
        tmc_buf_printf(&why, " (+%d: %s data)", di, di == 2 ? "secret" : "confidential");
      tmc_buf_printf(&why, " = %d, %s", f->score, tmc_severity_name(f->severity));
      cache[key] = tmc_arena_strdup(ir->arena, why.data);
    }
    f->risk_reason = cache[key];
  }
  tmc_buf_free(&why);
  return 0;
}
