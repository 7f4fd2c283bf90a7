/* boundaries.c - trust levels, membership and crossings.
 *
 * Trust: trust= wins; else words in the label ("Internet" 0, "DMZ" 1,
 * "internal" 2, "restricted" 3); else one more than the enclosing boundary
 * (a drawn boundary usually fences something more trusted than its outside).
 * Outside every boundary is trust 0. A grouping (zones pass) has the trust
 * of the zone around it and is crossed by no flow.
 *
 * Membership: clusters and containers come from the front end; an element
 * is placed by geometry into the smallest enclosing box or container when
 * that is smaller than the one it is in (shapes drawn on a container without
 * being its children).
 *
 * Crossings: a flow crosses every boundary between its endpoints' innermost
 * boundaries in the tree (exited on the source side, entered on the target
 * side), and every LINE boundary its straight segment cuts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/lexicon.h"
#include "ir/rectidx.h"
#include "passes/passes.h"

static int parse_int(const char *s, int *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (end == s || *end || v < 0 || v > 9)
    return -1;
  *out = (int)v;
  return 0;
}

/* A boundary's trust from what it says itself (trust=, label words), or -1. */
static void own_trust(tmc_ir *ir, const tmc_lexicon *lx, uint32_t b) {
  tmc_boundary *x = &ir->boundaries[b];
  if (x->trust >= 0 || x->grouping)
    return;
  const char *t = tmc_props_get(&x->props, "trust");
  if (t && *t) {
    int v;
    if (parse_int(t, &v) == 0) {
      x->trust = v;
      x->trust_reason = "trust=";
      return;
    } /* warned about once the trust used instead is known (bad_trust) */
  }
  /* The most trusted list first: "Restricted internal zone" is 3. */
  static const tmc_word_list by_trust[] = {
      TMC_WORDS_TRUST_UNTRUSTED, TMC_WORDS_TRUST_PERIMETER, TMC_WORDS_TRUST_INTERNAL,
      TMC_WORDS_TRUST_RESTRICTED};
  /* precision16: "imaging network (no internet egress)", "air-gapped":
   * the internet word names what the zone lacks, so it is not the outside */
  /* g31c: nor "outbound internet open" (egress_only): where its code may
   * reach out to, not what the zone is */
  int lowest = tmc_lexicon_says(lx, TMC_WORDS_CUT_OFF, x->label) ||
                       tmc_lexicon_says(lx, TMC_WORDS_EGRESS_ONLY, x->label)
                   ? 1
                   : 0;
  for (int level = 3; level >= lowest; level--) {
    const char *why = tmc_lexicon_says(lx, by_trust[level], x->label);
    if (why) {
      x->trust = level;
      x->trust_reason = tmc_arena_printf(ir->arena, "label word '%s'", why);
      return;
    }
  }
  /* fe22: a device's frame drawn around an app (a phone, a tablet, a
   * browser window: a zone row whose technology is a device people hold)
   * is a person's device, outside our control. */
  tmc_stencil st;
  if (tmc_lexicon_device_zone_style(lx, x->style) &&
      tmc_lexicon_stencil_of_style(lx, x->style, &st, NULL, 0)) {
    x->trust = 0;
    x->trust_reason = tmc_arena_printf(ir->arena, "a person's device (%s)", st.token);
  }
}

/* trust= that is not a level, with the trust used instead and why. */
static void bad_trust(tmc_ir *ir, const tmc_boundary *x, tmc_diags *d) {
  const char *t = tmc_props_get(&x->props, "trust");
  int v;
  if (t && *t && parse_int(t, &v) < 0 && !x->grouping)
    tmc_warning(d, tmc_props_loc(&x->props, "trust", true, x->loc),
                "boundary %s: trust='%s' is not a number from 0 (untrusted) to 9; trust "
                "%d used instead, from %s",
                tmc_boundary_who(ir, x), t, x->trust,
                x->trust_reason ? x->trust_reason : "the default");
}

/* The default trust of a boundary that says nothing: its parent's (resolved
 * already, parents go first) plus one. */
static void default_trust(tmc_ir *ir, uint32_t b) {
  tmc_boundary *x = &ir->boundaries[b];
  if (x->trust >= 0)
    return;
  /* A grouping fences no trust: its zone's, or the outside's. */
  if (x->grouping) {
    x->trust = x->parent == TMC_NONE ? 0 : ir->boundaries[x->parent].trust;
    x->trust_reason = "grouping: the trust of the zone around it";
    return;
  }
  if (x->parent == TMC_NONE) {
    x->trust = 1;
    x->trust_reason = "default: inside a boundary, outside is trust 0";
  } else {
    int pt = ir->boundaries[x->parent].trust;
    x->trust = pt < 0 ? 1 : pt < 9 ? pt + 1 : 9;
    x->trust_reason = "default: one above the enclosing boundary";
  }
}

/* Boundaries with geometry, grouped by page: page p's are at[start[p] ..
 * start[p + 1]), ascending, each with an index of their rectangles built
 * when first asked for. */
typedef struct by_page {
  uint32_t *at, *start;
  tmc_rectidx **idx;
  uint32_t n_pages;
} by_page;

static void by_page_init(by_page *g, const tmc_ir *ir,
                         bool (*want)(const tmc_boundary *)) {
  g->n_pages = ir->n_pages;
  g->start = tmc_xcalloc(ir->n_pages + 2, sizeof(uint32_t));
  g->at = tmc_xmalloc((ir->n_boundaries + 1) * sizeof(uint32_t));
  g->idx = tmc_xcalloc(ir->n_pages + 1, sizeof(tmc_rectidx *));
  for (uint32_t j = 0; j < ir->n_boundaries; j++)
    if (want(&ir->boundaries[j]) && ir->boundaries[j].page < ir->n_pages)
      g->start[ir->boundaries[j].page + 2]++;
  for (uint32_t p = 0; p < ir->n_pages; p++)
    g->start[p + 2] += g->start[p + 1];
  for (uint32_t j = 0; j < ir->n_boundaries; j++)
    if (want(&ir->boundaries[j]) && ir->boundaries[j].page < ir->n_pages)
      g->at[g->start[ir->boundaries[j].page + 1]++] = j;
}

static tmc_rectidx *by_page_index(by_page *g, const tmc_ir *ir, uint32_t page) {
  if (page >= g->n_pages)
    return NULL;
  if (!g->idx[page]) {
    uint32_t lo = g->start[page], n = g->start[page + 1] - lo;
    tmc_rect *r = tmc_xmalloc((n + 1) * sizeof *r);
    for (uint32_t k = 0; k < n; k++)
      r[k] = ir->boundaries[g->at[lo + k]].geom;
    g->idx[page] = tmc_rectidx_new(r, n);
    free(r);
  }
  return g->idx[page];
}

static void by_page_free(by_page *g) {
  for (uint32_t p = 0; p < g->n_pages; p++)
    tmc_rectidx_free(g->idx[p]);
  free(g->idx);
  free(g->at);
  free(g->start);
}

static bool nestable(const tmc_boundary *y) {
  return y->has_geom && y->form != TMC_BOUNDARY_LINE;
}

/* Boxes and containers: people draw shapes on top of a container (an AWS
 * Cloud group, a lane) without making them its children. */
static bool is_area(const tmc_boundary *y) {
  return y->has_geom &&
         (y->form == TMC_BOUNDARY_BOX || y->form == TMC_BOUNDARY_CONTAINER);
}

/* The root of b's tree, through a union-find over the boundary forest whose
 * representative is always the tree's root (links only hang a root under
 * another tree). Path halving keeps it near-constant. */
static uint32_t tree_root(uint32_t *uf, uint32_t b) {
  while (uf[b] != b) {
    uf[b] = uf[uf[b]];
    b = uf[b];
  }
  return b;
}

typedef struct nest_ctx {
  const tmc_ir *ir;
  const uint32_t *at; /* item -> boundary */
  uint32_t *uf;
  uint32_t self;
} nest_ctx;

/* May boundary `item` enclose c->self? Not itself, not an identical box
 * drawn later, and nothing inside self's own tree (a cycle). */
static bool may_enclose(void *ctx, uint32_t item) {
  nest_ctx *c = ctx;
  uint32_t j = c->at[item], i = c->self;
  const tmc_rect *x = &c->ir->boundaries[i].geom, *y = &c->ir->boundaries[j].geom;
  if (j == i || (y->w * y->h == x->w * x->h && j > i))
    return false;
  return tree_root(c->uf, j) != i;
}

/* BOX boundaries nest by geometry: the smallest box that contains another
 * is its parent (unless the front end already set one). A top-level
 * container drawn inside a box nests the same way: people draw a swimlane
 * inside a dashed "Internet" box without making it a child. Each box asks
 * the page's index for its smallest container; a union-find over the trees
 * says whether that would close a cycle, so the whole costs about
 * n log n, not the n^3 of trying every pair and walking up. */
static void nest_boxes(tmc_ir *ir) {
  by_page g;
  by_page_init(&g, ir, nestable);
  uint32_t *uf = tmc_xmalloc((ir->n_boundaries + 1) * sizeof *uf);
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    uint32_t p = ir->boundaries[i].parent;
    uf[i] = p < ir->n_boundaries ? p : i;
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    tmc_boundary *x = &ir->boundaries[i];
    if ((x->form != TMC_BOUNDARY_BOX && x->form != TMC_BOUNDARY_CONTAINER) ||
        !x->has_geom || x->parent != TMC_NONE)
      continue;
    tmc_rectidx *idx = by_page_index(&g, ir, x->page);
    nest_ctx c = {ir, g.at + (idx ? g.start[x->page] : 0), uf, i};
    uint32_t item = tmc_rectidx_around(idx, &x->geom, may_enclose, &c);
    if (item == TMC_NONE)
      continue;
    uint32_t j = c.at[item];
    ir->boundaries[i].parent = j;
    uf[i] = tree_root(uf, j);
  }
  free(uf);
  by_page_free(&g);
}

/* Elements go into the smallest box or container around them when it is
 * smaller than the one they are in (or they are in none). */
static void place_by_geometry(tmc_ir *ir) {
  by_page g;
  by_page_init(&g, ir, is_area);
  for (uint32_t i = 0; i < ir->n_elements && g.start[g.n_pages]; i++) {
    tmc_element *e = &ir->elements[i];
    if (!e->has_geom || e->page >= g.n_pages || g.start[e->page] == g.start[e->page + 1])
      continue;
    uint32_t cur = e->boundary;
    double cur_area = cur != TMC_NONE && ir->boundaries[cur].has_geom
                          ? ir->boundaries[cur].geom.w * ir->boundaries[cur].geom.h
                          : INFINITY;
    uint32_t item =
        tmc_rectidx_around(by_page_index(&g, ir, e->page), &e->geom, NULL, NULL);
    if (item == TMC_NONE)
      continue;
    uint32_t j = g.at[g.start[e->page] + item];
    if (ir->boundaries[j].geom.w * ir->boundaries[j].geom.h < cur_area)
      e->boundary = j;
  }
  by_page_free(&g);
}

/* The indices of the line boundaries that have points: the per-flow loop
 * below scans only those. Caller frees. */
static uint32_t *lines_of(const tmc_ir *ir, uint32_t *n) {
  uint32_t *v = tmc_xmalloc((ir->n_boundaries + 1) * sizeof *v);
  *n = 0;
  for (uint32_t j = 0; j < ir->n_boundaries; j++)
    if (ir->boundaries[j].form == TMC_BOUNDARY_LINE && ir->boundaries[j].n_pts > 1)
      v[(*n)++] = j;
  return v;
}

/* Depths parents first, each boundary's from its parent's, with an explicit
 * walk up to the nearest known one: linear however deep the nesting. */
static void compute_depths(tmc_ir *ir) {
  uint32_t n = ir->n_boundaries;
  bool *known = tmc_xcalloc(n + 1, sizeof(bool));
  uint32_t *walk = tmc_xmalloc((n + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < n; i++) {
    uint32_t k = 0;
    for (uint32_t b = i; b != TMC_NONE && !known[b] && k <= n;
         b = ir->boundaries[b].parent)
      walk[k++] = b;
    while (k) {
      uint32_t b = walk[--k], p = ir->boundaries[b].parent;
      ir->boundaries[b].depth =
          p == TMC_NONE || !known[p] ? 0 : ir->boundaries[p].depth + 1;
      known[b] = true;
    }
  }
  free(walk);
  free(known);
}

/* ---- groupings the page's structure shows --------------------------------- */

/* How a boundary is drawn, as one comparable string: its draw.io style's
 * settings sorted (draw.io writes them in any order: "opacity=70;fontStyle=0"
 * and "fontStyle=0;opacity=70" draw alike), or a DOT cluster's pen and fill
 * attributes. Arena-allocated; NULL when nothing is drawn on purpose (a
 * Mermaid subgraph, a bare cluster): boxes drawn all alike by default are
 * not alike by the author's choice. */
static const char *look_of(tmc_ir *ir, const tmc_boundary *x) {
  tmc_buf b = {0};
  if (!x->style) {
    static const char *const keys[] = {"style",   "color",    "pencolor",  "fillcolor",
                                       "bgcolor", "penwidth", "fontcolor", "shape"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
      const char *v = tmc_props_get(&x->props, keys[k]);
      if (v && *v)
        tmc_buf_printf(&b, "%s=%s;", keys[k], v);
    }
  } else {
    tmc_buf_style_sorted(&b, x->style);
  }
  const char *r = b.len ? tmc_arena_strdup(ir->arena, b.data) : NULL;
  tmc_buf_free(&b);
  return r;
}

typedef struct sibling {
  uint32_t page, parent, b;
  const char *look;
} sibling;

static int cmp_sibling(const void *pa, const void *pb) {
  const sibling *a = pa, *b = pb;
  if (a->page != b->page)
    return a->page < b->page ? -1 : 1;
  if (a->parent != b->parent)
    return a->parent < b->parent ? -1 : 1;
  int c = strcmp(a->look, b->look);
  if (c)
    return c;
  return a->b < b->b ? -1 : a->b > b->b;
}

/* Has the boundary no text a reader sees: an unlabelled shape, a DOT
 * cluster with no label= (its reader names it by its id, which Graphviz
 * does not draw; a Mermaid subgraph's id is its title)? */
static bool says_nothing(const tmc_ir *ir, const tmc_boundary *x) {
  return !x->label || !*x->label || tmc_boundary_label_is_id(ir, x);
}

/* The zones pass decided from what each boundary says (words, stencil,
 * style); what the page's structure says needs the nesting, known only now
 * (boxes nest by geometry). For the boundaries nothing decided (a zone by
 * default) it says:
 *   1. drawn exactly like a sibling (same page, same parent, same style)
 *      that its words, stencil or attributes make a grouping, and like none
 *      that they make a zone: a grouping too. A page draws its sections,
 *      columns or departments alike, and names only some of them so
 *      ("Section 1" .. "Section 5" beside "Server Farm");
 *   2. no text at all and no boundary style (a dashed or red outline came
 *      earlier): it names no trust area, so a grouping (a bar behind data
 *      cards, Graphviz's unnamed clusters), unless it holds other
 *      boundaries: then it is the backdrop of a site map, the area its zones
 *      and groups lie in.
 * Sorting the siblings keeps it O(n log n). */
static void groupings_by_structure(tmc_ir *ir) {
  uint32_t n = ir->n_boundaries;
  if (!n)
    return;
  bool *holds = tmc_xcalloc(n + 1, sizeof *holds);
  sibling *v = tmc_xmalloc(n * sizeof *v);
  uint32_t m = 0;
  for (uint32_t i = 0; i < n; i++) {
    const tmc_boundary *x = &ir->boundaries[i];
    if (x->parent < n)
      holds[x->parent] = true;
    const char *look =
        x->form != TMC_BOUNDARY_LINE && !x->context ? look_of(ir, x) : NULL;
    if (look)
      v[m++] = (sibling){x->page, x->parent, i, look};
  }
  qsort(v, m, sizeof *v, cmp_sibling);
  for (uint32_t a = 0, z; a < m; a = z) {
    const tmc_boundary *model = NULL;
    bool zone = false;
    for (z = a; z < m && v[z].page == v[a].page && v[z].parent == v[a].parent &&
                strcmp(v[z].look, v[a].look) == 0;
         z++) {
      const tmc_boundary *x = &ir->boundaries[v[z].b];
      if (x->zone_source == TMC_SOURCE_DEFAULT)
        continue;
      if (x->grouping && !model)
        model = x;
      zone |= !x->grouping;
    }
    if (!model || zone)
      continue;
    for (uint32_t k = a; k < z; k++) {
      tmc_boundary *x = &ir->boundaries[v[k].b];
      if (x->zone_source != TMC_SOURCE_DEFAULT)
        continue;
      x->grouping = true;
      x->zone_source = TMC_SOURCE_STYLE;
      x->zone_evidence =
          tmc_arena_printf(ir->arena, "drawn like its sibling %s, a grouping",
                           tmc_boundary_who(ir, model));
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    tmc_boundary *x = &ir->boundaries[i];
    if (x->zone_source == TMC_SOURCE_DEFAULT && !x->grouping && !holds[i] &&
        !x->context && x->form != TMC_BOUNDARY_LINE && says_nothing(ir, x)) {
      x->grouping = true;
      x->zone_evidence = "no name and no boundary style";
    }
  }
  free(v);
  free(holds);
}

/* The innermost boundary around both a and b (TMC_NONE: none), by depths. */
static uint32_t common_ancestor(const tmc_ir *ir, uint32_t a, uint32_t b) {
  while (a != b && a != TMC_NONE && b != TMC_NONE) {
    uint32_t da = ir->boundaries[a].depth, db = ir->boundaries[b].depth;
    if (da >= db)
      a = ir->boundaries[a].parent;
    if (db >= da)
      b = ir->boundaries[b].parent;
  }
  return a == b ? a : TMC_NONE;
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
  uint32_t *lines = lines_of(ir, &n_lines);
  uint32_t *tmp = tmc_xmalloc(sizeof(uint32_t) * (ir->n_boundaries * 2 + 1));
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const tmc_element *s = &ir->elements[f->src], *t = &ir->elements[f->dst];
    uint32_t n = 0;
    /* Exited on the source side, up to the innermost boundary around both;
     * then entered on the target side, recorded outermost first. */
    uint32_t both = common_ancestor(ir, s->boundary, t->boundary);
    /* Groupings fence no trust: crossing one crosses nothing. */
    for (uint32_t b = s->boundary; b != both; b = ir->boundaries[b].parent)
      if (!ir->boundaries[b].grouping)
        tmp[n++] = b;
    uint32_t mark = n;
    for (uint32_t b = t->boundary; b != both; b = ir->boundaries[b].parent)
      if (!ir->boundaries[b].grouping)
        tmp[n++] = b;
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
        if (x->page != f->page || x->grouping)
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

/* A box linked to another page of the file (draw.io's link=
 * "data:page/id,ID", a UserObject's link to the page that details it)
 * holds what that page draws, once geometry has placed the box: the detail page's
 * elements in no boundary of their own sit in the box's boundary (same zone, same trust),
 * not loose beside it. The first link to a page decides; a page linking to itself changes
 * nothing. */
/* Does element e, drawn loose on a page, stand outside what the page
 * details: a person or another party (an external entity), a third party's
 * content, or words saying the outside ("Public web search", "Partner
 * API": the untrusted and party-zone words that set a zone's trust)? */
static bool outside_part(const tmc_lexicon *lx, const tmc_element *e) {
  return e->kind == TMC_KIND_EXTERNAL || e->third_party ||
         (e->label && (tmc_lexicon_says(lx, TMC_WORDS_TRUST_UNTRUSTED, e->label) ||
                       tmc_lexicon_says(lx, TMC_WORDS_PARTY_ZONES, e->label)));
}

static void detail_pages(tmc_ir *ir, const tmc_lexicon *lx) {
  if (ir->n_pages < 2)
    return;
  uint32_t *in = tmc_xmalloc(sizeof(uint32_t) * ir->n_pages);
  for (uint32_t p = 0; p < ir->n_pages; p++)
    in[p] = TMC_NONE;
  bool any = false;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    const char *link = tmc_props_get(&e->props, "link");
    if (!link || strncmp(link, "data:page/id,", 13) != 0 || e->boundary == TMC_NONE)
      continue;
    for (uint32_t p = 0; p < ir->n_pages; p++)
      if (p != e->page && in[p] == TMC_NONE && ir->pages[p].id &&
          strcmp(ir->pages[p].id, link + 13) == 0) {
        in[p] = e->boundary;
        any = true;
      }
  }
  /* fe23: only the box's own parts. A detail page redraws the box's
   * surroundings too: the people who use it, the vendors' services and the
   * public web it calls, drawn loose as on any zoned page. Those stay
   * outside (a support agent's web search put in the bank's zone hid the
   * indirect injection its results carry). */
  for (uint32_t i = 0; any && i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->boundary == TMC_NONE && e->page < ir->n_pages && in[e->page] != TMC_NONE &&
        !outside_part(lx, e))
      e->boundary = in[e->page];
  }
  free(in);
}

int tmc_pass_boundaries(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  nest_boxes(ir);
  compute_depths(ir);
  groupings_by_structure(ir);
  /* Geometry can nest boxes deeper than any front end did: the same cap. */
  uint32_t max_depth = opts && opts->max_depth ? opts->max_depth : 64;
  /* The first boundary one level too deep names the problem best: every
   * deeper one lies inside one of those. */
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *x = &ir->boundaries[i];
    if (x->depth == max_depth) {
      tmc_error(d, x->loc,
                "boundary '%s' is nested %u levels deep, more than the limit of %u "
                "(boxes drawn inside boxes nest; raise with --max-depth)",
                x->id, x->depth + 1, max_depth);
      return -1;
    }
  }
  uint32_t *count = tmc_xcalloc((size_t)max_depth + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    count[ir->boundaries[i].depth + 1]++;
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    own_trust(ir, lx, i);
  /* Default trust parents first: boundaries in order of depth. */
  for (uint32_t k = 1; k <= max_depth; k++)
    count[k] += count[k - 1];
  uint32_t *order = tmc_xmalloc((ir->n_boundaries + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    order[count[ir->boundaries[i].depth]++] = i;
  for (uint32_t k = 0; k < ir->n_boundaries; k++)
    default_trust(ir, order[k]);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    bad_trust(ir, &ir->boundaries[i], d);
  free(order);
  free(count);
  place_by_geometry(ir);
  detail_pages(ir, lx);
  compute_crossings(ir);
  return 0;
}
