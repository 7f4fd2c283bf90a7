#!/bin/sh
# valgrind - every example through the whole pipeline and every implemented
# report format under valgrind (memcheck): no invalid access, no definite or
# indirect leak, no file descriptor left open at exit. A bad diagram and a
# failed write take the error paths the same way. Skips (77) without
# valgrind. The ASan build covers the rest of the suite; this run sees the
# normal build, with the arena in its fast mode, and the real libraries.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
command -v valgrind >/dev/null 2>&1 || { echo "valgrind: not installed"; exit 77; }
# A sanitizer build cannot run under valgrind (and has its own checks).
if grep -q __asan_init "$tmc"; then
  echo "valgrind: $tmc is built with AddressSanitizer"
  exit 77
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
# The reports: from the line after the heading to the blank line before the inputs.
formats=$("$tmc" --list-formats | sed -n '2,/^$/p' | grep -v 'not implemented' | awk '{ print $1 }')

# vg NAME WANT_STATUS tmc-arguments...
vg() {
  name=$1 want=$2
  shift 2
  log="$tmp/$name.log"
  valgrind -q --error-exitcode=99 --suppressions="$src/tests/valgrind.supp" --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect --track-fds=yes --log-file="$log" "$tmc" "$@" \
    >"$tmp/$name.out" 2>"$tmp/$name.err"
  got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $name: status $got (want $want)"
    cat "$log" "$tmp/$name.err" | head -40
    fail=1
  fi
  # Descriptors open at exit beyond stdin/stdout/stderr and those inherited.
  leaked=$(awk '/Open (file|AF_UNIX socket|AF_INET socket) descriptor [0-9]+/ {
      n = $0; sub(/.*descriptor /, "", n); sub(/:.*/, "", n);
      if (n + 0 > 2) { getline nxt; if (nxt !~ /inherited from parent/) print n }
    }' "$log")
  if [ -n "$leaked" ]; then
    echo "FAIL: $name: file descriptors open at exit: $leaked"
    cat "$log" | head -40
    fail=1
  fi
}

# All examples in one batch run (the built-in catalog loads once) with the
# text formats; the drawing formats (graphviz layout, cairo) on the twins of
# one example, which already take every drawing path and cost the most.
text=$(echo "$formats" | grep -x -e md -e sarif -e json | tr '\n' , | sed 's/,$//')
drawn=$(echo "$formats" | grep -v -x -e md -e sarif -e json | tr '\n' , | sed 's/,$//')
mkdir "$tmp/out" "$tmp/drawn"
vg examples 0 --outdir "$tmp/out" -T "$text" "$src"/examples/*.dot "$src"/examples/*.drawio
[ "$(find "$tmp/out" -type f | wc -l)" -gt 0 ] || { echo "FAIL: the batch wrote no report"; fail=1; }
if [ -n "$drawn" ]; then
  vg drawn 0 --outdir "$tmp/drawn" -T "$drawn" "$src"/examples/rag-chatbot.dot \
    "$src"/examples/rag-chatbot.drawio
  [ "$(find "$tmp/drawn" -type f | wc -l)" -gt 1 ] || { echo "FAIL: no drawing written"; fail=1; }
fi
# cgraph's every dictionary is freed on close (frontend/dot.c): a graph with
# nested and anonymous subgraphs, edges drawn inside a cluster (their holders
# in the subgraph's edge sets are malloc'd by libcdt: a whole-heap close that
# forgot them leaked, perf37), defaults at each level, ports and a subgraph's
# own attribute leaks nothing.
cat >"$tmp/dicts.dot" <<'EOF'
digraph g {
  node [shape=box]
  edge [label="uses"]
  subgraph cluster_a {
    label="Zone A"
    node [color=blue]
    web [label="Web app"]
    subgraph cluster_b { label="Data"; db [label="Orders DB", shape=cylinder] }
    api [label="API"]
    web -> api -> db
  }
  subgraph { rank=same; user [label="User"]; admin }
  web -> db [label="SQL"]
  user:e -> web:w
  admin -> web
}
EOF
vg dicts 0 "$tmp/dicts.dot" -o "$tmp/dicts.md"
printf 'digraph g {\n  a -> ;\n}\n' >"$tmp/bad.dot"
vg bad 2 "$tmp/bad.dot" -o "$tmp/bad.md"
vg unwritable 74 "$src/examples/rag-chatbot.dot" -o "$tmp/r.md" -o "$tmp/no-such-dir/r.json"
[ -e "$tmp/r.md" ] && { echo "FAIL: a failed run wrote r.md"; fail=1; }
exit $fail
