-- Re-extracting a day replaces that day's file, so mention_id is unique by design;
-- still keep only the latest ingest day per mention_id, defensively.
with

source as (
    select * from {{ source('raw', 'pledge_mentions') }}
),

renamed as (
    select
        cast(mention_id as varchar) as mention_id,
        cast(doc_id as varchar) as doc_id,
        cast(day as date) as ingest_day,
        cast(url as varchar) as url,
        cast(title as varchar) as title,
        cast(published as date) as published,
        cast(donor as varchar) as donor,
        cast(donor_code as varchar) as donor_code,
        cast(recipient as varchar) as recipient,
        cast(recipient_code as varchar) as recipient_code,
        cast(amount as double) as amount,
        cast(amount_qualifier as varchar) as amount_qualifier,
        cast(currency as varchar) as currency,
        cast(amount_usd as double) as amount_usd_extractor,
        cast(amount_usd_stated as double) as amount_usd_stated,
        cast(pledge_date as date) as pledge_date,
        cast(aid_type as varchar) as aid_type,
        cast(purposes as varchar[]) as purposes,
        cast(stage as varchar) as stage,
        cast(co_donors as varchar[]) as co_donors,
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
