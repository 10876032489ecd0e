with

targets as (
    select * from {{ ref('int_defense_targets_deduplicated') }}
),

final as (
    select
        target_id,
        donor_code,
        donor,
        donor_kind,
        pct_gdp,
        target_year,
        num_sources,
        num_mentions,
        first_seen,
        last_seen,
        first_source_url,
        first_evidence as evidence,
        first_doc_id,
        first_mention_id,
        max_confidence,
    from targets
)

select * from final
