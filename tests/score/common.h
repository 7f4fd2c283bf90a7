/* common.h - what the scorers (labelled.c, blind.c) share: reading a file,
 * running tmc's front end and every pass on it, and finding the IR element a
 * truth line names by its locator (draw.io cell id or DOT node name), never by
 * label, so a wrong name scores as a wrong name and not as a missing element.
 *
 * Ownership: score_run returns an IR the caller frees with tmc_ir_free;
 * score_slurp a buffer the caller frees. */
#ifndef TMC_TEST_SCORE_COMMON_H
#define TMC_TEST_SCORE_COMMON_H

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/catalog.h"
#include "frontend/frontend.h"
#include "passes/passes.h"

static inline void *score_grow(void *p, size_t n, size_t size) {
  void *q = realloc(p, (n + 1) * size);
  if (!q)
    abort();
  return q;
}

static inline char *score_strdup(const char *s) {
  char *d = strdup(s);
  if (!d)
    abort();
  return d;
}

static inline char *score_trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    s[--n] = 0;
  return s;
}

/* Splits a tab-separated line in place; returns the field count (<= max). */
static inline int score_fields(char *line, char **f, int max) {
  int n = 0;
  while (n < max) {
    f[n++] = line;
    char *t = strchr(line, '\t');
    if (!t)
      break;
    *t = 0;
    line = t + 1;
  }
  for (int i = 0; i < n; i++)
    f[i] = score_trim(f[i]);
  return n;
}

/* The whole file, NUL-terminated, or NULL when it cannot be read. */
static inline char *score_slurp(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return NULL;
  size_t cap = 1 << 16, n = 0, r;
  char *buf = score_grow(NULL, cap, 1);
  while ((r = fread(buf + n, 1, cap - n, fp)) > 0)
    if ((n += r) == cap)
      buf = score_grow(buf, (cap *= 2), 1);
  fclose(fp);
  buf[n] = 0;
  *len = n;
  return buf;
}

/* Reads root/file and runs the front end and every pass: the IR, or NULL
 * when the file is absent (*absent set) or tmc refused it (diagnostics
 * printed to stderr). */
static inline tmc_ir *score_run(const char *root, const char *file,
                                const tmc_catalog *cat, bool *absent) {
  char path[8192];
  snprintf(path, sizeof path, "%s/%s", root, file);
  size_t len;
  char *data = score_slurp(path, &len);
  *absent = !data;
  if (!data)
    return NULL;
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_ir *ir = NULL;
  bool ok = tmc_frontend_parse(&ir, file, data, len, NULL, &d) == 0;
  tmc_pass_opts po = TMC_PASS_OPTS_INIT;
  po.catalog = cat;
  ok = ok && tmc_analyse(ir, &po, NULL, &d) == 0;
  if (!ok) {
    fprintf(stderr, "tmc-score: %s: tmc could not read it:\n", file);
    tmc_diags_print(&d, stderr, false);
    tmc_ir_free(ir);
    ir = NULL;
  }
  tmc_diags_free(&d);
  free(data);
  return ir;
}

/* The element a locator names on the named page (any page when "" or when
 * the diagram has one page), or TMC_NONE. */
static inline uint32_t score_locate(const tmc_ir *ir, const char *page, const char *loc) {
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const tmc_element *e = &ir->elements[i];
    if (strcmp(e->id, loc) != 0)
      continue;
    if (*page && ir->n_pages > 1 && strcmp(ir->pages[e->page].name, page) != 0)
      continue;
    return i;
  }
  return TMC_NONE;
}

/* Names compare with runs of whitespace as one space, ends trimmed, case
 * ignored. */
static inline bool score_same_name(const char *a, const char *b) {
  while (isspace((unsigned char)*a))
    a++;
  while (isspace((unsigned char)*b))
    b++;
  for (;;) {
    bool sa = isspace((unsigned char)*a), sb = isspace((unsigned char)*b);
    while (isspace((unsigned char)*a))
      a++;
    while (isspace((unsigned char)*b))
      b++;
    if (!*a || !*b)
      return !*a && !*b;
    if (sa != sb || tolower((unsigned char)*a) != tolower((unsigned char)*b))
      return false;
    a++, b++;
  }
}

/* Reads a floors file ("measure value" lines, # comments) into floor[],
 * indexed like names[0..n); a measure not in the file is -1. Returns 0, or -1
 * after a file:line message on stderr (an unknown measure, or one given twice). */
static inline int score_read_floors(const char *path, const char *const *names, int n,
                                    double *floor) {
  for (int m = 0; m < n; m++)
    floor[m] = -1;
  FILE *fp = fopen(path, "r");
  if (!fp) {
    perror(path);
    return -1;
  }
  /* getline, not a fixed buffer: a long comment line read in pieces would
   * make its second piece look like a malformed measure. */
  char *buf = NULL;
  size_t cap = 0;
  int lineno = 0, rc = 0;
  while (getline(&buf, &cap, fp) != -1) {
    lineno++;
    char key[64];
    double v;
    char *s = score_trim(buf);
    if (*s == '#' || !*s)
      continue;
    int m = n;
    if (sscanf(s, "%63s %lf", key, &v) == 2)
      for (m = 0; m < n && strcmp(names[m], key) != 0; m++)
        ;
    if (m == n) {
      fprintf(stderr, "%s:%d: error: expected 'measure value' with a known measure\n",
              path, lineno);
      rc = -1;
      continue;
    }
    /* Two merges each appending their floors would leave the later, lower
     * line in force: a measure is written once. */
    if (floor[m] >= 0) {
      fprintf(stderr, "%s:%d: error: '%s' is already given above\n", path, lineno, key);
      rc = -1;
      continue;
    }
    floor[m] = v;
  }
  free(buf);
  fclose(fp);
  return rc;
}

/* A scorer's command line: [-v] [--root DIR] [--floors FILE] FILE... */
typedef struct score_args {
  const char *floors, *root; /* root: TMC_SOURCE_DIR, else "." */
  bool verbose;
  int first; /* argv index of the first file */
} score_args;

/* Parses the command line into a; returns 0, or 64 after the usage line
 * (naming the tool and what its files are) on stderr. */
static inline int score_parse_args(score_args *a, int argc, char **argv, const char *tool,
                                   const char *files) {
  a->floors = NULL;
  a->root = getenv("TMC_SOURCE_DIR");
  a->verbose = false;
  for (a->first = 1; a->first < argc && argv[a->first][0] == '-'; a->first++) {
    if (strcmp(argv[a->first], "--floors") == 0 && a->first + 1 < argc)
      a->floors = argv[++a->first];
    else if (strcmp(argv[a->first], "--root") == 0 && a->first + 1 < argc)
      a->root = argv[++a->first];
    else if (strcmp(argv[a->first], "-v") == 0)
      a->verbose = true;
    else {
      fprintf(stderr, "usage: %s [-v] [--root DIR] [--floors FILE] %s...\n", tool, files);
      return 64;
    }
  }
  if (!a->root)
    a->root = ".";
  return 0;
}

#endif
