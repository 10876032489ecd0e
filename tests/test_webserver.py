"""The Dagster UI's GraphQL API, served on 127.0.0.1, shows lineage from feeds to marts with checks."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow

QUERY = """
{ assetNodes { assetKey { path } dependencyKeys { path } groupName
  assetChecksOrError { ... on AssetChecks { checks { name } } } } }
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    home = tmp_path_factory.mktemp("ui")
    port = _free_port()
    env = {**os.environ, "PLEDGES_HOME": str(home), "DAGSTER_HOME": str(home / "dagster")}
    (home / "dagster").mkdir()
    (home / "dagster" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster-webserver"), "-w", str(REPO / "workspace.yaml"), "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        try:
            urllib.request.urlopen(f"{url}/server_info", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("dagster-webserver did not come up on 127.0.0.1")
            time.sleep(1)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def _graphql(url: str) -> dict:
    request = urllib.request.Request(f"{url}/graphql", data=json.dumps({"query": QUERY}).encode(),
                                     headers={"Content-Type": "application/json"})
    for _ in range(60):  # the code location loads in the background after the server answers
        data = json.loads(urllib.request.urlopen(request, timeout=30).read())
        if data.get("data", {}).get("assetNodes"):
            return data["data"]
        time.sleep(2)
    pytest.fail(f"no asset nodes served: {data}")


def test_ui_serves_lineage_from_feeds_to_marts_with_checks(webserver):
    nodes = _graphql(webserver)["assetNodes"]
    parents = {"/".join(n["assetKey"]["path"]): {"/".join(d["path"]) for d in n["dependencyKeys"]} for n in nodes}

    def ancestors(key):
        seen, stack = set(), [key]
        while stack:
            for parent in parents.get(stack.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return seen

    assert "raw/feed_entries" in ancestors("fct_aid_pledges")
    assert "raw/inbox_files" in ancestors("fct_aid_pledges")
    checks = {c["name"] for n in nodes for c in (n.get("assetChecksOrError") or {}).get("checks", [])}
    assert "pledges_have_donor_and_date" in checks
    assert any(name.startswith("unique_") for name in checks)
    groups = {n["groupName"] for n in nodes}
    assert {"ingest", "extract", "warehouse"} <= groups
