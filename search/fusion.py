"""Ranking math as small pure functions: weighted reciprocal rank fusion and near-duplicate folding.

The tunable constants live here, in one place, so the evaluation on the dev set can change them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy as np
import numpy.typing as npt

__all__ = [
    "COVERAGE_POWER",
    "DENSE_WEIGHT",
    "DUPLICATE_JACCARD",
    "LEXICAL_WEIGHT",
    "RRF_K",
    "SHINGLE",
    "Folded",
    "fold_near_duplicates",
    "fuse",
    "jaccard",
    "lexical_weight",
    "shingles",
    "top_rows",
]

RRF_K = 5
"""Reciprocal rank fusion constant: score = weight / (RRF_K + rank)."""
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 1.0
"""RRF_K and the weights were chosen on the dev set (`python -m bench.evaluate --grid`): the best
settings lie within 0.01 of each other, so among them we keep equal weights, under which a passage
that only one retriever ranks first still lands in the fused top two. With lexical weight 0.5 and
k=10, BM25's only hit for a rare exact term (a name, a method) sank below dense rank 10."""
COVERAGE_POWER = 1.0
"""The lexical weight is scaled by coverage ** COVERAGE_POWER, where coverage is the share of the
query's words the corpus vocabulary knows: an English question against Swedish reports then leans
on the dense ranking instead of on BM25 matches of stray words."""
DUPLICATE_JACCARD = 0.9
"""Two passages whose word-shingle sets overlap at least this much are one passage."""
SHINGLE = 3
"""Words per shingle."""

K = TypeVar("K", bound=Hashable)
_WORD = re.compile(r"\w+", re.UNICODE)


def fuse(
    rankings: Mapping[str, Sequence[K]],
    weights: Mapping[str, float] | None = None,
    k: int = RRF_K,
) -> list[tuple[K, float]]:
    """Weighted reciprocal rank fusion of ranked lists (best first, ranks from 1).

    Each item scores sum(weight[name] / (k + rank in list name)); ties keep first-seen order.

    >>> fuse({"dense": ["a", "b"], "lexical": ["b", "c"]}, k=1)
    [('b', 0.8333333333333333), ('a', 0.5), ('c', 0.3333333333333333)]
    """
    scores: dict[K, float] = {}
    for name, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))


def lexical_weight(
    coverage: float, weight: float | None = None, power: float | None = None
) -> float:
    """weight * coverage ** power, coverage clamped to 0..1 (defaults: the module constants).

    >>> lexical_weight(0.5, weight=1.0, power=2.0)
    0.25
    """
    weight = LEXICAL_WEIGHT if weight is None else weight
    power = COVERAGE_POWER if power is None else power
    return float(weight * max(0.0, min(1.0, coverage)) ** power)


@lru_cache(maxsize=65_536)
def shingles(text: str, size: int = SHINGLE) -> frozenset[tuple[str, ...]]:
    """Overlapping word n-grams of lower-cased text (the whole text when shorter than n).

    Numbers all read as "0", so a passage copied into next year's report with its years and
    counts updated still matches.
    """
    tokens = ["0" if t.isdigit() else t for t in _WORD.findall(text.lower())]
    if len(tokens) <= size:
        return frozenset({tuple(tokens)}) if tokens else frozenset()
    return frozenset(zip(*(tokens[i:] for i in range(size)), strict=False))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """|a ∩ b| / |a ∪ b|, 0.0 for two empty sets."""
    if not a and not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


@dataclass(frozen=True, slots=True)
class Folded:
    """A kept item and the ids of the near-duplicates folded into it (in rank order)."""

    index: int  # position of the kept item in the input
    also_in: tuple[str, ...]


def fold_near_duplicates(
    items: Sequence[tuple[str, str]], threshold: float = DUPLICATE_JACCARD, limit: int | None = None
) -> list[Folded]:
    """Fold ranked (id, text) pairs: a later item whose shingles match an earlier kept one's with
    Jaccard >= threshold is dropped and its id added to the kept item's `also_in`. After `limit`
    kept items, later items only fold into those (they are not kept themselves).

    >>> [f.also_in for f in fold_near_duplicates([("a", "x y z w"), ("b", "x y z w"), ("c", "q")])]
    [('b',), ()]
    """
    kept: list[tuple[int, frozenset[tuple[str, ...]], int, list[str]]] = []
    for position, (item_id, text) in enumerate(items):
        sh = shingles(text)
        # Jaccard <= min/max of the sizes: skip pairs whose sizes alone rule it out
        low, high = threshold * len(sh), len(sh) / threshold if threshold > 0 else math.inf
        for _, other, size, folded in kept:
            if low <= size <= high and size and jaccard(sh, other) >= threshold:
                folded.append(item_id)
                break
        else:
            if limit is None or len(kept) < limit:
                kept.append((position, sh, len(sh), []))
    return [Folded(index=pos, also_in=tuple(folded)) for pos, _, _, folded in kept]


def top_rows(scores: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.int64]:
    """Indices of the k largest scores, best first; ties go to the lower index.

    >>> top_rows(np.array([0.1, 0.5, 0.5, 0.2], dtype=np.float32), 3).tolist()
    [1, 2, 3]
    """
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    part = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    order = np.lexsort((part, -scores[part]))
    return part[order].astype(np.int64)
