"""RecordedFetcher: recorded responses by URL, refused and failing the way live fetches do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.fetch import FetchPolicy, RecordedFetcher

FEED_URL = "https://news.example.org/feed.xml"


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "news.xml").write_bytes(b"<rss version='2.0'/>")
    (tmp_path / "big.bin").write_bytes(b"x" * 2048)
    index = {
        FEED_URL: {"file": "feeds/news.xml", "content_type": "application/rss+xml", "status": 200, "etag": '"r1"'},
        "https://news.example.org/gone": {"file": "feeds/news.xml", "content_type": "text/html", "status": 404},
        "file:///etc/passwd": {"file": "feeds/news.xml", "content_type": "text/plain", "status": 200},
        "https://news.example.org/escape": {"file": "../outside.txt", "content_type": "text/plain", "status": 200},
        "https://news.example.org/missing": {"file": "feeds/nothing.xml", "content_type": "text/plain", "status": 200},
        "https://news.example.org/big": {"file": "big.bin", "content_type": "application/octet-stream", "status": 200},
    }
    (tmp_path / "index.json").write_text(json.dumps(index))
    (tmp_path.parent / "outside.txt").write_text("outside the recordings")
    return tmp_path


def test_recorded_url_is_served(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch(FEED_URL)
    assert result.error is None and result.status == 200
    assert result.content == b"<rss version='2.0'/>"
    assert result.content_type == "application/rss+xml" and result.final_url == FEED_URL


def test_unknown_url_is_not_recorded_error(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch("https://news.example.org/other")
    assert result.status is None and result.content is None
    assert result.error == "not recorded: https://news.example.org/other"


def test_recorded_error_status_is_reported(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch("https://news.example.org/gone")
    assert result.status == 404 and result.content is None
    assert result.error and result.error.startswith("HTTP 404")


def test_file_url_is_refused_even_when_recorded(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch("file:///etc/passwd")
    assert result.error and result.error.startswith("refused: scheme 'file'")
    assert result.content is None


def test_ftp_url_is_refused(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch("ftp://news.example.org/feed.xml")
    assert result.error and result.error.startswith("refused: scheme 'ftp'")


def test_recording_outside_the_directory_is_refused(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch("https://news.example.org/escape")
    assert result.content is None and result.error and "points outside" in result.error


def test_missing_recording_file_is_an_error_not_an_exception(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch("https://news.example.org/missing")
    assert result.content is None and result.error and "cannot be read" in result.error


def test_max_bytes_applies_to_recordings(recordings: Path) -> None:
    result = RecordedFetcher(recordings, FetchPolicy(max_bytes=1024)).fetch("https://news.example.org/big")
    assert result.content is None and result.error and result.error.startswith("body exceeds 1024 bytes")


def test_matching_etag_gives_not_modified(recordings: Path) -> None:
    result = RecordedFetcher(recordings).fetch(FEED_URL, etag='"r1"')
    assert (result.status, result.not_modified, result.content, result.error) == (304, True, None, None)


def test_fragment_is_ignored_in_lookup(recordings: Path) -> None:
    assert RecordedFetcher(recordings).fetch(FEED_URL + "#top").content == b"<rss version='2.0'/>"


def test_missing_index_is_a_clear_setup_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no recordings index"):
        RecordedFetcher(tmp_path)


def test_malformed_index_entry_is_a_clear_setup_error(tmp_path: Path) -> None:
    (tmp_path / "index.json").write_text(json.dumps({FEED_URL: {"content_type": "text/xml"}}))
    with pytest.raises(ValueError, match="needs a string 'file'"):
        RecordedFetcher(tmp_path)
