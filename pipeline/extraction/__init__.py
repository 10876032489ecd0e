"""Pledge and defence-target extraction from news text. No Dagster here: pure, testable, reusable."""

from __future__ import annotations

from pipeline.extraction.pledges import extract_pledges
from pipeline.extraction.records import AidPledge, DefenseTarget, Document, ExtractionResult
from pipeline.extraction.sentences import Sentences
from pipeline.extraction.targets import extract_targets

EXTRACTOR_VERSION = "1.0.0"
MAX_CHARS = 2_000_000  # longer inputs are cut: no news article is this long, and time stays bounded


def extract_document(doc: Document, trace: list | None = None) -> ExtractionResult:
    """Pledges and defence targets in one document. Pass a list as ``trace`` to collect, for every
    figure not taken as a pledge, (figure, reason, sentence)."""
    if len(doc.text) > MAX_CHARS:
        doc = Document(doc.text[:MAX_CHARS], doc.published, doc.file, doc.url, doc.title, doc.doc_id)
    sentences = Sentences(doc.text)
    return ExtractionResult(extract_pledges(doc, sentences, trace), extract_targets(doc, sentences, trace))


__all__ = ["AidPledge", "DefenseTarget", "Document", "EXTRACTOR_VERSION", "ExtractionResult", "extract_document"]
