"""The one best quote of report chunks for a claim or a draft: the sentence sharing most
content words with it, cut to a limit (`ingest.text.quotes`).

Goal answers (up to 280 characters) and the closest formulations of a draft (/api/similar, up
to the answerer's 320) quote with it. Every quote returned is an exact substring of its chunk's
text (sentences are cut out of the chunk text, never rebuilt), so a citation can be verified
and highlighted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ingest.text.quotes import MAX_QUOTE, shorten
from ingest.text.sentences import LOOSE_END, sentences
from ingest.text.stopwords import content_stems, word_match
from ingest.types import Chunk

__all__ = ["MAX_QUOTE", "Quote", "best_quote"]


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence (or its start) cut out of one chunk."""

    chunk: Chunk
    text: str
    score: float


def best_quote(chunks: Iterable[Chunk], about: str, limit: int = MAX_QUOTE) -> Quote | None:
    """The sentence of the chunks sharing most content words with `about` (ties: earliest),
    shortened to `limit` characters; None only when the chunks hold no sentence."""
    wanted = content_stems(about)
    best: Quote | None = None
    for chunk in chunks:
        for sentence in sentences(chunk.text, LOOSE_END):
            score = word_match(wanted, content_stems(sentence)) / (len(wanted) or 1)
            if best is None or score > best.score:
                quote = shorten(sentence, limit)
                if quote and quote in chunk.text:
                    best = Quote(chunk=chunk, text=quote, score=score)
    return best
