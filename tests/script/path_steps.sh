#!/bin/sh
# path_steps.sh - every report tells each attack path as the same kill chain
# (issue #16): on every example, the technique the paths pass named for each
# hop of path 1 is the same in the Markdown (" — Tactic: [ID …]" on the hop
# line), in SARIF (each threadFlowLocation's properties.technique, with the
# tactic among its kinds) and in the SVG's path tooltip ("[Tactic: ID …]");
# SARIF's properties.rank of every path result is its path number (the N of
# "Path N" and "Attack path N"); and at least one example names a technique
# on every hop after the entry.
#
# Each output is reduced to one line "t1 t2 ...", "-" for a hop with none.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

md_steps() {
  awk '
    /^### Path 1\\?:/ { inpath = 1; next }
    /^### / || /^## / { if (inpath) exit; next }
    inpath && /^[0-9]+\. / {
      t = "-"
      if (match($0, / — [^\[]*\[(AML\.[A-Z0-9.]+|CAPEC-[0-9]+)/)) {
        s = substr($0, RSTART, RLENGTH); sub(/.*\[/, "", s); t = s
      }
      out = out (out == "" ? "" : " ") t
    }
    END { print out }' "$1"
}

# The SARIF result of path 1: hops in executionOrder, each with its
# technique when it has one; the result's properties.rank and
# properties.path.number come after its codeFlows.
sarif_steps() {
  awk '
    /"codeFlows": \[/ { out = ""; last = "" }
    /"executionOrder": / { out = out (out == "" ? "" : " ") "-" }
    /"technique": "/ {
      s = $0; sub(/^[^:]*: "/, "", s); sub(/".*$/, "", s)
      sub(/-$/, "", out); sub(/ $/, "", out); out = out (out == "" ? "" : " ") s
    }
    /^            "rank": / { r = $2; sub(/,$/, "", r) }
    /"number": / { n = $2; sub(/,$/, "", n); if (r != n) print "RANK " r " != NUMBER " n; if (n == 1) print out; r = "" }' "$1"
}

svg_steps() {
  grep -o '<title>Attack path 1 ([^<]*' "$1" | awk '{
    n = split($0, l, /&#10;/)
    for (i = 2; i <= n; i++) {
      if (l[i] !~ /^[0-9]+\. /) continue
      t = "-"
      if (match(l[i], /\[[^]]*(AML\.[A-Z0-9.]+|CAPEC-[0-9]+)/)) {
        s = substr(l[i], RSTART, RLENGTH); sub(/.* /, "", s); sub(/.*\[/, "", s); t = s
      }
      out = out (out == "" ? "" : " ") t
    }
    print out
  }'
}

fail=0 ran=0 full=0
for f in "$src"/examples/*.dot "$src"/examples/*.drawio; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  "$tmc" -q "$f" -o "$work/r.md" -o "$work/r.svg" -o "$work/r.sarif" 2>"$work/err" ||
    { echo "FAIL $name: tmc failed"; cat "$work/err"; fail=1; continue; }
  md=$(md_steps "$work/r.md")
  [ -n "$md" ] || continue
  ran=$((ran + 1))
  sarif=$(sarif_steps "$work/r.sarif")
  svg=$(svg_steps "$work/r.svg")
  case "$sarif" in *RANK*) echo "FAIL $name: $sarif" | head -3; fail=1 ;; esac
  sarif=$(printf '%s\n' "$sarif" | grep -v RANK | head -1)
  [ "$md" = "$sarif" ] || { echo "FAIL $name: Markdown path 1 steps '$md', SARIF '$sarif'"; fail=1; }
  [ "$md" = "$svg" ] || { echo "FAIL $name: Markdown path 1 steps '$md', SVG '$svg'"; fail=1; }
  case " ${md#* } " in *" - "*) ;; *) [ "$md" != "${md#* }" ] && full=$((full + 1)) ;; esac
done
[ "$ran" -gt 0 ] || { echo "FAIL: no example has a path"; exit 1; }
[ "$full" -gt 0 ] || { echo "FAIL: no example's path 1 names a technique on every hop"; fail=1; }
[ "$fail" -eq 0 ] && echo "path_steps: $ran examples agree on path 1's kill chain ($full with a technique on every hop)"
exit "$fail"
