"""Each bad PDF through the real parser (`ingest.read_bytes`) in the sandbox: its own 4xx code."""

from __future__ import annotations

import time

import pytest

from service.uploads.sandbox import ParseLimits, UploadRejected, parse_upload
from tests.reliability import pdfs

LIMITS = ParseLimits(max_bytes=8 << 20, max_pages=20, timeout_s=30.0, memory_mb=512)


def _code(data: bytes, name: str = "upload.pdf", limits: ParseLimits = LIMITS) -> tuple[int, str]:
    with pytest.raises(UploadRejected) as caught:
        parse_upload(data, name, limits)
    assert name.rsplit("/", 1)[-1].split(".")[0] in caught.value.message  # names the file
    return caught.value.status, caught.value.code


def test_good_pdf_parses_into_reports() -> None:
    reports = parse_upload(pdfs.report_pdf(unit="Sandlådeenheten"), "vb-2021.pdf", LIMITS)
    assert reports, "a valid PDF yields at least one report"
    text = "\n".join(page.text for report in reports for page in report.pages)
    assert "Sandlådeenheten" in text and "trygg uppväxt" in text
    assert all(report.source == "vb-2021.pdf" for report in reports)


def test_encrypted_pdf() -> None:
    assert _code(pdfs.encrypted_pdf(), "hemlig.pdf") == (422, "pdf_encrypted")


def test_truncated_pdf() -> None:
    assert _code(pdfs.truncated_pdf(), "halv.pdf") == (422, "pdf_unreadable")


def test_malformed_pdf() -> None:
    assert _code(pdfs.malformed_pdf(), "skrap.pdf") == (422, "pdf_unreadable")


def test_too_many_pages() -> None:
    limits = ParseLimits(max_pages=5)
    assert _code(pdfs.many_pages_pdf(6), "tjock.pdf", limits) == (422, "pdf_too_many_pages")


def test_image_only_pdf_has_no_text() -> None:
    assert _code(pdfs.blank_pdf(), "bild.pdf") == (422, "no_text_extracted")


def test_decompression_bomb_is_stopped_quickly(bomb: bytes) -> None:
    started = time.monotonic()
    assert _code(bomb, "bomb.pdf") == (422, "pdf_limits_exceeded")
    assert time.monotonic() - started < 15
