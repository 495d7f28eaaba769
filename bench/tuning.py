"""Choose the fusion constants on the dev set by a grid search over the real hybrid ranking.

`search.ranking` reads the constants of `search.fusion` (DENSE_WEIGHT, LEXICAL_WEIGHT, RRF_K,
COVERAGE_POWER) at call time, so each grid setting is applied by setting them for the duration of
its run (`fusion_constants`) and restoring them afterwards; the ranking scored is exactly what
`Index.search(mode="hybrid")` returns with those constants, folding included.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from bench.devset import DevQuestion
from bench.harness import Summary, run_questions, summarise
from search import fusion
from search.protocols import SearchIndex

__all__ = ["GridSetting", "current_setting", "default_grid", "fusion_constants", "run_grid"]


@dataclass(frozen=True, slots=True)
class GridSetting:
    """One point of the grid: list weights, RRF constant and lexical-coverage exponent."""

    dense_weight: float
    lexical_weight: float
    rrf_k: int
    coverage_power: float

    @property
    def label(self) -> str:
        return (
            f"dense={self.dense_weight:g} lexical={self.lexical_weight:g} "
            f"k={self.rrf_k} coverage^{self.coverage_power:g}"
        )


def current_setting() -> GridSetting:
    """The constants search.fusion holds right now."""
    return GridSetting(
        fusion.DENSE_WEIGHT, fusion.LEXICAL_WEIGHT, fusion.RRF_K, fusion.COVERAGE_POWER
    )


def default_grid() -> list[GridSetting]:
    """Lexical weight (dense fixed at 1: only the ratio matters) x RRF k x coverage exponent."""
    return [
        GridSetting(1.0, lexical, k, power)
        for lexical in (0.25, 0.35, 0.5, 0.75, 1.0)
        for k in (5, 10, 20, 40, 80)
        for power in (0.0, 1.0, 2.0)
    ]


@contextmanager
def fusion_constants(setting: GridSetting) -> Iterator[None]:
    """Set search.fusion's constants to `setting` inside the block; always restore them."""
    saved = current_setting()
    _apply(setting)
    try:
        yield
    finally:
        _apply(saved)


def _apply(s: GridSetting) -> None:
    fusion.DENSE_WEIGHT = s.dense_weight
    fusion.LEXICAL_WEIGHT = s.lexical_weight
    fusion.RRF_K = s.rrf_k
    fusion.COVERAGE_POWER = s.coverage_power


def run_grid(
    index: SearchIndex, questions: Sequence[DevQuestion], grid: Sequence[GridSetting], k: int
) -> list[tuple[GridSetting, Summary]]:
    """Overall hybrid metrics of every setting, best first (nDCG, then recall, then MRR)."""
    rows = []
    for setting in grid:
        with fusion_constants(setting):
            scores = run_questions(index, questions, ["hybrid"], k)
        rows.append((setting, summarise(scores)[0]))
    return sorted(rows, key=lambda row: (-row[1].ndcg, -row[1].recall, -row[1].mrr))
