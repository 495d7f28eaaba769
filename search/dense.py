"""The dense index: FAISS inner product over L2-normalised vectors (exact flat, or HNSW).

Filtered searches never lose hits to the filter: few allowed rows are scored exactly from the
vectors FAISS stores; many allowed rows go through FAISS with an id selector.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import faiss as _faiss
import numpy as np
import numpy.typing as npt

from search.fusion import top_rows
from search.manifest import atomic_write

faiss: Any = _faiss  # the swig module is untyped

__all__ = ["EXACT_FILTER_ROWS", "HNSW_EF_SEARCH", "HNSW_M", "DenseIndex", "choose_ann"]

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 96
EXACT_FILTER_ROWS = 20_000
"""A filter leaving at most this many rows is scored exactly by brute force."""

Rows = npt.NDArray[np.int64]
Scores = npt.NDArray[np.float32]


def choose_ann(ann: str, chunks: int, threshold: int) -> str:
    """ "flat" or "hnsw" for the `ann` setting ("flat" | "hnsw" | "auto") and the chunk count."""
    if ann not in ("flat", "hnsw", "auto"):
        raise ValueError(f"setting 'ann' must be 'flat', 'hnsw' or 'auto', not {ann!r}")
    if ann == "auto":
        return "hnsw" if chunks > threshold else "flat"
    return ann


class DenseIndex:
    """A FAISS index whose ids are row numbers 0..n-1."""

    def __init__(self, index: Any, kind: str) -> None:
        self._index = index
        self.kind = kind

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @classmethod
    def build(cls, vectors: npt.NDArray[np.float32], kind: str) -> DenseIndex:
        dim = int(vectors.shape[1])
        if kind == "hnsw":
            index: Any = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            index = faiss.IndexFlatIP(dim)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index, kind)

    def extended(self, vectors: npt.NDArray[np.float32]) -> DenseIndex:
        """A copy with `vectors` appended as rows size.. (this index, which readers may be
        searching, is left untouched)."""
        clone = faiss.clone_index(self._index)
        if self.kind == "hnsw":
            clone.hnsw.efSearch = HNSW_EF_SEARCH
        if len(vectors):
            clone.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return DenseIndex(clone, self.kind)

    def save(self, path: Path) -> None:
        atomic_write(path, faiss.serialize_index(self._index).tobytes())

    @classmethod
    def load(cls, path: Path, kind: str) -> DenseIndex:
        data = np.fromfile(path, dtype=np.uint8)
        index = faiss.deserialize_index(data)
        if kind == "hnsw":
            index.hnsw.efSearch = HNSW_EF_SEARCH
        return cls(index, kind)

    def search(
        self, query: npt.NDArray[np.float32], k: int, mask: npt.NDArray[np.bool_] | None = None
    ) -> tuple[Rows, Scores]:
        """Top-k rows (best first) and their inner products, restricted to `mask` when given."""
        query = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        if self.size == 0 or k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        if mask is None:
            scores, rows = self._index.search(query, min(k, self.size))
            return _valid(rows[0], scores[0])
        allowed = np.flatnonzero(mask).astype(np.int64)
        if len(allowed) <= EXACT_FILTER_ROWS:
            return self._exact(query, allowed, k)
        selector = faiss.IDSelectorBatch(allowed)
        if self.kind == "hnsw":
            ef = max(HNSW_EF_SEARCH, 2 * k)
            params: Any = faiss.SearchParametersHNSW(sel=selector, efSearch=ef)
        else:
            params = faiss.SearchParameters(sel=selector)
        scores, rows = self._index.search(query, min(k, len(allowed)), params=params)
        return _valid(rows[0], scores[0])

    def _exact(self, query: npt.NDArray[np.float32], allowed: Rows, k: int) -> tuple[Rows, Scores]:
        if len(allowed) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        vectors = self._index.reconstruct_batch(allowed)
        scores = (vectors @ query[0]).astype(np.float32)
        top = top_rows(scores, k)
        return allowed[top], scores[top]


def _valid(rows: Rows, scores: Scores) -> tuple[Rows, Scores]:
    keep = rows >= 0
    return rows[keep].astype(np.int64), scores[keep].astype(np.float32)
