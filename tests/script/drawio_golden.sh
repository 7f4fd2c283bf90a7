#!/bin/sh
# Golden --dump-ir=boundaries tests for the draw.io front end. Each
# tests/golden/drawio/NAME.json is the expected dump of either
#   tests/golden/drawio/NAME.drawio            (fixtures written for tmc), or
#   $TMC_SHARED_DIR/corpus/NAME (NAME = corpus__FILE)  (real diagrams, read in
#   place and never copied; skipped when the corpus is absent).
# The expectations were checked by eye against the pictures (see
# docs/drawio.md). TMC_UPDATE_GOLDEN=1 rewrites them.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
corpus=${TMC_SHARED_DIR:-}/corpus
dir="$src/tests/golden/drawio"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
ran=0 failed=0 skipped=0
for want in "$dir"/*.json; do
  name=$(basename "$want" .json)
  case "$name" in
  corpus__*)
    file=${name#corpus__}
    if [ ! -f "$corpus/$file" ]; then
      skipped=$((skipped + 1))
      continue
    fi
    (cd "$corpus" && "$tmc" --dump-ir=boundaries "$file") >"$work/got" 2>"$work/err"
    ;;
  *)
    (cd "$dir" && "$tmc" --dump-ir=boundaries "$name.drawio") >"$work/got" 2>"$work/err"
    ;;
  esac
  rc=$?
  # The version line changes with every release, not with the front end.
  grep -v '^  "tmc": ' "$work/got" >"$work/got.j"
  ran=$((ran + 1))
  if [ "$rc" -ne 0 ]; then
    echo "FAIL $name: tmc exited $rc"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  if [ "${TMC_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$work/got.j" "$want"
    continue
  fi
  if ! diff -u "$want" "$work/got.j" >"$work/diff"; then
    echo "FAIL $name"; head -60 "$work/diff"; failed=$((failed + 1))
  fi
done
# The sample drawings the front-end work left in tests/data/fe*/ (UML
# sequence and class diagrams, device frames, value-stream maps, pages,
# wrappers, image cards): no golden of their own, but each must stay
# readable: tmc exits 0, reports no error and reads elements and flows
# (each draws both).
for file in "$src"/tests/data/fe*/*.drawio; do
  [ -f "$file" ] || continue
  name=${file#"$src"/}
  ran=$((ran + 1))
  "$tmc" --dump-ir=names "$file" >"$work/got" 2>"$work/err"
  rc=$?
  if [ "$rc" -ne 0 ] || grep -q ': error: \|no element read' "$work/err" ||
    ! grep -q '"kind": ' "$work/got" || ! grep -q '"bidirectional": ' "$work/got"; then
    echo "FAIL $name: exit $rc, or an error, or no element or flow"; cat "$work/err"
    failed=$((failed + 1))
  fi
done
echo "drawio golden: $ran run, $failed failed, $skipped skipped (no corpus)"
[ "$failed" -eq 0 ] || exit 1
[ "$ran" -gt 0 ] || exit 77
exit 0
