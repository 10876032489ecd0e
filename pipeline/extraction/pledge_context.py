"""What one article's pledge extraction shares between its steps: the sentences, what is found so far, why
figures were turned down, and the cue regexes built from cues.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extraction.donors import DonorMention, find_donor_mentions
from pipeline.extraction.money import Money, find_money
from pipeline.extraction.records import AidPledge, Document
from pipeline.extraction.reference import cue_prefilter, cue_regex, load_reference
from pipeline.extraction.sentences import Sentences

# What may open a sentence before its subject: a label ("UPDATE:"), a connective, a time or place clause.
OPENING_CLAUSE = (
    r"(?:[A-Z][\w.]{0,15}:\s+)?(?:(?:In addition|Separately|Meanwhile|Also|Additionally|Moreover|At the same time|On top of that"
    r"|Today|Yesterday|Tonight|Now|[A-Z][a-z]+ly|(?:In|At|On|During|After|Earlier|Later) (?:[\w'’-]+ ){0,5}?[\w'’-]+,?"
    r"|[A-Z][\w'’-]*(?: [\w'’-]+){0,5},)\s+)?"
    r"(?:(?:today|yesterday|now|also|meanwhile)\s+)?"  # "First, today the department announced ..."
)
UNREAD = object()  # a value not computed yet, where None is a real answer
REPORTING_VERB = re.compile(r"\s+(?:said|says|announced|told|confirmed|added|stated)\b")


@dataclass
class PledgeContext:
    doc: Document
    sentences: Sentences
    ukraine_doc: bool
    donor_cache: dict[int, list[DonorMention]] = field(default_factory=dict)
    pledges: list[AidPledge] = field(default_factory=list)
    trace: list[tuple[str, str, str]] | None = None  # (figure, sentence, reason) when explaining
    primary: str | None = None  # the article's main donor, computed once ("" when none)
    surnames: dict[str, str] | None = None  # last names of people named in full, to their donor
    reasons: dict[int, str] = field(default_factory=dict)  # why each figure was turned down, by its offset
    meeting_day: object = UNREAD  # the day of the meeting a roundup's lead reports, once read (None: none)
    named: frozenset[str] | None = None  # every donor code the article names, once read

    def named_codes(self) -> frozenset[str]:
        if self.named is None:
            self.named = frozenset(m.code for m in find_donor_mentions(self.doc.text))
        return self.named

    def reject(self, money: Money, reason: str) -> None:
        self.reasons[money.start] = reason
        if self.trace is not None:
            sentence = self.sentences[self.sentences.index_at(money.start)].text
            self.trace.append((money.text, reason, sentence))

    def donors_in(self, index: int) -> list[DonorMention]:
        if index not in self.donor_cache:
            sentence = self.sentences[index]
            self.donor_cache[index] = find_donor_mentions(self.doc.text, sentence.start, sentence.end)
        return self.donor_cache[index]


@lru_cache(maxsize=1)
def pledge_cues():
    cues = load_reference().cues
    return {
        "aid": cue_regex(cues["aid_cues"]),
        "aid_quick": cue_prefilter(cues["aid_cues"]),
        "cumulative": cue_regex(cues["cumulative"]),
        "background_clause": cue_regex(cues["background_clause"]),
        "background_before": re.compile(r"(?:" + cue_regex(cues["background_before"]).pattern + r")\s*(?:\S+\s+){0,2}$", re.IGNORECASE),
        "background_late": cue_regex(cues["background_late"]),
        "background_after": re.compile(r"^\W{0,3}(?:[\w-]+[,;]?\s+){0,6}?(?:" + cue_regex(cues["background_after"]).pattern + ")", re.IGNORECASE),
        "fresh": re.compile(r"(?:" + cue_regex(cues["fresh"]).pattern + r")\s+(?:\S+\s+)?$", re.IGNORECASE),
        "aggregate": cue_regex(cues["aggregate"]),
        "private": re.compile("|".join(f"(?:{c})" for c in cues["private"]), re.IGNORECASE),
        "conditional": cue_regex(cues["conditional"]),
        "not_aid": cue_regex(cues["not_aid"]),
        "part": cue_regex(cues["part_cues"]),
        "other": re.compile(r"\b(?:to|for|in|into|towards?|with)\s+(?:the\s+)?(?:(?:support|benefit) of (?:the\s+)?)?(?:Republic of\s+)?(?:neighbo\w+\s+|nearby\s+)?(?:" + "|".join(cues["other_recipients"]) + r")\b"),
        "carry": cue_regex(cues["carry_over"]),
        "carry_start": re.compile(r"^\W*" + OPENING_CLAUSE + "(?:" + cue_regex(cues["carry_over"]).pattern + ")", re.IGNORECASE),
        "other_any": re.compile(r"\b(?:" + "|".join(cues["other_recipients"]) + r")"),
        "shared": re.compile(r"\b(?:" + "|".join(cues["shared_recipients"]) + r")\b"),
        "conversion": re.compile(
            r"^\s*(?:\(|,|—|–|-|/)?\s*(?:" + "|".join(cues["conversion_links"]) + r")?\s*(?:" + "|".join(cues["conversion_approximators"]) + r")?\s*(?:an estimated\s+)?$",
            re.IGNORECASE,
        ),
        "late_conversion": re.compile(
            r"(?:[,(]\s*|\b)(?:" + "|".join(cues["conversion_links"] + ["roughly", "approximately", "worth", "about", "around"]) + r")\s+(?:(?:" + "|".join(cues["conversion_approximators"]) + r")\s+)?$",
            re.IGNORECASE,
        ),
        "qualifiers": [(name, cue_regex(words)) for name, words in cues["qualifiers"].items()],
    }


def earlier_money(ctx: PledgeContext, index: int) -> bool:
    for back in range(1, 6):
        if index - back >= 0 and find_money(ctx.doc.text, ctx.sentences[index - back].start, ctx.sentences[index - back].end):
            return True
    return False


def earlier_larger(ctx: PledgeContext, money: Money, index: int) -> bool:
    return any(p.amount > money.amount and p.currency in money.currencies and ctx.sentences.index_at(p.start) >= index - 5 for p in ctx.pledges)


def earlier_joint(ctx: PledgeContext, index: int) -> bool:
    """A joint pledge of several donors found in the last few sentences."""
    return any(p.co_donors and index - 5 <= ctx.sentences.index_at(p.start) < index for p in ctx.pledges)


def already_extracted(ctx: PledgeContext, money: Money) -> bool:
    return any(p.amount == money.amount and p.currency in money.currencies for p in ctx.pledges)
