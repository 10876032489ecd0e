"""Run the Dagster graph in-process for one day or a range of days (what `pledges run` does)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import dagster as dg

from pipeline import settings

QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass
class RunReport:
    days: list[date]
    timings: dict[str, float] = field(default_factory=dict)
    run_ids: list[str] = field(default_factory=list)


def _resources(sources: Path, offline: bool) -> dict:
    from dagster_dbt import DbtCliResource

    from pipeline.defs.dbt_assets import dbt_project
    from pipeline.defs.resources import PipelineConfig

    return {"config": PipelineConfig(sources_file=str(sources), offline=offline), "dbt": DbtCliResource(project_dir=dbt_project)}


def run_pipeline(
    *,
    sources: Path,
    offline: bool,
    start: date,
    end: date | None = None,
    progress: Callable[[date], None] | None = None,
    quiet: bool = True,
) -> RunReport:
    """Ingest and extract each day from start to end (inclusive), then build the warehouse once."""
    from pipeline.definitions import defs

    instance = dg.DagsterInstance.get()
    resources = _resources(sources, offline)
    end = end or start
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    report = RunReport(days)
    all_assets = list(defs.assets)
    raw_selection = dg.AssetSelection.groups("ingest", "extract") - dg.AssetSelection.assets(["raw", "fx_rates"])
    t0 = time.perf_counter()
    for day in days:
        result = dg.materialize(all_assets, selection=raw_selection, partition_key=day.isoformat(), instance=instance,
                                resources=resources, run_config=QUIET if quiet else None, tags={"pledges/trigger": "cli"})
        report.run_ids.append(result.run_id)
        if progress:
            progress(day)
    report.timings["ingest_extract_s"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    result = dg.materialize(all_assets, selection=dg.AssetSelection.assets(["raw", "fx_rates"]) | dg.AssetSelection.groups("warehouse"),
                            instance=instance, resources=resources, run_config=QUIET if quiet else None,
                            tags={"pledges/trigger": "cli"})
    report.run_ids.append(result.run_id)
    report.timings["dbt_build_s"] = time.perf_counter() - t1
    report.timings["total_s"] = time.perf_counter() - t0
    return report


def default_sources(offline: bool) -> Path:
    return settings.SAMPLE_SOURCES if offline else settings.DEFAULT_SOURCES
