"""Pure text helpers: sentences, stems in compounds, exact quotes."""

from __future__ import annotations

import pytest

from ingest.text import sentence_spans
from ingest.text.quotes import clip_span
from service.answer.text import MAX_QUOTE, is_header_line, term_in, verify_quote

TEXT = (
    "Enheten har haft ett svårt år. Signs of Safety är en riskbedömningsmodell som vi "
    "använder i alla utredningar. Den ger familjen en tydlig röst.\n- Nätverksmöten\n"
    "- Uppföljning av placeringar"
)


def test_sentence_spans_cover_sentences_and_list_items() -> None:
    pieces = [TEXT[s:e] for s, e in sentence_spans(TEXT)]
    assert pieces == [
        "Enheten har haft ett svårt år.",
        "Signs of Safety är en riskbedömningsmodell som vi använder i alla utredningar.",
        "Den ger familjen en tydlig röst.",
        "- Nätverksmöten",
        "- Uppföljning av placeringar",
    ]


def test_long_sentence_is_cut_at_a_word_boundary_and_is_still_a_substring() -> None:
    text = ("Ord, " * 200) + "här nämns familjehemsvården."
    start, end = clip_span(text, 0, len(text), 120)
    quote = text[start:end]
    assert len(quote) <= 120 and quote.startswith("Ord,")
    assert not quote.endswith((",", " "))  # no loose separator at the cut
    assert verify_quote(quote, text)
    assert clip_span(text, 5, 20, 120) == (5, 20)  # short enough: unchanged


@pytest.mark.parametrize(
    ("stem", "text", "found"),
    [
        ("familjehem", "alla familjehemsplacerade barn", True),  # compound, long stem anywhere
        ("barn", "barnfamiljer och barn", True),  # short stem at a word start
        ("barn", "småbarnsföräldrar", False),  # short stem not inside a word
        ("rymdres", "resor i rymden", False),
        ("mi$", "vi använder mi och mi-samtal", True),  # an acronym as a whole word
        ("mi$", "minska antalet", False),
        ("mål", "målen för året", True),  # a short stem is still a prefix
    ],
)
def test_term_in(stem: str, text: str, found: bool) -> None:
    assert term_in(stem, text) is found


def test_verify_quote_rejects_anything_but_an_exact_trimmed_substring() -> None:
    assert verify_quote("Den ger familjen en tydlig röst.", TEXT)
    assert not verify_quote("Den ger familjen en tydlig röst!", TEXT)
    assert not verify_quote(" Den ger", TEXT)
    assert not verify_quote("", TEXT)


def test_a_span_within_the_limit_is_kept_whole() -> None:
    assert clip_span(TEXT, 31, 109, MAX_QUOTE) == (31, 109)


def test_a_row_narrowing_a_broader_row_is_told_with_the_words_it_adds() -> None:
    from service.answer.text import narrowings

    table = (
        "Indikator | Årsmål | KF:s årsmål | Periodicitet\n"
        "Aktivt Medskapandeindex | 80 | 83 | År\n"
        "Sjukfrånvaro | 2,8 % | Tas fram av nämnd/styrelse | Tertial\n"
        "Sjukfrånvaro dag 1-14 | 3,1 % | Tas fram av nämnd/styrelse | Tertial"
    )
    assert narrowings(table, sentence_spans(table)) == [None, None, None, (2, ("dag", "1-14"))]
    prose = "Sjukfrånvaro är låg. Sjukfrånvaro dag 1-14 ökar."
    assert narrowings(prose, sentence_spans(prose)) == [None, None]


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Indikator | Årsmål | KF:s årsmål | Periodicitet", True),
        ("Sjukfrånvaro | 8 % | Tertial", False),  # a row: it holds a figure
        ("Utfall 2021 | Årsmål", True),  # a year names what a column is of
        ("2015 | 698 (varav 118 ekb)", False),  # a figure beside the year: a row
        ("Indikator och årsmål", False),  # no cells
    ],
)
def test_a_header_line_has_cells_and_no_figure(line: str, header: bool) -> None:
    assert is_header_line(line) is header
