"""Money expressions: "$691 million", "€1.05bn", "NOK 4.5 billion", "half a billion euros"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extraction.reference import load_reference

_SCALES = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6,
    "thousand": 1e3, "k": 1e3,
}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBERS = {
    "a": 1, "an": 1, "a hundred": 100, "half a": 0.5, "half": 0.5, "a quarter of a": 0.25, "quarter of a": 0.25,
    "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5,
}
# "six hundred and fifty", "twenty-five", "three hundred": composed from units, teens and tens.
_BELOW_HUNDRED = r"(?:(?:{tens})(?:[\s-](?:{units}))?|{teens}|{units})".format(
    tens="|".join(_TENS), units="|".join(_UNITS), teens="|".join(_TEENS))
_COMPOSED = rf"(?:(?:{'|'.join(_UNITS)}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"

# "1,250.5", "1 250", "4.5", and the continental "4,5" (a comma before one or two digits is a decimal comma:
# a thousands comma has three) and "2.300" (read by _number as a thousands group in a continental document).
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_NUMBERS if w not in {"a", "an", "a hundred"}), key=len, reverse=True)) + "|" + _COMPOSED + "|an?"
# Abbreviated scales attach to the figure ("€500m"); spelled-out ones follow a space.
_SCALE = r"(?:[\s-]?(?:trillion|billion|million|thousand|bn|bln|mln|mn|tn|trn|mio)|(?:m|b|k))(?![\w])"


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    amount: float
    low: float | None  # lower bound of a range
    alias: str  # the currency as written
    currencies: tuple[str, ...]  # candidate ISO codes, default first
    explicit: bool  # the alias names one currency unambiguously ("US$", "EUR", "Canadian dollars")

    @property
    def currency(self) -> str:
        return self.currencies[0]


def _alias_pattern(aliases) -> str:
    parts = []
    for alias in sorted(aliases, key=len, reverse=True):
        escaped = re.escape(alias).replace(r"\ ", r"\s+")
        parts.append(escaped if not alias.isalpha() or alias.isupper() else "(?i:" + escaped + ")")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    ref = load_reference()
    prefix = [a for a in ref.currency_aliases if a in ref.currency_prefixes or not a.isalpha() or a.isupper()]  # symbols and codes
    suffix = [a for a in ref.currency_aliases if a[0].isalpha()]  # words and codes
    pre = _alias_pattern(prefix)
    post = _alias_pattern(suffix)
    num = rf"(?:{_DIGITS})"
    words = rf"(?i:{_WORDS})"
    rng = r"[^\S\n]?(?:-|–|to)[^\S\n]?"  # not across a line: "in 2025\n- 220 million euros" is a list
    prefixed = (
        rf"(?P<pre>{pre})\s?(?:(?P<plow>{num})(?:\s?(?P<plowscale>{_SCALE}))?{rng}(?:{pre})?\s?)?"
        rf"(?P<pnum>{num})(?P<pscale>{_SCALE})?(?:\s(?P<ppost>(?:{post})(?![\w])))?"
    )
    suffixed = (
        rf"(?:(?P<slow>{num}){rng})?(?P<snum>{num})(?:[\s-](?P<sscale>(?i:trillion|billion|million|thousand|bln|mln|bn|mn))|(?P<sabbr>bn|mn|m|b|k))?"
        rf"\s(?P<spost>{post})(?![\w])"
        # "a 2-million-euro contribution": the figure as an adjective
        rf"|(?P<hnum>\d{{1,3}}(?:\.\d+)?)-(?P<hscale>million|billion)-(?P<hpost>{post})(?![\w])"
    )
    # A number in words is an amount only with a scale ("half a billion euros", not "a euro"); requiring
    # the scale in the pattern keeps every "a" and "one" in the text from starting a currency look-up.
    # Spoken figures: "one point two billion", "thirteen and a half billion", "one billion, one hundred million",
    # "a billion and a half".
    digit = "|".join(["zero", "oh", *_UNITS])
    worded = (
        rf"(?P<wnum>{words})(?:\s+(?i:point)\s+(?P<wdec>(?i:{digit})(?:\s+(?i:{digit}))*)|\s+(?P<whalf>(?i:and\s+a\s+half)))?"
        rf"[\s-](?P<wscale>(?i:trillion|billion|million|thousand))(?P<whalf2>\s+(?i:and\s+a\s+half))?\s(?P<wpost>{post})(?![\w])"
    )
    return re.compile(rf"(?<![\w$€£¥.,])(?:{prefixed}|{suffixed}|{worded})")


def _number(text: str, continental: bool = False) -> float:
    cleaned = " ".join(text.lower().replace("-", " ").split())
    if cleaned in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[cleaned])
    if cleaned and cleaned[0].isalpha():
        return float(_words_value(cleaned))
    if continental and _CONTINENTAL_NUMBER.fullmatch(cleaned):
        return float(cleaned.replace(".", "").replace(",", "."))
    if _DECIMAL_COMMA.fullmatch(cleaned):
        return float(cleaned.replace(",", "."))
    return float(re.sub(r"[,\s\u00a0\u202f]", "", cleaned))


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_CONTINENTAL_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SCALE_OR_SHARE = r"\s?(?:%|(?i:per ?cent|percent|billion|million|bln|mln|bn|mn)\b)"
# Starting at the separator itself lets ``re`` jump from one comma (or dot) to the next.
_DECIMAL_COMMA_USED = re.compile(r",(?<=\d,)\d{1,2}(?!\d)" + _SCALE_OR_SHARE)
_DECIMAL_POINT_USED = re.compile(r"\.(?<=\d\.)\d{1,2}(?!\d)" + _SCALE_OR_SHARE)


@lru_cache(maxsize=8)
def writes_decimal_comma(text: str) -> bool:
    """Whether a document writes numbers the continental way ("EUR 4,5 billion", "3,5 percent") and never the
    English way: there "2.300 million" is 2,300 million, not 2.3 million. Cached: called once per sentence."""
    return bool(_DECIMAL_COMMA_USED.search(text)) and not _DECIMAL_POINT_USED.search(text)


def _words_value(words: str) -> int:
    """'six hundred and fifty' -> 650, 'twenty five' -> 25."""
    total = 0
    for word in words.split():
        if word == "hundred":
            total = (total or 1) * 100
        elif word != "and":
            total += _UNITS.get(word) or _TEENS.get(word) or _TENS.get(word) or (1 if word in {"a", "an"} else 0)
    return total


def _scale(text: str | None) -> float:
    if not text:
        return 1.0
    return _SCALES[text.strip(" -").lower()]


_BILLIONS_BEFORE = re.compile(rf"(?<![\w-])((?i:{_COMPOSED}))\s+(?i:billion),?\s+(?:(?i:and)\s+)?$")


def find_money(text: str, start: int = 0, end: int | None = None) -> list[Money]:
    ref = load_reference()
    found: list[Money] = []
    continental = writes_decimal_comma(text)
    for match in _pattern().finditer(text, start, len(text) if end is None else end):
        groups = match.groupdict()
        begin = match.start()
        if groups["pre"]:
            alias = groups["pre"]
            post = groups["ppost"]
            scale = _scale(groups["pscale"])
            amount = _number(groups["pnum"], continental) * scale
            low = None
            if groups["plow"]:
                low = _number(groups["plow"], continental) * (_scale(groups["plowscale"]) if groups["plowscale"] else scale)
        elif groups["hpost"]:
            alias = groups["hpost"]
            post = None
            amount = _number(groups["hnum"], continental) * _scale(groups["hscale"])
            low = None
        elif groups["spost"]:
            alias = groups["spost"]
            post = None
            scale = _scale(groups["sscale"] or groups["sabbr"])
            amount = _number(groups["snum"], continental) * scale
            low = _number(groups["slow"], continental) * scale if groups["slow"] else None
            if low is not None and low > amount:
                # "support in 2025 to 85 billion crowns": a year, not the low end of a range
                low, begin = None, match.start("snum")
        else:
            alias = groups["wpost"]
            post = None
            value = _number(groups["wnum"])
            if groups["wdec"]:
                value += float("0." + "".join(str(_UNITS.get(d, 0)) for d in groups["wdec"].lower().split()))
            if groups["whalf"] or groups["whalf2"]:
                value += 0.5
            amount = value * _scale(groups["wscale"])
            low = None
            # "one billion, one hundred million zloty": the billions stand just before (kept out of the pattern,
            # where they would be tried at every position).
            big = _BILLIONS_BEFORE.search(text, max(0, match.start() - 40), match.start()) if groups["wscale"].lower() in {"million", "thousand"} else None
            if big:
                amount += _words_value(big.group(1).lower()) * 1e9
                begin = big.start()
        default, candidates = _lookup(ref, alias)
        explicit = len(candidates) == 1
        if post:
            # "$1.05bn USD": the trailing code settles an ambiguous symbol.
            post_default, post_candidates = _lookup(ref, post)
            if post_default in candidates:
                default, candidates, explicit = post_default, (post_default,), True
        ordered = (default,) + tuple(c for c in candidates if c != default)
        # 8.3 x 1e9 is 8300000000.000001 in binary floating point: amounts are whole cents as written.
        amount = round(amount, 2)
        low = round(low, 2) if low is not None else None
        found.append(Money(begin, match.end(), text[begin : match.end()], amount, low, alias, ordered, explicit))
    return found


def _lookup(ref, alias: str) -> tuple[str, tuple[str, ...]]:
    key = " ".join(alias.split())
    if key in ref.currency_aliases:
        return ref.currency_aliases[key]
    for known, value in ref.currency_aliases.items():
        if known.lower() == key.lower():
            return value
    raise KeyError(f"currency alias {alias!r} matched but is not in currency_aliases.csv")
