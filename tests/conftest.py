"""Shared test setup: a private data directory for the session, and where ../shared is (if present)."""

import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Importing pipeline.definitions configures PLEDGES_HOME; point it away from ./data before anything loads.
os.environ.setdefault("PLEDGES_HOME", tempfile.mkdtemp(prefix="pledges-test-home-"))
os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
os.environ["DAGSTER_DISABLE_TELEMETRY"] = "1"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is only beside the repository in the team's workspace)")
    return path


def generated_docs(n: int) -> list[dict]:
    """Pledges, defence targets, both and neither, with varied donors and amounts."""
    donors = [("Norway", "NOK", "billion"), ("Germany", "EUR", "million"), ("Japan", "JPY", "billion"), ("Canada", "CAD", "million")]
    docs = []
    for i in range(n):
        donor, currency, scale = donors[i % len(donors)]
        parts = ["Markets were calm on Tuesday and the weather stayed mild across the region."]
        if i % 3 == 0:
            parts.append(f"{donor} will give Ukraine {currency} {i % 17 + 1} {scale} in military aid, the government said on Monday.")
        if i % 5 == 0:
            parts.append(f"Poland will raise defence spending to {3 + i % 7 / 10:.1f}% of GDP by {2026 + i % 4}, the minister said.")
        docs.append({"doc_id": f"doc-{i}", "text": " ".join(parts), "published": date(2025, 3, 1) + timedelta(days=i % 20),
                     "url": f"https://news.example.test/{i}", "title": f"Story {i}"})
    return docs
