import dagster as dg

from pipeline.settings import FIRST_DAY

# One partition per ingest day (UTC). end_offset=1 makes today's partition exist, so the nightly run and
# `pledges run` write the day they fetch.
daily = dg.DailyPartitionsDefinition(start_date=FIRST_DAY.isoformat(), end_offset=1)
