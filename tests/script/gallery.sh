#!/bin/sh
# gallery.sh - README's gallery ("a cloud diagram drawn for people") quotes
# tmc's reading of draw.io's aws_10 template from ../shared/corpus (not copied
# here): the report's "Analysed" line and rows of its "Assumptions to
# confirm". This runs tmc on the same file and fails when the quoted line or
# a quoted row is no longer what tmc says (issue #14: the gallery stays true).
# Skipped when the corpus is absent.
set -u
tmc=${TMC_BINARY:?}
: "${TMC_SOURCE_DIR:?}"
name=jgraph__drawio-diagrams__aws_10.drawio.xml
corpus=${TMC_SHARED_DIR:-}/corpus
[ -f "$corpus/$name" ] || { echo "no $name in $corpus: skipped"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
(cd "$work" && cp "$corpus/$name" aws_10.drawio.xml &&
  "$tmc" -q aws_10.drawio.xml -o report.md 2>tmc.err) || { echo "FAIL: tmc on $name"; exit 1; }
readme="$TMC_SOURCE_DIR/README.md"
# The gallery's section of README, its quoted lines joined back into one.
awk '/^## Gallery: a cloud diagram drawn for people/{on=1; next} /^## /{on=0} on' "$readme" \
  >"$work/gallery"
[ -s "$work/gallery" ] || { echo "FAIL: README has no gallery section"; exit 1; }
status=0
# "> **Analysed:** (draw.io, ...) ..." over several quoted lines: the counts
# after the file name must be the report's.
quoted=$(sed -n '/^> \*\*Analysed:\*\*/,/^> \*\*Verdict/p' "$work/gallery" | grep -v Verdict |
  sed 's/^> //' | tr '\n' ' ' | sed 's/^\*\*Analysed:\*\* //; s/ *$//')
actual=$(grep '^\*\*Analysed:\*\*' "$work/report.md" | sed 's/^\*\*Analysed:\*\* [^ ]* //')
if [ "$quoted" != "$actual" ]; then
  echo "FAIL: README quotes 'Analysed: $quoted'"
  echo "      tmc says     'Analysed: $actual'"
  status=1
fi
# Every quoted Assumptions row names its reason ("Because") as the report
# does: the row's first two cells and its reason must appear in one row.
grep '^| Kind \|^| Entry point \|^| Asset \|^| Zone trust ' "$work/gallery" |
  while IFS='|' read -r _ what value _ because _; do
    what=$(echo "$what" | sed 's/^ *//; s/ *$//')
    value=$(echo "$value" | sed 's/^ *//; s/ *$//')
    because=$(echo "$because" | sed 's/^ *//; s/ *$//')
    if ! grep -F "| $what | $value |" "$work/report.md" | grep -qF "$because"; then
      echo "FAIL: no '$what | $value' row because '$because' in the report"
      exit 1
    fi
  done || status=1
[ "$status" -eq 0 ] && echo "gallery: README's aws_10 excerpt matches tmc"
exit "$status"
