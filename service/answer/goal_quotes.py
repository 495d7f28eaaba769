"""Quotes from a goal's block (service.answer.goals): the sentence saying what a question
asks (how the goal is followed up, whether it was met, a figure), a named part of the goal
whole when it fits in a quote, and how a plan will follow the goal up, from its Uppföljning.
Pure functions over the block's evidence and chunks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.quotes import Quote
from ingest.text.quotes import clip_span
from ingest.types import Chunk, Sourced
from search.sentences import Evidence
from service.answer.text import MAX_QUOTE, joinable

__all__ = [
    "MIN_FIGURE",
    "MIN_FOLLOW_UP",
    "SAYS_HOW_SCORE",
    "planned_follow_up",
    "saying",
    "whole_part",
]

SAYS_HOW_SCORE = 1.0
"""The least score of a sentence saying how a goal is followed up, found in the goal's block,
or of the part of the goal a question names, quoted whole (see whole_part)."""
MIN_FOLLOW_UP = 40
"""A shorter piece (a heading, "Utfall 2017") says nothing as a follow-up of its own."""
MIN_FIGURE = 12
"""Asked for a figure, a piece this long stating one answers ("90% källsorterar.")."""


def saying(
    evidence: Sequence[Evidence], says: Callable[[str], int], shortest: int = MIN_FOLLOW_UP
) -> Quote | None:
    """The block's sentence saying what the question asks most plainly (how the goal is followed
    up; whether it was met: "… har målet uppfyllt delvis" before "… inte har nått sina mål till
    fullo"), closest in meaning of those, joined with a neighbour on its line that says it too;
    none shorter than `shortest`."""
    best: tuple[int, float, Evidence, int] | None = None
    for ev in evidence:
        text = ev.hit.chunk.text
        for i, s in enumerate(ev.sentences):
            plain = says(text[s.start : s.end]) if s.end - s.start >= shortest else 0
            if not plain:
                continue
            sim = ev.standard(s.similarity if s.similarity is not None else ev.similarity)
            if best is None or (plain, sim) > best[:2]:
                best = (plain, sim, ev, i)
    if best is None:
        return None
    _, sim, ev, i = best
    text, spans = ev.hit.chunk.text, ev.sentences
    start, end = spans[i].start, spans[i].end
    for j in (i - 1, i + 1):
        if 0 <= j < len(spans) and says(text[spans[j].start : spans[j].end]):
            lo, hi = sorted(((spans[j].start, spans[j].end), (start, end)))
            if joinable(text, lo, hi, MAX_QUOTE):
                start, end = lo[0], hi[1]
                break
    start, end = clip_span(text, start, end, MAX_QUOTE)
    return Quote(ev.hit.chunk, text[start:end], max(sim, SAYS_HOW_SCORE))


def planned_follow_up(
    part: Sourced, chunks: Sequence[Chunk], said_so: Quote | None
) -> Quote | None:
    """How a plan will follow its goal up, from its Uppföljning: all of it when it fits in a
    quote, else its paragraph holding the sentence that says so (`said_so`), else its first
    paragraph when no sentence of the block says so; None when that is too long or too short
    (the sentence saying it answers then)."""
    whole = whole_part(part, chunks)
    if whole is not None:
        return whole
    found = _found_part(part, chunks)
    if found is None:
        return None
    chunk, start, end = found
    said = said_so.text if said_so is not None and said_so.chunk.id == chunk.id else None
    if said_so is not None and (said is None or said not in chunk.text[start:end]):
        return None  # the sentence saying it stands outside the Uppföljning
    for line in chunk.text[start:end].split("\n"):
        if said is None or said in line:
            text = line.strip()
            ok = MIN_FOLLOW_UP <= len(text) <= MAX_QUOTE
            return Quote(chunk, text, SAYS_HOW_SCORE) if ok else None
    return None


def _found_part(part: Sourced, chunks: Sequence[Chunk]) -> tuple[Chunk, int, int] | None:
    """Where a part of a goal stands in a chunk, as the chunk breaks its lines."""
    words = part.text.split()
    if not words:
        return None
    written = re.compile(r"\s+".join(map(re.escape, words)))
    for chunk in chunks:
        found = written.search(chunk.text)
        if found is not None:
            return chunk, found.start(), found.end()
    return None


def whole_part(part: Sourced, chunks: Sequence[Chunk]) -> Quote | None:
    """A named part of a goal short enough to quote whole, cut from the chunk holding it ("90%
    källsorterar. Gäller verksamheten. Andelen ekologiska inköp ökar": each sentence too short
    to stand alone as MIN_FOLLOW_UP asks); None when it is longer than MAX_QUOTE or no chunk
    holds it."""
    if len(part.text) > MAX_QUOTE:
        return None
    found = _found_part(part, chunks)
    if found is None:
        return None
    chunk, start, end = found
    return Quote(chunk, chunk.text[start:end], SAYS_HOW_SCORE)
