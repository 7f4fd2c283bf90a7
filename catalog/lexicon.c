/* lexicon.c - loads and looks up the word and shape tables (catalogs/words.yaml,
 * catalogs/shapes.yaml, and the same sections of --catalog files).
 *
 * The one idea: a table is an ordered list of entries (text, kind), and an
 * entry's index is its precedence, so a lookup returns the matching entry
 * with the lowest index. Word tables are hashed by their entry's first word:
 * a lookup walks the text's words once and, at each, tries only the entries
 * starting with that word, so the cost grows with the text, not the table.
 * Shape tables are hashed by the whole name. */
#include "catalog/lexicon.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

/* The table cmake/embed.cmake generates (as in catalog.c). */
struct tmc_embedded {
  const char *name;
  const char *data;
  size_t size;
};
extern const struct tmc_embedded tmc_embedded_files[];

typedef enum index_mode {
  BY_FIRST_WORD, /* whole-word phrases in a text */
  BY_NAME,       /* the whole string, case-insensitively */
  NO_INDEX,      /* prefixes and substrings: scanned in order */
} index_mode;

typedef struct entry {
  const char *text; /* lexicon's arena */
  tmc_kind kind;
  uint32_t hash; /* of the lower-cased first word (BY_FIRST_WORD) or name (BY_NAME) */
  uint32_t key_len;
  uint32_t len;
  uint32_t next; /* hash chain, TMC_NONE at the end */
} entry;

typedef struct table {
  index_mode mode;
  entry *v;
  uint32_t n, cap;
  uint32_t *heads; /* nb buckets, each a chain of entry indices */
  uint32_t nb;
} table;

struct tmc_lexicon {
  tmc_arena *arena;
  table kinds[TMC_TABLE_COUNT];
  table lists[TMC_WORD_LIST_COUNT];
};

static const char *const list_keys[TMC_WORD_LIST_COUNT] = {
#define TMC_WORD_LIST_KEY(name, key) [TMC_WORDS_##name] = key,
    TMC_WORD_LISTS(TMC_WORD_LIST_KEY)
#undef TMC_WORD_LIST_KEY
};

/* Each kind table: its section, its key there, and the key of an item's list. */
static const struct {
  const char *section, *key, *items;
  index_mode mode;
} tables[TMC_TABLE_COUNT] = {
    [TMC_TABLE_KIND_WORDS] = {"words", "kinds", "words", BY_FIRST_WORD},
    [TMC_TABLE_FALSE_FRIENDS] = {"words", "false_friends", "words", BY_FIRST_WORD},
    [TMC_TABLE_ID_PREFIXES] = {"words", "id_prefixes", "prefixes", NO_INDEX},
    [TMC_TABLE_DOT] = {"shapes", "dot", "shapes", BY_NAME},
    [TMC_TABLE_DRAWIO] = {"shapes", "drawio", "shapes", BY_NAME},
    [TMC_TABLE_ICONS] = {"shapes", "icons", "contains", NO_INDEX},
};

const char *tmc_word_list_key(tmc_word_list list) {
  return (unsigned)list < TMC_WORD_LIST_COUNT ? list_keys[list] : "?";
}

/* ---- tables --------------------------------------------------------------- */

/* The same characters tmc_has_word treats as part of a word. */
static bool word_char(unsigned char c) {
  return isalnum(c) || c >= 0x80;
}

/* FNV-1a over the lower-cased bytes s[0..n). */
static uint32_t hash_lower(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (uint32_t)tolower((unsigned char)s[i])) * 16777619u;
  return h;
}

static size_t first_word_len(const char *s) {
  size_t n = 0;
  while (s[n] && word_char((unsigned char)s[n]))
    n++;
  return n;
}

static void index_table(table *t) {
  free(t->heads);
  t->heads = NULL;
  t->nb = 0;
  if (t->mode == NO_INDEX || !t->n)
    return;
  uint32_t nb = 16;
  while (nb < 2 * t->n)
    nb *= 2;
  t->heads = tmc_xmalloc(nb * sizeof *t->heads);
  t->nb = nb;
  for (uint32_t b = 0; b < nb; b++)
    t->heads[b] = TMC_NONE;
  for (uint32_t i = t->n; i-- > 0;) { /* chains list lower indices first */
    entry *e = &t->v[i];
    e->key_len = (uint32_t)(t->mode == BY_FIRST_WORD ? first_word_len(e->text) : e->len);
    e->hash = hash_lower(e->text, e->key_len);
    e->next = t->heads[e->hash & (nb - 1)];
    t->heads[e->hash & (nb - 1)] = i;
  }
}

/* Adds text with kind; the same text (any case) already there takes the new
 * kind in place and keeps its precedence. */
static void table_add(tmc_lexicon *lx, table *t, const char *text, tmc_kind kind) {
  for (uint32_t i = 0; i < t->n; i++)
    if (strcasecmp(t->v[i].text, text) == 0) {
      t->v[i].kind = kind;
      return;
    }
  entry *e = TMC_PUSH(t->v, t->n, t->cap);
  memset(e, 0, sizeof *e);
  e->text = tmc_arena_strdup(lx->arena, text);
  e->kind = kind;
  e->len = (uint32_t)strlen(text);
}

static bool phrase_at(const char *p, const entry *e) {
  for (uint32_t i = 0; i < e->len; i++)
    if (tolower((unsigned char)p[i]) != tolower((unsigned char)e->text[i]))
      return false; /* also stops at the text's end: no entry holds a NUL */
  return !word_char((unsigned char)p[e->len]);
}

/* The lowest index of an entry of t (BY_FIRST_WORD) that occurs in text as a
 * whole word and whose kind is not in the skip mask; TMC_NONE if none. With
 * all set, ORs every matching entry's kind bit into *all instead. */
static uint32_t find_words(const table *t, const char *text, uint32_t skip,
                           uint32_t *all) {
  uint32_t best = TMC_NONE;
  if (!text || !t->nb)
    return best;
  const char *p = text;
  while (*p) {
    if (!word_char((unsigned char)*p)) {
      p++;
      continue;
    }
    size_t n = first_word_len(p);
    uint32_t h = hash_lower(p, n);
    for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
      const entry *e = &t->v[k];
      if (e->hash != h || e->key_len != n || (!all && k >= best) ||
          (skip >> e->kind & 1u) || !phrase_at(p, e))
        continue;
      if (all)
        *all |= 1u << e->kind;
      else
        best = k;
    }
    p += n;
  }
  return best;
}

static uint32_t find_name(const table *t, const char *name, bool any_case) {
  if (!name || !t->nb)
    return TMC_NONE;
  size_t n = strlen(name);
  uint32_t h = hash_lower(name, n);
  for (uint32_t k = t->heads[h & (t->nb - 1)]; k != TMC_NONE; k = t->v[k].next) {
    const entry *e = &t->v[k];
    if (e->hash == h && e->len == n &&
        (any_case ? strcasecmp(e->text, name) : strcmp(e->text, name)) == 0)
      return k;
  }
  return TMC_NONE;
}

/* ---- lookups -------------------------------------------------------------- */

bool tmc_lexicon_kind_word(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                           const char **word) {
  if (!text || !*text)
    return false;
  uint32_t skip = 0;
  find_words(&lx->kinds[TMC_TABLE_FALSE_FRIENDS], text, 0, &skip);
  uint32_t k = find_words(&lx->kinds[TMC_TABLE_KIND_WORDS], text, skip, NULL);
  if (k == TMC_NONE)
    return false;
  *kind = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].kind;
  *word = lx->kinds[TMC_TABLE_KIND_WORDS].v[k].text;
  return true;
}

bool tmc_lexicon_id_prefix(const tmc_lexicon *lx, const char *id, tmc_kind *kind,
                           const char **prefix) {
  const table *t = &lx->kinds[TMC_TABLE_ID_PREFIXES];
  for (uint32_t i = 0; id && i < t->n; i++)
    if (strncasecmp(id, t->v[i].text, t->v[i].len) == 0) {
      *kind = t->v[i].kind;
      *prefix = t->v[i].text;
      return true;
    }
  return false;
}

static bool shape_in(const table *t, const char *shape, bool any_case, tmc_kind *kind,
                     const char **name) {
  uint32_t k = find_name(t, shape, any_case);
  if (k == TMC_NONE)
    return false;
  *kind = t->v[k].kind;
  *name = t->v[k].text;
  return true;
}

bool tmc_lexicon_dot_shape(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                           const char **name) {
  return shape_in(&lx->kinds[TMC_TABLE_DOT], shape, true, kind, name);
}

bool tmc_lexicon_drawio_shape(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                              const char **name) {
  return shape_in(&lx->kinds[TMC_TABLE_DRAWIO], shape, false, kind, name);
}

bool tmc_lexicon_icon(const tmc_lexicon *lx, const char *name, tmc_kind *kind) {
  const table *t = &lx->kinds[TMC_TABLE_ICONS];
  for (uint32_t i = 0; name && i < t->n; i++)
    if (strstr(name, t->v[i].text)) {
      *kind = t->v[i].kind;
      return true;
    }
  return false;
}

const char *tmc_lexicon_says(const tmc_lexicon *lx, tmc_word_list list,
                             const char *text) {
  if ((unsigned)list >= TMC_WORD_LIST_COUNT)
    return NULL;
  uint32_t k = find_words(&lx->lists[list], text, 0, NULL);
  return k == TMC_NONE ? NULL : lx->lists[list].v[k].text;
}

uint32_t tmc_lexicon_n_entries(const tmc_lexicon *lx, tmc_kind_table t) {
  return (unsigned)t < TMC_TABLE_COUNT ? lx->kinds[t].n : 0;
}

const char *tmc_lexicon_entry(const tmc_lexicon *lx, tmc_kind_table t, uint32_t i,
                              tmc_kind *kind) {
  if ((unsigned)t >= TMC_TABLE_COUNT || i >= lx->kinds[t].n)
    return NULL;
  if (kind)
    *kind = lx->kinds[t].v[i].kind;
  return lx->kinds[t].v[i].text;
}

/* ---- loading -------------------------------------------------------------- */

tmc_lexicon *tmc_lexicon_new(void) {
  tmc_lexicon *lx = tmc_xcalloc(1, sizeof *lx);
  lx->arena = tmc_arena_new();
  for (int t = 0; t < TMC_TABLE_COUNT; t++)
    lx->kinds[t].mode = tables[t].mode;
  for (int l = 0; l < TMC_WORD_LIST_COUNT; l++)
    lx->lists[l].mode = BY_FIRST_WORD;
  return lx;
}

void tmc_lexicon_free(tmc_lexicon *lx) {
  if (!lx)
    return;
  for (int t = 0; t < TMC_TABLE_COUNT; t++)
    free(lx->kinds[t].v), free(lx->kinds[t].heads);
  for (int l = 0; l < TMC_WORD_LIST_COUNT; l++)
    free(lx->lists[l].v), free(lx->lists[l].heads);
  tmc_arena_free(lx->arena);
  free(lx);
}

bool tmc_lexicon_is_section(const char *key) {
  return key && (strcmp(key, "words") == 0 || strcmp(key, "shapes") == 0);
}

/* One section being loaded. */
typedef struct ld {
  tmc_lexicon *lx;
  yaml_document_t *doc;
  const char *file;
  tmc_diags *d;
  int errors;
} ld;

static void TMC_PRINTF(3, 4) err(ld *l, const yaml_node_t *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tmc_loc loc = {l->file, n ? (uint32_t)n->start_mark.line + 1 : 0,
                 n ? (uint32_t)n->start_mark.column + 1 : 0};
  tmc_diag_vadd(l->d, TMC_DIAG_ERROR, loc, fmt, ap);
  va_end(ap);
  l->errors++;
}

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static yaml_node_t *node(ld *l, int i) {
  return yaml_document_get_node(l->doc, i);
}

/* Checks one word or shape of table t (or of a word list when t < 0) and adds
 * it. Icon words are kept lower case: icon names are matched lower-cased. */
static void add_text(ld *l, table *tab, int t, const yaml_node_t *n, tmc_kind kind) {
  const char *s = scalar(n);
  if (!s || !*s) {
    err(l, n, "a word or shape must be a non-empty string");
    return;
  }
  if (tab->mode == BY_FIRST_WORD && !word_char((unsigned char)s[0])) {
    err(l, n, "'%s' must start with a letter or digit (words match whole words)", s);
    return;
  }
  if (t == TMC_TABLE_ICONS) {
    char *low = tmc_arena_strdup(l->lx->arena, s);
    for (char *p = low; *p; p++)
      *p = (char)tolower((unsigned char)*p);
    s = low;
  }
  table_add(l->lx, tab, s, kind);
}

/* A list of strings (a lone string counts as a one-item list). */
static void add_texts(ld *l, table *tab, int t, const yaml_node_t *n, tmc_kind kind) {
  if (n->type == YAML_SCALAR_NODE) {
    add_text(l, tab, t, n, kind);
    return;
  }
  if (n->type != YAML_SEQUENCE_NODE) {
    err(l, n, "expected a list of strings");
    return;
  }
  for (yaml_node_item_t *it = n->data.sequence.items.start;
       it < n->data.sequence.items.top; it++)
    add_text(l, tab, t, node(l, *it), kind);
}

/* A kind table: a list of {kind: K, <items>: [...]}. */
static void load_kind_table(ld *l, int t, const yaml_node_t *seq) {
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'%s' must be a list of {kind: ..., %s: [...]}", tables[t].key,
        tables[t].items);
    return;
  }
  for (yaml_node_item_t *it = seq->data.sequence.items.start;
       it < seq->data.sequence.items.top; it++) {
    const yaml_node_t *m = node(l, *it);
    if (m->type != YAML_MAPPING_NODE) {
      err(l, m, "an entry of '%s' must be a mapping {kind: ..., %s: [...]}",
          tables[t].key, tables[t].items);
      continue;
    }
    const yaml_node_t *kn = NULL, *items = NULL;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top;
         p++) {
      const yaml_node_t *k = node(l, p->key), *v = node(l, p->value);
      const char *key = scalar(k);
      if (key && strcmp(key, "kind") == 0)
        kn = v;
      else if (key && strcmp(key, tables[t].items) == 0)
        items = v;
      else
        err(l, k, "unknown key '%s' in '%s' (kind, %s)", key ? key : "?", tables[t].key,
            tables[t].items);
    }
    tmc_kind kind;
    if (!kn || !scalar(kn)) {
      err(l, kn ? kn : m, "an entry of '%s' needs a kind", tables[t].key);
      continue;
    }
    if (!tmc_kind_parse(scalar(kn), &kind)) {
      err(l, kn, "unknown kind '%s' (see tmc --list-kinds)", scalar(kn));
      continue;
    }
    if (!items) {
      err(l, m, "an entry of '%s' needs '%s'", tables[t].key, tables[t].items);
      continue;
    }
    add_texts(l, &l->lx->kinds[t], t, items, kind);
  }
}

int tmc_lexicon_load(tmc_lexicon *lx, struct yaml_document_s *doc, const char *key,
                     struct yaml_node_s *v, const char *file, tmc_diags *d) {
  ld l = {lx, doc, file, d, 0};
  if (!tmc_lexicon_is_section(key))
    return 0;
  if (v->type != YAML_MAPPING_NODE) {
    err(&l, v, "'%s' must be a mapping", key);
    return l.errors;
  }
  for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top;
       p++) {
    const yaml_node_t *kn = node(&l, p->key), *vn = node(&l, p->value);
    const char *sub = scalar(kn);
    bool known = false;
    for (int t = 0; sub && t < TMC_TABLE_COUNT; t++)
      if (strcmp(tables[t].section, key) == 0 && strcmp(tables[t].key, sub) == 0) {
        load_kind_table(&l, t, vn);
        known = true;
      }
    for (int w = 0; sub && strcmp(key, "words") == 0 && w < TMC_WORD_LIST_COUNT; w++)
      if (strcmp(list_keys[w], sub) == 0) {
        add_texts(&l, &lx->lists[w], -1, vn, TMC_KIND_PROCESS);
        known = true;
      }
    if (!known) {
      tmc_buf b = TMC_BUF_INIT;
      for (int t = 0; t < TMC_TABLE_COUNT; t++)
        if (strcmp(tables[t].section, key) == 0)
          tmc_buf_printf(&b, "%s%s", b.len ? ", " : "", tables[t].key);
      for (int w = 0; strcmp(key, "words") == 0 && w < TMC_WORD_LIST_COUNT; w++)
        tmc_buf_printf(&b, ", %s", list_keys[w]);
      err(&l, kn, "unknown key '%s' in '%s' (%s)", sub ? sub : "?", key, b.data);
      tmc_buf_free(&b);
    }
  }
  for (int t = 0; t < TMC_TABLE_COUNT; t++)
    index_table(&lx->kinds[t]);
  for (int w = 0; w < TMC_WORD_LIST_COUNT; w++)
    index_table(&lx->lists[w]);
  return l.errors;
}

/* ---- the built-in lexicon ------------------------------------------------- */

static tmc_lexicon *builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

/* Loads the words: and shapes: sections of every embedded catalog file. */
static void build_builtin(void) {
  tmc_lexicon *lx = tmc_lexicon_new();
  tmc_diags d = {0};
  int errors = 0;
  for (const struct tmc_embedded *f = tmc_embedded_files; f->name; f++) {
    if (!strstr(f->data, "\nwords:") && !strstr(f->data, "\nshapes:") &&
        strncmp(f->data, "words:", 6) != 0 && strncmp(f->data, "shapes:", 7) != 0)
      continue; /* skip parsing the big files that hold neither section */
    yaml_parser_t p;
    yaml_document_t doc;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, (const unsigned char *)f->data, f->size);
    if (!yaml_parser_load(&p, &doc)) {
      yaml_parser_delete(&p);
      errors++;
      continue;
    }
    yaml_parser_delete(&p);
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (root && root->type == YAML_MAPPING_NODE)
      for (yaml_node_pair_t *q = root->data.mapping.pairs.start;
           q < root->data.mapping.pairs.top; q++) {
        const char *key = scalar(yaml_document_get_node(&doc, q->key));
        if (tmc_lexicon_is_section(key))
          errors += tmc_lexicon_load(lx, &doc, key,
                                     yaml_document_get_node(&doc, q->value), f->name, &d);
      }
    yaml_document_delete(&doc);
  }
  if (errors) {
    tmc_diags_print(&d, stderr, false);
    abort();
  }
  tmc_diags_free(&d);
  builtin = lx;
}

const tmc_lexicon *tmc_lexicon_builtin(void) {
  pthread_once(&builtin_once, build_builtin);
  return builtin;
}
