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
    """How many lines of the original file precede the report's page text.

    0 when the pages hold the whole file (a bundle part may carry all of it); for a page text
    cut out of a longer file, the shift that puts most section headings on their span's line.
    """
    positions: dict[str, list[int]] = {}
    for i, raw in enumerate(raws, start=1):
        positions.setdefault(_clean_cell(_strip_markup(raw)), []).append(i)
    votes: Counter[int] = Counter()
    for section in report.sections[:60]:
        heading = _clean_cell(section.heading)
        for local in positions.get(heading, []) if heading else []:
            votes[section.span.line_start - local] += 1
    if not votes:
        return 0
    best = max(votes.values())
    return 0 if votes.get(0, 0) == best else max(votes.most_common(1)[0][0], 0)


_MARKER_OF_KIND = {
    "kf_inriktningsmal": "KF:s inriktningsmål:",
    "kf_mal": "KF:s mål för verksamhetsområdet:",
    "namndmal": "Nämndmål:",
    "enhetsmal": "Enhetsmål:",
    "forvantat_resultat": "Förväntat resultat",
    "analys": "Analys",
}


def _heading_line(section: Section) -> str:
    """The heading as the goal parser expects it: goal headings get their marker back."""
    marker = _MARKER_OF_KIND.get(section.kind)
    if marker is None or section.kind in ("forvantat_resultat", "analys"):
        return marker or section.heading
    return f"{marker} {section.heading}"


def _section_lines(sections: Sequence[Section]) -> list[Line]:
    """Lines rebuilt from sections: headings (with goal markers), status, tables with tabs."""
    lines: list[Line] = []
    for section in sections:
        start, end = section.span.line_start, max(section.span.line_end, section.span.line_start)
        page = section.span.page_start
        if section.kind != "preamble" and section.heading:
            lines.append(make_line(start, page, _heading_line(section)))
            if section.status and section.kind in _MARKER_OF_KIND and section.kind.endswith("mal"):
                lines.append(make_line(start, page, ""))
                lines.append(make_line(start, page, f"Uppfylls {section.status}"))
        for i, raw in enumerate(section.text.split("\n")):
            lines.append(make_line(min(start + 1 + i, end), page, raw.replace(" | ", "\t")))
        lines.append(make_line(end, page, ""))
    return lines


def _section_range(report: Report) -> tuple[int, int] | None:
    if not report.sections:
        return None
    return (
        min(s.span.line_start for s in report.sections),
        max(s.span.line_end for s in report.sections),
    )


def report_lines(report: Report) -> list[Line]:
    """The report as Lines, from its pages when it has text, else from its sections."""
    pairs = _page_lines(report)
    if not any(raw.strip() for _, raw in pairs):
        return _section_lines(report.sections)
    offset = _line_offset(report, [raw for _, raw in pairs])
    lines = [make_line(i + offset, page, raw) for i, (page, raw) in enumerate(pairs, start=1)]
    bounds = _section_range(report)  # a bundle part may carry the whole file's pages
    if bounds is None:
        return lines
    return [ln for ln in lines if bounds[0] <= ln.no <= bounds[1]]
