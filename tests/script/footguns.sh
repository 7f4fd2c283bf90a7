#!/bin/sh
# footguns.sh - the command line does not hurt a hurried user: a report path
# that is one of the inputs is refused (by any name: a symlink too) and the
# input is untouched; --outdir creates its folder (and the input's folders
# below it) and names reports by the input's path, the same alone as in a
# batch; -o /dev/null works without -T; --fail-on none alone checks the
# diagram; --explain takes any case and suggests near ids.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
mkdir -p docs/arch
cp "$src/examples/rag-chatbot.dot" docs/arch/x.dot
cp docs/arch/x.dot keep.dot

"$tmc" -q docs/arch/x.dot -T md -o docs/arch/x.dot 2>err
[ $? -eq 64 ] || fail "-T md -o INPUT was not refused with 64"
cmp -s docs/arch/x.dot keep.dot || fail "the input diagram was overwritten"
grep -q "refusing to write the md report over 'docs/arch/x.dot'" err || { fail "unclear refusal"; cat err; }
ln -s arch/x.dot docs/link.dot
"$tmc" -q docs/arch/x.dot -T md -o docs/link.dot 2>err
[ $? -eq 64 ] || fail "an output symlinked to the input was not refused"
cmp -s docs/arch/x.dot keep.dot || fail "the input was overwritten through a symlink"
ls docs/arch | grep -q tmc- && fail "a refused run left a temporary file"

# --outdir: the folder is made, reports mirror the input's path.
"$tmc" -q docs/arch/x.dot --outdir reports/new -T md,sarif || fail "--outdir into a missing folder failed"
[ -s reports/new/docs/arch/x.dot.md ] && [ -s reports/new/docs/arch/x.dot.sarif ] ||
  { fail "--outdir did not name reports by the input path"; find reports; }
cp keep.dot docs/arch/x.drawio.dot
"$tmc" -q docs/arch/x.dot docs/arch/x.drawio.dot --outdir batch || fail "batch"
[ -s batch/docs/arch/x.dot.md ] || { fail "a batch named the report otherwise"; find batch; }
: >file
"$tmc" -q docs/arch/x.dot --outdir file/sub 2>err
[ $? -eq 74 ] || fail "--outdir under a file: want 74"
grep -q "file/sub" err || fail "--outdir failure does not name the folder"

# -o /dev/null without -T, and --fail-on none alone.
"$tmc" -q docs/arch/x.dot -o /dev/null || fail "-o /dev/null refused"
"$tmc" -q docs/arch/x.dot --fail-on none || fail "--fail-on none alone refused"
printf 'digraph b { a -> \n' >bad.dot
"$tmc" -q bad.dot --fail-on none 2>/dev/null
[ $? -eq 2 ] || fail "--fail-on none alone does not report a broken diagram"

# --explain: any case, and a near id suggested.
"$tmc" --explain tmc-llm-002 >out 2>err || fail "--explain tmc-llm-002 (lower case) failed"
head -n 1 out | grep -q '^TMC-LLM-002:' || fail "--explain lower case printed the wrong rule"
"$tmc" --explain TMC-LLM-02 >out 2>err
[ $? -eq 64 ] || fail "--explain of a missing id did not exit 64"
grep -q "did you mean 'TMC-LLM-002'" err || { fail "no suggestion for TMC-LLM-02"; cat err; }
"$tmc" --explain tmc-path-02 >out 2>err
grep -q "did you mean 'TMC-PATH-002'" err || fail "no suggestion for a goal id"

[ "$failed" -eq 0 ] || exit 1
echo "ok: inputs protected, --outdir made and named stably, /dev/null, --fail-on none, --explain"
