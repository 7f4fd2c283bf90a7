#!/bin/sh
# hop_techniques.sh - a hop names every further technique that applies to it,
# in every report: a quiz app's players (anyone may sign up) whose thumbs and
# "wrong answer" flags become the labels a weekly job retrains a model on
# take their first hop both crafting what they send (AML.T0043.004) and
# opening the accounts to send it in bulk (AML.T0021, `beside: true` in
# goals.yaml's hop_techniques). Markdown lists both on the hop line, the SVG
# path tooltip gives both on the hop, SARIF's threadFlowLocation properties
# give alsoTechnique and alsoTechnique2, JSON also_technique and
# also_technique_2.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cat >"$work/quiz.dot" <<'DOT'
digraph g {
  players [shape=box, label="Players (public sign-up)"];
  subgraph cluster_q { label="Quiz backend (Hetzner)"; trust=2;
    qapi [label="Quiz API (Rails)"];
    flags [shape=cylinder, label="Answer flags and thumbs (Postgres)"];
    tune [label="Weekly difficulty retrain job", type=pipeline];
    diff [label="Question difficulty model", type=model]; }
  players -> qapi [label="thumbs up/down, 'wrong answer' flags"];
  qapi -> flags [label="flag rows"]; flags -> tune [label="labels"];
  tune -> diff [label="new model"]; qapi -> diff [label="player id"];
  diff -> qapi [label="next questions"];
}
DOT
"$tmc" -q "$work/quiz.dot" -o "$work/r.md" -o "$work/r.svg" -o "$work/r.sarif" \
  -o "$work/r.json" || { echo "FAIL: tmc failed"; exit 1; }
fail=0
grep -q '^[0-9]*\. .*AML\.T0043\.004 .*, and Resource Development: \[AML\.T0021 ' "$work/r.md" ||
  { echo "FAIL: no Markdown hop names AML.T0043.004 and then AML.T0021"; fail=1; }
grep -o '<title>Attack path [^<]*' "$work/r.svg" | sed 's/&#10;/\n/g' |
  grep -q 'AML\.T0043\.004[^[]*\] \[Resource Development: AML\.T0021 Establish Accounts\]' ||
  { echo "FAIL: no SVG path tooltip hop names AML.T0043.004 and AML.T0021"; fail=1; }
grep -A3 '"alsoTechnique": "AML.T0043.004"' "$work/r.sarif" |
  grep -q '"alsoTechnique2": "AML.T0021"' ||
  { echo "FAIL: no SARIF threadFlowLocation has alsoTechnique2 AML.T0021"; fail=1; }
grep -q '"also_technique": "AML.T0043.004", "also_tactic_2": "Resource Development", "also_technique_2": "AML.T0021"' "$work/r.json" ||
  { echo "FAIL: no JSON hop has also_technique_2 AML.T0021"; fail=1; }
[ "$fail" -eq 0 ] && echo "ok: a hop names both further techniques in md, svg, sarif and json"
exit "$fail"
