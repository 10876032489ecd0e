with

source as (
    select * from {{ source('raw', 'feed_entries') }}
),

renamed as (
    select
        cast(day as date) as ingest_day,
        cast(feed_name as varchar) as feed_name,
        cast(entry_id as varchar) as entry_id,
        cast(link as varchar) as link,
        cast(title as varchar) as title,
        cast(summary as varchar) as summary,
        cast(published_at as timestamp) as published_at,
        cast(fetched_at as timestamp) as fetched_at,
    from source
),

final as (
    select * from renamed
)

select * from final
