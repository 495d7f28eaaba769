"""Metrics of the assistant dev set as small pure functions, checkable by hand.

A passage "contains" a gold when the normalised gold (`bench.devset.normalise`: lower-cased,
letters and digits only) is a substring of the normalised passage text with its heading path.
Rates are over the questions a metric applies to; `None` means the group has no such question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bench.devset import normalise
from bench.metrics import mean, percentile

QUOTE_WORD_SHARE = 0.6  # share of the gold's words a quote inside the gold must cover

__all__ = [
    "QUOTE_WORD_SHARE",
    "GroupScore",
    "QuestionRecord",
    "UnitCounts",
    "cite_hit",
    "contains_gold",
    "first_cite_hit",
    "gold_recall",
    "headline",
    "quote_hit",
    "rate",
    "summarise_group",
    "unit_counts",
    "words",
]


def words(text: str) -> list[str]:
    """Lower-cased words (runs of letters and digits) of `text`."""
    return re.findall(r"[^\W_]+", text.casefold())


def contains_gold(haystack: str, golds: Iterable[str]) -> bool:
    """True when the (already normalised) `haystack` contains some gold substring."""
    return any(normalise(g) in haystack for g in golds if normalise(g))


def cite_hit(passages: Sequence[str], golds: Sequence[str]) -> bool:
    """Some cited passage (normalised haystacks, in citation order) contains a gold."""
    return any(contains_gold(p, golds) for p in passages)


def gold_recall(passages: Sequence[str], golds: Sequence[str]) -> float:
    """Share of the gold passages that some cited passage contains (1.0 without golds)."""
    if not golds:
        return 1.0
    return sum(1 for g in golds if cite_hit(passages, [g])) / len(golds)


def first_cite_hit(passages: Sequence[str], golds: Sequence[str]) -> bool:
    """The first cited passage contains a gold."""
    return bool(passages) and contains_gold(passages[0], golds)


def quote_hit(quote: str, golds: Sequence[str], share: float = QUOTE_WORD_SHARE) -> bool:
    """The quote contains a gold, or lies inside one and covers >= `share` of its words."""
    q = normalise(quote)
    if not q:
        return False
    for gold in golds:
        g = normalise(gold)
        if not g:
            continue
        if g in q:
            return True
        gold_words = words(gold)
        if q in g and gold_words:
            quote_words = set(words(quote))
            covered = sum(1 for w in gold_words if w in quote_words)
            if covered / len(gold_words) >= share:
                return True
    return False


@dataclass(frozen=True, slots=True)
class UnitCounts:
    """True positives, false positives and false negatives of one list of report ids."""

    tp: int
    fp: int
    fn: int

    def __add__(self, other: UnitCounts) -> UnitCounts:
        return UnitCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def unit_counts(predicted: Iterable[str], gold: Iterable[str]) -> UnitCounts:
    """Set comparison of the report ids an answer listed with the gold report ids."""
    pred, want = set(predicted), set(gold)
    return UnitCounts(tp=len(pred & want), fp=len(pred - want), fn=len(want - pred))


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    """What one question got from `/api/ask`, scored (JSON-ready via dataclasses.asdict)."""

    id: str
    kind: str
    lang: str
    answerable: bool
    grounded: bool
    mode: str
    n_citations: int
    cite_hit: bool
    first_hit: bool
    quote_hit: bool
    gold_recall: float  # share of the gold passages cited (list questions: every unit/goal)
    units_predicted: tuple[str, ...]
    units_gold: tuple[str, ...]
    latency_ms: float
    answer: str


@dataclass(frozen=True, slots=True)
class GroupScore:
    """The metrics of one group of questions (a kind, a language, or all)."""

    group: str
    n: int
    cite_hit: float | None  # over answerable questions
    first_hit: float | None
    quote_hit: float | None
    gold_recall: float | None  # mean over answerable questions
    answered: float | None  # grounded, over answerable questions
    refused: float | None  # not grounded, over unanswerable questions
    units: UnitCounts | None  # micro-summed over which_units questions
    p50_ms: float
    p95_ms: float


def rate(flags: Sequence[bool]) -> float | None:
    """Share of True flags, or None for an empty sequence."""
    return mean([1.0 if f else 0.0 for f in flags]) if flags else None


def summarise_group(group: str, records: Sequence[QuestionRecord]) -> GroupScore:
    """Aggregate the records of one group (which must not be empty)."""
    ans = [r for r in records if r.answerable]
    listed = [r for r in records if r.kind == "which_units"]
    units = sum((unit_counts(r.units_predicted, r.units_gold) for r in listed), UnitCounts(0, 0, 0))
    latencies = [r.latency_ms for r in records]
    return GroupScore(
        group=group,
        n=len(records),
        cite_hit=rate([r.cite_hit for r in ans]),
        first_hit=rate([r.first_hit for r in ans]),
        quote_hit=rate([r.quote_hit for r in ans]),
        gold_recall=mean([r.gold_recall for r in ans]) if ans else None,
        answered=rate([r.grounded for r in ans]),
        refused=rate([not r.grounded for r in records if not r.answerable]),
        units=units if listed else None,
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
    )


def headline(score: GroupScore) -> float:
    """The number a group is ranked by (weakest first): cite-hit, else the refusal rate."""
    if score.cite_hit is not None:
        return score.cite_hit
    return score.refused if score.refused is not None else 1.0
