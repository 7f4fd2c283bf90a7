#!/bin/sh
# sarif_github.sh - every example's SARIF passes ../shared/tools/sarif-validate
# --github (the OASIS schema plus what GitHub code scanning requires), with no
# warning other than GitHub's "only 10 tags are shown". Skips when ../shared or
# node/npm are absent.
set -eu
src=${TMC_SOURCE_DIR:?}
tmc=${TMC_BINARY:?}
check=${TMC_SHARED_DIR:-}/tools/sarif-validate
if [ -z "${TMC_SHARED_DIR:-}" ] || [ ! -f "$check" ]; then
  echo "skip: no \$TMC_SHARED_DIR/tools/sarif-validate"
  exit 77
fi
mods=$(sh "$src/tests/sarif/node-modules.sh" "$(dirname "$tmc")") || exit $?
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

n=0
for f in "$src"/examples/*.dot "$src"/examples/*.drawio; do
  [ -f "$f" ] || continue
  "$tmc" "$f" --srcroot "$src" -q -o "$tmp/$(basename "$f").sarif"
  n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "no examples found" >&2; exit 1; }

status=0
SARIF_VALIDATE_MODULES=$mods node "$check" --github "$tmp"/*.sarif >"$tmp/log" 2>&1 || status=$?
cat "$tmp/log"
[ "$status" -eq 0 ] || exit 1
if grep 'warning:' "$tmp/log" | grep -v 'more than 10 tags'; then
  echo "sarif-validate --github warned" >&2
  exit 1
fi
