/* baseline.c - reads a previous SARIF report and, as a pass, marks each
 * finding new or unchanged and lists the baseline's findings that are gone.
 * Only results about the same artifact (the diagram's URI relative to the
 * source root) are compared, so one baseline can serve a batch of diagrams. */
#include "passes/baseline.h"

#include <stdlib.h>
#include <string.h>

#include "ir/jsonread.h"
#include "passes/passes.h"

typedef struct entry {
  char *uri, *rule_id, *fingerprint, *where, *message;
  char **grouped;     /* properties.grouped: the rules it stated too (risk.c) */
  uint32_t n_grouped; /* entries of grouped */
  bool matched;       /* scratch, per run */
} entry;

struct tmc_baseline {
  entry *v;
  uint32_t n, cap;
};

static char *dup_or_empty(const char *s) {
  return tmc_xstrdup(s ? s : "");
}

int tmc_baseline_read(tmc_baseline **out, const char *name, const char *data,
                      tmc_diags *d) {
  *out = NULL;
  uint32_t line = 0, col = 0;
  tmc_jv *root = tmc_jv_parse(data, &line, &col);
  if (!root) {
    tmc_error(d, tmc_loc_at(name, line, col), "baseline is not valid JSON");
    return -1;
  }
  const tmc_jv *runs = tmc_jv_get(root, "runs");
  if (!runs || runs->t != TMC_JV_ARR) {
    tmc_error(d, tmc_loc_at(name, 1, 1),
              "baseline is not a SARIF log (no \"runs\" array)");
    tmc_jv_free(root);
    return -1;
  }
  tmc_baseline *b = tmc_xcalloc(1, sizeof(*b));
  for (size_t r = 0; r < runs->n; r++) {
    const tmc_jv *results = tmc_jv_get(runs->items[r], "results");
    for (size_t i = 0; results && results->t == TMC_JV_ARR && i < results->n; i++) {
      const tmc_jv *res = results->items[i];
      const char *state = tmc_jv_str(res, "baselineState");
      const char *fp = tmc_jv_str(res, "partialFingerprints/primaryLocationLineHash");
      if (!fp || (state && strcmp(state, "absent") == 0))
        continue; /* nothing to match on, or already gone in that run */
      entry *e = TMC_PUSH(b->v, b->n, b->cap);
      e->uri = dup_or_empty(
          tmc_jv_str(res, "locations/0/physicalLocation/artifactLocation/uri"));
      e->rule_id = dup_or_empty(tmc_jv_str(res, "ruleId"));
      e->fingerprint = dup_or_empty(fp);
      e->where = dup_or_empty(
          tmc_jv_str(res, "locations/0/logicalLocations/0/fullyQualifiedName"));
      e->message = dup_or_empty(tmc_jv_str(res, "message/text"));
      e->matched = false;
      e->grouped = NULL;
      e->n_grouped = 0;
      const tmc_jv *g = tmc_jv_get(res, "properties/grouped");
      for (size_t k = 0; g && g->t == TMC_JV_ARR && k < g->n; k++) {
        if (g->items[k]->t != TMC_JV_STR)
          continue;
        if (!e->grouped)
          e->grouped = tmc_xcalloc(g->n, sizeof *e->grouped);
        e->grouped[e->n_grouped++] = tmc_xstrdup(g->items[k]->str);
      }
    }
  }
  tmc_jv_free(root);
  *out = b;
  return 0;
}

void tmc_baseline_free(tmc_baseline *b) {
  if (!b)
    return;
  for (uint32_t i = 0; i < b->n; i++) {
    free(b->v[i].uri);
    free(b->v[i].rule_id);
    free(b->v[i].fingerprint);
    free(b->v[i].where);
    free(b->v[i].message);
    for (uint32_t k = 0; k < b->v[i].n_grouped; k++)
      free(b->v[i].grouped[k]);
    free(b->v[i].grouped);
  }
  free(b->v);
  free(b);
}

uint32_t tmc_baseline_count(const tmc_baseline *b) {
  return b ? b->n : 0;
}

/* SARIF percent-encodes URIs; the input's path is raw. Decode the baseline's
 * side only and compare byte for byte ("a%2520b.dot" is the file "a%20b.dot"). */
static bool same_uri(const char *encoded, const char *raw) {
  while (*encoded && *raw) {
    unsigned c = (unsigned char)*encoded;
    int len = 1;
    if (c == '%' && encoded[1] && encoded[2]) {
      char hex[3] = {encoded[1], encoded[2], 0};
      char *end;
      unsigned long v = strtoul(hex, &end, 16);
      if (*end == 0) {
        c = (unsigned)v;
        len = 3;
      }
    }
    if (c != (unsigned char)*raw)
      return false;
    encoded += len;
    raw++;
  }
  return *encoded == *raw;
}

typedef struct keyed {
  const char *fp;
  uint32_t index;
} keyed;

static int by_fp(const void *pa, const void *pb) {
  const keyed *a = pa, *b = pb;
  int r = strcmp(a->fp, b->fp);
  return r ? r : (a->index > b->index) - (a->index < b->index);
}

/* What SARIF names a finding's target (fullyQualifiedName: an element's
 * qualified id, "src -> dst" for a flow), in the arena. */
static const char *target_fq(const tmc_ir *ir, const tmc_finding *f) {
  const tmc_element *e = ir->elements;
  if (f->target_kind == TMC_TARGET_ELEMENT && f->target < ir->n_elements)
    return e[f->target].qname ? e[f->target].qname : e[f->target].id;
  if (f->target_kind != TMC_TARGET_FLOW || f->target >= ir->n_flows)
    return NULL;
  const tmc_flow *fl = &ir->flows[f->target];
  return tmc_arena_printf(ir->arena, "%s -> %s",
                          e[fl->src].qname ? e[fl->src].qname : e[fl->src].id,
                          e[fl->dst].qname ? e[fl->dst].qname : e[fl->dst].id);
}

static int by_str(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* A baseline result whose rule this run states inside a grouped finding on
 * the same target (docs/risk.md, "Grouping") is still there, not gone: the
 * threat did not go away because another joined its target. Keys
 * "where\x1frule" of every grouped rule, sorted, then one search per
 * unmatched entry. */
static void match_grouped(tmc_ir *ir, tmc_baseline *b, const char *uri) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    n += ir->findings[i].grouped.n;
  if (!n)
    return;
  const char **keys = tmc_xmalloc(n * sizeof *keys);
  n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const char *fq = f->grouped.n ? target_fq(ir, f) : NULL;
    for (uint32_t k = 0; fq && k < f->grouped.n; k++)
      keys[n++] = tmc_arena_printf(ir->arena, "%s\x1f%s", fq, f->grouped.v[k]);
  }
  qsort(keys, n, sizeof *keys, by_str);
  tmc_buf key = TMC_BUF_INIT;
  for (uint32_t i = 0; i < b->n; i++) {
    entry *e = &b->v[i];
    if (e->matched || !same_uri(e->uri, uri))
      continue;
    tmc_buf_clear(&key);
    tmc_buf_printf(&key, "%s\x1f%s", e->where, e->rule_id);
    const char *k = key.data;
    e->matched = bsearch(&k, keys, n, sizeof *keys, by_str) != NULL;
  }
  tmc_buf_free(&key);
  free(keys);
}

/* What the baseline stated on this diagram, as sorted "where\x1frule" keys
 * (in the arena given): its results' own rules (own) and the rules grouped
 * into them (members). */
typedef struct stated {
  const char **own, **members;
  uint32_t n_own, n_members;
} stated;

static void stated_build(stated *st, const tmc_baseline *b, const char *uri,
                         tmc_arena *a) {
  uint32_t n_own = 0, n_members = 0;
  for (uint32_t i = 0; i < b->n; i++)
    if (same_uri(b->v[i].uri, uri))
      n_own++, n_members += b->v[i].n_grouped;
  st->own = tmc_xmalloc((n_own + 1) * sizeof *st->own);
  st->members = tmc_xmalloc((n_members + 1) * sizeof *st->members);
  st->n_own = st->n_members = 0;
  for (uint32_t i = 0; i < b->n; i++) {
    const entry *e = &b->v[i];
    if (!same_uri(e->uri, uri))
      continue;
    st->own[st->n_own++] = tmc_arena_printf(a, "%s\x1f%s", e->where, e->rule_id);
    for (uint32_t k = 0; k < e->n_grouped; k++)
      st->members[st->n_members++] =
          tmc_arena_printf(a, "%s\x1f%s", e->where, e->grouped[k]);
  }
  qsort(st->own, st->n_own, sizeof *st->own, by_str);
  qsort(st->members, st->n_members, sizeof *st->members, by_str);
}

static bool stated_has(const char **v, uint32_t n, const char *key) {
  return n && bsearch(&key, v, n, sizeof *v, by_str) != NULL;
}

/* Is f's threat and every threat grouped into it in the baseline? Its own
 * by fingerprint (hit), or grouped into a result on its target there (it led
 * nothing then, or the group's lead changed); each member as a result or a
 * member on the same target. A member new since the baseline makes the
 * finding new: it is the only finding that states that threat, so the new
 * findings and --fail-on would never see it otherwise. */
static bool was_stated(const tmc_ir *ir, const tmc_finding *f, bool hit, const stated *st,
                       tmc_buf *key) {
  if (hit && !f->grouped.n)
    return true;
  if (!hit && !st->n_members)
    return false; /* no result grouped anything: only a fingerprint matches */
  const char *fq = target_fq(ir, f);
  if (!fq)
    return hit;
  if (!hit) {
    tmc_buf_clear(key);
    tmc_buf_printf(key, "%s\x1f%s", fq, f->rule_id ? f->rule_id : "");
    if (!stated_has(st->members, st->n_members, key->data))
      return false;
  }
  for (uint32_t k = 0; k < f->grouped.n; k++) {
    tmc_buf_clear(key);
    tmc_buf_printf(key, "%s\x1f%s", fq, f->grouped.v[k]);
    if (!stated_has(st->own, st->n_own, key->data) &&
        !stated_has(st->members, st->n_members, key->data))
      return false;
  }
  return true;
}

/* "where\x1frule" of every threat this run states (each finding's own rule
 * and those grouped into it), sorted, in the arena given; *n gets the count. */
static const char **stated_now(const tmc_ir *ir, tmc_arena *a, uint32_t *n) {
  uint32_t m = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++)
    m += 1 + ir->findings[i].grouped.n;
  const char **v = tmc_xmalloc((m + 1) * sizeof *v);
  m = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    const char *fq = target_fq(ir, f);
    if (!fq)
      continue;
    v[m++] = tmc_arena_printf(a, "%s\x1f%s", fq, f->rule_id ? f->rule_id : "");
    for (uint32_t k = 0; k < f->grouped.n; k++)
      v[m++] = tmc_arena_printf(a, "%s\x1f%s", fq, f->grouped.v[k]);
  }
  qsort(v, m, sizeof *v, by_str);
  *n = m;
  return v;
}

/* Adds to ir->gone the threats e stated grouped into it that this run
 * states nowhere on e's target (now: stated_now's keys): a member's threat
 * can go while its lead stays. It has no fingerprint of its own, so the
 * entry keeps the lead's and says whose finding it was in. */
static void gone_members(tmc_ir *ir, const entry *e, const char **now, uint32_t n_now,
                         tmc_buf *key) {
  for (uint32_t k = 0; k < e->n_grouped; k++) {
    tmc_buf_clear(key);
    tmc_buf_printf(key, "%s\x1f%s", e->where, e->grouped[k]);
    if (stated_has(now, n_now, key->data))
      continue;
    tmc_gone *g = TMC_PUSH(ir->gone, ir->n_gone, ir->cap_gone);
    g->rule_id = tmc_text_clean(ir->arena, e->grouped[k], strlen(e->grouped[k]));
    g->fingerprint = tmc_arena_strdup(ir->arena, e->fingerprint);
    g->where = tmc_text_clean(ir->arena, e->where, strlen(e->where));
    tmc_buf_clear(key);
    tmc_buf_printf(key, "Grouped into %s's finding. %s", e->rule_id, e->message);
    g->message = tmc_text_clean(ir->arena, key->data, key->len);
  }
}

int tmc_pass_baseline(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  tmc_baseline *b = (tmc_baseline *)opts->baseline;
  if (!b)
    return 0;
  ir->has_baseline = true;
  const char *uri = opts->input_uri ? opts->input_uri : "";
  /* The baseline's results for this diagram, sorted by fingerprint. */
  keyed *v = tmc_xmalloc((b->n ? b->n : 1) * sizeof(keyed));
  uint32_t n = 0;
  for (uint32_t i = 0; i < b->n; i++) {
    b->v[i].matched = false;
    if (same_uri(b->v[i].uri, uri))
      v[n++] = (keyed){b->v[i].fingerprint, i};
  }
  if (n)
    qsort(v, n, sizeof(keyed), by_fp);
  stated st;
  tmc_arena *keys = tmc_arena_new();
  stated_build(&st, b, uri, keys);
  tmc_buf key_buf = TMC_BUF_INIT;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    tmc_finding *f = &ir->findings[i];
    keyed key = {f->fingerprint ? f->fingerprint : "", 0};
    keyed *hit = NULL;
    if (n) {
      /* The first entry with this fingerprint: search with index 0. */
      size_t lo = 0, hi = n;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(v[mid].fp, key.fp) < 0)
          lo = mid + 1;
        else
          hi = mid;
      }
      if (lo < n && strcmp(v[lo].fp, key.fp) == 0)
        hit = &v[lo];
    }
    f->baseline = was_stated(ir, f, hit != NULL, &st, &key_buf) ? TMC_BASELINE_UNCHANGED
                                                                : TMC_BASELINE_NEW;
    /* Every baseline entry with this fingerprint is accounted for. */
    for (; hit && hit < v + n && strcmp(hit->fp, key.fp) == 0; hit++)
      b->v[hit->index].matched = true;
  }
  match_grouped(ir, b, uri);
  /* Gone: in the baseline, not in this run, each result and then the
   * threats grouped into it; in baseline order. */
  uint32_t n_now = 0;
  const char **now = st.n_members ? stated_now(ir, keys, &n_now) : NULL;
  for (uint32_t i = 0; i < b->n; i++) {
    const entry *e = &b->v[i];
    if (!same_uri(e->uri, uri))
      continue;
    if (!e->matched) {
      tmc_gone *g = TMC_PUSH(ir->gone, ir->n_gone, ir->cap_gone);
      g->rule_id = tmc_arena_strdup(ir->arena, e->rule_id);
      g->fingerprint = tmc_arena_strdup(ir->arena, e->fingerprint);
      g->where = tmc_text_clean(ir->arena, e->where, strlen(e->where));
      g->message = tmc_text_clean(ir->arena, e->message, strlen(e->message));
    }
    if (now)
      gone_members(ir, e, now, n_now, &key_buf);
  }
  free(now);
  if (b->n && n == 0)
    tmc_warning(d, tmc_loc_at(ir->file, 0, 0),
                "the baseline has no results for '%s': every finding counts as new", uri);
  tmc_buf_free(&key_buf);
  free(st.own);
  free(st.members);
  tmc_arena_free(keys);
  free(v);
  return 0;
}
