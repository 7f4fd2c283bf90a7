#!/bin/sh
# html_browser.sh - the HTML report works in a real browser (issue #18):
# headless Chromium (Debian's chromium package) opens it from a file URL and
# a script clicks every element of examples/rag-chatbot.drawio in the
# picture and checks that the one section then shown lists exactly that
# element's findings (the JSON report's titles); a zone's section lists its
# elements and following one shows that element; Enter on a focused element
# does the same; clicking attack path 1 and then "Next hop" marks hop 2 on
# the picture; unticking "open" hides every open finding. The page asks for
# nothing but itself, raises no script error, and the injection corpus
# (tests/injection) rendered as HTML opens no dialog, runs no script but
# the page's own, and fetches nothing, whatever is clicked. The same input
# gives the same bytes.
#
# Skips (77) with a message where Chromium or python3 is missing.
set -u
tmc=${TMC_BINARY:?}
src=${TMC_SOURCE_DIR:?}
chrome=${TMC_CHROMIUM:-}
[ -n "$chrome" ] || [ ! -x /usr/lib/chromium/chromium ] || chrome=/usr/lib/chromium/chromium
[ -n "$chrome" ] || chrome=$(command -v chromium 2>/dev/null || true)
if [ -z "$chrome" ] || ! command -v python3 >/dev/null 2>&1; then
  echo "html_browser: SKIP: no Chromium (apt-get install chromium) or no python3"
  exit 77
fi
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
fail=0
bad() {
  echo "html_browser: FAIL: $*"
  fail=1
}

cdp() { # html js -> json on stdout
  rm -rf "$work/profile"
  python3 "$src/tests/script/html_cdp.py" "$chrome" "$work/profile" "file://$1" "$2"
}

"$tmc" -q "$src/examples/rag-chatbot.drawio" -o "$work/r.html" -o "$work/r.json" ||
  bad "tmc failed on rag-chatbot.drawio"
"$tmc" -q "$src/examples/rag-chatbot.drawio" -o "$work/r2.html" || bad "second run"
cmp -s "$work/r.html" "$work/r2.html" || bad "two runs gave different bytes"

cat >"$work/click.js" <<'EOF'
(function () {
  var d = document, out = {elements: []};
  function sel() { var s = d.querySelector('#side.one section.sel'); return s ? s.id : null; }
  function visible() {
    return Array.prototype.filter.call(d.querySelectorAll('#side section.target'),
      function (s) { return s.offsetParent !== null; }).length;
  }
  function click(e) { e.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); }
  var seen = {};
  Array.prototype.forEach.call(d.querySelectorAll('svg g[data-r^="el-"]'), function (g) {
    var a = g.getAttribute('data-r');
    if (seen[a]) return;
    seen[a] = 1;
    click(g);
    var s = d.getElementById(a);
    out.elements.push({anchor: a, sel: sel(), visible: visible(),
      titles: Array.prototype.map.call(s.querySelectorAll('li.finding strong'),
        function (x) { return x.textContent; })});
  });
  var first = d.querySelector('svg g[data-r^="el-"]');
  d.getElementById('show-all').click();
  first.focus();
  first.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
  out.keyboard = {want: first.getAttribute('data-r'), sel: sel(),
    focusable: first.getAttribute('tabindex')};
  var p = d.querySelector('svg g[data-r^="path-"]');
  if (p) {
    click(p);
    var sec = d.getElementById(p.getAttribute('data-r'));
    var hops = sec.querySelectorAll('.hops li');
    var now0 = d.querySelector('g.hop-now');
    sec.querySelector('button[data-step="1"]').click();
    var now1 = d.querySelector('g.hop-now');
    var cur = sec.querySelector('.hops li[aria-current]');
    out.path = {anchor: p.getAttribute('data-r'), sel: sel(), hops: hops.length,
      hop1: hops[0].getAttribute('data-el'), now0: now0 && now0.getAttribute('data-r'),
      hop2: hops[1].getAttribute('data-el'), now1: now1 && now1.getAttribute('data-r'),
      current: Array.prototype.indexOf.call(hops, cur)};
  }
  d.getElementById('show-all').click();
  var open = d.querySelector('input[data-f="status"][value="open"]');
  open.click();
  out.filter = {open_shown: d.querySelectorAll('li.finding[data-status="open"]:not([hidden])').length,
    open_all: d.querySelectorAll('li.finding[data-status="open"]').length,
    scripts: d.scripts.length};
  open.click();
  /* A zone: its section lists its elements; following one shows it. */
  var z = d.querySelector('svg g[data-r^="zone-"]');
  if (!z) return out;
  click(z);
  var zs = d.getElementById(z.getAttribute('data-r'));
  var link = zs.querySelector('.members a[href^="#el-"]');
  out.zone = {anchor: z.getAttribute('data-r'), sel: sel(),
    members: zs.querySelectorAll('.members a').length,
    want: link && link.getAttribute('href').slice(1)};
  if (link) link.click();
  return new Promise(function (done) {
    setTimeout(function () { out.zone.then = sel(); done(out); }, 300);
  });
})()
EOF
cdp "$work/r.html" "$(cat "$work/click.js")" >"$work/click.out" || bad "chromium run failed"

python3 - "$work/click.out" "$work/r.json" <<'EOF' || fail=1
import json, re, sys
res = json.load(open(sys.argv[1]))
rep = json.load(open(sys.argv[2]))
ok = True
def bad(msg):
    global ok
    print("html_browser: FAIL:", msg)
    ok = False
v = res.get("value") or {}
if res["exceptions"]: bad("script errors: %s" % res["exceptions"])
if res["dialogs"]: bad("dialogs: %s" % res["dialogs"])
others = [u for u in res["requests"] if not u.endswith("/r.html")]
if others: bad("the page fetched %s" % others)
want = {}
for e in rep["elements"]:
    if re.fullmatch(r"[A-Za-z0-9_-]+", e["id"]) and len(e["id"]) <= 40:
        want["el-" + e["id"]] = sorted(f["title"] for f in rep["findings"]
                                       if f["target_kind"] == "element" and f["target"] == e["index"])
checked = 0
for el in v.get("elements", []):
    if el["sel"] != el["anchor"]: bad("clicking %s shows %s" % (el["anchor"], el["sel"]))
    if el["visible"] != 1: bad("clicking %s leaves %d sections shown" % (el["anchor"], el["visible"]))
    if el["anchor"] in want:
        checked += 1
        if sorted(el["titles"]) != want[el["anchor"]]:
            bad("%s lists %s, the JSON report %s" % (el["anchor"], el["titles"], want[el["anchor"]]))
if checked < 10: bad("only %d elements clicked and compared" % checked)
if not any(el["titles"] for el in v.get("elements", [])): bad("no element listed a finding")
k = v.get("keyboard", {})
if k.get("sel") != k.get("want") or k.get("focusable") != "0": bad("Enter on a focused element: %s" % k)
p = v.get("path")
if not p: bad("no attack path in the picture")
else:
    if p["sel"] != p["anchor"]: bad("clicking path shows %s" % p["sel"])
    if p["now0"] != p["hop1"]: bad("hop 1 not marked: %s" % p)
    if p["now1"] != p["hop2"] or p["current"] != 1: bad("Next hop did not mark hop 2: %s" % p)
zn = v.get("zone")
if not zn: bad("no zone in the picture")
elif zn["sel"] != zn["anchor"] or zn["members"] < 1 or zn["then"] != zn["want"]:
    bad("zone click, then member link: %s" % zn)
f = v.get("filter", {})
if f.get("open_all", 0) == 0 or f.get("open_shown") != 0: bad("status filter: %s" % f)
if f.get("scripts") != 1: bad("%s scripts on the page" % f.get("scripts"))
print("html_browser: %d elements clicked, path %s stepped" % (checked, p and p["anchor"]))
sys.exit(0 if ok else 1)
EOF

# The injection corpus: click everything, nothing runs, nothing is fetched.
cat >"$work/inj.js" <<'EOF'
(function () {
  var d = document;
  Array.prototype.forEach.call(d.querySelectorAll('[data-r], button, .hops li, a[href^="#"]'),
    function (e) { e.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); });
  return {scripts: d.scripts.length, evil: d.querySelectorAll('iframe, object, embed, img, [onload], [onerror], [onclick], [onmouseover], evil-8').length,
          text: d.body.textContent.indexOf('evil-1') >= 0};
})()
EOF
for f in labels.dot labels.drawio; do
  "$tmc" -q "$src/tests/injection/$f" -o "$work/inj.html" 2>/dev/null
  [ -s "$work/inj.html" ] || { bad "no HTML for $f"; continue; }
  cdp "$work/inj.html" "$(cat "$work/inj.js")" >"$work/inj.out" || { bad "chromium on $f"; continue; }
  python3 - "$work/inj.out" "$f" <<'EOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1])); f = sys.argv[2]; v = r.get("value") or {}
errs = []
if r["dialogs"]: errs.append("dialogs %s" % r["dialogs"])
if r["exceptions"]: errs.append("script errors %s" % r["exceptions"])
if [u for u in r["requests"] if not u.endswith("/inj.html")]: errs.append("fetched %s" % r["requests"])
if v.get("scripts") != 1: errs.append("%s scripts" % v.get("scripts"))
if v.get("evil"): errs.append("%s live elements from labels" % v.get("evil"))
if not v.get("text"): errs.append("payload evil-1 not shown as text")
for e in errs: print("html_browser: FAIL: %s: %s" % (f, e))
sys.exit(1 if errs else 0)
EOF
done

[ "$fail" -eq 0 ] && echo "html_browser: ok"
exit "$fail"
