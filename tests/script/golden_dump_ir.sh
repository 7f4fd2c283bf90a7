#!/bin/sh
# Golden --dump-ir=boundaries tests for the DOT front end and the first
# passes: each tests/golden/dot/NAME.dot has its expected dump NAME.json, and
# NAME.err the diagnostics (warnings) it prints. The dump stops after
# 'boundaries' so passes added later do not change it. The version line is
# left out. Regenerate after an intended change, then review the diff:
#   TMC_UPDATE_GOLDEN=1 ctest --test-dir build -R golden_dump_ir
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
dir="$src/tests/golden/dot"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
ran=0 failed=0
for in in "$dir"/*.dot; do
  name=$(basename "$in" .dot)
  (cd "$dir" && "$tmc" --dump-ir=boundaries "$name.dot") >"$work/got" 2>"$work/err"
  rc=$?
  ran=$((ran + 1))
  if [ "$rc" -ne 0 ]; then
    echo "FAIL $name: tmc exited $rc"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  grep -v '^  "tmc": ' "$work/got" >"$work/got.json"
  if [ "${TMC_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$work/got.json" "$dir/$name.json"
    cp "$work/err" "$dir/$name.err"
    continue
  fi
  if ! diff -u "$dir/$name.json" "$work/got.json" >"$work/diff"; then
    echo "FAIL $name: dump differs"; head -80 "$work/diff"; failed=$((failed + 1))
  fi
  if ! diff -u "$dir/$name.err" "$work/err" >"$work/diff"; then
    echo "FAIL $name: diagnostics differ"; cat "$work/diff"; failed=$((failed + 1))
  fi
  # Deterministic: a second run gives the same bytes.
  (cd "$dir" && "$tmc" --dump-ir=boundaries "$name.dot") 2>/dev/null | grep -v '^  "tmc": ' |
    cmp -s - "$work/got.json" || { echo "FAIL $name: two runs differ"; failed=$((failed + 1)); }
done
echo "dot golden: $ran run, $failed failed"
[ "$ran" -gt 0 ] || exit 1
[ "$failed" -eq 0 ]
