"""Extraction: the day's documents become pledge mentions, defence targets and recorded errors."""

import heapq
import itertools
from datetime import date

import dagster as dg

from pipeline import lake
from pipeline.defs.ingest_assets import OWNERS
from pipeline.defs.metadata import PREVIEW_ROWS, preview, table_metadata
from pipeline.defs.partitions import daily
from pipeline.defs.resources import PipelineConfig
from pipeline.extract_batch import extract_stream
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
    before = {r[0] for r in lake.query(config.lake(), "select mention_id from lake_pledge_mentions where day = ?", [day])}
    docs = itertools.chain.from_iterable(lake.query_batches(config.lake(), _DOCS_SQL, [day, day]))
    documents, after = 0, set()
    top_mentions: list[dict] = []
    head_targets: list[dict] = []
    head_errors: list[dict] = []
    # The three files stream in chunk by chunk and appear together, once the whole day is extracted.
    with (_writer(config, "pledge_mentions", day) as mentions, _writer(config, "defense_targets", day) as targets,
          _writer(config, "extraction_errors", day) as errors):
        for chunk in extract_stream(docs, day):
            documents += chunk.documents
            after.update(m["mention_id"] for m in chunk.mentions)
            top_mentions = heapq.nlargest(PREVIEW_ROWS, [*top_mentions, *chunk.mentions], key=lambda r: r["amount_usd"] or 0)
            head_targets += chunk.targets[: PREVIEW_ROWS - len(head_targets)]
            head_errors += chunk.errors[: PREVIEW_ROWS - len(head_errors)]
            mentions.write(chunk.mentions)
            targets.write(chunk.targets)
            errors.write(chunk.errors)
        mentions.commit()
        fault_pause("extract")
        targets.commit()
        errors.commit()
    context.log.info(f"{documents} documents: {mentions.rows} pledge mentions, {targets.rows} targets, {errors.rows} errors")
    common = {"documents": documents, "extractor_version": EXTRACTOR_VERSION}
    yield dg.MaterializeResult(asset_key=["raw", "pledge_mentions"], metadata={
        **table_metadata(mentions.rows), **common,
        # Re-extracting a day replaces it: how many mentions are new, kept, or gone since the last run.
        "new_mentions": len(after - before), "unchanged_mentions": len(after & before), "removed_mentions": len(before - after),
        "preview": preview(top_mentions, ["donor", "amount", "currency", "amount_usd", "pledge_date", "aid_type"]),
    })
    yield dg.MaterializeResult(asset_key=["raw", "defense_targets"], metadata={
        **table_metadata(targets.rows), **common, "preview": preview(head_targets, ["donor", "pct_gdp", "target_year"]),
    })
    yield dg.MaterializeResult(asset_key=["raw", "extraction_errors"], metadata={
        **table_metadata(errors.rows), **common, "preview": preview(head_errors, ["doc_id", "url", "error"]),
    })


def _writer(config: PipelineConfig, table: str, day: date) -> lake.FileWriter:
    return lake.FileWriter(lake.partition_path(config.lake(), table, day, "part"), table, create_empty=False)
