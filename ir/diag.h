/* diag.h - diagnostics are values: front ends, passes and the driver append
 * them here, and one place (tmc_diags_print) reports them, compiler style:
 * `file:line:col: error: message`.
 *
 * Ownership: a tmc_diags owns copies of every message and file name. */
#ifndef TMC_DIAG_H
#define TMC_DIAG_H

#include <stdio.h>

#include "ir/util.h"

typedef enum tmc_severity_diag {
  TMC_DIAG_NOTE,
  TMC_DIAG_WARNING,
  TMC_DIAG_ERROR,
} tmc_diag_level;

typedef struct tmc_loc {
  const char *file; /* display name of the input; NULL when none */
  uint32_t line;    /* 1-based; 0 = unknown */
  uint32_t col;     /* 1-based; 0 = unknown */
} tmc_loc;

typedef struct tmc_diag {
  tmc_diag_level level;
  tmc_loc loc;
  char *msg;
} tmc_diag;

typedef struct tmc_diags {
  tmc_diag *v;
  uint32_t n, cap;
  uint32_t errors, warnings;
  uint32_t max; /* stop recording after this many (0 = 1000); counts go on */
  uint32_t dropped;
} tmc_diags;
#define TMC_DIAGS_INIT                                                                   \
  { 0 }

void tmc_diag_add(tmc_diags *d, tmc_diag_level level, tmc_loc loc, const char *fmt, ...)
    TMC_PRINTF(4, 5);
void tmc_diag_vadd(tmc_diags *d, tmc_diag_level level, tmc_loc loc, const char *fmt,
                   va_list ap) TMC_PRINTF(4, 0);
void tmc_error(tmc_diags *d, tmc_loc loc, const char *fmt, ...) TMC_PRINTF(3, 4);
void tmc_warning(tmc_diags *d, tmc_loc loc, const char *fmt, ...) TMC_PRINTF(3, 4);
void tmc_note(tmc_diags *d, tmc_loc loc, const char *fmt, ...) TMC_PRINTF(3, 4);
/* A location value, for call sites that have only a file and a line. */
tmc_loc tmc_loc_at(const char *file, uint32_t line, uint32_t col);
const char *tmc_diag_level_name(tmc_diag_level level);
/* Prints every diagnostic in order of arrival; colour only when asked. */
void tmc_diags_print(const tmc_diags *d, FILE *out, bool color);
void tmc_diags_free(tmc_diags *d);

#endif
