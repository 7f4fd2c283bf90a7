#!/bin/sh
# md_golden - the Markdown report of every example (examples/*.dot,
# examples/*.drawio) and of the injection corpus (tests/data/md-*.dot) is
# byte-identical to its golden file in tests/golden/md/<file name>.md.
# TMC_UPDATE_GOLDEN=1 rewrites the golden files instead of comparing.
set -eu
: "${TMC_SOURCE_DIR:?}" "${TMC_BINARY:?}"
cd "$TMC_SOURCE_DIR"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0
n=0
for input in examples/*.dot examples/*.drawio tests/data/md-*.dot; do
  [ -f "$input" ] || continue
  name=$(basename "$input")
  golden="tests/golden/md/$name.md"
  # Run twice: the same input must give the same bytes.
  "$TMC_BINARY" -q "$input" -o "$tmp/a.md" || { echo "md_golden: tmc failed on $input"; status=1; continue; }
  "$TMC_BINARY" -q "$input" -o "$tmp/b.md"
  if ! cmp -s "$tmp/a.md" "$tmp/b.md"; then
    echo "md_golden: $input: two runs gave different bytes"
    status=1
  fi
  if [ "${TMC_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$tmp/a.md" "$golden"
    echo "md_golden: updated $golden"
  elif [ ! -f "$golden" ]; then
    echo "md_golden: $golden is missing (run with TMC_UPDATE_GOLDEN=1)"
    status=1
  elif ! diff -u "$golden" "$tmp/a.md"; then
    echo "md_golden: $input: report differs from $golden (TMC_UPDATE_GOLDEN=1 to accept)"
    status=1
  fi
  n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "md_golden: no example found"; exit 1; }
exit $status
