-- Every network fetch: feed fetches and article page fetches.
with

feed_fetches as (
    select * from {{ ref('stg_feed_fetches') }}
),

article_pages as (
    select * from {{ ref('stg_article_pages') }}
),

feeds as (
    select
        'feed' as fetch_kind,
        feed_name as source,
        url,
        status,
        bytes,
        elapsed_ms,
        error,
        fetched_at,
        ingest_day,
        archive_sha256,
        cast(null as varchar) as doc_id,
    from feed_fetches
),

pages as (
    select
        'page' as fetch_kind,
        feed_name as source,
        url,
        status,
        bytes,
        elapsed_ms,
        error,
        fetched_at,
        ingest_day,
        archive_sha256,
        doc_id,
    from article_pages
),

unioned as (
    select * from feeds
    union all by name
    select * from pages
),

final as (
    select
        {{ surrogate_key(['fetch_kind', 'url', 'fetched_at', 'ingest_day']) }} as fetch_id,
        fetch_kind,
        source,
        url,
        status,
        bytes,
        elapsed_ms,
        error,
        fetched_at,
        ingest_day,
        archive_sha256,
        doc_id,
    from unioned
)

select * from final
