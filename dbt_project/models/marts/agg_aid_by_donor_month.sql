with

pledges as (
    select * from {{ ref('fct_aid_pledges') }}
),

dated as (
    select
        donor_code,
        donor,
        cast(date_trunc('month', pledge_date) as date) as month_start,
        aid_type,
        amount_usd,
    from pledges
    where pledge_date is not null
),

final as (
    select
        donor_code,
        max(donor) as donor,
        month_start,
        count(*) as num_pledges,
        count(amount_usd) as num_pledges_with_usd,
        coalesce(sum(amount_usd), 0) as total_usd,
{%- for aid_type in ['military', 'financial', 'humanitarian', 'unspecified'] %}
        count(*) filter (where aid_type = '{{ aid_type }}') as num_{{ aid_type }},
        coalesce(sum(amount_usd) filter (where aid_type = '{{ aid_type }}'), 0) as {{ aid_type }}_usd,
{%- endfor %}
    from dated
    group by donor_code, month_start
)

select * from final
