with

fetches as (
    select * from {{ ref('int_fetch_log_unioned') }}
),

final as (
    select
        fetch_id,
        fetch_kind,
        source,
        url,
        status,
        coalesce(status between 200 and 299 and error is null, false) as is_success,
        bytes,
        elapsed_ms,
        error,
        fetched_at,
        cast(fetched_at as date) as fetch_date,
        ingest_day,
        archive_sha256,
        doc_id,
    from fetches
)

select * from final
