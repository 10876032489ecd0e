"""One pipeline run per data directory at a time.

A manual `pledges run` started while the nightly run is writing either waits (``wait`` seconds) or is
refused with a message naming the holder; it never interleaves its writes with the other run's.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

_HELD_ENV = "PLEDGES_LOCK_HELD_BY"


class PipelineBusy(RuntimeError):
    """Another run holds the data directory."""


def lock_path(home: Path) -> Path:
    return Path(home) / ".pipeline.lock"


def held_here(home: Path) -> bool:
    return os.environ.get(_HELD_ENV) == f"{os.getpid()}:{Path(home).resolve()}"


@contextlib.contextmanager
def pipeline_lock(home: Path, *, wait: float = 0.0, poll: float = 0.2) -> Iterator[None]:
    """Hold the data directory's run lock; re-entrant within one process."""
    home = Path(home).resolve()
    if held_here(home):
        yield
        return
    home.mkdir(parents=True, exist_ok=True)
    path = lock_path(home)
    handle = path.open("a+")
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                handle.close()
                raise PipelineBusy(
                    f"another pipeline run holds {path} ({holder}); wait for it to finish, "
                    f"or pass --wait SECONDS to queue behind it"
                ) from None
            time.sleep(poll)
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n")
    handle.flush()
    os.environ[_HELD_ENV] = f"{os.getpid()}:{home}"
    try:
        yield
    finally:
        os.environ.pop(_HELD_ENV, None)
        handle.seek(0)
        handle.truncate()
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()
