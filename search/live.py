"""The generation one `Index` serves: open it, publish a new one after a write, and follow
`CURRENT` when another process (or another `Index`) publishes.

The snapshot is swapped whole under a short lock; a search that already took the old snapshot
finishes on it (the old generation's files are memory already, and its lease is dropped only
after the swap). `refresh` is cheap when nothing changed (one `stat` of the pointer); the
service calls it from a `search.watch.Watcher` thread about once a second.
"""

from __future__ import annotations

import logging
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from search.derived import (
    DENSE_FILE,
    LEXICAL_DIR,
    Snapshot,
    expected_manifest,
    read_generation,
    write_generation,
)
from search.generations import (
    Lease,
    current,
    generation_dir,
    new_building_dir,
    pointer_stamp,
    prune,
    publish,
    writer_lock,
)
from search.lexical import ANALYSIS
from search.manifest import FORMAT_VERSION, MANIFEST_FILE, Manifest
from search.store import Store

__all__ = ["LiveGeneration", "Target"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Target:
    """What the served generation must match: the embedder and the dense index kind."""

    embedder: str
    dim: int
    ann: str


class LiveGeneration:
    """The snapshot served from `directory`, the lease on its generation, and the writer lock."""

    def __init__(self, directory: Path, store: Store, target: Target) -> None:
        self.directory = directory
        self.writer = writer_lock(directory)
        self._store = store
        self.target = target
        self._swap = threading.Lock()
        self._lease: Lease | None = None
        self._stamp = pointer_stamp(directory)
        self.snapshot = self._open()

    @property
    def number(self) -> int:
        return self._lease.number if self._lease is not None else 0

    def served(self) -> tuple[Snapshot, int]:
        """The snapshot served and its generation number, read together (a swap changes both
        under the same lock)."""
        with self._swap:
            return self.snapshot, self.number

    def _loose(self) -> Manifest:
        """The fields any generation we serve must match (the store's digest is not one)."""
        t = self.target
        return Manifest(FORMAT_VERSION, t.embedder, t.dim, t.ann, "", 0, 0, lexical=ANALYSIS)

    def _open(self) -> Snapshot:
        """The current generation when it holds the store's rows; else publish one that does.

        A current generation that is intact but behind the store is served as it is while
        another writer holds the lock (it publishes when its write is done)."""
        expected, _ = expected_manifest(self._store, *self._target_args())
        intact = self._read_current(self._loose())
        if intact is not None and _same_rows(intact.manifest, expected):
            return intact
        with self.writer.held(wait=intact is None) as mine:
            if not mine and intact is not None:
                log.info("serving generation %d while another writer works", self.number)
                return intact
            expected, _ = expected_manifest(self._store, *self._target_args())
            again = self._read_current(self._loose())  # perhaps published while we waited
            if again is not None and _same_rows(again.manifest, expected):
                return again
            if again is not None:
                log.warning("generation %d differs from the SQLite store: rebuilding", self.number)
            return self.publish(None)

    def _target_args(self) -> tuple[str, int, str]:
        return self.target.embedder, self.target.dim, self.target.ann

    def _read_current(self, expected: Manifest) -> Snapshot | None:
        number = current(self.directory)
        lease = Lease.take(self.directory, number) if number is not None else None
        if lease is None:
            return None
        snap = read_generation(generation_dir(self.directory, lease.number), expected)
        if snap is None:
            lease.release()
            return None
        self._drop_lease()
        self._lease = lease
        return snap

    def _drop_lease(self) -> None:
        if self._lease is not None:
            self._lease.release()
            self._lease = None

    def publish(self, previous: Snapshot | None, target: Target | None = None) -> Snapshot:
        """Build a generation from the store, point `CURRENT` at it and serve it; call with
        `writer` held. `previous` lets the dense index grow instead of being rebuilt; `target`
        replaces what generations must match (the ann kind follows the store's size)."""
        self.target = target or self.target
        expected, rows = expected_manifest(self._store, *self._target_args())
        building = new_building_dir(self.directory)
        try:
            snap = write_generation(building, self._store, expected, rows, previous)
            number = publish(self.directory, building)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        lease = Lease.take(self.directory, number)
        with self._swap:
            old, self._lease = self._lease, lease
            self.snapshot = snap
            self._stamp = pointer_stamp(self.directory)
        if old is not None:
            old.release()
        _remove_legacy(self.directory)
        prune(self.directory, building_too=True)
        return snap

    def refresh(self) -> bool:
        """Serve the generation `CURRENT` points at when it is not the one served: newer, or
        lower (the pointer was set back, or the folder wiped and rebuilt); True when it swapped."""
        stamp = pointer_stamp(self.directory)
        if stamp == self._stamp:
            return False
        with self._swap:
            number = current(self.directory)
            if number is None or self._serving(number):
                self._stamp = stamp
                return False
            lease = Lease.take(self.directory, number)
            if lease is None:
                return False  # pruned or being written over: look again next time
            snap = read_generation(generation_dir(self.directory, number), self._loose())
            self._stamp = stamp  # a broken generation is not read again until the next one
            if snap is None:
                lease.release()
                return False
            old, self._lease = self._lease, lease
            self.snapshot = snap
        if old is not None:
            old.release()
        log.info("now serving index generation %d", number)
        prune(self.directory)
        return True

    def _serving(self, number: int) -> bool:
        """Whether generation `number` is the very folder served (not a same-numbered one that
        replaced it)."""
        return (
            self._lease is not None
            and self._lease.number == number
            and self._lease.is_at(self.directory)
        )

    def close(self) -> None:
        with self._swap:
            self._drop_lease()


def _same_rows(found: Manifest, expected: Manifest) -> bool:
    """Whether a generation indexes exactly the rows the store holds now."""
    return (found.corpus_digest, found.reports, found.chunks) == (
        expected.corpus_digest,
        expected.reports,
        expected.chunks,
    )


def _remove_legacy(directory: Path) -> None:
    """Derived files an older rapport wrote beside the store (before generations)."""
    for name in (DENSE_FILE, MANIFEST_FILE):
        (directory / name).unlink(missing_ok=True)
    shutil.rmtree(directory / LEXICAL_DIR, ignore_errors=True)
