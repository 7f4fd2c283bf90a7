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
  uint32_t col;     /* 1-based byte column; 0 = unknown */
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
/* How diagnostics are printed. TEXT is compiler style; where the source text
 * of src_file is given and a diagnostic there has a column, its line is
 * quoted as gcc and clang do, with a caret under the column and '~' under
 * the rest of the token there (a quoted string, a word, an operator):
 *     12 |   api -> databse
 *        |          ^~~~~~~
 * (tabs expanded, a long line cut around the column with "...", control
 * bytes and bidirectional controls escaped as \xNN / \uNNNN so no input can
 * drive the terminal; a line that is not UTF-8 text is not quoted). GITHUB
 * prints workflow commands
 * ("::error file=F,line=N,col=C::message") that GitHub Actions turns into
 * annotations on the file. */
typedef enum tmc_diag_style {
  TMC_DIAG_STYLE_TEXT,
  TMC_DIAG_STYLE_GITHUB,
} tmc_diag_style;
typedef struct tmc_diag_format {
  bool color;
  tmc_diag_style style;
  const char *src_file; /* the display name whose text src is, or NULL */
  const char *src;      /* borrowed; need not be NUL-terminated */
  size_t src_len;
} tmc_diag_format;
/* Prints every diagnostic sorted by line within each file (files in order of
 * first appearance, whole-file ones first, ties in order of arrival), then
 * how many were dropped. */
void tmc_diags_write(const tmc_diags *d, FILE *out, const tmc_diag_format *f);
/* tmc_diags_write in TEXT style, no source; colour only when asked. */
void tmc_diags_print(const tmc_diags *d, FILE *out, bool color);
/* Appends one GitHub workflow command for a message at loc, escaped so that
 * no text can end the command or forge another ("::error file=a.dot,line=3,
 * title=T::msg"); title may be NULL. */
void tmc_diag_github(tmc_buf *b, tmc_diag_level level, tmc_loc loc, const char *title,
                     const char *msg);
/* Turns every warning of d into an error (--strict, like a compiler's
 * -Werror), the dropped ones in the counts too; returns how many. */
uint32_t tmc_diags_promote(tmc_diags *d);
/* Adds copies of every diagnostic of src (and its dropped count) to d. */
void tmc_diags_append(tmc_diags *d, const tmc_diags *src);
void tmc_diags_free(tmc_diags *d);

#endif
