/* frontend.h - turning a diagram's bytes into the IR.
 *
 * tmc_frontend_parse detects the format from the content (a DOT graph, or XML
 * with an <mxfile>/<mxGraphModel>), not only from the name, and hands the
 * bytes to the matching front end. Front ends own the foreign libraries:
 * nothing from cgraph or libxml2 survives into the IR.
 *
 * Ownership: on success *out is a new IR the caller frees with tmc_ir_free.
 * On failure (negative return) *out is NULL and the reasons are in d. */
#ifndef TMC_FRONTEND_H
#define TMC_FRONTEND_H

#include "ir/ir.h"

typedef struct tmc_frontend_opts {
  size_t max_inflated;   /* cap on the decompressed draw.io pages of one file, bytes */
  uint32_t max_elements; /* cap on elements + flows */
  uint32_t max_label;    /* labels longer than this are cut, with a warning */
  uint32_t max_depth;    /* cap on boundary nesting */
} tmc_frontend_opts;
#define TMC_FRONTEND_OPTS_INIT                                                           \
  { 64u * 1024 * 1024, 1000000, 4096, 64 }

typedef enum tmc_input_format {
  TMC_INPUT_UNKNOWN,
  TMC_INPUT_DOT,
  TMC_INPUT_DRAWIO,
} tmc_input_format;

/* Sniffs the first bytes: '<' after optional BOM/space/comments → draw.io. */
tmc_input_format tmc_frontend_detect(const char *data, size_t len);

int tmc_frontend_parse(tmc_ir **out, const char *name, const char *data, size_t len,
                       const tmc_frontend_opts *opts, tmc_diags *d);

/* What every successful parse ends with (tmc_frontend_parse calls it; a
 * caller of one front end directly must too): repairs every string in the IR
 * (tmc_text_repair). Labels cut at max_label were warned about already, by
 * the front ends, one warning per label at its line. */
void tmc_frontend_finish(tmc_ir *ir, const tmc_frontend_opts *opts, tmc_diags *d);

/* The two front ends; each fills an empty IR and returns 0, or <0 after
 * adding at least one error to d. */
int tmc_dot_parse(tmc_ir *ir, const char *data, size_t len, const tmc_frontend_opts *opts,
                  tmc_diags *d);
int tmc_drawio_parse(tmc_ir *ir, const char *data, size_t len,
                     const tmc_frontend_opts *opts, tmc_diags *d);

#endif
