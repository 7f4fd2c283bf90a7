#!/bin/sh
# sarif_schema.sh - the SARIF of every example, and of a hostile diagram (quotes,
# control characters, invalid UTF-8, a file name with a space and '#'), is valid
# against the OASIS SARIF 2.1.0 schema shipped in tests/sarif/. Needs node and
# npm (skips without them), nothing from ../shared.
set -eu
src=${TMC_SOURCE_DIR:?}
tmc=${TMC_BINARY:?}
mods=$(sh "$src/tests/sarif/node-modules.sh" "$(dirname "$tmc")") || exit $?
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

n=0
for f in "$src"/examples/*.dot "$src"/examples/*.drawio; do
  [ -f "$f" ] || continue
  out="$tmp/$(basename "$f").sarif"
  "$tmc" "$f" --srcroot "$src" -q -o "$out"
  n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "no examples found" >&2; exit 1; }
# A team's SARIF read with --context names the platform's file as a second
# artifact (issue #20).
"$tmc" "$src/examples/platform-team/order-routing.dot" --context \
  "$src/examples/platform-team/mlops-platform.dot" --srcroot "$src" -q -o "$tmp/team-context.sarif"

# Hostile labels and ids; printf writes the raw bytes.
printf 'digraph "g\\"x" {\n  "a\\"b" [label="quote \\" back\\\\slash \001\037 </script> \377\300\257 \342\200\250 end"];\n  c [shape=cylinder, label="{\\"json\\": [1]}", data="pii"];\n  subgraph cluster_in { label="internal"; c; }\n  "a\\"b" -> c [label="x\\ny", protocol=http];\n}\n' >"$tmp/we ird#1.dot"
"$tmc" "$tmp/we ird#1.dot" --srcroot "$tmp" -q -o "$tmp/hostile.sarif"
grep -q 'we%20ird%231.dot' "$tmp/hostile.sarif"

NODE_PATH=$mods node "$src/tests/sarif/validate.js" "$tmp"/*.sarif

# The checker itself must bite: a region line of 0 breaks the schema's minimum.
grep -q '"startLine": [1-9]' "$tmp/hostile.sarif" || { echo "the hostile diagram produced no result" >&2; exit 1; }
sed 's/"startLine": [0-9]*/"startLine": 0/' "$tmp/hostile.sarif" >"$tmp/broken.json"
if NODE_PATH=$mods node "$src/tests/sarif/validate.js" "$tmp/broken.json" >/dev/null; then
  echo "validate.js accepted a SARIF file with startLine 0" >&2
  exit 1
fi
