#!/bin/sh
# graphviz_isolation.sh - diagrams on which graphviz 2.43's dot fails
# ("trouble in init_rank", failed triangulations) and then double-frees or
# crashes when its layout is freed: the reported reproducer
# (fuzz/corpus/e2e/graphviz-double-free.dot) and labelled flows between
# nested clusters from a seeded generator (each of these seeds killed tmc
# before graphviz ran in its own process). Each renders as SVG, PNG and PDF
# with status 0; stderr holds tmc's own lines only, never graphviz's raw text;
# the SVG has every flow label (graphviz's layout) or none and a note saying
# why graphviz was not used (the grid); and a second run gives the same bytes.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

# gen SEED: n elements, labelled flows, clusters nested in a chain or a tree.
gen() {
  awk -v seed="$1" '
    function rnd(n) { s = (s * 1103515245 + 12345) % 2147483648; return int(s / 65536) % n }
    function emit(b,   i, c) {
      printf "subgraph cluster_%d { label=\"zone %d\";\n", b, b
      for (i = 0; i < n; i++) if (zone[i] == b) printf "  n%d;\n", i
      for (c = b + 1; c < nb; c++) if (parent[c] == b) emit(c)
      print "}"
    }
    BEGIN {
      s = seed
      n = 6 + rnd(12); nb = 2 + rnd(6); m = n + rnd(2 * n)
      for (b = 0; b < nb; b++) parent[b] = (b == 0 || rnd(2)) ? b - 1 : rnd(b)
      for (i = 0; i < n; i++) zone[i] = rnd(nb + 1) - 1
      print "digraph g" seed " {"
      for (b = 0; b < nb; b++) if (parent[b] == -1) emit(b)
      for (i = 0; i < n; i++) if (zone[i] == -1) printf "  n%d;\n", i
      for (k = 0; k < m; k++) printf "  n%d -> n%d [label=\"f%d\"];\n", rnd(n), rnd(n), k
      print "}"
    }'
}

cp "$src/fuzz/corpus/e2e/graphviz-double-free.dot" "$tmp/repro.dot"
inputs="$tmp/repro.dot"
for seed in 1 2 3 5 12 27 39; do # 27 and 39 segfaulted, the others aborted
  gen "$seed" >"$tmp/gen$seed.dot"
  inputs="$inputs $tmp/gen$seed.dot"
done

for in in $inputs; do
  name=$(basename "$in" .dot)
  for run in 1 2; do
    "$tmc" "$in" -o "$tmp/$name.$run.svg" -o "$tmp/$name.$run.png" -o "$tmp/$name.$run.pdf" \
      >"$tmp/out" 2>"$tmp/err.$run"
    st=$?
    if [ "$st" -ne 0 ]; then
      echo "FAIL: $name: status $st"; head -c 600 "$tmp/err.$run"; fail=1; continue 2
    fi
  done
  # LeakSanitizer's summary of suppressed library leaks (ASan builds) is
  # not graphviz's: drop the block between its dashed lines.
  err=$tmp/err
  awk '/^-+$/ { skip = !skip; next } !skip' "$tmp/err.1" >"$err"
  if grep -v -E "^tmc: |^[^ ]*$name\\.dot: (note|warning): " "$err" | grep -q .; then
    echo "FAIL: $name: text on stderr that is not tmc's:"; cat "$err"; fail=1
  fi
  if grep -q -i -E 'libpath|triangulation|double free|^Error|Sanitizer' "$err"; then
    echo "FAIL: $name: graphviz's raw text on stderr:"; cat "$err"; fail=1
  fi
  [ "$(head -c 4 "$tmp/$name.1.png" | od -An -c | tr -d ' \n')" = "211PNG" ] ||
    { echo "FAIL: $name: not a PNG"; fail=1; }
  [ "$(head -c 5 "$tmp/$name.1.pdf")" = "%PDF-" ] || { echo "FAIL: $name: not a PDF"; fail=1; }
  grep -q '</svg>' "$tmp/$name.1.svg" || { echo "FAIL: $name: not an SVG"; fail=1; }
  flows=$(grep -o -- '->' "$in" | wc -l)
  labels=$(grep -o 'class="flow-label' "$tmp/$name.1.svg" | wc -l)
  if [ "$labels" -eq 0 ]; then
    grep -q 'graphviz could not lay this diagram out (.*): drawn on a simple grid' "$err" ||
      { echo "FAIL: $name: grid layout without a note saying why"; cat "$err"; fail=1; }
    grep -q 'simplified layout (graphviz failed)' "$tmp/$name.1.svg" ||
      { echo "FAIL: $name: grid layout without a word in the picture"; fail=1; }
  elif [ "$labels" -ne "$flows" ]; then
    echo "FAIL: $name: $labels flow labels for $flows flows"; fail=1
  fi
  for ext in svg png pdf; do
    cmp -s "$tmp/$name.1.$ext" "$tmp/$name.2.$ext" ||
      { echo "FAIL: $name: $ext differs between two runs"; fail=1; }
  done
done
exit $fail
