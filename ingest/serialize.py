"""Plain-dict (JSON-ready) forms of reports and back, for the CLI and for storage."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ingest.types import Chunk, Page, Report, ReportMeta, Section, Span


def report_to_dict(report: Report, include_pages: bool = False) -> dict[str, Any]:
    """JSON-ready dict of a report; pages (the raw text) only when asked for."""
    data = dataclasses.asdict(report)
    if not include_pages:
        data["pages"] = []
    return data


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Inverse of `report_to_dict` (tuples restored, spans and pages rebuilt)."""
    sections = tuple(
        Section(**{**s, "path": tuple(s["path"]), "span": Span(**s["span"])})
        for s in data["sections"]
    )
    chunks = tuple(
        Chunk(**{**c, "section_path": tuple(c["section_path"]), "span": Span(**c["span"])})
        for c in data["chunks"]
    )
    return Report(
        id=data["id"],
        source=data["source"],
        meta=ReportMeta(**data["meta"]),
        pages=tuple(Page(**p) for p in data.get("pages", ())),
        sections=sections,
        chunks=chunks,
        digest=data.get("digest", ""),
    )
