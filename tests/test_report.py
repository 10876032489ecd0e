"""The analyst report and the Kiel reconciliation, on a warehouse built by an offline run of the real pipeline."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline import settings
from pipeline.report import build_report, top_donors_markdown, write_report

pytestmark = pytest.mark.slow

SHARED_KIEL = Path(__file__).resolve().parents[2] / "shared" / "reference" / "kiel-ukraine-support-tracker"
_ENV = ("PLEDGES_HOME", "PLEDGES_WAREHOUSE", "PLEDGES_LAKE", "DAGSTER_HOME")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> settings.Paths:
    """One offline run of the whole graph (sample sources, Kiel read in place when present)."""
    from pipeline.runner import run_pipeline

    with pytest.MonkeyPatch.context() as mp:
        for name in _ENV:  # restored afterwards: configure() exports these for dbt and Dagster
            mp.setenv(name, "")
        paths = settings.configure(tmp_path_factory.mktemp("report") / "home")
        run_pipeline(sources=settings.SAMPLE_SOURCES, offline=True, start=datetime.now(UTC).date())
        yield paths


@pytest.fixture(scope="module")
def page(home) -> str:
    return home.report.read_text(encoding="utf-8")


@pytest.fixture
def tampered(home, tmp_path) -> Path:
    """A copy of the published warehouse whose top pledge carries hostile text."""
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(home.published, copy)
    con = duckdb.connect(str(copy))
    con.execute("""
        update fct_aid_pledges
        set evidence = '<script>alert("x")</script> & <b>bold</b>',
            donor = '<img src=x onerror=alert(1)>',
            first_source_url = 'javascript:alert(1)'
        where pledge_id = (select pledge_id from fct_aid_pledges order by amount_usd desc nulls last limit 1)
    """)
    con.close()
    return copy


def test_run_writes_the_report_into_the_data_directory(home):
    assert home.report == home.home / "report" / "index.html"
    assert home.report.stat().st_size > 10_000


def test_report_has_the_three_charts_as_inline_svg(page):
    assert len(re.findall(r"<svg\b", page)) == 3
    for title in ("Pledged by donor", "Pledged by month", "Pledged by aid type"):
        assert title in page


def test_report_runs_no_script_and_loads_nothing_external(page):
    assert "<script" not in page.lower()
    assert not re.search(r"<(link|img|iframe|object|embed)\b[^>]*(src|href)\s*=\s*[\"']?https?:", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?https?:", page, re.I)
    assert "default-src 'none'" in page  # the Content-Security-Policy forbids loading anything anyway


def test_report_shows_pledges_targets_reconciliation_and_freshness(page):
    for heading in ("Largest pledges", "Defence-spending targets", "Reconciliation with the Kiel", "Data freshness"):
        assert heading in page
    for feed in ("kyivwire", "nordicdefence", "atlanticledger", "regjeringen"):
        assert feed in page
    assert "Warehouse last built and published" in page


def test_top_pledges_link_to_their_first_source(page):
    assert re.search(r'<a href="https://[^"]+" rel="noopener noreferrer">', page)


def test_text_from_data_is_escaped(tampered):
    page = build_report(tampered)
    assert "<script>alert" not in page and "<b>bold</b>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert 'href="javascript:' not in page


def test_report_says_when_kiel_was_not_loaded(home, tmp_path):
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(home.published, copy)
    con = duckdb.connect(str(copy))
    con.execute("update rpt_reconciliation_kiel set kiel_last_month = null")
    con.close()
    assert "Kiel reference not loaded for this build: reconciliation skipped" in build_report(copy)


def test_write_report_replaces_the_file_and_returns_top_donors(home, tmp_path):
    out = tmp_path / "report" / "index.html"
    written = write_report(home.published, out)
    assert written.path == out and written.size_bytes == out.stat().st_size
    assert written.top_donors_markdown.startswith("| donor | pledges | USD m |")


def test_write_report_without_a_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="run the pipeline"):
        write_report(tmp_path / "missing.duckdb", tmp_path / "index.html")


def test_report_asset_metadata_has_path_size_and_top_donors(home):
    with dg.DagsterInstance.from_config(str(home.dagster_home)) as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey(["report"]))
    metadata = event.asset_materialization.metadata
    assert metadata["path"].value == str(home.report)
    assert metadata["size_bytes"].value == home.report.stat().st_size
    assert metadata["top_donors_this_run"].value == top_donors_markdown(home.published)


def test_rpt_reconciliation_kiel_has_rows_with_kiel_figures(home):
    if not (SHARED_KIEL / "data_explorer.csv").exists():
        pytest.skip(f"{SHARED_KIEL} is not present (../shared is only beside the repository in the team's workspace)")
    con = duckdb.connect(str(home.published), read_only=True)
    try:
        tracked, with_ours = con.execute("""
            select count(*) filter (where kiel_tracks_donor and kiel_commitments_eur > 0),
                   count(*) filter (where num_pledges > 0 and ratio_ours_to_kiel_commitments is not null)
            from rpt_reconciliation_kiel""").fetchone()
        eu = con.execute(
            "select count(*) from rpt_reconciliation_kiel where donor_code = 'EU' and kiel_tracks_donor"
        ).fetchone()[0]
    finally:
        con.close()
    assert tracked > 50, "Kiel's donor-years are in the reconciliation"
    assert with_ours > 0, "some of our donor-years have a ratio to Kiel"
    assert eu > 0, "Kiel's EU matches our EU"


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed here")
def test_report_renders_offline_in_headless_chromium(home, tmp_path):
    import subprocess

    shot = tmp_path / "report.png"
    # No network flags: the page must render from the file alone.
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2400", f"--screenshot={shot}",
         home.report.as_uri()],
        capture_output=True, timeout=120, check=False,
    )
    assert shot.exists() and shot.stat().st_size > 20_000  # a blank page is a few KB
