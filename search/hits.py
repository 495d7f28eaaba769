"""The JSON shape of a hit, shared by the CLI (`rapport search --json`) and the HTTP API."""

from __future__ import annotations

from typing import Any

from search.types import Hit

__all__ = ["hit_to_dict"]


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    """A hit as plain JSON-ready data (see the field list in the search issue)."""
    chunk, meta = hit.chunk, hit.meta
    return {
        "chunk_id": chunk.id,
        "report_id": chunk.report_id,
        "unit": meta.unit,
        "district": meta.district,
        "year": meta.year,
        "doc_type": meta.doc_type,
        "title": meta.title,
        "section_path": list(chunk.section_path),
        "page": chunk.span.page_start,
        "line_start": chunk.span.line_start,
        "line_end": chunk.span.line_end,
        "text": chunk.text,
        "score": round(float(hit.score), 6),
        "rank": hit.rank,
        "kind": chunk.kind,
        "status": chunk.status,
        "via": sorted(hit.via),
        "also_in": list(hit.also_in),
        "uncertain": sorted(hit.uncertain),
    }
