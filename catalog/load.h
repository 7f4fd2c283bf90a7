/* load.h - private to the catalog module: what catalog.c shares with the
 * loaders of the other sections (goals.c, validation.c, lexicon.c,
 * attributes.c) so every section reads YAML, reports file:line:col errors and
 * checks cited ids the same way.
 *
 * Ownership: strings these helpers return live in the catalog's arena. */
#ifndef TMC_CATALOG_LOAD_H
#define TMC_CATALOG_LOAD_H

#include <yaml.h>

#include "catalog/catalog.h"
#include "catalog/cond.h"

/* One file being loaded, and what it fills: the catalog (c), or a section's
 * own store (into: the lexicon's tmc_lexicon, the vocabulary's tmc_attrs,
 * which also load alone, c NULL, for the built-in vocabulary). */
typedef struct ld {
  tmc_catalog *c;       /* NULL when a section's store loads alone */
  void *into;           /* the section loader's store; NULL for catalog.c */
  yaml_document_t *doc; /* the document read: &own, or the caller's */
  yaml_document_t own;  /* catalog.c parses each file into this */
  bool packed;          /* own was rebuilt from packed data: free its node table only */
  const char *file;     /* in the catalog's arena (or the store's caller's) */
  tmc_diags *d;
  bool user; /* a --catalog file: same ids override */
  int errors;
} ld;

/* Loops over a mapping's pairs / a sequence's items; the hidden cursor is
 * named after the loop variable so loops nest. */
#define FOR_PAIRS(l, map, k, v)                                                          \
  for (yaml_node_pair_t *k##_p = (map)->data.mapping.pairs.start;                        \
       k##_p < (map)->data.mapping.pairs.top &&                                          \
       ((k) = tmc_ld_node((l), k##_p->key), (v) = tmc_ld_node((l), k##_p->value), 1);    \
       k##_p++)

#define FOR_ITEMS(l, seq, it)                                                            \
  for (yaml_node_item_t *it##_i = (seq)->data.sequence.items.start;                      \
       it##_i < (seq)->data.sequence.items.top && ((it) = tmc_ld_node((l), *it##_i), 1); \
       it##_i++)

/* Called for each string of a list, with ctx as given to tmc_ld_each_item. */
typedef void (*tmc_ld_item_fn)(ld *l, const yaml_node_t *n, const char *s, void *ctx);

/* What an id-checking item function adds to, and the key it came from. */
typedef struct tmc_ld_ids {
  const char *key;
  tmc_strlist *out;
  tmc_catalog *c;
} tmc_ld_ids;

yaml_node_t *tmc_ld_node(ld *l, int i);
tmc_arena *tmc_ld_arena(const ld *l);
tmc_loc tmc_ld_at(const ld *l, const yaml_node_t *n);
/* An error at n's line and column; counts it in l->errors. */
void TMC_PRINTF(3, 4) tmc_ld_err(ld *l, const yaml_node_t *n, const char *fmt, ...);
const char *tmc_ld_scalar(const yaml_node_t *n); /* NULL unless a scalar */
const char *tmc_ld_str(ld *l, const yaml_node_t *n, const char *key);
const char *tmc_ld_text(ld *l, const yaml_node_t *n, const char *key); /* trimmed */
bool tmc_ld_int(ld *l, const yaml_node_t *n, const char *key, int lo, int hi, int *out);
bool tmc_ld_bool(ld *l, const yaml_node_t *n, const char *key, bool *out);
bool tmc_ld_valid_id(const char *s);
/* Calls fn for each string of a list (a lone scalar is a one-item list). */
void tmc_ld_each_item(ld *l, const yaml_node_t *n, const char *key, tmc_ld_item_fn fn,
                      void *ctx);
/* Item functions: ctx is a tmc_ld_ids (add_stride: an unsigned mask; add_plain:
 * a tmc_strlist). Unknown ids are errors at the item. */
void tmc_ld_add_technique(ld *l, const yaml_node_t *n, const char *s, void *ctx);
void tmc_ld_add_ref(ld *l, const yaml_node_t *n, const char *s, void *ctx);
void tmc_ld_add_stride(ld *l, const yaml_node_t *n, const char *s, void *ctx);
void tmc_ld_add_plain(ld *l, const yaml_node_t *n, const char *s, void *ctx);
/* Where the text of a condition scalar starts (past an opening quote; column
 * 0 for block scalars, whose text starts on a later line). */
tmc_loc tmc_ld_text_at(const ld *l, const yaml_node_t *n);
/* The resolver conditions are parsed with: data class and control names
 * become c's canonical ids (catalog/cond.h). */
tmc_cond_resolver tmc_ld_names(const tmc_catalog *c);

/* The built-in half of a module that reads its own top-level sections (the
 * lexicon's words:/shapes:, the attribute vocabulary): load is called with
 * `into` for each section named in names (NULL-terminated) of every embedded
 * catalog file; a file that names none of them at a line's start is not
 * parsed (the rule files are large, and this runs once per process). An
 * error in an embedded file is a bug in tmc: printed, then abort(). */
typedef int (*tmc_ld_section_fn)(void *into, yaml_document_t *doc, const char *key,
                                 yaml_node_t *v, const char *file, tmc_diags *d);
void tmc_ld_embedded_sections(const char *const *names, tmc_ld_section_fn load,
                              void *into);

/* The goals section (catalog/goals.c): one goal, or NULL after errors (in
 * l->errors); and freeing what a goal holds outside the arena. */
struct tmc_goal;
struct tmc_goal_step;
struct tmc_goal *tmc_goal_load(ld *l, const yaml_node_t *it);
void tmc_goal_free_lists(struct tmc_goal *g);
/* One item of `hop_techniques:` into s (a step that must name a technique);
 * false after an error. */
bool tmc_hop_technique_load(ld *l, const yaml_node_t *it, struct tmc_goal_step *s);
void tmc_goal_step_free(struct tmc_goal_step *s);

/* The tools: and validation: sections (catalog/validation.c): the store the
 * catalog owns, its loaders and the check of the rule ids entries name, run
 * once every rule is loaded and sorted (returns the number of errors). */
struct tmc_vcat;
struct tmc_vcat *tmc_vcat_new(void);
void tmc_vcat_free(struct tmc_vcat *vc); /* accepts NULL */
void tmc_vcat_load_tools(ld *l, struct tmc_vcat *vc, const yaml_node_t *seq);
void tmc_vcat_load_entries(ld *l, struct tmc_vcat *vc, const yaml_node_t *seq);
int tmc_vcat_check(const tmc_catalog *c, const struct tmc_vcat *vc, tmc_diags *d);
const struct tmc_vcat *tmc_catalog_vcat(const tmc_catalog *c);

#endif
