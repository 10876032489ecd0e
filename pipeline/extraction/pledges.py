"""Aid pledges: a figure, a donor, Ukraine as recipient, and no sign that the figure is something else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extraction import classify, dates, fx
from pipeline.extraction.donors import (
    MADE_IN,
    NOT_DONORS,
    UKRAINE,
    UKRAINE_STEMS,
    DonorMention,
    find_donor_mentions,
    most_named,
)
from pipeline.extraction.money import Money, find_money
from pipeline.extraction.records import AidPledge, Document
from pipeline.extraction.reference import cue_prefilter, cue_regex, load_reference
from pipeline.extraction.sentences import Sentences

MAX_FIGURES = 2_000
MIN_AMOUNT = 10_000  # below this a figure is a price or a count, not an aid package
MAX_PLEDGE_USD = 150e9  # above this a figure is a budget, an economy or a war's cost, never one pledge
_PART_OF_PACKAGE = re.compile(r"^\s*(?:(?:(?:a|per|each) year\s+|annually\s+)?(?:of|from|out of)\s+(?:the|this|that|its|their)\s+(?:new\s+|latest\s+|total\s+|overall\s+)?(?:package|sum|amount|total|funding|money|aid|support|assistance|allocation|budget|envelope|pledges?|tranche|commitments?|contributions?|programme|program|fund|facility)\b|of the new (?-i:[A-Z][\w.]*\s+)?(?:money|aid|support|funding|assistance)\b|of (?:that|this|it)\b)", re.IGNORECASE)
_SENTENCE_PART = re.compile(r"^\W*(?:Of (?:this|that|these|the|it|which)\b|(?:This|That|It|These|The (?:figure|total|sum|amount|tally)) (?:includes|will include|comprises|covers|consists of)\b|(?:The|This|That) (?:\w+ )?(?:money|sum|amount|package|funding|aid|spending|budget)\b[^.]{0,20}\b(?:split|divided|broken down)\b|(?:Much|Most|Part|Some|Half|The bulk|The rest|The remainder|A third|A quarter|Two-thirds) of (?:the|this|that|it)\b|The (?:largest|biggest|main|single largest|largest single) (?:single )?(?:item|component|element|part|chunk)\b|The (?:funds|money|package|aid|support) (?:shall|will|would|is to|are to) be (?:channel+ed|distributed|spent|used|allocated|provided)\b|(?:The|This|That|Its|Their) (?:[\w-]+ ){0,3}(?:package|aid|contribution|support|funding|financing|pledge|tranche|allocation|sum|amount|money|spending|budget|facility|fund|programme|program|plan|deal|agreement|loan|scheme|mechanism|initiative|envelope) (?:includes|will include|comprises|consists of|covers|is made up of|is split|is divided|breaks down|contains)|(?:[\w-]+(?:'s|’s)?\s+){1,5}share of (?:the|this|that)\b)", re.IGNORECASE)
_ASSETS_AFTER = re.compile(r"^\s*(?:worth\s+)?(?:in|of)\s+(?:(?:frozen|immobili[sz]ed|blocked|seized|Russian|Russia's|central|bank|sovereign|state|private|foreign|reserve|the|its)\s+){0,4}assets\b", re.IGNORECASE)
_FROZEN_BEFORE = re.compile(r"\b(?:frozen|immobili[sz]ed|seized|blocked|froze|immobili[sz]es?|produc\w*|generat\w*|earn\w*|yield\w*)\s+(?:(?:about|around|some|roughly|nearly|more than|over|almost)\s+)?$", re.IGNORECASE)
_ORDINAL_WORD = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth))\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)  # "its 44th (package) since ..."
_INSTRUMENT_DESCRIPTION = re.compile(r"^\W*The (?:[A-Z][\w-]*\s+){1,4}(?:provides|offers|consists|comprises|covers|is worth|totals|amounts)\b")
_DEFINITE_OF = re.compile(r"^\W*The (?:[\w-]+\s+){1,4}of (?:up to |around |about |some |nearly )?$")
_OTHER_RECEIVES = re.compile(r"^\W*(?!Ukraine|Kyiv)(?:[A-Z][\w-]+\s+){1,2}(?:is (?:also )?set to |will |would |is to )?(?:receive|receives|received|get|gets|got)\b")
# "its largest package so far", "the biggest military aid package to date": a ranking, not a running total.
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|most|highest|greatest|first)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
_SENTENCE_CUMULATIVE = re.compile(r"^\W*(?:The (?:previous|former) (?:government|administration|cabinet)\b|In (?:20\d\d|the past year|the last year),? (?:the |\w+ ){0,3}(?:provided|gave|disbursed|delivered|spent|allocated|sent)\b|Since (?:the |its |their )?(?:start|beginning|outbreak|invasion|20\d\d|February|full-scale)|Since (?:the |its |their )(?:[\w-]+ ){1,3}(?:was |were )?(?:launched|began|started|created|set up)|So far|To date|Overall|In total|Altogether|All told|Thus far)\b", re.IGNORECASE)
_IF_WOULD = re.compile(r"\bif\b[^.;]{0,150}\b(?:would|could)\b[^.;]{0,80}$", re.IGNORECASE)  # "if all allies gave 0.25%, Ukraine would receive €120bn"
_CONDITIONAL_SENTENCE = re.compile(r"^\W*(?:If|Unless|Should|Were|Had)\b")
_BULLET = re.compile(r"^\s*(?:[•·▪◦*–-]|\d+[.)])\s")
_OWN_BUDGET_BEFORE = re.compile(r"\b(?:defen[cs]e|military|army|armed forces|national security)(?:\s+and\s+(?:security|defen[cs]e))?\s+(?:budget|spending|expenditure)s?\b[^.;]{0,60}$|\binvest\w*\b[^.;]{0,40}\bin (?:Defen[cs]e|the (?:military|armed forces|army|navy|air force|Bundeswehr))\b", re.IGNORECASE)
# "part of a $115 billion package" (the whole another figure belongs to), "in packages of roughly $500m",
# "an average of €1.5bn per month": sizes and wholes, not a pledge.
_TYPICAL_OR_WHOLE = re.compile(r"\bpackages of (?:roughly |about |around |some )?$|\baverage of (?:about |around )?$", re.IGNORECASE)
_PART_OF_WHOLE = re.compile(r"\bpart of (?:a |an |the )?(?:\S+ )?$", re.IGNORECASE)
_IS_PART_OF = re.compile(r"\b(?:is|are|was|were|forms?|formed) (?:also )?part of (?:a |an |the )?(?:[\w-]+ ){0,4}(?:of )?$", re.IGNORECASE)  # "The new EFF is part of a $115bn package"
_COMPARISON = re.compile(r"\b(?:up|down) from (?:about |around |some |roughly )?$|\bcompared (?:with|to) (?:about |around )?$|\bagainst (?:about |around )?$", re.IGNORECASE)
NON_DONOR_CURRENCIES = {"UAH", "RUB", "BYN"}
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,]{0,150},")  # "Estonia, which spends more on defence than ..., says"
_OWN_FORCES = re.compile(r"\b(?:(?:with|for) the (?:\w+ )?(?:military|armed forces|army|navy|air force|Bundeswehr|defen[cs]e forces)\b|(?:to|for) defen[cs]e\b(?!\s+(?:minister|ministry|secretary|chief|officials?|committee))|(?:in|on) (?:defen[cs]e|the military|the armed forces|the army)\b|for the Bundeswehr|special fund for|munitions production|defen[cs]e industr\w*|industrial base|(?:its|their) own (?:armed forces|military|army|defen[cs]e)|moderni[sz]e (?:its|their) (?:armed forces|military|army)|(?:strengthen|moderni[sz]e|equip|expand|rebuild) (?:the |its |their )?(?!Ukrain)(?:[A-Z]\w+ )?(?:armed forces|military|army|navy|air force)|[Dd]efen[cs]e [Rr]eview|warfighting|[Pp]lan for (?:\w+ and )?[Dd]efen[cs]e|(?:its|their) armed forces|defen[cs]e (?:spending|budget|expenditure)|military budget|(?:per ?cent|%) of (?:GDP|gross domestic product))", re.IGNORECASE)
# Unmistakably a state's own forces, even in a sentence that also names Ukraine ("tanks for the Bundeswehr").
_OWN_FORCES_NEAR = re.compile(r"\breplenish\w*\b|\b(?:current |ongoing )?(?:U\.?S\.? )?military operations\b|\bfor the Bundeswehr\b|\b(?:its|their) own (?:armed forces|military|army|navy|air force)\b|\bfor (?:its|their) (?:armed forces|army|navy|air force)\b|\b[Dd]efen[cs]e (?:[Cc]apability|[Ii]nvestment) [Pp]lan\b")
_AID_NOUN = re.compile(r"\b(?:aid|assistance|support|package|donation|contribution|pledge|tranche|grant|loan|lend\w*|pledg\w*|provid\w*|giv(?:e|es|ing)|gave|send\w*|sent|donat\w*|contribut\w*|allocat\w*|earmark\w*|disburs\w*|transfer\w*|put|puts|add(?:s|ed|ing)?|commit\w*|deliver\w*|suppl(?:y|ies|ied)|announc\w*|offer\w*|promis\w*|approv\w*|releas\w*|gift\w*|fund(?:s|ed|ing)?|financ\w*|available)\b", re.IGNORECASE)
_GOVERNMENT = re.compile(
    r"^\W*(?:[A-Z][\w.]{0,15}:\s+)?(?:(?:In addition|Separately|Meanwhile|Also|[A-Z][a-z]+ly|(?:At|On|During|After|Earlier|Later) (?:[\w'’-]+ ){0,4}?[\w'’-]+,?|[A-Z][\w'’-]*(?: [\w'’-]+){0,5},)\s+)?(?:(?i:the (?:\w+ ){0,3}?(?:government|ministry|cabinet|minister|prime minister|chancellor|president|country|defen[cs]e secretary|foreign secretary|secretary))\b"
    r"|(?:Prime Minister|President|Chancellor|(?:Defen[cs]e|Foreign|Finance|Development|Economy) (?i:minister|secretary)|Minister of \w+(?: \w+)?) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
_OWN_INSTITUTION = re.compile(r"\b(?:(?:his|her|its|their|our) (?:ministry|government|country|cabinet|department)|we|our|(?:by|from) the (?:federal )?(?:cabinet|government|ministry|parliament)|the federal government)\b", re.IGNORECASE)
_AID_WORDS = re.compile(r"\b(?:aid|assistance|support|package|help|provid\w*|loans?|lend\w*|grant|tranche|donat\w*|pledg\w*|giv(?:e|es|ing)|gave|contribut\w*|allocat\w*)\b", re.IGNORECASE)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PAST_VERB_MONTH = re.compile(rf"\b(?:agreed|pledged|announced|promised|approved|signed|adopted|committed)\s+(?:\w+\s+){{0,3}}?((?:in|since|last)\s+(?:early\s+|late\s+|mid-)?(?:{_MONTHS})(?:\s+20\d\d)?|in\s+20\d\d)\b", re.IGNORECASE)
_LEAD_DATE = re.compile(rf"^\W*(?:In|Since|Back in|Last)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})(?:\s+20\d\d)?|20\d\d|year)\b")
_MONTH_INDEX = {m: i + 1 for i, m in enumerate(_MONTHS.split("|"))}
_PAST_MONTH = re.compile(rf"\b(?i:in|since|back in|earlier in|from|last)\s+(?:early\s+|late\s+|mid-)?(?P<month>{_MONTHS})(?:\s+(?P<year>20\d\d))?\b|\b(?i:in|since)\s+(?P<yearonly>20\d\d)\b(?!\s*[-–])|\b(?i:last year)\b")
_REPORTING_VERB = re.compile(r"\s+(?:said|says|announced|told|confirmed|added|stated)\b")
_RUNNING_TOTAL = re.compile(r"\b(?:hits?|top(?:s|ped)?|reach(?:es|ed)?|surpass\w*|exceed\w*|pass(?:es|ed)?|cross(?:es|ed)?)\s+(?:a\s+)?(?:new\s+)?(?:record\s+)?(?:of\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$", re.IGNORECASE)
_REMAINING_AFTER = re.compile(r"^[^.;]{0,60}\b(?:remain(?:s|ing)?|left over|left (?:in|to|for|under)|still available|unspent|unused)\b", re.IGNORECASE)
_FRAME_OF = re.compile(r"\b(?:framework|envelope|ceiling|frame|budget line|programme|program|facility|fund)\s+of\s+(?:(?:up to|about|around|some)\s+)?$", re.IGNORECASE)
_MORE_THAN_ANY = re.compile(r"^[^.;]{0,60}\bmore than any\b", re.IGNORECASE)
_UNDER_EARLIER = re.compile(r"^\W*Under (?:that|the same|an earlier|a previous|the previous|last year's|this year's) (?:\w+ ){0,2}(?:agreement|deal|accord|pact|plan|arrangement|scheme|programme|program)\b", re.IGNORECASE)
_FOR_UKRAINE_AFTER = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:in [\w-]+ (?:aid|support|assistance)\s+)?(?:for|to) (?:Ukraine|Kyiv)\b")
_UKRAINE_STEM = re.compile("|".join(UKRAINE_STEMS))  # no word boundaries: a fast superset of UKRAINE
# "would" is left out: "said in October it would give" reports a past statement.
_FUTURE = re.compile(r"\b(?:will|shall|next|due|scheduled|expected|upcoming|planned|to be)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:’s|'s)$")
_SUBJECT_VERB = re.compile(
    r"^[\s,]*(?:(?:has|have|had|is|was|will|would|also|now|on \w+|today|this week|last week|just|recently|officially|publicly|further|already|separately)\s+)*"
    r"(?:announc|pledg|promis|commit|provid|giv|gave|send|sent|suppl|deliver|donat|contribut|allocat|earmark|disburs|approv|sign|grant|offer|fund|financ|transfer|unveil|prepar|plan|agree|said|says|confirm|decid|intend|lend|loan|rais|add|step|boost|hand|back|set|put|releas|gift|mobili)",
    re.IGNORECASE,
)
_WEAK_BEFORE = re.compile(
    r"(?:\bto|\bfor|\bthrough|\bvia|\bwith|\bagainst|\bthan|\blike|\bunlike|\bmember of|\bmembers of|\bpartner in|\bpartners in|\ballies in|\bin the|\bamong|\bbetween|\bbeside|\bbesides|\bjoin(?:ed|ing|s)?|\bsuch as|\bincluding|\bthanked|\bthanks|\bvisits?|\bvisited|\bvisiting|\bmeet|\bmeets|\bmet|\bmeeting|\bone of|\bpartners? of|\bally of|\bin|\bat|\badministered by|\bmanaged by|\brun by|\bhosted by|\bled by|\bcoordinated by|\bchaired by|\bheaded by|\brequested by|\binitiated by|\binto|\bof which|(?-i:\b[Ii]n\s+[A-Z][\w-]+,))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STRONG_AFTER_MONEY = re.compile(r"^\W{0,3}(?:[\w-]+\s+){0,8}?(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"(?:\bof|\bout of|\bfrom|\bwithin|\bunder)\s+(?:the|its|this|that|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_BETWEEN = re.compile(r"between\s+$", re.IGNORECASE)
_BROKEN_DOWN = re.compile(r"\b(?:made up of|consists? of|consisting of|compris(?:es|ing)|broken down into|splits? (?:between|into)|divided (?:between|into))\b", re.IGNORECASE)
_TAKES_TOTAL_TO = re.compile(r"\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\b[^.;]{0,100}\bto\s+(?:(?:about|around|some|nearly|almost|more than|over|roughly)\s+)?$", re.IGNORECASE)
_CORRECTION_OR_CLAIM = re.compile(r"^\W*Correction\b|\b(?:the|a|this|that) claim\b|\bclaim(?:s|ed)? that\b|\b(?:misstated|misreported|incorrectly|erroneously|wrongly (?:said|stated|reported|gave))\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*share of (?:the|its|a)\b", re.IGNORECASE)  # "its $20 billion share of the G7 loan"
_SHARE_OF = re.compile(r"(?:'s|’s)\s+(?:allocation|share|quota|portion|slice)\s+(?:of\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$", re.IGNORECASE)
_POSSESSIVE_INSTRUMENT = re.compile(r"\bthe\s+[\w.-]+(?:'s|’s)\s+(?:[\w-]+,?\s+){0,2}$", re.IGNORECASE)  # "the EU's four-year, €50bn facility"
_NAMED_INSTRUMENT = re.compile(r"\bthe\s+[A-Z][\w.&-]*(?:'s|’s)\s+(?:new\s+)?$")
# "the gap in external financing was around $40bn", "a shopping list put at over $20bn": what is needed.
_NEED_BEFORE = re.compile(r"\b(?:gap|shortfall|deficit|needs?|requirements?|shopping list|wish list)\b[^.;]{0,120}\b(?:is|was|are|were|stands at|totals?|amounts? to|put at|estimated at)\s+(?:(?:about|around|some|roughly|nearly|an estimated|at least|well over|over|more than)\s+)?$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:has not|have not|hasn't|haven't|did not|didn't|never|not)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DATED_RIGHT_AFTER = re.compile(rf"^\s*(?:\S+\s+){{0,4}}?(?:last|in)\s+(?:{_MONTHS})\b")
_GOES_ON = re.compile(r"\b(?:and|while|whereas)\b", re.IGNORECASE)
_NEW_TURN = re.compile(r"\b(?:will|plans?|intends?|next|new|another|further|additional|fresh|now|today|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.IGNORECASE)
_ADDING_ON = re.compile(r"^\W*(?:In addition|Additionally|Also|On top of (?:that|this)|Besides|Furthermore),?\s", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have) (?:been |also |so far |already )*\w+(?:ed|en|ne|de|t)\b", re.IGNORECASE)
_YEARLY_AFTER = re.compile(r"^\s*(?:(?:a|per|each|every) year|annually|a month|per month)\b", re.IGNORECASE)
_DEFINITE_SUBJECT = re.compile(r"^\W*(?:The (?:\w+ )?(?:package|programme|program|plan|aid|support|fund|money|framework)|It|This)\b", re.IGNORECASE)
_JOINT_SHARE_AFTER = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:to|towards|for|into) the (?:joint|combined|common|collective) (?:package|fund|purchase|order|contribution|initiative|pot)\b", re.IGNORECASE)
_NOT_UKRAINE_ALONE = re.compile(r"[^.;]{0,40}?\b(?:worldwide|around the world|across the world|globally)\b|[^.;]{0,80}?\bInvestment Fund\b", re.IGNORECASE)
# "paid out €1bn under the ... loan of up to €18.1bn", "the Nansen Programme, which amounts to NOK 85bn": the
# instrument a payment belongs to, described again.
_INSTRUMENT_OF = re.compile(r"\bunder (?:its|their) $|\b(?:profits|proceeds|revenues?|windfall) (?:\S+ ){0,2}(?:from|of|on) (?:the )?(?:frozen|immobili[sz]ed)\b[^.;]{0,40}$|\bunder the (?:[\w-]+ ){0,6}(?:loan|facility|programme|program|framework|fund|instrument|package) of (?:up to |about |around )?$|\b(?:Programme|Program|Facility|Fund|Initiative|Framework|Plan)\b[^.;]{0,60},\s*which (?:now )?(?:amounts? to|totals?|is worth|comes to|has a budget of|will provide|provides)\s+(?:(?:about|around|some)\s+)?$", re.IGNORECASE)
_SUM_APPROVED = re.compile(r"\b(?:a sum|an amount|money|funds|which was|that was) (?:\S+ ){0,2}(?:approved|agreed|voted|earmarked|announced|pledged)\b(?P<when>[^.;]{0,60})", re.IGNORECASE)
# "X have previously contributed, and on Monday Iceland announced ISK 300m": the news comes after the background.
_FRESH_TIME = re.compile(r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|this week|yesterday)\b", re.IGNORECASE)
_SPENT_ON_AFTER = re.compile(r"^\s*(?:will|would|is to|are to|is|are)\s+(?:go|be (?:used|spent|channel+ed|allocated|earmarked|directed))\s+(?:to|for|towards|through|on)\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:including|which|who|while|whereas|but|taking|bringing|lifting|raising|pushing)\b", re.IGNORECASE)
_AID_VERB = re.compile(r"\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|send(?:s|ing)?|sent|pledg(?:e|ed|ing)|announc\w*|commit(?:s|ted|ting)?|allocat(?:e|es|ed|ing)|add(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|offer(?:s|ed|ing)?)\b", re.IGNORECASE)
_DISBURSED_AFTER = re.compile(r"^\s*(?:would|will|is to|are to|to|could) be (?:disbursed|paid out|released)\b", re.IGNORECASE)
_HOME_REFUGEES = re.compile(r"\b(?:accommodation|housing|shelter|reception) (?:\w+ ){0,2}for (?:\w+ ){0,2}refugees\b|\brefugees\b[^.;]{0,40}\barriving in\b|\bhost(?:ing)? (?:\w+ )?refugees\b", re.IGNORECASE)
_TO_UKRAINE = re.compile(r"\b(?:for|to)\s+(?:Ukraine|Kyiv)\b")


@dataclass
class _Context:
    doc: Document
    sentences: Sentences
    ukraine_doc: bool
    donor_cache: dict[int, list[DonorMention]] = field(default_factory=dict)
    pledges: list[AidPledge] = field(default_factory=list)
    trace: list[tuple[str, str, str]] | None = None  # (figure, sentence, reason) when explaining
    primary: str | None = None  # the article's main donor, computed once ("" when none)
    surnames: dict[str, str] | None = None  # last names of people named in full, to their donor
    reasons: dict[int, str] = field(default_factory=dict)  # why each figure was turned down, by its offset

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
def _cues():
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
        "carry_start": re.compile(r"^\W*(?:[A-Z][\w.]{0,15}:\s+)?(?:(?:In addition|Separately|Meanwhile|Also|Additionally|Moreover|At the same time|On top of that|Today|Yesterday|Tonight|Now|[A-Z][a-z]+ly|(?:In|At|On|During|After|Earlier|Later) (?:[\w'’-]+ ){0,5}?[\w'’-]+,?|[A-Z][\w'’-]*(?: [\w'’-]+){0,5},)\s+)?(?:" + cue_regex(cues["carry_over"]).pattern + ")", re.IGNORECASE),
        "other_any": re.compile(r"\b(?:" + "|".join(cues["other_recipients"]) + r")"),
        "shared": re.compile(r"\b(?:" + "|".join(cues["shared_recipients"]) + r")\b"),
        "conversion": re.compile(
            r"^\s*(?:\(|,|—|–|-|/)?\s*(?:" + "|".join(cues["conversion_links"]) + r")?\s*(?:" + "|".join(cues["conversion_approximators"]) + r")?\s*(?:an estimated\s+)?$",
            re.IGNORECASE,
        ),
        "late_conversion": re.compile(
            r"(?:[,(]\s*|\b)(?:" + "|".join(cues["conversion_links"] + ["roughly", "approximately", "worth"]) + r")\s+(?:(?:" + "|".join(cues["conversion_approximators"]) + r")\s+)?$",
            re.IGNORECASE,
        ),
        "qualifiers": [(name, cue_regex(words)) for name, words in cues["qualifiers"].items()],
    }


def extract_pledges(doc: Document, sentences: Sentences, trace: list | None = None) -> list[AidPledge]:
    text = doc.text
    if not _UKRAINE_STEM.search(text):
        return []
    first = UKRAINE.search(text)
    if first is None:
        return []
    ukraine_mentions = 1 + sum(1 for _ in zip(range(2), UKRAINE.finditer(text, first.end()), strict=False))
    ctx = _Context(doc, sentences, ukraine_mentions >= 3, trace=trace)
    # A document with thousands of figures is a data dump, not news: look at the first ones only.
    monies = [m for m in _candidate_money(ctx) if m.amount >= MIN_AMOUNT][:MAX_FIGURES]
    by_sentence: dict[int, list[Money]] = {}
    for money in monies:
        by_sentence.setdefault(sentences.index_at(money.start), []).append(money)
    for index in sorted(by_sentence):
        _sentence_pledges(ctx, index, by_sentence[index])
    return ctx.pledges


def _candidate_money(ctx: _Context) -> list[Money]:
    """Figures in sentences with aid wording: the only ones _sentence_pledges can take. Looking for money
    only there skips most of a long article; when explaining, every figure is kept so each gets a reason."""
    if ctx.trace is not None:
        return find_money(ctx.doc.text)
    cues = _cues()
    found: list[Money] = []
    for sentence in ctx.sentences.items:
        if cues["aid_quick"].search(sentence.text.lower()) and cues["aid"].search(sentence.text):
            found += find_money(ctx.doc.text, sentence.start, sentence.end)
    return found


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
            if cues["late_conversion"].search(gap[-35:]) and money.currency != prev["money"].currency and "USD" in (money.currency, prev["money"].currency) and not [m for m in find_donor_mentions(text, prev["money"].end, money.start) if m.code not in NOT_DONORS]:
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
    near_ukraine = sentence_has_ukraine or _neighbour_mentions_ukraine(ctx, index)
    if not cues["aid"].search(sentence.text):
        for group in groups:
            ctx.reject(group["money"], "no aid wording in the sentence")
        return
    for position, group in enumerate(groups):
        money: Money = group["money"]
        before = text[max(sentence.start, money.start - 60) : money.start]
        after = text[money.end : min(sentence.end, money.end + 60)]
        near_before = text[max(sentence.start, money.start - 30) : money.start]
        reason = _not_a_pledge(ctx, groups, position, index, before, after, near_before)
        if reason:
            ctx.reject(money, reason)
            continue
        if (cues["other"].search(sentence.text) or cues["other_any"].search(sentence.text)) and not sentence_has_ukraine:
            ctx.reject(money, "aid to another country")
            continue
        if not near_ukraine and not (ctx.ukraine_doc and not cues["other"].search(paragraph_text) and _AID_NOUN.search(sentence.text)):
            ctx.reject(money, "no mention of Ukraine nearby")
            continue
        donor, co_donors, each, from_context = _resolve_donor(ctx, index, money, groups[position - 1]["money"] if position else None)
        if from_context and money.explicit:
            # Taken from context, the donor must fit the currency: 20 billion won come from Seoul, not Warsaw.
            donor = _donor_for_currency(money.currency) or donor
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
        amount_usd = fx.to_usd(money.amount, currency, when)
        if amount_usd is not None and amount_usd > MAX_PLEDGE_USD:
            ctx.reject(money, "larger than any aid package: a budget or an economy-wide figure")
            continue
        scope = sentence.text + " " + _follow_up(ctx, index)
        found_purposes = classify.purposes(scope)
        context = " ".join(filter(None, [ctx.doc.title, _paragraph_text(ctx, index)]))
        kind = classify.aid_type(sentence.text, money.start - sentence.start, found_purposes, donor_code=donor,
                                 context=context, donor_kind=ref.donors[donor].kind)
        usd_stated = group["usd_stated"] if group["usd_stated"] is not None else (money.amount if currency == "USD" else None)
        confidence = 0.55 + 0.15 * sentence_has_ukraine + 0.15 * (not from_context) + 0.1 * bool(cues["aid"].search(before + after))
        for code in ([donor] + co_donors) if each else [donor]:
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


def _not_a_pledge(ctx: _Context, groups: list[dict], position: int, index: int, before: str, after: str, near_before: str) -> str | None:
    """Why the figure at ``position`` is not a new aid pledge, or None."""
    cues = _cues()
    text = ctx.doc.text
    sentence = ctx.sentences[index]
    money: Money = groups[position]["money"]
    amounts = [g["money"].amount for g in groups]
    if position + 1 < len(groups):
        gap = text[money.end : groups[position + 1]["money"].start]
        if re.match(r"^\s*(?:of|out of|from|within|as part of|part of)\s+(?:the|its|this|that|a|an)\s+(?:[\w-]+\s+){0,3}$", gap, re.IGNORECASE):
            return "part of a larger figure in the same sentence"
    inherited = _inherited_reason(ctx, groups, position, index)
    if inherited:
        return inherited
    if _DISBURSED_AFTER.match(after) and _earlier_larger(ctx, money, index):
        return "a disbursement of a programme found before (\"$2.7bn would be disbursed immediately\")"
    if _SPENT_ON_AFTER.match(after) and _earlier_larger(ctx, money, index) and _in_breakdown(ctx, money) \
            and not re.search(r"\bseparate(?:ly)?\b", sentence.text, re.IGNORECASE):
        return "a part of the package before, told by where it goes (\"NOK 1.5bn will go to the fund\")"
    if _PART_OF_PACKAGE.match(after):
        return "part of a package (\"X of the package\")"
    if any(re.match(r"^\s*of (?:that|this|it)\b", text[g["money"].end : g["money"].end + 12]) for g in groups):
        return "one of several shares of a figure given before"
    if _SENTENCE_PART.match(sentence.text) and (position > 0 or ctx.pledges or _earlier_money(ctx, index)):
        return "part of a package described earlier (\"Of this amount ...\", \"The package includes ...\")"
    # The share for Ukraine of a larger total for several recipients is itself the pledge.
    ukraine_share = bool(_FOR_UKRAINE_AFTER.match(after)) and any(
        g["money"].amount > money.amount and not _FOR_UKRAINE_AFTER.match(text[g["money"].end :]) for g in groups[:position])
    if cues["part"].search(near_before) and not ukraine_share and (any(a > money.amount for a in amounts[:position]) or _earlier_larger(ctx, money, index)):
        return "sub-allocation of a headline figure"
    if _REFERENCE_BEFORE.search(before[-25:]) and any(a < money.amount for a in amounts[position + 1 :]) and _already_extracted(ctx, money):
        return "headline restated to introduce its parts"
    if position > 0 and not ukraine_share and re.search(r"(?:\bwith|\bincluding|\bof which)\s+$", near_before, re.IGNORECASE) and any(a > money.amount for a in amounts[:position]):
        return "part of an earlier figure in the sentence"
    head = text[sentence.start : money.start]
    if _CORRECTION_OR_CLAIM.search(sentence.text):
        return "a correction, or a claim being fact-checked, not a pledge"
    if len(groups) > 1 and _BROKEN_DOWN.search(head):
        return "one of the parts a total is broken down into"
    if _RUNNING_TOTAL.search(near_before):
        return "a running total (\"aid tops $22bn\")"
    if _REMAINING_AFTER.match(after) or _MORE_THAN_ANY.match(after):
        return "an amount left over or a comparison of totals, not a new pledge"
    if (_FRAME_OF.search(near_before) and not re.search(r"\bnew\b", before, re.IGNORECASE)) or _UNDER_EARLIER.match(sentence.text):
        return "an existing framework or agreement, not a new pledge"
    # "$95bn foreign aid package that includes nearly $61bn for Ukraine": the part for Ukraine is the pledge.
    later_for_ukraine = any(_FOR_UKRAINE_AFTER.match(text[g["money"].end :]) for g in groups[position + 1 :])
    if later_for_ukraine and not _FOR_UKRAINE_AFTER.match(after) and amounts[position] > min(amounts[position + 1 :]):
        return "a total for several recipients; its part for Ukraine is the pledge"
    if _NEED_BEFORE.search(head):
        return "a financing need or shopping list, not a pledge"
    if _NEGATED.search(near_before):
        return "negated (\"Spain has not sent €10bn\")"
    if _TAKES_TOTAL_TO.search(head):
        return "cumulative total (\"took its support to £3bn\")"
    if _SHARE_OF.search(near_before) or _SHARE_AFTER.match(after):
        return "a member's share of a common fund, not a pledge to Ukraine"
    if _NAMED_INSTRUMENT.search(near_before) or _INSTRUMENT_OF.search(text[sentence.start : money.start]):
        return "definite reference to a known instrument (\"the G7's $50bn loan\")"
    # The clause of this figure only: "has so far given €5bn, and will provide another €1bn" dates the first.
    clause_start = max(sentence.start, money.start - 100, groups[position - 1]["money"].end if position else 0)
    rest = text[money.end : min(sentence.end, money.end + 100)]
    rest = rest[: m.start()] if (m := _NEW_CLAUSE.search(rest)) else rest
    window = text[clause_start : money.start] + money.text + rest
    cumulative = next((c for c in cues["cumulative"].finditer(window) if not _reported_past_perfect(window, c)), None)
    if cumulative and not (
        (cumulative.group(0).lower() in {"so far", "to date", "thus far"} and _SUPERLATIVE.search(window[: cumulative.start()]))
        or (cumulative.group(0).lower().startswith("since") and (_ORDINAL.search(window[: cumulative.start()]) or _SUPERLATIVE.search(window[: cumulative.start()])))
    ):
        return "cumulative total"
    if re.match(r"^\W*Earlier,", sentence.text):
        return "earlier pledge mentioned as background (\"Earlier, Bern announced ...\")"
    if _SENTENCE_CUMULATIVE.match(sentence.text):
        return "cumulative total (\"Since the start of the war, ...\")"
    estimate_from = groups[position - 1]["money"].end if position else sentence.start  # "spent an estimated €180m ..., pledged a further €175m"
    if re.search(r"\b(?:estimat\w*|assess\w*|forecast\w*|projected|calculat\w*)\b", text[estimate_from : money.start], re.IGNORECASE):
        return "an estimate, not a pledge"
    if _INSTRUMENT_DESCRIPTION.match(sentence.text) or _DEFINITE_OF.search(text[sentence.start : money.start]):
        return "description of a known instrument (\"The Ukraine Facility provides up to €50bn\")"
    if _OTHER_RECEIVES.search(text[sentence.start : money.start]) or _another_state_receives(ctx, index, money):
        return "another country receives it"
    if _CONDITIONAL_SENTENCE.match(sentence.text) or _IF_WOULD.search(text[sentence.start : money.start]):
        return "hypothetical (\"If every member gave ...\")"
    if _BULLET.match(sentence.text) and _intro_with_total(ctx, index):
        return "an item of a package listed under its total"
    if _OWN_BUDGET_BEFORE.search(text[max(sentence.start, money.start - 90) : money.start]) and not re.search(r"(?<!excluding aid )(?<!except aid )\b(?:for|to) (?:Ukraine|Kyiv)\b", before[-40:]):
        return "a defence budget figure"
    if re.search(r"(?:Ukraine|Kyiv)['’]s\s+(?:own\s+|current\s+|existing\s+)?$", near_before):
        return "Ukraine's own programme or budget, not a new pledge"
    private = cues["private"].search(text[sentence.start : money.start])
    if private and not re.search(r"\b(?:to|for|through|via|with|from)\s+(?:the\s+)?(?:\S+\s+){0,4}$", text[sentence.start : sentence.start + private.start()]):
        return "private donations, charities or companies"
    if cues["aggregate"].search(head[-120:] + money.text + after):
        return "a total over many donors"
    if cues["conditional"].search(before + money.text + after[:60]):
        return "conditional, requested or blocked: not a pledge"
    if (re.search(r"\b(?:the|this|the full|the first)\s+$", near_before, re.IGNORECASE) and not re.search(r"\b(?:of|from|out of|within)\s+the\s+$", near_before, re.IGNORECASE)) \
            or _POSSESSIVE_INSTRUMENT.search(near_before):
        return "definite reference to a figure already known (\"the €50bn facility\")"
    if _HOME_REFUGEES.search(text, money.end, min(sentence.end, money.end + 120)):
        return "the cost of hosting refugees at home, not aid to Ukraine"
    if _NOT_UKRAINE_ALONE.match(text, money.end, min(sentence.end, money.end + 100)):
        return "money for the whole world or an investment fund, not aid to Ukraine"
    if _other_recipient(ctx, sentence, money):
        return "aid to another country"
    opening_date = _LEAD_DATE.match(sentence.text)
    if opening_date and _past_month(opening_date.group(0), ctx.doc):
        return "dated to an earlier month: background (\"In April, a further €2.1bn ...\")"
    fresh = cues["fresh"].search(near_before)
    if not fresh:
        background = cues["background_before"].search(before)
        if background and not _reported_past_perfect(before, background):
            return "earlier pledge mentioned as background"
        if cues["background_after"].search(after) or cues["background_late"].search(text[money.end : min(sentence.end, money.end + 120)]):
            return "earlier pledge mentioned as background"
        lead = _LEAD_DATE.match(sentence.text)
        clause_start = groups[position - 1]["money"].end if position else sentence.start
        earlier_cue = cues["background_clause"].search(text[clause_start : money.start])
        if earlier_cue and not _FRESH_TIME.search(text, clause_start + earlier_cue.end(), money.start):
            return "earlier pledge mentioned as background (\"earlier this year\")"
        approved = _SUM_APPROVED.search(text, money.end, sentence.end)
        if approved and _past_month(approved.group("when"), ctx.doc):
            return "dated to an earlier month: background (\"a sum approved by the budget committee in March\")"
        if _past_month(before + " " + text[money.end : min(sentence.end, money.end + 90)], ctx.doc, sentence.text) or (lead and _past_month(lead.group(0), ctx.doc)) or _past_month(
            " ".join(_PAST_VERB_MONTH.findall(sentence.text)), ctx.doc
        ):
            return "dated to an earlier month: background"
    if fresh and _DATED_RIGHT_AFTER.match(after) and _past_month(after[:40], ctx.doc):
        return "dated to an earlier month: background (\"a further $1.3bn last October\")"
    if _ASSETS_AFTER.match(after) or _FROZEN_BEFORE.search(near_before) or re.match(r"^\s*(?:of|from)\s+(?:these|those)\s+(?:windfall\s+)?(?:profits|proceeds)\b", after):
        return "frozen or immobilised assets themselves, not aid"
    if _COMPARISON.search(near_before) or _TYPICAL_OR_WHOLE.search(near_before) or (position > 0 and _PART_OF_WHOLE.search(near_before)) or _IS_PART_OF.search(before):
        return "a comparison figure (\"up from €8bn\")"
    if money.currency in NON_DONOR_CURRENCIES:
        return "Ukrainian or Russian currency: domestic money, not foreign aid"
    if not UKRAINE.search(sentence.text) and _OWN_FORCES.search(_ASIDE.sub(" ", sentence.text)):
        return "own armed forces or defence budget"
    if _OWN_FORCES_NEAR.search(text[max(sentence.start, money.start - 80) : min(sentence.end, money.end + 80)]) and not _TO_UKRAINE.search(after[:25]):
        return "own armed forces or defence plan (\"tanks for the Bundeswehr\")"
    local = text[max(sentence.start, money.start - 35) : min(sentence.end, money.end + 50)]
    if cues["not_aid"].search(local) and not _AID_WORDS.search(before[-70:] + " " + after[:50]) and not _TO_UKRAINE.search(text[money.end : min(sentence.end, money.end + 150)]):
        return "money that is not aid (budget, assets, costs, private donations)"
    return None


def _other_recipient(ctx: _Context, sentence, money: Money) -> bool:
    """'€10bn for Hungary', 'to Moldova': a state named as recipient, in a sentence without Ukraine."""
    ref = load_reference()
    near = ctx.doc.text[money.end : min(sentence.end, money.end + 100)]
    other = _cues()["other"].search(near)
    if other and not UKRAINE.search(near[: other.start()]):
        return True  # "NOK 100 million to Moldova", even in a sentence that mentions Ukraine
    other_names = _cues()["other_any"].pattern + "|" + _cues()["shared"].pattern
    near = ctx.doc.text[money.end : min(sentence.end, money.end + 100)]
    if re.search(rf"(?:Ukraine|Kyiv)\s*(?:,|and|&)\s*(?:the\s+)?(?:{other_names})|(?:{other_names})\s*(?:,|and|&)\s*(?:the\s+)?(?:Ukraine|Kyiv)", near):
        return True  # "$9bn for Ukraine, Gaza and other crises": shared with other recipients
    for mention in ctx.donors_in(ctx.sentences.index_at(sentence.start)):
        # "US$1.5 million to the Lithuanian government to support Ukrainian refugees living in Lithuania"
        if mention.kind == "demonym" and money.end <= mention.start <= money.end + 40 and mention.code not in NOT_DONORS \
                and re.search(r"\bto the\s+$", ctx.doc.text[mention.start - 8 : mention.start]) \
                and re.match(r"\s+(?:government|authorities|state|ministry)\b", ctx.doc.text[mention.end : mention.end + 20]):
            return True
    if UKRAINE.search(sentence.text):
        return False
    for mention in ctx.donors_in(ctx.sentences.index_at(sentence.start)):
        if ref.donors[mention.code].kind != "state" or mention.kind not in {"name", "capital", "demonym"} or not money.end <= mention.start <= money.end + 60:
            continue
        preps = r"\b(?:to|for|in)\s+(?:the\s+)?$" if mention.kind == "name" else r"\bfor\s+$"
        if re.search(preps, ctx.doc.text[max(sentence.start, mention.start - 12) : mention.start]):
            return True
    return False


def _intro_with_total(ctx: _Context, index: int) -> bool:
    """A bulleted line under an introduction that gave the total ("... agreements worth €2.3bn:")."""
    for back in range(1, 12):
        if index - back < 0:
            return False
        prev = ctx.sentences[index - back]
        if not _BULLET.match(prev.text):
            if find_money(ctx.doc.text, prev.start, prev.end):
                return True
            # "The agreements include:" introduces the list; the total is in the sentence before it.
            if (prev.text.rstrip().endswith(":") or re.search(r"\binclud\w*\b", prev.text)) and index - back - 1 >= 0:
                earlier = ctx.sentences[index - back - 1]
                return bool(find_money(ctx.doc.text, earlier.start, earlier.end))
            return False
    return False


def _earlier_money(ctx: _Context, index: int) -> bool:
    for back in range(1, 6):
        if index - back >= 0 and find_money(ctx.doc.text, ctx.sentences[index - back].start, ctx.sentences[index - back].end):
            return True
    return False


def _paragraph_text(ctx: _Context, index: int) -> str:
    paragraph = ctx.sentences[index].paragraph
    parts = [s.text for s in ctx.sentences.items[max(0, index - 6) : index + 6] if s.paragraph == paragraph]
    return " ".join(parts)


def _neighbour_mentions_ukraine(ctx: _Context, index: int) -> bool:
    paragraph = ctx.sentences[index].paragraph
    for other in (index - 1, index + 1, index - 2):
        if 0 <= other < len(ctx.sentences) and ctx.sentences[other].paragraph == paragraph and UKRAINE.search(ctx.sentences[other].text):
            return True
    return False


def _earlier_larger(ctx: _Context, money: Money, index: int) -> bool:
    return any(p.amount > money.amount and p.currency in money.currencies and ctx.sentences.index_at(p.start) >= index - 5 for p in ctx.pledges)


def _already_extracted(ctx: _Context, money: Money) -> bool:
    return any(p.amount == money.amount and p.currency in money.currencies for p in ctx.pledges)


def _duplicate(ctx: _Context, code: str, amount: float, currency: str) -> AidPledge | None:
    return next((p for p in ctx.pledges if p.donor_code == code and p.amount == amount and p.currency == currency), None)


def _past_month(sentence: str, doc: Document, whole: str = "") -> bool:
    """A figure dated to an earlier month or year than the article is background, not news. ``whole`` is the
    full sentence when ``sentence`` is only the window around the figure."""
    if doc.published is None:
        return False
    for match in _PAST_MONTH.finditer(sentence):
        if match.group(0).lower().startswith("since") and _ORDINAL_WORD.search(whole or sentence[: match.start()]):
            continue  # "its forty-third drawdown since August 2021" counts packages; it does not date this one
        if match.group(0).lower() == "last year":
            # "this year, the same as last year" compares; it does not date the figure.
            if re.search(r"\b(?:as|than|from|since)\s+$", sentence[: match.start()]) or re.search(r"\b(?:this|next) year\b", sentence[: match.start()]):
                continue
            return True
        if match.group(0).lower().startswith("last ") and match.group("month"):
            return True
        if match.group("yearonly"):
            if int(match.group("yearonly")) < doc.published.year:
                return True
            continue
        month = _MONTH_INDEX[match.group("month")]
        # "In December" in a February article is last December; "will be paid in March" is this March.
        rolls_back = month - doc.published.month >= 3 and not _FUTURE.search(sentence)
        year = int(match.group("year")) if match.group("year") else doc.published.year - rolls_back
        if (year, month) < (doc.published.year, doc.published.month) and not (
            year == doc.published.year and month == doc.published.month - 1 and doc.published.day <= 3
        ):
            return True
    return False


def _qualifier(before: str) -> str:
    """The qualifier written right before the figure ("up to", "more than", "about")."""
    tail = before[-22:]
    for name, pattern in _cues()["qualifiers"]:
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


def _follow_up(ctx: _Context, index: int) -> str:
    """The next sentence when it keeps talking about the same package ("It will be used for ...")."""
    if index + 1 < len(ctx.sentences):
        nxt = ctx.sentences[index + 1]
        if nxt.paragraph == ctx.sentences[index].paragraph and _cues()["carry"].search(nxt.text[:60]) and not find_money(ctx.doc.text, nxt.start, nxt.end):
            return nxt.text
    return ""


def _score(ctx: _Context, mention: DonorMention, money: Money, sentence_start: int, previous: Money | None = None) -> float:
    text = ctx.doc.text
    if mention.code in NOT_DONORS:
        return -1.0
    score = 1.0
    if MADE_IN.match(text, mention.end):
        return -1.0  # "$500 million US arms package": where the weapons come from, not who pays
    prefix = text[max(sentence_start, mention.start - 30) : mention.start]
    if _WEAK_BEFORE.search(prefix):
        score -= 0.8
    if mention.end <= money.start:
        gap_words = len(text[mention.end : money.start].split())
        score += 0.6 - min(gap_words, 30) * 0.01
        if _POSSESSIVE.search(mention.text) and gap_words <= 6:
            score += 0.5
        if gap_words <= 1:
            score += 0.8  # "Germany €244 million", "Norway's NOK 1bn": the donor right before the figure
        if previous is not None and mention.end <= previous.start:
            score -= 0.7  # a donor before an earlier figure in the sentence belongs to that figure
        if mention.start - sentence_start <= 25:
            score += 0.3
        if _SUBJECT_VERB.match(text[mention.end : mention.end + 60]):
            score += 0.4
            if re.search(r"\bthat\s+(?:the\s+)?$", prefix):
                score += 0.6  # "X said that the Netherlands would contribute €250m": the reported giver
    else:
        between = text[money.end : mention.start]
        if _STRONG_AFTER_MONEY.match(between) and not _WEAK_BEFORE.search(prefix):
            score += 1.2
        elif re.search(r"[”\"],?\s*(?:said|says|told|added|wrote)?\s*(?:\w+\s+){0,4}$", between) and re.match(r"^\W*[“\"]", text[sentence_start : sentence_start + 3]):
            score += 1.5  # '"We will give €1bn," Pistorius said': the speaker of a quoted pledge
        elif mention.kind == "person" and re.search(r",\s+(?:[A-Z][\w-]*\s+){0,3}$", between) and _REPORTING_VERB.match(text, mention.end):
            score += 1.2  # "€4m will go to agencies ..., Foreign Minister Winston Peters said": the speaker's country
        else:
            score -= 0.3 + min(len(between.split()), 30) * 0.02
    if mention.kind == "person":
        score -= 0.05
    return score


def _resolve_donor(ctx: _Context, index: int, money: Money, previous: Money | None = None) -> tuple[str | None, list[str], bool, bool]:
    sentence = ctx.sentences[index]
    mentions = _drop_listed_channels(ctx.doc.text, sentence.start, [m for m in ctx.donors_in(index) if m.code not in NOT_DONORS])
    before_figure = [m for m in mentions if m.end <= money.start and not _WEAK_BEFORE.search(ctx.doc.text[max(sentence.start, m.start - 30) : m.start])]
    government_subject = _GOVERNMENT.match(sentence.text)
    if government_subject and not before_figure:
        # "In Prague, the outgoing government approved ...": the place in the opening clause is whose government.
        ref = load_reference()
        opening = [m for m in mentions if m.start < sentence.start + government_subject.end() and ref.donors[m.code].kind == "state"]
        if opening:
            return opening[0].code, [], False, True
        # "The Prime Minister will announce £500m ..., as he visits Poland": the article's own government,
        # unless the paragraph is about one other state ("Norway ... Foreign minister Eide added that ...").
        government = _paragraph_state(ctx, index) or _primary_donor(ctx)
        if government:
            return government, [], False, True
    if mentions:
        scored = sorted(((_score(ctx, m, money, sentence.start, previous), m) for m in mentions), key=lambda x: -x[0])
        best_score, best = scored[0]
        if best_score > 0:
            co = _co_donors(ctx, sentence, mentions, best, money)
            if co:
                # A joint pledge is filed under the first-named donor, the others as co-donors.
                named = sorted([m for m in mentions if m.code in co or m is best], key=lambda m: m.start)
                first = named[0]
                co = [m.code for m in named[1:] if m.code != first.code]
                best = first
            each = bool(co) and bool(_EACH.search(ctx.doc.text[money.end : money.end + 40] + ctx.doc.text[max(sentence.start, money.start - 40) : money.start]))
            return best.code, co, each, False
    # Carry the donor over from the sentences before ("It will also send ..."), but only when the
    # sentence points back to someone already named.
    if not _cues()["carry_start"].match(sentence.text) and not _OWN_INSTITUTION.search(ctx.doc.text[sentence.start : money.start]):
        if UKRAINE.search(sentence.text) and not ctx.donors_in(index) and re.match(r"^\W*(?:The|These|This|Its)\s", sentence.text):
            # Nobody named at all ("The 28 carriers, valued at $47.5m, have arrived in Ukraine"): the article's donor.
            primary = _primary_donor(ctx)
            return primary, [], False, primary is not None
        if re.search(r"\b[Aa]llie[sd]\b", sentence.text) and re.search(r"\bNATO\b", ctx.doc.text):
            return "NATO", [], False, True
        named = _surname_subject(ctx, sentence.text)
        return named, [], False, named is not None
    if _GOVERNMENT.match(sentence.text):
        primary = _primary_donor(ctx)
        if primary:
            return primary, [], False, True
    if re.search(r"\b(?:we|our)\b", ctx.doc.text[sentence.start : money.start], re.IGNORECASE) and _primary_donor(ctx):
        return _primary_donor(ctx), [], False, True  # "we have allocated €100m": the speaker's country, the article's
    for back in range(1, 4):
        other = index - back
        if other < 0:
            break
        candidates = [m for m in ctx.donors_in(other) if m.code not in NOT_DONORS]
        if candidates:
            primary = _primary_donor(ctx)
            if primary in {m.code for m in candidates}:
                return primary, [], False, True
            start = ctx.sentences[other].start
            ranked = sorted(candidates, key=lambda m: (bool(_WEAK_BEFORE.search(ctx.doc.text[max(start, m.start - 30) : m.start])), m.start))
            return ranked[0].code, [], False, True
    primary = _primary_donor(ctx)
    return primary, [], False, primary is not None


_CHANNEL_BEFORE = re.compile(r"\b(?:including|such as|through|via|to|for|among|like|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _reported_past_perfect(text: str, match: re.Match) -> bool:
    """'Blair said Ottawa had committed C$64.8m': past perfect in reported speech is the news itself."""
    return match.group(0).lower().startswith("had ") and bool(_REPORTING_VERB.search(text[: match.start()]))


def _drop_listed_channels(text: str, start: int, mentions: list[DonorMention]) -> list[DonorMention]:
    """'through UN agencies, including the World Food Programme and UNICEF': every name in a list that
    follows a channel word is a channel, not only the first."""
    kept: list[DonorMention] = []
    weak_before = False
    previous_end = None
    for mention in sorted(mentions, key=lambda m: m.start):
        weak = bool(_CHANNEL_BEFORE.search(text[max(start, mention.start - 30) : mention.start]))
        listed = previous_end is not None and re.fullmatch(r"\s*(?:,|and|or|, and|&)\s*(?:the\s+)?", text[previous_end : mention.start])
        if listed and weak_before:
            weak = True
            previous_end = mention.end
            continue
        weak_before, previous_end = weak, mention.end
        kept.append(mention)
    return kept


def _surname_subject(ctx: _Context, sentence: str) -> str | None:
    """'Collins also announced a further NZ$16m': the surname of someone named in full earlier."""
    match = re.match(r"^\W*([A-Z][\w'’-]+)\s+(?:also\s+|separately\s+|later\s+|then\s+)?(?:said|says|announced|pledged|promised|committed|confirmed|added|told|unveiled|approved)\b", sentence)
    if not match:
        return None
    if ctx.surnames is None:
        ctx.surnames = {m.text.split()[-1]: m.code for m in find_donor_mentions(ctx.doc.text) if m.kind == "person" and " " in m.text}
    return ctx.surnames.get(match.group(1))


def _paragraph_state(ctx: _Context, index: int) -> str | None:
    """The one state named in the two sentences before, in the same paragraph, if it is not the article's own."""
    paragraph = ctx.sentences[index].paragraph
    ref = load_reference()
    named: set[str] = set()
    for other in (index - 1, index - 2):
        if other >= 0 and ctx.sentences[other].paragraph == paragraph:
            named |= {m.code for m in ctx.donors_in(other) if m.code not in NOT_DONORS and ref.donors[m.code].kind == "state"}
    primary = _primary_donor(ctx)
    return named.pop() if len(named) == 1 and primary not in named else None


def _donor_for_currency(currency: str) -> str | None:
    """The one state whose own currency this is (None for shared ones like EUR and USD)."""
    if currency in {"EUR", "USD"}:
        return None
    states = [d.code for d in load_reference().donors.values() if d.kind == "state" and d.home_currency == currency]
    return states[0] if len(states) == 1 else None


def _primary_donor(ctx: _Context) -> str | None:
    """The donor the article is about (computed once per document)."""
    if ctx.primary is None:
        items = ctx.sentences.items
        lead_end = items[3].start if len(items) > 3 else len(ctx.doc.text)
        ctx.primary = most_named(ctx.doc.text, ctx.doc.title, lead_end=lead_end) or ""
    return ctx.primary or None


def _co_donors(ctx: _Context, sentence, mentions: list[DonorMention], best: DonorMention, money: Money) -> list[str]:
    """Donors coordinated with the chosen one before the figure ("Estonia, Latvia and Lithuania will ...")."""
    text = ctx.doc.text
    # "In Washington, the World Bank ...": a place before a comma is where, not a partner in a joint pledge.
    joined = r"\s*(?:,|and|, and|&|as well as|together with|along with)\s*(?:the\s+)?"
    before: list[DonorMention] = []
    weak: DonorMention | None = None
    for m in sorted((m for m in mentions if m.end <= money.start), key=lambda m: m.start):
        # "the coalition led by Latvia and the United Kingdom, Latvia will ...": the list after "led by" is weak too.
        if _WEAK_BEFORE.search(text[max(sentence.start, m.start - 30) : m.start]) or (
                weak is not None and re.fullmatch(r"\s*(?:and|&|, and)\s*(?:the\s+)?", text[weak.end : m.start])):
            weak = m
            continue
        before.append(m)
    chains: list[list[DonorMention]] = []
    for mention in before:
        if chains and re.fullmatch(joined, text[chains[-1][-1].end : mention.start]):
            chains[-1].append(mention)
        else:
            chains.append([mention])
    for chain in chains:
        if best in chain and len({m.code for m in chain}) > 1:
            return [m.code for m in chain if m.code != best.code and m.code not in NOT_DONORS]
    return []


_RECEIVER_AFTER = re.compile(r"\s+(?:(?:would|will|is to|is set to|is due to|could|also)\s+)*(?:receive[sd]?|get|gets|got|obtain\w*)\b|\s+(?:with|access to)\b", re.IGNORECASE)
_GIVE_BEFORE = re.compile(r"\b(?:provid\w*|giv\w*|gave|send\w*|sent|suppl\w*|offer\w*|grant\w*|transfer\w*)\s+$", re.IGNORECASE)


def _another_state_receives(ctx: _Context, index: int, money: Money) -> bool:
    """'Slovakia would receive €200m', 'provide Slovakia with helicopters worth $340m', 'give Hungary access to
    €5.8bn': a state other than Ukraine, named before the figure, is the one that gets it."""
    text = ctx.doc.text
    sentence = ctx.sentences[index]
    ref = load_reference()
    for mention in ctx.donors_in(index):
        if mention.end > money.start or mention.code in NOT_DONORS or ref.donors[mention.code].kind != "state":
            continue
        if UKRAINE.search(text, mention.end, money.start):
            continue  # "Poland will receive ... and give Ukraine €1bn": Ukraine is named in between
        receives = _RECEIVER_AFTER.match(text, mention.end)
        if not receives:
            continue
        if receives.group(0).strip().lower() in {"with", "access to"} and not _GIVE_BEFORE.search(text[max(sentence.start, mention.start - 25) : mention.start]):
            continue
        return True
    return False


def _inherited_reason(ctx: _Context, groups: list[dict], position: int, index: int) -> str | None:
    """A figure that carries on what the figure before it said: "has so far delivered €5.4bn and has made
    commitments of €10bn", "Lithuania said earlier this month it would give €35m, while Canada said it
    would give C$40m", "Since 2022 the Netherlands has given €4.4bn. In addition, €1bn has been allocated"."""
    text = ctx.doc.text
    money: Money = groups[position]["money"]
    sentence = ctx.sentences[index]
    if position > 0:
        previous = groups[position - 1]["money"]
        reason = ctx.reasons.get(previous.start, "")
        between = text[previous.end : money.start]
        if ("cumulative" in reason or "background" in reason or "share of" in reason) and _GOES_ON.search(between) and not _NEW_TURN.search(between):
            return f"{reason}, and this figure is part of the same statement"
        if reason.startswith(("part of", "one of", "sub-allocation", "the next of", "a part of")) and len(between) <= 60 \
                and not _NEW_TURN.search(between) and not _AID_VERB.search(between):
            return "the next of a list of parts (\"€415m for energy, €38m for food, ...\")"
    elif index > 0 and _ADDING_ON.match(sentence.text) and _PERFECT.search(text[sentence.start : money.end + 40]):
        prior = ctx.sentences[index - 1]
        if any("cumulative" in reason for start, reason in ctx.reasons.items() if prior.start <= start < prior.end):
            return "cumulative total, added to the one in the sentence before"
    after = text[money.end : min(sentence.end, money.end + 80)]
    if _YEARLY_AFTER.match(after) and _DEFINITE_SUBJECT.match(sentence.text) and any(
        p.currency in money.currencies and p.amount >= 2 * money.amount for p in ctx.pledges
    ):
        return "the yearly part of a multi-year pledge found before"
    if _JOINT_SHARE_AFTER.match(after) and any(p.co_donors for p in ctx.pledges):
        return "a member's share of a joint package found before"
    return None


def _in_breakdown(ctx: _Context, money: Money) -> bool:
    """The figure just before this one was a part of a package ("NOK 2.5bn of the support will go ..."): the
    article is breaking a package down, so "A further NOK 1.5bn will go to the fund" is the next part."""
    earlier = [start for start in ctx.reasons if start < money.start]
    last_pledge = max((p.start for p in ctx.pledges), default=-1)
    if not earlier or max(earlier) < last_pledge:
        return False
    return "part" in ctx.reasons[max(earlier)]
