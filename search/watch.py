"""A daemon thread that calls a function every few seconds until stopped: how a serving process
notices a new index generation (`Index.refresh`) without a restart."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

__all__ = ["Watcher"]

log = logging.getLogger(__name__)


class Watcher:
    """Calls `check` every `interval` seconds in a daemon thread; errors are logged, not fatal."""

    def __init__(self, check: Callable[[], object], interval: float, name: str) -> None:
        self._check = check
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Watcher:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._check()
            except Exception:  # a failed look is retried at the next tick
                log.exception("%s failed", self._thread.name)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
