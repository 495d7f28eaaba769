"""Questions about how a goal was followed up over the years, answered from the goal ledger.

`answer_goal_question("hur följdes målet om barns delaktighet upp 2016 och 2019?", ledger)`
finds the goal thread that best matches the topic (and covers the asked years), then writes one
or more sentences per version: the goal as worded that year, its fulfilment, the indicator values
and the most relevant sentence of its analysis or activities. Each sentence cites an exact quote
of a report chunk. Returns None when the question is not about a goal or nothing matches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ingest.text.language import detect_language
from ingest.text.years import YEAR, years_in
from ingest.types import LEVEL_LABELS, Goal, Indicator
from search.goals.build import Ledger, version_key
from search.goals.link import stems, wordset
from search.goals.quotes import Quote, best_quote, word_match
from search.protocols import SearchIndex
from search.types import Filters

_GOAL_WORD = re.compile(r"\b(mål|målet|målen|målets|enhetsmål\w*|nämndmål\w*|goals?)\b", re.I)
_FOLLOW_UP = re.compile(
    r"följ|uppfyll|uppnå|utveckl|förändr|ändr|formuler|hände|gick|över åren|mellan åren|"
    r"follow|met\b|achiev|chang|develop|over the years",
    re.I,
)
_QUESTION_STEMS = wordset(
    "följd följs följa följe uppfö uppfy uppfyl upp hände hur vad vilke besva gick blev under "
    "follow goal goals what how did year years"
)
MIN_TOPIC_MATCH = 1
"""A goal must share at least this many topic stems with the question."""
_DOC_KIND = {"VP": "verksamhetsplan", "VB": "verksamhetsberättelse"}
_STATUS_SV = {"helt": "uppfylldes helt", "delvis": "uppfylldes delvis", "ej": "uppfylldes inte"}
_STATUS_EN = {"helt": "was fully met", "delvis": "was partly met", "ej": "was not met"}


@dataclass(frozen=True, slots=True)
class GoalCitation:
    """Citation number n: an exact quote of one chunk."""

    n: int
    chunk_id: str
    report_id: str
    quote: str
    goal_id: str


@dataclass(frozen=True, slots=True)
class GoalAnswer:
    """Sentences (each ending in [n] markers), their citations, the goal versions used."""

    text: str
    sentences: tuple[str, ...]
    citations: tuple[GoalCitation, ...]
    goal_ids: tuple[str, ...]
    missing_years: tuple[int, ...] = ()
    language: str = "sv"  # "sv" or "en", the question's language


def topic_stems(question: str) -> frozenset[str]:
    """The content stems of a question, without question and follow-up words or years."""
    return frozenset(s for s in stems(question) if s not in _QUESTION_STEMS and not s.isdigit())


def goal_relevance(goal: Goal, topic: frozenset[str]) -> float:
    """Topic stems found in the goal text (x2), expected result (x1) and analysis (x0.5)."""
    score = 2.0 * word_match(topic, stems(goal.text))
    if goal.expected_result:
        score += word_match(topic, stems(goal.expected_result.text))
    if goal.analysis:
        score += 0.5 * word_match(topic, stems(goal.analysis.text))
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
            name_hits = max(word_match(topic, stems(g.text)) for g in members)
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


class _Composer:
    def __init__(self, ledger: Ledger, index: SearchIndex | None, english: bool) -> None:
        self.ledger, self.index, self.english = ledger, index, english
        self.sentences: list[str] = []
        self.citations: list[GoalCitation] = []

    def cite(self, quote: Quote | None, goal: Goal) -> str:
        if quote is None:
            return ""
        for c in self.citations:
            if c.chunk_id == quote.chunk.id and c.quote == quote.text:
                return f" [{c.n}]"
        n = len(self.citations) + 1
        self.citations.append(GoalCitation(n, quote.chunk.id, goal.report_id, quote.text, goal.id))
        return f" [{n}]"

    def quote_for(self, goal: Goal, about: str, span_of: str = "block") -> Quote | None:
        span = goal.block_span if span_of == "block" else goal.span
        chunks = self.ledger.chunks_at(goal.report_id, span)
        if not chunks and self.index is not None:
            filters = Filters(report_ids=(goal.report_id,))
            chunks = tuple(h.chunk for h in self.index.search(about, k=3, filters=filters))
        return best_quote(chunks, about)

    def add(self, sentence: str, quote: Quote | None, goal: Goal) -> None:
        self.sentences.append(sentence + self.cite(quote, goal))

    def version(self, goal: Goal, topic: frozenset[str]) -> None:
        self.add(self._statement(goal), self.quote_for(goal, goal.text, "goal"), goal)
        about = " ".join(sorted(topic))
        evidence = self.quote_for(goal, about)
        statement = self.citations[-1].quote if self.citations else ""
        if evidence and evidence.score > 0 and evidence.text != statement:
            lead = "The follow-up says" if self.english else "Uppföljningen säger"
            if goal.doc_type == "VP":
                lead = "The plan says" if self.english else "Planen säger"
            self.add(f'{lead}: "{evidence.text}"', evidence, goal)
        for indicator in goal.indicators[:3]:
            chunks = self.ledger.chunks_at(goal.report_id, indicator.span)
            self.add(
                self._indicator(indicator.name, indicator), best_quote(chunks, indicator.name), goal
            )
        self._activity(goal, topic)

    def _statement(self, goal: Goal) -> str:
        level = LEVEL_LABELS[goal.level]
        kind = {"VP": "verksamhetsplan", "VB": "verksamhetsberättelse"}.get(
            goal.doc_type, "rapport"
        )
        if self.english:
            status = _STATUS_EN.get(goal.status or "", "has no stated fulfilment")
            return f'{goal.year} ({kind}, {goal.unit}): the goal ({level}) "{goal.text}" {status}.'
        status = _STATUS_SV.get(goal.status or "", "har ingen angiven måluppfyllelse")
        if goal.doc_type == "VP":
            status = "planerades"
        return f'{goal.year} ({kind}, {goal.unit}): {level} "{goal.text}" {status}.'

    def _indicator(self, name: str, ind: Indicator) -> str:
        labels = ("outcome", "target", "period") if self.english else ("utfall", "årsmål", "period")
        values = zip(labels, (ind.outcome, ind.target, ind.period), strict=True)
        shown = ", ".join(f"{label} {value}" for label, value in values if value)
        word = "Indicator" if self.english else "Indikatorn"
        return f'{word} "{name}": {shown}.' if shown else f'{word} "{name}".'

    def _activity(self, goal: Goal, topic: frozenset[str]) -> None:
        ranked = sorted(goal.activities, key=lambda a: -word_match(topic, stems(a.name)))
        if not ranked or word_match(topic, stems(ranked[0].name)) == 0:
            return
        act = ranked[0]
        dates = f" ({act.start} – {act.end})" if act.start and act.end else ""
        chunks = self.ledger.chunks_at(goal.report_id, act.span)
        word = "Activity" if self.english else "Aktivitet"
        self.add(f'{word}: "{act.name}"{dates}.', best_quote(chunks, act.name), goal)


def _english(question: str) -> bool:
    return detect_language(question) == "en"


def is_goal_question(question: str) -> bool:
    """Cheap test (no ledger needed): does the question ask how one goal was followed up?"""
    if not _GOAL_WORD.search(question):
        return False
    # "vilka enheter har mål om …" (no year, no follow-up cue) is a corpus-wide question
    return bool(_FOLLOW_UP.search(question) or YEAR.search(question))


def answer_goal_question(
    question: str,
    ledger: Ledger,
    index: SearchIndex | None = None,
    similarity: Mapping[str, float] | None = None,
    unit_named: Callable[[Goal], bool] | None = None,
) -> GoalAnswer | None:
    """Answer a question about a goal's follow-up from the ledger, or None if it is not one.

    `similarity` and `unit_named` are passed to `pick_thread`."""
    if not is_goal_question(question):
        return None
    topic = topic_stems(question)
    years = set(years_in(question))
    versions = pick_thread(ledger, topic, years, similarity, unit_named) if topic else []
    if not versions:
        return None
    shown = [g for g in versions if not years or g.year in years]
    missing = tuple(sorted(years - {g.year for g in versions if g.year is not None}))
    return compose_versions(shown, ledger, index, _english(question), topic, missing)


def compose_versions(
    goals: Sequence[Goal],
    ledger: Ledger,
    index: SearchIndex | None,
    english: bool,
    topic: frozenset[str],
    missing: Sequence[int] = (),
) -> GoalAnswer:
    """Sentences about each goal version (wording, status, follow-up quote, indicators,
    activity), each citing an exact quote, then one sentence per year without a version."""
    composer = _Composer(ledger, index, english)
    for goal in goals:
        composer.version(goal, topic)
    for year in missing:
        composer.sentences.append(
            f"No version of the goal was found for {year}."
            if english
            else f"För {year} finns ingen version av målet i rapporterna."
        )
    return GoalAnswer(
        text=" ".join(composer.sentences),
        sentences=tuple(composer.sentences),
        citations=tuple(composer.citations),
        goal_ids=tuple(g.id for g in goals),
        missing_years=tuple(missing),
        language="en" if english else "sv",
    )
