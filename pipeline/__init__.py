"""pledge-tracker: aid pledges to Ukraine and defence-spending targets, from news to a DuckDB warehouse."""
