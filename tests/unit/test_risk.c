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
                            "    mitigated_by: [zz_tls, zz_gateway]\n"
                            "  - id: ZZ-Q\n"
                            "    title: Second process rule\n"
                            "    applies_to: [process]\n"
                            "    likelihood: 4\n"
                            "    impact: 4\n"
                            "  - id: ZZ-G\n"
                            "    title: Generic process rule\n"
                            "    applies_to: [process]\n"
                            "    likelihood: 4\n"
                            "    impact: 4\n"
                            "    max_severity: high\n";

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

/* A third-party hub is not ours to configure: provenance verification
 * declared by every element that takes models from it closes the backdoor
 * finding on it; one consumer without it leaves the finding open. */
static void test_third_party_controls(void **state) {
  static const char *variants[][2] = {
      {"imp [controls=signature_verification]; ft;", "mitigated"},
      {"imp [controls=model_provenance]; ft [controls=model_provenance]; hub -> ft;",
       "mitigated"},
      {"imp [controls=model_provenance]; ft; hub -> ft;", "open"},
      {"imp; ft;", "open"},
  };
  for (size_t i = 0; i < sizeof variants / sizeof *variants; i++) {
    char text[1024];
    snprintf(text, sizeof text,
             "digraph g { hub [type=model_registry, source=third_party,"
             " label=\"Public model hub\", data=model_weights];\n"
             " subgraph cluster_in { label=internal; reg [type=model_registry]; %s }\n"
             " hub -> imp; imp -> reg; }",
             variants[i][0]);
    tmc_ir *ir = analyse_with(text, cat, "accept");
    const tmc_finding *f = finding(ir, "TMC-SUPPLY-001", "hub");
    assert_non_null(f);
    if (strcmp(tmc_status_name(f->status), variants[i][1]) != 0)
      fail_msg("variant %zu: SUPPLY-001 on the hub is %s, want %s", i,
               tmc_status_name(f->status), variants[i][1]);
    if (f->status == TMC_STATUS_MITIGATED)
      assert_string_equal(f->status_by, "model_provenance");
    tmc_ir_free(ir);
  }
}

/* Calibration (docs/risk.md): likelihood rises for what outsiders reach
 * directly, not for a store behind the process they call or for a flow
 * that starts inside; impact rises with the data only for threats to it. */
static void test_calibration(void **state) {
  tmc_ir *ir = analyse_with(
      "digraph g { u [type=external];\n"
      " subgraph cluster_dmz { label=DMZ; web; }\n"
      " subgraph cluster_in { label=internal; db [type=data_store, data=pii];\n"
      "  api [label=\"Scoring API\"]; m [type=model, data=model_weights]; }\n"
      " u -> web; web -> db [protocol=tls]; web -> api; api -> m; }",
      cat, "risk");
  /* The model: outsiders' requests reach it through processes: +1. */
  const tmc_finding *f = finding(ir, "TMC-ML-001", "m");
  assert_non_null(f);
  assert_int_equal(f->likelihood, 4);
  assert_non_null(strstr(f->risk_reason, "outsiders can send it requests"));
  /* Cost harvesting is about availability: confidential weights do not raise it. */
  f = finding(ir, "TMC-ML-006", "m");
  assert_non_null(f);
  assert_int_equal(f->impact, 3);
  /* The store behind the web app gets no raise; it is still high with PII. */
  f = finding(ir, "TMC-DISC-003", "db");
  assert_non_null(f);
  assert_int_equal(f->likelihood, 3);
  assert_int_equal(f->severity, TMC_SEV_HIGH);
  /* Spoofing the DMZ's call into the internal zone needs a foothold: high. */
  f = finding(ir, "TMC-SPOOF-001", "web->db");
  assert_non_null(f);
  assert_int_equal(f->severity, TMC_SEV_HIGH);
  tmc_ir_free(ir);
}

/* Critical means "fix before release" (docs/risk.md, "Calibration"): a
 * generic rule stops at its max_severity; one critical per target (the
 * others are its details); one rule critical on several elements stays so
 * where the threat arrives first, not downstream of it, unless the two
 * feed each other. ZZ-P, ZZ-Q and ZZ-G all score 5 x 4 = 20 on a process an
 * outsider calls. */
static void test_one_critical_per_place(void **state) {
  static const char *variants[] = {
      /* a chain: a -> b, both called by outsiders */
      "digraph g { u [type=external]; v [type=external]; a; b; u -> a; v -> b; a -> b; }",
      /* the same drawn the other way round, with other names */
      "digraph g { b2 [label=\"b\"]; a2 [label=\"a\"]; w [type=external];"
      " x [type=external]; a2 -> b2; x -> b2; w -> a2; }",
  };
  for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
    tmc_ir *ir = analyse_with(variants[v], cat, "calibrate");
    const char *a = v ? "a2" : "a", *b = v ? "b2" : "b";
    /* Before calibration all three rules are critical on a. */
    const tmc_finding *g = finding(ir, "ZZ-G", a);
    assert_non_null(g);
    assert_int_equal(g->score, 20);
    assert_int_equal(g->severity, TMC_SEV_HIGH);
    assert_non_null(strstr(g->risk_reason, "high at most"));
    /* ZZ-P and ZZ-Q tie at 20 on a: the first by rule id keeps critical. */
    assert_int_equal(finding(ir, "ZZ-P", a)->severity, TMC_SEV_CRITICAL);
    const tmc_finding *q = finding(ir, "ZZ-Q", a);
    assert_int_equal(q->severity, TMC_SEV_HIGH);
    assert_non_null(strstr(q->risk_reason, "critical on the same target as ZZ-P"));
    /* b is downstream of a, where ZZ-P is already critical. */
    const tmc_finding *pb = finding(ir, "ZZ-P", b);
    assert_int_equal(pb->score, 20);
    assert_int_equal(pb->severity, TMC_SEV_HIGH);
    assert_non_null(strstr(pb->risk_reason, "critical upstream"));
    tmc_ir_free(ir);
  }
  /* Two elements that feed each other both keep it: neither comes first. */
  tmc_ir *ir = analyse_with(
      "digraph g { u [type=external]; v [type=external]; a; b; u -> a; v -> b;"
      " a -> b; b -> a; }",
      cat, "calibrate");
  assert_int_equal(finding(ir, "ZZ-P", "a")->severity, TMC_SEV_CRITICAL);
  assert_int_equal(finding(ir, "ZZ-P", "b")->severity, TMC_SEV_CRITICAL);
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

static const char *const cwes[] = {"CWE-20", "CWE-22",  "CWE-73",  "CWE-74",
                                   "CWE-77", "CWE-78",  "CWE-79",  "CWE-89",
                                   "CWE-94", "CWE-116", "CWE-117", "CWE-200"};

static const char crowd_rules[] =
    "rules:\n"
    "  - id: ZG-01\n    title: Crowd rule 1\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [S]\n    cwe: [CWE-20]\n"
    "    likelihood: 1\n    impact: 5\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-02\n    title: Crowd rule 2\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [T]\n    cwe: [CWE-22]\n"
    "    likelihood: 2\n    impact: 4\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-03\n    title: Crowd rule 3\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [R]\n    cwe: [CWE-73]\n"
    "    likelihood: 3\n    impact: 3\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-04\n    title: Crowd rule 4\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [I]\n    cwe: [CWE-74]\n"
    "    likelihood: 4\n    impact: 2\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-05\n    title: Crowd rule 5\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [D]\n    cwe: [CWE-77]\n"
    "    likelihood: 5\n    impact: 5\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-06\n    title: Crowd rule 6\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [E]\n    cwe: [CWE-78]\n"
    "    likelihood: 1\n    impact: 4\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-07\n    title: Crowd rule 7\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [S]\n    cwe: [CWE-79]\n"
    "    likelihood: 2\n    impact: 3\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-08\n    title: Crowd rule 8\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [T]\n    cwe: [CWE-89]\n"
    "    likelihood: 3\n    impact: 2\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-09\n    title: Crowd rule 9\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [R]\n    cwe: [CWE-94]\n"
    "    likelihood: 4\n    impact: 5\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-10\n    title: Crowd rule 10\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [I]\n    cwe: [CWE-116]\n"
    "    likelihood: 5\n    impact: 4\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-11\n    title: Crowd rule 11\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [D]\n    cwe: [CWE-117]\n"
    "    likelihood: 1\n    impact: 3\n    mitigated_by: [zz_tls]\n"
    "  - id: ZG-12\n    title: Crowd rule 12\n    applies_to: [process]\n"
    "    when: n_inputs >= 2\n    stride: [E]\n    cwe: [CWE-200]\n"
    "    likelihood: 2\n    impact: 2\n    mitigated_by: [zz_tls]\n"
    "  - id: ZH-01\n    title: Crowd flow rule 1\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-20]\n    likelihood: 1\n    impact: 3\n"
    "  - id: ZH-02\n    title: Crowd flow rule 2\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-22]\n    likelihood: 2\n    impact: 3\n"
    "  - id: ZH-03\n    title: Crowd flow rule 3\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-73]\n    likelihood: 3\n    impact: 3\n"
    "  - id: ZH-04\n    title: Crowd flow rule 4\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-74]\n    likelihood: 4\n    impact: 3\n"
    "  - id: ZH-05\n    title: Crowd flow rule 5\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-77]\n    likelihood: 5\n    impact: 3\n"
    "  - id: ZH-06\n    title: Crowd flow rule 6\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-78]\n    likelihood: 1\n    impact: 3\n"
    "  - id: ZH-07\n    title: Crowd flow rule 7\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-79]\n    likelihood: 2\n    impact: 3\n"
    "  - id: ZH-08\n    title: Crowd flow rule 8\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-89]\n    likelihood: 3\n    impact: 3\n"
    "  - id: ZH-09\n    title: Crowd flow rule 9\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-94]\n    likelihood: 4\n    impact: 3\n"
    "  - id: ZH-10\n    title: Crowd flow rule 10\n    applies_to: [flow]\n"
    "    when: protocol == zzp\n    cwe: [CWE-116]\n    likelihood: 5\n    impact: 3\n";

/* Open findings on one target, and whether one of them cites id. */
static uint32_t open_on(const tmc_ir *ir, tmc_target kind, uint32_t t, const char *id,
                        bool *cited) {
  uint32_t n = 0;
  *cited = false;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN || f->target_kind != kind || f->target != t)
      continue;
    n++;
    *cited |= tmc_strlist_has(&f->cwe, id);
  }
  return n;
}

/* Every finding stays in the IR, however many fire on one target: SARIF
 * and JSON feed dashboards and baselines, where a finding that vanished
 * because another joined its target would read as fixed (an alert closed,
 * "gone" against a baseline). Reports show the first 8 of a target in full
 * and name the rest on one line (backends/report.h, test_markdown). Twelve
 * rules on one process and ten on one flow, two drawings. */
static void test_every_finding_kept(void **state) {
  tmc_catalog *c = NULL;
  assert_true(tmc_catalog_new(&c, &diags) >= 0);
  char *path = temp_file(rules);
  assert_true(tmc_catalog_add_file(c, path, &diags) >= 0);
  unlink(path);
  free(path);
  path = temp_file(crowd_rules);
  assert_true(tmc_catalog_add_file(c, path, &diags) >= 0);
  unlink(path);
  free(path);
  static const char *variants[] = {
      "digraph g { u [type=external]; v [type=external]; hub; quiet;"
      " u -> hub [protocol=zzp]; v -> hub; hub -> quiet; }",
      "digraph g { subgraph cluster_z { label=internal; w [label=\"Order API\"]; }"
      " a [shape=box,label=\"Buyer\"]; b [shape=box,label=\"Partner\"];"
      " lone [label=\"Report job\"]; b -> w; a -> w [protocol=zzp]; w -> lone; }",
  };
  for (size_t v = 0; v < 2; v++) {
    tmc_ir *ir = analyse_with(variants[v], c, NULL);
    uint32_t hub = elem(ir, v ? "w" : "hub"), quiet = elem(ir, v ? "lone" : "quiet");
    uint32_t fl = flow(ir, v ? "a" : "u", v ? "w" : "hub");
    bool cited;
    for (size_t k = 0; k < sizeof cwes / sizeof *cwes; k++) {
      assert_true(open_on(ir, TMC_TARGET_ELEMENT, hub, cwes[k], &cited) >= 12);
      assert_true(cited);
      if (k < 10) {
        assert_true(open_on(ir, TMC_TARGET_FLOW, fl, cwes[k], &cited) >= 10);
        assert_true(cited);
      }
    }
    uint32_t zg = 0, zh = 0;
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      if (f->status != TMC_STATUS_OPEN)
        continue;
      zg += f->target_kind == TMC_TARGET_ELEMENT && f->target == hub &&
            strncmp(f->rule_id, "ZG-", 3) == 0;
      zh += f->target_kind == TMC_TARGET_FLOW && f->target == fl &&
            strncmp(f->rule_id, "ZH-", 3) == 0;
    }
    assert_int_equal(zg, 12); /* each rule its own finding */
    assert_int_equal(zh, 10);
    assert_null(finding(ir, "ZG-01", v ? "lone" : "quiet"));
    (void)quiet;
    tmc_ir_free(ir);
  }
  /* The catalog's lists were copied, not written: a fresh run is the same. */
  const tmc_rule *r = NULL;
  for (uint32_t i = 0; i < tmc_catalog_n_rules(c); i++)
    if (strcmp(tmc_catalog_rule_at(c, i)->id, "ZG-01") == 0)
      r = tmc_catalog_rule_at(c, i);
  assert_non_null(r);
  assert_int_equal(r->cwe.n, 1);
  assert_int_equal(r->controls.n, 1);
  tmc_catalog_free(c);
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
      cmocka_unit_test(test_third_party_controls),
      cmocka_unit_test(test_calibration),
      cmocka_unit_test(test_one_critical_per_place),
      cmocka_unit_test(test_every_finding_kept),
  };
  rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_catalog_free(cat);
  tmc_diags_free(&diags);
  return rc;
}
