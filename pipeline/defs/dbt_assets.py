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

from pipeline import settings
from pipeline.defs.ingest_assets import OWNERS

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
if not dbt_project.manifest_path.exists():
    # A fresh checkout has no manifest yet; parsing needs no warehouse, only the project files.
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
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """dbt build: seeds, staging views, intermediate and mart models, and their tests."""
    yield from dbt.cli(["build"], context=context).stream()
    paths = settings.current()
    publish(paths.warehouse, paths.published)
    context.log.info(f"published read-only copy at {paths.published}")
