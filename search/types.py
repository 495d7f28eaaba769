"""Typed records of search: filters in, hits out."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.types import Chunk, ReportMeta


@dataclass(frozen=True, slots=True)
class Filters:
    """Metadata filters; None means "any". Lists mean "one of". Years are inclusive bounds."""

    units: tuple[str, ...] | None = None
    districts: tuple[str, ...] | None = None
    year_from: int | None = None
    year_to: int | None = None
    doc_types: tuple[str, ...] | None = None  # "VB" / "VP"
    kinds: tuple[str, ...] | None = None  # goal levels, see ingest.types.GoalLevel
    statuses: tuple[str, ...] | None = None  # "helt" / "delvis" / "ej"
    report_ids: tuple[str, ...] | None = None
    strict_years: bool = False
    """A year filter never drops a report whose year is unknown or uncertain (it is kept, ranked
    lower and flagged in `Hit.uncertain`); True drops such reports too."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One retrieved chunk with the metadata of its report."""

    chunk: Chunk
    meta: ReportMeta
    score: float
    rank: int
    via: frozenset[str] = frozenset()  # subset of {"dense", "lexical"}
    also_in: tuple[str, ...] = field(default=())  # chunk ids of folded near-duplicates
    uncertain: frozenset[str] = frozenset()
    """Filter fields ("year") this hit passed only because its report's value is unknown or
    uncertain: the report may or may not be from the year asked for."""
