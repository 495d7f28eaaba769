"""Pure text helpers for answering: term matching and quote windows (words, stems, sentences
and cutting a quote to a length come from the toolkit, `ingest.text`).

Quotes are always cut out of the chunk text by character offsets, and `verify_quote` checks
the result is an exact substring before anything is returned to a client.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ingest.chunking import follows_up
from ingest.text import tokens
from ingest.text.years import is_year

__all__ = [
    "MAX_QUOTE",
    "WHOLE_WORD",
    "figures_of",
    "followed_up",
    "is_figures",
    "is_header_line",
    "joinable",
    "keyed_by_year",
    "label_of",
    "narrowings",
    "refers_back",
    "row_cells",
    "table_header",
    "term_in",
    "verify_quote",
]

MAX_QUOTE = 320
WHOLE_WORD = "$"  # suffix marking a stem that must match a whole word


def term_in(term_stem: str, lowered_text: str) -> bool:
    """Whether a stem occurs in lower-cased text: anywhere in a word when the stem is long enough
    to be specific (so "familjehem" finds "familjehemsplacerade"), else at a word start; a
    stem ending in WHOLE_WORD (a short acronym such as "MI") only as a whole word."""
    whole = term_stem.endswith(WHOLE_WORD)
    if len(term_stem) >= 5 and not whole:
        return term_stem in lowered_text
    return _term_pattern(term_stem).search(lowered_text) is not None


@lru_cache(maxsize=4096)
def _term_pattern(term_stem: str) -> re.Pattern[str]:
    """A short or whole-word stem as a pattern: at a word start, and for WHOLE_WORD also at a
    word end ("MI" must not find "minska")."""
    whole = term_stem.endswith(WHOLE_WORD)
    tail = r"(?![0-9a-zà-öø-ÿ])" if whole else ""
    return re.compile(r"(?<![0-9a-zà-öø-ÿ])" + re.escape(term_stem.rstrip(WHOLE_WORD)) + tail)


def joinable(text: str, first: tuple[int, int], second: tuple[int, int], limit: int) -> bool:
    """Two sentences make one quote when they sit on one line and fit in `limit` together."""
    return "\n" not in text[first[1] : second[0]] and second[1] - first[0] <= limit


def verify_quote(quote: str, source: str) -> bool:
    """True when `quote` is a non-empty, whitespace-trimmed exact substring of `source`."""
    return bool(quote) and quote == quote.strip() and quote in source


_FIGURE = re.compile(r"(?<![\w,.])(\d+(?:[,.]\d+)?)(?![\w]|[,.]\d)")


def figures_of(text: str) -> frozenset[str]:
    """The numbers a text writes, decimal comma or point alike, years left out ("70,5 % in
    2017, target 84 %" -> {"70.5", "84"})."""
    found = (m.group(1).replace(",", ".") for m in _FIGURE.finditer(text))
    return frozenset(n for n in found if not is_year(n))


MAX_FIGURE_LETTERS = 0.5


@lru_cache(maxsize=65_536)
def is_figures(piece: str) -> bool:
    """A table row of figures ("92,9 % 91,7 % 94,6 % 84 %", "2021 65 2020 63"): fewer than
    MAX_FIGURE_LETTERS of its non-space characters are letters. Its label stands before it."""
    chars = [ch for ch in piece if not ch.isspace()]
    return bool(chars) and sum(ch.isalpha() for ch in chars) < MAX_FIGURE_LETTERS * len(chars)


_YEAR_KEY = re.compile(r"^\W*(?:19|20)\d\d\s*:")


def keyed_by_year(piece: str) -> bool:
    """Whether a piece opens with a year and a colon, the year it is about ("( 2015:148
    ensamkommande barn varav …)", "2021: Antal besökare 2 338"), not a comparison ("jämfört
    med 2015")."""
    return _YEAR_KEY.match(piece) is not None


MAX_ROWS = 12
"""How many rows of figures a table's label may stand above (see label_of)."""


def label_of(text: str, spans: Sequence[tuple[int, int]], i: int) -> int | None:
    """The sentence labelling sentence i: for a row of figures the nearest sentence above it
    that is not one, over at most MAX_ROWS rows ("Statistik antal anmälningar" above "2013 |
    367", "2014 | 481", …); for a sentence opening "Av dessa" / "Bland dem" / "Varav" the one
    before it, which says what "these" are ("Under 2016 har 20 barn omhändertagits enligt LVU.
    Av dessa var 11 ungdomar och 9 barn (2015: 19 …)"); for an "Analys" sentence the activity
    it follows up (see _activity_before); None for other sentences."""
    start, end = spans[i]
    if i > 0 and _OF_THESE.match(text, start, end):
        return i - 1
    if i > 0 and follows_up(text[start:end]):
        return _activity_before(text, spans, i)
    if not is_figures(text[start:end]):
        return None
    for j in range(i - 1, max(-1, i - 1 - MAX_ROWS), -1):
        if not is_figures(text[spans[j][0] : spans[j][1]]):
            return j
    return None


def _activity_before(text: str, spans: Sequence[tuple[int, int]], i: int) -> int | None:
    """For an "Analys" sentence i, the first sentence of the line before it when that line is
    an activity of a table (dated: "Förvaltningens verksamheter ska … | 2020-01-01 |
    2020-12-31"): what the analysis tells was done about; None else."""
    start = spans[i][0]
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    if not _DATED_ROW.search(text, line_start, start):
        return None
    return next((j for j in range(i) if spans[j][0] >= line_start), None)


def table_header(text: str, start: int) -> str:
    """The header of the table a row at `start` belongs to: the nearest line above it, among
    the table's lines (cells joined by " | "), that holds no digit ("Indikator | Årsmål | KF:s
    årsmål | Periodicitet"); "" for a row of no table, or a table without one. A line with no
    cells right under a row is that row's long cell wrapped ("… trakasserier, | 90 % | År" then
    "sexuella trakasserier och repressalier"): still the table."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if " | " not in text[line_start : line_end if line_end >= 0 else len(text)]:
        return ""
    wrapped = False
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if " | " not in line:
            if wrapped:
                return ""
            wrapped = True  # a wrapped cell: the row above it must be the table's
        elif is_header_line(line):
            return line
        else:
            wrapped = False
        line_start = above
    return ""


def is_header_line(line: str) -> bool:
    """Whether a line is a table's header: cells joined by " | " and no digit but a year's
    ("Indikator | Årsmål | Periodicitet", "(mkr) | Budget netto | … | Resultat 2017", "2017 |
    2016 | 2015"); rows under it hold the figures."""
    return " | " in line and not any(ch.isdigit() for ch in _YEARS.sub(" ", line))


_YEARS = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.%])")


_OF_THESE = re.compile(
    r"\W*(?:(?:av|bland|utav)\s+(?:dessa|dem)\b|(?:därav|varav)\b|of\s+(?:these|them)\b)",
    re.IGNORECASE,
)


_BACK = re.compile(
    r"\W*(?:i\s+(?:uppdraget|rollen|tjänsten|funktionen)|hen|han|hon|denne|denna|"
    r"vederbörande|the\s+role|(?:he|she)\s+(?:is|has|will))\b",
    re.IGNORECASE,
)


def refers_back(sentence: str) -> bool:
    """Whether a sentence opens by referring to the one before it for who does what ("Enheten
    har en medarbetare som är metodutvecklare. I uppdraget ingår att sammankalla …", "Hen
    ansvarar för …"): the person is named there."""
    return _BACK.match(sentence) is not None


def narrowings(
    text: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, tuple[str, ...]] | None]:
    """For each table row of a passage whose label ("Sjukfrånvaro dag 1-14 | 3,1 % | …",
    "Övriga personalkostnader | 7 277 | …") narrows a shorter row's label beside it
    ("Sjukfrånvaro | 2,8 % | …", "Personalkostnader | 53 678 | …") by words after or before
    it: that row's index and the words the label adds (the row counts a part of what the
    other counts); None for every other sentence."""
    labels = [_row_label(text[s:e]) for s, e in spans]
    rows = [(i, label) for i, label in enumerate(labels) if label]
    out: list[tuple[int, tuple[str, ...]] | None] = []
    for label in labels:
        found = None
        for i, other in rows if label else ():
            n = len(other)
            if n >= len(label):
                continue
            if label[:n] == other:
                found = (i, label[n:])
            elif label[-n:] == other:
                found = (i, label[:-n])
        out.append(found)
    return out


def row_cells(piece: str) -> list[str]:
    """The cells of a table row ("Sjukfrånvaro | 2,8 % | …": its label first); [] for a piece
    that is no table row."""
    return piece.split(" | ") if " | " in piece else []


def _row_label(piece: str) -> tuple[str, ...]:
    """The words of a table row's first cell; () for a piece that is no table row."""
    cells = row_cells(piece)
    return tuple(tokens(cells[0])) if cells else ()


_DATED_ROW = re.compile(r"\|\s*\d{4}-\d\d-\d\d\s*\|\s*\d{4}-\d\d-\d\d")


def followed_up(text: str, start: int, end: int) -> bool:
    """Whether the piece text[start:end] is (a sentence of) an activity of a table, its line
    dated ("… | 2019-01-01 | 2019-12-31"), that the text follows up at once with its "Analys":
    what was done about it. An activity of two sentences is dated after its second."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_DATED_ROW.search(text, start, line_end)) and follows_up(text[line_end:])
