/* test_frontend.c - the table of input formats: each sniffer, ties, the
 * refusal of formats tmc recognises but does not read, the row the IR
 * records, and back ends that follow the row instead of a format switch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backends/backends.h"
#include "frontend/frontend.h"
#include "passes/passes.h"

/* The name of the row detection picks for text (file name t), or "none". */
static const char *pick(const char *name, const char *text, size_t len) {
  const tmc_frontend *f = tmc_frontend_detect(name, text, len);
  return f ? f->format.name : "none";
}
#define DETECT(text) pick("t", (text), sizeof(text) - 1)

static void table_is_well_formed(void **state) {
  (void)state;
  uint32_t readable = 0;
  for (const tmc_frontend *f = tmc_frontends; f->format.name; f++) {
    assert_non_null(f->format.title);
    assert_non_null(f->format.mime);
    assert_non_null(f->extensions);
    assert_non_null(f->sniff);
    assert_ptr_equal(tmc_frontend_find(f->format.name), f); /* names are unique */
    readable += f->parse != NULL;
    /* Nobody claims blank input: it gets its own message. */
    assert_int_equal(f->sniff("t", "", 0), 0);
    assert_int_equal(f->sniff("t", " \n\t", 3), 0);
  }
  assert_int_equal(readable, 8);
  assert_non_null(tmc_frontend_find("drawio-svg")->parse);
  assert_non_null(tmc_frontend_find("drawio-png")->parse);
  assert_non_null(tmc_frontend_find("threatdragon")->parse);
  assert_non_null(tmc_frontend_find("otm")->parse);
  assert_non_null(tmc_frontend_find("mermaid")->parse);
  assert_non_null(tmc_frontend_find("markdown")->parse);
  assert_non_null(tmc_frontend_find("dot")->parse);
  assert_false(tmc_frontend_find("dot")->format.has_geometry);
  assert_non_null(tmc_frontend_find("drawio")->parse);
  assert_true(tmc_frontend_find("drawio")->format.has_geometry);
  assert_true(tmc_frontend_find("threatdragon")->format.has_geometry);
  assert_false(tmc_frontend_find("otm")->format.has_geometry);
  assert_null(tmc_frontend_find("json")->parse);
  assert_null(tmc_frontend_find("nope"));
}

static void dot_is_sniffed(void **state) {
  (void)state;
  assert_int_equal(tmc_sniff_dot("t", "digraph {}", 10), 95);
  assert_string_equal(DETECT("digraph g { a -> b }"), "dot");
  assert_string_equal(DETECT("\xEF\xBB\xBF  strict DiGraph \"x y\" {}"), "dot");
  assert_string_equal(DETECT("// c\n/* c\n */\n# 1 \"x\"\ngraph <b>x</b>\n{ a }"), "dot");
  assert_string_equal(DETECT("graph TD { a }"), "dot"); /* a graph named TD */
  assert_string_equal(DETECT("graph\n{ a }"), "dot");
  /* Text nobody else claims still goes to cgraph, which says what is wrong. */
  assert_int_equal(tmc_sniff_dot("t", "foo bar", 7), 10);
  assert_string_equal(DETECT("foo bar"), "dot");
  assert_string_equal(DETECT("// only a comment"), "dot");
  assert_string_equal(DETECT("digraph"), "dot");
  assert_int_equal(tmc_sniff_dot("t", "<x/>", 4), 0);
  /* Only len bytes are read. */
  assert_int_equal(tmc_sniff_dot("t", "digraph {}", 7), 30);
}

static void drawio_is_sniffed(void **state) {
  (void)state;
  assert_int_equal(tmc_sniff_drawio("t", "<mxfile>", 8), 95);
  assert_string_equal(DETECT("\xEF\xBB\xBF <mxfile host=\"x\"></mxfile>"), "drawio");
  assert_string_equal(DETECT("<?xml version=\"1.0\"?>\n<mxGraphModel/>"), "drawio");
  /* Any other XML still goes to the draw.io front end, as before. */
  assert_int_equal(tmc_sniff_drawio("t", "<html/>", 7), 50);
  assert_string_equal(DETECT("<html/>"), "drawio");
  assert_int_equal(tmc_sniff_drawio("t", "digraph {}", 10), 0);
}

static void json_yaml_mermaid_are_sniffed(void **state) {
  (void)state;
  assert_string_equal(DETECT("{\"cells\": []}"), "json");
  assert_string_equal(DETECT("  [1, 2]"), "json");
  assert_string_equal(DETECT("%YAML 1.2\n---\na: 1\n"), "yaml");
  assert_string_equal(DETECT("---\nsummary: x\n"), "yaml");
  assert_string_equal(DETECT("# threat model\nsummary:\n  title: x\n"), "yaml");
  assert_string_equal(DETECT("\"quoted key\": 1\n"), "yaml");
  assert_string_equal(DETECT("- a\n- b\n"), "yaml");
  assert_string_equal(DETECT("flowchart LR\n  A --> B\n"), "mermaid");
  assert_string_equal(DETECT("graph TD\n  A-->B\n"), "mermaid");
  assert_string_equal(DETECT("graph LR;\n  A-->B\n"), "mermaid");
  assert_string_equal(DETECT("# Design\n\n```mermaid\nflowchart LR\n  A-->B\n```\n"),
                      "markdown");
  assert_string_equal(DETECT("title: x\n~~~ mermaid\ngraph TD\n~~~\n"), "markdown");
  assert_int_equal(tmc_sniff_markdown("t.md", "# only prose\n", 13), 20);
  assert_string_equal(
      DETECT("{\"summary\": {}, \"detail\": {\"diagrams\": [{\"diagramJson\": "
             "{\"cells\": []}}]}}"),
      "threatdragon");
  assert_string_equal(DETECT("{\"version\": \"2.3.0\", \"detail\": {\"diagrams\": "
                             "[{\"cells\": []}]}}"),
                      "threatdragon");
  assert_string_equal(DETECT("{\"cells\": [{\"shape\": \"actor\"}]}"), "threatdragon");
  /* A model saved before anything was drawn (no cells, no version). */
  assert_string_equal(
      DETECT("{\"summary\": {\"title\": \"t\"}, \"detail\": {\"diagrams\": "
             "[{\"title\": \"t\", \"id\": 0}]}}"),
      "threatdragon");
  assert_string_equal(DETECT("{\"summary\": {}, \"details\": []}"), "json");
  assert_string_equal(DETECT("{\"otmVersion\": \"0.2.0\"}"), "otm");
  assert_string_equal(DETECT("# model\notmVersion: 0.1.0\nproject:\n  name: x\n"), "otm");
  assert_string_equal(DETECT("{otmVersion: 0.1.0, project: {name: x}}"), "otm");
  assert_string_equal(DETECT("{\"cells\": [1]}"), "json"); /* cells alone say nothing */
  assert_string_equal(DETECT("%% comment\nsequenceDiagram\n  A->>B: hi\n"), "mermaid");
  assert_string_equal(DETECT("stateDiagram-v2\n  [*] --> A\n"), "mermaid");
  /* Front matter is YAML, but the keyword after it makes it Mermaid. */
  assert_int_equal(tmc_sniff_yaml("t", "---\ntitle: x\n", 13), 70);
  assert_string_equal(DETECT("---\ntitle: x\n---\nflowchart TD\n  A-->B\n"), "mermaid");
  /* DOT text is not mistaken for any of them. */
  assert_int_equal(tmc_sniff_yaml("t", "digraph G { a: b }", 18), 0);
  assert_int_equal(tmc_sniff_mermaid("t", "graph TD {", 10), 0);
  assert_int_equal(tmc_sniff_json("t", "digraph {}", 10), 0);
}

static void images_are_sniffed(void **state) {
  (void)state;
  assert_string_equal(DETECT("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "png");
  assert_string_equal(DETECT("\xFF\xD8\xFF\xE0\0\x10JFIF"), "jpeg");
  assert_string_equal(DETECT("GIF89a\x01\0"), "gif");
  assert_string_equal(DETECT("%PDF-1.7\n"), "pdf");
  assert_string_equal(DETECT("PK\x03\x04\x14\0"), "zip");
  assert_int_equal(tmc_sniff_png("t", "\x89PNG", 4), 0); /* cut short */
}

static void the_file_name_breaks_weak_cases(void **state) {
  (void)state;
  /* Bytes that say nothing: the extension decides. */
  assert_string_equal(pick("x.mmd", "A --> B\n", 8), "mermaid");
  assert_string_equal(pick("x.dot", "A --> B\n", 8), "dot");
  assert_string_equal(pick("x.yml", "A --> B\n", 8), "yaml");
  /* Bytes that say something beat the extension. */
  assert_string_equal(pick("x.json", "digraph {}", 10), "dot");
  assert_string_equal(pick("x.dot", "{\"a\": 1}", 8), "json");
}

static int fifty(const char *name, const char *s, size_t n) {
  (void)name, (void)s, (void)n;
  return 50;
}
static int sixty(const char *name, const char *s, size_t n) {
  (void)name, (void)s, (void)n;
  return 60;
}
static int zero(const char *name, const char *s, size_t n) {
  (void)name, (void)s, (void)n;
  return 0;
}

static void ties_go_to_the_earlier_row(void **state) {
  (void)state;
  const tmc_frontend rows[] = {
      {{"a", "A", "x/a", false, false}, ".a", fifty, NULL},
      {{"b", "B", "x/b", false, false}, ".b", fifty, NULL},
      {{NULL, NULL, NULL, false, false}, NULL, NULL, NULL},
  };
  assert_ptr_equal(tmc_frontend_pick(rows, "t", "x", 1), &rows[0]);
  assert_ptr_equal(tmc_frontend_pick(rows + 1, "t", "x", 1), &rows[1]);
  const tmc_frontend more[] = {
      {{"a", "A", "x/a", false, false}, ".a", fifty, NULL},
      {{"c", "C", "x/c", false, false}, ".c", sixty, NULL},
      {{"b", "B", "x/b", false, false}, ".b", fifty, NULL},
      {{NULL, NULL, NULL, false, false}, NULL, NULL, NULL},
  };
  assert_ptr_equal(tmc_frontend_pick(more, "t", "x", 1), &more[1]);
  const tmc_frontend none[] = {
      {{"z", "Z", "x/z", false, false}, ".z", zero, NULL},
      {{NULL, NULL, NULL, false, false}, NULL, NULL, NULL},
  };
  assert_null(tmc_frontend_pick(none, "t", "x", 1));
}

/* Parses text named name; expects one error at 1:1 naming what it looks
 * like and what tmc reads, and no IR. */
static void refused(const char *name, const char *text, size_t len, const char *what) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = (tmc_ir *)1;
  assert_true(tmc_frontend_parse(&ir, name, text, len, NULL, &d) < 0);
  assert_null(ir);
  assert_int_equal(d.n, 1);
  assert_int_equal(d.v[0].level, TMC_DIAG_ERROR);
  assert_string_equal(d.v[0].loc.file, name);
  assert_int_equal(d.v[0].loc.line, 1);
  assert_int_equal(d.v[0].loc.col, 1);
  if (!strstr(d.v[0].msg, what))
    fail_msg("'%s' does not say '%s'", d.v[0].msg, what);
  assert_non_null(
      strstr(d.v[0].msg,
             "tmc reads Graphviz DOT (.dot .gv), draw.io (.drawio .xml), "
             "draw.io SVG export (.drawio.svg .svg), draw.io PNG export (.drawio.png), "
             "Mermaid flowchart (.mmd .mermaid), OWASP Threat Dragon (.json), "
             "Open Threat Model (.otm) and Markdown with Mermaid flowcharts (.md "
             ".markdown)"));
  tmc_diags_free(&d);
}
#define REFUSED(name, text, what) refused(name, text, sizeof(text) - 1, what)

static void unread_formats_are_refused_by_name(void **state) {
  (void)state;
  REFUSED("m.json", "{\"nodes\": [{\"id\": \"a\"}]}\n", "this looks like a JSON file; ");
  REFUSED("m.yaml", "---\nelements:\n  - id: a\n", "this looks like a YAML file; ");
  /* Magic bytes are certain, whatever the name: "this is". */
  REFUSED("m.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
          "this is a PNG image, not a diagram; ");
  REFUSED("m.dot", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
          "this is a PNG image, not a diagram; ");
  REFUSED("m.pdf", "%PDF-1.4\n%\xE2\xE3\n", "this is a PDF document, not a diagram; ");
  REFUSED("m.dot.gz", "\x1F\x8B\x08\0\0\0\0\0", "this is a gzip-compressed file, not a ");
  REFUSED("m",
          "\xFD"
          "7zXZ\0\0\x04",
          "this is an xz-compressed file, not a ");
  REFUSED("m", "BZh91AY&SY\x01", "this is a bzip2-compressed file, not a ");
  REFUSED("m", "\x28\xB5\x2F\xFD\x04", "this is a Zstandard-compressed file, not a ");
  REFUSED("m", "7z\xBC\xAF\x27\x1C\0\x04", "this is a 7-Zip archive, not a ");
  REFUSED("m.zip", "PK\x03\x04\x14\0", "this is a ZIP archive");
  REFUSED("m", "RIFF\x10\0\0\0WEBPVP8 ", "this is a WebP image, not a ");
  REFUSED("m", "BM\x36\0\0\0\0\0\0\0", "this is a BMP image, not a ");
  REFUSED("m.vsd", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0",
          "this is a Microsoft Office file of the old format");
  REFUSED("m", "SQLite format 3\0\x10", "this is an SQLite database, not a ");
  REFUSED("m",
          "\x7F"
          "ELF\x02\x01",
          "this is an ELF executable, not a ");
  REFUSED("m", "MZ\x90\0\x03\0", "this is a Windows executable, not a ");
}

/* Input the DOT and draw.io front ends took before still reaches them, so
 * their diagnostics are what they were. */
static void dot_and_drawio_errors_are_theirs(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  /* A weak magic needs a NUL byte: text that starts "BM" or "MZ" is no image
   * or executable. */
  assert_true(tmc_frontend_parse(&ir, "t.dot", "BMW fleet", 9, NULL, &d) < 0);
  assert_null(strstr(d.v[0].msg, "this is"));
  tmc_diags_free(&d);
  d = (tmc_diags)TMC_DIAGS_INIT;
  assert_true(tmc_frontend_parse(&ir, "t.dot", "foo bar", 7, NULL, &d) < 0);
  assert_true(d.errors > 0);
  assert_null(strstr(d.v[0].msg, "looks like"));
  assert_non_null(strstr(d.v[0].msg, "syntax error"));
  tmc_diags_free(&d);
  assert_true(tmc_frontend_parse(&ir, "t.xml", "<html><body/></html>", 20, NULL, &d) < 0);
  assert_true(d.errors > 0);
  assert_null(strstr(d.v[0].msg, "looks like"));
  tmc_diags_free(&d);
  assert_true(tmc_frontend_parse(&ir, "t.dot", " \n", 2, NULL, &d) < 0);
  assert_string_equal(d.v[0].msg,
                      "empty input: expected a DOT graph or a draw.io diagram");
  tmc_diags_free(&d);
}

static void the_ir_records_the_row(void **state) {
  (void)state;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  assert_int_equal(tmc_frontend_parse(&ir, "t.dot", "digraph { a }", 13, NULL, &d), 0);
  assert_ptr_equal(ir->format, &tmc_frontend_find("dot")->format);
  assert_string_equal(ir->format->mime, "text/vnd.graphviz");
  tmc_ir_free(ir);
  static const char drawio[] =
      "<mxfile><diagram name=\"p\"><mxGraphModel><root><mxCell id=\"0\"/>"
      "<mxCell id=\"1\" parent=\"0\"/></root></mxGraphModel></diagram></mxfile>";
  assert_int_equal(
      tmc_frontend_parse(&ir, "t.drawio", drawio, sizeof drawio - 1, NULL, &d), 0);
  assert_ptr_equal(ir->format, &tmc_frontend_find("drawio")->format);
  assert_true(ir->format->has_geometry);
  tmc_ir_free(ir);
  /* An IR no front end filled says so, and passes the checker. */
  ir = tmc_ir_new("hand");
  assert_ptr_equal(ir->format, &tmc_format_none);
  assert_int_equal(tmc_ir_check(ir, "test", &d), 0);
  ir->format = NULL;
  assert_int_equal(tmc_ir_check(ir, "test", &d), 1);
  tmc_ir_free(ir);
  tmc_diags_free(&d);
}

/* A format no back end has heard of reaches JSON, SARIF and Markdown through
 * the row alone: a new front end needs no back-end change. */
static void back_ends_read_the_row(void **state) {
  (void)state;
  static const tmc_format otm = {"otm", "Open Threat Model", "application/x-otm", true,
                                 false};
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *cat = NULL;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  tmc_ir *ir = NULL;
  static const char dot[] = "digraph { user -> api [label=\"calls\"] }";
  assert_int_equal(tmc_frontend_parse(&ir, "t.otm", dot, sizeof dot - 1, NULL, &d), 0);
  ir->format = &otm;
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.catalog = cat;
  assert_int_equal(tmc_analyse(ir, &po, NULL, &d), 0);
  tmc_report_ctx ctx = {0};
  ctx.catalog = cat;
  ctx.diags = &d;
  ctx.input_uri = "t.otm";
  ctx.srcroot = "/src";
  struct {
    tmc_backend_fn fn;
    const char *want;
  } cases[] = {
      {tmc_backend_json, "\"format\": \"otm\""},
      {tmc_backend_sarif, "\"mimeType\": \"application/x-otm\""},
      {tmc_backend_markdown, " (Open Threat Model, 1 page)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tmc_buf b = TMC_BUF_INIT;
    assert_int_equal(cases[i].fn(&b, ir, &ctx, &d), 0);
    if (!strstr(b.data, cases[i].want))
      fail_msg("no '%s' in:\n%.2000s", cases[i].want, b.data);
    tmc_buf_free(&b);
  }
  tmc_ir_free(ir);
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(table_is_well_formed),
      cmocka_unit_test(dot_is_sniffed),
      cmocka_unit_test(drawio_is_sniffed),
      cmocka_unit_test(json_yaml_mermaid_are_sniffed),
      cmocka_unit_test(images_are_sniffed),
      cmocka_unit_test(the_file_name_breaks_weak_cases),
      cmocka_unit_test(ties_go_to_the_earlier_row),
      cmocka_unit_test(unread_formats_are_refused_by_name),
      cmocka_unit_test(dot_and_drawio_errors_are_theirs),
      cmocka_unit_test(the_ir_records_the_row),
      cmocka_unit_test(back_ends_read_the_row),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
