/* scene.c - the annotated diagram, decided once: what each element, flow and
 * boundary looks like, its colour (worst open finding), badge (open count,
 * STRIDE letters, AI marker), tooltip (its findings), stable id and CSS
 * classes, the highlighted attack paths with numbered hops, the title block,
 * the legend and the knowledge-base links.
 *
 * The one idea: every size comes from a fixed text model
 * (tmc_scene_text_width), never from installed fonts, and the result is a
 * flat list of primitives that svg.c and raster.c replay verbatim, so the
 * SVG is identical on every machine and the PNG/PDF show the same picture. */
#include "backends/scene.h"
#include "backends/report.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- text model ------------------------------------------------------------- */

/* Helvetica advance widths, 1/1000 em, for ASCII 32..126. */
static const unsigned short helv[95] = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, /*  ../ */
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
    556, /* 0..? */
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
    778, /* @..O */
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
    556, /* P.._ */
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556,
    556,                                                                        /* `..o */
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, /* p..~ */
};

/* Decodes one UTF-8 sequence; invalid bytes count as one replacement char. */
static size_t utf8_next(const unsigned char *s, unsigned *cp) {
  unsigned c = s[0];
  size_t len = 1;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if ((c & 0xE0) == 0xC0)
    len = 2, c &= 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, c &= 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, c &= 0x07;
  else {
    *cp = 0xFFFD;
    return 1;
  }
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    c = (c << 6) | (s[i] & 0x3F);
  }
  *cp = c;
  return len;
}

static unsigned cp_width(unsigned cp) {
  if (cp >= 32 && cp < 127)
    return helv[cp - 32];
  if (cp < 32 || (cp >= 0x300 && cp < 0x370) || (cp >= 0x200B && cp <= 0x200F))
    return 0; /* controls, combining marks, zero-width */
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFD))
    return 1000;
  return 620;
}

double tmc_scene_text_width(const char *s, double size, bool bold) {
  unsigned long sum = 0;
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  unsigned cp;
  while (*p) {
    p += utf8_next(p, &cp);
    sum += cp_width(cp);
  }
  return (double)sum / 1000.0 * size * (bold ? 1.1 : 1.0);
}

/* ---- look ------------------------------------------------------------------- */

/* What an element or flow is coloured by: its worst open finding, else what
 * happened to its closed ones. */
typedef enum state {
  ST_CRITICAL,
  ST_HIGH,
  ST_MEDIUM,
  ST_LOW,
  ST_NONE,
  ST_MITIGATED,
  ST_ACCEPTED,
  ST_COUNT
} state;

static const struct {
  const char *cls, *legend;
  uint32_t stroke, fill, badge_text;
  double width;
} look[ST_COUNT] = {
    [ST_CRITICAL] = {"sev-critical", "critical", 0xA4161A, 0xFAD4D4, 0xFFFFFF, 2.6},
    [ST_HIGH] = {"sev-high", "high", 0xD9480F, 0xFFE3CC, 0xFFFFFF, 2.2},
    [ST_MEDIUM] = {"sev-medium", "medium", 0xB8860B, 0xFFF3BF, 0x212529, 1.8},
    [ST_LOW] = {"sev-low", "low", 0x1971C2, 0xDBEAFE, 0xFFFFFF, 1.5},
    [ST_NONE] = {"sev-none", "no findings", 0x495057, 0xFFFFFF, 0xFFFFFF, 1.4},
    [ST_MITIGATED] = {"sev-mitigated", "all mitigated", 0x2B8A3E, 0xE6F4EA, 0xFFFFFF,
                      1.5},
    [ST_ACCEPTED] = {"sev-accepted", "risk accepted", 0x7048E8, 0xEFE9FF, 0xFFFFFF, 1.5},
};

enum {
  C_TEXT = 0x212529,
  C_MUTED = 0x5C636A,
  C_BOUNDARY = 0xC92A2A,
  C_PATH = 0xD6336C,
  C_LINK = 0x1864AB,
  C_PANEL = 0xF8F9FA,
  C_PANEL_LINE = 0xDEE2E6,
};

/* Sizes, px. */
#define EL_FONT 13.0
#define EL_MIN_FONT 10.0 /* a label shrinks to this before a word is broken */
#define EL_LINE 16.0
#define CAP_FONT 10.0
#define CAP_LINE 13.0
#define EL_WRAP 150.0
#define EL_MIN_W 112.0
#define INSET 10.0 /* reserved margin (left, top, right) for hop number and badge */
#define BADGE_H 16.0
#define BADGE_FONT 10.0
#define FL_FONT 11.0
#define FL_LINE 14.0
#define FL_WRAP 130.0
#define BD_FONT 12.0
#define BD_LABEL_H 22.0
#define CYL_RY 7.0
#define HOP_R 9.0
#define TITLE_H 62.0
#define MAX_TIP_FINDINGS TMC_REPORT_PER_TARGET /* as Markdown shows (report.h) */
#define MAX_REFS 80
#define MAX_PATHS 3
#define MAX_LIST 60    /* lines of the findings list under the picture */
#define LIST_LINE 16.0 /* its line pitch */

/* ---- scene building blocks -------------------------------------------------- */

typedef struct builder {
  tmc_scene *s;
  const tmc_ir *ir;
  const tmc_report_ctx *ctx;
  const tmc_report_view *view; /* anchors of the targets the groups stand for */
  tmc_arena *a;
} builder;

static tmc_scene_item *item(builder *b, tmc_scene_kind k) {
  tmc_scene_item *it = TMC_PUSH(b->s->items, b->s->n_items, b->s->cap_items);
  memset(it, 0, sizeof *it);
  it->kind = k;
  it->fill = it->stroke = TMC_SCENE_NOCOLOR;
  it->opacity = 1;
  return it;
}

static void begin(builder *b, const char *id, const char *cls, const char *tip,
                  const char *href) {
  tmc_scene_item *it = item(b, TMC_SCENE_BEGIN);
  it->id = id;
  it->cls = cls;
  it->tooltip = tip;
  it->href = href;
}

static void end(builder *b) {
  item(b, TMC_SCENE_END);
}

/* Marks the group just begun as standing for a report target. */
static void anchor_last(builder *b, const char *anchor) {
  for (uint32_t i = b->s->n_items; i-- > 0;)
    if (b->s->items[i].kind == TMC_SCENE_BEGIN) {
      b->s->items[i].target = anchor;
      return;
    }
}

static void op(builder *b, char o, tmc_point p0, tmc_point p1, tmc_point p2) {
  tmc_scene_op *x = TMC_PUSH(b->s->ops, b->s->n_ops, b->s->cap_ops);
  x->op = o;
  x->p[0] = p0;
  x->p[1] = p1;
  x->p[2] = p2;
}

static tmc_point P(double x, double y) {
  return (tmc_point){x, y};
}

static void M(builder *b, double x, double y) {
  op(b, 'M', P(x, y), P(0, 0), P(0, 0));
}
static void L_(builder *b, double x, double y) {
  op(b, 'L', P(x, y), P(0, 0), P(0, 0));
}
static void C(builder *b, tmc_point c1, tmc_point c2, tmc_point e) {
  op(b, 'C', c1, c2, e);
}
static void Z(builder *b) {
  op(b, 'Z', P(0, 0), P(0, 0), P(0, 0));
}

/* Starts a path item; its ops follow until the next item. */
static tmc_scene_item *path(builder *b, uint32_t fill, uint32_t stroke, double width) {
  tmc_scene_item *it = item(b, TMC_SCENE_PATH);
  it->op0 = b->s->n_ops;
  it->fill = fill;
  it->stroke = stroke;
  it->width = width;
  return it;
}
static void path_end(builder *b, tmc_scene_item *it) {
  it->n_ops = b->s->n_ops - it->op0;
}

/* Quarter-ellipse arcs as cubic Béziers (kappa). */
#define KAPPA 0.5522847498
static void ellipse_ops(builder *b, double cx, double cy, double rx, double ry) {
  double kx = rx * KAPPA, ky = ry * KAPPA;
  M(b, cx + rx, cy);
  C(b, P(cx + rx, cy + ky), P(cx + kx, cy + ry), P(cx, cy + ry));
  C(b, P(cx - kx, cy + ry), P(cx - rx, cy + ky), P(cx - rx, cy));
  C(b, P(cx - rx, cy - ky), P(cx - kx, cy - ry), P(cx, cy - ry));
  C(b, P(cx + kx, cy - ry), P(cx + rx, cy - ky), P(cx + rx, cy));
  Z(b);
}

static void rrect_ops(builder *b, tmc_rect r, double rad) {
  rad = fmin(rad, fmin(r.w, r.h) / 2);
  if (rad <= 0) {
    M(b, r.x, r.y);
    L_(b, r.x + r.w, r.y);
    L_(b, r.x + r.w, r.y + r.h);
    L_(b, r.x, r.y + r.h);
    Z(b);
    return;
  }
  double k = rad * (1 - KAPPA), x1 = r.x + r.w, y1 = r.y + r.h;
  M(b, r.x + rad, r.y);
  L_(b, x1 - rad, r.y);
  C(b, P(x1 - k, r.y), P(x1, r.y + k), P(x1, r.y + rad));
  L_(b, x1, y1 - rad);
  C(b, P(x1, y1 - k), P(x1 - k, y1), P(x1 - rad, y1));
  L_(b, r.x + rad, y1);
  C(b, P(r.x + k, y1), P(r.x, y1 - k), P(r.x, y1 - rad));
  L_(b, r.x, r.y + rad);
  C(b, P(r.x, r.y + k), P(r.x + k, r.y), P(r.x + rad, r.y));
  Z(b);
}

static tmc_scene_item *text(builder *b, double x, double y, double size, bool bold,
                            int anchor, uint32_t color, const char *s) {
  tmc_scene_item *it = item(b, TMC_SCENE_TEXT);
  it->at = P(x, y);
  it->size = size;
  it->bold = bold;
  it->anchor = anchor;
  it->fill = color;
  it->text = s;
  it->model_w = tmc_scene_text_width(s, size, bold);
  return it;
}

/* ---- wrapping --------------------------------------------------------------- */

typedef struct lines {
  const char *v[8];
  uint32_t n;
  double w; /* widest line */
} lines;

/* Breaks text into at most max lines no wider than wrap: between words,
 * and inside a word only when the word alone is wider than wrap (with a
 * hyphen); the last kept line ends in an ellipsis when text was cut.
 * Explicit newlines are kept. */
static void wrap(lines *out, tmc_arena *a, const char *s, double size, bool bold,
                 double wrap_w, uint32_t max) {
  out->n = 0;
  out->w = 0;
  if (max > 8)
    max = 8;
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  while (*p == ' ' || *p == '\n' || *p == '\t')
    p++;
  while (*p && out->n < max) {
    /* Grow the line character by character; remember the last space. */
    const unsigned char *q = p, *brk = NULL;
    double w = 0;
    while (*q && *q != '\n') {
      unsigned cp;
      size_t n = utf8_next(q, &cp);
      double cw = cp_width(cp) / 1000.0 * size * (bold ? 1.1 : 1.0);
      if (w + cw > wrap_w && q > p)
        break;
      if (cp == ' ')
        brk = q;
      w += cw;
      q += n;
    }
    const unsigned char *e = q;
    bool hyphen = false;
    if (*q && *q != '\n' && *q != ' ' && brk && brk > p)
      e = brk;
    else if (*q && *q != '\n' && *q != ' ' && q > p && q[-1] != ' ') {
      /* One word wider than the line: cut it, leaving room for a hyphen. */
      double hw = tmc_scene_text_width("-", size, bold), lw = 0;
      const unsigned char *c = p;
      while (c < q) {
        unsigned cp;
        size_t n = utf8_next(c, &cp);
        double cw = cp_width(cp) / 1000.0 * size * (bold ? 1.1 : 1.0);
        if (lw + cw + hw > wrap_w && c > p)
          break;
        lw += cw;
        c += n;
      }
      if (c > p + 1) {
        e = c;
        hyphen = true;
      }
    }
    bool last = out->n + 1 == max;
    const unsigned char *rest = e;
    while (*rest == ' ' || *rest == '\n' || *rest == '\t')
      rest++;
    char *line;
    if (last && *rest) {
      /* Cut: make room for the ellipsis. */
      const unsigned char *c = p;
      double lw = 0, ell = tmc_scene_text_width("\xE2\x80\xA6", size, bold);
      while (c < e) {
        unsigned cp;
        size_t n = utf8_next(c, &cp);
        double cw = cp_width(cp) / 1000.0 * size * (bold ? 1.1 : 1.0);
        if (lw + cw + ell > wrap_w)
          break;
        lw += cw;
        c += n;
      }
      while (c > p && c[-1] == ' ')
        c--;
      line = tmc_arena_printf(a, "%.*s\xE2\x80\xA6", (int)(c - p), (const char *)p);
    } else if (hyphen) {
      line = tmc_arena_printf(a, "%.*s-", (int)(e - p), (const char *)p);
    } else {
      const unsigned char *t = e;
      while (t > p && (t[-1] == ' ' || t[-1] == '\t'))
        t--;
      line = tmc_arena_strndup(a, (const char *)p, (size_t)(t - p));
    }
    out->v[out->n++] = line;
    double lw = tmc_scene_text_width(line, size, bold);
    if (lw > out->w)
      out->w = lw;
    p = rest;
  }
}

/* ---- findings per target ---------------------------------------------------- */

typedef struct tally {
  uint32_t open, mitigated, accepted;
  tmc_severity worst;
  unsigned stride;
  bool ai;
  state st;
  uint32_t *f; /* finding indices in the report model's risk order, open first */
  uint32_t n;
  uint32_t num; /* the badge's number (findings list), 0 for none */
} tally;

/* One tally per element, flow and path (in that order), from the report
 * model's counts and groups, in its order: the tooltips list the findings
 * the Markdown report shows in full, in the same order. */
static tally *tally_all(const tmc_ir *ir, const tmc_report_view *v, tmc_arena *a) {
  uint32_t ne = ir->n_elements, nf = ir->n_flows, np = ir->n_paths, n = ne + nf + np;
  tally *t = tmc_arena_alloc(a, sizeof(tally) * (n + 1));
  for (uint32_t k = 0; k < n; k++) {
    const tmc_report_tally *y = k < ne        ? &v->el_tally[k]
                                : k < ne + nf ? &v->fl_tally[k - ne]
                                              : &v->pa_tally[k - ne - nf];
    const uint32_t *start = k < ne        ? v->el_start
                            : k < ne + nf ? v->fl_start
                                          : v->pa_start;
    const uint32_t *find = k < ne ? v->el_find : k < ne + nf ? v->fl_find : v->pa_find;
    uint32_t g = k < ne ? k : k < ne + nf ? k - ne : k - ne - nf;
    t[k].open = y->open, t[k].mitigated = y->mitigated, t[k].accepted = y->accepted;
    t[k].worst = y->worst, t[k].stride = y->stride, t[k].ai = y->ai;
    t[k].n = start[g + 1] - start[g];
    t[k].f = tmc_arena_alloc(a, sizeof(uint32_t) * (t[k].n + 1));
    for (uint32_t q = 0; q < t[k].n; q++)
      t[k].f[q] = find[start[g] + q];
    if (t[k].open) {
      switch (t[k].worst) {
      case TMC_SEV_CRITICAL:
        t[k].st = ST_CRITICAL;
        break;
      case TMC_SEV_HIGH:
        t[k].st = ST_HIGH;
        break;
      case TMC_SEV_MEDIUM:
        t[k].st = ST_MEDIUM;
        break;
      case TMC_SEV_LOW:
      case TMC_SEV_NONE: /* an open finding of no severity still counts */
        t[k].st = ST_LOW;
        break;
      }
    } else if (t[k].accepted)
      t[k].st = ST_ACCEPTED;
    else if (t[k].mitigated)
      t[k].st = ST_MITIGATED;
    else
      t[k].st = ST_NONE;
  }
  return t;
}

static const char *stride_letters(unsigned mask, tmc_arena *a) {
  char s[8];
  size_t n = 0;
  for (unsigned bit = 0; bit < 6; bit++)
    if (mask & (1u << bit))
      s[n++] = "STRIDE"[bit];
  s[n] = 0;
  return tmc_arena_strdup(a, s);
}

/* ---- links ------------------------------------------------------------------ */

/* The knowledge-base page for an id, or NULL (report.h). */
static const char *ref_url(const builder *b, const char *id) {
  return tmc_report_ref_url(b->ctx ? b->ctx->catalog : NULL, id, b->a);
}

/* The link a badge carries when no report is written in the same run (or
 * the report has no section for its target: a condensed one): the first
 * linkable reference of the target's most important finding (ATLAS before
 * CWE before CAPEC). */
static const char *badge_link(const builder *b, const tally *t) {
  for (uint32_t k = 0; k < t->n; k++) {
    const tmc_finding *f = &b->ir->findings[t->f[k]];
    const tmc_strlist *lists[] = {&f->atlas, &f->cwe, &f->capec};
    for (int l = 0; l < 3; l++)
      for (uint32_t i = 0; i < lists[l]->n; i++) {
        const char *u = ref_url(b, lists[l]->v[i]);
        if (u)
          return u;
      }
  }
  return NULL;
}

/* ---- ids -------------------------------------------------------------------- */

typedef struct idset {
  const char **v;
  uint32_t cap; /* power of two */
} idset;

static bool idset_add(idset *s, const char *id) {
  uint64_t h = tmc_hash64(id, strlen(id), 0);
  for (uint32_t i = (uint32_t)h & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
    if (!s->v[i]) {
      s->v[i] = id;
      return true;
    }
    if (strcmp(s->v[i], id) == 0)
      return false;
  }
}

/* A stable, unique id from an author's id: prefix + the id with every
 * character outside [A-Za-z0-9_-] replaced by '_' (runs collapsed); "-2",
 * "-3"... when two come out the same. */
static const char *make_id(builder *b, idset *set, const char *prefix, const char *raw) {
  tmc_buf t = TMC_BUF_INIT;
  tmc_buf_puts(&t, prefix);
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)(raw ? raw : ""); *p && n < 64;
       p++) {
    unsigned c = *p;
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (ok)
      tmc_buf_putc(&t, (char)c), n++;
    else if (t.len && t.data[t.len - 1] != '_')
      tmc_buf_putc(&t, '_'), n++;
  }
  const char *id = tmc_arena_strdup(b->a, t.data);
  for (uint32_t k = 2; !idset_add(set, id); k++)
    id = tmc_arena_printf(b->a, "%s-%u", t.data, k);
  tmc_buf_free(&t);
  return id;
}

/* ---- tooltips --------------------------------------------------------------- */

static void put_refs(tmc_buf *t, const tmc_finding *f) {
  const tmc_strlist *lists[] = {&f->atlas, &f->owasp, &f->cwe, &f->capec};
  bool first = true;
  for (int l = 0; l < 4; l++)
    for (uint32_t i = 0; i < lists[l]->n; i++) {
      tmc_buf_puts(t, first ? " (" : ", ");
      tmc_buf_puts(t, lists[l]->v[i]);
      first = false;
    }
  if (!first)
    tmc_buf_putc(t, ')');
}

/* The findings part of a tooltip: a summary line, then one line per finding
 * (open ones first, worst first), at most MAX_TIP_FINDINGS. */
static void put_findings(tmc_buf *t, const tmc_ir *ir, const tally *x) {
  if (!x->n) {
    tmc_buf_puts(t, "\nno findings");
    return;
  }
  tmc_buf_printf(t, "\n%u open finding%s", x->open, x->open == 1 ? "" : "s");
  if (x->open)
    tmc_buf_printf(t, " (worst: %s)", tmc_severity_name(x->worst));
  if (x->mitigated)
    tmc_buf_printf(t, ", %u mitigated", x->mitigated);
  if (x->accepted)
    tmc_buf_printf(t, ", %u accepted", x->accepted);
  for (uint32_t k = 0; k < x->n && k < MAX_TIP_FINDINGS; k++) {
    const tmc_finding *f = &ir->findings[x->f[k]];
    tmc_buf_printf(t, "\n- [%s", tmc_severity_name(f->severity));
    if (f->status != TMC_STATUS_OPEN)
      tmc_buf_printf(t, ", %s", tmc_status_name(f->status));
    tmc_buf_puts(t, "] ");
    tmc_buf_puts(t, f->rule_id ? f->rule_id : "?");
    tmc_buf_puts(t, ": ");
    tmc_buf_puts(t, f->title ? f->title : "");
    put_refs(t, f);
    if (f->status != TMC_STATUS_OPEN && f->status_by && *f->status_by) {
      tmc_buf_puts(t, f->status == TMC_STATUS_MITIGATED ? " - mitigated by " : " - ");
      tmc_buf_puts(t, f->status_by);
    }
  }
  if (x->n > MAX_TIP_FINDINGS)
    tmc_buf_printf(t, "\n... and %u more", x->n - MAX_TIP_FINDINGS);
}

static const char *detach(builder *b, tmc_buf *t) {
  const char *s = tmc_arena_strdup(b->a, t->data ? t->data : "");
  tmc_buf_free(t);
  return s;
}

static const char *element_tip(builder *b, uint32_t i, const tally *x) {
  const tmc_ir *ir = b->ir;
  const tmc_element *e = &ir->elements[i];
  tmc_buf t = TMC_BUF_INIT;
  tmc_buf_puts(&t, tmc_element_name(e));
  tmc_buf_printf(&t, "\n%s", tmc_kind_title(e->kind));
  if (e->boundary != TMC_NONE && e->boundary < ir->n_boundaries)
    tmc_buf_printf(&t, " in %s (trust %d)", ir->boundaries[e->boundary].label,
                   tmc_ir_element_trust(ir, i));
  put_findings(&t, ir, x);
  return detach(b, &t);
}

static const char *flow_tip(builder *b, uint32_t i, const tally *x) {
  const tmc_ir *ir = b->ir;
  const tmc_flow *f = &ir->flows[i];
  tmc_buf t = TMC_BUF_INIT;
  tmc_buf_puts(&t, tmc_element_name(&ir->elements[f->src]));
  tmc_buf_puts(&t, f->bidirectional ? " <-> " : " -> ");
  tmc_buf_puts(&t, tmc_element_name(&ir->elements[f->dst]));
  if (f->label && *f->label) {
    tmc_buf_puts(&t, ": ");
    tmc_buf_puts(&t, f->label);
  }
  if (f->protocol)
    tmc_buf_printf(&t, "\nprotocol %s", f->protocol);
  if (f->facts.crosses)
    tmc_buf_printf(&t, "\ncrosses a trust boundary (trust %d to %d)", f->facts.src_trust,
                   f->facts.dst_trust);
  put_findings(&t, ir, x);
  return detach(b, &t);
}

/* ---- attack paths ----------------------------------------------------------- */

/* The paths to highlight: the first MAX_PATHS with hops in the report
 * model's path order, so the picture's path N is every report's path N. */
static uint32_t top_paths(const tmc_ir *ir, const tmc_report_view *v, uint32_t *out) {
  uint32_t n = 0;
  for (uint32_t j = 0; j < ir->n_paths && n < MAX_PATHS; j++)
    if (ir->paths[v->path_order[j]].n_hops > 0)
      out[n++] = v->path_order[j];
  return n;
}

/* ---- the parts of the picture ----------------------------------------------- */

static tmc_rect shape_of(const tmc_layout *L, uint32_t i) {
  tmc_rect r = L->el[i];
  if (L->reserved) {
    r.x += INSET;
    r.y += INSET;
    r.w -= 2 * INSET;
    r.h -= INSET;
  }
  return r;
}

/* Moves a flow end that stops at an element's reserved box (graphviz only
 * knows that box) onto the drawn shape, along the flow's direction: the tip
 * and the end of the curve move together. */
static void snap_end(tmc_point *tip, tmc_point *base, tmc_point *ctrl, tmc_rect r) {
  double dx = tip->x - base->x, dy = tip->y - base->y, l = hypot(dx, dy);
  if (l < 1e-6)
    return;
  dx /= l, dy /= l;
  /* Slab test: where the ray from tip along (dx,dy) enters r. */
  double t0 = 0, t1 = 3 * INSET;
  double o[2] = {tip->x, tip->y}, dir[2] = {dx, dy}, lo[2] = {r.x, r.y},
         hi[2] = {r.x + r.w, r.y + r.h};
  for (int k = 0; k < 2; k++) {
    if (fabs(dir[k]) < 1e-9) {
      if (o[k] < lo[k] || o[k] > hi[k])
        return;
      continue;
    }
    double a = (lo[k] - o[k]) / dir[k], b = (hi[k] - o[k]) / dir[k];
    if (a > b) {
      double t = a;
      a = b;
      b = t;
    }
    t0 = fmax(t0, a);
    t1 = fmin(t1, b);
  }
  if (t0 <= 0 || t0 > t1)
    return;
  tmc_point dl = {dx * t0, dy * t0};
  tip->x += dl.x, tip->y += dl.y;
  base->x += dl.x, base->y += dl.y;
  ctrl->x += dl.x, ctrl->y += dl.y;
}

typedef enum shape {
  SH_RECT,
  SH_ROUND,
  SH_CYLINDER,
  SH_HEXAGON,
  /* draw.io shapes drawn as the author drew them */
  SH_ELLIPSE,
  SH_ACTOR,    /* umlActor: a stick figure */
  SH_CLOUD,    /* cloud */
  SH_DOCUMENT, /* a page with a wavy bottom */
  SH_ICON,     /* a stencil or image icon: a tile with the icon's name */
} shape;

/* The value of key in a draw.io style ("a;k=v;b"), copied into out ("" when
 * absent). */
static const char *style_val(const char *style, const char *key, char *out, size_t n) {
  size_t kl = strlen(key);
  out[0] = 0;
  for (const char *p = style ? style : ""; *p;) {
    size_t l = strcspn(p, ";");
    if (l > kl && strncmp(p, key, kl) == 0 && p[kl] == '=') {
      size_t vl = l - kl - 1 < n - 1 ? l - kl - 1 : n - 1;
      memcpy(out, p + kl + 1, vl);
      out[vl] = 0;
      return out;
    }
    p += l;
    while (*p == ';')
      p++;
  }
  return out;
}

static bool any_of(const char *s, const char *const *v) {
  for (; *v; v++)
    if (strcmp(s, *v) == 0)
      return true;
  return false;
}

/* The shape the author drew a draw.io element as, when it is one the
 * picture draws as such (else -1: the kind's shape). */
static int author_shape(const tmc_element *e) {
  static const char *const actor[] = {"umlActor", "actor", "mxgraph.basic.person", NULL};
  static const char *const cyl[] = {"cylinder",
                                    "cylinder2",
                                    "cylinder3",
                                    "datastore",
                                    "mxgraph.flowchart.database",
                                    "mxgraph.flowchart.direct_data",
                                    NULL};
  static const char *const cloud[] = {"cloud", "mxgraph.basic.cloud_callout", NULL};
  static const char *const doc[] = {"document", "mxgraph.flowchart.document", "note",
                                    NULL};
  static const char *const hex[] = {"hexagon", "mxgraph.basic.hexagon", NULL};
  static const char *const ell[] = {"ellipse", "doubleEllipse", NULL};
  if (e->notation != TMC_NOTATION_DRAWIO)
    return -1;
  const char *sh = e->shape ? e->shape : "";
  if (any_of(sh, actor))
    return SH_ACTOR;
  if (any_of(sh, cyl))
    return SH_CYLINDER;
  if (any_of(sh, cloud))
    return SH_CLOUD;
  if (any_of(sh, doc))
    return SH_DOCUMENT;
  if (any_of(sh, hex))
    return SH_HEXAGON;
  if (any_of(sh, ell))
    return SH_ELLIPSE;
  if (e->icon || strcmp(sh, "image") == 0 || strncmp(sh, "mxgraph.", 8) == 0)
    return SH_ICON;
  return -1;
}

/* The short name of an element's icon: "s3" for mxgraph.aws4.s3, with
 * underscores as spaces. */
static const char *icon_name(builder *b, const tmc_element *e) {
  const char *i = e->icon && *e->icon ? e->icon : e->shape ? e->shape : "";
  const char *dot = strrchr(i, '.'), *slash = strrchr(i, '/');
  const char *base = slash && (!dot || slash > dot) ? slash + 1 : dot ? dot + 1 : i;
  char *out = tmc_arena_strdup(b->a, base);
  for (char *p = out; *p; p++)
    if (*p == '_')
      *p = ' ';
  return out;
}

static shape shape_for(tmc_kind k) {
  switch (k) {
  case TMC_KIND_EXTERNAL:
    return SH_RECT;
  case TMC_KIND_PROCESS:
  case TMC_KIND_PIPELINE:
  case TMC_KIND_AGENT_TOOL:
    return SH_ROUND;
  case TMC_KIND_DATA_STORE:
  case TMC_KIND_VECTOR_STORE:
  case TMC_KIND_DATASET:
  case TMC_KIND_MODEL_REGISTRY:
  case TMC_KIND_FEATURE_STORE:
    return SH_CYLINDER;
  case TMC_KIND_MODEL:
  case TMC_KIND_LLM:
    return SH_HEXAGON;
  case TMC_KIND_COUNT:
    break;
  }
  return SH_RECT;
}

static void shape_ops(builder *b, shape sh, tmc_rect r) {
  double x = r.x, y = r.y, w = r.w, h = r.h;
  switch (sh) {
  case SH_ELLIPSE:
    ellipse_ops(b, x + w / 2, y + h / 2, w / 2, h / 2);
    break;
  case SH_ACTOR: { /* head, then arms, body and legs as lines */
    double hr = fmin(w, h) * 0.16, cx = x + w / 2, hip = y + h * 0.66;
    ellipse_ops(b, cx, y + hr, hr * 0.9, hr);
    M(b, cx, y + 2 * hr);
    L_(b, cx, hip);
    M(b, x, y + h * 0.38);
    L_(b, x + w, y + h * 0.38);
    M(b, cx, hip);
    L_(b, x, y + h);
    M(b, cx, hip);
    L_(b, x + w, y + h);
    break;
  }
  case SH_CLOUD:
    M(b, x + 0.25 * w, y + 0.85 * h);
    C(b, P(x - 0.02 * w, y + 0.85 * h), P(x, y + 0.42 * h),
      P(x + 0.22 * w, y + 0.42 * h));
    C(b, P(x + 0.18 * w, y + 0.08 * h), P(x + 0.48 * w, y),
      P(x + 0.52 * w, y + 0.22 * h));
    C(b, P(x + 0.62 * w, y - 0.02 * h), P(x + 0.9 * w, y + 0.1 * h),
      P(x + 0.82 * w, y + 0.4 * h));
    C(b, P(x + 1.02 * w, y + 0.42 * h), P(x + 1.02 * w, y + 0.85 * h),
      P(x + 0.78 * w, y + 0.85 * h));
    Z(b);
    break;
  case SH_DOCUMENT:
    M(b, x, y);
    L_(b, x + w, y);
    L_(b, x + w, y + 0.86 * h);
    C(b, P(x + 0.7 * w, y + 0.7 * h), P(x + 0.3 * w, y + 1.06 * h), P(x, y + 0.9 * h));
    Z(b);
    break;
  case SH_ICON:
    rrect_ops(b, r, fmin(8, fmin(w, h) / 4));
    break;
  case SH_RECT:
    rrect_ops(b, r, 0);
    break;
  case SH_ROUND:
    rrect_ops(b, r, 10);
    break;
  case SH_HEXAGON: {
    double k = fmin(14, r.w / 4);
    M(b, r.x + k, r.y);
    L_(b, r.x + r.w - k, r.y);
    L_(b, r.x + r.w, r.y + r.h / 2);
    L_(b, r.x + r.w - k, r.y + r.h);
    L_(b, r.x + k, r.y + r.h);
    L_(b, r.x, r.y + r.h / 2);
    Z(b);
    break;
  }
  case SH_CYLINDER: {
    double ry = fmin(CYL_RY, r.h / 4), rx = r.w / 2, cx = r.x + rx, kx = rx * KAPPA,
           ky = ry * KAPPA, top = r.y + ry, bot = r.y + r.h - ry;
    M(b, r.x, top);
    C(b, P(r.x, top - ky), P(cx - kx, r.y), P(cx, r.y));
    C(b, P(cx + kx, r.y), P(r.x + r.w, top - ky), P(r.x + r.w, top));
    L_(b, r.x + r.w, bot);
    C(b, P(r.x + r.w, bot + ky), P(cx + kx, r.y + r.h), P(cx, r.y + r.h));
    C(b, P(cx - kx, r.y + r.h), P(r.x, bot + ky), P(r.x, bot));
    Z(b);
    break;
  }
  }
}

/* The lid line a cylinder shows under its top. */
static void cylinder_lid(builder *b, tmc_rect r, uint32_t stroke, double width) {
  double ry = fmin(CYL_RY, r.h / 4), rx = r.w / 2, cx = r.x + rx, kx = rx * KAPPA,
         ky = ry * KAPPA, top = r.y + ry;
  tmc_scene_item *it = path(b, TMC_SCENE_NOCOLOR, stroke, width);
  M(b, r.x, top);
  C(b, P(r.x, top + ky), P(cx - kx, top + ry), P(cx, top + ry));
  C(b, P(cx + kx, top + ry), P(r.x + r.w, top + ky), P(r.x + r.w, top));
  path_end(b, it);
}

typedef struct badge {
  const char *text;
  double w; /* the count pill */
  bool on;
  const char *num; /* the number pill on its left ("3"), or NULL */
  double num_w;
  double tw; /* both, with the gap */
} badge;

static badge badge_for(builder *b, const tally *t) {
  badge g = {NULL, 0, false, NULL, 0, 0};
  if (t->open) {
    const char *letters = stride_letters(t->stride, b->a);
    g.text = tmc_arena_printf(b->a, "%u%s%s%s", t->open, *letters ? " \xC2\xB7 " : "",
                              letters, t->ai ? " \xC2\xB7 AI" : "");
  } else if (t->mitigated || t->accepted)
    g.text = tmc_arena_printf(b->a, "\xE2\x9C\x93 %u", t->mitigated + t->accepted);
  else
    return g;
  g.w = tmc_scene_text_width(g.text, BADGE_FONT, true) + 12;
  g.on = true;
  g.tw = g.w;
  if (t->num) {
    g.num = tmc_arena_printf(b->a, "%u", t->num);
    g.num_w = fmax(BADGE_H, tmc_scene_text_width(g.num, BADGE_FONT, true) + 8);
    g.tw += g.num_w + 2;
  }
  return g;
}

/* Draws a badge pill with its right edge at x, vertically centred on y. */
static void draw_badge(builder *b, const badge *g, state st, double xr, double yc,
                       const char *href, const char *id, const char *anchor) {
  begin(b, id, "badge", NULL, href);
  anchor_last(b, anchor);
  b->s->items[b->s->n_items - 1].anchor_link = anchor != NULL;
  tmc_scene_item *p = path(b, look[st].stroke, 0xFFFFFF, 1.2);
  rrect_ops(b, (tmc_rect){xr - g->w, yc - BADGE_H / 2, g->w, BADGE_H}, BADGE_H / 2);
  path_end(b, p);
  text(b, xr - g->w / 2, yc + 3.6, BADGE_FONT, true, 0, look[st].badge_text, g->text);
  if (g->num) { /* the number the findings list gives this target */
    double xn = xr - g->w - 2;
    p = path(b, 0xFFFFFF, C_TEXT, 1.2);
    rrect_ops(b, (tmc_rect){xn - g->num_w, yc - BADGE_H / 2, g->num_w, BADGE_H}, 3);
    path_end(b, p);
    text(b, xn - g->num_w / 2, yc + 3.6, BADGE_FONT, true, 0, C_TEXT, g->num);
  }
  end(b);
}

/* Element sizes for the layout: label lines + kind caption, widened for the
 * badge, plus the reserved margins. */
typedef struct elinfo {
  lines lab;
  const char *caption;
  badge g;
  double w, h; /* shape size (DOT) */
} elinfo;

static void measure_element(builder *b, uint32_t i, const tally *t, elinfo *x) {
  const tmc_element *e = &b->ir->elements[i];
  wrap(&x->lab, b->a, tmc_element_name(e), EL_FONT, false, EL_WRAP, 4);
  x->caption = tmc_kind_title(e->kind);
  x->g = badge_for(b, t);
  double w = fmax(x->lab.w, tmc_scene_text_width(x->caption, CAP_FONT, false)) + 28;
  w = fmax(w, EL_MIN_W);
  if (x->g.on)
    w = fmax(w, x->g.tw + 28);
  double h = x->lab.n * EL_LINE + CAP_LINE + 18;
  shape sh = shape_for(e->kind);
  if (sh == SH_CYLINDER)
    h += 2 * CYL_RY;
  if (sh == SH_HEXAGON)
    w += 20;
  x->w = ceil(w);
  x->h = ceil(fmax(h, 46));
}

/* Where the author put an element's label: inside its box (0), or below
 * (1), above (2), right of (3) or left of (4) it, from the style's
 * verticalLabelPosition and labelPosition; actors and icons carry theirs
 * below unless the style says otherwise. */
static int label_side(const tmc_element *e, int sh) {
  char v[16], h[16];
  style_val(e->style, "verticalLabelPosition", v, sizeof v);
  style_val(e->style, "labelPosition", h, sizeof h);
  if (strcmp(h, "right") == 0)
    return 3;
  if (strcmp(h, "left") == 0)
    return 4;
  if (strcmp(v, "bottom") == 0)
    return 1;
  if (strcmp(v, "top") == 0)
    return 2;
  if (!*v && (sh == SH_ACTOR || sh == SH_ICON))
    return 1;
  return 0;
}

/* The biggest font, EL_FONT down to EL_MIN_FONT, at which the label fits
 * the author's box with no word broken; EL_MIN_FONT (and hyphens in the
 * words wider than the box) when none does. */
static double fit_label(builder *b, lines *out, const char *name, double wrap_w,
                        double room_h) {
  for (double size = EL_FONT; size >= EL_MIN_FONT; size -= 1) {
    double line = size * EL_LINE / EL_FONT;
    uint32_t max = (uint32_t)fmax(1, fmin(4, room_h / line));
    wrap(out, b->a, name, size, false, wrap_w, max);
    bool whole = true;
    for (uint32_t k = 0; k < out->n && whole; k++) {
      size_t l = strlen(out->v[k]);
      whole = !(l && (out->v[k][l - 1] == '-' ||
                      (l >= 3 && strcmp(out->v[k] + l - 3, "\xE2\x80\xA6") == 0)));
    }
    if (whole || size <= EL_MIN_FONT)
      return size;
  }
  return EL_MIN_FONT;
}

static void draw_element(builder *b, const tmc_layout *L, uint32_t i, const tally *t,
                         elinfo *x, const char *id, bool on_path) {
  const tmc_element *e = &b->ir->elements[i];
  tmc_rect r = shape_of(L, i);
  int ash = L->reserved ? -1 : author_shape(e);
  shape sh = ash >= 0 ? (shape)ash : shape_for(e->kind);
  int side = L->reserved ? 0 : label_side(e, sh);
  double size = EL_FONT;
  if (!L->reserved && side == 0) /* the author's box: fit the label inside it */
    size = fit_label(b, &x->lab, tmc_element_name(e), fmax(r.w - 12, 30),
                     r.h - CAP_LINE - 6);
  else if (!L->reserved) /* beside the box: wrap between words as draw.io does */
    wrap(&x->lab, b->a, tmc_element_name(e), EL_FONT, false,
         side >= 3 ? 160 : fmax(r.w + 40, 120), 3);
  double line = size * EL_LINE / EL_FONT;
  const char *cls = tmc_arena_printf(
      b->a, "element kind-%s %s%s%s", tmc_kind_name(e->kind), look[t->st].cls,
      tmc_kind_is_ai(e->kind) ? " ai" : "", on_path ? " on-path" : "");
  begin(b, id, cls, element_tip(b, i, t), NULL);
  anchor_last(b, b->view->el_anchor[i]);
  tmc_scene_item *p = path(b, look[t->st].fill, look[t->st].stroke, look[t->st].width);
  shape_ops(b, sh, r);
  path_end(b, p);
  if (sh == SH_CYLINDER)
    cylinder_lid(b, r, look[t->st].stroke, look[t->st].width);
  if (sh == SH_ICON) { /* the icon's name on its tile */
    lines in;
    wrap(&in, b->a, icon_name(b, e), 9, false, fmax(r.w - 6, 20),
         (uint32_t)fmax(1, fmin(3, (r.h - 4) / 11)));
    double iy = r.y + (r.h - in.n * 11) / 2 + 8.5;
    for (uint32_t k = 0; k < in.n; k++, iy += 11)
      text(b, r.x + r.w / 2, iy, 9, false, 0, C_MUTED, in.v[k]);
  }
  double block = x->lab.n * line + CAP_LINE;
  double y, cx = r.x + r.w / 2;
  int anchor = 0;
  switch (side) {
  case 1: /* below */
    y = r.y + r.h + 4 + size;
    break;
  case 2: /* above */
    y = r.y - 4 - block + size;
    break;
  case 3: /* right */
  case 4: /* left */
    y = r.y + (r.h - block) / 2 + size;
    anchor = side == 3 ? -1 : 1;
    cx = side == 3 ? r.x + r.w + 6 : r.x - 6;
    break;
  default: {
    double content_top = r.y + (sh == SH_CYLINDER ? 2 * CYL_RY : 0);
    double content_h = r.y + r.h - content_top;
    y = content_top + (content_h - block) / 2 + size;
  }
  }
  for (uint32_t k = 0; k < x->lab.n; k++, y += line)
    text(b, cx, y, size, false, anchor, C_TEXT, x->lab.v[k]);
  text(b, cx, y - line + CAP_LINE + 1, CAP_FONT, false, anchor, C_MUTED, x->caption);
  if (x->g.on)
    draw_badge(b, &x->g, t->st, r.x + r.w + (L->reserved ? INSET - 2 : 6), r.y,
               badge_link(b, t), tmc_arena_printf(b->a, "%s-badge", id),
               b->view->el_shown[i] ? b->view->el_anchor[i] : NULL);
  end(b);
}

/* Flow label block: wrapped label over the badge. */
typedef struct flinfo {
  lines lab;
  badge g;
  double w, h;
} flinfo;

static void measure_flow(builder *b, uint32_t i, const tally *t, flinfo *x) {
  const tmc_flow *f = &b->ir->flows[i];
  wrap(&x->lab, b->a, f->label, FL_FONT, false, FL_WRAP, 3);
  x->g = badge_for(b, t);
  x->w = x->h = 0;
  if (!x->lab.n && !x->g.on)
    return;
  x->w = ceil(fmax(x->lab.w, x->g.on ? x->g.tw : 0) + 8);
  x->h = ceil(x->lab.n * FL_LINE + (x->g.on ? BADGE_H + 2 : 0) + 4);
}

static void curve_ops(builder *b, const tmc_layout_flow *lf) {
  M(b, lf->pts[0].x, lf->pts[0].y);
  for (uint32_t k = 1; k + 2 < lf->n_pts; k += 3)
    C(b, lf->pts[k], lf->pts[k + 1], lf->pts[k + 2]);
}

static void arrow(builder *b, tmc_point base, tmc_point tip, uint32_t color) {
  double dx = tip.x - base.x, dy = tip.y - base.y, l = hypot(dx, dy);
  if (l < 1e-6)
    return;
  double ux = dx / l, uy = dy / l, hw = 4.5;
  if (l < 6) { /* graphviz sometimes ends the curve at the tip: make a head anyway */
    base = P(tip.x - ux * 10, tip.y - uy * 10);
  }
  tmc_scene_item *p = path(b, color, color, 1);
  M(b, tip.x, tip.y);
  L_(b, base.x - uy * hw, base.y + ux * hw);
  L_(b, base.x + uy * hw, base.y - ux * hw);
  Z(b);
  path_end(b, p);
}

static void draw_flow(builder *b, const tmc_layout *L, uint32_t i, const tally *t,
                      const flinfo *x, const char *id, bool on_path, const char *tip) {
  const tmc_flow *f = &b->ir->flows[i];
  const tmc_layout_flow *lf = &L->fl[i];
  bool crossing = f->facts.crosses || f->n_crossed > 0;
  const char *cls =
      tmc_arena_printf(b->a, "flow %s%s%s", look[t->st].cls, crossing ? " crossing" : "",
                       on_path ? " on-path" : "");
  uint32_t color = look[t->st].stroke;
  begin(b, id, cls, tip, NULL);
  anchor_last(b, b->view->fl_anchor[i]);
  if (lf->n_pts >= 4) {
    if (crossing) { /* a double line: wide in the colour, white core */
      tmc_scene_item *p = path(b, TMC_SCENE_NOCOLOR, color, 5.2);
      curve_ops(b, lf);
      path_end(b, p);
      p = path(b, TMC_SCENE_NOCOLOR, 0xFFFFFF, 1.8);
      curve_ops(b, lf);
      path_end(b, p);
    } else {
      tmc_scene_item *p = path(b, TMC_SCENE_NOCOLOR, color, 1.6);
      curve_ops(b, lf);
      path_end(b, p);
    }
    if (lf->head)
      arrow(b, lf->pts[lf->n_pts - 1], lf->head_tip, color);
    if (lf->tail)
      arrow(b, lf->pts[0], lf->tail_tip, color);
  }
  end(b);
}

static bool overlaps(tmc_rect a, tmc_rect b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* The author's straight lines can run over other elements: slide the label
 * along its line to the first spot (middle first) that covers no element. */
static void place_label(const tmc_ir *ir, const tmc_layout *L, tmc_layout_flow *lf,
                        const flinfo *x) {
  if (lf->n_pts < 4 || lf->label_fixed || ir->n_elements > 2000)
    return;
  static const double at[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
  uint32_t nseg = (lf->n_pts - 1) / 3;
  double total = 0;
  for (uint32_t k = 0; k < nseg; k++)
    total += hypot(lf->pts[3 * k + 3].x - lf->pts[3 * k].x,
                   lf->pts[3 * k + 3].y - lf->pts[3 * k].y);
  for (size_t t = 0; t < sizeof at / sizeof *at; t++) {
    double want = total * at[t], run = 0;
    tmc_point p = lf->label;
    for (uint32_t k = 0; k < nseg; k++) {
      tmc_point a = lf->pts[3 * k], c = lf->pts[3 * k + 3];
      double l = hypot(c.x - a.x, c.y - a.y);
      if (run + l >= want && l > 0) {
        double f = (want - run) / l;
        p = (tmc_point){a.x + f * (c.x - a.x), a.y + f * (c.y - a.y)};
        break;
      }
      run += l;
    }
    tmc_rect r = {p.x - x->w / 2, p.y - x->h / 2, x->w, x->h};
    bool clear = true;
    for (uint32_t e = 0; e < ir->n_elements && clear; e++)
      clear = !overlaps(r, L->el[e]);
    if (clear) {
      lf->label = p;
      return;
    }
  }
}

/* A flow's label block, drawn after the elements so no box hides it (the
 * author's draw.io lines can pass over other elements). */
static void draw_flow_label(builder *b, const tmc_layout *L, uint32_t i, const tally *t,
                            const flinfo *x, const char *id, const char *tip) {
  const tmc_layout_flow *lf = &L->fl[i];
  if (lf->has_label && !L->simplified && x->w > 0) {
    begin(b, tmc_arena_printf(b->a, "%s-label", id),
          tmc_arena_printf(b->a, "flow-label %s", look[t->st].cls), tip, NULL);
    anchor_last(b, b->view->fl_anchor[i]);
    /* An author-placed label has its text where draw.io shows it and the
     * badge on the side away from the line; otherwise the whole block (text
     * over badge) is centred on the line. */
    bool fixed = lf->label_fixed && x->lab.n, badge_up = fixed && lf->label_above;
    double top = fixed ? lf->label.y - (x->lab.n * FL_LINE + 3) / 2
                       : lf->label.y - x->h / 2,
           cx = lf->label.x;
    if (x->lab.n) {
      tmc_scene_item *bg = path(b, 0xFFFFFF, TMC_SCENE_NOCOLOR, 0);
      bg->opacity = 0.85;
      rrect_ops(
          b, (tmc_rect){cx - x->lab.w / 2 - 3, top, x->lab.w + 6, x->lab.n * FL_LINE + 3},
          3);
      path_end(b, bg);
    }
    double y = top + FL_FONT;
    for (uint32_t k = 0; k < x->lab.n; k++, y += FL_LINE)
      text(b, cx, y, FL_FONT, false, 0, C_TEXT, x->lab.v[k]);
    if (x->g.on)
      draw_badge(b, &x->g, t->st, cx + x->g.tw / 2,
                 badge_up ? top - 2 - BADGE_H / 2
                          : top + x->lab.n * FL_LINE + 2 + BADGE_H / 2,
                 badge_link(b, t), tmc_arena_printf(b->a, "%s-badge", id),
                 b->view->fl_shown[i] ? b->view->fl_anchor[i] : NULL);
    end(b);
  }
}

static void draw_boundary(builder *b, const tmc_layout *L, uint32_t i, const char *id) {
  const tmc_boundary *x = &b->ir->boundaries[i];
  tmc_buf t = TMC_BUF_INIT;
  tmc_buf_printf(&t, "Trust boundary: %s\ntrust %d", x->label, x->trust);
  if (x->trust_reason && *x->trust_reason)
    tmc_buf_printf(&t, " (%s)", x->trust_reason);
  const char *cls = tmc_arena_printf(b->a, "boundary trust-%d form-%s", x->trust,
                                     tmc_boundary_form_name(x->form));
  begin(b, id, cls, detach(b, &t), NULL);
  anchor_last(b, b->view->bd_anchor[i]);
  tmc_point at = {0, 0};
  bool have = false;
  if (L->bd_on[i]) {
    tmc_rect r = L->bd[i];
    tmc_scene_item *p = path(b, x->depth % 2 ? 0xFBEEEE : 0xFDF6F6, C_BOUNDARY, 1.6);
    p->dash = 6;
    rrect_ops(b, r, 6);
    path_end(b, p);
    at = P(r.x + 8, r.y + 16);
    have = true;
  }
  if (L->bd_pts[i] && x->n_pts >= 2) {
    tmc_scene_item *p = path(b, TMC_SCENE_NOCOLOR, C_BOUNDARY, 2);
    p->dash = 6;
    M(b, L->bd_pts[i][0].x, L->bd_pts[i][0].y);
    for (uint32_t k = 1; k < x->n_pts; k++)
      L_(b, L->bd_pts[i][k].x, L->bd_pts[i][k].y);
    path_end(b, p);
    if (!have)
      at = P(L->bd_pts[i][0].x + 4, L->bd_pts[i][0].y - 6);
    have = true;
  }
  if (have && x->label && *x->label) {
    lines l;
    double maxw = L->bd_on[i] ? fmax(L->bd[i].w - 16, 30) : 240;
    wrap(&l, b->a, x->label, BD_FONT, true, maxw, 1);
    if (l.n)
      text(b, at.x, at.y, BD_FONT, true, -1, C_BOUNDARY, l.v[0]);
  }
  end(b);
}

/* ---- title block, legend, references ---------------------------------------- */

static double swatch_entry(builder *b, double x, double y, state st, const char *label) {
  tmc_scene_item *p = path(b, look[st].fill, look[st].stroke, look[st].width);
  rrect_ops(b, (tmc_rect){x, y - 10, 22, 13}, 3);
  path_end(b, p);
  text(b, x + 27, y, 11, false, -1, C_TEXT, label);
  return 27 + tmc_scene_text_width(label, 11, false) + 16;
}

/* Lays legend entries left to right, wrapping at width; returns the height. */
typedef struct flowpos {
  double x, y, x0, width, line_h;
} flowpos;

static void next_slot(flowpos *fp, double need) {
  if (fp->x > fp->x0 && fp->x + need > fp->width) {
    fp->x = fp->x0;
    fp->y += fp->line_h;
  }
}

static double legend(builder *b, double y0, double width, uint32_t n_paths) {
  double x0 = 16, inner = width - 32;
  /* The panel goes first (underneath); its outline is added once the
   * height is known. Held by index: the item array moves as it grows. */
  uint32_t panel = b->s->n_items;
  path_end(b, path(b, C_PANEL, C_PANEL_LINE, 1));
  begin(b, "tmc-legend", "legend", NULL, NULL);
  flowpos fp = {x0 + 10, y0 + 20, x0 + 10, x0 + inner - 10, 24};
  text(b, fp.x, fp.y, 12, true, -1, C_TEXT, "Colour: worst open finding");
  fp.x += tmc_scene_text_width("Colour: worst open finding", 12, true) + 16;
  for (int st = 0; st < ST_COUNT; st++) {
    double need = 27 + tmc_scene_text_width(look[st].legend, 11, false) + 16;
    next_slot(&fp, need);
    fp.x += swatch_entry(b, fp.x, fp.y, (state)st, look[st].legend);
  }

  /* Badge. */
  badge g = {"3 \xC2\xB7 STI \xC2\xB7 AI", 0, true, "1", 0, 0};
  g.w = tmc_scene_text_width(g.text, BADGE_FONT, true) + 12;
  g.num_w = fmax(BADGE_H, tmc_scene_text_width(g.num, BADGE_FONT, true) + 8);
  g.tw = g.w + g.num_w + 2;
  const char *bt =
      "badge: number in the findings list \xC2\xB7 open findings \xC2\xB7 STRIDE "
      "letters \xC2\xB7 AI = AI/ML threat (ATLAS, OWASP LLM/ML)";
  next_slot(&fp, g.tw + 6 + tmc_scene_text_width(bt, 11, false) + 16);
  draw_badge(b, &g, ST_HIGH, fp.x + g.tw, fp.y - 4, NULL, NULL, NULL);
  text(b, fp.x + g.tw + 6, fp.y, 11, false, -1, C_TEXT, bt);
  fp.x += g.tw + 6 + tmc_scene_text_width(bt, 11, false) + 16;
  const char *ct = "\xE2\x9C\x93 n: findings all mitigated or accepted";
  next_slot(&fp, tmc_scene_text_width(ct, 11, false) + 16);
  text(b, fp.x, fp.y, 11, false, -1, C_TEXT, ct);
  fp.x += tmc_scene_text_width(ct, 11, false) + 16;

  /* Flow, crossing flow, boundary, path. */
  next_slot(&fp, 42 + tmc_scene_text_width("data flow", 11, false) + 16);
  double sx = fp.x, sy = fp.y - 4;
  tmc_scene_item *p = path(b, TMC_SCENE_NOCOLOR, look[ST_NONE].stroke, 1.6);
  M(b, sx, sy);
  L_(b, sx + 26, sy);
  path_end(b, p);
  arrow(b, P(sx + 26, sy), P(sx + 36, sy), look[ST_NONE].stroke);
  text(b, sx + 42, fp.y, 11, false, -1, C_TEXT, "data flow");
  fp.x += 42 + tmc_scene_text_width("data flow", 11, false) + 16;

  const char *xt = "flow crossing a trust boundary";
  next_slot(&fp, 42 + tmc_scene_text_width(xt, 11, false) + 16);
  sx = fp.x, sy = fp.y - 4;
  p = path(b, TMC_SCENE_NOCOLOR, look[ST_NONE].stroke, 5.2);
  M(b, sx, sy);
  L_(b, sx + 26, sy);
  path_end(b, p);
  p = path(b, TMC_SCENE_NOCOLOR, 0xFFFFFF, 1.8);
  M(b, sx, sy);
  L_(b, sx + 26, sy);
  path_end(b, p);
  arrow(b, P(sx + 26, sy), P(sx + 36, sy), look[ST_NONE].stroke);
  text(b, sx + 42, fp.y, 11, false, -1, C_TEXT, xt);
  fp.x += 42 + tmc_scene_text_width(xt, 11, false) + 16;

  const char *tt = "trust boundary";
  next_slot(&fp, 30 + tmc_scene_text_width(tt, 11, false) + 16);
  p = path(b, 0xFDF6F6, C_BOUNDARY, 1.6);
  p->dash = 6;
  rrect_ops(b, (tmc_rect){fp.x, fp.y - 11, 24, 14}, 3);
  path_end(b, p);
  text(b, fp.x + 30, fp.y, 11, false, -1, C_TEXT, tt);
  fp.x += 30 + tmc_scene_text_width(tt, 11, false) + 16;

  const char *pt = n_paths ? "top attack path, hops numbered from the entry point"
                           : "attack path (none found)";
  next_slot(&fp, 60 + tmc_scene_text_width(pt, 11, false) + 16);
  sx = fp.x, sy = fp.y - 4;
  p = path(b, TMC_SCENE_NOCOLOR, C_PATH, 10);
  p->opacity = 0.35;
  M(b, sx, sy);
  L_(b, sx + 34, sy);
  path_end(b, p);
  p = path(b, C_PATH, 0xFFFFFF, 1.2);
  ellipse_ops(b, sx + 46, sy, HOP_R, HOP_R);
  path_end(b, p);
  text(b, sx + 46, sy + 3.8, 11, true, 0, 0xFFFFFF, "1");
  text(b, sx + 60, fp.y, 11, false, -1, C_TEXT, pt);
  fp.x += 60 + tmc_scene_text_width(pt, 11, false) + 16;

  const char *ht = "Open the SVG in a browser: hover for findings, click a badge for its "
                   "section of the report (or its ATLAS/CWE page). The findings are "
                   "listed below the picture by badge number.";
  fp.x = fp.x0;
  fp.y += fp.line_h;
  text(b, fp.x, fp.y, 10, false, -1, C_MUTED, ht);
  end(b);
  double h = fp.y + 12 - y0;
  /* The panel behind, now that its height is known. */
  uint32_t o0 = b->s->n_ops;
  rrect_ops(b, (tmc_rect){x0, y0, inner, h}, 6);
  b->s->items[panel].op0 = o0;
  b->s->items[panel].n_ops = b->s->n_ops - o0;
  return h;
}

/* Orders ids as a reader counts: runs of digits by their value, so CWE-20
 * comes before CWE-1426 and CAPEC-16 before CAPEC-122; other bytes as strcmp.
 * Equal only for equal strings (leading zeros break ties bytewise). */
static int cmp_id(const char *a, const char *b) {
  const char *a0 = a, *b0 = b;
  while (*a && *b) {
    if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
      while (*a == '0')
        a++;
      while (*b == '0')
        b++;
      size_t la = 0, lb = 0;
      while (isdigit((unsigned char)a[la]))
        la++;
      while (isdigit((unsigned char)b[lb]))
        lb++;
      if (la != lb)
        return la < lb ? -1 : 1;
      int c = memcmp(a, b, la);
      if (c)
        return c;
      a += la, b += lb;
      continue;
    }
    if (*a != *b)
      return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
    a++, b++;
  }
  if (*a || *b)
    return *a ? 1 : -1;
  return strcmp(a0, b0);
}

static int cmp_str(const void *x, const void *y) {
  return cmp_id(*(const char *const *)x, *(const char *const *)y);
}

/* Every distinct linkable ATLAS/CWE/CAPEC id the findings cite, as links. */
static double references(builder *b, double y0, double width) {
  const tmc_ir *ir = b->ir;
  const char **ids = NULL;
  uint32_t n = 0, cap = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const tmc_strlist *lists[] = {&f->atlas, &f->cwe, &f->capec};
    for (int l = 0; l < 3; l++)
      for (uint32_t k = 0; k < lists[l]->n; k++)
        *TMC_PUSH(ids, n, cap) = lists[l]->v[k];
  }
  if (!n) {
    free(ids);
    return 0;
  }
  qsort(ids, n, sizeof *ids, cmp_str);
  begin(b, "tmc-references", "references", NULL, NULL);
  flowpos fp = {16, y0 + 14, 16, width - 16, 17};
  const char *head = "Knowledge base:";
  text(b, fp.x, fp.y, 11, true, -1, C_TEXT, head);
  fp.x += tmc_scene_text_width(head, 11, true) + 8;
  uint32_t shown = 0, distinct = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (i > 0 && strcmp(ids[i], ids[i - 1]) == 0)
      continue;
    distinct++;
    const char *u = ref_url(b, ids[i]);
    if (!u || shown >= MAX_REFS)
      continue;
    const char *label = ids[i];
    const tmc_technique *tq =
        b->ctx && b->ctx->catalog ? tmc_catalog_technique(b->ctx->catalog, ids[i]) : NULL;
    if (tq && tq->name)
      label = tmc_arena_printf(b->a, "%s %s", ids[i], tq->name);
    double w = tmc_scene_text_width(label, 11, false);
    next_slot(&fp, w + 12);
    begin(b, NULL, "ref", label, u);
    text(b, fp.x, fp.y, 11, false, -1, C_LINK, label);
    end(b);
    fp.x += w + 12;
    shown++;
  }
  if (distinct > shown && shown >= MAX_REFS) {
    const char *more = tmc_arena_printf(b->a, "and %u more", distinct - shown);
    next_slot(&fp, 80);
    text(b, fp.x, fp.y, 11, false, -1, C_MUTED, more);
  }
  end(b);
  free(ids);
  return fp.y + 8 - y0;
}

/* ---- the findings list ------------------------------------------------------ */

/* Badge numbers: targets (elements and flows) with open findings, numbered
 * in the order their first finding comes in the report model's risk order,
 * so number 1 carries the highest-risk finding and a cut list keeps the
 * most important. Returns how many were numbered; by_num[k - 1] is the
 * tally index (element i, flow ne + i) of number k. */
static uint32_t number_targets(const tmc_ir *ir, const tmc_report_view *v, tally *t,
                               uint32_t *by_num) {
  uint32_t ne = ir->n_elements, nf = ir->n_flows, n = 0;
  for (uint32_t j = 0; j < v->n_open; j++) {
    const tmc_finding *f = &ir->findings[v->risk_order[j]];
    uint32_t k = TMC_NONE;
    if (f->target_kind == TMC_TARGET_ELEMENT && f->target < ne)
      k = f->target;
    else if (f->target_kind == TMC_TARGET_FLOW && f->target < nf)
      k = ne + f->target;
    if (k == TMC_NONE || t[k].num)
      continue;
    t[k].num = ++n;
    by_num[n - 1] = k;
  }
  return n;
}

/* The numbered open findings under the picture, grouped by badge number,
 * each target's in risk order (at most TMC_REPORT_PER_TARGET), at most
 * MAX_LIST lines in all: number, severity, title, target, ATLAS/OWASP ids.
 * Lines are LIST_LINE apart from s->list_top, so the PDF can page between
 * them. Returns the height. */
static double findings_list(builder *b, double y0, double width, const tally *t,
                            const uint32_t *by_num, uint32_t n_num) {
  const tmc_ir *ir = b->ir;
  uint32_t ne = ir->n_elements, total = 0, closed = 0, listed = 0;
  for (uint32_t k = 0; k < ne + ir->n_flows; k++)
    total += t[k].open, closed += t[k].mitigated + t[k].accepted;
  if (!total && !closed)
    return 0;
  b->s->list_top = y0;
  b->s->list_line = LIST_LINE;
  b->s->list_item = b->s->n_items;
  begin(b, "tmc-findings", "findings-list", NULL, NULL);
  double y = y0 + LIST_LINE - 4;
  text(b, 16, y, 12, true, -1, C_TEXT,
       total ? "Open findings by badge number (severity, title, target, ATLAS/OWASP)"
             : "No open findings");
  y += LIST_LINE;
  uint32_t lines_n = 0;
  for (uint32_t q = 0; q < n_num && lines_n < MAX_LIST; q++) {
    const tally *x = &t[by_num[q]];
    const char *target =
        by_num[q] < ne ? b->view->el_head[by_num[q]] : b->view->fl_head[by_num[q] - ne];
    uint32_t shown = 0;
    for (uint32_t k = 0; k < x->n && shown < TMC_REPORT_PER_TARGET && lines_n < MAX_LIST;
         k++) {
      const tmc_finding *f = &ir->findings[x->f[k]];
      if (f->status != TMC_STATUS_OPEN)
        continue;
      tmc_buf l = TMC_BUF_INIT;
      tmc_buf_puts(&l, f->title ? f->title : "");
      tmc_buf_puts(&l, " \xE2\x80\x94 ");
      tmc_buf_puts(&l, target);
      const tmc_strlist *ids[] = {&f->atlas, &f->owasp};
      bool first = true;
      for (int li = 0; li < 2; li++)
        for (uint32_t i = 0; i < ids[li]->n && i < 3; i++) {
          tmc_buf_puts(&l, first ? " \xC2\xB7 " : ", ");
          tmc_buf_puts(&l, ids[li]->v[i]);
          first = false;
        }
      begin(b, tmc_arena_printf(b->a, "finding-%u-%u", x->num, shown + 1),
            "finding-entry", NULL, NULL);
      text(b, 16, y, 11, true, -1, C_TEXT, tmc_arena_printf(b->a, "%u", x->num));
      state st = f->severity >= TMC_SEV_CRITICAL ? ST_CRITICAL
                 : f->severity == TMC_SEV_HIGH   ? ST_HIGH
                 : f->severity == TMC_SEV_MEDIUM ? ST_MEDIUM
                                                 : ST_LOW;
      text(b, 48, y, 11, true, -1, look[st].stroke, tmc_severity_name(f->severity));
      lines w;
      wrap(&w, b->a, detach(b, &l), 11, false, fmax(width - 130, 100), 1);
      if (w.n)
        text(b, 112, y, 11, false, -1, C_TEXT, w.v[0]);
      end(b);
      y += LIST_LINE;
      shown++, lines_n++, listed++;
    }
  }
  if (listed < total || closed) {
    tmc_buf m = TMC_BUF_INIT;
    if (listed < total)
      tmc_buf_printf(&m, "and %u more open finding%s, see the report", total - listed,
                     total - listed == 1 ? "" : "s");
    if (closed)
      tmc_buf_printf(&m, "%s%u mitigated or accepted finding%s in the report",
                     listed < total ? "; " : "", closed, closed == 1 ? "" : "s");
    text(b, 16, y, 11, false, -1, C_MUTED, detach(b, &m));
    y += LIST_LINE;
  }
  end(b);
  return y - y0;
}

/* ---- the whole picture ------------------------------------------------------ */

int tmc_scene_build(tmc_scene **out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d) {
  tmc_scene *s = tmc_xcalloc(1, sizeof *s);
  s->arena = tmc_arena_new();
  builder bb = {s, ir, ctx, NULL, s->arena}, *b = &bb;
  tmc_arena *a = s->arena;
  uint32_t ne = ir->n_elements, nf = ir->n_flows, nb = ir->n_boundaries;
  s->title = tmc_arena_printf(a, "Threat model: %s", tmc_report_title(ir, a));

  tmc_report_view *own_view = NULL;
  const tmc_report_view *view = tmc_report_view_get(ir, ctx, &own_view);
  b->view = view;
  tally *t = tally_all(ir, view, a);
  uint32_t *by_num = tmc_arena_alloc(a, sizeof(uint32_t) * (ne + nf + 1));
  uint32_t n_num = number_targets(ir, view, t, by_num);
  tally *tf = t + ne, *tp = t + ne + nf;

  /* Sizes from the text model, then the layout. */
  elinfo *ei = tmc_arena_alloc(a, sizeof(elinfo) * (ne + 1));
  flinfo *fi = tmc_arena_alloc(a, sizeof(flinfo) * (nf + 1));
  double *el_w = tmc_arena_alloc(a, sizeof(double) * (2 * ne + 2 * nf + 2 * nb + 1));
  double *el_h = el_w + ne, *fl_w = el_h + ne, *fl_h = fl_w + nf, *bd_w = fl_h + nf,
         *bd_h = bd_w + nb;
  for (uint32_t i = 0; i < ne; i++) {
    measure_element(b, i, &t[i], &ei[i]);
    el_w[i] = ei[i].w + 2 * INSET;
    el_h[i] = ei[i].h + INSET;
  }
  for (uint32_t i = 0; i < nf; i++) {
    measure_flow(b, i, &tf[i], &fi[i]);
    fl_w[i] = fi[i].w;
    fl_h[i] = fi[i].h;
  }
  for (uint32_t i = 0; i < nb; i++) {
    lines l;
    wrap(&l, a, ir->boundaries[i].label, BD_FONT, true, 400, 1);
    bd_w[i] = l.w + 16;
    bd_h[i] = BD_LABEL_H;
  }
  tmc_layout_in in = {
      el_w, el_h, fl_w, fl_h, bd_w, bd_h, ctx && ctx->layout ? ctx->layout : "dot", 0};
  tmc_layout L;
  tmc_layout_compute(&L, ir, &in, a, d);

  /* Ids. */
  idset set = {NULL, 16};
  while (set.cap < 2 * (ne + nf + nb) + 16)
    set.cap *= 2;
  set.v = tmc_arena_alloc(a, sizeof(char *) * set.cap);
  idset_add(&set, "tmc-legend");
  idset_add(&set, "tmc-references");
  const char **el_id = tmc_arena_alloc(a, sizeof(char *) * (ne + nf + nb + 1));
  const char **fl_id = el_id + ne, **bd_id = fl_id + nf;
  for (uint32_t i = 0; i < nb; i++)
    bd_id[i] = make_id(b, &set, "bd-", ir->boundaries[i].id);
  for (uint32_t i = 0; i < ne; i++)
    el_id[i] =
        make_id(b, &set, "el-",
                ir->elements[i].qname ? ir->elements[i].qname : ir->elements[i].id);
  for (uint32_t i = 0; i < nf; i++)
    fl_id[i] = make_id(b, &set, "fl-", ir->flows[i].id);

  /* Paths to highlight; what lies on them. */
  uint32_t paths[MAX_PATHS];
  uint32_t n_paths = top_paths(ir, view, paths);
  bool *el_on = tmc_arena_alloc(a, ne + nf + 1), *fl_on = el_on + ne;
  for (uint32_t k = 0; k < n_paths; k++) {
    const tmc_path *p = &ir->paths[paths[k]];
    for (uint32_t h = 0; h < p->n_hops; h++) {
      if (p->hops[h].element < ne)
        el_on[p->hops[h].element] = true;
      if (p->hops[h].flow < nf)
        fl_on[p->hops[h].flow] = true;
    }
  }

  /* Canvas: title block, diagram, legend, references. */
  uint32_t counts[TMC_SEV_CRITICAL + 1] = {0};
  for (uint32_t i = 0; i < ir->n_findings; i++)
    if (ir->findings[i].status == TMC_STATUS_OPEN)
      counts[ir->findings[i].severity]++;
  const char *tline = s->title;
  const char *sline =
      tmc_arena_printf(a,
                       "Open findings: %u critical, %u high, %u medium, %u low \xC2\xB7 "
                       "%u attack path%s%s",
                       counts[TMC_SEV_CRITICAL], counts[TMC_SEV_HIGH],
                       counts[TMC_SEV_MEDIUM], counts[TMC_SEV_LOW] + counts[TMC_SEV_NONE],
                       ir->n_paths, ir->n_paths == 1 ? "" : "s",
                       !L.simplified ? ""
                       : L.gv_failed ? " \xC2\xB7 simplified layout (graphviz failed)"
                                     : " \xC2\xB7 simplified layout (large diagram)");
  const char *vline = "tmc " TMC_VERSION;
  lines tl;
  wrap(&tl, a, tline, 18, true, 1400, 1);
  double width = fmax(L.w, fmax(tl.w, tmc_scene_text_width(sline, 12, false)) +
                               tmc_scene_text_width(vline, 11, false) + 60);
  width = ceil(fmax(width, 760));
  double dx = floor((width - L.w) / 2), dy = TITLE_H;

  /* Title block. */
  begin(b, "tmc-title", "title-block", NULL, NULL);
  tmc_scene_item *tb = path(b, C_PANEL, C_PANEL_LINE, 1);
  rrect_ops(b, (tmc_rect){8, 8, width - 16, TITLE_H - 14}, 6);
  path_end(b, tb);
  text(b, 20, 32, 18, true, -1, C_TEXT, tl.n ? tl.v[0] : "");
  text(b, 20, 50, 12, false, -1, C_MUTED, sline);
  text(b, width - 20, 32, 11, false, 1, C_MUTED, vline);
  end(b);

  if (!L.reserved)
    for (uint32_t i = 0; i < nf; i++)
      if (L.fl[i].has_label && fi[i].w > 0)
        place_label(ir, &L, &L.fl[i], &fi[i]);
  if (L.reserved)
    for (uint32_t i = 0; i < nf; i++) {
      tmc_layout_flow *lf = &L.fl[i];
      if (lf->n_pts < 4)
        continue;
      if (lf->head)
        snap_end(&lf->head_tip, &lf->pts[lf->n_pts - 1], &lf->pts[lf->n_pts - 2],
                 shape_of(&L, ir->flows[i].dst));
      if (lf->tail)
        snap_end(&lf->tail_tip, &lf->pts[0], &lf->pts[1], shape_of(&L, ir->flows[i].src));
    }

  /* The diagram, shifted under the title block. */
  for (uint32_t i = 0; i < ne; i++)
    L.el[i].x += dx, L.el[i].y += dy;
  for (uint32_t i = 0; i < nb; i++) {
    L.bd[i].x += dx, L.bd[i].y += dy;
    for (uint32_t k = 0; L.bd_pts[i] && k < ir->boundaries[i].n_pts; k++)
      L.bd_pts[i][k].x += dx, L.bd_pts[i][k].y += dy;
  }
  for (uint32_t i = 0; i < nf; i++) {
    tmc_layout_flow *lf = &L.fl[i];
    for (uint32_t k = 0; k < lf->n_pts; k++)
      lf->pts[k].x += dx, lf->pts[k].y += dy;
    lf->head_tip.x += dx, lf->head_tip.y += dy;
    lf->tail_tip.x += dx, lf->tail_tip.y += dy;
    lf->label.x += dx, lf->label.y += dy;
  }
  begin(b, "tmc-diagram", "diagram", NULL, NULL);
  if (L.page_headers)
    for (uint32_t p = 0; p < ir->n_pages; p++) {
      tmc_rect r = L.page[p];
      r.x += dx, r.y += dy;
      begin(b, tmc_arena_printf(a, "page-%u", p + 1), "page", NULL, NULL);
      tmc_scene_item *pb = path(b, TMC_SCENE_NOCOLOR, C_PANEL_LINE, 1);
      rrect_ops(b, r, 4);
      path_end(b, pb);
      lines pl;
      wrap(&pl, a, tmc_arena_printf(a, "Page %u: %s", p + 1, ir->pages[p].name), 13, true,
           fmax(r.w - 16, 40), 1);
      if (pl.n)
        text(b, r.x + 8, r.y + 19, 13, true, -1, C_MUTED, pl.v[0]);
      end(b);
    }
  /* Boundaries, shallowest first so nested ones draw on top. */
  uint32_t maxd = 0;
  for (uint32_t i = 0; i < nb; i++)
    maxd = ir->boundaries[i].depth > maxd ? ir->boundaries[i].depth : maxd;
  if (maxd > nb)
    maxd = nb;
  uint32_t *cnt = tmc_arena_alloc(a, sizeof(uint32_t) * (maxd + 2));
  uint32_t *ord = tmc_arena_alloc(a, sizeof(uint32_t) * (nb + 1));
  for (uint32_t i = 0; i < nb; i++)
    cnt[(ir->boundaries[i].depth > maxd ? maxd : ir->boundaries[i].depth) + 1]++;
  for (uint32_t k = 1; k <= maxd + 1; k++)
    cnt[k] += cnt[k - 1];
  for (uint32_t i = 0; i < nb; i++)
    ord[cnt[ir->boundaries[i].depth > maxd ? maxd : ir->boundaries[i].depth]++] = i;
  for (uint32_t k = 0; k < nb; k++)
    draw_boundary(b, &L, ord[k], bd_id[ord[k]]);

  /* Attack path overlays, under the flows. */
  for (uint32_t k = n_paths; k-- > 0;) {
    const tmc_path *p = &ir->paths[paths[k]];
    tmc_buf tip = TMC_BUF_INIT;
    tmc_buf_printf(&tip, "Attack path %u (%s, score %d)",
                   tmc_report_path_number(view, paths[k]), tmc_severity_name(p->severity),
                   p->score);
    if (p->chain || p->goal) {
      tmc_buf_puts(&tip, ": ");
      tmc_report_path_goal(&tip, p);
    }
    for (uint32_t h = 0; h < p->n_hops; h++) {
      const tmc_hop *hop = &p->hops[h];
      if (hop->element >= ne)
        continue;
      tmc_buf_printf(&tip, "\n%u. %s", h + 1,
                     tmc_element_name(&ir->elements[hop->element]));
      if (hop->weakness && *hop->weakness)
        tmc_buf_printf(&tip, " - %s", hop->weakness);
      /* The kill-chain step, as Markdown and SARIF give it (#16). */
      if (hop->technique && *hop->technique)
        tmc_buf_printf(&tip, "%s[%s%s%s%s%s]",
                       hop->weakness && *hop->weakness ? " " : " - ",
                       hop->tactic ? hop->tactic : "", hop->tactic ? ": " : "",
                       hop->technique, hop->technique_name ? " " : "",
                       hop->technique_name ? hop->technique_name : "");
      for (uint32_t xi = 0;
           xi < TMC_HOP_ALSO && hop->also[xi].technique && *hop->also[xi].technique;
           xi++) { /* further techniques at the same hop */
        const tmc_hop_also *x = &hop->also[xi];
        tmc_buf_printf(&tip, " [%s%s%s%s%s]", x->tactic ? x->tactic : "",
                       x->tactic ? ": " : "", x->technique, x->name ? " " : "",
                       x->name ? x->name : "");
      }
    }
    put_findings(&tip, ir, &tp[paths[k]]);
    begin(b, tmc_arena_printf(a, "path-%u", k + 1),
          tmc_arena_printf(a, "attack-path path-rank-%u", k + 1), detach(b, &tip), NULL);
    anchor_last(b, view->path_anchor[paths[k]]);
    for (uint32_t h = 0; h < p->n_hops; h++) {
      uint32_t fl = p->hops[h].flow;
      if (fl >= nf || L.fl[fl].n_pts < 4)
        continue;
      tmc_scene_item *o = path(b, TMC_SCENE_NOCOLOR, C_PATH, k == 0 ? 11 : 8);
      o->opacity = k == 0 ? 0.35 : 0.2;
      curve_ops(b, &L.fl[fl]);
      if (L.fl[fl].head)
        L_(b, L.fl[fl].head_tip.x, L.fl[fl].head_tip.y);
      path_end(b, o);
    }
    end(b);
  }

  const char **fl_tip = tmc_arena_alloc(a, sizeof(char *) * (nf + 1));
  for (uint32_t i = 0; i < nf; i++) {
    fl_tip[i] = flow_tip(b, i, &tf[i]);
    draw_flow(b, &L, i, &tf[i], &fi[i], fl_id[i], fl_on[i], fl_tip[i]);
  }
  for (uint32_t i = 0; i < ne; i++)
    draw_element(b, &L, i, &t[i], &ei[i], el_id[i], el_on[i]);
  for (uint32_t i = 0; i < nf; i++)
    draw_flow_label(b, &L, i, &tf[i], &fi[i], fl_id[i], fl_tip[i]);

  /* Hop numbers of the top path, on top of everything. */
  if (n_paths) {
    const tmc_path *p = &ir->paths[paths[0]];
    /* Several hops on one element share one label ("1,4"). */
    const char **nums = tmc_arena_alloc(a, sizeof(char *) * (ne + 1));
    for (uint32_t h = 0; h < p->n_hops; h++) {
      uint32_t e = p->hops[h].element;
      if (e >= ne)
        continue;
      nums[e] = nums[e] ? tmc_arena_printf(a, "%s,%u", nums[e], h + 1)
                        : tmc_arena_printf(a, "%u", h + 1);
    }
    begin(b, "path-1-hops", "attack-path-hops", NULL, NULL);
    for (uint32_t h = 0; h < p->n_hops; h++) {
      uint32_t e = p->hops[h].element;
      if (e >= ne || !nums[e])
        continue;
      tmc_rect r = shape_of(&L, e);
      double w = fmax(2 * HOP_R, tmc_scene_text_width(nums[e], 11, true) + 8);
      tmc_scene_item *c = path(b, C_PATH, 0xFFFFFF, 1.5);
      rrect_ops(b, (tmc_rect){r.x - w / 2, r.y - HOP_R, w, 2 * HOP_R}, HOP_R);
      path_end(b, c);
      text(b, r.x, r.y + 3.9, 11, true, 0, 0xFFFFFF, nums[e]);
      nums[e] = NULL;
    }
    end(b);
  }
  end(b); /* diagram */

  double y = dy + L.h + 6;
  y += legend(b, y, width, n_paths) + 10;
  double rh = references(b, y, width);
  if (rh > 0)
    y += rh + 6;
  y += findings_list(b, y, width, t, by_num, n_num);
  s->w = width;
  s->h = ceil(y + 4);
  s->own_view = own_view;
  *out = s;
  return 0;
}

void tmc_scene_free(tmc_scene *s) {
  if (!s)
    return;
  free(s->items);
  free(s->ops);
  tmc_report_view_free(s->own_view);
  tmc_arena_free(s->arena);
  free(s);
}

/* ---- one scene per run ------------------------------------------------------ */

static bool same_str(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

int tmc_scene_get(const tmc_scene **out, tmc_scene **owned, const tmc_ir *ir,
                  const tmc_report_ctx *ctx, tmc_diags *d) {
  *out = NULL;
  *owned = NULL;
  tmc_scene_cache *c = ctx ? ctx->scenes : NULL;
  if (c && c->scene && c->ir == ir && c->catalog == ctx->catalog &&
      same_str(c->layout, ctx->layout)) {
    *out = c->scene;
    return 0;
  }
  tmc_scene *s = NULL;
  if (tmc_scene_build(&s, ir, ctx, d) < 0)
    return -1;
  if (!c) {
    *out = *owned = s;
    return 0;
  }
  tmc_scene_cache_clear(c);
  c->ir = ir;
  c->catalog = ctx->catalog;
  c->layout = ctx->layout ? tmc_xstrdup(ctx->layout) : NULL;
  c->scene = s;
  *out = s;
  return 0;
}

void tmc_scene_cache_clear(tmc_scene_cache *c) {
  if (!c)
    return;
  tmc_scene_free(c->scene);
  free((char *)c->layout);
  memset(c, 0, sizeof *c);
}
