/* json.c - the IR as JSON: the debugging window into the compiler (--dump-ir)
 * and the way tests look inside. One object per line-group, keys in a fixed
 * order, so golden files diff well. Strings are escaped by tmc_json_str. */
#include <stdio.h>

#include "backends/backends.h"
#include "backends/escape.h"
#include "backends/report.h"

static void key(tmc_buf *b, const char *k) {
  tmc_json_str(b, k);
  tmc_buf_puts(b, ": ");
}

static void kv_str(tmc_buf *b, const char *k, const char *v) {
  key(b, k);
  tmc_json_str(b, v);
}

static void kv_int(tmc_buf *b, const char *k, long long v) {
  key(b, k);
  tmc_buf_printf(b, "%lld", v);
}

/* "k": [i, j, ...]: a list of IR indices (flows, findings, paths). */
static void kv_indices(tmc_buf *b, const char *k, const uint32_t *v, uint32_t n) {
  key(b, k);
  tmc_buf_putc(b, '[');
  for (uint32_t i = 0; i < n; i++)
    tmc_buf_printf(b, "%s%u", i ? ", " : "", v[i]);
  tmc_buf_putc(b, ']');
}

static void kv_idx(tmc_buf *b, const char *k, uint32_t v) {
  key(b, k);
  if (v == TMC_NONE)
    tmc_buf_puts(b, "null");
  else
    tmc_buf_printf(b, "%u", v);
}

static void kv_bool(tmc_buf *b, const char *k, bool v) {
  key(b, k);
  tmc_buf_puts(b, v ? "true" : "false");
}

/* How an inferred value was decided: "<what>_source" and "<what>_evidence"
 * (null when nothing is evidence: a default). */
static void kv_why(tmc_buf *b, const char *what, tmc_why w) {
  char k[64];
  snprintf(k, sizeof k, "%s_source", what);
  kv_str(b, k, tmc_source_name(w.source));
  tmc_buf_puts(b, ", ");
  snprintf(k, sizeof k, "%s_evidence", what);
  kv_str(b, k, w.evidence);
}

/* Business impacts (issue #20) as a list of names: ["privacy", "regulatory"]. */
static void kv_impacts(tmc_buf *b, const char *k, tmc_impactset s) {
  key(b, k);
  tmc_buf_putc(b, '[');
  bool first = true;
  for (int i = 0; i < TMC_IMPACT_COUNT; i++)
    if (s & TMC_IMPACTSET(i)) {
      tmc_buf_puts(b, first ? "" : ", ");
      first = false;
      tmc_json_str(b, tmc_impact_name((tmc_impact)i));
    }
  tmc_buf_putc(b, ']');
}

static void kv_tri(tmc_buf *b, const char *k, tmc_tri v) {
  key(b, k);
  tmc_buf_puts(b, v == TMC_TRI_UNKNOWN ? "null" : v == TMC_TRI_YES ? "true" : "false");
}

static void kv_list(tmc_buf *b, const char *k, const tmc_strlist *l) {
  key(b, k);
  tmc_buf_putc(b, '[');
  for (uint32_t i = 0; i < l->n; i++) {
    if (i)
      tmc_buf_puts(b, ", ");
    tmc_json_str(b, l->v[i]);
  }
  tmc_buf_putc(b, ']');
}

static void kv_loc(tmc_buf *b, const tmc_loc *loc) {
  key(b, "line");
  tmc_buf_printf(b, "%u", loc->line);
}

static void kv_props(tmc_buf *b, const tmc_props *p) {
  key(b, "props");
  tmc_buf_putc(b, '{');
  for (uint32_t i = 0; i < p->n; i++) {
    if (i)
      tmc_buf_puts(b, ", ");
    kv_str(b, p->v[i].key, p->v[i].value);
  }
  tmc_buf_putc(b, '}');
}

static void kv_stride(tmc_buf *b, const char *k, unsigned mask) {
  key(b, k);
  tmc_buf_putc(b, '"');
  for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
    if (mask & bit)
      tmc_buf_puts(b, tmc_stride_letter(bit));
  tmc_buf_putc(b, '"');
}

/* A bit-per-kind mask (the facts inputs_from, upstream, ...) as kind names. */
static void kv_kinds(tmc_buf *b, const char *k, uint32_t mask) {
  key(b, k);
  tmc_buf_putc(b, '[');
  bool first = true;
  for (int i = 0; i < TMC_KIND_COUNT; i++)
    if (mask & (1u << i)) {
      if (!first)
        tmc_buf_puts(b, ", ");
      tmc_json_str(b, tmc_kind_name((tmc_kind)i));
      first = false;
    }
  tmc_buf_putc(b, ']');
}

/* A role set as role names, in TMC_ROLES order. */
static void kv_roles(tmc_buf *b, const char *k, tmc_roleset set) {
  key(b, k);
  tmc_buf_putc(b, '[');
  bool first = true;
  for (int r = 0; r < TMC_ROLE_COUNT; r++)
    if (TMC_ROLESET_HAS(set, r)) {
      tmc_buf_puts(b, first ? "" : ", ");
      tmc_json_str(b, tmc_role_name((tmc_role)r));
      first = false;
    }
  tmc_buf_putc(b, ']');
}

/* A technology set as technology names, in TMC_TECHS order. */
static void kv_techs(tmc_buf *b, const char *k, tmc_techset set) {
  key(b, k);
  tmc_buf_putc(b, '[');
  bool first = true;
  for (int t = 1; t < TMC_TECH_COUNT; t++) /* 0 is TMC_TECH_NONE, no name */
    if (TMC_TECHSET_HAS(set, t)) {
      tmc_buf_puts(b, first ? "" : ", ");
      tmc_json_str(b, tmc_tech_name((tmc_tech)t));
      first = false;
    }
  tmc_buf_putc(b, ']');
}

/* The stored facts of ir/facts.def (an X-macro), each written by its type:
 * every fact a pass stores appears, in the order of facts.def, so a new
 * fact needs no line here. (The FACT rows read fields printed beside the
 * facts object: kind, trust, technology, data, clearance, ...) */
#define J_BOOL(b, k, v) kv_bool(b, k, v)
#define J_NUM(b, k, v) kv_int(b, k, (long long)(v))
#define J_SENS(b, k, v) kv_str(b, k, tmc_sensitivity_name(v))
#define J_KINDS(b, k, v) kv_kinds(b, k, v)
#define J_ROLES(b, k, v) kv_roles(b, k, v)
#define J_TECHS(b, k, v) kv_techs(b, k, v)
#define J_FACT_E_E(type, name, x) (tmc_buf_puts(b, ", "), J_##type(b, #name, (x)->name));
#define J_FACT_E_EF(type, name, x) J_FACT_E_E(type, name, x)
#define J_FACT_E_FL(type, name, x)
#define J_FACT_FL_FL(type, name, x) J_FACT_E_E(type, name, x)
#define J_FACT_FL_EF(type, name, x) J_FACT_E_E(type, name, x)
#define J_FACT_FL_E(type, name, x)

static void stored_element_facts(tmc_buf *b, const tmc_element_facts *x) {
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no) J_FACT_E_##targets(type, name, x)
#include "ir/facts.def"
#undef STORED
#undef FACT
}

static void stored_flow_facts(tmc_buf *b, const tmc_flow_facts *x) {
#define FACT(...)
#define STORED(name, ctype, type, targets, yes, no) J_FACT_FL_##targets(type, name, x)
#include "ir/facts.def"
#undef STORED
#undef FACT
}

/* An element index as its id, null for none (or out of range). */
static void kv_elem(tmc_buf *b, const tmc_ir *ir, const char *k, uint32_t e) {
  key(b, k);
  if (e < ir->n_elements)
    tmc_json_str(b, ir->elements[e].id);
  else
    tmc_buf_puts(b, "null");
}

#define SEP ",\n      "

int tmc_backend_json(tmc_buf *b, const tmc_ir *ir, const tmc_report_ctx *ctx,
                     tmc_diags *d) {
  tmc_buf_puts(b, "{\n  ");
  kv_str(b, "tmc", TMC_VERSION);
  tmc_buf_puts(b, ",\n  ");
  kv_str(b, "file", ir->file);
  tmc_buf_puts(b, ",\n  ");
  kv_str(b, "format", ir->format->name);
  tmc_buf_puts(b, ",\n  ");
  kv_str(b, "after", ctx && ctx->dump_after ? ctx->dump_after : "all");
  tmc_buf_puts(b, ",\n  ");
  kv_str(b, "title", ir->title);
  if (ir->context_file) { /* --context (#20): the platform and what it reports */
    tmc_buf_puts(b, ",\n  \"context\": {");
    kv_str(b, "file", ir->context_file);
    tmc_buf_puts(b, ", ");
    kv_int(b, "elements", ir->context_elements);
    tmc_buf_puts(b, ", ");
    kv_int(b, "left_findings", ir->context_left_findings);
    tmc_buf_puts(b, ", ");
    kv_int(b, "left_paths", ir->context_left_paths);
    tmc_buf_puts(b, "}");
  }

  tmc_buf_puts(b, ",\n  \"pages\": [");
  for (uint32_t i = 0; i < ir->n_pages; i++) {
    const tmc_page *p = &ir->pages[i];
    tmc_buf_puts(b, i ? ",\n    {" : "\n    {");
    kv_int(b, "index", i);
    tmc_buf_puts(b, ", ");
    kv_str(b, "name", p->name);
    tmc_buf_puts(b, ", ");
    kv_str(b, "id", p->id);
    if (p->convention != TMC_CONVENTION_UNKNOWN) {
      tmc_buf_puts(b, ", ");
      kv_str(b, "convention", tmc_convention_name(p->convention));
      tmc_buf_puts(b, ", ");
      kv_str(b, "convention_reason", p->convention_reason);
      tmc_buf_puts(b, ", ");
      kv_str(b, "plain_rectangle", p->rect_component ? "component" : "external");
    }
    tmc_buf_puts(b, ", ");
    kv_loc(b, &p->loc);
    tmc_buf_putc(b, '}');
  }
  tmc_buf_puts(b, ir->n_pages ? "\n  ]" : "]");

  if (ir->decorations.n) { /* decorations that sat on nothing, dropped */
    tmc_buf_puts(b, ",\n  ");
    kv_list(b, "decorations_dropped", &ir->decorations);
  }
  tmc_buf_puts(b, ",\n  \"boundaries\": [");
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    const tmc_boundary *x = &ir->boundaries[i];
    tmc_buf_puts(b, i ? ",\n    {\n      " : "\n    {\n      ");
    kv_int(b, "index", i);
    tmc_buf_puts(b, SEP);
    kv_str(b, "id", x->id);
    tmc_buf_puts(b, SEP);
    kv_str(b, "label", x->label);
    tmc_buf_puts(b, SEP);
    kv_int(b, "page", x->page);
    tmc_buf_puts(b, SEP);
    kv_idx(b, "parent", x->parent);
    tmc_buf_puts(b, SEP);
    kv_int(b, "depth", x->depth);
    tmc_buf_puts(b, SEP);
    kv_str(b, "form", tmc_boundary_form_name(x->form));
    tmc_buf_puts(b, SEP);
    kv_str(b, "why", x->why);
    tmc_buf_puts(b, SEP);
    kv_bool(b, "grouping", x->grouping);
    tmc_buf_puts(b, SEP);
    kv_str(b, "zone_source", tmc_source_name(x->zone_source));
    if (x->zone_evidence) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "zone_evidence", x->zone_evidence);
    }
    tmc_buf_puts(b, SEP);
    kv_int(b, "trust", x->trust);
    tmc_buf_puts(b, SEP);
    kv_str(b, "trust_reason", x->trust_reason);
    tmc_buf_puts(b, SEP);
    kv_loc(b, &x->loc);
    if (x->cell) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "cell", x->cell);
    }
    if (x->has_geom) {
      tmc_buf_puts(b, SEP);
      key(b, "geom");
      tmc_buf_printf(b, "[%g, %g, %g, %g]", x->geom.x, x->geom.y, x->geom.w, x->geom.h);
    }
    if (x->n_pts) {
      tmc_buf_puts(b, SEP);
      key(b, "points");
      tmc_buf_putc(b, '[');
      for (uint32_t k = 0; k < x->n_pts; k++)
        tmc_buf_printf(b, "%s[%g, %g]", k ? ", " : "", x->pts[k].x, x->pts[k].y);
      tmc_buf_putc(b, ']');
    }
    tmc_buf_puts(b, SEP);
    kv_props(b, &x->props);
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, ir->n_boundaries ? "\n  ]" : "]");

  tmc_buf_puts(b, ",\n  \"elements\": [");
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    tmc_buf_puts(b, i ? ",\n    {\n      " : "\n    {\n      ");
    kv_int(b, "index", i);
    tmc_buf_puts(b, SEP);
    kv_str(b, "id", e->id);
    if (e->qname != e->id) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "qname", e->qname);
    }
    tmc_buf_puts(b, SEP);
    kv_str(b, "label", e->label);
    if (e->name_line) { /* the label's first line, where it has more */
      tmc_buf_puts(b, SEP);
      kv_str(b, "name_line", e->name_line);
    }
    /* How the name was found, when not from the element's own label. */
    if (e->name_source != TMC_SOURCE_LABEL && e->name_source != TMC_SOURCE_NONE) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "name", tmc_element_name(e));
      tmc_buf_puts(b, SEP);
      kv_str(b, "name_source", tmc_source_name(e->name_source));
      if (e->name_evidence) {
        tmc_buf_puts(b, SEP);
        kv_str(b, "name_evidence", e->name_evidence);
      }
    }
    tmc_buf_puts(b, SEP);
    kv_int(b, "page", e->page);
    tmc_buf_puts(b, SEP);
    kv_str(b, "kind", tmc_kind_name(e->kind));
    tmc_buf_puts(b, SEP);
    tmc_buf why = TMC_BUF_INIT;
    tmc_element_kind_reason(&why, e);
    kv_str(b, "kind_reason", why.data ? why.data : "");
    tmc_buf_free(&why);
    tmc_buf_puts(b, SEP);
    kv_str(b, "kind_source", tmc_source_name(e->kind_source));
    if (e->kind_evidence) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "kind_evidence", e->kind_evidence);
    }
    if (e->tech_source != TMC_SOURCE_NONE) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "technology", tmc_tech_name(e->tech));
      tmc_buf_puts(b, SEP);
      kv_str(b, "technology_source", tmc_source_name(e->tech_source));
      if (e->tech_evidence) {
        tmc_buf_puts(b, SEP);
        kv_str(b, "technology_evidence", e->tech_evidence);
      }
    }
    tmc_buf_puts(b, SEP);
    kv_str(b, "shape", e->shape);
    tmc_buf_puts(b, SEP);
    kv_idx(b, "boundary", e->boundary);
    tmc_buf_puts(b, SEP);
    kv_int(b, "trust", tmc_ir_element_trust(ir, i));
    tmc_buf_puts(b, SEP);
    kv_loc(b, &e->loc);
    if (e->cell) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "cell", e->cell);
    }
    if (e->has_geom) {
      tmc_buf_puts(b, SEP);
      key(b, "geom");
      tmc_buf_printf(b, "[%g, %g, %g, %g]", e->geom.x, e->geom.y, e->geom.w, e->geom.h);
    }
    tmc_buf_puts(b, SEP);
    kv_list(b, "data", &e->data);
    tmc_buf_puts(b, SEP);
    kv_str(b, "sensitivity", tmc_sensitivity_name(e->sensitivity));
    tmc_buf_puts(b, SEP);
    kv_str(b, "clearance", tmc_sensitivity_name(e->clearance));
    tmc_buf_puts(b, SEP);
    kv_list(b, "controls", &e->controls);
    tmc_buf_puts(b, SEP);
    kv_bool(b, "third_party", e->third_party);
    if (e->context) { /* the --context platform's */
      tmc_buf_puts(b, SEP);
      kv_bool(b, "context", true);
    }
    if (e->annotations.n) {
      tmc_buf_puts(b, SEP);
      kv_list(b, "annotations", &e->annotations);
    }
    if (e->impact || e->impact_why.source != TMC_SOURCE_NONE) {
      /* the impact pass's business impact: written impact=, else inferred */
      tmc_buf_puts(b, SEP);
      kv_impacts(b, "impact", e->impact);
      tmc_buf_puts(b, SEP);
      kv_why(b, "impact", e->impact_why);
    }
    if (e->owner) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "owner", e->owner);
      tmc_buf_puts(b, SEP);
      kv_why(b, "owner", e->owner_why);
    }
    if (e->roles) {
      /* the roles pass's verdicts, each with its source and evidence */
      tmc_buf_puts(b, SEP);
      key(b, "roles");
      tmc_buf_putc(b, '[');
      bool first = true;
      for (int r = 0; r < TMC_ROLE_COUNT; r++) {
        if (!TMC_ROLESET_HAS(e->roles, r))
          continue;
        tmc_buf_puts(b, first ? "{" : ", {");
        first = false;
        kv_str(b, "role", tmc_role_name((tmc_role)r));
        tmc_buf_puts(b, ", ");
        kv_str(b, "source", tmc_source_name(e->role_why[r].source));
        if (e->role_why[r].evidence) {
          tmc_buf_puts(b, ", ");
          kv_str(b, "evidence", e->role_why[r].evidence);
        }
        tmc_buf_putc(b, '}');
      }
      tmc_buf_putc(b, ']');
    }
    tmc_buf_puts(b, SEP);
    key(b, "facts");
    tmc_buf_putc(b, '{');
    kv_bool(b, "entry", e->facts.is_entry);
    tmc_buf_puts(b, ", ");
    kv_bool(b, "asset", e->facts.is_asset);
    tmc_buf_puts(b, ", ");
    kv_why(b, "entry", e->facts.entry_why);
    tmc_buf_puts(b, ", ");
    kv_why(b, "asset", e->facts.asset_why);
    tmc_buf_puts(b, ", ");
    kv_str(b, "held_sensitivity",
           !e->facts.is_asset ? ""
           : e->facts.held_sensitivity == TMC_SENS_UNSET
               ? "unknown"
               : tmc_sensitivity_name(e->facts.held_sensitivity));
    tmc_buf_puts(b, ", ");
    kv_why(b, "sensitivity", e->facts.sensitivity_why);
    tmc_buf_puts(b, ", ");
    kv_idx(b, "entry_hops", e->facts.entry_hops);
    tmc_buf_puts(b, ", ");
    kv_bool(b, "origin", e->facts.origin);
    tmc_buf_puts(b, ", ");
    kv_elem(b, ir, "taint_origin", e->facts.taint_origin);
    stored_element_facts(b, &e->facts);
    tmc_buf_putc(b, '}');
    tmc_buf_puts(b, SEP);
    kv_props(b, &e->props);
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, ir->n_elements ? "\n  ]" : "]");

  tmc_buf_puts(b, ",\n  \"flows\": [");
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    const tmc_flow *f = &ir->flows[i];
    tmc_buf_puts(b, i ? ",\n    {\n      " : "\n    {\n      ");
    kv_int(b, "index", i);
    tmc_buf_puts(b, SEP);
    kv_str(b, "id", f->id);
    tmc_buf_puts(b, SEP);
    kv_str(b, "label", f->label);
    tmc_buf_puts(b, SEP);
    kv_int(b, "page", f->page);
    tmc_buf_puts(b, SEP);
    kv_str(b, "source", ir->elements[f->src].id);
    tmc_buf_puts(b, SEP);
    kv_str(b, "target", ir->elements[f->dst].id);
    tmc_buf_puts(b, SEP);
    kv_bool(b, "bidirectional", f->bidirectional);
    if (f->context) { /* drawn by the --context platform */
      tmc_buf_puts(b, SEP);
      kv_bool(b, "context", true);
    }
    tmc_buf_puts(b, SEP);
    kv_loc(b, &f->loc);
    if (f->cell) {
      tmc_buf_puts(b, SEP);
      kv_str(b, "cell", f->cell);
    }
    tmc_buf_puts(b, SEP);
    kv_str(b, "protocol", f->protocol);
    tmc_buf_puts(b, SEP);
    kv_tri(b, "encrypted", f->encrypted);
    tmc_buf_puts(b, SEP);
    kv_str(b, "encrypted_reason", f->encrypted_reason);
    tmc_buf_puts(b, SEP);
    kv_tri(b, "authenticated", f->authenticated);
    tmc_buf_puts(b, SEP);
    kv_str(b, "sensitivity", tmc_sensitivity_name(f->sensitivity));
    tmc_buf_puts(b, SEP);
    kv_str(b, "clearance", tmc_sensitivity_name(f->clearance));
    tmc_buf_puts(b, SEP);
    kv_list(b, "data", &f->data);
    tmc_buf_puts(b, SEP);
    kv_list(b, "controls", &f->controls);
    if (f->annotations.n) {
      tmc_buf_puts(b, SEP);
      kv_list(b, "annotations", &f->annotations);
    }
    tmc_buf_puts(b, SEP);
    kv_indices(b, "crossed", f->crossed, f->n_crossed);
    tmc_buf_puts(b, SEP);
    key(b, "facts");
    tmc_buf_putc(b, '{');
    kv_idx(b, "entry_hops", f->facts.entry_hops);
    tmc_buf_puts(b, ", ");
    kv_elem(b, ir, "taint_origin", f->facts.taint_origin);
    tmc_buf_puts(b, ", ");
    kv_bool(b, "query", f->facts.query);
    stored_flow_facts(b, &f->facts);
    tmc_buf_putc(b, '}');
    tmc_buf_puts(b, SEP);
    kv_props(b, &f->props);
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, ir->n_flows ? "\n  ]" : "]");

  tmc_buf_puts(b, ",\n  \"findings\": [");
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    tmc_buf_puts(b, i ? ",\n    {\n      " : "\n    {\n      ");
    kv_str(b, "rule", f->rule_id);
    tmc_buf_puts(b, SEP);
    kv_str(b, "title", f->title);
    tmc_buf_puts(b, SEP);
    kv_str(b, "target_kind",
           f->target_kind == TMC_TARGET_ELEMENT ? "element"
           : f->target_kind == TMC_TARGET_FLOW  ? "flow"
                                                : "path");
    tmc_buf_puts(b, SEP);
    kv_int(b, "target", f->target);
    tmc_buf_puts(b, SEP);
    kv_str(b, "target_name", tmc_ir_target_name(ir, f->target_kind, f->target));
    tmc_buf_puts(b, SEP);
    kv_stride(b, "stride", f->stride);
    tmc_buf_puts(b, SEP);
    kv_list(b, "atlas", &f->atlas);
    tmc_buf_puts(b, SEP);
    kv_list(b, "owasp", &f->owasp);
    tmc_buf_puts(b, SEP);
    kv_list(b, "cwe", &f->cwe);
    tmc_buf_puts(b, SEP);
    kv_list(b, "capec", &f->capec);
    tmc_buf_puts(b, SEP);
    kv_int(b, "likelihood", f->likelihood);
    tmc_buf_puts(b, SEP);
    kv_int(b, "impact", f->impact);
    tmc_buf_puts(b, SEP);
    kv_impacts(b, "business_impact", tmc_report_impact(ir, f));
    tmc_buf_puts(b, SEP);
    kv_int(b, "score", f->score);
    tmc_buf_puts(b, SEP);
    kv_str(b, "severity", tmc_severity_name(f->severity));
    tmc_buf_puts(b, SEP);
    kv_str(b, "risk_reason", f->risk_reason);
    tmc_buf_puts(b, SEP);
    kv_str(b, "status", tmc_status_name(f->status));
    tmc_buf_puts(b, SEP);
    kv_str(b, "status_by", f->status_by);
    tmc_buf_puts(b, SEP);
    kv_list(b, "mitigations", &f->mitigations);
    tmc_buf_puts(b, SEP);
    kv_str(b, "evidence", f->evidence);
    if (f->grouped.n) { /* the related threats it states too (docs/risk.md) */
      tmc_buf_puts(b, SEP);
      kv_list(b, "grouped", &f->grouped);
    }
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, ir->n_findings ? "\n  ]" : "]");

  tmc_buf_puts(b, ",\n  \"paths\": [");
  for (uint32_t i = 0; i < ir->n_paths; i++) {
    const tmc_path *p = &ir->paths[i];
    tmc_buf_puts(b, i ? ",\n    {\n      " : "\n    {\n      ");
    kv_str(b, "entry", ir->elements[p->entry].id);
    tmc_buf_puts(b, SEP);
    kv_str(b, "asset", ir->elements[p->asset].id);
    tmc_buf_puts(b, SEP);
    kv_str(b, "goal", p->goal);
    tmc_buf_puts(b, SEP);
    kv_str(b, "chain", p->chain);
    tmc_buf_puts(b, SEP);
    kv_int(b, "rank", p->rank);
    tmc_buf_puts(b, SEP);
    kv_bool(b, "more_exist", p->more_exist);
    tmc_buf_puts(b, SEP);
    kv_int(b, "likelihood", p->likelihood);
    tmc_buf_puts(b, SEP);
    kv_int(b, "impact", p->impact);
    tmc_buf_puts(b, SEP);
    kv_int(b, "score", p->score);
    tmc_buf_puts(b, SEP);
    kv_str(b, "severity", tmc_severity_name(p->severity));
    tmc_buf_puts(b, SEP);
    kv_bool(b, "insider", p->insider);
    tmc_buf_puts(b, SEP);
    kv_idx(b, "same_as", p->same_as);
    tmc_buf_puts(b, SEP);
    key(b, "hops");
    tmc_buf_putc(b, '[');
    for (uint32_t h = 0; h < p->n_hops; h++) {
      const tmc_hop *x = &p->hops[h];
      tmc_buf_puts(b, h ? ",\n        {" : "\n        {");
      kv_str(b, "element", ir->elements[x->element].id);
      tmc_buf_puts(b, ", ");
      kv_idx(b, "flow", x->flow);
      tmc_buf_puts(b, ", ");
      kv_bool(b, "reverse", x->reverse);
      tmc_buf_puts(b, ", ");
      kv_idx(b, "boundary", x->boundary);
      tmc_buf_puts(b, ", ");
      kv_str(b, "weakness", x->weakness);
      if (x->technique) { /* the kill-chain step (issue #16) */
        tmc_buf_puts(b, ", ");
        kv_str(b, "tactic", x->tactic);
        tmc_buf_puts(b, ", ");
        kv_str(b, "technique", x->technique);
        tmc_buf_puts(b, ", ");
        kv_str(b, "control", x->control);
      }
      /* further techniques at the same hop: the first as also_*, the
         others numbered from 2 */
      for (uint32_t k = 0; k < TMC_HOP_ALSO && x->also[k].technique; k++) {
        char nth[12] = "", key[40];
        if (k)
          snprintf(nth, sizeof nth, "_%u", k + 1);
        tmc_buf_puts(b, ", ");
        snprintf(key, sizeof key, "also_tactic%s", nth);
        kv_str(b, key, x->also[k].tactic);
        tmc_buf_puts(b, ", ");
        snprintf(key, sizeof key, "also_technique%s", nth);
        kv_str(b, key, x->also[k].technique);
      }
      tmc_buf_putc(b, '}');
    }
    tmc_buf_puts(b, p->n_hops ? "\n      ]" : "]");
    tmc_buf_puts(b, "\n    }");
  }
  tmc_buf_puts(b, ir->n_paths ? "\n  ]" : "]");

  tmc_buf_puts(b, ",\n  \"cuts\": [");
  for (uint32_t i = 0; i < ir->n_cuts; i++) {
    const tmc_cut *c = &ir->cuts[i];
    tmc_buf_puts(b, i ? ",\n    {" : "\n    {");
    kv_str(b, "asset", ir->elements[c->asset].id);
    tmc_buf_puts(b, ", ");
    kv_indices(b, "flows", c->flows, c->n_flows);
    tmc_buf_puts(b, ", ");
    kv_int(b, "paths_total", c->paths_total);
    tmc_buf_puts(b, ", ");
    kv_str(b, "advice", c->advice);
    tmc_buf_putc(b, '}');
  }
  tmc_buf_puts(b, ir->n_cuts ? "\n  ]" : "]");

  /* The mitigation plan, once the plan pass has run (a dump stopped before
   * it has none, and its golden stays as it was): findings and paths by
   * index, items in plan order. */
  if (ir->plan) {
    tmc_buf_puts(b, ",\n  \"plan\": [");
    for (uint32_t i = 0; i < ir->n_plan; i++) {
      const tmc_plan_item *it = &ir->plan[i];
      tmc_buf_puts(b, i ? ",\n    {" : "\n    {");
      kv_str(b, "control", it->control);
      tmc_buf_puts(b, ", ");
      kv_int(b, "risk", it->risk);
      tmc_buf_puts(b, ", ");
      kv_indices(b, "findings", it->findings, it->n_findings);
      tmc_buf_puts(b, ", ");
      kv_indices(b, "paths", it->paths, it->n_paths);
      tmc_buf_putc(b, '}');
    }
    tmc_buf_puts(b, ir->n_plan ? "\n  ]" : "]");
    tmc_buf_puts(b, ",\n  ");
    kv_int(b, "plan_unnamed", ir->plan_unnamed);
    /* The path plan (issue #16 item 5): the fewest changes that close the
     * most attack paths, flows and paths by index. */
    tmc_buf_puts(b, ",\n  \"path_plan\": {");
    kv_str(b, "summary", ir->path_plan ? ir->path_plan : "");
    tmc_buf_puts(b, ", ");
    kv_int(b, "closes", ir->path_fixes_close);
    tmc_buf_puts(b, ", ");
    kv_int(b, "paths_total", ir->n_paths);
    tmc_buf_puts(b, ", ");
    key(b, "changes");
    tmc_buf_putc(b, '[');
    for (uint32_t i = 0; i < ir->n_path_fixes; i++) {
      const tmc_path_fix *x = &ir->path_fixes[i];
      tmc_buf_puts(b, i ? ",\n    {" : "\n    {");
      kv_int(b, "flow", x->flow);
      tmc_buf_puts(b, ", ");
      kv_str(b, "control", x->control);
      tmc_buf_puts(b, ", ");
      kv_indices(b, "paths", x->paths, x->n_paths);
      tmc_buf_putc(b, '}');
    }
    tmc_buf_puts(b, ir->n_path_fixes ? "\n  ]}" : "]}");
  }
  tmc_buf_puts(b, "\n}\n");
  return 0;
}
