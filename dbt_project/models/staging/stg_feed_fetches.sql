with

source as (
    select * from {{ source('raw', 'feed_fetches') }}
),

renamed as (
    select
        cast(day as date) as ingest_day,
        cast(feed_name as varchar) as feed_name,
        cast(url as varchar) as url,
        cast(fetched_at as timestamp) as fetched_at,
        cast(status as integer) as status,
        cast(bytes as bigint) as bytes,
        cast(elapsed_ms as double) as elapsed_ms,
        cast(error as varchar) as error,
        cast(archive_sha256 as varchar) as archive_sha256,
        cast(entries as integer) as num_entries,
        cast(new_entries as integer) as num_new_entries,
        cast(parse_warning as varchar) as parse_warning,
    from source
),

final as (
    select * from renamed
)

select * from final
