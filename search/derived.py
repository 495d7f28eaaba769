"""Derived index files (FAISS, BM25) and the immutable snapshot searches read.

Everything here is rebuilt from the SQLite store without re-embedding: on open the manifest's
counts, corpus digest and per-file sha256 are checked against the store *before* FAISS reads a
byte, and whatever is missing, stale or corrupt is rebuilt and the manifest rewritten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ingest.types import Chunk, ReportMeta
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

__all__ = ["DENSE_FILE", "LEXICAL_DIR", "Snapshot", "checksums", "load_snapshot"]

log = logging.getLogger(__name__)

DENSE_FILE = "dense.faiss"
LEXICAL_DIR = "bm25"
NEW = "new index"
QUIET = (NEW, "rewrite")


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
    """sha256 of every derived file, keyed by its path relative to `directory`."""
    files = [directory / DENSE_FILE, *sorted((directory / LEXICAL_DIR).glob("*"))]
    return {str(p.relative_to(directory)): sha256_file(p) for p in files if p.is_file()}


def _problems(directory: Path, found: Manifest | None, expected: Manifest) -> tuple[str, str]:
    """Why the dense / lexical files cannot be used as they are ("" when they can)."""
    if found is None:
        reason = "no readable manifest" if (directory / MANIFEST_FILE).exists() else NEW
        return reason, reason
    if found.format_version != FORMAT_VERSION:
        reason = f"format version {found.format_version} != {FORMAT_VERSION}"
        return reason, reason
    if (found.corpus_digest, found.reports, found.chunks) != (
        expected.corpus_digest,
        expected.reports,
        expected.chunks,
    ):
        reason = "manifest counts/digest differ from the SQLite store"
        return reason, reason
    dense = "" if found.ann == expected.ann else f"ann {found.ann} -> {expected.ann}"
    dense = dense or _bad_files(directory, found, DENSE_FILE)
    lexical = "" if found.lexical == expected.lexical else "analysis settings changed"
    return dense, lexical or _bad_files(directory, found, LEXICAL_DIR + "/")


def _bad_files(directory: Path, manifest: Manifest, prefix: str) -> str:
    names = [n for n in manifest.files if n == prefix or n.startswith(prefix)]
    if not names:
        return f"manifest lists no {prefix} file"
    for name in names:
        path = directory / name
        if not path.is_file():
            return f"{path} is missing"
        if sha256_file(path) != manifest.files[name]:
            return f"{path} fails its checksum"
    return ""


def load_snapshot(
    directory: Path,
    store: Store,
    embedder: str,
    dim: int,
    ann_kind: str,
    *,
    force: bool = False,
    previous: Snapshot | None = None,
) -> Snapshot:
    """Verify the derived files against the store, rebuild what is broken, load the rest.

    `force` rewrites both files after a write; with the `previous` snapshot, rows that only
    grew at the end extend a copy of its dense index instead of rebuilding it.
    """
    rows = store.rows()
    chunks = tuple(c for c, _ in rows)
    metas = store.metas()
    expected = Manifest(
        format_version=FORMAT_VERSION,
        embedder=embedder,
        dim=dim,
        ann=ann_kind,
        corpus_digest=corpus_digest(embedder, [c.id for c in chunks]),
        reports=len(metas),
        chunks=len(chunks),
        lexical=ANALYSIS,
    )
    reasons = (
        ("rewrite", "rewrite")
        if force
        else _problems(directory, read_manifest(directory), expected)
    )
    dense, dense_rebuilt = _dense(directory, store, rows, expected, reasons[0], previous)
    lexical, lexical_rebuilt = _lexical(directory, rows, metas, reasons[1])
    manifest = None if dense_rebuilt or lexical_rebuilt else read_manifest(directory)
    if manifest is None:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        manifest = replace(expected, files=checksums(directory), created_at=created)
        write_manifest(directory, manifest)
    by_id: dict[str, int] = {}
    for row, chunk in enumerate(chunks):
        by_id.setdefault(chunk.id, row)
    hashes = tuple(h for _, h in rows)
    return Snapshot(chunks, metas, by_id, dense, lexical, manifest, Columns.of(chunks), hashes)


def _log_rebuild(path: Path, reason: str) -> None:
    if reason in QUIET:
        log.info("writing %s", path)
    else:
        log.warning("rebuilding %s from the SQLite store: %s", path, reason)


def _dense(
    directory: Path,
    store: Store,
    rows: list[tuple[Chunk, str]],
    expected: Manifest,
    reason: str,
    previous: Snapshot | None,
) -> tuple[DenseIndex, bool]:
    path = directory / DENSE_FILE
    if not reason:
        try:
            return DenseIndex.load(path, expected.ann), False
        except RuntimeError as exc:
            reason = f"{path} unreadable ({exc})"
    _log_rebuild(path, reason)
    hashes = [h for _, h in rows]
    grown = previous is not None and _grew(previous, hashes, expected.ann)
    start = len(previous.hashes) if grown and previous is not None else 0
    vectors = store.vectors(expected.embedder, hashes[start:], expected.dim)
    if grown and previous is not None:
        dense = previous.dense.extended(vectors)
    else:
        dense = DenseIndex.build(vectors, expected.ann)
    dense.save(path)
    return dense, True


def _grew(previous: Snapshot, hashes: list[str], ann: str) -> bool:
    """Whether the rows are the previous snapshot's rows plus new ones at the end."""
    n = len(previous.hashes)
    return (
        previous.dense.kind == ann
        and previous.dense.size == n
        and 0 < n <= len(hashes)
        and tuple(hashes[:n]) == previous.hashes
    )


def _lexical(
    directory: Path,
    rows: list[tuple[Chunk, str]],
    metas: dict[str, ReportMeta],
    reason: str,
) -> tuple[LexicalIndex, bool]:
    path = directory / LEXICAL_DIR
    if not reason:
        try:
            return LexicalIndex.load(path), False
        except (OSError, ValueError, KeyError) as exc:
            reason = f"{path} unreadable ({exc})"
    _log_rebuild(path, reason)
    lexical = LexicalIndex.build([passage_text(c, metas[c.report_id]) for c, _ in rows])
    lexical.save(path)
    return lexical, True
