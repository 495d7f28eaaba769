"""Scoring candidate passages against a question vector at passage and sentence level.

The vectors come from the store's embedding cache (passages by their indexed text's hash,
sentences by their text's hash, see search.sentences), so no passage is embedded at question
time. A sentence whose vector is missing (an index written before sentence embeddings) scores
None and the passage keeps its own similarity.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from search.derived import Snapshot
from search.protocols import Embedder
from search.sentences import Evidence, ScoredSentence, embedded_sentences
from search.store import Store
from search.types import Hit

__all__ = [
    "BACKGROUND_SAMPLE",
    "background",
    "background_vectors",
    "score_evidence",
    "strongest",
]

BACKGROUND_SAMPLE = 4096
"""Passages whose similarity to a query is its background: every passage of an index this
small, else this many chosen by content hash (the same whatever order the passages were
stored in: storing the reports again must not move every score)."""


def background_vectors(snap: Snapshot, store: Store, embedder: Embedder) -> npt.NDArray[np.float32]:
    """The stored vectors of the background passages: all of them, or the BACKGROUND_SAMPLE
    of smallest content hash (a sample independent of storage order)."""
    if not snap.hashes:
        return np.zeros((0, embedder.dim), np.float32)
    keys = sorted(set(snap.hashes))[:BACKGROUND_SAMPLE]
    found = store.vectors_found(embedder.name, keys, embedder.dim)
    vectors = [found[k] for k in keys if k in found]
    return np.vstack(vectors) if vectors else np.zeros((0, embedder.dim), np.float32)


def background(sample: npt.NDArray[np.float32], q: npt.NDArray[np.float32]) -> tuple[float, float]:
    """Mean and standard deviation of the query's similarity to the sample vectors."""
    if len(sample) < 2:
        return (0.0, 1.0)
    sims = sample @ q
    return (float(sims.mean()), float(sims.std()))


def score_evidence(
    snap: Snapshot,
    store: Store,
    embedder: Embedder,
    queries: Sequence[npt.NDArray[np.float32]],
    hits: Sequence[Hit],
    sample: npt.NDArray[np.float32],
) -> list[Evidence]:
    """Evidence for each hit: cosine of the query to the passage and to each of its sentences,
    with the query's background over the `sample` vectors. With two or more `queries` (wordings
    of one question) each similarity is the best of theirs in standard scores (`strongest`);
    the stored vectors are read once for all of them."""
    pieces = [embedded_sentences(h.chunk.text) for h in hits]
    passage_keys = [_passage_key(snap, h) for h in hits]
    wanted = [k for k in passage_keys if k] + [k for ps in pieces for _, _, k in ps if k]
    vectors = store.vectors_found(embedder.name, wanted, embedder.dim)
    found: list[Evidence] | None = None
    for query in queries:
        scored = _scored(
            vectors, np.asarray(query, dtype=np.float32), hits, passage_keys, pieces, sample
        )
        found = (
            scored
            if found is None
            else [strongest(a, b) for a, b in zip(found, scored, strict=True)]
        )
    if found is None:
        return []
    befores = [_before(snap, h) for h in hits]  # what a continuing passage's section said above
    return [replace(e, before=b) if b else e for e, b in zip(found, befores, strict=True)]


def _scored(
    vectors: Mapping[str, npt.NDArray[np.float32]],
    q: npt.NDArray[np.float32],
    hits: Sequence[Hit],
    passage_keys: Sequence[str | None],
    pieces: Sequence[list[tuple[int, int, str | None]]],
    sample: npt.NDArray[np.float32],
) -> list[Evidence]:
    """Evidence of every hit for one query vector, from the vectors already read."""
    bg = background(sample, q)
    out: list[Evidence] = []
    for hit, key, sentences in zip(hits, passage_keys, pieces, strict=True):
        scored = tuple(
            ScoredSentence(start, end, _cosine(vectors.get(k) if k else None, q))
            for start, end, k in sentences
        )
        passage = _cosine(vectors.get(key) if key else None, q)
        similarity = passage if passage is not None else bg[0]
        out.append(Evidence(hit, similarity, scored, bg))
    return out


def _passage_key(snap: Snapshot, hit: Hit) -> str | None:
    row = snap.by_id.get(hit.chunk.id)
    return snap.hashes[row] if row is not None and row < len(snap.hashes) else None


def _before(snap: Snapshot, hit: Hit) -> str:
    """The text of the chunk before `hit`'s in the same section of the same report, or ""."""
    row = snap.by_id.get(hit.chunk.id)
    if not row:  # None, or the first row: nothing before it
        return ""
    prev, chunk = snap.chunks[row - 1], hit.chunk
    same = prev.report_id == chunk.report_id and prev.section_id == chunk.section_id
    return prev.text if same and prev.ordinal == chunk.ordinal - 1 else ""


def _cosine(vector: npt.NDArray[np.float32] | None, query: npt.NDArray[np.float32]) -> float | None:
    """Inner product of two unit vectors (None when the vector is missing)."""
    return None if vector is None else float(np.dot(vector, query))


def strongest(first: Evidence, second: Evidence) -> Evidence:
    """One passage scored for two wordings of a question: each similarity (passage and
    sentences) becomes the better of the two standard scores, and the background becomes
    (0, 1) so `standard` returns it unchanged. Both must score the same passage."""
    if first.hit.chunk.id != second.hit.chunk.id:
        raise ValueError("strongest: the two evidences score different passages")

    def best(a: float | None, b: float | None) -> float | None:
        if a is None or b is None:
            return None
        return max(first.standard(a), second.standard(b))

    sentences = tuple(
        ScoredSentence(x.start, x.end, best(x.similarity, y.similarity))
        for x, y in zip(first.sentences, second.sentences, strict=True)
    )
    passage = best(first.similarity, second.similarity)
    assert passage is not None
    return Evidence(first.hit, passage, sentences, (0.0, 1.0), first.before)
