"""Extraction over a batch of stored documents, into lake rows; shared by Dagster and the CLI."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
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


def _chunks(docs: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(docs), size):
        yield docs[i : i + size]


def extract_many(docs: list[dict], day: date, workers: int | None = None) -> BatchResult:
    """Extract a batch, on all cores when the batch is big enough to pay for the pool."""
    workers = workers or os.cpu_count() or 1
    if len(docs) < PARALLEL_THRESHOLD or workers == 1:
        return extract_rows(docs, day)
    out = BatchResult()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(extract_rows, _chunks(docs, CHUNK), [day] * ((len(docs) + CHUNK - 1) // CHUNK)):
            out.extend(part)
    return out
