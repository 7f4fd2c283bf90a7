/* mermaid.h - the Mermaid flowchart reader's entry for one block of text,
 * shared by the Mermaid front end (a whole file) and the Markdown front end
 * (each fenced `mermaid` block, with its line offset in the Markdown file). */
#ifndef TMC_MERMAID_H
#define TMC_MERMAID_H

#include "frontend/frontend.h"

/* Reads the flowchart in [s, s+n) into a new page named page_name of ir.
 * line_base is the number of lines before s in the file, so diagnostics
 * name the file's own lines. Returns 0, or <0 after adding an error to d.
 * Refuses other Mermaid diagrams (sequenceDiagram, ...) by name. */
int tmc_mermaid_parse_block(tmc_ir *ir, const char *s, size_t n, uint32_t line_base,
                            const char *page_name, const tmc_frontend_opts *opts,
                            tmc_diags *d);

#endif
