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
#include <string.h>

#include "catalog/attributes.h"
#include "ir/suggest.h"
#include "passes/passes.h"

/* Warns about each attribute of p that looks like a misspelt word of the
 * vocabulary (catalogs/attributes.yaml), with the word it is nearest to: the
 * flow that says protocl=https is otherwise silently "unencrypted". Names
 * other tools write (graphviz's, draw.io's C4 shapes' c4Type) are left
 * alone. */
static void check_names(const tmc_attrs *v, const tmc_props *p, tmc_loc loc,
                        const char *who, tmc_diags *d) {
  for (uint32_t i = 0; i < p->n; i++) {
    const char *key = p->v[i].key;
    /* A dotted key ("td.protocol") is a front end's record of the source
     * format's own property, not something the author typed for tmc. */
    if (!key || strchr(key, '.') || tmc_attrs_find(v, key) || tmc_attrs_foreign(v, key))
      continue;
    const tmc_attribute *near = tmc_attrs_meant(v, key);
    if (near)
      tmc_warning(d, loc, "%s: unknown attribute '%s' (ignored); did you mean '%s'?", who,
                  key, near->name);
  }
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
  tmc_warning(d, loc, "%s: %s='%s' is not a yes/no value; treated as unknown", who, key,
              v);
  return TMC_TRI_UNKNOWN;
}

/* A sensitivity property (sensitivity=, clearance=); unset when absent. */
static tmc_sensitivity sens_prop(const tmc_props *p, const char *key, tmc_loc loc,
                                 const char *who, tmc_diags *d) {
  const char *v = tmc_props_get(p, key);
  tmc_sensitivity s = TMC_SENS_UNSET;
  if (v && *v && !tmc_sensitivity_parse(v, &s))
    tmc_warning(d, loc, "%s: unknown %s '%s' (public, internal, confidential, secret)",
                who, key, v);
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

static void flow_protocol(tmc_ir *ir, tmc_flow *f, tmc_diags *d) {
  const char *p = tmc_props_get(&f->props, "protocol");
  if (p && *p) {
    char *lc = tmc_arena_strdup(ir->arena, p);
    for (char *c = lc; *c; c++)
      *c = (char)tolower((unsigned char)*c);
    f->protocol = tmc_trim(lc);
  }
  f->encrypted = tri_prop(&f->props, "encrypted", f->loc, f->id, d);
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
    tmc_warning(d, f->loc,
                "%s: unknown protocol '%s'; did you mean '%s'? (whether it is encrypted "
                "stays unknown)",
                f->id, f->protocol, near);
}

/* impact= (a list of business impacts) and owner= (who fixes it: mlops,
 * security, legal, product, data, or any team's name), as written; the
 * impact pass infers what is not written. */
static void business(tmc_ir *ir, tmc_element *e, tmc_diags *d) {
  tmc_strlist l = {0};
  split_list(ir, &l, tmc_props_get(&e->props, "impact"));
  for (uint32_t i = 0; i < l.n; i++) {
    tmc_impact x;
    if (tmc_impact_parse(l.v[i], &x))
      e->impact |= TMC_IMPACTSET(x);
    else
      tmc_warning(d, e->loc,
                  "%s: unknown impact '%s' (reputation, ip_loss, regulatory, privacy, "
                  "financial, safety, availability)",
                  e->id, l.v[i]);
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
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    split_list(ir, &e->data, tmc_props_get(&e->props, "data"));
    split_list(ir, &e->controls, tmc_props_get(&e->props, "controls"));
    e->data_canon = resolve(ir, cat, &e->data, true);
    e->controls_canon = resolve(ir, cat, &e->controls, false);
    e->sensitivity = sens_prop(&e->props, "sensitivity", e->loc, e->id, d);
    e->clearance = sens_prop(&e->props, "clearance", e->loc, e->id, d);
    check_names(vocabulary, &e->props, e->loc, e->id, d);
    const char *src = tmc_props_get(&e->props, "source");
    if (src && *src) {
      if (tmc_streq_nocase(src, "third_party") || tmc_streq_nocase(src, "third-party") ||
          tmc_streq_nocase(src, "external") || tmc_streq_nocase(src, "public"))
        e->third_party = true;
      else if (!tmc_streq_nocase(src, "internal") &&
               !tmc_streq_nocase(src, "first_party"))
        tmc_warning(d, e->loc, "%s: unknown source '%s' (third_party or internal)", e->id,
                    src);
    }
    business(ir, e, d);
    tmc_tri entry = tri_prop(&e->props, "entry", e->loc, e->id, d);
    tmc_tri asset = tri_prop(&e->props, "asset", e->loc, e->id, d);
    e->facts.is_entry = entry == TMC_TRI_YES;
    e->facts.is_asset = asset == TMC_TRI_YES;
  }
  for (uint32_t i = 0; i < ir->n_flows; i++) {
    tmc_flow *f = &ir->flows[i];
    check_names(vocabulary, &f->props, f->loc, f->id, d);
    flow_protocol(ir, f, d);
    f->authenticated = tri_prop(&f->props, "authenticated", f->loc, f->id, d);
    split_list(ir, &f->data, tmc_props_get(&f->props, "data"));
    split_list(ir, &f->controls, tmc_props_get(&f->props, "controls"));
    f->data_canon = resolve(ir, cat, &f->data, true);
    f->controls_canon = resolve(ir, cat, &f->controls, false);
    f->sensitivity = sens_prop(&f->props, "sensitivity", f->loc, f->id, d);
    f->clearance = sens_prop(&f->props, "clearance", f->loc, f->id, d);
  }
  return 0;
}
