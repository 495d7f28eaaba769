"""One query against a snapshot: filter mask, dense and lexical top lists, fusion, folding."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from search import fusion
from search.derived import Snapshot
from search.errors import EmptyQuery, SearchError
from search.filters import row_mask, uncertain_fields, uncertain_reports
from search.types import Filters, Hit

__all__ = ["MODES", "OVERFETCH", "UNCERTAIN_WEIGHT", "rank"]

MODES = ("hybrid", "dense", "lexical")
OVERFETCH = 4
"""Each ranker returns k * OVERFETCH candidates so folding duplicates still leaves k hits."""
UNCERTAIN_WEIGHT = 0.8
"""Score factor for a hit whose report passed a filter only on trust (its year unknown): it stays
in the list, below equally good hits that surely match."""

QueryEmbedder = Callable[[str], npt.NDArray[np.float32]]
Candidate = tuple[int, float, frozenset[str]]


def rank(
    snap: Snapshot,
    embed_query: QueryEmbedder,
    query: str,
    k: int,
    filters: Filters | None,
    mode: str,
    also: str = "",
) -> list[Hit]:
    """The top-k hits for `query` (see Index.search); with `also`, the query in the reports'
    language (see _candidates)."""
    if mode not in MODES:
        raise SearchError(f"search mode must be one of {', '.join(MODES)}, not {mode!r}")
    if not query.strip():
        raise EmptyQuery("the query is empty")
    if mode == "lexical" and not snap.lexical.terms(f"{query} {also}"):
        raise EmptyQuery(f"the query {query!r} has no searchable words (only stopwords?)")
    if k <= 0 or not snap.chunks:
        return []
    mask = row_mask(snap.columns, snap.metas, filters)
    if mask is not None and not mask.any():
        return []
    candidates = _candidates(snap, embed_query, query, k * OVERFETCH + 10, mask, mode, also)
    uncertain = uncertain_reports(snap.metas, filters)
    if uncertain:
        candidates = _demote(snap, candidates, uncertain)
    return _fold(snap, candidates, k, filters if uncertain else None)


def _demote(
    snap: Snapshot, candidates: list[Candidate], uncertain: frozenset[str]
) -> list[Candidate]:
    """Candidates of reports passing only on trust scaled by UNCERTAIN_WEIGHT, re-sorted."""
    scaled = [
        (row, score * UNCERTAIN_WEIGHT if snap.chunks[row].report_id in uncertain else score, via)
        for row, score, via in candidates
    ]
    return sorted(scaled, key=lambda c: -c[1])


def _candidates(
    snap: Snapshot,
    embed_query: QueryEmbedder,
    query: str,
    fetch: int,
    mask: npt.NDArray[np.bool_] | None,
    mode: str,
    also: str = "",
) -> list[Candidate]:
    """The rows the mode's rankers find, fused by weighted RRF for hybrid (BM25 weighted by how
    much of its wording the vocabulary knows). With `also`, the query in the reports' language
    (an English query's Swedish wording): the dense ranker embeds it instead of the query (e5
    matches Swedish to Swedish better, and one embedding costs what a plain search does) and
    BM25 ranks both wordings."""
    second = also if also.strip() and also != query else ""
    lists: dict[str, tuple[list[int], list[float]]] = {}
    weights: dict[str, float] = {}
    if mode in ("hybrid", "dense"):
        rows, scores = snap.dense.search(embed_query(second or query), fetch, mask)
        lists["dense"], weights["dense"] = (rows.tolist(), scores.tolist()), fusion.DENSE_WEIGHT
    if mode in ("hybrid", "lexical"):
        for name, wording in (("lexical", query), ("lexical+", second)):
            if wording:
                rows, scores = snap.lexical.search(wording, fetch, mask)
                lists[name] = (rows.tolist(), scores.tolist())
                weights[name] = fusion.lexical_weight(snap.lexical.coverage(wording))
    if len(lists) == 1:
        ((rows_list, score_list),) = lists.values()
        via = frozenset({mode})
        return [(r, s, via) for r, s in zip(rows_list, score_list, strict=True)]
    fused = fusion.fuse({name: rows for name, (rows, _) in lists.items()}, weights, k=fusion.RRF_K)
    seen: dict[str, set[int]] = {}
    for name, (found, _) in lists.items():
        seen.setdefault(name.rstrip("+"), set()).update(found)
    return [
        (row, score, frozenset(n for n, rows in seen.items() if row in rows))
        for row, score in fused
    ]


def _fold(
    snap: Snapshot, candidates: list[Candidate], k: int, filters: Filters | None
) -> list[Hit]:
    items = [(snap.chunks[row].id, snap.chunks[row].text) for row, _, _ in candidates]
    hits: list[Hit] = []
    for folded in fusion.fold_near_duplicates(items, limit=k):
        row, score, via = candidates[folded.index]
        chunk = snap.chunks[row]
        meta = snap.metas[chunk.report_id]
        hits.append(
            Hit(
                chunk=chunk,
                meta=meta,
                score=float(score),
                rank=len(hits) + 1,
                via=via,
                also_in=folded.also_in,
                uncertain=uncertain_fields(meta, filters),
            )
        )
    return hits
