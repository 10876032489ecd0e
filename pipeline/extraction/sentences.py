"""Sentence boundaries with character offsets, tuned for news English."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
    "st", "no", "nos", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "jr", "sr", "dept", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "e.g", "i.e", "a.m", "p.m", "fig", "vol", "pp", "c",
}

_CANDIDATE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9€£$¥])|\n\s*\n|\n(?=\S)")
# Letters in any script: "Orbán." ends a sentence; read as ASCII only, its "n." looked like an initial.
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


class Sentences:
    """The sentences of one document, searchable by character offset."""

    def __init__(self, text: str):
        self._text = text
        self._items: list[Sentence] | None = None
        self._starts: list[int] = []

    @property
    def items(self) -> list[Sentence]:
        # Split on first use: most articles have no figure worth a look, and splitting is most of their cost.
        if self._items is None:
            self._items = list(_split(self._text))
            self._starts = [s.start for s in self._items]
        return self._items

    def index_at(self, offset: int) -> int:
        self.items  # noqa: B018 - make sure the split has happened
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> Sentence:
        return self.items[i]


def _is_abbreviation(text: str, dot_end: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot_end - 12), dot_end)
    if not match:
        return False
    word = match.group(1).lower()
    if match.start() > 0 and (text[match.start() - 1].isdigit() or text[match.start() - 1] in "$€£¥"):
        return False  # "€500m." and "£850k." end sentences: the letter is a scale, not an initial
    # Single initials ("J."), dotted abbreviations ("H.E.", "U.S.") and listed words do not close a sentence.
    return len(word) == 1 or "." in word or word in _ABBREVIATIONS


def _split(text: str):
    start = 0
    paragraph = 0
    for match in _CANDIDATE.finditer(text):
        piece = match.group(0)
        is_break = "\n" in piece
        end = match.end() if not is_break else match.start()
        if not is_break and piece.startswith(".") and _is_abbreviation(text, match.start() + 1):
            continue
        yield from _emit(text, start, end, paragraph)
        if is_break and "\n\n" in piece.replace(" ", "").replace("\t", "") or is_break:
            paragraph += 1
        start = match.end()
    yield from _emit(text, start, len(text), paragraph)


MAX_SENTENCE = 1500  # longer "sentences" are tables or junk; cut so that work per sentence stays bounded


def _emit(text: str, start: int, end: int, paragraph: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield Sentence(start, cut, text[start:cut], paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(start, end, text[start:end], paragraph)
