"""Topical relevance of a passage, numbered citations with verified quotes, and unit grouping.

All pure functions over `ingest` records, checkable by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ingest.types import Chunk, ReportMeta
from service.answer.question import Topic
from service.answer.text import (
    WHOLE_WORD,
    best_quote,
    normalize,
    sentence_spans,
    term_in,
    verify_quote,
)
from service.answer.types import Citation, UnitGroup

__all__ = [
    "coverage",
    "group_units",
    "is_relevant",
    "make_citation",
    "occurrences",
]

log = logging.getLogger(__name__)


def coverage(topic: Topic, text: str) -> float:
    """Share of the topic's stems found in `text`; 1.0 when the topic's phrase occurs."""
    if not topic.stems:
        return 0.0
    lowered = normalize(text)
    if topic.phrase and topic.phrase in lowered:
        return 1.0
    return sum(term_in(s, lowered) for s in topic.stems) / len(topic.stems)


def is_relevant(topic: Topic, text: str) -> bool:
    """Whether a passage is about the topic: its phrase, or all stems (all but one above two)."""
    n = len(topic.stems)
    if n == 0:
        return False
    lowered = normalize(text)
    if topic.phrase and topic.phrase in lowered:
        return True
    found = sum(term_in(s, lowered) for s in topic.stems)
    return found >= (n if n <= 2 else n - 1)


def occurrences(topic: Topic, text: str) -> int:
    """How often the topic's phrase (or else its stems) occurs: ranks passages within a unit."""
    lowered = normalize(text)
    stems = [s.rstrip(WHOLE_WORD) for s in topic.stems]
    if topic.phrase:
        return lowered.count(topic.phrase) * 3 + sum(lowered.count(s) for s in stems)
    return sum(lowered.count(s) for s in stems)


def _page(chunk: Chunk) -> int | None:
    return chunk.span.page_start


def _quote(chunk: Chunk, topic: Topic) -> str | None:
    quote = best_quote(chunk.text, topic.stems, topic.phrase)
    if verify_quote(quote, chunk.text):
        return quote
    log.warning("quote for chunk %s was not an exact substring; using its first sentence", chunk.id)
    spans = sentence_spans(chunk.text)
    if spans:
        first = chunk.text[spans[0][0] : spans[0][1]]
        if verify_quote(first, chunk.text):
            return first
    return None


def make_citation(n: int, chunk: Chunk, meta: ReportMeta, topic: Topic) -> Citation | None:
    """Citation number `n` with the best short quote of `chunk`, or None when no exact quote."""
    quote = _quote(chunk, topic)
    if quote is None:
        return None
    return Citation(
        n=n,
        chunk_id=chunk.id,
        report_id=chunk.report_id,
        unit=meta.unit,
        district=meta.district,
        year=meta.year,
        doc_type=meta.doc_type,
        section_path=chunk.section_path,
        page=_page(chunk),
        quote=quote,
    )


def group_units(citations: Sequence[Citation]) -> tuple[UnitGroup, ...]:
    """One group per report (unit, district, year, type), in order of first citation."""
    order: list[str] = []
    numbers: dict[str, list[int]] = {}
    first: dict[str, Citation] = {}
    for cit in citations:
        if cit.report_id not in numbers:
            order.append(cit.report_id)
            numbers[cit.report_id] = []
            first[cit.report_id] = cit
        numbers[cit.report_id].append(cit.n)
    return tuple(
        UnitGroup(
            unit=first[r].unit,
            district=first[r].district,
            year=first[r].year,
            doc_type=first[r].doc_type,
            report_id=r,
            citations=tuple(numbers[r]),
        )
        for r in order
    )
