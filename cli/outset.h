/* outset.h - the report writer: a set of reports written all or nothing,
 * also when a rename fails half-way or the process is interrupted.
 *
 * tmc_outset_open creates, for each path, a temporary file beside the
 * destination (`<path>.tmc-XXXXXX`) and a tmc_buf whose sink writes into it,
 * so a report of any size costs one buffer chunk of memory. Standard output
 * ("-") and destinations that exist but are not regular files (/dev/null, a
 * FIFO) cannot be renamed over: their bytes go to an unlinked spool file and
 * are copied in place at commit. tmc_outset_commit flushes and fsyncs every
 * file, keeps each destination it will replace as a hidden backup
 * (`.<name>.tmc-bak-XXXXXX`, a hard link, so the destination never goes
 * missing), renames the temporaries into place, and only when every rename
 * succeeded removes the backups and copies the spools. When a rename fails,
 * the ones already done are undone (backups restored, new files removed) and
 * the error says what was restored. tmc_outset_free removes whatever
 * temporary file is left (all of them when the set was not committed).
 * Errors go to d as "PATH: error: cannot write: ...".
 *
 * Interruption: SIGINT, SIGTERM and SIGHUP (unless ignored when tmc
 * started) undo what a commit in progress did, remove every temporary and
 * backup of the open sets, forward the signal to the -j children and then
 * end the process by the same signal (status 128+signal in a shell). SIGXFSZ
 * is ignored, so a file-size limit is an ordinary write error (EFBIG). The
 * handlers are installed by the first tmc_outset_open, or tmc_outset_signals.
 *
 * Ownership: the set borrows the paths; tmc_outset_free frees the rest. */
#ifndef TMC_OUTSET_H
#define TMC_OUTSET_H

#include <sys/types.h>

#include "ir/diag.h"
#include "ir/util.h"

typedef struct tmc_outset tmc_outset;
int tmc_outset_open(tmc_outset **out, const char *const *paths, uint32_t n, tmc_diags *d);
tmc_buf *tmc_outset_buf(tmc_outset *s, uint32_t i); /* the i-th report's buffer */
int tmc_outset_commit(tmc_outset *s, tmc_diags *d);
void tmc_outset_free(tmc_outset *s); /* accepts NULL */

/* Installs the signal handlers described above (idempotent). */
void tmc_outset_signals(void);
/* -j: a child the handlers forward the signal to (add), or no longer (drop);
 * a child calls tmc_outset_forget_children so it never signals its siblings. */
void tmc_outset_child(pid_t pid, bool add);
void tmc_outset_forget_children(void);

/* Writes every (path, bytes) pair through one tmc_outset: all or nothing. */
typedef struct tmc_pending {
  const char *path;
  const char *data;
  size_t len;
} tmc_pending;
int tmc_write_all(const tmc_pending *v, uint32_t n, tmc_diags *d);

#endif
