"""Child side of the upload sandbox: run as ``python -P service/uploads/sandbox_child.py``.

Reads one JSON header line and the raw upload from stdin, imports the parser, then limits itself
(address space, CPU seconds, no file writes, no core dumps) before it touches the bytes. PDFs get a
cheap pre-pass first: decryption check, page count, and page-content decompression under a byte
budget (this is where a decompression bomb stops). Writes one JSON answer to stdout:
``{"ok": true, "reports": [...]}`` or ``{"ok": false, "code": ..., "message": ...}``.

Runs with only the standard library, pypdf and our `ingest` package importable; it must never
import the service (a crash here has to stay here).
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import json
import re
import resource
import signal
import sys
from collections.abc import Callable
from typing import Any

_MIB = 1024 * 1024
SETUP_FAILED = 3  # exit status when the request or the parser could not be loaded
# ingest error class name -> our code (the first match along the exception's MRO wins)
_CODES = {
    "EncryptedPdf": "pdf_encrypted",
    "NoTextExtracted": "no_text_extracted",
    "UnsupportedFormat": "unsupported_media_type",
    "EncodingError": "unsupported_media_type",
    "UnreadableFile": "pdf_unreadable",
    "LimitReachedError": "pdf_limits_exceeded",
    "MemoryError": "pdf_limits_exceeded",
    "RecursionError": "pdf_limits_exceeded",
}


class Rejected(Exception):
    """A refusal with one of our codes."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _vm_bytes() -> int:
    """Current virtual memory size of this process (0 when /proc is unavailable)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _limit_self(limits: dict[str, Any]) -> None:
    """Cap address space (baseline + memory_mb), CPU seconds, file writes and core dumps."""
    memory = _vm_bytes() + int(limits["memory_mb"]) * _MIB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = max(1, int(float(limits["timeout_s"]) + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


_LITERAL = re.compile(rb"\((?:\\.|[^\\()])*\)", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")


def text_estimate(content: bytes) -> int:
    """Characters a content stream can show, counted from its string operands: bytes inside
    (literal) strings plus half the digits of <hex> strings (an upper bound for 1-byte fonts)."""
    literal = sum(len(m) - 2 for m in _LITERAL.findall(content))
    hexed = sum(len(m.translate(None, b" \t\r\n\f")) // 2 for m in _HEX.findall(content))
    return literal + hexed


def _prepass_pdf(data: bytes, name: str, limits: dict[str, Any]) -> None:
    """Refuse encrypted PDFs, too many pages, page content that inflates past the budget, and
    content that shows far more text than max_chars (before the slow text extraction, which
    would otherwise run into the time limit)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise Rejected("pdf_encrypted", f"{name}: the PDF is encrypted (password protected)")
    pages = len(reader.pages)
    if pages > int(limits["max_pages"]):
        raise Rejected("pdf_too_many_pages", f"{name}: {pages} pages, limit {limits['max_pages']}")
    budget = 20 * int(limits["max_chars"]) + 16 * _MIB
    text_budget = 2 * int(limits["max_chars"])  # 2x: two-byte (CID) fonts count double
    used = shown = 0
    for number, page in enumerate(reader.pages, start=1):
        contents = page.get_contents()
        content = contents.get_data() if contents is not None else b""
        used += len(content)
        shown += text_estimate(content)
        if used > budget:
            raise Rejected(
                "pdf_limits_exceeded", f"{name}: page {number} content exceeds {budget} bytes"
            )
        if shown > text_budget:
            raise Rejected(
                "pdf_limits_exceeded",
                f"{name}: by page {number} about {shown} characters of text, limit "
                f"{limits['max_chars']}",
            )


def _count_chars(reports: list[Any]) -> int:
    return sum(len(page.text) for report in reports for page in report.pages)


def _parse(header: dict[str, Any], data: bytes, parse: Callable[[bytes, str], Any]) -> Any:
    name, limits = str(header["filename"]), header["limits"]
    if header["kind"] == "pdf":
        _prepass_pdf(data, name, limits)
    reports = list(parse(data, name))
    chars = _count_chars(reports)
    if chars > int(limits["max_chars"]):
        raise Rejected("pdf_limits_exceeded", f"{name}: {chars} characters of text, limit exceeded")
    return reports


def _code_for(exc: BaseException) -> str:
    for cls in type(exc).__mro__:
        if cls.__name__ in _CODES:
            return _CODES[cls.__name__]
    return "pdf_unreadable"


def _setup() -> tuple[dict[str, Any], bytes, Callable[[bytes, str], Any]]:
    """Read the request and import the parser (before any limit applies)."""
    raw = sys.stdin.buffer.read()
    line, _, data = raw.partition(b"\n")
    header = json.loads(line)
    module_name, _, func_name = str(header["parser"]).partition(":")
    parse = getattr(importlib.import_module(module_name), func_name)
    importlib.import_module("pypdf")
    return header, data, parse


def main() -> int:
    """Parse stdin, answer on stdout; exit 0 when an answer was written, 3 when set-up failed."""
    try:
        header, data, parse = _setup()
    except Exception as exc:
        sys.stderr.write(f"sandbox set-up failed: {exc!r}\n")
        return SETUP_FAILED
    _limit_self(header["limits"])
    try:
        reports = [dataclasses.asdict(report) for report in _parse(header, data, parse)]
        answer: dict[str, Any] = {"ok": True, "reports": reports}
    except Rejected as exc:
        answer = {"ok": False, "code": exc.code, "message": str(exc)}
    except Exception as exc:  # MemoryError and RecursionError are Exceptions too
        name, text = str(header["filename"]), str(exc)
        message = text if name in text else f"{name}: {text}"
        answer = {"ok": False, "code": _code_for(exc), "message": message[:500]}
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
