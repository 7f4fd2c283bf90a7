/* otm.c - the analysed model as an Open Threat Model 0.2.0 file (JSON), so
 * other tools (IriusRisk, StartLeft, threatcl, Threat Dragon's import) take
 * tmc's model and analysis: boundaries are trust zones (trustRating from
 * tmc's trust, 25 per level), elements components, flows dataflows, tmc's
 * findings threats (STRIDE categories, CWE ids, ATLAS/OWASP/CAPEC ids and
 * rule in the threat's attributes) linked from their component or dataflow
 * with their state and the controls that close them as mitigations; the
 * threats an author wrote (threat.N properties of Threat Dragon and OTM
 * input) are exported too.
 *
 * Every item's attributes are its tmc attributes, sorted, plus what the
 * analysis decided and the original said through its drawing: an element's
 * type= (kind) and tech=, a boundary's trust= (a zone) or type=grouping.
 * frontend/otm.c reads a file carrying project.attributes.generator = "tmc"
 * back from exactly these, so reading the export gives the model that was
 * analysed and writing it again gives the same bytes. Elements outside
 * every boundary sit in a zone marked tmc.outside, which the reader drops;
 * boundary lines carry their points and elements their rectangles
 * (tmc.line, tmc.geom) so the reader crosses the lines again; in a model of
 * several pages (diagrams) every item names its page (tmc.page) and the
 * project the pages, so each line is crossed on its own page.
 *
 * Deterministic: items in IR order, attributes by key, no time stamps. */
#include "backends/backends.h"
#include "backends/escape.h"

#include <stdlib.h>
#include <string.h>

#define OUTSIDE_ID "tmc-outside"

typedef struct kv {
  const char *k, *v;
} kv;

static int by_key(const void *a, const void *b) {
  return strcmp(((const kv *)a)->k, ((const kv *)b)->k);
}

/* "attributes": props plus extra pairs (extra wins), sorted by key. */
static void attributes(tmc_buf *b, const tmc_props *p, const kv *extra, size_t n_extra,
                       const char *indent) {
  kv *v = tmc_xcalloc((size_t)p->n + n_extra + 1, sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < n_extra; i++)
    if (extra[i].v)
      v[n++] = extra[i];
  for (uint32_t i = 0; i < p->n; i++) {
    bool shadowed = false;
    for (size_t k = 0; k < n_extra && !shadowed; k++)
      shadowed = extra[k].v && tmc_streq_nocase(extra[k].k, p->v[i].key);
    if (!shadowed)
      v[n++] = (kv){p->v[i].key, p->v[i].value};
  }
  qsort(v, n, sizeof *v, by_key);
  tmc_buf_printf(b, "%s\"attributes\": {", indent);
  for (size_t i = 0; i < n; i++) {
    tmc_buf_puts(b, i ? ", " : "");
    tmc_json_str(b, v[i].k);
    tmc_buf_puts(b, ": ");
    tmc_json_str(b, v[i].v);
  }
  tmc_buf_puts(b, "}");
  free(v);
}

/* A control named by a finding, and the order of that naming. */
typedef struct use {
  const char *name;
  uint32_t order;
} use;

static int by_name_then_order(const void *a, const void *b) {
  const use *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : (x->order > y->order) - (x->order < y->order);
}

static int by_order(const void *a, const void *b) {
  const use *x = a, *y = b;
  return (x->order > y->order) - (x->order < y->order);
}

static const char *elem_id(const tmc_ir *ir, uint32_t e) {
  const tmc_element *x = &ir->elements[e];
  return x->qname && *x->qname ? x->qname : x->id;
}

/* Ids of boundaries and flows are unique per page; a page prefix makes them
 * unique in a model of several pages (frontend/otm.c takes it off again). */
static const char *page_id(const tmc_ir *ir, uint32_t page, const char *id) {
  if (ir->n_pages > 1 && page < ir->n_pages)
    return tmc_arena_printf(ir->arena, "%s/%s", ir->pages[page].name, id);
  return id;
}

static void put_id(tmc_buf *b, const tmc_ir *ir, uint32_t page, const char *id) {
  tmc_json_str(b, page_id(ir, page, id));
}

/* OTM has no pages: in a model of several, each item names its page by
 * number (tmc.page, from 1; the project's attributes name the pages), so
 * the reader puts it back on its page, where its boundary lines are. */
static const char *page_no(const tmc_ir *ir, uint32_t page) {
  return ir->n_pages > 1 ? tmc_arena_printf(ir->arena, "%u", page + 1) : NULL;
}

static const char *state_of(tmc_status s) {
  switch (s) {
  case TMC_STATUS_OPEN:
    return "open";
  case TMC_STATUS_MITIGATED:
    return "mitigated";
  case TMC_STATUS_ACCEPTED:
    return "accepted";
  }
  return "open";
}

/* Each target's findings, in finding order: first[target] and next[i]. */
typedef struct chains {
  uint32_t *first_e, *first_f, *next;
} chains;

static chains chain_findings(const tmc_ir *ir) {
  chains c;
  c.first_e = tmc_xcalloc((size_t)ir->n_elements + 1, sizeof(uint32_t));
  c.first_f = tmc_xcalloc((size_t)ir->n_flows + 1, sizeof(uint32_t));
  c.next = tmc_xcalloc((size_t)ir->n_findings + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i <= ir->n_elements; i++)
    c.first_e[i] = TMC_NONE;
  for (uint32_t i = 0; i <= ir->n_flows; i++)
    c.first_f[i] = TMC_NONE;
  for (uint32_t i = ir->n_findings; i-- > 0;) {
    const tmc_finding *f = &ir->findings[i];
    uint32_t *first = f->target_kind == TMC_TARGET_ELEMENT && f->target < ir->n_elements
                          ? &c.first_e[f->target]
                      : f->target_kind == TMC_TARGET_FLOW && f->target < ir->n_flows
                          ? &c.first_f[f->target]
                          : NULL;
    c.next[i] = TMC_NONE;
    if (first) {
      c.next[i] = *first;
      *first = i;
    }
  }
  return c;
}

/* The threats linked from one target: tmc's findings on it, then the
 * author's threat.N. */
static void links(tmc_buf *b, const tmc_ir *ir, const chains *ch, tmc_target kind,
                  uint32_t target, const tmc_props *p, const char *owner) {
  bool any = false;
  uint32_t start = kind == TMC_TARGET_ELEMENT ? ch->first_e[target] : ch->first_f[target];
  for (uint32_t i = start; i != TMC_NONE; i = ch->next[i]) {
    const tmc_finding *f = &ir->findings[i];
    tmc_buf_puts(b, any ? ",\n        " : ",\n      \"threats\": [\n        ");
    any = true;
    tmc_buf_puts(b, "{\"threat\": ");
    tmc_json_str(b, tmc_arena_printf(ir->arena, "tmc-%u", i + 1));
    tmc_buf_printf(b, ", \"state\": \"%s\", \"mitigations\": [", state_of(f->status));
    for (uint32_t m = 0; m < f->mitigations.n; m++) {
      tmc_buf_puts(b, m ? ", " : "");
      tmc_buf_puts(b, "{\"mitigation\": ");
      tmc_json_str(b, f->mitigations.v[m]);
      tmc_buf_printf(b, ", \"state\": \"%s\"}",
                     f->status == TMC_STATUS_MITIGATED && f->status_by &&
                             strcmp(f->status_by, f->mitigations.v[m]) == 0
                         ? "implemented"
                         : "recommended");
    }
    tmc_buf_puts(b, "]}");
  }
  for (uint32_t n = 1;; n++) {
    const char *t = tmc_props_get(p, tmc_arena_printf(ir->arena, "threat.%u", n));
    if (!t)
      break;
    const char *semi = strchr(t, ';');
    char *state = tmc_arena_strndup(ir->arena, t, semi ? (size_t)(semi - t) : strlen(t));
    for (char *c = state; *c; c++)
      *c = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
    tmc_buf_puts(b, any ? ",\n        " : ",\n      \"threats\": [\n        ");
    any = true;
    tmc_buf_puts(b, "{\"threat\": ");
    tmc_json_str(b, tmc_arena_printf(ir->arena, "author-%s-%u", owner, n));
    tmc_buf_puts(b, ", \"state\": ");
    tmc_json_str(b, state);
    tmc_buf_puts(b, "}");
  }
  if (any)
    tmc_buf_puts(b, "\n      ]");
}

/* A line boundary's points, "x,y x,y ...", exact. */
static const char *points(const tmc_ir *ir, const tmc_boundary *x) {
  if (x->n_pts < 2)
    return NULL;
  tmc_buf t = TMC_BUF_INIT;
  for (uint32_t k = 0; k < x->n_pts; k++)
    tmc_buf_printf(&t, "%s%.17g,%.17g", k ? " " : "", x->pts[k].x, x->pts[k].y);
  const char *r = tmc_arena_strdup(ir->arena, t.data);
  tmc_buf_free(&t);
  return r;
}

static void list(tmc_buf *b, const tmc_strlist *l) {
  tmc_buf_puts(b, "[");
  for (uint32_t i = 0; i < l->n; i++) {
    tmc_buf_puts(b, i ? ", " : "");
    tmc_json_str(b, l->v[i]);
  }
  tmc_buf_puts(b, "]");
}

/* The author's threat.N of one target, as OTM threats. */
static void author_threats(tmc_buf *b, const tmc_ir *ir, const tmc_props *p,
                           const char *owner, bool *first) {
  for (uint32_t n = 1;; n++) {
    const char *t = tmc_props_get(p, tmc_arena_printf(ir->arena, "threat.%u", n));
    if (!t)
      break;
    /* "Status; Severity; Type; Title" */
    const char *f[4] = {"", "", "", ""};
    char *s = tmc_arena_strdup(ir->arena, t);
    for (int k = 0; k < 4 && s; k++) {
      char *semi = k < 3 ? strchr(s, ';') : NULL;
      if (semi)
        *semi = 0;
      f[k] = tmc_trim(s);
      s = semi ? semi + 1 : NULL;
    }
    tmc_buf_puts(b, *first ? "\n    " : ",\n    ");
    *first = false;
    tmc_buf_puts(b, "{\"id\": ");
    tmc_json_str(b, tmc_arena_printf(ir->arena, "author-%s-%u", owner, n));
    tmc_buf_puts(b, ", \"name\": ");
    tmc_json_str(b, *f[3] ? f[3] : "(untitled)");
    const char *desc =
        tmc_props_get(p, tmc_arena_printf(ir->arena, "threat.%u.description", n));
    if (desc) {
      tmc_buf_puts(b, ", \"description\": ");
      tmc_json_str(b, desc);
    }
    tmc_buf_puts(b, ", \"categories\": [");
    if (*f[2])
      tmc_json_str(b, f[2]);
    tmc_buf_puts(b, "], \"risk\": {\"likelihood\": null, \"impact\": null}, ");
    kv extra[] = {
        {"source", "author"},
        {"severity", *f[1] ? f[1] : NULL},
        {"mitigation",
         tmc_props_get(p, tmc_arena_printf(ir->arena, "threat.%u.mitigation", n))}};
    tmc_props none = {0};
    attributes(b, &none, extra, sizeof extra / sizeof *extra, "");
    tmc_buf_puts(b, "}");
  }
}

int tmc_backend_otm(tmc_buf *b, const tmc_ir *ir, const tmc_report_ctx *ctx,
                    tmc_diags *d) {
  (void)ctx;
  (void)d;
  tmc_buf_puts(b, "{\n  \"otmVersion\": \"0.2.0\",\n  \"project\": {\"name\": ");
  tmc_json_str(b, ir->title && *ir->title ? ir->title : "tmc model");
  tmc_buf_puts(b, ", \"id\": ");
  tmc_json_str(b, ir->title && *ir->title ? ir->title : "tmc-model");
  tmc_buf_puts(b, ", \"description\": \"Exported by tmc, the threat model compiler\", "
                  "\"attributes\": {\"generator\": \"tmc\"");
  /* The page's name and id are part of every fingerprint: the reader names its page
   * so, and the export of the export keeps them. */
  if (ir->n_pages == 1) {
    tmc_buf_puts(b, ", \"page\": ");
    tmc_json_str(b, ir->pages[0].name);
    if (ir->pages[0].id) {
      tmc_buf_puts(b, ", \"pageId\": ");
      tmc_json_str(b, ir->pages[0].id);
    }
  }
  for (uint32_t p = 0; ir->n_pages > 1 && p < ir->n_pages; p++) {
    tmc_buf_printf(b, ", \"tmc.page.%u\": ", p + 1);
    tmc_json_str(b, ir->pages[p].name);
    if (ir->pages[p].id) {
      tmc_buf_printf(b, ", \"tmc.page.%u.id\": ", p + 1);
      tmc_json_str(b, ir->pages[p].id);
    }
  }
  tmc_buf_puts(b, "}},\n");

  /* A boundary line (draw.io, a Threat Dragon curve) has no OTM form and no
   * members: which flows cross it is geometry. So that the analysis read
   * back is the analysis exported, a model with lines carries the lines'
   * points (tmc.line) and the elements' rectangles (tmc.geom), which
   * frontend/otm.c restores and the boundaries pass crosses again, page by
   * page (tmc.page). */
  bool geometry = false;
  for (uint32_t i = 0; i < ir->n_boundaries; i++)
    geometry |=
        ir->boundaries[i].form == TMC_BOUNDARY_LINE && ir->boundaries[i].n_pts > 1;

  /* Trust zones. */
  bool outside = false;
  for (uint32_t e = 0; e < ir->n_elements; e++)
    outside |= ir->elements[e].boundary == TMC_NONE;
  tmc_buf_puts(b, "  \"trustZones\": [");
  bool first = true;
  if (outside) {
    tmc_buf_puts(b, "\n    {\"id\": \"" OUTSIDE_ID
                    "\", \"name\": \"Outside every boundary\", "
                    "\"type\": \"outside\", \"risk\": {\"trustRating\": 0}, "
                    "\"attributes\": {\"tmc.outside\": \"true\"}}");
    first = false;
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *x = &ir->boundaries[i];
    int trust = x->trust < 0 ? 0 : x->trust;
    tmc_buf_puts(b, first ? "\n    " : ",\n    ");
    first = false;
    tmc_buf_puts(b, "{\"id\": ");
    put_id(b, ir, x->page, x->id);
    tmc_buf_puts(b, ", \"name\": ");
    tmc_json_str(b, x->label);
    tmc_buf_printf(b, ", \"type\": \"%s\", \"risk\": {\"trustRating\": %d}",
                   x->grouping ? "grouping" : "zone",
                   trust * 25 > 100 ? 100 : trust * 25);
    if (x->parent != TMC_NONE) {
      tmc_buf_puts(b, ", \"parent\": {\"trustZone\": ");
      put_id(b, ir, ir->boundaries[x->parent].page, ir->boundaries[x->parent].id);
      tmc_buf_puts(b, "}");
    }
    kv extra[] = {
        {"type", x->grouping ? "grouping" : NULL},
        {"trust", x->grouping ? NULL : tmc_arena_printf(ir->arena, "%d", trust)},
        {"tmc.line", geometry && x->form == TMC_BOUNDARY_LINE ? points(ir, x) : NULL},
        {"tmc.page", page_no(ir, x->page)}};
    attributes(b, &x->props, extra, 4, ", ");
    tmc_buf_puts(b, "}");
  }
  tmc_buf_puts(b, "\n  ],\n");

  /* Components. */
  chains ch = chain_findings(ir);
  tmc_buf_puts(b, "  \"components\": [");
  for (uint32_t e = 0; e < ir->n_elements; e++) {
    const tmc_element *x = &ir->elements[e];
    tmc_buf_puts(b, e ? ",\n    {\n      \"id\": " : "\n    {\n      \"id\": ");
    tmc_json_str(b, elem_id(ir, e));
    tmc_buf_puts(b, ",\n      \"name\": ");
    tmc_json_str(b, tmc_element_name(x));
    tmc_buf_printf(b, ",\n      \"type\": \"%s\",\n      \"parent\": {\"trustZone\": ",
                   tmc_kind_name(x->kind));
    if (x->boundary == TMC_NONE)
      tmc_json_str(b, OUTSIDE_ID);
    else
      put_id(b, ir, ir->boundaries[x->boundary].page, ir->boundaries[x->boundary].id);
    tmc_buf_puts(b, "}");
    kv extra[] = {
        {"type", tmc_kind_name(x->kind)},
        {"tech", x->tech != TMC_TECH_NONE ? tmc_tech_name(x->tech) : NULL},
        {"tmc.geom", geometry && x->has_geom
                         ? tmc_arena_printf(ir->arena, "%.17g,%.17g,%.17g,%.17g",
                                            x->geom.x, x->geom.y, x->geom.w, x->geom.h)
                         : NULL},
        {"tmc.page", page_no(ir, x->page)}};
    attributes(b, &x->props, extra, 4, ",\n      ");
    links(b, ir, &ch, TMC_TARGET_ELEMENT, e, &x->props, elem_id(ir, e));
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, "\n  ],\n");

  /* Dataflows. */
  tmc_buf_puts(b, "  \"dataflows\": [");
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    tmc_buf_puts(b, i ? ",\n    {\n      \"id\": " : "\n    {\n      \"id\": ");
    put_id(b, ir, f->page, f->id);
    tmc_buf_puts(b, ",\n      \"name\": ");
    tmc_json_str(b, f->label);
    tmc_buf_puts(b, ",\n      \"source\": ");
    tmc_json_str(b, elem_id(ir, f->src));
    tmc_buf_puts(b, ",\n      \"destination\": ");
    tmc_json_str(b, elem_id(ir, f->dst));
    if (f->bidirectional)
      tmc_buf_puts(b, ",\n      \"bidirectional\": true");
    kv extra[] = {{"tmc.page", page_no(ir, f->page)}};
    attributes(b, &f->props, extra, 1, ",\n      ");
    links(b, ir, &ch, TMC_TARGET_FLOW, i, &f->props, page_id(ir, f->page, f->id));
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, "\n  ],\n");

  /* Threats: tmc's findings, then the authors'. */
  tmc_buf_puts(b, "  \"threats\": [");
  first = true;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    tmc_buf_puts(b, first ? "\n    " : ",\n    ");
    first = false;
    tmc_buf_puts(b, "{\"id\": ");
    tmc_json_str(b, tmc_arena_printf(ir->arena, "tmc-%u", i + 1));
    tmc_buf_puts(b, ", \"name\": ");
    tmc_json_str(b, f->title);
    tmc_buf_puts(b, ", \"description\": ");
    tmc_json_str(b, f->description ? f->description : "");
    tmc_buf_puts(b, ", \"categories\": [");
    bool c1 = true;
    for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
      if (f->stride & bit) {
        tmc_buf_puts(b, c1 ? "" : ", ");
        c1 = false;
        tmc_json_str(b, tmc_stride_name(bit));
      }
    tmc_buf_puts(b, "], \"cwes\": ");
    list(b, &f->cwe);
    tmc_buf_printf(b, ", \"risk\": {\"likelihood\": %d, \"impact\": %d}, ",
                   f->likelihood * 20, f->impact * 20);
    tmc_buf atlas = TMC_BUF_INIT, owasp = TMC_BUF_INIT, capec = TMC_BUF_INIT;
    for (uint32_t k = 0; k < f->atlas.n; k++)
      tmc_buf_printf(&atlas, "%s%s", k ? "," : "", f->atlas.v[k]);
    for (uint32_t k = 0; k < f->owasp.n; k++)
      tmc_buf_printf(&owasp, "%s%s", k ? "," : "", f->owasp.v[k]);
    for (uint32_t k = 0; k < f->capec.n; k++)
      tmc_buf_printf(&capec, "%s%s", k ? "," : "", f->capec.v[k]);
    kv extra[] = {
        {"rule", f->rule_id},
        {"severity", tmc_severity_name(f->severity)},
        {"score", tmc_arena_printf(ir->arena, "%d", f->score)},
        {"state", state_of(f->status)},
        {"atlas", atlas.len ? atlas.data : NULL},
        {"owasp", owasp.len ? owasp.data : NULL},
        {"capec", capec.len ? capec.data : NULL},
        {"fingerprint", f->fingerprint},
        {"target", tmc_ir_target_name(ir, f->target_kind, f->target)},
        {"remediation", f->remediation && *f->remediation ? f->remediation : NULL},
    };
    tmc_props none = {0};
    attributes(b, &none, extra, sizeof extra / sizeof *extra, "");
    tmc_buf_free(&atlas);
    tmc_buf_free(&owasp);
    tmc_buf_free(&capec);
    tmc_buf_puts(b, "}");
  }
  for (uint32_t e = 0; e < ir->n_elements; e++)
    author_threats(b, ir, &ir->elements[e].props, elem_id(ir, e), &first);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    author_threats(b, ir, &ir->flows[i].props,
                   page_id(ir, ir->flows[i].page, ir->flows[i].id), &first);
  tmc_buf_puts(b, "\n  ],\n");

  free(ch.first_e);
  free(ch.first_f);
  free(ch.next);

  /* Mitigations: every control a finding names, once, in first-use order
   * (sorted by name to find the first use of each, then by that use). */
  tmc_buf_puts(b, "  \"mitigations\": [");
  first = true;
  use *uses = NULL;
  uint32_t n_uses = 0, cap_uses = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    for (uint32_t m = 0; m < ir->findings[i].mitigations.n; m++) {
      /* The order is read before TMC_PUSH counts the new entry: both in one
         expression would be unsequenced. */
      uint32_t order = n_uses;
      *TMC_PUSH(uses, n_uses, cap_uses) = (use){ir->findings[i].mitigations.v[m], order};
    }
  if (n_uses)
    qsort(uses, n_uses, sizeof *uses, by_name_then_order);
  uint32_t kept = 0;
  for (uint32_t i = 0; i < n_uses; i++)
    if (!i || strcmp(uses[i].name, uses[kept - 1].name) != 0)
      uses[kept++] = uses[i];
  if (kept)
    qsort(uses, kept, sizeof *uses, by_order);
  for (uint32_t i = 0; i < kept; i++) {
    tmc_buf_puts(b, first ? "\n    " : ",\n    ");
    first = false;
    tmc_buf_puts(b, "{\"id\": ");
    tmc_json_str(b, uses[i].name);
    tmc_buf_puts(b, ", \"name\": ");
    tmc_json_str(b, uses[i].name);
    tmc_buf_puts(b, "}");
  }
  free(uses);
  tmc_buf_puts(b, "\n  ]\n}\n");
  return 0;
}
