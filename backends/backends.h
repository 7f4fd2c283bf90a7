/* backends.h - reports. Back ends are rows in a table looked up by name or
 * file extension; each renders the same analysed IR into a buffer, which the
 * driver writes to a temporary file and renames into place only when every
 * report of the run is complete. Back ends only read the IR.
 *
 * Ownership: bytes written to `out` belong to the caller. */
#ifndef TMC_BACKENDS_H
#define TMC_BACKENDS_H

#include "ir/ir.h"
#include "catalog/catalog.h"

/* The annotated diagram (backends/scene.h) shared by the SVG, PNG and PDF
 * back ends of one run, so graphviz lays it out once: the first drawing
 * back end builds it, the others replay it. Whoever owns the report context
 * zero-initialises it and frees it with tmc_scene_cache_clear before the IR
 * goes away. */
typedef struct tmc_scene_cache {
  const tmc_ir *ir;           /* the IR the scene was built from (the key) */
  const tmc_catalog *catalog; /* ... with this catalog */
  const char *layout;         /* ... and this graphviz engine (a copy) */
  struct tmc_scene *scene;    /* NULL until a drawing back end needed it */
} tmc_scene_cache;
void tmc_scene_cache_clear(tmc_scene_cache *c); /* frees the scene; c is reusable */

/* The report model (backends/report.h) shared by every report of one run,
 * so order, numbering, grouping and condensing are decided once. Owned like
 * the scene cache: zero-initialised, freed with tmc_view_cache_clear. */
typedef struct tmc_view_cache {
  const tmc_ir *ir;             /* the IR the view was built from (the key) */
  const tmc_catalog *catalog;   /* ... with this catalog */
  struct tmc_report_view *view; /* NULL until a back end needed it */
} tmc_view_cache;
void tmc_view_cache_clear(tmc_view_cache *c); /* frees the view; c is reusable */

typedef struct tmc_report_ctx {
  const tmc_catalog *catalog;
  const tmc_diags *diags;  /* the run's diagnostics, for SARIF notifications */
  const char *input_uri;   /* the input's path relative to srcroot */
  const char *context_uri; /* --context: the platform's path relative to srcroot */
  const char *srcroot;     /* absolute source root for SARIF originalUriBaseIds */
  const char *src;         /* the input's bytes (borrowed; need not end in NUL), or
                              NULL: SARIF counts columns in code points from them,
                              and gives none without them */
  size_t src_len;
  const char *svg_href;    /* relative link to an SVG written in the same run, or NULL */
  const char *report_href; /* relative link to the HTML (else Markdown) report written
                              in the same run, or NULL: badges link its sections */
  const char *layout;      /* graphviz engine for DOT input ("dot") */
  const char *dump_after;  /* the pass --dump-ir stopped after, or NULL */
  bool timestamps;         /* allow time stamps (off: byte-identical output) */
  tmc_scene_cache *scenes; /* shared diagram, or NULL: each drawing lays out anew */
  tmc_view_cache *views;   /* shared report model, or NULL: each report builds one */
} tmc_report_ctx;

typedef int (*tmc_backend_fn)(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                              tmc_diags *d);

typedef struct tmc_backend {
  const char *name;       /* "md" */
  const char *extensions; /* space-separated: ".md .markdown" */
  tmc_backend_fn fn;      /* NULL: known but not implemented yet */
  const char *summary;
} tmc_backend;

extern const tmc_backend tmc_backends[]; /* terminated by name NULL */
const tmc_backend *tmc_backend_find(const char *name);
const tmc_backend *tmc_backend_for_path(const char *path);

int tmc_backend_json(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                     tmc_diags *d);
int tmc_backend_plan_json(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                          tmc_diags *d);
int tmc_backend_plan_yaml(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                          tmc_diags *d);
int tmc_backend_markdown(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                         tmc_diags *d);
int tmc_backend_sarif(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                      tmc_diags *d);
int tmc_backend_html(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                     tmc_diags *d);
int tmc_backend_svg(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d);
int tmc_backend_png(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d);
int tmc_backend_otm(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d);
int tmc_backend_pdf(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d);

#endif
