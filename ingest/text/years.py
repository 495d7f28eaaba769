"""Years in text: the one year pattern (1900-2099 as a whole word)."""

from __future__ import annotations

import re

__all__ = ["YEAR", "is_year", "years_in"]

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years_in(text: str) -> tuple[int, ...]:
    """The distinct years written in `text`, ascending."""
    return tuple(sorted({int(y) for y in YEAR.findall(text)}))


def is_year(word: str) -> bool:
    """Whether a word is a year."""
    return YEAR.fullmatch(word) is not None
