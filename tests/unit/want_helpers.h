/* want_helpers.h - rule tests as lists of wants: "this rule fires (or does
 * not) on this element or DOT flow id" for a diagram analysed with the
 * built-in catalog (engine_helpers.h's cat), each want checked against what
 * the diagram draws so a mistyped id fails instead of passing. A want with
 * no rule says whether the target is read as an external entity. */
#ifndef TMC_TEST_WANT_HELPERS_H
#define TMC_TEST_WANT_HELPERS_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "engine_helpers.h"

/* Is there a finding of rule on target (an element id or a DOT flow id
 * "a -> b")? */
static inline bool has(const tmc_ir *ir, const char *rule, const char *target) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (strcmp(f->rule_id, rule) != 0)
      continue;
    const char *id = f->target_kind == TMC_TARGET_ELEMENT ? ir->elements[f->target].id
                     : f->target_kind == TMC_TARGET_FLOW  ? ir->flows[f->target].id
                                                          : "";
    if (strcmp(id, target) == 0)
      return true;
  }
  return false;
}

/* Does a finding of rule on target cite id (an ATLAS, OWASP or CWE id)? */
static inline bool has_id(const tmc_ir *ir, const char *rule, const char *target,
                          const char *id) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const char *at = f->target_kind == TMC_TARGET_ELEMENT ? ir->elements[f->target].id
                     : f->target_kind == TMC_TARGET_FLOW  ? ir->flows[f->target].id
                                                          : "";
    if (strcmp(f->rule_id, rule) != 0 || strcmp(at, target) != 0)
      continue;
    const tmc_strlist *lists[] = {&f->atlas, &f->owasp, &f->cwe};
    for (size_t l = 0; l < 3; l++)
      for (uint32_t k = 0; k < lists[l]->n; k++)
        if (strcmp(lists[l]->v[k], id) == 0)
          return true;
  }
  return false;
}

/* The element drawn as id, or NULL (a want on a mistyped id must fail). */
static inline const tmc_element *element(const tmc_ir *ir, const char *id) {
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (strcmp(ir->elements[i].id, id) == 0)
      return &ir->elements[i];
  return NULL;
}

static inline bool drawn(const tmc_ir *ir, const char *target) {
  if (element(ir, target))
    return true;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (strcmp(ir->flows[i].id, target) == 0)
      return true;
  return false;
}

/* rule == NULL: present says whether target is an external entity. */
typedef struct want {
  const char *rule, *target;
  bool present;
} want;

/* Analyses text as the file name says (case.dot, case.drawio: the name's
 * extension picks the front end) and checks every want; prints the findings
 * when one fails. */
static inline void check_named(const char *name, const char *dot, const want *w,
                               size_t n) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(name, dot, strlen(dot), cat, NULL, &d);
  int bad = 0;
  for (size_t i = 0; i < n; i++) {
    if (!drawn(ir, w[i].target)) {
      fprintf(stderr, "no element or flow %s in:\n%s\n", w[i].target, dot);
      bad++;
      continue;
    }
    bool got = w[i].rule ? has(ir, w[i].rule, w[i].target)
                         : element(ir, w[i].target)->kind == TMC_KIND_EXTERNAL;
    if (got != w[i].present) {
      fprintf(stderr, "%s %s on %s in:\n%s\n", w[i].present ? "missing" : "unexpected",
              w[i].rule ? w[i].rule : "external entity", w[i].target, dot);
      bad++;
    }
  }
  if (bad)
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      fprintf(stderr, "  %s %s\n", f->rule_id,
              f->target_kind == TMC_TARGET_ELEMENT ? ir->elements[f->target].id
              : f->target_kind == TMC_TARGET_FLOW  ? ir->flows[f->target].id
                                                   : "(path)");
    }
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  assert_int_equal(bad, 0);
}

/* A DOT text; ids are node ids and "a -> b". */
static inline void check(const char *dot, const want *w, size_t n) {
  check_named("case.dot", dot, w, n);
}

/* A draw.io text; ids are cell ids. */
static inline void check_drawio(const char *xml, const want *w, size_t n) {
  check_named("case.drawio", xml, w, n);
}

/* The ids a rule's finding on a target cites (aiids34): "this finding
 * cites AML.T0086" (present) or does not. */
typedef struct want_id {
  const char *rule, *target, *id;
  bool present;
} want_id;

static inline void check_ids_named(const char *name, const char *text, const want_id *w,
                                   size_t n) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed(name, text, strlen(text), cat, NULL, &d);
  int bad = 0;
  for (size_t i = 0; i < n; i++)
    if (!drawn(ir, w[i].target) ||
        has_id(ir, w[i].rule, w[i].target, w[i].id) != w[i].present) {
      fprintf(stderr, "%s %s citing %s on %s in:\n%s\n",
              w[i].present ? "missing" : "unexpected", w[i].rule, w[i].id, w[i].target,
              text);
      bad++;
    }
  tmc_ir_free(ir);
  tmc_diags_free(&d);
  assert_int_equal(bad, 0);
}

#define CHECK_IDS(name, text, ...)                                                       \
  do {                                                                                   \
    const want_id w_[] = {__VA_ARGS__};                                                  \
    check_ids_named(name, text, w_, sizeof w_ / sizeof *w_);                             \
  } while (0)

#define CHECK(dot, ...)                                                                  \
  do {                                                                                   \
    const want w_[] = {__VA_ARGS__};                                                     \
    check(dot, w_, sizeof w_ / sizeof *w_);                                              \
  } while (0)

#define CHECK_DRAWIO(xml, ...)                                                           \
  do {                                                                                   \
    const want w_[] = {__VA_ARGS__};                                                     \
    check_drawio(xml, w_, sizeof w_ / sizeof *w_);                                       \
  } while (0)

#endif
