"""Aid type, purposes and stage of a pledge, from the words around its figure."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extraction.reference import cue_regex, literal_regex, load_reference


# The aid-type words and their weights live in cues.yml (aid_type_words): one alternation, one group per row.
@lru_cache(maxsize=1)
def _type_words() -> tuple[list[tuple[str, float]], re.Pattern[str]]:
    rows = load_reference().cues["aid_type_words"]
    kinds = [(row["type"], float(row["weight"])) for row in rows]
    pattern = re.compile("|".join(f"(?P<t{i}>\\b(?:{row['words']})\\b)" for i, row in enumerate(rows)), re.IGNORECASE)
    return kinds, pattern


# "damaged by Russian missiles": weapons that are the attack, not the aid.
_ENEMY = re.compile(r"(?:Russian|Russia's|enemy|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
BANKS = {"IMF", "WB", "EIB", "EBRD", "CEB", "NIB"}


@lru_cache(maxsize=64)
def _context_scores(context: str) -> dict[str, float]:
    # The same paragraph is the context of every figure in it: score it once.
    return _type_scores(context, None)


def _type_scores(text: str, anchor: int | None) -> dict[str, float]:
    scores: dict[str, float] = {}
    kinds, pattern = _type_words()
    for match in pattern.finditer(text):
        kind, weight = kinds[int(match.lastgroup[1:])]
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
