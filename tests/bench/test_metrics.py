"""The metric math, on examples worked out by hand."""

from __future__ import annotations

import math

import pytest

from bench.metrics import (
    dcg_gains,
    mean,
    ndcg_at_k,
    neighbour_recall,
    percentile,
    recall_at_k,
    reciprocal_rank,
)

E: frozenset[int] = frozenset()
# rank 1 irrelevant, rank 2 finds gold 0, rank 3 repeats gold 0, rank 4 finds gold 1
RANKING = [E, frozenset({0}), frozenset({0}), frozenset({1})]


def test_recall_counts_distinct_gold_passages_within_k() -> None:
    assert recall_at_k(RANKING, n_gold=2, k=10) == 1.0
    assert recall_at_k(RANKING, n_gold=2, k=3) == 0.5
    assert recall_at_k(RANKING, n_gold=4, k=10) == 0.5
    assert recall_at_k([], n_gold=1, k=10) == 0.0


def test_duplicate_hits_earn_no_gain() -> None:
    assert dcg_gains(RANKING, k=10) == [0, 1, 0, 1]
    assert dcg_gains([frozenset({0, 1}), frozenset({1})], k=10) == [1, 0]


def test_ndcg_by_hand() -> None:
    dcg = 1 / math.log2(3) + 1 / math.log2(5)  # gains at ranks 2 and 4
    ideal = 1 + 1 / math.log2(3)  # two gold passages at ranks 1 and 2
    assert ndcg_at_k(RANKING, n_gold=2, k=10) == pytest.approx(dcg / ideal)
    assert ndcg_at_k(RANKING, n_gold=2, k=10) == pytest.approx(0.650921, abs=1e-6)
    assert ndcg_at_k([frozenset({0}), frozenset({1})], n_gold=2, k=10) == pytest.approx(1.0)
    # more gold than k: the ideal is k new passages in a row
    assert ndcg_at_k([frozenset({0})], n_gold=5, k=1) == pytest.approx(1.0)
    assert ndcg_at_k([E, E], n_gold=1, k=2) == 0.0


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(RANKING, k=10) == 0.5
    assert reciprocal_rank(RANKING, k=1) == 0.0
    assert reciprocal_rank([frozenset({3})], k=10) == 1.0


def test_bad_gold_count_is_refused() -> None:
    with pytest.raises(ValueError):
        recall_at_k(RANKING, n_gold=0, k=10)
    with pytest.raises(ValueError):
        ndcg_at_k(RANKING, n_gold=0, k=10)


def test_percentile_interpolates() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5
    assert percentile([float(v) for v in range(1, 101)], 95) == pytest.approx(95.05)
    assert percentile([7.0], 95) == 7.0
    assert percentile([1.0, 2.0], 0) == 1.0 and percentile([1.0, 2.0], 100) == 2.0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_neighbour_recall_and_mean() -> None:
    assert neighbour_recall([[1, 2, 3], [4, 5, 6]], [[1, 2, 9], [7, 8, 9]]) == pytest.approx(1 / 3)
    assert neighbour_recall([[1, 2]], [[2, 1]]) == 1.0
    assert mean([]) == 0.0 and mean([1.0, 2.0]) == 1.5
