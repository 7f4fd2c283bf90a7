#!/bin/sh
# labelled.sh - scores tmc on the labelled set (tests/labelled/README.md):
# kinds, names, assets, entry points and expected attack paths against truth
# files written by a reader. The means must not fall below
# tests/labelled/floors (a ratchet that issue #14 raises to its targets).
# Diagrams from ../shared/corpus are skipped where that folder is absent; the
# diagrams of our own under tests/labelled/own/ and tests/labelled/heldout/
# always run.
set -eu
: "${TMC_SOURCE_DIR:?}" "${TMC_BUILD_DIR:?}"
cd "$TMC_SOURCE_DIR"
score="$TMC_BUILD_DIR/tests/tmc-labelscore"
set -- tests/labelled/*.truth tests/labelled/own/*.truth
present=""
for f in "$@"; do [ -f "$f" ] && present="$present $f"; done
[ -n "$present" ] || { echo "labelled: no truth files"; exit 77; }
# shellcheck disable=SC2086
"$score" --root "$TMC_SOURCE_DIR" --floors tests/labelled/floors $present
# Our own diagrams always run: they are held to their own floors too, so
# that they gate tmc where ../shared/corpus is absent.
tmp="${TMPDIR:-/tmp}/labelled-own.$$"
rc=0
"$score" --root "$TMC_SOURCE_DIR" --floors tests/labelled/own/floors \
  tests/labelled/own/*.truth >"$tmp" 2>&1 || rc=$?
sed -n 's/^\(mean\|.*below\)/own: \1/p' "$tmp"
rm -f "$tmp"
[ "$rc" -eq 0 ] || exit "$rc"
# The held-out diagrams are scored apart, against their own floors once they
# have them, and only their mean is printed: a per-file line would show
# someone tuning rules what to tune to (tests/labelled/README.md).
held=""
for f in tests/labelled/heldout/*.truth; do [ -f "$f" ] && held="$held $f"; done
[ -n "$held" ] || exit 0
floors=""
[ -f tests/labelled/heldout/floors ] && floors="--floors tests/labelled/heldout/floors"
rc=0
# shellcheck disable=SC2086
"$score" --root "$TMC_SOURCE_DIR" $floors $held >"${TMPDIR:-/tmp}/labelled-held.$$" 2>&1 || rc=$?
sed -n 's/^\(mean\|.*below\)/held out: \1/p' "${TMPDIR:-/tmp}/labelled-held.$$"
rm -f "${TMPDIR:-/tmp}/labelled-held.$$"
exit "$rc"
