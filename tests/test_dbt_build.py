"""dbt build passes on a fresh warehouse over an empty lake (schema files only)."""

import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def test_dbt_build_on_fresh_empty_warehouse(tmp_path):
    from pipeline import lake

    lake.ensure_schema_files(tmp_path / "lake")
    env = {
        **os.environ,
        "PLEDGES_WAREHOUSE": str(tmp_path / "warehouse.duckdb"),
        "PLEDGES_LAKE": str(tmp_path / "lake"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DBT_TARGET_PATH": str(tmp_path / "target"),
        "DBT_LOG_PATH": str(tmp_path / "logs"),
    }
    dbt = Path(sys.executable).parent / "dbt"
    result = subprocess.run(
        [str(dbt), "build", "--project-dir", str(REPO / "dbt_project"), "--profiles-dir", str(REPO / "dbt_project")],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "ERROR=0" in result.stdout
    assert (tmp_path / "warehouse.duckdb").exists()
