#!/bin/sh
# writer_faults.sh - the report writer keeps its all-or-nothing promise under
# faults. An LD_PRELOAD shim (built here) makes one rename fail after others
# succeeded (as another user's file in a sticky folder does): the reports
# already renamed are rolled back, new ones removed, the message says what
# was restored, no temporary or backup is left. SIGTERM, SIGINT and SIGHUP in
# the middle of a commit (the shim pauses in fsync) remove every temporary,
# keep the old reports and end with 128+signal, -j children included. A
# file-size limit (ulimit -f) is an ordinary write error: 74, the file named,
# nothing left. Skips (77) without a C compiler or with a sanitizer build.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
cc=${CC:-cc}
command -v "$cc" >/dev/null 2>&1 || { echo "no C compiler for the shim"; exit 77; }
if grep -q __asan_init "$tmc"; then echo "sanitizer build: LD_PRELOAD does not mix"; exit 77; fi
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
cat >shim.c <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static int ends_with(const char *s, const char *t) {
  size_t a = strlen(s), b = strlen(t);
  return a >= b && strcmp(s + a - b, t) == 0;
}
int rename(const char *from, const char *to) {
  int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
  const char *f = getenv("SHIM_FAIL_RENAME");
  if (f && ends_with(to, f) && strstr(from, ".tmc-") && !strstr(from, "tmc-bak")) {
    errno = EACCES;
    return -1;
  }
  return real(from, to);
}
int fsync(int fd) {
  int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  const char *p = getenv("SHIM_PAUSE");
  if (p) {
    close(open(p, O_WRONLY | O_CREAT, 0600));
    sleep(60);
  }
  return real(fd);
}
__attribute__((constructor)) static void init(void) {
  /* A shell's background job starts with SIGINT ignored; the test wants it. */
  if (getenv("SHIM_PAUSE"))
    signal(SIGINT, SIG_DFL);
}
C
"$cc" -shared -fPIC -o shim.so shim.c -ldl 2>err || { cat err; echo "cannot build the shim"; exit 77; }
cp "$src/examples/rag-chatbot.dot" x.dot
leftovers() { ls -A "$1" | grep -e '\.tmc-' -e 'tmc-bak' ; }

# 1. A rename fails after others succeeded: all rolled back.
mkdir out
for f in r.md r.sarif; do echo "OLD $f" >"out/$f"; done
LD_PRELOAD=$PWD/shim.so SHIM_FAIL_RENAME=r.svg "$tmc" -q x.dot -o out/r.md -o out/r.sarif -o out/r.json -o out/r.svg 2>err
st=$?
[ "$st" -eq 74 ] || fail "failed rename: status $st, want 74"
[ "$(cat out/r.md)" = "OLD r.md" ] || fail "r.md was not restored after a later rename failed"
[ "$(cat out/r.sarif)" = "OLD r.sarif" ] || fail "r.sarif was not restored"
[ ! -e out/r.json ] || fail "r.json (new) was left after the failure"
[ ! -e out/r.svg ] || fail "r.svg appeared"
[ -z "$(leftovers out)" ] || fail "temporaries or backups left: $(leftovers out)"
grep -q 'out/r.svg: error: cannot write: Permission denied' err || { fail "the failure is not named"; cat err; }
grep -q 'restored the earlier out/r.md, out/r.sarif' err || { fail "the message does not say what was restored"; cat err; }
grep -q 'removed out/r.json again' err || { fail "the message does not say r.json was removed"; cat err; }
# Without faults the same run replaces them all, and leaves no backup.
"$tmc" -q x.dot -o out/r.md -o out/r.sarif -o out/r.json -o out/r.svg || fail "plain run"
grep -q '^# ' out/r.md || fail "r.md not replaced"
[ -z "$(leftovers out)" ] || fail "a successful run left backups: $(leftovers out)"

# 2. Signals in the middle of a commit.
for pair in TERM:15 INT:2 HUP:1; do
  sig=${pair%:*} num=${pair#*:}
  rm -f paused
  for f in r.md r.sarif; do echo "OLD $f" >"out/$f"; done
  LD_PRELOAD=$PWD/shim.so SHIM_PAUSE=$PWD/paused "$tmc" -q x.dot -o out/r.md -o out/r.sarif -o out/r.svg 2>err &
  pid=$!
  i=0
  while [ ! -e paused ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  [ -e paused ] || fail "SIG$sig: tmc never reached fsync"
  kill -s "$sig" "$pid"
  wait "$pid"
  st=$?
  want=$((128 + num))
  [ "$st" -eq "$want" ] || fail "SIG$sig: status $st, want $want"
  [ -z "$(leftovers out)" ] || fail "SIG$sig left temporaries: $(leftovers out)"
  [ "$(cat out/r.md)" = "OLD r.md" ] || fail "SIG$sig: r.md changed"
done
# -j: the parent forwards the signal; the children clean up too.
mkdir batch
cp x.dot y.dot
rm -f paused
LD_PRELOAD=$PWD/shim.so SHIM_PAUSE=$PWD/paused "$tmc" -q x.dot y.dot -j 2 --outdir batch -T md,sarif 2>err &
pid=$!
i=0
while [ ! -e paused ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
sleep 0.5
kill -s TERM "$pid"
wait "$pid"
st=$?
[ "$st" -eq 143 ] || fail "-j SIGTERM: status $st, want 143"
sleep 0.5
[ -z "$(leftovers batch)" ] || fail "-j SIGTERM left temporaries: $(leftovers batch)"

# 3. A file-size limit: an ordinary write error.
for f in r.md r.json; do echo "OLD $f" >"out/$f"; done
(ulimit -f 8; exec "$tmc" -q x.dot -o out/r.md -o out/r.json) 2>err
st=$?
[ "$st" -eq 74 ] || fail "ulimit -f: status $st, want 74"
grep -q 'out/r\.\(md\|json\): error: cannot write: File too large' err || { fail "ulimit -f: no named write error"; cat err; }
[ -z "$(leftovers out)" ] || fail "ulimit -f left temporaries: $(leftovers out)"
[ "$(cat out/r.md)" = "OLD r.md" ] || fail "ulimit -f: r.md changed"

[ "$failed" -eq 0 ] || exit 1
echo "ok: rollback on a failed rename, clean exits on signals, size limits are write errors"
