"""Aid type, purposes and stage of a pledge, from the words around its figure."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extraction.reference import cue_regex, literal_regex, load_reference

# Words that tell the aid type, with how strongly: a named type ("military aid") beats an instrument
# ("grant") or a thing bought ("vehicles"). The strongest, nearest word to the figure wins.
_TYPE_WORDS: list[tuple[str, float, str]] = [
    ("military", 1.0, r"military|defen[cs]e (?:aid|package|assistance|support|equipment|materiel)|security (?:aid|package|assistance)|weapons?|arms|ammunition|munitions|air[- ]defen[cs]e|troops|soldiers|armed forces|Peace Facility|Ukraine Assistance Fund|Comprehensive Assistance Package|International Fund for Ukraine|Foreign Military Financing|drawdown|USAI|Patriot|IRIS-T|NASAMS|HIMARS|F-16s?|howitzers?|artillery|shells?|missiles?|interceptors?"),
    ("military", 0.5, r"drones?|tanks?|armou?red|vehicles|equipment|training"),
    ("humanitarian", 1.0, r"humanitarian|wounded|rehabilitation|prosthe\w*|demining|mine[- ]clearance|bomb[- ]disposal|explosive ordnance|medical|medicines?|medics|hospitals?|health|trauma|food|shelters?|refugees|displaced|civilians|winteri[sz]ation|relief|emergency aid|electricity|power (?:grid|plants?|stations?)|substations|transformers|generators|turbines|heating|energy (?:grid|infrastructure|repairs?|equipment|security|sector|supply)|State Emergency Service|clear(?:ing)? (?:farmland|land|mines)"),
    ("humanitarian", 0.5, r"energy(?! Support Fund)|repair\w*|schools?|water"),
    ("financial", 1.1, r"loans?|lend(?:s|ing)?|lent|budget(?:ary)? support|macro-?financial|financial(?! year)|Ukraine Facility|ERA|guarantees?|fiscal|liquidity|salaries|pensions|credit|World Bank|IMF|Energy Support Fund"),
    ("financial", 0.5, r"(?<!Bank for )reconstruction|recovery|rebuild\w*|grants?|budget|funding|financing|payment|tranche|disburse\w*|economic"),
]
_TYPE_PATTERN = re.compile("|".join(f"(?P<t{i}>\\b(?:{words})\\b)" for i, (_, _, words) in enumerate(_TYPE_WORDS)), re.IGNORECASE)
# "damaged by Russian missiles": weapons that are the attack, not the aid.
_ENEMY = re.compile(r"(?:Russian|Russia's|enemy|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
BANKS = {"IMF", "WB", "EIB", "EBRD", "CEB", "NIB"}


@lru_cache(maxsize=64)
def _context_scores(context: str) -> dict[str, float]:
    # The same paragraph is the context of every figure in it: score it once.
    return _type_scores(context, None)


def _type_scores(text: str, anchor: int | None) -> dict[str, float]:
    scores: dict[str, float] = {}
    for match in _TYPE_PATTERN.finditer(text):
        kind, weight, _ = _TYPE_WORDS[int(match.lastgroup[1:])]
        if kind == "military" and _ENEMY.search(text[max(0, match.start() - 25) : match.start()]):
            continue
        if anchor is None:
            closeness = 1.0
        else:
            distance = match.start() - anchor if match.start() >= anchor else (anchor - match.end()) * 1.3
            closeness = 1.0 / (1.0 + distance / 60.0)
        scores[kind] = max(scores.get(kind, 0.0), weight * closeness)
    return scores


_DEFENCE_SPEAKER = re.compile(
    r"\b(?:Defen[cs]e Minister|Minister of Defen[cs]e|Ministry of Defen[cs]e|[Dd]efen[cs]e [Mm]inistry|Defen[cs]e Secretary|Secretary of Defen[cs]e|Pentagon|armed forces)\b"
)


@lru_cache(maxsize=1)
def _purpose_pattern():
    ref = load_reference()
    return literal_regex(ref.purpose_keywords)


@lru_cache(maxsize=1)
def _stage_pattern():
    ref = load_reference()
    parts = [f"(?P<{stage}>" + cue_regex(words).pattern + ")" for stage, words in ref.cues["stages"].items()]
    return re.compile("|".join(parts), re.IGNORECASE)


def purposes(text: str) -> list[str]:
    ref = load_reference()
    found = []
    for match in _purpose_pattern().finditer(text):
        if _ENEMY.search(text[max(0, match.start() - 25) : match.start()]):
            continue  # "Russian missiles hit Kyiv": the attack, not what is given
        keyword = " ".join(match.group(0).split())
        purpose = ref.purpose_keywords.get(keyword)
        if purpose is None:
            purpose = next((p for k, p in ref.purpose_keywords.items() if k.lower() == keyword.lower()), None)
        if purpose and purpose not in found:
            found.append(purpose)
    return found


def aid_type(text: str, anchor: int, found_purposes: list[str], *, donor_code: str | None = None,
             context: str = "", donor_kind: str | None = None) -> str:
    """Military, financial, humanitarian or unspecified, as the Kiel tracker counts them.

    ``context`` is the surrounding paragraph and title, used when the sentence itself does not tell.
    """
    if donor_code in BANKS:
        return "financial"  # development banks and the IMF lend: Kiel counts all of it as financial aid
    scores = _type_scores(text, anchor)
    if scores:
        return max(scores, key=scores.get)
    if _DEFENCE_SPEAKER.search(text):
        return "military"  # a package announced by a defence minister or ministry is military aid
    ref = load_reference()
    votes: dict[str, int] = {}
    for purpose in found_purposes:
        kind = ref.purpose_aid_type[purpose]
        votes[kind] = votes.get(kind, 0) + 1
    if votes:
        return max(votes, key=votes.get)
    around = _context_scores(context)
    if around:
        return max(around, key=around.get)
    if _DEFENCE_SPEAKER.search(context):
        return "military"
    if donor_kind in {"organisation", "group"}:
        return "financial"  # the EU, G7 and other institutions give money unless the text says otherwise
    return "unspecified"


def stage(text: str, anchor: int) -> str:
    """The stage word nearest the figure; a figure announced with no telling word is a pledge."""
    best: tuple[float, str] | None = None
    for match in _stage_pattern().finditer(text):
        distance = abs(match.start() - anchor) if match.start() < anchor else (match.start() - anchor) * 1.2
        if best is None or distance < best[0]:
            best = (distance, match.lastgroup)
    return best[1] if best else "pledged"
