"""Metadata filters as pure predicates, plus the row mask the index applies before top-k.

A filter never drops a report for a value nobody knows: a report whose year is unknown or was
inferred with low confidence passes a year filter (unless `Filters.strict_years`), and
`uncertain_fields` names what it passed on trust, so hits can be flagged and ranked lower.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from ingest.meta import KNOWN_AT
from ingest.types import Chunk, ReportMeta
from search.types import Filters

__all__ = [
    "Columns",
    "is_empty",
    "matches",
    "matches_meta",
    "parse_years",
    "row_mask",
    "uncertain_fields",
    "uncertain_reports",
    "with_doc_types",
    "with_years",
    "year_uncertain",
]


def _fold(value: str) -> str:
    return value.strip().casefold()


def _one_of(value: str | None, wanted: tuple[str, ...] | None) -> bool:
    if wanted is None:
        return True
    return value is not None and _fold(value) in {_fold(w) for w in wanted}


def is_empty(filters: Filters | None) -> bool:
    """True when the filters let everything through."""
    return filters is None or filters == Filters()


def matches_meta(meta: ReportMeta, report_id: str, filters: Filters) -> bool:
    """Whether a report passes the report-level filters (unit, district, year, type, id)."""
    if filters.report_ids is not None and report_id not in filters.report_ids:
        return False
    if not _year_ok(meta, filters):
        return False
    return (
        _one_of(meta.unit, filters.units)
        and _one_of(meta.district, filters.districts)
        and _one_of(meta.doc_type, filters.doc_types)
    )


def year_uncertain(meta: ReportMeta) -> bool:
    """Whether a report's year is unknown or inferred below KNOWN_AT confidence."""
    return meta.year is None or meta.confidence.get("year", 1.0) < KNOWN_AT


def _has_year_filter(filters: Filters) -> bool:
    return filters.year_from is not None or filters.year_to is not None


def _year_ok(meta: ReportMeta, filters: Filters) -> bool:
    if not _has_year_filter(filters):
        return True
    if year_uncertain(meta):
        return not filters.strict_years
    year = meta.year or 0
    too_early = filters.year_from is not None and year < filters.year_from
    too_late = filters.year_to is not None and year > filters.year_to
    return not (too_early or too_late)


def uncertain_fields(meta: ReportMeta, filters: Filters | None) -> frozenset[str]:
    """Filter fields a report passes only on trust (its value unknown or uncertain)."""
    if filters is None or filters.strict_years or not _has_year_filter(filters):
        return frozenset()
    return frozenset({"year"}) if year_uncertain(meta) else frozenset()


def uncertain_reports(metas: dict[str, ReportMeta], filters: Filters | None) -> frozenset[str]:
    """Ids of the reports that pass `filters` only on trust (see `uncertain_fields`)."""
    if filters is None or is_empty(filters):
        return frozenset()
    return frozenset(rid for rid, meta in metas.items() if uncertain_fields(meta, filters))


def matches(chunk: Chunk, meta: ReportMeta, filters: Filters | None) -> bool:
    """Whether a chunk (with its report's metadata) passes every filter; None passes all."""
    if filters is None:
        return True
    return (
        matches_meta(meta, chunk.report_id, filters)
        and _one_of(chunk.kind, filters.kinds)
        and _one_of(chunk.status, filters.statuses)
    )


@dataclass(frozen=True, slots=True)
class Columns:
    """Per-row filter fields as arrays, so a mask costs a few vector operations per query."""

    report_ids: tuple[str, ...]  # distinct report ids
    report_of_row: npt.NDArray[np.int64]  # index into report_ids
    kinds: npt.NDArray[np.str_]
    statuses: npt.NDArray[np.str_]  # "" when a chunk has none

    @classmethod
    def of(cls, chunks: Sequence[Chunk]) -> Columns:
        ids = tuple(dict.fromkeys(c.report_id for c in chunks))
        position = {rid: i for i, rid in enumerate(ids)}
        return cls(
            report_ids=ids,
            report_of_row=np.array([position[c.report_id] for c in chunks], dtype=np.int64),
            kinds=np.array([_fold(c.kind) for c in chunks], dtype=np.str_),
            statuses=np.array([_fold(c.status or "") for c in chunks], dtype=np.str_),
        )


def row_mask(
    columns: Columns, metas: dict[str, ReportMeta], filters: Filters | None
) -> npt.NDArray[np.bool_] | None:
    """Boolean mask over rows passing the filters; None when there are no filters."""
    if filters is None or is_empty(filters):
        return None
    reports_ok = np.array(
        [matches_meta(metas[rid], rid, filters) for rid in columns.report_ids], dtype=np.bool_
    )
    mask: npt.NDArray[np.bool_] = (
        reports_ok[columns.report_of_row]
        if len(reports_ok)
        else (np.zeros(len(columns.kinds), dtype=np.bool_))
    )
    if filters.kinds is not None:
        mask &= np.isin(columns.kinds, [_fold(k) for k in filters.kinds])
    if filters.statuses is not None:
        mask &= np.isin(columns.statuses, [_fold(s) for s in filters.statuses])
    return mask


def parse_years(text: str) -> tuple[int, int]:
    """ "2019" -> (2019, 2019); "2016-2019" -> (2016, 2019). Raises ValueError otherwise."""
    first, sep, last = text.strip().partition("-")
    start = int(first)
    end = int(last) if sep else start
    if end < start:
        raise ValueError(f"year range {text!r} runs backwards")
    return start, end


def with_years(filters: Filters | None, years: Sequence[int]) -> Filters | None:
    """Apply the years a question names, unless the caller already filtered on year."""
    if not years:
        return filters
    base = filters or Filters()
    if base.year_from is not None or base.year_to is not None:
        return base
    return replace(base, year_from=min(years), year_to=max(years))


def with_doc_types(filters: Filters | None, doc_types: Sequence[str]) -> Filters | None:
    """Apply the document types a question names ("verksamhetsberättelser": VB), unless the
    caller already filtered on them."""
    if not doc_types:
        return filters
    base = filters or Filters()
    if base.doc_types is not None:
        return base
    return replace(base, doc_types=tuple(doc_types))
