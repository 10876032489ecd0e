"""Extraction quality on the labelled corpora: CI fails if it drops below these floors."""

from pathlib import Path

import pytest

from conftest import REPO, shared_path
from pipeline.evaluate import evaluate, format_report

DEV = sorted((REPO / "tests" / "corpus" / "dev").glob("gold-*.jsonl"))
SAMPLE = [REPO / "sources" / "sample" / "gold.jsonl", REPO / "sources" / "sample" / "inbox" / "gold.jsonl"]
# The held-out sets were written blind (without sight of the rules) and measured at first contact (figures in the README); tuned on since, they guard regressions.
HOLDOUT = sorted((REPO / "tests" / "corpus").glob("holdout*/gold*.jsonl"))


@pytest.fixture(scope="module")
def dev_report():
    report = evaluate(DEV + SAMPLE + HOLDOUT)
    print(format_report(report, details=False))
    return report


def test_development_corpus_is_large_enough(dev_report):
    assert len(DEV) >= 1 and dev_report.documents >= 850


def test_pledge_precision_floor(dev_report):
    assert dev_report.pledges.precision >= 0.955


def test_pledge_recall_floor(dev_report):
    assert dev_report.pledges.recall >= 0.975


def test_aid_type_floor(dev_report):
    assert dev_report.accuracy("aid_type") >= 0.93


def test_usd_value_floor(dev_report):
    assert dev_report.accuracy("amount_usd") >= 0.97


def test_date_floor(dev_report):
    # Blind writers split on undated pledges in a story about one event: the newer sets date them to the day the
    # lead gives, the older ones to the publication day. Taking the lead's day for every such pledge measured 0.864
    # overall, the publication day (as now) 0.908; the floor sits just under what the split allows.
    assert dev_report.accuracy("date") >= 0.90


def test_stage_floor(dev_report):
    assert dev_report.accuracy("stage") >= 0.92


def test_defence_target_floor(dev_report):
    # The floor covers every labelled set, and each session adds blind sets at their first-contact quality: session 6
    # added 32 (targets 0.90 / 0.91 at first contact), which took all sets together from 0.968 to 0.964 until the
    # rules they prompted brought it back to 0.968.
    assert dev_report.targets.f1 >= 0.965


def test_seed_article_required_findings_all_found():
    gold = shared_path("seed", "article-nato-aid.gold.jsonl")
    report = evaluate([Path(gold)])
    assert report.pledges.recall == 1.0 and report.pledges.precision == 1.0
    assert report.targets.recall == 1.0


def test_explaining_finds_exactly_what_the_plain_run_finds():
    # `pledges extract --explain` looks at every figure; the plain run skips sentences that cannot hold a
    # pledge. The shortcut must never change what is found.
    from pipeline.documents import read_local_document
    from pipeline.extraction import extract_document

    files = sorted(p for p in (REPO / "tests" / "corpus").rglob("*") if p.suffix in {".txt", ".html"})
    assert len(files) > 500
    for path in files:
        doc, _ = read_local_document(path)
        assert extract_document(doc).records() == extract_document(doc, []).records(), path.name
