#!/bin/sh
# score_pairs.sh - a "src->dst" locator in an expectation file names the
# pair of elements, not one of the flows drawn between them: tmc-blindscore
# counts a finding on any flow from src to dst (or a line both ways between
# them) as at that place, not only one on the first drawn. A once_per_pair
# rule's finding (TMC-SPOOF-002) sits on the flow whose label sorts first,
# which here is drawn second.
set -u
: "${TMC_BUILD_DIR:?}"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/set"
cat >"$work/set/ward.dot" <<'DOT'
digraph ward {
  subgraph cluster_h { label="Hospital network"; emr [label="Ward records app"]; }
  nurses [shape=box, label="Ward nurses"];
  nurses -> emr [label="record observations"];
  nurses -> emr [label="drug round"];
}
DOT
printf 'finding\tnurses->emr\tCWE-307\tshared ward login guessed\n' >"$work/set/ward.expect"
out=$("$TMC_BUILD_DIR/tests/tmc-blindscore" --root "$work" -v set/ward.expect) || {
  echo "FAIL: tmc-blindscore failed"; echo "$out"; exit 1; }
echo "$out" | grep -q 'ward.expect *1 of  *1' ||
  { echo "FAIL: a finding on the second flow of a pair is not at 'src->dst':"; echo "$out"; exit 1; }
echo "score_pairs: ok"
