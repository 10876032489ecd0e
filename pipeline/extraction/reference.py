"""Reference data for extraction, read from the one place it lives.

Donors, donor aliases, currency names and purpose keywords are dbt seeds (``dbt_project/seeds``) so the
warehouse and the extractor share them; the cue words that steer the rules are in ``cues.yml`` beside
this module.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

SEEDS_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"
CUES_FILE = Path(__file__).resolve().parent / "cues.yml"


@dataclass(frozen=True)
class Donor:
    code: str
    name: str
    kind: str  # state | organisation | group
    home_currency: str | None


@dataclass(frozen=True)
class Reference:
    donors: dict[str, Donor]
    donor_aliases: dict[str, str]  # alias as written -> donor code
    alias_kinds: dict[str, str]
    currency_aliases: dict[str, tuple[str, tuple[str, ...]]]  # alias -> (default code, all candidates)
    currency_prefixes: frozenset[str]  # symbols and codes, written before the number ("Dh367 million", "W2.6 trillion")
    purpose_keywords: dict[str, str]  # keyword -> purpose
    purpose_aid_type: dict[str, str]  # purpose -> aid type
    cues: dict


def _read_csv(name: str) -> list[dict[str, str]]:
    path = SEEDS_DIR / name
    if not path.exists():
        raise FileNotFoundError(
            f"reference table {path} is missing; it ships with the repository (dbt_project/seeds)"
        )
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    donors = {
        row["donor_code"]: Donor(
            code=row["donor_code"],
            name=row["donor_name"],
            kind=row["donor_kind"],
            home_currency=row["home_currency"] or None,
        )
        for row in _read_csv("donors.csv")
    }
    aliases: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for row in _read_csv("donor_aliases.csv"):
        if row["donor_code"] not in donors:
            raise ValueError(f"donor_aliases.csv: alias {row['alias']!r} names unknown donor {row['donor_code']!r}")
        aliases[row["alias"]] = row["donor_code"]
        kinds[row["alias"]] = row["alias_kind"]
    currencies: dict[str, list[str]] = {}
    defaults: dict[str, str] = {}
    prefixes: set[str] = set()
    for row in _read_csv("currency_aliases.csv"):
        currencies.setdefault(row["alias"], []).append(row["currency_code"])
        if row["alias_kind"] in {"symbol", "code"}:
            prefixes.add(row["alias"])
        if row["is_default"].lower() == "true":
            defaults[row["alias"]] = row["currency_code"]
    currency_aliases = {
        alias: (defaults.get(alias, codes[0]), tuple(codes)) for alias, codes in currencies.items()
    }
    purpose_aid_type = {row["purpose"]: row["aid_type"] for row in _read_csv("purposes.csv")}
    keywords = {}
    for row in _read_csv("purpose_keywords.csv"):
        if row["purpose"] not in purpose_aid_type:
            raise ValueError(f"purpose_keywords.csv: keyword {row['keyword']!r} names unknown purpose {row['purpose']!r}")
        keywords[row["keyword"]] = row["purpose"]
    cues = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    return Reference(donors, aliases, kinds, currency_aliases, frozenset(prefixes), keywords, purpose_aid_type, cues)


def cue_regex(fragments: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation, longest first so 'so far' beats 'far'."""
    ordered = sorted(fragments, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", re.IGNORECASE)


def cue_prefilter(fragments: list[str]) -> re.Pattern[str]:
    """A looser, much faster form of ``cue_regex`` for text already lowercased: no word boundaries and no
    case folding (Python's ``re`` is slow at both). Wherever ``cue_regex`` matches a text, this matches the
    lowered text, so a miss lets a whole document be skipped."""
    body = "|".join(sorted(fragments, key=len, reverse=True))
    if re.search(r"\\[A-Z]", body):  # \W, \S, ... change meaning when lowered: keep case folding
        return re.compile(body, re.IGNORECASE)
    return re.compile(body.lower())


def literal_regex(words, *, case_sensitive_caps: bool = True) -> re.Pattern[str]:
    """Alternation of literal phrases on word boundaries.

    Phrases with a capital letter (acronyms, names) are matched case-sensitively, so 'ERA' is not 'era'.
    """
    ordered = sorted(set(words), key=len, reverse=True)
    parts = []
    for word in ordered:
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        if case_sensitive_caps and any(ch.isupper() for ch in word):
            parts.append(escaped)
        else:
            parts.append("(?i:" + escaped + ")")
    return re.compile(r"(?<![\w$€£¥])(?:" + "|".join(parts) + r")(?![\w])")
