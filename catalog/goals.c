/* goals.c - loads one entry of a catalog's `goals:` section (see goals.h and
 * docs/catalog-format.md): its ids checked against ATLAS and the reference
 * tables, its target, step and atlas_if conditions compiled by the condition
 * language, every error at file:line:col.
 *
 * The one idea: a goal is read into a fresh record and handed back only when
 * nothing in it was wrong; catalog.c stores, sorts and overrides goals the
 * way it does rules. */
#include "catalog/goals.h"

#include <stdlib.h>
#include <string.h>

#include "catalog/cond.h"
#include "catalog/lexicon.h"
#include "catalog/load.h"

#define err tmc_ld_err
#define scalar tmc_ld_scalar

/* The aims for a message, ", "-separated: ", exfiltrate, ..." (skip 2). */
#define AIM_LISTED(a, words) ", " #a
static const char aim_list[] = TMC_GOAL_AIMS(AIM_LISTED);
#undef AIM_LISTED

/* Compiles the condition scalar n for the given targets; NULL after an error
 * (counted in l->errors). */
static struct tmc_cond *cond(ld *l, const yaml_node_t *n, unsigned targets,
                             const char **text) {
  const char *t = scalar(n);
  if (!t || !*t) {
    err(l, n, "a condition must be a non-empty string");
    return NULL;
  }
  struct tmc_cond *out = NULL;
  uint32_t before = l->d->errors;
  if (text)
    *text = tmc_trim(tmc_arena_strdup(tmc_ld_arena(l), t));
  tmc_cond_resolver names = tmc_ld_names(l->c);
  if (tmc_cond_parse(&out, t, targets, &names, tmc_ld_arena(l), tmc_ld_text_at(l, n),
                     l->d) < 0) {
    l->errors += l->d->errors > before ? (int)(l->d->errors - before) : 1;
    return NULL;
  }
  return out;
}

static void add_word(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  (void)n;
  tmc_strlist *out = ctx;
  if (!tmc_strlist_has(out, s))
    tmc_strlist_add(out, tmc_arena_strdup(tmc_ld_arena(l), s));
}

/* An aims item: its bit into the unsigned ctx; an unknown aim is an error. */
static void add_aim(ld *l, const yaml_node_t *n, const char *s, void *ctx) {
  unsigned bit = tmc_goal_aim_bit(s);
  if (!bit)
    err(l, n, "unknown aim '%s' (%s)", s, aim_list + 2);
  *(unsigned *)ctx |= bit;
}

/* The aims of mask in words for --explain: ", on a path whose goal is to
 * exfiltrate data or steal credentials". */
static void aims_text(tmc_buf *b, const char *what, unsigned mask) {
#define AIM_WORDS(a, words) words,
  static const char *const aims[] = {TMC_GOAL_AIMS(AIM_WORDS)};
#undef AIM_WORDS
  if (!mask)
    return;
  tmc_buf_printf(b, "%s%s ", b->len ? ", " : "", what);
  bool first = true;
  for (size_t i = 0; i < sizeof aims / sizeof *aims; i++)
    if (mask & (1u << i)) {
      tmc_buf_printf(b, "%s%s", first ? "" : " or ", aims[i]);
      first = false;
    }
}

static void words_text(tmc_buf *b, const char *what, const tmc_strlist *w) {
  if (!w->n)
    return;
  tmc_buf_printf(b, "%sname %s ", b->len ? " and " : "", what);
  for (uint32_t i = 0; i < w->n; i++)
    tmc_buf_printf(b, "%s%s", i ? "|" : "", w->v[i]);
}

/* A step's reference to a word list of words.yaml by its key ("model_sources"):
 * the list, or -1 after an error naming the lists there are. Goals share the
 * lists with the other passes so a word is added in one place. */
static int word_list(ld *l, const yaml_node_t *v, const char *key) {
  static const char *const keys[] = {
#define TMC_WORD_LIST_KEY(name, k) k,
      TMC_WORD_LISTS(TMC_WORD_LIST_KEY)
#undef TMC_WORD_LIST_KEY
  };
  const char *s = scalar(v);
  for (int i = 0; s && i < TMC_WORD_LIST_COUNT; i++)
    if (strcmp(s, keys[i]) == 0)
      return i;
  tmc_buf b = TMC_BUF_INIT;
  for (int i = 0; i < TMC_WORD_LIST_COUNT; i++)
    tmc_buf_printf(&b, "%s%s", i ? ", " : "", keys[i]);
  char *lists = tmc_buf_detach(&b);
  err(l, v, "%s names a word list of words.yaml (%s)", key, lists ? lists : "");
  free(lists);
  return -1;
}

static void list_text(tmc_buf *b, const char *what, int list) {
  static const char *const keys[] = {
#define TMC_WORD_LIST_KEY(name, k) k,
      TMC_WORD_LISTS(TMC_WORD_LIST_KEY)
#undef TMC_WORD_LIST_KEY
  };
  if (list >= 0)
    tmc_buf_printf(b, "%sname %s a word of the %s list", b->len ? " and " : "", what,
                   keys[list]);
}

/* A step's technique: an ATLAS technique id or a CAPEC id (a classic step);
 * the catalog's copy of the id, or NULL after an error. */
static const char *technique(ld *l, const yaml_node_t *v) {
  const char *id = scalar(v);
  tmc_strlist one = {0};
  bool capec = id && strncmp(id, "CAPEC-", 6) == 0;
  tmc_ld_ids ck = {capec ? "capec" : "atlas", &one, l->c};
  if (!id || !*id)
    err(l, v, "'technique' must be an ATLAS technique id or a CAPEC id");
  else if (capec)
    tmc_ld_add_ref(l, v, id, &ck);
  else
    tmc_ld_add_technique(l, v, id, &ck);
  const char *out = one.n ? tmc_arena_strdup(tmc_ld_arena(l), one.v[0]) : NULL;
  tmc_strlist_free(&one);
  return out;
}

/* A step's tactic: an ATLAS tactic id (AML.TA0004). */
static const char *tactic(ld *l, const yaml_node_t *v) {
  const char *id = scalar(v);
  const tmc_tactic *t = id ? tmc_catalog_tactic(l->c, id) : NULL;
  if (!t)
    err(l, v, "'tactic' names no ATLAS tactic ('%s'; ids look like AML.TA0004)",
        id ? id : "?");
  return t ? tmc_arena_strdup(tmc_ld_arena(l), t->id) : NULL;
}

/* A step's control: a controls.yaml id, as the cut sets and the plan name it. */
static const char *control(ld *l, const yaml_node_t *v) {
  const char *id = scalar(v);
  const tmc_control *c = id ? tmc_catalog_control_id(l->c, id) : NULL;
  if (!c)
    err(l, v, "'control' names no control of controls.yaml ('%s')", id ? id : "?");
  return c ? c->id : NULL;
}

static void free_step(tmc_goal_step *s) {
  tmc_strlist_free(&s->name_has);
  tmc_strlist_free(&s->name_lacks);
}

/* One step of a pattern into s; false after an error. */
static bool load_step(ld *l, const yaml_node_t *n, tmc_goal_step *s) {
  int errors = l->errors;
  const char *when_text = NULL, *via_text = NULL, *from_text = NULL, *path_text = NULL,
             *entry_text = NULL, *earlier_text = NULL, *later_text = NULL,
             *later_none_text = NULL, *earlier_none_text = NULL;
  yaml_node_t *k, *v;
  memset(s, 0, sizeof *s);
  s->against_flow = -1;
  s->name_says = s->name_never_says = s->zone_says = s->zone_never_says = -1;
  if (n->type != YAML_MAPPING_NODE) {
    err(l, n,
        "a hop step must be a mapping (when, via, from, path_has, entry, earlier, "
        "earlier_none, later, later_none, at_entry, after, before, also, with, aims, "
        "aims_not, "
        "against_flow, "
        "name_has, name_lacks, name_says, name_never_says, zone_says, zone_never_says, "
        "optional, repeat, technique, tactic, control; {} is any element)");
    return false;
  }
  FOR_PAIRS(l, n, k, v) {
    const char *key = scalar(k);
    bool b = false;
    if (!key)
      err(l, k, "step keys must be strings");
    else if (strcmp(key, "when") == 0)
      s->when = cond(l, v, TMC_COND_ELEMENT, &when_text);
    else if (strcmp(key, "via") == 0)
      s->via = cond(l, v, TMC_COND_FLOW, &via_text);
    else if (strcmp(key, "from") == 0)
      s->from = cond(l, v, TMC_COND_ELEMENT, &from_text);
    else if (strcmp(key, "path_has") == 0)
      s->path_has = cond(l, v, TMC_COND_ELEMENT, &path_text);
    else if (strcmp(key, "entry") == 0)
      s->entry = cond(l, v, TMC_COND_ELEMENT, &entry_text);
    else if (strcmp(key, "earlier") == 0)
      s->earlier = cond(l, v, TMC_COND_ELEMENT, &earlier_text);
    else if (strcmp(key, "later") == 0)
      s->later = cond(l, v, TMC_COND_ELEMENT, &later_text);
    else if (strcmp(key, "earlier_none") == 0)
      s->earlier_none = cond(l, v, TMC_COND_ELEMENT, &earlier_none_text);
    else if (strcmp(key, "later_none") == 0)
      s->later_none = cond(l, v, TMC_COND_ELEMENT, &later_none_text);
    else if (strcmp(key, "at_entry") == 0)
      tmc_ld_bool(l, v, key, &s->at_entry);
    else if (strcmp(key, "after") == 0)
      s->after = technique(l, v);
    else if (strcmp(key, "before") == 0)
      s->before = technique(l, v);
    else if (strcmp(key, "also") == 0)
      tmc_ld_bool(l, v, key, &s->also);
    else if (strcmp(key, "beside") == 0)
      tmc_ld_bool(l, v, key, &s->beside);
    else if (strcmp(key, "with") == 0)
      s->with = technique(l, v);
    else if (strcmp(key, "aims") == 0)
      tmc_ld_each_item(l, v, key, add_aim, &s->aims);
    else if (strcmp(key, "aims_not") == 0)
      tmc_ld_each_item(l, v, key, add_aim, &s->aims_not);
    else if (strcmp(key, "technique") == 0)
      s->technique = technique(l, v);
    else if (strcmp(key, "tactic") == 0)
      s->tactic = tactic(l, v);
    else if (strcmp(key, "control") == 0) {
      /* none: the attacker is entitled to take the hop (a member of the
       * public opening the service anyone can use): no change there breaks
       * the path, and the cut sets look further along it. */
      if (scalar(v) && strcmp(scalar(v), "none") == 0)
        s->no_control = true;
      else
        s->control = control(l, v);
    } else if (strcmp(key, "against_flow") == 0) {
      if (tmc_ld_bool(l, v, key, &b))
        s->against_flow = b;
    } else if (strcmp(key, "name_has") == 0)
      tmc_ld_each_item(l, v, key, add_word, &s->name_has);
    else if (strcmp(key, "name_lacks") == 0)
      tmc_ld_each_item(l, v, key, add_word, &s->name_lacks);
    else if (strcmp(key, "name_says") == 0)
      s->name_says = word_list(l, v, key);
    else if (strcmp(key, "name_never_says") == 0)
      s->name_never_says = word_list(l, v, key);
    else if (strcmp(key, "zone_says") == 0)
      s->zone_says = word_list(l, v, key);
    else if (strcmp(key, "zone_never_says") == 0)
      s->zone_never_says = word_list(l, v, key);
    else if (strcmp(key, "optional") == 0)
      tmc_ld_bool(l, v, key, &s->optional);
    else if (strcmp(key, "repeat") == 0)
      tmc_ld_bool(l, v, key, &s->repeat);
    else
      err(l, k,
          "unknown key '%s' in a hop step (when, via, from, path_has, entry, earlier, "
          "earlier_none, later, later_none, at_entry, after, before, also, with, aims, "
          "aims_not, "
          "against_flow, "
          "name_has, name_lacks, name_says, name_never_says, zone_says, zone_never_says, "
          "optional, repeat, technique, tactic, control)",
          key);
  }
  if ((s->tactic || s->control || s->no_control) && !s->technique && l->errors == errors)
    err(l, n, "a hop step with a tactic or control needs its technique");
  if ((s->aims & s->aims_not) && l->errors == errors)
    err(l, n, "an aim is both in 'aims' and in 'aims_not'");
  /* Later hops' techniques are known only to the second techniques, tried
   * after every hop has its own. */
  if ((s->before && !s->also) && l->errors == errors)
    err(l, n,
        "'before' is for 'also' items (a later hop's own technique): add also: true");
  if ((s->beside && !s->also) && l->errors == errors)
    err(l, n, "'beside' is for 'also' items (a further technique): add also: true");
  if ((s->with && !s->also) && l->errors == errors)
    err(l, n, "'with' names the hop's own technique of an 'also' item: add also: true");
  /* No hop leads into the entry: a test of one would never hold. */
  if (s->at_entry &&
      (s->via || s->from || s->earlier || s->after || s->against_flow >= 0) &&
      l->errors == errors)
    err(l, n,
        "a step at_entry tests the entry itself: no via, from, earlier, after or "
        "against_flow");
  tmc_buf b = TMC_BUF_INIT;
  if (when_text)
    tmc_buf_puts(&b, when_text);
  words_text(&b, "has", &s->name_has);
  words_text(&b, "lacks", &s->name_lacks);
  list_text(&b, "says", s->name_says);
  list_text(&b, "never says", s->name_never_says);
  list_text(&b, "or a zone around it says", s->zone_says);
  list_text(&b, "nor a zone around it says", s->zone_never_says);
  if (from_text)
    tmc_buf_printf(&b, "%sfrom an element where %s", b.len ? ", " : "", from_text);
  if (via_text)
    tmc_buf_printf(&b, "%svia a flow where %s", b.len ? ", " : "", via_text);
  if (path_text)
    tmc_buf_printf(&b, "%son a path with an element where %s", b.len ? ", " : "",
                   path_text);
  if (entry_text)
    tmc_buf_printf(&b, "%son a path whose entry is where %s", b.len ? ", " : "",
                   entry_text);
  if (earlier_text)
    tmc_buf_printf(&b, "%safter an element where %s", b.len ? ", " : "", earlier_text);
  if (later_text)
    tmc_buf_printf(&b, "%sbefore an element where %s", b.len ? ", " : "", later_text);
  if (earlier_none_text)
    tmc_buf_printf(&b, "%safter no element where %s", b.len ? ", " : "",
                   earlier_none_text);
  if (later_none_text)
    tmc_buf_printf(&b, "%sbefore no element where %s", b.len ? ", " : "",
                   later_none_text);
  if (s->at_entry)
    tmc_buf_printf(&b, "%sat the path's entry", b.len ? ", " : "");
  if (s->after)
    tmc_buf_printf(&b, "%safter a hop by %s", b.len ? ", " : "", s->after);
  if (s->before)
    tmc_buf_printf(&b, "%sbefore a hop by %s", b.len ? ", " : "", s->before);
  if (s->also)
    tmc_buf_printf(&b, "%salso%s, on a hop by %s", b.len ? ", " : "",
                   s->beside ? " (beside another)" : "",
                   s->with ? s->with : "any technique");
  aims_text(&b, "on a path whose goal is to", s->aims);
  aims_text(&b, "on a path whose goal is not to", s->aims_not);
  if (s->against_flow >= 0)
    tmc_buf_printf(&b, "%s%s the flow", b.len ? ", " : "",
                   s->against_flow ? "against" : "along");
  const char *mark = s->optional && s->repeat ? "*"
                     : s->optional            ? "?"
                     : s->repeat              ? "+"
                                              : "";
  if (!b.len)
    tmc_buf_puts(&b, "any");
  s->text = b.len > 3 && *mark ? tmc_arena_printf(tmc_ld_arena(l), "(%s)%s", b.data, mark)
                               : tmc_arena_printf(tmc_ld_arena(l), "%s%s", b.data, mark);
  tmc_buf_free(&b);
  if (l->errors != errors) {
    free_step(s);
    return false;
  }
  return true;
}

/* A list of steps into p; false after an error. */
static bool load_hops(ld *l, const yaml_node_t *n, tmc_goal_pattern *p) {
  if (n->type != YAML_SEQUENCE_NODE) {
    err(l, n, "'hops' must be a list of steps");
    return false;
  }
  uint32_t cap = 0;
  bool ok = true;
  yaml_node_t *it;
  FOR_ITEMS(l, n, it) {
    if (p->n_steps == TMC_GOAL_MAX_STEPS) {
      err(l, it, "a hop pattern may have at most %d steps", TMC_GOAL_MAX_STEPS);
      ok = false;
      break;
    }
    tmc_goal_step s;
    if (!load_step(l, it, &s))
      ok = false;
    else if (s.after || s.aims || s.aims_not) { /* matched before any hop has a
                                                  technique, or the path a goal */
      err(l, it, "'%s' is for hop_techniques items, not a goal's hop steps",
          s.after  ? "after"
          : s.aims ? "aims"
                   : "aims_not");
      free_step(&s);
      ok = false;
    } else
      *TMC_PUSH(p->steps, p->n_steps, cap) = s;
  }
  if (ok && !p->n_steps) {
    err(l, n, "a hop pattern needs at least one step");
    ok = false;
  }
  return ok;
}

static void load_patterns(ld *l, const yaml_node_t *n, tmc_goal *g, uint32_t *cap) {
  if (n->type != YAML_SEQUENCE_NODE) {
    err(l, n, "'patterns' must be a list of {hops: [...]}");
    return;
  }
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, n, it) {
    const yaml_node_t *hops = NULL;
    if (it->type == YAML_MAPPING_NODE)
      FOR_PAIRS(l, it, k, v) {
        if (scalar(k) && strcmp(scalar(k), "hops") == 0)
          hops = v;
        else
          err(l, k, "unknown key '%s' in a pattern (hops)", scalar(k) ? scalar(k) : "?");
      }
    if (!hops) {
      err(l, it, "a pattern must be a mapping with 'hops'");
      continue;
    }
    tmc_goal_pattern p = {0};
    if (load_hops(l, hops, &p))
      *TMC_PUSH(g->patterns, g->n_patterns, *cap) = p;
  }
}

static void load_atlas_if(ld *l, const yaml_node_t *n, tmc_goal *g) {
  if (n->type != YAML_SEQUENCE_NODE) {
    err(l, n, "'atlas_if' must be a list");
    return;
  }
  uint32_t cap = 0;
  yaml_node_t *it, *k, *v;
  FOR_ITEMS(l, n, it) {
    if (it->type != YAML_MAPPING_NODE) {
      err(l, it,
          "an atlas_if item must be a mapping (entry or any_hop, add, instead_of)");
      continue;
    }
    tmc_goal_atlas_if a = {0};
    const yaml_node_t *add = NULL, *instead = NULL;
    int errors = l->errors, tests = 0;
    FOR_PAIRS(l, it, k, v) {
      const char *key = scalar(k);
      if (key && (strcmp(key, "entry") == 0 || strcmp(key, "any_hop") == 0)) {
        a.on_entry = key[0] == 'e';
        a.when = cond(l, v, TMC_COND_ELEMENT, &a.when_text);
        tests++;
      } else if (key && strcmp(key, "add") == 0)
        add = v;
      else if (key && strcmp(key, "instead_of") == 0)
        instead = v;
      else
        err(l, k, "unknown key '%s' in atlas_if (entry, any_hop, add, instead_of)",
            key ? key : "?");
    }
    if (tests != 1)
      err(l, it, "an atlas_if item needs one of 'entry' or 'any_hop'");
    tmc_strlist one = {0};
    /* An OWASP id (LLM03:2025, ML06:2023) goes to the finding's OWASP list:
     * an LLM id only where the path has an LLM. */
    a.owasp = add && scalar(add) && strncmp(scalar(add), "AML.", 4) != 0;
    tmc_ld_ids ck = {a.owasp ? "owasp" : "atlas", &one, l->c};
    const tmc_strlist *own = a.owasp ? &g->owasp : &g->atlas;
    if (!add || !scalar(add))
      err(l, it, "an atlas_if item needs 'add' (an ATLAS technique or OWASP id)");
    else if (a.owasp) {
      tmc_ld_add_ref(l, add, scalar(add), &ck);
      a.add = one.n ? one.v[0] : NULL;
    } else {
      tmc_ld_add_technique(l, add, scalar(add), &ck);
      a.add = one.n ? one.v[0] : NULL;
    }
    if (instead && !scalar(instead))
      err(l, instead, "'instead_of' must be an id of the goal's 'atlas' or 'owasp'");
    else if (instead && !tmc_strlist_has(own, scalar(instead)))
      err(l, instead, "'instead_of' names '%s', which the goal's '%s' lacks",
          scalar(instead), a.owasp ? "owasp" : "atlas");
    else if (instead)
      for (uint32_t i = 0; i < own->n; i++)
        if (strcmp(own->v[i], scalar(instead)) == 0)
          a.instead_of = own->v[i];
    tmc_strlist_free(&one);
    if (l->errors == errors)
      *TMC_PUSH(g->atlas_if, g->n_atlas_if, cap) = a;
  }
}

void tmc_goal_free_lists(tmc_goal *g) {
  tmc_strlist_free(&g->atlas);
  tmc_strlist_free(&g->owasp);
  tmc_strlist_free(&g->cwe);
  tmc_strlist_free(&g->capec);
  tmc_strlist_free(&g->same_threat);
  for (uint32_t i = 0; i < g->n_patterns; i++) {
    for (uint32_t j = 0; j < g->patterns[i].n_steps; j++)
      free_step(&g->patterns[i].steps[j]);
    free(g->patterns[i].steps);
  }
  free(g->patterns);
  free(g->atlas_if);
  g->patterns = NULL;
  g->atlas_if = NULL;
  g->n_patterns = g->n_atlas_if = 0;
}

tmc_goal *tmc_goal_load(ld *l, const yaml_node_t *it) {
  tmc_catalog *c = l->c;
  tmc_goal *g = tmc_arena_alloc(tmc_ld_arena(l), sizeof *g);
  g->loc = tmc_ld_at(l, it);
  g->user = l->user;
  int errors = l->errors;
  const yaml_node_t *idn = NULL, *hops = NULL, *patterns = NULL, *atlas_if = NULL,
                    *target = NULL, *chain = NULL, *met_further = NULL;
  uint32_t cap_patterns = 0;
  yaml_node_t *k, *v;
  FOR_PAIRS(l, it, k, v) {
    const char *key = scalar(k);
    tmc_ld_ids ck = {key, NULL, c};
    if (!key)
      err(l, k, "goal keys must be strings");
    else if (strcmp(key, "id") == 0)
      g->id = tmc_ld_str(l, v, key), idn = v;
    else if (strcmp(key, "title") == 0)
      g->title = tmc_ld_text(l, v, key);
    else if (strcmp(key, "chain") == 0)
      g->chain = tmc_ld_text(l, v, key), chain = v;
    else if (strcmp(key, "aim") == 0) {
      g->aim = tmc_ld_str(l, v, key);
      g->aim_bit = tmc_goal_aim_bit(g->aim);
      if (g->aim && !g->aim_bit)
        err(l, v, "unknown aim '%s' (%s)", g->aim, aim_list + 2);
    } else if (strcmp(key, "target") == 0)
      target = v;
    else if (strcmp(key, "hops") == 0)
      hops = v;
    else if (strcmp(key, "patterns") == 0)
      patterns = v;
    else if (strcmp(key, "stride") == 0)
      tmc_ld_each_item(l, v, key, tmc_ld_add_stride, &g->stride);
    else if (strcmp(key, "atlas") == 0)
      ck.out = &g->atlas, tmc_ld_each_item(l, v, key, tmc_ld_add_technique, &ck);
    else if (strcmp(key, "atlas_if") == 0)
      atlas_if = v;
    else if (strcmp(key, "same_threat") == 0)
      ck.key = "atlas", ck.out = &g->same_threat,
      tmc_ld_each_item(l, v, key, tmc_ld_add_technique, &ck);
    else if (strcmp(key, "owasp") == 0)
      ck.out = &g->owasp, tmc_ld_each_item(l, v, key, tmc_ld_add_ref, &ck);
    else if (strcmp(key, "cwe") == 0)
      ck.out = &g->cwe, tmc_ld_each_item(l, v, key, tmc_ld_add_ref, &ck);
    else if (strcmp(key, "capec") == 0)
      ck.out = &g->capec, tmc_ld_each_item(l, v, key, tmc_ld_add_ref, &ck);
    else if (strcmp(key, "impact") == 0)
      tmc_ld_int(l, v, key, 0, 5, &g->impact);
    else if (strcmp(key, "met_further") == 0)
      met_further = v;
    else if (strcmp(key, "names_again") == 0)
      tmc_ld_bool(l, v, key, &g->names_again);
    else if (strcmp(key, "names_last") == 0)
      tmc_ld_bool(l, v, key, &g->names_last);
    else if (strcmp(key, "shown_last") == 0)
      tmc_ld_bool(l, v, key, &g->shown_last);
    else if (strcmp(key, "description") == 0)
      g->description = tmc_ld_text(l, v, key);
    else if (strcmp(key, "remediation") == 0)
      g->remediation = tmc_ld_text(l, v, key);
    else
      err(l, k,
          "unknown key '%s' in a goal (id, title, chain, aim, target, hops, patterns, "
          "stride, "
          "atlas, atlas_if, same_threat, owasp, cwe, capec, impact, met_further, "
          "names_again, names_last, shown_last, "
          "description, remediation)",
          key);
  }
  /* After 'atlas' and 'owasp', whatever the order of keys: instead_of names
   * one of them. */
  if (atlas_if)
    load_atlas_if(l, atlas_if, g);
  if (!g->id)
    err(l, it, "a goal needs an id");
  else if (!tmc_ld_valid_id(g->id) || strchr(g->id, ' ') || strchr(g->id, ':'))
    err(l, idn, "goal id '%s' may hold only letters, digits, '-', '_' and '.'", g->id);
  else if (tmc_catalog_rule(c, g->id))
    err(l, idn, "goal id '%s' is already a rule's (defined at %s:%u)", g->id,
        tmc_catalog_rule(c, g->id)->loc.file, tmc_catalog_rule(c, g->id)->loc.line);
  if (!g->title)
    err(l, it, "goal '%s' needs a title", g->id ? g->id : "?");
  if (!target)
    err(l, it, "goal '%s' needs a target (a condition on the element paths end at)",
        g->id ? g->id : "?");
  else
    g->target = cond(l, target, TMC_COND_ELEMENT, &g->target_text);
  if (met_further)
    g->met_further = cond(l, met_further, TMC_COND_ELEMENT, &g->met_further_text);
  if (hops && patterns)
    err(l, patterns, "a goal has 'hops' (one pattern) or 'patterns', not both");
  else if (hops) {
    tmc_goal_pattern p = {0};
    if (load_hops(l, hops, &p))
      *TMC_PUSH(g->patterns, g->n_patterns, cap_patterns) = p;
  } else if (patterns)
    load_patterns(l, patterns, g, &cap_patterns);
  if ((hops || patterns) && !g->chain)
    err(l, hops ? hops : patterns,
        "a goal with hop patterns is a chain: give it a 'chain' name for reports");
  else if (chain && !hops && !patterns)
    err(l, chain, "'chain' names a goal with hop patterns ('hops' or 'patterns')");
  if (!g->description)
    g->description = "";
  if (!g->remediation)
    g->remediation = "";
  if (l->errors != errors) {
    tmc_goal_free_lists(g);
    return NULL;
  }
  return g;
}

bool tmc_hop_technique_load(ld *l, const yaml_node_t *it, tmc_goal_step *s) {
  if (!load_step(l, it, s))
    return false;
  if (s->technique && !s->optional && !s->repeat)
    return true;
  err(l, it,
      "a hop technique needs 'technique' and tests one hop (no optional or repeat)");
  free_step(s);
  return false;
}

void tmc_goal_step_free(tmc_goal_step *s) {
  free_step(s);
}

unsigned tmc_goal_aim_bit(const char *aim) {
#define AIM_NAME(a, words) #a,
  static const char *const aims[] = {TMC_GOAL_AIMS(AIM_NAME)};
#undef AIM_NAME
  for (size_t i = 0; aim && i < sizeof aims / sizeof *aims; i++)
    if (strcmp(aim, aims[i]) == 0)
      return 1u << i;
  return 0;
}

const char *tmc_goal_aim_words(const char *aim) {
#define AIM_WORDS(a, words) words,
  static const char *const words[] = {TMC_GOAL_AIMS(AIM_WORDS)};
#undef AIM_WORDS
  unsigned bit = tmc_goal_aim_bit(aim);
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (bit == 1u << i)
      return words[i];
  return NULL;
}

bool tmc_goal_aim_known(const char *aim) {
  return tmc_goal_aim_bit(aim) != 0;
}
