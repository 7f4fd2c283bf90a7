/* boundaries.c - trust levels, membership and crossings.
 *
 * Trust: trust= wins; else words in the label ("Internet" 0, "DMZ" 1,
 * "internal" 2, "restricted" 3); else one more than the enclosing boundary
 * (a drawn boundary usually fences something more trusted than its outside).
 * Outside every boundary is trust 0.
 *
 * Membership: clusters and containers come from the front end; elements not
 * in one are placed by geometry into the smallest enclosing BOX boundary.
 *
 * Crossings: a flow crosses every boundary between its endpoints' innermost
 * boundaries in the tree (exited on the source side, entered on the target
 * side), and every LINE boundary its straight segment cuts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "passes/passes.h"

static const struct {
  const char *word;
  int trust;
} trust_words[] = {
    {"internet", 0},   {"public", 0},    {"untrusted", 0},    {"external", 0},
    {"guest", 0},      {"outside", 0},   {"third party", 0},  {"third-party", 0},
    {"dmz", 1},        {"perimeter", 1}, {"edge", 1},         {"demilitarized", 1},
    {"partner", 1},    {"internal", 2},  {"corporate", 2},    {"private", 2},
    {"intranet", 2},   {"company", 2},   {"backend", 2},      {"on-prem", 2},
    {"vpc", 2},        {"trusted", 2},   {"enterprise", 2},   {"restricted", 3},
    {"secure", 3},     {"secret", 3},    {"vault", 3},        {"pci", 3},
    {"management", 3}, {"admin", 3},     {"confidential", 3},
};

static int parse_int(const char *s, int *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (end == s || *end || v < 0 || v > 9)
    return -1;
  *out = (int)v;
  return 0;
}

/* Parents come before children in the arrays of neither front end for sure,
 * so trust is resolved by walking up with a step bound (the IR checker
 * guarantees no cycles, but we stay safe). */
static int resolve_trust(tmc_ir *ir, uint32_t b, tmc_diags *d, uint32_t guard) {
  tmc_boundary *x = &ir->boundaries[b];
  if (x->trust >= 0 || guard > ir->n_boundaries)
    return x->trust < 0 ? 1 : x->trust;
  const char *t = tmc_props_get(&x->props, "trust");
  if (t && *t) {
    int v;
    if (parse_int(t, &v) == 0) {
      x->trust = v;
      x->trust_reason = "trust=";
      return v;
    }
    tmc_warning(d, x->loc, "boundary '%s': trust='%s' is not a number from 0 to 9", x->id,
                t);
  }
  /* Check the most trusted words first: "Restricted internal zone" is 3. */
  int best = -1;
  const char *why = NULL;
  for (size_t i = 0; i < sizeof trust_words / sizeof *trust_words; i++)
    if (tmc_has_word(x->label, trust_words[i].word) && trust_words[i].trust > best) {
      best = trust_words[i].trust;
      why = trust_words[i].word;
    }
  if (best >= 0) {
    x->trust = best;
    x->trust_reason = tmc_arena_printf(ir->arena, "label word '%s'", why);
    return best;
  }
  if (x->parent == TMC_NONE) {
    x->trust = 1;
    x->trust_reason = "default: inside a boundary, outside is trust 0";
  } else {
    int pt = resolve_trust(ir, x->parent, d, guard + 1);
    x = &ir->boundaries[b];
    x->trust = pt < 9 ? pt + 1 : 9;
    x->trust_reason = "default: one above the enclosing boundary";
  }
  return x->trust;
}

static bool rect_contains(const tmc_rect *outer, const tmc_rect *inner) {
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->w <= outer->x + outer->w &&
         inner->y + inner->h <= outer->y + outer->h;
}

static bool is_ancestor(const tmc_ir *ir, uint32_t anc, uint32_t b) {
  for (uint32_t guard = 0; b != TMC_NONE && guard <= ir->n_boundaries; guard++) {
    if (b == anc)
      return true;
    b = ir->boundaries[b].parent;
  }
  return false;
}

/* BOX boundaries nest by geometry: the smallest box that contains another
 * is its parent (unless the front end already set one). A top-level
 * container drawn inside a box nests the same way: people draw a swimlane
 * inside a dashed "Internet" box without making it a child. */
static void nest_boxes(tmc_ir *ir) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    tmc_boundary *x = &ir->boundaries[i];
    if ((x->form != TMC_BOUNDARY_BOX && x->form != TMC_BOUNDARY_CONTAINER) ||
        !x->has_geom || x->parent != TMC_NONE)
      continue;
    uint32_t best = TMC_NONE;
    double best_area = INFINITY;
    for (uint32_t j = 0; j < ir->n_boundaries; j++) {
      const tmc_boundary *y = &ir->boundaries[j];
      if (j == i || y->page != x->page || !y->has_geom || y->form == TMC_BOUNDARY_LINE)
        continue;
      double area = y->geom.w * y->geom.h;
      if (rect_contains(&y->geom, &x->geom) && area < best_area &&
          !(area == x->geom.w * x->geom.h && j > i) && !is_ancestor(ir, i, j)) {
        best = j;
        best_area = area;
      }
    }
    ir->boundaries[i].parent = best;
  }
}

/* The indices of the boundaries of one form that have geometry or points:
 * the per-element and per-flow loops below scan only those, so a diagram of
 * containers (no box, no line) costs nothing there. Caller frees. */
static uint32_t *of_form(const tmc_ir *ir, tmc_boundary_form form, uint32_t *n) {
  uint32_t *v = tmc_xmalloc((ir->n_boundaries + 1) * sizeof *v);
  *n = 0;
  for (uint32_t j = 0; j < ir->n_boundaries; j++)
    if (ir->boundaries[j].form == form &&
        (form == TMC_BOUNDARY_LINE ? ir->boundaries[j].n_pts > 1
                                   : ir->boundaries[j].has_geom))
      v[(*n)++] = j;
  return v;
}

static void place_by_geometry(tmc_ir *ir) {
  uint32_t n_boxes;
  uint32_t *boxes = of_form(ir, TMC_BOUNDARY_BOX, &n_boxes);
  for (uint32_t i = 0; i < ir->n_elements && n_boxes; i++) {
    tmc_element *e = &ir->elements[i];
    if (!e->has_geom)
      continue;
    uint32_t best = e->boundary;
    double best_area = best != TMC_NONE && ir->boundaries[best].has_geom
                           ? ir->boundaries[best].geom.w * ir->boundaries[best].geom.h
                           : INFINITY;
    for (uint32_t bx = 0; bx < n_boxes; bx++) {
      uint32_t j = boxes[bx];
      const tmc_boundary *y = &ir->boundaries[j];
      if (y->page != e->page)
        continue;
      double area = y->geom.w * y->geom.h;
      if (rect_contains(&y->geom, &e->geom) && area < best_area) {
        best = j;
        best_area = area;
      }
    }
    e->boundary = best;
  }
  free(boxes);
}

static void compute_depths(tmc_ir *ir) {
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    uint32_t depth = 0, b = ir->boundaries[i].parent;
    while (b != TMC_NONE && depth <= ir->n_boundaries) {
      depth++;
      b = ir->boundaries[b].parent;
    }
    ir->boundaries[i].depth = depth;
  }
}

/* Do segments p1-p2 and q1-q2 properly intersect? */
static double cross(tmc_point o, tmc_point a, tmc_point b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static bool segments_cross(tmc_point p1, tmc_point p2, tmc_point q1, tmc_point q2) {
  double d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2);
  double d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
         ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static tmc_point center(const tmc_rect *r) {
  return (tmc_point){r->x + r->w / 2, r->y + r->h / 2};
}

static void compute_crossings(tmc_ir *ir) {
  uint32_t n_lines;
  uint32_t *lines = of_form(ir, TMC_BOUNDARY_LINE, &n_lines);
  uint32_t *tmp = tmc_xmalloc(sizeof(uint32_t) * (ir->n_boundaries * 2 + 1));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    uint32_t n = 0;
    /* Exited on the source side: walk up from the source until an ancestor of the target.
     */
    for (uint32_t b = s->boundary, g = 0; b != TMC_NONE && g <= ir->n_boundaries; g++) {
      if (is_ancestor(ir, b, t->boundary))
        break;
      tmp[n++] = b;
      b = ir->boundaries[b].parent;
    }
    /* Entered on the target side, recorded outermost first. */
    uint32_t mark = n;
    for (uint32_t b = t->boundary, g = 0; b != TMC_NONE && g <= ir->n_boundaries; g++) {
      if (is_ancestor(ir, b, s->boundary))
        break;
      tmp[n++] = b;
      b = ir->boundaries[b].parent;
    }
    for (uint32_t a = mark, z = n ? n - 1 : 0; a < z; a++, z--) {
      uint32_t x = tmp[a];
      tmp[a] = tmp[z];
      tmp[z] = x;
    }
    if (n_lines && s->has_geom && t->has_geom && f->src != f->dst) {
      tmc_point p1 = center(&s->geom), p2 = center(&t->geom);
      for (uint32_t li = 0; li < n_lines; li++) {
        uint32_t b = lines[li];
        const tmc_boundary *x = &ir->boundaries[b];
        if (x->page != f->page)
          continue;
        for (uint32_t k = 0; k + 1 < x->n_pts; k++)
          if (segments_cross(p1, p2, x->pts[k], x->pts[k + 1])) {
            tmp[n++] = b;
            break;
          }
      }
    }
    f->n_crossed = n;
    f->crossed = NULL;
    if (n) {
      f->crossed = tmc_arena_alloc(ir->arena, n * sizeof(uint32_t));
      memcpy(f->crossed, tmp, n * sizeof(uint32_t));
    }
    f->facts.crosses = n > 0;
    f->facts.src_trust = tmc_ir_element_trust(ir, f->src);
    f->facts.dst_trust = tmc_ir_element_trust(ir, f->dst);
    /* A line boundary has two sides with no inside; crossing one is treated
     * as entering its trust from the untrusted side. */
    for (uint32_t k = mark; k < n; k++) {
      const tmc_boundary *x = &ir->boundaries[tmp[k]];
      if (x->form == TMC_BOUNDARY_LINE && x->trust > f->facts.dst_trust)
        f->facts.dst_trust = x->trust;
    }
    f->facts.into_higher =
        f->facts.crosses &&
        (f->facts.dst_trust > f->facts.src_trust ||
         (f->bidirectional && f->facts.src_trust > f->facts.dst_trust));
  }
  free(tmp);
  free(lines);
}

int tmc_pass_boundaries(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  nest_boxes(ir);
  compute_depths(ir);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    resolve_trust(ir, i, d, 0);
  place_by_geometry(ir);
  compute_crossings(ir);
  return 0;
}
