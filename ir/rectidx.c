/* rectidx.c - a k-d tree over rectangles seen as points in four dimensions
 * (left, top, right, bottom), so that "inside box R" and "around box R" are
 * both boxes in that space: inside means left and top at least R's, right
 * and bottom at most R's; around the reverse.
 *
 * The one idea: the tree is implicit in one array. The node for the range
 * [lo, hi) keeps its point at mid = lo + (hi - lo) / 2, its children are
 * [lo, mid) and [mid + 1, hi), and position mid also holds the summary of
 * the whole range (bounding box, smallest area and where it is, highest item
 * number), which is what lets a query skip a subtree, or take its best item
 * without descending. Building and querying walk explicit stacks; the tree
 * is log2(n) deep. */
#include "ir/rectidx.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct node {
  double p[4];         /* this position's point: x1, y1, x2, y2 */
  double lo[4], hi[4]; /* bounding box of the subtree's points */
  double area;         /* this position's area */
  double min_area;     /* smallest area in the subtree ... */
  uint32_t arg;        /* ... at this position (lowest item among equals) */
  uint32_t item;       /* this position's item */
  uint32_t max_item;   /* highest item in the subtree */
} node;

struct tmc_rectidx {
  node *v;
  uint32_t n;
};

static uint64_t visits;

uint64_t tmc_rectidx_work(void) {
  return visits;
}

/* ---- building ------------------------------------------------------------- */

typedef struct range {
  uint32_t lo, hi;
} range;

static int sort_dim;
static int by_dim(const void *a, const void *b) {
  const node *x = a, *y = b;
  double u = x->p[sort_dim], w = y->p[sort_dim];
  if (u != w)
    return u < w ? -1 : 1;
  return (x->item > y->item) - (x->item < y->item);
}

static void swap(node *v, uint32_t i, uint32_t j) {
  node t = v[i];
  v[i] = v[j];
  v[j] = t;
}

/* Moves v[lo, hi) so that position k holds the point of rank k - lo in
 * dimension d, smaller ones before it and larger ones after. Quickselect
 * with pivots from a fixed-seed generator and three-way partitions (hostile
 * input repeats coordinates a lot); after too many rounds the rest is
 * sorted, so the worst case is n log n, not n squared. */
static void select_k(node *v, uint32_t lo, uint32_t hi, uint32_t k, int d,
                     uint64_t *seed) {
  uint32_t rounds = 0;
  while (hi - lo > 1) {
    if (++rounds > 64) {
      sort_dim = d;
      qsort(v + lo, hi - lo, sizeof *v, by_dim);
      return;
    }
    *seed ^= *seed << 13, *seed ^= *seed >> 7, *seed ^= *seed << 17;
    double pivot = v[lo + (uint32_t)(*seed % (hi - lo))].p[d];
    /* [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot */
    uint32_t lt = lo, i = lo, gt = hi;
    while (i < gt) {
      if (v[i].p[d] < pivot)
        swap(v, lt++, i++);
      else if (v[i].p[d] > pivot)
        swap(v, i, --gt);
      else
        i++;
    }
    if (k < lt)
      hi = lt;
    else if (k >= gt)
      lo = gt;
    else
      return;
  }
}

tmc_rectidx *tmc_rectidx_new(const tmc_rect *rects, uint32_t n) {
  tmc_rectidx *x = tmc_xcalloc(1, sizeof *x);
  x->n = n;
  x->v = tmc_xmalloc((n ? n : 1) * sizeof(node));
  for (uint32_t i = 0; i < n; i++) {
    node *nd = &x->v[i];
    const tmc_rect *r = &rects[i];
    nd->p[0] = r->x;
    nd->p[1] = r->y;
    nd->p[2] = r->x + r->w;
    nd->p[3] = r->y + r->h;
    nd->area = r->w * r->h;
    nd->item = i;
  }
  range *stack = NULL;
  uint32_t top = 0, cap = 0;
  uint64_t seed = 0x9E3779B97F4A7C15u;
  if (n)
    *TMC_PUSH(stack, top, cap) = (range){0, n};
  while (top) {
    range r = stack[--top];
    /* The range's summary, which also picks the widest dimension to split. */
    double lo[4], hi[4], min_area = INFINITY;
    uint32_t min_item = TMC_NONE, max_item = 0;
    for (int d = 0; d < 4; d++)
      lo[d] = INFINITY, hi[d] = -INFINITY;
    for (uint32_t i = r.lo; i < r.hi; i++) {
      const node *nd = &x->v[i];
      for (int d = 0; d < 4; d++) {
        lo[d] = fmin(lo[d], nd->p[d]);
        hi[d] = fmax(hi[d], nd->p[d]);
      }
      if (nd->area < min_area || (nd->area == min_area && nd->item < min_item)) {
        min_area = nd->area;
        min_item = nd->item;
      }
      if (nd->item > max_item)
        max_item = nd->item;
    }
    int split = 0;
    for (int d = 1; d < 4; d++)
      if (hi[d] - lo[d] > hi[split] - lo[split])
        split = d;
    uint32_t mid = r.lo + (r.hi - r.lo) / 2;
    select_k(x->v, r.lo, r.hi, mid, split, &seed);
    node *m = &x->v[mid];
    memcpy(m->lo, lo, sizeof lo);
    memcpy(m->hi, hi, sizeof hi);
    m->min_area = min_area;
    m->max_item = max_item;
    m->arg = TMC_NONE; /* found below, now that positions are final here */
    if (mid > r.lo)
      *TMC_PUSH(stack, top, cap) = (range){r.lo, mid};
    if (r.hi > mid + 1)
      *TMC_PUSH(stack, top, cap) = (range){mid + 1, r.hi};
  }
  /* Positions move until their own range is split, so the position of each
   * subtree's best item is found afterwards, children before parents: in an
   * implicit tree those are exactly the nodes of smaller ranges. */
  if (n)
    *TMC_PUSH(stack, top, cap) = (range){0, n};
  range *ranges = NULL;
  uint32_t n_ranges = 0, cap_ranges = 0;
  while (top) { /* preorder: parents before children */
    range r = stack[--top];
    *TMC_PUSH(ranges, n_ranges, cap_ranges) = r;
    uint32_t mid = r.lo + (r.hi - r.lo) / 2;
    if (mid > r.lo)
      *TMC_PUSH(stack, top, cap) = (range){r.lo, mid};
    if (r.hi > mid + 1)
      *TMC_PUSH(stack, top, cap) = (range){mid + 1, r.hi};
  }
  for (uint32_t k = n_ranges; k-- > 0;) {
    range r = ranges[k];
    uint32_t mid = r.lo + (r.hi - r.lo) / 2;
    node *m = &x->v[mid];
    uint32_t best = mid;
    uint32_t kids[2] = {mid > r.lo ? r.lo + (mid - r.lo) / 2 : TMC_NONE,
                        r.hi > mid + 1 ? mid + 1 + (r.hi - mid - 1) / 2 : TMC_NONE};
    for (int c = 0; c < 2; c++) {
      if (kids[c] == TMC_NONE)
        continue;
      const node *b = &x->v[x->v[kids[c]].arg];
      if (b->area < x->v[best].area ||
          (b->area == x->v[best].area && b->item < x->v[best].item))
        best = x->v[kids[c]].arg;
    }
    m->arg = best;
  }
  free(ranges);
  free(stack);
  return x;
}

void tmc_rectidx_free(tmc_rectidx *x) {
  if (!x)
    return;
  free(x->v);
  free(x);
}

/* ---- queries -------------------------------------------------------------- */

static bool point_in(const double *p, const double *qlo, const double *qhi) {
  for (int d = 0; d < 4; d++)
    if (p[d] < qlo[d] || p[d] > qhi[d])
      return false;
  return true;
}

static bool box_disjoint(const node *m, const double *qlo, const double *qhi) {
  for (int d = 0; d < 4; d++)
    if (m->hi[d] < qlo[d] || m->lo[d] > qhi[d])
      return true;
  return false;
}

static bool box_within(const node *m, const double *qlo, const double *qhi) {
  for (int d = 0; d < 4; d++)
    if (m->lo[d] < qlo[d] || m->hi[d] > qhi[d])
      return false;
  return true;
}

void tmc_rectidx_inside(const tmc_rectidx *x, const tmc_rect *r, double below,
                        uint32_t first, tmc_rectidx_fn fn, void *ctx) {
  if (!x || !x->n)
    return;
  const double qlo[4] = {r->x, r->y, -INFINITY, -INFINITY};
  const double qhi[4] = {r->x + r->w, INFINITY, r->x + r->w, r->y + r->h};
  range *stack = NULL;
  uint32_t top = 0, cap = 0;
  *TMC_PUSH(stack, top, cap) = (range){0, x->n};
  while (top) {
    range rg = stack[--top];
    uint32_t mid = rg.lo + (rg.hi - rg.lo) / 2;
    const node *m = &x->v[mid];
    visits++;
    if (box_disjoint(m, qlo, qhi) || !(m->min_area < below) || m->max_item < first)
      continue;
    if (m->item >= first && m->area < below && point_in(m->p, qlo, qhi) &&
        !fn(ctx, m->item))
      break;
    if (mid > rg.lo)
      *TMC_PUSH(stack, top, cap) = (range){rg.lo, mid};
    if (rg.hi > mid + 1)
      *TMC_PUSH(stack, top, cap) = (range){mid + 1, rg.hi};
  }
  free(stack);
}

uint32_t tmc_rectidx_around(const tmc_rectidx *x, const tmc_rect *r, tmc_rectidx_fn ok,
                            void *ctx) {
  if (!x || !x->n)
    return TMC_NONE;
  const double qlo[4] = {-INFINITY, -INFINITY, r->x + r->w, r->y + r->h};
  const double qhi[4] = {r->x, r->y, INFINITY, INFINITY};
  double best_area = INFINITY;
  uint32_t best = TMC_NONE;
  range *stack = NULL;
  uint32_t top = 0, cap = 0;
  *TMC_PUSH(stack, top, cap) = (range){0, x->n};
  while (top) {
    range rg = stack[--top];
    uint32_t mid = rg.lo + (rg.hi - rg.lo) / 2;
    const node *m = &x->v[mid];
    visits++;
    if (box_disjoint(m, qlo, qhi) || m->min_area > best_area)
      continue;
    /* A subtree wholly around r offers its best item at once. */
    const node *a = &x->v[m->arg];
    if (box_within(m, qlo, qhi) && (!ok || ok(ctx, a->item))) {
      if (a->area < best_area || (a->area == best_area && a->item < best)) {
        best_area = a->area;
        best = a->item;
      }
      continue;
    }
    if (point_in(m->p, qlo, qhi) &&
        (m->area < best_area || (m->area == best_area && m->item < best)) &&
        (!ok || ok(ctx, m->item))) {
      best_area = m->area;
      best = m->item;
    }
    if (mid > rg.lo)
      *TMC_PUSH(stack, top, cap) = (range){rg.lo, mid};
    if (rg.hi > mid + 1)
      *TMC_PUSH(stack, top, cap) = (range){mid + 1, rg.hi};
  }
  free(stack);
  return best;
}
