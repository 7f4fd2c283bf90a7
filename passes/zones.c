/* zones.c - which drawn boundaries are trust zones and which are groupings.
 *
 * Front ends record what the drawing says: containers, boxes and lines, with
 * the style that made them boundaries (type=boundary, a dashed or red
 * outline), and the shapes only a label could make a boundary (a line with
 * no boundary style, an empty container: `tentative`; a labelled rectangle
 * around other shapes: TMC_LOOK_ENCLOSES on the element). Which words name a
 * zone is knowledge, so it is here, read from catalogs/words.yaml (`zones`,
 * `groupings`):
 *
 *   1. an element marked ENCLOSES whose label names a zone, or with a
 *      zone's icon in its top-left corner, becomes a box boundary (members
 *      by geometry, as every box); flows drawn to it are not flows, as for
 *      any boundary;
 *   2. a tentative boundary whose label (or corner icon) names no zone is
 *      dropped (its children move to its parent);
 *   3. every boundary is a zone or a grouping, with the source and evidence:
 *      written (type=, trust=), a zone word, a library zone group, a zone
 *      icon in its corner, a grouping word, a grouping stencil, a
 *      generator's convention (pytm's and threatcl's clusters are all trust
 *      zones), a boundary style (dashed or red outline), else a zone by
 *      default (a drawn boundary usually fences what its author trusts
 *      alike; a grouping needs evidence that says so). The boundaries pass
 *      revisits the defaults once boxes nest (a box drawn like a sibling
 *      grouping; a box with no text).
 *
 * Runs first, before kinds are decided, so no later pass sees an element
 * that turned into a boundary. Everything is linear but the corner-icon
 * lookups, through a per-page rectangle index of the small zone icons. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "ir/rectidx.h"
#include "passes/passes.h"

/* ---- zone marker icons in a box's corner ------------------------------------ */

/* Azure, GCP, aws3 and Kubernetes diagrams draw a zone as a plain box with
 * the zone's icon in its top-left corner (a VNet or subscription icon, GCP's
 * logo or VPC hexagon, an aws3 VPC badge, a namespace icon): the icon says
 * what the box is, whatever its label. Small icons whose stencil row is a
 * zone (shapes.yaml), indexed per page. */
typedef struct markers {
  uint32_t n_pages;
  uint32_t *start;    /* page p's markers are start[p] .. start[p+1] */
  const char **token; /* by marker, in page order */
  tmc_rect *rect;     /* by marker */
  tmc_rectidx **idx;  /* by page, built when first asked */
} markers;

enum { MARKER_MAX = 100 }; /* an icon, not a card: at most this many pixels a side */

static const char *marker_token(const tmc_lexicon *lx, const tmc_element *e) {
  tmc_stencil st;
  if (!e->has_geom || !e->style || e->geom.w > MARKER_MAX || e->geom.h > MARKER_MAX ||
      e->page == TMC_NONE || !tmc_lexicon_stencil_of_style(lx, e->style, &st, NULL, 0) ||
      !st.zone ||
      (strncmp(st.token, "mxgraph.", 8) != 0 && strncmp(st.token, "img/", 4) != 0))
    return NULL;
  return st.token;
}

static void markers_init(markers *m, const tmc_ir *ir, const tmc_lexicon *lx) {
  memset(m, 0, sizeof *m);
  bool boxes = false;
  for (uint32_t i = 0; i < ir->n_boundaries && !boxes; i++)
    boxes = ir->boundaries[i].has_geom && ir->boundaries[i].form != TMC_BOUNDARY_LINE;
  for (uint32_t i = 0; i < ir->n_elements && !boxes; i++)
    boxes = (ir->elements[i].look & TMC_LOOK_ENCLOSES) != 0;
  if (!boxes || !ir->n_pages)
    return;
  const char **tok = tmc_xmalloc((ir->n_elements + 1) * sizeof *tok);
  m->n_pages = ir->n_pages;
  m->start = tmc_xcalloc(ir->n_pages + 2, sizeof *m->start);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if ((tok[i] = ir->elements[i].page < ir->n_pages ? marker_token(lx, &ir->elements[i])
                                                     : NULL) != NULL)
      m->start[ir->elements[i].page + 2]++;
  for (uint32_t p = 0; p < ir->n_pages; p++)
    m->start[p + 2] += m->start[p + 1];
  uint32_t n = m->start[ir->n_pages + 1];
  m->token = tmc_xmalloc((n + 1) * sizeof *m->token);
  m->rect = tmc_xmalloc((n + 1) * sizeof *m->rect);
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (tok[i]) {
      uint32_t k = m->start[ir->elements[i].page + 1]++;
      m->token[k] = tok[i];
      m->rect[k] = ir->elements[i].geom;
    }
  m->idx = tmc_xcalloc(ir->n_pages + 1, sizeof *m->idx);
  free(tok);
}

static void markers_free(markers *m) {
  for (uint32_t p = 0; m->idx && p < m->n_pages; p++)
    tmc_rectidx_free(m->idx[p]);
  free(m->idx);
  free(m->start);
  free(m->token);
  free(m->rect);
}

typedef struct corner_ctx {
  uint32_t found;
} corner_ctx;

static bool corner_first(void *ctx, uint32_t item) {
  corner_ctx *c = ctx;
  if (c->found == TMC_NONE || item < c->found)
    c->found = item;
  return true;
}

/* The zone marker icon in the top-left corner of box g on page p (wholly
 * within reach of the corner, a quarter of the box's area at most), or
 * NULL. */
static const char *corner_marker(markers *m, uint32_t p, const tmc_rect *g) {
  if (!m->start || p >= m->n_pages || m->start[p] == m->start[p + 1] || g->w <= 0 ||
      g->h <= 0)
    return NULL;
  uint32_t first = m->start[p];
  if (!m->idx[p])
    m->idx[p] = tmc_rectidx_new(m->rect + first, m->start[p + 1] - first);
  /* Reach: the corner's third of the box, at least 80 pixels (an icon and
   * a gap), and a little outside (badges drawn over the corner). */
  double w = fmin(g->w, fmax(g->w / 3, 80)), h = fmin(g->h, fmax(g->h / 3, 80));
  tmc_rect r = {g->x - 30, g->y - 30, w + 30, h + 30};
  corner_ctx c = {TMC_NONE};
  tmc_rectidx_inside(m->idx[p], &r, g->w * g->h / 4, 0, corner_first, &c);
  return c.found == TMC_NONE ? NULL : m->token[first + c.found];
}

/* fe23: why a labelled device frame (TMC_LOOK_DEVICE_FRAME) is the
 * device's zone: its stencil row is one (fe22: "Customer's Android phone",
 * "Store tablet", "iPhone of the field worker"), or its label names a zone
 * (any other frame, as fe22 kept it); unless its label names a model or an
 * LLM, which makes it the app it draws ("FieldCam app (on-device defect
 * model)", "On-device LLM (Gemini Nano)" on a mockup window: an element, as
 * before fe22). NULL when it is that app or names no zone. */
static const char *device_zone_words(const tmc_lexicon *lx, const tmc_element *e) {
  tmc_kind k;
  const char *w;
  double wt;
  if (tmc_lexicon_kind_word_among(
          lx, e->label, (1u << TMC_KIND_LLM) | (1u << TMC_KIND_MODEL), &k, &w, &wt))
    return NULL;
  tmc_stencil st;
  if (e->style && tmc_lexicon_stencil_of_style(lx, e->style, &st, NULL, 0) && st.zone)
    return st.token;
  return tmc_lexicon_says(lx, TMC_WORDS_ZONE, e->label);
}

/* Elements whose label names a zone become box boundaries. Returns the
 * number converted. */
static uint32_t convert_boxes(tmc_ir *ir, const tmc_lexicon *lx, markers *mk,
                              uint32_t *newel, tmc_diags *d) {
  uint32_t n = 0, o = 0;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element e = ir->elements[i];
    const char *type = tmc_props_get(&e.props, "type");
    bool may = (e.look & TMC_LOOK_ENCLOSES) && !(type && *type);
    bool device = may && (e.look & TMC_LOOK_DEVICE_FRAME);
    const char *w = NULL, *icon = NULL;
    if (device)
      w = device_zone_words(lx, &e);
    else {
      w = may ? tmc_lexicon_says(lx, TMC_WORDS_ZONE, e.label) : NULL;
      icon = may && !w && e.has_geom ? corner_marker(mk, e.page, &e.geom) : NULL;
    }
    if (!w && !icon) {
      newel[i] = o;
      ir->elements[o++] = e;
      continue;
    }
    newel[i] = TMC_NONE;
    uint32_t b = tmc_ir_add_boundary(ir, e.page, e.id, TMC_BOUNDARY_BOX);
    tmc_boundary *x = &ir->boundaries[b];
    x->label = e.label;
    x->cell = e.cell;
    x->loc = e.loc;
    x->props = e.props; /* moves: the element is gone */
    x->has_geom = e.has_geom;
    x->geom = e.geom;
    x->parent = e.boundary;
    x->why = device ? "device frame around other shapes"
             : w    ? "labelled rectangle around other shapes"
                    : "labelled rectangle around other shapes, a zone icon in its corner";
    if (device) {
      x->style = e.style; /* the boundaries pass reads whose device it is */
      x->device_frame = true;
    }
    x->zone_source = w ? TMC_SOURCE_LABEL_WORD : TMC_SOURCE_ICON;
    x->zone_evidence = w ? w : icon;
    n++;
  }
  uint32_t dropped = ir->n_elements - o;
  ir->n_elements = o;
  if (!dropped)
    return 0;
  uint32_t f = 0;
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *x = &ir->flows[i];
    uint32_t s = newel[x->src], t = newel[x->dst];
    if (s == TMC_NONE || t == TMC_NONE) {
      tmc_warning(d, x->loc,
                  "page '%s': edge '%s' ends at a zone, not at an element; not a flow",
                  ir->pages[x->page].name, x->id);
      free(x->props.v);
      tmc_strlist_free(&x->data);
      tmc_strlist_free(&x->controls);
      continue;
    }
    x->src = s;
    x->dst = t;
    ir->flows[f++] = *x;
  }
  ir->n_flows = f;
  return n;
}

/* What a boundary's stencil says (shapes.yaml): a zone row (an AWS Cloud,
 * account, VPC, subnet group; a cluster or namespace) names a trust zone, a
 * decoration row a grouping (an auto-scaling group, a resource group); NULL
 * when the style names no row or a row that is neither. */
static const char *stencil_zone(const tmc_lexicon *lx, const tmc_boundary *x,
                                bool *grouping) {
  tmc_stencil st;
  if (!x->style || !tmc_lexicon_stencil_of_style(lx, x->style, &st, NULL, 0))
    return NULL;
  /* Library groups only: a built-in shape's row (swimlane, requiredInterface)
   * leaves it to the words and the outline. */
  if ((!st.zone && !st.decoration) ||
      (strncmp(st.token, "mxgraph.", 8) != 0 && strncmp(st.token, "img/", 4) != 0))
    return NULL;
  *grouping = !st.zone;
  return st.token;
}

/* ---- cards16: a labelled card around one shape ----------------------------
 * The draw.io front end marks a frame with a label of its own around one
 * shape (and its caption) as a card (`tmc_boundary.card`): a zone around
 * one component ("Payments VPC", "DMZ") or the component's own card
 * ("Orders API" around its icon). A label or library stencil saying a zone
 * or a grouping, or a zone's icon in its corner, keeps it a boundary; else
 * it is folded into the shape: one element with the frame's id, place and
 * label (the caption, when there is one, becomes its detail lines), drawn
 * by the shape's icon. */
static bool card_is_zone(const tmc_lexicon *lx, markers *mk, const tmc_boundary *x) {
  bool grouping = false;
  return tmc_lexicon_says(lx, TMC_WORDS_ZONE, x->label) ||
         tmc_lexicon_says(lx, TMC_WORDS_GROUPING, x->label) ||
         stencil_zone(lx, x, &grouping) ||
         (x->has_geom && corner_marker(mk, x->page, &x->geom));
}

/* A flow an arrow made through the card to its one shape ("e7@icon") is
 * the arrow's own now the card is that shape: its id loses the member. */
static void card_flow_ids(tmc_ir *ir, const char **was) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    if (!f->cell || f->src >= ir->n_elements || f->dst >= ir->n_elements ||
        (!was[f->src] && !was[f->dst]))
      continue;
    /* edge@member or edge@source@target (both ends fanned), read after
     * the edge's own cell id: draw.io ids are free text and may hold '@'
     * themselves */
    size_t cl = strlen(f->cell);
    if (strncmp(f->id, f->cell, cl) != 0 || f->id[cl] != '@')
      continue; /* not fanned */
    const char *rest = f->id + cl + 1, *a = was[f->src], *b = was[f->dst];
    size_t la = a ? strlen(a) : 0, lb = b ? strlen(b) : 0, lr = strlen(rest);
    if ((a && strcmp(rest, a) == 0) || (b && strcmp(rest, b) == 0))
      f->id = f->cell;
    else if (a && strncmp(rest, a, la) == 0 && rest[la] == '@')
      f->id = b && strcmp(rest + la + 1, b) == 0
                  ? f->cell
                  : tmc_arena_printf(ir->arena, "%s@%s", f->cell, rest + la + 1);
    else if (b && lr > lb && rest[lr - lb - 1] == '@' && strcmp(rest + lr - lb, b) == 0)
      f->id = tmc_arena_printf(ir->arena, "%s@%.*s", f->cell, (int)(lr - lb - 1), rest);
  }
}

static void card_fold(tmc_ir *ir, tmc_boundary *x, tmc_element *e) {
  const char *old = e->id;
  if (*e->label && strcmp(e->label, x->label) != 0) {
    e->detail_lines = e->label;
    e->name_line = x->label;
    e->label = tmc_arena_printf(ir->arena, "%s %s", x->label, e->label);
  } else {
    e->label = x->label;
    e->name_line = e->detail_lines = NULL;
  }
  e->name = NULL;
  e->name_source = TMC_SOURCE_LABEL;
  e->name_evidence = NULL;
  e->id = x->id;
  e->qname = e->qname && e->qname != old && strcmp(e->qname, old) != 0
                 ? tmc_arena_printf(ir->arena, "%s/%s", ir->pages[e->page].name, x->id)
                 : e->id;
  e->cell = x->cell;
  e->loc = x->loc;
  if (x->has_geom) {
    e->has_geom = true;
    e->geom = x->geom;
  }
  if (!e->props.n) { /* the frame's written properties are the card's */
    tmc_props t = e->props;
    e->props = x->props;
    x->props = t;
  }
}

/* two members or more: no element index (those are below TMC_NONE - 1) */
#define CARD_MANY (TMC_NONE - 1)

/* The one element each card holds directly (TMC_NONE when none or more). */
static uint32_t *card_members(const tmc_ir *ir) {
  uint32_t n = ir->n_boundaries;
  uint32_t *one = tmc_xmalloc((n + 1) * sizeof *one);
  for (uint32_t i = 0; i < n; i++)
    one[i] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    uint32_t b = ir->elements[i].boundary;
    if (b == TMC_NONE || b >= n || !ir->boundaries[b].card)
      continue;
    one[b] = one[b] == TMC_NONE ? i : CARD_MANY;
  }
  for (uint32_t i = 0; i < n; i++)
    if (one[i] == CARD_MANY)
      one[i] = TMC_NONE;
  return one;
}

/* Drops tentative boundaries whose label names no zone, and folds cards
 * whose label names none; the survivors keep their order, and parents and
 * elements point past the dropped ones. */
static void drop_tentative(tmc_ir *ir, const tmc_lexicon *lx, markers *mk, tmc_diags *d) {
  uint32_t n = ir->n_boundaries, o = 0;
  uint32_t *map = tmc_xmalloc((n + 1) * sizeof *map);
  uint32_t *card = card_members(ir);
  const char **was = NULL; /* by element: its id before a card took it over */
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    tmc_boundary *x = &ir->boundaries[i];
    map[i] = i;
    if (x->card && card[i] != TMC_NONE && !card_is_zone(lx, mk, x)) {
      if (!was)
        was = tmc_xcalloc(ir->n_elements + 1, sizeof *was);
      was[card[i]] = ir->elements[card[i]].id;
      card_fold(ir, x, &ir->elements[card[i]]);
      map[i] = TMC_NONE;
      any = true;
      continue;
    }
    /* d36c: a service blueprint's line (its label names one: "Line of
     * visibility"), drawn dashed as the notation draws it, parts lanes of
     * one journey and fences no trust: dropped as a tentative line naming
     * no zone is, unless its author wrote what it is */
    bool blueprint = x->form == TMC_BOUNDARY_LINE && x->label &&
                     tmc_lexicon_says(lx, TMC_WORDS_BLUEPRINT_LINES, x->label) &&
                     !tmc_props_get(&x->props, "type") &&
                     !tmc_props_get(&x->props, "trust");
    if (!x->tentative && !blueprint)
      continue;
    const char *w = blueprint ? NULL : tmc_lexicon_says(lx, TMC_WORDS_ZONE, x->label);
    if (w) {
      x->tentative = false;
      x->zone_source = TMC_SOURCE_LABEL_WORD;
      x->zone_evidence = w;
      x->why = tmc_arena_printf(ir->arena, "%s (label word '%s')", x->why, w);
      continue;
    }
    bool grouping = false;
    if (!blueprint &&
        (((w = stencil_zone(lx, x, &grouping)) != NULL && !grouping) ||
         (x->has_geom && (w = corner_marker(mk, x->page, &x->geom)) != NULL))) {
      x->tentative = false;
      x->why = tmc_arena_printf(ir->arena, "%s (stencil %s)", x->why, w);
      continue;
    }
    map[i] = TMC_NONE;
    any = true;
    if (x->form == TMC_BOUNDARY_LINE && strncmp(x->why, "line with", 9) == 0)
      tmc_warning(d, x->loc,
                  "page '%s': edge %s is not connected at both ends; not a flow",
                  ir->pages[x->page].name, tmc_boundary_who(ir, x));
  }
  free(card);
  if (was)
    card_flow_ids(ir, was);
  free(was);
  if (!any) {
    free(map);
    return;
  }
  /* The nearest kept ancestor of each boundary, walking up past dropped
   * ones (bounded by n steps: the tree has no cycles). */
  uint32_t *up = tmc_xmalloc((n + 1) * sizeof *up);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t b = ir->boundaries[i].parent, steps = 0;
    while (b != TMC_NONE && map[b] == TMC_NONE && steps++ <= n)
      b = ir->boundaries[b].parent;
    up[i] = b;
  }
  for (uint32_t i = 0; i < n; i++)
    if (map[i] != TMC_NONE)
      map[i] = o++;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    uint32_t b = e->boundary;
    if (b == TMC_NONE)
      continue;
    e->boundary = map[b] != TMC_NONE ? map[b] : up[b] == TMC_NONE ? TMC_NONE : map[up[b]];
  }
  o = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (map[i] == TMC_NONE) {
      free(ir->boundaries[i].props.v);
      continue;
    }
    tmc_boundary x = ir->boundaries[i];
    x.parent = up[i] == TMC_NONE ? TMC_NONE : map[up[i]];
    ir->boundaries[o++] = x;
  }
  ir->n_boundaries = o;
  /* Depths from the parents (parents precede children in every front
   * end's order, and converted boxes come last). */
  for (uint32_t i = 0; i < o; i++) {
    uint32_t p = ir->boundaries[i].parent;
    ir->boundaries[i].depth = p == TMC_NONE || p >= i ? 0 : ir->boundaries[p].depth + 1;
  }
  free(up);
  free(map);
}

/* Generators that draw only trust zones as clusters: pytm names them
 * cluster_boundary_<name>, threatcl cluster_<hex hash>. The convention's
 * description, or NULL. */
static const char *tool_convention(const tmc_boundary *x) {
  if (x->cell)
    return NULL; /* drawn by hand in draw.io */
  if (strncmp(x->id, "cluster_boundary_", 17) == 0)
    return "pytm boundary cluster (cluster_boundary_*)";
  const char *h = x->id + (strncmp(x->id, "cluster_", 8) == 0 ? 8 : 0);
  size_t n = strspn(h, "0123456789abcdef");
  if (h != x->id && n >= 16 && !h[n])
    return "threatcl trust zone cluster (cluster_<hash>)";
  return NULL;
}

/* The words a boundary says: its label, except that a DOT cluster with no
 * label= (its reader names it by its id; Graphviz shows nothing) says only
 * what its id adds to the mandatory "cluster" prefix: cluster_dmz says
 * "dmz", cluster_4 nothing. */
static const char *words_of(const tmc_ir *ir, const tmc_boundary *x) {
  if (!tmc_boundary_label_is_id(ir, x) || strncasecmp(x->id, "cluster", 7) != 0)
    return x->label;
  return x->label + 7 + strspn(x->label + 7, "_-. ");
}

/* Zone or grouping, and why: written, a zone word, a library's zone group
 * (stencil), a zone icon in its corner, a grouping word, the group
 * stencil, a generator's convention, a boundary style, else a zone. */
static void decide(tmc_ir *ir, const tmc_lexicon *lx, markers *mk, tmc_boundary *x) {
  const char *type = tmc_props_get(&x->props, "type");
  const char *trust = tmc_props_get(&x->props, "trust");
  const char *w;
  bool stencil_grouping = false;
  x->grouping = false;
  if (type && (tmc_streq_nocase(type, "grouping") || tmc_streq_nocase(type, "group"))) {
    x->grouping = true;
    x->zone_source = TMC_SOURCE_ATTRIBUTE;
    x->zone_evidence = tmc_arena_printf(ir->arena, "type=%s", type);
  } else if (x->zone_source == TMC_SOURCE_ATTRIBUTE || (trust && *trust)) {
    x->zone_source = TMC_SOURCE_ATTRIBUTE;
    x->zone_evidence = x->zone_evidence ? x->zone_evidence : "trust=";
  } else if ((w = tmc_lexicon_says(lx, TMC_WORDS_ZONE, words_of(ir, x))) != NULL) {
    x->zone_source = TMC_SOURCE_LABEL_WORD;
    x->zone_evidence = w;
  } else if ((w = stencil_zone(lx, x, &stencil_grouping)) != NULL && !stencil_grouping) {
    /* a library's zone group (an AWS VPC or account group) is that zone
     * whatever its label adds ("App tier VPC group" labelled "App tier") */
    x->zone_source = TMC_SOURCE_ICON;
    x->zone_evidence = w;
  } else if (x->form != TMC_BOUNDARY_LINE && x->has_geom &&
             (w = corner_marker(mk, x->page, &x->geom)) != NULL) {
    /* the icon names the zone more surely than a grouping word ("Shared
     * services" with a VNet icon in its corner is the hub VNet) */
    x->zone_source = TMC_SOURCE_ICON;
    x->zone_evidence = w;
  } else if ((w = tmc_lexicon_says(lx, TMC_WORDS_GROUPING, words_of(ir, x))) != NULL) {
    x->grouping = true;
    x->zone_source = TMC_SOURCE_LABEL_WORD;
    x->zone_evidence = w;
  } else if ((w = stencil_zone(lx, x, &stencil_grouping)) != NULL) {
    x->grouping = stencil_grouping;
    x->zone_source = TMC_SOURCE_ICON;
    x->zone_evidence = w;
  } else if ((w = tool_convention(x)) != NULL) {
    /* before the style: pytm draws its boundaries dashed, and the
     * generator's convention says more than its pen */
    x->zone_source = TMC_SOURCE_CONVENTION;
    x->zone_evidence = w;
  } else if (x->zone_source == TMC_SOURCE_STYLE) {
    /* a dashed or red outline: the boundary notation of the DFD palettes
     * (draw.io) and of DFDs drawn in Graphviz (a dashed cluster) */
  } else {
    /* Says nothing either way: people draw a box around what they trust
     * alike, so a zone, and --dump-ir says it was the default. */
    x->zone_source = TMC_SOURCE_DEFAULT;
    x->zone_evidence = NULL;
  }
}

/* The one box a page draws around the system, named by what happens in it
 * ("Order processing", "Claims workflow", "Frontend"), with the outside
 * flowing into it: it is where trust changes, whatever its name says, when
 * nothing else on the page is a zone. A grouping word decides only where
 * the page draws a zone elsewhere or more than one such box. Linear: one
 * pass over boundaries, one over flows (each walks its depth). */
static uint32_t top_of(const tmc_ir *ir, uint32_t b) {
  while (b != TMC_NONE && ir->boundaries[b].parent != TMC_NONE)
    b = ir->boundaries[b].parent;
  return b;
}

static void system_box(tmc_ir *ir) {
  uint32_t np = ir->n_pages ? ir->n_pages : 1;
  uint32_t *cand = tmc_xmalloc(np * sizeof *cand);
  bool *off = tmc_xcalloc(np, sizeof *off); /* a zone, or a second candidate */
  bool *crossed = tmc_xcalloc(np, sizeof *crossed);
  for (uint32_t p = 0; p < np; p++)
    cand[p] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *x = &ir->boundaries[i];
    uint32_t p = x->page < np ? x->page : 0;
    if (!x->grouping)
      off[p] = true;
    else if (x->parent == TMC_NONE && x->zone_source == TMC_SOURCE_LABEL_WORD) {
      if (cand[p] != TMC_NONE)
        off[p] = true;
      cand[p] = i;
    }
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    if (f->src >= ir->n_elements || f->dst >= ir->n_elements)
      continue;
    uint32_t a = ir->elements[f->src].boundary, b = ir->elements[f->dst].boundary;
    if ((a == TMC_NONE) == (b == TMC_NONE))
      continue;
    uint32_t in = top_of(ir, a == TMC_NONE ? b : a);
    uint32_t p = ir->boundaries[in].page < np ? ir->boundaries[in].page : 0;
    if (in == cand[p])
      crossed[p] = true;
  }
  for (uint32_t p = 0; p < np; p++) {
    if (off[p] || cand[p] == TMC_NONE || !crossed[p])
      continue;
    tmc_boundary *x = &ir->boundaries[cand[p]];
    x->grouping = false;
    x->zone_source = TMC_SOURCE_FLOWS;
    x->zone_evidence = tmc_arena_printf(ir->arena,
                                        "the page's one box around the system: flows "
                                        "cross it from outside (its word '%s' aside)",
                                        x->zone_evidence ? x->zone_evidence : "");
  }
  free(cand);
  free(off);
  free(crossed);
}

int tmc_pass_zones(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  markers mk;
  markers_init(&mk, ir, lx);
  uint32_t *newel = tmc_xmalloc((ir->n_elements + 1) * sizeof *newel);
  convert_boxes(ir, lx, &mk, newel, d);
  free(newel);
  drop_tentative(ir, lx, &mk, d);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    decide(ir, lx, &mk, &ir->boundaries[i]);
  system_box(ir);
  markers_free(&mk);
  return 0;
}
