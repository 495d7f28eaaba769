"""The watcher thread: calls its check until stopped, and a failing check does not end it."""

from __future__ import annotations

import threading

import pytest

from search.watch import Watcher


def test_the_watcher_keeps_checking_after_an_error_and_stops(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[int] = []
    third = threading.Event()

    def check() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("pointer unreadable")
        if len(calls) >= 3:
            third.set()

    watcher = Watcher(check, 0.01, "test-watcher").start()
    assert third.wait(timeout=30)  # bounded wait for the thread, not a speed check
    watcher.stop()  # joins the thread
    seen = len(calls)
    assert seen >= 3 and "pointer unreadable" in caplog.text
    assert not any(t.name == "test-watcher" for t in threading.enumerate())
    assert len(calls) == seen
