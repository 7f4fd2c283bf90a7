/* sarif.c - SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning,
 * any SARIF viewer): one run per input, one result per finding, attack paths
 * as results with codeFlows.
 *
 * The one idea: a result's *place* and its *identity* are kept apart. Its
 * place (region.startLine) is wherever the element or flow sits in the file
 * today; its identity (partialFingerprints.primaryLocationLineHash) is a hash
 * of rule, target kind, the target's diagram ids, a flow's key= or label and
 * the page's id only (passes/identity.c), so an alert survives reordering,
 * moved lines and renamed graphs or pages, and is new when an id is renamed.
 * Results are sorted most severe first, so the 25,000-result limit keeps what
 * matters; rule metadata comes from the catalog when it knows the rule, else
 * from the finding itself. */
#include "backends/backends.h"
#include "passes/identity.h"
#include "backends/escape.h"
#include "backends/report.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SCHEMA_URI "https://json.schemastore.org/sarif-2.1.0.json"
/* The project's home page, for tool.driver.informationUri. */
#define INFORMATION_URI "https://github.com/tmc-threat-model-compiler/tmc"
/* GitHub code scanning's upload limits (docs: "SARIF support for code
 * scanning"); above them it rejects the whole file. */
#define MAX_RESULTS 25000u
#define MAX_TAGS 20u
/* GitHub rejects rule descriptions longer than 1024 characters. */
#define MAX_DESCRIPTION 1000u

/* ---- a pretty-printing JSON writer -------------------------------------------
 * One key per line, two-space indent: golden files diff line by line and the
 * fingerprint sits on a line of its own for shell tests to grep. */

typedef struct jw {
  tmc_buf *b;
  int depth;
  bool first[32]; /* no value written yet at this depth */
} jw;

/* A newline and the indentation of depth d, in one write. */
static void jw_indent(jw *w, int d) {
  static const char nl[] =
      "\n                                                                ";
  tmc_buf_put(w->b, nl, 1 + 2 * (size_t)d);
}

static void jw_sep(jw *w) {
  if (!w->first[w->depth])
    tmc_buf_putc(w->b, ',');
  w->first[w->depth] = false;
  jw_indent(w, w->depth);
}

/* perf33: jw_key(w, k) followed by tail[0..tn), as one write when k needs no
 * escaping and the buffer has room for all of it: the same bytes jw_sep,
 * tmc_json_str and tmc_buf_put write one by one (a SARIF report is mostly
 * keys, and each piece was a call and a room check). False, with nothing
 * written, otherwise. */
static bool jw_key_joined(jw *w, const char *k, const char *tail, size_t tn) {
  size_t kn = tmc_json_plain_len(k);
  bool comma = !w->first[w->depth];
  size_t ind = 2 * (size_t)w->depth, n = comma + 1 + ind + kn + 2 + tn;
  char *o = k[kn] ? NULL : tmc_buf_room(w->b, n);
  if (!o)
    return false;
  char *q = o;
  if (comma)
    *q++ = ',';
  *q++ = '\n';
  memset(q, ' ', ind);
  q += ind;
  *q++ = '"';
  memcpy(q, k, kn);
  q += kn;
  *q++ = '"';
  memcpy(q, tail, tn);
  w->first[w->depth] = false;
  tmc_buf_commit(w->b, n);
  return true;
}

static void jw_key(jw *w, const char *k) {
  if (jw_key_joined(w, k, ": ", 2))
    return;
  jw_sep(w);
  tmc_json_str(w->b, k);
  tmc_buf_puts(w->b, ": ");
}

/* Opens an object ('{') or array ('['), as the value of key k, or as an array
 * item when k is NULL. Our documents nest to a fixed depth well below 32. */
static void jw_open(jw *w, const char *k, char c) {
  const char tail[3] = {':', ' ', c};
  if (k && jw_key_joined(w, k, tail, 3)) {
    /* the key and its bracket at once */
  } else {
    if (k)
      jw_key(w, k);
    else if (w->depth > 0)
      jw_sep(w);
    tmc_buf_putc(w->b, c);
  }
  w->depth++;
  w->first[w->depth] = true;
}

static void jw_close(jw *w, char c) {
  bool empty = w->first[w->depth];
  w->depth--;
  size_t ind = 2 * (size_t)w->depth;
  char *o = empty ? NULL : tmc_buf_room(w->b, ind + 2);
  if (o) { /* perf33: the newline, indent and bracket at once */
    o[0] = '\n';
    memset(o + 1, ' ', ind);
    o[ind + 1] = c;
    tmc_buf_commit(w->b, ind + 2);
    return;
  }
  if (!empty)
    jw_indent(w, w->depth);
  tmc_buf_putc(w->b, c);
}

static void jw_str(jw *w, const char *k, const char *v) {
  if (k)
    jw_key(w, k);
  else
    jw_sep(w);
  tmc_json_str(w->b, v);
}

static void jw_int(jw *w, const char *k, long long v) {
  char d[26];
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  int n = (int)tmc_dec_before(d + sizeof d, u);
  if (v < 0)
    d[sizeof d - 1 - n++] = '-';
  /* perf33: ": " and the digits are the key's tail, one write with it */
  d[sizeof d - 1 - n++] = ' ';
  d[sizeof d - 1 - n++] = ':';
  if (k && jw_key_joined(w, k, d + sizeof d - n, (size_t)n))
    return;
  n -= 2;
  if (k)
    jw_key(w, k);
  else
    jw_sep(w);
  tmc_buf_put(w->b, d + sizeof d - n, (size_t)n);
}

static void jw_bool(jw *w, const char *k, bool v) {
  jw_key(w, k);
  tmc_buf_puts(w->b, v ? "true" : "false");
}

static void jw_message(jw *w, const char *k, const char *text) {
  jw_open(w, k, '{');
  jw_str(w, "text", text);
  jw_close(w, '}');
}

static void jw_list(jw *w, const char *k, const tmc_strlist *l) {
  jw_open(w, k, '[');
  for (uint32_t i = 0; i < l->n; i++)
    jw_str(w, NULL, l->v[i]);
  jw_close(w, ']');
}

/* ---- small text helpers ------------------------------------------------------ */

static bool empty(const char *s) {
  return !s || !*s;
}

/* s cut to at most max bytes without splitting a UTF-8 sequence, with "…"
 * appended when cut; s itself when it fits. */
static const char *clip(tmc_arena *a, const char *s, size_t max) {
  size_t n = strlen(s);
  if (n <= max)
    return s;
  n = max;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
    n--;
  return tmc_arena_printf(a, "%.*s\xE2\x80\xA6", (int)n, s);
}

/* Percent-encodes a path for a URI: unreserved characters and '/' stay,
 * everything else (spaces, '%', ':', '#', '?', bytes >= 0x80) is encoded, so
 * the result is a valid URI reference whatever the file is called. */
static void put_uri_path(tmc_buf *b, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    unsigned char c = *p;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        strchr("-._~/", c))
      tmc_buf_putc(b, (char)c);
    else
      tmc_buf_printf(b, "%%%02X", c);
  }
}

static const char *uri_path(tmc_arena *a, const char *s) {
  tmc_buf b = TMC_BUF_INIT;
  put_uri_path(&b, s);
  const char *r = tmc_arena_strdup(a, b.data ? b.data : "");
  tmc_buf_free(&b);
  return r;
}

/* "file:///abs/root/" for an absolute directory, with the trailing slash
 * SARIF requires of a base URI. */
static const char *file_uri(tmc_arena *a, const char *dir) {
  tmc_buf b = TMC_BUF_INIT;
  tmc_buf_puts(&b, "file://");
  if (dir[0] != '/')
    tmc_buf_putc(&b, '/');
  put_uri_path(&b, dir);
  if (!b.len || b.data[b.len - 1] != '/')
    tmc_buf_putc(&b, '/');
  const char *r = tmc_arena_strdup(a, b.data);
  tmc_buf_free(&b);
  return r;
}

/* A URL is used only if it is plainly http(s) with no characters a URI
 * cannot hold, so a hostile catalog cannot make the file schema-invalid. */
static bool good_url(const char *u) {
  if (empty(u) || (strncmp(u, "https://", 8) != 0 && strncmp(u, "http://", 7) != 0))
    return false;
  for (const unsigned char *p = (const unsigned char *)u; *p; p++)
    if (*p <= ' ' || *p >= 0x7F || strchr("\"<>\\^`{|}", *p))
      return false;
  return true;
}

/* An id is safe to splice into a URL when it is letters, digits, '.', '-'. */
static bool plain_id(const char *s) {
  if (empty(s))
    return false;
  for (; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
          (*s >= '0' && *s <= '9') || *s == '.' || *s == '-'))
      return false;
  return true;
}

/* The page to read about an id: the catalog's, else the well-known ATLAS and
 * CWE pages; NULL when neither applies. */
static const char *ref_url(const tmc_catalog *cat, tmc_arena *a, const char *id) {
  const char *u = cat ? tmc_catalog_url(cat, id) : NULL;
  if (good_url(u))
    return u;
  if (cat) {
    const tmc_technique *t = tmc_catalog_technique(cat, id);
    if (t && good_url(t->url))
      return t->url;
    const tmc_ref *r = tmc_catalog_ref(cat, id);
    if (r && good_url(r->url))
      return r->url;
  }
  if (!plain_id(id))
    return NULL;
  if (strncmp(id, "AML.", 4) == 0)
    return tmc_arena_printf(a, "https://atlas.mitre.org/techniques/%s", id);
  if (strncmp(id, "CWE-", 4) == 0 && id[4] >= '0' && id[4] <= '9')
    return tmc_arena_printf(a, "https://cwe.mitre.org/data/definitions/%s.html", id + 4);
  return NULL;
}

/* The name a reader sees for an id: "AML.T0051 LLM Prompt Injection". */
static const char *ref_name(const tmc_catalog *cat, tmc_arena *a, const char *id) {
  if (!cat)
    return NULL;
  const tmc_technique *t = tmc_catalog_technique(cat, id);
  if (t && !empty(t->name)) {
    /* A sub-technique's own name ("Indirect") needs its parent's. */
    const tmc_technique *up = t->parent ? tmc_catalog_technique(cat, t->parent) : NULL;
    return up && !empty(up->name) ? tmc_arena_printf(a, "%s: %s", up->name, t->name)
                                  : t->name;
  }
  const tmc_ref *r = tmc_catalog_ref(cat, id);
  return r && !empty(r->title) ? r->title : NULL;
}

/* ---- what a result points at ------------------------------------------------- */

/* One finding on its way to becoming a result. */
typedef struct item {
  uint32_t finding;
  const char *rule_id; /* never NULL */
  tmc_severity severity;
  int score;
  const char *fq;      /* fullyQualifiedName of the target */
  const char *page;    /* page name, for the order only */
  uint64_t hash;       /* identity, without the occurrence number */
  uint32_t occurrence; /* 1 + earlier results with the same hash */
  uint32_t rule;       /* index into the rules array */
} item;

/* One rule that produced a kept result. */
typedef struct rule_row {
  const char *id;
  const tmc_rule *rule;      /* the catalog's, or NULL: use `sample` */
  const tmc_finding *sample; /* its most severe finding */
  tmc_severity severity;     /* of that finding */
  int score;
} rule_row;

typedef struct ctx {
  const tmc_ir *ir;
  const tmc_report_ctx *rc;
  tmc_arena *a;                /* scratch, freed at the end */
  const char *uri;             /* artifactLocation.uri, percent-encoded */
  const char *context_uri;     /* --context: the platform's (artifact 1), or NULL */
  tmc_identities *ids;         /* each target's identity strings, built once */
  const tmc_report_view *view; /* the report model: path numbers */
  uint32_t *line_start;        /* each line's first byte in rc->src (arena), or NULL */
  uint32_t n_lines;
} ctx;

static bool valid_element(const tmc_ir *ir, uint32_t i) {
  return i < ir->n_elements;
}

static const char *element_fq(const tmc_ir *ir, uint32_t i) {
  if (!valid_element(ir, i))
    return "?";
  const tmc_element *e = &ir->elements[i];
  return e->qname ? e->qname : e->id;
}

static const char *flow_fq(const ctx *c, const tmc_flow *f) {
  return tmc_arena_printf(c->a, "%s -> %s", element_fq(c->ir, f->src),
                          element_fq(c->ir, f->dst));
}

static const tmc_path *finding_path(const tmc_ir *ir, const tmc_finding *f) {
  return f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths
             ? &ir->paths[f->target]
             : NULL;
}

/* Fills fq, page and hash from the finding's stable identity. */
static void identify(const ctx *c, item *it) {
  const tmc_finding *f = &c->ir->findings[it->finding];
  tmc_identity id;
  tmc_identities_get(c->ids, f, &id);
  it->rule_id = id.rule_id;
  it->fq = id.fq;
  it->page = id.page;
  it->hash = id.hash;
  it->severity = f->severity;
  it->score = f->score;
}

/* The (severity, score) band of a finding, higher bands first in the
 * result order. */
static uint32_t band_of(const tmc_finding *f) {
  int score = f->score < 0 ? 0 : f->score > 31 ? 31 : f->score;
  uint32_t sev = f->severity <= TMC_SEV_CRITICAL ? (uint32_t)f->severity : 0;
  return sev * 32 + (uint32_t)score;
}

/* Most severe first; then by rule and target, so the order never depends on
 * where things sit in the file; the finding index settles exact ties. */
static int by_severity(const void *pa, const void *pb) {
  const item *a = pa, *b = pb;
  if (a->severity != b->severity)
    return a->severity > b->severity ? -1 : 1;
  if (a->score != b->score)
    return a->score > b->score ? -1 : 1;
  int r = a->rule_id == b->rule_id ? 0 : strcmp(a->rule_id, b->rule_id);
  if (r)
    return r;
  if (a->fq != b->fq && (r = strcmp(a->fq, b->fq)) != 0)
    return r;
  if (a->page != b->page && (r = strcmp(a->page, b->page)) != 0)
    return r;
  return a->finding < b->finding ? -1 : a->finding > b->finding;
}

static int by_hash(const void *pa, const void *pb) {
  const item *const *a = pa, *const *b = pb;
  if ((*a)->hash != (*b)->hash)
    return (*a)->hash < (*b)->hash ? -1 : 1;
  return *a < *b ? -1 : *a > *b; /* earlier in the output first */
}

static int by_rule_id(const void *pa, const void *pb) {
  const rule_row *a = pa, *b = pb;
  return strcmp(a->id, b->id);
}

/* ---- severity ---------------------------------------------------------------- */

static const char *level_of(tmc_severity s) {
  switch (s) {
  case TMC_SEV_CRITICAL:
  case TMC_SEV_HIGH:
    return "error";
  case TMC_SEV_MEDIUM:
    return "warning";
  case TMC_SEV_LOW:
  case TMC_SEV_NONE:
    return "note";
  }
  return "note";
}

/* GitHub buckets security-severity as critical > 9.0, high 7.0-8.9, medium
 * 4.0-6.9, low 0.1-3.9. The value lands in the band of tmc's severity, placed
 * within it by the risk score (1..25), so both views agree. Integer tenths
 * keep it locale-free and exact. */
static const char *security_severity(tmc_arena *a, tmc_severity s, int score) {
  int lo = 1, hi = 39;
  switch (s) {
  case TMC_SEV_CRITICAL:
    lo = 91, hi = 100;
    break;
  case TMC_SEV_HIGH:
    lo = 70, hi = 89;
    break;
  case TMC_SEV_MEDIUM:
    lo = 40, hi = 69;
    break;
  case TMC_SEV_LOW:
  case TMC_SEV_NONE:
    break;
  }
  if (score < 1)
    score = 1;
  if (score > 25)
    score = 25;
  int t = lo + (hi - lo) * (score - 1) / 24;
  return tmc_arena_printf(a, "%d.%d", t / 10, t % 10);
}

/* ---- locations --------------------------------------------------------------- */

/* Where each line of the input starts, so columns can be counted in code
 * points (the run's columnKind) from the IR's byte columns: one pass over
 * the text, once per report. Nothing without the text (a report built
 * without the driver, an input too big to keep). */
static void index_lines(ctx *c) {
  const char *s = c->rc->src;
  size_t n = c->rc->src_len;
  if (!s || n >= UINT32_MAX)
    return;
  uint32_t lines = 1;
  for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))); p++)
    lines++;
  c->line_start = tmc_arena_alloc(c->a, (lines + 1) * sizeof *c->line_start);
  c->line_start[0] = 0;
  c->n_lines = 1;
  for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))); p++)
    c->line_start[c->n_lines++] = (uint32_t)(p + 1 - s);
  c->line_start[c->n_lines] = (uint32_t)n;
}

/* The byte column col of line, in Unicode code points from 1 (SARIF's
 * unicodeCodePoints: "café x" puts x at byte 7 and code point 6); 0, no
 * column, when the input's text is not at hand to count in. */
static uint32_t code_point_col(const ctx *c, uint32_t line, uint32_t col) {
  if (!c->line_start || !line || line > c->n_lines || !col)
    return 0;
  const unsigned char *s = (const unsigned char *)c->rc->src;
  uint32_t at = c->line_start[line - 1], end = c->line_start[line];
  uint32_t stop = col - 1 < end - at ? at + col - 1 : end, n = 1;
  for (uint32_t i = at; i < stop; i++)
    n += (s[i] & 0xC0) != 0x80; /* not a UTF-8 continuation byte */
  return n;
}

/* A line of the input, or of the --context platform's diagram when file is
 * its name (what a platform element or flow was read from): artifact 1. A
 * column counts code points, so only the input's own lines get one (the
 * platform's text is not at hand). */
static void put_physical(jw *w, const ctx *c, const char *file, uint32_t line,
                         uint32_t col) {
  bool platform = c->context_uri && file && strcmp(file, c->ir->context_file) == 0;
  col = platform ? 0 : code_point_col(c, line, col);
  jw_open(w, "physicalLocation", '{');
  jw_open(w, "artifactLocation", '{');
  jw_str(w, "uri", platform ? c->context_uri : c->uri);
  jw_str(w, "uriBaseId", "SRCROOT");
  jw_int(w, "index", platform ? 1 : 0);
  jw_close(w, '}');
  jw_open(w, "region", '{');
  jw_int(w, "startLine", line ? line : 1); /* GitHub needs a line >= 1 */
  if (col)
    jw_int(w, "startColumn", col);
  jw_close(w, '}');
  jw_close(w, '}');
}

static void put_logical(jw *w, const char *name, const char *fq, const char *kind) {
  jw_open(w, NULL, '{');
  jw_str(w, "name", name);
  jw_str(w, "fullyQualifiedName", fq);
  jw_str(w, "kind", kind);
  jw_close(w, '}');
}

static const char *flow_name(const ctx *c, const tmc_flow *f) {
  if (!empty(f->label))
    return f->label;
  const char *s =
      valid_element(c->ir, f->src) ? tmc_element_name(&c->ir->elements[f->src]) : "?";
  const char *t =
      valid_element(c->ir, f->dst) ? tmc_element_name(&c->ir->elements[f->dst]) : "?";
  return tmc_arena_printf(c->a, "%s -> %s", s, t);
}

static void put_element_logical(jw *w, const ctx *c, uint32_t e) {
  if (!valid_element(c->ir, e)) {
    put_logical(w, "?", "?", "element");
    return;
  }
  const tmc_element *el = &c->ir->elements[e];
  put_logical(w, tmc_element_name(el), element_fq(c->ir, e), tmc_kind_name(el->kind));
}

/* The members of a location object: the element's line and identity, an
 * optional flow as a second logical location, an optional message. */
static void put_element_location_members(jw *w, const ctx *c, uint32_t e, uint32_t flow,
                                         const char *msg) {
  tmc_loc loc = valid_element(c->ir, e) ? c->ir->elements[e].loc : (tmc_loc){0};
  put_physical(w, c, loc.file, loc.line, loc.col);
  jw_open(w, "logicalLocations", '[');
  put_element_logical(w, c, e);
  if (flow < c->ir->n_flows) {
    const tmc_flow *f = &c->ir->flows[flow];
    put_logical(w, flow_name(c, f), flow_fq(c, f), "data_flow");
  }
  jw_close(w, ']');
  if (msg)
    jw_message(w, "message", msg);
}

/* The same, as an item of a locations array. */
static void put_element_location(jw *w, const ctx *c, uint32_t e) {
  jw_open(w, NULL, '{');
  put_element_location_members(w, c, e, TMC_NONE, NULL);
  jw_close(w, '}');
}

static void put_flow_location(jw *w, const ctx *c, uint32_t flow) {
  const tmc_flow *f = &c->ir->flows[flow];
  jw_open(w, NULL, '{');
  put_physical(w, c, f->loc.file, f->loc.line, f->loc.col);
  jw_open(w, "logicalLocations", '[');
  put_logical(w, flow_name(c, f), flow_fq(c, f), "data_flow");
  jw_close(w, ']');
  jw_close(w, '}');
}

/* ---- results ----------------------------------------------------------------- */

/* "Vector store 'Vector DB' (vectors)" / "Data flow 'read' (a -> b)". */
static const char *where(const ctx *c, const tmc_finding *f, const item *it) {
  const tmc_ir *ir = c->ir;
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    if (valid_element(ir, f->target)) {
      const tmc_element *e = &ir->elements[f->target];
      return tmc_arena_printf(c->a, "%s '%s' (%s)", tmc_kind_title(e->kind),
                              tmc_element_name(e), it->fq);
    }
    break;
  case TMC_TARGET_FLOW:
    if (f->target < ir->n_flows)
      return tmc_arena_printf(c->a, "Data flow '%s' (%s)",
                              flow_name(c, &ir->flows[f->target]), it->fq);
    break;
  case TMC_TARGET_PATH: {
    const tmc_path *p = finding_path(ir, f);
    if (p)
      return tmc_arena_printf(c->a, "in %u hop%s (%s)", p->n_hops ? p->n_hops - 1 : 0,
                              p->n_hops == 2 ? "" : "s", it->fq);
    break;
  }
  }
  return "an unknown target";
}

static const char *message(const ctx *c, const tmc_finding *f, const item *it) {
  tmc_buf b = TMC_BUF_INIT;
  /* "Threat: Process 'Web' (web)." / "Attack path: A to B, in 2 hops (a -> b -> c)." */
  tmc_buf_printf(&b, "%s%s %s.", !empty(f->title) ? f->title : it->rule_id,
                 f->target_kind == TMC_TARGET_PATH ? "," : ":", where(c, f, it));
  if (!empty(f->evidence)) {
    size_t l = strlen(f->evidence);
    tmc_buf_printf(&b, " Why: %s%s", f->evidence,
                   strchr(".!?", f->evidence[l - 1]) ? "" : ".");
  }
  switch (f->status) {
  case TMC_STATUS_OPEN:
    break;
  case TMC_STATUS_MITIGATED:
    tmc_buf_printf(&b, " Mitigated by %s.",
                   !empty(f->status_by) ? f->status_by : "a control");
    break;
  case TMC_STATUS_ACCEPTED:
    tmc_buf_printf(&b, " Accepted: %s.",
                   !empty(f->status_by) ? f->status_by : "by the owner");
    break;
  }
  const char *r = tmc_arena_strdup(c->a, b.data);
  tmc_buf_free(&b);
  return r;
}

static void put_stride(jw *w, const char *k, unsigned mask) {
  jw_open(w, k, '[');
  for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
    if (mask & bit)
      jw_str(w, NULL, tmc_stride_name(bit));
  jw_close(w, ']');
}

/* The kill-chain step a hop is, on its threadFlowLocation: the ATLAS tactic
 * as a kind ("execution") so viewers can show it, and the tactic, technique
 * and the control that breaks it as properties. Nothing for a hop the paths
 * pass named no technique for. */
static void put_hop_step(jw *w, const tmc_hop *hop) {
  if (empty(hop->technique))
    return;
  if (!empty(hop->tactic)) {
    tmc_buf k = TMC_BUF_INIT;
    for (const char *s = hop->tactic; *s; s++)
      tmc_buf_putc(&k, *s == ' ' ? '-' : (char)tolower((unsigned char)*s));
    jw_open(w, "kinds", '[');
    jw_str(w, NULL, k.data);
    jw_close(w, ']');
    tmc_buf_free(&k);
  }
  jw_open(w, "properties", '{');
  if (!empty(hop->tactic))
    jw_str(w, "tactic", hop->tactic);
  jw_str(w, "technique", hop->technique);
  if (!empty(hop->technique_name))
    jw_str(w, "techniqueName", hop->technique_name);
  /* Further techniques at the same hop: the first as alsoTechnique, the
     others numbered from 2 (alsoTechnique2). */
  for (uint32_t k = 0; k < TMC_HOP_ALSO && !empty(hop->also[k].technique); k++) {
    const tmc_hop_also *x = &hop->also[k];
    char nth[12] = "";
    if (k)
      snprintf(nth, sizeof nth, "%u", k + 1);
    char key[40];
    if (!empty(x->tactic)) {
      snprintf(key, sizeof key, "alsoTactic%s", nth);
      jw_str(w, key, x->tactic);
    }
    snprintf(key, sizeof key, "alsoTechnique%s", nth);
    jw_str(w, key, x->technique);
    if (!empty(x->name)) {
      snprintf(key, sizeof key, "alsoTechniqueName%s", nth);
      jw_str(w, key, x->name);
    }
  }
  if (!empty(hop->control))
    jw_str(w, "control", hop->control);
  jw_close(w, '}');
}

static void put_code_flow(jw *w, const ctx *c, const tmc_path *p) {
  const tmc_ir *ir = c->ir;
  jw_open(w, "codeFlows", '[');
  jw_open(w, NULL, '{');
  jw_open(w, "threadFlows", '[');
  jw_open(w, NULL, '{');
  jw_open(w, "locations", '[');
  for (uint32_t h = 0; h < p->n_hops; h++) {
    const tmc_hop *hop = &p->hops[h];
    const char *name = valid_element(ir, hop->element)
                           ? tmc_element_name(&ir->elements[hop->element])
                           : "?";
    tmc_buf m = TMC_BUF_INIT;
    if (h == 0 || hop->flow >= ir->n_flows) {
      tmc_buf_printf(&m, "Entry point: '%s'", name);
    } else {
      tmc_buf_printf(&m, "%s '%s' via '%s'", hop->reverse ? "Reads" : "Reaches", name,
                     flow_name(c, &ir->flows[hop->flow]));
      if (hop->boundary < ir->n_boundaries)
        tmc_buf_printf(&m, ", crossing into '%s'", ir->boundaries[hop->boundary].label);
    }
    if (!empty(hop->weakness))
      tmc_buf_printf(&m, ": %s", hop->weakness);
    jw_open(w, NULL, '{');
    jw_open(w, "location", '{');
    put_element_location_members(w, c, hop->element, hop->flow, m.data);
    jw_close(w, '}');
    jw_int(w, "executionOrder", h + 1);
    put_hop_step(w, hop);
    jw_close(w, '}');
    tmc_buf_free(&m);
  }
  jw_close(w, ']');
  jw_close(w, '}');
  jw_close(w, ']');
  jw_close(w, '}');
  jw_close(w, ']');
}

static void put_result(jw *w, const ctx *c, const item *it, const rule_row *rules) {
  const tmc_ir *ir = c->ir;
  const tmc_finding *f = &ir->findings[it->finding];
  const tmc_path *p = finding_path(ir, f);
  jw_open(w, NULL, '{');
  jw_str(w, "ruleId", rules[it->rule].id);
  jw_int(w, "ruleIndex", it->rule);
  jw_str(w, "level", level_of(f->severity));
  jw_message(w, "message", message(c, f, it));

  jw_open(w, "locations", '[');
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    put_element_location(w, c, f->target);
    break;
  case TMC_TARGET_FLOW:
    if (f->target < ir->n_flows)
      put_flow_location(w, c, f->target);
    else
      put_element_location(w, c, TMC_NONE);
    break;
  case TMC_TARGET_PATH:
    /* Like a taint-tracking alert: shown where the damage lands, the asset. */
    put_element_location(w, c, p ? p->asset : TMC_NONE);
    break;
  }
  jw_close(w, ']');

  if (p && valid_element(ir, p->entry)) {
    jw_open(w, "relatedLocations", '[');
    jw_open(w, NULL, '{');
    jw_int(w, "id", 1);
    const tmc_element *e = &ir->elements[p->entry];
    put_physical(w, c, e->loc.file, e->loc.line, e->loc.col);
    jw_open(w, "logicalLocations", '[');
    put_element_logical(w, c, p->entry);
    jw_close(w, ']');
    jw_message(w, "message", "entry point of the attack path");
    jw_close(w, '}');
    jw_close(w, ']');
  }
  if (p && p->n_hops)
    put_code_flow(w, c, p);

  /* The identify pass numbers fingerprints once for every consumer
   * (--baseline too); an IR built without it gets them numbered here. */
  jw_open(w, "partialFingerprints", '{');
  jw_str(w, "primaryLocationLineHash",
         f->fingerprint ? f->fingerprint
                        : tmc_arena_printf(c->a, "%016llx:%u",
                                           (unsigned long long)it->hash, it->occurrence));
  jw_close(w, '}');
  if (f->baseline != TMC_BASELINE_NONE)
    jw_str(w, "baselineState", f->baseline == TMC_BASELINE_NEW ? "new" : "unchanged");

  switch (f->status) {
  case TMC_STATUS_OPEN:
    break;
  case TMC_STATUS_MITIGATED:
  case TMC_STATUS_ACCEPTED: {
    /* The diagram itself declares the control or the acceptance: inSource. */
    bool mit = f->status == TMC_STATUS_MITIGATED;
    const char *by = !empty(f->status_by) ? f->status_by
                     : mit                ? "a declared control"
                                          : "";
    jw_open(w, "suppressions", '[');
    jw_open(w, NULL, '{');
    jw_str(w, "kind", "inSource");
    jw_str(w, "status", "accepted");
    jw_str(w, "justification",
           mit ? tmc_arena_printf(c->a, "mitigated by %s", by)
               : tmc_arena_printf(c->a, "accepted: %s", by));
    jw_close(w, '}');
    jw_close(w, ']');
    break;
  }
  }

  jw_open(w, "properties", '{');
  /* A path's place in the one ranking every report shows (#16): the
   * Markdown's "Path N" and the SVG's "Attack path N". */
  if (p)
    jw_int(w, "rank", tmc_report_path_number(c->view, f->target));
  put_stride(w, "stride", f->stride);
  jw_list(w, "atlas", &f->atlas);
  jw_list(w, "owasp", &f->owasp);
  jw_list(w, "cwe", &f->cwe);
  jw_list(w, "capec", &f->capec);
  jw_list(w, "mitigations", &f->mitigations);
  jw_int(w, "likelihood", f->likelihood);
  jw_int(w, "impact", f->impact);
  jw_int(w, "risk", f->score);
  jw_str(w, "severity", tmc_severity_name(f->severity));
  jw_str(w, "security-severity", security_severity(c->a, f->severity, f->score));
  jw_str(w, "status", tmc_status_name(f->status));
  if (!empty(f->status_by))
    jw_str(w, "statusBy", f->status_by);
  jw_str(w, "evidence", f->evidence ? f->evidence : "");
  /* The rules of the related threats it states too (docs/risk.md,
   * "Grouping"): a baseline's result of one of them on this target is not
   * gone. */
  if (f->grouped.n)
    jw_list(w, "grouped", &f->grouped);
  /* The test of the validation plan that confirms or refutes it (#20): the
   * id the plan report (-o NAME.plan.json) gives it. */
  uint32_t vi = c->view->vitem_of[f - ir->findings];
  if (vi != TMC_NONE)
    jw_str(w, "validation", ir->vplan[vi].id);
  if (p) {
    jw_open(w, "path", '{');
    /* "Path N" of the Markdown report and "Attack path N" of the SVG. */
    jw_int(w, "number", tmc_report_path_number(c->view, f->target));
    jw_str(w, "entry", element_fq(ir, p->entry));
    jw_str(w, "asset", element_fq(ir, p->asset));
    jw_int(w, "hops", p->n_hops);
    if (!empty(p->goal))
      jw_str(w, "goal", p->goal);
    if (!empty(p->chain))
      jw_str(w, "chain", p->chain);
    jw_int(w, "rank", p->rank);
    jw_bool(w, "moreExist", p->more_exist);
    jw_close(w, '}');
  }
  jw_close(w, '}');
  jw_close(w, '}');
}

/* ---- the authors' threats ------------------------------------------------------ */

/* The threats the model's author wrote (Threat Dragon, OTM) are results of
 * their own rule, AUTHOR_RULE, beside tmc's: a note at their element or flow,
 * suppressed when the author marked them mitigated, and naming the findings
 * of tmc's they close. Their fingerprint is not primaryLocationLineHash, so
 * --baseline (which compares tmc's findings) never takes them for findings. */
#define AUTHOR_RULE "TMC-AUTHOR"

static uint32_t count_author_threats(const tmc_ir *ir, const tmc_props *p) {
  uint32_t n = 0;
  tmc_author_threat t;
  while (tmc_author_threat_get(ir, p, n + 1, &t))
    n++;
  return n;
}

static void put_author_rule(jw *w) {
  jw_open(w, NULL, '{');
  jw_str(w, "id", AUTHOR_RULE);
  jw_str(w, "name", "ThreatWrittenByTheModelsAuthor");
  jw_message(w, "shortDescription", "A threat the model's author wrote");
  jw_message(w, "fullDescription",
             "A threat written in the model itself by its author (Threat Dragon, Open "
             "Threat Model), reported beside tmc's findings as the author wrote it; "
             "suppressed when the author marked it mitigated.");
  jw_open(w, "defaultConfiguration", '{');
  jw_str(w, "level", "note");
  jw_close(w, '}');
  jw_open(w, "properties", '{');
  jw_open(w, "tags", '[');
  jw_str(w, NULL, "security");
  jw_str(w, NULL, "threat-model-author");
  jw_close(w, ']');
  jw_close(w, '}');
  jw_close(w, '}');
}

/* The author's threats of one target as results; at most *budget of them. */
static void put_author_results(jw *w, const ctx *c, tmc_target kind, uint32_t target,
                               const tmc_props *p, uint32_t rule_index,
                               uint32_t *budget) {
  const tmc_ir *ir = c->ir;
  tmc_author_threat t;
  for (uint32_t k = 1; *budget && tmc_author_threat_get(ir, p, k, &t); k++) {
    (*budget)--;
    const char *fq = kind == TMC_TARGET_ELEMENT ? element_fq(ir, target)
                                                : flow_fq(c, &ir->flows[target]);
    jw_open(w, NULL, '{');
    jw_str(w, "ruleId", AUTHOR_RULE);
    jw_int(w, "ruleIndex", rule_index);
    jw_str(w, "level", "note");
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b, "The model's author's threat (theirs, not tmc's): %s",
                   *t.title ? t.title : "(untitled)");
    tmc_buf_printf(&b, " [%s%s%s%s%s].", *t.type ? t.type : "no category",
                   *t.severity ? ", " : "", t.severity, *t.status ? ", " : "", t.status);
    if (!empty(t.mitigation))
      tmc_buf_printf(&b, " Mitigation: %s", t.mitigation);
    jw_message(w, "message", clip(c->a, b.data, 4000));
    tmc_buf_free(&b);
    jw_open(w, "locations", '[');
    if (kind == TMC_TARGET_ELEMENT)
      put_element_location(w, c, target);
    else
      put_flow_location(w, c, target);
    jw_close(w, ']');
    jw_open(w, "partialFingerprints", '{');
    const char *key = tmc_arena_printf(c->a, "%s\x1f%u\x1f%s", fq, k, t.title);
    jw_str(w, "authorThreat/v1",
           tmc_arena_printf(c->a, "%016llx",
                            (unsigned long long)tmc_hash64(key, strlen(key), 0)));
    jw_close(w, '}');
    if (t.mitigated) {
      jw_open(w, "suppressions", '[');
      jw_open(w, NULL, '{');
      jw_str(w, "kind", "inSource");
      jw_str(w, "status", "accepted");
      jw_str(w, "justification",
             t.implemented && *t.implemented
                 ? tmc_arena_printf(c->a,
                                    "the model's author implemented its mitigation: %s",
                                    t.implemented)
                 : tmc_arena_printf(c->a, "the model's author marked it %s", t.status));
      jw_close(w, '}');
      jw_close(w, ']');
    }
    jw_open(w, "properties", '{');
    jw_str(w, "source", "author");
    jw_int(w, "number", k);
    jw_str(w, "title", t.title);
    jw_str(w, "category", t.type);
    jw_str(w, "severity", t.severity);
    jw_str(w, "status", t.status);
    if (!empty(t.mitigation))
      jw_str(w, "mitigation", t.mitigation);
    if (!empty(t.description))
      jw_str(w, "description", t.description);
    jw_open(w, "closes", '[');
    const tmc_report_view *v = c->view;
    const uint32_t *find = kind == TMC_TARGET_ELEMENT ? v->el_find + v->el_start[target]
                                                      : v->fl_find + v->fl_start[target];
    uint32_t nf = kind == TMC_TARGET_ELEMENT
                      ? v->el_start[target + 1] - v->el_start[target]
                      : v->fl_start[target + 1] - v->fl_start[target];
    for (uint32_t i = 0; i < nf; i++)
      if (ir->findings[find[i]].by_author == k)
        jw_str(w, NULL, ir->findings[find[i]].rule_id);
    jw_close(w, ']');
    jw_close(w, '}');
    jw_close(w, '}');
  }
}

/* ---- rules ------------------------------------------------------------------- */

/* "Spoofing of identity" → "SpoofingOfIdentity": SARIF's suggested shape for
 * reportingDescriptor.name. Falls back to the id's letters and digits. */
static const char *pascal_name(tmc_arena *a, const char *title, const char *id) {
  tmc_buf b = TMC_BUF_INIT;
  for (int pass = 0; pass < 2 && !b.len; pass++) {
    bool up = true;
    for (const char *s = pass ? id : title; s && *s && b.len < 200; s++) {
      char ch = *s;
      bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                   (ch >= '0' && ch <= '9');
      if (!alnum) {
        up = true;
        continue;
      }
      tmc_buf_putc(&b, up && ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch);
      up = false;
    }
  }
  const char *r = tmc_arena_strdup(a, b.len ? b.data : "Rule");
  tmc_buf_free(&b);
  return r;
}

/* The rule's lists: the catalog's when it knows the rule, else the finding's. */
#define RULE_LIST(row, field) ((row)->rule ? &(row)->rule->field : &(row)->sample->field)
#define RULE_STRIDE(row) ((row)->rule ? (row)->rule->stride : (row)->sample->stride)

static void put_refs(tmc_buf *md, tmc_buf *txt, const ctx *c, const tmc_strlist *l) {
  for (uint32_t i = 0; i < l->n; i++) {
    const char *id = l->v[i];
    const char *name = ref_name(c->rc->catalog, c->a, id);
    const char *url = ref_url(c->rc->catalog, c->a, id);
    tmc_buf_printf(txt, "\n- %s%s%s", id, name ? " " : "", name ? name : "");
    /* Markdown: the id and name are text from a catalog; keep them out of
     * link syntax by escaping the few characters that could break it. */
    tmc_buf_puts(md, "\n- ");
    if (url)
      tmc_buf_putc(md, '[');
    for (const char *s = name ? tmc_arena_printf(c->a, "%s %s", id, name) : id; *s; s++) {
      if (strchr("\\[]()<>*_`", *s))
        tmc_buf_putc(md, '\\');
      tmc_buf_putc(md, *s);
    }
    if (url)
      tmc_buf_printf(md, "](%s)", url);
  }
}

static void put_rule(jw *w, const ctx *c, const rule_row *row) {
  const tmc_rule *r = row->rule;
  const tmc_finding *f = row->sample;
  const tmc_strlist *atlas = RULE_LIST(row, atlas), *owasp = RULE_LIST(row, owasp),
                    *cwe = RULE_LIST(row, cwe), *capec = RULE_LIST(row, capec);
  unsigned stride = RULE_STRIDE(row);
  const char *title = r && !empty(r->title) ? r->title
                      : !empty(f->title)    ? f->title
                                            : row->id;
  /* A path finding's title names its instance ("Attack path: A to B"); the
   * rule is what comes before the colon. */
  const char *colon =
      !r && f->target_kind == TMC_TARGET_PATH ? strstr(title, ": ") : NULL;
  if (colon && colon > title)
    title = tmc_arena_strndup(c->a, title, (size_t)(colon - title));
  const char *desc = r && !empty(r->description) ? r->description : f->description;
  if (empty(desc)) {
    /* No words of its own (the bare STRIDE chart): say what it stands for. */
    tmc_buf b = TMC_BUF_INIT;
    tmc_buf_printf(&b, "%s: a threat to check for", title);
    for (unsigned bit = 1, k = 0; bit <= TMC_STRIDE_E; bit <<= 1)
      if (stride & bit)
        tmc_buf_printf(&b, "%s%s", k++ ? ", " : " (STRIDE: ", tmc_stride_name(bit));
    tmc_buf_puts(&b, stride ? ")." : ".");
    desc = tmc_arena_strdup(c->a, b.data);
    tmc_buf_free(&b);
  }
  const char *remedy = r && !empty(r->remediation) ? r->remediation : f->remediation;

  jw_open(w, NULL, '{');
  jw_str(w, "id", row->id);
  jw_str(w, "name", pascal_name(c->a, title, row->id));
  jw_message(w, "shortDescription", clip(c->a, title, MAX_DESCRIPTION));
  jw_message(w, "fullDescription", clip(c->a, desc, MAX_DESCRIPTION));

  const char *help_url = NULL;
  for (uint32_t i = 0; i < atlas->n && !help_url; i++)
    help_url = ref_url(c->rc->catalog, c->a, atlas->v[i]);
  for (uint32_t i = 0; i < cwe->n && !help_url; i++)
    help_url = ref_url(c->rc->catalog, c->a, cwe->v[i]);
  for (uint32_t i = 0; i < owasp->n && !help_url; i++)
    help_url = ref_url(c->rc->catalog, c->a, owasp->v[i]);
  if (help_url)
    jw_str(w, "helpUri", help_url);

  tmc_buf txt = TMC_BUF_INIT, md = TMC_BUF_INIT;
  tmc_buf_printf(&txt, "%s\n\n%s", title, desc);
  tmc_buf_printf(&md, "**%s**\n\n%s", title,
                 desc); /* catalog prose is Markdown already */
  if (!empty(remedy)) {
    tmc_buf_printf(&txt, "\n\nRemediation: %s", remedy);
    tmc_buf_printf(&md, "\n\n## Remediation\n\n%s", remedy);
  }
  if (atlas->n + owasp->n + cwe->n + capec->n) {
    tmc_buf_puts(&txt, "\n\nReferences:");
    tmc_buf_puts(&md, "\n\n## References\n");
    put_refs(&md, &txt, c, atlas);
    put_refs(&md, &txt, c, owasp);
    put_refs(&md, &txt, c, cwe);
    put_refs(&md, &txt, c, capec);
  }
  jw_open(w, "help", '{');
  jw_str(w, "text", txt.data);
  jw_str(w, "markdown", md.data);
  jw_close(w, '}');
  tmc_buf_free(&txt);
  tmc_buf_free(&md);

  jw_open(w, "defaultConfiguration", '{');
  jw_str(w, "level", level_of(row->severity));
  jw_close(w, '}');

  /* Tags in order of use to a reader of the dashboard; past GitHub's limit
   * the least useful (ATLAS ids, which stay in properties.atlas) go first. */
  tmc_strlist tags = {0};
  tmc_strlist_add(&tags, "security");
  for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
    if (stride & bit)
      tmc_strlist_add(&tags, tmc_stride_name(bit));
  for (uint32_t i = 0; i < cwe->n; i++)
    if (strncmp(cwe->v[i], "CWE-", 4) == 0 && cwe->v[i][4])
      tmc_strlist_add(&tags,
                      tmc_arena_printf(c->a, "external/cwe/cwe-%s", cwe->v[i] + 4));
  for (uint32_t i = 0; i < owasp->n; i++)
    tmc_strlist_add(&tags, owasp->v[i]);
  for (uint32_t i = 0; i < atlas->n; i++)
    tmc_strlist_add(&tags, atlas->v[i]);
  jw_open(w, "properties", '{');
  jw_open(w, "tags", '[');
  for (uint32_t i = 0; i < tags.n && i < MAX_TAGS; i++)
    jw_str(w, NULL, tags.v[i]);
  jw_close(w, ']');
  tmc_strlist_free(&tags);
  /* Catalog rules have preconditions; the bare STRIDE chart and paths are
   * broader, so a reviewer should expect more false positives there. */
  jw_str(w, "precision", r ? "high" : "medium");
  /* GitHub reads severity from the rule: take its most severe result, so no
   * alert looks milder than its worst instance. */
  jw_str(w, "security-severity", security_severity(c->a, row->severity, row->score));
  jw_close(w, '}');
  jw_close(w, '}');
}

/* ---- the run ----------------------------------------------------------------- */

static const char *diag_level(tmc_diag_level l) {
  switch (l) {
  case TMC_DIAG_NOTE:
    return "note";
  case TMC_DIAG_WARNING:
    return "warning";
  case TMC_DIAG_ERROR:
    return "error";
  }
  return "note";
}

/* tmc's diagnostics as tool execution notifications; those about the input
 * file point at their line in it. */
static void put_notifications(jw *w, const ctx *c, uint32_t dropped, uint32_t n_results,
                              uint32_t tags_dropped) {
  const tmc_diags *d = c->rc->diags;
  jw_open(w, "toolExecutionNotifications", '[');
  for (uint32_t i = 0; d && i < d->n; i++) {
    const tmc_diag *x = &d->v[i];
    bool ours = x->loc.file && c->ir->file && strcmp(x->loc.file, c->ir->file) == 0;
    jw_open(w, NULL, '{');
    jw_str(w, "level", diag_level(x->level));
    jw_message(w, "message",
               ours || !x->loc.file
                   ? x->msg
                   : tmc_arena_printf(c->a, "%s: %s", x->loc.file, x->msg));
    if (ours && x->loc.line) {
      jw_open(w, "locations", '[');
      jw_open(w, NULL, '{');
      put_physical(w, c, NULL, x->loc.line, x->loc.col);
      jw_close(w, '}');
      jw_close(w, ']');
    }
    jw_close(w, '}');
  }
  if (dropped) {
    jw_open(w, NULL, '{');
    jw_str(w, "level", "warning");
    jw_message(
        w, "message",
        tmc_arena_printf(c->a,
                         "%u findings exceed the limit of %u results per run: "
                         "the %u most severe are reported, %u less severe are left "
                         "out (the JSON report, -T json, has all of them)",
                         n_results + dropped, MAX_RESULTS, n_results, dropped));
    jw_close(w, '}');
  }
  if (tags_dropped) {
    jw_open(w, NULL, '{');
    jw_str(w, "level", "note");
    jw_message(
        w, "message",
        tmc_arena_printf(c->a,
                         "%u rule tags beyond the limit of %u per rule were left out "
                         "(the ids stay in each result's properties)",
                         tags_dropped, MAX_TAGS));
    jw_close(w, '}');
  }
  jw_close(w, ']');
}

/* Counts the tags put_rule will want, so the notification can be written
 * before the rules without a second pass over the output. */
static uint32_t tags_over(const rule_row *row) {
  uint32_t n = 1, cwe = 0;
  for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
    n += (RULE_STRIDE(row) & bit) != 0;
  const tmc_strlist *l = RULE_LIST(row, cwe);
  for (uint32_t i = 0; i < l->n; i++)
    cwe += strncmp(l->v[i], "CWE-", 4) == 0 && l->v[i][4];
  n += cwe + RULE_LIST(row, owasp)->n + RULE_LIST(row, atlas)->n;
  return n > MAX_TAGS ? n - MAX_TAGS : 0;
}

int tmc_backend_sarif(tmc_buf *out, const tmc_ir *ir, const tmc_report_ctx *rc,
                      tmc_diags *d) {
  tmc_report_view *own_view = NULL;
  ctx c = {ir,
           rc,
           tmc_arena_new(),
           NULL,
           NULL,
           tmc_identities_new(ir),
           tmc_report_view_get(ir, rc, &own_view),
           NULL,
           0};
  item *items = tmc_xcalloc(ir->n_findings ? ir->n_findings : 1, sizeof(item));
  item **order = tmc_xcalloc(ir->n_findings ? ir->n_findings : 1, sizeof(item *));
  rule_row *rules = tmc_xcalloc(ir->n_findings ? ir->n_findings : 1, sizeof(rule_row));
  uint32_t n = ir->n_findings, n_rules = 0, dropped = 0, tags_dropped = 0;
  const char *input = !empty(rc->input_uri) ? rc->input_uri
                      : !empty(ir->file)    ? ir->file
                                            : "stdin";
  c.uri = uri_path(c.a, input);
  index_lines(&c);
  if (ir->context_file)
    c.context_uri =
        uri_path(c.a, !empty(rc->context_uri) ? rc->context_uri : ir->context_file);

  /* Identify and order the findings; keep the most severe MAX_RESULTS. The
   * order starts with severity and score, so whatever ranks below the
   * (severity, score) band where the limit falls can be dropped unsorted. */
  uint32_t band[(TMC_SEV_CRITICAL + 1) * 32] = {0};
  for (uint32_t i = 0; i < n; i++)
    band[band_of(&ir->findings[i])]++;
  uint32_t cut = 0, above = 0;
  for (uint32_t k = sizeof band / sizeof *band; k-- > 0;) {
    above += band[k];
    if (above >= MAX_RESULTS) {
      cut = k;
      break;
    }
  }
  uint32_t kept = 0;
  for (uint32_t i = 0; i < n; i++)
    if (band_of(&ir->findings[i]) >= cut) {
      items[kept].finding = i;
      identify(&c, &items[kept++]);
    }
  qsort(items, kept, sizeof(item), by_severity);
  if (n > MAX_RESULTS) {
    dropped = n - MAX_RESULTS;
    n = MAX_RESULTS;
  }

  /* Occurrence numbers: the k-th result with the same identity gets ":k". */
  for (uint32_t i = 0; i < n; i++)
    order[i] = &items[i];
  qsort(order, n, sizeof(item *), by_hash);
  for (uint32_t i = 0; i < n; i++)
    order[i]->occurrence =
        i > 0 && order[i - 1]->hash == order[i]->hash ? order[i - 1]->occurrence + 1 : 1;

  /* The rules that produced a kept result, sorted by id; the first item of a
   * rule in severity order is its most severe. */
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[items[i].finding];
    const char *id = items[i].rule_id;
    /* Results of one rule mostly follow each other, and share its id string:
     * the row the previous result found or made is this one's too. */
    if (i > 0 && items[i - 1].rule_id == id)
      continue;
    uint32_t r = 0;
    while (r < n_rules && rules[r].id != id && strcmp(rules[r].id, id) != 0)
      r++;
    if (r < n_rules)
      continue;
    rule_row *row = &rules[n_rules++];
    row->id = id;
    row->rule = f->rule       ? (const tmc_rule *)f->rule
                : rc->catalog ? tmc_catalog_rule(rc->catalog, id)
                              : NULL;
    row->sample = f;
    row->severity = f->severity;
    row->score = f->score;
  }
  qsort(rules, n_rules, sizeof(rule_row), by_rule_id);
  for (uint32_t i = 0; i < n; i++) {
    if (i > 0 && items[i - 1].rule_id == items[i].rule_id) {
      items[i].rule = items[i - 1].rule;
      continue;
    }
    rule_row key = {.id = items[i].rule_id};
    rule_row *hit = bsearch(&key, rules, n_rules, sizeof(rule_row), by_rule_id);
    items[i].rule = (uint32_t)(hit - rules);
  }
  for (uint32_t r = 0; r < n_rules; r++)
    tags_dropped += tags_over(&rules[r]);

  jw w = {out, 0, {true}};
  jw_open(&w, NULL, '{');
  jw_str(&w, "$schema", SCHEMA_URI);
  jw_str(&w, "version", "2.1.0");
  jw_open(&w, "runs", '[');
  jw_open(&w, NULL, '{');

  jw_open(&w, "tool", '{');
  jw_open(&w, "driver", '{');
  jw_str(&w, "name", "tmc");
  jw_str(&w, "fullName", "tmc, the threat model compiler");
  jw_str(&w, "version", TMC_VERSION);
  jw_str(&w, "semanticVersion", TMC_VERSION);
  jw_str(&w, "informationUri", INFORMATION_URI);
  if (rc->catalog) {
    jw_open(&w, "properties", '{');
    jw_str(&w, "catalogVersion", tmc_catalog_version(rc->catalog));
    jw_str(&w, "atlasVersion", tmc_catalog_atlas_version(rc->catalog));
    jw_close(&w, '}');
  }
  uint32_t n_author = 0;
  for (uint32_t e = 0; e < ir->n_elements; e++)
    n_author += count_author_threats(ir, &ir->elements[e].props);
  for (uint32_t i = 0; i < ir->n_flows; i++)
    n_author += count_author_threats(ir, &ir->flows[i].props);
  jw_open(&w, "rules", '[');
  for (uint32_t r = 0; r < n_rules; r++)
    put_rule(&w, &c, &rules[r]);
  if (n_author)
    put_author_rule(&w);
  jw_close(&w, ']');
  jw_close(&w, '}');
  jw_close(&w, '}');

  jw_open(&w, "invocations", '[');
  jw_open(&w, NULL, '{');
  jw_bool(&w, "executionSuccessful", !rc->diags || rc->diags->errors == 0);
  if (rc->timestamps) { /* only when asked: it makes every run's bytes differ */
    char when[32];
    time_t now = time(NULL);
    struct tm tm;
    if (gmtime_r(&now, &tm) && strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm))
      jw_str(&w, "endTimeUtc", when);
  }
  put_notifications(&w, &c, dropped, n, tags_dropped);
  jw_close(&w, '}');
  jw_close(&w, ']');

  /* The category GitHub keys analyses by: one per diagram, so uploads for
   * several diagrams do not replace each other. No run id: no time stamp. */
  jw_open(&w, "automationDetails", '{');
  jw_str(&w, "id", tmc_arena_printf(c.a, "tmc/%s/", input));
  jw_close(&w, '}');

  if (!empty(rc->srcroot)) {
    jw_open(&w, "originalUriBaseIds", '{');
    jw_open(&w, "SRCROOT", '{');
    jw_str(&w, "uri", file_uri(c.a, rc->srcroot));
    jw_close(&w, '}');
    jw_close(&w, '}');
  }

  jw_open(&w, "artifacts", '[');
  jw_open(&w, NULL, '{');
  jw_open(&w, "location", '{');
  jw_str(&w, "uri", c.uri);
  jw_str(&w, "uriBaseId", "SRCROOT");
  jw_close(&w, '}');
  jw_open(&w, "roles", '[');
  jw_str(&w, NULL, "analysisTarget");
  jw_close(&w, ']');
  jw_str(&w, "mimeType", ir->format->mime);
  jw_close(&w, '}');
  if (c.context_uri) { /* --context: the platform's diagram, where its elements are */
    jw_open(&w, NULL, '{');
    jw_open(&w, "location", '{');
    jw_str(&w, "uri", c.context_uri);
    jw_str(&w, "uriBaseId", "SRCROOT");
    jw_close(&w, '}');
    jw_close(&w, '}');
  }
  jw_close(&w, ']');

  jw_open(&w, "results", '[');
  for (uint32_t i = 0; i < n; i++)
    put_result(&w, &c, &items[i], rules);
  uint32_t budget = MAX_RESULTS - n;
  for (uint32_t e = 0; n_author && e < ir->n_elements; e++)
    put_author_results(&w, &c, TMC_TARGET_ELEMENT, e, &ir->elements[e].props, n_rules,
                       &budget);
  for (uint32_t i = 0; n_author && i < ir->n_flows; i++)
    put_author_results(&w, &c, TMC_TARGET_FLOW, i, &ir->flows[i].props, n_rules, &budget);
  jw_close(&w, ']');
  jw_str(&w, "columnKind", "unicodeCodePoints");
  /* The path plan (issue #16 item 5): the fewest changes that close the most
   * attack paths, each path by its properties.rank. */
  const tmc_path_plan *pp = &c.view->path_plan;
  if (pp->summary) {
    jw_open(&w, "properties", '{');
    jw_open(&w, "pathPlan", '{');
    jw_str(&w, "summary", pp->summary);
    jw_int(&w, "closes", pp->closes);
    jw_int(&w, "pathsTotal", ir->n_paths);
    jw_open(&w, "changes", '[');
    for (uint32_t i = 0; i < pp->n_fixes; i++) {
      jw_open(&w, NULL, '{');
      jw_str(&w, "flow", tmc_ir_target_name(ir, TMC_TARGET_FLOW, pp->fixes[i].flow));
      jw_str(&w, "control", pp->fixes[i].control);
      jw_open(&w, "ranks", '[');
      for (uint32_t k = 0; k < pp->fixes[i].n_paths; k++)
        jw_int(&w, NULL, tmc_report_path_number(c.view, pp->fixes[i].paths[k]));
      jw_close(&w, ']');
      jw_close(&w, '}');
    }
    jw_close(&w, ']');
    jw_close(&w, '}');
    jw_close(&w, '}');
  }
  jw_close(&w, '}');
  jw_close(&w, ']');
  jw_close(&w, '}');
  tmc_buf_putc(out, '\n');

  if (dropped)
    tmc_warning(d, (tmc_loc){ir->file, 0, 0},
                "SARIF: %u findings exceed the limit of %u results: the %u least severe "
                "were left out",
                dropped + n, MAX_RESULTS, dropped);
  free(items);
  free(order);
  free(rules);
  tmc_identities_free(c.ids);
  tmc_report_view_free(own_view);
  tmc_arena_free(c.a);
  return 0;
}
