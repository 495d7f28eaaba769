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
from ingest.pipeline import IngestFailure, IngestResult, read_bytes, read_file, read_paths
from ingest.types import Chunk, DocType, GoalLevel, Page, Report, ReportMeta, Section, Span, Status

__all__ = [
    "Chunk",
    "DocType",
    "EncodingError",
    "EncryptedPdf",
    "GoalLevel",
    "IngestError",
    "IngestFailure",
    "IngestResult",
    "ManifestError",
    "NoTextExtracted",
    "Page",
    "Report",
    "ReportMeta",
    "Section",
    "Span",
    "Status",
    "UnreadableFile",
    "UnsupportedFormat",
    "read_bytes",
    "read_file",
    "read_paths",
]
