/* baseline.h - a previous run's SARIF, read back so a run can report and gate
 * on what is new. Results are matched by the artifact they point at and by
 * partialFingerprints.primaryLocationLineHash (see passes/identity.h).
 *
 * Ownership: tmc_baseline_read returns a baseline the caller frees with
 * tmc_baseline_free; it copies everything it keeps. */
#ifndef TMC_BASELINE_H
#define TMC_BASELINE_H

#include "ir/diag.h"

typedef struct tmc_baseline tmc_baseline;

/* Parses SARIF text (NUL-terminated). Returns 0, or <0 with an error at the
 * file and line where the JSON or the SARIF shape went wrong. */
int tmc_baseline_read(tmc_baseline **out, const char *name, const char *data,
                      tmc_diags *d);
void tmc_baseline_free(tmc_baseline *b); /* accepts NULL */
uint32_t tmc_baseline_count(const tmc_baseline *b);

#endif
