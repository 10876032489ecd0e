"""Defence-spending targets: a share of GDP, who sets it and by when."""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from pipeline.extraction.donors import MADE_IN, NOT_DONORS, UKRAINE, find_donor_mentions, first_state, most_named
from pipeline.extraction.records import DefenseTarget, Document
from pipeline.extraction.reference import cue_prefilter, cue_regex, load_reference
from pipeline.extraction.sentences import Sentences

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "two and a half": 2.5, "three and a half": 3.5, "one and a half": 1.5}
_DIGIT_WORDS = {"zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPOKEN_DECIMAL = r"(?:(?:zero|nought|one|two|three|four|five|six)\s+)?point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)){1,2}"
PERCENT = re.compile(
    r"(?<![\w.,])(?<!point )(?P<num>\d+(?:\.\d+|,\d{1,2}(?!\d))?|(?i:" + _SPOKEN_DECIMAL + r"|two and a half|three and a half|one and a half|one|two|three|four|five|six))"
    r"(?:\s?%|[\s-](?:per[\s-]?cent|percent|pct)\b)"
)
# Every share ends in one of these: scanning for them first and reading the number just before each is far
# faster than trying the number pattern at every position of the text.
_PERCENT_MARK = re.compile(r"%|(?i:per[\s-]?cent|percent|pct)\b")


def find_percents(text: str):
    """PERCENT matches in ``text``, in order."""
    last_end = 0
    for mark in _PERCENT_MARK.finditer(text):
        match = PERCENT.search(text, max(last_end, mark.start() - 40), mark.end())
        while match is not None and match.end() != mark.end():
            match = PERCENT.search(text, match.start() + 1, mark.end())
        if match is not None:
            last_end = match.end()
            yield match


_NATO_WIDE = re.compile(r"\b(?:NATO|Nato|the alliance|alliance|allies|Allies|member states|member countries|members|all members|each member|every member)\b")
_TARGET_BEFORE = re.compile(
    r"(?:\bto|\bof|\bat least|\breach|\bpass|\baims? for|\baiming for|\btarget of|\bgoal of|\bbenchmark of|\bhit|\bmeet|\breaching|\bexceed|\bsurpass|\bgo beyond|\btowards|\bspend|\bspending|\bdevote|\bup to|\babove|\binto|\bplus|\band)\s+"
    r"(?:(?:the|a|its|their|an|NATO(?:'s|’s)|alliance(?:'s|’s)|new|old|agreed)\s+){0,3}(?:at least\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_OF_TARGET = re.compile(r"(?:,[^,.]{0,40},)?\s+(?:to\s+|should\s+|must\s+|would\s+|will\s+)?(?:lift|raise|increase|spend|reach|boost|hit|meet|double)\b")
_NEARBY_WORDS = ("gdp", "gross domestic", "economic output", "defence", "defense", "militar", "armed forces", "nato", "army", "allian", "target", "goal", "benchmark")
_NEARBY = re.compile("|".join(re.escape(w) for w in _NEARBY_WORDS))
_TARGET_WORD = re.compile(r"(?:%|per ?cent|percent)\s+(?:[\w-]+\s+)?(?:target|goal|benchmark|guideline)\b", re.IGNORECASE)
_TARGET_WORD_LOWERED = re.compile(_TARGET_WORD.pattern)  # the same test on lowercased text, without slow case folding
# NATO named only as the owner of a benchmark: "NATO's 2% target", "the NATO norm of 2%".
# ... or as the yardstick of a country's own share: "the NATO ratio is to rise to 2.8%", "by NATO criteria".
_NATO_YARDSTICK = re.compile(r"NATO (?:ratio|quota|criteria|definition|standards?)\b", re.IGNORECASE)
_NATO_BENCHMARK = re.compile(r"NATO(?:'s|’s)|NATO (?:\S+ )?(?:target|goal|benchmark|guideline|threshold|norm|floor|ratio|quota|criteria|definition|standards?)\b", re.IGNORECASE)
_MOVED = re.compile(r"\b(?:move[sd]? forward|brought forward|bring(?:s|ing)? forward|pushed back|push(?:es|ing)? back)\b|\bfrom 20\d\d to 20\d\d\b", re.IGNORECASE)
_CONTINUES = re.compile(r"^\W*(?:(?:The (?:new |overall |headline )?(?:target|goal|pledge|commitment|figure)|Of (?:that|this|which|these)|That|This|It)\b"
                        r"|(?:At least |Up to |About |Some )?[\d.,]+\s?(?:%|per ?cent|percent) (?:is|are|will|would|must|should) (?:to )?(?:go|be)\b)", re.IGNORECASE)
_COMPONENT = re.compile(r"\b(?:made up of|of which|split into|divided into|compris\w*|consist\w*|including|plus|core)\b", re.IGNORECASE)
_BENCHMARK_AS_THING = re.compile(r"^\s*(?:[\w-]+\s+)?(?:target|guideline|benchmark|goal|norm)\s+(?:was|is|as|remains|had been|has been|would be)\b", re.IGNORECASE)
_RESTATED = re.compile(r"^\W*The (?:new |old |agreed )?\S+ ?(?:%|per ?cent|percent) (?:target|goal|benchmark|pledge|commitment)\b", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:President|Prime Minister|Premier|Chancellor|(?:[A-Z][a-z]+ )?Minister|(?:Foreign|Defen[cs]e) Secretary)\b")
_DECLARATION = re.compile(r"\b(?:communiqu\w*|declaration|(?:key |the )line reads|summit (?:statement|text))\b", re.IGNORECASE)
_RANGE_LOW_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_LOW_AFTER = re.compile(r"^\s*(?:of (?:GDP|gross domestic product)\s+)?(?:and|to)\s+\d", re.IGNORECASE)
_URGED_BEFORE = re.compile(r"\b(?:urg\w*|press\w*|call\w* on|ask\w*|push\w*)\s+$", re.IGNORECASE)
# "..., and Latvia about 4.9 per cent": a state followed straight by its own share starts a clause of its own.
_CAPITAL_OPENING = re.compile(r"^\W*In ([A-Z][\w-]+),\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?i:government|council|cabinet|parliament|legislature|assembly|congress|senate|diet|ministry|coalition|president|prime minister|chancellor|minister)\b")
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but)\b|;\s|,\s+and\s+(?=[A-Z][\w-]+,\s+(?:which|who)\b)|,\s+and\s+(?=[A-Z][\w-]+(?:'s|’s)\s)|,\s+and\s+(?=[A-Z][\w-]+\s+(?:(?:about|around|some|roughly|nearly|almost|over|under)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
                           r"|,\s+and\s+(?=(?:(?:the\s+)?[A-Z][\w-]+(?:\s+(?:government|cabinet|coalition|parliament))?|(?:all |the |NATO |Nato )?allies(?: except \w+)?)\s+(?:\w+\s+){0,1}(?:wants|aims|plans|intends|has|have|will|would|hopes|promised|pledged|says|said|committed|signed|agreed)\b)")
_TARGET_VERB = re.compile(r"\b(?:reach\w*|rais\w*|lift\w*|increas\w*|spend\w*|hit\w*|meet\w*|boost\w*|go to|move to)\b", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:spending\s+)?(?:target|goal|benchmark|threshold|norm|guideline|floor|pledge|commitment|deadline|mark)\b", re.IGNORECASE)
_SPECULATIVE = re.compile(r"\bforecast\b|\bfloated\b|\bargu(?:ed|es)\b|\bwould mean\b|\bprojected\b|\baccording to (?:\S+ ){0,3}estimates\b|\bwould be a (?:good|start|better)|\btalk of\b|\bthere(?:'s| is) talk\b|\bopposition\b|\bcritics\b|\bsuggest\w*|\bwhether\b|\b(?:party|parties) (?:had |has |have )?(?:called|proposed|wants?|demanded)|\bweigh(?:s|ing|ed)\b|\bmove closer to\b", re.IGNORECASE)
_RATE_AFTER = re.compile(r"^\s*(?:a|per|each|every) year\b|^\s*annually\b|^\s*year[- ]on[- ]year", re.IGNORECASE)
_GOVERNMENT_SUBJECT = re.compile(r"\W*(?:(?:In addition|Also|Meanwhile|Separately),?\s+)?(?:The (?:(?:new|incoming|outgoing|caretaker|current|coalition|federal) )?(?:government|governing|country|coalition|cabinet|ministry|minister|prime minister|chancellor|president)|It|He|She|They)\b", re.IGNORECASE)
_OTHER_RATE_BEFORE = re.compile(r"\b(?:exempt\w*|rates?|inflation|interest|growth|increase of|rise of|up by|cut of|drop of|fall of|unemployment|deficits?|debts?|tariffs?|tax(?:es)?|VAT|yields?|stake|vote|turnout|approval|poll\w*)\b[^%]{0,60}$", re.IGNORECASE)
# A share an old target had ("replacing the previous 2%"); but meeting the old benchmark is still a target.
_REPLACED_BEFORE = re.compile(r"\b(?:replac\w*|supersed\w*|old|previous|former|existing|current)\b[^%]{0,15}$", re.IGNORECASE)
_MEET_OLD = re.compile(r"\b(?:hit|meet|reach|achieve)s?\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?:previous|old|former|existing|current)\s+$", re.IGNORECASE)
_CURRENT_SENTENCE = re.compile(r"\bthis year\b|\blast year\b|\bin 20(?:1\d|2[0-4])\b|\bcurrently\b|\btoday\b", re.IGNORECASE)
_RAISE_THAT = re.compile(r"\b(?:lift|raise|increase|boost|take|bring|push)\s+(?:that|it|this)\s+to\b", re.IGNORECASE)
_AID_WORTH = re.compile(r"\b(?:commitments?|aid|support|contributions?|assistance|donations?|pledges?)\b[^.;%]{0,40}\b(?:worth|amount(?:s|ing)? to|equal(?:s|ling)?|represent\w*)\b", re.IGNORECASE)
_HISTORY = re.compile(r"\b(?:fallen|fell|dropped|declined|sank|shrunk|shrank|risen|rose|stood|peaked)\s+(?:to\s+|at\s+)?(?:(?:about|around|some|roughly|nearly|just)\s+)?$"
                      r"|\b(?:was|were)\s+(?:about|around|some|roughly|just|only)\s+$|\b(?:earlier|previous|old|former) plan of\s+$", re.IGNORECASE)
_REJECTED = re.compile(r"\b(?:reject\w*|refus\w*|dismiss\w*|ruled out|rules out|opposes|opposed)\b[^.;]{0,40}$", re.IGNORECASE)
_ALLIES_DECLARE = re.compile(r"^\W*(?:\d+\.\s+)?(?:We|Allies)\s+(?:\w+\s+)?(?:reaffirm|commit|agree|pledge|decide|recommit)\w*\b")
_COUNT_OF_ALLIES = re.compile(r"\b(?:\d+|(?:twenty|thirty)(?:-\w+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|most|half|few|several|many|none) of (?:the |its |NATO's )?(?:\d+|\w+) (?:allies|members|member states|NATO members)\b", re.IGNORECASE)
_SPENDER_VERB = re.compile(r"(?:'s|’s)?\s+(?:\w+\s+)?(?:will|would|plans?|spends?|is|aims?|intends?)\b")
_BUDGET_AS_SHARE = re.compile(r"\b(?:budget|spending|expenditure)\b[^.;%]{0,60}\b(?:amounts? to|amounted to|is|was|stands at|stood at|totals|totalled)\b[^.;%]{0,40},?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
_COMPARED_TO_BENCHMARK = re.compile(r"\b(?:above|below|beyond|short of|exceed\w*|surpass\w*|over|under|close to)\s+(?:the|NATO(?:'s|’s)|the alliance(?:'s|’s))\s+(?:new\s+|old\s+|agreed\s+)?$", re.IGNORECASE)
_CANNOT_REACH = re.compile(r"\b(?:will not|won't|cannot|can't|could not|couldn't|not be able to|unable to|fail(?:s|ed)? to|never|stopped short of|stops short of)\b[^.;]{0,40}$", re.IGNORECASE)
_ASKED_OF_ALLIES = re.compile(r"\b(?:demand\w*|urg\w*|press\w*|call\w* on|push\w*|want\w*|insist\w*|ask\w*|(?:said|added|argued|repeated|told \w+)(?: that)?)(?:\s+(?:[\w-]+\s+){0,3}?that)?\s+(?:all\s+|other\s+|fellow\s+|the\s+|every\s+|each\s+|NATO\s+|European\s+)*(?:allies|ally|members?|member states?|NATO|Europeans?)\b(?:\s+should\b)?", re.IGNORECASE)
_NOT_TARGET_AFTER = re.compile(
    r"^\s*to (?:about |around |some |roughly )?(?:[$€£¥₩]|[A-Z]{3} ?)?\d[\d.,]*\s*(?:trillion|billion|million|bn|m)\b"  # "set to rise 4.4 per cent to about 57 trillion won"
    r"|^\s*(?:(?:of (?:GDP|gross domestic product) )?that [\w ]{0,30}(?:had|has) (?:\w+ )?spent|increase|rise|growth|higher|lower|more|less|fall|drop|decline|jump|of (?:the|its|their) (?:budget|aid|funds|spending|population|voters|respondents)|stake|inflation|interest|of respondents|of Ukrainians|of voters|of the vote|year[- ]on[- ]year|of (?:its |their )?gross national income|of GNI)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _cues():
    cues = load_reference().cues
    return {
        "defence": cue_regex(cues["defence_context"]),
        "defence_quick": cue_prefilter(cues["defence_context"]),
        "target_quick": cue_prefilter(cues["target_cues"]),
        "gdp": cue_regex(cues["gdp_context"]),
        "target": cue_regex(cues["target_cues"]),
        "current": cue_regex(cues["current_cues"]),
        "groups": [(re.compile(r"\b" + pattern + r"\b"), codes) for pattern, codes in cues["state_groups"].items()],
    }


def _value(text: str) -> float:
    key = " ".join(text.lower().split())
    if " point " in f" {key}":  # "two point five" -> 2.5, "point five" -> 0.5
        whole, _, decimal = key.rpartition("point")
        digits = decimal.split()  # "two point three three" -> 2.33
        return round(_DIGIT_WORDS.get(whole.strip(), 0) + sum(_DIGIT_WORDS[d] / 10 ** (i + 1) for i, d in enumerate(digits)), 2)
    # "3,5 percent": a comma before one or two digits is a decimal comma (a thousands comma has three)
    return float(_NUMBER_WORDS[key]) if key in _NUMBER_WORDS else float(text.replace(",", "."))


def extract_targets(doc: Document, sentences: Sentences, trace: list | None = None) -> list[DefenseTarget]:
    cues = _cues()
    text = doc.text
    # Whole-document gates, the same tests the sentence loop makes: most news has percentages but no
    # defence or target wording at all, and this keeps such articles from paying for a sentence split.
    if not _PERCENT_MARK.search(text):
        return []  # every share of GDP carries a "%" or "per cent"
    lowered = text.lower()
    if not cues["target_quick"].search(lowered) or not cues["target"].search(text):
        return []
    if not (cues["defence_quick"].search(lowered) and cues["defence"].search(text)) and not _TARGET_WORD_LOWERED.search(lowered):
        return []
    if len(lowered) != len(text):  # a few characters ("İ") grow when lowered; then offsets would drift
        lowered = None
    found: list[DefenseTarget] = []
    seen: set[tuple] = set()
    years_by_sentence: list[tuple[int, str, int | None]] = []
    hits: dict[int, list[re.Match]] = {}
    # A target has GDP, defence or target words nearby: their positions, found once, bound the look around.
    spans = [m.span() for m in _NEARBY.finditer(lowered)] if lowered is not None else None
    nearby = [start for start, _ in spans] if spans is not None else None
    for count, match in enumerate(find_percents(text)):
        if count >= 2_000:
            break  # thousands of percentages: a data table, not news; bounded work
        lo, hi = max(0, match.start() - 400), match.end() + 200
        if nearby is not None:
            i = bisect.bisect_left(nearby, lo)
            if i == len(nearby) or spans[i][1] > hi:
                continue
        elif not any(word in text[lo:hi].lower() for word in _NEARBY_WORDS):
            continue
        hits.setdefault(sentences.index_at(match.start()), []).append(match)
    ref = load_reference()
    defence_seen: dict[int, bool] = {}

    def defence_in(i: int) -> bool:
        if i not in defence_seen:
            s = sentences[i].text
            defence_seen[i] = cues["defence_quick"].search(s.lower()) is not None and cues["defence"].search(s) is not None
        return defence_seen[i]

    for index, matches in sorted(hits.items()):
        sentence = sentences[index]
        s = sentence.text
        if not cues["target_quick"].search(s.lower()) or not cues["target"].search(s):
            continue
        # "Poland aims to reach 5% of GDP next year" follows a sentence that says what the share is of.
        # ... or continues a run of targets just found ("Spain will reach 2% by 2029. Italy has set 2028 ...").
        # ... or follows a sentence about a target ("Poland is well above the 3.5% core target. Czechia has ...").
        if not defence_in(index) and not _TARGET_WORD.search(s) and not any(defence_in(i) for i in range(max(0, index - 3), index)) \
                and not (years_by_sentence and years_by_sentence[-1][0] >= index - 2) \
                and not any(_TARGET_WORD.search(sentences[i].text) for i in range(max(0, index - 2), index)):
            continue
        for match in matches:
            value = _value(match.group("num"))
            if not 0.5 <= value <= 10:
                _skip(trace, match, s, "not a plausible share of GDP")
                continue
            rel_start = match.start() - sentence.start
            rel_end = match.end() - sentence.start
            if _RANGE_LOW_BEFORE.search(s[:rel_start]) and _RANGE_LOW_AFTER.match(s[rel_end:]):
                continue  # "between 5% and 6%": the range is read at its upper end, like an amount
            after = s[rel_end:]
            before = s[:rel_start]
            others = [m.start() for m in PERCENT.finditer(s) if m.start() != rel_start]
            year = _target_year(s, rel_start, rel_end, others, doc.published)
            # A share for a year still ahead is a plan, whatever the sentence says about today.
            ahead = year is not None and doc.published is not None and year > doc.published.year
            reason = _not_a_target(s, before, after, cues, ahead)
            if reason:
                _skip(trace, match, s, reason)
                continue
            donor = _donor(doc, sentences, index, match.start())
            owners = _joint_owners(doc, sentence, match.start(), donor, cues)
            if _ALLIES_DECLARE.match(s) and _DECLARATION.search(text):
                donor, owners = "NATO", []  # "27. We reaffirm our enduring commitment to invest at least 2%": the allies' communiqué
            donor = owners[0] if owners and donor is None else donor
            if donor is None:
                _skip(trace, match, s, "no country or NATO to attach it to")
                continue
            continues = _CONTINUES.match(s)
            if continues:
                # "NATO agreed 5% by 2035. The target is split into 3.5% ... and 1.5% ...": the target carries on.
                # A pronoun ("It has pledged ...") carries only the sentence just before.
                reach = 1 if re.match(r"\W*It\b", s) else 2
                carried = next(((d, y) for i, d, y in reversed(years_by_sentence) if index - reach <= i < index), None)
                if carried:
                    donor, owners = carried[0], []
                    year = year if year is not None else carried[1]
            for owner in owners or [donor]:
                key = (owner, value, year)
                if key in seen:
                    continue
                seen.add(key)
                years_by_sentence.append((index, owner, year))
                found.append(
                    DefenseTarget(
                        evidence=s,
                        start=sentence.start,
                        end=sentence.end,
                        confidence=0.9 if cues["gdp"].search(s) else 0.7,
                        donor=ref.donors[owner].name,
                        donor_code=owner,
                        pct_gdp=value,
                        target_year=year,
                    )
                )
    # The same target restated without its year ("the 3.5% target") adds nothing to the one that has it.
    with_year = {(t.donor_code, t.pct_gdp) for t in found if t.target_year is not None}
    # "The 5% target is a success for Rutte": the target as the subject restates one already found.
    shares = {t.pct_gdp for t in found if t.target_year is not None}
    return [
        t for t in found
        if t.target_year is not None or ((t.donor_code, t.pct_gdp) not in with_year and not (t.pct_gdp in shares and _RESTATED.match(t.evidence)))
    ]


_LISTED = re.compile(r"\s*(?:,|and|, and|&)\s*")
_GROUP_SUBJECT = re.compile(r"^[\s,]*(?:(?:which|who|too|also|all|both|together|jointly|have|has|had|said|say|says|they|will|would|plan|plans|promise|promised|pledge|pledged|vow|vowed|commit|aim|intend|agreed|committed|are|were|is)\b[\s,]*)+")


def _joint_owners(doc: Document, sentence, anchor: int, donor: str | None, cues: dict) -> list[str]:
    """The states that each own one share: 'Estonia, Latvia and Lithuania plan to exceed 5%', 'the Baltic states
    have promised to reach 5%'. Empty when the share is one state's."""
    ref = load_reference()
    if donor is not None and ref.donors[donor].kind != "state":
        return []
    head = doc.text[sentence.start : anchor]
    state_mentions = [m for m in find_donor_mentions(doc.text, sentence.start, anchor) if ref.donors[m.code].kind == "state"]
    # "agreed in Riga": a capital as the place of a meeting names no state
    named = [m.start - sentence.start for m in state_mentions if not re.search(r"\b(?:in|at|from)\s+$", head[max(0, m.start - sentence.start - 6) : m.start - sentence.start])]
    for pattern, codes in cues["groups"]:
        for group in pattern.finditer(head):
            if any(at >= group.end() for at in named):
                continue  # "The Baltic states are racing ahead: Latvia intends to reach 5%": the state named after it
            # the group must be who commits, not a comparison ("followed by the Baltic states, which are close")
            if _GROUP_SUBJECT.match(head[group.end() :]) and not re.search(r"\b(?:than|like|followed by|behind|unlike|as)\s+$", head[: group.start()]):
                # "Poland and the Baltic states will reach 5%": the states listed with the group own it too
                listed = [m.code for m in state_mentions if m.kind == "name" and m.code not in codes
                          and _LISTED.fullmatch(doc.text[m.end : sentence.start + group.start()])]
                return listed + list(codes)
    states = [m for m in state_mentions if m.code not in NOT_DONORS]
    first = next((i for i, m in enumerate(states) if m.code == donor), None)
    if first is None:
        return []
    listed = [states[first]]
    for m in states[first + 1 :]:
        if not _LISTED.fullmatch(doc.text[listed[-1].end : m.start]):
            break
        listed.append(m)
    for m in reversed(states[:first]):  # the chosen state may be the last of the list: "Estonia, Latvia and Lithuania"
        if m.kind != "name" or listed[0].kind != "name" or not _LISTED.fullmatch(doc.text[m.end : listed[0].start]):
            break  # "At the summit in The Hague, Canada signed on": a place is not a partner
        listed.insert(0, m)
    return [m.code for m in listed] if len(listed) > 1 else []


_ALLIES_AGREE = re.compile(r"(?<!Baltic )(?<!Nordic )(?<!EU )(?<!European )\b(?:NATO |[Aa]llied |[Aa]lliance )?(?:[Ll]eaders|[Aa]llies|[Mm]embers|heads of state and government)\b(?:\s+[\w,]+){0,6}?\s+(?:agreed|commit|committed|signed up|endorsed|pledged|backed|approved)\b")


# "3.5 per cent of GDP for core defence plus 1.5 per cent for resilience", no state named: NATO's own terms
_CORE_DEFENCE = re.compile(r"\bcore defen[cs]e\b", re.IGNORECASE)
_A_GOVERNMENT = re.compile(r"\b(?:government|coalition|cabinet|ministry|minister|chancellor|parliament|budget|financial plan)\b", re.IGNORECASE)


def _donor(doc: Document, sentences: Sentences, index: int, anchor: int) -> str | None:
    sentence = sentences[index]
    ref = load_reference()
    named = find_donor_mentions(doc.text, sentence.start, sentence.end)
    # "the NATO ratio is to rise to 2.8%": NATO's yardstick for a country's own share
    mentions = [m for m in named if m.code not in NOT_DONORS and not (m.code == "NATO" and _NATO_YARDSTICK.match(doc.text, m.start))]
    if not mentions and named and not any(m.code == "NATO" for m in named):
        return None  # Russia's or Ukraine's own spending is not a donor's target
    head = doc.text[sentence.start : anchor]
    # the clause of the share: "Germany, UK and France announce new weapons; members commit to spending at least 2%"
    clause_from = sentence.start + max(head.rfind(";"), head.rfind(":"), 0)
    if (_ALLIES_AGREE.search(head) or (not mentions and _CORE_DEFENCE.search(sentence.text) and not _A_GOVERNMENT.search(sentence.text))) \
            and not [m for m in mentions if clause_from <= m.start < anchor and m.code != "NATO"
                                           and not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", doc.text[max(sentence.start, m.start - 8) : m.start])]:
        return "NATO"  # "Leaders agreed to spend 3.5% of GDP on core defence ... by 2035" at a NATO summit
    last_state = max((m.start for m in mentions if m.start < anchor), default=-1)
    if any(last_state < m.start < anchor and _SPENDER_VERB.match(doc.text, m.end) for m in named if m.code in NOT_DONORS):
        return None  # "Lithuanian intelligence estimates that Russia will spend 7.2%": Russia's share, told by Lithuania
    # "Latvia intends to reach 5%, while Lithuania will spend 6%": only the states of this share's clause.
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(doc.text, sentence.start, min(sentence.end, anchor + 20)) if b.end() <= anchor]
    clause_start = breaks[-1] if breaks else sentence.start
    if not any(clause_start <= m.start < anchor and ref.donors[m.code].kind == "state" for m in mentions):
        clause_start = sentence.start
    states = [
        m for m in mentions
        if m.start >= clause_start
        and ref.donors[m.code].kind == "state"
        and m.start < anchor
        and not MADE_IN.match(doc.text, m.end)
        and not re.search(r"(?:like|such as|including|than|unlike|with|to|from|except|apart from|other than)\s+(?:the\s+)?$", doc.text[max(sentence.start, m.start - 20) : m.start])
        and not (m.kind == "capital" and _named_as_place(doc.text, sentence.start, m))
    ]
    # "NATO's 2% target" is the benchmark a country aims at, not by itself an alliance-wide pledge.
    nato_wide = next(
        (m for m in _NATO_WIDE.finditer(doc.text, sentence.start, anchor) if not _NATO_BENCHMARK.match(doc.text, m.start())),
        None,
    )
    subject = [m for m in mentions if ref.donors[m.code].kind == "state" and m.start >= clause_start and _SUBJECT_OF_TARGET.match(doc.text, m.end)]
    # "Trump demanded that allies spend 5%": the share is asked of the allies, not promised by the asker.
    asked = _ASKED_OF_ALLIES.search(doc.text, sentence.start, anchor)
    urged = [m for m in states if _URGED_BEFORE.search(doc.text[max(sentence.start, m.start - 20) : m.start])]
    if re.match(r"^[^,;]{0,40}?\b(?:across|throughout) the alliance\b", doc.text[anchor : anchor + 80]):
        return "NATO"  # "five per cent of GDP across the alliance by 2035"
    if urged and not subject:
        return urged[-1].code  # "senators wrote urging Canada to present a path to two per cent": the one urged
    if asked and not subject and not any(asked.end() <= m.start < anchor for m in states):
        return "NATO"
    if subject:
        return subject[0].code  # "wants Australia to lift spending to 3.5%": the one that would spend
    if states:
        # "Germany's NATO target": the state is the subject; "NATO allies agreed" has no state before it.
        return states[0].code
    opening = _CAPITAL_OPENING.match(sentence.text)
    if opening:
        # "In Vilnius, the State Defence Council agreed a goal of 6%": the capital's own institutions.
        at = sentence.start + opening.start(1)
        own = next((m for m in mentions if m.start == at and m.kind == "capital"), None)
        if own is not None:
            return own.code
    if nato_wide:
        return "NATO"
    if _GOVERNMENT_SUBJECT.match(sentence.text) and not states:
        # "The government approved a plan ..., Prime Minister Evika Siliņa said": the speaker's state; but
        # "The Government will ... as agreed by NATO allies" is the government's own, not NATO's.
        speakers = [m for m in mentions if ref.donors[m.code].kind == "state" and m.start > anchor
                    and not (m.kind == "capital" and _named_as_place(doc.text, sentence.start, m, with_article=True))]
        if speakers:
            return speakers[-1].code
        mentions = []
    # Only an organisation named after the share ("... earlier than the deadline NATO leaders set"): nobody named.
    if not mentions or not any(m.start < anchor or ref.donors[m.code].kind == "state" for m in mentions):
        # Nobody named ("The government intends to ...", "Defence spending is on a trajectory to ..."):
        # the country of the sentences before, else the article's country.
        earlier = [sentences[i] for i in range(index - 1, max(-1, index - 4), -1)]

        def states_in(prev):
            return [m for m in find_donor_mentions(doc.text, prev.start, prev.end) if m.code not in NOT_DONORS and ref.donors[m.code].kind == "state"
                    and not (m.kind == "capital" and _named_as_place(doc.text, prev.start, m))]

        def nato_in(prev):
            return any(m.code == "NATO" for m in find_donor_mentions(doc.text, prev.start, prev.end)) or bool(_NATO_WIDE.search(prev.text))

        def nearest_earlier() -> str | None:
            for prev in earlier:
                if nato_in(prev):
                    return "NATO"
                states = states_in(prev)
                if states:
                    return states[0].code
            return None

        if re.match(r"\W*(?:It|He|She)\b", sentence.text) and earlier and states_in(earlier[0]):
            return states_in(earlier[0])[0].code  # "Estonia spends 3.4%. It has pledged to reach 5%": the state just named
        if _GOVERNMENT_SUBJECT.match(sentence.text):
            # "Britain spends 2.3%. The government has committed to lift that to 2.5%": "that" is the share
            # just named, so its state comes before the one in the title (a liveblog's title is another story).
            if _RAISE_THAT.search(sentence.text) and earlier and states_in(earlier[0]):
                return states_in(earlier[0])[0].code
            # A paragraph about one country ("Germany ... Berlin's budget ... The government plans") is about it.
            same_paragraph = [prev for prev in earlier[:2] if prev.paragraph == sentence.paragraph]
            named_before = {m.code for prev in same_paragraph for m in states_in(prev)}
            if len(named_before) == 1:
                return named_before.pop()
            titled = first_state(doc.title)
            if titled:
                return titled
            for prev in earlier:
                states = states_in(prev)
                if states:
                    return states[0].code
        if re.search(r"\b(?:We|we|Our|our)\b", sentence.text) and _DECLARATION.search(sentence.text) and ("NATO" in doc.text or "Nato" in doc.text):
            return "NATO"  # 'the key line of the communiqué reads: "We make an enduring commitment ..."'
        if re.match(r"\W*(?:\"|“)?\s*(?:We|Our)\b", sentence.text):
            # "Latvia's President Rinkēvičs said ... \"We will go to 3%\"": the speaker just introduced.
            introduced = [m.code for prev in earlier[:2] if prev.paragraph == sentence.paragraph
                          for m in states_in(prev) if _TITLE_AFTER.match(doc.text, m.end)]
            if introduced:
                return introduced[0]
            # "Our target is 5.4%": the speaker's country, which is the article's, not the last one named.
            speaker = most_named(doc.text, doc.title, states_only=True)
            if speaker:
                return speaker
        if re.match(r"\W*(?:It|They|He|She|We|Our|The (?:target|goal|headline figure|figure|alliance|allies))\b", sentence.text):
            found = nearest_earlier()
            if found:
                return found
        # A paragraph about one country ("Australia spends 2%. Under plans ..., spending is set to rise to
        # 2.33%"); else the article's main state; when the article names none, the nearest earlier mention.
        paragraph_states = {m.code for prev in earlier[:2] if prev.paragraph == sentence.paragraph for m in states_in(prev)}
        if len(paragraph_states) == 1:
            return paragraph_states.pop()
        return most_named(doc.text, doc.title, states_only=True) or nearest_earlier()
    orgs = [m for m in mentions if m.code == "NATO" and m.start < anchor and not re.search(r"\b(?:in|of|across|within)\s+(?:the\s+)?$", doc.text[max(sentence.start, m.start - 10) : m.start])]
    if orgs and not any(_NATO_BENCHMARK.match(doc.text, m.start) for m in orgs):
        return "NATO"
    later_states = [m for m in mentions if ref.donors[m.code].kind == "state" and not MADE_IN.match(doc.text, m.end)
                    and not _named_as_place(doc.text, sentence.start, m, with_article=True)
                    and not (m.start > anchor and re.search(r"\b(?:to|reassure|with|than|from|for|against|like|unlike|by|as)\s+(?:the\s+)?$", doc.text[max(sentence.start, m.start - 20) : m.start], re.IGNORECASE))]
    if later_states:
        return later_states[0].code
    if any(m.code == "NATO" and m.start < anchor for m in mentions):
        # "The agreement moves forward the date for reaching Nato's 2% target from 2033 to 2030": a country moves
        # its own date to the alliance's benchmark; the country is the one the article is about.
        if _MOVED.search(sentence.text) and all(_NATO_BENCHMARK.match(doc.text, m.start) for m in mentions if m.code == "NATO"):
            return most_named(doc.text, doc.title, states_only=True) or "NATO"
        return "NATO"  # "NATO's 5% pledge: what allies signed up to": no state, so the alliance's own
    if index > 0:
        prev = sentences[index - 1]
        prev_states = [m for m in find_donor_mentions(doc.text, prev.start, prev.end) if m.code not in NOT_DONORS and ref.donors[m.code].kind == "state"]
        if prev_states and re.match(r"\s*(?:It|The (?:government|country|minister|prime minister|president)|He|She|They)\b", sentence.text):
            return prev_states[0].code
    return None


_ABANDONED = re.compile(r"\b(?:shelved|abandoned|dropped|scrapped|ditched|ruled out|walked back)\b(?! (?:its|their|the) (?:opposition|objection|veto|resistance))", re.IGNORECASE)


def _not_a_target(s: str, before: str, after: str, cues: dict, ahead: bool = False) -> str | None:
    """Why the percentage between ``before`` and ``after`` in sentence ``s`` is not a defence target."""
    # "Germany, whose ... debt brake, plans to reach 3.5%": a rate word in an aside does not make a rate.
    last_clause = re.split(r"[,;—–]", before)[-1]
    clause = last_clause if _TARGET_VERB.search(last_clause) else before
    if _NOT_TARGET_AFTER.match(after) or _OTHER_RATE_BEFORE.search(clause) or (_REPLACED_BEFORE.search(before) and not _MEET_OLD.search(before)):
        return "a rate or a change, not a share of GDP"
    if _ABANDONED.search(s):
        return "a target given up (\"Truss's 3% by 2030 has been quietly shelved\")"
    has_gdp = bool(cues["gdp"].search(s))
    if not has_gdp and not _TARGET_BEFORE.search(before) and not _TARGET_AFTER.match(after):
        return "no GDP and no target wording around the figure"
    if re.match(r"^\W{0,3}[\"“]?not enough\b", after, re.IGNORECASE):
        return "a share judged, not a target (\"calling 2% 'not enough'\")"
    if _BENCHMARK_AS_THING.match(after) and re.search(r"\b(?:the|its|their|NATO(?:'s|’s))\s+(?:\S+\s+)?$", before, re.IGNORECASE):
        return "the benchmark talked about, not a commitment to it (\"the 2% target was the bare minimum\")"
    # "... by 2028, a year later than her government had previously suggested": a later clause's word is not about this share.
    own_clause = s[: len(s) - len(after)] + re.split(r"[,;—–(]", after, maxsplit=1)[0]
    if _SPECULATIVE.search(own_clause) or _RATE_AFTER.match(after):
        return "speculation, an opposition call, or a yearly growth rate"
    if re.match(r"^\W*(?:If|Even if|Unless|Should)\b", s):
        return "hypothetical (\"If the new target is set at 5% ...\")"
    if _CANNOT_REACH.search(before):
        return "a share the country says it will not reach"
    if re.search(r"\bdebt brake\b", s, re.IGNORECASE) and re.search(r"\b(?:above|below|over|under|beyond|exceeding)\s+$", before):
        return "a debt-brake threshold, not a target"
    if re.search(r"\braise\s+(?:less|more) than\s+$", before):
        return "revenue a tax would raise, not a target"
    if re.search(r"\b(?:expenditure|spending|investment|levels?|funding)\s+(?:well\s+|far\s+)?beyond\s+$", before, re.IGNORECASE):
        return "a level beyond a benchmark (\"expenditure beyond 2% will be needed\"), not a target"
    if _COUNT_OF_ALLIES.search(before):
        return "a count of allies at a level (\"23 of the 32 allies will meet 2%\"), not a target"
    if re.match(r"^\W*(?:Q|QUESTION|Question)\s*:", s) or s.rstrip().endswith("?"):
        return "a question, not a target"
    if re.search(r",\s+not\s+(?:just\s+|only\s+)?$", before):
        return "a share set aside in the same breath (\"5%, not 2%\")"
    if _REJECTED.search(before):
        return "a share rejected, not taken on"
    if _BUDGET_AS_SHARE.search(before):
        return "this budget restated as a share of GDP (\"CZK 160bn, or 2.1% of GDP\"), not a target"
    if _COMPARED_TO_BENCHMARK.search(before) and _TARGET_AFTER.match(after):
        return "a benchmark the country is compared with (\"well above the 3.5% target\"), not its own"
    if re.match(r"^[^.;]{0,50}?\b(?:to|for) (?:(?:support|help|aid|assist)\s+)?(?:Ukraine|Kyiv)\b", after):
        return "aid to Ukraine as a share of GDP, not a defence target"
    if _AID_WORTH.search(before):
        return "aid expressed as a share of GDP (\"commitments worth 3.6% of GDP\")"
    if _HISTORY.search(before) or re.match(r"^\W*(?:In|By) (?:19\d\d|20[01]\d)\b", s):
        return "a past level, not a target"
    if re.search(r"\bby\s+(?:up to\s+)?$", before, re.IGNORECASE):
        return "a change (\"raise spending by 20%\"), not a share of GDP"
    if UKRAINE.search(s) and re.search(r"\b(?:aid|support|assistance)\b", s) and re.search(r"\bto\s+(?:Ukraine|Kyiv)", s):
        return "aid to Ukraine as a share of GDP"
    if re.search(r"(?:" + cues["current"].pattern + r")\s+(?:\S+\s+){0,2}?(?:(?:about|around|roughly|some|nearly|almost|just|over|under|only)\s+)?$", before[-50:], re.IGNORECASE) \
            and not re.search(r"\b(?:has|have) decided\b", before):  # "The government has decided that spending will amount to 2.2%"
        return "today's level (\"which spends about 2.5%\", \"from around 2.3% now\")"
    if ahead:
        return None
    if _CURRENT_SENTENCE.search(s) and not re.search(r"\b(?:target\w*|goal|aim\w*|ambition|pledg\w*|commit\w*|promis\w*|plans? to|planned to|announced that|must|law|legally|demand\w*|call\w* (?:on|for)|urg\w*|by 20\d\d|from 20\d\d|to 20\d\d|agreed to|norm|threshold|benchmark|brought forward|bringing forward|deadline|rather than|intends? to|intended to|floor|ceiling|decided (?:\w+ ){0,3}?to|decided that|budget (?:\w+ ){0,3}(?:adopted|approved|passed)|(?:adopted|approved|passed) (?:a |the |its )?(?:\w+ )?budget|will rise to|(?:will|would|shall) meet|plans|sets|set (?:its|the|this year(?:'s|’s)) (?:\w+ )?(?:defen[cs]e )?budget at|instead of|agreed (?:\w+ ){0,3}to|announced|raise|raising|lift|lifting|increas(?:e|ing) (?:\w+ ){0,3}to|earlier than (?:previously )?(?:planned|promised)|ahead of schedule)\b", s, re.IGNORECASE) \
            and not re.search(r"\b(?:Prime Minister|President|Chancellor|Defen[cs]e Minister)\b[^.;]{0,60}\bsaid\b", s):
        return "this year's budget, not a target"
    if re.search(r"\b(?:expected to|on track to|already (?:spends?|meets?|exceeds?|reached|at|above))\b", s, re.IGNORECASE) and not re.search(r"\bby 20\d\d\b", s):
        return "an expectation or a level already reached"
    return None


def _skip(trace: list | None, match: re.Match, sentence: str, reason: str) -> None:
    if trace is not None:
        trace.append((match.group(0), reason, sentence))


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A year as written in a target: "2027", "fiscal 2027", "FY2027", "April 2027"; or a year relative to publication.
_WHEN = re.compile(
    rf"\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?:{_MONTHS}\s+)?(?P<year>20[2-5]\d)\b"
    r"|\b(?P<rel>this|next) year\b|\b(?P<decade>the end of the decade)\b|\bwithin (?P<within>two|three|four|five|ten) years\b",
    re.IGNORECASE,
)
_WITHIN = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_WHEN_PREFIX = re.compile(
    r"(?:\b(?P<prep>by|until|before|no later than|in|for|to|from|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?|as of)\s+)?"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|course)\s+of\s+|early\s+|late\s+|mid-?\s*|the\s+)?$",
    re.IGNORECASE,
)
# A year the target moves away from, or a plan it replaces: "instead of 2029", "rather than in 2032".
_AWAY_PREFIX = re.compile(
    r"\b(?:instead of|rather than|than|since|originally|previously|last)\s+(?:(?:in|by|from|the|its|planned|scheduled)\s+){0,2}$",
    re.IGNORECASE,
)
_MOVED = re.compile(r"\b(?:brought|bring\w*|mov\w*|push\w*|advanc\w*|delay\w*|postpon\w*|shift\w*|forward|deadline|target date|earlier|instead|rather)\b", re.IGNORECASE)
_RANK = {"by": 0, "until": 0, "before": 0, "no later than": 0, "from": 1, "starting": 1, "beginning": 1, "as of": 1}


def _target_year(sentence: str, percent_start: int, percent_end: int, other_percents: list[int], published: date | None) -> int | None:
    """The year a share is to be reached by. Years are read in the clause of this percentage first (up to the next
    one: "2% this year and 2.5% by 2034"), then before it, then anywhere after it ("3.5% core plus 1.5% by 2035")."""
    fiscal = re.search(r"\b(?:by|in|until|to)\s+(20\d\d)[-–/](\d\d)\b", sentence)
    if fiscal:
        return int(fiscal.group(1)[:2] + fiscal.group(2))  # "by 2033-34": the fiscal year ending in 2034
    moved = _MOVED.search(sentence) is not None
    candidates = []  # (position, rank, year)
    for match in _WHEN.finditer(sentence):
        prefix = sentence[max(0, match.start() - 40) : match.start()]
        if _AWAY_PREFIX.search(prefix):
            continue
        head = _WHEN_PREFIX.search(prefix)
        prep = (head.group("prep") or "").lower().split()[0:1]
        prep = " ".join(prep) if prep != ["no"] else "no later than"
        rank = _RANK.get(prep, 2 if prep else 3)
        if match.group("year"):
            year = int(match.group("year"))
            if prep == "from" and moved:
                continue  # "brought forward from 2029 to 2025"
            if prep in ("in", "") and published and year < published.year:
                continue  # "adopted in December 2022": when a plan was made, not when it is met
        elif published is None:
            continue
        elif match.group("rel"):
            year = published.year + (match.group("rel").lower() == "next")
        elif match.group("decade"):
            year, rank = published.year // 10 * 10 + 10, 0
        else:
            year = published.year + _WITHIN[match.group("within").lower()]
        candidates.append((match.start(), rank, year))
    if not candidates:
        return None
    following = [p for p in other_percents if p > percent_end]
    clause_end = min(following, default=len(sentence))
    preceding = max((p for p in other_percents if p < percent_start), default=-1)
    own = [c for c in candidates if percent_end <= c[0] < clause_end]
    if own:
        return min(own, key=lambda c: (c[1], c[0]))[2]
    # A year in another share's clause belongs to it ("2.5% by 2026 on the way to the 3% goal"), unless
    # this share is a component of that one ("5% by 2035, made up of 3.5% ... and 1.5%").
    component = preceding >= 0 and _COMPONENT.search(sentence, preceding, percent_start)
    before = [c for c in candidates if c[0] < percent_start and (preceding < c[0] or component) and (preceding < 0 or component)]
    if before:
        return min(before, key=lambda c: (c[1], -c[0]))[2]
    later = [c for c in candidates if c[0] >= clause_end]
    if later:
        return min(later, key=lambda c: (c[1], c[0]))[2]
    return None


def _named_as_place(text: str, floor: int, mention, *, with_article: bool = False) -> bool:
    """'in The Hague', 'at Ramstein': where something happened, not who acts; but 'the government in Berlin' is
    Germany's government."""
    window = 8 if with_article else 5
    place = re.search(r"\b(?:in|at)\s+(?:the\s+)?$" if with_article else r"\b(?:in|at)\s+$", text[max(floor, mention.start - window) : mention.start], re.IGNORECASE)
    if not place:
        return False
    return not (with_article and re.search(r"\b(?:government|authorities|officials|ministry|cabinet)\s+in\s+$", text[max(floor, mention.start - 30) : mention.start], re.IGNORECASE))
