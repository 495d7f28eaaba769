"""The worker side of distributed embedding: tasks a Dask worker runs, and its loaded model.

Each worker process keeps one embedder per spec (worker-local state, loaded by the warm-up
`describe_worker` or by its first task). Nothing here imports the engine: the functions are
shipped to the workers by reference, so a remote worker needs rapport installed.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from search.protocols import Embedder

__all__ = ["describe_worker", "embed_batch", "worker_embedder"]

_EMBEDDERS: dict[str, Embedder] = {}


def worker_embedder(spec: str) -> Embedder:
    """The embedder named by `spec` in this (worker) process, loaded on first use.

    e5 runs on one thread per process: two single-thread processes embed twice what one does,
    while one process on two threads gains only 1.7x.
    """
    found = _EMBEDDERS.get(spec)
    if found is None:
        from search.embed import E5Embedder, make_embedder

        found = E5Embedder(num_threads=1) if spec == "e5" else make_embedder(spec)
        _EMBEDDERS[spec] = found
    return found


def describe_worker(spec: str) -> tuple[str, int]:
    """Load the embedder on a worker (warm-up) and report its (name, dim)."""
    embedder = worker_embedder(spec)
    return embedder.name, embedder.dim


def embed_batch(spec: str, texts: list[str], kind: str) -> npt.NDArray[np.float32]:
    """Task run on a worker: the vectors of `texts` (float32, one row per text)."""
    embedder = worker_embedder(spec)
    return embedder.embed(texts, kind="query" if kind == "query" else "passage")
