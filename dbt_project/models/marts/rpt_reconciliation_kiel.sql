-- Our news-based pledges next to the Kiel Institute's hand-curated tracker, per donor and year, in EUR.
-- Ours: fct_aid_pledges.amount_eur (converted at the pledge date). Kiel: commitments (promises, the
-- closest to what news calls a pledge) and allocations. Full outer join: a Kiel-only row is aid we
-- did not find, an ours-only row is a donor Kiel does not track (NATO, IMF, ...) or a year it has nothing.
-- "Kiel's month has nothing" is only judged for donors Kiel tracks and months it covers: a pledge after
-- Kiel's last published month is counted apart, as Kiel has not caught up yet.
with

pledges as (
    select * from {{ ref('fct_aid_pledges') }}
),

kiel as (
    select * from {{ ref('stg_kiel_monthly') }}
),

donors as (
    select * from {{ ref('donors') }}
),

kiel_donors as (
    select
        donor_code,
        max(kiel_country) as kiel_country,
    from kiel
    group by donor_code
),

kiel_coverage as (
    select max(month_start) as kiel_last_month
    from kiel
),

kiel_months as (
    select
        donor_code,
        month_start,
        sum(commitments_eur) as commitments_eur,
    from kiel
    group by donor_code, month_start
),

dated_pledges as (
    select
        pledge_id,
        donor_code,
        pledge_date,
        cast(year(pledge_date) as integer) as year,
        cast(date_trunc('month', pledge_date) as date) as month_start,
        amount_eur,
    from pledges
    where pledge_date is not null
),

pledges_vs_kiel_month as (
    select
        p.*,
        kd.donor_code is not null as kiel_tracks_donor,
        p.month_start > c.kiel_last_month as after_kiel_coverage,
        kd.donor_code is not null
        and p.month_start <= c.kiel_last_month
        and coalesce(km.commitments_eur, 0) = 0 as kiel_month_empty,
    from dated_pledges as p
    cross join kiel_coverage as c
    left join kiel_donors as kd
        on p.donor_code = kd.donor_code
    left join kiel_months as km
        on p.donor_code = km.donor_code
        and p.month_start = km.month_start
),

ours_by_year as (
    select
        donor_code,
        year,
        count(*) as num_pledges,
        count(amount_eur) as num_pledges_with_eur,
        coalesce(sum(amount_eur), 0) as our_pledged_eur,
        count(*) filter (where kiel_month_empty) as num_pledges_kiel_month_empty,
        coalesce(
            list(pledge_id order by pledge_date, pledge_id) filter (where kiel_month_empty),
            cast([] as varchar[])
        ) as pledge_ids_kiel_month_empty,
        count(*) filter (where after_kiel_coverage) as num_pledges_after_kiel_coverage,
    from pledges_vs_kiel_month
    group by donor_code, year
),

kiel_by_year as (
    select
        donor_code,
        year,
        sum(commitments_eur) as kiel_commitments_eur,
        sum(allocations_eur) as kiel_allocations_eur,
    from kiel
    group by donor_code, year
),

joined as (
    select
        coalesce(o.donor_code, k.donor_code) as donor_code,
        coalesce(o.year, k.year) as year,
        coalesce(o.num_pledges, 0) as num_pledges,
        coalesce(o.num_pledges_with_eur, 0) as num_pledges_with_eur,
        coalesce(o.our_pledged_eur, 0) as our_pledged_eur,
        k.kiel_commitments_eur,
        k.kiel_allocations_eur,
        coalesce(o.num_pledges_kiel_month_empty, 0) as num_pledges_kiel_month_empty,
        coalesce(o.pledge_ids_kiel_month_empty, cast([] as varchar[])) as pledge_ids_kiel_month_empty,
        coalesce(o.num_pledges_after_kiel_coverage, 0) as num_pledges_after_kiel_coverage,
    from ours_by_year as o
    full outer join kiel_by_year as k
        on o.donor_code = k.donor_code
        and o.year = k.year
),

with_kiel_donor as (
    select
        j.*,
        coalesce(d.donor_name, kd.kiel_country) as donor,
        d.donor_kind,
        kd.donor_code is not null as kiel_tracks_donor,
        c.kiel_last_month,
        -- a donor Kiel tracks has 0 in a year without rows; one it does not track stays null
        case when kd.donor_code is not null then coalesce(j.kiel_commitments_eur, 0) end as kiel_commitments,
        case when kd.donor_code is not null then coalesce(j.kiel_allocations_eur, 0) end as kiel_allocations,
    from joined as j
    cross join kiel_coverage as c
    left join kiel_donors as kd
        on j.donor_code = kd.donor_code
    left join donors as d
        on j.donor_code = d.donor_code
),

final as (
    select
        donor_code,
        donor,
        donor_kind,
        year,
        num_pledges,
        num_pledges_with_eur,
        our_pledged_eur,
        kiel_tracks_donor,
        kiel_last_month,
        kiel_commitments as kiel_commitments_eur,
        kiel_allocations as kiel_allocations_eur,
        our_pledged_eur / nullif(kiel_commitments, 0) as ratio_ours_to_kiel_commitments,
        num_pledges_kiel_month_empty,
        pledge_ids_kiel_month_empty,
        num_pledges_after_kiel_coverage,
    from with_kiel_donor
)

select * from final
