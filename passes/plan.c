/* plan.c - the plan pass: the mitigation plan, as data every report reads.
 * One item per control that an open finding names: the findings it would
 * close (in risk order), the attack paths it hardens (in path order) and the
 * risk it removes (the sum of those findings' scores); items most risk
 * removed first, then most paths, then most findings, then by control id.
 *
 * The one idea: the plan is grouped by control id after canonicalising
 * through the catalog, so "authn" and "authentication" are one item, and a
 * finding naming a control twice counts once. It runs after the order pass
 * and reads its risk order; the paths are already in display order. */
#include "passes/plan.h"
#include "passes/fixes.h"
#include "passes/order.h"
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

typedef struct pair {
  const char *id;   /* canonical control id */
  uint32_t finding; /* the finding */
  uint32_t ctl;     /* the id's rank among the distinct ids (strcmp order) */
} pair;

/* A distinct canonical id pointer and its rank by string. */
typedef struct cid {
  const char *id;
  uint32_t d; /* index among distinct pointers */
} cid;

static int cmp_cid(const void *pa, const void *pb) {
  const cid *a = pa, *b = pb;
  int c = strcmp(a->id, b->id);
  return c ? c : a->d < b->d ? -1 : a->d > b->d;
}

static int cmp_item(const void *pa, const void *pb) {
  const tmc_plan_item *a = pa, *b = pb;
  if (a->risk != b->risk)
    return a->risk > b->risk ? -1 : 1;
  if (a->n_paths != b->n_paths)
    return a->n_paths > b->n_paths ? -1 : 1;
  if (a->n_findings != b->n_findings)
    return a->n_findings > b->n_findings ? -1 : 1;
  return strcmp(a->control, b->control);
}

/* A path is helped by a control when the control closes a finding on the
 * path itself or on an element or flow the path goes through. Marks are
 * stamped with the item's number so they need no clearing between items. */
static void item_paths(const tmc_ir *ir, tmc_plan_item *it, const uint32_t *path_order,
                       uint32_t *el_mark, uint32_t *fl_mark, uint32_t *pa_mark,
                       uint32_t stamp, tmc_arena *a) {
  for (uint32_t i = 0; i < it->n_findings; i++) {
    const tmc_finding *f = &ir->findings[it->findings[i]];
    switch (f->target_kind) {
    case TMC_TARGET_ELEMENT:
      if (f->target < ir->n_elements)
        el_mark[f->target] = stamp;
      break;
    case TMC_TARGET_FLOW:
      if (f->target < ir->n_flows)
        fl_mark[f->target] = stamp;
      break;
    case TMC_TARGET_PATH:
      if (f->target < ir->n_paths)
        pa_mark[f->target] = stamp;
      break;
    }
  }
  uint32_t n = 0;
  uint32_t *hit = tmc_xmalloc((ir->n_paths + 1) * sizeof *hit);
  for (uint32_t j = 0; j < ir->n_paths; j++) {
    uint32_t pi = path_order ? path_order[j] : j;
    const tmc_path *p = &ir->paths[pi];
    bool on = pa_mark[pi] == stamp;
    for (uint32_t h = 0; h < p->n_hops && !on; h++) {
      const tmc_hop *x = &p->hops[h];
      on = (x->element < ir->n_elements && el_mark[x->element] == stamp) ||
           (x->flow < ir->n_flows && fl_mark[x->flow] == stamp);
    }
    if (on)
      hit[n++] = pi;
  }
  it->paths = tmc_arena_alloc(a, (n + 1) * sizeof *it->paths);
  memcpy(it->paths, hit, n * sizeof *hit);
  it->n_paths = n;
  free(hit);
}

void tmc_plan_compute(tmc_plan *out, const tmc_ir *ir, const tmc_catalog *cat,
                      const uint32_t *risk, uint32_t n_risk, const uint32_t *path_order,
                      tmc_arena *a) {
  /* Control names are the rules' strings, shared by pointer by thousands of
   * findings: each distinct name is looked up in the catalog once, and each
   * distinct canonical id pointer gets its rank by string once, so the
   * pairs are grouped by a stable counting sort on that rank, which keeps
   * them in risk order inside each control. */
  uint32_t np = 0, cap = 0, unnamed = 0, nd = 0, dcap = 0;
  pair *pairs = NULL;
  cid *ids = NULL;
  tmc_ptrmap by_name = TMC_PTRMAP_INIT, by_id = TMC_PTRMAP_INIT;
  for (uint32_t j = 0; j < n_risk; j++) {
    const tmc_finding *f = &ir->findings[risk[j]];
    unnamed += !f->mitigations.n;
    for (uint32_t c = 0; c < f->mitigations.n; c++) {
      const char *name = f->mitigations.v[c];
      bool added;
      uint32_t *d = tmc_ptrmap_at(&by_name, name, &added);
      if (added) {
        const tmc_control *ctl = cat ? tmc_catalog_control(cat, name) : NULL;
        const char *id = ctl ? ctl->id : name;
        bool new_id;
        uint32_t *x = tmc_ptrmap_at(&by_id, id, &new_id);
        if (new_id) {
          cid item = {id, nd};
          *x = nd;
          *TMC_PUSH(ids, nd, dcap) = item;
        }
        *d = *x;
      }
      *TMC_PUSH(pairs, np, cap) = (pair){ids[*d].id, risk[j], *d};
    }
  }
  tmc_ptrmap_free(&by_name);
  tmc_ptrmap_free(&by_id);
  uint32_t *rank = tmc_xmalloc((nd + 1) * sizeof *rank), ni = 0;
  if (nd)
    qsort(ids, nd, sizeof *ids, cmp_cid);
  for (uint32_t x = 0; x < nd; x++) {
    ni += x == 0 || strcmp(ids[x].id, ids[x - 1].id) != 0;
    rank[ids[x].d] = ni - 1;
  }
  free(ids);
  uint32_t *start = tmc_xcalloc(ni + 2, sizeof *start);
  for (uint32_t i = 0; i < np; i++)
    start[(pairs[i].ctl = rank[pairs[i].ctl]) + 1]++;
  for (uint32_t r = 1; r < ni + 2; r++)
    start[r] += start[r - 1];
  pair *sorted = tmc_xmalloc((np + 1) * sizeof *sorted);
  for (uint32_t i = 0; i < np; i++)
    sorted[start[pairs[i].ctl]++] = pairs[i];
  free(start);
  free(rank);
  free(pairs);
  pairs = sorted;

  /* One item per control; a finding listing a control twice counts once. */
  tmc_plan_item *items = tmc_arena_alloc(a, (ni + 1) * sizeof *items);
  ni = 0;
  for (uint32_t i = 0; i < np;) {
    tmc_plan_item *it = &items[ni++];
    it->control = pairs[i].id;
    uint32_t j = i, n = 0;
    for (; j < np && pairs[j].ctl == pairs[i].ctl; j++)
      n += j == i || pairs[j].finding != pairs[j - 1].finding;
    it->findings = tmc_arena_alloc(a, (n + 1) * sizeof *it->findings);
    for (uint32_t r = i; r < j; r++)
      if (r == i || pairs[r].finding != pairs[r - 1].finding) {
        it->findings[it->n_findings++] = pairs[r].finding;
        it->risk += ir->findings[pairs[r].finding].score;
      }
    i = j;
  }
  uint32_t *el_mark = tmc_xcalloc(ir->n_elements + 1, sizeof *el_mark);
  uint32_t *fl_mark = tmc_xcalloc(ir->n_flows + 1, sizeof *fl_mark);
  uint32_t *pa_mark = tmc_xcalloc(ir->n_paths + 1, sizeof *pa_mark);
  for (uint32_t x = 0; x < ni; x++)
    item_paths(ir, &items[x], path_order, el_mark, fl_mark, pa_mark, x + 1, a);
  free(el_mark);
  free(fl_mark);
  free(pa_mark);
  if (ni)
    qsort(items, ni, sizeof *items, cmp_item);
  out->items = items;
  out->n_items = ni;
  out->unnamed = unnamed;
  free(pairs);
}

int tmc_pass_plan(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  /* The risk order; an IR that skipped the order pass gets one here, and
   * its paths' display order with it. */
  tmc_arena *tmp = NULL;
  const uint32_t *risk = ir->risk_order, *path_order = NULL;
  uint32_t n_risk = ir->n_risk;
  if (!risk) {
    tmc_order o;
    tmp = tmc_arena_new();
    tmc_order_compute(&o, ir, tmp);
    risk = o.risk_order, n_risk = o.n_risk, path_order = o.path_order;
  }
  tmc_plan p;
  tmc_plan_compute(&p, ir, opts ? opts->catalog : NULL, risk, n_risk, path_order,
                   ir->arena);
  ir->plan = p.items;
  ir->n_plan = p.n_items;
  ir->plan_unnamed = p.unnamed;
  tmc_path_plan pp;
  tmc_path_plan_compute(&pp, ir, opts ? opts->catalog : NULL, path_order, ir->arena);
  ir->path_fixes = pp.fixes;
  ir->n_path_fixes = pp.n_fixes;
  ir->path_fixes_close = pp.closes;
  ir->path_plan = pp.summary;
  tmc_arena_free(tmp);
  return 0;
}

/* ---- the path plan (issue #16 item 5) ---------------------------------------- */

void tmc_path_plan_compute(tmc_path_plan *out, const tmc_ir *ir, const tmc_catalog *cat,
                           const uint32_t *path_order, tmc_arena *a) {
  memset(out, 0, sizeof *out);
  uint32_t np = ir->n_paths;
  if (!np)
    return;
  /* Flows in report order break the last ties (display order when the order
   * pass ran, else index order). */
  uint32_t *frank = tmc_xmalloc((ir->n_flows + 1) * sizeof *frank);
  for (uint32_t f = 0; f < ir->n_flows; f++)
    frank[ir->fl_order ? ir->fl_order[f] : f] = f;
  tmc_fix_cands cands;
  tmc_fix_cands_build(&cands, ir, cat, path_order, np, frank);
  free(frank);
  const tmc_fix_cand *c = cands.v;
  uint32_t nc = cands.n, words = cands.words;
  uint64_t *left = tmc_xcalloc(words, sizeof(uint64_t));
  for (uint32_t j = 0; j < np; j++)
    left[j / 64] |= 1ull << (j % 64);
  uint32_t pick[TMC_PATH_PLAN_MAX], npick = 0;
  /* Greedy fill up to the cap, then prune; a pruned slot is filled again
   * (each round closes more paths, so this ends). */
  for (bool again = true; again;) {
    again = false;
    while (npick < TMC_PATH_PLAN_MAX) {
      uint32_t best = TMC_NONE, bn = 0;
      long bw = 0;
      for (uint32_t k = 0; k < nc; k++) {
        long w = 0;
        uint32_t n = 0;
        for (uint32_t j = 0; j < np; j++)
          if ((c[k].bits[j / 64] & left[j / 64]) & (1ull << (j % 64))) {
            w += ir->paths[path_order ? path_order[j] : j].score;
            n++;
          }
        if (!n)
          continue;
        bool better = best == TMC_NONE || w > bw || (w == bw && n > bn);
        if (!better && w == bw && n == bn) {
          const tmc_fix_cand *b = &c[best];
          if (c[k].pref != b->pref)
            better = c[k].pref < b->pref;
          else if (c[k].flow != b->flow)
            better = c[k].rank < b->rank;
          else
            better = strcmp(c[k].control, b->control) < 0;
        }
        if (better)
          best = k, bw = w, bn = n;
      }
      if (best == TMC_NONE)
        break;
      pick[npick++] = best;
      for (uint32_t w = 0; w < words; w++)
        left[w] &= ~c[best].bits[w];
    }
    /* Greedy can pick a change the later ones make redundant: drop it, the
     * last picked (least weight) first. */
    for (uint32_t q = npick; q-- > 0;) {
      bool needed = false;
      for (uint32_t w = 0; w < words && !needed; w++) {
        uint64_t others = 0;
        for (uint32_t r = 0; r < npick; r++)
          if (r != q)
            others |= c[pick[r]].bits[w];
        needed = (c[pick[q]].bits[w] & ~others) != 0;
      }
      if (!needed) {
        memmove(&pick[q], &pick[q + 1], (npick - q - 1) * sizeof *pick);
        npick--;
        again = true;
      }
    }
  }
  uint32_t closed = 0;
  for (uint32_t w = 0; w < words; w++) {
    uint64_t all = 0;
    for (uint32_t r = 0; r < npick; r++)
      all |= c[pick[r]].bits[w];
    closed += (uint32_t)__builtin_popcountll(all);
  }
  out->fixes = tmc_arena_alloc(a, (npick + 1) * sizeof *out->fixes);
  out->n_fixes = npick;
  out->closes = closed;
  tmc_buf b = TMC_BUF_INIT;
  if (!npick)
    tmc_buf_printf(&b, "No change to one flow closes any of the %u attack path%s.", np,
                   np == 1 ? "" : "s");
  else if (npick == 1 && np == 1)
    tmc_buf_puts(&b, "This change closes the one attack path: ");
  else if (npick == 1 && closed == np)
    tmc_buf_printf(&b, "This change closes all %u attack paths: ", np);
  else if (npick == 1)
    tmc_buf_printf(&b, "This change closes %u of %u attack paths: ", closed, np);
  else if (closed == np)
    tmc_buf_printf(
        &b, "These %u changes close all %u attack paths, the most severe first: ", npick,
        np);
  else
    tmc_buf_printf(
        &b,
        "These %u changes close %u of %u attack paths, the most severe first: ", npick,
        closed, np);
  for (uint32_t r = 0; r < npick; r++) {
    const tmc_fix_cand *x = &c[pick[r]];
    tmc_path_fix *fx = &out->fixes[r];
    fx->flow = x->flow;
    fx->control = x->control;
    fx->paths = tmc_arena_alloc(a, (x->n + 1) * sizeof *fx->paths);
    for (uint32_t j = 0; j < np; j++)
      if (x->bits[j / 64] & (1ull << (j % 64)))
        fx->paths[fx->n_paths++] = path_order ? path_order[j] : j;
    tmc_buf_printf(&b, "%s%s on %s (path%s", r ? "; " : "",
                   tmc_catalog_control_advice(cat, x->control),
                   tmc_ir_target_name(ir, TMC_TARGET_FLOW, x->flow),
                   x->n == 1 ? "" : "s");
    for (uint32_t j = 0, k = 0; j < np; j++)
      if (x->bits[j / 64] & (1ull << (j % 64)))
        tmc_buf_printf(&b, "%s %u", k++ ? "," : "", j + 1);
    tmc_buf_puts(&b, ")");
  }
  if (npick)
    tmc_buf_puts(&b, ".");
  if (npick && closed < np)
    tmc_buf_printf(&b, " The other %u need changes of their own (each asset's cut set).",
                   np - closed);
  out->summary = tmc_arena_strdup(a, b.data ? b.data : "");
  tmc_buf_free(&b);
  free(left);
  tmc_fix_cands_free(&cands);
}
