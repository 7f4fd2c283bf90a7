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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* Successors along flows (a bidirectional flow both ways), CSR. */
typedef struct succ {
  uint32_t *start, *to;
} succ;

static void succ_build(succ *g, const tmc_ir *ir) {
  uint32_t n = ir->n_elements;
  g->start = tmc_xcalloc(n + 2, sizeof *g->start);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    g->start[ir->flows[i].src + 2]++;
    if (ir->flows[i].bidirectional)
      g->start[ir->flows[i].dst + 2]++;
  }
  for (uint32_t v = 0; v < n; v++)
    g->start[v + 2] += g->start[v + 1];
  g->to = tmc_xmalloc((g->start[n + 1] + 1) * sizeof *g->to);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    g->to[g->start[f->src + 1]++] = f->dst;
    if (f->bidirectional)
      g->to[g->start[f->dst + 1]++] = f->src;
  }
}

static void succ_free(succ *g) {
  free(g->start);
  free(g->to);
}

/* reach[v] gets bit k when c[k] reaches v along one or more flows (c[k]
 * itself only through a cycle). A monotone worklist over n-bit sets: each
 * element is queued at most n + 1 times. */
static void upstream_of(const succ *g, uint32_t ne, const uint32_t *c, uint32_t n,
                        uint64_t *reach) {
  uint32_t *queue = tmc_xmalloc((ne + 1) * sizeof *queue);
  bool *queued = tmc_xcalloc(ne + 1, sizeof *queued);
  uint32_t head = 0, len = 0;
  memset(reach, 0, (ne + 1) * sizeof *reach);
  for (uint32_t k = 0; k < n; k++)
    for (uint32_t e = g->start[c[k]]; e < g->start[c[k] + 1]; e++) {
      uint32_t w = g->to[e];
      reach[w] |= (uint64_t)1 << k;
      if (!queued[w])
        queued[w] = true, queue[(head + len++) % (ne + 1)] = w;
    }
  while (len) {
    uint32_t u = queue[head];
    head = (head + 1) % (ne + 1), len--, queued[u] = false;
    for (uint32_t e = g->start[u]; e < g->start[u + 1]; e++) {
      uint32_t w = g->to[e];
      if (reach[u] & ~reach[w]) {
        reach[w] |= reach[u];
        if (!queued[w])
          queued[w] = true, queue[(head + len++) % (ne + 1)] = w;
      }
    }
  }
  free(queue);
  free(queued);
}

/* Work step 4 may do on one diagram (critical findings x its size): beyond
 * it, the rest of a huge diagram's rules keep their critical findings as
 * scored rather than make the pass quadratic. */
#define UPSTREAM_BUDGET ((uint64_t)64 << 20)

/* Lowers an open critical finding to high and says why after its reason. */
static void demote(tmc_ir *ir, tmc_finding *f, const char *why, const char *what) {
  f->severity = TMC_SEV_HIGH;
  if (f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths)
    ir->paths[f->target].severity = TMC_SEV_HIGH;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_printf(&b, "%s; high, not critical: %s%s", f->risk_reason ? f->risk_reason : "",
                 why, what);
  f->risk_reason = tmc_arena_strdup(ir->arena, b.data);
  tmc_buf_free(&b);
}

/* The open finding at i outranks the one at j for the one critical place of
 * their target: higher score, then the likelier, then the earlier (findings
 * are in rule and target order, so the choice is deterministic). */
static bool outranks(const tmc_ir *ir, uint32_t i, uint32_t j) {
  const tmc_finding *a = &ir->findings[i], *b = &ir->findings[j];
  if (a->score != b->score)
    return a->score > b->score;
  if (a->likelihood != b->likelihood)
    return a->likelihood > b->likelihood;
  return i < j;
}

/* ---- grouping: at most TMC_FINDINGS_PER_TARGET open findings per target ---- */

/* Does the finding's id cite the family's id ("AML.T0051.001" for
 * "AML.T0051", "LLM01:2025" for "LLM01", "CWE-79" for itself)? */
static bool cites(const char *have, const char *fam) {
  size_t n = strlen(fam);
  return strncasecmp(have, fam, n) == 0 &&
         (have[n] == '\0' || have[n] == '.' || have[n] == ':');
}

static bool list_cites(const tmc_strlist *l, const tmc_strlist *fam) {
  for (uint32_t i = 0; i < l->n; i++)
    for (uint32_t j = 0; j < fam->n; j++)
      if (cites(l->v[i], fam->v[j]))
        return true;
  return false;
}

/* The first family one of f's ATLAS or OWASP ids names, else the first one
 * of its CWE ids names, else TMC_NONE (catalogs/families.yaml). */
static uint32_t family_of(const tmc_catalog *cat, const tmc_finding *f) {
  uint32_t n = tmc_catalog_n_families(cat);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_family *x = tmc_catalog_family_at(cat, i);
    if (list_cites(&f->atlas, &x->ids) || list_cites(&f->owasp, &x->ids))
      return i;
  }
  for (uint32_t i = 0; i < n; i++)
    if (list_cites(&f->cwe, &tmc_catalog_family_at(cat, i)->ids))
      return i;
  return TMC_NONE;
}

/* family_of's answers for findings that borrow their rule's lists (the
 * catalog's, unchanged for the run): a rule's findings on every crowded
 * target ask the same, so it is asked about 70 families once per rule, not
 * once per finding. Direct-mapped by the lists' addresses; a slot keeps the
 * last lists asked there, so a miss only asks again. */
#define FAMILY_MEMO 256
typedef struct family_memo {
  tmc_strlist atlas, owasp, cwe; /* the borrowed lists (NULL v: the slot is empty) */
  uint32_t family;
} family_memo;

static bool same_list(const tmc_strlist *a, const tmc_strlist *b) {
  return a->v == b->v && a->n == b->n;
}

static uint32_t family_of_memo(const tmc_catalog *cat, const tmc_finding *f,
                               family_memo *memo) {
  if (!f->lists_borrowed || !f->atlas.v || !memo)
    return family_of(cat, f);
  uintptr_t h =
      (uintptr_t)f->atlas.v ^ (uintptr_t)f->owasp.v * 31 ^ (uintptr_t)f->cwe.v * 17;
  family_memo *m = &memo[(h >> 4) % FAMILY_MEMO];
  if (!same_list(&m->atlas, &f->atlas) || !same_list(&m->owasp, &f->owasp) ||
      !same_list(&m->cwe, &f->cwe))
    *m = (family_memo){f->atlas, f->owasp, f->cwe, family_of(cat, f)};
  return m->family;
}

/* Which of two open findings leads a group (and ranks first): the more
 * severe after calibration, then outranks(). */
static bool leads(const tmc_ir *ir, uint32_t i, uint32_t j) {
  const tmc_finding *a = &ir->findings[i], *b = &ir->findings[j];
  if (a->severity != b->severity)
    return a->severity > b->severity;
  return outranks(ir, i, j);
}

/* k states f's threat too: every id, STRIDE letter and control of f, and f's
 * rule id (and those grouped into f) in k->grouped. k keeps its own score:
 * it is the worst of the group. */
static void take(tmc_finding *k, tmc_finding *f) {
  tmc_finding_own_lists(k);
  const tmc_strlist *from[5] = {&f->atlas, &f->owasp, &f->cwe, &f->capec,
                                &f->mitigations};
  tmc_strlist *to[5] = {&k->atlas, &k->owasp, &k->cwe, &k->capec, &k->mitigations};
  for (int l = 0; l < 5; l++)
    for (uint32_t i = 0; i < from[l]->n; i++)
      if (!tmc_strlist_has(to[l], from[l]->v[i]))
        tmc_strlist_add(to[l], from[l]->v[i]);
  k->stride |= f->stride;
  tmc_strlist_add(&k->grouped, f->rule_id);
  for (uint32_t i = 0; i < f->grouped.n; i++)
    tmc_strlist_add(&k->grouped, f->grouped.v[i]);
}

/* Merges the members m[0..n) (open findings of one target, n >= 2, each
 * leading itself) into the one that leads them: lead_of (by position in t)
 * points each other member at it; returns the lead's position. */
static uint32_t merge(tmc_ir *ir, const uint32_t *t, const uint32_t *m, uint32_t n,
                      uint32_t *lead_of, bool *drop) {
  uint32_t lead = m[0];
  for (uint32_t i = 1; i < n; i++)
    if (leads(ir, t[m[i]], t[lead]))
      lead = m[i];
  for (uint32_t i = 0; i < n; i++) {
    if (m[i] == lead)
      continue;
    take(&ir->findings[t[lead]], &ir->findings[t[m[i]]]);
    drop[t[m[i]]] = true;
    lead_of[m[i]] = lead;
  }
  return lead;
}

/* The title and evidence of a finding that leads a group: its own, the
 * family's title and each member's rule, title and severity, as they were
 * before grouping (members in rule order). */
static void describe(tmc_ir *ir, const uint32_t *t, uint32_t n, const uint32_t *lead_of,
                     uint32_t lead, const char *family, bool rest, tmc_buf *b) {
  tmc_finding *k = &ir->findings[t[lead]];
  const char *what = family && rest ? tmc_arena_printf(ir->arena,
                                                       "%s, and the target's "
                                                       "lower-ranked threats",
                                                       family)
                     : family       ? family
                                    : "the target's lower-ranked threats";
  tmc_buf_clear(b);
  tmc_buf_printf(b, "%s; grouped with it (%s): ", k->evidence ? k->evidence : "", what);
  uint32_t added = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t r = i;
    while (lead_of[r] != r)
      r = lead_of[r];
    if (r != lead || i == lead)
      continue;
    const tmc_finding *f = &ir->findings[t[i]];
    tmc_buf_printf(b, "%s%s %s (%s)", added++ ? "; " : "", f->rule_id, f->title,
                   tmc_severity_name(f->severity));
  }
  k->evidence = tmc_arena_strdup(ir->arena, b->data);
  tmc_buf_clear(b);
  if (family)
    tmc_buf_printf(b, "%s, and %u related%s threat%s (%s)", k->title, added,
                   rest ? " and lower-ranked" : "", added == 1 ? "" : "s", family);
  else
    tmc_buf_printf(b, "%s, and %u lower-ranked threat%s", k->title, added,
                   added == 1 ? "" : "s");
  k->title = tmc_arena_strdup(ir->arena, b->data);
}

/* One target's open findings t[0..n), n > TMC_FINDINGS_PER_TARGET: while it
 * has too many, the family with the most members left (then the first in
 * the catalog) becomes one finding; when no family has two, the findings
 * ranked below the limit join the last one it shows. Titles and evidence
 * are written once the groups are settled. */
static void group_target(tmc_ir *ir, const tmc_catalog *cat, const uint32_t *t,
                         uint32_t n, bool *drop, tmc_buf *b, family_memo *memo) {
  uint32_t nfam = tmc_catalog_n_families(cat);
  uint32_t *fam = tmc_xmalloc(n * sizeof *fam), *m = tmc_xmalloc(n * sizeof *m);
  uint32_t *lead_of = tmc_xmalloc(n * sizeof *lead_of);
  const char **family = tmc_xcalloc(n, sizeof *family);
  bool *rest = tmc_xcalloc(n, sizeof *rest);
  uint32_t *count = tmc_xcalloc(nfam + 1, sizeof *count);
  for (uint32_t i = 0; i < n; i++) {
    lead_of[i] = i;
    if ((fam[i] = family_of_memo(cat, &ir->findings[t[i]], memo)) != TMC_NONE)
      count[fam[i]]++;
  }
  uint32_t alive = n;
  while (alive > TMC_FINDINGS_PER_TARGET) {
    uint32_t best = TMC_NONE;
    for (uint32_t x = 0; x < nfam; x++)
      if (count[x] >= 2 && (best == TMC_NONE || count[x] > count[best]))
        best = x;
    uint32_t k = 0;
    if (best == TMC_NONE) {
      /* the rest, in rank order: insertion sort (n is one target's) */
      for (uint32_t i = 0; i < n; i++) {
        if (drop[t[i]])
          continue;
        uint32_t j = k++;
        for (; j > 0 && leads(ir, t[i], t[m[j - 1]]); j--)
          m[j] = m[j - 1];
        m[j] = i;
      }
      uint32_t from = TMC_FINDINGS_PER_TARGET - 1;
      rest[merge(ir, t, m + from, k - from, lead_of, drop)] = true;
      break;
    }
    for (uint32_t i = 0; i < n; i++)
      if (fam[i] == best && !drop[t[i]])
        m[k++] = i;
    family[merge(ir, t, m, k, lead_of, drop)] = tmc_catalog_family_at(cat, best)->title;
    alive -= k - 1;
    count[best] = 0;
  }
  for (uint32_t i = 0; i < n; i++)
    if (!drop[t[i]] && ir->findings[t[i]].grouped.n)
      describe(ir, t, n, lead_of, i, family[i], rest[i], b);
  free(count);
  free(rest);
  free(family);
  free(lead_of);
  free(m);
  free(fam);
}

/* Issue #15: at most TMC_FINDINGS_PER_TARGET open findings on one element
 * or flow, in every report. Targets within it are left alone (one finding per
 * threat); on one above it, related threats (catalogs/families.yaml) become
 * one finding that keeps all their ids. The dropped findings' indices are
 * remapped in the paths' same_as. Linear in findings, times the families
 * on the targets above the limit. */
static void group_families(tmc_ir *ir, const tmc_catalog *cat) {
  uint32_t ne = ir->n_elements, nt = ne + ir->n_flows, nfi = ir->n_findings;
  uint32_t *start = tmc_xcalloc(nt + 2, sizeof *start);
  bool over = false;
  for (uint32_t i = 0; i < nfi; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status == TMC_STATUS_OPEN && f->target_kind != TMC_TARGET_PATH)
      over |= ++start[(f->target_kind == TMC_TARGET_ELEMENT ? 0 : ne) + f->target + 2] >
              TMC_FINDINGS_PER_TARGET;
  }
  if (!over || !cat) {
    free(start);
    return;
  }
  for (uint32_t x = 2; x < nt + 2; x++)
    start[x] += start[x - 1];
  uint32_t *order = tmc_xmalloc((start[nt + 1] + 1) * sizeof *order);
  for (uint32_t i = 0; i < nfi; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status == TMC_STATUS_OPEN && f->target_kind != TMC_TARGET_PATH)
      order[start[(f->target_kind == TMC_TARGET_ELEMENT ? 0 : ne) + f->target + 1]++] = i;
  }
  bool *drop = tmc_xcalloc(nfi + 1, sizeof *drop);
  tmc_buf b = TMC_BUF_INIT;
  family_memo *memo = tmc_xcalloc(FAMILY_MEMO, sizeof *memo);
  for (uint32_t x = 0; x < nt; x++)
    if (start[x + 1] - start[x] > TMC_FINDINGS_PER_TARGET)
      group_target(ir, cat, order + start[x], start[x + 1] - start[x], drop, &b, memo);
  free(memo);
  tmc_buf_free(&b);
  uint32_t *fnew = tmc_xmalloc((nfi + 1) * sizeof *fnew), w = 0;
  for (uint32_t i = 0; i < nfi; i++) {
    if (drop[i]) {
      fnew[i] = TMC_NONE;
      tmc_finding_release(&ir->findings[i]);
    } else {
      fnew[i] = w;
      ir->findings[w++] = ir->findings[i];
    }
  }
  ir->n_findings = w;
  for (uint32_t p = 0; p < ir->n_paths; p++)
    if (ir->paths[p].same_as < nfi)
      ir->paths[p].same_as = fnew[ir->paths[p].same_as];
  free(fnew);
  free(drop);
  free(order);
  free(start);
}

/* Critical means "fix before release", so a report keeps it for one finding
 * per place a reviewer fixes (docs/risk.md, "Calibration"):
 *  1. an attack path that states the same threat as a critical finding on one
 *     of its elements (its same_as) is that finding's, not a second critical;
 *  2. of the open critical findings on one element or flow, the highest
 *     stays critical: the element is release-blocking, the rest are its
 *     details (high);
 *  3. of the open critical attack paths to one asset, the most severe stays
 *     critical; the others reach what that fix already protects;
 *  4. one rule critical on several elements stays critical where the threat
 *     arrives first: an element downstream of another element the same rule
 *     is critical on (and not in a cycle with it) is high (the job that
 *     imports a hub's model files, not every loader its files reach after).
 * Runs after the paths and accept passes and before order, so every report
 * ranks and colours the calibrated severities. Linear in findings. */
int tmc_pass_calibrate(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  uint32_t ne = ir->n_elements, nf = ir->n_flows;
  uint32_t *best_el = tmc_xmalloc((ne + 1) * sizeof *best_el);
  uint32_t *best_fl = tmc_xmalloc((nf + 1) * sizeof *best_fl);
  uint32_t *best_asset = tmc_xmalloc((ne + 1) * sizeof *best_asset);
  for (uint32_t i = 0; i <= ne; i++)
    best_el[i] = best_asset[i] = TMC_NONE;
  for (uint32_t i = 0; i <= nf; i++)
    best_fl[i] = TMC_NONE;
  /* perf20: steps 1 and 2 share one walk over the findings (600 000 of
   * them at 100k elements), and step 3 runs inside step 4's walk: step 1
   * changes only the finding it is at, step 2 reads only findings already
   * past, step 3 needs step 2's winners and step 4 a rule's findings after
   * step 3. */
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN || f->severity != TMC_SEV_CRITICAL)
      continue;
    uint32_t s = f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths
                     ? ir->paths[f->target].same_as
                     : TMC_NONE;
    if (s < ir->n_findings && s != i && ir->findings[s].status == TMC_STATUS_OPEN &&
        ir->findings[s].severity == TMC_SEV_CRITICAL) {
      const tmc_finding *x = &ir->findings[s];
      tmc_buf b = TMC_BUF_INIT;
      tmc_buf_printf(&b, "%s on %s", x->rule_id,
                     tmc_ir_target_name(ir, x->target_kind, x->target));
      demote(ir, f, "it states the same threat as critical ", b.data);
      tmc_buf_free(&b);
      continue;
    }
    uint32_t *slot =
        f->target_kind == TMC_TARGET_ELEMENT && f->target < ne ? &best_el[f->target]
        : f->target_kind == TMC_TARGET_FLOW && f->target < nf  ? &best_fl[f->target]
        : f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths
            ? &best_asset[ir->paths[f->target].asset]
            : NULL;
    if (slot && (*slot == TMC_NONE || outranks(ir, i, *slot)))
      *slot = i;
  }
  /* 4: findings are sorted by rule, so one rule's are a run. */
  succ g = {0};
  uint64_t *reach = NULL;
  uint64_t budget = UPSTREAM_BUDGET;
  for (uint32_t i = 0; i < ir->n_findings;) {
    uint32_t j = i, c[64], at[64], n = 0;
    bool many = false;
    for (; j < ir->n_findings &&
           strcmp(ir->findings[j].rule_id, ir->findings[i].rule_id) == 0;
         j++) {
      tmc_finding *f = &ir->findings[j];
      if (f->status != TMC_STATUS_OPEN || f->severity != TMC_SEV_CRITICAL)
        continue;
      /* 2 and 3: not the winner of its target (or of its asset) */
      uint32_t b =
          f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths
              ? best_asset[ir->paths[f->target].asset]
          : f->target_kind == TMC_TARGET_ELEMENT && f->target < ne ? best_el[f->target]
          : f->target_kind == TMC_TARGET_FLOW && f->target < nf    ? best_fl[f->target]
                                                                   : j;
      if (b != j) {
        if (f->target_kind == TMC_TARGET_PATH)
          demote(ir, f, "a more severe path to the same asset is critical", "");
        else
          demote(ir, f, "critical on the same target as ", ir->findings[b].rule_id);
        continue;
      }
      if (f->target_kind != TMC_TARGET_ELEMENT || f->target >= ne)
        continue;
      if (n == 64)
        many = true;
      else
        c[n] = f->target, at[n++] = j;
    }
    uint64_t cost = (uint64_t)n * (ne + ir->n_flows + 1);
    if (n >= 2 && !many && cost <= budget) {
      budget -= cost;
      if (!g.start)
        succ_build(&g, ir), reach = tmc_xmalloc((ne + 1) * sizeof *reach);
      upstream_of(&g, ne, c, n, reach);
      for (uint32_t k = 0; k < n; k++)
        for (uint32_t m = 0; m < n; m++)
          if (m != k && (reach[c[k]] >> m & 1) && !(reach[c[m]] >> k & 1)) {
            demote(ir, &ir->findings[at[k]], "the same threat is critical upstream, on ",
                   tmc_element_name(&ir->elements[c[m]]));
            break;
          }
    }
    i = j;
  }
  succ_free(&g);
  free(reach);
  free(best_el);
  free(best_fl);
  free(best_asset);
  group_families(ir, opts ? opts->catalog : NULL);
  return 0;
}

int tmc_pass_risk(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  bool any_entry = false;
  for (uint32_t i = 0; i < ir->n_elements && !any_entry; i++)
    any_entry = ir->elements[i].facts.is_entry;
  tmc_buf why = TMC_BUF_INIT;
  /* Few distinct reasons exist (5 x 5 x 5 x 3 x 2): each is written once. */
  const char *cache[5 * 5 * 5 * 3 * 2] = {0};
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    if (f->target_kind == TMC_TARGET_PATH)
      continue; /* the paths pass scores its own */
    const tmc_rule *r = f->rule;
    /* The rules pass starts each finding at its rule's defaults, and one
     * that took another rule's threat on the same target at the higher of
     * the two (passes/rules.c, merge_same_threat). */
    int l0 = clamp(f->likelihood ? f->likelihood : r ? r->likelihood : 3);
    int i0 = clamp(f->impact ? f->impact : r ? r->impact : 3);
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
    /* A generic rule (max_severity:) stops below its band's top. */
    bool capped = r && r->max_severity != TMC_SEV_NONE && f->severity > r->max_severity;
    if (capped)
      f->severity = r->max_severity;
    int key = (((lr * 5 + f->likelihood - 1) * 5 + f->impact - 1) * 3 + di) * 2 + capped;
    if (!cache[key]) {
      tmc_buf_clear(&why);
      tmc_buf_printf(&why, "likelihood %d", f->likelihood);
      if (lr)
        tmc_buf_printf(&why, " (%+d: %s)", lreasons[lr].delta, lreasons[lr].why);
      tmc_buf_printf(&why, " x impact %d", f->impact);
      if (di)
        tmc_buf_printf(&why, " (+%d: %s data)", di, di == 2 ? "secret" : "confidential");
      tmc_buf_printf(&why, " = %d, %s", f->score, tmc_severity_name(band(f->score)));
      if (capped)
        tmc_buf_printf(&why,
                       "; %s at most: a generic check that fits the diagram's shape, "
                       "not a weakness it shows",
                       tmc_severity_name(f->severity));
      cache[key] = tmc_arena_strdup(ir->arena, why.data);
    }
    f->risk_reason = cache[key];
  }
  tmc_buf_free(&why);
  return 0;
}
