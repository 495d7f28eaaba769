"""What a cleaned line is: goal marker, label, status, heading, bullet, table row or text.

Goal markers (``Nämndmål:`` …) and fulfilment lines are read with the one goal grammar
(`ingest.goal_grammar`, shared with goal extraction). Labels such as ``Förväntat resultat`` open
sub-sections of a goal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ingest.goal_grammar import fulfilment, goal_marker
from ingest.types import GoalLevel, Status

LineKind = Literal["marker", "label", "status", "heading", "bullet", "table", "text"]

GOAL_RANK: dict[GoalLevel, int] = {
    "kf_inriktningsmal": 1,
    "kf_mal": 2,
    "namndmal": 3,
    "enhetsmal": 4,
}


@dataclass(frozen=True, slots=True)
class Classified:
    """A line's kind and what it carries (goal level, label kind, status or inline title)."""

    kind: LineKind
    level: GoalLevel | None = None
    status: Status | None = None
    title: str = ""


_LABELS: tuple[tuple[re.Pattern[str], GoalLevel], ...] = (
    (re.compile(r"^Förväntat?\s+resultat\s*:?$", re.I), "forvantat_resultat"),
    (re.compile(r"^Analys\s*:?$", re.I), "analys"),
    (re.compile(r"^Aktiviteter\s*:?$", re.I), "aktiviteter"),
    (re.compile(r"^Aktivitet\b.*\bStartdatum\b", re.I), "aktiviteter"),
    (re.compile(r"^Indikator(?:er)?\s*:?$", re.I), "indikatorer"),
    (
        re.compile(r"^Indikator\b.*\b(?:Periodens|Årsmål|Arsmål|Periodicitet)\b", re.I),
        "indikatorer",
    ),
    (re.compile(r"^Uppföljning\s*:?$", re.I), "uppfoljning"),
    (
        re.compile(r"^(?:Beskrivning|Arbetss?ätt|Åtaganden?|Resursanvändning)\s*:?$", re.I),
        "heading",
    ),
)
_BULLET = re.compile(r"^(?:[-–•*]\s+|-(?=[A-ZÅÄÖ]))")
_TITLE_PAGE = re.compile(
    r"^(?:Handläggare|Till|Telefon|Förslag till beslut|Dnr|Bilaga \d|E-post)\b|"
    r"^\W*[VW]?erksamhets(?:berättelse|plan)\b|^\d{4}-\d{2}-\d{2}$|@|https?:|www\.|"
    r"^[\d\s/+-]{7,}$",
    re.I,
)
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
_YEAR_END = re.compile(r"(?:19|20)\d\d$")


def classify(text: str, md_level: int = 0) -> Classified:
    """Kind of one cleaned line, judged on the line alone (context is applied by the caller)."""
    marker = goal_marker(text)
    if marker:
        return Classified("marker", level=marker[0], title=marker[1])
    status = fulfilment(text)
    if status:
        return Classified("status", status=status)
    for pattern, level in _LABELS:
        if pattern.match(text):
            return Classified("label", level=level, title=text.rstrip(":").strip())
    if _BULLET.match(text):
        return Classified("bullet")
    if " | " in text:
        return Classified("table")
    if md_level and not _TITLE_PAGE.search(text):
        return Classified("heading")
    if looks_like_title(text):
        return Classified("heading")
    return Classified("text")


def looks_like_title(text: str) -> bool:
    """A short line that reads like a heading: capitalised, no final punctuation, few words."""
    if len(text) > 90 or len(text.split()) > 12 or len(text) < 3:
        return False
    if _TITLE_PAGE.search(text) or "%" in text or " | " in text:
        return False
    if text[-1] in ".,;:!?)-–" or (text[-1].isdigit() and not _YEAR_END.search(text)):
        return False
    first = text[0]
    return first.isupper() or bool(_NUMBERED.match(text))
