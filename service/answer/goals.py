"""Goal questions answered from the goal ledger, by meaning.

Three kinds of question:
- **lists** ("Vilka enhetsmål uppfylldes delvis 2019?", "Which unit goals were not met?"):
  see goal_lists;
- **one goal across years or units** ("Hur följdes målet om arbetsmiljö upp 2016 och 2019?"):
  the goal closest in meaning to the question's topic (of the units it names) and, for each
  asked year, its closest version (same thread preferred), each with its wording, status,
  indicators and follow-up quote (service.answer.goal_prose.compose_versions);
- **a goal's parent** ("Under vilket nämndmål ligger enhetsmålet om …?"): see goal_parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.quotes import Quote
from ingest.text.words import normalize
from ingest.types import Goal, Sourced
from search.goals.build import Ledger, version_key
from search.protocols import SearchIndex
from search.types import Filters
from service.answer.asked import asks_actual
from service.answer.citations import group_units
from service.answer.goal_asks import (
    asks_activities,
    asks_deviations,
    asks_done,
    asks_if_met,
    asks_indicators,
    asks_past_wording,
    how_plainly_figured,
    how_plainly_followed_up,
    how_plainly_met,
    part_asked,
    presumes_status,
    says_if_met,
    sentence_asked_for,
)
from service.answer.goal_deviations import answer_deviations
from service.answer.goal_lists import answer_list, places
from service.answer.goal_parent import answer_parent
from service.answer.goal_pool import (
    goal_citation,
    in_scope,
    named_elsewhen,
    named_pool,
    no_goals_note,
    plan_only_note,
    plans_only,
)
from service.answer.goal_prose import (
    FollowUp,
    GoalAnswer,
    Lead,
    compose_versions,
)
from service.answer.goal_questions import is_goal, is_goal_list, topic_terms
from service.answer.goal_quotes import (
    MIN_FIGURE,
    MIN_FOLLOW_UP,
    planned_follow_up,
    saying,
    whole_part,
)
from service.answer.goal_topic import (
    NAMED_GOAL_SIMILARITY,
    asked_goals,
    close_enough,
    inherited,
    numbered,
    preferred,
    standard,
)
from service.answer.question import Question, content_wording, extract_topic
from service.answer.select import Choice, choose
from service.answer.topic_words import idf_weights
from service.answer.types import Answer

__all__ = ["GoalSource", "answer_goals", "is_goal"]

GoalSource = Callable[[], Ledger]
"""Returns the current goal ledger (built on first use by the app)."""

SAME_THREAD = 1.0
"""Added for versions of the closest goal's thread (the same goal in another year)."""
FOLLOW_UP_CANDIDATES = 60
"""Passages of the goal's report searched for its follow-up (those of its block are kept)."""
FOLLOW_UP_FLOOR = 0.0
"""A follow-up sentence scoring below this (select's units) is not quoted by meaning; the
block's sentence sharing most topic words is quoted instead."""


def _versions(
    q: Question, ledger: Ledger, sims: dict[str, float], scope: Filters | None
) -> tuple[list[Goal], tuple[int, ...]]:
    """The goal versions a question about one goal asks for, and the asked years without one.

    The closest goal (of the units the question names, if any; a unit's own goals preferred)
    anchors the answer; without years its whole thread is shown, with years the closest version
    of each asked year (per named report), versions of the anchor's thread preferred."""
    pool, named = named_pool(q.text, [g for g in ledger.goals if in_scope(g, q, scope)])
    by_number = bool(numbered(q.swedish or q.text, pool))  # "målet 1.4.2": no closeness asked
    pool = asked_goals(q.swedish or q.text, pool, sims, named, ledger.thread_of)
    if not pool:
        return [], tuple(q.years)

    anchor = max(pool, key=lambda g: preferred(sims, g))
    if not by_number and not close_enough(sims, anchor, named):
        return [], tuple(q.years)
    thread = ledger.thread_of[anchor.id]
    if not q.years:
        return [g for g in ledger.versions(anchor.id) if not named or g in pool], ()
    groups: dict[tuple[int | None, str], list[Goal]] = {}
    for goal in pool:
        groups.setdefault((goal.year, goal.report_id if named else ""), []).append(goal)
    chosen = []
    for goals in groups.values():
        best = max(
            goals,
            key=lambda g: preferred(sims, g) + SAME_THREAD * (ledger.thread_of[g.id] == thread),
        )
        if by_number or sims.get(best.id, 0.0) >= NAMED_GOAL_SIMILARITY:
            chosen.append(best)
    missing = tuple(y for y in q.years if y not in {g.year for g in chosen})
    return sorted(chosen, key=version_key), missing


def _from_versions(found: GoalAnswer, ledger: Ledger, q: Question) -> Answer:
    chunks = {c.id: c for cs in ledger.chunks.values() for c in cs}
    cites = tuple(
        goal_citation(c.n, chunks[c.chunk_id], ledger.get(c.goal_id), c.quote)
        for c in found.citations
    )
    return Answer(found.text, cites, group_units(cites), True, q.language, "goal_ledger")


def _said(choice: Choice) -> str:
    return choice.evidence.hit.chunk.text[choice.start : choice.end]


_LISTING = re.compile(r"\W*(?:och\s+|and\s+)?(?:vilka|which)\b", re.IGNORECASE)


def _narrows(asked: str) -> bool:
    """Whether a follow-up on a list of goals asks which of them ("Vilka av dem handlar om
    våld?"): it narrows the list; one asking for a part of them ("Vilka resurser ska användas
    för det?", see part_asked) is about the goal itself."""
    return _LISTING.match(asked) is not None and part_asked(asked) is None


def follow_up_by_meaning(q: Question, ledger: Ledger, index: SearchIndex) -> FollowUp:
    """The follow-up quote of a goal version chosen like a passage answer (service.answer.
    select): the question's candidates within the goal's report, kept to the goal's block
    (expected result, analysis, activities), the best sentence that is not the goal's own
    wording, with the neighbour giving a reason when the question asks why; a question asking
    how the goal is followed up, or whether it was met, takes a sentence that says so, when the
    block has one (how a plan will follow it up: its Uppföljning, whole or by the paragraph,
    see goal_quotes.planned_follow_up); one naming a part of the goal (its expected result,
    analysis or activities, see part_asked) is answered from that part when the goal has it,
    whole when it fits in a quote; one asking what was done
    about it in a report's year (see asks_done), from its analysis when no sentence says how it
    is followed up."""
    asked_terms = extract_topic(q.asked).terms  # a follow-up's own question: what to quote for
    weights = idf_weights(asked_terms or q.topic.terms, index.doc_freq, unknown=False)
    also = " ".join(asked_terms) if len(asked_terms) >= 2 else content_wording(q)
    says = sentence_asked_for(q.swedish or q.text)
    shortest = MIN_FIGURE if says is how_plainly_figured else MIN_FOLLOW_UP

    part = part_asked(q.swedish or q.text)
    done = part is None and asks_done(q.swedish or q.text)

    def pick(goal: Goal) -> Quote | None:
        asked: Sourced | None = getattr(goal, part) if part else None
        span = goal.block_span if asked is None else asked.span  # "förväntat resultat": that
        chunks = ledger.chunks_at(goal.report_id, span)
        block = {c.id for c in chunks}
        scope = Filters(report_ids=(goal.report_id,))
        found = index.evidence(q.own_words, k=FOLLOW_UP_CANDIDATES, filters=scope, also=also)
        own = normalize(goal.text)
        in_block = [e for e in found if e.hit.chunk.id in block]
        said_so = saying(in_block, says, shortest) if says is not None else None
        planned = goal.followup if says is how_plainly_followed_up and asked is None else None
        if (
            planned is not None
            and (told := planned_follow_up(planned, chunks, said_so)) is not None
        ):
            return told  # "Hur ska målet följas upp?": the plan's Uppföljning
        if said_so is not None:
            return said_so
        whole = whole_part(asked, chunks) if asked is not None else None
        if whole is not None:  # "Vilka förväntade resultat …?": the part, all of it
            return whole
        if done and goal.doc_type == "VB" and goal.analysis is not None:
            analysed = {c.id for c in ledger.chunks_at(goal.report_id, goal.analysis.span)}
            in_block = [e for e in in_block if e.hit.chunk.id in analysed] or in_block
        for choice in choose(in_block, q, weights):
            text = _said(choice)
            said = normalize(text)
            strong = choice.score >= FOLLOW_UP_FLOOR and len(text) >= MIN_FOLLOW_UP
            if strong and said not in own and own not in said:
                return Quote(choice.evidence.hit.chunk, text, choice.score)
        return None if asked is None else whole_part(asked, chunks)

    return pick


def _lead(text: str) -> Lead | None:
    """When a goal's follow-up quote comes first: a question past the goal's wording asks for
    it (see asks_past_wording), and, asked whether the goal was met, the quote says so (a
    block with no such sentence leads with the goal and its status, which answers "Uppfylldes
    målet …?"); None: the goal first. How a goal was followed up is told by what the block
    says of it, with or without the words "följs upp"."""
    if not asks_past_wording(text):
        return None
    if sentence_asked_for(text) is how_plainly_met:  # not a why-question (the reason first)
        return says_if_met
    return lambda _: True


def answer_goals(
    q: Question, ledger: Ledger, index: SearchIndex, scope: Filters | None
) -> Answer | None:
    """The ledger's answer to a goal question, or None when nothing in the ledger matches.
    Goals are compared in meaning with the question's topic (see topic_terms). A question
    naming units and years none of their reports has goals of is told so (see
    named_elsewhen), not answered with other units' goals."""
    elsewhen = named_elsewhen(q, ledger.goals, scope)
    if elsewhen is not None:
        note = no_goals_note(q, index.report_metas(), elsewhen)
        return Answer(note, (), (), False, q.language, "ungrounded")
    marked = answer_deviations(q, ledger, scope) if asks_deviations(q.swedish or q.text) else None
    if marked is not None:
        return marked
    terms = topic_terms(q, places(ledger))
    topic = " ".join(terms) or q.swedish
    sims = standard(ledger.similarities(index.embed_query(topic)), index.background(topic))
    sims = inherited(sims, ledger.goals)
    parent = answer_parent(q, ledger, sims, scope)
    if parent is not None:
        return parent
    if is_goal_list(q.swedish or q.text) and (not q.asked or _narrows(q.asked)):
        return answer_list(q, ledger, sims, scope)
    goals, missing = _versions(q, ledger, sims, scope)
    if not goals:
        return None
    asks_status = asks_if_met(q.swedish or q.text) or presumes_status(q.swedish or q.text)
    asks_result = bool(q.years) and asks_actual(q.swedish or q.text)  # "Vilket utfall fick …?"
    if (asks_status or asks_result) and plans_only(goals, q.years):
        note = plan_only_note(q, goals, outcome=not asks_status)
        return Answer(note, (), (), False, q.language, "ungrounded")
    stems = frozenset(extract_topic(topic).stems) if terms else frozenset()
    pick = follow_up_by_meaning(q, ledger, index)
    lead = _lead(q.swedish or q.text)
    english = q.language == "en"
    listed = asks_activities(q.swedish or q.text)
    shown = asks_indicators(q.swedish or q.text)
    found = compose_versions(
        goals, ledger, index, english, stems, missing, pick, lead, listed, shown
    )
    return _from_versions(found, ledger, q) if found.citations else None
