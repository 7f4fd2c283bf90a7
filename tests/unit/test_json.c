/* test_json.c - the --dump-ir JSON back end shows what the passes derived:
 * every element and flow fact (the reach and facts passes), each finding's
 * risk_reason, and each path's insider and same_as, with their real values on
 * a shipped example run through the whole pipeline; every stored fact of
 * ir/facts.def, in its order.
 *
 * The one idea: the dump is read back with the library's strict JSON reader,
 * so a test names facts by path ("elements/3/facts/taint_origin"), never by
 * the text layout. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "cli/driver.h"
#include "frontend/frontend.h"
#include "ir/jsonread.h"
#include "ir_helpers.h"
#include "passes/passes.h"

/* The example's IR after every pass, as the JSON back end writes it; NULL
 * (test skipped) when the example is not there. */
static tmc_jv *dump(const char *path) {
  tmc_diags d = TMC_DIAGS_INIT;
  char *data = NULL;
  size_t len = 0;
  if (tmc_read_file(&data, &len, path, 1 << 24, &d) < 0) {
    tmc_diags_free(&d);
    return NULL;
  }
  tmc_catalog *cat = NULL;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  tmc_ir *ir = ir_analysed(path, data, len, cat, NULL, &d);
  tmc_buf b = TMC_BUF_INIT;
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = cat;
  assert_int_equal(tmc_backend_json(&b, ir, &ctx, &d), 0);
  assert_int_equal(d.errors, 0);
  uint32_t line = 0, col = 0;
  tmc_jv *v = tmc_jv_parse(b.data, &line, &col);
  assert_non_null(v);
  tmc_buf_free(&b);
  tmc_ir_free(ir);
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
  free(data);
  return v;
}

/* "elements/N" or "flows/N" for the item whose keys match; fails if none. */
static const char *item(const tmc_jv *v, const char *list, const char *k1, const char *v1,
                        const char *k2, const char *v2) {
  static char path[64];
  size_t n = tmc_jv_len(v, list);
  assert_int_not_equal(n, (size_t)-1);
  for (size_t i = 0; i < n; i++) {
    char a[96], b[96];
    snprintf(a, sizeof a, "%s/%zu/%s", list, i, k1);
    snprintf(b, sizeof b, "%s/%zu/%s", list, i, k2 ? k2 : k1);
    const char *x = tmc_jv_str(v, a), *y = tmc_jv_str(v, b);
    if (x && strcmp(x, v1) == 0 && (!k2 || (y && strcmp(y, v2) == 0))) {
      snprintf(path, sizeof path, "%s/%zu", list, i);
      return path;
    }
  }
  fail_msg("no %s with %s=%s", list, k1, v1);
  return NULL;
}

static bool flag(const tmc_jv *v, const char *at, const char *key) {
  char p[128];
  snprintf(p, sizeof p, "%s/%s", at, key);
  const tmc_jv *x = tmc_jv_get(v, p);
  if (!x || x->t != TMC_JV_BOOL)
    fail_msg("%s is not a boolean", p);
  return x->b;
}

static const char *str(const tmc_jv *v, const char *at, const char *key) {
  char p[128];
  snprintf(p, sizeof p, "%s/%s", at, key);
  return tmc_jv_str(v, p);
}

static bool kinds_have(const tmc_jv *v, const char *at, const char *key,
                       const char *kind) {
  char p[128];
  snprintf(p, sizeof p, "%s/%s", at, key);
  return tmc_jv_has_str(v, p, kind);
}

static void test_element_and_flow_facts(void **state) {
  (void)state;
  tmc_jv *v = dump("examples/rag-chatbot.dot");
  if (!v)
    skip();
  char at[96];
  /* The partner is where outside content starts; it reaches the vector DB
   * through the document store. */
  snprintf(at, sizeof at, "%s/facts", item(v, "elements", "id", "partner", NULL, NULL));
  assert_true(flag(v, at, "origin"));
  assert_true(kinds_have(v, at, "direct_downstream", "data_store"));
  snprintf(at, sizeof at, "%s/facts", item(v, "elements", "id", "vectors", NULL, NULL));
  assert_false(flag(v, at, "origin"));
  assert_string_equal(str(v, at, "taint_origin"), "partner");
  assert_true(flag(v, at, "tainted_via_store"));
  assert_true(flag(v, at, "third_party_upstream"));
  assert_true(kinds_have(v, at, "inputs_from", "pipeline"));
  assert_false(kinds_have(v, at, "inputs_from", "process"));
  assert_true(kinds_have(v, at, "direct_downstream", "llm"));
  assert_true(kinds_have(v, at, "upstream", "external_entity"));
  /* The portal takes requests straight from the partner. */
  snprintf(at, sizeof at, "%s/facts", item(v, "elements", "id", "portal", NULL, NULL));
  assert_true(flag(v, at, "lower_trust_callers"));
  assert_false(flag(v, at, "tainted_via_store"));
  assert_false(flag(v, at, "feeds_training")); /* nothing is trained here */
  assert_false(flag(v, at, "training_path"));
  /* Flows: the partner's content, before and after it was stored. */
  snprintf(at, sizeof at, "%s/facts",
           item(v, "flows", "source", "portal", "target", "docs"));
  assert_string_equal(str(v, at, "taint_origin"), "partner");
  assert_false(flag(v, at, "tainted_via_store"));
  assert_false(flag(v, at, "query"));
  snprintf(at, sizeof at, "%s/facts",
           item(v, "flows", "source", "docs", "target", "ingest"));
  assert_true(flag(v, at, "tainted_via_store"));
  /* The origin itself receives no outside content: null, not an index. */
  snprintf(at, sizeof at, "%s/facts/taint_origin",
           item(v, "elements", "id", "partner", NULL, NULL));
  const tmc_jv *o = tmc_jv_get(v, at);
  assert_non_null(o);
  assert_int_equal(o->t, TMC_JV_NULL);
  tmc_jv_free(v);
}

static void test_paths_and_reasons(void **state) {
  (void)state;
  tmc_jv *v = dump("examples/rag-chatbot.dot");
  if (!v)
    skip();
  char p[128];
  const char *emp = item(v, "paths", "entry", "employee", NULL, NULL);
  assert_true(flag(v, emp, "insider"));
  const char *ipi = item(v, "paths", "entry", "partner", "asset", "llm");
  assert_false(flag(v, ipi, "insider"));
  snprintf(p, sizeof p, "%s/same_as", ipi);
  double same = tmc_jv_num(v, p);
  assert_true(same >= 0);
  snprintf(p, sizeof p, "findings/%u/rule", (unsigned)same);
  assert_string_equal(tmc_jv_str(v, p), "TMC-LLM-002");
  /* Every finding says how it was scored, paths included. */
  size_t n = tmc_jv_len(v, "findings");
  bool raised = false;
  for (size_t i = 0; i < n; i++) {
    snprintf(p, sizeof p, "findings/%zu/risk_reason", i);
    const char *r = tmc_jv_str(v, p);
    assert_non_null(r);
    raised |= strstr(r, "raised to TMC-LLM-002") != NULL;
  }
  assert_true(raised);
  tmc_jv_free(v);
}

/* ir/facts.def's stored facts, read the way the back end reads them: every
 * one is in the dump (a fact added there appears without a line in json.c),
 * on elements and flows as its targets say, and in the order of the list. */
enum { E = 1, FL = 2, EF = 3 };
static const struct {
  const char *name;
  unsigned targets;
} stored[] = {
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no) {#name, targets},
#include "ir/facts.def"
#undef STORED
#undef FACT
};

/* The index of key in the object at path, or -1. */
static long key_index(const tmc_jv *v, const char *path, const char *key) {
  const tmc_jv *o = tmc_jv_get(v, path);
  if (!o || o->t != TMC_JV_OBJ)
    return -1;
  for (size_t i = 0; i < o->n; i++)
    if (strcmp(o->keys[i], key) == 0)
      return (long)i;
  return -1;
}

static void test_every_stored_fact(void **state) {
  (void)state;
  tmc_jv *v = dump("tests/pytm/pytm-sample.dot");
  if (!v)
    skip();
  char el[96], fl[96];
  snprintf(el, sizeof el, "%s/facts", item(v, "elements", "id", "web", NULL, NULL));
  snprintf(fl, sizeof fl, "%s/facts",
           item(v, "flows", "source", "user", "target", "web"));
  long last_e = -1, last_f = -1;
  for (size_t i = 0; i < sizeof stored / sizeof *stored; i++) {
    long ke = key_index(v, el, stored[i].name), kf = key_index(v, fl, stored[i].name);
    if (stored[i].targets & E) {
      if (ke <= last_e)
        fail_msg("element fact %s missing or out of facts.def order", stored[i].name);
      last_e = ke;
    } else if (ke >= 0)
      fail_msg("flow-only fact %s printed on an element", stored[i].name);
    if (stored[i].targets & FL) {
      if (kf <= last_f)
        fail_msg("flow fact %s missing or out of facts.def order", stored[i].name);
      last_f = kf;
    } else if (kf >= 0)
      fail_msg("element-only fact %s printed on a flow", stored[i].name);
  }
  /* Values by type: booleans, technology and role sets, sensitivities. */
  assert_true(flag(v, el, "app_code"));
  assert_true(flag(v, el, "sql_sink"));
  assert_true(flag(v, el, "influenced"));
  assert_true(flag(v, el, "people_callers"));
  assert_true(kinds_have(v, el, "talks_to_tech", "sql_database"));
  assert_true(kinds_have(v, el, "outputs_to_roles", "output_sink"));
  assert_false(flag(v, fl, "weak_tls"));
  assert_true(flag(v, fl, "influenced"));
  /* clearance=, beside sensitivity, on elements and flows */
  const char *secret = item(v, "elements", "id", "secretdb", NULL, NULL);
  assert_string_equal(str(v, secret, "clearance"), "secret");
  const char *to_secret = item(v, "flows", "source", "db", "target", "secretdb");
  assert_string_equal(str(v, to_secret, "clearance"), "confidential");
  tmc_jv_free(v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_element_and_flow_facts),
      cmocka_unit_test(test_paths_and_reasons),
      cmocka_unit_test(test_every_stored_fact),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
