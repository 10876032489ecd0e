"""Shared test setup: a private data directory for the session, and where ../shared is (if present)."""

import os
import tempfile
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
