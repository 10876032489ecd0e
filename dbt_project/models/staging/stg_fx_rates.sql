-- ECB rates carry no ingest day and daily files may overlap (the same rate date written
-- again); keep one row per (currency, rate_date). Rates for a date are identical across files.
with

source as (
    select * from {{ source('raw', 'fx_rates') }}
),

renamed as (
    select
        upper(cast(currency as varchar)) as currency,
        cast(rate_date as date) as rate_date,
        cast(per_eur as double) as per_eur,
    from source
    where per_eur is not null
),

deduplicated as (
    select
        currency,
        rate_date,
        max(per_eur) as per_eur,
    from renamed
    group by currency, rate_date
),

final as (
    select * from deduplicated
)

select * from final
