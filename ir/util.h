/* util.h - the small pieces every module uses: an arena that owns the IR's
 * memory, a growable byte buffer for back ends, and an allocation wrapper
 * that aborts on out-of-memory so nothing else checks for NULL.
 *
 * Ownership: memory from tmc_arena_* belongs to the arena and is released by
 * tmc_arena_free; a tmc_buf owns its bytes until tmc_buf_detach hands them to
 * the caller (free with free()). */
#ifndef TMC_UTIL_H
#define TMC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define TMC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define TMC_PRINTF(f, a)
#endif

/* Allocation that never returns NULL: out of memory prints and aborts. */
void *tmc_xmalloc(size_t n);
void *tmc_xcalloc(size_t n, size_t size);
void *tmc_xrealloc(void *p, size_t n);
char *tmc_xstrdup(const char *s);
/* Grows *v (holding *cap items of size) so that it holds at least need items. */
void tmc_grow(void **v, uint32_t *cap, uint32_t need, size_t size);
#define TMC_PUSH(arr, n, cap)                                                            \
  (tmc_grow((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr))), &(arr)[(n)++])
/* A cache line. The IR's element and flow arrays start on one and each item
 * is a whole number of them (_Alignas(TMC_LINE) on its first field), so the
 * fields a walk reads share lines the same way in every item (ir.h). */
#define TMC_LINE 64
/* tmc_grow for an array of such items: the array starts on a line. Free it
 * with tmc_free_lines, never free(). */
void tmc_grow_lines(void **v, uint32_t *cap, uint32_t need, size_t size);
void tmc_free_lines(void *v); /* accepts NULL */
/* tmc_xcalloc starting on a line: for per-item memos whose items would
 * otherwise straddle two lines (free with free()). */
void *tmc_xcalloc_lines(size_t n, size_t size);
#define TMC_PUSH_LINES(arr, n, cap)                                                      \
  (tmc_grow_lines((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr))), &(arr)[(n)++])

typedef struct tmc_arena tmc_arena;
tmc_arena *tmc_arena_new(void);
void tmc_arena_free(tmc_arena *a);                   /* accepts NULL */
void *tmc_arena_alloc(tmc_arena *a, size_t n);       /* zeroed, aligned for any type */
char *tmc_arena_strdup(tmc_arena *a, const char *s); /* NULL stays NULL */
char *tmc_arena_strndup(tmc_arena *a, const char *s, size_t n);
char *tmc_arena_printf(tmc_arena *a, const char *fmt, ...) TMC_PRINTF(2, 3);
size_t tmc_arena_used(const tmc_arena *a);

/* A growable buffer, always NUL-terminated. A size cap (0 = none) turns
 * further writes into no-ops and sets `overflow`, so a back end fed hostile
 * input cannot exhaust memory.
 *
 * With a sink (tmc_buf_set_sink) the buffer streams: whenever the next write
 * would not fit in TMC_BUF_SINK_CHUNK bytes, what it holds is handed to the
 * sink and the buffer starts again from empty, so `data` is only the tail not
 * yet flushed and a report of any size costs one chunk of memory. `limit`
 * then counts every byte written (flushed + len). A failing sink stores its
 * errno in `sink_error` and later writes are dropped, like an overflow; the
 * writer finds out from tmc_buf_flush. Writers must not read back what they
 * wrote once a sink is set. */
typedef int (*tmc_buf_sink_fn)(void *ctx, const char *data,
                               size_t n); /* 0 or -1 + errno */
typedef struct tmc_buf {
  char *data;
  size_t len;
  size_t cap;
  size_t limit;         /* 0 = unlimited */
  bool overflow;        /* a write was dropped because of limit */
  tmc_buf_sink_fn sink; /* NULL: everything stays in data */
  void *sink_ctx;
  size_t flushed; /* bytes already handed to the sink */
  int sink_error; /* errno of the first failed sink call, 0 if none */
} tmc_buf;
#define TMC_BUF_INIT                                                                     \
  { .data = NULL }
#define TMC_BUF_SINK_CHUNK ((size_t)64 * 1024)
void tmc_buf_put(tmc_buf *b, const char *s, size_t n);
/* perf33: where n more bytes go when they fit as they are (no flush to the
 * sink, no growth, within the limit and no write dropped yet): the writer
 * fills all n, then tmc_buf_commit(b, n). NULL when they do not fit: write
 * them with tmc_buf_put and friends then. Bytes that fit are kept whether
 * written at once or piece by piece, so a writer may join its pieces into
 * one write when there is room and write them one by one when not. */
static inline char *tmc_buf_room(tmc_buf *b, size_t n) {
  if (b->len + n + 1 > b->cap || b->overflow || b->sink_error ||
      (b->limit && b->flushed + b->len + n > b->limit))
    return NULL;
  return b->data + b->len;
}
static inline void tmc_buf_commit(tmc_buf *b, size_t n) {
  b->len += n;
  b->data[b->len] = 0;
}
void tmc_buf_puts(tmc_buf *b, const char *s);
void tmc_buf_putc(tmc_buf *b, char c);
void tmc_buf_printf(tmc_buf *b, const char *fmt, ...) TMC_PRINTF(2, 3);
/* Appends a draw.io style's settings sorted, each followed by ';' (the
 * first 64): draw.io writes them in any order, and "opacity=70;fontStyle=0"
 * draws as "fontStyle=0;opacity=70" does, so two shapes drawn alike compare
 * equal. NULL appends nothing. */
void tmc_buf_style_sorted(tmc_buf *b, const char *style);
void tmc_buf_vprintf(tmc_buf *b, const char *fmt, va_list ap) TMC_PRINTF(2, 0);
void tmc_buf_clear(tmc_buf *b);
char *tmc_buf_detach(tmc_buf *b); /* caller frees; buffer is reset */
void tmc_buf_free(tmc_buf *b);
/* Sets the sink of an empty buffer (see above). */
void tmc_buf_set_sink(tmc_buf *b, tmc_buf_sink_fn fn, void *ctx);
/* Hands what the buffer holds to its sink; returns 0, or -1 when this or an
 * earlier sink call failed (errno in b->sink_error). No-op without a sink. */
int tmc_buf_flush(tmc_buf *b);
/* Every byte written so far, flushed or not. */
size_t tmc_buf_total(const tmc_buf *b);

/* Writes the decimal digits of v so that they end just before end, and
 * returns their number (at most 20; no NUL): the one digit writer of the
 * hot formatters (the fast printf, SARIF's integers, fingerprints, threat
 * keys), which build their text backwards or copy the digits out. */
static inline size_t tmc_dec_before(char *end, unsigned long long v) {
  size_t n = 0;
  do
    *(end - ++n) = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  return n;
}

/* String helpers. */
bool tmc_streq_nocase(const char *a, const char *b);
/* Case-insensitive search for a word in text: matches only at word edges. */
bool tmc_has_word(const char *text, const char *word);
/* Trims ASCII space in place (returns s advanced past leading space). */
char *tmc_trim(char *s);
/* Repairs text for reports: invalid UTF-8 → U+FFFD, C0 controls other than
 * tab/newline → space. Returns an arena copy. */
char *tmc_text_clean(tmc_arena *a, const char *s, size_t n);
/* Composes s in place as Unicode's NFC does for a letter and its marks
 * ("g" + U+0307 → "ġ", Hangul jamo → syllables): labels written decomposed
 * (NFD, as macOS scripts and file names write them) read as the catalog's
 * words do. Marks are composed in the order written (no reordering). s is
 * valid UTF-8 or not; its length never grows. */
void tmc_text_compose(char *s);
/* True when s is valid UTF-8 without controls (tab and newline allowed), line
 * separators or bidirectional controls: what every IR string from a diagram
 * must be (tmc_ir_check holds the front ends to it). NULL is clean. */
bool tmc_text_is_clean(const char *s);
/* s itself when clean, else an arena copy with invalid bytes and bidi controls
 * replaced by U+FFFD and the other controls by spaces. */
const char *tmc_text_repair(tmc_arena *a, const char *s);
/* The UTF-8 sequence at p (n bytes available): its length, 0 when invalid
 * (overlong, surrogate, truncated, past U+10FFFF); *cp gets the code point,
 * and *unsafe whether tmc_text_repair would replace it (a control, a line
 * separator, a bidirectional control), tab and newline excepted. */
size_t tmc_utf8_next(const char *p, size_t n, unsigned *cp, bool *unsafe);
/* Writes code point c (at most U+10FFFF, no surrogate) as UTF-8 at out (room
 * for 4 bytes, no NUL); returns its length. */
size_t tmc_utf8_put(char *out, unsigned c);

/* A map from pointers to uint32_t values (open addressing, at most half
 * full). Catalog strings and lists are shared by pointer across thousands of
 * findings, so a pass that needs one answer per distinct string or list finds
 * it here instead of comparing strings per finding. Keys must not be NULL.
 * Zero-initialise (TMC_PTRMAP_INIT); tmc_ptrmap_free releases it. */
typedef struct tmc_ptrmap {
  const void **key;
  uint32_t *val;
  uint32_t cap, n;
} tmc_ptrmap;
#define TMC_PTRMAP_INIT                                                                  \
  { .key = NULL }
/* The value slot of key, added with value 0 when absent (*added says which).
 * The pointer is valid until the next call that adds a key. */
uint32_t *tmc_ptrmap_at(tmc_ptrmap *m, const void *key, bool *added);
/* The value of key, or NULL when absent. */
const uint32_t *tmc_ptrmap_find(const tmc_ptrmap *m, const void *key);
void tmc_ptrmap_free(tmc_ptrmap *m);

/* 64-bit FNV-1a, used for stable fingerprints. */
uint64_t tmc_hash64(const void *data, size_t n, uint64_t seed);

#endif
