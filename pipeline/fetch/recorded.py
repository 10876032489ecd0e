"""The offline fetcher: serves recorded responses by URL, with the same URL and size rules as live.

`recordings_dir/index.json` maps each URL to its recording::

    {"https://example.org/feed.xml": {"file": "feeds/example.xml", "content_type": "application/rss+xml",
                                      "status": 200, "etag": "\\"v1\\"", "last_modified": "..."}}

`etag` and `last_modified` are optional; when the caller presents a matching validator the
recording answers 304, as a live server would.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag

from pipeline.fetch.base import FetchPolicy, FetchResult, scheme_refusal

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recording:
    file: str
    content_type: str | None
    status: int
    etag: str | None = None
    last_modified: str | None = None


class RecordedFetcher:
    def __init__(self, recordings_dir: Path, policy: FetchPolicy | None = None) -> None:
        self.recordings_dir = Path(recordings_dir)
        self.policy = policy or FetchPolicy()
        self._index = load_index(self.recordings_dir / "index.json")

    def close(self) -> None:
        """Nothing to release; here so that callers can treat both fetchers alike."""

    def __enter__(self) -> RecordedFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        started = time.monotonic()
        key = urldefrag(url.strip())[0]

        def done(**fields: object) -> FetchResult:
            if fields.get("error"):
                logger.warning("recorded fetch %s failed: %s", url, fields["error"])
            return FetchResult(
                url=url,
                final_url=key,
                elapsed_ms=round((time.monotonic() - started) * 1000, 1),
                **fields,  # type: ignore[arg-type]
            )

        # Checked before the lookup, so a recorded file:// URL is refused just as it is live.
        refusal = scheme_refusal(key, self.policy)
        if refusal:
            return done(error=refusal)
        recording = self._index.get(key)
        if recording is None:
            return done(error=f"not recorded: {url}")
        if recording.status == 304 or (
            recording.status == 200
            and ((etag and etag == recording.etag) or (last_modified and last_modified == recording.last_modified))
        ):
            return done(
                status=304,
                attempts=1,
                not_modified=True,
                etag=recording.etag or etag,
                last_modified=recording.last_modified or last_modified,
            )
        if recording.status != 200:
            return done(status=recording.status, attempts=1, error=f"HTTP {recording.status} from {key} (recorded)")
        path = (self.recordings_dir / recording.file).resolve()
        if not path.is_relative_to(self.recordings_dir.resolve()):
            return done(
                attempts=1, error=f"recording for {url} points outside {self.recordings_dir}: {recording.file!r}"
            )
        try:
            size = path.stat().st_size
            if size > self.policy.max_bytes:
                return done(
                    status=200,
                    attempts=1,
                    error=f"body exceeds {self.policy.max_bytes} bytes ({size} bytes recorded) at {key}",
                )
            content = path.read_bytes()
        except OSError as exc:
            return done(attempts=1, error=f"recording for {url} cannot be read: {path}: {exc.strerror or exc}")
        return done(
            status=200,
            attempts=1,
            content=content,
            content_type=recording.content_type,
            etag=recording.etag,
            last_modified=recording.last_modified,
        )


def load_index(index_path: Path) -> dict[str, Recording]:
    """Read and validate index.json; a broken index is a setup error, so it raises with the reason."""
    try:
        raw = json.loads(index_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"no recordings index at {index_path}; create it as {{url: {{file, content_type, status}}}}"
        ) from exc
    except (OSError, ValueError) as exc:
        raise ValueError(f"recordings index {index_path} is not readable JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise ValueError(f"recordings index {index_path} must be a JSON object keyed by URL, got {type(raw).__name__}")
    index: dict[str, Recording] = {}
    for url, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise ValueError(f"recordings index {index_path}: entry for {url!r} needs a string 'file', got {entry!r}")
        status = entry.get("status", 200)
        if not isinstance(status, int) or isinstance(status, bool):
            raise ValueError(f"recordings index {index_path}: entry for {url!r} has non-integer status {status!r}")
        index[urldefrag(url.strip())[0]] = Recording(
            file=entry["file"],
            content_type=entry.get("content_type"),
            status=status,
            etag=entry.get("etag"),
            last_modified=entry.get("last_modified"),
        )
    return index
