/* driver.h - one run of tmc: read each input, run the front end, the passes
 * and the back ends, and write the reports atomically. main.c only parses the
 * command line into a tmc_run_opts and maps the result to an exit status.
 *
 * Ownership: the driver borrows every string in the options. */
#ifndef TMC_DRIVER_H
#define TMC_DRIVER_H

#include "frontend/frontend.h"
#include "ir/ir.h"

/* Exit statuses, documented in --help and README. */
enum {
  TMC_EXIT_OK = 0,       /* success */
  TMC_EXIT_FINDINGS = 1, /* open findings at or above --fail-on */
  TMC_EXIT_INPUT = 2,    /* bad input: a diagram or catalog with errors (or, with
                            --strict, warnings) */
  TMC_EXIT_USAGE = 64,   /* bad command line */
  TMC_EXIT_IO = 74,      /* a file could not be read or written */
  TMC_EXIT_INTERNAL = 70 /* a bug in tmc (IR check failed) */
};

typedef struct tmc_output {
  const char *path;   /* "-" = stdout */
  const char *format; /* backend name; NULL = from the extension */
} tmc_output;

typedef struct tmc_run_opts {
  const char **inputs; /* "-" = stdin */
  uint32_t n_inputs;
  tmc_output *outputs;
  uint32_t n_outputs;
  const char *force_format; /* -T, applies to outputs without their own */
  const char *outdir;       /* batch: one report set per input */
  bool dump_ir;
  const char *dump_after; /* pass name; NULL = after the last */
  const char **catalogs;
  uint32_t n_catalogs;
  const char *atlas;
  const char *baseline; /* --baseline: a previous SARIF report */
  const char *context;  /* --context: the shared platform's diagram, or NULL */
  const char *srcroot;
  const char *stdin_filename; /* --stdin-filename: the name "-" is reported under */
  const char *layout;         /* -K */
  int fail_on;                /* tmc_severity; TMC_SEV_NONE = never */
  bool strict;                /* --strict: a diagram with warnings is bad input */
  uint32_t paths_k;
  uint32_t max_paths; /* total attack paths kept; 0 = the pass's default */
  size_t max_input;   /* bytes */
  tmc_frontend_opts fe;
  bool check_ir; /* run the IR checker after every pass */
  bool color;
  tmc_diag_style diag_style; /* --format-diagnostics: text, or github annotations */
  int verbosity;             /* -1 quiet, 0 normal, 1 verbose */
  bool time_passes;
  uint32_t jobs; /* -j: inputs analysed in parallel (processes) */
} tmc_run_opts;

void tmc_run_opts_init(tmc_run_opts *o);

/* Runs everything; returns one of TMC_EXIT_*. Diagnostics are printed to
 * stderr at the end of each input, in one place. */
int tmc_run(const tmc_run_opts *o);

#include "cli/outset.h"

/* Reads a whole file ("-" = stdin) up to max bytes; *out is malloc'd and
 * NUL-terminated. */
int tmc_read_file(char **out, size_t *len, const char *path, size_t max, tmc_diags *d);

/* The relative link from report `from` to file `to`, both paths as given on
 * the command line in directories that exist: "d.svg", "../img/d.svg".
 * Falls back to to's base name when a directory cannot be resolved. */
const char *tmc_relative_href(tmc_arena *a, const char *from, const char *to);

#endif
