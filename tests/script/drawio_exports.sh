#!/bin/sh
# drawio_exports.sh - draw.io's editable exports are read through the
# diagram they embed: a .drawio.svg (content attribute, compressed pages), a
# .drawio.png (tEXt mxfile, URL-encoded) and an older .drawio.png (zTXt
# mxGraphModel) of examples/rag-chatbot.drawio give the same findings as the
# .drawio itself (tests/drawio-exports/README.md says how they were made);
# diagnostics point at the <svg> element's line; hostile exports (an entity
# declaration, a decompression bomb, a cut chunk, no diagram) are refused
# with a reason and within the limits.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
prints() { # the findings' rules and fingerprints of a SARIF report, sorted
  grep -o '"ruleId": "[^"]*"\|"primaryLocationLineHash": "[^"]*"' "$1" | paste - - | sort
}
"$tmc" -q "$src/examples/rag-chatbot.drawio" -o want.sarif || fail "the .drawio"
prints want.sarif >want
[ -s want ] || fail "the .drawio has no findings"
cut -f1 want >want.rules
for f in rag-chatbot.drawio.svg rag-chatbot.drawio.png rag-chatbot.ztxt.drawio.png; do
  "$tmc" -q "$src/tests/drawio-exports/$f" -o got.sarif 2>err || { fail "$f: exit $?"; cat err; continue; }
  prints got.sarif >got
  case $f in
  # An old export holds the page's model only, not the page id fingerprints
  # name (docs/fingerprints.md): the same findings, other fingerprints.
  *.ztxt.*) cut -f1 got | cmp -s want.rules - || fail "$f: findings differ from the .drawio's" ;;
  *) cmp -s want got || fail "$f: findings differ from the .drawio's" ;;
  esac
  [ ! -s err ] || { fail "$f: diagnostics"; cat err; }
done
grep -q '"format": "drawio-svg"' "$(
  "$tmc" -q "$src/tests/drawio-exports/rag-chatbot.drawio.svg" -T json -o f.json && echo f.json
)" || fail "the IR does not say drawio-svg"

# A typo in the embedded diagram is reported at the <svg> element's line.
cat >typo.drawio.svg <<'SVG'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" content="&lt;mxfile&gt;&lt;diagram id=&quot;p&quot; name=&quot;P&quot;&gt;&lt;mxGraphModel&gt;&lt;root&gt;&lt;mxCell id=&quot;0&quot;/&gt;&lt;mxCell id=&quot;1&quot; parent=&quot;0&quot;/&gt;&lt;object id=&quot;7&quot; label=&quot;Customer&quot; enrty=&quot;true&quot;&gt;&lt;mxCell style=&quot;shape=umlActor;&quot; vertex=&quot;1&quot; parent=&quot;1&quot;&gt;&lt;mxGeometry width=&quot;40&quot; height=&quot;60&quot; as=&quot;geometry&quot;/&gt;&lt;/mxCell&gt;&lt;/object&gt;&lt;/root&gt;&lt;/mxGraphModel&gt;&lt;/diagram&gt;&lt;/mxfile&gt;"><g/></svg>
SVG
"$tmc" -q typo.drawio.svg -o /dev/null 2>err || fail "typo.drawio.svg: exit $?"
grep -q "^typo.drawio.svg:3: warning: 'Customer' (id 7): unknown attribute 'enrty' (ignored); did you mean 'entry'?" err ||
  { fail "the embedded typo is not at the svg's line"; cat err; }

refused() { # file, expected text
  "$tmc" -q "$1" -o /dev/null 2>err
  rc=$?
  [ $rc -eq 2 ] || fail "$1: exit $rc, want 2"
  grep -qF "$2" err || { fail "$1: want '$2'"; cat err; }
}
# An SVG without a diagram, a PNG without one.
printf '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>\n' >plain.svg
refused plain.svg "this SVG image carries no draw.io diagram"
printf '<svg xmlns="http://www.w3.org/2000/svg" content="just text"/>\n' >text.drawio.svg
refused text.drawio.svg "this SVG image carries no draw.io diagram"
# Entities: a billion laughs in the SVG is refused before any parsing.
cat >laughs.drawio.svg <<'SVG'
<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<svg xmlns="http://www.w3.org/2000/svg" content="&b;&lt;mxfile/&gt;"/>
SVG
refused laughs.drawio.svg "DOCTYPE or ENTITY declaration"
python3 - <<'PY'
import struct, zlib
def chunk(k, d):
    b = k + d
    return struct.pack(">I", len(d)) + b + struct.pack(">I", zlib.crc32(b))
head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
end = chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")
open("plain.png", "wb").write(head + end)
# 80 MiB of '%' in 80 KiB: past the default --max-inflated (64 MiB).
bomb = zlib.compress(b"%" * (80 << 20), 9)
open("bomb.drawio.png", "wb").write(head + chunk(b"zTXt", b"mxfile\0\0" + bomb) + end)
# A chunk that says it is longer than the file.
cut = head + struct.pack(">I", 1 << 30) + b"tEXtmxfile\0%3Cmxfile"
open("cut.drawio.png", "wb").write(cut)
# Not zlib data in a zTXt.
open("junk.drawio.png", "wb").write(head + chunk(b"zTXt", b"mxfile\0\0garbage") + end)
PY
refused plain.png "this is a PNG image, not a diagram"
refused bomb.drawio.png "inflates to more than 67108864 bytes (raise with --max-inflated)"
"$tmc" -q --max-inflated 1000000 bomb.drawio.png -o /dev/null 2>err
grep -qF "inflates to more than 1000000 bytes" err || { fail "bomb: no limit"; cat err; }
refused cut.drawio.png "this is a PNG image, not a diagram"
refused junk.drawio.png "is not valid zlib data"

# What the draw.io reader says about the embedded diagram names the line
# inside it, and says so; a PNG has no lines of its own: the file, no line
# (never ":0:"); an SVG's is the <svg> element's.
python3 - <<'PY'
import struct, zlib
from urllib.parse import quote
from xml.sax.saxutils import quoteattr
xml = ('<mxfile>\n<diagram id="p" name="P">\n<mxGraphModel><root>\n'
       '<mxCell id="0"/><mxCell id="1" parent="0"/>\n'
       '<object id="7" label="Customer" enrty="true"><mxCell style="shape=umlActor;" vertex="1" parent="1"><mxGeometry width="40" height="60" as="geometry"/></mxCell></object>\n'
       '<mxCell id="9" value="Lost" style="ellipse;" vertex="1" parent="nowhere"><mxGeometry x="90" width="40" height="60" as="geometry"/></mxCell>\n'
       '</root></mxGraphModel>\n</diagram>\n</mxfile>\n')
def chunk(k, d):
    b = k + d
    return struct.pack(">I", len(d)) + b + struct.pack(">I", zlib.crc32(b))
head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
end = chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")
text = b"mxfile\0" + quote(xml, safe="~()*!.'").encode()
open("lost.drawio.png", "wb").write(head + chunk(b"tEXt", text) + end)
open("lost.drawio.svg", "w").write('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"\n  content=%s><g/></svg>\n'
                                   % quoteattr(xml, {"\n": "&#10;"}))
PY
for f in lost.drawio.png lost.drawio.svg; do
  "$tmc" -q "$f" -o /dev/null 2>err || fail "$f: exit $?"
  case $f in *.png) at="$f" ;; *) at="$f:2" ;; esac
  grep -qF "$at: warning: page 'P': cell 'Lost' (id 9) names parent 'nowhere', which does not exist; treated as top level (line 6 of the embedded diagram)" err ||
    { fail "$f: the reader's warning does not say its line in the embedded diagram"; cat err; }
  grep -qF "$at: warning: 'Customer' (id 7): unknown attribute 'enrty'" err ||
    { fail "$f: the typo is not at $at"; cat err; }
  ! grep -q ':0:' err || { fail "$f: a line 0"; cat err; }
  "$tmc" -q --format-diagnostics=github "$f" -o /dev/null 2>err
  ! grep -q 'line=0' err || { fail "$f: a github annotation at line 0"; cat err; }
done

[ "$failed" -eq 0 ] || exit 1
echo "ok: draw.io SVG and PNG exports read through the diagram they embed"
