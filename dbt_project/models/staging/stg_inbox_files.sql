with

source as (
    select * from {{ source('raw', 'inbox_files') }}
),

renamed as (
    select
        cast(doc_id as varchar) as doc_id,
        cast(day as date) as ingest_day,
        cast(inbox_name as varchar) as inbox_name,
        cast(path as varchar) as file_path,
        cast(url as varchar) as url,
        cast(title as varchar) as title,
        cast(published as date) as published,
        cast(published_source as varchar) as published_source,
        cast(archive_sha256 as varchar) as archive_sha256,
        cast(bytes as bigint) as bytes,
        cast(text as varchar) as doc_text,
        cast(error as varchar) as error,
    from source
),

final as (
    select * from renamed
)

select * from final
