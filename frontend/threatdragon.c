/* threatdragon.c - OWASP Threat Dragon models (JSON), both generations.
 *
 * v1 (no top-level version): detail.diagrams[].diagramJson.cells, the kind in
 * cell.type (tm.Actor, tm.Process, tm.Store, tm.Flow, tm.Boundary), the
 * properties and threats on the cell, flows by source.id/target.id, every
 * boundary a curve. v2 ("version": "2.x"): detail.diagrams[].cells, the kind
 * in data.type (or the lower-case X6 shape), properties and threats under
 * data, flows by source.cell/target.cell, boxes (tm.BoundaryBox) whose
 * members are whatever their rectangle holds (the boundaries pass decides by
 * geometry, as for draw.io boxes), curves (tm.Boundary) as lines. A model
 * with cells but no version reads cell by cell. Every diagram is a page.
 *
 * What the drawing says becomes what DOT would say (an actor a box, a
 * process an ellipse, a store a cylinder, so the classify pass reads them as
 * it reads DOT and label words still refine them); the properties map onto
 * tmc's vocabulary (table `props` below); the threats the author wrote are
 * tmc's own attributes may ride in a cell's description, one line
 * "tmc: type=model data=pii" (Threat Dragon has no field for them). The
 * threats the author wrote are
 * kept on their element or flow as `threat.N` properties ("Status;
 * Severity; Type; Title", and `threat.N.mitigation`), which the OTM writer
 * exports. Diagnostics name the cell by its label and id, at its line. */
#include "frontend/doc.h"
#include "frontend/frontend.h"
#include "frontend/strmap.h"
#include "frontend/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum td_kind {
  TD_NONE,
  TD_ACTOR,
  TD_PROCESS,
  TD_STORE,
  TD_FLOW,
  TD_CURVE,
  TD_BOX,
  TD_TEXT
} td_kind;

/* The kinds, by Threat Dragon's type and by the X6 shape of v2. */
static const struct {
  const char *type, *shape;
  td_kind kind;
  const char *dot_shape; /* what DOT would draw */
} kinds[] = {
    {"tm.Actor", "actor", TD_ACTOR, "box"},
    {"tm.Process", "process", TD_PROCESS, "ellipse"},
    {"tm.Store", "store", TD_STORE, "cylinder"},
    {"tm.Flow", "flow", TD_FLOW, NULL},
    {"tm.Boundary", "trust-boundary-curve", TD_CURVE, NULL},
    {"tm.BoundaryBox", "trust-boundary-box", TD_BOX, NULL},
    {"tm.Text", "td-text-block", TD_TEXT, NULL},
};

/* Threat Dragon's properties → tmc's vocabulary. A true boolean sets key to
 * value; a string property is copied under key (value NULL). */
static const struct {
  const char *td;
  const char *key, *value;
} props[] = {
    {"isEncrypted", "encrypted", "true"}, /* flows; a store: see store_props */
    {"protocol", "protocol", NULL},
    {"isWebApplication", "tech", "web_application"},
    {"providesAuthentication", "controls", "authentication"},
    {"storesCredentials", "data", "credentials"},
    {"isALog", "data", "logs"},
    {"handlesCardPayment", "data", "payment"},
    {"isSigned", "controls", "message_signing"},
};

typedef struct td {
  tmc_ir *ir;
  tmc_strmap ids; /* this page's element ids → element */
  tmc_doc *doc;
  const tmc_frontend_opts *opts;
  tmc_diags *d;
  bool failed;
} td;

static const char *label_of(td *t, uint32_t cell, td_kind k) {
  tmc_doc *doc = t->doc;
  const char *s = tmc_doc_str(doc, tmc_doc_path(doc, cell, "data", "name", NULL));
  if (!s && k == TD_FLOW) {
    uint32_t labels = tmc_doc_get(doc, cell, "labels");
    uint32_t l0 = tmc_doc_is(doc, labels, TMC_DOC_SEQ) ? doc->v[labels].first : TMC_NONE;
    s = tmc_doc_str(doc, tmc_doc_path(doc, l0, "attrs", "text", "text", NULL));
    if (!s)
      s = tmc_doc_str(doc, tmc_doc_path(doc, l0, "attrs", "labelText", "text", NULL));
  }
  if (!s)
    s = tmc_doc_str(doc, tmc_doc_path(doc, cell, "attrs", "text", "text", NULL));
  if (!s)
    s = tmc_doc_str(doc, tmc_doc_path(doc, cell, "attrs", "label", "text", NULL));
  bool cut = false;
  const char *r =
      tmc_text_plain(t->ir->arena, s ? s : "", false, t->opts->max_label, &cut);
  if (cut)
    tmc_warning(
        t->d, tmc_doc_loc(doc, cell),
        "cell '%s': label longer than %u bytes cut short (raise with --max-label)",
        tmc_doc_str(doc, tmc_doc_get(doc, cell, "id"))
            ? tmc_doc_str(doc, tmc_doc_get(doc, cell, "id"))
            : "no id",
        t->opts->max_label);
  return r;
}

static td_kind kind_of(const tmc_doc *doc, uint32_t cell, const char **dot_shape) {
  const char *type = tmc_doc_str(doc, tmc_doc_path(doc, cell, "data", "type", NULL));
  if (!type)
    type = tmc_doc_str(doc, tmc_doc_get(doc, cell, "type"));
  const char *shape = tmc_doc_str(doc, tmc_doc_get(doc, cell, "shape"));
  for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
    if ((type && strcmp(type, kinds[k].type) == 0) ||
        (!type && shape && strcmp(shape, kinds[k].shape) == 0)) {
      *dot_shape = kinds[k].dot_shape;
      return kinds[k].kind;
    }
  return TD_NONE;
}

/* Appends value to a comma list property (data=a,b). */
static void add_to(tmc_ir *ir, tmc_props *p, const char *key, const char *value) {
  const char *old = tmc_props_get(p, key);
  if (!old || !*old)
    tmc_props_set(ir, p, key, value);
  else if (!strstr(old, value))
    tmc_props_set(ir, p, key, tmc_arena_printf(ir->arena, "%s,%s", old, value));
}

/* key=value pairs (a value may be "quoted") of [s, s+n) into props. */
static void vocabulary(tmc_ir *ir, tmc_props *p, const char *s, size_t n) {
  const char *e = s + n;
  while (s < e) {
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
      s++;
    const char *k = s;
    while (s < e && *s != '=' && *s != ' ' && *s != '\t')
      s++;
    if (s >= e || *s != '=' || s == k) {
      while (s < e && *s != ' ' && *s != '\t')
        s++;
      continue;
    }
    const char *ke = s++;
    const char *v = s, *ve;
    if (s < e && (*s == '"' || *s == '\'')) {
      char q = *s++;
      v = s;
      while (s < e && *s != q)
        s++;
      ve = s;
      if (s < e)
        s++;
    } else {
      while (s < e && *s != ' ' && *s != '\t' && *s != '\r')
        s++;
      ve = s;
    }
    tmc_props_set(ir, p, tmc_arena_strndup(ir->arena, k, (size_t)(ke - k)),
                  tmc_arena_strndup(ir->arena, v, (size_t)(ve - v)));
  }
}

/* Threat Dragon's own properties, kept raw as td.NAME beside their mapping
 * (a v1 cell also holds JointJS's drawing keys, which are not kept). */
static const char *const raw_props[] = {
    "description",
    "outOfScope",
    "reasonOutOfScope",
    "isEncrypted",
    "protocol",
    "isPublicNetwork",
    "privilegeLevel",
    "storesCredentials",
    "isALog",
    "isSigned",
    "providesAuthentication",
    "isWebApplication",
    "handlesCardPayment",
    "handlesGoodsOrServices",
    "storesInventory",
    "isBidirectional",
};

static bool is_raw_prop(const char *k) {
  for (size_t i = 0; i < sizeof raw_props / sizeof *raw_props; i++)
    if (strcmp(k, raw_props[i]) == 0)
      return true;
  return false;
}

/* The properties of a cell (v2: its data; v1: the cell itself) onto tmc's
 * vocabulary, and Threat Dragon's own kept raw under td.NAME. */
static void map_props(td *t, uint32_t from, tmc_props *p, td_kind k) {
  tmc_doc *doc = t->doc;
  tmc_ir *ir = t->ir;
  TMC_DOC_EACH(doc, from, c) {
    const tmc_doc_node *n = &doc->v[c];
    if (!n->key || !n->text || n->type == TMC_DOC_NULL)
      continue;
    if (is_raw_prop(n->key) && *n->text)
      tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "td.%s", n->key), n->text);
    for (size_t r = 0; r < sizeof props / sizeof *props; r++) {
      if (strcmp(n->key, props[r].td) != 0)
        continue;
      if (!props[r].value) {
        if (*n->text) {
          char *v = tmc_arena_strdup(ir->arena, n->text);
          for (char *q = v; *q; q++)
            *q = (char)((*q >= 'A' && *q <= 'Z') ? *q - 'A' + 'a' : *q);
          /* Threat Dragon's "HTTP/S" is HTTPS. */
          tmc_props_set(ir, p, props[r].key, strcmp(v, "http/s") == 0 ? "https" : v);
        }
      } else if (tmc_doc_true(doc, c)) {
        if (strcmp(n->key, "isEncrypted") == 0 && k == TD_STORE)
          add_to(ir, p, "controls", "encryption_at_rest");
        else if (strcmp(props[r].key, "encrypted") == 0)
          tmc_props_set(ir, p, "encrypted", "true");
        else if (strcmp(props[r].key, "tech") == 0)
          tmc_props_set(ir, p, "tech", props[r].value);
        else
          add_to(ir, p, props[r].key, props[r].value);
      }
    }
  }
  /* tmc's vocabulary, where Threat Dragon has no field for it: lines of the
   * description that start with "tmc:" ("tmc: type=model data=pii"). */
  const char *desc = tmc_doc_str(doc, tmc_doc_get(doc, from, "description"));
  for (const char *l = desc; l && *l;) {
    size_t len = strcspn(l, "\n");
    const char *q = l;
    while (q < l + len && (*q == ' ' || *q == '\t'))
      q++;
    if (l + len - q > 4 && strncmp(q, "tmc:", 4) == 0)
      vocabulary(ir, p, q + 4, (size_t)(l + len - q - 4));
    l += len + (l[len] == '\n');
  }
  /* Out of scope: the author chose not to model threats here. */
  if (tmc_doc_true(doc, tmc_doc_get(doc, from, "outOfScope"))) {
    const char *why = tmc_doc_str(doc, tmc_doc_get(doc, from, "reasonOutOfScope"));
    tmc_props_set(ir, p, "td.outOfScope", why && *why ? why : "true");
  }
}

/* The threats written on a cell, as threat.N properties. */
static void threats(td *t, uint32_t from, tmc_props *p) {
  tmc_doc *doc = t->doc;
  tmc_ir *ir = t->ir;
  uint32_t list = tmc_doc_get(doc, from, "threats");
  uint32_t n = 0;
  TMC_DOC_EACH(doc, list, th) {
    if (!tmc_doc_is(doc, th, TMC_DOC_MAP))
      continue;
    const char *status = tmc_doc_str(doc, tmc_doc_get(doc, th, "status"));
    const char *sev = tmc_doc_str(doc, tmc_doc_get(doc, th, "severity"));
    const char *type = tmc_doc_str(doc, tmc_doc_get(doc, th, "type"));
    const char *title = tmc_doc_str(doc, tmc_doc_get(doc, th, "title"));
    const char *mit = tmc_doc_str(doc, tmc_doc_get(doc, th, "mitigation"));
    const char *desc = tmc_doc_str(doc, tmc_doc_get(doc, th, "description"));
    n++;
    tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u", n),
                  tmc_arena_printf(ir->arena, "%s; %s; %s; %s", status ? status : "Open",
                                   sev ? sev : "", type ? type : "", title ? title : ""));
    if (mit && *mit)
      tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u.mitigation", n), mit);
    if (desc && *desc)
      tmc_props_set(ir, p, tmc_arena_printf(ir->arena, "threat.%u.description", n), desc);
  }
}

static bool rect_of(const tmc_doc *doc, uint32_t cell, tmc_rect *r) {
  double x, y, w, h;
  if (!tmc_doc_num(doc, tmc_doc_path(doc, cell, "position", "x", NULL), &x) ||
      !tmc_doc_num(doc, tmc_doc_path(doc, cell, "position", "y", NULL), &y) ||
      !tmc_doc_num(doc, tmc_doc_path(doc, cell, "size", "width", NULL), &w) ||
      !tmc_doc_num(doc, tmc_doc_path(doc, cell, "size", "height", NULL), &h))
    return false;
  *r = (tmc_rect){x, y, w, h};
  return true;
}

/* A point end of a link ({x, y}), or false when the end is on a cell. */
static bool point_of(const tmc_doc *doc, uint32_t end, tmc_point *pt) {
  return tmc_doc_num(doc, tmc_doc_get(doc, end, "x"), &pt->x) &&
         tmc_doc_num(doc, tmc_doc_get(doc, end, "y"), &pt->y);
}

/* The cell a link end is on: v2 source.cell, v1 source.id. */
static const char *end_cell(const tmc_doc *doc, uint32_t end) {
  const char *s = tmc_doc_str(doc, tmc_doc_get(doc, end, "cell"));
  if (!s)
    s = tmc_doc_str(doc, tmc_doc_get(doc, end, "id"));
  return s && *s ? s : NULL;
}

static void read_diagram(td *t, uint32_t dg, uint32_t index) {
  tmc_doc *doc = t->doc;
  tmc_ir *ir = t->ir;
  uint32_t cells = tmc_doc_get(doc, dg, "cells");
  if (cells == TMC_NONE)
    cells = tmc_doc_path(doc, dg, "diagramJson", "cells", NULL);
  const char *title = tmc_doc_str(doc, tmc_doc_get(doc, dg, "title"));
  uint32_t page = tmc_ir_add_page(
      ir, title && *title ? tmc_text_plain(ir->arena, title, false, 256, NULL)
                          : tmc_arena_printf(ir->arena, "diagram %u", index + 1));
  ir->pages[page].loc = tmc_doc_loc(doc, dg);
  ir->pages[page].id = tmc_doc_str(doc, tmc_doc_get(doc, dg, "id"));
  tmc_strmap_free(&t->ids);
  if (!tmc_doc_is(doc, cells, TMC_DOC_SEQ)) {
    tmc_warning(t->d, tmc_doc_loc(doc, dg), "diagram '%s' has no cells",
                ir->pages[page].name);
    return;
  }
  /* Elements and boundaries first, so flows find their ends by id. */
  for (int pass = 0; pass < 2 && !t->failed; pass++) {
    TMC_DOC_EACH(doc, cells, cell) {
      if (t->failed)
        break;
      const char *dot_shape = NULL;
      td_kind k = kind_of(doc, cell, &dot_shape);
      const char *id = tmc_doc_str(doc, tmc_doc_get(doc, cell, "id"));
      tmc_loc loc = tmc_doc_loc(doc, cell);
      if ((k == TD_FLOW) != (pass == 1))
        continue;
      uint32_t data = tmc_doc_get(doc, cell, "data");
      uint32_t from = data != TMC_NONE ? data : cell;
      if (k == TD_NONE || k == TD_TEXT) {
        if (k == TD_NONE && pass == 0)
          tmc_warning(t->d, loc,
                      "cell '%s' (%s): not a Threat Dragon element, flow or "
                      "boundary; skipped",
                      label_of(t, cell, k), id ? id : "no id");
        continue;
      }
      if (!id || !*id) {
        tmc_warning(t->d, loc, "cell '%s' has no id; skipped", label_of(t, cell, k));
        continue;
      }
      if ((uint64_t)ir->n_elements + ir->n_flows >= t->opts->max_elements) {
        tmc_error(t->d, loc,
                  "more than %u elements and flows (raise with --max-elements)",
                  t->opts->max_elements);
        t->failed = true;
        break;
      }
      if (k == TD_ACTOR || k == TD_PROCESS || k == TD_STORE) {
        if (tmc_strmap_get(&t->ids, id) != TMC_NONE) {
          tmc_warning(t->d, loc, "cell '%s' (%s): a second cell with this id; skipped",
                      label_of(t, cell, k), id);
          continue;
        }
        uint32_t e = tmc_ir_add_element(ir, page, id);
        tmc_element *el = &ir->elements[e];
        tmc_strmap_put(&t->ids, el->id, e);
        el->label = label_of(t, cell, k);
        el->cell = id;
        el->loc = loc;
        el->shape = tmc_arena_strdup(ir->arena, dot_shape);
        el->notation = TMC_NOTATION_DOT;
        el->has_geom = rect_of(doc, cell, &el->geom);
        map_props(t, from, &el->props, k);
        threats(t, from, &el->props);
      } else if (k == TD_BOX || k == TD_CURVE) {
        uint32_t b = tmc_ir_add_boundary(
            ir, page, id, k == TD_BOX ? TMC_BOUNDARY_BOX : TMC_BOUNDARY_LINE);
        tmc_boundary *x = &ir->boundaries[b];
        x->label = label_of(t, cell, k);
        x->cell = id;
        x->loc = loc;
        x->why = k == TD_BOX ? "Threat Dragon trust boundary box"
                             : "Threat Dragon trust boundary curve";
        /* Drawn with Threat Dragon's trust boundary tool: the DFD boundary
         * notation, as a dashed draw.io outline is (a zone for a reason,
         * so what lies outside is outside on purpose). */
        x->zone_source = TMC_SOURCE_STYLE;
        x->zone_evidence = x->why;
        map_props(t, from, &x->props, k);
        if (k == TD_BOX) {
          x->has_geom = rect_of(doc, cell, &x->geom);
        } else {
          tmc_point *pts = NULL;
          uint32_t np = 0, cap = 0;
          tmc_point pt;
          if (point_of(doc, tmc_doc_get(doc, cell, "source"), &pt))
            *TMC_PUSH(pts, np, cap) = pt;
          TMC_DOC_EACH(doc, tmc_doc_get(doc, cell, "vertices"), v)
          if (point_of(doc, v, &pt))
            *TMC_PUSH(pts, np, cap) = pt;
          if (point_of(doc, tmc_doc_get(doc, cell, "target"), &pt))
            *TMC_PUSH(pts, np, cap) = pt;
          x = &ir->boundaries[b];
          if (np >= 2) {
            x->pts = tmc_arena_alloc(ir->arena, np * sizeof *pts);
            memcpy(x->pts, pts, np * sizeof *pts);
            x->n_pts = np;
            double x0 = pts[0].x, y0 = pts[0].y, x1 = x0, y1 = y0;
            for (uint32_t i = 1; i < np; i++) {
              x0 = pts[i].x < x0 ? pts[i].x : x0;
              y0 = pts[i].y < y0 ? pts[i].y : y0;
              x1 = pts[i].x > x1 ? pts[i].x : x1;
              y1 = pts[i].y > y1 ? pts[i].y : y1;
            }
            x->has_geom = true;
            x->geom = (tmc_rect){x0, y0, x1 - x0, y1 - y0};
          }
          free(pts);
        }
      } else if (k == TD_FLOW) {
        const char *label = label_of(t, cell, k);
        const char *s = end_cell(doc, tmc_doc_get(doc, cell, "source"));
        const char *g = end_cell(doc, tmc_doc_get(doc, cell, "target"));
        uint32_t a = tmc_strmap_get(&t->ids, s), b = tmc_strmap_get(&t->ids, g);
        if (a == TMC_NONE || b == TMC_NONE) {
          tmc_warning(t->d, loc,
                      "flow '%s' (%s): its %s end is on no element (left loose in the "
                      "editor); no flow",
                      label, id, a == TMC_NONE ? "source" : "target");
          continue;
        }
        uint32_t f = tmc_ir_add_flow(ir, page, a, b);
        tmc_flow *fl = &ir->flows[f];
        fl->id = id;
        fl->cell = id;
        fl->label = label;
        fl->loc = loc;
        fl->bidirectional = tmc_doc_true(doc, tmc_doc_get(doc, from, "isBidirectional"));
        map_props(t, from, &fl->props, k);
        threats(t, from, &fl->props);
        tmc_point *pts = NULL;
        uint32_t np = 0, cap = 0;
        tmc_point pt;
        TMC_DOC_EACH(doc, tmc_doc_get(doc, cell, "vertices"), v)
        if (point_of(doc, v, &pt))
          *TMC_PUSH(pts, np, cap) = pt;
        if (np) {
          fl->pts = tmc_arena_alloc(ir->arena, np * sizeof *pts);
          memcpy(fl->pts, pts, np * sizeof *pts);
          fl->n_pts = np;
        }
        free(pts);
      }
    }
  }
}

int tmc_threatdragon_parse(tmc_ir *ir, const char *data, size_t len,
                           const tmc_frontend_opts *opts, tmc_diags *d) {
  tmc_doc doc;
  uint64_t cap = (uint64_t)opts->max_elements * 64;
  size_t bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  if (tmc_doc_json(&doc, ir->file, data + bom, len - bom,
                   cap > UINT32_MAX ? UINT32_MAX : (uint32_t)cap, d) < 0) {
    tmc_doc_free(&doc);
    return -1;
  }
  td t = {ir, {0}, &doc, opts, d, false};
  uint32_t root = 0;
  uint32_t diagrams = tmc_doc_path(&doc, root, "detail", "diagrams", NULL);
  const char *title =
      tmc_doc_str(&doc, tmc_doc_path(&doc, root, "summary", "title", NULL));
  if (title && *title)
    ir->title = tmc_text_plain(ir->arena, title, false, 256, NULL);
  if (tmc_doc_is(&doc, diagrams, TMC_DOC_SEQ)) {
    uint32_t i = 0;
    TMC_DOC_EACH(&doc, diagrams, dg) {
      if (t.failed)
        break;
      read_diagram(&t, dg, i++);
    }
  } else if (tmc_doc_get(&doc, root, "cells") != TMC_NONE ||
             tmc_doc_get(&doc, root, "diagramJson") != TMC_NONE) {
    read_diagram(&t, root, 0); /* a single diagram saved on its own */
  } else {
    tmc_error(d, tmc_doc_loc(&doc, root),
              "not a Threat Dragon model: no detail.diagrams and no cells");
    t.failed = true;
  }
  if (!t.failed && !ir->n_pages) {
    tmc_error(d, tmc_doc_loc(&doc, diagrams), "a Threat Dragon model without diagrams");
    t.failed = true;
  }
  if (!t.failed && !*ir->title)
    ir->title = ir->pages[0].name;
  /* The IR must own its strings: the ones taken from the document move. */
  for (uint32_t i = 0; !t.failed && i < ir->n_pages; i++)
    ir->pages[i].id = tmc_arena_strdup(ir->arena, ir->pages[i].id);
  for (uint32_t i = 0; !t.failed && i < ir->n_elements; i++) {
    ir->elements[i].cell = tmc_arena_strdup(ir->arena, ir->elements[i].cell);
  }
  for (uint32_t i = 0; !t.failed && i < ir->n_flows; i++) {
    ir->flows[i].cell = tmc_arena_strdup(ir->arena, ir->flows[i].cell);
    ir->flows[i].id = ir->flows[i].cell;
  }
  for (uint32_t i = 0; !t.failed && i < ir->n_boundaries; i++)
    ir->boundaries[i].cell = tmc_arena_strdup(ir->arena, ir->boundaries[i].cell);
  tmc_strmap_free(&t.ids);
  tmc_doc_free(&doc);
  return t.failed ? -1 : 0;
}
