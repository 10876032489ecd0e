"""find_money: every money notation in docs/extraction-contract.md, read to an exact amount and currency."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction.money import find_money


def only(text: str):
    """The single money expression in ``text``."""
    found = find_money(text)
    assert len(found) == 1, f"expected one figure in {text!r}, got {[m.text for m in found]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$691 million", 691_000_000, "USD"),
        ("$1.05bn", 1_050_000_000, "USD"),
        ("$1,050 million", 1_050_000_000, "USD"),
        ("€500m", 500_000_000, "EUR"),
        ("€2.5 billion", 2_500_000_000, "EUR"),
        ("€0.5bn", 500_000_000, "EUR"),
        ("EUR500 million", 500_000_000, "EUR"),
        ("EUR 500 million", 500_000_000, "EUR"),
        ("£850k", 850_000, "GBP"),
        ("£850,000", 850_000, "GBP"),
        ("£1.5m", 1_500_000, "GBP"),
        ("NOK 4.5 billion", 4_500_000_000, "NOK"),
        ("NOK4.5bn", 4_500_000_000, "NOK"),
        ("C$64.8 million", 64_800_000, "CAD"),
        ("A$50 million", 50_000_000, "AUD"),
        ("US$300 million", 300_000_000, "USD"),
        ("US$ 1.2 billion", 1_200_000_000, "USD"),
        ("USD 300 million", 300_000_000, "USD"),
        ("one billion euros", 1_000_000_000, "EUR"),
        ("three billion euros", 3_000_000_000, "EUR"),
        ("ten million pounds", 10_000_000, "GBP"),
        ("400m euros", 400_000_000, "EUR"),
        ("8 billion Japanese yen", 8_000_000_000, "JPY"),
        ("8bn yen", 8_000_000_000, "JPY"),
        ("¥8 billion", 8_000_000_000, "JPY"),
        ("1.2 billion Swedish crowns", 1_200_000_000, "SEK"),
        ("DKK 1.2bn", 1_200_000_000, "DKK"),
        ("5 million Swiss francs", 5_000_000, "CHF"),
        ("100 million Canadian dollars", 100_000_000, "CAD"),
        ("300 million US dollars", 300_000_000, "USD"),
        ("PLN1bn", 1_000_000_000, "PLN"),
        ("KRW 20 billion", 20_000_000_000, "KRW"),
        ("SDR 900 million", 900_000_000, "XDR"),
        ("SDR1.1bn", 1_100_000_000, "XDR"),
        ("900 million SDRs", 900_000_000, "XDR"),
        ("1.5 billion special drawing rights", 1_500_000_000, "XDR"),
    ],
)
def test_notation_is_read_to_exact_amount_and_currency(text, amount, currency):
    money = only(f"The donor will provide {text} in aid.")
    assert money.text == text
    assert money.amount == pytest.approx(amount, rel=0, abs=1e-3)
    assert money.currency == currency
    assert money.low is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("half a billion euros", 500_000_000),
        ("a quarter of a billion dollars", 250_000_000),
        ("one and a half billion euros", 1_500_000_000),
        ("two billion dollars", 2_000_000_000),
        ("a billion dollars", 1_000_000_000),
    ],
)
def test_number_words_are_multiplied_by_the_scale(text, amount):
    assert only(f"It pledged {text} on Monday.").amount == amount


def test_bare_dollar_sign_is_usd_by_default_but_keeps_other_dollars_as_candidates():
    money = only("a $691 million package")
    assert money.currency == "USD"
    assert not money.explicit
    assert set(money.currencies) == {"USD", "CAD", "AUD", "NZD"}


def test_us_dollar_prefix_is_unambiguous():
    money = only("a US$300 million loan")
    assert money.currencies == ("USD",)
    assert money.explicit


def test_canadian_dollar_prefix_is_unambiguous():
    money = only("a C$64.8 million package")
    assert money.currencies == ("CAD",)
    assert money.explicit


def test_trailing_usd_code_settles_a_bare_dollar_sign():
    money = only("worth approximately $1.05bn USD.")
    assert money.text == "$1.05bn USD"
    assert money.currencies == ("USD",)
    assert money.explicit


def test_kroner_is_ambiguous_between_norway_and_denmark():
    money = only("4.5 billion kroner in aid")
    assert money.amount == 4_500_000_000
    assert money.currency == "NOK"
    assert "DKK" in money.currencies
    assert not money.explicit


def test_danish_kroner_is_unambiguous():
    money = only("1.2 million Danish kroner")
    assert money.currencies == ("DKK",)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$1-2 billion", 1_000_000_000, 2_000_000_000),
        ("€1bn to €1.5bn", 1_000_000_000, 1_500_000_000),
        ("$1.5 billion to $2 billion", 1_500_000_000, 2_000_000_000),
        ("$500m-$700m", 500_000_000, 700_000_000),
    ],
)
def test_range_keeps_upper_bound_as_amount_and_lower_bound_as_low(text, low, high):
    money = only(f"It will give {text} in aid.")
    assert money.amount == high
    assert money.low == low


def test_between_x_and_y_gives_two_figures_for_the_pledge_rules_to_join():
    found = find_money("between €1bn and €1.5bn")
    assert [m.amount for m in found] == [1_000_000_000, 1_500_000_000]


def test_offsets_point_at_the_figure_in_the_text():
    text = "Norway said it would give NOK 4.5 billion (about $420 million) to Kyiv."
    found = find_money(text)
    assert [text[m.start : m.end] for m in found] == ["NOK 4.5 billion", "$420 million"]
    assert [m.currency for m in found] == ["NOK", "USD"]


def test_search_can_be_limited_to_a_span():
    text = "€1bn first. €2bn second."
    found = find_money(text, start=12)
    assert [m.amount for m in found] == [2_000_000_000]


def test_trailing_full_stop_is_not_part_of_the_figure():
    assert only("It gave €500m.").text == "€500m"


@pytest.mark.parametrize(
    "text",
    [
        "155mm shells",
        "thousands of 155mm artillery rounds",
        "in 2024",
        "by 2027 the army",
        "2.5% of GDP",
        "1.5 per cent",
        "50 percent",
        "3 million shells",
        "2.5 million people",
        "50,000 rounds",
        "one euro",
        "a dollar",
    ],
)
def test_non_money_numbers_are_not_matched(text):
    assert find_money(f"Officials mentioned {text} on Tuesday.") == []


def test_calibre_next_to_a_real_figure_leaves_only_the_figure():
    found = find_money("155mm rounds worth €50m")
    assert [(m.text, m.amount) for m in found] == [("€50m", 50_000_000)]


def test_space_separated_thousands_are_one_number():
    found = find_money("a grant of 1 000 000 euros")
    assert [m.amount for m in found] == [1_000_000]


@pytest.mark.parametrize(("text", "currency"), [("signed a EUR 80m loan", "EUR"), ("gave an USD 5 million grant", "USD"), ("approved one EUR 10m tranche", "EUR")])
def test_a_word_number_before_a_code_does_not_swallow_the_code(text, currency):
    # "a EUR" once matched as "a (one) euro" and hid the real figure that follows.
    found = find_money(f"The bank {text} on Monday.")
    assert [m.currency for m in found] == [currency] and found[0].amount >= 5_000_000


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("six hundred and fifty million dollars", 650e6),
        ("twenty-five million euros", 25e6),
        ("forty two million dollars", 42e6),
        ("three hundred million dollars", 300e6),
        ("a hundred million dollars", 100e6),
        ("nineteen billion yen", 19e9),
    ],
)
def test_amounts_spelled_out_in_words_are_composed(text, amount):
    assert [m.amount for m in find_money(text)] == [amount]


def test_decimal_amounts_have_no_floating_point_residue():
    assert [m.amount for m in find_money("8.3 billion euros and €1.05bn and $0.7bn")] == [8_300_000_000, 1_050_000_000, 700_000_000]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("South Korea will extend W2.6 trillion in loans", 2.6e12, "KRW"),
        ("aid worth 55 million Turkish liras", 55e6, "TRY"),
        ("an additional Dh367 million in aid", 367e6, "AED"),
        ("QR50 million for Ukraine", 50e6, "QAR"),
        # the Polish spelling, as English editions of Polish outlets write it
        ("a package worth more than 300 million złoty, mostly shells", 300e6, "PLN"),
        ("a further 300 mln zł for generators", 300e6, "PLN"),
    ],
)
def test_more_currency_symbols_and_names(text, amount, currency):
    found = find_money(text, 0, len(text))
    assert [(m.amount, m.currency) for m in found] == [(amount, currency)]


def test_a_letter_that_is_a_currency_symbol_does_not_match_inside_a_word():
    text = "the PW2000 engine and BMW 320 cars"
    assert find_money(text, 0, len(text)) == []


def test_gulf_currencies_convert_at_their_dollar_peg():
    from pipeline.extraction.fx import to_usd
    assert to_usd(367e6, "AED", date(2024, 3, 1)) == pytest.approx(99.93e6, rel=1e-3)
    assert to_usd(3.75e9, "SAR", date(2024, 3, 1)) == pytest.approx(1e9)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("will provide a further one point two billion dollars", 1.2e9, "USD"),
        ("worth about four point two billion kroner", 4.2e9, "NOK"),
        ("one point oh five billion dollars", 1.05e9, "USD"),
        ("it is worth around one billion, one hundred million zloty.", 1.1e9, "PLN"),
        ("thirteen and a half billion kronor", 13.5e9, "SEK"),
        ("a billion and a half euros", 1.5e9, "EUR"),
    ],
)
def test_spoken_figures(text, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text, 0, len(text))] == [(amount, currency)]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Ukraine received EUR 3,5 billion from the budget-support facility.", 3.5e9, "EUR"),
        ("Copenhagen adds DKK 1,25 billion for the Danish model.", 1.25e9, "DKK"),
        ("The cabinet approved PLN 18,5 million for generators.", 18.5e6, "PLN"),
    ],
)
def test_a_comma_before_one_or_two_digits_is_a_decimal_comma(text, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text)] == [(amount, currency)]


def test_dots_group_thousands_only_in_a_document_that_writes_decimal_commas():
    continental = "Spending rises to 2,1 percent of GDP. Rome promised 1.500 million euros and later EUR 2.750,5 million."
    assert [m.amount for m in find_money(continental)] == [1.5e9, 2.7505e9]
    english = "Spending rises to 2.1 percent of GDP. Washington promised $2.125 million for mine clearance."
    assert [m.amount for m in find_money(english)] == [2.125e6]
    # A thousands comma keeps its English reading everywhere.
    assert [m.amount for m in find_money("Berlin gives EUR 1,250 million, or 3,5 percent more.")] == [1.25e9]


def test_a_range_does_not_run_across_a_line_break():
    assert [(m.amount, m.low) for m in find_money("Aid planned in 2025\n- 220 million euros: Portugal")] == [(2.2e8, None)]


def test_a_year_before_to_is_not_the_low_end_of_a_range():
    text = "raises its planned support for Ukraine in 2025 to 85 billion crowns"
    assert [(m.text, m.amount, m.low) for m in find_money(text)] == [("85 billion crowns", 85e9, None)]
    text = "between 300 to 500 million crowns"
    assert [(m.amount, m.low) for m in find_money(text)] == [(5e8, 3e8)]
