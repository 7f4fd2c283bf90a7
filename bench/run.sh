#!/bin/sh
# bench/run.sh - the benchmark: generates diagrams of growing size in both
# formats and measures, in the same run, the bare parse of each file by the
# library tmc uses and tmc's full analysis (Markdown + SARIF), with wall time,
# CPU time (user + system) and peak memory, plus tmc's own per-stage times
# (--time-passes, wall and CPU).
#
# The ratio is taken on CPU time: on a shared machine wall time also counts
# the other processes, CPU time only this one.
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
timefmt="%e %U %S %M"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "outputs: $outputs"
printf '%-7s %9s %-5s %8s %8s %9s %9s %9s\n' format elements what wall_s cpu_s peak_MB cpu_ratio mem_ratio
for fmt in $formats; do
  for n in $sizes; do
    f="$out/bench-$n.$fmt"
    [ -s "$f" ] || { "$build/bench/tmc-bench-gen" "$fmt" "$n" >"$f.tmp" && mv "$f.tmp" "$f"; }
    /usr/bin/time -f "$timefmt" -o "$out/t.bare" "$build/bench/tmc-bare-parse" "$f" >/dev/null
    set --
    for o in $outputs; do set -- "$@" -o "$out/bench-$n-$fmt.$o"; done
    /usr/bin/time -f "$timefmt" -o "$out/t.tmc" "$build/tmc" --no-check-ir --time-passes -q \
      --max-input 4000000000 --max-elements 10000000 "$f" "$@" 2>"$out/stages-$n-$fmt.txt" ||
      { echo "tmc failed on $f:"; tail -5 "$out/stages-$n-$fmt.txt"; echo "0 0 0 0" >"$out/t.tmc"; }
    read -r bw bu bs bk <"$out/t.bare"
    read -r tw tu ts tk <"$out/t.tmc"
    awk -v f="$fmt" -v n="$n" -v bw="$bw" -v bu="$bu" -v bs="$bs" -v bk="$bk" \
      -v tw="$tw" -v tu="$tu" -v ts="$ts" -v tk="$tk" 'BEGIN {
      bc = bu + bs; tc = tu + ts
      printf "%-7s %9s %-5s %8.2f %8.2f %9.1f\n", f, n, "bare", bw, bc, bk / 1024
      printf "%-7s %9s %-5s %8.2f %8.2f %9.1f %9.2f %9.2f\n", f, n, "tmc", tw, tc, tk / 1024,
        (bc > 0 ? tc / bc : 0), (bk > 0 ? tk / bk : 0) }'
    sed -n 's/^tmc: time: /        stage /p' "$out/stages-$n-$fmt.txt"
  done
done
