/* attributes.c - loads and looks up the diagram vocabulary
 * (catalogs/attributes.yaml, and the same sections of --catalog files).
 *
 * The one idea: two sorted tables, the attributes tmc reads and the names
 * other tools write, so the vocab pass answers "is this name known?" with
 * two binary searches per attribute of the diagram, whatever its size; only
 * an unknown name pays for the did-you-mean (a scan of the vocabulary). */
#include "catalog/attributes.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "catalog/load.h"
#include "ir/suggest.h"

struct tmc_attrs {
  tmc_arena *arena;
  tmc_attribute **v; /* sorted by name */
  uint32_t n, cap;
  const char **foreign; /* sorted, unique */
  uint32_t n_foreign, cap_foreign;
  const char **names; /* v's names in v's order, for tmc_suggest; rebuilt on load */
  /* Every `also:` name with its attribute, sorted by name (rebuilt on load):
   * an exporter's name for an attribute is known as the attribute is. */
  struct also {
    const char *name;
    tmc_attribute *at;
  } * also;
  uint32_t n_also;
};

tmc_attrs *tmc_attrs_new(void) {
  tmc_attrs *a = tmc_xcalloc(1, sizeof *a);
  a->arena = tmc_arena_new();
  return a;
}

void tmc_attrs_free(tmc_attrs *a) {
  if (!a)
    return;
  for (uint32_t i = 0; i < a->n; i++) {
    tmc_strlist_free(&a->v[i]->confused);
    tmc_strlist_free(&a->v[i]->choices);
    tmc_strlist_free(&a->v[i]->also);
  }
  free(a->v);
  free(a->also);
  free(a->foreign);
  free(a->names);
  tmc_arena_free(a->arena);
  free(a);
}

bool tmc_attrs_is_section(const char *key) {
  return key &&
         (strcmp(key, "attributes") == 0 || strcmp(key, "foreign_attributes") == 0);
}

/* ---- loading -------------------------------------------------------------- */

/* The loader (catalog/load.h) fills a tmc_attrs: l->into. */
static tmc_attrs *attrs_of(const ld *l) {
  return l->into;
}

/* A name people type after `name=`: letters, digits, '_', '-', '.', ':'. */
static bool valid_name(const char *s) {
  if (!s || !*s)
    return false;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
          (*p >= '0' && *p <= '9') || *p == '_' || *p == '-' || *p == '.' || *p == ':'))
      return false;
  return true;
}

/* Calls fn for each string of a list node (a lone string is a one-item
 * list); an item that is not a valid name is an error. */
static void each_name(ld *l, const yaml_node_t *n, const char *key,
                      void (*fn)(ld *l, const char *s, void *ctx), void *ctx) {
  if (n->type == YAML_SCALAR_NODE) {
    if (valid_name(tmc_ld_scalar(n)))
      fn(l, tmc_ld_scalar(n), ctx);
    else
      tmc_ld_err(l, n, "'%s' is not an attribute name", tmc_ld_scalar(n));
    return;
  }
  if (n->type != YAML_SEQUENCE_NODE) {
    tmc_ld_err(l, n, "'%s' must be a list of names", key);
    return;
  }
  for (yaml_node_item_t *it = n->data.sequence.items.start;
       it < n->data.sequence.items.top; it++) {
    const yaml_node_t *x = tmc_ld_node(l, *it);
    if (valid_name(tmc_ld_scalar(x)))
      fn(l, tmc_ld_scalar(x), ctx);
    else
      tmc_ld_err(l, x, "'%s' is not an attribute name",
                 tmc_ld_scalar(x) ? tmc_ld_scalar(x) : "?");
  }
}

static void add_confused(ld *l, const char *s, void *ctx) {
  tmc_attribute *at = ctx;
  if (!tmc_strlist_has(&at->confused, s))
    tmc_strlist_add(&at->confused, tmc_arena_strdup(attrs_of(l)->arena, s));
}

static void add_also(ld *l, const char *s, void *ctx) {
  tmc_attribute *at = ctx;
  if (!tmc_strlist_has(&at->also, s))
    tmc_strlist_add(&at->also, tmc_arena_strdup(attrs_of(l)->arena, s));
}

static void add_choice(ld *l, const char *s, void *ctx) {
  tmc_attribute *at = ctx;
  if (!tmc_strlist_has(&at->choices, s))
    tmc_strlist_add(&at->choices, tmc_arena_strdup(attrs_of(l)->arena, s));
}

/* choices_of: a closed set the IR defines, so its names live in one list
 * (the roles pass reads no role outside TMC_ROLES). False for a set it does
 * not know. */
static bool add_choices_of(ld *l, tmc_attribute *at, const char *set) {
  if (!set || strcmp(set, "roles") != 0)
    return false;
  for (int r = 0; r < TMC_ROLE_COUNT; r++)
    add_choice(l, tmc_role_name((tmc_role)r), at);
  return true;
}

/* values: "... {choices}" says the closed set where the text has the mark,
 * so a list of choices is written once. */
static void values_with_choices(ld *l, tmc_attribute *at) {
  const char *mark = strstr(at->values, "{choices}");
  if (!mark)
    return;
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_printf(&b, "%.*s", (int)(mark - at->values), at->values);
  for (uint32_t i = 0; i < at->choices.n; i++)
    tmc_buf_printf(&b, "%s%s", i ? ", " : "", at->choices.v[i]);
  tmc_buf_puts(&b, mark + strlen("{choices}"));
  at->values = tmc_arena_strdup(attrs_of(l)->arena, b.data);
  tmc_buf_free(&b);
}

static void add_on(ld *l, const char *s, void *ctx) {
  unsigned *on = ctx;
  if (strcmp(s, "element") == 0)
    *on |= TMC_ATTR_ON_ELEMENT;
  else if (strcmp(s, "flow") == 0)
    *on |= TMC_ATTR_ON_FLOW;
  else if (strcmp(s, "boundary") == 0)
    *on |= TMC_ATTR_ON_BOUNDARY;
  else
    *on |= 8; /* reported by the caller, which knows the node */
  (void)l;
}

static int cmp_name(const void *x, const void *y) {
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int cmp_also(const void *x, const void *y) {
  return strcmp(((const struct also *)x)->name, ((const struct also *)y)->name);
}

/* Inserts at into the sorted table, replacing an entry of the same name (a
 * --catalog file's entry overrides the built-in one). An entry that gives no
 * choices keeps the old one's: the passes reading the attribute still know
 * only those values, so dropping them would only silence the warning about
 * a value they ignore. */
static void put(tmc_attrs *a, tmc_attribute *at) {
  uint32_t lo = 0, hi = a->n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int c = strcmp(a->v[mid]->name, at->name);
    if (c == 0) {
      tmc_strlist_free(&a->v[mid]->confused);
      tmc_strlist_free(&a->v[mid]->also);
      if (at->choices.n)
        tmc_strlist_free(&a->v[mid]->choices);
      else
        at->choices = a->v[mid]->choices; /* moved, not copied */
      a->v[mid] = at;                     /* the old entry's strings stay in the arena */
      return;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  TMC_PUSH(a->v, a->n, a->cap);
  memmove(&a->v[lo + 1], &a->v[lo], (a->n - 1 - lo) * sizeof *a->v);
  a->v[lo] = at;
}

static void load_attribute(ld *l, const yaml_node_t *it) {
  if (it->type != YAML_MAPPING_NODE) {
    tmc_ld_err(l, it,
               "an attribute must be a mapping (name, on, values, meaning, also, "
               "confused, choices, choices_of)");
    return;
  }
  tmc_attribute *at = tmc_arena_alloc(attrs_of(l)->arena, sizeof *at);
  at->loc = (tmc_loc){l->file, (uint32_t)it->start_mark.line + 1,
                      (uint32_t)it->start_mark.column + 1};
  int before = l->errors;
  for (yaml_node_pair_t *p = it->data.mapping.pairs.start; p < it->data.mapping.pairs.top;
       p++) {
    const yaml_node_t *k = tmc_ld_node(l, p->key), *v = tmc_ld_node(l, p->value);
    const char *key = tmc_ld_scalar(k);
    if (!key)
      tmc_ld_err(l, k, "keys must be strings");
    else if (strcmp(key, "name") == 0) {
      if (!valid_name(tmc_ld_scalar(v)))
        tmc_ld_err(l, v, "'name' must be an attribute name (letters, digits, '_', '-')");
      else
        at->name = tmc_arena_strdup(attrs_of(l)->arena, tmc_ld_scalar(v));
    } else if (strcmp(key, "on") == 0) {
      each_name(l, v, key, add_on, &at->on);
      if (at->on & 8)
        tmc_ld_err(l, v, "'on' names element, flow or boundary");
    } else if (strcmp(key, "values") == 0 || strcmp(key, "meaning") == 0) {
      const char *s = tmc_ld_scalar(v);
      if (!s || !*s)
        tmc_ld_err(l, v, "'%s' must be a non-empty string", key);
      else if (key[0] == 'v')
        at->values = tmc_arena_strdup(attrs_of(l)->arena, s);
      else
        at->meaning = tmc_arena_strdup(attrs_of(l)->arena, s);
    } else if (strcmp(key, "confused") == 0)
      each_name(l, v, key, add_confused, at);
    else if (strcmp(key, "also") == 0)
      each_name(l, v, key, add_also, at);
    else if (strcmp(key, "choices") == 0)
      each_name(l, v, key, add_choice, at);
    else if (strcmp(key, "choices_of") == 0) {
      if (!add_choices_of(l, at, tmc_ld_scalar(v)))
        tmc_ld_err(l, v, "'choices_of' names a set tmc defines: roles");
    } else
      tmc_ld_err(l, k,
                 "unknown attribute key '%s' (name, on, values, meaning, also, "
                 "confused, choices, choices_of)",
                 key);
  }
  if (l->errors == before && (!at->name || !at->on || !at->values || !at->meaning))
    tmc_ld_err(l, it, "an attribute needs a name, on, values and meaning");
  if (l->errors != before) {
    tmc_strlist_free(&at->confused);
    tmc_strlist_free(&at->choices);
    tmc_strlist_free(&at->also);
    return;
  }
  put(attrs_of(l), at);
  values_with_choices(l, at); /* after put: the choices may be the old entry's */
}

static void add_foreign(ld *l, const char *s, void *ctx) {
  (void)ctx;
  TMC_PUSH(attrs_of(l)->foreign, attrs_of(l)->n_foreign, attrs_of(l)->cap_foreign);
  attrs_of(l)->foreign[attrs_of(l)->n_foreign - 1] =
      tmc_arena_strdup(attrs_of(l)->arena, s);
}

/* Sorts the foreign names, drops repeats, and lists the vocabulary's names
 * for tmc_suggest. */
static void finish(tmc_attrs *a) {
  if (a->n_foreign)
    qsort(a->foreign, a->n_foreign, sizeof *a->foreign, cmp_name);
  uint32_t w = 0;
  for (uint32_t i = 0; i < a->n_foreign; i++)
    if (!w || strcmp(a->foreign[w - 1], a->foreign[i]) != 0)
      a->foreign[w++] = a->foreign[i];
  a->n_foreign = w;
  free(a->names);
  a->names = tmc_xcalloc(a->n ? a->n : 1, sizeof *a->names);
  for (uint32_t i = 0; i < a->n; i++)
    a->names[i] = a->v[i]->name;
  /* The `also:` names, for tmc_attrs_find: an attribute's own name is
   * looked up first, so a name one attribute reads stays that one's. */
  free(a->also);
  a->also = NULL;
  a->n_also = 0;
  uint32_t cap = 0;
  for (uint32_t i = 0; i < a->n; i++)
    for (uint32_t j = 0; j < a->v[i]->also.n; j++)
      *TMC_PUSH(a->also, a->n_also, cap) = (struct also){a->v[i]->also.v[j], a->v[i]};
  if (a->n_also)
    qsort(a->also, a->n_also, sizeof *a->also, cmp_also);
}

int tmc_attrs_load(tmc_attrs *a, struct yaml_document_s *doc, const char *key,
                   struct yaml_node_s *v, const char *file, tmc_diags *d) {
  ld l = {0};
  l.into = a;
  l.doc = doc;
  l.file = file;
  l.d = d;
  if (!tmc_attrs_is_section(key))
    return 0;
  if (strcmp(key, "attributes") == 0) {
    if (v->type != YAML_SEQUENCE_NODE)
      tmc_ld_err(&l, v, "'attributes' must be a list");
    else
      for (yaml_node_item_t *it = v->data.sequence.items.start;
           it < v->data.sequence.items.top; it++)
        load_attribute(&l, tmc_ld_node(&l, *it));
  } else if (v->type != YAML_MAPPING_NODE)
    tmc_ld_err(&l, v,
               "'foreign_attributes' must be a mapping: tool name -> list of names");
  else
    /* The tool names are headings for readers; any tool's names are left
     * alone in any format (a DOT file converted from draw.io keeps both). */
    for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top;
         p++)
      each_name(&l, tmc_ld_node(&l, p->value), "foreign_attributes", add_foreign, NULL);
  finish(a);
  return l.errors;
}

/* ---- the built-in vocabulary --------------------------------------------- */

static tmc_attrs *builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static int load_attrs(void *into, yaml_document_t *doc, const char *key, yaml_node_t *v,
                      const char *file, tmc_diags *d) {
  return tmc_attrs_load(into, doc, key, v, file, d);
}

static void build_builtin(void) {
  static const char *const names[] = {"attributes", "foreign_attributes", NULL};
  tmc_attrs *a = tmc_attrs_new();
  tmc_ld_embedded_sections(names, load_attrs, a);
  builtin = a;
}

const tmc_attrs *tmc_attrs_builtin(void) {
  pthread_once(&builtin_once, build_builtin);
  return builtin;
}

/* ---- lookups -------------------------------------------------------------- */

uint32_t tmc_attrs_n(const tmc_attrs *a) {
  return a->n;
}

const tmc_attribute *tmc_attrs_at(const tmc_attrs *a, uint32_t i) {
  return a->v[i];
}

static const tmc_attribute *find_exact(const tmc_attrs *a, const char *name) {
  uint32_t lo = 0, hi = a->n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int c = strcmp(a->v[mid]->name, name);
    if (c == 0)
      return a->v[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

const tmc_attribute *tmc_attrs_find(const tmc_attrs *a, const char *name) {
  const tmc_attribute *at = find_exact(a, name);
  if (at || !a->n_also)
    return at;
  struct also key = {name, NULL};
  const struct also *hit = bsearch(&key, a->also, a->n_also, sizeof *a->also, cmp_also);
  return hit ? hit->at : NULL;
}

const char *tmc_attrs_value(const tmc_attrs *a, const tmc_props *p, const char *name,
                            const char **key) {
  const char *v = tmc_props_get(p, name);
  if (v && *v) {
    if (key)
      *key = name;
    return v;
  }
  const tmc_attribute *at = find_exact(a, name);
  for (uint32_t i = 0; at && i < at->also.n; i++)
    if ((v = tmc_props_get(p, at->also.v[i])) != NULL && *v) {
      if (key)
        *key = at->also.v[i];
      return v;
    }
  return NULL;
}

bool tmc_attrs_foreign(const tmc_attrs *a, const char *name) {
  return a->n_foreign &&
         bsearch(&name, a->foreign, a->n_foreign, sizeof *a->foreign, cmp_name) != NULL;
}

const tmc_attribute *tmc_attrs_meant(const tmc_attrs *a, const char *name) {
  for (uint32_t i = 0; i < a->n; i++)
    if (tmc_strlist_has(&a->v[i]->confused, name))
      return a->v[i];
  const char *near = tmc_suggest(name, a->names, a->n);
  return near ? tmc_attrs_find(a, near) : NULL;
}
