/* dotguard.h - checks DOT text against what graphviz's parser can take before
 * cgraph sees it, so a hostile diagram gets a tmc diagnostic, not a hang. */
#ifndef TMC_DOTGUARD_H
#define TMC_DOTGUARD_H

#include "ir/diag.h"

/* graphviz's lexer takes time quadratic in the length of one token (2 MB:
 * 2 s, 4 MB: 8 s), so the whole input costs time proportional to its size
 * times this limit: at 256 KiB a token costs 30 ms and a 256 MB input of such
 * tokens half a minute, where one 256 MB string would take hours. Labels are
 * cut at --max-label long before this. */
#define TMC_DOT_MAX_TOKEN (256u * 1024)

/* Returns 0, or -1 after an error at file:line when one token (a quoted string
 * between escapes, a name, a comment line, an HTML label run) is longer than
 * max bytes. */
int tmc_dotguard_check(const char *file, const char *data, size_t len, uint32_t max,
                       tmc_diags *d);

#endif
