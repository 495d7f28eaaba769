"""PDFs generated with fpdf2: pages, running header/footer, hyphenation, åäö and spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest import Report, read_bytes, read_file
from tests.ingest.pdfs import text_pdf
from tests.ingest.spans import assert_spans_exact

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


def _corpus_as_pdf(text: str) -> bytes:
    """A corpus report typeset like the city's PDFs: wrapped lines, running header, "Sid n (m)"."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 20, 20)
    pdf.set_font("Helvetica", size=10)

    def header() -> None:
        pdf.set_y(8)
        pdf.cell(0, 5, "Tjänsteutlåtande")
        pdf.set_y(20)

    def footer() -> None:
        pdf.set_y(-15)
        pdf.cell(0, 5, f"Sid {pdf.page_no()} ({{nb}})")

    pdf.header = header  # type: ignore[method-assign]
    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    for line in text.split("\n"):
        line = "".join(c if ord(c) < 256 else "-" if c in "–—" else " " for c in line)
        if line.strip():
            pdf.multi_cell(0, 5, line.replace("\t", "    "), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return bytes(pdf.output())


def test_a_corpus_report_as_pdf_keeps_its_goal_tree(corpus_dir: Path) -> None:
    name = "vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen"
    text = (corpus_dir / f"{name}.txt").read_text(encoding="utf-8")
    (as_text,) = read_bytes(text.encode(), f"{name}.txt")
    (as_pdf,) = read_bytes(_corpus_as_pdf(text), f"{name}.pdf")
    assert len(as_pdf.pages) > 15
    assert as_pdf.meta == as_text.meta

    def goals(report: Report) -> list[tuple[str, str | None, str | None]]:
        kinds = ("kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal")
        return [(s.kind, s.number, s.status) for s in report.sections if s.kind in kinds]

    assert goals(as_pdf) == goals(as_text)
    assert assert_spans_exact(as_pdf) > 100
    assert all(c.span.page_start is not None for c in as_pdf.chunks)
    assert not any("Sid " in c.text or "Tjänsteutlåtande" in c.text for c in as_pdf.chunks)


@pytest.mark.slow
def test_the_bundle_as_pdf_splits_into_the_same_six_plans(corpus_dir: Path) -> None:
    name = "vp-2022-kungsholmen-sex-enheter"
    text = (corpus_dir / f"{name}.txt").read_text(encoding="utf-8")
    as_text = read_bytes(text.encode(), f"{name}.txt")
    as_pdf = read_bytes(_corpus_as_pdf(text), f"{name}.pdf")
    assert [r.id for r in as_pdf] == [f"{name}-{n}" for n in range(1, 7)]
    kinds = ("kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal")
    for t, p in zip(as_text, as_pdf, strict=True):
        assert p.meta == t.meta
        goals_t = [(s.kind, s.number, s.heading) for s in t.sections if s.kind in kinds]
        goals_p = [(s.kind, s.number, s.heading) for s in p.sections if s.kind in kinds]
        assert goals_p == goals_t
        assert assert_spans_exact(p) > 50
