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
set -- tests/labelled/*.truth tests/labelled/own/*.truth tests/labelled/heldout/*.truth
present=""
for f in "$@"; do [ -f "$f" ] && present="$present $f"; done
[ -n "$present" ] || { echo "labelled: no truth files"; exit 77; }
# shellcheck disable=SC2086
exec "$score" --root "$TMC_SOURCE_DIR" --floors tests/labelled/floors $present
