#!/bin/sh
# sarif_fingerprints.sh - end to end through tmc: GitHub's alert identity
# (partialFingerprints.primaryLocationLineHash) is the same when a diagram's
# statements are shuffled and its lines move, and changes for exactly the
# results on an element that is renamed; for a DOT and a draw.io diagram.
set -eu
tmc=${TMC_BINARY:?}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/a.dot" <<'DOT'
digraph shop {
  user [shape=box, label="Customer"];
  admin [shape=box, label="Admin"];
  subgraph cluster_dc {
    label="Data centre";
    web [label="Web shop"];
    orders [shape=cylinder, label="Orders DB", data="pii"];
    llm [label="Support bot", type=llm];
  }
  user -> web [label="browse", protocol=https];
  admin -> web [label="manage"];
  web -> orders [label="store order"];
  web -> llm [label="ask"];
  llm -> orders [label="look up"];
}
DOT

# The same diagram, every statement in another place, lines moved by comments.
cat >"$tmp/b.dot" <<'DOT'
// the same shop, written in another order

digraph shop {
  llm -> orders [label="look up"];
  web -> llm [label="ask"];

  subgraph cluster_dc {
    // members in another order too
    llm [label="Support bot", type=llm];

    orders [shape=cylinder, label="Orders DB", data="pii"];
    web [label="Web shop"];
    label="Data centre";
  }
  admin -> web [label="manage"];
  web -> orders [label="store order"];


  admin [shape=box, label="Admin"];
  user -> web [label="browse", protocol=https];
  user [shape=box, label="Customer"];
}
DOT

# The same diagram with the element `web` renamed.
sed 's/\<web\>/storefront/g' "$tmp/a.dot" >"$tmp/c.dot"

# One line per result: rule, fingerprint, then every fullyQualifiedName in
# it (its location first; for an attack path also the entry and each hop).
# The fingerprint follows the locations and codeFlows in tmc's output.
ids() {
  "$tmc" "$1" -q -T sarif -o - | awk '
    /"ruleId":/ { rule = $2; all = "" }
    /"fullyQualifiedName":/ { fq = $0; sub(/^[^:]*: /, "", fq); all = all " " fq }
    /"primaryLocationLineHash":/ { print rule, $2, all }' | sort
}
lines() {
  "$tmc" "$1" -q -T sarif -o - | grep '"startLine"' | sort | uniq -c
}

# check A B C: B is A reordered, C is A with the element `web` renamed to `storefront`.
check() {
  ids "$1" >"$tmp/a.ids"
  ids "$2" >"$tmp/b.ids"
  ids "$3" >"$tmp/c.ids"
  n=$(wc -l <"$tmp/a.ids")
  [ "$n" -ge 10 ] || { echo "too few results ($n) to test anything" >&2; exit 1; }

  # The lines did move, so equal fingerprints mean something.
  if [ "$(lines "$1")" = "$(lines "$2")" ]; then
    echo "shuffled diagram reports the same lines: the test would not bite" >&2
    exit 1
  fi
  if ! diff -u "$tmp/a.ids" "$tmp/b.ids"; then
    echo "fingerprints changed when the diagram was reordered" >&2
    exit 1
  fi

  # Renamed: results not about web keep their fingerprints; those about web
  # (the element and its flows) get new ones, none equal to an old one.
  grep -v '\<web\>' "$tmp/a.ids" >"$tmp/a.keep"
  grep -v '\<storefront\>' "$tmp/c.ids" >"$tmp/c.keep"
  diff -u "$tmp/a.keep" "$tmp/c.keep" || { echo "unrelated fingerprints changed" >&2; exit 1; }
  grep '\<storefront\>' "$tmp/c.ids" | awk '{ print $2 }' | sort >"$tmp/c.new"
  [ -s "$tmp/c.new" ] || { echo "no result on the renamed element" >&2; exit 1; }
  awk '{ print $2 }' "$tmp/a.ids" | sort >"$tmp/a.all"
  if [ -n "$(comm -12 "$tmp/a.all" "$tmp/c.new")" ]; then
    echo "a renamed element kept an old fingerprint" >&2
    exit 1
  fi
  [ "$(wc -l <"$tmp/a.ids")" -eq "$(wc -l <"$tmp/c.ids")" ]
  echo "ok: $1: $n fingerprints stable under reordering, $(wc -l <"$tmp/c.new") changed by the rename"
}

check "$tmp/a.dot" "$tmp/b.dot" "$tmp/c.dot"

# draw.io: cells in another order (edges before the shapes they join, on
# other lines); the rename changes the cell id, as a rename in DOT changes
# the node name.
cat >"$tmp/a.drawio" <<'XML'
<mxfile>
  <diagram id="p1" name="Shop">
    <mxGraphModel>
      <root>
        <mxCell id="0"/>
        <mxCell id="1" parent="0"/>
        <mxCell id="user" value="Customer" style="shape=umlActor;" vertex="1" parent="1">
          <mxGeometry x="0" y="0" width="40" height="60" as="geometry"/>
        </mxCell>
        <mxCell id="web" value="Web shop" style="rounded=1;" vertex="1" parent="1">
          <mxGeometry x="200" y="0" width="120" height="60" as="geometry"/>
        </mxCell>
        <object id="db" label="Orders DB" data="pii" sensitivity="confidential">
          <mxCell style="shape=cylinder3;" vertex="1" parent="1">
            <mxGeometry x="400" y="0" width="60" height="80" as="geometry"/>
          </mxCell>
        </object>
        <mxCell id="zone" value="Internal network" style="dashed=1;strokeColor=#FF0000;fillColor=none;" vertex="1" parent="1">
          <mxGeometry x="180" y="-20" width="320" height="120" as="geometry"/>
        </mxCell>
        <object id="e1" label="browse" protocol="http">
          <mxCell edge="1" source="user" target="web" parent="1">
            <mxGeometry relative="1" as="geometry"/>
          </mxCell>
        </object>
        <mxCell id="e2" value="store order" edge="1" source="web" target="db" parent="1">
          <mxGeometry relative="1" as="geometry"/>
        </mxCell>
      </root>
    </mxGraphModel>
  </diagram>
</mxfile>
XML
cat >"$tmp/b.drawio" <<'XML'
<mxfile>
  <diagram id="p1" name="Shop">
    <mxGraphModel>
      <root>
        <mxCell id="0"/>
        <mxCell id="1" parent="0"/>

        <mxCell id="e2" value="store order" edge="1" source="web" target="db" parent="1">
          <mxGeometry relative="1" as="geometry"/>
        </mxCell>
        <object id="db" label="Orders DB" data="pii" sensitivity="confidential">
          <mxCell style="shape=cylinder3;" vertex="1" parent="1">
            <mxGeometry x="400" y="0" width="60" height="80" as="geometry"/>
          </mxCell>
        </object>
        <mxCell id="zone" value="Internal network" style="dashed=1;strokeColor=#FF0000;fillColor=none;" vertex="1" parent="1">
          <mxGeometry x="180" y="-20" width="320" height="120" as="geometry"/>
        </mxCell>
        <object id="e1" label="browse" protocol="http">
          <mxCell edge="1" source="user" target="web" parent="1">
            <mxGeometry relative="1" as="geometry"/>
          </mxCell>
        </object>

        <mxCell id="web" value="Web shop" style="rounded=1;" vertex="1" parent="1">
          <mxGeometry x="200" y="0" width="120" height="60" as="geometry"/>
        </mxCell>
        <mxCell id="user" value="Customer" style="shape=umlActor;" vertex="1" parent="1">
          <mxGeometry x="0" y="0" width="40" height="60" as="geometry"/>
        </mxCell>
      </root>
    </mxGraphModel>
  </diagram>
</mxfile>
XML
sed 's/"web"/"storefront"/g' "$tmp/a.drawio" >"$tmp/c.drawio"
check "$tmp/a.drawio" "$tmp/b.drawio" "$tmp/c.drawio"
