"""When are two goal records the same goal? Small pure scoring functions and the matching.

A pair's score mixes the cosine of the goal texts' embeddings, the overlap of their content
words (`ingest.text.stopwords.content_stems`: boilerplate such as "Stockholm",
"stadsdelsområde", "nämnden" removed, words cut to a stem-like prefix) and whether their numbers
agree. Only goals of the same level are compared;
within a pair of reports each goal links to at most one goal (greedy by score).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ingest.types import Goal

LinkKind = Literal["same_goal", "plan_followup"]


@dataclass(frozen=True, slots=True)
class LinkParams:
    """The constants of goal linking, chosen on the shipped corpus with the e5 embedder."""

    cosine_floor: float = 0.85
    """e5 gives unrelated Swedish goal sentences cosines of ~0.85; rescaled to 0 there."""
    w_cosine: float = 0.5
    """Weight of the rescaled cosine of the goals' texts (+ expected result)."""
    w_overlap: float = 0.5
    """Weight of the content-word overlap (Dice coefficient of stem sets)."""
    number_bonus: float = 0.1
    """Added when both goals carry the same number ("1.4" and "1.4")."""
    number_penalty: float = 0.3
    """Subtracted when both goals carry numbers and they differ."""
    min_overlap: float = 0.12
    """Below this content-word overlap no link is made, whatever the cosine (boilerplate guard)."""
    same_unit_threshold: float = 0.27
    """Score from which two goals of one unit in different years are the same goal."""
    cross_unit_threshold: float = 0.5
    """Score from which goals of different units are the same goal (stricter)."""
    plan_followup_threshold: float = 0.27
    """Score from which a plan's goal and the same year's report goal of the unit are linked."""
    context_chars: int = 300
    """How much of the expected result is compared along with the goal text."""


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two stem sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def number_term(a: str | None, b: str | None, params: LinkParams) -> float:
    """+number_bonus for equal numbers, -number_penalty for different ones, 0 if one is absent."""
    if a is None or b is None:
        return 0.0
    return params.number_bonus if a == b else -params.number_penalty


def rescale(cosine: float, floor: float) -> float:
    """Cosine mapped from [floor, 1] onto [0, 1], clamped."""
    return min(max((cosine - floor) / (1.0 - floor), 0.0), 1.0) if floor < 1 else 0.0


def pair_score(cosine: float, word_overlap: float, numbers: float, params: LinkParams) -> float:
    """The link score of one pair; 0 when the words do not overlap enough (boilerplate guard)."""
    if word_overlap < params.min_overlap:
        return 0.0
    scaled = rescale(cosine, params.cosine_floor)
    return params.w_cosine * scaled + params.w_overlap * word_overlap + numbers


@dataclass(frozen=True, slots=True)
class GoalLink:
    """Two goal records judged to be the same goal; `a` is the earlier one."""

    a: str
    b: str
    kind: LinkKind
    score: float
    cosine: float
    overlap: float


def greedy_one_to_one(
    scored: Iterable[tuple[float, str, str]], threshold: float
) -> list[tuple[float, str, str]]:
    """Highest scores first, each id used at most once, only pairs at or above the threshold."""
    used: set[str] = set()
    chosen: list[tuple[float, str, str]] = []
    for score, a, b in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if score < threshold or a in used or b in used:
            continue
        used.update((a, b))
        chosen.append((score, a, b))
    return chosen


def ordered(a: Goal, b: Goal) -> tuple[Goal, Goal]:
    """The earlier goal first: by year, then plan before report, then id."""

    def key(g: Goal) -> tuple[int, int, str]:
        return (g.year or 0, 0 if g.doc_type == "VP" else 1, g.id)

    return (a, b) if key(a) <= key(b) else (b, a)


def same_unit(a: Goal, b: Goal) -> bool:
    """Same unit name (case-insensitive) and, when both are known, the same district."""
    if a.unit.lower() != b.unit.lower() or a.unit == "unknown":
        return False
    return a.district == b.district or "unknown" in (a.district, b.district)


def plan_and_followup(a: Goal, b: Goal) -> bool:
    """A plan (VP) and a report (VB) of the same unit and the same year."""
    return (
        {a.doc_type, b.doc_type} == {"VP", "VB"}
        and a.year is not None
        and a.year == b.year
        and same_unit(a, b)
    )


def components(ids: Sequence[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find: each id mapped to its component's smallest id."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}
