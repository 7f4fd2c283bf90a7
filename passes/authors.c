/* authors.c - a threat the model's author already marked mitigated (Threat
 * Dragon status "Mitigated", an OTM threat whose state is mitigated or one of
 * whose mitigations is implemented) closes tmc's matching open finding: the
 * finding stays in every report, marked mitigated "by the model's author",
 * naming the author's threat, instead of being raised again as open.
 *
 * The one idea: an author's threat and a finding match only on the same
 * element or flow, and then by one of three tests, strongest first
 * (docs/threat-dragon-and-otm.md, "Threats the author mitigated"):
 *   1. reference: the author's title, type, description or mitigation names
 *      the finding's rule id or one of its ATLAS, OWASP, CWE or CAPEC ids;
 *   2. control: the author's title or mitigation names (by id or alias, as
 *      controls= would) a control that closes the finding, and the
 *      author's category is one of the finding's STRIDE categories;
 *   3. title: at least half of the content words of the author's title are
 *      words of the finding's title or of its controls' names, and the
 *      author's category is one of the finding's STRIDE categories.
 * An author's threat without a STRIDE category ("Generic", LINDDUN, CIA)
 * passes the category condition. Content words are lower-case runs of
 * letters and digits of three or more characters, a final 's' dropped from
 * longer ones, outside sets.yaml's title_stop_words: the words any threat
 * title has. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog/lexicon.h"
#include "passes/passes.h"

#define MAX_WORDS 64

/* A text's words, lower case, in one buffer. */
typedef struct words {
  const tmc_lexicon *lx; /* its title_stop_words: what a title's content words are not */
  char buf[1024];
  const char *v[MAX_WORDS];
  uint32_t n;
  size_t used;
} words;

/* Words that say nothing about which threat a title means (sets.yaml
 * title_stop_words). */
static bool stopword(const words *w, const char *s) {
  return tmc_lexicon_in_set(w->lx, TMC_WORDSET_TITLE_STOP, s);
}

static bool has(const words *w, const char *s) {
  for (uint32_t i = 0; i < w->n; i++)
    if (strcmp(w->v[i], s) == 0)
      return true;
  return false;
}

/* Appends the words of s to w: every word (content false), or the content
 * words only, each once. Threat Dragon's "HTTP/S" is the word https. Words
 * past the buffer are dropped (titles are short; a long description only
 * loses its tail). */
static void add_words(words *w, const char *s, bool content) {
  for (const char *p = s; p && *p;) {
    while (*p && !isalnum((unsigned char)*p))
      p++;
    const char *b = p;
    while (isalnum((unsigned char)*p))
      p++;
    size_t n = (size_t)(p - b);
    bool https = n == 4 && strncasecmp(b, "http", 4) == 0 && p[0] == '/' &&
                 (p[1] == 's' || p[1] == 'S') && !isalnum((unsigned char)p[2]);
    if (https)
      p += 2, n = 5;
    if (!n || n >= 64 || w->n >= MAX_WORDS || w->used + n + 1 > sizeof w->buf)
      continue;
    char *o = w->buf + w->used;
    for (size_t i = 0; i < n; i++)
      o[i] = (char)tolower((unsigned char)(https && i == 4 ? 's' : b[i]));
    o[n] = 0;
    if (content) {
      if (n < 3 || stopword(w, o))
        continue;
      if (n > 4 && o[n - 1] == 's')
        o[--n] = 0;
      if (has(w, o))
        continue;
    }
    w->used += n + 1;
    w->v[w->n++] = o;
  }
}

/* The STRIDE categories an author's type names ("Information disclosure",
 * "Spoofing, Tampering", "DENIAL_OF_SERVICE"); 0 for none. */
static unsigned categories(const char *type) {
  unsigned mask = 0;
  for (const char *p = type; p && *p;) {
    size_t n = strcspn(p, ",");
    char norm[64];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof norm; i++)
      if (isalpha((unsigned char)p[i]))
        norm[k++] = (char)tolower((unsigned char)p[i]);
    norm[k] = 0;
    for (unsigned bit = TMC_STRIDE_S; bit <= TMC_STRIDE_E; bit <<= 1)
      if (k && tmc_streq_nocase(norm, tmc_stride_name(bit)))
        mask |= bit;
    p += n + (p[n] == ',');
  }
  return mask;
}

static bool names_any(const char *text, const tmc_strlist *ids) {
  for (uint32_t i = 0; text && i < ids->n; i++) {
    if (tmc_has_word(text, ids->v[i]))
      return true;
    /* AML.T0051 names its sub-technique AML.T0051.001 too. */
    const char *dot = strrchr(ids->v[i], '.');
    if (dot && dot != strchr(ids->v[i], '.')) {
      char parent[64];
      size_t n = (size_t)(dot - ids->v[i]);
      if (n < sizeof parent) {
        memcpy(parent, ids->v[i], n);
        parent[n] = 0;
        if (tmc_has_word(text, parent))
          return true;
      }
    }
  }
  return false;
}

/* Test 1: the author's text names the finding's rule or one of its ids. */
static bool references(const tmc_author_threat *t, const tmc_finding *f) {
  const char *texts[] = {t->title, t->type, t->description, t->mitigation};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    const char *s = texts[i];
    if (s &&
        (tmc_has_word(s, f->rule_id) || names_any(s, &f->atlas) ||
         names_any(s, &f->owasp) || names_any(s, &f->cwe) || names_any(s, &f->capec)))
      return true;
  }
  return false;
}

/* Test 2, once per author's threat: the controls its words name, a run of
 * one to three of them ("https", "access control", "mutual TLS") being a
 * control's id or alias; at most max, each once. */
#define MAX_NAMED 16
static uint32_t named_controls(const tmc_catalog *cat, const words *all,
                               const char **out) {
  uint32_t n = 0;
  for (uint32_t i = 0; cat && i < all->n && n < MAX_NAMED; i++) {
    char run[200];
    size_t len = 0;
    for (uint32_t k = 0; k < 3 && i + k < all->n && n < MAX_NAMED; k++) {
      int w = snprintf(run + len, sizeof run - len, "%s%s", k ? "_" : "", all->v[i + k]);
      if (w < 0 || (size_t)w >= sizeof run - len)
        break;
      len += (size_t)w;
      const tmc_control *c = tmc_catalog_control(cat, run);
      bool seen = false;
      for (uint32_t j = 0; c && j < n; j++)
        seen |= out[j] == c->id;
      if (c && !seen)
        out[n++] = c->id;
    }
  }
  return n;
}

/* Does one of the named controls close f? */
static bool names_control(const char *const *named, uint32_t n, const tmc_finding *f) {
  for (uint32_t i = 0; i < n; i++)
    if (tmc_strlist_has(&f->mitigations, named[i]))
      return true;
  return false;
}

/* Test 3: half the author's title's content words are the finding's. */
static bool same_title(const words *title, const tmc_finding *f) {
  if (!title->n)
    return false;
  words fw = {.lx = title->lx};
  add_words(&fw, f->title, true);
  for (uint32_t i = 0; i < f->mitigations.n; i++)
    add_words(&fw, f->mitigations.v[i], true);
  uint32_t common = 0;
  for (uint32_t i = 0; i < title->n; i++)
    common += has(&fw, title->v[i]);
  return 2 * common >= title->n;
}

/* Closes the open findings on one target that the author's mitigated
 * threats match. */
static void close_matching(tmc_ir *ir, const tmc_catalog *cat, const tmc_props *p,
                           tmc_target kind, uint32_t target, const uint32_t *of,
                           const uint32_t *next) {
  const tmc_lexicon *lx = tmc_catalog_lexicon(cat);
  tmc_author_threat t;
  for (uint32_t n = 1; tmc_author_threat_get(ir, p, n, &t); n++) {
    if (!t.mitigated)
      continue;
    unsigned cats = categories(t.type);
    words title = {.lx = lx}, all = {.lx = lx};
    add_words(&title, t.title, true);
    add_words(&all, t.title, false);
    add_words(&all, t.mitigation, false);
    add_words(&all, t.implemented, false);
    const char *named[MAX_NAMED];
    uint32_t n_named = named_controls(cat, &all, named);
    for (uint32_t i = of[target]; i != TMC_NONE; i = next[i]) {
      tmc_finding *f = &ir->findings[i];
      if (f->status != TMC_STATUS_OPEN || f->target_kind != kind)
        continue;
      bool category = !cats || (cats & f->stride);
      if (!references(&t, f) &&
          !(category && (names_control(named, n_named, f) || same_title(&title, f))))
        continue;
      f->status = TMC_STATUS_MITIGATED;
      f->by_author = n;
      const char *name = *t.title ? t.title : "(untitled)";
      f->status_by =
          t.implemented && *t.implemented
              ? tmc_arena_printf(ir->arena,
                                 "the model's author (their threat '%s', mitigation "
                                 "'%s' implemented)",
                                 name, t.implemented)
              : tmc_arena_printf(ir->arena, "the model's author (their threat '%s', %s)",
                                 name, *t.status ? t.status : "Mitigated");
    }
  }
}

int tmc_pass_authors(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  (void)d;
  /* Each target's findings as a chain, so a target reads only its own. */
  uint32_t *of_e = tmc_xcalloc((size_t)ir->n_elements + 1, sizeof(uint32_t));
  uint32_t *of_f = tmc_xcalloc((size_t)ir->n_flows + 1, sizeof(uint32_t));
  uint32_t *next = tmc_xcalloc((size_t)ir->n_findings + 1, sizeof(uint32_t));
  for (uint32_t i = 0; i <= ir->n_elements; i++)
    of_e[i] = TMC_NONE;
  for (uint32_t i = 0; i <= ir->n_flows; i++)
    of_f[i] = TMC_NONE;
  for (uint32_t i = ir->n_findings; i-- > 0;) {
    const tmc_finding *f = &ir->findings[i];
    uint32_t *of = f->target_kind == TMC_TARGET_ELEMENT && f->target < ir->n_elements
                       ? &of_e[f->target]
                   : f->target_kind == TMC_TARGET_FLOW && f->target < ir->n_flows
                       ? &of_f[f->target]
                       : NULL;
    next[i] = TMC_NONE;
    if (of) {
      next[i] = *of;
      *of = i;
    }
  }
  const tmc_catalog *cat = opts ? opts->catalog : NULL;
  for (uint32_t e = 0; e < ir->n_elements; e++)
    if (of_e[e] != TMC_NONE)
      close_matching(ir, cat, &ir->elements[e].props, TMC_TARGET_ELEMENT, e, of_e, next);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    if (of_f[i] != TMC_NONE)
      close_matching(ir, cat, &ir->flows[i].props, TMC_TARGET_FLOW, i, of_f, next);
  free(of_e);
  free(of_f);
  free(next);
  return 0;
}
