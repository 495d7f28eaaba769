"""A second, generic demo: documents that are no Stockholm unit reports, generated for the tests.

An agency report, a government assignment's report (regeringsuppdrag), a referral response and a
survey with no stated year (Markdown), and as PDFs an agency report with a large title line, an
assignment with a Title in its metadata and a municipal plan from another city with its own goal
vocabulary. A title-only page stands for the attachments of a real batch. Each document carries
what a reader would say about it (`Expected`), so tests and `bench.metadata` can score inference.
Traps from real documents are part of the text: "2018 års priser", "Agenda 2030", SFS numbers,
"kommer att", abstract nouns in -enheten.

fpdf2 writes every PDF; `ligature_pdf` uses a TrueType font and ligature glyphs the way browsers
and word processors do ("samverkansträﬀar"); `chromium_pdf` prints text through Debian's headless
Chromium, a real third producer.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

__all__ = [
    "DEJAVU",
    "DOCS",
    "TITLE_ONLY",
    "Expected",
    "GenericDoc",
    "chromium_pdf",
    "ligature_pdf",
    "render",
    "write_all",
]

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@dataclass(frozen=True, slots=True)
class Expected:
    """What the document states: its title, year (None: it states none), type and unit."""

    title: str
    year: int | None
    doc_type: str = "rapport"
    unit: str = "unknown"


@dataclass(frozen=True, slots=True)
class GenericDoc:
    """One generated document: file name (its suffix picks the format), lines and the truth."""

    name: str
    expected: Expected
    front: tuple[str, ...]  # title-page lines after the title (dates, series numbers, Dnr)
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, paragraphs)
    pdf_title: str | None = None  # PDF Title metadata
    lead: str = ""  # the document's own first paragraph (what a search for it finds)
    query: str = ""  # a question only this document answers


_IMPACT = (
    "Medvetenheten om våld i nära relationer har ökat i kommunerna sedan förra granskningen.",
    "Erfarenheten visar att samverkansträffar mellan socialtjänst, skola och hälso- och sjukvård "
    "ger bättre stöd när barn far illa. Kostnaderna redovisas i 2018 års priser.",
    "Myndigheten kommer att följa upp arbetet. Kommunerna kommer att få stöd i form av "
    "vägledning, och länsstyrelserna kommer att samordna utbildningar under 2019 och 2020.",
    "Medvetenheten om barnets rätt att komma till tals behöver öka. Under 2019 granskades "
    "24 kommuner och under 2020 ytterligare 18 kommuner.",
)
_AGENDA = (
    "Uppdraget bidrar till målen i Agenda 2030 och till att halvera antalet placeringar till "
    "2030. Arbetet sker enligt förordningen (2015:284) om statsbidrag.",
    "Enheten för analys på myndigheten har tagit fram underlaget. Erfarenheten från tidigare "
    "uppdrag har tagits till vara, och kommunerna kommer att erbjudas dialogmöten.",
)

DOCS: tuple[GenericDoc, ...] = (
    GenericDoc(
        "tillsyn-vald-nara-relationer.md",
        Expected("Tillsyn av socialtjänstens arbete med våld i nära relationer", 2021),
        ("Rapport 2021:4", "Publicerad: 2021-06-15"),
        (("Sammanfattning", _IMPACT[:2]), ("Resultat", _IMPACT[2:])),
        lead="Inspektionen granskade hur socialtjänsten upptäcker våldsutsatta kvinnor och barn.",
        query="hur upptäcker socialtjänsten våldsutsatta kvinnor",
    ),
    GenericDoc(
        "ru-samverkan-barn-i-samhallsvard.md",
        Expected("Redovisning av regeringsuppdrag om samverkan kring barn i samhällsvård", 2022),
        ("Dnr S2020/01234", "1 mars 2022"),
        (("Uppdraget", _AGENDA), ("Genomförande", _IMPACT[1:3])),
        lead="Myndigheten fick i uppdrag att förbättra samverkan kring barn i samhällsvård.",
        query="samverkan kring barn i samhällsvård",
    ),
    GenericDoc(
        "remissvar-sou.md",
        Expected("Remissvar över betänkandet En ny socialtjänstlag", 2021),
        ("2021-01-20",),
        (("Inledning", ("Betänkandet (SOU 2003:12) föreslog redan 2003 en översyn.", *_AGENDA)),),
        lead="Nämnden tillstyrker betänkandets förslag om en förebyggande socialtjänst.",
        query="tillstyrker förslaget om förebyggande socialtjänst",
    ),
    GenericDoc(
        "kartlaggning-hemloshet.md",
        Expected("Kartläggning av hemlöshet bland unga vuxna", None),
        (),
        (("Bakgrund", _IMPACT[2:]), ("Slutsatser", _IMPACT[:2])),
        lead="Kartläggningen visar att hemlösheten bland unga vuxna har ökat i storstäderna.",
        query="hemlösheten bland unga vuxna",
    ),
    GenericDoc(
        "arsrapport-familjeratt.pdf",
        Expected("Årsrapport om familjerättens arbete 2020", 2020),
        ("Utgiven av Socialstyrelsen",),
        (("Sammanfattning", _IMPACT[:2]), ("Utveckling", _IMPACT[2:])),
        lead="Familjerätten genomförde fler vårdnadsutredningar och samarbetssamtal än året innan.",
        query="vårdnadsutredningar och samarbetssamtal",
    ),
    GenericDoc(
        "uppdrag-stod-till-anhoriga.pdf",
        Expected("Uppdrag att stärka stödet till anhöriga", 2022),
        ("Stockholm den 3 maj 2022",),
        (("Bakgrund", _AGENDA), ("Analys", _IMPACT[1:])),
        pdf_title="Uppdrag att stärka stödet till anhöriga",
        lead="Anhörigstödet ska nå fler som vårdar en närstående med demenssjukdom.",
        query="anhörigstöd till den som vårdar en närstående med demens",
    ),
    GenericDoc(
        "goteborg-vp-2023.pdf",
        Expected(
            "Verksamhetsplan 2023 – Stadsområde Nordost, Göteborgs Stad",
            2023,
            "VP",
            "Mottagningsenheten",
        ),
        ("Beslutad av stadsområdesnämnden 2022-12-14",),
        (
            (
                "Prioriterade mål",
                (
                    "Effektmål 1: Fler unga vuxna är självförsörjande. Mottagningsenheten tar "
                    "emot alla nya ansökningar om ekonomiskt bistånd.",
                    "Uppdrag: Under 2023 ska Mottagningsenheten korta väntetiden till första "
                    "besök. Medvetenheten om våld ska öka, och samarbetet med Arbetsmarknads"
                    "enheten fortsätter.",
                ),
            ),
            (
                "Aktiviteter",
                (
                    "Målet bedöms kunna nås. Mottagningsenheten och Arbetsmarknadsenheten "
                    "planerar gemensamma informationsträffar.",
                ),
            ),
        ),
        lead="Stadsområdet ska halvera väntetiden till första besök om ekonomiskt bistånd.",
        query="väntetiden till första besök om ekonomiskt bistånd",
    ),
)
TITLE_ONLY = GenericDoc("bilaga-3.md", Expected("Bilaga 3 Statistik", None), (), ())


def render(doc: GenericDoc) -> bytes:
    """The document's bytes: Markdown for .md, a fpdf2 PDF (title in a large font) for .pdf."""
    if doc.name.endswith(".pdf"):
        return _pdf(doc)
    lines = [f"# {doc.expected.title}", "", *doc.front, ""]
    if doc.lead:
        lines += [doc.lead, ""]
    for heading, paragraphs in doc.sections:
        lines += [f"## {heading}", ""]
        for paragraph in paragraphs:
            lines += [paragraph, ""]
    return "\n".join(lines).encode("utf-8")


def write_all(folder: Path, docs: tuple[GenericDoc, ...] = DOCS) -> list[Path]:
    """Every document written into `folder`; the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = folder / doc.name
        path.write_bytes(render(doc))
        paths.append(path)
    return paths


def _pdf(doc: GenericDoc) -> bytes:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # en dashes and typographic quotes, as in Word
    pdf.set_auto_page_break(True, margin=20)
    if doc.pdf_title:
        pdf.set_title(doc.pdf_title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=20)
    pdf.multi_cell(0, 10, doc.expected.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in (*doc.front, doc.lead):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for heading, paragraphs in doc.sections:
        pdf.set_font("Helvetica", style="B", size=13)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return bytes(pdf.output())


def ligature_pdf(title: str, paragraphs: tuple[str, ...]) -> bytes:
    """A PDF written the way word processors do: TrueType font, ligature glyphs for ff/fi/fl,
    soft hyphens, no-break spaces and typographic apostrophes in the text layer."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", size=18)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, _typeset(paragraph), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def _typeset(text: str) -> str:
    """What a typesetter puts into the text layer for plain text."""
    for plain, glyph in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01")):
        text = text.replace(plain, glyph)
    text = text.replace("fl", "\ufb02").replace(" % ", "\u00a0% ").replace("'", "\u2019")
    return text.replace("samverkans", "samverkans\u00ad")


_SERIF = "'DejaVu Serif',serif"  # fonts with ff/fi/fl ligatures


def chromium_pdf(title: str, text: str, workdir: Path) -> bytes | None:
    """`text` (paragraphs split at blank lines) printed to PDF by headless Chromium with its
    running header (date, title) and footer (file URL, "n/N"); None without Chromium."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        return None
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = workdir / "page.html"
    page.write_text(
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>body{{font-family:{_SERIF};font-size:11pt}}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>",
        encoding="utf-8",
    )
    out = workdir / "page.pdf"
    subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu",  # the browser's own header/footer
         f"--user-data-dir={workdir / 'profile'}", f"--print-to-pdf={out}", page.as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out.read_bytes()
