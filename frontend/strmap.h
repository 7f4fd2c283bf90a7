/* strmap.h - a string → index map (open addressing, FNV-1a) for the front
 * ends that look names up as they read (Mermaid node ids, Threat Dragon and
 * OTM cell and component ids), so a hostile file of many names costs linear
 * time. Keys are not copied: they must outlive the map.
 *
 * Ownership: tmc_strmap_free releases the table. */
#ifndef TMC_STRMAP_H
#define TMC_STRMAP_H

#include "ir/ir.h"

typedef struct tmc_strmap {
  const char **keys;
  uint32_t *vals;
  uint32_t n, mask;
} tmc_strmap;

uint32_t tmc_strmap_get(const tmc_strmap *m, const char *key);   /* TMC_NONE if absent */
void tmc_strmap_put(tmc_strmap *m, const char *key, uint32_t v); /* replaces */
void tmc_strmap_free(tmc_strmap *m);

#endif
