"""The files of one index generation (FAISS, BM25, the rows they index, the manifest) and the
immutable snapshot searches read.

A generation is written once, into an empty folder (`write_generation`, from the SQLite store,
without re-embedding), and only read after (`read_generation`): the manifest's counts, corpus
digest and per-file sha256 are checked *before* FAISS reads a byte. A generation that is
missing, stale or corrupt is not repaired: the caller builds a new one (search.generations).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ingest.types import Chunk, ReportMeta
from search import codec
from search.dense import DenseIndex
from search.filters import Columns
from search.lexical import ANALYSIS, LexicalIndex
from search.manifest import (
    FORMAT_VERSION,
    MANIFEST_FILE,
    Manifest,
    corpus_digest,
    read_manifest,
    sha256_file,
    write_manifest,
)
from search.passage import passage_text
from search.store import Store

__all__ = [
    "DENSE_FILE",
    "LEXICAL_DIR",
    "ROWS_FILE",
    "Snapshot",
    "checksums",
    "expected_manifest",
    "read_generation",
    "write_generation",
]

log = logging.getLogger(__name__)

DENSE_FILE = "dense.faiss"
LEXICAL_DIR = "bm25"
ROWS_FILE = "rows.json"
NEW = "new index"
QUIET = (NEW,)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything one search needs; replaced whole (never mutated) after each write."""

    chunks: tuple[Chunk, ...]
    metas: dict[str, ReportMeta]
    by_id: dict[str, int]  # chunk id -> row (first occurrence)
    dense: DenseIndex
    lexical: LexicalIndex
    manifest: Manifest
    columns: Columns
    hashes: tuple[str, ...] = ()  # passage hash of each row (what its vector embeds)


def checksums(directory: Path) -> dict[str, str]:
    """sha256 of every file of a generation but the manifest, keyed by relative path."""
    files = [directory / DENSE_FILE, directory / ROWS_FILE]
    files += sorted((directory / LEXICAL_DIR).glob("*"))
    return {str(p.relative_to(directory)): sha256_file(p) for p in files if p.is_file()}


def expected_manifest(
    store: Store, embedder: str, dim: int, ann_kind: str
) -> tuple[Manifest, list[tuple[Chunk, str]]]:
    """What a generation built from the store now would say (with the store's rows)."""
    rows = store.rows()
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        embedder=embedder,
        dim=dim,
        ann=ann_kind,
        corpus_digest=corpus_digest(embedder, [c.id for c, _ in rows]),
        reports=store.counts()[0],
        chunks=len(rows),
        lexical=ANALYSIS,
    )
    return manifest, rows


def _problem(directory: Path, found: Manifest | None, expected: Manifest) -> str:
    """Why the generation in `directory` cannot serve for `expected` ("" when it can)."""
    if found is None:
        return "no readable manifest" if (directory / MANIFEST_FILE).exists() else NEW
    if found.format_version != FORMAT_VERSION:
        return f"format version {found.format_version} != {FORMAT_VERSION}"
    if (found.embedder, found.dim) != (expected.embedder, expected.dim):
        return f"built by {found.embedder} (dim {found.dim})"
    if expected.corpus_digest and (found.corpus_digest, found.reports, found.chunks) != (
        expected.corpus_digest,
        expected.reports,
        expected.chunks,
    ):
        return "manifest counts/digest differ from the SQLite store"
    if expected.ann and found.ann != expected.ann:
        return f"ann {found.ann} -> {expected.ann}"
    if found.lexical != expected.lexical:
        return "analysis settings changed"
    for name in (DENSE_FILE, ROWS_FILE, LEXICAL_DIR + "/"):
        if not any(n == name or n.startswith(name) for n in found.files):
            return f"manifest lists no {name} file"
    for name, digest in found.files.items():
        path = directory / name
        if not path.is_file():
            return f"{path} is missing"
        if sha256_file(path) != digest:
            return f"{path} fails its checksum"
    return ""


def read_generation(directory: Path, expected: Manifest) -> Snapshot | None:
    """The generation in `directory` when it is intact and matches `expected` (fields left
    empty there are not compared), else None with the reason logged."""
    found = read_manifest(directory)
    reason = _problem(directory, found, expected)
    if not reason and found is not None:
        try:
            metas, rows = codec.rows_from_json((directory / ROWS_FILE).read_bytes())
            dense = DenseIndex.load(directory / DENSE_FILE, found.ann)
            lexical = LexicalIndex.load(directory / LEXICAL_DIR)
            return _snapshot(rows, metas, dense, lexical, found)
        except (RuntimeError, OSError, ValueError, KeyError, TypeError) as exc:
            reason = f"{directory} unreadable ({exc})"
    if reason in QUIET:
        log.info("no index generation in %s yet", directory.parent.parent)
    else:
        log.warning("rebuilding the derived files from the SQLite store: %s", reason)
    return None


def write_generation(
    directory: Path,
    store: Store,
    expected: Manifest,
    rows: list[tuple[Chunk, str]],
    previous: Snapshot | None = None,
) -> Snapshot:
    """Build every file of a generation in the empty folder `directory` from the store's `rows`;
    with the `previous` snapshot, rows that only grew at the end extend a copy of its dense
    index instead of rebuilding it. The manifest is written last."""
    metas = store.metas()
    (directory / ROWS_FILE).write_bytes(codec.rows_to_json(metas, rows))
    dense = _dense(directory, store, rows, expected, previous)
    lexical = LexicalIndex.build([passage_text(c, metas[c.report_id]) for c, _ in rows])
    lexical.save(directory / LEXICAL_DIR)
    _fsync(directory / ROWS_FILE)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    manifest = replace(expected, files=checksums(directory), created_at=created)
    write_manifest(directory, manifest)
    return _snapshot(rows, metas, dense, lexical, manifest)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _snapshot(
    rows: list[tuple[Chunk, str]],
    metas: dict[str, ReportMeta],
    dense: DenseIndex,
    lexical: LexicalIndex,
    manifest: Manifest,
) -> Snapshot:
    chunks = tuple(c for c, _ in rows)
    by_id: dict[str, int] = {}
    for row, chunk in enumerate(chunks):
        by_id.setdefault(chunk.id, row)
    hashes = tuple(h for _, h in rows)
    return Snapshot(chunks, metas, by_id, dense, lexical, manifest, Columns.of(chunks), hashes)


def _dense(
    directory: Path,
    store: Store,
    rows: list[tuple[Chunk, str]],
    expected: Manifest,
    previous: Snapshot | None,
) -> DenseIndex:
    hashes = [h for _, h in rows]
    grown = previous is not None and _grew(previous, hashes, expected.ann)
    start = len(previous.hashes) if grown and previous is not None else 0
    vectors = store.vectors(expected.embedder, hashes[start:], expected.dim)
    if grown and previous is not None:
        dense = previous.dense.extended(vectors)
    else:
        dense = DenseIndex.build(vectors, expected.ann)
    dense.save(directory / DENSE_FILE)
    return dense


def _grew(previous: Snapshot, hashes: list[str], ann: str) -> bool:
    """Whether the rows are the previous snapshot's rows plus new ones at the end."""
    n = len(previous.hashes)
    return (
        previous.dense.kind == ann
        and previous.dense.size == n
        and 0 < n <= len(hashes)
        and tuple(hashes[:n]) == previous.hashes
    )
