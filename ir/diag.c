/* diag.c - collects diagnostics and prints them in one place.
 * Messages are cleaned of control characters and bad UTF-8 on the way in,
 * because they often quote text from an attacker-controlled diagram. */
#include "ir/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *tmc_diag_level_name(tmc_diag_level level) {
  switch (level) {
  case TMC_DIAG_NOTE:
    return "note";
  case TMC_DIAG_WARNING:
    return "warning";
  case TMC_DIAG_ERROR:
    return "error";
  }
  return "error";
}

/* Copies s, replacing control bytes so a message stays on one line, and
 * repairing invalid UTF-8, C1 controls (U+009B is a terminal's CSI) and bidi
 * overrides: file names and diagram text reach the CI log through here, and
 * a log line must not be able to forge another (GitHub's "::" commands). */
static char *clean_copy(const char *s) {
  size_t n = strlen(s);
  char *p = tmc_xmalloc(n + 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    p[i] = (c < 0x20 || c == 0x7F) ? ' ' : (char)c;
  }
  p[n] = 0;
  if (!tmc_text_is_clean(p)) {
    tmc_arena *a = tmc_arena_new();
    char *r = tmc_xstrdup(tmc_text_repair(a, p));
    tmc_arena_free(a);
    free(p);
    p = r;
  }
  return p;
}

void tmc_diag_vadd(tmc_diags *d, tmc_diag_level level, tmc_loc loc, const char *fmt,
                   va_list ap) {
  if (level == TMC_DIAG_ERROR)
    d->errors++;
  else if (level == TMC_DIAG_WARNING)
    d->warnings++;
  uint32_t max = d->max ? d->max : 1000;
  if (d->n >= max) {
    d->dropped++;
    return;
  }
  /* A message quoting a huge label is cut, never dropped. */
  char raw[4096];
  vsnprintf(raw, sizeof raw, fmt, ap);
  tmc_diag *x = TMC_PUSH(d->v, d->n, d->cap);
  x->level = level;
  x->loc = loc;
  x->loc.file = loc.file ? clean_copy(loc.file) : NULL;
  x->msg = clean_copy(raw);
}

void tmc_diag_add(tmc_diags *d, tmc_diag_level level, tmc_loc loc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tmc_diag_vadd(d, level, loc, fmt, ap);
  va_end(ap);
}

#define LEVEL_FN(name, level)                                                            \
  void name(tmc_diags *d, tmc_loc loc, const char *fmt, ...) {                           \
    va_list ap;                                                                          \
    va_start(ap, fmt);                                                                   \
    tmc_diag_vadd(d, level, loc, fmt, ap);                                               \
    va_end(ap);                                                                          \
  }
LEVEL_FN(tmc_error, TMC_DIAG_ERROR)
LEVEL_FN(tmc_warning, TMC_DIAG_WARNING)
LEVEL_FN(tmc_note, TMC_DIAG_NOTE)

tmc_loc tmc_loc_at(const char *file, uint32_t line, uint32_t col) {
  tmc_loc l = {file, line, col};
  return l;
}

void tmc_diags_print(const tmc_diags *d, FILE *out, bool color) {
  static const char *colors[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};
  for (uint32_t i = 0; i < d->n; i++) {
    const tmc_diag *x = &d->v[i];
    if (color)
      fputs("\033[1m", out);
    if (x->loc.file) {
      fputs(x->loc.file, out);
      if (x->loc.line)
        fprintf(out, ":%u", x->loc.line);
      if (x->loc.line && x->loc.col)
        fprintf(out, ":%u", x->loc.col);
      fputs(": ", out);
    } else {
      fputs("tmc: ", out);
    }
    if (color)
      fprintf(out, "\033[0m%s%s:\033[0m %s\n", colors[x->level],
              tmc_diag_level_name(x->level), x->msg);
    else
      fprintf(out, "%s: %s\n", tmc_diag_level_name(x->level), x->msg);
  }
  if (d->dropped)
    fprintf(out, "tmc: note: %u more diagnostics not shown\n", d->dropped);
}

void tmc_diags_free(tmc_diags *d) {
  for (uint32_t i = 0; i < d->n; i++) {
    free((char *)d->v[i].loc.file);
    free(d->v[i].msg);
  }
  free(d->v);
  memset(d, 0, sizeof(*d));
}
