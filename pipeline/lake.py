"""The raw layer: one Parquet file per table, ingest day and writer, replaced atomically.

Writing a day never takes the warehouse lock: dbt reads these files in place as its sources. Re-running
a day rewrites that day's file, so loads are idempotent; a crash leaves at most a temp file that no
reader's glob matches.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.lake_schema import TABLES

_ARROW_TYPES = {
    "DATE": pa.date32(),
    "VARCHAR": pa.string(),
    "TIMESTAMP": pa.timestamp("us"),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "VARCHAR[]": pa.list_(pa.string()),
}
# Rows per Parquet row group when streaming: bounds a writer's memory (inbox rows carry a whole text each).
BATCH_ROWS = 1000


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW_TYPES[dtype]) for name, dtype in TABLES[table]])


def table_dir(lake: Path, table: str) -> Path:
    return lake / table


def partition_path(lake: Path, table: str, day: date, part: str) -> Path:
    return lake / table / f"day={day.isoformat()}" / f"{part}.parquet"


def ensure_schema_files(lake: Path) -> None:
    """An empty, typed file per table, so dbt sources resolve before any data arrives and every current
    column resolves (as nulls) in files written before that column existed."""
    for table in TABLES:
        path = lake / table / "_schema.parquet"
        schema = arrow_schema(table)
        if not path.exists() or not pq.read_schema(path).remove_metadata().equals(schema):
            _atomic_write(schema.empty_table(), path)


def write_partition(lake: Path, table: str, day: date, rows: Iterable[dict], part: str = "part") -> int:
    """Replace the (table, day, part) file with ``rows``; returns the row count. No rows and no file yet
    writes nothing, so a day with nothing new adds no files; an existing file is replaced by an empty one."""
    return write_file(partition_path(lake, table, day, part), table, rows, create_empty=False)


def write_file(path: Path, table: str, rows: Iterable[dict], *, create_empty: bool = True) -> int:
    """Replace one Parquet file of ``table`` with ``rows`` (any iterable, streamed), typed by the lake schema."""
    with FileWriter(path, table, create_empty=create_empty) as writer:
        writer.write(rows)
    return writer.rows


class FileWriter:
    """Streams rows into one lake file in row groups of ``batch_rows``, so memory holds one batch, not the
    file. The rows go to a temp file beside the target that no reader's glob matches; `commit` (or leaving
    the ``with`` block without an exception) renames it over the target, an exception deletes it."""

    def __init__(self, path: Path, table: str, *, batch_rows: int = BATCH_ROWS, create_empty: bool = True) -> None:
        self.path, self.table, self.batch_rows, self.create_empty = Path(path), table, batch_rows, create_empty
        self.schema = arrow_schema(table)
        self.rows = 0
        self.closed = False
        self._buffer: list[dict] = []
        self._tmp: str | None = None
        self._writer: pq.ParquetWriter | None = None

    def __enter__(self) -> FileWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.closed:
            return
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    def write(self, rows: Iterable[dict]) -> None:
        if self.closed:
            raise ValueError(f"{self.path}: rows written after the file was committed or aborted")
        for row in rows:
            self._buffer.append(row)
            if len(self._buffer) >= self.batch_rows:
                self._flush()

    def commit(self) -> int:
        if self.closed:
            raise ValueError(f"{self.path}: already committed or aborted")
        self.closed = True
        try:
            self._flush()
            if self._writer is None:
                if not (self.create_empty or self.path.exists()):
                    return 0
                self._open()
            self._writer.close()
            self._writer = None
            os.replace(self._tmp, self.path)
            self._tmp = None
        except BaseException:
            self.abort()
            raise
        return self.rows

    def abort(self) -> None:
        self.closed = True
        if self._writer is not None:
            self._writer.close()
        if self._tmp is not None:
            Path(self._tmp).unlink(missing_ok=True)
        self._buffer, self._writer, self._tmp = [], None, None

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".parquet.partial")
        os.close(handle)
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")

    def _flush(self) -> None:
        if not self._buffer:
            return
        names = self.schema.names
        unknown = set().union(*(r.keys() for r in self._buffer)) - set(names)
        if unknown:
            raise ValueError(f"{self.table}: rows carry columns not in pipeline/lake_schema.py: {sorted(unknown)}")
        batch = pa.RecordBatch.from_pylist([{n: r.get(n) for n in names} for r in self._buffer], schema=self.schema)
        if self._writer is None:
            self._open()
        self._writer.write_batch(batch)
        self.rows += len(self._buffer)
        self._buffer = []


def _atomic_write(data: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".parquet.partial")
    os.close(handle)
    try:
        pq.write_table(data, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def glob(lake: Path, table: str) -> str:
    return str(lake / table / "**" / "*.parquet")


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def query(lake: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Run SQL over the lake in a private in-memory DuckDB; tables are named ``lake_<table>``."""
    con = _connect(lake)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def query_batches(lake: Path, sql: str, params: list | None = None, batch_rows: int = BATCH_ROWS) -> Iterator[list[dict]]:
    """Like `query`, but the result arrives as lists of at most ``batch_rows`` row dicts, read as they are
    consumed, so a day's documents never sit in memory at once."""
    con = _connect(lake)
    try:
        # A relation's reader streams; a DB-API result's would materialise the whole result first.
        for batch in con.sql(sql, params=params or []).to_arrow_reader(batch_rows):
            yield batch.to_pylist()
    finally:
        con.close()


def _connect(lake: Path) -> duckdb.DuckDBPyConnection:
    ensure_schema_files(lake)
    con = duckdb.connect(":memory:")
    for table in TABLES:
        # DDL cannot take parameters; the path is ours (settings), quoted as a SQL literal.
        con.execute(f"create view lake_{table} as select * from read_parquet({sql_literal(glob(lake, table))}, union_by_name = true)")
    return con
