#!/bin/sh
# gate.sh - a tripped --fail-on says why: the findings that tripped it, one
# per line in compiler form (file:line: severity: title: target [RULE]), in
# line order, on stderr even under -q, then a count; with a baseline only the
# new ones; --format-diagnostics=github (or GITHUB_ACTIONS=true) prints them
# as ::error/::warning annotations, and diagnostics too.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
unset GITHUB_ACTIONS
cp "$src/examples/rag-chatbot.dot" x.dot

"$tmc" -q x.dot --fail-on high >out 2>err
[ $? -eq 1 ] || fail "--fail-on high did not trip"
[ ! -s out ] || fail "the gate wrote to stdout"
grep -Eq '^x\.dot:[0-9]+: (high|critical): .+ \[TMC-[A-Z]+-[0-9]+\]$' err || { fail "no finding in compiler form under -q"; cat err; }
! grep -Eq '^x\.dot:[0-9]+: (medium|low): ' err || fail "findings below the threshold listed"
n=$(grep -Ec '^x\.dot:[0-9]+: (high|critical): ' err)
grep -q "^tmc: x.dot: --fail-on high: $n open findings at or above high\$" err || { fail "no count line matching the $n findings listed"; tail -n 2 err; }
grep -E '^x\.dot:[0-9]+:' err | cut -d: -f2 >lines
sort -n -c lines 2>/dev/null || fail "tripped findings are not in line order"
grep -q 'TMC-LLM-002' err || fail "the issue's example finding is not listed"

# Not tripped: nothing under -q, status 0.
"$tmc" -q x.dot --fail-on critical --baseline /dev/null >out 2>err
"$tmc" -q x.dot -o base.sarif 2>/dev/null
"$tmc" -q x.dot --fail-on low --baseline base.sarif >out 2>err
[ $? -eq 0 ] || fail "an unchanged diagram tripped the gate against its baseline"
[ ! -s err ] || { fail "a gate that did not trip printed under -q"; cat err; }

# With a baseline, only the new findings are listed.
sed 's/^}$/  ext_new [shape=box, label="Contractor laptop"];\n  ext_new -> docs [label="bulk export", protocol=http];\n}/' x.dot >y.dot
grep -q ext_new y.dot || fail "sed did not add the flow"
cp y.dot x.dot
"$tmc" -q x.dot --fail-on low --baseline base.sarif >out 2>err
[ $? -eq 1 ] || fail "a new flow did not trip the gate"
grep -q 'new open finding' err || fail "the count does not say new"
! grep -Eq ': (critical|high|medium|low): .*Customer' err || fail "an unchanged finding on the customer listed"
grep -q 'Contractor laptop' err || { fail "the new finding is not listed"; cat err; }

# GitHub annotations: by option, and by environment; text wins when asked.
cp "$src/examples/rag-chatbot.dot" x.dot
"$tmc" -q x.dot --fail-on high --format-diagnostics=github >out 2>err
grep -Eq '^::error file=x\.dot,line=[0-9]+,title=TMC-[A-Z]+-[0-9]+ \((high|critical)\)::.+' err || { fail "no ::error annotation"; head -n 3 err; }
GITHUB_ACTIONS=true "$tmc" -q x.dot --fail-on high >out 2>err
grep -q '^::error file=x.dot,line=' err || fail "GITHUB_ACTIONS=true does not annotate"
GITHUB_ACTIONS=true "$tmc" -q x.dot --fail-on high --format-diagnostics=text >out 2>err
! grep -q '^::' err || fail "--format-diagnostics=text did not win over GITHUB_ACTIONS"
printf 'digraph g {\n  a -> b\n  c -> \n}\n' >bad.dot
"$tmc" -q bad.dot --format-diagnostics=github -o - -T md >out 2>err
grep -q '^::error file=bad.dot,line=4::' err || { fail "a diagnostic is not an annotation"; cat err; }
"$tmc" -q x.dot --format-diagnostics=xml -o - -T md >out 2>err
[ $? -eq 64 ] || fail "--format-diagnostics=xml accepted"

[ "$failed" -eq 0 ] || exit 1
echo "ok: a tripped gate lists its findings in compiler and GitHub form"
