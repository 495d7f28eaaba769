"""A lock held across the threads of a process and across processes (`flock` on a file): the
index's one writer (search.generations) and the uploads folder's decisions (service.uploads).

The kernel drops a dead process's `flock`, so a crashed holder never leaves the lock taken.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["ProcessLock"]


class ProcessLock:
    """One holder at a time: a thread lock in this process and an exclusive `flock` on `path`
    across processes (two ProcessLocks on one path exclude each other in one process too).

    Re-entrant in the thread that holds it (an index sync calls add, add calls publish)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._thread = threading.RLock()
        self._depth = 0
        self._handle: IO[bytes] | None = None

    @contextmanager
    def held(self, *, wait: bool = True) -> Iterator[bool]:
        """Hold the lock (yields True); with `wait=False` yields False at once when another
        thread or process holds it."""
        if not self._thread.acquire(blocking=wait):
            yield False
            return
        try:
            if self._depth == 0 and not self._lock_file(wait):
                yield False
                return
            self._depth += 1
            try:
                yield True
            finally:
                self._depth -= 1
                if self._depth == 0 and self._handle is not None:
                    self._handle.close()
                    self._handle = None
        finally:
            self._thread.release()

    def _lock_file(self, wait: bool) -> bool:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = self._path.open("ab")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True
