"""Column definitions of the raw lake tables (the single source of truth).

Every raw table lives at ``<lake>/<table>/day=YYYY-MM-DD/<part>.parquet`` plus an empty
``<lake>/<table>/_schema.parquet`` carrying the schema, so the dbt sources
(``dbt_project/models/staging/_sources.yml``) resolve before the first ingest.

See docs/architecture.md, section "Raw tables". Types are DuckDB type names.
"""

from __future__ import annotations

TABLES: dict[str, list[tuple[str, str]]] = {
    "feed_fetches": [
        ("day", "DATE"),
        ("feed_name", "VARCHAR"),
        ("url", "VARCHAR"),
        ("fetched_at", "TIMESTAMP"),
        ("status", "INTEGER"),
        ("bytes", "BIGINT"),
        ("elapsed_ms", "DOUBLE"),
        ("error", "VARCHAR"),
        ("archive_sha256", "VARCHAR"),
        ("entries", "INTEGER"),
        ("new_entries", "INTEGER"),
        ("parse_warning", "VARCHAR"),
        ("etag", "VARCHAR"),
        ("last_modified", "VARCHAR"),
    ],
    "feed_entries": [
        ("day", "DATE"),
        ("feed_name", "VARCHAR"),
        ("entry_id", "VARCHAR"),  # guid, else link
        ("link", "VARCHAR"),
        ("title", "VARCHAR"),
        ("summary", "VARCHAR"),
        ("published_at", "TIMESTAMP"),
        ("fetched_at", "TIMESTAMP"),
    ],
    "article_pages": [
        ("day", "DATE"),
        ("doc_id", "VARCHAR"),
        ("feed_name", "VARCHAR"),
        ("entry_id", "VARCHAR"),
        ("url", "VARCHAR"),
        ("final_url", "VARCHAR"),
        ("fetched_at", "TIMESTAMP"),
        ("status", "INTEGER"),
        ("bytes", "BIGINT"),
        ("elapsed_ms", "DOUBLE"),
        ("error", "VARCHAR"),
        ("archive_sha256", "VARCHAR"),
        ("content_type", "VARCHAR"),
        ("title", "VARCHAR"),
        ("published", "DATE"),
        ("text", "VARCHAR"),  # null when the fetch failed
    ],
    "inbox_files": [
        ("day", "DATE"),
        ("doc_id", "VARCHAR"),
        ("inbox_name", "VARCHAR"),
        ("path", "VARCHAR"),
        ("url", "VARCHAR"),
        ("title", "VARCHAR"),
        ("published", "DATE"),
        ("published_source", "VARCHAR"),  # 'sidecar' | 'ingest_date'
        ("archive_sha256", "VARCHAR"),
        ("bytes", "BIGINT"),
        ("text", "VARCHAR"),
        ("error", "VARCHAR"),
        # The file's modification time as ingested; with path and bytes it lets the next run skip the file
        # without reading it. Null in rows written before the column existed, and for files modified
        # within seconds of being read (their content may still change within the same timestamp).
        ("mtime_ns", "BIGINT"),
    ],
    "pledge_mentions": [
        ("day", "DATE"),
        ("doc_id", "VARCHAR"),
        ("mention_id", "VARCHAR"),
        ("url", "VARCHAR"),
        ("title", "VARCHAR"),
        ("published", "DATE"),
        ("donor", "VARCHAR"),
        ("donor_code", "VARCHAR"),
        ("recipient", "VARCHAR"),
        ("recipient_code", "VARCHAR"),
        ("amount", "DOUBLE"),
        ("amount_qualifier", "VARCHAR"),
        ("currency", "VARCHAR"),
        ("amount_usd", "DOUBLE"),
        ("amount_usd_stated", "DOUBLE"),
        ("pledge_date", "DATE"),
        ("aid_type", "VARCHAR"),
        ("purposes", "VARCHAR[]"),
        ("stage", "VARCHAR"),
        ("co_donors", "VARCHAR[]"),
        ("evidence", "VARCHAR"),
        ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"),
        ("confidence", "DOUBLE"),
        ("extractor_version", "VARCHAR"),
    ],
    "defense_targets": [
        ("day", "DATE"),
        ("doc_id", "VARCHAR"),
        ("mention_id", "VARCHAR"),
        ("url", "VARCHAR"),
        ("published", "DATE"),
        ("donor", "VARCHAR"),
        ("donor_code", "VARCHAR"),
        ("pct_gdp", "DOUBLE"),
        ("target_year", "INTEGER"),
        ("evidence", "VARCHAR"),
        ("evidence_start", "INTEGER"),
        ("evidence_end", "INTEGER"),
        ("confidence", "DOUBLE"),
        ("extractor_version", "VARCHAR"),
    ],
    "extraction_errors": [
        ("day", "DATE"),
        ("doc_id", "VARCHAR"),
        ("url", "VARCHAR"),
        ("error", "VARCHAR"),
        ("extractor_version", "VARCHAR"),
    ],
    # Reference data (ECB rates): no ingest `day` column (docs/architecture.md lists none);
    # the files still sit under fx_rates/day=YYYY-MM-DD/ and may overlap, dbt dedupes them.
    "fx_rates": [
        ("currency", "VARCHAR"),
        ("rate_date", "DATE"),
        ("per_eur", "DOUBLE"),  # units of `currency` per 1 EUR
    ],
    # Reference data (Kiel Institute, Ukraine Support Tracker, data_explorer.csv): one row per donor and
    # month, money in EUR billions as Kiel publishes it (dbt converts to EUR). No ingest `day`: one file,
    # kiel_monthly/kiel.parquet, replaced whole on every load (pipeline/kiel.py).
    "kiel_monthly": [
        ("country", "VARCHAR"),
        ("iso", "VARCHAR"),  # ISO 3166-1 alpha-3 for states, 'EU' for the EU Commission and Council
        ("year", "INTEGER"),
        ("month", "INTEGER"),
        ("total", "DOUBLE"),  # allocations = financial + humanitarian + military
        ("financial", "DOUBLE"),
        ("humanitarian", "DOUBLE"),
        ("military", "DOUBLE"),
        ("commitments", "DOUBLE"),  # promised, including what is not yet allocated
        ("to_be_allocated", "DOUBLE"),
        ("gdp", "DOUBLE"),  # donor's 2021 GDP, EUR billions
        ("pct_gdp", "DOUBLE"),  # total as per cent of gdp
        ("source", "VARCHAR"),  # the file path or URL the rows were read from
        ("loaded_at", "TIMESTAMP"),
    ],
}


def columns(table: str) -> list[str]:
    """Column names of a raw table, in schema order."""
    return [name for name, _ in TABLES[table]]


def column_sql(table: str) -> str:
    """``"col" TYPE, ...`` for a CREATE TABLE statement."""
    return ", ".join(f'"{name}" {dtype}' for name, dtype in TABLES[table])


def empty_select_sql(table: str) -> str:
    """A zero-row SELECT with the table's exact column names and types."""
    cols = ", ".join(f'CAST(NULL AS {dtype}) AS "{name}"' for name, dtype in TABLES[table])
    return f"SELECT {cols} WHERE false"


def typed_select_sql(table: str, relation: str) -> str:
    """SELECT from ``relation`` casting every column to the lake type, in schema order."""
    cols = ", ".join(f'CAST("{name}" AS {dtype}) AS "{name}"' for name, dtype in TABLES[table])
    return f"SELECT {cols} FROM {relation}"
