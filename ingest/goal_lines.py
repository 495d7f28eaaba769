"""The line stream the goal parser reads: original line numbers, pages, markup-free text, cells.

The report's pages (the whole file's extracted text, so line numbers are exact) split into lines
and limited to the report's sections. Unlike the cleaned lines sections are built from
(`ingest.lines`), blank lines, "Ingen" cells, tab cells and space alignment are kept: the goal
parser reads statement ends, fulfilment and table columns from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.types import Report, Span

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
_BULLETS = "●◆—–✓♀♂■•▪"
_SPACES = re.compile(r"[ \u00a0]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One source line: `no` is 1-based in the original file, `cells` split on tabs."""

    no: int
    page: int | None
    text: str  # markup removed, whitespace collapsed, leading bullet symbols removed
    raw: str  # markup removed, spacing kept (for space-aligned tables)
    cells: tuple[str, ...]  # non-empty tab-separated cells, bullets removed
    tabs: tuple[str, ...] = ()  # every tab-separated cell in position (empty ones kept)

    @property
    def blank(self) -> bool:
        return not self.text


def _strip_markup(raw: str) -> str:
    text = _TAG.sub(" ", raw.replace("**", " ").replace("__", " "))
    return _HEADING_MARK.sub("", text)


def _clean_cell(cell: str) -> str:
    return _SPACES.sub(" ", cell.strip().lstrip(_BULLETS).strip())


def make_line(no: int, page: int | None, raw: str) -> Line:
    """Normalise one raw line into a Line."""
    plain = _strip_markup(raw.rstrip("\r\n"))
    tabs = tuple(_clean_cell(c) for c in plain.split("\t"))
    cells = tuple(c for c in tabs if c)
    text = _SPACES.sub(" ", " ".join(cells)).strip()
    raw_spaced = plain.replace("\t", "    ")
    return Line(no=no, page=page, text=text, raw=raw_spaced, cells=cells, tabs=tabs)


def span_of(lines: Sequence[Line]) -> Span:
    """The Span covering the given lines (which must not be empty)."""
    nos = [ln.no for ln in lines]
    pages = [ln.page for ln in lines if ln.page is not None]
    return Span(
        line_start=min(nos),
        line_end=max(nos),
        page_start=min(pages) if pages else None,
        page_end=max(pages) if pages else None,
    )


def _page_lines(report: Report) -> list[tuple[int | None, str]]:
    pdf_like = len(report.pages) > 1
    out: list[tuple[int | None, str]] = []
    for page in report.pages:
        for raw in page.text.split("\n"):
            out.append((page.number if pdf_like else None, raw))
    return out


def _section_range(report: Report) -> tuple[int, int] | None:
    if not report.sections:
        return None
    return (
        min(s.span.line_start for s in report.sections),
        max(s.span.line_end for s in report.sections),
    )


def report_lines(report: Report) -> list[Line]:
    """The report's lines inside its sections' line range (a bundle part carries the whole
    file's pages); none when the report has no pages."""
    lines = [make_line(i, page, raw) for i, (page, raw) in enumerate(_page_lines(report), start=1)]
    bounds = _section_range(report)
    if bounds is None:
        return lines
    return [ln for ln in lines if bounds[0] <= ln.no <= bounds[1]]
