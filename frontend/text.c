/* text.c - reducing labels to plain text. HTML goes through libxml2's HTML
 * parser, which never loads anything; the tree is walked with an explicit
 * stack so a deeply nested label cannot exhaust ours. */
#include "frontend/text.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <strings.h>

static bool is_block(const char *name) {
  static const char *blocks[] = {"br", "p",  "div", "tr", "td", "th", "li", "table",
                                 "h1", "h2", "h3",  "h4", "h5", "h6", "hr", "font"};
  for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
    if (strcasecmp(name, blocks[i]) == 0)
      return true;
  return false;
}

/* b32b: the invisible marks that only steer how a bidirectional line is
 * laid out: U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK (Persian,
 * Arabic and Hebrew labels put them at a label's start and around a Latin
 * product name: "\u200f...\u200eONNX\u200e"), U+061C ARABIC LETTER MARK.
 * They reorder nothing a reader could be misled by (the embeddings,
 * overrides and isolates that can are repaired to U+FFFD at the front
 * ends' door) and a label reads the same without them: dropped, so its
 * words are the words written. The length of the mark at p, else 0. */
static size_t bidi_mark(const unsigned char *p) {
  if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8E || p[2] == 0x8F))
    return 3;
  if (p[0] == 0xD8 && p[1] == 0x9C)
    return 2;
  return 0;
}

/* b35a: the zero-width characters U+200B ZERO WIDTH SPACE, U+200C ZERO
 * WIDTH NON-JOINER, U+200D ZERO WIDTH JOINER, U+2060 WORD JOINER and U+FEFF:
 * the length of the one at p, else 0. */
static size_t zero_width(const unsigned char *p) {
  if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x8B && p[2] <= 0x8D)
    return 3;
  if ((p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0xA0) ||
      (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF))
    return 3;
  return 0;
}

/* b35a: a letter (or mark) of a script whose writers type zero-width
 * characters inside and between words only to steer line breaking or
 * glyph shaping: the scripts written without spaces between words (Thai,
 * Lao, Tibetan, Myanmar, Khmer, Chinese, Japanese) and the Indic scripts
 * (Devanagari .. Sinhala), where a joiner or non-joiner picks a conjunct's
 * form. Khmer and Burmese keyboards put U+200B between words as they are
 * typed ("ថត<U+200B>ឯកសារ"), Indic ones U+200D and U+200C inside them; the
 * word is the same word without them. Not Arabic script: the Persian
 * non-joiner parts a compound (the lexicon reads it, b32b). */
static bool hinted_script(unsigned c) {
  return (c >= 0x0900 && c <= 0x0DFF) || (c >= 0x0E00 && c <= 0x0FFF) ||
         (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF) ||
         (c >= 0x19E0 && c <= 0x19FF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF);
}

/* The code point of the character ending s[0..n) (0 when none). */
static unsigned char_before(const char *s, size_t n) {
  size_t b = n;
  while (b && n - b < 4 && ((unsigned char)s[b - 1] & 0xC0) == 0x80)
    b--;
  if (!b)
    return 0;
  unsigned cp;
  bool unsafe;
  return tmc_utf8_next(s + b - 1, n - b + 1, &cp, &unsafe) ? cp : 0;
}

/* Is the zero-width character at p (m bytes) between two letters of a
 * hinted script (out[0..o) written so far)? Then it is dropped: the
 * catalogs' words are written without it, as most people type them. When
 * it is, *run_end is set past the run of zero-width characters it starts:
 * the rest of the run is dropped alike without being read again, so a long
 * run stays linear. */
static uint64_t zero_width_reads;

uint64_t tmc_text_zero_width_work(void) {
  return zero_width_reads;
}

static bool hint_between(const char *out, size_t o, const char *p, size_t m,
                         const char **run_end) {
  if (!hinted_script(char_before(out, o)))
    return false;
  const char *q = p + m;
  size_t k;
  while ((k = zero_width((const unsigned char *)q)) != 0) /* a run of them */
    q += k, zero_width_reads++;
  unsigned cp;
  bool unsafe;
  if (!tmc_utf8_next(q, strnlen(q, 4), &cp, &unsafe) || !hinted_script(cp))
    return false;
  *run_end = q;
  return true;
}

/* Collapses whitespace, repairs UTF-8, drops bidi marks and the zero-width
 * characters typed between letters of a hinted script, cuts at max
 * (setting *cut). */
static const char *finish(tmc_arena *a, const char *s, size_t n, uint32_t max,
                          bool *cut) {
  char *clean = tmc_text_clean(a, s, n);
  char *out = clean;
  size_t o = 0;
  bool space = true;             /* drop leading space */
  const char *zw_run_end = NULL; /* a run of zero-width characters being dropped */
  for (const char *p = clean; *p; p++) {
    unsigned char c = (unsigned char)*p;
    size_t m = c >= 0xD8 ? bidi_mark((const unsigned char *)p) : 0;
    if (m) {
      p += m - 1;
      continue;
    }
    m = c == 0xE2 || c == 0xEF ? zero_width((const unsigned char *)p) : 0;
    if (m &&
        ((zw_run_end && p < zw_run_end) || hint_between(out, o, p, m, &zw_run_end))) {
      p += m - 1;
      continue;
    }
    /* U+00A0 no-break space counts as space too. */
    if (c == 0xC2 && (unsigned char)p[1] == 0xA0) {
      p++;
      c = ' ';
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!space)
        out[o++] = ' ';
      space = true;
    } else {
      out[o++] = (char)c;
      space = false;
    }
  }
  while (o && out[o - 1] == ' ')
    o--;
  out[o] = 0;
  if (max && o > max) {
    if (cut)
      *cut = true;
    size_t at = max;
    while (at && ((unsigned char)out[at] & 0xC0) == 0x80)
      at--;
    char *t = tmc_arena_alloc(a, at + 4);
    memcpy(t, out, at);
    memcpy(t + at, "\xE2\x80\xA6", 4);
    return t;
  }
  return out;
}

/* An HTML label parsed as a document (NULL when libxml2 gives none), for
 * html_text and html_lines alike: wrapped so a fragment parses as one body
 * (the parser copes with the rest), never loading anything. */
static htmlDocPtr parse_fragment(const char *s) {
  tmc_buf in = TMC_BUF_INIT;
  tmc_buf_puts(&in, "<html><body>");
  tmc_buf_puts(&in, s);
  tmc_buf_puts(&in, "</body></html>");
  htmlDocPtr doc = htmlReadMemory(in.data, (int)in.len, NULL, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  tmc_buf_free(&in);
  return doc;
}

/* find29: struck-through text (<s>, <strike>, <del>) is what the drawer
 * crossed out ("<S>SSO</S> 4-digit PIN": no SSO any more), no claim about
 * the system: it is left out of the label's text. */
static bool struck(const char *name) {
  return strcasecmp(name, "s") == 0 || strcasecmp(name, "strike") == 0 ||
         strcasecmp(name, "del") == 0;
}

static void html_text(tmc_buf *b, const char *s) {
  htmlDocPtr doc = parse_fragment(s);
  if (!doc) {
    tmc_buf_puts(b, s);
    return;
  }
  xmlNodePtr *stack = NULL;
  uint32_t n = 0, cap = 0;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (root)
    *TMC_PUSH(stack, n, cap) = root;
  while (n) {
    xmlNodePtr node = stack[--n];
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content)
        tmc_buf_puts(b, (const char *)node->content);
    } else if (node->type == XML_ELEMENT_NODE) {
      if (is_block((const char *)node->name) || struck((const char *)node->name))
        tmc_buf_putc(b, ' ');
      if (struck((const char *)node->name))
        continue;
      /* Push children in reverse so they pop in document order. */
      xmlNodePtr last = node->children;
      while (last && last->next)
        last = last->next;
      for (xmlNodePtr c = last; c; c = c->prev)
        *TMC_PUSH(stack, n, cap) = c;
      continue;
    }
  }
  free(stack);
  xmlFreeDoc(doc);
}

const char *tmc_text_plain(tmc_arena *a, const char *s, bool html, uint32_t max,
                           bool *cut) {
  if (!s)
    return "";
  if (!html || (!strchr(s, '<') && !strchr(s, '&')))
    return finish(a, s, strlen(s), max, cut);
  tmc_buf b = TMC_BUF_INIT;
  html_text(&b, s);
  const char *r = finish(a, b.data ? b.data : "", b.len, max, cut);
  tmc_buf_free(&b);
  return r;
}

/* ---- name lines ------------------------------------------------------------ */

/* Does an element end a line where it starts ("<br>", "<div>", "<tr>")? Cells
 * (td, th) and fonts only space words within a line. */
static bool breaks_line(const char *name) {
  static const char *lines[] = {"br", "p",  "div", "tr", "li", "table", "ul", "ol",
                                "h1", "h2", "h3",  "h4", "h5", "h6",    "hr"};
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
    if (strcasecmp(name, lines[i]) == 0)
      return true;
  return false;
}

/* Is a text node set in bold: a b or strong element among its nearest
 * ancestors (a bounded walk: a hostile label may nest deeply)? */
static bool in_bold(xmlNodePtr n) {
  for (int depth = 0; n && depth < 16; n = n->parent, depth++)
    if (n->type == XML_ELEMENT_NODE && (strcasecmp((const char *)n->name, "b") == 0 ||
                                        strcasecmp((const char *)n->name, "strong") == 0))
      return true;
  return false;
}

static bool blank(const char *s) {
  for (; *s; s++)
    if (!isspace((unsigned char)*s))
      return false;
  return true;
}

/* An HTML label's text into b with its line breaks as '\n': newlines in
 * the text are line breaks only with newlines_break (draw.io draws them;
 * Graphviz's HTML-like labels take them for spaces). A bold run the label
 * starts with ends a line where plain text follows it ("<b>Name</b> more"):
 * the bold part is the name. */
static void html_lines(tmc_buf *b, const char *s, bool newlines_break) {
  htmlDocPtr doc = parse_fragment(s);
  if (!doc)
    return;
  /* Each element is pushed twice: to enter it, and (below its children) to
   * leave it, since a block's end breaks the line as its start does. */
  struct visit {
    xmlNodePtr node;
    bool leave;
  } *stack = NULL;
  uint32_t n = 0, cap = 0;
  int lead = -1; /* the first text's boldness: -1 none seen, 0 plain, 1 bold */
  bool lead_ended = false;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (root)
    *TMC_PUSH(stack, n, cap) = (struct visit){root, false};
  while (n) {
    struct visit v = stack[--n];
    xmlNodePtr node = v.node;
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      const char *t = (const char *)node->content;
      if (!t || blank(t)) {
        if (t)
          tmc_buf_putc(b, ' ');
        continue;
      }
      if (lead < 0)
        lead = in_bold(node);
      else if (lead == 1 && !lead_ended && !in_bold(node)) {
        tmc_buf_putc(b, '\n');
        lead_ended = true;
      }
      for (; *t; t++)
        tmc_buf_putc(b, *t == '\n' && !newlines_break ? ' ' : *t);
    } else if (node->type == XML_ELEMENT_NODE) {
      bool brk = breaks_line((const char *)node->name);
      tmc_buf_putc(b, brk ? '\n' : ' ');
      if (brk && lead >= 0)
        lead_ended = true;
      if (v.leave || struck((const char *)node->name))
        continue;
      *TMC_PUSH(stack, n, cap) = (struct visit){node, true};
      xmlNodePtr last = node->children;
      while (last && last->next)
        last = last->next;
      for (xmlNodePtr c = last; c; c = c->prev)
        *TMC_PUSH(stack, n, cap) = (struct visit){c, false};
    }
  }
  free(stack);
  xmlFreeDoc(doc);
}

/* Is a whole line a UML stereotype: "«name»" or "<<name>>", one or two
 * words inside? */
static bool stereotype(const char *l) {
  size_t n = strlen(l), words = 1;
  const char *in = NULL;
  size_t len = 0;
  if (n > 4 && memcmp(l, "\xc2\xab", 2) == 0 && memcmp(l + n - 2, "\xc2\xbb", 2) == 0)
    in = l + 2, len = n - 4;
  else if (n > 4 && memcmp(l, "<<", 2) == 0 && memcmp(l + n - 2, ">>", 2) == 0)
    in = l + 2, len = n - 4;
  if (!in || len > 40)
    return false;
  for (size_t i = 0; i < len; i++) {
    if (in[i] == ' ')
      words++;
    if (in[i] == '<' || in[i] == '>' ||
        (in[i] == '\xc2' && i + 1 < len && (in[i + 1] == '\xab' || in[i + 1] == '\xbb')))
      return false;
  }
  return words <= 2;
}

/* The first non-empty line of s[0..n) ('\n' ends lines), cleaned as
 * tmc_text_plain cleans, when text follows on a later line, with the later
 * non-empty lines (cleaned, one per line) into *detail; else NULL (and
 * *detail NULL). */
static const char *first_of_lines(tmc_arena *a, const char *s, size_t n, uint32_t max,
                                  const char **detail) {
  const char *end = s + n, *name = NULL;
  tmc_buf rest = TMC_BUF_INIT;
  *detail = NULL;
  for (const char *p = s; p < end;) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    const char *line = finish(a, p, (size_t)(e - p), max, NULL);
    if (*line && name) {
      if (rest.len)
        tmc_buf_putc(&rest, '\n');
      tmc_buf_puts(&rest, line);
    } else if (*line && stereotype(line) && nl) {
      /* fe25: UML's stereotype line over the name ("«artifact»" then
       * "secrets.toml") says what sort of thing it is, not its name: it
       * heads the details and the next line is the name. */
      if (rest.len)
        tmc_buf_putc(&rest, '\n');
      tmc_buf_puts(&rest, line);
    } else if (*line)
      name = line;
    p = nl ? nl + 1 : end;
  }
  if (!name) {
    tmc_buf_free(&rest);
    return NULL;
  }
  if (rest.len)
    *detail = tmc_arena_strdup(a, rest.data);
  tmc_buf_free(&rest);
  return *detail ? name : NULL;
}

const char *tmc_text_name_line(tmc_arena *a, const char *s, bool html,
                               bool newlines_break, uint32_t max, const char **detail) {
  *detail = NULL;
  if (!s)
    return NULL;
  if (!html || (!strchr(s, '<') && !strchr(s, '&')))
    return html && !newlines_break ? NULL : first_of_lines(a, s, strlen(s), max, detail);
  tmc_buf b = TMC_BUF_INIT;
  html_lines(&b, s, newlines_break);
  const char *r = b.data ? first_of_lines(a, b.data, b.len, max, detail) : NULL;
  tmc_buf_free(&b);
  return r;
}

/* DOT's escapes expanded into b: \n, \l and \r end a line (written as
 * `brk`), \N \G \E \T \H stand for the names in nm (each NULL: the
 * object's name, nm->name), any other escaped character is itself. Where
 * lines are kept (brk is a newline), a raw carriage return ends a line too. */
typedef struct dot_names {
  const char *name; /* the object's name: \N, and the rest by default */
  const char *graph, *edge, *tail, *head; /* \G \E \T \H when set */
} dot_names;

static void dot_unescape(tmc_buf *b, const char *s, const dot_names *nm, char brk) {
  const char *name = nm->name ? nm->name : "";
  for (const char *p = s; *p; p++) {
    if (*p != '\\' || !p[1]) {
      tmc_buf_putc(b, brk == '\n' && *p == '\r' ? '\n' : *p);
      continue;
    }
    p++;
    switch (*p) {
    case 'n':
    case 'l':
    case 'r':
      tmc_buf_putc(b, brk);
      break;
    case 'N':
      tmc_buf_puts(b, name);
      break;
    case 'G':
      tmc_buf_puts(b, nm->graph ? nm->graph : name);
      break;
    case 'E':
      tmc_buf_puts(b, nm->edge ? nm->edge : name);
      break;
    case 'T':
      tmc_buf_puts(b, nm->tail ? nm->tail : name);
      break;
    case 'H':
      tmc_buf_puts(b, nm->head ? nm->head : name);
      break;
    default:
      tmc_buf_putc(b, *p);
    }
  }
}

/* b32b: the code point of the character reference at p ("&#x200C;",
 * "&#228;", "&amp;", "&auml;"), with its length in *len; 0 when p starts
 * none. As Graphviz reads them (htmlEntity): up to six hex or seven decimal
 * digits, or an HTML 4 entity name (case matters), then ';'. A reference to
 * no character (0, a surrogate, past U+10FFFF) is none: its text stays. */
static unsigned char_ref(const char *p, size_t *len) {
  unsigned cp = 0;
  size_t i = 1;
  if (p[1] == '#') {
    bool hex = p[2] == 'x' || p[2] == 'X';
    size_t from = hex ? 3 : 2, most = hex ? 6 : 7;
    for (i = from; i - from < most; i++) {
      unsigned char c = (unsigned char)p[i];
      int d = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0)
        break;
      cp = cp * (hex ? 16u : 10u) + (unsigned)d;
    }
    if (i == from || p[i] != ';' || cp == 0 || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
  } else {
    char name[16];
    while (i < sizeof name && isalnum((unsigned char)p[i]))
      i++;
    if (i == 1 || i == sizeof name || p[i] != ';')
      return 0;
    memcpy(name, p + 1, i - 1);
    name[i - 1] = 0;
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    if (!e)
      return 0;
    cp = e->value;
  }
  *len = i + 1;
  return cp;
}

/* b's text with its character references decoded, as Graphviz decodes them
 * in every label that is not HTML-like (htmlEntityUTF8) before it breaks
 * lines: "گواهی&#x200C;نامه" is drawn, and read, with the non-joiner it
 * names. In place: a reference is never shorter than its UTF-8. */
static void decode_refs(tmc_buf *b) {
  if (!b->data || !memchr(b->data, '&', b->len))
    return;
  size_t o = 0;
  for (size_t i = 0; i < b->len;) {
    size_t n = 0;
    unsigned cp = b->data[i] == '&' ? char_ref(b->data + i, &n) : 0;
    if (!cp) {
      b->data[o++] = b->data[i++];
      continue;
    }
    o += tmc_utf8_put(b->data + o, cp);
    i += n;
  }
  b->len = o;
  b->data[o] = 0;
}

const char *tmc_text_dot_name_line(tmc_arena *a, const char *s, const char *name,
                                   uint32_t max, const char **detail) {
  tmc_buf b = TMC_BUF_INIT;
  dot_unescape(&b, s, &(dot_names){.name = name}, '\n');
  decode_refs(&b);
  const char *r = b.data ? first_of_lines(a, b.data, b.len, max, detail) : NULL;
  tmc_buf_free(&b);
  return r;
}

const char *tmc_text_dot_escapes(tmc_arena *a, const char *s, const char *name,
                                 uint32_t max, bool *cut) {
  tmc_buf b = TMC_BUF_INIT;
  dot_unescape(&b, s, &(dot_names){.name = name}, ' ');
  decode_refs(&b);
  const char *r = finish(a, b.data ? b.data : "", b.len, max, cut);
  tmc_buf_free(&b);
  return r;
}

const char *tmc_text_dot_edge_escapes(tmc_arena *a, const char *s, const char *graph,
                                      const char *tail, const char *head, bool directed,
                                      uint32_t max, bool *cut) {
  tmc_buf b = TMC_BUF_INIT;
  char *edge = tmc_arena_printf(a, "%s%s%s", tail, directed ? "->" : "--", head);
  dot_unescape(
      &b, s,
      &(dot_names){.name = "", .graph = graph, .edge = edge, .tail = tail, .head = head},
      ' ');
  decode_refs(&b);
  const char *r = finish(a, b.data ? b.data : "", b.len, max, cut);
  tmc_buf_free(&b);
  return r;
}
