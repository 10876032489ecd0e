"""The Kiel Institute's Ukraine Support Tracker: the hand-curated reference our news-based pledges are
reconciled against (dbt model rpt_reconciliation_kiel).

Kiel publishes ``data_explorer.csv``: one row per donor and month, money in EUR billions (current prices).
We read it in place from a local folder (``reference.kiel`` in the sources file) or, in live mode, download
it from ``reference.kiel_url``; it is never copied into the repository. The reference is optional: when it
is missing or unusable, `load` says so in a note and returns no rows, and reconciliation is skipped.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import requests

from pipeline.fetch.base import DEFAULT_USER_AGENT
from pipeline.lake_schema import TABLES

FILE_NAME = "data_explorer.csv"
# The file is about 100 kB; anything far larger is not the file we expect.
MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = (5.0, 30.0)  # connect, read (seconds)

# Columns we add to Kiel's; everything else in the lake table is a Kiel column of the same name.
_PROVENANCE = ("source", "loaded_at")
KIEL_COLUMNS: dict[str, str] = {name: dtype for name, dtype in TABLES["kiel_monthly"] if name not in _PROVENANCE}
_MISSING = {"", "NA", "N/A", "NaN", "nan"}


class KielError(ValueError):
    """The Kiel file is there but cannot be used; the message names the file, line and column."""


@dataclass(frozen=True)
class KielLoad:
    rows: list[dict]
    source: str | None  # path or URL the rows came from; None when no reference was found
    note: str | None = None  # why reconciliation is skipped, or which fallback was taken
    payload: bytes | None = None  # the downloaded bytes (live mode), for the archive


def parse(data: bytes | str, source: str, loaded_at: datetime | None = None) -> list[dict]:
    """Rows of the lake table ``kiel_monthly`` from the text of ``data_explorer.csv``."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in KIEL_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise KielError(
            f"{source}: not a Kiel data_explorer.csv, missing columns {missing} (header: {reader.fieldnames})"
        )
    loaded_at = (loaded_at or datetime.now(UTC)).replace(tzinfo=None)
    rows = []
    for record in reader:
        row: dict = {"source": source, "loaded_at": loaded_at}
        for column, dtype in KIEL_COLUMNS.items():
            row[column] = _value(record[column], dtype, source, reader.line_num, column)
        if row["year"] is None or row["month"] is None or not 1 <= row["month"] <= 12:
            raise KielError(
                f"{source} line {reader.line_num}: year/month {record['year']!r}/{record['month']!r} is not a month"
            )
        rows.append(row)
    return rows


def _value(raw: str | None, dtype: str, source: str, line: int, column: str):
    raw = (raw or "").strip()
    if raw in _MISSING:
        return None
    if dtype == "VARCHAR":
        return raw
    try:
        number = float(raw)
    except ValueError:
        raise KielError(f"{source} line {line}: column {column}: {raw!r} is not a number") from None
    if dtype == "INTEGER":
        if not number.is_integer():
            raise KielError(f"{source} line {line}: column {column}: {raw!r} is not a whole number")
        return int(number)
    return number


def download(
    url: str,
    *,
    timeout: tuple[float, float] = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    session: requests.Session | None = None,
) -> bytes:
    """The file at ``url``; raises KielError for a non-http(s) URL, an HTTP error or a body over max_bytes."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise KielError(f"reference.kiel_url {url!r} is not an http(s) URL")
    http = session or requests.Session()
    try:
        with http.get(url, stream=True, timeout=timeout, headers={"User-Agent": DEFAULT_USER_AGENT}) as response:
            if response.status_code != 200:
                raise KielError(f"{url}: HTTP {response.status_code}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise KielError(f"{url}: {declared} bytes declared, over the {max_bytes}-byte limit")
            body = bytearray()
            for chunk in response.iter_content(chunk_size=64 * 1024):
                body += chunk
                if len(body) > max_bytes:
                    raise KielError(f"{url}: more than {max_bytes} bytes, over the limit")
            return bytes(body)
    except requests.RequestException as exc:
        raise KielError(f"{url}: {type(exc).__name__}: {exc}") from exc
    finally:
        if session is None:
            http.close()


def load(folder: Path | None, url: str | None, *, live: bool, fetch=download) -> KielLoad:
    """Kiel rows from the download (live mode with a URL), else the local folder, else none with a note.

    Never raises for a missing or broken reference: the caller writes what it gets and shows the note.
    """
    problems: list[str] = []
    if live and url:
        try:
            payload = fetch(url)
            return KielLoad(parse(payload, url), source=url, payload=payload)
        except KielError as exc:
            problems.append(f"download failed ({exc})")
    path = folder / FILE_NAME if folder else None
    if path is not None and path.is_file():
        try:
            rows = parse(path.read_bytes(), str(path))
        except (KielError, OSError) as exc:
            problems.append(str(exc))
            return KielLoad(
                [],
                source=None,
                note=f"Kiel reference at {path} is unusable: {'; '.join(problems)}: reconciliation skipped",
            )
        note = f"Kiel {'; '.join(problems)}; read the local copy {path}" if problems else None
        return KielLoad(rows, source=str(path), note=note)
    where = path or url or "(no reference.kiel in the sources file)"
    detail = f" ({'; '.join(problems)})" if problems else ""
    return KielLoad([], source=None, note=f"Kiel reference not found at {where}{detail}: reconciliation skipped")


def donor_totals(rows: list[dict], limit: int = 10) -> list[dict]:
    """Largest donors by commitments over all months (EUR billions), for a quick look in the UI."""
    totals: dict[str, dict] = {}
    for row in rows:
        entry = totals.setdefault(
            row["iso"], {"iso": row["iso"], "country": row["country"], "commitments": 0.0, "total": 0.0}
        )
        entry["commitments"] += row["commitments"] or 0.0
        entry["total"] += row["total"] or 0.0
    ranked = sorted(totals.values(), key=lambda e: -e["commitments"])[:limit]
    return [{**e, "commitments": round(e["commitments"], 3), "total": round(e["total"], 3)} for e in ranked]
