#!/bin/sh
# score_floors.sh - the scorers' floors files (tests/score/common.h): a
# comment line of any length is a comment; an unknown or repeated measure is
# an error naming its line.
set -u
: "${TMC_SOURCE_DIR:?}" "${TMC_BUILD_DIR:?}"
cd "$TMC_SOURCE_DIR"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
score() { "$TMC_BUILD_DIR/tests/tmc-blindscore" --root . --floors "$1" tests/blind/coding_assistant.expect; }
status=0

long=$(printf '# a merge note %0400d' 0)
printf '%s\nfindings 0\n%s\nabsurd 99\n' "$long" "$long" >"$work/long"
score "$work/long" >"$work/out" 2>&1 || { echo "FAIL: a 400-character comment line"; cat "$work/out"; status=1; }

printf 'findings 0\nfindingz 0\n' >"$work/unknown"
if score "$work/unknown" >"$work/out" 2>&1; then echo "FAIL: an unknown measure passed"; status=1
elif ! grep -q "unknown:2: error" "$work/out"; then echo "FAIL: no file:line for an unknown measure"; cat "$work/out"; status=1; fi

printf 'findings 0\nfindings 0.5\n' >"$work/twice"
if score "$work/twice" >"$work/out" 2>&1; then echo "FAIL: a measure given twice passed"; status=1
elif ! grep -q "twice:2: error: 'findings' is already given above" "$work/out"; then echo "FAIL: no file:line for a repeated measure"; cat "$work/out"; status=1; fi

[ "$status" -eq 0 ] && echo "score_floors: ok"
exit "$status"
