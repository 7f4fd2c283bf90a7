/* test_catalog.c - the catalog loader: built-in catalogs and ATLAS load; a
 * user catalog adds a rule that fires and overrides a built-in one; every
 * class of mistake in a user catalog is an error at file:line:col; every id
 * a built-in rule cites exists; every OWASP entry is covered by a rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "catalog/goals.h"
#include "catalog/lexicon.h"
#include "catalog/packed.h"
#include "engine_helpers.h"

static tmc_catalog *builtin(void) {
  tmc_catalog *c = NULL;
  reset_diags();
  int rc = tmc_catalog_new(&c, &diags);
  if (rc < 0)
    dump_diags();
  assert_int_equal(rc, 0);
  assert_int_equal(diags.errors, 0);
  return c;
}

static void test_builtin_atlas(void **state) {
  tmc_catalog *c = builtin();
  assert_string_equal(tmc_catalog_atlas_version(c), "5.6.0");
  assert_int_equal(tmc_catalog_n_tactics(c), 16);
  assert_int_equal(tmc_catalog_n_techniques(c), 170);
  assert_int_equal(tmc_catalog_n_mitigations(c), 35);
  assert_int_equal(tmc_catalog_n_case_studies(c), 57);
  /* Matrix order: Reconnaissance first. */
  assert_string_equal(tmc_catalog_tactic_at(c, 0)->id, "AML.TA0002");
  /* A sub-technique inherits its parent's tactics and is named "Parent: Sub". */
  const tmc_technique *t = tmc_catalog_technique(c, "AML.T0000.000");
  assert_non_null(t);
  assert_string_equal(t->parent, "AML.T0000");
  assert_true(tmc_strlist_has(&t->tactics, "AML.TA0002"));
  assert_string_equal(
      t->full_name,
      "Search Open Technical Databases: Journals and Conference Proceedings");
  assert_string_equal(t->url, "https://atlas.mitre.org/techniques/AML.T0000.000");
  /* Mitigations are linked to techniques once each, although upstream lists
   * AML.T0043.001 twice under AML.M0002. */
  t = tmc_catalog_technique(c, "AML.T0043.001");
  uint32_t n = 0;
  for (uint32_t i = 0; i < t->mitigations.n; i++)
    n += strcmp(t->mitigations.v[i], "AML.M0002") == 0;
  assert_int_equal(n, 1);
  /* AML.M0018 carries a stray object in ml-lifecycle: still loaded. */
  assert_non_null(tmc_catalog_mitigation(c, "AML.M0018"));
  assert_non_null(tmc_catalog_ref(c, "LLM01:2025"));
  assert_non_null(tmc_catalog_ref(c, "ML10:2023"));
  assert_non_null(tmc_catalog_ref(c, "GOVERN 1.1"));
  assert_string_equal(tmc_catalog_url(c, "CWE-79"),
                      "https://cwe.mitre.org/data/definitions/79.html");
  assert_string_equal(tmc_catalog_name(c, "AML.T0051.001"),
                      "LLM Prompt Injection: Indirect");
  assert_int_equal(tmc_catalog_data_class(c, "personal_data")->sensitivity,
                   TMC_SENS_CONFIDENTIAL);
  tmc_catalog_free(c);
}

static const char user_ok[] =
    "catalog: mine\n"
    "version: '7'\n"
    "controls:\n"
    "  - id: my_gate\n"
    "    title: A gate\n"
    "    aliases: [gate]\n"
    "rules:\n"
    "  - id: ZZ-USER-001\n"
    "    title: Unencrypted crossing into a store\n"
    "    applies_to: [flow]\n"
    "    when: crosses and encrypted == no and dst_dfd == store\n"
    "    stride: [I]\n"
    "    atlas: [AML.T0024.000]\n"
    "    owasp: ['LLM02:2025']\n"
    "    cwe: [CWE-319]\n"
    "    likelihood: 2\n"
    "    impact: 3\n"
    "    mitigated_by: [gate]\n"
    "    description: d\n"
    "    remediation: r\n";

static const char dot_crossing[] =
    "digraph g {\n"
    "  u [type=external];\n"
    "  subgraph cluster_in { label=internal; db [type=data_store]; }\n"
    "  u -> db [protocol=http];\n"
    "}\n";

static void test_user_rule_fires(void **state) {
  tmc_catalog *c = builtin();
  char *path = temp_file(user_ok);
  assert_int_equal(tmc_catalog_add_file(c, path, &diags), 0);
  const tmc_rule *r = tmc_catalog_rule(c, "ZZ-USER-001");
  assert_non_null(r);
  assert_true(r->user);
  assert_string_equal(r->controls.v[0], "my_gate"); /* alias resolved */
  assert_non_null(strstr(tmc_catalog_version(c), "mine 7"));
  tmc_ir *ir = analyse_with(dot_crossing, c, "accept");
  const tmc_finding *f = finding(ir, "ZZ-USER-001", "u->db");
  assert_non_null(f);
  assert_ptr_equal(f->rule, r);
  assert_int_equal(f->stride, TMC_STRIDE_I);
  assert_string_equal(f->atlas.v[0], "AML.T0024.000");
  assert_int_equal(f->status, TMC_STATUS_OPEN);
  assert_non_null(strstr(f->evidence, "crosses a trust boundary from trust 0"));
  assert_non_null(strstr(f->evidence, "encrypted=no (protocol=http)"));
  tmc_ir_free(ir);
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

static void test_user_override(void **state) {
  tmc_catalog *c = builtin();
  char *p1 = temp_file(user_ok);
  assert_int_equal(tmc_catalog_add_file(c, p1, &diags), 0);
  uint32_t n = tmc_catalog_n_rules(c);
  /* A second file with the same id replaces the rule; nothing is added. */
  char *p2 = temp_file("rules:\n"
                       "  - id: ZZ-USER-001\n"
                       "    title: Replaced\n"
                       "    applies_to: [data_store]\n");
  assert_int_equal(tmc_catalog_add_file(c, p2, &diags), 0);
  assert_int_equal(tmc_catalog_n_rules(c), n);
  const tmc_rule *r = tmc_catalog_rule(c, "ZZ-USER-001");
  assert_string_equal(r->title, "Replaced");
  assert_false(r->applies_flows);
  tmc_ir *ir = analyse_with(dot_crossing, c, "rules");
  assert_null(finding(ir, "ZZ-USER-001", "u->db"));
  assert_non_null(finding(ir, "ZZ-USER-001", "db"));
  tmc_ir_free(ir);
  /* Overriding a built-in rule works the same way, when there is one. */
  if (tmc_catalog_n_rules(c) > 1) {
    const tmc_rule *b = tmc_catalog_rule_at(c, 0);
    char text[512];
    snprintf(text, sizeof text,
             "rules:\n  - id: %s\n    title: Mine now\n    applies_to: [flow]\n", b->id);
    char *p3 = temp_file(text);
    assert_int_equal(tmc_catalog_add_file(c, p3, &diags), 0);
    assert_string_equal(tmc_catalog_rule(c, b->id)->title, "Mine now");
    unlink(p3);
    free(p3);
  }
  unlink(p1);
  unlink(p2);
  free(p1);
  free(p2);
  tmc_catalog_free(c);
}

/* Each class of mistake: an error at its line and column. */
static void test_user_errors(void **state) {
  static const char bad[] = "rules:\n"                                        /* 1 */
                            "  - id: BAD-1\n"                                 /* 2 */
                            "    title: t\n"                                  /* 3 */
                            "    applies_to: [llm, toaster]\n"                /* 4 */
                            "    when: exposd and trust < 2\n"                /* 5 */
                            "    stride: [S, Q]\n"                            /* 6 */
                            "    atlas: [AML.T0051.000, AML.T9999]\n"         /* 7 */
                            "    owasp: ['LLM11:2025']\n"                     /* 8 */
                            "    cwe: [CWE-99999]\n"                          /* 9 */
                            "    likelihood: high\n"                          /* 10 */
                            "    mitigated_by: [no_such_control]\n"           /* 11 */
                            "    colour: red\n"                               /* 12 */
                            "  - id: BAD-2\n"                                 /* 13 */
                            "    title: t\n"                                  /* 14 */
                            "    applies_to: [flow]\n"                        /* 15 */
                            "    when: crosses and kind == llm\n"             /* 16 */
                            "  - id: BAD-3\n"                                 /* 17 */
                            "    title: t\n"                                  /* 18 */
                            "    applies_to: [llm]\n"                         /* 19 */
                            "    atlas: AML.M0015\n"                          /* 20 */
                            "  - id: DUP-1\n"                                 /* 21 */
                            "    title: t\n"                                  /* 22 */
                            "    applies_to: [llm]\n"                         /* 23 */
                            "  - id: DUP-1\n"                                 /* 24 */
                            "    title: t\n"                                  /* 25 */
                            "    applies_to: [llm]\n"                         /* 26 */
                            "    impact: [1]\n"                               /* 27 */
                            "    when: data has any (pii, nonsense_class)\n"; /* 28 */
  tmc_catalog *c = builtin();
  char *path = temp_file(bad);
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 4, 23, "unknown kind 'toaster'"));
  assert_true(error_at(path, 5, 11, "unknown fact 'exposd'"));
  assert_true(error_at(path, 6, 17, "unknown STRIDE letter 'Q'"));
  assert_true(error_at(path, 7, 28, "'AML.T9999' is not an ATLAS technique"));
  assert_true(error_at(path, 8, 13, "unknown OWASP id 'LLM11:2025'"));
  assert_true(error_at(path, 9, 11, "CWE-99999"));
  assert_true(error_at(path, 10, 17, "'likelihood' must be a number from 1 to 5"));
  assert_true(error_at(path, 11, 20, "unknown control 'no_such_control'"));
  assert_true(error_at(path, 12, 5, "unknown key 'colour'"));
  assert_true(error_at(path, 16, 23, "fact 'kind' is only defined for elements"));
  assert_true(error_at(path, 20, 12, "is an ATLAS mitigation"));
  assert_true(error_at(path, 24, 5, "duplicate rule id 'DUP-1'"));
  assert_true(error_at(path, 27, 13, "'impact' must be a number"));
  assert_true(error_at(path, 28, 30, "unknown data class 'nonsense_class'"));
  /* No broken rule was kept; the good DUP-1 was. */
  assert_null(tmc_catalog_rule(c, "BAD-1"));
  assert_null(tmc_catalog_rule(c, "BAD-2"));
  assert_non_null(tmc_catalog_rule(c, "DUP-1"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
  /* A --catalog file may replace a built-in family, but not define one of
   * its own twice (the second would silently win). */
  static const char fam[] = "families:\n"                        /* 1 */
                            "  - id: injection\n"                /* 2 */
                            "    title: replaces the built-in\n" /* 3 */
                            "    ids: [CWE-89]\n"                /* 4 */
                            "  - id: injection\n"                /* 5 */
                            "    title: defined twice\n"         /* 6 */
                            "    ids: [CWE-78]\n";               /* 7 */
  tmc_catalog *c2 = builtin();
  char *fpath = temp_file(fam);
  assert_true(tmc_catalog_add_file(c2, fpath, &diags) < 0);
  assert_true(error_at(fpath, 5, 5, "duplicate family id 'injection'"));
  unlink(fpath);
  free(fpath);
  tmc_catalog_free(c2);
}

static void test_syntax_and_shape_errors(void **state) {
  tmc_catalog *c = builtin();
  char *p1 = temp_file("rules:\n  - id: X\n    title: [unclosed\n");
  assert_true(tmc_catalog_add_file(c, p1, &diags) < 0);
  assert_true(diags.errors > 0 && diags.v[diags.n - 1].loc.line >= 3);
  reset_diags();
  char *p2 = temp_file("- just\n- a list\n");
  assert_true(tmc_catalog_add_file(c, p2, &diags) < 0);
  assert_true(error_at(p2, 1, 1, "must be a mapping"));
  reset_diags();
  char *p3 = temp_file("rulez: []\n");
  assert_true(tmc_catalog_add_file(c, p3, &diags) < 0);
  assert_true(error_at(p3, 1, 1, "unknown top-level key 'rulez'"));
  reset_diags();
  char *p4 = temp_file("controls:\n  - id: c1\n    title: x\n    atlas: [AML.T0051]\n"
                       "    nist: ['GOVERN 9.9']\n");
  assert_true(tmc_catalog_add_file(c, p4, &diags) < 0);
  assert_true(error_at(p4, 4, 13, "not an ATLAS mitigation"));
  assert_true(error_at(p4, 5, 12, "NIST"));
  reset_diags();
  assert_true(tmc_catalog_add_file(c, "/nonexistent/tmc.yaml", &diags) < 0);
  /* An empty file adds nothing and is no error. */
  char *p5 = temp_file("");
  reset_diags();
  assert_int_equal(tmc_catalog_add_file(c, p5, &diags), 0);
  char *files[] = {p1, p2, p3, p4, p5};
  for (int i = 0; i < 5; i++) {
    unlink(files[i]);
    free(files[i]);
  }
  tmc_catalog_free(c);
}

static void test_atlas_option(void **state) {
  tmc_catalog *c = builtin();
  /* A newer ATLAS: here a tiny one that drops most techniques. */
  char *p = temp_file(
      "id: ATLAS\nversion: 9.0.0\nmatrices:\n- id: ATLAS\n  tactics:\n"
      "  - id: AML.TA0002\n    name: Recon\n  techniques:\n"
      "  - id: AML.T0051\n    name: Prompt Injection\n    tactics: [AML.TA0002]\n"
      "  - id: AML.T0051.000\n    name: Direct\n    subtechnique-of: AML.T0051\n"
      "  mitigations:\n  - id: AML.M0015\n    name: Adversarial Input Detection\n"
      "    techniques:\n    - id: AML.T0051.000\n      use: x\n");
  int rc = tmc_catalog_load_atlas(c, p, &diags);
  assert_string_equal(tmc_catalog_atlas_version(c), "9.0.0");
  assert_int_equal(tmc_catalog_n_techniques(c), 2);
  const tmc_technique *t = tmc_catalog_technique(c, "AML.T0051.000");
  assert_string_equal(t->full_name, "Prompt Injection: Direct");
  assert_true(tmc_strlist_has(&t->tactics, "AML.TA0002"));
  assert_true(tmc_strlist_has(&t->mitigations, "AML.M0015"));
  /* Built-in rules citing techniques the new file lacks are errors at the rule. */
  bool cites_missing = false;
  for (uint32_t i = 0; i < tmc_catalog_n_rules(c); i++) {
    const tmc_rule *r = tmc_catalog_rule_at(c, i);
    for (uint32_t j = 0; j < r->atlas.n; j++)
      cites_missing |= !tmc_catalog_technique(c, r->atlas.v[j]);
  }
  assert_int_equal(rc < 0, cites_missing);
  reset_diags();
  char *q = temp_file("rules: []\n");
  assert_true(tmc_catalog_load_atlas(c, q, &diags) < 0);
  assert_true(error_at(q, 1, 1, "not ATLAS data"));
  unlink(p);
  unlink(q);
  free(p);
  free(q);
  tmc_catalog_free(c);
}

/* Every id every built-in rule and control cites exists in the tables it
 * names, ids are unique, and the catalogs' files all loaded (checked by
 * builtin()). */
static void test_builtin_citations(void **state) {
  tmc_catalog *c = builtin();
  for (uint32_t i = 0; i < tmc_catalog_n_rules(c); i++) {
    const tmc_rule *r = tmc_catalog_rule_at(c, i);
    if (i)
      assert_true(strcmp(tmc_catalog_rule_at(c, i - 1)->id, r->id) < 0);
    for (uint32_t j = 0; j < r->atlas.n; j++)
      assert_non_null(tmc_catalog_technique(c, r->atlas.v[j]));
    for (uint32_t j = 0; j < r->owasp.n; j++)
      assert_non_null(tmc_catalog_ref(c, r->owasp.v[j]));
    for (uint32_t j = 0; j < r->cwe.n; j++)
      assert_non_null(tmc_catalog_ref(c, r->cwe.v[j]));
    for (uint32_t j = 0; j < r->capec.n; j++)
      assert_non_null(tmc_catalog_ref(c, r->capec.v[j]));
    for (uint32_t j = 0; j < r->controls.n; j++)
      assert_non_null(tmc_catalog_control(c, r->controls.v[j]));
    assert_true(r->likelihood >= 1 && r->likelihood <= 5);
    assert_true(r->impact >= 1 && r->impact <= 5);
  }
  for (uint32_t i = 0; i < tmc_catalog_n_controls(c); i++) {
    const tmc_control *x = tmc_catalog_control_at(c, i);
    for (uint32_t j = 0; j < x->atlas.n; j++)
      assert_non_null(tmc_catalog_mitigation(c, x->atlas.v[j]));
    for (uint32_t j = 0; j < x->nist.n; j++)
      assert_non_null(tmc_catalog_ref(c, x->nist.v[j]));
  }
  tmc_catalog_free(c);
}

/* Every built-in goal (catalogs/goals.yaml) cites ids that exist, has a
 * target, and the four goals reports cite are there: TMC-PATH-001 plain,
 * the three AI chains with patterns. */
static void test_builtin_goals(void **state) {
  tmc_catalog *c = builtin();
  assert_true(tmc_catalog_n_goals(c) >= 4);
  for (uint32_t i = 0; i < tmc_catalog_n_goals(c); i++) {
    const tmc_goal *g = tmc_catalog_goal_at(c, i);
    if (i)
      assert_true(strcmp(tmc_catalog_goal_at(c, i - 1)->id, g->id) < 0);
    assert_null(tmc_catalog_rule(c, g->id));
    assert_ptr_equal(tmc_catalog_goal(c, g->id), g);
    assert_non_null(g->target);
    assert_non_null(g->title);
    assert_true(g->impact >= 0 && g->impact <= 5);
    assert_int_equal(g->chain != NULL, g->n_patterns > 0);
    for (uint32_t j = 0; j < g->atlas.n; j++)
      assert_non_null(tmc_catalog_technique(c, g->atlas.v[j]));
    for (uint32_t j = 0; j < g->same_threat.n; j++)
      assert_non_null(tmc_catalog_technique(c, g->same_threat.v[j]));
    for (uint32_t j = 0; j < g->n_atlas_if; j++) {
      if (g->atlas_if[j].owasp)
        assert_non_null(tmc_catalog_ref(c, g->atlas_if[j].add));
      else
        assert_non_null(tmc_catalog_technique(c, g->atlas_if[j].add));
      assert_non_null(g->atlas_if[j].when);
    }
    for (uint32_t j = 0; j < g->owasp.n; j++)
      assert_non_null(tmc_catalog_ref(c, g->owasp.v[j]));
    for (uint32_t j = 0; j < g->cwe.n; j++)
      assert_non_null(tmc_catalog_ref(c, g->cwe.v[j]));
    for (uint32_t j = 0; j < g->capec.n; j++)
      assert_non_null(tmc_catalog_ref(c, g->capec.v[j]));
  }
  const tmc_goal *plain = tmc_catalog_goal(c, "TMC-PATH-001");
  assert_non_null(plain);
  assert_null(plain->chain);
  assert_int_equal(plain->impact, 0);
  const char *chains[] = {"TMC-PATH-002", "indirect prompt injection",
                          "TMC-PATH-003", "backdoored model reaching production",
                          "TMC-PATH-004", "model extraction and inversion"};
  for (int i = 0; i < 6; i += 2) {
    const tmc_goal *g = tmc_catalog_goal(c, chains[i]);
    assert_non_null(g);
    assert_string_equal(g->chain, chains[i + 1]);
    assert_true(g->n_patterns > 0 && g->same_threat.n > 0);
  }
  tmc_catalog_free(c);
}

/* Each class of mistake in a goal: an error at its line and column, and the
 * goal is not kept. */
static void test_goal_errors(void **state) {
  static const char bad[] =
      "goals:\n"                      /* 1 */
      "  - id: BAD-G1\n"              /* 2 */
      "    title: t\n"                /* 3 */
      "    target: kind == toaster\n" /* 4 */
      "    atlas: [AML.T9999]\n"      /* 5 */
      "    owasp: ['LLM11:2025']\n"   /* 6 */
      "  - id: BAD-G2\n"              /* 7 */
      "    title: t\n"                /* 8 */
      "    chain: c\n"                /* 9 */
      "    target: asset\n"           /* 10 */
      "    hops:\n"                   /* 11 */
      "      - when: crosses\n"       /* 12 */
      "      - via: kind == llm\n"    /* 13 */
      "      - {optional: maybe}\n"   /* 14 */
      "      - {colour: red}\n"       /* 15 */
      "  - id: BAD-G3\n"              /* 16 */
      "    title: t\n"                /* 17 */
      "    target: asset\n"           /* 18 */
      "    hops: [{}]\n"              /* 19 */
      "    atlas: [AML.T0051.001]\n"  /* 20 */
      "    atlas_if:\n"               /* 21 */
      "      - {entry: asset, add: AML.T0053, instead_of: AML.T0070}\n"
      "  - id: BAD-G4\n"                /* 23 */
      "    title: t\n"                  /* 24 */
      "    impact: 9\n"                 /* 25 */
      "  - id: TMC-LLM-001\n"           /* 26 */
      "    title: t\n"                  /* 27 */
      "    target: asset\n"             /* 28 */
      "  - id: BAD-G5\n"                /* 29 */
      "    title: t\n"                  /* 30 */
      "    chain: c\n"                  /* 31 */
      "    target: asset\n"             /* 32 */
      "    hops:\n"                     /* 33 */
      "      - {after: AML.T0051}\n"    /* 34 */
      "      - {aims: [exfiltrate]}\n"; /* 35 */
  tmc_catalog *c = builtin();
  char *path = temp_file(bad);
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 4, 21, "unknown element kind 'toaster'"));
  assert_true(error_at(path, 5, 13, "'AML.T9999' is not an ATLAS technique"));
  assert_true(error_at(path, 6, 13, "unknown OWASP id 'LLM11:2025'"));
  assert_true(error_at(path, 12, 15, "fact 'crosses' is only defined for flows"));
  assert_true(error_at(path, 13, 14, "fact 'kind' is only defined for elements"));
  assert_true(error_at(path, 14, 20, "'optional' must be true or false"));
  assert_true(error_at(path, 15, 10, "unknown key 'colour' in a hop step"));
  assert_true(error_at(path, 19, 11, "give it a 'chain' name"));
  assert_true(error_at(path, 22, 52, "'instead_of' names 'AML.T0070'"));
  assert_true(error_at(path, 23, 5, "goal 'BAD-G4' needs a target"));
  assert_true(error_at(path, 25, 13, "'impact' must be a number from 0 to 5"));
  assert_true(error_at(path, 26, 9, "goal id 'TMC-LLM-001' is already a rule's"));
  assert_null(tmc_catalog_goal(c, "BAD-G1"));
  assert_null(tmc_catalog_goal(c, "BAD-G2"));
  assert_null(tmc_catalog_goal(c, "BAD-G3"));
  assert_null(tmc_catalog_goal(c, "BAD-G4"));
  /* A goal's steps match before any hop has a technique. */
  assert_true(error_at(path, 34, 9, "'after' is for hop_techniques items"));
  assert_true(error_at(path, 35, 9, "'aims' is for hop_techniques items"));
  assert_null(tmc_catalog_goal(c, "BAD-G5"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* Each class of mistake in a hop technique (issue #16): an error at its line
 * and column, and the row is not kept (the built-in rows are). */
static void test_hop_technique_errors(void **state) {
  static const char bad[] =
      "hop_techniques:\n"                                         /* 1 */
      "  - {when: kind == llm}\n"                                 /* 2 */
      "  - {technique: AML.T9999}\n"                              /* 3 */
      "  - {technique: AML.T0051, tactic: AML.TA9999}\n"          /* 4 */
      "  - {technique: AML.T0051, control: magic_shield}\n"       /* 5 */
      "  - {technique: AML.T0051, optional: true}\n"              /* 6 */
      "  - {technique: AML.T0051, colour: red}\n"                 /* 7 */
      "  - {control: authentication}\n"                           /* 8 */
      "  - {technique: ''}\n"                                     /* 9 */
      "  - {technique: AML.T0051, when: kind == toaster}\n"       /* 10 */
      "  - {technique: AML.T0051, via: kind == llm}\n"            /* 11 */
      "  - {technique: AML.T0051, at_entry: true, from: entry}\n" /* 12 */
      "  - {technique: AML.T0051, after: AML.T9999}\n"            /* 13 */
      "  - {technique: AML.T0051, later: kind == toaster}\n"      /* 14 */
      "  - {technique: AML.T0051, aims: [steal_keys]}\n"          /* 15 */
      "  - {technique: AML.T0051, aims: [exfiltrate],\n"          /* 16 */
      "     aims_not: [exfiltrate]}\n";                           /* 17 */
  tmc_catalog *c = builtin();
  uint32_t before = tmc_catalog_n_hop_techniques(c);
  char *path = temp_file(bad);
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 2, 5, "a hop technique needs 'technique'"));
  assert_true(error_at(path, 3, 17, "'AML.T9999' is not an ATLAS technique"));
  assert_true(error_at(path, 4, 36, "'tactic' names no ATLAS tactic"));
  assert_true(error_at(path, 5, 37, "'control' names no control of controls.yaml"));
  assert_true(error_at(path, 6, 5, "no optional or repeat"));
  assert_true(error_at(path, 7, 28, "unknown key 'colour'"));
  assert_true(error_at(path, 8, 5, "needs its technique"));
  assert_true(
      error_at(path, 9, 17, "'technique' must be an ATLAS technique id or a CAPEC id"));
  assert_true(error_at(path, 10, 42, "unknown element kind 'toaster'"));
  assert_true(error_at(path, 11, 33, "fact 'kind' is only defined for elements"));
  assert_true(error_at(path, 12, 5, "a step at_entry tests the entry itself"));
  assert_true(error_at(path, 13, 35, "'AML.T9999' is not an ATLAS technique"));
  assert_true(error_at(path, 14, 43, "unknown element kind 'toaster'"));
  assert_true(error_at(path, 15, 35, "unknown aim 'steal_keys'"));
  assert_true(error_at(path, 16, 5, "both in 'aims' and in 'aims_not'"));
  assert_int_equal(tmc_catalog_n_hop_techniques(c), before);
  unlink(path);
  free(path);
  tmc_catalog_free(c);
  (void)state;
}

/* A user's goal with the id of a built-in one replaces it. */
static void test_goal_override(void **state) {
  tmc_catalog *c = builtin();
  uint32_t n = tmc_catalog_n_goals(c);
  char *path = temp_file("goals:\n  - id: TMC-PATH-001\n    title: Way in\n"
                         "    target: asset and trust >= 2\n    impact: 3\n");
  assert_int_equal(tmc_catalog_add_file(c, path, &diags), 0);
  assert_int_equal(tmc_catalog_n_goals(c), n);
  const tmc_goal *g = tmc_catalog_goal(c, "TMC-PATH-001");
  assert_string_equal(g->title, "Way in");
  assert_string_equal(g->target_text, "asset and trust >= 2");
  assert_true(g->user);
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* A goal's aim: takes each of TMC_GOAL_AIMS, and the error for another names
 * them all, from the one list. */
static void test_goal_aims_one_list(void **state) {
  tmc_catalog *c = builtin();
  char text[256];
#define AIM_GOAL(a, words)                                                               \
  snprintf(text, sizeof text,                                                            \
           "goals:\n  - id: ZZ-AIM-" #a "\n    title: t\n    aim: " #a                   \
           "\n    target: asset\n");                                                     \
  {                                                                                      \
    char *p = temp_file(text);                                                           \
    assert_int_equal(tmc_catalog_add_file(c, p, &diags), 0);                             \
    assert_string_equal(tmc_catalog_goal(c, "ZZ-AIM-" #a)->aim, #a);                     \
    assert_true(tmc_goal_aim_known(#a));                                                 \
    assert_string_equal(tmc_goal_aim_words(#a), words);                                  \
    unlink(p);                                                                           \
    free(p);                                                                             \
  }
  TMC_GOAL_AIMS(AIM_GOAL)
#undef AIM_GOAL
  char *path = temp_file("goals:\n  - id: ZZ-AIM-BAD\n    title: t\n"
                         "    aim: exfiltration\n    target: asset\n");
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 4, 10,
                       "unknown aim 'exfiltration' (exfiltrate, tamper_model, "
                       "hijack_model, act_through_agent, steal_credentials, "
                       "deny_service, act_on_device)"));
  assert_null(tmc_goal_aim_words("exfiltration"));
  assert_null(tmc_goal_aim_words(NULL));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* Attack-path advice names a control in its advice: words, from the catalog
 * (controls.yaml), so a --catalog control gets words of its own, not its raw
 * id; path_pref ranks them, unset last. */
static void test_control_advice(void **state) {
  tmc_catalog *c = builtin();
  for (uint32_t i = 0; i < tmc_catalog_n_controls(c); i++) {
    const tmc_control *x = tmc_catalog_control_at(c, i);
    if (strchr(x->advice, '_'))
      fail_msg("control %s: advice '%s' reads like an id", x->id, x->advice);
  }
  assert_string_equal(tmc_catalog_control_advice(c, "prompt_injection_filter"),
                      "prompt injection filtering");
  assert_string_equal(tmc_catalog_control_advice(c, "encryption_at_rest"),
                      "encryption at rest");
  assert_string_equal(tmc_catalog_control_advice(c, "no_such"), "no_such");
  assert_string_equal(tmc_catalog_control_advice(NULL, "mfa"), "mfa");
  assert_true(tmc_catalog_control_pref(c, "model_provenance") <
              tmc_catalog_control_pref(c, "prompt_injection_filter"));
  assert_true(tmc_catalog_control_pref(c, "prompt_injection_filter") <
              tmc_catalog_control_pref(c, "authentication"));
  assert_true(tmc_catalog_control_pref(c, "authentication") <
              tmc_catalog_control_pref(c, "input_validation"));
  assert_true(tmc_catalog_control_pref(c, "input_validation") < TMC_PATH_PREF_NONE);
  assert_int_equal(tmc_catalog_control_pref(c, "mfa"), TMC_PATH_PREF_NONE);
  assert_int_equal(tmc_catalog_control_pref(c, "no_such"), TMC_PATH_PREF_NONE);
  assert_int_equal(tmc_catalog_control_pref(NULL, "model_provenance"),
                   TMC_PATH_PREF_NONE);

  static const char dot[] = "digraph g {\n"
                            "  u [type=external];\n"
                            "  subgraph cluster_in { label=internal; trust=2;\n"
                            "    web [type=process, label=\"Web app\"];\n"
                            "    db [type=data_store, label=\"Orders\", "
                            "sensitivity=confidential]; }\n"
                            "  u -> web [protocol=http]; web -> db;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, c, "plan");
  assert_true(ir->n_cuts > 0);
  bool seen = false;
  for (uint32_t i = 0; i < ir->n_cuts; i++)
    seen |= strstr(ir->cuts[i].advice, "adding authentication on") != NULL;
  assert_true(seen);
  tmc_ir_free(ir);

  /* A --catalog file rewords a built-in control and adds its own without
   * advice: (its title, first letter lowered). */
  char *path = temp_file("controls:\n"
                         "  - id: authentication\n"
                         "    title: Callers prove who they are\n"
                         "    advice: zz caller checks\n"
                         "    path_pref: 2\n"
                         "  - id: zz_gate\n"
                         "    title: Gate every request\n");
  assert_int_equal(tmc_catalog_add_file(c, path, &diags), 0);
  assert_string_equal(tmc_catalog_control_advice(c, "zz_gate"), "gate every request");
  assert_int_equal(tmc_catalog_control_pref(c, "zz_gate"), TMC_PATH_PREF_NONE);
  assert_int_equal(tmc_catalog_control_pref(c, "authentication"), 2);
  ir = analyse_with(dot, c, "plan");
  seen = false;
  for (uint32_t i = 0; i < ir->n_cuts; i++) {
    assert_null(strstr(ir->cuts[i].advice, "adding authentication on"));
    seen |= strstr(ir->cuts[i].advice, "adding zz caller checks on") != NULL;
  }
  assert_true(seen);
  assert_non_null(strstr(ir->path_plan, "zz caller checks on"));
  seen = false;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH)
      seen |= strstr(ir->findings[i].remediation, "zz caller checks") != NULL;
  assert_true(seen);
  tmc_ir_free(ir);
  char *bad = temp_file("controls:\n"
                        "  - id: zz_bad\n"
                        "    title: t\n"
                        "    path_pref: 0\n");
  assert_true(tmc_catalog_add_file(c, bad, &diags) < 0);
  unlink(bad);
  free(bad);
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* COVERAGE: every OWASP LLM Top 10 2025 and ML Top 10 2023 entry is cited by
 * at least one built-in rule. Skipped, and only skipped, while catalogs/ has
 * no rule files at all (the rules land separately); with any rule present it
 * must pass. */
static void test_owasp_coverage(void **state) {
  tmc_catalog *c = builtin();
  if (tmc_catalog_n_rules(c) == 0) {
    tmc_catalog_free(c);
    skip();
  }
  for (uint32_t i = 0; i < tmc_catalog_n_refs(c); i++) {
    const char *id = tmc_catalog_ref_at(c, i)->id;
    bool owasp = (strncmp(id, "LLM", 3) == 0 && strstr(id, ":2025")) ||
                 (strncmp(id, "ML", 2) == 0 && strstr(id, ":2023"));
    if (!owasp)
      continue;
    bool covered = false;
    for (uint32_t j = 0; j < tmc_catalog_n_rules(c) && !covered; j++)
      covered = tmc_strlist_has(&tmc_catalog_rule_at(c, j)->owasp, id);
    if (!covered)
      fail_msg("OWASP %s is cited by no built-in rule", id);
  }
  tmc_catalog_free(c);
}

/* Adds a --catalog file holding yaml to c; it must load without an error. */
static void add_ok(tmc_catalog *c, const char *yaml) {
  char *path = temp_file(yaml);
  assert_int_equal(tmc_catalog_add_file(c, path, &diags), 0);
  unlink(path);
  free(path);
}

/* Adds a --catalog file holding yaml to c; it must fail with msg at line:col. */
static void add_fails_at(tmc_catalog *c, const char *yaml, uint32_t line, uint32_t col,
                         const char *msg) {
  char *path = temp_file(yaml);
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, line, col, msg));
  unlink(path);
  free(path);
}

/* A --catalog control with a built-in one's id changes what it says and
 * keeps the rest: a file that only rewords "authentication" keeps its
 * path_pref (the path plan's ranking), advice, aliases (what diagrams
 * write), ATLAS and NIST ids and on_endpoints; a list it says replaces the
 * built-in list whole; a new control still needs a title. */
static void test_control_redefinition(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  const tmc_control *b = tmc_catalog_control(c, "authentication");
  assert_non_null(b);
  int pref = b->path_pref;
  bool inbound = b->inbound_only;
  uint32_t n_atlas = b->atlas.n, n_nist = b->nist.n;
  assert_true(pref < TMC_PATH_PREF_NONE);
  assert_true(inbound);
  add_ok(c, "controls:\n"
            "  - id: authentication\n"
            "    title: Callers prove who they are\n"
            "    description: Tokens or client certificates.\n");
  const tmc_control *x = tmc_catalog_control(c, "authentication");
  assert_string_equal(x->title, "Callers prove who they are");
  assert_string_equal(x->description, "Tokens or client certificates.");
  assert_int_equal(x->path_pref, pref);
  assert_int_equal(tmc_catalog_control_pref(c, "authentication"), pref);
  assert_string_equal(tmc_catalog_control_advice(c, "authentication"), "authentication");
  assert_ptr_equal(tmc_catalog_control(c, "mtls"), x);
  assert_true(x->on_endpoints && x->inbound_only);
  assert_int_equal(x->atlas.n, n_atlas);
  assert_int_equal(x->nist.n, n_nist);

  /* Only the ranking, no title: a redefinition may say just what changes.
   * Its aliases replace the built-in ones whole. */
  add_ok(c, "controls:\n"
            "  - id: authentication\n"
            "    path_pref: 2\n"
            "    aliases: [zz_login]\n"
            "    on_endpoints: false\n");
  x = tmc_catalog_control(c, "authentication");
  assert_string_equal(x->title, "Callers prove who they are");
  assert_int_equal(x->path_pref, 2);
  assert_ptr_equal(tmc_catalog_control(c, "zz_login"), x);
  assert_null(tmc_catalog_control(c, "mtls"));
  assert_false(x->on_endpoints || x->inbound_only);
  assert_int_equal(x->atlas.n, n_atlas);

  add_fails_at(c, "controls:\n  - id: zz_new_gate\n    path_pref: 3\n", 2, 5,
               "a control needs an id and a title");
  tmc_catalog_free(c);
}

/* Words two lists share are written once: words.yaml's shell list anchors
 * its code runners and submitted_code (TMC-PATH-012's hop) names them by
 * alias. Each list keeps its own words; a --catalog file may share words the
 * same way, one level deep. The goal reads the list: a word a --catalog adds
 * to submitted_code names the job whose environment is read. */
static void test_shared_word_lists(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  const tmc_lexicon *lx = tmc_catalog_lexicon(c);
  const char *both[] = {"Code interpreter", "Sandbox pool", "Runs customer code"};
  for (size_t i = 0; i < sizeof both / sizeof *both; i++) {
    assert_non_null(tmc_lexicon_says(lx, TMC_WORDS_SHELL, both[i]));
    assert_non_null(tmc_lexicon_says(lx, TMC_WORDS_SUBMITTED_CODE, both[i]));
  }
  assert_non_null(tmc_lexicon_says(lx, TMC_WORDS_SUBMITTED_CODE, "Build runner"));
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_SHELL, "Build runner"));
  assert_non_null(tmc_lexicon_says(lx, TMC_WORDS_SHELL, "Bash host"));
  assert_null(tmc_lexicon_says(lx, TMC_WORDS_SUBMITTED_CODE, "Bash host"));

  static const char dot[] =
      "digraph g {\n"
      "  student [shape=box, label=\"Student\"];\n"
      "  subgraph cluster_s { label=\"Course platform\"; trust=2;\n"
      "    web [label=\"Homework portal\"];\n"
      "    grader [label=\"Autograder zz marking pod\"];\n"
      "    keys [shape=cylinder, label=\"Key vault\"];\n"
      "    tutor [label=\"Tutor model\", type=model]; }\n"
      "  student -> web [label=\"upload assignment\"]; web -> grader;\n"
      "  keys -> grader [label=\"env\"]; grader -> tutor [label=\"feedback\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, c, NULL);
  uint32_t grader = elem(ir, "grader");
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH &&
        ir->paths[ir->findings[i].target].asset == grader)
      assert_string_not_equal(ir->findings[i].rule_id, "TMC-PATH-012");
  tmc_ir_free(ir);

  add_ok(c, "words:\n"
            "  shell: [&zz_graders [zz marking]]\n"
            "  submitted_code: [*zz_graders]\n");
  lx = tmc_catalog_lexicon(c);
  assert_non_null(tmc_lexicon_says(lx, TMC_WORDS_SHELL, "ZZ marking"));
  ir = analyse_with(dot, c, NULL);
  bool seen = false;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].target_kind == TMC_TARGET_PATH &&
        ir->paths[ir->findings[i].target].asset == grader)
      seen |= strcmp(ir->findings[i].rule_id, "TMC-PATH-012") == 0;
  assert_true(seen);
  tmc_ir_free(ir);

  add_fails_at(c, "words:\n  shell: [[[zz deep]]]\n", 2, 12,
               "a word or shape must be a non-empty string");
  tmc_catalog_free(c);
}

/* tidy22: the exports pass's placeholders (a zone= or tech= value that
 * names nothing) are a word list: the built-in "n/a" makes no zone, a value
 * only holding one ("n/a zone") still does, and a word a --catalog file
 * adds ("pending") stops making a zone and an aside. */
static void test_placeholders_are_data(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  static const char dot[] =
      "digraph g {\n"
      "  a [label=\"Checkout\", zone=\"N/A\"];\n"
      "  b [label=\"Payments\", zone=\"n/a zone\"];\n"
      "  d [label=\"Ledger\", zone=\"Pending\", tech=\"pending\"];\n"
      "  a -> b; b -> d;\n"
      "}\n";
  tmc_ir *ir = analyse_with(dot, c, NULL);
  assert_int_equal(ir->elements[elem(ir, "a")].boundary, TMC_NONE);
  assert_int_not_equal(ir->elements[elem(ir, "b")].boundary, TMC_NONE);
  assert_int_not_equal(ir->elements[elem(ir, "d")].boundary, TMC_NONE);
  assert_string_equal(ir->elements[elem(ir, "d")].label, "Ledger (pending)");
  tmc_ir_free(ir);

  add_ok(c, "words:\n  placeholders: [pending]\n");
  ir = analyse_with(dot, c, NULL);
  assert_int_equal(ir->elements[elem(ir, "a")].boundary, TMC_NONE);
  assert_int_not_equal(ir->elements[elem(ir, "b")].boundary, TMC_NONE);
  assert_int_equal(ir->elements[elem(ir, "d")].boundary, TMC_NONE);
  assert_string_equal(ir->elements[elem(ir, "d")].label, "Ledger");
  tmc_ir_free(ir);
  tmc_catalog_free(c);
}

/* tidy22: the prepositions after a step verb are a word list: "Forward to
 * GPT-4o" is a step (no model), "Forward towards GPT-4o" is the model until
 * a --catalog file adds "towards"; "Forward GPT-4o towards" (no preposition
 * right after the verb) stays the model either way. */
static void test_step_prepositions_are_data(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  static const char dot[] = "digraph g {\n"
                            "  node [shape=box];\n"
                            "  u [type=external, label=\"Clerk\"];\n"
                            "  to [label=\"Forward to GPT-4o\"];\n"
                            "  tw [label=\"Forward towards GPT-4o\"];\n"
                            "  q [label=\"Forward GPT-4o towards\"];\n"
                            "  u -> to; u -> tw; u -> q;\n"
                            "}\n";
  tmc_ir *ir = analyse_with(dot, c, NULL);
  assert_int_equal(ir->elements[elem(ir, "to")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "tw")].kind, TMC_KIND_LLM);
  assert_int_equal(ir->elements[elem(ir, "q")].kind, TMC_KIND_LLM);
  tmc_ir_free(ir);

  add_ok(c, "words:\n  step_prepositions: [towards]\n");
  ir = analyse_with(dot, c, NULL);
  assert_int_equal(ir->elements[elem(ir, "to")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "tw")].kind, TMC_KIND_PROCESS);
  assert_int_equal(ir->elements[elem(ir, "q")].kind, TMC_KIND_LLM);
  tmc_ir_free(ir);
  tmc_catalog_free(c);
}

/* A --catalog file that re-lists a built-in word with a weight makes it
 * weigh that (the loader once kept the old weight of a word listed before,
 * and only new words took the entry's); re-listed without one, it weighs
 * as its source does again. */
static void test_relisted_word_weight(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  tmc_kind k;
  const char *w;
  double wt;
  assert_true(tmc_lexicon_kind_word_w(tmc_catalog_lexicon(c), "Hugging Face mirror", &k,
                                      &w, &wt));
  assert_int_equal(k, TMC_KIND_MODEL_REGISTRY);
  assert_true(wt > 8.5);
  add_ok(c, "words:\n"
            "  kinds:\n"
            "    - kind: model_registry\n"
            "      words: [hugging face]\n"
            "    - kind: dataset\n"
            "      weight: 7\n"
            "      words: [datasets, zz corpus]\n");
  const tmc_lexicon *lx = tmc_catalog_lexicon(c);
  assert_true(tmc_lexicon_kind_word_w(lx, "Hugging Face mirror", &k, &w, &wt));
  assert_int_equal(k, TMC_KIND_MODEL_REGISTRY);
  assert_true(wt == tmc_lexicon_weight(lx, TMC_SOURCE_LABEL_WORD));
  assert_true(tmc_lexicon_kind_word_w(lx, "Public datasets", &k, &w, &wt));
  assert_int_equal(k, TMC_KIND_DATASET);
  assert_true(wt == 7);
  assert_true(tmc_lexicon_kind_word_w(lx, "ZZ corpus", &k, &w, &wt));
  assert_true(wt == 7);
  tmc_catalog_free(c);
}

static bool plays_role(const tmc_ir *ir, const char *id, tmc_role r) {
  return TMC_ROLESET_HAS(ir->elements[elem(ir, id)].roles, r);
}

/* What the classify and roles passes know is data: shapes.yaml's loose DOT
 * store shapes (drawn for anything: in a zone named the outside they are
 * the outside; a cylinder stays a store) and roles.yaml's sets (kinds a role
 * word never makes an output sink, the roles that drive an LLM, the
 * technologies of a database that runs queries). A --catalog file adds to
 * them and the passes follow. */
static void test_roles_and_loose_shapes_are_data(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  const tmc_lexicon *lx = tmc_catalog_lexicon(c);
  assert_true(tmc_lexicon_dot_loose(lx, "box3d"));
  assert_true(tmc_lexicon_dot_loose(lx, "NOTE"));
  assert_false(tmc_lexicon_dot_loose(lx, "cylinder"));
  assert_false(tmc_lexicon_dot_loose(lx, "ellipse"));
  assert_false(tmc_lexicon_dot_loose(lx, NULL));
  tmc_kindset never = tmc_lexicon_not_by_word(lx, TMC_ROLE_OUTPUT_SINK);
  const tmc_kind artifacts[] = {TMC_KIND_MODEL,          TMC_KIND_LLM,
                                TMC_KIND_MODEL_REGISTRY, TMC_KIND_DATASET,
                                TMC_KIND_VECTOR_STORE,   TMC_KIND_FEATURE_STORE};
  for (size_t i = 0; i < sizeof artifacts / sizeof *artifacts; i++)
    assert_true(TMC_KINDSET_HAS(never, artifacts[i]));
  assert_false(TMC_KINDSET_HAS(never, TMC_KIND_PROCESS));
  assert_false(TMC_KINDSET_HAS(never, TMC_KIND_DATA_STORE));
  assert_int_equal(tmc_lexicon_not_by_word(lx, TMC_ROLE_AGENT), 0);
  assert_int_equal(tmc_lexicon_llm_drivers(lx),
                   TMC_ROLESET(TMC_ROLE_AGENT) | TMC_ROLESET(TMC_ROLE_PROMPT_ASSEMBLER) |
                       TMC_ROLESET(TMC_ROLE_TOOL_EXECUTOR));
  tmc_techset dbs = tmc_lexicon_query_databases(lx);
  assert_true(TMC_TECHSET_HAS(dbs, TMC_TECH_SQL_DATABASE));
  assert_true(TMC_TECHSET_HAS(dbs, TMC_TECH_DATA_WAREHOUSE));
  assert_false(TMC_TECHSET_HAS(dbs, TMC_TECH_OBJECT_STORAGE));

  static const char zone[] = "digraph g {\n"
                             "  subgraph cluster_i { label=\"Internet\";\n"
                             "    x [shape=hexagon, label=\"Partner feed\"]; }\n"
                             "  subgraph cluster_s { label=\"Backend\"; trust=2;\n"
                             "    api [label=\"Orders API\"]; }\n"
                             "  x -> api;\n"
                             "}\n";
  static const char tool[] =
      "digraph g {\n"
      "  bot [label=\"Support agent\"];\n"
      "  llm [label=\"GPT-4o\", type=llm];\n"
      "  term [label=\"Terminal host\"];\n"
      "  bot -> llm [label=\"prompt\"]; llm -> bot [label=\"tool call\"];\n"
      "  bot -> term [label=\"run\"];\n"
      "}\n";
  tmc_ir *ir = analyse_with(tool, c, "roles");
  assert_true(plays_role(ir, "term", TMC_ROLE_OUTPUT_SINK));
  tmc_ir_free(ir);
  add_ok(c, "shapes:\n"
            "  dot:\n"
            "    - kind: data_store\n"
            "      shapes: [hexagon]\n");
  ir = analyse_with(zone, c, "classify");
  assert_int_equal(ir->elements[elem(ir, "x")].kind, TMC_KIND_DATA_STORE);
  tmc_ir_free(ir);
  add_ok(c, "shapes:\n"
            "  dot:\n"
            "    - kind: data_store\n"
            "      loose: true\n"
            "      shapes: [hexagon]\n"
            "roles:\n"
            "  not_by_word:\n"
            "    output_sink: [process]\n"
            "  query_databases: [search]\n");
  lx = tmc_catalog_lexicon(c);
  assert_true(tmc_lexicon_dot_loose(lx, "hexagon"));
  assert_true(TMC_TECHSET_HAS(tmc_lexicon_query_databases(lx), TMC_TECH_SEARCH));
  assert_true(TMC_TECHSET_HAS(tmc_lexicon_query_databases(lx), TMC_TECH_SQL_DATABASE));
  ir = analyse_with(zone, c, "classify");
  assert_int_equal(ir->elements[elem(ir, "x")].kind, TMC_KIND_EXTERNAL);
  tmc_ir_free(ir);
  ir = analyse_with(tool, c, "roles");
  assert_false(plays_role(ir, "term", TMC_ROLE_OUTPUT_SINK));
  assert_true(plays_role(ir, "term", TMC_ROLE_TOOL_EXECUTOR));
  tmc_ir_free(ir);

  char *path = temp_file("roles:\n"
                         "  not_by_word:\n"
                         "    sinker: [model]\n"
                         "  llm_drivers: [agent, wizard]\n"
                         "  loose: true\n");
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 3, 5, "unknown role 'sinker'"));
  assert_true(error_at(path, 4, 24, "unknown role 'wizard'"));
  assert_true(error_at(path, 5, 3, "unknown key 'loose' in 'roles'"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* sets.yaml's technology, role and word sets, which were tests and lists
 * written in C (reach, roles, facts; authors' stop words: test_authors): each
 * loads and is not empty, each decides what its comment says (an empty or
 * ignored set fails here), and a --catalog file adds to one. */
static void test_sets_are_data(void **state) {
  (void)state;
  tmc_catalog *c = builtin();
  const tmc_lexicon *lx = tmc_catalog_lexicon(c);
  for (int s = 0; s < TMC_TECH_SET_COUNT; s++)
    if (!tmc_lexicon_techs(lx, (tmc_tech_set)s))
      fail_msg("sets: %s is empty", tmc_tech_set_key((tmc_tech_set)s));
  for (int s = 0; s < TMC_ROLE_SET_COUNT; s++)
    if (!tmc_lexicon_roles(lx, (tmc_role_set)s))
      fail_msg("sets: %s is empty", tmc_role_set_key((tmc_role_set)s));
  for (int s = 0; s < TMC_WORD_SET_COUNT; s++)
    if (!tmc_lexicon_set_size(lx, (tmc_word_set)s))
      fail_msg("sets: %s is empty", tmc_word_set_key((tmc_word_set)s));
  assert_true(tmc_lexicon_in_set(lx, TMC_WORDSET_TITLE_STOP, "Whoever"));
  assert_false(tmc_lexicon_in_set(lx, TMC_WORDSET_TITLE_STOP, "injection"));
  assert_false(tmc_lexicon_in_set(lx, TMC_WORDSET_TITLE_STOP, NULL));
  assert_int_equal(tmc_lexicon_techs(lx, TMC_TECH_SET_COUNT), 0);
  assert_true(
      TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_PUBLIC_ENDPOINTS), TMC_TECH_CDN));
  assert_true(TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_COMPUTE), TMC_TECH_VM));
  assert_true(
      TMC_TECHSET_HAS(tmc_lexicon_techs(lx, TMC_TECHS_CLIENTS), TMC_TECH_BROWSER));
  assert_true(
      TMC_ROLESET_HAS(tmc_lexicon_roles(lx, TMC_ROLES_AGENT_SIDE), TMC_ROLE_AGENT));

  /* reach, no zones drawn: a public endpoint (shop), compute named a web
   * front end (host), a client app (app), each with nothing in front of it,
   * is an entry; a VPN is none of them */
  static const char entries[] = "digraph g {\n"
                                "  shop [label=\"Shop\", tech=web_application];\n"
                                "  host [label=\"Storefront host\", tech=vm];\n"
                                "  app [label=\"Field app\", tech=mobile_app];\n"
                                "  gw [label=\"Remote access\", tech=vpn];\n"
                                "  db [label=\"Orders\", shape=cylinder];\n"
                                "  shop -> db; host -> db; app -> db; gw -> db;\n"
                                "}\n";
  /* roles: an agent reading a search index retrieves, whatever the flow says */
  static const char search[] = "digraph g {\n"
                               "  bot [label=\"Helper\", role=agent];\n"
                               "  idx [label=\"Docs\", shape=cylinder, tech=search];\n"
                               "  llm [label=\"Model\", type=llm];\n"
                               "  idx -> bot [label=\"hits\"]; bot -> llm;\n"
                               "}\n";
  tmc_ir *ir = analyse_with(entries, c, "reach");
  assert_true(entry_at(ir, "shop"));
  assert_true(entry_at(ir, "host"));
  assert_true(entry_at(ir, "app"));
  assert_false(entry_at(ir, "gw"));
  assert_false(entry_at(ir, "db"));
  tmc_ir_free(ir);
  /* reach: a stream nothing drawn writes to, that the system reads, is
   * where input starts */
  static const char topic[] = "digraph g {\n"
                              "  t [label=\"Clickstream\", tech=stream];\n"
                              "  job [label=\"Aggregator job\"];\n"
                              "  t -> job;\n"
                              "}\n";
  ir = analyse_with(topic, c, "reach");
  assert_true(entry_at(ir, "t"));
  tmc_ir_free(ir);
  ir = analyse_with(search, c, "roles");
  assert_true(plays_role(ir, "bot", TMC_ROLE_RETRIEVER));
  tmc_ir_free(ir);

  /* facts: an API gateway is a product, no application code (gw); a model a
   * mobile app talks to runs on a device (m); an entity built on a browser
   * is a person, no outside source even when third-party (kiosk); the app
   * that runs a model beside it calls no inference API (m2) */
  static const char products[] =
      "digraph g {\n"
      "  gw [label=\"Gateway\", tech=api_gateway];\n"
      "  app [label=\"Orders service\"];\n"
      "  phone [label=\"Field app\", tech=mobile_app];\n"
      "  m [label=\"Classifier\", type=model];\n"
      "  kiosk [label=\"Kiosk\", shape=box, type=external, tech=browser,\n"
      "         source=third_party];\n"
      "  subgraph cluster_h { label=\"Handset\";\n"
      "    app2 [label=\"Camera app\", tech=mobile_app];\n"
      "    m2 [label=\"Detector\", type=model]; }\n"
      "  gw -> app; phone -> m; kiosk -> app; app2 -> m2 [protocol=https];\n"
      "}\n";
  /* facts: code a package index supplies calls out through a DNS resolver
   * (a relay): egress when it plays an AI role (ing), the agent rules' when
   * it is on the agent's side (bot) */
  static const char egress[] =
      "digraph g {\n"
      "  subgraph cluster_in { label=\"Internet\"; trust=0;\n"
      "    pypi [label=\"PyPI\", type=external];\n"
      "    home [label=\"Callback host\", type=external]; }\n"
      "  subgraph cluster_s { label=\"Backend\"; trust=2;\n"
      "    ing [label=\"Loader\", role=ingestion];\n"
      "    bot [label=\"Helper\", role=agent];\n"
      "    dns [label=\"Resolver\", tech=dns]; }\n"
      "  pypi -> ing [label=\"packages\"]; pypi -> bot [label=\"packages\"];\n"
      "  ing -> dns; bot -> dns; dns -> home;\n"
      "}\n";
  ir = analyse_with(products, c, "facts");
  assert_false(ir->elements[elem(ir, "gw")].facts.app_code);
  assert_true(ir->elements[elem(ir, "app")].facts.app_code);
  assert_true(ir->elements[elem(ir, "m")].facts.on_device);
  assert_false(ir->elements[elem(ir, "kiosk")].facts.outside_source);
  assert_false(ir->elements[elem(ir, "m2")].facts.inference_api);
  tmc_ir_free(ir);
  /* facts: code that builds prompts moves no money, whatever its name says
   * (bot), and passes model output on however it is drawn (orch, an entity,
   * to tool) */
  static const char prompts[] =
      "digraph g {\n"
      "  bot [label=\"Payment assistant\", role=agent];\n"
      "  llm [label=\"Model\", type=llm];\n"
      "  orch [label=\"Orchestrator\", shape=box, type=external, role=agent];\n"
      "  tool [label=\"Ticket tool\", type=agent_tool];\n"
      "  llm -> bot; llm -> orch; orch -> tool;\n"
      "}\n";
  ir = analyse_with(prompts, c, "facts");
  assert_false(ir->elements[elem(ir, "bot")].facts.moves_money);
  assert_true(ir->elements[elem(ir, "tool")].facts.model_output);
  tmc_ir_free(ir);
  ir = analyse_with(egress, c, "facts");
  assert_true(ir->flows[flow(ir, "ing", "dns")].facts.supplied_egress);
  assert_true(ir->flows[flow(ir, "dns", "home")].facts.supplied_egress);
  assert_false(ir->flows[flow(ir, "bot", "dns")].facts.supplied_egress);
  tmc_ir_free(ir);

  add_ok(c, "sets:\n"
            "  public_endpoints: [vpn]\n"
            "  title_stop_words: [injection]\n");
  assert_true(
      tmc_lexicon_in_set(tmc_catalog_lexicon(c), TMC_WORDSET_TITLE_STOP, "injection"));
  assert_true(
      tmc_lexicon_in_set(tmc_catalog_lexicon(c), TMC_WORDSET_TITLE_STOP, "whoever"));
  assert_true(TMC_TECHSET_HAS(
      tmc_lexicon_techs(tmc_catalog_lexicon(c), TMC_TECHS_PUBLIC_ENDPOINTS),
      TMC_TECH_WEB_APPLICATION));
  ir = analyse_with(entries, c, "reach");
  assert_true(entry_at(ir, "gw"));
  assert_true(entry_at(ir, "shop"));
  tmc_ir_free(ir);

  char *path = temp_file("sets:\n"
                         "  compute: [vm, mainframe]\n"
                         "  agent_side: [agent, wizard]\n"
                         "  servers: [vm]\n"
                         "  title_stop_words: [the, so what]\n");
  assert_true(tmc_catalog_add_file(c, path, &diags) < 0);
  assert_true(error_at(path, 2, 17, "unknown technology 'mainframe'"));
  assert_true(error_at(path, 3, 23, "unknown role 'wizard'"));
  assert_true(error_at(path, 4, 3, "unknown key 'servers' in 'sets' (public_endpoints"));
  assert_true(error_at(path, 5, 27, "'so what' must be one word"));
  unlink(path);
  free(path);
  tmc_catalog_free(c);
}

/* cmake/embed.cmake's table (catalog.c keeps the same declaration). */
struct tmc_embedded {
  const char *name;
  const char *data;
  size_t size;
};
extern const struct tmc_embedded tmc_embedded_files[];

static void assert_marks_equal(yaml_mark_t a, yaml_mark_t b) {
  assert_int_equal(a.index, b.index);
  assert_int_equal(a.line, b.line);
  assert_int_equal(a.column, b.column);
}

/* Every built-in file's packed document (tools/catalog_pack.c) rebuilds the
 * document libyaml loads from the embedded bytes: node for node, the same
 * type, tag, style, value, items, pairs and marks. */
static void test_packed_docs_are_libyaml_docs(void **state) {
  int files = 0;
  for (const struct tmc_embedded *e = tmc_embedded_files; e->name; e++, files++) {
    const struct tmc_packed_doc *p = tmc_packed_docs;
    while (p->name && strcmp(p->name, e->name) != 0)
      p++;
    assert_non_null(p->name);
    yaml_parser_t parser;
    yaml_document_t want, got;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)e->data, e->size);
    assert_true(yaml_parser_load(&parser, &want));
    yaml_parser_delete(&parser);
    assert_non_null(yaml_document_get_root_node(&want));
    assert_int_equal(p->n_nodes, want.nodes.top - want.nodes.start);
    tmc_packed_unpack(p, &got);
    assert_int_equal(got.start_implicit, want.start_implicit);
    assert_int_equal(got.end_implicit, want.end_implicit);
    assert_marks_equal(got.start_mark, want.start_mark);
    assert_marks_equal(got.end_mark, want.end_mark);
    for (uint32_t i = 0; i < p->n_nodes; i++) {
      const yaml_node_t *a = &got.nodes.start[i], *b = &want.nodes.start[i];
      assert_int_equal(a->type, b->type);
      assert_string_equal((const char *)a->tag, b->tag ? (const char *)b->tag : "");
      assert_marks_equal(a->start_mark, b->start_mark);
      assert_marks_equal(a->end_mark, b->end_mark);
      switch (b->type) {
      case YAML_SCALAR_NODE:
        assert_int_equal(a->data.scalar.style, b->data.scalar.style);
        assert_int_equal(a->data.scalar.length, b->data.scalar.length);
        assert_memory_equal(a->data.scalar.value, b->data.scalar.value,
                            b->data.scalar.length + 1);
        break;
      case YAML_SEQUENCE_NODE: {
        ptrdiff_t n = b->data.sequence.items.top - b->data.sequence.items.start;
        assert_int_equal(a->data.sequence.style, b->data.sequence.style);
        assert_int_equal(a->data.sequence.items.top - a->data.sequence.items.start, n);
        for (ptrdiff_t j = 0; j < n; j++)
          assert_int_equal(a->data.sequence.items.start[j],
                           b->data.sequence.items.start[j]);
        break;
      }
      case YAML_MAPPING_NODE: {
        ptrdiff_t n = b->data.mapping.pairs.top - b->data.mapping.pairs.start;
        assert_int_equal(a->data.mapping.style, b->data.mapping.style);
        assert_int_equal(a->data.mapping.pairs.top - a->data.mapping.pairs.start, n);
        for (ptrdiff_t j = 0; j < n; j++) {
          assert_int_equal(a->data.mapping.pairs.start[j].key,
                           b->data.mapping.pairs.start[j].key);
          assert_int_equal(a->data.mapping.pairs.start[j].value,
                           b->data.mapping.pairs.start[j].value);
        }
        break;
      }
      case YAML_NO_NODE:
        break;
      }
    }
    free(got.nodes.start);
    yaml_document_delete(&want);
  }
  assert_true(files > 10);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_builtin_atlas),
      cmocka_unit_test(test_user_rule_fires),
      cmocka_unit_test(test_user_override),
      cmocka_unit_test(test_user_errors),
      cmocka_unit_test(test_syntax_and_shape_errors),
      cmocka_unit_test(test_atlas_option),
      cmocka_unit_test(test_builtin_citations),
      cmocka_unit_test(test_owasp_coverage),
      cmocka_unit_test(test_builtin_goals),
      cmocka_unit_test(test_goal_errors),
      cmocka_unit_test(test_hop_technique_errors),
      cmocka_unit_test(test_goal_override),
      cmocka_unit_test(test_control_advice),
      cmocka_unit_test(test_goal_aims_one_list),
      cmocka_unit_test(test_control_redefinition),
      cmocka_unit_test(test_shared_word_lists),
      cmocka_unit_test(test_relisted_word_weight),
      cmocka_unit_test(test_roles_and_loose_shapes_are_data),
      cmocka_unit_test(test_sets_are_data),
      cmocka_unit_test(test_placeholders_are_data),
      cmocka_unit_test(test_step_prepositions_are_data),
      cmocka_unit_test(test_packed_docs_are_libyaml_docs),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  tmc_diags_free(&diags);
  return rc;
}
