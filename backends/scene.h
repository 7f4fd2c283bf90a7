/* scene.h - the annotated diagram as one list of drawing primitives.
 *
 * tmc_scene_build lays the diagram out (graphviz for DOT input, the author's
 * geometry for draw.io, a simple grid for big diagrams or when graphviz
 * fails), decides every colour, badge, number and tooltip, and records the
 * picture as groups, paths and text. The SVG back end (svg.c) and the cairo back ends
 * (raster.c) only replay that list, so the three pictures cannot disagree.
 *
 * Units are CSS pixels (1/96 in) with y pointing down; (0,0) is the top-left
 * corner of the picture and everything lies inside [0,w] x [0,h].
 *
 * Ownership: a tmc_scene owns everything reachable from it (one arena);
 * tmc_scene_free releases it. */
#ifndef TMC_SCENE_H
#define TMC_SCENE_H

#include "backends/backends.h"

#define TMC_SCENE_NOCOLOR 0xFFFFFFFFu /* no fill / no stroke */

/* Diagrams with more elements, flows or boundaries than this are not given
 * to graphviz: they get the grid layout and straight, unlabelled flows, and
 * a note says so. dot's time grows fast with size, mostly in routing the
 * splines of long labelled flows: measured on the 2-core reference machine
 * (graphviz 2.43, nslimit 5), 100 elements with 200 labelled flows take
 * 0.3-3 s on random graphs and up to 3 s on tmc-bench-gen diagrams, where
 * 150 with 300 took 6-27 s. */
#define TMC_SCENE_MAX_GRAPHVIZ_ELEMENTS 100
#define TMC_SCENE_MAX_GRAPHVIZ_FLOWS 200
#define TMC_SCENE_MAX_GRAPHVIZ_BOUNDARIES 60
/* graphviz runs in a child process (scene_layout.c) with this much time
 * for all its attempts; one still running then is killed and the grid
 * drawn instead, with a note. Far above what the limits above allow, so
 * the picture does not depend on the machine's speed in practice. */
#define TMC_SCENE_GRAPHVIZ_TIMEOUT_MS 20000

typedef enum tmc_scene_kind {
  TMC_SCENE_BEGIN, /* opens a group: id, class, tooltip, link */
  TMC_SCENE_END,   /* closes the innermost open group */
  TMC_SCENE_PATH,  /* a filled and/or stroked path */
  TMC_SCENE_TEXT,  /* one line of text */
} tmc_scene_kind;

typedef struct tmc_scene_op {
  char op; /* 'M' move, 'L' line, 'C' cubic (p[0], p[1] control, p[2] end), 'Z' close */
  tmc_point p[3];
} tmc_scene_op;

typedef struct tmc_scene_item {
  tmc_scene_kind kind;
  /* BEGIN */
  const char *id;      /* XML-name-safe ([A-Za-z0-9_-]), or NULL */
  const char *cls;     /* space-separated CSS classes, or NULL */
  const char *tooltip; /* plain text (escaped on output), or NULL */
  const char *href;    /* checked https:// URL to a knowledge-base page, or NULL */
  const char *target;  /* the report anchor of the element, flow or path the group
                          stands for (report.h), or NULL: a badge links there when
                          a report is written in the same run */
  bool anchor_link;    /* a badge: links to its anchor's section when a report is
                          written in the same run (else to href) */
  /* PATH */
  uint32_t op0, n_ops;   /* slice of scene->ops */
  uint32_t fill, stroke; /* 0xRRGGBB or TMC_SCENE_NOCOLOR */
  double width;          /* stroke width */
  double dash;           /* 0 = solid, else dash and gap length */
  double opacity;        /* of the whole item, 0..1 */
  /* TEXT (uses fill as the colour) */
  tmc_point at; /* baseline point */
  double size;  /* font size, px */
  int anchor;   /* -1 start, 0 middle, 1 end */
  bool bold;
  double model_w;   /* width the text model gave it; renderers must not exceed it */
  const char *text; /* UTF-8, one line */
} tmc_scene_item;

typedef struct tmc_scene {
  tmc_arena *arena;
  double w, h;
  const char *title;  /* "Threat model: name", for the document title */
  double list_top;    /* where the findings list starts (0: none): a PDF pages it */
  double list_line;   /* its line pitch; page breaks fall between lines */
  uint32_t list_item; /* its first item: the list is items[list_item ..] */
  tmc_scene_item *items;
  uint32_t n_items, cap_items;
  tmc_scene_op *ops;
  uint32_t n_ops, cap_ops;
  /* The report view the scene built for itself when the run had none to
   * share: its anchors are the items' targets and links, so it lives as long
   * as the scene (tmc_scene_free frees it). */
  struct tmc_report_view *own_view;
} tmc_scene;

/* Builds the picture of an analysed IR. Returns 0 (notes about simplified
 * layouts go to d), or <0 with an error in d. */
int tmc_scene_build(tmc_scene **out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d);
void tmc_scene_free(tmc_scene *s); /* accepts NULL */

/* The scene of ir for a drawing back end: the one in ctx->scenes when it
 * was built from this IR, catalog and engine (the cache keeps owning it),
 * else a new one, kept in ctx->scenes when the context has a cache, or
 * handed to the caller through *owned (free it with tmc_scene_free; NULL
 * when the cache owns the scene). Returns 0, or <0 with an error in d. */
int tmc_scene_get(const tmc_scene **out, tmc_scene **owned, const tmc_ir *ir,
                  const tmc_report_ctx *ctx, tmc_diags *d);

/* How svg.c writes a scene: the .svg report, or inline in the HTML report. */
typedef struct tmc_svg_opts {
  bool inline_svg;         /* no XML declaration: inside an HTML document */
  const char *id_prefix;   /* put before every group id, or NULL */
  const char *report_href; /* a group with an anchor and a link links
                              report_href#anchor instead ("report.md"; "" for
                              the document it is in), or NULL: its own link */
  bool interactive;        /* groups with an anchor get data-r, tabindex, role */
} tmc_svg_opts;

/* Writes the scene as SVG (the whole document unless o->inline_svg). */
void tmc_svg_write(tmc_buf *out, const tmc_scene *s, const tmc_svg_opts *o);

/* The fixed text model every layout decision uses: the width of one line of
 * UTF-8 text at a font size, from Helvetica's advance widths (wide East Asian
 * characters count one em). Installed fonts never enter into it, so the SVG
 * is the same on every machine. */
double tmc_scene_text_width(const char *s, double size, bool bold);

/* ---- geometry (scene_layout.c), used by scene.c only ------------------------ */

/* What the layout must make room for, decided by scene.c from the text model. */
typedef struct tmc_layout_in {
  const double *el_w, *el_h; /* per element: box to reserve */
  const double *fl_w, *fl_h; /* per flow: label block (0 = no label) */
  const double *bd_w, *bd_h; /* per boundary: label to fit at its top */
  const char *engine;        /* graphviz engine for DOT input */
  unsigned timeout_ms; /* graphviz's time bound; 0 = TMC_SCENE_GRAPHVIZ_TIMEOUT_MS */
} tmc_layout_in;

typedef struct tmc_layout_flow {
  tmc_point *pts;               /* cubic Bézier: pts[0], then 3 points per segment */
  uint32_t n_pts;               /* 0 = not drawn */
  bool head, tail;              /* arrowheads at the end (target) / start (source) */
  tmc_point head_tip, tail_tip; /* arrow tips; the curve ends at the arrow base */
  bool has_label;
  tmc_point label;  /* centre of the label block */
  bool label_fixed; /* the author placed the label: keep it there */
  bool label_above; /* ... above its line */
} tmc_layout_flow;

typedef struct tmc_layout {
  double w, h;         /* extent of the diagram, origin at (0,0) */
  tmc_rect *el;        /* per element: its box (reserved box when `reserved`) */
  bool reserved;       /* boxes include the badge and hop-number margins */
  tmc_rect *bd;        /* per boundary region */
  bool *bd_on;         /* region is drawn */
  tmc_point **bd_pts;  /* per boundary: TMC_BOUNDARY_LINE polyline, shifted */
  tmc_layout_flow *fl; /* per flow */
  tmc_rect *page;      /* per page: its band (stacked draw.io pages) */
  bool page_headers;   /* draw a header for each page band */
  bool simplified;     /* grid layout: no flow labels */
  bool gv_failed;      /* ... because graphviz failed, not because of size */
} tmc_layout;

/* Fills *out (arrays in arena a). Never fails: when graphviz cannot lay the
 * diagram out, the grid layout is used and a note says why. */
void tmc_layout_compute(tmc_layout *out, const tmc_ir *ir, const tmc_layout_in *in,
                        tmc_arena *a, tmc_diags *d);

#endif
