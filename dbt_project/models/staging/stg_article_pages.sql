with

source as (
    select * from {{ source('raw', 'article_pages') }}
),

renamed as (
    select
        cast(doc_id as varchar) as doc_id,
        cast(day as date) as ingest_day,
        cast(feed_name as varchar) as feed_name,
        cast(entry_id as varchar) as entry_id,
        cast(url as varchar) as url,
        cast(final_url as varchar) as final_url,
        cast(fetched_at as timestamp) as fetched_at,
        cast(status as integer) as status,
        cast(bytes as bigint) as bytes,
        cast(elapsed_ms as double) as elapsed_ms,
        cast(error as varchar) as error,
        cast(archive_sha256 as varchar) as archive_sha256,
        cast(content_type as varchar) as content_type,
        cast(title as varchar) as title,
        cast(published as date) as published,
        cast(text as varchar) as doc_text,
    from source
),

final as (
    select * from renamed
)

select * from final
