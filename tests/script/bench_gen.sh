#!/bin/sh
# The benchmark's generator writes diagrams tmc reads cleanly: at a small
# size, both formats parse with no warning and no error, the DOT and draw.io
# twins give the same elements, flows and boundaries, and the output is the
# same bytes on every run (the benchmark compares runs, so it must be).
set -eu
tmc=${TMC_BINARY:?}
gen=$(dirname "$tmc")/bench/tmc-bench-gen
[ -x "$gen" ] || { echo "no $gen (TMC_BENCH=OFF): skipped"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work"
for fmt in dot drawio; do
  "$gen" "$fmt" 300 >"b.$fmt"
  "$gen" "$fmt" 300 | cmp -s - "b.$fmt" || { echo "$fmt: generator not deterministic"; exit 1; }
  # -q drops the summary line; anything left on stderr is a diagnostic
  # (attack-path search notes about the work limit excepted).
  "$tmc" -q --dump-ir "b.$fmt" >"ir.$fmt.json" 2>"err.$fmt" ||
    { echo "$fmt: tmc failed:"; cat "err.$fmt"; exit 1; }
  if grep -v ': note: attack paths' "err.$fmt" | grep -q .; then
    echo "$fmt: diagnostics on generated input:"
    cat "err.$fmt"
    exit 1
  fi
done
# The twins hold the same diagram: elements (kind_reason), flows (source),
# boundaries (form), and 300 elements in groups of 50 with two zones each.
for key in kind_reason source form; do
  d=$(grep -c "\"$key\":" ir.dot.json || true)
  x=$(grep -c "\"$key\":" ir.drawio.json || true)
  [ "$d" -gt 0 ] && [ "$d" = "$x" ] || { echo "$key: dot $d, drawio $x"; exit 1; }
done
[ "$(grep -c '"kind_reason":' ir.dot.json)" = 300 ] || { echo "not 300 elements"; exit 1; }
[ "$(grep -c '"form":' ir.dot.json)" = 12 ] || { echo "not 12 boundaries"; exit 1; }
# The fan-out stars (perf14): deterministic, read cleanly, 3N + 3 elements.
"$gen" fan 50 >f.dot
"$gen" fan 50 | cmp -s - f.dot || { echo "fan: generator not deterministic"; exit 1; }
"$tmc" -q --dump-ir f.dot >ir.fan.json 2>err.fan || { echo "fan: tmc failed:"; cat err.fan; exit 1; }
if grep -v ': note: attack paths' err.fan | grep -q .; then
  echo "fan: diagnostics on generated input:"
  cat err.fan
  exit 1
fi
[ "$(grep -c '"kind_reason":' ir.fan.json)" = 153 ] || { echo "fan: not 153 elements"; exit 1; }
echo "bench_gen: ok"
