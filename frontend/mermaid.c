/* mermaid.c - Mermaid flowcharts (`flowchart`/`graph`), the diagrams GitHub
 * renders in Markdown.
 *
 * Mermaid has no C parser, so this is a small one: a line scanner that splits
 * statements, and tables for what varies (node shapes, link forms, the
 * Mermaid 11 `@{ shape: ... }` names, the statements that only style). Nodes
 * become elements, links flows, subgraphs boundaries (clusters: members by
 * declaration). A node belongs to the first subgraph that closes having
 * mentioned it, as in Mermaid. A subgraph used as a link's end stands for
 * its members: a link into it reaches its first member that nothing inside
 * feeds, a link out of it leaves from its last member that feeds nothing
 * inside. `~~~` links are layout only, never flows.
 *
 * Mermaid has no attributes, so tmc's vocabulary rides in comments:
 *   %% tmc: ID key=value key="two words" ...
 * where ID is a node or subgraph id, a link `A->B` (every link from A to B)
 * or a Mermaid 11 link id (`A e1@--> B`). docs/mermaid.md documents it.
 *
 * Every diagnostic has the line (and column) in the input's own text; a
 * Markdown file's blocks are parsed with their line offset, so lines are the
 * Markdown file's (frontend/markdown.c). */
#include "frontend/frontend.h"
#include "frontend/mermaid.h"
#include "frontend/strmap.h"
#include "frontend/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- tables --------------------------------------------------------------- */

/* Node shapes by their brackets, longest opener first: the Graphviz shape of
 * the same drawing (so the DOT shape table of catalogs/shapes.yaml reads
 * them), and the characters an unquoted text may not hold. A rounded box is
 * the Gane-Sarson process, which DOT's vocabulary calls an oval. */
typedef struct mm_shape {
  const char *open, *close, *alt_close;
  const char *dot_shape;
  const char *forbidden; /* unquoted text may not contain these */
} mm_shape;

static const mm_shape shapes[] = {
    {"(((", ")))", NULL, "doublecircle", "()[]"},
    {"((", "))", NULL, "circle", "()[]"},
    {"([", "])", NULL, "oval", "()[]"},
    {"[(", ")]", NULL, "cylinder", "()[]"},
    {"[[", "]]", NULL, "component", "()[]"},
    {"[/", "/]", "\\]", "parallelogram", "()[]"},
    {"[\\", "\\]", "/]", "parallelogram", "()[]"},
    {"{{", "}}", NULL, "hexagon", "(){}"},
    {"(", ")", NULL, "oval", "()[]"},
    {"[", "]", NULL, "box", "()[]"},
    {"{", "}", NULL, "diamond", "(){}"},
    {">", "]", NULL, "cds", "()[]"},
};

/* Mermaid 11's `@{ shape: NAME }` names (and aliases) → Graphviz shape. */
static const struct {
  const char *name, *dot_shape;
} named_shapes[] = {
    {"rect", "box"},
    {"proc", "box"},
    {"process", "box"},
    {"rectangle", "box"},
    {"rounded", "oval"},
    {"event", "oval"},
    {"stadium", "oval"},
    {"pill", "oval"},
    {"terminal", "oval"},
    {"subproc", "component"},
    {"subprocess", "component"},
    {"fr-rect", "component"},
    {"framed-rectangle", "component"},
    {"cyl", "cylinder"},
    {"cylinder", "cylinder"},
    {"db", "cylinder"},
    {"database", "cylinder"},
    {"h-cyl", "cylinder"},
    {"das", "cylinder"},
    {"horizontal-cylinder", "cylinder"},
    {"lin-cyl", "cylinder"},
    {"disk", "cylinder"},
    {"lined-cylinder", "cylinder"},
    {"circle", "circle"},
    {"circ", "circle"},
    {"sm-circ", "circle"},
    {"small-circle", "circle"},
    {"start", "circle"},
    {"dbl-circ", "doublecircle"},
    {"double-circle", "doublecircle"},
    {"fr-circ", "doublecircle"},
    {"stop", "doublecircle"},
    {"diam", "diamond"},
    {"diamond", "diamond"},
    {"decision", "diamond"},
    {"question", "diamond"},
    {"hex", "hexagon"},
    {"hexagon", "hexagon"},
    {"prepare", "hexagon"},
    {"lean-r", "parallelogram"},
    {"lean-right", "parallelogram"},
    {"in-out", "parallelogram"},
    {"lean-l", "parallelogram"},
    {"lean-left", "parallelogram"},
    {"out-in", "parallelogram"},
    {"trap-b", "trapezium"},
    {"trapezoid", "trapezium"},
    {"priority", "trapezium"},
    {"trap-t", "invtrapezium"},
    {"manual", "invtrapezium"},
    {"doc", "note"},
    {"document", "note"},
    {"docs", "note"},
    {"documents", "note"},
    {"st-doc", "note"},
    {"lin-doc", "note"},
    {"tag-doc", "note"},
    {"flag", "cds"},
    {"paper-tape", "cds"},
    {"notch-rect", "box"},
    {"card", "box"},
    {"st-rect", "box3d"},
    {"processes", "box3d"},
    {"stacked-rectangle", "box3d"},
    {"tri", "triangle"},
    {"triangle", "triangle"},
    {"cloud", "box"},
    {"text", "plaintext"},
    {"odd", "cds"},
    {"bolt", "box"},
    {"brace", "plaintext"},
    {"brace-l", "plaintext"},
    {"brace-r", "plaintext"},
    {"braces", "plaintext"},
    {"comment", "plaintext"},
    {"fork", "box"},
    {"join", "box"},
    {"hourglass", "box"},
    {"collate", "box"},
    {"delay", "box"},
    {"curv-trap", "box"},
    {"display", "box"},
    {"div-rect", "box"},
    {"win-pane", "box"},
    {"internal-storage", "box"},
    {"notched-pentagon", "box"},
    {"loop-limit", "box"},
    {"flip-tri", "triangle"},
    {"f-circ", "circle"},
    {"filled-circle", "circle"},
    {"cross-circ", "circle"},
    {"summary", "circle"},
    {"lightning-bolt", "box"},
    {"bow-rect", "cylinder"},
    {"stored-data", "cylinder"},
};

/* Statements that only style or annotate: skipped to the end of the line. */
static const char *const styling[] = {"classDef", "class",    "style",    "linkStyle",
                                      "click",    "accTitle", "accDescr", "direction"};

/* Other Mermaid diagram keywords: a clear refusal names them. */
static const char *const other_diagrams[] = {
    "sequenceDiagram", "classDiagram",
    "stateDiagram-v2", "stateDiagram",
    "erDiagram",       "journey",
    "gantt",           "pie",
    "quadrantChart",   "requirementDiagram",
    "gitGraph",        "mindmap",
    "timeline",        "sankey-beta",
    "xychart-beta",    "block-beta",
    "packet-beta",     "architecture-beta",
    "C4Context",       "C4Container",
    "C4Component",     "C4Dynamic",
    "C4Deployment",    "kanban",
    "radar-beta",
};

/* ---- the parser's own records ---------------------------------------------- */

typedef struct mm_node {
  const char *id;
  const char *label; /* plain, or NULL: the id */
  const char *shape; /* Graphviz shape */
  tmc_loc loc;
  uint32_t sub;  /* the subgraph that claimed it, TMC_NONE */
  uint32_t elem; /* element index once created, TMC_NONE */
  bool defined;  /* had a shape or text somewhere (not a bare mention) */
  bool is_sub;   /* the name turned out to be a subgraph's */
} mm_node;

typedef struct mm_sub {
  const char *id, *title;
  tmc_loc loc;
  uint32_t parent, depth;
  uint32_t *mentions; /* node indices mentioned directly inside */
  uint32_t n_mentions, cap_mentions;
  uint32_t boundary;
} mm_sub;

typedef struct mm_edge {
  uint32_t a, b; /* node-table indices (a name may turn out to be a subgraph) */
  const char *label, *eid;
  bool bidirectional, invisible;
  tmc_loc loc;
} mm_edge;

typedef struct mm_note {
  const char *text; /* what follows "tmc:" */
  tmc_loc loc;
  uint32_t text_col; /* the column of text's first byte (on loc's line) */
} mm_note;

typedef struct mm {
  tmc_ir *ir;
  const tmc_frontend_opts *opts;
  tmc_diags *d;
  uint32_t page;
  const char *s; /* the text */
  size_t n;
  uint32_t line_base; /* lines before s in the file (Markdown blocks) */
  mm_node *nodes;
  uint32_t n_nodes, cap_nodes;
  tmc_strmap names, subnames;
  mm_sub *subs;
  uint32_t n_subs, cap_subs;
  uint32_t *open; /* stack of open subgraphs */
  uint32_t n_open, cap_open;
  mm_edge *edges;
  uint32_t n_edges, cap_edges;
  mm_note *notes;
  uint32_t n_notes, cap_notes;
  bool failed;
} mm;

/* ---- characters ------------------------------------------------------------ */

static bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || (unsigned char)c >= 0x80;
}

/* Does the text [s, s+n) contain lit? */
static bool contains(const char *s, size_t n, const char *lit) {
  size_t l = strlen(lit);
  for (size_t i = 0; i + l <= n; i++)
    if (memcmp(s + i, lit, l) == 0)
      return true;
  return false;
}

static bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

/* A cursor over one line [i, end). */
typedef struct cur {
  const char *s;
  size_t i, end, bol; /* bol: where the line starts (for columns) */
  uint32_t line;      /* the file's line */
} cur;

static void skip_blank(cur *c) {
  while (c->i < c->end && is_blank(c->s[c->i]))
    c->i++;
}

static bool at(const cur *c, const char *lit) {
  size_t l = strlen(lit);
  return c->end - c->i >= l && memcmp(c->s + c->i, lit, l) == 0;
}

static tmc_loc loc_of(const mm *p, const cur *c, size_t i) {
  return (tmc_loc){p->ir->file, c->line, (uint32_t)(i - c->bol + 1)};
}

/* Does the word w stand at the cursor (followed by no id character)? */
static bool word(const cur *c, const char *w) {
  size_t l = strlen(w);
  if (c->end - c->i < l || memcmp(c->s + c->i, w, l) != 0)
    return false;
  size_t k = c->i + l;
  return k >= c->end || !(is_word(c->s[k]) || c->s[k] == '-');
}

/* A node id: word characters, and '-' where it does not start a link. */
static size_t id_len(const cur *c) {
  size_t k = c->i;
  while (k < c->end) {
    char ch = c->s[k];
    if (is_word(ch) || ch == '.')
      k++;
    else if (ch == '-' && k + 1 < c->end && is_word(c->s[k + 1]) && k > c->i)
      k++;
    else
      break;
  }
  /* "A.->B" is a link: a trailing '.' belongs to it. */
  while (k > c->i && c->s[k - 1] == '.')
    k--;
  return k - c->i;
}

static const char *dup(mm *p, const char *s, size_t n) {
  return tmc_arena_strndup(p->ir->arena, s, n);
}

/* Label text to plain text: HTML (<br/>, entities) through the HTML reader,
 * cut at --max-label with a warning. */
static const char *plain(mm *p, const char *raw, size_t n, tmc_loc loc,
                         const char *what) {
  const char *t = dup(p, raw, n);
  bool cut = false;
  bool html = strchr(t, '<') || strchr(t, '&');
  const char *r = tmc_text_plain(p->ir->arena, t, html, p->opts->max_label, &cut);
  if (cut)
    tmc_warning(p->d, loc,
                "%s: label longer than %u bytes cut short (raise with --max-label)", what,
                p->opts->max_label);
  return r;
}

static bool too_many(mm *p, tmc_loc loc) {
  if ((uint64_t)p->n_nodes + p->n_edges < p->opts->max_elements)
    return false;
  if (!p->failed)
    tmc_error(p->d, loc, "more than %u elements and flows (raise with --max-elements)",
              p->opts->max_elements);
  p->failed = true;
  return true;
}

/* The node named id (created on first mention), recorded as mentioned in the
 * innermost open subgraph. */
static uint32_t mention(mm *p, const char *id, size_t n, tmc_loc loc) {
  const char *key = dup(p, id, n);
  uint32_t k = tmc_strmap_get(&p->names, key);
  if (k == TMC_NONE) {
    if (too_many(p, loc))
      return TMC_NONE;
    k = p->n_nodes;
    mm_node *nd = TMC_PUSH(p->nodes, p->n_nodes, p->cap_nodes);
    *nd = (mm_node){key, NULL, "box", loc, TMC_NONE, TMC_NONE, false, false};
    tmc_strmap_put(&p->names, key, k);
  }
  if (p->n_open) {
    mm_sub *s = &p->subs[p->open[p->n_open - 1]];
    *TMC_PUSH(s->mentions, s->n_mentions, s->cap_mentions) = k;
  }
  return k;
}

/* ---- node shapes ----------------------------------------------------------- */

/* Reads a "quoted" or raw text up to the shape's closer; the cursor is after
 * the opener. Returns false (with an error) when the closer is missing or an
 * unquoted text holds a bracket Mermaid rejects. */
static bool shape_text(mm *p, cur *c, const mm_shape *sh, const char **text, size_t *tn) {
  size_t start = c->i;
  skip_blank(c);
  if (c->i < c->end && c->s[c->i] == '"') {
    size_t q = c->i + 1, e = q;
    while (e < c->end && c->s[e] != '"')
      e++;
    if (e >= c->end) {
      tmc_error(p->d, loc_of(p, c, c->i), "unterminated \"quoted\" label");
      return false;
    }
    c->i = e + 1;
    skip_blank(c);
    if (at(c, sh->close) || (sh->alt_close && at(c, sh->alt_close))) {
      c->i += at(c, sh->close) ? strlen(sh->close) : strlen(sh->alt_close);
      *text = c->s + q;
      *tn = e - q;
      return true;
    }
    tmc_error(p->d, loc_of(p, c, c->i), "expected '%s' after the quoted label",
              sh->close);
    return false;
  }
  c->i = start;
  size_t cl = strlen(sh->close);
  for (size_t k = c->i; k < c->end; k++) {
    bool closes = c->end - k >= cl && memcmp(c->s + k, sh->close, cl) == 0;
    if (!closes && sh->alt_close) {
      size_t al = strlen(sh->alt_close);
      closes = c->end - k >= al && memcmp(c->s + k, sh->alt_close, al) == 0;
      if (closes)
        cl = al;
    }
    if (closes) {
      *text = c->s + c->i;
      *tn = k - c->i;
      c->i = k + cl;
      return true;
    }
    if (strchr(sh->forbidden, c->s[k])) {
      tmc_error(p->d, loc_of(p, c, k),
                "unquoted '%c' inside a %s...%s label (Mermaid rejects it too): quote "
                "the label, id%s\"...\"%s",
                c->s[k], sh->open, sh->close, sh->open, sh->close);
      return false;
    }
  }
  tmc_error(p->d, loc_of(p, c, start), "label opened with '%s' is not closed with '%s'",
            sh->open, sh->close);
  return false;
}

/* `@{ shape: h-cyl, label: "Message Bus" }` after the id. */
static bool shape_props(mm *p, cur *c, mm_node *nd) {
  size_t open = c->i;
  c->i += 2; /* "@{" */
  size_t e = c->i;
  bool q = false;
  while (e < c->end && (q || c->s[e] != '}')) {
    if (c->s[e] == '"')
      q = !q;
    e++;
  }
  if (e >= c->end) {
    tmc_error(p->d, loc_of(p, c, open), "'@{' is not closed with '}' on its line");
    return false;
  }
  size_t k = c->i;
  while (k < e) {
    while (k < e && (is_blank(c->s[k]) || c->s[k] == ','))
      k++;
    size_t ks = k;
    while (k < e && c->s[k] != ':' && c->s[k] != ',')
      k++;
    size_t ke = k;
    while (ke > ks && is_blank(c->s[ke - 1]))
      ke--;
    if (k >= e || c->s[k] != ':')
      break;
    k++;
    while (k < e && is_blank(c->s[k]))
      k++;
    size_t vs = k, ve;
    if (k < e && (c->s[k] == '"' || c->s[k] == '\'')) {
      char qc = c->s[k];
      vs = ++k;
      while (k < e && c->s[k] != qc)
        k++;
      ve = k;
      if (k < e)
        k++;
    } else {
      while (k < e && c->s[k] != ',')
        k++;
      ve = k;
      while (ve > vs && is_blank(c->s[ve - 1]))
        ve--;
    }
    if (ke - ks == 5 && memcmp(c->s + ks, "shape", 5) == 0) {
      const char *name = dup(p, c->s + vs, ve - vs);
      size_t t = 0;
      while (t < sizeof named_shapes / sizeof *named_shapes &&
             strcasecmp(named_shapes[t].name, name) != 0)
        t++;
      if (t < sizeof named_shapes / sizeof *named_shapes)
        nd->shape = named_shapes[t].dot_shape;
      else
        tmc_warning(p->d, loc_of(p, c, vs),
                    "node '%s': unknown Mermaid shape '%s', read as a rectangle", nd->id,
                    name);
      nd->defined = true;
    } else if (ke - ks == 5 && memcmp(c->s + ks, "label", 5) == 0) {
      nd->label = plain(p, c->s + vs, ve - vs, loc_of(p, c, vs), "node");
      nd->defined = true;
    }
  }
  c->i = e + 1;
  return true;
}

/* One node reference with its optional shape and :::class. */
static uint32_t node(mm *p, cur *c) {
  size_t l = id_len(c);
  if (!l) {
    tmc_error(p->d, loc_of(p, c, c->i), "expected a node id, found '%c'",
              c->i < c->end ? c->s[c->i] : ' ');
    return TMC_NONE;
  }
  tmc_loc loc = loc_of(p, c, c->i);
  uint32_t k = mention(p, c->s + c->i, l, loc);
  c->i += l;
  if (k == TMC_NONE)
    return TMC_NONE;
  if (at(c, "@{")) {
    if (!shape_props(p, c, &p->nodes[k]))
      return TMC_NONE;
  } else {
    for (size_t t = 0; t < sizeof shapes / sizeof *shapes; t++) {
      if (!at(c, shapes[t].open))
        continue;
      /* "A-->B" has no shape; ">" only opens a flag right after an id. */
      c->i += strlen(shapes[t].open);
      const char *text;
      size_t tn;
      if (!shape_text(p, c, &shapes[t], &text, &tn))
        return TMC_NONE;
      mm_node *nd = &p->nodes[k];
      nd->shape = shapes[t].dot_shape;
      nd->label = plain(p, text, tn, loc, "node");
      if (!nd->defined)
        nd->loc = loc;
      nd->defined = true;
      break;
    }
  }
  if (at(c, ":::")) {
    c->i += 3;
    c->i += id_len(c);
  }
  return k;
}

/* ---- links ----------------------------------------------------------------- */

typedef struct link {
  bool ok, invisible, bidirectional;
  const char *label; /* raw, or NULL */
  size_t label_n;
} link;

static bool link_char(char ch) {
  return ch == '-' || ch == '=' || ch == '.' || ch == '~';
}

/* Does a link start at the cursor? ("<--", "o--", "x==", "--", "==", "-.", "~~~") */
static bool link_starts(const cur *c) {
  size_t k = c->i;
  if (k < c->end && (c->s[k] == '<' || c->s[k] == 'o' || c->s[k] == 'x'))
    k++;
  return k + 1 < c->end && link_char(c->s[k]) && c->s[k] != '.' &&
         (link_char(c->s[k + 1]) || c->s[k + 1] == '>');
}

/* Is body (a run of - = .) a whole link body? */
static bool body_ok(const char *b, size_t n, bool arrow) {
  if (n < 2)
    return false;
  bool dashes = true, equals = true;
  for (size_t i = 0; i < n; i++) {
    dashes &= b[i] == '-';
    equals &= b[i] == '=';
  }
  if (dashes || equals)
    return arrow || n >= 3;
  /* dotted: -.- -.-> -..-> */
  if (b[0] != '-' || b[n - 1] != '-' || n < 3)
    return false;
  for (size_t i = 1; i + 1 < n; i++)
    if (b[i] != '.')
      return false;
  return true;
}

/* Finds where a `-- text -->` label closes: the first run of the link's
 * character that ends a link. Returns the index of the run, or SIZE_MAX. */
static size_t label_close(const cur *c, size_t from, char lc, bool dotted, size_t *after,
                          bool *arrow) {
  for (size_t k = from; k < c->end; k++) {
    if (dotted) {
      if (c->s[k] == '.' && k + 1 < c->end && c->s[k + 1] == '-') {
        size_t e = k + 2;
        *arrow = e < c->end && (c->s[e] == '>' || c->s[e] == 'o' || c->s[e] == 'x');
        *after = e + *arrow;
        return k;
      }
      continue;
    }
    if (c->s[k] != lc)
      continue;
    size_t e = k;
    while (e < c->end && c->s[e] == lc)
      e++;
    bool arr = e < c->end && (c->s[e] == '>' || c->s[e] == 'o' || c->s[e] == 'x');
    if (e - k >= 2 && (arr || e - k >= 3)) {
      *arrow = arr;
      *after = e + arr;
      return k;
    }
    k = e - 1;
  }
  return SIZE_MAX;
}

static link parse_link(mm *p, cur *c) {
  link r = {0};
  size_t start = c->i;
  bool head = false;
  if (c->s[c->i] == '<') {
    head = true;
    c->i++;
  } else if (c->s[c->i] == 'o' || c->s[c->i] == 'x') {
    c->i++;
  }
  if (c->s[c->i] == '~') {
    size_t k = c->i;
    while (k < c->end && c->s[k] == '~')
      k++;
    if (k - c->i < 3) {
      tmc_error(p->d, loc_of(p, c, start), "'~' links need three tildes: ~~~");
      return r;
    }
    c->i = k;
    r.ok = r.invisible = true;
    return r;
  }
  size_t bs = c->i;
  while (c->i < c->end && (c->s[c->i] == '-' || c->s[c->i] == '=' || c->s[c->i] == '.'))
    c->i++;
  size_t be = c->i;
  bool arrow = false;
  if (c->i < c->end && c->s[c->i] == '>') {
    arrow = true;
    c->i++;
  } else if (c->i < c->end && (c->s[c->i] == 'o' || c->s[c->i] == 'x') &&
             (c->i + 1 >= c->end || !is_word(c->s[c->i + 1]))) {
    arrow = true;
    c->i++;
  }
  const char *b = c->s + bs;
  size_t bn = be - bs;
  if (!arrow && bn == 2 &&
      (memcmp(b, "--", 2) == 0 || memcmp(b, "==", 2) == 0 || memcmp(b, "-.", 2) == 0)) {
    /* A text label inside the link: -- text -->, == text ==>, -. text .-> */
    size_t after;
    bool arr;
    size_t k = label_close(c, be, b[0], b[1] == '.', &after, &arr);
    if (k == SIZE_MAX) {
      tmc_error(p->d, loc_of(p, c, start),
                "link '%.*s' opens a label that no link end closes", (int)bn, b);
      return r;
    }
    r.label = c->s + be;
    r.label_n = k - be;
    c->i = after;
    r.ok = true;
    r.bidirectional = (head && arr) || !arr;
    return r;
  }
  if (!body_ok(b, bn, arrow)) {
    tmc_error(p->d, loc_of(p, c, start), "'%.*s' is not a Mermaid link",
              (int)(c->i - start), c->s + start);
    return r;
  }
  r.ok = true;
  /* <--> both ways; an open link (---, -.-, ===) joins both ways too. */
  r.bidirectional = (head && arrow) || !arrow;
  return r;
}

/* ---- statements ------------------------------------------------------------ */

static void add_edges(mm *p, const uint32_t *from, uint32_t nf, const uint32_t *to,
                      uint32_t nt, const link *lk, const char *eid, tmc_loc loc,
                      const cur *c) {
  const char *label = NULL;
  if (lk->label) {
    const char *t = lk->label;
    size_t n = lk->label_n;
    while (n && is_blank(*t))
      t++, n--;
    while (n && is_blank(t[n - 1]))
      n--;
    if (n >= 2 && t[0] == '"' && t[n - 1] == '"')
      t++, n -= 2;
    label = plain(p, t, n, loc, "link");
  }
  (void)c;
  for (uint32_t i = 0; i < nf; i++)
    for (uint32_t j = 0; j < nt; j++) {
      if (too_many(p, loc))
        return;
      mm_edge *e = TMC_PUSH(p->edges, p->n_edges, p->cap_edges);
      *e = (mm_edge){from[i], to[j], label, eid, lk->bidirectional, lk->invisible, loc};
    }
}

/* A group: node (& node)*. Fills out[] (grown), returns its count or 0. */
static uint32_t group(mm *p, cur *c, uint32_t **out, uint32_t *cap) {
  uint32_t n = 0;
  for (;;) {
    skip_blank(c);
    uint32_t k = node(p, c);
    if (k == TMC_NONE)
      return 0;
    *TMC_PUSH(*out, n, *cap) = k;
    skip_blank(c);
    if (c->i < c->end && c->s[c->i] == '&') {
      c->i++;
      continue;
    }
    return n;
  }
}

/* node-group (link node-group)*, up to ';' or the end of the line. */
static bool chain(mm *p, cur *c) {
  uint32_t *a = NULL, *b = NULL, ca = 0, cb = 0;
  bool ok = false;
  uint32_t na = group(p, c, &a, &ca);
  if (!na)
    goto done;
  for (;;) {
    skip_blank(c);
    if (c->i >= c->end || c->s[c->i] == ';') {
      ok = true;
      break;
    }
    /* Mermaid 11 link id: A e1@--> B */
    const char *eid = NULL;
    size_t il = id_len(c);
    if (il && c->i + il < c->end && c->s[c->i + il] == '@') {
      cur t = *c;
      t.i += il + 1;
      if (link_starts(&t)) {
        eid = dup(p, c->s + c->i, il);
        c->i = t.i;
      }
    }
    if (!link_starts(c)) {
      tmc_error(p->d, loc_of(p, c, c->i),
                "expected a link (-->, ---, -.->, ==>, ~~~) or the end of the statement, "
                "found '%c'",
                c->s[c->i]);
      break;
    }
    tmc_loc lloc = loc_of(p, c, c->i);
    link lk = parse_link(p, c);
    if (!lk.ok)
      break;
    skip_blank(c);
    if (c->i < c->end && c->s[c->i] == '|') {
      size_t e = c->i + 1;
      while (e < c->end && is_blank(c->s[e]))
        e++;
      if (e < c->end && c->s[e] == '"') { /* |"a | b"| */
        e++;
        while (e < c->end && c->s[e] != '"')
          e++;
        e += e < c->end;
      }
      while (e < c->end && c->s[e] != '|')
        e++;
      if (e >= c->end) {
        tmc_error(p->d, loc_of(p, c, c->i), "link label '|...' is not closed with '|'");
        break;
      }
      lk.label = c->s + c->i + 1;
      lk.label_n = e - c->i - 1;
      c->i = e + 1;
    }
    uint32_t nb = group(p, c, &b, &cb);
    if (!nb)
      break;
    add_edges(p, a, na, b, nb, &lk, eid, lloc, c);
    if (p->failed)
      break;
    uint32_t *t = a, tc = ca;
    a = b, ca = cb, na = nb;
    b = t, cb = tc;
  }
done:
  free(a);
  free(b);
  return ok;
}

static void open_subgraph(mm *p, cur *c) {
  tmc_loc loc = loc_of(p, c, c->i);
  c->i += strlen("subgraph");
  skip_blank(c);
  size_t e = c->end;
  while (e > c->i && (is_blank(c->s[e - 1]) || c->s[e - 1] == ';'))
    e--;
  const char *id = NULL, *title = NULL;
  if (c->i < e && c->s[c->i] == '"') {
    size_t q = c->i + 1, k = q;
    while (k < e && c->s[k] != '"')
      k++;
    title = plain(p, c->s + q, k - q, loc, "subgraph");
  } else {
    size_t l = id_len(c);
    size_t k = c->i + l;
    while (k < e && is_blank(c->s[k]))
      k++;
    if (l && k < e && c->s[k] == '[') {
      id = dup(p, c->s + c->i, l);
      size_t ts = k + 1, te = e;
      if (te > ts && c->s[te - 1] == ']')
        te--;
      while (ts < te && is_blank(c->s[ts]))
        ts++;
      if (te > ts && c->s[ts] == '"' && c->s[te - 1] == '"' && te - ts >= 2)
        ts++, te--;
      title = plain(p, c->s + ts, te - ts, loc, "subgraph");
    } else if (l && k >= e) {
      id = dup(p, c->s + c->i, l);
    } else {
      /* "subgraph Plain Words": the words are the title and the id. */
      title = plain(p, c->s + c->i, e - c->i, loc, "subgraph");
      id = title;
    }
  }
  c->i = c->end;
  if (p->n_open >= p->opts->max_depth) {
    tmc_error(p->d, loc, "subgraphs nest deeper than %u levels (raise with --max-depth)",
              p->opts->max_depth);
    p->failed = true;
    return;
  }
  uint32_t k = p->n_subs;
  if (!id)
    id = tmc_arena_printf(p->ir->arena, "subGraph%u", k);
  mm_sub *s = TMC_PUSH(p->subs, p->n_subs, p->cap_subs);
  *s = (mm_sub){id,        title ? title : id,
                loc,       p->n_open ? p->open[p->n_open - 1] : TMC_NONE,
                p->n_open, NULL,
                0,         0,
                TMC_NONE};
  if (tmc_strmap_get(&p->subnames, id) == TMC_NONE)
    tmc_strmap_put(&p->subnames, id, k);
  *TMC_PUSH(p->open, p->n_open, p->cap_open) = k;
}

/* `end`: the subgraph claims every node it mentioned that no subgraph
 * closed before it claimed. */
static void close_subgraph(mm *p, cur *c) {
  if (!p->n_open) {
    tmc_error(p->d, loc_of(p, c, c->i), "'end' without an open subgraph");
    p->failed = true;
    return;
  }
  uint32_t k = p->open[--p->n_open];
  mm_sub *s = &p->subs[k];
  for (uint32_t i = 0; i < s->n_mentions; i++)
    if (p->nodes[s->mentions[i]].sub == TMC_NONE)
      p->nodes[s->mentions[i]].sub = k;
  c->i += 3;
}

/* A `%% tmc: ...` comment, kept until the diagram is read. */
static void comment(mm *p, cur *c) {
  size_t k = c->i + 2;
  while (k < c->end && is_blank(c->s[k]))
    k++;
  if (c->end - k >= 4 && memcmp(c->s + k, "tmc:", 4) == 0) {
    mm_note *n = TMC_PUSH(p->notes, p->n_notes, p->cap_notes);
    n->text = dup(p, c->s + k + 4, c->end - k - 4);
    n->loc = loc_of(p, c, c->i);
    n->text_col = n->loc.col ? n->loc.col + (uint32_t)(k + 4 - c->i) : 0;
  }
  c->i = c->end;
}

/* The header "flowchart LR" / "graph TD"; false (with an error) for anything
 * else. */
static bool header(mm *p, cur *c) {
  if (word(c, "flowchart") || word(c, "flowchart-elk") || word(c, "graph")) {
    c->i += word(c, "graph") ? 5 : word(c, "flowchart") ? 9 : 13;
    skip_blank(c);
    static const char *const dirs[] = {"TB", "TD", "BT", "RL", "LR", ">", "<", "^", "v"};
    for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++)
      if (at(c, dirs[k])) {
        c->i += strlen(dirs[k]);
        break;
      }
    return true;
  }
  for (size_t k = 0; k < sizeof other_diagrams / sizeof *other_diagrams; k++)
    if (word(c, other_diagrams[k])) {
      tmc_error(p->d, loc_of(p, c, c->i),
                "a Mermaid %s, not a flowchart: tmc reads `flowchart` and `graph` "
                "diagrams",
                other_diagrams[k]);
      return false;
    }
  tmc_error(p->d, loc_of(p, c, c->i),
            "expected a Mermaid flowchart header (`flowchart TD` or `graph LR`)");
  return false;
}

/* One line's statements. */
static void statements(mm *p, cur *c) {
  while (!p->failed) {
    skip_blank(c);
    while (c->i < c->end && c->s[c->i] == ';') {
      c->i++;
      skip_blank(c);
    }
    if (c->i >= c->end)
      return;
    if (at(c, "%%")) {
      comment(p, c);
      return;
    }
    if (word(c, "subgraph")) {
      open_subgraph(p, c);
      return;
    }
    if (word(c, "end")) {
      close_subgraph(p, c);
      continue;
    }
    bool styled = false;
    for (size_t k = 0; k < sizeof styling / sizeof *styling && !styled; k++)
      styled = word(c, styling[k]);
    if (styled) {
      c->i = c->end;
      return;
    }
    size_t before = p->d->errors;
    if (!chain(p, c)) {
      if (p->d->errors == before)
        tmc_error(p->d, loc_of(p, c, c->i), "cannot read this statement");
      p->failed = true;
      return;
    }
  }
}

/* ---- building the IR ------------------------------------------------------- */

/* The lowest common subgraph of two subgraphs (TMC_NONE: none). */
static uint32_t common(const mm *p, uint32_t a, uint32_t b) {
  while (a != TMC_NONE && b != TMC_NONE && a != b) {
    if (p->subs[a].depth >= p->subs[b].depth)
      a = p->subs[a].parent;
    else
      b = p->subs[b].parent;
  }
  return a == b ? a : TMC_NONE;
}

/* Which element stands for each subgraph at a link's end: into it, the
 * first member no member feeds; out of it, the last member that feeds no
 * member (else the first or last member). One walk up from every node and
 * every flow: a flow is inside every subgraph that holds both its ends, so
 * an element is fed inside subgraph S when some flow into it has a common
 * subgraph at least as deep as S. */
typedef struct mm_reps {
  uint32_t *in, *out, *first, *last;
} mm_reps;

static mm_reps representatives(const mm *p, const uint32_t *sub_of_elem, uint32_t n_elems,
                               uint32_t elem_base) {
  tmc_ir *ir = p->ir;
  mm_reps r;
  size_t ns = p->n_subs ? p->n_subs : 1;
  r.in = tmc_xcalloc(ns, sizeof *r.in);
  r.out = tmc_xcalloc(ns, sizeof *r.out);
  r.first = tmc_xcalloc(ns, sizeof *r.first);
  r.last = tmc_xcalloc(ns, sizeof *r.last);
  for (uint32_t k = 0; k < p->n_subs; k++)
    r.in[k] = r.out[k] = r.first[k] = r.last[k] = TMC_NONE;
  /* fed[e] / feeds[e]: depth+1 of the deepest subgraph a flow into (out of)
   * e stays inside; 0 when none. */
  uint32_t *fed = tmc_xcalloc(n_elems ? n_elems : 1, sizeof *fed);
  uint32_t *feeds = tmc_xcalloc(n_elems ? n_elems : 1, sizeof *feeds);
  for (uint32_t f = 0; f < ir->n_flows; f++) {
    const tmc_flow *fl = &ir->flows[f];
    if (fl->page != p->page || fl->src == fl->dst || fl->src < elem_base ||
        fl->dst < elem_base)
      continue;
    uint32_t a = fl->src - elem_base, b = fl->dst - elem_base;
    uint32_t c = common(p, sub_of_elem[a], sub_of_elem[b]);
    if (c == TMC_NONE)
      continue;
    uint32_t dep = p->subs[c].depth + 1;
    if (fed[b] < dep)
      fed[b] = dep;
    if (feeds[a] < dep)
      feeds[a] = dep;
  }
  for (uint32_t e = 0; e < n_elems; e++)
    for (uint32_t s = sub_of_elem[e]; s != TMC_NONE; s = p->subs[s].parent) {
      uint32_t dep = p->subs[s].depth + 1;
      if (r.first[s] == TMC_NONE)
        r.first[s] = e + elem_base;
      r.last[s] = e + elem_base;
      if (r.in[s] == TMC_NONE && fed[e] < dep)
        r.in[s] = e + elem_base;
      if (feeds[e] < dep)
        r.out[s] = e + elem_base;
    }
  for (uint32_t k = 0; k < p->n_subs; k++) {
    if (r.in[k] == TMC_NONE)
      r.in[k] = r.first[k];
    if (r.out[k] == TMC_NONE)
      r.out[k] = r.last[k];
  }
  free(fed);
  free(feeds);
  return r;
}

static void reps_free(mm_reps *r) {
  free(r->in);
  free(r->out);
  free(r->first);
  free(r->last);
}

/* Sets key=value from note n's text, placed where the comment writes them
 * (a diagnostic about one quotes the comment with a caret under it). */
static void set_prop(tmc_ir *ir, tmc_props *props, const mm_note *n, const char *k,
                     size_t kn, const char *v, size_t vn) {
  char *key = tmc_arena_strndup(ir->arena, k, kn);
  char *val = tmc_arena_strndup(ir->arena, v, vn);
  tmc_props_set(ir, props, key, val);
  if (n->text_col)
    tmc_props_place(props, key, n->loc.line, n->text_col + (uint32_t)(k - n->text),
                    n->text_col + (uint32_t)(v - n->text));
}

/* The flows of this page by "src>dst" element indices and by link id, each
 * key to its first flow; next[] chains the flows with the same key. */
typedef struct mm_flowidx {
  tmc_strmap pairs, ids;
  uint32_t *next; /* per flow of the page, from flow_base */
  uint32_t base;
} mm_flowidx;

static char *pair_key(tmc_arena *a, uint32_t s, uint32_t d) {
  return tmc_arena_printf(a, "%u>%u", s, d);
}

/* Applies one `%% tmc: TARGET key=value ...` comment. */
static void apply_note(mm *p, const mm_note *n, const mm_flowidx *fx) {
  tmc_ir *ir = p->ir;
  const char *s = n->text;
  while (*s == ' ' || *s == '\t')
    s++;
  size_t tl = strcspn(s, " \t");
  if (!tl) {
    tmc_warning(p->d, n->loc,
                "`%%%% tmc:` names nothing: write `%%%% tmc: ID key=value`");
    return;
  }
  char *target = tmc_arena_strndup(ir->arena, s, tl);
  s += tl;
  /* What it may name: a node, a subgraph, A->B, a link id. */
  tmc_props *one = NULL;
  uint32_t first = TMC_NONE;
  bool by_pair = false;
  char *arrow = strstr(target, "->");
  uint32_t k;
  if (arrow && arrow > target) {
    char *a = target, *b = arrow + 2;
    char *e = arrow;
    while (e > a && e[-1] == '-')
      e--;
    *e = 0;
    uint32_t ka = tmc_strmap_get(&p->names, a), kb = tmc_strmap_get(&p->names, b);
    if (ka != TMC_NONE && kb != TMC_NONE && !p->nodes[ka].is_sub && !p->nodes[kb].is_sub)
      first = tmc_strmap_get(&fx->pairs,
                             pair_key(ir->arena, p->nodes[ka].elem, p->nodes[kb].elem));
    by_pair = true;
  } else if ((k = tmc_strmap_get(&p->names, target)) != TMC_NONE && !p->nodes[k].is_sub)
    one = &ir->elements[p->nodes[k].elem].props;
  else if ((k = tmc_strmap_get(&p->subnames, target)) != TMC_NONE)
    one = &ir->boundaries[p->subs[k].boundary].props;
  else
    first = tmc_strmap_get(&fx->ids, target);
  if (!one && first == TMC_NONE) {
    tmc_warning(p->d, n->loc,
                "`%%%% tmc: %s`: no node, subgraph, link id or link A->B of that name",
                target);
    return;
  }
  while (*s) {
    while (*s == ' ' || *s == '\t')
      s++;
    if (!*s)
      break;
    size_t kl = strcspn(s, "= \t");
    if (s[kl] != '=' || !kl) {
      tmc_warning(p->d, n->loc, "`%%%% tmc: %s`: expected key=value, found '%.*s'",
                  target, (int)strcspn(s, " \t"), s);
      s += strcspn(s, " \t");
      continue;
    }
    const char *key = s, *v = s + kl + 1;
    size_t vl;
    if (*v == '"' || *v == '\'') {
      char q = *v++;
      vl = 0;
      while (v[vl] && v[vl] != q)
        vl++;
      s = v + vl + (v[vl] == q);
    } else {
      vl = strcspn(v, " \t");
      s = v + vl;
    }
    if (one)
      set_prop(ir, one, n, key, kl, v, vl);
    for (uint32_t f = first; f != TMC_NONE; f = fx->next[f - fx->base]) {
      set_prop(ir, &ir->flows[f].props, n, key, kl, v, vl);
      if (!by_pair)
        break;
    }
  }
}

static void build(mm *p) {
  tmc_ir *ir = p->ir;
  /* A bare name that is a subgraph's id is the subgraph. */
  for (uint32_t i = 0; i < p->n_nodes; i++)
    if (!p->nodes[i].defined && tmc_strmap_get(&p->subnames, p->nodes[i].id) != TMC_NONE)
      p->nodes[i].is_sub = true;
  for (uint32_t k = 0; k < p->n_subs; k++) {
    mm_sub *s = &p->subs[k];
    uint32_t b = tmc_ir_add_boundary(ir, p->page, s->id, TMC_BOUNDARY_CLUSTER);
    tmc_boundary *x = &ir->boundaries[b];
    x->label = s->title;
    x->loc = s->loc;
    x->depth = s->depth;
    x->parent = s->parent == TMC_NONE ? TMC_NONE : p->subs[s->parent].boundary;
    x->why = "Mermaid subgraph";
    s->boundary = b;
  }
  uint32_t elem_base = ir->n_elements;
  uint32_t *sub_of = tmc_xcalloc(p->n_nodes ? p->n_nodes : 1, sizeof *sub_of);
  for (uint32_t i = 0; i < p->n_nodes; i++) {
    mm_node *nd = &p->nodes[i];
    if (nd->is_sub)
      continue;
    uint32_t e = tmc_ir_add_element(ir, p->page, nd->id);
    tmc_element *el = &ir->elements[e];
    el->label = nd->label
                    ? nd->label
                    : tmc_text_plain(ir->arena, nd->id, false, p->opts->max_label, NULL);
    el->loc = nd->loc;
    el->shape = tmc_arena_strdup(ir->arena, nd->shape);
    el->notation = TMC_NOTATION_DOT;
    el->boundary = nd->sub == TMC_NONE ? TMC_NONE : p->subs[nd->sub].boundary;
    sub_of[e - elem_base] = nd->sub;
    nd->elem = e;
  }
  /* Node-to-node links first, so a subgraph's members are known by their
   * links when a link to the subgraph looks for its representative. */
  uint32_t flow_base = ir->n_flows;
  tmc_strmap seen = {0};
  mm_reps reps = {0};
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1)
      reps = representatives(p, sub_of, ir->n_elements - elem_base, elem_base);
    for (uint32_t k = 0; k < p->n_edges; k++) {
      const mm_edge *e = &p->edges[k];
      bool to_sub = p->nodes[e->a].is_sub || p->nodes[e->b].is_sub;
      if (e->invisible || to_sub != (pass == 1))
        continue;
      uint32_t a = p->nodes[e->a].elem, b = p->nodes[e->b].elem;
      if (p->nodes[e->a].is_sub)
        a = reps.out[tmc_strmap_get(&p->subnames, p->nodes[e->a].id)];
      if (p->nodes[e->b].is_sub)
        b = reps.in[tmc_strmap_get(&p->subnames, p->nodes[e->b].id)];
      if (a == TMC_NONE || b == TMC_NONE) {
        tmc_warning(p->d, e->loc, "link to an empty subgraph '%s': no flow",
                    p->nodes[a == TMC_NONE ? e->a : e->b].id);
        continue;
      }
      uint32_t f = tmc_ir_add_flow(ir, p->page, a, b);
      tmc_flow *fl = &ir->flows[f];
      const char *id =
          tmc_arena_printf(ir->arena, "%s -> %s", ir->elements[a].id, ir->elements[b].id);
      uint32_t nth = tmc_strmap_get(&seen, id);
      nth = nth == TMC_NONE ? 1 : nth + 1;
      tmc_strmap_put(&seen, id, nth);
      fl->id = nth > 1 ? tmc_arena_printf(ir->arena, "%s #%u", id, nth) : id;
      fl->cell = e->eid;
      fl->label = e->label ? e->label : "";
      fl->loc = e->loc;
      fl->bidirectional = e->bidirectional;
    }
  }
  reps_free(&reps);
  tmc_strmap_free(&seen);
  free(sub_of);
  if (p->n_notes) {
    mm_flowidx fx = {0};
    fx.base = flow_base;
    uint32_t nf = ir->n_flows - flow_base;
    fx.next = tmc_xcalloc(nf ? nf : 1, sizeof *fx.next);
    uint32_t *tail_of = tmc_xcalloc(nf ? nf : 1, sizeof *tail_of);
    for (uint32_t f = flow_base; f < ir->n_flows; f++) {
      fx.next[f - flow_base] = TMC_NONE;
      const tmc_flow *fl = &ir->flows[f];
      char *key = pair_key(ir->arena, fl->src, fl->dst);
      uint32_t head = tmc_strmap_get(&fx.pairs, key);
      if (head == TMC_NONE) {
        tmc_strmap_put(&fx.pairs, key, f);
        tail_of[f - flow_base] = f;
      } else {
        uint32_t t = tail_of[head - flow_base];
        fx.next[t - flow_base] = f;
        tail_of[head - flow_base] = f;
      }
      if (fl->cell && tmc_strmap_get(&fx.ids, fl->cell) == TMC_NONE)
        tmc_strmap_put(&fx.ids, fl->cell, f);
    }
    for (uint32_t k = 0; k < p->n_notes; k++)
      apply_note(p, &p->notes[k], &fx);
    free(tail_of);
    free(fx.next);
    tmc_strmap_free(&fx.pairs);
    tmc_strmap_free(&fx.ids);
  }
}

/* Skips YAML front matter ("---" ... "---") at the top; returns the index
 * after it, or 0. Reads `title:` into the IR's title. */
static size_t front_matter(mm *p, const char *s, size_t n, uint32_t *lines) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
    *lines += s[i] == '\n';
    i++;
  }
  if (n - i < 3 || memcmp(s + i, "---", 3) != 0)
    return 0;
  size_t k = i;
  uint32_t l = *lines;
  while (k < n && s[k] != '\n')
    k++;
  while (k < n) {
    k++;
    l++;
    size_t e = k;
    while (e < n && s[e] != '\n')
      e++;
    if (e - k >= 3 && memcmp(s + k, "---", 3) == 0) {
      *lines = l;
      return e;
    }
    if (e - k > 6 && memcmp(s + k, "title:", 6) == 0 && !*p->ir->title) {
      size_t ts = k + 6;
      while (ts < e && (s[ts] == ' ' || s[ts] == '"' || s[ts] == '\''))
        ts++;
      size_t te = e;
      while (te > ts && (s[te - 1] == ' ' || s[te - 1] == '\r' || s[te - 1] == '"' ||
                         s[te - 1] == '\''))
        te--;
      p->ir->title =
          tmc_text_plain(p->ir->arena, dup(p, s + ts, te - ts), false, 256, NULL);
    }
    k = e;
  }
  return 0;
}

int tmc_mermaid_parse_block(tmc_ir *ir, const char *s, size_t n, uint32_t line_base,
                            const char *page_name, const tmc_frontend_opts *opts,
                            tmc_diags *d) {
  mm p = {0};
  p.ir = ir;
  p.opts = opts;
  p.d = d;
  p.s = s;
  p.n = n;
  p.page = tmc_ir_add_page(ir, page_name);
  ir->pages[p.page].loc = (tmc_loc){ir->file, line_base + 1, 0};
  size_t before = d->errors;
  uint32_t line = line_base + 1;
  uint32_t fm = 0;
  size_t i = front_matter(&p, s, n, &fm);
  line += fm;
  bool seen_header = false;
  bool in_directive = false;
  while (i < n && !p.failed) {
    size_t e = i;
    while (e < n && s[e] != '\n')
      e++;
    cur c = {s, i, e, i, line};
    skip_blank(&c);
    if (in_directive) {
      in_directive = !contains(s + c.i, e - c.i, "}%%");
    } else if (at(&c, "%%{")) {
      in_directive = !contains(s + c.i, e - c.i, "}%%");
    } else if (at(&c, "%%")) {
      comment(&p, &c);
    } else if (c.i < e) {
      if (!seen_header) {
        if (!header(&p, &c)) {
          p.failed = true;
          break;
        }
        seen_header = true;
      }
      statements(&p, &c);
    }
    i = e + 1;
    line++;
  }
  if (!p.failed && !seen_header) {
    tmc_error(d, (tmc_loc){ir->file, line_base + 1, 0},
              "no Mermaid flowchart header (`flowchart TD` or `graph LR`)");
    p.failed = true;
  }
  if (!p.failed && p.n_open) {
    tmc_error(d, p.subs[p.open[p.n_open - 1]].loc,
              "subgraph '%s' is not closed with `end`", p.subs[p.open[p.n_open - 1]].id);
    p.failed = true;
  }
  if (!p.failed)
    build(&p);
  for (uint32_t k = 0; k < p.n_subs; k++)
    free(p.subs[k].mentions);
  free(p.subs);
  free(p.nodes);
  free(p.edges);
  free(p.notes);
  free(p.open);
  tmc_strmap_free(&p.names);
  tmc_strmap_free(&p.subnames);
  return p.failed || d->errors > before ? -1 : 0;
}

int tmc_mermaid_parse(tmc_ir *ir, const char *data, size_t len,
                      const tmc_frontend_opts *opts, tmc_diags *d) {
  size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  int rc = tmc_mermaid_parse_block(ir, data + i, len - i, 0, "flowchart", opts, d);
  if (rc == 0 && ir->n_pages && *ir->title)
    ir->pages[0].name = ir->title;
  else if (rc == 0 && ir->n_pages)
    ir->title = ir->pages[0].name;
  return rc;
}
