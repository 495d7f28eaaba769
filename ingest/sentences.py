"""The one sentence splitter: (start, end) offsets of the sentences and list items of a text.

Offsets, not strings, so every caller (sentence embeddings at index time, quotes in answers) cuts
exact substrings of the chunk text. A sentence ends at . ! ? followed by white space and an
upper-case letter, digit, quote, bullet or dash; a line break always ends one (list items and
table rows are one line each after cleaning).
"""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "trim_span"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'”»(•\-–0-9A-ZÅÄÖÉ])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences and list items of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for s, e in spans if (trimmed := trim_span(text, s, e)) is not None]


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) with surrounding white space removed; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
