/* drawio.c - the draw.io (diagrams.net) front end, through libxml2 and zlib.
 *
 * A file is an <mxfile> of <diagram> pages (each either a plain
 * <mxGraphModel> child or base64 → raw deflate → URL-encoded text), or a bare
 * <mxGraphModel>. Each page's <root> is a flat list of cells that point at
 * each other by id (parent, source, target), so the one idea to read this
 * file by: we copy every cell of a page into a `cell` array, index the ids in
 * a hash table, order the cells parents-first once (which also finds parent
 * cycles), and from then on every decision is a linear walk over that order.
 * Which cell becomes an element, a flow, a boundary, a label or nothing is
 * decided by the rules documented in docs/drawio.md; every boundary records
 * the rule that made it one in `why`. The XML is streamed with libxml2's
 * reader: only the cell being copied exists as a tree, so memory is the
 * cells' strings, not libxml2's document.
 *
 * The input is untrusted: documents with a DOCTYPE are refused before
 * libxml2 sees them (no DTD, no entities, no network), a compressed page may
 * not inflate past opts->max_inflated (a budget for all pages of the file
 * together), and nothing recurses on the cell tree.
 * No libxml2 object survives this file. */
#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/tree.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "frontend/frontend.h"
#include "frontend/text.h"
#include "ir/geom.h"
#include "ir/rectidx.h"

/* ---- one page's cells ------------------------------------------------------ */

typedef enum role {
  ROLE_NONE,     /* not decided yet / nothing */
  ROLE_STRUCT,   /* root or layer: neither vertex nor edge */
  ROLE_TEXT,     /* text, note, legend, table: not an element */
  ROLE_LABEL,    /* vertex child of an edge: part of that flow's label */
  ROLE_ELEMENT,  /* a DFD element */
  ROLE_BOUNDARY, /* a trust boundary of any form */
  ROLE_EDGE,     /* an edge that may become a flow */
  ROLE_DUP,      /* ignored: repeats an id seen earlier on the page, or is not
                  * drawn (visible="0", on a hidden layer: hidden_cells) */
} role;

typedef struct cell {
  const char *id, *value, *style; /* scratch-arena strings; value/style never NULL */
  const struct style_seg *segs;   /* style's pairs and words, read once (style_parse) */
  uint32_t n_segs;
  const char *parent_id, *source_id, *target_id;
  uint32_t parent, source, target; /* cell indices, TMC_NONE when absent */
  bool vertex, edge, wrapped, html;
  bool unconnectable; /* connectable="0": a label or table cell */
  bool has_geom;
  double x, y, w, h; /* geometry as written, relative to the parent */
  double ax, ay;     /* absolute origin of this cell (page coordinates) */
  tmc_point *pts;    /* edge waypoints as written (scratch arena) */
  uint32_t n_pts;
  bool has_sp, has_tp; /* edge sourcePoint / targetPoint */
  tmc_point sp, tp;
  bool relative;  /* relative="1" geometry (edges: x, y place the label) */
  bool collapsed; /* collapsed="1": drawn as one box, what it holds hidden */
  bool hidden;    /* visible="0": not drawn, nor is anything inside it */
  bool opened;    /* collapsed, but read open: arrows reach inside it */
  bool has_alt;   /* an alternateBounds rectangle: a collapsed box's open size */
  double alt_w, alt_h;
  bool has_off; /* edge label offset point */
  tmc_point off;
  const char **wattrs; /* the wrapper's attributes: name, value, name, ... (scratch) */
  uint32_t n_wattrs;   /* pairs in wattrs; 0 when not wrapped */
  uint32_t line;
  uint32_t n_members; /* vertex children that are not text */
  uint32_t n_ends;    /* edges that start or end here */
  role role;
  tmc_boundary_form form;
  const char *why; /* boundary rule, arena */
  bool tentative;  /* a boundary only if its label names a zone (zones pass) */
  bool encloses;   /* a labelled rectangle around other shapes: a zone candidate */
  bool fan;        /* a container arrows end at: they reach its members */
  bool wired_in;   /* an arrow joins it to a shape drawn inside it: a component */
  uint32_t index;  /* element / boundary index in the IR */
  uint32_t anc;    /* nearest ancestor cell that is a boundary, TMC_NONE */
  bool in_legend;
  bool text_el;         /* a text cell read as an element: arrows join it (wired_text) */
  bool unnamed;         /* an element whose own label is empty */
  uint32_t name_from;   /* the text cell that names this element, or TMC_NONE */
  const char *name_how; /* where that cell sits: "inside it", "under it", ... */
  uint32_t names;       /* the element cell this text cell names, or TMC_NONE */
  uint32_t inner_icon;  /* its one unlabelled library icon child, or TMC_NONE */
  uint32_t n_inner_icons;
  uint32_t card_icon; /* a card: the one shape it holds, which is its look, or TMC_NONE */
  bool card_labelled; /* a card but for its own label: the zones pass reads that */
  bool pool;          /* a stack or table layout that holds lanes of shapes */
  bool wired;         /* an arrow ends at it or at a cell inside it */
  bool arrowed;       /* an edge's arrowhead points at it */
  tmc_buf edge_label; /* labels of edgeLabel children */
  tmc_buf edge_steps; /* fe25: its step badges' numbers, '\n' after each */
  bool label_cut;     /* one of them was cut, or some were left out */
  bool is_lifeline;   /* a UML sequence lifeline (shape=umlLifeline) */
  bool device_frame;  /* a boundary: a phone, tablet or browser frame behind shapes */
  uint32_t lifeline;  /* an activation bar: the lifeline it stands on, or TMC_NONE */
  bool bracket;       /* a bracket marking a row's zone (bracket_zone) */
  tmc_rect bracket_box; /* ... the box of the bracket and its row's shapes */
} cell;

/* The text of a file whose pages are not compressed, for placing each
 * custom property at its column (a diagnostic quotes it): where each line
 * starts, indexed once per file on first use, and a budget of bytes that
 * searching lines may take, so a hostile one-line file stays linear. */
typedef struct srcmap {
  const char *src;
  size_t len;
  uint32_t *starts; /* line k+1 starts at starts[k]; NULL until built */
  uint32_t n;
  size_t budget;
} srcmap;

typedef struct page {
  tmc_ir *ir;
  srcmap *map;        /* NULL for a compressed page (lines of its own text) */
  tmc_arena *scratch; /* freed at the end of the page */
  const tmc_frontend_opts *opts;
  tmc_diags *d;
  uint32_t index;
  const char *name;
  uint32_t diagram_line; /* compressed pages: every location is this line */
  bool compressed;
  cell *cells;
  uint32_t n, cap;
  uint32_t *slots; /* open-addressing id index: cell index + 1, 0 = empty */
  uint32_t n_slots;
  uint32_t *order; /* cells, parents before children */
  /* Shapes drawn on a plain rectangle that arrows reach through it (the
   * rectangle is a fanning box, not their parent): pairs (box, shape). */
  uint32_t *onbox;
  uint32_t n_onbox, cap_onbox;
} page;

static tmc_loc cell_loc(const page *pg, const cell *c) {
  return (tmc_loc){pg->ir->file, pg->compressed ? pg->diagram_line : c->line, 0};
}

/* ---- id index ---------------------------------------------------------------- */

static void index_build(page *pg) {
  pg->n_slots = 16;
  while (pg->n_slots < pg->n * 2 + 2)
    pg->n_slots *= 2;
  pg->slots = tmc_xcalloc(pg->n_slots, sizeof(uint32_t));
}

/* Returns the cell with this id, or TMC_NONE. */
static uint32_t index_find(const page *pg, const char *id) {
  if (!id || !pg->slots)
    return TMC_NONE;
  uint32_t mask = pg->n_slots - 1;
  uint32_t h = (uint32_t)tmc_hash64(id, strlen(id), 0) & mask;
  while (pg->slots[h]) {
    uint32_t c = pg->slots[h] - 1;
    if (strcmp(pg->cells[c].id, id) == 0)
      return c;
    h = (h + 1) & mask;
  }
  return TMC_NONE;
}

/* Adds cell c; returns false when its id is already taken. */
static bool index_add(page *pg, uint32_t c) {
  uint32_t mask = pg->n_slots - 1;
  const char *id = pg->cells[c].id;
  uint32_t h = (uint32_t)tmc_hash64(id, strlen(id), 0) & mask;
  while (pg->slots[h]) {
    if (strcmp(pg->cells[pg->slots[h] - 1].id, id) == 0)
      return false;
    h = (h + 1) & mask;
  }
  pg->slots[h] = c + 1;
  return true;
}

/* ---- styles -------------------------------------------------------------------- */

/* One non-empty segment of a draw.io style ("a;k=v;b=w"): its offset in the
 * style, its length and the offset of its first '=' (len when bare). */
typedef struct style_seg {
  uint32_t off, len, eq;
} style_seg;

/* Splits style s into its non-empty segments, in the arena; returns their count. */
static uint32_t style_split(tmc_arena *a, const char *s, style_seg **out) {
  uint32_t cap = 1;
  for (const char *p = s; *p; p++)
    cap += *p == ';';
  style_seg *v = tmc_arena_alloc(a, cap * sizeof *v);
  uint32_t n = 0;
  for (const char *p = s; *p;) {
    size_t len = strcspn(p, ";");
    if (len) {
      const char *e = memchr(p, '=', len);
      v[n++] = (style_seg){(uint32_t)(p - s), (uint32_t)len,
                           (uint32_t)(e ? (size_t)(e - p) : len)};
    }
    p += len;
    if (*p)
      p++;
  }
  *out = v;
  return n;
}

#define STYLE_PAIRWISE 24u /* pairs compared pairwise; a longer style is sorted */

static bool same_key(const char *s, const style_seg *a, const style_seg *b) {
  return a->eq == b->eq && a->eq < a->len && b->eq < b->len &&
         memcmp(s + a->off, s + b->off, a->eq) == 0;
}

/* A pair's key, for sorting a long style's pairs by key. */
typedef struct style_key {
  const char *key;
  uint32_t len, at; /* the key's length; the pair's index in the style */
} style_key;

/* By key, then by place in the style. */
static int cmp_style_key(const void *pa, const void *pb) {
  const style_key *a = pa, *b = pb;
  int c = memcmp(a->key, b->key, a->len < b->len ? a->len : b->len);
  if (c || a->len != b->len)
    return c ? c : (a->len < b->len ? -1 : 1);
  return a->at < b->at ? -1 : a->at > b->at;
}

/* Marks in dead[] every key=value pair of segs that a later pair of the same
 * key overrides; returns how many. A handful of pairs are compared pairwise;
 * a long (hostile) style is sorted by key instead, so this stays n log n. */
static uint32_t style_overridden(tmc_arena *a, const char *s, const style_seg *segs,
                                 uint32_t n, bool *dead) {
  uint32_t k = 0;
  if (n <= STYLE_PAIRWISE) {
    for (uint32_t i = 0; i < n; i++)
      for (uint32_t j = i + 1; j < n && !dead[i]; j++)
        if (same_key(s, &segs[i], &segs[j]))
          dead[i] = true, k++;
    return k;
  }
  style_key *v = tmc_arena_alloc(a, n * sizeof *v);
  uint32_t m = 0;
  for (uint32_t i = 0; i < n; i++)
    if (segs[i].eq < segs[i].len)
      v[m++] = (style_key){s + segs[i].off, segs[i].eq, i};
  qsort(v, m, sizeof *v, cmp_style_key);
  for (uint32_t i = 0; i + 1 < m; i++)
    if (v[i].len == v[i + 1].len && memcmp(v[i].key, v[i + 1].key, v[i].len) == 0)
      dead[v[i].at] = true, k++;
  return k;
}

/* Splits c's style into its segments once, so that the forty-odd keys asked
 * of each cell are answered from a table instead of a search of the whole
 * string each (perf29: style_get's strstr was the front end's cost).
 * b34a: a key written twice (a shape copied and restyled through Edit
 * Style, "shape=note;...;shape=rectangle;rounded=1") is what draw.io reads
 * into one map, the last value winning: the earlier pairs are dropped from
 * the style itself, so every reader of it (style_get here, the stencil
 * table and the passes that read the element's style whole) sees what
 * draw.io draws. */
static void style_parse(tmc_arena *a, cell *c) {
  style_seg *v;
  uint32_t n = style_split(a, c->style, &v);
  bool small[STYLE_PAIRWISE] = {0};
  bool *dead = n <= STYLE_PAIRWISE ? small : tmc_arena_alloc(a, n * sizeof *dead);
  if (n > STYLE_PAIRWISE)
    memset(dead, 0, n * sizeof *dead);
  if (n > 1 && style_overridden(a, c->style, v, n, dead)) {
    tmc_buf b = {0};
    size_t lead = strspn(c->style, ";"); /* a style's first bare word stays first */
    tmc_buf_printf(&b, "%.*s", (int)lead, c->style);
    bool first = true;
    for (uint32_t i = 0; i < n; i++)
      if (!dead[i]) {
        tmc_buf_printf(&b, "%s%.*s", first ? "" : ";", (int)v[i].len,
                       c->style + v[i].off);
        first = false;
      }
    c->style = tmc_arena_strdup(a, b.data ? b.data : "");
    tmc_buf_free(&b);
    n = style_split(a, c->style, &v);
  }
  c->segs = v;
  c->n_segs = n;
}

/* The value of key in c's style, copied into out; false when the key is
 * absent. Keys compare exactly, as draw.io does; a key written twice was
 * read as its last value (style_parse). */
static bool style_get(const cell *c, const char *key, char *out, size_t outn) {
  size_t kl = strlen(key);
  for (uint32_t i = 0; i < c->n_segs; i++) {
    const style_seg *g = &c->segs[i];
    const char *p = c->style + g->off;
    if (g->eq == kl && g->len > kl && *p == *key && memcmp(p, key, kl) == 0) {
      size_t vl = g->len - kl - 1;
      if (vl >= outn)
        vl = outn - 1;
      memcpy(out, p + kl + 1, vl);
      out[vl] = 0;
      return true;
    }
  }
  return false;
}

static bool style_is(const cell *c, const char *key, const char *value) {
  char v[128];
  return style_get(c, key, v, sizeof v) && strcmp(v, value) == 0;
}

/* True when a bare word (no '=') of the style equals w, like "ellipse;" or
 * "swimlane;". */
static bool style_word(const cell *c, const char *w) {
  size_t wl = strlen(w);
  for (uint32_t i = 0; i < c->n_segs; i++)
    if (c->segs[i].len == wl && memcmp(c->style + c->segs[i].off, w, wl) == 0)
      return true;
  return false;
}

/* Is the bare word s[0..n) a named style of draw.io's default stylesheet
 * (default.xml), the only ones a bare word after key=value pairs applies?
 * Any other is ignored by draw.io, as is a stray value ("9E9E9E;"). */
static bool stylesheet_name(const char *s, size_t n) {
  static const char *const names[] = {"image",   "roundImage", "rhombusImage", "ellipse",
                                      "rhombus", "triangle",   "swimlane",     "text",
                                      "label",   "icon",       "line",         "group",
                                      "arrow",   "edgeLabel"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
      return true;
  return false;
}

/* The shape a style draws: shape=..., else its first bare word, else "rect".
 * A named style applies wherever it stands (draw.io applies each in turn),
 * so "aspect=fixed;...;image;image=img/lib/active_directory/..." (the
 * Active Directory and other image libraries' pictures) draws an image,
 * not a rectangle; after a key=value pair only the stylesheet's names
 * count (stylesheet_name). */
static bool painted(const cell *c, const char *key);

static void style_shape(const cell *c, char *out, size_t outn) {
  if (style_get(c, "shape", out, outn))
    return;
  for (uint32_t i = 0; i < c->n_segs; i++) {
    const style_seg *g = &c->segs[i];
    const char *w = c->style + g->off;
    if (g->eq == g->len && g->len < outn && (g->off == 0 || stylesheet_name(w, g->len))) {
      memcpy(out, w, g->len);
      out[g->len] = 0;
      /* The text style only clears the border and the fill: given either
       * back, the cell is drawn as the rectangle it is (boxed_text). */
      if (strcmp(out, "text") == 0 &&
          (painted(c, "strokeColor") || painted(c, "fillColor")))
        snprintf(out, outn, "rect");
      return;
    }
  }
  snprintf(out, outn, "rect");
}

/* Does c's style give key (strokeColor, fillColor) a colour, not none? */
static bool painted(const cell *c, const char *key) {
  char v[64];
  return style_get(c, key, v, sizeof v) && *v && strcmp(v, "none") != 0;
}

/* b34a: a `text` cell given a border or a fill ("text;strokeColor=#000000;
 * fillColor=#dae8fc;rounded=1"), or a shape of its own ("text;...;
 * shape=cylinder3"), is drawn as a box, not as free text: draw.io's text
 * style only sets the border and fill to none and aligns the label, so
 * whatever the style adds back draws. A note or a key drawn so stays text
 * unless an arrow joins it to another shape (wired_text). */
static bool boxed_text(const cell *c) {
  if (!style_word(c, "text"))
    return false;
  char v[64];
  if (style_get(c, "shape", v, sizeof v) && strcmp(v, "text") != 0 &&
      strcmp(v, "label") != 0)
    return true;
  return painted(c, "strokeColor") || painted(c, "fillColor");
}

static bool hex_color(const char *s, int *r, int *g, int *b) {
  if (tmc_streq_nocase(s, "red")) {
    *r = 255, *g = 0, *b = 0;
    return true;
  }
  if (s[0] != '#' || strlen(s) != 7)
    return false;
  unsigned v = 0;
  for (int i = 1; i < 7; i++) {
    if (!isxdigit((unsigned char)s[i]))
      return false;
    v = v * 16 + (unsigned)(isdigit((unsigned char)s[i])
                                ? s[i] - '0'
                                : tolower((unsigned char)s[i]) - 'a' + 10);
  }
  *r = (int)(v >> 16), *g = (int)((v >> 8) & 255), *b = (int)(v & 255);
  return true;
}

/* Red strokes: the Threat Modeling palette's #FF3333, draw.io's #B85450 and
 * #B20000, and any colour clearly red. */
static bool red_stroke(const cell *c) {
  char v[32];
  int r, g, b;
  return style_get(c, "strokeColor", v, sizeof v) && hex_color(v, &r, &g, &b) &&
         r >= 0xa0 && g <= 0x60 && b <= 0x60;
}

static bool dashed(const cell *c) {
  return style_is(c, "dashed", "1");
}

/* ---- labels ---------------------------------------------------------------------- */

/* perf33: the text of an attribute held as one text (or CDATA) node, the
 * common case, read in place; NULL for any other shape. It is what
 * xmlGetProp and xmlNodeListGetString(.., 1) copy out of such a node, so
 * reading it here spares their malloc and our free per attribute. */
static const char *attr_text(const xmlAttr *a) {
  const xmlNode *t = a->children;
  if (a->type != XML_ATTRIBUTE_NODE || !t || t->next ||
      (t->type != XML_TEXT_NODE && t->type != XML_CDATA_SECTION_NODE))
    return NULL;
  return (const char *)t->content;
}

/* Copies an attribute of node as a scratch string; NULL when absent. */
static const char *attr(page *pg, xmlNodePtr node, const char *name) {
  /* xmlHasProp finds the attribute as xmlGetProp does */
  xmlAttrPtr a = xmlHasProp(node, (const xmlChar *)name);
  if (!a)
    return NULL;
  const char *in_place = attr_text(a);
  if (in_place)
    return tmc_arena_strdup(pg->scratch, in_place);
  xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
  if (!v)
    return NULL;
  const char *s = tmc_arena_strdup(pg->scratch, (const char *)v);
  xmlFree(v);
  return s;
}

/* An attribute of the cell's object/UserObject wrapper; NULL when absent. */
static const char *wattr(const cell *c, const char *name) {
  for (uint32_t i = 0; i < c->n_wattrs; i++)
    if (strcmp(c->wattrs[2 * i], name) == 0)
      return c->wattrs[2 * i + 1];
  return NULL;
}

/* The value draw.io fills %key% with: the cell's own attribute, else the
 * nearest ancestor's that has it (as draw.io's replacePlaceholders walks
 * up the parents), else the page's name for %page%; NULL when none. The
 * walk is capped, parents being resolved (and cycle-free) by then. */
static const char *placeholder_value(const page *pg, const cell *c, const char *key) {
  if (strcmp(key, "id") == 0)
    return c->id;
  if (strcmp(key, "label") == 0)
    return NULL;
  for (int depth = 0; c && depth < 64; depth++) {
    const char *v = wattr(c, key);
    if (v)
      return v;
    c = c->parent != TMC_NONE ? &pg->cells[c->parent] : NULL;
  }
  return strcmp(key, "page") == 0 || strcmp(key, "pagename") == 0 ? pg->name : NULL;
}

/* draw.io's placeholders="1": %name% in a label is the wrapper's attribute,
 * or an ancestor's (placeholder_value). v34style: the switch written into
 * the cell's style instead (placeholders=1, as a hand-edited or generated
 * file puts it) counts too: draw.io itself reads only the wrapper's
 * attribute and would show "%name%", but a label of placeholders names
 * nothing, and the wrapper's attributes are what its author meant shown. */
static const char *expand_placeholders(page *pg, const cell *c, const char *s) {
  if (!c->wrapped || !strchr(s, '%'))
    return s;
  const char *ph = wattr(c, "placeholders");
  if ((!ph || strcmp(ph, "1") != 0) && !style_is(c, "placeholders", "1"))
    return s;
  tmc_buf b = TMC_BUF_INIT;
  for (const char *p = s; *p;) {
    const char *q = *p == '%' ? strchr(p + 1, '%') : NULL;
    if (q && q - p > 1 && q - p < 64) {
      char key[64];
      memcpy(key, p + 1, (size_t)(q - p - 1));
      key[q - p - 1] = 0;
      const char *v = placeholder_value(pg, c, key);
      if (v) {
        tmc_buf_puts(&b, v);
        p = q + 1;
        continue;
      }
    }
    tmc_buf_putc(&b, *p++);
  }
  const char *r = tmc_arena_strdup(pg->scratch, b.data ? b.data : "");
  tmc_buf_free(&b);
  return r;
}

/* A cell's label as plain text in arena a, cut at --max-label (then *cut). */
static const char *label_in(page *pg, const cell *c, tmc_arena *a, bool *cut) {
  const char *s = expand_placeholders(pg, c, c->value);
  return tmc_text_plain(a, s, c->html, pg->opts->max_label, cut);
}

/* How a message names a cell: draw.io's ids are the tool's, so by its label
 * with the id beside ("'Orders DB' (id 7)"), or its quoted id when it has no
 * label. In the page's scratch arena. */
static const char *cell_who(page *pg, const cell *c) {
  const char *s = tmc_text_plain(pg->scratch, expand_placeholders(pg, c, c->value),
                                 c->html, 48, NULL);
  return *s ? tmc_arena_printf(pg->scratch, "'%s' (id %s)", s, c->id)
            : tmc_arena_printf(pg->scratch, "'%s'", c->id);
}

/* One warning for each label that reaches the IR cut short. */
static void warn_cut(page *pg, const cell *c) {
  tmc_warning(pg->d, cell_loc(pg, c),
              "page '%s': cell %s: label longer than %u bytes cut short (raise with "
              "--max-label)",
              pg->name, cell_who(pg, c), pg->opts->max_label);
}

/* A boundary's or element's label, with its warning when cut. */
static const char *label_of(page *pg, const cell *c) {
  bool cut = false;
  const char *s = label_in(pg, c, pg->ir->arena, &cut);
  if (cut)
    warn_cut(pg, c);
  return s;
}

/* Is a label a code standing for a name, not a name: one run of 1 to 6
 * capitals and digits with at least one capital ("MIS", "RWR", "S3")? */
static bool code_label(const char *s) {
  size_t n = 0, caps = 0;
  for (; s[n]; n++) {
    unsigned char ch = (unsigned char)s[n];
    if (!(isupper(ch) || isdigit(ch)) || n >= 6)
      return false;
    caps += isupper(ch) != 0;
  }
  return n && caps;
}

/* diag34 (blind29 quarryhill): a shape whose label is empty or only a code
 * ("MIS", "RWR", "CPG", the page fitted onto a wiki) and whose tooltip says
 * what it is ("Mistral Small 3.2 via Mistral La Plateforme API") is named by
 * the tooltip, what a reader hovering over it sees (as a DOT node drawn
 * bare is: frontend/dot.c); the code it shows stays the name's evidence.
 * A tooltip beside a label that names something ("Web App" with "owner:
 * team-ledger") is a note, never the name. */
static void named_by_tooltip(page *pg, const cell *c, tmc_element *e) {
  const char *tip = wattr(c, "tooltip");
  if (!tip || !(!*e->label || code_label(e->label)))
    return;
  bool cut = false;
  const char *t = tmc_text_plain(pg->ir->arena, tip, false, pg->opts->max_label, &cut);
  if (!*t || strcmp(t, e->label) == 0)
    return;
  if (cut)
    warn_cut(pg, c);
  e->name_evidence =
      *e->label
          ? tmc_arena_printf(pg->ir->arena, "tooltip (the shape shows '%s')", e->label)
          : "tooltip";
  e->label = t;
  e->name_line = tmc_text_name_line(pg->ir->arena, tip, false, true, pg->opts->max_label,
                                    &e->detail_lines);
  e->name_source = TMC_SOURCE_ATTRIBUTE;
}

/* A cell's name line (tmc_element.name_line), NULL when its label is one
 * line, and its next line into *detail; draw.io draws a newline in an HTML
 * label as a line break too. */
static const char *name_line_of(page *pg, const cell *c, const char **detail) {
  return tmc_text_name_line(pg->ir->arena, expand_placeholders(pg, c, c->value), c->html,
                            true, pg->opts->max_label, detail);
}

/* ---- reading cells ----------------------------------------------------------------- */

static double num(const char *s, double dflt) {
  if (!s)
    return dflt;
  char *end;
  double v = strtod(s, &end);
  if (end == s || !isfinite(v))
    return dflt;
  /* Hostile coordinates stay finite through every sum we make. */
  if (v > 1e12)
    v = 1e12;
  if (v < -1e12)
    v = -1e12;
  return v;
}

/* A connection point of an edge style (exitX/exitY or entryX/entryY): both
 * keys must be there and numeric; values are clamped to the box. */
static bool style_port(const cell *c, const char *kx, const char *ky, tmc_point *out) {
  char x[32], y[32];
  if (!style_get(c, kx, x, sizeof x) || !style_get(c, ky, y, sizeof y))
    return false;
  double vx = num(x, NAN), vy = num(y, NAN);
  if (!isfinite(vx) || !isfinite(vy))
    return false;
  *out = (tmc_point){fmin(fmax(vx, 0), 1), fmin(fmax(vy, 0), 1)};
  return true;
}

/* libxml2 keeps element lines in 16 bits (65535 means "this or later", and
 * its BIG_LINES option guesses from neighbouring text). So for long files
 * the line of every start tag is found by a scan of the text: in well-formed
 * XML every '<' outside comments, CDATA and processing instructions starts a
 * tag, and the k-th start tag is the k-th element in document order, which
 * the reader counts as it goes (xr.ord). */
typedef struct linemap {
  uint32_t *line; /* line of the k-th start tag */
  uint32_t n;
} linemap;

static const char *skip_to(const char *p, const char *end, const char *stop,
                           uint32_t *line) {
  size_t sl = strlen(stop);
  while (p + sl <= end && memcmp(p, stop, sl) != 0)
    *line += *p++ == '\n';
  return p + sl <= end ? p + sl : end;
}

static void linemap_build(linemap *m, const char *s, size_t len) {
  uint32_t cap = 0, line = 1;
  const char *p = s, *end = s + len;
  while (p < end) {
    /* perf36: to the next '<' at once, counting the newlines before it
     * (memchr for both: a line of draw.io XML holds about one tag) */
    const char *lt = memchr(p, '<', (size_t)(end - p)), *stop = lt ? lt : end;
    for (const char *nl = p; (nl = memchr(nl, '\n', (size_t)(stop - nl))) != NULL; nl++)
      line++;
    p = stop;
    if (!lt)
      break;
    if (end - p >= 4 && memcmp(p, "<!--", 4) == 0)
      p = skip_to(p + 4, end, "-->", &line);
    else if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0)
      p = skip_to(p + 9, end, "]]>", &line);
    else if (end - p >= 2 && p[1] == '?')
      p = skip_to(p + 2, end, "?>", &line);
    else {
      if (end - p >= 2 && p[1] != '/' && p[1] != '!')
        *TMC_PUSH(m->line, m->n, cap) = line;
      p++;
    }
  }
}

/* True when the text has 65535 lines or more (only then is the map needed). */
static bool many_lines(const char *s, size_t len) {
  uint32_t lines = 1;
  for (const char *p = s; (p = memchr(p, '\n', len - (size_t)(p - s))) != NULL; p++)
    if (++lines >= 65535)
      return true;
  return false;
}

static void read_point(page *pg, xmlNodePtr p, tmc_point *out) {
  out->x = num(attr(pg, p, "x"), 0);
  out->y = num(attr(pg, p, "y"), 0);
}

static void read_geometry(page *pg, cell *c, xmlNodePtr g) {
  c->has_geom = true;
  c->x = num(attr(pg, g, "x"), 0);
  c->y = num(attr(pg, g, "y"), 0);
  c->w = num(attr(pg, g, "width"), 0);
  c->h = num(attr(pg, g, "height"), 0);
  const char *rel = attr(pg, g, "relative");
  c->relative = rel && strcmp(rel, "1") == 0;
  uint32_t cap = 0;
  for (xmlNodePtr k = g->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    const char *as = attr(pg, k, "as");
    if (xmlStrcmp(k->name, (const xmlChar *)"mxPoint") == 0 && as) {
      if (strcmp(as, "sourcePoint") == 0) {
        read_point(pg, k, &c->sp);
        c->has_sp = true;
      } else if (strcmp(as, "targetPoint") == 0) {
        read_point(pg, k, &c->tp);
        c->has_tp = true;
      } else if (strcmp(as, "offset") == 0) {
        read_point(pg, k, &c->off);
        c->has_off = true;
      }
    } else if (xmlStrcmp(k->name, (const xmlChar *)"mxRectangle") == 0 && as &&
               strcmp(as, "alternateBounds") == 0) {
      c->has_alt = true;
      c->alt_w = num(attr(pg, k, "width"), 0);
      c->alt_h = num(attr(pg, k, "height"), 0);
    } else if (xmlStrcmp(k->name, (const xmlChar *)"Array") == 0 && as &&
               strcmp(as, "points") == 0) {
      for (xmlNodePtr p = k->children; p; p = p->next)
        if (p->type == XML_ELEMENT_NODE &&
            xmlStrcmp(p->name, (const xmlChar *)"mxPoint") == 0)
          read_point(pg, p, TMC_PUSH(c->pts, c->n_pts, cap));
    }
  }
  /* Waypoints move to the scratch arena so the cell array stays flat. */
  if (c->n_pts) {
    tmc_point *v = tmc_arena_alloc(pg->scratch, c->n_pts * sizeof(tmc_point));
    memcpy(v, c->pts, c->n_pts * sizeof(tmc_point));
    free(c->pts);
    c->pts = v;
  }
}

/* Copies every attribute of a wrapper into the cell: the XML node is gone
 * once the reader moves on. */
static void copy_wrapper(page *pg, cell *c, xmlNodePtr node) {
  uint32_t n = 0;
  for (xmlAttrPtr a = node->properties; a; a = a->next)
    n++;
  c->wattrs = tmc_arena_alloc(pg->scratch, (2 * (size_t)n + 1) * sizeof(char *));
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    c->wattrs[2 * c->n_wattrs] = tmc_arena_strdup(pg->scratch, (const char *)a->name);
    const char *in_place = attr_text(a);
    if (in_place) {
      c->wattrs[2 * c->n_wattrs + 1] = tmc_arena_strdup(pg->scratch, in_place);
    } else {
      xmlChar *v = xmlNodeListGetString(node->doc, a->children, 1);
      c->wattrs[2 * c->n_wattrs + 1] =
          tmc_arena_strdup(pg->scratch, v ? (const char *)v : "");
      xmlFree(v);
    }
    c->n_wattrs++;
  }
}

/* One cell from an <mxCell>, or from an <object>/<UserObject> wrapper around
 * one (the wrapper holds id, label and custom attributes); `line` is where
 * its start tag is. */
static void read_cell(page *pg, xmlNodePtr node, uint32_t line) {
  cell *c = TMC_PUSH(pg->cells, pg->n, pg->cap);
  memset(c, 0, sizeof(*c));
  c->parent = c->source = c->target = c->anc = c->index = c->name_from = c->names =
      c->inner_icon = c->card_icon = c->lifeline = TMC_NONE;
  c->line = line;
  xmlNodePtr mx = node;
  if (xmlStrcmp(node->name, (const xmlChar *)"mxCell") != 0) {
    c->wrapped = true;
    copy_wrapper(pg, c, node);
    mx = NULL;
    for (xmlNodePtr k = node->children; k; k = k->next)
      if (k->type == XML_ELEMENT_NODE &&
          xmlStrcmp(k->name, (const xmlChar *)"mxCell") == 0) {
        mx = k;
        break;
      }
    const char *label = attr(pg, node, "label");
    c->value = label ? label : "";
  } else {
    const char *v = attr(pg, node, "value");
    c->value = v ? v : "";
  }
  const char *id = attr(pg, node, "id");
  c->id = id ? id : tmc_arena_printf(pg->scratch, "#%u", pg->n);
  c->style = "";
  if (!mx)
    return; /* a wrapper with no mxCell: structural */
  const char *style = attr(pg, mx, "style");
  if (style)
    c->style = style;
  c->parent_id = attr(pg, mx, "parent");
  c->source_id = attr(pg, mx, "source");
  c->target_id = attr(pg, mx, "target");
  const char *vx = attr(pg, mx, "vertex"), *ed = attr(pg, mx, "edge");
  c->vertex = vx && strcmp(vx, "1") == 0;
  c->edge = !c->vertex && ed && strcmp(ed, "1") == 0;
  style_parse(pg->scratch, c);
  c->html = style_is(c, "html", "1");
  const char *fold = attr(pg, mx, "collapsed");
  c->collapsed = fold && strcmp(fold, "1") == 0;
  const char *vis = attr(pg, mx, "visible");
  c->hidden = vis && strcmp(vis, "0") == 0;
  const char *conn = attr(pg, mx, "connectable");
  c->unconnectable = conn && strcmp(conn, "0") == 0;
  for (xmlNodePtr k = mx->children; k; k = k->next)
    if (k->type == XML_ELEMENT_NODE &&
        xmlStrcmp(k->name, (const xmlChar *)"mxGeometry") == 0) {
      read_geometry(pg, c, k);
      break;
    }
}

/* ---- structure: ids, parents, absolute positions ---------------------------------- */

static int resolve(page *pg) {
  index_build(pg);
  for (uint32_t i = 0; i < pg->n; i++)
    if (!index_add(pg, i)) {
      const cell *first = &pg->cells[index_find(pg, pg->cells[i].id)];
      tmc_warning(pg->d, cell_loc(pg, &pg->cells[i]),
                  "page '%s': cell %s has the id of cell %s, an id used twice; the "
                  "second cell is ignored",
                  pg->name, cell_who(pg, &pg->cells[i]), cell_who(pg, first));
      pg->cells[i].role = ROLE_DUP;
    }
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP)
      continue;
    if (c->parent_id) {
      c->parent = index_find(pg, c->parent_id);
      if (c->parent == TMC_NONE)
        tmc_warning(pg->d, cell_loc(pg, c),
                    "page '%s': cell %s names parent '%s', which does not exist; "
                    "treated as top level",
                    pg->name, cell_who(pg, c), c->parent_id);
      else if (c->parent == i) {
        tmc_error(pg->d, cell_loc(pg, c), "page '%s': cell %s is its own parent",
                  pg->name, cell_who(pg, c));
        return -1;
      }
    }
    if (c->edge) {
      c->source = index_find(pg, c->source_id);
      c->target = index_find(pg, c->target_id);
      if (c->source_id && c->source == TMC_NONE)
        tmc_warning(pg->d, cell_loc(pg, c),
                    "page '%s': edge %s names source '%s', which does not exist",
                    pg->name, cell_who(pg, c), c->source_id);
      if (c->target_id && c->target == TMC_NONE)
        tmc_warning(pg->d, cell_loc(pg, c),
                    "page '%s': edge %s names target '%s', which does not exist",
                    pg->name, cell_who(pg, c), c->target_id);
    }
  }
  return 0;
}

/* Orders the cells parents first (pg->order) and computes absolute origins.
 * Each cell is visited once: a walk up stops at the first cell already
 * placed, and a cell met twice on one walk is a parent cycle, an error. */
static int place(page *pg) {
  enum { TODO, ON_WALK, DONE };
  uint8_t *state = tmc_xcalloc(pg->n ? pg->n : 1, 1);
  uint32_t *walk = tmc_xmalloc(sizeof(uint32_t) * (pg->n ? pg->n : 1));
  pg->order = tmc_xmalloc(sizeof(uint32_t) * (pg->n ? pg->n : 1));
  uint32_t n_order = 0;
  int rc = 0;
  for (uint32_t i = 0; i < pg->n && rc == 0; i++) {
    uint32_t n_walk = 0;
    for (uint32_t c = i; c != TMC_NONE && state[c] != DONE; c = pg->cells[c].parent) {
      if (state[c] == ON_WALK) {
        tmc_error(pg->d, cell_loc(pg, &pg->cells[c]),
                  "page '%s': cell %s is its own ancestor (a parent cycle)", pg->name,
                  cell_who(pg, &pg->cells[c]));
        rc = -1;
        break;
      }
      state[c] = ON_WALK;
      walk[n_walk++] = c;
    }
    while (rc == 0 && n_walk) {
      uint32_t c = walk[--n_walk];
      cell *x = &pg->cells[c];
      state[c] = DONE;
      pg->order[n_order++] = c;
      const cell *p = x->parent != TMC_NONE ? &pg->cells[x->parent] : NULL;
      /* Children of a vertex are placed relative to it; layers, roots and
       * edges contribute no offset. */
      double ox = p && p->vertex ? p->ax : 0, oy = p && p->vertex ? p->ay : 0;
      if (p && p->vertex && x->vertex)
        ((cell *)p)->n_members++;
      x->ax = ox + (x->vertex ? x->x : 0);
      x->ay = oy + (x->vertex ? x->y : 0);
    }
  }
  free(state);
  free(walk);
  return rc;
}

/* A cell written visible="0" is not drawn, nor is anything inside it: a
 * hidden layer ("pre-2025 (decommissioned)") keeps what the system was, an
 * author's draft or a variant, and the picture the reader sees is the
 * system (blind27: an old FTP server and Access database on a hidden layer
 * read as elements). Such cells, and edges that start or end at one (an
 * arrow drawn to something not drawn is not drawn either), are ignored as a
 * repeated id is; one note for each hidden cell that is not inside another
 * says what was skipped. Parents first (pg->order), then the edges until no
 * more turn hidden: an edge may end at an edge (at most a few rounds; past
 * 8 an edge chain is left as read). */
static void hidden_cells(page *pg) {
  bool any = false;
  for (uint32_t i = 0; i < pg->n && !any; i++)
    any = pg->cells[i].hidden && pg->cells[i].role != ROLE_DUP;
  if (!any)
    return;
  uint32_t *top = tmc_xmalloc(sizeof(uint32_t) * pg->n);
  for (uint32_t k = 0; k < pg->n; k++) {
    uint32_t i = pg->order[k], p = pg->cells[i].parent;
    cell *c = &pg->cells[i];
    top[i] = p != TMC_NONE && top[p] != TMC_NONE ? top[p]
             : c->hidden && c->role != ROLE_DUP  ? i
                                                 : TMC_NONE;
  }
  bool changed = true;
  for (int round = 0; changed && round < 8; round++) {
    changed = false;
    for (uint32_t i = 0; i < pg->n; i++) {
      const cell *c = &pg->cells[i];
      if (!c->edge || top[i] != TMC_NONE)
        continue;
      uint32_t at = c->source != TMC_NONE && top[c->source] != TMC_NONE ? top[c->source]
                    : c->target != TMC_NONE                             ? top[c->target]
                                                                        : TMC_NONE;
      if (at != TMC_NONE) {
        top[i] = at;
        changed = true;
      }
    }
  }
  /* An edge's label cells go with it. */
  for (uint32_t k = 0; k < pg->n; k++) {
    uint32_t i = pg->order[k], p = pg->cells[i].parent;
    if (top[i] == TMC_NONE && p != TMC_NONE && top[p] != TMC_NONE)
      top[i] = top[p];
  }
  uint32_t *shapes = tmc_xcalloc(pg->n, sizeof(uint32_t));
  uint32_t *arrows = tmc_xcalloc(pg->n, sizeof(uint32_t));
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (top[i] == TMC_NONE || c->role == ROLE_DUP)
      continue;
    if (c->edge)
      arrows[top[i]]++;
    else if (c->vertex && top[i] != i)
      shapes[top[i]]++;
  }
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (top[i] != i)
      continue;
    bool layer = !c->vertex && !c->edge;
    tmc_note(pg->d, cell_loc(pg, c),
             "page '%s': %s %s is hidden (visible=\"0\"): not drawn, so its %u "
             "shape%s and %u arrow%s are not read",
             pg->name,
             layer     ? "layer"
             : c->edge ? "edge"
                       : "cell",
             cell_who(pg, c), shapes[i], shapes[i] == 1 ? "" : "s", arrows[i],
             arrows[i] == 1 ? "" : "s");
  }
  for (uint32_t i = 0; i < pg->n; i++)
    if (top[i] != TMC_NONE)
      pg->cells[i].role = ROLE_DUP;
  free(shapes);
  free(arrows);
  free(top);
}

/* How many lines an end glued to a line is followed through (glued_ends). */
enum { GLUE_HOPS = 8 };

/* An arrow whose source or target is another edge (draw.io glues a line's
 * end onto a line: a T drawn into a flow, a branch drawn off it) joins what
 * that line carries: one drawn into a line reaches where the line goes (its
 * target), one drawn out of a line comes from where the line starts (its
 * source). blind33: an agronomist's corrections drawn into the upload line
 * reach the server, a list branching off the SMS line comes from the server;
 * blind27: a tap off the plugin call line carries the call to its log. A
 * line glued to a line glued to a line is followed through at most GLUE_HOPS
 * lines, so a chain or a loop of lines stays linear; an end that reaches no
 * shape so (a loop, a line loose at that end) is left unconnected, with a
 * warning: no flow. After hidden_cells (an arrow glued to a hidden line is
 * hidden too) and before fold_collapsed (the shape reached may be hidden in a
 * collapsed box). */
static void glued_ends(page *pg) {
  /* Followed through the ends as drawn, not as resolved so far: the result
   * does not depend on the order the cells are listed in (review29: a chain
   * listed forwards resolved through any number of lines, backwards through
   * GLUE_HOPS). */
  uint32_t *drawn = tmc_xmalloc(2 * (size_t)pg->n * sizeof *drawn);
  for (uint32_t i = 0; i < pg->n; i++) {
    drawn[2 * i] = pg->cells[i].source;
    drawn[2 * i + 1] = pg->cells[i].target;
  }
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (!c->edge || c->role == ROLE_DUP)
      continue;
    for (int end = 0; end < 2; end++) {
      uint32_t *at = end ? &c->target : &c->source;
      if (*at == TMC_NONE || !pg->cells[*at].edge)
        continue;
      uint32_t line = *at, x = *at;
      for (int hop = 0; x != TMC_NONE && pg->cells[x].edge && hop < GLUE_HOPS; hop++)
        x = drawn[2 * (size_t)x + (unsigned)end];
      if (x != TMC_NONE && pg->cells[x].edge)
        x = TMC_NONE;
      if (x == TMC_NONE)
        tmc_warning(pg->d, cell_loc(pg, c),
                    "page '%s': edge %s %s edge %s, which %s no shape; not a flow",
                    pg->name, cell_who(pg, c), end ? "ends on" : "starts on",
                    cell_who(pg, &pg->cells[line]), end ? "reaches" : "comes from");
      *at = x;
    }
  }
  free(drawn);
}

/* Each cell's outermost ancestor still collapsed, or TMC_NONE; parents first
 * (pg->order), so one pass finds it. */
static void collapsed_roots(const page *pg, uint32_t *root) {
  for (uint32_t k = 0; k < pg->n; k++) {
    uint32_t i = pg->order[k], p = pg->cells[i].parent;
    root[i] = p == TMC_NONE                                   ? TMC_NONE
              : root[p] != TMC_NONE                           ? root[p]
              : pg->cells[p].collapsed && pg->cells[p].vertex ? p
                                                              : TMC_NONE;
  }
}

/* How many levels of collapsed containers inside opened ones are opened in
 * turn: each level is one linear pass, so a hostile nest stays linear. */
enum { OPEN_LEVELS = 8 };

/* A collapsed container whose hidden cells an arrow from outside it is drawn
 * to (or from) is read as drawn open: the author wired what it holds, which
 * is still part of the system (draw.io only hides it; blind26: the office's
 * backup NAS inside a collapsed "Office" lane, the nightly backups drawn to
 * it). It takes its open size (alternateBounds; draw.io keeps the top-left
 * corner when it swaps the two), grown to cover every shape it holds. One
 * that arrows reach only at the box stays one box (fold_collapsed: a vendor's
 * API drawn as a collapsed lane of its endpoints). */
static void open_wired_collapsed(page *pg, uint32_t *root) {
  bool opened = false;
  for (int level = 0; level < OPEN_LEVELS; level++) {
    collapsed_roots(pg, root);
    bool more = false;
    for (uint32_t i = 0; i < pg->n; i++) {
      const cell *c = &pg->cells[i];
      if (!c->edge || (c->source == TMC_NONE && c->target == TMC_NONE))
        continue;
      uint32_t rs = c->source != TMC_NONE ? root[c->source] : TMC_NONE;
      uint32_t rt = c->target != TMC_NONE ? root[c->target] : TMC_NONE;
      if (rs == rt)
        continue; /* both ends in one box, or neither hidden */
      for (int end = 0; end < 2; end++) {
        uint32_t r = end ? rt : rs;
        if (r != TMC_NONE && pg->cells[r].collapsed) {
          pg->cells[r].collapsed = false;
          pg->cells[r].opened = true;
          more = opened = true;
        }
      }
    }
    if (!more)
      break;
  }
  if (!opened)
    return;
  /* Children before parents (pg->order backwards), so an opened box inside
   * another has its size before its parent covers it. */
  for (uint32_t k = pg->n; k-- > 0;) {
    cell *x = &pg->cells[pg->order[k]];
    if (!x->vertex)
      continue;
    if (x->opened && x->has_alt) {
      x->w = x->alt_w > x->w ? x->alt_w : x->w;
      x->h = x->alt_h > x->h ? x->alt_h : x->h;
    }
    cell *p = x->parent != TMC_NONE ? &pg->cells[x->parent] : NULL;
    if (!p || !p->vertex || !p->opened)
      continue;
    double right = x->ax + x->w - p->ax, bottom = x->ay + x->h - p->ay;
    if (x->ax >= p->ax && right > p->w)
      p->w = right;
    if (x->ay >= p->ay && bottom > p->h)
      p->h = bottom;
  }
}

/* A collapsed container (collapsed="1") that no arrow from outside reaches
 * inside is drawn as one box: what it holds is hidden, and an arrow to
 * something hidden in it is drawn to the box. So the reader sees one shape:
 * the cells inside become structure, arrows to them end at the box, and
 * arrows between two of them are hidden too. */
static void fold_collapsed(page *pg) {
  bool any = false;
  for (uint32_t i = 0; i < pg->n && !any; i++)
    any = pg->cells[i].collapsed && pg->cells[i].vertex;
  if (!any)
    return;
  uint32_t *root = tmc_xmalloc(sizeof(uint32_t) * pg->n);
  open_wired_collapsed(pg, root);
  collapsed_roots(pg, root);
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (c->edge) {
      if (c->source != TMC_NONE && root[c->source] != TMC_NONE)
        c->source = root[c->source];
      if (c->target != TMC_NONE && root[c->target] != TMC_NONE)
        c->target = root[c->target];
      if (c->source != TMC_NONE && c->source == c->target)
        c->edge = false; /* inside the box, hidden with it */
    } else if (root[i] != TMC_NONE)
      c->vertex = false;
  }
  for (uint32_t i = 0; i < pg->n; i++)
    if (pg->cells[i].collapsed && root[i] == TMC_NONE)
      pg->cells[i].n_members = 0;
  free(root);
}

static tmc_rect abs_rect(const cell *c) {
  return (tmc_rect){c->ax, c->ay, c->w, c->h};
}

/* Where edge c's own points (its source and target points, its waypoints)
 * are measured from: draw.io stores them relative to the edge's parent when
 * that parent is a shape, else on the page. */
static tmc_point edge_origin(const page *pg, const cell *c) {
  const cell *p = c->parent != TMC_NONE ? &pg->cells[c->parent] : NULL;
  return p && p->vertex ? (tmc_point){p->ax, p->ay} : (tmc_point){0, 0};
}

/* ---- what each cell is ------------------------------------------------------------- */

/* A stack or table layout: a UML class and its rows, an entity's columns, a
 * list, a table of assets; or, when it holds lanes, a pool (pool). */
static bool is_layout(const cell *c, const char *shape) {
  return style_is(c, "childLayout", "stackLayout") ||
         style_is(c, "childLayout", "tableLayout") || strcmp(shape, "table") == 0 ||
         strcmp(shape, "tableRow") == 0;
}

/* A table (shape=table, or a table layout): an entity's columns, a list of
 * assets. One an arrow reaches, at the table or at one of its rows, is what
 * the arrow reads or writes: an ER table drawn for a store ("ADLS Gen2 ·
 * turbine_features" with its columns as rows), an element like any other. */
static bool is_table(const cell *c, const char *shape) {
  return strcmp(shape, "table") == 0 || style_is(c, "childLayout", "tableLayout") ||
         /* a list card: a swimlane whose header names a component and whose
          * rows (stacked text cells) its details, not a pool of lanes */
         (strcmp(shape, "swimlane") == 0 && style_is(c, "childLayout", "stackLayout") &&
          !c->pool);
}

/* A note (the folded-corner sheet). Drawn with a comment in it and tied to
 * what it explains by a plain line (UML's anchor), it is for the reader; an
 * arrow pointing at one says data is written there: a file drawn as a sheet
 * (an «artifact» certificate a service loads, an inference log). A note only
 * arrows leave (a .env, "fly secrets" feeding an app) is a file too
 * (paths27: the credential thefts it adds no longer push expected paths
 * past the fifteen a report shows; the paths pass ranks a theft reached
 * only through stored content lower, theft_by_data). */
static bool is_note(const char *shape) {
  return strcmp(shape, "note") == 0 || strcmp(shape, "mxgraph.basic.note") == 0;
}

/* UML's interface notation: the lollipop (provided) and the socket
 * (required), drawn on the component they belong to. */
static bool is_port(const char *shape) {
  return strcmp(shape, "providedRequiredInterface") == 0 ||
         strcmp(shape, "requiredInterface") == 0 || strcmp(shape, "lollipop") == 0;
}

/* Is edge c drawn as draw.io's link, a double line (shape=link)? The link
 * shape paints no markers whatever startArrow and endArrow say: a
 * connection with no direction, read both ways like arrows at both ends. */
static bool link_edge(const cell *c) {
  return style_is(c, "shape", "link");
}

/* Does an edge style draw an arrowhead at its start (start) or its end
 * (draw.io draws one at the end unless endArrow=none)? A link (link_edge)
 * counts as headed at both ends: it carries data both ways. */
static bool head_at(const cell *c, bool start) {
  if (link_edge(c))
    return true;
  char v[32];
  snprintf(v, sizeof v, "%s", start ? "none" : "classic");
  style_get(c, start ? "startArrow" : "endArrow", v, sizeof v);
  return *v && strcmp(v, "none") != 0;
}

/* Text, notes, legends and tables no arrow reaches are for the reader, not
 * part of the system. */
static bool is_text(const cell *c, const char *shape) {
  /* connectable=0 marks label and table cells; a container made
   * unconnectable (graphviz2drawio's clusters) still fences its children. */
  if ((c->unconnectable && !c->n_members) || style_is(c, "part", "1") ||
      (is_layout(c, shape) && !c->pool && !(c->wired && is_table(c, shape))) ||
      style_word(c, "text") || style_word(c, "edgeLabel") ||
      (is_note(shape) && !c->arrowed) || strcmp(shape, "text") == 0 ||
      strcmp(shape, "edgeLabel") == 0 || strcmp(shape, "callout") == 0)
    return true;
  if (tmc_has_word(c->value, "legend"))
    return true;
  /* A label drawn as an HTML table is a table of notes, unless an arrow
   * starts or ends at it: then it is a component drawn as a card of its
   * properties (its header cell the name, the rows its details). */
  if ((strstr(c->value, "<table") || strstr(c->value, "&lt;table")) && !c->wired)
    return true;
  return false;
}

static bool is_container_style(const cell *c, const char *shape) {
  return strcmp(shape, "swimlane") == 0 || strcmp(shape, "group") == 0 ||
         strcmp(shape, "table") == 0 || style_is(c, "container", "1") ||
         strncmp(shape, "mxgraph.aws4.group", 18) == 0 ||
         strcmp(shape, "mxgraph.gcp2.group") == 0;
}

/* Shapes that outline a region: rectangles of every kind, with or without
 * rounded corners (not icons, ellipses or cylinders). */
static bool is_rect_shape(const char *shape) {
  return strcmp(shape, "rect") == 0 || strcmp(shape, "rectangle") == 0 ||
         strcmp(shape, "rounded") == 0 || strcmp(shape, "whiteSpace") == 0 ||
         strcmp(shape, "html") == 0 || strcmp(shape, "swimlane") == 0 ||
         strcmp(shape, "mxgraph.basic.rect") == 0;
}

/* A port drawn as a small box or circle on an element's border (SysML's
 * internal block diagrams, UML composite structure, AADL and Simulink-like
 * block drawings: a child cell a few pixels wide that straddles its
 * parent's edge, with connectors attached to it rather than to the part):
 * the port is where the part's flows go in and out, not a part of its own,
 * so an arrow to it reaches the parent (card_of). Only a wired one counts:
 * an unconnected mark on a border may be a badge the decorations pass
 * reads. */
#define PORT_MAX 24.0 /* the widest side of a port, in pixels */
static bool border_port(const cell *c, const cell *p, const char *shape) {
  if (!c->wired || !c->has_geom || !p->has_geom || c->relative || c->w <= 0 ||
      c->h <= 0 || c->w > PORT_MAX || c->h > PORT_MAX || c->w * c->h * 16 > p->w * p->h ||
      !(is_rect_shape(shape) || strcmp(shape, "ellipse") == 0))
    return false;
  bool across_x = (c->x < 0 && c->x + c->w > 0) || (c->x < p->w && c->x + c->w > p->w);
  bool across_y = (c->y < 0 && c->y + c->h > 0) || (c->y < p->h && c->y + c->h > p->h);
  bool within_x = c->x + c->w > 0 && c->x < p->w;
  bool within_y = c->y + c->h > 0 && c->y < p->h;
  return (across_x && within_y) || (across_y && within_x);
}

/* The libraries that draw devices as frames to draw apps in: Android and
 * iOS phones and tablets, the mockup library's browser windows and devices. */
static bool device_frame(const char *shape) {
  return strncmp(shape, "mxgraph.android.", 16) == 0 ||
         strncmp(shape, "mxgraph.ios.", 12) == 0 ||
         strncmp(shape, "mxgraph.mockup.containers.", 26) == 0 ||
         strncmp(shape, "mxgraph.mockup.devices.", 23) == 0;
}

static bool is_line_shape(const char *shape) {
  return strcmp(shape, "line") == 0 || strcmp(shape, "requiredInterface") == 0 ||
         strcmp(shape, "mxgraph.lean_mapping.physical_pull") == 0;
}

/* The boundary style rules that do not depend on geometry; NULL when none.
 * Only what the drawing says: which words make a zone is the zones pass's
 * to decide (catalogs/words.yaml), so a shape that would be a boundary only
 * by its label is recorded as tentative, or as a zone candidate. */
static const char *boundary_style(const cell *c) {
  const char *type = wattr(c, "type");
  if (type &&
      (tmc_streq_nocase(type, "boundary") || tmc_streq_nocase(type, "trust_boundary") ||
       tmc_streq_nocase(type, "trust boundary")))
    return "type=boundary";
  if (dashed(c) && red_stroke(c))
    return "dashed red outline";
  if (dashed(c))
    return "dashed outline";
  if (red_stroke(c))
    return "red outline";
  return NULL;
}

static bool labelled(page *pg, const cell *c) {
  return *tmc_text_plain(pg->scratch, c->value, c->html, 256, NULL) != 0;
}

/* Candidates for geometric enclosure: vertices that may be elements, in
 * cell order, in an index that finds the ones inside a box by both x and y
 * (a column of shapes all share a left edge). */
typedef struct encl {
  uint32_t *v; /* candidate k is cell v[k]; v ascends */
  uint32_t n;
  tmc_rectidx *idx;
} encl;

typedef struct encl_count {
  const encl *E;
  uint32_t self; /* the box's own cell */
  uint32_t count, enough;
} encl_count;

static bool count_one(void *ctx, uint32_t k) {
  encl_count *c = ctx;
  if (c->E->v[k] != c->self)
    c->count++;
  return c->count < c->enough;
}

/* Number of candidate shapes wholly inside cell b and smaller than it (up to
 * `enough`); with behind, only those drawn after b (on top of it). */
static uint32_t enclosed(const encl *E, const page *pg, uint32_t b, bool behind,
                         uint32_t enough) {
  const cell *o = &pg->cells[b];
  uint32_t first = 0;
  if (behind) { /* the first candidate after cell b */
    uint32_t hi = E->n;
    while (first < hi) {
      uint32_t mid = first + (hi - first) / 2;
      if (E->v[mid] <= b)
        first = mid + 1;
      else
        hi = mid;
    }
  }
  encl_count c = {E, b, 0, enough};
  tmc_rect r = abs_rect(o);
  tmc_rectidx_inside(E->idx, &r, o->w * o->h, first, count_one, &c);
  return c.count;
}

/* ---- zones marked by brackets -------------------------------------------------------
 */

/* b35b: some authors mark zones with no box at all: a curly (or square)
 * bracket beside each row or over each column of shapes, the zone's name
 * as its label ("POOL HALL", "VENDOR"). The bracket spans the row; an
 * element's zone is the row its bracket spans. A labelled bracket with
 * shapes on its open side becomes a box boundary around them (the zones
 * pass reads its label as any box's); an unlabelled one, or one beside
 * nothing, is drawing, not a part. Whether a shape is such a bracket, and
 * which way it opens (0 east, as drawn with no direction: the row is to
 * its right; 1 south; 2 west; 3 north), or -1. */
static int bracket_opens(const cell *c, const char *shape) {
  if (strcmp(shape, "curlyBracket") != 0 &&
      strcmp(shape, "mxgraph.flowchart.annotation_1") != 0 &&
      strcmp(shape, "mxgraph.flowchart.annotation_2") != 0)
    return -1;
  char v[32];
  int d = 0;
  if (style_get(c, "direction", v, sizeof v))
    d = strcmp(v, "south") == 0   ? 1
        : strcmp(v, "west") == 0  ? 2
        : strcmp(v, "north") == 0 ? 3
                                  : 0;
  if (style_is(c, "flipH", "1") && (d == 0 || d == 2))
    d = 2 - d;
  if (style_is(c, "flipV", "1") && (d == 1 || d == 3))
    d = 4 - d;
  double rot = style_get(c, "rotation", v, sizeof v) ? num(v, 0) : 0;
  int quarter = (int)lround(fmod(fmod(rot, 360) + 360, 360) / 90) % 4;
  return (d + quarter) % 4;
}

/* At most this many shapes are read into one bracket's row, and all the
 * page's brackets together look at this many shapes (brackets and shapes
 * beside a row included): a hostile page of brackets over one row, or of
 * shapes just outside their spans, stays linear; past the budget brackets
 * are drawing. */
#define BRACKET_MEMBERS 512u
#define BRACKET_BUDGET 1000000u

typedef struct bracket_row {
  page *pg;
  const encl *E;
  uint32_t self;
  int opens;
  tmc_rect bracket; /* as drawn on the page (turned by rotation) */
  tmc_rect box;     /* the bracket and its row's shapes */
  uint32_t n;
  uint32_t *left; /* the page's budget of shapes looked at (BRACKET_BUDGET) */
} bracket_row;

/* A shape whose centre lies in the bracket's span, on its open side, and
 * that is no bracket itself, is in its row. */
static bool bracket_one(void *ctx, uint32_t k) {
  bracket_row *b = ctx;
  uint32_t v = b->E->v[k];
  if (!*b->left)
    return false;
  --*b->left;
  if (v == b->self)
    return true;
  const cell *c = &b->pg->cells[v];
  char shape[128];
  style_shape(c, shape, sizeof shape);
  if (bracket_opens(c, shape) >= 0)
    return true;
  tmc_rect r = abs_rect(c), o = b->bracket;
  double cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  bool span =
      b->opens % 2 == 0 ? cy >= o.y && cy <= o.y + o.h : cx >= o.x && cx <= o.x + o.w;
  bool side = b->opens == 0   ? r.x >= o.x + o.w / 2
              : b->opens == 2 ? r.x + r.w <= o.x + o.w / 2
              : b->opens == 1 ? r.y >= o.y + o.h / 2
                              : r.y + r.h <= o.y + o.h / 2;
  if (!span || !side)
    return true;
  double x0 = fmin(b->box.x, r.x), y0 = fmin(b->box.y, r.y);
  double x1 = fmax(b->box.x + b->box.w, r.x + r.w),
         y1 = fmax(b->box.y + b->box.h, r.y + r.h);
  b->box = (tmc_rect){x0, y0, x1 - x0, y1 - y0};
  return ++b->n < BRACKET_MEMBERS;
}

/* Makes bracket cell i (opening `opens`) the box boundary of its row, or
 * text when it is unlabelled or its row holds no shape. */
static void bracket_zone(page *pg, const encl *E, uint32_t i, int opens, bool named,
                         uint32_t *left) {
  cell *c = &pg->cells[i];
  tmc_rect o = abs_rect(c);
  char v[32];
  double rot = style_get(c, "rotation", v, sizeof v) ? num(v, 0) : 0;
  int quarter = (int)lround(fmod(fmod(rot, 360) + 360, 360) / 90) % 4;
  if (quarter % 2) /* drawn turned a quarter: its box is too */
    o = (tmc_rect){o.x + o.w / 2 - o.h / 2, o.y + o.h / 2 - o.w / 2, o.h, o.w};
  bracket_row b = {pg, E, i, opens, o, o, 0, left};
  if (named) {
    /* the span, reaching far to the open side; a shape must lie wholly in
     * it widened by half the span, and its centre in the span itself */
    const double far = 1e9;
    double m = (opens % 2 == 0 ? o.h : o.w) / 2;
    tmc_rect q = opens == 0   ? (tmc_rect){o.x, o.y - m, far, o.h + 2 * m}
                 : opens == 2 ? (tmc_rect){o.x + o.w - far, o.y - m, far, o.h + 2 * m}
                 : opens == 1 ? (tmc_rect){o.x - m, o.y, o.w + 2 * m, far}
                              : (tmc_rect){o.x - m, o.y + o.h - far, o.w + 2 * m, far};
    tmc_rectidx_inside(E->idx, &q, INFINITY, 0, bracket_one, &b);
  }
  if (!b.n) {
    c->role = ROLE_TEXT;
    return;
  }
  c->role = ROLE_BOUNDARY;
  c->form = TMC_BOUNDARY_BOX;
  c->bracket = true;
  c->bracket_box = b.box;
  c->why = tmc_arena_printf(pg->ir->arena, "bracket beside %u shape%s (a row's zone)",
                            b.n, b.n == 1 ? "" : "s");
}

/* At most this many shapes on one rectangle are reached through it: with
 * the page's fan budget, an arrow to a box stays a bounded fan-out. */
#define ONBOX_MAX 64u

typedef struct onbox_collect {
  page *pg;
  const encl *E;
  uint32_t box, n;
} onbox_collect;

static bool onbox_one(void *ctx, uint32_t k) {
  onbox_collect *c = ctx;
  uint32_t v = c->E->v[k];
  if (v == c->box)
    return true;
  page *pg = c->pg;
  *TMC_PUSH(pg->onbox, pg->n_onbox, pg->cap_onbox) = c->box;
  *TMC_PUSH(pg->onbox, pg->n_onbox, pg->cap_onbox) = v;
  return ++c->n < ONBOX_MAX;
}

/* Records the shapes drawn on top of rectangle b and wholly inside it (the
 * same candidates `enclosed` counts) as the ones arrows reach through it. */
static void onbox_record(page *pg, const encl *E, uint32_t b) {
  const cell *o = &pg->cells[b];
  uint32_t first = 0, hi = E->n;
  while (first < hi) { /* the first candidate after cell b */
    uint32_t mid = first + (hi - first) / 2;
    if (E->v[mid] <= b)
      first = mid + 1;
    else
      hi = mid;
  }
  onbox_collect c = {pg, E, b, 0};
  tmc_rect r = abs_rect(o);
  tmc_rectidx_inside(E->idx, &r, o->w * o->h, first, onbox_one, &c);
}

/* A text cell that says only "Key" or "Legend" titles the panel it is in:
 * that panel is a legend (its icons, rows and sample arrows explain the
 * drawing; they are not part of it). */
static bool legend_title(page *pg, const cell *c) {
  if (!c->vertex || c->edge || c->parent == TMC_NONE || !pg->cells[c->parent].vertex ||
      !(style_is(c, "part", "1") || style_word(c, "text")))
    return false;
  const char *t = tmc_text_plain(pg->scratch, c->value, c->html, 256, NULL);
  return tmc_streq_nocase(t, "key") || tmc_streq_nocase(t, "legend");
}

/* A legend explains the drawing from the side: its sample arrows join its
 * own samples. A panel with an arrow between something inside it and
 * something outside (or another legend) is part of the system, whatever a
 * text cell in it says ("Key" beside a key icon in an account group). One
 * pass parents first (pg->order) finds each cell's innermost marked panel;
 * one pass over the edges clears the panels an arrow leaves. */
static void legends_keep_to_themselves(page *pg) {
  uint32_t *in = tmc_xmalloc(sizeof(uint32_t) * (pg->n ? pg->n : 1));
  for (uint32_t k = 0; k < pg->n; k++) {
    uint32_t i = pg->order[k], p = pg->cells[i].parent;
    in[i] = pg->cells[i].in_legend ? i : p != TMC_NONE ? in[p] : TMC_NONE;
  }
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *e = &pg->cells[i];
    if (!e->edge || e->source == TMC_NONE || e->target == TMC_NONE)
      continue;
    uint32_t a = in[e->source], b = in[e->target];
    if (a == b)
      continue;
    if (a != TMC_NONE)
      pg->cells[a].in_legend = false;
    if (b != TMC_NONE)
      pg->cells[b].in_legend = false;
  }
  free(in);
}

/* ---- boxes drawn alike ------------------------------------------------------------ */

/* A style's settings sorted, in the arena (tmc_buf_style_sorted). */
static const char *style_sorted(tmc_arena *a, const char *style) {
  tmc_buf b = {0};
  tmc_buf_style_sorted(&b, style);
  const char *r = tmc_arena_strdup(a, b.data ? b.data : "");
  tmc_buf_free(&b);
  return r;
}

typedef struct alike {
  uint32_t parent, cell;
  const char *look;
  bool box; /* already a box boundary; else a candidate */
} alike;

static int cmp_alike(const void *pa, const void *pb) {
  const alike *a = pa, *b = pb;
  if (a->parent != b->parent)
    return a->parent < b->parent ? -1 : 1;
  int c = strcmp(a->look, b->look);
  if (c)
    return c;
  return a->cell < b->cell ? -1 : a->cell > b->cell;
}

/* A labelled rectangle that arrows start or end at, drawn behind shapes
 * exactly as a box beside it is drawn (same parent, same style): the page's
 * columns or groups, one of which the arrows treat as a whole ("Data
 * Sources", "Machine Learning", "Applications" side by side, arrows to and
 * from "Machine Learning"). It is a box like them, and the arrows reach the
 * shapes on it; whether it fences trust is the zones and boundaries passes'
 * to say. Sorting keeps it O(n log n). */
static void boxes_drawn_alike(page *pg, const encl *E) {
  char shape[128];
  uint32_t m = 0, cand = 0;
  alike *v = NULL;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    bool box = c->role == ROLE_BOUNDARY && c->form == TMC_BOUNDARY_BOX && !c->fan;
    bool maybe = c->role == ROLE_ELEMENT && c->encloses && c->n_ends && !c->n_members;
    if (!(box || maybe) || !c->has_geom || !c->style || !*c->style)
      continue;
    style_shape(c, shape, sizeof shape);
    if (!is_rect_shape(shape))
      continue;
    if (!v)
      v = tmc_xmalloc(sizeof *v * pg->n);
    v[m++] = (alike){c->parent, i, style_sorted(pg->ir->arena, c->style), box};
    cand += maybe;
  }
  if (!cand) {
    free(v);
    return;
  }
  qsort(v, m, sizeof *v, cmp_alike);
  for (uint32_t a = 0, z; a < m; a = z) {
    uint32_t model = TMC_NONE;
    for (z = a; z < m && v[z].parent == v[a].parent && strcmp(v[z].look, v[a].look) == 0;
         z++)
      if (v[z].box && model == TMC_NONE)
        model = v[z].cell;
    if (model == TMC_NONE)
      continue;
    for (uint32_t k = a; k < z; k++) {
      uint32_t i = v[k].cell;
      cell *c = &pg->cells[i];
      if (v[k].box || enclosed(E, pg, i, true, 2) < 2)
        continue;
      uint32_t before = pg->n_onbox;
      onbox_record(pg, E, i);
      uint32_t on = (pg->n_onbox - before) / 2;
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_BOX;
      c->fan = true;
      c->encloses = false;
      c->why = tmc_arena_printf(pg->ir->arena,
                                "rectangle drawn like the box '%s' beside it, behind %u "
                                "shape%s that arrows reach through it",
                                pg->cells[model].id, on, on == 1 ? "" : "s");
    }
  }
  free(v);
}

/* A card: a container or group with no text and no boundary style of its
 * own that holds one shape (an icon) and text beside it, its caption (IBM,
 * AWS and Azure resource cards, C4-style groups, a rounded card with a
 * header text, draw.io's group of an icon and its name). It fences nothing:
 * it is one element, named by its caption (docs/drawio.md, "Names"), drawn
 * by its icon, and an arrow to the card, the icon or the caption is an arrow
 * to it. One that holds two shapes or more is a boundary (a container around
 * components), and so is one outlined as one; one labelled is marked
 * (`card`) for the zones pass, which folds it into its shape unless its
 * label names a zone or a grouping ("Payments VPC", "Data tier"). An
 * invisible group with no caption, or one no arrow ends at, leaves the icon
 * the element, as drawn (the text under it names it); so does a frame
 * whose one shape has a name of its own. A card's caption is a title
 * and a subtitle at most (CARD_CAPTIONS): a container with one icon and
 * more texts than that is a panel of notes or a legend with a logo, and
 * stays what it is (review16: a card takes every arrow to any of its
 * texts). Linear: one pass over the children. */
#define CARD_CAPTIONS 2
static void find_cards(page *pg) {
  char shape[128];
  uint32_t *one = tmc_xmalloc(sizeof(uint32_t) * (pg->n ? pg->n : 1));
  uint8_t *caption = tmc_xcalloc(pg->n ? pg->n : 1, sizeof *caption); /* texts, capped */
  for (uint32_t i = 0; i < pg->n; i++)
    one[i] = TMC_NONE;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *k = &pg->cells[i];
    if (!k->vertex || k->parent == TMC_NONE)
      continue;
    if (k->role == ROLE_ELEMENT)
      one[k->parent] = i;
    else if (k->role == ROLE_TEXT && caption[k->parent] <= CARD_CAPTIONS &&
             *label_in(pg, k, pg->scratch, NULL))
      caption[k->parent]++;
  }
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (c->role != ROLE_ELEMENT || !c->vertex || c->n_members != 1 ||
        one[i] == TMC_NONE || !c->has_geom || c->w <= 0 || c->h <= 0 ||
        boundary_style(c) || caption[i] > CARD_CAPTIONS)
      continue;
    cell *m = &pg->cells[one[i]];
    if (m->role != ROLE_ELEMENT || m->n_members || m->card_icon != TMC_NONE)
      continue;
    /* A shape with a name of its own is a component, the frame around it
     * a grouping (or a panel, with its title beside): its name is where
     * the author wrote it, and so is its id. */
    if (labelled(pg, m))
      continue;
    style_shape(c, shape, sizeof shape);
    if (strcmp(shape, "swimlane") == 0 || strcmp(shape, "table") == 0)
      continue;
    bool group = strcmp(shape, "group") == 0;
    bool named = labelled(pg, c);
    if (!named && !c->n_ends && !(caption[i] && !group))
      continue;
    /* A frame with a label of its own may be a zone around one component
     * ("Payments VPC") or the component's card ("Orders API" around its
     * icon): which words name a zone is the zones pass's to read, so the
     * frame stays what the rules below make it, marked. */
    if (named) {
      c->card_labelled = true;
      continue;
    }
    c->card_icon = one[i];
    c->n_members = 0;
    c->n_ends += m->n_ends;
    m->role = ROLE_TEXT; /* the card's picture: arrows to it reach the card */
  }
  free(one);
  free(caption);
}

/* A shape an arrow's loose end lies in: not a container holding shapes
 * (its end is at the lane, not at a shape). */
static bool holds_nothing(void *ctx, uint32_t item) {
  const page *pg = ((void **)ctx)[0];
  const uint32_t *at = ((void **)ctx)[1];
  return pg->cells[at[item]].n_members == 0;
}

/* An index of a page's sized shapes, for the arrow ends left loose inside
 * them (mark_arrowed_notes, find_flowed). */
typedef struct {
  tmc_rect *r;
  uint32_t *at; /* the cell of each indexed rectangle */
  tmc_rectidx *idx;
  void *ctx[2]; /* holds_nothing's: the page and `at` */
} shape_index;

/* keep (NULL: every one) leaves out of the index the shapes a query would
 * only reject: a page full of them stays linear. */
static void shape_index_build(shape_index *s, const page *pg,
                              bool (*keep)(const cell *)) {
  uint32_t n = 0;
  s->r = tmc_xmalloc((pg->n + 1) * sizeof *s->r);
  s->at = tmc_xmalloc((pg->n + 1) * sizeof *s->at);
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role != ROLE_DUP && c->vertex && c->has_geom && c->w > 0 && c->h > 0 &&
        (!keep || keep(c))) {
      s->r[n] = abs_rect(c);
      s->at[n++] = i;
    }
  }
  s->idx = tmc_rectidx_new(s->r, n);
  s->ctx[0] = (void *)pg;
  s->ctx[1] = s->at;
}

static void shape_index_free(shape_index *s) {
  tmc_rectidx_free(s->idx);
  free(s->r);
  free(s->at);
}

/* ---- flows drawn as block arrows ------------------------------------------------------
 */

/* b35b: some authors draw a flow as a block arrow, a shape (draw.io's
 * singleArrow and doubleArrow, the arrows libraries' arrows) labelled inside
 * ("daily sync (HTTPS)") and laid between the two boxes it joins, its tail
 * at one and its tip at the other, glued to neither: the flow is readable
 * only from where the shape lies. Such an arrow is that flow, as a glued
 * connector would be: an edge from the shape at its tail to the one at its
 * tip (both ways for a two-headed one), named by its label. One whose ends
 * touch no shape, or the same one (an arrow drawn on a box as an icon), or
 * that an arrow of its own is glued to, stays what it was (the decorations
 * pass drops a block arrow that is no part). */

/* The block arrows: the shape, the way its tip points as drawn with no
 * direction (0 east, 1 south, 2 west, 3 north) and whether it has a head at
 * both ends. */
static const struct block_arrow {
  const char *shape;
  int dir;
  bool both;
} block_arrows_known[] = {
    {"singleArrow", 0, false},
    {"doubleArrow", 0, true},
    {"flexArrow", 0, false},
    {"mxgraph.arrows2.arrow", 0, false},
    {"mxgraph.arrows2.sharpArrow", 0, false},
    {"mxgraph.arrows2.sharpArrow2", 0, false},
    {"mxgraph.arrows2.stylisedArrow", 0, false},
    {"mxgraph.arrows2.tailedArrow", 0, false},
    {"mxgraph.arrows2.tailedNotchedArrow", 0, false},
    {"mxgraph.arrows2.stripedArrow", 0, false},
    {"mxgraph.arrows2.twoWayArrow", 0, true},
    {"mxgraph.arrows.arrow_right", 0, false},
    {"mxgraph.arrows.arrow_down", 1, false},
    {"mxgraph.arrows.arrow_left", 2, false},
    {"mxgraph.arrows.arrow_up", 3, false},
    {"mxgraph.arrows.two_way_arrow_horizontal", 0, true},
    {"mxgraph.arrows.two_way_arrow_vertical", 1, true},
    {"mxgraph.arrows.slender_two_way_arrow", 0, true},
};

static const struct block_arrow *block_arrow_of(const cell *c) {
  char shape[128];
  if (!c->vertex)
    return NULL;
  style_shape(c, shape, sizeof shape);
  for (size_t i = 0; i < sizeof block_arrows_known / sizeof *block_arrows_known; i++)
    if (strcmp(shape, block_arrows_known[i].shape) == 0)
      return &block_arrows_known[i];
  return NULL;
}

/* The tail and tip of block arrow c on the page: the ends of its axis, as
 * draw.io paints the shape (turned by direction=, mirrored by flipH/flipV,
 * then the box turned by rotation= about its centre); in *dir the unit
 * vector from tail to tip. */
static void block_axis(const cell *c, int base, tmc_point *tail, tmc_point *tip,
                       tmc_point *dir) {
  char v[32];
  int d = base;
  if (style_get(c, "direction", v, sizeof v))
    d += strcmp(v, "south") == 0   ? 1
         : strcmp(v, "west") == 0  ? 2
         : strcmp(v, "north") == 0 ? 3
                                   : 0;
  d %= 4;
  double dx = d == 0 ? 1 : d == 2 ? -1 : 0, dy = d == 1 ? 1 : d == 3 ? -1 : 0;
  if (style_is(c, "flipH", "1"))
    dx = -dx;
  if (style_is(c, "flipV", "1"))
    dy = -dy;
  double half = dx != 0 ? c->w / 2 : c->h / 2;
  double rot = style_get(c, "rotation", v, sizeof v) ? num(v, 0) : 0;
  double r = fmod(rot, 360) * 3.14159265358979323846 / 180, cs = cos(r), sn = sin(r);
  tmc_point u = {dx * cs - dy * sn, dx * sn + dy * cs};
  double cx = c->ax + c->w / 2, cy = c->ay + c->h / 2;
  *tail = (tmc_point){cx - u.x * half, cy - u.y * half};
  *tip = (tmc_point){cx + u.x * half, cy + u.y * half};
  *dir = u;
}

/* May item be the shape at an end of block arrow ctx->self: a shape that
 * holds none, not a text, not a block arrow, not the arrow itself. */
typedef struct block_ctx {
  const page *pg;
  const uint32_t *at;
  uint32_t self;
} block_ctx;

static bool block_end_ok(void *ctx, uint32_t item) {
  const block_ctx *b = ctx;
  const cell *c = &b->pg->cells[b->at[item]];
  return b->at[item] != b->self && c->vertex && c->n_members == 0;
}

/* What block_end_ok never takes whatever the arrows before did, left out of
 * the index: a page of arrows (or texts) stacked on one spot stays linear. */
static bool block_end_shape(const cell *c) {
  return !style_word(c, "text") && !style_word(c, "edgeLabel") && !block_arrow_of(c);
}

/* How far past its end a block arrow may stop short of the shape it
 * points at, in pixels, and at most this share of its length. */
#define BLOCK_GAP 20.0
#define BLOCK_GAP_SHARE 0.25

/* The shape at the end of a block arrow: the smallest around a point on
 * its axis at end point p or a few pixels past it (outwards along u). */
static uint32_t block_end(const shape_index *s, block_ctx *b, tmc_point p, tmc_point u,
                          double reach) {
  static const double steps[] = {0, 2, 4, 7, 10, 14, 20};
  for (size_t k = 0; k < sizeof steps / sizeof *steps && steps[k] <= reach; k++) {
    tmc_rect q = {p.x + u.x * steps[k], p.y + u.y * steps[k], 0, 0};
    uint32_t item = tmc_rectidx_around(s->idx, &q, block_end_ok, b);
    if (item != TMC_NONE)
      return s->at[item];
  }
  return TMC_NONE;
}

static void block_arrows(page *pg) {
  bool any = false;
  for (uint32_t i = 0; i < pg->n && !any; i++)
    any = pg->cells[i].role != ROLE_DUP && block_arrow_of(&pg->cells[i]);
  if (!any)
    return;
  bool *glued = tmc_xcalloc(pg->n, sizeof *glued);
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP || !c->edge)
      continue;
    if (c->source != TMC_NONE)
      glued[c->source] = true;
    if (c->target != TMC_NONE)
      glued[c->target] = true;
  }
  shape_index s;
  shape_index_build(&s, pg, block_end_shape);
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    const struct block_arrow *ba = c->role != ROLE_DUP ? block_arrow_of(c) : NULL;
    if (!ba || glued[i] || c->n_members || !c->has_geom || c->w <= 0 || c->h <= 0)
      continue;
    tmc_point tail, tip, u;
    block_axis(c, ba->dir, &tail, &tip, &u);
    double len = hypot(tip.x - tail.x, tip.y - tail.y);
    double reach = fmin(BLOCK_GAP, BLOCK_GAP_SHARE * len);
    block_ctx b = {pg, s.at, i};
    uint32_t from = block_end(&s, &b, tail, (tmc_point){-u.x, -u.y}, reach);
    uint32_t to = from != TMC_NONE ? block_end(&s, &b, tip, u, reach) : TMC_NONE;
    if (to == TMC_NONE || from == to)
      continue;
    /* The shape becomes the arrow it stands for. */
    if (c->parent != TMC_NONE && pg->cells[c->parent].vertex &&
        pg->cells[c->parent].n_members)
      pg->cells[c->parent].n_members--;
    c->vertex = false;
    c->edge = true;
    c->source = from;
    c->target = to;
    c->source_id = pg->cells[from].id;
    c->target_id = pg->cells[to].id;
    c->relative = c->has_off = c->has_sp = c->has_tp = false;
    c->x = c->y = 0;
    c->n_pts = 0;
    const tmc_point o = edge_origin(pg, c);
    c->ax = o.x;
    c->ay = o.y;
    c->style = tmc_arena_printf(pg->scratch, "%s;startArrow=%s;endArrow=classic",
                                c->style, ba->both ? "classic" : "none");
    style_parse(pg->scratch, c);
  }
  shape_index_free(&s);
  free(glued);
}

/* An arrow's ends: glued ones as glued; a loose one, the smallest shape
 * around its end point that holds none. `named` keeps an end whose id is
 * written (a glued end to a cell not read yet) from being looked for. */
static void arrow_ends(const page *pg, const cell *c, const shape_index *s, bool named,
                       uint32_t end[2]) {
  end[0] = c->source;
  end[1] = c->target;
  const tmc_point o = edge_origin(pg, c);
  for (int k = 0; k < 2; k++) {
    if (end[k] != TMC_NONE || (named && (k ? c->target_id : c->source_id)) ||
        !(k ? c->has_tp : c->has_sp))
      continue;
    tmc_point pt = k ? c->tp : c->sp;
    uint32_t item = tmc_rectidx_around(s->idx, &(tmc_rect){o.x + pt.x, o.y + pt.y, 0, 0},
                                       holds_nothing, (void *)s->ctx);
    end[k] = item == TMC_NONE ? TMC_NONE : s->at[item];
  }
}

/* An arrow not glued to a note but drawn from (or to) inside its box is
 * that note's arrow, as a glued one is (find_pools): a .env drawn as a
 * sheet with an arrow left loose on it into the app that reads it (blind24)
 * is a file, not a comment. Only where its other end is at another shape
 * (glued, or loose inside one that holds none), so a note's pointer left in
 * empty space stays a comment. Runs only when the page has both a note and
 * an arrow with a loose end; one index of the shapes, near-linear. */
static void loose_arrows_on_notes(page *pg) {
  char shape[128];
  bool notes = false, loose = false;
  for (uint32_t i = 0; i < pg->n && !(notes && loose); i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP)
      continue;
    if (c->edge)
      loose = loose || (c->source == TMC_NONE && c->has_sp) ||
              (c->target == TMC_NONE && c->has_tp);
    else if (c->vertex && !notes) {
      style_shape(c, shape, sizeof shape);
      notes = is_note(shape);
    }
  }
  if (!notes || !loose)
    return;
  shape_index s;
  shape_index_build(&s, pg, NULL);
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP || !c->edge ||
        (c->source != TMC_NONE && c->target != TMC_NONE) ||
        !(head_at(c, false) || head_at(c, true)))
      continue;
    uint32_t end[2];
    arrow_ends(pg, c, &s, false, end);
    if (end[0] == TMC_NONE || end[1] == TMC_NONE || end[0] == end[1])
      continue;
    bool note = false;
    for (int k = 0; k < 2 && !note; k++) {
      style_shape(&pg->cells[end[k]], shape, sizeof shape);
      note = is_note(shape);
    }
    if (note)
      pg->cells[end[0]].arrowed = pg->cells[end[1]].arrowed = true;
  }
  shape_index_free(&s);
}

/* Pools: a stack or table layout is a table of text (a UML class, an
 * entity's columns, a list of assets) unless it holds lanes, swimlanes or
 * containers that hold shapes: then it is a pool, and its lanes fence
 * elements like any other container. BPMN pools and the draw.io "Horizontal
 * Pool" and "Vertical Pool" (a stackLayout swimlane of swimlanes), its
 * cross-functional flowcharts (a table whose rows hold swimlane cells, the
 * shapes inside those) and a table of containers all draw the same thing:
 * elements two or three containers deep. One pass children first: each cell
 * hands up whether a shape, or a lane holding one, is below it.
 * fix17b (review17 item 8): and a pool's lanes are lanes: a swimlane cell
 * holds a shape below the layout, or an arrow touches a shape below it. A
 * stacked list of groups, each an icon and its caption ("Icons used",
 * "Data we hold": a key drawn without the word), that no arrow touches is
 * a table of text. Edge ends are marked first: still linear. */
static void find_pools(page *pg) {
  enum { SHAPE = 1, LANE = 2, SWIM = 4, TOUCHED = 8 };
  char shape[128];
  uint8_t *below = tmc_xcalloc(pg->n ? pg->n : 1, 1);
  bool *touched = tmc_xcalloc(pg->n ? pg->n : 1, sizeof *touched);
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP || !c->edge)
      continue;
    if (c->source != TMC_NONE)
      touched[c->source] = true;
    if (c->target != TMC_NONE)
      touched[c->target] = true;
    /* An arrow (a head at either end) marks both ends: a note it points
     * at is written to, and a note it leaves is a file read (a .env, "fly
     * secrets" feeding an app; paths27: the credential thefts this adds
     * rank by how the thief reaches the reader, so they no longer push
     * the expected paths out). A plain line (UML's anchor) marks neither. */
    if (c->source != TMC_NONE && c->target != TMC_NONE &&
        (head_at(c, false) || head_at(c, true)))
      pg->cells[c->target].arrowed = pg->cells[c->source].arrowed = true;
  }
  loose_arrows_on_notes(pg);
  for (uint32_t k = pg->n; k-- > 0;) {
    uint32_t i = pg->order[k];
    cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP || !c->vertex || c->edge)
      continue;
    /* A top-level shape with no lane below decides nothing and hands up
     * nothing: most of a flat page stops here, before reading styles. */
    bool nested = c->parent != TMC_NONE && pg->cells[c->parent].vertex &&
                  !pg->cells[c->parent].edge;
    c->wired = touched[i] || (below[i] & TOUCHED);
    if (!nested && !(below[i] & LANE))
      continue;
    style_shape(c, shape, sizeof shape);
    bool layout = is_layout(c, shape);
    if (layout && (below[i] & LANE) && (below[i] & (SWIM | TOUCHED)))
      c->pool = true;
    if (!nested)
      continue;
    uint8_t up = (below[i] & (LANE | SWIM | TOUCHED)) | (touched[i] ? TOUCHED : 0);
    if (!layout && !is_text(c, shape)) {
      bool lane = is_container_style(c, shape);
      if (lane && (below[i] & SHAPE))
        up |= LANE | (strcmp(shape, "swimlane") == 0 ? SWIM : 0);
      if (!lane || (below[i] & SHAPE))
        up |= SHAPE;
    }
    below[c->parent] |= up;
  }
  free(touched);
  free(below);
}

/* Sequence diagrams (docs/drawio.md, "UML sequence diagrams"): activation
 * bars drawn on the page rather than inside their lifeline (older files,
 * or a bar moved by hand) stand for the lifeline whose box holds the
 * bar's centre. A bar is an unlabelled narrow shape with the activation's
 * style (perimeter=orthogonalPerimeter, or targetShapes=umlLifeline). The
 * check is bars x lifelines, within a budget: past it bars stay shapes. */
#define BAR_BUDGET 1000000u
static void bars_on_lifelines(page *pg) {
  uint32_t n_lines = 0, n_bars = 0;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role != ROLE_ELEMENT || !c->has_geom)
      continue;
    if (c->is_lifeline)
      n_lines++;
    else if (c->w > 0 && c->w <= 30 && c->h > c->w &&
             (style_is(c, "perimeter", "orthogonalPerimeter") ||
              style_is(c, "targetShapes", "umlLifeline")) &&
             !labelled(pg, c))
      n_bars++;
  }
  if (!n_lines || !n_bars || (uint64_t)n_lines * n_bars > BAR_BUDGET)
    return;
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (c->role != ROLE_ELEMENT || !c->has_geom || c->is_lifeline || c->w <= 0 ||
        c->w > 30 || c->h <= c->w ||
        !(style_is(c, "perimeter", "orthogonalPerimeter") ||
          style_is(c, "targetShapes", "umlLifeline")) ||
        labelled(pg, c))
      continue;
    double cx = c->ax + c->w / 2, cy = c->ay + c->h / 2;
    for (uint32_t j = 0; j < pg->n; j++) {
      const cell *l = &pg->cells[j];
      if (l->is_lifeline && l->role == ROLE_ELEMENT && l->has_geom && cx >= l->ax &&
          cx <= l->ax + l->w && cy >= l->ay && cy <= l->ay + l->h) {
        c->lifeline = j;
        c->role = ROLE_TEXT;
        break;
      }
    }
  }
}

/* Is line-like cell c (a line shape, or an edge with no ends) an
 * alternative's divider in a combined fragment: a child of a umlFrame, or
 * wholly inside the box of one of the page's frames (at most FRAMES_MAX of
 * them are looked at: the check stays linear)? */
#define FRAMES_MAX 64u
static bool in_frame(const page *pg, const cell *c, const uint32_t *frames,
                     uint32_t n_frames) {
  char shape[128];
  if (!n_frames)
    return false;
  bool line = c->source == TMC_NONE && c->target == TMC_NONE;
  if (!c->edge) {
    style_shape(c, shape, sizeof shape);
    line = is_line_shape(shape);
  }
  if (!line)
    return false;
  for (uint32_t k = 0; k < n_frames; k++)
    if (c->parent == frames[k])
      return true;
  tmc_rect r;
  if (c->edge) {
    if (!c->has_sp || !c->has_tp)
      return false;
    const tmc_point o = edge_origin(pg, c);
    double ox = o.x, oy = o.y;
    r = (tmc_rect){ox + fmin(c->sp.x, c->tp.x), oy + fmin(c->sp.y, c->tp.y),
                   fabs(c->sp.x - c->tp.x), fabs(c->sp.y - c->tp.y)};
  } else if (c->has_geom)
    r = abs_rect(c);
  else
    return false;
  for (uint32_t k = 0; k < n_frames; k++) {
    const cell *f = &pg->cells[frames[k]];
    if (f->has_geom && r.x >= f->ax && r.y >= f->ay && r.x + r.w <= f->ax + f->w &&
        r.y + r.h <= f->ay + f->h)
      return true;
  }
  return false;
}

/* The shape a loose end of edge c lies in (end 0 its source point, 1 its
 * target point): the smallest candidate around the point that holds no
 * other shape, else TMC_NONE. An end dropped a few pixels inside a box is
 * drawn at that box, glued or not. */
static uint32_t loose_end_shape(const page *pg, const cell *c, const encl *E, int end) {
  if (end ? !c->has_tp : !c->has_sp)
    return TMC_NONE;
  const tmc_point o = edge_origin(pg, c);
  double ox = o.x, oy = o.y;
  tmc_point pt = end ? c->tp : c->sp;
  uint32_t k =
      tmc_rectidx_around(E->idx, &(tmc_rect){ox + pt.x, oy + pt.y, 0, 0}, NULL, NULL);
  if (k == TMC_NONE || pg->cells[E->v[k]].n_members)
    return TMC_NONE;
  return E->v[k];
}

/* Does edge c, not connected at one end or both, start and end in two
 * different shapes (its loose ends inside their boxes)? Then it is an
 * arrow someone did not glue, not a line dividing the page. */
static bool ends_in_shapes(const page *pg, const cell *c, const encl *E) {
  uint32_t s = c->source != TMC_NONE ? c->source : loose_end_shape(pg, c, E, 0);
  uint32_t t = c->target != TMC_NONE ? c->target : loose_end_shape(pg, c, E, 1);
  return s != TMC_NONE && t != TMC_NONE && s != t;
}

/* Is edge c, loose at both ends, drawn from one lifeline of lines to
 * another (a message between points, as sequence diagrams often are)? */
static bool lifeline_message(const page *pg, const cell *c, const uint32_t *lines,
                             uint32_t n_lines) {
  if (!n_lines || c->source != TMC_NONE || c->target != TMC_NONE || !c->has_sp ||
      !c->has_tp)
    return false;
  const tmc_point o = edge_origin(pg, c);
  double ox = o.x, oy = o.y;
  tmc_point e[2] = {{ox + c->sp.x, oy + c->sp.y}, {ox + c->tp.x, oy + c->tp.y}};
  uint32_t at[2] = {TMC_NONE, TMC_NONE};
  for (int k = 0; k < 2; k++)
    for (uint32_t j = 0; j < n_lines && at[k] == TMC_NONE; j++) {
      const cell *l = &pg->cells[lines[j]];
      if (l->has_geom && e[k].x >= l->ax && e[k].x <= l->ax + l->w && e[k].y >= l->ay &&
          e[k].y <= l->ay + l->h)
        at[k] = lines[j];
    }
  return at[0] != TMC_NONE && at[1] != TMC_NONE && at[0] != at[1];
}

/* fe30: some authors draw no shapes at all, only names joined by arrows
 * (blind27: every component a `text;` cell, bold for their own, plain for
 * outside parties). A text cell that an arrow (a head at either end) joins
 * to another shape is drawn as a component: an element, as a note an arrow
 * points at is a file. Only text on the page itself (or in a layer): one
 * inside a card, table, legend or group is that thing's caption or row,
 * and arrows to it reach that thing (card_of). A plain line (no head, UML's
 * anchor), a self-loop, a long paragraph (a comment pointing at what it
 * explains), a legend and a text naming an icon beside it (find_names) stay
 * text. A text cell given a border, a fill or a shape (boxed_text) is a box
 * wherever it is drawn, a zone's container included. */
#define WIRED_TEXT_MAX 160u
static bool top_level(const page *pg, const cell *c) {
  return c->parent == TMC_NONE ||
         !(pg->cells[c->parent].vertex || pg->cells[c->parent].edge);
}

/* Can the end of an arrow be a component: a shape, or a text cell on the
 * page itself (not a text inside a group or card, whose arrows reach that
 * group: a "John Doe" pointing at a sentence in a demo of placeholders)? */
static bool shape_end(const page *pg, const cell *c) {
  return c->vertex && (!(style_word(c, "text") || style_word(c, "edgeLabel")) ||
                       top_level(pg, c) || boxed_text(c));
}

/* An arrow left loose (not glued) with its ends inside two boxes is drawn
 * between them as a glued one is (emit reads such ends so): its ends are
 * the smallest shapes around its end points that hold none. The index of
 * shapes is built only when the page has a text cell and a loose arrow. */
static void find_flowed(const page *pg, bool *flowed) {
  bool texts = false, loose = false;
  for (uint32_t i = 0; i < pg->n && !(texts && loose); i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP)
      continue;
    if (c->edge)
      loose = loose || (c->source == TMC_NONE && !c->source_id && c->has_sp) ||
              (c->target == TMC_NONE && !c->target_id && c->has_tp);
    else if (c->vertex)
      texts = texts || style_word(c, "text");
  }
  shape_index s;
  bool indexed = texts && loose;
  if (indexed)
    shape_index_build(&s, pg, NULL);
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_DUP || !c->edge || !(head_at(c, false) || head_at(c, true)))
      continue;
    uint32_t end[2] = {c->source, c->target};
    if (indexed)
      arrow_ends(pg, c, &s, true, end);
    if (end[0] == TMC_NONE || end[1] == TMC_NONE || end[0] == end[1])
      continue;
    if (shape_end(pg, &pg->cells[end[0]]) && shape_end(pg, &pg->cells[end[1]]))
      flowed[end[0]] = flowed[end[1]] = true;
  }
  if (indexed)
    shape_index_free(&s);
}

static bool wired_text(page *pg, const cell *c, const char *shape) {
  if (!(top_level(pg, c) || boxed_text(c)) || c->unconnectable ||
      style_is(c, "part", "1") ||
      !(style_word(c, "text") || strcmp(shape, "text") == 0) ||
      tmc_has_word(c->value, "legend") || strstr(c->value, "<table") ||
      strstr(c->value, "&lt;table"))
    return false;
  bool cut = false;
  const char *t = label_in(pg, c, pg->scratch, &cut);
  return *t && !cut && strlen(t) <= WIRED_TEXT_MAX;
}

/* g30c (blind30): an arrow between a container and a shape drawn inside it
 * (a backend box that saves to the store it holds, calls the router it
 * holds) says the container is a component with parts of its own, not a
 * fence: data cannot flow between a zone and its members. Marks `outer`
 * when `inner` lies inside it (its parent chain, a few levels up: bounded,
 * so linear in the edges). */
static void mark_wired_in(page *pg, uint32_t outer, uint32_t inner) {
  uint32_t p = pg->cells[inner].parent;
  for (int depth = 0; depth < 8 && p != TMC_NONE && p != outer; depth++)
    p = pg->cells[p].parent;
  if (p == outer && outer != inner)
    pg->cells[outer].wired_in = true;
}

static void classify_cells(page *pg) {
  char shape[128];
  bool legends = false;
  uint32_t frames[FRAMES_MAX], n_frames = 0; /* combined fragments (umlFrame) */
  uint32_t lines[FRAMES_MAX], n_lines = 0;   /* lifelines (umlLifeline), the first */
  uint32_t bracket_left = BRACKET_BUDGET;    /* bracket_zone's, for the page */
  find_pools(pg);
  for (uint32_t i = 0; i < pg->n; i++)
    if (legend_title(pg, &pg->cells[i]))
      legends = pg->cells[pg->cells[i].parent].in_legend = true;
  if (legends)
    legends_keep_to_themselves(pg);
  bool *flowed = tmc_xcalloc(pg->n ? pg->n : 1, sizeof *flowed);
  find_flowed(pg, flowed);
  /* r2vendor: a UML frame holding shapes as its children on a page with no
   * lifelines ("frame: Plant rooms" around the gateways) is a zone named in
   * its tab, not a sequence diagram's combined fragment: it falls through
   * to the containers below */
  bool *kids = tmc_xcalloc(pg->n ? pg->n : 1, sizeof *kids);
  bool lifelines = false;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *x = &pg->cells[i];
    if (x->vertex && x->parent != TMC_NONE && x->parent < pg->n)
      kids[x->parent] = true;
    if (x->vertex && strstr(x->style, "umlLifeline"))
      lifelines = true;
  }
  /* Pass 1, parents first: labels of edges, text, legends, containers. */
  for (uint32_t k = 0; k < pg->n; k++) {
    cell *c = &pg->cells[pg->order[k]];
    if (c->role == ROLE_DUP)
      continue;
    const cell *p = c->parent != TMC_NONE ? &pg->cells[c->parent] : NULL;
    if (!c->vertex && !c->edge) {
      c->role = ROLE_STRUCT;
      continue;
    }
    if (p && p->in_legend)
      c->in_legend = true;
    if (c->edge) { /* a legend's sample arrows are no flows */
      c->role = c->in_legend ? ROLE_STRUCT : ROLE_EDGE;
      continue;
    }
    if (p && p->edge) {
      c->role = ROLE_LABEL;
      continue;
    }
    style_shape(c, shape, sizeof shape);
    /* fe25: a UML interface drawn on a component (a provided-interface
     * lollipop, a required-interface socket, as children of it) is a port
     * of that component, not a component of its own: an arrow drawn to it
     * reaches the component (card_of, emit). */
    if (p && p->vertex && p->role == ROLE_ELEMENT &&
        (is_port(shape) || border_port(c, p, shape))) {
      c->role = ROLE_TEXT;
      continue;
    }
    if (!c->in_legend && flowed[pg->order[k]] && wired_text(pg, c, shape)) {
      c->role = ROLE_ELEMENT;
      c->text_el = !boxed_text(c); /* a box is no icon's caption (free_text) */
      continue;
    }
    if (c->in_legend || is_text(c, shape)) {
      /* Whatever sits inside a text, table or legend is part of it. */
      c->role = ROLE_TEXT;
      c->in_legend = true;
      continue;
    }
    /* A sequence diagram's combined fragment ("loop", "alt", "opt" with its
     * guard) frames messages, not components: neither element nor zone. */
    if (strcmp(shape, "umlFrame") == 0 && !(kids[pg->order[k]] && !lifelines)) {
      c->role = ROLE_TEXT;
      if (n_frames < FRAMES_MAX)
        frames[n_frames++] = pg->order[k];
      continue;
    }
    c->is_lifeline = strcmp(shape, "umlLifeline") == 0;
    if (c->is_lifeline && n_lines < FRAMES_MAX)
      lines[n_lines++] = pg->order[k];
    /* What is drawn on a lifeline (activation bars, a bar on a bar, the
     * destruction cross) is that lifeline: messages to it reach the
     * lifeline (emit). */
    if (p && (p->is_lifeline || p->lifeline != TMC_NONE)) {
      c->lifeline = p->is_lifeline ? c->parent : p->lifeline;
      c->role = ROLE_TEXT;
      continue;
    }
    c->role = ROLE_ELEMENT;
  }
  free(flowed);
  free(kids);
  bars_on_lifelines(pg);
  /* Members are vertex children that are not text; recount now text is known. */
  for (uint32_t i = 0; i < pg->n; i++)
    pg->cells[i].n_members = pg->cells[i].n_ends = 0;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if ((c->role == ROLE_ELEMENT) && c->parent != TMC_NONE)
      pg->cells[c->parent].n_members++;
    if (c->role == ROLE_EDGE && c->source != TMC_NONE && c->target != TMC_NONE) {
      pg->cells[c->source].n_ends++;
      pg->cells[c->target].n_ends++;
      mark_wired_in(pg, c->source, c->target);
      mark_wired_in(pg, c->target, c->source);
    }
  }
  find_cards(pg);

  encl E = {tmc_xmalloc(sizeof(uint32_t) * (pg->n ? pg->n : 1)), 0, NULL};
  tmc_rect *rects = tmc_xmalloc(sizeof(tmc_rect) * (pg->n ? pg->n : 1));
  for (uint32_t i = 0; i < pg->n; i++)
    if (pg->cells[i].role == ROLE_ELEMENT && pg->cells[i].has_geom) {
      rects[E.n] = abs_rect(&pg->cells[i]);
      E.v[E.n++] = i;
    }
  E.idx = tmc_rectidx_new(rects, E.n);
  free(rects);

  /* Pass 2: which element-like cells are boundaries, and of which form. */
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if ((c->role != ROLE_ELEMENT && c->role != ROLE_EDGE) || c->card_icon != TMC_NONE ||
        c->is_lifeline)
      continue;
    /* An alternative's dashed divider inside a combined fragment. */
    if (!labelled(pg, c) && in_frame(pg, c, frames, n_frames)) {
      c->role = c->edge ? ROLE_STRUCT : ROLE_TEXT;
      continue;
    }
    const char *bs = boundary_style(c);
    bool named = labelled(pg, c);
    if (c->role == ROLE_EDGE) {
      /* An edge connected at both ends is a flow, whatever its style; so is
       * a message drawn from one lifeline to another (a dashed reply), and
       * a dashed or red arrow (a head drawn) left loose in two shapes (fe28,
       * blind24: a dashed read from a .env sheet into the app): a boundary
       * line is drawn across the page, not from one shape into another.
       * Written type=boundary, it is a boundary. */
      bool headed = head_at(c, false) || head_at(c, true);
      /* An end glued to a cell (source=/target=) is no loose end even when
       * it reached no shape (glued_ends, resolve: said there already),
       * unless the line is styled as a boundary: a dashed boundary drawn
       * as two segments, the second glued onto the first (review30). */
      bool loose = bs ? c->source == TMC_NONE || c->target == TMC_NONE
                      : (c->source == TMC_NONE && !c->source_id) ||
                            (c->target == TMC_NONE && !c->target_id);
      if (loose && (bs || named) && !lifeline_message(pg, c, lines, n_lines) &&
          ((bs && (!headed || strcmp(bs, "type=boundary") == 0)) ||
           !ends_in_shapes(pg, c, &E))) {
        c->role = ROLE_BOUNDARY;
        c->form = TMC_BOUNDARY_LINE;
        c->tentative = !bs;
        c->why = bs ? tmc_arena_printf(pg->ir->arena, "line with no endpoints (%s)", bs)
                    : "line with no endpoints";
      }
      continue;
    }
    style_shape(c, shape, sizeof shape);
    int opens = c->n_ends || c->n_members ? -1 : bracket_opens(c, shape);
    if (opens >= 0) {
      bracket_zone(pg, &E, i, opens, named, &bracket_left);
      continue;
    }
    /* b34c: an unlabelled line shape that arrows start and end at is a UML
     * activity diagram's fork or join bar (shape=line;strokeWidth=6): a
     * junction the flows pass through, left an element for the decorations
     * pass to join across; a boundary line is drawn across the page, never
     * wired. The fork bar is solid (UML draws it red): a dashed or
     * type=boundary line stays a boundary, arrows glued to it or not
     * (review30). */
    if (strcmp(shape, "line") == 0 && !named && c->n_ends >= 2 &&
        (!bs || strcmp(bs, "red outline") == 0))
      continue;
    if (is_line_shape(shape)) {
      c->role = bs || named ? ROLE_BOUNDARY : ROLE_TEXT;
      c->form = TMC_BOUNDARY_LINE;
      c->tentative = !bs;
      const char *what = strcmp(shape, "requiredInterface") == 0
                             ? "requiredInterface curve"
                             : tmc_arena_printf(pg->ir->arena, "%s shape", shape);
      c->why = bs ? tmc_arena_printf(pg->ir->arena, "%s (%s)", what, bs) : what;
      continue;
    }
    bool contains = is_container_style(c, shape);
    bool rect = is_rect_shape(shape) && c->has_geom && c->w > 0 && c->h > 0;
    /* A container (swimlane, container=1, a library group) holding shapes
     * that arrows start or end at: the arrows reach what it holds (a lane of
     * channels, a group of services), so it is a boundary and each such
     * arrow becomes a flow to or from each member (emit). */
    if (!bs && c->n_ends && contains && c->n_members && !c->wired_in &&
        strcmp(shape, "table") != 0) {
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_CONTAINER;
      c->fan = true;
      c->why = tmc_arena_printf(pg->ir->arena,
                                "%s holding %u shape%s that arrows reach through it",
                                strcmp(shape, "swimlane") == 0 ? "swimlane" : "container",
                                c->n_members, c->n_members == 1 ? "" : "s");
      continue;
    }
    /* A plain rectangle with no text of its own drawn behind shapes, that
     * arrows start or end at (a bar behind the data cards it stands for):
     * the arrows reach the shapes on it, as they reach a container's
     * members, and it is a box around them. */
    if (!bs && c->n_ends && rect && !contains && !c->n_members && !named &&
        enclosed(&E, pg, i, true, 2) >= 2) {
      uint32_t before = pg->n_onbox;
      onbox_record(pg, &E, i);
      uint32_t on = (pg->n_onbox - before) / 2;
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_BOX;
      c->fan = true;
      c->why = tmc_arena_printf(pg->ir->arena,
                                "rectangle drawn behind %u shape%s that arrows reach "
                                "through it",
                                on, on == 1 ? "" : "s");
      continue;
    }
    /* Any other group that flows start or end at is drawn as one component:
     * an element, unless its style says boundary. A labelled rectangle
     * around other shapes is a zone if its label names one (the zones pass).
     * A table counts the arrows drawn to its rows (is_table). */
    if (!bs && (c->n_ends || (c->wired && is_table(c, shape)))) {
      /* One an arrow joins to a shape inside it is the component itself
       * (mark_wired_in), whatever its label says. */
      c->encloses = named && !c->wired_in && c->has_geom && c->w > 0 && c->h > 0 &&
                    (rect || contains || c->n_members) && enclosed(&E, pg, i, false, 1);
      continue;
    }
    if (contains || c->n_members) {
      uint32_t need = strcmp(shape, "group") == 0 && !bs ? 2 : 1;
      const char *what = strcmp(shape, "swimlane") == 0  ? "swimlane"
                         : strcmp(shape, "group") == 0   ? "group"
                         : style_is(c, "container", "1") ? "container=1"
                                                         : "shape with child shapes";
      if (c->n_members >= need ||
          (bs && !c->n_members && strcmp(bs, "type=boundary") == 0)) {
        c->role = ROLE_BOUNDARY;
        c->form = TMC_BOUNDARY_CONTAINER;
        /* g31c (blind31): an arrow glued to a zone drawn as a container (a
         * dashed "Internet" holding the senders, a "Partners" lane) stands
         * for each shape it holds, as one glued to a plain container does;
         * one joining the zone to its own member is no fan (wired_in). */
        c->fan = bs && c->n_ends && c->n_members && !c->wired_in &&
                 strcmp(shape, "table") != 0;
        c->why = bs ? tmc_arena_printf(pg->ir->arena, "%s (%s)", what, bs)
                    : tmc_arena_printf(pg->ir->arena, "%s holding %u shape%s", what,
                                       c->n_members, c->n_members == 1 ? "" : "s");
      } else if (named) {
        /* An empty (or one-shape) container fences nothing by its drawing;
         * by its label it may still be a zone. */
        c->role = ROLE_BOUNDARY;
        c->form = TMC_BOUNDARY_CONTAINER;
        c->tentative = true;
        c->why = tmc_arena_printf(pg->ir->arena, "%s holding %u shape%s", what,
                                  c->n_members, c->n_members == 1 ? "" : "s");
      } else if (c->n_members || contains) {
        /* A container that fences nothing (a table, an icon with its caption)
         * is furniture, not a component. */
        c->role = c->n_members ? ROLE_STRUCT : ROLE_TEXT;
      }
      continue;
    }
    if (!c->has_geom || c->w <= 0 || c->h <= 0)
      continue;
    if (bs && strcmp(bs, "type=boundary") == 0) {
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_BOX;
      c->why = bs;
      continue;
    }
    /* A device frame (a phone, a tablet, a browser window of the Android,
     * iOS or mockup libraries) drawn behind shapes it is not the parent of,
     * with no arrows of its own, is what they run in: a box around them,
     * not a component. Tentative: the zones pass keeps it when its stencil
     * row or its label names a zone (a person's device), and drops it
     * otherwise; one with arrows stays a device element. */
    if (!rect && !bs && !c->n_ends && device_frame(shape) && fmin(c->w, c->h) >= 60 &&
        enclosed(&E, pg, i, true, 1) >= 1) {
      c->device_frame = true;
      /* fe23: a frame with a label of its own may name the device ("Store
       * tablet") or the app it draws ("FieldCam app (on-device defect
       * model)"): an element marked as enclosing, which the zones pass
       * makes the device's zone or leaves the app it names. */
      if (named) {
        c->encloses = true;
        continue;
      }
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_BOX;
      c->tentative = true;
      c->why = tmc_arena_printf(pg->ir->arena, "%s drawn behind the shapes it encloses",
                                shape);
      continue;
    }
    if (!rect)
      continue;
    uint32_t inside = enclosed(&E, pg, i, false, 1);
    if (bs && inside) {
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_BOX;
      c->why = tmc_arena_printf(pg->ir->arena, "%s around other shapes", bs);
    } else if (!bs && (inside = enclosed(&E, pg, i, true, 2)) >= 2) {
      c->role = ROLE_BOUNDARY;
      c->form = TMC_BOUNDARY_BOX;
      c->why = "rectangle drawn behind the shapes it encloses";
    } else if (!bs && named && enclosed(&E, pg, i, false, 1))
      c->encloses = true;
  }
  boxes_drawn_alike(pg, &E);
  free(E.v);
  tmc_rectidx_free(E.idx);
}

/* ---- names: the text a reader sees ---------------------------------------------------
 */

/* An element whose own label is empty is named by the text a reader sees for
 * it (docs/drawio.md, "Names"): a text cell inside it (GCP, IBM and
 * Salesforce cards keep the name in a child cell, the highest being the
 * title), else the nearest free text cell under it, beside it, on it or
 * over it (older templates place a separate text cell by the icon),
 * else C4's c4Name. A text cell names one element at most; the pairs are
 * taken nearest first, so two icons side by side each get their own caption.
 * The text cell that names an element is not an element itself. Elements
 * with nothing to read keep an empty label; the names pass names them from
 * their icon or kind. Every lookup is through the rectangle index. */

typedef struct name_pair {
  double gap;      /* distance from the element's box to the text's */
  uint32_t el, tx; /* cell indices */
  const char *how;
} name_pair;

static int cmp_pair(const void *a, const void *b) {
  const name_pair *x = a, *y = b;
  if (x->gap != y->gap)
    return x->gap < y->gap ? -1 : 1;
  if (x->el != y->el)
    return x->el < y->el ? -1 : 1;
  return x->tx < y->tx ? -1 : x->tx > y->tx;
}

typedef struct near_ctx {
  const page *pg;
  const uint32_t *tx; /* candidate k is cell tx[k] */
  uint32_t el;
  name_pair *pairs;
  uint32_t n, cap, found;
} near_ctx;

/* Where text box t sits for element box e, and how far: false when it is
 * neither on, under nor beside it. */
static bool text_place(const tmc_rect *e, const tmc_rect *t, double *gap,
                       const char **how) {
  double ecx = e->x + e->w / 2, ecy = e->y + e->h / 2;
  double tcx = t->x + t->w / 2, tcy = t->y + t->h / 2;
  double below = fmax(e->h, 40), aside = fmax(e->w, 40);
  if (tcx >= e->x && tcx <= e->x + e->w && tcy >= e->y && tcy <= e->y + e->h) {
    *gap = 0;
    *how = "on it";
    return true;
  }
  if (t->y >= ecy && tcx >= e->x - e->w / 2 && tcx <= e->x + e->w * 1.5 &&
      t->y - (e->y + e->h) <= below) {
    *gap = fmax(0, t->y - (e->y + e->h));
    *how = "under it";
    return true;
  }
  if (t->x >= ecx && tcy >= e->y - e->h / 2 && tcy <= e->y + e->h * 1.5 &&
      t->x - (e->x + e->w) <= aside) {
    *gap = fmax(0, t->x - (e->x + e->w));
    *how = "beside it";
    return true;
  }
  /* A caption set over an icon, centred on it (a title above a device, a
   * label placed on top): half the reach, and it counts as further than
   * one under or beside at the same distance, so in a column of icons each
   * captioned below, no icon takes the caption of the one above it. */
  if (t->y + t->h <= ecy && t->y + t->h <= e->y + e->h / 4 && tcx >= e->x &&
      tcx <= e->x + e->w && e->y - (t->y + t->h) <= below / 2) {
    *gap = 2 * fmax(0, e->y - (t->y + t->h)) + 8;
    *how = "above it";
    return true;
  }
  return false;
}

static bool near_one(void *ctx, uint32_t k) {
  near_ctx *c = ctx;
  const cell *e = &c->pg->cells[c->el], *t = &c->pg->cells[c->tx[k]];
  tmc_rect er = abs_rect(e), tr = abs_rect(t);
  double gap;
  const char *how;
  if (text_place(&er, &tr, &gap, &how)) {
    *TMC_PUSH(c->pairs, c->n, c->cap) = (name_pair){gap, c->el, c->tx[k], how};
    c->found++;
  }
  return c->found < 8; /* the nearest few are enough */
}

/* A text cell that may name a nearby element: free-standing text with a
 * short label, not part of a legend, table or card. One arrows join (read
 * as an element, wired_text) may still be the caption of an unlabelled icon
 * beside it: then it is text again, and its arrows reach the icon (emit). */
static bool free_text(page *pg, const cell *c) {
  if ((c->role != ROLE_TEXT && !c->text_el) || !c->vertex || !c->has_geom || c->w <= 0 ||
      c->h <= 0 || c->names != TMC_NONE)
    return false;
  const cell *p = c->parent != TMC_NONE ? &pg->cells[c->parent] : NULL;
  if (p && p->vertex && (p->role == ROLE_TEXT || p->role == ROLE_ELEMENT))
    return false;
  const char *t = label_in(pg, c, pg->scratch, NULL);
  return *t && strlen(t) <= 80;
}

/* The element a cell that is no element of its own sits in (a panel or a
 * text inside a card), within a few levels; else the cell itself. */
static const cell *card_of(const page *pg, const cell *c) {
  if (c->role != ROLE_NONE && c->role != ROLE_TEXT)
    return c;
  const cell *p = c;
  for (int depth = 0; depth < 4 && p->parent != TMC_NONE; depth++) {
    p = &pg->cells[p->parent];
    if (p->role == ROLE_ELEMENT)
      return p;
    if (p->role != ROLE_NONE && p->role != ROLE_TEXT)
      break;
  }
  return c;
}

/* Of two text cells inside one card, is a its title rather than b: higher
 * on the page, then further left, then the lower id? */
static bool title_before(const cell *a, const cell *b) {
  if (a->ay != b->ay)
    return a->ay < b->ay;
  if (a->ax != b->ax)
    return a->ax < b->ax;
  return strcmp(a->id ? a->id : "", b->id ? b->id : "") < 0;
}

/* fe23: a device frame (a phone, a tablet) is drawn with its label under
 * it (verticalLabelPosition=bottom), and authors who leave the frame's own
 * label empty write that caption as a text cell just under or over it
 * ("Customer's Android phone"): that text names the frame, not a shape
 * inside it, and the frame is read as a labelled one (classify_cells). The nearest free
 * text within CAPTION_GAP of the frame's bottom or top edge, centred within its width, is
 * taken; a page with more frame x text pairs than the budget leaves its frames unnamed.
 */
#define FRAME_CAPTION_GAP 60.0
#define FRAME_CAPTION_BUDGET 1000000u
static void frame_captions(page *pg) {
  uint32_t n_frames = 0, n_texts = 0;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    n_frames += c->role == ROLE_BOUNDARY && c->device_frame;
    n_texts += c->role == ROLE_TEXT && c->vertex;
  }
  if (!n_frames || !n_texts || (uint64_t)n_frames * n_texts > FRAME_CAPTION_BUDGET)
    return;
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (c->role != ROLE_BOUNDARY || !c->device_frame || !c->has_geom || labelled(pg, c))
      continue;
    uint32_t best = TMC_NONE;
    double best_gap = FRAME_CAPTION_GAP;
    bool under = false;
    for (uint32_t j = 0; j < pg->n; j++) {
      const cell *t = &pg->cells[j];
      if (j == i || !free_text(pg, t))
        continue;
      tmc_rect r = abs_rect(t);
      double cx = r.x + r.w / 2;
      if (cx < c->ax || cx > c->ax + c->w)
        continue;
      double below = r.y - (c->ay + c->h), above = c->ay - (r.y + r.h);
      /* a caption may overlap the edge by a few pixels */
      if (below >= -8 && fmax(below, 0) < best_gap) {
        best = j, best_gap = fmax(below, 0), under = true;
      } else if (above >= -8 && fmax(above, 0) < best_gap) {
        best = j, best_gap = fmax(above, 0), under = false;
      }
    }
    if (best == TMC_NONE)
      continue;
    /* named now, it is read as a labelled frame is (above) */
    c->role = ROLE_ELEMENT;
    c->tentative = false;
    c->why = NULL;
    c->encloses = true;
    c->name_from = best;
    c->name_how = under ? "under it" : "over it";
    pg->cells[best].names = i;
    pg->cells[best].role = ROLE_TEXT;
  }
}

/* fe25: a frame drawn with no label of its own (a dashed swimlane with
 * startSize=0, a container) whose name is a text cell inside it, set along
 * its top edge ("Outside Ospry", "Hangar LAN"): that text names the zone,
 * as a caption names an element, and is no element nor anyone's caption.
 * The title is the highest such child (then the leftmost, then the lower
 * id), and only one whose top lies in the frame's top band: a note lower in
 * the frame says something about what it holds, not its name. */
#define ZONE_TITLE_BAND 40.0
static void zone_titles(page *pg) {
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *t = &pg->cells[i];
    if (t->role != ROLE_TEXT || !t->vertex || t->parent == TMC_NONE || !t->has_geom)
      continue;
    cell *b = &pg->cells[t->parent];
    if (b->role != ROLE_BOUNDARY || b->form == TMC_BOUNDARY_LINE || !b->has_geom ||
        t->y < -4 || t->y > fmax(ZONE_TITLE_BAND, b->h / 10) || labelled(pg, b))
      continue;
    const char *s = label_in(pg, t, pg->scratch, NULL);
    if (!*s || strlen(s) > 80 ||
        (b->name_from != TMC_NONE && !title_before(t, &pg->cells[b->name_from])))
      continue;
    b->name_from = i;
  }
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *b = &pg->cells[i];
    if (b->role == ROLE_BOUNDARY && b->name_from != TMC_NONE)
      pg->cells[b->name_from].names = i;
  }
}

static void find_names(page *pg) {
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    c->unnamed = c->role == ROLE_ELEMENT && !*label_in(pg, c, pg->scratch, NULL);
  }
  /* A child cell with text names the card it is in: the title, the one
   * highest in the card (then the leftmost, then the lower id), not the
   * first drawn: cells side by side can be drawn in any order without
   * changing the picture. */
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *k = &pg->cells[i];
    /* A child that is a component of its own (flows end at it) is not a
     * caption; edges that end at a caption move to the card below. */
    if (!k->vertex || k->parent == TMC_NONE || k->n_members ||
        (k->role != ROLE_TEXT && k->role != ROLE_ELEMENT) ||
        (k->role == ROLE_ELEMENT && k->n_ends))
      continue;
    cell *p = &pg->cells[k->parent];
    if (!p->unnamed || !*label_in(pg, k, pg->scratch, NULL) ||
        (p->name_from != TMC_NONE && !title_before(k, &pg->cells[p->name_from])))
      continue;
    p->name_from = i;
    p->name_how = "inside it";
  }
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *p = &pg->cells[i];
    if (p->name_from != TMC_NONE) {
      pg->cells[p->name_from].role = ROLE_TEXT;
      pg->cells[p->name_from].names = i;
    }
  }
  uint32_t *tx = tmc_xmalloc(sizeof(uint32_t) * (pg->n ? pg->n : 1)), n_tx = 0;
  tmc_rect *rects = tmc_xmalloc(sizeof(tmc_rect) * (pg->n ? pg->n : 1));
  for (uint32_t i = 0; i < pg->n; i++)
    if (free_text(pg, &pg->cells[i])) {
      rects[n_tx] = abs_rect(&pg->cells[i]);
      tx[n_tx++] = i;
    }
  near_ctx nc = {pg, tx, 0, NULL, 0, 0, 0};
  if (n_tx) {
    tmc_rectidx *idx = tmc_rectidx_new(rects, n_tx);
    for (uint32_t i = 0; i < pg->n; i++) {
      const cell *c = &pg->cells[i];
      if (!c->unnamed || c->name_from != TMC_NONE || !c->has_geom || c->w <= 0 ||
          c->h <= 0)
        continue;
      /* The window must hold the whole text box (the index finds boxes
       * wholly inside it): a caption beside a small icon starts within
       * reach of its right edge but may run on well past it ("DB password,
       * Stripe key" beside a 60-pixel Secrets Manager icon), as far as a
       * free text cell's 80 characters go on one line. */
      double mx = fmax(2 * c->w, 100), below = fmax(c->h, 40);
      double right = fmax(c->w, 40) + fmax(mx, 480);
      /* From above it (a caption over it: half its reach, and a text box
       * of up to two lines) to below and beside it. */
      double over = below / 2 + 40;
      tmc_rect r = {c->ax - mx, c->ay - fmax(c->h / 2, over), c->w + mx + right,
                    fmax(c->h / 2, over) + c->h + below + 40};
      nc.el = i;
      nc.found = 0;
      tmc_rectidx_inside(idx, &r, INFINITY, 0, near_one, &nc);
    }
    tmc_rectidx_free(idx);
  }
  if (nc.n)
    qsort(nc.pairs, nc.n, sizeof *nc.pairs, cmp_pair);
  for (uint32_t k = 0; k < nc.n; k++) {
    cell *e = &pg->cells[nc.pairs[k].el], *t = &pg->cells[nc.pairs[k].tx];
    if (e->name_from != TMC_NONE || t->names != TMC_NONE)
      continue;
    e->name_from = nc.pairs[k].tx;
    e->name_how = nc.pairs[k].how;
    t->names = nc.pairs[k].el;
    t->role = ROLE_TEXT;
  }
  free(nc.pairs);
  free(tx);
  free(rects);
}

/* ---- captions beside lines ------------------------------------------------------- */

/* Some authors label an arrow with a free text cell set beside its line
 * instead of the arrow's own label (a text box dropped next to a routed
 * line). Such a text, when it is not the caption of an element, sits
 * within a line's height of exactly one arrow and clear of that arrow's end
 * shapes, labels that arrow if the arrow has no label of its own: the
 * reader sees it so. An arrow with a label of its own, a text nearer to
 * another arrow, or one as near to two arrows stays unread as a label. The
 * check is texts x arrows; a page with more pairs than the budget keeps its
 * texts unread rather than take quadratic time. */
#define CAPTION_REACH 24.0
#define CAPTION_MARGIN 8.0
#define CAPTION_BUDGET 4000000u

typedef struct line_ref {
  uint32_t cell;
  tmc_point *v;
  uint32_t n;
  tmc_rect ends[2];
  bool labelled;
} line_ref;

static void line_captions(page *pg) {
  line_ref *L = NULL;
  uint32_t n_lines = 0, cap_lines = 0, n_free = 0, n_open = 0;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *c = &pg->cells[i];
    if (c->role == ROLE_TEXT && free_text(pg, c))
      n_free++;
    if (c->role != ROLE_EDGE || c->source == TMC_NONE || c->target == TMC_NONE)
      continue;
    const cell *s = &pg->cells[c->source], *t = &pg->cells[c->target];
    if (!s->has_geom || !t->has_geom)
      continue;
    line_ref *r = TMC_PUSH(L, n_lines, cap_lines);
    r->cell = i;
    r->labelled = c->edge_label.len > 0 || *label_in(pg, c, pg->scratch, NULL);
    n_open += !r->labelled;
    r->ends[0] = abs_rect(s);
    r->ends[1] = abs_rect(t);
    const tmc_point o = edge_origin(pg, c);
    double ox = o.x, oy = o.y;
    r->v = tmc_arena_alloc(pg->scratch, (c->n_pts + 2) * sizeof(tmc_point));
    r->n = 0;
    r->v[r->n++] =
        (tmc_point){r->ends[0].x + r->ends[0].w / 2, r->ends[0].y + r->ends[0].h / 2};
    for (uint32_t k = 0; k < c->n_pts; k++)
      r->v[r->n++] = (tmc_point){ox + c->pts[k].x, oy + c->pts[k].y};
    r->v[r->n++] =
        (tmc_point){r->ends[1].x + r->ends[1].w / 2, r->ends[1].y + r->ends[1].h / 2};
  }
  if (!n_open || !n_free || (uint64_t)n_free * n_lines > CAPTION_BUDGET)
    goto out;
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *t = &pg->cells[i];
    if (t->role != ROLE_TEXT || !free_text(pg, t))
      continue;
    tmc_rect tr = abs_rect(t);
    /* The nearest two unlabelled arrows and the nearest labelled one: a
     * text as near to two unlabelled arrows is unread, and so is one
     * clearly nearer to an arrow that has its label (a note on that
     * arrow); one crossing both an unlabelled and a labelled arrow labels
     * the one without. */
    double d1 = INFINITY, d2 = INFINITY, dl = INFINITY;
    uint32_t best = TMC_NONE;
    for (uint32_t k = 0; k < n_lines; k++) {
      const line_ref *r = &L[k];
      double d = INFINITY;
      for (uint32_t j = 0; j + 1 < r->n; j++)
        d = fmin(d, tmc_seg_rect_dist(r->v[j], r->v[j + 1], &tr));
      if (r->labelled)
        dl = fmin(dl, d);
      else if (d < d1) {
        d2 = d1;
        d1 = d;
        best = k;
      } else if (d < d2)
        d2 = d;
    }
    if (best == TMC_NONE || d1 > CAPTION_REACH || d2 - d1 < CAPTION_MARGIN ||
        dl + CAPTION_MARGIN <= d1)
      continue;
    /* A text on or touching one of the arrow's end shapes is that shape's
     * note or caption, not the arrow's. */
    if (tmc_rects_meet(tmc_rect_grown(L[best].ends[0], 4), tr) ||
        tmc_rects_meet(tmc_rect_grown(L[best].ends[1], 4), tr))
      continue;
    cell *e = &pg->cells[L[best].cell];
    const char *s = label_in(pg, t, pg->scratch, &e->label_cut);
    if (e->edge_label.len)
      tmc_buf_puts(&e->edge_label, "; ");
    tmc_buf_puts(&e->edge_label, s);
  }
out:
  free(L);
}

/* ---- what an element looks like ----------------------------------------------- */

/* b35a: does c draw its built-in shape as a template draws every node, so
 * that the shape says nothing of what the node is? A mind map's or tree's
 * node (draw.io's Mind Map and tree templates set treeFolding=1 or
 * treeMoving=1 on each) in the template's own shapes: the central ellipse,
 * the rounded "pill" branches and the underlined leaves, a partialRectangle
 * with its bottom side alone (a DFD's store draws two sides or three).
 * A partialRectangle with one side or none is an underlined (or bare)
 * text anywhere. A shape or icon of its own in a mind map (a cylinder)
 * still speaks. */
static bool unmarked(const cell *c, const char *shape) {
  if (strcmp(shape, "partialRectangle") == 0) {
    static const char *const sides[] = {"top", "left", "bottom", "right"};
    int drawn = 0;
    for (int i = 0; i < 4; i++)
      drawn += !style_is(c, sides[i], "0");
    if (drawn <= 1)
      return true;
  }
  if (!style_is(c, "treeFolding", "1") && !style_is(c, "treeMoving", "1"))
    return false;
  return strcmp(shape, "ellipse") == 0 || strcmp(shape, "rect") == 0 ||
         strcmp(shape, "rectangle") == 0 || strcmp(shape, "partialRectangle") == 0 ||
         strcmp(shape, "text") == 0 || strcmp(shape, "label") == 0;
}

/* Records the style shape, the icon and rounded=1; the classify pass decides
 * what they mean. */
static void record_look(page *pg, tmc_element *e, const cell *c) {
  tmc_arena *a = pg->ir->arena;
  char shape[128], icon[128];
  style_shape(c, shape, sizeof shape);
  e->shape = tmc_arena_strdup(a, shape);
  e->notation = TMC_NOTATION_DRAWIO;
  e->style = tmc_arena_strdup(a, c->style); /* the stencil table reads it whole */
  /* aws4 names the icon in resIcon, others in prIcon. */
  if (style_get(c, "resIcon", icon, sizeof icon) ||
      style_get(c, "prIcon", icon, sizeof icon) ||
      (style_get(c, "image", icon, sizeof icon) && strncmp(icon, "data:", 5) != 0))
    e->icon = tmc_arena_strdup(a, icon);
  if (style_is(c, "rounded", "1"))
    e->look |= TMC_LOOK_ROUNDED;
  if (dashed(c))
    e->look |= TMC_LOOK_DASHED;
  if (!e->icon && unmarked(c, shape))
    e->look |= TMC_LOOK_UNMARKED;
  if (c->n_inner_icons == 1)
    e->inner_icon = tmc_arena_strdup(a, pg->cells[c->inner_icon].style);
}

/* Each cell's unlabelled library icons drawn inside it as children (a
 * Salesforce or GCP card's icon placeholder): the one, when there is one. */
static void inner_icons(page *pg) {
  char shape[128];
  for (uint32_t i = 0; i < pg->n; i++) {
    const cell *k = &pg->cells[i];
    if (!k->vertex || k->edge || k->role != ROLE_TEXT || k->parent == TMC_NONE ||
        !pg->cells[k->parent].vertex || k->n_ends ||
        *tmc_text_plain(pg->scratch, k->value, k->html, 64, NULL))
      continue;
    style_shape(k, shape, sizeof shape);
    if (strncmp(shape, "mxgraph.", 8) != 0)
      continue;
    cell *p = &pg->cells[k->parent];
    p->inner_icon = i;
    p->n_inner_icons++;
  }
}

/* ---- emitting the IR ----------------------------------------------------------------
 */

/* Places key where line `line` writes it as an attribute (` key="`
 * inside a tag, outside quoted values): the first such on the line, which is
 * the cell's when draw.io writes a cell per line. Nothing when not found,
 * past the budget or for files over 16 MiB. */
static void place_attr(srcmap *m, tmc_props *props, const char *key, uint32_t line,
                       const char *id) {
  if (!m->starts && m->len <= ((size_t)16 << 20)) {
    uint32_t cap = 0;
    *TMC_PUSH(m->starts, m->n, cap) = 0;
    for (const char *p = m->src; (p = memchr(p, '\n', m->len - (size_t)(p - m->src)));)
      *TMC_PUSH(m->starts, m->n, cap) = (uint32_t)(++p - m->src);
    m->budget = (size_t)64 << 20;
  }
  if (!m->starts || !line || line > m->n || !m->budget)
    return;
  const char *s = m->src + m->starts[line - 1];
  const char *end = line < m->n ? m->src + m->starts[line] - 1 : m->src + m->len;
  size_t kl = strlen(key),
         bom = line == 1 && m->len >= 3 && !memcmp(m->src, "\xEF\xBB\xBF", 3);
  /* Only inside the tag that carries this cell's id: a minified file holds
     many cells on one line, and the first ` key="` on it may be another
     cell's. An id written with escapes or single quotes is not found, and
     the warning goes without a column rather than with a wrong one. XML
     allows no raw '<' in attribute values, so the tag starts at the '<'
     before the id. */
  size_t il = strlen(id);
  const char *from = NULL;
  for (const char *p = s; !from && (size_t)(end - p) >= il + 6 && m->budget;
       p++, m->budget--)
    if (p[0] == ' ' && !memcmp(p + 1, "id=\"", 4) && !memcmp(p + 5, id, il) &&
        p[5 + il] == '"')
      from = p;
  if (!from)
    return;
  while (from > s && *from != '<')
    from--;
  char q = 0;
  bool tag = false;
  for (const char *p = from; p < end && m->budget; p++, m->budget--) {
    if (q) {
      q = *p == q ? 0 : q;
    } else if (*p == '>' && tag) {
      return; /* the end of this cell's tag */
    } else if (*p == '<' || *p == '>') {
      tag = *p == '<';
    } else if (tag && (*p == '"' || *p == '\'')) {
      q = *p;
    } else if (tag && p > s && (p[-1] == ' ' || p[-1] == '\t') &&
               (size_t)(end - p) > kl && memcmp(p, key, kl) == 0) {
      const char *v = p + kl;
      while (v < end && (*v == ' ' || *v == '\t'))
        v++;
      if (v >= end || *v != '=')
        continue;
      for (v++; v < end && (*v == ' ' || *v == '\t');)
        v++;
      if (v < end && (*v == '"' || *v == '\'') && (size_t)(v - s) < UINT32_MAX - 2) {
        tmc_props_place(props, key, line, (uint32_t)(p - s + 1 - bom * 3),
                        (uint32_t)(v - s + 2 - bom * 3));
        return;
      }
    }
  }
}

/* Every wrapper attribute but the ones draw.io uses itself becomes a prop. */
static void copy_props(page *pg, tmc_props *props, const cell *c) {
  for (uint32_t i = 0; i < c->n_wattrs; i++) {
    const char *k = c->wattrs[2 * i];
    if (strcmp(k, "id") == 0 || strcmp(k, "label") == 0 || strcmp(k, "placeholders") == 0)
      continue;
    tmc_props_set(pg->ir, props, k, c->wattrs[2 * i + 1]);
    if (pg->map)
      place_attr(pg->map, props, k, c->line, c->id);
  }
}

/* A boundary line's polyline in page coordinates: an edge's end points and
 * waypoints, or the long axis of a line or curve shape's box. */
static void line_points(page *pg, tmc_boundary *x, const cell *c) {
  tmc_point *v;
  uint32_t n = 0;
  if (c->edge) {
    const tmc_point o = edge_origin(pg, c);
    double ox = o.x, oy = o.y;
    v = tmc_arena_alloc(pg->ir->arena, (c->n_pts + 2) * sizeof(tmc_point));
    if (c->source != TMC_NONE) {
      const cell *s = &pg->cells[c->source];
      v[n++] = (tmc_point){s->ax + s->w / 2, s->ay + s->h / 2};
    } else if (c->has_sp)
      v[n++] = (tmc_point){ox + c->sp.x, oy + c->sp.y};
    for (uint32_t k = 0; k < c->n_pts; k++)
      v[n++] = (tmc_point){ox + c->pts[k].x, oy + c->pts[k].y};
    if (c->target != TMC_NONE) {
      const cell *t = &pg->cells[c->target];
      v[n++] = (tmc_point){t->ax + t->w / 2, t->ay + t->h / 2};
    } else if (c->has_tp)
      v[n++] = (tmc_point){ox + c->tp.x, oy + c->tp.y};
  } else {
    char rot[32];
    double r =
        style_get(c, "rotation", rot, sizeof rot) ? fabs(fmod(num(rot, 0), 180)) : 0;
    bool vertical = c->h >= c->w;
    if (r > 45 && r < 135)
      vertical = !vertical;
    double cx = c->ax + c->w / 2, cy = c->ay + c->h / 2, half = fmax(c->w, c->h) / 2;
    v = tmc_arena_alloc(pg->ir->arena, 2 * sizeof(tmc_point));
    if (vertical) {
      v[n++] = (tmc_point){cx, cy - half};
      v[n++] = (tmc_point){cx, cy + half};
    } else {
      v[n++] = (tmc_point){cx - half, cy};
      v[n++] = (tmc_point){cx + half, cy};
    }
  }
  x->pts = v;
  x->n_pts = n;
}

/* fe20: an ArchiMate or UML structural relation drawn as an edge says one
 * thing is part of, a kind of, or realised by another; no data moves, so it
 * is no flow. Composition and aggregation have a diamond at one end (filled
 * or hollow); specialization and realization a hollow triangle (block,
 * unfilled: UML's generalization too); ArchiMate 3's assignment a filled dot
 * at the start and a filled triangle at the end. Its access, serving,
 * triggering and flow relations (open or filled arrows, dotted lines) stay
 * flows, as does a dot-to-dot connector (Veeam's). draw.io fills a marker
 * unless startFill/endFill=0. The relation's name, or NULL. */
static const char *structural_relation(const cell *c) {
  char sa[32] = "none", ea[32] = "none", sf[8] = "1", ef[8] = "1";
  style_get(c, "startArrow", sa, sizeof sa);
  style_get(c, "endArrow", ea, sizeof ea);
  style_get(c, "startFill", sf, sizeof sf);
  style_get(c, "endFill", ef, sizeof ef);
  bool sfill = strcmp(sf, "0") != 0, efill = strcmp(ef, "0") != 0;
  bool sd = strncmp(sa, "diamond", 7) == 0, ed = strncmp(ea, "diamond", 7) == 0;
  if (sd || ed)
    return (sd ? sfill : efill) ? "composition (a filled diamond)"
                                : "aggregation (a hollow diamond)";
  if ((strcmp(ea, "block") == 0 && !efill) || (strcmp(sa, "block") == 0 && !sfill))
    return "specialization or realization (a hollow triangle)";
  if (strcmp(sa, "oval") == 0 && sfill && strcmp(ea, "block") == 0 && efill)
    return "assignment (a dot and a triangle)";
  return NULL;
}

/* Is either end of edge c a modelling notation's shape (ArchiMate, UML)?
 * Their diamonds and hollow triangles say structure; the same arrowheads
 * picked for a line between two boxes of a data-flow drawing are only a
 * look, and the line stays a flow. */
static bool modelling_end(const page *pg, const cell *c) {
  for (int k = 0; k < 2; k++) {
    uint32_t e = k ? c->target : c->source;
    const char *st = e != TMC_NONE ? pg->cells[e].style : NULL;
    if (st && (strstr(st, "mxgraph.archimate") || strstr(st, "uml") ||
               strstr(st, "mxgraph.sysml")))
      return true;
  }
  return false;
}

/* One flow for edge cell c from element cell s to element cell t (the
 * members an arrow reaches through a container get one each); id is the
 * flow's id (the edge's, or edge@member for the members). */
static void add_flow(page *pg, cell *c, const cell *s, const cell *t, const char *id) {
  tmc_ir *ir = pg->ir;
  /* Arrow heads decide direction: only a start arrow means the edge was
   * drawn backwards; arrows at both ends or none mean both ways (a link's
   * double line, head_at, both ends). */
  bool start = head_at(c, true), end = head_at(c, false);
  uint32_t src = s->index, dst = t->index;
  if (start && !end) {
    src = t->index;
    dst = s->index;
  }
  uint32_t fi = tmc_ir_add_flow(ir, pg->index, src, dst);
  tmc_flow *f = &ir->flows[fi];
  f->id = id;
  f->cell = tmc_arena_strdup(ir->arena, c->id);
  f->bidirectional = start == end;
  f->plain_line = !start && !end;
  f->loc = cell_loc(pg, c);
  copy_props(pg, &f->props, c);
  for (const char *p = c->edge_steps.data; p && *p;) {
    const char *nl = strchr(p, '\n');
    tmc_strlist_add(&f->annotations,
                    tmc_arena_printf(ir->arena, "%.*s", (int)(nl - p), p));
    p = nl + 1;
  }
  bool cut = c->label_cut;
  const char *own = label_in(pg, c, ir->arena, &cut);
  const char *kids = c->edge_label.data ? c->edge_label.data : "";
  f->label = !*kids ? own
             : *own ? tmc_text_plain(ir->arena,
                                     tmc_arena_printf(pg->scratch, "%s; %s", own, kids),
                                     false, pg->opts->max_label, &cut)
                    : tmc_text_plain(ir->arena, kids, false, pg->opts->max_label, &cut);
  if (cut)
    warn_cut(pg, c);
  /* Waypoints and connection points follow the flow, which runs backwards
   * from the cell's source when only a start arrow is drawn. */
  bool back = src != s->index;
  if (c->n_pts) {
    const tmc_point o = edge_origin(pg, c);
    double ox = o.x, oy = o.y;
    f->pts = tmc_arena_alloc(ir->arena, c->n_pts * sizeof(tmc_point));
    for (uint32_t k = 0; k < c->n_pts; k++) {
      const tmc_point *w = &c->pts[back ? c->n_pts - 1 - k : k];
      f->pts[k] = (tmc_point){ox + w->x, oy + w->y};
    }
    f->n_pts = c->n_pts;
  }
  tmc_point leave = {0, 0}, arrive = {0, 0};
  bool has_leave = style_port(c, "exitX", "exitY", &leave);
  bool has_arrive = style_port(c, "entryX", "entryY", &arrive);
  f->has_src_port = back ? has_arrive : has_leave;
  f->src_port = back ? arrive : leave;
  f->has_dst_port = back ? has_leave : has_arrive;
  f->dst_port = back ? leave : arrive;
  char es[40] = "", elbow[16] = "";
  style_get(c, "edgeStyle", es, sizeof es);
  style_get(c, "elbow", elbow, sizeof elbow);
  f->route =
      strcmp(es, "elbowEdgeStyle") == 0
          ? (strcmp(elbow, "vertical") == 0 ? TMC_ROUTE_ELBOW_V : TMC_ROUTE_ELBOW_H)
      : strcmp(es, "orthogonalEdgeStyle") == 0 ||
              strcmp(es, "entityRelationEdgeStyle") == 0 ||
              strcmp(es, "segmentEdgeStyle") == 0
          ? TMC_ROUTE_ORTHOGONAL
          : TMC_ROUTE_STRAIGHT;
  /* An edge's relative geometry x/y place its label (draw.io writes them
   * when the author drags the label); reversed with the flow. */
  if (c->relative &&
      (c->x != 0 || c->y != 0 || (c->has_off && (c->off.x != 0 || c->off.y != 0)))) {
    f->has_label_pos = true;
    f->label_at = fmin(fmax(back ? -c->x : c->x, -1), 1);
    f->label_normal = back ? -c->y : c->y;
    f->label_off = c->has_off ? c->off : (tmc_point){0, 0};
  }
}

/* The elements each boundary cell holds directly (its members: those whose
 * nearest boundary ancestor it is), as lists over the cells: cell b's are
 * list[start[b] .. start[b+1]], in cell order. */
typedef struct members {
  uint32_t *start, *list;
  tmc_rectidx *idx; /* containers with members, for arrows that start at a lane's edge */
  uint32_t *at;     /* idx item -> cell */
  bool built_idx;
  tmc_rectidx *eidx; /* elements, for an arrow's loose end drawn on one */
  uint32_t *eat;     /* eidx item -> cell */
  bool built_eidx;
} members;

/* A shape recorded on box b that arrows reach through it: an element at
 * the box's own level (not inside a container drawn on the box, whose own
 * members it is). */
static bool on_box(const page *pg, uint32_t b, uint32_t v) {
  const cell *c = &pg->cells[v];
  return c->role == ROLE_ELEMENT && c->anc == pg->cells[b].anc;
}

static void members_build(page *pg, members *m) {
  m->start = tmc_xcalloc(pg->n + 2, sizeof *m->start);
  m->idx = NULL;
  m->at = NULL;
  m->built_idx = false;
  m->eidx = NULL;
  m->eat = NULL;
  m->built_eidx = false;
  for (uint32_t i = 0; i < pg->n; i++)
    if (pg->cells[i].role == ROLE_ELEMENT && pg->cells[i].anc != TMC_NONE)
      m->start[pg->cells[i].anc + 2]++;
  for (uint32_t k = 0; k + 1 < pg->n_onbox; k += 2)
    if (on_box(pg, pg->onbox[k], pg->onbox[k + 1]))
      m->start[pg->onbox[k] + 2]++;
  for (uint32_t i = 0; i < pg->n; i++)
    m->start[i + 2] += m->start[i + 1];
  uint32_t total = m->start[pg->n + 1];
  m->list = tmc_xmalloc((total + 1) * sizeof *m->list);
  for (uint32_t i = 0; i < pg->n; i++)
    if (pg->cells[i].role == ROLE_ELEMENT && pg->cells[i].anc != TMC_NONE)
      m->list[m->start[pg->cells[i].anc + 1]++] = i;
  for (uint32_t k = 0; k + 1 < pg->n_onbox; k += 2)
    if (on_box(pg, pg->onbox[k], pg->onbox[k + 1]))
      m->list[m->start[pg->onbox[k] + 1]++] = pg->onbox[k + 1];
}

static void members_free(members *m) {
  free(m->start);
  free(m->list);
  free(m->at);
  tmc_rectidx_free(m->idx);
  free(m->eat);
  tmc_rectidx_free(m->eidx);
}

/* The smallest element around point p (page coordinates), or TMC_NONE: an
 * arrow whose end was left loose on a shape, not snapped to it, still
 * starts or ends there. The index is built on the first loose end. */
static uint32_t element_at(page *pg, members *m, tmc_point p) {
  if (!m->built_eidx) {
    m->built_eidx = true;
    tmc_rect *r = tmc_xmalloc((pg->n + 1) * sizeof *r);
    m->eat = tmc_xmalloc((pg->n + 1) * sizeof *m->eat);
    uint32_t n = 0;
    for (uint32_t i = 0; i < pg->n; i++) {
      const cell *c = &pg->cells[i];
      if (c->role == ROLE_ELEMENT && c->has_geom) {
        r[n] = abs_rect(c);
        m->eat[n++] = i;
      }
    }
    m->eidx = tmc_rectidx_new(r, n);
    free(r);
  }
  uint32_t item = tmc_rectidx_around(m->eidx, &(tmc_rect){p.x, p.y, 0, 0}, NULL, NULL);
  return item == TMC_NONE ? TMC_NONE : m->eat[item];
}

/* The container with members around point p (page coordinates), smallest
 * first, or TMC_NONE: an arrow drawn from a lane's edge starts from every
 * element in the lane. */
static uint32_t container_at(page *pg, members *m, tmc_point p) {
  if (!m->built_idx) {
    m->built_idx = true;
    tmc_rect *r = tmc_xmalloc((pg->n + 1) * sizeof *r);
    m->at = tmc_xmalloc((pg->n + 1) * sizeof *m->at);
    uint32_t n = 0;
    for (uint32_t i = 0; i < pg->n; i++) {
      const cell *c = &pg->cells[i];
      if (c->role == ROLE_BOUNDARY && c->form == TMC_BOUNDARY_CONTAINER && c->has_geom &&
          m->start[i + 1] > m->start[i]) {
        r[n] = abs_rect(c);
        m->at[n++] = i;
      }
    }
    m->idx = tmc_rectidx_new(r, n);
    free(r);
  }
  uint32_t item = tmc_rectidx_around(m->idx, &(tmc_rect){p.x, p.y, 0, 0}, NULL, NULL);
  return item == TMC_NONE ? TMC_NONE : m->at[item];
}

/* Is a label cell on an edge a step badge: a number of one or two digits
 * drawn as a shape (an ellipse, a filled box), not as the edge's text? */
static bool step_badge(const cell *c, const char *text) {
  size_t n = strspn(text, "0123456789");
  if (n < 1 || n > 2 || text[n])
    return false;
  char shape[64];
  style_shape(c, shape, sizeof shape);
  return !style_word(c, "text") && !style_word(c, "edgeLabel") &&
         !style_word(c, "label") && strcmp(shape, "text") != 0 &&
         strcmp(shape, "edgeLabel") != 0 &&
         (strcmp(shape, "rect") != 0 ||
          (style_get(c, "fillColor", shape, sizeof shape) && strcmp(shape, "none") != 0));
}

static int emit(page *pg, uint32_t *budget) {
  tmc_ir *ir = pg->ir;
  /* Boundaries first (parents first, so a parent's index is known), then
   * elements; both in parents-first order, which keeps document order among
   * siblings. */
  for (uint32_t k = 0; k < pg->n; k++) {
    uint32_t i = pg->order[k];
    cell *c = &pg->cells[i];
    const cell *p = c->parent != TMC_NONE ? &pg->cells[c->parent] : NULL;
    c->anc = !p ? TMC_NONE : p->role == ROLE_BOUNDARY ? c->parent : p->anc;
    if (c->role != ROLE_BOUNDARY)
      continue;
    uint32_t b = tmc_ir_add_boundary(ir, pg->index, c->id, c->form);
    c->index = b;
    tmc_boundary *x = &ir->boundaries[b];
    x->cell = x->id;
    x->style = tmc_arena_strdup(ir->arena, c->style); /* the zones pass reads stencils */
    x->label = label_of(pg, c);
    x->why = c->why;
    if (c->name_from != TMC_NONE) { /* zone_titles */
      const cell *t = &pg->cells[c->name_from];
      x->label = label_of(pg, t);
      x->why = tmc_arena_printf(ir->arena, "%s, named by text cell '%s' inside it",
                                c->why, t->id);
    }
    x->tentative = c->tentative;
    x->device_frame = c->device_frame;
    x->card = c->card_labelled;
    const char *bs = boundary_style(c);
    if (bs) {
      x->zone_source =
          strcmp(bs, "type=boundary") == 0 ? TMC_SOURCE_ATTRIBUTE : TMC_SOURCE_STYLE;
      x->zone_evidence = bs;
    }
    x->loc = cell_loc(pg, c);
    copy_props(pg, &x->props, c);
    if (c->anc != TMC_NONE && c->form != TMC_BOUNDARY_LINE) {
      x->parent = pg->cells[c->anc].index;
      x->depth = ir->boundaries[x->parent].depth + 1;
      if (x->depth >= pg->opts->max_depth) {
        tmc_error(pg->d, x->loc,
                  "page '%s': boundaries nest deeper than %u levels (raise with "
                  "--max-depth)",
                  pg->name, pg->opts->max_depth);
        return -1;
      }
    }
    if (c->form == TMC_BOUNDARY_LINE)
      line_points(pg, x, c);
    else if (c->has_geom) {
      x->has_geom = true;
      x->geom = c->bracket ? c->bracket_box : abs_rect(c);
    }
  }
  for (uint32_t k = 0; k < pg->n; k++) {
    cell *c = &pg->cells[pg->order[k]];
    if (c->role != ROLE_ELEMENT)
      continue;
    if (*budget == 0) {
      tmc_error(pg->d, cell_loc(pg, c),
                "diagram has more than %u elements and flows (raise with --max-elements)",
                pg->opts->max_elements);
      return -1;
    }
    (*budget)--;
    uint32_t i = tmc_ir_add_element(ir, pg->index, c->id);
    c->index = i;
    tmc_element *e = &ir->elements[i];
    e->cell = e->id;
    e->label = label_of(pg, c);
    e->name_line = name_line_of(pg, c, &e->detail_lines);
    e->name_source = *e->label ? TMC_SOURCE_LABEL : TMC_SOURCE_NONE;
    const char *c4 = wattr(c, "c4Name");
    if (c->name_from != TMC_NONE) {
      const cell *t = &pg->cells[c->name_from];
      e->label = label_of(pg, t);
      e->name_line = name_line_of(pg, t, &e->detail_lines);
      e->name_source = TMC_SOURCE_TEXT_CELL;
      e->name_evidence =
          tmc_arena_printf(ir->arena, "text cell '%s' %s", t->id, c->name_how);
    } else if (!*e->label && c4 && *c4) {
      e->label = tmc_text_plain(ir->arena, c4, false, pg->opts->max_label, NULL);
      e->name_line = e->detail_lines = NULL;
      e->name_source = TMC_SOURCE_ATTRIBUTE;
      e->name_evidence = "c4Name";
    } else {
      named_by_tooltip(pg, c, e);
    }
    e->loc = cell_loc(pg, c);
    copy_props(pg, &e->props, c);
    /* A card is drawn as its icon (the container only frames it). */
    record_look(pg, e, c->card_icon != TMC_NONE ? &pg->cells[c->card_icon] : c);
    if (c->encloses)
      e->look |= TMC_LOOK_ENCLOSES;
    if (c->device_frame)
      e->look |= TMC_LOOK_DEVICE_FRAME;
    if (c->anc != TMC_NONE)
      e->boundary = pg->cells[c->anc].index;
    if (c->has_geom) {
      e->has_geom = true;
      e->geom = abs_rect(c);
    }
  }
  /* Labels of edges: their own value, then their label children's, joined
   * and cut at --max-label like any label. Once an edge's children fill
   * the cap, more of them only mark it cut: 2000 children of 4000 bytes
   * must not make an 8 MB label. */
  for (uint32_t k = 0; k < pg->n; k++) {
    cell *c = &pg->cells[pg->order[k]];
    if (c->role != ROLE_LABEL)
      continue;
    cell *e = &pg->cells[c->parent];
    tmc_buf *b = &e->edge_label;
    if (b->len > pg->opts->max_label) {
      e->label_cut = true;
      continue;
    }
    const char *t = label_in(pg, c, pg->scratch, &e->label_cut);
    if (!*t)
      continue;
    /* fe25: a numbered badge drawn on the line as a shape of its own (a
     * filled circle holding "4") numbers the step; it is no part of what
     * the flow carries ("VIN, miles, ZIP; 4"). It goes on the flow as an
     * annotation, as a badge drawn loose on a line does (decorations). */
    if (step_badge(c, t)) {
      if (e->edge_steps.len < 1024)
        tmc_buf_printf(&e->edge_steps, "step %s\n", t);
      continue;
    }
    if (b->len)
      tmc_buf_puts(b, "; ");
    tmc_buf_puts(b, t);
  }
  line_captions(pg);
  members m;
  members_build(pg, &m);
  /* Flows an arrow makes through containers, at most about one per cell of
   * the page: the expansion stays linear. */
  uint32_t fan_budget = pg->n + 64;
  bool fan_warned = false;
  for (uint32_t i = 0; i < pg->n; i++) {
    cell *c = &pg->cells[i];
    if (c->role != ROLE_EDGE)
      continue;
    const char *rel = c->style && modelling_end(pg, c) ? structural_relation(c) : NULL;
    if (rel) {
      tmc_strlist_add(&pg->ir->decorations,
                      tmc_arena_printf(pg->ir->arena,
                                       "edge %s on page '%s': a %s relation, structure "
                                       "not data: not a flow",
                                       cell_who(pg, c), pg->name, rel));
      continue;
    }
    const cell *s = c->source != TMC_NONE ? &pg->cells[c->source] : NULL;
    const cell *t = c->target != TMC_NONE ? &pg->cells[c->target] : NULL;
    /* An edge drawn to the text that names an element (a card's title)
     * reaches the element. */
    if (s && s->names != TMC_NONE)
      s = &pg->cells[s->names];
    if (t && t->names != TMC_NONE)
      t = &pg->cells[t->names];
    /* A message to an activation bar is a message to its lifeline. */
    if (s && s->lifeline != TMC_NONE)
      s = &pg->cells[s->lifeline];
    if (t && t->lifeline != TMC_NONE)
      t = &pg->cells[t->lifeline];
    /* ... and one drawn to a panel or text inside a card (Salesforce's
     * "Training offers" panel in the "Online store" card) reaches the card. */
    s = s ? card_of(pg, s) : NULL;
    t = t ? card_of(pg, t) : NULL;
    /* An end left loose on a container (a lane's edge) is at that
     * container; the edge's points are relative to its parent. */
    const tmc_point o = edge_origin(pg, c);
    double ox = o.x, oy = o.y;
    uint32_t lane;
    bool s_loose = false, t_loose = false;
    /* One left loose on a shape (inside its box) is at that shape. */
    if (!s && !c->source_id && c->has_sp &&
        (lane = element_at(pg, &m, (tmc_point){ox + c->sp.x, oy + c->sp.y})) != TMC_NONE)
      s = &pg->cells[lane];
    if (!t && !c->target_id && c->has_tp &&
        (lane = element_at(pg, &m, (tmc_point){ox + c->tp.x, oy + c->tp.y})) != TMC_NONE)
      t = &pg->cells[lane];
    if (!s && !c->source_id && c->has_sp &&
        (lane = container_at(pg, &m, (tmc_point){ox + c->sp.x, oy + c->sp.y})) !=
            TMC_NONE)
      s = &pg->cells[lane], s_loose = true;
    if (!t && !c->target_id && c->has_tp &&
        (lane = container_at(pg, &m, (tmc_point){ox + c->tp.x, oy + c->tp.y})) !=
            TMC_NONE)
      t = &pg->cells[lane], t_loose = true;
    if (!s || !t) {
      if (!(c->source_id && !s) && !(c->target_id && !t)) /* not reported already */
        tmc_warning(pg->d, cell_loc(pg, c),
                    "page '%s': edge %s is not connected at both ends; not a flow",
                    pg->name, cell_who(pg, c));
      continue;
    }
    /* Through a container: the members it holds. */
    uint32_t si = (uint32_t)(s - pg->cells), ti = (uint32_t)(t - pg->cells);
    bool s_fan =
        s->role == ROLE_BOUNDARY && m.start[si + 1] > m.start[si] && (s->fan || s_loose);
    bool t_fan =
        t->role == ROLE_BOUNDARY && m.start[ti + 1] > m.start[ti] && (t->fan || t_loose);
    if ((s->role != ROLE_ELEMENT && !s_fan) || (t->role != ROLE_ELEMENT && !t_fan)) {
      const cell *bad = s->role != ROLE_ELEMENT && !s_fan ? s : t;
      if (bad->role == ROLE_BOUNDARY)
        tmc_warning(pg->d, cell_loc(pg, c),
                    "page '%s': edge %s ends at boundary %s, not at an element; "
                    "not a flow",
                    pg->name, cell_who(pg, c), cell_who(pg, bad));
      continue;
    }
    uint32_t s0 = s_fan ? m.start[si] : 0, s1 = s_fan ? m.start[si + 1] : 1;
    uint32_t t0 = t_fan ? m.start[ti] : 0, t1 = t_fan ? m.start[ti + 1] : 1;
    for (uint32_t a = s0; a < s1; a++)
      for (uint32_t b = t0; b < t1; b++) {
        const cell *fs = s_fan ? &pg->cells[m.list[a]] : s;
        const cell *ft = t_fan ? &pg->cells[m.list[b]] : t;
        if (fs == ft)
          continue;
        if ((s_fan || t_fan) && fan_budget == 0) {
          if (!fan_warned)
            tmc_warning(pg->d, cell_loc(pg, c),
                        "page '%s': arrows through containers would make more flows "
                        "than the page has cells; edge '%s' and later ones reach only "
                        "some members",
                        pg->name, c->id);
          fan_warned = true;
          continue;
        }
        if (*budget == 0) {
          members_free(&m);
          tmc_error(pg->d, cell_loc(pg, c),
                    "diagram has more than %u elements and flows (raise with "
                    "--max-elements)",
                    pg->opts->max_elements);
          return -1;
        }
        (*budget)--;
        const char *id = tmc_arena_strdup(pg->ir->arena, c->id);
        if (s_fan || t_fan) {
          fan_budget--;
          id = tmc_arena_printf(pg->ir->arena, "%s@%s", c->id, s_fan ? fs->id : ft->id);
          if (s_fan && t_fan)
            id = tmc_arena_printf(pg->ir->arena, "%s@%s@%s", c->id, fs->id, ft->id);
        }
        add_flow(pg, c, fs, ft, id);
      }
  }
  members_free(&m);
  return 0;
}

/* ---- parsing XML safely -------------------------------------------------------------
 */

/* Finds "<!DOCTYPE" or "<!ENTITY" outside comments; returns its line or 0.
 * draw.io never writes one, and refusing it up front means no DTD, entity or
 * external reference can reach libxml2 at all. perf30: the text is searched
 * for '<' with memchr and lines are counted only once one is found (its line
 * is 1 + the newlines before it, comments' included); a loop over every byte
 * counting lines was 2 % of a 100k draw.io run. */
static uint32_t find_doctype(const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    const char *lt = memchr(s + i, '<', len - i);
    if (!lt)
      return 0;
    i = (size_t)(lt - s);
    if (i + 4 <= len && memcmp(s + i, "<!--", 4) == 0) {
      size_t j = i + 4;
      while (j + 3 <= len && memcmp(s + j, "-->", 3) != 0)
        j++;
      i = j + 3; /* past "-->"; at or past the end when it is missing */
      continue;
    }
    if (i + 2 < len && s[i + 1] == '!' &&
        (strncasecmp(s + i + 2, "DOCTYPE", len - i - 2 < 7 ? len - i - 2 : 7) == 0 ||
         strncasecmp(s + i + 2, "ENTITY", len - i - 2 < 6 ? len - i - 2 : 6) == 0)) {
      uint32_t line = 1;
      for (size_t k = 0; k < i; k++)
        line += s[k] == '\n';
      return line;
    }
    i++;
  }
  return 0;
}

/* One streaming parse of an XML text with libxml2's reader: the reader
 * builds at most the cell it stands on and frees what it has passed, so a
 * page never exists as a whole tree. Errors are collected by the handler and
 * reported by xr_fail in the words the tree parser used. */
typedef struct xr {
  xmlTextReaderPtr r;
  const char *file, *what;    /* the input's display name; "draw.io file" / "page 'x'" */
  uint32_t at_line;           /* compressed page: its <diagram> line, else 0 */
  bool failed;                /* a well-formedness error, or a DTD */
  bool dtd;                   /* the failure is a DOCTYPE node */
  char msg[256];              /* the first error's message */
  uint32_t err_line, err_col; /* libxml2's; err_col 0 when it gives none */
  const linemap *lines;       /* start-tag lines for files past 65535 lines, or NULL */
  srcmap map;                 /* the text, for placing properties (its pages') */
  uint32_t ord;               /* document-order number of the element last read */
} xr;

#if LIBXML_VERSION >= 21200
static void xr_error(void *arg, const xmlError *err) {
#else
static void xr_error(void *arg, xmlErrorPtr err) {
#endif
  xr *x = arg;
  /* Namespace errors do not make a document ill-formed (the tree parser
   * accepted them too); warnings are not errors. */
  if (!err || err->level < XML_ERR_ERROR || err->domain == XML_FROM_NAMESPACE ||
      x->failed)
    return;
  x->failed = err->level == XML_ERR_FATAL;
  if (!x->msg[0] || x->failed) {
    snprintf(x->msg, sizeof x->msg, "%s", err->message ? err->message : "");
    x->err_line = err->line > 0 ? (uint32_t)err->line : 0;
    /* A parser error's int2 is the column (libxml2's __xmlRaiseError). */
    x->err_col =
        err->domain == XML_FROM_PARSER && err->int2 > 0 ? (uint32_t)err->int2 : 0;
  }
}

/* Starts a parse of data; on refusal adds the error and returns -1. */
static int xr_open(xr *x, const char *data, size_t len, const char *file,
                   const char *what, uint32_t at_line, tmc_diags *d) {
  memset(x, 0, sizeof *x);
  x->file = file;
  x->what = what;
  x->at_line = at_line;
  x->map.src = data;
  x->map.len = len;
  uint32_t dt = find_doctype(data, len);
  if (dt) {
    tmc_error(d, (tmc_loc){file, at_line ? at_line : dt, 0},
              "%s has a DOCTYPE or ENTITY declaration; draw.io never writes one and tmc "
              "refuses them (no DTDs, no entities)",
              what);
    return -1;
  }
  if (len > INT_MAX) {
    tmc_error(d, (tmc_loc){file, at_line, 0}, "%s is too large to parse", what);
    return -1;
  }
  /* No NOENT, no DTDLOAD, no DTDATTR: entities stay unexpanded, nothing is
   * loaded; NONET in case anything ever tries. */
  int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  x->r = xmlReaderForMemory(data, (int)len, NULL, NULL, flags);
  if (!x->r) {
    tmc_error(d, (tmc_loc){file, at_line, 0}, "out of memory starting the XML parser");
    return -1;
  }
  xmlTextReaderSetStructuredErrorHandler(x->r, xr_error, x);
  return 0;
}

static void xr_close(xr *x) {
  if (x->r)
    xmlFreeTextReader(x->r);
  x->r = NULL;
  free(x->map.starts);
  x->map.starts = NULL;
}

/* Moves to the next node: 1 on a node, 0 at the end, -1 after an error. */
static int xr_next(xr *x) {
  if (x->failed)
    return -1;
  int rc = xmlTextReaderRead(x->r);
  if (rc == 1) {
    int t = xmlTextReaderNodeType(x->r);
    if (t == XML_READER_TYPE_ELEMENT)
      x->ord++;
    else if (t == XML_READER_TYPE_DOCUMENT_TYPE)
      x->failed = x->dtd = true;
  } else if (rc < 0)
    x->failed = true;
  return x->failed ? -1 : rc;
}

/* Reads to the end, so that an error anywhere in the text is found. */
static int xr_drain(xr *x) {
  int rc;
  while ((rc = xr_next(x)) == 1)
    ;
  return rc;
}

/* Adds the error that stopped the parse, at the line libxml2 names (for text
 * inside a compressed page: at the page's line, naming the inner line). */
static void xr_fail(const xr *x, tmc_diags *d) {
  if (x->dtd) {
    tmc_error(d, (tmc_loc){x->file, x->at_line ? x->at_line : 1, 0},
              "%s has a DTD; refused", x->what);
    return;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "%s", x->msg[0] ? x->msg : "not well-formed XML");
  size_t n = strlen(msg);
  while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
    msg[--n] = 0;
  for (char *p = msg; *p; p++)
    if ((unsigned char)*p < 32)
      *p = ' ';
  if (x->at_line)
    tmc_error(d, (tmc_loc){x->file, x->at_line, 0},
              "%s: XML error at line %u of its text: %s", x->what, x->err_line, msg);
  else
    tmc_error(d, (tmc_loc){x->file, x->err_line, x->err_line ? x->err_col : 0}, "%s: %s",
              x->what, msg);
}

/* The line of the element the reader stands on. */
static uint32_t xr_line(const xr *x) {
  xmlNodePtr node = xmlTextReaderCurrentNode(x->r);
  long l = node ? xmlGetLineNo(node) : 0;
  if (l >= 0 && l < 65535)
    return (uint32_t)l;
  if (x->lines && x->ord && x->ord <= x->lines->n)
    return x->lines->line[x->ord - 1];
  return l > 0 ? (uint32_t)l : 0;
}

/* Is the reader on a start tag of this (local) name? */
static bool on(const xr *x, const char *name) {
  const xmlChar *n = xmlTextReaderConstLocalName(x->r);
  return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT && n &&
         strcmp((const char *)n, name) == 0;
}

/* ---- compressed pages ----------------------------------------------------------------
 */

static int b64val(unsigned char c) {
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+' || c == '-')
    return 62;
  if (c == '/' || c == '_')
    return 63;
  return -1;
}

/* base64 → bytes. Returns 0, or -1 with *why set. */
static int b64_decode(tmc_buf *out, const char *s, const char **why) {
  uint32_t acc = 0;
  int bits = 0;
  bool pad = false;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (isspace(*p))
      continue;
    if (*p == '=') {
      pad = true;
      continue;
    }
    int v = b64val(*p);
    if (v < 0 || pad) {
      *why = v < 0 ? "a character that is not base64" : "data after '=' padding";
      return -1;
    }
    acc = (acc << 6) | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      tmc_buf_putc(out, (char)((acc >> bits) & 0xFF));
    }
  }
  if (bits >= 6) {
    *why = "a truncated base64 quantum";
    return -1;
  }
  return 0;
}

/* Raw deflate → bytes, at most max of them. Returns 0, -1 on bad data (with
 * *why), -2 when the output would pass max. */
static int inflate_raw(tmc_buf *out, const unsigned char *in, size_t len, size_t max,
                       const char **why) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, -15) != Z_OK) {
    *why = "zlib could not start";
    return -1;
  }
  unsigned char chunk[65536];
  int rc = 0, zr = Z_OK;
  size_t done = 0;
  while (done < len || zr == Z_OK) {
    size_t feed = len - done > UINT_MAX ? UINT_MAX : len - done;
    z.next_in = (unsigned char *)in + done;
    z.avail_in = (uInt)feed;
    z.next_out = chunk;
    z.avail_out = sizeof chunk;
    zr = inflate(&z, Z_NO_FLUSH);
    done += feed - z.avail_in;
    size_t got = sizeof chunk - z.avail_out;
    if (out->len + got > max) {
      rc = -2;
      break;
    }
    tmc_buf_put(out, (const char *)chunk, got);
    if (zr == Z_STREAM_END)
      break;
    if (zr == Z_BUF_ERROR && done == len && got == 0) {
      *why = "the deflate stream is truncated";
      rc = -1;
      break;
    }
    if (zr != Z_OK && zr != Z_BUF_ERROR) {
      *why = z.msg ? z.msg : "invalid deflate data";
      rc = -1;
      break;
    }
  }
  inflateEnd(&z);
  return rc;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = (char)tolower((unsigned char)c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* decodeURIComponent: %XX → byte; a stray '%' stays as it is. In place. */
static size_t url_decode(char *s, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    int h, l;
    if (s[i] == '%' && i + 2 < n && (h = hexval(s[i + 1])) >= 0 &&
        (l = hexval(s[i + 2])) >= 0) {
      s[o++] = (char)(h * 16 + l);
      i += 2;
    } else
      s[o++] = s[i];
  }
  s[o] = 0;
  return o;
}

/* The XML text of a compressed page into *xml (its length in *n), or -1
 * after an error at the diagram's line. The pages of one file share one
 * budget of inflated bytes, opts->max_inflated: *left is what the earlier
 * pages left of it, and this page takes its share. */
static int decode_page(tmc_buf *xml, size_t *n, const char *text, const char *file,
                       uint32_t line, const char *name, size_t *left, size_t max,
                       tmc_diags *d) {
  tmc_buf raw = TMC_BUF_INIT;
  const char *why = NULL;
  tmc_loc loc = {file, line, 0};
  int rc = -1;
  if (b64_decode(&raw, text, &why) < 0) {
    tmc_error(d, loc, "page '%s': compressed page is not valid base64 (%s)", name, why);
    goto done;
  }
  int zr = inflate_raw(xml, (const unsigned char *)(raw.data ? raw.data : ""), raw.len,
                       *left, &why);
  if (zr == -2) {
    if (*left == max)
      tmc_error(d, loc,
                "page '%s': compressed page inflates to more than %zu bytes (raise with "
                "--max-inflated)",
                name, max);
    else
      tmc_error(d, loc,
                "page '%s': the compressed pages of this file, this one included, "
                "inflate to more than %zu bytes in all (raise with --max-inflated)",
                name, max);
    goto done;
  }
  *left -= xml->len;
  if (zr < 0) {
    tmc_error(d, loc, "page '%s': compressed page is not valid deflate data (%s)", name,
              why);
    goto done;
  }
  if (!xml->data)
    tmc_buf_putc(xml, 0), tmc_buf_clear(xml);
  *n = url_decode(xml->data, xml->len);
  const char *p = xml->data;
  while (*p && isspace((unsigned char)*p))
    p++;
  if (*p != '<') {
    tmc_error(d, loc, "page '%s': compressed page does not decode to XML", name);
    goto done;
  }
  rc = 0;
done:
  tmc_buf_free(&raw);
  return rc;
}

/* ---- pages
 * ----------------------------------------------------------------------------- */

static void page_free(page *pg) {
  for (uint32_t i = 0; i < pg->n; i++) {
    tmc_buf_free(&pg->cells[i].edge_label);
    tmc_buf_free(&pg->cells[i].edge_steps);
  }
  free(pg->cells);
  free(pg->slots);
  free(pg->order);
  free(pg->onbox);
  tmc_arena_free(pg->scratch);
}

/* An id repeated on two pages is told apart by its page: "Page-2/web". */
static void qualify_ids(tmc_ir *ir) {
  if (ir->n_pages < 2)
    return;
  uint32_t n_slots = 16;
  while (n_slots < ir->n_elements * 2 + 2)
    n_slots *= 2;
  uint32_t *slot = tmc_xcalloc(n_slots, sizeof(uint32_t)); /* first element + 1 */
  bool *repeated = tmc_xcalloc(ir->n_elements ? ir->n_elements : 1, sizeof(bool));
  uint32_t *first = tmc_xmalloc(sizeof(uint32_t) * (ir->n_elements ? ir->n_elements : 1));
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    const char *id = ir->elements[i].id;
    uint32_t h = (uint32_t)tmc_hash64(id, strlen(id), 1) & (n_slots - 1);
    while (slot[h] && strcmp(ir->elements[slot[h] - 1].id, id) != 0)
      h = (h + 1) & (n_slots - 1);
    if (!slot[h])
      slot[h] = i + 1;
    first[i] = slot[h] - 1;
    if (ir->elements[first[i]].page != ir->elements[i].page)
      repeated[first[i]] = true;
  }
  for (uint32_t i = 0; i < ir->n_elements; i++)
    if (repeated[first[i]]) {
      tmc_element *e = &ir->elements[i];
      e->qname = tmc_arena_printf(ir->arena, "%s/%s", ir->pages[e->page].name, e->id);
    }
  free(slot);
  free(repeated);
  free(first);
}

/* Reads the <mxGraphModel> the reader stands on into page `index` of the
 * IR: the cells of its first <root> are copied one by one (each expanded
 * alone), then the page is resolved as before. Returns 0, -1 after a page
 * error (added to d), -2 after an XML error (left in x for the caller). */
static int stream_model(xr *x, tmc_ir *ir, uint32_t index, bool compressed,
                        uint32_t diagram_line, const tmc_frontend_opts *opts,
                        tmc_diags *d, uint32_t *budget) {
  page pg = {0};
  pg.ir = ir;
  pg.scratch = tmc_arena_new();
  pg.opts = opts;
  pg.d = d;
  pg.index = index;
  pg.name = ir->pages[index].name;
  pg.compressed = compressed;
  pg.diagram_line = diagram_line;
  pg.map = compressed ? NULL : &x->map;
  int rc = 0, r = 1;
  int depth = xmlTextReaderDepth(x->r);
  bool in_root = false, seen_root = false;
  if (!xmlTextReaderIsEmptyElement(x->r))
    while ((r = xr_next(x)) == 1) {
      int dp = xmlTextReaderDepth(x->r);
      if (dp <= depth)
        break; /* the model's end tag */
      if (xmlTextReaderNodeType(x->r) != XML_READER_TYPE_ELEMENT)
        continue; /* comments, whitespace */
      if (dp == depth + 1) {
        in_root = !seen_root && on(x, "root");
        seen_root |= in_root;
        continue;
      }
      if (dp != depth + 2 || !in_root ||
          !(on(x, "mxCell") || on(x, "object") || on(x, "UserObject")))
        continue;
      uint32_t line = xr_line(x);
      xmlNodePtr node = xmlTextReaderExpand(x->r);
      if (!node) {
        x->failed = true;
        r = -1;
        break;
      }
      read_cell(&pg, node, line);
      /* A hostile page of empty cells still costs memory: bound it too. */
      if (pg.n > opts->max_elements && pg.n > 4 * (uint64_t)opts->max_elements) {
        tmc_error(d, (tmc_loc){ir->file, compressed ? diagram_line : line, 0},
                  "page '%s' has more than %u cells (raise with --max-elements)", pg.name,
                  4 * opts->max_elements);
        rc = -1;
        goto done;
      }
    }
  if (r < 0) {
    rc = -2;
    goto done;
  }
  if ((rc = resolve(&pg)) < 0 || (rc = place(&pg)) < 0)
    goto done;
  hidden_cells(&pg);
  block_arrows(&pg);
  glued_ends(&pg);
  fold_collapsed(&pg);
  classify_cells(&pg);
  frame_captions(&pg);
  zone_titles(&pg);
  find_names(&pg);
  inner_icons(&pg);
  rc = emit(&pg, budget);
done:
  page_free(&pg);
  return rc;
}

/* A compressed page: decoded, then streamed like a plain one. Returns 0, or
 * -1 after an error (added to d). */
static int compressed_page(tmc_ir *ir, uint32_t p, const char *text, uint32_t line,
                           const tmc_frontend_opts *opts, tmc_diags *d, uint32_t *budget,
                           size_t *inflate_left) {
  const char *name = ir->pages[p].name;
  tmc_buf xml = TMC_BUF_INIT;
  xr sub = {0};
  int rc = -1;
  size_t n;
  if (decode_page(&xml, &n, text, ir->file, line, name, inflate_left, opts->max_inflated,
                  d) < 0)
    goto done;
  char label[300];
  snprintf(label, sizeof label, "page '%s' (compressed)", name);
  char *s = xml.data;
  while (*s && isspace((unsigned char)*s))
    s++;
  if (xr_open(&sub, s, n - (size_t)(s - xml.data), ir->file, label, line, d) < 0)
    goto done;
  int r;
  while ((r = xr_next(&sub)) == 1 &&
         xmlTextReaderNodeType(sub.r) != XML_READER_TYPE_ELEMENT)
    ;
  if (r == 1 && on(&sub, "mxGraphModel")) {
    rc = stream_model(&sub, ir, p, true, line, opts, d, budget);
    if (rc == 0 && xr_drain(&sub) < 0)
      rc = -2;
  } else if (r == 1 || r == 0) {
    char root[64];
    snprintf(root, sizeof root, "%s",
             r == 1 ? (const char *)xmlTextReaderConstLocalName(sub.r) : "nothing");
    if (xr_drain(&sub) < 0)
      rc = -2;
    else
      tmc_error(d, (tmc_loc){ir->file, line, 0},
                "page '%s': compressed page holds <%s>, not <mxGraphModel>", name, root);
  } else
    rc = -2;
  if (rc == -2) {
    xr_fail(&sub, d);
    rc = -1;
  }
done:
  xr_close(&sub);
  tmc_buf_free(&xml);
  return rc < 0 ? -1 : 0;
}

/* The page names of a file, kept unique: draw.io lets two pages share a
 * name, but reports qualify ids, anchor sections and fingerprint findings
 * by it, so the second "Main" becomes "Main (2)". An open-addressing set of
 * the names taken; each slot also remembers the next number to try for its
 * name, so a thousand pages called "Main" cost a thousand lookups. */
typedef struct page_names {
  const char **name; /* arena strings; NULL = empty slot */
  uint32_t *next;    /* next suffix to try for this name, 0 = 2 */
  uint32_t n, cap;
} page_names;

static uint32_t names_slot(const page_names *t, const char *s) {
  uint32_t h = (uint32_t)tmc_hash64(s, strlen(s), 7) & (t->cap - 1);
  while (t->name[h] && strcmp(t->name[h], s) != 0)
    h = (h + 1) & (t->cap - 1);
  return h;
}

static void names_add(page_names *t, const char *s) {
  if ((t->n + 1) * 2 > t->cap) {
    page_names g = {NULL, NULL, t->n, t->cap ? t->cap * 2 : 16};
    g.name = tmc_xcalloc(g.cap, sizeof *g.name);
    g.next = tmc_xcalloc(g.cap, sizeof *g.next);
    for (uint32_t i = 0; i < t->cap; i++)
      if (t->name[i]) {
        uint32_t h = names_slot(&g, t->name[i]);
        g.name[h] = t->name[i];
        g.next[h] = t->next[i];
      }
    free(t->name);
    free(t->next);
    *t = g;
  }
  uint32_t h = names_slot(t, s);
  if (!t->name[h]) {
    t->name[h] = s;
    t->n++;
  }
}

static bool names_has(const page_names *t, const char *s) {
  return t->cap && t->name[names_slot(t, s)];
}

/* name itself when no page has it yet, else "name (k)" for the first k from
 * 2 that no page has; the result is taken. Names are compared as reports
 * will show them (repaired), so two names that differ only in bytes the
 * repair replaces count as the same. */
static const char *unique_page_name(tmc_ir *ir, page_names *t, const char *name) {
  name = tmc_text_repair(ir->arena, tmc_arena_strdup(ir->arena, name));
  if (!names_has(t, name)) {
    names_add(t, name);
    return name;
  }
  uint32_t k = t->next[names_slot(t, name)];
  for (k = k ? k : 2;; k++) {
    const char *s = tmc_arena_printf(ir->arena, "%s (%u)", name, k);
    if (!names_has(t, s)) {
      names_add(t, s);
      t->next[names_slot(t, name)] = k + 1;
      return s;
    }
  }
}

/* Reads the <diagram> the reader stands on: a plain page (its first
 * <mxGraphModel> child) or a compressed one (its text). Returns 0, -1 after
 * a page error (in d), -2 after an XML error (in x). */
static int diagram(xr *x, tmc_ir *ir, const tmc_frontend_opts *opts, tmc_diags *d,
                   uint32_t *budget, size_t *inflate_left, page_names *names) {
  uint32_t line = xr_line(x);
  xmlChar *nm = xmlTextReaderGetAttribute(x->r, (const xmlChar *)"name");
  xmlChar *id = xmlTextReaderGetAttribute(x->r, (const xmlChar *)"id");
  char fallback[32];
  snprintf(fallback, sizeof fallback, "Page-%u", ir->n_pages + 1);
  uint32_t p = tmc_ir_add_page(
      ir, unique_page_name(ir, names, nm && *nm ? (const char *)nm : fallback));
  ir->pages[p].id = id ? tmc_arena_strdup(ir->arena, (const char *)id) : NULL;
  ir->pages[p].loc = (tmc_loc){ir->file, line, 0};
  xmlFree(nm);
  xmlFree(id);
  if (xmlTextReaderIsEmptyElement(x->r))
    return 0;
  int depth = xmlTextReaderDepth(x->r), r, rc = 0;
  bool model = false;
  tmc_buf text = TMC_BUF_INIT;
  while ((r = xr_next(x)) == 1) {
    int dp = xmlTextReaderDepth(x->r), t = xmlTextReaderNodeType(x->r);
    if (dp <= depth)
      break; /* the diagram's end tag */
    if (!model && dp == depth + 1 && on(x, "mxGraphModel")) {
      model = true;
      tmc_buf_free(&text);
      if ((rc = stream_model(x, ir, p, false, line, opts, d, budget)) < 0)
        break;
    } else if (!model && (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
                          t == XML_READER_TYPE_WHITESPACE ||
                          t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
      const xmlChar *v = xmlTextReaderConstValue(x->r);
      if (v)
        tmc_buf_puts(&text, (const char *)v);
    }
  }
  if (r < 0 && rc == 0)
    rc = -2;
  if (rc == 0 && !model) {
    const char *t = text.data ? text.data : "";
    while (isspace((unsigned char)*t))
      t++;
    if (*t)
      rc = compressed_page(ir, p, t, line, opts, d, budget, inflate_left);
  }
  tmc_buf_free(&text);
  return rc;
}

/* Appends the diagnostics of `from` to `to`, in order, with their counts. */
static void diags_move(tmc_diags *to, tmc_diags *from) {
  uint32_t e = 0, w = 0;
  for (uint32_t i = 0; i < from->n; i++) {
    const tmc_diag *x = &from->v[i];
    tmc_diag_add(to, x->level, x->loc, "%s", x->msg);
    e += x->level == TMC_DIAG_ERROR;
    w += x->level == TMC_DIAG_WARNING;
  }
  to->errors += from->errors - e;
  to->warnings += from->warnings - w;
  to->dropped += from->dropped;
  tmc_diags_free(from);
}

int tmc_drawio_parse(tmc_ir *ir, const char *data, size_t len,
                     const tmc_frontend_opts *opts, tmc_diags *d) {
  uint32_t budget = opts->max_elements;
  size_t inflate_left = opts->max_inflated;
  page_names names = {NULL, NULL, 0, 0};
  linemap lines = {NULL, 0};
  if (memchr(data, '\n', len) && many_lines(data, len))
    linemap_build(&lines, data, len);
  xr x;
  if (xr_open(&x, data, len, ir->file, "draw.io file", 0, d) < 0) {
    free(lines.line);
    return -1;
  }
  x.lines = lines.n ? &lines : NULL;
  /* What the pages say goes to `pd` and reaches d only when the whole text
   * turns out well-formed: a broken file reports its XML error alone, as
   * when it was parsed whole before anything was read. */
  tmc_diags pd = TMC_DIAGS_INIT;
  pd.max = d->max;
  int rc = 0, r;
  while ((r = xr_next(&x)) == 1 && xmlTextReaderNodeType(x.r) != XML_READER_TYPE_ELEMENT)
    ;
  if (r == 1 && on(&x, "mxGraphModel")) {
    uint32_t p = tmc_ir_add_page(ir, "Page-1");
    ir->pages[p].loc = (tmc_loc){ir->file, xr_line(&x), 0};
    rc = stream_model(&x, ir, p, false, 0, opts, &pd, &budget);
  } else if (r == 1 && on(&x, "mxfile")) {
    int depth = xmlTextReaderDepth(x.r);
    if (!xmlTextReaderIsEmptyElement(x.r))
      while (rc == 0 && (r = xr_next(&x)) == 1 && xmlTextReaderDepth(x.r) > depth)
        if (xmlTextReaderDepth(x.r) == depth + 1 && on(&x, "diagram"))
          rc = diagram(&x, ir, opts, &pd, &budget, &inflate_left, &names);
  } else if (r == 1) {
    uint32_t line = xr_line(&x);
    char root[64];
    snprintf(root, sizeof root, "%s", (const char *)xmlTextReaderConstLocalName(x.r));
    if (xr_drain(&x) == 0)
      tmc_error(&pd, (tmc_loc){ir->file, line, 0},
                "not a draw.io diagram: the root element is <%s>, not <mxfile> or "
                "<mxGraphModel>",
                root);
    rc = -1;
  }
  if (rc == 0 && xr_drain(&x) < 0)
    rc = -2;
  if (x.failed) {
    tmc_diags_free(&pd);
    xr_fail(&x, d);
    rc = -1;
  } else {
    diags_move(d, &pd);
    if (r == 0 && !ir->n_pages && !x.ord) { /* no element at all */
      tmc_error(d, (tmc_loc){ir->file, 1, 0}, "draw.io file: Document is empty");
      rc = -1;
    }
  }
  xr_close(&x);
  free(lines.line);
  free(names.name);
  free(names.next);
  if (rc < 0)
    return -1;
  if (!ir->n_pages)
    tmc_ir_add_page(ir, "Page-1");
  ir->title = ir->pages[0].name;
  qualify_ids(ir);
  return 0;
}
