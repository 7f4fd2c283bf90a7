/* report.h - the report model: one read-only view of an analysed IR that
 * Markdown, SVG (the scene) and SARIF all read, built once per run, so the
 * formats cannot disagree on what comes first, what a number means, which
 * findings belong to a target or what a condensed report leaves out. Back
 * ends only format it.
 *
 * The orders come from the order pass (passes/order.h) through the IR; an
 * IR that did not run it gets the same orders computed here, with its paths
 * in their display order as the order pass would have put them.
 *
 * Ownership: a view owns all its arrays (one arena) and only points into
 * the IR, which must outlive it. Through the report context's cache
 * (tmc_view_cache, backends.h) the driver owns the run's view; without a
 * cache tmc_report_view_get hands the caller a view to free. */
#ifndef TMC_REPORT_H
#define TMC_REPORT_H

#include "backends/backends.h"
#include "passes/plan.h"

/* The condensed report (README, "The Markdown report"): above
 * TMC_REPORT_CONDENSE_TARGETS elements + flows, threat sections for at most
 * TMC_REPORT_CONDENSED_SECTIONS targets, those of the highest-risk open
 * findings. */
enum { TMC_REPORT_CONDENSE_TARGETS = 5000, TMC_REPORT_CONDENSED_SECTIONS = 100 };

/* At most TMC_REPORT_PER_TARGET findings of one target are shown in full
 * (issue #15: a reviewer signs a target off in one sitting): the first of
 * its group, which is in risk order, open first. The calibrate pass already
 * keeps a target's open findings within TMC_FINDINGS_PER_TARGET by grouping
 * related threats (ir/ir.h), so this cut only shortens a target whose
 * mitigated and accepted findings come on top: every back end that lists a
 * target's findings shows these and names the rest on one line; SARIF and
 * JSON, which are data for tools, keep every finding. */
enum { TMC_REPORT_PER_TARGET = TMC_FINDINGS_PER_TARGET };
static inline uint32_t tmc_report_shown(uint32_t n) {
  return n < TMC_REPORT_PER_TARGET ? n : TMC_REPORT_PER_TARGET;
}

/* The findings of one element, flow or path, counted. */
typedef struct tmc_report_tally {
  uint32_t open, mitigated, accepted;
  tmc_severity worst; /* of the open findings (TMC_SEV_NONE when none) */
  unsigned stride;    /* TMC_STRIDE_* of the open findings */
  bool ai;            /* an open finding cites ATLAS or an OWASP LLM/ML id */
} tmc_report_tally;

/* The distinct id lists of the findings for one field (atlas, owasp; a
 * rule's list is shared by every finding of the rule) with how many open
 * and closed findings cite each: a coverage matrix is built once per list,
 * not once per finding. */
typedef struct tmc_report_lists {
  const tmc_strlist **v;
  uint32_t *open, *closed;
  uint32_t *of; /* per finding: index of its list, TMC_NONE when empty */
  uint32_t n;   /* lists */
} tmc_report_lists;

/* Assumptions to confirm: what tmc read from the drawing because the
 * diagram does not say it, grouped by (what, value, reason) so a big
 * diagram's hundred default processes are one group. */
typedef enum tmc_assume {
  TMC_ASSUME_KIND,
  TMC_ASSUME_ROLE,
  TMC_ASSUME_NAME,
  TMC_ASSUME_ZONE, /* a zone's trust level; items are boundaries */
  TMC_ASSUME_ENTRY,
  TMC_ASSUME_ASSET,
  TMC_ASSUME_SENSITIVITY,
  TMC_ASSUME_IMPACT, /* business impact (impact pass) */
  TMC_ASSUME_OWNER,  /* who owns the fix, on assets */
  TMC_ASSUME_COUNT
} tmc_assume;
extern const char *const tmc_assume_title[TMC_ASSUME_COUNT]; /* "Kind", "Zone trust" */

typedef struct tmc_report_assumption {
  tmc_assume what;
  const char *value, *because; /* raw text */
  const uint32_t *items;       /* elements (boundaries for ZONE), display order */
  uint32_t n;
} tmc_report_assumption;

typedef struct tmc_report_view {
  const tmc_ir *ir;
  /* Display orders and their inverses (rank of an index in its order). */
  const uint32_t *bd_order;
  const uint32_t *el_order, *el_rank;
  const uint32_t *fl_order, *fl_rank;
  const uint32_t *path_order, *path_rank; /* path_rank[i] + 1 is path i's number */
  const uint32_t *rule_rank; /* per finding: its rule id's rank among the distinct */
  uint32_t n_rules;
  const uint32_t *risk_order; /* open findings, highest risk first */
  uint32_t n_open;
  const uint32_t *cut_order; /* cut sets by their asset's display order */
  /* Findings grouped by target: the group of element e is
   * el_find[el_start[e] .. el_start[e + 1]), open first, then by severity,
   * score, likelihood, rule id and title; likewise flows and paths. */
  const uint32_t *el_start, *el_find;
  const uint32_t *fl_start, *fl_find;
  const uint32_t *pa_start, *pa_find;
  const tmc_report_tally *el_tally, *fl_tally, *pa_tally;
  /* A big diagram (TMC_REPORT_CONDENSE_TARGETS) gets threat sections only
   * for the targets of its highest-risk open findings. */
  bool condensed;
  const uint8_t *el_shown, *fl_shown; /* has a section under Threats */
  uint32_t n_el_shown, n_fl_shown;
  tmc_report_lists atlas, owasp; /* coverage */
  /* Per element, flow and path: the anchor every report links it by
   * (Markdown's and HTML's section id, the fragment an SVG badge links to)
   * and the heading a report names it by (raw text): an element's name,
   * with its id when another has the same name; a flow's endpoints and
   * label; "Path N: entry → asset". Anchors are [A-Za-z0-9_-] only. */
  const char **el_anchor, **el_head;
  const char **fl_anchor, **fl_head;
  const char **path_anchor, **path_head;
  const char **bd_anchor; /* per boundary: "zone-ID" (the HTML report's zone section) */
  const tmc_report_assumption *assumptions; /* by what, value, reason */
  uint32_t n_assumptions;
  /* The mitigation plan: the plan pass's (ir->plan), or computed here. */
  const tmc_plan_item *plan;
  uint32_t n_plan;
  uint32_t plan_unnamed; /* open findings that name no control */
  /* The path plan (issue #16 item 5): the plan pass's, or computed here. */
  tmc_path_plan path_plan;
  /* Per finding: the item of the validation plan (ir->vplan) that settles
   * it, TMC_NONE for none. */
  const uint32_t *vitem_of;
  /* The threats the model's author wrote (Threat Dragon, OTM: ir.h's
   * tmc_author_threat on elements and flows): how many, how many the author
   * marked mitigated, and how many of tmc's findings one of them closes
   * (passes/authors.c). Each target's own are read with
   * tmc_author_threat_get beside its findings group. */
  uint32_t n_author, n_author_mitigated, n_author_closes;
  tmc_arena *arena;
} tmc_report_view;

/* The run's view of ir: the cached one when ctx has a cache holding it,
 * else a new one (cached when ctx has a cache, else handed to the caller
 * through *owned to free with tmc_report_view_free). Never fails. */
const tmc_report_view *tmc_report_view_get(const tmc_ir *ir, const tmc_report_ctx *ctx,
                                           tmc_report_view **owned);
void tmc_report_view_free(tmc_report_view *v); /* accepts NULL */

/* prefix + id, kept as is when id is [A-Za-z0-9_-] and short, else a
 * readable slug plus a hash of the whole id so that distinct ids stay
 * distinct: the anchors of report.h's view, and of rules and controls. */
const char *tmc_report_slug(tmc_arena *a, const char *prefix, const char *id);

/* The knowledge-base page for an ATLAS, CWE, CAPEC or catalog id, or NULL:
 * the catalog's URL when it is a plain https URL (catalogs can come from
 * users), else one built from the id for ATLAS, CWE and CAPEC. The result
 * holds only URL-safe characters (no quotes, no backslashes). cat may be
 * NULL; a built URL is allocated in a. */
const char *tmc_report_ref_url(const tmc_catalog *cat, const char *id, tmc_arena *a);

/* The business impact a finding carries (issue #20): of its element's, a
 * flow's ends' and data's, a path's asset's impacts, those its STRIDE
 * threats put at stake (a copied model is IP lost, a tampered one is not);
 * 0 when none is known. */
tmc_impactset tmc_report_impact(const tmc_ir *ir, const tmc_finding *f);
/* Appends the impacts of s, comma-separated: names ("ip_loss") or the words
 * a product owner reads ("IP loss"). */
void tmc_report_impact_text(tmc_buf *b, tmc_impactset s, bool words);

/* Appends what path p achieves, as every report names it (issue #16 item 2):
 * its goal in words, with its chain's name after it in parentheses when the
 * chain says more ("tamper with a model (backdoored model reaching
 * production)"), the chain alone when it starts with the goal's words ("steal
 * credentials from a running job"); nothing when p has neither. Plain text:
 * each back end escapes it. */
void tmc_report_path_goal(tmc_buf *b, const tmc_path *p);

/* The diagram's name as every report's title shows it: its graph or page
 * name, else (no name, or draw.io's default "Page-1") the input's file name
 * without directory and extension. Allocated in a when derived. */
const char *tmc_report_title(const tmc_ir *ir, tmc_arena *a);

/* The number a report gives path i ("Attack path 2", "Path 2"): 1-based. */
static inline uint32_t tmc_report_path_number(const tmc_report_view *v, uint32_t i) {
  return v->path_rank[i] + 1;
}

#endif
