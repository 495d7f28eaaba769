"""Sentence-level evidence: which sentences of a chunk are embedded, and how a question meets them.

At index time every sentence of a chunk (the one splitter, `ingest.text.sentences`) of at least
MIN_SENTENCE_CHARS characters is embedded as a passage and cached in the store by the hash of its
text, like chunk embeddings. At question time `Evidence` gives, for each candidate passage, the
cosine similarity of the question to the passage and to each of its sentences, so an answerer
can pick the sentence that says it by meaning rather than by shared words.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.text.sentences import sentence_spans
from ingest.types import Report
from search.passage import passage_hash, passage_text
from search.types import Hit

__all__ = [
    "MIN_SENTENCE_CHARS",
    "SENTENCE_FORMAT",
    "EmbeddedTexts",
    "Evidence",
    "ScoredSentence",
    "embedded_sentences",
    "embedded_texts",
    "sentence_hash",
]

MIN_SENTENCE_CHARS = 20
"""Shorter pieces (headings, table labels) are not embedded: they say little on their own."""
SENTENCE_FORMAT = f"1:min{MIN_SENTENCE_CHARS}"
"""Recorded in the store; a change makes `Index.sync` embed the sentences again."""


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """One sentence of a passage: offsets into the chunk text and its similarity to the query
    (None for a piece too short to be embedded)."""

    start: int
    end: int
    similarity: float | None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A candidate passage for a question: the hybrid hit, the query's cosine similarity to the
    whole passage, and to each of its sentences (in text order)."""

    hit: Hit
    similarity: float
    sentences: tuple[ScoredSentence, ...]
    background: tuple[float, float] = (0.0, 1.0)
    """Mean and standard deviation of the query's similarity to the background passages (see
    search.evidence.background_vectors): how similar an unrelated passage is for this query and
    embedder (see `standard`)."""
    before: str = ""
    """The text of the passage before this one when this one continues the same section (a
    table's later rows, the rest of a long analysis): what it is about may be named there."""

    def standard(self, similarity: float) -> float:
        """`similarity` in standard deviations above the background: comparable across
        queries and embedders (e5's cosines crowd into 0.7-0.9, a hash fake's near 0)."""
        mean, std = self.background
        return (similarity - mean) / max(std, 1e-3)

    def sentence_text(self, i: int) -> str:
        """The text of sentence i of the passage."""
        span = self.sentences[i]
        return self.hit.chunk.text[span.start : span.end]

    @property
    def best(self) -> float:
        """The best sentence similarity (the passage's when no sentence is embedded)."""
        sims = [s.similarity for s in self.sentences if s.similarity is not None]
        return max(sims, default=self.similarity)


def sentence_hash(text: str) -> str:
    """Embedding cache key of one sentence (the same hash family as passages)."""
    return passage_hash(text)


def embedded_sentences(text: str) -> list[tuple[int, int, str | None]]:
    """Every sentence of `text` as (start, end, cache key), the key None when not embedded."""
    out: list[tuple[int, int, str | None]] = []
    for start, end in sentence_spans(text):
        piece = text[start:end]
        keep = len(piece) >= MIN_SENTENCE_CHARS and any(ch.isalpha() for ch in piece)
        out.append((start, end, sentence_hash(piece) if keep else None))
    return out


@dataclass(frozen=True, slots=True)
class EmbeddedTexts:
    """What is embedded for one report: every text by cache key, and each chunk's passage key
    (in chunk order)."""

    chunk_keys: tuple[str, ...]
    texts: dict[str, str]


def embedded_texts(report: Report) -> EmbeddedTexts:
    """Each chunk's passage text, then each chunk sentence long enough to be embedded."""
    passages = [passage_text(chunk, report.meta) for chunk in report.chunks]
    keys = tuple(passage_hash(p) for p in passages)
    texts = dict(zip(keys, passages, strict=True))
    for chunk in report.chunks:
        for start, end, key in embedded_sentences(chunk.text):
            if key is not None:
                texts.setdefault(key, chunk.text[start:end])
    return EmbeddedTexts(keys, texts)
