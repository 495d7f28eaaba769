"""Reading PDFs with pypdf into numbered pages of raw extracted text."""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from ingest.errors import EncryptedPdf, NoTextExtracted, UnreadableFile
from ingest.types import Page

__all__ = ["PdfText", "read_pdf", "read_pdf_pages"]

log = logging.getLogger(__name__)
_LARGE = 1.15  # a title line's font is at least this much larger than the page's body text
_JUNK_TITLE = re.compile(
    r"^(?:untitled|namnlös|dokument\d*|document\d*|presentation\d*|microsoft\b.*)$|"
    r"\.(?:docx?|odt|pdf|pptx?|rtf|txt|html?|indd|xlsx?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class PdfText:
    """A PDF's pages plus what it says about its title outside the text flow."""

    pages: tuple[Page, ...]
    title: str | None  # the document information Title, when it reads like a title
    large_line: str | None  # the first page's text in its largest font, when clearly larger


def read_pdf(data: bytes, name: str) -> PdfText:
    """Pages, metadata title and first large line; raises a named IngestError on failure."""
    reader = _open(data, name)
    sizes: list[tuple[str, float]] = []
    pages = _read_pages(reader, name, sizes)
    return PdfText(pages, _meta_title(reader), _large_line(sizes))


def read_pdf_pages(data: bytes, name: str) -> tuple[Page, ...]:
    """Extracted text of every page (1-based numbers); raises a named IngestError on failure."""
    return read_pdf(data, name).pages


def _read_pages(reader: PdfReader, name: str, sizes: list[tuple[str, float]]) -> tuple[Page, ...]:
    """Every page's text; the first page's text pieces and font sizes are collected in `sizes`."""
    pages: list[Page] = []
    broken: list[str] = []
    for number in range(1, _page_count(reader, name) + 1):
        visit = _size_visitor(sizes) if number == 1 else None
        try:
            text = reader.pages[number - 1].extract_text(visitor_text=visit) or ""
        except FileNotDecryptedError as exc:
            raise EncryptedPdf(name, "the PDF is encrypted and needs a password") from exc
        except Exception as exc:  # pypdf raises many types on damaged content streams
            log.warning("%s: page %d cannot be read (%s); it is left empty", name, number, exc)
            broken.append(f"page {number}: {exc}")
            text = ""
        pages.append(Page(number=number, text=text.replace("\r\n", "\n").replace("\r", "\n")))
    if not pages:
        raise NoTextExtracted(name, "the PDF has no pages")
    if len(broken) == len(pages):
        raise UnreadableFile(name, f"no page of the PDF can be read ({broken[0]})")
    if not any(p.text.strip() for p in pages):
        raise NoTextExtracted(
            name, f"no text layer in {len(pages)} page(s): an image-only scan needs OCR first"
        )
    return tuple(pages)


def _size_visitor(sizes: list[tuple[str, float]]) -> Any:
    def visit(text: str, cm: Any, tm: Any, _font: Any, font_size: float) -> None:
        if text.strip():
            scale = math.hypot(float(tm[2]), float(tm[3])) * math.hypot(float(cm[2]), float(cm[3]))
            sizes.append((text, float(font_size) * (scale or 1.0)))

    return visit


def _large_line(sizes: list[tuple[str, float]]) -> str | None:
    """The first run of text of two or more words in the page's largest font that is clearly
    larger than the body text (a one-word logo or "RAPPORT" above the title is passed over)."""
    if len(sizes) < 2:
        return None
    body = statistics.median(size for _, size in sizes)
    for top in sorted({size for _, size in sizes if size >= _LARGE * body}, reverse=True):
        line = _run_of(sizes, top)
        if len(line.split()) >= 2:
            return line
    return None


def _run_of(sizes: list[tuple[str, float]], top: float) -> str:
    picked: list[str] = []
    for text, size in sizes:
        if abs(size - top) <= 0.05 * top:
            picked.append(text)
        elif picked:
            break
    return " ".join(" ".join(picked).split())


def _meta_title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # a damaged info dictionary is no reason to reject the file
        return None
    text = " ".join(str(title or "").split())
    if len(text.split()) < 2 or len(text) > 200 or _JUNK_TITLE.search(text):
        return None
    return text


def _open(data: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except PdfReadError as exc:
        raise UnreadableFile(
            name, f"the PDF cannot be parsed, it may be truncated ({exc})"
        ) from exc
    except Exception as exc:
        raise UnreadableFile(name, f"the PDF cannot be opened ({exc})") from exc
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except Exception as exc:
            raise EncryptedPdf(name, f"the PDF is encrypted ({exc})") from exc
        if not ok:
            raise EncryptedPdf(name, "the PDF is encrypted and needs a password")
        log.info("%s: opened an encrypted PDF with an empty user password", name)
    return reader


def _page_count(reader: PdfReader, name: str) -> int:
    try:
        return len(reader.pages)
    except FileNotDecryptedError as exc:
        raise EncryptedPdf(name, "the PDF is encrypted and needs a password") from exc
    except Exception as exc:
        raise UnreadableFile(name, f"the PDF's page tree is damaged or truncated ({exc})") from exc
