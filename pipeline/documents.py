"""Local article files (inbox drops, CLI input): text or HTML, with optional sidecar metadata."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.extraction import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


class UnreadableDocument(Exception):
    """A path that cannot be read as an article; the message says why."""


@dataclass(frozen=True)
class Sidecar:
    published: date | None
    url: str | None
    title: str | None


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path) -> Sidecar | None:
    meta = sidecar_path(path)
    if not meta.exists():
        return None
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise TypeError(f"top level is {type(data).__name__}, not an object")
        published = date.fromisoformat(data["published"]) if data.get("published") else None
    except (ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument(f"{meta}: bad sidecar metadata ({exc}); expected JSON with published YYYY-MM-DD, url, title") from exc
    return Sidecar(published, data.get("url"), data.get("title"))


def iter_article_paths(paths: list[Path]):
    """Expand directories to the article files in them, sorted; files are taken as given."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield path


def document_from_bytes(payload: bytes, *, name: str, published: date | None, url: str | None = None, title: str | None = None) -> Document:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES or payload[:200].lstrip().lower().startswith((b"<!doctype html", b"<html")):
        from pipeline.html_text import extract_main_text

        page = extract_main_text(payload, url=url)
        text = page.text or ""
        title = title or page.title
        published = published or page.published
    else:
        text = payload.decode("utf-8", errors="replace")
    return Document(text=text, published=published, file=name, url=url, title=title, doc_id=hashlib.sha256(payload).hexdigest())


def read_local_document(path: Path, published: date | None = None) -> tuple[Document, str]:
    """The document and where its published date came from ('argument', 'sidecar', 'page', or 'none')."""
    try:
        payload = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read {path}: {exc.strerror or exc}") from exc
    sidecar = read_sidecar(path)
    source = "argument" if published else ("sidecar" if sidecar and sidecar.published else "none")
    doc = document_from_bytes(
        payload,
        name=str(path),
        published=published or (sidecar.published if sidecar else None),
        url=sidecar.url if sidecar else None,
        title=sidecar.title if sidecar else None,
    )
    if source == "none" and doc.published:
        source = "page"
    return doc, source
