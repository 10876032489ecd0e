"""Aid pledges: a figure, a donor, Ukraine as recipient, and no sign that the figure is something else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extraction import classify, dates, fx
from pipeline.extraction.donors import NOT_DONORS, UKRAINE, DonorMention, find_donor_mentions
from pipeline.extraction.money import Money, find_money
from pipeline.extraction.records import AidPledge, Document
from pipeline.extraction.reference import cue_regex, load_reference
from pipeline.extraction.sentences import Sentences

MIN_AMOUNT = 10_000  # below this a figure is a price or a count, not an aid package
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_INDEX = {m: i + 1 for i, m in enumerate(_MONTHS.split("|"))}
_PAST_MONTH = re.compile(rf"\b(?:in|since|back in|earlier in|from)\s+(?:early\s+|late\s+|mid-)?(?P<month>{_MONTHS})(?:\s+(?P<year>20\d\d))?\b|\b(?:in|since)\s+(?P<yearonly>20\d\d)\b|\blast year\b")
_POSSESSIVE = re.compile(r"(?:’s|'s)$")
_SUBJECT_VERB = re.compile(
    r"^[\s,]*(?:(?:has|have|had|is|was|will|would|also|now|on \w+|today|this week|last week|just|recently|officially|publicly|further|already|separately)\s+)*"
    r"(?:announc|pledg|promis|commit|provid|giv|gave|send|sent|suppl|deliver|donat|contribut|allocat|earmark|disburs|approv|sign|grant|offer|fund|financ|transfer|unveil|prepar|plan|agree|said|says|confirm|decid|intend|lend|loan|rais|add|step|boost|hand|back|set)",
    re.IGNORECASE,
)
_WEAK_BEFORE = re.compile(
    r"(?:\bto|\bfor|\bthrough|\bvia|\bwith|\bagainst|\bthan|\blike|\bunlike|\bmember of|\bmembers of|\bpartner in|\bpartners in|\ballies in|\bin the|\bamong|\bbetween|\bbeside|\bbesides|\bjoin(?:ed|ing|s)?|\bsuch as|\bincluding|\bthanked|\bthanks)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STRONG_AFTER_MONEY = re.compile(r"^\W{0,3}(?:[\w-]+\s+){0,8}?(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
_JOINT = re.compile(r"\b(?:jointly|together|joint|combined)\b", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"(?:\bof|\bout of|\bfrom|\bwithin|\bunder)\s+(?:the|its|this|that|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_BETWEEN = re.compile(r"between\s+$", re.IGNORECASE)


@dataclass
class _Context:
    doc: Document
    sentences: Sentences
    ukraine_doc: bool
    donor_cache: dict[int, list[DonorMention]] = field(default_factory=dict)
    pledges: list[AidPledge] = field(default_factory=list)

    def donors_in(self, index: int) -> list[DonorMention]:
        if index not in self.donor_cache:
            sentence = self.sentences[index]
            self.donor_cache[index] = find_donor_mentions(self.doc.text, sentence.start, sentence.end)
        return self.donor_cache[index]


@lru_cache(maxsize=1)
def _cues():
    cues = load_reference().cues
    return {
        "aid": cue_regex(cues["aid_cues"]),
        "cumulative": cue_regex(cues["cumulative"]),
        "background": cue_regex(cues["background"]),
        "fresh": cue_regex(cues["fresh"]),
        "not_aid": cue_regex(cues["not_aid"]),
        "part": cue_regex(cues["part_cues"]),
        "other": re.compile(r"\b(?:to|for|in|into|towards?)\s+(?:the\s+)?(?:" + "|".join(cues["other_recipients"]) + r")\b"),
        "carry": cue_regex(cues["carry_over"]),
        "conversion": re.compile(
            r"^\s*(?:\(|,|—|–|-|/)?\s*(?:or|which is|which equals|equal to|equivalent to|equating to|i\.e\.)?\s*(?:about|approximately|approx\.?|around|roughly|some|nearly|almost|worth|~|≈|c\.)?\s*(?:an estimated\s+)?$",
            re.IGNORECASE,
        ),
        "qualifiers": [(name, cue_regex(words)) for name, words in cues["qualifiers"].items()],
    }


def extract_pledges(doc: Document, sentences: Sentences) -> list[AidPledge]:
    text = doc.text
    ukraine_mentions = len(UKRAINE.findall(text))
    if ukraine_mentions == 0:
        return []
    ctx = _Context(doc, sentences, ukraine_mentions > 0)
    monies = [m for m in find_money(text) if m.amount >= MIN_AMOUNT]
    by_sentence: dict[int, list[Money]] = {}
    for money in monies:
        by_sentence.setdefault(sentences.index_at(money.start), []).append(money)
    for index in sorted(by_sentence):
        _sentence_pledges(ctx, index, by_sentence[index])
    return ctx.pledges


def _sentence_pledges(ctx: _Context, index: int, monies: list[Money]) -> None:
    cues = _cues()
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
            if re.fullmatch(r"\s*(?:and|to|-|–)\s*", gap) and _BETWEEN.search(text[max(sentence.start, prev["money"].start - 12) : prev["money"].start]):
                prev["low"] = prev["money"].amount
                prev["money"] = money
                prev["range"] = True
                continue
        groups.append({"money": money, "usd_stated": None, "low": money.low, "range": money.low is not None})

    sentence_has_ukraine = bool(UKRAINE.search(sentence.text))
    near_ukraine = sentence_has_ukraine or _neighbour_mentions_ukraine(ctx, index)
    if not cues["aid"].search(sentence.text):
        return
    headline_amounts = [g["money"].amount for g in groups]
    for position, group in enumerate(groups):
        money: Money = group["money"]
        before = text[max(sentence.start, money.start - 60) : money.start]
        after = text[money.end : min(sentence.end, money.end + 60)]
        near_before = text[max(sentence.start, money.start - 30) : money.start]
        # A part of a headline figure: "£92m of the £225m package", "including £92m for drones".
        if position + 1 < len(groups):
            gap = text[money.end : groups[position + 1]["money"].start]
            if re.match(r"^\s*(?:of|out of|from|within|as part of|part of)\s+(?:the|its|this|that|a)\s+(?:\w+\s+){0,2}$", gap, re.IGNORECASE):
                continue
        if cues["part"].search(near_before) and (
            any(a > money.amount for a in headline_amounts[:position]) or _earlier_larger(ctx, money, index)
        ):
            continue
        if _REFERENCE_BEFORE.search(before[-25:]) and any(a < money.amount for a in headline_amounts[position + 1 :]):
            # "Of the €225m, €92m goes to drones": the first figure is the headline, restated.
            if _already_extracted(ctx, money):
                continue
        if position > 0 and re.search(r"(?:\bwith|\bincluding|\bof which)\s+$", near_before, re.IGNORECASE) and any(
            a > money.amount for a in headline_amounts[:position]
        ):
            continue
        window = before + money.text + after
        if cues["cumulative"].search(window):
            continue
        fresh = cues["fresh"].search(near_before)
        if not fresh and (cues["background"].search(window) or _past_month(sentence.text, ctx.doc)):
            continue
        if cues["not_aid"].search(text[max(sentence.start, money.start - 35) : min(sentence.end, money.end + 30)]):
            if not re.search(r"\b(?:aid|assistance|support|package|help|provid\w*|loan|grant|tranche|donat\w*|pledg\w*)\b", before[-40:] + after[:40], re.IGNORECASE):
                continue
        if cues["other"].search(sentence.text) and not sentence_has_ukraine:
            continue
        if not near_ukraine and not ctx.ukraine_doc:
            continue
        donor, co_donors, each, from_context = _resolve_donor(ctx, index, money)
        if donor is None:
            continue
        ref = load_reference()
        currency = _currency(money, donor)
        qualifier = "range" if group["range"] else _qualifier(before)
        evidence_sentences = [sentence.text]
        if index > 0 and ctx.sentences[index - 1].paragraph == sentence.paragraph:
            evidence_sentences.append(ctx.sentences[index - 1].text)
        when, source = dates.announcement_date(evidence_sentences, ctx.doc.published)
        scope = sentence.text + " " + _follow_up(ctx, index)
        found_purposes = classify.purposes(scope)
        kind = classify.aid_type(sentence.text, money.start - sentence.start, found_purposes)
        usd_stated = group["usd_stated"] if group["usd_stated"] is not None else (money.amount if currency == "USD" else None)
        confidence = 0.55 + 0.15 * sentence_has_ukraine + 0.15 * (not from_context) + 0.1 * bool(cues["aid"].search(before + after))
        for code in ([donor] + co_donors) if each else [donor]:
            if _duplicate(ctx, code, money.amount, currency):
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
                    amount_usd=fx.to_usd(money.amount, currency, when),
                    amount_usd_stated=usd_stated,
                    date=when,
                    date_source=source,
                    aid_type=kind,
                    purposes=found_purposes,
                    stage=classify.stage(sentence.text),
                    co_donors=[] if each else co_donors,
                    money_text=money.text,
                )
            )


def _neighbour_mentions_ukraine(ctx: _Context, index: int) -> bool:
    paragraph = ctx.sentences[index].paragraph
    for other in (index - 1, index + 1, index - 2):
        if 0 <= other < len(ctx.sentences) and ctx.sentences[other].paragraph == paragraph:
            if UKRAINE.search(ctx.sentences[other].text):
                return True
    return False


def _earlier_larger(ctx: _Context, money: Money, index: int) -> bool:
    return any(p.amount > money.amount and p.currency in money.currencies and ctx.sentences.index_at(p.start) >= index - 3 for p in ctx.pledges)


def _already_extracted(ctx: _Context, money: Money) -> bool:
    return any(p.amount == money.amount and p.currency in money.currencies for p in ctx.pledges)


def _duplicate(ctx: _Context, code: str, amount: float, currency: str) -> bool:
    return any(p.donor_code == code and p.amount == amount and p.currency == currency for p in ctx.pledges)


def _past_month(sentence: str, doc: Document) -> bool:
    """A figure dated to an earlier month or year than the article is background, not news."""
    if doc.published is None:
        return False
    for match in _PAST_MONTH.finditer(sentence):
        if match.group(0) == "last year":
            return True
        if match.group("yearonly"):
            if int(match.group("yearonly")) < doc.published.year:
                return True
            continue
        month = _MONTH_INDEX[match.group("month")]
        year = int(match.group("year")) if match.group("year") else doc.published.year
        if (year, month) < (doc.published.year, doc.published.month) and not (
            year == doc.published.year and month == doc.published.month - 1 and doc.published.day <= 3
        ):
            return True
    return False


def _qualifier(before: str) -> str:
    tail = before[-22:]
    for name, pattern in _cues()["qualifiers"]:
        match = None
        for match in pattern.finditer(tail):
            pass
        if match and not tail[match.end() :].strip(" ,") or (match and len(tail[match.end() :].strip()) <= 4):
            return name
    return "exact"


def _currency(money: Money, donor_code: str) -> str:
    if money.explicit:
        return money.currency
    home = load_reference().donors[donor_code].home_currency
    if home in money.currencies:
        return home
    return money.currency


def _follow_up(ctx: _Context, index: int) -> str:
    """The next sentence when it keeps talking about the same package ("It will be used for ...")."""
    if index + 1 < len(ctx.sentences):
        nxt = ctx.sentences[index + 1]
        if nxt.paragraph == ctx.sentences[index].paragraph and _cues()["carry"].search(nxt.text[:60]) and not find_money(ctx.doc.text, nxt.start, nxt.end):
            return nxt.text
    return ""


def _score(ctx: _Context, mention: DonorMention, money: Money, sentence_start: int) -> float:
    text = ctx.doc.text
    if mention.code in NOT_DONORS:
        return -1.0
    score = 1.0
    prefix = text[max(sentence_start, mention.start - 30) : mention.start]
    if _WEAK_BEFORE.search(prefix):
        score -= 0.8
    if mention.end <= money.start:
        gap_words = len(text[mention.end : money.start].split())
        score += 0.6 - min(gap_words, 30) * 0.01
        if _POSSESSIVE.search(mention.text) and gap_words <= 6:
            score += 0.5
        if mention.start - sentence_start <= 25:
            score += 0.3
        if _SUBJECT_VERB.match(text[mention.end : mention.end + 60]):
            score += 0.4
    else:
        between = text[money.end : mention.start]
        if _STRONG_AFTER_MONEY.match(between):
            score += 1.2
        else:
            score -= 0.3 + min(len(between.split()), 30) * 0.02
    if mention.kind == "person":
        score -= 0.05
    return score


def _resolve_donor(ctx: _Context, index: int, money: Money) -> tuple[str | None, list[str], bool, bool]:
    sentence = ctx.sentences[index]
    mentions = [m for m in ctx.donors_in(index) if m.code not in NOT_DONORS]
    if mentions:
        scored = sorted(((_score(ctx, m, money, sentence.start), m) for m in mentions), key=lambda x: -x[0])
        best_score, best = scored[0]
        if best_score > 0:
            co = _co_donors(ctx, sentence, mentions, best, money)
            each = bool(co) and bool(_EACH.search(ctx.doc.text[money.end : money.end + 40] + ctx.doc.text[max(sentence.start, money.start - 40) : money.start]))
            return best.code, co, each, False
    # Carry the donor over from the sentences before ("It will also send ...").
    for back in range(1, 4):
        other = index - back
        if other < 0:
            break
        candidates = [m for m in ctx.donors_in(other) if m.code not in NOT_DONORS]
        if candidates:
            start = ctx.sentences[other].start
            ranked = sorted(candidates, key=lambda m: (bool(_WEAK_BEFORE.search(ctx.doc.text[max(start, m.start - 30) : m.start])), m.start))
            return ranked[0].code, [], False, True
    return None, [], False, False


def _co_donors(ctx: _Context, sentence, mentions: list[DonorMention], best: DonorMention, money: Money) -> list[str]:
    """Donors joined to the chosen one by 'and' before the figure: a joint pledge."""
    text = ctx.doc.text
    co = []
    for mention in mentions:
        if mention.code == best.code or mention.code in co or mention.end > money.start:
            continue
        lo, hi = sorted([(best.start, best.end), (mention.start, mention.end)])
        between = text[lo[1] : hi[0]]
        if re.fullmatch(r"\s*(?:,|and|, and|&|as well as)\s*(?:the\s+)?", between) or (
            re.fullmatch(r"[\s,\w]*", between) and len(between) < 40 and " and " in between and _JOINT.search(sentence.text)
        ):
            co.append(mention.code)
    if best.start > min((m.start for m in mentions if m.code in co), default=best.start):
        pass
    return co
