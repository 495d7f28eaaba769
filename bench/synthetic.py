"""Synthetic embedding-like vectors for the scale benchmark.

Uniformly random unit vectors in 384 dimensions are a poor stand-in for sentence embeddings: every
point is almost equidistant from every other, so "nearest neighbours" carry no meaning. Real
embeddings lie near a much lower-dimensional, clustered manifold. The generator therefore draws
points from a Gaussian mixture (`clusters` centres) in a `latent`-dimensional space, maps them
linearly into `dim` dimensions, adds a little isotropic noise and L2-normalises. Queries come from
the same distribution but are held out of the indexed set.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["SyntheticSpace", "exact_top_k"]

F32 = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class SyntheticSpace:
    """A reproducible clustered distribution of unit vectors."""

    dim: int = 384
    latent: int = 96
    clusters: int = 1000
    spread: float = 2.0  # distance scale of the cluster centres (noise within a cluster is 1)
    noise: float = 0.05  # isotropic noise added after projection
    seed: int = 0

    def _basis(self) -> tuple[F32, F32]:
        rng = np.random.default_rng(self.seed)
        projection = rng.standard_normal((self.latent, self.dim), dtype=np.float32)
        projection /= np.float32(np.sqrt(self.latent))
        centres = rng.standard_normal((self.clusters, self.latent), dtype=np.float32)
        return projection, centres * np.float32(self.spread)

    def sample(self, n: int, stream: int, block: int = 100_000) -> Iterator[F32]:
        """`n` vectors in blocks of at most `block` rows; `stream` separates index from queries."""
        projection, centres = self._basis()
        rng = np.random.default_rng((self.seed, stream))
        done = 0
        while done < n:
            m = min(block, n - done)
            z = centres[rng.integers(0, self.clusters, m)]
            z += rng.standard_normal((m, self.latent), dtype=np.float32)
            x = z @ projection
            x += np.float32(self.noise) * rng.standard_normal((m, self.dim), dtype=np.float32)
            x /= np.linalg.norm(x, axis=1, keepdims=True)
            done += m
            yield x.astype(np.float32, copy=False)

    def matrix(self, n: int, stream: int) -> F32:
        """`n` vectors as one contiguous (n, dim) float32 array."""
        out = np.empty((n, self.dim), dtype=np.float32)
        row = 0
        for part in self.sample(n, stream):
            out[row : row + len(part)] = part
            row += len(part)
        return out


def exact_top_k(vectors: F32, queries: F32, k: int, block: int = 100_000) -> npt.NDArray[np.int64]:
    """Exact inner-product top-k row ids per query (best first), computed block by block."""
    best_scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
    best_rows = np.full((len(queries), k), -1, dtype=np.int64)
    for start in range(0, len(vectors), block):
        scores = queries @ vectors[start : start + block].T
        rows = np.broadcast_to(np.arange(start, start + scores.shape[1]), scores.shape)
        all_scores = np.concatenate([best_scores, scores], axis=1)
        all_rows = np.concatenate([best_rows, rows], axis=1)
        top = np.argpartition(-all_scores, k - 1, axis=1)[:, :k]
        best_scores = np.take_along_axis(all_scores, top, axis=1)
        best_rows = np.take_along_axis(all_rows, top, axis=1)
    order = np.argsort(-best_scores, axis=1)
    return np.take_along_axis(best_rows, order, axis=1)
