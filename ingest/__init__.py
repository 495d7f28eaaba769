"""Reading PDFs and text exports into typed records: Report > Section > Chunk."""

from ingest.errors import (
    EncodingError,
    EncryptedPdf,
    IngestError,
    ManifestError,
    NoTextExtracted,
    UnreadableFile,
    UnsupportedFormat,
)
from ingest.goals import extract_goals
from ingest.pipeline import IngestFailure, IngestResult, read_bytes, read_file, read_paths
from ingest.types import (
    Activity,
    Chunk,
    DocType,
    Goal,
    GoalLevel,
    Indicator,
    Page,
    Report,
    ReportMeta,
    Section,
    Sourced,
    Span,
    Status,
)

__all__ = [
    "Activity",
    "Chunk",
    "DocType",
    "EncodingError",
    "EncryptedPdf",
    "Goal",
    "GoalLevel",
    "Indicator",
    "IngestError",
    "IngestFailure",
    "IngestResult",
    "ManifestError",
    "NoTextExtracted",
    "Page",
    "Report",
    "ReportMeta",
    "Section",
    "Sourced",
    "Span",
    "Status",
    "UnreadableFile",
    "UnsupportedFormat",
    "extract_goals",
    "read_bytes",
    "read_file",
    "read_paths",
]
