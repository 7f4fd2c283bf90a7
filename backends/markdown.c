/* markdown.c - the threat model as GitHub-flavoured Markdown, the report a
 * team reviews in a pull request: summary, scope and assets, data flow,
 * threats per element and flow, attack paths, risk register, mitigation plan,
 * coverage matrix and an appendix, in that order.
 *
 * The one idea: nothing here depends on where things sit in memory. Every
 * list is sorted by a total order over values (severity, score, names, ids,
 * with the diagram's declaration order as the last tie-break), and every
 * anchor is derived from diagram ids, so the same diagram gives the same
 * bytes and a reordered diagram moves no link. Every string that comes from
 * the diagram or a catalog goes through tmc_md_text; catalog lookups may
 * return NULL (an id the catalog does not know, or no catalog at all) and
 * the report then shows the bare id.
 *
 * What comes first, what a path's number is, which findings belong to a
 * target, what a condensed report shows and the mitigation plan are the
 * report model's (backends/report.h), shared with the SVG and SARIF; this
 * file only formats them.
 *
 * Big diagrams (more than TMC_REPORT_CONDENSE_TARGETS elements and flows) get a
 * condensed report: the same sections, but threat sections only for the
 * targets of the highest-risk open findings, and long lists cut at a fixed
 * number of rows with a count of the rest, so the report stays readable and
 * its size bounded; it says what it left out and where to find it. Targets
 * without a section are named without a link. */
#include "backends/backends.h"
#include "backends/escape.h"
#include "backends/report.h"
#include "catalog/validation.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* How many rows the summary's top-risk table shows, of each kind. */
enum { TOP_FINDINGS = 5, TOP_PATHS = 3, TOC_TARGETS_MAX = 200 };

/* The condensed report (README, "The Markdown report"): above
 * TMC_REPORT_CONDENSE_TARGETS elements + flows, threat sections for at most
 * TMC_REPORT_CONDENSED_SECTIONS targets (report.h), at most CONDENSED_ROWS rows in the
 * risk register and the crossing-flow and accepted-risk tables, CONDENSED_LIST rows in
 * the other tables, CONDENSED_NAMES names in a table cell and CONDENSED_PLAN findings
 * under each control of the mitigation plan. */
enum {
  CONDENSED_ROWS = 1000,
  CONDENSED_LIST = 200,
  CONDENSED_NAMES = 20,
  CONDENSED_PLAN = 20,
};

typedef struct md {
  tmc_buf *b;
  const tmc_ir *ir;
  const tmc_report_ctx *ctx;
  const tmc_catalog *cat; /* may be NULL */
  tmc_arena *a;           /* this report's own strings */
  /* Per element / flow / path: anchor (HTML id) and heading text (raw). */
  const char **el_anchor, **el_head;
  const char **fl_anchor, **fl_head;
  const char **path_anchor, **path_head;
  /* The report model's (report.h), copied out of the view for brevity. */
  const tmc_report_view *v;
  const uint32_t *el_order, *el_rank;
  const uint32_t *fl_order, *fl_rank;
  const uint32_t *path_order, *path_rank;
  const uint32_t *el_start, *el_find;
  const uint32_t *fl_start, *fl_find;
  const uint32_t *pa_start, *pa_find;
  const uint32_t *risk_order; /* open findings, highest risk first */
  uint32_t n_open;
  const uint32_t *rule_rank;
  uint32_t n_rules;
  bool condensed;                     /* a big diagram: see report.h */
  const uint8_t *el_shown, *fl_shown; /* has a section under Threats */
  uint32_t n_el_shown, n_fl_shown;
} md;

/* ---- small writers ---------------------------------------------------------- */

static void put(md *m, const char *s) {
  tmc_buf_puts(m->b, s);
}

static void text(md *m, const char *s) {
  tmc_md_text(m->b, s);
}

/* Text, or an em dash for an empty cell so a table never has a blank one. */
static void cell(md *m, const char *s) {
  if (s && *s)
    tmc_md_text(m->b, s);
  else
    put(m, "—");
}

/* What path p achieves (tmc_report_path_goal), escaped; an em dash when it
 * names nothing, as an empty cell. */
static void goal_cell(md *m, const tmc_path *p) {
  tmc_buf g = TMC_BUF_INIT;
  tmc_report_path_goal(&g, p);
  cell(m, g.len ? g.data : NULL);
  tmc_buf_free(&g);
}

/* A link destination: only http(s) URLs are linked, and every byte that
 * could end or confuse the destination is percent-encoded. Returns false
 * when the URL is not one we link. */
static bool url_ok(const char *u) {
  return u && (strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0);
}

static void put_url(md *m, const char *u) {
  static const char safe[] = "-._~:/?#@!$&'*+,;=%";
  for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || strchr(safe, *p))
      tmc_buf_putc(m->b, (char)*p);
    else
      tmc_buf_printf(m->b, "%%%02X", *p);
  }
}

/* [label](url) when url is linkable, else the label as text. */
static void link(md *m, const char *label, const char *url) {
  if (!url_ok(url)) {
    cell(m, label);
    return;
  }
  put(m, "[");
  cell(m, label);
  put(m, "](");
  put_url(m, url);
  put(m, ")");
}

/* A link to an anchor in this report; anchors are [A-Za-z0-9_-] only. */
static void ref(md *m, const char *label, const char *anchor) {
  put(m, "[");
  cell(m, label);
  tmc_buf_printf(m->b, "](#%s)", anchor);
}

static void anchor(md *m, const char *id) {
  tmc_buf_printf(m->b, "<a id=\"%s\"></a>\n\n", id);
}

static const char *sev_title(tmc_severity s) {
  switch (s) {
  case TMC_SEV_NONE:
    return "None";
  case TMC_SEV_LOW:
    return "Low";
  case TMC_SEV_MEDIUM:
    return "Medium";
  case TMC_SEV_HIGH:
    return "High";
  case TMC_SEV_CRITICAL:
    return "Critical";
  }
  return "?";
}

static const char *tri_name(tmc_tri t) {
  switch (t) {
  case TMC_TRI_UNKNOWN:
    return "not stated";
  case TMC_TRI_NO:
    return "no";
  case TMC_TRI_YES:
    return "yes";
  }
  return "?";
}

static const char *plural(uint32_t n, const char *one, const char *many) {
  return n == 1 ? one : many;
}

/* ---- catalog lookups that tolerate no catalog ------------------------------- */

static const tmc_technique *technique(const md *m, const char *id) {
  return m->cat ? tmc_catalog_technique(m->cat, id) : NULL;
}
static const tmc_mitigation *mitigation(const md *m, const char *id) {
  return m->cat ? tmc_catalog_mitigation(m->cat, id) : NULL;
}
static const tmc_ref *cref(const md *m, const char *id) {
  return m->cat ? tmc_catalog_ref(m->cat, id) : NULL;
}
static const tmc_control *control(const md *m, const char *name) {
  return m->cat ? tmc_catalog_control_id(m->cat, name) : NULL;
}
static const char *curl(const md *m, const char *id) {
  return m->cat ? tmc_catalog_url(m->cat, id) : NULL;
}

/* An ATLAS technique as "[AML.T0051.000 LLM Prompt Injection: Direct](url)". */
static void put_technique(md *m, const char *id) {
  const tmc_technique *t = technique(m, id);
  const char *label = t && t->name ? tmc_arena_printf(m->a, "%s %s", id, t->name) : id;
  link(m, label, t && url_ok(t->url) ? t->url : curl(m, id));
}

/* A catalog id (OWASP, CWE, CAPEC, AML.M, NIST), linked when the catalog knows
 * a page for it; with_title adds the entry's title. */
static void put_id(md *m, const char *id, bool with_title) {
  const tmc_ref *r = cref(m, id);
  const tmc_mitigation *mi = r ? NULL : mitigation(m, id);
  const char *title = r ? r->title : mi ? mi->name : NULL;
  const char *url = r && url_ok(r->url)     ? r->url
                    : mi && url_ok(mi->url) ? mi->url
                                            : curl(m, id);
  const char *label =
      with_title && title ? tmc_arena_printf(m->a, "%s %s", id, title) : id;
  link(m, label, url);
}

static void put_ids(md *m, const tmc_strlist *l, bool with_title) {
  if (!l->n)
    put(m, "—");
  for (uint32_t i = 0; i < l->n; i++) {
    if (i)
      put(m, ", ");
    put_id(m, l->v[i], with_title);
  }
}

/* One technique of a hop: linked with its name when the catalog has one. */
static void put_hop_technique(md *m, const char *id, const char *name) {
  if (name && *name)
    link(m, tmc_arena_printf(m->a, "%s %s", id, name), curl(m, id));
  else if (strncmp(id, "AML.", 4) == 0)
    put_technique(m, id);
  else
    put_id(m, id, true);
}

/* The kill-chain step a hop is: " — Execution: [AML.T0051.001 …](url); breaks
 * it: prompt\_injection\_filter (Screen prompts …)". Nothing when the paths
 * pass named no technique for the hop (the entry, or no goal matched). */
static void put_hop_step(md *m, const tmc_hop *hop) {
  if (!hop->technique || !*hop->technique)
    return;
  put(m, " — ");
  if (hop->tactic && *hop->tactic) {
    text(m, hop->tactic);
    put(m, ": ");
  }
  put_hop_technique(m, hop->technique, hop->technique_name);
  uint32_t n = 0; /* further techniques at the same hop */
  while (n < TMC_HOP_ALSO && hop->also[n].technique && *hop->also[n].technique)
    n++;
  for (uint32_t k = 0; k < n; k++) {
    const tmc_hop_also *x = &hop->also[k];
    put(m, k + 1 < n ? ", " : ", and ");
    if (x->tactic && *x->tactic &&
        (!hop->tactic || strcmp(hop->tactic, x->tactic) != 0)) {
      text(m, x->tactic);
      put(m, ": ");
    }
    put_hop_technique(m, x->technique, x->name);
  }
  if (hop->control && *hop->control) {
    const tmc_control *ctl = control(m, hop->control);
    put(m, "; breaks it: ");
    text(m, hop->control);
    if (ctl && ctl->title) {
      put(m, " (");
      text(m, ctl->title);
      put(m, ")");
    }
  } else if (hop->uncut) /* control: none in goals.yaml */
    put(m, "; no change here breaks it (anyone may take this step): cut later");
}

/* ---- anchors and names ------------------------------------------------------ */

/* A rule's or control's anchor (report.h: the same slugs as the targets'). */
static const char *slug(md *m, const char *prefix, const char *id) {
  return tmc_report_slug(m->a, prefix, id);
}

static const char *zone_name(const md *m, uint32_t e) {
  const tmc_ir *ir = m->ir;
  uint32_t bi = ir->elements[e].boundary;
  if (bi == TMC_NONE)
    return tmc_arena_printf(m->a, "outside every boundary (trust %d)",
                            tmc_ir_element_trust(ir, e));
  return tmc_arena_printf(m->a, "%s (trust %d)", ir->boundaries[bi].label,
                          ir->boundaries[bi].trust);
}

/* The name a report gives a finding's target, raw. */
static const char *target_name(const md *m, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return f->target < m->ir->n_elements ? m->el_head[f->target] : "?";
  case TMC_TARGET_FLOW:
    return f->target < m->ir->n_flows ? m->fl_head[f->target] : "?";
  case TMC_TARGET_PATH:
    return f->target < m->ir->n_paths ? m->path_head[f->target] : "?";
  }
  return "?";
}

static const char *target_anchor(const md *m, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return f->target < m->ir->n_elements ? m->el_anchor[f->target] : NULL;
  case TMC_TARGET_FLOW:
    return f->target < m->ir->n_flows ? m->fl_anchor[f->target] : NULL;
  case TMC_TARGET_PATH:
    return f->target < m->ir->n_paths ? m->path_anchor[f->target] : NULL;
  }
  return NULL;
}

/* An element or flow by its heading, linked to its section when it has one
 * (a condensed report leaves most targets without). */
static void put_el(md *m, uint32_t e) {
  if (m->el_shown[e])
    ref(m, m->el_head[e], m->el_anchor[e]);
  else
    cell(m, m->el_head[e]);
}

static void put_fl(md *m, uint32_t i) {
  if (m->fl_shown[i])
    ref(m, m->fl_head[i], m->fl_anchor[i]);
  else
    cell(m, m->fl_head[i]);
}

static void put_target(md *m, const tmc_finding *f) {
  const char *an = target_anchor(m, f);
  if (!an)
    put(m, "?");
  else if (f->target_kind == TMC_TARGET_ELEMENT)
    put_el(m, f->target);
  else if (f->target_kind == TMC_TARGET_FLOW)
    put_fl(m, f->target);
  else
    ref(m, target_name(m, f), an);
}

/* A rule id, linked to its entry under "Rules cited". */
static void put_rule(md *m, const char *id) {
  if (id && *id)
    ref(m, id, slug(m, "rule-", id));
  else
    put(m, "—");
}

/* The business impact a finding carries, in a product owner's words; an
 * em dash when none is known. */
static void put_impact(md *m, const tmc_finding *f) {
  tmc_impactset s = tmc_report_impact(m->ir, f);
  if (!s) {
    put(m, "—");
    return;
  }
  tmc_report_impact_text(m->b, s, true);
}

static const char *likelihood_words(int l) {
  return l >= 5   ? "very high"
         : l == 4 ? "high"
         : l == 3 ? "medium"
         : l == 2 ? "low"
                  : "very low";
}

/* ---- ordering --------------------------------------------------------------- */

/* Sort keys carry everything their comparator needs, so qsort needs no
 * context; the last key is always the index, which makes the order total. */
typedef struct skey {
  uint32_t idx;
  int k[7];         /* compared in order, larger first */
  const char *s[3]; /* then compared with strcmp, smaller first */
} skey;

static int cmp_skey(const void *pa, const void *pb) {
  const skey *a = pa, *b = pb;
  for (int i = 0; i < 7; i++)
    if (a->k[i] != b->k[i])
      return a->k[i] > b->k[i] ? -1 : 1;
  for (int i = 0; i < 3; i++) {
    const char *x = a->s[i] ? a->s[i] : "", *y = b->s[i] ? b->s[i] : "";
    if (x == y) /* the common case: the same rule's string */
      continue;
    int c = strcmp(x, y);
    if (c)
      return c;
  }
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static uint32_t *sorted(skey *k, uint32_t n) {
  qsort(k, n, sizeof *k, cmp_skey);
  uint32_t *order = tmc_xmalloc((n ? n : 1) * sizeof *order);
  for (uint32_t i = 0; i < n; i++)
    order[i] = k[i].idx;
  return order;
}

/* Anchors and headings are the report model's, shared with HTML and SVG. */
static void name_targets(md *m) {
  m->el_anchor = m->v->el_anchor, m->el_head = m->v->el_head;
  m->fl_anchor = m->v->fl_anchor, m->fl_head = m->v->fl_head;
  m->path_anchor = m->v->path_anchor, m->path_head = m->v->path_head;
}

/* ---- counts ----------------------------------------------------------------- */

typedef struct tally {
  uint32_t by[3][TMC_SEV_CRITICAL + 1]; /* [status][severity] */
  uint32_t open, total;
} tally;

static tally count_findings(const tmc_ir *ir, const uint32_t *list, uint32_t n) {
  tally t;
  memset(&t, 0, sizeof t);
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[list ? list[i] : i];
    t.by[f->status][f->severity]++;
    t.open += f->status == TMC_STATUS_OPEN;
    t.total++;
  }
  return t;
}

/* "2 high, 3 low" for the open findings of a tally; "none" when none. */
static void put_open_counts(md *m, const tally *t) {
  bool any = false;
  for (int s = TMC_SEV_CRITICAL; s >= TMC_SEV_NONE; s--) {
    uint32_t c = t->by[TMC_STATUS_OPEN][s];
    if (!c)
      continue;
    tmc_buf_printf(m->b, "%s%u %s", any ? ", " : "", c,
                   s == TMC_SEV_NONE ? "unrated" : tmc_severity_name((tmc_severity)s));
    any = true;
  }
  if (!any)
    put(m, "none");
}

static uint32_t n_crossing(const tmc_ir *ir) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_flows; i++)
    n += ir->flows[i].facts.crosses;
  return n;
}

/* ---- 1. summary ------------------------------------------------------------- */

static void put_status(md *m, const tmc_finding *f) {
  switch (f->status) {
  case TMC_STATUS_OPEN:
    put(m, "open");
    break;
  case TMC_STATUS_MITIGATED:
    put(m, "mitigated by ");
    cell(m, f->status_by);
    break;
  case TMC_STATUS_ACCEPTED:
    put(m, "accepted because ");
    cell(m, f->status_by);
    break;
  }
}

/* With --baseline: what this change introduced and what it removed, so a
 * pull-request reviewer reads the difference first. */
#define BASELINE_ROWS 50
static void section_baseline(md *m) {
  const tmc_ir *ir = m->ir;
  uint32_t n_new = 0, n_same = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN)
      continue;
    n_new += f->baseline == TMC_BASELINE_NEW;
    n_same += f->baseline == TMC_BASELINE_UNCHANGED;
  }
  put(m, "### Since the baseline\n\n");
  tmc_buf_printf(m->b, "%u new open %s, %u unchanged, %u gone.\n\n", n_new,
                 plural(n_new, "finding", "findings"), n_same, ir->n_gone);
  if (n_new) {
    put(m, "New open findings, highest risk first:\n\n");
    put(m, "| Score | Severity | Finding | Where |\n| ---: | --- | --- | --- |\n");
    uint32_t shown = 0;
    for (uint32_t i = 0; i < m->n_open && shown < BASELINE_ROWS; i++) {
      const tmc_finding *f = &ir->findings[m->risk_order[i]];
      if (f->baseline != TMC_BASELINE_NEW)
        continue;
      tmc_buf_printf(m->b, "| %d | %s | ", f->score, sev_title(f->severity));
      cell(m, f->title);
      put(m, " (");
      text(m, f->rule_id);
      put(m, ") | ");
      put_target(m, f);
      put(m, " |\n");
      shown++;
    }
    if (n_new > shown)
      tmc_buf_printf(m->b, "\n…and %u more in the risk register.\n", n_new - shown);
    put(m, "\n");
  }
  if (ir->n_gone) {
    put(m,
        "Gone since the baseline:\n\n| Rule | Where | Finding |\n| --- | --- | --- |\n");
    for (uint32_t i = 0; i < ir->n_gone && i < BASELINE_ROWS; i++) {
      const tmc_gone *g = &ir->gone[i];
      put(m, "| ");
      cell(m, g->rule_id);
      put(m, " | ");
      cell(m, g->where);
      put(m, " | ");
      /* The first sentence says what it was; the rest is the old evidence. */
      const char *dot = strstr(g->message, ". ");
      cell(m, dot ? tmc_arena_strndup(m->a, g->message, (size_t)(dot - g->message))
                  : g->message);
      put(m, " |\n");
    }
    if (ir->n_gone > BASELINE_ROWS)
      tmc_buf_printf(m->b, "\n…and %u more.\n", ir->n_gone - BASELINE_ROWS);
    put(m, "\n");
  }
}

/* The summary opens with the business risks that matter most (issue #20),
 * in a product owner's words: what can happen, to what, from where, what
 * it costs and how likely it is. The highest-risk open findings that carry a
 * business impact, one per rule; the entry point is the one the validation
 * plan starts the finding's test from, when it has one. */
enum { BUSINESS_RISKS = 3 };

static void business_risks(md *m) {
  const tmc_ir *ir = m->ir;
  uint32_t pick[BUSINESS_RISKS], np = 0;
  /* Three different stories first: a risk whose rule or whose business
   * impact is already told waits for a second round. */
  for (int round = 0; round < 2; round++)
    for (uint32_t i = 0; i < m->n_open && np < BUSINESS_RISKS; i++) {
      const tmc_finding *f = &ir->findings[m->risk_order[i]];
      tmc_impactset s = tmc_report_impact(ir, f);
      if (!s)
        continue;
      bool told = false;
      for (uint32_t x = 0; x < np && !told; x++) {
        const tmc_finding *g = &ir->findings[pick[x]];
        told = pick[x] == m->risk_order[i] || strcmp(g->rule_id, f->rule_id) == 0 ||
               (round == 0 && tmc_report_impact(ir, g) == s);
      }
      if (!told)
        pick[np++] = m->risk_order[i];
    }
  if (!np)
    return;
  tmc_buf_printf(m->b, "**The %s business %s that matter%s most:**\n\n",
                 np == 1   ? "one"
                 : np == 2 ? "two"
                           : "three",
                 plural(np, "risk", "risks"), np == 1 ? "s" : "");
  for (uint32_t x = 0; x < np; x++) {
    const tmc_finding *f = &ir->findings[pick[x]];
    uint32_t vi = m->v->vitem_of ? m->v->vitem_of[pick[x]] : TMC_NONE;
    uint32_t entry = vi != TMC_NONE ? ir->vplan[vi].entry : TMC_NONE;
    if (f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths)
      entry = ir->paths[f->target].entry;
    put(m, "- **");
    tmc_buf w = TMC_BUF_INIT;
    tmc_report_impact_text(&w, tmc_report_impact(ir, f), true);
    if (w.len && w.data[0] >= 'a' && w.data[0] <= 'z')
      w.data[0] = (char)(w.data[0] - 'a' + 'A');
    put(m, w.data ? w.data : "");
    tmc_buf_free(&w);
    tmc_buf_printf(m->b, "**, likelihood %s: ", likelihood_words(f->likelihood));
    text(m, f->title);
    put(m, " (");
    put_target(m, f);
    if (entry != TMC_NONE && f->target_kind != TMC_TARGET_PATH) {
      put(m, ", reachable by ");
      put_el(m, entry);
    }
    put(m, ").\n");
  }
  put(m, "\n");
}

static void section_summary(md *m) {
  const tmc_ir *ir = m->ir;
  uint32_t n_ai = 0, n_entry = 0, n_asset = 0;
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    n_ai += tmc_kind_is_ai(ir->elements[i].kind);
    n_entry += ir->elements[i].facts.is_entry;
    n_asset += ir->elements[i].facts.is_asset;
  }
  tally t = count_findings(ir, NULL, ir->n_findings);

  put(m, "## Summary\n\n");
  business_risks(m);
  put(m, "**Analysed:** ");
  text(m, m->ctx && m->ctx->input_uri ? m->ctx->input_uri : ir->file);
  put(m, " (");
  put(m, ir->format->title);
  tmc_buf_printf(m->b,
                 ", %u %s): %u %s (%u AI), %u data %s, %u trust %s, %u %s crossing a "
                 "boundary, %u entry %s, %u %s.\n\n",
                 ir->n_pages, plural(ir->n_pages, "page", "pages"), ir->n_elements,
                 plural(ir->n_elements, "element", "elements"), n_ai, ir->n_flows,
                 plural(ir->n_flows, "flow", "flows"), ir->n_boundaries,
                 plural(ir->n_boundaries, "boundary", "boundaries"), n_crossing(ir),
                 plural(n_crossing(ir), "flow", "flows"), n_entry,
                 plural(n_entry, "point", "points"), n_asset,
                 plural(n_asset, "asset", "assets"));
  if (ir->context_file) { /* --context: say what is the platform's (#20) */
    put(m, "**Platform context:** read with ");
    text(m, ir->context_file);
    tmc_buf_printf(m->b,
                   " (`--context`): %u of these elements and their zones are the "
                   "platform's. %u %s and %u attack %s on them that the platform's own "
                   "report names are not repeated here; what this report shows on "
                   "platform elements is what this diagram adds to them.\n\n",
                   ir->context_elements, ir->context_left_findings,
                   plural(ir->context_left_findings, "finding", "findings"),
                   ir->context_left_paths,
                   plural(ir->context_left_paths, "path", "paths"));
  }
  if (m->condensed)
    tmc_buf_printf(m->b,
                   "**Condensed report:** with more than %u elements and flows, a full "
                   "report would be too long to read. This one gives threat sections "
                   "only for the %u elements and flows with the highest-risk open "
                   "findings and cuts long lists at a fixed number of rows, saying each "
                   "time how many it left out. Every finding is in the JSON report "
                   "(`-T json`); the SARIF report holds the most severe, up to GitHub's "
                   "limit.\n\n",
                   (unsigned)TMC_REPORT_CONDENSE_TARGETS, m->n_el_shown + m->n_fl_shown);

  /* The verdict first: it is the line a reviewer signs off on. */
  uint32_t crit = t.by[TMC_STATUS_OPEN][TMC_SEV_CRITICAL],
           high = t.by[TMC_STATUS_OPEN][TMC_SEV_HIGH];
  uint32_t med = t.by[TMC_STATUS_OPEN][TMC_SEV_MEDIUM];
  put(m, "**Verdict:** ");
  if (crit)
    tmc_buf_printf(m->b,
                   "not acceptable as drawn: %u critical open %s to fix before release",
                   crit, plural(crit, "finding", "findings"));
  else if (high)
    tmc_buf_printf(m->b,
                   "needs work: %u high-severity open %s to mitigate or accept before "
                   "sign-off",
                   high, plural(high, "finding", "findings"));
  else if (med)
    tmc_buf_printf(m->b,
                   "acceptable with follow-up: no critical or high finding; %u medium to "
                   "plan",
                   med);
  else if (t.open)
    put(m, "ready for sign-off: no open finding above low");
  else
    put(m, "ready for sign-off: no open finding");
  if (ir->n_paths)
    tmc_buf_printf(m->b, "; %u attack %s reach%s an asset", ir->n_paths,
                   plural(ir->n_paths, "path", "paths"), ir->n_paths == 1 ? "es" : "");
  put(m, ".\n\n");

  put(m, "| Severity | Open | Mitigated | Accepted |\n| --- | ---: | ---: | ---: |\n");
  for (int s = TMC_SEV_CRITICAL; s >= TMC_SEV_LOW; s--)
    tmc_buf_printf(m->b, "| %s | %u | %u | %u |\n", sev_title((tmc_severity)s),
                   t.by[TMC_STATUS_OPEN][s], t.by[TMC_STATUS_MITIGATED][s],
                   t.by[TMC_STATUS_ACCEPTED][s]);
  if (t.by[TMC_STATUS_OPEN][0] + t.by[TMC_STATUS_MITIGATED][0] +
      t.by[TMC_STATUS_ACCEPTED][0])
    tmc_buf_printf(m->b, "| Unrated | %u | %u | %u |\n", t.by[TMC_STATUS_OPEN][0],
                   t.by[TMC_STATUS_MITIGATED][0], t.by[TMC_STATUS_ACCEPTED][0]);
  uint32_t mit = 0, acc = 0;
  for (int s = 0; s <= TMC_SEV_CRITICAL; s++)
    mit += t.by[TMC_STATUS_MITIGATED][s], acc += t.by[TMC_STATUS_ACCEPTED][s];
  tmc_buf_printf(m->b, "| **Total** | **%u** | **%u** | **%u** |\n\n", t.open, mit, acc);

  if (ir->has_baseline)
    section_baseline(m);

  put(m, "### Top risks\n\n");
  uint32_t tp[TOP_PATHS], np = 0, top[TOP_FINDINGS], more[TOP_FINDINGS], nf = 0;
  /* Paths first: one per story. A path from the same entry as one already
   * listed, to the same asset or along the same route (one is the start of
   * the other), adds no new threat to the list. */
  for (uint32_t k = 0; k < ir->n_paths && np < TOP_PATHS; k++) {
    const tmc_path *p = &ir->paths[m->path_order[k]];
    bool told = false;
    for (uint32_t x = 0; x < np && !told; x++) {
      const tmc_path *q = &ir->paths[tp[x]];
      uint32_t n = p->n_hops < q->n_hops ? p->n_hops : q->n_hops;
      bool prefix = true;
      for (uint32_t h = 0; h < n && prefix; h++)
        prefix = p->hops[h].element == q->hops[h].element;
      told = p->entry == q->entry && (p->asset == q->asset || prefix);
    }
    if (!told)
      tp[np++] = m->path_order[k];
  }
  /* Findings on a path are represented by the path's own row, and so is the
   * rule of the finding a listed chain states (same_as), wherever it fires.
   * A rule already listed counts its other targets instead of taking
   * another row. */
  for (uint32_t i = 0; i < m->n_open; i++) {
    uint32_t fi = m->risk_order[i];
    const tmc_finding *f = &ir->findings[fi];
    bool told = f->target_kind == TMC_TARGET_PATH;
    for (uint32_t x = 0; x < np && !told; x++) {
      uint32_t same = ir->paths[tp[x]].same_as;
      told = same < ir->n_findings && strcmp(ir->findings[same].rule_id, f->rule_id) == 0;
    }
    for (uint32_t x = 0; x < nf && !told; x++)
      if (strcmp(ir->findings[top[x]].rule_id, f->rule_id) == 0) {
        more[x]++;
        told = true;
      }
    if (!told && nf < TOP_FINDINGS) {
      more[nf] = 0;
      top[nf++] = fi;
    }
  }
  if (!nf && !np) {
    put(m, "No open finding and no attack path.\n\n");
    return;
  }
  put(m,
      "The highest-scoring open findings and attack paths (score = likelihood × impact, "
      "1–25), one row per threat: a chain's row stands for the finding that states "
      "the same threat, and a rule found in several places is listed once.\n\n");
  put(m, "| Score | Severity | Risk | Where | Business impact |\n"
         "| ---: | --- | --- | --- | --- |\n");
  /* Merge the two ranked lists by score; findings first on a tie. */
  uint32_t i = 0, j = 0;
  while (i < nf || j < np) {
    const tmc_finding *f = i < nf ? &ir->findings[top[i]] : NULL;
    const tmc_path *p = j < np ? &ir->paths[tp[j]] : NULL;
    if (f && (!p || f->score >= p->score)) {
      tmc_buf_printf(m->b, "| %d | %s | ", f->score, sev_title(f->severity));
      cell(m, f->title);
      put(m, " (");
      text(m, f->rule_id);
      put(m, ") | ");
      put_target(m, f);
      if (more[i])
        tmc_buf_printf(m->b, " and %u more", more[i]);
      put(m, " | ");
      put_impact(m, f);
      put(m, " |\n");
      i++;
    } else {
      uint32_t hops = p->n_hops ? p->n_hops - 1 : 0;
      tmc_buf_printf(m->b, "| %d | %s | attack path in %u %s", p->score,
                     sev_title(p->severity), hops, plural(hops, "hop", "hops"));
      if (p->chain || p->goal) {
        put(m, ": ");
        goal_cell(m, p);
      }
      if (p->same_as < ir->n_findings) {
        put(m, "; same threat as ");
        text(m, ir->findings[p->same_as].rule_id);
      }
      put(m, " | ");
      ref(m, m->path_head[tp[j]], m->path_anchor[tp[j]]);
      put(m, " | ");
      tmc_impactset is = ir->elements[p->asset].impact;
      if (is)
        tmc_report_impact_text(m->b, is, true);
      else
        put(m, "—");
      put(m, " |\n");
      j++;
    }
  }
  put(m, "\n");
}

/* ---- 2. scope and assets ---------------------------------------------------- */

static void list_elements(md *m, const uint32_t *v, uint32_t n) {
  uint32_t max = m->condensed && n > CONDENSED_NAMES ? CONDENSED_NAMES : n;
  for (uint32_t i = 0; i < max; i++) {
    if (i)
      put(m, ", ");
    put_el(m, v[i]);
  }
  if (max < n)
    tmc_buf_printf(m->b, ", … and %u more", n - max);
  if (!n)
    put(m, "—");
}

/* Rows a table of n shows: all, or CONDENSED_LIST / CONDENSED_ROWS in a
 * condensed report. */
static uint32_t rows_of(const md *m, uint32_t n, uint32_t cap) {
  return m->condensed && n > cap ? cap : n;
}

/* The line after a cut table: how many rows it left out. */
static void put_cut(md *m, uint32_t n, uint32_t shown, const char *what) {
  if (n > shown)
    tmc_buf_printf(m->b,
                   "…and %u more %s, not listed in a condensed report (the JSON report "
                   "has them all).\n\n",
                   n - shown, what);
}

static void put_strlist(md *m, const tmc_strlist *l) {
  if (!l->n)
    put(m, "—");
  for (uint32_t i = 0; i < l->n; i++) {
    if (i)
      put(m, ", ");
    text(m, l->v[i]);
  }
}

/* The technologies of elements v[0..n), each once in the order they first
 * appear, with how many when more than one ("SQL database ×2, Cache"); "—"
 * when none has one. Written (tech=) and inferred alike: "Assumptions to
 * confirm" says which were guesses. */
static void list_techs(md *m, const uint32_t *v, uint32_t n) {
  uint32_t count[TMC_TECH_COUNT] = {0}, order[TMC_TECH_COUNT], k = 0;
  for (uint32_t i = 0; i < n; i++) {
    tmc_tech t = m->ir->elements[v[i]].tech;
    if (t == TMC_TECH_NONE || (unsigned)t >= TMC_TECH_COUNT)
      continue;
    if (!count[t]++)
      order[k++] = (uint32_t)t;
  }
  if (!k)
    put(m, "—");
  for (uint32_t j = 0; j < k; j++) {
    if (j)
      put(m, ", ");
    text(m, tmc_tech_title((tmc_tech)order[j]));
    if (count[order[j]] > 1)
      tmc_buf_printf(m->b, " ×%u", count[order[j]]);
  }
}

static void section_scope(md *m) {
  const tmc_ir *ir = m->ir;
  uint32_t ne = ir->n_elements;
  uint32_t *v = tmc_xmalloc((ne ? ne : 1) * sizeof *v);
  put(m, "## Scope and assets\n\n### Elements by kind\n\n");
  if (!ne) {
    put(m, "The diagram has no element.\n\n");
  } else {
    put(m, "| Kind | Count | Elements | Technology |\n| --- | ---: | --- | --- |\n");
    for (int k = 0; k < TMC_KIND_COUNT; k++) {
      uint32_t n = 0;
      for (uint32_t i = 0; i < ne; i++)
        if (ir->elements[m->el_order[i]].kind == (tmc_kind)k)
          v[n++] = m->el_order[i];
      if (!n)
        continue;
      tmc_buf_printf(m->b, "| %s%s | %u | ", tmc_kind_title((tmc_kind)k),
                     tmc_kind_is_ai((tmc_kind)k) ? " (AI)" : "", n);
      list_elements(m, v, n);
      put(m, " | ");
      list_techs(m, v, n);
      put(m, " |\n");
    }
    put(m, "\n");
  }

  put(m, "### Trust boundaries\n\n");
  if (!ir->n_boundaries) {
    put(m,
        "The diagram draws no trust boundary, so every element is in one zone (trust 0) "
        "and no flow crosses a boundary. Draw the boundaries (DOT clusters, draw.io "
        "containers) to get boundary-crossing analysis.\n\n");
  } else {
    put(m, "Trust runs from 0 (untrusted, e.g. the Internet) upwards; elements outside "
           "every "
           "boundary are at trust 0.\n\n");
    put(m, "| Boundary | Trust | Why this trust | Inside | Elements "
           "|\n| --- | ---: | --- | --- | --- |\n");
    const uint32_t *bo = m->v->bd_order;
    /* Each boundary's elements in display order, by a counting sort over
     * el_order: one pass, not one scan of every element per boundary. */
    uint32_t nb = ir->n_boundaries;
    uint32_t *bstart = tmc_xcalloc(nb + 2, sizeof *bstart);
    uint32_t *bel = tmc_xmalloc((ne ? ne : 1) * sizeof *bel);
    for (uint32_t j = 0; j < ne; j++)
      if (ir->elements[m->el_order[j]].boundary < nb)
        bstart[ir->elements[m->el_order[j]].boundary + 2]++;
    for (uint32_t g = 2; g < nb + 2; g++)
      bstart[g] += bstart[g - 1];
    for (uint32_t j = 0; j < ne; j++)
      if (ir->elements[m->el_order[j]].boundary < nb)
        bel[bstart[ir->elements[m->el_order[j]].boundary + 1]++] = m->el_order[j];
    uint32_t nrows = rows_of(m, nb, CONDENSED_LIST);
    for (uint32_t i = 0; i < nrows; i++) {
      const tmc_boundary *x = &ir->boundaries[bo[i]];
      put(m, "| ");
      cell(m, *x->label ? x->label : x->id);
      tmc_buf_printf(m->b, " | %d | ", x->trust);
      cell(m, x->trust_reason);
      put(m, " | ");
      cell(m, x->parent == TMC_NONE ? "" : ir->boundaries[x->parent].label);
      put(m, " | ");
      list_elements(m, bel + bstart[bo[i]], bstart[bo[i] + 1] - bstart[bo[i]]);
      put(m, " |\n");
    }
    free(bstart);
    free(bel);
    put(m, "\n");
    put_cut(m, nb, nrows, "boundaries");
  }

  put(m, "### Assets\n\n");
  uint32_t n = 0;
  for (uint32_t i = 0; i < ne; i++)
    if (ir->elements[m->el_order[i]].facts.is_asset)
      v[n++] = m->el_order[i];
  bool declared_only = false;
  if (!n) {
    /* No asset identified (the analysis may not mark them): show what the
     * diagram says holds data, so the reviewer still sees the crown jewels. */
    for (uint32_t i = 0; i < ne; i++) {
      const tmc_element *e = &ir->elements[m->el_order[i]];
      if (e->data.n || e->sensitivity > TMC_SENS_UNSET)
        v[n++] = m->el_order[i];
    }
    declared_only = n > 0;
    put(m,
        n ? "No element was identified as an asset. These elements declare data or a "
            "sensitivity:\n\n"
          : "No element was identified as an asset, and none declares data (`data=`) or "
            "a sensitivity (`sensitivity=`).\n\n");
  } else {
    put(m, "What an attacker would be after: every store, dataset, registry, model and "
           "LLM of the system and anything marked `asset=true`. Sensitivity as written "
           "(`sensitivity=`, `data=`), else as its name suggests (see Assumptions to "
           "confirm), else unknown (scored as medium).\n\n");
  }
  if (n) {
    put(m, "| Asset | Kind | Sensitivity | Data held | Zone |\n| --- | --- | --- | --- | "
           "--- |\n");
    for (uint32_t i = 0; i < rows_of(m, n, CONDENSED_LIST); i++) {
      const tmc_element *e = &ir->elements[v[i]];
      put(m, "| ");
      put_el(m, v[i]);
      tmc_buf_printf(m->b, " | %s | ", tmc_kind_title(e->kind));
      tmc_sensitivity s = declared_only ? e->sensitivity : e->facts.data_sensitivity;
      if (s < e->sensitivity)
        s = e->sensitivity;
      if (!declared_only && s < e->facts.held_sensitivity)
        s = e->facts.held_sensitivity;
      cell(m, declared_only || s != TMC_SENS_UNSET ? tmc_sensitivity_name(s) : "unknown");
      put(m, " | ");
      put_strlist(m, &e->data);
      put(m, " | ");
      cell(m, zone_name(m, v[i]));
      put(m, " |\n");
    }
    put(m, "\n");
    put_cut(m, n, rows_of(m, n, CONDENSED_LIST), declared_only ? "elements" : "assets");
  }

  put(m, "### Entry points\n\n");
  n = 0;
  for (uint32_t i = 0; i < ne; i++)
    if (ir->elements[m->el_order[i]].facts.is_entry)
      v[n++] = m->el_order[i];
  if (!n) {
    put(m, "No entry point was identified.\n\n");
  } else {
    put(m,
        "Where an outsider's input starts: people and devices, third-party sources that "
        "send data in, the least-trusted zone and anything marked `entry=true` (not the "
        "services the system only calls).\n\n");
    put(m, "| Entry point | Kind | Zone | Third party |\n| --- | --- | --- | --- |\n");
    for (uint32_t i = 0; i < rows_of(m, n, CONDENSED_LIST); i++) {
      const tmc_element *e = &ir->elements[v[i]];
      put(m, "| ");
      put_el(m, v[i]);
      tmc_buf_printf(m->b, " | %s | ", tmc_kind_title(e->kind));
      cell(m, zone_name(m, v[i]));
      tmc_buf_printf(m->b, " | %s |\n", e->third_party ? "yes" : "no");
    }
    put(m, "\n");
    put_cut(m, n, rows_of(m, n, CONDENSED_LIST), "entry points");
  }
  free(v);
}

/* ---- 2b. assumptions to confirm ------------------------------------------ */

/* The attribute that confirms or changes each assumption (report.h's
 * tmc_assume order): written, it always wins. */
static const char *const as_confirm[TMC_ASSUME_COUNT] = {"`type=`",
                                                         "`role=`",
                                                         "a label on the shape",
                                                         "`trust=` on the zone",
                                                         "`entry=true` / `entry=false`",
                                                         "`asset=true` / `asset=false`",
                                                         "`sensitivity=` or `data=`",
                                                         "`impact=`",
                                                         "`owner=`"};

/* Zones by label (id when unlabelled), capped like list_elements. */
static void list_zones(md *m, const uint32_t *v, uint32_t n) {
  uint32_t max = m->condensed && n > CONDENSED_NAMES ? CONDENSED_NAMES : n;
  for (uint32_t i = 0; i < max; i++) {
    const tmc_boundary *bd = &m->ir->boundaries[v[i]];
    if (i)
      put(m, ", ");
    cell(m, bd->label && *bd->label ? bd->label : bd->id);
  }
  if (max < n)
    tmc_buf_printf(m->b, ", … and %u more", n - max);
}

/* One table: a row per (what, assumed value, reason), naming every element
 * it holds for, so a big diagram's hundred default processes are one row. */
static void section_assumptions(md *m) {
  const tmc_report_assumption *g = m->v->assumptions;
  uint32_t ng = m->v->n_assumptions;
  put(m, "## Assumptions to confirm\n\n");
  if (!ng) {
    put(m,
        "Nothing was inferred: every kind, name, entry point, asset and sensitivity is "
        "written in the diagram.\n\n");
    return;
  }
  put(m, "What tmc read from the drawing because the diagram does not say it. Confirm "
         "or change each by writing the attribute in the last column on the element: a "
         "written value always wins.\n\n");
  put(m, "| Assumed | Value | Elements | Because | Confirm or change with |\n"
         "| --- | --- | --- | --- | --- |\n");
  uint32_t rows = rows_of(m, ng, CONDENSED_LIST);
  for (uint32_t i = 0; i < rows; i++) {
    tmc_buf_printf(m->b, "| %s | ", tmc_assume_title[g[i].what]);
    cell(m, g[i].value);
    put(m, " | ");
    if (g[i].what == TMC_ASSUME_ZONE)
      list_zones(m, g[i].items, g[i].n);
    else
      list_elements(m, g[i].items, g[i].n);
    put(m, " | ");
    cell(m, g[i].because);
    tmc_buf_printf(m->b, " | %s |\n", as_confirm[g[i].what]);
  }
  put(m, "\n");
  put_cut(m, ng, rows, "assumptions");
}

/* ---- 3. data flow ----------------------------------------------------------- */

static void flow_row(md *m, uint32_t i, bool crossing) {
  const tmc_ir *ir = m->ir;
  const tmc_flow *f = &ir->flows[i];
  put(m, "| ");
  put_fl(m, i);
  if (crossing) {
    tmc_buf_printf(m->b, " | %d → %d | ", f->facts.src_trust, f->facts.dst_trust);
    if (!f->n_crossed)
      put(m, "—");
    for (uint32_t c = 0; c < f->n_crossed; c++) {
      if (c)
        put(m, ", ");
      uint32_t bi = f->crossed[c];
      cell(m, bi < ir->n_boundaries ? ir->boundaries[bi].label : "?");
    }
  }
  put(m, " | ");
  cell(m, f->protocol);
  tmc_buf_printf(m->b, " | %s | %s | ", tri_name(f->encrypted),
                 tri_name(f->authenticated));
  put_strlist(m, &f->data);
  put(m, " |\n");
}

static void put_percent_encoded_href(md *m, const char *href) {
  for (const unsigned char *p = (const unsigned char *)href; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
      tmc_buf_putc(m->b, (char)*p);
    else
      tmc_buf_printf(m->b, "%%%02X", *p);
  }
}

/* The first CONDENSED_ROWS crossing flows of a condensed report: those of
 * the highest-risk open findings, then the rest in display order. */
static void crossing_by_risk(md *m) {
  const tmc_ir *ir = m->ir;
  uint8_t *done = tmc_xcalloc(ir->n_flows + 1, 1);
  uint32_t rows = 0;
  for (uint32_t j = 0; j < m->n_open && rows < CONDENSED_ROWS; j++) {
    const tmc_finding *f = &ir->findings[m->risk_order[j]];
    if (f->target_kind != TMC_TARGET_FLOW || f->target >= ir->n_flows ||
        done[f->target] || !ir->flows[f->target].facts.crosses)
      continue;
    done[f->target] = 1;
    flow_row(m, f->target, true);
    rows++;
  }
  for (uint32_t j = 0; j < ir->n_flows && rows < CONDENSED_ROWS; j++) {
    uint32_t i = m->fl_order[j];
    if (done[i] || !ir->flows[i].facts.crosses)
      continue;
    flow_row(m, i, true);
    rows++;
  }
  free(done);
}

static void section_dataflow(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "## Data flow\n\n");
  const char *svg = m->ctx ? m->ctx->svg_href : NULL;
  if (svg && *svg) {
    /* A relative path: percent-encoded, so no file name can leave the link. */
    put(m, "[![Annotated data-flow diagram](");
    put_percent_encoded_href(m, svg);
    put(m, ")](");
    put_percent_encoded_href(m, svg);
    put(m, ")\n\nThe diagram above (");
    text(m, svg);
    put(m, ") marks each element and flow with its open findings.\n\n");
  } else {
    put(m,
        "No diagram image was written in this run; add `-o NAME.svg` beside `-o NAME.md` "
        "to show the annotated diagram here.\n\n");
  }
  put(m, "### Flows crossing trust boundaries\n\n");
  uint32_t nc = n_crossing(ir);
  if (!nc) {
    put(m, "No flow crosses a trust boundary.\n\n");
  } else {
    put(m, "Every crossing is where an attacker's input enters a more trusted zone or "
           "sensitive data leaves one: each needs authentication and encryption unless "
           "the reason is written down.\n\n");
    if (m->condensed && nc > CONDENSED_ROWS)
      tmc_buf_printf(m->b,
                     "The %u crossing flows with the highest-risk open findings first, "
                     "then in the order of the scope.\n\n",
                     (unsigned)CONDENSED_ROWS);
    put(m, "| Flow | Trust | Boundaries crossed | Protocol | Encrypted | Authenticated | "
           "Data |\n| --- | --- | --- | --- | --- | --- | --- |\n");
    if (m->condensed && nc > CONDENSED_ROWS) {
      crossing_by_risk(m);
    } else {
      for (uint32_t j = 0; j < ir->n_flows; j++)
        if (ir->flows[m->fl_order[j]].facts.crosses)
          flow_row(m, m->fl_order[j], true);
    }
    put(m, "\n");
    put_cut(m, nc, rows_of(m, nc, CONDENSED_ROWS), "crossing flows");
  }
  if (ir->n_flows > nc && m->condensed) {
    tmc_buf_printf(m->b,
                   "### Flows within one zone\n\n%u %s within one zone, not listed in "
                   "a condensed report (the JSON report has them all).\n\n",
                   ir->n_flows - nc,
                   plural(ir->n_flows - nc, "flow stays", "flows stay"));
  } else if (ir->n_flows > nc) {
    put(m, "### Flows within one zone\n\n");
    put(m, "| Flow | Protocol | Encrypted | Authenticated | Data "
           "|\n| --- | --- | --- | --- | --- |\n");
    for (uint32_t j = 0; j < ir->n_flows; j++)
      if (!ir->flows[m->fl_order[j]].facts.crosses)
        flow_row(m, m->fl_order[j], false);
    put(m, "\n");
  }
}

/* ---- 4. threats --------------------------------------------------------------- */

static void put_stride(md *m, unsigned mask) {
  bool any = false;
  for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
    if (mask & bit) {
      tmc_buf_printf(m->b, "%s%s", any ? ", " : "", tmc_stride_letter(bit));
      any = true;
    }
  if (!any)
    put(m, "—");
}

static void put_score(md *m, int v) {
  if (v > 0)
    tmc_buf_printf(m->b, "%d", v);
  else
    put(m, "—");
}

static void findings_table(md *m, const uint32_t *list, uint32_t n) {
  if (!n) {
    put(m, "No findings.\n\n");
    return;
  }
  put(m, "| Rule | Threat | STRIDE | ATLAS | OWASP | CWE | L | I | Severity | Status | "
         "Evidence |\n| --- | --- | --- | --- | --- | --- | ---: | ---: | --- | --- | "
         "--- |\n");
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &m->ir->findings[list[i]];
    put(m, "| ");
    put_rule(m, f->rule_id);
    put(m, " | ");
    cell(m, f->title);
    put(m, " | ");
    put_stride(m, f->stride);
    put(m, " | ");
    if (!f->atlas.n)
      put(m, "—");
    for (uint32_t j = 0; j < f->atlas.n; j++) {
      if (j)
        put(m, ", ");
      put_technique(m, f->atlas.v[j]);
    }
    put(m, " | ");
    put_ids(m, &f->owasp, false);
    put(m, " | ");
    put_ids(m, &f->cwe, false);
    put(m, " | ");
    put_score(m, f->likelihood);
    put(m, " | ");
    put_score(m, f->impact);
    tmc_buf_printf(m->b, " | %s | ", sev_title(f->severity));
    put_status(m, f);
    put(m, " | ");
    cell(m, f->evidence);
    put(m, " |\n");
  }
  put(m, "\n");
}

/* The end of an element's or flow's section: where it is in the diagram,
 * its declared controls, its open-finding counts and its findings table. */
static void section_tail(md *m, const char *id, uint32_t line, const char *platform,
                         const tmc_strlist *controls, const uint32_t *find, uint32_t n) {
  put(m, ". Diagram id: ");
  text(m, id);
  if (platform) { /* --context: drawn by the platform's diagram, not this one */
    put(m, " (the platform's: ");
    text(m, platform);
    if (line)
      tmc_buf_printf(m->b, " line %u", line);
    put(m, ")");
  } else if (line)
    tmc_buf_printf(m->b, " (line %u)", line);
  if (controls->n) {
    put(m, ". Declared controls: ");
    put_strlist(m, controls);
  }
  tally t = count_findings(m->ir, find, n);
  put(m, ". Open findings: ");
  put_open_counts(m, &t);
  put(m, ".\n\n");
  if (platform && !n) {
    put(m, "Nothing this diagram adds; the platform's own report has its findings.\n\n");
    return;
  }
  uint32_t shown = tmc_report_shown(n);
  findings_table(m, find, shown);
  if (shown == n)
    return;
  /* The rest, in the same risk order, on one line (the report model's
   * TMC_REPORT_PER_TARGET; the SVG's tooltips stop at the same place). */
  tmc_buf_printf(m->b, "%u more finding%s on this target, at lower risk: ", n - shown,
                 n - shown == 1 ? "" : "s");
  for (uint32_t i = shown; i < n; i++) {
    const tmc_finding *f = &m->ir->findings[find[i]];
    if (i > shown)
      put(m, "; ");
    put_rule(m, f->rule_id);
    put(m, " ");
    text(m, f->title ? f->title : "");
    tmc_buf_printf(m->b, " (%s, %s)", tmc_severity_name(f->severity),
                   tmc_status_name(f->status));
  }
  put(m, ".\n\n");
}

/* The threats the model's author wrote on one element or flow (Threat
 * Dragon, OTM), after tmc's findings and marked as the author's: what they
 * wrote, as text (labels are untrusted), and which of tmc's findings on the
 * target each one closes (passes/authors.c). */
static void author_threats(md *m, const tmc_props *p, const uint32_t *find, uint32_t n) {
  tmc_author_threat t;
  if (!tmc_author_threat_get(m->ir, p, 1, &t))
    return;
  put(m, "Threats the model's author wrote (theirs, not tmc's findings):\n\n"
         "| # | The author's threat | Category | Severity | Status | Mitigation | "
         "Closes tmc's |\n| ---: | --- | --- | --- | --- | --- | --- |\n");
  for (uint32_t k = 1; tmc_author_threat_get(m->ir, p, k, &t); k++) {
    tmc_buf_printf(m->b, "| %u | ", k);
    cell(m, t.title);
    put(m, " | ");
    cell(m, t.type);
    put(m, " | ");
    cell(m, t.severity);
    put(m, " | ");
    cell(m, t.status);
    if (t.implemented && *t.implemented) {
      put(m, " (implemented: ");
      text(m, t.implemented);
      put(m, ")");
    }
    put(m, " | ");
    cell(m, t.mitigation);
    put(m, " | ");
    bool any = false;
    for (uint32_t i = 0; i < n; i++) {
      const tmc_finding *f = &m->ir->findings[find[i]];
      if (f->by_author != k)
        continue;
      put(m, any ? ", " : "");
      put_rule(m, f->rule_id);
      any = true;
    }
    put(m, any ? " |\n" : "— |\n");
  }
  put(m, "\n");
}

static void element_section(md *m, uint32_t e) {
  const tmc_element *x = &m->ir->elements[e];
  anchor(m, m->el_anchor[e]);
  put(m, "#### ");
  text(m, m->el_head[e]);
  tmc_buf_printf(m->b, "\n\n%s (kind from ", tmc_kind_title(x->kind));
  tmc_buf why = TMC_BUF_INIT;
  tmc_element_kind_reason(&why, x);
  cell(m, why.data ? why.data : "");
  tmc_buf_free(&why);
  put(m, "). Zone: ");
  text(m, zone_name(m, e));
  section_tail(m, x->qname, x->loc.line, x->context ? x->loc.file : NULL, &x->controls,
               m->el_find + m->el_start[e], m->el_start[e + 1] - m->el_start[e]);
  author_threats(m, &x->props, m->el_find + m->el_start[e],
                 m->el_start[e + 1] - m->el_start[e]);
}

static void flow_section(md *m, uint32_t i) {
  const tmc_flow *f = &m->ir->flows[i];
  anchor(m, m->fl_anchor[i]);
  put(m, "#### ");
  text(m, m->fl_head[i]);
  put(m, "\n\nData flow");
  if (f->facts.crosses)
    tmc_buf_printf(m->b, " crossing from trust %d to trust %d", f->facts.src_trust,
                   f->facts.dst_trust);
  else
    put(m, " within one zone");
  section_tail(m, f->id, f->loc.line, f->context ? f->loc.file : NULL, &f->controls,
               m->fl_find + m->fl_start[i], m->fl_start[i + 1] - m->fl_start[i]);
  author_threats(m, &f->props, m->fl_find + m->fl_start[i],
                 m->fl_start[i + 1] - m->fl_start[i]);
}

/* A condensed report's overview of every finding, one row per rule, since
 * most targets get no section of their own. */
static void findings_by_rule(md *m) {
  const tmc_ir *ir = m->ir;
  uint32_t nr = m->n_rules;
  uint32_t *first = tmc_xmalloc((nr ? nr : 1) * sizeof *first);
  tally *t = tmc_xcalloc(nr ? nr : 1, sizeof *t);
  for (uint32_t r = 0; r < nr; r++)
    first[r] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    uint32_t r = m->rule_rank[i];
    if (first[r] == TMC_NONE)
      first[r] = i;
    t[r].by[f->status][f->severity]++;
    t[r].open += f->status == TMC_STATUS_OPEN;
    t[r].total++;
  }
  put(m, "### Findings by rule\n\n");
  put(m, "Every finding of the diagram, counted by rule: open ones by severity, then "
         "those closed by a control or accepted.\n\n");
  put(m, "| Rule | Threat | Findings | Critical | High | Medium | Low | Closed |\n"
         "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (uint32_t r = 0; r < nr; r++) {
    const tmc_finding *f = &ir->findings[first[r]];
    const uint32_t *o = t[r].by[TMC_STATUS_OPEN];
    put(m, "| ");
    put_rule(m, f->rule_id);
    put(m, " | ");
    cell(m, f->target_kind == TMC_TARGET_PATH ? "attack path" : f->title);
    tmc_buf_printf(m->b, " | %u | %u | %u | %u | %u | %u |\n", t[r].total,
                   o[TMC_SEV_CRITICAL], o[TMC_SEV_HIGH], o[TMC_SEV_MEDIUM],
                   o[TMC_SEV_LOW] + o[TMC_SEV_NONE], t[r].total - t[r].open);
  }
  put(m, "\n");
  free(first);
  free(t);
}

/* One sentence on the threats the model's author wrote, when there are any. */
static void author_summary(md *m) {
  uint32_t n = m->v->n_author, mitigated = m->v->n_author_mitigated,
           closed = m->v->n_author_closes;
  if (!n)
    return;
  tmc_buf_printf(m->b,
                 "The model's author wrote %u threat%s of their own (%u marked "
                 "mitigated): each element's or flow's are listed after tmc's findings "
                 "on it. %u of tmc's findings match one the author mitigated and are "
                 "marked mitigated by the model's author.\n\n",
                 n, n == 1 ? "" : "s", mitigated, closed);
}

static void section_threats(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "## Threats\n\n");
  if (m->condensed) {
    tmc_buf_printf(m->b,
                   "Condensed report: of %u elements and %u flows, the %u %s and %u %s "
                   "with the highest-risk open findings have a section below. The "
                   "findings of the others are counted by rule in the next table and "
                   "ranked in the risk register; the JSON report (`-T json`) has every "
                   "one of them. ",
                   ir->n_elements, ir->n_flows, m->n_el_shown,
                   plural(m->n_el_shown, "element", "elements"), m->n_fl_shown,
                   plural(m->n_fl_shown, "flow", "flows"));
    put(m, "In each table open findings come first, then by severity. STRIDE: S "
           "spoofing, T tampering, R repudiation, I information disclosure, D denial of "
           "service, E elevation of privilege. L and I are likelihood and impact "
           "(1–5).\n\n");
    findings_by_rule(m);
  } else {
    put(m, "One section per element and per flow. In each table open findings come "
           "first, then by severity. STRIDE: S spoofing, T tampering, R repudiation, I "
           "information disclosure, D denial of service, E elevation of privilege. L and "
           "I are likelihood and impact (1–5).\n\n");
  }
  author_summary(m);
  put(m, "### Elements\n\n");
  if (!m->n_el_shown)
    put(m, ir->n_elements ? "None shown.\n\n" : "None.\n\n");
  for (uint32_t j = 0; j < ir->n_elements; j++)
    if (m->el_shown[m->el_order[j]])
      element_section(m, m->el_order[j]);
  put(m, "### Flows\n\n");
  if (!m->n_fl_shown)
    put(m, ir->n_flows ? "None shown.\n\n" : "None.\n\n");
  for (uint32_t j = 0; j < ir->n_flows; j++)
    if (m->fl_shown[m->fl_order[j]])
      flow_section(m, m->fl_order[j]);
}

/* ---- 5. attack paths ---------------------------------------------------------- */

static void section_paths(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "## Attack paths\n\n");
  if (!ir->n_paths) {
    put(m, "No attack path from an entry point to an asset was found");
    if (ir->context_left_paths) /* --context */
      tmc_buf_printf(m->b, " beyond the %u on the platform's own part (its report)",
                     ir->context_left_paths);
    put(m, ".\n\n");
    return;
  }
  put(m, "How an outsider gets from an entry point to an asset, hop by hop, most likely "
         "first.\n\n");
  put(m, "| Rank | Path | Goal | Hops | L | I | Score | Severity |\n"
         "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |\n");
  for (uint32_t j = 0; j < ir->n_paths; j++) {
    uint32_t i = m->path_order[j];
    const tmc_path *p = &ir->paths[i];
    tmc_buf_printf(m->b, "| %u | ", j + 1);
    ref(m, m->path_head[i], m->path_anchor[i]);
    put(m, " | ");
    goal_cell(m, p);
    tmc_buf_printf(m->b, " | %u | ", p->n_hops ? p->n_hops - 1 : 0);
    put_score(m, p->likelihood);
    put(m, " | ");
    put_score(m, p->impact);
    put(m, " | ");
    put_score(m, p->score);
    tmc_buf_printf(m->b, " | %s |\n", sev_title(p->severity));
  }
  put(m, "\n");
  /* Ties broken deterministically and said so (issue #16 item 4): the order
   * pass's keys after the score, in words. */
  uint32_t tied = 0;
  for (uint32_t j = 0; j < ir->n_paths; j++) {
    int s = ir->paths[m->path_order[j]].score;
    tied += (j > 0 && ir->paths[m->path_order[j - 1]].score == s) ||
            (j + 1 < ir->n_paths && ir->paths[m->path_order[j + 1]].score == s);
  }
  if (tied)
    tmc_buf_printf(
        m->b,
        "%u of these paths share their score with another. Equal scores are "
        "ordered by likelihood, then severity, then by where the asset and then "
        "the entry point come in this report (outside every boundary first, then "
        "by zone and name), then by rank among the paths to the same asset; "
        "SARIF (its rank property) and the SVG number them the same way.\n\n",
        tied);

  for (uint32_t j = 0; j < ir->n_paths; j++) {
    uint32_t i = m->path_order[j];
    const tmc_path *p = &ir->paths[i];
    anchor(m, m->path_anchor[i]);
    put(m, "### ");
    text(m, m->path_head[i]);
    put(m, "\n\n");
    if (p->chain || p->goal) {
      put(m, "Goal: ");
      goal_cell(m, p);
      put(m, ". ");
    }
    tmc_buf_printf(m->b, "Likelihood %d, impact %d, score %d (%s).", p->likelihood,
                   p->impact, p->score, tmc_severity_name(p->severity));
    if (p->more_exist)
      put(m, " More paths exist between this entry point and asset than are shown.");
    put(m, "\n\n");
    for (uint32_t h = 0; h < p->n_hops; h++) {
      const tmc_hop *hop = &p->hops[h];
      tmc_buf_printf(m->b, "%u. ", h + 1);
      if (hop->flow != TMC_NONE && hop->flow < ir->n_flows) {
        put(m, hop->reverse ? "reading back along " : "through ");
        put_fl(m, hop->flow);
        if (hop->boundary != TMC_NONE && hop->boundary < ir->n_boundaries) {
          put(m, ", into ");
          text(m, ir->boundaries[hop->boundary].label);
          tmc_buf_printf(m->b, " (trust %d)", ir->boundaries[hop->boundary].trust);
        }
        put(m, ", to ");
      } else {
        put(m, "start at ");
      }
      if (hop->element < ir->n_elements)
        put_el(m, hop->element);
      else
        put(m, "?");
      if (hop->weakness && *hop->weakness) {
        put(m, ": ");
        text(m, hop->weakness);
      }
      put_hop_step(m, hop);
      put(m, "\n");
    }
    if (!p->n_hops)
      put(m, "The path has no hop recorded.\n");
    put(m, "\n");
    uint32_t n = m->pa_start[i + 1] - m->pa_start[i];
    /* The path's own findings, without their evidence: it is the hop list
     * just above, in other words. */
    if (n)
      put(m, "Findings on this path:\n\n");
    for (uint32_t q = 0; q < n; q++) {
      const tmc_finding *f = &ir->findings[m->pa_find[m->pa_start[i] + q]];
      put(m, "- ");
      put_rule(m, f->rule_id);
      put(m, " ");
      text(m, f->title);
      tmc_buf_printf(m->b, ": %s, ", sev_title(f->severity));
      put_status(m, f);
      if (f->atlas.n) {
        put(m, "; ATLAS ");
        for (uint32_t a = 0; a < f->atlas.n; a++) {
          put(m, a ? ", " : "");
          put_technique(m, f->atlas.v[a]);
        }
      }
      if (f->owasp.n) {
        put(m, "; OWASP ");
        put_ids(m, &f->owasp, false);
      }
      put(m, "\n");
    }
    if (n)
      put(m, "\n");
  }

  anchor(m, "cut-sets");
  put(m, "### Cut sets\n\n");
  if (!ir->n_cuts) {
    put(m, "No cut set was computed.\n\n");
    return;
  }
  if (m->v->path_plan.summary) {
    text(m, m->v->path_plan.summary);
    put(m, "\n\n");
  }
  put(m,
      "For each asset, the fewest flows whose fixing breaks every path found to it.\n\n");
  put(m, "| Asset | Paths | Flows to fix | Advice |\n| --- | ---: | --- | --- |\n");
  const uint32_t *co = m->v->cut_order;
  for (uint32_t j = 0; j < ir->n_cuts; j++) {
    const tmc_cut *c = &ir->cuts[co[j]];
    put(m, "| ");
    if (c->asset < ir->n_elements)
      put_el(m, c->asset);
    else
      put(m, "?");
    tmc_buf_printf(m->b, " | %u | ", c->paths_total);
    if (!c->n_flows)
      put(m, "—");
    for (uint32_t h = 0; h < c->n_flows; h++) {
      if (h)
        put(m, ", ");
      if (c->flows[h] < ir->n_flows)
        put_fl(m, c->flows[h]);
      else
        put(m, "?");
    }
    put(m, " | ");
    cell(m, c->advice);
    put(m, " |\n");
  }
  put(m, "\n");
}

/* ---- 6. risk register --------------------------------------------------------- */

static void put_controls_of(md *m, const tmc_finding *f) {
  if (!f->mitigations.n)
    put(m, "—");
  for (uint32_t i = 0; i < f->mitigations.n; i++) {
    if (i)
      put(m, ", ");
    const tmc_control *c = control(m, f->mitigations.v[i]);
    text(m, c ? c->id : f->mitigations.v[i]);
  }
}

static void section_register(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "## Risk register\n\n");
  if (!m->n_open) {
    put(m, "No open findings.\n\n");
  } else {
    uint32_t rows = rows_of(m, m->n_open, CONDENSED_ROWS);
    if (rows < m->n_open)
      tmc_buf_printf(m->b,
                     "The %u highest-risk open findings of %u, highest risk first.\n\n",
                     rows, m->n_open);
    else
      put(m, "Every open finding, highest risk first.\n\n");
    put(m, "| # | Score | Severity | L | I | Rule | Threat | Where | Business impact | "
           "Closed by |\n"
           "| ---: | ---: | --- | ---: | ---: | --- | --- | --- | --- | --- |\n");
    for (uint32_t j = 0; j < rows; j++) {
      const tmc_finding *f = &ir->findings[m->risk_order[j]];
      tmc_buf_printf(m->b, "| %u | ", j + 1);
      put_score(m, f->score);
      tmc_buf_printf(m->b, " | %s | ", sev_title(f->severity));
      put_score(m, f->likelihood);
      put(m, " | ");
      put_score(m, f->impact);
      put(m, " | ");
      put_rule(m, f->rule_id);
      put(m, " | ");
      cell(m, f->title);
      put(m, " | ");
      put_target(m, f);
      put(m, " | ");
      put_impact(m, f);
      put(m, " | ");
      put_controls_of(m, f);
      put(m, " |\n");
    }
    put(m, "\n");
    if (rows < m->n_open)
      tmc_buf_printf(
          m->b,
          "…and %u more open findings of lower risk, not listed in a condensed "
          "report: the JSON report (`-T json`) has them all, the SARIF report "
          "the most severe.\n\n",
          m->n_open - rows);
  }
  /* Accepted risks are part of what the reviewer signs: list them with the
   * justification, in the same order. */
  uint32_t n = ir->n_findings;
  skey *k = tmc_xcalloc(n ? n : 1, sizeof *k);
  uint32_t na = 0;
  for (uint32_t i = 0; i < n; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status == TMC_STATUS_ACCEPTED)
      k[na++] = (skey){.idx = i,
                       .k = {f->score, (int)f->severity},
                       .s = {f->rule_id, target_name(m, f)}};
  }
  if (na) {
    uint32_t *o = sorted(k, na);
    put(m, "### Accepted risks\n\n| Score | Severity | Rule | Threat | Where | "
           "Justification |\n"
           "| ---: | --- | --- | --- | --- | --- |\n");
    for (uint32_t j = 0; j < rows_of(m, na, CONDENSED_ROWS); j++) {
      const tmc_finding *f = &ir->findings[o[j]];
      put(m, "| ");
      put_score(m, f->score);
      tmc_buf_printf(m->b, " | %s | ", sev_title(f->severity));
      cell(m, f->rule_id);
      put(m, " | ");
      cell(m, f->title);
      put(m, " | ");
      put_target(m, f);
      put(m, " | ");
      cell(m, f->status_by);
      put(m, " |\n");
    }
    put(m, "\n");
    put_cut(m, na, rows_of(m, na, CONDENSED_ROWS), "accepted risks");
    free(o);
  }
  free(k);
}

/* ---- 7. mitigation plan ------------------------------------------------------- */

/* The plan is the report model's (the plan pass's): one item per control,
 * most risk removed first, each with the open findings it closes in risk
 * order and the paths it hardens in path order. */
typedef struct owner_work {
  const char *owner; /* "" for findings nobody of ours owns */
  uint32_t findings;
  int risk;
  uint8_t *items; /* per plan item: it closes one of this owner's findings */
} owner_work;

static int cmp_owner(const void *pa, const void *pb) {
  const owner_work *a = pa, *b = pb;
  if (a->risk != b->risk)
    return a->risk > b->risk ? -1 : 1;
  return strcmp(a->owner, b->owner);
}

/* Each element's owner as a number, one per distinct owner string ("" for
 * none written or found); TMC_NONE where the element has no owner at all,
 * so a flow can fall back to its source. Owners are few
 * (the kinds' and the ones written) but their strings repeat per element. */
static uint32_t *owner_numbers(const tmc_ir *ir, const char ***names, uint32_t *n) {
  uint32_t *num = tmc_xmalloc((ir->n_elements + 1) * sizeof *num), cap = 0;
  tmc_ptrmap seen = TMC_PTRMAP_INIT;
  *names = NULL, *n = 0;
  *TMC_PUSH(*names, *n, cap) = "";
  for (uint32_t e = 0; e < ir->n_elements; e++) {
    const char *o = ir->elements[e].owner;
    if (!o) {
      num[e] = TMC_NONE;
      continue;
    }
    bool added;
    uint32_t *k = tmc_ptrmap_at(&seen, o, &added);
    if (added) {
      uint32_t x = 0;
      while (x < *n && strcmp((*names)[x], o) != 0)
        x++;
      if (x == *n)
        *TMC_PUSH(*names, *n, cap) = o;
      *k = x;
    }
    num[e] = *k;
  }
  tmc_ptrmap_free(&seen);
  return num;
}

/* Who owns a finding, as an owner number (0: nobody of ours): its element's
 * owner; a flow's target's, else its source's; a path's asset's. */
static uint32_t owner_number(const tmc_ir *ir, const uint32_t *num,
                             const tmc_finding *f) {
  uint32_t k = TMC_NONE;
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    k = f->target < ir->n_elements ? num[f->target] : TMC_NONE;
    break;
  case TMC_TARGET_FLOW:
    if (f->target < ir->n_flows) {
      const tmc_flow *fl = &ir->flows[f->target];
      k = num[fl->dst] != TMC_NONE ? num[fl->dst] : num[fl->src];
    }
    break;
  case TMC_TARGET_PATH:
    k = f->target < ir->n_paths ? num[ir->paths[f->target].asset] : TMC_NONE;
    break;
  }
  return k == TMC_NONE ? 0 : k;
}

/* The plan's work grouped by who owns it (issue #20): per owner, the
 * controls (plan items) that close its findings, most risk first. */
static void plan_by_owner(md *m) {
  const tmc_ir *ir = m->ir;
  const tmc_plan_item *items = m->v->plan;
  uint32_t ni = m->v->n_plan, no = 0, cap = 0, n_names = 0;
  owner_work *w = NULL;
  const char **names;
  uint32_t *num = owner_numbers(ir, &names, &n_names);
  uint32_t *slot = tmc_xmalloc((n_names + 1) * sizeof *slot); /* owner -> w */
  for (uint32_t k = 0; k < n_names; k++)
    slot[k] = TMC_NONE;
  for (uint32_t x = 0; x < ni; x++)
    for (uint32_t r = 0; r < items[x].n_findings; r++) {
      const tmc_finding *f = &ir->findings[items[x].findings[r]];
      uint32_t o = owner_number(ir, num, f);
      if (slot[o] == TMC_NONE) {
        slot[o] = no;
        owner_work *y = TMC_PUSH(w, no, cap);
        *y = (owner_work){names[o], 0, 0, tmc_arena_alloc(m->a, ni + 1)};
        memset(y->items, 0, ni + 1);
      }
      w[slot[o]].items[x] = 1;
    }
  /* Findings and risk count once per owner, however many controls close them. */
  for (uint32_t j = 0; j < m->n_open && no; j++) {
    const tmc_finding *f = &ir->findings[m->risk_order[j]];
    if (!f->mitigations.n)
      continue;
    uint32_t k = slot[owner_number(ir, num, f)];
    if (k != TMC_NONE)
      w[k].findings++, w[k].risk += f->score;
  }
  free(num);
  free(names);
  free(slot);
  if (no)
    qsort(w, no, sizeof *w, cmp_owner);
  put(m,
      "### Work by owner\n\nWho fixes what: each owner's open findings and the "
      "controls above that close them (`owner=` on an element names its owner; "
      "otherwise it follows from the kind, see Assumptions to confirm).\n\n"
      "| Owner | Open findings | Risk | Controls (plan #) |\n| --- | ---: | ---: | --- "
      "|\n");
  for (uint32_t k = 0; k < no; k++) {
    put(m, "| ");
    if (*w[k].owner)
      cell(m, w[k].owner);
    else
      put(m, "nobody of ours (outside parties)");
    tmc_buf_printf(m->b, " | %u | %d | ", w[k].findings, w[k].risk);
    uint32_t shown = 0, total = 0;
    for (uint32_t x = 0; x < ni; x++)
      total += w[k].items[x];
    uint32_t max = m->condensed && total > CONDENSED_NAMES ? CONDENSED_NAMES : total;
    for (uint32_t x = 0; x < ni && shown < max; x++) {
      if (!w[k].items[x])
        continue;
      const tmc_control *ctl = control(m, items[x].control);
      tmc_buf_printf(m->b, "%s%u. ", shown++ ? ", " : "", x + 1);
      ref(m, ctl && ctl->title ? ctl->title : items[x].control,
          slug(m, "ctl-", items[x].control));
    }
    if (shown < total)
      tmc_buf_printf(m->b, ", … and %u more", total - shown);
    put(m, " |\n");
  }
  put(m, "\n");
  free(w);
}

static void section_plan(md *m) {
  const tmc_ir *ir = m->ir;
  const tmc_plan_item *items = m->v->plan;
  uint32_t ni = m->v->n_plan, without = m->v->plan_unnamed;
  put(m, "## Mitigation plan\n\n");
  if (!ni) {
    put(m, m->n_open
               ? "No open finding names a control from the catalog that would close "
                 "it; see the remediation of each rule under [Rules "
                 "cited](#rules-cited).\n\n"
               : "Nothing to add: no open findings.\n\n");
  } else {
    put(m,
        "Controls to add, most risk removed first. Declaring a control on an element or "
        "flow (`controls=`) marks the findings it closes as mitigated.\n\n");
    if (m->v->path_plan.summary && m->v->path_plan.n_fixes) {
      put(m, "Attack paths: ");
      text(m, m->v->path_plan.summary);
      put(m, " ([Cut sets](#cut-sets))\n\n");
    }
    put(m, "| # | Control | Closes | Paths | Risk removed | ATLAS mitigation | NIST AI "
           "RMF |\n"
           "| ---: | --- | ---: | ---: | ---: | --- | --- |\n");
    for (uint32_t x = 0; x < ni; x++) {
      const tmc_plan_item *it = &items[x];
      const tmc_control *ctl = control(m, it->control);
      tmc_buf_printf(m->b, "| %u | ", x + 1);
      ref(m, ctl && ctl->title ? ctl->title : it->control, slug(m, "ctl-", it->control));
      tmc_buf_printf(m->b, " | %u | %u | %d | ", it->n_findings, it->n_paths, it->risk);
      if (ctl)
        put_ids(m, &ctl->atlas, true);
      else
        put(m, "—");
      put(m, " | ");
      if (ctl)
        put_ids(m, &ctl->nist, false);
      else
        put(m, "—");
      put(m, " |\n");
    }
    put(m, "\n");
    plan_by_owner(m);
    uint32_t *direct = tmc_xcalloc(ir->n_paths + 1, sizeof *direct);
    for (uint32_t x = 0; x < ni; x++) {
      const tmc_plan_item *it = &items[x];
      const tmc_control *ctl = control(m, it->control);
      anchor(m, slug(m, "ctl-", it->control));
      tmc_buf_printf(m->b, "### %u. ", x + 1);
      text(m, ctl && ctl->title ? ctl->title : it->control);
      put(m, "\n\nControl ");
      text(m, it->control);
      if (!ctl)
        put(m, " (not in the catalog)");
      put(m, ".");
      if (ctl && ctl->description && *ctl->description) {
        put(m, " ");
        text(m, ctl->description);
      }
      put(m, "\n\n");
      tmc_buf_printf(m->b, "Closes %u open %s:\n\n", it->n_findings,
                     plural(it->n_findings, "finding", "findings"));
      uint32_t listed = rows_of(m, it->n_findings, CONDENSED_PLAN);
      for (uint32_t r = 0; r < listed; r++) {
        const tmc_finding *f = &ir->findings[it->findings[r]];
        tmc_buf_printf(m->b, "- %s: ", sev_title(f->severity));
        text(m, f->rule_id);
        put(m, " ");
        text(m, f->title);
        put(m, " on ");
        put_target(m, f);
        put(m, "\n");
      }
      if (listed < it->n_findings)
        tmc_buf_printf(m->b, "- …and %u more of lower risk (condensed report)\n",
                       it->n_findings - listed);
      put(m, "\n");
      /* Paths whose own finding is listed above need no second mention. */
      uint32_t other = 0;
      for (uint32_t r = 0; r < it->n_findings; r++) {
        const tmc_finding *f = &ir->findings[it->findings[r]];
        if (f->target_kind == TMC_TARGET_PATH && f->target < ir->n_paths)
          direct[f->target] = x + 1;
      }
      for (uint32_t q = 0; q < it->n_paths; q++)
        other += it->paths[q] < ir->n_paths && direct[it->paths[q]] != x + 1;
      if (other) {
        tmc_buf_printf(
            m->b, "%s %u attack %s: ", other == it->n_paths ? "Hardens" : "Also hardens",
            other, plural(other, "path", "paths"));
        for (uint32_t q = 0, shown = 0; q < it->n_paths; q++) {
          if (it->paths[q] >= ir->n_paths || direct[it->paths[q]] == x + 1)
            continue;
          if (shown++)
            put(m, ", ");
          ref(m, m->path_head[it->paths[q]], m->path_anchor[it->paths[q]]);
        }
        put(m, ".\n\n");
      }
    }
    free(direct);
  }
  if (ni && without)
    tmc_buf_printf(m->b,
                   "%u open %s name no control; see the remediation of their rules under "
                   "[Rules cited](#rules-cited).\n\n",
                   without, plural(without, "finding", "findings"));
}

/* ---- 7b. validation plan ------------------------------------------------------ */

/* Text inside a fenced code block: the fence cannot be closed by a line of
 * its own, so only line breaks and control characters need replacing. */
static void code_text(md *m, const char *s) {
  for (; s && *s; s++)
    tmc_buf_putc(m->b, (unsigned char)*s < 0x20 ? ' ' : *s);
}

static const tmc_validation *vhow(const tmc_vitem *it) {
  return it->how;
}

static void put_tool(md *m, const tmc_tool *t) {
  text(m, t->id);
  if (t->version) {
    put(m, " ");
    text(m, t->version);
  }
}

/* Where a test points: the element under test, through the endpoint, from
 * the entry point. */
static void put_aim(md *m, const tmc_vitem *it) {
  put_el(m, it->target);
  if (it->endpoint != TMC_NONE && it->endpoint != it->target) {
    put(m, " through ");
    put_el(m, it->endpoint);
  }
  if (it->entry != TMC_NONE && it->entry != it->target) {
    put(m, ", as ");
    put_el(m, it->entry);
  }
}

static void put_settles(md *m, const tmc_vitem *it) {
  for (uint32_t k = 0; k < it->n_findings; k++) {
    const tmc_finding *f = &m->ir->findings[it->findings[k]];
    bool again = false;
    for (uint32_t j = 0; j < k && !again; j++)
      again = strcmp(m->ir->findings[it->findings[j]].rule_id, f->rule_id) == 0;
    if (again)
      continue;
    if (k)
      put(m, ", ");
    put_rule(m, f->rule_id);
  }
}

/* A garak command per endpoint: the probes of every garak test sent there,
 * endpoints in the order of their first test. The tests are grouped by
 * sorting (endpoint, position) pairs rather than by rescanning the plan per
 * test, which was quadratic in the plan's size on big diagrams. */
typedef struct garak_test {
  uint32_t endpoint, at; /* at: position in the plan */
} garak_test;

static int cmp_garak_test(const void *pa, const void *pb) {
  const garak_test *a = pa, *b = pb;
  if (a->endpoint != b->endpoint)
    return a->endpoint < b->endpoint ? -1 : 1;
  return a->at < b->at ? -1 : a->at > b->at;
}

typedef struct garak_group {
  uint32_t first, start, len; /* first: plan position of its first test */
} garak_group;

static int cmp_garak_group(const void *pa, const void *pb) {
  const garak_group *a = pa, *b = pb;
  return a->first < b->first ? -1 : a->first > b->first;
}

static bool is_garak(const tmc_validation *h) {
  return strcmp(h->tool->id, "garak") == 0 && h->probes;
}

static void garak_example(md *m) {
  const tmc_ir *ir = m->ir;
  garak_test *t = tmc_xmalloc((ir->n_vplan + 1) * sizeof *t);
  uint32_t nt = 0;
  for (uint32_t i = 0; i < ir->n_vplan; i++)
    if (is_garak(vhow(&ir->vplan[i])))
      t[nt++] = (garak_test){ir->vplan[i].endpoint, i};
  if (!nt) {
    free(t);
    return;
  }
  qsort(t, nt, sizeof *t, cmp_garak_test);
  garak_group *g = tmc_xmalloc(nt * sizeof *g);
  uint32_t ng = 0;
  for (uint32_t i = 0; i < nt; i++) {
    if (i && t[i].endpoint == t[i - 1].endpoint) {
      g[ng - 1].len++;
      continue;
    }
    g[ng++] = (garak_group){t[i].at, i, 1};
  }
  qsort(g, ng, sizeof *g, cmp_garak_group);
  const tmc_validation *h = vhow(&ir->vplan[g[0].first]);
  put(m, "Every garak test above as one run per endpoint (garak ");
  text(m, h->tool->version ? h->tool->version : "");
  put(m, "; the generator options file describes how to reach the endpoint):\n\n"
         "```sh\n");
  for (uint32_t k = 0; k < ng; k++) {
    const tmc_vitem *it = &ir->vplan[g[k].first];
    tmc_strlist probes = {0};
    for (uint32_t j = g[k].start; j < g[k].start + g[k].len; j++) {
      const tmc_validation *hj = vhow(&ir->vplan[t[j].at]);
      if (!tmc_strlist_has(&probes, hj->probes))
        tmc_strlist_add(&probes, hj->probes);
    }
    put(m, "# ");
    code_text(m, tmc_element_name(&m->ir->elements[it->endpoint]));
    put(m, "\npython -m garak --target_type rest -G ");
    code_text(m, ir->elements[it->endpoint].qname);
    put(m, ".rest.json --probes ");
    for (uint32_t p = 0; p < probes.n; p++) {
      if (p)
        put(m, ",");
      code_text(m, probes.v[p]);
    }
    put(m, "\n");
    tmc_strlist_free(&probes);
  }
  put(m, "```\n\n");
  free(g);
  free(t);
}

/* A PyRIT stub per attack class the plan uses: the first test that uses it. */
static void pyrit_stub(md *m) {
  const tmc_ir *ir = m->ir;
  tmc_strlist seen = {0};
  for (uint32_t i = 0; i < ir->n_vplan; i++) {
    const tmc_vitem *it = &ir->vplan[i];
    const tmc_validation *h = vhow(it);
    if (strcmp(h->tool->id, "pyrit") != 0 || !h->attack.n)
      continue;
    /* The attack classes are the catalog's few, so the list stays short. */
    if (tmc_strlist_has(&seen, h->attack.v[0]))
      continue;
    tmc_strlist_add(&seen, h->attack.v[0]);
    put(m, "A PyRIT stub for ");
    text(m, it->id);
    put(m, " (PyRIT ");
    text(m, h->tool->version ? h->tool->version : "");
    put(m, "; fill in the request template and the objective):\n\n```python\n");
    put(m, "from ");
    code_text(m, h->module ? h->module : "pyrit.executor.attack");
    put(m, " import ");
    code_text(m, h->attack.v[0]);
    put(m, "\nfrom pyrit.prompt_target import HTTPTarget\n\n# ");
    code_text(m, tmc_element_name(&m->ir->elements[it->endpoint]));
    if (it->entry != TMC_NONE) {
      put(m, ", as ");
      code_text(m, tmc_element_name(&m->ir->elements[it->entry]));
      put(m, " reaches it");
    }
    put(m, "\ntarget = HTTPTarget(http_request=\"...\")\nattack = ");
    code_text(m, h->attack.v[0]);
    put(m, "(objective_target=target)  # scorer: ");
    code_text(m, h->detector ? h->detector : "");
    put(m, "\nresult = await attack.execute_async(objective=\"...\")\n```\n\n");
  }
  tmc_strlist_free(&seen);
}

static void section_validate(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "## Validate these findings\n\n");
  uint32_t tests = 0, manual = 0, settled = 0;
  for (uint32_t i = 0; i < ir->n_vplan; i++) {
    if (vhow(&ir->vplan[i])->mode == TMC_VMODE_MANUAL)
      manual++;
    else
      tests++;
    settled += ir->vplan[i].n_findings;
  }
  if (!ir->n_vplan) {
    put(m, "No open AI finding to validate.\n\n");
    return;
  }
  tmc_buf_printf(
      m->b,
      "%u red-team %s and %u manual %s settle the %u open AI %s below. tmc "
      "plans; people run the tools. The plan is also written machine-readably "
      "(`-o NAME.plan.json`, `-o NAME.plan.yaml`), and each SARIF result names "
      "its test in `properties.validation`.\n\n",
      tests, plural(tests, "test", "tests"), manual, plural(manual, "review", "reviews"),
      settled, plural(settled, "finding", "findings"));
  if (tests) {
    put(m, "| # | Test | Tool | Probe or attack | Point it at | Success means | Settles "
           "|\n| ---: | --- | --- | --- | --- | --- | --- |\n");
    uint32_t row = 0, max = rows_of(m, tests, CONDENSED_LIST);
    for (uint32_t i = 0; i < ir->n_vplan && row < max; i++) {
      const tmc_vitem *it = &ir->vplan[i];
      const tmc_validation *h = vhow(it);
      if (h->mode == TMC_VMODE_MANUAL)
        continue;
      tmc_buf_printf(m->b, "| %u | ", ++row);
      cell(m, h->title);
      put(m, " (");
      cell(m, it->id);
      put(m, ") | ");
      put_tool(m, h->tool);
      put(m, " | ");
      for (uint32_t a = 0; a < h->attack.n; a++) {
        if (a)
          put(m, ", ");
        cell(m, h->module ? tmc_arena_printf(m->a, "%s.%s", h->module, h->attack.v[a])
                          : h->attack.v[a]);
      }
      put(m, " | ");
      put_aim(m, it);
      if (h->mode == TMC_VMODE_SANDBOX)
        put(m, " (in a sandbox copy)");
      put(m, " | ");
      if (h->detector) {
        cell(m, h->detector);
        put(m, ": ");
      }
      cell(m, h->success);
      put(m, " | ");
      put_settles(m, it);
      put(m, " |\n");
    }
    if (row < tests)
      tmc_buf_printf(m->b,
                     "\n…and %u more tests in the plan report (condensed report).\n",
                     tests - row);
    put(m, "\n");
    garak_example(m);
    pyrit_stub(m);
  }
  if (manual) {
    put(m, "### Manual review\n\nNo tool here tests these; a person reviews them.\n\n");
    /* Capped like the tests above: on the 100k benchmark this list was
       nearly the whole condensed report. */
    uint32_t row = 0, max = rows_of(m, manual, CONDENSED_LIST);
    for (uint32_t i = 0; i < ir->n_vplan && row < max; i++) {
      const tmc_vitem *it = &ir->vplan[i];
      const tmc_validation *h = vhow(it);
      if (h->mode != TMC_VMODE_MANUAL)
        continue;
      row++;
      put(m, "- **");
      text(m, h->title);
      put(m, "** on ");
      put_el(m, it->target);
      put(m, " (");
      put_settles(m, it);
      put(m, "): ");
      text(m, h->success);
      put(m, "\n");
    }
    if (row < manual)
      tmc_buf_printf(
          m->b, "\n…and %u more manual reviews in the plan report (condensed report).\n",
          manual - row);
    put(m, "\n");
  }
}

/* ---- 8. coverage -------------------------------------------------------------- */

/* One (key, sub) cell of a coverage matrix with the findings behind it. */
typedef struct hit {
  const char *key;       /* tactic or OWASP id */
  const char *sub;       /* technique id, or NULL */
  uint32_t pos;          /* position of key in its matrix */
  uint32_t open, closed; /* findings counted here */
} hit;

static int cmp_hit(const void *pa, const void *pb) {
  const hit *a = pa, *b = pb;
  if (a->pos != b->pos)
    return a->pos < b->pos ? -1 : 1;
  int c = strcmp(a->key, b->key);
  if (c)
    return c;
  return strcmp(a->sub ? a->sub : "", b->sub ? b->sub : "");
}

static void put_exposure(md *m, uint32_t open, uint32_t closed) {
  put(m, open ? "**exposed**" : closed ? "mitigated" : "not found");
}

static void coverage_atlas(md *m) {
  uint32_t nt = m->cat ? tmc_catalog_n_tactics(m->cat) : 0;
  hit *v = NULL;
  uint32_t n = 0, cap = 0;
  const tmc_report_lists l = m->v->atlas;
  for (uint32_t li = 0; li < l.n; li++) {
    const tmc_strlist *x = l.v[li];
    for (uint32_t a = 0; a < x->n; a++) {
      const tmc_technique *t = technique(m, x->v[a]);
      bool placed = false;
      for (uint32_t i = 0; t && nt && i < t->tactics.n; i++)
        for (uint32_t y = 0; y < nt; y++) {
          const tmc_tactic *tac = tmc_catalog_tactic_at(m->cat, y);
          if (tac && strcmp(tac->id, t->tactics.v[i]) == 0) {
            *TMC_PUSH(v, n, cap) = (hit){tac->id, x->v[a], y, l.open[li], l.closed[li]};
            placed = true;
          }
        }
      if (!placed)
        *TMC_PUSH(v, n, cap) = (hit){"", x->v[a], nt, l.open[li], l.closed[li]};
    }
  }
  if (n)
    qsort(v, n, sizeof *v, cmp_hit);
  put(m, "### MITRE ATLAS tactics\n\n");
  if (!nt && !n) {
    put(m, "No finding cites an ATLAS technique.\n\n");
    free(v);
    return;
  }
  put(m, "Which adversary tactics the diagram is exposed to, through the techniques its "
         "findings cite (finding counts in parentheses).\n\n");
  put(m, "| Tactic | Exposure | Open | Closed | Techniques |\n| --- | --- | ---: | ---: "
         "| --- |\n");
  uint32_t i = 0;
  for (uint32_t y = 0; y <= nt; y++) {
    uint32_t start = i;
    while (i < n && v[i].pos == y)
      i++;
    if (y == nt && start == i)
      break;
    uint32_t open = 0, closed = 0;
    for (uint32_t j = start; j < i; j++)
      open += v[j].open, closed += v[j].closed;
    put(m, "| ");
    if (y < nt) {
      const tmc_tactic *tac = tmc_catalog_tactic_at(m->cat, y);
      link(m,
           tac ? tmc_arena_printf(m->a, "%s %s", tac->id, tac->name ? tac->name : "")
               : "?",
           tac ? tac->url : NULL);
    } else {
      put(m, "(no tactic known)");
    }
    put(m, " | ");
    put_exposure(m, open, closed);
    tmc_buf_printf(m->b, " | %u | %u | ", open, closed);
    if (start == i)
      put(m, "—");
    for (uint32_t j = start; j < i;) {
      uint32_t k = j, c = 0;
      while (k < i && strcmp(v[k].sub, v[j].sub) == 0)
        c += v[k].open + v[k].closed, k++;
      if (j > start)
        put(m, ", ");
      put_technique(m, v[j].sub);
      tmc_buf_printf(m->b, " (%u)", c);
      j = k;
    }
    put(m, " |\n");
  }
  put(m, "\n");
  free(v);
}

static void coverage_owasp(md *m) {
  const tmc_ir *ir = m->ir;
  /* The two lists every AI threat model is checked against; ids beyond them
   * that findings cite are listed after, in id order. */
  const char **std = tmc_xmalloc(20 * sizeof *std);
  for (uint32_t i = 0; i < 10; i++) {
    std[i] = tmc_arena_printf(m->a, "LLM%02u:2025", i + 1);
    std[10 + i] = tmc_arena_printf(m->a, "ML%02u:2023", i + 1);
  }
  hit *v = NULL;
  uint32_t n = 0, cap = 0;
  for (uint32_t i = 0; i < 20; i++)
    *TMC_PUSH(v, n, cap) = (hit){std[i], NULL, i, 0, 0};
  const tmc_report_lists l = m->v->owasp;
  for (uint32_t li = 0; li < l.n; li++) {
    const tmc_strlist *x = l.v[li];
    for (uint32_t a = 0; a < x->n; a++) {
      uint32_t pos = 20;
      for (uint32_t s = 0; s < 20; s++)
        if (strcmp(std[s], x->v[a]) == 0)
          pos = s;
      *TMC_PUSH(v, n, cap) = (hit){x->v[a], "x", pos, l.open[li], l.closed[li]};
    }
  }
  qsort(v, n, sizeof *v, cmp_hit);
  put(m, "### OWASP Top 10 for LLM applications (2025) and ML security (2023)\n\n");
  put(m, "| Entry | Exposure | Open | Closed | Where (open) |\n| --- | --- | ---: | ---: "
         "| --- |\n");
  uint8_t *has = tmc_xmalloc(l.n + 1);
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i, open = 0, closed = 0;
    while (j < n && strcmp(v[j].key, v[i].key) == 0) {
      open += v[j].open, closed += v[j].closed;
      j++;
    }
    put(m, "| ");
    put_id(m, v[i].key, true);
    put(m, " | ");
    put_exposure(m, open, closed);
    tmc_buf_printf(m->b, " | %u | %u | ", open, closed);
    /* Where: the distinct targets of its open findings, in display order;
     * whether a list cites the entry is asked once per list. */
    bool any = false;
    for (uint32_t li = 0; li < l.n; li++) {
      has[li] = tmc_strlist_has(l.v[li], v[i].key) && l.open[li];
      any |= has[li];
    }
    uint32_t shown = 0;
    for (uint32_t r = 0; any && r < m->n_open && shown < 5; r++) {
      uint32_t li = l.of[m->risk_order[r]];
      if (li == TMC_NONE || !has[li])
        continue;
      if (shown)
        put(m, ", ");
      put_target(m, &ir->findings[m->risk_order[r]]);
      shown++;
    }
    if (open > shown)
      put(m, shown ? ", …" : "—");
    else if (!shown)
      put(m, "—");
    put(m, " |\n");
    i = j;
  }
  put(m, "\n");
  free(has);
  free(v);
  free(std);
}

/* ---- 9. appendix -------------------------------------------------------------- */

/* Each rule the findings cite, once: what goes wrong, what to do, and its
 * references, so the tables above can stay one line per finding. */
static void section_rules(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "### Rules cited\n\n");
  /* One entry per rule id, in id order, described by its first finding. */
  uint32_t nr = m->n_rules;
  uint32_t *first = tmc_xmalloc((nr ? nr : 1) * sizeof *first);
  uint32_t *count = tmc_xcalloc(nr ? nr : 1, sizeof *count);
  uint32_t *opens = tmc_xcalloc(nr ? nr : 1, sizeof *opens);
  for (uint32_t r = 0; r < nr; r++)
    first[r] = TMC_NONE;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    uint32_t r = m->rule_rank[i];
    if (first[r] == TMC_NONE)
      first[r] = i;
    count[r]++;
    opens[r] += ir->findings[i].status == TMC_STATUS_OPEN;
  }
  if (!nr)
    put(m, "None.\n\n");
  for (uint32_t r = 0; r < nr; r++) {
    const tmc_finding *f = &ir->findings[first[r]];
    uint32_t n = count[r], open = opens[r];
    if (*f->rule_id)
      anchor(m, slug(m, "rule-", f->rule_id));
    put(m, "#### ");
    text(m, *f->rule_id ? f->rule_id : "(no rule id)");
    if (f->title && *f->title) {
      put(m, " ");
      text(m, f->title);
    }
    tmc_buf_printf(m->b, "\n\n%u %s, %u open.", n, plural(n, "finding", "findings"),
                   open);
    if (f->description && *f->description) {
      put(m, " ");
      text(m, f->description);
    }
    put(m, "\n\n");
    if (f->remediation && *f->remediation) {
      put(m, "**Remediation:** ");
      text(m, f->remediation);
      put(m, "\n\n");
    }
    if (f->atlas.n || f->owasp.n || f->cwe.n || f->capec.n) {
      put(m, "**References:** ");
      bool any = false;
      for (uint32_t a = 0; a < f->atlas.n; a++, any = true) {
        put(m, any ? ", " : "");
        put_technique(m, f->atlas.v[a]);
      }
      const tmc_strlist *lists[] = {&f->owasp, &f->cwe, &f->capec};
      for (int l = 0; l < 3; l++)
        for (uint32_t a = 0; a < lists[l]->n; a++, any = true) {
          put(m, any ? ", " : "");
          put_id(m, lists[l]->v[a], true);
        }
      put(m, ".\n\n");
    }
  }
  free(first);
  free(count);
  free(opens);
}

static void section_appendix(md *m) {
  put(m, "## Appendix\n\n");
  section_rules(m);
  put(m, "### Diagnostics\n\n");
  const tmc_diags *d = m->ctx ? m->ctx->diags : NULL;
  if (!d || !d->n) {
    put(m, "None: the diagram was read without warnings.\n\n");
  } else {
    put(m, "| Level | Where | Message |\n| --- | --- | --- |\n");
    for (uint32_t i = 0; i < d->n; i++) {
      const tmc_diag *x = &d->v[i];
      tmc_buf_printf(m->b, "| %s | ", tmc_diag_level_name(x->level));
      const char *where = x->loc.file ? x->loc.file : "";
      if (x->loc.line && x->loc.col)
        where = tmc_arena_printf(m->a, "%s:%u:%u", where, x->loc.line, x->loc.col);
      else if (x->loc.line)
        where = tmc_arena_printf(m->a, "%s:%u", where, x->loc.line);
      cell(m, where);
      put(m, " | ");
      cell(m, x->msg);
      put(m, " |\n");
    }
    put(m, "\n");
    if (d->dropped)
      tmc_buf_printf(m->b, "%u more diagnostics were not recorded.\n\n", d->dropped);
  }
  put(m, "### Versions\n\n| Component | Version |\n| --- | --- |\n| tmc | ");
  put(m, TMC_VERSION);
  put(m, " |\n| Threat catalog | ");
  cell(m, m->cat ? tmc_catalog_version(m->cat) : NULL);
  put(m, " |\n| MITRE ATLAS | ");
  cell(m, m->cat ? tmc_catalog_atlas_version(m->cat) : NULL);
  put(m, " |\n\n");
  put(m,
      "### Method\n\nElements, flows and trust boundaries come from the diagram; tmc "
      "classifies each element, applies the threat rules of its catalog to every element "
      "and flow whose facts match, rates each finding by likelihood and impact (1–5 "
      "each; "
      "score up to 25), marks findings closed by declared controls as mitigated and "
      "those "
      "with an `accept=` justification as accepted, and searches attack paths from entry "
      "points to assets. Regenerate this report from the diagram rather than editing "
      "it.\n");
}

/* ---- the report --------------------------------------------------------------- */

static void section_toc(md *m) {
  const tmc_ir *ir = m->ir;
  put(m, "## Contents\n\n");
  static const char *const top[][2] = {
      {"Summary", "summary"},
      {"Scope and assets", "scope-and-assets"},
      {"Assumptions to confirm", "assumptions-to-confirm"},
      {"Data flow", "data-flow"},
      {"Threats", "threats"},
      {"Attack paths", "attack-paths"},
      {"Risk register", "risk-register"},
      {"Mitigation plan", "mitigation-plan"},
      {"Validate these findings", "validate-these-findings"},
      {"Coverage", "coverage"},
      {"Appendix", "appendix"},
  };
  for (size_t i = 0; i < sizeof top / sizeof *top; i++) {
    tmc_buf_printf(m->b, "%zu. [%s](#%s)\n", i + 1, top[i][0], top[i][1]);
    if (strcmp(top[i][1], "threats") != 0)
      continue;
    uint32_t shown = 0;
    for (uint32_t j = 0; j < ir->n_elements && shown < TOC_TARGETS_MAX; j++) {
      if (!m->el_shown[m->el_order[j]])
        continue;
      put(m, "   - ");
      put_el(m, m->el_order[j]);
      put(m, "\n");
      shown++;
    }
    for (uint32_t j = 0; j < ir->n_flows && shown < TOC_TARGETS_MAX; j++) {
      if (!m->fl_shown[m->fl_order[j]])
        continue;
      put(m, "   - ");
      put_fl(m, m->fl_order[j]);
      put(m, "\n");
      shown++;
    }
    uint32_t total = m->n_el_shown + m->n_fl_shown;
    if (total > shown)
      tmc_buf_printf(m->b, "   - and %u more elements and flows (see Scope and assets)\n",
                     total - shown);
  }
  put(m, "\n");
}

int tmc_backend_markdown(tmc_buf *b, const tmc_ir *ir, const tmc_report_ctx *ctx,
                         tmc_diags *d) {
  md m;
  memset(&m, 0, sizeof m);
  m.b = b;
  m.ir = ir;
  m.ctx = ctx;
  m.cat = ctx ? ctx->catalog : NULL;
  m.a = tmc_arena_new();
  tmc_report_view *own = NULL;
  const tmc_report_view *v = tmc_report_view_get(ir, ctx, &own);
  m.v = v;
  m.el_order = v->el_order, m.el_rank = v->el_rank;
  m.fl_order = v->fl_order, m.fl_rank = v->fl_rank;
  m.path_order = v->path_order, m.path_rank = v->path_rank;
  m.el_start = v->el_start, m.el_find = v->el_find;
  m.fl_start = v->fl_start, m.fl_find = v->fl_find;
  m.pa_start = v->pa_start, m.pa_find = v->pa_find;
  m.risk_order = v->risk_order, m.n_open = v->n_open;
  m.rule_rank = v->rule_rank, m.n_rules = v->n_rules;
  m.condensed = v->condensed;
  m.el_shown = v->el_shown, m.fl_shown = v->fl_shown;
  m.n_el_shown = v->n_el_shown, m.n_fl_shown = v->n_fl_shown;
  name_targets(&m);

  put(&m, "# Threat model: ");
  text(&m, tmc_report_title(ir, m.a));
  put(&m, "\n\n");
  section_toc(&m);
  section_summary(&m);
  section_scope(&m);
  section_assumptions(&m);
  section_dataflow(&m);
  section_threats(&m);
  section_paths(&m);
  section_register(&m);
  section_plan(&m);
  section_validate(&m);
  put(&m, "## Coverage\n\n");
  coverage_atlas(&m);
  coverage_owasp(&m);
  section_appendix(&m);

  tmc_report_view_free(own);
  tmc_arena_free(m.a);
  if (b->overflow) {
    tmc_error(d, (tmc_loc){ir->file, 0, 0}, "the Markdown report exceeds its size limit");
    return -1;
  }
  return 0;
}
