"""One bad feed never sinks the run: live ingest against a real, misbehaving server on 127.0.0.1."""

import gzip
import socket
import struct
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
import yaml

pytestmark = pytest.mark.slow

ARTICLE = """<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1><p>{body}</p><p>The announcement was made in Kyiv.</p></article>
<footer>(c) Test Wire</footer></body></html>"""


def _feed(base: str) -> bytes:
    items = [
        ("a1", "Norway pledges NOK 2 billion", f"{base}/a1"),
        ("a2", "Bomb page", f"{base}/bomb"),
        ("a3", "Local file", "file:///etc/passwd"),
        ("a4", "Missing page", f"{base}/gone"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{g}</guid><pubDate>Tue, 14 Jan 2025 10:00:00 GMT</pubDate></item>"
        for g, t, link in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>{body}</channel></rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, body: bytes, status: int = 200, ctype: str = "text/html", **headers):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/good.xml":
            self._send(_feed(base), ctype="application/rss+xml")
        elif self.path == "/down.xml":
            self._send(b"maintenance", status=503)
        elif self.path == "/reset.xml":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif self.path == "/garbage.xml":
            self._send(b"\x00\xff<rss><channel><item><title>broken", ctype="application/rss+xml")
        elif self.path == "/a1":
            body = "Norway will give Ukraine NOK 2 billion in military aid for air defence, the government said on Tuesday."
            self._send(ARTICLE.format(title="Norway pledges NOK 2 billion", body=body).encode())
        elif self.path == "/bomb":
            self._send(gzip.compress(b"<p>" + b"a" * (30 * 1024 * 1024)), Content_Encoding="gzip")
        else:
            self._send(b"not found", status=404)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from pipeline import settings
    from pipeline.runner import run_pipeline

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    tmp = tmp_path_factory.mktemp("faults")
    sources = tmp / "sources.yml"
    sources.write_text(yaml.safe_dump({
        "feeds": [{"name": n, "url": f"{base}/{n}.xml"} for n in ("good", "down", "reset", "garbage")],
        "inboxes": [],
        "allowed_hosts": ["127.0.0.1"],
        "settings": {"fetch": {"retries": 2, "backoff_base": 0.05, "read_timeout": 5, "total_timeout": 20, "max_bytes": 5_000_000}},
    }))
    paths = settings.configure(tmp / "home")
    report = run_pipeline(sources=sources, offline=False, start=datetime.now(UTC).date())
    con = duckdb.connect(str(paths.published), read_only=True)
    yield {"report": report, "con": con, "paths": paths}
    con.close()
    server.shutdown()


def test_run_succeeds_and_good_feed_is_ingested(run):
    rows = run["con"].execute("select donor_code, amount, currency from fct_aid_pledges").fetchall()
    assert ("NOR", 2e9, "NOK") in rows


def test_each_failed_feed_is_in_the_fetch_log_with_its_reason(run):
    errors = dict(run["con"].execute(
        "select url, error from fct_fetch_log where error is not null"
    ).fetchall())
    by_name = {url.rsplit("/", 1)[1]: error for url, error in errors.items()}
    assert "503" in by_name["down.xml"] and "attempts" in by_name["down.xml"]
    assert by_name["reset.xml"]
    assert "exceeds" in by_name["bomb"] or "bytes" in by_name["bomb"]
    assert "404" in by_name["gone"]


def test_ill_formed_feed_is_parsed_leniently_with_a_recorded_warning(run):
    from pipeline import lake

    rows = lake.query(run["paths"].lake, "select error, parse_warning from lake_feed_fetches where feed_name = 'garbage'")
    assert rows[0][0] is None and "ill-formed" in rows[0][1]


def test_unsafe_entry_link_is_refused_not_fetched(run):
    from pipeline import lake

    warnings = lake.query(run["paths"].lake, "select parse_warning from lake_feed_fetches where feed_name = 'good'")
    assert "refused link file:" in (warnings[0][0] or "")
    entries = lake.query(run["paths"].lake, "select count(*) from lake_feed_entries where link like 'file:%'")
    assert entries[0][0] == 0


def test_failed_feeds_show_as_a_failed_freshness_check(run):
    failed = {name for name, passed, _ in run["report"].checks if not passed}
    assert "raw/feed_fetches:feeds_fresh" in failed
    assert any(name.endswith("pledges_have_donor_and_date") and passed for name, passed, _ in run["report"].checks)
