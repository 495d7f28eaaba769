"""What is embedded and indexed for a chunk: its heading path plus its text, and the cache key."""

from __future__ import annotations

import hashlib

from ingest.types import Chunk

__all__ = ["HEADING_LEVELS", "passage_hash", "passage_text"]

HEADING_LEVELS = 2
"""How many trailing headings of the section path precede the chunk text."""


def passage_text(chunk: Chunk) -> str:
    """The text embedded and indexed for a chunk: its last headings, a newline, its text."""
    headings = " > ".join(chunk.section_path[-HEADING_LEVELS:]) if HEADING_LEVELS else ""
    return f"{headings}\n{chunk.text}" if headings else chunk.text


def passage_hash(text: str) -> str:
    """Embedding cache key: sha256 of the exact text given to the embedder."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
