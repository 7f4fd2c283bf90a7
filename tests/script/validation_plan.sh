#!/bin/sh
# validation_plan.sh - the validation plan reports (issue #20) on the shipped
# examples: sentiment-api, rag-chatbot and mlops-platform (DOT and draw.io)
# each get a non-empty plan; -o NAME.plan.json, -T plan and -o NAME.plan.yaml
# say the same thing; two runs are byte-identical; every plan id in the
# plan is named by a SARIF result's properties.validation and every SARIF
# validation id is in the plan; the Markdown has its "Validate these
# findings" section with a garak or ART test; a diagram without AI gets an
# empty plan; and plain .json stays the IR dump.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
no() { echo "validation_plan: $*"; fail=1; }


for ex in sentiment-api rag-chatbot mlops-platform; do
  for fmt in dot drawio; do
    in="$src/examples/$ex.$fmt"
    out="$work/$ex.$fmt"
    "$tmc" -q "$in" -o "$out.plan.json" -o "$out.plan.yaml" -o "$out.sarif" -o "$out.md" \
      -o "$out.json" 2>/dev/null || no "$ex.$fmt: tmc failed"
    "$tmc" -q "$in" -T plan -o - >"$out.T.json" 2>/dev/null || no "$ex.$fmt: -T plan failed"
    "$tmc" -q "$in" -o "$out.again.plan.json" 2>/dev/null
    cmp -s "$out.plan.json" "$out.T.json" || no "$ex.$fmt: -T plan differs from .plan.json"
    cmp -s "$out.plan.json" "$out.again.plan.json" || no "$ex.$fmt: plan not deterministic"
    grep -q '"plan": \[' "$out.plan.json" || no "$ex.$fmt: no plan list"
    grep -q '"id": "VAL-' "$out.plan.json" || no "$ex.$fmt: empty plan"
    grep -q '"tmc_version"\|"elements"' "$out.json" || no "$ex.$fmt: .json is not the IR dump"
    grep -q '^plan:' "$out.plan.yaml" || no "$ex.$fmt: YAML plan has no plan"
    # The YAML says what the JSON says: the same ids in the same order.
    grep -o '^- id: "VAL-[^"]*"' "$out.plan.yaml" | sed 's/^- id: //' >"$out.yids"
    grep -o '^      "id": "VAL-[^"]*"' "$out.plan.json" | sed 's/^ *"id": //' >"$out.jids"
    [ -s "$out.jids" ] || no "$ex.$fmt: no plan ids read"
    cmp -s "$out.yids" "$out.jids" || no "$ex.$fmt: YAML and JSON plans list other tests"
    # SARIF and the plan name the same tests.
    grep -o '"validation": "[^"]*"' "$out.sarif" | sed 's/.*: "//; s/"$//' | sort -u >"$out.sids"
    sed 's/"//g' "$out.jids" | sort -u >"$out.pids"
    cmp -s "$out.sids" "$out.pids" || no "$ex.$fmt: SARIF validation ids differ from the plan"
    grep -q '^## Validate these findings' "$out.md" || no "$ex.$fmt: no Markdown section"
    grep -q '^| 1 | .*| \(garak\|art\|pyrit\) ' "$out.md" || no "$ex.$fmt: no tool test row"
  done
done

# A red-teamer starts from the example: the RAG chatbot's plan gives a garak
# command and a PyRIT stub; the sentiment API's names ART's extraction attack.
"$tmc" -q "$src/examples/rag-chatbot.dot" -o "$work/rag.md" 2>/dev/null
grep -q '^python -m garak --target_type rest .*--probes .*promptinject' "$work/rag.md" ||
  no "rag-chatbot: no garak --probes example"
grep -q '^from pyrit.executor.attack import ' "$work/rag.md" || no "rag-chatbot: no PyRIT stub"
"$tmc" -q "$src/examples/sentiment-api.dot" -o "$work/s.plan.json" 2>/dev/null
grep -q '"KnockoffNets"' "$work/s.plan.json" || no "sentiment-api: no ART extraction test"

# No AI, no plan.
cat >"$work/shop.dot" <<'EOF'
digraph shop {
  buyer [type=external, label="Shopper"];
  subgraph cluster_dmz { label="DMZ"; web [label="Storefront"]; }
  subgraph cluster_in { label="Internal"; db [type=data_store, label="Orders DB", data=pii]; }
  buyer -> web; web -> buyer; web -> db; db -> web;
}
EOF
"$tmc" -q "$work/shop.dot" -o "$work/shop.plan.json" -o "$work/shop.md" 2>/dev/null
grep -q '"plan": \[\]' "$work/shop.plan.json" || no "shop: plan not empty"
grep -q '^No open AI finding to validate' "$work/shop.md" || no "shop: Markdown not empty"
exit $fail
