#!/bin/sh
# sarif_golden.sh - the SARIF of every example matches its golden file in
# tests/golden/sarif/ (named after the example, e.g. rag-chatbot.dot.sarif),
# byte for byte except the absolute source root and tmc's version, which the
# test replaces by placeholders on both sides. Every example needs a golden;
# a golden without its example is stale. TMC_UPDATE_GOLDEN=1 rewrites them.
set -eu
src=${TMC_SOURCE_DIR:?}
tmc=${TMC_BINARY:?}
gold=$src/tests/golden/sarif
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The SRCROOT base URI is the only absolute path in the file; the driver's
# version lines are the only ones at that indentation.
normalize() {
  sed -e 's#"uri": "file://[^"]*"#"uri": "file:///SRCROOT/"#' \
    -e 's#^\(          "\(semanticVersion\|version\)": \)"[^"]*"#\1"VERSION"#' "$1"
}

fail=0
n=0
for f in "$src"/examples/*.dot "$src"/examples/*.drawio; do
  [ -f "$f" ] || continue
  name=$(basename "$f").sarif
  "$tmc" "$f" --srcroot "$src" -q -o "$tmp/$name"
  normalize "$tmp/$name" >"$tmp/$name.norm"
  n=$((n + 1))
  if [ "${TMC_UPDATE_GOLDEN:-}" = 1 ]; then
    mkdir -p "$gold"
    cp "$tmp/$name.norm" "$gold/$name"
    echo "updated $gold/$name"
  elif [ ! -f "$gold/$name" ]; then
    echo "missing golden $gold/$name (run with TMC_UPDATE_GOLDEN=1)" >&2
    fail=1
  elif ! diff -u "$gold/$name" "$tmp/$name.norm"; then
    echo "SARIF of $f differs from $gold/$name (TMC_UPDATE_GOLDEN=1 rewrites it)" >&2
    fail=1
  fi
  # Same input, same bytes.
  "$tmc" "$f" --srcroot "$src" -q -o "$tmp/again.sarif"
  cmp -s "$tmp/$name" "$tmp/again.sarif" || { echo "$f: output not deterministic" >&2; fail=1; }
done
[ "$n" -gt 0 ] || { echo "no examples found" >&2; exit 1; }
for g in "$gold"/*.sarif; do
  [ -f "$g" ] || continue
  ex=$src/examples/$(basename "$g" .sarif)
  [ -f "$ex" ] || { echo "stale golden $g: no $ex" >&2; fail=1; }
done
exit $fail
