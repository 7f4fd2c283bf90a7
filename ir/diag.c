/* diag.c - collects diagnostics and prints them in one place.
 * Messages are cleaned of control characters and bad UTF-8 on the way in,
 * because they often quote text from an attacker-controlled diagram. */
#include "ir/diag.h"

#include <ctype.h>
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

uint32_t tmc_diags_promote(tmc_diags *d) {
  uint32_t n = d->warnings;
  for (uint32_t i = 0; i < d->n; i++)
    if (d->v[i].level == TMC_DIAG_WARNING)
      d->v[i].level = TMC_DIAG_ERROR;
  d->errors += n;
  d->warnings = 0;
  return n;
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

/* GitHub's workflow-command escaping: data escapes %, CR and LF; property
 * values also ':' and ','. */
static void github_escape(tmc_buf *b, const char *s, bool property) {
  for (; *s; s++) {
    switch (*s) {
    case '%':
      tmc_buf_puts(b, "%25");
      break;
    case '\r':
      tmc_buf_puts(b, "%0D");
      break;
    case '\n':
      tmc_buf_puts(b, "%0A");
      break;
    case ':':
      tmc_buf_puts(b, property ? "%3A" : ":");
      break;
    case ',':
      tmc_buf_puts(b, property ? "%2C" : ",");
      break;
    default:
      tmc_buf_put(b, s, 1);
    }
  }
}

void tmc_diag_github(tmc_buf *b, tmc_diag_level level, tmc_loc loc, const char *title,
                     const char *msg) {
  const char *cmd = level == TMC_DIAG_ERROR     ? "error"
                    : level == TMC_DIAG_WARNING ? "warning"
                                                : "notice";
  tmc_buf_printf(b, "::%s", cmd);
  const char *sep = " ";
  if (loc.file) {
    tmc_buf_puts(b, " file=");
    github_escape(b, loc.file, true);
    sep = ",";
    if (loc.line)
      tmc_buf_printf(b, ",line=%u", loc.line);
    if (loc.line && loc.col)
      tmc_buf_printf(b, ",col=%u", loc.col);
  }
  if (title) {
    tmc_buf_printf(b, "%stitle=", sep);
    github_escape(b, title, true);
  }
  tmc_buf_puts(b, "::");
  github_escape(b, msg, false);
  tmc_buf_puts(b, "\n");
}

typedef struct ordered {
  uint32_t file_rank, line, col, index;
} ordered;

static int by_place(const void *pa, const void *pb) {
  const ordered *a = pa, *b = pb;
  if (a->file_rank != b->file_rank)
    return a->file_rank < b->file_rank ? -1 : 1;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->col != b->col)
    return a->col < b->col ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

/* Where line `line` (1-based) of src starts, scanning on from a cursor that
 * only moves forward while lines ascend. */
typedef struct cursor {
  const char *src;
  size_t len, pos;
  uint32_t line;
} cursor;

static bool seek_line(cursor *c, uint32_t line, size_t *start, size_t *end) {
  if (line < c->line) {
    c->pos = 0;
    c->line = 1;
  }
  while (c->line < line) {
    const char *nl = memchr(c->src + c->pos, '\n', c->len - c->pos);
    if (!nl)
      return false;
    c->pos = (size_t)(nl - c->src) + 1;
    c->line++;
  }
  const char *nl = memchr(c->src + c->pos, '\n', c->len - c->pos);
  *start = c->pos;
  *end = nl ? (size_t)(nl - c->src) : c->len;
  if (*end > *start && c->src[*end - 1] == '\r')
    (*end)--;
  return true;
}

/* Where the token at src[at] ends (at < end): a quoted string through its
 * closing quote, a word (letters, digits, '_', non-ASCII, and '.' or '-'
 * inside it), a run of operator characters (`->`, `--`, `==>`), else the
 * one byte. The caret's '~' run: diagnostics carry only a column, and every
 * format's tokens look alike enough for this one rule. */
static size_t token_end(const char *s, size_t at, size_t end) {
  unsigned char c = (unsigned char)s[at];
  size_t i = at + 1;
  if (c == '"' || c == '\'') {
    while (i < end && (unsigned char)s[i] != c)
      i += s[i] == '\\' && c == '"' && i + 1 < end ? 2 : 1;
    return i < end ? i + 1 : end;
  }
  bool word = isalnum(c) || c == '_' || c >= 0x80;
  if (word) {
    for (; i < end; i++) {
      unsigned char x = (unsigned char)s[i];
      if (isalnum(x) || x == '_' || x >= 0x80)
        continue;
      if ((x == '.' || x == '-') && i + 1 < end &&
          (isalnum((unsigned char)s[i + 1]) || s[i + 1] == '_'))
        continue;
      break;
    }
    return i;
  }
  if (strchr("-<>=.~", c) && c)
    while (i < end && s[i] && strchr("-<>=.~", s[i]))
      i++;
  return i;
}

/* Appends src[p, p+n) as it shows on a terminal, adding to *w the columns it
 * takes: tabs to the next multiple of 8, controls, C1 controls and
 * bidirectional controls as \xNN or \uNNNN so the input cannot drive the
 * terminal or reorder what is read. False on a NUL or invalid UTF-8: a line
 * that is not text is not quoted. */
static bool show(tmc_buf *b, const char *p, size_t n, size_t *w) {
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)p[i];
    if (c == '\t') {
      size_t to = (*w / 8 + 1) * 8;
      for (; *w < to; (*w)++)
        tmc_buf_putc(b, ' ');
      i++;
      continue;
    }
    unsigned cp;
    bool unsafe;
    size_t l = tmc_utf8_next(p + i, n - i, &cp, &unsafe);
    if (!l || cp == 0)
      return false;
    if (unsafe) {
      size_t before = b->len;
      if (cp < 0x80)
        tmc_buf_printf(b, "\\x%02x", cp);
      else
        tmc_buf_printf(b, "\\u%04x", cp);
      *w += b->len - before;
    } else {
      tmc_buf_put(b, p + i, l);
      (*w)++; /* a wide (CJK) character takes two columns: rare in diagrams */
    }
    i += l;
  }
  return true;
}

/* Quotes the line of a diagnostic as gcc does, a caret under its column and
 * '~' under the rest of the token; a long line shows at most QUOTE_SPAN
 * bytes on either side of the column, marked "...". */
#define QUOTE_SPAN 60
static void quote_source(FILE *out, cursor *c, const tmc_diag *x, bool color) {
  size_t start, end;
  if (!seek_line(c, x->loc.line, &start, &end))
    return;
  if (x->loc.line == 1 && end - start >= 3 && memcmp(c->src, "\xEF\xBB\xBF", 3) == 0)
    start += 3; /* columns count from after a byte-order mark */
  size_t col = (size_t)x->loc.col - 1;
  if (col > end - start)
    return;
  size_t at = start + col;
  size_t tok = at < end ? token_end(c->src, at, end) : at;
  size_t from = at - start > QUOTE_SPAN ? at - QUOTE_SPAN : start;
  size_t to = end - at > QUOTE_SPAN ? at + QUOTE_SPAN : end;
  /* Never cut inside a UTF-8 sequence. */
  while (from > start && ((unsigned char)c->src[from] & 0xC0) == 0x80)
    from--;
  while (to < end && ((unsigned char)c->src[to] & 0xC0) == 0x80)
    to++;
  if (tok > to)
    tok = to;
  tmc_buf text = TMC_BUF_INIT;
  size_t w = 0, caret, tilde;
  if (from > start)
    tmc_buf_puts(&text, "..."), w = 3;
  bool ok = show(&text, c->src + from, at - from, &w);
  caret = w;
  ok = ok && show(&text, c->src + at, tok - at, &w);
  tilde = w > caret ? w - caret - 1 : 0;
  ok = ok && show(&text, c->src + tok, to - tok, &w);
  if (ok) {
    if (to < end)
      tmc_buf_puts(&text, "...");
    int width = x->loc.line < 10000 ? 5 : snprintf(NULL, 0, "%u", x->loc.line) + 1;
    fprintf(out, "%*u | %s\n%*s | %*s", width, x->loc.line, text.data ? text.data : "",
            width, "", (int)caret, "");
    fputs(color ? "\033[1;32m^" : "^", out);
    for (size_t i = 0; i < tilde; i++)
      fputc('~', out);
    fputs(color ? "\033[0m\n" : "\n", out);
  }
  tmc_buf_free(&text);
}

void tmc_diags_write(const tmc_diags *d, FILE *out, const tmc_diag_format *f) {
  static const char *colors[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};
  ordered *v = tmc_xmalloc((d->n ? d->n : 1) * sizeof *v);
  for (uint32_t i = 0; i < d->n; i++) {
    const tmc_diag *x = &d->v[i];
    /* A file's rank is the index of its first diagnostic. */
    uint32_t rank = i;
    for (uint32_t j = 0; j < i; j++) {
      const char *a = d->v[j].loc.file, *b = x->loc.file;
      if (a == b || (a && b && strcmp(a, b) == 0)) {
        rank = v[j].file_rank;
        break;
      }
    }
    v[i] = (ordered){rank, x->loc.line, x->loc.col, i};
  }
  if (d->n > 1)
    qsort(v, d->n, sizeof *v, by_place);
  cursor cur = {f->src, f->src_len, 0, 1};
  tmc_buf gh = TMC_BUF_INIT;
  for (uint32_t k = 0; k < d->n; k++) {
    const tmc_diag *x = &d->v[v[k].index];
    if (f->style == TMC_DIAG_STYLE_GITHUB) {
      gh.len = 0;
      tmc_diag_github(&gh, x->level, x->loc, NULL, x->msg);
      fwrite(gh.data, 1, gh.len, out);
      continue;
    }
    if (f->color)
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
    if (f->color)
      fprintf(out, "\033[0m%s%s:\033[0m %s\n", colors[x->level],
              tmc_diag_level_name(x->level), x->msg);
    else
      fprintf(out, "%s: %s\n", tmc_diag_level_name(x->level), x->msg);
    if (f->src && f->src_file && x->loc.file && x->loc.line && x->loc.col &&
        strcmp(x->loc.file, f->src_file) == 0)
      quote_source(out, &cur, x, f->color);
  }
  tmc_buf_free(&gh);
  free(v);
  if (d->dropped)
    fprintf(out, "tmc: note: %u more diagnostics not shown\n", d->dropped);
}

void tmc_diags_print(const tmc_diags *d, FILE *out, bool color) {
  tmc_diag_format f = {color, TMC_DIAG_STYLE_TEXT, NULL, NULL, 0};
  tmc_diags_write(d, out, &f);
}

void tmc_diags_append(tmc_diags *d, const tmc_diags *src) {
  for (uint32_t i = 0; i < src->n; i++)
    tmc_diag_add(d, src->v[i].level, src->v[i].loc, "%s", src->v[i].msg);
  d->dropped += src->dropped;
}

void tmc_diags_free(tmc_diags *d) {
  for (uint32_t i = 0; i < d->n; i++) {
    free((char *)d->v[i].loc.file);
    free(d->v[i].msg);
  }
  free(d->v);
  memset(d, 0, sizeof(*d));
}
