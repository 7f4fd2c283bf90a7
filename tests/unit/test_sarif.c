/* test_sarif.c - the SARIF back end, checked structurally: each test builds an
 * IR by hand, renders it, parses the output with a strict little JSON reader
 * (rejects raw control characters and invalid UTF-8 in strings) and looks up
 * what SARIF 2.1.0 and GitHub code scanning require by path, e.g.
 * "runs/0/results/2/locations/0/physicalLocation/region/startLine". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backends/backends.h"
#include "backends/escape.h"
#include "ir/jsonread.h"
#include "ir_helpers.h"

/* The strict JSON reader lives in the library (ir/jsonread.h). */
typedef tmc_jv jv;
#define J_NULL TMC_JV_NULL
#define J_BOOL TMC_JV_BOOL
#define J_NUM TMC_JV_NUM
#define J_STR TMC_JV_STR
#define J_ARR TMC_JV_ARR
#define J_OBJ TMC_JV_OBJ
#define jfree tmc_jv_free
#define jget tmc_jv_get
#define jstr tmc_jv_str
#define jnum tmc_jv_num
#define jlen tmc_jv_len
#define jhas_str tmc_jv_has_str
static jv *jparse(const char *s) {
  return tmc_jv_parse(s, NULL, NULL);
}

/* ---- building IRs and rendering them ------------------------------------------- */

static uint32_t add_el(tmc_ir *ir, const char *id, const char *label, tmc_kind kind,
                       uint32_t line) {
  uint32_t i = ir_el(ir, id, label, kind, TMC_NONE);
  ir->elements[i].loc = tmc_loc_at(ir->file, line, 0);
  return i;
}

static uint32_t add_fl(tmc_ir *ir, uint32_t s, uint32_t t, const char *label,
                       uint32_t line) {
  uint32_t i = ir_fl(ir, s, t, label);
  ir->flows[i].loc = tmc_loc_at(ir->file, line, 0);
  return i;
}

static tmc_finding *add_fi(tmc_ir *ir, const char *rule, tmc_target kind, uint32_t target,
                           tmc_severity sev, int score) {
  uint32_t i = tmc_ir_add_finding(ir); /* it may move the array */
  tmc_finding *f = &ir->findings[i];
  f->rule_id = rule;
  f->title = "Test threat";
  f->target_kind = kind;
  f->target = target;
  f->stride = TMC_STRIDE_T;
  f->likelihood = 3;
  f->impact = 3;
  f->score = score;
  f->severity = sev;
  f->evidence = "the test said so";
  return f;
}

static tmc_ir *new_ir(void) {
  tmc_ir *ir = ir_by_hand("models/app.dot", "G", NULL);
  ir->title = "G";
  return ir;
}

static char *render_with(const tmc_ir *ir, const tmc_diags *rd, tmc_diags *d) {
  tmc_report_ctx ctx = {0};
  ctx.diags = rd;
  ctx.input_uri = "models/app.dot";
  ctx.srcroot = "/repo/src";
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(tmc_backend_sarif(&b, ir, &ctx, d), 0);
  return tmc_buf_detach(&b);
}

/* Renders and parses; fails the test unless the output is valid JSON. */
static jv *render(const tmc_ir *ir) {
  tmc_diags d = TMC_DIAGS_INIT;
  char *s = render_with(ir, NULL, &d);
  jv *v = jparse(s);
  if (!v)
    fail_msg("not valid JSON:\n%.2000s", s);
  free(s);
  tmc_diags_free(&d);
  return v;
}

static bool is_fingerprint(const char *s) {
  if (!s || strlen(s) < 18)
    return false;
  for (int i = 0; i < 16; i++)
    if (!strchr("0123456789abcdef", s[i]))
      return false;
  if (s[16] != ':' || !s[17])
    return false;
  for (const char *p = s + 17; *p; p++)
    if (*p < '0' || *p > '9')
      return false;
  return true;
}

/* What every result must have for SARIF and GitHub, checked on each. */
static void check_result_shape(const jv *log, size_t i) {
  char p[128];
  const jv *rules = jget(log, "runs/0/tool/driver/rules");
  assert_non_null(rules);
#define R(fmt) (snprintf(p, sizeof p, "runs/0/results/%zu/" fmt, i), p)
  const char *rule = jstr(log, R("ruleId"));
  assert_non_null(rule);
  double idx = jnum(log, R("ruleIndex"));
  assert_true(idx >= 0 && (size_t)idx < rules->n);
  assert_string_equal(jstr(rules->items[(size_t)idx], "id"), rule);
  const char *level = jstr(log, R("level"));
  assert_non_null(level);
  assert_true(strcmp(level, "error") == 0 || strcmp(level, "warning") == 0 ||
              strcmp(level, "note") == 0);
  assert_non_null(jstr(log, R("message/text")));
  assert_true(strlen(jstr(log, R("message/text"))) > 0);
  assert_string_equal(jstr(log, R("locations/0/physicalLocation/artifactLocation/uri")),
                      "models/app.dot");
  assert_string_equal(
      jstr(log, R("locations/0/physicalLocation/artifactLocation/uriBaseId")), "SRCROOT");
  assert_true(jnum(log, R("locations/0/physicalLocation/region/startLine")) >= 1);
  assert_non_null(jstr(log, R("locations/0/logicalLocations/0/name")));
  assert_non_null(jstr(log, R("locations/0/logicalLocations/0/fullyQualifiedName")));
  assert_non_null(jstr(log, R("locations/0/logicalLocations/0/kind")));
  assert_true(
      is_fingerprint(jstr(log, R("partialFingerprints/primaryLocationLineHash"))));
#undef R
}

/* ---- tests ----------------------------------------------------------------------- */

static void test_result_structure(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t web = add_el(ir, "web", "Web App", TMC_KIND_PROCESS, 3);
  uint32_t db = add_el(ir, "db", "Orders DB", TMC_KIND_DATA_STORE, 0); /* line unknown */
  uint32_t q = add_fl(ir, web, db, "query", 5);
  tmc_finding *f = add_fi(ir, "R-WEB", TMC_TARGET_ELEMENT, web, TMC_SEV_CRITICAL, 20);
  f->title = "Unauthenticated admin API";
  f->description = "Anyone who reaches the API can administer it.";
  f->remediation = "Require authentication.";
  f->stride = TMC_STRIDE_S | TMC_STRIDE_E;
  f->likelihood = 4;
  f->impact = 5;
  tmc_strlist_add(&f->atlas, "AML.T0051");
  tmc_strlist_add(&f->owasp, "LLM01:2025");
  tmc_strlist_add(&f->cwe, "CWE-306");
  tmc_strlist_add(&f->capec, "CAPEC-115");
  add_fi(ir, "R-FLOW", TMC_TARGET_FLOW, q, TMC_SEV_MEDIUM, 9);
  add_fi(ir, "R-DB", TMC_TARGET_ELEMENT, db, TMC_SEV_LOW, 2);

  jv *log = render(ir);
  assert_string_equal(jstr(log, "version"), "2.1.0");
  assert_non_null(jstr(log, "$schema"));
  assert_int_equal(jlen(log, "runs"), 1);
  assert_string_equal(jstr(log, "runs/0/tool/driver/name"), "tmc");
  assert_string_equal(jstr(log, "runs/0/tool/driver/version"), TMC_VERSION);
  assert_string_equal(jstr(log, "runs/0/tool/driver/semanticVersion"), TMC_VERSION);
  assert_non_null(jstr(log, "runs/0/tool/driver/informationUri"));
  assert_true(jget(log, "runs/0/invocations/0/executionSuccessful")->b);
  assert_string_equal(jstr(log, "runs/0/automationDetails/id"), "tmc/models/app.dot/");
  assert_string_equal(jstr(log, "runs/0/originalUriBaseIds/SRCROOT/uri"),
                      "file:///repo/src/");

  /* Rules: one per rule that produced a result, sorted by id. */
  assert_int_equal(jlen(log, "runs/0/tool/driver/rules"), 3);
  assert_string_equal(jstr(log, "runs/0/tool/driver/rules/0/id"), "R-DB");
  assert_string_equal(jstr(log, "runs/0/tool/driver/rules/1/id"), "R-FLOW");
  assert_string_equal(jstr(log, "runs/0/tool/driver/rules/2/id"), "R-WEB");
  const jv *rule = jget(log, "runs/0/tool/driver/rules/2");
  assert_string_equal(jstr(rule, "name"), "UnauthenticatedAdminAPI");
  assert_string_equal(jstr(rule, "shortDescription/text"), "Unauthenticated admin API");
  assert_string_equal(jstr(rule, "fullDescription/text"),
                      "Anyone who reaches the API can administer it.");
  assert_non_null(strstr(jstr(rule, "help/text"), "Require authentication."));
  assert_non_null(strstr(jstr(rule, "help/markdown"), "## Remediation"));
  assert_non_null(strstr(jstr(rule, "help/markdown"),
                         "https://cwe.mitre.org/data/definitions/306.html"));
  assert_string_equal(jstr(rule, "helpUri"),
                      "https://atlas.mitre.org/techniques/AML.T0051");
  assert_string_equal(jstr(rule, "defaultConfiguration/level"), "error");
  for (const char *const *t =
           (const char *const[]){"security", "Spoofing", "ElevationOfPrivilege",
                                 "external/cwe/cwe-306", "LLM01:2025", "AML.T0051", NULL};
       *t; t++)
    assert_true(jhas_str(rule, "properties/tags", *t));
  assert_false(jhas_str(rule, "properties/tags", "Tampering"));
  /* critical band is 9.1..10.0; score 20 of 25 lands at 9.8 */
  assert_string_equal(jstr(rule, "properties/security-severity"), "9.8");
  assert_string_equal(jstr(rule, "properties/precision"), "medium");
  assert_string_equal(
      jstr(log, "runs/0/tool/driver/rules/1/properties/security-severity"),
      "4.9"); /* medium band 4.0..6.9, score 9 */
  assert_string_equal(
      jstr(log, "runs/0/tool/driver/rules/0/properties/security-severity"), "0.2");
  assert_string_equal(jstr(log, "runs/0/tool/driver/rules/0/defaultConfiguration/level"),
                      "note");

  /* Results: most severe first. */
  assert_int_equal(jlen(log, "runs/0/results"), 3);
  for (size_t i = 0; i < 3; i++)
    check_result_shape(log, i);
  const jv *r = jget(log, "runs/0/results/0");
  assert_string_equal(jstr(r, "ruleId"), "R-WEB");
  assert_int_equal(jnum(r, "ruleIndex"), 2);
  assert_string_equal(jstr(r, "level"), "error");
  const char *msg = jstr(r, "message/text");
  assert_non_null(strstr(msg, "Unauthenticated admin API"));
  assert_non_null(strstr(msg, "'Web App' (web)"));
  assert_non_null(strstr(msg, "the test said so"));
  assert_int_equal(jnum(r, "locations/0/physicalLocation/region/startLine"), 3);
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/name"), "Web App");
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/fullyQualifiedName"),
                      "web");
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/kind"), "process");
  assert_null(jget(r, "suppressions"));
  assert_null(jget(r, "codeFlows"));
  assert_string_equal(jstr(r, "properties/stride/0"), "Spoofing");
  assert_string_equal(jstr(r, "properties/stride/1"), "ElevationOfPrivilege");
  assert_string_equal(jstr(r, "properties/atlas/0"), "AML.T0051");
  assert_string_equal(jstr(r, "properties/owasp/0"), "LLM01:2025");
  assert_string_equal(jstr(r, "properties/cwe/0"), "CWE-306");
  assert_string_equal(jstr(r, "properties/capec/0"), "CAPEC-115");
  assert_int_equal(jnum(r, "properties/likelihood"), 4);
  assert_int_equal(jnum(r, "properties/impact"), 5);
  assert_int_equal(jnum(r, "properties/risk"), 20);
  assert_string_equal(jstr(r, "properties/evidence"), "the test said so");
  assert_string_equal(jstr(r, "properties/status"), "open");

  r = jget(log, "runs/0/results/1");
  assert_string_equal(jstr(r, "ruleId"), "R-FLOW");
  assert_string_equal(jstr(r, "level"), "warning");
  assert_int_equal(jnum(r, "locations/0/physicalLocation/region/startLine"), 5);
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/name"), "query");
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/fullyQualifiedName"),
                      "web -> db");
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/kind"), "data_flow");

  r = jget(log, "runs/0/results/2");
  assert_string_equal(jstr(r, "ruleId"), "R-DB");
  assert_int_equal(jnum(r, "ruleIndex"), 0);
  assert_string_equal(jstr(r, "level"), "note");
  /* an unknown line still gives GitHub a line to show */
  assert_int_equal(jnum(r, "locations/0/physicalLocation/region/startLine"), 1);
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/kind"), "data_store");
  jfree(log);
  tmc_ir_free(ir);
}

/* Rule metadata comes from the catalog rule when the finding has one. */
static void test_rule_from_catalog(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t e = add_el(ir, "llm", "LLM", TMC_KIND_LLM, 2);
  tmc_rule rule = {0};
  rule.id = "AI-PI";
  rule.title = "Prompt injection";
  rule.description = "Untrusted text steers the model.";
  rule.remediation = "Separate instructions from data.";
  rule.stride = TMC_STRIDE_T;
  tmc_strlist_add(&rule.atlas, "AML.T0051.001");
  tmc_finding *f = add_fi(ir, "AI-PI", TMC_TARGET_ELEMENT, e, TMC_SEV_HIGH, 16);
  f->title = "finding's own title";
  f->rule = &rule;
  jv *log = render(ir);
  const jv *r = jget(log, "runs/0/tool/driver/rules/0");
  assert_string_equal(jstr(r, "shortDescription/text"), "Prompt injection");
  assert_string_equal(jstr(r, "fullDescription/text"),
                      "Untrusted text steers the model.");
  assert_non_null(strstr(jstr(r, "help/text"), "Separate instructions from data."));
  assert_string_equal(jstr(r, "helpUri"),
                      "https://atlas.mitre.org/techniques/AML.T0051.001");
  assert_string_equal(jstr(r, "properties/precision"), "high");
  assert_true(jhas_str(r, "properties/tags", "AML.T0051.001"));
  jfree(log);
  tmc_strlist_free(&rule.atlas);
  tmc_ir_free(ir);
}

static void test_code_flows(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t user = add_el(ir, "user", "Anonymous user", TMC_KIND_EXTERNAL, 2);
  uint32_t api = add_el(ir, "api", "Inference API", TMC_KIND_PROCESS, 4);
  uint32_t store = add_el(ir, "store", "Training data", TMC_KIND_DATASET, 6);
  uint32_t f1 = add_fl(ir, user, api, "predict", 8);
  uint32_t f2 = add_fl(ir, store, api, "read", 9);
  uint32_t zone = tmc_ir_add_boundary(ir, 0, "cluster_dc", TMC_BOUNDARY_CLUSTER);
  ir->boundaries[zone].label = "Data centre";
  uint32_t pi = tmc_ir_add_path(ir);
  tmc_path *p = &ir->paths[pi];
  p->entry = user;
  p->asset = store;
  p->n_hops = 3;
  p->hops = tmc_arena_alloc(ir->arena, 3 * sizeof(tmc_hop));
  p->hops[0] = (tmc_hop){.element = user,
                         .flow = TMC_NONE,
                         .reverse = false,
                         .boundary = TMC_NONE,
                         .weakness = NULL};
  p->hops[1] = (tmc_hop){.element = api,
                         .flow = f1,
                         .reverse = false,
                         .boundary = zone,
                         .weakness = "unauthenticated crossing"};
  p->hops[2] = (tmc_hop){.element = store,
                         .flow = f2,
                         .reverse = true,
                         .boundary = TMC_NONE,
                         .weakness = NULL};
  p->chain = "model extraction";
  p->rank = 1;
  tmc_finding *f = add_fi(ir, "PATH", TMC_TARGET_PATH, pi, TMC_SEV_HIGH, 15);
  f->title = "Attack path: Anonymous user to Training data"; /* rule: "Attack path" */

  jv *log = render(ir);
  check_result_shape(log, 0);
  const jv *r = jget(log, "runs/0/results/0");
  /* shown at the asset, like a taint alert at its sink */
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/fullyQualifiedName"),
                      "store");
  assert_int_equal(jnum(r, "locations/0/physicalLocation/region/startLine"), 6);
  assert_string_equal(jstr(r, "relatedLocations/0/logicalLocations/0/fullyQualifiedName"),
                      "user");
  assert_non_null(strstr(jstr(r, "message/text"), "in 2 hops (user -> api -> store)"));
  assert_string_equal(jstr(log, "runs/0/tool/driver/rules/0/shortDescription/text"),
                      "Attack path");
  assert_int_equal(jlen(r, "codeFlows"), 1);
  assert_int_equal(jlen(r, "codeFlows/0/threadFlows"), 1);
  const jv *locs = jget(r, "codeFlows/0/threadFlows/0/locations");
  assert_int_equal(locs->n, 3);
  const char *ids[] = {"user", "api", "store"};
  const int lines[] = {2, 4, 6};
  for (size_t h = 0; h < 3; h++) {
    const jv *l = locs->items[h];
    assert_string_equal(jstr(l, "location/logicalLocations/0/fullyQualifiedName"),
                        ids[h]);
    assert_int_equal(jnum(l, "location/physicalLocation/region/startLine"), lines[h]);
    assert_string_equal(jstr(l, "location/physicalLocation/artifactLocation/uri"),
                        "models/app.dot");
    assert_int_equal(jnum(l, "executionOrder"), h + 1);
    assert_non_null(jstr(l, "location/message/text"));
  }
  assert_null(jget(locs->items[0], "location/logicalLocations/1"));
  assert_string_equal(
      jstr(locs->items[1], "location/logicalLocations/1/fullyQualifiedName"),
      "user -> api");
  assert_string_equal(jstr(locs->items[1], "location/logicalLocations/1/kind"),
                      "data_flow");
  const char *m1 = jstr(locs->items[1], "location/message/text");
  assert_non_null(strstr(m1, "Data centre"));
  assert_non_null(strstr(m1, "unauthenticated crossing"));
  assert_non_null(strstr(jstr(locs->items[2], "location/message/text"), "Reads"));
  assert_string_equal(jstr(r, "properties/path/chain"), "model extraction");
  assert_int_equal(jnum(r, "properties/path/hops"), 3);
  jfree(log);
  tmc_ir_free(ir);
}

static void test_suppressions(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t e = add_el(ir, "api", "API", TMC_KIND_PROCESS, 1);
  tmc_finding *m = add_fi(ir, "R-M", TMC_TARGET_ELEMENT, e, TMC_SEV_HIGH, 16);
  m->status = TMC_STATUS_MITIGATED;
  m->status_by = "authentication";
  tmc_finding *a = add_fi(ir, "R-A", TMC_TARGET_ELEMENT, e, TMC_SEV_MEDIUM, 8);
  a->status = TMC_STATUS_ACCEPTED;
  a->status_by = "internal demo only, ticket SEC-12";
  add_fi(ir, "R-O", TMC_TARGET_ELEMENT, e, TMC_SEV_LOW, 2);
  jv *log = render(ir);
  const jv *r = jget(log, "runs/0/results/0");
  assert_string_equal(jstr(r, "ruleId"), "R-M");
  assert_int_equal(jlen(r, "suppressions"), 1);
  assert_string_equal(jstr(r, "suppressions/0/kind"), "inSource");
  assert_string_equal(jstr(r, "suppressions/0/status"), "accepted");
  assert_non_null(strstr(jstr(r, "suppressions/0/justification"), "authentication"));
  assert_string_equal(jstr(r, "properties/status"), "mitigated");
  assert_non_null(strstr(jstr(r, "message/text"), "Mitigated by authentication"));
  r = jget(log, "runs/0/results/1");
  assert_string_equal(jstr(r, "ruleId"), "R-A");
  assert_string_equal(jstr(r, "suppressions/0/status"), "accepted");
  assert_non_null(strstr(jstr(r, "suppressions/0/justification"), "ticket SEC-12"));
  r = jget(log, "runs/0/results/2");
  assert_string_equal(jstr(r, "ruleId"), "R-O");
  assert_null(jget(r, "suppressions"));
  jfree(log);
  tmc_ir_free(ir);
}

/* Labels and ids are attacker-controlled: quotes, backslashes, control
 * characters, invalid UTF-8 must come out as valid JSON that decodes to the
 * same text (invalid bytes as U+FFFD). */
static void test_hostile_labels(void **state) {
  tmc_ir *ir = tmc_ir_new("we ird/d#i?a%g.dot");
  tmc_ir_add_page(ir, "G\"\n");
  const char *label = "\"}]\\ \x01\x1f\x7f\n</script>\xff\xc0\xaf \xe2\x80\xa8 ok";
  const char *want = "\"}]\\ \x01\x1f\x7f\n</script>\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd "
                     "\xe2\x80\xa8 ok";
  uint32_t e = add_el(ir, "n\"\\\x02", label, TMC_KIND_PROCESS, 1);
  tmc_finding *f = add_fi(ir, "R\"1", TMC_TARGET_ELEMENT, e, TMC_SEV_HIGH, 12);
  f->title = "T\x03\xfe";
  f->evidence = "because \"\\\xff";
  f->description = "desc \x1b[31m red";
  tmc_diags rd = TMC_DIAGS_INIT;
  tmc_warning(&rd, tmc_loc_at(ir->file, 4, 0), "odd \"attr\" \x01\xff");
  tmc_error(&rd, tmc_loc_at("/etc/other.yaml", 2, 0), "bad");
  tmc_report_ctx ctx = {0};
  ctx.diags = &rd;
  ctx.input_uri = "we ird/d#i?a%g.dot";
  ctx.srcroot = "/root dir/x";
  tmc_buf b = TMC_BUF_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_backend_sarif(&b, ir, &ctx, &d), 0);
  for (size_t i = 0; i < b.len; i++) /* raw controls never reach the file */
    assert_true((unsigned char)b.data[i] >= 0x20 || b.data[i] == '\n');
  jv *log = jparse(b.data);
  assert_non_null(log);
  const jv *r = jget(log, "runs/0/results/0");
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/name"), want);
  assert_string_equal(jstr(r, "locations/0/logicalLocations/0/fullyQualifiedName"),
                      "n\"\\\x02");
  assert_string_equal(jstr(r, "ruleId"), "R\"1");
  assert_string_equal(jstr(r, "properties/evidence"), "because \"\\\xef\xbf\xbd");
  assert_string_equal(jstr(r, "locations/0/physicalLocation/artifactLocation/uri"),
                      "we%20ird/d%23i%3Fa%25g.dot");
  assert_string_equal(jstr(log, "runs/0/originalUriBaseIds/SRCROOT/uri"),
                      "file:///root%20dir/x/");
  assert_false(jget(log, "runs/0/invocations/0/executionSuccessful")->b);
  const jv *n = jget(log, "runs/0/invocations/0/toolExecutionNotifications");
  assert_int_equal(n->n, 2);
  assert_string_equal(jstr(n->items[0], "level"), "warning");
  /* (the diagnostics module already turned the control character into a space) */
  assert_string_equal(jstr(n->items[0], "message/text"), "odd \"attr\"  \xef\xbf\xbd");
  assert_int_equal(jnum(n->items[0], "locations/0/physicalLocation/region/startLine"), 4);
  assert_string_equal(jstr(n->items[1], "level"), "error");
  assert_string_equal(jstr(n->items[1], "message/text"), "/etc/other.yaml: bad");
  assert_null(jget(n->items[1], "locations"));
  jfree(log);
  tmc_buf_free(&b);
  tmc_diags_free(&rd);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* ---- fingerprints ---------------------------------------------------------------- */

/* The fingerprint of the result for (rule, fullyQualifiedName), or NULL. */
static const char *fp_of(const jv *log, const char *rule, const char *fq) {
  const jv *res = jget(log, "runs/0/results");
  for (size_t i = 0; i < res->n; i++)
    if (strcmp(jstr(res->items[i], "ruleId"), rule) == 0 &&
        strcmp(jstr(res->items[i], "locations/0/logicalLocations/0/fullyQualifiedName"),
               fq) == 0)
      return jstr(res->items[i], "partialFingerprints/primaryLocationLineHash");
  return NULL;
}

/* Three elements and two flows, declared in the given order and at lines that
 * depend on it; findings added in the given order too. */
static tmc_ir *fp_ir(const char *const ids[3], uint32_t line0, bool reverse_findings) {
  tmc_ir *ir = new_ir();
  uint32_t el[3];
  for (int i = 0; i < 3; i++)
    el[i] = add_el(ir, ids[i], ids[i], TMC_KIND_PROCESS, line0 + (uint32_t)i);
  uint32_t fl[2] = {add_fl(ir, el[0], el[1], "", line0 + 10),
                    add_fl(ir, el[1], el[2], "", line0 + 11)};
  for (int k = 0; k < 5; k++) {
    int i = reverse_findings ? 4 - k : k;
    if (i < 3)
      add_fi(ir, "R-EL", TMC_TARGET_ELEMENT, el[i], TMC_SEV_MEDIUM, 8);
    else
      add_fi(ir, "R-FL", TMC_TARGET_FLOW, fl[i - 3], TMC_SEV_MEDIUM, 8);
  }
  return ir;
}

static void test_fingerprints(void **state) {
  const char *const abc[3] = {"a", "b", "c"};
  tmc_ir *x = fp_ir(abc, 1, false);
  tmc_ir *y = tmc_ir_new("models/app.dot"); /* reordered, lines moved */
  tmc_ir_add_page(y, "G");
  {
    uint32_t c = add_el(y, "c", "c", TMC_KIND_PROCESS, 40);
    uint32_t a = add_el(y, "a", "a", TMC_KIND_PROCESS, 41);
    uint32_t b = add_el(y, "b", "b", TMC_KIND_PROCESS, 42);
    uint32_t bc = add_fl(y, b, c, "", 3);
    uint32_t ab = add_fl(y, a, b, "", 2);
    add_fi(y, "R-FL", TMC_TARGET_FLOW, bc, TMC_SEV_MEDIUM, 8);
    add_fi(y, "R-EL", TMC_TARGET_ELEMENT, b, TMC_SEV_MEDIUM, 8);
    add_fi(y, "R-FL", TMC_TARGET_FLOW, ab, TMC_SEV_MEDIUM, 8);
    add_fi(y, "R-EL", TMC_TARGET_ELEMENT, c, TMC_SEV_MEDIUM, 8);
    add_fi(y, "R-EL", TMC_TARGET_ELEMENT, a, TMC_SEV_MEDIUM, 8);
  }
  const char *const renamed[3] = {"a", "b2", "c"};
  tmc_ir *z = fp_ir(renamed, 1, false);
  jv *lx = render(x), *ly = render(y), *lz = render(z);
  const char *el[] = {"a", "b", "c"};
  for (int i = 0; i < 3; i++) {
    assert_non_null(fp_of(lx, "R-EL", el[i]));
    assert_string_equal(fp_of(lx, "R-EL", el[i]), fp_of(ly, "R-EL", el[i]));
  }
  assert_string_equal(fp_of(lx, "R-FL", "a -> b"), fp_of(ly, "R-FL", "a -> b"));
  assert_string_equal(fp_of(lx, "R-FL", "b -> c"), fp_of(ly, "R-FL", "b -> c"));
  /* all different from each other */
  assert_string_not_equal(fp_of(lx, "R-EL", "a"), fp_of(lx, "R-EL", "b"));
  assert_string_not_equal(fp_of(lx, "R-FL", "a -> b"), fp_of(lx, "R-FL", "b -> c"));
  /* renaming b changes b's and its flows' fingerprints, not a's or c's */
  assert_null(fp_of(lz, "R-EL", "b"));
  assert_non_null(fp_of(lz, "R-EL", "b2"));
  assert_string_not_equal(fp_of(lz, "R-EL", "b2"), fp_of(lx, "R-EL", "b"));
  assert_string_not_equal(fp_of(lz, "R-FL", "a -> b2"), fp_of(lx, "R-FL", "a -> b"));
  assert_string_equal(fp_of(lz, "R-EL", "a"), fp_of(lx, "R-EL", "a"));
  assert_string_equal(fp_of(lz, "R-EL", "c"), fp_of(lx, "R-EL", "c"));
  /* and the whole outputs of x and y are equal apart from line numbers */
  assert_int_equal(jlen(lx, "runs/0/results"), jlen(ly, "runs/0/results"));
  for (size_t i = 0; i < jlen(lx, "runs/0/results"); i++) {
    char p[96];
    snprintf(p, sizeof p,
             "runs/0/results/%zu/partialFingerprints/primaryLocationLineHash", i);
    assert_string_equal(jstr(lx, p), jstr(ly, p));
  }
  jfree(lx);
  jfree(ly);
  jfree(lz);
  tmc_ir_free(x);
  tmc_ir_free(y);
  tmc_ir_free(z);
}

/* Identical identities (parallel edges with the same label and no key)
 * get :1, :2; a label of their own tells them apart. */
static void test_fingerprint_occurrences(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t a = add_el(ir, "a", "A", TMC_KIND_PROCESS, 1);
  uint32_t b = add_el(ir, "b", "B", TMC_KIND_PROCESS, 2);
  uint32_t f1 = add_fl(ir, a, b, "one", 3);
  uint32_t f2 = add_fl(ir, a, b, "one", 4);
  add_fi(ir, "R", TMC_TARGET_FLOW, f1, TMC_SEV_LOW, 2);
  add_fi(ir, "R", TMC_TARGET_FLOW, f2, TMC_SEV_LOW, 2);
  jv *log = render(ir);
  const char *h0 =
      jstr(log, "runs/0/results/0/partialFingerprints/primaryLocationLineHash");
  const char *h1 =
      jstr(log, "runs/0/results/1/partialFingerprints/primaryLocationLineHash");
  assert_true(is_fingerprint(h0) && is_fingerprint(h1));
  assert_memory_equal(h0, h1, 16);
  assert_string_equal(h0 + 16, ":1");
  assert_string_equal(h1 + 16, ":2");
  jfree(log);
  tmc_ir_free(ir);
}

/* ---- determinism and limits -------------------------------------------------------- */

static void test_deterministic(void **state) {
  const char *const abc[3] = {"a", "b", "c"};
  tmc_ir *x = fp_ir(abc, 1, false), *y = fp_ir(abc, 1, true);
  tmc_diags d = TMC_DIAGS_INIT;
  char *s1 = render_with(x, NULL, &d), *s2 = render_with(x, NULL, &d);
  char *s3 = render_with(y, NULL, &d);
  assert_string_equal(s1, s2);
  /* the same findings in another order give the same bytes */
  assert_string_equal(s1, s3);
  assert_null(strstr(s1, "Utc\""));
  free(s1);
  free(s2);
  free(s3);
  tmc_diags_free(&d);
  tmc_ir_free(x);
  tmc_ir_free(y);
}

/* Time stamps only when the caller asks for them. */
static void test_timestamps(void **state) {
  tmc_ir *ir = new_ir();
  tmc_report_ctx ctx = {0};
  ctx.input_uri = "models/app.dot";
  ctx.timestamps = true;
  tmc_buf b = TMC_BUF_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_backend_sarif(&b, ir, &ctx, &d), 0);
  jv *log = jparse(b.data);
  assert_non_null(log);
  const char *t = jstr(log, "runs/0/invocations/0/endTimeUtc");
  assert_non_null(t);
  assert_int_equal(strlen(t), 20);
  assert_true(t[4] == '-' && t[10] == 'T' && t[19] == 'Z');
  /* no srcroot: no base URI to define */
  assert_null(jget(log, "runs/0/originalUriBaseIds"));
  jfree(log);
  tmc_buf_free(&b);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

static void test_empty(void **state) {
  tmc_ir *ir = new_ir();
  jv *log = render(ir);
  assert_int_equal(jlen(log, "runs/0/results"), 0);
  assert_int_equal(jlen(log, "runs/0/tool/driver/rules"), 0);
  assert_int_equal(jlen(log, "runs/0/invocations/0/toolExecutionNotifications"), 0);
  jfree(log);
  tmc_ir_free(ir);
}

static void test_result_limit(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t e = add_el(ir, "e", "E", TMC_KIND_PROCESS, 1);
  const uint32_t total = 25000 + 7;
  for (uint32_t i = 0; i < total - 3; i++)
    add_fi(ir, "LOW", TMC_TARGET_ELEMENT, e, TMC_SEV_LOW, 1 + (int)(i % 3));
  for (uint32_t i = 0; i < 3; i++) /* the most severe come last in the IR */
    add_fi(ir, "HIGH", TMC_TARGET_ELEMENT, e, TMC_SEV_HIGH, 16);
  tmc_diags d = TMC_DIAGS_INIT;
  char *s = render_with(ir, NULL, &d);
  jv *log = jparse(s);
  assert_non_null(log);
  assert_int_equal(jlen(log, "runs/0/results"), 25000);
  for (size_t i = 0; i < 3; i++) {
    char p[64];
    snprintf(p, sizeof p, "runs/0/results/%zu/ruleId", i);
    assert_string_equal(jstr(log, p), "HIGH");
  }
  /* what is dropped are the least severe: every score-1 finding but some */
  const jv *res = jget(log, "runs/0/results");
  assert_int_equal(jnum(res->items[res->n - 1], "properties/risk"), 1);
  assert_int_equal(jnum(res->items[3], "properties/risk"), 3);
  const char *note =
      jstr(log, "runs/0/invocations/0/toolExecutionNotifications/0/message/text");
  assert_non_null(note);
  assert_non_null(strstr(note, "25000"));
  assert_string_equal(
      jstr(log, "runs/0/invocations/0/toolExecutionNotifications/0/level"), "warning");
  assert_int_equal(d.warnings, 1);
  jfree(log);
  free(s);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

static void test_tag_limit(void **state) {
  tmc_ir *ir = new_ir();
  uint32_t e = add_el(ir, "e", "E", TMC_KIND_PROCESS, 1);
  tmc_finding *f = add_fi(ir, "MANY", TMC_TARGET_ELEMENT, e, TMC_SEV_HIGH, 16);
  f->stride = 0x3F;
  static char ids[30][16];
  for (int i = 0; i < 30; i++) {
    snprintf(ids[i], sizeof ids[i], "AML.T%04d", i);
    tmc_strlist_add(&f->atlas, ids[i]);
  }
  tmc_strlist_add(&f->cwe, "CWE-20");
  jv *log = render(ir);
  const jv *rule = jget(log, "runs/0/tool/driver/rules/0");
  assert_int_equal(jlen(rule, "properties/tags"), 20);
  /* what a dashboard filters by is kept; surplus ATLAS ids go first */
  assert_true(jhas_str(rule, "properties/tags", "security"));
  assert_true(jhas_str(rule, "properties/tags", "ElevationOfPrivilege"));
  assert_true(jhas_str(rule, "properties/tags", "external/cwe/cwe-20"));
  assert_false(jhas_str(rule, "properties/tags", "AML.T0029"));
  assert_int_equal(jlen(log, "runs/0/results/0/properties/atlas"), 30);
  const char *note =
      jstr(log, "runs/0/invocations/0/toolExecutionNotifications/0/message/text");
  assert_non_null(note);
  assert_non_null(strstr(note, "tags"));
  jfree(log);
  tmc_ir_free(ir);
}

/* The run declares columnKind unicodeCodePoints, so a column counts code
 * points from the input's text, not the IR's bytes: on a line with "café"
 * and a 3-byte emoji before the spot, byte 21 is code point 18. A report
 * built without the text gives lines only, never a column in the wrong unit. */
static void test_columns_in_code_points(void **state) {
  (void)state;
  static const char src[] = "digraph G {\n"
                            "  \"caf\xc3\xa9 \xe2\x98\x95\" -> x [tpye=1];\n"
                            "}\n";
  tmc_ir *ir = new_ir();
  uint32_t e = add_el(ir, "x", "x", TMC_KIND_PROCESS, 2);
  ir->elements[e].loc.col = 18; /* the byte column of x */
  add_fi(ir, "R-1", TMC_TARGET_ELEMENT, e, TMC_SEV_HIGH, 12);
  tmc_diags rd = TMC_DIAGS_INIT;
  tmc_warning(&rd, tmc_loc_at(ir->file, 2, 21), "unknown attribute 'tpye'");
  tmc_warning(&rd, tmc_loc_at(ir->file, 1, 9), "ascii line");
  tmc_report_ctx ctx = {0};
  ctx.diags = &rd;
  ctx.input_uri = "models/app.dot";
  ctx.src = src;
  ctx.src_len = sizeof src - 1;
  tmc_buf b = TMC_BUF_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_backend_sarif(&b, ir, &ctx, &d), 0);
  jv *log = jparse(b.data);
  assert_non_null(log);
  assert_string_equal(jstr(log, "runs/0/columnKind"), "unicodeCodePoints");
  assert_int_equal(
      jnum(log, "runs/0/results/0/locations/0/physicalLocation/region/startColumn"), 15);
  const char *n = "runs/0/invocations/0/toolExecutionNotifications/";
  char path[256];
  snprintf(path, sizeof path, "%s0/locations/0/physicalLocation/region/startColumn", n);
  assert_int_equal(jnum(log, path), 18);
  snprintf(path, sizeof path, "%s1/locations/0/physicalLocation/region/startColumn", n);
  assert_int_equal(jnum(log, path), 9);
  jfree(log);
  tmc_buf_free(&b);
  /* Without the text: the line, no column. */
  ctx.src = NULL;
  ctx.src_len = 0;
  assert_int_equal(tmc_backend_sarif(&b, ir, &ctx, &d), 0);
  log = jparse(b.data);
  assert_int_equal(
      jnum(log, "runs/0/results/0/locations/0/physicalLocation/region/startLine"), 2);
  assert_null(
      jget(log, "runs/0/results/0/locations/0/physicalLocation/region/startColumn"));
  jfree(log);
  tmc_buf_free(&b);
  tmc_diags_free(&d);
  tmc_diags_free(&rd);
  tmc_ir_free(ir);
}

/* perf33: the plain run tmc_json_str copies as it is, and its joined write
 * (quotes and bytes at once when there is room) against the piecewise one
 * (a buffer without room yet): the same bytes either way. */
static void test_json_plain_len(void **state) {
  (void)state;
  assert_int_equal(tmc_json_plain_len(""), 0);
  assert_int_equal(tmc_json_plain_len("ruleIndex"), 9);
  assert_int_equal(tmc_json_plain_len("a \"quoted\" b"), 2);
  assert_int_equal(tmc_json_plain_len("back\\slash"), 4);
  assert_int_equal(tmc_json_plain_len("tab\there"), 3);
  assert_int_equal(tmc_json_plain_len("caf\xC3\xA9"), 3);
  assert_int_equal(tmc_json_plain_len("del\x7F"), 3);
  const char *in[] = {"plain text", "", "a \"q\" \\ \n", "caf\xC3\xA9"};
  const char *out[] = {"\"plain text\"", "\"\"", "\"a \\\"q\\\" \\\\ \\n\"",
                       "\"caf\xC3\xA9\""};
  for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
    tmc_buf roomy = TMC_BUF_INIT, fresh = TMC_BUF_INIT;
    tmc_buf_puts(&roomy, "x");
    tmc_json_str(&roomy, in[i]);
    tmc_json_str(&fresh, in[i]); /* no memory yet: written piece by piece */
    assert_string_equal(roomy.data + 1, out[i]);
    assert_string_equal(fresh.data, out[i]);
    tmc_buf_free(&roomy);
    tmc_buf_free(&fresh);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_result_structure),
      cmocka_unit_test(test_json_plain_len),
      cmocka_unit_test(test_rule_from_catalog),
      cmocka_unit_test(test_code_flows),
      cmocka_unit_test(test_suppressions),
      cmocka_unit_test(test_hostile_labels),
      cmocka_unit_test(test_fingerprints),
      cmocka_unit_test(test_fingerprint_occurrences),
      cmocka_unit_test(test_deterministic),
      cmocka_unit_test(test_timestamps),
      cmocka_unit_test(test_empty),
      cmocka_unit_test(test_result_limit),
      cmocka_unit_test(test_tag_limit),
      cmocka_unit_test(test_columns_in_code_points),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
