"""The goal ledger over HTTP: `/api/goals` (list), `/api/goals/{id}` (versions + diffs), CSV.

`install_goals(app)` includes the router and gives the app its ledger cache
(`service.deps.LedgerCache`: built with the index's embedder on first use, rebuilt when the
index's report versions change). Response models live in `service.api.goal_schemas`.
"""

from __future__ import annotations

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, FastAPI, Query, Response

from search.goals.build import filter_goals
from search.goals.export import ledger_csv
from service.api.goal_schemas import (
    GoalDetailOut,
    GoalListOut,
    GoalSummaryOut,
    LinkOut,
    diffs_out,
    goal_out,
    summary_fields,
)
from service.deps import LedgerCache, LedgerDep
from service.errors import NotFound

__all__ = ["install_goals", "router"]

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["goals"])


def install_goals(app: FastAPI) -> None:
    """Include the goal routes and give the app its ledger cache."""
    app.state.goal_ledger = LedgerCache()
    app.include_router(router)


Level = Literal["kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal"]
StatusName = Literal["helt", "delvis", "ej"]


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
        goals=[GoalSummaryOut(**summary_fields(ledger, g)) for g in found[:limit]],
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
        goal=goal_out(ledger, goal),
        versions=[goal_out(ledger, v) for v in versions],
        links=links,
        diffs=diffs_out(versions),
    )
