with

pledges as (
    select * from {{ ref('int_pledges_merged') }}
),

final as (
    select
        pledge_id,
        donor_code,
        donor,
        donor_kind,
        recipient_code,
        recipient,
        pledge_date,
        aid_type,
        purposes,
        stage,
        amount,
        amount_qualifier,
        amount_min,
        amount_max,
        currency,
        amount_usd,
        amount_eur,
        amount_usd_extractor,
        amount_usd_stated,
        fx_rate_date,
        co_donors,
        num_sources,
        num_mentions,
        first_source_url,
        first_published,
        first_evidence as evidence,
        first_doc_id,
        first_mention_id,
        last_pledge_date,
        last_published,
        max_confidence,
    from pledges
)

select * from final
