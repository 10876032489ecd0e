"""Aid type, purposes and stage of a pledge, from the words around its figure."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extraction.reference import cue_regex, literal_regex, load_reference

# Words that name the aid type outright; nearest to the figure wins.
_AID_TYPE_WORDS = re.compile(
    r"(?P<military>\bmilitary\b|\bPeace Facility\b|\bUkraine Assistance Fund\b|\bForeign Military Financing\b|\bdrawdown\b|\bUSAI\b|\bsecurity (?:aid|package|assistance)\b|\bdefen[cs]e (?:aid|package|assistance|support|equipment)|\bsecurity assistance\b|\bweapons?\b|\barms\b|\bammunition\b|\bair[- ]defen[cs]e\b|\bmunitions\b|\bdrones?\b|\btanks?\b|\bartillery\b|\bshells\b|\bmissiles?\b|\bhowitzers?\b|\bmilitary equipment\b|\bPatriot\b|\bIRIS-T\b|\bNASAMS\b|\bHIMARS\b|\bF-16s?\b|\barmou?red\b)"
    r"|(?P<humanitarian>\bhumanitarian\b|\brelief\b|\bwinteri[sz]ation\b|\bdemining\b|\bmine[- ]clearance\b|\bmedical\b|\bhospitals?\b|\bfood\b|\bshelters?\b|\brefugees\b|\bgenerators\b|\benergy\b|\bpower grid\b|\breconstruction\b|\brecovery\b|\brebuild\w*)"
    r"|(?P<financial>\bfinancial\b|\bUkraine Facility\b|\bERA\b|\bbudget(?:ary)? support\b|\bmacro-?financial\b|\bloans?\b|\bgrants?\b|\beconomic (?:aid|support|assistance)\b|\bbudget\b|\bguarantees?\b|\bfiscal\b|\bliquidity\b|\bsalaries\b|\bpensions\b|\bcredit\b|\blending\b)",
)


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
        keyword = " ".join(match.group(0).split())
        purpose = ref.purpose_keywords.get(keyword)
        if purpose is None:
            purpose = next((p for k, p in ref.purpose_keywords.items() if k.lower() == keyword.lower()), None)
        if purpose and purpose not in found:
            found.append(purpose)
    return found


def aid_type(text: str, anchor: int, found_purposes: list[str]) -> str:
    """The aid type named nearest to the figure at ``anchor``; else the purposes' majority type."""
    best: tuple[int, str] | None = None
    for match in _AID_TYPE_WORDS.finditer(text):
        kind = match.lastgroup
        # Words after the figure ("$50m in military aid") bind tighter than words before it.
        distance = match.start() - anchor if match.start() >= anchor else (anchor - match.end()) * 1.5
        if best is None or distance < best[0]:
            best = (distance, kind)
    if best is not None:
        return best[1]
    if _DEFENCE_SPEAKER.search(text):
        # A package announced by a defence minister or ministry is military aid.
        return "military"
    ref = load_reference()
    votes: dict[str, int] = {}
    for purpose in found_purposes:
        kind = ref.purpose_aid_type[purpose]
        votes[kind] = votes.get(kind, 0) + 1
    if votes:
        return max(votes, key=votes.get)
    return "unspecified"


def stage(text: str, anchor: int) -> str:
    """The stage word nearest the figure; an announcement with no telling word is a pledge."""
    best: tuple[float, str] | None = None
    for match in _stage_pattern().finditer(text):
        distance = abs(match.start() - anchor) if match.start() < anchor else (match.start() - anchor) * 1.2
        if best is None or distance < best[0]:
            best = (distance, match.lastgroup)
    return best[1] if best else "pledged"
