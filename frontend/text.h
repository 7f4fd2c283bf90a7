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

/* The same for an edge's label, as Graphviz draws it: \T and \H are the
 * tail's and head's node names, \E the edge's name ("tail->head", "--" in
 * an undirected graph), \G the graph's name (a default `edge [label="\T ->
 * \H"]` draws "kiosk -> api", not "->"). */
const char *tmc_text_dot_edge_escapes(tmc_arena *a, const char *s, const char *graph,
                                      const char *tail, const char *head, bool directed,
                                      uint32_t max, bool *cut);

/* A label's name line: its first non-empty line as plain text (cleaned as
 * tmc_text_plain cleans, cut at max), when more text follows on later lines
 * ("Twilio\n(inbound calls)", "<b>GitLab</b><br>MRs, pipelines"); NULL
 * when the label is one line. Lines end at newlines (in html only with
 * newlines_break: draw.io draws them, Graphviz's HTML-like labels do not)
 * and, in html, at <br>, <p>, <div>, <tr>, <li>, <hr>, headings and tables;
 * a bold run an HTML label starts with ends the name where plain text
 * follows it on the same line. *detail gets the later non-empty lines (the
 * detail lines, '\n' between them), NULL with a NULL name line. */
const char *tmc_text_name_line(tmc_arena *a, const char *s, bool html,
                               bool newlines_break, uint32_t max, const char **detail);

/* The same for a DOT escString: \n \l \r and newlines end lines, \N is
 * the object's name. */
const char *tmc_text_dot_name_line(tmc_arena *a, const char *s, const char *name,
                                   uint32_t max, const char **detail);

/* Zero-width characters read ahead while dropping runs of them between
 * letters, by every call of this process so far: tests hold the cleaning of
 * hostile labels to a work bound with it instead of timing it. */
uint64_t tmc_text_zero_width_work(void);

#endif
