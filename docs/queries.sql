-- Example analyst queries against the marts of the published warehouse.
-- Run one with `pledges query "..."` (add `--format csv` or `--format json` to export), or open
-- data/published/warehouse.duckdb read-only in DuckDB. Each query ends with a semicolon;
-- tests/test_cli_analyst.py runs every one of them against a fresh offline build.

-- 1. Who pledged most? Distinct pledges and USD total per donor, with how many reports back them.
select
    donor,
    donor_kind,
    count(*) as pledges,
    round(sum(amount_usd) / 1e9, 2) as usd_billions,
    sum(num_sources) as reports,
from fct_aid_pledges
group by donor, donor_kind
order by usd_billions desc nulls last
limit 15;

-- 2. The ten largest pledges with the sentence that states them and where it was first reported.
select
    donor,
    pledge_date,
    amount,
    currency,
    round(amount_usd / 1e6, 1) as usd_millions,
    aid_type,
    stage,
    evidence,
    first_source_url,
from fct_aid_pledges
order by amount_usd desc nulls last
limit 10;

-- 3. Monthly pledged totals by aid type (USD millions), all donors together.
select
    month_start,
    sum(num_pledges) as pledges,
    round(sum(military_usd) / 1e6, 1) as military,
    round(sum(financial_usd) / 1e6, 1) as financial,
    round(sum(humanitarian_usd) / 1e6, 1) as humanitarian,
    round(sum(unspecified_usd) / 1e6, 1) as unspecified,
from agg_aid_by_donor_month
group by month_start
order by month_start;

-- 4. Pledges reported by more than one source (merged mentions), most corroborated first.
select
    donor,
    pledge_date,
    amount,
    currency,
    num_sources,
    num_mentions,
    amount_min,
    amount_max,
from fct_aid_pledges
where num_sources > 1
order by num_sources desc, amount_usd desc nulls last;

-- 5. Every mention of one pledge: which outlets reported it, when, and in which words.
select
    m.published,
    m.url,
    m.is_first_source,
    m.amount,
    m.currency,
    m.evidence,
from fct_pledge_mentions as m
where m.pledge_id = (select pledge_id from fct_aid_pledges order by num_mentions desc, amount_usd desc nulls last limit 1)
order by m.published;

-- 6. What the money is for: pledges and USD per purpose.
select
    purpose,
    aid_type,
    num_pledges,
    round(total_pledged_usd / 1e9, 2) as usd_billions,
from dim_purposes
where num_pledges > 0
order by total_pledged_usd desc;

-- 7. Defence-spending targets, latest first, with the donor's largest target.
select
    t.donor,
    t.pct_gdp,
    t.target_year,
    t.first_seen,
    d.max_target_pct_gdp,
    t.evidence,
from fct_defense_targets as t
inner join dim_donors as d
    on t.donor_code = d.donor_code
order by t.first_seen desc, t.donor;

-- 8. Our pledges against the Kiel Ukraine Support Tracker, per donor and year (EUR millions).
select
    donor,
    year,
    num_pledges,
    round(our_pledged_eur / 1e6, 1) as ours_eur_m,
    round(kiel_commitments_eur / 1e6, 1) as kiel_commitments_eur_m,
    round(kiel_allocations_eur / 1e6, 1) as kiel_allocations_eur_m,
    round(ratio_ours_to_kiel_commitments, 2) as ours_to_kiel,
from rpt_reconciliation_kiel
where num_pledges > 0 and kiel_tracks_donor
order by year, our_pledged_eur desc;

-- 9. Pledges we found in a month where Kiel records no commitment by that donor: candidates to check.
select
    p.donor,
    p.pledge_date,
    p.amount,
    p.currency,
    round(p.amount_eur / 1e6, 1) as eur_millions,
    p.evidence,
    p.first_source_url,
from rpt_reconciliation_kiel as r,
    unnest(r.pledge_ids_kiel_month_empty) as flagged(pledge_id)
inner join fct_aid_pledges as p
    on flagged.pledge_id = p.pledge_id
order by p.pledge_date;

-- 10. Source health: fetches, failures and the last error per feed.
select
    source,
    count(*) as fetches,
    count(*) filter (where not is_success) as failed,
    max(fetched_at) as last_fetch,
    arg_max(error, fetched_at) filter (where error is not null) as last_error,
from fct_fetch_log
group by source
order by failed desc, source;
