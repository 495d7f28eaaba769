"""Opening the index of the corpus at start-up: build or refresh it first when needed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import ingest
import search
from ingest.types import Report
from search.protocols import SearchIndex

__all__ = ["UPLOADS", "open_corpus_index", "restore_uploads"]

log = logging.getLogger(__name__)

UPLOADS = "uploads"
"""Sub-folder of the index directory where accepted uploads are kept (uploads/<sha>/<name>)."""

Parser = Callable[[bytes, str], list[Report]]


def restore_uploads(index: SearchIndex, uploads_dir: Path, parse: Parser) -> int:
    """Index kept uploads the store does not hold (after `--rebuild`, or a crash between saving
    the file and indexing it); returns how many files were restored. Stored ones are not re-read,
    and the rest go through `parse` (the sandboxed parser in the server)."""
    if not uploads_dir.is_dir():
        return 0
    stored = {report.source for report in index.list_reports()}
    restored = 0
    for path in sorted(p for p in uploads_dir.glob("*/*") if p.is_file()):
        if str(path) in stored or path.name.endswith(".tmp"):
            continue
        try:
            reports = parse(path.read_bytes(), path.name)
        except Exception as exc:  # one bad kept file must not stop the server
            log.warning("skipped kept upload %s: %s", path, exc)
            continue
        index.add_reports([replace(r, source=str(path)) for r in reports])
        restored += 1
    return restored


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
    """Open (creating if absent) the index in `index_dir`, sync it with the corpus folder (new or
    changed reports are embedded; unchanged ones cost nothing) and restore kept uploads the store
    lacks, parsed by `parse_upload` (in-process `ingest.read_bytes` when None)."""
    started = time.perf_counter()
    index = search.open_index(
        index_dir,
        search.make_embedder(embedder),
        ann=ann,
        ann_threshold=ann_threshold,
        progress=progress,
    )
    if corpus_dir.is_dir():
        result = ingest.read_paths([corpus_dir])
        for failure in result.failures:
            log.warning("skipped %s: %s", failure.path, failure.reason)
        stats = index.sync(result.reports)
        log.info("corpus synced in %.1f s: %s", time.perf_counter() - started, stats)
    else:
        log.warning("corpus folder %s does not exist; serving the index as it is", corpus_dir)
    restored = restore_uploads(index, index_dir / UPLOADS, parse_upload or _read_bytes)
    if restored:
        log.info("restored %d kept upload(s) into the index", restored)
    return index


def _read_bytes(data: bytes, name: str) -> list[Report]:
    return ingest.read_bytes(data, name)
