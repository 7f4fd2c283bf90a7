#!/bin/sh
# fingerprint_edits.sh - the edits docs/fingerprints.md promises keep every
# finding's identity (SARIF partialFingerprints, --baseline) and the ones that
# must change it: renaming the DOT graph or a draw.io page, relabelling an
# element, reordering lines and inserting a parallel flow above an existing
# one keep them; renaming an id changes exactly the results on it; an
# anonymous graph gets the same fingerprints alone and in a batch.
set -u
tmc=${TMC_BINARY:?}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# fps FILE: "rule fingerprint" per result, sorted.
fps() {
  "$tmc" "$1" -q -T sarif -o - | awk '
    /"ruleId":/ { rule = $2 }
    /"primaryLocationLineHash":/ { print rule, $2 }' | sort
}
# same A B WHAT: A and B have the same fingerprints.
same() {
  fps "$1" >"$tmp/x" && fps "$2" >"$tmp/y"
  [ "$(wc -l <"$tmp/x")" -ge 5 ] || fail "$3: too few results to test"
  cmp -s "$tmp/x" "$tmp/y" || { fail "$3 changed fingerprints"; diff "$tmp/x" "$tmp/y" | head; }
}
# kept A B WHAT: every fingerprint of A is in B, and B has more.
kept() {
  fps "$1" >"$tmp/x" && fps "$2" >"$tmp/y"
  [ -z "$(comm -23 "$tmp/x" "$tmp/y")" ] || { fail "$3 lost fingerprints"; comm -23 "$tmp/x" "$tmp/y" | head; }
  [ "$(wc -l <"$tmp/y")" -gt "$(wc -l <"$tmp/x")" ] || fail "$3: the test would not bite"
}

cat >"$tmp/a.dot" <<'DOT'
digraph rag {
  user [shape=box, label="Customer"];
  subgraph cluster_dc {
    label="Data centre";
    web [label="Web shop"];
    orders [shape=cylinder, label="Orders DB", data="pii"];
  }
  user -> web [label="browse", protocol=http, data="pii"];
  web -> orders [label="store order"];
}
DOT
sed 's/digraph rag/digraph chatbot/' "$tmp/a.dot" >"$tmp/graph.dot"
same "$tmp/a.dot" "$tmp/graph.dot" "renaming the DOT graph"
sed 's/label="Web shop"/label="Storefront"/' "$tmp/a.dot" >"$tmp/relabel.dot"
same "$tmp/a.dot" "$tmp/relabel.dot" "relabelling a DOT node"
# A parallel flow inserted above the existing ones, with a label of its own.
# It says nothing that changes what the elements are (a login would make the
# shop session-based, and its authorization finding the object-level one):
# only the findings of the new flow are new.
sed 's/^  user -> web \[label="browse"/  user -> web [label="upload", protocol=http, data="pii"];\n&/' "$tmp/a.dot" >"$tmp/par.dot"
grep -q upload "$tmp/par.dot" || fail "sed did not insert the parallel flow"
kept "$tmp/a.dot" "$tmp/par.dot" "inserting a parallel DOT flow"
# One whose label sorts before "browse": the customer's weak login
# (TMC-SPOOF-002, said once per pair of elements on the flow whose label
# sorts first) moves onto it and keeps its fingerprint, the pair's.
sed 's/^  user -> web \[label="browse"/  user -> web [label="about us", protocol=http];\n&/' "$tmp/a.dot" >"$tmp/par2.dot"
grep -q 'about us' "$tmp/par2.dot" || fail "sed did not insert the second parallel flow"
kept "$tmp/a.dot" "$tmp/par2.dot" "inserting a parallel DOT flow that sorts first"
"$tmc" "$tmp/par2.dot" -q -T json -o - |
  awk '/"rule": "TMC-SPOOF-002"/ { s = 1 } s && /"target":/ { print; exit }' | grep -q '"target": 0,' ||
  fail "the login finding is not on the flow that sorts first (the test would not bite)"
# key= names parallel flows whatever their labels say.
cat >"$tmp/k1.dot" <<'DOT'
digraph g {
  user [shape=box];
  subgraph cluster_in { label="Internal"; web; }
  user -> web [key=write, label="store", protocol=http];
  user -> web [key=read, label="load", protocol=http];
}
DOT
sed -e 's/label="store"/label="persist"/' -e 's/label="load"/label="fetch"/' "$tmp/k1.dot" >"$tmp/k2.dot"
same "$tmp/k1.dot" "$tmp/k2.dot" "relabelling DOT flows that have key="
# Renaming an id must change the results on it, and only those.
sed 's/\<web\>/storefront/g' "$tmp/a.dot" >"$tmp/rename.dot"
fps "$tmp/a.dot" >"$tmp/x"; fps "$tmp/rename.dot" >"$tmp/y"
[ -n "$(comm -23 "$tmp/x" "$tmp/y")" ] || fail "renaming an id kept every fingerprint"
[ -n "$(comm -12 "$tmp/x" "$tmp/y")" ] || fail "renaming one id changed every fingerprint"

# An anonymous graph: the same fingerprints alone and after other inputs in
# one process (cgraph numbers anonymous graphs per process).
printf 'digraph {\n  u [shape=box];\n  s;\n  d [shape=cylinder];\n  u -> s;\n  s -> d;\n}\n' >"$tmp/anon.dot"
mkdir "$tmp/o1" "$tmp/o2"
cp "$tmp/anon.dot" "$tmp/other.dot"
"$tmc" -q "$tmp/anon.dot" --outdir "$tmp/o1" -T sarif,md || fail "anon alone"
"$tmc" -q "$tmp/other.dot" "$tmp/a.dot" "$tmp/anon.dot" --outdir "$tmp/o2" -T sarif,md || fail "anon batch"
cmp -s "$tmp/o1/anon.dot.sarif" "$tmp/o2/anon.dot.sarif" || fail "an anonymous graph's SARIF depends on its place in a batch"
cmp -s "$tmp/o1/anon.dot.md" "$tmp/o2/anon.dot.md" || fail "an anonymous graph's title depends on its place in a batch"
head -n 1 "$tmp/o1/anon.dot.md" | grep -q 'anon' || fail "an anonymous graph is not named after its file: $(head -n 1 "$tmp/o1/anon.dot.md")"

# draw.io: the page renamed (its id kept), an element relabelled, a
# parallel edge inserted before the existing one, an id renamed.
cat >"$tmp/a.drawio" <<'XML'
<mxfile>
  <diagram id="pg1" name="Page-1">
    <mxGraphModel><root>
      <mxCell id="0"/><mxCell id="1" parent="0"/>
      <mxCell id="user" value="Customer" style="shape=umlActor;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="40" height="60" as="geometry"/></mxCell>
      <mxCell id="web" value="Web shop" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="200" y="0" width="120" height="60" as="geometry"/></mxCell>
      <mxCell id="db" value="Orders DB" style="shape=cylinder3;" vertex="1" parent="1"><mxGeometry x="400" y="0" width="60" height="80" as="geometry"/></mxCell>
      <mxCell id="zone" value="Internal network" style="dashed=1;strokeColor=#FF0000;fillColor=none;" vertex="1" parent="1"><mxGeometry x="180" y="-20" width="320" height="120" as="geometry"/></mxCell>
      <object id="e1" label="browse" protocol="http"><mxCell edge="1" source="user" target="web" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>
      <mxCell id="e2" value="store order" edge="1" source="web" target="db" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
    </root></mxGraphModel>
  </diagram>
</mxfile>
XML
sed 's/name="Page-1"/name="Customer support"/' "$tmp/a.drawio" >"$tmp/page.drawio"
same "$tmp/a.drawio" "$tmp/page.drawio" "renaming the draw.io page"
sed 's/value="Web shop"/value="Storefront"/' "$tmp/a.drawio" >"$tmp/relabel.drawio"
same "$tmp/a.drawio" "$tmp/relabel.drawio" "relabelling a draw.io element"
sed 's|^      <object id="e1"|      <object id="e9" label="upload" protocol="http"><mxCell edge="1" source="user" target="web" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>\n&|' "$tmp/a.drawio" >"$tmp/par.drawio"
grep -q '"e9"' "$tmp/par.drawio" || fail "sed did not insert the draw.io edge"
kept "$tmp/a.drawio" "$tmp/par.drawio" "inserting a parallel draw.io flow"
sed 's|^      <object id="e1"|      <object id="e8" label="about us" protocol="http"><mxCell edge="1" source="user" target="web" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>\n&|' "$tmp/a.drawio" >"$tmp/par2.drawio"
grep -q '"e8"' "$tmp/par2.drawio" || fail "sed did not insert the second draw.io edge"
kept "$tmp/a.drawio" "$tmp/par2.drawio" "inserting a parallel draw.io flow that sorts first"
sed 's/"web"/"shop"/g' "$tmp/a.drawio" >"$tmp/rename.drawio"
fps "$tmp/a.drawio" >"$tmp/x"; fps "$tmp/rename.drawio" >"$tmp/y"
[ -n "$(comm -23 "$tmp/x" "$tmp/y")" ] || fail "renaming a draw.io id kept every fingerprint"

[ "$failed" -eq 0 ] || exit 1
echo "ok: fingerprints survive the harmless edits and follow renamed ids"
