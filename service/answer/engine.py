"""The answerer: resolve the question, retrieve (or scan the whole corpus for aggregate
questions), decide whether the passages support an answer, compose it, and stream it."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.types import Chunk, ReportMeta
from search.protocols import SearchIndex
from search.types import Filters, Hit
from service.answer.citations import (
    coverage,
    group_units,
    is_relevant,
    make_citation,
    occurrences,
)
from service.answer.compose import compose_aggregate, compose_passages, ungrounded
from service.answer.generative import build_messages, check_citations
from service.answer.question import Question, read_question
from service.answer.types import Answer, Citation, Turn
from service.chat import ChatError, ChatModel
from service.filters import with_years

__all__ = ["Answerer", "StreamEvent"]

log = logging.getLogger(__name__)

Passage = tuple[Chunk, ReportMeta]
MIN_COVERAGE = 0.5  # share of topic stems a retrieved passage must contain to support an answer


@dataclass(frozen=True, slots=True)
class StreamEvent:
    """`delta` events carry text as it is produced; the last event is `answer` (authoritative)."""

    kind: str  # "delta" | "answer"
    text: str = ""
    answer: Answer | None = None


class Answerer:
    """Answers questions over a `SearchIndex`, extractively or through a `ChatModel`."""

    def __init__(
        self,
        index: SearchIndex,
        chat: ChatModel | None = None,
        *,
        top_k: int = 8,
        max_passages: int = 4,
        per_unit: int = 2,
    ) -> None:
        self.index = index
        self.chat = chat
        self.top_k = top_k
        self.max_passages = max_passages
        self.per_unit = per_unit

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
        """Text deltas, then the final answer."""
        q = read_question(question, history)
        scope = with_years(filters, q.years)
        if not q.topic.stems:
            yield from _emit(ungrounded(q))
        elif q.aggregate:
            yield from _emit(compose_aggregate(q, self._scan(q, scope)))
        else:
            passages = self._supported(q, scope)
            if not passages:
                yield from _emit(ungrounded(q))
            elif self.chat is None:
                yield from _emit(compose_passages(q, passages))
            else:
                yield from self._generate(q, passages, history)

    def _supported(self, q: Question, scope: Filters | None) -> list[Passage]:
        """Retrieved passages that share enough of the topic, best covered first, <=2 per report."""
        hits: list[Hit] = self.index.search(q.text, k=self.top_k, filters=scope)
        seen = {h.chunk.id for h in hits}
        lexical = self.index.search(q.text, k=self.top_k, filters=scope, mode="lexical")
        hits += [h for h in lexical if h.chunk.id not in seen]  # exact wording is never missed
        scored = [(coverage(q.topic, h.chunk.text), h) for h in hits]
        ranked = sorted((p for p in scored if p[0] >= MIN_COVERAGE), key=lambda p: -p[0])
        chosen: list[Passage] = []
        per_report: dict[str, int] = {}
        for _, hit in ranked:
            if per_report.get(hit.chunk.report_id, 0) >= 2:
                continue
            per_report[hit.chunk.report_id] = per_report.get(hit.chunk.report_id, 0) + 1
            chosen.append((hit.chunk, hit.meta))
            if len(chosen) == self.max_passages:
                break
        return chosen

    def _scan(self, q: Question, scope: Filters | None) -> list[list[Passage]]:
        """Every relevant chunk of the corpus grouped by report; best passages per report first."""
        groups: dict[str, list[tuple[int, int, Passage]]] = {}
        for chunk, meta in self.index.iter_chunks(scope):
            if is_relevant(q.topic, chunk.text):
                entry = (-occurrences(q.topic, chunk.text), chunk.ordinal, (chunk, meta))
                groups.setdefault(chunk.report_id, []).append(entry)
        ordered = sorted(
            groups.values(), key=lambda g: (g[0][2][1].year or 0, g[0][2][1].unit.lower())
        )
        return [[p for _, _, p in sorted(g, key=lambda e: e[:2])[: self.per_unit]] for g in ordered]

    def _generate(
        self, q: Question, passages: Sequence[Passage], history: Sequence[Turn]
    ) -> Iterator[StreamEvent]:
        cites = [make_citation(i + 1, c, m, q.topic) for i, (c, m) in enumerate(passages)]
        numbered = [(cit, c.text) for cit, (c, _) in zip(cites, passages, strict=True) if cit]
        assert self.chat is not None
        pieces: list[str] = []
        try:
            for piece in self.chat.stream(build_messages(q.text, q.language, numbered, history)):
                pieces.append(piece)
                yield StreamEvent("delta", piece)
        except ChatError as exc:
            log.warning("language model failed, answering extractively: %s", exc)
        yield StreamEvent("answer", answer=self._checked(q, "".join(pieces), numbered, passages))

    def _checked(
        self,
        q: Question,
        reply: str,
        numbered: Sequence[tuple[Citation, str]],
        passages: Sequence[Passage],
    ) -> Answer:
        text, used = check_citations(reply, {cit.n for cit, _ in numbered})
        if not used:
            log.info("model reply cited no passage; falling back to the extractive answer")
            return compose_passages(q, passages)
        kept = tuple(cit for cit, _ in numbered if cit.n in used)
        return Answer(text, kept, group_units(kept), True, q.language, "generative")


def _emit(answer: Answer) -> Iterator[StreamEvent]:
    for line in answer.text.split("\n"):
        yield StreamEvent("delta", line + "\n")
    yield StreamEvent("answer", answer=answer)
