"""'Hitta tidigare formuleringar': closest prior passages to a pasted draft, duplicates folded.

Pure helpers: the draft's content stems (to pick the closest sentence of each passage) and a
shingle-Jaccard fold so a passage copied from year to year is shown once with `also_in`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.text.words import tokens as words
from search.types import Hit
from service.answer.question import extract_topic

__all__ = ["draft_stems", "fold_duplicates", "jaccard", "shingles"]


def draft_stems(text: str, limit: int = 40) -> tuple[str, ...]:
    """Content stems of a draft (frame words dropped), most frequent first."""
    stems = extract_topic(text).stems
    wanted = set(stems)
    counts = dict.fromkeys(stems, 0)
    for word in words(text):  # each word counts for every stem it starts with (linear in text)
        for end in range(1, len(word) + 1):
            if word[:end] in wanted:
                counts[word[:end]] += 1
    return tuple(sorted(stems, key=lambda s: -counts[s])[:limit])


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
