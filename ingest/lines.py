"""Line-level cleaning: markup removal, noise (headers, footers, page numbers) and the TOC.

Every kept line remembers its 1-based number in the original file text, so anything built from it
can cite the exact original lines.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.types import Page


@dataclass(frozen=True, slots=True)
class Line:
    """One cleaned, non-empty line. `no` is its 1-based line number in the original text."""

    no: int
    text: str
    md_level: int = 0  # markdown heading level (1..6), 0 when the line is no markdown heading
    gap: int = 0  # blank lines between this line and the previous kept line


@dataclass(frozen=True, slots=True)
class CleanedLines:
    """Cleaned lines of one report plus what the table of contents told us."""

    lines: tuple[Line, ...]
    toc_titles: frozenset[str]  # normalised titles listed in the TOC
    toc_end: int  # line number of the last TOC line, 0 when there is no TOC


_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_BOLD = re.compile(r"\*\*|__")
_MD_ESCAPE = re.compile(r"\\([_*#\[\]()\\`-])")
_GLYPHS = re.compile(r"[\uf000-\uf8ff\u25cf\u25c6\u2713\u2714\u2640\u2642\u2022\u25aa\u25a0\ufffd]")
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]+")
_NOISE = re.compile(
    r"^(?:Sid(?:a)?\s*\d+\s*(?:\(\s*\d+\s*\)|av\s*\d+)?|\d{1,3}\s*(?:\(\d{1,3}\))?|"
    r"Tjänsteutlåtande|start\.stockholm|stockholm\.se|[—–-]?\s*Ingen|[—–-]+|"
    r"Innehållsförteckning)$",
    re.IGNORECASE,
)
_PAGE_MARK = re.compile(r"^Sid(?:a)?\s*\d+", re.I)
_FOOTER = re.compile(
    r"^(?:\d{3}\s?\d{2}\s+\S.*|.*stockholm\.se|[\d\s/+-]{7,}|"
    r"[A-ZÅÄÖ][\wåäö]*(?:vägen|gatan|gränd|plan|torg|torget|backe|backar|stigen)\s+\d+\s*\w?)$"
)
_TOC_ENTRY = re.compile(r"^(?P<title>.*?\S)(?:\s*(?:\.{2,}|…+)\s*|\s+)(?P<page>\d{1,3})$")
_PAGE_ONLY = re.compile(r"^\d{1,3}$")
_TOC_DOTS = re.compile(r"^(?P<title>.*?\S)\s*(?:\.{3,}|…+)$")
_DOTTED = re.compile(r"\.{4,}\s*\d{1,3}$")
_TOC_HEAD = re.compile(r"^(?:\W*)Innehållsförteckning\W*$", re.IGNORECASE)


def clean_line(raw: str) -> tuple[str, int]:
    """(cleaned text, markdown heading level) of one raw line; text may be empty."""
    level = 0
    match = _MD_HEADING.match(raw)
    if match:
        level, raw = len(match.group(1)), match.group(2)
    text = html.unescape(_TAG.sub(" ", raw))
    text = _MD_ESCAPE.sub(r"\1", _BOLD.sub("", text))
    text = _GLYPHS.sub(" ", text)
    cells = [_SPACES.sub(" ", c).strip() for c in text.split("\t")]
    cells = [c for c in cells if c]
    text = " | ".join(cells) if len(cells) > 1 else (cells[0] if cells else "")
    return text.strip(), level


def normalise_title(text: str) -> str:
    """Key for comparing headings: lower case, single spaces, no trailing dots/colons."""
    return _SPACES.sub(" ", text).strip().rstrip(".:").strip().lower()


def is_noise(text: str) -> bool:
    """Page numbers, running headers of the city's templates, bare dashes and 'Ingen' cells."""
    return bool(_NOISE.match(text))


def clean_lines(raw: Sequence[str], first_no: int = 1, drop: Iterable[int] = ()) -> CleanedLines:
    """Clean raw lines numbered from `first_no`; `drop` holds line numbers known to be noise."""
    dropped = set(drop)
    cleaned = [clean_line(line) for line in raw]
    visible = [
        "" if (first_no + i) in dropped or _noise_in_toc(text) else text
        for i, (text, _) in enumerate(cleaned)
    ]
    toc = _toc_lines(visible)
    toc_titles = frozenset(title for title in toc.values() if title)
    toc_end = first_no + max(toc) if toc else 0
    kept: list[Line] = []
    gap = 0
    footer = 0  # lines after "Sid n (m)" that may still be the page footer's address block
    for offset, (text, level) in enumerate(cleaned):
        no = first_no + offset
        if offset in toc or _TOC_HEAD.match(text):
            continue
        if not text or no in dropped:
            gap += 0 if no in dropped else 1
            continue
        footer = 4 if _PAGE_MARK.match(text) else footer - 1
        if _DOTTED.search(text) or is_noise(text) or (footer > 0 and _FOOTER.match(text)):
            continue
        kept.append(Line(no=no, text=text, md_level=level, gap=gap))
        gap = 0
    return CleanedLines(tuple(kept), toc_titles, toc_end)


def _noise_in_toc(text: str) -> bool:
    """Page headers/footers inside a TOC; its heading and lone page numbers still count."""
    return is_noise(text) and not _TOC_HEAD.match(text) and not _PAGE_ONLY.match(text)


def _toc_entry(text: str) -> str | None:
    """Normalised title of a TOC line ("Title ..... 12", "Title | 12", "Title .....")."""
    flat = text.replace(" | ", " ")
    match = _TOC_ENTRY.match(flat) or _TOC_DOTS.match(flat)
    return normalise_title(match.group("title")) if match else None


def _toc_lines(texts: Sequence[str]) -> dict[int, str]:
    """Offsets of the lines of every table of contents -> the entry title they belong to.

    A TOC runs from "Innehållsförteckning" over entries and blank lines; a line without a page
    number belongs to it when the next non-blank line is an entry (a title wrapped in two lines).
    """
    found: dict[int, str] = {}
    i = 0
    while i < len(texts):
        if not _TOC_HEAD.match(texts[i]):
            i += 1
            continue
        i += 1
        pending: list[int] = []
        while i < len(texts):
            text = texts[i]
            title = _toc_entry(text) if text else None
            if title is None and _PAGE_ONLY.match(text):
                title = ""  # a page number wrapped onto a line of its own
            if title is not None:
                head = " ".join(texts[j] for j in pending)
                full = normalise_title(f"{head} {title}") if head else title
                if full:
                    found.update({j: full for j in [*pending, i]})
                else:
                    found[i] = found.get(i - 1, "")
                pending = []
            elif text and not pending and len(text) < 160:
                pending.append(i)
            elif text:
                break
            i += 1
    return found


def margin_noise(pages: Sequence[Page], first_no: int = 1) -> set[int]:
    """Line numbers of running headers/footers: lines repeated in the top/bottom 3 of most pages.

    Digits are masked before comparing, so "Sid 3 (21)" and "Rapport 2019 - 4" count as repeats.
    """
    if len(pages) < 3:
        return set()
    positions: list[tuple[int, str]] = []
    no = first_no
    for page in pages:
        lines = page.text.split("\n")
        idx = [i for i, t in enumerate(lines) if t.strip()]
        for i in idx[:3] + idx[-3:]:
            positions.append((no + i, re.sub(r"\d+", "#", lines[i].strip())))
        no += len(lines)
    counts = Counter(key for _, key in set(positions))
    threshold = max(3, (len(pages) + 1) // 2)
    return {n for n, key in positions if counts[key] >= threshold}
