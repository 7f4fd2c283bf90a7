#!/bin/sh
# html_scale.sh - a big diagram's HTML report stays within the SVG's cost and
# condenses like the Markdown report (issue #18): on a generated diagram
# above the condensing threshold (report.h) the HTML embeds the same
# picture (the grid layout) plus at most 100 element/flow sections, 100 zone
# sections and 100
# path sections, so it is at most the SVG's size plus a bounded part, and it
# says that it condensed. (100,000 elements, measured once: SVG 43.5 s,
# 1.15 GB peak, 286 MB; HTML 44.8 s, 1.15 GB, 297 MB; the analysis is most
# of both.)
set -u
tmc=${TMC_BINARY:?}
gen=$(dirname "$tmc")/bench/tmc-bench-gen
[ -x "$gen" ] || { echo "html_scale: SKIP: no $gen (TMC_BENCH=OFF)"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work"
"$gen" dot 3000 >big.dot
"$tmc" big.dot -o big.svg -o big.html 2>err || { echo "html_scale: FAIL: tmc"; cat err; exit 1; }
svg=$(wc -c <big.svg) html=$(wc -c <big.html)
sections=$(grep -c '<section class="target' big.html)
fail=0
[ "$html" -le $((svg + svg / 5 + 2000000)) ] ||
  { echo "html_scale: FAIL: HTML $html bytes for an SVG of $svg"; fail=1; }
[ "$sections" -le 300 ] || { echo "html_scale: FAIL: $sections target sections"; fail=1; }
grep -q 'A big diagram: this page has sections for the' big.html ||
  { echo "html_scale: FAIL: the HTML does not say it condensed"; fail=1; }
grep -q 'drawn on a simple grid' err ||
  { echo "html_scale: FAIL: no grid-layout note"; fail=1; }
[ "$fail" -eq 0 ] && echo "html_scale: ok (SVG $svg bytes, HTML $html, $sections sections)"
exit "$fail"
