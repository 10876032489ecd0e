"""Announcement dates: a stated day, else a relative day against the published date, else the published date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extraction.dates import announcement_date, relative_date, stated_date

THURSDAY = date(2024, 3, 14)  # published on a Thursday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany pledged the aid on 12 March 2024.", date(2024, 3, 12)),
        ("Germany pledged the aid on 3rd of March 2024.", date(2024, 3, 3)),
        ("Germany pledged the aid on March 12, 2024.", date(2024, 3, 12)),
        ("Germany pledged the aid on 2024-03-12.", date(2024, 3, 12)),
        ("Germany pledged the aid on 5 February 2023.", date(2023, 2, 5)),
    ],
)
def test_a_stated_day_with_a_year_is_taken_as_written(sentence, expected):
    assert stated_date(sentence, THURSDAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The package was signed on 12 March.", date(2024, 3, 12)),
        ("The package was signed on March 12.", date(2024, 3, 12)),
        ("The package was signed on Jan. 5.", date(2024, 1, 5)),
        ("The package was signed on 5th March.", date(2024, 3, 5)),
    ],
)
def test_a_stated_day_without_a_year_takes_the_published_year(sentence, expected):
    assert stated_date(sentence, THURSDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The package was agreed in March 2024.",
        "The package was agreed in March.",
        "Deliveries start in May.",
        "Nothing about days here.",
    ],
)
def test_a_month_without_a_day_is_ignored(sentence):
    assert stated_date(sentence, THURSDAY) is None


def test_an_impossible_day_is_ignored():
    assert stated_date("It was signed on 31 February 2024.", THURSDAY) is None


def test_a_day_without_a_year_needs_a_published_date():
    assert stated_date("It was signed on 12 March.", None) is None


def test_28_december_in_a_january_article_is_last_year():
    assert stated_date("Kyiv received the pledge on 28 December.", date(2025, 1, 3)) == date(2024, 12, 28)


def test_a_day_a_few_days_ahead_of_publication_stays_in_the_published_year():
    assert stated_date("The tranche will be paid on 10 January.", date(2025, 1, 3)) == date(2025, 1, 10)


def test_a_day_months_after_publication_is_taken_as_last_year():
    assert stated_date("It was pledged on 1 May.", THURSDAY) == date(2023, 5, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany announced on Thursday a new package.", date(2024, 3, 14)),  # same day
        ("Germany announced on Monday a new package.", date(2024, 3, 11)),
        ("Germany announced last Monday a new package.", date(2024, 3, 11)),
        ("Germany announced on Friday a new package.", date(2024, 3, 8)),
        ("Germany announced last Thursday a new package.", date(2024, 3, 7)),  # a week back, not today
        ("Germany announced this past Thursday a new package.", date(2024, 3, 7)),
        ("Germany announced yesterday a new package.", date(2024, 3, 13)),
        ("Germany announced today a new package.", date(2024, 3, 14)),
        ("Germany will announce tonight a new package.", date(2024, 3, 14)),
    ],
)
def test_relative_days_resolve_against_the_published_date(sentence, expected):
    assert relative_date(sentence, THURSDAY) == expected


def test_a_weekday_in_the_previous_week_crosses_a_month_boundary():
    # Published Tuesday 2 April 2024: "on Friday" is 29 March.
    assert relative_date("Canada pledged on Friday.", date(2024, 4, 2)) == date(2024, 3, 29)


def test_relative_days_need_a_published_date():
    assert relative_date("Germany announced on Monday.", None) is None


def test_no_relative_day_gives_none():
    assert relative_date("Germany announced a package.", THURSDAY) is None


def test_announcement_date_prefers_a_stated_day_over_a_relative_one():
    when, source = announcement_date(["Germany pledged on Monday the aid agreed on 1 March 2024."], THURSDAY)
    assert (when, source) == (date(2024, 3, 1), "stated")


def test_announcement_date_looks_at_the_neighbouring_sentence_for_a_stated_day():
    when, source = announcement_date(["Germany pledged on Monday.", "The deal was signed on 1 March 2024."], THURSDAY)
    assert (when, source) == (date(2024, 3, 1), "stated")


def test_announcement_date_uses_a_relative_day_when_none_is_stated():
    assert announcement_date(["Germany pledged the aid on Tuesday."], THURSDAY) == (date(2024, 3, 12), "relative")


def test_announcement_date_falls_back_to_the_published_date():
    assert announcement_date(["Germany pledged new aid."], THURSDAY) == (THURSDAY, "published")


def test_announcement_date_is_none_without_any_date():
    assert announcement_date(["Germany pledged new aid on Monday."], None) == (None, "published")


def test_a_timeline_entry_s_leading_date_is_the_event_s_but_a_wire_dateline_is_not():
    from pipeline.extraction.dates import announcement_date
    assert announcement_date(["5 March — The Netherlands said it would contribute €100 million."], date(2024, 4, 2)) == (date(2024, 3, 5), "stated")
    # the filing date of a wire dateline gives way to the weekday in the story
    assert announcement_date(["KYIV, March 5 (Reuters) - Norway said on Monday it would give NOK 1bn."], date(2024, 3, 6)) == (date(2024, 3, 4), "relative")
