"""Donor mentions: names, demonyms, capitals, ministers and institutions, resolved to donor codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extraction.reference import load_reference, trie_regex

# Codes that can be named in aid news but never give aid to Ukraine.
NOT_DONORS = {"UKR", "RUS", "BLR"}
# Ukraine as a recipient: the country, its capital and president, and the places aid is sent to
# ("£850k to clear landmines in the Kharkiv region" is aid to Ukraine). Every UKRAINE match starts with
# one of these stems, so a plain substring test of the stems is an exact, fast whole-text gate.
UKRAINE_STEMS = (
    "Ukrain", "Kyiv", "Kiev", "Zelensk", "Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Zaporizhzhia",
    "Kherson", "Mykolaiv", "Chernihiv", "Sumy", "Donbas", "PURL",  # NATO's Prioritised Ukraine Requirements List
)
UKRAINE = re.compile(r"\b(?:" + "|".join(UKRAINE_STEMS) + r")\w*\b")


@dataclass(frozen=True)
class DonorMention:
    start: int
    end: int
    text: str
    code: str
    kind: str  # name | demonym | capital | person | institution


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    # Aliases are matched exactly as written in the table (case included). A trie of them, not a flat
    # alternation of ~1,000 names, keeps the scan fast: re tries a flat alternation name by name at every
    # position. Longer names are still preferred ("Foreign Office in Berlin" before "Foreign Office").
    # "UPDATE 1-Denmark unveils ...": a wire slug's hyphen after a digit does not glue the name to a word
    return re.compile(r"(?<!\w)(?<![^\W\d_]-)" + trie_regex(load_reference().donor_aliases) + r"(?:’s|'s)?(?![\w-])")


# "WASHINGTON, DC:", "BERLIN (Reuters) -", "KYIV —": where a story was filed, not who gives.
# "The Hague, June 25 /Agerpres/ -", "Brussels, 11 Apr 2025 -": a place and a date before the dash.
# "THE HAGUE, Netherlands (APW) -", "BORGO EGNAZIA, Italy, June 14 (Wire) -": the place's country too.
_DATELINE = re.compile(
    r"(?:[A-Z]{2,}[A-Z ,./'-]*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,?\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},?\s+)?|[A-Z][a-z]+,? D\.?C\.?|(?:The )?[A-Z][a-z]+(?:, [A-Z][a-z]+)?(?=\s*\())\s*(?:\([\w ./-]+\)\s*)?(?:[-–—:]|--)\s"
    r"|(?:The )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?\s*(?:/[\w .-]+/|\([\w ./-]+\))?\s*(?:[-–—:]|--)\s"
)


_MEETING_AFTER = re.compile(r"\s+(?:summit|conference|meeting|declaration|format|talks|communiqu[eé]|process|group|forum|compact)\b", re.IGNORECASE)


_PLACE_AFTER = re.compile(r"\s+(?:city|capital|town|port|resort|coast|border)\b", re.IGNORECASE)  # "the Dutch city"
_SCHEME_AFTER = re.compile(r"\s+(?:model|scheme|mechanism|formula|approach)\b", re.IGNORECASE)


def find_donor_mentions(text: str, start: int = 0, end: int | None = None) -> list[DonorMention]:
    ref = load_reference()
    mentions = []
    dateline = _DATELINE.match(text, start)
    if dateline and dateline.end() - start < 60:
        start = dateline.end()
    for match in _pattern().finditer(text, start, len(text) if end is None else end):
        raw = match.group(0)
        alias = _alias_key(raw)
        code = ref.donor_aliases.get(alias)
        if code is None:
            continue
        # "US" inside "US$" or a lone capital "Fund" in another name is not a donor.
        if alias in {"US", "U.S."} and text[match.end(): match.end() + 1] == "$":
            continue
        kind = ref.alias_kinds.get(alias, "name")
        # "the Vilnius summit", "the Berlin conference": a capital naming a meeting is a place, not a government.
        if kind == "capital" and _MEETING_AFTER.match(text, match.end()):
            continue
        # "on the sidelines of the NATO summit": the meeting, not the organisation giving.
        if kind == "name" and ref.donors[code].kind != "state" and _MEETING_AFTER.match(text, match.end()) \
                and re.search(r"\b(?:the|a|this|last|next|an)\s+$", text[max(0, match.start() - 6) : match.start()]):
            continue
        # "the so-called Danish model", "the Czech initiative": a scheme named after a country, not its government.
        if kind in {"demonym", "capital"} and (_SCHEME_AFTER.match(text, match.end()) or _PLACE_AFTER.match(text, match.end())) \
                and re.search(r"\b(?:the|so-called)\s+$", text[max(0, match.start() - 12) : match.start()]):
            continue
        mentions.append(DonorMention(match.start(), match.end(), raw, code, kind))
    mentions += _caps_mentions(text, start, len(text) if end is None else end, mentions)
    return _in_context(text, mentions)


def _alias_key(raw: str) -> str:
    """The alias table's spelling of a match: no possessive, single spaces."""
    return " ".join(re.sub(r"(?:’s|'s)$", "", raw).split())


# A flash or headline in capitals ("SWEDEN TO RAISE DEFENCE SPENDING TO 3.5%"): aliases are matched as written,
# so such a line is read again in title case.
_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{3}[^a-z\n]*[A-Z]{3})[^a-z\n]{16,}$", re.MULTILINE)


def _caps_mentions(text: str, start: int, end: int, found: list[DonorMention]) -> list[DonorMention]:
    ref = load_reference()
    extra = []
    for line in _CAPS_LINE.finditer(text, start, end):
        titled = line.group(0).title()
        if len(titled) != len(line.group(0)):
            continue
        for match in _pattern().finditer(titled):
            alias = _alias_key(match.group(0))
            code = ref.donor_aliases.get(alias)
            begin, stop = line.start() + match.start(), line.start() + match.end()
            if code is None or any(m.start < stop and begin < m.end for m in found):
                continue
            extra.append(DonorMention(begin, stop, text[begin:stop], code, ref.alias_kinds.get(alias, "name")))
    return extra


def _in_context(text: str, mentions: list[DonorMention]) -> list[DonorMention]:
    """Names whose donor depends on their neighbours in the same span."""
    codes = {m.code for m in mentions}
    out = []
    for i, mention in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if mention.kind == "institution" and following is not None and following.kind == "capital" \
                and re.fullmatch(r"\s+in\s+", text[mention.end : following.start]):
            # "the Foreign Office in Berlin" is Germany's, whatever country the bare name defaults to.
            mention = DonorMention(mention.start, mention.end, mention.text, following.code, mention.kind)
        elif mention.kind == "capital" and mention.code == "EU" and "BEL" in codes:
            # "Belgium's defence minister said Brussels would provide ...": the Belgian government.
            mention = DonorMention(mention.start, mention.end, mention.text, "BEL", mention.kind)
        out.append(mention)
    return out


def most_named(text: str, title: str | None = None, *, states_only: bool = False, lead_end: int = 0) -> str | None:
    """The donor an article is about: the most-named one; its title counts three times, mentions before
    ``lead_end`` (the lead) twice."""
    ref = load_reference()
    counts: dict[str, int] = {}
    for source, base in ((title or "", 3), (text, 1)):
        for mention in find_donor_mentions(source):
            if mention.code in NOT_DONORS or (states_only and ref.donors[mention.code].kind != "state"):
                continue
            weight = 2 if source is text and mention.start < lead_end else base
            counts[mention.code] = counts.get(mention.code, 0) + weight
    return max(counts, key=counts.get) if counts else None


def first_state(text: str | None) -> str | None:
    """The first state named in ``text`` (a title), if any."""
    ref = load_reference()
    for mention in find_donor_mentions(text or ""):
        if mention.code not in NOT_DONORS and ref.donors[mention.code].kind == "state":
            return mention.code
    return None


# A state named as the maker of what is bought ("$500 million US arms package", "German-made tanks"), not the giver.
MADE_IN = re.compile(r"(?:-made|-built|-produced)\b|\s+(?:arms|weapons|munitions|defen[cs]e (?:firms|companies|industry|contractors)|arms (?:makers|manufacturers|industry)|manufacturers?|producers?)\b", re.IGNORECASE)
