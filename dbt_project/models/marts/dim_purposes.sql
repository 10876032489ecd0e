with

purposes as (
    select * from {{ ref('purposes') }}
),

pledges as (
    select * from {{ ref('int_pledges_merged') }}
),

pledge_purposes as (
    select
        pledge_id,
        amount_usd,
        unnest(purposes) as purpose,
    from pledges
),

purpose_totals as (
    select
        purpose,
        count(distinct pledge_id) as num_pledges,
        sum(amount_usd) as total_pledged_usd,
    from pledge_purposes
    group by purpose
),

final as (
    select
        p.purpose,
        p.aid_type,
        p.description,
        coalesce(t.num_pledges, 0) as num_pledges,
        coalesce(t.total_pledged_usd, 0) as total_pledged_usd,
    from purposes as p
    left join purpose_totals as t
        on p.purpose = t.purpose
)

select * from final
