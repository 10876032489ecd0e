"""Has anything the warehouse is built from changed since the last successful build?

A nightly run that finds no new article still used to rebuild every dbt model (20-40 s). The warehouse
is a function of the lake's files and the dbt project, so a fingerprint of both, saved after each
successful build, tells when a rebuild would only reproduce what is already there.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from pipeline.settings import DBT_PROJECT_DIR, Paths

# Reference files (FX rates, Kiel data) are rewritten every run with the same bytes: hash small files'
# content; large day partitions are only rewritten when their day is re-run, so size and mtime do.
_HASH_BELOW_BYTES = 4 * 1024 * 1024
_DBT_PARTS = ("models", "seeds", "macros", "tests", "snapshots", "analyses", "dbt_project.yml", "profiles.yml")
_TOOLS = ("dbt-core", "dbt-duckdb", "duckdb")


def fingerprint(lake: Path, dbt_project: Path, warehouse: Path) -> str:
    digest = hashlib.sha256()
    for tool in _TOOLS:
        digest.update(f"{tool}={_version(tool)}\n".encode())
    for path in _files(lake, ("",), suffix=".parquet"):
        stat = path.stat()
        if stat.st_size < _HASH_BELOW_BYTES:
            token = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            token = f"{stat.st_size}:{stat.st_mtime_ns}"
        digest.update(f"lake/{path.relative_to(lake)}={token}\n".encode())
    for path in _files(dbt_project, _DBT_PARTS):
        digest.update(f"dbt/{path.relative_to(dbt_project)}=".encode() + hashlib.sha256(path.read_bytes()).digest() + b"\n")
    # A warehouse deleted or replaced by hand must be rebuilt even when its inputs did not change.
    digest.update(f"warehouse={warehouse.stat().st_ino if warehouse.exists() else None}\n".encode())
    return digest.hexdigest()


def _files(root: Path, parts: tuple[str, ...], suffix: str | None = None) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        base = root / part if part else root
        if base.is_file():
            found.append(base)
        elif base.is_dir():
            found += [p for p in base.rglob("*") if p.is_file() and not p.name.startswith(".") and (suffix is None or p.name.endswith(suffix))]
    return sorted(found)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


def _state_file(home: Path) -> Path:
    return home / "state" / "warehouse_build.json"


def _current(paths: Paths) -> str:
    return fingerprint(paths.lake, DBT_PROJECT_DIR, paths.warehouse)


def up_to_date(paths: Paths) -> bool:
    """True when the last build succeeded and nothing it was built from has changed since."""
    try:
        recorded = json.loads(_state_file(paths.home).read_text()).get("fingerprint")
    except (OSError, ValueError):
        return False
    return paths.published.exists() and recorded == _current(paths)


def record_build(paths: Paths) -> None:
    path = _state_file(paths.home)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"fingerprint": _current(paths)}))
    tmp.replace(path)


def forget_build(home: Path) -> None:
    """Before a build: if it fails half-way, the next run must build again whatever the inputs say."""
    _state_file(home).unlink(missing_ok=True)
