"""Metadata from the documents' own statements: the demo corpus without its manifest, the generic
demo (tests/ingest/generic_docs.py) and the traps real documents hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest import ReportMeta, read_bytes, read_paths
from ingest.meta import KNOWN_AT
from tests.conftest import ROOT
from tests.ingest.generic_docs import DOCS, GenericDoc, render, write_all
from tests.ingest.pdfs import text_pdf


def _readme_table() -> dict[str, tuple[str, str, int, str]]:
    """report id -> (unit, district, year, type) from the README's `rapport ingest` table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("`rapport ingest corpus/` prints:", 1)[1].split("```")[1]
    rows = {}
    for line in block.splitlines()[2:]:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) == 7 and cells[3].isdigit():
            rows[cells[0]] = (cells[1], cells[2], int(cells[3]), cells[4])
    return rows


def test_the_demo_corpus_is_right_without_its_manifest(corpus_dir: Path) -> None:
    expected = _readme_table()
    assert len(expected) == 10
    curated = {r.id: r.meta for r in read_paths([corpus_dir]).reports}
    inferred = read_paths([corpus_dir], use_manifest=False)
    assert inferred.failures == ()
    got = {
        r.id: (r.meta.unit, r.meta.district, r.meta.year, r.meta.doc_type) for r in inferred.reports
    }
    assert got == expected
    for rid, meta in curated.items():  # the manifest agrees with the table (it only adds trust)
        assert (meta.unit, meta.district, meta.year, meta.doc_type) == expected[rid]
    assert all(r.meta.confidence["district"] < 1.0 for r in inferred.reports)  # none curated


def _read(doc: GenericDoc) -> ReportMeta:
    (report,) = read_bytes(render(doc), doc.name)
    return report.meta


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_generic_documents_title_year_type_unit(doc: GenericDoc) -> None:
    meta = _read(doc)
    want = doc.expected
    assert (meta.title, meta.year, meta.doc_type, meta.unit) == (
        want.title, want.year, want.doc_type, want.unit
    )  # fmt: skip
    assert meta.district == "unknown"  # no Stockholm district is invented from nothing
    assert meta.confidence["title"] >= 0.7
    if want.year is None:
        assert meta.confidence["year"] == 0.0
    if want.unit == "unknown":
        assert meta.confidence["unit"] == 0.0


def test_the_generic_folder_reads_with_no_failure(tmp_path: Path) -> None:
    write_all(tmp_path)
    result = read_paths([tmp_path])
    assert result.failures == () and len(result.reports) == len(DOCS)


def _md(title: str, *body: str) -> bytes:
    return "\n\n".join([f"# {title}", *body]).encode("utf-8")


def test_abstract_nouns_in_enheten_are_no_units() -> None:
    body = (
        "Medvetenheten om riskerna har ökat. Medvetenheten behöver öka mer.",
        "Erfarenheten visar att Enheten inte räcker. Erfarenheten är god, och Enheten arbetar.",
        "Öppenheten i arbetet är stor. Öppenheten gynnar alla som deltar i projektet.",
    )
    (report,) = read_bytes(_md("Om delaktighet i socialtjänsten", *body), "a.md")
    assert report.meta.unit == "unknown"


def test_a_unit_named_inside_sentences_is_recognised() -> None:
    body = (
        "Arbetet på Familjestödsenheten har utvecklats under året med nya metoder.",
        "Under året har Familjestödsenheten tagit emot fler ärenden än tidigare år.",
        "Medvetenheten om våld har ökat bland personalen.",
    )
    (report,) = read_bytes(_md("Verksamhetsberättelse 2021", *body), "b.md")
    assert report.meta.unit == "Familjestödsenheten"
    assert KNOWN_AT <= report.meta.confidence["unit"] < 1.0
    # a document that is no unit report is not attributed to a unit its body mentions
    (other,) = read_bytes(_md("Uppföljning av stödet till familjer", *body), "b.md")
    assert other.meta.unit == "unknown"
    (stated,) = read_bytes(_md("Uppföljning av stödet", "Familjestödsenheten", *body), "c.md")
    assert stated.meta.unit == "Familjestödsenheten"  # its title page names it on a line


def test_kommer_att_does_not_make_a_plan() -> None:
    body = ("Myndigheten kommer att följa upp. Kommunerna kommer att få stöd. " * 4,)
    (report,) = read_bytes(_md("Nationell uppföljning av barnskyddet", *body), "c.md")
    assert report.meta.doc_type == "rapport"


def test_year_comes_from_the_title_before_the_body() -> None:
    body = (
        "Kostnaderna anges i 2018 års priser. Under 2018 och under 2018 ökade kostnaderna.",
        "Åtgärderna ska vara genomförda till 2026, i linje med Agenda 2030.",
    )
    (report,) = read_bytes(_md("Sveriges återhämtningsplan 2021", *body), "d.md")
    assert (report.meta.year, report.meta.confidence["year"]) == (2021, 0.9)


def test_references_and_targets_are_no_years() -> None:
    body = ("Enligt förordningen (2015:284) ska arbetet vara klart under 2030.",)
    (agenda,) = read_bytes(_md("Agenda 2030 i kommunernas arbete", *body), "e.md")
    assert agenda.meta.year is None  # honestly unknown rather than 2030 or 2015
    (sfs,) = read_bytes(_md("Tillämpningen av förordning (2007:1244)", "2021-05-04", *body), "f.md")
    assert sfs.meta.year == 2021  # the dated line, not the SFS number


def test_a_body_year_of_a_generic_document_is_shown_as_unknown() -> None:
    body = ("Under 2019 granskades kommunerna. Under 2019 gjordes också intervjuer.",)
    (report,) = read_bytes(_md("Granskning av kommunernas arbete", *body), "g.md")
    assert report.meta.year is None and report.meta.confidence["year"] == 0.0


def test_pdf_title_from_metadata_then_large_line_then_file_name() -> None:
    lines = ["Inledning", "Den här texten handlar om stöd till barn och unga i kommunen."]
    plain = text_pdf([lines], page_numbers=False)  # same font size everywhere, no Title
    (report,) = read_bytes(plain, "stod-till-barn.pdf")
    assert report.meta.title == "stod-till-barn" and report.meta.confidence["title"] == 0.0
    (titled,) = read_bytes(render(DOCS[5]), DOCS[5].name)  # Title metadata
    assert titled.meta.title == DOCS[5].pdf_title
    (large,) = read_bytes(render(DOCS[4]), DOCS[4].name)  # no Title: the large first line
    assert large.meta.title == DOCS[4].expected.title


def test_junk_pdf_metadata_titles_are_ignored() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Microsoft Word - Dokument1.docx")
    pdf.add_page()
    pdf.set_font("Helvetica", size=30)
    pdf.cell(0, 14, "RAPPORT")  # a one-word banner above the title is no title
    pdf.set_xy(10, 25)
    pdf.set_font("Helvetica", size=22)
    pdf.cell(0, 10, "Stöd till anhöriga i kommunen")
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 40)
    pdf.cell(0, 6, "Den här rapporten beskriver stödet till anhöriga under året som gick.")
    (report,) = read_bytes(bytes(pdf.output()), "x.pdf")
    assert report.meta.title == "Stöd till anhöriga i kommunen"


def test_a_registration_number_run_into_the_heading_is_no_part_of_the_title() -> None:
    heading = "Ändring av uppdraget att stärka stödet till anhörigaDiarienummer: S2025/01084"
    body = ("Regeringen ändrar uppdraget. Uppdraget ska redovisas senast den 1 september 2025.",)
    (report,) = read_bytes(_md(heading, *body), "h.md")
    assert report.meta.title == "Ändring av uppdraget att stärka stödet till anhöriga"
    assert report.meta.year is None  # a deadline in the body is not the document's year


def test_front_matter_title_and_date() -> None:
    text = '---\ntitle: "Stöd till unga vuxna"\ndate: 2021-04-01\n---\n\n' + (
        "Den här rapporten beskriver stödet till unga vuxna i kommunerna under 2019.\n"
    )
    (report,) = read_bytes(text.encode("utf-8"), "i.md")
    assert (report.meta.title, report.meta.year) == ("Stöd till unga vuxna", 2021)


def test_the_highest_heading_on_the_title_page_is_the_title() -> None:
    text = "## Socialstyrelsen\n\n# Stöd till unga vuxna 2020\n\n" + (
        "Den här rapporten beskriver stödet till unga vuxna i kommunerna under året.\n"
    )
    (report,) = read_bytes(text.encode("utf-8"), "j.md")
    assert (report.meta.title, report.meta.year) == ("Stöd till unga vuxna 2020", 2020)


def test_a_plan_for_a_subject_names_no_unit() -> None:
    body = ("Rapporten beskriver hur bolagen med statligt ägande har utvecklats under året.",)
    title = "Verksamhetsberättelse för bolag med statligt ägande 2020"
    (report,) = read_bytes(_md(title, *body), "k.md")
    meta = report.meta
    assert (meta.title, meta.year, meta.doc_type, meta.unit) == (title, 2020, "VB", "unknown")


def test_a_cited_act_and_a_period_are_not_the_documents_year() -> None:
    cited = _md(
        "Sveriges rapport om laddinfrastruktur 2019",
        "I enlighet med artikel 10 i Europaparlamentets och",
        "rådets direktiv 2014/94/EU av den 22 oktober 2014.",
        "Rapporten beskriver hur utbyggnaden har gått sedan förra rapporten lämnades in.",
    )
    (report,) = read_bytes(cited, "l.md")
    assert report.meta.year == 2019  # the title's year; the cited directive's date is no veto
    (period,) = read_bytes(_md("Uppdrag att genomföra åtgärder under 2020–2025", *cited.decode()
                               .split("\n\n")[1:]), "m.md")  # fmt: skip
    assert period.meta.year is None  # a period the assignment covers, not its own year


def test_a_wrapped_body_line_is_no_title() -> None:
    text = (
        "Inledning Enheten i kommunen består av: Familjehemsvården, Familjeresursen,\n"
        "Familjerätten och Relationsvåldscentrum som arbetar med stöd till familjer.\n"
        "Enheten har 38 medarbetare och arbetar i förvaltningens lokaler i centrum.\n"
    )
    (report,) = read_bytes(text.encode("utf-8"), "familjestod.txt")
    assert report.meta.title == "familjestod"  # no title stated: the file's name, not body text
    assert report.meta.confidence["title"] == 0.0


def test_a_deadline_wrapped_onto_its_own_line_is_no_date() -> None:
    text = _md(
        "Remiss av betänkandet om en ny lag",
        "Här kan du ta del av remissinstansernas yttranden om betänkandet om en ny lag\n"
        "Remissvaren ska ha kommit in till departementet senast den\n16 april 2020.",
    )
    (report,) = read_bytes(text, "n.md")
    assert report.meta.year is None


def test_a_report_from_another_city_names_its_unit_and_stadsdel_on_the_title_page() -> None:
    body = (
        "Individ- och familjeomsorgen arbetar med barn, unga och vuxna.",
        "Enheten använder Signs of Safety i barnavårdsutredningar sedan 2019.",
    )
    head = ("Individ- och familjeomsorgen", "Stadsdelsförvaltning Askim-Frölunda-Högsbo, Göteborg")
    (report,) = read_bytes(_md("Verksamhetsplan 2021", *head, *body), "gbg.md")
    meta = report.meta
    assert (meta.unit, meta.district, meta.year, meta.doc_type) == (
        "Individ- och familjeomsorgen",
        "Askim-Frölunda-Högsbo",
        2021,
        "VP",
    )
    (genitive,) = read_bytes(
        _md(
            "Verksamhetsberättelse 2020",
            "Avdelningen för vuxna",
            "Angereds stadsdelsförvaltning",
            *body,
        ),
        "a.md",
    )
    assert (genitive.meta.unit, genitive.meta.district) == ("Avdelningen för vuxna", "Angered")
    (stockholm,) = read_bytes(
        _md("Verksamhetsplan 2022", "Stadsdelsnämnden Kungsholmen", *body), "k.md"
    )
    assert stockholm.meta.district == "Kungsholmen"
    (plain,) = read_bytes(_md("Verksamhetsplan 2022", *body), "p.md")
    assert plain.meta.district == "unknown"  # no stadsdel named: not guessed


def test_a_municipality_without_stadsdelar_is_where_its_unit_is() -> None:
    body = (
        "Vuxenenheten ger stöd till vuxna med missbruk och beroende.",
        "Under 2020 har Vuxenenheten arbetat med att införa motiverande samtal i alla team.",
    )
    (report,) = read_bytes(
        _md("Verksamhetsberättelse 2020 Vuxenenheten Uppsala kommun", *body), "u.md"
    )
    assert (report.meta.unit, report.meta.district) == ("Vuxenenheten", "Uppsala kommun")
    assert KNOWN_AT <= report.meta.confidence["district"] < 0.8  # below a named stadsdel
    both = ("Stadsdelsförvaltning Angered", "Göteborgs Stad", *body)
    (city,) = read_bytes(_md("Verksamhetsplan 2021", *both), "g.md")
    assert city.meta.district == "Angered"  # the stadsdel, not the city


def test_a_city_named_without_genitive_is_the_district_and_not_the_title() -> None:
    text = "\n".join(
        (
            "Malmö stad",
            "Funktionsstödsförvaltningen",
            "",
            "Verksamhetsberättelse 2021",
            "Enheten för daglig verksamhet",
            "",
            "Inledning",
            "Enheten för daglig verksamhet har under 2021 haft 120 deltagare. Verksamheten har "
            "kunnat hållas öppen under hela året trots pandemin.",
        )
    ).encode()
    (report,) = read_bytes(text, "malmo.txt")
    meta = report.meta
    assert (meta.district, meta.title, meta.year, meta.doc_type) == (
        "Malmö stad",
        "Verksamhetsberättelse 2021",
        2021,
        "VB",
    )
    slogan = "Verksamhetsplan 2022\nHållbar stad\n\nEnheten arbetar med barn och unga.".encode()
    (plan,) = read_bytes(slogan, "p.txt")
    assert plan.meta.district == "unknown"  # a theme: a city without genitive s ends in a vowel
