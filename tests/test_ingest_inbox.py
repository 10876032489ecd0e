"""Inbox ingest: streamed batch by batch, HTML in a process pool, unchanged files skipped by size and mtime."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline import ingest, lake
from pipeline.archive import Archive
from pipeline.ingest import ingest_inboxes
from pipeline.sources import InboxSource

DAY = date(2025, 1, 15)
NEXT = DAY + timedelta(days=1)
HOUR_AGO_NS = time.time_ns() - 3600 * 10**9

PAGE = """<html><head><title>Aid {i}</title></head><body><nav>Home | World</nav><article><h1>Aid {i}</h1>
<p>Norway will give Ukraine NOK {i} billion in military aid, the government in Oslo said on Monday.</p>
<p>The package includes air defence and ammunition, officials said, with deliveries this year.</p>
</article><footer>Copyright</footer></body></html>"""


def _inbox(tmp_path: Path, html: int = 0, txt: int = 0) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(html):
        (folder / f"page-{i:03d}.html").write_text(PAGE.format(i=i + 1))
    for i in range(txt):
        (folder / f"note-{i:03d}.txt").write_text(f"Note {i}\n\nDenmark will give Ukraine DKK {i + 1} billion, the ministry said.")
    for path in folder.iterdir():
        os.utime(path, ns=(HOUR_AGO_NS, HOUR_AGO_NS))  # settled: long before the run
    return folder


def _ingest(folder: Path, tmp_path: Path, day: date = DAY, **kwargs) -> list[dict]:
    return list(ingest_inboxes([InboxSource("drop", folder)], Archive(tmp_path / "archive"), tmp_path / "lake", day, **kwargs))


def _ingest_and_store(folder: Path, tmp_path: Path, day: date = DAY) -> list[dict]:
    rows = _ingest(folder, tmp_path, day)
    lake.write_partition(tmp_path / "lake", "inbox_files", day, rows)
    return rows


def test_pool_and_in_process_rows_are_equal_and_in_path_order(tmp_path, monkeypatch):
    folder = _inbox(tmp_path, html=30, txt=10)
    monkeypatch.setattr(ingest, "BATCH_FILES", 16)
    monkeypatch.setattr(ingest, "POOL_MIN_HTML", 4)
    pooled = _ingest(folder, tmp_path / "a", workers=2)
    in_process = _ingest(folder, tmp_path / "b", workers=1)
    assert pooled == in_process
    assert [Path(r["path"]).name for r in pooled] == sorted(p.name for p in folder.iterdir())
    assert all(r["text"] and "Copyright" not in r["text"] for r in pooled)


def test_rows_stream_out_batch_by_batch(tmp_path, monkeypatch):
    folder = _inbox(tmp_path, txt=25)
    monkeypatch.setattr(ingest, "BATCH_FILES", 5)
    reads = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real_read(self))
    rows = ingest_inboxes([InboxSource("drop", folder)], Archive(tmp_path / "archive"), tmp_path / "lake", DAY, workers=1)
    next(rows)
    # The first row is out after two batches were read (one built while the next is read), not all 25 files.
    assert len([p for p in reads if p.suffix == ".txt"]) == 10


def test_rows_come_out_only_after_their_archived_objects_are_synced(tmp_path, monkeypatch):
    folder = _inbox(tmp_path, txt=12)
    monkeypatch.setattr(ingest, "BATCH_FILES", 5)
    synced: set[str] = set()
    pending: set[str] = set()

    class Spy(Archive):
        def put(self, payload, **kwargs):
            sha = super().put(payload, **kwargs)
            pending.add(sha)
            return sha

        def sync(self):
            super().sync()
            synced.update(pending)
            pending.clear()

    for row in ingest_inboxes([InboxSource("drop", folder)], Spy(tmp_path / "archive"), tmp_path / "lake", DAY, workers=1):
        assert row["archive_sha256"] in synced


def test_an_unchanged_file_is_skipped_without_being_read(tmp_path, monkeypatch):
    folder = _inbox(tmp_path, html=2, txt=2)
    first = _ingest_and_store(folder, tmp_path)
    assert all(r["mtime_ns"] == HOUR_AGO_NS for r in first)

    def refuse(self):
        raise AssertionError(f"{self} was read although unchanged")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert _ingest(folder, tmp_path, NEXT) == []


def test_a_touched_file_is_read_again_and_skipped_when_its_content_is_the_same(tmp_path, monkeypatch):
    folder = _inbox(tmp_path, txt=2)
    _ingest_and_store(folder, tmp_path)
    touched = folder / "note-001.txt"
    os.utime(touched, ns=(HOUR_AGO_NS + 10**9, HOUR_AGO_NS + 10**9))
    reads = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real_read(self))
    assert _ingest(folder, tmp_path, NEXT) == []
    assert "note-001.txt" in reads and "note-000.txt" not in reads


def test_a_changed_file_is_ingested_again(tmp_path):
    folder = _inbox(tmp_path, txt=2)
    _ingest_and_store(folder, tmp_path)
    changed = folder / "note-000.txt"
    changed.write_text("Note 0\n\nSweden will give Ukraine SEK 7 billion, the government said.")
    os.utime(changed, ns=(HOUR_AGO_NS, HOUR_AGO_NS))  # even with the old mtime: the size differs
    [row] = _ingest(folder, tmp_path, NEXT)
    assert row["path"] == str(changed) and "SEK 7 billion" in row["text"]


def test_a_file_modified_just_now_gets_no_mtime_so_the_next_run_hashes_it(tmp_path, monkeypatch):
    folder = _inbox(tmp_path, txt=1)
    os.utime(folder / "note-000.txt")  # now: it may still change within the same timestamp
    [row] = _ingest_and_store(folder, tmp_path)
    assert row["mtime_ns"] is None
    reads = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real_read(self))
    assert _ingest(folder, tmp_path, NEXT) == []
    assert reads == ["note-000.txt"]


def test_files_loaded_before_mtimes_were_recorded_are_still_recognised_by_hash(tmp_path):
    folder = _inbox(tmp_path, txt=2)
    rows = [{k: v for k, v in r.items() if k != "mtime_ns"} for r in _ingest(folder, tmp_path / "first")]
    lake.write_partition(tmp_path / "lake", "inbox_files", DAY, rows)
    assert _ingest(folder, tmp_path, NEXT) == []


def test_a_missing_inbox_folder_is_a_row_with_its_error(tmp_path):
    [row] = _ingest(tmp_path / "nowhere", tmp_path)
    assert row["error"] == f"inbox folder {tmp_path / 'nowhere'} does not exist"


@pytest.mark.parametrize("workers", [1, 2])
def test_replay_rebuilds_the_same_rows_from_the_archive(tmp_path, monkeypatch, workers):
    from pipeline.replay import replay_inbox

    folder = _inbox(tmp_path, html=6, txt=3)
    monkeypatch.setattr(ingest, "POOL_MIN_HTML", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: workers)
    rows = _ingest(folder, tmp_path)
    assert list(replay_inbox(Archive(tmp_path / "archive"), DAY)) == rows
