#!/bin/sh
# Batch runs and terminal manners: one report set per input, a summary line
# per input, a bad input fails the run without stopping the others, -j gives
# the same bytes as a serial run, and colour only on a terminal without NO_COLOR.
set -eu
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/in" "$work/serial" "$work/par"
cp "$src/examples/rag-chatbot.dot" "$work/in/a.dot"
printf 'digraph b { user [shape=box]; user -> api [protocol=http]; api -> db; db [shape=cylinder] }\n' >"$work/in/b.dot"
printf 'digraph c { a -> \n' >"$work/in/c.dot"
printf 'digraph d { user [shape=box]; subgraph cluster_i { label="Internal"; api; db [shape=cylinder, data="pii"] } user -> api [protocol=http]; api -> db }\n' >"$work/in/d.dot"

set +e
"$tmc" "$work"/in/*.dot --outdir "$work/serial" -T md,json 2>"$work/serial.err"
st=$?
"$tmc" "$work"/in/*.dot --outdir "$work/par" -T md,json -j 3 2>"$work/par.err"
pt=$?
set -e
[ "$st" -eq 2 ] || { echo "serial batch with a bad input exited $st, want 2"; exit 1; }
[ "$pt" -eq 2 ] || { echo "parallel batch with a bad input exited $pt, want 2"; exit 1; }
for x in a b d; do
  for f in md json; do
    [ -s "$work/serial/$x.dot.$f" ] || { echo "missing serial/$x.dot.$f"; exit 1; }
    cmp -s "$work/serial/$x.dot.$f" "$work/par/$x.dot.$f" || { echo "-j changed $x.dot.$f"; exit 1; }
  done
done
[ ! -e "$work/serial/c.dot.md" ] || { echo "report written for a bad input"; exit 1; }
[ "$(grep -c 'open finding' "$work/serial.err")" -eq 3 ] || { echo "want one summary line per good input:"; cat "$work/serial.err"; exit 1; }
# c.dot has one line; the error at its end is reported on that last line.
grep -q 'c.dot:1:' "$work/serial.err" || { echo "bad input not reported at its line"; exit 1; }
sed 's/ in [0-9]* ms$//' "$work/serial.err" >"$work/serial.txt"
sed 's/ in [0-9]* ms$//' "$work/par.err" >"$work/par.txt"
cmp -s "$work/serial.txt" "$work/par.txt" || { echo "-j changed the diagnostics"; diff "$work/serial.txt" "$work/par.txt"; exit 1; }

# Two inputs with the same name would overwrite each other's reports.
mkdir -p "$work/x1" "$work/x2" "$work/clash"
cp "$work/in/d.dot" "$work/x1/same.dot"
cp "$work/in/b.dot" "$work/x2/same.dot"
set +e
"$tmc" "$work/x1/same.dot" "$work/x2/same.dot" --outdir "$work/clash" 2>"$work/clash.err"
ct=$?
set -e
[ "$ct" -eq 64 ] || { echo "clashing batch exited $ct, want 64"; exit 1; }
[ -z "$(ls "$work/clash")" ] || { echo "clashing batch wrote reports"; exit 1; }
grep -q 'would both write' "$work/clash.err" || { echo "clash not explained"; exit 1; }
# Same stem, different extensions: each keeps its whole name, and each
# input's report names are the same alone as in a batch.
mkdir -p "$work/twins"
cp "$work/in/d.dot" "$work/x1/api.dot"
cp "$src/docs/vocabulary/api.drawio" "$work/x1/api.drawio"
"$tmc" -q "$work/x1/api.dot" "$work/x1/api.drawio" --outdir "$work/twins"
[ -s "$work/twins/api.dot.md" ] && [ -s "$work/twins/api.drawio.md" ] ||
  { echo "twins in a batch did not get their own reports:"; ls "$work/twins"; exit 1; }
mkdir -p "$work/alone"
"$tmc" -q "$work/x1/api.dot" --outdir "$work/alone"
[ -s "$work/alone/api.dot.md" ] || { echo "an input's report name changed with the other inputs:"; ls "$work/alone"; exit 1; }

# Each report in --outdir takes its format's extension, the one -o knows it
# by: -T plan writes STEM.plan.json (not STEM.plan), plan-yaml .plan.yaml.
mkdir -p "$work/plans"
"$tmc" -q "$work/x1/api.dot" --outdir "$work/plans" -T plan,plan-yaml,sarif,md
for f in api.dot.plan.json api.dot.plan.yaml api.dot.sarif api.dot.md; do
  [ -s "$work/plans/$f" ] || { echo "--outdir -T plan,plan-yaml,sarif,md did not write $f:"; ls "$work/plans"; exit 1; }
done
[ "$(ls "$work/plans" | wc -l)" -eq 4 ] || { echo "--outdir wrote unexpected files:"; ls "$work/plans"; exit 1; }
"$tmc" --help | grep -q 'plan-yaml' || { echo "--help does not list the plan formats"; exit 1; }

# The summary is the last line of an input's output, after its warnings.
printf 'digraph w { a [sensitivity=bogus]; a -> b }\n' >"$work/w.dot"
"$tmc" "$work/w.dot" -T md -o /dev/null 2>"$work/w.err"
tail -n 1 "$work/w.err" | grep -q 'open finding' || { echo "summary is not the last line:"; cat "$work/w.err"; exit 1; }
grep -q 'warning:' "$work/w.err" || { echo "no warning for sensitivity=bogus"; exit 1; }

# --fail-on: status 1 only when an open finding reaches the threshold.
set +e
"$tmc" -q "$work/in/d.dot" --fail-on critical; s_crit=$?
"$tmc" -q "$work/in/d.dot" --fail-on low; s_low=$?
"$tmc" -q "$work/in/d.dot" --fail-on none -T md -o "$work/x.md"; s_none=$?
"$tmc" -q "$work/in/d.dot" --fail-on bogus 2>/dev/null; s_bad=$?
set -e
[ "$s_low" -eq 1 ] || { echo "--fail-on low exited $s_low, want 1"; exit 1; }
[ "$s_none" -eq 0 ] || { echo "--fail-on none exited $s_none, want 0"; exit 1; }
[ "$s_bad" -eq 64 ] || { echo "--fail-on bogus exited $s_bad, want 64"; exit 1; }
case $s_crit in 0|1) ;; *) echo "--fail-on critical exited $s_crit"; exit 1;; esac

# Colour: on a terminal, unless NO_COLOR is set; never into a pipe.
esc=$(printf '\033')
"$tmc" "$work/in/c.dot" --dump-ir 2>"$work/pipe.err" >/dev/null || true
! grep -q "$esc" "$work/pipe.err" || { echo "colour written into a pipe"; exit 1; }
if command -v script >/dev/null 2>&1; then
  script -qec "$tmc $work/in/c.dot --dump-ir" /dev/null >"$work/tty.out" 2>&1 || true
  grep -q "$esc\[" "$work/tty.out" || { echo "no colour on a terminal"; cat -v "$work/tty.out"; exit 1; }
  NO_COLOR=1 script -qec "$tmc $work/in/c.dot --dump-ir" /dev/null >"$work/tty2.out" 2>&1 || true
  ! grep -q "$esc\[" "$work/tty2.out" || { echo "colour despite NO_COLOR"; exit 1; }
fi
exit 0
