"""Reading PDFs with pypdf into numbered pages of raw extracted text."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from ingest.errors import EncryptedPdf, NoTextExtracted, UnreadableFile
from ingest.types import Page

log = logging.getLogger(__name__)


def read_pdf_pages(data: bytes, name: str) -> tuple[Page, ...]:
    """Extracted text of every page (1-based numbers); raises a named IngestError on failure."""
    reader = _open(data, name)
    pages: list[Page] = []
    broken: list[str] = []
    for number in range(1, _page_count(reader, name) + 1):
        try:
            text = reader.pages[number - 1].extract_text() or ""
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
