"""Data-quality checks analysts rely on, beside the dbt tests that Dagster shows as checks too."""

from datetime import UTC, datetime, timedelta

import dagster as dg
import duckdb

from pipeline import lake
from pipeline.defs.resources import PipelineConfig


def _result(passed: bool, rows: list, columns: list[str], severity=dg.AssetCheckSeverity.ERROR, **metadata) -> dg.AssetCheckResult:
    sample = "\n".join("| " + " | ".join(str(v) for v in row) + " |" for row in rows[:10])
    table = "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n" + sample if rows else "none"
    return dg.AssetCheckResult(passed=passed, severity=severity, metadata={"failing_rows": len(rows), "sample": dg.MetadataValue.md(table), **metadata})


@dg.asset_check(asset=["raw", "pledge_mentions"], description="Every pledge mention has a donor and a date.")
def pledges_have_donor_and_date(config: PipelineConfig) -> dg.AssetCheckResult:
    rows = lake.query(config.lake(), "select doc_id, donor_code, pledge_date, evidence from lake_pledge_mentions where donor_code is null or pledge_date is null")
    return _result(not rows, rows, ["doc_id", "donor_code", "pledge_date", "evidence"])


@dg.asset_check(asset=["raw", "pledge_mentions"], description="A USD value wherever there is a currency (ECB rates cover the currency and date).")
def pledges_have_usd(config: PipelineConfig) -> dg.AssetCheckResult:
    rows = lake.query(config.lake(), "select doc_id, currency, amount, pledge_date from lake_pledge_mentions where currency is not null and amount_usd is null")
    return _result(not rows, rows, ["doc_id", "currency", "amount", "pledge_date"], severity=dg.AssetCheckSeverity.WARN)


@dg.asset_check(asset=["raw", "feed_fetches"], description="Every enabled feed was fetched successfully within its freshness window.")
def feeds_fresh(config: PipelineConfig) -> dg.AssetCheckResult:
    sources = config.sources()
    last_ok = dict(lake.query(config.lake(), "select url, max(fetched_at) from lake_feed_fetches where error is null group by url"))
    last_error = dict(lake.query(config.lake(), "select url, arg_max(error, fetched_at) from lake_feed_fetches group by url"))
    now = datetime.now(UTC).replace(tzinfo=None)
    stale = []
    for feed in sources.enabled_feeds:
        seen = last_ok.get(feed.url)
        if seen is None or now - seen > timedelta(hours=feed.freshness_hours):
            stale.append((feed.name, seen, last_error.get(feed.url)))
    return _result(not stale, stale, ["feed", "last_success", "last_error"], severity=dg.AssetCheckSeverity.WARN,
                   feeds=len(sources.enabled_feeds))


@dg.asset_check(asset=["fct_aid_pledges"], description="No duplicate pledge ids in the published warehouse.")
def no_duplicate_pledge_ids(config: PipelineConfig) -> dg.AssetCheckResult:
    con = duckdb.connect(str(config.paths().published), read_only=True)
    try:
        rows = con.execute("select pledge_id, count(*) from fct_aid_pledges group by pledge_id having count(*) > 1").fetchall()
        total = con.execute("select count(*) from fct_aid_pledges").fetchone()[0]
    finally:
        con.close()
    return _result(not rows, rows, ["pledge_id", "count"], pledges=total)
