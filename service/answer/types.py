"""Typed records of answering: turns in, answers with verified citations out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ingest.text.language import Language

__all__ = ["Answer", "Citation", "Language", "StreamEvent", "Turn", "UnitGroup"]


@dataclass(frozen=True, slots=True)
class Turn:
    """One earlier message of the conversation."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A numbered citation: `quote` is an exact substring of the chunk's text."""

    n: int
    chunk_id: str
    report_id: str
    unit: str
    district: str
    year: int | None
    doc_type: str
    section_path: tuple[str, ...]
    page: int | None
    quote: str


@dataclass(frozen=True, slots=True)
class UnitGroup:
    """One report's unit (with district, year, type) and the citation numbers supporting it."""

    unit: str
    district: str
    year: int | None
    doc_type: str
    report_id: str
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer: text whose sentences carry [n] markers, the citations, the units involved."""

    text: str
    citations: tuple[Citation, ...]
    units: tuple[UnitGroup, ...]
    grounded: bool
    language: Language
    mode: str  # "extractive" | "aggregate" | "generative" | "ungrounded"


@dataclass(frozen=True, slots=True)
class StreamEvent:
    """`delta` events carry text as it is produced; the last event is `answer` (authoritative)."""

    kind: str  # "delta" | "answer"
    text: str = ""
    answer: Answer | None = None
