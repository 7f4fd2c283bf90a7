/* strmap.c - the front ends' string → index map. */
#include "frontend/strmap.h"

#include <stdlib.h>
#include <string.h>

static uint64_t hash_str(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

uint32_t tmc_strmap_get(const tmc_strmap *m, const char *k) {
  if (!m->keys || !k)
    return TMC_NONE;
  for (uint64_t h = hash_str(k) & m->mask;; h = (h + 1) & m->mask) {
    if (!m->keys[h])
      return TMC_NONE;
    if (strcmp(m->keys[h], k) == 0)
      return m->vals[h];
  }
}

void tmc_strmap_put(tmc_strmap *m, const char *k, uint32_t v) {
  if (!m->keys || (m->n + 1) * 2 > m->mask + 1) {
    tmc_strmap g = {0};
    g.mask = m->keys ? m->mask * 2 + 1 : 63;
    g.keys = tmc_xcalloc((size_t)g.mask + 1, sizeof *g.keys);
    g.vals = tmc_xcalloc((size_t)g.mask + 1, sizeof *g.vals);
    for (uint32_t i = 0; m->keys && i <= m->mask; i++)
      if (m->keys[i])
        tmc_strmap_put(&g, m->keys[i], m->vals[i]);
    free(m->keys);
    free(m->vals);
    *m = g;
  }
  uint64_t h = hash_str(k) & m->mask;
  while (m->keys[h] && strcmp(m->keys[h], k) != 0)
    h = (h + 1) & m->mask;
  if (!m->keys[h])
    m->n++;
  m->keys[h] = k;
  m->vals[h] = v;
}

void tmc_strmap_free(tmc_strmap *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}
