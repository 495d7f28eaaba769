"""Answer prose about goals: how a goal was followed up over the years, in Swedish or English.

`answer_goal_question("hur följdes målet om barns delaktighet upp 2016 och 2019?", ledger)`
finds the goal thread that best matches the topic (and covers the asked years), then writes one
or more sentences per version: the goal as worded that year, its fulfilment, the indicator values
and the most relevant sentence of its analysis or activities. Each sentence cites an exact quote
of a report chunk. Returns None when the question is not about a goal or nothing matches.
`compose_versions` writes those sentences for versions chosen elsewhere (service.answer.goals).
Which thread a topic is about is a ledger query (`search.goals.threads.pick_thread`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ingest.quotes import Quote, best_quote
from ingest.text.language import detect_language
from ingest.text.stopwords import content_stems, word_match
from ingest.text.years import years_in
from ingest.types import LEVEL_LABELS, Activity, Goal, Indicator
from search.goals.build import Ledger
from search.goals.threads import pick_thread, topic_stems
from search.protocols import SearchIndex
from search.types import Filters
from service.answer.goal_words import (
    DOC_KIND,
    STATUS_EN,
    STATUS_SV,
    is_goal_question,
    level_noun,
)

__all__ = [
    "FollowUp",
    "GoalAnswer",
    "GoalCitation",
    "Lead",
    "answer_goal_question",
    "compose_versions",
]


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


_PART_SV = {"indicators": "indikatorer", "activities": "aktiviteter"}

FollowUp = Callable[[Goal], Quote | None]
"""Picks the sentence of a goal's block (analysis, expected result, activities) that answers
the question, or None to fall back to the block's sentence sharing most topic words."""
MAX_ACTIVITIES = 8
"""Activities listed for a goal when a question asks for them."""
Lead = Callable[[str], bool]
"""Whether a follow-up quote is what the question asks for, so it comes before its goal."""


class _Composer:
    def __init__(
        self,
        ledger: Ledger,
        index: SearchIndex | None,
        english: bool,
        follow_up: FollowUp | None = None,
        lead: Lead | None = None,
        activities: bool = False,
        indicators: bool = False,
    ) -> None:
        self.ledger, self.index, self.english = ledger, index, english
        self.follow_up, self.lead, self.activities = follow_up, lead, activities
        self.indicators = indicators
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
        """The goal's wording and status, the follow-up quote (first when the question asks
        for it, see `lead`), its indicators and the activity on the topic."""
        stated = self.quote_for(goal, goal.text, "goal")
        owner = self._holder(goal, "activities") if self.activities else None
        if owner is not None:  # "Vilka aktiviteter …?": those, then the goal
            for i, act in enumerate(owner.activities[:MAX_ACTIVITIES]):
                self._add_activity(owner, act, self._where(goal) if i == 0 else "")
            if owner is not goal:
                said = self.quote_for(owner, owner.text, "goal")
                self.add(self._inherited(owner, "activities"), said, owner)
            self.add(self._about(goal), stated, goal)
            return
        about = " ".join(sorted(topic))
        evidence = self.follow_up(goal) if self.follow_up is not None else None
        evidence = evidence or self.quote_for(goal, about)
        statement = stated.text if stated is not None else ""
        if not (evidence and evidence.score > 0 and evidence.text != statement):
            evidence = None
        asked = self.lead is not None and evidence is not None and self.lead(evidence.text)
        if evidence is not None and (asked or _tells_topic(evidence.text, goal.text, topic)):
            self.add(f'{self._where(goal)}: "{evidence.text}"', evidence, goal)
            self.add(self._about(goal), stated, goal)
        else:
            self.add(self._statement(goal), stated, goal)
            if evidence is not None:
                self.add(f'{self._says(goal)}: "{evidence.text}"', evidence, goal)
        self._indicators(goal)
        self._activity(goal, topic)

    def _indicators(self, goal: Goal) -> None:
        """The goal's indicators; asked for them, those of the goal above when it has none
        (see _holder), introduced as that goal's."""
        owner = (self._holder(goal, "indicators") if self.indicators else None) or goal
        if owner is not goal:
            quote = self.quote_for(owner, owner.text, "goal")
            self.add(self._inherited(owner, "indicators"), quote, owner)
        for indicator in owner.indicators[:3]:
            chunks = self.ledger.chunks_at(owner.report_id, indicator.span)
            quote = best_quote(chunks, indicator.name)
            self.add(self._indicator(indicator.name, indicator), quote, owner)

    def _holder(self, goal: Goal, part: str) -> Goal | None:
        """The goal itself when it has `part` ("indicators", "activities"), else the nearest
        goal above it that has (the plans put a nämndmål's indicator and activity tables above
        the enhetsmål that serve it); None when none has."""
        mine = (goal, *self.ledger.ancestors(goal))
        return next((g for g in mine if getattr(g, part)), None)

    def _inherited(self, owner: Goal, part: str) -> str:
        text = owner.text.rstrip(". ")
        if self.english:
            level = LEVEL_LABELS[owner.level]
            return f'The goal has no {part} of its own; these stand under its {level} "{text}".'
        level, name = level_noun(owner.level), _PART_SV[part]
        level = level if level.startswith("KF") else f"{level}et"  # "under nämndmålet"
        return f'Målet har inga egna {name}; de står under {level} "{text}" ovanför det.'

    def _where(self, goal: Goal) -> str:
        return f"{goal.year} ({DOC_KIND.get(goal.doc_type, 'rapport')}, {goal.unit})"

    def _says(self, goal: Goal) -> str:
        if goal.doc_type == "VP":
            return "The plan says" if self.english else "Planen säger"
        return "The follow-up says" if self.english else "Uppföljningen säger"

    def _status(self, goal: Goal) -> str:
        if self.english:
            return STATUS_EN.get(goal.status or "", "has no stated fulfilment")
        if goal.doc_type == "VP":
            return "planerades"
        return STATUS_SV.get(goal.status or "", "saknar angiven måluppfyllelse")

    def _statement(self, goal: Goal) -> str:
        level = LEVEL_LABELS[goal.level]
        if self.english:
            return f'{self._where(goal)}: the goal ({level}) "{goal.text}" {self._status(goal)}.'
        return f'{self._where(goal)}: {level} "{goal.text}" {self._status(goal)}.'

    def _about(self, goal: Goal) -> str:
        """The goal a quote put first is about: 'Det gäller enhetsmål "…", som uppfylldes
        delvis.'"""
        level, text = LEVEL_LABELS[goal.level], goal.text.rstrip(". ")
        lowered = level_noun(goal.level)
        if goal.doc_type == "VP":
            if self.english:
                return f'This is about the plan\'s goal ({level}) "{text}".'
            return f'Det gäller planens {lowered} "{text}".'
        if self.english:
            return f'This is about the goal ({level}) "{text}", which {self._status(goal)}.'
        return f'Det gäller {lowered} "{text}", som {self._status(goal)}.'

    def _indicator(self, name: str, ind: Indicator) -> str:
        labels = ("outcome", "target", "period") if self.english else ("utfall", "årsmål", "period")
        values = zip(labels, (ind.outcome, ind.target, ind.period), strict=True)
        shown = ", ".join(f"{label} {value}" for label, value in values if value)
        word = "Indicator" if self.english else "Indikatorn"
        return f'{word} "{name}": {shown}.' if shown else f'{word} "{name}".'

    def _activity(self, goal: Goal, topic: frozenset[str]) -> None:
        ranked = sorted(goal.activities, key=lambda a: -word_match(topic, content_stems(a.name)))
        if not ranked or word_match(topic, content_stems(ranked[0].name)) == 0:
            return
        self._add_activity(goal, ranked[0])

    def _add_activity(self, goal: Goal, act: Activity, where: str = "") -> None:
        dates = f" ({act.start} – {act.end})" if act.start and act.end else ""
        chunks = self.ledger.chunks_at(goal.report_id, act.span)
        word = "Activity" if self.english else "Aktivitet"
        lead = f"{where}: {word.lower()}" if where else word
        self.add(f'{lead}: "{act.name}"{dates}.', best_quote(chunks, act.name), goal)


def _english(question: str) -> bool:
    return detect_language(question) == "en"


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


def _tells_topic(quote: str, wording: str, topic: frozenset[str]) -> bool:
    """Whether a follow-up quote names every topic stem the goal's wording lacks some of: "Vad
    är målet för Preventionsindex mini?" is answered by "Målet för 2022 är att Preventionsindex
    mini ska höjas", which comes before the goal it serves."""
    if not topic:
        return False
    said = word_match(topic, content_stems(quote))
    return said == len(topic) and word_match(topic, content_stems(wording)) < len(topic)


def compose_versions(
    goals: Sequence[Goal],
    ledger: Ledger,
    index: SearchIndex | None,
    english: bool,
    topic: frozenset[str],
    missing: Sequence[int] = (),
    follow_up: FollowUp | None = None,
    lead: Lead | None = None,
    activities: bool = False,
    indicators: bool = False,
) -> GoalAnswer:
    """Sentences about each goal version (wording, status, follow-up quote, indicators,
    activity), each citing an exact quote, then one sentence per year without a version.
    `follow_up` picks the follow-up quote (by meaning, see service.answer.goals); when `lead`
    holds for that quote (it is what the question asks for: how the goal is followed up,
    whether it was met, why) it comes first, then the goal it is about; with `activities` (the
    question asks for them) each goal's activities are listed, then the goal; with
    `indicators` (the question asks for them) a goal with none shows those of the goal above."""
    composer = _Composer(ledger, index, english, follow_up, lead, activities, indicators)
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
