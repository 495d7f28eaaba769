"""The one error hierarchy of ingest. Every message names the file and says why it failed."""

from __future__ import annotations

__all__ = [
    "EncodingError",
    "EncryptedPdf",
    "IngestError",
    "ManifestError",
    "NoTextExtracted",
    "UnreadableFile",
    "UnsupportedFormat",
]


class IngestError(Exception):
    """Base of every ingest failure; `path` is the file it concerns."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(IngestError):
    """Not a PDF and not text (binary data, images, office documents, archives)."""


class UnreadableFile(IngestError):
    """The file cannot be opened or parsed (missing, truncated or corrupt PDF)."""


class EncryptedPdf(IngestError):
    """A password-protected PDF that cannot be opened without the password."""


class NoTextExtracted(IngestError):
    """The file is empty, or a PDF has no text layer (image-only scan)."""


class EncodingError(IngestError):
    """Text in an encoding that is neither UTF-8 nor plausible Swedish cp1252/latin-1."""


class ManifestError(IngestError):
    """A curator manifest (reports.toml) that cannot be parsed or has a wrong field."""
