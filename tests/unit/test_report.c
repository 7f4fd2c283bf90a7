/* test_report.c - the report model: the order pass puts the attack paths in
 * the one display order and numbers them by position, the plan pass writes
 * the mitigation plan into the IR, and the report view (backends/report.c)
 * gives the same orders and plan for an IR that skipped both passes, so a
 * report can never number or plan differently from another.
 *
 * The one idea: every example is analysed twice, once through the whole
 * pipeline and once stopped before 'order' and 'plan', and the two are compared by
 * values (entry, asset, rank of a path; control, findings, risk of an item),
 * never by index, because the first IR's paths have moved. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/report.h"
#include "cli/driver.h"
#include "frontend/frontend.h"
#include "ir/jsonread.h"
#include "passes/order.h"
#include "passes/passes.h"
#include "ir_helpers.h"

static const char *const examples[] = {
    "examples/sentiment-api.dot",    "examples/sentiment-api.drawio",
    "examples/rag-chatbot.dot",      "examples/rag-chatbot.drawio",
    "examples/mlops-platform.dot",   "examples/mlops-platform.drawio",
    "examples/public-model-hub.dot", "examples/public-model-hub.drawio",
};

static tmc_catalog *cat;

static int setup(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  int rc = tmc_catalog_new(&cat, &d);
  tmc_diags_free(&d);
  return rc;
}

static int teardown(void **state) {
  (void)state;
  tmc_catalog_free(cat);
  return 0;
}

/* The example analysed by every pass, or only up to 'calibrate' (the pass
 * before 'order' and 'plan') when skip_report_passes; NULL when the example
 * is not there. */
static tmc_ir *analyse(const char *path, bool skip_report_passes) {
  tmc_diags d = TMC_DIAGS_INIT;
  char *data = NULL;
  size_t len = 0;
  if (tmc_read_file(&data, &len, path, 1 << 24, &d) < 0) {
    tmc_diags_free(&d);
    return NULL;
  }
  tmc_ir *ir =
      ir_analysed(path, data, len, cat, skip_report_passes ? "calibrate" : NULL, &d);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  free(data);
  return ir;
}

static bool same_path(const tmc_path *a, const tmc_path *b) {
  if (a->entry != b->entry || a->asset != b->asset || a->rank != b->rank ||
      a->n_hops != b->n_hops)
    return false;
  for (uint32_t h = 0; h < a->n_hops; h++)
    if (a->hops[h].element != b->hops[h].element || a->hops[h].flow != b->hops[h].flow)
      return false;
  return true;
}

/* After the order pass, ir->paths is in display order: most dangerous first
 * (score, then likelihood, then severity never rise), and each finding on a
 * path still names its path (the title says "Attack path: ENTRY to ASSET"). */
static void test_paths_in_display_order(void **state) {
  (void)state;
  uint32_t seen = 0;
  for (size_t x = 0; x < sizeof examples / sizeof *examples; x++) {
    tmc_ir *ir = analyse(examples[x], false);
    if (!ir)
      continue;
    seen++;
    assert_non_null(ir->el_order);
    assert_non_null(ir->fl_order);
    assert_true(ir->n_paths > 1);
    for (uint32_t i = 1; i < ir->n_paths; i++) {
      const tmc_path *a = &ir->paths[i - 1], *b = &ir->paths[i];
      assert_true(a->score >= b->score);
      if (a->score == b->score) {
        assert_true(a->likelihood >= b->likelihood);
        if (a->likelihood == b->likelihood)
          assert_true(a->severity >= b->severity);
      }
    }
    uint32_t on_paths = 0;
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      if (f->target_kind != TMC_TARGET_PATH || !f->title ||
          strncmp(f->title, "Attack path: ", 13) != 0)
        continue;
      const tmc_path *p = &ir->paths[f->target];
      char want[512];
      snprintf(want, sizeof want, "Attack path: %s to %s",
               tmc_element_name(&ir->elements[p->entry]),
               tmc_element_name(&ir->elements[p->asset]));
      assert_string_equal(f->title, want);
      on_paths++;
    }
    assert_true(on_paths > 0);
    tmc_ir_free(ir);
  }
  assert_true(seen > 0);
}

/* The report view of an IR that skipped 'order' and 'plan' numbers the
 * paths and plans exactly as the passes do. */
static void test_view_agrees_with_passes(void **state) {
  (void)state;
  for (size_t x = 0; x < sizeof examples / sizeof *examples; x++) {
    tmc_ir *done = analyse(examples[x], false), *raw = analyse(examples[x], true);
    if (!done || !raw) {
      tmc_ir_free(done);
      tmc_ir_free(raw);
      continue;
    }
    assert_null(raw->el_order);
    assert_null(raw->plan);
    tmc_report_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.catalog = cat;
    tmc_report_view *own_done = NULL, *own_raw = NULL;
    const tmc_report_view *vd = tmc_report_view_get(done, &ctx, &own_done);
    const tmc_report_view *vr = tmc_report_view_get(raw, &ctx, &own_raw);
    assert_non_null(own_done); /* no cache in ctx: the caller owns it */
    assert_int_equal(done->n_paths, raw->n_paths);
    /* Path i of the ordered IR is path number i+1; the raw IR's path with
     * that number is the same path. */
    for (uint32_t i = 0; i < done->n_paths; i++) {
      assert_int_equal(tmc_report_path_number(vd, i), i + 1);
      const tmc_path *r = &raw->paths[vr->path_order[i]];
      assert_int_equal(tmc_report_path_number(vr, vr->path_order[i]), i + 1);
      assert_true(same_path(&done->paths[i], r));
    }
    /* The same orders of elements, flows and open findings. */
    assert_memory_equal(vd->el_order, vr->el_order, done->n_elements * sizeof(uint32_t));
    assert_memory_equal(vd->fl_order, vr->fl_order, done->n_flows * sizeof(uint32_t));
    assert_int_equal(vd->n_open, vr->n_open);
    assert_memory_equal(vd->risk_order, vr->risk_order, vd->n_open * sizeof(uint32_t));
    /* The same plan; the raw plan's paths in the raw IR's indices. */
    assert_true(vd->n_plan > 0);
    assert_int_equal(vd->n_plan, vr->n_plan);
    assert_int_equal(vd->plan_unnamed, vr->plan_unnamed);
    int last = 1 << 30;
    for (uint32_t k = 0; k < vd->n_plan; k++) {
      const tmc_plan_item *a = &vd->plan[k], *b = &vr->plan[k];
      assert_string_equal(a->control, b->control);
      assert_int_equal(a->risk, b->risk);
      assert_true(a->risk <= last); /* most risk removed first */
      last = a->risk;
      int sum = 0;
      for (uint32_t q = 0; q < a->n_findings; q++) {
        sum += done->findings[a->findings[q]].score;
        assert_int_equal(done->findings[a->findings[q]].status, TMC_STATUS_OPEN);
      }
      assert_int_equal(sum, a->risk);
      assert_int_equal(a->n_findings, b->n_findings);
      assert_int_equal(a->n_paths, b->n_paths);
      for (uint32_t q = 0; q < a->n_paths; q++) {
        assert_true(q == 0 || a->paths[q - 1] < a->paths[q]); /* in path order */
        assert_true(same_path(&done->paths[a->paths[q]], &raw->paths[b->paths[q]]));
      }
    }
    tmc_report_view_free(own_done);
    tmc_report_view_free(own_raw);
    tmc_ir_free(done);
    tmc_ir_free(raw);
  }
}

/* The risk order holds exactly the open findings, highest score first, when
 * most findings are closed (their indices run past the number of open ones:
 * an ASan build with TMC_ARENA_MALLOC catches an order that overruns). */
static void test_risk_order_with_closed_findings(void **state) {
  (void)state;
  tmc_ir *ir = analyse(examples[0], true);
  if (!ir)
    skip();
  for (uint32_t i = 0; i < ir->n_findings; i += 3)
    ir->findings[i].status = TMC_STATUS_MITIGATED;
  uint32_t open = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    open += ir->findings[i].status == TMC_STATUS_OPEN;
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.catalog = cat;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_pass_order(ir, &po, &d), 0);
  assert_int_equal(tmc_pass_plan(ir, &po, &d), 0);
  assert_int_equal(tmc_ir_check(ir, "plan", &d), 0);
  assert_int_equal(ir->n_risk, open);
  uint8_t *seen = calloc(ir->n_findings + 1, 1);
  for (uint32_t j = 0; j < ir->n_risk; j++) {
    const tmc_finding *f = &ir->findings[ir->risk_order[j]];
    assert_int_equal(f->status, TMC_STATUS_OPEN);
    assert_false(seen[ir->risk_order[j]]);
    seen[ir->risk_order[j]] = 1;
    if (j)
      assert_true(ir->findings[ir->risk_order[j - 1]].score >= f->score);
  }
  free(seen);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* With a cache in the context, every back end of the run gets one view. */
static void test_view_cached(void **state) {
  (void)state;
  tmc_ir *ir = analyse(examples[0], false);
  if (!ir)
    skip();
  tmc_view_cache cache = {0};
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = cat;
  ctx.views = &cache;
  tmc_report_view *own = NULL;
  const tmc_report_view *a = tmc_report_view_get(ir, &ctx, &own);
  assert_null(own);
  const tmc_report_view *b = tmc_report_view_get(ir, &ctx, &own);
  assert_null(own);
  assert_ptr_equal(a, b);
  tmc_view_cache_clear(&cache);
  assert_null(cache.view);
  tmc_ir_free(ir);
}

/* --dump-ir shows the plan: items with their control, risk and the indices
 * of the findings they close and the paths they harden. */
static void test_dump_shows_plan(void **state) {
  (void)state;
  tmc_ir *ir = analyse(examples[0], false);
  if (!ir)
    skip();
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_buf b = TMC_BUF_INIT;
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = cat;
  assert_int_equal(tmc_backend_json(&b, ir, &ctx, &d), 0);
  uint32_t line = 0, col = 0;
  tmc_jv *v = tmc_jv_parse(b.data, &line, &col);
  assert_non_null(v);
  assert_int_equal(tmc_jv_len(v, "plan"), ir->n_plan);
  assert_string_equal(tmc_jv_str(v, "plan/0/control"), ir->plan[0].control);
  assert_int_equal((int)tmc_jv_num(v, "plan/0/risk"), ir->plan[0].risk);
  assert_int_equal(tmc_jv_len(v, "plan/0/findings"), ir->plan[0].n_findings);
  assert_int_equal(tmc_jv_len(v, "plan/0/paths"), ir->plan[0].n_paths);
  assert_int_equal((int)tmc_jv_num(v, "plan_unnamed"), (int)ir->plan_unnamed);
  tmc_jv_free(v);
  tmc_buf_free(&b);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* The radix sort of integer keys is the comparison order exactly: each key
 * larger first, then the item number; keys of wide ranges (negative,
 * INT_MIN..INT_MAX) included, and it refuses keys too wide to pack. */
typedef struct irow {
  int k[4];
  uint32_t i;
} irow;

static int cmp_irow(const void *pa, const void *pb) {
  const irow *a = pa, *b = pb;
  for (int j = 0; j < 4; j++)
    if (a->k[j] != b->k[j])
      return a->k[j] > b->k[j] ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

static void test_sort_ints_is_the_comparison_order(void **state) {
  (void)state;
  enum { N = 5000 };
  int *keys = malloc(N * 4 * sizeof *keys);
  irow *rows = malloc(N * sizeof *rows);
  uint32_t *idx = malloc(N * sizeof *idx);
  uint32_t x = 12345;
  for (int round = 0; round < 3; round++) {
    for (uint32_t i = 0; i < N; i++) {
      for (int j = 0; j < 4; j++) {
        x = x * 1103515245u + 12345u;
        int v = (int)(x >> 8) % (round == 0 ? 3 : round == 1 ? 1000 : 70000) - 500;
        if (round == 2 && j == 3)
          v = 7; /* a key every row shares takes no bits */
        keys[i * 4 + j] = rows[i].k[j] = v;
      }
      rows[i].i = i;
    }
    assert_true(tmc_order_sort_ints(keys, 4, N, idx));
    qsort(rows, N, sizeof *rows, cmp_irow);
    for (uint32_t i = 0; i < N; i++)
      assert_int_equal(idx[i], rows[i].i);
  }
  /* Five keys spanning all of int need 160 bits: refused, idx untouched. */
  int wide[10] = {INT32_MIN, INT32_MIN, INT32_MIN, INT32_MIN, INT32_MIN,
                  INT32_MAX, INT32_MAX, INT32_MAX, INT32_MAX, INT32_MAX};
  idx[0] = idx[1] = 99;
  assert_false(tmc_order_sort_ints(wide, 5, 2, idx));
  assert_int_equal(idx[0], 99);
  /* Two such keys fit in 128 bits. */
  assert_true(tmc_order_sort_ints(wide, 2, 5, idx));
  free(keys);
  free(rows);
  free(idx);
}

static void test_str_ranks(void **state) {
  (void)state;
  char b1[] = "beta", b2[] = "beta"; /* equal strings at two addresses */
  const char *s[] = {b1, "alpha", NULL, b2, "", "gamma", "alpha"};
  uint32_t r[7];
  tmc_order_str_ranks(s, 7, r);
  uint32_t want[7] = {2, 1, 0, 2, 0, 3, 1}; /* NULL is "" */
  for (int i = 0; i < 7; i++)
    assert_int_equal(r[i], want[i]);
}

/* Every path names its goal (issue #16 item 2): the aim's words, the chain
 * after them when it says more, the chain alone when it starts with them. */
static void test_path_goal_words(void **state) {
  (void)state;
  static const struct {
    const char *goal, *chain, *want;
  } cases[] = {
      {"exfiltrate data", NULL, "exfiltrate data"},
      {"tamper with a model", "backdoored model reaching production",
       "tamper with a model (backdoored model reaching production)"},
      {"steal credentials", "steal credentials", "steal credentials"},
      {"steal credentials", "steal credentials from a running job",
       "steal credentials from a running job"},
      /* a word that only begins like the goal's is not the goal */
      {"deny service", "deny servicing", "deny service (deny servicing)"},
      {NULL, "indirect prompt injection", "indirect prompt injection"},
      {"hijack a model", "", "hijack a model"},
      {NULL, NULL, ""},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tmc_path p = {.goal = cases[i].goal, .chain = cases[i].chain};
    tmc_buf b = TMC_BUF_INIT;
    tmc_report_path_goal(&b, &p);
    assert_string_equal(b.len ? b.data : "", cases[i].want);
    tmc_buf_free(&b);
  }
}

/* The analysed examples: each path has a goal, a plain asset path included. */
static void test_every_path_has_goal(void **state) {
  (void)state;
  bool plain = false;
  for (size_t e = 0; e < sizeof examples / sizeof *examples; e++) {
    tmc_ir *ir = analyse(examples[e], false);
    if (!ir)
      continue;
    for (uint32_t i = 0; i < ir->n_paths; i++) {
      assert_non_null(ir->paths[i].goal);
      plain |= !ir->paths[i].chain && strcmp(ir->paths[i].goal, "exfiltrate data") == 0;
    }
    tmc_ir_free(ir);
  }
  assert_true(plain);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sort_ints_is_the_comparison_order),
      cmocka_unit_test(test_str_ranks),
      cmocka_unit_test(test_path_goal_words),
      cmocka_unit_test(test_every_path_has_goal),
      cmocka_unit_test(test_paths_in_display_order),
      cmocka_unit_test(test_view_agrees_with_passes),
      cmocka_unit_test(test_risk_order_with_closed_findings),
      cmocka_unit_test(test_view_cached),
      cmocka_unit_test(test_dump_shows_plan),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
