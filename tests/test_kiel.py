"""Kiel Ukraine Support Tracker reference: parsing data_explorer.csv, local and live loading, the Dagster asset."""

from __future__ import annotations

import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import kiel

SHARED_KIEL = Path(__file__).resolve().parents[2] / "shared" / "reference" / "kiel-ukraine-support-tracker"

HEADER = '"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"\n'
TINY = HEADER + (
    '"Germany","DEU",2025,3,0.5,0.1,0.1,0.3,2,1.5,3617.45,0.0138\n'
    '"EU (Commission and Council)","EU",2025,2,0,0,0,0,3,3,0,0\n'
    '"Norway","NOR",2024,11,NA,,0,0,0.25,0.25,420.1,NA\n'
)


def _folder(tmp_path: Path, text: str = TINY) -> Path:
    folder = tmp_path / "kiel"
    folder.mkdir()
    (folder / kiel.FILE_NAME).write_text(text, encoding="utf-8")
    return folder


def test_parse_reads_every_row_with_lake_types():
    rows = kiel.parse(TINY, "tiny.csv", datetime(2026, 1, 1))
    assert len(rows) == 3
    germany = rows[0]
    assert germany["iso"] == "DEU" and germany["country"] == "Germany"
    assert (germany["year"], germany["month"]) == (2025, 3)
    assert isinstance(germany["year"], int)
    assert germany["commitments"] == 2.0 and germany["total"] == 0.5
    assert germany["source"] == "tiny.csv" and germany["loaded_at"] == datetime(2026, 1, 1)


def test_parse_keeps_kiel_eu_code():
    rows = kiel.parse(TINY, "tiny.csv")
    assert [r["iso"] for r in rows if r["country"].startswith("EU")] == ["EU"]


def test_parse_reads_na_and_empty_cells_as_null():
    norway = kiel.parse(TINY, "tiny.csv")[2]
    assert norway["total"] is None and norway["financial"] is None and norway["pct_gdp"] is None
    assert norway["commitments"] == 0.25


def test_parse_accepts_a_byte_order_mark():
    rows = kiel.parse(("\ufeff" + TINY).encode("utf-8"), "bom.csv")
    assert rows[0]["country"] == "Germany"


def test_parse_rejects_a_file_without_kiel_columns():
    with pytest.raises(kiel.KielError, match=r"missing columns \['financial'.*'commitments'"):
        kiel.parse('"country","iso","year","month","total"\n"Germany","DEU",2025,3,1\n', "other.csv")


def test_parse_names_line_and_column_of_a_bad_number():
    with pytest.raises(kiel.KielError, match=r"bad.csv line 2: column commitments: 'lots'"):
        kiel.parse(HEADER + '"Germany","DEU",2025,3,0.5,0.1,0.1,0.3,lots,1.5,3617.45,0.0138\n', "bad.csv")


def test_parse_rejects_a_month_outside_1_to_12():
    with pytest.raises(kiel.KielError, match="is not a month"):
        kiel.parse(HEADER + '"Germany","DEU",2025,13,0.5,0.1,0.1,0.3,2,1.5,3617.45,0.0138\n', "bad.csv")


def test_load_reads_the_local_folder(tmp_path):
    folder = _folder(tmp_path)
    loaded = kiel.load(folder, None, live=False)
    assert len(loaded.rows) == 3
    assert loaded.source == str(folder / kiel.FILE_NAME)
    assert loaded.note is None and loaded.payload is None


def test_load_without_the_reference_returns_no_rows_and_says_why(tmp_path):
    loaded = kiel.load(tmp_path / "absent", None, live=False)
    assert loaded.rows == [] and loaded.source is None
    assert loaded.note.startswith(f"Kiel reference not found at {tmp_path / 'absent' / kiel.FILE_NAME}")
    assert loaded.note.endswith("reconciliation skipped")


def test_load_offline_never_downloads(tmp_path):
    def refuse(url):
        raise AssertionError(f"offline load fetched {url}")

    loaded = kiel.load(None, "https://example.org/data_explorer.csv", live=False, fetch=refuse)
    assert loaded.rows == [] and "reconciliation skipped" in loaded.note


def test_load_reports_an_unusable_local_file_without_raising(tmp_path):
    loaded = kiel.load(_folder(tmp_path, "a,b\n1,2\n"), None, live=False)
    assert loaded.rows == [] and "unusable" in loaded.note and "reconciliation skipped" in loaded.note


class _Server:
    """A real HTTP server on 127.0.0.1 serving one body (or status) at /data_explorer.csv."""

    def __init__(self, body: bytes, status: int = 200):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests += 1
                self.send_response(status)
                self.send_header("Content-Type", "text/csv")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.requests = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/data_explorer.csv"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_load_live_downloads_from_the_url():
    with _Server(TINY.encode()) as server:
        loaded = kiel.load(None, server.url, live=True)
    assert len(loaded.rows) == 3 and loaded.source == server.url
    assert loaded.payload == TINY.encode() and loaded.note is None
    assert {r["source"] for r in loaded.rows} == {server.url}


def test_load_live_falls_back_to_the_folder_when_the_download_fails(tmp_path):
    folder = _folder(tmp_path)
    with _Server(b"gone", status=404) as server:
        loaded = kiel.load(folder, server.url, live=True)
    assert len(loaded.rows) == 3 and loaded.source == str(folder / kiel.FILE_NAME)
    assert "HTTP 404" in loaded.note and "read the local copy" in loaded.note


def test_download_refuses_a_body_over_the_size_limit():
    with _Server(TINY.encode()) as server, pytest.raises(kiel.KielError, match="over the 100-byte limit"):
        kiel.download(server.url, max_bytes=100)


def test_download_refuses_a_non_http_url():
    with pytest.raises(kiel.KielError, match="not an http"):
        kiel.download("file:///etc/passwd")


def test_shared_kiel_reference_reads_in_place():
    if not (SHARED_KIEL / kiel.FILE_NAME).exists():
        pytest.skip(f"{SHARED_KIEL} is not present (../shared is only beside the repository in the team's workspace)")
    loaded = kiel.load(SHARED_KIEL, None, live=False)
    assert loaded.note is None and len(loaded.rows) > 500
    codes = {r["iso"] for r in loaded.rows}
    assert {"USA", "DEU", "EU"} <= codes
    assert all(1 <= r["month"] <= 12 for r in loaded.rows)


def test_sample_sources_point_at_the_shared_kiel_folder():
    from pipeline import settings
    from pipeline.sources import load_sources

    assert load_sources(settings.SAMPLE_SOURCES).kiel == SHARED_KIEL.resolve()


def _materialize_kiel(tmp_path: Path, monkeypatch, sources_yaml: str):
    import dagster as dg

    from pipeline.defs.reference_assets import kiel_monthly
    from pipeline.defs.resources import PipelineConfig

    monkeypatch.setenv("PLEDGES_HOME", str(tmp_path / "home"))
    sources = tmp_path / "sources.yml"
    sources.write_text(sources_yaml)
    result = dg.materialize(
        [kiel_monthly],
        resources={"config": PipelineConfig(sources_file=str(sources), offline=True)},
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    (event,) = result.asset_materializations_for_node("raw__kiel_monthly")
    return event.metadata, tmp_path / "home" / "lake" / "kiel_monthly" / "kiel.parquet"


def test_asset_writes_an_empty_file_and_a_visible_note_when_the_reference_is_absent(tmp_path, monkeypatch):
    metadata, written = _materialize_kiel(tmp_path, monkeypatch, "feeds: []\nreference:\n  kiel: nowhere\n")
    assert written.exists() and pq.read_table(written).num_rows == 0
    note = metadata["note"].value
    assert note.startswith(f"Kiel reference not found at {tmp_path / 'nowhere'}") and note.endswith(
        "reconciliation skipped"
    )
    assert metadata["dagster/row_count"].value == 0


def test_asset_writes_the_rows_of_a_local_reference(tmp_path, monkeypatch):
    _folder(tmp_path)
    metadata, written = _materialize_kiel(tmp_path, monkeypatch, "feeds: []\nreference:\n  kiel: kiel\n")
    table = pq.read_table(written)
    assert table.num_rows == 3 and "note" not in metadata
    assert table.schema.field("year").type == "int32"
