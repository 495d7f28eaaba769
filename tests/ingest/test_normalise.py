"""Text from any PDF producer is normalised at ingest (ligatures, soft hyphens, odd spaces,
apostrophes) while every chunk's span still points at its lines in the original text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from ingest import Report, read_bytes
from ingest.normalise import LIGATURES, normalise_text
from ingest.pdf import read_pdf_pages
from search import HashEmbedder, open_index
from tests.ingest.generic_docs import DEJAVU, chromium_pdf, ligature_pdf
from tests.ingest.pdfs import text_pdf
from tests.ingest.spans import assert_spans_exact

ODD = (*LIGATURES, "\u00ad", "\u200b", "\ufeff", "\u00a0", "\u202f", "\u2011")
PARAGRAPHS = (
    "Enheten ordnade samverkansträffar med skolan och officiella möten om finansiering.",
    "Effekten av de flexibla insatserna följs upp, och Alzheimer's sjukdom nämns i 20 % av "
    "ärendena som gäller äldre.",
    "Familjebehandlarna erbjuder stödsamtal, och samverkansträffarna hålls varje månad.",
)


def test_normalise_text_keeps_every_line() -> None:
    raw = (
        "samverkansträ\ufb00ar \ufb01nans \ufb02ex e\ufb03zient \ufb04\n"
        "samverkans\u00ad\nträffar och sam\u00adverkan\n"
        "noll\u200bbredd\ufeff och\u00a0fast\u202fmellanrum i Hägersten\u2011Liljeholmen\n"
        "Alzheimer\u2019s ”citat” och a\u0308ven\n"
    )
    text = normalise_text(raw)
    assert text.count("\n") == raw.count("\n")
    assert text.split("\n") == [
        "samverkansträffar finans flex effizient ffl",
        "samverkans-",  # a soft hyphen where the line wraps is a hyphenation point
        "träffar och samverkan",
        "nollbredd och fast mellanrum i Hägersten-Liljeholmen",
        "Alzheimer's ”citat” och även",  # quotes around words stay: they block no match
        "",
    ]


def _no_odd_characters(reports: Sequence[Report]) -> None:
    for report in reports:
        for chunk in report.chunks:
            assert not any(ch in chunk.text for ch in ODD), chunk.text


def _lexical_finds(tmp_path: Path, reports: Sequence[Report], word: str) -> None:
    with open_index(tmp_path / "index", HashEmbedder()) as index:
        index.sync(list(reports))
        hits = index.search(word, k=3, mode="lexical")
        assert hits and word in hits[0].chunk.text


def test_fpdf_core_font_pdf_soft_hyphen_and_no_break_space(tmp_path: Path) -> None:
    lines = ["Inledning", "Vi ordnade samverkans\u00ad", "träffar i\u00a0kommunen under året."]
    data = text_pdf([lines, ["Analys", "Samverkan fungerade väl och fortsätter nästa år."]])
    assert "\u00ad" in read_pdf_pages(data, "a.pdf")[0].text  # the producer emits them
    reports = read_bytes(data, "a.pdf")
    _no_odd_characters(reports)
    assert any("samverkansträffar i kommunen" in c.text for c in reports[0].chunks)
    assert assert_spans_exact(reports[0]) >= 1
    _lexical_finds(tmp_path, reports, "samverkansträffar")


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu TrueType font not installed")
def test_truetype_pdf_with_ligature_glyphs(tmp_path: Path) -> None:
    data = ligature_pdf("Samverkan kring barn och unga", PARAGRAPHS)
    raw = read_pdf_pages(data, "b.pdf")[0].text
    assert "\ufb00" in raw and "\ufb01" in raw and "\u2019" in raw  # what the producer emits
    reports = read_bytes(data, "b.pdf")
    _no_odd_characters(reports)
    text = "\n".join(c.text for c in reports[0].chunks)
    assert "samverkansträffar" in text and "officiella" in text and "Alzheimer's" in text
    assert reports[0].meta.title == "Samverkan kring barn och unga"  # its large first line
    assert assert_spans_exact(reports[0]) >= 1
    _lexical_finds(tmp_path, reports, "samverkansträffar")


@pytest.mark.e2e
def test_a_corpus_report_printed_by_chromium(tmp_path: Path, corpus_dir: Path) -> None:
    source = corpus_dir / "vb-2016-barn-och-ungdomsenheten.txt"
    data = chromium_pdf("Verksamhetsberättelse 2016", source.read_text(encoding="utf-8"), tmp_path)
    if data is None:
        pytest.skip("chromium not installed")
    raw = "\n".join(p.text for p in read_pdf_pages(data, "c.pdf"))
    assert any(lig in raw for lig in LIGATURES)  # the browser's PDF carries ligature glyphs
    reports = read_bytes(data, "vb-2016-chromium.pdf")
    _no_odd_characters(reports)
    assert sum(len(r.chunks) for r in reports) > 50
    for report in reports:
        assert_spans_exact(report)
    meta = reports[0].meta
    assert meta.title == "Verksamhetsberättelse 2016"  # its Title metadata
    assert (meta.unit, meta.district, meta.year, meta.doc_type) == (
        "Barn- och ungdomsenheten", "Hägersten-Liljeholmen", 2016, "VB"
    )  # fmt: skip
    _lexical_finds(tmp_path, reports, "samverkansträffar")
