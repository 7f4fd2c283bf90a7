/* test_svg.c - the annotated diagram back ends (svg.c, raster.c, scene*.c) on
 * IRs built by hand: well-formed XML whose ids, classes and tooltips match
 * the findings; hostile label text that stays text; byte-stable output;
 * draw.io geometry kept as drawn; big diagrams that take the grid layout;
 * graphviz failures and time-outs that take it too, without a crash or a
 * word on stderr; one scene shared by the drawing back ends of a run; and
 * a golden SVG for one small diagram of each input format. */
#include <setjmp.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "backends/backends.h"
#include "backends/scene.h"
#include "frontend/frontend.h"
#include "ir_helpers.h"

/* ---- building IRs ----------------------------------------------------------- */

static uint32_t fl(tmc_ir *ir, uint32_t s, uint32_t d, const char *label, bool crosses) {
  uint32_t i = ir_fl(ir, s, d, label);
  ir->flows[i].facts.crosses = crosses;
  return i;
}

static uint32_t finding(tmc_ir *ir, tmc_target kind, uint32_t target, const char *rule,
                        const char *title, tmc_severity sev, tmc_status st,
                        unsigned stride) {
  uint32_t i = tmc_ir_add_finding(ir);
  tmc_finding *f = &ir->findings[i];
  f->rule_id = rule;
  f->title = title;
  f->target_kind = kind;
  f->target = target;
  f->severity = sev;
  f->status = st;
  f->stride = stride;
  return i;
}

/* web (outside) -> api (in the DMZ) -> db; api has a critical AI finding
 * citing ATLAS, OWASP and CWE; db's only finding is mitigated; the flow into
 * the DMZ crosses it and has a low finding; one attack path web->api->db. */
static tmc_ir *small_ir(const char *format) {
  tmc_ir *ir = ir_by_hand("small.dot", "Page-1", format);
  ir->title = "small";
  uint32_t b = tmc_ir_add_boundary(ir, 0, "cluster_dmz", TMC_BOUNDARY_CLUSTER);
  ir->boundaries[b].label = "DMZ";
  ir->boundaries[b].trust = 1;
  uint32_t web = ir_el(ir, "web", "Browser", TMC_KIND_EXTERNAL, TMC_NONE);
  uint32_t api = ir_el(ir, "api", "Chat API", TMC_KIND_PROCESS, b);
  uint32_t db = ir_el(ir, "db", "Customer DB", TMC_KIND_DATA_STORE, b);
  uint32_t f0 = fl(ir, web, api, "prompts", true);
  uint32_t f1 = fl(ir, api, db, "queries", false);
  uint32_t i = finding(ir, TMC_TARGET_ELEMENT, api, "AI-PI-001", "Prompt injection",
                       TMC_SEV_CRITICAL, TMC_STATUS_OPEN, TMC_STRIDE_T | TMC_STRIDE_E);
  tmc_strlist_add(&ir->findings[i].atlas, "AML.T0051");
  tmc_strlist_add(&ir->findings[i].owasp, "LLM01:2025");
  tmc_strlist_add(&ir->findings[i].cwe, "CWE-306");
  finding(ir, TMC_TARGET_ELEMENT, api, "STRIDE-S", "Spoofing of identity", TMC_SEV_LOW,
          TMC_STATUS_OPEN, TMC_STRIDE_S);
  i = finding(ir, TMC_TARGET_ELEMENT, db, "DB-ENC", "Unencrypted store", TMC_SEV_HIGH,
              TMC_STATUS_MITIGATED, TMC_STRIDE_I);
  ir->findings[i].status_by = "encryption_at_rest";
  finding(ir, TMC_TARGET_FLOW, f0, "STRIDE-T", "Tampering with data", TMC_SEV_LOW,
          TMC_STATUS_OPEN, TMC_STRIDE_T);
  uint32_t p = tmc_ir_add_path(ir);
  tmc_path *path = &ir->paths[p];
  path->entry = web;
  path->asset = db;
  path->n_hops = 3;
  path->hops = tmc_arena_alloc(ir->arena, 3 * sizeof(tmc_hop));
  path->hops[0] = (tmc_hop){.element = web,
                            .flow = TMC_NONE,
                            .reverse = false,
                            .boundary = TMC_NONE,
                            .weakness = "entry point"};
  path->hops[1] = (tmc_hop){.element = api,
                            .flow = f0,
                            .reverse = false,
                            .boundary = b,
                            .weakness = "no authentication"};
  path->hops[2] = (tmc_hop){.element = db,
                            .flow = f1,
                            .reverse = false,
                            .boundary = TMC_NONE,
                            .weakness = "reads everything"};
  path->score = 20;
  path->severity = TMC_SEV_CRITICAL;
  path->rank = 1;
  if (ir->format->has_geometry) {
    ir->boundaries[b].form = TMC_BOUNDARY_CONTAINER;
    ir->boundaries[b].has_geom = true;
    ir->boundaries[b].geom = (tmc_rect){200, 0, 420, 160};
    tmc_rect g[3] = {{0, 40, 120, 60}, {240, 40, 120, 60}, {460, 40, 140, 80}};
    for (int k = 0; k < 3; k++) {
      ir->elements[k].has_geom = true;
      ir->elements[k].geom = g[k];
    }
  }
  return ir;
}

typedef struct out {
  char *data;
  size_t len;
  tmc_diags d;
} out;

static out render(const tmc_ir *ir, tmc_backend_fn fn, const char *layout) {
  out o = {NULL, 0, TMC_DIAGS_INIT};
  tmc_report_ctx ctx = {0};
  ctx.layout = layout;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(fn(&b, ir, &ctx, &o.d), 0);
  o.len = b.len;
  o.data = tmc_buf_detach(&b);
  return o;
}

/* render() with a report written in the same run at report_href. */
static out render_with_report(const tmc_ir *ir, const char *report_href) {
  out o = {NULL, 0, TMC_DIAGS_INIT};
  tmc_report_ctx ctx = {0};
  ctx.layout = "dot";
  ctx.report_href = report_href;
  tmc_buf b = TMC_BUF_INIT;
  assert_int_equal(tmc_backend_svg(&b, ir, &ctx, &o.d), 0);
  o.len = b.len;
  o.data = tmc_buf_detach(&b);
  return o;
}

static void out_free(out *o) {
  free(o->data);
  tmc_diags_free(&o->d);
}

/* ---- XML helpers ------------------------------------------------------------ */

static xmlDocPtr parse(const out *o) {
  /* No network, no entity expansion: the SVG must stand on its own. */
  xmlDocPtr doc = xmlReadMemory(o->data, (int)o->len, "t.svg", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  return doc;
}

static xmlXPathObjectPtr query(xmlDocPtr doc, const char *xpath) {
  xmlXPathContextPtr c = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(c, BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
  xmlXPathRegisterNs(c, BAD_CAST "x", BAD_CAST "http://www.w3.org/1999/xlink");
  xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST xpath, c);
  xmlXPathFreeContext(c);
  assert_non_null(r);
  return r;
}

static int count(xmlDocPtr doc, const char *xpath) {
  xmlXPathObjectPtr r = query(doc, xpath);
  int n = r->nodesetval ? r->nodesetval->nodeNr : 0;
  xmlXPathFreeObject(r);
  return n;
}

/* The string value of an XPath expression (first node), malloc'd. */
static char *str(xmlDocPtr doc, const char *xpath) {
  char *expr = tmc_xmalloc(strlen(xpath) + 16);
  sprintf(expr, "string(%s)", xpath);
  xmlXPathObjectPtr r = query(doc, expr);
  char *s = tmc_xstrdup(r->stringval ? (const char *)r->stringval : "");
  xmlXPathFreeObject(r);
  free(expr);
  return s;
}

static bool has_class(xmlDocPtr doc, const char *id, const char *cls) {
  char xp[256];
  snprintf(xp, sizeof xp, "//s:g[@id='%s']/@class", id);
  char *c = str(doc, xp);
  bool found = false;
  for (char *tok = strtok(c, " "); tok; tok = strtok(NULL, " "))
    if (strcmp(tok, cls) == 0)
      found = true;
  free(c);
  return found;
}

/* ---- tests ------------------------------------------------------------------ */

static void ids_classes_tooltips_match_findings(void **state) {
  tmc_ir *ir = small_ir("dot");
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);

  assert_int_equal(count(doc, "/s:svg"), 1);
  /* One group per element, flow and boundary, with stable ids. */
  assert_int_equal(count(doc, "//s:g[contains(concat(' ',@class,' '),' element ')]"), 3);
  assert_int_equal(count(doc, "//s:g[contains(concat(' ',@class,' '),' flow ')]"), 2);
  assert_int_equal(count(doc, "//s:g[@id='bd-cluster_dmz']"), 1);

  assert_true(has_class(doc, "el-api", "sev-critical"));
  assert_true(has_class(doc, "el-api", "kind-process"));
  assert_true(has_class(doc, "el-api", "on-path"));
  assert_true(has_class(doc, "el-db", "sev-mitigated"));
  assert_true(has_class(doc, "el-web", "kind-external_entity"));
  assert_true(has_class(doc, "el-web", "sev-none"));
  assert_true(has_class(doc, "fl-web_-_api", "crossing"));
  assert_true(has_class(doc, "fl-web_-_api", "sev-low"));
  assert_false(has_class(doc, "fl-api_-_db", "crossing"));
  assert_true(has_class(doc, "fl-api_-_db", "on-path"));
  assert_true(has_class(doc, "fl-api_-_db", "sev-none"));

  /* Tooltips list the findings: rule, title, severity, ATLAS/OWASP/CWE. */
  char *tip = str(doc, "//s:g[@id='el-api']/s:title");
  assert_non_null(strstr(tip, "Chat API"));
  assert_non_null(strstr(tip, "2 open findings (worst: critical)"));
  assert_non_null(strstr(tip, "[critical] AI-PI-001: Prompt injection"));
  assert_non_null(strstr(tip, "AML.T0051"));
  assert_non_null(strstr(tip, "LLM01:2025"));
  assert_non_null(strstr(tip, "CWE-306"));
  assert_non_null(strstr(tip, "[low] STRIDE-S"));
  /* The critical one is listed before the low one. */
  assert_true(strstr(tip, "AI-PI-001") < strstr(tip, "STRIDE-S"));
  free(tip);
  tip = str(doc, "//s:g[@id='el-db']/s:title");
  assert_non_null(strstr(tip, "[high, mitigated] DB-ENC"));
  assert_non_null(strstr(tip, "mitigated by encryption_at_rest"));
  free(tip);

  /* Badge: open count, STRIDE letters, AI marker, linked to ATLAS. */
  char *badge = str(doc, "//s:g[@id='el-api-badge']/s:text");
  assert_string_equal(badge, "2 \xC2\xB7 STE \xC2\xB7 AI");
  free(badge);
  assert_int_equal(count(doc,
                         "//s:a[@href='https://atlas.mitre.org/techniques/AML.T0051']"
                         "/s:g[@id='el-api-badge']"),
                   1);
  assert_int_equal(
      count(doc, "//s:a[@href='https://cwe.mitre.org/data/definitions/306.html']"), 1);
  /* The mitigated store shows a check badge, the untouched browser none. */
  assert_int_equal(count(doc, "//s:g[@id='el-db-badge']"), 1);
  assert_int_equal(count(doc, "//s:g[@id='el-web-badge']"), 0);

  /* Attack path: overlay plus numbered hops 1, 2, 3. */
  assert_int_equal(count(doc, "//s:g[@id='path-1']"), 1);
  assert_int_equal(count(doc, "//s:g[@id='path-1']/s:path"), 2);
  assert_int_equal(count(doc, "//s:g[@id='path-1-hops']/s:text"), 3);
  for (int k = 1; k <= 3; k++) {
    char xp[80], want[4];
    snprintf(xp, sizeof xp, "//s:g[@id='path-1-hops']/s:text[%d]", k);
    snprintf(want, sizeof want, "%d", k);
    char *hop = str(doc, xp);
    assert_string_equal(hop, want);
    free(hop);
  }

  /* Title block: name, counts, version; legend present. */
  char *title = str(doc, "//s:g[@id='tmc-title']");
  assert_non_null(strstr(title, "Threat model: small"));
  assert_non_null(strstr(title, "1 critical, 0 high, 0 medium, 2 low"));
  assert_non_null(strstr(title, "tmc " TMC_VERSION));
  free(title);
  assert_int_equal(count(doc, "//s:g[@id='tmc-legend']"), 1);

  /* Real text: the labels are <text> content. */
  assert_int_equal(count(doc, "//s:g[@id='el-web']/s:text[.='Browser']"), 1);
  assert_int_equal(count(doc, "//s:g[@id='bd-cluster_dmz']/s:text[.='DMZ']"), 1);

  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

static const char *const hostile[] = {
    "<script>alert(1)</script>",
    "\" onload=\"alert(1)",
    "]]><script>alert(2)</script>",
    "javascript:alert(3)",
    "<a href=\"javascript:alert(4)\">x</a>",
};

static void injected_text_stays_text(void **state) {
  for (size_t h = 0; h < sizeof hostile / sizeof *hostile; h++) {
    tmc_ir *ir = small_ir(h % 2 ? "drawio" : "dot");
    const char *s = hostile[h];
    ir->elements[0].label = s;
    ir->elements[1].id = s; /* ids too */
    ir->elements[1].qname = s;
    ir->flows[0].label = s;
    ir->boundaries[0].label = s;
    ir->findings[0].title = s;
    ir->findings[0].rule_id = s;
    ir->pages[0].name = s;
    ir->title = s;
    tmc_strlist_add(&ir->findings[0].atlas, s);
    tmc_strlist_add(&ir->findings[0].cwe, s);
    out o = render(ir, tmc_backend_svg, "dot");
    xmlDocPtr doc = parse(&o);
    assert_int_equal(count(doc, "//*[local-name()='script']"), 0);
    assert_int_equal(count(doc, "//@*[starts-with(local-name(),'on')]"), 0);
    assert_int_equal(count(doc, "//*[local-name()='foreignObject']"), 0);
    /* Every link is https to a knowledge-base site. */
    int links = count(doc, "//@href | //@x:href");
    int good = count(doc, "//@*[(local-name()='href') and ("
                          "starts-with(.,'https://atlas.mitre.org/') or "
                          "starts-with(.,'https://cwe.mitre.org/'))]");
    assert_true(links > 0);
    assert_int_equal(links, good);
    /* Ids stay XML names. */
    assert_int_equal(
        count(doc, "//@id[contains(.,'<') or contains(.,'\"') or contains(.,' ')]"), 0);
    /* The label is there, as text, in the tooltip. */
    char *tip = str(doc, "//s:g[@id='el-web']/s:title");
    assert_memory_equal(tip, s, strlen(s));
    free(tip);
    xmlFreeDoc(doc);
    out_free(&o);

    /* cairo draws the same scene without choking on it. */
    o = render(ir, tmc_backend_png, "dot");
    assert_true(o.len > 8 && memcmp(o.data, "\x89PNG\r\n\x1a\n", 8) == 0);
    out_free(&o);
    tmc_ir_free(ir);
  }
}

static void invalid_utf8_and_controls_survive(void **state) {
  tmc_ir *ir = small_ir("dot");
  ir->elements[0].label = "bad \xC3\x28 byte \x01\x02 and \xF0\x9F\x98\x80 emoji";
  ir->flows[0].label = "\xE2\x82";
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  assert_int_equal(count(doc, "//s:g[@id='el-web']"), 1);
  xmlFreeDoc(doc);
  out_free(&o);
  o = render(ir, tmc_backend_pdf, "dot");
  assert_true(o.len > 5 && memcmp(o.data, "%PDF-", 5) == 0);
  out_free(&o);
  tmc_ir_free(ir);
}

static void bytes_are_stable(void **state) {
  tmc_backend_fn fns[] = {tmc_backend_svg, tmc_backend_png, tmc_backend_pdf};
  for (int f = 0; f < 3; f++)
    for (int fmt = 0; fmt < 2; fmt++) {
      tmc_ir *a = small_ir(fmt ? "drawio" : "dot");
      tmc_ir *b = small_ir(fmt ? "drawio" : "dot");
      out x = render(a, fns[f], "dot"), y = render(b, fns[f], "dot");
      assert_int_equal(x.len, y.len);
      assert_memory_equal(x.data, y.data, x.len);
      if (f == 2) {
        /* No dates in the PDF. */
        x.data[x.len - 1] = 0;
        assert_null(strstr(x.data, "CreationDate"));
        assert_null(strstr(x.data, "ModDate"));
      }
      out_free(&x);
      out_free(&y);
      tmc_ir_free(a);
      tmc_ir_free(b);
    }
}

/* x of the first <text> of an element group (its label, centred). */
static double label_x(xmlDocPtr doc, const char *id, const char *attr) {
  char xp[128];
  snprintf(xp, sizeof xp, "//s:g[@id='%s']/s:text[1]/@%s", id, attr);
  char *v = str(doc, xp);
  double x = strtod(v, NULL);
  free(v);
  return x;
}

static void drawio_geometry_is_kept(void **state) {
  tmc_ir *ir = small_ir("drawio");
  /* A waypoint: the flow must pass through it, not be re-routed. */
  tmc_flow *f = &ir->flows[1];
  f->n_pts = 1;
  f->pts = tmc_arena_alloc(ir->arena, sizeof(tmc_point));
  f->pts[0] = (tmc_point){420, 300};
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  /* Centres 240 apart horizontally (0+60 -> 240+60), same row. */
  double xw = label_x(doc, "el-web", "x"), xa = label_x(doc, "el-api", "x");
  assert_true(xa - xw > 239.9 && xa - xw < 240.1);
  /* The container is drawn where the author put it: 200 right of web's box. */
  char *d = str(doc, "//s:g[@id='bd-cluster_dmz']/s:path/@d");
  double bx = strtod(d + 1, NULL) - 6; /* rounded rect starts at x + radius */
  free(d);
  assert_true(bx - (xw - 60) > 199.9 && bx - (xw - 60) < 200.1);
  /* The flow goes through the waypoint (420,300): a path point 360 right of
   * web's centre... in page coordinates x = 420 + shift. */
  d = str(doc, "//s:g[@id='fl-api_-_db']/s:path/@d");
  char want[32];
  snprintf(want, sizeof want, "%g", 420 + (xw - 60));
  assert_non_null(strstr(d, want));
  free(d);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

/* A reply (api -> web after web -> api) closes a cycle: graphviz lays it
 * out backwards so the zones keep their order, and the picture still draws
 * it from api, with its arrow at web. */
static void dot_replies_keep_direction(void **state) {
  (void)state;
  tmc_ir *ir = small_ir("dot");
  fl(ir, 1, 0, "answer", false);
  /* A client process that the walk from web would reach through the db's
   * reply first: the reply, not the request, is the one turned. */
  uint32_t app = ir_el(ir, "app", "Report app", TMC_KIND_PROCESS, TMC_NONE);
  fl(ir, app, 2, "query", false);
  fl(ir, 2, app, "rows", false);
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  double xw = label_x(doc, "el-web", "x"), xa = label_x(doc, "el-api", "x");
  assert_true(xw < xa); /* the external entity that starts it all is left */
  assert_true(label_x(doc, "el-app", "x") < label_x(doc, "el-db", "x"));
  char *d = str(doc, "//s:g[@id='fl-api_-_web']/s:path[1]/@d");
  char *a = str(doc, "//s:g[@id='fl-api_-_web']/s:path[2]/@d");
  double sx, sy, tx, ty;
  assert_int_equal(sscanf(d, "M%lf %lf", &sx, &sy), 2);
  assert_int_equal(sscanf(a, "M%lf %lf", &tx, &ty), 2);
  assert_true(fabs(sx - xa) < fabs(sx - xw));
  assert_true(fabs(tx - xw) < fabs(tx - xa));
  free(d);
  free(a);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

/* The knowledge-base row counts as a reader does: CWE-20 before CWE-1426,
 * CAPEC-16 before CAPEC-122, a technique before its sub-technique. */
static void references_in_natural_order(void **state) {
  (void)state;
  tmc_ir *ir = small_ir("dot");
  tmc_finding *f = &ir->findings[1];
  const char *cwe[] = {"CWE-1426", "CWE-20", "CWE-94"};
  for (size_t k = 0; k < 3; k++)
    tmc_strlist_add(&f->cwe, cwe[k]);
  tmc_strlist_add(&f->capec, "CAPEC-122");
  tmc_strlist_add(&f->capec, "CAPEC-16");
  tmc_strlist_add(&f->atlas, "AML.T0051.001");
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(ctx, (const xmlChar *)"s",
                     (const xmlChar *)"http://www.w3.org/2000/svg");
  xmlXPathObjectPtr r = xmlXPathEvalExpression(
      (const xmlChar *)"//s:g[@id='tmc-references']//s:g[@class='ref']/s:title", ctx);
  assert_non_null(r);
  assert_non_null(r->nodesetval);
  const char *want[] = {"AML.T0051", "AML.T0051.001", "CAPEC-16", "CAPEC-122",
                        "CWE-20",    "CWE-94",        "CWE-306",  "CWE-1426"};
  assert_int_equal(r->nodesetval->nodeNr, 8);
  for (int k = 0; k < 8; k++) {
    xmlChar *t = xmlNodeGetContent(r->nodesetval->nodeTab[k]);
    assert_true(strncmp((const char *)t, want[k], strlen(want[k])) == 0);
    char next = ((const char *)t)[strlen(want[k])];
    assert_true(next == 0 || next == ' ');
    xmlFree(t);
  }
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

/* The author's connection points are where the line starts and where its
 * arrow tips, and a label the author moved is drawn there, not slid. */
static void drawio_ports_and_label_position(void **state) {
  (void)state;
  tmc_ir *ir = small_ir("drawio");
  tmc_flow *f = &ir->flows[1]; /* api (240,40 120x60) -> db (460,40 140x80) */
  f->has_src_port = f->has_dst_port = true;
  f->src_port = (tmc_point){1, 0.25};
  f->dst_port = (tmc_point){0, 0.75};
  f->has_label_pos = true;
  f->label_at = -1; /* at the source end */
  f->label_off = (tmc_point){0, -30};
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  char *d = str(doc, "//s:g[@id='fl-api_-_db']/s:path[1]/@d");
  char *a = str(doc, "//s:g[@id='fl-api_-_db']/s:path[2]/@d");
  double sx, sy, tx, ty;
  assert_int_equal(sscanf(d, "M%lf %lf", &sx, &sy), 2);
  assert_int_equal(sscanf(a, "M%lf %lf", &tx, &ty), 2);
  /* (360,55) to (460,100) in the author's coordinates, both shifted alike;
   * centre to centre would give a horizontal line. */
  assert_true(fabs(tx - sx - 100) < 0.01 && fabs(ty - sy - 45) < 0.01);
  double xw = label_x(doc, "el-web", "x");
  assert_true(fabs(sx - (360 + xw - 60)) < 0.01);
  /* Label centred 30 above the start, although the middle is free. */
  double lx = label_x(doc, "fl-api_-_db-label", "x"),
         ly = label_x(doc, "fl-api_-_db-label", "y");
  assert_true(fabs(lx - sx) < 0.01);
  assert_true(ly < sy - 15 && ly > sy - 40);
  free(d);
  free(a);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

static void drawio_pages_are_stacked(void **state) {
  tmc_ir *ir = small_ir("drawio");
  tmc_ir_add_page(ir, "Second page");
  uint32_t e = ir_el(ir, "other", "On page two", TMC_KIND_PROCESS, TMC_NONE);
  ir->elements[e].page = 1;
  ir->elements[e].has_geom = true;
  ir->elements[e].geom = (tmc_rect){0, 40, 120, 60}; /* same place as web, other page */
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  assert_int_equal(count(doc, "//s:g[@class='page']"), 2);
  char *h = str(doc, "//s:g[@id='page-2']/s:text");
  assert_string_equal(h, "Page 2: Second page");
  free(h);
  /* Same x, lower down. */
  assert_true(label_x(doc, "el-other", "x") == label_x(doc, "el-web", "x"));
  assert_true(label_x(doc, "el-other", "y") > label_x(doc, "el-web", "y") + 100);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

static bool has_note(const tmc_diags *d, const char *word) {
  for (uint32_t i = 0; i < d->n; i++)
    if (strstr(d->v[i].msg, word))
      return true;
  return false;
}

static void big_diagram_takes_the_grid(void **state) {
  tmc_ir *ir = tmc_ir_new("big.dot");
  tmc_ir_add_page(ir, "big");
  uint32_t n = TMC_SCENE_MAX_GRAPHVIZ_ELEMENTS * 3;
  for (uint32_t b = 0; b < 10; b++) {
    uint32_t x = tmc_ir_add_boundary(ir, 0, tmc_arena_printf(ir->arena, "cluster_%u", b),
                                     TMC_BOUNDARY_CLUSTER);
    ir->boundaries[x].label = "zone";
    if (b > 0) { /* nested five deep, twice */
      ir->boundaries[x].parent = b % 5 ? b - 1 : TMC_NONE;
      ir->boundaries[x].depth = b % 5;
    }
  }
  for (uint32_t i = 0; i < n; i++)
    ir_el(ir, tmc_arena_printf(ir->arena, "n%u", i), "node", TMC_KIND_PROCESS,
          i % 3 ? i % 10 : TMC_NONE);
  for (uint32_t i = 0; i < 2 * n; i++)
    fl(ir, (i * 7) % n, (i * 13 + 1) % n, "f", false);
  out o = render(ir, tmc_backend_svg, "dot");
  assert_true(has_note(&o.d, "simple grid"));
  xmlDocPtr doc = parse(&o);
  assert_int_equal(count(doc, "//s:g[contains(concat(' ',@class,' '),' element ')]"),
                   (int)n);
  assert_int_equal(count(doc, "//s:g[contains(concat(' ',@class,' '),' boundary ')]"),
                   10);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

static void unknown_engine_falls_back(void **state) {
  tmc_ir *ir = small_ir("dot");
  out o = render(ir, tmc_backend_svg, "no-such-engine");
  assert_true(has_note(&o.d, "unknown graphviz layout engine 'no-such-engine'"));
  xmlDocPtr doc = parse(&o);
  assert_int_equal(count(doc, "//s:g[@id='el-api']"), 1);
  xmlFreeDoc(doc);
  out_free(&o);
  /* neato has no clusters: boundaries are drawn around their members. */
  o = render(ir, tmc_backend_svg, "neato");
  doc = parse(&o);
  assert_int_equal(count(doc, "//s:g[@id='bd-cluster_dmz']/s:path"), 1);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

/* ---- graphviz in its own process -------------------------------------------- */

/* Descriptors this process has open. */
static int open_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  assert_non_null(d);
  int n = 0;
  while (readdir(d))
    n++;
  closedir(d);
  return n;
}

/* fd 2 goes to a temporary file until stderr_end, which returns what was
 * written there (malloc'd): graphviz's raw text must never reach it. */
typedef struct capture {
  FILE *tmp;
  int saved;
} capture;

static capture stderr_begin(void) {
  capture c = {tmpfile(), dup(STDERR_FILENO)};
  assert_non_null(c.tmp);
  assert_true(c.saved >= 0);
  fflush(stderr);
  assert_true(dup2(fileno(c.tmp), STDERR_FILENO) >= 0);
  return c;
}

static char *stderr_end(capture c) {
  fflush(stderr);
  dup2(c.saved, STDERR_FILENO);
  close(c.saved);
  off_t n = lseek(fileno(c.tmp), 0, SEEK_END);
  assert_true(n >= 0);
  char *text = tmc_xcalloc((size_t)n + 1, 1);
  assert_int_equal(pread(fileno(c.tmp), text, (size_t)n, 0), n);
  fclose(c.tmp);
  return text;
}

static uint64_t rng;
static uint32_t rnd(uint32_t n) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 11) % n;
}

/* A DOT diagram of n elements and m labelled flows in nb clusters, each
 * nested in a random earlier one (or at top level), from a seed: the
 * shapes on which graphviz 2.43's dot fails ("trouble in init_rank",
 * failed triangulations, a double free after them). */
static tmc_ir *random_ir(uint64_t seed, uint32_t n, uint32_t m, uint32_t nb) {
  rng = seed * 0x9E3779B97F4A7C15ULL + 1;
  tmc_ir *ir = tmc_ir_new("random.dot");
  tmc_ir_add_page(ir, "random");
  for (uint32_t b = 0; b < nb; b++) {
    uint32_t x = tmc_ir_add_boundary(ir, 0, tmc_arena_printf(ir->arena, "cluster_%u", b),
                                     TMC_BOUNDARY_CLUSTER);
    ir->boundaries[x].label = tmc_arena_printf(ir->arena, "zone %u", b);
    uint32_t p = rnd(b + 1);
    if (p < b) {
      ir->boundaries[x].parent = p;
      ir->boundaries[x].depth = ir->boundaries[p].depth + 1;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    uint32_t b = rnd(nb + 1);
    ir_el(ir, tmc_arena_printf(ir->arena, "n%u", i),
          tmc_arena_printf(ir->arena, "n%u", i), TMC_KIND_PROCESS, b < nb ? b : TMC_NONE);
  }
  for (uint32_t k = 0; k < m; k++)
    fl(ir, rnd(n), rnd(n), tmc_arena_printf(ir->arena, "flow %u", k), false);
  tmc_diags d = TMC_DIAGS_INIT;
  assert_int_equal(tmc_ir_check(ir, "test", &d), 0);
  tmc_diags_free(&d);
  return ir;
}

static int count_class(xmlDocPtr doc, const char *cls) {
  char xp[160];
  snprintf(xp, sizeof xp, "//s:g[contains(concat(' ',@class,' '),' %s ')]", cls);
  return count(doc, xp);
}

/* Random labelled, clustered diagrams (and the shape of the reported
 * crash: four clusters nested in a chain) render as SVG, PNG and PDF from
 * one shared scene: no failure, nothing printed, no descriptor or child
 * process left behind; either graphviz's layout with every flow label, or
 * the grid without them and a note saying why. */
static void graphviz_failures_never_kill_the_run(void **state) {
  /* seed, elements, flows, clusters: graphviz fails on the first try on
   * all but the first two ("trouble in init_rank", a failed triangulation),
   * and 2.43 double-frees or aborts when such a layout is freed. */
  static const uint32_t shapes[][4] = {
      {1, 10, 12, 4},  {3, 20, 40, 6},  {7, 20, 40, 8},  {12, 20, 40, 8},
      {3, 30, 60, 10}, {2, 40, 80, 10}, {5, 40, 80, 10},
  };
  int fds = open_fds();
  for (size_t t = 0; t <= sizeof shapes / sizeof *shapes; t++) {
    tmc_ir *ir = NULL;
    uint32_t m;
    if (t < sizeof shapes / sizeof *shapes) {
      ir = random_ir(shapes[t][0], shapes[t][1], shapes[t][2], shapes[t][3]);
      m = shapes[t][2];
    } else { /* the reported diagram's shape */
      ir = random_ir(0, 10, 0, 0);
      for (uint32_t b = 0; b < 4; b++) {
        uint32_t x = tmc_ir_add_boundary(
            ir, 0, tmc_arena_printf(ir->arena, "cluster_%u", b), TMC_BOUNDARY_CLUSTER);
        ir->boundaries[x].label = ir->boundaries[x].id;
        ir->boundaries[x].parent = b ? b - 1 : TMC_NONE;
        ir->boundaries[x].depth = b;
        ir->elements[b].boundary = x;
      }
      for (uint32_t i = 4; i < 10; i++)
        ir->elements[i].boundary = TMC_NONE;
      static const uint32_t pairs[][2] = {{1, 4}, {6, 3}, {0, 6}, {6, 9}, {9, 1}, {5, 0},
                                          {8, 0}, {6, 3}, {6, 0}, {8, 3}, {8, 3}, {5, 3}};
      m = sizeof pairs / sizeof *pairs;
      for (uint32_t k = 0; k < m; k++)
        fl(ir, pairs[k][0], pairs[k][1], tmc_arena_printf(ir->arena, "f%u", k), false);
    }
    tmc_scene_cache cache = {0};
    tmc_report_ctx ctx = {0};
    ctx.layout = "dot";
    ctx.scenes = &cache;
    tmc_diags d = TMC_DIAGS_INIT;
    tmc_buf svg = TMC_BUF_INIT, png = TMC_BUF_INIT, pdf = TMC_BUF_INIT;
    capture c = stderr_begin();
    int rs = tmc_backend_svg(&svg, ir, &ctx, &d);
    int rp = tmc_backend_png(&png, ir, &ctx, &d);
    int rf = tmc_backend_pdf(&pdf, ir, &ctx, &d);
    char *said = stderr_end(c);
    assert_int_equal(rs, 0);
    assert_int_equal(rp, 0);
    assert_int_equal(rf, 0);
    assert_string_equal(said, "");
    free(said);
    assert_true(png.len > 8 && memcmp(png.data, "\x89PNG", 4) == 0);
    assert_true(pdf.len > 5 && memcmp(pdf.data, "%PDF-", 5) == 0);
    out o = {svg.data, svg.len, TMC_DIAGS_INIT};
    xmlDocPtr doc = parse(&o);
    assert_int_equal(count_class(doc, "element"), (int)ir->n_elements);
    assert_int_equal(count_class(doc, "flow"), (int)m);
    if (has_note(&d, "graphviz could not lay this diagram out"))
      assert_int_equal(count_class(doc, "flow-label"), 0);
    else
      assert_int_equal(count_class(doc, "flow-label"), (int)m);
    xmlFreeDoc(doc);
    tmc_buf_free(&svg);
    tmc_buf_free(&png);
    tmc_buf_free(&pdf);
    tmc_diags_free(&d);
    tmc_scene_cache_clear(&cache);
    tmc_ir_free(ir);
  }
  assert_int_equal(open_fds(), fds);
  assert_int_equal(waitpid(-1, NULL, WNOHANG), -1); /* every child reaped */
  assert_int_equal(errno, ECHILD);
}

/* A layout that runs out of time is killed: the grid, and a note. */
static void graphviz_time_bound(void **state) {
  tmc_ir *ir = random_ir(11, 60, 120, 6);
  uint32_t ne = ir->n_elements, nf = ir->n_flows, nb = ir->n_boundaries;
  double *v = tmc_arena_alloc(ir->arena, sizeof(double) * 2 * (ne + nf + nb));
  for (uint32_t i = 0; i < 2 * (ne + nf + nb); i++)
    v[i] = 60;
  tmc_layout_in in = {v,
                      v + ne,
                      v + 2 * ne,
                      v + 2 * ne + nf,
                      v + 2 * (ne + nf),
                      v + 2 * (ne + nf) + nb,
                      "dot",
                      1 /* ms */};
  tmc_layout L;
  tmc_diags d = TMC_DIAGS_INIT;
  int fds = open_fds();
  tmc_layout_compute(&L, ir, &in, ir->arena, &d);
  assert_true(L.simplified);
  assert_true(L.gv_failed);
  assert_true(has_note(&d, "graphviz took longer than 1 ms"));
  assert_true(has_note(&d, "drawn on a simple grid"));
  for (uint32_t i = 0; i < nf; i++)
    assert_false(L.fl[i].has_label);
  assert_int_equal(open_fds(), fds);
  assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
  /* With time, the same diagram gets graphviz's layout. */
  tmc_diags_free(&d);
  in.timeout_ms = 0;
  tmc_layout_compute(&L, ir, &in, ir->arena, &d);
  assert_false(L.simplified);
  assert_int_equal(d.n, 0);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
}

/* The drawing back ends of one run share one scene: built by the first,
 * replayed by the others (the same object, so graphviz ran once), rebuilt
 * for another IR or engine; the bytes are those of a scene of its own. */
static void one_scene_per_run(void **state) {
  tmc_ir *ir = small_ir("dot"), *other = small_ir("dot");
  tmc_scene_cache cache = {0};
  tmc_report_ctx ctx = {0};
  ctx.layout = "dot";
  ctx.scenes = &cache;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_buf svg = TMC_BUF_INIT, png = TMC_BUF_INIT, pdf = TMC_BUF_INIT;
  assert_int_equal(tmc_backend_svg(&svg, ir, &ctx, &d), 0);
  const tmc_scene *first = cache.scene;
  assert_non_null(first);
  assert_ptr_equal(cache.ir, ir);
  assert_int_equal(tmc_backend_png(&png, ir, &ctx, &d), 0);
  assert_int_equal(tmc_backend_pdf(&pdf, ir, &ctx, &d), 0);
  assert_ptr_equal(cache.scene, first);
  out alone = render(ir, tmc_backend_svg, "dot");
  assert_int_equal(alone.len, svg.len);
  assert_memory_equal(alone.data, svg.data, svg.len);
  out_free(&alone);
  /* Another IR, then another engine: a new scene each time. */
  tmc_buf_clear(&svg);
  assert_int_equal(tmc_backend_svg(&svg, other, &ctx, &d), 0);
  assert_ptr_equal(cache.ir, other);
  assert_ptr_not_equal(cache.scene, first);
  const tmc_scene *second = cache.scene;
  ctx.layout = "neato";
  tmc_buf_clear(&svg);
  assert_int_equal(tmc_backend_svg(&svg, other, &ctx, &d), 0);
  assert_ptr_not_equal(cache.scene, second);
  assert_string_equal(cache.layout, "neato");
  tmc_scene_cache_clear(&cache);
  assert_null(cache.scene);
  assert_null(cache.ir);
  tmc_buf_free(&svg);
  tmc_buf_free(&png);
  tmc_buf_free(&pdf);
  tmc_diags_free(&d);
  tmc_ir_free(ir);
  tmc_ir_free(other);
}

/* Compares with tests/golden/svg/NAME; TMC_UPDATE_GOLDEN=1 rewrites it. */
static void golden(const char *name, const char *fmt) {
  tmc_ir *ir = small_ir(fmt);
  out o = render(ir, tmc_backend_svg, "dot");
  char path[512];
  const char *src = getenv("TMC_SOURCE_DIR");
  snprintf(path, sizeof path, "%s/tests/golden/svg/%s", src ? src : ".", name);
  if (getenv("TMC_UPDATE_GOLDEN")) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(o.data, 1, o.len, f);
    fclose(f);
  }
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  char *want = tmc_xmalloc(o.len + 2);
  size_t n = fread(want, 1, o.len + 1, f);
  fclose(f);
  if (n != o.len || memcmp(want, o.data, n) != 0) {
    fprintf(stderr,
            "golden %s differs; regenerate with TMC_UPDATE_GOLDEN=1 if intended\n", path);
    fail();
  }
  free(want);
  out_free(&o);
  /* TMC_TEST_OUTDIR: also write the PNG, to look at. */
  const char *dir = getenv("TMC_TEST_OUTDIR");
  if (dir) {
    o = render(ir, tmc_backend_png, "dot");
    snprintf(path, sizeof path, "%s/%s.png", dir, name);
    f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(o.data, 1, o.len, f);
    fclose(f);
    out_free(&o);
  }
  tmc_ir_free(ir);
}

static void golden_drawio(void **state) {
  golden("small-drawio.svg", "drawio");
}

static void golden_dot(void **state) {
  golden("small-dot.svg", "dot");
}

static void text_model_is_fixed(void **state) {
  /* Helvetica: "Hi" = 722 + 222 thousandths of an em. */
  double w = tmc_scene_text_width("Hi", 10, false);
  assert_true(w > 9.43 && w < 9.45);
  assert_true(tmc_scene_text_width("\xE4\xB8\xAD", 10, false) == 10); /* CJK: one em */
  assert_true(tmc_scene_text_width("Hi", 10, true) > w);
}

/* Issue #18 item 4: with a report written in the same run, a badge links
 * the target's section there (the report model's anchor, the one Markdown
 * and HTML give it), not a knowledge-base page; without one, it keeps its
 * ATLAS/CWE link; a badge with no such link still links the report. */
static void badges_link_the_report(void **state) {
  (void)state;
  tmc_ir *ir = small_ir("dot");
  out o = render_with_report(ir, "out/report.md");
  xmlDocPtr doc = parse(&o);
  char *href = str(doc, "//s:a[s:g[@id='el-api-badge']]/@href");
  assert_string_equal(href, "out/report.md#el-api");
  free(href);
  /* The flow web -> api (no ATLAS/CWE on its finding) links its section. */
  assert_int_equal(count(doc, "//s:a[starts-with(@href,'out/report.md#fl-web-to-api')]"),
                   1);
  assert_int_equal(
      count(doc, "//s:a[starts-with(@href,'https://')][s:g[@class='badge']]"), 0);
  xmlFreeDoc(doc);
  out_free(&o);
  o = render(ir, tmc_backend_svg, "dot");
  doc = parse(&o);
  href = str(doc, "//s:a[s:g[@id='el-api-badge']]/@href");
  assert_string_equal(href, "https://atlas.mitre.org/techniques/AML.T0051");
  free(href);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

/* Issue #18 item 2: every badge of a target with open findings carries a
 * number, and the findings list under the picture gives each of that
 * target's open findings under the same number (severity, title, target,
 * ATLAS/OWASP ids); number 1 is the target of the highest-risk finding;
 * closed findings are counted, not listed. The PNG and PDF replay this
 * scene, so the SVG shows what they show. */
static void findings_list_numbers_match_badges(void **state) {
  (void)state;
  tmc_ir *ir = small_ir("dot");
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  /* The badge's texts: the count pill, then the number pill. */
  char *n = str(doc, "//s:g[@id='el-api-badge']/s:text[2]");
  assert_string_equal(n, "1");
  free(n);
  n = str(doc, "//s:g[@id='fl-web_-_api-badge']/s:text[2]");
  assert_string_equal(n, "2");
  free(n);
  assert_int_equal(count(doc, "//s:g[@id='el-db-badge']/s:text"),
                   1); /* closed: no number */
  /* The list: number, severity, then title, target and ids. */
  n = str(doc, "//s:g[@id='finding-1-1']/s:text[1]");
  assert_string_equal(n, "1");
  free(n);
  n = str(doc, "//s:g[@id='finding-1-1']/s:text[2]");
  assert_string_equal(n, "critical");
  free(n);
  n = str(doc, "//s:g[@id='finding-1-1']/s:text[3]");
  assert_non_null(strstr(n, "Prompt injection"));
  assert_non_null(strstr(n, "Chat API"));
  assert_non_null(strstr(n, "AML.T0051"));
  assert_non_null(strstr(n, "LLM01:2025"));
  free(n);
  n = str(doc, "//s:g[@id='finding-1-2']/s:text[3]");
  assert_non_null(strstr(n, "Spoofing of identity"));
  free(n);
  n = str(doc, "//s:g[@id='finding-2-1']/s:text[1]");
  assert_string_equal(n, "2");
  free(n);
  n = str(doc, "//s:g[@id='finding-2-1']/s:text[3]");
  assert_non_null(strstr(n, "Tampering with data"));
  assert_non_null(strstr(n, "Browser"));
  free(n);
  assert_int_equal(count(doc, "//s:g[@class='finding-entry']"), 3);
  n = str(doc, "//s:g[@id='tmc-findings']");
  assert_non_null(strstr(n, "1 mitigated or accepted finding in the report"));
  free(n);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
}

/* The number of pages of a PDF: its page objects ("/Type /Page", not /Pages). */
static int pdf_pages(const out *o) {
  int n = 0;
  for (size_t i = 0; i + 11 < o->len; i++)
    if (memcmp(o->data + i, "/Type /Page", 11) == 0 && o->data[i + 11] != 's')
      n++;
  return n;
}

/* A long findings list makes the PDF several pages, the picture first (the
 * first page ends where the list starts); the list is capped with "and N
 * more, see the report"; a short one stays on one page. */
static void pdf_pages_when_long(void **state) {
  (void)state;
  /* A drawing of 12 services in a 3-column grid: a narrow picture. */
  tmc_ir *ir = ir_by_hand("long.drawio", "Page-1", "drawio");
  ir->title = "long";
  for (int e = 0; e < 12; e++) {
    char id[16];
    snprintf(id, sizeof id, "p%d", e);
    uint32_t x =
        ir_el(ir, tmc_arena_strdup(ir->arena, id), "Service", TMC_KIND_PROCESS, TMC_NONE);
    ir->elements[x].has_geom = true;
    ir->elements[x].geom = (tmc_rect){(e % 3) * 200.0, (e / 3) * 100.0, 140, 60};
    for (int k = 0; k < 8; k++)
      finding(ir, TMC_TARGET_ELEMENT, x, "R-1", "Something bad", TMC_SEV_HIGH,
              TMC_STATUS_OPEN, TMC_STRIDE_T);
  }
  out o = render(ir, tmc_backend_pdf, "dot");
  assert_true(pdf_pages(&o) >= 2);
  out_free(&o);
  o = render(ir, tmc_backend_svg, "dot");
  assert_non_null(strstr(o.data, "and 36 more open findings, see the report"));
  out_free(&o);
  tmc_ir_free(ir);
  ir = small_ir("dot");
  o = render(ir, tmc_backend_pdf, "dot");
  assert_int_equal(pdf_pages(&o), 1);
  out_free(&o);
  tmc_ir_free(ir);
}

/* ---- draw.io drawn as drawn (issue #18 item 3) ------------------------------ */

/* A draw.io element with the author's box, shape word, style and icon. */
static uint32_t drawn(tmc_ir *ir, const char *id, const char *label, tmc_kind kind,
                      tmc_rect g, const char *shape, const char *style,
                      const char *icon) {
  uint32_t i = ir_el(ir, id, label, kind, TMC_NONE);
  tmc_element *e = &ir->elements[i];
  e->has_geom = true;
  e->geom = g;
  e->notation = TMC_NOTATION_DRAWIO;
  e->shape = shape;
  e->style = style;
  e->icon = icon;
  return i;
}

/* The texts (lines) of an element's group, in order, as one '|'-joined string. */
static char *texts_of(xmlDocPtr doc, const char *id) {
  char xp[256];
  snprintf(xp, sizeof xp, "//s:g[@id='%s']/s:text", id);
  xmlXPathObjectPtr r = query(doc, xp);
  tmc_buf b = TMC_BUF_INIT;
  for (int k = 0; r->nodesetval && k < r->nodesetval->nodeNr; k++) {
    xmlChar *c = xmlNodeGetContent(r->nodesetval->nodeTab[k]);
    if (k)
      tmc_buf_putc(&b, '|');
    tmc_buf_puts(&b, (const char *)c);
    xmlFree(c);
  }
  xmlXPathFreeObject(r);
  return tmc_buf_detach(&b);
}

static double num_attr(xmlDocPtr doc, const char *xp) {
  char *v = str(doc, xp);
  double d = atof(v);
  free(v);
  return d;
}

/* Labels wrap between words (the font shrinks to EL_MIN_FONT first) and a
 * word is cut, with a hyphen, only when it alone is wider than the box;
 * actors and icons carry their label under the shape, a labelPosition=right
 * label is beside it; an icon's tile names the icon; the title falls back
 * to the file name on draw.io's default page name. Each in two wordings. */
static void drawio_labels_as_drawn(void **state) {
  (void)state;
  tmc_ir *ir = ir_by_hand("some/dir/payments-system.drawio", "Page-1", "drawio");
  ir->title = "Page-1";
  drawn(ir, "cust", "Customer Database", TMC_KIND_DATA_STORE, (tmc_rect){0, 0, 70, 80},
        "cylinder3", "shape=cylinder3;whiteSpace=wrap;html=1;", NULL);
  drawn(ir, "ord", "Order management service", TMC_KIND_PROCESS,
        (tmc_rect){120, 0, 80, 60}, "rect", "rounded=1;whiteSpace=wrap;", NULL);
  drawn(ir, "long", "Supercalifragilisticexpialidocious", TMC_KIND_PROCESS,
        (tmc_rect){240, 0, 60, 60}, "rect", "whiteSpace=wrap;", NULL);
  uint32_t act = drawn(
      ir, "who", "Plugin author", TMC_KIND_EXTERNAL, (tmc_rect){0, 200, 30, 60},
      "umlActor", "shape=umlActor;verticalLabelPosition=bottom;verticalAlign=top;", NULL);
  drawn(ir, "bucket", "Uploads", TMC_KIND_DATA_STORE, (tmc_rect){120, 200, 48, 48},
        "mxgraph.aws4.resourceIcon",
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.s3;", "mxgraph.aws4.s3");
  drawn(ir, "side", "Side note service", TMC_KIND_PROCESS, (tmc_rect){300, 200, 40, 40},
        "ellipse", "ellipse;labelPosition=right;verticalLabelPosition=middle;", NULL);
  (void)act;
  out o = render(ir, tmc_backend_svg, "dot");
  xmlDocPtr doc = parse(&o);
  char *t = str(doc, "/s:svg/s:title");
  assert_string_equal(t, "Threat model: payments-system");
  free(t);
  /* Whole words only. */
  t = texts_of(doc, "el-cust");
  assert_string_equal(t, "Customer|Database|Data store");
  free(t);
  t = texts_of(doc, "el-ord");
  assert_null(strchr(t, '-'));
  assert_non_null(strstr(t, "Order"));
  assert_non_null(strstr(t, "management"));
  free(t);
  /* A word wider than the box: hyphenated. */
  t = texts_of(doc, "el-long");
  assert_non_null(strstr(t, "-|"));
  free(t);
  /* The actor: a label under the figure. */
  double label_y = num_attr(doc, "//s:g[@id='el-who']/s:text[1]/@y");
  assert_true(label_y > 62 + 200 + 60); /* the title block shifts the drawing by 62 */
  t = texts_of(doc, "el-who");
  assert_string_equal(t, "Plugin author|External entity");
  free(t);
  /* The icon: its name on the tile, the label under it. */
  t = texts_of(doc, "el-bucket");
  assert_string_equal(t, "s3|Uploads|Data store");
  free(t);
  assert_true(num_attr(doc, "//s:g[@id='el-bucket']/s:text[2]/@y") > 62 + 200 + 48);
  /* Beside: start-anchored right of the shape. */
  char *anchor = str(doc, "//s:g[@id='el-side']/s:text[1]/@text-anchor");
  assert_string_equal(anchor, "");
  free(anchor);
  double bx = num_attr(doc, "//s:g[@id='el-side']/s:text[1]/@x");
  double sx = num_attr(doc, "//s:g[@id='el-bucket']/s:text[1]/@x");
  assert_true(bx > sx);
  xmlFreeDoc(doc);
  out_free(&o);
  tmc_ir_free(ir);
  /* A named page keeps its name. */
  ir = small_ir("drawio");
  o = render(ir, tmc_backend_svg, "dot");
  assert_non_null(strstr(o.data, "<title>Threat model: small</title>"));
  out_free(&o);
  tmc_ir_free(ir);
}

/* The points of a flow's first path ("M x y C ... x y C ..."): the ends of
 * its segments. */
static uint32_t segment_ends(const char *d, tmc_point *p, uint32_t max) {
  uint32_t n = 0;
  const char *s = d;
  while (*s && n < max) {
    char op = *s++;
    double v[6];
    int need = op == 'M' || op == 'L' ? 2 : op == 'C' ? 6 : 0;
    for (int k = 0; k < need; k++) {
      char *e;
      v[k] = strtod(s, &e);
      s = e;
    }
    if (need)
      p[n++] = (tmc_point){v[need - 2], v[need - 1]};
    while (*s == ' ')
      s++;
  }
  return n;
}

/* orthogonalEdgeStyle and elbowEdgeStyle edges are drawn with right angles
 * through the author's waypoints; a plain edge stays straight. */
static void drawio_orthogonal_edges(void **state) {
  (void)state;
  tmc_route routes[] = {TMC_ROUTE_ORTHOGONAL, TMC_ROUTE_ELBOW_H, TMC_ROUTE_ELBOW_V,
                        TMC_ROUTE_STRAIGHT};
  for (size_t r = 0; r < sizeof routes / sizeof *routes; r++) {
    tmc_ir *ir = ir_by_hand("o.drawio", "Flows", "drawio");
    uint32_t a = drawn(ir, "a", "Web", TMC_KIND_PROCESS, (tmc_rect){0, 0, 120, 60},
                       "rect", "", NULL);
    uint32_t b = drawn(ir, "b", "Store", TMC_KIND_PROCESS, (tmc_rect){300, 200, 120, 60},
                       "rect", "", NULL);
    uint32_t c = drawn(ir, "c", "Queue", TMC_KIND_PROCESS, (tmc_rect){0, 400, 120, 60},
                       "rect", "", NULL);
    uint32_t f = ir_fl(ir, a, b, "");
    ir->flows[f].route = routes[r];
    uint32_t g = ir_fl(ir, b, c, "");
    ir->flows[g].route = routes[r];
    ir->flows[g].pts = tmc_arena_alloc(ir->arena, sizeof(tmc_point));
    ir->flows[g].pts[0] = (tmc_point){200, 330}; /* a waypoint between them */
    ir->flows[g].n_pts = 1;
    out o = render(ir, tmc_backend_svg, "dot");
    xmlDocPtr doc = parse(&o);
    const char *ids[] = {"fl-a_-_b", "fl-b_-_c"};
    for (int k = 0; k < 2; k++) {
      char xp[128];
      snprintf(xp, sizeof xp, "//s:g[@id='%s']/s:path[1]/@d", ids[k]);
      char *d = str(doc, xp);
      tmc_point p[64];
      uint32_t n = segment_ends(d, p, 64);
      assert_true(n >= 2);
      bool ortho = true;
      for (uint32_t i = 1; i < n; i++)
        ortho &= fabs(p[i].x - p[i - 1].x) < 0.01 || fabs(p[i].y - p[i - 1].y) < 0.01;
      if (routes[r] == TMC_ROUTE_STRAIGHT)
        assert_false(ortho); /* the boxes are not aligned: a diagonal */
      else {
        if (!ortho)
          fail_msg("route %d, %s not orthogonal: %s", (int)routes[r], ids[k], d);
        assert_true(n >= 3); /* at least one corner */
      }
      if (k == 1 && routes[r] == TMC_ROUTE_ORTHOGONAL) { /* through the waypoint */
        bool through = false;
        for (uint32_t i = 1; i < n; i++) {
          double x0 = fmin(p[i - 1].x, p[i].x), x1 = fmax(p[i - 1].x, p[i].x),
                 y0 = fmin(p[i - 1].y, p[i].y), y1 = fmax(p[i - 1].y, p[i].y);
          /* The waypoint, shifted like the drawing (margin, title block,
           * centring): as element a's label, drawn at its box's centre. */
          double shift = num_attr(doc, "//s:g[@id='el-a']/s:text[1]/@x") - 60;
          double wx = 200 + shift, wy = 330 + 62 + 16;
          through |= wx >= x0 - 0.5 && wx <= x1 + 0.5 && wy >= y0 - 0.5 && wy <= y1 + 0.5;
        }
        if (!through)
          fail_msg("orthogonal route misses its waypoint: %s", d);
      }
      free(d);
    }
    xmlFreeDoc(doc);
    out_free(&o);
    tmc_ir_free(ir);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(ids_classes_tooltips_match_findings),
      cmocka_unit_test(injected_text_stays_text),
      cmocka_unit_test(invalid_utf8_and_controls_survive),
      cmocka_unit_test(bytes_are_stable),
      cmocka_unit_test(drawio_geometry_is_kept),
      cmocka_unit_test(drawio_pages_are_stacked),
      cmocka_unit_test(big_diagram_takes_the_grid),
      cmocka_unit_test(unknown_engine_falls_back),
      cmocka_unit_test(drawio_ports_and_label_position),
      cmocka_unit_test(dot_replies_keep_direction),
      cmocka_unit_test(references_in_natural_order),
      cmocka_unit_test(golden_drawio),
      cmocka_unit_test(golden_dot),
      cmocka_unit_test(text_model_is_fixed),
      cmocka_unit_test(graphviz_failures_never_kill_the_run),
      cmocka_unit_test(graphviz_time_bound),
      cmocka_unit_test(one_scene_per_run),
      cmocka_unit_test(badges_link_the_report),
      cmocka_unit_test(findings_list_numbers_match_badges),
      cmocka_unit_test(pdf_pages_when_long),
      cmocka_unit_test(drawio_labels_as_drawn),
      cmocka_unit_test(drawio_orthogonal_edges),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
