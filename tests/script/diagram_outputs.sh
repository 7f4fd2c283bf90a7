#!/bin/sh
# diagram_outputs.sh - every example in examples/ renders as SVG, PNG and PDF:
# the SVG is well-formed XML (when xmllint is installed) without script or
# event attributes, the PNG starts with the PNG signature, the PDF with %PDF-
# and carries no dates, and a second run gives the same bytes for all three.
set -eu
: "${TMC_SOURCE_DIR:?}" "${TMC_BINARY:?}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for ex in "$TMC_SOURCE_DIR"/examples/*.dot "$TMC_SOURCE_DIR"/examples/*.drawio; do
  [ -f "$ex" ] || continue
  n=$((n + 1))
  name=$(basename "$ex")
  for run in 1 2; do
    if ! "$TMC_BINARY" -q "$ex" -o "$tmp/$name.$run.svg" -o "$tmp/$name.$run.png" \
      -o "$tmp/$name.$run.pdf" 2>"$tmp/err"; then
      echo "FAIL: $name: tmc failed:"; cat "$tmp/err"; fail=1; continue 2
    fi
  done
  if [ "$(head -c 8 "$tmp/$name.1.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "FAIL: $name: not a PNG"; fail=1
  fi
  if [ "$(head -c 5 "$tmp/$name.1.pdf")" != "%PDF-" ]; then
    echo "FAIL: $name: not a PDF"; fail=1
  fi
  if grep -a -q -e CreationDate -e ModDate "$tmp/$name.1.pdf"; then
    echo "FAIL: $name: the PDF carries a date"; fail=1
  fi
  if [ "$(head -c 5 "$tmp/$name.1.svg")" != "<?xml" ] || ! grep -q '</svg>' "$tmp/$name.1.svg"; then
    echo "FAIL: $name: not an SVG"; fail=1
  fi
  if command -v xmllint >/dev/null 2>&1 && ! xmllint --nonet --noout "$tmp/$name.1.svg"; then
    echo "FAIL: $name: SVG is not well-formed"; fail=1
  fi
  if grep -q -i -e '<script' -e ' on[a-z]*=' "$tmp/$name.1.svg"; then
    echo "FAIL: $name: script or event attribute in the SVG"; fail=1
  fi
  for ext in svg png pdf; do
    if ! cmp -s "$tmp/$name.1.$ext" "$tmp/$name.2.$ext"; then
      echo "FAIL: $name: $ext differs between two runs"; fail=1
    fi
  done
done
if [ "$n" -eq 0 ]; then
  echo "FAIL: no examples found"; exit 1
fi
exit $fail
