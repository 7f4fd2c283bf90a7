#!/bin/sh
# The documented integrations work: the git pre-commit hook blocks a broken
# diagram and lets a good one through; the Makefile rule builds reports and
# then finds them up to date.
set -eu
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
command -v git >/dev/null 2>&1 || exit 77
command -v make >/dev/null 2>&1 || exit 77
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM

# --- pre-commit hook -------------------------------------------------------
cd "$work"
git init -q repo && cd repo
git config user.email t@example.com && git config user.name t
cp "$src/docs/integrations/pre-commit" .git/hooks/pre-commit
printf 'digraph ok { a -> b }\n' >good.dot
git add good.dot
TMC=$tmc TMC_FAIL_ON=critical git commit -qm good || { echo "hook blocked a good diagram"; exit 1; }
printf 'digraph bad { a -> \n' >bad.dot
git add bad.dot
if TMC=$tmc TMC_FAIL_ON=critical git commit -qm bad 2>err.txt; then
  echo "hook let a broken diagram through"; exit 1
fi
grep -q 'bad.dot:[0-9]' err.txt || { echo "hook did not name the file and line:"; cat err.txt; exit 1; }
# Every staged diagram is checked, past the first that fails, and the
# blocking ones are named at the end.
printf 'digraph bad2 { x -> \n' >bad2.dot
git add bad2.dot
TMC=$tmc TMC_FAIL_ON=critical git commit -qm bad 2>err.txt && { echo "hook let two broken diagrams through"; exit 1; }
grep -q 'bad2.dot:[0-9]' err.txt || { echo "hook stopped at the first broken diagram:"; cat err.txt; exit 1; }
grep -q 'commit blocked by: bad.dot bad2.dot' err.txt || { echo "hook did not name what blocked:"; cat err.txt; exit 1; }
git rm -q --cached bad2.dot
# The hook checks what is staged, not the working tree.
printf 'digraph bad { a -> b }\n' >bad.dot
if TMC=$tmc TMC_FAIL_ON=critical git commit -qm bad2 2>/dev/null; then
  echo "hook checked the working tree instead of the index"; exit 1
fi

# --- Makefile rule -------------------------------------------------------------
cd "$work"
mkdir -p site/diagrams
cp "$src/docs/integrations/Makefile" site/Makefile
printf 'digraph one { user [shape=box]; user -> api [protocol=http] }\n' >site/diagrams/one.dot
if "$tmc" --list-formats | grep -q '^svg .*not implemented'; then
  # Until the SVG back end exists, build the Markdown only.
  sed -i 's/ -o \$\*.svg//; s/ \$(addsuffix .svg,\$(basename \$(DIAGRAMS)))//; s/%.md %.svg/%.md/' site/Makefile
fi
make -s -C site TMC="$tmc" threat-models
[ -s site/diagrams/one.md ] || { echo "make did not build the report"; exit 1; }
out=$(make -C site TMC="$tmc" threat-models)
echo "$out" | grep -q "Nothing to be done" || { echo "make rebuilt an up-to-date report: $out"; exit 1; }
# --- GitLab CI script block: every diagram, the failures named -----------------
if python3 -c 'import yaml' 2>/dev/null; then
  cd "$work"
  mkdir -p gl/diagrams
  cp "$src/examples/rag-chatbot.dot" gl/diagrams/chat.dot
  printf 'digraph b { a -> \n' >gl/diagrams/bad.dot
  printf 'digraph q {\n  a;\n}\n' >gl/diagrams/quiet.dot
  python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["threat-model"]["script"][0])' \
    "$src/docs/integrations/gitlab-ci.yml" | sed "s|/opt/tmc/build/tmc|$tmc|g" >gl/job.sh
  rc=0
  (cd gl && sh -e job.sh >out 2>err) || rc=$?
  [ "$rc" -eq 1 ] || { echo "the GitLab job did not fail on a broken diagram"; exit 1; }
  grep -q 'tmc: failed: diagrams/bad.dot diagrams/chat.dot' gl/out || { echo "the GitLab job did not name the failures:"; cat gl/out gl/err; exit 1; }
  [ -s gl/reports/diagrams/quiet.dot.md ] && [ -s gl/reports/diagrams/chat.dot.sarif ] ||
    { echo "the GitLab job stopped before the other diagrams:"; find gl/reports; exit 1; }
fi
exit 0
