with

mentions as (
    select * from {{ ref('int_pledge_mentions_normalised') }}
),

pledges as (
    select * from {{ ref('int_pledges_merged') }}
),

mention_to_pledge as (
    select
        pledge_id,
        first_mention_id,
        unnest(mention_ids) as mention_id,
    from pledges
),

joined as (
    select
        m.*,
        p.pledge_id,
        m.mention_id = p.first_mention_id as is_first_source,
    from mentions as m
    inner join mention_to_pledge as p
        on m.mention_id = p.mention_id
),

final as (
    select
        mention_id,
        pledge_id,
        doc_id,
        url,
        title,
        published,
        is_first_source,
        donor_code,
        donor,
        donor_extracted,
        recipient_code,
        recipient,
        pledge_date,
        pledge_date_from_published,
        aid_type,
        purposes,
        stage,
        amount,
        amount_qualifier,
        currency,
        amount_usd,
        amount_eur,
        amount_usd_extractor,
        amount_usd_stated,
        fx_rate_date,
        co_donors,
        evidence,
        evidence_start,
        evidence_end,
        confidence,
        extractor_version,
        ingest_day,
    from joined
)

select * from final
