"""The one setting for where data lives, and the paths derived from it.

``PLEDGES_HOME`` (default ``./data``) holds the warehouse, the lake, the archive and the Dagster
instance. ``configure()`` exports the derived paths so that dbt's ``profiles.yml`` and the DuckDB
resource read the same file.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# The first ingest day (partition) the pipeline keeps: the full-scale invasion began in February 2022.
FIRST_DAY = date(2022, 1, 1)
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DEFAULT_SOURCES = REPO_ROOT / "sources" / "sources.yml"
SAMPLE_SOURCES = REPO_ROOT / "sources" / "sample" / "feeds.yml"
SAMPLE_RECORDINGS = REPO_ROOT / "sources" / "sample" / "recordings"

_DAGSTER_YAML = """\
# Written by pledge-tracker. One run at a time; DuckDB writers share a pool of one slot.
telemetry:
  enabled: false
concurrency:
  runs:
    max_concurrent_runs: 1
  pools:
    default_limit: 1
run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
"""


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def warehouse(self) -> Path:
        return self.home / "warehouse.duckdb"

    @property
    def published(self) -> Path:
        return self.home / "published" / "warehouse.duckdb"

    @property
    def lake(self) -> Path:
        return self.home / "lake"

    @property
    def archive(self) -> Path:
        return self.home / "archive"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    @property
    def report(self) -> Path:
        return self.home / "report" / "index.html"

    @property
    def dbt_target(self) -> Path:
        return self.home / "dbt_target"

    @property
    def dbt_docs(self) -> Path:
        return self.home / "dbt_docs"


def home_from_env() -> Path:
    return Path(os.environ.get("PLEDGES_HOME", "data")).resolve()


def configure(home: str | Path | None = None) -> Paths:
    """Fix the data directory for this process and everything it starts (dbt, Dagster)."""
    paths = Paths(Path(home).resolve() if home else home_from_env())
    for folder in (paths.home, paths.lake, paths.archive, paths.dagster_home, paths.published.parent):
        folder.mkdir(parents=True, exist_ok=True)
    dagster_yaml = paths.dagster_home / "dagster.yaml"
    if not dagster_yaml.exists():
        dagster_yaml.write_text(_DAGSTER_YAML)
    os.environ["PLEDGES_HOME"] = str(paths.home)
    os.environ["PLEDGES_WAREHOUSE"] = str(paths.warehouse)
    os.environ["PLEDGES_LAKE"] = str(paths.lake)
    os.environ["DAGSTER_HOME"] = str(paths.dagster_home)
    # Nothing phones home: dbt's anonymous usage stats and Dagster's telemetry are off.
    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ["DAGSTER_DISABLE_TELEMETRY"] = "1"
    # dbt is a console script of this environment; make it findable when the venv is not activated.
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    return paths


def current() -> Paths:
    return Paths(home_from_env())
