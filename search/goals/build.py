"""The goal ledger: every goal record of every report, linked across years, units and plan/report.

`build_ledger(reports, embedder)` takes the goals ingest extracted (`Report.goals`, stored with
the report; nothing is parsed here), embeds each goal's text with its expected result, scores
same-level pairs of different reports (search.goals.link) and keeps, for each pair of reports, a
one-to-one set of links above the threshold that fits the pair (same unit across years, plan and
follow-up of one year, different units). Linked goals form a
thread: the versions of one goal.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ingest.text.stopwords import content_stems
from ingest.types import LEVELS, Chunk, Goal, Report, Span
from search.errors import NotFound
from search.goals.link import (
    GoalLink,
    LinkKind,
    LinkParams,
    components,
    greedy_one_to_one,
    number_term,
    ordered,
    overlap,
    pair_score,
    plan_and_followup,
    same_unit,
)
from search.protocols import Embedder

log = logging.getLogger(__name__)

_KIND_ORDER = {"VP": 0, "VB": 1, "unknown": 2}


@dataclass(frozen=True, eq=False)
class Ledger:
    """Goal records, their links and threads, and the chunks to cite them with."""

    goals: tuple[Goal, ...]
    links: tuple[GoalLink, ...]
    thread_of: Mapping[str, str]
    plan_pairs: tuple[tuple[str, str], ...]  # (VP report id, VB report id) of one unit and year
    chunks: Mapping[str, tuple[Chunk, ...]] = field(default_factory=dict)  # by report id
    by_id: Mapping[str, Goal] = field(default_factory=dict)
    vectors: npt.NDArray[np.float32] | None = None  # row i: goal_context(goals[i]) embedded

    def similarities(self, query: npt.NDArray[np.float32]) -> dict[str, float]:
        """Goal id -> cosine similarity of the goal (text and expected result) to `query`."""
        if self.vectors is None or len(self.vectors) != len(self.goals) or not self.goals:
            return {}
        scores = self.vectors @ np.asarray(query, dtype=np.float32)
        return {g.id: float(s) for g, s in zip(self.goals, scores, strict=True)}

    def get(self, goal_id: str) -> Goal:
        """One goal record; raises NotFound naming the id."""
        try:
            return self.by_id[goal_id]
        except KeyError:
            raise NotFound(f"goal {goal_id!r} is not in the ledger") from None

    def versions(self, goal_id: str) -> tuple[Goal, ...]:
        """Every goal record of the goal's thread (itself included), oldest first."""
        thread = self.thread_of[self.get(goal_id).id]
        members = [g for g in self.goals if self.thread_of[g.id] == thread]
        return tuple(sorted(members, key=version_key))

    def ancestors(self, goal: Goal) -> tuple[Goal, ...]:
        """The goals above `goal` in its report's hierarchy, its parent first."""
        found: list[Goal] = []
        seen: set[str] = set()
        while goal.parent_id is not None and goal.parent_id not in seen:
            seen.add(goal.parent_id)
            goal = self.get(goal.parent_id)
            found.append(goal)
        return tuple(found)

    def links_of(self, goal_id: str) -> tuple[GoalLink, ...]:
        """The direct links of one goal record."""
        return tuple(link for link in self.links if goal_id in (link.a, link.b))

    def chunks_at(self, report_id: str, span: Span) -> tuple[Chunk, ...]:
        """The report's chunks whose line range overlaps the span."""
        return tuple(
            c
            for c in self.chunks.get(report_id, ())
            if c.span.line_start <= span.line_end and span.line_start <= c.span.line_end
        )


def version_key(goal: Goal) -> tuple[int, int, str, int]:
    """Oldest first; within a year the plan before the report."""
    return (goal.year or 0, _KIND_ORDER.get(goal.doc_type, 2), goal.report_id, goal.span.line_start)


def goal_context(goal: Goal, chars: int) -> str:
    """What is compared: the goal text and the start of its expected result."""
    expected = goal.expected_result.text[:chars] if goal.expected_result else ""
    return f"{goal.text} {expected}".strip()


def _threshold(a: Goal, b: Goal, params: LinkParams) -> tuple[LinkKind, float]:
    if plan_and_followup(a, b):
        return "plan_followup", params.plan_followup_threshold
    if same_unit(a, b):
        return "same_goal", params.same_unit_threshold
    return "same_goal", params.cross_unit_threshold


def _scored_pairs(
    goals: Sequence[Goal], vectors: npt.NDArray[np.float32], params: LinkParams
) -> dict[tuple[str, str], list[tuple[float, float, float, int, int]]]:
    """Per (report a, report b): (score, cosine, overlap, i, j) of same-level goal pairs."""
    word_sets = [content_stems(goal_context(g, params.context_chars)) for g in goals]
    cosines = vectors @ vectors.T
    out: dict[tuple[str, str], list[tuple[float, float, float, int, int]]] = defaultdict(list)
    by_level: dict[str, list[int]] = defaultdict(list)
    for i, goal in enumerate(goals):
        by_level[goal.level].append(i)
    for indices in by_level.values():
        for i, j in itertools.combinations(indices, 2):
            a, b = goals[i], goals[j]
            if a.report_id == b.report_id:
                continue
            cos, ov = float(cosines[i, j]), overlap(word_sets[i], word_sets[j])
            score = pair_score(cos, ov, number_term(a.number, b.number, params), params)
            if score > 0:
                key = (min(a.report_id, b.report_id), max(a.report_id, b.report_id))
                out[key].append((score, cos, ov, i, j))
    return out


def link_goals(
    goals: Sequence[Goal], vectors: npt.NDArray[np.float32], params: LinkParams
) -> tuple[GoalLink, ...]:
    """One-to-one links per report pair, each pair judged against the threshold that fits it."""
    by_id = {g.id: g for g in goals}
    links: list[GoalLink] = []
    for candidates in _scored_pairs(goals, vectors, params).values():
        details = {(goals[i].id, goals[j].id): (cos, ov) for _, cos, ov, i, j in candidates}
        first = goals[candidates[0][3]], goals[candidates[0][4]]
        kind, threshold = _threshold(*first, params)
        pairs = ((s, goals[i].id, goals[j].id) for s, _, _, i, j in candidates)
        for score, a_id, b_id in greedy_one_to_one(pairs, threshold):
            cos, ov = details[(a_id, b_id)]
            a, b = ordered(by_id[a_id], by_id[b_id])
            links.append(GoalLink(a.id, b.id, kind, round(score, 4), round(cos, 4), round(ov, 4)))
    return tuple(sorted(links, key=lambda link: (link.a, link.b)))


def plan_pairs(reports: Iterable[Report]) -> tuple[tuple[str, str], ...]:
    """(plan id, report id) for every VP and VB of the same unit, district and year."""
    plans = [r for r in reports if r.meta.doc_type == "VP"]
    follow = [r for r in reports if r.meta.doc_type == "VB"]
    pairs = []
    for p, f in itertools.product(plans, follow):
        same = p.meta.unit.lower() == f.meta.unit.lower() and p.meta.unit != "unknown"
        district = p.meta.district == f.meta.district or "unknown" in (
            p.meta.district,
            f.meta.district,
        )
        if same and district and p.meta.year is not None and p.meta.year == f.meta.year:
            pairs.append((p.id, f.id))
    return tuple(sorted(pairs))


def build_ledger(
    reports: Sequence[Report], embedder: Embedder, params: LinkParams | None = None
) -> Ledger:
    """Embed and link the goals of the reports (as ingest extracted them)."""
    params = params or LinkParams()
    goals = tuple(g for r in reports for g in r.goals)
    texts = [goal_context(g, params.context_chars) for g in goals]
    vectors = embedder.embed(texts, kind="passage") if texts else np.zeros((0, 1), np.float32)
    links = link_goals(goals, vectors, params)
    thread_of = components([g.id for g in goals], ((link.a, link.b) for link in links))
    log.info("goal ledger: %d goals, %d links, %d reports", len(goals), len(links), len(reports))
    return Ledger(
        goals=goals,
        links=links,
        thread_of=thread_of,
        plan_pairs=plan_pairs(reports),
        chunks={r.id: r.chunks for r in reports},
        by_id={g.id: g for g in goals},
        vectors=vectors if texts else None,
    )


_QUERY_WORD = re.compile(r"\w+")


def filter_goals(
    ledger: Ledger,
    *,
    q: str | None = None,
    unit: str | None = None,
    year: int | None = None,
    level: str | None = None,
    status: str | None = None,
) -> list[Goal]:
    """Goals passing the filters; with `q`, those sharing most query stems come first."""
    found = [
        g
        for g in ledger.goals
        if (unit is None or g.unit.lower() == unit.lower())
        and (year is None or g.year == year)
        and (level is None or g.level == level)
        and (status is None or g.status == status)
    ]
    if not q or not q.strip():
        return sorted(found, key=lambda g: (LEVELS.index(g.level), version_key(g)))
    wanted = content_stems(q) or frozenset(w.lower() for w in _QUERY_WORD.findall(q))
    scored = [(_query_score(wanted, q, g), g) for g in found]
    best = max((s for s, _ in scored), default=0.0)
    keep = [(s, g) for s, g in scored if s > 0 and s >= best / 2]
    return [g for _, g in sorted(keep, key=lambda t: (-t[0], version_key(t[1])))]


def _query_score(wanted: frozenset[str], q: str, goal: Goal) -> float:
    """Query stems in the goal text count double; the exact phrase in the text adds one."""
    in_text = len(wanted & content_stems(goal.text))
    in_context = len(wanted & content_stems(goal_context(goal, 2000)))
    phrase = 1.0 if q.strip().lower() in goal.text.lower() else 0.0
    return 2.0 * in_text + in_context + phrase
