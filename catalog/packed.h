/* packed.h - private to the catalog module: the built-in catalogs' YAML
 * documents as libyaml loaded them at build time (tools/catalog_pack.c), so a
 * run rebuilds each document's node table instead of parsing 2 MB of YAML.
 *
 * Everything here is static data of the generated file; a document rebuilt
 * from it points into that data. */
#ifndef TMC_CATALOG_PACKED_H
#define TMC_CATALOG_PACKED_H

#include <stdint.h>
#include <yaml.h>

/* The numbers of one node in tmc_packed_doc.nodes, in this order. */
enum {
  TMC_PK_TYPE,  /* yaml_node_type_t */
  TMC_PK_STYLE, /* the scalar, sequence or mapping style */
  TMC_PK_TAG,   /* offset of the tag in pool */
  TMC_PK_A, /* scalar: value offset in pool; sequence: first item; mapping: first pair */
  TMC_PK_B, /* scalar: length; sequence: items; mapping: pairs */
  TMC_PK_START,   /* start_mark: index, line, column */
  TMC_PK_END = 8, /* end_mark: index, line, column */
  TMC_PK_FIELDS = 11
};

struct tmc_packed_doc {
  const char *name;          /* the file name, as in tmc_embedded_files; NULL ends */
  const unsigned char *pool; /* tags and scalar values, each NUL-terminated */
  const uint32_t *nodes;     /* TMC_PK_FIELDS numbers per node */
  uint32_t n_nodes;          /* 0: libyaml found no document (parse at run time) */
  const int *items;          /* every sequence's items, in order */
  const int *pairs;          /* every mapping's pairs: key, value */
  uint32_t
      marks[8]; /* the document's start_implicit, end_implicit, start and end marks */
};

extern const struct tmc_packed_doc tmc_packed_docs[];

/* Rebuilds into *doc the document libyaml loaded from p's file at build time:
 * the same nodes, styles, tags and marks, pointing into p's static data. Only
 * doc->nodes.start is allocated (free it; never yaml_document_delete). */
void tmc_packed_unpack(const struct tmc_packed_doc *p, yaml_document_t *doc);

#endif
