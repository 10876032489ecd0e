"""Ingest steps without Dagster: feeds -> entries, entries -> article pages, inbox folders -> documents.

Each step takes what it needs (sources, a fetcher, the archive, the lake) and returns (or, for inbox folders
of any size, yields) plain rows for the lake, so the Dagster assets stay thin and the steps are tested
directly. Every step makes its archived objects durable (`Archive.sync`) before handing out rows that name
them.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
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
    archive.sync()
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
    archive.sync()
    return rows


# Inbox files are read, hashed and archived in batches of this many: the archive is made durable once per
# batch, and at most two batches are held in memory (one being built while the next is read).
BATCH_FILES = 500
# HTML -> text (trafilatura) goes to a process pool when a batch has this many HTML files. Measured with
# the Dagster process forked: 32 pages 61 ms in-process vs 65 ms with a pool started for them, 64 pages
# 117 vs 96 ms; once started the pool serves every later batch that qualifies.
POOL_MIN_HTML = 48
# A file modified this recently may change again within the same timestamp: its mtime is not recorded, so
# the next run reads and hashes it instead of trusting (path, size, mtime).
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class InboxFile:
    """One new inbox file, read and archived, waiting to become a raw.inbox_files row."""

    payload: bytes
    path: str
    inbox_name: str
    day: date
    sidecar: dict | None
    sidecar_error: str | None
    mtime_ns: int | None = None


@dataclass(frozen=True)
class _SeenInbox:
    by_stat: set[tuple[str, int, int]]  # (path, bytes, mtime_ns): skipped without reading the file
    by_hash: set[tuple[str, str]]  # (path, sha256): skipped after reading and hashing it


def _seen_inbox(lake_dir: Path, day: date) -> _SeenInbox:
    rows = lake.query(lake_dir, "select path, archive_sha256, bytes, mtime_ns from lake_inbox_files where day <> ?", [day])
    return _SeenInbox(by_stat={(p, b, m) for p, _, b, m in rows if m is not None}, by_hash={(p, sha) for p, sha, _, _ in rows})


def ingest_inboxes(inboxes: list[InboxSource], archive: Archive, lake_dir: Path, day: date, *,
                   workers: int | None = None) -> Iterator[dict]:
    """Rows of new or changed files in inbox folders, in path order (a file already loaded on another day is
    skipped). Rows come out batch by batch, each after its batch's archived objects are on disk."""
    files = _new_inbox_files(inboxes, archive, _seen_inbox(lake_dir, day), day)
    yield from inbox_rows(_durable_batches(files, archive), workers=workers)


def _new_inbox_files(inboxes: list[InboxSource], archive: Archive, seen: _SeenInbox, day: date) -> Iterator[InboxFile | dict]:
    """Each new file, archived; a missing inbox folder comes through as its error row."""
    for inbox in inboxes:
        if not inbox.path.is_dir():
            yield {"day": day, "doc_id": url_doc_id(f"inbox:{inbox.name}"), "inbox_name": inbox.name, "path": str(inbox.path),
                   "error": f"inbox folder {inbox.path} does not exist", "bytes": 0}
            continue
        for path in sorted(p for p in inbox.path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()):
            stat = path.stat()
            if (str(path), stat.st_size, stat.st_mtime_ns) in seen.by_stat:
                continue
            payload = path.read_bytes()
            if (str(path), hashlib.sha256(payload).hexdigest()) in seen.by_hash:
                continue
            mtime_ns = stat.st_mtime_ns if _settled(stat, len(payload)) else None
            sidecar, sidecar_error = None, None
            try:
                found = read_sidecar(path)
                sidecar = {"published": found.published.isoformat() if found.published else None, "url": found.url, "title": found.title} if found else None
            except UnreadableDocument as exc:
                sidecar_error = str(exc)
            # The sidecar travels in the archive log, so a rebuild sees the same metadata without the folder.
            archive.put(payload, url=path.as_uri(), kind="inbox", day=day,
                        meta={"inbox": inbox.name, "path": str(path), "sidecar": sidecar, "sidecar_error": sidecar_error, "mtime_ns": mtime_ns})
            yield InboxFile(payload, str(path), inbox.name, day, sidecar, sidecar_error, mtime_ns)


def _settled(stat: os.stat_result, size_read: int) -> bool:
    """Whether (size, mtime) identify the content read: unchanged while read, and not modified just now."""
    return stat.st_size == size_read and time.time_ns() - stat.st_mtime_ns > RACY_NS


def _durable_batches(files: Iterable[InboxFile | dict], archive: Archive) -> Iterator[list[InboxFile | dict]]:
    for batch in batched(files, BATCH_FILES):
        archive.sync()  # before any row naming these objects can reach the lake
        yield batch


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items, the last one shorter (itertools.batched arrives with Python 3.12)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def inbox_rows(batches: Iterable[list[InboxFile | dict]], *, workers: int | None = None) -> Iterator[dict]:
    """raw.inbox_files rows for batches of files, in order. A batch with enough HTML is built by a process
    pool, started on first need and kept, while the next batch is read; rows equal those built in-process."""
    workers = workers or os.cpu_count() or 1
    with contextlib.ExitStack() as stack:
        pool: ProcessPoolExecutor | None = None
        building: collections.deque[list] = collections.deque()
        for batch in batches:
            if workers > 1 and sum(isinstance(f, InboxFile) and _is_html(f.path) for f in batch) >= POOL_MIN_HTML:
                pool = pool or stack.enter_context(ProcessPoolExecutor(max_workers=workers))
                building.append([pool.submit(_file_rows, part) for part in _split(batch, 2 * workers)])
            else:
                building.append([_file_rows(batch)])
            if len(building) > 1:
                yield from _collect(building.popleft())
        while building:
            yield from _collect(building.popleft())


def _split(batch: list, parts: int) -> list[list]:
    size = -(-len(batch) // parts)
    return [batch[i : i + size] for i in range(0, len(batch), size)]


def _collect(parts: list[list[dict] | Future]) -> Iterator[dict]:
    for part in parts:
        yield from part.result() if isinstance(part, Future) else part


def _file_rows(files: list[InboxFile | dict]) -> list[dict]:
    return [f if isinstance(f, dict) else {**inbox_row(f.payload, path=f.path, inbox_name=f.inbox_name, day=f.day, sidecar=f.sidecar,
                                                      sidecar_error=f.sidecar_error), "mtime_ns": f.mtime_ns}
            for f in files]


def _is_html(path: str) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES


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
        if _is_html(path):
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
