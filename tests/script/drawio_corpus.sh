#!/bin/sh
# Every draw.io file of the shared corpus goes through the whole pipeline
# without a crash, hang or leak (under ASan a leak fails the run): tmc exits 0,
# or 2 with a file:line diagnostic. Skipped when the corpus is absent.
set -u
tmc=${TMC_BINARY:?}
corpus=${TMC_SHARED_DIR:-}/corpus
[ -d "$corpus" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
n=0 failed=0
for f in "$corpus"/*; do
  [ -f "$f" ] || continue
  # draw.io files start with '<' (after an optional BOM and blank space).
  first=$(LC_ALL=C tr -d ' \t\r\n' <"$f" | head -c 1)
  [ "$first" = "<" ] || continue
  n=$((n + 1))
  name=$(basename "$f")
  if command -v timeout >/dev/null; then
    (cd "$corpus" && timeout 60 "$tmc" --dump-ir "$name") >"$work/out" 2>"$work/err"
  else
    (cd "$corpus" && "$tmc" --dump-ir "$name") >"$work/out" 2>"$work/err"
  fi
  rc=$?
  case $rc in
  0) ;;
  2)
    if ! grep -q "^$name:[0-9][0-9]*:" "$work/err"; then
      echo "FAIL $name: exit 2 without a file:line diagnostic"; cat "$work/err"
      failed=$((failed + 1))
    fi
    ;;
  *)
    echo "FAIL $name: exit $rc"; tail -20 "$work/err"; failed=$((failed + 1))
    ;;
  esac
done
echo "drawio corpus: $n files, $failed failed"
[ "$n" -gt 0 ] || exit 77
[ "$failed" -eq 0 ]
