"""Extraction: the day's documents become pledge mentions, defence targets and recorded errors."""

from datetime import date

import dagster as dg

from pipeline import lake
from pipeline.defs.ingest_assets import OWNERS
from pipeline.defs.metadata import preview, table_metadata
from pipeline.defs.partitions import daily
from pipeline.defs.resources import PipelineConfig
from pipeline.extract_batch import extract_many
from pipeline.extraction import EXTRACTOR_VERSION
from pipeline.faults import fault_pause

_DOCS_SQL = """
select doc_id, text, published, coalesce(final_url, url) as url, title from lake_article_pages
where day = ? and text is not null
union all
select doc_id, text, published, url, title from lake_inbox_files
where day = ? and text is not null
"""


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "pledge_mentions"], deps=[["raw", "article_pages"], ["raw", "inbox_files"]],
                     description="One row per aid pledge found in a document: donor, amount as written, currency, USD, date, aid type, purposes, evidence sentence.",
                     group_name="extract", kinds={"python", "parquet"}, owners=OWNERS),
        dg.AssetSpec(["raw", "defense_targets"], deps=[["raw", "article_pages"], ["raw", "inbox_files"]],
                     description="One row per defence-spending target found: country or NATO, % of GDP, target year, evidence.",
                     group_name="extract", kinds={"python", "parquet"}, owners=OWNERS),
        dg.AssetSpec(["raw", "extraction_errors"], deps=[["raw", "article_pages"], ["raw", "inbox_files"]],
                     description="Documents the extractor could not handle, with the reason; the rest of the batch goes on.",
                     group_name="extract", kinds={"python", "parquet"}, owners=OWNERS),
    ],
    partitions_def=daily,
)
def extraction(context: dg.AssetExecutionContext, config: PipelineConfig):
    day = date.fromisoformat(context.partition_key)
    columns = ["doc_id", "text", "published", "url", "title"]
    docs = [dict(zip(columns, row, strict=True)) for row in lake.query(config.lake(), _DOCS_SQL, [day, day])]
    result = extract_many(docs, day)
    before = {r[0] for r in lake.query(config.lake(), "select mention_id from lake_pledge_mentions where day = ?", [day])}
    after = {m["mention_id"] for m in result.mentions}
    lake.write_partition(config.lake(), "pledge_mentions", day, result.mentions)
    fault_pause("extract")
    lake.write_partition(config.lake(), "defense_targets", day, result.targets)
    lake.write_partition(config.lake(), "extraction_errors", day, result.errors)
    context.log.info(f"{len(docs)} documents: {len(result.mentions)} pledge mentions, {len(result.targets)} targets, {len(result.errors)} errors")
    common = {"documents": len(docs), "extractor_version": EXTRACTOR_VERSION}
    yield dg.MaterializeResult(asset_key=["raw", "pledge_mentions"], metadata={
        **table_metadata(len(result.mentions)), **common,
        # Re-extracting a day replaces it: how many mentions are new, kept, or gone since the last run.
        "new_mentions": len(after - before), "unchanged_mentions": len(after & before), "removed_mentions": len(before - after),
        "preview": preview(sorted(result.mentions, key=lambda r: -(r["amount_usd"] or 0)), ["donor", "amount", "currency", "amount_usd", "pledge_date", "aid_type"]),
    })
    yield dg.MaterializeResult(asset_key=["raw", "defense_targets"], metadata={
        **table_metadata(len(result.targets)), **common,
        "preview": preview(result.targets, ["donor", "pct_gdp", "target_year"]),
    })
    yield dg.MaterializeResult(asset_key=["raw", "extraction_errors"], metadata={
        **table_metadata(len(result.errors)), **common, "preview": preview(result.errors, ["doc_id", "url", "error"]),
    })
