"""Aid pledges: a figure, a donor, Ukraine as recipient, and no sign that the figure is something else."""

from __future__ import annotations

import re

from pipeline.extraction import classify, dates, fx
from pipeline.extraction.donors import NOT_DONORS, UKRAINE, UKRAINE_STEMS, find_donor_mentions
from pipeline.extraction.money import Money, find_money
from pipeline.extraction.pledge_context import UNREAD, PledgeContext, pledge_cues
from pipeline.extraction.pledge_donors import donor_for_currency, resolve_donor
from pipeline.extraction.pledge_filters import DONOR_LABEL, blank_asides, list_intro_index, not_a_pledge
from pipeline.extraction.records import AidPledge, Document
from pipeline.extraction.reference import load_reference
from pipeline.extraction.sentences import Sentences

MAX_FIGURES = 2_000
MIN_AMOUNT = 10_000  # below this a figure is a price or a count, not an aid package
MAX_PLEDGE_USD = 150e9  # above this a figure is a budget, an economy or a war's cost, never one pledge
# A headline rounds the dollar value it gives for a pledge the body states in another currency.
HEADLINE_USD_TOLERANCE = 0.06
# A pledge the text dates this many days before the article is recalled, not reported (4 of 1,615 labelled
# pledges are older than 20 days).
STALE_DAYS = 60
_AID_NOUN = re.compile(r"\b(?:aid|assistance|support|package|donation|contribution|pledge|tranche|grant|loan|lend\w*|set(?:s|ting)? aside|pledg\w*|provid\w*|giv(?:e|es|ing)|gave|send\w*|sent|donat\w*|contribut\w*|allocat\w*|earmark\w*|disburs\w*|transfer\w*|put|puts|add(?:s|ed|ing)?|commit\w*|deliver\w*|suppl(?:y|ies|ied)|announc\w*|confirm\w*|offer\w*|promis\w*|approv\w*|releas\w*|gift\w*|fund(?:s|ed|ing)?|financ\w*|available)\b", re.IGNORECASE)
_UKRAINE_STEM = re.compile("|".join(UKRAINE_STEMS))  # no word boundaries: a fast superset of UKRAINE
_BETWEEN = re.compile(r"between\s+$", re.IGNORECASE)


def extract_pledges(doc: Document, sentences: Sentences, trace: list | None = None) -> list[AidPledge]:
    text = doc.text
    if not _UKRAINE_STEM.search(text):
        return []
    first = UKRAINE.search(text)
    if first is None:
        return []
    ukraine_mentions = 1 + sum(1 for _ in zip(range(2), UKRAINE.finditer(text, first.end()), strict=False))
    ctx = PledgeContext(doc, sentences, ukraine_mentions >= 3, trace=trace)
    # A document with thousands of figures is a data dump, not news: look at the first ones only.
    monies = [m for m in _candidate_money(ctx) if m.amount >= MIN_AMOUNT][:MAX_FIGURES]
    by_sentence: dict[int, list[Money]] = {}
    for money in monies:
        by_sentence.setdefault(sentences.index_at(money.start), []).append(money)
    for index in sorted(by_sentence):
        _sentence_pledges(ctx, index, by_sentence[index])
    return ctx.pledges


def _candidate_money(ctx: PledgeContext) -> list[Money]:
    """Figures in sentences with aid wording: the only ones _sentence_pledges can take. Looking for money
    only there skips most of a long article; when explaining, every figure is kept so each gets a reason."""
    if ctx.trace is not None:
        return find_money(ctx.doc.text)
    cues = pledge_cues()
    found: list[Money] = []
    for sentence in ctx.sentences.items:
        # a donor-labelled list item takes its aid wording from the list's introduction
        if (cues["aid_quick"].search(sentence.text.lower()) and cues["aid"].search(sentence.text)) or DONOR_LABEL.match(sentence.text):
            found += find_money(ctx.doc.text, sentence.start, sentence.end)
    return found


def _sentence_pledges(ctx: PledgeContext, index: int, monies: list[Money]) -> None:
    cues = pledge_cues()
    text = ctx.doc.text
    sentence = ctx.sentences[index]
    # Fold conversions ("NOK 4.5bn (EUR 378m)") and ranges ("between €1bn and €1.5bn") into one figure.
    groups: list[dict] = []
    for money in monies:
        if groups:
            prev = groups[-1]
            gap = text[prev["money"].end : money.start]
            if len(gap) <= 45 and cues["conversion"].match(gap) and (
                money.currency != prev["money"].currency or not prev["money"].explicit
            ):
                if money.currency == "USD" and money.explicit or money.alias in {"$", "US$", "USD"}:
                    prev["usd_stated"] = prev["usd_stated"] or money.amount
                continue
            # "$245 million ... about US$164 million" in an Australian story: a bare "$" is not yet any one dollar
            if cues["late_conversion"].search(gap[-35:]) and (money.currency != prev["money"].currency or (not prev["money"].explicit and money.explicit)) \
                    and "USD" in (money.currency, prev["money"].currency) and not [m for m in find_donor_mentions(text, prev["money"].end, money.start) if m.code not in NOT_DONORS]:
                # "NOK 5 billion in military aid to Ukraine, equivalent to about $470 million"
                if money.currency == "USD":
                    prev["usd_stated"] = prev["usd_stated"] or money.amount
                continue
            if re.fullmatch(r"\s*(?:and|to|-|–)\s*", gap) and _BETWEEN.search(text[max(sentence.start, prev["money"].start - 12) : prev["money"].start]):
                prev["low"] = prev["money"].amount
                prev["money"] = money
                prev["range"] = True
                continue
        groups.append({"money": money, "usd_stated": None, "low": money.low, "range": money.low is not None})

    sentence_has_ukraine = bool(UKRAINE.search(sentence.text))
    paragraph_text = _paragraph_text(ctx, index)
    # "- Germany: 50 million euros for generators" under "The conference gathered pledges for Ukraine:": the
    # list's introduction says what the items are.
    heading, intro = _list_intro(ctx, index) if DONOR_LABEL.match(sentence.text) else (None, None)
    # a donor list headed by an aid word ("Countries that have announced contributions include:") in an article
    # that names Ukraine (else it would not be read at all)
    near_ukraine = sentence_has_ukraine or _neighbour_mentions_ukraine(ctx, index) or bool(intro and (UKRAINE.search(intro) or _AID_NOUN.search(intro)))
    # "Smaller items logged this week:" over "- Luxembourg: 4 million euros for generators" in an article about aid to Ukraine
    listed_in_aid_story = bool(heading) and ctx.ukraine_doc and heading.rstrip().endswith(":")
    if not cues["aid"].search(sentence.text) and not (intro and cues["aid"].search(intro)) and not listed_in_aid_story:
        for group in groups:
            ctx.reject(group["money"], "no aid wording in the sentence")
        return
    for position, group in enumerate(groups):
        money: Money = group["money"]
        before = text[max(sentence.start, money.start - 60) : money.start]
        after = text[money.end : min(sentence.end, money.end + 60)]
        near_before = text[max(sentence.start, money.start - 30) : money.start]
        reason = not_a_pledge(ctx, groups, position, index, before, after, near_before)
        if reason:
            ctx.reject(money, reason)
            continue
        if (cues["other"].search(sentence.text) or cues["other_any"].search(sentence.text)) and not sentence_has_ukraine:
            ctx.reject(money, "aid to another country")
            continue
        # a listed item that names what the money buys ("generators", "artillery ammunition") in an aid story
        # is aid as much as one that says "aid"
        aid_item = _AID_NOUN.search(sentence.text) or (intro and _AID_NOUN.search(intro)) or (listed_in_aid_story and classify.purposes(sentence.text)) \
            or _TO_THE_SCHEME.search(sentence.text)
        if not near_ukraine and not (ctx.ukraine_doc and not cues["other"].search(paragraph_text) and aid_item):
            ctx.reject(money, "no mention of Ukraine nearby")
            continue
        donor, co_donors, each, from_context = resolve_donor(ctx, index, money, groups[position - 1]["money"] if position else None)
        if from_context and money.explicit:
            # Taken from context, the donor must fit the currency: 20 billion won come from Seoul, not Warsaw.
            donor = donor_for_currency(money.currency) or donor
        if donor is None and money.explicit and _GOVERNMENT_SPEAKS.search(sentence.text) \
                and (by_currency := donor_for_currency(money.currency)) in ctx.named_codes():
            # "FINANCE MINISTER: In this budget the government is proposing 1.1 billion zloty": a government no
            # sentence names, but the one state of the article that pays in zloty
            donor, from_context = by_currency, True
        if donor is None:
            ctx.reject(money, "no donor found")
            continue
        ref = load_reference()
        currency = _currency(money, donor)
        qualifier = "range" if group["range"] else _qualifier(before)
        evidence_sentences = [sentence.text]
        if index > 0 and ctx.sentences[index - 1].paragraph == sentence.paragraph:
            evidence_sentences.append(ctx.sentences[index - 1].text)
        when, source = dates.announcement_date(evidence_sentences, ctx.doc.published)
        # "On Friday the following contributions were confirmed:" dates the items under it that have no day of their own
        if source == "published" and heading and heading.rstrip().endswith(":"):
            found, heading_source = dates.announcement_date([heading], ctx.doc.published)
            if heading_source != "published":
                when, source = found, heading_source
        if source == "stated" and ctx.doc.published and (ctx.doc.published - when).days > STALE_DAYS:
            ctx.reject(money, f"announced on {when.isoformat()}, long before the article: background")
            continue
        if source == "published":
            meeting = _meeting_just_before(ctx, index) or _meeting_day(ctx)
            if meeting is not None:
                when, source = meeting, "meeting"
        amount_usd = fx.to_usd(money.amount, currency, when)
        if amount_usd is not None and amount_usd > MAX_PLEDGE_USD:
            ctx.reject(money, "larger than any aid package: a budget or an economy-wide figure")
            continue
        scope = sentence.text + " " + _follow_up(ctx, index)
        found_purposes = classify.purposes(scope)
        context = " ".join(filter(None, [ctx.doc.title, _paragraph_text(ctx, index)]))
        kind = classify.aid_type(blank_asides(sentence.text, money.start - sentence.start), money.start - sentence.start, found_purposes, donor_code=donor,
                                 context=context, donor_kind=ref.donors[donor].kind)
        usd_stated = group["usd_stated"] if group["usd_stated"] is not None else (money.amount if currency == "USD" else None)
        confidence = 0.55 + 0.15 * sentence_has_ukraine + 0.15 * (not from_context) + 0.1 * bool(cues["aid"].search(before + after))
        for code in ([donor] + co_donors) if each else [donor]:
            headline = _headline_in_dollars(ctx, code, currency, amount_usd, usd_stated) if index > 0 else None
            if headline is not None:
                # "Norway gives $225 million" over "2.5 billion kroner (about $225 million)": one pledge, as written.
                ctx.pledges.remove(headline)
            existing = _duplicate(ctx, code, money.amount, currency)
            if existing is not None:
                # The same figure restated later may carry the stated date that the lead left out.
                if existing.date_source in {"published", "lead-stated", "lead-relative"} and source in {"stated", "relative"}:
                    existing.date, existing.date_source = when, source
                    existing.amount_usd = fx.to_usd(existing.amount, existing.currency, when)
                if ctx.sentences.index_at(existing.start) == 0 and index > 0:
                    # A headline is thin evidence: the body sentence that restates the figure says more.
                    existing.evidence, existing.start, existing.end = sentence.text, sentence.start, sentence.end
                    existing.aid_type, existing.purposes = kind, found_purposes
                    existing.stage = classify.stage(sentence.text, money.start - sentence.start)
                    existing.amount_usd_stated = existing.amount_usd_stated or usd_stated
                ctx.reject(money, "same pledge already found in this article")
                continue
            ctx.pledges.append(
                AidPledge(
                    evidence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    confidence=round(min(confidence, 0.99), 2),
                    donor=ref.donors[code].name,
                    donor_code=code,
                    amount=money.amount,
                    currency=currency,
                    amount_qualifier=qualifier,
                    amount_usd=amount_usd,
                    amount_usd_stated=usd_stated,
                    date=when,
                    date_source=source,
                    aid_type=kind,
                    purposes=found_purposes,
                    stage=classify.stage(sentence.text, money.start - sentence.start),
                    co_donors=[] if each else co_donors,
                    money_text=money.text,
                )
            )


# "Denmark will contribute DKK 1.2bn to the initiative": in a story about aid to Ukraine, the story's scheme
_TO_THE_SCHEME = re.compile(r"\b(?:contribut\w*|pledg\w*|put in|puts in|add|adds|give|gives|provid\w*)\b[^.;]{0,60}\bto the (?:[\w-]+ ){0,3}(?:initiative|coalition|fund|scheme|mechanism)\b")
_GOVERNMENT_SPEAKS = re.compile(r"(?<!opposition )(?<!opposition's )\b(?i:(?:the |this |our )?(?:[\w-]+ )?(?:government|cabinet|council of ministers))\b|\b(?:[Mm]inister|MINISTER)\b")


def _list_intro(ctx: PledgeContext, index: int) -> tuple[str | None, str | None]:
    """The heading of the bulleted list that this bulleted sentence belongs to, and the text just before the list
    (the heading with the sentence before it)."""
    intro = list_intro_index(ctx, index, 15)
    if intro is None:
        return None, None
    earlier = ctx.sentences[intro - 1].text if intro >= 1 else ""
    return ctx.sentences[intro].text, earlier + " " + ctx.sentences[intro].text


def _paragraph_text(ctx: PledgeContext, index: int) -> str:
    paragraph = ctx.sentences[index].paragraph
    parts = [s.text for s in ctx.sentences.items[max(0, index - 6) : index + 6] if s.paragraph == paragraph]
    return " ".join(parts)


def _neighbour_mentions_ukraine(ctx: PledgeContext, index: int) -> bool:
    paragraph = ctx.sentences[index].paragraph
    for other in (index - 1, index + 1, index - 2):
        if 0 <= other < len(ctx.sentences) and ctx.sentences[other].paragraph == paragraph and UKRAINE.search(ctx.sentences[other].text):
            return True
    return False


def _headline_in_dollars(ctx: PledgeContext, code: str, currency: str, amount_usd: float | None,
                         usd_stated: float | None) -> AidPledge | None:
    """The headline's dollar figure for the pledge the body gives in its own currency."""
    if currency == "USD":
        return None
    for p in ctx.pledges:
        if p.donor_code == code and p.currency == "USD" and ctx.sentences.index_at(p.start) == 0 and (
                p.amount == usd_stated or (amount_usd and abs(amount_usd - p.amount) <= HEADLINE_USD_TOLERANCE * p.amount)):
            return p
    return None


def _duplicate(ctx: PledgeContext, code: str, amount: float, currency: str) -> AidPledge | None:
    return next((p for p in ctx.pledges if p.donor_code == code and p.amount == amount and p.currency == currency), None)


def _qualifier(before: str) -> str:
    """The qualifier written right before the figure ("up to", "more than", "about")."""
    tail = before[-22:]
    for name, pattern in pledge_cues()["qualifiers"]:
        matches = list(pattern.finditer(tail))
        # Only the words touching the figure count: "about" in "talked about a €5m plan" is far from it.
        if matches and len(tail[matches[-1].end() :].strip(" ,")) <= 4:
            return name
    return "exact"


def _currency(money: Money, donor_code: str) -> str:
    if money.explicit:
        return money.currency
    home = load_reference().donors[donor_code].home_currency
    if home in money.currencies:
        return home
    return money.currency


def _follow_up(ctx: PledgeContext, index: int) -> str:
    """The next sentence when it keeps talking about the same package ("It will be used for ...")."""
    if index + 1 < len(ctx.sentences):
        nxt = ctx.sentences[index + 1]
        if nxt.paragraph == ctx.sentences[index].paragraph and pledge_cues()["carry"].search(nxt.text[:60]) and not find_money(ctx.doc.text, nxt.start, nxt.end):
            return nxt.text
    return ""


_MEETING = re.compile(r"\b(?:meeting|met|summit|conference|talks|gathering|contact group|Ramstein)\b", re.IGNORECASE)


def _meeting_just_before(ctx: PledgeContext, index: int):
    """'... the meeting of the contact group, which took place on Thursday. "The Netherlands committed €250m," Fedorov
    said.': the day of a meeting told in the paragraph before dates the pledges reported from it."""
    paragraph = ctx.sentences[index].paragraph
    for back in range(1, 4):
        if index - back < 0 or ctx.sentences[index - back].paragraph < paragraph - 1:
            return None
        text = ctx.sentences[index - back].text
        if _MEETING.search(text) and not find_money(ctx.doc.text, ctx.sentences[index - back].start, ctx.sentences[index - back].end):
            found, source = dates.announcement_date([text], ctx.doc.published)
            if source in {"stated", "relative"}:
                return found
    return None


def _meeting_day(ctx: PledgeContext):
    """A roundup of one meeting: pledges without a day of their own were made on the day its lead gives.
    Read once per article, however many undated pledges ask for it."""
    if ctx.meeting_day is UNREAD:
        ctx.meeting_day = None
        for sentence in ctx.sentences.items[:3]:
            if _MEETING.search(sentence.text):
                found, source = dates.announcement_date([sentence.text], ctx.doc.published)
                if source in {"stated", "relative"}:
                    ctx.meeting_day = found
                    break
    return ctx.meeting_day
