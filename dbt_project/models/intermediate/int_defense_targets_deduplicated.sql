-- One row per distinct target: same donor_code, pct_gdp (to 0.01) and target_year (null = no year).
with

targets as (
    select * from {{ ref('stg_defense_targets') }}
),

donors as (
    select * from {{ ref('donors') }}
),

keyed as (
    select
        *,
        round(pct_gdp, 2) as pct_gdp_key,
    from targets
),

with_target_id as (
    select
        *,
        {{ surrogate_key(['donor_code', 'pct_gdp_key', 'target_year']) }} as target_id,
        row_number() over (
            partition by donor_code, pct_gdp_key, target_year
            order by published asc nulls last, ingest_day asc nulls last, mention_id
        ) as rank_by_published,
    from keyed
),

aggregated as (
    select
        target_id,
        donor_code,
        pct_gdp_key as pct_gdp,
        target_year,
        max(donor) filter (where rank_by_published = 1) as donor_extracted,
        max(url) filter (where rank_by_published = 1) as first_source_url,
        max(doc_id) filter (where rank_by_published = 1) as first_doc_id,
        max(mention_id) filter (where rank_by_published = 1) as first_mention_id,
        max(evidence) filter (where rank_by_published = 1) as first_evidence,
        min(published) as first_seen,
        max(published) as last_seen,
        count(distinct doc_id) as num_sources,
        count(*) as num_mentions,
        max(confidence) as max_confidence,
        list(mention_id order by published asc nulls last, mention_id) as mention_ids,
    from with_target_id
    group by target_id, donor_code, pct_gdp_key, target_year
),

final as (
    select
        a.target_id,
        a.donor_code,
        coalesce(d.donor_name, a.donor_extracted) as donor,
        d.donor_kind,
        a.pct_gdp,
        a.target_year,
        a.num_sources,
        a.num_mentions,
        a.first_seen,
        a.last_seen,
        a.first_source_url,
        a.first_doc_id,
        a.first_mention_id,
        a.first_evidence,
        a.max_confidence,
        a.mention_ids,
    from aggregated as a
    left join donors as d
        on a.donor_code = d.donor_code
)

select * from final
