"""A report's title from its own statements: the head of the text, PDF metadata, the file name.

Order of trust: a stated unit-report title line ("Verksamhetsberättelse VB 2017 för
Familjeenheten", 1.0), a front-matter "title:" (0.9), the first markdown heading of the highest
level on the title page (0.9), the PDF's Title metadata (0.9), the first page's line in its
largest font (0.8), the first title-like line before the body text (0.7). A generic section
heading ("Inledning", "Sammanfattning") is never a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.bundles import TITLE
from ingest.classify import looks_like_title
from ingest.lines import clean_line, is_noise
from ingest.types import DocType

__all__ = [
    "CITY_LINE",
    "Head",
    "StatedTitle",
    "TitleHints",
    "find_title",
    "head_of",
    "stated_report_title",
]

_HEAD_LINES = 40  # the title page: at most this many non-empty lines before the body
_GENERIC = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:sammanfattande analys|sammanfattning|inledning|"
    r"innehåll(?:sförteckning)?|förord|bakgrund|summary|abstract|contents|introduction|"
    r"verksamhetsbeskrivning|förslag till beslut|beslut|bilag(?:a|or)(?:\s+\d+)?|"
    r"handläggare|till|ärendet|innehåll|missiv|följebrev|uppdraget)\W*$",
    re.I,
)
_FRONT_MATTER = re.compile(
    r"^(?:Handläggare|Till|Telefon|Tel\.?|Dnr|Diarienr|Diarienummer|Datum|E-post|Sid\b|Sida\b|"
    r"Rapport\s+\d{4}:\d+|Publicerad|Utgiven|Version)\b|@|https?:|www\.|^[\d\s/+().:-]+$",
    re.I,
)
_SENTENCE = re.compile(r"[.!?;]\s+\S|[.!?]$")
CITY_LINE = re.compile(
    r"^\s*[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]+)?"
    r"(?:\s+[Kk]ommun|(?<=s)\s+[Ss]tad|(?<=[aeiouyåäö])\s+[Ss]tad)\s*$"
)
"""A line naming a city alone ("Lunds kommun", "Göteborgs Stad", "Malmö stad": a name ending in
a vowel takes no genitive s; "Hållbar stad" is a theme): whose report it is, never its title."""
_FRONT_TITLE = re.compile(r"^title\s*:\s*[\"']?(.+?)[\"']?$")  # YAML front matter


@dataclass(frozen=True, slots=True)
class TitleHints:
    """What a file says about its title outside the text: PDF metadata, largest line, name."""

    pdf_title: str | None = None
    large_line: str | None = None
    file_name: str = ""  # the file's stem, the fallback when nothing states a title


@dataclass(frozen=True, slots=True)
class Head:
    """The title page: cleaned non-empty lines before the body, with their markdown level."""

    lines: tuple[str, ...]
    levels: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StatedTitle:
    """A unit-report title line: type, year, unit and the title as written."""

    doc_type: DocType
    year: int | None
    unit: str
    title: str


def head_of(raw: Sequence[str]) -> Head:
    """Lines up to (not including) the first paragraph of body text, at most _HEAD_LINES."""
    lines: list[str] = []
    levels: list[int] = []
    for line in raw[:200]:
        text, level = clean_line(line)
        if not text or is_noise(text):
            continue
        if not level and len(text) >= 60 and _SENTENCE.search(text):
            break
        lines.append(text)
        levels.append(level)
        if len(lines) >= _HEAD_LINES:
            break
    return Head(tuple(lines), tuple(levels))


def stated_report_title(lines: Sequence[str]) -> StatedTitle | None:
    """The first "Verksamhetsberättelse/-plan ... för <Unit>" line (not a TOC entry) whose unit
    reads like a name (capitalised, no digits)."""
    for text in lines:
        match = TITLE.match(text)
        if not match or re.search(r"\|\s*\d+$|\.{3,}", text):
            continue
        doc_type: DocType = "VB" if match.group("kind").lower() == "berättelse" else "VP"
        years = re.findall(r"\b(?:19|20)\d\d\b", match.group("rest"))
        unit = _strip_owner(match.group("unit").strip().rstrip("."))
        if not unit[:1].isupper() or re.search(r"\d", unit):
            continue  # "... för bolag med statligt ägande 2020": a subject, not a unit's name
        head_word = "Verksamhets" + match.group("kind").lower()
        title = f"{head_word}{match.group('rest')}för {unit}"
        return StatedTitle(doc_type, int(years[0]) if years else None, unit, title)
    return None


def find_title(head: Head, hints: TitleHints) -> tuple[str, float] | None:
    """(title, confidence) from the document's own statements, None when it states none."""
    top = min((lvl for lvl in head.levels if lvl), default=0)
    markdown = [t for t, lvl in zip(head.lines, head.levels, strict=True) if lvl and lvl == top]
    front = next((m.group(1) for t in head.lines if (m := _FRONT_TITLE.match(t))), None)
    candidates = (
        (front, 0.9),
        (markdown[0] if markdown else None, 0.9),
        (hints.pdf_title, 0.9),
        (hints.large_line, 0.8),
        (_first_title_line(head) if not markdown else None, 0.7),
    )
    for text, confidence in candidates:
        if text and not _GENERIC.match(text) and not _FRONT_MATTER.search(text):
            return _tidy(text), confidence
    return None


def _first_title_line(head: Head) -> str | None:
    """The first line reading like a title of two or more words (front matter and a line
    naming the city alone skipped)."""
    for i, text in enumerate(head.lines):
        if _FRONT_MATTER.search(text) or CITY_LINE.match(text):
            continue
        if _GENERIC.match(text):
            return None  # the body's first section heading: the document states no title
        following = head.lines[i + 1] if i + 1 < len(head.lines) else ""
        if following[:1].islower():
            return None  # a wrapped sentence, not a title line
        words = len(text.split())
        if words >= 2 and (looks_like_title(text) or _long_title(text)):
            return text
        if words > 6:
            return None  # body text before any title line
    return None


def _long_title(text: str) -> bool:
    """A long first line without sentence punctuation ("Redovisning av uppdraget att ...")."""
    return (
        len(text) <= 200
        and text[0].isupper()
        and text[-1] not in ",;:–-"
        and not _SENTENCE.search(text)
    )


_REGISTRATION = re.compile(r"\s*(?:Diarienummer|Diarienr|Dnr)\.?\s*:?\s*\S+$")


def _tidy(text: str) -> str:
    """Markup and a registration number run into the heading ("...rehabDiarienummer: S2025/1")
    removed."""
    return " ".join(_REGISTRATION.sub("", text.replace("*", " ")).split()).strip(" :–-")


_OWNER = re.compile(r"\s*[,–-]\s*[A-ZÅÄÖ][\wåäö]*s?\s+(?:[Ss]tad|[Kk]ommun|[Rr]egion)$")


def _strip_owner(unit: str) -> str:
    """ "Mottagningsenheten, Göteborgs Stad" -> "Mottagningsenheten" (the city is no unit)."""
    return _OWNER.sub("", unit).strip()
