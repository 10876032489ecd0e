-- Merge mentions of the same pledge reported by several documents into one pledge.
-- Rule: same donor_code and currency, amounts equal within var('pledge_amount_tolerance') (0.5 %),
-- and a pledge date within var('pledge_merge_window_days') (10) days of the previous mention of
-- the cluster. Done in two passes, each a gaps-and-islands over a window:
--   1. amount bands: in amount order, a new band starts when the amount is more than 0.5 % above
--      the previous one (chained, so 100 / 100.4 / 100.8 form one band);
--   2. clusters: inside a band, in date order, a new cluster starts after a gap of more than 10 days.
-- Mentions without amount or date are never merged.
-- pledge_id = md5('donor_code|currency|round(amount)|first pledge date') of the cluster's first mention.
{%- set tolerance = var('pledge_amount_tolerance', 0.005) %}
{%- set window_days = var('pledge_merge_window_days', 10) %}
{%- set by_date = 'pledge_date asc nulls last, published asc nulls last, mention_id' %}
{%- set by_published = 'published asc nulls last, pledge_date asc nulls last, mention_id' %}
with

mentions as (
    select * from {{ ref('int_pledge_mentions_normalised') }}
),

amount_steps as (
    select
        *,
        lag(amount) over (
            partition by donor_code, currency
            order by amount asc nulls last, {{ by_date }}
        ) as previous_amount,
    from mentions
),

amount_bands as (
    select
        *,
        sum(
            case
                when amount is null or previous_amount is null then 1
                when amount - previous_amount > {{ tolerance }} * abs(amount) then 1
                else 0
            end
        ) over (
            partition by donor_code, currency
            order by amount asc nulls last, {{ by_date }}
            rows between unbounded preceding and current row
        ) as amount_band,
    from amount_steps
),

date_steps as (
    select
        *,
        lag(pledge_date) over (
            partition by donor_code, currency, amount_band
            order by {{ by_date }}
        ) as previous_pledge_date,
    from amount_bands
),

clusters as (
    select
        *,
        sum(
            case
                when amount is null or pledge_date is null or previous_pledge_date is null then 1
                when pledge_date - previous_pledge_date > {{ window_days }} then 1
                else 0
            end
        ) over (
            partition by donor_code, currency, amount_band
            order by {{ by_date }}
            rows between unbounded preceding and current row
        ) as date_cluster,
    from date_steps
),

ranked as (
    select
        *,
        row_number() over (
            partition by donor_code, currency, amount_band, date_cluster
            order by {{ by_date }}
        ) as rank_by_date,
        row_number() over (
            partition by donor_code, currency, amount_band, date_cluster
            order by {{ by_published }}
        ) as rank_by_published,
    from clusters
),

with_pledge_id as (
    select
        *,
        first_value(
            {{ surrogate_key([
                'donor_code',
                'currency',
                'coalesce(cast(cast(round(amount) as hugeint) as varchar), mention_id)',
                'coalesce(cast(pledge_date as varchar), mention_id)',
            ]) }}
        ) over (
            partition by donor_code, currency, amount_band, date_cluster
            order by {{ by_date }}
        ) as pledge_id,
    from ranked
),

aid_type_counts as (
    select
        pledge_id,
        aid_type,
        count(*) as num_mentions,
        min(published) as first_published,
    from with_pledge_id
    where aid_type <> 'unspecified'
    group by pledge_id, aid_type
),

aid_type_choice as (
    select
        pledge_id,
        aid_type,
    from aid_type_counts
    qualify row_number() over (
        partition by pledge_id
        order by num_mentions desc, first_published asc nulls last, aid_type
    ) = 1
),

aggregated as (
    select
        pledge_id,
        donor_code,
        currency,
        min(pledge_date) as pledge_date,
        max(pledge_date) as last_pledge_date,
        -- the cluster's first mention (by pledge date) carries the amount
        max(donor) filter (where rank_by_date = 1) as donor,
        max(donor_kind) filter (where rank_by_date = 1) as donor_kind,
        max(recipient) filter (where rank_by_date = 1) as recipient,
        max(recipient_code) filter (where rank_by_date = 1) as recipient_code,
        max(amount) filter (where rank_by_date = 1) as amount,
        max(amount_qualifier) filter (where rank_by_date = 1) as amount_qualifier,
        max(amount_usd) filter (where rank_by_date = 1) as amount_usd,
        max(amount_eur) filter (where rank_by_date = 1) as amount_eur,
        max(amount_usd_extractor) filter (where rank_by_date = 1) as amount_usd_extractor,
        max(fx_rate_date) filter (where rank_by_date = 1) as fx_rate_date,
        first(amount_usd_stated order by {{ by_date }}) filter (
            where amount_usd_stated is not null
        ) as amount_usd_stated,
        min(amount) as amount_min,
        max(amount) as amount_max,
        -- the earliest published mention is the first source
        max(url) filter (where rank_by_published = 1) as first_source_url,
        max(doc_id) filter (where rank_by_published = 1) as first_doc_id,
        max(mention_id) filter (where rank_by_published = 1) as first_mention_id,
        max(evidence) filter (where rank_by_published = 1) as first_evidence,
        min(published) as first_published,
        max(published) as last_published,
        list_sort(list_distinct(flatten(list(purposes)))) as purposes,
        list_sort(list_distinct(flatten(list(co_donors)))) as co_donors,
        {{ stage_from_rank('max(' ~ stage_rank('stage') ~ ')') }} as stage,
        count(distinct doc_id) as num_sources,
        count(*) as num_mentions,
        max(confidence) as max_confidence,
        list(mention_id order by {{ by_date }}) as mention_ids,
        list(distinct doc_id) as doc_ids,
    from with_pledge_id
    group by pledge_id, donor_code, currency
),

final as (
    select
        a.pledge_id,
        a.donor_code,
        a.donor,
        a.donor_kind,
        a.recipient_code,
        a.recipient,
        a.pledge_date,
        a.last_pledge_date,
        coalesce(t.aid_type, 'unspecified') as aid_type,
        a.purposes,
        a.stage,
        a.amount,
        a.amount_qualifier,
        a.amount_min,
        a.amount_max,
        a.currency,
        a.amount_usd,
        a.amount_eur,
        a.amount_usd_extractor,
        a.amount_usd_stated,
        a.fx_rate_date,
        a.co_donors,
        a.num_sources,
        a.num_mentions,
        a.first_source_url,
        a.first_doc_id,
        a.first_mention_id,
        a.first_evidence,
        a.first_published,
        a.last_published,
        a.max_confidence,
        a.mention_ids,
        a.doc_ids,
    from aggregated as a
    left join aid_type_choice as t
        on a.pledge_id = t.pledge_id
)

select * from final
