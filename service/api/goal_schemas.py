"""The goal ledger's response models and their conversion from ledger records."""

from __future__ import annotations

import itertools
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from ingest.types import LEVEL_LABELS, Activity, Goal, Indicator, Sourced
from search.goals.build import Ledger
from search.goals.diff import similarity, wording_diff
from search.goals.export import anchor_chunk_id

__all__ = [
    "ActivityOut",
    "DiffOut",
    "DiffPartOut",
    "GoalDetailOut",
    "GoalListOut",
    "GoalOut",
    "GoalSummaryOut",
    "IndicatorOut",
    "LinkOut",
    "SourcedOut",
    "diffs_out",
    "goal_out",
    "row_out",
    "sourced_out",
    "summary_fields",
]


class SourcedOut(BaseModel):
    text: str
    line_start: int
    line_end: int
    page: int | None


class IndicatorOut(BaseModel):
    name: str
    analysis: SourcedOut | None
    line_start: int
    line_end: int
    outcome: str | None
    outcome_men: str | None
    outcome_women: str | None
    previous: str | None
    forecast: str | None
    target: str | None
    kf_target: str | None
    period: str | None


class ActivityOut(BaseModel):
    name: str
    analysis: SourcedOut | None
    line_start: int
    line_end: int
    start: str | None
    end: str | None
    deviation: bool


RowOut = TypeVar("RowOut", IndicatorOut, ActivityOut)


class GoalSummaryOut(BaseModel):
    id: str
    thread_id: str
    versions: int
    level: str
    level_label: str
    number: str | None
    text: str
    status: str | None
    unit: str
    district: str
    year: int | None
    doc_type: str
    report_id: str
    chunk_id: str | None
    line_start: int
    line_end: int
    page: int | None


class GoalOut(GoalSummaryOut):
    parent_id: str | None
    parent_text: str | None
    description: SourcedOut | None
    expected_result: SourcedOut | None
    analysis: SourcedOut | None
    method: SourcedOut | None
    followup: SourcedOut | None
    resources: SourcedOut | None
    indicators: list[IndicatorOut]
    activities: list[ActivityOut]


class GoalListOut(BaseModel):
    total: int
    goals: list[GoalSummaryOut]
    units: list[str]
    years: list[int]


class DiffPartOut(BaseModel):
    op: Literal["equal", "delete", "insert"]
    text: str


class DiffOut(BaseModel):
    from_id: str
    to_id: str
    similarity: float
    parts: list[DiffPartOut]


class LinkOut(BaseModel):
    a: str
    b: str
    kind: str
    score: float


class GoalDetailOut(BaseModel):
    goal: GoalOut
    versions: list[GoalOut]
    links: list[LinkOut]
    diffs: list[DiffOut]


def sourced_out(item: Sourced | None) -> SourcedOut | None:
    if item is None:
        return None
    span = item.span
    return SourcedOut(
        text=item.text, line_start=span.line_start, line_end=span.line_end, page=span.page_start
    )


def row_out(model: type[RowOut], item: Indicator | Activity) -> RowOut:
    """An indicator or activity row: its own fields plus analysis and line range."""
    values = {f: getattr(item, f) for f in model.model_fields if hasattr(item, f)}
    values |= {"analysis": sourced_out(item.analysis), "line_start": item.span.line_start}
    return model(**values, line_end=item.span.line_end)


def summary_fields(ledger: Ledger, goal: Goal) -> dict[str, Any]:
    thread = ledger.thread_of[goal.id]
    return {
        "id": goal.id,
        "thread_id": thread,
        "versions": sum(1 for t in ledger.thread_of.values() if t == thread),
        "level": goal.level,
        "level_label": LEVEL_LABELS[goal.level],
        "number": goal.number,
        "text": goal.text,
        "status": goal.status,
        "unit": goal.unit,
        "district": goal.district,
        "year": goal.year,
        "doc_type": goal.doc_type,
        "report_id": goal.report_id,
        "chunk_id": anchor_chunk_id(ledger, goal),
        "line_start": goal.span.line_start,
        "line_end": goal.span.line_end,
        "page": goal.span.page_start,
    }


def goal_out(ledger: Ledger, goal: Goal) -> GoalOut:
    parent = ledger.by_id.get(goal.parent_id or "")
    return GoalOut(
        **summary_fields(ledger, goal),
        parent_id=goal.parent_id,
        parent_text=parent.text if parent else None,
        description=sourced_out(goal.description),
        expected_result=sourced_out(goal.expected_result),
        analysis=sourced_out(goal.analysis),
        method=sourced_out(goal.method),
        followup=sourced_out(goal.followup),
        resources=sourced_out(goal.resources),
        indicators=[row_out(IndicatorOut, i) for i in goal.indicators],
        activities=[row_out(ActivityOut, a) for a in goal.activities],
    )


def diffs_out(versions: list[Goal]) -> list[DiffOut]:
    """Wording diffs between consecutive versions whose wording differs."""
    out = []
    for old, new in itertools.pairwise(versions):
        if old.text == new.text:
            continue
        parts = [DiffPartOut(op=p.op, text=p.text) for p in wording_diff(old.text, new.text)]
        ratio = round(similarity(old.text, new.text), 3)
        out.append(DiffOut(from_id=old.id, to_id=new.id, similarity=ratio, parts=parts))
    return out
