"""Cleaning cases: markup, noise, TOC, wrapped and hyphenated lines, goal markers and statuses."""

from __future__ import annotations

import pytest

from ingest import read_bytes
from ingest.blocks import Layout, build_blocks, detect_layout
from ingest.chunking import cut_blocks, pack, split_block
from ingest.classify import classify
from ingest.goal_grammar import goal_number
from ingest.lines import clean_line, clean_lines, is_noise


@pytest.mark.parametrize(
    ("raw", "text", "level"),
    [
        ("<b>Sammanfattande analys</b>\t<b>4</b>", "Sammanfattande analys | 4", 0),
        ("## **Verksamhetsberättelse VB 2017**", "Verksamhetsberättelse VB 2017", 2),
        (
            "funktion\\_sd10\\_familjeenheten@stockholm.se",
            "funktion_sd10_familjeenheten@stockholm.se",
            0,
        ),
        ("<p>Analys</p> <p>Enheten har</p>", "Analys Enheten har", 0),
        ("Indikator\tÅrsmål\t\t\tPeriod  ", "Indikator | Årsmål | Period", 0),
        ("● Uppfylls helt", "Uppfylls helt", 0),
        ("  Barn &amp; unga  ", "Barn & unga", 0),
    ],
)
def test_clean_line(raw: str, text: str, level: int) -> None:
    assert clean_line(raw) == (text, level)


@pytest.mark.parametrize(
    "line",
    ["Sid 1 (21)", "Sid 16 (23)", "Tjänsteutlåtande", "start.stockholm", "— Ingen", "Ingen", "12"],
)
def test_noise_lines(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize("line", ["Sidan av saken", "Ingen ska vara rädd", "2016", "Sid om sid"])
def test_real_text_is_not_noise(line: str) -> None:
    assert not is_noise(line)


def test_table_of_contents_is_dropped_but_remembered() -> None:
    raw = [
        "Innehållsförteckning",
        "",
        "<b>Sammanfattande analys.....</b>\t<b>4</b>",
        "1.2 Tidiga sociala insatser .....\t8",
        "Övrigt\t21",
        "",
        "Sammanfattande analys",
        "Enheten har arbetat.",
    ]
    cleaned = clean_lines(raw)
    assert [(line.no, line.text) for line in cleaned.lines] == [
        (7, "Sammanfattande analys"),
        (8, "Enheten har arbetat."),
    ]
    assert cleaned.toc_end == 5
    assert {"sammanfattande analys", "1.2 tidiga sociala insatser", "övrigt"} <= cleaned.toc_titles


def test_page_footer_after_the_page_number_is_dropped() -> None:
    raw = ["Tjänsteutlåtande", "Sid 16 (23)", "", "Telefonvägen 30",
           "129 04 Hägersten stockholm.se", "08-50823125", "",
           "Analys", "Vi har haft två APT."]  # fmt: skip
    assert [line.text for line in clean_lines(raw).lines] == ["Analys", "Vi har haft två APT."]


def _blocks(raw: list[str], layout: Layout | None = None) -> list[str]:
    lines = clean_lines(raw).lines
    return [b.text for b in build_blocks(lines, layout or detect_layout(lines))]


def test_hyphenation_is_undone_but_compounds_and_conjunctions_keep_their_hyphen() -> None:
    raw = ["Enheten har arbetat med ledarskaps-", "utveckling i stadsdelen Hägersten-",
           "Liljeholmen för barn-", "och ungdomsfrågor."]  # fmt: skip
    assert _blocks(raw, Layout(40, False)) == [
        "Enheten har arbetat med ledarskapsutveckling i stadsdelen Hägersten-Liljeholmen "
        "för barn- och ungdomsfrågor."
    ]


def test_double_spaced_wrapped_lines_are_joined_into_paragraphs() -> None:
    para = ("Barn- och ungdomsenhetens målgrupp är barn och ungdomar upp till 20 år och deras "
            "familjer samt blivande adoptivföräldrar. ")  # fmt: skip
    raw: list[str] = []
    for n in range(12):
        raw += [f"{para[:80]} ", "", f"{para[80:]}rad {n}. ", "", "Analys", ""]
    blocks = _blocks(raw)
    assert blocks[0] == " ".join(f"{para}rad 0.".split())
    assert blocks[1] == "Analys"


def test_page_break_inside_a_sentence_is_joined_in_unwrapped_text() -> None:
    raw = ["Flera workshops har genomförts med ungdomar från enheten. En", "",
           "socialsekreterare deltog i Almedalen.", "", "Nästa stycke börjar här."]  # fmt: skip
    assert _blocks(raw, Layout(0, False)) == [
        "Flera workshops har genomförts med ungdomar från enheten. En socialsekreterare deltog "
        "i Almedalen.",
        "Nästa stycke börjar här.",
    ]


@pytest.mark.parametrize(
    ("line", "kind", "detail"),
    [
        ("KF:s inriktningsmål:", "marker", "kf_inriktningsmal"),
        ("KF:s mål för verksamhetsområdet: 1.2. Stockholm är tryggt", "marker", "kf_mal"),
        ("Nämndmål: 1.2.1 Kungsholmens stadsdelsområde är tryggt", "marker", "namndmal"),
        ("Enhetsmål:", "marker", "enhetsmal"),
        ("Enhetsmålen följs upp varje år.", "text", None),
        ("Uppfylls delvis", "status", "delvis"),
        ("Målet uppfylls inte", "status", "ej"),
        ("Uppfylls ej", "status", "ej"),
        ("Målet bedöms vara helt uppfyllt", "status", "helt"),
        ("Delvis uppfyllt", "status", "delvis"),
        ("Målet är inte uppnått", "status", "ej"),
        ("Målet uppfylls delvis eftersom väntetiderna ökat", "status", "delvis"),
        (
            "Målet uppfylls delvis eftersom väntetiderna har ökat under hela det gångna året.",
            "text",
            None,
        ),
        ("Förväntat resultat", "label", "forvantat_resultat"),
        ("Analys", "label", "analys"),
        ("Indikator | Årsmål | KF:s årsmål | Periodicitet", "label", "indikatorer"),
        ("Aktivitet | Startdatum | Slutdatum", "label", "aktiviteter"),
        ("- Barn får samordnade insatser", "bullet", None),
        ("Organisationsbeskrivning", "heading", None),
        ("Aktivt medskapandeindex 82", "text", None),
        ("Enheten har arbetat vidare.", "text", None),
    ],
)
def test_classify(line: str, kind: str, detail: str | None) -> None:
    got = classify(line)
    assert got.kind == kind
    assert detail in (None, got.level, got.status)


def test_goal_number() -> None:
    assert goal_number("1.2.1 Kungsholmens stadsdelsområde") == (
        "1.2.1",
        "Kungsholmens stadsdelsområde",
    )
    assert goal_number("1. Ett Stockholm") == ("1", "Ett Stockholm")
    assert goal_number("Barn och unga") == (None, "Barn och unga")


def test_long_paragraph_is_split_at_sentences_with_exact_lines() -> None:
    sentence = "Enheten har arbetat med barns delaktighet under hela året. "
    raw = [sentence * 6, sentence * 6, sentence * 6]  # three long lines, one paragraph
    lines = clean_lines(raw).lines
    (block,) = build_blocks(lines, Layout(400, False))  # lines wrapped at ~400 characters
    pieces = split_block(block, max_chars=500)
    assert all(len(p.text) <= 500 and p.text.endswith("året.") for p in pieces)
    assert "".join(p.text.replace(" ", "") for p in pieces) == block.text.replace(" ", "")
    assert pieces[0].first_no == 1 and pieces[-1].last_no == 3
    assert [len(g) for g in pack(pieces, 1000)] == [2] * (len(pieces) // 2) + [1] * (
        len(pieces) % 2
    )


def test_an_analysis_opens_no_chunk_of_its_own_after_the_line_it_follows_up() -> None:
    """Greedy packing would end a chunk after an activity row and open the next with its
    "Analys"; the row moves to the analysis' chunk, and a long analysis is cut to the room
    the row leaves."""
    sentence = "Enheten har arbetat med frågan under hela året. "
    raw = ["Tidigare analys. " * 20, "", "Aktivitet om samverkan | 2019-01-01 | 2019-12-31"]
    raw += ["", "Analys " + sentence * 8, "", "Analys " + sentence * 30]
    blocks = build_blocks(clean_lines(raw).lines, Layout(0, False))
    groups = pack(cut_blocks(blocks, 600), 600)
    texts = ["\n".join(p.text for p in g) for g in groups]
    assert texts[0].startswith("Tidigare") and "Aktivitet" not in texts[0]
    assert texts[1].startswith("Aktivitet om samverkan") and "\nAnalys Enheten" in texts[1]
    assert all(len(t) <= 600 for t in texts)
    first = split_block(blocks[-1], 600, first=300)
    assert len(first[0].text) <= 300 and all(len(p.text) <= 600 for p in first[1:])


GOALS = """KF:s inriktningsmål:
1. En modern storstad

KF:s mål för verksamhetsområdet:
1.4 Stöd i tid

Nämndmål:
Barn och unga är trygga

Barn och unga är trygga

Enhetsmål:
Barnen får stöd i tid

◆ Uppfylls delvis

Förväntat resultat
Fler barn får stöd.

Analys
Vi har nått målet delvis.

Enhetsmål:
Föräldrar får stöd i tid.

Föräldrar får stöd i tid.

Uppfylls helt
"""


def test_goal_tree_statuses_and_repeated_title() -> None:
    (report,) = read_bytes(GOALS.encode(), "mal.txt")
    got = [(s.depth, s.kind, s.number, s.status, s.heading) for s in report.sections]
    assert got == [
        (0, "kf_inriktningsmal", "1", None, "1. En modern storstad"),
        (1, "kf_mal", "1.4", None, "1.4 Stöd i tid"),
        (2, "namndmal", None, None, "Barn och unga är trygga"),
        (3, "enhetsmal", None, "delvis", "Barnen får stöd i tid"),
        (4, "forvantat_resultat", None, "delvis", "Förväntat resultat"),
        (4, "analys", None, "delvis", "Analys"),
        (3, "enhetsmal", None, "helt", "Föräldrar får stöd i tid."),
    ]
    assert report.sections[-1].text == ""  # the repeated title is no body text
    analys = report.sections[5]
    assert analys.text == "Vi har nått målet delvis."
    assert (analys.span.line_start, analys.span.line_end) == (20, 21)
    # a goal's chunk starts with the goal's title
    first = next(c for c in report.chunks if c.section_id == report.sections[3].id)
    assert first.text == "Barnen får stöd i tid" and first.span.line_start == 13


def test_wrapped_toc_entries_and_page_breaks_stay_in_the_toc() -> None:
    raw = [
        "Innehållsförteckning",
        "Inledning    3",
        "KF:s mål för verksamhetsområdet: 1.2. Stockholm är en trygg, säker och välskött stad",
        "   5",
        "KF:s mål för verksamhetsområdet: 1.4. I Stockholm får människor i behov av stöd",
        "Sid 2 (30)",
        "Tjänsteutlåtande",
        "insatser i tid.....    8",
        "Budget 2022    23",
        "Inledning",
        "Budget 2022 är fastställd.",
    ]
    cleaned = clean_lines(raw)
    assert [line.no for line in cleaned.lines] == [10, 11]
    assert cleaned.toc_titles == {
        "inledning",
        "kf:s mål för verksamhetsområdet: 1.2. stockholm är en trygg, säker och välskött stad",
        "kf:s mål för verksamhetsområdet: 1.4. i stockholm får människor i behov av stöd "
        "insatser i tid",
        "budget 2022",
    }


def test_markdown_exports_take_headings_from_hash_lines_only() -> None:
    text = "\n\n".join(
        ["# Rapport", "## Administrativa uppgifter", "### Besöksadress",
         "Familjeenheten Oxenstiernsgatan 15 C", "## Medarbetare", "Personalen är socionomer.",
         "## Värdegrund", "Respekt.", "## Övrigt", "Inget att rapportera."]
    )  # fmt: skip
    (report,) = read_bytes(text.encode(), "export.md")
    headings = [(s.depth, s.heading) for s in report.sections]
    assert (2, "Familjeenheten Oxenstiernsgatan 15 C") not in headings
    besok = next(s for s in report.sections if s.heading == "Besöksadress")
    assert besok.text == "Familjeenheten Oxenstiernsgatan 15 C"
