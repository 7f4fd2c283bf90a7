#!/bin/sh
# --baseline: an unchanged or reordered diagram has nothing new; renaming an
# element makes its findings new and the old ones gone; --fail-on gates on new
# findings only; SARIF carries baselineState; a threat grouped into another
# (docs/risk.md, "Grouping") is neither gone while stated nor, once new or
# gone, hidden by an unchanged lead; a broken baseline is an error at its
# file and line.
set -eu
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work"
cat >d.dot <<'DOT'
digraph d {
  user [shape=box, label="Customer"];
  subgraph cluster_app { label="Internal"; api [label="API"]; db [shape=cylinder, label="DB", data="pii"]; }
  user -> api [protocol=http];
  api -> db;
}
DOT
"$tmc" -q d.dot -o base.sarif
[ -s base.sarif ]

# Same diagram: nothing new, nothing gone, the gate stays open.
"$tmc" -q d.dot --baseline base.sarif --fail-on low -o same.sarif -o same.md
grep -q '"baselineState": "unchanged"' same.sarif || { echo "no unchanged results"; exit 1; }
! grep -q '"baselineState": "new"' same.sarif || { echo "new results in an unchanged diagram"; exit 1; }
grep -q '^0 new open findings, [1-9][0-9]* unchanged, 0 gone' same.md || { echo "markdown baseline summary wrong:"; grep -A2 'Since the baseline' same.md; exit 1; }

# Reordered statements: still nothing new.
cat >d.dot <<'DOT'
digraph d {
  api -> db;
  subgraph cluster_app { label="Internal"; db [shape=cylinder, label="DB", data="pii"]; api [label="API"]; }

  user -> api [protocol=http];
  user [shape=box, label="Customer"];
}
DOT
"$tmc" -q d.dot --baseline base.sarif --fail-on low -o moved.sarif
! grep -q '"baselineState": "new"' moved.sarif || { echo "reordering made findings new"; exit 1; }

# Renamed element: its findings are new, the old ones gone, the gate closes.
sed 's/user/client/g' d.dot >r.dot
cp r.dot d.dot
set +e
"$tmc" d.dot --baseline base.sarif --fail-on low -o new.sarif -o new.md 2>err.txt
st=$?
set -e
[ "$st" -eq 1 ] || { echo "--fail-on with new findings exited $st, want 1"; cat err.txt; exit 1; }
grep -q '"baselineState": "new"' new.sarif || { echo "no new results after a rename"; exit 1; }
grep -q 'gone since the baseline' err.txt || { echo "summary line does not count gone findings"; cat err.txt; exit 1; }
grep -q '^Gone since the baseline' new.md || { echo "markdown does not list gone findings"; exit 1; }
# (the customer's weak login is said of the pair user/api: renaming an end
# makes it gone too, named by its flow)
grep -q '| TMC-SPOOF-002 | user -&gt; api |' new.md || { echo "markdown does not name the gone target"; exit 1; }
# Without new findings at the threshold the gate stays open: the baseline
# absorbs the old ones.
"$tmc" -q d.dot --baseline new.sarif --fail-on low -T md -o /dev/null

# A file name that SARIF must percent-encode still matches its own baseline.
weird='we ird#dir?a%20b c.dot'
cp d.dot "$weird"
"$tmc" -q "$weird" -o weird.sarif
"$tmc" -q "$weird" --baseline weird.sarif --fail-on low -T md -o /dev/null ||
  { echo "a percent-encoded file name broke baseline matching"; exit 1; }

# A threat grouped into a related one when its target passes 8 open findings
# (docs/risk.md, "Grouping") is not gone: six rules on one flow, then a
# seventh of the same family, which groups the seven into one finding.
rules() { # N: a catalog of N injection-family rules on zzv flows
  echo "rules:"
  i=0
  for cwe in CWE-79 CWE-89 CWE-22 CWE-78 CWE-77 CWE-611 CWE-918; do
    i=$((i + 1))
    [ "$i" -le "$1" ] || break
    printf '  - id: ZV-%s\n    title: Crowd %s\n    applies_to: [flow]\n' "$i" "$i"
    printf '    when: protocol == zzv\n    stride: [T]\n    cwe: [%s]\n' "$cwe"
    printf '    likelihood: 3\n    impact: %s\n' "$((1 + i % 4))"
  done
}
# (the customer signs in with MFA: its login finding is closed, and the
# flow holds the built-in rules' two open findings beside the crowd's)
cat >g.dot <<'DOT'
digraph g {
  user [shape=box, label="Customer", controls="mfa"];
  subgraph cluster_app { label="Internal"; api [label="API"]; }
  user -> api [protocol=zzv];
}
DOT
rules 6 >six.yaml
rules 7 >seven.yaml
"$tmc" -q g.dot --catalog six.yaml -o six.sarif
! grep -q '"grouped"' six.sarif || { echo "8 findings on a flow were grouped"; exit 1; }
"$tmc" -q g.dot --catalog seven.yaml --baseline six.sarif -o seven.sarif -o seven.md
grep -q '"grouped"' seven.sarif || { echo "9 findings on a flow were not grouped"; exit 1; }
grep -q ', and [0-9] related threats (injection' seven.md ||
  { echo "markdown does not say what was grouped"; exit 1; }
grep -q ' 0 gone' seven.md ||
  { echo "grouped threats counted gone:"; grep -A3 'Since the baseline' seven.md; exit 1; }
# The seventh threat is new although the group's lead is not: the finding
# that states it counts new (the new findings, --fail-on), and the others
# that were there before do not.
grep -q '^1 new open finding,' seven.md ||
  { echo "a new threat grouped into an old one is not new:"; grep -A3 'Since the baseline' seven.md; exit 1; }
# Nothing is new against a baseline that grouped the same threats, also when
# another member leads the group now (its fingerprint was none of the
# baseline's results: it was stated inside one).
"$tmc" -q g.dot --catalog seven.yaml --baseline seven.sarif --fail-on low -T md -o /dev/null ||
  { echo "a grouped finding is new against its own report"; exit 1; }
sed 's/impact: 2$/impact: 5/' seven.yaml >lead.yaml
"$tmc" -q g.dot --catalog lead.yaml --baseline seven.sarif --fail-on low -o lead.md ||
  { echo "a member that leads its group now counts new:"; grep -A6 'Since the baseline' lead.md; exit 1; }
# Back to six rules: the group is gone, its members stand alone again (not
# new) and the seventh, which only the group stated, is gone.
"$tmc" -q g.dot --catalog six.yaml --baseline seven.sarif -o back.md
grep -q '^0 new open findings, [0-9]* unchanged, 1 gone' back.md ||
  { echo "a grouped threat that went is not gone:"; grep -A8 'Since the baseline' back.md; exit 1; }
grep -q '^| ZV-7 | user -&gt; api | Grouped into ZV-' back.md ||
  { echo "the gone member is not named:"; grep -A8 'Since the baseline' back.md; exit 1; }
# The lower-ranked rest of a target (no family left) joins the last finding
# shown: a new one among them is new too. Rules citing no family.
plain() { # N: N rules of no family on zzv flows
  echo "rules:"
  i=0
  while [ "$i" -lt "$1" ]; do
    i=$((i + 1))
    printf '  - id: ZP-%s\n    title: Plain %s\n    applies_to: [flow]\n' "$i" "$i"
    printf '    when: protocol == zzv\n    stride: [R]\n'
    printf '    likelihood: 2\n    impact: %s\n' "$((i < 5 ? 6 - i : 1))"
  done
}
plain 6 >p6.yaml
plain 7 >p7.yaml
"$tmc" -q g.dot --catalog p6.yaml -o p6.sarif
"$tmc" -q g.dot --catalog p7.yaml --baseline p6.sarif -o p7.sarif -o p7.md
grep -q ', and [0-9] lower-ranked threat' p7.md || { echo "the rest were not grouped"; exit 1; }
grep -q '^1 new open finding,' p7.md ||
  { echo "a new threat in the lower-ranked rest is not new:"; grep -A3 'Since the baseline' p7.md; exit 1; }
"$tmc" -q g.dot --catalog p7.yaml --baseline p7.sarif --fail-on low -T md -o /dev/null ||
  { echo "the lower-ranked rest is new against its own report"; exit 1; }
"$tmc" -q g.dot --catalog p6.yaml --baseline p7.sarif -o p6.md
grep -q '^0 new open findings, [0-9]* unchanged, 1 gone' p6.md &&
  grep -q '^| ZP-7 | user -&gt; api | Grouped into ZP-' p6.md ||
  { echo "a threat of the lower-ranked rest that went is not gone:"; grep -A8 'Since the baseline' p6.md; exit 1; }

# A broken baseline is an input error with its location.
printf '{"runs": [\n  {"results": [}\n' >bad.sarif
set +e
"$tmc" -q d.dot --baseline bad.sarif -T md -o out.md 2>err.txt
st=$?
set -e
[ "$st" -eq 2 ] || { echo "broken baseline exited $st, want 2"; exit 1; }
grep -q '^bad.sarif:2:' err.txt || { echo "broken baseline not located:"; cat err.txt; exit 1; }
[ ! -e out.md ] || { echo "report written despite a broken baseline"; exit 1; }
exit 0
