/* suggest.c - edit distance for "did you mean". One idea: the distance is
 * only needed up to a small bound, so each row of the dynamic programme stops
 * as soon as all of it exceeds the bound, and long words are never near. */
#include "ir/suggest.h"

#include <string.h>

#define MAX_LEN 64

static unsigned char fold(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

uint32_t tmc_edit_distance(const char *a, const char *b, uint32_t max) {
  size_t n = strlen(a), m = strlen(b);
  if (n > MAX_LEN || m > MAX_LEN)
    return max + 1;
  if ((n > m ? n - m : m - n) > max)
    return max + 1;
  /* Three rows: the one before the previous serves transpositions. */
  uint32_t rows[3][MAX_LEN + 1];
  uint32_t *pp = rows[0], *p = rows[1], *c = rows[2];
  for (size_t j = 0; j <= m; j++)
    p[j] = (uint32_t)j;
  for (size_t i = 1; i <= n; i++) {
    c[0] = (uint32_t)i;
    uint32_t best = c[0];
    for (size_t j = 1; j <= m; j++) {
      unsigned char x = fold((unsigned char)a[i - 1]), y = fold((unsigned char)b[j - 1]);
      uint32_t v = p[j - 1] + (x != y);
      if (p[j] + 1 < v)
        v = p[j] + 1;
      if (c[j - 1] + 1 < v)
        v = c[j - 1] + 1;
      if (i > 1 && j > 1 && x == fold((unsigned char)b[j - 2]) &&
          fold((unsigned char)a[i - 2]) == y && pp[j - 2] + 1 < v)
        v = pp[j - 2] + 1;
      c[j] = v;
      if (v < best)
        best = v;
    }
    if (best > max)
      return max + 1;
    uint32_t *t = pp;
    pp = p;
    p = c;
    c = t;
  }
  return p[m] > max ? max + 1 : p[m];
}

static uint32_t budget(const char *word) {
  size_t n = strlen(word);
  return n <= 4 ? 1 : n <= 8 ? 2 : 3;
}

const char *tmc_suggest_in(const char *word, const void *base, size_t n, size_t stride,
                           size_t offset) {
  if (!word || !*word)
    return NULL;
  uint32_t max = budget(word), best = max + 1;
  const char *hit = NULL;
  for (size_t i = 0; i < n; i++) {
    const char *cand;
    memcpy(&cand, (const char *)base + i * stride + offset, sizeof cand);
    if (!cand || !*cand || strcmp(cand, word) == 0)
      continue;
    uint32_t dist = tmc_edit_distance(word, cand, best - 1 < max ? best - 1 : max);
    if (dist < best) {
      best = dist;
      hit = cand;
    }
  }
  return hit;
}

const char *tmc_suggest(const char *word, const char *const *candidates, size_t n) {
  return tmc_suggest_in(word, candidates, n, sizeof *candidates, 0);
}
