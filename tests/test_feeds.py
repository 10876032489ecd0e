"""parse_feed: a verdict for every payload, plain-text fields, and no local file ever read."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.feeds import parse_feed

FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds"
NOT_FEEDS = {"LICENSE", "README.md"}


def feed_files(under: str = "") -> list:
    root = FEEDS / under
    if not root.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"shared feed samples not found at {root}"))]
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name not in NOT_FEEDS)
    return [pytest.param(p, id=str(p.relative_to(FEEDS))) for p in files]


def rss(items: str, *, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}'
        f'<rss version="2.0"><channel><title>Test feed</title><link>https://news.example.org/</link>'
        f"{items}</channel></rss>"
    ).encode()


@pytest.mark.parametrize("path", feed_files())
def test_every_sample_yields_entries_or_a_stated_verdict(path: Path) -> None:
    parsed = parse_feed(path.read_bytes(), url="https://feeds.example.org/feed.xml")
    if parsed.entries:
        assert parsed.rejected is None
    elif parsed.rejected:
        assert len(parsed.rejected) > 20  # a reason, not just a flag
    else:
        # Well-formed but empty (many of feedparser's samples test channel fields only).
        assert parsed.warning and "no entries" in parsed.warning and parsed.format


@pytest.mark.parametrize("path", feed_files("real"))
def test_real_news_feeds_all_yield_entries(path: Path) -> None:
    parsed = parse_feed(path.read_bytes(), url="https://feeds.example.org/feed.xml")
    assert parsed.rejected is None and parsed.entries
    for entry in parsed.entries:
        assert entry.entry_id and entry.title
        assert entry.link and entry.link_refused is None, entry


def _examples() -> Path:
    examples = FEEDS / "feedparser" / "docs" / "examples" / "examples"
    if not examples.is_dir():
        pytest.skip(f"feedparser example feeds not found at {examples}")
    return examples


def test_rss20_sample_gives_title_link_guid_and_date() -> None:
    parsed = parse_feed((_examples() / "rss20.xml").read_bytes(), url="http://example.org/rss20.xml")
    assert (parsed.title, parsed.format, parsed.warning) == ("Sample Feed", "rss20", None)
    [entry] = parsed.entries
    assert entry.title == "First item title"
    assert entry.link == "http://example.org/item/1"
    assert entry.entry_id == "http://example.org/guid/1"
    assert entry.published_at == datetime(2002, 9, 5, 0, 0, 1, tzinfo=UTC)


def test_rdf_sample_gives_title_and_link() -> None:
    parsed = parse_feed((_examples() / "rss10.rdf").read_bytes(), url="http://example.org/rss10.rdf")
    assert (parsed.title, parsed.format) == ("Sample Feed", "rss10")
    [entry] = parsed.entries
    assert entry.title == "First of all"
    assert entry.link == "http://example.org/archives/2002/09/04.html#first_of_all"


def test_atom_sample_resolves_relative_link_against_xml_base() -> None:
    parsed = parse_feed((_examples() / "atom10.xml").read_bytes(), url="http://example.org/atom10.xml")
    assert (parsed.title, parsed.format) == ("Sample Feed", "atom10")
    [entry] = parsed.entries
    assert entry.title == "First entry title"
    assert entry.link == "http://example.org/entry/3"
    assert entry.entry_id == "tag:feedparser.org,2005-11-09:/docs/examples/atom10.xml:3"


def test_relative_link_is_made_absolute_against_feed_url() -> None:
    parsed = parse_feed(
        rss("<item><title>A</title><link>/2024/aid.html</link></item>"), url="https://news.example.org/feeds/world.xml"
    )
    assert parsed.entries[0].link == "https://news.example.org/2024/aid.html"


def test_entry_id_is_guid_else_link() -> None:
    parsed = parse_feed(
        rss(
            '<item><title>A</title><link>https://x.org/a</link><guid isPermaLink="false">urn:a</guid></item>'
            "<item><title>B</title><link>https://x.org/b</link></item>"
        ),
        url="https://x.org/feed",
    )
    assert [e.entry_id for e in parsed.entries] == ["urn:a", "https://x.org/b"]


@pytest.mark.parametrize("link", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a", "data:text/html,hi"])
def test_non_http_link_is_kept_but_flagged(link: str) -> None:
    parsed = parse_feed(rss(f"<item><title>A</title><link>{link}</link></item>"), url="https://x.org/feed")
    [entry] = parsed.entries
    assert entry.link and entry.link.split(":")[0] == link.split(":")[0]
    assert entry.link_refused and "not http or https" in entry.link_refused


def test_script_in_description_is_removed_with_its_content() -> None:
    description = "&lt;script&gt;alert('pwned')&lt;/script&gt;&lt;p&gt;Germany pledges &amp;amp; delivers&lt;/p&gt;"
    parsed = parse_feed(
        rss(f"<item><title>A</title><link>https://x.org/a</link><description>{description}</description></item>"),
        url="https://x.org/feed",
    )
    assert parsed.entries[0].summary == "Germany pledges & delivers"


def test_feedparser_script_samples_leave_no_script_text() -> None:
    sanitize = FEEDS / "feedparser" / "tests" / "wellformed" / "sanitize"
    if not sanitize.is_dir():
        pytest.skip(f"feedparser sanitize samples not found at {sanitize}")
    for name in ("item_description_script.xml", "item_description_crazy.xml"):
        [entry] = parse_feed((sanitize / name).read_bytes(), url="https://x.org/feed").entries
        assert entry.summary and "executeMe" not in entry.summary and "alert" not in entry.summary


def test_html_in_title_becomes_plain_text() -> None:
    parsed = parse_feed(
        rss(
            "<item><title>&lt;b&gt;Aid&lt;/b&gt; for &lt;i&gt;Kyiv&lt;/i&gt;</title><link>https://x.org/a</link></item>"
        ),
        url="https://x.org/feed",
    )
    assert parsed.entries[0].title == "Aid for Kyiv"


def test_illformed_feed_with_entries_gives_entries_and_warning() -> None:
    payload = rss("<item><title>Kept</title><link>https://x.org/a?x=1&y=2</link></item>")
    parsed = parse_feed(payload, url="https://x.org/feed")
    assert [e.title for e in parsed.entries] == ["Kept"]
    assert parsed.rejected is None and parsed.warning and "ill-formed" in parsed.warning


def test_illformed_feed_without_entries_is_rejected_with_bozo_reason() -> None:
    parsed = parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken', url="https://x.org/feed")
    assert parsed.entries == []
    assert parsed.rejected and parsed.rejected.startswith("ill-formed feed with no entries: SAXParseException")


def test_html_page_instead_of_feed_is_rejected() -> None:
    parsed = parse_feed(b"<html><body><p>Moved</p></body></html>", url="https://x.org/feed", content_type="text/html")
    assert parsed.entries == [] and parsed.rejected


def test_empty_payload_is_rejected() -> None:
    assert parse_feed(b"  \n", url="https://x.org/feed").rejected == "empty payload from https://x.org/feed"


def test_dates_are_utc_aware() -> None:
    parsed = parse_feed(
        rss(
            "<item><title>A</title><link>https://x.org/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 +0200</pubDate></item>"
        ),
        url="https://x.org/feed",
    )
    assert parsed.entries[0].published_at == datetime(2024, 3, 5, 8, 0, tzinfo=UTC)


# -- XML external entities ------------------------------------------------------------------------


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-MARKER-7f3a\n")
    return path


def _leaks(parsed: object) -> bool:
    return "TOP-SECRET-MARKER" in repr(parsed)


def test_external_general_entity_is_not_resolved(secret: Path) -> None:
    prolog = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    payload = rss(
        "<item><title>A &xxe;</title><link>https://x.org/a</link><description>&xxe;</description></item>", prolog=prolog
    )
    parsed = parse_feed(payload, url="https://x.org/feed")
    assert parsed.entries and not _leaks(parsed)


def test_external_entity_on_its_own_lines_is_not_resolved(secret: Path) -> None:
    prolog = f'\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file://{secret}">\n]>\n'
    payload = rss("<item><title>A &xxe;</title><link>https://x.org/a</link></item>", prolog=prolog)
    assert not _leaks(parse_feed(payload, url="https://x.org/feed"))


def test_external_parameter_entity_is_not_resolved(secret: Path) -> None:
    prolog = f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'
    payload = rss("<item><title>A</title><link>https://x.org/a</link></item>", prolog=prolog)
    assert not _leaks(parse_feed(payload, url="https://x.org/feed"))


def test_external_dtd_is_not_loaded(secret: Path) -> None:
    payload = rss(
        "<item><title>A</title><link>https://x.org/a</link></item>", prolog=f'<!DOCTYPE rss SYSTEM "file://{secret}">'
    )
    assert not _leaks(parse_feed(payload, url="https://x.org/feed"))


def test_external_entity_in_utf16_feed_is_not_resolved(secret: Path) -> None:
    prolog = f'\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file://{secret}">\n]>\n'
    text = rss("<item><title>A &xxe;</title><link>https://x.org/a</link></item>", prolog=prolog).decode()
    payload = text.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    assert not _leaks(parse_feed(payload, url="https://x.org/feed"))


def test_payload_naming_a_local_file_is_not_opened(secret: Path) -> None:
    # feedparser.parse(bytes) would open an existing path; parse_feed must treat it as data.
    parsed = parse_feed(str(secret).encode(), url="https://x.org/feed")
    assert parsed.rejected and not _leaks(parsed)


def test_entity_expansion_bomb_is_harmless() -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    payload = rss("<item><title>&i;</title><link>https://x.org/a</link></item>", prolog=f"<!DOCTYPE rss [{entities}]>")
    started = time.monotonic()
    parsed = parse_feed(payload, url="https://x.org/feed")
    assert time.monotonic() - started < 5
    assert all(len(e.title or "") < 10_000 for e in parsed.entries)
