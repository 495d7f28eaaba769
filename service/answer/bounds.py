"""A figure bound a list question sets, and whether a table row keeps it.

"Vilka enheter har ett årsmål för Ledarskapsindex på 80 eller högre?" lists the units whose
row says so ("Ledarskapsindex | 87 | År"), not every unit that has the indicator; "… ett lägre
årsmål för Aktivt medskapandeindex än KF:s årsmål 83" keeps "Aktivt Medskapandeindex | 76 |
83 | År" and drops "… | 83 | 83 | År". The bound is a comparison and a number of the question
(Swedish or English); a row's figure is the first number after its label, the column a plan's
table gives the year's target in and a report's the outcome. Pure functions over text.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.text.years import is_year
from service.answer.lexicon import FIGURE_WORDS
from service.answer.text import row_cells

__all__ = ["Bound", "asked_bound", "keeps", "row_figure"]

_NUMBER = r"(\d+(?:[,.]\d+)?)"
_SKIP = r"[^?\d]*?"  # words between the comparison and its number ("än KF:s årsmål 83")


@dataclass(frozen=True, slots=True)
class Bound:
    """A comparison ("ge", "gt", "le", "lt") and the number it compares with."""

    op: str
    value: float

    def admits(self, figure: float) -> bool:
        compare: Callable[[float, float], bool] = getattr(operator, self.op)
        return compare(figure, self.value)


_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (op, re.compile(pattern, re.IGNORECASE))
    for op, pattern in (
        ("ge", _NUMBER + r"\s*(?:%|procent|percent)?\s+(?:eller|or)\s+(?:högre|mer|större|fler|"
         r"över|higher|more|above|greater)\b"),
        ("le", _NUMBER + r"\s*(?:%|procent|percent)?\s+(?:eller|or)\s+(?:lägre|mindre|färre|"
         r"under|lower|less|below|fewer)\b"),
        ("ge", r"\b(?:minst|at least)\s+" + _NUMBER),
        ("le", r"\b(?:högst|at most)\s+" + _NUMBER),
        ("lt", r"\b(?:lägre|mindre|färre)\b" + _SKIP + r"\bän\b" + _SKIP + _NUMBER),
        ("gt", r"\b(?:högre|större|fler)\b" + _SKIP + r"\bän\b" + _SKIP + _NUMBER),
        ("lt", r"\b(?:under|below|lower than|less than|fewer than)\b" + _SKIP + _NUMBER),
        ("gt", r"\b(?:över|above|higher than|more than|greater than)\b" + _SKIP + _NUMBER),
    )
)  # fmt: skip
"""How a question bounds a figure, the most specific form first."""


def asked_bound(question: str) -> Bound | None:
    """The bound a question sets on a figure it names; None when it sets none (a year is no
    bound: "under 2021" dates, it compares nothing)."""
    if not FIGURE_WORDS.search(question):
        return None
    for op, pattern in _FORMS:
        for match in pattern.finditer(question):
            number = match.group(1)
            if not is_year(number):
                return Bound(op, float(number.replace(",", ".")))
    return None


_CELL_NUMBER = re.compile(r"^\s*[<>≤≥]?\s*(-?\d+(?:[ ,.]\d+)?)\s*%?\s*$")


def row_figure(quote: str) -> float | None:
    """The first number of a table row's cells after its label ("Ledarskapsindex | 87 | År" ->
    87.0); None for a quote that is no table row or holds no such cell."""
    line = next((ln for ln in quote.splitlines() if " | " in ln), "")
    for cell in row_cells(line)[1:]:
        found = _CELL_NUMBER.match(cell)
        if found:
            return float(found.group(1).replace(" ", "").replace(",", "."))
    return None


def keeps(bound: Bound, quote: str) -> bool:
    """Whether a quote shows a figure within the bound (a quote without one shows none)."""
    figure = row_figure(quote)
    return figure is not None and bound.admits(figure)
