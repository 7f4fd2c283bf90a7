#!/bin/sh
# OTM out and back (issue #19): every shipped example (DOT and draw.io), a
# draw.io line and a Threat Dragon curve (tests/frontends/) and the shared
# corpus's Threat Dragon models,
# exported with -o model.otm and read back gives the same findings (rule,
# target kind, target name) and the same elements, zones and trust, and its
# export exported again gives the same bytes (two-diagrams.json: a Threat
# Dragon model of two diagrams, each with its own curve over the other's
# flows' coordinates, keeps each curve on its page); and an
# OTM file exported and exported again gives the same bytes (the shop model
# of tests/frontends/, and the OTM files of the shared corpus when present).
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
    /^  "[a-z_]+": /      { sec = ""; next }
    sec == "b" && /^      "index": / { bi = num($0) }
    sec == "b" && /^      "label": / { blabel[bi] = str($0) }
    sec == "e" && /^      "label": / { label = str($0) }
    sec == "e" && /^      "kind": /  { kind = str($0) }
    sec == "e" && /^      "boundary": / { b = num($0); bl = (b == "null") ? "-" : blabel[b] }
    sec == "e" && /^      "trust": / { print "element  " label " " kind " [" bl "] " num($0) }
    sec == "x" && /^      "rule": /  { rule = str($0) }
    sec == "x" && /^      "target_kind": / { tk = str($0) }
    sec == "x" && /^      "target_name": / { tn = str($0) }
    sec == "x" && /^      "status": / { print "finding  " rule " " tk " " tn " " str($0) }
  ' "$1" | LC_ALL=C sort
}

n=0 failed=0
# Boundary lines (a draw.io line, a Threat Dragon curve) are crossed by
# geometry: the export carries it, or their findings would not come back.
set -- examples/*.dot examples/*.drawio tests/frontends/lines.drawio tests/frontends/curve.json \
  tests/frontends/two-diagrams.json
corpus=${TMC_SHARED_DIR:-}/corpus/frontends
[ -d "$corpus" ] && set -- "$@" "$corpus"/*.json
for f in "$@"; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  name=$(basename "$f")
  if ! "$tmc" -q "$f" -o "$work/$name.otm" 2>"$work/err" ||
    ! "$tmc" -q "$f" --dump-ir >"$work/a.json" 2>"$work/err"; then
    echo "FAIL $f: no export"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  if ! "$tmc" -q "$work/$name.otm" -o "$work/$name.2.otm" 2>"$work/err" ||
    ! "$tmc" -q "$work/$name.otm" --dump-ir >"$work/b.json" 2>"$work/err"; then
    echo "FAIL $f: the export does not read back"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  reduce "$work/a.json" >"$work/a.txt"
  reduce "$work/b.json" >"$work/b.txt"
  if ! grep -q '^finding ' "$work/a.txt"; then
    echo "FAIL $f: the reduction found no findings (dump layout changed?)"; failed=$((failed + 1)); continue
  fi
  if ! diff -u "$work/a.txt" "$work/b.txt"; then
    echo "FAIL $f: read back from OTM, the model or findings differ (- original, + OTM)"
    failed=$((failed + 1))
  elif ! cmp -s "$work/$name.otm" "$work/$name.2.otm"; then
    # A model of several diagrams too: each item names its page (tmc.page).
    echo "FAIL $f: the export of the export differs"; failed=$((failed + 1))
  else
    echo "ok   $f: $(grep -c '^finding ' "$work/a.txt") findings agree through OTM"
  fi
done
set -- tests/frontends/shop.otm
corpus=${TMC_SHARED_DIR:-}/corpus/frontends
[ -d "$corpus" ] && set -- "$@" "$corpus"/*.otm "$corpus"/*startleft*.yaml "$corpus"/*otm-test-model.json
for f in "$@"; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  if "$tmc" -q "$f" -o "$work/out.otm" 2>"$work/err" &&
    "$tmc" -q "$work/out.otm" -o "$work/again.otm" 2>>"$work/err" &&
    cmp -s "$work/out.otm" "$work/again.otm"; then
    echo "ok   $(basename "$f"): out.otm and again.otm are the same bytes"
  else
    echo "FAIL $(basename "$f"): the round trip is not byte-identical"; cat "$work/err"
    failed=$((failed + 1))
  fi
done
echo "otm round trip: $n files, $failed failed"
[ "$failed" -eq 0 ]
