"""Retrieval and benchmark metrics as small pure functions, checkable by hand.

A ranking is given as `matches`: for each retrieved hit, in rank order, the set of gold-passage
indices that hit is relevant to (empty set = irrelevant hit). A gold passage counts once, at the
first hit that covers it, so a near-duplicate of an already-found passage earns nothing; this keeps
nDCG within [0, 1] and rewards covering *different* gold passages (which_units questions).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Matches = Sequence[frozenset[int]]

__all__ = [
    "Matches",
    "dcg_gains",
    "mean",
    "ndcg_at_k",
    "neighbour_recall",
    "percentile",
    "recall_at_k",
    "reciprocal_rank",
]


def dcg_gains(matches: Matches, k: int) -> list[int]:
    """Binary gain per rank (1 = the hit covers a gold passage not covered higher up)."""
    seen: set[int] = set()
    gains: list[int] = []
    for hit in matches[:k]:
        new = hit - seen
        gains.append(1 if new else 0)
        seen |= hit
    return gains


def recall_at_k(matches: Matches, n_gold: int, k: int) -> float:
    """Share of the `n_gold` gold passages covered by the top `k` hits."""
    if n_gold <= 0:
        raise ValueError("n_gold must be positive")
    covered: set[int] = set()
    for hit in matches[:k]:
        covered |= hit
    return len(covered) / n_gold


def ndcg_at_k(matches: Matches, n_gold: int, k: int) -> float:
    """nDCG@k with binary, novelty-aware gains; the ideal has min(k, n_gold) new passages first."""
    if n_gold <= 0:
        raise ValueError("n_gold must be positive")
    dcg = sum(g / math.log2(rank + 2) for rank, g in enumerate(dcg_gains(matches, k)))
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(k, n_gold)))
    return dcg / ideal


def reciprocal_rank(matches: Matches, k: int) -> float:
    """1 / rank of the first relevant hit within the top `k`, or 0.0 when there is none."""
    for rank, hit in enumerate(matches[:k], 1):
        if hit:
            return 1.0 / rank
    return 0.0


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; 0.0 for an empty sequence."""
    return sum(values) / len(values) if values else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of an empty sequence")
    if not 0 <= q <= 100:
        raise ValueError("q must lie in [0, 100]")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def neighbour_recall(approx: Sequence[Sequence[int]], exact: Sequence[Sequence[int]]) -> float:
    """Mean share of each query's exact top-k ids that the approximate search also returned."""
    if len(approx) != len(exact):
        raise ValueError("approx and exact must hold the same number of queries")
    shares = [len(set(a) & set(e)) / len(e) for a, e in zip(approx, exact, strict=True) if e]
    return mean(shares)
