"""The answerer: one pipeline with three strategies.

Every question is read once (follow-up resolution, language, years, intent, the kind of answer it
asks for), then answered by one strategy:

- **passage**: candidates from hybrid retrieval (see candidates), each sentence scored by
  meaning (see select), the best passages quoted; refused when the best score is below the
  calibrated ANSWER_THRESHOLD;
- **aggregate** ("Vilka enheter …", "Which reports …"): every report whose passages state the
  topic, found through the index (see aggregate and units), one line per report;
- **goal** (lists of goals, one goal across years): the goal ledger (see goals).

All three give an `Answer` whose quotes are checked substrings of their passages, streamed the
same way; the optional language model rewrites passage answers only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from ingest.text.language import detect_language
from search.filters import with_doc_types
from search.protocols import SearchIndex
from search.types import Filters
from service.answer.acronyms import LongForm, defined_phrases
from service.answer.aggregate import answer_aggregate
from service.answer.answerable import answerable
from service.answer.candidates import Candidates, gather
from service.answer.chat import ChatModel
from service.answer.compose import (
    compose_passages,
    no_such_unit,
    nothing_to_compare,
    ungrounded,
    with_note,
    with_year_note,
)
from service.answer.courtesy import without_courtesy
from service.answer.generative import generate
from service.answer.goal_asks import asks_which_goal
from service.answer.goal_below import above_named, missing_above
from service.answer.goal_questions import goal_unsaid
from service.answer.goals import GoalSource, answer_goals, is_goal
from service.answer.names import districts_in, without_who
from service.answer.numerals import in_digits
from service.answer.question import (
    Question,
    asks_parts,
    doc_types_named,
)
from service.answer.reading import read_question
from service.answer.select import (
    ANSWER_THRESHOLD,
    ENGLISH_OFFSET,
    RANK_WEIGHTS,
    Choice,
    choose,
)
from service.answer.situation import told_aside
from service.answer.spelling import Respelled, respelled, spelling_note, written_turns
from service.answer.types import Answer, StreamEvent, Turn
from service.answer.who import compared_units, named_reports, names_unit, unit_elsewhere

__all__ = ["CANDIDATES", "Answerer"]

log = logging.getLogger(__name__)

CANDIDATES = 40
"""Passages taken from hybrid retrieval for a question (plus up to half as many lexical ones)."""
FOLLOW_MARGIN = 3.0
"""Further passages are quoted when they score within this of the best one."""


class Answerer:
    """Answers questions over a `SearchIndex`, extractively or through a `ChatModel`."""

    def __init__(
        self,
        index: SearchIndex,
        chat: ChatModel | None = None,
        *,
        goals: GoalSource | None = None,
        top_k: int = CANDIDATES,
        max_passages: int = 3,
        per_unit: int = 2,
        threshold: float = ANSWER_THRESHOLD,
    ) -> None:
        self.index = index
        self.threshold = threshold
        self.chat = chat
        self.goals = goals
        self.top_k = top_k
        self.max_passages = max_passages
        self.per_unit = per_unit
        self._defined: tuple[tuple[tuple[str, str], ...], Mapping[LongForm, str]] | None = None

    def answer(
        self, question: str, history: Sequence[Turn] = (), filters: Filters | None = None
    ) -> Answer:
        """The complete answer (the stream's final event)."""
        final = None
        for event in self.stream(question, history, filters):
            final = event.answer or final
        assert final is not None
        return final

    def stream(
        self, question: str, history: Sequence[Turn] = (), filters: Filters | None = None
    ) -> Iterator[StreamEvent]:
        """Text deltas, then the final answer (with a note on reports whose year was uncertain
        when the question or the filters name years)."""
        question = without_courtesy(question)  # "Hej! … Tack på förhand! Mvh Anna"
        q = self._read(question, history)
        years_asked = bool(q.years) or (
            filters is not None and (filters.year_from is not None or filters.year_to is not None)
        )
        for event in self._strategies(q, history, filters, question):
            if event.answer is not None and years_asked:
                event = StreamEvent("answer", answer=with_year_note(event.answer, self.index))
            if event.answer is not None and q.respelled:
                note = spelling_note(q.respelled, event.answer.language)
                event = StreamEvent("answer", answer=with_note(event.answer, note))
            yield event

    def read(self, question: str, history: Sequence[Turn] = ()) -> Question:
        """The question as every strategy reads it: follow-ups resolved, language, intent,
        topic, years, and the served reports it names (see who.named_reports); a Swedish
        question's misspellings and English terms in the reports' words (see spelling), its
        years and numbers said in words in digits (see numerals); without the greeting, thanks
        and signature of a question written as a message (see courtesy)."""
        return self._read(without_courtesy(question), history)

    def _read(self, question: str, history: Sequence[Turn]) -> Question:
        """read, of a question without courtesies."""
        said = in_digits(question)  # "tjugonitton" -> "2019"
        typed = self._respelled(said.text)
        metas = self.index.report_metas()
        units = sorted({m.unit for m in metas.values()})
        spoken = [
            replace(t, content=self._respelled(t.content).text) if t.role == "user" else t
            for t in written_turns(history, said.text)
        ]
        years = {m.year for m in metas.values() if m.year is not None}
        goals = is_goal if self.goals is not None else None
        q = read_question(typed.text, spoken, goals, units, years, self._acronyms())
        named = named_reports(q.text, metas)
        if q.intent == "aggregate" and asks_parts(q.text) and names_unit(q.text, metas):
            q = replace(q, intent="passage", aggregate=False)  # the teams of one unit
        return replace(q, named=named, respelled=said.changes + typed.changes)

    def _acronyms(self) -> Mapping[LongForm, str]:
        """The long forms of several words the served reports define an acronym by (see
        acronyms.defined_phrases), read again when the reports change."""
        key = tuple(sorted(self.index.report_versions().items()))
        defined = self._defined
        if defined is None or defined[0] != key:
            chunks = (chunk.text for chunk, _ in self.index.iter_chunks())
            defined = self._defined = (key, defined_phrases(chunks))
        return defined[1]

    def _respelled(self, text: str) -> Respelled:
        """`text` in the reports' words (see spelling.respelled)."""
        return respelled(
            text,
            detect_language(text),
            self.index.respelling,
            self._in_reports,
            self.index.written_as,
        )

    def _in_reports(self, word: str) -> bool:
        """Whether some passage holds `word` (a stopword or number does not count)."""
        return 0.0 < self.index.doc_freq(word) < 1.0

    def _strategies(
        self, q: Question, history: Sequence[Turn], filters: Filters | None, asked: str
    ) -> Iterator[StreamEvent]:
        if not q.topic.stems:
            yield from _emit(ungrounded(q))
            return
        if q.intent in ("passage", "goal"):
            follow_up = asked if history else None
            elsewhere = unit_elsewhere(q.swedish or q.text, self.index.report_metas(), follow_up)
            if elsewhere is not None:  # "Vuxenenheten i Östermalm": no report is from it
                yield from _emit(ungrounded(q, no_such_unit(q.language, *elsewhere)))
                return
            missing = self._missing_above(q, filters)
            if missing is not None:  # "… under nämndmålet X", which the unit lacks
                yield from _emit(missing)
                return
        if q.intent == "goal" and q.expects == "number" and not asks_which_goal(q.swedish):
            figure = self._choices(replace(q, intent="passage"), filters)  # a row states it
            if figure:
                yield from self._passages(q, figure, history)
                return
        if q.intent == "goal":
            found = self._goal(q, filters)
            if found is not None:
                yield from _emit(found)
                return
        listed = self._districts_listed(q, filters)
        if q.intent == "aggregate" and not listed:
            yield from _emit(answer_aggregate(self.index, q, filters, self.per_unit))
            return
        choices = listed or self._choices(q, filters)
        if not choices or goal_unsaid(q, _quote_of(choices[0])):
            yield from _emit(ungrounded(q))
        elif unmatched := self._uncompared(q, choices, asked if history else None):
            yield from _emit(ungrounded(q, nothing_to_compare(q.language, unmatched)))  # one side
        else:
            yield from self._passages(q, choices, history)

    def _uncompared(
        self, q: Question, choices: Sequence[Choice], typed: str | None
    ) -> list[tuple[str, str]]:
        """The units a comparison names (see who.compared_units; `typed`, a follow-up's own
        words) that no chosen passage is from, in order; [] for a question comparing none."""
        compared = compared_units(q.swedish or q.text, self.index.report_metas(), typed)
        cited = {(c.evidence.hit.meta.unit, c.evidence.hit.meta.district) for c in choices}
        return sorted(compared - cited)

    def _passages(
        self, q: Question, choices: Sequence[Choice], history: Sequence[Turn]
    ) -> Iterator[StreamEvent]:
        """The answer quoting the chosen passages (or the language model's, citing them)."""
        if self.chat is None:
            yield from _emit(compose_passages(q, [c.quoted() for c in choices]))
        else:
            yield from generate(self.chat, q, choices, history)

    # strategies ----------------------------------------------------------------------------
    def _goal(self, q: Question, filters: Filters | None) -> Answer | None:
        assert self.goals is not None
        scope = with_doc_types(filters, doc_types_named(q.text))
        return answer_goals(q, self.goals(), self.index, scope)

    def _missing_above(self, q: Question, filters: Filters | None) -> Answer | None:
        """For a question asking for goals under a goal it names, the answer when the reports
        it names lack that goal or have none of the asked level under it (see goal_below);
        passage and goal questions alike ("Vilka enhetsmål har enheten under nämndmålet att
        …?" quotes the nämndmål's passage when it has goals below)."""
        above = above_named(q.swedish or q.text)
        if self.goals is None or above is None:
            return None  # the ledger is built on first use: not for every question
        scope = with_doc_types(filters, doc_types_named(q.text))
        return missing_above(q, above, self.goals(), self.index, scope)

    def candidates(self, q: Question, filters: Filters | None) -> Candidates:
        """The candidate passages of a question with what scoring them needs (see
        candidates.gather)."""
        asked = self._what(q, told=False) if q.told else ""
        return gather(self.index, q, self._what(q), self.top_k, filters, asked)

    def _districts_listed(self, q: Question, filters: Filters | None) -> list[Choice]:
        """For "Vilka stadsdelar …?", the passages answering it when a candidate above the
        threshold is quoted naming two districts or more ("samfinansierad verksamhet mellan fyra
        stadsdelsförvaltningar: Spånga-Tensta, Hässelby-Vällingby, …"), the best such first: the
        reports are the units', and which districts do something is said in a sentence, not by
        which reports mention it; how many districts did something, by the passages answering
        it when one does ("… där sex stadsdelar medverkade"); [] otherwise."""
        if q.intent != "aggregate" or q.group != "districts":
            return []
        ranked = self.rank(q, filters)
        naming = next((c for c in ranked if _names_districts(c)), None)
        if naming is not None and naming.score >= self.threshold_of(q):
            return self._picked(q, ranked, first=naming)
        if q.expects == "number":  # "Hur många stadsdelar deltog …?"
            return self._picked(q, ranked)  # "… där sex stadsdelar medverkade"
        return []

    def _what(self, q: Question, told: bool = True) -> str:
        """The (Swedish) question without the units and districts it names: what it asks;
        without the situation its asker tells first (see situation) unless `told`."""
        text = q.swedish or q.text
        return without_who(
            text if told else text[len(q.told) :], self.index.report_metas().values()
        )

    def rank(self, q: Question, filters: Filters | None) -> list[Choice]:
        """Every candidate passage with its best quote and score, best first."""
        c = self.candidates(q, filters)
        ranked = choose(
            c.evidence, q, c.weights, c.keys, c.unknown, variants=c.variants, ranking=RANK_WEIGHTS
        )
        if c.asked is None:
            return ranked
        a = c.asked
        asked = choose(c.evidence, q, a.weights, a.keys, a.unknown, variants=a.variants)
        return told_aside(ranked, asked)

    def threshold_of(self, q: Question) -> float:
        """The score the best passage must reach for the question to be answered; its margin
        over it is also the answerability model's main input (see answerable)."""
        return self.threshold - (ENGLISH_OFFSET if q.language == "en" else 0.0)

    def _choices(self, q: Question, filters: Filters | None) -> list[Choice]:
        """The passages that answer, best first (at most max_passages, two per report); [] when
        the best scores below the threshold or the answerability model vetoes it (see
        answerable)."""
        return self._picked(q, self.rank(q, filters))

    def _picked(
        self, q: Question, ranked: Sequence[Choice], first: Choice | None = None
    ) -> list[Choice]:
        """The passages of `ranked` that answer (see _choices): those scoring within
        FOLLOW_MARGIN of the best, in the order of their rank (select.RANK_WEIGHTS); `first`,
        one of them, is cited first however it ranks."""
        if not answerable(ranked, self.threshold_of(q)):
            return []
        chosen: list[Choice] = [] if first is None else [first]
        per_report = {c.evidence.hit.chunk.report_id: 1 for c in chosen}
        close = [c for c in ranked if c.score >= ranked[0].score - FOLLOW_MARGIN]
        for c in sorted(close, key=lambda c: -c.rank):
            if len(chosen) >= self.max_passages:
                break
            rid = c.evidence.hit.chunk.report_id
            if c is first or per_report.get(rid, 0) >= 2:
                continue
            per_report[rid] = per_report.get(rid, 0) + 1
            chosen.append(c)
        return chosen


def _emit(answer: Answer) -> Iterator[StreamEvent]:
    for line in answer.text.split("\n"):
        yield StreamEvent("delta", line + "\n")
    yield StreamEvent("answer", answer=answer)


def _quote_of(c: Choice) -> str:
    """The text a choice quotes."""
    return c.evidence.hit.chunk.text[c.start : c.end]


def _names_districts(c: Choice) -> bool:
    """Whether a passage's quote names two districts or more."""
    return districts_in(_quote_of(c)) >= 2
