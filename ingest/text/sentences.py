"""The one sentence splitter: (start, end) offsets of the sentences and list items of a text.

Offsets, not strings, so every caller (sentence embeddings at index time, quotes in answers,
chunk cuts) cuts exact substrings of the text. Where a sentence ends is a named rule:

- `SENTENCE_END` (default): . ! ? followed by white space and an upper-case letter, digit, quote,
  bullet or dash; a line break always ends one (list items and table rows are one line each
  after cleaning).
- `LOOSE_END` (quotes for goal answers): . ! ? followed by any white space, or a line break.
- `PROSE_END` (cutting an oversized paragraph into chunks): . ! ? and white space before an
  upper-case letter or digit (optionally after a quote or parenthesis); line breaks do not count.

No rule ends a sentence at the full stop of an abbreviation that never ends one (`ABBREVIATIONS`:
"fem av socialsekreterarna har s.k. \"specialistfunktion\" …", "t.ex. BBIC", "bl.a. Polisen").
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "LOOSE_END",
    "PROSE_END",
    "SENTENCE_END",
    "sentence_cuts",
    "sentence_spans",
    "sentences",
    "trim_span",
]

ABBREVIATIONS = ("s.k.", "t.ex.", "bl.a.", "d.v.s.", "dvs.", "p.g.a.", "f.d.", "t.o.m.", "fr.o.m.")
"""Swedish abbreviations written with full stops that a sentence does not end on ("m.m." and
"osv." often do, so they are not here)."""
_NOT_ABBREVIATED = "".join(rf"(?<!(?i:\b{re.escape(a)}))" for a in ABBREVIATIONS)
SENTENCE_END = re.compile(_NOT_ABBREVIATED + r"(?<=[.!?])\s+(?=[\"'”»(•\-–0-9A-ZÅÄÖÉ])|\n+")
LOOSE_END = re.compile(_NOT_ABBREVIATED + r"(?<=[.!?])\s+|\n+")
PROSE_END = re.compile(_NOT_ABBREVIATED + r"(?<=[.!?])\s+(?=[\"”(]?[A-ZÅÄÖ0-9])")


def sentence_cuts(text: str, rule: re.Pattern[str] = SENTENCE_END) -> list[int]:
    """Offsets where a sentence ends under `rule` (the start of the white space after it)."""
    return [match.start() for match in rule.finditer(text)]


def sentence_spans(text: str, rule: re.Pattern[str] = SENTENCE_END) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences and list items of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in rule.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for s, e in spans if (trimmed := trim_span(text, s, e)) is not None]


def sentences(text: str, rule: re.Pattern[str] = SENTENCE_END) -> list[str]:
    """The sentences of `text` under `rule`, each an exact (trimmed) substring of it."""
    return [text[s:e] for s, e in sentence_spans(text, rule)]


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) with surrounding white space removed; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
