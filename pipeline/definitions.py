"""The Dagster code location: `dagster dev -m pipeline.definitions` or workspace.yaml."""

import dagster as dg
from dagster_dbt import DbtCliResource

from pipeline import settings

settings.configure()

from pipeline.defs import checks, extract_assets, ingest_assets, reference_assets, report_assets, schedules  # noqa: E402
from pipeline.defs.dbt_assets import dbt_project, warehouse_models  # noqa: E402
from pipeline.defs.resources import PipelineConfig  # noqa: E402

defs = dg.Definitions(
    assets=[ingest_assets.feeds, ingest_assets.article_pages, ingest_assets.inbox_files, ingest_assets.fx_rates,
            reference_assets.kiel_monthly, extract_assets.extraction, warehouse_models, report_assets.report],
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[schedules.pipeline_job],
    schedules=[schedules.nightly],
    resources={"config": PipelineConfig(), "dbt": DbtCliResource(project_dir=dbt_project)},
)
