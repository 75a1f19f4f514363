#!/usr/bin/env python3
"""tests/server.py — a local HTTP server for hotfeed's fetch tests.

Python 3 standard library only.  Listens on 127.0.0.1 on an ephemeral port,
writes "PORT" to --port-file once it accepts connections, and exits by
itself after --lifetime seconds (so a crashed test never leaves it behind).

What it serves:
  /samples/PATH        files under --root, with ETag, Last-Modified, 304s,
                       gzip when the client accepts it
  /archive/index.html  a generated back-number index (Shift_JIS) linking one
                       sub-index per year; /archive/YYYY/index.html links the
                       pages of that year (year from "MSyy-" in the name)
  /fault/NAME          injected faults, see FAULTS below
  /big/...             with --big YEARS:PAGES:PER, a generated paginated
                       archive: /big/index.html links one index per year
                       (newest first); each year is paginated as
                       index.html, index_2.html ... index_PAGES.html, PER
                       bulletins a page (newest first) with 前へ/次へ and
                       page-number links; each bulletin /big/YYYY/msYY-NNN.html
                       is --big-template with its MS id replaced
  /robots.txt          the file --robots, when given (else 404); with
                       --robots-status N, that status

Every request is appended to --log as one line:
  METHOD PATH inm=0|1 ims=0|1 STATUS
so tests can count requests, conditional requests and 304s.
"""

import argparse
import email.utils
import gzip
import hashlib
import html
import os
import re
import socket
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARGS = None
LOG_LOCK = threading.Lock()
BOMB = None
BOMB_LOCK = threading.Lock()
PAGE_EXT = (".html", ".htm")


def log(method, path, inm, ims, status):
    with LOG_LOCK, open(ARGS.log, "a", encoding="utf-8") as f:
        f.write("%s %s inm=%d ims=%d %d\n" % (method, path, inm, ims, status))


def pages():
    """Bulletin pages under root, as paths relative to it, sorted."""
    out = []
    for d, _, files in os.walk(ARGS.root):
        for name in files:
            if name.endswith(PAGE_EXT):
                rel = os.path.relpath(os.path.join(d, name), ARGS.root)
                if ARGS.pattern and not re.search(ARGS.pattern, rel):
                    continue
                out.append(rel.replace(os.sep, "/"))
    return sorted(out)


def year_of(rel):
    m = re.search(r"MS(\d\d)-", rel, re.I)
    return "20" + m.group(1) if m else "2005"


def index_page(title, links):
    items = "\n".join('<li><a href="%s">%s</a></li>' % (html.escape(h), html.escape(t))
                      for h, t in links)
    text = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=Shift_JIS"><title>%s</title></head><body>\n<h1>%s</h1>\n<ul>\n%s\n</ul>\n'
            '<p><a href="http://other.invalid/elsewhere.html">他のサイト</a> '
            '<a href="mailto:hotfix@example.invalid">mail</a> <a href="#top">top</a></p>\n'
            '</body></html>\n') % (title, title, items)
    return text.encode("shift_jis")


def archive(path):
    """Bytes of a generated index page, or None."""
    all_pages = pages()
    years = sorted({year_of(p) for p in all_pages})
    if path in ("/archive/", "/archive/index.html"):
        return index_page("HotFix Report バックナンバー",
                          [("%s/index.html" % y, "%s年" % y) for y in years])
    m = re.fullmatch(r"/archive/(\d{4})/(index\.html)?", path)
    if m and m.group(1) in years:
        links = [("../../samples/" + p, p) for p in all_pages if year_of(p) == m.group(1)]
        links.append(("../index.html", "バックナンバー"))
        return index_page("%s年のHotFix Report" % m.group(1), links)
    return None


BIG_TEMPLATE = None


def big_years():
    years, pages, per = ARGS.big
    return [2006 - i for i in range(years)], pages, per


def big_index(year, page):
    _, pages, per = big_years()
    total = pages * per
    yy = year % 100
    first = total - (page - 1) * per
    links = [("ms%02d-%03d.html" % (yy, n), "MS%02d-%03d の修正" % (yy, n))
             for n in range(first, first - per, -1)]

    def name(p):
        return "index.html" if p == 1 else "index_%d.html" % p
    nav = []
    if page > 1:
        nav.append((name(page - 1), "前へ"))
    nav += [(name(p), str(p)) for p in range(1, pages + 1) if p != page]
    if page < pages:
        nav.append((name(page + 1), "次へ"))
    return index_page("%d年のHotFix Report (%d/%d)" % (year, page, pages), links + nav)


def big(path):
    """Bytes of a page of the generated archive, or None."""
    global BIG_TEMPLATE
    years, pages, _ = big_years()
    if path in ("/big/", "/big/index.html"):
        return index_page("HotFix Report バックナンバー",
                          [("%d/index.html" % y, "%d年" % y) for y in years])
    m = re.fullmatch(r"/big/(\d{4})/(?:index(?:_(\d+))?\.html)?", path)
    if m and int(m.group(1)) in years:
        page = int(m.group(2) or 1)
        return big_index(int(m.group(1)), page) if 1 <= page <= pages else None
    m = re.fullmatch(r"/big/(\d{4})/ms(\d\d)-(\d{3})\.html", path)
    if m and int(m.group(1)) in years and int(m.group(2)) == int(m.group(1)) % 100:
        if BIG_TEMPLATE is None:
            with open(ARGS.big_template, encoding="utf-8") as f:
                BIG_TEMPLATE = f.read()
        return BIG_TEMPLATE.replace("MS05-039", "MS%s-%s" % (m.group(2), m.group(3))).encode()
    return None


def gzip_bomb():
    """About 200 KB of gzip that inflates to 200 MB."""
    global BOMB
    with BOMB_LOCK:
        if BOMB is None:
            c = zlib.compressobj(9, zlib.DEFLATED, 31)
            chunk = b"\0" * (1 << 20)
            parts = [c.compress(chunk) for _ in range(200)]
            parts.append(c.flush())
            BOMB = b"".join(parts)
    return BOMB


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "hotfeed-test/1"

    def log_message(self, *a):
        pass

    def finish_log(self, status):
        inm = 1 if self.headers.get("If-None-Match") else 0
        ims = 1 if self.headers.get("If-Modified-Since") else 0
        log(self.command, self.path, inm, ims, status)

    def simple(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.finish_log(status)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        if ARGS.latency_ms:
            time.sleep(ARGS.latency_ms / 1000.0)
        path = self.path.split("?", 1)[0]
        if path.startswith("/fault/"):
            fn = FAULTS.get(path[len("/fault/"):])
            if fn:
                return fn(self)
        body = big(path) if ARGS.big and path.startswith("/big/") else archive(path)
        if path == "/robots.txt" and ARGS.robots_status:
            return self.simple(ARGS.robots_status, b"robots.txt says no\n",
                               [("Content-Type", "text/plain")])
        if path == "/robots.txt" and ARGS.robots:
            with open(ARGS.robots, "rb") as f:
                return self.static(f.read(), os.path.getmtime(ARGS.robots), "text/plain")
        if body is not None:
            return self.static(body, 1136041200.0, "text/html")
        if path.startswith("/samples/"):
            rel = path[len("/samples/"):]
            full = os.path.realpath(os.path.join(ARGS.root, rel))
            root = os.path.realpath(ARGS.root)
            if full.startswith(root + os.sep) and os.path.isfile(full):
                with open(full, "rb") as f:
                    body = f.read()
                ctype = "text/html"
                side = full + ".content-type"  # a test may set the transport charset
                if os.path.isfile(side):
                    with open(side, encoding="ascii") as f:
                        ctype = f.read().strip()
                return self.static(body, os.path.getmtime(full), ctype)
        self.simple(404, b"not found\n", [("Content-Type", "text/plain")])

    def static(self, body, mtime, ctype):
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        lm = email.utils.formatdate(int(mtime), usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        fresh = False
        if inm is not None:
            fresh = etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        elif ims is not None:
            try:
                fresh = email.utils.parsedate_to_datetime(ims).timestamp() >= int(mtime)
            except (TypeError, ValueError):
                fresh = False
        hdrs = [("ETag", etag), ("Last-Modified", lm), ("Content-Type", ctype)]
        if fresh:
            self.send_response(304)
            for k, v in hdrs[:2]:
                self.send_header(k, v)
            self.end_headers()
            return self.finish_log(304)
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, mtime=0)
            hdrs.append(("Content-Encoding", "gzip"))
            hdrs.append(("Vary", "Accept-Encoding"))
        self.simple(200, body, hdrs)

    # --- faults -------------------------------------------------------

    def f_500(self):
        self.simple(500, b"internal error\n", [("Content-Type", "text/plain")])

    def f_503(self):
        self.simple(503, b"busy\n", [("Retry-After", "120"), ("Content-Type", "text/plain")])

    def f_429(self):
        when = email.utils.formatdate(time.time() + 90, usegmt=True)
        self.simple(429, b"slow down\n", [("Retry-After", when), ("Content-Type", "text/plain")])

    def f_404(self):
        self.simple(404, b"gone\n", [("Content-Type", "text/plain")])

    def f_410(self):
        self.simple(410, b"gone\n", [("Content-Type", "text/plain")])

    def f_reset(self):
        """Half the promised body, then a TCP reset."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "20000")
        self.end_headers()
        self.wfile.write(b"<html><body>" + b"x" * 10000)
        self.wfile.flush()
        self.finish_log(200)
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def f_lying_length(self):
        """Content-Length larger than the body, then an orderly close."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "50000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>truncated" + b"." * 1000)
        self.wfile.flush()
        self.finish_log(200)
        self.close_connection = True

    def f_drip(self):
        """A body at one byte per second."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.finish_log(200)
        try:
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass
        self.close_connection = True

    def f_redirect_loop(self):
        n = 0
        m = re.search(r"\?n=(\d+)", self.path)
        if m:
            n = int(m.group(1))
        self.simple(302, b"", [("Location", "/fault/redirect-loop?n=%d" % (n + 1))])

    def f_redirect_file(self):
        self.simple(302, b"", [("Location", "file:///etc/passwd")])

    def f_gzip_bomb(self):
        self.simple(200, gzip_bomb(), [("Content-Type", "text/html"),
                                       ("Content-Encoding", "gzip")])

    def f_endless(self):
        """A chunked body that never ends (until the client hangs up)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.finish_log(200)
        chunk = b"<p>" + b"more " * 1000 + b"</p>\n"
        frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
        try:
            while True:
                self.wfile.write(frame)
        except OSError:
            pass
        self.close_connection = True


FAULTS = {
    "500": Handler.f_500,
    "503": Handler.f_503,
    "429": Handler.f_429,
    "404": Handler.f_404,
    "410": Handler.f_410,
    "reset": Handler.f_reset,
    "lying-length": Handler.f_lying_length,
    "drip": Handler.f_drip,
    "redirect-loop": Handler.f_redirect_loop,
    "redirect-file": Handler.f_redirect_file,
    "gzip-bomb": Handler.f_gzip_bomb,
    "endless": Handler.f_endless,
}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        # clients hang up on faults by design (limits, timeouts): not news
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def main():
    global ARGS
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--root", required=True, help="directory served under /samples/")
    p.add_argument("--port-file", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--latency-ms", type=int, default=0)
    p.add_argument("--lifetime", type=float, default=170.0)
    p.add_argument("--pattern", help="regex: only matching pages go in the archive")
    p.add_argument("--big", type=lambda v: tuple(int(x) for x in v.split(":")),
                   help="YEARS:PAGES:PER: serve the generated archive under /big/")
    p.add_argument("--big-template", default="samples/ms05-039.b.utf8.html",
                   help="the bulletin page of /big/, MS05-039 replaced by each id")
    p.add_argument("--robots", help="file served as /robots.txt")
    p.add_argument("--robots-status", type=int, help="answer /robots.txt with this status")
    ARGS = p.parse_args()
    srv = Server(("127.0.0.1", 0), Handler)
    threading.Timer(ARGS.lifetime, lambda: os._exit(0)).start()
    open(ARGS.log, "a").close()
    tmp = ARGS.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % srv.server_address[1])
    os.rename(tmp, ARGS.port_file)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
