/* outset.c - the report writer: every report of a run streams into a
 * temporary file beside its destination, and the set is renamed into place
 * all or nothing (outset.h says the whole contract).
 *
 * The one idea: every step of a commit is recorded in the file's `state`
 * before the next is taken, and one function (undo) reads those states to
 * put the destinations back. The failure path of a commit and the signal
 * handler both call it, so an interrupted run and a failed rename leave the
 * same thing behind: the reports as they were before the run. undo uses only
 * async-signal-safe calls (rename, unlink). */
#include "cli/outset.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_fd(int fd, const char *data, size_t len) {
  while (len) {
    ssize_t w = write(fd, data, len);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    data += w;
    len -= (size_t)w;
  }
  return 0;
}

/* Standard output, and destinations that exist but are not regular files
 * (/dev/null, a FIFO), are written in place: renaming a temporary file over
 * them would replace the device, not write to it. */
static bool write_in_place(const char *path) {
  struct stat st;
  return strcmp(path, "-") == 0 || (stat(path, &st) == 0 && !S_ISREG(st.st_mode));
}

/* Where a file is in the commit; undo reads it, possibly from a handler. */
enum {
  ST_TEMP,   /* only the temporary file exists (and the old destination) */
  ST_BACKED, /* bak is a second name of the old destination */
  ST_MOVED,  /* bak is the old destination's only name: the destination is gone */
  ST_PLACED, /* the temporary was renamed over the destination */
  ST_DONE,   /* committed: nothing to undo */
};

typedef struct outfile {
  const char *path;
  char *tmp;     /* temporary file beside the destination; NULL when in place */
  char *bak;     /* hidden backup of the replaced destination, or NULL */
  int fd;        /* tmp's or the spool's descriptor, -1 when none */
  bool in_place; /* stdout or a device: spooled (or in memory), copied at commit */
  int dst;       /* in place: the destination, opened up front; else -1 */
  volatile sig_atomic_t state;
  tmc_buf buf;
} outfile;

struct tmc_outset {
  outfile *v;
  uint32_t n;
  pid_t owner;             /* the process that opened it (not a forked child) */
  struct tmc_outset *next; /* the open sets, for the signal handler */
};

/* ---- signals -------------------------------------------------------------------
 * The handler needs the open sets and the -j children, so they live in
 * process-wide lists, changed only with the handled signals blocked. */

static tmc_outset *open_sets;
static pid_t *children;
static uint32_t n_children, cap_children;
static const int handled[] = {SIGINT, SIGTERM, SIGHUP};
#define N_HANDLED (sizeof handled / sizeof *handled)

static void block(sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  for (size_t i = 0; i < N_HANDLED; i++)
    sigaddset(&set, handled[i]);
  sigprocmask(SIG_BLOCK, &set, old);
}

static void unblock(const sigset_t *old) {
  sigprocmask(SIG_SETMASK, old, NULL);
}

/* Puts the destinations of s back as they were and removes its temporary
 * files; what each file needed is recorded in *restored (the old contents
 * came back) and *removed (a new file was taken away) when not NULL.
 * Async-signal-safe. */
static void undo(tmc_outset *s, bool *restored, bool *removed, bool *lost) {
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (restored)
      restored[i] = removed[i] = lost[i] = false;
    switch (f->state) {
    case ST_PLACED:
    case ST_MOVED:
      if (f->bak) {
        bool ok = rename(f->bak, f->path) == 0;
        if (restored) {
          restored[i] = ok;
          lost[i] = !ok;
        }
      } else {
        unlink(f->path);
        if (removed)
          removed[i] = true;
      }
      break;
    case ST_BACKED:
      unlink(f->bak);
      break;
    case ST_TEMP:
    case ST_DONE:
      break;
    }
    if (f->state != ST_DONE && f->tmp)
      unlink(f->tmp);
    if (!(restored && lost[i]))
      f->state = ST_DONE;
  }
}

static void on_signal(int sig) {
  int saved = errno;
  pid_t self = getpid();
  for (uint32_t i = 0; i < n_children; i++)
    if (children[i] > 0)
      kill(children[i], sig);
  for (tmc_outset *s = open_sets; s; s = s->next)
    if (s->owner == self)
      undo(s, NULL, NULL, NULL);
  /* End by the same signal, so the parent sees how we ended (128+sig). */
  signal(sig, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  errno = saved;
  _exit(128 + sig);
}

void tmc_outset_signals(void) {
  static bool installed;
  if (installed)
    return;
  installed = true;
  /* A size limit (ulimit -f) would kill us silently with temporaries left:
   * ignored, it makes write fail with EFBIG, an ordinary write error. */
  signal(SIGXFSZ, SIG_IGN);
  for (size_t i = 0; i < N_HANDLED; i++) {
    struct sigaction old, sa;
    if (sigaction(handled[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue; /* nohup, or a shell's background job: keep ignoring */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t k = 0; k < N_HANDLED; k++)
      sigaddset(&sa.sa_mask, handled[k]);
    sigaction(handled[i], &sa, NULL);
  }
}

void tmc_outset_child(pid_t pid, bool add) {
  sigset_t old;
  block(&old);
  if (add) {
    *TMC_PUSH(children, n_children, cap_children) = pid;
  } else {
    for (uint32_t i = 0; i < n_children; i++)
      if (children[i] == pid)
        children[i] = children[--n_children];
  }
  unblock(&old);
}

void tmc_outset_forget_children(void) {
  sigset_t old;
  block(&old);
  n_children = 0;
  unblock(&old);
}

/* ---- the set -------------------------------------------------------------------- */

static int sink_fd(void *ctx, const char *data, size_t n) {
  return write_fd(((const outfile *)ctx)->fd, data, n);
}

/* An unlinked file in TMPDIR that holds an in-place report until commit;
 * -1 when none can be made (the report then stays in memory). */
static int spool_fd(void) {
  const char *dir = getenv("TMPDIR");
  if (!dir || !*dir)
    dir = "/tmp";
  size_t n = strlen(dir) + 32;
  char *path = tmc_xmalloc(n);
  snprintf(path, n, "%s/tmc-spool-XXXXXX", dir);
  int fd = mkstemp(path);
  if (fd >= 0) {
    unlink(path);
    fcntl(fd, F_SETFD, FD_CLOEXEC); /* -j children never inherit it */
  }
  free(path);
  return fd;
}

static void cannot_write(tmc_diags *d, const char *path, int err) {
  tmc_error(d, (tmc_loc){strcmp(path, "-") == 0 ? "<stdout>" : path, 0, 0},
            "cannot write: %s", strerror(err));
}

/* Creates f's temporary file; -1 with errno on failure. Signals are blocked
 * so that the handler never misses a file that exists. */
static int make_temp(outfile *f) {
  size_t pl = strlen(f->path);
  char *tmp = tmc_xmalloc(pl + 16);
  snprintf(tmp, pl + 16, "%s.tmc-XXXXXX", f->path);
  sigset_t old;
  block(&old);
  f->fd = mkstemp(tmp);
  if (f->fd >= 0)
    f->tmp = tmp;
  int err = errno;
  unblock(&old);
  if (f->fd < 0) {
    free(tmp);
    errno = err;
    return -1;
  }
  fcntl(f->fd, F_SETFD, FD_CLOEXEC); /* -j children never inherit it */
  /* mkstemp creates 0600; reports are ordinary files. */
  mode_t um = umask(0);
  umask(um);
  fchmod(f->fd, 0666 & ~um);
  return 0;
}

int tmc_outset_open(tmc_outset **out, const char *const *paths, uint32_t n,
                    tmc_diags *d) {
  tmc_outset_signals();
  tmc_outset *s = tmc_xcalloc(1, sizeof *s);
  s->v = tmc_xcalloc(n ? n : 1, sizeof *s->v);
  s->n = n;
  s->owner = getpid();
  *out = s;
  for (uint32_t i = 0; i < n; i++) {
    outfile *f = &s->v[i];
    f->path = paths[i];
    f->fd = -1;
    f->dst = -1;
    f->state = ST_TEMP;
    f->buf = (tmc_buf)TMC_BUF_INIT;
  }
  sigset_t old;
  block(&old);
  s->next = open_sets;
  open_sets = s;
  unblock(&old);
  for (uint32_t i = 0; i < n; i++) {
    outfile *f = &s->v[i];
    f->in_place = write_in_place(f->path);
    if (f->in_place) {
      /* Opened now, so that a destination that cannot be written (a
       * directory in the way) fails before any report is renamed. */
      f->dst =
          strcmp(f->path, "-") == 0 ? STDOUT_FILENO : open(f->path, O_WRONLY | O_CLOEXEC);
      if (f->dst < 0) {
        cannot_write(d, f->path, errno);
        return -1;
      }
      f->fd = spool_fd();
    } else if (make_temp(f) < 0) {
      cannot_write(d, f->path, errno);
      return -1;
    }
    if (f->fd >= 0)
      tmc_buf_set_sink(&f->buf, sink_fd, f);
  }
  return 0;
}

tmc_buf *tmc_outset_buf(tmc_outset *s, uint32_t i) {
  return &s->v[i].buf;
}

/* Copies a spooled report (or the bytes held in memory) to its destination. */
static int copy_in_place(outfile *f) {
  if (f->fd < 0)
    return write_fd(f->dst, f->buf.data ? f->buf.data : "", f->buf.len);
  char chunk[65536];
  if (lseek(f->fd, 0, SEEK_SET) < 0)
    return -1;
  for (;;) {
    ssize_t k = read(f->fd, chunk, sizeof chunk);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return (int)k;
    if (write_fd(f->dst, chunk, (size_t)k) < 0)
      return -1;
  }
}

/* Keeps the destination f replaces under a hidden name in its folder: a
 * second hard link where the file system has them (the destination never
 * goes missing), else the destination moved aside. 0 when there is nothing
 * to keep or it is kept; -1 with errno. */
static int back_up(outfile *f) {
  struct stat st;
  if (lstat(f->path, &st) < 0)
    return errno == ENOENT ? 0 : -1;
  const char *slash = strrchr(f->path, '/');
  int dir_len = slash ? (int)(slash - f->path + 1) : 0;
  const char *base = slash ? slash + 1 : f->path;
  size_t n = strlen(f->path) + 32;
  char *bak = tmc_xmalloc(n);
  for (int attempt = 0; attempt < 100; attempt++) {
    snprintf(bak, n, "%.*s.%s.tmc-bak-XXXXXX", dir_len, f->path, base);
    int fd = mkstemp(bak); /* a unique name, then freed for link/rename */
    if (fd < 0)
      break;
    close(fd);
    unlink(bak);
    sigset_t old;
    block(&old);
    int rc = link(f->path, bak);
    if (rc == 0) {
      f->bak = bak;
      f->state = ST_BACKED;
    } else if (errno != EEXIST && rename(f->path, bak) == 0) {
      f->bak = bak;
      f->state = ST_MOVED;
      rc = 0;
    }
    int err = errno;
    unblock(&old);
    if (rc == 0)
      return 0;
    if (err != EEXIST) {
      errno = err;
      break;
    }
  }
  free(bak);
  return -1;
}

/* After a failed commit: undoes it and says what was put back. */
static void roll_back(tmc_outset *s, tmc_diags *d) {
  bool *restored = tmc_xcalloc(s->n + 1, sizeof(bool));
  bool *removed = tmc_xcalloc(s->n + 1, sizeof(bool));
  bool *lost = tmc_xcalloc(s->n + 1, sizeof(bool));
  sigset_t old;
  block(&old);
  undo(s, restored, removed, lost);
  unblock(&old);
  tmc_buf b = TMC_BUF_INIT;
  const char *sep = "";
  for (uint32_t i = 0; i < s->n; i++)
    if (restored[i]) {
      tmc_buf_printf(&b, "%s%s", sep, s->v[i].path);
      sep = ", ";
    }
  if (b.len)
    tmc_note(d, tmc_loc_at(NULL, 0, 0),
             "restored the earlier %s (renamed before the failure)", b.data);
  b.len = 0;
  sep = "";
  for (uint32_t i = 0; i < s->n; i++)
    if (removed[i]) {
      tmc_buf_printf(&b, "%s%s", sep, s->v[i].path);
      sep = ", ";
    }
  if (b.len)
    tmc_note(d, tmc_loc_at(NULL, 0, 0), "removed %s again (new in this run)", b.data);
  for (uint32_t i = 0; i < s->n; i++)
    if (lost[i])
      tmc_error(d, tmc_loc_at(s->v[i].path, 0, 0),
                "could not restore its earlier contents: they are in %s", s->v[i].bak);
  tmc_note(d, tmc_loc_at(NULL, 0, 0), "no report of this run was written");
  tmc_buf_free(&b);
  free(restored);
  free(removed);
  free(lost);
}

int tmc_outset_commit(tmc_outset *s, tmc_diags *d) {
  /* Every byte on disk first: nothing is renamed until all of it is. */
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (tmc_buf_flush(&f->buf) < 0) {
      cannot_write(d, f->path, f->buf.sink_error);
      return -1;
    }
    if (!f->tmp)
      continue;
    int rc = fsync(f->fd);
    if (close(f->fd) < 0)
      rc = -1;
    f->fd = -1;
    if (rc < 0) {
      cannot_write(d, f->path, errno);
      return -1;
    }
  }
  /* Every destination that will be replaced kept aside, then every
   * temporary renamed into place; on any failure all of it is undone. */
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (f->tmp && back_up(f) < 0) {
      cannot_write(d, f->path, errno);
      roll_back(s, d);
      return -1;
    }
  }
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (!f->tmp)
      continue;
    sigset_t old;
    block(&old);
    int rc = rename(f->tmp, f->path);
    int err = errno;
    if (rc == 0)
      f->state = ST_PLACED;
    unblock(&old);
    if (rc < 0) {
      cannot_write(d, f->path, err);
      roll_back(s, d);
      return -1;
    }
  }
  /* All in place: the backups go, then the streams and devices are written
   * (which cannot be undone, so they come last). */
  sigset_t old;
  block(&old);
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (f->bak)
      unlink(f->bak);
    f->state = ST_DONE;
  }
  unblock(&old);
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (f->in_place && copy_in_place(f) < 0) {
      cannot_write(d, f->path, errno);
      return -1;
    }
  }
  return 0;
}

void tmc_outset_free(tmc_outset *s) {
  if (!s)
    return;
  sigset_t old;
  block(&old);
  undo(s, NULL, NULL, NULL); /* an uncommitted set leaves nothing behind */
  for (tmc_outset **p = &open_sets; *p; p = &(*p)->next)
    if (*p == s) {
      *p = s->next;
      break;
    }
  unblock(&old);
  for (uint32_t i = 0; i < s->n; i++) {
    outfile *f = &s->v[i];
    if (f->fd >= 0)
      close(f->fd);
    if (f->dst >= 0 && f->dst != STDOUT_FILENO)
      close(f->dst);
    free(f->tmp);
    free(f->bak);
    tmc_buf_free(&f->buf);
  }
  free(s->v);
  free(s);
}

int tmc_write_all(const tmc_pending *v, uint32_t n, tmc_diags *d) {
  const char **paths = tmc_xcalloc(n ? n : 1, sizeof *paths);
  for (uint32_t i = 0; i < n; i++)
    paths[i] = v[i].path;
  tmc_outset *s = NULL;
  int rc = tmc_outset_open(&s, paths, n, d);
  for (uint32_t i = 0; rc == 0 && i < n; i++)
    tmc_buf_put(tmc_outset_buf(s, i), v[i].data, v[i].len);
  if (rc == 0)
    rc = tmc_outset_commit(s, d);
  tmc_outset_free(s);
  free(paths);
  return rc;
}
