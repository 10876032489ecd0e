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
    return re.compile(r"(?<![\w-])(?:" + "|".join(_by_first_letter(ordered)) + r")(?![\w-])", re.IGNORECASE)


def _by_first_letter(ordered: list[str]) -> list[str]:
    """Fragments that start with the same letter share one branch ('a(?:id|ssistance)'), so that ``re`` tries
    a handful of branches at each position instead of every fragment; the order within a branch is kept."""
    branches: dict[str, list[str]] = {}
    out: list[str | tuple[str, list[str]]] = []
    for fragment in ordered:
        first = fragment[:1].lower()
        if first.isalpha() and fragment[1:2] not in {"?", "*", "{", "+"}:
            if first not in branches:
                branches[first] = []
                out.append((first, branches[first]))
            branches[first].append(fragment[1:])
        else:
            out.append(fragment)
    return [part if isinstance(part, str) else part[0] + "(?:" + "|".join(part[1]) + ")" for part in out]


def cue_prefilter(fragments: list[str]) -> re.Pattern[str]:
    """A looser, much faster form of ``cue_regex`` for text already lowercased: no word boundaries and no
    case folding (Python's ``re`` is slow at both). Wherever ``cue_regex`` matches a text, this matches the
    lowered text, so a miss lets a whole document be skipped. A fragment is reduced to a literal it cannot
    match without ('pledg' for 'pledg\\w*'), and the literals become one trie, which ``re`` scans several times
    faster than an alternation of patterns."""
    literals, rest = set(), []
    for fragment in fragments:
        literal = _required_literal(fragment)
        if literal:
            literals.add(literal.lower())
        else:
            rest.append(fragment)
    parts = ([trie_regex(literals)] if literals else []) + sorted(rest, key=len, reverse=True)
    body = "|".join(parts).replace("(?-i:", "(?:")  # a case-sensitive part matches its lowered text only without the flag
    if re.search(r"\\[A-Z]", "|".join(rest)):  # \W, \S, ... change meaning when lowered: keep case folding
        return re.compile(body, re.IGNORECASE)
    return re.compile(body.lower())


_OPTIONAL = re.compile(r"(?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]|\\.|[^\\()\[\]|])[?*]")


def _required_literal(fragment: str) -> str | None:
    """The longest run of plain characters a fragment must match, or None when it has no run of 3 or more
    (or is an alternation at its top level)."""
    if re.search(r"(?<!\\)\|", re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", fragment)):
        return None
    mandatory = _OPTIONAL.sub("\0", fragment)  # an optional piece, however short, breaks the run
    runs = re.split(r"\((?:[^()]|\([^()]*\))*\)[+]?|\[[^\]]*\][+]?|\\.[+]?|\{[\d,]*\}|[\x00.^$+{}]", mandatory)
    best = max(runs, key=len)
    return best if len(best) >= 3 else None


def trie_regex(words) -> str:
    """One alternation of literal words as a trie ('pledge|pledged|pledges' -> 'pledge(?:d|s)?'): ``re`` tries
    the branches of a plain alternation one by one at every position, a trie only the ones that fit."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word that ends here is tried only after every longer word through this node
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(trie) + ")"


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
