/* sniff.c - how sure each input format is that some bytes are its own.
 *
 * Each sniffer looks at the first bytes (and the file name's extension) and
 * answers 0..100; frontend.c asks them all and takes the most confident. The
 * numbers only need to order the candidates: 95+ is a format's own signature
 * (a DOT keyword followed by '{', <mxfile>, PNG's magic), 50-90 a strong hint
 * another format's signature should beat, and the DOT front end's 10 is the
 * fallback that keeps today's behaviour for text nobody claims: cgraph then
 * says what is wrong with it, as it always has. Every sniffer is linear in
 * the bytes it reads and reads no further than len. */
#include "frontend/frontend.h"

#include <string.h>
#include <strings.h>

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || (unsigned char)c >= 0x80;
}

/* The first byte after a UTF-8 byte order mark and white space. */
static size_t start(const char *s, size_t n) {
  size_t i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < n && is_space(s[i]))
    i++;
  return i;
}

static size_t line_end(const char *s, size_t n, size_t i) {
  while (i < n && s[i] != '\n')
    i++;
  return i;
}

static bool has(const char *s, size_t n, size_t i, const char *lit) {
  size_t l = strlen(lit);
  return n - i >= l && memcmp(s + i, lit, l) == 0;
}

/* Does the word w (case-insensitive) stand at i, not followed by a word
 * character? Advances *i past it when it does. */
static bool word_at(const char *s, size_t n, size_t *i, const char *w, bool nocase) {
  size_t l = strlen(w);
  if (n - *i < l || (nocase ? strncasecmp(s + *i, w, l) : strncmp(s + *i, w, l)) != 0)
    return false;
  if (*i + l < n && (is_word(s[*i + l]) || s[*i + l] == '-'))
    return false;
  *i += l;
  return true;
}

/* Does name end in one of the space-separated extensions? */
static bool ext_is(const char *name, const char *exts) {
  size_t n = name ? strlen(name) : 0;
  while (*exts) {
    size_t l = strcspn(exts, " ");
    if (l <= n && strncasecmp(name + n - l, exts, l) == 0)
      return true;
    exts += l;
    while (*exts == ' ')
      exts++;
  }
  return false;
}

static int at_least(int c, int floor) {
  return c > floor ? c : floor;
}

/* ---- DOT ------------------------------------------------------------------ */

/* Skips white space and DOT's comments: C and C++ style, and lines starting
 * with '#' (preprocessor output, which graphviz ignores). */
static size_t dot_skip(const char *s, size_t n, size_t i) {
  for (;;) {
    while (i < n && is_space(s[i]))
      i++;
    if (has(s, n, i, "//") || has(s, n, i, "#"))
      i = line_end(s, n, i);
    else if (has(s, n, i, "/*")) {
      i += 2;
      while (i < n && !has(s, n, i, "*/"))
        i++;
      i = i < n ? i + 2 : n;
    } else
      return i;
  }
}

/* Skips one DOT ID: a name or number, a "quoted string" or an <HTML string>. */
static size_t dot_skip_id(const char *s, size_t n, size_t i) {
  if (i < n && s[i] == '"') {
    for (i++; i < n && s[i] != '"'; i++)
      if (s[i] == '\\')
        i++;
    return i < n ? i + 1 : n;
  }
  if (i < n && s[i] == '<') {
    size_t depth = 0;
    for (; i < n; i++) {
      depth += s[i] == '<';
      if (s[i] == '>' && --depth == 0)
        return i + 1;
    }
    return n;
  }
  while (i < n && (is_word(s[i]) || s[i] == '.' || s[i] == '-'))
    i++;
  return i;
}

/* [strict] (graph | digraph) [ID] '{' is DOT for certain; the keyword without
 * the brace (Mermaid's "graph TD") is a weak hint; any other text that does
 * not start with '<' is DOT's by default, so cgraph reports its errors. */
int tmc_sniff_dot(const char *name, const char *s, size_t n) {
  size_t i = start(s, n);
  if (i >= n || s[i] == '<')
    return 0;
  int fallback = ext_is(name, ".dot .gv") ? 40 : 10;
  i = dot_skip(s, n, i);
  if (word_at(s, n, &i, "strict", true))
    i = dot_skip(s, n, i);
  if (!word_at(s, n, &i, "digraph", true) && !word_at(s, n, &i, "graph", true))
    return fallback;
  i = dot_skip(s, n, dot_skip_id(s, n, dot_skip(s, n, i)));
  return i < n && s[i] == '{' ? 95 : at_least(30, fallback);
}

/* ---- draw.io -------------------------------------------------------------- */

/* XML is draw.io's: <mxfile> or <mxGraphModel> near the top makes it certain;
 * other XML still goes to the draw.io front end, which says what it lacks. */
int tmc_sniff_drawio(const char *name, const char *s, size_t n) {
  (void)name;
  size_t i = start(s, n);
  if (i >= n || s[i] != '<')
    return 0;
  size_t end = n - i > 4096 ? i + 4096 : n;
  for (size_t k = i; k < end; k++)
    if (s[k] == '<' && (has(s, end, k, "<mxfile") || has(s, end, k, "<mxGraphModel")))
      return 95;
  return 50;
}

/* ---- formats tmc recognises but does not read ------------------------------ */

int tmc_sniff_json(const char *name, const char *s, size_t n) {
  size_t i = start(s, n);
  int c = i >= n ? 0 : s[i] == '{' ? 80 : s[i] == '[' ? 70 : 0;
  return ext_is(name, ".json") ? at_least(c, 30) : c;
}

/* A YAML directive or document marker, or a first line "key: value" or
 * "- item" after '#' comments. */
int tmc_sniff_yaml(const char *name, const char *s, size_t n) {
  size_t i = start(s, n);
  while (i < n && s[i] == '#') {
    i = line_end(s, n, i);
    while (i < n && is_space(s[i]))
      i++;
  }
  int c = 0;
  if (has(s, n, i, "%YAML"))
    c = 90;
  else if (has(s, n, i, "---") && (i + 3 == n || is_space(s[i + 3])))
    c = 70;
  else if (has(s, n, i, "- "))
    c = 40;
  else if (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     s[i] == '_' || s[i] == '"' || s[i] == '\'')) {
    size_t k = i + 1;
    if (s[i] == '"' || s[i] == '\'') {
      while (k < n && s[k] != s[i] && s[k] != '\n')
        k++;
      k += k < n && s[k] == s[i];
    } else
      while (k < n && (is_word(s[k]) || s[k] == ' ' || s[k] == '.' || s[k] == '-'))
        k++;
    if (k < n && s[k] == ':' && (k + 1 == n || is_space(s[k + 1])))
      c = 60;
  }
  return ext_is(name, ".yaml .yml") ? at_least(c, 30) : c;
}

/* Mermaid: a diagram keyword first, after an optional "---" front matter
 * block and "%%" comments. "graph TD" is also the start of a DOT graph named
 * TD, so it counts only when no '{' follows on the line. */
int tmc_sniff_mermaid(const char *name, const char *s, size_t n) {
  static const char *const keywords[] = {
      "flowchart",
      "sequenceDiagram",
      "classDiagram",
      "stateDiagram-v2",
      "stateDiagram",
      "erDiagram",
      "journey",
      "gantt",
      "pie",
      "quadrantChart",
      "requirementDiagram",
      "gitGraph",
      "mindmap",
      "timeline",
      "sankey-beta",
      "xychart-beta",
      "block-beta",
      "packet-beta",
      "architecture-beta",
      "C4Context",
      "C4Container",
      "C4Component",
      "C4Dynamic",
      "C4Deployment",
  };
  int floor = ext_is(name, ".mmd .mermaid") ? 50 : 0;
  size_t i = start(s, n);
  if (has(s, n, i, "---")) { /* front matter: up to the next "---" line */
    size_t k = line_end(s, n, i);
    for (;;) {
      if (k >= n)
        return floor;
      k++;
      if (has(s, n, k, "---")) {
        i = line_end(s, n, k);
        break;
      }
      k = line_end(s, n, k);
    }
  }
  for (;;) {
    while (i < n && is_space(s[i]))
      i++;
    if (!has(s, n, i, "%%"))
      break;
    i = line_end(s, n, i);
  }
  for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++)
    if (word_at(s, n, &i, keywords[k], false))
      return 90;
  if (!word_at(s, n, &i, "graph", false))
    return floor;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  static const char *const directions[] = {"TB", "TD", "BT", "RL", "LR"};
  bool direction = false;
  for (size_t k = 0; k < 5 && !direction; k++)
    direction = word_at(s, n, &i, directions[k], false);
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if (i < n && s[i] != '\n' && s[i] != '\r' && s[i] != ';')
    return floor; /* "graph G {", "graph TD {": DOT */
  size_t next = i;
  while (next < n && is_space(s[next]))
    next++;
  if (next < n && s[next] == '{')
    return floor; /* "graph\n{": an anonymous DOT graph */
  return at_least(direction ? 85 : 40, floor);
}

/* Does lit occur within the first `end` bytes? */
static bool within(const char *s, size_t end, const char *lit) {
  size_t l = strlen(lit);
  for (size_t i = 0; i + l <= end; i++)
    if (s[i] == lit[0] && memcmp(s + i, lit, l) == 0)
      return true;
  return false;
}

/* Threat Dragon: a JSON object with its keys ("diagramJson" of v1, or
 * "diagrams" and "cells" of v2, or "summary", "detail" and "diagrams" of a
 * model with nothing drawn yet), or "cells" with a Threat Dragon kind or
 * shape (a diagram saved on its own), in the first megabyte. */
int tmc_sniff_threatdragon(const char *name, const char *s, size_t n) {
  (void)name;
  size_t i = start(s, n);
  if (i >= n || s[i] != '{')
    return 0;
  size_t end = n > (1u << 20) ? (1u << 20) : n;
  if (within(s, end, "\"diagramJson\"") ||
      (within(s, end, "\"diagrams\"") && within(s, end, "\"cells\"")))
    return 95;
  /* A model saved before anything was drawn: its summary and the detail
   * of its diagrams, no cells (OWASP threat-model-cookbook's test.json). */
  if (within(s, end, "\"summary\"") && within(s, end, "\"detail\"") &&
      within(s, end, "\"diagrams\""))
    return 88; /* above any JSON's 80 */
  if (within(s, end, "\"cells\"") &&
      (within(s, end, "\"tm.") || within(s, end, "\"actor\"") ||
       within(s, end, "\"process\"") || within(s, end, "\"store\"")))
    return 90;
  return 0;
}

/* Open Threat Model: "otmVersion" as a JSON key, or otmVersion: as a YAML
 * key at the start of a line (or inside a flow mapping). */
int tmc_sniff_otm(const char *name, const char *s, size_t n) {
  (void)name;
  size_t end = n > (1u << 20) ? (1u << 20) : n;
  size_t i = start(s, end);
  if (i >= end)
    return 0;
  if (within(s, end, "\"otmVersion\"") || within(s, end, "'otmVersion'"))
    return 95;
  for (size_t k = i; k < end; k = line_end(s, end, k) + 1) {
    size_t j = k;
    while (j < end && (s[j] == ' ' || s[j] == '{'))
      j++;
    if (has(s, end, j, "otmVersion:"))
      return 95;
  }
  return 0;
}

/* Markdown: a fenced ```mermaid (or ~~~mermaid) block at the start of a
 * line within the first megabyte; the extension alone is a weak hint. */
int tmc_sniff_markdown(const char *name, const char *s, size_t n) {
  int floor = ext_is(name, ".md .markdown") ? 20 : 0;
  size_t end = n > (1u << 20) ? (1u << 20) : n;
  for (size_t i = 0; i < end; i = line_end(s, end, i) + 1) {
    size_t k = i;
    while (k < end && k - i < 3 && s[k] == ' ')
      k++;
    if (has(s, end, k, "```") || has(s, end, k, "~~~")) {
      char c = s[k];
      while (k < end && s[k] == c)
        k++;
      while (k < end && s[k] == ' ')
        k++;
      if (has(s, end, k, "mermaid"))
        return 85;
    }
  }
  return floor;
}

/* Images and archives: a picture of a diagram is not one. */
int tmc_sniff_png(const char *name, const char *s, size_t n) {
  (void)name;
  return n >= 8 && memcmp(s, "\x89PNG\r\n\x1a\n", 8) == 0 ? 100 : 0;
}

int tmc_sniff_jpeg(const char *name, const char *s, size_t n) {
  (void)name;
  return n >= 3 && memcmp(s, "\xFF\xD8\xFF", 3) == 0 ? 100 : 0;
}

int tmc_sniff_gif(const char *name, const char *s, size_t n) {
  (void)name;
  return has(s, n, 0, "GIF87a") || has(s, n, 0, "GIF89a") ? 100 : 0;
}

int tmc_sniff_pdf(const char *name, const char *s, size_t n) {
  (void)name;
  return has(s, n, 0, "%PDF-") ? 100 : 0;
}

int tmc_sniff_zip(const char *name, const char *s, size_t n) {
  (void)name;
  return has(s, n, 0, "PK\x03\x04") ? 100 : 0;
}

/* Compressed files, archives, other images, executables and databases, by
 * their magic bytes, so the error says what the file is ("this is a gzip-
 * compressed file") instead of a syntax error near a byte. A short or weak
 * magic (BMP's "BM", a Windows executable's "MZ") also needs a NUL byte in
 * the first 64, which no text diagram has: "BMW fleet" stays a diagram. */
static bool magic(const char *s, size_t n, size_t at, const char *m, size_t ml) {
  return n >= at + ml && memcmp(s + at, m, ml) == 0;
}

static bool nul_early(const char *s, size_t n) {
  return memchr(s, 0, n < 64 ? n : 64) != NULL;
}

#define MAGIC(m) magic(s, n, 0, m, sizeof m - 1)
#define SNIFFER(fn, test)                                                                \
  int fn(const char *name, const char *s, size_t n) {                                    \
    (void)name;                                                                          \
    return (test) ? 100 : 0;                                                             \
  }
SNIFFER(tmc_sniff_gzip, MAGIC("\x1F\x8B"))
SNIFFER(tmc_sniff_bzip2, MAGIC("BZh") && n > 3 && s[3] >= '1' && s[3] <= '9' &&
                             magic(s, n, 4, "1AY&SY", 6))
SNIFFER(tmc_sniff_xz, MAGIC("\xFD"
                            "7zXZ\x00"))
SNIFFER(tmc_sniff_zstd, MAGIC("\x28\xB5\x2F\xFD"))
SNIFFER(tmc_sniff_7z, MAGIC("7z\xBC\xAF\x27\x1C"))
SNIFFER(tmc_sniff_webp, MAGIC("RIFF") && magic(s, n, 8, "WEBP", 4))
SNIFFER(tmc_sniff_bmp, MAGIC("BM") && nul_early(s, n))
SNIFFER(tmc_sniff_tiff, (MAGIC("II*\x00") || MAGIC("MM\x00*")))
SNIFFER(tmc_sniff_ole, MAGIC("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
SNIFFER(tmc_sniff_sqlite, MAGIC("SQLite format 3\x00"))
SNIFFER(tmc_sniff_elf, MAGIC("\x7F"
                             "ELF"))
SNIFFER(tmc_sniff_exe, MAGIC("MZ") && nul_early(s, n))
