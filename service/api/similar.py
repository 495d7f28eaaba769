"""'Hitta tidigare formuleringar': closest prior passages to a pasted draft, duplicates folded.

Pure helpers: a shingle-Jaccard fold so a passage copied from year to year is shown once with
`also_in` (the closest sentence of each passage is quoted with `search.quotes.best_quote`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.text.words import tokens as words
from search.types import Hit

__all__ = ["fold_duplicates", "jaccard", "shingles"]


def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    """Word n-grams of a text (the whole text when shorter than `size`)."""
    tokens = words(text)
    if len(tokens) < size:
        return frozenset([tuple(tokens)])
    return frozenset(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """|a & b| / |a | b| (1.0 for two empty sets)."""
    union = a | b
    return len(a & b) / len(union) if union else 1.0


def fold_duplicates(hits: Sequence[Hit], threshold: float = 0.9) -> list[Hit]:
    """Keep the best of each group of near-identical passages; the others go into `also_in`."""
    kept: list[Hit] = []
    grams: list[frozenset[tuple[str, ...]]] = []
    for hit in hits:
        mine = shingles(hit.chunk.text)
        twin = next((i for i, g in enumerate(grams) if jaccard(mine, g) >= threshold), None)
        if twin is None:
            kept.append(hit)
            grams.append(mine)
            continue
        extra = (hit.chunk.id, *hit.also_in)
        kept[twin] = replace(kept[twin], also_in=(*kept[twin].also_in, *extra))
    return kept
