/* drawio_embed.c - draw.io's editable exports, common in READMEs: a
 * .drawio.svg carries the diagram in the root <svg>'s `content` attribute
 * (the mxfile XML, escaped as an attribute value); a .drawio.png in a PNG
 * text chunk keyed `mxfile` (tEXt, URL-encoded) or, from older exports,
 * `mxGraphModel`, possibly compressed (zTXt, iTXt).
 *
 * The one idea: find the embedded draw.io text, with the same limits as any
 * input, and hand it to the draw.io reader (drawio.c); then point every
 * location it recorded at where the diagram sits in the export (the <svg>
 * element's line; a PNG has no lines), so diagnostics name the file the
 * author has. No DTD is loaded, no entity declared in the file expanded, no
 * network used; a compressed chunk inflates within --max-inflated, and what
 * it uses is taken from the budget of the pages inside. */
#include <libxml/xmlreader.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "frontend/frontend.h"

/* ---- sniffing ----------------------------------------------------------------- */

static bool has_at(const char *s, size_t n, size_t i, const char *lit) {
  size_t l = strlen(lit);
  return i <= n && n - i >= l && memcmp(s + i, lit, l) == 0;
}

/* Where the root element starts: past a BOM, blank space, the XML
 * declaration, comments and a DOCTYPE (draw.io's SVG names SVG 1.1's). */
static size_t root_start(const char *s, size_t n) {
  size_t i = has_at(s, n, 0, "\xEF\xBB\xBF") ? 3 : 0;
  for (;;) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
      i++;
    const char *close = has_at(s, n, i, "<?")          ? "?>"
                        : has_at(s, n, i, "<!--")      ? "-->"
                        : has_at(s, n, i, "<!DOCTYPE") ? ">"
                                                       : NULL;
    if (!close)
      return i;
    const char *e = NULL;
    for (size_t k = i + 2; !e && k < n; k++)
      if (has_at(s, n, k, close))
        e = s + k;
    if (!e)
      return n;
    i = (size_t)(e - s) + strlen(close);
  }
}

int tmc_sniff_drawio_svg(const char *name, const char *s, size_t n) {
  (void)name;
  size_t i = root_start(s, n);
  if (!has_at(s, n, i, "<svg"))
    return 0;
  /* The content attribute comes first in draw.io's exports; look in the
   * root's start tag, bounded. */
  size_t end = n - i > 65536 ? i + 65536 : n;
  for (size_t k = i; k < end && s[k] != '>'; k++)
    if (has_at(s, end, k, "content=\"") || has_at(s, end, k, "content='"))
      return 100;
  return 60; /* an SVG: ours to refuse with a reason */
}

/* One PNG chunk: its type and data, bounds checked. */
typedef struct chunk {
  char type[5];
  const unsigned char *data;
  uint32_t len;
} chunk;

/* The chunk at *at, moving *at past it; false at the end or when the file is
 * cut short. */
static bool next_chunk(const char *s, size_t n, size_t *at, chunk *c) {
  if (n - *at < 12)
    return false;
  const unsigned char *p = (const unsigned char *)s + *at;
  uint32_t len = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
  if (len > n - *at - 12)
    return false;
  memcpy(c->type, p + 4, 4);
  c->type[4] = 0;
  c->data = p + 8;
  c->len = len;
  *at += 12 + (size_t)len;
  return true;
}

/* Whether a text chunk's keyword is draw.io's. */
static bool drawio_keyword(const chunk *c) {
  if (strcmp(c->type, "tEXt") != 0 && strcmp(c->type, "zTXt") != 0 &&
      strcmp(c->type, "iTXt") != 0)
    return false;
  const char *k = (const char *)c->data;
  size_t kl = strnlen(k, c->len);
  return kl < c->len && ((kl == 6 && memcmp(k, "mxfile", 6) == 0) ||
                         (kl == 12 && memcmp(k, "mxGraphModel", 12) == 0));
}

static bool png_magic(const char *s, size_t n) {
  return n >= 8 && memcmp(s, "\x89PNG\r\n\x1a\n", 8) == 0;
}

int tmc_sniff_drawio_png(const char *name, const char *s, size_t n) {
  (void)name;
  if (!png_magic(s, n))
    return 0;
  size_t at = 8;
  chunk c;
  while (next_chunk(s, n, &at, &c) && strcmp(c.type, "IEND") != 0)
    if (drawio_keyword(&c))
      return 100; /* before the plain PNG row, which refuses */
  return 0;
}

/* ---- the draw.io reader on the embedded text ----------------------------------- */

/* Points every location the draw.io reader recorded at `line` of the
 * export (0 for a PNG: the file, no line): the embedded text's own lines
 * are not lines of the file the author has. Diagnostics added to d from
 * index `from` on likewise, each saying the line inside the embedded
 * diagram it was at ("(line 12 of the embedded diagram)"), which a reader
 * finds by opening the diagram in draw.io's Extras > Edit Diagram. */
static void unplace(tmc_props *p) {
  for (uint32_t k = 0; k < p->n; k++)
    p->v[k].line = p->v[k].key_col = p->v[k].value_col = 0;
}

static void relocate(tmc_ir *ir, tmc_diags *d, uint32_t from, uint32_t line) {
  for (uint32_t i = 0; i < ir->n_pages; i++)
    ir->pages[i].loc = (tmc_loc){ir->file, line, 0};
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    ir->elements[i].loc = (tmc_loc){ir->file, line, 0};
    unplace(&ir->elements[i].props);
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    ir->flows[i].loc = (tmc_loc){ir->file, line, 0};
    unplace(&ir->flows[i].props);
  }
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    ir->boundaries[i].loc = (tmc_loc){ir->file, line, 0};
    unplace(&ir->boundaries[i].props);
  }
  for (uint32_t i = from; i < d->n; i++) {
    tmc_diag *x = &d->v[i];
    if (!x->loc.file || strcmp(x->loc.file, ir->file) != 0)
      continue;
    if (x->loc.line) {
#define INSIDE "%s (line %u of the embedded diagram)"
      int n = snprintf(NULL, 0, INSIDE, x->msg, x->loc.line);
      char *m = tmc_xmalloc((size_t)n + 1);
      snprintf(m, (size_t)n + 1, INSIDE, x->msg, x->loc.line);
#undef INSIDE
      free(x->msg);
      x->msg = m;
    }
    x->loc.line = line, x->loc.col = 0;
  }
}

static int read_embedded(tmc_ir *ir, const char *text, size_t len, uint32_t line,
                         const tmc_frontend_opts *opts, tmc_diags *d) {
  uint32_t from = d->n;
  int rc = tmc_drawio_parse(ir, text, len, opts, d);
  relocate(ir, d, from, line);
  return rc;
}

/* ---- .drawio.svg ---------------------------------------------------------------- */

/* Whether the text declares an entity or has a DOCTYPE with an internal
 * subset ('['); linear: each DOCTYPE is scanned once, to its '>'. */
static bool declares(const char *s, size_t n) {
  for (size_t k = 0; k + 1 < n; k++) {
    if (s[k] != '<' || s[k + 1] != '!')
      continue;
    if (has_at(s, n, k, "<!ENTITY"))
      return true;
    if (has_at(s, n, k, "<!DOCTYPE")) {
      size_t j = k + 9;
      for (; j < n && s[j] != '>'; j++)
        if (s[j] == '[')
          return true;
      k = j;
    }
  }
  return false;
}

int tmc_drawio_svg_parse(tmc_ir *ir, const char *data, size_t len,
                         const tmc_frontend_opts *opts, tmc_diags *d) {
  tmc_loc loc = {ir->file, 1, 0};
  size_t i = root_start(data, len);
  for (size_t k = 0; k < i; k++)
    loc.line += data[k] == '\n';
  /* A DOCTYPE may name SVG 1.1's DTD (never loaded); one that declares
   * anything of its own, or an entity anywhere, is refused. */
  if (declares(data, len)) {
    tmc_error(d, loc,
              "SVG with an internal DTD or ENTITY declaration; draw.io never writes one "
              "and tmc refuses them (no DTDs, no entities)");
    return -1;
  }
  if (len > INT_MAX) {
    tmc_error(d, loc, "SVG too large to parse");
    return -1;
  }
  int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  xmlTextReaderPtr r = xmlReaderForMemory(data, (int)len, NULL, NULL, flags);
  if (!r) {
    tmc_error(d, loc, "out of memory starting the XML parser");
    return -1;
  }
  int rc = -1;
  xmlChar *content = NULL;
  int got;
  while ((got = xmlTextReaderRead(r)) == 1 &&
         xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
    ;
  if (got != 1) {
    tmc_error(d, loc, "not a well-formed SVG: no root element");
    goto done;
  }
  /* loc.line is where the root's start tag begins (libxml2 would say where
   * it ends). */
  const xmlChar *root = xmlTextReaderConstLocalName(r);
  if (!root || strcmp((const char *)root, "svg") != 0) {
    tmc_error(d, loc, "not an SVG: the root element is <%s>",
              root ? (const char *)root : "?");
    goto done;
  }
  content = xmlTextReaderGetAttribute(r, (const xmlChar *)"content");
  const char *c = (const char *)content;
  while (c && (*c == ' ' || *c == '\t' || *c == '\r' || *c == '\n'))
    c++;
  if (!c || (strncmp(c, "<mxfile", 7) != 0 && strncmp(c, "<mxGraphModel", 13) != 0)) {
    tmc_error(d, loc,
              "this SVG image carries no draw.io diagram (no mxfile in its content "
              "attribute): export it from draw.io with \"Include a copy of my diagram\", "
              "or give tmc the .drawio file");
    goto done;
  }
  rc = read_embedded(ir, c, strlen(c), loc.line, opts, d);
done:
  xmlFree(content);
  xmlFreeTextReader(r);
  return rc;
}

/* ---- .drawio.png ---------------------------------------------------------------- */

/* zlib-inflates in into out, at most max bytes: 0, -2 past max, -1 bad data. */
static int inflate_zlib(tmc_buf *out, const unsigned char *in, size_t len, size_t max) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit(&z) != Z_OK)
    return -1;
  unsigned char buf[65536];
  int rc = 0;
  z.next_in = (unsigned char *)in;
  z.avail_in = (uInt)len;
  for (;;) {
    z.next_out = buf;
    z.avail_out = sizeof buf;
    int zr = inflate(&z, Z_NO_FLUSH);
    size_t got = sizeof buf - z.avail_out;
    if (out->len + got > max) {
      rc = -2;
      break;
    }
    tmc_buf_put(out, (const char *)buf, got);
    if (zr == Z_STREAM_END)
      break;
    if (zr != Z_OK && !(zr == Z_BUF_ERROR && got)) {
      rc = -1;
      break;
    }
  }
  inflateEnd(&z);
  return rc;
}

static int hexval(char c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

/* decodeURIComponent into out: %XX to a byte; anything else as it is. */
static void url_decode(tmc_buf *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int h, l;
    if (s[i] == '%' && i + 2 < n && (h = hexval(s[i + 1])) >= 0 &&
        (l = hexval(s[i + 2])) >= 0) {
      tmc_buf_putc(out, (char)(h * 16 + l));
      i += 2;
    } else
      tmc_buf_putc(out, s[i]);
  }
}

/* The text of a draw.io chunk into *text: tEXt as it is, zTXt and a
 * compressed iTXt inflated within *left bytes (which it takes from), then
 * URL-decoded when it is not XML yet. 0, or -1 after an error. */
static int chunk_text(const chunk *c, tmc_buf *text, size_t *left, size_t max,
                      tmc_loc loc, tmc_diags *d) {
  const unsigned char *p = c->data, *end = c->data + c->len;
  p += strnlen((const char *)p, c->len) + 1; /* past the keyword and its NUL */
  bool compressed = false;
  if (strcmp(c->type, "zTXt") == 0) {
    if (p >= end || *p != 0) {
      tmc_error(d, loc, "PNG chunk %s: unknown compression method", c->type);
      return -1;
    }
    p++, compressed = true;
  } else if (strcmp(c->type, "iTXt") == 0) {
    if (end - p < 2 || (p[0] && p[1] != 0)) {
      tmc_error(d, loc, "PNG chunk %s: bad compression fields", c->type);
      return -1;
    }
    compressed = p[0] != 0;
    p += 2;
    for (int skip = 0; skip < 2; skip++) { /* language tag, translated keyword */
      const unsigned char *z = memchr(p, 0, (size_t)(end - p));
      if (!z) {
        tmc_error(d, loc, "PNG chunk %s is cut short", c->type);
        return -1;
      }
      p = z + 1;
    }
  }
  tmc_buf raw = TMC_BUF_INIT;
  const char *s = (const char *)p;
  size_t n = (size_t)(end - p);
  if (compressed) {
    int zr = inflate_zlib(&raw, p, n, *left);
    if (zr == -2) {
      tmc_error(d, loc,
                "the diagram in PNG chunk %s inflates to more than %zu bytes (raise with "
                "--max-inflated)",
                c->type, max);
      tmc_buf_free(&raw);
      return -1;
    }
    if (zr < 0) {
      tmc_error(d, loc, "the diagram in PNG chunk %s is not valid zlib data", c->type);
      tmc_buf_free(&raw);
      return -1;
    }
    *left -= raw.len;
    s = raw.data ? raw.data : "";
    n = raw.len;
  }
  size_t k = 0;
  while (k < n && (s[k] == ' ' || s[k] == '\n' || s[k] == '\r' || s[k] == '\t'))
    k++;
  if (k < n && s[k] == '<')
    tmc_buf_put(text, s + k, n - k);
  else
    url_decode(text, s + k, n - k);
  tmc_buf_putc(text, 0);
  text->len--;
  tmc_buf_free(&raw);
  return 0;
}

int tmc_drawio_png_parse(tmc_ir *ir, const char *data, size_t len,
                         const tmc_frontend_opts *opts, tmc_diags *d) {
  tmc_loc loc = {ir->file, 0, 0};
  size_t at = 8;
  chunk c;
  bool found = false;
  while (png_magic(data, len) && next_chunk(data, len, &at, &c) &&
         strcmp(c.type, "IEND") != 0)
    if (drawio_keyword(&c)) {
      found = true;
      break;
    }
  if (!found) {
    tmc_error(d, loc,
              "this PNG image carries no draw.io diagram (no mxfile text chunk): export "
              "it from draw.io with \"Include a copy of my diagram\", or give tmc the "
              ".drawio file");
    return -1;
  }
  size_t left = opts->max_inflated;
  tmc_buf text = TMC_BUF_INIT;
  int rc = chunk_text(&c, &text, &left, opts->max_inflated, loc, d);
  if (rc == 0) {
    const char *t = text.data ? text.data : "";
    if (strncmp(t, "<mxfile", 7) != 0 && strncmp(t, "<mxGraphModel", 13) != 0) {
      tmc_error(d, loc, "PNG chunk %s holds no draw.io diagram (no <mxfile>)", c.type);
      rc = -1;
    } else {
      tmc_frontend_opts inner = *opts;
      inner.max_inflated = left ? left : 1; /* what the chunk left for the pages */
      rc = read_embedded(ir, t, text.len, 0, &inner, d);
    }
  }
  tmc_buf_free(&text);
  return rc;
}
