/* doc.h - a JSON or YAML document as a small tree of nodes with their line
 * and column, for the front ends that read data formats (Threat Dragon,
 * OTM). JSON goes through jansson, YAML through libyaml's event parser; the
 * readers walk this tree only, so no jansson or libyaml type leaves doc.c
 * and one walker reads an OTM file in either syntax.
 *
 * jansson keeps no positions, so doc.c finds them with a light scan of the
 * text: the start of every value, in document order, matched to the tree
 * walked in the same order (jansson keeps keys in insertion order and
 * duplicate keys are refused).
 *
 * Ownership: a tmc_doc owns its nodes and strings; tmc_doc_free releases
 * them. */
#ifndef TMC_DOC_H
#define TMC_DOC_H

#include "ir/ir.h"

typedef enum tmc_doc_type {
  TMC_DOC_NULL,
  TMC_DOC_BOOL,
  TMC_DOC_NUM,
  TMC_DOC_STR,
  TMC_DOC_SEQ,
  TMC_DOC_MAP,
} tmc_doc_type;

typedef struct tmc_doc_node {
  tmc_doc_type type;
  const char *key;    /* the key, in a map; NULL elsewhere */
  const char *text;   /* scalars: the text ("true", "12.5", "x"); NULL for containers */
  double num;         /* NUM: the value; BOOL: 1 or 0 */
  uint32_t line, col; /* 1-based; 0 when unknown */
  uint32_t first;     /* first child, TMC_NONE */
  uint32_t next;      /* next sibling, TMC_NONE */
  uint32_t n;         /* children */
} tmc_doc_node;

typedef struct tmc_doc {
  tmc_doc_node *v;
  uint32_t n, cap;
  tmc_arena *arena;
  const char *file; /* not copied: the IR's name, which every tmc_loc taken
                       from the doc (elements, flows) must outlive it by */
} tmc_doc;

#define TMC_DOC_MAX_DEPTH 128 /* nesting deeper than this is refused */

/* Parse data as JSON / YAML into doc (root: node 0). 0, or <0 after an error
 * with file:line:col in d. max_nodes caps the values (a hostile file). */
int tmc_doc_json(tmc_doc *doc, const char *file, const char *data, size_t len,
                 uint32_t max_nodes, tmc_diags *d);
int tmc_doc_yaml(tmc_doc *doc, const char *file, const char *data, size_t len,
                 uint32_t max_nodes, tmc_diags *d);
void tmc_doc_free(tmc_doc *doc);

/* The child of map node m under key (TMC_NONE when m is not a map or has no
 * such key, or m is TMC_NONE). */
uint32_t tmc_doc_get(const tmc_doc *doc, uint32_t m, const char *key);
/* A path of keys: tmc_doc_path(doc, n, "data", "name", NULL). */
uint32_t tmc_doc_path(const tmc_doc *doc, uint32_t m, ...);
/* The scalar text of node k (numbers and booleans as written), or NULL. */
const char *tmc_doc_str(const tmc_doc *doc, uint32_t k);
/* Is node k true (a true boolean, or the text "true"/"yes")? */
bool tmc_doc_true(const tmc_doc *doc, uint32_t k);
/* Is node k a number (or numeric text)? Sets *out. */
bool tmc_doc_num(const tmc_doc *doc, uint32_t k, double *out);
/* Is node k of type t? (false for TMC_NONE) */
bool tmc_doc_is(const tmc_doc *doc, uint32_t k, tmc_doc_type t);
/* Where node k is, for a diagnostic. */
tmc_loc tmc_doc_loc(const tmc_doc *doc, uint32_t k);

/* Loops over a container's children. */
#define TMC_DOC_EACH(doc, parent, it)                                                    \
  for (uint32_t it = ((parent) == TMC_NONE ? TMC_NONE : (doc)->v[(parent)].first);       \
       it != TMC_NONE; it = (doc)->v[it].next)

#endif
