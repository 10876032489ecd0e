"""The marts built from the Parquet lake equal those built from the same rows loaded as tables."""

import subprocess
import sys

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow


def _check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "benchmarks" / "check_parquet_vs_tables.py"), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=1200)


def test_marts_from_parquet_equal_marts_from_tables():
    result = _check()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_the_comparison_notices_a_missing_row():
    result = _check("--perturb")
    assert result.returncode == 1, result.stdout[-2000:]
