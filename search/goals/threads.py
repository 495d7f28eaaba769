"""Which goal thread a topic is about: the ledger query behind answers about one goal.

`pick_thread(ledger, topic, years)` returns the versions (oldest first) of the goal that best
matches a question's topic stems (or its closeness in meaning), preferring a unit the question
names and the asked years. Pure functions over the ledger; the answer prose is the answerer's
(`service.answer.goal_prose`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from ingest.text.stopwords import content_stems, word_match, wordset
from ingest.types import Goal
from search.goals.build import Ledger, version_key

__all__ = ["MIN_TOPIC_MATCH", "THREAD_MARGIN", "goal_relevance", "pick_thread", "topic_stems"]

_QUESTION_STEMS = wordset(
    "följd följs följa följe uppfö uppfy uppfyl upp hände hur vad vilke besva gick blev under "
    "follow goal goals what how did year years"
)
MIN_TOPIC_MATCH = 1
"""A goal must share at least this many topic stems with the question."""


def topic_stems(question: str) -> frozenset[str]:
    """The content stems of a question, without question and follow-up words or years."""
    return frozenset(
        s for s in content_stems(question) if s not in _QUESTION_STEMS and not s.isdigit()
    )


def goal_relevance(goal: Goal, topic: frozenset[str]) -> float:
    """Topic stems found in the goal text (x2), expected result (x1) and analysis (x0.5)."""
    score = 2.0 * word_match(topic, content_stems(goal.text))
    if goal.expected_result:
        score += word_match(topic, content_stems(goal.expected_result.text))
    if goal.analysis:
        score += 0.5 * word_match(topic, content_stems(goal.analysis.text))
    return score


THREAD_MARGIN = 1.0
"""With similarities (standard scores), threads within this of the most similar one compete
on unit and years."""


def _threads(ledger: Ledger) -> list[list[Goal]]:
    threads: dict[str, list[Goal]] = defaultdict(list)
    for goal in ledger.goals:
        threads[ledger.thread_of[goal.id]].append(goal)
    return list(threads.values())


def pick_thread(
    ledger: Ledger,
    topic: frozenset[str],
    years: set[int],
    similarity: Mapping[str, float] | None = None,
    unit_named: Callable[[Goal], bool] | None = None,
) -> list[Goal]:
    """The versions of the best matching goal.

    With `similarity` (goal id -> closeness in meaning to the question) the threads closest in
    meaning compete (within THREAD_MARGIN of the best); among them one of the unit the question
    names, then one covering more asked years, wins. Without it, shared topic stems decide."""
    scored: list[tuple[tuple[float, float, float], list[Goal]]] = []
    for members in _threads(ledger):
        if similarity:
            relevance = max(similarity.get(g.id, 0.0) for g in members)
        else:
            name_hits = max(word_match(topic, content_stems(g.text)) for g in members)
            relevance = max(goal_relevance(g, topic) for g in members)
            if name_hits < MIN_TOPIC_MATCH and relevance < 2 * MIN_TOPIC_MATCH:
                continue
        named = float(unit_named is not None and any(unit_named(g) for g in members))
        covered = float(len(years & {g.year for g in members if g.year is not None}))
        scored.append(((named, covered, relevance), members))
    if not scored:
        return []
    if similarity:
        top = max(key[2] for key, _ in scored)
        scored = [(key, m) for key, m in scored if key[2] >= top - THREAD_MARGIN]
    _, best = max(scored, key=lambda item: item[0])
    return sorted(best, key=version_key)
