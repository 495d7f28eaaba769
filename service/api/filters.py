"""Turning HTTP filter values into `search.Filters`: units, districts, year ranges, VB/VP."""

from __future__ import annotations

import re
from collections.abc import Sequence

from search.types import Filters
from service.errors import BadRequest

__all__ = ["make_filters", "parse_year"]

_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$")
_DOC_TYPES = {"VB": "VB", "VP": "VP", "RAPPORT": "rapport"}  # upper-cased input -> stored form


def parse_year(value: str | int | None) -> tuple[int | None, int | None]:
    """'2019' -> (2019, 2019); '2016-2019' -> (2016, 2019); None/'' -> (None, None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return (None, None)
    match = _YEAR_RANGE.match(str(value))
    if not match:
        raise BadRequest(f"year: expected '2019' or '2016-2019', got {str(value)[:40]!r}")
    lo = int(match.group(1))
    hi = int(match.group(2) or lo)
    if hi < lo:
        raise BadRequest(f"year: range {lo}-{hi} runs backwards")
    return (lo, hi)


def _values(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    cleaned = tuple(v.strip() for v in items if v and v.strip())
    return cleaned or None


def _doc_types(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    types = _values(value)
    if types is None:
        return None
    upper = tuple(t.upper() for t in types)
    wrong = [t for t in upper if t not in _DOC_TYPES]
    if wrong:
        raise BadRequest(f"doc_type: expected VB, VP or rapport, got {wrong[0][:20]!r}")
    return tuple(_DOC_TYPES[t] for t in upper)


def make_filters(
    unit: str | Sequence[str] | None = None,
    district: str | Sequence[str] | None = None,
    year: str | int | None = None,
    doc_type: str | Sequence[str] | None = None,
) -> Filters | None:
    """Filters from HTTP values; None when nothing is set."""
    lo, hi = parse_year(year)
    filters = Filters(
        units=_values(unit),
        districts=_values(district),
        year_from=lo,
        year_to=hi,
        doc_types=_doc_types(doc_type),
    )
    return None if filters == Filters() else filters
