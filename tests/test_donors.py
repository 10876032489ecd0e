"""Donor mentions: every way a donor is named in news text resolves to its donor code."""

from __future__ import annotations

import pytest

from pipeline.extraction.donors import NOT_DONORS, UKRAINE, find_donor_mentions


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.kind) for m in find_donor_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name", "code", "kind"),
    [
        ("Germany will send tanks.", "Germany", "DEU", "name"),
        ("The United Kingdom will send tanks.", "United Kingdom", "GBR", "name"),
        ("Britain will send tanks.", "Britain", "GBR", "name"),
        ("The Netherlands will send tanks.", "Netherlands", "NLD", "name"),
        ("New Zealand will send tanks.", "New Zealand", "NZL", "name"),
        ("The European Union will send money.", "European Union", "EU", "name"),
        ("The World Bank will lend money.", "World Bank", "WB", "name"),
        ("The IMF will lend money.", "IMF", "IMF", "name"),
    ],
)
def test_names_resolve_to_codes(text, name, code, kind):
    assert mentions(text) == [(name, code, kind)]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Dutch government agreed.", "Dutch", "NLD"),
        ("A Norwegian package was agreed.", "Norwegian", "NOR"),
        ("The Finnish ministry agreed.", "Finnish", "FIN"),
        ("The U.S. will send tanks.", "U.S.", "USA"),
        ("The US will send tanks.", "US", "USA"),
        ("The UK will send tanks.", "UK", "GBR"),
    ],
)
def test_demonyms_and_abbreviations_resolve_to_the_state(text, name, code):
    assert mentions(text) == [(name, code, "demonym")]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Oslo announced aid.", "Oslo", "NOR"),
        ("Washington announced aid.", "Washington", "USA"),
        ("Warsaw announced aid.", "Warsaw", "POL"),
        ("The Hague announced aid.", "The Hague", "NLD"),
        ("Brussels announced aid.", "Brussels", "EU"),
    ],
)
def test_capitals_stand_for_their_government(text, name, code):
    assert mentions(text) == [(name, code, "capital")]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Pistorius announced aid.", "Pistorius", "DEU"),
        ("Healey announced aid.", "Healey", "GBR"),
        ("Kosiniak-Kamysz announced aid.", "Kosiniak-Kamysz", "POL"),
        ("Minister Troels Lund Poulsen announced aid.", "Troels Lund Poulsen", "DNK"),
        ("Ursula von der Leyen announced aid.", "von der Leyen", "EU"),
    ],
)
def test_ministers_and_leaders_are_known_by_surname(text, name, code):
    assert mentions(text) == [(name, code, "person")]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Folketing approved the fund.", "Folketing", "DNK"),
        ("The Storting approved the fund.", "Storting", "NOR"),
        ("The European Commission approved the fund.", "European Commission", "EU"),
        ("The European Peace Facility paid the fund.", "European Peace Facility", "EU"),
        ("Officials at the Pentagon approved the fund.", "the Pentagon", "USA"),
        ("Downing Street approved the fund.", "Downing Street", "GBR"),
    ],
)
def test_institutions_stand_for_their_state_or_organisation(text, name, code):
    assert mentions(text) == [(name, code, "institution")]


def test_longest_alias_wins_over_its_parts():
    # "European Commission" is one EU mention, not "Commission" inside it.
    assert mentions("The European Commission said.") == [("European Commission", "EU", "institution")]
    assert mentions("The World Bank Group said.") == [("World Bank Group", "WB", "name")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_possessive_is_part_of_the_mention_and_keeps_the_code(apostrophe):
    text = f"Germany{apostrophe}s new package"
    found = find_donor_mentions(text)
    assert [(m.text, m.code) for m in found] == [(f"Germany{apostrophe}s", "DEU")]
    assert text[found[0].start : found[0].end] == f"Germany{apostrophe}s"


def test_us_dollar_sign_is_not_a_donor():
    assert mentions("Canada gave a US$300 million loan.") == [("Canada", "CAN", "name")]


def test_dotted_us_dollar_sign_is_not_a_donor():
    assert mentions("a U.S.$5 billion facility") == []


def test_a_name_inside_a_longer_word_is_not_a_mention():
    assert mentions("German-made howitzers and Germanys of the past") == []


def test_lower_case_organisation_name_is_not_matched():
    assert mentions("a european commission of inquiry") == []


def test_several_donors_are_found_in_order_with_offsets():
    text = "Canada, Norway and the EU joined Oslo."
    found = find_donor_mentions(text)
    assert [(m.code, text[m.start : m.end]) for m in found] == [
        ("CAN", "Canada"),
        ("NOR", "Norway"),
        ("EU", "EU"),
        ("NOR", "Oslo"),
    ]


def test_search_can_be_limited_to_a_span():
    text = "Canada spoke. Norway spoke."
    assert [m.code for m in find_donor_mentions(text, start=14)] == ["NOR"]


def test_ukraine_russia_and_belarus_are_found_but_never_donors():
    codes = [m.code for m in find_donor_mentions("Ukraine, Russia and Belarus")]
    assert codes == ["UKR", "RUS", "BLR"]
    assert set(codes) <= NOT_DONORS


@pytest.mark.parametrize("text", ["Ukraine", "Ukrainian forces", "in Kyiv", "Kiev", "Zelensky said", "Zelenskyy said"])
def test_ukraine_pattern_recognises_the_recipient(text):
    assert UKRAINE.search(text)


def test_ukraine_pattern_needs_a_capital_letter():
    assert UKRAINE.search("a ukrainian-style dish") is None


def test_the_longer_name_wins_where_names_share_a_beginning():
    from pipeline.extraction.donors import find_donor_mentions
    text = "The Federal Foreign Office and the Foreign Office both spoke; Nato allies and Nato agreed."
    assert [(m.text, m.code) for m in find_donor_mentions(text)] == [
        ("Federal Foreign Office", "DEU"), ("Foreign Office", "GBR"), ("Nato allies", "NATO"), ("Nato", "NATO")]
