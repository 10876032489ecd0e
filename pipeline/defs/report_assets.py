"""The analyst report: a self-contained HTML page over the published warehouse, rebuilt after every dbt build."""

import dagster as dg

from pipeline import settings
from pipeline.defs.ingest_assets import OWNERS
from pipeline.report import write_report


@dg.asset(
    key=["report"],
    deps=[
        dg.AssetKey("fct_aid_pledges"),
        dg.AssetKey("fct_defense_targets"),
        dg.AssetKey("agg_aid_by_donor_month"),
        dg.AssetKey("rpt_reconciliation_kiel"),
        dg.AssetKey("fct_fetch_log"),
    ],
    group_name="warehouse",
    # Reads the published copy, which the dbt asset replaces while it holds this pool.
    pool="duckdb_warehouse",
    kinds={"python", "html"},
    owners=OWNERS,
    description=(
        "report/index.html: pledges by donor, month and aid type (inline SVG charts), largest pledges with evidence "
        "and links, defence targets, reconciliation with the Kiel tracker and data freshness. Opens offline, no JavaScript."
    ),
)
def report(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    paths = settings.current()
    written = write_report(paths.published, paths.report)
    context.log.info(f"report written to {written.path}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(written.path)),
            "size_bytes": written.size_bytes,
            "top_donors_this_run": dg.MetadataValue.md(written.top_donors_markdown),
        }
    )
