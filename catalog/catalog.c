/* catalog.c - loads the threat catalogs: the built-in YAML files compiled into
 * the binary (cmake/embed.cmake), users' --catalog files and a newer
 * --atlas ATLAS.yaml, with every id checked at load time.
 *
 * The one idea: each file is read into a libyaml document (nodes carry their
 * line and column), then walked in two phases. Phase one takes everything a
 * rule may cite (ATLAS, reference tables, data classes; then controls, which
 * cite NIST subcategories of any file) from every
 * file; phase two reads the rules and checks each id and condition against
 * what phase one loaded, so a rule may cite an entry of a later file and
 * every error points at the exact node: file:line:col. */
#include "catalog/catalog.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "catalog/attributes.h"
#include "catalog/cond.h"
#include "catalog/goals.h"
#include "catalog/load.h"
#include "catalog/lexicon.h"
#include "catalog/packed.h"

/* The table cmake/embed.cmake generates. */
struct tmc_embedded {
  const char *name;
  const char *data;
  size_t size;
};
extern const struct tmc_embedded tmc_embedded_files[];

typedef struct name_ix {
  const char *name; /* id or alias */
  uint32_t i;       /* index into the table */
} name_ix;

typedef struct atlas {
  const char *version;
  tmc_tactic *tactics; /* matrix order */
  uint32_t n_tactics, cap_tactics;
  tmc_technique *techniques; /* sorted by id */
  uint32_t n_techniques, cap_techniques;
  tmc_mitigation *mitigations; /* sorted by id */
  uint32_t n_mitigations, cap_mitigations;
  tmc_case_study *studies; /* file order (by id) */
  uint32_t n_studies, cap_studies;
  /* Mitigation -> technique links, resolved into techniques after sorting. */
  struct link {
    const char *m, *t;
  } * links;
  uint32_t n_links, cap_links;
} atlas;

struct tmc_catalog {
  tmc_arena *arena;
  atlas atlas;
  tmc_ref *refs; /* sorted by id */
  uint32_t n_refs, cap_refs;
  tmc_control **controls; /* sorted by id */
  uint32_t n_controls, cap_controls;
  name_ix *control_ix; /* ids and aliases, sorted case-insensitively */
  uint32_t n_control_ix, cap_control_ix;
  tmc_data_class **classes;
  uint32_t n_classes, cap_classes;
  name_ix *class_ix;
  uint32_t n_class_ix, cap_class_ix;
  tmc_rule **rules; /* sorted by id */
  uint32_t n_rules, cap_rules;
  tmc_goal **goals; /* sorted by id */
  uint32_t n_goals, cap_goals;
  tmc_goal_step *hop_techniques; /* in the order they are tried */
  uint32_t n_hop_techniques, cap_hop_techniques;
  tmc_family *families; /* in the order they are tried (--catalog files' first) */
  uint32_t n_families, cap_families;
  tmc_strlist versions; /* "tmc-core 2026.11" per file that names itself */
  const char *version;  /* versions joined, or "none" */
  tmc_lexicon *lex;     /* words: and shapes: (catalog/lexicon.c) */
  struct tmc_vcat *val; /* tools: and validation: (catalog/validation.c) */
  tmc_attrs *attrs;     /* attributes: and foreign_attributes: (catalog/attributes.c) */
};

/* ---- small helpers -------------------------------------------------------- */

static yaml_node_t *node(ld *l, int i) {
  return yaml_document_get_node(l->doc, i);
}

static tmc_loc at(const ld *l, const yaml_node_t *n) {
  return (tmc_loc){l->file, n ? (uint32_t)n->start_mark.line + 1 : 0,
                   n ? (uint32_t)n->start_mark.column + 1 : 0};
}

static void TMC_PRINTF(3, 4) err(ld *l, const yaml_node_t *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tmc_diag_vadd(l->d, TMC_DIAG_ERROR, at(l, n), fmt, ap);
  va_end(ap);
  l->errors++;
}

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static const char *str(ld *l, const yaml_node_t *n, const char *key) {
  const char *s = scalar(n);
  if (!s) {
    err(l, n, "'%s' must be a string", key);
    return NULL;
  }
  return tmc_arena_strdup(l->c->arena, s);
}

/* A string that folded YAML (">") may end with a newline; reports want none. */
static const char *text(ld *l, const yaml_node_t *n, const char *key) {
  const char *s = str(l, n, key);
  if (!s)
    return NULL;
  char *t = tmc_arena_strdup(l->c->arena, s);
  return tmc_trim(t);
}

/* Calls fn for each string of a list (a lone scalar counts as a one-item list). */
typedef void (*item_fn)(ld *l, const yaml_node_t *n, const char *s, void *ctx);

static void each_item(ld *l, const yaml_node_t *n, const char *key, item_fn fn,
                      void *ctx) {
  if (n->type == YAML_SCALAR_NODE) {
    if (*scalar(n))
      fn(l, n, scalar(n), ctx);
    return;
  }
  if (n->type != YAML_SEQUENCE_NODE) {
    err(l, n, "'%s' must be a list", key);
    return;
  }
  yaml_node_t *it;
  FOR_ITEMS(l, n, it) {
    if (!scalar(it))
      err(l, it, "items of '%s' must be strings", key);
    else
      fn(l, it, scalar(it), ctx);
  }
}

static void add_plain(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  tmc_strlist *out = ctx;
  if (!tmc_strlist_has(out, s))
    tmc_strlist_add(out, tmc_arena_strdup(l->c->arena, s));
}

static bool get_int(ld *l, const yaml_node_t *n, const char *key, int lo, int hi,
                    int *out) {
  const char *s = scalar(n);
  char *end = NULL;
  long v = s ? strtol(s, &end, 10) : 0;
  if (!s || !*s || *end || v < lo || v > hi) {
    err(l, n, "'%s' must be a number from %d to %d", key, lo, hi);
    return false;
  }
  *out = (int)v;
  return true;
}

static bool get_bool(ld *l, const yaml_node_t *n, const char *key, bool *out) {
  const char *s = scalar(n);
  if (s && (tmc_streq_nocase(s, "true") || tmc_streq_nocase(s, "yes")))
    return *out = true, true;
  if (s && (tmc_streq_nocase(s, "false") || tmc_streq_nocase(s, "no")))
    return *out = false, true;
  err(l, n, "'%s' must be true or false%s", key,
      strcmp(key, "on_endpoints") == 0 ? " or inbound" : "");
  return false;
}

static bool valid_id(const char *s) {
  if (!s || !*s)
    return false;
  for (; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
          (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.' || *s == ':' ||
          *s == ' '))
      return false;
  return true;
}

static int cmp_ix(const void *a, const void *b) {
  return strcasecmp(((const name_ix *)a)->name, ((const name_ix *)b)->name);
}

static const name_ix *find_ix(const name_ix *v, uint32_t n, const char *name) {
  name_ix key = {name, 0};
  return n ? bsearch(&key, v, n, sizeof *v, cmp_ix) : NULL;
}

/* ---- lookups -------------------------------------------------------------- */

static int cmp_technique(const void *a, const void *b) {
  return strcmp(((const tmc_technique *)a)->id, ((const tmc_technique *)b)->id);
}
static int cmp_mitigation(const void *a, const void *b) {
  return strcmp(((const tmc_mitigation *)a)->id, ((const tmc_mitigation *)b)->id);
}
static int cmp_ref(const void *a, const void *b) {
  return strcmp(((const tmc_ref *)a)->id, ((const tmc_ref *)b)->id);
}
static int cmp_rule(const void *a, const void *b) {
  return strcmp((*(tmc_rule *const *)a)->id, (*(tmc_rule *const *)b)->id);
}
static int cmp_goal(const void *a, const void *b) {
  return strcmp((*(tmc_goal *const *)a)->id, (*(tmc_goal *const *)b)->id);
}
static int cmp_control(const void *a, const void *b) {
  return strcmp((*(tmc_control *const *)a)->id, (*(tmc_control *const *)b)->id);
}

static const tmc_technique *atlas_technique(const atlas *a, const char *id) {
  tmc_technique key = {0};
  key.id = id;
  return a->n_techniques && id
             ? bsearch(&key, a->techniques, a->n_techniques, sizeof key, cmp_technique)
             : NULL;
}

static const tmc_mitigation *atlas_mitigation(const atlas *a, const char *id) {
  tmc_mitigation key = {id, NULL, NULL};
  return a->n_mitigations && id
             ? bsearch(&key, a->mitigations, a->n_mitigations, sizeof key, cmp_mitigation)
             : NULL;
}

const tmc_technique *tmc_catalog_technique(const tmc_catalog *c, const char *id) {
  return atlas_technique(&c->atlas, id);
}

const tmc_mitigation *tmc_catalog_mitigation(const tmc_catalog *c, const char *id) {
  return atlas_mitigation(&c->atlas, id);
}

const tmc_tactic *tmc_catalog_tactic(const tmc_catalog *c, const char *id) {
  for (uint32_t i = 0; id && i < c->atlas.n_tactics; i++)
    if (strcmp(c->atlas.tactics[i].id, id) == 0)
      return &c->atlas.tactics[i];
  return NULL;
}

const tmc_ref *tmc_catalog_ref(const tmc_catalog *c, const char *id) {
  tmc_ref key = {id, NULL, NULL};
  return c->n_refs && id ? bsearch(&key, c->refs, c->n_refs, sizeof key, cmp_ref) : NULL;
}

const tmc_rule *tmc_catalog_rule(const tmc_catalog *c, const char *id) {
  tmc_rule k = {0};
  k.id = id;
  tmc_rule *kp = &k;
  tmc_rule **r =
      c->n_rules && id ? bsearch(&kp, c->rules, c->n_rules, sizeof kp, cmp_rule) : NULL;
  return r ? *r : NULL;
}

const tmc_goal *tmc_catalog_goal(const tmc_catalog *c, const char *id) {
  tmc_goal k = {0};
  k.id = id;
  tmc_goal *kp = &k;
  tmc_goal **g =
      c->n_goals && id ? bsearch(&kp, c->goals, c->n_goals, sizeof kp, cmp_goal) : NULL;
  return g ? *g : NULL;
}

const tmc_control *tmc_catalog_control(const tmc_catalog *c, const char *name) {
  const name_ix *x = name ? find_ix(c->control_ix, c->n_control_ix, name) : NULL;
  return x ? c->controls[x->i] : NULL;
}

const char *tmc_catalog_control_advice(const tmc_catalog *c, const char *name) {
  const tmc_control *x = c ? tmc_catalog_control(c, name) : NULL;
  return x ? x->advice : name;
}

int tmc_catalog_control_pref(const tmc_catalog *c, const char *name) {
  const tmc_control *x = c ? tmc_catalog_control(c, name) : NULL;
  return x ? x->path_pref : TMC_PATH_PREF_NONE;
}

const tmc_data_class *tmc_catalog_data_class(const tmc_catalog *c, const char *name) {
  const name_ix *x = name ? find_ix(c->class_ix, c->n_class_ix, name) : NULL;
  return x ? c->classes[x->i] : NULL;
}

const tmc_control *tmc_catalog_control_id(const tmc_catalog *c, const char *id) {
  tmc_control k = {0};
  k.id = id;
  tmc_control *kp = &k;
  tmc_control **x = c->n_controls && id
                        ? bsearch(&kp, c->controls, c->n_controls, sizeof kp, cmp_control)
                        : NULL;
  return x ? *x : NULL;
}

/* The resolver rule and goal conditions are parsed with (catalog/cond.h):
 * names become the ids of the classes and controls that answer to them. */
static const char *resolve_class(const void *ctx, const char *name) {
  const tmc_data_class *dc = tmc_catalog_data_class(ctx, name);
  return dc ? dc->id : NULL;
}

static const char *resolve_control(const void *ctx, const char *name) {
  const tmc_control *x = tmc_catalog_control(ctx, name);
  return x ? x->id : NULL;
}

tmc_cond_resolver tmc_ld_names(const tmc_catalog *c) {
  return (tmc_cond_resolver){resolve_class, resolve_control, c};
}

/* ---- ATLAS ---------------------------------------------------------------- */

static const char *atlas_url(tmc_arena *a, const char *kind, const char *id) {
  return tmc_arena_printf(a, "https://atlas.mitre.org/%s/%s", kind, id);
}

static void atlas_free(atlas *a) {
  for (uint32_t i = 0; i < a->n_techniques; i++) {
    tmc_strlist_free(&a->techniques[i].tactics);
    tmc_strlist_free(&a->techniques[i].mitigations);
  }
  for (uint32_t i = 0; i < a->n_studies; i++)
    tmc_strlist_free(&a->studies[i].techniques);
  free(a->tactics);
  free(a->techniques);
  free(a->mitigations);
  free(a->studies);
  free(a->links);
  memset(a, 0, sizeof *a);
}

static void atlas_tactics(ld *l, atlas *a, const yaml_node_t *seq) {
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE)
      continue;
    tmc_tactic t = {0};
    FOR_PAIRS(l, it, k, v) {
      if (!scalar(k) || !scalar(v))
        continue;
      if (strcmp(scalar(k), "id") == 0)
        t.id = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(scalar(k), "name") == 0)
        t.name = tmc_arena_strdup(l->c->arena, scalar(v));
    }
    if (!t.id || !t.name) {
      err(l, it, "ATLAS tactic without id or name");
      continue;
    }
    t.url = atlas_url(l->c->arena, "tactics", t.id);
    *TMC_PUSH(a->tactics, a->n_tactics, a->cap_tactics) = t;
  }
}

static void atlas_techniques(ld *l, atlas *a, const yaml_node_t *seq) {
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE)
      continue;
    tmc_technique t = {0};
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (!key)
        continue;
      if (strcmp(key, "id") == 0 && scalar(v))
        t.id = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "name") == 0 && scalar(v))
        t.name = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "subtechnique-of") == 0 && scalar(v))
        t.parent = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "tactics") == 0 && v->type == YAML_SEQUENCE_NODE)
        each_item(l, v, "tactics", add_plain, &t.tactics);
    }
    if (!t.id || !t.name) {
      tmc_strlist_free(&t.tactics);
      err(l, it, "ATLAS technique without id or name");
      continue;
    }
    t.url = atlas_url(l->c->arena, "techniques", t.id);
    *TMC_PUSH(a->techniques, a->n_techniques, a->cap_techniques) = t;
  }
}

static void atlas_mitigations(ld *l, atlas *a, const yaml_node_t *seq) {
  yaml_node_t *it, *k, *v, *x, *xk, *xv;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE)
      continue;
    tmc_mitigation m = {0};
    const yaml_node_t *links = NULL;
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (!key)
        continue;
      if (strcmp(key, "id") == 0 && scalar(v))
        m.id = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "name") == 0 && scalar(v))
        m.name = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "techniques") == 0 && v->type == YAML_SEQUENCE_NODE)
        links = v;
      /* Other keys (ml-lifecycle, category, ...) are not used; ml-lifecycle
       * holds a stray technique-use object in 5.6.0 (AML.M0018, AML.M0034),
       * which is why nothing here assumes its items are strings. */
    }
    if (!m.id || !m.name) {
      err(l, it, "ATLAS mitigation without id or name");
      continue;
    }
    m.url = atlas_url(l->c->arena, "mitigations", m.id);
    *TMC_PUSH(a->mitigations, a->n_mitigations, a->cap_mitigations) = m;
    if (!links)
      continue;
    FOR_ITEMS(l, links, x) {
      const char *tid = scalar(x); /* a bare id, or a {id, use} map */
      if (x->type == YAML_MAPPING_NODE)
        FOR_PAIRS(l, x, xk, xv) {
          if (scalar(xk) && strcmp(scalar(xk), "id") == 0)
            tid = scalar(xv);
        }
      if (!tid)
        continue;
      *TMC_PUSH(a->links, a->n_links, a->cap_links) =
          (struct link){m.id, tmc_arena_strdup(l->c->arena, tid)};
    }
  }
}

static void atlas_studies(ld *l, atlas *a, const yaml_node_t *seq) {
  yaml_node_t *it, *k, *v, *step, *sk, *sv;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE)
      continue;
    tmc_case_study s = {0};
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (!key)
        continue;
      if (strcmp(key, "id") == 0 && scalar(v))
        s.id = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "name") == 0 && scalar(v))
        s.name = tmc_arena_strdup(l->c->arena, scalar(v));
      else if (strcmp(key, "procedure") == 0 && v->type == YAML_SEQUENCE_NODE)
        FOR_ITEMS(l, v, step) {
          if (step->type != YAML_MAPPING_NODE)
            continue;
          FOR_PAIRS(l, step, sk, sv) {
            if (scalar(sk) && strcmp(scalar(sk), "technique") == 0 && scalar(sv))
              add_plain(l, sv, scalar(sv), &s.techniques);
          }
        }
    }
    if (!s.id || !s.name) {
      tmc_strlist_free(&s.techniques);
      continue;
    }
    s.url = atlas_url(l->c->arena, "studies", s.id);
    *TMC_PUSH(a->studies, a->n_studies, a->cap_studies) = s;
  }
}

/* Sorts, inherits sub-technique tactics from the parent, names sub-techniques
 * "Parent: Sub" and attaches mitigations to techniques (once each: upstream
 * lists some links twice). */
static void atlas_finish(tmc_arena *arena, atlas *a) {
  /* qsort(NULL, 0, ...) is undefined: an ATLAS file may lack either list. */
  if (a->n_techniques)
    qsort(a->techniques, a->n_techniques, sizeof *a->techniques, cmp_technique);
  if (a->n_mitigations)
    qsort(a->mitigations, a->n_mitigations, sizeof *a->mitigations, cmp_mitigation);
  for (uint32_t i = 0; i < a->n_techniques; i++) {
    tmc_technique *t = &a->techniques[i];
    const tmc_technique *p = t->parent ? atlas_technique(a, t->parent) : NULL;
    t->full_name = p ? tmc_arena_printf(arena, "%s: %s", p->name, t->name) : t->name;
    if (p && !t->tactics.n)
      for (uint32_t j = 0; j < p->tactics.n; j++)
        tmc_strlist_add(&t->tactics, p->tactics.v[j]);
  }
  for (uint32_t i = 0; i < a->n_links; i++) {
    tmc_technique *t = (tmc_technique *)atlas_technique(a, a->links[i].t);
    if (t && !tmc_strlist_has(&t->mitigations, a->links[i].m))
      tmc_strlist_add(&t->mitigations, a->links[i].m);
  }
}

static bool is_atlas_doc(ld *l, const yaml_node_t *root) {
  yaml_node_t *k, *v;
  FOR_PAIRS(l, root, k, v) {
    (void)v;
    if (scalar(k) && strcmp(scalar(k), "matrices") == 0)
      return true;
  }
  return false;
}

static void load_atlas_doc(ld *l, atlas *a, const yaml_node_t *root) {
  yaml_node_t *k, *v, *m, *mk, *mv;
  FOR_PAIRS(l, root, k, v) {
    const char *key = scalar(k);
    if (!key)
      continue;
    if (strcmp(key, "version") == 0 && scalar(v))
      a->version = tmc_arena_strdup(l->c->arena, scalar(v));
    else if (strcmp(key, "case-studies") == 0 && v->type == YAML_SEQUENCE_NODE)
      atlas_studies(l, a, v);
    else if (strcmp(key, "matrices") == 0 && v->type == YAML_SEQUENCE_NODE)
      FOR_ITEMS(l, v, m) {
        if (m->type != YAML_MAPPING_NODE)
          continue;
        FOR_PAIRS(l, m, mk, mv) {
          const char *mkey = scalar(mk);
          if (!mkey || mv->type != YAML_SEQUENCE_NODE)
            continue;
          if (strcmp(mkey, "tactics") == 0)
            atlas_tactics(l, a, mv);
          else if (strcmp(mkey, "techniques") == 0)
            atlas_techniques(l, a, mv);
          else if (strcmp(mkey, "mitigations") == 0)
            atlas_mitigations(l, a, mv);
        }
      }
  }
  if (!a->version)
    err(l, root, "ATLAS data without a version");
  if (!a->n_techniques)
    err(l, root, "ATLAS data without techniques");
  atlas_finish(l->c->arena, a);
}

/* ---- phase one: references, data classes, controls -------------------------- */

static void load_refs(ld *l, const yaml_node_t *seq) {
  tmc_catalog *c = l->c;
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'references' must be a list");
    return;
  }
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it, "a reference must be a mapping (id, title, url)");
      continue;
    }
    tmc_ref r = {0};
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (key && strcmp(key, "id") == 0)
        r.id = str(l, v, key);
      else if (key && strcmp(key, "title") == 0)
        r.title = text(l, v, key);
      else if (key && strcmp(key, "url") == 0)
        r.url = str(l, v, key);
      else
        err(l, k, "unknown key '%s' in a reference (id, title, url)", key ? key : "?");
    }
    if (!r.id || !valid_id(r.id) || !r.title) {
      err(l, it, "a reference needs an id and a title");
      continue;
    }
    unsigned long n;
    if (!r.url && sscanf(r.id, "CWE-%lu", &n) == 1)
      r.url = tmc_arena_printf(c->arena,
                               "https://cwe.mitre.org/data/definitions/%lu.html", n);
    else if (!r.url && sscanf(r.id, "CAPEC-%lu", &n) == 1)
      r.url = tmc_arena_printf(c->arena,
                               "https://capec.mitre.org/data/definitions/%lu.html", n);
    tmc_ref *old = (tmc_ref *)tmc_catalog_ref(c, r.id);
    if (old && !l->user) {
      err(l, it, "duplicate reference id '%s'", r.id);
      continue;
    }
    if (old) {
      *old = r;
      continue;
    }
    /* Keep the array sorted as it grows so lookups work mid-load. */
    TMC_PUSH(c->refs, c->n_refs, c->cap_refs);
    uint32_t i = c->n_refs - 1;
    while (i > 0 && strcmp(c->refs[i - 1].id, r.id) > 0) {
      c->refs[i] = c->refs[i - 1];
      i--;
    }
    c->refs[i] = r;
  }
}

static void reindex_classes(tmc_catalog *c) {
  c->n_class_ix = 0;
  for (uint32_t i = 0; i < c->n_classes; i++) {
    *TMC_PUSH(c->class_ix, c->n_class_ix, c->cap_class_ix) =
        (name_ix){c->classes[i]->id, i};
    for (uint32_t j = 0; j < c->classes[i]->aliases.n; j++)
      *TMC_PUSH(c->class_ix, c->n_class_ix, c->cap_class_ix) =
          (name_ix){c->classes[i]->aliases.v[j], i};
  }
  if (c->n_class_ix)
    qsort(c->class_ix, c->n_class_ix, sizeof *c->class_ix, cmp_ix);
}

static void reindex_controls(tmc_catalog *c) {
  if (c->n_controls)
    qsort(c->controls, c->n_controls, sizeof *c->controls, cmp_control);
  c->n_control_ix = 0;
  for (uint32_t i = 0; i < c->n_controls; i++) {
    *TMC_PUSH(c->control_ix, c->n_control_ix, c->cap_control_ix) =
        (name_ix){c->controls[i]->id, i};
    for (uint32_t j = 0; j < c->controls[i]->aliases.n; j++)
      *TMC_PUSH(c->control_ix, c->n_control_ix, c->cap_control_ix) =
          (name_ix){c->controls[i]->aliases.v[j], i};
  }
  if (c->n_control_ix)
    qsort(c->control_ix, c->n_control_ix, sizeof *c->control_ix, cmp_ix);
}

/* A business impact a data class implies (impact: [privacy, regulatory]). */
static void add_impact(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  tmc_impact i;
  if (!tmc_impact_parse(s, &i))
    err(l, n,
        "unknown impact '%s' (reputation, ip_loss, regulatory, privacy, financial, "
        "safety, availability)",
        s);
  else
    *(tmc_impactset *)ctx |= TMC_IMPACTSET(i);
}

static void load_classes(ld *l, const yaml_node_t *seq) {
  tmc_catalog *c = l->c;
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'data_classes' must be a list");
    return;
  }
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it, "a data class must be a mapping");
      continue;
    }
    tmc_data_class *x = tmc_arena_alloc(c->arena, sizeof *x);
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (key && strcmp(key, "id") == 0)
        x->id = str(l, v, key);
      else if (key && strcmp(key, "title") == 0)
        x->title = text(l, v, key);
      else if (key && strcmp(key, "sensitivity") == 0) {
        if (!scalar(v) || !tmc_sensitivity_parse(scalar(v), &x->sensitivity))
          err(l, v, "'sensitivity' must be public, internal, confidential or secret");
      } else if (key && strcmp(key, "aliases") == 0)
        each_item(l, v, key, add_plain, &x->aliases);
      else if (key && strcmp(key, "logs") == 0)
        get_bool(l, v, key, &x->logs);
      else if (key && strcmp(key, "impact") == 0)
        each_item(l, v, key, add_impact, &x->impact);
      else
        err(l, k,
            "unknown key '%s' in a data class (id, title, sensitivity, aliases, logs, "
            "impact)",
            key ? key : "?");
    }
    if (!x->id || !valid_id(x->id)) {
      tmc_strlist_free(&x->aliases);
      err(l, it, "a data class needs an id");
      continue;
    }
    if (!x->title)
      x->title = x->id;
    tmc_data_class *old = (tmc_data_class *)tmc_catalog_data_class(c, x->id);
    if (old && (!l->user || strcasecmp(old->id, x->id) != 0)) {
      tmc_strlist_free(&x->aliases);
      err(l, it, "data class '%s' is already defined", x->id);
      continue;
    }
    if (old) {
      tmc_strlist_free(&old->aliases);
      *old = *x;
    } else {
      *TMC_PUSH(c->classes, c->n_classes, c->cap_classes) = x;
    }
    reindex_classes(c);
  }
}

typedef tmc_ld_ids id_check;

static void add_mitigation_id(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  id_check *x = ctx;
  if (!atlas_mitigation(&x->c->atlas, s))
    err(l, n, "'%s' is not an ATLAS mitigation (AML.M...) in ATLAS %s", s,
        x->c->atlas.version ? x->c->atlas.version : "(not loaded)");
  else if (!tmc_strlist_has(x->out, s))
    tmc_strlist_add(x->out, tmc_arena_strdup(l->c->arena, s));
}

static void add_nist_id(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  id_check *x = ctx;
  const tmc_ref *r = tmc_catalog_ref(x->c, s);
  if (!r || strchr(s, '-') || strncmp(s, "LLM", 3) == 0 || strncmp(s, "ML", 2) == 0)
    err(l, n, "'%s' is not a NIST AI RMF subcategory (\"GOVERN 1.1\" ... \"MANAGE 4.3\")",
        s);
  else if (!tmc_strlist_has(x->out, s))
    tmc_strlist_add(x->out, r->id);
}

/* The title as words inside a sentence: its first letter lowered unless the
 * first word is an acronym ("TLS everywhere" stays). */
static const char *lowered_first(tmc_arena *a, const char *title) {
  char *s = tmc_arena_strdup(a, title);
  if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
    s[0] = (char)(s[0] - 'A' + 'a');
  return s;
}

static void free_control_lists(tmc_control *x) {
  tmc_strlist_free(&x->aliases);
  tmc_strlist_free(&x->atlas);
  tmc_strlist_free(&x->nist);
}

/* A list the redefinition did not say: the built-in one's, moved over. */
static void keep_list(tmc_strlist *to, tmc_strlist *from, bool said) {
  if (said)
    return;
  tmc_strlist_free(to);
  *to = *from;
  *from = (tmc_strlist){0};
}

/* Which of a control's lists and flags its entry says (a missing string is
 * NULL, a missing path_pref TMC_PATH_PREF_NONE). */
typedef struct control_said {
  bool aliases, atlas, nist, on_endpoints;
} control_said;

/* A --catalog control with a built-in one's id changes what it says and
 * keeps the rest: its path_pref ranks the path plan and its aliases are what
 * diagrams write, so a file that only rewords a control must not drop them.
 * A list it says replaces the built-in list whole. */
static void inherit_control(tmc_control *x, tmc_control *old, const control_said *said) {
  if (!x->title)
    x->title = old->title;
  if (!x->description)
    x->description = old->description;
  if (!x->advice)
    x->advice = old->advice;
  if (x->path_pref == TMC_PATH_PREF_NONE)
    x->path_pref = old->path_pref;
  if (!said->on_endpoints)
    x->on_endpoints = old->on_endpoints, x->inbound_only = old->inbound_only;
  keep_list(&x->aliases, &old->aliases, said->aliases);
  keep_list(&x->atlas, &old->atlas, said->atlas);
  keep_list(&x->nist, &old->nist, said->nist);
}

static void load_controls(ld *l, const yaml_node_t *seq) {
  tmc_catalog *c = l->c;
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'controls' must be a list");
    return;
  }
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it, "a control must be a mapping");
      continue;
    }
    tmc_control *x = tmc_arena_alloc(c->arena, sizeof *x);
    x->loc = at(l, it);
    x->path_pref = TMC_PATH_PREF_NONE;
    control_said said = {0};
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      id_check ck = {key, NULL, c};
      if (key && strcmp(key, "id") == 0)
        x->id = str(l, v, key);
      else if (key && strcmp(key, "title") == 0)
        x->title = text(l, v, key);
      else if (key && strcmp(key, "description") == 0)
        x->description = text(l, v, key);
      else if (key && strcmp(key, "advice") == 0)
        x->advice = text(l, v, key);
      else if (key && strcmp(key, "path_pref") == 0)
        get_int(l, v, key, 1, TMC_PATH_PREF_NONE - 1, &x->path_pref);
      else if (key && strcmp(key, "aliases") == 0)
        said.aliases = true, each_item(l, v, key, add_plain, &x->aliases);
      else if (key && strcmp(key, "atlas") == 0)
        said.atlas = true, ck.out = &x->atlas,
        each_item(l, v, key, add_mitigation_id, &ck);
      else if (key && strcmp(key, "nist") == 0)
        said.nist = true, ck.out = &x->nist, each_item(l, v, key, add_nist_id, &ck);
      else if (key && strcmp(key, "on_endpoints") == 0) {
        said.on_endpoints = true;
        if (scalar(v) && strcmp(scalar(v), "inbound") == 0)
          x->on_endpoints = x->inbound_only = true;
        else
          get_bool(l, v, key, &x->on_endpoints);
      } else
        err(l, k,
            "unknown key '%s' in a control (id, title, aliases, atlas, nist, "
            "on_endpoints, description, advice, path_pref)",
            key ? key : "?");
    }
    tmc_control *old =
        x->id && valid_id(x->id) ? (tmc_control *)tmc_catalog_control(c, x->id) : NULL;
    for (uint32_t j = 0; x->id && !old && j < x->aliases.n; j++)
      old = (tmc_control *)tmc_catalog_control(c, x->aliases.v[j]);
    bool redefines = old && l->user && strcasecmp(old->id, x->id) == 0;
    if (!x->id || !valid_id(x->id) || (!x->title && !redefines)) {
      err(l, it, "a control needs an id and a title");
      free_control_lists(x);
      continue;
    }
    if (old && !redefines) {
      err(l, it, "control '%s' (or one of its aliases) is already defined at %s:%u",
          x->id, old->loc.file, old->loc.line);
      free_control_lists(x);
      continue;
    }
    if (redefines)
      inherit_control(x, old, &said);
    if (!x->description)
      x->description = "";
    if (!x->advice) /* "Rate limits, quotas and budgets" reads mid-sentence */
      x->advice = lowered_first(c->arena, x->title);
    if (old) {
      free_control_lists(old);
      *old = *x;
    } else {
      *TMC_PUSH(c->controls, c->n_controls, c->cap_controls) = x;
    }
    reindex_controls(c);
  }
}

/* ---- phase two: rules ----------------------------------------------------- */

static void add_technique_id(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  id_check *x = ctx;
  if (!atlas_technique(&x->c->atlas, s)) {
    if (atlas_mitigation(&x->c->atlas, s) || tmc_catalog_tactic(x->c, s))
      err(l, n, "'%s' is an ATLAS %s; 'atlas' lists techniques (AML.T...)", s,
          atlas_mitigation(&x->c->atlas, s) ? "mitigation" : "tactic");
    else
      err(l, n, "'%s' is not an ATLAS technique in ATLAS %s", s,
          x->c->atlas.version ? x->c->atlas.version : "(not loaded)");
  } else if (!tmc_strlist_has(x->out, s)) {
    tmc_strlist_add(x->out, atlas_technique(&x->c->atlas, s)->id);
  }
}

/* OWASP, CWE and CAPEC ids: the key names the table the id must come from. */
static void add_ref_id(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  id_check *x = ctx;
  bool owasp = strcmp(x->key, "owasp") == 0;
  bool shape =
      owasp ? (strncmp(s, "LLM", 3) == 0 || strncmp(s, "ML", 2) == 0) && strchr(s, ':')
      : strcmp(x->key, "cwe") == 0 ? strncmp(s, "CWE-", 4) == 0
                                   : strncmp(s, "CAPEC-", 6) == 0;
  const tmc_ref *r = tmc_catalog_ref(x->c, s);
  if (!shape)
    err(l, n, "'%s' is not %s id", s,
        owasp                        ? "an OWASP (LLMnn:2025 or MLnn:2023)"
        : strcmp(x->key, "cwe") == 0 ? "a CWE (CWE-n)"
                                     : "a CAPEC (CAPEC-n)");
  else if (!r)
    err(l, n, "unknown %s id '%s' (%s)", owasp ? "OWASP" : x->key, s,
        owasp ? "the OWASP LLM Top 10 2025 and ML Top 10 2023 are listed in "
                "catalogs/owasp.yaml"
              : "add it to catalogs/cwe-capec.yaml first");
  else if (!tmc_strlist_has(x->out, s))
    tmc_strlist_add(x->out, r->id);
}

/* A rule id another rule supersedes: it may be defined in a later file, so
 * only its spelling is checked here. */
static void add_rule_id(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  id_check *x = ctx;
  if (!valid_id(s))
    err(l, n, "'%s' is not a rule id", s);
  else if (!tmc_strlist_has(x->out, s))
    tmc_strlist_add(x->out, tmc_arena_strdup(x->c->arena, s));
}

static void add_control_id(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  id_check *x = ctx;
  const tmc_control *ctl = tmc_catalog_control(x->c, s);
  if (!ctl)
    err(l, n, "unknown control '%s' (controls are defined under 'controls:')", s);
  else if (!tmc_strlist_has(x->out, ctl->id))
    tmc_strlist_add(x->out, ctl->id);
}

typedef struct applies {
  tmc_kindset kinds;
  bool flows;
} applies;

static void add_applies(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  applies *a = ctx;
  tmc_kind k;
  if (strcmp(s, "flow") == 0 || strcmp(s, "data_flow") == 0)
    a->flows = true;
  else if (strcmp(s, "element") == 0)
    a->kinds |= (1u << TMC_KIND_COUNT) - 1;
  else if (strcmp(s, "ai") == 0) {
    for (int i = 0; i < TMC_KIND_COUNT; i++)
      if (tmc_kind_is_ai((tmc_kind)i))
        a->kinds |= 1u << i;
  } else if (strcmp(s, "entity") == 0 || strcmp(s, "process") == 0 ||
             strcmp(s, "store") == 0) {
    tmc_dfd want = s[0] == 'e'   ? TMC_DFD_ENTITY
                   : s[0] == 'p' ? TMC_DFD_PROCESS
                                 : TMC_DFD_STORE;
    for (int i = 0; i < TMC_KIND_COUNT; i++)
      if (tmc_kind_dfd((tmc_kind)i) == want)
        a->kinds |= 1u << i;
    /* "process" is also a kind; as a DFD class it includes it. */
  } else if (tmc_kind_parse(s, &k))
    a->kinds |= TMC_KINDSET(k);
  else
    err(l, n,
        "unknown kind '%s' in applies_to (element kinds from tmc --list-kinds, entity, "
        "process, store, ai, element or flow)",
        s);
}

static void add_stride(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  unsigned *mask = ctx;
  static const char letters[] = "STRIDE";
  for (const char *p = s; *p; p++) {
    const char *q = strchr(letters, *p >= 'a' && *p <= 'z' ? *p - 32 : *p);
    if (!q || !*p) {
      err(l, n, "unknown STRIDE letter '%c' (S, T, R, I, D or E)", *p);
      return;
    }
    *mask |= 1u << (q - letters);
  }
}

static void free_rule_lists(tmc_rule *r) {
  tmc_strlist_free(&r->atlas);
  tmc_strlist_free(&r->owasp);
  tmc_strlist_free(&r->cwe);
  tmc_strlist_free(&r->capec);
  tmc_strlist_free(&r->controls);
  tmc_strlist_free(&r->supersedes);
}

/* The rule's own string for id (an atlas: or owasp: item), or NULL. */
static const char *rule_own_id(const tmc_rule *r, const char *id) {
  const tmc_strlist *l[2] = {&r->atlas, &r->owasp};
  for (int i = 0; i < 2; i++)
    for (uint32_t j = 0; j < l[i]->n; j++)
      if (strcmp(l[i]->v[j], id) == 0)
        return l[i]->v[j];
  return NULL;
}

/* ids_if: [{when: CONDITION, ids: [ID, ...]}]: each id one the rule lists
 * under atlas: or owasp:, cited only where the condition holds on the
 * target (passes/rules.c). Read after the rule's other keys, since it names
 * their ids and its conditions take the rule's targets. */
static void load_ids_if(ld *l, const yaml_node_t *n, tmc_rule *r, unsigned targets) {
  if (n->type != YAML_SEQUENCE_NODE) {
    err(l, n, "'ids_if' must be a list of {when: CONDITION, ids: [ID, ...]}");
    return;
  }
  uint32_t max = (uint32_t)(n->data.sequence.items.top - n->data.sequence.items.start);
  r->ids_if = tmc_arena_alloc(l->c->arena, (max ? max : 1) * sizeof *r->ids_if);
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, n, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it, "an ids_if item must be a mapping (when, ids)");
      continue;
    }
    tmc_rule_ids_if x = {0};
    const yaml_node_t *when = NULL, *ids = NULL;
    int errors = l->errors;
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (key && strcmp(key, "when") == 0)
        when = v;
      else if (key && strcmp(key, "ids") == 0)
        ids = v;
      else
        err(l, k, "unknown key '%s' in ids_if (when, ids)", key ? key : "?");
    }
    if (!when || !scalar(when) || !*scalar(when))
      err(l, it, "an ids_if item needs 'when' (a condition, like the rule's own)");
    else {
      const char *t = scalar(when);
      uint32_t before = l->d->errors;
      x.cond_text = tmc_trim(tmc_arena_strdup(l->c->arena, t));
      tmc_cond_resolver names = tmc_ld_names(l->c);
      if (tmc_cond_parse(&x.cond, t, targets, &names, l->c->arena,
                         tmc_ld_text_at(l, when), l->d) < 0)
        l->errors += l->d->errors > before ? (int)(l->d->errors - before) : 1;
    }
    if (!ids || ids->type != YAML_SEQUENCE_NODE ||
        ids->data.sequence.items.top == ids->data.sequence.items.start) {
      err(l, ids ? ids : it,
          "an ids_if item needs 'ids' (a list of the rule's atlas: or owasp: ids)");
    } else {
      uint32_t nid =
          (uint32_t)(ids->data.sequence.items.top - ids->data.sequence.items.start);
      x.ids = tmc_arena_alloc(l->c->arena, nid * sizeof *x.ids);
      yaml_node_t *id;
      FOR_ITEMS(l, ids, id) {
        const char *s = scalar(id);
        const char *own = s ? rule_own_id(r, s) : NULL;
        if (!own)
          err(l, id,
              "'%s' in ids_if is not among the atlas: or owasp: ids of rule '%s' "
              "(ids_if only narrows where the rule's own ids are cited)",
              s ? s : "?", r->id ? r->id : "?");
        else
          x.ids[x.n_ids++] = own;
      }
    }
    if (l->errors == errors)
      r->ids_if[r->n_ids_if++] = x;
  }
}

static void load_rule(ld *l, const yaml_node_t *it) {
  tmc_catalog *c = l->c;
  tmc_rule *r = tmc_arena_alloc(c->arena, sizeof *r);
  r->loc = at(l, it);
  r->user = l->user;
  r->likelihood = r->impact = 3;
  int errors = l->errors;
  const yaml_node_t *when = NULL, *idn = NULL, *ids_if = NULL, *pair_key = NULL;
  applies ap = {0, false};
  bool have_applies = false;
  yaml_node_t *k, *v;
  FOR_PAIRS(l, it, k, v) {
    const char *key = scalar(k);
    id_check ck = {key, NULL, c};
    if (!key)
      err(l, k, "rule keys must be strings");
    else if (strcmp(key, "id") == 0)
      r->id = str(l, v, key), idn = v;
    else if (strcmp(key, "title") == 0)
      r->title = text(l, v, key);
    else if (strcmp(key, "applies_to") == 0)
      have_applies = true, each_item(l, v, key, add_applies, &ap);
    else if (strcmp(key, "when") == 0)
      when = v;
    else if (strcmp(key, "ids_if") == 0)
      ids_if = v;
    else if (strcmp(key, "stride") == 0)
      each_item(l, v, key, add_stride, &r->stride);
    else if (strcmp(key, "atlas") == 0)
      ck.out = &r->atlas, each_item(l, v, key, add_technique_id, &ck);
    else if (strcmp(key, "owasp") == 0)
      ck.out = &r->owasp, each_item(l, v, key, add_ref_id, &ck);
    else if (strcmp(key, "cwe") == 0)
      ck.out = &r->cwe, each_item(l, v, key, add_ref_id, &ck);
    else if (strcmp(key, "capec") == 0)
      ck.out = &r->capec, each_item(l, v, key, add_ref_id, &ck);
    else if (strcmp(key, "mitigated_by") == 0)
      ck.out = &r->controls, each_item(l, v, key, add_control_id, &ck);
    else if (strcmp(key, "likelihood") == 0)
      get_int(l, v, key, 1, 5, &r->likelihood);
    else if (strcmp(key, "impact") == 0)
      get_int(l, v, key, 1, 5, &r->impact);
    else if (strcmp(key, "supersedes") == 0)
      ck.out = &r->supersedes, each_item(l, v, key, add_rule_id, &ck);
    else if (strcmp(key, "once_per_pair") == 0)
      get_bool(l, v, key, &r->once_per_pair), pair_key = k;
    else if (strcmp(key, "max_severity") == 0) {
      const char *s = str(l, v, key);
      if (s &&
          (!tmc_severity_parse(s, &r->max_severity) || r->max_severity == TMC_SEV_NONE))
        err(l, v, "max_severity is low, medium, high or critical, not '%s'", s);
    } else if (strcmp(key, "description") == 0)
      r->description = text(l, v, key);
    else if (strcmp(key, "remediation") == 0)
      r->remediation = text(l, v, key);
    else
      err(l, k,
          "unknown key '%s' in a rule (id, title, applies_to, when, stride, atlas, "
          "owasp, ids_if, "
          "cwe, capec, likelihood, impact, max_severity, supersedes, once_per_pair, "
          "mitigated_by, description, remediation)",
          key);
  }
  if (!r->id)
    err(l, it, "a rule needs an id");
  else if (!valid_id(r->id) || strchr(r->id, ' ') || strchr(r->id, ':'))
    err(l, idn, "rule id '%s' may hold only letters, digits, '-', '_' and '.'", r->id);
  if (!r->title)
    err(l, it, "rule '%s' needs a title", r->id ? r->id : "?");
  if (!have_applies)
    err(l, it, "rule '%s' needs applies_to", r->id ? r->id : "?");
  else if (!ap.kinds && !ap.flows)
    err(l, it, "rule '%s': applies_to names nothing", r->id ? r->id : "?");
  r->applies_kinds = ap.kinds;
  r->applies_flows = ap.flows;
  if (r->once_per_pair && (ap.kinds || !ap.flows))
    err(l, pair_key, "rule '%s': once_per_pair is for rules that apply to flows only",
        r->id ? r->id : "?");
  if (when) {
    const char *t = scalar(when);
    if (!t) {
      err(l, when, "'when' must be a string");
    } else {
      unsigned targets =
          (ap.kinds ? TMC_COND_ELEMENT : 0) | (ap.flows ? TMC_COND_FLOW : 0);
      tmc_loc loc = at(l, when);
      if (when->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
          when->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
        loc.col++;
      else if (when->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        loc.col = 0; /* block scalars: the text starts on a later line */
      uint32_t before = l->d->errors;
      r->cond_text = tmc_trim(tmc_arena_strdup(c->arena, t));
      tmc_cond_resolver names = tmc_ld_names(c);
      if (tmc_cond_parse(&r->cond, t, targets, &names, c->arena, loc, l->d) < 0)
        l->errors += (int)(l->d->errors - before) ? (int)(l->d->errors - before) : 1;
    }
  }
  if (ids_if && (ap.kinds || ap.flows))
    load_ids_if(l, ids_if, r,
                (ap.kinds ? TMC_COND_ELEMENT : 0) | (ap.flows ? TMC_COND_FLOW : 0));
  if (!r->description)
    r->description = "";
  if (!r->remediation)
    r->remediation = "";
  tmc_rule **old = NULL;
  for (uint32_t i = 0; r->id && i < c->n_rules; i++)
    if (strcmp(c->rules[i]->id, r->id) == 0)
      old = &c->rules[i];
  if (old && (!l->user || (*old)->loc.file == l->file))
    err(l, it, "duplicate rule id '%s' (first defined at %s:%u)", r->id, (*old)->loc.file,
        (*old)->loc.line);
  const tmc_goal *goal = r->id ? tmc_catalog_goal(c, r->id) : NULL;
  if (goal)
    err(l, idn, "rule id '%s' is already a goal's (defined at %s:%u)", r->id,
        goal->loc.file, goal->loc.line);
  if (l->errors != errors) {
    free_rule_lists(r);
    return;
  }
  if (old) {
    free_rule_lists(*old);
    *old = r; /* the old rule's strings stay in the arena */
    return;
  }
  *TMC_PUSH(c->rules, c->n_rules, c->cap_rules) = r;
}

/* ---- threat families ------------------------------------------------------ */

/* families: the threats a report may show as one finding when a target has
 * more than it can list (passes/risk.c, "group"): each an id, a title and the
 * ATLAS, OWASP and CWE ids (a parent technique, "LLM01", "CWE-79") whose
 * findings belong to it. A --catalog file's families are tried first and
 * replace a built-in one of the same id. */
static void load_families(ld *l, const yaml_node_t *seq) {
  tmc_catalog *c = l->c;
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'families' must be a list");
    return;
  }
  uint32_t at_user = 0;
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it, "a family must be a mapping (id, title, ids)");
      continue;
    }
    tmc_family x = {0};
    x.loc = at(l, it);
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (key && strcmp(key, "id") == 0)
        x.id = str(l, v, key);
      else if (key && strcmp(key, "title") == 0)
        x.title = text(l, v, key);
      else if (key && strcmp(key, "ids") == 0)
        each_item(l, v, key, add_plain, &x.ids);
      else
        err(l, k, "unknown key '%s' in a family (id, title, ids)", key ? key : "?");
    }
    if (!x.id || !valid_id(x.id) || !x.title || !x.ids.n) {
      err(l, it, "a family needs an id, a title and ids");
      tmc_strlist_free(&x.ids);
      continue;
    }
    uint32_t old = TMC_NONE;
    for (uint32_t i = 0; i < c->n_families; i++)
      if (strcmp(c->families[i].id, x.id) == 0)
        old = i;
    /* built-in files and one --catalog file each define an id once (this
     * file's families are the first at_user); a --catalog file may replace
     * a built-in or an earlier file's */
    if (old != TMC_NONE && (!l->user || old < at_user)) {
      err(l, it, "duplicate family id '%s' (first defined at %s:%u)", x.id,
          c->families[old].loc.file, c->families[old].loc.line);
      tmc_strlist_free(&x.ids);
      continue;
    }
    if (old != TMC_NONE) { /* a --catalog file's replaces it, tried first */
      tmc_strlist_free(&c->families[old].ids);
      memmove(&c->families[old], &c->families[old + 1],
              (c->n_families - 1 - old) * sizeof x);
      c->n_families--;
    }
    uint32_t pos = l->user ? at_user++ : c->n_families;
    TMC_PUSH(c->families, c->n_families, c->cap_families);
    memmove(&c->families[pos + 1], &c->families[pos],
            (c->n_families - 1 - pos) * sizeof x);
    c->families[pos] = x;
  }
}

uint32_t tmc_catalog_n_families(const tmc_catalog *c) {
  return c ? c->n_families : 0;
}
const tmc_family *tmc_catalog_family_at(const tmc_catalog *c, uint32_t i) {
  return &c->families[i];
}

/* ---- files ---------------------------------------------------------------- */

static const char *const top_keys[] = {
    "catalog",      "version",    "rules",      "controls",           "references",
    "data_classes", "goals",      "words",      "hop_techniques",     "shapes",
    "tools",        "validation", "attributes", "foreign_attributes", "roles",
    "sets",         "families"};

/* Parses the bytes into l->own (l->doc); returns the root mapping or NULL
 * after an error. */
static const yaml_node_t *open_doc(ld *l, const char *data, size_t size) {
  yaml_parser_t p;
  yaml_parser_initialize(&p);
  yaml_parser_set_input_string(&p, (const unsigned char *)data, size);
  l->doc = &l->own;
  if (!yaml_parser_load(&p, &l->own)) {
    tmc_loc loc = {l->file, (uint32_t)p.problem_mark.line + 1,
                   (uint32_t)p.problem_mark.column + 1};
    tmc_error(l->d, loc, "YAML: %s%s%s", p.problem ? p.problem : "syntax error",
              p.context ? " " : "", p.context ? p.context : "");
    l->errors++;
    yaml_parser_delete(&p);
    memset(&l->own, 0, sizeof l->own);
    return NULL;
  }
  yaml_parser_delete(&p);
  yaml_node_t *root = yaml_document_get_root_node(&l->own);
  if (!root) /* an empty file: nothing to load */
    return NULL;
  if (root->type != YAML_MAPPING_NODE) {
    err(l, root, "a catalog must be a mapping (catalog, version, rules, controls, ...)");
    return NULL;
  }
  return root;
}

void tmc_packed_unpack(const struct tmc_packed_doc *p, yaml_document_t *doc) {
  memset(doc, 0, sizeof *doc);
  yaml_node_t *nodes = tmc_xcalloc(p->n_nodes, sizeof *nodes);
  const uint32_t *v = p->nodes;
  for (uint32_t i = 0; i < p->n_nodes; i++, v += TMC_PK_FIELDS) {
    yaml_node_t *n = &nodes[i];
    n->type = (yaml_node_type_t)v[TMC_PK_TYPE];
    n->tag = (yaml_char_t *)(p->pool + v[TMC_PK_TAG]);
    switch (n->type) {
    case YAML_SCALAR_NODE:
      n->data.scalar.value = (yaml_char_t *)(p->pool + v[TMC_PK_A]);
      n->data.scalar.length = v[TMC_PK_B];
      n->data.scalar.style = (yaml_scalar_style_t)v[TMC_PK_STYLE];
      break;
    case YAML_SEQUENCE_NODE:
      n->data.sequence.items.start = (yaml_node_item_t *)(p->items + v[TMC_PK_A]);
      n->data.sequence.items.top = n->data.sequence.items.start + v[TMC_PK_B];
      n->data.sequence.items.end = n->data.sequence.items.top;
      n->data.sequence.style = (yaml_sequence_style_t)v[TMC_PK_STYLE];
      break;
    case YAML_MAPPING_NODE:
      n->data.mapping.pairs.start =
          (yaml_node_pair_t *)(p->pairs + 2 * (size_t)v[TMC_PK_A]);
      n->data.mapping.pairs.top = n->data.mapping.pairs.start + v[TMC_PK_B];
      n->data.mapping.pairs.end = n->data.mapping.pairs.top;
      n->data.mapping.style = (yaml_mapping_style_t)v[TMC_PK_STYLE];
      break;
    case YAML_NO_NODE:
      break;
    }
    n->start_mark =
        (yaml_mark_t){v[TMC_PK_START], v[TMC_PK_START + 1], v[TMC_PK_START + 2]};
    n->end_mark = (yaml_mark_t){v[TMC_PK_END], v[TMC_PK_END + 1], v[TMC_PK_END + 2]};
  }
  doc->nodes.start = nodes;
  doc->nodes.top = doc->nodes.end = nodes + p->n_nodes;
  doc->start_implicit = (int)p->marks[0];
  doc->end_implicit = (int)p->marks[1];
  doc->start_mark = (yaml_mark_t){p->marks[2], p->marks[3], p->marks[4]};
  doc->end_mark = (yaml_mark_t){p->marks[5], p->marks[6], p->marks[7]};
}

/* The packed document of the built-in file named name, or NULL (not packed,
 * or libyaml found no document in it: it is parsed at run time then). */
static const struct tmc_packed_doc *packed_doc(const char *name) {
  for (const struct tmc_packed_doc *p = tmc_packed_docs; p->name; p++)
    if (strcmp(p->name, name) == 0)
      return p->n_nodes ? p : NULL;
  return NULL;
}

/* open_doc for a built-in file: its packed document when there is one. */
static const yaml_node_t *open_embedded(ld *l, const struct tmc_embedded *e) {
  const struct tmc_packed_doc *p = packed_doc(e->name);
  if (!p)
    return open_doc(l, e->data, e->size);
  tmc_packed_unpack(p, &l->own);
  l->doc = &l->own;
  l->packed = true;
  yaml_node_t *root = yaml_document_get_root_node(&l->own);
  if (root->type != YAML_MAPPING_NODE) {
    err(l, root, "a catalog must be a mapping (catalog, version, rules, controls, ...)");
    return NULL;
  }
  return root;
}

static void phase_one(ld *l, const yaml_node_t *root) {
  yaml_node_t *k, *v;
  const char *name = NULL, *version = NULL;
  FOR_PAIRS(l, root, k, v) {
    const char *key = scalar(k);
    bool known = false;
    for (size_t i = 0; key && i < sizeof top_keys / sizeof *top_keys; i++)
      known |= strcmp(key, top_keys[i]) == 0;
    if (!known) {
      err(l, k,
          "unknown top-level key '%s' (catalog, version, rules, controls, references, "
          "data_classes, goals, hop_techniques, words, shapes, roles, sets, tools, "
          "validation, attributes, foreign_attributes, families)",
          key ? key : "?");
      continue;
    }
    if (strcmp(key, "catalog") == 0)
      name = str(l, v, key);
    else if (strcmp(key, "version") == 0)
      version = str(l, v, key);
    else if (strcmp(key, "references") == 0)
      load_refs(l, v);
    else if (strcmp(key, "data_classes") == 0)
      load_classes(l, v);
    else if (strcmp(key, "tools") == 0)
      tmc_vcat_load_tools(l, l->c->val, v);
    else if (strcmp(key, "families") == 0)
      load_families(l, v);
    else if (tmc_lexicon_is_section(key))
      l->errors += tmc_lexicon_load(l->c->lex, l->doc, key, v, l->file, l->d);
    else if (tmc_attrs_is_section(key))
      l->errors += tmc_attrs_load(l->c->attrs, l->doc, key, v, l->file, l->d);
    else if (strcmp(key, "rules") == 0 && v->type != YAML_SEQUENCE_NODE)
      err(l, v, "'rules' must be a list");
    else if (strcmp(key, "goals") == 0 && v->type != YAML_SEQUENCE_NODE)
      err(l, v, "'goals' must be a list");
    else if (strcmp(key, "hop_techniques") == 0 && v->type != YAML_SEQUENCE_NODE)
      err(l, v, "'hop_techniques' must be a list");
  }
  if (name) {
    const char *nv =
        version ? tmc_arena_printf(l->c->arena, "%s %s", name, version) : name;
    if (!tmc_strlist_has(&l->c->versions, nv))
      tmc_strlist_add(&l->c->versions, nv);
  }
}

/* Controls cite NIST subcategories, which may live in a later file than the
 * controls (catalogs/controls.yaml sorts before nist-ai-rmf.yaml), so they
 * load after every file's references and before any rule. */
static void phase_controls(ld *l, const yaml_node_t *root) {
  yaml_node_t *k, *v;
  FOR_PAIRS(l, root, k, v) {
    if (scalar(k) && strcmp(scalar(k), "controls") == 0)
      load_controls(l, v);
  }
}

/* A goal replaces the one with its id from an earlier file only when it comes
 * from a --catalog file. The array stays sorted so lookups work mid-load. */
static void add_goal(ld *l, const yaml_node_t *it) {
  tmc_catalog *c = l->c;
  tmc_goal *g = tmc_goal_load(l, it);
  if (!g)
    return;
  for (uint32_t i = 0; i < c->n_goals; i++) {
    tmc_goal *old = c->goals[i];
    if (strcmp(old->id, g->id) != 0)
      continue;
    if (!l->user || old->loc.file == l->file) {
      err(l, it, "duplicate goal id '%s' (first defined at %s:%u)", g->id, old->loc.file,
          old->loc.line);
      tmc_goal_free_lists(g);
    } else {
      tmc_goal_free_lists(old);
      c->goals[i] = g; /* the old goal's strings stay in the arena */
    }
    return;
  }
  TMC_PUSH(c->goals, c->n_goals, c->cap_goals);
  uint32_t i = c->n_goals - 1;
  while (i > 0 && strcmp(c->goals[i - 1]->id, g->id) > 0) {
    c->goals[i] = c->goals[i - 1];
    i--;
  }
  c->goals[i] = g;
}

/* A --catalog file's hop techniques go before the ones loaded so far, so
 * they are tried first; the built-in files keep their order. */
static void add_hop_techniques(ld *l, const yaml_node_t *v) {
  tmc_catalog *c = l->c;
  uint32_t at = l->user ? 0 : c->n_hop_techniques;
  yaml_node_t *it;
  FOR_ITEMS(l, v, it) {
    tmc_goal_step s;
    if (!tmc_hop_technique_load(l, it, &s))
      continue;
    TMC_PUSH(c->hop_techniques, c->n_hop_techniques, c->cap_hop_techniques);
    memmove(&c->hop_techniques[at + 1], &c->hop_techniques[at],
            (c->n_hop_techniques - 1 - at) * sizeof s);
    c->hop_techniques[at++] = s;
  }
}

uint32_t tmc_catalog_n_hop_techniques(const tmc_catalog *c) {
  return c ? c->n_hop_techniques : 0;
}
const tmc_goal_step *tmc_catalog_hop_technique_at(const tmc_catalog *c, uint32_t i) {
  return &c->hop_techniques[i];
}

static void phase_two(ld *l, const yaml_node_t *root) {
  yaml_node_t *k, *v, *it;
  FOR_PAIRS(l, root, k, v) {
    if (scalar(k) && strcmp(scalar(k), "validation") == 0)
      tmc_vcat_load_entries(l, l->c->val, v);
    if (scalar(k) && strcmp(scalar(k), "hop_techniques") == 0 &&
        v->type == YAML_SEQUENCE_NODE)
      add_hop_techniques(l, v);
    if (scalar(k) && strcmp(scalar(k), "goals") == 0 && v->type == YAML_SEQUENCE_NODE)
      FOR_ITEMS(l, v, it) {
        if (it->type != YAML_MAPPING_NODE)
          err(l, it, "a goal must be a mapping (id, title, target, ...)");
        else
          add_goal(l, it);
      }
    if (!scalar(k) || strcmp(scalar(k), "rules") != 0 || v->type != YAML_SEQUENCE_NODE)
      continue;
    FOR_ITEMS(l, v, it) {
      if (it->type != YAML_MAPPING_NODE)
        err(l, it, "a rule must be a mapping (id, title, applies_to, ...)");
      else
        load_rule(l, it);
    }
  }
}

static void finish(tmc_catalog *c) {
  if (c->n_rules) /* qsort(NULL, 0, ...) is undefined behaviour */
    qsort(c->rules, c->n_rules, sizeof *c->rules, cmp_rule);
  tmc_buf b = TMC_BUF_INIT;
  for (uint32_t i = 0; i < c->versions.n; i++)
    tmc_buf_printf(&b, "%s%s", i ? ", " : "", c->versions.v[i]);
  c->version = tmc_arena_strdup(c->arena, c->versions.n ? b.data : "none");
  tmc_buf_free(&b);
}

static int catalog_build(tmc_catalog **out, const struct tmc_embedded *embedded,
                         tmc_diags *d) {
  tmc_catalog *c = tmc_xcalloc(1, sizeof *c);
  c->arena = tmc_arena_new();
  c->lex = tmc_lexicon_new();
  c->val = tmc_vcat_new();
  c->attrs = tmc_attrs_new();
  c->version = "none";
  uint32_t n = 0;
  while (embedded[n].name)
    n++;
  ld *files = tmc_xcalloc(n ? n : 1, sizeof *files);
  const yaml_node_t **roots = tmc_xcalloc(n ? n : 1, sizeof *roots);
  int errors = 0;
  /* ATLAS first, then every file's citable tables, then every file's rules. */
  for (uint32_t i = 0; i < n; i++) {
    ld *l = &files[i];
    l->c = c;
    l->d = d;
    l->file = tmc_arena_printf(c->arena, "catalogs/%s", embedded[i].name);
    roots[i] = embedded == tmc_embedded_files
                   ? open_embedded(l, &embedded[i])
                   : open_doc(l, embedded[i].data, embedded[i].size);
    if (roots[i] && is_atlas_doc(l, roots[i])) {
      if (c->atlas.n_techniques)
        err(l, roots[i], "a second ATLAS data file");
      else
        load_atlas_doc(l, &c->atlas, roots[i]);
      roots[i] = NULL;
    }
  }
  for (uint32_t i = 0; i < n; i++)
    if (roots[i])
      phase_one(&files[i], roots[i]);
  tmc_lexicon_index(c->lex);
  for (uint32_t i = 0; i < n; i++)
    if (roots[i])
      phase_controls(&files[i], roots[i]);
  for (uint32_t i = 0; i < n; i++)
    if (roots[i])
      phase_two(&files[i], roots[i]);
  for (uint32_t i = 0; i < n; i++) {
    errors += files[i].errors;
    if (files[i].packed)
      free(files[i].own.nodes.start);
    else
      yaml_document_delete(&files[i].own);
  }
  free(files);
  free(roots);
  finish(c);
  errors += tmc_vcat_check(c, c->val, d);
  *out = c;
  return errors ? -1 : 0;
}

int tmc_catalog_new(tmc_catalog **out, tmc_diags *d) {
  return catalog_build(out, tmc_embedded_files, d);
}

int tmc_catalog_new_empty(tmc_catalog **out, tmc_diags *d) {
  static const struct tmc_embedded none[] = {{0, 0, 0}};
  return catalog_build(out, none, d);
}

static int read_whole(const char *path, char **data, size_t *size, tmc_diags *d) {
  FILE *f = fopen(path, "rb");
  tmc_buf b = TMC_BUF_INIT;
  char chunk[65536];
  size_t n;
  if (!f) {
    tmc_error(d, (tmc_loc){path, 0, 0}, "cannot open: %s", strerror(errno));
    return -1;
  }
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    tmc_buf_put(&b, chunk, n);
  bool bad = ferror(f);
  fclose(f);
  if (bad) {
    tmc_error(d, (tmc_loc){path, 0, 0}, "read error");
    tmc_buf_free(&b);
    return -1;
  }
  *size = b.len;
  *data = b.data ? tmc_buf_detach(&b) : tmc_xstrdup("");
  return 0;
}

int tmc_catalog_add_memory(tmc_catalog *c, const char *name, const char *data,
                           size_t size, tmc_diags *d) {
  ld l = {0};
  l.c = c;
  l.d = d;
  l.user = true;
  l.file = tmc_arena_strdup(c->arena, name);
  const yaml_node_t *root = open_doc(&l, data, size);
  if (root && is_atlas_doc(&l, root))
    err(&l, root, "this is ATLAS data: load it with --atlas, not --catalog");
  else if (root) {
    phase_one(&l, root);
    tmc_lexicon_index(c->lex);
    phase_controls(&l, root);
    phase_two(&l, root);
  }
  yaml_document_delete(&l.own);
  finish(c);
  l.errors += tmc_vcat_check(c, c->val, d);
  return l.errors ? -1 : 0;
}

int tmc_catalog_add_file(tmc_catalog *c, const char *path, tmc_diags *d) {
  char *data = NULL;
  size_t size = 0;
  if (read_whole(path, &data, &size, d) < 0)
    return -1;
  int rc = tmc_catalog_add_memory(c, path, data, size, d);
  free(data);
  return rc;
}

/* Every ATLAS id a rule or control cites must exist in the newly loaded data. */
static int recheck_atlas(tmc_catalog *c, const char *path, tmc_diags *d) {
  int errors = 0;
  for (uint32_t i = 0; i < c->n_rules; i++)
    for (uint32_t j = 0; j < c->rules[i]->atlas.n; j++)
      if (!tmc_catalog_technique(c, c->rules[i]->atlas.v[j])) {
        tmc_error(d, c->rules[i]->loc, "rule %s cites %s, which %s does not define",
                  c->rules[i]->id, c->rules[i]->atlas.v[j], path);
        errors++;
      }
  for (uint32_t i = 0; i < c->n_goals; i++) {
    const tmc_goal *g = c->goals[i];
    for (uint32_t j = 0; j < g->atlas.n + g->same_threat.n + g->n_atlas_if; j++) {
      const char *id = j < g->atlas.n ? g->atlas.v[j]
                       : j < g->atlas.n + g->same_threat.n
                           ? g->same_threat.v[j - g->atlas.n]
                           : g->atlas_if[j - g->atlas.n - g->same_threat.n].add;
      if (j >= g->atlas.n + g->same_threat.n &&
          g->atlas_if[j - g->atlas.n - g->same_threat.n].owasp)
        continue; /* an OWASP id: not ATLAS's to define */
      if (!tmc_catalog_technique(c, id)) {
        tmc_error(d, g->loc, "goal %s cites %s, which %s does not define", g->id, id,
                  path);
        errors++;
      }
    }
  }
  for (uint32_t i = 0; i < c->n_controls; i++)
    for (uint32_t j = 0; j < c->controls[i]->atlas.n; j++)
      if (!tmc_catalog_mitigation(c, c->controls[i]->atlas.v[j])) {
        tmc_error(d, c->controls[i]->loc, "control %s cites %s, which %s does not define",
                  c->controls[i]->id, c->controls[i]->atlas.v[j], path);
        errors++;
      }
  return errors ? -1 : 0;
}

int tmc_catalog_load_atlas_memory(tmc_catalog *c, const char *name, const char *data,
                                  size_t size, tmc_diags *d) {
  ld l = {0};
  l.c = c;
  l.d = d;
  l.user = true;
  l.file = tmc_arena_strdup(c->arena, name);
  atlas fresh = {0};
  const yaml_node_t *root = open_doc(&l, data, size);
  if (root && !is_atlas_doc(&l, root))
    err(&l, root, "not ATLAS data (no 'matrices' key)");
  else if (root)
    load_atlas_doc(&l, &fresh, root);
  else if (!l.errors)
    tmc_error(d, (tmc_loc){l.file, 0, 0}, "empty ATLAS file"), l.errors++;
  yaml_document_delete(&l.own);
  if (l.errors) {
    atlas_free(&fresh);
    return -1;
  }
  atlas_free(&c->atlas);
  c->atlas = fresh;
  return recheck_atlas(c, l.file, d);
}

int tmc_catalog_load_atlas(tmc_catalog *c, const char *path, tmc_diags *d) {
  char *data = NULL;
  size_t size = 0;
  if (read_whole(path, &data, &size, d) < 0)
    return -1;
  int rc = tmc_catalog_load_atlas_memory(c, path, data, size, d);
  free(data);
  return rc;
}

void tmc_catalog_free(tmc_catalog *c) {
  if (!c)
    return;
  atlas_free(&c->atlas);
  for (uint32_t i = 0; i < c->n_rules; i++)
    free_rule_lists(c->rules[i]);
  for (uint32_t i = 0; i < c->n_goals; i++)
    tmc_goal_free_lists(c->goals[i]);
  free(c->goals);
  for (uint32_t i = 0; i < c->n_hop_techniques; i++)
    tmc_goal_step_free(&c->hop_techniques[i]);
  free(c->hop_techniques);
  for (uint32_t i = 0; i < c->n_families; i++)
    tmc_strlist_free(&c->families[i].ids);
  free(c->families);
  for (uint32_t i = 0; i < c->n_controls; i++) {
    tmc_strlist_free(&c->controls[i]->aliases);
    tmc_strlist_free(&c->controls[i]->atlas);
    tmc_strlist_free(&c->controls[i]->nist);
  }
  for (uint32_t i = 0; i < c->n_classes; i++)
    tmc_strlist_free(&c->classes[i]->aliases);
  tmc_strlist_free(&c->versions);
  tmc_lexicon_free(c->lex);
  tmc_vcat_free(c->val);
  tmc_attrs_free(c->attrs);
  free(c->refs);
  free(c->controls);
  free(c->control_ix);
  free(c->classes);
  free(c->class_ix);
  free(c->rules);
  tmc_arena_free(c->arena);
  free(c);
}

/* ---- accessors ------------------------------------------------------------ */

const struct tmc_vcat *tmc_catalog_vcat(const tmc_catalog *c) {
  return c->val;
}

const tmc_attrs *tmc_catalog_attributes(const tmc_catalog *c) {
  return c ? c->attrs : tmc_attrs_builtin();
}

const tmc_lexicon *tmc_catalog_lexicon(const tmc_catalog *c) {
  return c ? c->lex : tmc_lexicon_builtin();
}

const char *tmc_catalog_version(const tmc_catalog *c) {
  return c->version;
}
const char *tmc_catalog_atlas_version(const tmc_catalog *c) {
  return c->atlas.version ? c->atlas.version : "none";
}
uint32_t tmc_catalog_n_rules(const tmc_catalog *c) {
  return c->n_rules;
}
const tmc_rule *tmc_catalog_rule_at(const tmc_catalog *c, uint32_t i) {
  return i < c->n_rules ? c->rules[i] : NULL;
}
uint32_t tmc_catalog_n_goals(const tmc_catalog *c) {
  return c->n_goals;
}
const tmc_goal *tmc_catalog_goal_at(const tmc_catalog *c, uint32_t i) {
  return i < c->n_goals ? c->goals[i] : NULL;
}
uint32_t tmc_catalog_n_tactics(const tmc_catalog *c) {
  return c->atlas.n_tactics;
}
const tmc_tactic *tmc_catalog_tactic_at(const tmc_catalog *c, uint32_t i) {
  return i < c->atlas.n_tactics ? &c->atlas.tactics[i] : NULL;
}
uint32_t tmc_catalog_n_techniques(const tmc_catalog *c) {
  return c->atlas.n_techniques;
}
const tmc_technique *tmc_catalog_technique_at(const tmc_catalog *c, uint32_t i) {
  return i < c->atlas.n_techniques ? &c->atlas.techniques[i] : NULL;
}
uint32_t tmc_catalog_n_mitigations(const tmc_catalog *c) {
  return c->atlas.n_mitigations;
}
const tmc_mitigation *tmc_catalog_mitigation_at(const tmc_catalog *c, uint32_t i) {
  return i < c->atlas.n_mitigations ? &c->atlas.mitigations[i] : NULL;
}
uint32_t tmc_catalog_n_case_studies(const tmc_catalog *c) {
  return c->atlas.n_studies;
}
const tmc_case_study *tmc_catalog_case_study_at(const tmc_catalog *c, uint32_t i) {
  return i < c->atlas.n_studies ? &c->atlas.studies[i] : NULL;
}
uint32_t tmc_catalog_n_refs(const tmc_catalog *c) {
  return c->n_refs;
}
const tmc_ref *tmc_catalog_ref_at(const tmc_catalog *c, uint32_t i) {
  return i < c->n_refs ? &c->refs[i] : NULL;
}
uint32_t tmc_catalog_n_controls(const tmc_catalog *c) {
  return c->n_controls;
}
const tmc_control *tmc_catalog_control_at(const tmc_catalog *c, uint32_t i) {
  return i < c->n_controls ? c->controls[i] : NULL;
}

/* Finds any id the catalog knows (ATLAS technique, mitigation, tactic or case
 * study; OWASP/CWE/CAPEC/NIST reference; control) and gives its display name
 * and page. Returns false when the id is unknown. */
static bool lookup_any(const tmc_catalog *c, const char *id, const char **name,
                       const char **url) {
  const tmc_technique *t = tmc_catalog_technique(c, id);
  const tmc_mitigation *m;
  const tmc_tactic *ta;
  const tmc_ref *r;
  const tmc_control *x;
  if (t) {
    *name = t->full_name, *url = t->url;
  } else if ((m = tmc_catalog_mitigation(c, id))) {
    *name = m->name, *url = m->url;
  } else if ((ta = tmc_catalog_tactic(c, id))) {
    *name = ta->name, *url = ta->url;
  } else if ((r = tmc_catalog_ref(c, id))) {
    *name = r->title, *url = r->url;
  } else if ((x = tmc_catalog_control(c, id))) {
    *name = x->title, *url = NULL;
  } else {
    for (uint32_t i = 0; id && i < c->atlas.n_studies; i++)
      if (strcmp(c->atlas.studies[i].id, id) == 0) {
        *name = c->atlas.studies[i].name, *url = c->atlas.studies[i].url;
        return true;
      }
    return false;
  }
  return true;
}

const char *tmc_catalog_url(const tmc_catalog *c, const char *id) {
  const char *name, *url;
  return lookup_any(c, id, &name, &url) ? url : NULL;
}

const char *tmc_catalog_name(const tmc_catalog *c, const char *id) {
  const char *name, *url;
  return lookup_any(c, id, &name, &url) ? name : NULL;
}

/* ---- for the other loaders of this module (catalog/load.h) --------------- */

yaml_node_t *tmc_ld_node(ld *l, int i) {
  return node(l, i);
}
tmc_arena *tmc_ld_arena(const ld *l) {
  return l->c->arena;
}
tmc_loc tmc_ld_at(const ld *l, const yaml_node_t *n) {
  return at(l, n);
}
void tmc_ld_err(ld *l, const yaml_node_t *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tmc_diag_vadd(l->d, TMC_DIAG_ERROR, at(l, n), fmt, ap);
  va_end(ap);
  l->errors++;
}
const char *tmc_ld_scalar(const yaml_node_t *n) {
  return scalar(n);
}

static bool names_section(const char *const *names, const char *data) {
  for (; *names; names++) {
    size_t n = strlen(*names);
    for (const char *p = data; (p = strstr(p, *names)); p += n)
      if ((p == data || p[-1] == '\n') && p[n] == ':')
        return true;
  }
  return false;
}

void tmc_ld_embedded_sections(const char *const *names, tmc_ld_section_fn load,
                              void *into) {
  tmc_diags d = TMC_DIAGS_INIT;
  int errors = 0;
  for (const struct tmc_embedded *f = tmc_embedded_files; f->name; f++) {
    if (!names_section(names, f->data))
      continue;
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
        for (const char *const *n = names; key && *n; n++)
          if (strcmp(key, *n) == 0)
            errors += load(into, &doc, key, yaml_document_get_node(&doc, q->value),
                           f->name, &d);
      }
    yaml_document_delete(&doc);
  }
  if (errors) {
    tmc_diags_print(&d, stderr, false);
    abort();
  }
  tmc_diags_free(&d);
}
const char *tmc_ld_str(ld *l, const yaml_node_t *n, const char *key) {
  return str(l, n, key);
}
const char *tmc_ld_text(ld *l, const yaml_node_t *n, const char *key) {
  return text(l, n, key);
}
bool tmc_ld_int(ld *l, const yaml_node_t *n, const char *key, int lo, int hi, int *out) {
  return get_int(l, n, key, lo, hi, out);
}
bool tmc_ld_bool(ld *l, const yaml_node_t *n, const char *key, bool *out) {
  return get_bool(l, n, key, out);
}
bool tmc_ld_valid_id(const char *s) {
  return valid_id(s);
}
void tmc_ld_each_item(ld *l, const yaml_node_t *n, const char *key, tmc_ld_item_fn fn,
                      void *ctx) {
  each_item(l, n, key, fn, ctx);
}
void tmc_ld_add_technique(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  add_technique_id(l, n, s, ctx);
}
void tmc_ld_add_ref(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  add_ref_id(l, n, s, ctx);
}
void tmc_ld_add_stride(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  add_stride(l, n, s, ctx);
}
void tmc_ld_add_plain(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  add_plain(l, n, s, ctx);
}
tmc_loc tmc_ld_text_at(const ld *l, const yaml_node_t *n) {
  tmc_loc loc = at(l, n);
  if (n->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
      n->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
    loc.col++;
  else if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
    loc.col = 0; /* block scalars: the text starts on a later line */
  return loc;
}
