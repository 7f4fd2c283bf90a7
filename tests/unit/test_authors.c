/* test_authors.c - the authors pass: a threat the model's author marked
 * mitigated closes tmc's matching open finding on the same element or flow,
 * by reference (rule or technique id), by a control it names, or by its
 * title's words, each only within the author's STRIDE category; an open
 * author's threat, another category, another target or an unrelated title
 * closes nothing. Threat Dragon status and OTM implemented mitigations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "ir/jsonread.h"
#include "ir_helpers.h"

static tmc_catalog *cat;

static int setup(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  int rc = tmc_catalog_new(&cat, &d);
  tmc_diags_free(&d);
  return rc;
}

static int teardown(void **state) {
  (void)state;
  tmc_catalog_free(cat);
  return 0;
}

/* A Threat Dragon v2 shop: a customer outside, a web app and an orders
 * store inside a boundary box. The three %s are the threats (a JSON list)
 * of the web app, the store and the customer's flow into the web app. */
static const char model[] =
    "{\"version\": \"2.2.0\", \"summary\": {\"title\": \"Shop\"},\n"
    " \"detail\": {\"diagrams\": [{\"title\": \"Main\", \"id\": 0, \"cells\": [\n"
    "  {\"shape\": \"trust-boundary-box\", \"id\": \"zone\", \"position\": {\"x\": 200, "
    "\"y\": 0}, \"size\": {\"width\": 600, \"height\": 400}, \"data\": {\"type\": "
    "\"tm.BoundaryBox\", \"name\": \"Internal network\"}},\n"
    "  {\"shape\": \"actor\", \"id\": \"user\", \"position\": {\"x\": 10, \"y\": 100}, "
    "\"size\": {\"width\": 100, \"height\": 60}, \"data\": {\"type\": \"tm.Actor\", "
    "\"name\": \"Customer\"}},\n"
    "  {\"shape\": \"process\", \"id\": \"web\", \"position\": {\"x\": 300, \"y\": 100}, "
    "\"size\": {\"width\": 100, \"height\": 100}, \"data\": {\"type\": \"tm.Process\", "
    "\"name\": \"Web App\", \"threats\": %s}},\n"
    "  {\"shape\": \"store\", \"id\": \"db\", \"position\": {\"x\": 600, \"y\": 100}, "
    "\"size\": {\"width\": 100, \"height\": 60}, \"data\": {\"type\": \"tm.Store\", "
    "\"name\": \"Orders DB\", \"description\": \"tmc: data=pii "
    "sensitivity=confidential\", \"threats\": %s}},\n"
    "  {\"shape\": \"flow\", \"id\": \"f1\", \"source\": {\"cell\": \"user\"}, "
    "\"target\": {\"cell\": \"web\"}, \"data\": {\"type\": \"tm.Flow\", \"name\": "
    "\"Orders\", \"description\": \"tmc: data=pii\", \"threats\": %s}},\n"
    "  {\"shape\": \"flow\", \"id\": \"f2\", \"source\": {\"cell\": \"web\"}, "
    "\"target\": {\"cell\": \"db\"}, \"data\": {\"type\": \"tm.Flow\", \"name\": "
    "\"Store order\"}}\n"
    " ]}]}}\n";

static tmc_ir *shop(const char *web, const char *db, const char *flow) {
  static char text[8192];
  int n = snprintf(text, sizeof text, model, web, db, flow);
  assert_true(n > 0 && (size_t)n < sizeof text);
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("shop.json", text, (size_t)n, cat, NULL, &d);
  tmc_diags_free(&d);
  return ir;
}

/* The finding of rule on the element or flow with this id. */
static const tmc_finding *on(const tmc_ir *ir, const char *rule, const char *id) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const char *tid = f->target_kind == TMC_TARGET_ELEMENT ? ir->elements[f->target].id
                      : f->target_kind == TMC_TARGET_FLOW  ? ir->flows[f->target].id
                                                           : NULL;
    if (tid && strcmp(f->rule_id, rule) == 0 && strcmp(tid, id) == 0)
      return f;
  }
  fail_msg("no %s on %s", rule, id);
  return NULL;
}

static void assert_by_author(const tmc_finding *f, const char *title) {
  assert_int_equal(f->status, TMC_STATUS_MITIGATED);
  assert_int_equal(f->by_author, 1);
  assert_non_null(strstr(f->status_by, "the model's author"));
  assert_non_null(strstr(f->status_by, title));
}

static void assert_open(const tmc_finding *f) {
  assert_int_equal(f->status, TMC_STATUS_OPEN);
  assert_int_equal(f->by_author, 0);
}

/* Nothing written: every finding the tests below close is open. */
static void baseline_all_open(void **state) {
  (void)state;
  tmc_ir *ir = shop("[]", "[]", "[]");
  assert_open(on(ir, "TMC-DISC-001", "f1"));
  assert_open(on(ir, "TMC-TAMPER-001", "f1"));
  assert_open(on(ir, "TMC-SPOOF-001", "f1"));
  assert_open(on(ir, "TMC-DISC-002", "db"));
  assert_open(on(ir, "TMC-DISC-003", "db"));
  assert_open(on(ir, "TMC-DOS-001", "web"));
  tmc_ir_free(ir);
}

/* Test 2: "HTTP/S" is the https alias of encryption_in_transit, which closes
 * DISC-001 and TAMPER-001 (both Information disclosure); not the spoofing. */
static void names_a_control(void **state) {
  (void)state;
  tmc_ir *ir =
      shop("[]", "[]",
           "[{\"status\": \"Mitigated\", \"severity\": \"High\", \"type\": \"Information "
           "disclosure\", \"title\": \"Data flow should use HTTP/S\"}]");
  assert_by_author(on(ir, "TMC-DISC-001", "f1"), "Data flow should use HTTP/S");
  assert_by_author(on(ir, "TMC-TAMPER-001", "f1"), "Data flow should use HTTP/S");
  assert_open(on(ir, "TMC-SPOOF-001", "f1"));
  tmc_ir_free(ir);
  /* Worded otherwise: the control in the mitigation, a two-word alias. */
  ir = shop("[]", "[]",
            "[{\"status\": \"mitigated\", \"type\": \"Tampering\", \"title\": \"Orders "
            "changed on the wire\", \"mitigation\": \"Transport encryption between "
            "browser and shop\"}]");
  assert_by_author(on(ir, "TMC-TAMPER-001", "f1"), "Orders changed on the wire");
  assert_by_author(on(ir, "TMC-DISC-001", "f1"),
                   "Orders changed"); /* TI: Tampering too */
  assert_open(on(ir, "TMC-SPOOF-001", "f1"));
  tmc_ir_free(ir);
}

/* Test 3: half the title's content words are the finding's ("access" of
 * access_control); DISC-002 (encryption at rest) shares none. */
static void same_title_words(void **state) {
  (void)state;
  tmc_ir *ir = shop("[]",
                    "[{\"status\": \"Mitigated\", \"type\": \"Information disclosure\", "
                    "\"title\": \"Unauthorised access\"}]",
                    "[]");
  assert_by_author(on(ir, "TMC-DISC-003", "db"), "Unauthorised access");
  assert_open(on(ir, "TMC-DISC-002", "db"));
  tmc_ir_free(ir);
  /* A Generic threat has no category to disagree with. */
  ir = shop("[{\"status\": \"Mitigated\", \"type\": \"Generic\", \"title\": \"Process "
            "overwhelmed by floods\"}]",
            "[]", "[]");
  assert_by_author(on(ir, "TMC-DOS-001", "web"), "overwhelmed");
  tmc_ir_free(ir);
}

/* Test 3 counts content words only: sets.yaml's title_stop_words (which,
 * someone, could, have) are in any title and are no evidence either way;
 * counted, they would leave "unauthorised access" a third of the title. */
static void stop_words_do_not_count(void **state) {
  (void)state;
  tmc_ir *ir = shop("[]",
                    "[{\"status\": \"Mitigated\", \"type\": \"Information disclosure\", "
                    "\"title\": \"Unauthorised access which someone could have\"}]",
                    "[]");
  assert_by_author(on(ir, "TMC-DISC-003", "db"), "someone could have");
  assert_open(on(ir, "TMC-DISC-002", "db"));
  tmc_ir_free(ir);
}

/* Test 1: an id names the finding whatever the words and the category. */
static void references_an_id(void **state) {
  (void)state;
  tmc_ir *ir = shop("[]",
                    "[{\"status\": \"Mitigated\", \"type\": \"Generic\", \"title\": "
                    "\"Disk encryption\", \"description\": \"covers tmc-disc-002\"}]",
                    "[]");
  assert_by_author(on(ir, "TMC-DISC-002", "db"), "Disk encryption");
  assert_open(on(ir, "TMC-DISC-003", "db"));
  tmc_ir_free(ir);
}

/* What closes nothing: an open threat, another category, another target,
 * unrelated words. */
static void closes_nothing_else(void **state) {
  (void)state;
  /* Open, not mitigated. */
  tmc_ir *ir = shop("[]",
                    "[{\"status\": \"Open\", \"type\": \"Information disclosure\", "
                    "\"title\": \"Unauthorised access\"}]",
                    "[{\"status\": \"NotApplicable\", \"type\": \"Information "
                    "disclosure\", \"title\": \"Data flow should use HTTP/S\"}]");
  assert_open(on(ir, "TMC-DISC-003", "db"));
  assert_open(on(ir, "TMC-DISC-001", "f1"));
  tmc_ir_free(ir);
  /* The right words in the wrong category. */
  ir = shop("[]",
            "[{\"status\": \"Mitigated\", \"type\": \"Denial of service\", \"title\": "
            "\"Unauthorised access\"}]",
            "[]");
  assert_open(on(ir, "TMC-DISC-003", "db"));
  tmc_ir_free(ir);
  /* On the web app, not on the store or the flow. */
  ir = shop("[{\"status\": \"Mitigated\", \"type\": \"Information disclosure\", "
            "\"title\": \"Unauthorised access\", \"mitigation\": \"HTTP/S\"}]",
            "[]", "[]");
  assert_open(on(ir, "TMC-DISC-003", "db"));
  assert_open(on(ir, "TMC-DISC-001", "f1"));
  tmc_ir_free(ir);
  /* Mitigated, right category, unrelated words. */
  ir = shop("[{\"status\": \"Mitigated\", \"type\": \"Denial of service\", \"title\": "
            "\"Poison messages\"}]",
            "[]", "[]");
  assert_open(on(ir, "TMC-DOS-001", "web"));
  tmc_ir_free(ir);
}

/* OTM: a threat whose mitigation the producer marks implemented is one the
 * author mitigated, whatever the threat's own state. */
static const char otm[] =
    "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"Shop\", \"id\": \"shop\"},\n"
    " \"trustZones\": [{\"id\": \"internet\", \"name\": \"Internet\", \"risk\": "
    "{\"trustRating\": 0}},\n"
    "   {\"id\": \"dc\", \"name\": \"Data centre\", \"risk\": {\"trustRating\": 100}}],\n"
    " \"components\": [\n"
    "  {\"id\": \"user\", \"name\": \"Customer\", \"type\": \"generic-client\", "
    "\"parent\": {\"trustZone\": \"internet\"}},\n"
    "  {\"id\": \"web\", \"name\": \"Web App\", \"type\": \"web-application-server\", "
    "\"parent\": {\"trustZone\": \"dc\"},\n"
    "   \"threats\": [{\"threat\": \"T1\", \"state\": \"exposed\", \"mitigations\": "
    "[{\"mitigation\": \"M1\", \"state\": \"%s\"}]}]}],\n"
    " \"dataflows\": [{\"id\": \"f1\", \"name\": \"Orders\", \"source\": \"user\", "
    "\"destination\": \"web\"}],\n"
    " \"threats\": [{\"id\": \"T1\", \"name\": \"Request flooding\", \"categories\": "
    "[\"Denial of service\"]}],\n"
    " \"mitigations\": [{\"id\": \"M1\", \"name\": \"Rate limiting\"}]}\n";

static void otm_implemented(void **state) {
  (void)state;
  char text[4096];
  int n = snprintf(text, sizeof text, otm, "implemented");
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = ir_analysed("shop.otm", text, (size_t)n, cat, NULL, &d);
  const tmc_finding *f = on(ir, "TMC-DOS-001", "web");
  assert_by_author(f, "Request flooding");
  assert_non_null(strstr(f->status_by, "'Rate limiting' implemented"));
  tmc_ir_free(ir);
  n = snprintf(text, sizeof text, otm, "recommended");
  ir = ir_analysed("shop.otm", text, (size_t)n, cat, NULL, &d);
  assert_open(on(ir, "TMC-DOS-001", "web"));
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* Renders ir with back end fn into a NUL-terminated string (caller frees). */
static char *render(const tmc_ir *ir, tmc_backend_fn fn) {
  tmc_buf b = TMC_BUF_INIT;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.catalog = cat;
  ctx.diags = &d;
  ctx.input_uri = "shop.json";
  assert_int_equal(fn(&b, ir, &ctx, &d), 0);
  tmc_buf_putc(&b, 0);
  tmc_diags_free(&d);
  return tmc_buf_detach(&b);
}

/* A hostile title: HTML, a Markdown link, a table cell end, a new heading. */
#define HOSTILE "HTTP/S <img src=x onerror=alert(1)> | [x](javascript:alert(1))\n# owned"

static const char *jstr(const tmc_jv *v, const char *path) {
  const char *s = tmc_jv_str(v, path);
  return s ? s : "";
}

/* The author's threats appear in Markdown and SARIF beside tmc's findings,
 * marked as the author's, with the findings they close; their untrusted
 * title is text in every back end. */
static void reports_show_the_authors_threats(void **state) {
  (void)state;
  tmc_ir *ir =
      shop("[{\"status\": \"Open\", \"type\": \"Spoofing\", \"title\": \"Session "
           "theft\"}]",
           "[]",
           "[{\"status\": \"Mitigated\", \"severity\": \"High\", \"type\": "
           "\"Information disclosure\", \"title\": \"HTTP/S <img src=x "
           "onerror=alert(1)> | [x](javascript:alert(1))\\n# owned\"}]");
  assert_by_author(on(ir, "TMC-DISC-001", "f1"), "onerror");

  char *md = render(ir, tmc_backend_markdown);
  assert_non_null(strstr(md, "The model's author wrote 2 threats of their own (1 marked "
                             "mitigated)"));
  assert_non_null(strstr(md, "Threats the model's author wrote (theirs, not tmc's"));
  assert_non_null(strstr(md, "Session theft"));
  assert_null(strstr(md, "<img"));
  assert_null(strstr(md, "](javascript:"));
  assert_null(strstr(md, "\n# owned"));
  /* The author's row on the flow names the finding it closes. */
  const char *row = strstr(md, "| 1 | HTTP/S");
  assert_non_null(row);
  const char *eol = strchr(row, '\n');
  const char *closes = strstr(row, "TMC-DISC-001");
  assert_true(closes && closes < eol);
  free(md);

  char *sarif = render(ir, tmc_backend_sarif);
  uint32_t line = 0, col = 0;
  tmc_jv *root = tmc_jv_parse(sarif, &line, &col);
  assert_non_null(root);
  const tmc_jv *results = tmc_jv_get(root, "runs/0/results");
  const tmc_jv *rules = tmc_jv_get(root, "runs/0/tool/driver/rules");
  assert_non_null(results);
  uint32_t authors = 0;
  for (size_t i = 0; i < results->n; i++) {
    const tmc_jv *r = results->items[i];
    if (strcmp(jstr(r, "ruleId"), "TMC-AUTHOR") != 0)
      continue;
    authors++;
    assert_string_equal(jstr(r, "level"), "note");
    assert_string_equal(jstr(r, "properties/source"), "author");
    /* Its fingerprint is not one --baseline reads as a finding's. */
    const tmc_jv *fp = tmc_jv_get(r, "partialFingerprints");
    assert_true(fp && fp->n == 1);
    assert_string_equal(fp->keys[0], "authorThreat/v1");
    const tmc_jv *idx = tmc_jv_get(r, "ruleIndex");
    assert_non_null(idx);
    assert_string_equal(jstr(rules->items[(size_t)idx->num], "id"), "TMC-AUTHOR");
    if (strcmp(jstr(r, "properties/title"), HOSTILE) == 0) {
      assert_string_equal(jstr(r, "properties/closes/0"), "TMC-DISC-001");
      assert_string_equal(jstr(r, "suppressions/0/kind"), "inSource");
    } else {
      assert_string_equal(jstr(r, "properties/title"), "Session theft");
      assert_null(tmc_jv_get(r, "suppressions"));
    }
  }
  assert_int_equal(authors, 2);
  tmc_jv_free(root);
  free(sarif);

  /* HTML lists them too, in the target's section, after tmc's findings:
   * each title as text, the closed finding named on the author's item. */
  char *html = render(ir, tmc_backend_html);
  assert_non_null(strstr(html, "<p>The model's author wrote 2 threats of their own (1 "
                               "marked mitigated)"));
  assert_non_null(strstr(html, "2 of tmc's findings match one the author mitigated"));
  const char *sess = strstr(html, "<li class=\"author st-open\">");
  assert_non_null(sess);
  assert_non_null(strstr(sess, "<strong>Session theft</strong> \xC2\xB7 Spoofing"));
  const char *item = strstr(html, "<li class=\"author st-mitigated\">");
  assert_non_null(item);
  const char *end = strstr(item, "</li>");
  assert_non_null(end);
  const char *title = strstr(item, "<strong>HTTP/S &lt;img src=x onerror=alert(1)&gt; | "
                                   "[x](javascript:alert(1))");
  assert_true(title && title < end);
  const char *closed = strstr(item, "Closes tmc's <span class=\"rule\">");
  assert_true(closed && closed < end);
  const char *disc = strstr(closed, "TMC-DISC-001"),
             *tamper = strstr(closed, "TMC-TAMPER-001");
  assert_true(disc && disc < end && tamper && tamper < end);
  /* In the flow's section, after its findings. */
  const char *sec = strstr(html, "<section class=\"target flow\"");
  assert_true(sec && sec < item);
  assert_true(strstr(sec, "</section>") > item);
  assert_true(strstr(sec, "<li class=\"finding") < item);
  assert_null(strstr(html, "<img"));
  free(html);

  /* The other back ends show the closed finding's reason: escaped too. */
  tmc_backend_fn markup[] = {tmc_backend_html, tmc_backend_svg};
  for (size_t k = 0; k < sizeof markup / sizeof *markup; k++) {
    char *out = render(ir, markup[k]);
    assert_non_null(strstr(out, "onerror=alert(1)")); /* as text */
    assert_null(strstr(out, "<img"));
    free(out);
  }
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(baseline_all_open),
      cmocka_unit_test(names_a_control),
      cmocka_unit_test(same_title_words),
      cmocka_unit_test(stop_words_do_not_count),
      cmocka_unit_test(references_an_id),
      cmocka_unit_test(closes_nothing_else),
      cmocka_unit_test(otm_implemented),
      cmocka_unit_test(reports_show_the_authors_threats),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
