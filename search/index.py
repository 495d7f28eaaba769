"""`Index`: the SearchIndex over an index directory (SQLite store + immutable generations of
derived FAISS/BM25 files, search.generations).

Writes (add, delete, sync) hold the writer lock (one writer across threads and processes),
commit each report in one SQLite transaction, then publish a new generation built from the store
and swap in its immutable snapshot; searches read the current snapshot without locking, so they
run concurrently with a writer. `refresh` (or `watch`) follows generations other processes
publish.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ingest.types import Chunk, Report, ReportMeta
from search.dense import choose_ann
from search.derived import DENSE_FILE, LEXICAL_DIR, Snapshot
from search.errors import IndexCorrupt, IndexMismatch, NotFound
from search.filters import matches
from search.generations import CURRENT_FILE, GENERATIONS_DIR
from search.index_queries import IndexQueries
from search.live import LiveGeneration, Target
from search.manifest import MANIFEST_FILE
from search.passage import PASSAGE_FORMAT
from search.protocols import Embedder, SearchIndex
from search.sentences import SENTENCE_FORMAT
from search.store import STORE_FILE, Store
from search.storing import EMBED_BATCH, PassageEmbedder, Progress, store_reports
from search.syncplan import SyncStats, plan_sync
from search.types import Filters
from search.watch import Watcher

__all__ = ["EMBED_BATCH", "Index", "Progress", "SyncStats", "open_index"]

log = logging.getLogger(__name__)


def open_index(
    index_dir: Path,
    embedder: Embedder,
    *,
    ann: str = "auto",
    ann_threshold: int = 200_000,
    progress: bool = False,
    rebuild: bool = False,
) -> Index:
    """Open (creating when absent) the index in `index_dir` for `embedder`.

    `rebuild=True` deletes the store and derived files first. Raises IndexMismatch when the
    directory was built with another embedder.
    """
    index_dir = Path(index_dir)
    if rebuild:
        _wipe(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    choose_ann(ann, 0, ann_threshold)  # validates the setting early
    store = Store(index_dir / STORE_FILE)
    try:
        _check_embedder(index_dir, store, embedder)
        return Index(index_dir, embedder, store, ann, ann_threshold, progress)
    except sqlite3.DatabaseError as exc:
        store.close()
        raise IndexCorrupt(
            f"{store.path}: the SQLite store is damaged ({exc}); run `rapport index --rebuild`"
        ) from exc
    except BaseException:
        store.close()
        raise


def _wipe(index_dir: Path) -> None:
    stored = (STORE_FILE, f"{STORE_FILE}-wal", f"{STORE_FILE}-shm")
    for name in (*stored, MANIFEST_FILE, DENSE_FILE, CURRENT_FILE):
        (index_dir / name).unlink(missing_ok=True)
    shutil.rmtree(index_dir / LEXICAL_DIR, ignore_errors=True)
    shutil.rmtree(index_dir / GENERATIONS_DIR, ignore_errors=True)


def _check_embedder(index_dir: Path, store: Store, embedder: Embedder) -> None:
    """Refuse a non-empty store embedded by another model; an empty one adopts `embedder`."""
    wanted = f"{embedder.name} (dim {embedder.dim})"
    stored = store.get_setting("embedder")
    if stored is not None and stored != wanted and store.counts()[1] > 0:
        raise IndexMismatch(
            f"index {index_dir} was built with embedder {stored}, not {wanted}: run "
            f"`rapport index --rebuild` to re-embed with {embedder.name}, or use a new index_dir"
        )
    if stored != wanted:
        store.set_setting("embedder", wanted)
    if store.counts()[1] == 0:
        store.set_setting("passage_format", PASSAGE_FORMAT)
        store.set_setting("sentence_format", SENTENCE_FORMAT)


class Index(IndexQueries):
    """Hybrid search over stored reports; implements search.protocols.SearchIndex."""

    def __init__(
        self,
        directory: Path,
        embedder: Embedder,
        store: Store,
        ann: str,
        ann_threshold: int,
        progress: bool,
    ) -> None:
        self.directory = directory
        self.embedder = embedder
        self._store = store
        self._ann = ann
        self._ann_threshold = ann_threshold
        self._progress = progress
        # Query and passage embeddings never wait for each other (the embedders are safe to call
        # from several threads), and a short query never waits at all: only long ones (a pasted
        # draft, cut to one model window by E5Embedder) take turns, one at a time, so they can
        # occupy at most one core while searches go on.
        self._long_queries = threading.Lock()
        self._passage_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._queries: dict[str, npt.NDArray[np.float32]] = {}
        self._background: tuple[Snapshot, npt.NDArray[np.float32]] | None = None
        self._written: tuple[Snapshot, dict[str, str | None]] | None = None
        self._watcher: Watcher | None = None
        self._live = LiveGeneration(directory, store, self._target())

    @property
    def _snap(self) -> Snapshot:
        return self._live.snapshot

    def _target(self) -> Target:
        kind = choose_ann(self._ann, self._store.counts()[1], self._ann_threshold)
        return Target(self.embedder.name, self.embedder.dim, kind)

    def _publish(self, previous: Snapshot | None) -> None:
        """After a write (writer lock held): a new generation from the store, served at once
        (the dense index kind follows the store's size: setting ann='auto')."""
        self._live.publish(previous, self._target())

    # generations ------------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        """The number of the generation this index serves."""
        return self._live.number

    def refresh(self) -> bool:
        """Serve the generation `CURRENT` names when it is not the one served (newer, or lower
        after the pointer was set back or the folder rebuilt); True when it swapped. Cheap when
        the pointer did not change (one stat of the pointer file)."""
        return self._live.refresh()

    def watch(self, interval: float = 1.0) -> None:
        """Call `refresh` every `interval` seconds in a daemon thread until `close`."""
        if self._watcher is None:
            self._watcher = Watcher(self.refresh, interval, "rapport-generations").start()

    # reads (search, evidence, background, doc_freq, chunks_with, embed_query: IndexQueries)
    def iter_chunks(self, filters: Filters | None = None) -> Iterator[tuple[Chunk, ReportMeta]]:
        snap = self._snap
        for chunk in snap.chunks:
            meta = snap.metas[chunk.report_id]
            if matches(chunk, meta, filters):
                yield chunk, meta

    def list_reports(self) -> list[Report]:
        return self._store.list_reports()

    def get_report(self, report_id: str) -> Report:
        report = self._store.get_report(report_id)
        if report is None:
            raise NotFound(f"no report with id {report_id!r} in {self.directory}")
        return report

    def get_chunk(self, chunk_id: str) -> tuple[Chunk, ReportMeta]:
        snap = self._snap
        row = snap.by_id.get(chunk_id)
        if row is None:
            raise NotFound(f"no chunk with id {chunk_id!r} in {self.directory}")
        chunk = snap.chunks[row]
        return chunk, snap.metas[chunk.report_id]

    def stats(self) -> dict[str, Any]:
        snap, number = self._live.served()
        m = snap.manifest
        return {
            "index_dir": str(self.directory),
            "embedder": m.embedder,
            "dim": m.dim,
            "ann": m.ann,
            "reports": m.reports,
            "chunks": m.chunks,
            "corpus_digest": m.corpus_digest,
            "created_at": m.created_at,
            "generation": number,
        }

    def report_metas(self) -> dict[str, ReportMeta]:
        return dict(self._snap.metas)

    def report_versions(self) -> dict[str, str]:
        """Report id -> content digest, read from the store without decoding any report."""
        return {rid: digest for rid, (digest, _source) in self._store.report_states().items()}

    # writes --------------------------------------------------------------------------------
    def add_reports(self, reports: Sequence[Report]) -> int:
        """Store, embed (cache misses only) and index reports, replacing same-id ones."""
        with self._live.writer.held():
            added, _ = self._put(reports)
            self._publish(self._snap)
        return added

    def delete_report(self, report_id: str) -> None:
        with self._live.writer.held():
            if not self._store.delete_report(report_id):
                raise NotFound(f"no report with id {report_id!r} in {self.directory}")
            self._publish(self._snap)

    def sync(self, reports: Sequence[Report], progress: Progress | None = None) -> SyncStats:
        """Make the index hold the given reports' current versions (see syncplan.plan_sync).

        Searches keep reading the previous snapshot until the whole sync is stored, then switch.
        `progress` hears (done, total) after each stored report; an exception it raises stops
        the sync (what was stored stays: each report is its own transaction).
        """
        start = time.perf_counter()
        with self._live.writer.held():
            stored = self._store.report_states()
            reformat = self._formats_changed() and bool(stored)
            plan = plan_sync(reports, stored, reformat=reformat)
            _, embedded = self._put(plan.put, progress)
            for rid in plan.delete:
                self._store.delete_report(rid)
            if plan.put or plan.delete:
                self._publish(self._snap)
            else:  # what another process published while this one waited for the lock
                self.refresh()
            self._store.set_setting("passage_format", PASSAGE_FORMAT)
            self._store.set_setting("sentence_format", SENTENCE_FORMAT)
        return SyncStats(
            added=plan.added,
            replaced=plan.replaced,
            deleted=len(plan.delete),
            unchanged=plan.unchanged,
            chunks_embedded=embedded,
            seconds=time.perf_counter() - start,
        )

    def _formats_changed(self) -> bool:
        """Whether stored reports were embedded with another passage or sentence format (then
        every report is stored again; only embeddings missing from the cache are computed)."""
        passage = self._store.get_setting("passage_format")
        sentence = self._store.get_setting("sentence_format")
        if passage != PASSAGE_FORMAT or sentence != SENTENCE_FORMAT:
            log.info(
                "index format changed (passages %s -> %s, sentences %s -> %s): storing every "
                "report again",
                passage,
                PASSAGE_FORMAT,
                sentence,
                SENTENCE_FORMAT,
            )
            return True
        return False

    def rebuild_derived(self) -> None:
        """Rewrite the FAISS/BM25 files and the manifest from the store (no re-embedding)."""
        with self._live.writer.held():
            self._publish(None)

    def _put(self, reports: Sequence[Report], progress: Progress | None = None) -> tuple[int, int]:
        """Store reports with their embeddings (search.storing); (chunks, texts embedded)."""
        embed = PassageEmbedder(self.embedder, self._passage_lock)
        return store_reports(self._store, embed, reports, progress, bar=self._progress)

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        self._live.close()
        self._store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _conforms(index: Index) -> SearchIndex:
    """mypy checks here that Index implements the SearchIndex protocol."""
    return index
