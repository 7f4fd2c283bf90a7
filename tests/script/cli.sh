#!/bin/sh
# The command line as issue 2 specifies it: several -o in one run, format
# from the extension or -T, -o - to stdout, stdin as '-', the information
# options, named exit statuses, compiler-style diagnostics, and no report
# touched (nor temporary file left) when a run fails.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
cp "$src/examples/rag-chatbot.dot" good.dot
printf 'digraph bad {\n  a -> b\n  c -> \n}\n' >bad.dot
: >empty.dot
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
# expect STATUS CMD...: runs CMD with stdout in out, stderr in err.
expect() {
  want=$1; shift
  "$@" >out 2>err
  got=$?
  [ "$got" -eq "$want" ] || { fail "'$*' exited $got, want $want"; cat err; }
}

# Several reports in one run, each format from its extension.
expect 0 "$tmc" good.dot -o r.md -o r.json -q
head -c 1 r.md | grep -q '#' || fail "r.md is not Markdown"
grep -q '"elements"' r.json || fail "r.json is not the JSON IR"
[ ! -s out ] || fail "reports to files wrote to stdout"
# -T forces the format; -o - writes to stdout and creates nothing.
expect 0 "$tmc" good.dot -o forced.txt -T json -q
grep -q '"elements"' forced.txt || fail "-T json did not force JSON"
ls | grep -v -e '^before$' -e '^after$' >before
expect 0 "$tmc" good.dot -o - -T md -q
head -c 1 out | grep -q '#' || fail "-o - -T md did not print Markdown"
ls | grep -v -e '^before$' -e '^after$' >after
cmp -s before after || fail "-o - created files"
expect 64 "$tmc" good.dot -o -
grep -q 'needs a format' err || fail "-o - without -T: unclear message"
expect 64 "$tmc" good.dot -o report.txt
grep -q "report.txt" err || fail "unknown extension: message does not name the file"
[ ! -e report.txt ] || fail "unknown extension created the file"

# A format that is known but not implemented fails clearly and writes nothing,
# not even the other, implemented reports of the same run.
todo=$("$tmc" --list-formats | grep 'not implemented' | head -n 1 | cut -d' ' -f1)
if [ -n "$todo" ]; then
  expect 64 "$tmc" good.dot -o ok.md -o "later.$todo"
  grep -q "not implemented" err || fail "unimplemented $todo: unclear message"
  [ ! -e "later.$todo" ] || fail "unimplemented $todo left a file"
  [ ! -e ok.md ] || fail "a run that failed wrote ok.md"
fi

# Standard input.
expect 0 "$tmc" - -o - -T json -q <good.dot
grep -q '"file": "<stdin>"' out || fail "stdin not read as <stdin>"
expect 2 "$tmc" - --dump-ir <bad.dot
grep -q '^<stdin>:4: error: ' err || { fail "stdin error not at <stdin>:4"; cat err; }

# Information options.
expect 0 "$tmc" --help
grep -q 'Exit status' out || fail "--help does not document exit statuses"
expect 0 "$tmc" --version
head -n 1 out | grep -q '^tmc [0-9]' || fail "--version first line"
expect 0 "$tmc" --list-passes
for p in classify vocab boundaries; do
  grep -q "^$p " out || fail "--list-passes lacks $p"
done
expect 0 "$tmc" --dump-ir=classify good.dot
grep -q '"after": "classify"' out || fail "--dump-ir=classify does not stop there"
expect 0 "$tmc" --dump-ir good.dot
grep -q '"elements"' out || fail "--dump-ir prints no IR"
expect 64 "$tmc" --dump-ir=no-such-pass good.dot
expect 64 "$tmc" --dump-ir good.dot -o x.json

# Exit statuses and diagnostics.
expect 64 "$tmc"
grep -q '^tmc: error: no input diagram' err || fail "no input: message"
expect 64 "$tmc" good.dot
expect 64 "$tmc" --no-such-option good.dot
grep -q "^tmc: error: unknown option '--no-such-option'" err || fail "unknown option: message"
expect 64 "$tmc" good.dot -o
expect 74 "$tmc" missing.dot -o m.md
grep -q '^missing.dot: error: ' err || fail "missing input: message"
expect 2 "$tmc" bad.dot -o b.md
grep -q "^bad.dot:4: error: syntax error near '}'$" err || { fail "syntax error diagnostic"; cat err; }
grep -q 'Error' err && fail "graphviz's own prefix leaked"
[ ! -e b.md ] || fail "report written for a bad input"
expect 2 "$tmc" empty.dot -o e.md
grep -q '^empty.dot: error: ' err || fail "empty input: message"
# Formats tmc recognises but does not read are refused by name, not misread as DOT:
# a Mermaid flowchart reads, a Mermaid sequence diagram is refused as one.
printf 'flowchart LR\n  A --> B\n' >flow.mmd
expect 0 "$tmc" flow.mmd -o f.md
printf 'sequenceDiagram\n  A->>B: hi\n' >seq.mmd
expect 2 "$tmc" seq.mmd -o f.md
grep -q '^seq.mmd:1:1: error: a Mermaid sequenceDiagram, not a flowchart' err ||
  { fail "mermaid input: message"; cat err; }
grep -q 'syntax error' err && fail "mermaid input reached cgraph"
expect 0 "$tmc" --list-inputs
grep -q '^dot .*Graphviz DOT$' out && grep -q '^json .*refused' out || fail "--list-inputs"
grep -q '^Reports' out && fail "--list-inputs lists the reports"
# --list-formats: the reports, then the diagrams tmc reads, each under its
# heading (issue #19: the three readers and the OTM writer are listed).
expect 0 "$tmc" --list-formats
reports=$(sed -n '/^Reports tmc writes/,/^$/p' out)
inputs=$(sed -n '/^Diagrams tmc reads/,$p' out)
printf '%s\n' "$reports" | grep -q '^otm .*Open Threat Model 0.2.0' &&
  printf '%s\n' "$reports" | grep -q '^md ' &&
  ! printf '%s\n' "$reports" | grep -q '^threatdragon ' || fail "--list-formats: reports"
for r in threatdragon otm mermaid markdown dot drawio; do
  printf '%s\n' "$inputs" | grep -q "^$r " || fail "--list-formats: no input $r"
done
printf '%s\n' "$inputs" | grep -q '^otm .*Open Threat Model$' || fail "--list-formats: OTM in"
[ "$(sed -n '1p' out | cut -c1-7)" = Reports ] || fail "--list-formats: first line not the heading"

# A failed run leaves existing reports untouched.
echo keep >old.md
echo keep >old.json
expect 2 "$tmc" bad.dot -o old.md -o old.json
[ "$(cat old.md)" = keep ] && [ "$(cat old.json)" = keep ] || fail "bad input touched old reports"
expect 74 "$tmc" good.dot -o old.md -o no/such/dir/x.json
[ "$(cat old.md)" = keep ] || fail "a failed write replaced old.md"
mkdir adir.md
expect 74 "$tmc" good.dot -o adir.md
[ -d adir.md ] || fail "a directory was replaced"

# No temporary files anywhere.
leftovers=$(find . -name '*.tmc-*')
[ -z "$leftovers" ] || fail "temporary files left: $leftovers"

echo "cli: $failed failed"
[ "$failed" -eq 0 ]
