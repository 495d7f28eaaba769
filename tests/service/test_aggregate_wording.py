"""A list question in the reports' own wording lists the reports that write it (aggregate)."""

from __future__ import annotations

from ingest.types import Chunk, ReportMeta, Span
from service.answer.aggregate import _worded_alike
from service.answer.units import Found

META = ReportMeta("Enheten", "Kungsholmen", 2022, "VP", "VP")
ASKED = (
    "Vilka enheter har aktiviteten att införa arbetssätt och metoder för att upptäcka"
    " hedersrelaterat våld?"
)


def _found(report: str, text: str) -> Found:
    chunk = Chunk(
        f"{report}:c", report, "s1", ("Aktiviteter",), "heading", None, text, Span(1, 1), 0
    )  # type: ignore[arg-type]
    return Found(chunk, META, 0, len(text), 1.0)


def test_the_reports_writing_the_asked_wording_are_listed_and_only_they() -> None:
    activity = "Implementera arbetssätt och metoder för att upptäcka hedersrelaterat våld | 2022"
    near = "Förvaltningen utvecklar arbetet med att upptäcka och hantera hedersrelaterat våld."
    found = [_found("a", activity), _found("b", activity), _found("c", near)]
    assert [f.chunk.report_id for f in _worded_alike(ASKED, found)] == ["a", "b"]
    alone = [_found("a", activity), _found("c", near)]
    assert (
        _worded_alike(ASKED, alone) == alone
    )  # one report's wording: the others may say it otherwise
