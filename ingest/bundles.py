"""Splitting a file that bundles several reports into one line range per report.

Each report of a bundle starts with a title page: a title line such as "Verksamhetsplan 2022 för
Familjeenheten" (OCR sometimes drops the first letter) followed within a few lines by "Förslag till
beslut". A part starts at the "Handläggare" block just above its title when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lines import clean_line

TITLE = re.compile(
    r"^\W*(?P<head>[VW]?erksamhets(?P<kind>berättelse|plan))\b(?P<rest>.*?)\bför\s+(?P<unit>\S.*)$",
    re.I,
)
_PROPOSAL = re.compile(r"^Förslag till beslut$", re.I)
_HANDLER = re.compile(r"^\w?andläggare\b", re.I)
_TOC_TAIL = re.compile(r"(?:\.{2,}|\|)\s*\d{1,3}$")


def title_lines(raw: Sequence[str]) -> list[int]:
    """0-based indices of title-page title lines (a title followed by "Förslag till beslut")."""
    cleaned = [clean_line(line)[0] for line in raw]
    found: list[int] = []
    for i, text in enumerate(cleaned):
        if not TITLE.match(text) or _TOC_TAIL.search(text):
            continue
        window = cleaned[i + 1 : i + 14]
        if any(_PROPOSAL.match(t) for t in window):
            found.append(i)
    return found


def split_parts(raw: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) line index ranges, one per report; a single range for ordinary files."""
    titles = title_lines(raw)
    if len(titles) < 2:
        return [(0, len(raw))]
    starts = [0]
    for title in titles[1:]:
        start = title
        for j in range(title - 1, max(starts[-1], title - 14), -1):
            if _HANDLER.match(clean_line(raw[j])[0]):
                start = j
                break
        starts.append(start)
    ends = [*starts[1:], len(raw)]
    return list(zip(starts, ends, strict=True))
