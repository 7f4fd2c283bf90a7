/* exports.c - what graphs exported by scripts and tools say in node
 * attributes rather than in the drawing.
 *
 * A graph written by a script (networkx or pydot's write_dot, a CMDB or
 * architecture-tool export) rarely draws clusters: it puts each node's zone,
 * technology and owner in attributes (`zone="réseau interne"`,
 * `tech="Elasticsearch 7.17"`, `trust_zone=dmz`). Two readings, both from
 * the catalog's vocabulary (catalogs/attributes.yaml: the `zone` and `tech`
 * attributes and the exporters' names each is `also:` read under):
 *
 *   1. zone= makes trust boundaries: every element with the same value (case
 *      and spaces aside) on a page shares one boundary, labelled by the
 *      value, so its words decide its trust as a cluster label's do
 *      (boundaries pass) and the zones pass keeps it a zone (the attribute
 *      says so: zone_source attribute). The drawing wins: an element inside
 *      a drawn cluster or container keeps it, and one outside them joins the
 *      drawn boundary the value names, if the page has one; draw.io
 *      elements still go into the containers drawn around them
 *      (boundaries pass, by geometry). Graphviz's own `group` (a layout
 *      hint) and `layer`, and lifecycle or tier words (env, tier), are not
 *      zone names: the catalog lists none of them.
 *   2. tech= that is not one of tmc's technology names is free text naming
 *      products ("MinIO, Parquet", "faster-whisper, 2x L40S"): it is read as
 *      the label's words, as if the author had written it in parentheses
 *      after the name (the way people write a technology into a label:
 *      "Transcripts (Elasticsearch 7.17)"), so the same words decide kinds
 *      and facts in either place. The label grows by the aside, which every
 *      report then shows; a text the label already says is not added twice.
 *
 * Runs first, before the zones pass decides what each boundary is. Linear:
 * one walk over the elements, with a string map per page of the values. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/attributes.h"
#include "catalog/catalog.h"
#include "frontend/strmap.h"
#include "passes/passes.h"

/* A value that says no zone: empty, or only punctuation ("-", "?"), or the
 * placeholders exporters write for a missing field. */
static bool no_value(const char *v) {
  static const char *const none[] = {"none", "null",    "nil", "n/a",
                                     "na",   "unknown", "tbd"};
  bool letters = false;
  for (const char *p = v; *p; p++)
    if (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80)
      letters = true;
  if (!letters)
    return true;
  for (size_t i = 0; i < sizeof none / sizeof *none; i++)
    if (tmc_streq_nocase(v, none[i]))
      return true;
  return false;
}

/* The value as a key: trimmed, inner runs of spaces one, ASCII lower case
 * (the same zone written "DMZ" and "dmz " is one). */
static char *zone_key(tmc_ir *ir, const char *v) {
  char *k = tmc_arena_strdup(ir->arena, v);
  char *w = k;
  bool space = false;
  for (const char *p = v; *p; p++) {
    if (isspace((unsigned char)*p)) {
      space = w != k;
      continue;
    }
    if (space)
      *w++ = ' ';
    space = false;
    *w++ = (char)tolower((unsigned char)*p);
  }
  *w = 0;
  return k;
}

/* The drawn boundary on page p that the value names (its label, or a DOT
 * cluster's id with or without its "cluster" prefix), or TMC_NONE. */
static uint32_t drawn_named(const tmc_ir *ir, uint32_t p, uint32_t drawn,
                            const char *key) {
  for (uint32_t b = 0; b < drawn; b++) {
    const tmc_boundary *x = &ir->boundaries[b];
    if (x->page != p)
      continue;
    const char *id = x->id;
    if (strncasecmp(id, "cluster", 7) == 0)
      id += 7 + strspn(id + 7, "_-. ");
    if ((x->label && tmc_streq_nocase(x->label, key)) || tmc_streq_nocase(x->id, key) ||
        (*id && tmc_streq_nocase(id, key)))
      return b;
  }
  return TMC_NONE;
}

static void zones_from_attributes(tmc_ir *ir, const tmc_attrs *v) {
  uint32_t drawn = ir->n_boundaries;
  tmc_strmap made = {0}; /* "page\x1fkey" -> boundary */
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->boundary != TMC_NONE || e->context)
      continue;
    const char *key = NULL;
    const char *val = tmc_attrs_value(v, &e->props, "zone", &key);
    if (!val || no_value(val))
      continue;
    char *k = zone_key(ir, val);
    const char *mk = tmc_arena_printf(ir->arena, "%u\x1f%s", e->page, k);
    uint32_t b = tmc_strmap_get(&made, mk);
    if (b == TMC_NONE) {
      b = drawn_named(ir, e->page, drawn, k);
      if (b == TMC_NONE) {
        const char *trimmed = tmc_trim(tmc_arena_strdup(ir->arena, val));
        b = tmc_ir_add_boundary(ir, e->page,
                                tmc_arena_printf(ir->arena, "%s=%s", key, trimmed),
                                TMC_BOUNDARY_CLUSTER);
        tmc_boundary *x = &ir->boundaries[b];
        x->label = trimmed;
        x->why = tmc_arena_printf(ir->arena, "the %s= its elements carry", key);
        x->zone_source = TMC_SOURCE_ATTRIBUTE;
        x->zone_evidence = tmc_arena_printf(ir->arena, "%s=%s", key, trimmed);
        x->loc = tmc_props_loc(&e->props, key, true, e->loc);
      }
      tmc_strmap_put(&made, mk, b);
    }
    e->boundary = b;
  }
  tmc_strmap_free(&made);
}

/* Does text say the aside already (ASCII case aside)? */
static bool says_already(const char *text, const char *aside) {
  size_t n = strlen(aside);
  for (const char *p = text; n && *p; p++)
    if (strncasecmp(p, aside, n) == 0)
      return true;
  return false;
}

/* An exporter's name for tech= (technology=) is tech= where it is written:
 * the classify pass reads a technology's name there, and the vocab pass
 * warns there about a name it does not know. */
static void as_tech(tmc_ir *ir, tmc_props *p, const char *key, const char *value) {
  uint32_t line = 0, kc = 0, vc = 0;
  for (uint32_t i = 0; i < p->n; i++)
    if (p->v[i].key == key) {
      line = p->v[i].line;
      kc = p->v[i].key_col;
      vc = p->v[i].value_col;
    }
  tmc_props_set(ir, p, "tech", value);
  if (line)
    tmc_props_place(p, "tech", line, kc, vc);
}

static void tech_as_words(tmc_ir *ir, const tmc_attrs *v) {
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    const char *key = NULL;
    const char *tech = tmc_attrs_value(v, &e->props, "tech", &key);
    if (!tech)
      continue;
    if (strcmp(key, "tech") != 0)
      as_tech(ir, &e->props, key, tech);
    tmc_tech t;
    if (no_value(tech) || tmc_tech_parse(tech, &t))
      continue;
    const char *aside = tmc_trim(tmc_arena_strdup(ir->arena, tech));
    const char *label = e->label && *e->label ? e->label : e->id;
    if (says_already(label, aside))
      continue;
    e->label = tmc_arena_printf(ir->arena, "%s (%s)", label, aside);
  }
}

int tmc_pass_exports(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  const tmc_attrs *v = tmc_catalog_attributes(opts ? opts->catalog : NULL);
  zones_from_attributes(ir, v);
  tech_as_words(ir, v);
  return 0;
}
