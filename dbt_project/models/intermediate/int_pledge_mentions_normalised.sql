-- Mentions with the canonical donor from the donors seed and amount_usd / amount_eur converted in SQL:
-- ECB rates are per EUR, so usd = amount / per_eur[currency] * per_eur['USD'] (EUR = 1) and
-- eur = amount / per_eur[currency], taken ASOF the pledge date (weekends / dates after the last rate
-- use the latest earlier rate). EUR is what the Kiel tracker reports in (rpt_reconciliation_kiel).
with

mentions as (
    select * from {{ ref('stg_pledge_mentions') }}
),

donors as (
    select * from {{ ref('donors') }}
),

fx_rates as (
    select * from {{ ref('stg_fx_rates') }}
),

usd_rates as (
    select
        rate_date,
        per_eur,
    from fx_rates
    where currency = 'USD'
),

with_conversion_date as (
    select
        *,
        coalesce(pledge_date, published) as conversion_date,
    from mentions
),

with_currency_rate as (
    select
        m.*,
        fx.rate_date as currency_rate_date,
        fx.per_eur as currency_per_eur,
    from with_conversion_date as m
    asof left join fx_rates as fx
        on m.currency = fx.currency
        and m.conversion_date >= fx.rate_date
),

with_usd_rate as (
    select
        m.*,
        usd.rate_date as usd_rate_date,
        usd.per_eur as usd_per_eur,
    from with_currency_rate as m
    asof left join usd_rates as usd
        on m.conversion_date >= usd.rate_date
),

converted as (
    select
        *,
        case
            when currency = 'USD' then amount
            when currency = 'EUR' then amount * usd_per_eur
            else amount / nullif(currency_per_eur, 0) * usd_per_eur
        end as amount_usd_raw,
        case
            when currency = 'USD' then conversion_date
            when currency = 'EUR' then usd_rate_date
            else least(currency_rate_date, usd_rate_date)
        end as fx_rate_date,
        case
            when currency = 'EUR' then amount
            else amount / nullif(currency_per_eur, 0)
        end as amount_eur_raw,
    from with_usd_rate
),

with_donor as (
    select
        c.*,
        d.donor_name,
        d.donor_kind,
    from converted as c
    left join donors as d
        on c.donor_code = d.donor_code
),

final as (
    select
        mention_id,
        doc_id,
        ingest_day,
        url,
        title,
        published,
        donor_code,
        coalesce(donor_name, donor) as donor,
        donor as donor_extracted,
        donor_kind,
        recipient,
        recipient_code,
        amount,
        amount_qualifier,
        currency,
        round(amount_usd_raw, 2) as amount_usd,
        round(amount_eur_raw, 2) as amount_eur,
        amount_usd_extractor,
        amount_usd_stated,
        fx_rate_date,
        coalesce(pledge_date, published) as pledge_date,
        pledge_date is null as pledge_date_from_published,
        coalesce(aid_type, 'unspecified') as aid_type,
        coalesce(purposes, cast([] as varchar[])) as purposes,
        stage,
        coalesce(co_donors, cast([] as varchar[])) as co_donors,
        evidence,
        evidence_start,
        evidence_end,
        confidence,
        extractor_version,
    from with_donor
)

select * from final
