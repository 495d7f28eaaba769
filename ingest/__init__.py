"""Reading PDFs and text exports into typed records: Report > Section > Chunk."""

from ingest.types import Chunk, DocType, GoalLevel, Page, Report, ReportMeta, Section, Span, Status

__all__ = [
    "Chunk",
    "DocType",
    "GoalLevel",
    "Page",
    "Report",
    "ReportMeta",
    "Section",
    "Span",
    "Status",
]
