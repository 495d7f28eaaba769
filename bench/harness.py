"""Run dev-set questions against an index and score every ranking (no I/O beyond the index)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.devset import KINDS, DevQuestion, gold_matches
from bench.metrics import mean, ndcg_at_k, recall_at_k, reciprocal_rank
from ingest.types import Chunk, Report
from search.errors import NotFound
from search.protocols import SearchIndex
from search.types import Hit
from service.answer.glossary import swedish_wording

__all__ = [
    "QuestionScore",
    "Summary",
    "hit_matches",
    "run_questions",
    "score_ranking",
    "source_names",
    "summarise",
]

ChunkLookup = Callable[[str], Chunk | None]


@dataclass(frozen=True, slots=True)
class QuestionScore:
    """The three metrics of one question under one retrieval mode."""

    qid: str
    kind: str
    lang: str
    mode: str
    recall: float
    ndcg: float
    rr: float


@dataclass(frozen=True, slots=True)
class Summary:
    """Mean metrics of a group of questions (overall, one kind or one language) in one mode."""

    mode: str
    group: str
    n: int
    recall: float
    ndcg: float
    mrr: float


def source_names(reports: Iterable[Report]) -> dict[str, str]:
    """report id -> corpus file name (bundle parts may carry a '#part' suffix on the source)."""
    return {r.id: Path(r.source.split("#", 1)[0]).name for r in reports}


def _chunk_gold(q: DevQuestion, chunk: Chunk, sources: Mapping[str, str]) -> frozenset[int]:
    file_name = sources.get(chunk.report_id, "")
    return gold_matches(q.gold, file_name, chunk.text, context=chunk.section_path)


def hit_matches(
    q: DevQuestion, hits: Sequence[Hit], sources: Mapping[str, str], lookup: ChunkLookup
) -> list[frozenset[int]]:
    """Gold indices per hit; a hit also earns the gold of the near-duplicates folded into it."""
    result: list[frozenset[int]] = []
    for hit in hits:
        found = set(_chunk_gold(q, hit.chunk, sources))
        for other_id in hit.also_in:
            other = lookup(other_id)
            if other is not None:
                found |= _chunk_gold(q, other, sources)
        result.append(frozenset(found))
    return result


def score_ranking(
    q: DevQuestion, mode: str, matches: Sequence[frozenset[int]], k: int
) -> QuestionScore:
    """Recall@k, nDCG@k and reciprocal rank of one ranking."""
    n = len(q.gold)
    return QuestionScore(
        qid=q.id,
        kind=q.kind,
        lang=q.lang,
        mode=mode,
        recall=recall_at_k(matches, n, k),
        ndcg=ndcg_at_k(matches, n, k),
        rr=reciprocal_rank(matches, k),
    )


def run_questions(
    index: SearchIndex, questions: Sequence[DevQuestion], modes: Sequence[str], k: int
) -> list[QuestionScore]:
    """Search every question in every mode as the search box does (an English question also
    in its Swedish wording, see glossary.swedish_wording) and score the top-k hits."""
    sources = source_names(index.list_reports())
    cache: dict[str, Chunk | None] = {}

    def lookup(chunk_id: str) -> Chunk | None:
        if chunk_id not in cache:
            try:
                cache[chunk_id] = index.get_chunk(chunk_id)[0]
            except NotFound:  # a folded id the index no longer has: no credit
                cache[chunk_id] = None
        return cache[chunk_id]

    scores = []
    for mode in modes:
        for q in questions:
            hits = index.search(q.question, k=k, mode=mode, also=swedish_wording(q.question))
            scores.append(score_ranking(q, mode, hit_matches(q, hits, sources, lookup), k))
    return scores


def _summary(mode: str, group: str, scores: Sequence[QuestionScore]) -> Summary:
    return Summary(
        mode=mode,
        group=group,
        n=len(scores),
        recall=mean([s.recall for s in scores]),
        ndcg=mean([s.ndcg for s in scores]),
        mrr=mean([s.rr for s in scores]),
    )


def summarise(scores: Sequence[QuestionScore]) -> list[Summary]:
    """Per mode: overall, then per kind, then per language (groups without questions skipped)."""
    modes = list(dict.fromkeys(s.mode for s in scores))
    out: list[Summary] = []
    for mode in modes:
        of_mode = [s for s in scores if s.mode == mode]
        out.append(_summary(mode, "overall", of_mode))
        for kind in KINDS:
            group = [s for s in of_mode if s.kind == kind]
            if group:
                out.append(_summary(mode, kind, group))
        for lang in sorted({s.lang for s in of_mode}):
            out.append(_summary(mode, f"lang={lang}", [s for s in of_mode if s.lang == lang]))
    return out
