"""Dependency aliases: routes receive what the lifespan put on `app.state`, nothing global."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, FastAPI, Request

from ingest.types import Report
from search.goals.build import Ledger, build_ledger
from search.protocols import SearchIndex
from service.answer import Answerer
from service.errors import Unavailable
from service.settings import Settings
from service.uploads.kept import KeptUploads
from service.uploads.startup import StartupState

__all__ = [
    "AnswererDep",
    "IndexDep",
    "LedgerCache",
    "LedgerDep",
    "ParserDep",
    "SettingsDep",
    "UploadParser",
    "UploadsDep",
    "WritableIndexDep",
    "ledger_of",
]

UploadParser = Callable[[bytes, str], list[Report]]
"""Turns uploaded bytes and their file name into reports (raises IngestError or ServiceError)."""


def _readable(request: Request) -> None:
    """503 (with Retry-After while indexing) unless there is an index worth searching."""
    startup: StartupState | None = getattr(request.app.state, "startup", None)
    if startup is not None:
        startup.check_readable()


def get_index(request: Request) -> SearchIndex:
    _readable(request)
    index: SearchIndex | None = getattr(request.app.state, "index", None)
    if index is None:
        raise Unavailable("the index is not open yet")
    return index


def get_writable_index(request: Request) -> SearchIndex:
    """The index, for uploads and deletes: 503 while the start-up sync still runs."""
    index = get_index(request)
    request.app.state.startup.check_writable()
    return index


def get_answerer(request: Request) -> Answerer:
    _readable(request)
    answerer: Answerer | None = getattr(request.app.state, "answerer", None)
    if answerer is None:
        raise Unavailable("the index is not open yet")
    return answerer


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_parser(request: Request) -> UploadParser:
    parser: UploadParser = request.app.state.parse_upload
    return parser


def get_uploads(request: Request) -> KeptUploads:
    uploads: KeptUploads = request.app.state.uploads
    return uploads


IndexDep = Annotated[SearchIndex, Depends(get_index)]
WritableIndexDep = Annotated[SearchIndex, Depends(get_writable_index)]
AnswererDep = Annotated[Answerer, Depends(get_answerer)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ParserDep = Annotated[UploadParser, Depends(get_parser)]
UploadsDep = Annotated[KeptUploads, Depends(get_uploads)]


class LedgerCache:
    """The app's ledger, rebuilt when the index's reports change (keyed by id and digest)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[tuple[str, str], ...] | None = None
        self._ledger: Ledger | None = None

    def get(self, index: SearchIndex) -> Ledger:
        key = tuple(sorted(index.report_versions().items()))
        with self._lock:
            if self._ledger is None or key != self._key:
                embedder = index.embedder
                if embedder is None:
                    raise Unavailable("the goal ledger needs an index with an embedder")
                reports = index.list_reports()
                self._ledger = build_ledger(reports, embedder)
                # keyed on the reports it was built from (a write in between rebuilds next time)
                self._key = tuple(sorted((r.id, r.digest) for r in reports))
            return self._ledger


def ledger_of(app: FastAPI, index: SearchIndex) -> Ledger:
    """The app's current ledger (built on first use)."""
    cache: LedgerCache | None = getattr(app.state, "goal_ledger", None)
    if cache is None:
        raise Unavailable("the goal ledger is not installed")
    return cache.get(index)


def get_ledger(request: Request) -> Ledger:
    return ledger_of(request.app, get_index(request))


LedgerDep = Annotated[Ledger, Depends(get_ledger)]
