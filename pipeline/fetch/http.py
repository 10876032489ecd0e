"""The live fetcher: requests with our own retries, redirects, size limit, deadline and URL policy.

requests' own redirect following and urllib3's retries are switched off because each hop must be
re-checked against the URL policy and every attempt must count against one overall deadline.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.client
import logging
import os
import random
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from pipeline.fetch.base import FetchPolicy, FetchResult, address_refusal, scheme_refusal

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Never forwarded to another origin by a redirect: a feed must not be able to steal its own credentials.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
CHUNK_BYTES = 64 * 1024

Resolver = Callable[[str, int], Sequence[str]]


def auth_headers_from_env(auth_env: str | None) -> dict[str, str]:
    """The `Authorization` header for a feed whose config names `auth_env: VAR`.

    The variable holds the whole header value (e.g. ``Bearer abc`` or ``Basic ...``), so secrets
    stay out of config files and out of logs.
    """
    if not auth_env:
        return {}
    value = os.environ.get(auth_env, "").strip()
    if not value:
        raise ValueError(
            f"feed config names auth_env {auth_env!r}, but environment variable {auth_env} is not set or empty; "
            f"export it with the full Authorization header value, e.g. 'Bearer <token>'"
        )
    return {"Authorization": value}


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class HttpFetcher:
    """Fetches one URL at a time; safe to share across threads (one session, thread-local bookkeeping)."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._headers = dict(headers or {})
        self._resolve = resolver
        self._tracker = _ConnectionTracker()
        self._session = requests.Session()
        # No proxies or .netrc from the environment: credentials come only from `headers`, and the
        # connect-time address check must see the real peer, not a proxy.
        self._session.trust_env = False
        adapter = _GuardedAdapter(self.policy, self._tracker)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        started = time.monotonic()
        deadline = started + self.policy.total_timeout
        origin = _origin(url)
        current = urldefrag(url.strip())[0]
        chain = [current]
        attempts = 0

        def done(outcome: _Outcome | None = None, *, error: str | None = None, **fields: object) -> FetchResult:
            if error:
                logger.warning("fetch %s failed: %s", url, error)
            return FetchResult(
                url=url,
                final_url=current,
                status=outcome.status if outcome else None,
                elapsed_ms=round((time.monotonic() - started) * 1000, 1),
                attempts=attempts,
                error=error,
                **fields,  # type: ignore[arg-type]
            )

        for hop in range(self.policy.max_redirects + 1):
            refusal = self._refusal(current)
            if refusal:
                return done(error=refusal if hop == 0 else f"{refusal} (redirected from {chain[-2]})")
            headers = self._request_headers(current, origin, etag, last_modified)
            outcome = self._request_with_retries(current, headers, deadline)
            attempts += outcome.attempts
            if outcome.error:
                return done(outcome, error=outcome.error)
            if outcome.status in REDIRECT_STATUSES:
                location = outcome.headers.get("Location")
                if not location:
                    return done(outcome, error=f"HTTP {outcome.status} without a Location header from {current}")
                target = urldefrag(urljoin(current, location.strip()))[0]
                if target in chain:
                    return done(outcome, error=f"redirect loop: {' -> '.join([*chain, target])}")
                if hop == self.policy.max_redirects:
                    return done(
                        outcome,
                        error=f"too many redirects (more than {self.policy.max_redirects}) starting at {url}",
                    )
                chain.append(target)
                current = target
                continue
            if outcome.status == 304:
                return done(
                    outcome,
                    not_modified=True,
                    etag=outcome.headers.get("ETag") or etag,
                    last_modified=outcome.headers.get("Last-Modified") or last_modified,
                )
            if outcome.status is None or not 200 <= outcome.status < 300:
                return done(outcome, error=f"HTTP {outcome.status} from {current}")
            return done(
                outcome,
                content=outcome.content,
                content_type=outcome.headers.get("Content-Type"),
                etag=outcome.headers.get("ETag"),
                last_modified=outcome.headers.get("Last-Modified"),
            )
        raise AssertionError("unreachable: the redirect loop returns on its last hop")

    # -- policy ---------------------------------------------------------------------------------

    def _refusal(self, url: str) -> str | None:
        refusal = scheme_refusal(url, self.policy)
        if refusal:
            return refusal
        parts = urlsplit(url)
        host = parts.hostname or ""
        if self.policy.host_allowed(host):
            return None
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        try:
            addresses = self._resolve(host, port)
        except (OSError, UnicodeError) as exc:
            return f"DNS lookup failed for host {host!r}: {exc}"
        if not addresses:
            return f"DNS lookup for host {host!r} returned no addresses"
        for address in addresses:
            refusal = address_refusal(host, address, self.policy)
            if refusal:
                return refusal
        return None

    def _request_headers(
        self, url: str, origin: tuple[str, str, int], etag: str | None, last_modified: str | None
    ) -> dict[str, str]:
        headers = {
            "User-Agent": self.policy.user_agent,
            # Only codings we can decode with a bounded decompressor (see _Inflater).
            "Accept-Encoding": "gzip, deflate",
            "Accept": "*/*",
        }
        same_origin = _same_origin_or_upgrade(origin, _origin(url))
        for name, value in self._headers.items():
            if name.lower() in CREDENTIAL_HEADERS and not same_origin:
                continue
            headers[name] = value
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    # -- attempts -------------------------------------------------------------------------------

    def _request_with_retries(self, url: str, headers: dict[str, str], deadline: float) -> _Outcome:
        max_attempts = self.policy.retries + 1
        last_error = "no attempt made"
        last_status: int | None = None
        for attempt in range(1, max_attempts + 1):
            if time.monotonic() >= deadline:
                return _Outcome(
                    error=f"total timeout of {self.policy.total_timeout:g} s exceeded before attempt {attempt} "
                    f"(last: {last_error})",
                    status=last_status,
                    attempts=attempt - 1,
                )
            retry_after: float | None = None
            try:
                outcome = self._attempt(url, headers, deadline)
            except _Retryable as exc:
                last_error, last_status = str(exc), None
            except _Fatal as exc:
                error = str(exc)
                if isinstance(exc, _DeadlineExceeded) and attempt > 1:
                    error += f"; earlier attempts failed with {last_error}"
                return _Outcome(error=error, status=exc.status or last_status, attempts=attempt)
            else:
                if outcome.status not in RETRY_STATUSES:
                    outcome.attempts = attempt
                    return outcome
                last_error, last_status = f"HTTP {outcome.status}", outcome.status
                retry_after = _retry_after_seconds(outcome.headers.get("Retry-After"))
            if attempt == max_attempts:
                break
            delay = self._backoff(attempt, retry_after)
            if time.monotonic() + delay >= deadline:
                return _Outcome(
                    error=f"{last_error} after {_plural(attempt, 'attempt')}; no time left to retry "
                    f"within total_timeout {self.policy.total_timeout:g} s",
                    status=last_status,
                    attempts=attempt,
                )
            logger.info(
                "retrying %s in %.2f s after %s (attempt %d of %d)", url, delay, last_error, attempt, max_attempts
            )
            time.sleep(delay)
        return _Outcome(
            error=f"{last_error} after {_plural(max_attempts, 'attempt')}", status=last_status, attempts=max_attempts
        )

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        # Exponential with jitter so that many feeds failing together do not retry in lockstep.
        delay = min(self.policy.backoff_max, self.policy.backoff_base * 2 ** (attempt - 1))
        delay *= random.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.policy.backoff_max))
        return delay

    def _attempt(self, url: str, headers: dict[str, str], deadline: float) -> _Outcome:
        policy = self.policy
        remaining = max(deadline - time.monotonic(), 0.001)
        timeout = (min(policy.connect_timeout, remaining), min(policy.read_timeout, remaining))
        connections = self._tracker.begin()
        # A read timeout only bounds the gap between two packets; the watchdog bounds the whole
        # attempt, including headers or a body trickled one byte at a time.
        watchdog = threading.Timer(remaining, connections.shut_down)
        watchdog.daemon = True
        watchdog.start()
        response: requests.Response | None = None
        try:
            try:
                response = self._session.get(url, headers=headers, timeout=timeout, stream=True, allow_redirects=False)
                outcome = _Outcome(status=response.status_code, headers=response.headers)
                if 200 <= response.status_code < 300:
                    outcome.content = self._read_body(response, url, deadline, connections)
                return outcome
            except _Refused as exc:
                raise _Fatal(str(exc)) from exc
            except (
                requests.RequestException,
                urllib3.exceptions.HTTPError,
                http.client.HTTPException,
                OSError,
            ) as exc:
                if time.monotonic() >= deadline or connections.was_shut_down:
                    received = f" ({connections.note})" if connections.note else ""
                    raise _DeadlineExceeded(
                        f"total timeout of {policy.total_timeout:g} s exceeded while fetching {url}{received}",
                        response.status_code if response is not None else None,
                    ) from exc
                raise _classify(exc, url, policy) from exc
            except ValueError as exc:
                # e.g. an unencodable host name: the same request would fail the same way.
                raise _Fatal(f"request failed for {url}: {exc}") from exc
        finally:
            watchdog.cancel()
            self._tracker.end()
            if response is not None:
                response.close()

    def _read_body(
        self, response: requests.Response, url: str, deadline: float, connections: _AttemptConnections
    ) -> bytes:
        limit = self.policy.max_bytes
        coding = response.headers.get("Content-Encoding", "").strip().lower()
        inflater = _Inflater.for_coding(coding, url)
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise _Fatal(f"body exceeds {limit} bytes (Content-Length {declared}) at {url}", response.status_code)
        raw = response.raw
        body = bytearray()
        received = 0
        while True:
            if time.monotonic() >= deadline:
                raise _DeadlineExceeded(
                    f"total timeout of {self.policy.total_timeout:g} s exceeded while reading the body of {url} "
                    f"({received} bytes received)",
                    response.status_code,
                )
            chunk = raw.read1(CHUNK_BYTES, decode_content=False)
            if not chunk:
                if connections.was_shut_down:
                    # The watchdog's shutdown reads as a clean end of a body without a length:
                    # what we have is a truncated body, not the whole one.
                    raise _DeadlineExceeded(
                        f"total timeout of {self.policy.total_timeout:g} s exceeded while reading the body of "
                        f"{url} ({received} bytes received)",
                        response.status_code,
                    )
                break
            received += len(chunk)
            connections.note = f"{received} body bytes received"
            if received > limit:
                raise _Fatal(f"body exceeds {limit} bytes at {url}", response.status_code)
            body += inflater.feed(chunk, limit - len(body) + 1)
            if len(body) > limit:
                raise _Fatal(f"body exceeds {limit} bytes after {coding} decoding at {url}", response.status_code)
        body += inflater.finish()
        if len(body) > limit:
            raise _Fatal(f"body exceeds {limit} bytes after {coding} decoding at {url}", response.status_code)
        return bytes(body)


# -- plumbing -------------------------------------------------------------------------------------


@dataclass
class _Outcome:
    status: int | None = None
    headers: Mapping[str, str] | None = None
    content: bytes | None = None
    error: str | None = None
    attempts: int = 0

    def __post_init__(self) -> None:
        if self.headers is None:
            self.headers = {}


class _Retryable(Exception):
    """A transient failure: connection refused or reset, timeouts."""


class _Fatal(Exception):
    """A failure that the same request would repeat: refused address, oversized body, deadline."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class _DeadlineExceeded(_Fatal):
    """The fetch's total_timeout ran out."""


class _Refused(Exception):
    """Raised inside urllib3 at connect time; deliberately not an OSError so nothing wraps or retries it."""


# Problems with the request itself, not the network: retrying cannot help.
_NOT_TRANSIENT = (
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidSchema,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidHeader,
    urllib3.exceptions.LocationValueError,
)


def _classify(exc: BaseException, url: str, policy: FetchPolicy) -> _Retryable | _Fatal:
    if isinstance(exc, _NOT_TRANSIENT):
        return _Fatal(f"request failed for {url}: {exc}")
    chain = _cause_chain(exc)
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain):
        # A certificate that does not verify now will not verify in a second either.
        return _Fatal(f"TLS certificate not trusted for {url}: {_describe(chain[-1])}")
    if isinstance(exc, requests.ConnectTimeout | urllib3.exceptions.ConnectTimeoutError):
        return _Retryable(f"connect timeout (no connection within {policy.connect_timeout:g} s)")
    timeouts = (requests.ReadTimeout, urllib3.exceptions.ReadTimeoutError, TimeoutError, socket.timeout)
    if any(isinstance(e, timeouts) for e in chain):
        return _Retryable(f"read timeout (no data for {policy.read_timeout:g} s)")
    # The innermost exception says what happened (reset, refused...); the wrappers only say where.
    return _Retryable(f"connection error: {_describe(chain[-1])}")


def _cause_chain(exc: BaseException) -> list[BaseException]:
    """`exc` and what caused it, outermost first: urllib3 keeps causes in `.reason` or in args."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 12:
        chain.append(current)
        reason = getattr(current, "reason", None)
        nested = [a for a in current.args if isinstance(a, BaseException)]
        if isinstance(reason, BaseException):
            current = reason
        elif nested:
            current = nested[-1]
        else:
            current = current.__cause__ or current.__context__
    return chain


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "..."


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _origin(url: str) -> tuple[str, str, int]:
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        return "", "", 0


def _same_origin_or_upgrade(first: tuple[str, str, int], other: tuple[str, str, int]) -> bool:
    if first == other:
        return True
    # http -> https on the same host is what most sites do; credentials may follow that upgrade.
    return first[0] == "http" and other[0] == "https" and first[1] == other[1] and (first[2], other[2]) == (80, 443)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


_IDENTITY_ALIASES = frozenset({"none", "binary", "utf-8", "utf8", "7bit", "8bit"})


class _Inflater:
    """Decodes a Content-Encoding with a cap on the output of every call, so a small gzip body
    that inflates to gigabytes is stopped after `max_bytes + 1` bytes instead of filling memory."""

    def __init__(self, coding: str, url: str) -> None:
        self.coding = coding
        self.url = url
        self._gzip = coding in ("gzip", "x-gzip")
        self._obj: zlib._Decompress | None = None
        self._tried_raw_deflate = False

    @classmethod
    def for_coding(cls, coding: str, url: str) -> _Inflater:
        if coding in _IDENTITY_ALIASES:
            # Misconfigured servers label plain bodies with a charset or "none"; browsers shrug too.
            coding = "identity"
        if coding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise _Fatal(f"unsupported Content-Encoding {coding!r} from {url} (we only accept gzip and deflate)")
        return cls(coding, url)

    def feed(self, data: bytes, limit: int) -> bytes:
        if self.coding in ("", "identity"):
            return data
        out = bytearray()
        while data and len(out) < limit:
            if self._obj is None:
                self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)
            try:
                out += self._obj.decompress(data, limit - len(out))
            except zlib.error as exc:
                if not self._gzip and not self._tried_raw_deflate and not out:
                    # Some servers send raw deflate without the zlib header the RFC asks for.
                    self._tried_raw_deflate = True
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise _Fatal(f"invalid {self.coding} body from {self.url}: {exc}") from exc
            self._tried_raw_deflate = True
            if len(out) >= limit:
                break
            data = b""
            if self._obj.eof and self._obj.unused_data:
                rest = self._obj.unused_data
                if self._gzip and rest[:2] == b"\x1f\x8b":
                    # Concatenated gzip members are one body (RFC 1952 section 2.2).
                    self._obj = None
                    data = rest
        return bytes(out)

    def finish(self) -> bytes:
        if self.coding in ("", "identity") or self._obj is None:
            return b""
        if not self._obj.eof:
            raise _Fatal(f"truncated {self.coding} body from {self.url}")
        return self._obj.flush()


class _AttemptConnections:
    """The sockets one attempt uses, so that the watchdog can interrupt them."""

    def __init__(self) -> None:
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.was_shut_down = False
        self.note = ""

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            if self.was_shut_down:
                _shut(sock)
            elif sock not in self._sockets:
                self._sockets.append(sock)

    def shut_down(self) -> None:
        # Called from the watchdog thread: shutting the socket down wakes a recv blocked in the
        # fetching thread, which then fails (or sees EOF) and reports the deadline.
        with self._lock:
            self.was_shut_down = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    # The plain socket method even for TLS sockets: SSLSocket.shutdown would also drop the TLS
    # state under the feet of the thread still reading from it.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _ConnectionTracker(threading.local):
    current: _AttemptConnections | None = None

    def begin(self) -> _AttemptConnections:
        self.current = _AttemptConnections()
        return self.current

    def end(self) -> None:
        self.current = None

    def register(self, sock: socket.socket | None) -> None:
        if sock is not None and self.current is not None:
            self.current.add(sock)


def _guarded_connection_class(
    base: type[HTTPConnection], policy: FetchPolicy, tracker: _ConnectionTracker
) -> type[HTTPConnection]:
    class GuardedConnection(base):  # type: ignore[valid-type, misc]
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            # Checked on the connected socket, not on an earlier DNS answer, so a name that
            # re-resolves to an internal address between check and connect is still refused.
            try:
                peer = str(sock.getpeername()[0])
            except OSError as exc:
                sock.close()
                raise _Refused(f"refused: cannot tell which address host {self.host!r} connected to ({exc})") from exc
            refusal = address_refusal(self.host, peer, policy)
            if refusal:
                sock.close()
                raise _Refused(refusal)
            return sock

        def request(self, *args: object, **kwargs: object) -> None:
            # The socket is recorded itself, not the connection: http.client drops its reference
            # (conn.sock = None) once it knows the response ends at connection close, while the
            # body is still being read from that socket. Before the request for a reused
            # connection, after it for a new one (and for the TLS socket that wraps the raw one).
            tracker.register(self.sock)
            super().request(*args, **kwargs)  # type: ignore[arg-type]
            tracker.register(self.sock)

    GuardedConnection.__name__ = f"Guarded{base.__name__}"
    return GuardedConnection


class _GuardedAdapter(HTTPAdapter):
    def __init__(self, policy: FetchPolicy, tracker: _ConnectionTracker) -> None:
        self._policy = policy
        self._tracker = tracker
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
        http_pool = type(
            "GuardedHTTPConnectionPool",
            (HTTPConnectionPool,),
            {"ConnectionCls": _guarded_connection_class(HTTPConnection, self._policy, self._tracker)},
        )
        https_pool = type(
            "GuardedHTTPSConnectionPool",
            (HTTPSConnectionPool,),
            {"ConnectionCls": _guarded_connection_class(HTTPSConnection, self._policy, self._tracker)},
        )
        self.poolmanager.pool_classes_by_scheme = {"http": http_pool, "https": https_pool}
