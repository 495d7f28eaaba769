"""`ClusterEmbedder`: an `Embedder` whose batches run on the workers of a Dask cluster.

It reports the same `name` and `dim` as the embedder the workers load, so the store, the
manifest and the vectors are those of a single-process build. `prefetch(texts)` (called by
`Index._put` with every cache miss of a sync, in report order) queues the texts; a bounded window
of batches is kept in flight, so the workers embed ahead while the one writer commits, and
`embed` collects the rows in the order asked. A text asked for before its prefetched batch was
sent is sent at once, ahead of the queue.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from search.cluster_worker import describe_worker, embed_batch
from search.errors import SearchError
from search.protocols import EmbedKind

__all__ = ["ClusterEmbedder", "ClusterUnavailable"]

log = logging.getLogger(__name__)
URGENT = 10  # Dask priority of batches the writer waits for (prefetched ones have 0)


class ClusterUnavailable(SearchError):
    """The cluster could not be started or reached, has no workers, or a worker failed."""


@dataclass(eq=False, slots=True)
class _Batch:
    texts: list[str]
    future: Any


class ClusterEmbedder:
    """Embeds on cluster workers (see module doc); implements search.protocols.Embedder."""

    def __init__(
        self, name: str, dim: int, client: Any, spec: str, *, batch: int = 16, window: int = 8
    ) -> None:
        self.name = name
        self.dim = dim
        self._client = client
        self._spec = spec
        self._batch = max(1, batch)
        self._window = max(1, window)
        self._queue: deque[str] = deque()
        self._queued: set[str] = set()
        self._inflight: deque[_Batch] = deque()
        self._where: dict[str, _Batch] = {}
        self._ready: dict[str, npt.NDArray[np.float32]] = {}
        self._lock = threading.RLock()

    @classmethod
    def on_workers(
        cls, client: Any, spec: str, *, batch: int = 16, per_worker: int = 4
    ) -> ClusterEmbedder:
        """Load `spec` on every worker of `client` (once per process) and check they agree on
        the model; the window is `per_worker` batches per worker."""
        try:
            client.wait_for_workers(1, timeout=60)
            described = client.run(describe_worker, spec)
        except Exception as exc:
            raise ClusterUnavailable(
                f"cluster workers cannot load embedder {spec!r}: {exc}"
            ) from exc
        models = {(str(v[0]), int(v[1])) for v in described.values()}
        if len(models) != 1:
            raise ClusterUnavailable(f"cluster workers disagree on the embedder: {sorted(models)}")
        name, dim = models.pop()
        log.info("cluster: %d workers loaded %s (dim %d)", len(described), name, dim)
        return cls(name, dim, client, spec, batch=batch, window=per_worker * len(described))

    def prefetch(self, texts: Sequence[str]) -> None:
        """Queue `texts` (in the order they will be asked for) to be embedded ahead."""
        with self._lock:
            for text in texts:
                if text not in self._queued and text not in self._where and text not in self._ready:
                    self._queue.append(text)
                    self._queued.add(text)
            self._top_up()

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if kind == "query":
            return self._wait(self._submit(list(texts), "query", URGENT))
        with self._lock:
            urgent = [
                t for t in dict.fromkeys(texts) if t not in self._where and t not in self._ready
            ]
            self._queued.difference_update(urgent)
            for start in range(0, len(urgent), self._batch):
                self._send(urgent[start : start + self._batch], URGENT)
            for text in texts:
                batch = self._where.get(text)
                if batch is not None:
                    self._harvest(batch)
            out = np.stack([self._ready[t] for t in texts]).astype(np.float32, copy=False)
            for text in texts:
                self._ready.pop(text, None)
        return out

    def pending(self) -> int:
        """Texts queued or in flight (not yet collected)."""
        with self._lock:
            return len(self._queued) + len(self._where)

    def _top_up(self) -> None:
        while len(self._inflight) < self._window and self._queue:
            batch: list[str] = []
            while self._queue and len(batch) < self._batch:
                text = self._queue.popleft()
                if text in self._queued:
                    self._queued.discard(text)
                    batch.append(text)
            if batch:
                self._send(batch, 0)

    def _send(self, texts: list[str], priority: int) -> None:
        batch = _Batch(texts, self._submit(texts, "passage", priority))
        self._inflight.append(batch)
        for text in texts:
            self._where[text] = batch

    def _submit(self, texts: list[str], kind: str, priority: int) -> Any:
        return self._client.submit(
            embed_batch, self._spec, texts, kind, pure=False, priority=priority
        )

    def _harvest(self, batch: _Batch) -> None:
        matrix = self._wait(batch.future)
        for text, row in zip(batch.texts, matrix, strict=True):
            self._ready[text] = row
            self._where.pop(text, None)
        self._inflight.remove(batch)
        self._top_up()

    def _wait(self, future: Any) -> npt.NDArray[np.float32]:
        try:
            matrix = np.asarray(future.result(), dtype=np.float32)
        except Exception as exc:
            raise ClusterUnavailable(f"a cluster worker failed to embed: {exc}") from exc
        return matrix.reshape(-1, self.dim)
