"""The FAISS wrapper: exact and HNSW, filtered through the brute-force and the selector paths."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import search.dense
from search.dense import DenseIndex, choose_ann
from search.embed import normalize_rows


def _vectors(n: int = 400, dim: int = 16) -> np.ndarray:  # type: ignore[type-arg]
    return normalize_rows(np.random.default_rng(7).normal(size=(n, dim)))


def _exact(vectors: np.ndarray, query: np.ndarray, mask: np.ndarray, k: int) -> list[int]:  # type: ignore[type-arg]
    scores = np.where(mask, vectors @ query, -np.inf)
    return [int(i) for i in np.argsort(-scores, kind="stable")[:k]]


def test_choose_ann() -> None:
    assert choose_ann("auto", 10, 100) == "flat" and choose_ann("auto", 101, 100) == "hnsw"
    assert choose_ann("flat", 10**7, 100) == "flat" and choose_ann("hnsw", 1, 100) == "hnsw"
    with pytest.raises(ValueError, match="'ann'"):
        choose_ann("ivf", 1, 1)


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
@pytest.mark.parametrize("exact_rows", [20_000, 0])  # brute force, then FAISS id selector
def test_filtered_search_matches_exact(
    kind: str, exact_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search.dense, "EXACT_FILTER_ROWS", exact_rows)
    vectors = _vectors()
    index = DenseIndex.build(vectors, kind)
    query = vectors[3] * 0.5 + vectors[10] * 0.5
    mask = np.zeros(len(vectors), dtype=bool)
    mask[::3] = True  # rows 0, 3, 6, ...
    rows, scores = index.search(query, 10, mask)
    assert len(rows) == 10 and all(r % 3 == 0 for r in rows.tolist())
    assert rows.tolist() == _exact(vectors, query, mask, 10)
    assert np.all(np.diff(scores) <= 1e-6)
    few = np.zeros(len(vectors), dtype=bool)
    few[[5, 50]] = True
    assert sorted(index.search(query, 10, few)[0].tolist()) == [5, 50]


def test_save_load_round_trip(tmp_path: Path) -> None:
    vectors = _vectors()
    for kind in ("flat", "hnsw"):
        index = DenseIndex.build(vectors, kind)
        index.save(tmp_path / f"{kind}.faiss")
        loaded = DenseIndex.load(tmp_path / f"{kind}.faiss", kind)
        assert loaded.size == len(vectors)
        assert loaded.search(vectors[9], 5)[0].tolist() == index.search(vectors[9], 5)[0].tolist()
    empty = DenseIndex.build(np.zeros((0, 16), dtype=np.float32), "flat")
    assert empty.search(vectors[0], 5)[0].tolist() == []
