#!/bin/sh
# fuzz/run.sh - builds the libFuzzer targets with clang and runs each for a
# given time. Seeds: fuzz/corpus/<target>/ (kept in git), examples/, and
# ../shared/corpus when present (read in place, never copied into git).
# New coverage accumulates in fuzz/corpus-work/<target>/ (ignored by git);
# crashes land in fuzz/corpus-work/crashes-<target>/ — minimise one, fix the
# bug, and keep the reproducer in fuzz/corpus/<target>/ so it replays in ctest.
#
# Targets run one after the other, one job each (CI machines have 2 cores).
# After a long run, shrink what the project keeps to a minimal covering set:
#   build-fuzz/fuzz/fuzz_T -merge=1 NEWDIR fuzz/corpus/T fuzz/corpus-work/T
# and keep NEWDIR's files that are not already seeds (a few hundred KB at most).
#
# usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#        (default 60; dot drawio mermaid threatdragon otm catalog e2e)
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"dot drawio mermaid threatdragon otm catalog e2e"}
build=build-fuzz
CC=clang cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTMC_FUZZ=ON \
  -DTMC_TESTS=OFF -DTMC_BENCH=OFF >/dev/null
cmake --build "$build" -j2 >/dev/null
for t in $targets; do
  work=fuzz/corpus-work/$t
  crashes=fuzz/corpus-work/crashes-$t
  mkdir -p "$work" "$crashes"
  seeds="fuzz/corpus/$t"
  case $t in
    catalog) seeds="$seeds catalogs";;
    e2e) seeds="$seeds fuzz/corpus/dot fuzz/corpus/drawio fuzz/corpus/mermaid fuzz/corpus/threatdragon fuzz/corpus/otm examples"
      [ -d ../shared/corpus ] && seeds="$seeds ../shared/corpus"
      ;;
    *)
      seeds="$seeds examples"
      [ -d ../shared/corpus ] && seeds="$seeds ../shared/corpus"
      ;;
  esac
  echo "fuzz: $t for ${secs}s"
  ASAN_OPTIONS=detect_leaks=1 "$build/fuzz/fuzz_$t" "$work" $seeds \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | tail -12
done
