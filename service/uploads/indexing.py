"""Opening the index of the corpus at start-up: build or refresh it first when needed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import ingest
import search
from ingest.types import Report
from search.index import Index, Progress
from search.protocols import SearchIndex
from service.uploads.kept import UPLOADS, KeptUploads

__all__ = ["UPLOADS", "open_corpus_index", "sync_corpus"]

log = logging.getLogger(__name__)

Parser = Callable[[bytes, str], list[Report]]


def sync_corpus(
    index: Index, corpus_dir: Path, uploads: KeptUploads, progress: Progress | None = None
) -> None:
    """Sync the index with the corpus folder (new or changed reports are embedded; unchanged
    ones cost nothing), then restore kept uploads the store lacks."""
    started = time.perf_counter()
    if corpus_dir.is_dir():
        result = ingest.read_paths([corpus_dir])
        for failure in result.failures:
            log.warning("skipped %s: %s", failure.path, failure.reason)
        stats = index.sync(result.reports, progress)
        log.info("corpus synced in %.1f s: %s", time.perf_counter() - started, stats)
    else:
        log.warning("corpus folder %s does not exist; serving the index as it is", corpus_dir)
    restored = uploads.restore(index)
    if restored:
        log.info("restored %d kept upload(s) into the index", restored)


def open_corpus_index(
    index_dir: Path,
    corpus_dir: Path,
    embedder: str,
    *,
    ann: str = "auto",
    ann_threshold: int = 200_000,
    progress: bool = False,
    parse_upload: Parser | None = None,
) -> SearchIndex:
    """Open (creating if absent) the index in `index_dir` and sync it (`sync_corpus`); kept
    uploads are parsed by `parse_upload` (in-process `ingest.read_bytes` when None)."""
    index = search.open_index(
        index_dir,
        search.make_embedder(embedder),
        ann=ann,
        ann_threshold=ann_threshold,
        progress=progress,
    )
    try:
        sync_corpus(index, corpus_dir, KeptUploads(index_dir / UPLOADS, parse_upload or _read))
    except BaseException:
        index.close()
        raise
    return index


def _read(data: bytes, name: str) -> list[Report]:
    return ingest.read_bytes(data, name)
