/* main.c - tmc's command line: parse options into tmc_run_opts, call the
 * driver, return its exit status. Nothing else lives here. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "backends/backends.h"
#include "cli/driver.h"
#include "catalog/attributes.h"
#include "catalog/catalog.h"
#include "catalog/cond.h"
#include "catalog/goals.h"
#include "ir/suggest.h"
#include "passes/passes.h"

static const char usage[] =
    "usage: tmc [options] DIAGRAM... [-o REPORT]...\n"
    "\n"
    "Compiles data-flow diagrams (Graphviz DOT or draw.io) into threat reports.\n"
    "The input format is detected from the content; '-' reads standard input.\n"
    "\n"
    "Output:\n"
    "  -o FILE            write a report; the format follows the extension\n"
    "                     (.md .html .sarif .svg .png .pdf .json .plan.json\n"
    "                     .plan.yaml .otm); may repeat; '-' = stdout\n"
    "  -T FORMAT[,...]    force the format (md, html, sarif, svg, png, pdf, json, plan,\n"
    "                     plan-yaml, otm; --list-formats)\n"
    "  --outdir DIR       batch: one report set per input in DIR (formats from -T, "
    "default md)\n"
    "  -j N               batch: analyse N inputs in parallel\n"
    "  --dump-ir[=PASS]   print the IR as JSON after PASS (default: after the last "
    "pass)\n"
    "  --srcroot DIR      root that SARIF and report paths are relative to (default .)\n"
    "  --stdin-filename NAME  the path standard input ('-') is reported under, in\n"
    "                     diagnostics, SARIF and baselines (git show main:x.dot | tmc -\n"
    "                     --stdin-filename x.dot ...)\n"
    "  -K ENGINE          graphviz layout engine for DOT diagrams (default dot)\n"
    "\n"
    "Analysis:\n"
    "  --catalog FILE     add or override rules, controls and goals from a YAML catalog\n"
    "                     (may repeat)\n"
    "  --atlas FILE       use this ATLAS.yaml instead of the built-in one\n"
    "  --paths K          attack paths kept per entry/asset pair (default 3)\n"
    "  --fail-on SEV      exit 1 when an open finding is at least SEV\n"
    "                     (critical, high, medium, low, none; default none); the\n"
    "                     findings that trip it are printed on stderr, even with -q\n"
    "  --strict           warnings are errors: a diagram that warns (a misspelt\n"
    "                     attribute, an unknown value) is bad input (exit 2) and\n"
    "                     no report is written\n"
    "  --baseline FILE    compare with a previous SARIF report: report what is new\n"
    "                     and gone, and let --fail-on count new findings only\n"
    "  --context FILE     read each diagram in the context of a shared platform's\n"
    "                     diagram (any input format): its elements and zones are\n"
    "                     known by id, its own findings stay in its own report\n"
    "\n"
    "Limits:\n"
    "  --max-input BYTES      largest input file (default 268435456)\n"
    "  --max-inflated BYTES   most decompressed draw.io bytes, all pages of a file\n"
    "                         together (default 67108864)\n"
    "  --max-elements N       most elements + flows (default 1000000)\n"
    "  --max-label BYTES      longer labels are cut (default 4096)\n"
    "  --max-depth N          deepest trust-boundary nesting (default 64)\n"
    "  --max-paths N          most attack paths kept in all (default 15)\n"
    "\n"
    "Information:\n"
    "  --list-passes      the analysis pipeline, in order\n"
    "  --list-formats     the report formats, then the diagram formats\n"
    "  --list-inputs      the diagram formats tmc reads, and those it refuses\n"
    "  --list-kinds       the element kinds and what they mean\n"
    "  --list-technologies  the technologies an element can be built on (tech=)\n"
    "  --list-rules       the threat rules and attack-path goals of the catalogs\n"
    "  --explain RULE     everything about one rule or goal (TMC-PATH-002)\n"
    "  --list-controls    the controls a diagram can declare\n"
    "  --list-attributes  the diagram vocabulary: each attribute, where it applies,\n"
    "                     its values and meaning (catalogs/attributes.yaml)\n"
    "  --format-diagnostics=STYLE  text (file:line: level: message, the default) or\n"
    "                     github (::error file=...,line=...:: annotations; the\n"
    "                     default when GITHUB_ACTIONS=true)\n"
    "  --time-passes      print the time each stage takes\n"
    "  -q, --quiet        no summary line\n"
    "  -v, --verbose      say which reports were written\n"
    "  -h, --help         this text\n"
    "  --version          tmc, catalog and ATLAS versions\n"
    "\n"
    "Exit status:\n"
    "  0   success\n"
    "  1   open findings at or above --fail-on\n"
    "  2   bad input (a diagram or catalog with errors; with --strict, warnings)\n"
    "  64  usage error\n"
    "  70  internal error\n"
    "  74  I/O error (a diagram, baseline or report could not be read or written)\n";

enum {
  OPT_DUMP_IR = 256,
  OPT_SRCROOT,
  OPT_CATALOG,
  OPT_ATLAS,
  OPT_PATHS,
  OPT_FAIL_ON,
  OPT_BASELINE,
  OPT_MAX_INPUT,
  OPT_MAX_INFLATED,
  OPT_MAX_ELEMENTS,
  OPT_MAX_LABEL,
  OPT_MAX_DEPTH,
  OPT_MAX_PATHS,
  OPT_LIST_PASSES,
  OPT_LIST_FORMATS,
  OPT_LIST_INPUTS,
  OPT_LIST_KINDS,
  OPT_LIST_TECHS,
  OPT_LIST_RULES,
  OPT_EXPLAIN,
  OPT_LIST_CONTROLS,
  OPT_LIST_ATTRIBUTES,
  OPT_TIME_PASSES,
  OPT_VERSION,
  OPT_OUTDIR,
  OPT_NO_CHECK,
  OPT_STDIN_FILENAME,
  OPT_FORMAT_DIAGNOSTICS,
  OPT_CONTEXT,
  OPT_STRICT,
};

static const struct option longopts[] = {
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, 'T'},
    {"outdir", required_argument, NULL, OPT_OUTDIR},
    {"dump-ir", optional_argument, NULL, OPT_DUMP_IR},
    {"srcroot", required_argument, NULL, OPT_SRCROOT},
    {"stdin-filename", required_argument, NULL, OPT_STDIN_FILENAME},
    {"format-diagnostics", required_argument, NULL, OPT_FORMAT_DIAGNOSTICS},
    {"catalog", required_argument, NULL, OPT_CATALOG},
    {"atlas", required_argument, NULL, OPT_ATLAS},
    {"paths", required_argument, NULL, OPT_PATHS},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"context", required_argument, NULL, OPT_CONTEXT},
    {"max-input", required_argument, NULL, OPT_MAX_INPUT},
    {"max-inflated", required_argument, NULL, OPT_MAX_INFLATED},
    {"max-elements", required_argument, NULL, OPT_MAX_ELEMENTS},
    {"max-label", required_argument, NULL, OPT_MAX_LABEL},
    {"max-depth", required_argument, NULL, OPT_MAX_DEPTH},
    {"max-paths", required_argument, NULL, OPT_MAX_PATHS},
    {"list-passes", no_argument, NULL, OPT_LIST_PASSES},
    {"list-formats", no_argument, NULL, OPT_LIST_FORMATS},
    {"list-inputs", no_argument, NULL, OPT_LIST_INPUTS},
    {"list-kinds", no_argument, NULL, OPT_LIST_KINDS},
    {"list-technologies", no_argument, NULL, OPT_LIST_TECHS},
    {"list-rules", no_argument, NULL, OPT_LIST_RULES},
    {"explain", required_argument, NULL, OPT_EXPLAIN},
    {"list-controls", no_argument, NULL, OPT_LIST_CONTROLS},
    {"list-attributes", no_argument, NULL, OPT_LIST_ATTRIBUTES},
    {"time-passes", no_argument, NULL, OPT_TIME_PASSES},
    {"no-check-ir", no_argument, NULL, OPT_NO_CHECK},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0},
};

static int TMC_PRINTF(1, 2) usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "tmc: error: ");
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\ntry 'tmc --help'\n");
  return TMC_EXIT_USAGE;
}

static bool parse_count(const char *s, unsigned long long *out) {
  char *end;
  if (!s || !*s || *s == '-')
    return false;
  *out = strtoull(s, &end, 10);
  return *end == 0;
}

static void print_applies(const tmc_rule *r) {
  const char *sep = "";
  for (int k = 0; k < TMC_KIND_COUNT; k++)
    if (TMC_KINDSET_HAS(r->applies_kinds, k)) {
      printf("%s%s", sep, tmc_kind_name((tmc_kind)k));
      sep = ", ";
    }
  if (r->applies_flows)
    printf("%sflow", sep);
}

/* The roles and technologies a rule's condition asks about, "roles: agent;
 * tech: SQL database, Data warehouse", or nothing when it asks about none.
 * sep goes before it. */
static void print_keys(const tmc_rule *r, const char *sep) {
  tmc_roleset roles = 0;
  tmc_techset techs = 0;
  tmc_cond_keys(r->cond, &roles, &techs);
  const char *s = "roles: ";
  if (roles)
    printf("%s", sep);
  for (int k = 0; k < TMC_ROLE_COUNT; k++)
    if (TMC_ROLESET_HAS(roles, k)) {
      printf("%s%s", s, tmc_role_name((tmc_role)k));
      s = ", ";
    }
  s = roles ? "; tech: " : "tech: ";
  if (techs && !roles)
    printf("%s", sep);
  for (int k = 1; k < TMC_TECH_COUNT; k++)
    if (TMC_TECHSET_HAS(techs, k)) {
      printf("%s%s", s, tmc_tech_name((tmc_tech)k));
      s = ", ";
    }
}

/* One line per cited id: "  AML.T0051.001  LLM Prompt Injection: Indirect  <url>". */
static void print_ids(const tmc_catalog *c, const char *heading, const tmc_strlist *l) {
  if (!l->n)
    return;
  printf("\n%s:\n", heading);
  for (uint32_t i = 0; i < l->n; i++) {
    const char *name = tmc_catalog_name(c, l->v[i]), *url = tmc_catalog_url(c, l->v[i]);
    printf("  %-16s %s%s%s%s\n", l->v[i], name ? name : "", url ? "  <" : "",
           url ? url : "", url ? ">" : "");
  }
}

/* The ATLAS techniques of a rule or goal, with their tactics and mitigations. */
static void print_atlas(const tmc_catalog *c, const tmc_strlist *atlas) {
  if (!atlas->n)
    return;
  printf("\nMITRE ATLAS %s techniques:\n", tmc_catalog_atlas_version(c));
  for (uint32_t i = 0; i < atlas->n; i++) {
    const tmc_technique *t = tmc_catalog_technique(c, atlas->v[i]);
    printf("  %-16s %s  <%s>\n", t->id, t->full_name, t->url);
    if (t->tactics.n) {
      printf("  %-16s tactics:", "");
      for (uint32_t j = 0; j < t->tactics.n; j++) {
        const tmc_tactic *ta = tmc_catalog_tactic(c, t->tactics.v[j]);
        printf("%s %s", j ? "," : "", ta ? ta->name : t->tactics.v[j]);
      }
      printf("\n");
    }
    if (t->mitigations.n) {
      printf("  %-16s ATLAS mitigations:", "");
      for (uint32_t j = 0; j < t->mitigations.n; j++)
        printf("%s %s", j ? "," : "", t->mitigations.v[j]);
      printf("\n");
    }
  }
}

static void print_stride(unsigned stride) {
  printf("STRIDE:      ");
  for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
    if (stride & bit)
      printf("%s ", tmc_stride_name(bit));
  printf("\n");
}

/* --explain RULE, like rustc --explain: everything the catalogs know. */
static void explain(const tmc_catalog *c, const tmc_rule *r) {
  printf("%s: %s\n\n", r->id, r->title);
  printf("Applies to:  ");
  print_applies(r);
  printf("\nCondition:   %s\n", r->cond_text ? r->cond_text : "(always)");
  tmc_roleset roles = 0;
  tmc_techset techs = 0;
  tmc_cond_keys(r->cond, &roles, &techs);
  if (roles || techs) {
    printf("Keyed to:    ");
    print_keys(r, "");
    printf("\n");
  }
  print_stride(r->stride);
  printf("Likelihood:  %d   Impact: %d   (before exposure and sensitivity, see "
         "docs/risk.md)\n",
         r->likelihood, r->impact);
  if (r->supersedes.n) {
    printf("Supersedes:  ");
    for (uint32_t i = 0; i < r->supersedes.n; i++)
      printf("%s%s", i ? ", " : "", r->supersedes.v[i]);
    printf(" (on the same target: one finding per threat)\n");
  }
  if (r->max_severity != TMC_SEV_NONE)
    printf("At most:     %s (a generic check, see docs/risk.md \"Calibration\")\n",
           tmc_severity_name(r->max_severity));
  printf("Defined at:  %s:%u\n", r->loc.file ? r->loc.file : "?", r->loc.line);
  if (r->description && *r->description)
    printf("\n%s\n", r->description);
  if (r->remediation && *r->remediation)
    printf("\nRemediation: %s\n", r->remediation);
  print_atlas(c, &r->atlas);
  print_ids(c, "OWASP", &r->owasp);
  print_ids(c, "CWE", &r->cwe);
  print_ids(c, "CAPEC", &r->capec);
  if (r->controls.n) {
    printf("\nMitigated by (declare in controls=):\n");
    for (uint32_t i = 0; i < r->controls.n; i++) {
      const tmc_control *x = tmc_catalog_control(c, r->controls.v[i]);
      printf("  %-26s %s", x->id, x->title);
      for (uint32_t j = 0; j < x->atlas.n; j++)
        printf("%s%s", j ? ", " : "  [ATLAS ", x->atlas.v[j]);
      printf("%s\n", x->atlas.n ? "]" : "");
    }
  }
}

/* --explain GOAL: a goal or chain of catalogs/goals.yaml, printed like a
 * rule: what paths it names, and what their findings cite. */
static void explain_goal(const tmc_catalog *c, const tmc_goal *g) {
  printf("%s: %s\n\n", g->id, g->title);
  printf("Applies to:  attack paths (docs/attack-paths.md)\n");
  if (g->chain)
    printf("Chain:       %s\n", g->chain);
  printf("Target:      %s\n", g->target_text);
  for (uint32_t i = 0; i < g->n_patterns; i++) {
    printf("%s", i ? "         or: " : "Hops:        ");
    for (uint32_t j = 0; j < g->patterns[i].n_steps; j++)
      printf("%s%s", j ? " -> " : "", g->patterns[i].steps[j].text);
    printf("\n");
  }
  if (!g->n_patterns)
    printf("Hops:        any path no chain names\n");
  print_stride(g->stride);
  if (g->impact)
    printf("Impact:      %d, or the asset's when higher (see docs/attack-paths.md)\n",
           g->impact);
  else
    printf("Impact:      the asset's (see docs/attack-paths.md)\n");
  printf("Defined at:  %s:%u\n", g->loc.file ? g->loc.file : "?", g->loc.line);
  if (*g->description)
    printf("\n%s\n", g->description);
  if (*g->remediation)
    printf("\nRemediation: %s\n", g->remediation);
  for (int owasp = 0; owasp < 2; owasp++) {
    if (owasp)
      print_ids(c, "OWASP", &g->owasp);
    else
      print_atlas(c, &g->atlas);
    for (uint32_t i = 0; i < g->n_atlas_if; i++) {
      const tmc_goal_atlas_if *a = &g->atlas_if[i];
      const char *name = tmc_catalog_name(c, a->add);
      if (a->owasp != owasp)
        continue;
      printf("  %-16s %s%s%s when %s: %s\n", a->add, name ? name : "",
             a->instead_of ? ", instead of " : ", added",
             a->instead_of ? a->instead_of : "",
             a->on_entry ? "the entry" : "an element after the entry", a->when_text);
    }
  }
  print_ids(c, "CWE", &g->cwe);
  print_ids(c, "CAPEC", &g->capec);
  print_ids(c, "Findings citing these state the same threat", &g->same_threat);
}

/* --list-attributes: one block per attribute, by name: the name, where it
 * applies and its values on the first line, its meaning indented under it,
 * the other names it is read under (exporters' names), and the names
 * authors write for it that tmc does not read. */
static void list_attributes(const tmc_attrs *v) {
  static const char *const where[] = {"element", "flow", "boundary"};
  for (uint32_t i = 0; i < tmc_attrs_n(v); i++) {
    const tmc_attribute *a = tmc_attrs_at(v, i);
    printf("%-14s [", a->name);
    const char *sep = "";
    for (unsigned b = 0; b < 3; b++)
      if (a->on & (1u << b)) {
        printf("%s%s", sep, where[b]);
        sep = ", ";
      }
    printf("]  %s\n    %s\n", a->values, a->meaning);
    for (uint32_t j = 0; j < a->also.n; j++)
      printf("%s%s", j ? ", " : "    also read as: ", a->also.v[j]);
    if (a->also.n)
      printf("\n");
    for (uint32_t j = 0; j < a->confused.n; j++)
      printf("%s%s", j ? ", " : "    not read (warned about): ", a->confused.v[j]);
    if (a->confused.n)
      printf("\n");
  }
}

/* Information options need the catalog (with --catalog and --atlas applied);
 * they print and exit. */
static int info(int what, const char *arg, const tmc_run_opts *o) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *c = NULL;
  int status = TMC_EXIT_OK;
  if (what == OPT_LIST_PASSES) {
    for (const tmc_pass *p = tmc_passes; p->name; p++)
      printf("%-12s %s\n", p->name, p->summary);
    return TMC_EXIT_OK;
  }
  /* --list-formats: both directions under their headings, the reports
   * first, from the line after the first heading up to a blank line (where
   * scripts read the report names); --list-inputs: the inputs alone. */
  if (what == OPT_LIST_FORMATS) {
    printf("Reports tmc writes (-o FILE picks one by its extension, -T NAME forces "
           "it):\n");
    for (const tmc_backend *b = tmc_backends; b->name; b++)
      printf("%-6s %-20s %s%s\n", b->name, b->extensions, b->summary,
             b->fn ? "" : " (not implemented yet)");
    printf("\nDiagrams tmc reads (detected from their content; --list-inputs lists "
           "these alone):\n");
  }
  if (what == OPT_LIST_FORMATS || what == OPT_LIST_INPUTS) {
    for (const tmc_frontend *f = tmc_frontends; f->format.name; f++)
      printf("%-8s %-14s %s%s\n", f->format.name, f->extensions, f->format.title,
             f->parse ? "" : " (recognised, refused with an error)");
    return TMC_EXIT_OK;
  }
  if (what == OPT_LIST_KINDS) {
    for (int k = 0; k < TMC_KIND_COUNT; k++)
      printf("%-16s %s%s\n", tmc_kind_name((tmc_kind)k),
             tmc_kind_description((tmc_kind)k),
             tmc_kind_is_ai((tmc_kind)k) ? " [AI]" : "");
    return TMC_EXIT_OK;
  }
  if (what == OPT_LIST_TECHS) {
    for (int t = 1; t < TMC_TECH_COUNT; t++)
      printf("%-20s %s\n", tmc_tech_name((tmc_tech)t), tmc_tech_title((tmc_tech)t));
    return TMC_EXIT_OK;
  }
  if (tmc_catalog_new(&c, &d) < 0) {
    status = TMC_EXIT_INTERNAL;
    goto done;
  }
  if (o->atlas && tmc_catalog_load_atlas(c, o->atlas, &d) < 0)
    status = TMC_EXIT_INPUT;
  for (uint32_t i = 0; i < o->n_catalogs; i++)
    if (tmc_catalog_add_file(c, o->catalogs[i], &d) < 0)
      status = TMC_EXIT_INPUT;
  if (status != TMC_EXIT_OK)
    goto done;
  if (what == OPT_VERSION) {
    printf("tmc %s\ncatalog %s\nMITRE ATLAS %s\n", TMC_VERSION, tmc_catalog_version(c),
           tmc_catalog_atlas_version(c));
  } else if (what == OPT_LIST_RULES) {
    /* Rules and goals in one list, by id (both sorted; ids never clash). */
    uint32_t nr = tmc_catalog_n_rules(c), ngl = tmc_catalog_n_goals(c);
    for (uint32_t i = 0, j = 0; i < nr || j < ngl;) {
      const tmc_rule *r = i < nr ? tmc_catalog_rule_at(c, i) : NULL;
      const tmc_goal *g = j < ngl ? tmc_catalog_goal_at(c, j) : NULL;
      if (r && g && strcmp(g->id, r->id) < 0)
        r = NULL;
      unsigned stride = r ? r->stride : g->stride;
      char letters[8] = "";
      for (unsigned bit = 1; bit <= TMC_STRIDE_E; bit <<= 1)
        if (stride & bit)
          strcat(letters, tmc_stride_letter(bit));
      printf("%-16s %-6s %s  [", r ? r->id : g->id, letters, r ? r->title : g->title);
      if (r) {
        print_applies(r);
        print_keys(r, "; ");
        i++;
      } else {
        printf("%s", g->chain ? "path: chain" : "path");
        j++;
      }
      printf("]\n");
    }
  } else if (what == OPT_LIST_CONTROLS) {
    for (uint32_t i = 0; i < tmc_catalog_n_controls(c); i++) {
      const tmc_control *x = tmc_catalog_control_at(c, i);
      printf("%-26s %s", x->id, x->title);
      for (uint32_t j = 0; j < x->aliases.n; j++)
        printf("%s%s", j ? ", " : "  (also: ", x->aliases.v[j]);
      printf("%s\n", x->aliases.n ? ")" : "");
    }
  } else if (what == OPT_LIST_ATTRIBUTES) {
    list_attributes(tmc_catalog_attributes(c));
  } else if (what == OPT_EXPLAIN) {
    /* Rule and goal ids are upper case; tmc-llm-002 means TMC-LLM-002. */
    char *id = tmc_xstrdup(arg);
    for (char *p = id; *p; p++)
      if (*p >= 'a' && *p <= 'z')
        *p = (char)(*p - 'a' + 'A');
    const tmc_rule *r = tmc_catalog_rule(c, arg);
    const tmc_goal *g = r ? NULL : tmc_catalog_goal(c, arg);
    if (!r && !g)
      r = tmc_catalog_rule(c, id);
    if (!r && !g)
      g = tmc_catalog_goal(c, id);
    if (!r && !g) {
      uint32_t nr = tmc_catalog_n_rules(c), ngl = tmc_catalog_n_goals(c);
      const char **ids = tmc_xcalloc((size_t)nr + ngl + 1, sizeof *ids);
      for (uint32_t i = 0; i < nr; i++)
        ids[i] = tmc_catalog_rule_at(c, i)->id;
      for (uint32_t i = 0; i < ngl; i++)
        ids[nr + i] = tmc_catalog_goal_at(c, i)->id;
      const char *near = tmc_suggest(id, ids, (size_t)nr + ngl);
      if (near)
        fprintf(
            stderr,
            "tmc: error: no rule or goal '%s'; did you mean '%s'? (see --list-rules)\n",
            arg, near);
      else
        fprintf(stderr, "tmc: error: no rule or goal '%s' (see --list-rules)\n", arg);
      free(ids);
      free(id);
      status = TMC_EXIT_USAGE;
      goto done;
    }
    free(id);
    if (r)
      explain(c, r);
    else
      explain_goal(c, g);
  }
done:
  tmc_diags_print(&d, stderr, false);
  tmc_diags_free(&d);
  tmc_catalog_free(c);
  return status;
}

int main(int argc, char **argv) {
  tmc_run_opts o;
  tmc_run_opts_init(&o);
  tmc_output outputs[64];
  const char *catalogs[64];
  int info_what = 0;
  bool gate = false; /* --fail-on (even 'none') or --strict: a run without reports */
  const char *info_arg = NULL;
  unsigned long long n;
  int c;

  o.outputs = outputs;
  o.catalogs = catalogs;
  const char *nc = getenv("NO_COLOR");
  o.color = isatty(STDERR_FILENO) && !(nc && *nc);
  /* In GitHub Actions, diagnostics and a tripped gate become annotations on
   * the diagram unless --format-diagnostics=text says otherwise. */
  const char *gha = getenv("GITHUB_ACTIONS");
  if (gha && strcmp(gha, "true") == 0)
    o.diag_style = TMC_DIAG_STYLE_GITHUB;

  opterr = 0; /* we say it ourselves, in our format */
  while ((c = getopt_long(argc, argv, ":o:T:K:j:qvh", longopts, NULL)) != -1) {
    switch (c) {
    case 'o':
      if (o.n_outputs >= 64)
        return usage_error("too many -o (at most 64)");
      outputs[o.n_outputs++] = (tmc_output){optarg, NULL};
      break;
    case 'T':
      o.force_format = optarg;
      break;
    case 'K':
      o.layout = optarg;
      break;
    case 'j':
      if (!parse_count(optarg, &n) || n == 0 || n > 256)
        return usage_error("-j wants a number from 1 to 256, not '%s'", optarg);
      o.jobs = (uint32_t)n;
      break;
    case OPT_OUTDIR:
      o.outdir = optarg;
      break;
    case OPT_DUMP_IR:
      o.dump_ir = true;
      if (optarg) {
        if (!tmc_pass_find(optarg))
          return usage_error("--dump-ir: no pass named '%s' (see --list-passes)", optarg);
        o.dump_after = optarg;
      }
      break;
    case OPT_SRCROOT:
      o.srcroot = optarg;
      break;
    case OPT_FORMAT_DIAGNOSTICS:
      if (strcmp(optarg, "text") == 0)
        o.diag_style = TMC_DIAG_STYLE_TEXT;
      else if (strcmp(optarg, "github") == 0)
        o.diag_style = TMC_DIAG_STYLE_GITHUB;
      else
        return usage_error("--format-diagnostics wants text or github, not '%s'", optarg);
      break;
    case OPT_STDIN_FILENAME:
      if (!*optarg || strcmp(optarg, "-") == 0)
        return usage_error("--stdin-filename wants a file name, not '%s'", optarg);
      o.stdin_filename = optarg;
      break;
    case OPT_CATALOG:
      if (o.n_catalogs >= 64)
        return usage_error("too many --catalog (at most 64)");
      catalogs[o.n_catalogs++] = optarg;
      break;
    case OPT_ATLAS:
      o.atlas = optarg;
      break;
    case OPT_PATHS:
      if (!parse_count(optarg, &n) || n > 1000)
        return usage_error("--paths wants a number from 0 to 1000, not '%s'", optarg);
      o.paths_k = (uint32_t)n;
      break;
    case OPT_BASELINE:
      o.baseline = optarg;
      break;
    case OPT_CONTEXT:
      if (o.context)
        return usage_error("--context is given once: one platform diagram per run");
      o.context = optarg;
      break;
    case OPT_FAIL_ON: {
      tmc_severity s;
      if (!tmc_severity_parse(optarg, &s))
        return usage_error(
            "--fail-on wants critical, high, medium, low or none, not '%s'", optarg);
      o.fail_on = s;
      gate = true;
      break;
    }
    case OPT_MAX_INPUT:
      if (!parse_count(optarg, &n) || n == 0)
        return usage_error("--max-input wants a positive number of bytes, not '%s'",
                           optarg);
      o.max_input = (size_t)n;
      break;
    case OPT_MAX_INFLATED:
      if (!parse_count(optarg, &n) || n == 0)
        return usage_error("--max-inflated wants a positive number of bytes, not '%s'",
                           optarg);
      o.fe.max_inflated = (size_t)n;
      break;
    case OPT_MAX_ELEMENTS:
      if (!parse_count(optarg, &n) || n == 0 || n > UINT32_MAX / 2)
        return usage_error("--max-elements wants a positive number, not '%s'", optarg);
      o.fe.max_elements = (uint32_t)n;
      break;
    case OPT_MAX_LABEL:
      if (!parse_count(optarg, &n) || n == 0 || n > UINT32_MAX / 2)
        return usage_error("--max-label wants a positive number of bytes, not '%s'",
                           optarg);
      o.fe.max_label = (uint32_t)n;
      break;
    case OPT_MAX_DEPTH:
      if (!parse_count(optarg, &n) || n == 0 || n > 100000)
        return usage_error("--max-depth wants a number from 1 to 100000, not '%s'",
                           optarg);
      o.fe.max_depth = (uint32_t)n;
      break;
    case OPT_MAX_PATHS:
      if (!parse_count(optarg, &n) || n == 0 || n > 1000000)
        return usage_error("--max-paths wants a number from 1 to 1000000, not '%s'",
                           optarg);
      o.max_paths = (uint32_t)n;
      break;
    case OPT_LIST_PASSES:
    case OPT_LIST_FORMATS:
    case OPT_LIST_INPUTS:
    case OPT_LIST_KINDS:
    case OPT_LIST_TECHS:
    case OPT_LIST_RULES:
    case OPT_LIST_CONTROLS:
    case OPT_LIST_ATTRIBUTES:
    case OPT_VERSION:
      info_what = c;
      break;
    case OPT_EXPLAIN:
      info_what = c;
      info_arg = optarg;
      break;
    case OPT_STRICT:
      o.strict = true;
      gate = true;
      break;
    case OPT_TIME_PASSES:
      o.time_passes = true;
      break;
    case OPT_NO_CHECK:
      o.check_ir = false;
      break;
    case 'q':
      o.verbosity = -1;
      break;
    case 'v':
      o.verbosity = 1;
      break;
    case 'h':
      fputs(usage, stdout);
      return TMC_EXIT_OK;
    case ':':
      return usage_error("option '%s' needs a value", argv[optind - 1]);
    default:
      if (optopt)
        return usage_error("unknown option '-%c'", optopt);
      return usage_error("unknown option '%s'", argv[optind - 1]);
    }
  }
  if (info_what)
    return info(info_what, info_arg, &o);

  o.inputs = (const char **)(argv + optind);
  o.n_inputs = (uint32_t)(argc - optind);
  if (o.n_inputs == 0)
    return usage_error("no input diagram");
  /* --fail-on alone is a gate: analyse, report nothing, set the status;
   * --fail-on none alone checks that the diagrams read without errors. */
  if (!o.dump_ir && o.n_outputs == 0 && !o.outdir && !gate)
    return usage_error("no report requested: add -o FILE (e.g. -o report.md), --dump-ir, "
                       "--fail-on or --strict");
  if (o.dump_ir && (o.n_outputs > 0 || o.outdir))
    return usage_error(
        "--dump-ir prints to standard output; use it without -o or --outdir");
  if (o.n_inputs > 1 && o.n_outputs > 0)
    return usage_error(
        "several inputs write several reports: use --outdir DIR instead of -o");
  return tmc_run(&o);
}
