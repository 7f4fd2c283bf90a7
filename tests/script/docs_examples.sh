#!/bin/sh
# The examples printed in docs/vocabulary.md are the files the tests run
# (docs/vocabulary/api.*), and both compile.
set -eu
tmc=${TMC_BINARY:?}
cd "${TMC_SOURCE_DIR:?}"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
awk '/^```dot$/{f=1;next} /^```$/{f=0} f' docs/vocabulary.md >"$work/api.dot"
awk '/^```xml$/{f=1;next} /^```$/{f=0} f' docs/vocabulary.md >"$work/api.drawio"
cmp -s "$work/api.dot" docs/vocabulary/api.dot || { echo "docs/vocabulary.md DOT block differs from docs/vocabulary/api.dot"; exit 1; }
cmp -s "$work/api.drawio" docs/vocabulary/api.drawio || { echo "docs/vocabulary.md XML block differs from docs/vocabulary/api.drawio"; exit 1; }
"$tmc" -q docs/vocabulary/api.dot -T json -o "$work/dot.json"
if "$tmc" --list-formats >/dev/null && "$tmc" -q docs/vocabulary/api.drawio -T json -o "$work/drawio.json" 2>"$work/err"; then
  :
else
  grep -q "not supported yet" "$work/err" && exit 0 # draw.io front end not there yet
  cat "$work/err"; exit 1
fi
