/* dotscan.c - finds source lines for DOT statements.
 *
 * One pass tokenizes the text, tracking lines through comments, strings and
 * continuations; a second walks the tokens with just enough grammar to expand
 * edge statements the way cgraph does. The one idea: every node mention is
 * appended to one array in text order, so a subgraph's nodes are the
 * contiguous range of mentions between its braces; an edge operand is such a
 * range (one node, or a whole `{ }`), and `A -> B` records an edge for every
 * pair in range A x range B at the operator's line. Subgraph nesting uses an
 * explicit stack, never recursion. Lines go into hash tables keyed by name. */
#include "frontend/dotscan.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ir/util.h"

typedef enum { T_ID, T_PUNCT, T_EDGEOP } tok_kind;

/* One per token of the whole file, so kept to 24 bytes (a file of one-letter
 * node statements holds as many tokens as half its bytes). */
typedef struct tok {
  const char *text; /* for T_ID: the ID's value, arena */
  uint32_t line;
  uint32_t col;     /* 1-based byte column */
  uint32_t cg_line; /* the line cgraph 2.42 counts: raw newlines inside
                       quoted strings do not count */
  uint8_t kind;     /* tok_kind */
  char punct;       /* for T_PUNCT */
  bool keyword_ok;  /* an unquoted ID: may be a keyword */
} tok;
_Static_assert(sizeof(tok) <= 24, "a token stays 24 bytes");

typedef struct entry {
  const char *key;
  tmc_dotpos decl, first; /* node: its statement, first mention; subgraph: first */
  uint32_t *ids;          /* edge: its occurrences (into occs) in text order; node and
                             subgraph: its attributes (into attrs) in text order */
  uint32_t n_ids, cap_ids;
  uint32_t next; /* edge: occurrences already taken */
} entry;

/* One edge as written: its operator, and the attributes of its statement
 * (attrs[attr_lo, attr_hi)). A statement's edges are a chain through next,
 * so its attributes reach them alone, never the edges of statements nested
 * in its subgraph operands (`a -> { b -> { ... } }`: linear, not a pass over
 * every inner edge per level). */
typedef struct occ {
  tmc_dotpos op;
  uint32_t attr_lo, attr_hi;
  uint32_t next; /* the statement's next edge, index + 1; 0: the last */
} occ;

typedef struct table {
  entry *v;
  uint32_t cap, n;
} table;

struct tmc_dotscan {
  tmc_arena *arena;
  uint32_t graph_line, extra_graph_line;
  uint32_t max_depth, max_depth_line;
  uint32_t n_edges, max_edges, edges_over;
  uint32_t tokens_over;               /* line of the first token past the cap */
  uint32_t elements_over;             /* distinct nodes + edges first past max_edges */
  uint32_t max_chain, max_chain_line; /* most edge operators in one statement */
  uint32_t *anon;                     /* line of each anonymous subgraph, text order */
  uint32_t n_anon, cap_anon;
  table nodes, edges, subgraphs; /* an anonymous subgraph's attributes are
                                    under the key anon_key(k) */
  occ *occs;
  uint32_t n_occs, cap_occs;
  tmc_dotattr *attrs; /* every `name = value` in text order */
  uint32_t n_attrs, cap_attrs;
  table names;                                   /* distinct attribute names */
  const char *name_text[TMC_DOTSCAN_NAMES_KEPT]; /* the first ones, in text order */
  tmc_dotpos name_pos[TMC_DOTSCAN_NAMES_KEPT];
};

/* ---- hash tables ------------------------------------------------------------ */

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
    free(t->v[i].ids);
  free(t->v);
}

/* The subgraphs table's key for the k-th anonymous subgraph: it starts with
 * a byte no DOT ID holds. */
static void anon_key(char *buf, size_t n, uint32_t k) {
  snprintf(buf, n, "\x02%u", k);
}

/* The key of an edge: tail, a byte that cannot occur in a DOT ID, head. */
static char *edge_key(const char *tail, const char *head) {
  size_t lt = strlen(tail), lh = strlen(head);
  char *key = tmc_xmalloc(lt + lh + 2);
  memcpy(key, tail, lt);
  key[lt] = '\x01';
  memcpy(key + lt + 1, head, lh + 1);
  return key;
}

/* ---- tokenizer ---------------------------------------------------------------- */

static bool letter(unsigned char c) {
  return isalpha(c) || c == '_' || c >= 0x80;
}

/* Reads a quoted string starting at s[*i] == '"', with cgraph's escapes: \"
 * is a quote, \\ stays two backslashes, backslash-newline disappears. Pieces
 * joined by '+' become one string. Advances *i and *line; *off grows by the
 * newlines cgraph 2.42 does not count: its scanner swallows a run of plain
 * characters whole, and counts a newline only when it is a run by itself
 * (which it then also drops from the string). */
static bool quoted(tmc_buf *b, const char *s, size_t len, size_t *i, uint32_t *line,
                   int64_t *off) {
  size_t p = *i;
  tmc_buf_clear(b);
  for (;;) {
    p++; /* opening quote */
    while (p < len && s[p] != '"') {
      if (s[p] == '\\' && p + 1 < len && (s[p + 1] == '"' || s[p + 1] == '\\')) {
        if (s[p + 1] == '\\')
          tmc_buf_putc(b, '\\');
        tmc_buf_putc(b, s[p + 1]);
        p += 2;
      } else if (s[p] == '\\' && p + 1 < len && s[p + 1] == '\n') {
        (*line)++;
        p += 2;
      } else if (s[p] == '\\') {
        tmc_buf_putc(b, '\\');
        p++;
      } else {
        size_t q = p;
        while (q < len && s[q] != '"' && s[q] != '\\')
          q++;
        if (q - p == 1 && s[p] == '\n') {
          (*line)++;
        } else {
          for (size_t k = p; k < q; k++)
            if (s[k] == '\n')
              (*line)++, (*off)++;
          tmc_buf_put(b, s + p, q - p);
        }
        p = q;
      }
    }
    if (p >= len) {
      *i = p;
      return false; /* unterminated */
    }
    p++; /* closing quote */
    /* "a" + "b" is one string; only space may surround the '+'. */
    size_t j = p;
    uint32_t nl = 0;
    while (j < len && isspace((unsigned char)s[j]))
      nl += s[j++] == '\n';
    if (j < len && s[j] == '+') {
      size_t k = j + 1;
      while (k < len && isspace((unsigned char)s[k]))
        nl += s[k++] == '\n';
      if (k < len && s[k] == '"') {
        *line += nl;
        p = k;
        continue;
      }
    }
    break;
  }
  *i = p;
  return true;
}

/* A '#' line in column 1 may be a C preprocessor line marker, `# 12 "f"` or
 * `#line 12`, which resets cgraph's line counter: the next line is 12. */
static void line_marker(const char *s, size_t len, size_t i, uint32_t line,
                        int64_t *off) {
  size_t p = i + 1;
  if (p + 4 <= len && strncmp(s + p, "line", 4) == 0)
    p += 4;
  while (p < len && (s[p] == ' ' || s[p] == '\t'))
    p++;
  if (p >= len || !isdigit((unsigned char)s[p]))
    return;
  int64_t n = 0;
  while (p < len && isdigit((unsigned char)s[p]) && n < 1000000000)
    n = n * 10 + (s[p++] - '0');
  *off = (int64_t)line + 1 - n;
}

/* Tokenizes; returns the token array (malloc'd) and its count, and in
 * *open the line where an unterminated string or comment starts (else 0). */
static tok *tokenize(tmc_arena *a, const char *s, size_t len, uint32_t max_tokens,
                     uint32_t *count, uint32_t *open, uint32_t *over) {
  tok *v = NULL;
  uint32_t n = 0, cap = 0;
  uint32_t line = 1;
  int64_t off = 0;
  *open = 0; /* line - cgraph's line */
  if (over)
    *over = 0;
  size_t i = 0;
  /* Columns: bol is where the line of the byte at `seen` starts; both only
   * move forward, so finding each token's column is linear in all. */
  size_t seen = 0, bol = 0;
  tmc_buf b = TMC_BUF_INIT;
  if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    i = seen = bol = 3;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') {
      line++;
      i++;
      continue;
    }
    if (isspace(c)) {
      i++;
      continue;
    }
    /* '#' starts a comment anywhere outside strings (cgraph ignores C
     * preprocessor output and shell-style comments alike). */
    if (c == '#') {
      if (i == 0 || s[i - 1] == '\n')
        line_marker(s, len, i, line, &off);
      while (i < len && s[i] != '\n')
        i++;
      continue;
    }
    if (c == '/' && i + 1 < len && s[i + 1] == '/') {
      while (i < len && s[i] != '\n')
        i++;
      continue;
    }
    if (c == '/' && i + 1 < len && s[i + 1] == '*') {
      *open = line;
      i += 2;
      while (i < len && !(s[i] == '*' && i + 1 < len && s[i + 1] == '/'))
        line += s[i++] == '\n';
      if (i + 1 < len)
        *open = 0;
      i = i + 2 < len ? i + 2 : len;
      continue;
    }
    for (; seen < i; seen++)
      if (s[seen] == '\n')
        bol = seen + 1;
    size_t start = i;
    if (max_tokens && n >= max_tokens) {
      if (over)
        *over = line;
      break;
    }
    tok *t = TMC_PUSH(v, n, cap);
    t->line = line;
    t->col = i - bol < UINT32_MAX ? (uint32_t)(i - bol + 1) : 0;
    t->cg_line = (int64_t)line - off > 0 ? (uint32_t)((int64_t)line - off) : 0;
    t->keyword_ok = false;
    t->text = NULL;
    t->punct = 0;
    if (c == '"') {
      if (!quoted(&b, s, len, &i, &line, &off))
        *open = t->line;
      t->kind = T_ID;
      t->text = tmc_arena_strndup(a, b.data ? b.data : "", b.len);
    } else if (c == '<') {
      /* HTML string: balanced angle brackets; the ID is what is inside. */
      int depth = 0;
      while (i < len) {
        if (s[i] == '<') {
          depth++;
        } else if (s[i] == '>' && --depth == 0) {
          i++;
          break;
        }
        line += s[i] == '\n';
        i++;
      }
      if (depth)
        *open = t->line;
      size_t end = depth == 0 ? i - 1 : i;
      t->kind = T_ID;
      t->text = tmc_arena_strndup(a, s + start + 1, end > start ? end - start - 1 : 0);
    } else if (c == '-' && i + 1 < len && (s[i + 1] == '>' || s[i + 1] == '-')) {
      t->kind = T_EDGEOP;
      i += 2;
    } else if (letter(c)) {
      /* NAME: a letter, then letters and digits. */
      i++;
      while (i < len && (letter((unsigned char)s[i]) || isdigit((unsigned char)s[i])))
        i++;
      t->kind = T_ID;
      t->keyword_ok = true;
      t->text = tmc_arena_strndup(a, s + start, i - start);
    } else if (isdigit(c) || ((c == '-' || c == '.') && i + 1 < len &&
                              (isdigit((unsigned char)s[i + 1]) ||
                               (c == '-' && s[i + 1] == '.' && i + 2 < len &&
                                isdigit((unsigned char)s[i + 2]))))) {
      /* NUMBER: [-] digits [. digits] or [-] . digits; a letter or a second
       * '.' right after it starts the next token, as in cgraph. */
      if (s[i] == '-')
        i++;
      while (i < len && isdigit((unsigned char)s[i]))
        i++;
      if (i < len && s[i] == '.') {
        i++;
        while (i < len && isdigit((unsigned char)s[i]))
          i++;
      }
      t->kind = T_ID;
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

/* ---- the walk --------------------------------------------------------------- */

static bool is_kw(const tok *t, const char *kw) {
  return t->kind == T_ID && t->keyword_ok && strcasecmp(t->text, kw) == 0;
}

static bool is_punct(const tok *t, char c) {
  return t->kind == T_PUNCT && t->punct == c;
}

/* Skips an endpoint's :port:compass suffix; returns the next index. */
static uint32_t skip_port(const tok *v, uint32_t n, uint32_t i) {
  while (i + 1 < n && is_punct(&v[i], ':') && v[i + 1].kind == T_ID)
    i += 2;
  return i;
}

static tmc_dotpos pos_of(const tok *t) {
  return (tmc_dotpos){t->line, t->col};
}

/* Counts an attribute name: cgraph gives every object of its kind a slot for
 * each distinct one. */
static void note_name(tmc_dotscan *s, const tok *name) {
  uint32_t before = s->names.n;
  entry *e = lookup(&s->names, name->text, true, s->arena);
  if (s->names.n != before && before < TMC_DOTSCAN_NAMES_KEPT) {
    s->name_text[before] = e->key;
    s->name_pos[before] = pos_of(name);
  }
}

/* Records `name = value` (value may be absent: a position of 0). */
static void add_attr(tmc_dotscan *s, const tok *name, const tok *value) {
  note_name(s, name);
  tmc_dotattr *a = TMC_PUSH(s->attrs, s->n_attrs, s->cap_attrs);
  a->key = name->text;
  a->key_pos = pos_of(name);
  a->value_pos = value ? pos_of(value) : (tmc_dotpos){0};
}

/* Reads the balanced [ ] groups starting at v[i] (`a [x=1] [y=2]`),
 * recording each `name = value` at the top level; returns the index after
 * them. The new attributes are s->attrs[before, s->n_attrs). */
static uint32_t read_attrs(tmc_dotscan *s, const tok *v, uint32_t n, uint32_t i) {
  while (i < n && is_punct(&v[i], '[')) {
    int depth = 0;
    for (; i < n; i++) {
      if (is_punct(&v[i], '['))
        depth++;
      else if (is_punct(&v[i], ']') && --depth == 0)
        break;
      else if (depth == 1 && v[i].kind == T_ID && i + 2 < n && is_punct(&v[i + 1], '=') &&
               v[i + 2].kind == T_ID) {
        add_attr(s, &v[i], &v[i + 2]);
        i += 2;
      } else if (depth == 1 && v[i].kind == T_ID)
        note_name(s, &v[i]); /* `[bold]`: a name set to true */
    }
    if (i < n)
      i++;
  }
  return i;
}

/* Files attrs[lo, hi) under the node or subgraph keyed key (gone past the
 * element cap: nothing to file under). */
static void own_attrs(tmc_dotscan *s, table *t, const char *key, uint32_t lo,
                      uint32_t hi) {
  entry *e = key ? lookup(t, key, false, NULL) : NULL;
  for (uint32_t k = lo; e && k < hi; k++)
    *TMC_PUSH(e->ids, e->n_ids, e->cap_ids) = k;
}

/* The statement being read: the last complete edge operand (a range of
 * mentions) and the line of an edge operator waiting for its right side. */
typedef struct stmt {
  bool has_prev;
  uint32_t lo, hi;
  tmc_dotpos op;                /* the operator pending; line 0: none */
  uint32_t ops;                 /* edge operators so far in this statement */
  uint32_t first_line;          /* line of the first one */
  uint32_t own_first, own_last; /* its edges' chain in occs, index + 1; 0: none */
  const char *node;             /* a node statement's node (`a [..]`), else NULL */
} stmt;

typedef struct frame {
  uint32_t start;    /* first mention inside this subgraph */
  stmt saved;        /* the enclosing statement, resumed at '}' */
  const char *owner; /* its key in the subgraphs table: `x = y` inside is its */
} frame;

typedef struct walk {
  tmc_dotscan *s;
  const char **mentions; /* node names in text order */
  uint32_t n_mentions, cap_mentions;
} walk;

/* cgraph makes a node of every distinct name and an edge of every pair: once
 * they add up past the cap, the front end refuses the text before cgraph
 * builds a graph of millions of nodes only to be told it is too big. */
static void count_element(tmc_dotscan *s, uint32_t line) {
  if (s->max_edges && !s->elements_over &&
      (uint64_t)s->nodes.n + s->n_edges + s->subgraphs.n > s->max_edges)
    s->elements_over = line;
}

static void add_edge(tmc_dotscan *s, stmt *st, const char *tail, const char *head,
                     tmc_dotpos op) {
  if (s->max_edges && s->n_edges >= s->max_edges) {
    if (!s->edges_over)
      s->edges_over = op.line;
    return;
  }
  s->n_edges++;
  count_element(s, op.line);
  char *key = edge_key(tail, head);
  entry *e = lookup(&s->edges, key, true, s->arena);
  *TMC_PUSH(e->ids, e->n_ids, e->cap_ids) = s->n_occs;
  *TMC_PUSH(s->occs, s->n_occs, s->cap_occs) = (occ){op, 0, 0, 0};
  if (st->own_last)
    s->occs[st->own_last - 1].next = s->n_occs;
  else
    st->own_first = s->n_occs;
  st->own_last = s->n_occs;
  free(key);
}

/* An operand [lo, hi) is complete: join it to a pending left side. */
static void operand(walk *w, stmt *st, uint32_t lo, uint32_t hi) {
  uint64_t pairs = (uint64_t)(st->hi - st->lo) * (hi - lo);
  tmc_dotscan *s = w->s;
  if (st->op.line && st->has_prev && s->max_edges && s->n_edges + pairs > s->max_edges) {
    /* Stop before a huge product is even enumerated. */
    if (!s->edges_over)
      s->edges_over = st->op.line;
  } else if (st->op.line && st->has_prev)
    for (uint32_t t = st->lo; t < st->hi; t++)
      for (uint32_t h = lo; h < hi; h++)
        add_edge(w->s, st, w->mentions[t], w->mentions[h], st->op);
  st->has_prev = true;
  st->lo = lo;
  st->hi = hi;
  st->op = (tmc_dotpos){0};
}

/* Returns the node's key (NULL past the element cap). */
static const char *mention(walk *w, const tok *t, bool decl) {
  /* Past the element cap the text is refused anyway: new names are no
   * longer kept, so a file of millions of nodes costs a table of the cap. */
  entry *e = lookup(&w->s->nodes, t->text, !w->s->elements_over, w->s->arena);
  if (!e) {
    *TMC_PUSH(w->mentions, w->n_mentions, w->cap_mentions) = "";
    return NULL;
  }
  if (!e->first.line) {
    e->first = pos_of(t);
    count_element(w->s, t->line);
  }
  if (decl && !e->decl.line)
    e->decl = pos_of(t);
  *TMC_PUSH(w->mentions, w->n_mentions, w->cap_mentions) = e->key;
  return e->key;
}

static void open_subgraph(tmc_dotscan *s, frame **fv, uint32_t *nf, uint32_t *cf,
                          const walk *w, stmt *st, uint32_t line, const char *owner) {
  frame *f = TMC_PUSH(*fv, *nf, *cf);
  f->start = w->n_mentions;
  f->saved = *st;
  f->owner = owner;
  *st = (stmt){0};
  if (*nf > s->max_depth) {
    s->max_depth = *nf;
    s->max_depth_line = line;
  }
}

static void scan(tmc_dotscan *s, const tok *v, uint32_t n) {
  walk w = {s, NULL, 0, 0};
  frame *frames = NULL;
  uint32_t nf = 0, cf = 0;
  stmt st = {0};
  uint32_t i = 0;

  /* Header: [strict] (graph|digraph) [ID] '{'. */
  while (i < n && !is_punct(&v[i], '{')) {
    if (!s->graph_line &&
        (is_kw(&v[i], "strict") || is_kw(&v[i], "graph") || is_kw(&v[i], "digraph")))
      s->graph_line = v[i].line;
    i++;
  }
  i++;
  while (i < n) {
    const tok *t = &v[i];
    if (t->kind == T_EDGEOP) {
      st.op = st.has_prev ? pos_of(t) : (tmc_dotpos){0};
      if (st.has_prev && st.ops++ == 0)
        st.first_line = t->line;
      if (st.ops > s->max_chain) {
        s->max_chain = st.ops;
        s->max_chain_line = st.first_line;
      }
      i++;
    } else if (is_punct(t, '[')) {
      /* The attributes of the statement's edges, else of its node. */
      uint32_t lo = s->n_attrs;
      i = read_attrs(s, v, n, i);
      if (st.ops)
        for (uint32_t k = st.own_first; k; k = s->occs[k - 1].next) {
          s->occs[k - 1].attr_lo = lo;
          s->occs[k - 1].attr_hi = s->n_attrs;
        }
      else if (st.node)
        own_attrs(s, &s->nodes, st.node, lo, s->n_attrs);
      st = (stmt){0};
    } else if (is_kw(t, "subgraph") || is_punct(t, '{')) {
      const char *name = NULL;
      uint32_t j = i;
      if (is_kw(t, "subgraph")) {
        j++;
        if (j < n && v[j].kind == T_ID)
          name = v[j++].text;
      }
      if (j < n && is_punct(&v[j], '{')) {
        /* cgraph builds a graph record for every subgraph, even an empty
         * `{}` (a 2 MB file of them took 1.4 GB), so subgraphs count as
         * elements; past the cap none is recorded, the text is refused. */
        const char *owner = NULL;
        if (!s->elements_over) {
          char key[16];
          if (!name) {
            anon_key(key, sizeof key, s->n_anon);
            *TMC_PUSH(s->anon, s->n_anon, s->cap_anon) = t->line;
          }
          entry *e = lookup(&s->subgraphs, name ? name : key, true, s->arena);
          if (!e->first.line) {
            e->first = pos_of(t);
            count_element(s, t->line);
          }
          owner = e->key;
        }
        open_subgraph(s, &frames, &nf, &cf, &w, &st, t->line, owner);
        i = j + 1;
      } else {
        /* `subgraph NAME` alone refers to an earlier subgraph: an operand
         * whose nodes we do not track. */
        operand(&w, &st, w.n_mentions, w.n_mentions);
        i = j;
      }
    } else if (is_punct(t, '}')) {
      if (!nf) {
        /* The graph's closing brace: anything after it is another graph. */
        for (uint32_t k = i + 1; k < n; k++)
          if (is_punct(&v[k], '{')) {
            s->extra_graph_line = v[k].line;
            break;
          }
        break;
      }
      frame f = frames[--nf];
      st = f.saved;
      if (!st.op.line) { /* the subgraph starts a statement of its own */
        st.ops = 0;
        st.own_first = st.own_last = 0;
        st.node = NULL;
      }
      operand(&w, &st, f.start, w.n_mentions);
      i++;
    } else if (t->kind == T_ID && i + 1 < n && is_punct(&v[i + 1], '=')) {
      /* ID = ID: an attribute of the subgraph it is in (or the graph). */
      uint32_t lo = s->n_attrs;
      add_attr(s, t, i + 2 < n && v[i + 2].kind == T_ID ? &v[i + 2] : NULL);
      if (nf)
        own_attrs(s, &s->subgraphs, frames[nf - 1].owner, lo, s->n_attrs);
      i += 3;
      st = (stmt){0};
    } else if (is_kw(t, "node") || is_kw(t, "edge") || is_kw(t, "graph")) {
      /* Defaults (node, edge) are not placed; `graph [..]` is the
       * subgraph's own. */
      uint32_t lo = s->n_attrs;
      i = read_attrs(s, v, n, i + 1);
      if (nf && is_kw(t, "graph"))
        own_attrs(s, &s->subgraphs, frames[nf - 1].owner, lo, s->n_attrs);
      st = (stmt){0};
    } else if (t->kind == T_ID) {
      uint32_t j = skip_port(v, n, i + 1);
      bool in_edge = st.op.line || (j < n && v[j].kind == T_EDGEOP);
      if (!st.op.line) { /* a new statement, even without a ';' */
        st.ops = 0;
        st.own_first = st.own_last = 0;
      }
      const char *key = mention(&w, t, !in_edge);
      st.node = in_edge ? NULL : key;
      operand(&w, &st, w.n_mentions - 1, w.n_mentions);
      i = j;
    } else {
      st = (stmt){0}; /* ';' ',' or stray punctuation */
      i++;
    }
  }
  free(frames);
  free(w.mentions);
}

tmc_dotscan *tmc_dotscan_new(const char *data, size_t len, uint32_t max_edges) {
  tmc_dotscan *s = tmc_xcalloc(1, sizeof(*s));
  s->arena = tmc_arena_new();
  s->max_edges = max_edges;
  uint32_t n;
  uint32_t open;
  /* The tokens are held at once (24 bytes each, a file of one-letter node
   * statements has one per two bytes): past what max_edges elements could
   * take, the text is refused before they cost gigabytes. */
  uint64_t most = (uint64_t)max_edges * TMC_DOTSCAN_TOKENS_PER_ELEMENT;
  uint32_t max_tokens = !max_edges ? 0 : most > UINT32_MAX ? UINT32_MAX : (uint32_t)most;
  tok *v = tokenize(s->arena, data, len, max_tokens, &n, &open, &s->tokens_over);
  scan(s, v, n); /* what was read, so an element cap within it is named first */
  free(v);
  return s;
}

void tmc_dotscan_free(tmc_dotscan *s) {
  if (!s)
    return;
  table_free(&s->nodes);
  table_free(&s->edges);
  table_free(&s->subgraphs);
  table_free(&s->names);
  free(s->anon);
  free(s->occs);
  free(s->attrs);
  tmc_arena_free(s->arena);
  free(s);
}

/* ---- queries ---------------------------------------------------------------- */

uint32_t tmc_dotscan_graph_line(const tmc_dotscan *s) {
  return s && s->graph_line ? s->graph_line : 1;
}

tmc_dotpos tmc_dotscan_node_pos(const tmc_dotscan *s, const char *name) {
  entry *e = s ? lookup((table *)&s->nodes, name, false, NULL) : NULL;
  if (!e)
    return (tmc_dotpos){0};
  return e->decl.line ? e->decl : e->first;
}

uint32_t tmc_dotscan_node_line(const tmc_dotscan *s, const char *name) {
  return tmc_dotscan_node_pos(s, name).line;
}

bool tmc_dotscan_node_declared(const tmc_dotscan *s, const char *name) {
  entry *e = s ? lookup((table *)&s->nodes, name, false, NULL) : NULL;
  return e && e->decl.line;
}

/* The last of e's attributes named key (cgraph keeps the last value). */
static bool find_attr(const tmc_dotscan *s, const entry *e, const char *key,
                      tmc_dotattr *out) {
  for (uint32_t k = e ? e->n_ids : 0; k-- > 0;)
    if (strcmp(s->attrs[e->ids[k]].key, key) == 0) {
      *out = s->attrs[e->ids[k]];
      return true;
    }
  return false;
}

bool tmc_dotscan_node_attr(const tmc_dotscan *s, const char *name, const char *key,
                           tmc_dotattr *out) {
  return s && find_attr(s, lookup((table *)&s->nodes, name, false, NULL), key, out);
}

/* The index into occs of the next not yet taken edge from tail to head;
 * UINT32_MAX when none is left. */
static uint32_t take_edge(tmc_dotscan *s, const char *tail, const char *head) {
  char *key = edge_key(tail, head);
  entry *e = lookup(&s->edges, key, false, NULL);
  free(key);
  if (!e || e->next >= e->n_ids)
    return UINT32_MAX;
  return e->ids[e->next++];
}

tmc_dotpos tmc_dotscan_edge_take(tmc_dotscan *s, const char *tail, const char *head,
                                 uint32_t *edge) {
  *edge = UINT32_MAX;
  if (!s)
    return (tmc_dotpos){0};
  uint32_t k = take_edge(s, tail, head);
  if (k == UINT32_MAX)
    k = take_edge(s, head, tail);
  if (k != UINT32_MAX) {
    *edge = k;
    return s->occs[k].op;
  }
  uint32_t a = tmc_dotscan_node_line(s, tail), b = tmc_dotscan_node_line(s, head);
  return (tmc_dotpos){a > b ? a : b, 0};
}

uint32_t tmc_dotscan_edge_line(tmc_dotscan *s, const char *tail, const char *head) {
  uint32_t edge;
  return tmc_dotscan_edge_take(s, tail, head, &edge).line;
}

bool tmc_dotscan_edge_attr(const tmc_dotscan *s, uint32_t edge, const char *key,
                           tmc_dotattr *out) {
  if (!s || edge >= s->n_occs)
    return false;
  for (uint32_t k = s->occs[edge].attr_hi; k-- > s->occs[edge].attr_lo;)
    if (strcmp(s->attrs[k].key, key) == 0) {
      *out = s->attrs[k];
      return true;
    }
  return false;
}

uint32_t tmc_dotscan_subgraph_line(const tmc_dotscan *s, const char *name) {
  entry *e = s ? lookup((table *)&s->subgraphs, name, false, NULL) : NULL;
  return e ? e->first.line : 0;
}

bool tmc_dotscan_subgraph_attr(const tmc_dotscan *s, const char *name, uint32_t k,
                               const char *key, tmc_dotattr *out) {
  char buf[16];
  if (!name)
    anon_key(buf, sizeof buf, k);
  return s && find_attr(s, lookup((table *)&s->subgraphs, name ? name : buf, false, NULL),
                        key, out);
}

uint32_t tmc_dotscan_anon_line(const tmc_dotscan *s, uint32_t k) {
  return s && k < s->n_anon ? s->anon[k] : 0;
}

uint32_t tmc_dotscan_max_depth(const tmc_dotscan *s, uint32_t *line) {
  if (line)
    *line = s ? s->max_depth_line : 0;
  return s ? s->max_depth : 0;
}

uint32_t tmc_dotscan_edges_over(const tmc_dotscan *s) {
  return s ? s->edges_over : 0;
}

uint32_t tmc_dotscan_elements_over(const tmc_dotscan *s) {
  if (!s)
    return 0;
  uint32_t a = s->elements_over, b = s->edges_over;
  return a && b ? (a < b ? a : b) : a ? a : b;
}

uint32_t tmc_dotscan_tokens_over(const tmc_dotscan *s) {
  return s ? s->tokens_over : 0;
}

uint64_t tmc_dotscan_objects(const tmc_dotscan *s) {
  return s ? (uint64_t)s->nodes.n + s->n_edges + s->subgraphs.n : 0;
}

uint32_t tmc_dotscan_attr_names(const tmc_dotscan *s) {
  return s ? s->names.n : 0;
}

const char *tmc_dotscan_attr_name(const tmc_dotscan *s, uint32_t k, tmc_dotpos *pos) {
  if (!s || k >= s->names.n || k >= TMC_DOTSCAN_NAMES_KEPT) {
    *pos = (tmc_dotpos){0};
    return NULL;
  }
  *pos = s->name_pos[k];
  return s->name_text[k];
}

uint32_t tmc_dotscan_max_chain(const tmc_dotscan *s, uint32_t *line) {
  if (line)
    *line = s ? s->max_chain_line : 0;
  return s ? s->max_chain : 0;
}

uint32_t tmc_dotscan_extra_graph_line(const tmc_dotscan *s) {
  return s ? s->extra_graph_line : 0;
}

uint32_t tmc_dotscan_error_line(const char *data, size_t len, uint32_t cg_line,
                                const char *near, bool counts_string_newlines) {
  tmc_arena *a = tmc_arena_new();
  uint32_t n;
  uint32_t open = 0;
  tok *v = tokenize(a, data, len, 0, &n, &open, NULL);
  uint32_t line = 0, fallback = 0;
  if (open && (!near || !*near)) {
    /* An unterminated string or comment: where it starts is what to fix. */
    line = open;
  } else if (!near || !*near) {
    /* No token to look for: shift by the uncounted newlines before the
     * last token at or before that line. */
    uint32_t shift = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t l = counts_string_newlines ? v[i].line : v[i].cg_line;
      if (l > cg_line)
        break;
      shift = v[i].line - l;
    }
    line = cg_line + shift;
  } else {
    for (uint32_t i = 0; i < n; i++) {
      uint32_t l = counts_string_newlines ? v[i].line : v[i].cg_line;
      if (l != cg_line)
        continue;
      fallback = v[i].line;
      bool same = v[i].kind == T_ID ? strcmp(v[i].text, near) == 0
                  : v[i].kind == T_PUNCT
                      ? near[0] == v[i].punct && !near[1]
                      : strcmp(near, "->") == 0 || strcmp(near, "--") == 0;
      if (same)
        line = v[i].line;
    }
    if (!line)
      line = fallback ? fallback : cg_line;
  }
  free(v);
  tmc_arena_free(a);
  return line;
}
