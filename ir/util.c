/* util.c - allocation, the arena and the growable buffer.
 *
 * The arena is a list of large blocks handed out by bumping a pointer; with
 * TMC_ARENA_MALLOC every allocation is its own malloc block chained on a list,
 * so ASan and valgrind see each object's bounds. */
#include "ir/util.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n) {
  fprintf(stderr, "tmc: fatal: out of memory (allocating %zu bytes)\n", n);
  abort();
}

void *tmc_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    oom(n);
  return p;
}

void *tmc_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    oom(n * size);
  return p;
}

void *tmc_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    oom(n);
  return q;
}

char *tmc_xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = tmc_xmalloc(n);
  memcpy(p, s, n);
  return p;
}

/* The capacity an array of cap items grows to for need: doubling from 8,
 * at most UINT32_MAX. */
static uint64_t grown(uint32_t cap, uint32_t need) {
  uint64_t c = cap ? cap : 8;
  while (c < need)
    c *= 2;
  return c > UINT32_MAX ? UINT32_MAX : c;
}

void tmc_grow(void **v, uint32_t *cap, uint32_t need, size_t size) {
  if (need <= *cap)
    return;
  uint64_t c = grown(*cap, need);
  *v = tmc_xrealloc(*v, (size_t)c * size);
  *cap = (uint32_t)c;
}

/* A line-aligned array sits in a realloc'd block, at its first line
 * boundary at least a pointer's size in, the block's address kept just
 * before the array (tmc_free_lines frees it). realloc grows a large block
 * by remapping it (page-aligned as before, so the array keeps its offset and
 * nothing is copied); where the offset changes, the items move within the
 * block. (aligned_alloc and a copy on each growth cost the 100k DOT file's
 * read ~150 ms.) */
void tmc_grow_lines(void **v, uint32_t *cap, uint32_t need, size_t size) {
  if (need <= *cap)
    return;
  uint64_t c = grown(*cap, need);
  char *old = *v, *base = old ? ((char **)old)[-1] : NULL;
  size_t old_off = old ? (size_t)(old - base) : 0;
  size_t n = (size_t)c * size + TMC_LINE + sizeof(char *);
  char *block = realloc(base, n);
  if (!block)
    oom(n);
  uintptr_t at =
      ((uintptr_t)block + sizeof(char *) + TMC_LINE - 1) & ~(uintptr_t)(TMC_LINE - 1);
  size_t off = (size_t)(at - (uintptr_t)block);
  if (old && off != old_off)
    memmove(block + off, block + old_off, (size_t)*cap * size);
  ((char **)(block + off))[-1] = block;
  *v = block + off;
  *cap = (uint32_t)c;
}

void tmc_free_lines(void *v) {
  if (v)
    free(((void **)v)[-1]);
}

void *tmc_xcalloc_lines(size_t n, size_t size) {
  size_t bytes = (n ? n : 1) * (size ? size : 1);
  bytes = (bytes + TMC_LINE - 1) / TMC_LINE * TMC_LINE;
  void *p = aligned_alloc(TMC_LINE, bytes);
  if (!p)
    oom(bytes);
  memset(p, 0, bytes);
  return p;
}

/* ---- formatting ------------------------------------------------------------
 * glibc's vsnprintf costs a thousand instructions or more per call, and the
 * passes and back ends format once or several times per finding. Formats
 * made only of plain conversions (%s %c %d %i %u with l, ll or z, and %%:
 * no flags, width or precision) are formatted here instead, with the same
 * output; anything else goes to vsnprintf. */

/* Writes the decimal digits of v (with '-' when neg) to the end of d[24];
 * returns their number. */
static size_t put_dec(char d[24], unsigned long long v, bool neg) {
  size_t n = tmc_dec_before(d + 24, v);
  if (neg)
    d[24 - 1 - n++] = '-';
  return n;
}

/* Formats fmt into out[0..cap), or only measures when out is NULL; returns
 * the length the whole text has, without the NUL, whether or not it fit.
 * Bytes are written only while the text so far fits in cap, so a text that
 * does not fit leaves a prefix and the caller formats again into room of the
 * length returned (perf34: one pass for the common case that fits, where
 * measuring then writing read every argument twice). Returns SIZE_MAX (ap
 * then partly read) at the first conversion not handled here, and fmt then
 * goes to vsnprintf. */
static size_t fast_format(char *out, size_t cap, const char *fmt, va_list ap) {
  size_t n = 0;
  for (const char *p = fmt; *p;) {
    const char *q = strchr(p, '%');
    size_t lit = q ? (size_t)(q - p) : strlen(p);
    if (out && n + lit <= cap)
      memcpy(out + n, p, lit);
    n += lit;
    if (!q)
      break;
    p = q + 1;
    int size = 0; /* 0 int, 1 long, 2 long long, 3 size_t */
    if (*p == 'z')
      size = 3, p++;
    else if (p[0] == 'l' && p[1] == 'l')
      size = 2, p += 2;
    else if (*p == 'l')
      size = 1, p++;
    if (size ? *p != 'd' && *p != 'i' && *p != 'u'
             : *p != '%' && *p != 's' && *p != 'c' && *p != 'd' && *p != 'i' && *p != 'u')
      return SIZE_MAX;
    char conv = *p++;
    if (conv == '%' || conv == 'c') {
      char c = conv == '%' ? '%' : (char)va_arg(ap, int);
      if (out && n + 1 <= cap)
        out[n] = c;
      n++;
    } else if (conv == 's') {
      const char *s = va_arg(ap, const char *);
      if (!s)
        s = "(null)";
      size_t l = strlen(s);
      if (out && n + l <= cap)
        memcpy(out + n, s, l);
      n += l;
    } else {
      char d[24];
      size_t l;
      if (conv == 'u') {
        unsigned long long v = size == 0   ? va_arg(ap, unsigned)
                               : size == 1 ? va_arg(ap, unsigned long)
                               : size == 2 ? va_arg(ap, unsigned long long)
                                           : va_arg(ap, size_t);
        l = put_dec(d, v, false);
      } else { /* d, i */
        long long v = size == 0   ? va_arg(ap, int)
                      : size == 1 ? va_arg(ap, long)
                      : size == 2 ? va_arg(ap, long long)
                                  : (long long)va_arg(ap, size_t);
        unsigned long long u =
            v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
        l = put_dec(d, u, v < 0);
      }
      if (out && n + l <= cap)
        memcpy(out + n, d + sizeof d - l, l);
      n += l;
    }
  }
  return n;
}

/* ---- arena ---------------------------------------------------------------- */

#define BLOCK_SIZE (64 * 1024)

typedef struct block {
  struct block *next;
  size_t used, size;
  _Alignas(max_align_t) unsigned char data[];
} block;

struct tmc_arena {
  block *head;
  size_t total;
};

tmc_arena *tmc_arena_new(void) {
  return tmc_xcalloc(1, sizeof(tmc_arena));
}

void tmc_arena_free(tmc_arena *a) {
  if (!a)
    return;
  block *b = a->head;
  while (b) {
    block *next = b->next;
    free(b);
    b = next;
  }
  free(a);
}

static block *new_block(size_t size) {
  block *b = tmc_xmalloc(sizeof(block) + size);
  b->next = NULL;
  b->used = 0;
  b->size = size;
  return b;
}

/* n bytes (rounded up to the alignment, the rounded size in *size) from the
 * arena, not yet cleared: tmc_arena_alloc clears them all, tmc_arena_strndup
 * (perf30) only what it does not copy over, so each string's memory ends as
 * tmc_arena_alloc left it without memset's call over the whole string. */
static void *arena_take(tmc_arena *a, size_t n, size_t *size) {
  const size_t align = _Alignof(max_align_t);
  n = (n + align - 1) & ~(align - 1);
  if (n == 0)
    n = align;
  *size = n;
  a->total += n;
#ifdef TMC_ARENA_MALLOC
  block *b = new_block(n);
  b->next = a->head;
  a->head = b;
  return b->data;
#else
  block *b = a->head;
  if (!b || b->size - b->used < n) {
    if (n > BLOCK_SIZE / 4) {
      /* A big object gets its own block, kept behind the current one so the
       * current block's free space is not wasted. */
      block *big = new_block(n);
      if (b) {
        big->next = b->next;
        b->next = big;
      } else {
        a->head = big;
      }
      big->used = n;
      return big->data;
    }
    b = new_block(BLOCK_SIZE);
    b->next = a->head;
    a->head = b;
  }
  void *p = b->data + b->used;
  b->used += n;
  return p;
#endif
}

void *tmc_arena_alloc(tmc_arena *a, size_t n) {
  size_t size;
  void *p = arena_take(a, n, &size);
  memset(p, 0, size);
  return p;
}

char *tmc_arena_strndup(tmc_arena *a, const char *s, size_t n) {
  if (!s)
    return NULL;
  size_t size;
  char *p = arena_take(a, n + 1, &size);
  /* size is n + 1 rounded up to the alignment, so its last aligned chunk
   * holds the NUL and every byte after it: one store of constant size
   * clears them, and the copy writes the bytes before. */
  const size_t align = _Alignof(max_align_t);
  memset(p + size - align, 0, align);
  memcpy(p, s, n);
  return p;
}

char *tmc_arena_strdup(tmc_arena *a, const char *s) {
  return s ? tmc_arena_strndup(a, s, strlen(s)) : NULL;
}

char *tmc_arena_printf(tmc_arena *a, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  /* Most texts are short: formatted once into scratch and copied (the same
   * bytes as tmc_arena_alloc's cleared memory written over). */
  char scratch[256];
  size_t len = fast_format(scratch, sizeof scratch, fmt, ap);
  va_end(ap);
  if (len != SIZE_MAX && len <= sizeof scratch) {
    va_end(ap2);
    return tmc_arena_strndup(a, scratch, len);
  }
  if (len != SIZE_MAX) {
    char *out = tmc_arena_alloc(a, len + 1);
    fast_format(out, len, fmt, ap2);
    va_end(ap2);
    return out;
  }
  va_list ap3;
  va_copy(ap3, ap2);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  char *p = tmc_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
  if (n > 0)
    vsnprintf(p, (size_t)n + 1, fmt, ap3);
  va_end(ap3);
  return p;
}

size_t tmc_arena_used(const tmc_arena *a) {
  return a->total;
}

/* ---- buffer --------------------------------------------------------------- */

/* Hands data[0..len) to the sink and empties the buffer; a failure is
 * remembered and makes every later write a no-op. */
static void drain(tmc_buf *b) {
  if (!b->len || b->sink_error)
    return;
  if (b->sink(b->sink_ctx, b->data, b->len) < 0)
    b->sink_error = errno ? errno : EIO;
  b->flushed += b->len;
  b->len = 0;
  b->data[0] = 0;
}

static bool reserve(tmc_buf *b, size_t extra) {
  if (b->overflow || b->sink_error)
    return false;
  if (b->limit && b->flushed + b->len + extra > b->limit) {
    b->overflow = true;
    return false;
  }
  if (b->len + extra + 1 > b->cap) {
    if (b->sink) {
      drain(b);
      if (b->sink_error)
        return false;
      if (extra + 1 <= b->cap)
        return true;
    }
    size_t c = b->cap ? b->cap : 256;
    while (c < b->len + extra + 1)
      c *= 2;
    b->data = tmc_xrealloc(b->data, c);
    b->cap = c;
  }
  return true;
}

void tmc_buf_put(tmc_buf *b, const char *s, size_t n) {
  if (!reserve(b, n))
    return;
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

void tmc_buf_puts(tmc_buf *b, const char *s) {
  tmc_buf_put(b, s, strlen(s));
}

void tmc_buf_putc(tmc_buf *b, char c) {
  /* The common case without a call: room left and no limit reached. */
  if (b->len + 2 <= b->cap && !b->overflow && !b->sink_error &&
      (!b->limit || b->flushed + b->len + 1 <= b->limit)) {
    b->data[b->len++] = c;
    b->data[b->len] = 0;
    return;
  }
  tmc_buf_put(b, &c, 1);
}

void tmc_buf_vprintf(tmc_buf *b, const char *fmt, va_list ap) {
  va_list ap2, ap3;
  va_copy(ap2, ap);
  va_copy(ap3, ap);
  /* perf34: formatted once straight into the free room when the text fits
   * where a put of it would neither grow the buffer, flush it nor reach the
   * limit; otherwise what was written there is scratch (the byte at len put
   * back) and the text is formatted again after reserve, as before. */
  bool open = b->data && !b->overflow && !b->sink_error;
  size_t room = open ? b->cap - b->len - 1 : 0;
  if (open && b->limit) {
    size_t left = b->flushed + b->len < b->limit ? b->limit - b->flushed - b->len : 0;
    room = room < left ? room : left;
  }
  char saved = open ? b->data[b->len] : 0;
  size_t fast = fast_format(open ? b->data + b->len : NULL, room, fmt, ap3);
  va_end(ap3);
  if (fast != SIZE_MAX && fast > 0 && fast <= room) {
    b->len += fast;
    b->data[b->len] = 0;
    va_end(ap2);
    return;
  }
  if (open)
    b->data[b->len] = saved;
  if (fast != SIZE_MAX) {
    if (fast > 0 && reserve(b, fast)) {
      fast_format(b->data + b->len, fast, fmt, ap2);
      b->len += fast;
      b->data[b->len] = 0;
    }
    va_end(ap2);
    return;
  }
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n > 0 && reserve(b, (size_t)n)) {
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
}

void tmc_buf_printf(tmc_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tmc_buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void tmc_buf_clear(tmc_buf *b) {
  b->len = 0;
  b->overflow = false;
  if (b->data)
    b->data[0] = 0;
}

char *tmc_buf_detach(tmc_buf *b) {
  char *p = b->data;
  if (!p)
    p = tmc_xcalloc(1, 1);
  b->data = NULL;
  b->len = b->cap = 0;
  b->overflow = false;
  return p;
}

void tmc_buf_free(tmc_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void tmc_buf_set_sink(tmc_buf *b, tmc_buf_sink_fn fn, void *ctx) {
  b->sink = fn;
  b->sink_ctx = ctx;
  b->flushed = 0;
  b->sink_error = 0;
  if (fn && b->cap < TMC_BUF_SINK_CHUNK) {
    b->data = tmc_xrealloc(b->data, TMC_BUF_SINK_CHUNK);
    b->cap = TMC_BUF_SINK_CHUNK;
    b->data[b->len] = 0;
  }
}

int tmc_buf_flush(tmc_buf *b) {
  if (b->sink)
    drain(b);
  if (b->sink_error) {
    errno = b->sink_error;
    return -1;
  }
  return 0;
}

size_t tmc_buf_total(const tmc_buf *b) {
  return b->flushed + b->len;
}

/* ---- strings -------------------------------------------------------------- */

/* perf30: tolower in the C locale tmc runs in (it never calls setlocale):
 * 'A'..'Z' lower-cased, every other byte as it is, without a call. */
static unsigned char fold_ascii(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

bool tmc_streq_nocase(const char *a, const char *b) {
  if (!a || !b)
    return false;
  /* Equal bytes need no folding; NUL folds only to itself, so a text
   * ending first differs there. */
  for (;; a++, b++) {
    unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
    if (x != y) {
      if (fold_ascii(x) != fold_ascii(y))
        return false;
    } else if (!x) {
      return true;
    }
  }
}

static bool is_word_char(unsigned char c) {
  return isalnum(c) || c >= 0x80;
}

bool tmc_has_word(const char *text, const char *word) {
  if (!text || !word || !*word)
    return false;
  size_t wn = strlen(word);
  for (const char *p = text; *p; p++) {
    if (p != text && is_word_char((unsigned char)p[-1]))
      continue;
    size_t i = 0;
    while (i < wn && p[i] &&
           tolower((unsigned char)p[i]) == tolower((unsigned char)word[i]))
      i++;
    if (i == wn && !is_word_char((unsigned char)p[wn]))
      return true;
  }
  return false;
}

char *tmc_trim(char *s) {
  while (*s && isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    s[--n] = 0;
  return s;
}

/* Length of the valid UTF-8 sequence at p (at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n) {
  unsigned c = p[0];
  size_t len;
  unsigned min;
  if (c < 0x80)
    return 1;
  else if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, c &= 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, c &= 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, c &= 0x07;
  else
    return 0;
  if (len > n)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((p[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  return len;
}

/* The code point of the valid sequence of length l at p. */
static unsigned decode(const unsigned char *p, size_t l) {
  if (l == 1)
    return p[0];
  unsigned c = p[0] & (l == 2 ? 0x1F : l == 3 ? 0x0F : 0x07);
  for (size_t i = 1; i < l; i++)
    c = (c << 6) | (p[i] & 0x3F);
  return c;
}

#include "nfc_table.h"

/* The canonical composition of a and the mark b (NFC's pairs: "g" and
 * U+0307 make "ġ"; a Hangul jamo pair makes a syllable), else 0. */
static unsigned nfc_compose(unsigned a, unsigned b) {
  if (a >= 0x1100 && a <= 0x1112 && b >= 0x1161 && b <= 0x1175)
    return 0xAC00 + ((a - 0x1100) * 21 + (b - 0x1161)) * 28;
  if (a >= 0xAC00 && a <= 0xD7A3 && (a - 0xAC00) % 28 == 0 && b >= 0x11A8 && b <= 0x11C2)
    return a + (b - 0x11A7);
  size_t lo = 0, hi = sizeof nfc_pairs / sizeof *nfc_pairs;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const struct nfc_pair *q = &nfc_pairs[mid];
    if (q->first == a && q->mark == b)
      return q->composite;
    if (q->first < a || (q->first == a && q->mark < b))
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

size_t tmc_utf8_put(char *out, unsigned c) {
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | c >> 6);
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | c >> 12);
    out[1] = (char)(0x80 | (c >> 6 & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | c >> 18);
  out[1] = (char)(0x80 | (c >> 12 & 0x3F));
  out[2] = (char)(0x80 | (c >> 6 & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

void tmc_text_compose(char *s) {
  if (!s)
    return;
  size_t n = strlen(s), o = 0, st = SIZE_MAX; /* st: the last starter's offset in out */
  unsigned sc = 0;                            /* ... and its code point */
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) { /* ASCII: a starter, the common case */
      st = o, sc = p[i];
      s[o++] = s[i++];
      continue;
    }
    size_t l = utf8_len(p + i, n - i);
    if (!l) { /* invalid: copied, and nothing composes across it */
      s[o++] = s[i++];
      st = SIZE_MAX;
      continue;
    }
    unsigned c = decode(p + i, l), k = st != SIZE_MAX ? nfc_compose(sc, c) : 0;
    if (k) { /* the written starter becomes the composite: never longer */
      o = st + tmc_utf8_put(s + st, k);
      sc = k;
    } else {
      /* a mark that does not compose keeps later marks from composing
       * with the starter (NFC would reorder them first: rare) */
      bool mark = (c >= 0x0300 && c <= 0x036F) || (c >= 0x3099 && c <= 0x309A) ||
                  (c >= 0x1161 && c <= 0x11C2);
      memmove(s + o, s + i, l);
      if (mark)
        st = SIZE_MAX;
      else
        st = o, sc = c;
      o += l;
    }
    i += l;
  }
  s[o] = 0;
}

char *tmc_text_clean(tmc_arena *a, const char *s, size_t n) {
  if (!s)
    return NULL;
  /* Worst case every byte becomes the 3-byte replacement character. */
  char *out = tmc_arena_alloc(a, n * 3 + 1);
  size_t o = 0;
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    size_t l = utf8_len(p + i, n - i);
    if (l == 0) {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    } else if (l == 1) {
      unsigned char c = p[i++];
      out[o++] = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? ' ' : (char)c;
    } else {
      memcpy(out + o, p + i, l);
      o += l;
      i += l;
    }
  }
  out[o] = 0;
  tmc_text_compose(out);
  return out;
}

/* What a repaired string may not hold besides invalid UTF-8: C0 controls but
 * tab and newline, DEL, C1 controls, the line and paragraph separators, and
 * the bidirectional controls that reorder what a reader sees ("Trojan
 * Source"). Returns the replacement (a space or U+FFFD), or 0 to keep cp. */
static unsigned bad_cp(unsigned cp) {
  if ((cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) ||
      cp == 0x2028 || cp == 0x2029)
    return ' ';
  if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
      cp == 0x200F || cp == 0x061C)
    return 0xFFFD;
  return 0;
}

size_t tmc_utf8_next(const char *p, size_t n, unsigned *cp, bool *unsafe) {
  const unsigned char *u = (const unsigned char *)p;
  size_t l = n ? utf8_len(u, n) : 0;
  *cp = l ? decode(u, l) : 0;
  *unsafe = l && bad_cp(*cp) != 0;
  return l;
}

bool tmc_text_is_clean(const char *s) {
  if (!s)
    return true;
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    if (p[i] >= 0x20 && p[i] < 0x7F) { /* printable ASCII, the common case */
      i++;
      continue;
    }
    size_t l = utf8_len(p + i, n - i);
    if (l == 0 || bad_cp(decode(p + i, l)))
      return false;
    i += l;
  }
  return true;
}

const char *tmc_text_repair(tmc_arena *a, const char *s) {
  if (tmc_text_is_clean(s))
    return s;
  size_t n = strlen(s);
  char *out = tmc_arena_alloc(a, n * 3 + 1); /* each byte becomes at most U+FFFD */
  size_t o = 0;
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    size_t l = utf8_len(p + i, n - i);
    unsigned r = l ? bad_cp(decode(p + i, l)) : 0xFFFD;
    if (r == ' ')
      out[o++] = ' ';
    else if (r) {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
    } else {
      memcpy(out + o, p + i, l);
      o += l;
    }
    i += l ? l : 1;
  }
  out[o] = 0;
  return out;
}

/* ---- pointer map ------------------------------------------------------------ */

static uint32_t ptrmap_slot(const void *p, uint32_t mask) {
  return (uint32_t)(((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

static void ptrmap_put(const void **key, uint32_t *val, uint32_t mask, const void *k,
                       uint32_t v) {
  uint32_t h = ptrmap_slot(k, mask);
  while (key[h])
    h = (h + 1) & mask;
  key[h] = k;
  val[h] = v;
}

const uint32_t *tmc_ptrmap_find(const tmc_ptrmap *m, const void *key) {
  if (!m->cap)
    return NULL;
  uint32_t mask = m->cap - 1, h = ptrmap_slot(key, mask);
  while (m->key[h] && m->key[h] != key)
    h = (h + 1) & mask;
  return m->key[h] ? &m->val[h] : NULL;
}

uint32_t *tmc_ptrmap_at(tmc_ptrmap *m, const void *key, bool *added) {
  uint32_t *v = (uint32_t *)tmc_ptrmap_find(m, key);
  if (added)
    *added = !v;
  if (v)
    return v;
  if (2 * (m->n + 1) > m->cap) { /* keep it at most half full */
    uint32_t ncap = m->cap ? m->cap * 2 : 64;
    const void **nk = tmc_xcalloc(ncap, sizeof *nk);
    uint32_t *nv = tmc_xcalloc(ncap, sizeof *nv);
    for (uint32_t i = 0; i < m->cap; i++)
      if (m->key[i])
        ptrmap_put(nk, nv, ncap - 1, m->key[i], m->val[i]);
    free(m->key);
    free(m->val);
    m->key = nk, m->val = nv, m->cap = ncap;
  }
  ptrmap_put(m->key, m->val, m->cap - 1, key, 0);
  m->n++;
  return (uint32_t *)tmc_ptrmap_find(m, key);
}

void tmc_ptrmap_free(tmc_ptrmap *m) {
  free(m->key);
  free(m->val);
  *m = (tmc_ptrmap)TMC_PTRMAP_INIT;
}

uint64_t tmc_hash64(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

static int cmp_setting(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void tmc_buf_style_sorted(tmc_buf *b, const char *style) {
  if (!style)
    return;
  char *s = tmc_xstrdup(style);
  const char *part[64];
  size_t n = 0;
  for (char *t = s; *t && n < 64;) {
    char *end = strchr(t, ';');
    if (end)
      *end = 0;
    if (*t)
      part[n++] = t;
    if (!end)
      break;
    t = end + 1;
  }
  qsort(part, n, sizeof *part, cmp_setting);
  for (size_t k = 0; k < n; k++)
    tmc_buf_printf(b, "%s;", part[k]);
  free(s);
}
