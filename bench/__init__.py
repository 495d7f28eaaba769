"""Retrieval evaluation on the dev set and benchmarks (latency, indexing, scale).

Entry points: ``python -m bench.evaluate``, ``bench.latency``, ``bench.indexing``, ``bench.scale``.
"""

from bench.devset import DevQuestion, GoldPassage, gold_matches, load_devset, normalise
from bench.errors import BenchError, DevSetError, GoldNotFoundError
from bench.metrics import ndcg_at_k, percentile, recall_at_k, reciprocal_rank

__all__ = [
    "BenchError",
    "DevQuestion",
    "DevSetError",
    "GoldNotFoundError",
    "GoldPassage",
    "gold_matches",
    "load_devset",
    "ndcg_at_k",
    "normalise",
    "percentile",
    "recall_at_k",
    "reciprocal_rank",
]
