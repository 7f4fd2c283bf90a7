#!/bin/sh
# stdin_filename.sh - --stdin-filename NAME: standard input is reported under
# NAME in diagnostics, SARIF URIs, --outdir names and baselines, so a
# baseline made from the base branch (git show main:docs/x.dot | tmc -
# --stdin-filename docs/x.dot) matches the working tree's findings; the
# recipe of docs/github-code-scanning.md, run as written.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
mkdir docs
cat >docs/x.dot <<'DOT'
digraph x {
  user [shape=box, label="Customer"];
  subgraph cluster_app { label="Internal"; api [label="API"]; db [shape=cylinder, label="DB", data="pii"]; }
  user -> api [protocol=http];
  api -> db;
}
DOT

# Without a name, standard input is "stdin": nothing in the baseline matches.
"$tmc" -q - -o plain.sarif <docs/x.dot || fail "stdin run"
"$tmc" -q docs/x.dot --baseline plain.sarif --fail-on low 2>err
[ $? -eq 1 ] || fail "the test would not bite: an unnamed stdin baseline matched"

# With --stdin-filename the baseline matches: nothing new, the gate stays open.
"$tmc" -q - --stdin-filename docs/x.dot -o base.sarif <docs/x.dot || fail "named stdin run"
grep -q '"uri": "docs/x.dot"' base.sarif || fail "SARIF URI is not the stdin file name"
"$tmc" -q docs/x.dot --baseline base.sarif --fail-on low -o now.sarif 2>err ||
  { fail "a baseline from stdin did not match the same diagram"; cat err; }
! grep -q '"baselineState": "new"' now.sarif || fail "findings new against a named stdin baseline"

# Diagnostics and --outdir names use it too.
printf 'digraph bad {\n  a -> b\n  c -> \n}\n' | "$tmc" -q - --stdin-filename docs/bad.dot -o - -T md >/dev/null 2>err
grep -q '^docs/bad.dot:4: error: ' err || { fail "diagnostic not under the stdin file name"; cat err; }
mkdir out
"$tmc" -q - --stdin-filename docs/x.dot --outdir out -T md <docs/x.dot || fail "outdir run"
[ -f out/docs/x.dot.md ] || { fail "--outdir did not name the report after --stdin-filename"; ls out; }
"$tmc" -q - --stdin-filename '' -o - -T md <docs/x.dot >/dev/null 2>&1
[ $? -eq 64 ] || fail "--stdin-filename '' accepted"

# The documented recipe: a pull request's baseline from the base branch.
if command -v git >/dev/null 2>&1; then
  git init -q -b main repo && cp -r docs repo/ && cd repo &&
    git -c user.email=t@t -c user.name=t add docs &&
    git -c user.email=t@t -c user.name=t commit -qm base &&
    git checkout -q -b pr &&
    sed -i 's/api -> db;/api -> db;\n  user -> db [label="export", protocol=http];/' docs/x.dot || fail "git setup"
  awk '/^```sh baseline$/{f=1;next} /^```$/{f=0} f' "${TMC_SOURCE_DIR:?}/docs/github-code-scanning.md" >recipe.sh
  [ -s recipe.sh ] || fail "docs/github-code-scanning.md has no baseline recipe"
  mkdir -p bin && ln -s "$tmc" bin/tmc
  PATH="$PWD/bin:$PATH" BASE=main DIAGRAMS=docs/x.dot sh recipe.sh >out 2>err
  rc=$?
  [ "$rc" -eq 1 ] || { fail "the recipe exited $rc, want 1 (a new flow with findings)"; cat err; }
  grep -q 'new' err || { fail "the recipe's gate said nothing about new findings"; cat err; }
  grep -q '"baselineState": "unchanged"' sarif/docs/x.dot.sarif ||
    fail "the recipe's SARIF has no unchanged results"
  cd ..
fi
[ "$failed" -eq 0 ] || exit 1
echo "ok: --stdin-filename names standard input everywhere; the baseline recipe works"
