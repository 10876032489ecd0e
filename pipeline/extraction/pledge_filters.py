"""Why a figure near aid wording is not a new pledge to Ukraine: totals, parts, background, conditions,
other recipients, own budgets and the like. Each rule returns the reason shown by `pledges extract --explain`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extraction.donors import NOT_DONORS, UKRAINE, find_donor_mentions
from pipeline.extraction.money import Money, find_money
from pipeline.extraction.pledge_context import (
    REPORTING_VERB,
    PledgeContext,
    already_extracted,
    earlier_joint,
    earlier_larger,
    earlier_money,
    pledge_cues,
)
from pipeline.extraction.records import Document
from pipeline.extraction.reference import load_reference

_PAYS_OUT = re.compile(r"\b(?:will|would|is to)\s+(?:deliver|provide|disburse|release|pay)\b", re.IGNORECASE)
# "lend Ukrenergo, the state-owned grid operator", "Ukraine's state export credit agency": the recipient's own bodies.
_OWN_COMPANIES = re.compile(r"\bexport[- ]credit\b|\bexport guarantees?\b|\bfirms exporting\b|\bexporters\b|\bExport Risk Insurance\b|\bexport insurance\b|\b(?:loans?|credit|guarantees?) (?:\w+ ){0,2}to (?:\w+ )?exporters\b|\bhelps? (?:\w+ )?companies\b|\bexport credit agenc\w*|\b(?:trade|investment) insurance\b|\b(?:\w+ )?companies investing in\b", re.IGNORECASE)
_ARMS_DEAL_BEFORE = re.compile(r"\b(?:framework|arms|purchase|export) deals?\b[^.;]{0,50}$|\b(?:won|wins|awarded|secured|landed) (?:a |an )?(?:[\w-]+ ){0,2}(?:framework agreement|contract|order)s?\b[^;]{0,80}$", re.IGNORECASE)
_ON_TOP = re.compile(r"\b(?:on top of|in addition to|besides) (?:that|this|these)\b", re.IGNORECASE)
_PART_OF_PACKAGE = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*|,\s*(?:or|about|roughly|some)\s+[^,;.]{0,40},\s*)?(?:(?:(?:a|per|each) year\s+|annually\s+)?(?:of|from|out of)\s+(?:the|this|that|its|their)\s+(?-i:[A-Z][a-z]+\s+)?(?:new\s+|latest\s+|total\s+|overall\s+|humanitarian\s+|military\s+|financial\s+|economic\s+|budget\s+|direct\s+|civilian\s+|security\s+)?(?:Ukraine\s+|Ukrainian\s+|Kyiv\s+)?(?:package|sum|amount|total|funding|funds|money|aid|support|assistance|allocation|budget|envelope|pledges?|tranche|commitments?|contributions?|programme|program|fund|facility)\b|of the new (?-i:[A-Z][\w.]*\s+)?(?:money|aid|support|funding|assistance)\b|of (?:that|this|it)\b)", re.IGNORECASE)
_SENTENCE_PART = re.compile(r"^\W*(?:Of (?:this|that|these|the|it|which)\b|Of [A-Z][\w-]+(?:'s|’s) (?:[\w-]+ )?(?:contribution|share|package|pledge|money)\b|The (?:bill|law|legislation|act|supplemental) (?:also )?(?:provides|includes|contains|sets aside|allocates|earmarks|gives)\b|(?:(?:About|Some|Roughly|Nearly|Around|Almost)\s+)?\S{1,4}\d[\d.,]*\s?(?:bn|m|billion|million)\b(?:\s+\w+){0,2}\s+(?:is|goes|will go|would go|went) (?:to|for|towards)\b|(?:This|That|It|These|(?:The|That|This) (?:figure|total|sum|amount|tally)) (?:includes|will include|comprises|covers|consists of)\b|(?:The|This|That) (?:\w+ )?(?:money|sum|amount|package|funding|aid|spending|budget)\b[^.]{0,20}\b(?:split|divided|broken down)\b|(?:Much|Most|Part|Some|Half|The bulk|The rest|The remainder|A third|A quarter|Two-thirds) of (?:the|this|that|it)\b|The (?:largest|biggest|main|single largest|largest single) (?:single )?(?:item|component|element|part|chunk)\b|The (?:funds|money|package|aid|support) (?:shall|will|would|is to|are to) be (?:channel+ed|distributed|spent|used|allocated|provided)\b|(?:The|This|That|Its|Their) (?:[\w-]+ ){0,3}(?:package|aid|contribution|support|funding|financing|pledge|tranche|allocation|sum|amount|money|spending|budget|facility|fund|programme|program|plan|deal|agreement|loan|scheme|mechanism|initiative|envelope) (?:includes|will include|comprises|consists of|covers|is made up of|is split|is divided|breaks down|contains)|(?:[\w-]+(?:'s|’s)?\s+){1,5}share of (?:the|this|that)\b)", re.IGNORECASE)
_ASSETS_AFTER = re.compile(r"^\s*(?:worth\s+)?(?:in|of)\s+(?:(?:frozen|immobili[sz]ed|blocked|seized|Russian|Russia's|central|bank|sovereign|state|private|foreign|reserve|the|its)\s+){0,4}assets\b", re.IGNORECASE)
_FROZEN_BEFORE = re.compile(r"\b(?:frozen|immobili[sz]ed|seized|blocked|froze|immobili[sz]es?|produc\w*|generat\w*|earn\w*|yield\w*)\s+(?:(?:about|around|some|roughly|nearly|more than|over|almost)\s+)?$", re.IGNORECASE)
# "Sweden's tenth (package) since the invasion": a count of packages, not a running total.
_ORDINAL_WORD_NEAR = re.compile(r"\b(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)\s+(?:[\w-]+\s+){0,9}$", re.IGNORECASE)
_ORDINAL_WORD = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth))\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)  # "its 44th (package) since ..."
# "The Ukraine Facility, running to 2027, will provide €33bn": an instrument's size, not a pledge ("The Government will provide" is).
_INSTRUMENT_DESCRIPTION = re.compile(
    r"^\W*The (?:[A-Z][\w-]*\s+){0,4}(?:EPF|ERA|PURL|IFU|UESF|Facility|Fund|Initiative|Programme|Program|Mechanism|Framework|Instrument|Scheme|Plan)\s*"
    r"(?:\([A-Z]+\)\s*)?(?:,[^,]{0,60},\s*)?(?:provides|will provide|offers|will offer|consists|comprises|covers|is worth|totals|amounts|is (?:the|an?) )\b"
)
_DEFINITE_OF = re.compile(r"^\W*The (?:[\w-]+\s+){1,4}of (?:up to |around |about |some |nearly )?$")
_OTHER_RECEIVES = re.compile(r"^\W*(?!Ukraine|Kyiv)(?:[A-Z][\w-]+\s+){1,2}(?:is (?:also )?set to |will |would |is to )?(?:also )?(?:receive|receives|received|get|gets|got)\b")
# "its largest package so far", "the biggest military aid package to date": a ranking, not a running total.
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|most|highest|greatest|first)\s+(?:\S+\s+){0,9}$", re.IGNORECASE)
_SENTENCE_CUMULATIVE = re.compile(r"^\W*(?:(?:Under )?[Tt]he (?:previous|former) (?:government|administration|cabinet)\b|(?:This|Last) year's (?:figure|total|amount|level)\b|In (?:20\d\d|the past year|the last year),? (?:the |\w+ ){0,3}(?:provided|gave|disbursed|delivered|spent|allocated|sent)\b|Since (?:the |its |their )?(?:start|beginning|outbreak|invasion|20\d\d|February|full-scale)|Since (?:the |its |their )(?:[\w-]+ ){1,3}(?:was |were )?(?:launched|began|started|created|set up)|So far|To date|Overall|In total|Altogether|All told|Thus far)\b", re.IGNORECASE)
_IF_WOULD = re.compile(r"\bif\b(?:[^.;]|\.\d){0,150}\b(?:would|could)\b(?:[^.;]|\.\d){0,80}$", re.IGNORECASE)  # "if all allies gave 0.25%, Ukraine would receive €120bn"
_CONDITIONAL_SENTENCE = re.compile(r"^\W*(?:If|Unless|Should|Were|Had)\b")
BULLET = re.compile(r"^\s*(?:[•·▪◦*–-]|\d+[.)])\s")
_TO_MEMBER_STATES = re.compile(r"\b(?:to|for) (?:EU |NATO |other |the )?member (?:states|countries)\b")  # EU money for its own members
# "- Germany: 50 million euros", "- Netherlands – EUR 500 million", "- United Kingdom and Norway – GBP 450 million", and
# in live blogs and factboxes without a bullet, a name and a colon straight before the money ("Norway: NOK 1.5 billion ...")
DONOR_LABEL = re.compile(r"^\s*(?:(?:[•·▪◦*–-]|\d+[.)])\s+|(?=(?:The\s+)?[A-Z][a-z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}:\s+(?:(?:about|up to|more than|over|nearly)\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)))(?:The\s+)?[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}\s*(?::|\s[–—-]\s)")
_OWN_BUDGET_BEFORE = re.compile(r"\b(?:defen[cs]e|military|army|armed forces(?:'|’)?|national security)(?:\s+and\s+(?:security|defen[cs]e))?\s+(?:budget|spending|expenditure|allocation|appropriation|funding)s?\b[^.;]{0,60}$|\binvest\w*\b[^.;]{0,40}\bin (?:Defen[cs]e|the (?:military|armed forces|army|navy|air force|Bundeswehr))\b", re.IGNORECASE)
# "part of a $115 billion package" (the whole another figure belongs to), "in packages of roughly $500m",
# "an average of €1.5bn per month": sizes and wholes, not a pledge.
_TYPICAL_OR_WHOLE = re.compile(r"\bpackages of (?:roughly |about |around |some )?$|\baverage of (?:about |around )?$", re.IGNORECASE)
_PART_OF_WHOLE = re.compile(r"\bpart of (?:a |an |the )?(?:\S+ )?$", re.IGNORECASE)
_IS_PART_OF = re.compile(r"\b(?:is|are|was|were|forms?|formed) (?:also )?part of (?:a |an |the )?(?:[\w-]+ ){0,4}(?:of )?$", re.IGNORECASE)  # "The new EFF is part of a $115bn package"
# "China had given Russia $100bn"; "Total development aid is set at NOK 42.1bn": not money for Ukraine
_TO_RUSSIA_BEFORE = re.compile(r"\b(?:giv\w*|gave|sen[dt]\w*|len[dt]\w*|offer\w*|provid\w*)\s+(?:to\s+)?(?:Russia|Moscow|Belarus|Minsk)\b[^.;]{0,20}$", re.IGNORECASE)
_ALL_AID_BEFORE = re.compile(r"\b(?:total|overall) (?:development|foreign|overseas|official development) (?:aid|assistance)\b[^.;]{0,40}$", re.IGNORECASE)
# "3 billion zlotys for assistance to Ukrainian refugees living in Poland": the host's own costs (the Kiel tracker leaves them out)
_REFUGEES_ABROAD = re.compile(r"\b(?:refugees|evacuees|displaced Ukrainians|Ukrainians arriving|Ukrainians living)\b[^.;]{0,25}?\b(?:living |staying |hosted |sheltering )?in (?!Ukraine\b)(?:the country\b|[A-Z]\w+)")
# "to ship Ukrainian wheat to Sudan and Kenya": Grain from Ukraine feeds other countries
_UKRAINIAN_FOOD_ABROAD = re.compile(r"\bUkrainian (?:grain|wheat|food|corn|flour|sunflower oil)\b[^.;]{0,30}\bto\b", re.IGNORECASE)
# "- Ukraine Facility: €50bn, 2024-2027": an instrument told in a fact box
_INSTRUMENT_LABEL = re.compile(r"^\W*(?:[A-Z][\w'’-]*\s+){0,4}(?:Facility|Fund|Loans?|Programme|Program|Instrument|Mechanism|Initiative|Assistance)\s*:")
_PAIR_SUBJECT = re.compile(r"^\W*(?:[A-Z][\w-]+,\s+){0,2}[A-Z][\w-]+,?\s+and\s+[A-Z][\w-]+(?:\s+(?:have\s+|had\s+|will\s+|would\s+)?(?:jointly\s+|together\s+)?(?:pledged|committed|promised|announced|offered|provided|gave|agreed)\b|:\s)")
def _instrument_labelled(text: str, sentence, money: Money) -> bool:
    """The figure straight after an instrument's name used as a label ("- Ukraine Facility: €50bn, 2024-2027")."""
    label = _INSTRUMENT_LABEL.match(sentence.text)
    return bool(label) and re.fullmatch(r"[\s~≈(]*(?:(?:about|around|some|roughly|nearly|up to|over|more than)\s+)?", text[sentence.start + label.end() : money.start]) is not None


_COMPARISON = re.compile(r"\b(?:up|down) from (?:the |its |their )?(?:about |around |some |roughly )?$|\breview of (?:its|the|their) $|\bcompared (?:with|to) (?:about |around )?$|\bagainst (?:about |around )?$", re.IGNORECASE)
NON_DONOR_CURRENCIES = {"UAH", "RUB", "BYN"}
# "Estonia, which spends more on defence than ..., says", "Sunak, campaigning for an election he is expected to lose,
# announced": an aside about the subject, between commas
_ASIDE = re.compile(r",\s+(?:which|who|whose|(?!includ)[a-z]+ing)\b[^,;]{0,150},")
# ... or a description of a state ("... from a country that is criticised for low defence spending")
_DESCRIBED = re.compile(_ASIDE.pattern + r"|\b(?:a|the) (?:country|government|nation|state|member) (?:that|which|whose)\b[^,;]*")
_OWN_FORCES = re.compile(r"\b(?:(?:with|for|to) the (?:\w+ )?(?:military|armed forces|army|navy|air force|Bundeswehr|defen[cs]e forces)\b|(?:to|for) defen[cs]e\b(?!\s+(?:minister|ministry|secretary|chief|officials?|committee))|(?:in|on) (?:defen[cs]e|the military|the armed forces|the army)\b|for the Bundeswehr|special fund for|re-equip\w*|munitions production|defen[cs]e industr\w*|industrial base|(?:its|their) own (?:armed forces|military|army|defen[cs]e)|moderni[sz]e (?:its|their) (?:armed forces|military|army)|(?:strengthen|moderni[sz]e|equip|expand|rebuild) (?:the |its |their )?(?!Ukrain)(?:[A-Z]\w+ )?(?:armed forces|military|army|navy|air force)|[Dd]efen[cs]e (?:\w+ )?[Rr]eview|warfighting|[Pp]lan for (?:\w+ and )?[Dd]efen[cs]e|(?:its|their) armed forces|defen[cs]e (?:spending|budget|expenditure)|military budget|(?:per ?cent|%) of (?:GDP|gross domestic product))", re.IGNORECASE)
# Unmistakably a state's own forces, even in a sentence that also names Ukraine ("tanks for the Bundeswehr").
_OWN_FORCES_NEAR = re.compile(r"\breplenish\w*\b|\bre-equip\w*\b|\b(?:Germany|Britain|France|Poland|the country)(?:'s|’s) own forces\b|\b(?:current |ongoing )?(?:U\.?S\.? )?military operations\b|\bfor the Bundeswehr\b|\b(?:its|their) own (?:armed forces|military|army|navy|air force)\b|\bfor (?:its|their) (?:armed forces|army|navy|air force)\b|\b[Dd]efen[cs]e (?:[Cc]apability|[Ii]nvestment) [Pp]lan\b")
# "The package, the minister said, will be worth ... depending on the price": the sentence is about aid.
_AID_SUBJECT = re.compile(r"^\W*(?:The|This|That|Its|Their) (?:new |latest |[\w-]+ )?(?:package|aid|contribution|donation|pledge|grant)\b(?!\s+(?:of|for|from) (?!Ukraine))")
_AID_WORDS = re.compile(r"\b(?:aid|assistance|support|package|help|add(?:s|ed|ing)?|put(?:s|ting)?|provid\w*|loans?|lend\w*|grant|tranche|donat\w*|pledg\w*|giv(?:e|es|ing)|gave|contribut\w*|allocat\w*)\b", re.IGNORECASE)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PAST_VERB_MONTH = re.compile(rf"\b(?:agreed|pledged|announced|promised|approved|signed|adopted|committed|said|told|stated)\s+(?:\w+\s+){{0,3}}?((?:in|since|last)\s+(?:early\s+|late\s+|mid-)?(?:{_MONTHS})(?:\s+20\d\d)?|in\s+20\d\d)\b", re.IGNORECASE)
# "Senator HOLLOWAY (New South Wales) (14:10): Last October ...", "GRAM: In the spring ...": a transcript's speaker.
_SPEAKER_LABEL = re.compile(r"^\W*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]{2,}[\w'’-]*(?:\s*\([^)]{0,40}\)){0,2}\s*:\s+")
_LEAD_DATE = re.compile(rf"^\W*(?:(?:In|Since|Back in|Last|For)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})(?:\s+20\d\d)?|20\d\d|year)\b"
                        rf"|(?:{_MONTHS})\s+(?:also\s+)?(?:brought|saw)\b"  # "March brought the IMF's $15.6bn programme"
                        rf"|[-•*]?\s*(?:{_MONTHS})(?:\s+20\d\d)?\s*:)")  # a factbox or timeline entry: "- May 2023: Germany announced ..."
_RECALLED = re.compile(r"\b(?:recall(?:ed|s|ing)?|remind(?:ed|s|ing)?(?: \w+)? of)\b(?! (?:for|to) )", re.IGNORECASE)
_MONTH_INDEX = {m: i + 1 for i, m in enumerate(_MONTHS.split("|"))}
_PAST_MONTH = re.compile(rf"\b(?i:in|since|back in|earlier in|from|last|at the (?:end|start|beginning|middle) of)\s+(?:early\s+|late\s+|mid-)?(?P<month>{_MONTHS})(?:\s+(?P<year>20\d\d))?\b|\b(?i:in|since)\s+(?P<yearonly>20\d\d)\b(?!\s*[-–])|\b(?i:last year)\b")
_RUNNING_TOTAL = re.compile(r"\b(?:this year|so far|to date|in 20\d\d)\b[^.;]{0,20}\btotals?\s+(?:(?:around|about|some|roughly)\s+)?$|\b(?:hits?|top(?:s|ped)?|reach(?:es|ed)?|surpass\w*|exceed\w*|pass(?:es|ed)?|cross(?:es|ed)?)\s+(?:a\s+)?(?:new\s+)?(?:record\s+)?(?:of\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$", re.IGNORECASE)
_REMAINING_AFTER = re.compile(r"^[^.;]{0,60}\b(?:remain(?:s|ing)?|left over|left (?:in|to|for|under)|still available|unspent|unused)\b", re.IGNORECASE)
_FRAME_OF = re.compile(r"\b(?:framework|envelope|ceiling|frame|budget line|programme|program|facility|fund)\s+of\s+(?:(?:up to|about|around|some)\s+)?$"
                       r"|\b(?:framework|envelope|ceiling)\b[^.;]{0,40}\b(?:is|was|stands at|totals|amounts to)\s+(?:(?:about|around|some)\s+)?$", re.IGNORECASE)
_OUT_OF_EARLIER = re.compile(r"^\s*(?:[\w-]+\s+){0,5}?(?:will |would |is to |are to )?(?:come|comes|came|be drawn|be taken|be paid|is drawn|are drawn) (?:out of|from) (?:the|its|their)\b"
                             r"|\b(?:paid for|tak(?:e|es|ing) the money|draw(?:s|n|ing)? (?:it|the money)|coming|comes|came|drawn|taken)\s+(?:out of|from) (?:the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "$2.2bn in financing, about $1bn of which will go to Ukraine": a total for several recipients.
_OF_WHICH_UKRAINE = re.compile(r"\bof which\b[^.;]{0,40}\b(?:go|goes|going|is|are|will go|is going|is earmarked|is meant) (?:to|for) (?:Ukraine|Kyiv)\b")
# "Biden signs $95 billion foreign aid law": a bill for many recipients.
_MULTI_RECIPIENT_BILL = re.compile(r"^\s*(?:[\w-]+\s+)?(?:foreign[- ]aid|national[- ]security|emergency spending|supplemental spending) (?:law|bill|package|supplemental|measure|request)\b(?! for (?:Ukraine|Kyiv))", re.IGNORECASE)
# "Ukraine's government has raised about $35m in cryptocurrency donations": money the recipient raised.
_RECIPIENT_RAISED = re.compile(r"^\W*(?:[\w,]+\s+){0,2}(?:Ukraine|Kyiv|Ukrainian)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}(?:has |have |had )?(?:raised|collected|crowdfunded)\b")
# "should mobilise up to €10 billion in public and private investment": what the money is hoped to attract.
_LEVERAGE = re.compile(r"\b(?:mobili[sz]\w*|unlock\w*|leverag\w*|attract\w*|crowd\w* in)\s+(?:(?:up to|about|around|some|more than|over|as much as)\s+)?$", re.IGNORECASE)
_INVESTMENT_AFTER = re.compile(r"^\s*(?:in|of)\s+(?:[\w-]+\s+){0,4}?investments?\b", re.IGNORECASE)
# "add $300m, doubling its lending to $600m", "by NOK 50bn, to a total of NOK 85bn": the level reached.
_NEW_LEVEL = re.compile(r"(?:\b(?:doubling|tripling|doubled|tripled)\b[^.;]{0,80}\bto|\bto a (?:new |record )?total of)\s+(?:(?:about|around|some|nearly|almost|more than|over|roughly)\s+)?$", re.IGNORECASE)
_VALUE_OF_A_SHARE = re.compile(r"\b(?:per ?cent|percent|percentage point)\b[^.;]{0,25}\b(?:is|equals|amounts to|means|costs|is worth)\s+(?:(?:about|around|roughly|some)\s+)?$", re.IGNORECASE)
_LOAN_SCHEME = re.compile(r"\b(?:loans?|lend\w*|ERA|Extraordinary Revenue Acceleration)\b")
# "valued at up to $250m to meet Ukraine's security needs": needs met, not a need still open.
_PURPOSE_NEEDS = re.compile(r"\b(?:meet|meets|meeting|address|cover|respond to|serve)\b[^.;]{0,50}?\bneeds\b|\b(?:for|towards?) (?:Ukraine|Kyiv)(?:'s|’s) (?:[\w-]+ ){0,4}needs\b|\b(?:that|which|what) (?:Ukraine|Kyiv|it|they|the army|its troops) (?:most )?needs?\b", re.IGNORECASE)
# "Norway's government on Monday proposed a NOK 75bn programme": a government's plan put to its parliament is
# how it pledges; "the Commission proposed" or "the opposition proposes" stays a proposal.
_GOVERNMENT_PROPOSES = re.compile(r"\b(?<!opposition )[Gg]overnment\b(?:\s+[\w,]+){0,3}?\s+propos(?:ed|es)\b|\b(?:on|upon) the proposal of\b"
                                  r"|\b(?<!opposition )(?<!opposition's )(?<!opposition’s )budget\b(?:,[^.;,]{0,40},)?\s+(?:also\s+)?propos(?:ed|es)\b|\bbudget\b[^.;]{0,60}\bis a proposal\b"
                                  r"|\b(?:Prime Minister|Chancellor|Premier|Finance Minister|Treasurer)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:on \w+\s+)?propos(?:ed|es)\b"
                                  r"|\b(?:budget|spending) proposal\b|\b(?:asked|asks|requested|requests|sought|seeks)\s+(?:Congress|[Pp]arliament|lawmakers|the (?:Bundestag|Storting|Riksdag|Folketing|Sejm|Diet|House|Senate))\s+(?:for|to approve)\b")  # "The White House asked Congress for $37.7bn"  # "Freeland's budget, tabled on Thursday, proposed C$500m"
# What a figure with a day of its own comes under, replaces or is compared with: "under the agreement signed in May",
# "replacing the programme approved in March 2023", "more than doubling the amount set aside in December". The date
# there is that other thing's.
_UNDER_FRAME = re.compile(r"\bunder (?:the|a|an|its|their)\b|\b(?:replacing|replaces|succeeding|succeeds|extending|follows|following(?: on from)?) (?:the|a|an|its|their)\b"
                          r"|\b(?:more than |nearly |almost )?(?:doubling|tripling|quadrupling)\b|\bup from\b|\bcompared (?:with|to)\b|\bin line with (?:the|a|its|their)\b")
# ", as Tokyo seeks to show leadership", ", amid talks on ...": a clause about something else than the figure
# "A separate €5bn top-up for the EPF, the so-called Ukraine Assistance Fund, is still being negotiated"
_STILL_OPEN_AFTER = re.compile(r"^[^.;]{0,120}\b(?:is|are|was|were) still (?:being )?(?:negotiated|discussed|debated|reviewed|under discussion|on the table|to be (?:agreed|approved|settled|decided))\b", re.IGNORECASE)
_CONCESSION = re.compile(r",\s+(?:although|though|even though|whereas|amid|because|(?!including\b|bringing\b|making\b|taking\b)[a-z]+ing\b|as (?!long\b|soon\b|part\b|well\b|much\b|many\b|a\b|an\b|the first\b))\b")
_NEWS_DAY = re.compile(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:today|yesterday|this week)\b")
_ALREADY_AFTER = re.compile(r"^[^.;]{0,30}\bwhich is (?:what|the same|the level)\b[^.;]{0,60}\balready\b", re.IGNORECASE)
# "a further $400m or so of private investment", "a credit line with a privately owned bank": private money.
_PRIVATE_AFTER = re.compile(r"^\s*(?:or so\s+)?(?:of|in) (?:private|foreign|commercial) (?:investment|capital|lending|financing)\b|^[^.;]{0,40}\b(?:with|to) (?:a |an )?(?:privately[- ]owned|private) (?:[\w-]+ ){0,2}(?:bank|company|firm|lender|group|investor)s?\b", re.IGNORECASE)
# "paid in three instalments, the first of about £750m": one of the parts just named.
# "The remaining $300 million will take the form of ...", "the rest, some €40m, ...": the part left of a whole
_REMAINDER_BEFORE = re.compile(r"\b(?:the (?:remaining|rest,?|balance(?: of)?,?|other)|remaining) (?:(?:about|around|some|roughly|nearly)\s+)?$", re.IGNORECASE)
# "The new aid, equivalent to about 740 billion yen, ...": the figure of the sentence before, in another currency
_EQUIVALENT_BEFORE = re.compile(r"\b(?:equivalent|equal) (?:to|of) (?:(?:about|around|some|roughly|nearly|approximately)\s+)?$", re.IGNORECASE)
# "Norway's NOK 85 billion for Ukraine in 2026, approved before Christmas, will ...": money known by its owner, the
# subject of a sentence about something else
_OWNERS_FIGURE = re.compile(r"^\W*(?:The\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s)\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$")
_INSTALMENT_BEFORE = re.compile(r"\bthe (?:first|second|third|fourth|final|last|next) of\s+(?:(?:about|around|some|roughly)\s+)?$", re.IGNORECASE)
_UNDER_EXISTING_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}under (?:existing|the existing|current|earlier|previous)\b", re.IGNORECASE)
_PROFITS_GENERATE = re.compile(r"\bprofits? (?:\w+ ){0,3}(?:generate|generates|earn|earns|yield|yields|produce|produces),?\s+(?:(?:roughly|about|around|some)\s+)?$"
                               r"|\b(?:profits|proceeds|interest)\b[^.;]{0,60}\b(?:amount to|amounts to|are worth|total|come to)\s+(?:(?:roughly|about|around|some)\s+)?$", re.IGNORECASE)
_RAN_AT = re.compile(r"\b(?:ran|runs|running) at\s+(?:(?:roughly|about|around|some)\s+)?$", re.IGNORECASE)
_PAYMENT_UNDER = re.compile(r"\b(?:first|second|third|next|latest) (?:payment|tranche|instalment|installment|disbursement) (?:under|from|of) (?:the|its)\b[^;]{0,80}\d[^;]{0,40}$", re.IGNORECASE)
_YEARLY_OVER_AFTER = re.compile(r"^\s*(?:a year|annually|per year|each year|every year)\s+(?:over|for|during|throughout)\s+(?:the|its)\s+(?:[\w-]+[- ]year|next \w+ years|period)\b", re.IGNORECASE)
_OWN_BOOST_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:defen[cs]e|military|armed forces) (?:boost|build-?up|overhaul|acceleration fund|spending increase)\b"
                              r"|^\s*(?:of|in)\s+(?:additional\s+|extra\s+|new\s+)?(?:spending|expenditure|investment)\s+(?:on|in)\s+(?:security and\s+)?defen[cs]e\b", re.IGNORECASE)
# "Russian sovereign assets held in the US, of which there are only about $5bn"
# "This comes in addition to the long-range weapons package of about €5bn that Merz agreed in May": the earlier one
# ... unless a giving verb stands between ("on top of the military package we are giving SEK 1.5bn": the new money)
_IN_ADDITION_TO = re.compile(r"\b(?:in addition to|on top of|comes on top of|adds to)\s+(?:the|its|their|(?:an? )?(?:earlier|previous|prior))\b(?:(?!\b(?:giv|provid|send|allocat|pledg|commit|add|contribut|announc)\w*\b)[^.;,]){0,60}$", re.IGNORECASE)
# "Ukraine had signed a contract with PGZ for Piorun missiles worth PLN 500m": Ukraine buys, nobody gives
_UKRAINE_BUYS = re.compile(r"\b(?:Ukraine|Kyiv)(?:'s\s+\w+(?:\s+\w+)?)?\s+(?:has\s+|had\s+|will\s+)?(?:signed (?:a |two |several )?contracts?|bought|ordered|purchased|buys|orders)\b[^.;]{0,100}$")
# "Rheinmetall plans to invest around €300m in a shell factory in western Ukraine": industry investing
_INVEST_IN_PLANT = re.compile(r"\binvest\w*\s+(?:\S+\s+){0,2}$")
_PLANT_AFTER = re.compile(r"^\s*in (?:a |an |the |its )?(?:[\w-]+ ){0,3}(?:factory|plant|joint venture|production line|facility)\b")
# "continue talks with the IMF on its $15.6bn lending programme": a programme under way
_TALKS_ON_ITS = re.compile(r"\b(?:talks|negotiations|discussions|review)\b[^.;]{0,40}\b(?:on|of|about)\s+(?:its|the|their)\s+$"
                           r"|\breview of (?:its|the|their) (?:[\w-]+ ){0,3}(?:programme|program|arrangement|facility)\b[^.;]{0,40}$", re.IGNORECASE)
# "multi-year frameworks such as Denmark's 69 billion kroner Ukraine Fund": an example named, not news
_SUCH_AS = re.compile(r"\bsuch as\s+(?:the\s+)?[\w-]+(?:'s|’s)\s+$")
# "the government approved the purchase of 24 F-35 jets for about CZK 150bn": its own arms purchase
_OWN_PURCHASE = re.compile(r"\b(?:purchase|procurement|acquisition|order) of\b[^.;]{0,60}$", re.IGNORECASE)
_ASSETS_OF_WHICH = re.compile(r"\bassets\b[^.;]{0,40}\bof which\b[^.;]{0,30}$", re.IGNORECASE)
# "The EU's current programme, an €18bn package ...": a programme already running, described
_CURRENT_INSTRUMENT = re.compile(r"(?:'s|’s)\s+(?:current|existing|ongoing|previous|old)\s+(?:programme|program|package|facility|loan|arrangement)\b")
# "will save about $11.4bn in debt payments": money not spent, not money given
# "The budget also cuts development aid to SEK 53 billion": a level cut to, not money given
_CUT_TO = re.compile(r"\bcut(?:s|ting)?\b[^.;]{0,40}\bto\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_SAVED_BEFORE = re.compile(r"\bsav(?:e|es|ed|ing)\b[^.;]{0,30}$", re.IGNORECASE)
# "hand the Ministry of Defence an extra £13.4bn": the donor's own forces
_TO_OWN_MINISTRY = re.compile(r"\b(?:hand|hands|handing|give|gives|giving)\s+(?:the\s+)?(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|MoD|armed forces|military|army|Bundeswehr)\b", re.IGNORECASE)
# "Sweden is providing the largest share, about SEK 2.5bn, with Norway putting in NOK 1.5bn": members' shares of a joint package
_SHARES_SENTENCE = re.compile(r"\b(?:largest|biggest|smallest|remaining|equal|its|their)\s+shares?\b|\bputting in\b", re.IGNORECASE)
_VALUED_ESTIMATE = re.compile(r"\b(?:worth|valued at|value of)\s+(?:an?\s+)?estimated\s+$|\b(?:pay|paying|pays|fund|funding|finance|financing|cover)\b[^.;]{0,80}\bat an estimated cost of\s+$", re.IGNORECASE)
# "The increase, worth roughly €3bn over four years, ..." after a sentence on the defence budget: the donor's own rise
_INCREASE_SUBJECT = re.compile(r"^\W*The (?:increase|rise|boost|hike|extra spending)\b")
_OWN_DEFENCE_LEVEL = re.compile(r"\bdefen[cs]e (?:spending|budget|expenditure)|\b(?:%|per ?cent) of (?:GDP|gross domestic product)", re.IGNORECASE)
# "As UNA reported, in July the EU transferred ...": the report is not the news, its month is
_REPORTED_OPENING = re.compile(r"^\W*(?:As [\w .-]{1,40} (?:reported|said|announced|noted|wrote),|According to [^,]{1,60},)\s*")
# "increase the programme from thirty-five billion kroner to eighty-five billion kroner": the old level
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# "The G7's ERA loans, worth about €45bn, are being paid out": an instrument already known, described
_KNOWN_INSTRUMENT_WORTH = re.compile(r"^\W*The\s+[\w-]+(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:loans?|facility|fund|programme|program|mechanism|instrument|scheme)\b,?\s+(?:worth|totall?ing|of)\b")
# "reimbursed member states for €3.6bn of weapons": paid back to the donors, not given to Ukraine
_REIMBURSED = re.compile(r"\breimburs\w*\b[^.;]{0,40}$", re.IGNORECASE)
# "net borrowing of €81.8bn": the government's own deficit
_OWN_BORROWING_BEFORE = re.compile(r"\b(?:net\s+)?borrowing\s+(?:of|worth|totalling)\s+(?:(?:about|around|some|roughly)\s+)?$", re.IGNORECASE)
# "Sweden's contribution amounts to SEK 2.4bn" after the joint package: a member's share of it
_MEMBER_SHARE_IS = re.compile(r"(?:'s|’s)\s+(?:contribution|share|part|portion)\s+(?:amounts to|is|will be|comes to|totals)\s+(?:(?:approximately|about|around|some|roughly|nearly)\s+)?$", re.IGNORECASE)
# "in December, when the EU leaders agreed to provide ...": the time of a decision told again
_WHEN_CLAUSE = re.compile(rf"\b(?:in|on|at the end of)\s+((?:early\s+|late\s+|mid-)?(?:{_MONTHS})(?:\s+20\d\d)?),?\s+when\b")
_MORE_THAN_ANY = re.compile(r"^[^.;]{0,60}\bmore than any\b", re.IGNORECASE)
# "next year's allocation is roughly €3 billion higher": a difference between two levels.
_DIFFERENCE_AFTER = re.compile(r"^\s*(?:higher|lower|larger|smaller|bigger|less)\b(?! than)", re.IGNORECASE)
# An arms sale that Washington approves is bought, not given: "$990 million Patriot sale", "the possible sale of ...".
_SALE = re.compile(r"\b(?:possible|proposed|potential|approv\w*) (?:[\w-]+ ){0,3}sales?\b[^;]{0,120}$|^\s*(?:[\w-]+\s+){0,3}sales?\b(?! of)"
                   r"|\b(?:has|have|had) sold\b[^;]{0,120}$|\bsold\b[^.;]{0,60}\bto (?:Ukraine|Kyiv)\b[^;]{0,80}$|\bon commercial terms\b", re.IGNORECASE)
# "allocated another DKK 4.2bn from its Ukraine Fund": a new allocation out of the donor's own standing fund
_OWN_FUND_AFTER = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?from (?:its|their) (?:own )?(?:[\w-]+\s+){0,2}(?:fund|programme|program)\b", re.IGNORECASE)
_FURTHER_ALLOCATION = re.compile(r"\b(?:allocat\w*|approv\w*|releas\w*|earmark\w*|set aside|grant\w*|put in|puts in|contribut\w*|provid\w*|give|gives)\s+(?:(?:another|a further|an additional|an extra|new)\s+)?$", re.IGNORECASE)
# "defence exports to Poland are worth $13bn", "Ukraine's grain exports": trade, not aid
_TO_A_COMPANY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?to\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:company|operator|firm|utility|producer|manufacturer)\b", re.IGNORECASE)  # "a EUR 50m loan to a Finnish grid operator"
_EXPORTS_AFTER = re.compile(r"^[^.;]{0,80}\bto (?:finance|support|back|insure|cover) (?:[\w-]+ ){0,2}exports\b", re.IGNORECASE)  # "a PLN 1.5bn credit line ... to finance exports of goods to Ukraine"
_EXPORTS_BEFORE = re.compile(r"\bexports?\b(?!\s+credit)[^.;]{0,60}$", re.IGNORECASE)
# "goes to the Danish armed forces, not to Kyiv"
_NOT_TO_UKRAINE = re.compile(r"\bnot (?:to|for) (?:Ukraine|Kyiv)\b|\b(?:is|it's|it is|was) (?:\w+ )?(?:finance|lending|a loan|trade|business|a deal), not aid\b")
# "Germany will count its €7.5bn in military aid towards the baseline": what is counted, not what is given
_COUNTED_TOWARDS = re.compile(r"\bcount(?:s|ed|ing)?\b[^.;]{0,60}$")
_TOWARDS_AFTER = re.compile(r"^[^.;]{0,80}\btowards?\b")
# "the €17bn hole in the budget": a gap, not money
_GAP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:hole|gap|shortfall|black hole)\b", re.IGNORECASE)
# "According to the Kiel Institute ..., Paris had made ... commitments of €540m": a tracker's tally
# "the European Peace Facility had now mobilised €3.6bn", "the G7 had pledged and provided up to $29.5bn": a sum so far
_SUM_SO_FAR = re.compile(r"\b(?:has|have|had) now (?:\w+ )?(?:mobili[sz]ed|provided|given|spent|committed|allocated|disbursed|paid|sent|delivered|pledged|raised)\b[^.;]{0,40}$"
                         r"|\bpledged and (?:provided|disbursed|delivered|paid)\b[^.;]{0,60}$", re.IGNORECASE)
# "about €9bn ... has already been set aside": money decided before
_ALREADY_DONE_AFTER = re.compile(r"^[^.;]{0,60}\b(?:has|have|had|was|were) already been\b", re.IGNORECASE)
# "Canada's Mark Carney, who announced C$2 billion ... last week, said ...": a person told by an earlier act
_WHO_ANNOUNCED = re.compile(r",\s+(?:who|which) (?:had )?(?:announced|pledged|promised|unveiled|committed)\s+(?:(?:about|around|some|nearly|almost|more than|over|an? (?:additional|further|extra|new))\s+)?$", re.IGNORECASE)
_EARLIER_IN_CLAUSE = re.compile(r"^[^,;]{0,100}\b(?:last (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)|previously)\b", re.IGNORECASE)
_TRACKER = re.compile(r"\bKiel Institute\b|\b(?:Ukraine )?Support Tracker\b")
# "Japan's total support to Ukraine since 2022, including ..., amounts to about $12bn"
_TOTAL_AMOUNTS_TO = re.compile(r"\b(?:total|overall|cumulative)\s+(?:[\w-]+\s+){0,2}(?:support|aid|assistance|contributions?|commitments?)\b[^.;]{0,120}\bamount(?:s|ed|ing)? to\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
# "The G7 initiative ..., under which the partners will provide $50bn": what an instrument is, told again
_UNDER_WHICH = re.compile(r"\bthe (?:[\w()'’-]+ ){0,6}(?:initiative|framework|mechanism|programme|program|facility|scheme|instrument)\b[^.;]{0,80}\bunder which\b[^.;]{0,60}$", re.IGNORECASE)
# "Background: ..." and "Reminder: ...": the agencies' label for what is told again
# "a one-off fund of 100 billion euros for the country's armed forces": the donor's own forces
_OWN_FORCES_AFTER = re.compile(r"^\s*(?:(?:more|extra|a year|annually)\s+)?for defen[cs]e\b(?! (?:of|in) Ukraine)|^[^.;]{0,40}\bfor the (?:RAF|Royal Air Force|Royal Navy|British Army|US Army|US Air Force)\b|^[^.;]{0,40}\bfor (?:the country(?:'s|’s)|its own|its|their own|their|our own|our) (?:armed forces|army|military(?! aid| support| assistance))\b(?! of Ukraine)|\bfor the Bundeswehr\b|\bfor national defen[cs]e\b|^\s*special (?:defen[cs]e )?fund\b|\bfor (?:our|its|their) (?:air force|navy)\b|\b(?:that|which) (?:the|its|their) (?:armed forces|military|army) (?:can|will|may|could)\b", re.IGNORECASE)


def blank_asides(text: str, upto: int) -> str:
    """The text with its asides about the subject (", which has refused to send weapons,") before ``upto`` blanked
    out, offsets kept: what the aside says is not said of the figure."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)) if m.end() <= upto else m.group(0), text)
_TOTALS_HEADING = re.compile(r"\b(?:cumulative|in total|totals?|since (?:February |Feb\.? )?20\d\d|since the (?:start|invasion|war))\b", re.IGNORECASE)
def _heading_like(text: str) -> bool:
    """A list's heading or its colon-ended introduction, not the last sentence of the item before."""
    text = text.strip()
    return text.endswith(":") or (len(text) < 100 and not re.search(r"[.!?][\"”’)]*$", text))


_BACKGROUND_LABEL = re.compile(r"^\W*(?:Background|Reminder|Recall|Context|For context|For reference)\s*:", re.IGNORECASE)
# "packages of U.S. equipment worth roughly $500 million each": the usual size of something, not one pledge.
_EACH_OF_MANY = re.compile(r"\b(?:packages|tranches|deliveries|batches|orders|rounds)\b[^;]{0,120}$")
_EACH_ONE = re.compile(r"\b(?:each|every|a typical|the average|an average) (?:[\w-]+ ){0,2}(?:package|tranche|delivery|batch|order|round)s? (?:[\w-]+ ){0,3}?(?:is|was|were|are|would be|will be)? ?(?:worth|valued at|costs?|of)\b[^;]{0,40}$", re.IGNORECASE)
_UNDER_EARLIER = re.compile(r"^\W*Under (?:that|the same|an earlier|a previous|the previous|last year's|this year's) (?:\w+ ){0,2}(?:agreement|deal|accord|pact|plan|arrangement|scheme|programme|program)\b"
                            r"|^\W*Under the (?:draft|proposal|plan)\b", re.IGNORECASE)
_FOR_UKRAINE_AFTER = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:in [\w-]+ (?:aid|support|assistance)\s+)?(?:for|to) (?:Ukraine|Kyiv)\b")
# "would" is left out: "said in October it would give" reports a past statement.
_FUTURE = re.compile(r"\b(?:will|shall|next|due|scheduled|expected|upcoming|planned|to be)\b", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"(?:\bof|\bout of|\bfrom|\bwithin|\bunder)\s+(?:the|its|this|that|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_BROKEN_DOWN = re.compile(r"\b(?:made up of|consists? of|consisting of|compris(?:es|ing)|broken down into|splits? (?:between|into)|divided (?:between|into))\b", re.IGNORECASE)
_TAKES_TOTAL_TO = re.compile(r"\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\b[^.;]{0,100}\bto\s+(?:(?:about|around|some|nearly|almost|more than|over|roughly)\s+)?$", re.IGNORECASE)
_CORRECTION_OR_CLAIM = re.compile(r"\b(?:round|add)(?:ed|ing|s)? (?:those|these|them|it) up\b|^\W*Correction\b|^\W*CLAIM\b|^\W*Claim(?: \d+)?:|^\W*(?:[A-Z][A-Z ]+:\s*)?(?:Has|Have|Did|Does|Do|Is|Are|Was|Will|Would|Should|Can|Could|How|Why|What|Where|Who)\b[^!?]*\?\W*$|\b(?:the|a|this|that) claim\b|\bclaim(?:s|ed)? that\b|\b(?:misstated|misreported|incorrectly|erroneously|wrongly (?:said|stated|reported|gave))\b", re.IGNORECASE)
_SHARE_IS = re.compile(r"\bshare of (?:[\w-]+ ){0,5}(?:is|was|stands at|amounts to|totals)\s+(?:(?:above|over|about|around|some|more than|nearly|almost)\s+)?$", re.IGNORECASE)  # "The US share of military commitments alone is above $46bn"
_SHARE_AFTER = re.compile(r"^\s*(?:as (?:its|their|the) )?share of (?:the|its|a)\b|^\s*share\b(?! of Ukraine)", re.IGNORECASE)  # "its $20 billion share of the G7 loan"
_SHARE_OF = re.compile(r"(?:'s|’s)\s+(?:allocation|share|quota|portion|slice),?\s+(?:of\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$"
                       r"|\b(?:a quarter|a third|half|a fifth|a tenth|\d+(?:\.\d+)?\s?(?:%|per ?cent)) of the (?:fund|facility|package|pot|total)\b,?\s+(?:or\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$", re.IGNORECASE)
_POSSESSIVE_INSTRUMENT = re.compile(r"\bthe\s+[\w.-]+(?:'s|’s)\s+(?:[\w-]+,?\s+){0,2}$", re.IGNORECASE)  # "the EU's four-year, €50bn facility"
_NAMED_INSTRUMENT = re.compile(r"\bthe\s+[A-Z][\w.&-]*(?:'s|’s)\s+(?:new\s+)?$")
# "the gap in external financing was around $40bn", "a shopping list put at over $20bn": what is needed.
_NEED_BEFORE = re.compile(r"\b(?:will|would|could|may|to|still) need\s+(?:(?:about|around|some|roughly|nearly|an estimated|at least|well over|over|more than)\s+)?$|\bputs? (?:the )?(?:cost|bill|price|damage|needs?)\b[^.;]{0,80}\bat\s+(?:(?:about|around|some|roughly|nearly|at least|well over|over|more than)\s+)?$|\b(?:(?:will|would|could|may) need|need(?:s|ed)?|gap|shortfall|deficit|requirements?|shopping list|wish list)\b[^.;]{0,120}\b(?:is|was|are|were|stands at|totals?|amounts? to|put at|estimated at|at|need(?:s|ed)?)\s+(?:(?:about|around|some|roughly|nearly|an estimated|at least|well over|over|more than)\s+)?$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:has not|have not|hasn't|haven't|did not|didn't|never|not)\s+(?:[\w-]+\s+){0,3}$|\bno\s+(?:[\w-]+\s+){0,2}of the\s+$", re.IGNORECASE)
_DATED_RIGHT_AFTER = re.compile(rf"^\s*(?:\S+\s+){{0,4}}?(?:last|in)\s+(?:{_MONTHS})\b")
_GOES_ON = re.compile(r"\b(?:and|while|whereas)\b", re.IGNORECASE)
_NEW_TURN = re.compile(r"\b(?:will|plans?|intends?|next|new|another|further|additional|fresh|now|today|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.IGNORECASE)
_ADDING_ON = re.compile(r"^\W*(?:In addition|Additionally|Also|On top of (?:that|this)|Besides|Furthermore),?\s", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have) (?:been |also |so far |already )*\w+(?:ed|en|ne|de|t)\b", re.IGNORECASE)
_YEARLY_AFTER = re.compile(r"^\s*(?:(?:a|per|each|every) year|annually|a month|per month)\b", re.IGNORECASE)
_DEFINITE_SUBJECT = re.compile(r"^\W*(?:The (?:\w+ )?(?:package|programme|program|plan|aid|support|fund|money|framework)|It|This)\b", re.IGNORECASE)
_JOINT_SHARE_AFTER = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:to|towards|for|into) the (?:joint|combined|common|collective) (?:package|fund|purchase|order|contribution|initiative|pot)\b", re.IGNORECASE)
_NOT_UKRAINE_ALONE = re.compile(r"[^.;]{0,40}?\b(?:worldwide|around the world|across the world|globally)\b|[^.;]{0,40}?\breimburs\w* (?:member states|countries|allies)\b|[^.;]{0,80}?\bInvestment Fund\b", re.IGNORECASE)
# "paid out €1bn under the ... loan of up to €18.1bn", "the Nansen Programme, which amounts to NOK 85bn": the
# instrument a payment belongs to, described again.
_INSTRUMENT_OF = re.compile(r"\bunder (?:its|their) $|\b(?:profits|proceeds|revenues?|windfall) (?:\S+ ){0,2}(?:from|of|on) (?:the )?(?:frozen|immobili[sz]ed)\b[^.;]{0,40}$|\bunder the (?:[\w-]+ ){0,6}(?:loan|facility|programme|program|framework|fund|instrument|package) of (?:up to |about |around )?$|\b(?:Programme|Program|Facility|Fund|Initiative|Framework|Plan)\b[^.;]{0,60},\s*which (?:now )?(?:amounts? to|totals?|is worth|comes to|has a budget of|will provide|provides)\s+(?:(?:about|around|some)\s+)?$", re.IGNORECASE)
# "The Executive Board approved a new 48-month arrangement under the Extended Fund Facility of about $8.1bn": the IMF's
# new programme, whatever the facility it is made under
_NEW_ARRANGEMENT = re.compile(r"\b(?:approv\w*|agree\w*)\s+(?:a |an )?(?:new )?(?:[\w-]+ )?arrangement under the\b[^.;]{0,60}$", re.IGNORECASE)
_SUM_APPROVED = re.compile(r"\b(?:a sum|an amount|money|funds|which was|that was) (?:\S+ ){0,2}(?:approved|agreed|voted|earmarked|announced|pledged)\b(?P<when>[^.;]{0,60})", re.IGNORECASE)
# "X have previously contributed, and on Monday Iceland announced ISK 300m": the news comes after the background.
_FRESH_TIME = re.compile(r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|this week|yesterday)\b", re.IGNORECASE)
_SPENT_ON_AFTER = re.compile(r"^\s*(?:will|would|is to|are to|is|are)\s+(?:go|be (?:used|spent|channel+ed|allocated|earmarked|directed))\s+(?:to|for|towards|through|on)\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:including|which|who|while|whereas|but|taking|bringing|lifting|raising|pushing)\b", re.IGNORECASE)
_AID_VERB = re.compile(r"\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|send(?:s|ing)?|sent|pledg(?:e|ed|ing)|announc\w*|commit(?:s|ted|ting)?|allocat(?:e|es|ed|ing)|add(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|offer(?:s|ed|ing)?)\b", re.IGNORECASE)
_DISBURSED_AFTER = re.compile(r"^\s*(?:would|will|is to|are to|to|could) be (?:disbursed|paid out|released)\b", re.IGNORECASE)
_HOME_REFUGEES = re.compile(r"\b(?:accommodation|housing|shelter|reception) (?:\w+ ){0,2}for (?:\w+ ){0,2}refugees\b|\brefugees\b[^.;]{0,40}\barriving (?:in|from)\b|\b(?:house|care for|accommodate|integrate)\b[^.;]{0,25}\brefugees\b|\bhost(?:ing)? (?:\w+ )?refugees\b", re.IGNORECASE)
_TO_UKRAINE = re.compile(r"\b(?:for|to)\s+(?:Ukraine|Kyiv)\b")


@dataclass
class _Figure:
    """A figure of a sentence and the text around it, as the rules read it."""

    ctx: PledgeContext
    groups: list[dict]
    position: int
    index: int
    before: str
    after: str
    near_before: str

    def __post_init__(self) -> None:
        self.cues = pledge_cues()
        self.text = self.ctx.doc.text
        self.sentence = self.ctx.sentences[self.index]
        self.money: Money = self.groups[self.position]["money"]
        self.amounts = [g["money"].amount for g in self.groups]
        # This figure's clause starts after the figure before it in the sentence.
        self.clause_start = self.groups[self.position - 1]["money"].end if self.position else self.sentence.start
        self.head = self.text[self.sentence.start : self.money.start]


def not_a_pledge(ctx: PledgeContext, groups: list[dict], position: int, index: int, before: str, after: str, near_before: str) -> str | None:
    """Why the figure at ``position`` is not a new aid pledge, or None. The rules come in four families; a figure
    is rejected by the first rule that applies."""
    figure = _Figure(ctx, groups, position, index, before, after, near_before)
    for family in (_part_of_a_whole, _told_again, _not_decided, _not_aid_to_ukraine):
        reason = family(figure)
        if reason:
            return reason
    return None



def _part_of_a_whole(f: _Figure) -> str | None:
    """A part of a figure given before or beside it: sub-allocations, shares, instalments, items of a listed total."""
    ctx, groups, position, index, before, after, near_before, cues, text, sentence, money, amounts, head = f.ctx, f.groups, f.position, f.index, f.before, f.after, f.near_before, f.cues, f.text, f.sentence, f.money, f.amounts, f.head
    if position + 1 < len(groups):
        gap = text[money.end : groups[position + 1]["money"].start]
        if re.match(r"^\s*(?:of|out of|from|within|as part of|part of)\s+(?:the|its|this|that|a|an)\s+(?:[\w-]+\s+){0,3}$", gap, re.IGNORECASE):
            return "part of a larger figure in the same sentence"
        # "paid out a further €1.5bn in budget support under its €18bn programme"
        if groups[position + 1]["money"].amount > money.amount and re.match(
                r"^\s*(?:[\w-]+\s+){0,4}?(?:under|from|out of|within)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$", gap, re.IGNORECASE):
            return "part of a larger figure in the same sentence"
    inherited = _inherited_reason(ctx, groups, position, index)
    if inherited:
        return inherited
    if _DISBURSED_AFTER.match(after) and earlier_larger(ctx, money, index):
        return "a disbursement of a programme found before (\"$2.7bn would be disbursed immediately\")"
    if _SPENT_ON_AFTER.match(after) and earlier_larger(ctx, money, index) and _in_breakdown(ctx, money) \
            and not re.search(r"\bseparate(?:ly)?\b", sentence.text, re.IGNORECASE):
        return "a part of the package before, told by where it goes (\"NOK 1.5bn will go to the fund\")"
    if _PART_OF_PACKAGE.match(after) and not (_OWN_FUND_AFTER.match(after) and _FURTHER_ALLOCATION.search(near_before)):
        return "part of a package (\"X of the package\")"
    if any(re.match(r"^\s*of (?:that|this|it)\b", text[g["money"].end : g["money"].end + 12]) for g in groups):
        return "one of several shares of a figure given before"
    if _SENTENCE_PART.match(sentence.text) and (position > 0 or ctx.pledges or earlier_money(ctx, index)):
        return "part of a package described earlier (\"Of this amount ...\", \"The package includes ...\")"
    # The share for Ukraine of a larger total for several recipients is itself the pledge.
    ukraine_share = bool(_FOR_UKRAINE_AFTER.match(after)) and any(
        g["money"].amount > money.amount and not _FOR_UKRAINE_AFTER.match(text[g["money"].end :]) for g in groups[:position])
    # "On top of that, Oslo will provide ...": an addition, not "€92m of that".
    if cues["part"].search(near_before) and not ukraine_share and not _ON_TOP.search(before) and (any(a > money.amount for a in amounts[:position]) or earlier_larger(ctx, money, index)):
        return "sub-allocation of a headline figure"
    if _REFERENCE_BEFORE.search(before[-25:]) and any(a < money.amount for a in amounts[position + 1 :]) and already_extracted(ctx, money):
        return "headline restated to introduce its parts"
    if position > 0 and not ukraine_share and re.search(r"(?:\bwith|\bincluding|\bof which)\s+$", near_before, re.IGNORECASE) and any(a > money.amount for a in amounts[:position]):
        return "part of an earlier figure in the sentence"
    if position > 0 and re.match(r"^\s*(?:a|per|each) (?:month|week|quarter)\b", after) and any(a > money.amount for a in amounts[:position]):
        return "the monthly part of an earlier figure in the sentence (\"€18bn in loans in 2023, about €1.5bn a month\")"
    if (_MEMBER_SHARE_IS.search(before) or _SHARES_SENTENCE.search(sentence.text)) and earlier_joint(ctx, index):
        return "a member's share of the joint package before"
    if position + 1 < len(groups) and re.search(r"\b(?:out of|from)\s+(?:its|their|the)\s+$", near_before, re.IGNORECASE) \
            and groups[position + 1]["money"].amount < money.amount:
        return "the whole a later part is taken from (\"out of its €11.5bn budget, €3bn will go ...\")"
    if len(groups) > 1 and _BROKEN_DOWN.search(head):
        return "one of the parts a total is broken down into"
    if _OUT_OF_EARLIER.match(after) or _OUT_OF_EARLIER.search(near_before):
        return "drawn from an earlier pledge or budget (\"will come out of the C$5bn promised last year\")"
    if _OF_WHICH_UKRAINE.search(text, money.end, sentence.end) and not _FOR_UKRAINE_AFTER.match(after):
        return "a total for several recipients; its part for Ukraine is the pledge"
    if _MULTI_RECIPIENT_BILL.match(after):
        return "a bill for several recipients (\"$95bn foreign aid law\")"
    if _INSTALMENT_BEFORE.search(near_before) or (re.search(r"\bwith the (?:remainder|rest)\b", text[money.end : groups[position + 1]["money"].start if position + 1 < len(groups) else sentence.end])) \
            or _UNDER_EXISTING_AFTER.match(after):
        return "an instalment or part of a larger figure, or paid under an existing programme"
    if re.search(r"\b(?:comes?|came|falls?|fits?|is|are) (?:well |also )?within (?:the|its|their)\s+$", near_before, re.IGNORECASE):
        return "the known whole a new package comes within (\"The package comes within the £3bn a year\")"
    if _REMAINDER_BEFORE.search(near_before) and (any(a > money.amount for a in amounts[:position]) or earlier_larger(ctx, money, index)):
        return "the rest of a figure given before (\"The remaining $300m will ...\")"
    if _YEARLY_OVER_AFTER.match(after) and earlier_larger(ctx, money, index):
        return "the yearly part of a multi-year pledge found before (\"NOK 15bn annually over the five-year period\")"
    # "$95bn foreign aid package that includes nearly $61bn for Ukraine": the part for Ukraine is the pledge.
    later_for_ukraine = any(_FOR_UKRAINE_AFTER.match(text[g["money"].end :]) for g in groups[position + 1 :])
    if later_for_ukraine and not _FOR_UKRAINE_AFTER.match(after) and amounts[position] > min(amounts[position + 1 :]):
        return "a total for several recipients; its part for Ukraine is the pledge"
    # A member's share of the G7 loans, reported as today's news, is its own loan to Ukraine, unlike a share of a common fund.
    if (_SHARE_OF.search(before) or _SHARE_AFTER.match(after) or _SHARE_IS.search(before)) and not (_LOAN_SCHEME.search(sentence.text) and _NEWS_DAY.search(sentence.text)):
        return "a member's share of a common fund, not a pledge to Ukraine"
    # "- Germany: 50 million euros for generators": a list of donors' pledges, not parts of one total.
    # A part listed under a total is short ("- Air defence systems, SEK 2.9 billion"); a reported sentence in a
    # bullet ("- 13:40 ... Anand said Ottawa would donate ...") is news of its own.
    if BULLET.match(sentence.text) and not DONOR_LABEL.match(sentence.text) and not REPORTING_VERB.search(sentence.text) \
            and _intro_with_total(ctx, index):
        return "an item of a package listed under its total"
    return None



def _told_again(f: _Figure) -> str | None:
    """A figure known already or summed up: background, totals to date, instruments described, comparisons, estimates."""
    ctx, groups, position, before, after, near_before, cues, text, sentence, money, clause_start, head = f.ctx, f.groups, f.position, f.before, f.after, f.near_before, f.cues, f.text, f.sentence, f.money, f.clause_start, f.head
    if _BACKGROUND_LABEL.match(sentence.text):
        return "told again under a 'Background:' label"
    if DONOR_LABEL.match(sentence.text) and (intro := list_intro_index(ctx, f.index, 15)) is not None \
            and _TOTALS_HEADING.search(ctx.sentences[intro].text) and _heading_like(ctx.sentences[intro].text):
        return "an item of a list of totals (\"Cumulative military aid since February 2022:\")"
    if position == 0 and _EQUIVALENT_BEFORE.search(near_before) and (ctx.pledges or earlier_money(ctx, f.index)):
        return "the figure before, converted (\"The new aid, equivalent to about 740 billion yen\")"
    if position == 0 and _OWNERS_FIGURE.match(text[sentence.start : money.start]) and not _NEWS_DAY.search(sentence.text) \
            and any(m.code not in NOT_DONORS for m in find_donor_mentions(text, sentence.start, money.start)):
        return "definite reference to money known by its owner, the subject of a sentence about something else (\"Norway's NOK 85bn for 2026, approved before Christmas, will ...\")"
    if _TRACKER.search(sentence.text) or _TOTAL_AMOUNTS_TO.search(text[sentence.start : money.start]) or _SUM_SO_FAR.search(text[clause_start : money.start]):
        return "a tracker's tally or a total to date"
    if _ALREADY_DONE_AFTER.match(after) or (_WHO_ANNOUNCED.search(near_before) and _EARLIER_IN_CLAUSE.match(text[money.end : sentence.end])):
        return "earlier pledge mentioned as background (\"€9bn has already been set aside\", \"Carney, who announced C$2bn last week\")"
    if _KNOWN_INSTRUMENT_WORTH.match(sentence.text) and money.start - sentence.start < 80:
        return "description of a known instrument (\"The G7's ERA loans, worth about €45bn, ...\")"
    if position + 1 < len(groups) and _FROM_LEVEL.search(near_before) and re.match(r"^\s*to\s+$", text[money.end : groups[position + 1]["money"].start]):
        return "the old level a figure rises from (\"from NOK 35bn to NOK 85bn\")"
    if _IN_ADDITION_TO.search(text[clause_start : money.start]) or _TALKS_ON_ITS.search(text[sentence.start : money.start]) \
            or _SUCH_AS.search(near_before):
        return "an earlier package or a programme under way, named next to the new one"
    if _CURRENT_INSTRUMENT.search(text, sentence.start, money.start):
        return "a programme already running, described (\"the EU's current programme, an €18bn package\")"
    when_clause = _WHEN_CLAUSE.search(text, sentence.start, money.start)
    if when_clause and _past_month(when_clause.group(1), ctx.doc):
        return "dated to an earlier month: background (\"in December, when leaders agreed ...\")"
    if _UNDER_WHICH.search(text[sentence.start : money.start]) and not re.search(r"\bnew\b", text[sentence.start : money.start], re.IGNORECASE):
        return "description of a known instrument (\"the G7 initiative, under which partners will provide $50bn\")"
    running = _RUNNING_TOTAL.search(near_before)
    if running and not re.match(r"pass\w*\s+an?\s", running.group(0), re.IGNORECASE):  # "the Senate passed a $40bn package"
        return "a running total (\"aid tops $22bn\")"
    if _REMAINING_AFTER.match(after) or _MORE_THAN_ANY.match(after) or _ALREADY_AFTER.match(text[money.end : sentence.end]):
        return "an amount left over or a comparison of totals, not a new pledge"
    if _PROFITS_GENERATE.search(before) or _RAN_AT.search(near_before) or _PAYMENT_UNDER.search(text[sentence.start : money.start]):
        return "frozen-asset profits, a running level, or a payment under a larger programme"
    # "the government proposes a frame of forty billion kronor": a frame set now is the pledge
    if (_FRAME_OF.search(before) and not re.search(r"\bnew\b|\b(?:propos\w*|sets? out|unveil\w*|announc\w*|launch\w*)\b[^.;]{0,25}$|\bUkrain\w* (?:\w+ )?fund of\s+$", before, re.IGNORECASE) and not _NEW_ARRANGEMENT.search(text[sentence.start : money.start])) \
            or _UNDER_EARLIER.match(sentence.text):
        return "an existing framework or agreement, not a new pledge"
    if _TAKES_TOTAL_TO.search(head) or (position > 0 and _NEW_LEVEL.search(text[clause_start : money.start])):
        return "cumulative total (\"took its support to £3bn\")"
    if (_NAMED_INSTRUMENT.search(near_before) or re.search(r"\bcontribution to (?:a|an|the)\s+$", near_before, re.IGNORECASE) or _INSTRUMENT_OF.search(text[sentence.start : money.start])) \
            and not _NEW_ARRANGEMENT.search(text[sentence.start : money.start]):
        return "definite reference to a known instrument (\"the G7's $50bn loan\")"
    # The clause of this figure only: "has so far given €5bn, and will provide another €1bn" dates the first.
    rest = text[money.end : min(sentence.end, money.end + 100)]
    rest = rest[: m.start()] if (m := _NEW_CLAUSE.search(rest)) else rest
    window_start = max(clause_start, money.start - 100)
    window = text[window_start : money.start] + money.text + rest
    for cumulative in cues["cumulative"].finditer(window):
        if _reported_past_perfect(window, cumulative):
            continue
        # what comes before the cue, from a little before the window: "his second Ramstein meeting since Labour took office";
        # a first or a superlative "since" is not a total, but a later cue in the clause may still be one
        lead_in = text[max(sentence.start, window_start - 80) : window_start] + window[: cumulative.start()]
        if cumulative.group(0).lower() == "in total" and re.search(r"\b(?:jointly|together)\b", lead_in):
            continue  # "Germany and Norway will jointly finance two Patriots, worth €1.8bn in total": their joint pledge
        if not ((cumulative.group(0).lower() in {"so far", "to date", "thus far"} and _SUPERLATIVE.search(lead_in))
                or (cumulative.group(0).lower().startswith("since") and (_ORDINAL.search(lead_in) or _ORDINAL_WORD_NEAR.search(lead_in) or _SUPERLATIVE.search(lead_in)))):
            return "cumulative total"
    if re.match(r"^\W*Earlier(?:,| this (?:month|year),| in the (?:month|year),)", sentence.text):
        return "earlier pledge mentioned as background (\"Earlier, Bern announced ...\")"
    if _SENTENCE_CUMULATIVE.match(sentence.text):
        return "cumulative total (\"Since the start of the war, ...\")"
    # "spent an estimated €180m ..., pledged a further €175m": the estimate is the earlier figure's.
    estimate = re.search(r"\b(?:estimat\w*|assess\w*|forecast\w*|projected|calculat\w*)\b", text[clause_start : money.start], re.IGNORECASE)
    # "worth an estimated 15 million leva", "will pay for a school at an estimated cost of €3m": the value of what is given
    if estimate and not _VALUED_ESTIMATE.search(text[clause_start : money.start]):
        return "an estimate, not a pledge"
    described = _INSTRUMENT_DESCRIPTION.match(sentence.text)
    # "The International Monetary Fund will provide ...": a donor named like a fund is still a donor.
    if described and any(m.code not in NOT_DONORS and m.kind == "name" for m in find_donor_mentions(text, sentence.start, sentence.start + described.end())):
        described = None
    if described or _DEFINITE_OF.search(text[sentence.start : money.start]) or _instrument_labelled(text, sentence, money):
        return "description of a known instrument (\"The Ukraine Facility provides up to €50bn\")"
    # "Norway and Germany will jointly fund ... at a combined cost of $1.6bn": a joint pledge, not a sum of many.
    aggregate = cues["aggregate"].search(head[-200:] + money.text + after)
    if aggregate and re.search(r"\b(?:told|addressed|before|briefed)\s+(?:more than |some |about |the )?$", (head[-200:] + money.text + after)[max(0, aggregate.start() - 20) : aggregate.start()]):
        aggregate = None  # "Sunak told more than 60 delegations that Britain would provide $3bn": the audience
    if aggregate and aggregate.group(0).lower().endswith("combined") and re.search(r"\bsign\w*\s+(?:\w+\s+)?(?:agreements|deals|contracts|accords|projects)\b", head[-120:]) \
            and len({m.code for m in find_donor_mentions(text, sentence.start, sentence.end) if m.code not in NOT_DONORS}) == 1:
        aggregate = None  # "The Saudi minister signed two agreements worth a combined $400m": one donor's agreements
    if aggregate and aggregate.group(0).lower().endswith("combined") and _PAIR_SUBJECT.match(sentence.text):
        aggregate = None  # "Estonia and Latvia pledged a combined €20m": a joint pledge of the two
    if aggregate and not re.search(r"\bjointly\b", head):
        return "a total over many donors"
    if re.search(r"\b(?:separate|apart|distinct|different) from the\s+$", near_before, re.IGNORECASE):
        return "a figure set apart from the new one (\"separate from the $5bn share\")"
    if (re.search(r"\b(?:the|this|the full|the first)\s+$", near_before, re.IGNORECASE) and not re.search(r"\b(?:of|from|out of|within)\s+the\s+$", near_before, re.IGNORECASE)) \
            or _POSSESSIVE_INSTRUMENT.search(near_before):
        return "definite reference to a figure already known (\"the €50bn facility\")"
    if (re.match(r"^\s*each\b", after) and _EACH_OF_MANY.search(text[clause_start : money.start])) or _EACH_ONE.search(text[clause_start : money.start]):
        return "the typical size of many packages (\"worth $500m each\"), not one pledge"
    if _past_season(text[clause_start : money.start], ctx.doc):
        return "dated to an earlier season: background (\"In the spring we put ...\")"
    opening = _SPEAKER_LABEL.sub("", sentence.text, count=1)
    reported = _REPORTED_OPENING.match(opening)
    if reported:  # "As UNA reported, in July the EU transferred ...": the clause after the report opens the sentence
        rest = opening[reported.end() :]
        opening = rest[:1].upper() + rest[1:]
    opening_date = _LEAD_DATE.match(opening)
    if opening_date and _past_month(_as_in_month(opening_date.group(0)), ctx.doc):
        return "dated to an earlier month: background (\"In April, a further €2.1bn ...\")"
    if _RECALLED.search(text[clause_start : money.start]):
        return "recalled, not announced (\"recalled the additional €426m Berlin announced\")"
    fresh = cues["fresh"].search(near_before)
    if not fresh:
        background = cues["background_before"].search(before)
        if background and not _reported_past_perfect(before, background):
            return "earlier pledge mentioned as background"
        # A figure with a day of its own ("approved on Wednesday ... $8bn, replacing the programme approved in
        # March 2023"): what follows a framework it replaces or comes under dates that framework.
        own_day = _FRESH_TIME.search(text, sentence.start, money.start)
        frame = _UNDER_FRAME.search(after) if own_day else None
        own_after = after[: frame.start()] if frame else after
        if cues["background_after"].search(own_after) or (not frame and cues["background_late"].search(text[money.end : min(sentence.end, money.end + 120)])):
            return "earlier pledge mentioned as background"
        lead = _LEAD_DATE.match(_SPEAKER_LABEL.sub("", sentence.text, count=1))
        earlier_cue = cues["background_clause"].search(blank_asides(text[clause_start : money.start], money.start - clause_start))
        # "... on last year, as part of a £350 million package agreed today": the figure's own time wins.
        if earlier_cue and not _FRESH_TIME.search(text, clause_start + earlier_cue.end(), money.start) \
                and not _FRESH_TIME.search(_NEW_CLAUSE.split(text[money.end : min(sentence.end, money.end + 50)], maxsplit=1)[0]):
            return "earlier pledge mentioned as background (\"earlier this year\")"
        approved = _SUM_APPROVED.search(text, money.end, sentence.end)
        if approved and _past_month(approved.group("when"), ctx.doc):
            return "dated to an earlier month: background (\"a sum approved by the budget committee in March\")"
        # The words after the figure up to the next figure: "$50m, on top of the $55m it announced in November".
        next_figure = groups[position + 1]["money"].start if position + 1 < len(groups) else sentence.end
        # "announced on Monday ... under the security agreement signed in May last year": the framework's date,
        # not the figure's, when the figure has a day of its own.
        frame = _UNDER_FRAME.search(text, money.end, next_figure) if own_day else None
        next_figure = frame.start() if frame else next_figure
        own_after = text[money.end : min(sentence.end, money.end + 90, next_figure)]
        # "Sweden, which had already promised Archer guns in January, said on Tuesday it would add SEK 4.3bn": the
        # month of an aside about the donor before the figure is not the figure's
        span = text[clause_start : next_figure]
        aside = _ASIDE.search(text, clause_start, money.start)
        if aside and _FRESH_TIME.search(text, aside.end(), money.start):
            span = text[clause_start : aside.start()] + " " + text[aside.end() : next_figure]
            before = text[max(aside.end(), money.start - 60) : money.start]
        if _past_month(before + " " + own_after, ctx.doc, sentence.text) or (lead and _past_month(lead.group(0), ctx.doc)) or _past_month(
            " ".join(_PAST_VERB_MONTH.findall(span)), ctx.doc
        ):
            return "dated to an earlier month: background"
    if fresh and _DATED_RIGHT_AFTER.match(after) and _past_month(after[:40], ctx.doc):
        return "dated to an earlier month: background (\"a further $1.3bn last October\")"
    if _COMPARISON.search(near_before) or _TYPICAL_OR_WHOLE.search(near_before) or (position > 0 and _PART_OF_WHOLE.search(near_before)) or _IS_PART_OF.search(before):
        return "a comparison figure (\"up from €8bn\")"
    return None



def _not_decided(f: _Figure) -> str | None:
    """Not (yet) decided: claims checked, proposals, questions, needs, negations, hypotheses, requests and blocks."""
    ctx, index, after, near_before, cues, text, sentence, money, clause_start, head = f.ctx, f.index, f.after, f.near_before, f.cues, f.text, f.sentence, f.money, f.clause_start, f.head
    if _CORRECTION_OR_CLAIM.search(sentence.text):
        return "a correction, or a claim being fact-checked, not a pledge"
    if re.match(r"^\W*(?:A|The) (?:[\w-]+ ){0,2}proposal\b|^\W*(?:A|An) (?:[\w-]+ ){0,2}(?:plan|idea)\b", sentence.text):
        return "a proposal (\"A proposal by Borrell for up to €20bn ...\")"
    if re.search(r"\?[\s\"”’')]*$", sentence.text) or _asked_by_questioner(ctx, index):
        return "a question, not a pledge"
    if _NEED_BEFORE.search(head):
        return "a financing need or shopping list, not a pledge"
    if _NEGATED.search(near_before):
        return "negated (\"Spain has not sent €10bn\")"
    if _CONDITIONAL_SENTENCE.match(sentence.text) or _IF_WOULD.search(text[sentence.start : money.start]):
        return "hypothetical (\"If every member gave ...\")"
    # "..., although Tokyo has not yet published a figure in yen": a concession about something else.
    own_after = _CONCESSION.split(after[:60], maxsplit=1)[0]
    # "South Korea, which has refused to send weapons, pledged 30 billion won": the aside is not about the figure
    head_window = text[max(clause_start, money.start - 90) : money.start]
    own_before = blank_asides(head_window, len(head_window))
    window = _GOVERNMENT_PROPOSES.sub(" ", _PURPOSE_NEEDS.sub(" ", own_before + money.text + own_after))
    if cues["conditional"].search(window) or _STILL_OPEN_AFTER.match(text[money.end : sentence.end]) \
            or _STILL_OPEN_AFTER.search(text[sentence.start : money.start]):  # "The budget proposal, which is still being reviewed, includes $400m"
        return "conditional, requested or blocked: not a pledge"
    return None



def _not_aid_to_ukraine(f: _Figure) -> str | None:
    """Money, but not aid to Ukraine: own budgets and forces, trade, private money, other recipients, assets."""
    ctx, index, before, after, near_before, cues, text, sentence, money, clause_start = f.ctx, f.index, f.before, f.after, f.near_before, f.cues, f.text, f.sentence, f.money, f.clause_start
    if _NOT_TO_UKRAINE.search(text, money.end, sentence.end):
        return "money said not to go to Ukraine"
    if _TO_RUSSIA_BEFORE.search(near_before) or _ALL_AID_BEFORE.search(near_before):
        return "given to Russia, or a donor's aid to all countries: not aid to Ukraine"
    if _REFUGEES_ABROAD.search(text, money.end, min(sentence.end, money.end + 90)):
        return "for refugees in the donor's own country, not aid to Ukraine"
    if _UKRAINIAN_FOOD_ABROAD.search(sentence.text) and cues["other"].search(text, money.end, sentence.end):
        return "Ukrainian food shipped to other countries: aid to them"
    if _COUNTED_TOWARDS.search(text[clause_start : money.start]) and _TOWARDS_AFTER.match(after):
        return "aid counted towards a spending benchmark, not given anew"
    if _REIMBURSED.search(text[clause_start : money.start]):
        return "reimbursed to donors, not given to Ukraine"
    if _INCREASE_SUBJECT.match(sentence.text) and index > 0 and _OWN_DEFENCE_LEVEL.search(ctx.sentences[index - 1].text) \
            and not UKRAINE.search(sentence.text):
        return "the rise of the donor's own defence budget told just before"
    if _INVEST_IN_PLANT.search(near_before) and _PLANT_AFTER.match(after):
        return "industry investing in production, not aid"
    if _UKRAINE_BUYS.search(text[sentence.start : money.start]):
        return "Ukraine's own purchase, not a donor's pledge"
    if _OWN_PURCHASE.search(text[clause_start : money.start]) and not UKRAINE.search(sentence.text):
        return "the donor's own arms purchase"
    if _OWN_FORCES_AFTER.match(after) and not _TO_UKRAINE.search(after[:40]):
        return "money for the donor's own armed forces"
    if _SAVED_BEFORE.search(near_before) or _TO_OWN_MINISTRY.search(text, clause_start, money.start) or _CUT_TO.search(before):
        return "money saved, or handed to the donor's own defence ministry: not aid"
    if _GAP_AFTER.match(after) or _OWN_BORROWING_BEFORE.search(near_before):
        return "a budget gap or the government's own borrowing, not money given"
    if (to_company := _TO_A_COMPANY_AFTER.match(after)) and not UKRAINE.search(to_company.group(0)):
        return "a loan to a company, not aid to Ukraine"
    if _EXPORTS_AFTER.match(after):
        return "a credit line for the donor's exports: trade, not aid"
    if _EXPORTS_BEFORE.search(text[clause_start : money.start]) and not _TO_UKRAINE.search(text, clause_start, sentence.end):
        return "exports: trade, not aid"
    if _RECIPIENT_RAISED.search(text[sentence.start : money.start]):
        return "money Ukraine raised itself, not a donor's pledge"
    if _LEVERAGE.search(near_before) and _INVESTMENT_AFTER.match(after):
        return "investment the money is meant to attract, not a pledge"
    if _VALUE_OF_A_SHARE.search(near_before):
        return "what a share of GDP is worth (\"every tenth of a percent is about €80m\"), not a pledge"
    if _PRIVATE_AFTER.match(after):
        return "private investment or lending to a private company, not aid"
    if _OWN_BOOST_AFTER.match(after):
        return "the donor's own defence boost, not aid"
    if _DIFFERENCE_AFTER.match(after):
        return "the difference between two levels (\"€3 billion higher\"), not a pledge"
    if _OTHER_RECEIVES.search(_DESCRIBED.sub("", text[sentence.start : money.start])) or _another_state_receives(ctx, index, money):
        return "another country receives it"
    if _OWN_BUDGET_BEFORE.search(text[max(sentence.start, money.start - 90) : money.start]) and not re.search(r"(?<!excluding aid )(?<!except aid )\b(?:for|to) (?:Ukraine|Kyiv)\b", before[-40:]):
        return "a defence budget figure"
    if re.search(r"(?:Ukraine|Kyiv)['’]s\s+(?:own\s+|current\s+|existing\s+)?$", near_before):
        return "Ukraine's own programme or budget, not a new pledge"
    private = cues["private"].search(text[sentence.start : money.start])
    # "donate machines produced by the Zagreb-based company DOK-ING": the maker, not the giver
    company = private and re.search(r"compan|operator|firm|utilit|insurer|investor", private.group(0), re.IGNORECASE)
    # "donated to the Red Cross", "machines produced by DOK-ING": a channel or a maker; but a loan "to a Finnish grid
    # operator" goes to a company
    if private and not re.search(r"\b(?:for|through|via|with|from|by)\s+(?:the\s+)?(?:\S+\s+){0,4}$" + ("" if company else r"|\bto\s+(?:the\s+)?(?:\S+\s+){0,2}$"), text[sentence.start : sentence.start + private.start()]) \
            and not ((private.group(0).lower() == "state-owned" or re.search(r"compan|operator|firm|utilit", private.group(0), re.IGNORECASE))
                     and (_ukrainian_before().search(text[sentence.start : sentence.start + private.start()])
                          or _ukrainian_body_next().match(text, sentence.start + private.end(), sentence.start + private.end() + 30))):
        return "private donations, charities or companies"
    if _SALE.search(text[clause_start : money.start]) or _SALE.match(after) or re.search(r"\bare (?:arms )?sales\b", text[money.end : sentence.end]):
        return "an arms sale, paid for by the buyer: not aid"
    own = _OWN_COMPANIES.search(sentence.text)
    if (own and not _ukrainian_before().search(sentence.text[: own.start()])) or _ARMS_DEAL_BEFORE.search(text[clause_start : money.start]):
        return "export credit or insurance for the donor's own companies, not aid"
    if _HOME_REFUGEES.search(text, money.end, min(sentence.end, money.end + 120)):
        return "the cost of hosting refugees at home, not aid to Ukraine"
    if _NOT_UKRAINE_ALONE.match(text, money.end, min(sentence.end, money.end + 100)):
        return "money for the whole world or an investment fund, not aid to Ukraine"
    if _other_recipient(ctx, sentence, money) or _TO_MEMBER_STATES.search(text, money.end, min(sentence.end, money.end + 80)) \
            or re.search(r"\bcohesion (?:funds?|money|policy)\b", sentence.text):
        return "aid to another country"
    if _ASSETS_AFTER.match(after) or _FROZEN_BEFORE.search(near_before) or _ASSETS_OF_WHICH.search(before) or re.match(r"^\s*(?:of|from)\s+(?:these|those)\s+(?:windfall\s+)?(?:profits|proceeds)\b", after):
        return "frozen or immobilised assets themselves, not aid"
    if money.currency in NON_DONOR_CURRENCIES:
        return "Ukrainian or Russian currency: domestic money, not foreign aid"
    if not UKRAINE.search(sentence.text) and _OWN_FORCES.search(_DESCRIBED.sub(" ", sentence.text)):
        return "own armed forces or defence budget"
    if _OWN_FORCES_NEAR.search(text[max(sentence.start, money.start - 80) : min(sentence.end, money.end + 80)]) and not _TO_UKRAINE.search(after[:25]):
        return "own armed forces or defence plan (\"tanks for the Bundeswehr\")"
    local = text[max(sentence.start, money.start - 35) : min(sentence.end, money.end + 50)]
    if cues["not_aid"].search(local) and not _AID_WORDS.search(before[-70:] + " " + after[:50]) and not _VALUED_ESTIMATE.search(text[clause_start : money.start]) and not _TO_UKRAINE.search(text[money.end : min(sentence.end, money.end + 150)]) \
            and not _AID_SUBJECT.match(sentence.text) and not DONOR_LABEL.match(sentence.text):
        return "money that is not aid (budget, assets, costs, private donations)"
    return None


_PROVIDE_X_WITH = re.compile(r"\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|giv(?:e|es|ing)|gave|equip(?:s|ped|ping)?|send(?:s|ing)?|sent)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+with\b")


def _other_recipient(ctx: PledgeContext, sentence, money: Money) -> bool:
    """'€10bn for Hungary', 'to Moldova': a state named as recipient, in a sentence without Ukraine."""
    ref = load_reference()
    near = ctx.doc.text[money.end : min(sentence.end, money.end + 100)]
    other = pledge_cues()["other"].search(near)
    if other and not UKRAINE.search(near[: other.start()]):
        return True  # "NOK 100 million to Moldova", even in a sentence that mentions Ukraine
    other_names = pledge_cues()["other_any"].pattern + "|" + pledge_cues()["shared"].pattern
    near = ctx.doc.text[money.end : min(sentence.end, money.end + 100)]
    if re.search(rf"(?:Ukraine|Kyiv)\s*(?:,|and|&)\s*(?:the\s+)?(?:{other_names})|(?:{other_names})\s*(?:,|and|&)\s*(?:the\s+)?(?:Ukraine|Kyiv)", near):
        return True  # "$9bn for Ukraine, Gaza and other crises": shared with other recipients
    for mention in ctx.donors_in(ctx.sentences.index_at(sentence.start)):
        # "US$1.5 million to the Lithuanian government to support Ukrainian refugees living in Lithuania"
        if mention.kind == "demonym" and money.end <= mention.start <= money.end + 40 and mention.code not in NOT_DONORS \
                and re.search(r"\bto the\s+$", ctx.doc.text[mention.start - 8 : mention.start]) \
                and re.match(r"\s+(?:government|authorities|state|ministry)\b", ctx.doc.text[mention.end : mention.end + 20]):
            return True
    provided = _PROVIDE_X_WITH.search(ctx.doc.text, sentence.start, money.start)
    if provided and not UKRAINE.search(provided.group(1)):
        return True  # "to provide the Philippines with coastal radars worth ¥1.6bn"
    if UKRAINE.search(sentence.text):
        return False
    for mention in ctx.donors_in(ctx.sentences.index_at(sentence.start)):
        if ref.donors[mention.code].kind != "state" or mention.kind not in {"name", "capital", "demonym"} or not money.end <= mention.start <= money.end + 60:
            continue
        preps = r"\b(?:to|for|in)\s+(?:the\s+)?$" if mention.kind == "name" else r"\bfor\s+$"
        if re.search(preps, ctx.doc.text[max(sentence.start, mention.start - 12) : mention.start]):
            return True
    return False


def list_intro_index(ctx: PledgeContext, index: int, limit: int) -> int | None:
    """The sentence just above the bulleted list that the sentence at ``index`` belongs to, looking at most
    ``limit`` sentences back."""
    for back in range(1, limit + 1):
        if index - back < 0:
            return None
        line = ctx.sentences[index - back]
        if not BULLET.match(line.text) and not DONOR_LABEL.match(line.text) and not _donor_named_line(ctx, line):
            return index - back
    return None


# "Germany: four more IRIS-T systems" among "Norway: NOK 1.5 billion for drones": an item of the same list that
# gives no figure
_LABEL = re.compile(r"(?:The\s+)?[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3}:\s")


def _donor_named_line(ctx: PledgeContext, line) -> bool:
    label = _LABEL.match(line.text)
    if not label:
        return False
    return any(m.code not in NOT_DONORS for m in find_donor_mentions(ctx.doc.text, line.start, line.start + label.end()))


def _intro_with_total(ctx: PledgeContext, index: int) -> bool:
    """A bulleted line under an introduction that gave the total ("... agreements worth €2.3bn:")."""
    intro = list_intro_index(ctx, index, 11)
    if intro is None:
        return False
    prev = ctx.sentences[intro]
    if find_money(ctx.doc.text, prev.start, prev.end):
        return True
    # "The agreements include:" introduces the list; the total is in the sentence before it.
    if prev.text.rstrip().endswith(":") or re.search(r"\binclud\w*\b", prev.text):
        # the total may sit a few sentences above the intro, in the lead
        return any(find_money(ctx.doc.text, s.start, s.end) for s in ctx.sentences.items[max(0, intro - 3) : intro])
    return False


_PAST_SEASON = re.compile(r"\b(in|last|during) (?:the )?(spring|summer|autumn|fall)\b", re.IGNORECASE)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}


# "QUESTION (Politico): ...", "Q: ...", "REPORTER: ...": a journalist's words in a transcript.
_QUESTIONER = re.compile(r"^\W*(?:QUESTION|Q|REPORTER|JOURNALIST|INTERVIEWER|QUESTIONER)\b[^:\n]{0,60}:")


def _asked_by_questioner(ctx: PledgeContext, index: int) -> bool:
    """Whether the sentence is in a paragraph that a questioner's label opens."""
    paragraph = ctx.sentences[index].paragraph
    first = index
    while first > 0 and ctx.sentences[first - 1].paragraph == paragraph:
        first -= 1
    return bool(_QUESTIONER.match(ctx.sentences[first].text))


@lru_cache(maxsize=1)
def _ukrainian_before() -> re.Pattern[str]:
    """A Ukrainian recipient just before: 'lend Ukrenergo, the state-owned grid operator', "Ukraine's state agency"."""
    bodies = "|".join(load_reference().cues["ukrainian_bodies"])
    return re.compile(r"(?:Ukraine(?:'s|’s)|Ukrainian|Kyiv(?:'s|’s)|" + bodies + r")\b[^.;]{0,30}$")


def _as_in_month(lead: str) -> str:
    """A sentence opening with a date, as the 'in <month> <year>' that _past_month reads."""
    lead = re.sub(r"^\W*For\b", "In", lead)
    lead = re.sub(r"^\W*(\w+)\s+(?:also\s+)?(?:brought|saw)$", r"in \1", lead)
    return re.sub(r"^[-•*]?\s*(\w+(?:\s+20\d\d)?)\s*:$", r"in \1", lead)


@lru_cache(maxsize=1)
def _ukrainian_body_next() -> re.Pattern[str]:
    """One of Ukraine's state bodies named right after: 'the gas company Naftogaz'."""
    return re.compile(r"\s*(?:" + "|".join(load_reference().cues["ukrainian_bodies"]) + r")\b")


def _past_season(clause: str, doc: Document) -> bool:
    """'In the spring we put ...' in an autumn interview: a season already over this year, or last year's."""
    if doc.published is None or _FUTURE.search(clause):
        return False
    return any(season.group(1).lower() == "last" or _SEASON_END[season.group(2).lower()] < doc.published.month
               for season in _PAST_SEASON.finditer(clause))


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
            if re.search(r"\b(?:as|than|from|since|on|over|compared (?:with|to))\s+(?:(?:it|they|he|she|we)\s+(?:did|had|has|have)\s+)?$", sentence[: match.start()]) or re.search(r"\b(?:this|next) year\b", sentence[: match.start()]):
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


def _reported_past_perfect(text: str, match: re.Match) -> bool:
    """'Blair said Ottawa had committed C$64.8m': past perfect in reported speech is the news itself."""
    return match.group(0).lower().startswith("had ") and bool(REPORTING_VERB.search(text[: match.start()]))


_RECEIVER_AFTER = re.compile(r"\s+(?:(?:would|will|is to|is set to|is due to|could|also)\s+)*(?:receive[sd]?|get|gets|got|obtain\w*)\b|\s+(?:with|access to)\b", re.IGNORECASE)
_GIVE_BEFORE = re.compile(r"\b(?:provid\w*|giv\w*|gave|send\w*|sent|suppl\w*|offer\w*|grant\w*|transfer\w*)\s+$", re.IGNORECASE)


def _another_state_receives(ctx: PledgeContext, index: int, money: Money) -> bool:
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


def _inherited_reason(ctx: PledgeContext, groups: list[dict], position: int, index: int) -> str | None:
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
        if ("definite reference" in reason or "instrument" in reason) and previous.amount > money.amount and _PAYS_OUT.search(between):
            return "a payment out of the instrument named before it in the sentence (\"the €50bn Facility will deliver €4.5bn\")"
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
    named = {m.code for m in ctx.donors_in(index)}
    if _JOINT_SHARE_AFTER.match(after) and any(p.co_donors and named & {p.donor_code, *p.co_donors} for p in ctx.pledges):
        return "a member's share of a joint package found before"
    return None


def _in_breakdown(ctx: PledgeContext, money: Money) -> bool:
    """The figure just before this one was a part of a package ("NOK 2.5bn of the support will go ..."): the
    article is breaking a package down, so "A further NOK 1.5bn will go to the fund" is the next part."""
    earlier = [start for start in ctx.reasons if start < money.start]
    last_pledge = max((p.start for p in ctx.pledges), default=-1)
    if not earlier or max(earlier) < last_pledge:
        return False
    return "part" in ctx.reasons[max(earlier)]
