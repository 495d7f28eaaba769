"""Builders for the PDFs the reliability tests feed the service: good, bad and hostile."""

from __future__ import annotations

import io
import random
import zlib

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

GOAL_TEXT = (
    "Nämndmål: Barn och unga ska ha en trygg uppväxt.\n"
    "Förväntat resultat: Fler familjer får stöd i tid.\n"
    "Uppfylls helt. Analys: Enheten har arbetat med tidiga insatser under året."
)


def text_pdf(pages: list[str]) -> bytes:
    """A plain text PDF, one string per page (Helvetica, so Latin-1 text only)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def report_pdf(unit: str = "Testenheten", year: int = 2021, extra: str = "") -> bytes:
    """A small two-page verksamhetsberättelse."""
    first = f"Verksamhetsberättelse {year}\n{unit}\nStadsdelsförvaltning Testområdet\n"
    return text_pdf([first, f"1.1 Trygg uppväxt\n{GOAL_TEXT}\n{extra}"])


def blank_pdf() -> bytes:
    """A PDF with a drawn rectangle and no text at all (like a scanned image-only page)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def encrypted_pdf(password: str = "hemligt") -> bytes:
    """`report_pdf` encrypted with a user password (pypdf, AES-256)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report_pdf())))
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated_pdf() -> bytes:
    """The first 40 % of a valid PDF: no xref, no trailer, streams cut."""
    data = report_pdf()
    return data[: len(data) * 2 // 5]


def malformed_pdf(seed: int = 7) -> bytes:
    """A PDF header followed by random bytes."""
    rng = random.Random(seed)
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(20_000)


def many_pages_pdf(pages: int) -> bytes:
    """`pages` pages with one short line each."""
    return text_pdf([f"Sida {n}" for n in range(1, pages + 1)])


def _assemble(objects: list[bytes]) -> bytes:
    """Number `objects` from 1, write a classic xref table and trailer (catalog = object 1)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def bomb_pdf(inflated_mib: int = 1100) -> bytes:
    """One page whose FlateDecode content stream inflates to `inflated_mib` MiB."""
    compressor = zlib.compressobj(9)
    block = b"(A) Tj " * (1 << 17)  # 896 KiB of valid text-showing operators
    parts = [compressor.compress(b"BT /F1 12 Tf 72 720 Td ")]
    target = inflated_mib << 20
    for _ in range(target // len(block) + 1):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(b" ET"))
    parts.append(compressor.flush())
    stream = b"".join(parts)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
    )
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
    return _assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            content + stream + b"\nendstream",
            font,
        ]
    )
