"""Exact quotes for goal answers: the sentence of a report chunk that best supports a claim.

Every quote returned here is an exact substring of its chunk's text (sentences are cut out of
the chunk text, never rebuilt), so a citation can be verified and highlighted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ingest.text.sentences import LOOSE_END, sentences
from ingest.types import Chunk
from search.goals.link import stems

MAX_QUOTE = 280
"""Longest quote in characters (cut at a word boundary, still a substring)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence (or its start) cut out of one chunk."""

    chunk: Chunk
    text: str
    score: float


def shorten(sentence: str, limit: int = MAX_QUOTE) -> str:
    """The sentence, or its longest prefix ending at a word boundary within the limit."""
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ")


def word_match(query: frozenset[str], words: frozenset[str]) -> int:
    """How many query stems occur among the words (a stem may be a prefix of the other)."""
    hits = 0
    for q in query:
        if any(w.startswith(q) or (q.startswith(w) and len(w) >= 4) for w in words):
            hits += 1
    return hits


def best_quote(chunks: Iterable[Chunk], about: str) -> Quote | None:
    """The sentence of the chunks sharing most content words with `about` (ties: earliest)."""
    wanted = stems(about)
    best: Quote | None = None
    for chunk in chunks:
        for sentence in sentences(chunk.text, LOOSE_END):
            score = word_match(wanted, stems(sentence)) / (len(wanted) or 1)
            if best is None or score > best.score:
                quote = shorten(sentence)
                if quote and quote in chunk.text:
                    best = Quote(chunk=chunk, text=quote, score=score)
    return best
