/* test_rectidx.c - the rectangle index: both queries agree with a brute-force
 * scan on random, repeated and degenerate rectangles, and the layouts that
 * made the old scans quadratic (a column of shapes, concentric boxes, a
 * staircase, identical copies) cost a bounded number of visited nodes per
 * query: the work meter, not a clock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "ir/rectidx.h"

static uint64_t rng = 88172645463325252u;
static uint32_t rnd(uint32_t n) {
  rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
  return (uint32_t)(rng % n);
}

static bool inside(const tmc_rect *o, const tmc_rect *c) {
  return c->x >= o->x && c->x <= o->x + o->w && c->y >= o->y &&
         c->x + c->w <= o->x + o->w && c->y + c->h <= o->y + o->h;
}

static bool around(const tmc_rect *o, const tmc_rect *c) {
  return c->x >= o->x && c->y >= o->y && c->x + c->w <= o->x + o->w &&
         c->y + c->h <= o->y + o->h;
}

typedef struct collect {
  bool *seen;
  uint32_t count, stop_at;
} collect;

static bool mark(void *ctx, uint32_t item) {
  collect *c = ctx;
  assert_false(c->seen[item]); /* each item once */
  c->seen[item] = true;
  return ++c->count < c->stop_at;
}

static bool odd_only(void *ctx, uint32_t item) {
  (void)ctx;
  return item % 2 == 1;
}

static void test_agrees_with_brute_force(void **state) {
  (void)state;
  enum { N = 600 };
  tmc_rect r[N];
  for (uint32_t i = 0; i < N; i++) {
    /* Small coordinates so that edges, sizes and whole rectangles repeat;
     * a few negative sizes, as a hostile draw.io file may write. */
    r[i] = (tmc_rect){rnd(40), rnd(40), (double)rnd(30) - (rnd(10) == 0 ? 35 : 0),
                      (double)rnd(30)};
    if (i % 17 == 0 && i)
      r[i] = r[i - 1];
  }
  tmc_rectidx *x = tmc_rectidx_new(r, N);
  bool seen[N];
  for (uint32_t q = 0; q < N; q++) {
    double below = q % 3 ? r[q].w * r[q].h : 1e9;
    uint32_t first = q % 5 ? 0 : q;
    collect c = {seen, 0, UINT32_MAX};
    for (uint32_t i = 0; i < N; i++)
      seen[i] = false;
    tmc_rectidx_inside(x, &r[q], below, first, mark, &c);
    for (uint32_t i = 0; i < N; i++)
      assert_int_equal(seen[i],
                       i >= first && r[i].w * r[i].h < below && inside(&r[q], &r[i]));
    /* Stopping early stops. */
    if (c.count > 2) {
      collect two = {seen, 0, 2};
      for (uint32_t i = 0; i < N; i++)
        seen[i] = false;
      tmc_rectidx_inside(x, &r[q], below, first, mark, &two);
      assert_int_equal(two.count, 2);
    }
    /* around: smallest area, lowest item among equals, with and without a filter. */
    for (int filtered = 0; filtered < 2; filtered++) {
      uint32_t want = TMC_NONE;
      for (uint32_t i = 0; i < N; i++)
        if (around(&r[i], &r[q]) && (!filtered || i % 2 == 1) &&
            (want == TMC_NONE || r[i].w * r[i].h < r[want].w * r[want].h))
          want = i;
      assert_int_equal(tmc_rectidx_around(x, &r[q], filtered ? odd_only : NULL, NULL),
                       want);
    }
  }
  tmc_rectidx_free(x);
  tmc_rectidx_free(NULL);
  tmc_rectidx *empty = tmc_rectidx_new(NULL, 0);
  assert_int_equal(tmc_rectidx_around(empty, &r[0], NULL, NULL), TMC_NONE);
  tmc_rectidx_free(empty);
}

static bool count_two(void *ctx, uint32_t item) {
  (void)item;
  return ++*(uint32_t *)ctx < 2;
}

/* Visited nodes per query, averaged over every rectangle asked both ways
 * (inside as the draw.io front end asks it: are there two?). */
static double work_per_query(const tmc_rect *r, uint32_t n) {
  tmc_rectidx *x = tmc_rectidx_new(r, n);
  uint64_t before = tmc_rectidx_work();
  for (uint32_t q = 0; q < n; q++) {
    uint32_t found = 0;
    tmc_rectidx_inside(x, &r[q], r[q].w * r[q].h, 0, count_two, &found);
    tmc_rectidx_around(x, &r[q], NULL, NULL);
  }
  tmc_rectidx_free(x);
  return (double)(tmc_rectidx_work() - before) / n;
}

static void test_hostile_layouts_bounded_work(void **state) {
  (void)state;
  enum { N = 40000 };
  tmc_rect *r = malloc(N * sizeof *r);
  /* A column: every shape has the same left edge (the old scan by left
   * edge looked at all of them for each). */
  for (uint32_t i = 0; i < N; i++)
    r[i] = (tmc_rect){10, 50.0 * i, 100 + i % 7, 40};
  double col = work_per_query(r, N);
  /* Concentric boxes: each is inside every earlier one. */
  for (uint32_t i = 0; i < N; i++)
    r[i] = (tmc_rect){5.0 * i, 5.0 * i, 1e6 - 10.0 * i, 1e6 - 10.0 * i};
  double conc = work_per_query(r, N);
  /* A staircase of overlapping big boxes: corners inside, never contained. */
  for (uint32_t i = 0; i < N; i++)
    r[i] = (tmc_rect){1.0 * i, 1.0 * i, 1e5, 1e5};
  double stair = work_per_query(r, N);
  /* Identical copies. */
  for (uint32_t i = 0; i < N; i++)
    r[i] = (tmc_rect){0, 0, 100, 100};
  double same = work_per_query(r, N);
  free(r);
  print_message("nodes visited per query: column %.0f, concentric %.0f, staircase %.0f, "
                "identical %.0f\n",
                col, conc, stair, same);
  /* log2(40000) is about 15; a scan would visit thousands per query. */
  assert_true(col < 300);
  assert_true(conc < 300);
  assert_true(stair < 300);
  assert_true(same < 300);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_agrees_with_brute_force),
      cmocka_unit_test(test_hostile_layouts_bounded_work),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
