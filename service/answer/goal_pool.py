"""Which goals of the ledger a goal question is about, and how a goal is quoted: the helpers
every goal strategy shares (lists, one goal across years, a goal's parent)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ingest.quotes import best_quote
from ingest.types import Chunk, Goal, ReportMeta
from search.goals.build import Ledger
from search.types import Filters
from service.answer.citations import quote_citation
from service.answer.names import district_named, unit_named
from service.answer.question import Question
from service.answer.types import Citation

__all__ = [
    "EN_LEVELS",
    "goal_citation",
    "in_scope",
    "named_elsewhen",
    "named_pool",
    "no_goals_note",
    "plan_only_note",
    "plans_only",
    "statement_quote",
]

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


def named_elsewhen(q: Question, goals: Sequence[Goal], scope: Filters | None) -> list[Goal] | None:
    """When the question names reports (its units or districts) and years, and no goal of
    those reports is of an asked year: their goals of other years, possibly none (asked for
    Familjeenheten's goals of 2019, a unit whose only report is of 2017; another unit's 2019
    goals are not the answer). None when it names no report or no year, or some named report
    has a goal of an asked year."""
    if not q.named or not q.years:
        return None
    any_year = replace(q, years=())
    own = [g for g in goals if g.report_id in q.named and in_scope(g, any_year, scope)]
    if any(g.year in q.years for g in own):
        return None
    return own


def no_goals_note(q: Question, metas: Mapping[str, ReportMeta], goals: Sequence[Goal]) -> str:
    """'Rapporterna har inga mål från 2019 för Familjeenheten, Östermalm; det finns mål från
    VB 2017.' for the reports the question names (by their district when it names several
    units of one) and their `goals` of other years."""
    named = [metas[r] for r in sorted(q.named or ()) if r in metas]
    units = dict.fromkeys(_place(m.unit, m.district) for m in named)
    districts = {m.district for m in named}
    who = next(iter(districts)) if len(units) > 1 and len(districts) == 1 else ", ".join(units)
    years = ", ".join(map(str, q.years))
    found = sorted({(g.year or 0, g.doc_type) for g in goals})
    also = " och ".join(f"{kind} {year}" for year, kind in found)
    if q.language == "en":
        also = also.replace(" och ", " and ")
        more = f"; there are goals from {also}" if found else ""
        return f"The reports have no goals from {years} for {who}{more}."
    more = f"; det finns mål från {also}" if found else ""
    return f"Rapporterna har inga mål från {years} för {who}{more}."


def plans_only(goals: Sequence[Goal], years: Sequence[int]) -> bool:
    """Whether every goal is a plan's of the years asked or later (none of a report on a year):
    a plan is written before its year, so it cannot tell whether its goals were met."""
    return bool(goals) and all(
        g.doc_type == "VP" and g.year is not None and all(y >= g.year for y in years) for g in goals
    )


def plan_only_note(q: Question, goals: Sequence[Goal], outcome: bool = False) -> str:
    """'Målet finns bara i verksamhetsplanen 2022 för Familjeenheten, Kungsholmen; en plan skrivs
    före sitt år och säger inte om målet uppfylldes.' (in English for an English question);
    asked for an `outcome` ("Vilket utfall fick indikatorn 2022?"), '… och säger inte vilket
    utfall året fick.'"""
    plans = ", ".join(dict.fromkeys(f"{g.year} ({_place(g.unit, g.district)})" for g in goals))
    if q.language == "en":
        told = "what the outcome was" if outcome else "whether the goal was met"
        return (
            f"The goal is only in the plan for {plans}; a plan is written before its year "
            f"and does not tell {told}."
        )
    told = "vilket utfall året fick" if outcome else "om målet uppfylldes"
    return (
        f"Målet finns bara i verksamhetsplanen för {plans}; en plan skrivs före sitt år och "
        f"säger inte {told}."
    )


def _place(unit: str, district: str) -> str:
    return f"{unit}, {district}" if district and district != "unknown" else unit


def goal_citation(n: int, chunk: Chunk, goal: Goal, quote: str) -> Citation:
    """Citation n of a quote from a goal's report."""
    meta = ReportMeta(goal.unit, goal.district, goal.year, goal.doc_type, "")
    return quote_citation(n, chunk, meta, quote)


def statement_quote(ledger: Ledger, goal: Goal) -> tuple[Chunk, str] | None:
    """The passage and quote of a goal's own statement, None when it cannot be quoted."""
    found = best_quote(ledger.chunks_at(goal.report_id, goal.span), goal.text)
    return (found.chunk, found.text) if found is not None else None
