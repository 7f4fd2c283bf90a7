#!/bin/sh
# Every shipped example also ships as a Mermaid flowchart (NAME.mmd) and as a
# Threat Dragon v2 model (NAME.td.json), and each gives the same findings as
# its DOT original: the SARIF results compared modulo ids, i.e. as the set of
#   rule  target-id  target-name  status  severity  risk
# (the partial fingerprints hash the source line, which differs between
# formats; the target ids are the same by construction). The reduction is
# awk over the SARIF's fixed layout (one key per line).
set -u
tmc=${TMC_BINARY:?}
cd "${TMC_SOURCE_DIR:?}"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

reduce() {
  awk '
    function str(line) { sub(/^[^:]*: "/, "", line); sub(/",?$/, "", line); return line }
    function num(line) { sub(/^[^:]*: /, "", line); sub(/,$/, "", line); return line }
    function out() { if (rule != "") print rule " " fq " [" name "] " st " " sev " " risk }
    /^          "ruleId": / { out(); rule = str($0); fq = name = st = sev = risk = "" }
    /^                  "name": / { name = str($0) }
    /^                  "fullyQualifiedName": / { fq = str($0) }
    /^            "status": / { st = str($0) }
    /^            "severity": / { sev = str($0) }
    /^            "risk": / { risk = num($0) }
    END { out() }
  ' "$1" | LC_ALL=C sort
}

n=0 failed=0
for dot in examples/*.dot; do
  [ -f "$dot" ] || continue
  stem=${dot%.dot}
  name=$(basename "$stem")
  if ! "$tmc" -q "$dot" -o "$work/$name.dot.sarif" 2>"$work/err"; then
    echo "FAIL $dot does not compile"; cat "$work/err"; failed=$((failed + 1)); continue
  fi
  reduce "$work/$name.dot.sarif" >"$work/$name.dot.txt"
  if ! grep -q ' ' "$work/$name.dot.txt"; then
    echo "FAIL $name: the reduction found no results (SARIF layout changed?)"
    failed=$((failed + 1)); continue
  fi
  for twin in "$stem.mmd" "$stem.td.json"; do
    n=$((n + 1))
    if [ ! -f "$twin" ]; then
      echo "FAIL $dot has no twin $twin"; failed=$((failed + 1)); continue
    fi
    t=$(basename "$twin")
    if ! "$tmc" -q "$twin" -o "$work/$t.sarif" 2>"$work/err"; then
      echo "FAIL $twin does not compile"; cat "$work/err"; failed=$((failed + 1)); continue
    fi
    if grep -q ': warning:\|: error:' "$work/err"; then
      echo "FAIL $twin: diagnostics"; cat "$work/err"; failed=$((failed + 1)); continue
    fi
    reduce "$work/$t.sarif" >"$work/$t.txt"
    if ! diff -u "$work/$name.dot.txt" "$work/$t.txt"; then
      echo "FAIL $twin and $dot give different findings (- DOT, + twin)"
      failed=$((failed + 1))
    else
      echo "ok   $twin: $(wc -l <"$work/$t.txt") findings as $dot"
    fi
  done
done
echo "examples Mermaid and Threat Dragon twins: $n twins, $failed failed"
[ "$n" -gt 0 ] || exit 77
[ "$failed" -eq 0 ]
