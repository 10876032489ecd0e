"""The raw lake: streamed, atomic file writes; no file for a new day without rows; reads in bounded batches."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import lake
from pipeline.migrate import migrate_lake

DAY = date(2025, 1, 2)


def _errors(n: int, start: int = 0) -> list[dict]:
    return [{"day": DAY, "doc_id": f"d{i}", "error": "boom"} for i in range(start, start + n)]


def _doc_ids(path: Path) -> list[str]:
    return pq.read_table(path).column("doc_id").to_pylist()


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".tmp-")]


def test_rows_are_written_in_row_groups_of_the_batch_size(tmp_path):
    path = tmp_path / "errors.parquet"
    with lake.FileWriter(path, "extraction_errors", batch_rows=100) as writer:
        writer.write(iter(_errors(250)))
    meta = pq.ParquetFile(path).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [100, 100, 50]
    assert _doc_ids(path) == [f"d{i}" for i in range(250)]


def test_the_old_file_stays_readable_until_commit(tmp_path):
    path = lake.partition_path(tmp_path, "extraction_errors", DAY, "part")
    lake.write_partition(tmp_path, "extraction_errors", DAY, _errors(3))
    writer = lake.FileWriter(path, "extraction_errors", batch_rows=2)
    writer.write(_errors(5, start=100))
    assert _doc_ids(path) == ["d0", "d1", "d2"]  # two row groups already streamed to the temp file
    assert writer.commit() == 5
    assert _doc_ids(path) == [f"d{i}" for i in range(100, 105)]
    assert not _leftovers(tmp_path)


def test_a_failure_mid_stream_keeps_the_old_file_and_leaves_no_temp_file(tmp_path):
    lake.write_partition(tmp_path, "extraction_errors", DAY, _errors(3))

    def failing():
        yield from _errors(5, start=100)
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError, match="extractor crashed"):
        lake.write_partition(tmp_path, "extraction_errors", DAY, failing())
    assert _doc_ids(lake.partition_path(tmp_path, "extraction_errors", DAY, "part")) == ["d0", "d1", "d2"]
    assert not _leftovers(tmp_path)


def test_no_rows_for_a_new_day_writes_no_file(tmp_path):
    assert lake.write_partition(tmp_path, "extraction_errors", DAY, []) == 0
    assert not list(tmp_path.rglob("*"))


def test_no_rows_for_a_day_already_written_empties_its_file(tmp_path):
    lake.write_partition(tmp_path, "extraction_errors", DAY, _errors(3))
    assert lake.write_partition(tmp_path, "extraction_errors", DAY, []) == 0
    assert pq.read_table(lake.partition_path(tmp_path, "extraction_errors", DAY, "part")).num_rows == 0


def test_a_reference_file_is_written_even_without_rows(tmp_path):
    path = tmp_path / "kiel_monthly" / "kiel.parquet"
    assert lake.write_file(path, "kiel_monthly", []) == 0
    assert pq.read_schema(path).remove_metadata().equals(lake.arrow_schema("kiel_monthly"))


def test_a_row_with_an_unknown_column_is_refused(tmp_path):
    with pytest.raises(ValueError, match="not in pipeline/lake_schema.py: \\['surprise'\\]"):
        lake.write_partition(tmp_path, "extraction_errors", DAY, [{"day": DAY, "doc_id": "d", "surprise": 1}])
    assert not _leftovers(tmp_path)


def test_query_batches_yields_bounded_batches_in_order(tmp_path):
    lake.write_partition(tmp_path, "extraction_errors", DAY, _errors(250))
    batches = list(lake.query_batches(tmp_path, "select doc_id from lake_extraction_errors where day = ?", [DAY], batch_rows=100))
    assert [len(b) for b in batches] == [100, 100, 50]
    assert [r["doc_id"] for b in batches for r in b] == [f"d{i}" for i in range(250)]


def _old_inbox_file(lake_dir: Path) -> Path:
    """An inbox_files partition written before the mtime_ns column existed."""
    old = pa.schema([f for f in lake.arrow_schema("inbox_files") if f.name != "mtime_ns"])
    path = lake.partition_path(lake_dir, "inbox_files", DAY, "part")
    path.parent.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([{"day": DAY, "doc_id": "a" * 64, "path": "/in/a.txt", "bytes": 5}], schema=old), path)
    pq.write_table(old.empty_table(), lake_dir / "inbox_files" / "_schema.parquet")
    return path


def test_a_new_column_reads_as_null_in_files_written_before_it(tmp_path):
    _old_inbox_file(tmp_path)
    assert lake.query(tmp_path, "select path, bytes, mtime_ns from lake_inbox_files") == [("/in/a.txt", 5, None)]


def test_migration_adds_the_new_column_to_older_inbox_files(tmp_path):
    path = _old_inbox_file(tmp_path)
    report = migrate_lake(tmp_path)
    assert str(path) in report.rewritten and not report.failed
    assert pq.read_schema(path).remove_metadata().equals(lake.arrow_schema("inbox_files"))
    assert pq.read_table(path).to_pylist()[0]["mtime_ns"] is None
