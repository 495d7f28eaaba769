"""The one grammar of goal lines: goal markers, fulfilment statements and goal numbers.

The city's templates announce the goal hierarchy (KF:s inriktningsmål > KF:s mål för
verksamhetsområdet > Nämndmål > Enhetsmål) with marker lines such as ``Nämndmål:`` (the colon
may be missing; the goal's title follows on the same or the next line) and state fulfilment with
lines such as ``Uppfylls delvis`` or ``Målet är helt uppfyllt`` (also as the sentence opening an
analysis: ``Målet uppfylls delvis. Väntetiden var …``). Section classification (`ingest.classify`)
and goal extraction (`ingest.goals`) both read lines with these patterns. Reports written outside
the template are read too: ``Nämndsmål``, ``Målet bedöms som delvis uppfyllt``, a bare
``Uppfyllt`` (met in full).
"""

from __future__ import annotations

import re

from ingest.types import GoalRecordLevel, Status

__all__ = ["fulfilment", "goal_marker", "goal_number", "no_fulfilment"]

_MARKERS: tuple[tuple[re.Pattern[str], GoalRecordLevel], ...] = (
    (re.compile(r"^KF:s\s+inriktningsmål\s*(?::\s*(.*))?$", re.I), "kf_inriktningsmal"),
    (re.compile(r"^KF:s\s+mål\s+för\s+verksamhetsområdet\s*(?::\s*(.*))?$", re.I), "kf_mal"),
    (re.compile(r"^Nämnds?mål\s*(?::\s*(.*))?$", re.I), "namndmal"),
    (re.compile(r"^(?:Enhetsmål|Verksamhetsmål)\s*(?::\s*(.*))?$", re.I), "enhetsmal"),
)
_SUBJECT = r"(?:(?:Målet|Enhetsmålet|Nämndmålet|Nämndsmålet|Verksamhetsmålet|Årsmålet)\s+)"
_END = r"(?:\.?$|\.\s+(?=[A-ZÅÄÖ]))"  # the line ends, or an analysis goes on after a full stop
_STATUS = re.compile(
    rf"^{_SUBJECT}?(?:(?:är|bedöms|har)\s+)?(?:(?:vara|som|bli|blivit)\s+)?"
    r"(?:uppfylls|uppfyllt|uppfyllas|uppfylldes|uppnås|uppnått)\s+(helt|delvis|ej|inte)\b"
    r"(?:.{0,40}$|\.\s+(?=[A-ZÅÄÖ]))"
    rf"|^{_SUBJECT}?(?:(?:är|bedöms|har)\s+)?(?:(?:vara|som)\s+)?"
    rf"(helt|delvis|ej|inte)\s+(?:uppfyllt?|uppnått|uppfyllts|uppnåtts){_END}"
    rf"|^(?:{_SUBJECT}(?:är|bedöms|har)\s+(?:(?:vara|som)\s+)?)?"
    rf"(uppfyllt|uppnått|uppfyllts|uppnåtts){_END}",
    re.I,
)
"""A fulfilment line: "Uppfylls delvis", "Målet bedöms som delvis uppfyllt", "Ej uppfyllt",
"Enhetsmålet har delvis uppnåtts"; a goal said to be met without a degree ("Uppfyllt", "Målet
är uppnått") is met in full."""
_STATUS_WORD: dict[str, Status] = {"helt": "helt", "delvis": "delvis", "ej": "ej", "inte": "ej"}
_MET = ("uppfyllt", "uppnått", "uppfyllts", "uppnåtts")
_NO_STATUS = re.compile(r"^Ingen$", re.I)
_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(?=\S)")


def goal_marker(text: str) -> tuple[GoalRecordLevel, str] | None:
    """(level, title on the same line, "" when none) when the line is a goal marker."""
    for pattern, level in _MARKERS:
        match = pattern.match(text)
        if match:
            return level, (match.group(1) or "").strip()
    return None


def fulfilment(text: str) -> Status | None:
    """The fulfilment a line states ("Uppfylls inte" -> "ej"), None when it states none."""
    match = _STATUS.match(text)
    if not match:
        return None
    word = next(g for g in match.groups() if g is not None).lower()
    return "helt" if word in _MET else _STATUS_WORD[word]


def no_fulfilment(text: str) -> bool:
    """The template's "Ingen" in the fulfilment cell: the goal was not assessed."""
    return bool(_NO_STATUS.match(text))


def goal_number(title: str) -> tuple[str | None, str]:
    """("1.2.1", rest) when a title starts with a goal number such as "1.2.1" or "1."."""
    match = _NUMBER.match(title)
    if not match:
        return None, title
    return match.group(1), title[match.end() :]
