/* engine_helpers.h - shared by the engine's unit tests (test_apprules,
 * test_catalog, test_cond, test_facts, test_impact, test_risk, test_roles,
 * test_rules_ai, test_validate): the built-in catalog a binary's tests share,
 * build an IR from DOT text and run the pipeline up to a pass, write
 * temporary catalog files, find elements, flows and findings and what a
 * finding cites. */
#ifndef TMC_TEST_ENGINE_HELPERS_H
#define TMC_TEST_ENGINE_HELPERS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog/cond.h"
#include "frontend/frontend.h"
#include "ir_helpers.h"
#include "passes/passes.h"

static tmc_diags diags; /* each test binary has its own */

static inline void reset_diags(void) {
  tmc_diags_free(&diags);
  memset(&diags, 0, sizeof diags);
}

static inline void dump_diags(void) {
  tmc_diags_print(&diags, stderr, false);
}

/* The built-in catalog a test binary's tests share: cmocka's group setup
 * builtin_catalog_setup loads it (printing its errors, if any, and failing
 * the group), builtin_catalog_teardown frees it and the diagnostics:
 *   return cmocka_run_group_tests(tests, builtin_catalog_setup,
 *                                 builtin_catalog_teardown); */
static tmc_catalog *cat;

static inline int builtin_catalog_setup(void **state) {
  (void)state;
  reset_diags();
  if (tmc_catalog_new(&cat, &diags) < 0) {
    dump_diags();
    return -1;
  }
  return 0;
}

static inline int builtin_catalog_teardown(void **state) {
  (void)state;
  tmc_catalog_free(cat);
  cat = NULL;
  reset_diags();
  return 0;
}

/* Parses DOT text and runs every pass up to and including `upto` with
 * catalog c (NULL: none; usually cat). */
static inline tmc_ir *analyse_with(const char *dot, const tmc_catalog *c,
                                   const char *upto) {
  reset_diags();
  return ir_analysed("t.dot", dot, strlen(dot), c, upto, &diags);
}

/* Parses draw.io XML and runs every pass up to and including `upto`
 * (NULL: all) with the built-in catalog; fails the test when it does not
 * read. */
static inline tmc_ir *drawio_analysed(const char *xml, const char *upto) {
  reset_diags();
  tmc_ir *ir = ir_analysed("t.drawio", xml, strlen(xml), cat, upto, &diags);
  if (!ir)
    dump_diags();
  assert_non_null(ir);
  return ir;
}

static inline uint32_t elem(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return i;
  fail_msg("no element '%s'", id);
  return TMC_NONE;
}

/* The element named id (fails the test when there is none). */
static inline const tmc_element *elem_at(const tmc_ir *ir, const char *id) {
  return &ir->elements[elem(ir, id)];
}

/* The kind tmc gave the element named id (fails the test when there is
 * none). */
static inline tmc_kind kind_at(const tmc_ir *ir, const char *id) {
  return elem_at(ir, id)->kind;
}

/* Is the element named id an entry point (fails the test when there is
 * none)? */
static inline bool entry_at(const tmc_ir *ir, const char *id) {
  return elem_at(ir, id)->facts.is_entry;
}

/* Is there an element named id (a front end's test of what it reads)? */
static inline bool has_element(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return true;
  return false;
}

static inline uint32_t flow(const tmc_ir *ir, const char *src, const char *dst) {
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (strcmp(ir->elements[ir->flows[i].src].id, src) == 0 &&
        strcmp(ir->elements[ir->flows[i].dst].id, dst) == 0)
      return i;
  fail_msg("no flow '%s -> %s'", src, dst);
  return TMC_NONE;
}

/* The finding of rule on the element or flow named by target ("a" or "a->b"). */
static inline const tmc_finding *finding(const tmc_ir *ir, const char *rule,
                                         const char *target) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (strcmp(f->rule_id, rule) != 0)
      continue;
    char name[256];
    if (f->target_kind == TMC_TARGET_ELEMENT)
      snprintf(name, sizeof name, "%s", ir->elements[f->target].id);
    else
      snprintf(name, sizeof name, "%s->%s", ir->elements[ir->flows[f->target].src].id,
               ir->elements[ir->flows[f->target].dst].id);
    if (strcmp(name, target) == 0)
      return f;
  }
  return NULL;
}

/* Does any finding on target (NULL: any) cite an id starting with prefix? */
static inline bool any_cites(const tmc_ir *ir, const char *target, const char *prefix) {
  size_t n = strlen(prefix);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    char name[256];
    if (f->target_kind == TMC_TARGET_ELEMENT)
      snprintf(name, sizeof name, "%s", ir->elements[f->target].id);
    else if (f->target_kind == TMC_TARGET_FLOW)
      snprintf(name, sizeof name, "%s->%s", ir->elements[ir->flows[f->target].src].id,
               ir->elements[ir->flows[f->target].dst].id);
    else
      name[0] = '\0';
    if (target && strcmp(name, target) != 0)
      continue;
    const tmc_strlist *lists[] = {&f->atlas, &f->owasp};
    for (size_t l = 0; l < 2; l++)
      for (uint32_t k = 0; k < lists[l]->n; k++)
        if (strncmp(lists[l]->v[k], prefix, n) == 0)
          return true;
  }
  return false;
}

/* Does any finding cite an AI framework's id (ATLAS, OWASP LLM or ML)? A
 * system without AI must have none. */
static inline bool any_ai_id(const tmc_ir *ir) {
  return any_cites(ir, NULL, "AML.") || any_cites(ir, NULL, "LLM") ||
         any_cites(ir, NULL, "ML0") || any_cites(ir, NULL, "ML1");
}

/* Does any finding cite one of the ids only an LLM, an agent or retrieval
 * earns? A classic model's system must have none. */
static inline bool any_llm_id(const tmc_ir *ir) {
  static const char *const ids[] = {"AML.T0051", "AML.T0054", "AML.T0056", "AML.T0057",
                                    "AML.T0053", "AML.T0070", "LLM0",      "LLM1"};
  for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
    if (any_cites(ir, NULL, ids[i]))
      return true;
  return false;
}

/* Does finding f (NULL: no) cite id among its ATLAS, OWASP or CWE ids? */
static inline bool cites(const tmc_finding *f, const char *id) {
  return f && (tmc_strlist_has(&f->atlas, id) || tmc_strlist_has(&f->owasp, id) ||
               tmc_strlist_has(&f->cwe, id));
}

static inline uint32_t count_rule(const tmc_ir *ir, const char *rule) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    n += strcmp(ir->findings[i].rule_id, rule) == 0;
  return n;
}

/* Writes text to a fresh temporary file; returns its malloc'd path. */
static inline char *temp_file(const char *text) {
  char tmpl[] = "/tmp/tmc-test-XXXXXX";
  int fd = mkstemp(tmpl);
  assert_true(fd >= 0);
  size_t n = strlen(text);
  assert_int_equal(write(fd, text, n), (ssize_t)n);
  close(fd);
  return strdup(tmpl);
}

/* Is there an error at line:col (col 0 = any) whose message contains needle? */
static inline bool error_at(const char *file, uint32_t line, uint32_t col,
                            const char *needle) {
  for (uint32_t i = 0; i < diags.n; i++) {
    const tmc_diag *x = &diags.v[i];
    if (x->level == TMC_DIAG_ERROR && x->loc.file && strcmp(x->loc.file, file) == 0 &&
        x->loc.line == line && (!col || x->loc.col == col) && strstr(x->msg, needle))
      return true;
  }
  return false;
}

#endif
