"""Start-up that keeps answering: the server listens at once while the index opens and the corpus
syncs in a background thread.

Phases: ``starting`` (the index is being opened: nothing to answer yet), ``indexing`` (the last
complete index is served while new or changed reports are embedded; searches switch to the new
one when the sync is complete), ``ready``, and ``failed`` (the index could not be opened: the
message says why). Requests that cannot be answered yet get 503 with ``Retry-After``: everything
while starting, searches over an index that is still empty, and writes (uploads, deletes) until
the sync is done. `/api/health` always answers, with the phase and ``progress`` (reports stored
of those to store).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import search
from search.index import Index
from search.protocols import SearchIndex
from service.errors import Unavailable
from service.settings import Settings
from service.uploads.indexing import sync_corpus
from service.uploads.kept import KeptUploads

__all__ = ["RETRY_AFTER_S", "Phase", "Progress", "StartupState", "build_index"]

log = logging.getLogger(__name__)

Phase = Literal["starting", "indexing", "ready", "failed"]
RETRY_AFTER_S = 5


@dataclass(frozen=True, slots=True)
class Progress:
    """Where start-up is: its phase, reports stored of those to store, and why it failed."""

    phase: Phase
    done: int
    total: int
    error: str


class _Stopped(Exception):
    """The server is shutting down: the background sync ends after the current report."""


class StartupState:
    """The start-up phase of one app, shared by the indexing thread and the request threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._phase: Phase = "starting"
        self._done = self._total = 0
        self._error = ""
        self._empty = True

    def progress(self) -> Progress:
        with self._lock:
            return Progress(self._phase, self._done, self._total, self._error)

    def opened(self, empty: bool) -> None:
        with self._lock:
            self._phase, self._empty = "indexing", empty

    def advance(self, done: int, total: int) -> None:
        """Sync progress (raises `_Stopped` once the server is shutting down)."""
        if self._stop.is_set():
            raise _Stopped
        with self._lock:
            self._done, self._total = done, total

    def finish(self, error: str = "") -> None:
        with self._lock:
            self._phase = "failed" if error else "ready"
            self._error = error
            self._empty = False if not error else self._empty

    def stop(self) -> None:
        self._stop.set()

    def check_readable(self) -> None:
        """503 unless there is an index worth searching."""
        now = self.progress()
        if now.phase == "failed" and self._empty:
            raise Unavailable(f"the index could not be opened: {now.error}")
        if now.phase == "starting" or (now.phase == "indexing" and self._empty):
            raise self._busy("nothing can be answered yet")

    def check_writable(self) -> None:
        """503 while the corpus sync runs (a write would wait for all of it)."""
        self.check_readable()
        if self.progress().phase in ("starting", "indexing"):
            raise self._busy("uploads and deletes wait until it is done")

    def _busy(self, what: str) -> Unavailable:
        now = self.progress()
        return Unavailable(
            f"the index is being built ({now.done}/{now.total} reports): {what}; retry shortly",
            code="indexing",
            headers={"Retry-After": str(RETRY_AFTER_S)},
        )


def build_index(
    settings: Settings,
    uploads: KeptUploads,
    state: StartupState,
    publish: Callable[[SearchIndex], None],
    *,
    reraise: bool = False,
) -> None:
    """Open the index, `publish` it (it is served from then on), sync the corpus and restore
    uploads, then mark the state ready. Errors end in the `failed` phase (or are re-raised)."""
    try:
        index = _open(settings)
    except Exception as exc:
        log.error("cannot open the index in %s: %s", settings.index_dir, exc)
        state.finish(str(exc))
        if reraise:
            raise
        return
    state.opened(empty=index.stats()["reports"] == 0)
    publish(index)
    try:
        sync_corpus(index, settings.corpus_dir, uploads, state.advance)
    except _Stopped:
        log.info("start-up indexing stopped: the server is shutting down")
        return
    except Exception as exc:
        log.error("indexing the corpus failed: %s", exc)
        state.finish(str(exc))
        if reraise:
            raise
        return
    state.finish()
    log.info("index ready: %s", index.stats())


def _open(settings: Settings) -> Index:
    """The index, following generations other processes publish (search.generations)."""
    index = search.open_index(
        settings.index_dir,
        search.make_embedder(settings.embedder, threads=settings.embed_threads or None),
        ann=settings.ann,
        ann_threshold=settings.ann_threshold,
    )
    index.watch(settings.generation_poll_s)
    return index
