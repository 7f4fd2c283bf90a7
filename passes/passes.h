/* passes.h - the analysis pipeline. Passes are rows in one table, run in its
 * order; the table also drives --list-passes and --dump-ir=PASS.
 *
 * A pass reads and annotates the IR; it never prints: problems go to d as
 * diagnostics, results into the IR (findings, paths, facts). */
#ifndef TMC_PASSES_H
#define TMC_PASSES_H

#include "ir/ir.h"
#include "catalog/catalog.h"
#include "passes/attackgraph.h"
#include "passes/flowgraph.h"

/* --time-passes: called just before (done false) and just after (done true)
 * each pass, outside the IR checks, so the time between is the pass's own. */
typedef void (*tmc_pass_hook)(void *arg, const char *pass, bool done);

/* What one pass builds for a later one in the same tmc_analyse run, so it is
 * built once. tmc_analyse owns it and frees what is left when it returns; a
 * pass called on its own (opts->shared NULL, as in unit tests) builds what
 * it needs itself. */
typedef struct tmc_pass_shared {
  tmc_agraph moves;    /* the attacker's moves: the reach pass builds them, the paths
                          pass takes them (tmc_agraph_weigh); rank NULL: none */
  tmc_flowgraph flows; /* perf17b: the roles pass builds it (every word list
                          memoized), the facts pass takes it: the two read
                          the same flows and labels (roles changes neither),
                          so each label is read once for both; out_start
                          NULL: none */
} tmc_pass_shared;

typedef struct tmc_pass_opts {
  const tmc_catalog *catalog;
  uint32_t paths_k;                    /* paths kept per entry/asset pair (default 3) */
  uint32_t max_paths;                  /* total paths kept (0 = default) */
  const struct tmc_baseline *baseline; /* --baseline, or NULL */
  const char *input_uri; /* the input as SARIF names it, to match baseline results */
  uint32_t max_depth;    /* deepest boundary nesting once boxes nest by geometry */
  bool check_ir;         /* tmc_analyse runs tmc_ir_check after the front end and each
                            pass (the driver turns it off in release builds) */
  tmc_pass_hook hook;    /* or NULL */
  void *hook_arg;
  const tmc_ir *context;   /* --context: the platform's diagram, analysed on its own
                              (the context pass leaves its own findings to it), or NULL */
  tmc_pass_shared *shared; /* set by tmc_analyse for its run; NULL otherwise */
} tmc_pass_opts;
#define TMC_PASS_OPTS_INIT                                                               \
  { NULL, 3, 0, NULL, NULL, 64, true, NULL, NULL, NULL, NULL }

typedef int (*tmc_pass_fn)(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);

typedef struct tmc_pass {
  const char *name;
  tmc_pass_fn fn;
  const char *summary;
} tmc_pass;

/* The pipeline, in order; terminated by a row with name NULL. */
extern const tmc_pass tmc_passes[];
const tmc_pass *tmc_pass_find(const char *name);

/* The analysis, the one loop over the table: checks the front end's IR, then
 * runs each pass in order, checking the IR after each (with opts->check_ir),
 * and stops after the pass named stop_after (NULL: run them all). Returns 0;
 * TMC_ANALYSE_FAILED when a pass failed (its errors are in d; the IR is as
 * that pass left it); TMC_ANALYSE_BROKEN when the checker found the IR
 * broken, a bug in tmc (the checker's errors are in d); TMC_ANALYSE_FAILED
 * with an error in d when stop_after names no pass. */
enum { TMC_ANALYSE_FAILED = -1, TMC_ANALYSE_BROKEN = -2 };
int tmc_analyse(tmc_ir *ir, const tmc_pass_opts *opts, const char *stop_after,
                tmc_diags *d);

/* find29: is e named as a file of keys or settings ("lyklar.env",
 * "config.json", "server.key"), whatever its shape says (classify.c)? */
bool tmc_named_key_file(const tmc_lexicon *lx, const tmc_element *e);

/* Each pass's entry point (one per file in passes/). */
int tmc_pass_exports(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_zones(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_decorations(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_classify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_names(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_vocab(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_boundaries(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_reach(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_roles(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_facts(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_impact(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_rules(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_controls(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_authors(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_risk(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_identify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_baseline(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_accept(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_calibrate(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_context(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_paths(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_order(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_plan(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);
int tmc_pass_validate(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d);

#endif
