"""Replay archived payloads instead of fetching: how the lake and warehouse are rebuilt from the archive.

The archive is append-only and holds every feed, page and inbox file exactly as received, with a log line
per day. Replaying a day runs the same ingest code with a fetcher that serves that day's archived
payloads by URL, so a rebuild derives the same rows the original run did.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

from pipeline.archive import Archive
from pipeline.fetch.base import FetchResult
from pipeline.ingest import BATCH_FILES, InboxFile, batched, inbox_rows
from pipeline.sources import FeedSource, Sources


def archived_days(archive: Archive) -> list[date]:
    if not archive.log_dir.exists():
        return []
    days = []
    for path in archive.log_dir.glob("day=*.jsonl"):
        days.append(date.fromisoformat(path.stem.removeprefix("day=")))
    return sorted(days)


class ArchiveFetcher:
    """Serves the payloads archived on one day, by URL; anything else was not fetched that day."""

    def __init__(self, archive: Archive, day: date) -> None:
        self.archive = archive
        self.day = day
        self._index: dict[str, dict] = {}
        for record in archive.iter_log(day):
            if record.get("kind") in {"feed", "page"} and record.get("url"):
                self._index[record["url"]] = record

    def close(self) -> None:
        """Nothing to release."""

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        started = time.monotonic()
        record = self._index.get(url)
        elapsed = round((time.monotonic() - started) * 1000, 1)
        if record is None:
            return FetchResult(url=url, final_url=url, status=None, content=None, content_type=None, etag=None,
                               last_modified=None, elapsed_ms=elapsed, attempts=0, error=f"not in the archive for {self.day}",
                               not_modified=False)
        content = self.archive.get(record["sha256"])
        return FetchResult(url=url, final_url=url, status=200, content=content,
                           content_type=(record.get("meta") or {}).get("content_type"), etag=None, last_modified=None,
                           elapsed_ms=elapsed, attempts=1, error=None, not_modified=False)


class ReplayArchive(Archive):
    """The same archive, but `put` only names the payload: replaying must not append to the log."""

    def put(self, payload: bytes, *, url, kind, day, meta=None) -> str:  # noqa: D102
        import hashlib

        return hashlib.sha256(bytes(payload)).hexdigest()


def replay_sources(archive: Archive, day: date, base: Sources) -> Sources:
    """The feeds that were fetched that day (from the archive log), whatever the sources file says now."""
    feeds, seen = [], set()
    for record in archive.iter_log(day):
        name = (record.get("meta") or {}).get("feed")
        if record.get("kind") == "feed" and name and name not in seen:
            seen.add(name)
            feeds.append(FeedSource(name=name, url=record["url"]))
    return Sources(path=base.path, feeds=feeds, inboxes=[], allowed_hosts=base.allowed_hosts)


def replay_inbox(archive: Archive, day: date) -> Iterator[dict]:
    """The day's raw.inbox_files rows again, from the archived payloads and the metadata logged with them."""
    return inbox_rows(batched(_archived_inbox_files(archive, day), BATCH_FILES))


def _archived_inbox_files(archive: Archive, day: date) -> Iterator[InboxFile]:
    for record in archive.iter_log(day):
        if record.get("kind") != "inbox":
            continue
        meta = record.get("meta") or {}
        yield InboxFile(archive.get(record["sha256"]), meta.get("path") or record.get("url") or record["sha256"],
                        meta.get("inbox", "inbox"), day, meta.get("sidecar"), meta.get("sidecar_error"), meta.get("mtime_ns"))
