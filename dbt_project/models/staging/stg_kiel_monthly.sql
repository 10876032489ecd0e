-- Kiel publishes EUR billions; converted to EUR here so every model compares like with like.
-- Kiel codes states by ISO 3166-1 alpha-3 and the EU (Commission and Council) as 'EU': both are
-- donor codes of our donors seed as they stand (the relationships test warns if a release adds one
-- that is not), so `donor_code` is Kiel's code, trimmed and upper-cased.
with

source as (
    select * from {{ source('raw', 'kiel_monthly') }}
),

renamed as (
    select
        upper(trim(cast(iso as varchar))) as donor_code,
        cast(country as varchar) as kiel_country,
        cast(year as integer) as year,
        cast(month as integer) as month,
        make_date(cast(year as integer), cast(month as integer), 1) as month_start,
        cast(total as double) * 1e9 as allocations_eur,
        cast(financial as double) * 1e9 as financial_eur,
        cast(humanitarian as double) * 1e9 as humanitarian_eur,
        cast(military as double) * 1e9 as military_eur,
        cast(commitments as double) * 1e9 as commitments_eur,
        cast(to_be_allocated as double) * 1e9 as to_be_allocated_eur,
        cast(gdp as double) * 1e9 as gdp_2021_eur,
        cast(pct_gdp as double) as allocations_pct_gdp,
        cast(source as varchar) as kiel_source,
        cast(loaded_at as timestamp) as loaded_at,
    from source
),

final as (
    select * from renamed
)

select * from final
