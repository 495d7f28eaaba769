"""From typed records (ingest, search, answer) to the HTTP output models."""

from __future__ import annotations

import dataclasses

from ingest.types import Chunk, Report, ReportMeta, Section
from search.hits import hit_to_dict
from search.types import Hit
from service.answer.types import Answer
from service.api.schemas import (
    AnswerOut,
    ChunkOut,
    CitationOut,
    HitOut,
    ReportOut,
    SectionOut,
    UnitOut,
)

__all__ = ["answer_out", "chunk_out", "hit_out", "report_out", "section_out"]


def hit_out(hit: Hit) -> HitOut:
    """A search hit with its report metadata, in the shape `search.hit_to_dict` defines."""
    return HitOut.model_validate(hit_to_dict(hit))


def chunk_out(chunk: Chunk) -> ChunkOut:
    return ChunkOut(
        id=chunk.id,
        report_id=chunk.report_id,
        section_id=chunk.section_id,
        section_path=list(chunk.section_path),
        kind=chunk.kind,
        status=chunk.status,
        text=chunk.text,
        page=chunk.span.page_start,
        line_start=chunk.span.line_start,
        line_end=chunk.span.line_end,
        ordinal=chunk.ordinal,
    )


def section_out(section: Section) -> SectionOut:
    return SectionOut(
        id=section.id,
        heading=section.heading,
        path=list(section.path),
        depth=section.depth,
        kind=section.kind,
        number=section.number,
        status=section.status,
        parent_id=section.parent_id,
        page=section.span.page_start,
        line_start=section.span.line_start,
    )


def _meta_fields(meta: ReportMeta) -> dict[str, object]:
    fields = dataclasses.asdict(meta)
    del fields["confidence"]
    return fields


def report_out(report: Report, *, deletable: bool) -> ReportOut:
    """Report metadata and sizes (no text); `deletable` as `KeptUploads.deletable` decides."""
    return ReportOut.model_validate(
        {
            "id": report.id,
            "source": report.source.rsplit("/", 1)[-1],
            "sections": len(report.sections),
            "chunks": len(report.chunks),
            "deletable": deletable,
            **_meta_fields(report.meta),
        }
    )


def answer_out(answer: Answer) -> AnswerOut:
    return AnswerOut(
        answer=answer.text,
        citations=[CitationOut.model_validate(dataclasses.asdict(c)) for c in answer.citations],
        units=[UnitOut.model_validate(dataclasses.asdict(u)) for u in answer.units],
        grounded=answer.grounded,
        language=answer.language,
        mode=answer.mode,
    )
