"""A figure bound or a count a list question sets, and whether a quote keeps it.

"Vilka enheter har ett årsmål för Ledarskapsindex på 80 eller högre?" lists the units whose
row says so ("Ledarskapsindex | 87 | År"), not every unit that has the indicator; "… ett lägre
årsmål för Aktivt medskapandeindex än KF:s årsmål 83" keeps "Aktivt Medskapandeindex | 76 |
83 | År" and drops "… | 83 | 83 | År". The bound is a comparison and a number of the question
(Swedish or English); a row's figure is the first number after its label, the column a plan's
table gives the year's target in and a report's the outcome. A count asked of a thing
("tio arbetsplatsträffar", "inom två dygn") is kept by a quote writing it, a time in any unit
("10 APT", "inom 48 timmar"; see asked_count). Pure functions over text.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.text.stopwords import STOPWORDS
from ingest.text.years import is_year
from service.answer.lexicon import CITY, FIGURE_WORDS
from service.answer.names import is_place
from service.answer.numerals import count_of
from service.answer.text import is_figures, row_cells

__all__ = [
    "Bound",
    "Count",
    "asked_bound",
    "asked_count",
    "keeps",
    "prose_figure",
    "row_figures",
    "says_count",
]

_NUMBER = r"(\d+(?:[,.]\d+)?)"
_SKIP = r"[^?\d]*?"  # words between the comparison and its number ("än KF:s årsmål 83")


@dataclass(frozen=True, slots=True)
class Bound:
    """A comparison ("ge", "gt", "le", "lt", "eq") and the number it compares with; None for the
    city's target (KF:s årsmål) in the row's own last column."""

    op: str
    value: float | None

    def admits(self, figure: float, city: float | None = None) -> bool:
        compare: Callable[[float, float], bool] = getattr(operator, self.op)
        against = self.value if self.value is not None else city
        return against is not None and compare(figure, against)


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
        ("eq", r"\b(?:lika\s+(?:högt|högre|stort|lågt)|samma\s+(?:nivå|värde|årsmål)|"
         r"(?:the\s+)?same\s+(?:level|value|target)|as\s+high\s+as)\b" + _SKIP + _NUMBER),
        ("eq", r"\b(?:satt|satte|sätter|set|sets)\b" + _SKIP + r"\b(?:till|to)\s+" + _NUMBER),
        ("eq", r"\b(?:årsmål(?:et)?|målvärde(?:t)?)\s+(?:(?:på|om)\s+)?" + _NUMBER),
    )
)  # fmt: skip
"""How a question bounds a figure, the most specific form first; a target set to a figure
("satt årsmålet … till 83", "lika högt som KF:s årsmål på 83", "årsmålet 83") keeps it
alone."""

_REACHED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (op, re.compile(pattern + _SKIP + _NUMBER, re.IGNORECASE))
    for op, pattern in (
        ("lt", r"\b(?:nådde|uppnådde|klarade)\s+inte\b"),
        ("lt", r"\b(?:did not|didn't|failed to)\s+(?:reach|meet|achieve)\b"),
        ("lt", r"\bmissed\b"),
        ("ge", r"\b(?:nådde|uppnådde|klarade)\b(?!\s+inte)"),
        ("ge", r"\b(?:reached|met|achieved)\b"),
    )
)
"""A target reached or missed ("nådde inte årsmålet på 84 %"): a figure at or above it reaches
it, unless less is better (see _LESS_IS_BETTER)."""
_LESS_IS_BETTER = re.compile(
    r"sjukfrånvaro|sick|kostnad|cost|underskott|deficit|otrygg|unsafe|väntetid|waiting|"
    r"handläggningstid|återaktualiser|vräkning|eviction",
    re.IGNORECASE,
)
_REVERSED = {"lt": "gt", "ge": "le"}

_CITY = rf"(?:{CITY}|KF)\s+(?:årsmål|mål|targets?)"
_RELATIVE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (op, re.compile(pattern + r"\s+" + _CITY + r"(?!\s*\d)", re.IGNORECASE))
    for op, pattern in (
        ("lt", r"\b(?:under|lägre än|mindre än|below|lower than|less than|under the)"),
        ("gt", r"\b(?:över|högre än|större än|above|higher than|more than|over)"),
        (
            "eq",
            r"\b(?:lika\s+(?:högt|högre|stort|lågt)\s+som|samma\s+(?:nivå|värde|årsmål)\s+som|"
            r"(?:the\s+)?same\s+(?:level|value)\s+as|as\s+high\s+as)",
        ),
    )
)
"""A bound set by the city's target with no number ("ett årsmål … som ligger under KF:s
årsmål"): the row's own last figure, the KF:s årsmål column, is the number."""


def asked_bound(question: str) -> Bound | None:
    """The bound a question sets on a figure it names; None when it sets none (a year is no
    bound: "under 2021" dates, it compares nothing)."""
    if not FIGURE_WORDS.search(question):
        return None
    reached = _first_form(_REACHED, question)
    if reached is not None:
        op, number = reached
        less = _LESS_IS_BETTER.search(question) is not None
        return Bound(_REVERSED[op] if less else op, number)
    found = _first_form(_FORMS, question)
    if found is not None:
        return Bound(*found)
    for op, pattern in _RELATIVE:
        if pattern.search(question):
            return Bound(op, None)
    return None


def _first_form(
    forms: tuple[tuple[str, re.Pattern[str]], ...], question: str
) -> tuple[str, float] | None:
    """The comparison and number of the first of `forms` the question writes with a number
    that is no year; None when it writes none."""
    for op, pattern in forms:
        for match in pattern.finditer(question):
            if not is_year(match.group(1)):
                return op, _number(match.group(1))
    return None


_CELL_NUMBER = re.compile(r"^\s*[<>≤≥]?\s*(-?\d+(?:[ ,.]\d+)?)\s*%?\s*$")


def row_figures(quote: str) -> list[float]:
    """The numbers of a table row's cells after its label, in order ("Aktivt Medskapandeindex
    | 76 | 83 | År" -> [76.0, 83.0]), or of a line of bare figures under its label, as older
    reports print a table ("92,9 % 91,7 % 84 % 84 % VB" -> [92.9, 91.7, 84.0, 84.0]); [] for
    a quote that is neither."""
    line = next((ln for ln in quote.splitlines() if " | " in ln), "")
    if line:
        found = (_CELL_NUMBER.match(cell) for cell in row_cells(line)[1:])
        return [_number(m.group(1)) for m in found if m]
    bare = next((ln for ln in quote.splitlines()[1:] if is_figures(ln)), "")
    return [_number(n) for n in _BARE_NUMBER.findall(bare) if not is_year(n)]


_BARE_NUMBER = re.compile(r"(?<![\w,.])(-?\d+(?:,\d+)?)(?![\w,])")


def _number(written: str) -> float:
    return float(written.replace(" ", "").replace(",", "."))


_PERCENT = re.compile(r"(?<![\w,.])(\d+(?:,\d+)?)\s*(?:%|procent)")


def prose_figure(quote: str) -> list[float]:
    """The one share a sentence of prose states ("Gemensamt har vi ca 4 % sjukfrånvaro på
    enheten" -> [4.0]); [] for a sentence stating none or several (a change "från 6 % till
    4 %" is no one figure)."""
    shares = {_number(n) for n in _PERCENT.findall(quote)}
    return list(shares) if len(shares) == 1 else []


def keeps(bound: Bound, quote: str) -> bool:
    """Whether a quote shows a figure within the bound (a quote without one shows none): a
    table row's, else the one share its prose states; a bound by the city's target compares
    the row's first figure with its last (the row must have both)."""
    figures = row_figures(quote) or prose_figure(quote)
    if not figures or (bound.value is None and len(figures) < 2):
        return False
    return bound.admits(figures[0], figures[-1])


_COUNT_BEFORE = re.compile(r"(?<![\w,.:§-])(\w+)\s+(?=([^\W\d_][\w-]{2,}))", re.IGNORECASE)
_NOT_COUNTED = re.compile(
    r"^(?:enhet|unit|stadsdel|district|förvaltning|plan|rapport|report|verksamhetsplan|"
    r"verksamhetsberättelse|procent|percent|år|year)",
    re.IGNORECASE,
)
_HOURS = {"timm": 1, "hour": 1, "dygn": 24, "dag": 24, "day": 24, "veck": 168, "week": 168}
"""Units of time a count may be written in ("två dygn" is "48 timmar"), in hours."""


@dataclass(frozen=True, slots=True)
class Count:
    """A count a list question asks the reports to state: a number of things, or a time in
    `hours` ("inom två dygn": 48.0), None for things."""

    value: int
    hours: float | None = None


def _hours(unit: str) -> float | None:
    """The hours in a unit of time ("dygn": 24, "veckor": 168); None for another word."""
    lowered = unit.lower()
    return next((h for name, h in _HOURS.items() if lowered.startswith(name)), None)


def asked_count(question: str) -> Count | None:
    """The count a list question asks the reports to state of a thing: "Vilka enheter
    planerar att hålla tio arbetsplatsträffar under året?", "Which units hold 10 APT?" ask
    for the units writing ten of them, not any; "… samtal inom två dygn" for those writing
    that time in any unit ("inom 48 timmar"). None when it writes no number before a word,
    or only one counting units, districts, plans, years or a share ("de sex enheterna på
    Kungsholmen", "tre stadsdelar", "5 procent": the scope, or a bound of its own)."""
    for m in _COUNT_BEFORE.finditer(question):
        n, noun = count_of(m.group(1)), m.group(2)
        if n is None or noun.lower() in STOPWORDS or is_place(noun) or _NOT_COUNTED.match(noun):
            continue
        hours = _hours(noun)
        return Count(n, None if hours is None else n * hours)
    return None


def says_count(text: str, count: Count) -> bool:
    """Whether a text writes the count: its number in digits or in words ("10 APT", "tio"),
    or for a time the same time in any unit ("48 timmar" for "två dygn")."""
    if count.hours is None:
        return any(count_of(w) == count.value for w in re.findall(r"\w+", text))
    pairs = re.findall(r"(?<![\w,.])(\w+)\s+(?=([^\W\d_]+))", text)
    return any(
        (n := count_of(w)) is not None and (h := _hours(u)) is not None and n * h == count.hours
        for w, u in pairs
    )
