"""The store of record: SQLite (WAL, synchronous=FULL, foreign keys) holding reports, sections,
chunks and embeddings keyed by (embedder name, hash of the embedded text).

One connection writes (callers serialise writes); every reading thread gets its own connection,
so reads proceed while a write transaction is open (WAL).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ingest.goals import GOALS_FORMAT, extract_goals
from ingest.types import Chunk, Report, ReportMeta
from search import codec
from search.errors import IndexCorrupt

__all__ = ["STORE_FILE", "Store", "check_store"]

STORE_FILE = "store.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports(
    id TEXT PRIMARY KEY, source TEXT NOT NULL, digest TEXT NOT NULL,
    meta TEXT NOT NULL, pages TEXT NOT NULL, added_at TEXT NOT NULL, goals TEXT);
CREATE TABLE IF NOT EXISTS sections(
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY(report_id, ordinal));
CREATE TABLE IF NOT EXISTS chunks(
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, id TEXT NOT NULL, text_hash TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY(report_id, ordinal));
CREATE INDEX IF NOT EXISTS chunks_by_id ON chunks(id);
CREATE TABLE IF NOT EXISTS embeddings(
    embedder TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY(embedder, hash));
"""
_REPORT = "SELECT id, source, digest, meta, pages, goals FROM reports"
_WITHOUT_GOALS = "SELECT id, source, digest, meta, pages, goals FROM reports WHERE goals IS NULL"
_GOALS_FORMAT = "SELECT value FROM settings WHERE key='goals_format'"
_ReportRow = tuple[str, str, str, str, str, str | None]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def check_store(path: Path) -> None:
    """Raise IndexCorrupt when the store at `path` exists but cannot be opened (absent is fine:
    it will be created)."""
    if path.exists():
        Store(path).close()


class Store:
    """Typed access to the SQLite file `index_dir/store.sqlite3`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists() and path.stat().st_size == 0:
            # SQLite would silently treat it as a new database and everything be re-embedded;
            # a real store is never empty (the WAL header is written as it is created)
            raise IndexCorrupt(
                f"{path}: the SQLite store is empty (0 bytes), so it is damaged, not new; "
                "run `rapport index --rebuild` (or delete the file) to start over"
            )
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        try:
            self._writer = _connect(path)
            self._writer.executescript(_SCHEMA)
            self._store_goals()
        except sqlite3.DatabaseError as exc:
            raise IndexCorrupt(
                f"{path}: not a readable SQLite store ({exc}); run `rapport index --rebuild`"
            ) from exc

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.path)
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def close(self) -> None:
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        self._writer.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._writer
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # settings -----------------------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        row = self._reader().execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))

    def _store_goals(self) -> None:
        """A store written before goals were stored gets a goals column, and each report its
        goals, extracted once from its stored pages (the same parse ingest runs); goals
        extracted by older rules (ingest.goals.GOALS_FORMAT) are extracted again."""
        conn = self._writer
        columns = {row[1] for row in conn.execute("PRAGMA table_info(reports)")}
        current = conn.execute(_GOALS_FORMAT).fetchone() == (GOALS_FORMAT,)
        if (
            current
            and "goals" in columns
            and not conn.execute(_WITHOUT_GOALS + " LIMIT 1").fetchone()
        ):
            return
        with self._transaction() as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(reports)")}
            if "goals" not in columns:
                conn.execute("ALTER TABLE reports ADD COLUMN goals TEXT")
            current = conn.execute(_GOALS_FORMAT).fetchone() == (GOALS_FORMAT,)  # another
            if not current:  # process may have extracted them while this one waited
                conn.execute("UPDATE reports SET goals=NULL")
                conn.execute(
                    "INSERT OR REPLACE INTO settings(key, value) VALUES ('goals_format', ?)",
                    (GOALS_FORMAT,),
                )
            for row in conn.execute(_WITHOUT_GOALS).fetchall():
                goals = extract_goals(self._report(row, conn))
                conn.execute(
                    "UPDATE reports SET goals=? WHERE id=?", (codec.goals_to_json(goals), row[0])
                )

    # reports ------------------------------------------------------------------------------
    def report_states(self) -> dict[str, tuple[str, str]]:
        """report id -> (digest, source) of every stored report."""
        rows = self._reader().execute("SELECT id, digest, source FROM reports").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def put_report(
        self,
        report: Report,
        text_hashes: list[str],
        embedder: str,
        vectors: dict[str, npt.NDArray[np.float32]],
    ) -> None:
        """Replace (or insert) a report with its sections, chunks and new embeddings atomically."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction() as conn:
            conn.execute("DELETE FROM reports WHERE id=?", (report.id,))
            conn.execute(
                "INSERT INTO reports(id, source, digest, meta, pages, added_at, goals)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    report.id,
                    report.source,
                    report.digest,
                    codec.meta_to_json(report.meta),
                    codec.pages_to_json(report.pages),
                    now,
                    codec.goals_to_json(report.goals),
                ),
            )
            conn.executemany(
                "INSERT INTO sections(report_id, ordinal, id, body) VALUES (?,?,?,?)",
                [
                    (report.id, i, s.id, codec.section_to_json(s))
                    for i, s in enumerate(report.sections)
                ],
            )
            conn.executemany(
                "INSERT INTO chunks(report_id, ordinal, id, text_hash, body) VALUES (?,?,?,?,?)",
                [
                    (report.id, i, c.id, h, codec.chunk_to_json(c))
                    for i, (c, h) in enumerate(zip(report.chunks, text_hashes, strict=True))
                ],
            )
            conn.executemany(
                "INSERT OR IGNORE INTO embeddings(embedder, hash, vector) VALUES (?,?,?)",
                [(embedder, h, v.astype(np.float32).tobytes()) for h, v in vectors.items()],
            )

    def delete_report(self, report_id: str) -> bool:
        """Delete a report (sections and chunks cascade); False when it was not stored."""
        with self._transaction() as conn:
            cursor = conn.execute("DELETE FROM reports WHERE id=?", (report_id,))
        return cursor.rowcount > 0

    def get_report(self, report_id: str) -> Report | None:
        row = self._reader().execute(_REPORT + " WHERE id=?", (report_id,)).fetchone()
        return None if row is None else self._report(row)

    def list_reports(self) -> list[Report]:
        rows = self._reader().execute(_REPORT + " ORDER BY id").fetchall()
        return [self._report(row) for row in rows]

    def _report(self, row: _ReportRow, conn: sqlite3.Connection | None = None) -> Report:
        """The report of a row; goals not stored yet (NULL) are extracted from its pages."""
        conn = conn or self._reader()
        sections = conn.execute(
            "SELECT body FROM sections WHERE report_id=? ORDER BY ordinal", (row[0],)
        ).fetchall()
        chunks = conn.execute(
            "SELECT body FROM chunks WHERE report_id=? ORDER BY ordinal", (row[0],)
        ).fetchall()
        report = Report(
            id=row[0],
            source=row[1],
            digest=row[2],
            meta=codec.meta_from_json(row[3]),
            pages=codec.pages_from_json(row[4]),
            sections=tuple(codec.section_from_json(s[0]) for s in sections),
            chunks=tuple(codec.chunk_from_json(c[0]) for c in chunks),
            goals=codec.goals_from_json(row[5]) if row[5] is not None else (),
        )
        return report if row[5] is not None else replace(report, goals=extract_goals(report))

    # chunks and vectors --------------------------------------------------------------------
    def metas(self) -> dict[str, ReportMeta]:
        rows = self._reader().execute("SELECT id, meta FROM reports").fetchall()
        return {r[0]: codec.meta_from_json(r[1]) for r in rows}

    def rows(self) -> list[tuple[Chunk, str]]:
        """Every chunk with the hash of its embedded text, in the order reports were stored
        (a report added later comes last, so derived indexes can grow at the end)."""
        rows = (
            self._reader()
            .execute(
                "SELECT c.body, c.text_hash FROM chunks c JOIN reports r ON r.id = c.report_id"
                " ORDER BY r.rowid, c.ordinal"
            )
            .fetchall()
        )
        return [(codec.chunk_from_json(r[0]), r[1]) for r in rows]

    def counts(self) -> tuple[int, int]:
        """(reports, chunks)."""
        conn = self._reader()
        reports = conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        chunks = conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        return int(reports), int(chunks)

    def cached_hashes(self, embedder: str, hashes: Iterable[str]) -> set[str]:
        """The subset of `hashes` already embedded by `embedder`."""
        conn = self._reader()
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = conn.execute(
                f"SELECT hash FROM embeddings WHERE embedder=? AND hash IN ({marks})",
                (embedder, *part),
            ).fetchall()
            found.update(r[0] for r in rows)
        return found

    def vectors(self, embedder: str, hashes: list[str], dim: int) -> npt.NDArray[np.float32]:
        """Stored vectors for `hashes`, in that order; IndexCorrupt when one is missing."""
        found = self.vectors_found(embedder, hashes, dim)
        out = np.zeros((len(hashes), dim), dtype=np.float32)
        for row, h in enumerate(hashes):
            vector = found.get(h)
            if vector is None:
                raise IndexCorrupt(f"{self.path}: no {embedder} embedding for text hash {h}")
            out[row] = vector
        return out

    def vectors_found(
        self, embedder: str, hashes: Iterable[str], dim: int
    ) -> dict[str, npt.NDArray[np.float32]]:
        """The stored vectors of those `hashes` that have one (of length `dim`)."""
        conn = self._reader()
        wanted = list(dict.fromkeys(hashes))
        found: dict[str, npt.NDArray[np.float32]] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = conn.execute(
                f"SELECT hash, vector FROM embeddings WHERE embedder=? AND hash IN ({marks})",
                (embedder, *part),
            ).fetchall()
            for h, blob in rows:
                if len(blob) == dim * 4:
                    found[h] = np.frombuffer(blob, dtype=np.float32)
        return found
