"""Sniffing a file's format by content (the one sniffer, for files and uploads) and decoding text.

A file is a PDF when its first kilobyte holds ``%PDF-``; otherwise it must be text: no known
binary signature, few NUL bytes (stray ones are dropped when decoding) and decodable with few
control characters. A name whose suffix promises the other type is refused. Text is read as
UTF-8 (with or without BOM); cp1252 and then latin-1 are accepted only when the result reads like
Swedish, so random bytes never turn into mojibake silently.
"""

from __future__ import annotations

import re
from typing import Literal

from ingest.errors import EncodingError, NoTextExtracted, UnreadableFile, UnsupportedFormat

__all__ = ["TEXT_SUFFIXES", "Kind", "decode_text", "sniff"]

Kind = Literal["pdf", "text"]
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
"""Suffixes that promise text (a PDF named so is refused)."""
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 65536

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx/.xlsx); save it as PDF or text"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
)
_SWEDISH = re.compile(r"[åäöÅÄÖ]")
_USUAL = frozenset("åäöÅÄÖéÉüÜ–—‘’“”•…€§½°×´¨«»")
_WORDS = re.compile(r"\b(och|att|för|som|med|det|har|till|av|den|på|är)\b", re.IGNORECASE)


def sniff(data: bytes, name: str) -> Kind:
    """'pdf' or 'text' by content; raises for empty, binary or mislabelled files."""
    if not data.strip():
        raise NoTextExtracted(name, "the file is empty (0 bytes of text)")
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if b"%PDF-" in data[:1024]:
        if suffix in TEXT_SUFFIXES:
            raise UnsupportedFormat(name, f"named {suffix} but the content is a PDF; name it .pdf")
        return "pdf"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(name, f"unsupported format: the content is {what}")
    if suffix == ".pdf":
        raise UnreadableFile(name, "named .pdf but not a PDF: the %PDF- header is missing")
    if data.startswith(_UTF16_BOMS):
        return "text"
    head = data[:_SAMPLE]
    if head.count(b"\x00") * 100 > len(head):
        raise UnsupportedFormat(name, "binary content (NUL bytes) where text was expected")
    if not _decodes_as_text(data):
        raise UnsupportedFormat(name, "binary content: neither a PDF nor decodable text")
    return "text"


def _decodes_as_text(data: bytes) -> bool:
    """Decodes as UTF-8, UTF-16 or cp1252 with few control characters (at most 1 %)."""
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            sample = data.decode(encoding)[:_SAMPLE]
        except UnicodeError:
            continue
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
        if controls * 100 <= len(sample):
            return True
    return False


def decode_text(data: bytes, name: str) -> str:
    """Text of a text file: UTF-8/UTF-16 (BOM), else plausible-Swedish cp1252/latin-1."""
    if data.startswith(_UTF16_BOMS):
        try:
            return _normalise(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise EncodingError(name, f"broken UTF-16 text ({exc.reason})") from exc
    try:
        return _normalise(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible_swedish(text):
            return _normalise(text)
    raise EncodingError(
        name,
        f"not UTF-8 (invalid byte at offset {first_bad}) and not readable as Swedish "
        "cp1252/latin-1 text; re-save the file as UTF-8",
    )


def _plausible_swedish(text: str) -> bool:
    """Common Swedish words, and hardly any non-ASCII characters beyond åäö (a wrong codec)."""
    odd = sum(1 for ch in text if (ord(ch) > 127 and ch not in _USUAL) or ord(ch) < 9)
    if odd > max(2, len(text) // 200):
        return False
    return len(_WORDS.findall(text)) >= 2 or bool(_SWEDISH.search(text))


def _normalise(text: str) -> str:
    """Unify line endings and drop stray NUL characters; every other character stays so line
    numbers match the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
