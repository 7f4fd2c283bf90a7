/* dotscan.c - finds source lines for DOT statements. One pass tokenizes the
 * text (tracking lines through comments, strings and continuations), a second
 * walks the tokens with just enough grammar to tell node statements, edge
 * chains (a -> b -> c gives two edges, each at its operator's line) and
 * subgraph headers apart. Lines go into hash tables keyed by name. */
#include "frontend/dotscan.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ir/util.h"

typedef enum { T_ID, T_PUNCT, T_EDGEOP } tok_kind;

typedef struct tok {
  tok_kind kind;
  char punct;       /* for T_PUNCT */
  const char *text; /* for T_ID: the ID's value, arena */
  bool keyword_ok;  /* unquoted: may be a keyword */
  uint32_t line;
} tok;

typedef struct entry {
  const char *key;
  uint32_t decl, first; /* node: statement line, first mention */
  uint32_t *lines;      /* edge: every occurrence in order */
  uint32_t n_lines, cap_lines, next;
} entry;

typedef struct table {
  entry *v;
  uint32_t cap, n;
} table;

struct tmc_dotscan {
  tmc_arena *arena;
  uint32_t graph_line;
  table nodes, edges, clusters;
};

static uint64_t hash(const char *s) {
  return tmc_hash64(s, strlen(s), 0);
}

static entry *lookup(table *t, const char *key, bool create, tmc_arena *a) {
  if (create && (t->n + 1) * 2 > t->cap) {
    uint32_t ncap = t->cap ? t->cap * 2 : 64;
    entry *nv = tmc_xcalloc(ncap, sizeof(entry));
    for (uint32_t i = 0; i < t->cap; i++) {
      if (!t->v[i].key)
        continue;
      uint64_t h = hash(t->v[i].key) & (ncap - 1);
      while (nv[h].key)
        h = (h + 1) & (ncap - 1);
      nv[h] = t->v[i];
    }
    free(t->v);
    t->v = nv;
    t->cap = ncap;
  }
  if (!t->cap)
    return NULL;
  uint64_t h = hash(key) & (t->cap - 1);
  while (t->v[h].key) {
    if (strcmp(t->v[h].key, key) == 0)
      return &t->v[h];
    h = (h + 1) & (t->cap - 1);
  }
  if (!create)
    return NULL;
  t->v[h].key = tmc_arena_strdup(a, key);
  t->n++;
  return &t->v[h];
}

static void table_free(table *t) {
  for (uint32_t i = 0; i < t->cap; i++)
    free(t->v[i].lines);
  free(t->v);
}

static bool id_char(unsigned char c) {
  return isalnum(c) || c == '_' || c == '.' || c >= 0x80;
}

/* Tokenizes; returns the token array (malloc'd) and its count. */
static tok *tokenize(tmc_arena *a, const char *s, size_t len, uint32_t *count) {
  tok *v = NULL;
  uint32_t n = 0, cap = 0;
  uint32_t line = 1;
  size_t i = 0;
  bool line_start = true;
  tmc_buf b = TMC_BUF_INIT;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') {
      line++;
      i++;
      line_start = true;
      continue;
    }
    if (isspace(c)) {
      i++;
      continue;
    }
    /* '#' lines are C preprocessor output: ignored by cgraph too. */
    if (c == '#' && line_start) {
      while (i < len && s[i] != '\n')
        i++;
      continue;
    }
    line_start = false;
    if (c == '/' && i + 1 < len && s[i + 1] == '/') {
      while (i < len && s[i] != '\n')
        i++;
      continue;
    }
    if (c == '/' && i + 1 < len && s[i + 1] == '*') {
      i += 2;
      while (i < len && !(s[i] == '*' && i + 1 < len && s[i + 1] == '/')) {
        if (s[i] == '\n')
          line++;
        i++;
      }
      i += 2;
      continue;
    }
    tok *t = TMC_PUSH(v, n, cap);
    t->line = line;
    t->keyword_ok = false;
    if (c == '"') {
      /* Quoted string: \" is a quote, backslash-newline a continuation;
       * concatenation with + joins the pieces. */
      tmc_buf_clear(&b);
      for (;;) {
        i++;
        while (i < len && s[i] != '"') {
          if (s[i] == '\\' && i + 1 < len && s[i + 1] == '"') {
            tmc_buf_putc(&b, '"');
            i += 2;
          } else if (s[i] == '\\' && i + 1 < len && s[i + 1] == '\n') {
            line++;
            i += 2;
          } else if (s[i] == '\\' && i + 2 < len && s[i + 1] == '\r' && s[i + 2] == '\n') {
            line++;
            i += 3;
          } else {
            if (s[i] == '\n')
              line++;
            tmc_buf_putc(&b, s[i]);
            i++;
          }
        }
        i++; /* closing quote */
        size_t j = i;
        while (j < len && isspace((unsigned char)s[j]))
          j++;
        if (j < len && s[j] == '+') {
          size_t k = j + 1;
          while (k < len && isspace((unsigned char)s[k]))
            k++;
          if (k < len && s[k] == '"') {
            for (size_t q = i; q < k; q++)
              line += s[q] == '\n';
            i = k;
            continue;
          }
        }
        break;
      }
      t->kind = T_ID;
      t->text = tmc_arena_strndup(a, b.data ? b.data : "", b.len);
    } else if (c == '<') {
      /* HTML string: balanced angle brackets. */
      int depth = 0;
      size_t start = i;
      while (i < len) {
        if (s[i] == '<')
          depth++;
        else if (s[i] == '>' && --depth == 0) {
          i++;
          break;
        } else if (s[i] == '\n')
          line++;
        i++;
      }
      t->kind = T_ID;
      t->text = tmc_arena_strndup(a, s + start, i - start);
    } else if (c == '-' && i + 1 < len && (s[i + 1] == '>' || s[i + 1] == '-')) {
      t->kind = T_EDGEOP;
      i += 2;
    } else if (id_char(c) || (c == '-' && i + 1 < len && (isdigit((unsigned char)s[i + 1]) ||
                                                        s[i + 1] == '.'))) {
      size_t start = i++;
      while (i < len && id_char((unsigned char)s[i]))
        i++;
      t->kind = T_ID;
      t->keyword_ok = true;
      t->text = tmc_arena_strndup(a, s + start, i - start);
    } else {
      t->kind = T_PUNCT;
      t->punct = (char)c;
      i++;
    }
  }
  tmc_buf_free(&b);
  *count = n;
  return v;
}

static bool is_kw(const tok *t, const char *kw) {
  return t->kind == T_ID && t->keyword_ok && strcasecmp(t->text, kw) == 0;
}

static bool is_punct(const tok *t, char c) {
  return t->kind == T_PUNCT && t->punct == c;
}

static void mention(tmc_dotscan *s, const tok *t, bool decl) {
  entry *e = lookup(&s->nodes, t->text, true, s->arena);
  if (!e->first)
    e->first = t->line;
  if (decl && !e->decl)
    e->decl = t->line;
}

static void add_edge(tmc_dotscan *s, const char *tail, const char *head, uint32_t line) {
  size_t lt = strlen(tail), lh = strlen(head);
  char *key = tmc_xmalloc(lt + lh + 2);
  memcpy(key, tail, lt);
  key[lt] = '\x01';
  memcpy(key + lt + 1, head, lh + 1);
  entry *e = lookup(&s->edges, key, true, s->arena);
  *TMC_PUSH(e->lines, e->n_lines, e->cap_lines) = line;
  free(key);
}

/* Skips an endpoint's :port:compass suffix; returns the next index. */
static uint32_t skip_port(const tok *v, uint32_t n, uint32_t i) {
  while (i + 1 < n && is_punct(&v[i], ':') && v[i + 1].kind == T_ID)
    i += 2;
  return i;
}

/* Skips a balanced [ ] or { } group starting at v[i]; returns index after. */
static uint32_t skip_group(const tok *v, uint32_t n, uint32_t i, char open, char close) {
  int depth = 0;
  for (; i < n; i++) {
    if (is_punct(&v[i], open))
      depth++;
    else if (is_punct(&v[i], close) && --depth == 0)
      return i + 1;
  }
  return n;
}

tmc_dotscan *tmc_dotscan_new(const char *data, size_t len) {
  tmc_dotscan *s = tmc_xcalloc(1, sizeof(*s));
  s->arena = tmc_arena_new();
  uint32_t n;
  tok *v = tokenize(s->arena, data, len, &n);
  bool in_body = false;
  uint32_t i = 0;
  while (i < n) {
    tok *t = &v[i];
    if (!in_body) {
      if ((is_kw(t, "graph") || is_kw(t, "digraph")) && !s->graph_line)
        s->graph_line = t->line;
      if (is_kw(t, "strict") && !s->graph_line)
        s->graph_line = t->line;
      if (is_punct(t, '{'))
        in_body = true;
      i++;
      continue;
    }
    if (is_punct(t, '[')) {
      i = skip_group(v, n, i, '[', ']');
      continue;
    }
    if (is_kw(t, "subgraph")) {
      if (i + 1 < n && v[i + 1].kind == T_ID) {
        entry *e = lookup(&s->clusters, v[i + 1].text, true, s->arena);
        if (!e->first)
          e->first = t->line;
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (is_kw(t, "node") || is_kw(t, "edge") || is_kw(t, "graph")) {
      i++;
      continue;
    }
    if (t->kind == T_ID) {
      if (i + 1 < n && is_punct(&v[i + 1], '=')) {
        i += 3; /* ID = ID */
        continue;
      }
      uint32_t j = skip_port(v, n, i + 1);
      if (j < n && v[j].kind == T_EDGEOP) {
        const tok *prev = t;
        mention(s, t, false);
        while (j < n && v[j].kind == T_EDGEOP) {
          uint32_t opline = v[j].line;
          j++;
          if (j < n && v[j].kind == T_ID && !is_kw(&v[j], "subgraph")) {
            mention(s, &v[j], false);
            if (prev)
              add_edge(s, prev->text, v[j].text, opline);
            prev = &v[j];
            j = skip_port(v, n, j + 1);
          } else if (j < n && (is_punct(&v[j], '{') || is_kw(&v[j], "subgraph"))) {
            /* An edge into a subgraph: its nodes get lines from their own statements. */
            prev = NULL;
            break;
          } else {
            break;
          }
        }
        i = j;
        continue;
      }
      mention(s, t, true);
      i = j;
      continue;
    }
    i++;
  }
  free(v);
  return s;
}

void tmc_dotscan_free(tmc_dotscan *s) {
  if (!s)
    return;
  table_free(&s->nodes);
  table_free(&s->edges);
  table_free(&s->clusters);
  tmc_arena_free(s->arena);
  free(s);
}

uint32_t tmc_dotscan_graph_line(const tmc_dotscan *s) {
  return s && s->graph_line ? s->graph_line : 1;
}

uint32_t tmc_dotscan_node_line(const tmc_dotscan *s, const char *name) {
  entry *e = s ? lookup((table *)&s->nodes, name, false, NULL) : NULL;
  if (!e)
    return 0;
  return e->decl ? e->decl : e->first;
}

static uint32_t take_edge(const tmc_dotscan *s, const char *tail, const char *head) {
  size_t lt = strlen(tail), lh = strlen(head);
  char *key = tmc_xmalloc(lt + lh + 2);
  memcpy(key, tail, lt);
  key[lt] = '\x01';
  memcpy(key + lt + 1, head, lh + 1);
  entry *e = lookup((table *)&s->edges, key, false, NULL);
  free(key);
  if (!e || !e->n_lines)
    return 0;
  /* Each call consumes one occurrence, so the k-th edge cgraph reports
   * between the same pair gets the k-th line. */
  uint32_t line = e->lines[e->next < e->n_lines ? e->next : e->n_lines - 1];
  if (e->next < e->n_lines)
    e->next++;
  return line;
}

uint32_t tmc_dotscan_edge_line(const tmc_dotscan *s, const char *tail, const char *head) {
  if (!s)
    return 0;
  uint32_t line = take_edge(s, tail, head);
  if (!line)
    line = take_edge(s, head, tail);
  if (!line) {
    uint32_t a = tmc_dotscan_node_line(s, tail), b = tmc_dotscan_node_line(s, head);
    line = a > b ? a : b;
  }
  return line;
}

uint32_t tmc_dotscan_cluster_line(const tmc_dotscan *s, const char *name) {
  entry *e = s ? lookup((table *)&s->clusters, name, false, NULL) : NULL;
  return e ? e->first : 0;
}
