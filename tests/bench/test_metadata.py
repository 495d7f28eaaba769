"""The metadata benchmark counts what it says it counts."""

from __future__ import annotations

from pathlib import Path

from bench.metadata import Case, generic_cases, score
from ingest import ReportMeta


def _case(got: ReportMeta, year: int | None = 2021, unit: str = "unknown") -> Case:
    return Case("x", got, "Titel", year, "rapport", unit)


def test_score_counts_right_unknown_and_invented() -> None:
    right = ReportMeta("unknown", "unknown", 2021, "rapport", "Titel")
    unknown_year = ReportMeta("unknown", "unknown", None, "rapport", "Titel")
    wrong = ReportMeta("Medvetenheten", "unknown", 2018, "VP", "Rapport 2018 för Medvetenheten")
    figures = score([_case(right), _case(unknown_year), _case(wrong)])
    assert (figures.documents, figures.title_right, figures.type_right) == (3, 2, 2)
    assert (figures.year_right_or_unknown, figures.year_unknown, figures.year_missed) == (2, 1, 1)
    assert figures.invented_units == 1
    kept = ReportMeta("Familjeenheten", "unknown", 2021, "rapport", "Titel")
    assert score([_case(kept, unit="Familjeenheten")]).invented_units == 0


def test_generic_cases_cover_every_generated_document(tmp_path: Path) -> None:
    cases = generic_cases(tmp_path)
    assert len(cases) == 7 and {c.doc_type for c in cases} == {"rapport", "VP"}
