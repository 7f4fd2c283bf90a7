/* raster.c - the annotated diagram as PNG and PDF, drawn with cairo from the
 * same scene (scene.h) the SVG back end writes, so the three cannot disagree.
 *
 * The one idea: the scene was sized with a fixed text model, and the fonts
 * cairo finds may be wider; each line of text is squeezed horizontally to the
 * width the model gave it, so no label ever spills out of its box. Output
 * goes straight into the tmc_buf through cairo's stream API; the PDF carries
 * no dates, so the bytes are the same from run to run on one machine (the
 * embedded font subsets depend on the fonts installed). */
#include <cairo-pdf.h>
#include <cairo.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "backends/scene.h"

/* PNG size limits, pixels per side and in all: encoding is the slow part
 * (zlib, about 70 ms per million pixels), so big diagrams get a smaller PNG. */
#define PNG_SCALE 2.0
#define PNG_MAX_SIDE 8192.0
#define PNG_MAX_PIXELS 16e6
/* A PDF page of the findings list: A4 portrait proportions. */
#define PDF_PAGE_RATIO 1.4142

static cairo_status_t write_buf(void *closure, const unsigned char *data,
                                unsigned int len) {
  tmc_buf *b = closure;
  tmc_buf_put(b, (const char *)data, len);
  return b->overflow ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

static void set_rgba(cairo_t *cr, uint32_t c, double alpha) {
  cairo_set_source_rgba(cr, ((c >> 16) & 0xFF) / 255.0, ((c >> 8) & 0xFF) / 255.0,
                        (c & 0xFF) / 255.0, alpha);
}

static void set_rgb(cairo_t *cr, uint32_t c) {
  set_rgba(cr, c, 1);
}

/* cairo refuses invalid UTF-8 (and then draws nothing more): repair it. */
static char *valid_utf8(const char *s) {
  size_t n = strlen(s);
  char *out = tmc_xmalloc(3 * n + 1), *o = out;
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    unsigned c = p[0], cp, len = 1, min = 0;
    if (c < 0x80) {
      *o++ = (char)c;
      p++;
      continue;
    }
    if ((c & 0xE0) == 0xC0)
      len = 2, cp = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
      len = 3, cp = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0)
      len = 4, cp = c & 0x07, min = 0x10000;
    else
      len = 0, cp = 0;
    bool ok = len > 0;
    for (unsigned i = 1; ok && i < len; i++) {
      if ((p[i] & 0xC0) != 0x80)
        ok = false;
      else
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
      ok = false;
    if (ok) {
      memcpy(o, p, len);
      o += len;
      p += len;
    } else {
      memcpy(o, "\xEF\xBF\xBD", 3);
      o += 3;
      p++;
    }
  }
  *o = 0;
  return out;
}

static void draw_path(cairo_t *cr, const tmc_scene *s, const tmc_scene_item *it) {
  cairo_new_path(cr);
  for (uint32_t k = 0; k < it->n_ops; k++) {
    const tmc_scene_op *o = &s->ops[it->op0 + k];
    switch (o->op) {
    case 'M':
      cairo_move_to(cr, o->p[0].x, o->p[0].y);
      break;
    case 'L':
      cairo_line_to(cr, o->p[0].x, o->p[0].y);
      break;
    case 'C':
      cairo_curve_to(cr, o->p[0].x, o->p[0].y, o->p[1].x, o->p[1].y, o->p[2].x,
                     o->p[2].y);
      break;
    case 'Z':
      cairo_close_path(cr);
      break;
    }
  }
  /* Translucent items are either filled or stroked, never both, so a
   * translucent source equals SVG's group opacity (and costs no group). */
  double alpha = it->opacity < 1 ? it->opacity : 1;
  if (it->fill != TMC_SCENE_NOCOLOR) {
    set_rgba(cr, it->fill, alpha);
    cairo_fill_preserve(cr);
  }
  if (it->stroke != TMC_SCENE_NOCOLOR && it->width > 0) {
    set_rgba(cr, it->stroke, alpha);
    cairo_set_line_width(cr, it->width);
    if (it->dash > 0) {
      double dash[2] = {it->dash, it->dash * 0.7};
      cairo_set_dash(cr, dash, 2, 0);
    } else
      cairo_set_dash(cr, NULL, 0, 0);
    cairo_stroke_preserve(cr);
  }
  cairo_new_path(cr);
}

/* The two faces the scene uses, looked up once (fontconfig is slow). */
typedef struct faces {
  cairo_font_face_t *regular, *bold;
} faces;

static void draw_text(cairo_t *cr, const faces *f, const tmc_scene_item *it) {
  if (!it->text || !*it->text)
    return;
  char *t = valid_utf8(it->text);
  cairo_set_font_face(cr, it->bold ? f->bold : f->regular);
  cairo_set_font_size(cr, it->size);
  cairo_text_extents_t ext;
  cairo_text_extents(cr, t, &ext);
  double w = ext.x_advance, sx = 1;
  if (w > it->model_w && w > 0 && it->model_w > 0) {
    sx = it->model_w / w;
    w = it->model_w;
  }
  double x = it->at.x - (it->anchor == 0 ? w / 2 : it->anchor > 0 ? w : 0);
  cairo_save(cr);
  set_rgb(cr, it->fill);
  cairo_translate(cr, x, it->at.y);
  cairo_scale(cr, sx, 1);
  cairo_move_to(cr, 0, 0);
  cairo_show_text(cr, t);
  cairo_restore(cr);
  free(t);
}

/* Replays items [from, to) of the scene; links become PDF link annotations
 * where the surface supports them (cairo ignores the tags elsewhere). */
static void draw_items(cairo_t *cr, const tmc_scene *s, uint32_t from, uint32_t to) {
  bool *linked = tmc_xcalloc(s->n_items + 1, sizeof(bool));
  uint32_t depth = 0;
  faces f = {cairo_toy_font_face_create("sans-serif", CAIRO_FONT_SLANT_NORMAL,
                                        CAIRO_FONT_WEIGHT_NORMAL),
             cairo_toy_font_face_create("sans-serif", CAIRO_FONT_SLANT_NORMAL,
                                        CAIRO_FONT_WEIGHT_BOLD)};
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  for (uint32_t i = from; i < to; i++) {
    const tmc_scene_item *it = &s->items[i];
    switch (it->kind) {
    case TMC_SCENE_BEGIN:
      linked[depth++] = it->href != NULL;
      if (it->href) {
        char *attr = tmc_xmalloc(strlen(it->href) + 16);
        strcpy(attr, "uri='");
        strcat(attr, it->href); /* checked URL: no quotes or backslashes */
        strcat(attr, "'");
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attr);
        free(attr);
      }
      break;
    case TMC_SCENE_END:
      if (depth && linked[--depth])
        cairo_tag_end(cr, CAIRO_TAG_LINK);
      break;
    case TMC_SCENE_PATH:
      draw_path(cr, s, it);
      break;
    case TMC_SCENE_TEXT:
      draw_text(cr, &f, it);
      break;
    }
  }
  while (depth)
    if (linked[--depth])
      cairo_tag_end(cr, CAIRO_TAG_LINK);
  cairo_font_face_destroy(f.regular);
  cairo_font_face_destroy(f.bold);
  free(linked);
}

static void draw_scene(cairo_t *cr, const tmc_scene *s) {
  draw_items(cr, s, 0, s->n_items);
}

static int cairo_failed(tmc_diags *d, const tmc_ir *ir, const char *what,
                        cairo_status_t st) {
  tmc_error(d, (tmc_loc){ir->file, 0, 0}, "cannot render the %s: %s", what,
            cairo_status_to_string(st));
  return -1;
}

int tmc_backend_png(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d) {
  const tmc_scene *s = NULL;
  tmc_scene *own = NULL;
  if (tmc_scene_get(&s, &own, ir, ctx, d) < 0)
    return -1;
  double scale = PNG_SCALE;
  scale = fmin(scale, PNG_MAX_SIDE / fmax(s->w, s->h));
  scale = fmin(scale, sqrt(PNG_MAX_PIXELS / (s->w * s->h)));
  if (scale < 1)
    tmc_note(
        d, (tmc_loc){ir->file, 0, 0},
        "diagram is large: the PNG is drawn at %.0f%% (the SVG and PDF are full size)",
        scale * 100);
  int w = (int)ceil(s->w * scale), h = (int)ceil(s->h * scale);
  cairo_surface_t *surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create(surf);
  cairo_scale(cr, scale, scale);
  draw_scene(cr, s);
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  if (st == CAIRO_STATUS_SUCCESS)
    st = cairo_surface_write_to_png_stream(surf, write_buf, out);
  cairo_surface_destroy(surf);
  tmc_scene_free(own);
  return st == CAIRO_STATUS_SUCCESS ? 0 : cairo_failed(d, ir, "PNG", st);
}

/* A PDF of a picture with a long findings list (the whole taller than an A4
 * page of its width) is several pages: the picture first, then the list on
 * pages of A4 proportions, broken between its lines; else one page. */
static void draw_pdf_pages(cairo_t *cr, cairo_surface_t *surf, const tmc_scene *s) {
  double top = s->list_top, line = s->list_line;
  double page_h = fmax(s->w * PDF_PAGE_RATIO, 20 * line);
  if (top <= 0 || line <= 0 || s->h <= s->w * PDF_PAGE_RATIO || s->h - top <= line) {
    draw_scene(cr, s);
    return;
  }
  page_h = floor(page_h / line) * line;
  cairo_pdf_surface_set_size(surf, s->w, top);
  draw_items(cr, s, 0, s->list_item);
  cairo_show_page(cr);
  for (double y = top; y < s->h - 1; y += page_h) {
    double h = fmin(page_h, ceil(s->h - y));
    cairo_pdf_surface_set_size(surf, s->w, h);
    cairo_save(cr);
    cairo_rectangle(cr, 0, 0, s->w, h);
    cairo_clip(cr);
    cairo_translate(cr, 0, -y);
    draw_items(cr, s, s->list_item, s->n_items);
    cairo_restore(cr);
    cairo_show_page(cr);
  }
}

int tmc_backend_pdf(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d) {
  const tmc_scene *s = NULL;
  tmc_scene *own = NULL;
  if (tmc_scene_get(&s, &own, ir, ctx, d) < 0)
    return -1;
  cairo_surface_t *surf = cairo_pdf_surface_create_for_stream(write_buf, out, s->w, s->h);
  cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_TITLE, s->title);
  cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR, "tmc " TMC_VERSION);
  /* No dates: the same input gives the same bytes. */
  cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATE_DATE, "");
  cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_MOD_DATE, "");
  cairo_t *cr = cairo_create(surf);
  draw_pdf_pages(cr, surf, s);
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surf);
  if (st == CAIRO_STATUS_SUCCESS)
    st = cairo_surface_status(surf);
  cairo_surface_destroy(surf);
  tmc_scene_free(own);
  return st == CAIRO_STATUS_SUCCESS ? 0 : cairo_failed(d, ir, "PDF", st);
}
