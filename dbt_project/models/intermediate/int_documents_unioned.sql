-- Article pages and inbox files as one document table, one row per doc_id.
-- A doc may be fetched on several days: prefer the latest row that has text, else the latest row.
with

article_pages as (
    select * from {{ ref('stg_article_pages') }}
),

inbox_files as (
    select * from {{ ref('stg_inbox_files') }}
),

articles as (
    select
        doc_id,
        'article' as doc_kind,
        feed_name as source_name,
        url,
        coalesce(final_url, url) as resolved_url,
        title,
        published,
        cast(null as varchar) as published_source,
        doc_text,
        archive_sha256,
        bytes,
        error,
        fetched_at,
        ingest_day,
    from article_pages
),

inbox as (
    select
        doc_id,
        'inbox' as doc_kind,
        inbox_name as source_name,
        url,
        coalesce(url, file_path) as resolved_url,
        title,
        published,
        published_source,
        doc_text,
        archive_sha256,
        bytes,
        error,
        cast(null as timestamp) as fetched_at,
        ingest_day,
    from inbox_files
),

unioned as (
    select * from articles
    union all by name
    select * from inbox
),

latest_per_doc as (
    select * from unioned
    where doc_id is not null
    qualify row_number() over (
        partition by doc_id
        order by (doc_text is not null) desc, ingest_day desc nulls last, fetched_at desc nulls last
    ) = 1
),

final as (
    select
        doc_id,
        doc_kind,
        source_name,
        url,
        resolved_url,
        title,
        published,
        published_source,
        doc_text,
        doc_text is not null as has_text,
        length(doc_text) as text_chars,
        archive_sha256,
        bytes,
        error,
        fetched_at,
        ingest_day,
    from latest_per_doc
)

select * from final
