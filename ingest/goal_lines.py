"""The line stream the goal parser reads: original line numbers, pages, markup-free text, cells.

Two sources: the report's pages (raw extracted text, exact line numbers) or, when a store hands
out reports without pages, its sections (line numbers estimated inside each section's span).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.types import Report, Section, Span

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


def _line_offset(report: Report, raws: Sequence[str]) -> int:
    """How many lines of the original file precede the report's page text (bundle parts)."""
    index: dict[str, int] = {}
    for i, raw in enumerate(raws, start=1):
        index.setdefault(_clean_cell(_strip_markup(raw)), i)
    votes: Counter[int] = Counter()
    for section in report.sections[:40]:
        local = index.get(_clean_cell(section.heading))
        if local is not None and section.heading.strip():
            votes[section.span.line_start - local] += 1
    if not votes:
        return 0
    offset, _ = votes.most_common(1)[0]
    return max(offset, 0)


def _section_lines(sections: Sequence[Section]) -> list[Line]:
    lines: list[Line] = []
    for section in sections:
        start, end = section.span.line_start, max(section.span.line_end, section.span.line_start)
        page = section.span.page_start
        body = section.text.split("\n")
        if section.kind != "preamble" and section.heading:
            lines.append(make_line(start, page, section.heading))
        for i, raw in enumerate(body):
            no = min(start + 1 + i, end) if section.heading else min(start + i, end)
            lines.append(make_line(no, page, raw))
        lines.append(make_line(end, page, ""))
    return lines


def report_lines(report: Report) -> list[Line]:
    """The report as Lines, from its pages when it has text, else from its sections."""
    pairs = _page_lines(report)
    if not any(raw.strip() for _, raw in pairs):
        return _section_lines(report.sections)
    offset = _line_offset(report, [raw for _, raw in pairs])
    return [make_line(i + offset, page, raw) for i, (page, raw) in enumerate(pairs, start=1)]
