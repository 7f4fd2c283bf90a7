#!/bin/sh
# bench/run.sh - the benchmark: generates diagrams of growing size in both
# formats and measures, in the same run, the bare parse of each file by the
# library tmc uses and tmc's full analysis (Markdown + SARIF), with wall time,
# user time and peak memory, plus tmc's own per-stage times (--time-passes).
#
# usage: bench/run.sh [SIZES...]      (default: 1000 10000 100000)
#        BENCH_FORMATS="dot drawio" BENCH_OUTPUTS="md sarif" bench/run.sh 1000000
set -eu
cd "$(dirname "$0")/.."
sizes=${*:-"1000 10000 100000"}
formats=${BENCH_FORMATS:-"dot drawio"}
outputs=${BENCH_OUTPUTS:-"md sarif"}
build=${BENCH_BUILD:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DTMC_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
out=bench/out
mkdir -p "$out"
timefmt="%e %U %M"
printf '%-7s %-8s %-10s %9s %9s %10s\n' format elements what wall_s user_s peak_MB
for fmt in $formats; do
  for n in $sizes; do
    ext=$fmt
    f="$out/bench-$n.$ext"
    [ -s "$f" ] || { "$build/bench/tmc-bench-gen" "$fmt" "$n" >"$f.tmp" && mv "$f.tmp" "$f"; }
    /usr/bin/time -f "$timefmt" -o "$out/t.bare" "$build/bench/tmc-bare-parse" "$f" >/dev/null
    set -- 
    for o in $outputs; do set -- "$@" -o "$out/bench-$n-$fmt.$o"; done
    /usr/bin/time -f "$timefmt" -o "$out/t.tmc" "$build/tmc" --no-check-ir --time-passes -q \
      --max-input 4000000000 --max-elements 10000000 "$f" "$@" 2>"$out/stages-$n-$fmt.txt" ||
      { echo "tmc failed on $f:"; tail -5 "$out/stages-$n-$fmt.txt"; echo "? ? 0" >"$out/t.tmc"; }
    for what in bare tmc; do
      read -r wall user kb <"$out/t.$what"
      printf '%-7s %-8s %-10s %9s %9s %10.1f\n' "$fmt" "$n" "$what" "$wall" "$user" \
        "$(awk "BEGIN{print $kb/1024}")"
    done
    sed 's/^tmc: time: /           stage /' "$out/stages-$n-$fmt.txt" | grep stage || true
  done
done
