"""Choose the fusion constants on the dev set: replay search.fusion offline over a parameter grid.

Dense and lexical rankings are fetched once per question (to `depth`); every grid setting then
fuses them with `search.fusion.fuse`, folds near-duplicates with `fold_near_duplicates` (as the
index does) and is scored like a real hybrid ranking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bench.devset import DevQuestion
from bench.harness import QuestionScore, Summary, score_ranking, source_names, summarise
from bench.harness import hit_matches as _hit_matches
from ingest.types import Chunk, ReportMeta
from search.fusion import fold_near_duplicates, fuse
from search.protocols import SearchIndex
from search.types import Hit

__all__ = ["GridSetting", "Rankings", "default_grid", "fetch_rankings", "replay", "run_grid"]


@dataclass(frozen=True, slots=True)
class GridSetting:
    """One point of the grid: the two list weights and the RRF constant."""

    dense_weight: float
    lexical_weight: float
    rrf_k: int

    @property
    def label(self) -> str:
        return f"dense={self.dense_weight:g} lexical={self.lexical_weight:g} k={self.rrf_k}"


@dataclass(frozen=True, slots=True)
class Rankings:
    """The dense and lexical top-`depth` chunk ids of one question, plus the chunks themselves."""

    dense: tuple[str, ...]
    lexical: tuple[str, ...]
    chunks: Mapping[str, Chunk]


def default_grid() -> list[GridSetting]:
    """Weight pairs from lexical-heavy to dense-heavy, each with a few RRF constants."""
    pairs = [(1.0, 0.5), (1.0, 0.75), (1.0, 1.0), (0.75, 1.0), (0.5, 1.0), (1.0, 1.5), (1.5, 1.0)]
    return [GridSetting(d, lex, k) for d, lex in pairs for k in (5, 20, 60, 120)]


def _ids(hits: Sequence[Hit]) -> tuple[str, ...]:
    return tuple(h.chunk.id for h in hits)


def fetch_rankings(
    index: SearchIndex, questions: Sequence[DevQuestion], depth: int
) -> dict[str, Rankings]:
    """Dense and lexical rankings of every question, `depth` deep."""
    out: dict[str, Rankings] = {}
    for q in questions:
        dense = index.search(q.question, k=depth, mode="dense")
        lexical = index.search(q.question, k=depth, mode="lexical")
        chunks = {h.chunk.id: h.chunk for h in (*dense, *lexical)}
        out[q.id] = Rankings(_ids(dense), _ids(lexical), chunks)
    return out


def replay(r: Rankings, setting: GridSetting, k: int) -> list[tuple[Chunk, tuple[str, ...]]]:
    """The fused, folded top-k of one question: (chunk, ids of near-duplicates folded into it)."""
    fused = fuse(
        {"dense": r.dense, "lexical": r.lexical},
        {"dense": setting.dense_weight, "lexical": setting.lexical_weight},
        k=setting.rrf_k,
    )
    ordered = [r.chunks[chunk_id] for chunk_id, _ in fused]
    folded = fold_near_duplicates([(c.id, c.text) for c in ordered])
    return [(ordered[f.index], f.also_in) for f in folded[:k]]


def _score(
    q: DevQuestion,
    r: Rankings,
    setting: GridSetting,
    k: int,
    sources: Mapping[str, str],
) -> QuestionScore:
    blank = ReportMeta(unit="", district="", year=None, doc_type="unknown", title="")
    hits = [
        Hit(chunk=c, meta=blank, score=0.0, rank=i, also_in=also)
        for i, (c, also) in enumerate(replay(r, setting, k), 1)
    ]
    matches = _hit_matches(q, hits, sources, r.chunks.get)
    return score_ranking(q, "hybrid", matches, k)


def run_grid(
    index: SearchIndex,
    questions: Sequence[DevQuestion],
    grid: Sequence[GridSetting],
    k: int,
    depth: int = 50,
) -> list[tuple[GridSetting, Summary]]:
    """Overall hybrid metrics of every grid setting, best (nDCG, then recall) first."""
    sources = source_names(index.list_reports())
    rankings = fetch_rankings(index, questions, depth)
    rows = []
    for setting in grid:
        scores = [_score(q, rankings[q.id], setting, k, sources) for q in questions]
        rows.append((setting, summarise(scores)[0]))
    return sorted(rows, key=lambda row: (-row[1].ndcg, -row[1].recall, -row[1].mrr))
