/* vocab.c - parses the diagram vocabulary out of the raw properties the front
 * ends recorded, so every later pass reads typed fields, whichever format the
 * diagram came in. Values it cannot understand become warnings at the
 * element's or flow's line, never silent guesses.
 *
 * Names are canonicalised here, once: each data= and controls= name is looked
 * up in the catalog (ids and aliases) and its canonical id, with what a data
 * class implies, is stored beside the author's spelling (tmc_canon). Later
 * passes compare ids and never look an alias up again; reports keep showing
 * what the author wrote. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/attributes.h"
#include "catalog/lexicon.h"
#include "ir/suggest.h"
#include "passes/passes.h"

/* An attribute name outside the vocabulary and far from every word of it:
 * a team's own property, most likely on many elements, so it is warned
 * about once, at its first use, with how many more carry it. */
typedef struct unknown {
  const char *key, *who;
  tmc_loc loc;
  uint32_t order; /* of arrival: the first use is the one warned at */
} unknown;

typedef struct unknowns {
  unknown *v;
  uint32_t n, cap;
} unknowns;

/* Warns about each attribute of p that is not in the vocabulary
 * (catalogs/attributes.yaml): a near misspelling or a name authors confuse
 * with an attribute at once, with the attribute meant (the flow that says
 * protocl=https is otherwise silently "unencrypted"); a far name is kept in
 * far for one warning per name. Names other tools write (graphviz's,
 * draw.io's, its C4 shapes' c4Type) are left alone. */
static void check_names(const tmc_attrs *v, const tmc_props *p, tmc_loc loc,
                        const char *who, unknowns *far, tmc_diags *d) {
  for (uint32_t i = 0; i < p->n; i++) {
    const char *key = p->v[i].key;
    /* A dotted key ("td.protocol") is a front end's record of the source
     * format's own property, not something the author typed for tmc. */
    if (!key || strchr(key, '.') || tmc_attrs_find(v, key) || tmc_attrs_foreign(v, key))
      continue;
    const tmc_attribute *near = tmc_attrs_meant(v, key);
    tmc_loc at = tmc_props_loc(p, key, false, loc);
    if (near)
      tmc_warning(d, at, "%s: unknown attribute '%s' (ignored); did you mean '%s'?", who,
                  key, near->name);
    else
      *TMC_PUSH(far->v, far->n, far->cap) = (unknown){key, who, at, far->n};
  }
}

static int by_key_then_order(const void *a, const void *b) {
  const unknown *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* One warning per far name, at its first use. */
static void warn_far(unknowns *far, tmc_diags *d) {
  if (far->n)
    qsort(far->v, far->n, sizeof *far->v, by_key_then_order);
  for (uint32_t i = 0, j; i < far->n; i = j) {
    for (j = i + 1; j < far->n && strcmp(far->v[j].key, far->v[i].key) == 0;)
      j++;
    const unknown *u = &far->v[i];
    if (j - i == 1)
      tmc_warning(d, u->loc,
                  "%s: unknown attribute '%s' (ignored; tmc --list-attributes lists the "
                  "ones tmc reads)",
                  u->who, u->key);
    else
      tmc_warning(d, u->loc,
                  "%s: unknown attribute '%s' (ignored, here and on %u more; tmc "
                  "--list-attributes lists the ones tmc reads)",
                  u->who, u->key, j - i - 1);
  }
  free(far->v);
}

/* The kind and technology names, for did-you-mean. */
static const char *near_kind(const char *s) {
  const char *names[TMC_KIND_COUNT + 64];
  size_t n = 0;
  for (int k = 0; k < TMC_KIND_COUNT; k++)
    names[n++] = tmc_kind_name((tmc_kind)k);
  for (size_t i = 0; n < sizeof names / sizeof *names && tmc_kind_alias(i); i++)
    names[n++] = tmc_kind_alias(i);
  return tmc_suggest(s, names, n);
}

static const char *near_tech(const char *s) {
  const char *names[TMC_TECH_COUNT];
  for (int t = 1; t < TMC_TECH_COUNT; t++)
    names[t - 1] = tmc_tech_name((tmc_tech)t);
  return tmc_suggest(s, names, TMC_TECH_COUNT - 1);
}

/* "; did you mean 'llm'?" or nothing, in the arena. */
static const char *did_you_mean(tmc_ir *ir, const char *near) {
  return near ? tmc_arena_printf(ir->arena, "; did you mean '%s'?", near) : "";
}

/* Values outside an attribute's closed set (`choices:` in the vocabulary
 * data, each item of a comma list): a warning with the choice meant
 * (role=retreiver: did you mean 'retriever'?). The passes that read such an
 * attribute skip what they do not know without a word. */
static void check_choices(tmc_ir *ir, const tmc_attrs *v, const tmc_props *p, tmc_loc loc,
                          const char *who, tmc_diags *d) {
  for (uint32_t i = 0; i < p->n; i++) {
    const tmc_attribute *at = p->v[i].key ? tmc_attrs_find(v, p->v[i].key) : NULL;
    if (!at || !at->choices.n || !p->v[i].value)
      continue;
    char *copy = tmc_arena_strdup(ir->arena, p->v[i].value);
    for (char *save = NULL, *w = strtok_r(copy, ", ;", &save); w;
         w = strtok_r(NULL, ", ;", &save)) {
      bool known = false;
      for (uint32_t k = 0; k < at->choices.n && !known; k++)
        known = tmc_streq_nocase(w, at->choices.v[k]);
      if (!known)
        tmc_warning(d, tmc_props_loc(p, at->name, true, loc),
                    "%s: unknown %s '%s' (ignored; tmc --list-attributes lists the "
                    "values)%s",
                    who, at->name, w,
                    did_you_mean(ir, tmc_suggest(w, at->choices.v, at->choices.n)));
    }
  }
}

/* Free-text tech= the exports pass read as the label's words (it is in the
 * label now) that names something tmc knows: a technology, a kind or a
 * head ("Elasticsearch 7.17", "MinIO, Parquet"). Not a typo of a
 * technology's name, so no warning. */
static bool read_as_words(const tmc_lexicon *lx, const tmc_element *e, const char *tech) {
  if (!e->label || !strstr(e->label, tech))
    return false;
  tmc_tech t;
  tmc_kind k;
  const char *w;
  bool at_end;
  return tmc_lexicon_tech_word(lx, tech, &t, &k, &w) ||
         tmc_lexicon_kind_word(lx, tech, &k, &w) ||
         tmc_lexicon_head(lx, tech, &k, &t, &w, &at_end);
}

/* type= and tech= that name no kind or technology: the classify pass (which
 * ran before) decided from the other evidence, and the warning says what it
 * decided, so the author sees what the typo cost; free text read as words
 * that names nothing known is warned about the same way. */
static void check_kind(tmc_ir *ir, const tmc_lexicon *lx, const tmc_element *e,
                       const char *who, tmc_diags *d) {
  const char *type = tmc_props_get(&e->props, "type");
  tmc_kind k;
  if (type && *type && !tmc_kind_parse(type, &k)) {
    tmc_buf why = TMC_BUF_INIT;
    tmc_element_kind_reason(&why, e);
    tmc_warning(d, tmc_props_loc(&e->props, "type", true, e->loc),
                "%s: unknown type '%s' (see tmc --list-kinds), kind %s used "
                "instead%s%s%s%s",
                who, type, tmc_kind_name(e->kind), why.len ? " (from " : "",
                why.len ? why.data : "", why.len ? ")" : "",
                did_you_mean(ir, near_kind(type)));
    tmc_buf_free(&why);
  }
  const char *tech = tmc_props_get(&e->props, "tech");
  tmc_tech t;
  if (tech && *tech && !tmc_tech_parse(tech, &t) && !read_as_words(lx, e, tech)) {
    const char *used =
        e->tech == TMC_TECH_NONE
            ? "no technology"
            : tmc_arena_printf(ir->arena, "%s (from %s '%s')", tmc_tech_name(e->tech),
                               tmc_source_name(e->tech_source),
                               e->tech_evidence ? e->tech_evidence : "");
    tmc_warning(d, tmc_props_loc(&e->props, "tech", true, e->loc),
                "%s: unknown tech '%s' (see tmc --list-technologies%s), %s used "
                "instead%s",
                who, tech,
                e->label && strstr(e->label, tech)
                    ? "; read as words of the label, none of which tmc knows"
                    : "",
                used, did_you_mean(ir, near_tech(tech)));
  }
}

/* A boundary's type= is a trust zone or a grouping (the zones pass read it);
 * anything else is a warning saying what the boundary was taken for. */
static void check_boundary_type(tmc_ir *ir, const tmc_boundary *x, tmc_diags *d) {
  static const char *const known[] = {"boundary",   "zone",     "trust_boundary",
                                      "trust_zone", "grouping", "group"};
  const char *type = tmc_props_get(&x->props, "type");
  if (!type || !*type)
    return;
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (tmc_streq_nocase(type, known[i]))
      return;
  const char *near = tmc_suggest(type, known, sizeof known / sizeof *known);
  tmc_warning(d, tmc_props_loc(&x->props, "type", true, x->loc),
              "boundary %s: unknown type '%s' (boundary or grouping), taken for a "
              "%s%s%s%s%s",
              tmc_boundary_who(ir, x), type, x->grouping ? "grouping" : "trust zone",
              x->zone_evidence ? " (from " : "", x->zone_evidence ? x->zone_evidence : "",
              x->zone_evidence ? ")" : "", did_you_mean(ir, near));
}

/* Splits a comma/semicolon list into lower-case, trimmed arena strings. */
static void split_list(tmc_ir *ir, tmc_strlist *out, const char *s) {
  if (!s)
    return;
  while (*s) {
    size_t n = strcspn(s, ",;");
    char *item = tmc_arena_strndup(ir->arena, s, n);
    item = tmc_trim(item);
    for (char *p = item; *p; p++) {
      *p = (char)tolower((unsigned char)*p);
      if (*p == ' ' || *p == '-')
        *p = '_';
    }
    if (*item && !tmc_strlist_has(out, item))
      tmc_strlist_add(out, item);
    s += n;
    if (*s)
      s++;
  }
}

/* Resolves each name of l through the catalog's ids and aliases. Returns an
 * arena array of l->n entries (NULL for an empty list); a name the catalog
 * does not know keeps id NULL (the controls pass warns about controls). */
static tmc_canon *resolve(tmc_ir *ir, const tmc_catalog *cat, const tmc_strlist *l,
                          bool data) {
  if (!l->n)
    return NULL;
  tmc_canon *r = tmc_arena_alloc(ir->arena, sizeof *r * l->n);
  for (uint32_t i = 0; cat && i < l->n; i++) {
    if (data) {
      const tmc_data_class *dc = tmc_catalog_data_class(cat, l->v[i]);
      if (dc)
        r[i] = (tmc_canon){dc->id, dc->sensitivity, dc->logs, dc->impact};
    } else {
      const tmc_control *c = tmc_catalog_control(cat, l->v[i]);
      if (c)
        r[i].id = c->id;
    }
  }
  return r;
}

static bool parse_bool(const char *s, bool *out) {
  static const char *yes[] = {"true", "yes", "1", "on", "y"};
  static const char *no[] = {"false", "no", "0", "off", "n", "none"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    if (tmc_streq_nocase(s, yes[i]))
      return *out = true, true;
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    if (tmc_streq_nocase(s, no[i]))
      return *out = false, true;
  return false;
}

static tmc_tri tri_prop(const tmc_props *p, const char *key, tmc_loc loc, const char *who,
                        tmc_diags *d) {
  const char *v = tmc_props_get(p, key);
  bool b;
  if (!v)
    return TMC_TRI_UNKNOWN;
  if (parse_bool(v, &b))
    return b ? TMC_TRI_YES : TMC_TRI_NO;
  tmc_warning(d, tmc_props_loc(p, key, true, loc),
              "%s: %s='%s' is not a yes/no value; treated as unknown", who, key, v);
  return TMC_TRI_UNKNOWN;
}

/* A sensitivity property (sensitivity=, clearance=); unset when absent. */
static tmc_sensitivity sens_prop(const tmc_props *p, const char *key, tmc_loc loc,
                                 const char *who, tmc_diags *d) {
  const char *v = tmc_props_get(p, key);
  tmc_sensitivity s = TMC_SENS_UNSET;
  static const char *const levels[] = {"public", "internal", "confidential", "secret"};
  if (v && *v && !tmc_sensitivity_parse(v, &s)) {
    const char *near = tmc_suggest(v, levels, 4);
    tmc_warning(d, tmc_props_loc(p, key, true, loc),
                "%s: unknown %s '%s' (public, internal, confidential, secret), treated "
                "as unwritten%s%s%s",
                who, key, v, near ? "; did you mean '" : "", near ? near : "",
                near ? "'?" : "");
  }
  return s;
}

/* Protocols whose encryption is known from the name alone. */
typedef struct protocol_row {
  const char *name;
  bool encrypted;
} protocol_row;
static const protocol_row protocols[] = {
    {"https", true}, {"tls", true},     {"grpcs", true}, {"ssh", true},   {"sftp", true},
    {"ftps", true},  {"wss", true},     {"mtls", true},  {"ssl", true},   {"ldaps", true},
    {"smtps", true}, {"imaps", true},   {"ipsec", true}, {"vpn", true},   {"http", false},
    {"ftp", false},  {"telnet", false}, {"ws", false},   {"ldap", false}, {"smtp", false},
    {"grpc", false}, {"tcp", false},    {"udp", false},  {"snmp", false}, {"rdp", true},
};

static void flow_protocol(tmc_ir *ir, tmc_flow *f, const char *who, tmc_diags *d) {
  const char *p = tmc_props_get(&f->props, "protocol");
  if (p && *p) {
    char *lc = tmc_arena_strdup(ir->arena, p);
    for (char *c = lc; *c; c++)
      *c = (char)tolower((unsigned char)*c);
    f->protocol = tmc_trim(lc);
  }
  f->encrypted = tri_prop(&f->props, "encrypted", f->loc, who, d);
  if (f->encrypted != TMC_TRI_UNKNOWN) {
    f->encrypted_reason = "encrypted=";
    return;
  }
  if (!f->protocol)
    return;
  for (size_t i = 0; i < sizeof protocols / sizeof *protocols; i++)
    if (strcmp(f->protocol, protocols[i].name) == 0) {
      f->encrypted = protocols[i].encrypted ? TMC_TRI_YES : TMC_TRI_NO;
      f->encrypted_reason = tmc_arena_printf(ir->arena, "protocol=%s", f->protocol);
      return;
    }
  /* "HTTPS/REST", "TLS 1.3", "https (mTLS)": look at the words. */
  for (size_t i = 0; i < sizeof protocols / sizeof *protocols; i++)
    if (tmc_has_word(f->protocol, protocols[i].name)) {
      f->encrypted = protocols[i].encrypted ? TMC_TRI_YES : TMC_TRI_NO;
      f->encrypted_reason = tmc_arena_printf(ir->arena, "protocol=%s", f->protocol);
      return;
    }
  /* protocol=htps: a typo of a protocol we know, not a new one. */
  const char *near =
      tmc_suggest_in(f->protocol, protocols, sizeof protocols / sizeof *protocols,
                     sizeof *protocols, offsetof(protocol_row, name));
  if (near)
    tmc_warning(d, tmc_props_loc(&f->props, "protocol", true, f->loc),
                "%s: unknown protocol '%s'; did you mean '%s'? (whether it is encrypted "
                "stays unknown)",
                who, f->protocol, near);
}

/* impact= (a list of business impacts) and owner= (who fixes it: mlops,
 * security, legal, product, data, or any team's name), as written; the
 * impact pass infers what is not written. */
static void business(tmc_ir *ir, tmc_element *e, const char *who, tmc_diags *d) {
  tmc_strlist l = {0};
  split_list(ir, &l, tmc_props_get(&e->props, "impact"));
  for (uint32_t i = 0; i < l.n; i++) {
    tmc_impact x;
    if (tmc_impact_parse(l.v[i], &x)) {
      e->impact |= TMC_IMPACTSET(x);
      continue;
    }
    const char *names[TMC_IMPACT_COUNT];
    for (int k = 0; k < TMC_IMPACT_COUNT; k++)
      names[k] = tmc_impact_name((tmc_impact)k);
    tmc_warning(d, tmc_props_loc(&e->props, "impact", true, e->loc),
                "%s: unknown impact '%s' (reputation, ip_loss, regulatory, privacy, "
                "financial, safety, availability), ignored%s",
                who, l.v[i],
                did_you_mean(ir, tmc_suggest(l.v[i], names, TMC_IMPACT_COUNT)));
  }
  if (e->impact)
    e->impact_why = (tmc_why){TMC_SOURCE_ATTRIBUTE, tmc_props_get(&e->props, "impact")};
  tmc_strlist_free(&l);
  const char *own = tmc_props_get(&e->props, "owner");
  if (own && *own) {
    char *o = tmc_trim(tmc_arena_strdup(ir->arena, own));
    for (char *p = o; *p; p++)
      *p = (char)tolower((unsigned char)*p);
    if (*o) {
      e->owner = o;
      e->owner_why = (tmc_why){TMC_SOURCE_ATTRIBUTE, own};
    }
  }
}

int tmc_pass_vocab(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  const tmc_attrs *vocabulary = tmc_catalog_attributes(cat);
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  unknowns far = {0};
  /* Where the drawing tool made the ids, messages name things by label. */
  bool tool = ir->format && ir->format->tool_ids;
  for (uint32_t i = 0; i < ir->n_boundaries; i++) {
    tmc_boundary *x = &ir->boundaries[i];
    check_choices(ir, vocabulary, &x->props, x->loc, tmc_boundary_who(ir, x), d);
    check_names(vocabulary, &x->props, x->loc,
                tool ? tmc_arena_printf(ir->arena, "boundary %s", tmc_boundary_who(ir, x))
                     : x->id,
                &far, d);
    check_boundary_type(ir, &ir->boundaries[i], d);
  }
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    const char *who = tool ? tmc_element_who(ir, e) : e->id;
    split_list(ir, &e->data, tmc_props_get(&e->props, "data"));
    split_list(ir, &e->controls, tmc_props_get(&e->props, "controls"));
    e->data_canon = resolve(ir, cat, &e->data, true);
    e->controls_canon = resolve(ir, cat, &e->controls, false);
    e->sensitivity = sens_prop(&e->props, "sensitivity", e->loc, who, d);
    e->clearance = sens_prop(&e->props, "clearance", e->loc, who, d);
    check_names(vocabulary, &e->props, e->loc, who, &far, d);
    check_choices(ir, vocabulary, &e->props, e->loc, who, d);
    check_kind(ir, lx, e, who, d);
    const char *src = tmc_props_get(&e->props, "source");
    if (src && *src) {
      if (tmc_streq_nocase(src, "third_party") || tmc_streq_nocase(src, "third-party") ||
          tmc_streq_nocase(src, "external") || tmc_streq_nocase(src, "public"))
        e->third_party = true;
      else if (!tmc_streq_nocase(src, "internal") &&
               !tmc_streq_nocase(src, "first_party"))
        tmc_warning(
            d, tmc_props_loc(&e->props, "source", true, e->loc),
            "%s: unknown source '%s' (third_party or internal), taken as internal%s", who,
            src,
            did_you_mean(
                ir,
                tmc_suggest(src, (const char *const[]){"third_party", "internal"}, 2)));
    }
    business(ir, e, who, d);
    tmc_tri entry = tri_prop(&e->props, "entry", e->loc, who, d);
    tmc_tri asset = tri_prop(&e->props, "asset", e->loc, who, d);
    e->facts.is_entry = entry == TMC_TRI_YES;
    e->facts.is_asset = asset == TMC_TRI_YES;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    const char *who = tool ? tmc_flow_who(ir, f) : f->id;
    check_names(vocabulary, &f->props, f->loc, who, &far, d);
    check_choices(ir, vocabulary, &f->props, f->loc, who, d);
    flow_protocol(ir, f, who, d);
    f->authenticated = tri_prop(&f->props, "authenticated", f->loc, who, d);
    split_list(ir, &f->data, tmc_props_get(&f->props, "data"));
    split_list(ir, &f->controls, tmc_props_get(&f->props, "controls"));
    f->data_canon = resolve(ir, cat, &f->data, true);
    f->controls_canon = resolve(ir, cat, &f->controls, false);
    f->sensitivity = sens_prop(&f->props, "sensitivity", f->loc, who, d);
    f->clearance = sens_prop(&f->props, "clearance", f->loc, who, d);
  }
  warn_far(&far, d);
  return 0;
}
