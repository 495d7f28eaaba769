"""The manifest of an index directory and crash-safe file writing.

Derived files are written to a temporary name, fsynced, renamed into place and the directory
fsynced; the manifest (with each derived file's sha256) is written last the same way, so a
manifest never describes files that are not fully on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = [
    "FORMAT_VERSION",
    "MANIFEST_FILE",
    "Manifest",
    "atomic_write",
    "corpus_digest",
    "fsync_dir",
    "read_manifest",
    "sha256_file",
    "write_manifest",
]

FORMAT_VERSION = 1
MANIFEST_FILE = "manifest.json"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an index directory holds and how it was built."""

    format_version: int
    embedder: str
    dim: int
    ann: str  # "flat" | "hnsw"
    corpus_digest: str
    reports: int
    chunks: int
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256
    created_at: str = ""
    lexical: str = ""  # analysis settings the BM25 files were built with


def corpus_digest(embedder: str, chunk_ids: list[str]) -> str:
    """sha256 over the embedder name and the ordered chunk ids: the rows the derived files index."""
    h = hashlib.sha256(embedder.encode("utf-8"))
    for chunk_id in chunk_ids:
        h.update(b"\0" + chunk_id.encode("utf-8"))
    return h.hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via tmp + fsync + rename + directory fsync."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_manifest(directory: Path, manifest: Manifest) -> None:
    data = asdict(manifest)
    if not data["created_at"]:
        data["created_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    atomic_write(directory / MANIFEST_FILE, json.dumps(data, indent=2).encode("utf-8"))


def read_manifest(directory: Path) -> Manifest | None:
    """The manifest, or None when it is absent or unreadable (then derived files are rebuilt)."""
    path = directory / MANIFEST_FILE
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(**data)
    except (OSError, ValueError, TypeError):
        return None
