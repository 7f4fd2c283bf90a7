#!/bin/sh
# path_numbers.sh - one numbering of the attack paths across the reports: on
# every example (.dot and .drawio), the Markdown's "Path N", the SVG's
# "Attack path N" and the SARIF result whose properties.path.number is N
# name the same path, hop by hop (the element of each hop, entry first,
# asset last). Issue #21: the SVG once ranked paths its own way, so its
# "Attack path 1" was the Markdown's "Path 4" on sentiment-api.dot.
#
# Each output is reduced to lines "N|hop1>hop2>...": names unescaped (Markdown
# backslashes, XML and HTML entities). The SVG highlights only its top
# paths, so it is compared on those; Markdown and SARIF on all of them.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

unescape() {
  sed -e 's/\\\([][!"#$%&'"'"'()*+,./:;<=>?@^_`{|}~-]\)/\1/g' \
    -e 's/&gt;/>/g' -e 's/&lt;/</g' -e 's/&quot;/"/g' -e "s/&#39;/'/g" -e 's/&amp;/\&/g'
}

# Markdown: the numbered hop list under each "### Path N\: ..." heading; a
# hop's element is the link into an element section (#el-...).
md_paths() {
  awk '
    /^### Path [0-9]+\\?:/ { if (n) print n "|" hops; n = $3; sub(/\\?:$/, "", n); hops = ""; inpath = 1; next }
    /^### / || /^## / { if (n) print n "|" hops; n = ""; inpath = 0; next }
    inpath && /^[0-9]+\. / {
      line = $0; at = 0
      while ((i = index(substr(line, at + 1), "](#el-")) > 0) at += i
      name = substr(line, 1, at - 1); sub(/.*\[/, "", name)
      hops = hops (hops == "" ? "" : ">") name
    }
    END { if (n) print n "|" hops }' "$1" | unescape
}

# SVG: each attack path group's tooltip, "Attack path N (...)" then one
# line (&#10;) per hop, "K. Name - weakness".
svg_paths() {
  grep -o '<title>Attack path [0-9]* ([^<]*' "$1" | sed 's/^<title>//' |
    awk '{
      n = split($0, l, /&#10;/); split(l[1], w, " "); out = w[3] "|"; k = 0
      for (i = 2; i <= n; i++) {
        if (l[i] !~ /^[0-9]+\. /) continue
        name = l[i]; sub(/^[0-9]+\. /, "", name); sub(/ - .*$/, "", name)
        out = out (k++ ? ">" : "") name
      }
      print out
    }' | unescape
}

# SARIF: a result's codeFlow locations ("Entry point: 'X'", "Reaches 'X'
# via", "Reads 'X' via"), then its properties.path.number.
sarif_paths() {
  awk '
    /"results": \[/ { inres = 1 }
    !inres { next }
    /"codeFlows": \[/ { hops = ""; k = 0 }
    /"text": "(Entry point: |Reaches |Reads )'"'"'/ {
      s = $0; sub(/^[^'"'"']*'"'"'/, "", s); sub(/'"'"'.*$/, "", s)
      hops = hops (k++ ? ">" : "") s
    }
    /"number": [0-9]+/ { n = $2; sub(/,$/, "", n); print n "|" hops; hops = ""; k = 0 }' "$1" |
    sed 's/\\"/"/g; s/\\\\/\\/g'
}

fail=0 ran=0
for f in "$src"/examples/*.dot "$src"/examples/*.drawio; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  if ! "$tmc" -q "$f" -o "$work/r.md" -o "$work/r.svg" -o "$work/r.sarif" 2>"$work/err"; then
    echo "FAIL $name: tmc failed"; cat "$work/err"; fail=1; continue
  fi
  ran=$((ran + 1))
  md_paths "$work/r.md" | sort -n >"$work/md"
  svg_paths "$work/r.svg" | sort -n >"$work/svg"
  sarif_paths "$work/r.sarif" | sort -n >"$work/sarif"
  if [ ! -s "$work/md" ]; then
    echo "FAIL $name: no paths in the Markdown"; fail=1; continue
  fi
  # The SVG shows the first few; each must be the Markdown's path of that number.
  if [ ! -s "$work/svg" ]; then
    echo "FAIL $name: no attack path in the SVG"; fail=1
  else
    head -n "$(wc -l <"$work/svg")" "$work/md" >"$work/md.top"
    if ! diff -u "$work/md.top" "$work/svg" >"$work/diff"; then
      echo "FAIL $name: Markdown and SVG number the paths differently"
      cat "$work/diff"; fail=1
    fi
  fi
  if [ ! -s "$work/sarif" ]; then
    echo "FAIL $name: no path numbers (properties.path.number) in the SARIF"; fail=1
  elif ! diff -u "$work/md" "$work/sarif" >"$work/diff"; then
    echo "FAIL $name: Markdown and SARIF number the paths differently"
    cat "$work/diff"; fail=1
  fi
done
echo "path numbers: $ran examples"
[ "$ran" -gt 0 ] || exit 1
exit $fail
