#!/usr/bin/python3
"""html_cdp.py - drives headless Chromium through the DevTools protocol over
a pipe (--remote-debugging-pipe: no port, no websocket library) for
html_browser.sh.

    html_cdp.py CHROMIUM PROFILE_DIR FILE_URL SCRIPT_JS

Opens FILE_URL, waits for the load, evaluates SCRIPT_JS (an expression whose
value is JSON-serialisable; it may be a Promise) and prints one JSON object:
{"value": ..., "requests": [urls the page asked for], "dialogs": [messages of
alert/confirm/prompt], "exceptions": [uncaught script errors], "console":
[console messages]}. Exits 2 when Chromium does not answer in time."""
import json
import os
import subprocess
import sys
import time

chrome, profile, url, script = sys.argv[1:5]

to_chrome_r, to_chrome_w = os.pipe()
from_chrome_r, from_chrome_w = os.pipe()


def child_fds():
    # Through fresh copies: dup2 onto the same number would keep close-on-exec.
    r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
    os.dup2(r, 3)
    os.dup2(w, 4)


proc = subprocess.Popen(
    [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
     "--no-default-browser-check", "--disable-extensions", "--disable-sync",
     "--disable-background-networking", "--disable-component-update",
     "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    close_fds=False, preexec_fn=child_fds)
os.close(to_chrome_r)
os.close(from_chrome_w)
out = os.fdopen(to_chrome_w, "wb", buffering=0)
inp = os.fdopen(from_chrome_r, "rb", buffering=0)
buf = b""
next_id = 0
events = []
deadline = time.time() + 60


def send(method, params=None, session=None):
    global next_id
    next_id += 1
    msg = {"id": next_id, "method": method, "params": params or {}}
    if session:
        msg["sessionId"] = session
    out.write(json.dumps(msg).encode() + b"\0")
    return next_id


def read_one():
    global buf
    while b"\0" not in buf:
        if time.time() > deadline:
            raise TimeoutError("chromium did not answer")
        chunk = inp.read(65536)
        if not chunk:
            raise EOFError("chromium closed the pipe")
        buf += chunk
    msg, buf = buf.split(b"\0", 1)
    return json.loads(msg)


def call(method, params=None, session=None):
    want = send(method, params, session)
    while True:
        m = read_one()
        if m.get("id") == want:
            if "error" in m:
                raise RuntimeError("%s: %s" % (method, m["error"]))
            return m.get("result", {})
        events.append(m)


result = {"requests": [], "dialogs": [], "exceptions": [], "console": []}
try:
    target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    call("Network.enable", {}, session)
    call("Runtime.enable", {}, session)
    call("Page.enable", {}, session)
    call("Page.navigate", {"url": url}, session)
    while True:
        r = call("Runtime.evaluate", {"expression": "document.readyState", "returnByValue": True},
                 session)
        if r["result"].get("value") == "complete":
            break
        time.sleep(0.05)
    r = call("Runtime.evaluate", {"expression": script, "returnByValue": True,
                                  "awaitPromise": True}, session)
    if "exceptionDetails" in r:
        result["exceptions"].append(r["exceptionDetails"].get("exception", {}).get(
            "description", r["exceptionDetails"].get("text")))
    result["value"] = r["result"].get("value")
    # Let any late event (a timer, a dialog) arrive.
    call("Runtime.evaluate", {"expression": "new Promise(r => setTimeout(r, 200))",
                              "awaitPromise": True}, session)
    for m in events:
        meth, p = m.get("method"), m.get("params", {})
        if meth == "Network.requestWillBeSent":
            result["requests"].append(p["request"]["url"])
        elif meth == "Page.javascriptDialogOpening":
            result["dialogs"].append(p.get("message"))
            send("Page.handleJavaScriptDialog", {"accept": True}, session)
        elif meth == "Runtime.exceptionThrown":
            result["exceptions"].append(p["exceptionDetails"].get("text"))
        elif meth == "Runtime.consoleAPICalled":
            result["console"].append(" ".join(str(a.get("value")) for a in p.get("args", [])))
    try:
        send("Browser.close")
    except OSError:
        pass
except (TimeoutError, EOFError, RuntimeError) as e:
    print("html_cdp: %s" % e, file=sys.stderr)
    proc.kill()
    proc.wait()
    sys.exit(2)
try:
    proc.wait(timeout=10)
except subprocess.TimeoutExpired:
    proc.kill()
    proc.wait()
print(json.dumps(result))
