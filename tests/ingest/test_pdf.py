"""PDFs generated with fpdf2: pages, running header/footer, hyphenation, åäö and spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import Report, read_bytes, read_file
from tests.ingest.pdfs import text_pdf

HEADER = "Verksamhetsberättelse 2021 för Testenheten"
PAGES = [
    [
        "Sammanfattande analys",
        "Testenheten i Skärholmens stadsdelsområde har under året arbetat med ledarskaps-",
        "utveckling och förändringar. Barn och unga i Hägersten-",
        "Liljeholmen får stöd av våra familjebehandlare.",
    ],
    [
        "KF:s mål för verksamhetsområdet:",
        "1.4 Stöd i tid präglat av hög kvalitet",
        "Enhetsmål:",
        "Barn får stöd i tid",
        "Uppfylls delvis",
        "Analys",
        "Väntetiderna har minskat för flickor och pojkar. Vi fortsätter arbetet med",
    ],
    [
        "barnens delaktighet och öppenvårdens insatser.",
        "Övrigt",
        "Året avslutades med en gemensam planeringsdag för all personal på enheten.",
    ],
]


@pytest.fixture(scope="module")
def report() -> Report:
    (only,) = read_bytes(text_pdf(PAGES, header=HEADER), "uploads/VB 2021 Testenheten.pdf")
    return only


def _lines(report: Report) -> list[str]:
    return "\n".join(p.text for p in report.pages).split("\n")


def test_pages_come_back_numbered_with_swedish_letters(report: Report) -> None:
    assert [p.number for p in report.pages] == [1, 2, 3]
    assert "Sid 2 (3)" in report.pages[1].text  # pages keep the raw extracted text
    assert "Väntetiderna har minskat för flickor och pojkar." in report.pages[1].text
    assert report.id == "vb-2021-testenheten"
    assert report.source == "uploads/VB 2021 Testenheten.pdf"


def test_metadata_from_the_running_title(report: Report) -> None:
    meta = report.meta
    assert (meta.unit, meta.year, meta.doc_type, meta.district) == (
        "Testenheten",
        2021,
        "VB",
        "Skärholmen",
    )


def test_headers_footers_and_hyphenation_are_cleaned(report: Report) -> None:
    text = "\n".join(c.text for c in report.chunks)
    assert "Sid " not in text and HEADER not in text
    assert "arbetat med ledarskapsutveckling och förändringar." in text
    assert "Barn och unga i Hägersten-Liljeholmen får stöd" in text


def test_spans_carry_pages_and_exact_lines(report: Report) -> None:
    lines = _lines(report)
    first = next(c for c in report.chunks if "ledarskapsutveckling" in c.text)
    assert (first.span.page_start, first.span.page_end) == (1, 1)
    assert lines[first.span.line_start - 1].startswith("Testenheten i Skärholmens")
    assert lines[first.span.line_end - 1].startswith("Liljeholmen får stöd")
    across = next(c for c in report.chunks if "Väntetiderna" in c.text)
    assert "Vi fortsätter arbetet med barnens delaktighet" in across.text  # joined over the break
    assert (across.span.page_start, across.span.page_end) == (2, 3)
    assert lines[across.span.line_end - 1] == "barnens delaktighet och öppenvårdens insatser."
    last = report.chunks[-1]
    assert last.span.page_start == 3 and last.section_path == ("Övrigt",)


def test_goal_structure_in_a_pdf(report: Report) -> None:
    goal = next(s for s in report.sections if s.kind == "enhetsmal")
    assert (goal.heading, goal.status, goal.span.page_start) == ("Barn får stöd i tid", "delvis", 2)
    analys = next(s for s in report.sections if s.kind == "analys")
    assert analys.parent_id == goal.id and analys.status == "delvis"
    kf = next(s for s in report.sections if s.kind == "kf_mal")
    assert kf.number == "1.4"


def test_read_file_on_disk_with_two_pages(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(
        text_pdf([["Inledning", "Enheten planerar för år 2023."], ["Övrigt", "Slut."]])
    )
    (got,) = read_file(path)
    assert [s.heading for s in got.sections] == ["Inledning", "Övrigt"]
    assert "Sid" not in " ".join(c.text for c in got.chunks)
    assert got.source == str(path)
