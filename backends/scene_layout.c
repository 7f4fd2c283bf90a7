/* scene_layout.c - where every element, boundary and flow of the picture
 * goes: the author's own geometry for input that has it (draw.io, Threat
 * Dragon: the format's has_geometry, when the file gives positions), graphviz
 * for the rest (DOT, Mermaid, OTM), and a grid of our own for diagrams
 * too big for graphviz (or when graphviz fails).
 *
 * The one idea: graphviz never sees a piece of text. Nodes are fixed-size
 * boxes and edge/cluster labels are fixed-size empty HTML cells, all sized by
 * scene.c from its own text model, so the positions do not depend on the
 * fonts installed (pango measures text otherwise). A fresh Agraph_t is built
 * from the IR in a forked child process, which sends the positions back and
 * exits (gv_run): graphviz 2.43 crashes or hangs on some diagrams, and then
 * only that child dies. Nothing of graphviz leaves this file. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "backends/scene.h"

enum {
  MARGIN = 16,    /* around the whole diagram */
  GRID_GAP = 40,  /* between items of the grid layout */
  GRID_PAD = 14,  /* inside a boundary of the grid layout */
  ARROW = 10,     /* arrowhead length */
  PAGE_HEAD = 30, /* header band of a stacked draw.io page */
  PAGE_GAP = 30,  /* between stacked pages */
};

/* ---- small geometry --------------------------------------------------------- */

static tmc_point centre(tmc_rect r) {
  return (tmc_point){r.x + r.w / 2, r.y + r.h / 2};
}

static bool inside(tmc_rect r, tmc_point p) {
  return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;
}

/* Where the ray from r's centre towards p leaves r; p itself when p is inside. */
static tmc_point clip(tmc_rect r, tmc_point p) {
  tmc_point c = centre(r);
  double dx = p.x - c.x, dy = p.y - c.y;
  if (inside(r, p) || (dx == 0 && dy == 0))
    return p;
  double t = 1;
  if (dx != 0)
    t = fmin(t, (r.w / 2) / fabs(dx));
  if (dy != 0)
    t = fmin(t, (r.h / 2) / fabs(dy));
  return (tmc_point){c.x + t * dx, c.y + t * dy};
}

/* The point `len` back from b towards a (for arrow bases). */
static tmc_point back_off(tmc_point a, tmc_point b, double len) {
  double dx = b.x - a.x, dy = b.y - a.y, l = hypot(dx, dy);
  if (l < len * 1.2)
    return b;
  return (tmc_point){b.x - dx / l * len, b.y - dy / l * len};
}

/* Turns a polyline into the cubic Bézier form of tmc_layout_flow. */
static void polyline_to_bezier(tmc_layout_flow *lf, const tmc_point *p, uint32_t n,
                               tmc_arena *a) {
  lf->pts = tmc_arena_alloc(a, sizeof(tmc_point) * (1 + 3 * (size_t)(n - 1)));
  lf->n_pts = 0;
  lf->pts[lf->n_pts++] = p[0];
  for (uint32_t i = 1; i < n; i++) {
    tmc_point s = p[i - 1], e = p[i];
    lf->pts[lf->n_pts++] = (tmc_point){s.x + (e.x - s.x) / 3, s.y + (e.y - s.y) / 3};
    lf->pts[lf->n_pts++] =
        (tmc_point){s.x + 2 * (e.x - s.x) / 3, s.y + 2 * (e.y - s.y) / 3};
    lf->pts[lf->n_pts++] = e;
  }
}

/* The point at fractions (fx, fy) of r: a draw.io connection point. */
static tmc_point port_at(tmc_rect r, tmc_point f) {
  return (tmc_point){r.x + f.x * r.w, r.y + f.y * r.h};
}

/* ---- orthogonal edges (draw.io's orthogonalEdgeStyle, elbowEdgeStyle) ------ */

enum { DIR_FREE, DIR_H, DIR_V };

static bool within(double v, double lo, double hi) {
  return v >= lo && v <= hi;
}

/* Where an orthogonal edge meets box r coming from or going to `other`, and
 * in which direction it runs there: a connection point leaves
 * perpendicular to its side; else straight across when `other` lies beside
 * or above/below the box, else from the middle of the side facing it
 * (`pref` when the elbow style says which way). */
static tmc_point ortho_end(tmc_rect r, tmc_point other, const tmc_point *port, int pref,
                           int *dir) {
  tmc_point c = centre(r);
  if (port) {
    *dir = port->x <= 0.01 || port->x >= 0.99 ? DIR_H : DIR_V;
    return port_at(r, *port);
  }
  bool right = other.x > c.x, below = other.y > c.y;
  if (pref != DIR_V && within(other.y, r.y, r.y + r.h) &&
      !within(other.x, r.x, r.x + r.w)) {
    *dir = DIR_H;
    return (tmc_point){right ? r.x + r.w : r.x, other.y};
  }
  if (pref != DIR_H && within(other.x, r.x, r.x + r.w) &&
      !within(other.y, r.y, r.y + r.h)) {
    *dir = DIR_V;
    return (tmc_point){other.x, below ? r.y + r.h : r.y};
  }
  bool h =
      pref == DIR_H || (pref == DIR_FREE && fabs(other.x - c.x) >= fabs(other.y - c.y));
  *dir = h ? DIR_H : DIR_V;
  return h ? (tmc_point){right ? r.x + r.w : r.x, c.y}
           : (tmc_point){c.x, below ? r.y + r.h : r.y};
}

/* Appends q to the route p[0..*n) with right angles: one corner when the
 * direction the route runs in (*dir) or must arrive in (arrive) allows it,
 * two (at the middle) when it leaves and arrives the same way. */
static void ortho_to(tmc_point *p, uint32_t *n, int *dir, tmc_point q, int arrive) {
  tmc_point l = p[*n - 1];
  bool same_y = fabs(q.y - l.y) < 0.5, same_x = fabs(q.x - l.x) < 0.5;
  if (same_x && same_y)
    return;
  if (same_y || same_x) {
    p[(*n)++] = q;
    *dir = same_y ? DIR_H : DIR_V;
    return;
  }
  int d = *dir;
  if (arrive == DIR_H && d == DIR_H) { /* H, V at the middle, H */
    double mx = (l.x + q.x) / 2;
    p[(*n)++] = (tmc_point){mx, l.y};
    p[(*n)++] = (tmc_point){mx, q.y};
  } else if (arrive == DIR_V && d == DIR_V) {
    double my = (l.y + q.y) / 2;
    p[(*n)++] = (tmc_point){l.x, my};
    p[(*n)++] = (tmc_point){q.x, my};
  } else if (arrive == DIR_H || (arrive == DIR_FREE && d == DIR_V))
    p[(*n)++] = (tmc_point){l.x, q.y}; /* vertical first, then horizontal */
  else
    p[(*n)++] = (tmc_point){q.x, l.y}; /* horizontal first, then vertical */
  p[(*n)++] = q;
  tmc_point c = p[*n - 2];
  *dir = fabs(c.y - q.y) < 0.5 ? DIR_H : DIR_V;
}

/* The route of an orthogonal or elbow flow from box s through the author's
 * waypoints to box t: every segment horizontal or vertical. Returns the
 * number of points written to p (room for 3 * (n_via + 1) + 2). */
static uint32_t ortho_route(tmc_point *p, tmc_rect s, tmc_rect t, const tmc_point *via,
                            uint32_t n_via, const tmc_point *sp, const tmc_point *tp,
                            tmc_route route) {
  int pref = route == TMC_ROUTE_ELBOW_H   ? DIR_H
             : route == TMC_ROUTE_ELBOW_V ? DIR_V
                                          : DIR_FREE;
  tmc_point first = n_via ? via[0] : tp ? port_at(t, *tp) : centre(t);
  tmc_point last = n_via ? via[n_via - 1] : sp ? port_at(s, *sp) : centre(s);
  int d0, d1;
  tmc_point a = ortho_end(s, first, sp, pref, &d0);
  tmc_point b = ortho_end(t, last, tp, pref, &d1);
  if (!n_via && !sp && !tp) {
    /* No waypoint: both ends decided together, facing each other. */
    a = ortho_end(s, b, NULL, pref, &d0);
  }
  uint32_t n = 0;
  int dir = d0;
  p[n++] = a;
  for (uint32_t i = 0; i < n_via; i++)
    ortho_to(p, &n, &dir, via[i], DIR_FREE);
  ortho_to(p, &n, &dir, b, d1);
  if (n == 1)
    p[n++] = b;
  return n;
}

/* A flow drawn as straight segments from the source box through the author's
 * waypoints to the target box, with its label at the middle of its length.
 * Each end is the author's connection point when there is one (sp, tp), else
 * where the line towards the box's centre meets the box. A flow from a box to
 * itself becomes a small loop. */
static void straight_flow(tmc_layout_flow *lf, tmc_rect s, tmc_rect t,
                          const tmc_point *via, uint32_t n_via, tmc_point shift,
                          const tmc_point *sp, const tmc_point *tp, bool bidir,
                          tmc_route route, tmc_arena *a) {
  uint32_t n = 0;
  tmc_point *p = tmc_arena_alloc(a, sizeof(tmc_point) * (3 * (size_t)n_via + 8));
  p[n++] = sp ? port_at(s, *sp) : centre(s);
  for (uint32_t i = 0; i < n_via; i++) {
    tmc_point v = {via[i].x + shift.x, via[i].y + shift.y};
    if (!inside(s, v) && !inside(t, v) && isfinite(v.x) && isfinite(v.y))
      p[n++] = v;
  }
  p[n++] = tp ? port_at(t, *tp) : centre(t);
  bool ortho = route != TMC_ROUTE_STRAIGHT && memcmp(&s, &t, sizeof s) != 0;
  if (ortho) {
    /* The kept waypoints are p[1 .. n-1): route through them at right angles. */
    tmc_point *w = tmc_arena_alloc(a, sizeof(tmc_point) * (n_via + 1));
    uint32_t nw = n - 2;
    memcpy(w, p + 1, sizeof(tmc_point) * nw);
    n = ortho_route(p, s, t, w, nw, sp, tp, route);
  }
  if (n == 2 && memcmp(&s, &t, sizeof s) == 0 && !sp && !tp) {
    /* Self loop over the top-right corner. */
    tmc_point a0 = {s.x + s.w * 0.75, s.y}, a1 = {s.x + s.w, s.y + s.h * 0.3};
    lf->pts = tmc_arena_alloc(a, sizeof(tmc_point) * 4);
    lf->pts[0] = a0;
    lf->pts[1] = (tmc_point){a0.x, a0.y - 36};
    lf->pts[2] = (tmc_point){a1.x + 36, a1.y};
    lf->head = true;
    lf->head_tip = a1;
    lf->pts[3] = (tmc_point){a1.x + ARROW, a1.y};
    lf->n_pts = 4;
    lf->has_label = true;
    lf->label = (tmc_point){a1.x + 30, a0.y - 18};
    return;
  }
  if (!sp && !ortho)
    p[0] = clip(s, p[1]);
  if (!tp && !ortho)
    p[n - 1] = clip(t, p[n - 2]);
  lf->head = true;
  lf->head_tip = p[n - 1];
  p[n - 1] = back_off(p[n - 2], p[n - 1], ARROW);
  if (bidir) {
    lf->tail = true;
    lf->tail_tip = p[0];
    p[0] = back_off(p[1], p[0], ARROW);
  }
  /* Label at half the length. */
  double total = 0;
  for (uint32_t i = 1; i < n; i++)
    total += hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
  double half = total / 2, run = 0;
  lf->label =
      centre((tmc_rect){p[0].x, p[0].y, p[n - 1].x - p[0].x, p[n - 1].y - p[0].y});
  for (uint32_t i = 1; i < n; i++) {
    double l = hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
    if (run + l >= half && l > 0) {
      double k = (half - run) / l;
      lf->label = (tmc_point){p[i - 1].x + k * (p[i].x - p[i - 1].x),
                              p[i - 1].y + k * (p[i].y - p[i - 1].y)};
      break;
    }
    run += l;
  }
  lf->has_label = true;
  polyline_to_bezier(lf, p, n, a);
}

/* Moves a flow's label to where the author put it in draw.io: the point at
 * (at + 1) / 2 of the line's length, `normal` px to the right of the
 * direction of travel there, plus the offset (as mxGraph places edge
 * labels). */
static void author_label(tmc_layout_flow *lf, const tmc_flow *f) {
  if (!f->has_label_pos || lf->n_pts < 4 || !lf->has_label)
    return;
  uint32_t nseg = (lf->n_pts - 1) / 3;
  double total = 0;
  for (uint32_t k = 0; k < nseg; k++)
    total += hypot(lf->pts[3 * k + 3].x - lf->pts[3 * k].x,
                   lf->pts[3 * k + 3].y - lf->pts[3 * k].y);
  double want = (f->label_at + 1) / 2 * total, run = 0;
  for (uint32_t k = 0; k < nseg; k++) {
    tmc_point a = lf->pts[3 * k], c = lf->pts[3 * k + 3];
    double dx = c.x - a.x, dy = c.y - a.y, l = hypot(dx, dy);
    if (l <= 0 || (run + l < want && k + 1 < nseg)) {
      run += l;
      continue;
    }
    double t = fmin(fmax((want - run) / l, 0), 1);
    double up = dx / l * f->label_normal + f->label_off.y;
    lf->label = (tmc_point){a.x + t * dx - dy / l * f->label_normal + f->label_off.x,
                            a.y + t * dy + up};
    lf->label_fixed = true;
    lf->label_above = up < 0;
    return;
  }
}

static bool region(const tmc_boundary *b) {
  switch (b->form) {
  case TMC_BOUNDARY_CLUSTER:
  case TMC_BOUNDARY_CONTAINER:
  case TMC_BOUNDARY_BOX:
    return true;
  case TMC_BOUNDARY_LINE:
    return false;
  }
  return false;
}

/* Boundary indices in order of depth (stable), shallowest first. */
static uint32_t *by_depth(const tmc_ir *ir, tmc_arena *a) {
  uint32_t maxd = 0;
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    if (ir->boundaries[i].depth > maxd)
      maxd = ir->boundaries[i].depth;
  if (maxd > ir->n_boundaries)
    maxd = ir->n_boundaries; /* depth is bounded by the count in a valid IR */
  uint32_t *count = tmc_arena_alloc(a, sizeof(uint32_t) * ((size_t)maxd + 2));
  uint32_t *order = tmc_arena_alloc(a, sizeof(uint32_t) * (ir->n_boundaries + 1));
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    count[(ir->boundaries[i].depth > maxd ? maxd : ir->boundaries[i].depth) + 1]++;
  for (uint32_t k = 1; k <= maxd + 1; k++)
    count[k] += count[k - 1];
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    order[count[ir->boundaries[i].depth > maxd ? maxd : ir->boundaries[i].depth]++] = i;
  return order;
}

/* The region a boundary's members are drawn in: its own, or its nearest
 * enclosing region when it is a line; TMC_NONE at top level. */
static uint32_t region_of(const tmc_ir *ir, uint32_t b) {
  for (uint32_t hops = 0; b != TMC_NONE && hops <= ir->n_boundaries; hops++) {
    if (region(&ir->boundaries[b]))
      return b;
    b = ir->boundaries[b].parent;
  }
  return TMC_NONE;
}

/* ---- grid layout ------------------------------------------------------------ */

/* Packs the children of every boundary in rows ("shelves"), deepest
 * boundaries first so a boundary's size is known before its parent packs it,
 * then moves everything to absolute positions shallowest first. Linear in the
 * size of the diagram; no recursion. Flows are straight and unlabelled. */
static void layout_grid(tmc_layout *L, const tmc_ir *ir, const tmc_layout_in *in,
                        tmc_arena *a) {
  uint32_t nb = ir->n_boundaries, top = nb;
  /* Buckets of children per container (boundary, or top = nb). Item codes:
   * element i -> i, boundary j -> n_elements + j. */
  uint32_t *start = tmc_arena_alloc(a, sizeof(uint32_t) * (nb + 2));
  uint32_t *items = tmc_arena_alloc(a, sizeof(uint32_t) * (ir->n_elements + nb + 1));
  uint32_t *parent_el = tmc_arena_alloc(a, sizeof(uint32_t) * (ir->n_elements + 1));
  uint32_t *parent_bd = tmc_arena_alloc(a, sizeof(uint32_t) * (nb + 1));
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    uint32_t r = region_of(ir, ir->elements[i].boundary);
    parent_el[i] = r == TMC_NONE ? top : r;
    start[parent_el[i] + 1]++;
  }
  for (uint32_t j = 0; j < nb; j++) {
    if (!region(&ir->boundaries[j]))
      continue;
    uint32_t r = region_of(ir, ir->boundaries[j].parent);
    parent_bd[j] = r == TMC_NONE ? top : r;
    start[parent_bd[j] + 1]++;
  }
  for (uint32_t k = 1; k <= nb + 1; k++)
    start[k] += start[k - 1];
  uint32_t *fill = tmc_arena_alloc(a, sizeof(uint32_t) * (nb + 1));
  memcpy(fill, start, sizeof(uint32_t) * (nb + 1));
  for (uint32_t i = 0; i < ir->n_elements; i++)
    items[fill[parent_el[i]]++] = i;
  for (uint32_t j = 0; j < nb; j++)
    if (region(&ir->boundaries[j]))
      items[fill[parent_bd[j]]++] = ir->n_elements + j;

  uint32_t *order = by_depth(ir, a);
  /* Deepest first, then the top level (code nb). */
  for (uint32_t step = 0; step <= nb; step++) {
    uint32_t c = step < nb ? order[nb - 1 - step] : top;
    if (c != top && !region(&ir->boundaries[c]))
      continue;
    double area = 0, widest = 0;
    for (uint32_t k = start[c]; k < start[c + 1]; k++) {
      uint32_t it = items[k];
      tmc_rect *r = it < ir->n_elements ? &L->el[it] : &L->bd[it - ir->n_elements];
      if (it < ir->n_elements) {
        r->w = in->el_w[it];
        r->h = in->el_h[it];
      }
      area += (r->w + GRID_GAP) * (r->h + GRID_GAP);
      widest = fmax(widest, r->w);
    }
    double row_w = fmax(widest, sqrt(area) * 1.4), x = 0, y = 0, row_h = 0, used_w = 0;
    for (uint32_t k = start[c]; k < start[c + 1]; k++) {
      uint32_t it = items[k];
      tmc_rect *r = it < ir->n_elements ? &L->el[it] : &L->bd[it - ir->n_elements];
      if (x > 0 && x + r->w > row_w) {
        x = 0;
        y += row_h + GRID_GAP;
        row_h = 0;
      }
      r->x = x;
      r->y = y;
      x += r->w + GRID_GAP;
      row_h = fmax(row_h, r->h);
      used_w = fmax(used_w, r->x + r->w);
    }
    double used_h = start[c] < start[c + 1] ? y + row_h : 0;
    if (c == top) {
      L->w = used_w + 2 * MARGIN;
      L->h = used_h + 2 * MARGIN;
    } else {
      tmc_rect *b = &L->bd[c];
      b->w = fmax(fmax(used_w, in->bd_w[c]), 60) + 2 * GRID_PAD;
      b->h = used_h + in->bd_h[c] + 2 * GRID_PAD;
      L->bd_on[c] = true;
    }
  }
  /* Absolute positions: the top level, then each region's children. */
  for (uint32_t k = start[top]; k < start[top + 1]; k++) {
    uint32_t it = items[k];
    tmc_rect *r = it < ir->n_elements ? &L->el[it] : &L->bd[it - ir->n_elements];
    r->x += MARGIN;
    r->y += MARGIN;
  }
  for (uint32_t step = 0; step < nb; step++) {
    uint32_t c = order[step];
    if (!region(&ir->boundaries[c]))
      continue;
    double ox = L->bd[c].x + GRID_PAD, oy = L->bd[c].y + GRID_PAD + in->bd_h[c];
    for (uint32_t k = start[c]; k < start[c + 1]; k++) {
      uint32_t it = items[k];
      tmc_rect *r = it < ir->n_elements ? &L->el[it] : &L->bd[it - ir->n_elements];
      r->x += ox;
      r->y += oy;
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    straight_flow(&L->fl[i], L->el[f->src], L->el[f->dst], NULL, 0, (tmc_point){0, 0},
                  NULL, NULL, f->bidirectional, TMC_ROUTE_STRAIGHT, a);
    L->fl[i].has_label = false;
  }
  L->simplified = true;
}

/* ---- graphviz --------------------------------------------------------------- */

/* graphviz reports through a global callback. It runs in the layout
 * process only (gv_run), whose fd 2 is a pipe back to tmc: an error's text
 * goes there, to become the reason in tmc's note, and is counted, since a
 * layout with an error cannot be trusted. Warnings are dropped. */
static int gv_errors;
static bool gv_error_next;

/* Writes all of s to fd; gives up silently (the reader sees a short stream). */
static void put_fd(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, s, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return;
    s += k;
    n -= (size_t)k;
  }
}

static int gv_error(char *msg) {
  if (strncmp(msg, "Error", 5) == 0)
    gv_error_next = true;
  if (gv_error_next) {
    put_fd(STDERR_FILENO, msg, strlen(msg));
    if (strchr(msg, '\n')) {
      gv_errors++;
      gv_error_next = false;
    }
  }
  return 0;
}

/* A fixed-size empty HTML label: graphviz reserves w x h points for it
 * without measuring any text. */
static void fixed_label(void *obj, Agraph_t *g, double w, double h) {
  char html[256];
  int iw = (int)ceil(w), ih = (int)ceil(h);
  if (iw < 1)
    iw = 1;
  if (iw > 65000)
    iw = 65000;
  if (ih < 1)
    ih = 1;
  if (ih > 65000)
    ih = 65000;
  snprintf(html, sizeof html,
           "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
           "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"%d\" HEIGHT=\"%d\"></TD></TR></TABLE>",
           iw, ih);
  char *s = agstrdup_html(g, html);
  agsafeset(obj, "label", s, "");
  agstrfree(g, s);
}

/* Inches for graphviz, always with a '.', whatever the locale. */
static void set_inches(void *obj, const char *attr, double pt) {
  char v[32];
  long milli = lround(pt / 72.0 * 10000);
  snprintf(v, sizeof v, "%ld.%04ld", milli / 10000, milli % 10000);
  agsafeset(obj, (char *)attr, v, "");
}

/* cgraph's default ID discipline uses the address of each name string as the
 * object's ID, and orders subgraphs by ID: cluster order, and so the layout,
 * would follow malloc, which differs between the first and a later layout in
 * one process. Ours numbers names in order of first use instead. */
typedef struct idstate {
  char **names; /* by index; id = 2 * (index + 1) */
  uint32_t n, cap;
  uint32_t *slot;   /* open addressing: index + 1, 0 = empty */
  uint32_t n_slots; /* power of two */
  IDTYPE anon;      /* odd ids for anonymous objects */
} idstate;

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
  idstate *st = tmc_xcalloc(1, sizeof *st);
  st->n_slots = 64;
  st->slot = tmc_xcalloc(st->n_slots, sizeof(uint32_t));
  st->anon = 1;
  return st;
}

static uint32_t *id_find(idstate *st, const char *str) {
  uint64_t h = tmc_hash64(str, strlen(str), 0);
  for (uint32_t i = (uint32_t)h & (st->n_slots - 1);; i = (i + 1) & (st->n_slots - 1))
    if (!st->slot[i] || strcmp(st->names[st->slot[i] - 1], str) == 0)
      return &st->slot[i];
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  idstate *st = state;
  if (!str) {
    *id = st->anon;
    st->anon += 2;
    return 1;
  }
  uint32_t *slot = id_find(st, str);
  if (!*slot) {
    if (!createflag)
      return 0;
    if (2 * (st->n + 1) > st->n_slots) { /* rehash at half load */
      free(st->slot);
      st->n_slots *= 2;
      st->slot = tmc_xcalloc(st->n_slots, sizeof(uint32_t));
      for (uint32_t k = 0; k < st->n; k++)
        *id_find(st, st->names[k]) = k + 1;
      slot = id_find(st, str);
    }
    *TMC_PUSH(st->names, st->n, st->cap) = tmc_xstrdup(str);
    *slot = st->n;
  }
  *id = 2 * (IDTYPE)*slot;
  return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request) {
  return 1;
}

static void id_free(void *state, int objtype, IDTYPE id) {}

static char *id_print(void *state, int objtype, IDTYPE id) {
  idstate *st = state;
  if (id % 2 == 0 && id / 2 >= 1 && id / 2 <= st->n)
    return st->names[id / 2 - 1];
  return NULL;
}

static void id_close(void *state) {
  idstate *st = state;
  for (uint32_t k = 0; k < st->n; k++)
    free(st->names[k]);
  free(st->names);
  free(st->slot);
  free(st);
}

static void id_register(void *state, int objtype, void *obj) {}

static Agiddisc_t id_disc = {id_open,  id_map,   id_alloc,   id_free,
                             id_print, id_close, id_register};

/* One graphviz context for the process, made on first use and kept:
 * loading the plugin configuration is slow, and graphviz 2.43 leaks part of
 * it on gvFreeContext. (Like cgraph, not thread-safe.) */
static GVC_t *context(void) {
  static GVC_t *gvc;
  if (!gvc)
    gvc = gvContext();
  return gvc;
}

/* The flows that close a cycle: replies (b -> a declared after a -> b), then
 * feedback such as alerts back to the people who started it, found by a
 * depth-first walk in declaration order from the external entities, then
 * from the elements nothing else flows into. They are laid out backwards: left to dot,
 * cycles through clusters get broken wherever, and whole zones land on the wrong side
 * (constraint= false does not help there: dot still ranks clusters by those edges). The
 * walk keeps its own stack (no recursion). */
static bool *feedback_flows(const tmc_ir *ir, tmc_arena *a) {
  uint32_t ne = ir->n_elements, nf = ir->n_flows;
  bool *loose = tmc_arena_alloc(a, sizeof(bool) * (nf + 1));
  uint32_t *start = tmc_arena_alloc(a, sizeof(uint32_t) * (ne + 2));
  uint32_t *out = tmc_arena_alloc(a, sizeof(uint32_t) * (nf + 1));
  uint32_t *indeg = tmc_arena_alloc(a, sizeof(uint32_t) * (ne + 1));
  /* Replies first: b -> a declared after a -> b. (Quadratic, but graphviz
   * only ever sees a few hundred flows.) */
  for (uint32_t i = 0; i < nf; i++)
    for (uint32_t j = 0; j < i && !loose[i]; j++)
      loose[i] = ir->flows[j].src == ir->flows[i].dst &&
                 ir->flows[j].dst == ir->flows[i].src && !loose[j];
  for (uint32_t i = 0; i < nf; i++) {
    start[ir->flows[i].src + 1]++;
    if (!loose[i])
      indeg[ir->flows[i].dst]++;
  }
  for (uint32_t k = 1; k <= ne; k++)
    start[k] += start[k - 1];
  uint32_t *fill = tmc_arena_alloc(a, sizeof(uint32_t) * (ne + 1));
  memcpy(fill, start, sizeof(uint32_t) * ne);
  for (uint32_t i = 0; i < nf; i++)
    out[fill[ir->flows[i].src]++] = i;
  /* state: 0 unseen, 1 on the stack, 2 done; next: the next out-flow to try. */
  uint8_t *state = tmc_arena_alloc(a, ne + 1);
  uint32_t *next = tmc_arena_alloc(a, sizeof(uint32_t) * (ne + 1));
  uint32_t *stack = tmc_arena_alloc(a, sizeof(uint32_t) * (ne + 1));
  for (int pass = 0; pass < 3; pass++)
    for (uint32_t r = 0; r < ne; r++) {
      if (state[r] || (pass == 0 && ir->elements[r].kind != TMC_KIND_EXTERNAL) ||
          (pass == 1 && indeg[r] > 0))
        continue;
      uint32_t sp = 0;
      stack[sp++] = r;
      state[r] = 1;
      next[r] = start[r];
      while (sp) {
        uint32_t v = stack[sp - 1];
        if (next[v] == start[v + 1]) {
          state[v] = 2;
          sp--;
          continue;
        }
        uint32_t fi = out[next[v]++], w = ir->flows[fi].dst;
        if (loose[fi])
          continue;
        if (state[w] == 1)
          loose[fi] = true;
        else if (state[w] == 0) {
          state[w] = 1;
          next[w] = start[w];
          stack[sp++] = w;
        }
      }
    }
  return loose;
}

/* Builds the graph, runs graphviz and reads its positions into L. Runs in
 * the layout process only, which exits right after: nothing graphviz made
 * is freed (gvFreeLayout is where 2.43 double-frees after some failed
 * spline routings, and the process's end frees it all). Returns false when
 * graphviz failed or reported an error. */
static bool gv_layout(tmc_layout *L, const tmc_ir *ir, const tmc_layout_in *in,
                      const char *engine, bool newrank, tmc_arena *a) {
  agseterrf(gv_error);
  gv_errors = 0;
  gv_error_next = false;
  GVC_t *gvc = context();
  Agdisc_t disc = {&AgMemDisc, &id_disc, &AgIoDisc};
  Agraph_t *g = agopen("tmc", Agdirected, &disc);
  Agnode_t **node = tmc_arena_alloc(a, sizeof(Agnode_t *) * (ir->n_elements + 1));
  Agedge_t **edge = tmc_arena_alloc(a, sizeof(Agedge_t *) * (ir->n_flows + 1));
  Agraph_t **sub = tmc_arena_alloc(a, sizeof(Agraph_t *) * (ir->n_boundaries + 1));
  uint32_t *members = tmc_arena_alloc(a, sizeof(uint32_t) * (ir->n_boundaries + 1));
  char name[32];

  agattr(g, AGRAPH, "rankdir", "LR");
  agattr(g, AGRAPH, "nodesep", "0.35");
  agattr(g, AGRAPH, "ranksep", "0.45");
  agattr(g, AGRAPH, "splines", "true");
  agattr(g, AGRAPH, "labelloc", "t");
  agattr(g, AGRAPH, "labeljust", "l");
  agattr(g, AGRAPH, "margin", "12");
  agattr(g, AGRAPH, "label", "");
  /* Effort bounds (see scene.h): network simplex may take 5 pivots per
   * node when ranking and when placing (dot's default is unbounded, and
   * placing took 10 s on dense 150-element diagrams); diagrams of the size
   * tmc hands to graphviz converge within that. The force-directed
   * engines' iterations are bounded by default (maxiter); the time bound
   * of gv_run covers everything else. */
  agattr(g, AGRAPH, "nslimit", "5");
  agattr(g, AGRAPH, "nslimit1", "5");
  if (newrank)
    agattr(g, AGRAPH, "newrank", "true");
  agattr(g, AGNODE, "shape", "box");
  agattr(g, AGNODE, "fixedsize", "true");
  agattr(g, AGNODE, "label", "");
  agattr(g, AGNODE, "margin", "0");
  agattr(g, AGEDGE, "label", "");
  agattr(g, AGEDGE, "dir", "forward");

  uint32_t *order = by_depth(ir, a);
  for (uint32_t k = 0; k < ir->n_boundaries; k++) {
    uint32_t b = order[k];
    if (!region(&ir->boundaries[b]))
      continue;
    uint32_t p = region_of(ir, ir->boundaries[b].parent);
    snprintf(name, sizeof name, "cluster_%u", b);
    sub[b] = agsubg(p == TMC_NONE || !sub[p] ? g : sub[p], name, 1);
    fixed_label(sub[b], g, in->bd_w[b], in->bd_h[b]);
    if (p != TMC_NONE)
      members[p]++;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    snprintf(name, sizeof name, "n%u", i);
    node[i] = agnode(g, name, 1);
    set_inches(node[i], "width", in->el_w[i]);
    set_inches(node[i], "height", in->el_h[i]);
    uint32_t r = region_of(ir, ir->elements[i].boundary);
    if (r != TMC_NONE && sub[r]) {
      agsubnode(sub[r], node[i], 1);
      members[r]++;
    }
  }
  /* graphviz drops empty clusters; a placeholder keeps them on the picture. */
  for (uint32_t b = 0; b < ir->n_boundaries; b++)
    if (sub[b] && members[b] == 0) {
      snprintf(name, sizeof name, "empty%u", b);
      Agnode_t *n = agnode(g, name, 1);
      set_inches(n, "width", fmax(in->bd_w[b], 40));
      set_inches(n, "height", 20);
      agsafeset(n, "style", "invis", "");
      agsubnode(sub[b], n, 1);
    }
  bool *loose = feedback_flows(ir, a);
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    snprintf(name, sizeof name, "f%u", i);
    /* A feedback flow goes into graphviz backwards (as dot itself would
     * turn it), with its arrow at the tail; its curve is turned back below. */
    edge[i] = loose[i] ? agedge(g, node[f->dst], node[f->src], name, 1)
                       : agedge(g, node[f->src], node[f->dst], name, 1);
    if (in->fl_w[i] > 0)
      fixed_label(edge[i], g, in->fl_w[i], in->fl_h[i]);
    if (f->bidirectional)
      agsafeset(edge[i], "dir", "both", "forward");
    else if (loose[i])
      agsafeset(edge[i], "dir", "back", "forward");
  }

  if (gvLayout(gvc, g, engine) != 0 || gv_errors > 0)
    return false;
  boxf bb = GD_bb(g);
  double ox = MARGIN - bb.LL.x, top = bb.UR.y + MARGIN;
#define X(px) ((px) + ox)
#define Y(py) (top - (py))
  L->w = bb.UR.x - bb.LL.x + 2 * MARGIN;
  L->h = bb.UR.y - bb.LL.y + 2 * MARGIN;
  L->reserved = true;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    pointf c = ND_coord(node[i]);
    double w = ND_width(node[i]) * 72, h = ND_height(node[i]) * 72;
    L->el[i] = (tmc_rect){X(c.x) - w / 2, Y(c.y) - h / 2, w, h};
  }
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    if (!sub[b])
      continue;
    boxf cb = GD_bb(sub[b]);
    if (cb.UR.x <= cb.LL.x || cb.UR.y <= cb.LL.y)
      continue; /* engines without clusters (neato, ...) leave them empty */
    L->bd[b] = (tmc_rect){X(cb.LL.x), Y(cb.UR.y), cb.UR.x - cb.LL.x, cb.UR.y - cb.LL.y};
    L->bd_on[b] = true;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_layout_flow *lf = &L->fl[i];
    const tmc_flow *f = &ir->flows[i];
    splines *spl = ED_spl(edge[i]);
    if (!spl || spl->size < 1 || spl->list[0].size < 4) {
      straight_flow(lf, L->el[f->src], L->el[f->dst], NULL, 0, (tmc_point){0, 0}, NULL,
                    NULL, f->bidirectional, TMC_ROUTE_STRAIGHT, a);
    } else {
      uint32_t n = 0;
      for (int j = 0; j < spl->size; j++)
        n += (uint32_t)spl->list[j].size + 3;
      lf->pts = tmc_arena_alloc(a, sizeof(tmc_point) * n);
      for (int j = 0; j < spl->size; j++) {
        bezier *bz = &spl->list[j];
        int k0 = 0;
        if (j > 0) { /* join pieces with a straight segment */
          tmc_point s = lf->pts[lf->n_pts - 1], e = {X(bz->list[0].x), Y(bz->list[0].y)};
          lf->pts[lf->n_pts++] = s;
          lf->pts[lf->n_pts++] = e;
          lf->pts[lf->n_pts++] = e;
          k0 = 1;
        }
        for (int k = k0; k < bz->size; k++)
          lf->pts[lf->n_pts++] = (tmc_point){X(bz->list[k].x), Y(bz->list[k].y)};
      }
      /* Keep whole segments only (1 + 3k points). */
      lf->n_pts = 1 + (lf->n_pts - 1) / 3 * 3;
      bezier *first = &spl->list[0], *last = &spl->list[spl->size - 1];
      if (first->sflag) {
        lf->tail = true;
        lf->tail_tip = (tmc_point){X(first->sp.x), Y(first->sp.y)};
      }
      if (last->eflag) {
        lf->head = true;
        lf->head_tip = (tmc_point){X(last->ep.x), Y(last->ep.y)};
      }
      if (loose[i]) { /* laid out backwards: the curve starts at the source */
        for (uint32_t k = 0; k < lf->n_pts / 2; k++) {
          tmc_point t = lf->pts[k];
          lf->pts[k] = lf->pts[lf->n_pts - 1 - k];
          lf->pts[lf->n_pts - 1 - k] = t;
        }
        bool h = lf->head;
        tmc_point ht = lf->head_tip;
        lf->head = lf->tail, lf->head_tip = lf->tail_tip;
        lf->tail = h, lf->tail_tip = ht;
      }
    }
    textlabel_t *lab = ED_label(edge[i]);
    lf->has_label = false;
    if (lab && lab->set) {
      lf->has_label = true;
      lf->label = (tmc_point){X(lab->pos.x), Y(lab->pos.y)};
    }
  }
#undef X
#undef Y
  return true;
}

/* ---- graphviz in its own process ------------------------------------------ */

/* graphviz 2.43's dot layout is not safe on every input (double frees and
 * aborts after failed spline routing, unbounded time on some graphs), so it
 * runs in a forked child that writes the finished layout down a pipe as
 * raw numbers (both ends are this same binary), with its stderr on a second
 * pipe. tmc reads both under a deadline and a size cap, and trusts the
 * layout only when the child exited 0, said nothing, and the stream is
 * complete and sane; otherwise the caller draws the grid and says why. */

enum {
  GV_MAGIC = 0x676d7421u,     /* "!tmg": opens and closes the stream */
  GV_MAX_PTS = 1u << 16,      /* spline points of one flow */
  GV_MAX_SAID = 400,          /* bytes of graphviz's stderr kept */
  GV_BYTES_PER_ITEM = 1 << 14 /* stream budget per element, flow, boundary */
};

static void put_raw(tmc_buf *b, const void *p, size_t n) {
  tmc_buf_put(b, (const char *)p, n);
}

/* The parts of L that gv_layout fills, in a fixed order. */
static void gv_write(tmc_buf *b, const tmc_layout *L, const tmc_ir *ir) {
  uint32_t head[4] = {GV_MAGIC, ir->n_elements, ir->n_flows, ir->n_boundaries};
  put_raw(b, head, sizeof head);
  put_raw(b, &L->w, sizeof L->w);
  put_raw(b, &L->h, sizeof L->h);
  put_raw(b, L->el, sizeof(tmc_rect) * ir->n_elements);
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    uint8_t on = L->bd_on[i];
    put_raw(b, &on, 1);
    put_raw(b, &L->bd[i], sizeof L->bd[i]);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_layout_flow *lf = &L->fl[i];
    uint32_t n = lf->n_pts;
    uint8_t flags = (uint8_t)(lf->head | lf->tail << 1 | lf->has_label << 2);
    put_raw(b, &n, sizeof n);
    put_raw(b, &flags, 1);
    put_raw(b, &lf->head_tip, sizeof lf->head_tip);
    put_raw(b, &lf->tail_tip, sizeof lf->tail_tip);
    put_raw(b, &lf->label, sizeof lf->label);
    put_raw(b, lf->pts, sizeof(tmc_point) * n);
  }
  uint32_t tail = GV_MAGIC;
  put_raw(b, &tail, sizeof tail);
}

typedef struct reader {
  const char *p;
  size_t left;
  bool bad; /* short or insane stream */
} reader;

static void take(reader *r, void *dst, size_t n) {
  if (r->bad || n > r->left) {
    r->bad = true;
    memset(dst, 0, n);
    return;
  }
  memcpy(dst, r->p, n);
  r->p += n;
  r->left -= n;
}

/* A coordinate we are willing to draw. */
static bool sane(double v) {
  return isfinite(v) && fabs(v) < 1e7;
}

static tmc_point take_point(reader *r) {
  tmc_point p;
  take(r, &p, sizeof p);
  if (!sane(p.x) || !sane(p.y))
    r->bad = true;
  return p;
}

static tmc_rect take_rect(reader *r) {
  tmc_rect x;
  take(r, &x, sizeof x);
  if (!sane(x.x) || !sane(x.y) || !sane(x.w) || !sane(x.h) || x.w < 0 || x.h < 0)
    r->bad = true;
  return x;
}

/* Reads gv_write's stream into L (arrays already allocated by the caller).
 * Returns false when the stream is not exactly one complete, sane layout
 * of this IR. */
static bool gv_read(tmc_layout *L, const tmc_ir *ir, const char *data, size_t len,
                    tmc_arena *a) {
  reader r = {data, len, false};
  uint32_t head[4];
  take(&r, head, sizeof head);
  if (r.bad || head[0] != GV_MAGIC || head[1] != ir->n_elements ||
      head[2] != ir->n_flows || head[3] != ir->n_boundaries)
    return false;
  take(&r, &L->w, sizeof L->w);
  take(&r, &L->h, sizeof L->h);
  if (!sane(L->w) || !sane(L->h) || L->w < 0 || L->h < 0)
    return false;
  for (uint32_t i = 0; i < ir->n_elements; i++)
    L->el[i] = take_rect(&r);
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    uint8_t on;
    take(&r, &on, 1);
    L->bd_on[i] = on != 0;
    L->bd[i] = take_rect(&r);
  }
  for (uint32_t i = 0; i < ir->n_flows && !r.bad; i++) {
    tmc_layout_flow *lf = &L->fl[i];
    uint32_t n;
    uint8_t flags;
    take(&r, &n, sizeof n);
    take(&r, &flags, 1);
    lf->head = flags & 1;
    lf->tail = flags >> 1 & 1;
    lf->has_label = flags >> 2 & 1;
    lf->head_tip = take_point(&r);
    lf->tail_tip = take_point(&r);
    lf->label = take_point(&r);
    if (n > GV_MAX_PTS || (n > 0 && (n - 1) % 3 != 0) ||
        (size_t)n * sizeof(tmc_point) > r.left) {
      r.bad = true;
      break;
    }
    lf->n_pts = n;
    lf->pts = tmc_arena_alloc(a, sizeof(tmc_point) * (n + 1));
    for (uint32_t k = 0; k < n; k++)
      lf->pts[k] = take_point(&r);
  }
  uint32_t tail = 0;
  take(&r, &tail, sizeof tail);
  L->reserved = true;
  return !r.bad && tail == GV_MAGIC && r.left == 0;
}

/* "20 s" or "1500 ms": for notes, without the locale's decimal point. */
static void duration(char *out, size_t n, double ms) {
  unsigned long v = (unsigned long)ms;
  if (v % 1000 == 0)
    snprintf(out, n, "%lu s", v / 1000);
  else
    snprintf(out, n, "%lu ms", v);
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void close_fd(int *fd) {
  if (*fd >= 0)
    close(*fd);
  *fd = -1;
}

/* What graphviz said, as one short line of printable ASCII for a note: its
 * first line that is neither a sanitizer banner nor fontconfig's chatter
 * about its caches (which says nothing about the layout), or "" when it
 * said nothing else. */
static void said_line(char *out, size_t n, const char *said, size_t len) {
  out[0] = 0;
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && said[j] != '\n')
      j++;
    size_t k = 0;
    for (size_t x = i; x < j && k + 1 < n; x++)
      if (said[x] >= 0x20 && said[x] < 0x7f)
        out[k++] = said[x];
    out[k] = 0;
    while (k > 0 && out[k - 1] == ' ')
      out[--k] = 0;
    if (k > 0 && out[0] != '=' && strncmp(out, "Fontconfig", 10) != 0)
      return;
    out[0] = 0;
    i = j + 1;
  }
}

/* Closes every descriptor from lo up. */
static void close_from(int lo) {
  DIR *dir = opendir("/proc/self/fd");
  if (!dir) { /* no /proc: the usual range */
    long max = sysconf(_SC_OPEN_MAX);
    for (long fd = lo; fd < (max > 0 && max < 65536 ? max : 65536); fd++)
      close((int)fd);
    return;
  }
  int skip = dirfd(dir);
  struct dirent *e;
  /* Closing while reading is safe for /proc/self/fd (the listing is made
   * as it is read, and a closed entry just disappears). */
  while ((e = readdir(dir)) != NULL) {
    char *end;
    long fd = strtol(e->d_name, &end, 10);
    if (*end == 0 && end != e->d_name && fd >= lo && fd != skip)
      close((int)fd);
  }
  closedir(dir);
}

/* The layout process: graphviz's stderr into the pipe, a lay out, the
 * stream down the other pipe, _exit (no atexit handlers, no stdio flush,
 * no leak check of graphviz's internals). Exit 0: stream written; 3:
 * graphviz failed; 4: the stream would pass the cap. */
static _Noreturn void gv_child(int out_fd, int err_fd, tmc_layout *L, const tmc_ir *ir,
                               const tmc_layout_in *in, const char *engine, bool newrank,
                               tmc_arena *a, size_t cap, unsigned seconds) {
  /* Crashes must end this process, not reach a handler the parent set. */
  static const int fatal[] = {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGALRM, SIGPIPE};
  for (size_t k = 0; k < sizeof fatal / sizeof *fatal; k++)
    signal(fatal[k], SIG_DFL);
  alarm(seconds + 1); /* outlive a parent that died: never run on alone */
  /* Only stdin, stdout, the two pipes as fds 2 and 3: the child must not
   * hold the run's temporary report files (or anything else) open. */
  int o = fcntl(out_fd, F_DUPFD, 4); /* out of the way of fds 2 and 3 */
  if (o < 0 || dup2(err_fd, STDERR_FILENO) < 0 || dup2(o, 3) < 0)
    _exit(3);
  close_from(4);
  if (!gv_layout(L, ir, in, engine, newrank, a))
    _exit(3);
  tmc_buf b = TMC_BUF_INIT;
  gv_write(&b, L, ir);
  if (b.len > cap)
    _exit(4);
  put_fd(3, b.data, b.len);
  close(3);
  _exit(0);
}

/* Lays the diagram out with graphviz in a child process (see above) that
 * gets limit_ms. Returns true with L filled, or false with the reason in
 * why (*timed_out set when it ran out of time). */
static bool gv_run(tmc_layout *L, const tmc_ir *ir, const tmc_layout_in *in,
                   const char *engine, bool newrank, double limit_ms, bool *timed_out,
                   tmc_arena *a, char *why, size_t why_n) {
  size_t cap = (size_t)GV_BYTES_PER_ITEM *
               ((size_t)ir->n_elements + ir->n_flows + ir->n_boundaries + 1);
  int out[2] = {-1, -1}, err[2] = {-1, -1};
  tmc_buf got = TMC_BUF_INIT;
  char said[GV_MAX_SAID + 1], line[200];
  size_t n_said = 0;
  bool too_big = false, ok = false;
  int ws = 0;

  context(); /* plugins load once, here, not in every child */
  if (pipe(out) < 0 || pipe(err) < 0) {
    snprintf(why, why_n, "cannot start graphviz: %s", strerror(errno));
    goto done;
  }
  fflush(NULL); /* a child that exits the hard way must not write our buffers */
  pid_t pid = fork();
  if (pid < 0) {
    snprintf(why, why_n, "cannot start graphviz: %s", strerror(errno));
    goto done;
  }
  if (pid == 0) {
    close(out[0]);
    close(err[0]);
    gv_child(out[1], err[1], L, ir, in, engine, newrank, a, cap,
             (unsigned)ceil(limit_ms / 1000));
  }
  close_fd(&out[1]);
  close_fd(&err[1]);
  double deadline = now_ms() + limit_ms;
  struct pollfd pf[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  while (pf[0].fd >= 0 || pf[1].fd >= 0) {
    double left = deadline - now_ms();
    if (left <= 0) {
      *timed_out = true;
      break;
    }
    int r = poll(pf, 2, (int)ceil(left));
    if (r < 0 && errno != EINTR)
      break;
    for (int k = 0; k < 2 && r > 0; k++) {
      if (pf[k].fd < 0 || !pf[k].revents)
        continue;
      char chunk[65536];
      ssize_t m = read(pf[k].fd, chunk, sizeof chunk);
      if (m < 0 && errno == EINTR)
        continue;
      if (m <= 0) {
        pf[k].fd = -1; /* poll skips it; closed below */
        continue;
      }
      if (k == 1) {
        size_t keep = (size_t)m < GV_MAX_SAID - n_said ? (size_t)m : GV_MAX_SAID - n_said;
        memcpy(said + n_said, chunk, keep);
        n_said += keep;
      } else if (got.len + (size_t)m > cap) {
        too_big = true;
      } else {
        tmc_buf_put(&got, chunk, (size_t)m);
      }
    }
    if (too_big)
      break;
  }
  if (pf[0].fd >= 0 || pf[1].fd >= 0) /* timed out, too big, or poll failed */
    kill(pid, SIGKILL);
  while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
    ;
  said_line(line, sizeof line, said, n_said);
  if (*timed_out)
    snprintf(why, why_n, "graphviz ran out of time"); /* the caller says how much */
  else if (too_big || (WIFEXITED(ws) && WEXITSTATUS(ws) == 4))
    snprintf(why, why_n, "graphviz's layout is larger than %zu KiB", cap >> 10);
  else if (WIFSIGNALED(ws))
    snprintf(why, why_n, "graphviz crashed (signal %d)%s%s", WTERMSIG(ws),
             *line ? " after: " : "", line);
  else if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0)
    snprintf(why, why_n, "graphviz failed%s%s", *line ? ": " : "", line);
  else if (*line)
    snprintf(why, why_n, "graphviz reported: %s", line);
  else if (!gv_read(L, ir, got.data, got.len, a))
    snprintf(why, why_n, "graphviz's layout was incomplete");
  else
    ok = true;
done:
  close_fd(&out[0]);
  close_fd(&out[1]);
  close_fd(&err[0]);
  close_fd(&err[1]);
  tmc_buf_free(&got);
  return ok;
}

/* Engines without cluster support leave boundaries empty: draw each around
 * its members instead, deepest first so parents enclose their children. */
static void regions_from_members(tmc_layout *L, const tmc_ir *ir, const tmc_layout_in *in,
                                 tmc_arena *a) {
  uint32_t *order = by_depth(ir, a);
  double *x0 = tmc_arena_alloc(a, sizeof(double) * 4 * (ir->n_boundaries + 1));
  double *y0 = x0 + ir->n_boundaries, *x1 = y0 + ir->n_boundaries,
         *y1 = x1 + ir->n_boundaries;
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    x0[b] = y0[b] = INFINITY;
    x1[b] = y1[b] = -INFINITY;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    uint32_t b = region_of(ir, ir->elements[i].boundary);
    if (b == TMC_NONE || L->bd_on[b])
      continue;
    tmc_rect r = L->el[i];
    x0[b] = fmin(x0[b], r.x), y0[b] = fmin(y0[b], r.y);
    x1[b] = fmax(x1[b], r.x + r.w), y1[b] = fmax(y1[b], r.y + r.h);
  }
  for (uint32_t k = ir->n_boundaries; k-- > 0;) {
    uint32_t b = order[k];
    if (!region(&ir->boundaries[b]) || L->bd_on[b] || !isfinite(x0[b]))
      continue;
    L->bd[b] = (tmc_rect){x0[b] - 10, y0[b] - 10 - in->bd_h[b], x1[b] - x0[b] + 20,
                          y1[b] - y0[b] + 20 + in->bd_h[b]};
    L->bd[b].w = fmax(L->bd[b].w, in->bd_w[b] + 20);
    L->bd_on[b] = true;
    uint32_t p = region_of(ir, ir->boundaries[b].parent);
    if (p != TMC_NONE && !L->bd_on[p]) {
      tmc_rect r = L->bd[b];
      x0[p] = fmin(x0[p], r.x), y0[p] = fmin(y0[p], r.y);
      x1[p] = fmax(x1[p], r.x + r.w), y1[p] = fmax(y1[p], r.y + r.h);
    }
  }
}

/* ---- draw.io: the author's geometry ----------------------------------------- */

static void grow(double bb[4], tmc_rect r) {
  bb[0] = fmin(bb[0], r.x), bb[1] = fmin(bb[1], r.y);
  bb[2] = fmax(bb[2], r.x + r.w), bb[3] = fmax(bb[3], r.y + r.h);
}

static bool finite_rect(tmc_rect r) {
  return isfinite(r.x) && isfinite(r.y) && isfinite(r.w) && isfinite(r.h) && r.w >= 0 &&
         r.h >= 0 && fabs(r.x) < 1e7 && fabs(r.y) < 1e7 && r.w < 1e7 && r.h < 1e7;
}

/* Pages are stacked top to bottom, each shifted so its content starts at the
 * band's corner; elements without geometry go in a row under their page. */
static void layout_drawio(tmc_layout *L, const tmc_ir *ir, const tmc_layout_in *in,
                          tmc_arena *a) {
  uint32_t np = ir->n_pages ? ir->n_pages : 1;
  double(*bb)[4] = tmc_arena_alloc(a, sizeof(double[4]) * np);
  for (uint32_t p = 0; p < np; p++)
    bb[p][0] = bb[p][1] = INFINITY, bb[p][2] = bb[p][3] = -INFINITY;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (e->has_geom && finite_rect(e->geom) && e->page < np) {
      /* Room for a label the author put under or beside the shape. */
      tmc_rect g = e->geom;
      const char *st = e->style ? e->style : "";
      if (strstr(st, "labelPosition=right"))
        g.w += 160;
      else if (strstr(st, "labelPosition=left"))
        g.x -= 160, g.w += 160;
      else if (strstr(st, "verticalLabelPosition=bottom") || strstr(st, "umlActor") ||
               e->icon)
        g.h += 48;
      else if (strstr(st, "verticalLabelPosition=top"))
        g.y -= 48, g.h += 48;
      grow(bb[e->page], g);
    }
  }
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const tmc_boundary *x = &ir->boundaries[b];
    if (x->page >= np)
      continue;
    if (x->has_geom && finite_rect(x->geom))
      grow(bb[x->page], x->geom);
    for (uint32_t k = 0; k < x->n_pts; k++)
      if (finite_rect((tmc_rect){x->pts[k].x, x->pts[k].y, 0, 0}))
        grow(bb[x->page], (tmc_rect){x->pts[k].x, x->pts[k].y, 0, 0});
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    for (uint32_t k = 0; k < f->n_pts && f->page < np; k++)
      if (finite_rect((tmc_rect){f->pts[k].x, f->pts[k].y, 0, 0}))
        grow(bb[f->page], (tmc_rect){f->pts[k].x, f->pts[k].y, 0, 0});
  }
  L->page_headers = np > 1;
  double head = L->page_headers ? PAGE_HEAD : 0, y = MARGIN, width = 0;
  tmc_point *shift = tmc_arena_alloc(a, sizeof(tmc_point) * np);
  for (uint32_t p = 0; p < np; p++) {
    if (!isfinite(bb[p][0]))
      bb[p][0] = bb[p][1] = bb[p][2] = bb[p][3] = 0;
    shift[p] = (tmc_point){MARGIN - bb[p][0], y + head - bb[p][1]};
    /* Elements without geometry: a row under the page's content. */
    double x = MARGIN,
           row_y = y + head + (bb[p][3] - bb[p][1]) + (bb[p][3] > bb[p][1] ? 30 : 0),
           row_h = 0;
    for (uint32_t i = 0; i < ir->n_elements; i++) {
      const tmc_element *e = &ir->elements[i];
      if (e->page != p && !(p == 0 && e->page >= np))
        continue;
      if (e->has_geom && finite_rect(e->geom)) {
        L->el[i] = (tmc_rect){e->geom.x + shift[p].x, e->geom.y + shift[p].y, e->geom.w,
                              e->geom.h};
      } else {
        L->el[i] = (tmc_rect){x, row_y, in->el_w[i], in->el_h[i]};
        x += in->el_w[i] + 30;
        row_h = fmax(row_h, in->el_h[i]);
      }
      width = fmax(width, L->el[i].x + L->el[i].w);
    }
    double page_h = fmax(bb[p][3] - bb[p][1], row_h > 0 ? row_y + row_h - y - head : 0);
    L->page[p] = (tmc_rect){MARGIN / 2.0, y, 0, head + page_h};
    width = fmax(width, MARGIN + bb[p][2] - bb[p][0]);
    y += head + page_h + PAGE_GAP;
  }
  for (uint32_t p = 0; p < np; p++)
    L->page[p].w = width - MARGIN / 2.0;
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    const tmc_boundary *x = &ir->boundaries[b];
    uint32_t p = x->page < np ? x->page : 0;
    if (x->has_geom && finite_rect(x->geom) && region(x)) {
      L->bd[b] = (tmc_rect){x->geom.x + shift[p].x, x->geom.y + shift[p].y, x->geom.w,
                            x->geom.h};
      L->bd_on[b] = true;
    }
    if (x->n_pts) {
      L->bd_pts[b] = tmc_arena_alloc(a, sizeof(tmc_point) * x->n_pts);
      for (uint32_t k = 0; k < x->n_pts; k++)
        L->bd_pts[b][k] = (tmc_point){x->pts[k].x + shift[p].x, x->pts[k].y + shift[p].y};
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    uint32_t p = f->page < np ? f->page : 0;
    straight_flow(&L->fl[i], L->el[f->src], L->el[f->dst], f->pts, f->n_pts, shift[p],
                  f->has_src_port ? &f->src_port : NULL,
                  f->has_dst_port ? &f->dst_port : NULL, f->bidirectional, f->route, a);
    author_label(&L->fl[i], f);
  }
  L->w = width + MARGIN;
  L->h = y - PAGE_GAP + MARGIN;
}

/* Back ends without a shared scene (ctx->scenes) lay the diagram out once
 * each; say things once. */
static void say_once(tmc_diags *d, tmc_diag_level level, tmc_loc loc, const char *fmt,
                     ...) TMC_PRINTF(4, 5);
static void say_once(tmc_diags *d, tmc_diag_level level, tmc_loc loc, const char *fmt,
                     ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  for (uint32_t i = 0; i < d->n; i++)
    if (strcmp(d->v[i].msg, msg) == 0)
      return;
  tmc_diag_add(d, level, loc, "%s", msg);
}

/* Forgets a failed layout's boxes and flows before the next one. */
static void reset(tmc_layout *L, const tmc_ir *ir) {
  memset(L->bd_on, 0, sizeof(bool) * (ir->n_boundaries + 1));
  memset(L->fl, 0, sizeof(tmc_layout_flow) * (ir->n_flows + 1));
  L->reserved = false;
}

void tmc_layout_compute(tmc_layout *L, const tmc_ir *ir, const tmc_layout_in *in,
                        tmc_arena *a, tmc_diags *d) {
  memset(L, 0, sizeof *L);
  L->el = tmc_arena_alloc(a, sizeof(tmc_rect) * (ir->n_elements + 1));
  L->bd = tmc_arena_alloc(a, sizeof(tmc_rect) * (ir->n_boundaries + 1));
  L->bd_on = tmc_arena_alloc(a, sizeof(bool) * (ir->n_boundaries + 1));
  L->bd_pts = tmc_arena_alloc(a, sizeof(tmc_point *) * (ir->n_boundaries + 1));
  L->fl = tmc_arena_alloc(a, sizeof(tmc_layout_flow) * (ir->n_flows + 1));
  L->page = tmc_arena_alloc(a, sizeof(tmc_rect) * (ir->n_pages + 1));
  tmc_loc loc = {ir->file, 0, 0};

  /* The author drew it: keep their layout (a format that can carry positions
   * but a file that gives none, a Threat Dragon model written by hand, is
   * laid out as DOT is). */
  bool drawn = false;
  for (uint32_t i = 0; ir->format->has_geometry && i < ir->n_elements && !drawn; i++)
    drawn = ir->elements[i].has_geom;
  if (drawn || (ir->format->has_geometry && !ir->n_elements)) {
    layout_drawio(L, ir, in, a);
    return;
  }
  if (ir->n_elements > TMC_SCENE_MAX_GRAPHVIZ_ELEMENTS ||
      ir->n_flows > TMC_SCENE_MAX_GRAPHVIZ_FLOWS ||
      ir->n_boundaries > TMC_SCENE_MAX_GRAPHVIZ_BOUNDARIES) {
    say_once(
        d, TMC_DIAG_NOTE, loc,
        "diagram: %u elements, %u flows and %u boundaries is above the graphviz layout "
        "limit (%u elements, %u flows or %u boundaries): drawn on a simple grid with "
        "straight, unlabelled flows",
        ir->n_elements, ir->n_flows, ir->n_boundaries, TMC_SCENE_MAX_GRAPHVIZ_ELEMENTS,
        TMC_SCENE_MAX_GRAPHVIZ_FLOWS, TMC_SCENE_MAX_GRAPHVIZ_BOUNDARIES);
    layout_grid(L, ir, in, a);
    return;
  }
  /* Only engines graphviz ships: asking gvLayout for another makes it list
   * its plugins on stderr (and leak the list). */
  static const char *const engines[] = {"dot",   "neato", "fdp",   "sfdp",
                                        "twopi", "circo", "osage", "patchwork"};
  const char *engine = "dot";
  const char *want = in->engine && *in->engine ? in->engine : "dot";
  bool known = false;
  for (size_t k = 0; k < sizeof engines / sizeof *engines; k++)
    if (strcmp(want, engines[k]) == 0)
      engine = engines[k], known = true;
  if (!known)
    say_once(
        d, TMC_DIAG_WARNING, loc,
        "diagram: unknown graphviz layout engine '%.64s': using dot (known: dot, neato, "
        "fdp, sfdp, twopi, circo, osage, patchwork)",
        want);
  /* Attempts, all within one time bound: the engine asked for; dot, if
   * that was another; dot with newrank=true, which ranks the whole graph at
   * once and so avoids 2.43's "trouble in init_rank" with labelled flows
   * between clusters (not first: it moves zones on diagrams that lay out
   * well without it). */
  double limit = in->timeout_ms ? in->timeout_ms : TMC_SCENE_GRAPHVIZ_TIMEOUT_MS;
  double deadline = now_ms() + limit;
  char why[320] = "";
  bool timed_out = false;
  for (int k = 0; k < 3 && !timed_out; k++) {
    if (k == 1 && strcmp(engine, "dot") == 0)
      continue;
    const char *e = k == 0 ? engine : "dot";
    double left = deadline - now_ms();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    reset(L, ir);
    if (gv_run(L, ir, in, e, k == 2, left, &timed_out, a, why, sizeof why)) {
      regions_from_members(L, ir, in, a);
      return;
    }
    if (k == 0 && strcmp(engine, "dot") != 0)
      say_once(d, TMC_DIAG_WARNING, loc,
               "diagram: graphviz layout engine '%s' failed (%s): using dot", engine,
               why);
  }
  if (timed_out) {
    char t[32];
    duration(t, sizeof t, limit);
    snprintf(why, sizeof why, "graphviz took longer than %s", t);
  }
  say_once(d, TMC_DIAG_NOTE, loc,
           "diagram: graphviz could not lay this diagram out (%s): drawn on a simple "
           "grid with straight, unlabelled flows",
           why);
  reset(L, ir);
  layout_grid(L, ir, in, a);
  L->gv_failed = true;
}

/* graphviz 2.43's plugin configuration (gvContext), its dot and neato
 * layouts (which now run only in the layout process, which leaves with
 * _exit and so is never leak-checked) and fontconfig (loaded by graphviz's
 * and cairo's font plugins) keep memory none of which is ours to free. LeakSanitizer
 * reads these suppressions from the program itself, so every sanitizer build of tmc and
 * its tests stays quiet about them and still reports our own leaks. */
#if defined(__SANITIZE_ADDRESS__)
#define TMC_LSAN_SUPPRESS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TMC_LSAN_SUPPRESS 1
#endif
#endif
#ifdef TMC_LSAN_SUPPRESS
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  /* graphviz is built without frame pointers, so a leak's stack often ends
   * in its allocator: name that too (cgraph, which we free, allocates
   * through its own functions, not these). */
  return "leak:libgvplugin_dot_layout\n"
         "leak:libgvplugin_neato_layout\n"
         "leak:libfontconfig\n"
         "leak:gmalloc\n"
         "leak:grealloc\n"
         "leak:zmalloc\n"
         "leak:make_html_label\n";
}
#endif
