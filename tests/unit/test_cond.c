/* test_cond.c - the condition language: parse errors with their column,
 * evaluation over element and flow facts, and evidence in words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

static tmc_arena *arena;
static tmc_catalog *cat; /* the built-in one: data classes imply sensitivity and logs */

static int parse(tmc_cond **out, const char *text, unsigned targets) {
  reset_diags();
  return tmc_cond_parse(out, text, targets, NULL, arena, (tmc_loc){"c.yaml", 3, 11},
                        &diags);
}

/* The column of the first error, relative to the start of the text (1-based). */
static uint32_t err_col(void) {
  assert_true(diags.n > 0);
  return diags.v[0].loc.col - 10;
}

static void test_parse_errors(void **state) {
  tmc_cond *c;
  static const struct {
    const char *text;
    unsigned targets;
    uint32_t col;
    const char *msg;
  } bad[] = {
      {"exposed and nosuch", TMC_COND_ELEMENT, 13, "unknown fact 'nosuch'"},
      {"trust", TMC_COND_ELEMENT, 1, "'trust' is a number"},
      {"trust < high", TMC_COND_ELEMENT, 9, "is a number"},
      {"kind == toaster", TMC_COND_ELEMENT, 9, "unknown element kind 'toaster'"},
      {"(exposed", TMC_COND_ELEMENT, 9, "expected ')'"},
      {"exposed exposed", TMC_COND_ELEMENT, 9, "unexpected 'exposed'"},
      {"data == pii", TMC_COND_ELEMENT, 6, "use 'data has VALUE'"},
      {"exposed has x", TMC_COND_ELEMENT, 9, "not a set"},
      {"crosses", TMC_COND_ELEMENT, 1, "only defined for flows"},
      {"exposed", TMC_COND_ELEMENT | TMC_COND_FLOW, 1, "not defined for flows"},
      {"data_sensitivity >= topsecret", TMC_COND_FLOW, 21, "unknown sensitivity"},
      {"encrypted == maybe", TMC_COND_FLOW, 14, "yes, no or unknown"},
      {"data has any (pii,", TMC_COND_FLOW, 19, "expected a value"},
      {"protocol = http", TMC_COND_FLOW, 10, "not an operator"},
      {"", TMC_COND_FLOW, 1, "empty condition"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_true(parse(&c, bad[i].text, bad[i].targets) < 0);
    assert_null(c);
    if (err_col() != bad[i].col || !strstr(diags.v[0].msg, bad[i].msg))
      fail_msg("'%s': got col %u '%s', want col %u '%s'", bad[i].text, err_col(),
               diags.v[0].msg, bad[i].col, bad[i].msg);
    assert_int_equal(diags.v[0].loc.line, 3);
  }
  /* Nesting has a limit, so neither parser nor evaluator recurses unboundedly. */
  char deep[4 * TMC_COND_MAX_DEPTH + 64] = "";
  for (int i = 0; i <= TMC_COND_MAX_DEPTH; i++)
    strcat(deep, "not ");
  strcat(deep, "exposed");
  assert_true(parse(&c, deep, TMC_COND_ELEMENT) < 0);
  assert_non_null(strstr(diags.v[0].msg, "nested deeper"));
  /* A long flat chain is not deep. */
  char flat[8192] = "exposed";
  for (int i = 0; i < 500; i++)
    strcat(flat, " and exposed");
  assert_int_equal(parse(&c, flat, TMC_COND_ELEMENT), 0);
}

static const char dot[] =
    "digraph g {\n"
    "  user [type=external];\n"
    "  subgraph cluster_dmz { label=\"DMZ\"; api [label=\"Chat API\"]; }\n"
    "  subgraph cluster_in { label=internal; llm [type=llm];\n"
    "    db [type=data_store, data=\"pii, logs\", controls=\"encryption at rest\"]; }\n"
    "  user -> api [protocol=http, data=pii];\n"
    "  api -> llm [protocol=https];\n"
    "  api -> db;\n"
    "}\n";

static bool ev(tmc_ir *ir, const char *text, tmc_target kind, uint32_t target) {
  tmc_cond *c;
  unsigned t = kind == TMC_TARGET_FLOW ? TMC_COND_FLOW : TMC_COND_ELEMENT;
  if (parse(&c, text, t) < 0) {
    dump_diags();
    fail_msg("does not parse: %s", text);
  }
  return tmc_cond_eval(c, ir, kind, target);
}

static void test_eval(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  uint32_t api = elem(ir, "api"), db = elem(ir, "db"), llm = elem(ir, "llm");
  uint32_t in = flow(ir, "user", "api"), out = flow(ir, "api", "llm");
  assert_true(ev(ir, "exposed", TMC_TARGET_ELEMENT, api));
  assert_false(ev(ir, "not exposed", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "trust == 1 and kind == process", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "trust >= 2 and ai", TMC_TARGET_ELEMENT, llm));
  assert_true(
      ev(ir, "KIND == LLM or (dfd == store and holds_logs)", TMC_TARGET_ELEMENT, db));
  assert_true(
      ev(ir, "data has pii and not data has credentials", TMC_TARGET_ELEMENT, db));
  assert_true(ev(ir, "controls has any (encryption_at_rest, x)", TMC_TARGET_ELEMENT, db));
  assert_true(ev(ir, "inputs_from has process and upstream has external_entity",
                 TMC_TARGET_ELEMENT, llm));
  assert_false(ev(ir, "downstream has any (llm, data_store)", TMC_TARGET_ELEMENT, llm));
  assert_true(ev(ir, "downstream has any (llm, data_store)", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "n_outputs == 2 and n_inputs == 1", TMC_TARGET_ELEMENT, api));
  assert_true(ev(ir, "crosses and into_higher and src_trust == 0 and dst_trust == 1",
                 TMC_TARGET_FLOW, in));
  assert_true(ev(ir, "encrypted == no and protocol == HTTP and authenticated == unknown",
                 TMC_TARGET_FLOW, in));
  assert_false(ev(ir, "encrypted", TMC_TARGET_FLOW, in)); /* bare tri: only yes */
  assert_true(ev(ir, "encrypted", TMC_TARGET_FLOW, out));
  assert_true(ev(ir, "data_sensitivity >= confidential", TMC_TARGET_FLOW, in));
  assert_false(ev(ir, "data_sensitivity >= secret", TMC_TARGET_FLOW, in));
  assert_true(
      ev(ir, "src_kind == external_entity and dst_dfd == process", TMC_TARGET_FLOW, in));
  tmc_ir_free(ir);
}

static void test_evidence(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "facts");
  uint32_t in = flow(ir, "user", "api"), db = elem(ir, "db");
  tmc_cond *c;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(
      parse(&c, "crosses and encrypted == no and data has pii", TMC_COND_FLOW), 0);
  tmc_cond_explain(c, ir, TMC_TARGET_FLOW, in, &b);
  assert_string_equal(
      b.data,
      "crosses a trust boundary from trust 0 to trust 1; encrypted=no (protocol=http); "
      "carries pii");
  /* Only the facts that decided: the false branch of an 'or' is left out,
   * and a negation describes what is actually there. */
  tmc_buf_clear(&b);
  assert_int_equal(
      parse(&c, "(holds_logs or ai) and not controls has mfa", TMC_COND_ELEMENT), 0);
  tmc_cond_explain(c, ir, TMC_TARGET_ELEMENT, db, &b);
  assert_string_equal(b.data, "holds logs or audit records; no control mfa declared");
  tmc_buf_free(&b);
  tmc_ir_free(ir);
}

int main(void) {
  arena = tmc_arena_new();
  if (tmc_catalog_new(&cat, &diags) < 0)
    return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_errors),
      cmocka_unit_test(test_eval),
      cmocka_unit_test(test_evidence),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_arena_free(arena);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
