"""Which goals of the ledger a goal question is about, and how a goal is quoted: the helpers
every goal strategy shares (lists, one goal across years, a goal's parent)."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.quotes import best_quote
from ingest.types import Chunk, Goal, ReportMeta
from search.goals.build import Ledger
from search.types import Filters
from service.answer.citations import quote_citation
from service.answer.question import Question
from service.answer.types import Citation
from service.answer.who import district_named, unit_named

__all__ = ["EN_LEVELS", "goal_citation", "in_scope", "named_pool", "statement_quote"]

EN_LEVELS = {
    "enhetsmal": ("unit goal", "unit goals"),
    "namndmal": ("committee goal", "committee goals"),
    "kf_mal": ("council goal", "council goals"),
    "kf_inriktningsmal": ("council priority", "council priorities"),
}
"""A goal level's English name, singular and plural."""


def in_scope(goal: Goal, q: Question, scope: Filters | None) -> bool:
    """Whether a goal is of a year the question names and passes the request's filters."""
    if q.years and goal.year not in q.years:
        return False
    if scope is None:
        return True
    return (
        (scope.units is None or goal.unit in scope.units)
        and (scope.districts is None or goal.district in scope.districts)
        and (scope.doc_types is None or goal.doc_type in scope.doc_types)
        and (scope.year_from is None or (goal.year or 0) >= scope.year_from)
        and (scope.year_to is None or (goal.year or 9999) <= scope.year_to)
    )


def named_pool(question: str, goals: Sequence[Goal]) -> tuple[list[Goal], bool]:
    """The goals of the units the question names (narrowed to the districts it names when that
    leaves any; by district alone when it names no unit), or all goals; and whether a unit or
    district was named."""
    lowered = question.lower()
    pool = [g for g in goals if unit_named(lowered, g.unit)]
    pool = pool or [g for g in goals if district_named(lowered, g.district)]
    narrowed = [g for g in pool if district_named(lowered, g.district)]
    pool = narrowed or pool
    return (pool, True) if pool else (list(goals), False)


def goal_citation(n: int, chunk: Chunk, goal: Goal, quote: str) -> Citation:
    """Citation n of a quote from a goal's report."""
    meta = ReportMeta(goal.unit, goal.district, goal.year, goal.doc_type, "")
    return quote_citation(n, chunk, meta, quote)


def statement_quote(ledger: Ledger, goal: Goal) -> tuple[Chunk, str] | None:
    """The passage and quote of a goal's own statement, None when it cannot be quoted."""
    found = best_quote(ledger.chunks_at(goal.report_id, goal.span), goal.text)
    return (found.chunk, found.text) if found is not None else None
