"""Fetchers: the live HTTP one and the recorded one share a policy, a result type and URL checks."""

from pipeline.fetch.base import Fetcher, FetchPolicy, FetchResult
from pipeline.fetch.http import HttpFetcher, auth_headers_from_env
from pipeline.fetch.recorded import RecordedFetcher

__all__ = ["FetchPolicy", "FetchResult", "Fetcher", "HttpFetcher", "RecordedFetcher", "auth_headers_from_env"]
