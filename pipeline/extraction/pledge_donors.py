"""Who gives a pledge: the donor named, carried over from the sentences before, or implied by the article,
and the co-donors of a joint pledge."""

from __future__ import annotations

import re

from pipeline.extraction.donors import MADE_IN, NOT_DONORS, UKRAINE, DonorMention, find_donor_mentions, most_named
from pipeline.extraction.money import Money
from pipeline.extraction.pledge_context import OPENING_CLAUSE, REPORTING_VERB, PledgeContext, pledge_cues
from pipeline.extraction.reference import load_reference

_GOVERNMENT = re.compile(
    r"^\W*(?:[A-Z][A-Z .'’-]{2,40}:\s+|[A-Z]{3,}(?:[ ,/]+[A-Z][\w.]*)*\s+[-–—]\s+)?" + OPENING_CLAUSE + r"(?:(?i:the (?:[\w-]+ ){0,3}?(?:government|ministry|department|cabinet|council|minister|prime minister|chancellor|president|country|defen[cs]e secretary|foreign secretary|secretary))\b"
    r"|(?:Prime Minister|President|Chancellor|(?:Defen[cs]e|Foreign|Finance|Development|Economy) (?i:minister|secretary)|Minister of \w+(?: \w+)?) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
_OWN_INSTITUTION = re.compile(r"\b(?:(?:his|her|its|their|our) (?:ministry|government|country|cabinet|department)|we|our|(?:by|from) the (?:federal )?(?:cabinet|government|ministry|parliament)|the federal government)\b", re.IGNORECASE)
_TITLE_SUBJECT = re.compile(r"\bthe (?:(?:new|federal) )?(?:(?:head|chief) of the (?:[Mm]inistry|[Dd]epartment) of [A-Z]\w+(?: [A-Z]\w+){0,2}|[Pp]rime [Mm]inister|[Cc]hancellor|[Pp]resident|[Gg]overnment|[Cc]abinet|[Dd]efen[cs]e (?:[Ss]ecretary|[Mm]inister)|[Ff]oreign (?:[Ss]ecretary|[Mm]inister)|[Ff]inance [Mm]inister)\s+(?:on \w+\s+)?(?:has\s+|had\s+|will\s+|would\s+)?(?:announc|pledg|promis|commit|confirm|unveil|approv|sign|agree|decid|makes? available|made available|allocat|earmark|sets? aside)")
_SPEAKER_I = re.compile(r"\bI(?:'m|’m| am| have| will| can)\b")  # "Today I am announcing €2.3bn": the speaker's institution
_POSSESSIVE = re.compile(r"(?:’s|'s)$")
_SUBJECT_VERB = re.compile(
    r"^[\s,]*(?:(?:has|have|had|is|was|will|would|also|now|on \w+|today|this week|last week|just|recently|officially|publicly|further|already|separately)\s+)*"
    r"(?:announc|pledg|promis|commit|provid|giv|gave|send|sent|suppl|deliver|donat|contribut|allocat|earmark|disburs|approv|sign|grant|offer|fund|financ|transfer|unveil|prepar|plan|agree|said|says|confirm|decid|intend|lend|loan|rais|add|step|boost|hand|back|set|put|releas|gift|mobili)",
    re.IGNORECASE,
)
_WEAK_BEFORE = re.compile(
    r"(?:\bto|\bfor|\bthrough|\bvia|\bwith|\bagainst|\bthan|\blike|\bunlike|\bmember of|\bmembers of|\bpartner in|\bpartners in|\ballies in|\bin the|\bamong|\bbetween|\bbeside|\bbesides|\bjoin(?:ed|ing|s)?|\bsuch as|\bincluding|\bthanked|\bthanks|\bvisits?|\bvisited|\bvisiting|\bmeet|\bmeets|\bmet|\bmeeting|\bone of|\bpartners? of|\bally of|\bin|\bat|\badministered by|\bmanaged by|\brun by|\bhosted by|\bled by|\bcoordinated by|\bchaired by|\bheaded by|\brequested by|\binitiated by|\binto|\bof which|(?-i:\b[Ii]n\s+[A-Z][\w-]+,))\s+(?:(?:the|a|an)\s+)?(?:new\s+)?$",
    re.IGNORECASE,
)
# "Sunak, speaking alongside Nato Secretary General Jens Stoltenberg, announced": the one beside the speaker.
_COMPANION_BEFORE = re.compile(r"\b(?i:alongside|flanked by|accompanied by|next to|together with|standing with|joined by)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}$")
# "Taiwan, which Beijing claims as its own, has channelled ...": a name inside a relative clause.
_IN_ASIDE = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;]{0,60}$")
_STRONG_AFTER_MONEY = re.compile(r"^\W{0,3}(?:[\w-]+\s+){0,8}?(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_CHANNEL = re.compile(r"\b(?:through|via|administered by|run by)\b")
_EACH = re.compile(r"\beach\b", re.IGNORECASE)


def _score(ctx: PledgeContext, mention: DonorMention, money: Money, sentence_start: int, previous: Money | None = None) -> float:
    text = ctx.doc.text
    if mention.code in NOT_DONORS:
        return -1.0
    score = 1.0
    if MADE_IN.match(text, mention.end):
        return -1.0  # "$500 million US arms package": where the weapons come from, not who pays
    prefix = text[max(sentence_start, mention.start - 30) : mention.start]
    wide_prefix = text[max(sentence_start, mention.start - 60) : mention.start]
    if _WEAK_BEFORE.search(prefix) or _COMPANION_BEFORE.search(wide_prefix) or _IN_ASIDE.search(wide_prefix):
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
        # "Denmark's package, worth DKK 3.9bn, financed partly by EU windfall profits": where the money comes from
        if _STRONG_AFTER_MONEY.match(between) and not _WEAK_BEFORE.search(prefix) and not re.search(r"\b(?:financed|funded|paid for)\b", between):
            score += 1.2
        elif re.search(r"[”\"],?\s*(?:said|says|told|added|wrote)?\s*(?:\w+\s+){0,4}$", between) and re.match(r"^\W*[“\"]", text[sentence_start : sentence_start + 3]):
            score += 1.5  # '"We will give €1bn," Pistorius said': the speaker of a quoted pledge
        elif mention.kind == "person" and re.search(r",\s+(?:[A-Z][\w-]*\s+){0,3}$", between) and REPORTING_VERB.match(text, mention.end):
            score += 1.2  # "€4m will go to agencies ..., Foreign Minister Winston Peters said": the speaker's country
        else:
            score -= 0.3 + min(len(between.split()), 30) * 0.02
    if mention.kind == "person":
        score -= 0.05
    return score


# "I announced", "we are putting": the speaker gives, and speaks for the article's government
_FIRST_PERSON_GIVES = re.compile(r"\b(?:I|[Ww]e)(?:['’](?:re|ve|ll))?\s+(?:\w+\s+){0,2}?(?:announc\w*|pledg\w*|commit\w*|provid\w*|putting|put|giv\w*|send\w*|sending|allocat\w*|contribut\w*|offer\w*|signed|approved)\b")
_PLACE_OR_PARTNER = re.compile(r"\b(?:in|at|from|to|together with|with)\s+(?:the\s+)?$")
# "MERZ:", "PISTORIUS (Germany):": the speaker's label of a transcript line
_TRANSCRIPT_SPEAKER = re.compile(r"^\W*((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z]{2,}[\w'’-]*)(?:\s*\([^)]{0,40}\))?\s*:\s+")


def resolve_donor(ctx: PledgeContext, index: int, money: Money, previous: Money | None = None) -> tuple[str | None, list[str], bool, bool]:
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
    head = ctx.doc.text[sentence.start : money.start]
    first_person = _FIRST_PERSON_GIVES.search(head)
    speaker = _TRANSCRIPT_SPEAKER.match(sentence.text)
    after_colon = index > 0 and ctx.sentences[index - 1].text.rstrip().endswith(":")  # a quote introduced by its speaker
    # a transcript's labelled speaker, or a quote introduced by its speaker, is read below
    if first_person and not speaker and not after_colon and _primary_donor(ctx) and not [m for m in before_figure if m.start - sentence.start < first_person.start()
                                                     and not _PLACE_OR_PARTNER.search(head[: m.start - sentence.start])]:
        # "Last Thursday in Madrid I announced a further £1bn", "And together with Norway, we are putting £500m":
        # the speaker's country (the article's), with the partner it names
        primary = _primary_donor(ctx)
        partners = [m.code for m in mentions if m.code != primary and re.search(r"\btogether with\s+(?:the\s+)?$", head[: m.start - sentence.start])]
        if not money.explicit or money.currency in {"EUR", "USD"} or load_reference().donors[primary].home_currency == money.currency:
            return primary, partners, False, True
    if speaker and re.search(r"\b(?:[Ww]e|[Oo]ur|I)\b", head[speaker.end() :]):
        # "MERZ: No. We will provide nine billion euros": the speaker of a transcript line speaks for his country
        named = [m for m in find_donor_mentions(speaker.group(1).title()) if m.code not in NOT_DONORS]
        if named:
            return named[0].code, [], False, True
    if mentions and all(m.start >= money.end and _CHANNEL.search(ctx.doc.text, money.end, m.start) for m in mentions) \
            and (_TITLE_SUBJECT.search(head) or re.search(r"\bthe government\b", head)) and _primary_donor(ctx):
        # "the vice foreign minister said the government will provide $20m through the World Food Programme": the
        # organisations named after the figure are channels; the giver is the article's government
        return _primary_donor(ctx), [], False, True
    if mentions:
        scored = sorted(((_score(ctx, m, money, sentence.start, previous), m) for m in mentions), key=lambda x: -x[0])
        best_score, best = scored[0]
        if best_score > 0:
            chain = _joint_subject(ctx, mentions, money, previous) or _co_donors(ctx, sentence, mentions, best, money)
            co: list[str] = []
            if chain:
                # A joint pledge is filed under the first-named donor of the list, the others as co-donors.
                first = chain[0]
                co = list(dict.fromkeys(m.code for m in chain[1:] if m.code != first.code and m.code not in NOT_DONORS))
                best = first
            each = bool(co) and bool(_EACH.search(ctx.doc.text[money.end : money.end + 40] + ctx.doc.text[max(sentence.start, money.start - 40) : money.start]))
            return best.code, co, each, False
    # Carry the donor over from the sentences before ("It will also send ..."), but only when the
    # sentence points back to someone already named.
    if not pledge_cues()["carry_start"].match(sentence.text) and not _OWN_INSTITUTION.search(ctx.doc.text[sentence.start : money.start]) \
            and not _SPEAKER_I.search(ctx.doc.text[sentence.start : money.start]):
        if UKRAINE.search(sentence.text) and (
                (not ctx.donors_in(index) and re.match(r"^\W*(?:The|These|This|Its)\s", sentence.text))
                or (re.match(r"^\W*(?:Tonight|Today)(?:'s|’s) budget\b", sentence.text) and not [m for m in ctx.donors_in(index) if m.code not in NOT_DONORS])):
            # "Tonight's budget includes a further $95m for Ukraine": the article's government's budget
            # Nobody named at all ("The 28 carriers, valued at $47.5m, have arrived in Ukraine"): the article's donor.
            primary = _primary_donor(ctx)
            return primary, [], False, primary is not None
        if re.search(r"\b[Aa]llie[sd]\b", sentence.text) and re.search(r"\bN(?:ATO|ato)\b", ctx.doc.text):
            return "NATO", [], False, True
        named = _surname_subject(ctx, sentence.text)
        if named is None and _TITLE_SUBJECT.search(sentence.text):
            named = _primary_donor(ctx)  # "... after the Prime Minister on Sunday announced £1.6bn": the article's government
        return named, [], False, named is not None
    if _GOVERNMENT.match(sentence.text):
        primary = _primary_donor(ctx)
        if primary:
            return primary, [], False, True
    we_speak = re.search(r"\b(?:we|our)\b", head, re.IGNORECASE) or _SPEAKER_I.search(head)
    if we_speak and after_colon:
        # 'Secretary of State Antony Blinken said: "Today we're announcing ..."': the one introduced
        introduced = [m for m in ctx.donors_in(index - 1) if m.code not in NOT_DONORS]
        if introduced:
            return introduced[-1].code, [], False, True
    if we_speak and _primary_donor(ctx):
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
            # "... channelled through UN agencies": a channel named before is not who goes on giving.
            givers = [m for m in candidates if not _WEAK_BEFORE.search(ctx.doc.text[max(start, m.start - 30) : m.start])]
            if givers:
                return givers[0].code, [], False, True
    primary = _primary_donor(ctx)
    return primary, [], False, primary is not None


_CHANNEL_BEFORE = re.compile(r"\b(?:including|such as|through|via|to|for|among|like|into)\s+(?:the\s+)?$", re.IGNORECASE)


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


def _surname_subject(ctx: PledgeContext, sentence: str) -> str | None:
    """'Collins also announced a further NZ$16m', '"... forty billion kronor for Ukraine," Jonson told the radio': the
    surname of someone named in full earlier."""
    match = re.match(r"^\W*([A-Z][\w'’-]+)\s+(?:also\s+|separately\s+|later\s+|then\s+)?(?:said|says|announced|pledged|promised|committed|confirmed|added|told|unveiled|approved)\b", sentence) \
        or re.search(r"[”\"],?\s+([A-Z][\w'’-]+)\s+(?:said|says|told|added)\b", sentence)
    if not match:
        return None
    if ctx.surnames is None:
        ctx.surnames = {m.text.split()[-1]: m.code for m in find_donor_mentions(ctx.doc.text) if m.kind == "person" and " " in m.text}
    return ctx.surnames.get(match.group(1))


def _paragraph_state(ctx: PledgeContext, index: int) -> str | None:
    """The one state named in the two sentences before, in the same paragraph, if it is not the article's own."""
    paragraph = ctx.sentences[index].paragraph
    ref = load_reference()
    named: set[str] = set()
    for other in (index - 1, index - 2):
        if other >= 0 and ctx.sentences[other].paragraph == paragraph:
            named |= {m.code for m in ctx.donors_in(other) if m.code not in NOT_DONORS and ref.donors[m.code].kind == "state"}
    primary = _primary_donor(ctx)
    return named.pop() if len(named) == 1 and primary not in named else None


def donor_for_currency(currency: str) -> str | None:
    """The one state whose own currency this is (None for shared ones like EUR and USD)."""
    if currency in {"EUR", "USD"}:
        return None
    states = [d.code for d in load_reference().donors.values() if d.kind == "state" and d.home_currency == currency]
    return states[0] if len(states) == 1 else None


def _primary_donor(ctx: PledgeContext) -> str | None:
    """The donor the article is about (computed once per document)."""
    if ctx.primary is None:
        items = ctx.sentences.items
        lead_end = items[3].start if len(items) > 3 else len(ctx.doc.text)
        ctx.primary = most_named(ctx.doc.text, ctx.doc.title, lead_end=lead_end) or ""
    return ctx.primary or None


_JOINTLY_NEXT = re.compile(r"\s+(?:\w+\s+){0,2}(?:jointly|together)\b")


def _joint_subject(ctx: PledgeContext, mentions: list[DonorMention], money: Money, previous: Money | None) -> list[DonorMention]:
    """'... announced that Italy and France will jointly provide ...': the states that give together, whoever
    else the sentence names (the ministers who announced it)."""
    text = ctx.doc.text
    # only in this figure's clause: "X and Y jointly gave $500m, and Germany followed with another $500m"
    states = [m for m in mentions if m.end <= money.start and m.kind != "person" and (previous is None or m.start >= previous.end)]
    for i in range(len(states) - 1, 0, -1):
        if not _JOINTLY_NEXT.match(text, states[i].end, money.start):
            continue
        chain = [states[i]]
        for m in reversed(states[:i]):
            if not re.fullmatch(r"\s*(?:,|and|, and|&)\s*(?:the\s+)?", text[m.end : chain[0].start]):
                break
            chain.insert(0, m)
        return chain if len({m.code for m in chain}) > 1 else []
    return []


_TOGETHER = re.compile(r",?\s*(?:together|along|jointly) with\s+(?:the\s+)?")


def _co_donors(ctx: PledgeContext, sentence, mentions: list[DonorMention], best: DonorMention, money: Money) -> list[DonorMention]:
    """The list of donors, coordinated with the chosen one before the figure, that gives jointly ("Estonia, Latvia and
    Lithuania will ..."); empty when the chosen one gives alone."""
    text = ctx.doc.text
    # "In Washington, the World Bank ...": a place before a comma is where, not a partner in a joint pledge.
    joined = r"\s*(?:,|and|, and|&|as well as|,?\s*(?:together|along|jointly) with)\s*(?:the\s+)?"
    before: list[DonorMention] = []
    weak: DonorMention | None = None
    for m in sorted((m for m in mentions if m.end <= money.start), key=lambda m: m.start):
        # "Sweden, together with Denmark and Norway, will finance ...": countries named together are partners
        if before and m.kind == "name" and before[-1].kind == "name" and (
                _TOGETHER.fullmatch(text[before[-1].end : m.start]) or (len(before) > 1 and _TOGETHER.fullmatch(text[before[-2].end : before[-1].start])
                                                                       and re.fullmatch(joined, text[before[-1].end : m.start]))):
            before.append(m)
            continue
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
            return chain
    return []
