/* dot.c - the Graphviz DOT front end, through cgraph.
 *
 * cgraph parses; we copy what we need into the IR and close the graph, so no
 * Agraph_t escapes this file. cgraph keeps no line numbers, so a light
 * pre-scan of the text (dotscan.c) finds the line of every node, edge and
 * cluster; cgraph's error callback delivers messages in pieces, which we join
 * and turn into one diagnostic at the right line. */
#include <ctype.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontend/dotguard.h"
#include "frontend/dotscan.h"
#include "ir/suggest.h"
#include "frontend/frontend.h"
#include "frontend/strmap.h"
#include "frontend/text.h"

/* Each node carries its element index, so edges and clusters find it in O(1). */
typedef struct noderec {
  Agrec_t h;
  uint32_t index;
  Agraph_t *cluster; /* a cluster's name an edge names: that cluster, else NULL */
} noderec;

static Agraph_t *node_cluster(Agnode_t *n) {
  noderec *r = (noderec *)aggetrec(n, "tmc", 0);
  return r ? r->cluster : NULL;
}

static uint32_t node_index(Agnode_t *n) {
  noderec *r = (noderec *)aggetrec(n, "tmc", 0);
  return r ? r->index : TMC_NONE;
}

/* cgraph exports but does not declare this: it empties the lexer's buffer.
 * Flex keeps what it read ahead of one parse (the rest of a file after its
 * first graph, or a trailing newline) and would feed it to the next one. */
void aglexbad(void);

/* Subgraphs nested deeper than this are refused before cgraph sees them:
 * its parser gives up near 3000 levels and its teardown recurses. */
#define DOT_MAX_NESTING 1000u

/* Edge operators in one statement (`a -> b -> c ...`): cgraph's parser
 * keeps each operand on its stack and gives up ("memory exhausted") near
 * 2500 of them, fewer when they nest; we refuse clearly before that. */
#define DOT_MAX_CHAIN 2000u
/* Distinct attribute names, at most, and name x element slots: real diagrams
 * use a few dozen names (graphviz knows some 170); 2^25 slots keep a file at
 * --max-elements' default to 33 names and cgraph's records within 256 MB. */
#define DOT_MAX_ATTR_NAMES 256u
#define DOT_MAX_ATTR_SLOTS (1ull << 25)

/* cgraph reports errors through a global callback, in pieces: "Error" (or
 * "Warning"), ": ", then the message, possibly continued by more pieces. We
 * join them into records for the duration of one parse (the front end is not
 * reentrant, like cgraph). */
#define MAX_RECORDS 16

typedef struct cg_record {
  bool error;
  tmc_buf text;
} cg_record;

static struct {
  cg_record v[MAX_RECORDS];
  uint32_t n;
  bool expect_colon; /* the next piece should be the ": " after a level */
  uint32_t dropped;
} cg;

/* The name cgraph puts in front of its messages; we strip it again. */
static char cg_input_name[] = "tmc-input";

static int collect_error(char *piece) {
  if (cg.expect_colon) {
    cg.expect_colon = false;
    if (strcmp(piece, ": ") == 0)
      return 0;
  }
  if (strcmp(piece, "Error") == 0 || strcmp(piece, "Warning") == 0) {
    if (cg.n == MAX_RECORDS) {
      cg.dropped++;
      cg.n--; /* the last slot is reused: the first messages matter most */
      tmc_buf_free(&cg.v[cg.n].text);
    }
    cg_record *r = &cg.v[cg.n++];
    r->error = piece[0] == 'E';
    r->text = (tmc_buf)TMC_BUF_INIT;
    r->text.limit = 2048;
    cg.expect_colon = true;
    return 0;
  }
  if (cg.n == 0) { /* a continuation with no level: treat as an error */
    cg_record *r = &cg.v[cg.n++];
    r->error = true;
    r->text = (tmc_buf)TMC_BUF_INIT;
    r->text.limit = 2048;
  }
  tmc_buf_puts(&cg.v[cg.n - 1].text, piece);
  return 0;
}

static void cg_reset(void) {
  for (uint32_t i = 0; i < cg.n; i++)
    tmc_buf_free(&cg.v[i].text);
  memset(&cg, 0, sizeof(cg));
}

/* What one cgraph message says, taken apart. */
typedef struct cg_msg {
  uint32_t line; /* cgraph's line number, 0 if none */
  char *near;    /* the token it names, malloc'd, or NULL */
  char *text;    /* the rest, malloc'd: "syntax error" */
} cg_msg;

/* Parses "tmc-input: syntax error in line 3 near 'x'\nString starting..."
 * into {3, "x", "syntax error"}. Text after the first newline (cgraph echoes
 * the input there) is dropped. */
static void split_record(const cg_record *r, cg_msg *out) {
  char *msg = tmc_xstrdup(r->text.data ? r->text.data : "");
  msg[strcspn(msg, "\n")] = 0;
  char *m = msg;
  /* "FILE: syntax error": FILE is ours, or one a '# 1 "f"' line set. */
  char *se = strstr(m, "syntax error");
  if (!se)
    se = strstr(m, "memory exhausted");
  if (se)
    m = se;
  out->line = 0;
  out->near = NULL;
  char *near = strstr(m, " near '");
  if (near) {
    char *end = strrchr(near + 7, '\'');
    if (end) {
      out->near = tmc_xmalloc((size_t)(end - near - 7) + 1);
      memcpy(out->near, near + 7, (size_t)(end - near - 7));
      out->near[end - near - 7] = 0;
      memmove(near, end + 1, strlen(end + 1) + 1);
    }
  }
  char *in = strstr(m, " in line ");
  if (in) {
    char *end;
    unsigned long line = strtoul(in + 9, &end, 10);
    out->line = line <= UINT32_MAX ? (uint32_t)line : 0;
    memmove(in, end, strlen(end) + 1);
  }
  /* "badly delimited number '1a' of FILE splits into two tokens" */
  char *of = strstr(m, " of "), *splits = of ? strstr(of, " splits") : NULL;
  if (splits)
    memmove(of, splits, strlen(splits) + 1);
  out->text = tmc_xstrdup(tmc_trim(m));
  free(msg);
}

/* Does this cgraph count newlines inside quoted strings in its line numbers?
 * 2.42 does not; later versions may. Asked once, by parsing a probe with a
 * syntax error on line 4 after a two-line string. */
static bool counts_string_newlines(void) {
  static int known = -1;
  if (known < 0) {
    static char probe[] = "digraph {\na [label=\"x\ny\"]\n-> }\n";
    aglexbad();
    Agraph_t *g = agmemread(probe);
    if (g)
      agclose(g);
    known = 1;
    for (uint32_t i = 0; i < cg.n; i++) {
      cg_msg x;
      split_record(&cg.v[i], &x);
      if (x.line == 3)
        known = 0;
      free(x.near);
      free(x.text);
    }
    cg_reset();
  }
  return known == 1;
}

/* Turns one cgraph message into a diagnostic in tmc's words at the real
 * line: "syntax error in line 3 near 'x'" becomes "3: syntax error near 'x'",
 * with a long token shortened. */
static void report_record(const cg_record *r, const char *file, const char *data,
                          size_t len, bool counts_nl, tmc_diags *d) {
  cg_msg x;
  split_record(r, &x);
  tmc_loc loc = {file, 0, 0};
  if (x.line) {
    loc.line = tmc_dotscan_error_line(data, len, x.line, x.near, counts_nl);
    /* At the end of the input cgraph counts the line after the last one. */
    uint32_t lines = 1;
    for (size_t i = 0; i + 1 < len; i++)
      lines += data[i] == '\n';
    if (loc.line > lines)
      loc.line = lines;
  }
  const char *text = x.text;
  if (strstr(text, "scanning a quoted string"))
    text = "syntax error: unterminated quoted string (a missing '\"', or a string longer "
           "than "
           "graphviz can read)";
  else if (strstr(text, "scanning a HTML string"))
    text = "syntax error: unterminated HTML-like string (a missing '>', unbalanced '<' "
           "'>', or "
           "a string longer than graphviz can read)";
  else if (strstr(text, "scanning a /*...*/ comment"))
    text = "syntax error: unterminated /* comment";
  else if (strstr(text, "memory exhausted"))
    text = "graphviz's parser ran out of stack: the graph nests too deeply, or one "
           "statement holds too many edges or subgraphs";
  else if (strcmp(text, "syntax error") == 0 && (!x.near || !*x.near))
    text = "syntax error at the end of the input (a missing '}'?)";
  const char *level = r->error ? "" : "graphviz: ";
  tmc_diag_level lv = r->error ? TMC_DIAG_ERROR : TMC_DIAG_WARNING;
  if (!*text)
    text = "graphviz rejected the graph";
  if (x.near && *x.near && text == x.text) {
    size_t nl = strlen(x.near);
    tmc_diag_add(d, lv, loc, "%s%s near '%.*s%s'", level, text, nl > 40 ? 40 : (int)nl,
                 x.near, nl > 40 ? "..." : "");
  } else {
    tmc_diag_add(d, lv, loc, "%s%s", level, text);
  }
  free(x.near);
  free(x.text);
}

/* Reports what cgraph said; returns the number of errors. */
static int report_cgraph(const char *file, const char *data, size_t len, bool counts_nl,
                         tmc_diags *d) {
  int errors = 0;
  for (uint32_t i = 0; i < cg.n; i++) {
    report_record(&cg.v[i], file, data, len, counts_nl, d);
    errors += cg.v[i].error;
  }
  if (cg.dropped)
    tmc_note(d, (tmc_loc){file, 0, 0}, "%u more graphviz messages not shown", cg.dropped);
  return errors;
}

/* A subgraph's own value of attribute name, or NULL when it has none or
 * merely inherited it: cgraph gives a new subgraph its parent's values, so
 * without this every cluster inside `label="Corporate"` would be called
 * Corporate too. */
static char *own_attr(Agraph_t *sg, const char *name) {
  Agsym_t *sym = agattr(agroot(sg), AGRAPH, (char *)name, NULL);
  if (!sym)
    return NULL;
  char *v = agxget(sg, sym);
  Agraph_t *parent = agparent(sg);
  if (!v || !*v || (parent && strcmp(v, agxget(parent, sym)) == 0))
    return NULL;
  return v;
}

/* The boundary notation of DFDs drawn in Graphviz: a dashed cluster
 * outline (style=dashed, also inside a list such as "dashed,rounded"),
 * red when its pen or colour is red. What the drawing says, as the draw.io
 * reader records it; NULL when the cluster's own style says nothing. */
static const char *cluster_style(Agraph_t *sg) {
  const char *style = own_attr(sg, "style");
  if (!style || !tmc_has_word(style, "dashed"))
    return NULL;
  const char *pen = own_attr(sg, "pencolor");
  if (!pen)
    pen = own_attr(sg, "color");
  return pen && (strcasecmp(pen, "red") == 0 || strcasecmp(pen, "#ff0000") == 0)
             ? "dashed red outline"
             : "dashed outline";
}

static bool is_cluster(Agraph_t *sg) {
  const char *name = agnameof(sg);
  if (name && strncasecmp(name, "cluster", 7) == 0)
    return true;
  const char *c = own_attr(sg, "cluster");
  return c && (strcasecmp(c, "true") == 0 || strcmp(c, "1") == 0);
}

/* Every attribute the author set on obj (value differs from the default). */
static void copy_props(tmc_ir *ir, tmc_props *props, Agraph_t *g, void *obj, int kind) {
  for (Agsym_t *sym = agnxtattr(g, kind, NULL); sym; sym = agnxtattr(g, kind, sym)) {
    const char *v = agxget(obj, sym);
    if (!v || (sym->defval && strcmp(v, sym->defval) == 0) || !*v)
      continue;
    tmc_props_set(ir, props, sym->name, v);
  }
}

/* Places every attribute of props that the scan found written (find says
 * where one is: a node's statement, an edge's, a subgraph's), so that a
 * diagnostic about it quotes its line with a caret under it. */
typedef bool (*find_attr)(const tmc_dotscan *s, const void *owner, const char *key,
                          tmc_dotattr *out);
static void place_props(tmc_props *props, const tmc_dotscan *scan, find_attr find,
                        const void *owner) {
  for (uint32_t i = 0; i < props->n; i++) {
    tmc_dotattr a;
    if (find(scan, owner, props->v[i].key, &a))
      tmc_props_place(props, props->v[i].key, a.key_pos.line, a.key_pos.col,
                      a.value_pos.line == a.key_pos.line ? a.value_pos.col : 0);
  }
}

static bool node_attr(const tmc_dotscan *s, const void *name, const char *key,
                      tmc_dotattr *out) {
  return tmc_dotscan_node_attr(s, name, key, out);
}

static bool edge_attr(const tmc_dotscan *s, const void *edge, const char *key,
                      tmc_dotattr *out) {
  return tmc_dotscan_edge_attr(s, *(const uint32_t *)edge, key, out);
}

typedef struct subgraph_ref {
  const char *name; /* NULL: the k-th anonymous one */
  uint32_t k;
} subgraph_ref;

static bool subgraph_attr(const tmc_dotscan *s, const void *ref, const char *key,
                          tmc_dotattr *out) {
  const subgraph_ref *r = ref;
  return tmc_dotscan_subgraph_attr(s, r->name, r->k, key, out);
}

/* The attributes a cluster set itself (not inherited from its parent). */
static void copy_graph_props(tmc_ir *ir, tmc_props *props, Agraph_t *sg) {
  for (Agsym_t *sym = agnxtattr(agroot(sg), AGRAPH, NULL); sym;
       sym = agnxtattr(agroot(sg), AGRAPH, sym)) {
    const char *v = own_attr(sg, sym->name);
    if (v)
      tmc_props_set(ir, props, sym->name, v);
  }
}

/* Whether a and b differ only in their digits (worker1, worker2): numbered
 * siblings, not a typo of one another. */
static bool only_digits_differ(const char *a, const char *b) {
  for (;;) {
    while (*a >= '0' && *a <= '9')
      a++;
    while (*b >= '0' && *b <= '9')
      b++;
    if (*a != *b)
      return false;
    if (!*a)
      return true;
    a++, b++;
  }
}

/* A node that no statement declares, with no attributes, exists only
 * because an edge names it; spelt like a declared node it is most likely a
 * typo that made a phantom process while the real node stays unconnected
 * (`api -> databse`): a warning at the edge, with the node meant. Ids of
 * fewer than 4 bytes are left alone, and so is a huge generated graph
 * (too many pairs to compare). */
static void phantom_nodes(tmc_ir *ir, const tmc_dotscan *scan, tmc_diags *d) {
  const char **declared = tmc_xmalloc((ir->n_elements + 1) * sizeof *declared);
  uint32_t nd = 0, np = 0;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    if (tmc_dotscan_node_declared(scan, ir->elements[i].id))
      declared[nd++] = ir->elements[i].id;
    else if (!ir->elements[i].props.n)
      np++;
  }
  if (nd && np && (uint64_t)nd * np <= 4000000)
    for (uint32_t i = 0; i < ir->n_elements; i++) {
      const tmc_element *e = &ir->elements[i];
      /* Short ids (a, b, n1) are one edit from many others: no guess. */
      if (e->props.n || strlen(e->id) < 4 || tmc_dotscan_node_declared(scan, e->id))
        continue;
      const char *near = tmc_suggest(e->id, declared, nd);
      tmc_dotpos at = tmc_dotscan_node_pos(scan, e->id);
      if (near && !only_digits_differ(e->id, near))
        tmc_warning(d, (tmc_loc){e->loc.file, e->loc.line, at.col},
                    "node '%s' exists only because an edge names it (no statement, no "
                    "attributes); did you mean '%s'?",
                    e->id, near);
    }
  free(declared);
}

/* b37e: a DOT file that went through a word processor has its straight
 * quotes turned into curly ones; Graphviz still reads a one-word value
 * wrapped in them (“place_order”, shape=“cylinder”) as an ID, quotes and
 * all, and draws them. What the author wrote is the word inside: a value
 * wrapped whole in one pair of typographic quotes (“…”, ”…”, „…“, „…”,
 * ‘…’, ’…’) with none inside reads as that word; the id itself stays as
 * written (it is the node's name). Guillemets are no such pair: «x» is a
 * UML stereotype. An arena copy, or s itself. */
static const char *word_processor_quotes(tmc_arena *a, const char *s) {
  /* U+201C U+201D U+201E (double), U+2018 U+2019 (single); all three bytes */
  static const char *const quote[] = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x9e",
                                      "\xe2\x80\x98", "\xe2\x80\x99"};
  size_t n = s ? strlen(s) : 0;
  if (n < 7)
    return s;
  int first = -1, last = -1;
  for (int q = 0; q < 5; q++) {
    if (memcmp(s, quote[q], 3) == 0)
      first = q;
    if (memcmp(s + n - 3, quote[q], 3) == 0)
      last = q;
  }
  /* a double quote opens and “ or ” closes; ‘ or ’ opens and ’ closes */
  bool pair = first >= 0 && first <= 2 ? last == 0 || last == 1 : first >= 3 && last == 4;
  if (!pair)
    return s;
  for (size_t i = 3; i + 3 < n; i++)
    for (int q = 0; q < 5; q++)
      if (memcmp(s + i, quote[q], 3) == 0)
        return s;
  return tmc_arena_strndup(a, s + 3, n - 6);
}

/* A node's, edge's or cluster's label as plain text, cut at --max-label with
 * one warning per label cut (`what` and `id` name its owner). */
static const char *label_text(tmc_ir *ir, char *raw, const char *fallback, uint32_t max,
                              const char *what, const char *id, tmc_loc loc,
                              tmc_diags *d) {
  bool cut = false;
  const char *s;
  fallback = word_processor_quotes(ir->arena, fallback); /* b37e */
  if (raw && *raw && !aghtmlstr(raw))
    raw = (char *)word_processor_quotes(ir->arena, raw);
  /* kinds26 (K): the name Graphviz draws when no label is given is read
   * with the label's escapes ("Mätinsamling\n(head-end)" as a quoted id
   * shows on two lines): the words after \n are a line of their own */
  if ((!raw || !*raw || strcmp(raw, "\\N") == 0) && fallback && strchr(fallback, '\\'))
    s = tmc_text_dot_escapes(ir->arena, fallback, "", max, &cut);
  else if (!raw || !*raw)
    s = tmc_text_plain(ir->arena, fallback, false, max, &cut);
  else if (aghtmlstr(raw))
    s = tmc_text_plain(ir->arena, raw, true, max, &cut);
  else if (strcmp(raw, "\\N") == 0 || strcmp(raw, "\\G") == 0)
    s = tmc_text_plain(ir->arena, fallback, false, max, &cut);
  else
    s = tmc_text_dot_escapes(ir->arena, raw, fallback, max, &cut);
  if (cut)
    tmc_warning(d, loc,
                "%s '%s': label longer than %u bytes cut short (raise with "
                "--max-label)",
                what, id, max);
  return s;
}

/* The name line of a node's label (tmc_element.name_line), NULL when it is
 * one line, read as label_text reads the label; *detail its next line. */
static const char *name_line(tmc_ir *ir, char *raw, const char *fallback, uint32_t max,
                             const char **detail) {
  *detail = NULL;
  fallback = word_processor_quotes(ir->arena, fallback); /* b37e */
  if (raw && *raw && !aghtmlstr(raw))
    raw = (char *)word_processor_quotes(ir->arena, raw);
  if ((!raw || !*raw || strcmp(raw, "\\N") == 0) && fallback && strchr(fallback, '\\'))
    return tmc_text_dot_name_line(ir->arena, fallback, "", max, detail); /* kinds26 */
  if (!raw || !*raw || strcmp(raw, "\\N") == 0 || strcmp(raw, "\\G") == 0)
    return NULL;
  if (aghtmlstr(raw))
    return tmc_text_name_line(ir->arena, raw, true, false, max, detail);
  return tmc_text_dot_name_line(ir->arena, raw, fallback, max, detail);
}

/* A record node's label as a reader reads it: the fields' text in order,
 * joined with one space, without the record's structure ({ } |) or its
 * ports (<name>), as draw.io cards' lines are joined. Backslash escapes are
 * kept for tmc_text_dot_escapes, so \| stays a bar. With lines, each field
 * ends a line instead ('\n'), for the name line. An arena copy. */
static char *record_text(tmc_arena *a, const char *raw, bool lines) {
  size_t n = strlen(raw);
  char *out = tmc_arena_alloc(a, n + 1), *o = out;
  bool space = true; /* nothing written yet, or a space last */
  for (const char *p = raw; *p; p++) {
    if (*p == '\\' && p[1]) {
      *o++ = *p++;
      *o++ = *p;
      space = false;
    } else if (*p == '<') { /* a port name, up to its unescaped '>' */
      while (p[1] && p[1] != '>')
        p += p[1] == '\\' && p[2] ? 2 : 1;
      if (p[1])
        p++;
    } else if (lines && (*p == '{' || *p == '}' || *p == '|')) {
      while (o > out && o[-1] == ' ')
        o--;
      *o++ = '\n';
      space = true;
    } else if (*p == '{' || *p == '}' || *p == '|' || *p == ' ' || *p == '\t' ||
               *p == '\n' || *p == '\r') {
      if (!space)
        *o++ = ' ';
      space = true;
    } else {
      *o++ = *p;
      space = false;
    }
  }
  while (o > out && o[-1] == ' ')
    o--;
  *o = 0;
  return out;
}

static bool is_record(const char *shape) {
  return shape && (strcasecmp(shape, "record") == 0 || strcasecmp(shape, "Mrecord") == 0);
}

/* Does an HTML-like label draw a table open at both sides (sides="TB"), the
 * DFD sign for a data store that older pytm versions write? */
static bool html_store_table(char *label) {
  if (!label || !aghtmlstr(label))
    return false;
  for (const char *p = label; (p = strchr(p, '=')) != NULL; p++) {
    const char *k = p;
    while (k > label && (k[-1] == ' ' || k[-1] == '\t'))
      k--;
    if (k - label < 5 || strncasecmp(k - 5, "sides", 5) != 0)
      continue;
    const char *v = p + 1;
    while (*v == ' ' || *v == '"' || *v == '\'')
      v++;
    if (strncasecmp(v, "TB", 2) == 0 || strncasecmp(v, "BT", 2) == 0)
      return true;
  }
  return false;
}

/* The resource type a terraform address names ("[root] module.edge.
 * aws_iot_topic_rule.gap_events (expand)", "google_storage_bucket.raw",
 * "data.azurerm_key_vault.kv"): `terraform graph` writes every node so, and
 * people who draw their stack by hand keep the addresses as ids or first
 * label lines. A type is provider_word (a letter, then letters, digits and
 * underscores with one underscore at least) followed by .name; var., local.
 * and output. addresses name no resource. Into out; false if s is none. */
static bool iac_type(const char *s, char *out, size_t outn) {
  if (!s)
    return false;
  if (strncmp(s, "[root] ", 7) == 0)
    s += 7;
  while (strncmp(s, "module.", 7) == 0) {
    const char *dot = strchr(s + 7, '.');
    if (!dot)
      return false;
    s = dot + 1;
  }
  if (strncmp(s, "data.", 5) == 0)
    s += 5;
  size_t n = 0;
  bool under = false;
  if (!islower((unsigned char)s[0]))
    return false;
  while (islower((unsigned char)s[n]) || isdigit((unsigned char)s[n]) || s[n] == '_') {
    under = under || s[n] == '_';
    n++;
  }
  if (!under || s[n] != '.' || n >= outn ||
      !(isalpha((unsigned char)s[n + 1]) || s[n + 1] == '_'))
    return false;
  memcpy(out, s, n);
  out[n] = 0;
  return true;
}

/* Records what the node looks like; the classify pass decides what it is. */
static void record_look(tmc_ir *ir, tmc_element *e, const char *shape, const char *image,
                        char *label, const char *graph_shape, bool shape_written) {
  char type[96];
  if (iac_type(e->id, type, sizeof type) || iac_type(e->name_line, type, sizeof type) ||
      iac_type(e->label, type, sizeof type))
    e->icon = tmc_arena_strdup(ir->arena, type);
  /* A node without a shape is drawn as Graphviz's default, an ellipse. */
  e->shape = tmc_arena_strdup(ir->arena, shape && *shape ? shape : "ellipse");
  if (!shape || !*shape) {
    e->look |= TMC_LOOK_DEFAULT_SHAPE;
    /* kinds22 (K1): where the graph sets a node shape default, a node
     * left with none was made by an edge before the defaults were set
     * (cgraph gives the nodes it has then an empty value): its author drew
     * it with the others, Graphviz draws it as the plain ellipse (not one
     * whose statement wrote shape="" itself) */
    if (graph_shape && *graph_shape && !shape_written)
      e->look |= TMC_LOOK_MISSED_DEFAULT;
  }
  /* kinds18 (K2): a shape the author set once for every node (node
   * [shape=box]) is how this diagram draws an ordinary node, not a DFD
   * mark chosen for this one (cgraph cannot tell a node that repeats the
   * default from one that inherits it: both draw the ordinary shape). */
  else if (graph_shape && *graph_shape && strcasecmp(shape, graph_shape) == 0)
    e->look |= TMC_LOOK_GRAPH_SHAPE;
  e->notation = TMC_NOTATION_DOT;
  if (image && *image)
    e->look |= TMC_LOOK_IMAGE;
  if (html_store_table(label))
    e->look |= TMC_LOOK_OPEN_TABLE;
}

static int by_seq_graph(const void *a, const void *b) {
  unsigned x = AGSEQ(*(Agraph_t *const *)a), y = AGSEQ(*(Agraph_t *const *)b);
  return (x > y) - (x < y);
}

static int by_seq_edge(const void *a, const void *b) {
  unsigned x = AGSEQ(*(Agedge_t *const *)a), y = AGSEQ(*(Agedge_t *const *)b);
  return (x > y) - (x < y);
}

/* cgraph lists subgraphs by internal id (for named ones, a pointer value), so
 * we sort by sequence number, which counts creations across the whole graph:
 * that is the order of the opening braces in the text. */
static Agraph_t **sorted_subgraphs(Agraph_t *g, uint32_t *count) {
  Agraph_t **v = NULL;
  uint32_t n = 0, cap = 0;
  for (Agraph_t *sg = agfstsubg(g); sg; sg = agnxtsubg(sg))
    *TMC_PUSH(v, n, cap) = sg;
  if (n > 1)
    qsort(v, n, sizeof(*v), by_seq_graph);
  *count = n;
  return v;
}

/* g30c: the named clusters of g, by name (the subgraphs' own names, which
 * outlive the map), with an explicit stack; *all receives the subgraphs
 * the map's values index. */
static void clusters_by_name(Agraph_t *g, tmc_strmap *m, Agraph_t ***all) {
  Agraph_t **stack = NULL;
  uint32_t n = 0, cap = 0, n_all = 0, cap_all = 0;
  *TMC_PUSH(stack, n, cap) = g;
  while (n) {
    Agraph_t *sg = stack[--n];
    if (sg != g && is_cluster(sg) && agnameof(sg)[0] != '%' &&
        tmc_strmap_get(m, agnameof(sg)) == TMC_NONE) {
      tmc_strmap_put(m, agnameof(sg), n_all);
      *TMC_PUSH(*all, n_all, cap_all) = sg;
    }
    for (Agraph_t *k = agfstsubg(sg); k; k = agnxtsubg(k))
      *TMC_PUSH(stack, n, cap) = k;
  }
  free(stack);
}

/* Walks the subgraph tree in preorder (declaration order) with an explicit
 * stack, adding a boundary per cluster; graphs[b] is boundary b's subgraph. */
static int walk_clusters(tmc_ir *ir, Agraph_t *root, const tmc_dotscan *scan,
                         const tmc_frontend_opts *opts, tmc_diags *d,
                         Agraph_t ***graphs) {
  typedef struct item {
    Agraph_t *g;
    uint32_t parent; /* enclosing boundary */
    uint32_t depth;  /* boundary depth of a cluster found here */
  } item;
  item *stack = NULL;
  uint32_t n = 0, cap = 0, n_graphs = 0, cap_graphs = 0, n_anon = 0;
  int rc = 0;
  *TMC_PUSH(stack, n, cap) = (item){root, TMC_NONE, 0};
  while (n) {
    item it = stack[--n];
    uint32_t parent = it.parent, depth = it.depth;
    if (it.g != root) {
      const char *name = agnameof(it.g);
      /* cgraph names anonymous subgraphs "%<id>"; they are counted in order. */
      bool anon = name[0] == '%';
      subgraph_ref ref = {anon ? NULL : name, n_anon};
      uint32_t line = anon ? tmc_dotscan_anon_line(scan, n_anon++)
                           : tmc_dotscan_subgraph_line(scan, name);
      /* cgraph's "%7" is an internal counter: give reports a stable name. */
      if (anon)
        name = tmc_arena_printf(ir->arena, "anonymous_%u", n_anon);
      if (is_cluster(it.g)) {
        if (it.depth >= opts->max_depth) {
          tmc_error(d, (tmc_loc){ir->file, line, 0},
                    "clusters nest deeper than %u levels (raise with --max-depth)",
                    opts->max_depth);
          rc = -1;
          break;
        }
        uint32_t b = tmc_ir_add_boundary(ir, 0, name, TMC_BOUNDARY_CLUSTER);
        *TMC_PUSH(*graphs, n_graphs, cap_graphs) = it.g;
        tmc_boundary *x = &ir->boundaries[b];
        x->parent = it.parent;
        x->depth = it.depth;
        x->why = "DOT cluster subgraph";
        if ((x->zone_evidence = cluster_style(it.g)) != NULL)
          x->zone_source = TMC_SOURCE_STYLE;
        x->loc = (tmc_loc){ir->file, line, 0};
        copy_graph_props(ir, &x->props, it.g);
        place_props(&x->props, scan, subgraph_attr, &ref);
        x->label = label_text(ir, own_attr(it.g, "label"), x->id, opts->max_label,
                              "cluster", x->id, x->loc, d);
        parent = b;
        depth = it.depth + 1;
      }
    }
    /* Push children in reverse so they pop in declaration order. */
    uint32_t nc;
    Agraph_t **kids = sorted_subgraphs(it.g, &nc);
    for (uint32_t k = nc; k-- > 0;)
      *TMC_PUSH(stack, n, cap) = (item){kids[k], parent, depth};
    free(kids);
  }
  free(stack);
  return rc;
}

static bool is_ancestor(const tmc_ir *ir, uint32_t anc, uint32_t b) {
  for (; b != TMC_NONE; b = ir->boundaries[b].parent)
    if (b == anc)
      return true;
  return false;
}

/* cgraph makes a node a member of every subgraph that mentions it, and of
 * their parents. The innermost cluster wins; a node in two clusters that do
 * not nest goes to the deeper one, else the first declared, with a warning
 * (graphviz, too, draws such a node in only one of them). */
static void assign_members(tmc_ir *ir, Agraph_t **graphs, tmc_diags *d) {
  uint32_t *other = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements ? ir->n_elements : 1));
  for (uint32_t i = 0; i < ir->n_elements; i++)
    other[i] = TMC_NONE;
  for (uint32_t b = 0; b < ir->n_boundaries; b++) {
    Agraph_t *sg = graphs[b];
    for (Agnode_t *n = agfstnode(sg); n; n = agnxtnode(sg, n)) {
      uint32_t e = node_index(n);
      if (e == TMC_NONE)
        continue;
      uint32_t cur = ir->elements[e].boundary;
      if (cur == TMC_NONE || is_ancestor(ir, cur, b)) {
        ir->elements[e].boundary = b;
        continue;
      }
      /* Preorder visits ancestors first, so cur and b do not nest. */
      if (other[e] == TMC_NONE)
        other[e] = b;
      if (ir->boundaries[b].depth > ir->boundaries[cur].depth) {
        other[e] = cur;
        ir->elements[e].boundary = b;
      }
    }
  }
  for (uint32_t e = 0; e < ir->n_elements; e++) {
    if (other[e] == TMC_NONE)
      continue;
    const tmc_element *x = &ir->elements[e];
    tmc_warning(
        d, x->loc,
        "node '%s' is in clusters '%s' and '%s', which do not nest; it is placed in "
        "'%s'",
        x->id, ir->boundaries[x->boundary].id, ir->boundaries[other[e]].id,
        ir->boundaries[x->boundary].id);
  }
  free(other);
}

/* Counts flows per (source, target) pair, so the second anonymous edge
 * between two nodes gets an id of its own: "a -> b #2". */
typedef struct pair_count {
  uint64_t *keys; /* (src << 32 | dst) + 1; 0 = empty */
  uint32_t *counts;
  uint64_t mask;
} pair_count;

static uint32_t pair_next(pair_count *pc, uint32_t src, uint32_t dst) {
  uint64_t key = ((uint64_t)src << 32 | dst) + 1;
  uint64_t h = tmc_hash64(&key, sizeof key, 0) & pc->mask;
  while (pc->keys[h] && pc->keys[h] != key)
    h = (h + 1) & pc->mask;
  pc->keys[h] = key;
  return ++pc->counts[h];
}

/* Every edge of g in declaration order (cgraph keeps them per tail node). */
/* Does a style attribute list ("invis", "dashed, invis") say invis? */
/* Does a style= list ("dashed,rounded", "filled, dotted") say word? */
static bool style_says(const char *style, const char *word) {
  if (!style)
    return false;
  size_t wl = strlen(word);
  for (const char *p = style; *p;) {
    while (*p == ',' || *p == ' ' || *p == '\t')
      p++;
    size_t n = strcspn(p, ", \t");
    if (n == wl && strncasecmp(p, word, n) == 0)
      return true;
    p += n;
  }
  return false;
}

static bool invisible(const char *style) {
  return style_says(style, "invis");
}

static Agedge_t **sorted_edges(Agraph_t *g, uint32_t *count) {
  Agedge_t **v = NULL;
  uint32_t n = 0, cap = 0;
  for (Agnode_t *nd = agfstnode(g); nd; nd = agnxtnode(g, nd))
    for (Agedge_t *e = agfstout(g, nd); e; e = agnxtout(g, e))
      *TMC_PUSH(v, n, cap) = e;
  if (n > 1)
    qsort(v, n, sizeof(*v), by_seq_edge);
  *count = n;
  return v;
}

/* Runs cgraph on text with our error callback; returns the graph, or NULL
 * after adding errors to d. */
static Agraph_t *cgraph_read(const char *file, const char *text, size_t len,
                             tmc_diags *d) {
  cg_reset();
  agusererrf prev_fn = agseterrf(collect_error);
  /* Send every message to the callback: at higher thresholds cgraph keeps
   * them in a temporary file instead. */
  agerrlevel_t prev_level = agseterr(AGWARN);
  /* agsetfile also restarts cgraph's line counter, which otherwise runs on
   * from the previous parse. */
  agsetfile(cg_input_name);
  bool counts_nl = counts_string_newlines();
  agsetfile(cg_input_name);
  agreseterrors();
  aglexbad();
  Agraph_t *g = agmemread(text);
  agseterr(prev_level);
  agseterrf(prev_fn);
  int errors = report_cgraph(file, text, len, counts_nl, d);
  if (g && errors) {
    agclose(g);
    g = NULL;
  } else if (!g && !errors) {
    tmc_error(d, (tmc_loc){file, 1, 0}, "not a DOT graph");
  }
  cg_reset();
  return g;
}

/* perf28: the attributes the loops below read of every node and edge,
 * looked up once in the root graph's dictionaries: agget looked the name up
 * on each call (a tenth of the frontend). A subgraph's local default has the
 * root's symbol id, so agxget reads the same string agget did; a name the
 * graph never declares is NULL, as agget says. */
typedef struct dot_syms {
  Agsym_t *label, *xlabel, *tooltip, *shape, *image, *style;       /* nodes */
  Agsym_t *e_style, *e_dir, *e_head, *e_tail, *e_label, *e_xlabel; /* edges */
} dot_syms;

static void dot_syms_of(Agraph_t *g, dot_syms *s) {
  s->label = agattr(g, AGNODE, "label", NULL);
  s->xlabel = agattr(g, AGNODE, "xlabel", NULL);
  s->tooltip = agattr(g, AGNODE, "tooltip", NULL);
  s->shape = agattr(g, AGNODE, "shape", NULL);
  s->image = agattr(g, AGNODE, "image", NULL);
  s->style = agattr(g, AGNODE, "style", NULL);
  s->e_style = agattr(g, AGEDGE, "style", NULL);
  s->e_dir = agattr(g, AGEDGE, "dir", NULL);
  s->e_head = agattr(g, AGEDGE, "arrowhead", NULL);
  s->e_tail = agattr(g, AGEDGE, "arrowtail", NULL);
  s->e_label = agattr(g, AGEDGE, "label", NULL);
  s->e_xlabel = agattr(g, AGEDGE, "xlabel", NULL);
}

static char *attr_of(void *obj, Agsym_t *sym) {
  return sym ? agxget(obj, sym) : NULL;
}

/* Which ends of edge ed Graphviz draws an arrow at: dir (forward in a
 * digraph, none in a graph, unless set) picks the ends, and an end whose
 * arrowhead / arrowtail is "none" has none after all. */
static void arrow_ends(Agedge_t *ed, const dot_syms *sy, bool directed, bool *head,
                       bool *tail) {
  const char *dir = attr_of(ed, sy->e_dir);
  if (!dir || !*dir)
    dir = directed ? "forward" : "none";
  bool both = strcasecmp(dir, "both") == 0;
  const char *ah = attr_of(ed, sy->e_head), *at = attr_of(ed, sy->e_tail);
  *head =
      (both || strcasecmp(dir, "forward") == 0) && !(ah && strcasecmp(ah, "none") == 0);
  *tail = (both || strcasecmp(dir, "back") == 0) && !(at && strcasecmp(at, "none") == 0);
}

/* The graph's name; an anonymous graph ("digraph {", which cgraph names from
 * a per-process counter: "%3", or "%187" in a batch) is named after the
 * input file without its directory and last extension, so its title is the
 * same whatever else the process read before. */
static const char *graph_name(tmc_ir *ir, const char *name) {
  if (name && *name && name[0] != '%')
    return name;
  const char *file = ir->file && *ir->file ? ir->file : "graph";
  const char *slash = strrchr(file, '/');
  char *stem = tmc_arena_strdup(ir->arena, slash ? slash + 1 : file);
  if (stem[0] == '<') { /* "<stdin>" */
    stem++;
    stem[strcspn(stem, ">")] = 0;
  }
  char *dot = strrchr(stem, '.');
  if (dot && dot != stem)
    *dot = 0;
  return *stem ? stem : "graph";
}

/* What every flow of one edge statement shares: the graph, the symbols, the
 * pair counts and the edge's place in the text (taken once per edge). */
typedef struct edge_ctx {
  tmc_ir *ir;
  uint32_t page;
  const tmc_dotscan *scan;
  const dot_syms *sy;
  pair_count *pc;
  Agraph_t *g;
  bool directed;
  const tmc_frontend_opts *opts;
  tmc_diags *d;
  uint32_t line;    /* the edge statement's line */
  uint32_t written; /* the scan's edge, for placing its attributes */
} edge_ctx;

/* One flow for edge ed from element s to element t (the edge's ends, or a
 * member of a cluster an end stands for): the arrowheads decide its way,
 * the edge's attributes and label are its own. */
static void add_edge_flow(const edge_ctx *x, Agedge_t *ed, uint32_t s, uint32_t t) {
  tmc_ir *ir = x->ir;
  const dot_syms *sy = x->sy;
  /* mlkind18: the arrowheads say which way the data goes. dir=back draws
   * the arrow from the head to the tail (authors write "b -> a
   * [dir=back]" to keep a rank order, "a -- b [dir=back]" in a graph),
   * so the flow runs head to tail; dir=forward in an undirected graph
   * is one way, tail to head (mlrules18 found the same in undirected
   * graphs). The scan still knows the edge as written. */
  /* fe22: and an end drawn without its arrow has none: "a -> b [dir=both,
   * arrowhead=none]" is a -> b drawn with the arrow at a only (authors
   * reverse an arrow so, to keep the rank order), so the data goes b -> a;
   * dir=both with arrowtail=none is one way, tail to head. */
  bool at_head, at_tail;
  arrow_ends(ed, sy, x->directed, &at_head, &at_tail);
  bool back = at_tail && !at_head;
  bool one_way = at_head != at_tail;
  uint32_t fs = back ? t : s, ft = back ? s : t;
  const char *fsn = ir->elements[fs].id, *ftn = ir->elements[ft].id;
  uint32_t fi = tmc_ir_add_flow(ir, x->page, fs, ft);
  tmc_flow *f = &ir->flows[fi];
  const char *key = agnameof(ed);
  uint32_t nth = pair_next(x->pc, fs, ft);
  if (key && *key) {
    f->id = tmc_arena_printf(ir->arena, "%s -> %s [%s]", fsn, ftn, key);
    f->key = tmc_arena_strdup(ir->arena, key);
  } else if (nth > 1)
    f->id = tmc_arena_printf(ir->arena, "%s -> %s #%u", fsn, ftn, nth);
  else
    f->id = tmc_arena_printf(ir->arena, "%s -> %s", fsn, ftn);
  uint32_t written = x->written;
  f->loc = (tmc_loc){ir->file, x->line, 0};
  copy_props(ir, &f->props, x->g, ed, AGEDGE);
  place_props(&f->props, x->scan, edge_attr, &written);
  /* find26: dir=none in a digraph draws the line an undirected graph
   * draws ("edge [dir=none]": a request and its answer, as a draw.io
   * line with no arrowhead): both ways. An arrowhead=none alone stays as
   * written (a line into a junction, fe22) */
  const char *dir = attr_of(ed, sy->e_dir);
  bool undirected = !x->directed || (dir && strcasecmp(dir, "none") == 0);
  f->bidirectional = (at_head && at_tail) || (undirected && !one_way);
  /* d37a: a line drawn with no arrow at either end (arrowhead=none in a
   * digraph, dir=none, an undirected graph's line): the unarrowed half of a
   * line an edge label drawn as a text node cuts in two (decorations.c) */
  f->plain_line = !at_head && !at_tail;
  /* precision16: splines=ortho draws no edge labels, so authors write
   * the flow's label as xlabel (as pytm does for nodes): it is the label
   * when label is empty */
  char *elabel = attr_of(ed, sy->e_label);
  if (!elabel || !*elabel)
    elabel = attr_of(ed, sy->e_xlabel);
  /* g30b: an edge label's \T, \H and \E are its ends' names, as Graphviz
   * draws them (a default `edge [label="\T -> \H"]`, a label "\E"):
   * "kiosk -> api", not "->" */
  if (elabel && *elabel && !aghtmlstr(elabel) && strchr(elabel, '\\')) {
    bool cut = false;
    f->label = tmc_text_dot_edge_escapes(ir->arena, elabel, agnameof(x->g),
                                         ir->elements[s].id, ir->elements[t].id,
                                         x->directed, x->opts->max_label, &cut);
    if (cut)
      tmc_warning(x->d, f->loc,
                  "edge '%s': label longer than %u bytes cut short (raise with "
                  "--max-label)",
                  f->id, x->opts->max_label);
  } else
    f->label =
        label_text(ir, elabel, "", x->opts->max_label, "edge", f->id, f->loc, x->d);
}

int tmc_dot_parse(tmc_ir *ir, const char *data, size_t len, const tmc_frontend_opts *opts,
                  tmc_diags *d) {
  int rc = 0;
  Agraph_t *g = NULL;
  tmc_dotscan *scan = NULL;
  Agraph_t **graphs = NULL;
  Agedge_t **edges = NULL;
  pair_count pc = {NULL, NULL, 0};
  tmc_strmap clusters = {0};
  Agraph_t **named = NULL; /* clusters_by_name's subgraphs */
  char *text = NULL;
  uint32_t line;

  /* The scan runs first: it also finds input that cgraph should not see. */
  scan = tmc_dotscan_new(data, len, opts->max_elements);
  if (tmc_dotscan_max_depth(scan, &line) > DOT_MAX_NESTING) {
    tmc_error(d, (tmc_loc){ir->file, line, 0}, "subgraphs nest deeper than %u levels",
              DOT_MAX_NESTING);
    rc = -1;
    goto done;
  }
  if (tmc_dotguard_check(ir->file, data, len, TMC_DOT_MAX_TOKEN, d) < 0) {
    rc = -1;
    goto done;
  }
  uint32_t chain = tmc_dotscan_max_chain(scan, &line);
  if (chain > DOT_MAX_CHAIN) {
    tmc_error(d, (tmc_loc){ir->file, line, 0},
              "this edge statement chains %u edges (a -> b -> c ...); graphviz's parser "
              "reads at most %u in one statement: split the chain into several "
              "statements",
              chain, DOT_MAX_CHAIN);
    rc = -1;
    goto done;
  }
  /* Counted on the text, so that millions of node statements are refused
   * before cgraph spends gigabytes building them. */
  if ((line = tmc_dotscan_elements_over(scan)) != 0) {
    tmc_error(d, (tmc_loc){ir->file, line, 0},
              "the nodes, edges and subgraphs declared up to here are more than the "
              "limit of %u (raise with --max-elements)",
              opts->max_elements);
    rc = -1;
    goto done;
  }
  if ((line = tmc_dotscan_tokens_over(scan)) != 0) {
    tmc_error(d, (tmc_loc){ir->file, line, 0},
              "more names, strings and symbols up to here than %u elements can take "
              "(%u each; raise with --max-elements)",
              opts->max_elements, TMC_DOTSCAN_TOKENS_PER_ELEMENT);
    rc = -1;
    goto done;
  }
  /* cgraph gives every node, edge and subgraph a slot for each distinct
   * attribute name (a new name reallocates all their records), so a file
   * with tens of thousands of names and nodes, or of names and empty `{}`
   * subgraphs, takes minutes and gigabytes: the slots are bounded as the
   * element count is. */
  uint64_t objects = tmc_dotscan_objects(scan) + 1;
  uint64_t allowed = DOT_MAX_ATTR_SLOTS / objects;
  if (allowed > DOT_MAX_ATTR_NAMES)
    allowed = DOT_MAX_ATTR_NAMES;
  if (tmc_dotscan_attr_names(scan) > allowed) {
    tmc_dotpos at;
    const char *name = tmc_dotscan_attr_name(scan, (uint32_t)allowed, &at);
    tmc_error(d, (tmc_loc){ir->file, at.line, at.col},
              "attribute name '%s' is one more than the %llu distinct names a diagram "
              "of %llu nodes, edges and subgraphs may use: graphviz's parser gives each "
              "of them a slot for every name (use fewer attribute names)",
              name ? name : "?", (unsigned long long)allowed,
              (unsigned long long)(objects - 1));
    rc = -1;
    goto done;
  }
  /* cgraph reads a C string: give it one, whatever the caller passed. */
  text = tmc_xmalloc(len + 1);
  memcpy(text, data, len);
  text[len] = 0;
  g = cgraph_read(ir->file, text, len, d);
  if (!g) {
    rc = -1;
    goto done;
  }
  if ((line = tmc_dotscan_extra_graph_line(scan)) != 0)
    tmc_warning(d, (tmc_loc){ir->file, line, 0},
                "only the first graph of a file is read; this one is ignored");

  uint32_t page = tmc_ir_add_page(ir, graph_name(ir, agnameof(g)));
  ir->pages[page].loc = (tmc_loc){ir->file, tmc_dotscan_graph_line(scan), 0};
  ir->title = ir->pages[page].name;
  bool directed = agisdirected(g);

  int n_nodes = agnnodes(g), n_edges = agnedges(g);
  if ((uint64_t)n_nodes + (uint64_t)n_edges > opts->max_elements) {
    tmc_error(d, (tmc_loc){ir->file, tmc_dotscan_graph_line(scan), 0},
              "diagram has %d nodes and %d edges, more than the limit of %u (raise with "
              "--max-elements)",
              n_nodes, n_edges, opts->max_elements);
    rc = -1;
    goto done;
  }

  /* g30c (blind30): an edge end named as a cluster is ("cluster_sp ->
   * ingest") with no statement of its own stands for the cluster: fdp draws
   * the arrow from the cluster's border, meaning every node in it (dot
   * would draw a stray node, which nobody meant). No element for it; its
   * edges become one flow per member (below). */
  clusters_by_name(g, &clusters, &named);
  uint32_t stand_ins = 0; /* nodes standing for a cluster */

  /* Nodes, in declaration order (cgraph's sequence order). */
  Agsym_t *graph_shape = agattr(g, AGNODE, "shape", NULL);
  dot_syms sy;
  dot_syms_of(g, &sy);
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    noderec *rec = (noderec *)agbindrec(n, "tmc", sizeof(noderec), false);
    uint32_t cb = tmc_strmap_get(&clusters, agnameof(n));
    rec->cluster = NULL;
    if (cb != TMC_NONE && !tmc_dotscan_node_declared(scan, agnameof(n)) &&
        !agsubnode(named[cb], n, 0)) {
      rec->index = TMC_NONE;
      rec->cluster = named[cb];
      stand_ins++;
      continue;
    }
    uint32_t i = tmc_ir_add_element(ir, page, agnameof(n));
    rec->index = i;
    tmc_element *e = &ir->elements[i];
    e->loc = (tmc_loc){ir->file, tmc_dotscan_node_line(scan, e->id), 0};
    copy_props(ir, &e->props, g, n, AGNODE);
    place_props(&e->props, scan, node_attr, e->id);
    /* pytm leaves label empty and writes the name as xlabel. */
    char *raw = attr_of(n, sy.label);
    bool blank = raw && !*raw;
    if (!raw || !*raw)
      raw = attr_of(n, sy.xlabel);
    /* fe22: a node drawn as a bare dot or icon (label="") is named by its
     * tooltip, which is what a reader hovering over it sees. */
    if (!raw || !*raw)
      raw = attr_of(n, sy.tooltip);
    /* b34c: Graphviz draws no text for label="" written on the node (a
     * control node's dot or diamond); the IR names it by its id all the
     * same. An empty value cgraph gives a node no label was written for
     * (an attribute other nodes set) is no blank. */
    tmc_dotattr written_label;
    e->blank =
        blank && (!raw || !*raw) && node_attr(scan, e->id, "label", &written_label);
    if (raw && *raw && !aghtmlstr(raw) && is_record(attr_of(n, sy.shape)) &&
        strcmp(raw, "\\N") != 0) {
      /* Not through label_text: aghtmlstr may only see cgraph's strings. */
      bool cut = false;
      e->label = tmc_text_dot_escapes(ir->arena, record_text(ir->arena, raw, false),
                                      e->id, opts->max_label, &cut);
      e->name_line = tmc_text_dot_name_line(ir->arena, record_text(ir->arena, raw, true),
                                            e->id, opts->max_label, &e->detail_lines);
      if (cut)
        tmc_warning(d, e->loc,
                    "node '%s': label longer than %u bytes cut short (raise with "
                    "--max-label)",
                    e->id, opts->max_label);
      if (!*e->label)
        e->label = e->id;
    } else {
      e->label = label_text(ir, raw, e->id, opts->max_label, "node", e->id, e->loc, d);
      e->name_line = name_line(ir, raw, e->id, opts->max_label, &e->detail_lines);
    }
    tmc_dotattr written;
    record_look(ir, e, word_processor_quotes(ir->arena, attr_of(n, sy.shape)),
                attr_of(n, sy.image), attr_of(n, sy.label),
                graph_shape ? graph_shape->defval : NULL,
                tmc_dotscan_node_attr(scan, e->id, "shape", &written));
    /* b34a: a node outlined dashed or dotted is drawn apart from the
     * system's parts (the classify pass decides where that counts) */
    const char *style = attr_of(n, sy.style);
    if (style_says(style, "dashed") || style_says(style, "dotted"))
      e->look |= TMC_LOOK_DASHED;
  }

  phantom_nodes(ir, scan, d);
  if (walk_clusters(ir, g, scan, opts, d, &graphs) < 0) {
    rc = -1;
    goto done;
  }
  assign_members(ir, graphs, d);

  uint32_t ne;
  edges = sorted_edges(g, &ne);
  /* fanned flows (an end standing for a cluster): linear in the input;
   * the pair counts have room for them too (a full table never ends a
   * probe) */
  uint64_t budget = stand_ins ? 4 * ((uint64_t)n_nodes + (uint64_t)n_edges) + 64 : 0;
  uint64_t slots = 16;
  while (slots < ((uint64_t)ne + budget) * 2)
    slots *= 2;
  pc.keys = tmc_xcalloc(slots, sizeof(uint64_t));
  pc.counts = tmc_xcalloc(slots, sizeof(uint32_t));
  pc.mask = slots - 1;
  bool warned = false;
  for (uint32_t k = 0; k < ne; k++) {
    Agedge_t *ed = edges[k];
    /* paths21: an edge drawn style=invis places nodes and carries nothing
     * (authors add them to line rows up: "layout only"), as Mermaid's
     * ~~~ link: no flow, so no path follows it */
    if (invisible(attr_of(ed, sy.e_style)))
      continue;
    uint32_t written;
    edge_ctx x = {
        ir,
        page,
        scan,
        &sy,
        &pc,
        g,
        directed,
        opts,
        d,
        tmc_dotscan_edge_take(scan, agnameof(agtail(ed)), agnameof(aghead(ed)), &written)
            .line,
        0};
    x.written = written;
    Agraph_t *gs = node_cluster(agtail(ed)), *gt = node_cluster(aghead(ed));
    if (!gs && !gt) {
      add_edge_flow(&x, ed, node_index(agtail(ed)), node_index(aghead(ed)));
      continue;
    }
    /* g30c: an end standing for a cluster: one flow per node in it */
    Agnode_t *ns = gs ? agfstnode(gs) : agtail(ed);
    for (; ns; ns = gs ? agnxtnode(gs, ns) : NULL) {
      uint32_t s = node_index(ns);
      Agnode_t *nt = gt ? agfstnode(gt) : aghead(ed);
      for (; s != TMC_NONE && nt; nt = gt ? agnxtnode(gt, nt) : NULL) {
        uint32_t t = node_index(nt);
        if (t == TMC_NONE || t == s)
          continue;
        if (!budget) {
          if (!warned)
            tmc_warning(d, (tmc_loc){ir->file, tmc_dotscan_graph_line(scan), 0},
                        "edges to clusters by name reach too many nodes; the rest are "
                        "not read");
          warned = true;
          break;
        }
        budget--;
        add_edge_flow(&x, ed, s, t);
      }
    }
  }

done:
  tmc_strmap_free(&clusters);
  free(named);
  free(pc.keys);
  free(pc.counts);
  free(edges);
  free(graphs);
  free(text);
  tmc_dotscan_free(scan);
  if (g)
    agclose(g);
  return rc;
}
