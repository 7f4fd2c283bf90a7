#!/bin/sh
# blind.sh - scores tmc's analysis on the blind set (tests/blind/README.md):
# the findings, attack paths, kinds, assets and entry points a reviewer wrote
# down before tmc ever ran on those diagrams, the ids that must not appear,
# and whether each report can be read in one sitting. The totals must not
# fall below tests/blind/floors (a ratchet that issues #15 and #16 raise).
set -eu
: "${TMC_SOURCE_DIR:?}" "${TMC_BUILD_DIR:?}"
cd "$TMC_SOURCE_DIR"
set -- tests/blind/*.expect
[ -f "$1" ] || { echo "blind: no expectation files"; exit 77; }
exec "$TMC_BUILD_DIR/tests/tmc-blindscore" --root "$TMC_SOURCE_DIR" \
  --floors tests/blind/floors "$@"
