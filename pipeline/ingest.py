"""Ingest steps without Dagster: feeds -> entries, entries -> article pages, inbox folders -> documents.

Each step takes what it needs (sources, a fetcher, the archive, the lake) and returns plain rows for the
lake, so the Dagster assets stay thin and the steps are tested directly.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline import lake
from pipeline.archive import Archive
from pipeline.documents import ARTICLE_SUFFIXES, HTML_SUFFIXES, UnreadableDocument, read_sidecar
from pipeline.feeds import parse_feed
from pipeline.fetch.base import Fetcher
from pipeline.html_text import extract_main_text
from pipeline.sources import FeedSource, InboxSource, Sources

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def url_doc_id(url: str) -> str:
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()


@dataclass
class FeedIngest:
    fetches: list[dict] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)


def _previous_cache(lake_dir: Path, day: date) -> dict[str, tuple[str | None, str | None]]:
    rows = lake.query(
        lake_dir,
        "select url, arg_max(etag, fetched_at), arg_max(last_modified, fetched_at) from lake_feed_fetches "
        "where day <> ? and status = 200 group by url",
        [day],
    )
    return {url: (etag, modified) for url, etag, modified in rows}


def _seen_entries(lake_dir: Path, day: date) -> tuple[set[str], set[str]]:
    rows = lake.query(lake_dir, "select entry_id, link from lake_feed_entries where day <> ?", [day])
    return {r[0] for r in rows if r[0]}, {r[1] for r in rows if r[1]}


def ingest_feeds(sources: Sources, fetcher_for: Callable[[FeedSource], Fetcher], archive: Archive, lake_dir: Path, day: date) -> FeedIngest:
    """Fetch every enabled feed; keep entries not seen on another day (by GUID or link), across feeds."""
    result = FeedIngest()
    cache = _previous_cache(lake_dir, day)
    seen_ids, seen_links = _seen_entries(lake_dir, day)
    for feed in sources.enabled_feeds:
        etag, modified = cache.get(feed.url, (None, None))
        fetched = fetcher_for(feed).fetch(feed.url, etag=etag, last_modified=modified)
        row = {
            "day": day, "feed_name": feed.name, "url": feed.url, "fetched_at": _now(), "status": fetched.status,
            "bytes": len(fetched.content) if fetched.content else 0, "elapsed_ms": fetched.elapsed_ms,
            "error": fetched.error, "archive_sha256": None, "entries": 0, "new_entries": 0, "parse_warning": None,
            "etag": fetched.etag or (etag if fetched.not_modified else None),
            "last_modified": fetched.last_modified or (modified if fetched.not_modified else None),
        }
        result.fetches.append(row)
        if fetched.error or fetched.not_modified or not fetched.content:
            if fetched.error:
                log.warning("feed %s failed: %s", feed.name, fetched.error)
            continue
        row["archive_sha256"] = archive.put(fetched.content, url=feed.url, kind="feed", day=day,
                                            meta={"feed": feed.name, "content_type": fetched.content_type})
        parsed = parse_feed(fetched.content, url=fetched.final_url or feed.url, content_type=fetched.content_type)
        if parsed.rejected:
            row["error"] = f"feed rejected: {parsed.rejected}"
            continue
        row["parse_warning"] = parsed.warning
        row["entries"] = len(parsed.entries)
        for entry in parsed.entries:
            if entry.link_refused:
                log.warning("feed %s: entry %s refused: %s", feed.name, entry.entry_id, entry.link_refused)
                row["parse_warning"] = (row["parse_warning"] or "") + f" refused link {entry.link}: {entry.link_refused};"
                continue
            if entry.entry_id in seen_ids or (entry.link and entry.link in seen_links):
                continue
            seen_ids.add(entry.entry_id)
            if entry.link:
                seen_links.add(entry.link)
            row["new_entries"] += 1
            result.entries.append({
                "day": day, "feed_name": feed.name, "entry_id": entry.entry_id, "link": entry.link,
                "title": entry.title, "summary": entry.summary, "published_at": entry.published_at, "fetched_at": row["fetched_at"],
            })
    return result


def fetch_pages(entries: list[dict], fetcher: Fetcher, archive: Archive, day: date) -> list[dict]:
    """Fetch each entry's article page, archive it unchanged, keep its main text; failures stay as rows."""
    rows = []
    for entry in entries:
        url = entry.get("link")
        row = {
            "day": day, "doc_id": url_doc_id(url or entry["entry_id"]), "feed_name": entry["feed_name"],
            "entry_id": entry["entry_id"], "url": url, "final_url": None, "fetched_at": _now(), "status": None,
            "bytes": 0, "elapsed_ms": None, "error": None, "archive_sha256": None, "content_type": None,
            "title": entry.get("title"), "published": entry["published_at"].date() if entry.get("published_at") else None,
            "text": None,
        }
        rows.append(row)
        if not url:
            row["error"] = "entry has no link"
            continue
        fetched = fetcher.fetch(url)
        row.update(final_url=fetched.final_url, status=fetched.status, elapsed_ms=fetched.elapsed_ms,
                   error=fetched.error, content_type=fetched.content_type,
                   bytes=len(fetched.content) if fetched.content else 0)
        if fetched.error or not fetched.content:
            row["error"] = row["error"] or "empty response"
            continue
        row["archive_sha256"] = archive.put(fetched.content, url=url, kind="page", day=day,
                                            meta={"feed": entry["feed_name"], "entry_id": entry["entry_id"], "content_type": fetched.content_type})
        try:
            page = extract_main_text(fetched.content, url=url, content_type=fetched.content_type)
        except Exception as exc:  # noqa: BLE001 - one bad page is recorded, the batch goes on
            row["error"] = f"main text extraction failed: {type(exc).__name__}: {exc}"
            continue
        row["text"] = page.text or None
        row["title"] = row["title"] or page.title
        row["published"] = row["published"] or page.published or day
        if not page.text:
            row["error"] = "no main text found in page"
    return rows


def _seen_inbox(lake_dir: Path, day: date) -> set[tuple[str, str]]:
    rows = lake.query(lake_dir, "select path, archive_sha256 from lake_inbox_files where day <> ?", [day])
    return {(r[0], r[1]) for r in rows}


def ingest_inboxes(inboxes: list[InboxSource], archive: Archive, lake_dir: Path, day: date) -> list[dict]:
    """Read new or changed files from inbox folders (a file already loaded on another day is skipped)."""
    seen = _seen_inbox(lake_dir, day)
    rows = []
    for inbox in inboxes:
        if not inbox.path.is_dir():
            rows.append({"day": day, "doc_id": url_doc_id(f"inbox:{inbox.name}"), "inbox_name": inbox.name, "path": str(inbox.path),
                         "error": f"inbox folder {inbox.path} does not exist", "bytes": 0})
            continue
        for path in sorted(p for p in inbox.path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES):
            payload = path.read_bytes()
            sha = hashlib.sha256(payload).hexdigest()
            if (str(path), sha) in seen:
                continue
            sidecar, sidecar_error = None, None
            try:
                found = read_sidecar(path)
                sidecar = {"published": found.published.isoformat() if found.published else None, "url": found.url, "title": found.title} if found else None
            except UnreadableDocument as exc:
                sidecar_error = str(exc)
            # The sidecar travels in the archive log, so a rebuild sees the same metadata without the folder.
            archive.put(payload, url=path.as_uri(), kind="inbox", day=day,
                        meta={"inbox": inbox.name, "path": str(path), "sidecar": sidecar, "sidecar_error": sidecar_error})
            rows.append(inbox_row(payload, path=str(path), inbox_name=inbox.name, day=day, sidecar=sidecar, sidecar_error=sidecar_error))
    return rows


def inbox_row(payload: bytes, *, path: str, inbox_name: str, day: date, sidecar: dict | None, sidecar_error: str | None) -> dict:
    """One raw.inbox_files row from a file's bytes and its sidecar metadata."""
    sha = hashlib.sha256(payload).hexdigest()
    row = {"day": day, "doc_id": sha, "inbox_name": inbox_name, "path": path, "url": None, "title": None,
           "published": day, "published_source": "ingest_date", "archive_sha256": sha, "bytes": len(payload),
           "text": None, "error": sidecar_error}
    if sidecar:
        row.update(url=sidecar.get("url"), title=sidecar.get("title"))
        if sidecar.get("published"):
            row.update(published=date.fromisoformat(sidecar["published"]), published_source="sidecar")
    try:
        if Path(path).suffix.lower() in HTML_SUFFIXES:
            page = extract_main_text(payload, url=row["url"])
            row["text"] = page.text or None
            row["title"] = row["title"] or page.title
            if page.published and row["published_source"] != "sidecar":
                row.update(published=page.published, published_source="page")
        else:
            row["text"] = payload.decode("utf-8", errors="replace")
    except Exception as exc:  # noqa: BLE001 - recorded as a visible rejection
        row["error"] = f"cannot read {Path(path).name}: {type(exc).__name__}: {exc}"
    if not row["text"] and not row["error"]:
        row["error"] = "file has no text"
    return row
