with

source as (
    select * from {{ source('raw', 'extraction_errors') }}
),

renamed as (
    select
        cast(doc_id as varchar) as doc_id,
        cast(day as date) as ingest_day,
        cast(url as varchar) as url,
        cast(error as varchar) as error,
        cast(extractor_version as varchar) as extractor_version,
    from source
),

final as (
    select * from renamed
)

select * from final
