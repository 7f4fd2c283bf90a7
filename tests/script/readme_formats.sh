#!/bin/sh
# README shows one example of each reader beyond DOT and draw.io (Mermaid, a
# Markdown file's mermaid blocks, Threat Dragon, OTM) and of the OTM writer
# (issue #19): the tmc lines of the block after the marker comment run from
# the repository as written, each without a diagnostic above warning, each
# reader is the one its line says, and the block covers every one of them.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
awk '/^<!-- readme_formats.sh runs/ {m = 1; next}
     m && /^```sh$/ {f = 1; next}
     f && /^```$/ {exit}
     f && /^tmc / {sub(/ +#.*$/, ""); print}' "$src/README.md" >"$work/lines"
[ -s "$work/lines" ] || { echo "FAIL: no example block after the marker in README.md"; exit 1; }
# The repository's files, read where they are; reports land in $work.
ln -s "$src/examples" "$work/examples"
ln -s "$src/README.md" "$work/README.md"
cd "$work" || exit 1
seen=""
while read -r cmd; do
  set -- $cmd
  shift
  input=$1
  if ! "$tmc" -q "$@" 2>err; then
    fail "'$cmd' fails"; cat err
  elif grep -q ': error:' err; then
    fail "'$cmd' reports an error"; cat err
  fi
  [ -f "$input" ] || continue
  format=$("$tmc" -q "$input" --dump-ir 2>/dev/null | sed -n 's/^  "format": "\([a-z-]*\)",$/\1/p' | head -n 1)
  seen="$seen $format"
  case "$cmd" in *"-o "*.otm*) seen="$seen otm-out" ;; esac
done <"$work/lines"
for want in mermaid markdown threatdragon otm otm-out; do
  case " $seen " in *" $want "*) ;; *) fail "README's example block has no $want example (has:$seen)" ;; esac
done
echo "readme formats: $(wc -l <"$work/lines") examples,$seen"
[ "$failed" -eq 0 ]
