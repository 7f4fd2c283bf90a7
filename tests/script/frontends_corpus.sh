#!/bin/sh
# The Threat Dragon, OTM and Mermaid files of ../shared/corpus/frontends/
# and the public files kept in tests/frontends/public/ (SOURCES.md): each
# reads without a diagnostic above warning and goes through the whole
# pipeline, and the elements, flows and zones tmc reads are the counts a
# person wrote in the folder's truth file (corpus.truth, public/public.truth)
# by reading the files before tmc read them. The shared corpus is skipped
# when absent; the public files always run.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

# Elements, flows and boundaries of a --dump-ir: the "index" lines of each
# section (the dump's fixed layout, one key per line).
counts() {
  awk '
    /^  "boundaries": \[/ { sec = "b"; next }
    /^  "elements": \[/   { sec = "e"; next }
    /^  "flows": \[/      { sec = "f"; next }
    /^  "[a-z_]+": /      { sec = ""; next }
    /^      "index": / { n[sec]++ }
    END { printf "%d %d %d\n", n["e"], n["f"], n["b"] }
  ' "$1"
}

n=0 failed=0
# check TRUTH DIR: every file the truth file names, in DIR.
check() {
truth=$1 corpus=$2
while read -r name want_e want_f want_z; do
  case $name in '#'* | '') continue ;; esac
  f=$corpus/$name
  [ -f "$f" ] || { echo "FAIL $name: not in the corpus"; failed=$((failed + 1)); continue; }
  n=$((n + 1))
  if ! (cd "$corpus" && timeout 60 "$tmc" --dump-ir=zones "$name") >"$work/dump" 2>"$work/err"; then
    echo "FAIL $name: does not read"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  if grep -q ': error:' "$work/err"; then
    echo "FAIL $name: an error"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  if ! (cd "$corpus" && timeout 60 "$tmc" -q "$name" -o "$work/r.md" -o "$work/r.sarif") \
    2>"$work/err2"; then
    echo "FAIL $name: the pipeline fails"; cat "$work/err2"; failed=$((failed + 1)); continue
  fi
  got=$(counts "$work/dump")
  if [ "$got" != "$want_e $want_f $want_z" ]; then
    echo "FAIL $name: read $got (elements flows zones), counted $want_e $want_f $want_z"
    failed=$((failed + 1))
  else
    echo "ok   $name: $got"
  fi
done <"$truth"
}
check "$src/tests/frontends/public/public.truth" "$src/tests/frontends/public"
public=$n
corpus=${TMC_SHARED_DIR:-}/corpus/frontends
if [ -d "$corpus" ]; then
  check "$src/tests/frontends/corpus.truth" "$corpus"
else
  echo "no corpus at $corpus: only the public files"
fi
echo "frontends: $public public files, $((n - public)) of the shared corpus, $failed failed"
[ "$public" -gt 0 ] || exit 1
[ "$failed" -eq 0 ]
