import os
from pathlib import Path

import dagster as dg

from pipeline import settings
from pipeline.archive import Archive
from pipeline.fetch.base import Fetcher, FetchPolicy
from pipeline.sources import FeedSource, Sources, load_sources


class PipelineConfig(dg.ConfigurableResource):
    """Which sources to read and whether to fetch live; settable as run configuration in the UI."""

    sources_file: str = os.environ.get("PLEDGES_SOURCES", str(settings.DEFAULT_SOURCES))
    offline: bool = os.environ.get("PLEDGES_OFFLINE", "") == "1"
    replay: bool = False  # serve each day's archived payloads instead of fetching (`pledges rebuild`)
    force_build: bool = False  # run dbt even when no lake file or model changed since the last build

    def sources(self, day=None) -> Sources:
        sources = load_sources(self.sources_file)
        if self.replay and day is not None:
            from pipeline.replay import replay_sources

            return replay_sources(Archive(self.paths().archive), day, sources)
        return sources

    def paths(self) -> settings.Paths:
        return settings.current()

    def archive(self) -> Archive:
        if self.replay:
            from pipeline.replay import ReplayArchive

            return ReplayArchive(self.paths().archive)
        return Archive(self.paths().archive)

    def lake(self) -> Path:
        return self.paths().lake

    def fetcher(self, sources: Sources, feed: FeedSource | None = None, day=None) -> Fetcher:
        if self.replay:
            from pipeline.replay import ArchiveFetcher

            return ArchiveFetcher(Archive(self.paths().archive), day)
        if self.offline:
            from pipeline.fetch.recorded import RecordedFetcher

            return RecordedFetcher(sources.recordings or settings.SAMPLE_RECORDINGS)
        from pipeline.fetch.http import HttpFetcher

        headers = {}
        if feed is not None and feed.auth_env:
            token = os.environ.get(feed.auth_env)
            if not token:
                raise dg.Failure(f"feed {feed.name} needs credentials in ${feed.auth_env}, which is not set")
            headers["Authorization"] = token
        # Limits can be tuned per sources file: settings: {fetch: {retries: 2, max_bytes: 5000000, ...}}.
        policy = FetchPolicy(allowed_hosts=sources.allowed_hosts, **(sources.settings.get("fetch") or {}))
        return HttpFetcher(policy, headers=headers) if headers else HttpFetcher(policy)
