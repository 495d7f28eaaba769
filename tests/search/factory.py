"""Small hand-built reports for search tests (no dependency on the ingest readers)."""

from __future__ import annotations

import hashlib

from ingest.types import Chunk, Page, Report, ReportMeta, Section, Span


def make_report(
    report_id: str,
    texts: list[str],
    *,
    unit: str = "Familjeenheten",
    district: str = "Kungsholmen",
    year: int | None = 2019,
    doc_type: str = "VB",
    kinds: list[str] | None = None,
    statuses: list[str | None] | None = None,
    source: str | None = None,
    digest: str | None = None,
) -> Report:
    """A report with one section per text, one chunk per section."""
    sections: list[Section] = []
    chunks: list[Chunk] = []
    for i, text in enumerate(texts):
        kind = kinds[i] if kinds else "enhetsmal"
        status = statuses[i] if statuses else None
        path = (f"Rubrik {i}",)
        span = Span(line_start=10 * i + 1, line_end=10 * i + 5, page_start=i + 1, page_end=i + 1)
        sid = f"{report_id}:s{i}"
        sections.append(
            Section(sid, report_id, path[0], path, 1, kind, None, status, text, span)  # type: ignore[arg-type]
        )
        cid = hashlib.sha256((report_id + "/".join(path) + text).encode()).hexdigest()[:16]
        chunks.append(Chunk(cid, report_id, sid, path, kind, status, text, span, i))  # type: ignore[arg-type]
    meta = ReportMeta(unit, district, year, doc_type, f"{doc_type} {year} {unit}")  # type: ignore[arg-type]
    body = "\n".join(texts)
    return Report(
        id=report_id,
        source=source or f"/nonexistent/{report_id}.txt",
        meta=meta,
        pages=(Page(1, body),),
        sections=tuple(sections),
        chunks=tuple(chunks),
        digest=digest if digest is not None else hashlib.sha256(body.encode()).hexdigest(),
    )
