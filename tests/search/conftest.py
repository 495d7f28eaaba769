"""Fixtures of the search tests: the shipped corpus read once, a counting fake embedder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from ingest.pipeline import read_paths
from ingest.types import Report
from search.embed import HashEmbedder
from search.protocols import EmbedKind


class CountingEmbedder:
    """HashEmbedder that counts the passages it embeds (to prove the cache works)."""

    def __init__(self, dim: int = 64) -> None:
        self._inner = HashEmbedder(dim)
        self.name = self._inner.name
        self.dim = dim
        self.passages = 0
        self.queries = 0

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        if kind == "passage":
            self.passages += len(texts)
        else:
            self.queries += len(texts)
        return self._inner.embed(texts, kind=kind)


@pytest.fixture(scope="session")
def corpus_reports(corpus_dir: Path) -> tuple[Report, ...]:
    result = read_paths([corpus_dir])
    assert not result.failures
    return result.reports


@pytest.fixture()
def counting() -> CountingEmbedder:
    return CountingEmbedder()
