import dagster as dg

from pipeline.defs.partitions import daily

pipeline_job = dg.define_asset_job(
    "pledge_pipeline",
    selection=dg.AssetSelection.all(),
    partitions_def=daily,
    description="Ingest feeds and inboxes for a day, extract, and rebuild the warehouse with dbt.",
)


@dg.schedule(job=pipeline_job, cron_schedule="0 2 * * *", execution_timezone="UTC", default_status=dg.DefaultScheduleStatus.STOPPED)
def nightly(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Every night at 02:00 UTC: the day's partition, once (run_key makes a retried tick idempotent)."""
    day = context.scheduled_execution_time.date().isoformat()
    return dg.RunRequest(run_key=day, partition_key=day)
