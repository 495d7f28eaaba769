"""Opening the index of the corpus at start-up: build or refresh it first when needed."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import ingest
import search
from search.protocols import SearchIndex

__all__ = ["open_corpus_index", "sources"]

log = logging.getLogger(__name__)


def sources(corpus_dir: Path, index_dir: Path) -> list[Path]:
    """Folders whose reports make up the index: the corpus plus reports uploaded earlier."""
    uploads = index_dir / "uploads"
    return [p for p in (corpus_dir, uploads) if p.is_dir()]


def open_corpus_index(
    index_dir: Path,
    corpus_dir: Path,
    embedder: str,
    *,
    ann: str = "auto",
    ann_threshold: int = 200_000,
    progress: bool = False,
) -> SearchIndex:
    """Open (creating if absent) the index in `index_dir` and sync it with the corpus folder
    (new or changed reports are embedded; unchanged ones cost nothing)."""
    started = time.perf_counter()
    index = search.open_index(
        index_dir,
        search.make_embedder(embedder),
        ann=ann,
        ann_threshold=ann_threshold,
        progress=progress,
    )
    paths = sources(corpus_dir, index_dir)
    if not paths:
        log.warning("corpus folder %s does not exist; serving the index as it is", corpus_dir)
        return index
    result = ingest.read_paths(paths)
    for failure in result.failures:
        log.warning("skipped %s: %s", failure.path, failure.reason)
    stats = index.sync(result.reports)
    log.info("index ready in %.1f s: %s", time.perf_counter() - started, stats)
    return index
