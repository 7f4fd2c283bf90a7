/* driver.c - the pipeline, top to bottom: read → front end → IR check → each
 * pass (checked) → each back end streaming into a temporary file → all reports
 * renamed into place together. No destination is touched until every report
 * of an input is complete. */
#include "cli/driver.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "backends/backends.h"
#include "frontend/context.h"
#include "passes/baseline.h"
#include "catalog/catalog.h"
#include "passes/passes.h"

void tmc_run_opts_init(tmc_run_opts *o) {
  memset(o, 0, sizeof(*o));
  o->paths_k = 3;
  o->max_input = 256u * 1024 * 1024;
  o->fe = (tmc_frontend_opts)TMC_FRONTEND_OPTS_INIT;
  o->fail_on = TMC_SEV_NONE;
  o->layout = "dot";
#ifndef NDEBUG
  o->check_ir = true;
#endif
}

int tmc_read_file(char **out, size_t *len, const char *path, size_t max, tmc_diags *d) {
  tmc_loc loc = {strcmp(path, "-") == 0 ? "<stdin>" : path, 0, 0};
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  *out = NULL;
  *len = 0;
  if (!f) {
    tmc_error(d, loc, "cannot open: %s", strerror(errno));
    return -1;
  }
  tmc_buf b = TMC_BUF_INIT;
  char chunk[65536];
  size_t n;
  int rc = 0;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + n > max) {
      tmc_error(d, loc, "input is larger than %zu bytes (raise with --max-input)", max);
      rc = -2;
      break;
    }
    tmc_buf_put(&b, chunk, n);
  }
  if (rc == 0 && ferror(f)) {
    tmc_error(d, loc, "read error: %s", strerror(errno));
    rc = -1;
  }
  if (f != stdin)
    fclose(f);
  if (rc < 0) {
    tmc_buf_free(&b);
    return rc;
  }
  *len = b.len;
  *out = tmc_buf_detach(&b);
  return 0;
}

/* ---- one input -------------------------------------------------------------- */

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* CPU time of this process: on a loaded machine wall time measures the other
 * processes too, so --time-passes prints both. */
static double cpu_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

typedef struct stamp {
  double wall, cpu;
} stamp;

static stamp stamp_now(void) {
  return (stamp){now_ms(), cpu_ms()};
}

static void print_stage(const char *name, stamp since) {
  stamp t = stamp_now();
  fprintf(stderr, "tmc: time: %-12s %9.2f ms  cpu %9.2f ms\n", name, t.wall - since.wall,
          t.cpu - since.cpu);
}

/* tmc_analyse's hook for --time-passes: arg is the stamp taken at the start. */
static void time_pass(void *arg, const char *pass, bool done) {
  stamp *t = arg;
  if (done)
    print_stage(pass, *t);
  else
    *t = stamp_now();
}

static const char *basename_of(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

/* mkdir -p: creates path and its missing parents; 0, or -1 with errno. */
static int make_dirs(const char *path) {
  char *p = tmc_xstrdup(path);
  int rc = 0;
  for (char *s = p + 1; rc == 0; s++) {
    if (*s != '/' && *s != 0)
      continue;
    char c = *s;
    *s = 0;
    struct stat st;
    if (mkdir(p, 0777) < 0 &&
        (errno != EEXIST || stat(p, &st) < 0 || !S_ISDIR(st.st_mode))) {
      if (errno == EEXIST)
        errno = ENOTDIR;
      rc = -1;
    }
    *s = c;
    if (!c)
      break;
  }
  free(p);
  return rc;
}

/* The input's path relative to the source root, for SARIF and Markdown links. */
static char *relative_uri(const char *path, const char *srcroot) {
  if (strcmp(path, "-") == 0)
    return tmc_xstrdup("stdin");
  char *abs = realpath(path, NULL);
  if (!abs) {
    /* A --stdin-filename need not exist (git show main:x.dot): resolve its
     * folder and put the name back on. */
    const char *slash = strrchr(path, '/');
    char *dir = slash ? tmc_xstrdup(path) : NULL;
    if (dir)
      dir[slash - path > 0 ? slash - path : 1] = 0;
    char *rdir = realpath(dir ? dir : ".", NULL);
    if (rdir) {
      const char *base = slash ? slash + 1 : path;
      size_t n = strlen(rdir) + strlen(base) + 2;
      abs = tmc_xmalloc(n);
      snprintf(abs, n, "%s/%s", rdir, base);
    }
    free(rdir);
    free(dir);
  }
  char *root = realpath(srcroot ? srcroot : ".", NULL);
  char *res = NULL;
  if (abs && root) {
    size_t rl = strlen(root);
    if (strncmp(abs, root, rl) == 0 && abs[rl] == '/')
      res = tmc_xstrdup(abs + rl + 1);
  }
  if (!res) {
    const char *p = path;
    while (p[0] == '.' && p[1] == '/')
      p += 2;
    res = tmc_xstrdup(p);
  }
  free(abs);
  free(root);
  return res;
}

const char *tmc_relative_href(tmc_arena *a, const char *from, const char *to) {
  char *fdir = tmc_arena_strdup(a, from), *tdir = tmc_arena_strdup(a, to);
  char *fs = strrchr(fdir, '/'), *ts = strrchr(tdir, '/');
  const char *base = ts ? ts + 1 : to;
  if (fs)
    *fs = 0;
  if (ts)
    *ts = 0;
  char *fr = realpath(fs ? (*fdir ? fdir : "/") : ".", NULL);
  char *tr = realpath(ts ? (*tdir ? tdir : "/") : ".", NULL);
  const char *res = base;
  if (fr && tr) {
    /* Skip the common directory prefix, then climb out of what is left. */
    size_t i = 0, last = 0;
    while (fr[i] && fr[i] == tr[i]) {
      if (fr[i] == '/')
        last = i;
      i++;
    }
    if (!fr[i] && (!tr[i] || tr[i] == '/'))
      last = i;
    else if (!tr[i] && fr[i] == '/')
      last = i;
    tmc_buf b = TMC_BUF_INIT;
    for (const char *p = fr + last; *p; p++)
      if (*p == '/')
        tmc_buf_puts(&b, "../");
    if (tr[last])
      tmc_buf_printf(&b, "%s/", tr + last + 1);
    tmc_buf_puts(&b, base);
    res = tmc_arena_strdup(a, b.data);
    tmc_buf_free(&b);
  }
  free(fr);
  free(tr);
  return res;
}

static bool is_svg(const tmc_backend *b) {
  return strcmp(b->name, "svg") == 0;
}

typedef struct job {
  const tmc_backend *backend;
  const char *path;
} job;

/* The path an input is reported under: itself, or for standard input the
 * --stdin-filename when given ("-" otherwise). */
static const char *input_name(const tmc_run_opts *o, const char *input) {
  return strcmp(input, "-") == 0 && o->stdin_filename ? o->stdin_filename : input;
}

typedef struct stem_of {
  const char *stem;
  uint32_t input;
} stem_of;

static int by_stem(const void *pa, const void *pb) {
  const stem_of *a = pa, *b = pb;
  int r = strcmp(a->stem, b->stem);
  return r ? r : (a->input > b->input) - (a->input < b->input);
}

/* Names each input's reports in --outdir by the input's own path, so that
 * the name never depends on the other inputs of the run: its path relative
 * to --srcroot with its extension ("diagrams/api.drawio" gives
 * DIR/diagrams/api.drawio.md), or its base name when it lies outside the
 * source root. Two inputs that would still write the same reports (the same
 * file twice, or the same base name outside the root) would overwrite each
 * other and race under -j: refuse before doing anything. Fills names[i] with
 * arena strings; returns 0 or <0 with errors in d. */
static int assign_stems(const tmc_run_opts *o, tmc_arena *a, const char **names,
                        tmc_diags *d) {
  uint32_t n = o->n_inputs;
  stem_of *v = tmc_xmalloc((n ? n : 1) * sizeof(stem_of));
  for (uint32_t i = 0; i < n; i++) {
    char *rel = relative_uri(input_name(o, o->inputs[i]), o->srcroot);
    bool outside = rel[0] == '/' || strcmp(rel, "..") == 0 || strncmp(rel, "../", 3) == 0;
    names[i] = tmc_arena_strdup(a, outside ? basename_of(rel) : rel);
    free(rel);
  }
  int rc = 0;
  for (uint32_t i = 0; i < n; i++)
    v[i] = (stem_of){names[i], i};
  qsort(v, n, sizeof(stem_of), by_stem);
  for (uint32_t i = 1; i < n; i++)
    if (strcmp(v[i - 1].stem, v[i].stem) == 0) {
      tmc_error(
          d, tmc_loc_at(NULL, 0, 0),
          "'%s' and '%s' would both write %s/%s.*: rename one or run them separately",
          o->inputs[v[i - 1].input], o->inputs[v[i].input], o->outdir, v[i].stem);
      rc = -1;
    }
  free(v);
  return rc;
}

/* Resolves the outputs for one input: explicit -o, or --outdir with -T list. */
static int plan_outputs(job **out, uint32_t *n_out, const tmc_run_opts *o,
                        const char *stem, tmc_arena *a, tmc_diags *d) {
  job *v = NULL;
  uint32_t n = 0, cap = 0;
  tmc_loc none = {NULL, 0, 0};
  if (o->outdir) {
    const char *list = o->force_format ? o->force_format : "md";
    while (*list) {
      size_t l = strcspn(list, ",");
      char *name = tmc_arena_strndup(a, list, l);
      const tmc_backend *b = tmc_backend_find(name);
      if (!b) {
        tmc_error(d, none, "unknown output format '%s'", name);
        free(v);
        return -1;
      }
      job *j = TMC_PUSH(v, n, cap);
      j->backend = b;
      /* Named by the format's first extension, the one -o recognises it by:
       * STEM.plan.json for -T plan, never STEM.plan. */
      size_t el = strcspn(b->extensions, " ");
      j->path = tmc_arena_printf(a, "%s/%s%.*s", o->outdir, stem, (int)el, b->extensions);
      /* A report mirrors its input's folders under --outdir. */
      const char *slash = strrchr(stem, '/');
      if (slash && make_dirs(tmc_arena_printf(a, "%s/%.*s", o->outdir,
                                              (int)(slash - stem), stem)) < 0) {
        tmc_error(d, tmc_loc_at(j->path, 0, 0), "cannot create its folder: %s",
                  strerror(errno));
        free(v);
        return -2;
      }
      list += l;
      if (*list == ',')
        list++;
    }
  }
  for (uint32_t i = 0; i < o->n_outputs; i++) {
    const tmc_output *x = &o->outputs[i];
    const char *fmt = x->format ? x->format : o->force_format;
    const tmc_backend *b = fmt ? tmc_backend_find(fmt) : tmc_backend_for_path(x->path);
    /* A device or FIFO (-o /dev/null) has no extension to go by: Markdown. */
    struct stat st;
    if (!b && !fmt && strcmp(x->path, "-") != 0 && stat(x->path, &st) == 0 &&
        (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)))
      b = tmc_backend_find("md");
    if (!b) {
      if (fmt)
        tmc_error(d, none, "unknown output format '%s' (see --help)", fmt);
      else if (strcmp(x->path, "-") == 0)
        tmc_error(d, none, "writing to stdout needs a format: add -T md, -T sarif, ...");
      else
        tmc_error(d, none,
                  "cannot tell the report format of '%s' from its extension: use -T",
                  x->path);
      free(v);
      return -1;
    }
    job *j = TMC_PUSH(v, n, cap);
    j->backend = b;
    j->path = x->path;
  }
  for (uint32_t i = 0; i < n; i++)
    if (!v[i].backend->fn) {
      tmc_error(d, none, "output format '%s' (%s) is not implemented yet",
                v[i].backend->name, v[i].path);
      free(v);
      return -1;
    }
  *out = v;
  *n_out = n;
  return 0;
}

/* Counts open findings by severity; returns the worst. With a baseline,
 * only new findings count: the gate is about what a change introduced. */
static tmc_severity tally(const tmc_ir *ir, uint32_t counts[TMC_SEV_CRITICAL + 1]) {
  tmc_severity worst = TMC_SEV_NONE;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN ||
        (ir->has_baseline && f->baseline != TMC_BASELINE_NEW))
      continue;
    counts[f->severity]++;
    if (f->severity > worst)
      worst = f->severity;
  }
  return worst;
}

/* Inputs up to this size are kept until their diagnostics are printed, so
 * that those with a column can quote the line. */
#define QUOTE_MAX ((size_t)16 << 20)

typedef struct tripped {
  uint32_t line, finding;
  tmc_severity severity;
} tripped;

static int by_line(const void *pa, const void *pb) {
  const tripped *a = pa, *b = pb;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->severity != b->severity)
    return a->severity > b->severity ? -1 : 1;
  return (a->finding > b->finding) - (a->finding < b->finding);
}

/* The line a finding points at: its element's or flow's, a path's entry. */
static uint32_t finding_line(const tmc_ir *ir, const tmc_finding *f) {
  switch (f->target_kind) {
  case TMC_TARGET_ELEMENT:
    return f->target < ir->n_elements ? ir->elements[f->target].loc.line : 0;
  case TMC_TARGET_FLOW:
    return f->target < ir->n_flows ? ir->flows[f->target].loc.line : 0;
  case TMC_TARGET_PATH:
    return f->target < ir->n_paths && ir->paths[f->target].entry < ir->n_elements
               ? ir->elements[ir->paths[f->target].entry].loc.line
               : 0;
  }
  return 0;
}

/* When --fail-on trips, says why whatever the verbosity: each finding that
 * counts (open, at or above the threshold, new when there is a baseline), in
 * line order, in compiler form ("x.dot:12: high: Title: target [RULE]") or as
 * GitHub annotations at the file relative to --srcroot, then the count. */
static void gate_report(tmc_buf *out, const tmc_ir *ir, const tmc_run_opts *o,
                        const char *name, const char *uri) {
  tripped *v = tmc_xmalloc((ir->n_findings ? ir->n_findings : 1) * sizeof *v);
  uint32_t n = 0;
  for (uint32_t i = 0; i < ir->n_findings; i++) {
    const tmc_finding *f = &ir->findings[i];
    if (f->status != TMC_STATUS_OPEN || f->severity < (tmc_severity)o->fail_on ||
        (ir->has_baseline && f->baseline != TMC_BASELINE_NEW))
      continue;
    v[n++] = (tripped){finding_line(ir, f), i, f->severity};
  }
  if (n > 1)
    qsort(v, n, sizeof *v, by_line);
  for (uint32_t k = 0; k < n; k++) {
    const tmc_finding *f = &ir->findings[v[k].finding];
    const char *rule = f->rule_id && *f->rule_id ? f->rule_id : "tmc";
    /* A path's title already names its entry and asset. */
    const char *target = f->target_kind == TMC_TARGET_PATH
                             ? NULL
                             : tmc_ir_target_name(ir, f->target_kind, f->target);
    const char *sev = tmc_severity_name(f->severity);
    if (o->diag_style == TMC_DIAG_STYLE_GITHUB) {
      tmc_arena *a = tmc_arena_new();
      const char *title = tmc_arena_printf(a, "%s (%s)", rule, sev);
      const char *msg = tmc_arena_printf(a, "%s%s%s", f->title ? f->title : rule,
                                         target ? ": " : "", target ? target : "");
      tmc_diag_github(out,
                      f->severity >= TMC_SEV_HIGH ? TMC_DIAG_ERROR : TMC_DIAG_WARNING,
                      tmc_loc_at(uri, v[k].line, 0), title, msg);
      tmc_arena_free(a);
      continue;
    }
    tmc_buf_puts(out, name);
    if (v[k].line)
      tmc_buf_printf(out, ":%u", v[k].line);
    tmc_buf_printf(out, ": %s: %s%s%s [%s]\n", sev, f->title ? f->title : rule,
                   target ? ": " : "", target ? target : "", rule);
  }
  tmc_buf_printf(out, "tmc: %s: --fail-on %s: %u %sopen finding%s at or above %s\n", name,
                 tmc_severity_name((tmc_severity)o->fail_on), n,
                 ir->has_baseline ? "new " : "", n == 1 ? "" : "s",
                 tmc_severity_name((tmc_severity)o->fail_on));
  free(v);
}

/* The files a run reads (device and inode of every input that exists), so
 * that no report is written over one of them, whatever path names it. */
typedef struct file_id {
  dev_t dev;
  ino_t ino;
  uint32_t input;
} file_id;
typedef struct file_ids {
  file_id *v;
  uint32_t n;
} file_ids;

static int by_file(const void *pa, const void *pb) {
  const file_id *a = pa, *b = pb;
  if (a->dev != b->dev)
    return a->dev < b->dev ? -1 : 1;
  return (a->ino > b->ino) - (a->ino < b->ino);
}

static void file_ids_init(file_ids *f, const tmc_run_opts *o) {
  f->v = tmc_xmalloc((o->n_inputs ? o->n_inputs : 1) * sizeof *f->v);
  f->n = 0;
  for (uint32_t i = 0; i < o->n_inputs; i++) {
    struct stat st;
    if (strcmp(o->inputs[i], "-") != 0 && stat(o->inputs[i], &st) == 0 &&
        S_ISREG(st.st_mode))
      f->v[f->n++] = (file_id){st.st_dev, st.st_ino, i};
  }
  if (f->n > 1)
    qsort(f->v, f->n, sizeof *f->v, by_file);
}

/* Refuses a report path that is one of the inputs ("-T md -o diagram.dot"
 * would replace the diagram with its own report); 0 or -1 with an error. */
static int refuse_inputs(const tmc_run_opts *o, const file_ids *inputs, const job *jobs,
                         uint32_t n_jobs, tmc_diags *d) {
  for (uint32_t i = 0; i < n_jobs; i++) {
    struct stat st;
    if (strcmp(jobs[i].path, "-") == 0 || stat(jobs[i].path, &st) < 0 ||
        !S_ISREG(st.st_mode))
      continue;
    file_id key = {st.st_dev, st.st_ino, 0};
    const file_id *hit =
        inputs->n ? bsearch(&key, inputs->v, inputs->n, sizeof key, by_file) : NULL;
    if (hit) {
      tmc_error(d, tmc_loc_at(NULL, 0, 0),
                "refusing to write the %s report over '%s', an input of this run",
                jobs[i].backend->name, o->inputs[hit->input]);
      return -1;
    }
  }
  return 0;
}

static int run_one(const tmc_run_opts *o, const tmc_catalog *cat,
                   const tmc_baseline *baseline, tmc_ir *const *context,
                   const file_ids *inputs, const char *input, const char *stem,
                   tmc_buf *summary, tmc_diags *d, tmc_severity *worst, char **src,
                   size_t *src_len) {
  char *data = NULL;
  size_t len = 0;
  tmc_ir *ir = NULL;
  job *jobs = NULL;
  uint32_t n_jobs = 0;
  tmc_outset *outs = NULL;
  char *uri = NULL;
  /* What back ends say (a layout note, a result limit) joins d after every
   * report is written: a report that shows diagnostics (SARIF, Markdown)
   * shows those of the analysis only, so its bytes do not depend on which
   * other reports the run writes, nor in which order. */
  tmc_diags later = TMC_DIAGS_INIT;
  tmc_scene_cache scenes = {0}; /* SVG, PNG and PDF share one layout */
  tmc_view_cache views = {0};   /* every report reads one report model */
  tmc_arena *a = tmc_arena_new();
  const char *name = input_name(o, input);
  if (strcmp(name, "-") == 0)
    name = "<stdin>";
  int status = TMC_EXIT_OK;
  double t0 = now_ms();
  stamp t, start = stamp_now();

  if (!o->dump_ir) {
    int prc = plan_outputs(&jobs, &n_jobs, o, stem, a, d);
    if (prc == 0 && refuse_inputs(o, inputs, jobs, n_jobs, d) < 0)
      prc = -1;
    if (prc < 0) {
      status = prc == -2 ? TMC_EXIT_IO : TMC_EXIT_USAGE;
      goto done;
    }
  }
  int rc = tmc_read_file(&data, &len, input, o->max_input, d);
  if (rc < 0) {
    status = rc == -2 ? TMC_EXIT_INPUT : TMC_EXIT_IO;
    goto done;
  }
  /* The platform among the inputs (tmc diagrams/X.dot --context
   * diagrams/platform.dot) is analysed alone: its own report. */
  struct stat in_st, ctx_st;
  if (context && strcmp(input, "-") != 0 && stat(input, &in_st) == 0 &&
      stat(o->context, &ctx_st) == 0 && in_st.st_dev == ctx_st.st_dev &&
      in_st.st_ino == ctx_st.st_ino)
    context = NULL;
  if (tmc_frontend_parse(&ir, name, data, len, &o->fe, d) < 0 ||
      (context && tmc_context_merge(ir, context[0], d) < 0)) {
    status = TMC_EXIT_INPUT;
    goto done;
  }
  if (o->time_passes)
    print_stage("read+parse", start);
  if (len > QUOTE_MAX) { /* no source lines quoted from a huge input */
    free(data);
    data = NULL;
  }
  tmc_pass_opts popts = TMC_PASS_OPTS_INIT;
  popts.catalog = cat;
  popts.paths_k = o->paths_k;
  popts.max_paths = o->max_paths;
  popts.max_depth = o->fe.max_depth;
  popts.baseline = baseline;
  popts.check_ir = o->check_ir;
  popts.context = context ? context[1] : NULL;
  if (o->time_passes) {
    popts.hook = time_pass;
    popts.hook_arg = &t;
  }
  uri = relative_uri(input_name(o, input), o->srcroot);
  popts.input_uri = uri;
  rc = tmc_analyse(ir, &popts, o->dump_after, d);
  if (rc < 0) {
    status = rc == TMC_ANALYSE_BROKEN ? TMC_EXIT_INTERNAL : TMC_EXIT_INPUT;
    goto done;
  }
  /* --strict: what reading and analysing the diagram warned about is an
   * error, as a compiler's -Werror; the diagram is bad input and no report
   * is written, so CI stops on a typo instead of publishing its effects. */
  if (o->strict && d->warnings) {
    uint32_t n = tmc_diags_promote(d);
    tmc_note(d, (tmc_loc){name, 0, 0},
             "%u warning%s treated as error%s (--strict): no report written", n,
             n == 1 ? "" : "s", n == 1 ? "" : "s");
    status = TMC_EXIT_INPUT;
    goto done;
  }
  const char *stopped_after = o->dump_after;

  char *root = realpath(o->srcroot ? o->srcroot : ".", NULL);
  tmc_report_ctx ctx = {0};
  ctx.catalog = cat;
  ctx.diags = d;
  ctx.input_uri = uri;
  if (context) {
    char *curi = relative_uri(o->context, o->srcroot);
    ctx.context_uri = tmc_arena_strdup(a, curi);
    free(curi);
  }
  ctx.srcroot = root ? tmc_arena_strdup(a, root) : NULL;
  free(root);
  ctx.src = data; /* NULL for an input too big to keep (QUOTE_MAX) */
  ctx.src_len = data ? len : 0;
  ctx.layout = o->layout;
  ctx.dump_after = stopped_after;
  ctx.scenes = &scenes;
  ctx.views = &views;

  if (o->dump_ir) {
    const char *out = "-";
    if (tmc_outset_open(&outs, &out, 1, d) < 0) {
      status = TMC_EXIT_IO;
      goto done;
    }
    tmc_backend_json(tmc_outset_buf(outs, 0), ir, &ctx, d);
    if (tmc_outset_commit(outs, d) < 0)
      status = TMC_EXIT_IO;
    goto done;
  }

  /* A Markdown report links the SVG written in the same run; the diagram's
   * badges link the HTML (else Markdown) report's sections. */
  const char *svg_path = NULL, *report_path = NULL;
  for (uint32_t i = 0; i < n_jobs; i++) {
    if (strcmp(jobs[i].path, "-") == 0)
      continue;
    if (is_svg(jobs[i].backend))
      svg_path = jobs[i].path;
    if (strcmp(jobs[i].backend->name, "html") == 0 ||
        (strcmp(jobs[i].backend->name, "md") == 0 && !report_path))
      report_path = jobs[i].path;
  }

  /* Each report streams into its temporary file as it is written; they are
   * renamed into place together once every one is complete. */
  const char **paths = tmc_arena_alloc(a, (n_jobs ? n_jobs : 1) * sizeof *paths);
  for (uint32_t i = 0; i < n_jobs; i++)
    paths[i] = jobs[i].path;
  if (tmc_outset_open(&outs, paths, n_jobs, d) < 0) {
    status = TMC_EXIT_IO;
    goto done;
  }
  for (uint32_t i = 0; i < n_jobs; i++) {
    t = stamp_now();
    tmc_buf *b = tmc_outset_buf(outs, i);
    b->limit = (size_t)1 << 31;
    ctx.svg_href = svg_path && strcmp(jobs[i].path, "-") != 0
                       ? tmc_relative_href(a, jobs[i].path, svg_path)
                       : NULL;
    ctx.report_href = report_path && strcmp(jobs[i].path, "-") != 0
                          ? tmc_relative_href(a, jobs[i].path, report_path)
                          : NULL;
    if (jobs[i].backend->fn(b, ir, &ctx, &later) < 0) {
      status = b->sink_error ? TMC_EXIT_IO : TMC_EXIT_INPUT;
      if (b->sink_error)
        tmc_error(d, (tmc_loc){jobs[i].path, 0, 0}, "cannot write: %s",
                  strerror(b->sink_error));
      goto done;
    }
    if (b->overflow) {
      tmc_error(d, (tmc_loc){jobs[i].path, 0, 0},
                "report larger than 2 GiB: not written");
      status = TMC_EXIT_IO;
      goto done;
    }
    if (o->time_passes)
      print_stage(jobs[i].backend->name, t);
  }
  t = stamp_now();
  if (tmc_outset_commit(outs, d) < 0) {
    status = TMC_EXIT_IO;
    goto done;
  }
  if (o->time_passes)
    print_stage("write", t);

  uint32_t counts[TMC_SEV_CRITICAL + 1] = {0};
  tmc_severity w = tally(ir, counts);
  if (w > *worst)
    *worst = w;
  tmc_buf gate = TMC_BUF_INIT;
  if (o->fail_on != TMC_SEV_NONE && w >= (tmc_severity)o->fail_on)
    gate_report(&gate, ir, o, name, uri);
  /* The summary is printed after this input's diagnostics, as the last word. */
  if (o->verbosity >= 0) {
    tmc_buf_printf(
        summary, "tmc: %s: %u critical, %u high, %u medium, %u low %sopen finding%s",
        name, counts[TMC_SEV_CRITICAL], counts[TMC_SEV_HIGH], counts[TMC_SEV_MEDIUM],
        counts[TMC_SEV_LOW], ir->has_baseline ? "new " : "",
        counts[1] + counts[2] + counts[3] + counts[4] == 1 ? "" : "s");
    if (ir->has_baseline)
      tmc_buf_printf(summary, ", %u gone since the baseline", ir->n_gone);
    if (ir->n_paths)
      tmc_buf_printf(summary, ", %u attack path%s", ir->n_paths,
                     ir->n_paths == 1 ? "" : "s");
    tmc_buf_printf(summary, " in %.0f ms\n", now_ms() - t0);
    for (uint32_t i = 0; i < n_jobs && o->verbosity > 0; i++)
      if (strcmp(jobs[i].path, "-") != 0)
        tmc_buf_printf(summary, "tmc: wrote %s\n", jobs[i].path);
  }
  if (gate.len)
    tmc_buf_put(summary, gate.data, gate.len);
  tmc_buf_free(&gate);

done:
  tmc_diags_append(d, &later);
  tmc_diags_free(&later);
  tmc_scene_cache_clear(&scenes);
  tmc_view_cache_clear(&views);
  tmc_outset_free(outs);
  free(jobs);
  free(uri);
  *src = data;
  *src_len = data ? len : 0;
  tmc_ir_free(ir);
  tmc_arena_free(a);
  return status;
}

/* Runs one input, prints its diagnostics, applies --fail-on. */
static int run_input(const tmc_run_opts *o, const tmc_catalog *cat,
                     const tmc_baseline *baseline, tmc_ir *const *context,
                     const file_ids *inputs, const char *input, const char *stem) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_severity worst = TMC_SEV_NONE;
  tmc_buf summary = TMC_BUF_INIT;
  char *src = NULL;
  size_t src_len = 0;
  int s = run_one(o, cat, baseline, context, inputs, input, stem, &summary, &d, &worst,
                  &src, &src_len);
  const char *name = input_name(o, input);
  tmc_diag_format fmt = {o->color, o->diag_style,
                         strcmp(name, "-") == 0 ? "<stdin>" : name, src, src_len};
  tmc_diags_write(&d, stderr, &fmt);
  free(src);
  tmc_diags_free(&d);
  if (summary.len)
    fputs(summary.data, stderr);
  tmc_buf_free(&summary);
  fflush(stderr);
  if (s == TMC_EXIT_OK && o->fail_on != TMC_SEV_NONE && worst >= (tmc_severity)o->fail_on)
    s = TMC_EXIT_FINDINGS;
  return s;
}

/* The status of a batch: any error beats findings, findings beat success. */
static int merge_status(int status, int s) {
  if (s == TMC_EXIT_OK)
    return status;
  if (status == TMC_EXIT_OK || status == TMC_EXIT_FINDINGS)
    return s;
  return status;
}

/* -j N: each input in its own process (cgraph is not thread-safe), at most N
 * at a time. A child's diagnostics go to a temporary file that the parent
 * copies to stderr in input order, so the output reads as a serial run. */
static int run_parallel(const tmc_run_opts *o, const tmc_catalog *cat,
                        const tmc_baseline *baseline, tmc_ir *const *context,
                        const file_ids *inputs, const char **stems) {
  uint32_t n = o->n_inputs, started = 0, printed = 0, running = 0;
  pid_t *pids = tmc_xcalloc(n, sizeof(pid_t));
  FILE **logs = tmc_xcalloc(n, sizeof(FILE *));
  int *st = tmc_xcalloc(n, sizeof(int));
  bool *finished = tmc_xcalloc(n, sizeof(bool));
  int status = TMC_EXIT_OK;
  fflush(stdout);
  fflush(stderr);
  while (printed < n) {
    while (started < n && running < o->jobs) {
      uint32_t i = started++;
      logs[i] = tmpfile();
      /* Signals wait until the child is on the list they are forwarded to. */
      sigset_t hold, old;
      sigemptyset(&hold);
      sigaddset(&hold, SIGINT);
      sigaddset(&hold, SIGTERM);
      sigaddset(&hold, SIGHUP);
      sigprocmask(SIG_BLOCK, &hold, &old);
      pid_t pid = logs[i] ? fork() : -1;
      if (pid == 0) {
        tmc_outset_forget_children();
        sigprocmask(SIG_SETMASK, &old, NULL);
        dup2(fileno(logs[i]), STDERR_FILENO);
        _exit(run_input(o, cat, baseline, context, inputs, o->inputs[i], stems[i]));
      }
      if (pid < 0) { /* no process to spare: run it here */
        if (logs[i])
          fclose(logs[i]);
        logs[i] = NULL;
        st[i] = run_input(o, cat, baseline, context, inputs, o->inputs[i], stems[i]);
        finished[i] = true;
      } else {
        pids[i] = pid;
        tmc_outset_child(pid, true);
        running++;
      }
      sigprocmask(SIG_SETMASK, &old, NULL);
    }
    while (printed < n && finished[printed]) {
      if (logs[printed]) {
        char chunk[4096];
        size_t k;
        rewind(logs[printed]);
        while ((k = fread(chunk, 1, sizeof chunk, logs[printed])) > 0)
          fwrite(chunk, 1, k, stderr);
        fclose(logs[printed]);
      }
      status = merge_status(status, st[printed]);
      printed++;
    }
    if (printed == n || running == 0)
      continue;
    int ws;
    pid_t pid = wait(&ws);
    if (pid < 0)
      break;
    for (uint32_t i = 0; i < started; i++)
      if (pids[i] == pid && !finished[i]) {
        tmc_outset_child(pid, false);
        st[i] = WIFEXITED(ws) ? WEXITSTATUS(ws) : TMC_EXIT_INTERNAL;
        if (!WIFEXITED(ws))
          fprintf(stderr, "tmc: %s: internal error: killed by signal %d\n", o->inputs[i],
                  WTERMSIG(ws));
        finished[i] = true;
        running--;
      }
  }
  free(pids);
  free(logs);
  free(st);
  free(finished);
  return status;
}

/* --context: the platform's diagram read twice, once to merge into each
 * input as drawn (frontend/context.c) and once analysed on its own, which
 * is what the platform's own report says (the context pass compares). Fills
 * ctx[0] and ctx[1]; returns TMC_EXIT_OK or the status of the failure, with
 * the errors in d, each saying it is the --context diagram. */
static int read_context(tmc_ir *ctx[2], const tmc_run_opts *o, const tmc_catalog *cat,
                        tmc_diags *d) {
  char *data = NULL;
  size_t len = 0;
  int status = TMC_EXIT_OK;
  int rc = tmc_read_file(&data, &len, o->context, o->max_input, d);
  if (rc < 0) {
    status = rc == -2 ? TMC_EXIT_INPUT : TMC_EXIT_IO;
    goto done;
  }
  tmc_pass_opts popts = TMC_PASS_OPTS_INIT;
  popts.catalog = cat;
  popts.paths_k = o->paths_k;
  popts.max_paths = o->max_paths;
  popts.max_depth = o->fe.max_depth;
  popts.check_ir = o->check_ir;
  tmc_diags quiet = TMC_DIAGS_INIT; /* its warnings belong to its own report */
  if (tmc_frontend_parse(&ctx[0], o->context, data, len, &o->fe, d) < 0 ||
      tmc_frontend_parse(&ctx[1], o->context, data, len, &o->fe, &quiet) < 0)
    status = TMC_EXIT_INPUT;
  else if ((rc = tmc_analyse(ctx[1], &popts, NULL, &quiet)) < 0) {
    tmc_diags_append(d, &quiet);
    status = rc == TMC_ANALYSE_BROKEN ? TMC_EXIT_INTERNAL : TMC_EXIT_INPUT;
  }
  tmc_diags_free(&quiet);
done:
  if (status != TMC_EXIT_OK)
    tmc_error(d, tmc_loc_at(o->context, 0, 0),
              "the --context diagram could not be read: nothing analysed");
  free(data);
  return status;
}

int tmc_run(const tmc_run_opts *o) {
  tmc_diags d = TMC_DIAGS_INIT;
  tmc_catalog *cat = NULL;
  tmc_baseline *baseline = NULL;
  tmc_ir *context[2] = {NULL, NULL}; /* --context: as read, and analysed alone */
  tmc_arena *names_arena = tmc_arena_new();
  const char **stems = NULL;
  file_ids inputs = {NULL, 0};
  int status = TMC_EXIT_OK;

  tmc_outset_signals(); /* before any -j child exists, to forward to them */
  if (tmc_catalog_new(&cat, &d) < 0) {
    status = TMC_EXIT_INTERNAL;
    goto done;
  }
  if (o->atlas && tmc_catalog_load_atlas(cat, o->atlas, &d) < 0) {
    status = TMC_EXIT_INPUT;
    goto done;
  }
  for (uint32_t i = 0; i < o->n_catalogs; i++)
    if (tmc_catalog_add_file(cat, o->catalogs[i], &d) < 0)
      status = TMC_EXIT_INPUT;
  if (status != TMC_EXIT_OK)
    goto done;
  if (o->baseline) {
    char *text = NULL;
    size_t len = 0;
    int rc = tmc_read_file(&text, &len, o->baseline, o->max_input, &d);
    if (rc < 0)
      status = rc == -2 ? TMC_EXIT_INPUT : TMC_EXIT_IO;
    else if (tmc_baseline_read(&baseline, o->baseline, text, &d) < 0)
      status = TMC_EXIT_INPUT;
    free(text);
    if (status != TMC_EXIT_OK)
      goto done;
  }
  if (o->context && (status = read_context(context, o, cat, &d)) != TMC_EXIT_OK)
    goto done;
  stems = tmc_xcalloc(o->n_inputs ? o->n_inputs : 1, sizeof(char *));
  if (assign_stems(o, names_arena, stems, &d) < 0) {
    status = TMC_EXIT_USAGE;
    goto done;
  }
  /* --outdir makes its folder, as make's and compilers' -o folders do not
   * but every batch tool's output folder does. */
  if (o->outdir && !o->dump_ir && make_dirs(o->outdir) < 0) {
    tmc_error(&d, tmc_loc_at(o->outdir, 0, 0), "cannot create the output folder: %s",
              strerror(errno));
    status = TMC_EXIT_IO;
    goto done;
  }
  file_ids_init(&inputs, o);
  tmc_diag_format plain = {o->color, o->diag_style, NULL, NULL, 0};
  tmc_diags_write(&d, stderr, &plain); /* catalog warnings, once */
  tmc_diags_free(&d);

  if (o->jobs > 1 && o->n_inputs > 1 && !o->dump_ir) {
    status = run_parallel(o, cat, baseline, context[0] ? context : NULL, &inputs, stems);
  } else {
    for (uint32_t i = 0; i < o->n_inputs; i++)
      status =
          merge_status(status, run_input(o, cat, baseline, context[0] ? context : NULL,
                                         &inputs, o->inputs[i], stems[i]));
  }

done:
  tmc_diags_write(&d, stderr, &(tmc_diag_format){o->color, o->diag_style, NULL, NULL, 0});
  tmc_diags_free(&d);
  tmc_catalog_free(cat);
  tmc_baseline_free(baseline);
  tmc_ir_free(context[0]);
  tmc_ir_free(context[1]);
  free(stems);
  free(inputs.v);
  tmc_arena_free(names_arena);
  return status;
}
