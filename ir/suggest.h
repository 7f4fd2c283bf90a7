/* suggest.h - "did you mean": the word of a vocabulary nearest to a
 * misspelling, by edit distance (Damerau-Levenshtein with adjacent
 * transpositions, ASCII case folded), for messages about unknown names.
 *
 * Ownership: tmc_suggest returns one of the candidates it was given. */
#ifndef TMC_SUGGEST_H
#define TMC_SUGGEST_H

#include <stddef.h>
#include <stdint.h>

/* The distance between a and b, or max + 1 when it is more than max (the
 * computation stops early); inputs longer than 64 bytes are never near. */
uint32_t tmc_edit_distance(const char *a, const char *b, uint32_t max);

/* The candidate nearest to word, or NULL when none is near enough to be a
 * likely typo: at most 1 edit for words of up to 4 letters, 2 up to 8 and 3
 * beyond, and never the word itself. Ties go to the earlier candidate. */
const char *tmc_suggest(const char *word, const char *const *candidates, size_t n);

/* The same over a table of structs: the candidate of element i is the
 * string pointer at byte offset `offset` in base[i * stride]. */
const char *tmc_suggest_in(const char *word, const void *base, size_t n, size_t stride,
                           size_t offset);

#endif
