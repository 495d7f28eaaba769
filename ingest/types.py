"""Typed records that flow out of ingest: Report > Section > Chunk, and Report > Goal.

These are the contract between `ingest`, `search` and `service`. Change them only additively.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DocType = Literal["VB", "VP", "rapport", "unknown"]
"""VB = verksamhetsberättelse (report on a year), VP = verksamhetsplan (plan for a year),
"rapport" = any other document (an agency report, an assignment's report ...) or a unit report
whose type nothing states; "unknown" is kept for records written before "rapport" existed."""

GoalLevel = Literal[
    "kf_inriktningsmal",  # KF:s inriktningsmål
    "kf_mal",  # KF:s mål för verksamhetsområdet
    "namndmal",  # Nämndmål
    "enhetsmal",  # Enhetsmål / verksamhetsmål
    "forvantat_resultat",  # Förväntat resultat
    "analys",  # Analys
    "aktiviteter",  # Aktiviteter
    "indikatorer",  # Indikator tables
    "uppfoljning",  # Uppföljning
    "heading",  # any other heading
    "preamble",  # text before the first heading
]

Status = Literal["helt", "delvis", "ej"]
"""Fulfilment: Uppfylls helt / delvis / ej (Uppfylls ej)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Where a piece of text sits in its source file.

    Lines are 1-based and inclusive, counted in the *original* file (for PDFs: in the extracted
    text of the whole document, pages joined with newlines). Pages are 1-based, None for text files.
    """

    line_start: int
    line_end: int
    page_start: int | None = None
    page_end: int | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of extracted (raw, uncleaned) text. Text files are a single page numbered 1."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """Metadata of one report. `confidence` maps a field name to 0..1 (1.0 = stated or curated)."""

    unit: str  # enhet, "unknown" when it cannot be inferred
    district: str  # stadsdelsområde, "unknown" when it cannot be inferred
    year: int | None
    doc_type: DocType
    title: str
    date: str | None = None  # ISO yyyy-mm-dd when present
    diarienummer: str | None = None
    confidence: dict[str, float] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Section:
    """A node of a report's section tree.

    `path` is the heading path from the root down to and including this section's heading.
    `text` is the cleaned body text directly under this heading (not its children's).
    """

    id: str  # stable: f"{report_id}:s{ordinal}"
    report_id: str
    heading: str
    path: tuple[str, ...]
    depth: int
    kind: GoalLevel
    number: str | None  # goal number such as "1.4" or "1.2.1" when the heading carries one
    status: Status | None  # fulfilment attached to this goal (or inherited from its goal)
    text: str
    span: Span
    parent_id: str | None = None


@dataclass(frozen=True, slots=True)
class Chunk:
    """A bounded piece of one section, the unit of retrieval and citation."""

    id: str  # content hash: sha256(report_id + section path + text)[:16]
    report_id: str
    section_id: str
    section_path: tuple[str, ...]
    kind: GoalLevel
    status: Status | None
    text: str  # cleaned text; quotes must be exact substrings of this
    span: Span
    ordinal: int = 0  # position of the chunk within its report


# Goal records: one goal statement (KF:s inriktningsmål, KF:s mål för verksamhetsområdet,
# Nämndmål or Enhetsmål) in one report, with what the report says about it (ingest.goals).

GoalRecordLevel = Literal["kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal"]
"""The four levels of the goal hierarchy, from the top."""

LEVELS: tuple[GoalRecordLevel, ...] = ("kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal")

LEVEL_LABELS: dict[str, str] = {
    "kf_inriktningsmal": "KF:s inriktningsmål",
    "kf_mal": "KF:s mål för verksamhetsområdet",
    "namndmal": "Nämndmål",
    "enhetsmal": "Enhetsmål",
}


@dataclass(frozen=True, slots=True)
class Sourced:
    """A piece of text (cleaned, lines joined) and where it sits in the source file."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Indicator:
    """One row of an indicator table. Values are kept as written ("84 %", "tas fram av nämnden")."""

    name: str
    span: Span
    outcome: str | None = None  # Periodens utfall
    outcome_men: str | None = None  # Utfall män/pojkar
    outcome_women: str | None = None  # Utfall kvinnor/flickor
    previous: str | None = None  # Periodens utfall VB <previous year>
    forecast: str | None = None  # Prognos helår
    target: str | None = None  # Årsmål
    kf_target: str | None = None  # KF:s årsmål
    period: str | None = None  # Period / Periodicitet ("VB 2019", "Tertial", "År")
    analysis: Sourced | None = None


@dataclass(frozen=True, slots=True)
class Activity:
    """One row of an activity table (Aktivitet, Startdatum, Slutdatum, Avvikelse)."""

    name: str
    span: Span
    start: str | None = None  # ISO date as written
    end: str | None = None
    deviation: bool = False  # the Avvikelse column says "Avvikelse"
    analysis: Sourced | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    """One goal statement of one report, with its unit/year context and follow-up."""

    id: str  # f"{report_id}:g{ordinal}", stable for the same report text
    report_id: str
    level: GoalRecordLevel
    number: str | None  # "1", "1.4", "1.2.1" when the report numbers the goal
    text: str
    span: Span  # the goal statement itself
    block_span: Span  # from the goal's marker to the line before the next goal marker
    unit: str
    district: str
    year: int | None
    doc_type: DocType
    parent_id: str | None = None
    status: Status | None = None
    status_span: Span | None = None
    description: Sourced | None = None  # Beskrivning
    expected_result: Sourced | None = None  # Förväntat resultat
    analysis: Sourced | None = None  # Analys
    method: Sourced | None = None  # Arbetssätt
    followup: Sourced | None = None  # Uppföljning (how a plan will follow the goal up)
    resources: Sourced | None = None  # Resursanvändning (who and what a plan puts on the goal)
    indicators: tuple[Indicator, ...] = ()
    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """One report (a bundle file yields several). `id` is a stable slug, unique in a corpus."""

    id: str
    source: str  # file path as given, for messages and for opening the original
    meta: ReportMeta
    pages: tuple[Page, ...]
    sections: tuple[Section, ...]
    chunks: tuple[Chunk, ...]
    digest: str = ""  # sha256 of the source bytes (+ part index of a bundle, chunking rules)
    goals: tuple[Goal, ...] = ()  # its goal statements (ingest.goals), in document order
