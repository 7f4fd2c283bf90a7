#!/bin/sh
# reports_independent.sh - a report's bytes do not depend on which other
# reports the run writes, nor on the order of the -o options: SARIF and JSON
# written alone, before and after the drawings (whose layout adds notes) are
# identical, and so is Markdown beside everything but the SVG and HTML it
# links to on purpose.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
drawn=$("$tmc" --list-formats | sed -n '2,/^$/p' | grep -v 'not implemented' | awk '{print $1}' |
  grep -x -e png -e pdf -e svg)
# A diagram past the graphviz limit: its layout adds notes (grid, large PNG).
{
  echo 'digraph big {'
  echo '  user [shape=box]; subgraph cluster_in { label="Internal";'
  i=0
  while [ $i -lt 120 ]; do echo "    s$i; d$i [shape=cylinder];"; i=$((i + 1)); done
  echo '  }'
  i=0
  while [ $i -lt 120 ]; do echo "  user -> s$i [protocol=http]; s$i -> d$i;"; i=$((i + 1)); done
  echo '}'
} >"big.dot"
for input in rag-chatbot.dot rag-chatbot.drawio big.dot; do
  [ -e "$input" ] || cp "$src/examples/$input" .
  cp "$input" "in.${input#*.}"
  i="in.${input#*.}"
  mkdir -p alone mixed reversed
  for f in sarif json md; do "$tmc" -q "$i" -o "alone/r.$f" 2>/dev/null || fail "$input: $f alone"; done
  set --
  for f in $drawn; do set -- "$@" -o "mixed/d.$f"; done
  "$tmc" -q "$i" "$@" -o mixed/r.sarif -o mixed/r.json 2>/dev/null || fail "$input: drawings first"
  set --
  for f in $drawn; do [ "$f" = svg ] || set -- "$@" -o "reversed/d.$f"; done
  "$tmc" -q "$i" -o reversed/r.json -o reversed/r.sarif -o reversed/r.md "$@" 2>/dev/null || fail "$input: drawings last"
  for f in sarif json; do
    cmp -s "alone/r.$f" "mixed/r.$f" || fail "$input: $f written after the drawings differs from $f alone"
    cmp -s "alone/r.$f" "reversed/r.$f" || fail "$input: $f before the drawings differs from $f alone"
  done
  cmp -s alone/r.md reversed/r.md || fail "$input: Markdown beside PNG/PDF differs from Markdown alone"
  rm -rf alone mixed reversed
done
[ "$failed" -eq 0 ] || exit 1
echo "ok: every report's bytes are independent of the other reports of the run"
