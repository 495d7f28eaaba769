"""Activities a report marks with a deviation (its activity table's "Avvikelse" column), from
the goal ledger: "Vilka aktiviteter markerades med avvikelse i Barn- och ungdomsenhetens
verksamhetsberättelse 2019?" lists each such activity of the reports in scope (the units,
districts and years the question names, and the request's filters), its row quoted, with
the goal it serves named."""

from __future__ import annotations

from ingest.quotes import best_quote
from ingest.types import Activity, Goal
from search.goals.build import Ledger
from search.types import Filters
from service.answer.citations import group_units
from service.answer.compose import label, more_line, quoted
from service.answer.goal_pool import goal_citation, in_scope, named_pool
from service.answer.question import Question
from service.answer.types import Answer, Citation

__all__ = ["MAX_DEVIATIONS", "answer_deviations", "marked_activities"]

MAX_DEVIATIONS = 12
"""Activities listed at most; a line tells how many more there are."""


def marked_activities(
    q: Question, ledger: Ledger, scope: Filters | None
) -> list[tuple[Goal, Activity]]:
    """The activities marked with a deviation, with the goal each serves, of the reports the
    question names (all reports in scope when it names none), in ledger order, each once."""
    goals = [g for g in ledger.goals if in_scope(g, q, scope)]
    pool, _ = named_pool(q.text, goals)
    seen: set[tuple[str, int]] = set()
    marked = []
    for goal in pool:
        for act in goal.activities:
            key = (goal.report_id, act.span.line_start)
            if act.deviation and key not in seen:
                seen.add(key)
                marked.append((goal, act))
    return marked


def answer_deviations(q: Question, ledger: Ledger, scope: Filters | None) -> Answer | None:
    """The list of marked activities, each citing its row; None when there is none to quote."""
    marked = marked_activities(q, ledger, scope)
    cites: list[Citation] = []
    lines: list[str] = []
    for goal, act in marked[:MAX_DEVIATIONS]:
        found = best_quote(ledger.chunks_at(goal.report_id, act.span), act.name)
        if found is None:
            continue
        cites.append(goal_citation(len(cites) + 1, found.chunk, goal, found.text))
        where = label(goal.unit, goal.district, goal.doc_type, goal.year)
        lines.append(f"- {where}: {quoted(found.text, q.language)} [{len(cites)}]")
    if not cites:
        return None
    lines += more_line(MAX_DEVIATIONS, len(marked), q.language)
    return Answer(
        "\n".join([_head(q, len(cites)), *lines]),
        tuple(cites),
        group_units(cites),
        True,
        q.language,
        "goal_ledger",
    )


def _head(q: Question, n: int) -> str:
    """'2 aktiviteter markerades med avvikelse (2019):' / '2 activities were marked …'."""
    years = f" ({', '.join(map(str, q.years))})" if q.years else ""
    if q.language == "en":
        kind = "activity was" if n == 1 else "activities were"
        return f"{n} {kind} marked with a deviation{years}:"
    kind = "aktivitet" if n == 1 else "aktiviteter"
    return f"{n} {kind} markerades med avvikelse{years}:"
