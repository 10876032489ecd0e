"""Seeded generator of synthetic news corpora for the pledge-tracker benchmarks.

Writes ``N`` articles (plain text and/or HTML, 2-8 KB of article text each) into dated sub-folders
``OUT/YYYY-MM-DD/NNNNNN-slug.{txt,html}``, each with a ``NAME.meta.json`` sidecar
(``{"published", "url", "title"}``), so that an inbox pointing at ``OUT`` ingests them as-is.

About 10 % of the articles carry one to three aid pledges to Ukraine in varied notations ("$691 million",
"€1.05bn", "NOK 4.5 billion (EUR 378 million)", "8 billion yen", "C$64.8 million", ...) from donors named
as countries, capitals, ministers or organisations; ~5 % carry a defence-spending target (share of GDP);
the rest is news about other things, full of numbers (budgets, casualties, percentages, prices), a part
of it war news that mentions Ukraine and carries traps (cumulative totals, frozen assets, Russian budgets).

Also written, outside the dated folders (not article suffixes, so an ingest ignores them):
  OUT/_gold.json   counts: articles, pledge articles, planted pledges, planted targets, bytes, ...
  OUT/_gold.jsonl  one line per planted pledge/target (file, kind, donor_code, amount, currency, pct_gdp, ...)

The output depends only on (--n, --seed, --format, --year): every article has its own RNG seeded from
(seed, index), so the corpus is the same whatever --workers is.

    python benchmarks/generate.py --n 100000 --seed 7 --out /tmp/corpus-100k --format mixed
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path

PLEDGE_SHARE = 0.10
TARGET_SHARE = 0.05
WAR_NEWS_SHARE = 0.30  # of the non-pledge articles: war/diplomacy news that mentions Ukraine
HTML_SHARE = 0.5  # for --format mixed
MIN_CHARS, MAX_CHARS = 2000, 8000

# --------------------------------------------------------------------------------------------- donors
# code -> (subjects as they start a sentence, money styles, short name for titles)
DONORS: dict[str, tuple[list[str], list[str], str]] = {
    "USA": (["The United States", "Washington", "The Pentagon", "US Secretary of State Antony Blinken", "The State Department", "The US"], ["usd", "usd", "usd_bn", "usd_code"], "US"),
    "GBR": (["Britain", "The United Kingdom", "London", "Defence Secretary John Healey", "Prime Minister Keir Starmer", "The British government"], ["gbp", "gbp_word", "gbp_bn"], "UK"),
    "DEU": (["Germany", "Berlin", "Defence Minister Boris Pistorius", "The German government"], ["eur", "eur_bn", "eur_word", "eur_code"], "Germany"),
    "FRA": (["France", "Paris", "President Emmanuel Macron", "The French government"], ["eur", "eur_bn", "eur_word"], "France"),
    "NOR": (["Norway", "Oslo", "The Norwegian government", "Defence Minister Bjørn Arild Gram"], ["nok_conv", "nok", "nok_word"], "Norway"),
    "JPN": (["Japan", "Tokyo", "Prime Minister Fumio Kishida", "The Japanese government"], ["jpy_word", "jpy_sym", "jpy_code"], "Japan"),
    "CAN": (["Canada", "Ottawa", "Prime Minister Justin Trudeau", "The Canadian government"], ["cad", "cad_code", "cad_word"], "Canada"),
    "SWE": (["Sweden", "Stockholm", "The Swedish government"], ["sek", "sek_word"], "Sweden"),
    "DNK": (["Denmark", "Copenhagen", "Prime Minister Mette Frederiksen", "The Danish government"], ["dkk", "dkk_word"], "Denmark"),
    "CHE": (["Switzerland", "The Swiss government", "The Swiss Confederation"], ["chf", "chf_word"], "Switzerland"),
    "AUS": (["Australia", "Canberra", "Prime Minister Anthony Albanese", "The Australian government"], ["aud"], "Australia"),
    "NLD": (["The Netherlands", "The Hague", "The Dutch government"], ["eur", "eur_bn"], "Netherlands"),
    "POL": (["Poland", "Warsaw", "Prime Minister Donald Tusk", "The Polish government"], ["pln", "eur"], "Poland"),
    "CZE": (["The Czech Republic", "Prague", "The Czech government"], ["czk"], "Czechia"),
    "KOR": (["South Korea", "Seoul", "The South Korean government"], ["usd"], "South Korea"),
    "EU": (["The European Union", "The European Commission", "Brussels", "Commission President Ursula von der Leyen"], ["eur", "eur_bn", "eur_code"], "EU"),
    "WB": (["The World Bank"], ["usd", "usd_bn"], "World Bank"),
    "IMF": (["The International Monetary Fund", "The IMF"], ["usd_bn", "usd"], "IMF"),
    "EBRD": (["The European Bank for Reconstruction and Development", "The EBRD"], ["eur"], "EBRD"),
    "EIB": (["The European Investment Bank", "The EIB"], ["eur"], "EIB"),
}
DONOR_CODES = list(DONORS)
DONOR_WEIGHTS = [8, 6, 6, 4, 4, 4, 4, 3, 3, 2, 2, 3, 3, 2, 2, 6, 2, 2, 2, 2]
TARGET_COUNTRIES = [("Poland", "POL"), ("Germany", "DEU"), ("Lithuania", "LTU"), ("Estonia", "EST"), ("Latvia", "LVA"),
                    ("Denmark", "DNK"), ("Norway", "NOR"), ("Sweden", "SWE"), ("Finland", "FIN"), ("France", "FRA"),
                    ("Britain", "GBR"), ("The Netherlands", "NLD"), ("Spain", "ESP"), ("Italy", "ITA"), ("Canada", "CAN"),
                    ("Belgium", "BEL"), ("Czechia", "CZE"), ("Romania", "ROU")]

# ---------------------------------------------------------------------------------------------- money
RATES_TO_EUR = {"NOK": 0.086, "SEK": 0.088, "DKK": 0.134, "USD": 0.92}


def _num(value: float) -> str:
    """1.05 -> '1.05', 4.5 -> '4.5', 300.0 -> '300'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text


def _mill(r: random.Random, lo: int, hi: int) -> float:
    v = r.randint(lo, hi)
    return v + r.choice((0, 0, 0, 0.5, 0.2, 0.8)) if v < 100 else float(v)


def _bill(r: random.Random, lo: float, hi: float) -> float:
    value = round(r.uniform(lo, hi), r.choice((0, 1, 1, 2)))
    return value if value >= lo else lo  # "CZK 0 billion" is not a pledge (the first 100k corpora had 6)


def money(r: random.Random, style: str) -> tuple[str, float, str]:
    """(text as written, amount in the currency, ISO currency)."""
    if style == "usd":
        m = _mill(r, 5, 980)
        return r.choice((f"${_num(m)} million", f"${_num(m)}m", f"US${_num(m)} million")), m * 1e6, "USD"
    if style == "usd_bn":
        b = _bill(r, 1, 9.9)
        return r.choice((f"${_num(b)}bn", f"${_num(b)} billion")), b * 1e9, "USD"
    if style == "usd_code":
        m = _mill(r, 10, 900)
        return f"USD {_num(m)} million", m * 1e6, "USD"
    if style == "eur":
        m = _mill(r, 5, 950)
        return r.choice((f"€{_num(m)} million", f"€{_num(m)}m")), m * 1e6, "EUR"
    if style == "eur_bn":
        b = _bill(r, 1, 8.5)
        return r.choice((f"€{_num(b)}bn", f"€{_num(b)} billion")), b * 1e9, "EUR"
    if style == "eur_word":
        m = r.randint(10, 900)
        return f"{m} million euros", m * 1e6, "EUR"
    if style == "eur_code":
        m = _mill(r, 10, 900)
        return f"EUR {_num(m)} million", m * 1e6, "EUR"
    if style == "gbp":
        m = _mill(r, 5, 900)
        return r.choice((f"£{_num(m)}m", f"£{_num(m)} million")), m * 1e6, "GBP"
    if style == "gbp_bn":
        b = _bill(r, 1, 3.5)
        return f"£{_num(b)}bn", b * 1e9, "GBP"
    if style == "gbp_word":
        m = r.randint(10, 500)
        return f"{m} million pounds", m * 1e6, "GBP"
    if style == "nok_conv":
        b = _bill(r, 0.5, 15)
        eur = round(b * 1e9 * RATES_TO_EUR["NOK"] / 1e6)
        return f"NOK {_num(b)} billion (EUR {eur} million)", b * 1e9, "NOK"
    if style == "nok":
        b = _bill(r, 0.5, 12)
        return r.choice((f"NOK {_num(b)} billion", f"NOK {_num(b)}bn")), b * 1e9, "NOK"
    if style == "nok_word":
        b = _bill(r, 1, 10)
        return f"{_num(b)} billion Norwegian kroner", b * 1e9, "NOK"
    if style == "jpy_word":
        b = r.choice((r.randint(2, 90), r.randint(100, 900)))
        return f"{b} billion yen", b * 1e9, "JPY"
    if style == "jpy_sym":
        b = r.randint(5, 300)
        return f"¥{b} billion", b * 1e9, "JPY"
    if style == "jpy_code":
        b = r.randint(5, 300)
        return f"JPY {b} billion", b * 1e9, "JPY"
    if style == "cad":
        m = _mill(r, 5, 500)
        return f"C${_num(m)} million", m * 1e6, "CAD"
    if style == "cad_code":
        m = _mill(r, 10, 500)
        return f"CAD {_num(m)} million", m * 1e6, "CAD"
    if style == "cad_word":
        m = r.randint(10, 500)
        return f"{m} million Canadian dollars", m * 1e6, "CAD"
    if style == "sek":
        b = _bill(r, 0.5, 15)
        return r.choice((f"SEK {_num(b)} billion", f"SEK {_num(b)}bn")), b * 1e9, "SEK"
    if style == "sek_word":
        b = _bill(r, 1, 12)
        return f"{_num(b)} billion Swedish kronor", b * 1e9, "SEK"
    if style == "dkk":
        b = _bill(r, 0.5, 9)
        return f"DKK {_num(b)} billion", b * 1e9, "DKK"
    if style == "dkk_word":
        b = _bill(r, 1, 9)
        return f"{_num(b)} billion Danish kroner", b * 1e9, "DKK"
    if style == "chf":
        m = r.randint(10, 500)
        return f"CHF {m} million", m * 1e6, "CHF"
    if style == "chf_word":
        m = r.randint(10, 500)
        return f"{m} million Swiss francs", m * 1e6, "CHF"
    if style == "aud":
        m = _mill(r, 5, 300)
        return r.choice((f"A${_num(m)} million", f"AUD {_num(m)} million")), m * 1e6, "AUD"
    if style == "pln":
        m = r.randint(100, 4000)
        return f"PLN {m} million", m * 1e6, "PLN"
    if style == "czk":
        b = _bill(r, 0.3, 5)
        return r.choice((f"CZK {_num(b)} billion", f"{_num(b)} billion Czech crowns")), b * 1e9, "CZK"
    raise ValueError(style)


# ----------------------------------------------------------------------------------------- vocabulary
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
UA = ["Ukraine", "Ukraine", "Ukraine", "Kyiv"]
KINDS = ["military", "humanitarian", "financial", "defence", "winter", "energy"]
ITEMS = ["air defence systems and artillery ammunition", "armoured vehicles and spare parts", "long-range drones",
         "mine-clearing equipment", "generators and transformers", "medical supplies and field hospitals",
         "155mm shells", "anti-drone systems", "training for Ukrainian pilots", "demining vehicles"]
PURPOSES = ["repair power plants hit by Russian strikes", "keep schools and hospitals running",
            "pay pensions and public-sector salaries", "buy air defence interceptors", "rebuild water systems in the south",
            "support internally displaced families", "finance grain shipments through the Black Sea", "restore the power grid"]
SECTORS = ["energy sector", "armed forces", "budget", "reconstruction effort", "air defence", "farmers", "railways"]
TAILS = ["officials said", "according to a government statement", "the ministry said in a statement",
         "the largest such package announced since the summer", "a spokesperson confirmed",
         "as Russian strikes on the power grid intensified", "ahead of a meeting of the Ukraine Defence Contact Group"]
CITIES = ["London", "Berlin", "Paris", "Brussels", "Warsaw", "Rome", "Madrid", "Stockholm", "Oslo", "Vienna",
          "Tokyo", "Ottawa", "Washington", "Prague", "Helsinki", "Copenhagen", "Geneva", "Lisbon"]
TOWNS = ["Springfield", "Riverside", "Lakeview", "Fairhaven", "Millbrook", "Northgate", "Kingsbridge", "Ashford",
         "Greenfield", "Westport", "Oakdale", "Stonebridge"]
COMPANIES = ["Norvex", "Altaris Group", "Kestrel Energy", "BlueHarbor Logistics", "Quantel Systems", "Meridian Foods",
             "Helios Motors", "Corvid Analytics", "Tessera Bank", "Polaris Telecom", "Atlas Mining", "Vireo Pharma"]
TEAMS = ["United", "Rovers", "City", "Athletic", "Wanderers", "Albion", "Rangers", "Olympic"]
PEOPLE = ["Maria Keller", "James O'Neill", "Sofia Rossi", "Lukas Novak", "Anna Lindqvist", "Tomás García",
          "Helen Park", "David Mensah", "Ingrid Solberg", "Pierre Laurent", "Yuki Tanaka", "Olga Petrenko"]
OUTLETS = [("wire-europe.example-outlet.test", "Wire Europe"), ("dailyledger.example.test", "The Daily Ledger"),
           ("northstar-news.example.test", "Northstar News"), ("capital-courier.example.test", "Capital Courier"),
           ("meridian-times.example.test", "Meridian Times"), ("kyivwire.example.test", "Kyiv Wire")]
SECTIONS = {"pledge": "world", "war": "world", "target": "politics", "economy": "business", "city": "local",
            "sport": "sport", "tech": "technology", "weather": "environment", "election": "politics", "health": "health"}


def _pct(r: random.Random, lo: float = 0.1, hi: float = 12.0) -> str:
    return f"{r.uniform(lo, hi):.1f}%"


def _big(r: random.Random) -> str:
    return f"{r.randint(1, 999):,}" if r.random() < 0.5 else f"{r.randint(1000, 99999):,}"


def _cur_small(r: random.Random) -> str:
    return r.choice((f"€{r.randint(2, 900)}m", f"${r.randint(2, 900)} million", f"£{r.randint(2, 400)}m",
                     f"€{_num(r.uniform(1, 9))}bn", f"${_num(r.uniform(1, 40))}bn"))


# Filler sentence makers by topic: each takes the RNG and returns one sentence full of numbers.
FILLERS = {
    "economy": [
        lambda r: f"The central bank left its key interest rate at {_pct(r, 0.5, 6)} on {r.choice(WEEKDAYS)}, after inflation eased to {_pct(r, 1, 5)} in the year to last month.",
        lambda r: f"Economists had expected growth of {_pct(r, 0.1, 3)} in the quarter, but output rose by only {_pct(r, 0.1, 2)}, statistics office figures showed.",
        lambda r: f"{r.choice(COMPANIES)} reported quarterly revenue of {_cur_small(r)}, up {_pct(r, 1, 30)} from a year earlier, and said it would cut {r.randint(200, 5000):,} jobs.",
        lambda r: f"Shares in {r.choice(COMPANIES)} fell {_pct(r, 1, 15)} in early trading, wiping {_cur_small(r)} off its market value.",
        lambda r: f"The finance ministry said the budget deficit would narrow to {_pct(r, 1, 6)} of GDP next year, from {_pct(r, 2, 7)} this year.",
        lambda r: f"Unemployment stood at {_pct(r, 3, 11)} in {r.choice(['March', 'June', 'September', 'November'])}, with {_big(r)} people out of work.",
        lambda r: f"Ten-year bond yields rose {r.randint(2, 40)} basis points to {_pct(r, 1, 5)}, the highest level in {r.randint(2, 15)} months.",
        lambda r: f"{r.choice(COMPANIES)} shares rose after it sold a {_pct(r, 5, 30)} stake in its logistics arm for {_cur_small(r)}.",
        lambda r: f"Household energy bills are forecast to rise by {r.randint(50, 400)} a year on average, or about {_pct(r, 3, 15)}.",
        lambda r: f"Analysts at {r.choice(COMPANIES)} said exports could shrink by {_pct(r, 1, 8)} if tariffs of {r.randint(10, 50)}% were imposed.",
    ],
    "city": [
        lambda r: f"The {r.choice(TOWNS)} council approved a {_cur_small(r)} budget for next year, including {r.randint(5, 90)} million for road repairs and {r.randint(2, 40)} million for schools.",
        lambda r: f"Council tax will rise by {_pct(r, 1, 5)}, adding about {r.randint(40, 120)} a year to an average household bill.",
        lambda r: f"The new bridge, {r.randint(200, 900)} metres long, is expected to carry {r.randint(10, 60):,},000 vehicles a day when it opens in {r.randint(2026, 2030)}.",
        lambda r: f"About {r.randint(1, 40)},{r.randint(100, 999)} households were left without water for {r.randint(2, 48)} hours after a main burst on {r.choice(WEEKDAYS)}.",
        lambda r: f"Police said {r.randint(2, 30)} people had been arrested and {r.randint(1, 12)} officers injured during the protest, which drew about {r.randint(1, 20)},000 people.",
        lambda r: f"The housing plan foresees {r.randint(2, 20)},{r.randint(100, 999)} new homes by {r.randint(2027, 2035)}, {r.randint(20, 45)}% of them affordable.",
        lambda r: f"Bus fares will go up by {r.randint(5, 40)} cents from {r.choice(['January', 'April', 'July', 'October'])}, the transport authority said.",
    ],
    "sport": [
        lambda r: f"{r.choice(TEAMS)} won {r.randint(1, 5)}-{r.randint(0, 3)} in front of {r.randint(10, 80)},{r.randint(100, 999)} fans, their {r.randint(3, 12)}th win in {r.randint(12, 30)} matches.",
        lambda r: f"The striker, who cost a reported €{r.randint(20, 120)}m, has scored {r.randint(5, 30)} goals in {r.randint(10, 40)} appearances this season.",
        lambda r: f"She finished the {r.choice(['10,000 metres', 'marathon', '400m hurdles', 'triathlon'])} in {r.randint(1, 59)}:{r.randint(10, 59)}, {r.randint(1, 9)}.{r.randint(1, 9)} seconds outside the world record.",
        lambda r: f"The club said it had sold {r.randint(20, 60)},000 season tickets and expected revenue of {_cur_small(r)} this year.",
        lambda r: f"Television rights for the next {r.randint(3, 6)} seasons were sold for {_cur_small(r)}, {_pct(r, 5, 40)} more than the last deal.",
    ],
    "tech": [
        lambda r: f"{r.choice(COMPANIES)} said its app now has {r.randint(5, 400)} million monthly users, up {_pct(r, 5, 80)} in a year.",
        lambda r: f"The chip plant will cost {_cur_small(r)} and employ {r.randint(500, 5000):,} people when it reaches full production in {r.randint(2026, 2030)}.",
        lambda r: f"Regulators fined {r.choice(COMPANIES)} {_cur_small(r)} for breaching data-protection rules affecting {r.randint(1, 90)} million users.",
        lambda r: f"Data centres already use about {_pct(r, 1, 6)} of the country's electricity, a share that could double by {r.randint(2028, 2035)}.",
        lambda r: f"The start-up raised {_cur_small(r)} in its latest funding round, valuing it at {r.randint(1, 30)} billion dollars.",
    ],
    "weather": [
        lambda r: f"Temperatures reached {r.randint(30, 44)}.{r.randint(0, 9)}C on {r.choice(WEEKDAYS)}, {r.randint(2, 8)} degrees above the seasonal average.",
        lambda r: f"Up to {r.randint(40, 200)}mm of rain fell in {r.randint(6, 48)} hours, flooding {r.randint(100, 3000):,} homes.",
        lambda r: f"Insurers estimate the storm caused {_cur_small(r)} in damage, making it the costliest in {r.randint(5, 30)} years.",
        lambda r: f"Reservoirs are at {r.randint(20, 60)}% of capacity, compared with a ten-year average of {r.randint(60, 90)}%.",
        lambda r: f"Emissions fell {_pct(r, 0.5, 8)} last year, but the country remains {r.randint(10, 80)} million tonnes above its {r.randint(2030, 2040)} goal.",
    ],
    "election": [
        lambda r: f"Turnout was {_pct(r, 40, 80)}, {r.randint(1, 9)} points higher than at the last election.",
        lambda r: f"With {r.randint(80, 99)}% of ballots counted, the governing party had {_pct(r, 20, 40)} of the vote and the opposition {_pct(r, 15, 35)}.",
        lambda r: f"The party is projected to win {r.randint(40, 200)} of the {r.choice([150, 200, 350, 450, 600])} seats, {r.randint(2, 30)} short of a majority.",
        lambda r: f"A poll of {r.randint(1000, 3000):,} voters put support for the coalition at {_pct(r, 20, 45)}, its lowest in {r.randint(2, 10)} years.",
        lambda r: f"Campaign spending reached {_cur_small(r)}, according to the electoral commission.",
    ],
    "health": [
        lambda r: f"Hospitals recorded {r.randint(1000, 30000):,} admissions for flu in the week, {_pct(r, 5, 60)} more than a year earlier.",
        lambda r: f"Waiting lists stand at {_num(r.uniform(1, 8))} million, with {r.randint(100, 400):,},000 patients waiting more than a year.",
        lambda r: f"The vaccine was {_pct(r, 50, 95)} effective in a trial of {r.randint(2000, 40000):,} people.",
        lambda r: f"The health ministry's budget will grow by {_cur_small(r)} to hire {r.randint(1000, 20000):,} nurses over {r.randint(2, 6)} years.",
    ],
    "war": [
        lambda r: f"Russian forces launched {r.randint(20, 180)} drones and {r.randint(2, 40)} missiles overnight, of which {r.randint(10, 150)} were shot down, Ukraine's air force said.",
        lambda r: f"At least {r.randint(2, 40)} people were killed and {r.randint(5, 120)} injured in the strike on {r.choice(['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Sumy'])}, regional officials said.",
        lambda r: f"Ukraine's economy grew by {_pct(r, 1, 5)} last year, the National Bank said, while inflation reached {_pct(r, 5, 15)}.",
        lambda r: f"Russia's defence budget for next year is set at {r.randint(10, 15)}.{r.randint(1, 9)} trillion roubles, about {_pct(r, 5, 8)} of its GDP.",
        lambda r: f"Kyiv's budget gap for next year is estimated at ${r.randint(10, 45)}bn, the finance ministry said.",
        lambda r: f"Front-line fighting near {r.choice(['Pokrovsk', 'Kupiansk', 'Toretsk', 'Chasiv Yar', 'Vovchansk'])} has forced {r.randint(1, 30)},{r.randint(100, 999)} civilians to leave their homes in {r.randint(2, 8)} weeks.",
        lambda r: f"About {r.randint(3, 7)}.{r.randint(1, 9)} million Ukrainians have registered for temporary protection in the European Union, according to Eurostat.",
        lambda r: f"Western officials estimate that Russia has lost more than {r.randint(100, 700)},000 soldiers killed or wounded since February 2022.",
        lambda r: f"The grid operator said power cuts of up to {r.randint(4, 16)} hours a day would continue in {r.randint(3, 12)} regions.",
        lambda r: f"Some €{r.randint(180, 260)}bn of frozen Russian central bank assets are held in the European Union, most of them at Euroclear.",
        lambda r: f"Diplomats said talks on a ceasefire had made little progress after {r.randint(2, 9)} rounds, with Moscow demanding control of {r.randint(2, 5)} regions.",
        lambda r: f"The UN said {r.randint(10, 14)},{r.randint(100, 999)} civilians had been confirmed killed in Ukraine since the start of the full-scale invasion.",
    ],
}
WAR_TRAPS = [  # figures that look like pledges but are not (cumulative totals, assets, own budgets)
    lambda r, d: f"{d} has so far provided more than {money(r, DONORS[_code(d)][1][0])[0]} in aid to Ukraine since the start of the war.",
    lambda r, d: f"Ukraine's own defence spending will reach {r.randint(1, 3)},{r.randint(100, 999)} billion hryvnias next year, about {r.randint(20, 30)}% of GDP.",
    lambda r, d: f"Russia's sovereign wealth fund has shrunk to about ${r.randint(30, 60)}bn, Reuters calculations show.",
]
_SUBJECT_TO_CODE = {s: c for c, (subjects, _, _) in DONORS.items() for s in subjects}


def _code(subject: str) -> str:
    return _SUBJECT_TO_CODE[subject]


PLEDGE_TEMPLATES = [
    lambda r, d, m, u: f"{d} announced a new {r.choice(KINDS)} aid package for {u} worth {m}, {r.choice(TAILS)}.",
    lambda r, d, m, u: f"{d} pledged {m} in {r.choice(KINDS)} assistance to {u}, {r.choice(TAILS)}.",
    lambda r, d, m, u: f"{d} will provide {u} with {m} to {r.choice(PURPOSES)}, {r.choice(TAILS)}.",
    lambda r, d, m, u: f"On {r.choice(WEEKDAYS)}, {d} unveiled {m} in additional support for {u}, including {r.choice(ITEMS)}.",
    lambda r, d, m, u: f"{d} signed an agreement to lend {u} {m} to {r.choice(PURPOSES)}.",
    lambda r, d, m, u: f"{d} said it would allocate {m} to support {u}'s {r.choice(SECTORS)} this winter.",
    lambda r, d, m, u: f"{d} committed {m} to a new fund for {u}, {r.choice(TAILS)}.",
]
PLEDGE_TITLES = [
    lambda short, m: f"{short} pledges {m} for Ukraine",
    lambda short, m: f"{short} unveils new aid package for Kyiv",
    lambda short, m: f"{short} to send more help to Ukraine as winter nears",
    lambda short, m: f"New {short} support for Ukraine worth {m}",
]
CONTEXT_UA = [
    lambda r: f"President Volodymyr Zelensky thanked partners on {r.choice(WEEKDAYS)} and said Ukraine needed at least {r.randint(5, 25)} more air defence systems before the winter.",
    lambda r: "\u201cEvery contribution saves lives in Ukraine,\u201d Zelensky said in his nightly video address.",
    lambda r: f"The announcement came as Ukrainian forces said they had repelled {r.randint(20, 90)} Russian assaults in the previous 24 hours.",
    lambda r: f"Ukraine's foreign minister welcomed the decision and urged other allies to follow, noting that {r.randint(40, 60)} countries take part in the Ramstein format.",
]
TARGET_TEMPLATES = [
    lambda r, c, p, y: f"{c} will raise defence spending to {_num(p)}% of GDP by {y}, the prime minister said on {r.choice(WEEKDAYS)}.",
    lambda r, c, p, y: f"{c} has committed to spending {_num(p)}% of GDP on defence by {y}, up from about {max(1.0, p - 1.2):.1f}% now.",
    lambda r, c, p, y: f"The government of {c} plans to lift military spending to {_num(p)}% of gross domestic product by {y}.",
]
TARGET_TITLES = [lambda c: f"{c} sets higher defence spending goal", lambda c: f"{c} to boost military budget as NATO pressure grows"]
OTHER_TITLES = {
    "economy": lambda r: f"{r.choice(COMPANIES)} profits slide as demand cools",
    "city": lambda r: f"{r.choice(TOWNS)} council backs new budget",
    "sport": lambda r: f"{r.choice(TEAMS)} extend winning run",
    "tech": lambda r: f"{r.choice(COMPANIES)} bets big on AI chips",
    "weather": lambda r: f"Heatwave and storms strain {r.choice(CITIES)}",
    "election": lambda r: f"Coalition talks loom after tight vote in {r.choice(CITIES)}",
    "health": lambda r: f"Hospital waiting lists grow in {r.choice(CITIES)}",
    "war": lambda r: f"Overnight strikes hit {r.choice(['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Sumy'])}",
}
OTHER_TOPICS = ["economy", "city", "sport", "tech", "weather", "election", "health"]

HTML_HEAD = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">'
             '<meta property="article:published_time" content="{published}T{hh:02d}:{mm:02d}:00Z">'
             '<link rel="canonical" href="{url}">\n'
             '<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date());'
             'gtag("config","G-{tag}");</script>\n<style>body{{font-family:Georgia,serif;max-width:720px;margin:auto}}'
             'nav a{{margin-right:1em}}.related li{{font-size:90%}}</style></head>\n<body>\n'
             '<header><a class="logo" href="/">{outlet}</a><nav><a href="/world">World</a><a href="/business">Business</a>'
             '<a href="/politics">Politics</a><a href="/sport">Sport</a><a href="/technology">Technology</a>'
             '<a href="/subscribe">Subscribe for {price} a month</a></nav></header>\n'
             '<main><article><h1>{title}</h1><p class="byline">By {author} | {published}</p>\n')
HTML_TAIL = ('</article>\n<aside class="related"><h2>Most read</h2><ul>{related}</ul></aside></main>\n'
             '<footer><p>&copy; {year} {outlet}. All rights reserved. Registered in England No. {regno}.</p>'
             '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>'
             '</footer></body></html>\n')


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slug(title: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in title)
    return "-".join(p for p in out.split("-") if p)[:60]


def _filler_paragraphs(r: random.Random, topics: list[str], target_chars: int, current: int) -> list[str]:
    """Paragraphs of 2-4 sentences until the article reaches ``target_chars``; a sentence template is
    not reused before every template of the article's topics has been used once."""
    pool = [f for t in dict.fromkeys(topics) for f in FILLERS[t]]
    order: list = []
    paras = []
    while current < target_chars:
        sentences = []
        for _ in range(r.randint(2, 4)):
            if not order:
                order = r.sample(pool, len(pool))
            sentences.append(order.pop()(r))
        para = " ".join(sentences)
        paras.append(para)
        current += len(para) + 2
    return paras


def make_article(seed: int, index: int, start: date, days: int, fmt: str) -> dict:
    """One article: its text (and HTML), sidecar metadata and what was planted in it."""
    r = random.Random(seed * 1_000_003 + index)
    published = start + timedelta(days=r.randrange(days))
    target_chars = r.randint(MIN_CHARS, MAX_CHARS)
    roll = r.random()
    planted: list[dict] = []
    city = r.choice(CITIES)
    dateline = f"{city.upper()}, {published.strftime('%B')} {published.day} - "
    if roll < PLEDGE_SHARE:
        kind = "pledge"
        count = r.choices((1, 2, 3), weights=(60, 30, 10))[0]
        codes = []
        while len(codes) < count:
            c = r.choices(DONOR_CODES, weights=DONOR_WEIGHTS)[0]
            if c not in codes:
                codes.append(c)
        sentences = []
        for c in codes:
            subjects, styles, _ = DONORS[c]
            subject = r.choice(subjects)
            text, amount, currency = money(r, r.choice(styles))
            sentences.append(r.choice(PLEDGE_TEMPLATES)(r, subject, text, r.choice(UA)))
            planted.append({"kind": "aid_pledge", "donor_code": c, "amount": amount, "currency": currency, "money": text})
        title = r.choice(PLEDGE_TITLES)(DONORS[codes[0]][2], planted[0]["money"])
        paras = [dateline + sentences[0] + " " + r.choice(CONTEXT_UA)(r)]
        paras.append(" ".join(r.choice(FILLERS["war"])(r) for _ in range(r.randint(2, 3))))
        if r.random() < 0.5:
            trap_subject = DONORS[codes[0]][0][0]
            paras.append(r.choice(WAR_TRAPS)(r, trap_subject) + " " + r.choice(CONTEXT_UA)(r))
        for s in sentences[1:]:
            paras.append(s + " " + r.choice(FILLERS["war"])(r))
        topics = ["war", "war", "economy"]
    elif roll < PLEDGE_SHARE + TARGET_SHARE:
        kind = "target"
        name, code = r.choice(TARGET_COUNTRIES)
        pct = r.choice((2.5, 3, 3.5, 4, 4.5, 5, 2.2, 3.2))
        year = r.randint(2026, 2035)
        title = r.choice(TARGET_TITLES)(name)
        paras = [dateline + r.choice(TARGET_TEMPLATES)(r, name, float(pct), year)]
        planted.append({"kind": "defense_target", "donor_code": code, "pct_gdp": float(pct), "target_year": year})
        topics = ["economy", "election"]
    else:
        if r.random() < WAR_NEWS_SHARE:
            kind = "war"
            paras = [dateline + r.choice(FILLERS["war"])(r) + " " + r.choice(FILLERS["war"])(r)]
            if r.random() < 0.3:
                trap = r.choice(WAR_TRAPS)(r, DONORS[r.choice(DONOR_CODES[:6])][0][0])
                paras.append(trap)
            topics = ["war", "war", "economy"]
        else:
            kind = r.choice(OTHER_TOPICS)
            paras = [dateline + r.choice(FILLERS[kind])(r) + " " + r.choice(FILLERS[kind])(r)]
            topics = [kind, kind, r.choice(OTHER_TOPICS)]
        title = OTHER_TITLES[kind](r)
    current = sum(len(p) + 2 for p in paras)
    paras += _filler_paragraphs(r, topics, target_chars, current)
    text = "\n\n".join(paras) + "\n"
    if len(text) > MAX_CHARS + 600:  # the last filler paragraph overshot: drop it if we stay above the floor
        shorter = "\n\n".join(paras[:-1]) + "\n"
        if len(shorter) >= MIN_CHARS:
            text = shorter
    domain, outlet = r.choice(OUTLETS)
    slug = _slug(title)
    url = f"https://{domain}/{SECTIONS[kind]}/{published:%Y/%m/%d}/{slug}-{index}"
    is_html = fmt == "html" or (fmt == "mixed" and r.random() < HTML_SHARE)
    name = f"{index:06d}-{slug}.{'html' if is_html else 'txt'}"
    if is_html:
        related = "".join(f'<li><a href="/news/{r.randint(10000, 99999)}">{_esc(OTHER_TITLES[t](r))}</a></li>'
                          for t in r.sample(OTHER_TOPICS, 4))
        body = "".join(f"<p>{_esc(p)}</p>\n" for p in paras)
        payload = (HTML_HEAD.format(title=_esc(title), outlet=outlet, published=published.isoformat(), hh=r.randint(5, 22),
                                    mm=r.randint(0, 59), url=url, tag=r.randint(100000, 999999), price=f"£{r.randint(1, 9)}.99",
                                    author=r.choice(PEOPLE))
                   + body + HTML_TAIL.format(related=related, year=published.year, outlet=outlet, regno=r.randint(1000000, 9999999)))
    else:
        payload = text
    return {"dir": published.isoformat(), "name": name, "payload": payload.encode("utf-8"), "text_chars": len(text),
            "meta": {"published": published.isoformat(), "url": url, "title": title}, "kind": kind, "planted": planted,
            "html": is_html}


def _write_range(args: tuple) -> dict:
    seed, lo, hi, out, start, days, fmt = args
    stats = {"articles": 0, "pledge_articles": 0, "target_articles": 0, "war_articles": 0, "pledges": 0, "targets": 0,
             "html": 0, "txt": 0, "bytes": 0, "text_chars": 0, "min_text_chars": 10**9, "max_text_chars": 0}
    gold: list[str] = []
    out = Path(out)
    for i in range(lo, hi):
        a = make_article(seed, i, start, days, fmt)
        folder = out / a["dir"]
        path = folder / a["name"]
        with open(path, "wb") as fh:
            fh.write(a["payload"])
        with open(folder / (path.stem + ".meta.json"), "w", encoding="utf-8") as fh:
            json.dump(a["meta"], fh, ensure_ascii=False)
        stats["articles"] += 1
        stats["html" if a["html"] else "txt"] += 1
        stats["bytes"] += len(a["payload"])
        stats["text_chars"] += a["text_chars"]
        stats["min_text_chars"] = min(stats["min_text_chars"], a["text_chars"])
        stats["max_text_chars"] = max(stats["max_text_chars"], a["text_chars"])
        stats["pledge_articles"] += a["kind"] == "pledge"
        stats["target_articles"] += a["kind"] == "target"
        stats["war_articles"] += a["kind"] == "war"
        for p in a["planted"]:
            stats["pledges" if p["kind"] == "aid_pledge" else "targets"] += 1
            gold.append(json.dumps({"file": a["name"], "dir": a["dir"], "published": a["meta"]["published"], **p}, ensure_ascii=False))
    return {"stats": stats, "gold": gold}


def generate(n: int, seed: int, out: Path, fmt: str = "mixed", year: int = 2024, workers: int | None = None, clean: bool = True) -> dict:
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    if clean and out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    for d in range(days):
        (out / (start + timedelta(days=d)).isoformat()).mkdir(exist_ok=True)
    workers = workers or os.cpu_count() or 1
    chunk = max(500, n // (workers * 8) or 1)
    jobs = [(seed, lo, min(n, lo + chunk), str(out), start, days, fmt) for lo in range(0, n, chunk)]
    t0 = time.perf_counter()
    if workers == 1 or n <= chunk:
        parts = [_write_range(j) for j in jobs]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(_write_range, jobs))
    totals: dict = {}
    for part in parts:
        for k, v in part["stats"].items():
            if k == "min_text_chars":
                totals[k] = min(totals.get(k, v), v)
            elif k == "max_text_chars":
                totals[k] = max(totals.get(k, v), v)
            else:
                totals[k] = totals.get(k, 0) + v
    with open(out / "_gold.jsonl", "w", encoding="utf-8") as fh:
        for part in parts:
            for line in part["gold"]:
                fh.write(line + "\n")
    summary = {"n": n, "seed": seed, "format": fmt, "year": year, **totals,
               "mean_text_chars": round(totals.get("text_chars", 0) / max(1, n)), "seconds": round(time.perf_counter() - t0, 2)}
    (out / "_gold.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="RNG seed (default 7)")
    ap.add_argument("--out", type=Path, required=True, help="output folder (replaced)")
    ap.add_argument("--format", choices=["txt", "html", "mixed"], default="mixed", help="article format (default mixed: half HTML)")
    ap.add_argument("--year", type=int, default=2024, help="published dates fall in this year (default 2024)")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: all cores); does not change the output")
    args = ap.parse_args(argv)
    summary = generate(args.n, args.seed, args.out, args.format, args.year, args.workers)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
