with

donors as (
    select * from {{ ref('donors') }}
),

pledges as (
    select * from {{ ref('int_pledges_merged') }}
),

targets as (
    select * from {{ ref('int_defense_targets_deduplicated') }}
),

pledge_totals as (
    select
        donor_code,
        count(*) as num_pledges,
        sum(num_mentions) as num_pledge_mentions,
        sum(amount_usd) as total_pledged_usd,
        min(pledge_date) as first_pledge_date,
        max(pledge_date) as last_pledge_date,
    from pledges
    group by donor_code
),

target_totals as (
    select
        donor_code,
        count(*) as num_defense_targets,
        max(pct_gdp) as max_target_pct_gdp,
    from targets
    group by donor_code
),

final as (
    select
        d.donor_code,
        d.donor_name,
        d.donor_kind,
        d.home_currency,
        coalesce(p.num_pledges, 0) as num_pledges,
        coalesce(p.num_pledge_mentions, 0) as num_pledge_mentions,
        coalesce(p.total_pledged_usd, 0) as total_pledged_usd,
        p.first_pledge_date,
        p.last_pledge_date,
        coalesce(t.num_defense_targets, 0) as num_defense_targets,
        t.max_target_pct_gdp,
    from donors as d
    left join pledge_totals as p
        on d.donor_code = p.donor_code
    left join target_totals as t
        on d.donor_code = t.donor_code
)

select * from final
