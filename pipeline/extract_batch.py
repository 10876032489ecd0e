"""Extraction over stored documents, into lake rows: streamed in chunks (`extract_stream`) for a day of any size, or
all at once (`extract_many`) for small batches."""

from __future__ import annotations

import collections
import hashlib
import itertools
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from pipeline.extraction import EXTRACTOR_VERSION, Document, extract_document

PARALLEL_THRESHOLD = 400  # below this a process pool costs more than it saves
CHUNK = 200


@dataclass
class BatchResult:
    mentions: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    documents: int = 0

    def extend(self, other: BatchResult) -> None:
        self.mentions += other.mentions
        self.targets += other.targets
        self.errors += other.errors
        self.documents += other.documents


def mention_id(doc_id: str, kind: str, start: int, key: str) -> str:
    return hashlib.sha256(f"{doc_id}|{kind}|{start}|{key}".encode()).hexdigest()[:32]


def extract_rows(docs: Iterable[dict], day: date) -> BatchResult:
    """Rows for raw.pledge_mentions / defense_targets / extraction_errors from document dicts
    (doc_id, text, published, url, title)."""
    out = BatchResult()
    for doc in docs:
        out.documents += 1
        try:
            result = extract_document(
                Document(text=doc["text"], published=doc.get("published") or day, url=doc.get("url"),
                         title=doc.get("title"), doc_id=doc["doc_id"])
            )
        except Exception as exc:  # noqa: BLE001 - one document's failure is recorded; the batch goes on
            out.errors.append({"day": day, "doc_id": doc["doc_id"], "url": doc.get("url"),
                               "error": f"{type(exc).__name__}: {exc}"[:1000], "extractor_version": EXTRACTOR_VERSION})
            continue
        base = {"day": day, "doc_id": doc["doc_id"], "url": doc.get("url"), "published": doc.get("published") or day,
                "extractor_version": EXTRACTOR_VERSION}
        for p in result.pledges:
            out.mentions.append({
                **base, "title": doc.get("title"),
                "mention_id": mention_id(doc["doc_id"], "aid_pledge", p.start, f"{p.donor_code}|{p.amount}|{p.currency}"),
                "donor": p.donor, "donor_code": p.donor_code, "recipient": p.recipient, "recipient_code": p.recipient_code,
                "amount": p.amount, "amount_qualifier": p.amount_qualifier, "currency": p.currency,
                "amount_usd": p.amount_usd, "amount_usd_stated": p.amount_usd_stated, "pledge_date": p.date,
                "aid_type": p.aid_type, "purposes": p.purposes, "stage": p.stage, "co_donors": p.co_donors,
                "evidence": p.evidence, "evidence_start": p.start, "evidence_end": p.end, "confidence": p.confidence,
            })
        for t in result.targets:
            out.targets.append({
                **base,
                "mention_id": mention_id(doc["doc_id"], "defense_target", t.start, f"{t.donor_code}|{t.pct_gdp}|{t.target_year}"),
                "donor": t.donor, "donor_code": t.donor_code, "pct_gdp": t.pct_gdp, "target_year": t.target_year,
                "evidence": t.evidence, "evidence_start": t.start, "evidence_end": t.end, "confidence": t.confidence,
            })
    return out


def extract_stream(docs: Iterable[dict], day: date, workers: int | None = None) -> Iterator[BatchResult]:
    """Extract documents as they arrive, a `BatchResult` per chunk of ``CHUNK`` documents, in input order.
    A stream of at least PARALLEL_THRESHOLD documents is extracted on all cores by one process pool, with a
    bounded number of chunks in flight, so memory holds a few chunks whatever the stream's length."""
    workers = workers or os.cpu_count() or 1
    docs = iter(docs)
    head = list(itertools.islice(docs, PARALLEL_THRESHOLD))
    chunks = _chunks(itertools.chain(head, docs), CHUNK)
    if len(head) < PARALLEL_THRESHOLD or workers == 1:
        for chunk in chunks:
            yield extract_rows(chunk, day)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        running: collections.deque[Future] = collections.deque()
        for chunk in chunks:
            running.append(pool.submit(extract_rows, chunk, day))
            if len(running) > 2 * workers:  # enough queued to keep every worker busy
                yield running.popleft().result()
        while running:
            yield running.popleft().result()


def extract_many(docs: list[dict], day: date, workers: int | None = None) -> BatchResult:
    """Extract a batch held in memory, on all cores when it is big enough to pay for the pool."""
    out = BatchResult()
    for part in extract_stream(docs, day, workers):
        out.extend(part)
    return out


def _chunks(docs: Iterator[dict], size: int) -> Iterator[list[dict]]:
    return iter(lambda: list(itertools.islice(docs, size)), [])
