/* test_risk.c - the end of the pipeline: risk scores and severities
 * (docs/risk.md), controls closing findings (on the target and, for controls
 * that say so, on a flow's endpoints), accept= marking findings accepted, and
 * findings that do not change when the diagram is reordered. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "engine_helpers.h"

static tmc_catalog *cat;

static const char rules[] = "controls:\n"
                            "  - id: zz_gateway\n"
                            "    title: Gateway\n"
                            "    aliases: [zz_gw]\n"
                            "    on_endpoints: true\n"
                            "  - id: zz_tls\n"
                            "    title: TLS\n"
                            "rules:\n"
                            "  - id: ZZ-P\n"
                            "    title: Process rule\n"
                            "    applies_to: [process, data_store]\n"
                            "    likelihood: 4\n"
                            "    impact: 4\n"
                            "    mitigated_by: [zz_gateway]\n"
                            "  - id: ZZ-F\n"
                            "    title: Flow rule\n"
                            "    applies_to: [flow]\n"
                            "    likelihood: 2\n"
                            "    impact: 2\n"
                            "    mitigated_by: [zz_tls, zz_gateway]\n";

static const char dot[] =
    "digraph g {\n"
    "  u [type=external];\n"
    "  subgraph cluster_in { label=internal;\n"
    "    web [accept=\"ZZ-P: reviewed in SEC-12; ZZ-NOPE: stale\"];\n"
    "    db [type=data_store, data=credentials];\n"
    "    lone [label=\"Batch job\"];\n"
    "    gw [controls=zz_gw];\n"
    "  }\n"
    "  u -> web; web -> db; web -> gw [controls=zz_tls]; gw -> db;\n"
    "}\n";

static void test_scores(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "risk");
  /* web: exposed (+1 likelihood), ordinary data: 5 x 4 = 20, critical. */
  const tmc_finding *f = finding(ir, "ZZ-P", "web");
  assert_non_null(f);
  assert_int_equal(f->likelihood, 5);
  assert_int_equal(f->impact, 4);
  assert_int_equal(f->score, 20);
  assert_int_equal(f->severity, TMC_SEV_CRITICAL);
  assert_non_null(strstr(f->risk_reason, "+1"));
  /* db: secret data (+2 impact), two hops from the entry (no likelihood change). */
  f = finding(ir, "ZZ-P", "db");
  assert_int_equal(f->likelihood, 4);
  assert_int_equal(f->impact, 5);
  assert_int_equal(f->severity, TMC_SEV_CRITICAL);
  assert_non_null(strstr(f->risk_reason, "secret data"));
  /* lone: unreachable from the entry point (-1 likelihood): 3 x 4 = 12, high. */
  f = finding(ir, "ZZ-P", "lone");
  assert_int_equal(f->score, 12);
  assert_int_equal(f->severity, TMC_SEV_HIGH);
  /* The flow from the entry point: 3 x 2 = 6, medium; deeper flows 2 x 2 = 4, low. */
  assert_int_equal(finding(ir, "ZZ-F", "u->web")->severity, TMC_SEV_MEDIUM);
  f = finding(ir, "ZZ-F", "gw->db");
  /* It writes into the secret store but reads nothing from it: no raise. */
  assert_int_equal(f->impact, 2);
  assert_int_equal(f->severity, TMC_SEV_LOW);
  tmc_ir_free(ir);
}

static void test_controls_and_accept(void **state) {
  tmc_ir *ir = analyse_with(dot, cat, "accept");
  /* A control on the element closes its finding (by alias). */
  const tmc_finding *f = finding(ir, "ZZ-P", "gw");
  assert_int_equal(f->status, TMC_STATUS_MITIGATED);
  assert_string_equal(f->status_by, "zz_gateway");
  /* On a flow: a control declared on it, or an on_endpoints control on an endpoint. */
  f = finding(ir, "ZZ-F", "web->gw");
  assert_int_equal(f->status, TMC_STATUS_MITIGATED);
  assert_string_equal(f->status_by, "zz_tls");
  f = finding(ir, "ZZ-F", "gw->db");
  assert_int_equal(f->status, TMC_STATUS_MITIGATED);
  assert_string_equal(f->status_by, "zz_gateway");
  assert_int_equal(finding(ir, "ZZ-F", "web->db")->status, TMC_STATUS_OPEN);
  /* accept= with a justification. */
  f = finding(ir, "ZZ-P", "web");
  assert_int_equal(f->status, TMC_STATUS_ACCEPTED);
  assert_string_equal(f->status_by, "reviewed in SEC-12");
  assert_int_equal(finding(ir, "ZZ-P", "db")->status, TMC_STATUS_OPEN);
  /* A stale acceptance is a warning at the element. */
  bool warned = false;
  for (uint32_t i = 0; i < diags.n; i++)
    warned |= diags.v[i].level == TMC_DIAG_WARNING && strstr(diags.v[i].msg, "ZZ-NOPE") &&
              diags.v[i].loc.line == 4;
  assert_true(warned);
  tmc_ir_free(ir);
}

/* The same diagram with its statements in another order gives the same
 * findings in the same order: one per rule and target. */
static void test_stable_order(void **state) {
  static const char reordered[] =
      "digraph g {\n"
      "  gw -> db; web -> gw [controls=zz_tls]; web -> db; u -> web;\n"
      "  subgraph cluster_in { label=internal;\n"
      "    gw [controls=zz_gw];\n"
      "    lone [label=\"Batch job\"];\n"
      "    db [type=data_store, data=credentials];\n"
      "    web [accept=\"ZZ-P: reviewed in SEC-12; ZZ-NOPE: stale\"];\n"
      "  }\n"
      "  u [type=external];\n"
      "}\n";
  tmc_ir *a = analyse_with(dot, cat, "accept");
  tmc_ir *b = analyse_with(reordered, cat, "accept");
  assert_int_equal(a->n_findings, b->n_findings);
  assert_int_equal(count_rule(a, "ZZ-P"), 4);
  assert_int_equal(count_rule(a, "ZZ-F"), 4);
  for (uint32_t i = 0; i < a->n_findings; i++) {
    const tmc_finding *x = &a->findings[i], *y = &b->findings[i];
    assert_string_equal(x->rule_id, y->rule_id);
    assert_string_equal(tmc_ir_target_name(a, x->target_kind, x->target),
                        tmc_ir_target_name(b, y->target_kind, y->target));
    assert_int_equal(x->score, y->score);
    assert_int_equal(x->status, y->status);
    assert_string_equal(x->evidence, y->evidence);
  }
  tmc_ir_free(a);
  tmc_ir_free(b);
}

int main(void) {
  if (tmc_catalog_new(&cat, &diags) < 0)
    return 1;
  char *path = temp_file(rules);
  int rc = tmc_catalog_add_file(cat, path, &diags);
  unlink(path);
  free(path);
  if (rc < 0) {
    dump_diags();
    return 1;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_scores),
      cmocka_unit_test(test_controls_and_accept),
      cmocka_unit_test(test_stable_order),
  };
  rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
