/* attributes.h - the diagram vocabulary: the attributes (DOT) and custom
 * properties (draw.io) tmc reads, where each applies, the values it takes
 * and what it means, and the names other tools write that tmc leaves alone
 * (graphviz's attributes, draw.io's own properties). The knowledge is data,
 * catalogs/attributes.yaml (`attributes:` and `foreign_attributes:`
 * sections), loaded with the rest of the catalog; `tmc --list-attributes`
 * prints it and the vocab pass warns about names outside it.
 *
 * Ownership: a tmc_attrs owns every string it returns; the catalog owns its
 * attrs, and tmc_attrs_builtin's lives as long as the process. */
#ifndef TMC_ATTRIBUTES_H
#define TMC_ATTRIBUTES_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"

/* Where an attribute applies (bits of tmc_attribute.on). */
enum {
  TMC_ATTR_ON_ELEMENT = 1,
  TMC_ATTR_ON_FLOW = 2,
  TMC_ATTR_ON_BOUNDARY = 4,
};

typedef struct tmc_attribute {
  const char *name;     /* "protocol": what the author writes */
  unsigned on;          /* TMC_ATTR_ON_* bits */
  const char *values;   /* what to write, for people ("true, false") */
  const char *meaning;  /* one sentence */
  tmc_strlist confused; /* names authors write for it that tmc does not read */
  tmc_strlist also;     /* other names it is read under, in the order tried
                           (exporters' names: trust_zone= for zone=) */
  tmc_strlist choices;  /* its closed set of values (a list attribute's items),
                           for did-you-mean; empty when open or checked in code;
                           choices_of: roles fills it from the IR's TMC_ROLES */
  tmc_loc loc;          /* where it was defined */
} tmc_attribute;

typedef struct tmc_attrs tmc_attrs;

tmc_attrs *tmc_attrs_new(void);
void tmc_attrs_free(tmc_attrs *a); /* accepts NULL */
/* Whether key is a top-level catalog key this module loads. */
bool tmc_attrs_is_section(const char *key);
/* Loads one section (the value node v of top-level key `key` of doc) into a,
 * an entry with a known name replacing the old one. Returns the number of
 * errors, each in d at file:line:col. */
struct yaml_document_s;
struct yaml_node_s;
int tmc_attrs_load(tmc_attrs *a, struct yaml_document_s *doc, const char *key,
                   struct yaml_node_s *v, const char *file, tmc_diags *d);
/* The vocabulary of the embedded catalogs alone, for runs without a catalog. */
const tmc_attrs *tmc_attrs_builtin(void);
/* The catalog's vocabulary (built-in and --catalog files); the built-in one
 * for NULL. Defined in catalog.c, which owns it. */
struct tmc_catalog;
const tmc_attrs *tmc_catalog_attributes(const struct tmc_catalog *c);

uint32_t tmc_attrs_n(const tmc_attrs *a);
const tmc_attribute *tmc_attrs_at(const tmc_attrs *a, uint32_t i); /* by name */
/* The attribute named name (exact, case-sensitive as DOT is), or one of its
 * `also:` names, or NULL. */
const tmc_attribute *tmc_attrs_find(const tmc_attrs *a, const char *name);
/* The value an element's props give attribute name: under its own name,
 * else under the first of its `also:` names present with a value (in the
 * catalog's order); *key (when not NULL) says which name was written. NULL
 * when none is. */
const char *tmc_attrs_value(const tmc_attrs *a, const tmc_props *p, const char *name,
                            const char **key);
/* Whether another tool writes name (exact). */
bool tmc_attrs_foreign(const tmc_attrs *a, const char *name);
/* The attribute an unknown name most likely means: the one that lists it
 * under confused (case-insensitive), else the nearest by spelling
 * (ir/suggest.h), else NULL. */
const tmc_attribute *tmc_attrs_meant(const tmc_attrs *a, const char *name);

#endif
