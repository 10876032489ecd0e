"""Take the README's screenshot of the Dagster lineage page with headless Chromium (Debian's `chromium`).

Usage: start the UI (see README), then
    .venv/bin/python docs/screenshot.py http://127.0.0.1:3000 docs/img/lineage.png
Needs `pip install playwright` (a dev tool, not a pipeline dependency); uses /usr/bin/chromium, downloads nothing.
"""

import sys

from playwright.sync_api import sync_playwright

BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]


def main(url: str, out: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1800, "height": 1100})
        # The upstream lineage of the main fact table: every asset from the feeds to it, ungrouped.
        page.goto(f"{url}/assets/fct_aid_pledges?view=lineage&lineageScope=upstream&lineageDepth=12", wait_until="networkidle")
        try:  # a first-visit community dialog covers the graph
            page.get_by_role("button", name="Skip").click(timeout=15000)
        except Exception:  # noqa: BLE001 - no dialog, nothing to dismiss
            pass
        page.wait_for_timeout(4000)
        page.screenshot(path=out)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
