/* test_ir.c - building the IR, its small value types, and the checker that
 * catches a pass which breaks an invariant. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ir/ir.h"

/* A small valid IR: page 0 with a -> b, a in boundary 0 nested in 1. */
static tmc_ir *small(void) {
  tmc_ir *ir = tmc_ir_new("t.dot");
  tmc_ir_add_page(ir, "G");
  uint32_t outer = tmc_ir_add_boundary(ir, 0, "cluster_outer", TMC_BOUNDARY_CLUSTER);
  uint32_t inner = tmc_ir_add_boundary(ir, 0, "cluster_inner", TMC_BOUNDARY_CLUSTER);
  ir->boundaries[inner].parent = outer;
  uint32_t a = tmc_ir_add_element(ir, 0, "a");
  uint32_t b = tmc_ir_add_element(ir, 0, "b");
  ir->elements[a].boundary = inner;
  tmc_ir_add_flow(ir, 0, a, b);
  return ir;
}

static int check(const tmc_ir *ir) {
  tmc_diags d = TMC_DIAGS_INIT;
  int n = tmc_ir_check(ir, "testpass", &d);
  assert_int_equal((int)d.errors, n);
  /* Every violation names the pass that broke it. */
  for (uint32_t i = 0; i < d.n; i++)
    assert_non_null(strstr(d.v[i].msg, "after 'testpass'"));
  tmc_diags_free(&d);
  return n;
}

static void adders_set_defaults(void **state) {
  tmc_ir *ir = tmc_ir_new(NULL);
  assert_string_equal(ir->file, "<stdin>");
  assert_int_equal(tmc_ir_add_page(ir, NULL), 0);
  assert_string_equal(ir->pages[0].name, "");
  uint32_t e = tmc_ir_add_element(ir, 0, "web");
  assert_int_equal(e, 0);
  assert_string_equal(ir->elements[e].id, "web");
  assert_string_equal(ir->elements[e].label, "");
  assert_string_equal(ir->elements[e].qname, "web");
  assert_int_equal(ir->elements[e].boundary, TMC_NONE);
  assert_int_equal(ir->elements[e].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[e].facts.entry_hops, TMC_NONE);
  uint32_t f = tmc_ir_add_flow(ir, 0, e, e);
  assert_int_equal(ir->flows[f].encrypted, TMC_TRI_UNKNOWN);
  assert_int_equal(ir->flows[f].authenticated, TMC_TRI_UNKNOWN);
  assert_string_equal(ir->flows[f].label, "");
  uint32_t b = tmc_ir_add_boundary(ir, 0, "z", TMC_BOUNDARY_BOX);
  assert_int_equal(ir->boundaries[b].trust, -1);
  assert_int_equal(ir->boundaries[b].parent, TMC_NONE);
  assert_int_equal(ir->boundaries[b].form, TMC_BOUNDARY_BOX);
  uint32_t x = tmc_ir_add_finding(ir);
  assert_int_equal(ir->findings[x].target, TMC_NONE);
  assert_string_equal(ir->findings[x].rule_id, "");
  uint32_t p = tmc_ir_add_path(ir);
  assert_int_equal(ir->paths[p].entry, TMC_NONE);
  /* Many adds keep earlier items intact (arrays move as they grow). */
  for (int i = 0; i < 1000; i++)
    tmc_ir_add_element(ir, 0, "n");
  assert_string_equal(ir->elements[0].id, "web");
  assert_int_equal(tmc_ir_find_element(ir, 0, "web"), 0);
  assert_int_equal(tmc_ir_find_element(ir, 0, "nope"), TMC_NONE);
  assert_int_equal(tmc_ir_find_element(ir, 1, "web"), TMC_NONE);
  tmc_ir_free(ir);
  tmc_ir_free(NULL);
}

static void props_are_case_insensitive_and_replace(void **state) {
  tmc_ir *ir = tmc_ir_new("t");
  tmc_ir_add_page(ir, "p");
  uint32_t e = tmc_ir_add_element(ir, 0, "a");
  tmc_props *p = &ir->elements[e].props;
  tmc_props_set(ir, p, "Type", "llm");
  tmc_props_set(ir, p, "data", "pii");
  assert_string_equal(tmc_props_get(p, "type"), "llm");
  assert_string_equal(tmc_props_get(p, "TYPE"), "llm");
  tmc_props_set(ir, p, "TYPE", "process");
  assert_int_equal(p->n, 2);
  assert_string_equal(tmc_props_get(p, "type"), "process");
  assert_null(tmc_props_get(p, "missing"));
  /* Values are copied into the arena. */
  char v[] = "secret";
  tmc_props_set(ir, p, "sensitivity", v);
  v[0] = 'X';
  assert_string_equal(tmc_props_get(p, "sensitivity"), "secret");
  tmc_props_set(ir, p, "empty", NULL);
  assert_string_equal(tmc_props_get(p, "empty"), "");
  tmc_ir_free(ir);
}

/* perf19: a lookup compares the key's tag first; place and loc find a key
 * written in another case, and an element's props copied into a new list
 * (the --context merge copies them so) are still found. */
static void props_tags_fold_case(void **state) {
  (void)state;
  tmc_ir *ir = tmc_ir_new("t");
  tmc_ir_add_page(ir, "p");
  uint32_t e = tmc_ir_add_element(ir, 0, "a");
  tmc_props *p = &ir->elements[e].props;
  tmc_props_set(ir, p, "Sensitivity", "secret");
  tmc_props_set(ir, p, "trust", "2");
  tmc_props_place(p, "SENSITIVITY", 7, 3, 15);
  tmc_loc owner = {"t", 1, 1};
  tmc_loc at = tmc_props_loc(p, "sensitivity", true, owner);
  assert_int_equal(at.line, 7);
  assert_int_equal(at.col, 15);
  assert_int_equal(tmc_props_loc(p, "trust", false, owner).line, 1);
  assert_null(tmc_props_get(p, "sensitivit"));
  assert_null(tmc_props_get(p, NULL));
  tmc_ir_free(ir);
}

/* perf19: the element and flow arrays start on a cache line and each item is
 * whole lines, however far they grow (ir.h: what the walks read shares lines
 * the same way in every item). */
static void arrays_line_aligned(void **state) {
  (void)state;
  assert_int_equal(sizeof(tmc_element) % TMC_LINE, 0);
  assert_int_equal(sizeof(tmc_flow) % TMC_LINE, 0);
  tmc_ir *ir = tmc_ir_new("t");
  tmc_ir_add_page(ir, "p");
  for (uint32_t i = 0; i < 100; i++) {
    char id[16];
    snprintf(id, sizeof id, "n%u", i);
    tmc_ir_add_element(ir, 0, id);
    if (i)
      tmc_ir_add_flow(ir, 0, i - 1, i);
    assert_int_equal((uintptr_t)ir->elements % TMC_LINE, 0);
    assert_int_equal((uintptr_t)ir->flows % TMC_LINE, 0);
  }
  /* the copies kept what was added before each growth */
  assert_string_equal(ir->elements[0].id, "n0");
  assert_string_equal(ir->elements[99].id, "n99");
  assert_int_equal(ir->flows[98].src, 98);
  assert_int_equal(ir->flows[98].dst, 99);
  assert_int_equal(ir->elements[50].boundary, TMC_NONE);
  tmc_ir_free(ir);
}

static void kinds_and_values(void **state) {
  tmc_kind k;
  for (int i = 0; i < TMC_KIND_COUNT; i++) {
    assert_true(tmc_kind_parse(tmc_kind_name((tmc_kind)i), &k));
    assert_int_equal(k, i);
    assert_true(*tmc_kind_title((tmc_kind)i));
    assert_true(*tmc_kind_description((tmc_kind)i));
  }
  assert_true(tmc_kind_parse("Datastore", &k));
  assert_int_equal(k, TMC_KIND_DATA_STORE);
  assert_true(tmc_kind_parse("actor", &k));
  assert_int_equal(k, TMC_KIND_EXTERNAL);
  assert_true(tmc_kind_parse("VECTOR_STORE", &k));
  assert_int_equal(k, TMC_KIND_VECTOR_STORE);
  assert_false(tmc_kind_parse("spaceship", &k));
  assert_false(tmc_kind_parse(NULL, &k));
  assert_true(tmc_kind_is_ai(TMC_KIND_LLM));
  assert_false(tmc_kind_is_ai(TMC_KIND_PROCESS));
  assert_int_equal(tmc_kind_dfd(TMC_KIND_VECTOR_STORE), TMC_DFD_STORE);
  assert_int_equal(tmc_kind_dfd(TMC_KIND_EXTERNAL), TMC_DFD_ENTITY);

  tmc_sensitivity s;
  assert_true(tmc_sensitivity_parse("Confidential", &s));
  assert_int_equal(s, TMC_SENS_CONFIDENTIAL);
  assert_true(tmc_sensitivity_parse("restricted", &s));
  assert_int_equal(s, TMC_SENS_CONFIDENTIAL);
  assert_false(tmc_sensitivity_parse("meh", &s));
  assert_string_equal(tmc_sensitivity_name(TMC_SENS_SECRET), "secret");
  assert_string_equal(tmc_sensitivity_name(TMC_SENS_UNSET), "");

  tmc_severity v;
  assert_true(tmc_severity_parse("HIGH", &v));
  assert_int_equal(v, TMC_SEV_HIGH);
  assert_string_equal(tmc_stride_letter(TMC_STRIDE_I), "I");
  assert_string_equal(tmc_stride_name(TMC_STRIDE_E), "ElevationOfPrivilege");
  assert_string_equal(tmc_stride_letter(TMC_STRIDE_S | TMC_STRIDE_T), "?");
  assert_string_equal(tmc_boundary_form_name(TMC_BOUNDARY_LINE), "line");

  tmc_strlist l = {0};
  tmc_strlist_add(&l, "PII");
  assert_true(tmc_strlist_has(&l, "pii"));
  assert_false(tmc_strlist_has(&l, "pi"));
  tmc_strlist_free(&l);
  assert_int_equal(l.n, 0);
}

static void names_for_reports(void **state) {
  tmc_ir *ir = small();
  assert_string_equal(tmc_element_name(&ir->elements[0]), "a"); /* no label: id */
  ir->elements[0].label = "Alpha";
  assert_string_equal(tmc_element_name(&ir->elements[0]), "Alpha");
  assert_string_equal(tmc_ir_target_name(ir, TMC_TARGET_FLOW, 0), "Alpha -> b");
  ir->flows[0].bidirectional = true;
  assert_string_equal(tmc_ir_target_name(ir, TMC_TARGET_FLOW, 0), "Alpha <-> b");
  assert_string_equal(tmc_ir_target_name(ir, TMC_TARGET_ELEMENT, 99), "?");
  /* Trust of an element: its boundary's, 0 outside, 0 before inference. */
  assert_int_equal(tmc_ir_element_trust(ir, 1), 0);
  assert_int_equal(tmc_ir_element_trust(ir, 0), 0);
  ir->boundaries[1].trust = 3;
  assert_int_equal(tmc_ir_element_trust(ir, 0), 3);
  tmc_ir_free(ir);
}

static void checker_accepts_valid(void **state) {
  tmc_ir *ir = small();
  assert_int_equal(check(ir), 0);
  tmc_ir_free(ir);
}

static void checker_catches_elements(void **state) {
  tmc_ir *ir = small();
  ir->elements[0].page = 5; /* and so flow 0 now joins pages */
  assert_int_equal(check(ir), 2);
  ir->elements[0].page = 0;
  ir->elements[1].boundary = 7;
  assert_int_equal(check(ir), 1);
  ir->elements[1].boundary = TMC_NONE;
  ir->elements[1].kind = TMC_KIND_COUNT;
  assert_int_equal(check(ir), 1);
  ir->elements[1].kind = TMC_KIND_LLM;
  ir->elements[1].label = NULL;
  assert_int_equal(check(ir), 1);
  tmc_ir_free(ir);
}

static void checker_catches_flows(void **state) {
  tmc_ir *ir = small();
  ir->flows[0].dst = 2;
  assert_int_equal(check(ir), 1);
  ir->flows[0].dst = 1;
  /* A flow may not join elements of different pages. */
  tmc_ir_add_page(ir, "Other");
  uint32_t c = tmc_ir_add_element(ir, 1, "c");
  ir->flows[0].dst = c;
  assert_int_equal(check(ir), 1);
  ir->flows[0].dst = 1;
  uint32_t crossed[] = {0, 9};
  ir->flows[0].crossed = crossed;
  ir->flows[0].n_crossed = 2;
  assert_int_equal(check(ir), 1);
  ir->flows[0].n_crossed = 1;
  assert_int_equal(check(ir), 0);
  ir->flows[0].crossed = NULL;
  ir->flows[0].n_crossed = 0;
  tmc_ir_free(ir);
}

static void checker_catches_boundary_tree(void **state) {
  tmc_ir *ir = small();
  ir->boundaries[0].parent = 1; /* 1's parent is 0: a cycle */
  assert_true(check(ir) >= 1);
  ir->boundaries[0].parent = 0; /* its own parent */
  assert_true(check(ir) >= 1);
  ir->boundaries[0].parent = 42;
  assert_true(check(ir) >= 1);
  ir->boundaries[0].parent = TMC_NONE;
  assert_int_equal(check(ir), 0);
  tmc_ir_free(ir);
}

static void checker_catches_findings_and_paths(void **state) {
  tmc_ir *ir = small();
  uint32_t f = tmc_ir_add_finding(ir);
  ir->findings[f].rule_id = "R1";
  ir->findings[f].target_kind = TMC_TARGET_FLOW;
  ir->findings[f].target = 1; /* only flow 0 exists */
  assert_int_equal(check(ir), 1);
  ir->findings[f].target = 0;
  assert_int_equal(check(ir), 0);
  ir->findings[f].target_kind = TMC_TARGET_PATH; /* no paths yet */
  assert_int_equal(check(ir), 1);
  ir->findings[f].target_kind = TMC_TARGET_ELEMENT;
  uint32_t p = tmc_ir_add_path(ir);
  tmc_hop hops[2] = {{.element = 0, .flow = TMC_NONE, .boundary = TMC_NONE},
                     {.element = 1, .flow = 3, .boundary = TMC_NONE}};
  ir->paths[p].hops = hops;
  ir->paths[p].n_hops = 2;
  assert_int_equal(check(ir), 1); /* flow 3 does not exist */
  hops[1].flow = 0;
  assert_int_equal(check(ir), 0);
  ir->paths[p].hops = NULL;
  ir->paths[p].n_hops = 0;
  tmc_ir_free(ir);
}

/* The pairs the paths pass found are kept once each and looked up exactly. */
static void path_pairs_dedupe_and_find(void **state) {
  (void)state;
  tmc_ir *ir = tmc_ir_new("t.dot");
  assert_false(tmc_ir_has_path_pair(ir, 0, 1));
  uint32_t pairs[] = {3, 1, 0, 2, 3, 1, 0, 1, 0, 2};
  tmc_ir_set_path_pairs(ir, pairs, 5);
  assert_int_equal(ir->n_path_pairs, 3);
  assert_true(tmc_ir_has_path_pair(ir, 0, 1));
  assert_true(tmc_ir_has_path_pair(ir, 0, 2));
  assert_true(tmc_ir_has_path_pair(ir, 3, 1));
  assert_false(tmc_ir_has_path_pair(ir, 1, 3)); /* direction counts */
  assert_false(tmc_ir_has_path_pair(ir, 3, 2));
  tmc_ir_set_path_pairs(ir, NULL, 0);
  assert_int_equal(ir->n_path_pairs, 0);
  assert_false(tmc_ir_has_path_pair(ir, 0, 1));
  tmc_ir_free(ir);
}

/* tmc_finding_release frees the five lists a finding owns and leaves a
 * rule's borrowed lists alone (the context pass drops findings with it; an
 * ASan build sees a leak or a double free). */
static void finding_release_owned_and_borrowed(void **state) {
  (void)state;
  tmc_ir *ir = tmc_ir_new("t.dot");
  tmc_strlist rule_atlas = {0};
  tmc_strlist_add(&rule_atlas, "AML.T0051");
  uint32_t a = tmc_ir_add_finding(ir), b = tmc_ir_add_finding(ir);
  tmc_finding *own = &ir->findings[a], *lent = &ir->findings[b];
  tmc_strlist_add(&own->atlas, "AML.T0051");
  tmc_strlist_add(&own->owasp, "LLM01:2025");
  tmc_strlist_add(&own->cwe, "CWE-77");
  tmc_strlist_add(&own->capec, "CAPEC-137");
  tmc_strlist_add(&own->mitigations, "prompt_injection_filter");
  lent->atlas = rule_atlas;
  lent->lists_borrowed = true;
  tmc_finding_release(own);
  assert_int_equal(
      own->atlas.n + own->owasp.n + own->cwe.n + own->capec.n + own->mitigations.n, 0);
  assert_null(own->atlas.v);
  assert_null(own->mitigations.v);
  tmc_finding_release(own); /* twice is harmless */
  tmc_finding_release(lent);
  assert_ptr_equal(lent->atlas.v, rule_atlas.v);
  assert_int_equal(lent->atlas.n, 1);
  tmc_ir_free(ir); /* releases both again: nothing left to free */
  assert_string_equal(rule_atlas.v[0], "AML.T0051");
  tmc_strlist_free(&rule_atlas);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(path_pairs_dedupe_and_find),
      cmocka_unit_test(adders_set_defaults),
      cmocka_unit_test(props_are_case_insensitive_and_replace),
      cmocka_unit_test(props_tags_fold_case),
      cmocka_unit_test(arrays_line_aligned),
      cmocka_unit_test(kinds_and_values),
      cmocka_unit_test(names_for_reports),
      cmocka_unit_test(checker_accepts_valid),
      cmocka_unit_test(checker_catches_elements),
      cmocka_unit_test(checker_catches_flows),
      cmocka_unit_test(checker_catches_boundary_tree),
      cmocka_unit_test(checker_catches_findings_and_paths),
      cmocka_unit_test(finding_release_owned_and_borrowed),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
