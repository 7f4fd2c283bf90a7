#!/bin/sh
# Every shipped example exists in both formats, and both give the same model:
# for each examples/NAME.dot there is an examples/NAME.drawio (and the other
# way round), and their --dump-ir reduced to
#   element  id kind boundary-label trust
#   crossing source-id target-id
#   finding  rule target-kind target-name
# is the same set of lines. The reduction is plain awk over the dump's fixed
# layout (one key per line), so the test needs no JSON tool.
set -u
tmc=${TMC_BINARY:?}
cd "${TMC_SOURCE_DIR:?}"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

reduce() {
  awk '
    function str(line) { sub(/^[^:]*: "/, "", line); sub(/",?$/, "", line); return line }
    function num(line) { sub(/^[^:]*: /, "", line); sub(/,$/, "", line); return line }
    /^  "boundaries": \[/ { sec = "b"; next }
    /^  "elements": \[/   { sec = "e"; next }
    /^  "flows": \[/      { sec = "f"; next }
    /^  "findings": \[/   { sec = "x"; next }
    /^  "(paths|cuts)": \[/ { sec = ""; next }
    sec == "b" && /^      "index": / { bi = num($0) }
    sec == "b" && /^      "label": / { blabel[bi] = str($0) }
    sec == "e" && /^      "id": /    { id = str($0) }
    sec == "e" && /^      "kind": /  { kind = str($0) }
    sec == "e" && /^      "boundary": / { b = num($0); bl = (b == "null") ? "-" : blabel[b] }
    sec == "e" && /^      "trust": / { print "element  " id " " kind " [" bl "] " num($0) }
    sec == "f" && /^      "source": / { src = str($0) }
    sec == "f" && /^      "target": / { dst = str($0) }
    sec == "f" && /^      "crossed": / { if ($0 !~ /\[\]/) print "crossing " src " " dst }
    sec == "x" && /^      "rule": /  { rule = str($0) }
    sec == "x" && /^      "target_kind": / { tk = str($0) }
    sec == "x" && /^      "target_name": / { print "finding  " rule " " tk " " str($0) }
  ' "$1" | LC_ALL=C sort
}

pairs=0 failed=0
for f in examples/*.dot examples/*.drawio; do
  [ -f "$f" ] || continue
  stem=${f%.*}
  if [ ! -f "$stem.dot" ] || [ ! -f "$stem.drawio" ]; then
    echo "FAIL $f has no twin (every example ships as NAME.dot and NAME.drawio)"
    failed=$((failed + 1))
  fi
done
for dot in examples/*.dot; do
  [ -f "$dot" ] || continue
  stem=${dot%.dot}
  drawio=$stem.drawio
  [ -f "$drawio" ] || continue
  pairs=$((pairs + 1))
  name=$(basename "$stem")
  if ! "$tmc" --dump-ir "$dot" >"$work/$name.dot.json" 2>"$work/err"; then
    echo "FAIL $dot does not compile"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  if ! "$tmc" --dump-ir "$drawio" >"$work/$name.drawio.json" 2>"$work/err"; then
    echo "FAIL $drawio does not compile"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  reduce "$work/$name.dot.json" >"$work/$name.dot.txt"
  reduce "$work/$name.drawio.json" >"$work/$name.drawio.txt"
  if ! grep -q '^element ' "$work/$name.dot.txt"; then
    echo "FAIL $name: the reduction found no elements (dump layout changed?)"
    failed=$((failed + 1)); continue
  fi
  if ! diff -u "$work/$name.dot.txt" "$work/$name.drawio.txt"; then
    echo "FAIL $name: $dot and $drawio differ (- DOT, + draw.io)"
    failed=$((failed + 1))
  else
    echo "ok   $name: $(grep -c '^element ' "$work/$name.dot.txt") elements," \
      "$(grep -c '^crossing ' "$work/$name.dot.txt") crossing flows," \
      "$(grep -c '^finding ' "$work/$name.dot.txt") findings agree"
  fi
done
echo "examples twins: $pairs pairs, $failed failed"
[ "$pairs" -gt 0 ] || exit 77
[ "$failed" -eq 0 ]
