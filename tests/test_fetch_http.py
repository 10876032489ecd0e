"""HttpFetcher against a real HTTP server on 127.0.0.1 that misbehaves on purpose."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.fetch import FetchPolicy, HttpFetcher, auth_headers_from_env

MAX_BYTES = 64 * 1024
BOMB = gzip.compress(b"\0" * (4 * 1024 * 1024), compresslevel=9)
LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: MisbehavingServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_body(self, body: bytes, status: int = 200, **headers: str) -> None:
        self.send_response(status)
        headers.setdefault("Content-Type", "text/plain")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        self.server.hits[path] += 1
        hits = self.server.hits[path]
        if path == "/ok":
            self.send_body(b"hello world")
        elif path.startswith("/status/"):
            self.send_body(b"nope", status=int(path.rsplit("/", 1)[1]))
        elif path == "/flaky":
            if hits == 1:
                self.send_body(b"busy", status=503)
            else:
                self.send_body(b"recovered")
        elif path == "/reset":
            # SO_LINGER 0 makes close() send RST instead of FIN: an abrupt reset, not a clean end.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif path == "/slow-headers":
            time.sleep(3)
            self.send_body(b"too late")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/stall-unannounced":
            # No length, some bytes, then silence: a client that takes an interrupted read for the
            # end of the body would accept the stub as the whole page.
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.flush()
            time.sleep(0.5)
            try:
                self.wfile.write(b"partial")
                self.wfile.flush()
                time.sleep(5)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/trickle-headers":
            try:
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 200:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/big":
            self.send_body(b"a" * (MAX_BYTES * 3))
        elif path == "/big-unannounced":
            # No Content-Length: the body ends when the connection closes, so only counting stops it.
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"a" * (MAX_BYTES * 3))
            self.close_connection = True
        elif path == "/gzip":
            self.send_body(gzip.compress(b"compressed hello"), Content_Encoding="gzip")
        elif path == "/gzip-bomb":
            self.send_body(BOMB, Content_Encoding="gzip")
        elif path == "/etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.end_headers()
            else:
                self.send_body(b"versioned", ETag='"v1"')
        elif path == "/last-modified":
            if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self.send_response(304)
                self.end_headers()
            else:
                self.send_body(b"dated", Last_Modified=LAST_MODIFIED)
        elif path == "/redirect":
            self.redirect("/ok")
        elif path == "/loop-a":
            self.redirect("/loop-b", 301)
        elif path == "/loop-b":
            self.redirect("/loop-a", 301)
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            self.redirect(f"/chain/{left - 1}" if left > 0 else "/ok")
        elif path == "/to-file":
            self.redirect("file:///etc/passwd")
        elif path == "/to-localhost":
            self.redirect(f"http://localhost:{self.server.server_port}/ok")
        elif path == "/to-localhost-echo":
            self.redirect(f"http://localhost:{self.server.server_port}/echo-auth")
        elif path == "/echo-auth":
            self.send_body((self.headers.get("Authorization") or "<none>").encode())
        else:
            self.send_body(b"not found", status=404)


class MisbehavingServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: Counter[str] = Counter()

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up mid-response is the point of several tests.
        pass

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_port}{path}"


@pytest.fixture
def server() -> Iterator[MisbehavingServer]:
    srv = MisbehavingServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def make_policy(**overrides: object) -> FetchPolicy:
    settings: dict[str, object] = {
        "connect_timeout": 1.0,
        "read_timeout": 0.5,
        "total_timeout": 5.0,
        "max_bytes": MAX_BYTES,
        "retries": 2,
        "backoff_base": 0.01,
        "allowed_hosts": frozenset({"127.0.0.1"}),
    }
    settings.update(overrides)
    return FetchPolicy(**settings)  # type: ignore[arg-type]


@pytest.fixture
def fetcher() -> Iterator[HttpFetcher]:
    with HttpFetcher(make_policy()) as f:
        yield f


def test_200_returns_body_and_headers(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/ok"))
    assert result.error is None
    assert (result.status, result.content, result.content_type) == (200, b"hello world", "text/plain")
    assert result.attempts == 1 and result.final_url == server.url("/ok")


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_is_retried_then_reported(server: MisbehavingServer, fetcher: HttpFetcher, status: int) -> None:
    result = fetcher.fetch(server.url(f"/status/{status}"))
    assert server.hits[f"/status/{status}"] == 3  # first try + policy.retries (2)
    assert result.attempts == 3
    assert result.status == status and result.content is None
    assert result.error == f"HTTP {status} after 3 attempts"


def test_client_error_is_not_retried(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/status/404"))
    assert server.hits["/status/404"] == 1
    assert result.status == 404 and result.error and "HTTP 404" in result.error


def test_flaky_endpoint_succeeds_on_retry(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/flaky"))
    assert result.error is None and result.content == b"recovered"
    assert result.attempts == 2 and server.hits["/flaky"] == 2


def test_connection_reset_is_retried_then_reported(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/reset"))
    assert server.hits["/reset"] == 3
    assert result.status is None and result.content is None
    assert result.error and result.error.startswith("connection error") and result.error.endswith("after 3 attempts")


def test_slow_headers_end_in_read_timeout(server: MisbehavingServer) -> None:
    with HttpFetcher(make_policy(retries=1)) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(server.url("/slow-headers"))
    assert time.monotonic() - started < 2.5
    assert result.error and "read timeout" in result.error
    assert result.attempts == 2


def test_trickling_body_is_cut_off_by_total_deadline(server: MisbehavingServer) -> None:
    with HttpFetcher(make_policy(total_timeout=1.0)) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(server.url("/trickle"))
    assert time.monotonic() - started < 2.0
    assert result.content is None
    assert result.error and "total timeout" in result.error


def test_stalled_body_without_length_is_not_mistaken_for_complete(server: MisbehavingServer) -> None:
    # The read timeout is longer than the deadline, so only the deadline can end this fetch.
    with HttpFetcher(make_policy(read_timeout=5.0, total_timeout=1.0)) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(server.url("/stall-unannounced"))
    assert time.monotonic() - started < 2.0
    assert result.content is None
    assert result.error and "total timeout" in result.error


def test_trickling_headers_are_cut_off_by_total_deadline(server: MisbehavingServer) -> None:
    with HttpFetcher(make_policy(total_timeout=1.0)) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(server.url("/trickle-headers"))
    assert time.monotonic() - started < 2.0
    assert result.error and "total timeout" in result.error


def test_body_over_max_bytes_is_rejected(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/big"))
    assert result.content is None
    assert result.error and result.error.startswith(f"body exceeds {MAX_BYTES} bytes")
    assert server.hits["/big"] == 1


def test_body_without_content_length_is_cut_off_at_max_bytes(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/big-unannounced"))
    assert result.content is None
    assert result.error and result.error.startswith(f"body exceeds {MAX_BYTES} bytes")


def test_gzip_body_is_decoded(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/gzip"))
    assert result.error is None and result.content == b"compressed hello"


def test_gzip_bomb_is_rejected_on_decoded_size(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    assert len(BOMB) < MAX_BYTES  # small on the wire, 4 MiB once inflated
    result = fetcher.fetch(server.url("/gzip-bomb"))
    assert result.content is None
    assert result.error and result.error.startswith(f"body exceeds {MAX_BYTES} bytes after gzip decoding")


def test_etag_revalidation_gives_not_modified(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    first = fetcher.fetch(server.url("/etag"))
    assert first.etag == '"v1"' and first.content == b"versioned"
    second = fetcher.fetch(server.url("/etag"), etag=first.etag)
    assert second.error is None
    assert (second.status, second.not_modified, second.content, second.etag) == (304, True, None, '"v1"')


def test_last_modified_revalidation_gives_not_modified(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    first = fetcher.fetch(server.url("/last-modified"))
    assert first.last_modified == LAST_MODIFIED
    second = fetcher.fetch(server.url("/last-modified"), last_modified=first.last_modified)
    assert (second.status, second.not_modified, second.content) == (304, True, None)
    assert second.last_modified == LAST_MODIFIED and second.error is None


def test_redirect_is_followed(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/redirect"))
    assert result.error is None and result.content == b"hello world"
    assert result.url == server.url("/redirect") and result.final_url == server.url("/ok")
    assert result.attempts == 2


def test_redirect_loop_is_stopped(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/loop-a"))
    assert result.error and result.error.startswith("redirect loop")
    assert server.hits["/loop-a"] == 1 and server.hits["/loop-b"] == 1


def test_too_many_redirects_are_refused(server: MisbehavingServer) -> None:
    with HttpFetcher(make_policy(max_redirects=3)) as fetcher:
        result = fetcher.fetch(server.url("/chain/10"))
    assert result.error and result.error.startswith("too many redirects (more than 3)")
    assert result.attempts == 4 and result.content is None


def test_redirect_chain_within_limit_is_followed(server: MisbehavingServer) -> None:
    with HttpFetcher(make_policy(max_redirects=3)) as fetcher:
        result = fetcher.fetch(server.url("/chain/2"))
    assert result.error is None and result.content == b"hello world"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://ftp.example.org/feed.xml", "gopher://example.org/"])
def test_non_http_schemes_are_refused(fetcher: HttpFetcher, url: str) -> None:
    result = fetcher.fetch(url)
    assert result.error and result.error.startswith("refused: scheme")
    assert result.attempts == 0 and result.content is None


def test_redirect_to_file_url_is_refused(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(server.url("/to-file"))
    assert result.error and result.error.startswith("refused: scheme 'file'")
    assert result.final_url == "file:///etc/passwd" and result.content is None


def test_loopback_is_refused_when_host_not_allowed(server: MisbehavingServer) -> None:
    with HttpFetcher(make_policy(allowed_hosts=frozenset())) as fetcher:
        result = fetcher.fetch(server.url("/ok"))
    assert result.error == "refused: loopback address 127.0.0.1 (host '127.0.0.1') not in allowed_hosts"
    assert result.attempts == 0 and server.hits["/ok"] == 0


def test_loopback_is_allowed_when_host_is_allowed(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    assert fetcher.fetch(server.url("/ok")).content == b"hello world"


def test_redirect_hop_is_rechecked_against_allowed_hosts(server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    # 127.0.0.1 is allowed, "localhost" is not: the redirect must not smuggle the request through.
    result = fetcher.fetch(server.url("/to-localhost"))
    assert result.error and result.error.startswith("refused: loopback address")
    assert "localhost" in result.error and server.hits["/ok"] == 0


def test_address_is_rechecked_at_connect_time(server: MisbehavingServer) -> None:
    # DNS answers a public address when checked, then the connection lands on loopback (rebinding).
    def lying_resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    with HttpFetcher(make_policy(allowed_hosts=frozenset()), resolver=lying_resolver) as fetcher:
        result = fetcher.fetch(f"http://localhost:{server.server_port}/ok")
    assert result.error and result.error.startswith("refused: loopback address")
    assert server.hits["/ok"] == 0


def test_private_and_metadata_addresses_are_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"intranet.example": ["10.1.2.3"], "metadata.example": ["169.254.169.254"]}[host]

    with HttpFetcher(make_policy(allowed_hosts=frozenset()), resolver=resolver) as fetcher:
        private = fetcher.fetch("http://intranet.example/feed")
        metadata = fetcher.fetch("http://metadata.example/latest/meta-data/")
    assert private.error == "refused: private address 10.1.2.3 (host 'intranet.example') not in allowed_hosts"
    assert metadata.error and metadata.error.startswith("refused: link-local address 169.254.169.254")


def test_auth_header_comes_from_named_environment_variable(
    server: MisbehavingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLEDGES_TEST_FEED_AUTH", "Bearer s3cret")
    with HttpFetcher(make_policy(), headers=auth_headers_from_env("PLEDGES_TEST_FEED_AUTH")) as fetcher:
        result = fetcher.fetch(server.url("/echo-auth"))
    assert result.content == b"Bearer s3cret"


def test_missing_auth_environment_variable_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLEDGES_TEST_MISSING", raising=False)
    with pytest.raises(ValueError, match="environment variable PLEDGES_TEST_MISSING is not set"):
        auth_headers_from_env("PLEDGES_TEST_MISSING")


def test_auth_header_is_not_forwarded_to_another_host(server: MisbehavingServer) -> None:
    policy = make_policy(allowed_hosts=frozenset({"127.0.0.1", "localhost"}))
    with HttpFetcher(policy, headers={"Authorization": "Bearer s3cret"}) as fetcher:
        result = fetcher.fetch(server.url("/to-localhost-echo"))
    assert result.error is None and result.content == b"<none>"


def test_connection_refused_is_reported_not_raised() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with HttpFetcher(make_policy(retries=1)) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/")
    assert result.error and result.error.startswith("connection error") and result.attempts == 2


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[MisbehavingServer]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not available to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    srv = MisbehavingServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_untrusted_certificate_fails_without_retry(tls_server: MisbehavingServer, fetcher: HttpFetcher) -> None:
    result = fetcher.fetch(f"https://127.0.0.1:{tls_server.server_port}/ok")
    assert result.error and result.error.startswith("TLS certificate not trusted")
    assert result.attempts == 1 and tls_server.hits["/ok"] == 0
