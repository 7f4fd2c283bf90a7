#!/bin/sh
# one_pass_loop.sh - the analysis has one loop: tmc_analyse in passes/pipeline.c.
#
# The driver, the fuzzers, the benchmark and the tests call tmc_analyse; a copy
# of the loop would drift (skip the IR checks, stop at a different pass). So
# outside pipeline.c nothing calls a pass through the table (`->fn(ir, ...)`,
# the pass signature) and nothing but passes.h (the declaration) and cli/main.c
# (--list-passes prints the table) names tmc_passes. Each hit is printed as
# file:line.
set -eu
src="${TMC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"

# scan ROOT: prints one error per copy of the loop; returns 1 if any.
scan() {
  bad=0
  for dir in ir catalog frontend passes backends cli fuzz bench tests/unit tests/score; do
    for f in "$1/$dir"/*.c "$1/$dir"/*.h; do
      [ -f "$f" ] || continue
      rel=${f#"$1"/}
      [ "$rel" = passes/pipeline.c ] && continue
      hits=$(grep -n -e '->fn([[:space:]]*ir[[:space:]]*,' "$f" | cut -d: -f1) || true
      for l in $hits; do
        echo "$rel:$l: error: runs a pass through the table: call tmc_analyse"
        bad=1
      done
      case "$rel" in passes/passes.h | cli/main.c) continue ;; esac
      hits=$(grep -n -w 'tmc_passes' "$f" | cut -d: -f1) || true
      for l in $hits; do
        echo "$rel:$l: error: iterates tmc_passes: call tmc_analyse"
        bad=1
      done
    done
  done
  return "$bad"
}

# The check must bite: both ways of copying the loop are reported.
probe=$(mktemp -d) || exit 1
trap 'rm -rf "$probe"' EXIT
mkdir -p "$probe/fuzz" "$probe/tests/unit" "$probe/passes"
printf 'for (const tmc_pass *p = tmc_passes; p->name; p++)\n  x();\n' >"$probe/fuzz/probe.c"
printf 'int f(void) {\n  return tmc_pass_find("x")->fn(ir, &po, &d);\n}\n' \
  >"$probe/tests/unit/probe.h"
printf 'for (const tmc_pass *p = tmc_passes; p->name; p++)\n  p->fn(ir, o, d);\n' \
  >"$probe/passes/pipeline.c"
out=$(scan "$probe" || true)
case "$out" in
*"fuzz/probe.c:1: error: iterates tmc_passes"*"tests/unit/probe.h:2: error: runs a pass"*)
  case "$out" in
  *pipeline.c*)
    echo "one_pass_loop.sh: error: the self-check flagged pipeline.c: $out"
    exit 1
    ;;
  esac
  ;;
*)
  echo "one_pass_loop.sh: error: the self-check did not catch a copied loop: $out"
  exit 1
  ;;
esac

scan "$src"
echo "one_pass_loop: only passes/pipeline.c runs the pass table"
