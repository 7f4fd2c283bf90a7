#!/bin/sh
# vocab_values.sh - a name outside the vocabulary and far from it (a team's
# own property) is one warning at its first use with how many more carry it;
# an unknown value of an enumerated attribute (trust=, type=, tech=,
# sensitivity=) says which value was used instead and the value meant, in
# DOT and draw.io; graphviz's and draw.io's own names say nothing, so the
# examples stay quiet and the shared corpus nearly so.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
want() { grep -qF "$1" err || { fail "missing: $1"; sed 's/^/  | /' err; }; }
cat >v.dot <<'DOT'
digraph v {
  user [shape=box, team=web, fontname=Helvetica];
  subgraph cluster_i {
    label="Internal network"; trust=high; style=dashed;
    api [team=platform, type=proces];
    db [shape=cylinder, type=databse, sensitivity=confidental];
  }
  user -> api [team=web, tech=https];
}
DOT
"$tmc" -q v.dot -o /dev/null 2>err || fail "v.dot did not compile"
want "v.dot:2:20: warning: user: unknown attribute 'team' (ignored, here and on 2 more; tmc --list-attributes lists the ones tmc reads)"
[ "$(grep -c "'team'" err)" -eq 1 ] || fail "team= warned more than once"
# (at trust='s value, on its own line, not the subgraph's)
want "v.dot:4:37: warning: boundary 'cluster_i': trust='high' is not a number from 0 (untrusted) to 9; trust 2 used instead, from label word 'internal'"
want "v.dot:5:30: warning: api: unknown type 'proces' (see tmc --list-kinds), kind process used instead"
want "did you mean 'process'?"
want "v.dot:6:30: warning: db: unknown type 'databse' (see tmc --list-kinds), kind data_store used instead (from "
want "; did you mean 'database'?"
want "v.dot:6:51: warning: db: unknown sensitivity 'confidental' (public, internal, confidential, secret), treated as unwritten; did you mean 'confidential'?"
# (the quoted source lines, "  2 | ...", are not messages)
! grep -v '^ *[0-9]* |' err | grep -q -e fontname -e "'style'" -e "'label'" -e "'shape'" ||
  fail "a graphviz attribute warned"

# accept= naming an unknown rule: at the value.
printf 'digraph a {\n  api [accept="TMC-NOPE-001: fine"];\n}\n' >a.dot
"$tmc" -q a.dot -o /dev/null 2>err || fail "a.dot did not compile"
want "a.dot:2:15: warning: api: accept= names rule 'TMC-NOPE-001', which no catalog defines"
# role= values are a closed set of the vocabulary data: the role meant.
printf 'digraph r {\n  bot [type=llm, role="agent, retreiver"];\n}\n' >r.dot
"$tmc" -q r.dot -o /dev/null 2>err || fail "r.dot did not compile"
want "r.dot:2:23: warning: bot: unknown role 'retreiver' (ignored; tmc --list-attributes lists the values); did you mean 'retriever'?"

cat >v.drawio <<'XML'
<mxfile>
  <diagram id="p1" name="Page-1">
    <mxGraphModel><root>
      <mxCell id="0"/><mxCell id="1" parent="0"/>
      <object id="z" label="Internal zone" trust="hi"><mxCell style="swimlane;container=1;" vertex="1" parent="1"><mxGeometry x="100" y="0" width="400" height="200" as="geometry"/></mxCell></object>
      <object id="user" label="Customer" costcentre="42" tooltip="a person" link="https://example.com"><mxCell style="shape=umlActor;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="40" height="60" as="geometry"/></mxCell></object>
      <object id="api" label="API" costcentre="7" c4Type="Container" c4Name="API" tech="kuberntes"><mxCell style="rounded=1;" vertex="1" parent="z"><mxGeometry x="50" y="50" width="120" height="60" as="geometry"/></mxCell></object>
      <mxCell id="e1" edge="1" source="user" target="api" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
    </root></mxGraphModel>
  </diagram>
</mxfile>
XML
"$tmc" -q v.drawio -o /dev/null 2>err || fail "v.drawio did not compile"
grep -q "v.drawio:6:42: warning: .*unknown attribute 'costcentre' (ignored, here and on 1 more" err ||
  { fail "draw.io: costcentre"; cat err; }
grep -q "trust='hi' is not a number from 0 (untrusted) to 9; trust 2 used instead, from label word 'internal'" err ||
  { fail "draw.io: trust=hi"; cat err; }
grep -q "unknown tech 'kuberntes' (see tmc --list-technologies), .* used instead; did you mean 'kubernetes'?" err ||
  { fail "draw.io: tech=kuberntes"; cat err; }
! grep -v '^ *[0-9]* |' err | grep -q -e tooltip -e "'link'" -e c4Type -e c4Name ||
  fail "a draw.io property warned"

# draw.io's ids are the tool's ("8", "Zk3-9"): messages name elements,
# flows and boundaries by label, id beside, and an edge without a label by
# its ends.
cat >n.drawio <<'XML'
<mxfile>
  <diagram id="p1" name="Page-1">
    <mxGraphModel><root>
      <mxCell id="0"/><mxCell id="1" parent="0"/>
      <object id="Zk3-9" label="Internal zone" trust="hi"><mxCell style="swimlane;container=1;" vertex="1" parent="1"><mxGeometry x="100" y="0" width="400" height="200" as="geometry"/></mxCell></object>
      <object id="7" label="Customer" enrty="true"><mxCell style="shape=umlActor;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="40" height="60" as="geometry"/></mxCell></object>
      <object id="8" label="Orders &lt;b&gt;DB&lt;/b&gt;" type="databse"><mxCell style="shape=cylinder3;html=1;" vertex="1" parent="Zk3-9"><mxGeometry x="50" y="50" width="120" height="60" as="geometry"/></mxCell></object>
      <object id="e1" label="" protocl="https"><mxCell edge="1" source="7" target="8" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>
      <object id="e2" label="reads" protocol="htps"><mxCell edge="1" source="8" target="7" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>
      <mxCell id="e3" value="stray arrow" edge="1" source="7" parent="1"><mxGeometry relative="1" as="geometry"><mxPoint x="0" y="300" as="targetPoint"/></mxGeometry></mxCell>
    </root></mxGraphModel>
  </diagram>
</mxfile>
XML
"$tmc" -q n.drawio -o /dev/null 2>err || fail "n.drawio did not compile"
want "n.drawio:5:55: warning: boundary 'Internal zone' (id Zk3-9): trust='hi' is not a number"
want "n.drawio:6:39: warning: 'Customer' (id 7): unknown attribute 'enrty' (ignored); did you mean 'entry'?"
want "n.drawio:7:65: warning: 'Orders DB' (id 8): unknown type 'databse'"
want "n.drawio:8:32: warning: 'Customer' -> 'Orders DB' (id e1): unknown attribute 'protocl'"
want "n.drawio:9:47: warning: 'reads' (id e2): unknown protocol 'htps'; did you mean 'https'?"
want "n.drawio:10: warning: page 'Page-1': edge 'stray arrow' (id e3) is not connected at both ends; not a flow"

# A node only an edge names, spelt like a declared one, is a typo that made
# a phantom process: warned at the edge, with the node meant; numbered
# siblings (worker2 beside worker1) and names far from every declared one
# are not.
cat >p.dot <<'DOT'
digraph p {
  web [shape=box, label="Browser"];
  authservice [label="Auth service"];
  ledger [shape=cylinder];
  worker1 [label="Worker"];
  web -> authservce [protocol=https];
  authservice -> ledgr;
  worker1 -> worker2;
  web -> legder [label="reads"];
  cache -> ledger;
}
DOT
"$tmc" -q p.dot -o /dev/null 2>err || fail "p.dot did not compile"
want "p.dot:6:10: warning: node 'authservce' exists only because an edge names it (no statement, no attributes); did you mean 'authservice'?"
want "p.dot:7:18: warning: node 'ledgr' exists only because an edge names it (no statement, no attributes); did you mean 'ledger'?"
want "p.dot:9:10: warning: node 'legder' exists only because an edge names it (no statement, no attributes); did you mean 'ledger'?"
# The caret is under the misspelt name in the edge.
want "    9 |   web -> legder [label=\"reads\"];"
grep -qxF '      |          ^~~~~~' err || fail "no caret under legder"
! grep -q -e worker2 -e "'cache'" err || { fail "phantom warning for a numbered sibling or a far name"; cat err; }
# Short ids (a, b, n1) are one edit from many others: no guess.
printf 'digraph s {\n  subgraph cluster_a { a; db }\n  b -> a;\n  bd -> db;\n}\n' >s.dot
"$tmc" -q s.dot -o /dev/null 2>err || fail "s.dot did not compile"
! grep -q "exists only because" err || { fail "phantom warning for a short id"; cat err; }
"$tmc" -q --strict p.dot 2>err
[ $? -eq 2 ] || fail "--strict does not stop on a phantom node"

# The examples stay quiet about names and values.
for f in "$src"/examples/*; do
  case $f in *.md) continue ;; esac
  "$tmc" -q "$f" --fail-on none 2>err
  ! grep -q -e "unknown attribute" -e "unknown type" -e "unknown tech" -e "is not a number" err ||
    { fail "$(basename "$f") warns"; cat err; }
done
# The shared corpus (real diagrams) too, but for graphviz2drawio's
# siblings.gv, whose outline=bold graphviz does not define either.
corpus=${TMC_SHARED_DIR:-}/corpus
if [ -d "$corpus" ]; then
  n=0
  for f in "$corpus"/*; do
    case $f in *.md | *.truth) continue ;; esac
    [ -f "$f" ] || continue
    "$tmc" -q "$f" --fail-on none 2>err
    n=$((n + $(grep -c "unknown attribute" err)))
  done
  [ "$n" -le 1 ] || fail "the corpus gives $n unknown-attribute warnings (at most 1)"
fi
[ "$failed" -eq 0 ] || exit 1
echo "ok: unknown names and values are named, with what was used instead"
