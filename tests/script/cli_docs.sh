#!/bin/sh
# Every option `tmc --help` lists is documented in the man page and README,
# every exit status too, and the man page renders without warnings.
set -eu
tmc=${TMC_BINARY:?}
cd "${TMC_SOURCE_DIR:?}"
fail=0
for opt in $("$tmc" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  man_opt=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
  grep -q -- "$man_opt" docs/tmc.1 || { echo "man page misses $opt"; fail=1; }
  grep -q -- "\`$opt" README.md || { echo "README misses $opt"; fail=1; }
done
for opt in $("$tmc" --help | grep -oE -- '^  -[a-zA-Z]' | tr -d ' ' | sort -u); do
  man_opt=$(printf '%s' "$opt" | sed 's/-/\\\\-/')
  grep -q -- "$man_opt" docs/tmc.1 || { echo "man page misses $opt"; fail=1; }
  grep -q -- "\`$opt" README.md || { echo "README misses $opt"; fail=1; }
done
for code in $("$tmc" --help | sed -n '/^Exit status/,$p' | grep -oE '^  [0-9]+' | tr -d ' '); do
  grep -q "^| $code |" README.md || { echo "README misses exit status $code"; fail=1; }
  grep -q "^\.B $code\$" docs/tmc.1 || { echo "man page misses exit status $code"; fail=1; }
done
# ARCHITECTURE.md names the pipeline in the order --list-passes prints it.
want=$("$tmc" --list-passes | awk '{print $1}' | tr '\n' ' ' | sed 's/ $//; s/ / → /g')
tr '\n' ' ' <ARCHITECTURE.md | grep -q -- "$want" || { echo "ARCHITECTURE.md pipeline is not: $want"; fail=1; }
if command -v man >/dev/null 2>&1; then
  warnings=$(MANWIDTH=80 man --warnings -l docs/tmc.1 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || { echo "man page warnings: $warnings"; fail=1; }
fi
exit $fail
