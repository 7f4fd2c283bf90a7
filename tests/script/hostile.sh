#!/bin/sh
# Every limit on hostile input stops the run with a diagnostic that names the
# file (and line where there is one) and the flag that raises it, and raising
# the flag lets the same input through. graphviz's own parser limits (tokens
# its lexer reads in quadratic time, nesting deeper than its stack) surface as
# tmc diagnostics at file:line, never as graphviz's raw text.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0

# expect STATUS PATTERN -- tmc arguments: status and a line of stderr must match.
expect() {
  want=$1 pattern=$2
  shift 3
  "$tmc" "$@" >out 2>err
  got=$?
  if [ "$got" -ne "$want" ] || ! grep -qE -- "$pattern" err; then
    echo "FAIL: tmc $* -> status $got (want $want), stderr:"
    head -c 600 err
    echo "  (wanted a line matching: $pattern)"
    fail=1
  fi
  # Whatever the outcome, graphviz's raw wording never reaches the user.
  if grep -qE 'memory exhausted|^Error:|^Warning:' err; then
    echo "FAIL: raw graphviz text in: tmc $*"
    fail=1
  fi
}

# gen_nodes N: a DOT graph with N nodes in a chain of N-1 edges.
gen_nodes() {
  awk -v n="$1" 'BEGIN { print "digraph g {"; for (i = 1; i < n; i++) printf "  n%d -> n%d;\n", i, i + 1; print "}" }'
}
# gen_clusters N: N nested clusters around one node.
gen_clusters() {
  awk -v n="$1" 'BEGIN { print "digraph g {"; for (i = 0; i < n; i++) printf "subgraph cluster_%d {\n", i; print "a;"; for (i = 0; i < n; i++) print "}"; print "}" }'
}
# repeat CHAR N
repeat() {
  awk -v c="$1" -v n="$2" 'BEGIN { s = c; while (length(s) < n) s = s s; print substr(s, 1, n) }' | tr -d '\n'
}

# --max-input
gen_nodes 100 >big.dot
expect 2 '^big\.dot: error: input is larger than 1000 bytes \(raise with --max-input\)' -- big.dot --max-input 1000 -o r.md
expect 0 'open findings' -- big.dot --max-input 100000 -o r.md

# --max-inflated: a compressed draw.io page that inflates to 12 MB.
cp "$src/tests/data/hostile-inflate.drawio" bomb.drawio
expect 2 '^bomb\.drawio:2: error: .*inflates to more than 1000000 bytes \(raise with --max-inflated\)' -- bomb.drawio --max-inflated 1000000 -o r.md
expect 0 'open findings' -- bomb.drawio --max-inflated 20000000 -o r.md

# --max-elements: 100 nodes + 99 edges; line 76 brings node 76 and edge 75.
expect 2 '^big\.dot:76: error: the nodes, edges and subgraphs declared up to here are more than the limit of 150 \(raise with --max-elements\)' -- big.dot --max-elements 150 -o r.md
expect 0 'open findings' -- big.dot --max-elements 199 -o r.md
# 300 000 bare node statements are refused where the 1001st appears, on the
# text, before graphviz builds the graph (it knows no lines: the old check
# after it said line 1).
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 300000; i++) printf "n%d;\n", i; print "}" }' >nodes.dot
expect 2 '^nodes\.dot:1002: error: the nodes, edges and subgraphs declared up to here are more than the limit of 1000 \(raise with --max-elements\)' -- nodes.dot --max-elements 1000 -o r.md
# Subgraphs count too: graphviz builds a record for each, even an empty
# `{}` (2 MB of them took 1.4 GB), so 300 000 are refused at the 1001st; a
# named subgraph opened again is the same subgraph and counts once.
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 300000; i++) print "{}"; print "}" }' >empty.dot
expect 2 '^empty\.dot:1002: error: the nodes, edges and subgraphs declared up to here are more than the limit of 1000 \(raise with --max-elements\)' -- empty.dot --max-elements 1000 -o r.md
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 3000; i++) print "subgraph s { a }"; print "}" }' >again.dot
expect 0 'open findings' -- again.dot --max-elements 1000 -o r.md
# The scan holds every token at once: a file may have 32 for each element
# --max-elements allows. 300 000 one-letter statements of one node (300 002
# tokens) against a cap of 1000 elements (32 000 tokens): refused at the line
# of token 32 001 (tokens 1-3 are `digraph g {` on line 1).
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 300000; i++) print "a"; print "}" }' >same.dot
expect 2 '^same\.dot:31999: error: more names, strings and symbols up to here than 1000 elements can take \(32 each; raise with --max-elements\)' -- same.dot --max-elements 1000 -o r.md
expect 0 'open findings' -- same.dot --max-elements 10000 -o r.md

# --max-label: 5000-byte labels are cut at 4096 by default, each with a
# warning at its line.
{ printf 'digraph g {\n  a [label="'; repeat x 5000; printf '"];\n  b [label="'; repeat x 5000; printf '"];\n}\n'; } >label.dot
expect 0 '^label\.dot:2: warning: node .a.: label longer than 4096 bytes cut short \(raise with --max-label\)' -- label.dot -o r.md
if [ "$(grep -c 'cut short' err)" -ne 2 ]; then
  echo "FAIL: two cut labels, not two warnings:"
  cat err
  fail=1
fi
"$tmc" label.dot --max-label 6000 -o r.md 2>err
if grep -q 'cut short' err || ! grep -q "$(repeat x 5000)" r.md; then
  echo "FAIL: --max-label 6000 still cuts a 5000-byte label"
  fail=1
fi

# --max-depth: 70 nested clusters (default limit 64).
gen_clusters 70 >deep.dot
expect 2 '^deep\.dot:[0-9]+: error: clusters nest deeper than 64 levels \(raise with --max-depth\)' -- deep.dot -o r.md
expect 0 'open findings' -- deep.dot --max-depth 80 -o r.md

# --max-paths: the example has more than one attack path.
expect 0 'note: attack paths: kept 1 \(each goal.s, each target.s, then each entry/target pair.s most likely first; relayed entry points. last\); .*\(raise with --max-paths\)' -- "$src/examples/rag-chatbot.dot" --max-paths 1 -o r.md
"$tmc" "$src/examples/rag-chatbot.dot" --max-paths 1000 -o r.md 2>err
if grep -q 'max-paths' err; then
  echo "FAIL: --max-paths 1000 still reports the limit"
  fail=1
fi

# graphviz: a 300 KB quoted string (its lexer is quadratic in token length).
{ printf 'digraph g {\n\n  a [label="'; repeat y 300000; printf '"];\n}\n'; } >token.dot
expect 2 '^token\.dot:3: error: a quoted string .* longer than 262144 bytes' -- token.dot -o r.md
# 100 KB is fine (and cut to --max-label).
{ printf 'digraph g {\n\n  a [label="'; repeat y 100000; printf '"];\n}\n'; } >token2.dot
expect 0 'cut short' -- token2.dot -o r.md
# ... but a long label broken by escaped newlines is fine (and cut to --max-label).
{ printf 'digraph g {\n  a [label="'; for i in 1 2 3 4 5 6; do repeat z 200000; printf '\\\n'; done; printf '"];\n}\n'; } >split.dot
expect 0 'cut short' -- split.dot -o r.md

# graphviz: nesting deeper than its parser's stack, and a very long edge chain.
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 20000; i++) printf "subgraph {"; printf "a"; for (i = 0; i < 20000; i++) printf "}"; print ""; print "}" }' >nest.dot
expect 2 '^nest\.dot:2: error: .*(nest deeper than|nests too deeply)' -- nest.dot -o r.md
# A long chain is not deep nesting: the diagnostic says what the limit is
# and how to stay under it (graphviz cannot be told to read more).
awk 'BEGIN { print "digraph g {"; printf "n0"; for (i = 1; i < 50000; i++) printf " -> n%d", i; print ""; print "}" }' >chain.dot
expect 2 '^chain\.dot:2: error: this edge statement chains 49999 edges .*reads at most 2000 in one statement: split the chain' -- chain.dot -o r.md
awk 'BEGIN { print "digraph g {"; printf "n0"; for (i = 1; i <= 2000; i++) printf " -> n%d", i; print ""; print "}" }' >chain2.dot
expect 0 'open findings' -- chain2.dot -o r.md
# Distinct attribute names: cgraph gives every node and edge a slot for each
# (20 000 nodes each with a name of its own took minutes); the error names
# the first name too many, a bare `[k]` counts, and a graph within the
# bound reads.
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 20000; i++) printf "n%d [a%d=\"x\"];\n", i, i; print "}" }' >names.dot
expect 2 "^names\\.dot:258:7: error: attribute name 'a256' is one more than the 256 distinct names a diagram of 20000 nodes" -- names.dot -o r.md
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 2000; i++) printf "n%d;\n", i; printf "n0 [b0"; for (i = 1; i < 300; i++) printf ", b%d", i; print "];"; print "}" }' >bare.dot
expect 2 "^bare\\.dot:2002:[0-9]+: error: attribute name 'b256' is one more than" -- bare.dot -o r.md
# Empty subgraphs get their slots too: 200 000 `{}` and 250 graph
# attribute names (a 600 KB file) took cgraph 20 s and 780 MB.
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 200000; i++) print "{}"; for (j = 0; j < 250; j++) printf "k%d=1;\n", j; print "a -> b }" }' >subs.dot
expect 2 "^subs\\.dot:200169:1: error: attribute name 'k167' is one more than the 167 distinct names a diagram of 200003 nodes, edges and subgraphs" -- subs.dot -o r.md
awk 'BEGIN { print "digraph g {"; for (i = 0; i < 2000; i++) printf "n%d [label=\"n\", k%d=\"x\"];\n", i, i % 200; print "}" }' >names2.dot
expect 0 'open findings' -- names2.dot -o r.md

# --max-depth holds after boxes nest by geometry: 100 concentric dashed
# rectangles in draw.io are 100 levels, not a flat list the front end let by.
awk 'BEGIN { print "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>";
  for (i = 0; i < 100; i++) printf "<mxCell id=\"b%d\" value=\"\" style=\"dashed=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" as=\"geometry\"/></mxCell>\n", i, 5 * i, 5 * i, 10000 - 10 * i, 10000 - 10 * i;
  print "<mxCell id=\"e\" value=\"Web\" style=\"ellipse;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"5000\" y=\"5000\" width=\"10\" height=\"10\" as=\"geometry\"/></mxCell>";
  print "</root></mxGraphModel>" }' >boxes.drawio
expect 2 '^boxes\.drawio:66: error: boundary .b64. is nested 65 levels deep, more than the limit of 64 .*raise with --max-depth' -- boxes.drawio -o r.md
expect 0 'open findings' -- boxes.drawio --max-depth 100 -o r.md

# Two draw.io pages with the same name and the same cells: every finding
# keeps its own fingerprint (no ':2' occurrence counts standing in for the
# page) and names its element by a page-qualified name of its own.
page='<diagram name="Main"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="u" value="User" style="shape=umlActor;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="30" height="60" as="geometry"/></mxCell><mxCell id="w" value="Web app" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="200" y="0" width="100" height="60" as="geometry"/></mxCell><mxCell id="f" value="login" edge="1" parent="1" source="u" target="w"><mxGeometry relative="1" as="geometry"/></mxCell></root></mxGraphModel></diagram>'
printf '<mxfile>%s\n%s</mxfile>\n' "$page" "$page" >twins.drawio
expect 0 'open findings' -- twins.drawio -o r.sarif
if grep -o '"primaryLocationLineHash": *"[^"]*"' r.sarif | sort | uniq -d | grep -q . ||
  grep -q '"primaryLocationLineHash": *"[^"]*:[2-9]"' r.sarif ||
  ! grep -q '"fullyQualifiedName": *"Main (2)/w"' r.sarif; then
  echo "FAIL: same-named pages share fingerprints or names"
  fail=1
fi

# A file name cannot forge a log line (CI systems act on lines like "::error::").
forged=$(printf 'x\n::error::forged\033[31m.dot')
cp big.dot "$forged"
"$tmc" "$forged" --max-input 10 -o r.md >out 2>err
if grep -q '^::' err || grep -q "$(printf '\033')" err || ! grep -q 'x ::error::forged' err; then
  echo "FAIL: a file name with a newline and an escape reached stderr raw:"
  cat -A err | head -5
  fail=1
fi
rm -f "$forged"

# No limit left a report or a temporary file behind.
if ls | grep -q 'tmc-'; then
  echo "FAIL: temporary files left: $(ls | grep 'tmc-')"
  fail=1
fi
exit $fail
