/* exports.c - what graphs exported by scripts and tools say in node
 * attributes rather than in the drawing.
 *
 * A graph written by a script (networkx or pydot's write_dot, a CMDB or
 * architecture-tool export) rarely draws clusters: it puts each node's zone,
 * technology and owner in attributes (`zone="réseau interne"`,
 * `tech="Elasticsearch 7.17"`, `trust_zone=dmz`). Two readings, both from
 * the catalog's vocabulary (catalogs/attributes.yaml: the `zone` and `tech`
 * attributes and the exporters' names each is `also:` read under):
 *
 *   1. zone= makes trust boundaries: every element with the same value (case
 *      and spaces aside) on a page shares one boundary, labelled by the
 *      value, so its words decide its trust as a cluster label's do
 *      (boundaries pass) and the zones pass keeps it a zone (the attribute
 *      says so: zone_source attribute). The drawing wins: an element inside
 *      a drawn cluster or container keeps it, and one outside them joins the
 *      drawn boundary the value names, if the page has one; draw.io
 *      elements still go into the containers drawn around them
 *      (boundaries pass, by geometry). Graphviz's own `group` (a layout
 *      hint) and `layer`, and lifecycle or tier words (env, tier), are not
 *      zone names: the catalog lists none of them.
 *   2. tech= that is not one of tmc's technology names is free text naming
 *      products ("MinIO, Parquet", "faster-whisper, 2x L40S"; not a near
 *      misspelling of one, "sql-databse", which the vocab pass warns
 *      about): it is read as the label's words, as if the author had
 *      written it in parentheses after the name (the way people write a
 *      technology into a label: "Transcripts (Elasticsearch 7.17)"), so the
 *      same words decide kinds and facts in either place. The label grows
 *      by the aside, which every report then shows; a text the label
 *      already says is not added twice.
 *
 *   3. A label a script printed as a record is read as its fields: Rust's
 *      Debug print (`Part { name: "Club API", tech: "Axum", zone: Cloud }`,
 *      petgraph's Dot with attribute getters), a Python dataclass or
 *      namedtuple repr (`Node(name='Ledger', zone='dmz')`), a JSON or
 *      JavaScript object (`{"name": "Ledger"}`). A field named as an
 *      attribute the exports read (zone, tech; protocol on a flow; under
 *      any of their names) is that attribute, unless one is written; an
 *      element's name field (words.yaml record_name_fields) is its name
 *      line and the label, and the other fields' values its detail lines
 *      and the label's aside ("Club API (Axum)"); a flow's label is its
 *      other fields' values. Enum variants read as words ("ModbusTcp" is
 *      "Modbus Tcp", `Zone::Site` "Site", `Some("x")` "x"); a field that
 *      says nothing (None, null) is left out. Readings 1 and 2 then take
 *      the fields as written attributes. A label is a record only whole:
 *      a type name (none before a brace: an object) and one bracket pair
 *      around `key: value` or `key=value` fields, an element's with a name
 *      field, a flow's with two fields or a quoted value.
 *
 * Runs first, before the zones pass decides what each boundary is. One walk
 * over the elements, the zone values sorted (n log n). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/attributes.h"
#include "catalog/catalog.h"
#include "ir/suggest.h"
#include "passes/passes.h"

/* Is code point c blank to a reader: a Unicode space (no-break, em, ideographic,
 * zero-width, BOM) or the replacement character the front ends' repair put
 * for invalid bytes? A value of nothing else names nothing: as a zone it
 * would be one with an invisible or meaningless name, as an aside "( )". */
static bool blank_cp(unsigned c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0xFFFD;
}

/* A value that says no zone: empty, or only punctuation ("-", "?") and
 * blanks, or one of the placeholders exporters write for a missing field
 * (words.yaml placeholders: "n/a", "tbd"), the whole value in any case. */
static bool no_value(const tmc_lexicon *lx, const char *v) {
  bool letters = false;
  size_t n = strlen(v);
  for (size_t i = 0; i < n && !letters;) {
    unsigned char c = (unsigned char)v[i];
    if (c < 0x80) {
      letters = isalnum(c);
      i++;
      continue;
    }
    unsigned cp = 0;
    bool unsafe = false;
    size_t k = tmc_utf8_next(v + i, n - i, &cp, &unsafe);
    letters = k && !blank_cp(cp);
    i += k ? k : 1;
  }
  if (!letters)
    return true;
  /* a placeholder as long as the value, matched as a whole word, is all of it */
  const char *said = tmc_lexicon_says(lx, TMC_WORDS_PLACEHOLDERS, v);
  return said && strlen(said) == n;
}

/* The value as a key: trimmed, inner runs of spaces one, ASCII lower case
 * (the same zone written "DMZ" and "dmz " is one). */
static char *zone_key(tmc_ir *ir, const char *v) {
  char *k = tmc_arena_strdup(ir->arena, v);
  char *w = k;
  bool space = false;
  for (const char *p = v; *p; p++) {
    if (isspace((unsigned char)*p)) {
      space = w != k;
      continue;
    }
    if (space)
      *w++ = ' ';
    space = false;
    *w++ = (char)tolower((unsigned char)*p);
  }
  *w = 0;
  return k;
}

/* A drawn boundary's name as a zone value can say it: its label, its id,
 * or a DOT cluster's id without the "cluster" prefix, ASCII lower case (a
 * key is lower case, so equal names are tmc_streq_nocase-equal ones). The
 * names are sorted once, so finding the boundary a value names is a binary
 * search, not a walk over every drawn boundary per value (a file with
 * thousands of clusters and thousands of zone values stays n log n). */
typedef struct drawn_name {
  uint32_t page, b;
  const char *name; /* lower case to find a name; as written to find an id */
} drawn_name;

static int by_name(const void *pa, const void *pb) {
  const drawn_name *a = pa, *b = pb;
  if (a->page != b->page)
    return a->page < b->page ? -1 : 1;
  int c = strcmp(a->name, b->name);
  return c ? c : (a->b > b->b) - (a->b < b->b);
}

static const char *lower(tmc_ir *ir, const char *s) {
  char *k = tmc_arena_strdup(ir->arena, s);
  for (char *p = k; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  return k;
}

/* The names of the first `drawn` boundaries, sorted; *n gets their count.
 * The caller frees the array (the names are the arena's). */
static drawn_name *drawn_names(tmc_ir *ir, uint32_t drawn, uint32_t *n) {
  drawn_name *v = tmc_xmalloc((3 * (size_t)drawn + 1) * sizeof *v);
  uint32_t k = 0;
  for (uint32_t b = 0; b < drawn; b++) {
    const tmc_boundary *x = &ir->boundaries[b];
    const char *id = x->id;
    if (strncasecmp(id, "cluster", 7) == 0)
      id += 7 + strspn(id + 7, "_-. ");
    if (x->label)
      v[k++] = (drawn_name){x->page, b, lower(ir, x->label)};
    v[k++] = (drawn_name){x->page, b, lower(ir, x->id)};
    if (*id)
      v[k++] = (drawn_name){x->page, b, lower(ir, id)};
  }
  if (k)
    qsort(v, k, sizeof *v, by_name);
  *n = k;
  return v;
}

/* The drawn boundary on page p that the value names, the first in the
 * file's order when several do, or TMC_NONE. */
static uint32_t drawn_named(const drawn_name *v, uint32_t n, uint32_t p,
                            const char *key) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) { /* the first name not before (p, key) */
    uint32_t mid = lo + (hi - lo) / 2;
    if (v[mid].page < p || (v[mid].page == p && strcmp(v[mid].name, key) < 0))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && v[lo].page == p && strcmp(v[lo].name, key) == 0 ? v[lo].b : TMC_NONE;
}

/* Is (p, id) among v's n names, sorted by by_name? */
static bool id_in(const drawn_name *v, uint32_t n, uint32_t p, const char *id) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int c = v[mid].page != p ? (v[mid].page < p ? -1 : 1) : strcmp(v[mid].name, id);
    if (c == 0)
      return true;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return false;
}

/* One element's zone value, keyed for sorting: elements with the same
 * (page, key) share a boundary; sorting keeps the work n log n however
 * many values a hostile file writes. */
typedef struct zoned {
  uint32_t page, elem;
  const char *key, *attr, *value;
} zoned;

static int by_zone(const void *pa, const void *pb) {
  const zoned *a = pa, *b = pb;
  if (a->page != b->page)
    return a->page < b->page ? -1 : 1;
  int c = strcmp(a->key, b->key);
  return c ? c : (a->elem > b->elem) - (a->elem < b->elem);
}

static int by_first(const void *pa, const void *pb) {
  const zoned *a = pa, *b = pb;
  return (a->elem > b->elem) - (a->elem < b->elem);
}

static void zones_from_attributes(tmc_ir *ir, const tmc_attrs *v, const tmc_lexicon *lx) {
  uint32_t drawn = ir->n_boundaries, n = 0;
  zoned *z = tmc_xmalloc((ir->n_elements + 1) * sizeof *z);
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    if (e->boundary != TMC_NONE || e->context)
      continue;
    const char *key = NULL;
    const char *val = tmc_attrs_value(v, &e->props, "zone", &key);
    if (val && !no_value(lx, val))
      z[n++] = (zoned){e->page, i, zone_key(ir, val), key, val};
  }
  if (!n) {
    free(z);
    return;
  }
  qsort(z, n, sizeof *z, by_zone);
  /* The groups' first elements, in the order of the elements, so the
   * boundaries are made (and numbered) in the order the file names them. */
  zoned *first = tmc_xmalloc(n * sizeof *first);
  uint32_t *start = tmc_xmalloc((n + 1) * sizeof *start);
  uint32_t groups = 0;
  for (uint32_t i = 0; i < n; i++)
    if (!i || z[i].page != z[i - 1].page || strcmp(z[i].key, z[i - 1].key) != 0) {
      start[groups] = i;
      first[groups] = z[i];
      first[groups].page = groups; /* the group's index, kept through the sort */
      groups++;
    }
  start[groups] = n;
  qsort(first, groups, sizeof *first, by_first);
  uint32_t n_names = 0;
  drawn_name *names = drawn_names(ir, drawn, &n_names);
  /* The boundaries to make, with their ids: "zone=dmz", or "zone=dmz (2)"
   * where a drawn boundary has that id already (a cluster named so), since
   * back ends name boundaries by id (OTM's trust zones, elements' parents). */
  uint32_t *made = tmc_xmalloc((groups + 1) * sizeof *made);
  const char **ids = tmc_xcalloc(groups + 1, sizeof *ids);
  const char **trimmed = tmc_xcalloc(groups + 1, sizeof *trimmed);
  drawn_name *taken = tmc_xmalloc((drawn + groups + 1) * sizeof *taken);
  uint32_t n_drawn_ids = 0, n_taken = 0;
  for (uint32_t b = 0; b < drawn; b++)
    taken[n_drawn_ids++] = (drawn_name){ir->boundaries[b].page, b, ir->boundaries[b].id};
  if (n_drawn_ids)
    qsort(taken, n_drawn_ids, sizeof *taken, by_name);
  n_taken = n_drawn_ids;
  for (uint32_t g = 0; g < groups; g++) {
    const zoned *f = &z[start[first[g].page]];
    made[g] = drawn_named(names, n_names, f->page, f->key);
    if (made[g] != TMC_NONE)
      continue;
    trimmed[g] = tmc_trim(tmc_arena_strdup(ir->arena, f->value));
    ids[g] = tmc_arena_printf(ir->arena, "%s=%s", f->attr, trimmed[g]);
    taken[n_taken++] = (drawn_name){f->page, drawn + g, ids[g]};
  }
  /* ids of different groups differ (their attribute names hold no '='), so
   * an id is taken only by a drawn one; a suffix " (k)" is tried against
   * the drawn ids and every group's, and ends unambiguously, so the tries
   * over all groups are at most as many as the ids. */
  qsort(taken + n_drawn_ids, n_taken - n_drawn_ids, sizeof *taken, by_name);
  for (uint32_t g = 0; g < groups; g++) {
    const zoned *f = &z[start[first[g].page]];
    if (!ids[g] || !id_in(taken, n_drawn_ids, f->page, ids[g]))
      continue;
    const char *base = ids[g];
    for (uint32_t k = 2;; k++) {
      ids[g] = tmc_arena_printf(ir->arena, "%s (%u)", base, k);
      if (!id_in(taken, n_drawn_ids, f->page, ids[g]) &&
          !id_in(taken + n_drawn_ids, n_taken - n_drawn_ids, f->page, ids[g]))
        break;
    }
  }
  for (uint32_t g = 0; g < groups; g++) {
    uint32_t k = first[g].page;
    const zoned *f = &z[start[k]];
    const tmc_element *e = &ir->elements[f->elem];
    uint32_t b = made[g];
    if (b == TMC_NONE) {
      b = tmc_ir_add_boundary(ir, f->page, ids[g], TMC_BOUNDARY_CLUSTER);
      tmc_boundary *x = &ir->boundaries[b];
      x->label = trimmed[g];
      x->why = tmc_arena_printf(ir->arena, "the %s= its elements carry", f->attr);
      x->zone_source = TMC_SOURCE_ATTRIBUTE;
      x->zone_evidence = tmc_arena_printf(ir->arena, "%s=%s", f->attr, trimmed[g]);
      x->loc = tmc_props_loc(&e->props, f->attr, true, e->loc);
    }
    for (uint32_t i = start[k]; i < start[k + 1]; i++)
      ir->elements[z[i].elem].boundary = b;
  }
  free(taken);
  free(trimmed);
  free(ids);
  free(made);
  free(names);
  free(start);
  free(first);
  free(z);
}

/* Does text say the aside already (ASCII case aside)? */
static bool says_already(const char *text, const char *aside) {
  size_t n = strlen(aside);
  for (const char *p = text; n && *p; p++)
    if (strncasecmp(p, aside, n) == 0)
      return true;
  return false;
}

/* An exporter's name for an attribute (technology= for tech=) is the
 * attribute where it is written: the classify pass reads a technology's
 * name there, and the vocab pass warns there about a name it does not
 * know. */
static void renamed(tmc_ir *ir, tmc_props *p, const char *key, const char *name,
                    const char *value) {
  uint32_t line = 0, kc = 0, vc = 0;
  for (uint32_t i = 0; i < p->n; i++)
    if (p->v[i].key == key) {
      line = p->v[i].line;
      kc = p->v[i].key_col;
      vc = p->v[i].value_col;
    }
  tmc_props_set(ir, p, name, value);
  if (line)
    tmc_props_place(p, name, line, kc, vc);
}

/* A misspelt technology name ("sql-databse"): a typo, not free text, so
 * not read as words (the vocab pass warns with the name meant). */
static bool near_tech(const char *s) {
  const char *names[TMC_TECH_COUNT];
  for (int t = 1; t < TMC_TECH_COUNT; t++)
    names[t - 1] = tmc_tech_name((tmc_tech)t);
  return tmc_suggest(s, names, TMC_TECH_COUNT - 1) != NULL;
}

/* tech= as one line of words: exporters write a list one per line, with
 * real line breaks or, in DOT, the escapes Graphviz gives labels (\n, \l,
 * \r), which it leaves as they are in an attribute it does not know; the
 * aside is a name in a label, so its lines read "a, b" there, never a raw
 * backslash. */
static const char *one_line(tmc_arena *a, const char *tech) {
  /* a break becomes ", ": at most twice the bytes of a one-byte break */
  char *s = tmc_arena_alloc(a, 2 * strlen(tech) + 1), *o = s;
  bool gap = false;
  for (const char *p = tech; *p; p++) {
    bool brk = *p == '\n' || *p == '\r' ||
               (*p == '\\' && (p[1] == 'n' || p[1] == 'l' || p[1] == 'r'));
    if (brk) {
      if (*p == '\\')
        p++;
      gap = true;
      continue;
    }
    if (gap) {
      while (o > s && o[-1] == ' ')
        o--;
      if (o > s && o[-1] != ',')
        *o++ = ',';
      if (o > s)
        *o++ = ' ';
      gap = false;
      if (*p == ' ')
        continue;
    }
    *o++ = *p;
  }
  *o = 0;
  while (o > s && (o[-1] == ' ' || o[-1] == ','))
    *--o = 0;
  return tmc_trim(s);
}

/* The longest tech= read as words. It names a product or two; a longer
 * text is a description, and read as words it would grow the label past the
 * front ends' cut (max_label), and with it the work of every pass that
 * reads labels (a 200 KB tech= made the label passes quadratic). A longer
 * one is left a tech= the vocab pass warns about, as before the pass. */
#define MAX_ASIDE 256

static void tech_as_words(tmc_ir *ir, const tmc_attrs *v, const tmc_lexicon *lx) {
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    const char *key = NULL;
    const char *tech = tmc_attrs_value(v, &e->props, "tech", &key);
    if (!tech)
      continue;
    if (strcmp(key, "tech") != 0)
      renamed(ir, &e->props, key, "tech", tech);
    tmc_tech t;
    if (no_value(lx, tech) || strlen(tech) > MAX_ASIDE || tmc_tech_parse(tech, &t) ||
        near_tech(tech))
      continue;
    const char *aside = one_line(ir->arena, tech);
    if (!*aside)
      continue;
    const char *label = e->label && *e->label ? e->label : e->id;
    if (says_already(label, aside))
      continue;
    e->label = tmc_arena_printf(ir->arena, "%s (%s)", label, aside);
  }
}

/* A label printed as a record (reading 3): at most this many fields are
 * read; a longer record is a description, left as it is. */
#define MAX_FIELDS 16

typedef struct field {
  const char *key, *value; /* arena strings; value as words */
  bool quoted;             /* written as a string literal */
} field;

static const char *skip_space(const char *p) {
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

static bool ident_start(char c) {
  return isalpha((unsigned char)c) || c == '_';
}
static bool ident_char(char c) {
  return isalnum((unsigned char)c) || c == '_';
}

/* A quoted string at p (opening quote q), into the arena with its
 * backslash escapes undone ("\n" a space); *end after the closing quote.
 * NULL when it does not close. */
static char *quoted(tmc_arena *a, const char *p, const char **end) {
  char q = *p++;
  const char *s = p;
  while (*p && *p != q)
    p += *p == '\\' && p[1] ? 2 : 1;
  if (*p != q)
    return NULL;
  char *out = tmc_arena_alloc(a, (size_t)(p - s) + 1), *o = out;
  for (const char *c = s; c < p; c++) {
    if (*c == '\\' && c + 1 < p) {
      c++;
      *o++ = *c == 'n' || *c == 't' || *c == 'r' ? ' ' : *c;
    } else
      *o++ = *c;
  }
  *o = 0;
  *end = p + 1;
  return out;
}

/* A bare value (an enum variant, a number, Some(x), a path) as words:
 * `Zone::Site` is "Site", Some("x") is "x", CamelCase is split
 * ("ModbusTcp": "Modbus Tcp"); NULL when it says nothing (None, null). */
static const char *bare_words(tmc_arena *a, const tmc_lexicon *lx, const char *v) {
  char *t = tmc_trim(tmc_arena_strdup(a, v));
  size_t n = strlen(t);
  if (n > 6 && strncmp(t, "Some(", 5) == 0 && t[n - 1] == ')') {
    t[n - 1] = 0;
    t = tmc_trim(t + 5);
    n = strlen(t);
    if (n >= 2 && (t[0] == '"' || t[0] == '\'') && t[n - 1] == t[0]) {
      t[n - 1] = 0;
      t++;
    }
  }
  for (char *c; (c = strstr(t, "::")) != NULL;)
    t = c + 2;
  /* Python's Zone.BRANCH: a dotted path of names (no number, no spaces) */
  bool path = ident_start(*t);
  for (const char *c = t; *c && path; c++)
    path = ident_char(*c) || (*c == '.' && ident_start(c[1]));
  for (char *c; path && (c = strchr(t, '.')) != NULL;)
    t = c + 1;
  if (!*t || no_value(lx, t))
    return NULL;
  char *out = tmc_arena_alloc(a, 2 * strlen(t) + 1), *o = out;
  for (const char *c = t; *c; c++) {
    if (c > t && isupper((unsigned char)*c) && islower((unsigned char)c[-1]))
      *o++ = ' ';
    *o++ = *c;
  }
  *o = 0;
  return out;
}

/* Reads text as a record print, whole: an optional type name (`Part`,
 * `models.Node`, `&main.Part`), then `{` or `(` (a parenthesis only
 * straight after a type name, its fields `key=value`), fields `key: value`
 * or `key=value` (a key a name or a quoted string) separated by commas, the
 * matching bracket, nothing after.
 * The fields go into f (at most MAX_FIELDS); returns their count, 0 when
 * text is no record. Linear in the text. */
static uint32_t record_fields(tmc_arena *a, const tmc_lexicon *lx, const char *text,
                              field *f) {
  const char *p = skip_space(text);
  bool typed = false;
  if (*p == '&')
    p++;
  while (ident_start(*p)) {
    while (ident_char(*p))
      p++;
    typed = true;
    if (p[0] == ':' && p[1] == ':' && ident_start(p[2]))
      p += 2;
    else if (p[0] == '.' && ident_start(p[1]))
      p++;
  }
  /* rev32: a parenthesis only straight after the type name, as Python
   * prints a record (`Node(name='x')`); "HTTPS (port: 443)" and "Kafka
   * (name: events)" are a name and its details, not a record */
  char close = *p == '(' && typed ? ')' : 0;
  p = skip_space(p);
  if (*p == '{')
    close = '}';
  if (!close)
    return 0;
  p = skip_space(p + 1);
  uint32_t n = 0;
  while (*p != close) {
    if (n == MAX_FIELDS)
      return 0;
    const char *key;
    if (*p == '"' || *p == '\'') {
      key = quoted(a, p, &p);
      if (!key || !*key)
        return 0;
    } else if (ident_start(*p)) {
      const char *k = p;
      while (ident_char(*p))
        p++;
      key = tmc_arena_strndup(a, k, (size_t)(p - k));
    } else
      return 0;
    p = skip_space(p);
    if (*p != '=' && (*p != ':' || close == ')')) /* Python's fields are key=value */
      return 0;
    p = skip_space(p + 1);
    const char *value = NULL;
    bool q = *p == '"' || *p == '\'';
    if (q) {
      value = quoted(a, p, &p);
      if (!value)
        return 0;
      value = tmc_trim((char *)value);
      if (no_value(lx, value))
        value = NULL;
    } else { /* up to a comma or the close at depth 0, brackets balanced */
      const char *v = p;
      int depth = 0;
      while (*p && (depth > 0 || (*p != ',' && *p != close))) {
        if (*p == '"' || *p == '\'') {
          const char *e;
          if (!quoted(a, p, &e))
            return 0;
          p = e;
          continue;
        }
        if (*p == '(' || *p == '[' || *p == '{')
          depth++;
        else if (*p == ')' || *p == ']' || *p == '}')
          depth--;
        if (depth < 0)
          return 0;
        p++;
      }
      if (!*p || p == v)
        return 0;
      value = bare_words(a, lx, tmc_arena_strndup(a, v, (size_t)(p - v)));
    }
    f[n++] = (field){key, value, q};
    p = skip_space(p);
    if (*p == ',')
      p = skip_space(p + 1);
    else if (*p != close)
      return 0;
  }
  return *skip_space(p + 1) ? 0 : n;
}

/* Is key, whole, one of list's words? */
static bool key_is(const tmc_lexicon *lx, tmc_word_list list, const char *key) {
  const char *said = tmc_lexicon_says(lx, list, key);
  return said && strlen(said) == strlen(key);
}

/* The attribute of the exports (zone, tech; protocol on a flow) a field
 * names, under any of its names, or NULL. */
static const char *field_attribute(const tmc_attrs *v, const char *key, bool flow) {
  const tmc_attribute *at = tmc_attrs_find(v, key);
  if (!at)
    return NULL;
  if (flow)
    return strcmp(at->name, "protocol") == 0 ? at->name : NULL;
  return strcmp(at->name, "zone") == 0 || strcmp(at->name, "tech") == 0 ? at->name : NULL;
}

/* The values of f's fields that are neither the name (skip) nor an
 * attribute p took (a tech field that names no technology, or one an
 * attribute written on the item outranks, stays words), joined by sep; ""
 * when none. */
static const char *other_values(tmc_ir *ir, const tmc_attrs *v, const tmc_props *p,
                                const field *f, uint32_t n, uint32_t skip, bool flow,
                                const char *sep) {
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t i = 0; i < n; i++) {
    if (i == skip || !f[i].value)
      continue;
    const char *at = field_attribute(v, f[i].key, flow);
    const char *now = at ? tmc_props_get(p, at) : NULL;
    if (now && strcmp(now, f[i].value) == 0)
      continue;
    if (b.len)
      tmc_buf_puts(&b, sep);
    tmc_buf_puts(&b, f[i].value);
  }
  const char *s = tmc_arena_strdup(ir->arena, b.len ? b.data : "");
  tmc_buf_free(&b);
  return s;
}

/* Sets the attributes f's fields name, where props write none: a tech
 * field only when it is one of tmc's technology names (free text stays the
 * label's aside, as reading 2 would make it, without the vocab pass's
 * warning about a tech= nobody wrote). */
static void fields_as_attributes(tmc_ir *ir, const tmc_attrs *v, tmc_props *p,
                                 const field *f, uint32_t n, bool flow) {
  for (uint32_t i = 0; i < n; i++) {
    const char *at = f[i].value ? field_attribute(v, f[i].key, flow) : NULL;
    tmc_tech t;
    if (at && strcmp(at, "tech") == 0 && !tmc_tech_parse(f[i].value, &t))
      continue;
    if (at && !tmc_attrs_value(v, p, at, NULL))
      tmc_props_set(ir, p, at, f[i].value);
  }
}

static void records_as_fields(tmc_ir *ir, const tmc_attrs *v, const tmc_lexicon *lx) {
  field f[MAX_FIELDS];
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    const char *l = e->label;
    if (!l || (!strchr(l, '{') && !strchr(l, '(')))
      continue;
    uint32_t n = record_fields(ir->arena, lx, l, f), name = TMC_NONE;
    for (uint32_t k = 0; k < n && name == TMC_NONE; k++)
      if (f[k].value && key_is(lx, TMC_WORDS_RECORD_NAME_FIELDS, f[k].key))
        name = k;
    if (name == TMC_NONE)
      continue;
    fields_as_attributes(ir, v, &e->props, f, n, false);
    const char *details = other_values(ir, v, &e->props, f, n, name, false, "\n");
    e->name_line = *details ? f[name].value : NULL;
    e->detail_lines = *details ? details : NULL;
    const char *aside = other_values(ir, v, &e->props, f, n, name, false, ", ");
    e->label = *aside ? tmc_arena_printf(ir->arena, "%s (%s)", f[name].value, aside)
                      : f[name].value;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *fl = &ir->flows[i];
    const char *l = fl->label;
    if (!l || (!strchr(l, '{') && !strchr(l, '(')))
      continue;
    uint32_t n = record_fields(ir->arena, lx, l, f);
    if (!n || (n == 1 && !f[0].quoted))
      continue;
    fields_as_attributes(ir, v, &fl->props, f, n, true);
    fl->label = other_values(ir, v, &fl->props, f, n, TMC_NONE, true, ", ");
  }
}

/* protocol= under an exporter's name (proto=) is protocol= where it is
 * written, which the vocab pass reads. */
static void protocol_names(tmc_ir *ir, const tmc_attrs *v) {
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const char *key = NULL;
    const char *p = tmc_attrs_value(v, &f->props, "protocol", &key);
    if (p && strcmp(key, "protocol") != 0)
      renamed(ir, &f->props, key, "protocol", p);
  }
}

int tmc_pass_exports(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  const tmc_attrs *v = tmc_catalog_attributes(opts ? opts->catalog : NULL);
  const tmc_lexicon *lx = tmc_catalog_lexicon(opts ? opts->catalog : NULL);
  records_as_fields(ir, v, lx);
  protocol_names(ir, v);
  zones_from_attributes(ir, v, lx);
  tech_as_words(ir, v, lx);
  return 0;
}
