"""Shared helpers for generating the offline sample sources (feeds, pages, inbox, gold).

Article bodies are written with evidence markers: ``[[key|sentence]]``. The marker is removed
when rendering and the sentence becomes the gold ``evidence`` of the spec with that key, so the
evidence is by construction an exact substring of the article text.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from email.utils import format_datetime

MARK = re.compile(r"\[\[([A-Za-z0-9_]+)\|(.+?)\]\]", re.S)

DONORS = {
    "USA": "United States", "GBR": "United Kingdom", "DEU": "Germany", "FRA": "France",
    "NLD": "Netherlands", "DNK": "Denmark", "NOR": "Norway", "SWE": "Sweden", "FIN": "Finland",
    "POL": "Poland", "CAN": "Canada", "AUS": "Australia", "JPN": "Japan", "KOR": "South Korea",
    "ESP": "Spain", "ITA": "Italy", "CZE": "Czechia", "LTU": "Lithuania", "LVA": "Latvia",
    "EST": "Estonia", "CHE": "Switzerland", "BEL": "Belgium", "NZL": "New Zealand",
    "AUT": "Austria", "PRT": "Portugal", "IRL": "Ireland", "UKR": "Ukraine", "RUS": "Russia",
    "EU": "European Union", "NATO": "NATO", "G7": "G7", "IMF": "International Monetary Fund",
    "WB": "World Bank", "EIB": "European Investment Bank",
    "EBRD": "European Bank for Reconstruction and Development",
    "CEB": "Council of Europe Development Bank", "NIB": "Nordic Investment Bank",
    "UN": "United Nations",
}
AID_TYPES = {"military", "financial", "humanitarian", "unspecified"}
PURPOSES = {"air_defence", "ammunition", "artillery", "drones", "vehicles", "equipment", "training",
            "defence_industry", "budget_support", "loan", "grant", "guarantee", "energy", "demining",
            "reconstruction", "health", "food", "shelter", "refugees", "education", "agriculture"}
STAGES = {"pledged", "committed", "allocated", "delivered", None}
QUALIFIERS = {"exact", "up_to", "more_than", "about", "range"}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "NOK", "SEK", "DKK", "CAD", "AUD", "CHF", "PLN", "CZK",
              "KRW", "NZD"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# ---------------------------------------------------------------- gold specs
@dataclass
class Spec:
    key: str
    kind: str
    fields: dict
    date: str | None = None  # "pub", "YYYY-MM-DD", "rel:<weekday>", "yesterday"


def P(key, donor, amount, currency, *, q="exact", usd="auto", date="pub", aid="military",
      purposes=(), stage="pledged", co=(), req=True, note=None) -> Spec:
    assert donor in DONORS and currency in CURRENCIES and aid in AID_TYPES
    assert q in QUALIFIERS and stage in STAGES, (key, q, stage)
    assert set(purposes) <= PURPOSES, (key, purposes)
    if usd == "auto":
        usd = amount if currency == "USD" else None
    f = {"kind": "aid_pledge", "donor": DONORS[donor], "donor_code": donor,
         "recipient": "Ukraine", "recipient_code": "UKR", "amount": amount,
         "amount_qualifier": q, "currency": currency, "amount_usd_stated": usd,
         "aid_type": aid, "purposes": list(purposes), "stage": stage, "co_donors": list(co),
         "required": req}
    if note:
        f["note"] = note
    return Spec(key, "aid_pledge", f, date)


def V(key, donor, *, aid="unspecified", purposes=(), note="vague: no figure") -> Spec:
    """A vague pledge with no figure: neither required nor penalised (like the seed)."""
    f = {"kind": "aid_pledge", "donor": DONORS[donor], "donor_code": donor,
         "recipient": "Ukraine", "recipient_code": "UKR", "amount": None,
         "amount_qualifier": None, "currency": None, "amount_usd_stated": None,
         "aid_type": aid, "purposes": list(purposes), "stage": None, "co_donors": [],
         "required": False, "note": note}
    return Spec(key, "aid_pledge", f, "pub")


def T(key, donor, pct, year=None, *, req=True, note=None) -> Spec:
    assert donor in DONORS
    f = {"kind": "defense_target", "donor": DONORS[donor], "donor_code": donor,
         "pct_gdp": pct, "target_year": year, "required": req}
    if note:
        f["note"] = note
    return Spec(key, "defense_target", f)


def N(key, note) -> Spec:
    return Spec(key, "negative", {"kind": "negative", "note": note})


# ---------------------------------------------------------------- articles
@dataclass
class Article:
    outlet: str
    slug: str
    pub: str              # ISO 8601 with offset, e.g. 2025-03-14T09:40:00+00:00
    title: str
    summary: str
    author: str
    body: str             # paragraphs separated by blank lines; "## " starts a sub-heading
    gold: list = field(default_factory=list)
    section: str = "News"
    variant: str = "article"   # article | storybody | time | amp
    status: int = 200          # 404 -> recorded error page; 0 -> not recorded at all
    url: str = ""              # filled by the outlet
    feed_link: str = ""        # link as written in the feed (may be relative)
    file: str = ""             # relative path under recordings/
    also_in: tuple = ()        # other outlets whose feed lists this same URL

    @property
    def pub_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.pub)

    @property
    def pub_date(self) -> dt.date:
        return self.pub_dt.date()

    def blocks(self) -> list[tuple[str, str]]:
        """[(tag, text)] with markers removed; tag is 'p' or 'h2'."""
        out = []
        for raw in re.split(r"\n\s*\n", self.body.strip()):
            raw = " ".join(line.strip() for line in raw.strip().splitlines())
            if raw.startswith("## "):
                out.append(("h2", MARK.sub(r"\2", raw[3:])))
            else:
                out.append(("p", MARK.sub(r"\2", raw)))
        return out

    def plain_text(self) -> str:
        return "\n\n".join(t for _, t in self.blocks())

    def evidence(self) -> dict[str, str]:
        found = {}
        for m in MARK.finditer(self.body):
            k, s = m.group(1), " ".join(x.strip() for x in m.group(2).splitlines())
            assert k not in found, f"{self.slug}: duplicate key {k}"
            found[k] = s
        return found

    def word_count(self) -> int:
        return len(self.plain_text().split())


def resolve_date(spec: str, pub: dt.date) -> str:
    if spec == "pub":
        return pub.isoformat()
    if spec == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    if spec.startswith("rel:"):
        wd = WEEKDAYS.index(spec[4:].lower())
        delta = (pub.weekday() - wd) % 7
        assert delta != 0, f"relative weekday equals the published weekday ({pub})"
        return (pub - dt.timedelta(days=delta)).isoformat()
    dt.date.fromisoformat(spec)
    return spec


def gold_lines(a: Article, file: str, url: str | None, pub: dt.date | None) -> list[dict]:
    ev = a.evidence()
    keys = {s.key for s in a.gold}
    assert keys == set(ev), f"{a.slug}: markers {sorted(set(ev) - keys)} / specs {sorted(keys - set(ev))}"
    lines = []
    for s in a.gold:
        row = {"file": file, "url": url}
        row.update(s.fields)
        if s.kind == "aid_pledge":
            assert s.date != "pub" or pub is not None, f"{a.slug}: needs an explicit date"
            row["date"] = resolve_date(s.date, pub)
            # keep a stable, readable field order
            order = ["file", "url", "kind", "donor", "donor_code", "recipient", "recipient_code",
                     "amount", "amount_qualifier", "currency", "amount_usd_stated", "date",
                     "aid_type", "purposes", "stage", "co_donors", "required", "note"]
            row = {k: row[k] for k in order if k in row}
        row["evidence"] = ev[s.key]
        lines.append(row)
    return lines


# ---------------------------------------------------------------- feed helpers
def rfc822(d: dt.datetime) -> str:
    return format_datetime(d)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
