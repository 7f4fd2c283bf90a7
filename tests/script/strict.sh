#!/bin/sh
# strict.sh - --strict makes warnings errors, for CI: a diagram that warns is
# bad input (exit 2), its warnings print as errors, no report is written for
# it (an existing one stays as it was); a clean diagram passes; alone it is a
# check without reports; in a batch the other diagrams still get theirs.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
printf 'digraph t {\n  user [shape=box];\n  api;\n  user -> api [protocl=https];\n}\n' >typo.dot
printf 'digraph c {\n  user [shape=box];\n  api;\n  user -> api [protocol=https];\n}\n' >clean.dot

"$tmc" -q typo.dot -o r.md 2>err
[ $? -eq 0 ] || fail "without --strict a warning fails the run"
grep -q "typo.dot:4:16: warning: user -> api: unknown attribute 'protocl'" err || fail "no warning"

echo old >r.md
"$tmc" -q --strict typo.dot -o r.md 2>err
rc=$?
[ $rc -eq 2 ] || fail "--strict with a warning: exit $rc, want 2"
grep -q "typo.dot:4:16: error: user -> api: unknown attribute 'protocl' (ignored); did you mean 'protocol'?" err ||
  { fail "the warning is not an error"; cat err; }
grep -q "typo.dot: note: 1 warning treated as error (--strict): no report written" err ||
  { fail "no note saying why"; cat err; }
! grep -q "warning:" err || fail "a warning is left"
[ "$(cat r.md)" = old ] || fail "the report was replaced"

"$tmc" -q --strict clean.dot -o c.md 2>err
rc=$?
[ $rc -eq 0 ] || { fail "--strict on a clean diagram: exit $rc"; cat err; }
[ -s c.md ] || fail "--strict on a clean diagram wrote no report"

# Alone, a check: no report needed.
"$tmc" -q --strict clean.dot 2>err || fail "--strict alone on a clean diagram fails"
"$tmc" -q --strict typo.dot 2>err
[ $? -eq 2 ] || fail "--strict alone on a typo does not fail"

# A batch goes on past the diagram that warns.
"$tmc" -q --strict --outdir out typo.dot clean.dot 2>err
[ $? -eq 2 ] || fail "batch: exit is not 2"
[ -s out/clean.dot.md ] || fail "batch: the clean diagram got no report"
[ ! -e out/typo.dot.md ] || fail "batch: the diagram that warns got a report"

# GitHub annotations say error.
"$tmc" -q --strict --format-diagnostics=github typo.dot 2>err
grep -q "^::error file=typo.dot,line=4" err || { fail "github style: no ::error"; cat err; }
[ "$failed" -eq 0 ] || exit 1
echo "ok: --strict turns warnings into errors and writes no report"
