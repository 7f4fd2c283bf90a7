#!/bin/sh
# md_render - renders every golden Markdown report with a real GFM renderer
# (cmark-gfm, raw HTML allowed so that any leak would show) and checks that
# the report has its sections and tables, and that every HTML element in the
# result is one the report itself writes: no element, attribute, link target
# or code span can come from a label. Skips (77) without cmark-gfm.
set -eu
: "${TMC_SOURCE_DIR:?}"
cd "$TMC_SOURCE_DIR"
command -v cmark-gfm >/dev/null 2>&1 || { echo "md_render: cmark-gfm not installed"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0
fail() {
  echo "md_render: $1"
  status=1
}
n=0
for md in tests/golden/md/*.md; do
  [ -f "$md" ] || continue
  n=$((n + 1))
  html="$tmp/$(basename "$md").html"
  cmark-gfm --unsafe -e table -e autolink -e strikethrough -e tagfilter "$md" >"$html"

  # The sections, in order, as real headings.
  grep -o '<h[12]>[^<]*</h[12]>' "$html" | sed 's/<[^>]*>//g' >"$tmp/heads"
  printf '%s\n' Contents Summary 'Scope and assets' 'Assumptions to confirm' 'Data flow' \
    Threats 'Attack paths' \
    'Risk register' 'Mitigation plan' 'Validate these findings' Coverage Appendix >"$tmp/want"
  sed -n '2,$p' "$tmp/heads" | diff -u "$tmp/want" - >/dev/null ||
    fail "$md: top-level sections differ from the expected list"
  [ "$(grep -c '<h1>' "$html")" = 1 ] || fail "$md: not exactly one <h1>"
  grep -q '<h1>Threat model: ' "$html" || fail "$md: no title heading"
  for h in 'Top risks' 'Elements by kind' 'Trust boundaries' Assets 'Entry points' \
    'Flows crossing trust boundaries' Elements Flows 'MITRE ATLAS tactics' Diagnostics Versions; do
    grep -q "<h3>$h</h3>" "$html" || fail "$md: no '### $h' heading"
  done
  # Tables: the severity summary and the OWASP matrix, with their headers.
  grep -q '<th>Severity</th>' "$html" || fail "$md: no severity table"
  grep -q '<th>Entry</th>' "$html" || fail "$md: no OWASP coverage table"
  [ "$(grep -c '<table>' "$html")" -ge 4 ] || fail "$md: fewer than 4 tables"

  # Every element is one the report writes.
  bad=$(grep -o '<[a-zA-Z][a-zA-Z0-9]*' "$html" | sort -u |
    grep -v -x -e '<h[1-4]' -e '<p' -e '<ol' -e '<ul' -e '<li' -e '<a' -e '<table' \
      -e '<thead' -e '<tbody' -e '<tr' -e '<th' -e '<td' -e '<strong' -e '<code' -e '<img' \
      -e '<pre' || true)
  [ -z "$bad" ] && true || fail "$md: unexpected HTML elements: $(echo $bad)"
  # Links only to anchors in the report, the diagram image, or reference
  # sites a catalog cites; anchors only as <a id="...">.
  grep -o '<a [^>]*>' "$html" | sort -u |
    grep -v -E '^<a (href="#[A-Za-z0-9_-]+"|id="[A-Za-z0-9_-]+")>$' |
    grep -v -E '^<a href="https://([a-z]+\.)*(mitre\.org|owasp\.org|nist\.gov)/[^"]*">$' |
    grep -v -E '^<a href="[A-Za-z0-9._%~-]+\.svg">$' >"$tmp/links" || true
  [ -s "$tmp/links" ] && fail "$md: unexpected links: $(cat "$tmp/links")"
  grep -o '<img [^>]*>' "$html" | grep -v -E '^<img src="[A-Za-z0-9._%~-]+\.svg" alt="Annotated data-flow diagram" />$' >"$tmp/imgs" || true
  [ -s "$tmp/imgs" ] && fail "$md: unexpected images: $(cat "$tmp/imgs")"
  # Code spans only from the report's own text.
  grep -o '<code>[^<]*</code>' "$html" | sort -u |
    grep -v -x -e '<code>-o NAME.svg</code>' -e '<code>-o NAME.md</code>' -e '<code>data=</code>' \
      -e '<code>sensitivity=</code>' -e '<code>asset=true</code>' -e '<code>entry=true</code>' \
      -e '<code>controls=</code>' -e '<code>accept=</code>' -e '<code>tmc --explain RULE</code>' \
      -e '<code>type=</code>' -e '<code>asset=false</code>' -e '<code>entry=false</code>' \
      -e '<code>role=</code>' -e '<code>trust=</code>' \
      -e '<code>-o NAME.plan.json</code>' -e '<code>-o NAME.plan.yaml</code>' \
      -e '<code>properties.validation</code>' -e '<code>impact=</code>' \
      -e '<code>owner=</code>' \
      >"$tmp/codes" || true
  [ -s "$tmp/codes" ] && fail "$md: code spans from labels: $(cat "$tmp/codes")"
  grep -q 'raw HTML omitted' "$html" && fail "$md: raw HTML in the report"
done
[ "$n" -gt 0 ] || { echo "md_render: no golden Markdown file"; exit 1; }

# The injection corpus: each hostile label is visible, intact, as text.
inj=tests/golden/md/md-injection.dot.md
if [ -f "$inj" ]; then
  html="$tmp/md-injection.dot.md.html"
  grep -o '<[^>]*>' "$html" | grep -i -e evil -e javascript -e mailto -e onerror -e onload \
    -e script -e iframe >"$tmp/leak" || true
  [ -s "$tmp/leak" ] && fail "injection: label text inside markup: $(cat "$tmp/leak")"
  for t in '&lt;script&gt;alert(' '&lt;img src=x onerror=alert(1)&gt;' \
    '[click](javascript:alert(1))' '![i](http://evil.example/pixel.png)' '<h4># heading</h4>' \
    '<h4>| pipes | here |</h4>' '`code` and ``more``' '*emph* _em_ **strong** ~~del~~ $x^2$' \
    '&lt;b&gt; &lt;i&gt; &amp; ©' \
    'http://evil.example/a www.evil.example bob@' '&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;row'; do
    grep -q -F -- "$t" "$html" || fail "injection: '$t' is not shown as text"
  done
else
  fail "$inj is missing"
fi
exit $status
