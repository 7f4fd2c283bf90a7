#!/bin/sh
# Every DOT file of the shared corpus (.dot, .gv) goes through the whole
# pipeline without a crash, hang or leak (under ASan a leak fails the run):
# tmc exits 0, or 2 with a file:line diagnostic, never by a signal. The
# --dump-ir output must be identical across two runs. Skipped when the corpus
# is absent (as on a user's machine).
set -u
tmc=${TMC_BINARY:?}
corpus=${TMC_SHARED_DIR:-}/corpus
[ -d "$corpus" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
run() {
  if command -v timeout >/dev/null; then
    (cd "$corpus" && timeout 120 "$tmc" "$@")
  else
    (cd "$corpus" && "$tmc" "$@")
  fi
}
n=0 failed=0
for f in "$corpus"/*.dot "$corpus"/*.gv; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  name=$(basename "$f")
  run --dump-ir "$name" >"$work/out" 2>"$work/err"
  rc=$?
  case $rc in
  0)
    run --dump-ir "$name" >"$work/out2" 2>/dev/null
    cmp -s "$work/out" "$work/out2" || { echo "FAIL $name: two runs differ"; failed=$((failed + 1)); }
    run "$name" -o "$work/report.md" -q >/dev/null 2>"$work/err2"
    rc2=$?
    [ "$rc2" -eq 0 ] || { echo "FAIL $name: report run exited $rc2"; cat "$work/err2"; failed=$((failed + 1)); }
    ;;
  2)
    if ! grep -q "^$name:[0-9][0-9]*:" "$work/err"; then
      echo "FAIL $name: exit 2 without a file:line diagnostic"; cat "$work/err"
      failed=$((failed + 1))
    fi
    ;;
  *)
    echo "FAIL $name: exit $rc (a signal is >128)"; tail -20 "$work/err"; failed=$((failed + 1))
    ;;
  esac
done
echo "dot corpus: $n files, $failed failed"
[ "$n" -gt 0 ] || exit 77
[ "$failed" -eq 0 ]
