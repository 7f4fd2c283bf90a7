#!/bin/sh
# context.sh - --context on the command line (issue #20 item 3): the shipped
# MLOps split (examples/platform-team/) analysed as a team would, in Markdown
# and SARIF; a missing, broken or repeated --context is a clear error that
# names it; batches (-j) read the context once and give each team what a
# serial run gives. What the split finds is tests/unit/test_context.c's.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
no() { echo "context: $*"; fail=1; }
ex="$src/examples/platform-team"

"$tmc" -q "$ex/order-routing.dot" --context "$ex/mlops-platform.dot" \
  -o "$work/team.md" -o "$work/team.sarif" 2>"$work/err" || no "the team's run failed: $(cat "$work/err")"
"$tmc" -q "$ex/mlops-platform.dot" -o "$work/platform.sarif" 2>/dev/null || no "the platform's run failed"
grep -q '^\*\*Platform context:\*\* read with .*mlops-platform\.dot' "$work/team.md" ||
  no "the Markdown summary does not say which platform it was read with"
grep -q 'Diagram id: registry (the platform.s: .*mlops-platform\.dot line [0-9]' "$work/team.md" ||
  no "a platform element's section does not say it is the platform's"
"$tmc" -q "$ex/order-routing.dot" --context "$ex/mlops-platform.dot" -o "$work/team.html" ||
  no "the team's HTML failed"
grep -q 'the platform.s (.*mlops-platform\.dot line [0-9]*): what this diagram adds' "$work/team.html" ||
  no "a platform element's HTML section does not say it is the platform's"
# The platform's own findings are in its report, not the team's.
grep -q 'TMC-MLOPS-001' "$work/platform.sarif" || no "the platform's report lost TMC-MLOPS-001"
grep -q 'TMC-MLOPS-001' "$work/team.sarif" && no "the team's SARIF repeats the platform's TMC-MLOPS-001"
grep -q '"TMC-DISC-002"' "$work/team.sarif" || no "the team's SARIF lost its own finding on the orders DB"
[ -s "$work/err" ] && no "warnings on the shipped split: $(cat "$work/err")"
# SARIF: a finding on a platform element points at the platform's file (its
# second artifact), one on the team's own at the team's.
awk '/"uri":/ { uri = $2 } /"index":/ { idx = $2 } /"fullyQualifiedName":/ { print $2, uri, idx }' \
  "$work/team.sarif" | tr -d '",' >"$work/where"
grep -q '^features examples/platform-team/mlops-platform.dot 1$' "$work/where" ||
  no "a finding on the platform's feature store is not located in the platform's file: $(grep features "$work/where" | head -2)"
grep -q '^orders examples/platform-team/order-routing.dot 0$' "$work/where" ||
  no "a finding on the team's orders DB is not located in the team's file: $(grep orders "$work/where" | head -2)"
[ "$(grep -c '"analysisTarget"' "$work/team.sarif")" -eq 1 ] || no "the team's SARIF names more than one analysis target"
grep -q '"uri": "examples/platform-team/mlops-platform.dot",' "$work/team.sarif" || no "the platform's file is not an artifact of the team's SARIF"

# A missing context: an I/O error naming --context; a broken one: bad input.
"$tmc" -q "$ex/order-routing.dot" --context "$work/nope.dot" -o "$work/x.md" 2>"$work/err"
s=$?
[ "$s" -eq 74 ] || no "a missing --context exited $s, want 74"
grep -q 'nope.dot.*cannot open' "$work/err" && grep -q -- '--context diagram could not be read' "$work/err" ||
  no "a missing --context is not named: $(cat "$work/err")"
[ -e "$work/x.md" ] && no "a report was written despite a missing --context"
printf 'digraph broken { a -> \n' >"$work/broken.dot"
"$tmc" -q "$ex/order-routing.dot" --context "$work/broken.dot" -o "$work/x.md" 2>"$work/err"
s=$?
[ "$s" -eq 2 ] || no "a broken --context exited $s, want 2"
grep -q 'broken.dot' "$work/err" && grep -q -- '--context diagram could not be read' "$work/err" ||
  no "a broken --context is not named: $(cat "$work/err")"
"$tmc" -q "$ex/order-routing.dot" --context a.dot --context b.dot -o "$work/x.md" 2>"$work/err"
s=$?
[ "$s" -eq 64 ] || no "two --context exited $s, want 64"

# A batch reads the context once; each team's report is the serial one.
cp "$ex/order-routing.dot" "$work/dot-team.dot"
cp "$ex/order-routing.mmd" "$work/mmd-team.mmd"
"$tmc" -q "$work/dot-team.dot" "$work/mmd-team.mmd" --context "$ex/mlops-platform.dot" \
  --srcroot "$work" --outdir "$work/par" -T sarif -j 2 || no "the -j batch failed"
"$tmc" -q "$work/dot-team.dot" --context "$ex/mlops-platform.dot" --srcroot "$work" \
  --outdir "$work/ser" -T sarif || no "the serial run failed"
cmp -s "$work/par/dot-team.dot.sarif" "$work/ser/dot-team.dot.sarif" ||
  no "a -j batch with --context differs from a serial run"
[ -s "$work/par/mmd-team.mmd.sarif" ] || no "the Mermaid team got no report in the batch"
# The platform among the inputs of a --context batch gets its own report,
# the one it gets alone.
cp "$ex/mlops-platform.dot" "$work/platform.dot"
"$tmc" -q "$work/platform.dot" "$work/dot-team.dot" --context "$work/platform.dot" \
  --srcroot "$work" --outdir "$work/mixed" -T sarif || no "the mixed batch failed"
"$tmc" -q "$work/platform.dot" --srcroot "$work" --outdir "$work/alone" -T sarif || no "the platform alone failed"
cmp -s "$work/mixed/platform.dot.sarif" "$work/alone/platform.dot.sarif" ||
  no "the platform read with itself as --context lost its own findings"
exit $fail
