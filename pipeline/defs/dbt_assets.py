"""The dbt project as Dagster assets: sources keyed like the raw assets, so lineage joins by itself."""

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from pipeline import build_state, settings
from pipeline.defs.ingest_assets import OWNERS
from pipeline.defs.resources import PipelineConfig
from pipeline.faults import fault_pause
from pipeline.locking import pipeline_lock

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)


def _manifest_is_stale(project: DbtProject) -> bool:
    if not project.manifest_path.exists():
        return True
    built = project.manifest_path.stat().st_mtime
    sources = [project.project_dir / "dbt_project.yml"] + [
        path for folder in ("models", "seeds", "macros") for path in (project.project_dir / folder).rglob("*") if path.is_file()
    ]
    return any(path.stat().st_mtime > built for path in sources)


if _manifest_is_stale(dbt_project):
    # A fresh checkout has no manifest, and a changed model needs a new one; parsing needs no warehouse.
    dbt_project.preparer.prepare(dbt_project)


class Translator(DagsterDbtTranslator):
    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        if unique_id.startswith("source."):
            return spec
        return spec.replace_attributes(group_name="warehouse", owners=OWNERS)


translator = Translator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


def publish(warehouse: Path, published: Path) -> None:
    """Atomically replace the read-only copy that `pledges query` and analysts read."""
    con = duckdb.connect(str(warehouse))
    con.execute("checkpoint")
    con.close()
    published.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=published.parent, prefix=".tmp-", suffix=".duckdb")
    os.close(handle)
    try:
        shutil.copyfile(warehouse, tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, published)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, dagster_dbt_translator=translator, pool="duckdb_warehouse")
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, config: PipelineConfig):
    """dbt build: seeds, staging views, intermediate and mart models, and their tests."""
    paths = settings.current()
    # A run launched by the daemon queues behind a manual `pledges run` (and the other way round).
    with pipeline_lock(paths.home, wait=3600):
        if not config.force_build and build_state.up_to_date(paths):
            context.log.info("warehouse up to date: no lake file or dbt model changed since the last build; dbt build skipped")
            return
        build_state.forget_build(paths.home)
        yield from dbt.cli(["build"], context=context).stream()
        fault_pause("publish")
        publish(paths.warehouse, paths.published)
        # Taken after publishing, from what this build read: the next run compares against it.
        build_state.record_build(paths)
    context.log.info(f"published read-only copy at {paths.published}")
