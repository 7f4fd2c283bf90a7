/* frontend.c - the table of input formats, detection and dispatch.
 *
 * Detection asks every row's sniffer and takes the most confident, so a new
 * front end is one row here plus its file; the IR records the row's format
 * and the back ends read that. Rows without a parser exist to refuse input by
 * name ("this looks like a PNG file") before a parser misreads it. */
#include "frontend/frontend.h"

#include <string.h>

const tmc_frontend tmc_frontends[] = {
    {{"dot", "Graphviz DOT", "text/vnd.graphviz", false, false},
     ".dot .gv",
     tmc_sniff_dot,
     tmc_dot_parse},
    {{"drawio", "draw.io", "application/vnd.jgraph.mxfile", true, true},
     ".drawio .xml",
     tmc_sniff_drawio,
     tmc_drawio_parse},
    {{"drawio-svg", "draw.io SVG export", "image/svg+xml", true, true},
     ".drawio.svg .svg",
     tmc_sniff_drawio_svg,
     tmc_drawio_svg_parse},
    {{"drawio-png", "draw.io PNG export", "image/png", true, true},
     ".drawio.png",
     tmc_sniff_drawio_png,
     tmc_drawio_png_parse},
    {{"json", "JSON", "application/json", false, false}, ".json", tmc_sniff_json, NULL},
    {{"yaml", "YAML", "application/yaml", false, false},
     ".yaml .yml",
     tmc_sniff_yaml,
     NULL},
    {{"mermaid", "Mermaid flowchart", "text/vnd.mermaid", false, false},
     ".mmd .mermaid",
     tmc_sniff_mermaid,
     tmc_mermaid_parse},
    {{"threatdragon", "OWASP Threat Dragon", "application/json", true, true},
     ".json",
     tmc_sniff_threatdragon,
     tmc_threatdragon_parse},
    {{"otm", "Open Threat Model", "application/vnd.otm", false, false},
     ".otm",
     tmc_sniff_otm,
     tmc_otm_parse},
    {{"markdown", "Markdown with Mermaid flowcharts", "text/markdown", false, false},
     ".md .markdown",
     tmc_sniff_markdown,
     tmc_markdown_parse},
    {{"png", "PNG image", "image/png", false, false}, ".png", tmc_sniff_png, NULL},
    {{"jpeg", "JPEG image", "image/jpeg", false, false},
     ".jpg .jpeg",
     tmc_sniff_jpeg,
     NULL},
    {{"gif", "GIF image", "image/gif", false, false}, ".gif", tmc_sniff_gif, NULL},
    {{"webp", "WebP image", "image/webp", false, false}, ".webp", tmc_sniff_webp, NULL},
    {{"bmp", "BMP image", "image/bmp", false, false}, ".bmp", tmc_sniff_bmp, NULL},
    {{"tiff", "TIFF image", "image/tiff", false, false},
     ".tif .tiff",
     tmc_sniff_tiff,
     NULL},
    {{"pdf", "PDF document", "application/pdf", false, false},
     ".pdf",
     tmc_sniff_pdf,
     NULL},
    {{"zip", "ZIP archive", "application/zip", false, false},
     ".zip .vsdx",
     tmc_sniff_zip,
     NULL},
    {{"gzip", "gzip-compressed file", "application/gzip", false, false},
     ".gz .tgz",
     tmc_sniff_gzip,
     NULL},
    {{"bzip2", "bzip2-compressed file", "application/x-bzip2", false, false},
     ".bz2",
     tmc_sniff_bzip2,
     NULL},
    {{"xz", "xz-compressed file", "application/x-xz", false, false},
     ".xz",
     tmc_sniff_xz,
     NULL},
    {{"zstd", "Zstandard-compressed file", "application/zstd", false, false},
     ".zst",
     tmc_sniff_zstd,
     NULL},
    {{"7z", "7-Zip archive", "application/x-7z-compressed", false, false},
     ".7z",
     tmc_sniff_7z,
     NULL},
    {{"ole", "Microsoft Office file of the old format", "application/x-ole-storage",
      false, false},
     ".vsd .doc .xls .ppt .msg",
     tmc_sniff_ole,
     NULL},
    {{"sqlite", "SQLite database", "application/vnd.sqlite3", false, false},
     ".sqlite .db",
     tmc_sniff_sqlite,
     NULL},
    {{"elf", "ELF executable", "application/x-executable", false, false},
     "",
     tmc_sniff_elf,
     NULL},
    {{"exe", "Windows executable", "application/vnd.microsoft.portable-executable", false,
      false},
     ".exe .dll",
     tmc_sniff_exe,
     NULL},
    {{NULL, NULL, NULL, false, false}, NULL, NULL, NULL},
};

const tmc_frontend *tmc_frontend_find(const char *name) {
  for (const tmc_frontend *f = tmc_frontends; f->format.name; f++)
    if (strcmp(f->format.name, name) == 0)
      return f;
  return NULL;
}

const tmc_frontend *tmc_frontend_pick(const tmc_frontend *rows, const char *name,
                                      const char *data, size_t len) {
  const tmc_frontend *best = NULL;
  int best_c = 0;
  for (const tmc_frontend *f = rows; f->format.name; f++) {
    int c = f->sniff(name, data, len);
    if (c > best_c) {
      best = f;
      best_c = c;
    }
  }
  return best;
}

const tmc_frontend *tmc_frontend_detect(const char *name, const char *data, size_t len) {
  return tmc_frontend_pick(tmc_frontends, name, data, len);
}

/* Appends "Graphviz DOT (.dot .gv) and draw.io (.drawio .xml)": what tmc
 * reads, from the table, so the refusal never lags behind it. */
static void readable(tmc_buf *b) {
  uint32_t n = 0, k = 0;
  for (const tmc_frontend *f = tmc_frontends; f->format.name; f++)
    n += f->parse != NULL;
  for (const tmc_frontend *f = tmc_frontends; f->format.name; f++) {
    if (!f->parse)
      continue;
    k++;
    tmc_buf_printf(b, "%s%s (%s)",
                   k == 1   ? ""
                   : k == n ? " and "
                            : ", ",
                   f->format.title, f->extensions);
  }
}

/* Text hygiene at the one door every diagram string passes: names, ids,
 * labels and attributes come out of the front ends valid UTF-8 without
 * controls or bidi overrides, so no back end sees them raw (each escapes
 * again for its own syntax). Labels were cleaned already; ids and attributes
 * are copied raw by the front ends, so they are repaired here. */
#define REPAIR(s) ((s) = tmc_text_repair(ir->arena, (s)))

static void repair_props(tmc_ir *ir, tmc_props *p) {
  for (uint32_t i = 0; i < p->n; i++) {
    REPAIR(p->v[i].key);
    REPAIR(p->v[i].value);
  }
}

static void repair_list(tmc_ir *ir, tmc_strlist *l) {
  for (uint32_t i = 0; i < l->n; i++)
    REPAIR(l->v[i]);
}

static void repair_ir(tmc_ir *ir) {
  REPAIR(ir->file);
  REPAIR(ir->title);
  for (uint32_t i = 0; i < ir->n_pages; i++) {
    REPAIR(ir->pages[i].name);
    REPAIR(ir->pages[i].id);
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    tmc_boundary *b = &ir->boundaries[i];
    REPAIR(b->id);
    REPAIR(b->label);
    REPAIR(b->cell);
    REPAIR(b->why);
    REPAIR(b->trust_reason);
    repair_props(ir, &b->props);
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    REPAIR(e->id);
    REPAIR(e->qname);
    REPAIR(e->label);
    REPAIR(e->shape);
    REPAIR(e->icon);
    REPAIR(e->cell);
    repair_props(ir, &e->props);
    repair_list(ir, &e->data);
    repair_list(ir, &e->controls);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    REPAIR(f->id);
    if (f->key)
      REPAIR(f->key);
    REPAIR(f->label);
    REPAIR(f->cell);
    REPAIR(f->protocol);
    REPAIR(f->encrypted_reason);
    repair_props(ir, &f->props);
    repair_list(ir, &f->data);
    repair_list(ir, &f->controls);
  }
}

/* Cut labels were warned about by the front ends, each at its own line, so
 * only the repair is left; opts and d stay for the callers' sake. */
void tmc_frontend_finish(tmc_ir *ir, const tmc_frontend_opts *opts, tmc_diags *d) {
  (void)opts;
  (void)d;
  repair_ir(ir);
}

/* "an" before a vowel sound (an ELF executable, an xz-compressed file, an
 * SQLite database), else "a". */
static const char *article(const char *t) {
  bool acronym = t[0] && t[1] >= 'A' && t[1] <= 'Z';
  return strchr("AEIOUaeiou", t[0]) || t[0] == 'x' ||
                 (acronym && strchr("FHLMNRSX", t[0]))
             ? "an"
             : "a";
}

int tmc_frontend_parse(tmc_ir **out, const char *name, const char *data, size_t len,
                       const tmc_frontend_opts *opts, tmc_diags *d) {
  *out = NULL;
  tmc_frontend_opts defaults = TMC_FRONTEND_OPTS_INIT;
  if (!opts)
    opts = &defaults;
  tmc_loc loc = {name, 0, 0};
  size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < len &&
         (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
    i++;
  if (i >= len) {
    tmc_error(d, loc, "empty input: expected a DOT graph or a draw.io diagram");
    return -1;
  }
  const tmc_frontend *fe = tmc_frontend_detect(name, data, len);
  if (!fe || !fe->parse) {
    tmc_buf r = TMC_BUF_INIT;
    readable(&r);
    loc.line = loc.col = 1;
    /* Magic bytes (a sniffer's 100) are certain: "this is a PNG image". */
    if (fe && fe->sniff(name, data, len) >= 100)
      tmc_error(d, loc, "this is %s %s, not a diagram; tmc reads %s diagrams",
                article(fe->format.title), fe->format.title, r.data);
    else if (fe)
      tmc_error(d, loc, "this looks like a %s file; tmc reads %s diagrams",
                fe->format.title, r.data);
    else
      tmc_error(d, loc, "not a diagram tmc reads: it reads %s diagrams", r.data);
    tmc_buf_free(&r);
    return -1;
  }
  /* Text formats have no NUL byte; a PNG (the one binary format read) does. */
  if (fe->parse != tmc_drawio_png_parse && memchr(data, 0, len)) {
    loc.line = 1;
    for (const char *p = data; *p; p++)
      loc.line += *p == '\n';
    tmc_error(d, loc, "input contains a NUL byte: not a text diagram");
    return -1;
  }
  tmc_ir *ir = tmc_ir_new(name);
  ir->format = &fe->format;
  int rc = fe->parse(ir, data, len, opts, d);
  if (rc < 0) {
    tmc_ir_free(ir);
    return rc;
  }
  tmc_frontend_finish(ir, opts, d);
  /* fe25: a diagram read without error that yields no element at all gives
   * a report with no threats, which reads like a clean bill of health. Say
   * so: the drawing is more likely read wrong than empty. */
  if (!ir->n_elements)
    tmc_warning(d, (tmc_loc){name, 0, 0},
                "no element read from this %s diagram: nothing to analyse, so the report "
                "lists no threats",
                fe->format.title);
  *out = ir;
  return 0;
}
