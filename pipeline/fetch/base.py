"""What every fetcher shares: the policy it obeys, the result it returns, and the URL checks.

A fetcher never raises for network or HTTP trouble: the caller records a `FetchResult` with
`error` set, so one bad feed becomes a visible row instead of a crashed run.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

DEFAULT_USER_AGENT = "pledge-tracker/0.1 (research on aid to Ukraine; feed reader)"


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one fetch. Times are seconds; `total_timeout` bounds the whole fetch,
    retries and redirects included, so a server trickling bytes cannot hold a run hostage."""

    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    # Retries after the first attempt, so at most `retries + 1` requests per URL (urllib3's meaning).
    retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 10.0
    allowed_schemes: tuple[str, ...] = ("http", "https")
    # Hosts (names or IP literals) that may resolve to private/loopback addresses, e.g. a test server.
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)
    user_agent: str = DEFAULT_USER_AGENT

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchPolicy.{name} must be > 0, got {getattr(self, name)!r}")
        if self.max_bytes <= 0:
            raise ValueError(f"FetchPolicy.max_bytes must be > 0, got {self.max_bytes!r}")
        if self.max_redirects < 0 or self.retries < 0:
            raise ValueError(
                f"FetchPolicy.max_redirects and retries must be >= 0, got {self.max_redirects!r} and {self.retries!r}"
            )
        if self.backoff_base < 0 or self.backoff_max < 0:
            raise ValueError(
                f"FetchPolicy.backoff_base and backoff_max must be >= 0, got {self.backoff_base!r} and {self.backoff_max!r}"
            )
        # A plain set or list from a config file is accepted; hosts compare case-insensitively.
        object.__setattr__(self, "allowed_hosts", frozenset(_normalise_host(h) for h in self.allowed_hosts))
        object.__setattr__(self, "allowed_schemes", tuple(s.lower() for s in self.allowed_schemes))

    def host_allowed(self, host: str) -> bool:
        return _normalise_host(host) in self.allowed_hosts


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int | None = None
    content: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: float = 0.0
    attempts: int = 0
    error: str | None = None
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        """True when there is a body to use (a 304 is not an error, but has no body)."""
        return self.error is None and self.content is not None


@runtime_checkable
class Fetcher(Protocol):
    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult: ...


def _normalise_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def scheme_refusal(url: str, policy: FetchPolicy) -> str | None:
    """Why `url` may not be fetched on its form alone (scheme, host), or None. No DNS lookup."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a non-numeric or out-of-range port
    except ValueError as exc:
        return f"refused: malformed URL {url!r} ({exc})"
    scheme = parts.scheme.lower()
    if scheme not in policy.allowed_schemes:
        allowed = ", ".join(policy.allowed_schemes)
        shown = scheme or "(none)"
        return f"refused: scheme {shown!r} not allowed (allowed: {allowed}) in {url!r}"
    if not parts.hostname:
        return f"refused: URL has no host: {url!r}"
    return None


def address_refusal(host: str, address: str, policy: FetchPolicy) -> str | None:
    """Why connecting to `address` (resolved from `host`) is refused, or None.

    Anything that is not a globally routable unicast address is refused unless the host is listed
    in `allowed_hosts`: a feed URL (or a redirect) must not be a way to reach the machine's own
    network, cloud metadata endpoints (169.254.169.254) or other internal services.
    """
    if policy.host_allowed(host):
        return None
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"refused: host {host!r} resolved to unparseable address {address!r}"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    kind = _address_kind(ip)
    if kind is None:
        return None
    return f"refused: {kind} address {ip} (host {host!r}) not in allowed_hosts"


def _address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    # Most specific label first: 127.0.0.1 is also "private", 169.254.x.x is also "private".
    checks = (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    )
    for kind, hit in checks:
        if hit:
            return kind
    if not ip.is_global:
        # e.g. 100.64.0.0/10 (carrier-grade NAT): neither private nor global.
        return "non-global"
    return None
