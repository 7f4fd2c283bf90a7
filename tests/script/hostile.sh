#!/bin/sh
# Every limit on hostile input stops the run with a diagnostic that names the
# file (and line where there is one) and the flag that raises it, and raising
# the flag lets the same input through. graphviz's own parser limits (tokens
# its lexer reads in quadratic time, nesting deeper than its stack) surface as
# tmc diagnostics at file:line, never as graphviz's raw text.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
tmp=$(mktemp -d)
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

# --max-elements: 100 nodes + 99 edges.
expect 2 '^big\.dot:1: error: .*100 nodes and 99 edges, more than the limit of 150 \(raise with --max-elements\)' -- big.dot --max-elements 150 -o r.md
expect 0 'open findings' -- big.dot --max-elements 199 -o r.md

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
expect 0 'note: attack paths: kept the 1 most likely; .*\(raise with --max-paths\)' -- "$src/examples/rag-chatbot.dot" --max-paths 1 -o r.md
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
awk 'BEGIN { print "digraph g {"; printf "n0"; for (i = 1; i < 50000; i++) printf " -> n%d", i; print ""; print "}" }' >chain.dot
expect 2 '^chain\.dot:2: error: .*(nest deeper than|nests too deeply|ran out of stack)' -- chain.dot -o r.md

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
