"""Plain-dict (JSON-ready) forms of reports and their records and back, for the CLI and storage."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ingest.types import Chunk, Page, Report, ReportMeta, Section, Span

__all__ = [
    "chunk_from_dict",
    "meta_from_dict",
    "report_from_dict",
    "report_to_dict",
    "section_from_dict",
]


def report_to_dict(report: Report, include_pages: bool = False) -> dict[str, Any]:
    """JSON-ready dict of a report; pages (the raw text) only when asked for."""
    data = dataclasses.asdict(report)
    if not include_pages:
        data["pages"] = []
    return data


def meta_from_dict(data: Mapping[str, Any]) -> ReportMeta:
    """Inverse of `dataclasses.asdict(meta)`."""
    return ReportMeta(**data)


def section_from_dict(data: Mapping[str, Any]) -> Section:
    """Inverse of `dataclasses.asdict(section)` (tuples restored, span rebuilt)."""
    return Section(**{**data, "path": tuple(data["path"]), "span": Span(**data["span"])})


def chunk_from_dict(data: Mapping[str, Any]) -> Chunk:
    """Inverse of `dataclasses.asdict(chunk)` (tuples restored, span rebuilt)."""
    return Chunk(
        **{**data, "section_path": tuple(data["section_path"]), "span": Span(**data["span"])}
    )


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Inverse of `report_to_dict` (tuples restored, spans and pages rebuilt)."""
    return Report(
        id=data["id"],
        source=data["source"],
        meta=meta_from_dict(data["meta"]),
        pages=tuple(Page(**p) for p in data.get("pages", ())),
        sections=tuple(section_from_dict(s) for s in data["sections"]),
        chunks=tuple(chunk_from_dict(c) for c in data["chunks"]),
        digest=data.get("digest", ""),
    )
