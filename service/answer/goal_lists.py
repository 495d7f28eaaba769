"""Lists of goals ("Vilka enhetsmål uppfylldes delvis 2019?", "Vilka mål handlar om våld i nära
relationer?", "Which unit goals were not met?"): the ledger filtered by the level, fulfilment,
years and units the question names and by its remaining topic, every match listed with its
status and quoted statement. Asked for a fulfilment no goal in scope has, the answer says so
and lists how the goals with a stated fulfilment were assessed ("Inga enhetsmål (2019)
bedömdes som ej uppfyllda. Så bedömdes de 9 …"), not a passage that happens to match."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.types import Goal
from search.goals.build import Ledger
from search.types import Filters
from service.answer.citations import group_units
from service.answer.compose import label, more_line, quoted
from service.answer.goal_pool import (
    EN_LEVELS,
    goal_citation,
    in_scope,
    named_pool,
    statement_quote,
)
from service.answer.goal_questions import asks_units_goals, list_filters, topic_terms
from service.answer.goal_topic import listed_order, on_topic
from service.answer.goal_words import STATUS_SV, level_noun
from service.answer.question import Question
from service.answer.types import Answer, Citation

__all__ = ["MAX_LISTED", "answer_list", "places"]

MAX_LISTED = 40
"""Goals listed in one answer; the rest are counted ("(+3 till)")."""
_STATUS_EN = {"helt": "fully met", "delvis": "partly met", "ej": "not met"}


def places(ledger: Ledger) -> set[str]:
    """Every unit and district name of the ledger's goals."""
    return {place for g in ledger.goals for place in (g.unit, g.district)}


def answer_list(
    q: Question, ledger: Ledger, sims: dict[str, float], scope: Filters | None
) -> Answer | None:
    """Every goal of the level, status, years, units and topic the question names; when none
    has the asked status, the goals in scope with a stated status and a head saying so."""
    level, status = list_filters(q.swedish or q.text)
    units_asked = asks_units_goals(q.swedish or q.text)
    level = level or ("enhetsmal" if units_asked else None)  # a unit's goals: its enhetsmål
    goals = _matching(q, ledger, sims, scope, level, lambda g: status in (None, g.status))
    if units_asked:
        return _listed(q, ledger, goals, lambda n, units: _units_head(q, n, units, status))
    if goals or status is None:
        return _listed(q, ledger, goals, lambda n, _: _list_head(q, n, level, status))
    assessed = _matching(q, ledger, sims, scope, level, lambda g: g.status is not None)
    if not assessed:
        return None
    return _listed(q, ledger, assessed, lambda n, _: _none_head(q, n, level, status))


def _matching(
    q: Question,
    ledger: Ledger,
    sims: dict[str, float],
    scope: Filters | None,
    level: str | None,
    status_ok: Callable[[Goal], bool],
) -> list[Goal]:
    """The goals of the level and status (`status_ok(goal)`) in scope, of the units the
    question names and on its topic, in listing order."""
    candidates = [
        g
        for g in ledger.goals
        if (level is None or g.level == level) and status_ok(g) and in_scope(g, q, scope)
    ]
    pool, named = named_pool(q.text, candidates)
    terms = topic_terms(q, places(ledger))
    found = on_topic(pool, terms, sims, named, ledger.by_id)
    return sorted(found, key=listed_order(terms, sims))


def _listed(
    q: Question, ledger: Ledger, goals: Sequence[Goal], head: Callable[[int, int], str]
) -> Answer | None:
    """The answer listing `goals` (at most MAX_LISTED) under `head(goals listed, units)`."""
    cites: list[Citation] = []
    lines: list[str] = []
    for goal in goals[:MAX_LISTED]:
        found = statement_quote(ledger, goal)
        if found is None:
            continue
        cites.append(goal_citation(len(cites) + 1, found[0], goal, found[1]))
        where = label(goal.unit, goal.district, goal.doc_type, goal.year)
        status_words = _status_words(goal, q.language == "en")
        lines.append(f"- {where}: {quoted(found[1], q.language)} – {status_words} [{len(cites)}]")
    if not cites:
        return None
    lines += more_line(MAX_LISTED, len(goals), q.language)
    units = group_units(cites)
    text = "\n".join([head(len(cites), len({(u.unit, u.district) for u in units})), *lines])
    return Answer(text, tuple(cites), units, True, q.language, "goal_ledger")


def _list_head(q: Question, n: int, level: str | None, status: str | None) -> str:
    """'3 enhetsmål (2019) uppfylldes delvis:' / '3 unit goals (2019) were partly met:'."""
    years = _years(q)
    if q.language == "en":
        kind = EN_LEVELS[level][1] if level in EN_LEVELS else "goals"
        if not status:
            return f"{n} {kind}{years}:"
        return f"{n} {kind}{years} {'was' if n == 1 else 'were'} {_STATUS_EN[status]}:"
    kind = level_noun(level) if level else "mål"
    return f"{n} {kind}{years} {STATUS_SV[status]}:" if status else f"{n} {kind}{years}:"


def _none_head(q: Question, n: int, level: str | None, status: str) -> str:
    """'Inga enhetsmål (2019) bedömdes som ej uppfyllda. Så bedömdes de 9 som har en angiven
    måluppfyllelse:' / 'No unit goals (2019) were reported as not met. …'."""
    years = _years(q)
    if q.language == "en":
        kind = EN_LEVELS[level][1] if level in EN_LEVELS else "goals"
        return (
            f"No {kind}{years} were reported as {_STATUS_EN[status]}. "
            f"How the {n} with a stated fulfilment were assessed:"
        )
    kind = level_noun(level) if level else "mål"
    return (
        f"Inga {kind}{years} bedömdes som {status} uppfyllda. "
        f"Så bedömdes de {n} som har en angiven måluppfyllelse:"
    )


def _units_head(q: Question, n: int, units: int, status: str | None) -> str:
    """'3 enheter har 5 enhetsmål om det:' / '3 units have 5 unit goals on it:'; with a status,
    '… som uppfylldes delvis:' / '… that were partly met:'."""
    years = _years(q)
    if q.language == "en":
        kind = "unit goal" if n == 1 else "unit goals"
        verb = "has" if units == 1 else "have"
        what = f"that {'was' if n == 1 else 'were'} {_STATUS_EN[status]}" if status else "on it"
        return f"{units} unit{'s' * (units != 1)} {verb} {n} {kind}{years} {what}:"
    what = f"som {STATUS_SV[status]}" if status else "om det"
    return f"{units} {'enheter' if units != 1 else 'enhet'} har {n} enhetsmål{years} {what}:"


def _years(q: Question) -> str:
    return f" ({', '.join(map(str, q.years))})" if q.years else ""


def _status_words(goal: Goal, english: bool) -> str:
    if goal.status is not None:
        return (_STATUS_EN if english else STATUS_SV)[goal.status]
    if goal.doc_type == "VP":
        return "planned" if english else "planerat"
    return "no stated fulfilment" if english else "ingen angiven måluppfyllelse"
