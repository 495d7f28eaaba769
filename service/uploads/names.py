"""The one sanitiser of upload names: what an uploaded file is called from here on.

The name a client sends is reduced once, at the edge, to a safe base name (no directories, no
control characters, odd characters replaced, a long stem shortened) with one of the suffixes
reports come in; the kept file, the sandbox and the report ids all use that name.
"""

from __future__ import annotations

import re

from service.errors import UnsupportedMedia

__all__ = ["MAX_STEM", "SUFFIXES", "safe_upload_name"]

SUFFIXES = (".pdf", ".txt", ".md")
"""Suffixes an upload may have (the content must agree: see ingest.decode.sniff)."""
MAX_STEM = 90
"""Characters of an upload's file name before the suffix (room for a "-2" when renamed)."""
_ODD = re.compile(r"[^A-Za-z0-9åäöÅÄÖ._-]+")


def safe_upload_name(filename: str | None) -> str:
    """The base name of an upload without control characters, other odd characters replaced
    and a long stem shortened (the suffix kept); 415 UnsupportedMedia for other types."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    printable = "".join(ch for ch in base if ch.isprintable())
    name = _ODD.sub("_", printable).strip("._")
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in SUFFIXES:
        raise UnsupportedMedia(f"{base[:80]!r}: upload a .pdf, .txt or .md report")
    return f"{stem[:MAX_STEM].rstrip('._-') or 'upload'}.{suffix}"
