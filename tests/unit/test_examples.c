/* test_examples.c - end to end through the library, with the built-in
 * catalogs: each shipped example (examples/NAME.dot, expectations in
 * tests/examples/NAME.expect) and each ATLAS case study drawn as a victim
 * system (tests/casestudies/NAME.dot, expectations in their own "// expect"
 * comments), and OWASP pytm's sample drawn in tmc's vocabulary
 * (tests/pytm/, the same comments), and the systems without AI of tests/noai/ (no
 * ATLAS or OWASP LLM/ML id), gets the findings a reviewer expects, on the right
 * elements, and none of the ones that would be absurd there. Also checks that the
 * built-in rules cover every OWASP LLM 2025 and ML 2023 entry, and that the draw.io twins
 * of the examples are laid out (no overlaps, no flow across a box), and that
 * the critical counts docs/risk.md quotes are still what tmc finds.
 *
 * The one idea: expectations are data, one per line, so a reviewer reads
 * them next to the diagram:
 *   expect RULE TARGET [ID...]   a finding of RULE on TARGET citing every ID
 *   absent PREFIX [TARGET]       no finding whose rule starts with PREFIX
 *                                (on TARGET only, when given)
 *   technique ID TARGET          some finding on TARGET cites ID (ATLAS, OWASP,
 *                                CWE or CAPEC)
 *   never PREFIX                 no finding anywhere cites an id starting with
 *                                PREFIX ("AML.", "CWE-611")
 *   status RULE TARGET STATUS    that finding is open, mitigated or accepted
 *   severity RULE TARGET SEV     that finding has severity SEV (risk calibration)
 *   most SEV N                   at most N open findings (paths included) of SEV
 * TARGET is an element id, a flow written "src->dst", or an attack path:
 * "entry=>asset" (the pair's most likely path) or its route "a>b>c". */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli/driver.h"
#include "frontend/frontend.h"
#include "ir_helpers.h"
#include "passes/passes.h"

static tmc_catalog *cat;

static int setup(void **state) {
  tmc_diags d = TMC_DIAGS_INIT;
  int rc = tmc_catalog_new(&cat, &d);
  if (rc < 0)
    tmc_diags_print(&d, stderr, false);
  tmc_diags_free(&d);
  return rc < 0 ? -1 : 0;
}

static int teardown(void **state) {
  tmc_catalog_free(cat);
  return 0;
}

/* Reads and analyses one diagram with every pass of the pipeline. */
static tmc_ir *analyse(const char *path) {
  tmc_diags d = TMC_DIAGS_INIT;
  char *data = NULL;
  size_t len = 0;
  assert_int_equal(tmc_read_file(&data, &len, path, 1 << 24, &d), 0);
  tmc_ir *ir = ir_analysed(path, data, len, cat, NULL, &d);
  if (d.errors)
    tmc_diags_print(&d, stderr, false);
  assert_int_equal(d.errors, 0);
  tmc_diags_free(&d);
  free(data);
  return ir;
}

/* "a->b" for a flow, "id" for an element; written into buf. */
static const char *target_key(const tmc_ir *ir, const tmc_finding *f, char *buf,
                              size_t n) {
  if (f->target_kind == TMC_TARGET_ELEMENT) {
    snprintf(buf, n, "%s", ir->elements[f->target].id);
  } else if (f->target_kind == TMC_TARGET_FLOW) {
    const tmc_flow *fl = &ir->flows[f->target];
    snprintf(buf, n, "%s->%s", ir->elements[fl->src].id, ir->elements[fl->dst].id);
  } else {
    const tmc_path *p = &ir->paths[f->target];
    size_t len = 0;
    buf[0] = 0;
    for (uint32_t h = 0; h < p->n_hops && len < n; h++)
      len += (size_t)snprintf(buf + len, n - len, "%s%s", h ? ">" : "",
                              ir->elements[p->hops[h].element].id);
  }
  return buf;
}

/* Does the finding sit on TARGET? A path matches its route, and "entry=>asset"
 * matches every path of the pair (the first one found is the most likely:
 * the paths pass emits them ranked). */
static bool on_target(const tmc_ir *ir, const tmc_finding *f, const char *target) {
  char buf[512];
  const char *arrow = strstr(target, "=>");
  if (arrow && f->target_kind == TMC_TARGET_PATH) {
    const tmc_path *p = &ir->paths[f->target];
    const char *entry = ir->elements[p->entry].id, *asset = ir->elements[p->asset].id;
    return strlen(entry) == (size_t)(arrow - target) &&
           strncmp(entry, target, strlen(entry)) == 0 && strcmp(asset, arrow + 2) == 0;
  }
  return strcmp(target_key(ir, f, buf, sizeof buf), target) == 0;
}

static const tmc_finding *find(const tmc_ir *ir, const char *rule, const char *target) {
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (strcmp(f->rule_id, rule) == 0 && on_target(ir, f, target))
      return f;
  }
  return NULL;
}

static bool cites(const tmc_finding *f, const char *id) {
  return tmc_strlist_has(&f->atlas, id) || tmc_strlist_has(&f->owasp, id) ||
         tmc_strlist_has(&f->cwe, id) || tmc_strlist_has(&f->capec, id);
}

/* Prints what tmc did find, so a failing expectation is easy to read. */
static void dump(const tmc_ir *ir, const char *file) {
  char buf[512];
  fprintf(stderr, "findings of %s:\n", file);
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    fprintf(stderr, "  %s %s %s\n", f->rule_id, target_key(ir, f, buf, sizeof buf),
            tmc_status_name(f->status));
  }
}

/* Checks one expectation line; returns the number of failures (0 or 1). */
/* Does id start with prefix, a number in prefix not continuing in id
 * ("CWE-78" is not a prefix of "CWE-786")? */
static bool id_has_prefix(const char *id, const char *prefix) {
  size_t n = strlen(prefix);
  if (!n || strncmp(id, prefix, n) != 0)
    return false;
  bool digit_end = prefix[n - 1] >= '0' && prefix[n - 1] <= '9';
  return !digit_end || !(id[n] >= '0' && id[n] <= '9');
}

static int check_line(const tmc_ir *ir, const char *where, char *line) {
  char *save = NULL;
  char *verb = strtok_r(line, " \t", &save);
  if (!verb || verb[0] == '#')
    return 0;
  char *a = strtok_r(NULL, " \t", &save);
  char *b = strtok_r(NULL, " \t", &save);
  char buf[512];
  if (strcmp(verb, "expect") == 0 && a && b) {
    const tmc_finding *f = find(ir, a, b);
    if (!f) {
      fprintf(stderr, "%s: no %s on %s\n", where, a, b);
      return 1;
    }
    for (char *id; (id = strtok_r(NULL, " \t", &save));)
      if (!cites(f, id)) {
        fprintf(stderr, "%s: %s on %s does not cite %s\n", where, a, b, id);
        return 1;
      }
    return 0;
  }
  if (strcmp(verb, "absent") == 0 && a) {
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      if (strncmp(f->rule_id, a, strlen(a)) == 0 && (!b || on_target(ir, f, b))) {
        fprintf(stderr, "%s: unexpected %s on %s\n", where, f->rule_id,
                target_key(ir, f, buf, sizeof buf));
        return 1;
      }
    }
    return 0;
  }
  if (strcmp(verb, "technique") == 0 && a && b) {
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      if (on_target(ir, f, b) && cites(f, a))
        return 0;
    }
    fprintf(stderr, "%s: no finding on %s cites %s\n", where, b, a);
    return 1;
  }
  if (strcmp(verb, "never") == 0 && a) {
    const tmc_strlist *lists[4];
    for (uint32_t i = 0; i < ir->n_findings; i++) {
      const tmc_finding *f = &ir->findings[i];
      lists[0] = &f->atlas, lists[1] = &f->owasp, lists[2] = &f->cwe,
      lists[3] = &f->capec;
      for (int l = 0; l < 4; l++)
        for (uint32_t k = 0; k < lists[l]->n; k++)
          if (id_has_prefix(lists[l]->v[k], a)) {
            fprintf(stderr, "%s: %s on %s cites %s\n", where, f->rule_id,
                    target_key(ir, f, buf, sizeof buf), lists[l]->v[k]);
            return 1;
          }
    }
    return 0;
  }
  if (strcmp(verb, "status") == 0 && a && b) {
    const char *want = strtok_r(NULL, " \t", &save);
    const tmc_finding *f = find(ir, a, b);
    if (!f || !want || strcmp(tmc_status_name(f->status), want) != 0) {
      fprintf(stderr, "%s: %s on %s is %s, want %s\n", where, a, b,
              f ? tmc_status_name(f->status) : "missing", want ? want : "?");
      return 1;
    }
    return 0;
  }
  if (strcmp(verb, "severity") == 0 && a && b) {
    const char *want = strtok_r(NULL, " \t", &save);
    const tmc_finding *f = find(ir, a, b);
    if (!f || !want || strcmp(tmc_severity_name(f->severity), want) != 0) {
      fprintf(stderr, "%s: %s on %s is %s (%s), want %s\n", where, a, b,
              f ? tmc_severity_name(f->severity) : "missing",
              f && f->risk_reason ? f->risk_reason : "", want ? want : "?");
      return 1;
    }
    return 0;
  }
  if (strcmp(verb, "most") == 0 && a && b) {
    tmc_severity sev;
    if (!tmc_severity_parse(a, &sev)) {
      fprintf(stderr, "%s: bad severity '%s'\n", where, a);
      return 1;
    }
    long n = 0, max = strtol(b, NULL, 10);
    for (uint32_t i = 0; i < ir->n_findings; i++)
      n += ir->findings[i].status == TMC_STATUS_OPEN && ir->findings[i].severity == sev;
    if (n > max) {
      fprintf(stderr, "%s: %ld open %s findings, want at most %ld\n", where, n, a, max);
      for (uint32_t i = 0; i < ir->n_findings; i++)
        if (ir->findings[i].status == TMC_STATUS_OPEN && ir->findings[i].severity == sev)
          fprintf(stderr, "  %s %s: %s\n", ir->findings[i].rule_id,
                  target_key(ir, &ir->findings[i], buf, sizeof buf),
                  ir->findings[i].risk_reason ? ir->findings[i].risk_reason : "");
      return 1;
    }
    return 0;
  }
  fprintf(stderr, "%s: bad expectation '%s'\n", where, verb);
  return 1;
}

/* One vocabulary for controls: every control a finding names (the rules'
 * mitigated_by and the paths pass's mitigations and cuts) is a catalog
 * control id, not an alias or a word of its own, so the mitigation plan can
 * link it and a diagram can declare it. Returns the number of failures. */
static int check_control_ids(const tmc_ir *ir, const char *where) {
  int bad = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    for (uint32_t j = 0; j < f->mitigations.n; j++) {
      const tmc_control *c = tmc_catalog_control(cat, f->mitigations.v[j]);
      if (!c || strcmp(c->id, f->mitigations.v[j]) != 0) {
        fprintf(stderr, "%s: %s names control '%s', not a catalog id\n", where,
                f->rule_id, f->mitigations.v[j]);
        bad++;
      }
    }
  }
  for (uint32_t i = 0; i < ir->n_cuts; i++)
    for (uint32_t j = 0; j < ir->cuts[i].n_flows; j++) {
      const char *id = ir->cuts[i].controls[j];
      const tmc_control *c = tmc_catalog_control(cat, id);
      if (!c || strcmp(c->id, id) != 0) {
        fprintf(stderr, "%s: cut names control '%s', not a catalog id\n", where, id);
        bad++;
      }
    }
  return bad;
}

/* Runs the expectations in `spec` (lines; with `prefix`, only the lines that
 * start with it, the prefix removed) against the analysis of `diagram`.
 * Returns how many expectations there were; fails the test on any miss. */
static int run_spec(const char *diagram, const char *spec_path, const char *prefix) {
  char *spec = NULL;
  size_t len = 0;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_read_file(&spec, &len, spec_path, 1 << 20, &d), 0);
  tmc_diags_free(&d);
  tmc_ir *ir = analyse(diagram);
  int failures = 0, n = 0, lineno = 0;
  char *save = NULL;
  for (char *line = strtok_r(spec, "\n", &save); line;
       line = strtok_r(NULL, "\n", &save)) {
    lineno++;
    while (*line == ' ' || *line == '\t')
      line++;
    if (prefix) {
      if (strncmp(line, prefix, strlen(prefix)) != 0)
        continue;
      line += strlen(prefix);
    }
    char where[600];
    snprintf(where, sizeof where, "%s:%d", spec_path, lineno);
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", line);
    char *first = copy;
    while (*first == ' ')
      first++;
    if (!*first || *first == '#')
      continue;
    n++;
    failures += check_line(ir, where, copy);
  }
  failures += check_control_ids(ir, diagram);
  if (failures)
    dump(ir, diagram);
  tmc_ir_free(ir);
  free(spec);
  assert_int_equal(failures, 0);
  return n;
}

/* Sorted names in dir ending in ext, for a stable test order. */
static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static uint32_t list_dir(const char *dir, const char *ext, char ***out) {
  DIR *dp = opendir(dir);
  char **v = NULL;
  uint32_t n = 0, cap = 0;
  assert_non_null(dp);
  for (struct dirent *de; (de = readdir(dp));) {
    size_t l = strlen(de->d_name), el = strlen(ext);
    if (l <= el || strcmp(de->d_name + l - el, ext) != 0)
      continue;
    if (n == cap) {
      cap = cap ? 2 * cap : 8;
      v = realloc(v, cap * sizeof *v);
      assert_non_null(v);
    }
    v[n++] = strdup(de->d_name);
  }
  closedir(dp);
  if (n)
    qsort(v, n, sizeof *v, cmp_str);
  *out = v;
  return n;
}

static void test_examples(void **state) {
  char **names = NULL;
  uint32_t n = list_dir("tests/examples", ".expect", &names);
  assert_true(n >= 4);
  for (uint32_t i = 0; i < n; i++) {
    char spec[512], dot[512];
    snprintf(spec, sizeof spec, "tests/examples/%s", names[i]);
    snprintf(dot, sizeof dot, "examples/%.*s.dot", (int)(strlen(names[i]) - 7), names[i]);
    assert_true(run_spec(dot, spec, NULL) > 0);
    free(names[i]);
  }
  free(names);
}

/* ---- the draw.io twins are drawn, not dumped ---------------------------- */

/* Does segment a-b pass through the inside of r (shrunk by 1 px)? */
static bool segment_hits(tmc_point a, tmc_point b, tmc_rect r) {
  double x0 = r.x + 1, y0 = r.y + 1, x1 = r.x + r.w - 1, y1 = r.y + r.h - 1;
  double t0 = 0, t1 = 1, dx = b.x - a.x, dy = b.y - a.y;
  double p[4] = {-dx, dx, -dy, dy}, q[4] = {a.x - x0, x1 - a.x, a.y - y0, y1 - a.y};
  for (int k = 0; k < 4; k++) {
    if (p[k] == 0) {
      if (q[k] < 0)
        return false;
    } else if (p[k] < 0) {
      t0 = q[k] / p[k] > t0 ? q[k] / p[k] : t0;
    } else {
      t1 = q[k] / p[k] < t1 ? q[k] / p[k] : t1;
    }
  }
  return t0 < t1;
}

static tmc_point box_centre(tmc_rect r) {
  return (tmc_point){r.x + r.w / 2, r.y + r.h / 2};
}

/* Where a flow leaves or meets box r: the author's connection point, else
 * the box's centre (the segment from there is cut by r itself, which is an
 * end of the flow and so never counts). */
static tmc_point flow_end(tmc_rect r, bool has_port, tmc_point port) {
  return has_port ? (tmc_point){r.x + port.x * r.w, r.y + port.y * r.h} : box_centre(r);
}

/* Every shipped draw.io twin is laid out as a person would draw it: each
 * element has a place, no two overlap, and no flow runs across an element it
 * does not connect. */
static void test_drawio_twins_are_drawn(void **state) {
  DIR *dir = opendir("examples");
  assert_non_null(dir);
  unsigned checked = 0;
  struct dirent *de;
  while ((de = readdir(dir)) != NULL) {
    size_t n = strlen(de->d_name);
    if (n < 8 || strcmp(de->d_name + n - 7, ".drawio") != 0)
      continue;
    char path[512];
    snprintf(path, sizeof path, "examples/%s", de->d_name);
    tmc_ir *ir = analyse(path);
    for (uint32_t i = 0; i < ir->n_elements; i++) {
      const tmc_element *e = &ir->elements[i];
      if (!e->has_geom)
        fail_msg("%s: element %s has no geometry", path, e->id);
      for (uint32_t j = 0; j < i; j++) {
        tmc_rect a = e->geom, b = ir->elements[j].geom;
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          fail_msg("%s: %s overlaps %s", path, e->id, ir->elements[j].id);
      }
    }
    for (uint32_t f = 0; f < ir->n_flows; f++) {
      const tmc_flow *fl = &ir->flows[f];
      tmc_rect s = ir->elements[fl->src].geom, t = ir->elements[fl->dst].geom;
      tmc_point prev = flow_end(s, fl->has_src_port, fl->src_port);
      for (uint32_t k = 0; k <= fl->n_pts; k++) {
        tmc_point next =
            k < fl->n_pts ? fl->pts[k] : flow_end(t, fl->has_dst_port, fl->dst_port);
        for (uint32_t e = 0; e < ir->n_elements; e++)
          if (e != fl->src && e != fl->dst &&
              segment_hits(prev, next, ir->elements[e].geom))
            fail_msg("%s: flow %s runs across %s", path, fl->id, ir->elements[e].id);
        prev = next;
      }
    }
    tmc_ir_free(ir);
    checked++;
  }
  closedir(dir);
  assert_true(checked >= 4);
}

static void test_case_studies(void **state) {
  char **names = NULL;
  uint32_t n = list_dir("tests/casestudies", ".dot", &names);
  assert_true(n >= 3);
  for (uint32_t i = 0; i < n; i++) {
    char dot[512];
    snprintf(dot, sizeof dot, "tests/casestudies/%s", names[i]);
    /* Each case study names the ATLAS case it draws and checks something. */
    char *text = NULL;
    size_t len = 0;
    tmc_diags d = TMC_DIAGS_INIT;
    assert_int_equal(tmc_read_file(&text, &len, dot, 1 << 20, &d), 0);
    tmc_diags_free(&d);
    assert_non_null(strstr(text, "AML.CS"));
    free(text);
    assert_true(run_spec(dot, dot, "// expect: ") > 0);
    free(names[i]);
  }
  free(names);
}

/* OWASP pytm's sample model, drawn in tmc's vocabulary: every classic
 * application threat class the model makes possible is raised, and none
 * that it does not (pytm's own XML, SSRF and file findings there are false
 * positives). The expectations were written before tmc ran on it. Its
 * draw.io twin (the same system drawn differently, tech= instead of product
 * words) is held to the DOT drawing's lines as well as its own "expect:"
 * lines: the same classes raised, the same ones absent. Beside it,
 * classic-classes.dot makes possible, once each, the classes the sample does
 * not (NoSQL and command injection, SSRF, XXE, path traversal,
 * deserialisation, weak TLS, audit-log tampering) and expects each on the
 * element that makes it possible and on none of the others. */
static void test_pytm_sample(void **state) {
  char **names = NULL;
  uint32_t n = list_dir("tests/pytm", ".dot", &names);
  assert_true(n >= 1);
  for (uint32_t i = 0; i < n; i++) {
    char dot[512];
    snprintf(dot, sizeof dot, "tests/pytm/%s", names[i]);
    assert_true(run_spec(dot, dot, "// expect: ") > 0);
    free(names[i]);
  }
  free(names);
  n = list_dir("tests/pytm", ".drawio", &names);
  assert_true(n >= 1);
  for (uint32_t i = 0; i < n; i++) {
    char drawio[512], dot[512];
    snprintf(drawio, sizeof drawio, "tests/pytm/%s", names[i]);
    snprintf(dot, sizeof dot, "tests/pytm/%.*s.dot",
             (int)(strlen(names[i]) - strlen(".drawio")), names[i]);
    assert_true(run_spec(drawio, drawio, "expect: ") > 0);
    assert_true(run_spec(drawio, dot, "// expect: ") > 0); /* the twin's lines */
    free(names[i]);
  }
  free(names);
}

/* docs/risk.md quotes how many of a diagram's open findings are critical
 * ("(tests/casestudies/shadowray.dot) ... 2 of its 15 open findings"): each
 * such sentence is checked against the diagram it names (the last path
 * before the numbers), so the calibration's documentation cannot go stale. */
static void test_risk_doc_numbers(void **state) {
  char *text = NULL;
  size_t len = 0;
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_read_file(&text, &len, "docs/risk.md", 1 << 20, &d), 0);
  tmc_diags_free(&d);
  int checked = 0;
  for (const char *at = text; (at = strstr(at, " of its ")) != NULL; at++) {
    const char *num = at;
    while (num > text && num[-1] >= '0' && num[-1] <= '9')
      num--;
    int crit = 0, open = 0;
    if (num == at || sscanf(num, "%d of its %d open findings", &crit, &open) != 2)
      continue;
    /* the diagram: the last "tests/....dot" before the numbers */
    const char *path = NULL;
    for (const char *p = text; (p = strstr(p, "tests/")) != NULL && p < num; p++)
      path = p;
    assert_non_null(path);
    char file[256];
    size_t n = strcspn(path, " )\n`");
    assert_true(n < sizeof file);
    memcpy(file, path, n);
    file[n] = 0;
    tmc_ir *ir = analyse(file);
    int got_open = 0, got_crit = 0;
    for (uint32_t i = 0; i < ir->n_findings; i++)
      if (ir->findings[i].status == TMC_STATUS_OPEN) {
        got_open++;
        got_crit += ir->findings[i].severity == TMC_SEV_CRITICAL;
      }
    if (got_open != open || got_crit != crit)
      fail_msg("docs/risk.md says %d of %s's %d open findings are critical; tmc now "
               "finds %d of %d",
               crit, file, open, got_crit, got_open);
    tmc_ir_free(ir);
    checked++;
  }
  assert_true(checked >= 1);
  free(text);
}

/* Precision (issue #15): systems with no AI at all, drawn in varied wording
 * in both formats (tests/noai/README.md), get no ATLAS id and no OWASP LLM
 * or ML Top 10 id, and meet their own "// expect:" lines where they have
 * them. */
static void test_no_ai(void **state) {
  static const char *exts[] = {".dot", ".drawio"};
  uint32_t per_format[2] = {0, 0};
  for (int x = 0; x < 2; x++) {
    char **names = NULL;
    uint32_t n = list_dir("tests/noai", exts[x], &names);
    per_format[x] = n;
    for (uint32_t i = 0; i < n; i++) {
      char path[512];
      snprintf(path, sizeof path, "tests/noai/%s", names[i]);
      tmc_ir *ir = analyse(path);
      int failures = 0;
      static const char *never[] = {"never AML.", "never LLM", "never ML"};
      for (size_t k = 0; k < sizeof never / sizeof *never; k++) {
        char line[64];
        snprintf(line, sizeof line, "%s", never[k]);
        failures += check_line(ir, path, line);
      }
      /* Nor does a hop of an attack path name an ATLAS technique: the kill
       * chain of a system without AI is classic (CAPEC) steps. */
      for (uint32_t p = 0; p < ir->n_paths; p++)
        for (uint32_t h = 0; h < ir->paths[p].n_hops; h++)
          if (ir->paths[p].hops[h].technique &&
              strncmp(ir->paths[p].hops[h].technique, "AML.", 4) == 0) {
            fprintf(stderr, "%s: path %u hop %u names %s\n", path, p + 1, h,
                    ir->paths[p].hops[h].technique);
            failures++;
          }
      /* The rules had something to say: the set is not trivially silent. */
      if (ir->n_findings == 0) {
        fprintf(stderr, "%s: no finding at all\n", path);
        failures++;
      }
      if (failures)
        dump(ir, path);
      tmc_ir_free(ir);
      assert_int_equal(failures, 0);
      if (x == 0)
        run_spec(path, path, "// expect: ");
      free(names[i]);
    }
    free(names);
  }
  /* A web shop, a batch ETL and a CRUD API at least, in both formats. */
  assert_true(per_format[0] >= 3);
  assert_true(per_format[1] >= 3);
}

/* Every OWASP LLM 2025 and ML 2023 entry is cited by at least one rule. */
static void test_owasp_coverage(void **state) {
  char id[32];
  for (int list = 0; list < 2; list++)
    for (int k = 1; k <= 10; k++) {
      snprintf(id, sizeof id, list ? "ML%02d:2023" : "LLM%02d:2025", k);
      bool found = false;
      for (uint32_t i = 0; i < tmc_catalog_n_rules(cat) && !found; i++)
        found = tmc_strlist_has(&tmc_catalog_rule_at(cat, i)->owasp, id);
      if (!found)
        fprintf(stderr, "no rule cites %s\n", id);
      assert_true(found);
    }
}

/* Precision by construction: a rule citing an OWASP LLM id applies only to
 * LLM-related targets, so no LLM threat can fire where there is no LLM. */
static void test_llm_rules_need_an_llm(void **state) {
  for (uint32_t i = 0; i < tmc_catalog_n_rules(cat); i++) {
    const tmc_rule *r = tmc_catalog_rule_at(cat, i);
    bool llm_id = false;
    for (uint32_t j = 0; j < r->owasp.n; j++)
      llm_id |= strncmp(r->owasp.v[j], "LLM", 3) == 0;
    if (!llm_id)
      continue;
    /* An agent tool is by definition called by an LLM agent. */
    uint32_t llm_kinds = (1u << TMC_KIND_LLM) | (1u << TMC_KIND_AGENT_TOOL);
    /* So are the roles the roles pass gives only next to an LLM (agent,
     * prompt assembler, tool executor), text an LLM wrote, and the memory
     * or thread history such code reads back into its prompts. */
    static const char *const needs[] = {
        "llm",          "agent",        "prompt_assembler", "tool_executor",
        "model_output", "agent_memory", "thread_history"};
    bool ok = r->applies_kinds && !(r->applies_kinds & ~llm_kinds) && !r->applies_flows;
    for (size_t k = 0; k < sizeof needs / sizeof *needs && r->cond_text && !ok; k++)
      ok = strstr(r->cond_text, needs[k]) != NULL;
    if (!ok)
      fprintf(stderr, "%s cites an OWASP LLM id but does not need an LLM\n", r->id);
    assert_true(ok);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_owasp_coverage),
      cmocka_unit_test(test_llm_rules_need_an_llm),
      cmocka_unit_test(test_examples),
      cmocka_unit_test(test_case_studies),
      cmocka_unit_test(test_pytm_sample),
      cmocka_unit_test(test_no_ai),
      cmocka_unit_test(test_risk_doc_numbers),
      cmocka_unit_test(test_drawio_twins_are_drawn),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
