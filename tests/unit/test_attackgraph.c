/* test_attackgraph.c - the attacker's movement graph built once per run: the
 * reach pass builds the moves (tmc_agraph_moves), the paths pass weighs them
 * with its costs (tmc_agraph_weigh). Checks the weighed graph against the
 * rules it must keep (one arc per pair, the cheapest flow, ties to the lower
 * flow rank, arcs and in-arcs in rank order), and that a run sharing the
 * moves through tmc_analyse writes the same report as passes that each build
 * their own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "catalog/catalog.h"
#include "cli/driver.h"
#include "ir_helpers.h"
#include "passes/attackgraph.h"
#include "passes/flowgraph.h"
#include "passes/passes.h"

static uint32_t lcg(uint32_t *s) {
  *s = *s * 1103515245u + 12345u;
  return (*s >> 16) & 0x7fff;
}

/* n elements of mixed kinds (stores among them, so flows out of a store are
 * reversible), m flows with many parallel ones, some two-way, some
 * self-loops. */
static tmc_ir *generated(uint32_t n, uint32_t m, uint32_t seed) {
  tmc_ir *ir = ir_by_hand("gen.dot", "g", "dot");
  static const tmc_kind kinds[] = {TMC_KIND_PROCESS, TMC_KIND_DATA_STORE,
                                   TMC_KIND_EXTERNAL, TMC_KIND_LLM, TMC_KIND_DATASET};
  for (uint32_t i = 0; i < n; i++) {
    char id[32];
    snprintf(id, sizeof id, "n%u", (i * 7919u) % n); /* names not in index order */
    ir_el(ir, id, id, kinds[lcg(&seed) % 5], TMC_NONE);
  }
  for (uint32_t i = 0; i < m; i++) {
    uint32_t s = lcg(&seed) % n, t = lcg(&seed) % (n / 4 + 1); /* crowded targets */
    uint32_t f = ir_fl(ir, s, t, "data");
    ir->flows[f].bidirectional = lcg(&seed) % 6 == 0;
  }
  return ir;
}

/* A cost that differs between parallel flows and ties often. */
static uint32_t cost_of(const tmc_ir *ir, const tmc_agraph_arc *a, void *ctx) {
  (void)ir;
  (void)ctx;
  return 1 + (a->flow * 7u + a->reverse) % 4;
}

/* What an arc from u to v along flow i costs, or 0 when flow i gives none. */
static uint32_t arc_cost(const tmc_ir *ir, uint32_t i, uint32_t u, uint32_t v) {
  const tmc_flow *f = &ir->flows[i];
  if (f->src == f->dst)
    return 0;
  tmc_agraph_arc a = {u, v, i, false, 0};
  if (f->src == u && f->dst == v)
    return cost_of(ir, &a, NULL);
  a.reverse = true;
  if (f->src == v && f->dst == u && tmc_agraph_reversible(ir, f))
    return cost_of(ir, &a, NULL);
  return 0;
}

static void test_weighed_keeps_the_cheapest(void **state) {
  (void)state;
  tmc_ir *ir = generated(60, 900, 7);
  tmc_agraph moves, g;
  tmc_agraph_moves(&moves, ir, NULL);
  /* Every arc a flow gives, parallel ones included. */
  uint32_t want = 0;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (ir->flows[i].src != ir->flows[i].dst)
      want += 1 + tmc_agraph_reversible(ir, &ir->flows[i]);
  assert_int_equal(moves.n_arcs, want);
  assert_null(moves.in);
  tmc_agraph_weigh(&g, &moves, ir, cost_of, NULL);
  assert_null(moves.arcs); /* taken */
  assert_null(moves.rank);
  uint32_t seen_in = 0;
  for (uint32_t u = 0; u < g.n; u++)
    for (uint32_t a = g.out[u]; a < g.out[u + 1]; a++) {
      const tmc_agraph_arc *x = &g.arcs[a];
      assert_int_equal(x->from, u);
      /* one arc per pair, in the target's rank order */
      if (a > g.out[u])
        assert_true(g.rank[g.arcs[a - 1].to] < g.rank[x->to]);
      /* the cheapest flow joining the pair; ties: the lowest flow rank */
      assert_int_equal(arc_cost(ir, x->flow, u, x->to), x->cost);
      for (uint32_t i = 0; i < ir->n_flows; i++) {
        uint32_t c = arc_cost(ir, i, u, x->to);
        if (!c || i == x->flow)
          continue;
        assert_true(c > x->cost ||
                    (c == x->cost && g.flow_rank[i] > g.flow_rank[x->flow]));
      }
    }
  /* In-arcs: grouped by target, each group in its sources' rank order. */
  for (uint32_t v = 0; v < g.n; v++)
    for (uint32_t k = g.in[v]; k < g.in[v + 1]; k++, seen_in++) {
      assert_int_equal(g.arcs[g.in_arcs[k]].to, v);
      if (k > g.in[v])
        assert_true(g.rank[g.arcs[g.in_arcs[k - 1]].from] <
                    g.rank[g.arcs[g.in_arcs[k]].from]);
    }
  assert_int_equal(seen_in, g.n_arcs);
  tmc_agraph_free(&g);
  tmc_agraph_free(&moves); /* zeroed: a no-op */
  tmc_ir_free(ir);
}

/* The JSON report of ir (every finding, path, hop and fact). */
static bool same_str(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

/* Fails unless the two IRs hold the same attack paths, hop by hop. */
static void same_paths(const char *file, const tmc_ir *a, const tmc_ir *b) {
  if (a->n_paths != b->n_paths)
    fail_msg("%s: %u paths with the shared moves, %u without", file, a->n_paths,
             b->n_paths);
  for (uint32_t i = 0; i < a->n_paths; i++) {
    const tmc_path *p = &a->paths[i], *q = &b->paths[i];
    bool same = p->entry == q->entry && p->asset == q->asset && p->n_hops == q->n_hops &&
                p->cost == q->cost && p->score == q->score &&
                p->severity == q->severity && p->rank == q->rank &&
                same_str(p->chain, q->chain);
    for (uint32_t h = 0; same && h < p->n_hops; h++) {
      const tmc_hop *x = &p->hops[h], *y = &q->hops[h];
      same = x->element == y->element && x->flow == y->flow && x->reverse == y->reverse &&
             same_str(x->technique, y->technique) && same_str(x->control, y->control) &&
             same_str(x->weakness, y->weakness);
    }
    if (!same)
      fail_msg("%s: path %u differs when the paths pass builds its own moves", file,
               i + 1);
  }
}

/* The paths pass as tmc_analyse runs it (the reach pass's moves shared with
 * it) and the same pass called on its own without a shared context (it builds
 * its own graph) find the same paths on every shipped example. The passes
 * before it run through tmc_analyse both times: the analysis has one loop
 * (tests/script/one_pass_loop.sh). */
static void test_shared_moves_same_report(void **state) {
  (void)state;
  static const char *const files[] = {
      "examples/rag-chatbot.dot",    "examples/rag-chatbot.drawio",
      "examples/mlops-platform.dot", "examples/public-model-hub.drawio",
      "examples/sentiment-api.dot",
  };
  tmc_catalog *cat = NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  const tmc_pass *paths = tmc_pass_find("paths");
  assert_non_null(paths);
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char *text = NULL;
    size_t len = 0;
    assert_int_equal(tmc_read_file(&text, &len, files[i], 1 << 24, &d), 0);
    tmc_pass_opts po = TMC_PASS_OPTS_INIT;
    po.catalog = cat;
    tmc_ir *shared = ir_parse(files[i], text, len, &d);
    assert_int_equal(tmc_analyse(shared, &po, "paths", &d), 0);
    tmc_ir *alone = ir_parse(files[i], text, len, &d);
    assert_int_equal(tmc_analyse(alone, &po, "risk", &d), 0);
    assert_null(po.shared);
    assert_int_equal(paths->fn(alone, &po, &d), 0);
    assert_true(shared->n_paths > 0);
    same_paths(files[i], shared, alone);
    tmc_ir_free(shared);
    tmc_ir_free(alone);
    free(text);
  }
  tmc_diags_free(&d);
  tmc_catalog_free(cat);
}

/* review16: one test of a public index or hub (tmc_is_public_hub), shared
 * by the roles and facts passes (on an element's label or id, through the
 * flow graph's memo) and the attack graph (a hub is a service, never a
 * person): a package index, an image registry and a model hub by name,
 * in two wordings each; an own mirror's name alone and people are none. */
static void test_public_hub_named_once(void **state) {
  (void)state;
  const tmc_lexicon *lx = tmc_lexicon_builtin();
  static const struct {
    const char *label;
    bool hub, person;
  } cases[] = {
      {"pypi.org", true, false},        {"Public package index (PyPI)", true, false},
      {"Docker Hub", true, false},      {"Hugging Face Hub public models", true, false},
      {"Kaggle Models", true, false},   {"Data scientists", false, true},
      {"Orders service", false, false},
  };
  size_t n = sizeof cases / sizeof *cases;
  tmc_ir *ir = ir_by_hand("hub.dot", "g", "dot");
  for (size_t i = 0; i < n; i++) {
    char id[16];
    snprintf(id, sizeof id, "e%zu", i);
    ir_el(ir, id, cases[i].label, TMC_KIND_EXTERNAL, TMC_NONE);
  }
  tmc_flowgraph g;
  tmc_flowgraph_build(&g, ir, lx);
  for (size_t i = 0; i < n; i++) {
    const tmc_element *e = &ir->elements[i];
    if (tmc_is_public_hub(lx, cases[i].label) != cases[i].hub ||
        tmc_flowgraph_public_hub(&g, e) != cases[i].hub)
      fail_msg("'%s' %s a public hub", cases[i].label, cases[i].hub ? "is" : "is not");
    if (tmc_agraph_is_person(lx, e) != cases[i].person)
      fail_msg("'%s' %s a person", cases[i].label, cases[i].person ? "is" : "is not");
  }
  tmc_flowgraph_free(&g);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_weighed_keeps_the_cheapest),
      cmocka_unit_test(test_shared_moves_same_report),
      cmocka_unit_test(test_public_hub_named_once), /* review16 */
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
