"""JSON codecs of the ingest records, for the SQLite store (no pickle)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ingest.types import Chunk, Page, ReportMeta, Section, Span

__all__ = [
    "chunk_from_json",
    "chunk_to_json",
    "meta_from_json",
    "meta_to_json",
    "pages_from_json",
    "pages_to_json",
    "section_from_json",
    "section_to_json",
]


def _span(data: dict[str, Any]) -> Span:
    return Span(data["line_start"], data["line_end"], data.get("page_start"), data.get("page_end"))


def _span_dict(span: Span) -> dict[str, Any]:
    return {
        "line_start": span.line_start,
        "line_end": span.line_end,
        "page_start": span.page_start,
        "page_end": span.page_end,
    }


def meta_to_json(meta: ReportMeta) -> str:
    return json.dumps(dataclasses.asdict(meta), ensure_ascii=False)


def meta_from_json(text: str) -> ReportMeta:
    d = json.loads(text)
    return ReportMeta(
        unit=d["unit"],
        district=d["district"],
        year=d["year"],
        doc_type=d["doc_type"],
        title=d["title"],
        date=d.get("date"),
        diarienummer=d.get("diarienummer"),
        confidence=d.get("confidence", {}),
    )


def section_to_json(s: Section) -> str:
    return json.dumps(
        {
            "id": s.id,
            "report_id": s.report_id,
            "heading": s.heading,
            "path": list(s.path),
            "depth": s.depth,
            "kind": s.kind,
            "number": s.number,
            "status": s.status,
            "text": s.text,
            "span": _span_dict(s.span),
            "parent_id": s.parent_id,
        },
        ensure_ascii=False,
    )


def section_from_json(text: str) -> Section:
    d = json.loads(text)
    return Section(
        id=d["id"],
        report_id=d["report_id"],
        heading=d["heading"],
        path=tuple(d["path"]),
        depth=d["depth"],
        kind=d["kind"],
        number=d["number"],
        status=d["status"],
        text=d["text"],
        span=_span(d["span"]),
        parent_id=d.get("parent_id"),
    )


def chunk_to_json(c: Chunk) -> str:
    return json.dumps(
        {
            "id": c.id,
            "report_id": c.report_id,
            "section_id": c.section_id,
            "section_path": list(c.section_path),
            "kind": c.kind,
            "status": c.status,
            "text": c.text,
            "span": _span_dict(c.span),
            "ordinal": c.ordinal,
        },
        ensure_ascii=False,
    )


def chunk_from_json(text: str) -> Chunk:
    d = json.loads(text)
    return Chunk(
        id=d["id"],
        report_id=d["report_id"],
        section_id=d["section_id"],
        section_path=tuple(d["section_path"]),
        kind=d["kind"],
        status=d["status"],
        text=d["text"],
        span=_span(d["span"]),
        ordinal=d.get("ordinal", 0),
    )


def pages_to_json(pages: tuple[Page, ...]) -> str:
    return json.dumps([[p.number, p.text] for p in pages], ensure_ascii=False)


def pages_from_json(text: str) -> tuple[Page, ...]:
    return tuple(Page(number, body) for number, body in json.loads(text))
