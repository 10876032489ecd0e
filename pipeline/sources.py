"""The sources file: feeds to poll, inbox folders to read, hosts allowed on private addresses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml


class SourcesError(ValueError):
    """The sources file is missing or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class FeedSource:
    name: str
    url: str
    language: str = "en"
    enabled: bool = True
    auth_env: str | None = None  # name of an environment variable holding an Authorization header value
    freshness_hours: float = 48.0


@dataclass(frozen=True)
class InboxSource:
    name: str
    path: Path


@dataclass(frozen=True)
class Sources:
    path: Path
    feeds: list[FeedSource]
    inboxes: list[InboxSource]
    allowed_hosts: frozenset[str] = frozenset()
    recordings: Path | None = None
    kiel: Path | None = None
    kiel_url: str | None = None
    settings: dict = field(default_factory=dict)

    @property
    def enabled_feeds(self) -> list[FeedSource]:
        return [f for f in self.feeds if f.enabled]


def load_sources(path: str | Path) -> Sources:
    path = Path(path).resolve()
    if not path.exists():
        raise SourcesError(f"sources file {path} does not exist; pass --sources FILE (see sources/sources.yml)")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise SourcesError(f"{path}: expected a mapping with 'feeds' and 'inboxes'")
    base = path.parent
    feeds = []
    names = set()
    for i, item in enumerate(data.get("feeds") or []):
        if not isinstance(item, dict) or not item.get("name") or not item.get("url"):
            raise SourcesError(f"{path}: feeds[{i}] needs a name and a url, got {item!r}")
        if item["name"] in names:
            raise SourcesError(f"{path}: feed name {item['name']!r} is used twice; names identify feeds in the warehouse")
        names.add(item["name"])
        feeds.append(
            FeedSource(
                name=str(item["name"]),
                url=str(item["url"]),
                language=str(item.get("language", "en")),
                enabled=bool(item.get("enabled", True)),
                auth_env=item.get("auth_env"),
                freshness_hours=float(item.get("freshness_hours", 48)),
            )
        )
    inboxes = []
    for i, item in enumerate(data.get("inboxes") or []):
        if not isinstance(item, dict) or not item.get("name") or not item.get("path"):
            raise SourcesError(f"{path}: inboxes[{i}] needs a name and a path, got {item!r}")
        inboxes.append(InboxSource(str(item["name"]), (base / item["path"]).resolve()))
    reference = data.get("reference") or {}
    kiel = reference.get("kiel")
    recordings = data.get("recordings")
    return Sources(
        path=path,
        feeds=feeds,
        inboxes=inboxes,
        allowed_hosts=frozenset(data.get("allowed_hosts") or []),
        recordings=(base / recordings).resolve() if recordings else None,
        kiel=(base / kiel).resolve() if kiel else None,
        kiel_url=reference.get("kiel_url"),
        settings=data.get("settings") or {},
    )
