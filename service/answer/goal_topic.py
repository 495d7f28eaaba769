"""Which goals of the ledger are on a question's topic: closeness in meaning, in standard
scores, carried down the goal hierarchy. Pure functions a reader can check by hand.

A unit's goal often does not say what it serves: "Alla grupp- och servicebostäder källsorterar"
never says "miljö", but it stands under the nämndmål "Nämndens verksamheter bidrar till en
hållbar livsmiljö", which stands under the KF goal "Stockholm är en hållbar stad med en god
livsmiljö". A goal is therefore as close to a topic as the goal it serves, less PARENT_DROP of
that goal's level (see inherited): an enhetsmål keeps its nämndmål's closeness whole, a
nämndmål takes a KF goal's one standard deviation lower (a KF goal is broad: "Stockholm är en
jämställd stad" stands above nämndmål on equality and on quality alike).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from ingest.text.words import normalize
from ingest.types import LEVELS, Goal
from search.goals.build import goal_context, version_key
from service.answer.goal_questions import asked_level, levels_named
from service.answer.question import extract_topic
from service.answer.text import term_in

__all__ = [
    "GOAL_SIMILARITY",
    "LEVEL_PREFERENCE",
    "MOSTLY",
    "NAMED_GOAL_SIMILARITY",
    "PARENT_DROP",
    "asked_goals",
    "close_enough",
    "inherited",
    "listed_order",
    "mostly_quoted",
    "numbered",
    "on_topic",
    "preferred",
    "quoted",
    "standard",
    "wording",
    "wording_stems",
]

GOAL_SIMILARITY = 2.0
"""A goal is on a question's topic when its similarity to the topic lies this many standard
deviations above the mean over all goals (or it has every topic word)."""
NAMED_GOAL_SIMILARITY = 1.0
"""Among the goals of units the question names, the closest counts when at least this close."""
LEVEL_PREFERENCE = {"enhetsmal": 1.0, "namndmal": 0.5}
"""Added to a goal's closeness where one goal leads: a question about a unit's goals means
its own goals first ("Vilket miljömål har enheten satt upp?": the unit's goal on sorting
waste before the KF goal on a sustainable city it serves)."""
PARENT_DROP = {"namndmal": 0.0, "kf_mal": 1.0, "kf_inriktningsmal": 1.0, "enhetsmal": 1.0}
"""How much lower than the goal it serves (by that goal's level) a goal's closeness can be."""


def close_enough(sims: Mapping[str, float], goal: Goal, named: bool) -> bool:
    """Whether the closest goal is close enough to answer about: GOAL_SIMILARITY among all
    goals, NAMED_GOAL_SIMILARITY among the goals of units the question names."""
    return sims.get(goal.id, 0.0) >= (NAMED_GOAL_SIMILARITY if named else GOAL_SIMILARITY)


def standard(sims: dict[str, float], background: tuple[float, float]) -> dict[str, float]:
    """Similarities in standard deviations above the query's background (see
    SearchIndex.background): comparable however many goals there are."""
    mean, std = background
    return {k: (v - mean) / max(std, 1e-3) for k, v in sims.items()}


def inherited(sims: dict[str, float], goals: Sequence[Goal]) -> dict[str, float]:
    """Each goal's closeness: its own, or the goal it serves (its parent, as inherited) less
    PARENT_DROP of the parent's level, whichever is higher."""
    by_id = {g.id: g for g in goals}
    out: dict[str, float] = {}

    def closeness(goal: Goal, seen: frozenset[str]) -> float:
        if goal.id not in out:
            own = sims.get(goal.id, 0.0)
            parent = by_id.get(goal.parent_id) if goal.parent_id else None
            if parent is None or parent.id in seen:
                out[goal.id] = own
            else:
                served = closeness(parent, seen | {goal.id}) - PARENT_DROP[parent.level]
                out[goal.id] = max(own, served)
        return out[goal.id]

    for goal in goals:
        closeness(goal, frozenset())
    return out


def listed_order(
    terms: Sequence[str], sims: Mapping[str, float]
) -> Callable[[Goal], tuple[int | float | str, ...]]:
    """The order of a goal list: by year, then, when the question has a topic, the goals
    closest to it first, a unit's own goals preferred (LEVEL_PREFERENCE; on a tie the lower
    level: an enhetsmål is as close as the KF goal above its nämndmål): "Vilket enhetsmål
    hade enheten 2016 för barn som upplevt våld …?" leads with the goal on violence, not the
    one before it in the report; without a topic as the reports run (see version_key)."""
    if not terms:
        return version_key

    def closeness(g: Goal) -> float:  # rounded: a goal as close as the goal it serves ties
        return round(preferred(sims, g), 6)

    return lambda g: (g.year or 0, -closeness(g), -LEVELS.index(g.level), *version_key(g)[1:])


def preferred(sims: Mapping[str, float], goal: Goal) -> float:
    """A goal's closeness with its level's LEVEL_PREFERENCE added."""
    return sims.get(goal.id, 0.0) + LEVEL_PREFERENCE.get(goal.level, 0.0)


def wording(goal: Goal, served: Mapping[str, Goal]) -> str:
    """A goal's text and expected result, with the text of the goal it serves whole (a
    nämndmål, PARENT_DROP 0): "Medskapande präglar Vuxenenhetens arbetsklimat" is worded as its
    nämndmål "… skapar tillsammans en hälsosam arbetsmiljö" too."""
    parent = served.get(goal.parent_id) if goal.parent_id else None
    whole = parent is not None and PARENT_DROP[parent.level] == 0.0
    return goal_context(goal, 400) + (f" {parent.text}" if whole and parent else "")


def on_topic(
    goals: Sequence[Goal],
    terms: list[str],
    sims: dict[str, float],
    named: bool = False,
    served: Mapping[str, Goal] | None = None,
) -> list[Goal]:
    """Goals at least GOAL_SIMILARITY close in meaning to the topic, or containing every topic
    word in their wording (see wording; `served` holds the goals they serve by id); among the
    goals of a unit the question names, also those containing a topic word specific among them
    (in at most half of them: "ledarskap och arbetsklimat" lists the goal on either), or else
    the closest one when at least NAMED_GOAL_SIMILARITY close; all goals when there is no
    topic."""
    if not terms:
        return list(goals)
    stems = [st for t in terms for st in extract_topic(t).stems[:1]]
    texts = [normalize(wording(goal, served or {})) for goal in goals]
    found = [[term_in(st, text) for st in stems] for text in texts]
    counts = [sum(row[i] for row in found) for i in range(len(stems))]
    specific = [named and 0 < c <= len(goals) / 2 for c in counts]
    keep = []
    for goal, row in zip(goals, found, strict=True):
        worded = bool(stems) and all(row)
        near = any(hit and spec for hit, spec in zip(row, specific, strict=True))
        if sims.get(goal.id, 0.0) >= GOAL_SIMILARITY or worded or near:
            keep.append(goal)
    if keep or not named or not goals:
        return keep
    closest = max(goals, key=lambda g: sims.get(g.id, 0.0))
    return [closest] if sims.get(closest.id, 0.0) >= NAMED_GOAL_SIMILARITY else []


_NUMBER = re.compile(
    r"\b(?:mål\w*|goals?)\s+\(?(\d+(?:\.\d+)+)\b|\((\d+(?:\.\d+)+)\)", re.IGNORECASE
)
"""A goal's number as the reports number it, after a goal word or in parentheses ("målet
1.4.2", "board goal 1.4.3", "the city goal on … (2.6)")."""


def numbered(question: str, goals: Sequence[Goal]) -> list[Goal]:
    """The goals whose number the question gives ("Vad är det förväntade resultatet under
    målet 1.4.2 …?"), unless it asks for goals of another level under them ("Vilka enhetsmål
    … under nämndmålet 1.4.3?")."""
    asked = {a or b for a, b in _NUMBER.findall(question)}
    levels = levels_named(question)
    return [g for g in goals if g.number in asked and levels <= {g.level}]


MIN_QUOTED = 3
"""Content words a goal's wording must have for a question holding them all to quote it."""


def quoted(question: str, goals: Sequence[Goal]) -> list[Goal]:
    """The goals whose own wording the question repeats, every content word of it (MIN_QUOTED
    at least): "… finns målet att sjukfrånvaron ska minska jämfört med 2015. Hur skulle …?"
    asks about the nämndmål "Sjukfrånvaron ska minska jämfört med 2015", not the enhetsmål
    on sick leave that a question naming no goal would be answered with."""
    asked = frozenset(extract_topic(question).stems)
    return [g for g in goals if len(own := wording_stems(g.text)) >= MIN_QUOTED and own <= asked]


MOSTLY = 2 / 3
"""The share of a goal wording's content words a question must repeat to name it by them."""


def mostly_quoted(question: str, goals: Sequence[Goal]) -> list[Goal]:
    """The goals whose wording the question repeats in most part (MOSTLY of its content words,
    MIN_QUOTED at least): "… Familjeenhetens enhetsmål om fungerande samarbeten och samverkan
    med andra aktörer …" names the enhetsmål "Familjeenheten har fungerande samarbeten och
    samverkan med andra aktörer utifrån barnets bästa"; the goals repeating the largest share."""
    asked = frozenset(extract_topic(question).stems)
    shares = {
        g.id: len(own & asked) / len(own)
        for g in goals
        if len(own := wording_stems(g.text)) >= MIN_QUOTED and len(own & asked) >= MIN_QUOTED
    }
    top = max(shares.values(), default=0.0)
    return [g for g in goals if top >= MOSTLY and shares.get(g.id) == top]


@lru_cache(maxsize=4096)
def wording_stems(text: str) -> frozenset[str]:
    """A goal wording's content stems, remembered: every goal question compares them all."""
    return frozenset(extract_topic(text).stems)


def asked_goals(
    question: str,
    pool: list[Goal],
    sims: Mapping[str, float],
    named: bool,
    thread_of: Mapping[str, str],
) -> list[Goal]:
    """The goals of `pool` a question about one goal can mean: those whose number it gives
    (see numbered) or whose wording it repeats (see quoted) when it names no other level of
    goal ("Vilka enhetsmål … under nämndmålet X?" asks for goals under X), with their
    versions of other years (their threads, `thread_of`); else those of the level it names,
    when one is close enough ("Vilka förväntade resultat anges under nämndmålet om …?" asks
    for the nämndmål's own, not the enhetsmål's under it, as close and preferred otherwise;
    see LEVEL_PREFERENCE); else the whole pool."""
    levels = levels_named(question)  # "Vilka enhetsmål … under nämndmålet X?": not X itself
    given = numbered(question, pool) or [g for g in quoted(question, pool) if levels <= {g.level}]
    said = {thread_of[g.id] for g in given}
    if said:  # the goal quoted, in every year it was set
        return [g for g in pool if thread_of[g.id] in said]
    level = asked_level(question)
    leveled = [g for g in pool if g.level == level]
    if leveled and close_enough(sims, max(leveled, key=lambda g: sims.get(g.id, 0.0)), named):
        return leveled
    return pool
