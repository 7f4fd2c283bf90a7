#!/bin/sh
# report_links.sh - links that lead somewhere (issue #18 item 4): when the
# Markdown or HTML report is written in the same run as the SVG, every badge
# of the SVG links to a section of that report (report.md#el-..., or
# report.html#...), and every such fragment is an anchor the report has;
# with both written, the HTML wins; alone, the SVG's badges link knowledge-
# base pages. Inside the HTML report, every "#..." link names an id of the
# page. On every example, DOT and draw.io.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
bad() {
  echo "report_links: FAIL: $*"
  fail=1
}
# fragments FILE PREFIX: the fragments of href="PREFIX#..." in FILE, one a line.
fragments() {
  grep -o "href=\"$2#[A-Za-z0-9_-]*\"" "$1" | sed "s|^href=\"$2#||; s|\"\$||" | sort -u
}
for ex in "$src"/examples/*.dot "$src"/examples/*.drawio; do
  name=$(basename "$ex")
  mkdir -p "$work/out"
  "$tmc" -q "$ex" -o "$work/out/r.md" -o "$work/d.svg" || bad "$name: tmc failed"
  n=0
  for f in $(fragments "$work/d.svg" out/r.md); do
    n=$((n + 1))
    grep -q "<a id=\"$f\"></a>" "$work/out/r.md" || bad "$name: d.svg links out/r.md#$f, not in the report"
  done
  [ "$n" -gt 0 ] || bad "$name: no badge links the Markdown report"
  "$tmc" -q "$ex" -o "$work/out/r.md" -o "$work/out/r.html" -o "$work/d.svg" || bad "$name: tmc failed"
  [ -z "$(fragments "$work/d.svg" out/r.md)" ] || bad "$name: with HTML too, badges still link Markdown"
  n=0
  for f in $(fragments "$work/d.svg" out/r.html); do
    n=$((n + 1))
    grep -q " id=\"$f\"" "$work/out/r.html" || bad "$name: d.svg links out/r.html#$f, not in the page"
  done
  [ "$n" -gt 0 ] || bad "$name: no badge links the HTML report"
  for f in $(fragments "$work/out/r.html" ""); do
    grep -q " id=\"$f\"" "$work/out/r.html" || bad "$name: r.html links #$f, not in the page"
  done
  "$tmc" -q "$ex" -o "$work/d.svg" || bad "$name: tmc failed"
  ! grep -q 'href="[^h"][^"]*#' "$work/d.svg" || bad "$name: SVG alone links a report"
  rm -rf "$work/out"
done
[ "$fail" -eq 0 ] && echo "report_links: ok"
exit "$fail"
