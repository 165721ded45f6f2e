"""A real local HTTP server (http.server in a thread) serving pages, feeds and bad cases."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = (b"<html><head><title>Shelling hits market</title>"
        b"<meta name='author' content='Amina Writer'>"
        b"<meta property='article:published_time' content='2023-03-04'></head><body>"
        b"<article><h1>Shelling hits market</h1><p>Shelling struck a crowded market in the "
        b"eastern town on Friday morning, killing seven people and wounding at least twenty, "
        b"the regional governor said in a statement.</p></article></body></html>")


def feed(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>
<item><title>Fighting resumes</title><link>{base}/story/1?utm_source=rss</link>
<pubDate>Tue, 13 Sep 2022 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Fighting resumed at dawn along the disputed frontier. Officials on both sides
reported that nine soldiers had been killed and many more wounded in the exchanges of fire that
lasted through the morning, while villagers fled toward the regional capital in buses and cars.
Local hospitals said they had received dozens of wounded and asked for blood donations. The
ministry said more details would follow later in the day once commanders reported in, and
residents described hearing artillery fire for several hours near the river crossing.&lt;/p&gt;
</description></item>
<item><title>Ceasefire agreed</title><link>{base}/story/2</link>
<pubDate>Wed, 14 Sep 2022 18:00:00 GMT</pubDate>
<description>Short summary only.</description></item>
</channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200,
              length: bool = True):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path.split("?")[0]
        if path == "/page.html":
            self._send(PAGE)
        elif path == "/story/2":
            self._send(PAGE.replace(b"seven", b"eleven"))
        elif path == "/feed.xml":
            self._send(feed(base), "application/rss+xml")
        elif path == "/not-a-feed":
            self._send(b"<html><body><p>Maintenance page, come back later.</p></body></html>")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(3)
            self._send(PAGE)
        elif path == "/big":  # no Content-Length: the size limit must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 8192 + b"</p>"
            try:
                for _ in range(200):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(b"not found", "text/plain", status=404)


@pytest.fixture(scope="module")
def http_base():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
