/* text.c - reducing labels to plain text. HTML goes through libxml2's HTML
 * parser, which never loads anything; the tree is walked with an explicit
 * stack so a deeply nested label cannot exhaust ours. */
#include "frontend/text.h"

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

/* Collapses whitespace, repairs UTF-8, cuts at max (setting *cut). */
static const char *finish(tmc_arena *a, const char *s, size_t n, uint32_t max,
                          bool *cut) {
  char *clean = tmc_text_clean(a, s, n);
  char *out = clean;
  size_t o = 0;
  bool space = true; /* drop leading space */
  for (const char *p = clean; *p; p++) {
    unsigned char c = (unsigned char)*p;
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

static void html_text(tmc_buf *b, const char *s) {
  /* Wrap so fragments parse as one body; the parser copes with the rest. */
  tmc_buf in = TMC_BUF_INIT;
  tmc_buf_puts(&in, "<html><body>");
  tmc_buf_puts(&in, s);
  tmc_buf_puts(&in, "</body></html>");
  htmlDocPtr doc = htmlReadMemory(in.data, (int)in.len, NULL, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  tmc_buf_free(&in);
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
      if (is_block((const char *)node->name))
        tmc_buf_putc(b, ' ');
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

const char *tmc_text_dot_escapes(tmc_arena *a, const char *s, const char *name,
                                 uint32_t max, bool *cut) {
  tmc_buf b = TMC_BUF_INIT;
  for (const char *p = s; *p; p++) {
    if (*p != '\\' || !p[1]) {
      tmc_buf_putc(&b, *p);
      continue;
    }
    p++;
    switch (*p) {
    case 'n':
    case 'l':
    case 'r':
      tmc_buf_putc(&b, ' ');
      break;
    case 'N':
    case 'G':
    case 'E':
    case 'T':
    case 'H':
      tmc_buf_puts(&b, name ? name : "");
      break;
    default:
      tmc_buf_putc(&b, *p);
    }
  }
  const char *r = finish(a, b.data ? b.data : "", b.len, max, cut);
  tmc_buf_free(&b);
  return r;
}
