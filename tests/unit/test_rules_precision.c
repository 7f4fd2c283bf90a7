/* test_rules_precision.c - issue #15: no finding a system makes impossible.
 * Each test draws a family twice, worded differently: once where the
 * precondition of a family of AI ids holds (the ids are raised), once where
 * the system makes it impossible (they are not): a vendor's model the system
 * only calls, a model nobody can query, a read-only tool, an LLM with no
 * tools, no persistent memory, only public content in the prompt, a model
 * trained from scratch. tests/blind8 is the tuning set they come from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

static tmc_catalog *cat;

/* Does any finding on target cite an id starting with prefix? */
static bool any_cites(const tmc_ir *ir, const char *target, const char *prefix) {
  size_t n = strlen(prefix);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    char name[256];
    if (f->target_kind == TMC_TARGET_ELEMENT)
      snprintf(name, sizeof name, "%s", ir->elements[f->target].id);
    else
      snprintf(name, sizeof name, "%s->%s", ir->elements[ir->flows[f->target].src].id,
               ir->elements[ir->flows[f->target].dst].id);
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

/* Extraction, inversion and membership need a model of the system's own
 * that outsiders query: a vendor's model it only calls (an LLM API, a
 * hosted embedding model, named by its vendor or drawn with a SaaS word) is
 * the vendor's to protect. The same drawing with the model self-hosted
 * keeps them. */
static void test_vendor_model_not_ours(void **state) {
  static const char vendor[] =
      "digraph v {\n"
      "  anon [type=external, label=\"Anonymous visitors\"];\n"
      "  subgraph cluster_app { label=\"App\";\n"
      "    api [label=\"Answer service\"];\n"
      "  }\n"
      "  gen [type=llm, label=\"Gemini Flash\"];\n"
      "  emb [type=model, label=\"Embeddings (Cohere API)\"];\n"
      "  anon -> api [protocol=https]; api -> anon;\n"
      "  api -> emb [protocol=https]; emb -> api;\n"
      "  api -> gen [protocol=https]; gen -> api;\n"
      "}\n";
  tmc_ir *ir = analyse_with(vendor, cat, NULL);
  assert_true(ir->elements[elem(ir, "gen")].facts.vendor_service);
  for (const char *const *t = (const char *const[]){"gen", "emb", NULL}; *t; t++) {
    assert_false(any_cites(ir, *t, "AML.T0024"));
    assert_false(any_cites(ir, *t, "ML05"));
    assert_false(any_cites(ir, *t, "ML03"));
  }
  tmc_ir_free(ir);
  static const char own[] = "digraph o {\n"
                            "  anon [type=external, label=\"Anonymous visitors\"];\n"
                            "  subgraph cluster_app { label=\"App\";\n"
                            "    api [label=\"Answer service\"];\n"
                            "    gen [type=llm, label=\"Our tuned model (vLLM)\"];\n"
                            "  }\n"
                            "  anon -> api [protocol=https]; api -> anon;\n"
                            "  api -> gen [protocol=https]; gen -> api;\n"
                            "}\n";
  ir = analyse_with(own, cat, NULL);
  assert_true(any_cites(ir, "gen", "AML.T0024"));
  tmc_ir_free(ir);
}

int main(void) {
  if (tmc_catalog_new(&cat, &diags) < 0)
    return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vendor_model_not_ours),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
