/* validation.c - loads the `tools:` and `validation:` sections (see
 * validation.h and docs/catalog-format.md, "Validation"): every key checked,
 * every ATLAS and OWASP id checked against the loaded tables, every tool
 * named defined, every rule named a rule or goal of the catalog, errors at
 * file:line:col.
 *
 * The one idea: entries are kept in the order they are tried. A --catalog
 * file's entries go before the built-in ones, and one with a built-in
 * entry's id replaces it, so a team points a technique at its own tool by
 * adding one entry. */
#include "catalog/validation.h"

#include <stdlib.h>
#include <string.h>

#include "catalog/goals.h"
#include "catalog/load.h"

#define err tmc_ld_err
#define scalar tmc_ld_scalar

struct tmc_vcat {
  tmc_tool **tools; /* in load order; a --catalog tool replaces its namesake */
  uint32_t n_tools, cap_tools;
  tmc_validation **v; /* in the order they are tried */
  uint32_t n, cap;
  uint32_t n_user; /* the first n_user entries came from --catalog files */
};

struct tmc_vcat *tmc_vcat_new(void) {
  return tmc_xcalloc(1, sizeof(struct tmc_vcat));
}

static void entry_free(tmc_validation *e) {
  tmc_strlist_free(&e->rules);
  tmc_strlist_free(&e->techniques);
  tmc_strlist_free(&e->owasp);
  tmc_strlist_free(&e->attack);
}

void tmc_vcat_free(struct tmc_vcat *vc) {
  if (!vc)
    return;
  for (uint32_t i = 0; i < vc->n; i++)
    entry_free(vc->v[i]);
  free(vc->v);
  free(vc->tools);
  free(vc);
}

const char *tmc_vmode_name(tmc_vmode m) {
  switch (m) {
  case TMC_VMODE_ENDPOINT:
    return "endpoint";
  case TMC_VMODE_SANDBOX:
    return "sandbox";
  case TMC_VMODE_MANUAL:
    return "manual";
  }
  return "?";
}

/* ---- tools ------------------------------------------------------------------ */

static void load_tool(ld *l, struct tmc_vcat *vc, const yaml_node_t *it) {
  tmc_tool *t = tmc_arena_alloc(tmc_ld_arena(l), sizeof *t);
  memset(t, 0, sizeof *t);
  t->loc = tmc_ld_at(l, it);
  yaml_node_t *k, *v;
  int before = l->errors;
  FOR_PAIRS(l, it, k, v) {
    const char *key = scalar(k);
    if (!key)
      err(l, k, "keys must be strings");
    else if (strcmp(key, "id") == 0)
      t->id = tmc_ld_str(l, v, key);
    else if (strcmp(key, "title") == 0)
      t->title = tmc_ld_text(l, v, key);
    else if (strcmp(key, "version") == 0)
      t->version = tmc_ld_str(l, v, key);
    else if (strcmp(key, "url") == 0)
      t->url = tmc_ld_str(l, v, key);
    else if (strcmp(key, "checked") == 0)
      t->checked = tmc_ld_text(l, v, key);
    else
      err(l, k, "unknown tool key '%s' (id, title, version, url, checked)", key);
  }
  if (l->errors > before)
    return;
  if (!t->id || !tmc_ld_valid_id(t->id) || !t->title) {
    err(l, it, "a tool needs an id (letters, digits, '-', '_') and a title");
    return;
  }
  for (uint32_t i = 0; i < vc->n_tools; i++)
    if (strcmp(vc->tools[i]->id, t->id) == 0) {
      if (!l->user || vc->tools[i]->loc.file == l->file)
        err(l, it, "duplicate tool id '%s' (first defined at %s:%u)", t->id,
            vc->tools[i]->loc.file, vc->tools[i]->loc.line);
      else
        vc->tools[i] = t; /* entries keep pointing at the old one's strings */
      return;
    }
  *TMC_PUSH(vc->tools, vc->n_tools, vc->cap_tools) = t;
}

void tmc_vcat_load_tools(ld *l, struct tmc_vcat *vc, const yaml_node_t *seq) {
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'tools' must be a list");
    return;
  }
  yaml_node_t *it;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE)
      err(l, it, "a tool must be a mapping (id, title, version, url, checked)");
    else
      load_tool(l, vc, it);
  }
}

static const tmc_tool *find_tool(const struct tmc_vcat *vc, const char *id) {
  for (uint32_t i = 0; id && i < vc->n_tools; i++)
    if (strcmp(vc->tools[i]->id, id) == 0)
      return vc->tools[i];
  return NULL;
}

/* ---- entries ---------------------------------------------------------------- */

static void add_rule_name(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  if (!tmc_ld_valid_id(s))
    err(l, n, "'%s' is not a rule id", s);
  else
    tmc_ld_add_plain(l, n, s, ctx);
}

static bool parse_mode(const char *s, tmc_vmode *out) {
  for (int m = TMC_VMODE_ENDPOINT; m <= TMC_VMODE_MANUAL; m++)
    if (s && strcmp(s, tmc_vmode_name((tmc_vmode)m)) == 0)
      return *out = (tmc_vmode)m, true;
  return false;
}

static tmc_validation *load_entry(ld *l, struct tmc_vcat *vc, const yaml_node_t *it) {
  tmc_validation *e = tmc_arena_alloc(tmc_ld_arena(l), sizeof *e);
  memset(e, 0, sizeof *e);
  e->loc = tmc_ld_at(l, it);
  e->user = l->user;
  e->mode = TMC_VMODE_ENDPOINT;
  const yaml_node_t *tool_node = NULL, *mode_node = NULL;
  yaml_node_t *k, *v;
  int before = l->errors;
  FOR_PAIRS(l, it, k, v) {
    const char *key = scalar(k);
    tmc_ld_ids ids = {key, NULL, l->c};
    if (!key)
      err(l, k, "keys must be strings");
    else if (strcmp(key, "id") == 0)
      e->id = tmc_ld_str(l, v, key);
    else if (strcmp(key, "title") == 0)
      e->title = tmc_ld_text(l, v, key);
    else if (strcmp(key, "rules") == 0)
      tmc_ld_each_item(l, v, key, add_rule_name, &e->rules);
    else if (strcmp(key, "techniques") == 0)
      ids.out = &e->techniques, tmc_ld_each_item(l, v, key, tmc_ld_add_technique, &ids);
    else if (strcmp(key, "owasp") == 0)
      ids.out = &e->owasp, tmc_ld_each_item(l, v, key, tmc_ld_add_ref, &ids);
    else if (strcmp(key, "tool") == 0)
      tool_node = v;
    else if (strcmp(key, "mode") == 0)
      mode_node = v;
    else if (strcmp(key, "module") == 0)
      e->module = tmc_ld_str(l, v, key);
    else if (strcmp(key, "attack") == 0)
      tmc_ld_each_item(l, v, key, tmc_ld_add_plain, &e->attack);
    else if (strcmp(key, "probes") == 0)
      e->probes = tmc_ld_str(l, v, key);
    else if (strcmp(key, "detector") == 0)
      e->detector = tmc_ld_text(l, v, key);
    else if (strcmp(key, "success") == 0)
      e->success = tmc_ld_text(l, v, key);
    else
      err(l, k,
          "unknown validation key '%s' (id, title, rules, techniques, owasp, tool, "
          "mode, module, attack, probes, detector, success)",
          key);
  }
  if (!e->id || !tmc_ld_valid_id(e->id) || !e->title || !e->success) {
    err(l, it, "a validation entry needs an id, a title and what 'success' means");
  } else if (!e->rules.n && !e->techniques.n && !e->owasp.n) {
    err(l, it, "validation %s names no rule, technique or OWASP id to test", e->id);
  } else if (!tool_node) {
    err(l, it, "validation %s names no tool (a 'tools:' id, or manual)", e->id);
  } else if (!(e->tool = find_tool(vc, scalar(tool_node)))) {
    err(l, tool_node, "unknown tool '%s' (tools are defined under 'tools:')",
        scalar(tool_node) ? scalar(tool_node) : "?");
  } else if (mode_node && !parse_mode(scalar(mode_node), &e->mode)) {
    err(l, mode_node, "'mode' must be endpoint, sandbox or manual");
  } else {
    if (strcmp(e->tool->id, "manual") == 0)
      e->mode = TMC_VMODE_MANUAL;
    if (e->mode != TMC_VMODE_MANUAL && !e->attack.n)
      err(l, it, "validation %s names no probe, attack or scenario ('attack')", e->id);
    else if (e->mode == TMC_VMODE_MANUAL && strcmp(e->tool->id, "manual") != 0)
      err(l, mode_node, "mode manual goes with tool manual");
  }
  if (l->errors > before) {
    entry_free(e);
    return NULL;
  }
  return e;
}

void tmc_vcat_load_entries(ld *l, struct tmc_vcat *vc, const yaml_node_t *seq) {
  if (seq->type != YAML_SEQUENCE_NODE) {
    err(l, seq, "'validation' must be a list");
    return;
  }
  yaml_node_t *it;
  FOR_ITEMS(l, seq, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it, "a validation entry must be a mapping (id, title, tool, ...)");
      continue;
    }
    tmc_validation *e = load_entry(l, vc, it);
    if (!e)
      continue;
    uint32_t old = TMC_NONE;
    for (uint32_t i = 0; i < vc->n && old == TMC_NONE; i++)
      if (strcmp(vc->v[i]->id, e->id) == 0)
        old = i;
    if (old != TMC_NONE && (!l->user || vc->v[old]->loc.file == l->file)) {
      err(l, it, "duplicate validation id '%s' (first defined at %s:%u)", e->id,
          vc->v[old]->loc.file, vc->v[old]->loc.line);
      entry_free(e);
      continue;
    }
    if (old != TMC_NONE) { /* a user's entry replaces the one it names */
      entry_free(vc->v[old]);
      memmove(&vc->v[old], &vc->v[old + 1], (vc->n - old - 1) * sizeof *vc->v);
      vc->n--;
      if (old < vc->n_user)
        vc->n_user--;
    }
    /* Built-in entries append; a user's go after the earlier users' ones and
     * before every built-in one. */
    uint32_t at = l->user ? vc->n_user++ : vc->n;
    TMC_PUSH(vc->v, vc->n, vc->cap);
    memmove(&vc->v[at + 1], &vc->v[at], (vc->n - 1 - at) * sizeof *vc->v);
    vc->v[at] = e;
  }
}

/* Rules are sorted only when a file is done, so the rule names are checked
 * then: an entry naming a rule no catalog has would never be used. */
int tmc_vcat_check(const tmc_catalog *c, const struct tmc_vcat *vc, tmc_diags *d) {
  int errors = 0;
  for (uint32_t i = 0; i < vc->n; i++)
    for (uint32_t j = 0; j < vc->v[i]->rules.n; j++) {
      const char *r = vc->v[i]->rules.v[j];
      if (!tmc_catalog_rule(c, r) && !tmc_catalog_goal(c, r)) {
        tmc_error(d, vc->v[i]->loc, "validation %s names rule '%s', which no catalog has",
                  vc->v[i]->id, r);
        errors++;
      }
    }
  return errors;
}

/* ---- lookups ---------------------------------------------------------------- */

uint32_t tmc_catalog_n_validations(const tmc_catalog *c) {
  return c ? tmc_catalog_vcat(c)->n : 0;
}
const tmc_validation *tmc_catalog_validation_at(const tmc_catalog *c, uint32_t i) {
  return tmc_catalog_vcat(c)->v[i];
}
const tmc_validation *tmc_catalog_validation(const tmc_catalog *c, const char *id) {
  const struct tmc_vcat *vc = c ? tmc_catalog_vcat(c) : NULL;
  for (uint32_t i = 0; vc && id && i < vc->n; i++)
    if (strcmp(vc->v[i]->id, id) == 0)
      return vc->v[i];
  return NULL;
}
uint32_t tmc_catalog_n_tools(const tmc_catalog *c) {
  return c ? tmc_catalog_vcat(c)->n_tools : 0;
}
const tmc_tool *tmc_catalog_tool_at(const tmc_catalog *c, uint32_t i) {
  return tmc_catalog_vcat(c)->tools[i];
}
const tmc_tool *tmc_catalog_tool(const tmc_catalog *c, const char *id) {
  return c ? find_tool(tmc_catalog_vcat(c), id) : NULL;
}

/* Does entry technique t cover the finding's technique f: the same, or f is
 * a sub-technique of t ("AML.T0051.001" under "AML.T0051")? */
static bool covers(const char *t, const char *f) {
  size_t n = strlen(t);
  return strncmp(t, f, n) == 0 && (f[n] == '\0' || f[n] == '.');
}

const tmc_validation *tmc_catalog_validation_for(const tmc_catalog *c, const char *rule,
                                                 const tmc_strlist *atlas,
                                                 const tmc_strlist *owasp) {
  const struct tmc_vcat *vc = c ? tmc_catalog_vcat(c) : NULL;
  if (!vc)
    return NULL;
  for (uint32_t i = 0; rule && i < vc->n; i++)
    if (tmc_strlist_has(&vc->v[i]->rules, rule))
      return vc->v[i];
  /* The finding's own technique order: its first technique is its main one.
   * An exact match anywhere beats a parent's match. */
  for (int exact = 1; exact >= 0; exact--)
    for (uint32_t a = 0; atlas && a < atlas->n; a++)
      for (uint32_t i = 0; i < vc->n; i++)
        for (uint32_t t = 0; t < vc->v[i]->techniques.n; t++) {
          const char *et = vc->v[i]->techniques.v[t];
          if (exact ? strcmp(et, atlas->v[a]) == 0 : covers(et, atlas->v[a]))
            return vc->v[i];
        }
  for (uint32_t o = 0; owasp && o < owasp->n; o++)
    for (uint32_t i = 0; i < vc->n; i++)
      if (tmc_strlist_has(&vc->v[i]->owasp, owasp->v[o]))
        return vc->v[i];
  return NULL;
}
