"""Archive: content-addressed objects, written once, with an append-only daily log."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest

from pipeline.archive import Archive

DAY = date(2024, 3, 5)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "archive")


def test_put_returns_sha256_and_stores_object_under_its_prefix(archive: Archive) -> None:
    sha = archive.put(b"<rss/>", url="https://x.org/feed", kind="feed", day=DAY)
    assert sha == hashlib.sha256(b"<rss/>").hexdigest()
    assert (archive.root / "objects" / sha[:2] / sha).read_bytes() == b"<rss/>"


def test_get_returns_the_stored_bytes(archive: Archive) -> None:
    sha = archive.put(b"payload", url=None, kind="inbox", day=DAY)
    assert archive.get(sha) == b"payload"


def test_same_payload_is_stored_once_and_not_rewritten(archive: Archive) -> None:
    sha = archive.put(b"same", url="https://x.org/a", kind="page", day=DAY)
    path = archive.path_for(sha)
    first_write = path.stat().st_mtime_ns
    assert archive.put(b"same", url="https://x.org/b", kind="page", day=DAY) == sha
    assert path.stat().st_mtime_ns == first_write
    assert len(list((archive.root / "objects").rglob("*"))) == 2  # the prefix folder and the object


def test_every_put_appends_one_log_line(archive: Archive) -> None:
    archive.put(b"same", url="https://x.org/a", kind="page", day=DAY)
    archive.put(b"same", url="https://x.org/b", kind="page", day=DAY)
    assert [r["url"] for r in archive.iter_log(DAY)] == ["https://x.org/a", "https://x.org/b"]


def test_log_record_has_url_sha_kind_bytes_time_and_meta(archive: Archive) -> None:
    fetched = datetime(2024, 3, 5, 6, 0, 0)
    sha = archive.put(b"abc", url="https://x.org/f", kind="feed", day=DAY, meta={"status": 200, "fetched_at": fetched})
    [record] = archive.iter_log(DAY)
    assert record["url"] == "https://x.org/f" and record["sha256"] == sha
    assert (record["kind"], record["bytes"]) == ("feed", 3)
    assert record["meta"] == {"status": 200, "fetched_at": "2024-03-05T06:00:00"}
    assert datetime.fromisoformat(record["archived_at"]).tzinfo is not None


def test_log_is_partitioned_by_day(archive: Archive) -> None:
    archive.put(b"one", url="u1", kind="feed", day=date(2024, 3, 5))
    archive.put(b"two", url="u2", kind="feed", day=date(2024, 3, 6))
    assert (archive.root / "log" / "day=2024-03-05.jsonl").is_file()
    assert [r["url"] for r in archive.iter_log(date(2024, 3, 6))] == ["u2"]
    assert [r["url"] for r in archive.iter_log()] == ["u1", "u2"]


def test_iter_log_of_a_day_without_records_is_empty(archive: Archive) -> None:
    assert list(archive.iter_log(DAY)) == []
    assert list(archive.iter_log()) == []


def test_torn_log_line_is_skipped(archive: Archive) -> None:
    archive.put(b"ok", url="u1", kind="feed", day=DAY)
    with (archive.root / "log" / "day=2024-03-05.jsonl").open("a") as log:
        log.write('{"url": "half-writ')
    assert [r["url"] for r in archive.iter_log(DAY)] == ["u1"]


def test_no_temporary_files_are_left_behind(archive: Archive) -> None:
    for i in range(5):
        archive.put(f"payload {i}".encode(), url=None, kind="page", day=DAY)
    assert not [p for p in archive.root.rglob("*") if p.name.startswith(".tmp-")]


def test_get_of_unknown_sha_raises_key_error(archive: Archive) -> None:
    with pytest.raises(KeyError, match="no archived object"):
        archive.get("0" * 64)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "g" * 64, "0" * 63])
def test_get_refuses_what_is_not_a_sha256(archive: Archive, bad: str) -> None:
    with pytest.raises(ValueError, match="not a SHA-256 hex digest"):
        archive.get(bad)


def test_get_detects_a_corrupted_object(archive: Archive) -> None:
    sha = archive.put(b"original", url=None, kind="page", day=DAY)
    archive.path_for(sha).write_bytes(b"tampered")
    with pytest.raises(ValueError, match="corrupt"):
        archive.get(sha)


def test_meta_that_is_not_json_is_a_clear_error(archive: Archive) -> None:
    with pytest.raises(TypeError, match="not JSON-serialisable"):
        archive.put(b"x", url="https://x.org/f", kind="feed", day=DAY, meta={"bad": object()})


def test_put_does_not_flush_each_object_to_disk(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(fd: int) -> None:
        raise AssertionError("fsync per object")

    monkeypatch.setattr("os.fsync", refuse)
    sha = archive.put(b"payload", url=None, kind="inbox", day=DAY)
    assert archive.get(sha) == b"payload"


def test_sync_flushes_once_for_all_objects_written_since_the_last_sync(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.archive

    flushed: list[Path] = []
    monkeypatch.setattr(pipeline.archive, "_sync_filesystem", flushed.append)
    for i in range(3):
        archive.put(f"payload {i}".encode(), url=None, kind="page", day=DAY)
    archive.sync()
    assert flushed == [archive.root / "objects"]
    archive.put(b"payload 0", url=None, kind="page", day=DAY)  # already stored: nothing new to flush
    archive.sync()
    assert len(flushed) == 1


def test_sync_without_writes_is_a_no_op_and_with_writes_really_syncs(archive: Archive) -> None:
    archive.sync()
    archive.put(b"x", url=None, kind="page", day=DAY)
    archive.sync()  # the real syncfs(2) / sync(2): must not raise


def test_an_object_left_short_by_a_crash_is_written_again(archive: Archive) -> None:
    sha = archive.put(b"original payload", url=None, kind="page", day=DAY)
    archive.path_for(sha).write_bytes(b"")  # renamed into place, contents lost before they reached the disk
    assert archive.put(b"original payload", url=None, kind="page", day=DAY) == sha
    assert archive.get(sha) == b"original payload"
