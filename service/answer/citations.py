"""Numbered citations with verified quotes, and grouping citations by report (unit).

All pure functions over `ingest` records, checkable by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ingest.text.sentences import sentence_spans
from ingest.types import Chunk, ReportMeta
from service.answer.question import Topic
from service.answer.text import best_quote, verify_quote
from service.answer.types import Citation, UnitGroup

__all__ = ["citation_at", "group_units", "make_citation"]

log = logging.getLogger(__name__)


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
    return None if quote is None else _citation(n, chunk, meta, quote)


def citation_at(n: int, chunk: Chunk, meta: ReportMeta, start: int, end: int) -> Citation | None:
    """Citation number `n` quoting chunk.text[start:end], or None when that is not an exact,
    trimmed substring (it always is when the offsets come from the sentence splitter)."""
    quote = chunk.text[start:end].strip()
    if not verify_quote(quote, chunk.text):
        log.warning("quote offsets %d-%d of chunk %s give no exact quote", start, end, chunk.id)
        return None
    return _citation(n, chunk, meta, quote)


def _citation(n: int, chunk: Chunk, meta: ReportMeta, quote: str) -> Citation:
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
