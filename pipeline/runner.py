"""Run the Dagster graph in-process for one day or a range of days (what `pledges run` does)."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import dagster as dg

from pipeline import build_state, settings
from pipeline.locking import pipeline_lock
from pipeline.migrate import migrate_lake

QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass
class RunReport:
    days: list[date]
    timings: dict[str, float] = field(default_factory=dict)
    run_ids: list[str] = field(default_factory=list)
    checks: list[tuple[str, bool, str]] = field(default_factory=list)  # (asset/check, passed, severity)
    dbt_log: Path | None = None
    warehouse_skipped: bool = False  # no lake file or dbt model changed since the last successful build

    @property
    def failed_checks(self) -> list[tuple[str, bool, str]]:
        return [c for c in self.checks if not c[1]]


def _checks(result) -> list[tuple[str, bool, str]]:
    return [
        (f"{'/'.join(e.asset_key.path)}:{e.check_name}", e.passed, e.severity.value)
        for e in result.get_asset_check_evaluations()
    ]


def _resources(sources: Path, offline: bool, replay: bool = False, force_build: bool = False) -> dict:
    from dagster_dbt import DbtCliResource

    from pipeline.defs.dbt_assets import dbt_project
    from pipeline.defs.resources import PipelineConfig

    return {"config": PipelineConfig(sources_file=str(sources), offline=offline, replay=replay, force_build=force_build),
            "dbt": DbtCliResource(project_dir=dbt_project)}


def run_pipeline(
    *,
    sources: Path,
    offline: bool,
    start: date | None = None,
    end: date | None = None,
    progress: Callable[[date], None] | None = None,
    quiet: bool = True,
    days: list[date] | None = None,
    replay: bool = False,
    wait: float = 0.0,
    force_build: bool = False,
) -> RunReport:
    """Ingest and extract each day from start to end (inclusive), or each of ``days``, then build the
    warehouse once, unless neither the lake nor the dbt project changed since the last successful build
    (``force_build`` builds anyway). Holds the data directory's run lock throughout (``wait`` seconds)."""
    paths = settings.current()
    with pipeline_lock(paths.home, wait=wait):
        migrated = migrate_lake(paths.lake)
        if migrated.failed:
            raise RuntimeError(f"lake migration failed for {len(migrated.failed)} file(s): {migrated.failed[:3]}")
        if days is None and start is None:
            raise ValueError("run_pipeline needs start (and end) or an explicit list of days")
        end = end or start
        days = days if days is not None else [start + timedelta(days=i) for i in range((end - start).days + 1)]
        return _run(sources, offline, days, progress, quiet, replay, force_build)


def _run(sources: Path, offline: bool, days: list[date], progress, quiet: bool, replay: bool, force_build: bool) -> RunReport:
    from pipeline.definitions import defs

    instance = dg.DagsterInstance.get()
    release_dead_runs(instance)
    resources = _resources(sources, offline, replay, force_build)
    report = RunReport(days)
    # Own asset checks run with the assets they check (dbt tests come with the dbt assets).
    all_assets = list(defs.assets) + list(defs.asset_checks or [])
    # Day-partitioned assets run once per day; the rest (reference data, dbt, report) once at the end.
    once = dg.AssetSelection.assets(*[spec.key for spec in defs.resolve_all_asset_specs() if spec.partitions_def is None])
    raw_selection = dg.AssetSelection.groups("ingest", "extract") - once
    t0 = time.perf_counter()
    for day in days:
        result = dg.materialize(all_assets, selection=raw_selection, partition_key=day.isoformat(), instance=instance,
                                resources=resources, run_config=QUIET if quiet else None, tags=_TAGS)
        report.run_ids.append(result.run_id)
        report.checks += _checks(result)
        if progress:
            progress(day)
    report.timings["ingest_extract_s"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    reference = dg.materialize(all_assets, selection=dg.AssetSelection.groups("ingest") & once, instance=instance,
                               resources=resources, run_config=QUIET if quiet else None, tags=_TAGS)
    report.run_ids.append(reference.run_id)
    report.checks += _checks(reference)
    report.timings["reference_s"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    paths = settings.current()
    # The dbt asset makes the same test; asking first also saves starting a Dagster run for nothing.
    if not force_build and build_state.up_to_date(paths):
        report.warehouse_skipped = True
        report.timings["total_s"] = time.perf_counter() - t0
        return report
    # dbt prints hundreds of lines; with quiet on they go to a log file in the data directory instead.
    log_path = paths.home / "logs" / f"dbt-{time.strftime('%Y%m%dT%H%M%S')}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w") as log, contextlib.redirect_stdout(log if quiet else sys.stdout):
        # Decided above that a build is due: the asset need not fingerprint the lake a second time.
        build = _resources(sources, offline, replay, force_build=True)
        result = dg.materialize(all_assets, selection=dg.AssetSelection.groups("warehouse"), instance=instance,
                                resources=build, run_config=QUIET if quiet else None, tags=_TAGS)
    report.run_ids.append(result.run_id)
    report.checks += _checks(result)
    report.dbt_log = log_path
    report.timings["dbt_build_s"] = time.perf_counter() - t2
    report.timings["total_s"] = time.perf_counter() - t0
    return report


_TAGS = {"pledges/trigger": "cli", "pledges/pid": str(os.getpid())}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def release_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Fail CLI runs whose process died (kill -9, power loss) and give back their concurrency slots.

    A killed run never releases the warehouse pool slot it held, and the next run would wait for it
    forever. Only runs started by `pledges run` carry their pid, so only those are judged here.
    """
    released = []
    active = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.NOT_STARTED]
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=active, tags={"pledges/trigger": "cli"})):
        pid = run.tags.get("pledges/pid")
        if pid and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            instance.report_run_failed(run, message=f"process {pid} is gone; the run was interrupted")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            released.append(run.run_id)
    return released


def default_sources(offline: bool) -> Path:
    return settings.SAMPLE_SOURCES if offline else settings.DEFAULT_SOURCES
