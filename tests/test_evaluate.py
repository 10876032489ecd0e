"""Scoring against gold JSON Lines: matches, misses, false alarms, optional findings and amount tolerance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate, format_report, load_gold

ARTICLE = (
    "Germany will send €500 million in military aid to Ukraine, the government said.\n\n"
    "France will give €300 million in humanitarian aid to Ukraine.\n\n"
    "Britain will raise defence spending to 2.5% of GDP by 2027."
)
GERMANY = {"kind": "aid_pledge", "donor_code": "DEU", "amount": 500_000_000, "currency": "EUR", "aid_type": "military"}
FRANCE = {
    "kind": "aid_pledge",
    "donor_code": "FRA",
    "amount": 300_000_000,
    "currency": "EUR",
    "aid_type": "humanitarian",
}
BRITAIN = {"kind": "defense_target", "donor_code": "GBR", "pct_gdp": 2.5, "target_year": 2027}


def write_case(tmp_path: Path, gold: list[dict], text: str = ARTICLE, published: str = "2024-03-14") -> Path:
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    (tmp_path / "article.meta.json").write_text(json.dumps({"published": published, "url": None, "title": None}))
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"file": "article.txt", **g}) + "\n" for g in gold), encoding="utf-8")
    return path


def score(tmp_path: Path, gold: list[dict], **kwargs):
    return evaluate([write_case(tmp_path, gold, **kwargs)])


def test_found_pledges_are_matches(tmp_path):
    report = score(tmp_path, [GERMANY, FRANCE, BRITAIN])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (2, 0, 0)
    assert report.pledges.precision == report.pledges.recall == report.pledges.f1 == 1.0
    assert report.documents == 1


def test_found_target_is_a_match_and_its_year_is_checked(tmp_path):
    report = score(tmp_path, [GERMANY, FRANCE, BRITAIN])
    assert (report.targets.tp, report.targets.fp, report.targets.fn) == (1, 0, 0)
    assert report.accuracy("target_year") == 1.0


def test_gold_pledge_not_found_is_a_miss(tmp_path):
    italy = {
        "kind": "aid_pledge",
        "donor_code": "ITA",
        "amount": 100_000_000,
        "currency": "EUR",
        "evidence": "Italy ...",
    }
    report = score(tmp_path, [GERMANY, FRANCE, BRITAIN, italy])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (2, 0, 1)
    assert report.pledges.recall == pytest.approx(2 / 3)
    assert report.pledges.precision == 1.0
    assert len(report.misses) == 1 and "ITA" in report.misses[0]


def test_found_pledge_not_in_gold_is_a_false_alarm(tmp_path):
    report = score(tmp_path, [GERMANY, BRITAIN])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (1, 1, 0)
    assert report.pledges.precision == 0.5
    assert report.pledges.recall == 1.0
    assert len(report.false_alarms) == 1 and "FRA" in report.false_alarms[0]


def test_found_pledge_marked_negative_is_still_a_false_alarm(tmp_path):
    negative = {"kind": "negative", "evidence": "France will give €300 million in humanitarian aid to Ukraine."}
    report = score(tmp_path, [GERMANY, BRITAIN, negative])
    assert report.pledges.fp == 1


def test_wrong_currency_is_a_false_alarm_and_a_miss(tmp_path):
    france_in_usd = {**FRANCE, "currency": "USD"}
    report = score(tmp_path, [GERMANY, france_in_usd, BRITAIN])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (1, 1, 1)


def test_optional_finding_that_is_found_is_neither_rewarded_nor_penalised(tmp_path):
    report = score(tmp_path, [GERMANY, {**FRANCE, "required": False}, BRITAIN])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (1, 0, 0)


def test_optional_finding_that_is_not_found_is_not_a_miss(tmp_path):
    italy = {"kind": "aid_pledge", "donor_code": "ITA", "amount": 100_000_000, "currency": "EUR", "required": False}
    report = score(tmp_path, [GERMANY, FRANCE, BRITAIN, italy])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (2, 0, 0)


def test_optional_target_that_is_found_is_not_counted(tmp_path):
    report = score(tmp_path, [GERMANY, FRANCE, {**BRITAIN, "required": False}])
    assert (report.targets.tp, report.targets.fp, report.targets.fn) == (0, 0, 0)


def test_gold_pledge_without_an_amount_is_not_scored(tmp_path):
    vague = {"kind": "aid_pledge", "donor_code": "NATO", "amount": None, "currency": None}
    report = score(tmp_path, [GERMANY, FRANCE, BRITAIN, vague])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (2, 0, 0)


@pytest.mark.parametrize("gold_amount", [500_000_000 * 1.004, 500_000_000 * 0.996, 500_000_000 * 1.005])
def test_amount_within_half_a_percent_matches(tmp_path, gold_amount):
    report = score(tmp_path, [{**GERMANY, "amount": gold_amount}, FRANCE, BRITAIN])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (2, 0, 0)


@pytest.mark.parametrize("gold_amount", [500_000_000 * 1.01, 500_000_000 * 0.99, 505_000_000])
def test_amount_beyond_half_a_percent_does_not_match(tmp_path, gold_amount):
    report = score(tmp_path, [{**GERMANY, "amount": gold_amount}, FRANCE, BRITAIN])
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (1, 1, 1)


def test_field_accuracy_counts_a_wrong_aid_type(tmp_path):
    report = score(tmp_path, [{**GERMANY, "aid_type": "financial"}, FRANCE, BRITAIN])
    assert report.pledges.tp == 2
    assert report.accuracy("aid_type") == 0.5
    assert any("aid_type" in e and "DEU" in e for e in report.field_errors)


def test_field_accuracy_checks_the_gold_date(tmp_path):
    report = score(tmp_path, [{**GERMANY, "date": "2024-03-14"}, {**FRANCE, "date": "2024-03-01"}, BRITAIN])
    assert report.accuracy("date") == 0.5


def test_wrong_target_year_is_a_match_with_a_field_error(tmp_path):
    report = score(tmp_path, [GERMANY, FRANCE, {**BRITAIN, "target_year": 2030}])
    assert report.targets.tp == 1
    assert report.accuracy("target_year") == 0.0


def test_gold_file_name_defaults_to_the_gold_stem(tmp_path):
    path = tmp_path / "story.gold.jsonl"
    path.write_text(json.dumps(GERMANY) + "\n\n", encoding="utf-8")
    assert list(load_gold(path)) == ["story.txt"]


def test_gold_line_that_is_not_json_names_the_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GERMANY) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2"):
        load_gold(path)


def test_gold_naming_an_absent_article_is_an_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"file": "missing.txt", **GERMANY}) + "\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        evaluate([path])


def test_report_text_lists_scores_misses_and_false_alarms(tmp_path):
    italy = {"kind": "aid_pledge", "donor_code": "ITA", "amount": 100_000_000, "currency": "EUR"}
    text = format_report(score(tmp_path, [GERMANY, BRITAIN, italy]))
    assert "pledges          precision 0.500  recall 0.500" in text
    assert "misses (1):" in text
    assert "false alarms (1):" in text


def test_article_with_only_a_negative_and_no_findings_scores_perfectly(tmp_path):
    negative = {"kind": "negative", "evidence": "Germany has so far provided €28 billion in military aid to Ukraine."}
    report = score(tmp_path, [negative], text="Germany has so far provided €28 billion in military aid to Ukraine.")
    assert report.documents == 1
    assert (report.pledges.tp, report.pledges.fp, report.pledges.fn) == (0, 0, 0)
    assert report.pledges.precision == report.pledges.recall == 1.0
