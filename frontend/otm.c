/* otm.c - Open Threat Model files (0.1.0 and 0.2.0), JSON or YAML (block or
 * flow style; a file that starts with '{' and is not JSON is read as YAML).
 *
 * Trust zones become boundaries (clusters: members by declaration, nested by
 * parent.trustZone, trustRating 0..100 onto tmc's trust 0..4), components
 * elements (a component inside a component sits in the enclosing
 * component's zone, and says so in otm.parent), dataflows flows. Assets a
 * component or flow stores or processes become its data= (the asset's name)
 * and the highest confidentiality its sensitivity=. The threats an author
 * linked to a component or flow (components[].threats, or a producer's
 * threats[].targets) are kept as threat.N properties, as Threat Dragon's are.
 * A component's type is a producer's catalogue id ("postgresql",
 * "generic-client"); its words suggest the DOT shape of the same thing
 * (table `looks`), and the classify pass decides as for DOT.
 *
 * A file tmc wrote (project.attributes.generator = "tmc", backends/otm.c) is
 * read back exactly: each item's attributes are its tmc attributes, so
 * `tmc model.otm -o out.otm` then `tmc out.otm -o again.otm` is a fixed
 * point and the analysis of the export is the analysis of the original (a
 * boundary line comes back as a line, tmc.line, with the elements'
 * rectangles, tmc.geom, so flows cross it again). */
#include "frontend/doc.h"
#include "frontend/frontend.h"
#include "frontend/strmap.h"
#include "frontend/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Words of a component type → the DOT shape that draws such a thing. */
static const struct {
  const char *word, *dot_shape;
} looks[] = {
    {"client", "box"},
    {"user", "box"},
    {"browser", "box"},
    {"actor", "box"},
    {"mobile", "box"},
    {"internet", "box"},
    {"external", "box"},
    {"database", "cylinder"},
    {"sql", "cylinder"},
    {"rds", "cylinder"},
    {"dynamodb", "cylinder"},
    {"mongo", "cylinder"},
    {"postgres", "cylinder"},
    {"mysql", "cylinder"},
    {"s3", "cylinder"},
    {"bucket", "cylinder"},
    {"storage", "cylinder"},
    {"store", "cylinder"},
    {"queue", "cylinder"},
    {"sqs", "cylinder"},
    {"kafka", "cylinder"},
    {"redis", "cylinder"},
    {"cache", "cylinder"},
    {"db", "cylinder"},
    {"elasticsearch", "cylinder"},
    {"file", "cylinder"},
};

typedef struct otm {
  tmc_ir *ir;
  tmc_doc *doc;
  const tmc_frontend_opts *opts;
  tmc_diags *d;
  uint32_t page;    /* the first page */
  uint32_t n_pages; /* tmc's export of several pages: tmc.page.1 .. N */
  bool ours;        /* written by tmc */
  tmc_strmap zones, comps, flows, assets, threats, mitigations;
  bool failed;
} otm;

static const char *str(const otm *o, uint32_t n, const char *key) {
  return tmc_doc_str(o->doc, tmc_doc_get(o->doc, n, key));
}

static const char *plain(otm *o, const char *s, uint32_t at) {
  bool cut = false;
  const char *r =
      tmc_text_plain(o->ir->arena, s ? s : "", false, o->opts->max_label, &cut);
  if (cut)
    tmc_warning(o->d, tmc_doc_loc(o->doc, at),
                "'%s': name longer than %u bytes cut short (raise with --max-label)", r,
                o->opts->max_label);
  return r;
}

/* Every scalar of an attributes map into props (a tmc file: as they are;
 * another producer's: under otm.KEY). */
static void attributes(otm *o, uint32_t item, tmc_props *p) {
  uint32_t a = tmc_doc_get(o->doc, item, "attributes");
  TMC_DOC_EACH(o->doc, a, c) {
    const tmc_doc_node *n = &o->doc->v[c];
    if (!n->key || !n->text)
      continue;
    const char *key = o->ours ? n->key : tmc_arena_printf(o->ir->arena, "otm.%s", n->key);
    tmc_props_set(o->ir, p, key, n->text);
    tmc_props_place(p, key, n->line, 0, n->col); /* the value's place: the key's line */
  }
}

static void add_to(tmc_ir *ir, tmc_props *p, const char *key, const char *value) {
  const char *old = tmc_props_get(p, key);
  if (!old || !*old)
    tmc_props_set(ir, p, key, value);
  else if (!tmc_has_word(old, value))
    tmc_props_set(ir, p, key, tmc_arena_printf(ir->arena, "%s,%s", old, value));
}

static const char *const sens_names[] = {"public", "internal", "confidential", "secret"};

/* Assets an item stores or processes: data= their names, sensitivity= the
 * highest confidentiality (0 public, <50 internal, <90 confidential, else
 * secret). */
static void assets(otm *o, uint32_t item, tmc_props *p) {
  uint32_t a = tmc_doc_get(o->doc, item, "assets");
  int best = -1;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t list = tmc_doc_get(o->doc, a, pass ? "stored" : "processed");
    TMC_DOC_EACH(o->doc, list, it) {
      const char *id = tmc_doc_str(o->doc, it);
      uint32_t as = tmc_strmap_get(&o->assets, id);
      if (as == TMC_NONE) {
        tmc_warning(o->d, tmc_doc_loc(o->doc, it), "asset '%s' is not in assets",
                    id ? id : "");
        continue;
      }
      const char *name = str(o, as, "name");
      add_to(o->ir, p, "data", plain(o, name && *name ? name : id, as));
      double c;
      if (tmc_doc_num(o->doc, tmc_doc_path(o->doc, as, "risk", "confidentiality", NULL),
                      &c)) {
        int s = c <= 0 ? 0 : c < 50 ? 1 : c < 90 ? 2 : 3;
        best = s > best ? s : best;
      }
    }
  }
  if (best >= 0 && !tmc_props_get(p, "sensitivity"))
    tmc_props_set(o->ir, p, "sensitivity", sens_names[best]);
}

/* One linked threat as threat.N (and .mitigation, .id) on props. */
static void threat(otm *o, tmc_props *p, uint32_t th, const char *state, const char *sev,
                   uint32_t mitigations) {
  tmc_ir *ir = o->ir;
  uint32_t n = 1;
  while (tmc_props_get(p, tmc_arena_printf(ir->arena, "threat.%u", n)))
    n++;
  const char *name = str(o, th, "name");
  tmc_buf cats = TMC_BUF_INIT;
  TMC_DOC_EACH(o->doc, tmc_doc_get(o->doc, th, "categories"), c)
  if (tmc_doc_str(o->doc, c))
    tmc_buf_printf(&cats, "%s%s", cats.len ? ", " : "", tmc_doc_str(o->doc, c));
  if (!cats.len && str(o, th, "type"))
    tmc_buf_puts(&cats, str(o, th, "type"));
  tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u", n),
                tmc_arena_printf(ir->arena, "%s; %s; %s; %s", state ? state : "Open",
                                 sev ? sev : "", cats.data ? cats.data : "",
                                 name ? name : ""));
  tmc_buf_free(&cats);
  if (str(o, th, "id"))
    tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u.id", n),
                  str(o, th, "id"));
  /* The mitigations, and apart those the producer marks implemented: an
   * implemented mitigation makes the threat one the author mitigated
   * (passes/authors.c). */
  tmc_buf ms = TMC_BUF_INIT, done = TMC_BUF_INIT;
  TMC_DOC_EACH(o->doc, mitigations, m) {
    const char *mid = tmc_doc_is(o->doc, m, TMC_DOC_MAP) ? str(o, m, "mitigation")
                                                         : tmc_doc_str(o->doc, m);
    uint32_t mm = tmc_strmap_get(&o->mitigations, mid);
    const char *mname = mm != TMC_NONE ? str(o, mm, "name") : mid;
    if (mname)
      tmc_buf_printf(&ms, "%s%s", ms.len ? "; " : "", mname);
    const char *mstate = tmc_doc_is(o->doc, m, TMC_DOC_MAP) ? str(o, m, "state") : NULL;
    if (mname && mstate && tmc_streq_nocase(mstate, "implemented"))
      tmc_buf_printf(&done, "%s%s", done.len ? "; " : "", mname);
  }
  if (ms.len)
    tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u.mitigation", n), ms.data);
  if (done.len)
    tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u.implemented", n),
                  done.data);
  tmc_buf_free(&ms);
  tmc_buf_free(&done);
}

/* The threats linked from an item: [{threat: id, state, mitigations}]. */
static void linked_threats(otm *o, uint32_t item, tmc_props *p) {
  TMC_DOC_EACH(o->doc, tmc_doc_get(o->doc, item, "threats"), l) {
    const char *tid = str(o, l, "threat");
    uint32_t th = tmc_strmap_get(&o->threats, tid);
    if (th == TMC_NONE) {
      tmc_warning(o->d, tmc_doc_loc(o->doc, l), "threat '%s' is not in threats",
                  tid ? tid : "");
      continue;
    }
    threat(o, p, th, str(o, l, "state"), NULL, tmc_doc_get(o->doc, l, "mitigations"));
  }
}

/* Indexes the top-level list key by id into m. */
static void index_list(otm *o, const char *key, tmc_strmap *m) {
  TMC_DOC_EACH(o->doc, tmc_doc_get(o->doc, 0, key), it) {
    const char *id = str(o, it, "id");
    if (!id)
      continue;
    if (tmc_strmap_get(m, id) != TMC_NONE)
      tmc_warning(o->d, tmc_doc_loc(o->doc, it), "%s: a second item with id '%s'", key,
                  id);
    else
      tmc_strmap_put(m, id, it);
  }
}

static bool room(otm *o, uint32_t at) {
  if ((uint64_t)o->ir->n_elements + o->ir->n_flows < o->opts->max_elements)
    return true;
  tmc_error(o->d, tmc_doc_loc(o->doc, at),
            "more than %u elements and flows (raise with --max-elements)",
            o->opts->max_elements);
  o->failed = true;
  return false;
}

/* A number of s at *p, then the separator sep (or the end): false when
 * there is none, or it is not finite and within drawing bounds. */
static bool coord(const char **p, char sep, double *out) {
  char *end;
  double v = strtod(*p, &end);
  if (end == *p || !isfinite(v) || fabs(v) > 1e7 || (*end && *end != sep))
    return false;
  *out = v;
  *p = *end ? end + 1 : end;
  return true;
}

/* tmc.line ("x,y x,y ..."), which backends/otm.c writes for a boundary
 * line: the zone is that line again, so flows cross it as they did. A value
 * that does not read leaves the zone as it is. */
static void line_points(otm *o, uint32_t b, const char *s) {
  if (!s || !*s)
    return;
  tmc_ir *ir = o->ir;
  uint32_t n = 1;
  for (const char *q = s; *q; q++)
    n += *q == ' ';
  tmc_point *pts = tmc_arena_alloc(ir->arena, n * sizeof *pts);
  const char *p = s;
  for (uint32_t k = 0; k < n; k++)
    if (!coord(&p, ',', &pts[k].x) || !coord(&p, ' ', &pts[k].y))
      return;
  if (n < 2 || *p)
    return;
  tmc_boundary *x = &ir->boundaries[b];
  x->form = TMC_BOUNDARY_LINE;
  x->pts = pts;
  x->n_pts = n;
  double x0 = pts[0].x, y0 = pts[0].y, x1 = x0, y1 = y0;
  for (uint32_t k = 1; k < n; k++) {
    x0 = fmin(x0, pts[k].x), y0 = fmin(y0, pts[k].y);
    x1 = fmax(x1, pts[k].x), y1 = fmax(y1, pts[k].y);
  }
  x->has_geom = true;
  x->geom = (tmc_rect){x0, y0, x1 - x0, y1 - y0};
}

/* tmc.geom ("x,y,w,h") of an element tmc wrote beside boundary lines. */
static void element_geom(tmc_element *el, const char *s) {
  double v[4];
  const char *p = s;
  for (int k = 0; k < 4; k++)
    if (!p || !coord(&p, k < 3 ? ',' : 0, &v[k]))
      return;
  if (*p || v[2] < 0 || v[3] < 0)
    return;
  el->has_geom = true;
  el->geom = (tmc_rect){v[0], v[1], v[2], v[3]};
}

/* A page name as reports show it: plain, one line, at most 256 bytes, as the
 * model's title and Threat Dragon's diagram titles are read. */
static const char *page_name(tmc_ir *ir, const char *s) {
  return tmc_text_plain(ir->arena, s, false, 256, NULL);
}

/* tmc's export of several pages names them in the project's attributes,
 * tmc.page.N (and tmc.page.N.id), N from 1: the first is o->page, renamed,
 * the others follow, up to the first number missing. One walk over the
 * attributes, so a hostile file of many costs linear time, and at most as
 * many pages as items. */
static void pages(otm *o) {
  tmc_doc *doc = o->doc;
  uint32_t attrs = tmc_doc_path(doc, 0, "project", "attributes", NULL);
  uint32_t cap = tmc_doc_is(doc, attrs, TMC_DOC_MAP) ? doc->v[attrs].n : 0;
  if (cap < 2)
    return;
  const char **name = tmc_xcalloc(cap, sizeof *name), **id = tmc_xcalloc(cap, sizeof *id);
  TMC_DOC_EACH(doc, attrs, c) {
    const tmc_doc_node *n = &doc->v[c];
    if (!n->key || !n->text || strncmp(n->key, "tmc.page.", 9) != 0)
      continue;
    char *end = NULL;
    unsigned long k = strtoul(n->key + 9, &end, 10);
    if (end == n->key + 9 || k < 1 || k > cap || n->key[9] < '1' || n->key[9] > '9')
      continue;
    if (!*end)
      name[k - 1] = n->text;
    else if (strcmp(end, ".id") == 0)
      id[k - 1] = n->text;
  }
  /* No more pages than items to put on them (a hostile file of a million
   * page names costs no more than its items). */
  uint32_t most = 1;
  static const char *const lists[] = {"trustZones", "components", "dataflows"};
  for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
    uint32_t v = tmc_doc_get(doc, 0, lists[l]);
    most += tmc_doc_is(doc, v, TMC_DOC_SEQ) ? doc->v[v].n : 0;
  }
  if (most > o->opts->max_elements)
    most = o->opts->max_elements;
  tmc_ir *ir = o->ir;
  for (uint32_t k = 0; k < cap && k < most && name[k]; k++) {
    const char *plain = page_name(ir, name[k]);
    uint32_t pg = k ? tmc_ir_add_page(ir, plain) : o->page;
    ir->pages[pg].name = plain;
    if (id[k])
      ir->pages[pg].id = tmc_arena_strdup(ir->arena, id[k]);
    ir->pages[pg].loc = tmc_doc_loc(doc, 0);
    o->n_pages = k + 1;
  }
  free(name);
  free(id);
}

/* The page of an item of tmc's export of several pages: its tmc.page (a
 * number from 1); an item without one, or with one out of range, goes on
 * the first page with a warning (tmc's own export writes it on every item). */
static uint32_t item_page(otm *o, uint32_t item) {
  if (o->n_pages < 2)
    return o->page;
  const char *s =
      tmc_doc_str(o->doc, tmc_doc_path(o->doc, item, "attributes", "tmc.page", NULL));
  char *end = NULL;
  unsigned long n = s ? strtoul(s, &end, 10) : 0;
  if (!s || end == s || *end || n < 1 || n > o->n_pages) {
    tmc_warning(o->d, tmc_doc_loc(o->doc, item),
                "tmc.page '%s' is not one of the model's %u pages; on the first",
                s ? s : "", o->n_pages);
    return o->page;
  }
  return o->page + (uint32_t)n - 1;
}

/* An id as tmc's export of several pages writes it, "Page/id", without the
 * page's prefix (the writer puts it back); else as written. */
static const char *local_id(otm *o, uint32_t page, const char *id) {
  if (o->n_pages < 2 || !id)
    return id;
  const char *name = o->ir->pages[page].name;
  size_t n = strlen(name);
  return strncmp(id, name, n) == 0 && id[n] == '/' && id[n + 1] ? id + n + 1 : id;
}

/* An element id the export wrote as "Page/id" is that only when the id
 * repeats across pages (as frontend/drawio.c names them); one that does not
 * repeat was written so by its author, and keeps its prefix. */
static void unrepeat(otm *o) {
  tmc_ir *ir = o->ir;
  if (o->n_pages < 2)
    return;
  tmc_strmap seen = {0};
  bool *repeated = tmc_xcalloc(ir->n_elements + 1, sizeof *repeated);
  for (uint32_t e = 0; e < ir->n_elements; e++) {
    const tmc_element *x = &ir->elements[e];
    if (strcmp(x->id, x->qname) == 0)
      continue;
    uint32_t first = tmc_strmap_get(&seen, x->id);
    if (first == TMC_NONE)
      tmc_strmap_put(&seen, x->id, e);
    else if (ir->elements[first].page != x->page)
      repeated[first] = repeated[e] = true;
  }
  for (uint32_t e = 0; e < ir->n_elements; e++) {
    tmc_element *x = &ir->elements[e];
    uint32_t first = tmc_strmap_get(&seen, x->id);
    if (strcmp(x->id, x->qname) != 0 && !repeated[e] && !repeated[first])
      x->id = x->qname;
  }
  free(repeated);
  tmc_strmap_free(&seen);
}

/* Trust zones, parents before children; cycles and unknown parents are
 * warnings and the zone goes to the top. */
static void zones(otm *o) {
  tmc_doc *doc = o->doc;
  tmc_ir *ir = o->ir;
  uint32_t list = tmc_doc_get(doc, 0, "trustZones");
  uint32_t n = tmc_doc_is(doc, list, TMC_DOC_SEQ) ? doc->v[list].n : 0;
  if (!n)
    return;
  uint32_t *node = tmc_xcalloc(n, sizeof *node), *parent = tmc_xcalloc(n, sizeof *parent),
           *depth = tmc_xcalloc(n, sizeof *depth);
  uint32_t k = 0;
  TMC_DOC_EACH(doc, list, z) node[k++] = z;
  tmc_strmap idx = {0};
  for (k = 0; k < n; k++)
    if (str(o, node[k], "id") && tmc_strmap_get(&idx, str(o, node[k], "id")) == TMC_NONE)
      tmc_strmap_put(&idx, str(o, node[k], "id"), k);
  for (k = 0; k < n; k++) {
    const char *pid =
        tmc_doc_str(doc, tmc_doc_path(doc, node[k], "parent", "trustZone", NULL));
    parent[k] = pid ? tmc_strmap_get(&idx, pid) : TMC_NONE;
    if (pid && parent[k] == TMC_NONE)
      tmc_warning(o->d, tmc_doc_loc(doc, node[k]),
                  "trust zone '%s': parent '%s' is not a "
                  "trust zone",
                  str(o, node[k], "id"), pid);
  }
  uint32_t maxd = 0;
  for (k = 0; k < n; k++) {
    uint32_t dd = 0, p = parent[k];
    while (p != TMC_NONE && dd <= n)
      p = parent[p], dd++;
    if (dd > n || dd >= o->opts->max_depth) {
      tmc_warning(o->d, tmc_doc_loc(doc, node[k]),
                  "trust zone '%s': its parents loop or nest deeper than %u; read at the "
                  "top",
                  str(o, node[k], "id"), o->opts->max_depth);
      parent[k] = TMC_NONE;
      dd = 0;
    }
    depth[k] = dd;
    maxd = dd > maxd ? dd : maxd;
  }
  /* A zone whose parent went to the top is one level below it. */
  for (uint32_t pass = 0; pass <= n && pass < o->opts->max_depth; pass++) {
    bool changed = false;
    for (k = 0; k < n; k++) {
      uint32_t want = parent[k] == TMC_NONE ? 0 : depth[parent[k]] + 1;
      if (depth[k] != want)
        depth[k] = want, changed = true;
    }
    if (!changed)
      break;
  }
  /* Document order, each zone after its parent: a zone's unwritten
   * ancestors go first (at most max_depth of them). */
  uint32_t *boundary = tmc_xcalloc(n, sizeof *boundary);
  bool *done = tmc_xcalloc(n, sizeof *done);
  uint32_t *order = tmc_xcalloc(n, sizeof *order), n_order = 0;
  uint32_t *chain = tmc_xcalloc(n + 1, sizeof *chain);
  for (uint32_t z0 = 0; z0 < n; z0++) {
    uint32_t nc = 0;
    for (uint32_t q = z0; q != TMC_NONE && !done[q] && nc <= n; q = parent[q])
      chain[nc++] = q;
    while (nc) {
      uint32_t q = chain[--nc];
      done[q] = true;
      order[n_order++] = q;
    }
  }
  (void)maxd;
  for (uint32_t oi = 0; oi < n_order; oi++) {
    k = order[oi];
    {
      uint32_t dd = depth[k];
      uint32_t z = node[k];
      const char *id = str(o, z, "id");
      boundary[k] = TMC_NONE;
      if (o->ours &&
          tmc_doc_get(doc, tmc_doc_get(doc, z, "attributes"), "tmc.outside") != TMC_NONE)
        continue; /* tmc's place for what sits outside every boundary */
      uint32_t pg = item_page(o, z);
      const char *lid = local_id(o, pg, id);
      uint32_t b = tmc_ir_add_boundary(ir, pg, lid ? lid : "", TMC_BOUNDARY_CLUSTER);
      tmc_boundary *x = &ir->boundaries[b];
      const char *name = str(o, z, "name");
      x->label = plain(o, (name && *name) || o->ours ? name : id, z);
      x->loc = tmc_doc_loc(doc, z);
      x->why = "OTM trust zone";
      x->depth = dd;
      x->parent = parent[k] == TMC_NONE ? TMC_NONE : boundary[parent[k]];
      x->depth = x->parent == TMC_NONE ? 0 : ir->boundaries[x->parent].depth + 1;
      boundary[k] = b;
      if (id) /* by the id items name it by, which the document keeps */
        tmc_strmap_put(&o->zones, id, b);
      attributes(o, z, &x->props);
      double rating;
      if (!o->ours &&
          tmc_doc_num(doc, tmc_doc_path(doc, z, "risk", "trustRating", NULL), &rating)) {
        int t = (int)lround(rating / 25.0);
        t = t < 0 ? 0 : t > 4 ? 4 : t;
        tmc_props_set(ir, &x->props, "trust", tmc_arena_printf(ir->arena, "%d", t));
        tmc_props_set(ir, &x->props, "otm.trustRating",
                      str(o, tmc_doc_get(doc, z, "risk"), "trustRating"));
      }
      if (!o->ours && str(o, z, "type"))
        tmc_props_set(ir, &x->props, "otm.type", str(o, z, "type"));
      if (o->ours)
        line_points(o, b, tmc_props_get(&x->props, "tmc.line"));
    }
  }
  tmc_strmap_free(&idx);
  free(done);
  free(order);
  free(chain);
  free(node);
  free(parent);
  free(depth);
  free(boundary);
}

/* The zone of component c: its own parent.trustZone, else its enclosing
 * component's, walking up at most max_depth components. */
static uint32_t zone_of(otm *o, uint32_t c) {
  for (uint32_t hop = 0; c != TMC_NONE && hop <= o->opts->max_depth; hop++) {
    const char *z =
        tmc_doc_str(o->doc, tmc_doc_path(o->doc, c, "parent", "trustZone", NULL));
    if (z)
      return tmc_strmap_get(&o->zones, z);
    const char *pc =
        tmc_doc_str(o->doc, tmc_doc_path(o->doc, c, "parent", "component", NULL));
    c = pc ? tmc_strmap_get(&o->comps, pc) : TMC_NONE;
  }
  return TMC_NONE;
}

static void components(otm *o) {
  tmc_doc *doc = o->doc;
  tmc_ir *ir = o->ir;
  TMC_DOC_EACH(doc, tmc_doc_get(doc, 0, "components"), c) {
    if (o->failed || !room(o, c))
      return;
    const char *id = str(o, c, "id");
    if (!id || tmc_strmap_get(&o->comps, id) != c)
      continue; /* no id, or a second with this id (warned) */
    uint32_t pg = item_page(o, c);
    uint32_t e = tmc_ir_add_element(ir, pg, local_id(o, pg, id));
    tmc_element *el = &ir->elements[e];
    el->qname = tmc_arena_strdup(ir->arena, id); /* "Page/id" when it repeats */
    const char *name = str(o, c, "name");
    el->label = plain(o, (name && *name) || o->ours ? name : id, c);
    el->loc = tmc_doc_loc(doc, c);
    el->boundary = zone_of(o, c);
    attributes(o, c, &el->props);
    if (o->ours)
      element_geom(el, tmc_props_get(&el->props, "tmc.geom"));
    if (!o->ours) {
      const char *type = str(o, c, "type");
      el->notation = TMC_NOTATION_DOT;
      el->shape = "ellipse";
      for (size_t k = 0; type && k < sizeof looks / sizeof *looks; k++)
        if (strstr(type, looks[k].word)) {
          el->shape = looks[k].dot_shape;
          break;
        }
      el->shape = tmc_arena_strdup(ir->arena, el->shape);
      if (type)
        tmc_props_set(ir, &el->props, "otm.type", type);
      const char *pc =
          tmc_doc_str(doc, tmc_doc_path(doc, c, "parent", "component", NULL));
      if (pc)
        tmc_props_set(ir, &el->props, "otm.parent", pc);
      const char *desc = str(o, c, "description");
      if (desc && *desc)
        tmc_props_set(ir, &el->props, "otm.description", desc);
      assets(o, c, &el->props);
      linked_threats(o, c, &el->props);
    }
  }
}

static void dataflows(otm *o, const tmc_strmap *elem) {
  tmc_doc *doc = o->doc;
  tmc_ir *ir = o->ir;
  TMC_DOC_EACH(doc, tmc_doc_get(doc, 0, "dataflows"), f) {
    if (o->failed || !room(o, f))
      return;
    const char *id = str(o, f, "id");
    const char *s = str(o, f, "source"), *t = str(o, f, "destination");
    uint32_t a = tmc_strmap_get(elem, s), b = tmc_strmap_get(elem, t);
    if (a == TMC_NONE || b == TMC_NONE) {
      tmc_warning(o->d, tmc_doc_loc(doc, f),
                  "dataflow '%s': its %s '%s' is not a component; no flow", id ? id : "",
                  a == TMC_NONE ? "source" : "destination",
                  a == TMC_NONE ? (s ? s : "") : (t ? t : ""));
      continue;
    }
    uint32_t pg = ir->elements[a].page; /* a flow joins two elements of one page */
    if (ir->elements[b].page != pg) {
      tmc_warning(o->d, tmc_doc_loc(doc, f),
                  "dataflow '%s' joins two pages (tmc.page); no flow", id ? id : "");
      continue;
    }
    uint32_t k = tmc_ir_add_flow(ir, pg, a, b);
    tmc_flow *fl = &ir->flows[k];
    fl->id = id && *id ? tmc_arena_strdup(ir->arena, local_id(o, pg, id))
                       : tmc_arena_printf(ir->arena, "%s -> %s", s, t);
    const char *name = str(o, f, "name");
    fl->label = plain(o, name, f);
    fl->loc = tmc_doc_loc(doc, f);
    fl->bidirectional = tmc_doc_true(doc, tmc_doc_get(doc, f, "bidirectional"));
    attributes(o, f, &fl->props);
    if (id)
      tmc_strmap_put(&o->flows, id, k);
    if (!o->ours) {
      assets(o, f, &fl->props);
      linked_threats(o, f, &fl->props);
    }
  }
}

/* A producer's own threat form: threats[] with targets (component or
 * dataflow ids), severity and status, instead of links from components. */
static void targeted_threats(otm *o, const tmc_strmap *elem) {
  tmc_doc *doc = o->doc;
  TMC_DOC_EACH(doc, tmc_doc_get(doc, 0, "threats"), th) {
    TMC_DOC_EACH(doc, tmc_doc_get(doc, th, "targets"), t) {
      const char *id = tmc_doc_str(doc, t);
      uint32_t e = tmc_strmap_get(elem, id), f = tmc_strmap_get(&o->flows, id);
      tmc_props *p = e != TMC_NONE   ? &o->ir->elements[e].props
                     : f != TMC_NONE ? &o->ir->flows[f].props
                                     : NULL;
      if (!p) {
        tmc_warning(o->d, tmc_doc_loc(doc, t), "threat '%s': target '%s' is nothing here",
                    str(o, th, "id") ? str(o, th, "id") : "", id ? id : "");
        continue;
      }
      threat(o, p, th, str(o, th, "status"), str(o, th, "severity"),
             tmc_doc_get(doc, th, "mitigations"));
    }
  }
}

int tmc_otm_parse(tmc_ir *ir, const char *data, size_t len, const tmc_frontend_opts *opts,
                  tmc_diags *d) {
  tmc_doc doc;
  uint64_t cap = (uint64_t)opts->max_elements * 64;
  uint32_t max_nodes = cap > UINT32_MAX ? UINT32_MAX : (uint32_t)cap;
  size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < len &&
         (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
    i++;
  int rc;
  if (i < len && data[i] == '{') {
    /* JSON, or YAML in flow style: JSON's error is the one to show when
     * neither reads. */
    tmc_diags jd = TMC_DIAGS_INIT;
    rc = tmc_doc_json(&doc, ir->file, data + i, len - i, max_nodes, &jd);
    if (rc < 0) {
      tmc_doc_free(&doc);
      tmc_diags yd = TMC_DIAGS_INIT;
      rc = tmc_doc_yaml(&doc, ir->file, data, len, max_nodes, &yd);
      const tmc_diags *show = rc < 0 ? &jd : &yd;
      for (uint32_t k = 0; k < show->n; k++)
        tmc_diag_add(d, show->v[k].level, show->v[k].loc, "%s", show->v[k].msg);
      tmc_diags_free(&yd);
    } else {
      /* Positions count from the '{'; the text before it is blank lines. */
      uint32_t lines = 0;
      for (size_t k = 0; k < i; k++)
        lines += data[k] == '\n';
      for (uint32_t k = 0; k < doc.n && lines; k++)
        if (doc.v[k].line)
          doc.v[k].line += lines;
    }
    tmc_diags_free(&jd);
  } else {
    rc = tmc_doc_yaml(&doc, ir->file, data, len, max_nodes, d);
  }
  if (rc < 0) {
    tmc_doc_free(&doc);
    return -1;
  }
  otm o = {0};
  o.ir = ir;
  o.doc = &doc;
  o.opts = opts;
  o.d = d;
  if (!tmc_doc_is(&doc, 0, TMC_DOC_MAP) ||
      tmc_doc_get(&doc, 0, "otmVersion") == TMC_NONE) {
    tmc_error(d, tmc_doc_loc(&doc, 0), "not an Open Threat Model file: no otmVersion");
    tmc_doc_free(&doc);
    return -1;
  }
  const char *ver = str(&o, 0, "otmVersion");
  if (ver && strcmp(ver, "0.1.0") != 0 && strcmp(ver, "0.2.0") != 0)
    tmc_note(d, tmc_doc_loc(&doc, tmc_doc_get(&doc, 0, "otmVersion")),
             "OTM version %s: read as 0.2.0", ver);
  const char *gen = tmc_doc_str(
      &doc, tmc_doc_path(&doc, 0, "project", "attributes", "generator", NULL));
  o.ours = gen && strcmp(gen, "tmc") == 0;
  const char *pname = tmc_doc_str(&doc, tmc_doc_path(&doc, 0, "project", "name", NULL));
  ir->title =
      tmc_text_plain(ir->arena, pname && *pname ? pname : "OTM", false, 256, NULL);
  const char *page = o.ours ? tmc_doc_str(&doc, tmc_doc_path(&doc, 0, "project",
                                                             "attributes", "page", NULL))
                            : NULL;
  o.page = tmc_ir_add_page(ir, page ? page_name(ir, page) : ir->title);
  const char *page_id =
      o.ours ? tmc_doc_str(&doc,
                           tmc_doc_path(&doc, 0, "project", "attributes", "pageId", NULL))
             : NULL;
  if (page_id)
    ir->pages[o.page].id = tmc_arena_strdup(ir->arena, page_id);
  ir->pages[o.page].loc = tmc_doc_loc(&doc, 0);
  if (o.ours)
    pages(&o);
  index_list(&o, "assets", &o.assets);
  index_list(&o, "threats", &o.threats);
  index_list(&o, "mitigations", &o.mitigations);
  index_list(&o, "components", &o.comps);
  zones(&o);
  components(&o);
  unrepeat(&o);
  tmc_strmap elem = {0};
  for (uint32_t e = 0; e < ir->n_elements; e++)
    tmc_strmap_put(&elem, ir->elements[e].qname, e); /* the id as written */
  if (!o.failed)
    dataflows(&o, &elem);
  if (!o.failed && !o.ours)
    targeted_threats(&o, &elem);
  tmc_strmap_free(&elem);
  tmc_strmap_free(&o.zones);
  tmc_strmap_free(&o.comps);
  tmc_strmap_free(&o.flows);
  tmc_strmap_free(&o.assets);
  tmc_strmap_free(&o.threats);
  tmc_strmap_free(&o.mitigations);
  tmc_doc_free(&doc);
  return o.failed ? -1 : 0;
}
