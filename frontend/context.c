/* context.c - --context: the shared platform's drawing joins the team's first
 * page before any pass runs, so every pass sees one system.
 *
 * The one idea: ids are the names the two diagrams share. The platform's
 * boundaries, elements and flows are copied in (marked `context`, their
 * geometry moved to the right of the team's drawing so no team box seems to
 * hold them); then a team element whose id is a platform element's is a
 * reference and gives way to it, and a team boundary whose id is a platform
 * boundary's is that zone; the arrays are compacted with one index map each.
 * Strings are copied into the team's arena: the platform IR is only read. */
#include "frontend/context.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/strmap.h"

static const char *dup(tmc_ir *to, const char *s) {
  return tmc_arena_strdup(to->arena, s);
}

static void copy_props(tmc_ir *to, tmc_props *dst, const tmc_props *src) {
  *dst = (tmc_props){0};
  for (uint32_t i = 0; i < src->n; i++) {
    tmc_prop *x = TMC_PUSH(dst->v, dst->n, dst->cap);
    /* all of it (the place in the context file, the key's hash), then the
     * strings into this IR's arena: TMC_PUSH leaves the slot unwritten */
    *x = src->v[i];
    x->key = dup(to, src->v[i].key);
    x->value = dup(to, src->v[i].value);
  }
}

static void copy_list(tmc_ir *to, tmc_strlist *dst, const tmc_strlist *src) {
  *dst = (tmc_strlist){0};
  for (uint32_t i = 0; i < src->n; i++)
    tmc_strlist_add(dst, dup(to, src->v[i]));
}

static tmc_point *copy_pts(tmc_ir *to, const tmc_point *p, uint32_t n, double dx) {
  if (!n || !p)
    return NULL;
  tmc_point *v = tmc_arena_alloc(to->arena, n * sizeof *v);
  for (uint32_t i = 0; i < n; i++)
    v[i] = (tmc_point){p[i].x + dx, p[i].y};
  return v;
}

/* The right edge of what is drawn on page p (elements and boundaries with
 * geometry), or the left edge when left is true; NAN when nothing is. */
static double edge_x(const tmc_ir *ir, uint32_t p, bool left) {
  double x = NAN;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if ((p != TMC_NONE && e->page != p) || !e->has_geom)
      continue;
    double v = left ? e->geom.x : e->geom.x + e->geom.w;
    if (isnan(x) || (left ? v < x : v > x))
      x = v;
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *b = &ir->boundaries[i];
    if ((p != TMC_NONE && b->page != p) || !b->has_geom)
      continue;
    double v = left ? b->geom.x : b->geom.x + b->geom.w;
    if (isnan(x) || (left ? v < x : v > x))
      x = v;
  }
  return x;
}

static void copy_boundary(tmc_ir *to, uint32_t page, const tmc_boundary *s,
                          const char *file, double dx) {
  uint32_t i = tmc_ir_add_boundary(to, page, s->id, s->form);
  tmc_boundary *b = &to->boundaries[i];
  const char *id = b->id;
  *b = *s;
  b->id = id;
  b->page = page;
  b->label = dup(to, s->label);
  b->trust_reason = dup(to, s->trust_reason);
  b->why = dup(to, s->why);
  b->zone_evidence = dup(to, s->zone_evidence);
  b->cell = dup(to, s->cell);
  b->style = dup(to, s->style);
  b->loc.file = file;
  copy_props(to, &b->props, &s->props);
  b->pts = copy_pts(to, s->pts, s->n_pts, dx);
  b->geom.x += dx;
  b->context = true;
}

static void copy_element(tmc_ir *to, uint32_t page, const tmc_element *s, uint32_t b0,
                         const char *file, double dx) {
  uint32_t i = tmc_ir_add_element(to, page, s->id);
  tmc_element *e = &to->elements[i];
  const char *id = e->id;
  *e = *s;
  e->id = id;
  e->qname = id; /* the context's ids are unique (checked), so is the page's */
  e->page = page;
  e->label = dup(to, s->label);
  e->name = dup(to, s->name);
  e->name_evidence = dup(to, s->name_evidence);
  e->kind_evidence = dup(to, s->kind_evidence);
  e->shape_evidence = dup(to, s->shape_evidence);
  e->shape = dup(to, s->shape);
  e->icon = dup(to, s->icon);
  e->style = dup(to, s->style);
  e->tech_evidence = dup(to, s->tech_evidence);
  e->cell = dup(to, s->cell);
  e->owner = dup(to, s->owner);
  e->impact_why.evidence = dup(to, s->impact_why.evidence);
  e->owner_why.evidence = dup(to, s->owner_why.evidence);
  e->boundary = s->boundary == TMC_NONE ? TMC_NONE : b0 + s->boundary;
  e->loc.file = file;
  copy_props(to, &e->props, &s->props);
  copy_list(to, &e->data, &s->data);
  copy_list(to, &e->controls, &s->controls);
  copy_list(to, &e->annotations, &s->annotations);
  e->data_canon = e->controls_canon = NULL; /* the vocab pass resolves them */
  e->role_why = NULL;
  e->geom.x += dx;
  e->context = true;
}

static void copy_flow(tmc_ir *to, uint32_t page, const tmc_flow *s, uint32_t e0,
                      const char *file, double dx) {
  uint32_t i = tmc_ir_add_flow(to, page, e0 + s->src, e0 + s->dst);
  tmc_flow *f = &to->flows[i];
  *f = *s;
  f->page = page;
  f->src = e0 + s->src;
  f->dst = e0 + s->dst;
  f->id = dup(to, s->id);
  f->key = dup(to, s->key);
  f->label = dup(to, s->label);
  f->cell = dup(to, s->cell);
  f->protocol = dup(to, s->protocol);
  f->encrypted_reason = dup(to, s->encrypted_reason);
  f->loc.file = file;
  copy_props(to, &f->props, &s->props);
  copy_list(to, &f->data, &s->data);
  copy_list(to, &f->controls, &s->controls);
  copy_list(to, &f->annotations, &s->annotations);
  f->data_canon = f->controls_canon = NULL;
  f->pts = copy_pts(to, s->pts, s->n_pts, dx);
  f->label_off.x += s->has_label_pos ? dx : 0;
  f->crossed = NULL; /* the boundaries pass decides */
  f->n_crossed = 0;
  f->context = true;
}

/* Does the team's declaration of a reference say more than its id and a
 * label (attributes that the platform's declaration replaces)? Names the
 * first such attribute, or NULL. */

/* The index each item has once the references (to[i] != TMC_NONE: item i
 * stands for item to[i], which is kept) are dropped and the rest move down
 * in order; a reference gets its twin's new index. */
static void renumber(const uint32_t *to, uint32_t n, uint32_t *out) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++)
    out[i] = to[i] == TMC_NONE ? k++ : TMC_NONE;
  for (uint32_t i = 0; i < n; i++)
    if (to[i] != TMC_NONE)
      out[i] = out[to[i]];
}

static const char *says_more(const tmc_element *e) {
  for (uint32_t i = 0; i < e->props.n; i++)
    if (!tmc_streq_nocase(e->props.v[i].key, "label"))
      return e->props.v[i].key;
  return NULL;
}

int tmc_context_merge(tmc_ir *team, const tmc_ir *platform, tmc_diags *d) {
  tmc_loc at = {platform->file, 0, 0};
  if (platform->n_elements == 0) {
    tmc_error(d, at, "the --context diagram has no elements to share");
    return -1;
  }
  /* One page of names: an id on two of the platform's pages would be two
   * things that a team diagram cannot tell apart. */
  tmc_strmap ids = {0}, bids = {0};
  int rc = 0;
  for (uint32_t i = 0; i < platform->n_elements; i++) {
    const tmc_element *e = &platform->elements[i];
    uint32_t was = tmc_strmap_get(&ids, e->id);
    if (was != TMC_NONE && rc == 0) {
      tmc_error(d, e->loc,
                "'%s' is on two pages of the --context diagram: a context's ids name "
                "one element each",
                e->id);
      rc = -1;
    }
    tmc_strmap_put(&ids, e->id, i);
  }
  tmc_strmap_free(&ids);
  ids = (tmc_strmap){0};
  if (rc < 0)
    return rc;

  if (team->n_pages == 0)
    tmc_ir_add_page(team, platform->n_pages ? platform->pages[0].name : "");
  const uint32_t tp = 0;
  const char *file = dup(team, platform->file);
  /* Both drawn: the platform's drawing goes to the right of the team's. */
  double dx = 0;
  if (team->format->has_geometry && platform->format->has_geometry) {
    double right = edge_x(team, tp, false), left = edge_x(platform, TMC_NONE, true);
    if (!isnan(right) && !isnan(left))
      dx = right + 120 - left;
  }
  const uint32_t b0 = team->n_boundaries, e0 = team->n_elements;
  for (uint32_t i = 0; i < platform->n_boundaries; i++)
    copy_boundary(team, tp, &platform->boundaries[i], file, dx);
  for (uint32_t i = b0; i < team->n_boundaries; i++)
    if (team->boundaries[i].parent != TMC_NONE)
      team->boundaries[i].parent += b0;
  for (uint32_t i = 0; i < platform->n_elements; i++)
    copy_element(team, tp, &platform->elements[i], b0, file, dx);
  for (uint32_t i = 0; i < platform->n_flows; i++)
    copy_flow(team, tp, &platform->flows[i], e0, file, dx);

  /* References: a team element or boundary of the page with a platform id. */
  const uint32_t nb = team->n_boundaries, ne = team->n_elements;
  uint32_t *bto = tmc_xmalloc((nb ? nb : 1) * sizeof *bto);
  uint32_t *eto = tmc_xmalloc((ne ? ne : 1) * sizeof *eto);
  for (uint32_t i = b0; i < nb; i++)
    if (tmc_strmap_get(&bids, team->boundaries[i].id) == TMC_NONE)
      tmc_strmap_put(&bids, team->boundaries[i].id, i);
  for (uint32_t i = e0; i < ne; i++)
    tmc_strmap_put(&ids, team->elements[i].id, i);
  for (uint32_t i = 0; i < nb; i++) {
    bto[i] = TMC_NONE;
    if (i < b0 && team->boundaries[i].page == tp)
      bto[i] = tmc_strmap_get(&bids, team->boundaries[i].id);
  }
  for (uint32_t i = 0; i < ne; i++) {
    eto[i] = TMC_NONE;
    if (i >= e0 || team->elements[i].page != tp)
      continue;
    eto[i] = tmc_strmap_get(&ids, team->elements[i].id);
    const char *more = eto[i] != TMC_NONE ? says_more(&team->elements[i]) : NULL;
    if (more) {
      const tmc_element *p = &team->elements[eto[i]];
      tmc_warning(d, team->elements[i].loc,
                  "'%s' is the platform's element (%s:%u): the --context diagram's "
                  "declaration is analysed, '%s' written here is not",
                  p->id, file, p->loc.line, more);
    }
  }
  tmc_strmap_free(&ids);
  tmc_strmap_free(&bids);

  /* Compact: kept items move down in order; a reference takes the index its
   * platform twin moved to (platform items are never references). */
  uint32_t *bnew = tmc_xmalloc((nb ? nb : 1) * sizeof *bnew);
  uint32_t *enew = tmc_xmalloc((ne ? ne : 1) * sizeof *enew);
  renumber(bto, nb, bnew);
  uint32_t k = 0;
  for (uint32_t i = 0; i < nb; i++) {
    tmc_boundary *b = &team->boundaries[i];
    if (bto[i] != TMC_NONE) {
      free(b->props.v);
      continue;
    }
    if (b->parent != TMC_NONE)
      b->parent = bnew[b->parent];
    team->boundaries[k++] = *b;
  }
  team->n_boundaries = k;
  renumber(eto, ne, enew);
  k = 0;
  for (uint32_t i = 0; i < ne; i++) {
    tmc_element *e = &team->elements[i];
    if (eto[i] != TMC_NONE) {
      tmc_element_release(e);
      continue;
    }
    if (e->boundary != TMC_NONE)
      e->boundary = bnew[e->boundary];
    team->elements[k++] = *e;
  }
  team->n_elements = k;
  for (uint32_t i = 0; i < team->n_flows; i++) {
    tmc_flow *f = &team->flows[i];
    f->src = enew[f->src];
    f->dst = enew[f->dst];
  }
  /* Depths again: a team zone may now sit inside a platform zone. Parents
   * form a tree (the platform's and the team's are each acyclic, and a team
   * zone only ever gains a platform parent), so each walk ends. */
  for (uint32_t i = 0; i < team->n_boundaries; i++) {
    uint32_t depth = 0;
    for (uint32_t p = team->boundaries[i].parent;
         p != TMC_NONE && depth <= team->n_boundaries; p = team->boundaries[p].parent)
      depth++;
    team->boundaries[i].depth = depth;
  }
  team->context_file = file;
  team->context_elements = platform->n_elements;
  free(bto);
  free(eto);
  free(bnew);
  free(enew);
  return 0;
}
