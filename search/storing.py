"""Storing reports with their embeddings: per report, embed the texts the cache lacks (passages
and sentences, by content hash), then commit the report in one SQLite transaction.

Committing report by report means an interrupted run keeps what it finished, and the next run
embeds only the rest. An embedder with `prefetch` (search.cluster_embedder) hears every miss in
advance, in the order they will be asked for, so its workers embed ahead while the writer commits.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from tqdm import tqdm

from ingest.types import Report
from search.protocols import Embedder
from search.sentences import embedded_texts
from search.store import Store
from search.syncplan import with_digest

__all__ = ["EMBED_BATCH", "PassageEmbedder", "Progress", "store_reports"]

EMBED_BATCH = 32
Progress = Callable[[int, int], None]
"""Called with (reports done, reports to do) as a sync stores each report; may raise to stop."""


@dataclass(frozen=True, slots=True)
class PassageEmbedder:
    """Embeds passages in batches of EMBED_BATCH, one batch at a time (`lock`): passage batches
    take turns, queries never wait for them."""

    embedder: Embedder
    lock: threading.Lock

    def embed(self, todo: dict[str, str]) -> dict[str, npt.NDArray[np.float32]]:
        """hash -> vector for each text of `todo` (hash -> text)."""
        keys = list(todo)
        out: dict[str, npt.NDArray[np.float32]] = {}
        for start in range(0, len(keys), EMBED_BATCH):
            batch = keys[start : start + EMBED_BATCH]
            with self.lock:
                matrix = self.embedder.embed([todo[h] for h in batch], kind="passage")
            out.update(zip(batch, matrix, strict=True))
        return out


def store_reports(
    store: Store,
    embed: PassageEmbedder,
    reports: Sequence[Report],
    progress: Progress | None = None,
    *,
    bar: bool = False,
) -> tuple[int, int]:
    """Embed each report's cache misses, then store it; returns (chunks stored, texts embedded)."""
    name = embed.embedder.name
    per_report = {r.id: embedded_texts(r) for r in reports}
    wanted = {h for e in per_report.values() for h in e.texts}
    missing = wanted - store.cached_hashes(name, wanted)
    prefetch = getattr(embed.embedder, "prefetch", None)
    if prefetch is not None:
        ahead = {h: t for e in per_report.values() for h, t in e.texts.items() if h in missing}
        prefetch(list(ahead.values()))
    hide = not bar or not missing
    shown = tqdm(total=len(missing), unit="text", desc="embedding", file=sys.stderr, disable=hide)
    chunks = embedded = 0
    if progress is not None:
        progress(0, len(reports))
    with shown:
        for done, report in enumerate(reports, start=1):
            mine = per_report[report.id]
            vectors = embed.embed({h: t for h, t in mine.texts.items() if h in missing})
            missing -= set(vectors)
            store.put_report(with_digest(report), list(mine.chunk_keys), name, vectors)
            chunks += len(report.chunks)
            embedded += len(vectors)
            shown.update(len(vectors))
            if progress is not None:
                progress(done, len(reports))
    return chunks, embedded
