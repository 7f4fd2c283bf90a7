/* classify.c - decides each element's kind, the one place that does.
 * Precedence: an explicit type= attribute; then a word of the label or id that
 * names a kind ("LLM", "vector store", "training data", ...); then the id
 * prefixes other tools write (pytm's actor_, datastore_); then what the
 * drawing says (DOT shape, draw.io style shape or cloud icon); else a process.
 *
 * What the program knows is data: the words, prefixes, shapes and icons are
 * the catalog's lexicon (catalogs/words.yaml, catalogs/shapes.yaml, extended
 * by --catalog); front ends only record what they saw. Every decision records
 * its source and evidence (tmc_source), from which --dump-ir and the reports
 * say why, and which tests assert. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "passes/passes.h"

/* DOT nodes drawn as nothing but an image or an HTML label. */
static bool drawn_as_nothing(const char *shape) {
  return shape &&
         (strcasecmp(shape, "none") == 0 || strcasecmp(shape, "plaintext") == 0 ||
          strcasecmp(shape, "plain") == 0);
}

/* What the drawing alone says: a convention, an icon, a style shape or a
 * shape. Sets the element's shape_* verdict (source NONE when it says
 * nothing). */
static void drawing_kind(const tmc_lexicon *lx, tmc_element *e, tmc_arena *a) {
  tmc_kind k;
  const char *name;
  e->shape_source = TMC_SOURCE_NONE;
  switch (e->notation) {
  case TMC_NOTATION_NONE:
    return;
  case TMC_NOTATION_DOT:
    /* pytm draws data stores as shape=none with a cylinder image, or (older
     * versions) with an HTML table open at the sides. */
    if (drawn_as_nothing(e->shape) && (e->look & TMC_LOOK_IMAGE)) {
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_DATA_STORE;
      e->shape_evidence = "shape=none with an image (pytm data store)";
    } else if (drawn_as_nothing(e->shape) && (e->look & TMC_LOOK_OPEN_TABLE)) {
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_DATA_STORE;
      e->shape_evidence = "shape=none with a table open at the sides (pytm data store)";
    } else if (tmc_lexicon_dot_shape(lx, e->shape, &k, &name)) {
      e->shape_source = TMC_SOURCE_SHAPE;
      e->shape_kind = k;
      e->shape_evidence = tmc_arena_strdup(a, name);
    }
    return;
  case TMC_NOTATION_DRAWIO:
    break;
  }
  if (tmc_lexicon_drawio_shape(lx, e->shape, &k, &name)) {
    e->shape_source = TMC_SOURCE_STYLE;
    e->shape_kind = k;
    e->shape_evidence = e->shape;
    /* A rounded rectangle is the Gane-Sarson process; a plain one the
     * external entity of the Threat Modeling palette. */
    if (strcmp(e->shape, "rect") == 0 && (e->look & TMC_LOOK_ROUNDED)) {
      e->shape_source = TMC_SOURCE_CONVENTION;
      e->shape_kind = TMC_KIND_PROCESS;
      e->shape_evidence = "style rounded rectangle";
    }
  }
  /* Cloud icons name what they are: aws4 puts it in resIcon, others in the
   * shape. The DFD and flowchart libraries are shapes, not icons. */
  const char *icon = e->icon ? e->icon : e->shape;
  if (icon && strncmp(icon, "mxgraph.", 8) == 0 && !strstr(icon, "mxgraph.dfd.") &&
      !strstr(icon, "mxgraph.flowchart.")) {
    char low[128];
    size_t n = 0;
    for (; icon[n] && n + 1 < sizeof low; n++)
      low[n] = (char)tolower((unsigned char)icon[n]);
    low[n] = 0;
    if (tmc_lexicon_icon(lx, low + 8, &k)) {
      e->shape_source = TMC_SOURCE_ICON;
      e->shape_kind = k;
      e->shape_evidence = icon;
    }
  }
}

/* A store-shaped element named by a process-class AI word stays a store
 * unless the word is a store-class kind ("LLM cache" drawn as a cylinder is a
 * data store, not an LLM); the other direction likewise. */
static bool compatible(const tmc_element *e, tmc_kind k) {
  if (e->shape_source == TMC_SOURCE_NONE)
    return true;
  tmc_dfd shape = tmc_kind_dfd(e->shape_kind), word = tmc_kind_dfd(k);
  if (shape == TMC_DFD_STORE)
    return word == TMC_DFD_STORE;
  if (word == TMC_DFD_STORE)
    return shape != TMC_DFD_ENTITY || e->shape_kind == TMC_KIND_EXTERNAL;
  return true;
}

static void decide(tmc_element *e, tmc_kind k, tmc_source s, const char *evidence) {
  e->kind = k;
  e->kind_source = s;
  e->kind_evidence = evidence;
}

int tmc_pass_classify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    drawing_kind(lx, e, ir->arena);
    const char *type = tmc_props_get(&e->props, "type");
    tmc_kind k;
    const char *word;
    if (type && *type) {
      if (tmc_kind_parse(type, &k)) {
        decide(e, k, TMC_SOURCE_ATTRIBUTE, type);
        continue;
      }
      tmc_warning(d, e->loc, "element '%s': unknown type '%s' (see tmc --list-kinds)",
                  e->id, type);
    }
    if ((tmc_lexicon_kind_word(lx, e->label, &k, &word) ||
         tmc_lexicon_kind_word(lx, e->id, &k, &word)) &&
        compatible(e, k)) {
      decide(e, k, TMC_SOURCE_LABEL_WORD, tmc_arena_strdup(ir->arena, word));
      continue;
    }
    if (tmc_lexicon_id_prefix(lx, e->id, &k, &word)) {
      decide(e, k, TMC_SOURCE_ID_PREFIX, tmc_arena_strdup(ir->arena, word));
      continue;
    }
    if (e->shape_source != TMC_SOURCE_NONE) {
      decide(e, e->shape_kind, e->shape_source, e->shape_evidence);
      continue;
    }
    decide(e, TMC_KIND_PROCESS, TMC_SOURCE_DEFAULT, NULL);
  }
  return 0;
}
