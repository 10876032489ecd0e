"""The analyst commands: `pledges sources`, `report`, `docs`, `ui`, and the example queries in docs/queries.sql."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline import settings
from pipeline.cli import main

REPO = Path(__file__).resolve().parents[1]
_ENV = ("PLEDGES_HOME", "PLEDGES_WAREHOUSE", "PLEDGES_LAKE", "DAGSTER_HOME", "PLEDGES_SOURCES", "PLEDGES_OFFLINE")


@pytest.fixture(autouse=True, scope="module")
def _restore_env():
    # The commands call settings.configure(), which exports paths for dbt and Dagster; undo that afterwards.
    with pytest.MonkeyPatch.context() as mp:
        for name in _ENV:
            mp.setenv(name, "")
            mp.delenv(name)
        yield


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """A data directory after `pledges run --offline` (the real pipeline, sample sources)."""
    path = tmp_path_factory.mktemp("cli") / "home"
    result = _invoke("--home", str(path), "run", "--offline")
    assert result.exit_code == 0, result.output
    return path


def _sample_feeds() -> list[dict]:
    return yaml.safe_load(settings.SAMPLE_SOURCES.read_text())["feeds"]


@pytest.mark.slow
def test_sources_lists_every_sample_feed_with_its_status(home):
    result = _invoke("--home", str(home), "sources", "--offline")
    assert result.exit_code == 0, result.output
    rows = {
        cells[0]: cells
        for cells in ([c.strip() for c in line.strip("|").split("|")] for line in result.output.splitlines())
    }
    header = rows["feed"]
    for feed in _sample_feeds():
        row = dict(zip(header, rows[feed["name"]], strict=True))
        if feed["enabled"]:
            assert row["state"] == "ok" and row["status"] == "200" and row["last fetch (UTC)"], row
            assert int(row["entries"]) > 0, row
        else:
            assert row["state"] == "disabled", row
    assert "sample-inbox" in result.output
    assert "reference kiel:" in result.output


def test_sources_before_any_run_says_never_fetched(tmp_path):
    result = _invoke("--home", str(tmp_path / "fresh"), "sources", "--offline")
    assert result.exit_code == 0, result.output
    assert result.output.count("never fetched") == sum(1 for f in _sample_feeds() if f["enabled"])
    assert str(settings.SAMPLE_SOURCES) in result.output


def test_sources_takes_a_sources_file(tmp_path):
    sources = tmp_path / "mine.yml"
    sources.write_text("feeds:\n  - {name: only-feed, url: 'https://example.org/rss'}\n")
    result = _invoke("--home", str(tmp_path / "fresh"), "sources", "--sources", str(sources))
    assert result.exit_code == 0, result.output
    assert "only-feed" in result.output and "kyivwire" not in result.output


@pytest.mark.slow
def test_report_prints_the_report_path(home):
    result = _invoke("--home", str(home), "report")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(home / "report" / "index.html")
    assert Path(result.output.strip()).exists()


@pytest.mark.slow
def test_report_rebuild_rewrites_it_from_the_published_warehouse(home):
    report = home / "report" / "index.html"
    report.unlink()
    result = _invoke("--home", str(home), "report", "--rebuild")
    assert result.exit_code == 0, result.output
    assert report.exists() and "<svg" in report.read_text()


def test_report_before_any_run_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["--home", str(tmp_path / "fresh"), "report"])
    assert result.exit_code != 0
    assert "pledges run --offline" in result.output


def _example_queries() -> list[str]:
    text = (REPO / "docs" / "queries.sql").read_text()
    blocks = [
        "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("--")).strip()
        for block in text.split(";")
    ]
    return [block for block in blocks if block]


def test_docs_queries_has_eight_to_ten_commented_queries():
    text = (REPO / "docs" / "queries.sql").read_text()
    assert 8 <= len(_example_queries()) <= 10
    assert len(re.findall(r"^-- \d+\. ", text, re.M)) == len(_example_queries())


@pytest.mark.slow
@pytest.mark.parametrize("number", range(1, 11))
def test_every_example_query_runs(home, number):
    queries = _example_queries()
    if number > len(queries):
        pytest.skip(f"docs/queries.sql has {len(queries)} queries")
    result = _invoke("--home", str(home), "query", "--format", "json", queries[number - 1])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_docs_no_serve_generates_the_static_site(home):
    result = _invoke("--home", str(home), "docs", "--no-serve")
    assert result.exit_code == 0, result.output
    static = Path(result.output.strip())
    assert static == home / "dbt_docs" / "static_index.html"
    assert "rpt_reconciliation_kiel" in static.read_text(encoding="utf-8")
    assert (home / "dbt_docs" / "index.html").exists() and (home / "dbt_docs" / "catalog.json").exists()


@pytest.mark.slow
def test_docs_serves_the_generated_folder_on_the_given_port(home, monkeypatch):
    served = {}
    monkeypatch.setattr("pipeline.cli._serve", lambda folder, port: served.update(folder=folder, port=port))
    result = _invoke("--home", str(home), "docs", "--port", "8099")
    assert result.exit_code == 0, result.output
    assert served == {"folder": home / "dbt_docs", "port": 8099}


def test_docs_before_any_run_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["--home", str(tmp_path / "fresh"), "docs", "--no-serve"])
    assert result.exit_code != 0 and "pledges run --offline" in result.output


def test_ui_starts_dagster_dev_on_localhost_with_this_data_directory(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("pipeline.cli._exec", lambda command, env, cwd: calls.append((command, env, cwd)))
    result = _invoke("--home", str(tmp_path / "h"), "ui", "--offline", "--port", "3999")
    assert result.exit_code == 0, result.output
    ((command, env, cwd),) = calls
    assert Path(command[0]).name == "dagster" and command[1] == "dev"
    assert command[command.index("-m") + 1] == "pipeline.definitions"
    assert command[command.index("-h") + 1] == "127.0.0.1"
    assert command[command.index("-p") + 1] == "3999"
    assert env["DAGSTER_HOME"] == str((tmp_path / "h" / "dagster").resolve())
    assert env["PLEDGES_OFFLINE"] == "1" and env["PLEDGES_SOURCES"] == str(settings.SAMPLE_SOURCES)
    assert cwd == settings.REPO_ROOT


@pytest.mark.parametrize("command", ["sources", "report", "docs", "ui", "query", "run"])
def test_every_command_has_help_with_examples(command):
    result = _invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
