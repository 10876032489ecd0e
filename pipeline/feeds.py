"""Parse an RSS, RDF or Atom payload into plain-text entries; never raise.

feedparser does the parsing because it survives the feeds that real publishers serve (wrong
encodings, undeclared entities, broken XML). This module adds the rules the pipeline needs on
top: a clear accept / warn / reject verdict, plain-text fields, absolute links, and no way for a
feed to make us read local files.
"""

from __future__ import annotations

import hashlib
import html
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.etree
import lxml.html

logger = logging.getLogger(__name__)

FETCHABLE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class FeedEntry:
    entry_id: str
    link: str | None
    title: str | None
    summary: str | None
    published_at: datetime | None
    # Set when `link` must not be fetched (javascript:, file:, missing...); the entry is kept so
    # that the refusal is visible downstream rather than silently dropped.
    link_refused: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[FeedEntry]
    title: str | None
    warning: str | None
    rejected: str | None
    # feedparser's format name, e.g. "rss20", "rss10", "atom10"; None when nothing was recognised.
    format: str | None = None
    bozo_reason: str | None = field(default=None, repr=False)


def parse_feed(payload: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    try:
        return _parse_feed(payload, url=url, content_type=content_type)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raise": one bad feed must not stop a run
        logger.exception("feed parser failed on %s", url)
        return ParsedFeed([], None, None, rejected=f"feed parser crashed on {url}: {type(exc).__name__}: {exc}")


def _parse_feed(payload: bytes, *, url: str, content_type: str | None) -> ParsedFeed:
    if not isinstance(payload, bytes | bytearray):
        return ParsedFeed([], None, None, rejected=f"payload for {url} is {type(payload).__name__}, expected bytes")
    if not payload.strip():
        return ParsedFeed([], None, None, rejected=f"empty payload from {url}")
    payload, doctype_note = _drop_unsafe_doctype(bytes(payload))
    headers = {
        # Base for relative links; feedparser also uses it for xml:base resolution.
        "content-location": url,
        # A file from disk has no Content-Type; "application/xml" lets feedparser use its own
        # encoding detection instead of flagging every such feed as ill-formed.
        "content-type": content_type or "application/xml",
    }
    # A BytesIO, never raw bytes: feedparser treats a bytes/str argument that names an existing
    # path as a file to open, so a payload like b"/etc/passwd" would be read from disk.
    # No HTML sanitising: we keep text only, and lxml drops <script> with its content more
    # reliably than feedparser's sanitiser, which can leave script bodies behind as text.
    result = feedparser.parse(io.BytesIO(payload), response_headers=headers, sanitize_html=False)
    version = result.get("version") or None
    bozo_reason = _bozo_reason(result) if result.get("bozo") else None
    title = _plain_text(result.feed.get("title"), _mime(result.feed.get("title_detail")))
    entries = [_entry(raw, url) for raw in result.entries]

    notes = [n for n in (doctype_note,) if n]
    rejected = None
    if not entries:
        if bozo_reason:
            rejected = f"ill-formed feed with no entries: {bozo_reason}"
        elif not version:
            rejected = "not an RSS, RDF or Atom feed: no feed element recognised and no entries"
        else:
            notes.append(f"well-formed {version} feed with no entries")
    elif bozo_reason:
        notes.append(f"ill-formed feed parsed leniently: {bozo_reason}")
    if rejected:
        logger.warning("feed %s rejected: %s", url, rejected)
    return ParsedFeed(
        entries=entries,
        title=title,
        warning="; ".join(notes) or None,
        rejected=rejected,
        format=version,
        bozo_reason=bozo_reason,
    )


def _bozo_reason(result: feedparser.FeedParserDict) -> str:
    exc = result.get("bozo_exception")
    if exc is None:
        return "feedparser flagged the feed as ill-formed without a reason"
    message = str(exc).strip() or "no message"
    return f"{type(exc).__name__}: {message}"


def _entry(raw: feedparser.FeedParserDict, feed_url: str) -> FeedEntry:
    title = _plain_text(raw.get("title"), _mime(raw.get("title_detail")))
    summary = _plain_text(raw.get("summary"), _mime(raw.get("summary_detail")))
    if summary is None and raw.get("content"):
        first = raw["content"][0]
        summary = _plain_text(first.get("value"), first.get("type"))

    link = (raw.get("link") or "").strip() or None
    link_refused = None
    if link:
        link = urljoin(feed_url, link)
        scheme = urlsplit(link).scheme.lower()
        if scheme not in FETCHABLE_SCHEMES:
            link_refused = f"link scheme {scheme or '(none)'!r} is not http or https: {link!r}"
    else:
        link_refused = "entry has no link"

    entry_id = (raw.get("id") or "").strip() or link
    if not entry_id:
        # Neither guid nor link: derive a stable id from the content so re-runs dedupe it.
        basis = "\x1f".join([feed_url, title or "", summary or "", str(raw.get("published") or "")])
        entry_id = "urn:sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()

    return FeedEntry(
        entry_id=entry_id,
        link=link,
        title=title,
        summary=summary,
        published_at=_published_at(raw),
        link_refused=link_refused,
    )


def _published_at(raw: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = raw.get(key)
        if parsed:
            try:
                # feedparser normalises every date it understands to a UTC struct_time.
                return datetime(*parsed[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _mime(detail: feedparser.FeedParserDict | None) -> str | None:
    return detail.get("type") if detail else None


# Markup inside a field that claims to be plain text: RSS titles often carry escaped HTML.
_LOOKS_LIKE_MARKUP = re.compile(r"<[a-zA-Z!/][^>]*>")
_DROP_WITH_CONTENT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math")
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table"}
    | {"blockquote", "pre", "section", "article", "header", "footer", "hr", "dd", "dt"}
)


def _plain_text(value: str | None, mime: str | None) -> str | None:
    if not value:
        return None
    text = value
    if (mime and "html" in mime) or _LOOKS_LIKE_MARKUP.search(value):
        text = html_fragment_to_text(value)
    text = " ".join(text.split())
    return text or None


def html_fragment_to_text(fragment: str) -> str:
    """Visible text of HTML: scripts and styles dropped with their content, tags removed, entities
    decoded, block elements separated by spaces so that words do not run together."""
    fragment = _XML_DECLARATION.sub("", fragment)
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        # Unparseable by libxml2: a regex is crude, but we only need text, never markup.
        without_code = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", fragment)
        return html.unescape(re.sub(r"<[^>]*>", " ", without_code))
    for element in list(root.iter(*_DROP_WITH_CONTENT)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = " " + (element.tail or "")
            element.text = " " + (element.text or "")
    return root.text_content()


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


# A DOCTYPE with an internal subset; quoted strings may contain "]" or ">".
_DOCTYPE = re.compile(rb"<!DOCTYPE\s[^\[>]*(?:\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*\])?\s*>", re.IGNORECASE)
# Entities that point outside the document (SYSTEM/PUBLIC) or parameter entities (%), the two
# ways an XXE payload reads files or fetches URLs.
_UNSAFE_DECL = re.compile(rb"<!ENTITY\s+(?:%|[^\s>]+\s+(?:SYSTEM|PUBLIC)\b)", re.IGNORECASE)
_PROLOG_BYTES = 64 * 1024


def _drop_unsafe_doctype(payload: bytes) -> tuple[bytes, str | None]:
    """Remove a DOCTYPE that declares external or parameter entities, before any parser sees it.

    feedparser already strips such declarations and turns off external entities in its SAX
    parser; this is a second, parser-independent guard. It only sees ASCII-compatible encodings;
    UTF-16/32 feeds rely on feedparser's own guard (covered by a test).
    """
    match = _DOCTYPE.search(payload, 0, _PROLOG_BYTES)
    if not match or not _UNSAFE_DECL.search(match.group(0)):
        return payload, None
    return payload[: match.start()] + payload[match.end() :], "DOCTYPE with external or parameter entities removed"
