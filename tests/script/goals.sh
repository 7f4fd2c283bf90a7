#!/bin/sh
# Goals and chains are catalog data (catalogs/goals.yaml): --list-rules and
# --explain show the TMC-PATH ids reports cite; a user's --catalog can add a
# chain that changes the paths found, or override a built-in goal; a
# malformed goal is an error at file:line:col.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# --list-rules lists the goals among the rules, in id order.
"$tmc" --list-rules >rules.txt || fail "--list-rules failed"
for id in TMC-PATH-001 TMC-PATH-002 TMC-PATH-003 TMC-PATH-004; do
  grep -q "^$id " rules.txt || fail "--list-rules omits $id"
done
sort -c -k1,1 rules.txt 2>/dev/null || fail "--list-rules is not in id order"
grep -q '^TMC-PATH-002 .*Indirect prompt injection chain  \[path: chain\]$' rules.txt ||
  fail "--list-rules: TMC-PATH-002 line wrong"

# --explain prints a goal like a rule: target, hop patterns, ids.
"$tmc" --explain TMC-PATH-002 >explain.txt 2>err.txt || fail "--explain TMC-PATH-002 failed"
for want in 'TMC-PATH-002: Indirect prompt injection chain' 'Chain:       indirect prompt injection' \
  'Target:      kind == llm or kind == model' 'Hops:        any\* -> dfd == store' \
  'AML.T0051.001' 'LLM01:2025' 'AML.T0053 .*when an element after the entry: kind == agent_tool' \
  'Defined at:  catalogs/goals.yaml:'; do
  grep -q -- "$want" explain.txt || fail "--explain TMC-PATH-002 lacks '$want'"
done
"$tmc" --explain TMC-PATH-001 >explain1.txt || fail "--explain TMC-PATH-001 failed"
grep -q 'Impact:      the asset' explain1.txt || fail "--explain TMC-PATH-001: impact"
"$tmc" --explain NO-SUCH-1 >/dev/null 2>err.txt
[ $? -eq 64 ] || fail "--explain of an unknown id should exit 64"
grep -q "no rule or goal 'NO-SUCH-1'" err.txt || fail "--explain unknown: message"

# A small diagram with no asset: no goal targets anything, so no path.
# (An operator, no member of the public: the public's flood of the code it
# writes through is a path of its own, TMC-PATH-044.)
cat >d.dot <<'EOF'
digraph g {
  user [type=external, label="operator"];
  app;
  tool [type=agent_tool];
  user -> app;
  app -> tool;
}
EOF
"$tmc" d.dot -o base.json -q || fail "base run failed"
grep -q '"paths": \[\]' base.json || fail "base: expected no paths"

# A user chain that targets agent tools finds the path and names it.
cat >user.yaml <<'EOF'
goals:
  - id: ACME-PATH-001
    title: Tool takeover
    chain: tool takeover
    target: kind == agent_tool
    hops:
      - when: kind == external_entity
      - {optional: true, repeat: true}
      - {}
    stride: [E]
    atlas: [AML.T0053]
    impact: 4
EOF
"$tmc" --catalog user.yaml d.dot -o user.json -o user.md -q || fail "user chain run failed"
grep -q '"chain": "tool takeover"' user.json || fail "user chain: path not named"
grep -q '"rule": "ACME-PATH-001"' user.json || fail "user chain: no ACME-PATH-001 finding"
grep -qF 'Tool takeover\: operator to tool' user.md || fail "user chain: Markdown lacks the finding"
"$tmc" --catalog user.yaml --explain ACME-PATH-001 >/dev/null || fail "--explain a user goal"
"$tmc" --catalog user.yaml --list-rules | grep -q '^ACME-PATH-001 ' || fail "--list-rules: user goal"

# A hop pattern that does not match leaves the path unnamed, so dropped.
sed 's/when: kind == external_entity/when: kind == data_store/' user.yaml >nomatch.yaml
"$tmc" --catalog nomatch.yaml d.dot -o nomatch.json -q || fail "nomatch run failed"
grep -q '"paths": \[\]' nomatch.json || fail "a chain whose pattern fails still named a path"

# Overriding a built-in goal changes what reports say.
cat >override.yaml <<'EOF'
goals:
  - id: TMC-PATH-001
    title: Way in
    target: asset
    stride: [I]
EOF
printf 'digraph g {\n  u [type=external];\n  db [type=data_store, data=pii];\n  u -> db;\n}\n' >a.dot
"$tmc" --catalog override.yaml a.dot -o o.md -q || fail "override run failed"
grep -qF 'Way in\: u to db' o.md || fail "override: title not used"

# The backdoor chain's model sources are words.yaml's model_sources list, the
# one the cut sets read too: a word added there once names the chain.
cat >m.dot <<'EOF'
digraph g {
  mirror [type=external, label="Artifactory mirror"];
  subgraph cluster_ml { label=internal;
    train [type=pipeline, label="Training pipeline"];
    reg [type=model_registry, label="Model registry"];
    serve [type=model, label="Fraud model", sensitivity=confidential]; }
  mirror -> train -> reg -> serve;
}
EOF
cat >words.yaml <<'EOF'
words:
  model_sources: [artifactory]
EOF
"$tmc" m.dot -T json -o m0.json 2>/dev/null || fail "model source: plain run failed"
"$tmc" --catalog words.yaml m.dot -T json -o m1.json 2>/dev/null ||
  fail "model source: run with words.yaml failed"
grep -q '"backdoored model reaching production"' m0.json &&
  fail "model source: chain named without the word"
grep -q '"backdoored model reaching production"' m1.json ||
  fail "model source: a model_sources word added in words.yaml does not name the chain"
cat >badlist.yaml <<'EOF'
goals:
  - id: BAD-2
    title: t
    chain: c
    target: asset
    hops:
      - name_says: colours
EOF
"$tmc" --catalog badlist.yaml m.dot -o bad2.md 2>err.txt
[ $? -eq 2 ] || fail "name_says of an unknown list should exit 2"
grep -q "^badlist.yaml:7:20: error: name_says names a word list of words.yaml (query, logs" err.txt ||
  { fail "name_says unknown list: no file:line:col error"; cat err.txt; }

# A malformed goal: error at file:line:col, exit 2.
cat >bad.yaml <<'EOF'
goals:
  - id: BAD-1
    title: t
    target: asset and kind == toaster
EOF
"$tmc" --catalog bad.yaml a.dot -o bad.md 2>err.txt
[ $? -eq 2 ] || fail "malformed goal should exit 2"
grep -q "^bad.yaml:4:31: error: condition: unknown element kind 'toaster'" err.txt ||
  { fail "malformed goal: no file:line:col error"; cat err.txt; }
[ ! -e bad.md ] || fail "malformed goal: report written"

[ "$failed" -eq 0 ] || exit 1
echo "goals: ok"
