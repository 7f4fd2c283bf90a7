#!/bin/sh
# html_validation.sh - the validation plan in the HTML report (issue #20):
# the "Validate these findings" section has a row per red-team test of the
# Markdown report's table (same tests, same order: both read the IR's plan),
# the manual reviews, the tools' probes; a diagram without AI says there is
# nothing to validate; names from the diagram are escaped there too.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
no() { echo "html_validation: $*"; fail=1; }
section() { sed -n '/<section class="below" id="validate-these-findings">/,/<\/section>/p' "$1"; }

for ex in rag-chatbot sentiment-api mlops-platform; do
  "$tmc" -q "$src/examples/$ex.dot" -o "$work/$ex.html" -o "$work/$ex.md" 2>/dev/null || no "$ex: tmc failed"
  section "$work/$ex.html" >"$work/$ex.sec"
  grep -q '<h2>Validate these findings</h2>' "$work/$ex.sec" || { no "$ex: no validation section in the HTML"; continue; }
  rows_md=$(sed -n '/^## Validate these findings/,/^## Coverage/p' "$work/$ex.md" | grep -c '^| [0-9]* | ')
  rows_html=$(grep -c '<tr id="val-' "$work/$ex.sec")
  [ "$rows_md" -gt 0 ] || no "$ex: the Markdown plan has no test row"
  [ "$rows_md" -eq "$rows_html" ] || no "$ex: $rows_html test rows in the HTML, $rows_md in the Markdown"
  # The same test ids in the same order.
  sed -n '/^## Validate these findings/,/^## Coverage/p' "$work/$ex.md" | grep '^| [0-9]* | ' |
    grep -o '(VAL-[^)]*)' | tr -d '()\\' >"$work/$ex.md.ids"
  grep '<tr id="val-' "$work/$ex.sec" | grep -o '<code>VAL-[^<]*</code>' |
    sed 's/<[^>]*>//g' >"$work/$ex.html.ids"
  cmp -s "$work/$ex.md.ids" "$work/$ex.html.ids" || no "$ex: the HTML's tests are not the Markdown's: $(diff "$work/$ex.md.ids" "$work/$ex.html.ids" | head -4)"
  manual_md=$(sed -n '/^### Manual review/,/^## Coverage/p' "$work/$ex.md" | grep -c '^- \*\*')
  manual_html=$(sed -n '/<h3>Manual review/,/<\/ul>/p' "$work/$ex.sec" | grep -c '^<li><strong>')
  [ "$manual_md" -eq "$manual_html" ] || no "$ex: $manual_html manual reviews in the HTML, $manual_md in the Markdown"
done
grep -q 'garak' "$work/rag-chatbot.sec" || no "rag-chatbot: no garak test in the HTML plan"
grep -q '<a href="#el-' "$work/rag-chatbot.sec" || no "rag-chatbot: the plan does not link the elements it aims at"

"$tmc" -q "$src/tests/noai/webshop.dot" -o "$work/noai.html" 2>/dev/null || no "webshop: tmc failed"
section "$work/noai.html" | grep -q 'No open AI finding to validate.' || no "a system without AI does not say it has nothing to validate"

# The diagram's words are text in the plan, never markup.
cat >"$work/hostile.dot" <<'DOT'
digraph h {
  subgraph cluster_net { label="Internet"; user [label="User <script>alert(1)</script>", shape=box]; }
  bot [label="Chat <img src=x onerror=alert(1)>", type=llm];
  user -> bot [label="prompt"];
  bot -> user [label="answer"];
}
DOT
"$tmc" -q "$work/hostile.dot" -o "$work/hostile.html" 2>/dev/null || no "hostile: tmc failed"
section "$work/hostile.html" >"$work/hostile.sec"
grep -q '<tr id="val-' "$work/hostile.sec" || no "hostile: no test planned for the LLM"
grep -q 'Chat &lt;img src=x onerror=alert(1)&gt;' "$work/hostile.sec" || no "hostile: the LLM's name is not in the plan, escaped"
grep -q '<img\|<script' "$work/hostile.sec" && no "hostile: markup from the diagram in the plan"
exit $fail
