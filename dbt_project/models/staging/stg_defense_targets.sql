-- Same defensive dedupe as stg_pledge_mentions: latest ingest day per mention_id.
with

source as (
    select * from {{ source('raw', 'defense_targets') }}
),

renamed as (
    select
        cast(mention_id as varchar) as mention_id,
        cast(doc_id as varchar) as doc_id,
        cast(day as date) as ingest_day,
        cast(url as varchar) as url,
        cast(published as date) as published,
        cast(donor as varchar) as donor,
        cast(donor_code as varchar) as donor_code,
        cast(pct_gdp as double) as pct_gdp,
        cast(target_year as integer) as target_year,
        cast(evidence as varchar) as evidence,
        cast(evidence_start as integer) as evidence_start,
        cast(evidence_end as integer) as evidence_end,
        cast(confidence as double) as confidence,
        cast(extractor_version as varchar) as extractor_version,
    from source
),

deduplicated as (
    select * from renamed
    qualify row_number() over (
        partition by mention_id
        order by ingest_day desc nulls last, extractor_version desc nulls last
    ) = 1
),

final as (
    select * from deduplicated
)

select * from final
