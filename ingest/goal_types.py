"""Typed goal records extracted from a report: Goal > Indicator / Activity, each with its Span.

A goal record is one goal statement (KF:s inriktningsmål, KF:s mål för verksamhetsområdet,
Nämndmål or Enhetsmål) in one report, with what the report says about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ingest.types import DocType, Span, Status

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
    indicators: tuple[Indicator, ...] = ()
    activities: tuple[Activity, ...] = ()
