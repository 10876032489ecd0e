"""Schema migration for the raw lake: files written under an older schema are rewritten, not deleted.

`pipeline/lake_schema.py` is the current schema. When a column is added or a type changes, every Parquet
file whose schema differs is rewritten in place (atomically): missing columns become nulls, changed
types are cast, and columns the schema no longer has are dropped (every raw payload stays in the archive,
so `pledges rebuild` can always re-derive them). Runs at the start of every pipeline run;
`pledges migrate` runs it alone.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.lake import _atomic_write, arrow_schema
from pipeline.lake_schema import TABLES

log = logging.getLogger(__name__)


@dataclass
class MigrationReport:
    rewritten: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _conform(data: pa.Table, schema: pa.Schema) -> pa.Table:
    columns = []
    for target in schema:
        if target.name in data.column_names:
            column = data.column(target.name)
            columns.append(column if column.type == target.type else pc.cast(column, target.type, safe=False))
        else:
            columns.append(pa.nulls(len(data), type=target.type))
    return pa.Table.from_arrays(columns, schema=schema)


def migrate_lake(lake: Path) -> MigrationReport:
    report = MigrationReport()
    for table in TABLES:
        schema = arrow_schema(table)
        folder = Path(lake) / table
        if not folder.exists():
            continue
        for path in sorted(folder.rglob("*.parquet")):
            try:
                current = pq.read_schema(path)
                if current.remove_metadata().equals(schema):
                    continue
                data = pq.read_table(path)
                _atomic_write(_conform(data, schema), path)
                report.rewritten.append(str(path))
                log.info("migrated %s to the current %s schema", path, table)
            except (pa.ArrowException, OSError) as exc:
                report.failed.append((str(path), f"{type(exc).__name__}: {exc}"))
                log.error("cannot migrate %s: %s", path, exc)
    return report
