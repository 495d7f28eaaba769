"""The goal ledger over HTTP: `/api/goals` (list), `/api/goals/{id}` (versions + diffs), CSV.

`install_goals(app)` includes the router and a ledger cache. The ledger is built from the index's
reports (Index.list_reports) with the index's embedder on first use and rebuilt when the set of
reports changes (an upload); `ledger_of(app)` hands it to other routes (e.g. /api/ask).
"""

from __future__ import annotations

import itertools
import logging
import threading
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response
from pydantic import BaseModel

from ingest.goal_types import LEVEL_LABELS, Activity, Goal, Indicator, Sourced
from search.goals.build import Ledger, build_ledger, filter_goals
from search.goals.diff import similarity, wording_diff
from search.goals.export import anchor_chunk_id, ledger_csv
from search.protocols import SearchIndex
from service.deps import get_index
from service.errors import NotFound, Unavailable

__all__ = ["install_goals", "ledger_of", "router"]

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["goals"])


class LedgerCache:
    """The app's ledger, rebuilt when the index's reports change (keyed by id and digest)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[tuple[str, str], ...] | None = None
        self._ledger: Ledger | None = None

    def get(self, index: SearchIndex) -> Ledger:
        key = tuple(sorted(index.report_versions().items()))
        with self._lock:
            if self._ledger is None or key != self._key:
                embedder = index.embedder
                if embedder is None:
                    raise Unavailable("the goal ledger needs an index with an embedder")
                reports = index.list_reports()
                self._ledger = build_ledger(reports, embedder)
                # keyed on the reports it was built from (a write in between rebuilds next time)
                self._key = tuple(sorted((r.id, r.digest) for r in reports))
            return self._ledger


def install_goals(app: FastAPI) -> None:
    """Include the goal routes and give the app its ledger cache."""
    app.state.goal_ledger = LedgerCache()
    app.include_router(router)


def ledger_of(app: FastAPI, index: SearchIndex) -> Ledger:
    """The app's current ledger (built on first use)."""
    cache: LedgerCache | None = getattr(app.state, "goal_ledger", None)
    if cache is None:
        raise Unavailable("the goal ledger is not installed")
    return cache.get(index)


def get_ledger(request: Request) -> Ledger:
    return ledger_of(request.app, get_index(request))


LedgerDep = Annotated[Ledger, Depends(get_ledger)]
Level = Literal["kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal"]
StatusName = Literal["helt", "delvis", "ej"]


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


def _sourced(item: Sourced | None) -> SourcedOut | None:
    if item is None:
        return None
    span = item.span
    return SourcedOut(
        text=item.text, line_start=span.line_start, line_end=span.line_end, page=span.page_start
    )


def _row(model: type[RowOut], item: Indicator | Activity) -> RowOut:
    """An indicator or activity row: its own fields plus analysis and line range."""
    values = {f: getattr(item, f) for f in model.model_fields if hasattr(item, f)}
    values |= {"analysis": _sourced(item.analysis), "line_start": item.span.line_start}
    return model(**values, line_end=item.span.line_end)


def _summary_fields(ledger: Ledger, goal: Goal) -> dict[str, Any]:
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


def _goal_out(ledger: Ledger, goal: Goal) -> GoalOut:
    parent = ledger.by_id.get(goal.parent_id or "")
    return GoalOut(
        **_summary_fields(ledger, goal),
        parent_id=goal.parent_id,
        parent_text=parent.text if parent else None,
        description=_sourced(goal.description),
        expected_result=_sourced(goal.expected_result),
        analysis=_sourced(goal.analysis),
        method=_sourced(goal.method),
        followup=_sourced(goal.followup),
        indicators=[_row(IndicatorOut, i) for i in goal.indicators],
        activities=[_row(ActivityOut, a) for a in goal.activities],
    )


def _diffs(versions: list[Goal]) -> list[DiffOut]:
    """Wording diffs between consecutive versions whose wording differs."""
    out = []
    for old, new in itertools.pairwise(versions):
        if old.text == new.text:
            continue
        parts = [DiffPartOut(op=p.op, text=p.text) for p in wording_diff(old.text, new.text)]
        ratio = round(similarity(old.text, new.text), 3)
        out.append(DiffOut(from_id=old.id, to_id=new.id, similarity=ratio, parts=parts))
    return out


@router.get("/goals", response_model=GoalListOut)
def list_goals(
    ledger: LedgerDep,
    q: Annotated[str | None, Query(max_length=500)] = None,
    unit: str | None = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    level: Level | None = None,
    status: StatusName | None = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
) -> GoalListOut:
    """Goal records matching the filters; with `q`, best matching first."""
    found = filter_goals(ledger, q=q, unit=unit, year=year, level=level, status=status)
    return GoalListOut(
        total=len(found),
        goals=[GoalSummaryOut(**_summary_fields(ledger, g)) for g in found[:limit]],
        units=sorted({g.unit for g in ledger.goals}),
        years=sorted({g.year for g in ledger.goals if g.year is not None}),
    )


@router.get("/goals.csv", response_class=Response)
def goals_csv(ledger: LedgerDep) -> Response:
    """The whole ledger as CSV (one goal record per row, with its thread and links)."""
    headers = {"Content-Disposition": 'attachment; filename="malregister.csv"'}
    body = ledger_csv(ledger)
    return Response(body, media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/goals/{goal_id}", response_model=GoalDetailOut)
def get_goal(goal_id: str, ledger: LedgerDep) -> GoalDetailOut:
    """One goal record with every linked version (oldest first), their links and wording diffs."""
    goal = ledger.by_id.get(goal_id)
    if goal is None:
        raise NotFound(f"goal {goal_id!r} is not in the ledger")
    versions = list(ledger.versions(goal_id))
    ids = {v.id for v in versions}
    links = [
        LinkOut(a=link.a, b=link.b, kind=link.kind, score=link.score)
        for link in ledger.links
        if link.a in ids and link.b in ids
    ]
    return GoalDetailOut(
        goal=_goal_out(ledger, goal),
        versions=[_goal_out(ledger, v) for v in versions],
        links=links,
        diffs=_diffs(versions),
    )
