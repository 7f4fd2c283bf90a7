#!/bin/sh
# vocab_typos.sh - a misspelt attribute or custom property (protocl=,
# contols=, sensitivty=, dat=, enrty=, authenticaed=) and a misspelt value
# (protocol=htps) are warned about at their line with the word meant, in DOT
# and in draw.io; attributes of other tools (graphviz's, draw.io's C4) and
# words far from the vocabulary are not.
set -u
tmc=${TMC_BINARY:?}
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
cat >t.dot <<'DOT'
digraph t {
  user [shape=box, enrty=true, color=red];
  subgraph cluster_i { label="Internal"; api [contols="authentication"]; db [shape=cylinder, sensitivty=secret, dat="pii"]; }
  user -> api [protocl=https, authenticaed=true, penwidth=2];
  api -> db [protocol=htps, owner="team a"];
}
DOT
"$tmc" -q t.dot -o /dev/null 2>err || fail "t.dot did not compile"
for want in "t.dot:2:20: warning: user: unknown attribute 'enrty' (ignored); did you mean 'entry'?" \
  "t.dot:3:47: warning: api: unknown attribute 'contols' (ignored); did you mean 'controls'?" \
  "t.dot:3:94: warning: db: unknown attribute 'sensitivty' (ignored); did you mean 'sensitivity'?" \
  "t.dot:3:113: warning: db: unknown attribute 'dat' (ignored); did you mean 'data'?" \
  "t.dot:4:16: warning: user -> api: unknown attribute 'protocl' (ignored); did you mean 'protocol'?" \
  "t.dot:4:31: warning: user -> api: unknown attribute 'authenticaed' (ignored); did you mean 'authenticated'?" \
  "t.dot:5:23: warning: api -> db: unknown protocol 'htps'; did you mean 'https'?"; do
  grep -qF "$want" err || fail "missing: $want"
done
! grep -q -e "'color'" -e "'penwidth'" -e "'owner'" err || fail "warned about a graphviz attribute or a far word"
# Each warning quotes its line with a caret under the word (gcc's form); a
# long line is cut around it.
grep -qxF '    4 |   user -> api [protocl=https, authenticaed=true, penwidth=2];' err ||
  fail "the line of protocl= is not quoted"
grep -qxF '      |                ^~~~~~~' err || fail "no caret under protocl"
grep -qxF '      |                       ^~~~' err || fail "no caret under htps"
grep -qF '    3 | ...s="authentication"]; db [shape=cylinder, sensitivty=secret, dat="pii"]; }' err ||
  fail "a long line is not cut around its column"
cat >t.drawio <<'XML'
<mxfile>
  <diagram id="p1" name="Page-1">
    <mxGraphModel><root>
      <mxCell id="0"/><mxCell id="1" parent="0"/>
      <object id="user" label="Customer" enrty="true"><mxCell style="shape=umlActor;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="40" height="60" as="geometry"/></mxCell></object>
      <object id="api" label="API" c4Type="Container" c4Name="API"><mxCell style="rounded=1;" vertex="1" parent="1"><mxGeometry x="200" y="0" width="120" height="60" as="geometry"/></mxCell></object>
      <object id="e1" label="call" protocl="https"><mxCell edge="1" source="user" target="api" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>
    </root></mxGraphModel>
  </diagram>
</mxfile>
XML
"$tmc" -q t.drawio -o /dev/null 2>err || fail "t.drawio did not compile"
# draw.io: at the property's column in its start tag (draw.io writes a cell
# per line), the line quoted.
grep -q "t.drawio:5:42: warning: .*unknown attribute 'enrty' (ignored); did you mean 'entry'?" err || { fail "draw.io: enrty"; cat err; }
grep -q "t.drawio:7:36: warning: .*unknown attribute 'protocl' (ignored); did you mean 'protocol'?" err || { fail "draw.io: protocl"; cat err; }
grep -qF '    7 |       <object id="e1" label="call" protocl="https"><mxCell edge="1" source="user" target="api" ...' err ||
  { fail "draw.io: the line is not quoted"; cat err; }
! grep -v '^ *[0-9]* |' err | grep -q "c4Type\|c4Name" || fail "warned about draw.io's C4 properties"
# The same words inside another attribute's value (quoted either way) are
# not the property.
cat >q.drawio <<'XML'
<mxfile><diagram id="p" name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<object id="a" label='say sensitivity="public"' note="sensitivity=x" sensitivity="secrte"><mxCell style="ellipse;" vertex="1" parent="1"><mxGeometry width="9" height="9" as="geometry"/></mxCell></object>
</root></mxGraphModel></diagram></mxfile>
XML
"$tmc" -q q.drawio -o /dev/null 2>err
grep -qF "q.drawio:2:83: warning: 'say sensitivity=\"public\"' (id a): unknown sensitivity 'secrte'" err ||
  { fail "draw.io: a property's place inside a quoted value"; cat err; }

# A minified file holds every cell on one line: each warning points into its
# own cell's tag, not at the first cell's attribute of the same name.
cat >m.drawio <<'XML'
<mxfile><diagram id="d" name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><object id="a1" label="API" tpye="process"><mxCell style="rounded=1;" vertex="1" parent="1"><mxGeometry width="80" height="40" as="geometry"/></mxCell></object><object id="b2" label="Orders DB" sensitivty="secret" tpye="data_store"><mxCell style="shape=cylinder3;" vertex="1" parent="1"><mxGeometry x="200" width="60" height="80" as="geometry"/></mxCell></object></root></mxGraphModel></diagram></mxfile>
XML
"$tmc" -q m.drawio -o /dev/null 2>err
grep -qF "m.drawio:1:125: warning: 'API' (id a1): unknown attribute 'tpye'" err ||
  { fail "minified draw.io: a1's tpye"; cat err; }
grep -qF "m.drawio:1:311: warning: 'Orders DB' (id b2): unknown attribute 'tpye'" err ||
  { fail "minified draw.io: b2's tpye not in b2's tag"; cat err; }

# Mermaid's `%% tmc:` comments and OTM's attributes are placed too: the
# caret is under the attribute in the comment (a Markdown file's own line),
# an OTM value's line and column.
printf '# Doc\n\n```mermaid\nflowchart LR\n  A[User] --> B(API)\n  %%%% tmc: B protocl=https sensitivity=secrte\n```\n' >d.md
"$tmc" -q d.md -o /dev/null 2>err || fail "d.md did not compile"
grep -qF "d.md:6:13: warning: B: unknown attribute 'protocl' (ignored); did you mean 'protocol'?" err ||
  { fail "mermaid: protocl not at its column"; cat err; }
grep -qF "d.md:6:39: warning: B: unknown sensitivity 'secrte'" err || { fail "mermaid: secrte"; cat err; }
grep -qxF '      |                                       ^~~~~~' err || { fail "mermaid: no caret"; cat err; }
cat >o.otm <<'OTM'
otmVersion: 0.2.0
project: {name: Shop, id: shop, attributes: {generator: tmc}}
trustZones:
  - {id: internet, name: Internet, risk: {trustRating: 1}}
components:
  - id: user
    name: Customer
    parent: {trustZone: internet}
    attributes:
      sensitivity: secrte
      protocl: https
OTM
"$tmc" -q o.otm -o /dev/null 2>err || fail "o.otm did not compile"
grep -qF "o.otm:10:20: warning: user: unknown sensitivity 'secrte'" err || { fail "otm: secrte not at its value"; cat err; }
grep -qF "o.otm:11: warning: user: unknown attribute 'protocl'" err || { fail "otm: protocl not at its line"; cat err; }
# kind= is not read: the attribute meant is type=, however far the spelling.
printf 'digraph k { a [kind=llm]; }\n' >k.dot
"$tmc" -q k.dot -o /dev/null 2>err || fail "k.dot did not compile"
grep -qF "k.dot:1:16: warning: a: unknown attribute 'kind' (ignored); did you mean 'type'?" err ||
  { fail "kind= is not pointed at type="; cat err; }
# --list-attributes prints the vocabulary of catalogs/attributes.yaml, by
# name, the same every time; docs/vocabulary.md documents every attribute,
# and a --catalog file's attribute joins the list.
"$tmc" --list-attributes >l1 || fail "--list-attributes failed"
"$tmc" --list-attributes >l2
cmp -s l1 l2 || fail "--list-attributes is not stable"
grep -qE '^protocol +\[flow\]  https, tls' l1 || fail "--list-attributes: protocol line"
grep -qE '^trust +\[boundary\]  0 \(untrusted\)' l1 || fail "--list-attributes: trust line"
grep -oE '^[a-z_]+' l1 >names
sort -c names || fail "--list-attributes is not sorted by name"
[ "$(wc -l <names)" -ge 20 ] || fail "--list-attributes lists fewer than 20 attributes"
while read -r a; do
  grep -q "\`$a\`" "${TMC_SOURCE_DIR:?}/docs/vocabulary.md" || fail "docs/vocabulary.md misses $a"
done <names
printf 'attributes:\n  - name: team\n    on: [element]\n    values: a name\n    meaning: who runs it\n' >team.yaml
"$tmc" --catalog team.yaml --list-attributes | grep -qE '^team +\[element\]  a name$' ||
  fail "--catalog attribute not listed"
[ "$failed" -eq 0 ] || exit 1
echo "ok: misspelt attributes and protocols are named, with the word meant"
