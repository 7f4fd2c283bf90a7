/* escape.c - escapers shared by the back ends. Each walks UTF-8 and repairs
 * what is invalid, so no back end can emit bytes a reader would choke on. */
#include "backends/escape.h"

#include <string.h>

/* Decodes one UTF-8 sequence at s; returns its length (0 at NUL), writes the
 * code point, or U+FFFD with length 1 for an invalid byte. */
static size_t next_cp(const unsigned char *s, unsigned *cp) {
  unsigned c = s[0];
  if (!c)
    return 0;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len;
  unsigned min;
  if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, c &= 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, c &= 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, c &= 0x07;
  else {
    *cp = 0xFFFD;
    return 1;
  }
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    c = (c << 6) | (s[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = c;
  return len;
}

static void put_cp(tmc_buf *b, unsigned cp) {
  char u[4];
  tmc_buf_put(b, u, tmc_utf8_put(u, cp));
}

/* perf30: 1 for the bytes tmc_json_str copies as they are (printable ASCII
 * but '"' and '\\'), so its run loop reads one table entry per byte instead
 * of four comparisons (it was about 1 % of a 100k run writing SARIF). */
static const unsigned char json_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 0x70 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x80 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x90 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xA0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xB0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xC0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xD0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xE0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0xF0 */
};

/* perf36: past the first 16 bytes (keys and short values end before them,
 * byte by byte through json_plain), eight bytes at a time while none of them
 * needs escaping (a byte below 0x20, '"', '\\', 0x7F or any byte from 0x80:
 * the bytes json_plain marks 0), then the table again for the rest; reads
 * stay inside the string, whose length strlen finds first. Each test below
 * is exact as a yes or no for the word ("does any byte ..."), which is all
 * the loop asks. */
static size_t __attribute__((noinline)) plain_len_long(const char *s) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  size_t n = strlen(s), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t quote = x ^ (ones * '"'), slash = x ^ (ones * '\\'), del = x ^ (ones * 0x7F);
    uint64_t hit = ((x - ones * 0x20) & ~x) /* a byte below 0x20 */
                   | x                      /* a byte from 0x80 */
                   | ((quote - ones) & ~quote) | ((slash - ones) & ~slash) |
                   ((del - ones) & ~del);
    if (hit & highs)
      break;
  }
  const unsigned char *p = (const unsigned char *)s + i;
  while (json_plain[*p])
    p++;
  return (size_t)(p - (const unsigned char *)s);
}

size_t tmc_json_plain_len(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  for (int k = 0; k < 16; k++, p++)
    if (!json_plain[*p])
      return (size_t)(p - (const unsigned char *)s);
  return 16 + plain_len_long((const char *)p);
}

void tmc_json_str(tmc_buf *b, const char *s) {
  if (!s) {
    tmc_buf_puts(b, "null");
    return;
  }
  /* perf33: a string copied whole (most keys and values) is one write of its
   * quotes and bytes when the buffer has room for them */
  size_t plain = tmc_json_plain_len(s);
  char *o = s[plain] ? NULL : tmc_buf_room(b, plain + 2);
  if (o) {
    o[0] = '"';
    memcpy(o + 1, s, plain);
    o[plain + 1] = '"';
    tmc_buf_commit(b, plain + 2);
    return;
  }
  const unsigned char *p = (const unsigned char *)s;
  tmc_buf_putc(b, '"');
  unsigned cp;
  size_t n;
  for (;;) {
    /* A run of printable ASCII other than '"' and '\\' is copied at once:
     * most of a SARIF report is such runs. */
    const unsigned char *q = p;
    while (json_plain[*q])
      q++;
    if (q > p) {
      tmc_buf_put(b, (const char *)p, (size_t)(q - p));
      p = q;
    }
    if ((n = next_cp(p, &cp)) == 0)
      break;
    p += n;
    switch (cp) {
    case '"':
      tmc_buf_puts(b, "\\\"");
      break;
    case '\\':
      tmc_buf_puts(b, "\\\\");
      break;
    case '\n':
      tmc_buf_puts(b, "\\n");
      break;
    case '\t':
      tmc_buf_puts(b, "\\t");
      break;
    case '\r':
      tmc_buf_puts(b, "\\r");
      break;
    default:
      /* U+2028/2029 are escaped too: JSON allows them, JavaScript did not. */
      if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)
        tmc_buf_printf(b, "\\u%04x", cp);
      else
        put_cp(b, cp);
    }
  }
  tmc_buf_putc(b, '"');
}

void tmc_xml_text(tmc_buf *b, const char *s) {
  if (!s)
    return;
  const unsigned char *p = (const unsigned char *)s;
  unsigned cp;
  size_t n;
  while ((n = next_cp(p, &cp)) > 0) {
    p += n;
    switch (cp) {
    case '&':
      tmc_buf_puts(b, "&amp;");
      break;
    case '<':
      tmc_buf_puts(b, "&lt;");
      break;
    case '>':
      tmc_buf_puts(b, "&gt;");
      break;
    case '"':
      tmc_buf_puts(b, "&quot;");
      break;
    case '\'':
      tmc_buf_puts(b, "&#39;");
      break;
    case '\n':
      tmc_buf_puts(b, "&#10;");
      break;
    default:
      /* XML 1.0 forbids most C0 controls and U+FFFE/FFFF. */
      if ((cp < 0x20 && cp != '\t') || cp == 0xFFFE || cp == 0xFFFF)
        tmc_buf_putc(b, ' ');
      else
        put_cp(b, cp);
    }
  }
}

/* Characters that render as nothing but reorder what a reader sees (the
 * "Trojan Source" trick): a label must not hide or reverse report text. */
static bool is_bidi_control(unsigned cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

static bool is_md_space(unsigned cp) {
  return cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

static bool is_alnum_ascii(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void tmc_md_text(tmc_buf *b, const char *s) {
  if (!s)
    return;
  const unsigned char *p = (const unsigned char *)s;
  unsigned cp;
  size_t n;
  bool any = false;                /* something was written: spaces are now inner */
  bool space = false;              /* a space is pending before the next character */
  bool digits_only = true;         /* everything written so far is ASCII digits */
  unsigned w1 = 0, w2 = 0, w3 = 0; /* the last three code points, for "www." */
  while (*p) {
    if (is_alnum_ascii(*p)) {
      /* A run of letters and digits needs no escape: copied at once, with
       * the state updated as the byte-by-byte path below would. */
      const unsigned char *q = p;
      while (is_alnum_ascii(*q))
        q++;
      if (space) {
        tmc_buf_putc(b, ' ');
        space = false;
        digits_only = false;
      }
      tmc_buf_put(b, (const char *)p, (size_t)(q - p));
      for (const unsigned char *r = q - p > 3 ? q - 3 : p; r < q; r++)
        w3 = w2, w2 = w1, w1 = *r;
      for (const unsigned char *r = p; r < q && digits_only; r++)
        digits_only = *r >= '0' && *r <= '9';
      any = true;
      p = q;
      continue;
    }
    n = next_cp(p, &cp);
    p += n;
    if (is_md_space(cp)) {
      space = any;
      continue;
    }
    if (space) {
      tmc_buf_putc(b, ' ');
      space = false;
      digits_only = false;
    }
    if (is_bidi_control(cp))
      cp = 0xFFFD;
    switch (cp) {
    case '<':
      tmc_buf_puts(b, "&lt;");
      break;
    case '>':
      tmc_buf_puts(b, "&gt;");
      break;
    case '&':
      tmc_buf_puts(b, "&amp;");
      break;
    case '@':
      tmc_buf_puts(b, "@\xE2\x81\xA0");
      break;
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '#':
    case '|':
    case '~':
    case ':':
    case '$':
      tmc_buf_putc(b, '\\');
      tmc_buf_putc(b, (char)cp);
      break;
    case '-':
    case '+':
    case '=':
      /* A list marker or setext underline only at the start of a line. */
      if (!any)
        tmc_buf_putc(b, '\\');
      tmc_buf_putc(b, (char)cp);
      break;
    case '.':
    case ')':
      /* "1." / "1)" would start an ordered list; "www." an autolink. */
      if ((any && digits_only) ||
          (cp == '.' && (w3 | 0x20) == 'w' && (w2 | 0x20) == 'w' && (w1 | 0x20) == 'w'))
        tmc_buf_putc(b, '\\');
      tmc_buf_putc(b, (char)cp);
      break;
    default:
      put_cp(b, cp);
    }
    if (cp < '0' || cp > '9')
      digits_only = false;
    any = true;
    w3 = w2, w2 = w1, w1 = cp;
  }
}
