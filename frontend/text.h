/* text.h - label text as reports need it: plain, one line, valid UTF-8.
 * Shared by both front ends. Results are arena strings. */
#ifndef TMC_TEXT_H
#define TMC_TEXT_H

#include "ir/util.h"

/* Reduces a label to plain text: with html, tags are dropped and entities
 * decoded through libxml2's HTML parser (no network, no DTD), <br> and block
 * ends become spaces; whitespace runs collapse to one space; invalid UTF-8
 * and control characters are repaired; text longer than max bytes is cut at
 * a character boundary and ends with "…", and then *cut (when not NULL) is
 * set, so the front end can warn about that label (it leaves *cut alone
 * otherwise). Plain text passes through unchanged but for the cut. */
const char *tmc_text_plain(tmc_arena *a, const char *s, bool html, uint32_t max,
                           bool *cut);

/* A DOT escString: \n \l \r become spaces, \N is the object's name (fallback),
 * \\ a backslash; then as tmc_text_plain without html. */
const char *tmc_text_dot_escapes(tmc_arena *a, const char *s, const char *name,
                                 uint32_t max, bool *cut);

#endif
