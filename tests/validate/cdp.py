#!/usr/bin/python3
"""cdp.py — headless Chromium driven over the DevTools protocol through
--remote-debugging-pipe (fd 3 in, fd 4 out, NUL-separated JSON), with no
library beyond Python's own: open a page, evaluate an expression, type text,
click an element the way a user does (mouse events at its position), take a
screenshot.  scripts=False runs the pages with JavaScript disabled (the
protocol's own evaluation still works, so tests can read the DOM)."""
import base64
import json
import os
import subprocess
import tempfile
import time


class Chrome:
    def __init__(self, scripts=True, width=1000, height=1400, timeout=60):
        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()

        def fds():   # the pipe ends may be 3 or 4 themselves: move them up first
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="cdp-")
        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--hide-scrollbars", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "--window-size=%d,%d" % (width, height),
             "about:blank"],
            preexec_fn=fds, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf, self._id, self.events = b"", 0, []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)
        if not scripts:
            self.send("Emulation.setScriptExecutionDisabled", value=True)

    def _read(self):
        deadline = time.time() + self.timeout
        while b"\0" not in self._buf:
            if time.time() > deadline:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._r, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, session=None, **params):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read()
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def send(self, method, **params):
        return self.call(method, self.session, **params)

    def wait_event(self, name):
        while True:
            for i, m in enumerate(self.events):
                if m.get("method") == name:
                    del self.events[:i + 1]
                    return m
            self.events.append(self._read())

    def open(self, url):
        self.events = []
        self.send("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def eval(self, expr):
        r = self.send("Runtime.evaluate", expression=expr, returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError("%s: %s" % (expr, r["exceptionDetails"]))
        return r["result"].get("value")

    def type(self, selector, text):
        self.eval("document.querySelector(%s).focus()" % json.dumps(selector))
        self.send("Input.insertText", text=text)

    def click(self, selector):
        """Mouse down and up at the middle of the element, as a user clicks."""
        box = self.eval("(function(){var e=document.querySelector(%s);e.scrollIntoView({block:'center'});"
                        "var r=e.getBoundingClientRect();return [r.x+r.width/2,r.y+r.height/2]})()"
                        % json.dumps(selector))
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=1)

    def screenshot(self, path):
        self.eval("window.scrollTo(0, 0)")
        data = self.send("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._w)
        os.close(self._r)
        subprocess.run(["rm", "-rf", self.profile])
