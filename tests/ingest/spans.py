"""Checking that chunk spans point exactly at the chunk's text in the original file."""

from __future__ import annotations

import re

from ingest import Report
from ingest.lines import clean_line, is_noise, margin_noise


def squash(text: str) -> str:
    """Text without whitespace, hyphens and table bars: what survives cleaning and re-joining."""
    return re.sub(r"[\s|\-–]", "", text)


def _starts_in(first: str, line: str) -> bool:
    """`line` begins inside `first`: contained in it, or a prefix of it ends `first`."""
    if line in first or first.startswith(line):
        return True
    return any(first.endswith(line[:k]) for k in range(1, len(first) + 1))


def assert_spans_exact(report: Report) -> int:
    """Every chunk line lies within its span, which starts and ends on the chunk's own lines
    (running headers/footers of a PDF, which cleaning drops, may sit between them)."""
    lines = "\n".join(p.text for p in report.pages).split("\n")
    cleaned = [clean_line(line)[0] for line in lines]
    margins = margin_noise(report.pages) if report.source.lower().endswith(".pdf") else set()
    original = [
        "" if is_noise(text) or no in margins else squash(text)
        for no, text in enumerate(cleaned, start=1)
    ]
    for chunk in report.chunks:
        span = chunk.span
        assert 1 <= span.line_start <= span.line_end <= len(lines)
        whole = "".join(original[span.line_start - 1 : span.line_end])
        text_lines = chunk.text.split("\n")
        for line in text_lines:
            assert squash(line) in whole, (chunk.id, line[:80])
        first, last = original[span.line_start - 1], original[span.line_end - 1]
        assert _starts_in(first, squash(text_lines[0])), (chunk.id, "start")
        assert _starts_in(last[::-1], squash(text_lines[-1])[::-1]), (chunk.id, "end")
    return len(report.chunks)
