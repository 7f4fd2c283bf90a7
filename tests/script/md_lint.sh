#!/bin/sh
# md_lint - every golden Markdown report passes markdownlint (markdownlint-cli,
# rules in tests/markdownlint.json: all defaults except MD013 line length,
# since report tables are as wide as their content; MD026 trailing
# punctuation in headings, since element headings are the diagram's own
# names; and MD033 allowing the <a id> anchors the report writes). Uses `markdownlint` from PATH, else
# installs the pinned markdownlint-cli with npm into a scratch folder
# (TMC_NPM_CACHE, default ~/.cache/tmc-markdownlint) once. Skips (77) when
# neither is possible (no npm, no network).
set -eu
: "${TMC_SOURCE_DIR:?}"
cd "$TMC_SOURCE_DIR"
version=0.50.0
lint=""
if command -v markdownlint >/dev/null 2>&1; then
  lint=markdownlint
else
  command -v npm >/dev/null 2>&1 || { echo "md_lint: neither markdownlint nor npm installed"; exit 77; }
  dir="${TMC_NPM_CACHE:-${HOME:-/tmp}/.cache/tmc-markdownlint}"
  lint="$dir/node_modules/.bin/markdownlint"
  if [ ! -x "$lint" ]; then
    mkdir -p "$dir"
    if ! (cd "$dir" && timeout 300 npm install --silent --no-audit --no-fund --no-save \
      "markdownlint-cli@$version" >npm.log 2>&1); then
      echo "md_lint: could not install markdownlint-cli@$version with npm"
      tail -5 "$dir/npm.log" 2>/dev/null || true
      exit 77
    fi
  fi
fi
set -- tests/golden/md/*.md
[ -f "$1" ] || { echo "md_lint: no golden Markdown file"; exit 1; }
"$lint" --config tests/markdownlint.json "$@"
