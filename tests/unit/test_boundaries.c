/* test_boundaries.c - trust levels, nesting, membership by geometry, and the
 * boundaries each flow crosses, on IRs built by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir/rectidx.h"
#include "ir_helpers.h"
#include "passes/passes.h"

static tmc_ir *new_ir(void) {
  return ir_by_hand("t", "p", NULL);
}

static uint32_t boundary(tmc_ir *ir, const char *id, const char *label, uint32_t parent,
                         tmc_boundary_form form) {
  uint32_t b = tmc_ir_add_boundary(ir, 0, id, form);
  ir->boundaries[b].label = label;
  ir->boundaries[b].parent = parent;
  return b;
}

static uint32_t element(tmc_ir *ir, const char *id, uint32_t in) {
  uint32_t e = tmc_ir_add_element(ir, 0, id);
  ir->elements[e].boundary = in;
  return e;
}

static void run(tmc_ir *ir, tmc_diags *d) {
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_boundaries(ir, &o, d), 0);
  assert_int_equal(tmc_ir_check(ir, "boundaries", d), 0);
}

static void trust_from_attribute_words_and_nesting(void **state) {
  tmc_ir *ir = new_ir();
  tmc_diags d = TMC_DIAGS_INIT;
  uint32_t inet = boundary(ir, "c1", "The Internet", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t dmz = boundary(ir, "c2", "DMZ", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t corp = boundary(ir, "c3", "Corporate network", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t mixed =
      boundary(ir, "c4", "Restricted internal zone", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t plain = boundary(ir, "c5", "Zone A", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t inner = boundary(ir, "c6", "Zone B", plain, TMC_BOUNDARY_CLUSTER);
  uint32_t told = boundary(ir, "c7", "Internet", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  tmc_props_set(ir, &ir->boundaries[told].props, "trust", "4");
  uint32_t bad = boundary(ir, "c8", "DMZ", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  tmc_props_set(ir, &ir->boundaries[bad].props, "trust", "high");
  run(ir, &d);
  assert_int_equal(ir->boundaries[inet].trust, 0);
  assert_string_equal(ir->boundaries[inet].trust_reason, "label word 'internet'");
  assert_int_equal(ir->boundaries[dmz].trust, 1);
  assert_int_equal(ir->boundaries[corp].trust, 2);
  /* The most trusted word wins. */
  assert_int_equal(ir->boundaries[mixed].trust, 3);
  /* No words: 1 at top level, one above the parent inside. */
  assert_int_equal(ir->boundaries[plain].trust, 1);
  assert_int_equal(ir->boundaries[inner].trust, 2);
  assert_int_equal(ir->boundaries[inner].depth, 1);
  /* trust= beats the words; a bad value warns and falls back to them. */
  assert_int_equal(ir->boundaries[told].trust, 4);
  assert_string_equal(ir->boundaries[told].trust_reason, "trust=");
  assert_int_equal(ir->boundaries[bad].trust, 1);
  assert_int_equal(d.warnings, 1);
  assert_non_null(strstr(d.v[0].msg, "high"));
  /* ... saying which trust was used instead, and why. */
  assert_non_null(strstr(d.v[0].msg, "trust 1 used instead, from label word 'dmz'"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void crossings_between_clusters(void **state) {
  tmc_ir *ir = new_ir();
  tmc_diags d = TMC_DIAGS_INIT;
  uint32_t corp = boundary(ir, "corp", "Corporate", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t vault = boundary(ir, "vault", "Vault", corp, TMC_BOUNDARY_CLUSTER);
  uint32_t dmz = boundary(ir, "dmz", "DMZ", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t user = element(ir, "user", TMC_NONE);
  uint32_t web = element(ir, "web", dmz);
  uint32_t app = element(ir, "app", corp);
  uint32_t db = element(ir, "db", vault);
  uint32_t f_in = tmc_ir_add_flow(ir, 0, user, db);  /* enters corp, then vault */
  uint32_t f_out = tmc_ir_add_flow(ir, 0, db, web);  /* exits vault, corp; enters dmz */
  uint32_t f_down = tmc_ir_add_flow(ir, 0, app, db); /* enters vault only */
  uint32_t f_same = tmc_ir_add_flow(ir, 0, db, db);
  run(ir, &d);
  const tmc_flow *f = &ir->flows[f_in];
  assert_int_equal(f->n_crossed, 2);
  assert_int_equal(f->crossed[0], corp); /* outermost first */
  assert_int_equal(f->crossed[1], vault);
  assert_true(f->facts.crosses);
  assert_true(f->facts.into_higher);
  assert_int_equal(f->facts.src_trust, 0);
  assert_int_equal(f->facts.dst_trust, 3); /* vault */
  f = &ir->flows[f_out];
  assert_int_equal(f->n_crossed, 3);
  assert_int_equal(f->crossed[0], vault); /* exited innermost first */
  assert_int_equal(f->crossed[1], corp);
  assert_int_equal(f->crossed[2], dmz);
  assert_false(f->facts.into_higher);
  f = &ir->flows[f_down];
  assert_int_equal(f->n_crossed, 1);
  assert_int_equal(f->crossed[0], vault);
  f = &ir->flows[f_same];
  assert_int_equal(f->n_crossed, 0);
  assert_false(f->facts.crosses);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void bidirectional_down_is_into_higher(void **state) {
  tmc_ir *ir = new_ir();
  tmc_diags d = TMC_DIAGS_INIT;
  uint32_t corp = boundary(ir, "corp", "Corporate", TMC_NONE, TMC_BOUNDARY_CLUSTER);
  uint32_t app = element(ir, "app", corp), user = element(ir, "user", TMC_NONE);
  uint32_t one = tmc_ir_add_flow(ir, 0, app, user);
  uint32_t both = tmc_ir_add_flow(ir, 0, app, user);
  ir->flows[both].bidirectional = true;
  run(ir, &d);
  assert_false(ir->flows[one].facts.into_higher);
  assert_true(ir->flows[both].facts.into_higher);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void boxes_place_and_nest_by_geometry(void **state) {
  tmc_ir *ir = new_ir();
  tmc_diags d = TMC_DIAGS_INIT;
  uint32_t big = boundary(ir, "big", "Corporate", TMC_NONE, TMC_BOUNDARY_BOX);
  ir->boundaries[big].has_geom = true;
  ir->boundaries[big].geom = (tmc_rect){0, 0, 1000, 1000};
  uint32_t small = boundary(ir, "small", "Restricted", TMC_NONE, TMC_BOUNDARY_BOX);
  ir->boundaries[small].has_geom = true;
  ir->boundaries[small].geom = (tmc_rect){100, 100, 200, 200};
  uint32_t in_small = element(ir, "db", TMC_NONE);
  ir->elements[in_small].has_geom = true;
  ir->elements[in_small].geom = (tmc_rect){150, 150, 40, 40};
  uint32_t in_big = element(ir, "app", TMC_NONE);
  ir->elements[in_big].has_geom = true;
  ir->elements[in_big].geom = (tmc_rect){500, 500, 40, 40};
  uint32_t straddle = element(ir, "half", TMC_NONE); /* sticks out of small */
  ir->elements[straddle].has_geom = true;
  ir->elements[straddle].geom = (tmc_rect){280, 150, 40, 40};
  uint32_t out = element(ir, "user", TMC_NONE);
  ir->elements[out].has_geom = true;
  ir->elements[out].geom = (tmc_rect){2000, 0, 40, 40};
  uint32_t fl = tmc_ir_add_flow(ir, 0, out, in_small);
  run(ir, &d);
  assert_int_equal(ir->boundaries[small].parent, big);
  assert_int_equal(ir->boundaries[small].depth, 1);
  assert_int_equal(ir->elements[in_small].boundary, small); /* the smallest box */
  assert_int_equal(ir->elements[in_big].boundary, big);
  assert_int_equal(ir->elements[straddle].boundary, big);
  assert_int_equal(ir->elements[out].boundary, TMC_NONE);
  assert_int_equal(ir->flows[fl].n_crossed, 2);
  assert_int_equal(ir->flows[fl].crossed[0], big);
  assert_int_equal(ir->flows[fl].crossed[1], small);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static void lines_are_crossed_by_segments(void **state) {
  tmc_ir *ir = new_ir();
  tmc_diags d = TMC_DIAGS_INIT;
  uint32_t line = boundary(ir, "fence", "Internal", TMC_NONE, TMC_BOUNDARY_LINE);
  static tmc_point pts[] = {{500, 0}, {500, 400}, {600, 1000}};
  ir->boundaries[line].pts = pts;
  ir->boundaries[line].n_pts = 3;
  uint32_t left = element(ir, "left", TMC_NONE), right = element(ir, "right", TMC_NONE);
  uint32_t left2 = element(ir, "left2", TMC_NONE);
  ir->elements[left].has_geom = ir->elements[right].has_geom = true;
  ir->elements[left2].has_geom = true;
  ir->elements[left].geom = (tmc_rect){100, 700, 20, 20};
  ir->elements[right].geom = (tmc_rect){900, 700, 20, 20};
  ir->elements[left2].geom = (tmc_rect){100, 100, 20, 20};
  uint32_t across = tmc_ir_add_flow(ir, 0, left, right);
  uint32_t along = tmc_ir_add_flow(ir, 0, left, left2);
  run(ir, &d);
  assert_int_equal(ir->boundaries[line].trust, 2);
  assert_int_equal(ir->flows[across].n_crossed, 1);
  assert_int_equal(ir->flows[across].crossed[0], line);
  /* Crossing a line enters its trust from the untrusted side. */
  assert_int_equal(ir->flows[across].facts.dst_trust, 2);
  assert_true(ir->flows[across].facts.into_higher);
  assert_int_equal(ir->flows[along].n_crossed, 0);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

static uint32_t box(tmc_ir *ir, const char *id, tmc_rect r, uint32_t parent,
                    tmc_boundary_form form) {
  uint32_t b = boundary(ir, id, "", parent, form);
  ir->boundaries[b].has_geom = true;
  ir->boundaries[b].geom = r;
  return b;
}

/* n concentric boxes, listed innermost first (so a child comes before its
 * parent), an element in the middle and one outside, and a flow between. */
static tmc_ir *concentric(uint32_t n) {
  tmc_ir *ir = new_ir();
  for (uint32_t k = n; k-- > 0;) {
    double at = 5.0 * k, size = 100000 - 10.0 * k;
    box(ir, tmc_arena_printf(ir->arena, "b%u", k), (tmc_rect){at, at, size, size},
        TMC_NONE, TMC_BOUNDARY_BOX);
  }
  uint32_t mid = element(ir, "mid", TMC_NONE), out = element(ir, "out", TMC_NONE);
  ir->elements[mid].has_geom = ir->elements[out].has_geom = true;
  ir->elements[mid].geom = (tmc_rect){50000, 50000, 10, 10};
  ir->elements[out].geom = (tmc_rect){-500, -500, 10, 10};
  tmc_ir_add_flow(ir, 0, out, mid);
  return ir;
}

/* Boxes nest by geometry after the front end's depth check, so the pass
 * holds them to --max-depth itself; and nesting, trust and placement cost
 * index queries, not a scan of every pair and a walk up per pair. */
static void concentric_boxes_capped_and_cheap(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = concentric(100);
  tmc_pass_opts o = TMC_PASS_OPTS_INIT;
  assert_int_equal(tmc_pass_boundaries(ir, &o, &d), -1);
  assert_int_equal(d.errors, 1);
  assert_non_null(strstr(d.v[0].msg, "nested 65 levels deep, more than the limit of 64"));
  assert_non_null(strstr(d.v[0].msg, "--max-depth"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);

  /* 64 levels are fine. */
  ir = concentric(64);
  run(ir, &d);
  assert_int_equal(d.errors, 0);
  tmc_ir_free(ir);

  enum { N = 3000 };
  ir = concentric(N);
  o.max_depth = N + 1;
  uint64_t before = tmc_rectidx_work();
  assert_int_equal(tmc_pass_boundaries(ir, &o, &d), 0);
  uint64_t work = tmc_rectidx_work() - before;
  assert_int_equal(tmc_ir_check(ir, "boundaries", &d), 0);
  /* b0 is the outermost and last in the array; each box sits in the next
   * larger one, trust counts up from 1 and stops at 9. */
  const tmc_boundary *outer = &ir->boundaries[N - 1], *inner = &ir->boundaries[0];
  assert_string_equal(outer->id, "b0");
  assert_int_equal(outer->parent, TMC_NONE);
  assert_int_equal(outer->trust, 1);
  assert_int_equal(inner->depth, N - 1);
  assert_int_equal(inner->parent, 1);
  assert_int_equal(ir->boundaries[N - 3].trust, 3);
  assert_int_equal(inner->trust, 9);
  assert_int_equal(ir->elements[0].boundary, 0);
  assert_int_equal(ir->flows[0].n_crossed, N);
  assert_int_equal(ir->flows[0].crossed[0], N - 1); /* outermost first */
  print_message("index nodes visited for %u concentric boxes: %llu\n", N,
                (unsigned long long)work);
  assert_true(work > 0 && work < 200u * N);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A front end's container may be drawn larger than its parent: geometry must
 * not hang the parent inside its own child. */
static void nesting_never_makes_a_cycle(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = new_ir();
  uint32_t a =
      box(ir, "a", (tmc_rect){100, 100, 10, 10}, TMC_NONE, TMC_BOUNDARY_CONTAINER);
  uint32_t b = box(ir, "b", (tmc_rect){0, 0, 1000, 1000}, a, TMC_BOUNDARY_CONTAINER);
  uint32_t c = box(ir, "c", (tmc_rect){-10, -10, 2000, 2000}, TMC_NONE, TMC_BOUNDARY_BOX);
  run(ir, &d);
  assert_int_equal(ir->boundaries[b].parent, a);
  assert_int_equal(ir->boundaries[a].parent, c); /* not b, its own child */
  assert_int_equal(ir->boundaries[b].depth, 2);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(trust_from_attribute_words_and_nesting),
      cmocka_unit_test(crossings_between_clusters),
      cmocka_unit_test(bidirectional_down_is_into_higher),
      cmocka_unit_test(boxes_place_and_nest_by_geometry),
      cmocka_unit_test(lines_are_crossed_by_segments),
      cmocka_unit_test(concentric_boxes_capped_and_cheap),
      cmocka_unit_test(nesting_never_makes_a_cycle),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
