"""Reference data analysts reconcile our pledges against: the Kiel Institute's Ukraine Support Tracker."""

from datetime import UTC, datetime

import dagster as dg

from pipeline import kiel, lake
from pipeline.defs.ingest_assets import OWNERS
from pipeline.defs.metadata import preview, table_metadata
from pipeline.defs.resources import PipelineConfig


@dg.asset(
    key=["raw", "kiel_monthly"],
    group_name="ingest",
    kinds={"python", "parquet"},
    owners=OWNERS,
    description=(
        "Kiel Institute Ukraine Support Tracker, data_explorer.csv: commitments and allocations per donor and month "
        "(EUR billions), read in place from the sources file's reference.kiel folder or, live, downloaded from "
        "reference.kiel_url. Optional: when absent the table is empty and reconciliation is skipped."
    ),
)
def kiel_monthly(context: dg.AssetExecutionContext, config: PipelineConfig) -> dg.MaterializeResult:
    sources = config.sources()
    loaded = kiel.load(sources.kiel, sources.kiel_url, live=not config.offline)
    if loaded.payload is not None:
        config.archive().put(loaded.payload, url=loaded.source, kind="reference", day=datetime.now(UTC).date())
    # Written even when empty: a reference that disappeared must not leave last run's numbers behind.
    rows = lake.write_file(config.lake() / "kiel_monthly" / "kiel.parquet", "kiel_monthly", loaded.rows)
    metadata: dict = {**table_metadata(rows), "source": loaded.source or "none"}
    if loaded.note:
        context.log.warning(loaded.note)
        metadata["note"] = dg.MetadataValue.text(loaded.note)
    if loaded.rows:
        first = min((r["year"], r["month"]) for r in loaded.rows)
        last = max((r["year"], r["month"]) for r in loaded.rows)
        metadata["months"] = f"{first[0]}-{first[1]:02d} .. {last[0]}-{last[1]:02d}"
        metadata["donors"] = len({r["iso"] for r in loaded.rows})
        metadata["top_donors_eur_bn"] = preview(
            kiel.donor_totals(loaded.rows), ["iso", "country", "commitments", "total"]
        )
    return dg.MaterializeResult(metadata=metadata)
