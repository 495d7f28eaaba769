"""Which goal a goal belongs to, from the goal ledger: "Under vilket nämndmål ligger
Familjestödsenhetens enhetsmål om RVC Väst 2020?" is answered with the nämndmål above the
closest enhetsmål in meaning (of the units, districts and years the question names), both
quoted from the report; the ledger knows each goal's parent from the report's hierarchy."""

from __future__ import annotations

from collections.abc import Mapping

from ingest.types import Goal
from search.goals.build import Ledger
from search.types import Filters
from service.answer.citations import group_units
from service.answer.compose import label, quoted
from service.answer.goal_pool import (
    EN_LEVELS,
    goal_citation,
    in_scope,
    named_pool,
    statement_quote,
)
from service.answer.goal_questions import asks_above, parent_asked
from service.answer.goal_topic import close_enough, mostly_quoted
from service.answer.question import Question
from service.answer.types import Answer

__all__ = ["answer_parent"]

_SV = {
    "enhetsmal": "enhetsmålet",
    "namndmal": "nämndmålet",
    "kf_mal": "KF:s mål för verksamhetsområdet",
    "kf_inriktningsmal": "KF:s inriktningsmål",
}


def ancestor(ledger: Ledger, goal: Goal, level: str) -> Goal | None:
    """The goal's nearest ancestor of `level` ("" for its parent), None when it has none."""
    return next((g for g in ledger.ancestors(goal) if not level or g.level == level), None)


def _anchor(
    q: Question, ledger: Ledger, sims: Mapping[str, float], scope: Filters | None, level: str
) -> Goal | None:
    """The goal of `level` closest in meaning to the question, of what it names; of those
    whose wording the question repeats in most part when it does (see mostly_quoted)."""
    goals = [g for g in ledger.goals if g.level == level and in_scope(g, q, scope)]
    pool, named = named_pool(q.text, goals)
    if not pool:
        return None
    said = mostly_quoted(q.swedish or q.text, pool)
    best = max(said or pool, key=lambda g: sims.get(g.id, 0.0))
    return best if close_enough(sims, best, named) else None


def answer_parent(
    q: Question, ledger: Ledger, sims: Mapping[str, float], scope: Filters | None
) -> Answer | None:
    """The answer to "which goal does this goal belong to?", None when the question is not
    one, no goal matches, or the matching goal has no parent of the asked level. A follow-up
    asking a question of its own is read by that ("Och vad ska det enhetsmålet leda till?"
    after "Under vilket nämndmål har … sitt enhetsmål …?" asks for the goal's result; "Och vad
    hörde målet till?" for the goal above, of the levels the earlier question names)."""
    if not asks_above(q.asked or q.swedish or q.text):
        return None
    asked = parent_asked(q.swedish or q.text)
    if asked is None:
        return None
    parent_level, level = asked
    child = _anchor(q, ledger, sims, scope, level)
    parent = ancestor(ledger, child, parent_level) if child is not None else None
    if child is None or parent is None:
        return None
    quotes = [statement_quote(ledger, g) for g in (parent, child)]
    cites = tuple(
        goal_citation(n, found[0], goal, found[1])
        for n, (goal, found) in enumerate(zip((parent, child), quotes, strict=True), start=1)
        if found is not None
    )
    if len(cites) < 2:
        return None
    where = label(child.unit, child.district, child.doc_type, child.year)
    above, below = (quoted(c.quote, q.language) for c in cites)
    if q.language == "en":
        upper, lower = EN_LEVELS[parent.level][0], EN_LEVELS[child.level][0]
        text = f"{where}: the {upper} {above} [1] is the goal above the {lower} "
        text += f"{below} [2]."
    else:
        text = f"{where}: {_SV[parent.level]} {above} [1] är överordnat {_SV[child.level]} "
        text += f"{below} [2]."
    return Answer(text, cites, group_units(cites), True, q.language, "goal_ledger")
