/* test_markdown.c - the Markdown escaper (tmc_md_text) and the structure of
 * the Markdown report, on IRs built here with findings, paths and cuts, so
 * the report is tested before and independently of the passes that fill
 * them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "backends/report.h"
#include "backends/escape.h"
#include "catalog/validation.h"

static char *esc(const char *s) {
  tmc_buf b = TMC_BUF_INIT;
  tmc_md_text(&b, s);
  char *r = tmc_buf_detach(&b);
  return r ? r : tmc_xstrdup("");
}

#define ESC(in, want)                                                                    \
  do {                                                                                   \
    char *got_ = esc(in);                                                                \
    assert_string_equal(got_, want);                                                     \
    free(got_);                                                                          \
  } while (0)

static void test_escape_html(void **state) {
  (void)state;
  ESC("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;");
  ESC("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;");
  /* Entities stay text: the ampersand itself is escaped. */
  ESC("&amp; &#x3c; &lt;", "&amp;amp; &amp;\\#x3c; &amp;lt;");
}

static void test_escape_links(void **state) {
  (void)state;
  ESC("[x](javascript:alert(1))", "\\[x\\](javascript\\:alert(1))");
  ESC("![i](http://evil.example/x.png)", "!\\[i\\](http\\://evil.example/x.png)");
  ESC("<http://evil.example>", "&lt;http\\://evil.example&gt;");
  ESC("see https://evil.example now", "see https\\://evil.example now");
  ESC("www.evil.example", "www\\.evil.example");
  ESC("WwW.evil.example", "WwW\\.evil.example");
  /* GFM links e-mail addresses even with '@' escaped: a word joiner breaks it. */
  ESC("bob@evil.example", "bob@\xE2\x81\xA0"
                          "evil.example");
  ESC("[ref]: http://x", "\\[ref\\]\\: http\\://x");
}

static void test_escape_blocks(void **state) {
  (void)state;
  ESC("# heading", "\\# heading");
  ESC("title ##", "title \\#\\#");
  ESC("| a | b |", "\\| a \\| b \\|");
  ESC("- item", "\\- item");
  ESC("+ item", "\\+ item");
  ESC("===", "\\===");
  ESC("1. first", "1\\. first");
  ESC("12) twelfth", "12\\) twelfth");
  ESC("a-b 1.5 x)", "a-b 1.5 x)");
  ESC("> quote", "&gt; quote");
}

static void test_escape_inline(void **state) {
  (void)state;
  ESC("`code`", "\\`code\\`");
  ESC("*emph* _em_ **strong**", "\\*emph\\* \\_em\\_ \\*\\*strong\\*\\*");
  ESC("~~gone~~", "\\~\\~gone\\~\\~");
  ESC("$x^2$", "\\$x^2\\$");
  ESC("back\\slash", "back\\\\slash");
  ESC(":smile:", "\\:smile\\:");
}

static void test_escape_whitespace_and_bytes(void **state) {
  (void)state;
  ESC("  two\n\nlines\t and\r\n more  ", "two lines and more");
  ESC("ctl\x01\x7f"
      "x",
      "ctl x");
  ESC("bad \xff byte", "bad \xEF\xBF\xBD byte");
  ESC("rtl \xE2\x80\xAE"
      "gnp.exe",
      "rtl \xEF\xBF\xBDgnp.exe");
  ESC("caf\xC3\xA9 \xE2\x86\x92", "caf\xC3\xA9 \xE2\x86\x92");
  ESC("", "");
  tmc_buf b = TMC_BUF_INIT;
  tmc_md_text(&b, NULL);
  assert_int_equal(b.len, 0);
  tmc_buf_free(&b);
}

/* ---- the report ---------------------------------------------------------- */

static const char *const user_label = "User <img src=x onerror=alert(1)>";

/* A small analysed system: user -> api -> db across one boundary, with an
 * open, a mitigated and an accepted finding, one finding on a path, one path
 * and its cut. `reversed` declares everything in the opposite order. */
static tmc_ir *build(bool reversed) {
  tmc_ir *ir = tmc_ir_new("sys.dot");
  ir->title = "sys";
  tmc_ir_add_page(ir, "sys");
  uint32_t corp = tmc_ir_add_boundary(ir, 0, "cluster_corp", TMC_BOUNDARY_CLUSTER);
  ir->boundaries[corp].label = "Corp net";
  ir->boundaries[corp].trust = 2;
  ir->boundaries[corp].trust_reason = "label word 'corp'";
  static const char *ids[] = {"user", "api", "db"};
  uint32_t el[3];
  for (int k = 0; k < 3; k++) {
    int i = reversed ? 2 - k : k;
    el[i] = tmc_ir_add_element(ir, 0, ids[i]);
  }
  tmc_element *u = &ir->elements[el[0]], *a = &ir->elements[el[1]],
              *d = &ir->elements[el[2]];
  u->label = user_label;
  u->kind = TMC_KIND_EXTERNAL;
  u->facts.is_entry = true;
  a->label = "API";
  a->boundary = corp;
  d->label = "Customer DB";
  d->kind = TMC_KIND_DATA_STORE;
  d->boundary = corp;
  d->facts.is_asset = true;
  d->sensitivity = TMC_SENS_CONFIDENTIAL;
  d->facts.data_sensitivity = TMC_SENS_CONFIDENTIAL;
  tmc_strlist_add(&d->data, "pii");

  uint32_t fl[2];
  for (int k = 0; k < 2; k++) {
    int i = reversed ? 1 - k : k;
    fl[i] = tmc_ir_add_flow(ir, 0, el[i], el[i + 1]);
  }
  tmc_flow *f0 = &ir->flows[fl[0]], *f1 = &ir->flows[fl[1]];
  f0->id = "user -> api";
  f0->protocol = "https";
  f0->encrypted = TMC_TRI_YES;
  f0->facts.crosses = true;
  f0->facts.dst_trust = 2;
  f0->crossed = tmc_arena_alloc(ir->arena, sizeof(uint32_t));
  f0->crossed[0] = corp;
  f0->n_crossed = 1;
  f1->id = "api -> db";
  f1->label = "SQL | queries";
  f1->facts.src_trust = f1->facts.dst_trust = 2;

  uint32_t pi = tmc_ir_add_path(ir);
  tmc_path *p = &ir->paths[pi];
  p->entry = el[0];
  p->asset = el[2];
  p->n_hops = 3;
  p->hops = tmc_arena_alloc(ir->arena, 3 * sizeof(tmc_hop));
  p->hops[0] = (tmc_hop){.element = el[0],
                         .flow = TMC_NONE,
                         .reverse = false,
                         .boundary = TMC_NONE,
                         .weakness = "anyone can send requests"};
  p->hops[1] = (tmc_hop){.element = el[1],
                         .flow = fl[0],
                         .reverse = false,
                         .boundary = corp,
                         .weakness = "no authentication on the crossing"};
  p->hops[2] = (tmc_hop){.element = el[2],
                         .flow = fl[1],
                         .reverse = false,
                         .boundary = TMC_NONE,
                         .weakness = "the API holds the database password"};
  p->chain = "customer data theft";
  p->likelihood = 3, p->impact = 5, p->score = 15, p->severity = TMC_SEV_HIGH,
  p->rank = 1;

  tmc_cut *c = TMC_PUSH(ir->cuts, ir->n_cuts, ir->cap_cuts);
  memset(c, 0, sizeof *c);
  c->asset = el[2];
  c->flows = tmc_arena_alloc(ir->arena, sizeof(uint32_t));
  c->flows[0] = fl[0];
  c->n_flows = 1;
  c->paths_total = 1;
  c->advice = "adding authentication on User -> API closes 1 of 1 paths";

  struct {
    tmc_target kind;
    uint32_t target;
    const char *rule, *title;
    tmc_severity sev;
    int score;
    tmc_status status;
    const char *by, *control;
  } fs[] = {
      {TMC_TARGET_ELEMENT, el[2], "R-DB-1", "Customer records exfiltrated", TMC_SEV_HIGH,
       16, TMC_STATUS_OPEN, NULL, "encryption"},
      {TMC_TARGET_ELEMENT, el[1], "R-API-2", "Unthrottled API", TMC_SEV_MEDIUM, 9,
       TMC_STATUS_OPEN, NULL, "rate_limiting"},
      {TMC_TARGET_FLOW, fl[0], "R-FL-1", "Spoofed caller", TMC_SEV_MEDIUM, 8,
       TMC_STATUS_MITIGATED, "authentication", "authentication"},
      {TMC_TARGET_ELEMENT, el[1], "R-API-3", "Verbose errors", TMC_SEV_LOW, 2,
       TMC_STATUS_ACCEPTED, "internal tool, errors go to staff only", NULL},
      {TMC_TARGET_PATH, pi, "R-PATH-1", "Attack path to customer data", TMC_SEV_HIGH, 15,
       TMC_STATUS_OPEN, NULL, "encryption"},
  };
  size_t nfs = sizeof fs / sizeof *fs;
  for (size_t k = 0; k < nfs; k++) {
    size_t i = reversed ? nfs - 1 - k : k;
    uint32_t fi = tmc_ir_add_finding(ir); /* before taking the address: it moves */
    tmc_finding *f = &ir->findings[fi];
    f->target_kind = fs[i].kind;
    f->target = fs[i].target;
    f->rule_id = fs[i].rule;
    f->title = fs[i].title;
    f->severity = fs[i].sev;
    f->score = fs[i].score;
    f->likelihood = 3;
    f->impact = 3;
    f->status = fs[i].status;
    f->status_by = fs[i].by;
    f->stride = TMC_STRIDE_I | TMC_STRIDE_T;
    f->evidence = "crosses from trust 0 to trust 2; *no* authentication";
    tmc_strlist_add(&f->atlas, "AML.T0024");
    tmc_strlist_add(&f->owasp, "LLM02:2025");
    tmc_strlist_add(&f->cwe, "CWE-200");
    if (fs[i].control)
      tmc_strlist_add(&f->mitigations, fs[i].control);
    f->description = "What goes wrong: [a](http://x) <b>.";
    f->remediation = "Encrypt at rest; *rotate* keys.";
  }
  return ir;
}

static char *render(const tmc_ir *ir, const char *svg, const tmc_diags *diags) {
  tmc_report_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.svg_href = svg;
  ctx.diags = diags;
  ctx.input_uri = "models/sys.dot";
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(tmc_backend_markdown(&b, ir, &ctx, &d), 0);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  return tmc_buf_detach(&b);
}

/* Position of needle in hay; fails the test when absent. */
static size_t at(const char *hay, const char *needle) {
  const char *p = strstr(hay, needle);
  if (!p)
    fail_msg("missing from the report: %s", needle);
  return (size_t)(p - hay);
}

static void test_report_sections_in_order(void **state) {
  (void)state;
  tmc_ir *ir = build(false);
  char *r = render(ir, NULL, NULL);
  static const char *order[] = {
      "# Threat model: sys\n",  "## Contents\n",
      "## Summary\n",           "### Top risks\n",
      "## Scope and assets\n",  "### Elements by kind\n",
      "### Trust boundaries\n", "### Assets\n",
      "### Entry points\n",     "## Assumptions to confirm\n",
      "## Data flow\n",         "### Flows crossing trust boundaries\n",
      "## Threats\n",           "## Attack paths\n",
      "### Cut sets\n",         "## Risk register\n",
      "### Accepted risks\n",   "## Mitigation plan\n",
      "## Coverage\n",          "### MITRE ATLAS tactics\n",
      "### OWASP Top 10",       "## Appendix\n",
      "### Diagnostics\n",      "### Versions\n",
  };
  size_t last = 0;
  for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
    size_t p = at(r, order[i]);
    if (i && p <= last)
      fail_msg("section out of order: %s", order[i]);
    last = p;
  }
  assert_int_equal(strncmp(r, "# Threat model: sys\n", 20), 0);
  assert_int_equal(r[strlen(r) - 1], '\n');
  free(r);
  tmc_ir_free(ir);
}

static void test_report_content(void **state) {
  (void)state;
  tmc_ir *ir = build(false);
  tmc_diags diags = TMC_DIAGS_INIT;
  tmc_warning(&diags, tmc_loc_at("sys.dot", 7, 3), "edge label <b>bold</b> ignored");
  char *r = render(ir, "my model.svg", &diags);
  /* TMC_MD_DUMP=FILE keeps the report for a human to read. */
  const char *dump = getenv("TMC_MD_DUMP");
  FILE *fp = dump ? fopen(dump, "w") : NULL;
  if (fp) {
    fputs(r, fp);
    fclose(fp);
  }

  /* Summary: counts, verdict, the top-risk table mixes findings and paths. */
  at(r, "| High | 2 | 0 | 0 |");
  at(r, "| Medium | 1 | 1 | 0 |");
  at(r, "**Verdict:** needs work: 2 high-severity open findings");
  at(r, "| 16 | High | Customer records exfiltrated (R-DB-1) | [Customer DB](#el-db) |");
  at(r, "| 15 | High | attack path in 2 hops: customer data theft | [Path 1\\: User");
  /* Scope: assets and entry points from the facts. */
  at(r,
     "| [Customer DB](#el-db) | Data store | confidential | pii | Corp net (trust 2) |");
  at(r, "| Corp net | 2 | label word 'corp' |");
  /* Data flow: the image link is percent-encoded, the crossing listed. */
  at(r, "[![Annotated data-flow diagram](my%20model.svg)](my%20model.svg)");
  at(r, "| 0 → 2 | Corp net | https | yes | not stated | — |");
  /* Threats: anchors from ids, per-element sections, statuses. */
  at(r, "<a id=\"el-db\"></a>\n\n#### Customer DB\n");
  at(r, "<a id=\"fl-api-to-db\"></a>\n\n#### API → Customer DB (SQL \\| queries)\n");
  at(r, "| Spoofed caller | T, I |");
  at(r, "| mitigated by authentication |");
  at(r, "| accepted because internal tool, errors go to staff only |");
  at(r, "| AML.T0024 | LLM02\\:2025 | CWE-200 |");
  at(r, "crosses from trust 0 to trust 2; \\*no\\* authentication");
  /* Paths hop by hop, the path's own finding, the cut. */
  at(r, "<a id=\"path-user-to-db-1\"></a>\n\n### Path 1\\: ");
  at(r, "1. start at [User");
  at(r, "2. through [User");
  at(r,
     ", into Corp net (trust 2), to [API](#el-api): no authentication on the crossing\n");
  at(r, "| [R-PATH-1](#rule-R-PATH-1) | Attack path to customer data |");
  at(r, "adding authentication on User -&gt; API closes 1 of 1 paths");
  /* Risk register: open only, by score; accepted risks separately. */
  size_t reg = at(r, "## Risk register");
  size_t r1 = at(r + reg, "| 1 | 16 | High |");
  size_t r2 = at(r + reg, "| 2 | 15 | High |");
  size_t r3 = at(r + reg, "| 3 | 9 | Medium |");
  assert_true(r1 < r2 && r2 < r3);
  assert_null(strstr(r + reg, "| 4 | "));
  /* Plan: encryption closes two findings and the path; ordered by risk. */
  size_t plan = at(r, "## Mitigation plan");
  at(r + plan, "| 1 | [encryption](#ctl-encryption) | 2 | 1 | 31 |");
  at(r + plan, "| 2 | [rate\\_limiting](#ctl-rate_limiting) | 1 | 1 | 9 |");
  /* The path closed through its own finding is not listed twice; the one
   * merely running through what rate_limiting protects is. */
  size_t enc = at(r + plan, "### 1. encryption\n"),
         rl = at(r + plan, "### 2. rate\\_limiting\n");
  const char *h = strstr(r + plan + enc, "Hardens");
  assert_true(h && h > r + plan + rl);
  at(r + plan + rl, "Hardens 1 attack path: [Path 1\\: ");
  /* Coverage without a catalog: the bare ids, still counted. */
  at(r, "| LLM02\\:2025 | **exposed** | 3 | 2 |");
  at(r, "| (no tactic known) | **exposed** | 3 | 2 | AML.T0024 (5) |");
  /* Appendix: each rule once, linked from the tables, with its text. */
  at(r, "| [R-DB-1](#rule-R-DB-1) | Customer records exfiltrated |");
  size_t rules = at(r, "### Rules cited\n");
  at(r + rules,
     "<a id=\"rule-R-DB-1\"></a>\n\n#### R-DB-1 Customer records exfiltrated\n\n"
     "1 finding, 1 open. What goes wrong\\: \\[a\\](http\\://x) &lt;b&gt;.\n\n"
     "**Remediation:** Encrypt at rest; \\*rotate\\* keys.\n\n"
     "**References:** AML.T0024, LLM02\\:2025, CWE-200.\n");
  at(r + rules, "#### R-API-3 Verbose errors\n\n1 finding, 0 open.");
  /* Appendix: the diagnostic, escaped. */
  at(r, "| warning | sys.dot\\:7\\:3 | edge label &lt;b&gt;bold&lt;/b&gt; ignored |");
  /* The hostile label stayed text everywhere. */
  assert_null(strstr(r, "<img"));
  assert_null(strstr(r, "<b>"));
  at(r, "User &lt;img src=x onerror=alert(1)&gt;");
  free(r);
  tmc_diags_free(&diags);
  tmc_ir_free(ir);
}

/* Same input, same bytes; and declaring the same diagram in another order
 * changes no byte either, because every order and anchor comes from values. */
/* The summary's top risks tell each threat once: a chain's row stands for
 * the finding that states its threat (same_as), a second path of the same
 * entry and asset takes no row, and a rule found twice takes one row. */
static void test_top_risks_one_row_per_threat(void **state) {
  (void)state;
  tmc_ir *ir = build(false);
  uint32_t db = tmc_ir_find_element(ir, 0, "db"), api = tmc_ir_find_element(ir, 0, "api");
  uint32_t rdb = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (strcmp(ir->findings[i].rule_id, "R-DB-1") == 0)
      rdb = i;
  assert_int_not_equal(rdb, TMC_NONE);
  ir->paths[0].same_as = rdb;
  /* The same rule on another element, and a weaker second path of the pair. */
  uint32_t fi = tmc_ir_add_finding(ir);
  tmc_finding *f = &ir->findings[fi];
  *f = ir->findings[rdb];
  f->target = api;
  f->score = 12;
  f->lists_borrowed = true; /* shares the lists of R-DB-1 */
  uint32_t pi = tmc_ir_add_path(ir);
  ir->paths[pi] = ir->paths[0];
  ir->paths[pi].same_as = TMC_NONE;
  ir->paths[pi].score = 10;
  ir->paths[pi].likelihood = 2;
  ir->paths[pi].severity = TMC_SEV_MEDIUM;
  ir->paths[pi].rank = 2;
  ir->paths[pi].chain = NULL;
  assert_int_equal(ir->paths[pi].asset, db);
  char *r = render(ir, NULL, NULL);
  size_t from = at(r, "### Top risks\n"), to = at(r, "## Scope and assets\n");
  char *top = strndup(r + from, to - from);
  /* The chain's row names the finding; the finding takes no row of its own. */
  at(top, "customer data theft; same threat as R-DB-1 |");
  assert_null(strstr(top, "Customer records exfiltrated"));
  /* One row for the pair's paths. */
  const char *first = strstr(top, "attack path in");
  assert_non_null(first);
  assert_null(strstr(first + 1, "attack path in"));
  tmc_ir_free(ir);
  free(top);
  free(r);

  /* Without same_as, R-DB-1 has its row, once, with its other place counted. */
  ir = build(false);
  fi = tmc_ir_add_finding(ir);
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (strcmp(ir->findings[i].rule_id, "R-DB-1") == 0 && i != fi) {
      ir->findings[fi] = ir->findings[i];
      ir->findings[fi].target = tmc_ir_find_element(ir, 0, "api");
      ir->findings[fi].score = 12;
      ir->findings[fi].lists_borrowed = true;
    }
  r = render(ir, NULL, NULL);
  from = at(r, "### Top risks\n");
  to = at(r, "## Scope and assets\n");
  top = strndup(r + from, to - from);
  const char *row = strstr(top, "Customer records exfiltrated");
  assert_non_null(row);
  assert_null(strstr(row + 1, "Customer records exfiltrated"));
  at(row, "and 1 more |");
  free(top);
  free(r);
  tmc_ir_free(ir);
}

/* At most TMC_REPORT_PER_TARGET findings of one target in its table; the
 * rest, lowest risk, grouped on one line after it (report.h). */
static void test_report_groups_after_eight(void **state) {
  (void)state;
  tmc_ir *ir = build(false);
  uint32_t api = tmc_ir_find_element(ir, 0, "api");
  static const char *const ids[] = {"R-G-01", "R-G-02", "R-G-03", "R-G-04", "R-G-05",
                                    "R-G-06", "R-G-07", "R-G-08", "R-G-09", "R-G-10"};
  for (uint32_t k = 0; k < 10; k++) {
    uint32_t fi = tmc_ir_add_finding(ir);
    ir->findings[fi] = ir->findings[0];
    tmc_finding *f = &ir->findings[fi];
    f->lists_borrowed = true;
    f->target_kind = TMC_TARGET_ELEMENT;
    f->target = api;
    f->rule_id = ids[k];
    f->title = ids[k];
    f->status = TMC_STATUS_OPEN;
    f->score = 20 - (int)k; /* R-G-01 is the highest risk */
    f->severity = f->score >= 20 ? TMC_SEV_CRITICAL : TMC_SEV_HIGH;
  }
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    n += ir->findings[i].target_kind == TMC_TARGET_ELEMENT &&
         ir->findings[i].target == api;
  assert_true(n > TMC_REPORT_PER_TARGET);
  char *r = render(ir, NULL, NULL);
  char buf[64];
  snprintf(buf, sizeof buf,
           "%u more findings on this target, at lower risk: ", n - TMC_REPORT_PER_TARGET);
  size_t more = at(r, buf);
  /* The grouped line names the lowest-risk ones, the table the highest. */
  char *line = strndup(r + more, (size_t)(strchr(r + more, '\n') - (r + more)));
  at(line, "R-G-10");
  at(line, "R-G-09");
  assert_null(strstr(line, "R-G-01"));
  free(line);
  const char *sec = strstr(r, "| [R-G-01]");
  assert_non_null(sec);
  uint32_t rows = 0;
  for (const char *p = sec; p < r + more; p = strchr(p, '\n') + 1)
    rows += strncmp(p, "| [", 3) == 0;
  assert_int_equal(rows, TMC_REPORT_PER_TARGET);
  free(r);
  tmc_ir_free(ir);
}

static void test_report_deterministic(void **state) {
  (void)state;
  tmc_ir *a = build(false), *b = build(true);
  char *r1 = render(a, "x.svg", NULL), *r2 = render(a, "x.svg", NULL);
  char *r3 = render(b, "x.svg", NULL);
  assert_string_equal(r1, r2);
  assert_string_equal(r1, r3);
  free(r1);
  free(r2);
  free(r3);
  tmc_ir_free(a);
  tmc_ir_free(b);
}

static void test_report_anchors_unique(void **state) {
  (void)state;
  tmc_ir *ir = tmc_ir_new("dup.dot");
  tmc_ir_add_page(ir, "dup");
  /* Ids that slug alike, a label shared by two elements, two parallel flows. */
  uint32_t x = tmc_ir_add_element(ir, 0, "a b");
  uint32_t y = tmc_ir_add_element(ir, 0, "a-b");
  uint32_t z = tmc_ir_add_element(ir, 0, "a.b");
  ir->elements[x].label = ir->elements[y].label = "Same";
  tmc_ir_add_flow(ir, 0, x, y);
  tmc_ir_add_flow(ir, 0, x, y);
  tmc_ir_add_flow(ir, 0, y, z);
  char *r = render(ir, NULL, NULL);
  at(r, "<a id=\"el-a-b\"></a>");
  at(r, "#### Same (a b)\n");
  at(r, "#### Same (a-b)\n");
  at(r, "<a id=\"fl-a-b-to-a-b");
  /* Every anchor id appears exactly once. */
  for (const char *p = strstr(r, "<a id=\""); p; p = strstr(p + 1, "<a id=\"")) {
    const char *q = strchr(p + 7, '"');
    char tag[128];
    size_t n = (size_t)(q - p) + 1;
    assert_true(n < sizeof tag);
    memcpy(tag, p, n);
    tag[n] = 0;
    const char *again = strstr(p + 1, tag);
    if (again)
      fail_msg("anchor twice: %s", tag);
  }
  free(r);
  tmc_ir_free(ir);
}

/* Every inferred value is listed with its evidence and the attribute that
 * confirms it, one row per (what, value, reason); hostile labels and
 * evidence (a flow label quoted in it) stay text. */
static void test_report_assumptions(void **state) {
  (void)state;
  tmc_ir *ir = build(false);
  tmc_element *u = &ir->elements[tmc_ir_find_element(ir, 0, "user")];
  tmc_element *a = &ir->elements[tmc_ir_find_element(ir, 0, "api")];
  tmc_element *d = &ir->elements[tmc_ir_find_element(ir, 0, "db")];
  u->kind_source = TMC_SOURCE_LABEL_WORD;
  u->kind_evidence = "user";
  u->facts.entry_why =
      (tmc_why){TMC_SOURCE_FLOWS, "sends '| pwn <script>' (flow word 'feed')"};
  a->kind_source = TMC_SOURCE_DEFAULT;
  d->kind_source = TMC_SOURCE_ATTRIBUTE; /* written: not an assumption */
  d->kind_evidence = "data_store";
  d->facts.asset_why = (tmc_why){TMC_SOURCE_KIND, "data_store"};
  d->facts.held_sensitivity = TMC_SENS_CONFIDENTIAL;
  d->facts.sensitivity_why = (tmc_why){TMC_SOURCE_LABEL_WORD, "customer"};
  a->roles = TMC_ROLESET(TMC_ROLE_RETRIEVER) | TMC_ROLESET(TMC_ROLE_AGENT);
  a->role_why = tmc_arena_alloc(ir->arena, TMC_ROLE_COUNT * sizeof(tmc_why));
  memset(a->role_why, 0, TMC_ROLE_COUNT * sizeof(tmc_why));
  a->role_why[TMC_ROLE_RETRIEVER] = (tmc_why){TMC_SOURCE_FLOWS, "reads 'Customer DB'"};
  a->role_why[TMC_ROLE_AGENT] =
      (tmc_why){TMC_SOURCE_ATTRIBUTE, "role=agent"}; /* written */
  char *r = render(ir, NULL, NULL);
  size_t s = at(r, "## Assumptions to confirm\n"), e = at(r, "## Data flow\n");
  char *sec = strndup(r + s, e - s);
  at(sec, "| Assumed | Value | Elements | Because | Confirm or change with |");
  at(sec,
     "| Kind | External entity | [User &lt;img src=x onerror=alert(1)&gt;](#el-user) | "
     "label word 'user' | `type=` |");
  at(sec,
     "| Kind | Process | [API](#el-api) | default (no type, shape or telling label) | "
     "`type=` |");
  at(sec,
     "| Entry point | yes | [User &lt;img src=x onerror=alert(1)&gt;](#el-user) | sends "
     "'\\| pwn &lt;script&gt;' (flow word 'feed') | `entry=true` / `entry=false` |");
  at(sec, "| Asset | yes | [Customer DB](#el-db) | its kind (data\\_store) | "
          "`asset=true` / `asset=false` |");
  at(sec,
     "| Sensitivity | confidential | [Customer DB](#el-db) | label word 'customer' | "
     "`sensitivity=` or `data=` |");
  at(sec, "| Role | retriever | [API](#el-api) | reads 'Customer DB' | `role=` |");
  at(sec, "| Zone trust | 2 | Corp net | label word 'corp' | `trust=` on the zone |");
  assert_null(strstr(sec, "| Kind | Data store")); /* written */
  assert_null(strstr(sec, "| Role | agent"));      /* written */
  assert_null(strstr(sec, "<script>"));
  assert_null(strstr(sec, "<img"));
  /* Each row is one table row: as many cells as the header. */
  for (const char *p = strstr(sec, "\n| "); p; p = strstr(p + 1, "\n| ")) {
    size_t bars = 0;
    for (const char *q = p + 1; *q && *q != '\n'; q++)
      bars += *q == '|' && q[-1] != '\\';
    assert_int_equal(bars, 6);
  }
  free(sec);
  free(r);
  /* Two elements with the same assumption and reason share one row. */
  u->kind = TMC_KIND_PROCESS;
  u->kind_source = TMC_SOURCE_DEFAULT;
  u->kind_evidence = NULL; /* a default's evidence names an unknown stencil */
  r = render(ir, NULL, NULL);
  at(r, "| Kind | Process | [User &lt;img src=x onerror=alert(1)&gt;](#el-user), "
        "[API](#el-api) "
        "| default");
  free(r);
  tmc_ir_free(ir);
}

/* The scope table says each kind's technologies beside its elements: once
 * each, counted when more than one has it, written and inferred alike; a
 * kind none of whose elements has one shows a dash. */
static void test_scope_technology_column(void **state) {
  (void)state;
  tmc_ir *ir = build(false);
  uint32_t db2 = tmc_ir_add_element(ir, 0, "ledger");
  tmc_element *d = &ir->elements[tmc_ir_find_element(ir, 0, "db")];
  tmc_element *l = &ir->elements[db2];
  l->label = "Ledger";
  l->kind = TMC_KIND_DATA_STORE;
  d->tech = TMC_TECH_SQL_DATABASE;
  d->tech_source = TMC_SOURCE_LABEL_WORD;
  l->tech = TMC_TECH_SQL_DATABASE;
  l->tech_source = TMC_SOURCE_ATTRIBUTE;
  ir->elements[tmc_ir_find_element(ir, 0, "api")].tech = TMC_TECH_API_GATEWAY;
  char *r = render(ir, NULL, NULL);
  at(r, "| Kind | Count | Elements | Technology |\n| --- | ---: | --- | --- |\n");
  at(r, "| Process | 1 | [API](#el-api) | API gateway |\n");
  size_t row = at(r, "| Data store | 2 | ");
  assert_true(at(r + row, " | SQL database ×2 |\n") < at(r + row, "\n"));
  at(r, "| External entity | 1 | [User &lt;img src=x onerror=alert(1)&gt;](#el-user) | — "
        "|\n");
  free(r);
  tmc_ir_free(ir);
}

/* draw.io names a page "Page-1" by default: the title then says the file's
 * name, as the picture's title does (one function for every report). */
static void test_report_title_default_page(void **state) {
  (void)state;
  tmc_ir *ir = tmc_ir_new("docs/payments-system.drawio");
  tmc_ir_add_page(ir, "Page-1");
  ir->title = ir->pages[0].name;
  char *r = render(ir, NULL, NULL);
  at(r, "# Threat model: payments-system\n");
  free(r);
  tmc_ir_free(ir);
  ir = tmc_ir_new("docs/payments-system.drawio");
  tmc_ir_add_page(ir, "Checkout");
  ir->title = ir->pages[0].name;
  r = render(ir, NULL, NULL);
  at(r, "# Threat model: Checkout\n");
  free(r);
  tmc_ir_free(ir);
}

static void test_report_empty(void **state) {
  (void)state;
  tmc_ir *ir = tmc_ir_new("empty.dot");
  tmc_ir_add_page(ir, "");
  char *r = render(ir, NULL, NULL);
  at(r, "# Threat model: empty\n");
  at(r, "The diagram has no element.");
  at(r, "No attack path from an entry point to an asset was found.");
  at(r, "**Verdict:** ready for sign-off: no open finding.");
  free(r);
  tmc_ir_free(ir);
}

/* A big diagram: n elements in a chain of n - 1 flows, every tenth element
 * behind a boundary so that flows cross, one open finding per element and
 * per flow with scores spread over 1..24, and one critical finding (score
 * 25) on flow `top_flow` and on element `top_el`. */
static tmc_ir *build_big(uint32_t n, uint32_t top_el, uint32_t top_flow) {
  static const char *rules[] = {"R-A", "R-B", "R-C", "R-D"};
  tmc_ir *ir = tmc_ir_new("big.dot");
  tmc_ir_add_page(ir, "big");
  uint32_t zone = tmc_ir_add_boundary(ir, 0, "cluster_z", TMC_BOUNDARY_CLUSTER);
  ir->boundaries[zone].label = "Zone";
  ir->boundaries[zone].trust = 2;
  for (uint32_t i = 0; i < n; i++) {
    char id[32];
    snprintf(id, sizeof id, "n%u", i);
    uint32_t e = tmc_ir_add_element(ir, 0, tmc_arena_strdup(ir->arena, id));
    ir->elements[e].qname = ir->elements[e].id;
    ir->elements[e].kind = i % 3 ? TMC_KIND_PROCESS : TMC_KIND_DATA_STORE;
    ir->elements[e].boundary = i % 10 == 0 ? zone : TMC_NONE;
    ir->elements[e].facts.is_asset = i % 7 == 0;
    ir->elements[e].facts.is_entry = i % 11 == 0;
    ir->elements[e].kind_source = TMC_SOURCE_DEFAULT; /* one assumption row for all */
  }
  for (uint32_t i = 0; i + 1 < n; i++) {
    uint32_t f = tmc_ir_add_flow(ir, 0, i, i + 1);
    char id[48];
    snprintf(id, sizeof id, "n%u -> n%u", i, i + 1);
    ir->flows[f].id = tmc_arena_strdup(ir->arena, id);
    ir->flows[f].facts.crosses = i % 3 != 0;
  }
  for (uint32_t t = 0; t < 2; t++)
    for (uint32_t i = 0; i < (t ? n - 1 : n); i++) {
      uint32_t fi = tmc_ir_add_finding(ir);
      tmc_finding *f = &ir->findings[fi];
      f->target_kind = t ? TMC_TARGET_FLOW : TMC_TARGET_ELEMENT;
      f->target = i;
      f->rule_id = rules[i % 4];
      f->title = "Some threat";
      bool top = t ? i == top_flow : i == top_el;
      f->score = top ? 25 : 1 + (int)(i * 7 % 24);
      f->severity = f->score >= 20   ? TMC_SEV_CRITICAL
                    : f->score >= 12 ? TMC_SEV_HIGH
                    : f->score >= 6  ? TMC_SEV_MEDIUM
                                     : TMC_SEV_LOW;
      f->likelihood = 3;
      f->impact = 3;
      f->status = TMC_STATUS_OPEN;
      f->evidence = "because";
      tmc_strlist_add(&f->mitigations, "encryption");
    }
  /* One manual review per asset: the validation plan's manual list grows
     with the diagram like the register does. */
  static const tmc_tool person = {.id = "manual"};
  static const tmc_validation review = {.id = "VAL-REVIEW",
                                        .title = "Review it",
                                        .tool = &person,
                                        .mode = TMC_VMODE_MANUAL,
                                        .success = "a person signs it off"};
  uint32_t assets = (n + 6) / 7;
  ir->vplan = tmc_arena_alloc(ir->arena, assets * sizeof *ir->vplan);
  for (uint32_t i = 0; i < n; i += 7) {
    tmc_vitem *it = &ir->vplan[ir->n_vplan++];
    memset(it, 0, sizeof *it);
    it->id = tmc_arena_printf(ir->arena, "VAL-REVIEW:n%u", i);
    it->how = &review;
    it->target = i;
    it->entry = it->endpoint = TMC_NONE;
    it->findings = tmc_arena_alloc(ir->arena, sizeof *it->findings);
    it->findings[0] = i;
    it->n_findings = 1;
    it->risk = 1;
  }
  return ir;
}

static size_t count(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

/* Every link to an element or flow points at an anchor of the report. */
static void links_resolve(const char *r) {
  for (const char *p = strstr(r, "](#"); p; p = strstr(p + 1, "](#")) {
    const char *q = strchr(p + 3, ')');
    assert_non_null(q);
    size_t n = (size_t)(q - (p + 3));
    char tag[160];
    assert_true(n + 12 < sizeof tag);
    if (strncmp(p + 3, "el-", 3) != 0 && strncmp(p + 3, "fl-", 3) != 0)
      continue;
    snprintf(tag, sizeof tag, "<a id=\"%.*s\">", (int)n, p + 3);
    if (!strstr(r, tag))
      fail_msg("link without anchor: %s", tag);
  }
}

/* Above CONDENSE_TARGETS elements + flows the report is condensed: it says
 * so, keeps threat sections for the targets of the highest-risk findings
 * (elements and flows), cuts the register and long tables with a count of
 * the rest, links only to sections that exist, and does not grow with the
 * diagram. */
static void test_report_condensed(void **state) {
  (void)state;
  tmc_ir *ir = build_big(4000, 2345, 3210);
  char *r = render(ir, NULL, NULL);
  at(r, "**Condensed report:**");
  at(r, "### Findings by rule\n");
  at(r, "| [R-A](#rule-R-A) | Some threat | 2000 |");
  /* The two critical findings' targets have their sections. */
  at(r, "<a id=\"el-n2345\"></a>");
  at(r, "<a id=\"fl-n3210-to-n3211\"></a>");
  size_t threats = at(r, "## Threats\n"), paths = at(r, "## Attack paths\n");
  size_t sections = 0, flows = 0;
  for (const char *p = strstr(r + threats, "\n#### "); p && (size_t)(p - r) < paths;
       p = strstr(p + 1, "\n#### "))
    sections++;
  for (const char *p = strstr(r + threats, "<a id=\"fl-"); p && (size_t)(p - r) < paths;
       p = strstr(p + 1, "<a id=\"fl-"))
    flows++;
  assert_int_equal(sections, 100);
  assert_int_equal(flows, 50);
  at(r, "The 1000 highest-risk open findings of 7999, highest risk first.");
  at(r, "…and 6999 more open findings of lower risk");
  at(r, "…and 1666 more crossing flows, not listed in a condensed report");
  at(r, "flows stay within one zone, not listed");
  at(r, ", … and "); /* a capped list of names */
  /* Thousands of default kinds are one row naming 20 and counting the rest. */
  at(r, "| Kind | Process | n1, [n1001](#el-n1001), n1003, ");
  at(r, ", … and 2646 more | default (no type, shape or telling label) | `type=` |");
  at(r, "- …and 7979 more of lower risk (condensed report)"); /* the plan */
  /* 572 manual reviews: the first 200 listed, the rest counted. */
  assert_int_equal(count(r, "- **Review it** on "), 200);
  at(r, "…and 372 more manual reviews in the plan report (condensed report).");
  assert_int_equal(count(r, "\n| 1001 | "), 0);
  links_resolve(r);
  size_t small = strlen(r);
  free(r);
  tmc_ir_free(ir);

  /* Three times the diagram, about the same report. */
  ir = build_big(12000, 7, 9);
  r = render(ir, NULL, NULL);
  links_resolve(r);
  assert_true(strlen(r) < small + small / 10);
  free(r);
  tmc_ir_free(ir);

  /* Below the threshold nothing is condensed. */
  ir = build_big(2000, 7, 9);
  r = render(ir, NULL, NULL);
  assert_null(strstr(r, "Condensed"));
  assert_null(strstr(r, "condensed report"));
  assert_int_equal(count(r, "<a id=\"el-"), 2000);
  assert_int_equal(count(r, "- **Review it** on "), 286);
  links_resolve(r);
  free(r);
  tmc_ir_free(ir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_escape_html),
      cmocka_unit_test(test_escape_links),
      cmocka_unit_test(test_escape_blocks),
      cmocka_unit_test(test_escape_inline),
      cmocka_unit_test(test_escape_whitespace_and_bytes),
      cmocka_unit_test(test_report_sections_in_order),
      cmocka_unit_test(test_report_content),
      cmocka_unit_test(test_top_risks_one_row_per_threat),
      cmocka_unit_test(test_report_deterministic),
      cmocka_unit_test(test_report_anchors_unique),
      cmocka_unit_test(test_report_assumptions),
      cmocka_unit_test(test_scope_technology_column),
      cmocka_unit_test(test_report_empty),
      cmocka_unit_test(test_report_title_default_page),
      cmocka_unit_test(test_report_condensed),
      cmocka_unit_test(test_report_groups_after_eight),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
