import dagster as dg

# One partition per ingest day (UTC). end_offset=1 makes today's partition exist, so the nightly run and
# `pledges run` write the day they fetch.
daily = dg.DailyPartitionsDefinition(start_date="2022-01-01", end_offset=1)
