"""`pledges extract` and `pledges eval`: JSON Lines out, clear errors, and the seed article end to end."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from pipeline.cli import main

PLEDGE_FIELDS = {
    "file",
    "kind",
    "evidence",
    "start",
    "end",
    "confidence",
    "donor",
    "donor_code",
    "recipient",
    "recipient_code",
    "amount",
    "currency",
    "amount_usd",
    "amount_usd_stated",
    "date",
    "aid_type",
    "purposes",
    "stage",
}
TARGET_FIELDS = {
    "file",
    "kind",
    "evidence",
    "start",
    "end",
    "confidence",
    "donor",
    "donor_code",
    "pct_gdp",
    "target_year",
}

ARTICLE = (
    "Germany will send €500 million in military aid to Ukraine on Tuesday, the government said.\n\n"
    "Germany will raise defence spending to 2.5% of GDP by 2027."
)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "germany.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- extract --------------------------------------------------------------------------------------


def test_extract_prints_one_json_object_per_finding_with_the_contract_fields(article):
    result = run("extract", "--published", "2024-03-14", str(article))
    assert result.exit_code == 0, result.output
    found = records(result)
    assert [r["kind"] for r in found] == ["aid_pledge", "defense_target"]
    pledge, target = found
    assert set(pledge) >= PLEDGE_FIELDS
    assert set(target) >= TARGET_FIELDS
    assert (pledge["donor"], pledge["donor_code"], pledge["amount"], pledge["currency"]) == (
        "Germany",
        "DEU",
        500_000_000,
        "EUR",
    )
    assert (pledge["recipient"], pledge["recipient_code"]) == ("Ukraine", "UKR")
    assert (pledge["aid_type"], pledge["stage"], pledge["purposes"]) == ("military", "pledged", [])
    assert pledge["amount_usd_stated"] is None
    assert pledge["amount_usd"] == pytest.approx(500_000_000 * 1.09, rel=0.05)
    assert (target["donor_code"], target["pct_gdp"], target["target_year"]) == ("DEU", 2.5, 2027)


def test_extract_evidence_offsets_point_into_the_file_text(article):
    text = article.read_text(encoding="utf-8")
    for record in records(run("extract", "--published", "2024-03-14", str(article))):
        assert text[record["start"] : record["end"]] == record["evidence"]


def test_published_option_sets_the_date_that_relative_days_resolve_against(article):
    pledge = records(run("extract", "--published", "2024-03-14", str(article)))[0]
    assert pledge["date"] == "2024-03-12"  # "on Tuesday" in an article of Thursday 14 March 2024
    pledge = records(run("extract", "--published", "2024-03-20", str(article)))[0]
    assert pledge["date"] == "2024-03-19"


def test_published_date_comes_from_the_sidecar_when_not_given(article):
    article.with_name("germany.meta.json").write_text(
        json.dumps({"published": "2024-03-14", "url": None, "title": None})
    )
    assert records(run("extract", str(article)))[0]["date"] == "2024-03-12"


def test_published_option_overrides_the_sidecar(article):
    article.with_name("germany.meta.json").write_text(
        json.dumps({"published": "2024-01-01", "url": None, "title": None})
    )
    assert records(run("extract", "--published", "2024-03-14", str(article)))[0]["date"] == "2024-03-12"


def test_without_any_published_date_the_date_is_null(article):
    result = run("extract", str(article))
    assert result.exit_code == 0
    assert records(result)[0]["date"] is None


def test_published_option_that_is_not_a_date_is_refused(article):
    result = run("extract", "--published", "14/03/2024", str(article))
    assert result.exit_code != 0
    assert "not a date" in result.output


def test_nothing_found_exits_zero_with_no_output(tmp_path):
    path = tmp_path / "quiet.txt"
    path.write_text("Officials met in Brussels on Monday to discuss the weather.", encoding="utf-8")
    result = run("extract", "--published", "2024-03-14", str(path))
    assert result.exit_code == 0
    assert result.stdout == ""


def test_missing_path_fails_with_a_clear_message(tmp_path):
    missing = tmp_path / "nowhere.txt"
    result = run("extract", str(missing))
    assert result.exit_code != 0
    assert f"cannot read {missing}: no such file or directory" in result.output
    assert result.stdout == ""


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read a file with mode 000")
def test_unreadable_file_fails_with_a_clear_message(article):
    article.chmod(0)
    try:
        result = run("extract", str(article))
    finally:
        article.chmod(0o644)
    assert result.exit_code != 0
    assert f"cannot read {article}" in result.stderr


def test_read_error_is_reported_with_its_reason_and_fails(article, monkeypatch):
    # Works also as root: the read itself is made to fail as an unreadable file would.
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self == article:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("extract", str(article))
    assert result.exit_code == 2
    assert f"cannot read {article}: Permission denied" in result.stderr
    assert result.stdout == ""


def test_broken_sidecar_is_reported_and_fails(article):
    meta = article.with_name("germany.meta.json")
    meta.write_text("{not json", encoding="utf-8")
    result = run("extract", str(article))
    assert result.exit_code == 2
    assert str(meta) in result.stderr
    assert "bad sidecar metadata" in result.stderr
    assert result.stdout == ""


def test_a_bad_file_does_not_stop_the_others(tmp_path, article):
    other = tmp_path / "broken.txt"
    other.write_text("France will give €300 million in humanitarian aid to Ukraine.", encoding="utf-8")
    tmp_path.joinpath("broken.meta.json").write_text('{"published": "last Tuesday"}', encoding="utf-8")
    result = run("extract", "--published", "2024-03-14", str(other), str(article))
    assert result.exit_code == 2
    assert "broken.meta.json" in result.stderr
    assert [r["donor_code"] for r in records(result)] == ["DEU", "DEU"]


def test_sidecar_that_is_not_a_json_object_is_reported_and_fails(article):
    article.with_name("germany.meta.json").write_text("[]", encoding="utf-8")
    result = run("extract", str(article))
    assert result.exit_code == 2
    assert "bad sidecar metadata" in result.stderr


def test_html_input_is_read_through_the_main_text_extractor(tmp_path):
    page = tmp_path / "norway.html"
    page.write_text(
        """<!DOCTYPE html>
<html><head><title>Norway boosts aid</title>
<meta property="article:published_time" content="2024-03-14T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="ad">Subscribe now and get Canada's $10 million offer.</div>
<article><h1>Norway boosts aid</h1>
<p>Norway will give NOK 2 billion in military aid to Ukraine, the government in Oslo said on Tuesday.</p>
<p>The money will pay for air defence and ammunition, officials said after a meeting in Kyiv.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>""",
        encoding="utf-8",
    )
    result = run("extract", str(page))
    assert result.exit_code == 0, result.output
    found = records(result)
    assert [(r["donor_code"], r["amount"], r["currency"]) for r in found] == [("NOR", 2_000_000_000, "NOK")]
    pledge = found[0]
    assert "<" not in pledge["evidence"]
    assert pledge["evidence"].startswith("Norway will give NOK 2 billion")
    assert pledge["date"] == "2024-03-12"  # the page's own published date, then "on Tuesday"


def test_directory_argument_is_expanded_to_its_articles_in_order(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("France will give €300 million in humanitarian aid to Ukraine.", encoding="utf-8")
    (folder / "a.txt").write_text("Germany will send €500 million in military aid to Ukraine.", encoding="utf-8")
    (folder / "sub" / "c.htm").write_text(
        "<html><body><p>Italy will send €200 million in military aid to Ukraine.</p></body></html>", encoding="utf-8"
    )
    (folder / "notes.md").write_text("Spain will send €100 million in military aid to Ukraine.", encoding="utf-8")
    result = run("extract", "--published", "2024-03-14", str(folder))
    assert result.exit_code == 0, result.output
    assert [(Path(r["file"]).name, r["donor_code"]) for r in records(result)] == [
        ("a.txt", "DEU"),
        ("b.txt", "FRA"),
        ("c.htm", "ITA"),
    ]


def test_file_field_is_the_basename(article):
    found = records(run("extract", "--published", "2024-03-14", str(article)))
    assert {r["file"] for r in found} == {"germany.txt"}


# --- the seed article -----------------------------------------------------------------------------


def test_seed_article_gives_the_four_labelled_pledges_and_not_the_us_defence_budget():
    article = shared_path("seed", "article-nato-aid.txt")
    result = run("extract", str(article))
    assert result.exit_code == 0, result.output
    pledges = {(r["donor_code"], r["amount"], r["currency"]) for r in records(result) if r["kind"] == "aid_pledge"}
    assert ("FIN", 691_000_000, "USD") in pledges
    assert ("POL", 207_000_000, "USD") in pledges
    assert ("ESP", 1_050_000_000, "USD") in pledges
    assert ("JPN", 8_000_000_000, "JPY") in pledges
    assert all(amount != 644_000_000_000 for _, amount, _ in pledges)


def test_seed_article_gives_the_uk_target():
    article = shared_path("seed", "article-nato-aid.txt")
    targets = [r for r in records(run("extract", str(article))) if r["kind"] == "defense_target"]
    assert ("GBR", 2.5, 2027) in {(t["donor_code"], t["pct_gdp"], t["target_year"]) for t in targets}


# --- eval -----------------------------------------------------------------------------------------


def test_eval_on_the_seed_gold_prints_precision_and_recall():
    gold = shared_path("seed", "article-nato-aid.gold.jsonl")
    result = run("eval", str(gold))
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.stdout
    assert "pledges          precision 1.000  recall 1.000" in result.stdout


def test_eval_fails_below_the_recall_floor():
    gold = shared_path("seed", "article-nato-aid.gold.jsonl")
    result = run("eval", "--quiet", "--min-recall", "1.01", str(gold))
    assert result.exit_code != 0
    assert "quality below floor: pledge recall 1.000 < 1.01" in result.output


def test_eval_json_prints_the_scores_as_json():
    gold = shared_path("seed", "article-nato-aid.gold.jsonl")
    result = run("eval", "--json", str(gold))
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["pledges"]["tp"] == 4
    assert scores["pledges"]["recall"] == 1.0


def test_eval_of_a_missing_gold_file_is_refused(tmp_path):
    result = run("eval", str(tmp_path / "missing.jsonl"))
    assert result.exit_code != 0
    assert "does not exist" in result.output
