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
 *   1. an element marked ENCLOSES whose label names a zone becomes a box
 *      boundary (members by geometry, as every box); flows drawn to it are
 *      not flows, as for any boundary;
 *   2. a tentative boundary whose label names no zone is dropped (its
 *      children move to its parent);
 *   3. every boundary is a zone or a grouping, with the source and evidence:
 *      written (type=, trust=), a zone word, a grouping word, a boundary
 *      style (dashed or red outline), a generator's convention (pytm's and
 *      threatcl's clusters are all trust zones), else a zone by default (a
 *      drawn boundary usually fences what its author trusts alike; a
 *      grouping needs a word that says so).
 *
 * Runs first, before kinds are decided, so no later pass sees an element
 * that turned into a boundary. Everything is linear: one walk over the
 * elements, flows and boundaries each. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "passes/passes.h"

/* Elements whose label names a zone become box boundaries. Returns the
 * number converted. */
static uint32_t convert_boxes(tmc_ir *ir, const tmc_lexicon *lx, uint32_t *newel,
                              tmc_diags *d) {
  uint32_t n = 0, o = 0;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element e = ir->elements[i];
    const char *type = tmc_props_get(&e.props, "type");
    const char *w = (e.look & TMC_LOOK_ENCLOSES) && !(type && *type)
                        ? tmc_lexicon_says(lx, TMC_WORDS_ZONE, e.label)
                        : NULL;
    if (!w) {
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
    x->why = "labelled rectangle around other shapes";
    x->zone_source = TMC_SOURCE_LABEL_WORD;
    x->zone_evidence = w;
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

/* Drops tentative boundaries whose label names no zone; the survivors keep
 * their order, and parents and elements point past the dropped ones. */
static void drop_tentative(tmc_ir *ir, const tmc_lexicon *lx, tmc_diags *d) {
  uint32_t n = ir->n_boundaries, o = 0;
  uint32_t *map = tmc_xmalloc((n + 1) * sizeof *map);
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    tmc_boundary *x = &ir->boundaries[i];
    map[i] = i;
    if (!x->tentative)
      continue;
    const char *w = tmc_lexicon_says(lx, TMC_WORDS_ZONE, x->label);
    if (w) {
      x->tentative = false;
      x->zone_source = TMC_SOURCE_LABEL_WORD;
      x->zone_evidence = w;
      x->why = tmc_arena_printf(ir->arena, "%s (label word '%s')", x->why, w);
      continue;
    }
    bool grouping = false;
    if ((w = stencil_zone(lx, x, &grouping)) != NULL && !grouping) {
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

/* The words a boundary says: its label, except that a cluster with no label=
 * (its reader names it by its id) says only what its id adds to Graphviz's
 * mandatory "cluster" prefix: cluster_dmz says "dmz", cluster_4 nothing. */
static const char *words_of(const tmc_boundary *x) {
  if (!x->label || x->form != TMC_BOUNDARY_CLUSTER || tmc_props_get(&x->props, "label") ||
      strcmp(x->label, x->id) != 0 || strncasecmp(x->id, "cluster", 7) != 0)
    return x->label;
  return x->label + 7 + strspn(x->label + 7, "_-. ");
}

/* Zone or grouping, and why: written, a zone word, a grouping word, the
 * group stencil, a generator's convention, a boundary style, else a zone. */
static void decide(tmc_ir *ir, const tmc_lexicon *lx, tmc_boundary *x) {
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
  } else if ((w = tmc_lexicon_says(lx, TMC_WORDS_ZONE, words_of(x))) != NULL) {
    x->zone_source = TMC_SOURCE_LABEL_WORD;
    x->zone_evidence = w;
  } else if ((w = tmc_lexicon_says(lx, TMC_WORDS_GROUPING, words_of(x))) != NULL) {
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

int tmc_pass_zones(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  uint32_t *newel = tmc_xmalloc((ir->n_elements + 1) * sizeof *newel);
  convert_boxes(ir, lx, newel, d);
  free(newel);
  drop_tentative(ir, lx, d);
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    decide(ir, lx, &ir->boundaries[i]);
  return 0;
}
