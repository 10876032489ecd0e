"""How each source in a sources file is doing, read from the lake (what `pledges sources` prints).

Feeds are matched to their fetch rows by name (names identify feeds in the warehouse, see sources.py).
Pure: no Dagster; reads the lake through `lake.query`, so it needs no warehouse and takes no lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline import kiel, lake
from pipeline.sources import Sources

_FEEDS_SQL = """
select
    feed_name,
    max(fetched_at) as last_fetch,
    arg_max(status, fetched_at) as status,
    arg_max(entries, fetched_at) as entries,
    arg_max(new_entries, fetched_at) as new_entries,
    arg_max(error, fetched_at) is null as last_fetch_ok,
    max(fetched_at) filter (where error is null) as last_success,
    arg_max(error, fetched_at) filter (where error is not null) as last_error,
    count(*) as fetches
from lake_feed_fetches
group by feed_name
"""

_INBOXES_SQL = """
select
    inbox_name,
    max(day) as last_day,
    count(*) filter (where error is not null) as rejected,
    count(*) as files
from lake_inbox_files
group by inbox_name
"""


@dataclass(frozen=True)
class FeedStatus:
    name: str
    url: str
    enabled: bool
    state: str  # ok | failing | never fetched | disabled
    last_fetch: datetime | None = None
    status: int | None = None
    entries: int | None = None
    new_entries: int | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    fetches: int = 0


@dataclass(frozen=True)
class InboxStatus:
    name: str
    path: Path
    folder_exists: bool
    last_day: date | None = None
    files: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class ReferenceStatus:
    name: str
    folder: Path | None  # read in place when present
    url: str | None  # downloaded instead in live mode
    folder_present: bool
    rows_in_lake: int


def feed_status(sources: Sources, lake_dir: Path) -> list[FeedStatus]:
    seen = {row[0]: row[1:] for row in lake.query(lake_dir, _FEEDS_SQL)}
    result = []
    for feed in sources.feeds:
        row = seen.get(feed.name)
        if row is None:
            result.append(
                FeedStatus(feed.name, feed.url, feed.enabled, "never fetched" if feed.enabled else "disabled")
            )
            continue
        last_fetch, status, entries, new_entries, last_ok, last_success, last_error, fetches = row
        state = ("ok" if last_ok else "failing") if feed.enabled else "disabled"
        result.append(
            FeedStatus(
                feed.name,
                feed.url,
                feed.enabled,
                state,
                last_fetch,
                status,
                entries,
                new_entries,
                last_success,
                last_error,
                fetches,
            )
        )
    return result


def inbox_status(sources: Sources, lake_dir: Path) -> list[InboxStatus]:
    seen = {row[0]: row[1:] for row in lake.query(lake_dir, _INBOXES_SQL)}
    result = []
    for inbox in sources.inboxes:
        last_day, rejected, files = seen.get(inbox.name, (None, 0, 0))
        result.append(InboxStatus(inbox.name, inbox.path, inbox.path.is_dir(), last_day, files, rejected))
    return result


def reference_status(sources: Sources, lake_dir: Path) -> list[ReferenceStatus]:
    (rows,) = lake.query(lake_dir, "select count(*) from lake_kiel_monthly")[0]
    folder = sources.kiel
    present = folder is not None and (folder / kiel.FILE_NAME).is_file()
    return [ReferenceStatus("kiel", folder, sources.kiel_url, present, rows)]
