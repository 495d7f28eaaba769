"""Small PDFs generated for the ingest tests (fpdf2 writes, pypdf reads back)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


def text_pdf(
    pages: Sequence[Sequence[str]], header: str | None = None, page_numbers: bool = True
) -> bytes:
    """One line of text per entry, explicit line breaks; optional running header and "Sid n (m)"."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_xy(15, 10)
            pdf.cell(0, 5, header)
        y = 25.0
        for line in lines:
            pdf.set_xy(15, y)
            pdf.cell(0, 5, line)
            y += 6
        if page_numbers:
            pdf.set_xy(15, 285)
            pdf.cell(0, 5, f"Sid {number} ({len(pages)})")
    return bytes(pdf.output())


def image_only_pdf(pages: int = 2) -> bytes:
    """Pages with drawn shapes and no text layer, like a scan."""
    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        pdf.set_fill_color(120, 120, 120)
        pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def encrypted_pdf(data: bytes, password: str = "hemligt") -> bytes:
    """The same PDF encrypted with a user password."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
