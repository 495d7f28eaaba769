"""Goals asked for under a goal the question names ("Vilket enhetsmål har enheten under
nämndmålet att …?", "… under KF:s mål 2.6 om en god inomhusmiljö?"): when the reports the
question names have no such goal above, or none of the asked level under it, the answer says
so instead of listing other goals of the unit (which the rest of the goal answer would, as
close in meaning as anything there)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.types import Goal
from search.goals.build import Ledger
from search.protocols import SearchIndex
from search.types import Filters
from service.answer.compose import label, quoted
from service.answer.goal_pool import in_scope, named_pool
from service.answer.goal_questions import levels_named
from service.answer.goal_topic import standard, wording_stems
from service.answer.goal_words import BOARD_GOAL, CITY_GOAL
from service.answer.question import Question
from service.answer.types import Answer

__all__ = ["Above", "above_named", "missing_above"]

_UNDER = re.compile(
    rf"\bunder\s+(?:the\s+|det\s+)?(?:(?P<city>{CITY_GOAL})|(?P<board>{BOARD_GOAL}))\s*"
    r"(?:\(?(?P<number>\d+(?:\.\d+)+|\d+)\)?)?\s*,?\s*(?:\b(?:om|att|on|that|about)\s+)?"
    r"(?:\b(?:att|that)\s+)?(?P<what>[^?():;]*)",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\s+(?:\(\d[\d.]*\)|(?:i|in|för|for|på|och|and|,)\s+(?:sin|sina|dess|its|their|the|"
    r"verksamhets\w*|plan(?:en|erna)?\b|[A-ZÅÄÖ])|(?:19|20)\d\d).*$|"
    r",?\s+(?:och|and)\s+(?:vad|vilk\w*|hur|var|blev|what|which|how|was|were|did)\b.*$"
)
"""Where the named goal's wording ends: the report, unit or year named after it ("… i planen
2020"), or a further question ("…, and what result was it expected to deliver?")."""

MIN_ABOVE_SIMILARITY = 2.0
"""A goal is the one named above when its wording's similarity to the question's lies this
many standard deviations above the mean over all goals (as goal_topic.GOAL_SIMILARITY)."""


SAME_GOAL_MARGIN = 1.0
"""A question names one goal: of the goals close enough in meaning, those within this many
standard deviations of the closest (the same wording in several reports scores alike), not a
neighbouring goal of the unit that also passes MIN_ABOVE_SIMILARITY ("Nämndens resurser
används effektivt" beside "Nämndens verksamheter är innovativa …")."""


@dataclass(frozen=True, slots=True)
class Above:
    """A goal a question names as the one its goals stand under: the levels it may be of, its
    number when given ("1.4.1"), and its wording as asked."""

    levels: tuple[str, ...]
    number: str | None
    wording: str


def above_named(text: str) -> Above | None:
    """The goal a question names after "under" ("under nämndmålet att …", "under KF:s mål
    om …", "under the board goal that … (1.2.1)"); None when it names none."""
    found = _UNDER.search(text)
    if found is None:
        return None
    levels = ("kf_mal", "kf_inriktningsmal") if found.group("city") else ("namndmal",)
    wording = _TAIL.sub("", found.group("what")).strip(" ,.:")
    number = found.group("number")
    if number is None:
        inline = re.search(r"\((\d+(?:\.\d+)+)\)", text[found.end() : found.end() + 12])
        number = inline.group(1) if inline else None
    if not wording and number is None:
        return None
    return Above(levels, number, wording)


def missing_above(
    q: Question, above: Above, ledger: Ledger, index: SearchIndex, scope: Filters | None
) -> Answer | None:
    """The answer when a question asks for goals under the goal `above` it names (see
    above_named, read from its Swedish wording) that the reports it names do not have, or
    that has none of the level asked under it; None otherwise (the goal answer proceeds). A
    question naming no unit or district is not judged here."""
    candidates = [g for g in ledger.goals if g.level in above.levels and in_scope(g, q, scope)]
    pool, named = named_pool(q.text, candidates)
    if not named:
        return None
    found = _named_goals(pool, above, ledger, index)
    if not found:
        shown = above_named(q.text) or above  # as typed, not in the glossary's Swedish
        return Answer(_no_such(q, shown), (), (), False, q.language, "ungrounded")
    level = _level_asked(q.swedish or q.text)
    if level is None or any(_has_below(ledger, g, level) for g in found):
        return None
    return Answer(_none_below(q, found[0], level), (), (), False, q.language, "ungrounded")


def _named_goals(
    pool: Sequence[Goal], above: Above, ledger: Ledger, index: SearchIndex
) -> list[Goal]:
    """The goals of `pool` the question names: by number, by every content word of the
    wording, or close in meaning to it."""
    if above.number is not None:
        numbered = [g for g in pool if g.number == above.number]
        if numbered or not above.wording:
            return numbered
    stems = wording_stems(above.wording)
    worded = [g for g in pool if stems and stems <= wording_stems(g.text)]
    if worded:
        return worded
    sims = _similarities(above.wording, ledger, index)
    close = [g for g in pool if sims.get(g.id, 0.0) >= MIN_ABOVE_SIMILARITY]
    best = max((sims[g.id] for g in close), default=0.0)
    return [g for g in close if sims[g.id] >= best - SAME_GOAL_MARGIN]


def _similarities(wording: str, ledger: Ledger, index: SearchIndex) -> Mapping[str, float]:
    return standard(ledger.similarities(index.embed_query(wording)), index.background(wording))


def _level_asked(text: str) -> str | None:
    """The level of the goals asked for under the named one ("Vilket enhetsmål …"), None
    when the question asks for other parts (activities, expected results)."""
    outside = _UNDER.sub(" ", text)
    named = levels_named(outside)
    return next((lv for lv in ("enhetsmal", "namndmal") if lv in named), None)


def _has_below(ledger: Ledger, goal: Goal, level: str) -> bool:
    return any(
        g.level == level and goal.id in {a.id for a in ledger.ancestors(g)}
        for g in ledger.goals
        if g.report_id == goal.report_id
    )


_LEVEL_SV = {"enhetsmal": "enhetsmål", "namndmal": "nämndmål"}
_LEVEL_EN = {"enhetsmal": "unit goal", "namndmal": "board goal"}


def _no_such(q: Question, above: Above) -> str:
    what = f"{above.number} " if above.number else ""
    what += quoted(above.wording, q.language) if above.wording else ""
    if q.language == "en":
        return (
            f"I find no goal {what.strip()} in the reports the question names, so nothing "
            "stands under it there."
        )
    return (
        f"Jag hittar inget mål {what.strip()} i de rapporter frågan gäller, så inget står "
        "under det där."
    )


def _none_below(q: Question, goal: Goal, level: str) -> str:
    where = label(goal.unit, goal.district, goal.doc_type, goal.year)
    said = quoted(goal.text, q.language)
    if q.language == "en":
        return f"No {_LEVEL_EN[level]} stands under the goal {said} ({where})."
    return f"Under målet {said} ({where}) står inget {_LEVEL_SV[level]}."
