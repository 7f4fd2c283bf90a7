#!/bin/sh
# json_business.sh - business impact and owners (issue #20) in the JSON report
# and --dump-ir: an element's written impact= and owner= with the source
# "attribute", an asset's inferred impact with its source and evidence, and
# each finding's business_impact (from its target); before the impact pass
# there is none.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
no() { echo "json_business: $*"; fail=1; }

cat >"$work/b.dot" <<'DOT'
digraph b {
  subgraph cluster_net { label="Internet"; client [label="API client", shape=box]; }
  subgraph cluster_app { label="Application zone";
    api [label="Scoring API"];
    model [label="Fraud model", type=model];
    db [label="Customer records", shape=cylinder, data="pii", impact="financial,regulatory", owner="payments team"];
  }
  client -> api [label="score request"];
  api -> model [label="features"];
  model -> api [label="score"];
  api -> db [label="store decision", data="pii"];
}
DOT
"$tmc" -q "$work/b.dot" -T json -o "$work/b.json" || no "tmc failed"
"$tmc" -q "$work/b.dot" --dump-ir >"$work/dump.json" || no "--dump-ir failed"
cmp -s "$work/b.json" "$work/dump.json" || no "-T json and --dump-ir differ"
# One element per line group: pick the lines of the element with id X.
el() { awk -v id="\"id\": \"$1\"" 'index($0, id) { on = 1 } on { print } on && /"facts"/ { exit }' "$work/b.json"; }
el db >"$work/db"
grep -q '"impact": \["regulatory", "financial"\]' "$work/db" || no "db: written impact= missing: $(grep impact "$work/db")"
grep -q '"impact_source": "attribute"' "$work/db" || no "db: impact source is not the attribute"
grep -q '"owner": "payments team"' "$work/db" || no "db: written owner= missing"
grep -q '"owner_source": "attribute"' "$work/db" || no "db: owner source is not the attribute"
el model >"$work/model"
grep -q '"impact": \[[^]]*"ip_loss"' "$work/model" || no "model: inferred IP loss missing: $(grep impact "$work/model")"
grep -q '"impact_source": "kind"' "$work/model" || no "model: inferred impact has no source"
grep -q '"impact_evidence": "a model of our own' "$work/model" || no "model: inferred impact has no evidence"
grep -q '"owner": "mlops"' "$work/model" || no "model: inferred owner mlops missing"
grep -q '"owner_source": "kind"' "$work/model" || no "model: inferred owner has no source"
# Findings carry the business impact of their target.
grep -q '"business_impact": \[[^]]*"ip_loss"' "$work/b.json" || no "no finding carries IP loss"
grep -q '"business_impact": \[[^]]*"financial"' "$work/b.json" || no "no finding carries the written financial impact"
# Before the impact pass only what the author wrote (the vocab pass reads
# it) is there: nothing inferred.
"$tmc" -q "$work/b.dot" --dump-ir=facts >"$work/early.json" || no "--dump-ir=facts failed"
grep -q '"impact_source": "attribute"' "$work/early.json" || no "the written impact= is not there after the vocab pass"
grep -q '"impact_source": "kind"\|"owner_source": "kind"' "$work/early.json" && no "impact or owner inferred before the impact pass"
exit $fail
