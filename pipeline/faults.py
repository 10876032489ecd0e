"""A seam for crash tests: pause at a named point so a test can kill the process there.

Set ``PLEDGES_FAULT_PAUSE=<point>`` (and optionally ``PLEDGES_FAULT_PAUSE_S``); unset, it does nothing.
"""

import os
import time


def fault_pause(point: str) -> None:
    if os.environ.get("PLEDGES_FAULT_PAUSE") == point:
        marker = os.environ.get("PLEDGES_FAULT_MARKER")
        if marker:
            with open(marker, "w") as handle:
                handle.write(point)
        time.sleep(float(os.environ.get("PLEDGES_FAULT_PAUSE_S", "60")))
