/* test_injection.c - the injection corpus (tests/injection/: DOT and draw.io
 * diagrams whose labels, ids, names and attributes try to become markup)
 * rendered with every implemented back end, and nothing escapes:
 *   - every text report is valid UTF-8 without controls, line separators or
 *     bidi overrides;
 *   - JSON and SARIF parse, hold no key a label injected, and every string
 *     that mentions a payload's marker holds the payload verbatim after
 *     unescaping (the JSON dump must hold every payload);
 *   - SVG parses with libxml2 (no DTD, no entities, no network) and has no
 *     script-capable element, event attribute, javascript: link, or element
 *     or attribute named from a label;
 *   - HTML parses with libxml2's HTML parser and has exactly one script (the
 *     page's own, no src, no label text in it), no event attribute, no
 *     embedding or label-named element, no javascript:/data: link, and
 *     shows every payload's marker as text (tests/script/html_browser.sh
 *     also clicks through it in Chromium);
 *   - Markdown holds no payload in its raw, live form (the GFM rendering
 *     check is tests/script/md_render.sh; this one covers the corpus here).
 * The checkers are tested on bad documents first, so they bite. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "backends/backends.h"
#include "frontend/frontend.h"
#include "catalog/catalog.h"
#include "ir_helpers.h"
#include "passes/passes.h"

/* Each payload as it must read after the front end (whitespace collapsed,
 * HTML labels reduced to text, U+2028 repaired to a space and bidi controls
 * to U+FFFD); its marker is the "evil-N" inside it. */
static const char *const payloads[] = {
    "<script>alert('evil-1')</script>",
    "<img src=x onerror=alert('evil-2')>",
    "[click](javascript:alert('evil-3'))",
    "![i](http://evil.example/evil-4.png)",
    "# evil-5 heading",
    "| evil-6 | cell |",
    "json \" quote \\ back evil-7",
    "]]><evil-8/><![CDATA[x",
    "line sep evil-9",
    "bidi \xEF\xBF\xBD"
    "evil-10\xEF\xBF\xBD over",
    "</text></svg><svg onload=alert('evil-11')>",
    "evil-12 <script>x</script>",
    "\"}, {\"injected\": \"evil-14\"",
    "<iframe src=//evil.example/evil-16>",
    "![x](javascript:alert('evil-17'))",
};
#define N_PAYLOADS (sizeof payloads / sizeof *payloads)

static const char *marker_of(const char *payload) {
  return strstr(payload, "evil-");
}

/* The raw attribute forms the IR keeps beside the label (props hold what the
 * author wrote: DOT escapes and HTML labels unreduced), also verbatim. */
static const char *const raw_forms[] = {
    "json \" quote \\\\ back evil-7",
    "<b>evil-12</b> &lt;script&gt;x&lt;/script&gt;",
};

static bool holds_payload(const char *s, const char *payload) {
  if (strstr(s, payload))
    return true;
  const char *m = marker_of(payload);
  for (size_t i = 0; i < sizeof raw_forms / sizeof *raw_forms; i++)
    if (strstr(raw_forms[i], m) && strstr(s, raw_forms[i]))
      return true;
  return false;
}

/* ---- generic text checks ----------------------------------------------------- */

/* NULL when s is valid UTF-8 without C0 controls (but tab, newline, CR), DEL,
 * C1 controls, U+2028/2029 or bidi controls; else what is wrong. */
static const char *text_problem(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned c = p[i], cp, len;
    if (c < 0x80) {
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F)
        return "a control character";
      i++;
      continue;
    }
    if ((c & 0xE0) == 0xC0)
      len = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0)
      len = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0)
      len = 4, cp = c & 0x07;
    else
      return "invalid UTF-8";
    if (i + len > n)
      return "truncated UTF-8";
    for (unsigned k = 1; k < len; k++) {
      if ((p[i + k] & 0xC0) != 0x80)
        return "invalid UTF-8";
      cp = cp << 6 | (p[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return "invalid UTF-8";
    if (cp >= 0x80 && cp <= 0x9F)
      return "a C1 control";
    if (cp == 0x2028 || cp == 0x2029)
      return "a line separator";
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
        cp == 0x200E || cp == 0x200F || cp == 0x061C)
      return "a bidi control";
    i += len;
  }
  return NULL;
}

/* ---- JSON: a strict parser that collects every string and key ----------------- */

typedef struct jparse {
  const char *p, *end;
  char **strings;
  size_t n, cap;
  bool injected_key; /* an object key equal to "injected" */
  const char *err;
} jparse;

static void jws(jparse *j) {
  while (j->p < j->end &&
         (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r'))
    j->p++;
}

static void put_utf8(tmc_buf *b, unsigned cp) {
  char u[4];
  size_t n;
  if (cp < 0x80)
    u[0] = (char)cp, n = 1;
  else if (cp < 0x800)
    u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
  else if (cp < 0x10000)
    u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
    u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
  else
    u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
  tmc_buf_put(b, u, n);
}

static bool hex4(jparse *j, unsigned *out) {
  if (j->end - j->p < 4)
    return false;
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char c = *j->p++;
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= (unsigned)(c - '0');
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
      v |= (unsigned)((c | 0x20) - 'a' + 10);
    else
      return false;
  }
  *out = v;
  return true;
}

/* Parses a string at j->p (on the quote); returns it unescaped, malloc'd. */
static char *jstring(jparse *j) {
  tmc_buf b = TMC_BUF_INIT;
  j->p++;
  while (j->p < j->end && *j->p != '"') {
    unsigned char c = (unsigned char)*j->p++;
    if (c < 0x20) {
      j->err = "raw control character in a string";
      break;
    }
    if (c != '\\') {
      tmc_buf_putc(&b, (char)c);
      continue;
    }
    if (j->p >= j->end) {
      j->err = "escape at the end";
      break;
    }
    char e = *j->p++;
    unsigned cp;
    switch (e) {
    case '"':
    case '\\':
    case '/':
      tmc_buf_putc(&b, e);
      break;
    case 'b':
      tmc_buf_putc(&b, '\b');
      break;
    case 'f':
      tmc_buf_putc(&b, '\f');
      break;
    case 'n':
      tmc_buf_putc(&b, '\n');
      break;
    case 'r':
      tmc_buf_putc(&b, '\r');
      break;
    case 't':
      tmc_buf_putc(&b, '\t');
      break;
    case 'u':
      if (!hex4(j, &cp)) {
        j->err = "bad \\u escape";
        break;
      }
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        unsigned lo;
        if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u' ||
            (j->p += 2, !hex4(j, &lo)) || lo < 0xDC00 || lo > 0xDFFF) {
          j->err = "lone surrogate";
          break;
        }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      }
      put_utf8(&b, cp);
      break;
    default:
      j->err = "bad escape";
    }
    if (j->err)
      break;
  }
  if (!j->err && j->p >= j->end)
    j->err = "unterminated string";
  j->p++;
  char *s = tmc_buf_detach(&b);
  return s ? s : tmc_xstrdup("");
}

static void jvalue(jparse *j, int depth);

static void jkeep(jparse *j, char *s) {
  if (j->n == j->cap) {
    j->cap = j->cap ? 2 * j->cap : 64;
    j->strings = realloc(j->strings, j->cap * sizeof *j->strings);
    assert_non_null(j->strings);
  }
  j->strings[j->n++] = s;
}

static bool jlit(jparse *j, const char *lit) {
  size_t n = strlen(lit);
  if ((size_t)(j->end - j->p) >= n && memcmp(j->p, lit, n) == 0) {
    j->p += n;
    return true;
  }
  return false;
}

static void jvalue(jparse *j, int depth) {
  jws(j);
  if (j->err || j->p >= j->end) {
    j->err = j->err ? j->err : "value expected";
    return;
  }
  if (depth > 200) {
    j->err = "nested too deep";
    return;
  }
  char c = *j->p;
  if (c == '"') {
    jkeep(j, jstring(j));
  } else if (c == '{' || c == '[') {
    j->p++;
    jws(j);
    char close = c == '{' ? '}' : ']';
    if (j->p < j->end && *j->p == close) {
      j->p++;
      return;
    }
    for (;;) {
      if (c == '{') {
        jws(j);
        if (j->p >= j->end || *j->p != '"') {
          j->err = "key expected";
          return;
        }
        char *k = jstring(j);
        if (strcmp(k, "injected") == 0)
          j->injected_key = true;
        jkeep(j, k);
        jws(j);
        if (j->p >= j->end || *j->p++ != ':') {
          j->err = "':' expected";
          return;
        }
      }
      jvalue(j, depth + 1);
      if (j->err)
        return;
      jws(j);
      if (j->p < j->end && *j->p == ',') {
        j->p++;
        continue;
      }
      if (j->p < j->end && *j->p == close) {
        j->p++;
        return;
      }
      j->err = "',' or a closing bracket expected";
      return;
    }
  } else if (c == '-' || (c >= '0' && c <= '9')) {
    char *e;
    strtod(j->p, &e);
    if (e == j->p)
      j->err = "bad number";
    j->p = e;
  } else if (!jlit(j, "true") && !jlit(j, "false") && !jlit(j, "null")) {
    j->err = "unexpected character";
  }
}

static void jfree(jparse *j) {
  for (size_t i = 0; i < j->n; i++)
    free(j->strings[i]);
  free(j->strings);
}

/* Parses doc; fails the test with what is wrong. all: every payload must be
 * somewhere (the JSON dump holds every label). */
static void check_json(const char *what, const char *doc, size_t len, bool all) {
  jparse j = {doc, doc + len, NULL, 0, 0, false, NULL};
  jvalue(&j, 0);
  jws(&j);
  if (!j.err && j.p != j.end)
    j.err = "text after the document";
  if (j.err)
    fail_msg("%s: not JSON: %s at byte %zu", what, j.err, (size_t)(j.p - doc));
  if (j.injected_key)
    fail_msg("%s: a label injected a key", what);
  for (size_t k = 0; k < N_PAYLOADS; k++) {
    const char *m = marker_of(payloads[k]);
    size_t mlen = strcspn(m, " '\")<>/]\xEF");
    bool seen = false;
    for (size_t i = 0; i < j.n; i++) {
      const char *at = strstr(j.strings[i], m);
      /* A string naming this marker must hold the whole payload (the
       * marker "evil-1" must not match "evil-12"). */
      while (at && (at[mlen] >= '0' && at[mlen] <= '9'))
        at = strstr(at + 1, m);
      if (!at)
        continue;
      if (!holds_payload(j.strings[i], payloads[k]))
        fail_msg("%s: a string mentions %.*s without its payload verbatim: %s", what,
                 (int)mlen, m, j.strings[i]);
      seen = true;
    }
    if (all && !seen)
      fail_msg("%s: payload missing: %s", what, payloads[k]);
  }
  jfree(&j);
}

/* ---- SVG: libxml2, no DTD, no entities, no network --------------------------- */

static bool starts_nocase(const char *s, const char *prefix) {
  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* NULL when the SVG is safe; else what is wrong (static text or the name). */
static const char *svg_problem(const char *doc, size_t len, char *why, size_t why_len) {
  xmlDocPtr x = xmlReadMemory(doc, (int)len, "report.svg", NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!x)
    return "does not parse as XML";
  const char *bad = NULL;
  if (x->intSubset || x->extSubset)
    bad = "has a DOCTYPE";
  xmlNodePtr stack[4096];
  size_t n = 0;
  if (!bad && xmlDocGetRootElement(x))
    stack[n++] = xmlDocGetRootElement(x);
  static const char *forbidden[] = {"script",   "foreignObject", "iframe",
                                    "object",   "embed",         "handler",
                                    "listener", "set",           "animate"};
  while (!bad && n) {
    xmlNodePtr node = stack[--n];
    if (node->type == XML_ENTITY_REF_NODE || node->type == XML_ENTITY_DECL) {
      bad = "has an entity";
      break;
    }
    if (node->type != XML_ELEMENT_NODE)
      continue;
    const char *name = (const char *)node->name;
    for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++)
      if (strcasecmp(name, forbidden[i]) == 0)
        snprintf(why, why_len, "has a <%s> element", name), bad = why;
    if (strstr(name, "evil"))
      snprintf(why, why_len, "has an element named from a label: <%s>", name), bad = why;
    if (!node->ns ||
        strcmp((const char *)node->ns->href, "http://www.w3.org/2000/svg") != 0)
      snprintf(why, why_len, "has an element outside the SVG namespace: <%s>", name),
          bad = why;
    for (xmlAttrPtr a = node->properties; a && !bad; a = a->next) {
      const char *an = (const char *)a->name;
      xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
      const char *val = v ? (const char *)v : "";
      if (strncasecmp(an, "on", 2) == 0)
        snprintf(why, why_len, "has an event attribute %s", an), bad = why;
      else if (strstr(an, "evil"))
        snprintf(why, why_len, "has an attribute named from a label: %s", an), bad = why;
      else if ((strcasecmp(an, "href") == 0 || strcasecmp(an, "src") == 0) &&
               (starts_nocase(val, "javascript:") || starts_nocase(val, "data:") ||
                strstr(val, "evil")))
        snprintf(why, why_len, "has a link from a label: %s=\"%.60s\"", an, val),
            bad = why;
      xmlFree(v);
    }
    for (xmlNodePtr c = node->children; c && !bad; c = c->next)
      if (n < sizeof stack / sizeof *stack)
        stack[n++] = c;
  }
  xmlFreeDoc(x);
  return bad;
}

/* ---- HTML: libxml2's HTML parser, then the same walk as the SVG's --------- */

/* "#name" with a name of [A-Za-z0-9_-] only: a link inside the page (anchors
 * are slugs of the diagram's ids, so they may spell a marker, never markup). */
static bool is_fragment(const char *v) {
  if (*v++ != '#' || !*v)
    return false;
  return v[strspn(
             v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")] == 0;
}

static const char *html_problem(const char *doc, size_t len, char *why, size_t why_len) {
  htmlDocPtr x = htmlReadMemory(doc, (int)len, "report.html", "UTF-8",
                                HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                    HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
  if (!x)
    return "does not parse as HTML";
  const char *bad = NULL;
  xmlNodePtr stack[8192];
  size_t n = 0;
  int scripts = 0;
  if (xmlDocGetRootElement(x))
    stack[n++] = xmlDocGetRootElement(x);
  static const char *forbidden[] = {
      "iframe", "object",  "embed", "img",  "foreignObject", "handler", "listener",
      "set",    "animate", "base",  "link", "meta-refresh",  "form",    "frame"};
  while (!bad && n) {
    xmlNodePtr node = stack[--n];
    if (node->type != XML_ELEMENT_NODE)
      continue;
    const char *name = (const char *)node->name;
    for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++)
      if (strcasecmp(name, forbidden[i]) == 0)
        snprintf(why, why_len, "has a <%s> element", name), bad = why;
    if (strstr(name, "evil"))
      snprintf(why, why_len, "has an element named from a label: <%s>", name), bad = why;
    if (strcasecmp(name, "script") == 0) {
      scripts++;
      xmlChar *c = xmlNodeGetContent(node);
      if (c && (strstr((const char *)c, "evil") || xmlHasProp(node, BAD_CAST "src")))
        bad = "the script holds label text or loads a file";
      xmlFree(c);
    }
    for (xmlAttrPtr a = node->properties; a && !bad; a = a->next) {
      const char *an = (const char *)a->name;
      xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
      const char *val = v ? (const char *)v : "";
      if (strncasecmp(an, "on", 2) == 0)
        snprintf(why, why_len, "has an event attribute %s", an), bad = why;
      else if (strstr(an, "evil"))
        snprintf(why, why_len, "has an attribute named from a label: %s", an), bad = why;
      else if ((strcasecmp(an, "href") == 0 || strcasecmp(an, "src") == 0 ||
                strcasecmp(an, "action") == 0) &&
               (starts_nocase(val, "javascript:") || starts_nocase(val, "data:") ||
                (strstr(val, "evil") && !is_fragment(val))))
        snprintf(why, why_len, "has a link from a label: %s=\"%.60s\"", an, val),
            bad = why;
      else if (strcasecmp(an, "http-equiv") == 0 && strcasecmp(val, "refresh") == 0)
        bad = "has a meta refresh";
      xmlFree(v);
    }
    for (xmlNodePtr c = node->children; c && !bad; c = c->next)
      if (n < sizeof stack / sizeof *stack)
        stack[n++] = c;
  }
  xmlFreeDoc(x);
  if (!bad && scripts != 1)
    snprintf(why, why_len, "has %d scripts, not the page's one", scripts), bad = why;
  return bad;
}

/* ---- Markdown: no payload in its live form ----------------------------------- */

static const char *md_problem(const char *doc) {
  static const char *live[] = {"<script",      "<img",          "<svg",
                               "<iframe",      "<b>",           "<u>",
                               "javascript:",  "](http://evil", "](https://evil",
                               "](javascript", "<evil",         "\n# evil",
                               "| evil-6 |",   "<!--"};
  for (size_t i = 0; i < sizeof live / sizeof *live; i++)
    for (const char *at = strstr(doc, live[i]); at; at = strstr(at + 1, live[i]))
      if (at == doc || at[-1] != '\\') /* "\](" is an escaped bracket: text */
        return live[i];
  return NULL;
}

/* ---- the checkers bite --------------------------------------------------------- */

static void test_checkers_bite(void **state) {
  (void)state;
  char why[256];
  const char *good = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lt;script&gt;"
                     "</text></svg>";
  assert_null(svg_problem(good, strlen(good), why, sizeof why));
  const char *bad[] = {
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><g onload=\"x\"/></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\" JavaScript:x\"/></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><evil-8/></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</svg>",
      "<!DOCTYPE svg [<!ENTITY e \"x\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
      "<svg><text>x</text></svg>",
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    assert_non_null(svg_problem(bad[i], strlen(bad[i]), why, sizeof why));
  const char *hgood = "<!DOCTYPE html><html><body><p>&lt;script&gt;</p>"
                      "<script>var a=1;</script></body></html>";
  assert_null(html_problem(hgood, strlen(hgood), why, sizeof why));
  const char *hbad[] = {
      "<html><body><script>a</script><script>b</script></body></html>",
      "<html><body><p onclick=\"x\">a</p><script>a</script></body></html>",
      "<html><body><a href=\"javascript:x\">a</a><script>a</script></body></html>",
      "<html><body><img src=x><script>a</script></body></html>",
      "<html><body><script>evil-1</script></body></html>",
      "<html><body><svg><g onload=\"x\"></g></svg><script>a</script></body></html>",
      "<html><body><p>no script</p></body></html>",
  };
  for (size_t i = 0; i < sizeof hbad / sizeof *hbad; i++)
    assert_non_null(html_problem(hbad[i], strlen(hbad[i]), why, sizeof why));
  assert_non_null(md_problem("x [a](javascript:alert(1)) y"));
  assert_non_null(md_problem("x\n# evil-5 heading\n"));
  assert_null(md_problem("x \\[a\\](javascript\\:alert(1)) y &lt;script&gt;"));
  assert_non_null(text_problem("a\xE2\x80\xAE"
                               "b",
                               5));
  assert_non_null(text_problem("a\xE2\x80\xA8"
                               "b",
                               5));
  assert_non_null(text_problem("a\x1b[31m", 6));
  assert_non_null(text_problem("a\xC2\x9B"
                               "b",
                               4));
  assert_non_null(text_problem("a\xFF", 2));
  assert_null(text_problem("a\xEF\xBF\xBD\n", 5));
  /* JSON checker: a payload split by a break-out would leave a bare key. */
  const char *inj = "{\"label\": \"\", \"injected\": \"evil-14\"}";
  jparse j = {inj, inj + strlen(inj), NULL, 0, 0, false, NULL};
  jvalue(&j, 0);
  assert_null(j.err);
  assert_true(j.injected_key);
  jfree(&j);
  const char *broken[] = {"{\"a\": \"x\ny\"}", "{\"a\": \"\\x\"}", "{\"a\" 1}", "[1,]",
                          "{\"a\": \"\\ud800\"}"};
  for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
    jparse k = {broken[i], broken[i] + strlen(broken[i]), NULL, 0, 0, false, NULL};
    jvalue(&k, 0);
    assert_non_null(k.err);
    jfree(&k);
  }
}

/* ---- the corpus through every back end ---------------------------------------- */

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s", path);
  tmc_buf b = TMC_BUF_INIT;
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    tmc_buf_put(&b, chunk, n);
  fclose(f);
  *len = b.len;
  return tmc_buf_detach(&b);
}

static void render_all(const char *file) {
  const char *root = getenv("TMC_SOURCE_DIR");
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/injection/%s", root ? root : ".", file);
  size_t len;
  char *data = read_all(path, &len);
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *cat = NULL;
  assert_int_equal(tmc_catalog_new(&cat, &d), 0);
  tmc_ir *ir = ir_analysed(file, data, len, cat, NULL, &d); /* IR checked throughout */
  tmc_report_ctx ctx = {0};
  ctx.catalog = cat;
  ctx.diags = &d;
  ctx.input_uri = file;
  ctx.srcroot = "/src";
  ctx.layout = "dot";
  int rendered = 0;
  for (const tmc_backend *b = tmc_backends; b->name; b++) {
    if (!b->fn)
      continue; /* not implemented yet: covered the day it is */
    tmc_buf out = TMC_BUF_INIT;
    assert_int_equal(b->fn(&out, ir, &ctx, &d), 0);
    const char *doc = out.data ? out.data : "";
    char what[256], why[256];
    snprintf(what, sizeof what, "%s as %s", file, b->name);
    bool binary = strcmp(b->name, "png") == 0 || strcmp(b->name, "pdf") == 0;
    if (!binary) {
      const char *t = text_problem(doc, out.len);
      if (t)
        fail_msg("%s: the report holds %s", what, t);
    }
    if (strcmp(b->name, "json") == 0 || strcmp(b->name, "sarif") == 0)
      check_json(what, doc, out.len, strcmp(b->name, "json") == 0);
    else if (strcmp(b->name, "svg") == 0) {
      const char *s = svg_problem(doc, out.len, why, sizeof why);
      if (s)
        fail_msg("%s: %s", what, s);
    } else if (strcmp(b->name, "html") == 0) {
      const char *h = html_problem(doc, out.len, why, sizeof why);
      if (h)
        fail_msg("%s: %s", what, h);
      for (size_t k = 0; k < N_PAYLOADS; k++) {
        const char *m = marker_of(payloads[k]);
        char mk[16];
        snprintf(mk, sizeof mk, "%.*s", (int)strspn(m, "evil-0123456789"), m);
        if (!strstr(doc, mk))
          fail_msg("%s: marker %s not shown", what, mk);
      }
    } else if (strcmp(b->name, "md") == 0) {
      const char *live = md_problem(doc);
      if (live)
        fail_msg("%s: label text is live Markdown/HTML: %s", what, live);
      /* Every payload's marker is shown (as escaped text). */
      for (size_t k = 0; k < N_PAYLOADS; k++) {
        const char *m = marker_of(payloads[k]);
        char mk[16];
        snprintf(mk, sizeof mk, "%.*s", (int)strspn(m, "evil-0123456789"), m);
        if (!strstr(doc, mk))
          fail_msg("%s: marker %s not shown", what, mk);
      }
    }
    rendered++;
    tmc_buf_free(&out);
  }
  assert_true(rendered >= 2); /* at least md and json */
  tmc_ir_free(ir);
  tmc_catalog_free(cat);
  tmc_diags_free(&d);
  free(data);
}

static void test_dot_corpus(void **state) {
  (void)state;
  render_all("labels.dot");
}

static void test_drawio_corpus(void **state) {
  (void)state;
  render_all("labels.drawio");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_checkers_bite),
      cmocka_unit_test(test_dot_corpus),
      cmocka_unit_test(test_drawio_corpus),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
