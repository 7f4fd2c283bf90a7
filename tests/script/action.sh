#!/bin/sh
# action.sh - the composite GitHub Action (action.yml at the repository root)
# is valid and does what docs/github-code-scanning.md says: its YAML parses
# with the keys GitHub requires, the upload is upload-sarif@v4 under
# always(), and its shell steps, run here in order as the runner would (with
# GITHUB_ENV/GITHUB_OUTPUT files, inputs substituted, the installed tmc, the
# upload faked), analyse every diagram of a glob, keep going past a broken
# one, write SARIF for the others, name the failures and fail only at the
# end. Skips (77) without bash or python3's yaml module.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
command -v bash >/dev/null 2>&1 || { echo "no bash"; exit 77; }
python3 -c 'import yaml' 2>/dev/null || { echo "no python3 yaml"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1

cat >run_action.py <<'PY'
import os, re, subprocess, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
src, inputs = sys.argv[2], dict(a.split("=", 1) for a in sys.argv[3:])
problems = []
for key in ("name", "description", "runs"):
    if key not in action:
        problems.append("action.yml has no " + key)
runs = action["runs"]
if runs.get("using") != "composite":
    problems.append("not a composite action")
declared = action.get("inputs", {})
for name, spec in declared.items():
    if "description" not in spec:
        problems.append("input %s has no description" % name)
    inputs.setdefault(name, str(spec.get("default", "")))
uploads = [s for s in runs["steps"] if "uses" in s]
if [s["uses"] for s in uploads] != ["github/codeql-action/upload-sarif@v4"]:
    problems.append("the upload is not exactly github/codeql-action/upload-sarif@v4: %s" % uploads)
elif "always()" not in str(uploads[0].get("if", "")):
    problems.append("the upload does not run under always()")
names = [s.get("name", "") for s in runs["steps"]]
if names.index(uploads[0]["name"]) < max(i for i, s in enumerate(runs["steps"]) if "run" in s):
    problems.append("a shell step runs after the upload")
if problems:
    print("\n".join(problems)); sys.exit(3)

def subst(text, outputs):
    def one(m):
        expr = m.group(1).strip()
        if expr.startswith("inputs."):
            name = expr[len("inputs."):]
            if name not in declared:
                raise SystemExit("undeclared input " + name)
            return inputs[name]
        if expr == "github.action_path":
            return src
        raise SystemExit("unknown expression " + expr)
    return re.sub(r"\$\{\{(.*?)\}\}", one, text)

env = dict(os.environ, GITHUB_ACTIONS="true")
env_file, out_file = os.path.abspath("github_env"), os.path.abspath("github_output")
status = 0
for step in runs["steps"]:
    if "uses" in step:
        print("fake upload of", subst(step["with"]["sarif_file"], {}), "after status", status)
        continue
    if step.get("shell") != "bash":
        print("step %r does not say shell: bash" % step.get("name")); sys.exit(3)
    open(env_file, "w").close(); open(out_file, "w").close()
    step_env = dict(env, GITHUB_ENV=env_file, GITHUB_OUTPUT=out_file)
    for k, v in step.get("env", {}).items():
        step_env[k] = subst(str(v), {})
    # As the runner runs a bash step: bash --noprofile --norc -eo pipefail.
    rc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                        env=step_env).returncode
    for line in open(env_file):
        k, v = line.rstrip("\n").split("=", 1)
        env[k] = v
    for line in open(out_file):
        print("output", line.rstrip("\n"))
    if rc != 0:
        status = rc
        print("step %r failed with %d" % (step["name"], rc))
        # Later steps without always() would be skipped; the upload still runs.
        runs["steps"] = [s for s in runs["steps"] if "uses" in s or s is step]
sys.exit(status)
PY

mkdir -p repo/docs/arch && cd repo
cp "$src/examples/rag-chatbot.dot" docs/arch/chatbot.dot
printf 'digraph broken { a -> \n' >docs/arch/broken.dot
printf 'digraph quiet {\n  a;\n}\n' >docs/arch/quiet.dot
python3 ../run_action.py "$src/action.yml" "$src" "tmc=$tmc" "diagrams=docs/**/*.dot" >../out 2>../err
rc=$?
cd ..
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
[ "$rc" -eq 1 ] || { fail "the action exited $rc, want 1"; cat out err; }
grep -q 'fake upload of tmc-sarif after status 1' out || { fail "the upload did not run after the failure"; cat out; }
for d in chatbot quiet; do
  [ -s "repo/tmc-sarif/docs_arch_$d.dot.sarif" ] || fail "no SARIF for $d.dot"
done
grep -q '"uri": "docs/arch/chatbot.dot"' repo/tmc-sarif/docs_arch_chatbot.dot.sarif || fail "SARIF URI is not the repository path"
grep -q '^output failed=docs/arch/broken.dot docs/arch/chatbot.dot$' out || { fail "the failed output does not name both"; cat out; }
grep -q 'analysed 3 diagram(s), 2 failed: docs/arch/broken.dot docs/arch/chatbot.dot' out || { fail "no closing summary"; cat out; }
grep -q '^::error file=docs/arch/broken.dot' out err || fail "the broken diagram is not annotated"
grep -q '^::error file=docs/arch/chatbot.dot,line=' err || fail "the gate's findings are not annotations"
grep -q '^::error file=docs/arch/broken.dot,line=' err || fail "the broken diagram's error is not an annotation at its line"

# The documented workflow uses this action and pins it.
grep -q 'uses: YOUR-ORG/tmc@' "$src/docs/github-code-scanning.md" || fail "the documented workflow does not use the action"
! grep -q 'upload-sarif@v3' "$src/docs/github-code-scanning.md" "$src/action.yml" || fail "upload-sarif@v3 is still documented"
grep -q 'actions: read' "$src/docs/github-code-scanning.md" || fail "the workflow lacks actions: read"
[ "$failed" -eq 0 ] || exit 1
echo "ok: action.yml is valid and its steps analyse every diagram, upload, then fail"
