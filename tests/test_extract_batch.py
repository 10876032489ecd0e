"""Batch extraction: one document's failure is recorded and the batch goes on; hostile text stays bounded."""

import time
from datetime import date

from pipeline import extract_batch
from pipeline.extraction import Document, extract_document

DAY = date(2025, 3, 4)
GOOD = "Norway will give Ukraine NOK 2 billion in military aid, the government said."


def test_a_document_that_breaks_the_extractor_becomes_an_error_row(monkeypatch):
    real = extract_batch.extract_document

    def flaky(doc):
        if doc.doc_id == "bad":
            raise ValueError("cannot parse this")
        return real(doc)

    monkeypatch.setattr(extract_batch, "extract_document", flaky)
    out = extract_batch.extract_rows([{"doc_id": "bad", "text": "x"}, {"doc_id": "ok", "text": GOOD}], DAY)
    assert [e["doc_id"] for e in out.errors] == ["bad"]
    assert "ValueError: cannot parse this" in out.errors[0]["error"]
    assert [m["donor_code"] for m in out.mentions] == ["NOR"]


def test_mention_ids_are_stable_across_re_extraction():
    first = extract_batch.extract_rows([{"doc_id": "d", "text": GOOD}], DAY).mentions
    second = extract_batch.extract_rows([{"doc_id": "d", "text": GOOD}], DAY).mentions
    assert [m["mention_id"] for m in first] == [m["mention_id"] for m in second]


def test_process_pool_gives_the_same_rows_as_one_process():
    docs = [{"doc_id": f"d{i}", "text": GOOD} for i in range(extract_batch.PARALLEL_THRESHOLD + 10)]
    pooled = extract_batch.extract_many(docs, DAY, workers=2)
    single = extract_batch.extract_rows(docs, DAY)
    assert sorted(m["mention_id"] for m in pooled.mentions) == sorted(m["mention_id"] for m in single.mentions)


def _bounded(text: str, seconds: float = 60.0) -> None:
    started = time.monotonic()
    extract_document(Document(text, DAY))
    assert time.monotonic() - started < seconds


def test_megabytes_without_a_full_stop_finish():
    _bounded(("Ukraine aid package worth €5m from Germany " * 60_000)[:2_500_000])


def test_binary_garbage_finishes():
    _bounded(bytes(range(256)).decode("latin-1") * 8_000)


def test_a_million_numbers_finish():
    _bounded(" ".join(str(i) for i in range(1_000_000)) + " Ukraine")
