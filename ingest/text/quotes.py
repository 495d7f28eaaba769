"""Cutting a quote to a length: the one way, so every quote ends alike (at a word boundary,
without a loose separator) and stays an exact substring of its text."""

from __future__ import annotations

from ingest.text.sentences import trim_span

__all__ = ["MAX_QUOTE", "clip_span", "shorten"]

MAX_QUOTE = 280
"""Longest quote in characters by default."""

_LOOSE_TAIL = ",;:–- "


def clip_span(text: str, start: int, end: int, limit: int = MAX_QUOTE) -> tuple[int, int]:
    """The span [start, end) of `text`, or its longest start ending at a word boundary within
    `limit` characters, without a trailing separator ("," ";" ":" dashes) or white space."""
    if end - start <= limit:
        return (start, end)
    hi = start + limit
    if not text[hi].isspace():
        cut = text.rfind(" ", start, hi)
        hi = cut if cut > start else hi
    while hi > start and text[hi - 1] in _LOOSE_TAIL:
        hi -= 1
    trimmed = trim_span(text, start, hi)
    return trimmed if trimmed is not None else (start, start + limit)


def shorten(sentence: str, limit: int = MAX_QUOTE) -> str:
    """The sentence, or its longest prefix ending at a word boundary within the limit."""
    start, end = clip_span(sentence, 0, len(sentence), limit)
    return sentence[start:end]
