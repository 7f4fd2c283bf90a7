/* test_identity.c - finding identities: the per-target cache gives exactly
 * the identities of tmc_finding_identity (whatever order findings come in),
 * and the identify pass writes "%016llx:%u" fingerprints, numbering
 * findings that share a hash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "passes/identity.h"
#include "passes/passes.h"

static void add(tmc_ir *ir, const char *rule, tmc_target kind, uint32_t target) {
  uint32_t i = tmc_ir_add_finding(ir);
  ir->findings[i].rule_id = rule;
  ir->findings[i].target_kind = kind;
  ir->findings[i].target = target;
}

/* Two pages, elements with and without a qname, a flow whose id is its
 * endpoints, a parallel flow with an id of its own, a path; findings of
 * several rules on each, interleaved, some twice. */
static tmc_ir *build(void) {
  tmc_ir *ir = tmc_ir_new("id.dot");
  tmc_ir_add_page(ir, "P1");
  tmc_ir_add_page(ir, "P2");
  uint32_t a = tmc_ir_add_element(ir, 0, "a");
  uint32_t b = tmc_ir_add_element(ir, 0, "b");
  uint32_t c = tmc_ir_add_element(ir, 1, "c");
  ir->elements[a].qname = "P1/a";
  ir->elements[c].qname = "c";
  uint32_t f0 = tmc_ir_add_flow(ir, 0, a, b);
  ir->flows[f0].id = "P1/a -> b";
  uint32_t f1 = tmc_ir_add_flow(ir, 0, a, b);
  ir->flows[f1].id = "edge-7";
  ir->flows[f1].key = "k7";
  ir->flows[f1].label = "parallel";
  uint32_t p = tmc_ir_add_path(ir);
  ir->paths[p].entry = a;
  ir->paths[p].asset = c;
  ir->paths[p].n_hops = 3;
  ir->paths[p].hops = tmc_arena_alloc(ir->arena, 3 * sizeof(tmc_hop));
  ir->paths[p].hops[0].element = a;
  ir->paths[p].hops[1].element = b;
  ir->paths[p].hops[2].element = c;
  const char *rules[] = {"R1", "R2", "", NULL};
  for (int round = 0; round < 2; round++)
    for (int r = 0; r < 4; r++) {
      add(ir, rules[r], TMC_TARGET_ELEMENT, a);
      add(ir, rules[r], TMC_TARGET_FLOW, f1);
      add(ir, rules[r], TMC_TARGET_ELEMENT, c);
      add(ir, rules[r], TMC_TARGET_FLOW, f0);
      add(ir, rules[r], TMC_TARGET_PATH, p);
      add(ir, rules[r], TMC_TARGET_ELEMENT, b);
      add(ir, rules[(r + 1) % 4], TMC_TARGET_FLOW, f1);
    }
  add(ir, "R1", TMC_TARGET_ELEMENT, 99); /* out of range: "?" */
  return ir;
}

static void cache_matches_direct(void **state) {
  (void)state;
  tmc_ir *ir = build();
  tmc_arena *a = tmc_arena_new();
  tmc_identities *c = tmc_identities_new(ir);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_identity want, got;
    tmc_finding_identity(ir, &ir->findings[i], a, &want);
    tmc_identities_get(c, &ir->findings[i], &got);
    assert_true(want.hash == got.hash);
    assert_string_equal(want.fq, got.fq);
    assert_string_equal(want.page, got.page);
    assert_string_equal(want.rule_id, got.rule_id);
  }
  /* The parts that make the hash, as documented: rule, kind, target ids,
   * the flow's key= (else its label), the page key (pages without a draw.io
   * id fall back to their names when there are several). */
  tmc_identity id;
  tmc_identities_get(c, &ir->findings[1], &id); /* R1 on flow edge-7 */
  assert_string_equal(id.fq, "P1/a -> b");
  uint64_t h = 0;
  const char *parts[] = {"R1", "flow", "P1/a -> b", "k7", "P1"};
  for (int k = 0; k < 5; k++)
    h = tmc_hash64(parts[k], strlen(parts[k]) + 1, h);
  assert_true(id.hash == h);
  /* Without a key the label tells parallel flows apart; with a page id the
   * page's name is left out, so renaming the page keeps the identity. */
  ir->flows[1].key = NULL;
  ir->pages[0].id = "pg-1";
  ir->pages[0].name = "Renamed";
  tmc_identity id2;
  tmc_finding_identity(ir, &ir->findings[1], a, &id2);
  const char *parts2[] = {"R1", "flow", "pg-1/a -> b", "parallel", "pg-1"};
  h = 0;
  for (int k = 0; k < 5; k++)
    h = tmc_hash64(parts2[k], strlen(parts2[k]) + 1, h);
  assert_true(id2.hash == h);
  ir->pages[0].name = "P1";
  ir->pages[0].id = NULL;
  tmc_identities_get(c, &ir->findings[4], &id); /* R1 on the path */
  assert_string_equal(id.fq, "P1/a -> b -> c");
  assert_string_equal(id.page, "P2");
  tmc_identities_free(c);
  tmc_identities_free(NULL);
  tmc_arena_free(a);
  tmc_ir_free(ir);
}

static void pass_writes_fingerprints(void **state) {
  (void)state;
  tmc_ir *ir = build();
  tmc_pass_opts opts = TMC_PASS_OPTS_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_pass_identify(ir, &opts, &d), 0);
  tmc_arena *a = tmc_arena_new();
  uint32_t twice = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_identity id;
    tmc_finding_identity(ir, &ir->findings[i], a, &id);
    /* k: 1 + earlier findings with the same hash, in finding order. */
    uint32_t k = 1;
    for (uint32_t j = 0; j < i; j++) {
      tmc_identity o;
      tmc_finding_identity(ir, &ir->findings[j], a, &o);
      k += o.hash == id.hash;
    }
    twice += k > 1;
    char want[40];
    snprintf(want, sizeof want, "%016llx:%u", (unsigned long long)id.hash, k);
    assert_string_equal(ir->findings[i].fingerprint, want);
  }
  assert_true(twice > 0);
  tmc_arena_free(a);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(cache_matches_direct),
      cmocka_unit_test(pass_writes_fingerprints),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
