"""The raw layer: one Parquet file per table, ingest day and writer, replaced atomically.

Writing a day never takes the warehouse lock: dbt reads these files in place as its sources. Re-running
a day rewrites that day's file, so loads are idempotent; a crash leaves at most a temp file that no
reader's glob matches.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
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


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW_TYPES[dtype]) for name, dtype in TABLES[table]])


def table_dir(lake: Path, table: str) -> Path:
    return lake / table


def partition_path(lake: Path, table: str, day: date, part: str) -> Path:
    return lake / table / f"day={day.isoformat()}" / f"{part}.parquet"


def ensure_schema_files(lake: Path) -> None:
    """An empty, typed file per table so dbt sources resolve before any data arrives."""
    for table in TABLES:
        path = lake / table / "_schema.parquet"
        if not path.exists():
            _atomic_write(arrow_schema(table).empty_table(), path)


def write_partition(lake: Path, table: str, day: date, rows: Iterable[dict], part: str = "part") -> int:
    """Replace the (table, day, part) file with ``rows``; returns the row count."""
    return write_file(partition_path(lake, table, day, part), table, rows)


def write_file(path: Path, table: str, rows: Iterable[dict]) -> int:
    """Replace one Parquet file of ``table`` with ``rows``, typed by the lake schema."""
    schema = arrow_schema(table)
    names = schema.names
    rows = list(rows)
    unknown = set().union(*(r.keys() for r in rows)) - set(names) if rows else set()
    if unknown:
        raise ValueError(f"{table}: rows carry columns not in pipeline/lake_schema.py: {sorted(unknown)}")
    data = pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=schema)
    _atomic_write(data, path)
    return len(rows)


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
    ensure_schema_files(lake)
    con = duckdb.connect(":memory:")
    try:
        for table in TABLES:
            # DDL cannot take parameters; the path is ours (settings), quoted as a SQL literal.
            con.execute(f"create view lake_{table} as select * from read_parquet({sql_literal(glob(lake, table))}, union_by_name = true)")
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
