"""Years and months in text: the one year pattern (1900-2099 as a whole word) and the one list
of month names (Swedish and English) and English weekdays."""

from __future__ import annotations

import re

__all__ = ["MONTHS_EN", "MONTHS_SV", "WEEKDAYS_EN", "YEAR", "alternation", "is_year", "years_in"]

YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# fmt: off
MONTHS_SV = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
MONTHS_EN = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
# fmt: on
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def years_in(text: str) -> tuple[int, ...]:
    """The distinct years written in `text`, ascending."""
    return tuple(sorted({int(y) for y in YEAR.findall(text)}))


def is_year(word: str) -> bool:
    """Whether a word is a year."""
    return YEAR.fullmatch(word) is not None


def alternation(*names: tuple[str, ...]) -> str:
    """A regex alternation of the words of `names` (each once, in order): "januari|februari|…"."""
    return "|".join(dict.fromkeys(w for group in names for w in group))
