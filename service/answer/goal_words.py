"""How goals are spoken of: the goal words of a question ("målet", "ekonomimålet", "goals",
not "klagomål" nor "årsmålet"), whether a question asks how one goal was followed up, and a
goal's level and fulfilment in Swedish and English prose. Pure data and functions."""

from __future__ import annotations

import re

from ingest.text.years import YEAR
from ingest.types import LEVEL_LABELS

__all__ = [
    "BOARD_GOAL",
    "CITY_GOAL",
    "DOC_KIND",
    "GOAL_WORD",
    "STATUS_EN",
    "STATUS_SV",
    "is_goal_question",
    "level_noun",
]

CITY_GOAL = (
    r"kf:s\s+(?:inriktnings)?mål(?:et)?|kf-mål(?:et)?|kommunfullmäktiges\s+(?:inriktnings)?"
    r"mål(?:et)?|inriktningsmål(?:et)?|stadens\s+mål(?:et)?|"
    r"(?:the\s+)?(?:city|council)(?:'s)?\s+(?:overall\s+)?(?:goal|mål)"
)
BOARD_GOAL = r"nämndmål(?:et)?|nämndens\s+mål|(?:the\s+)?(?:board|committee)(?:'s)?\s+(?:goal|mål)"
"""The city's goal (KF:s inriktningsmål) and the committee's (nämndmål) as a question names
them: regex fragments, "KF:s mål", "the council's overall goal", "nämndens mål"."""

GOAL_WORD = re.compile(
    r"\b(?!(?:klago|tviste|brott|års|lär|lärande|kunskaps|mellan|önske|före|ända|del)mål)"
    r"(\w*mål(?:et|en|ets|ens|s)?|enhetsmål\w*|nämndmål\w*|goals?|objectives?)\b",
    re.IGNORECASE,
)
"""A goal word, compounds included ("ekonomimålet", "miljömål", "verksamhetsmålen"), but not
the compounds where "mål" is a case or a matter ("klagomål": complaints, "brottmål"), nor an
indicator's target ("årsmålet": a figure in a table row, which the passages answer), nor the
school's learning goals ("kunskapsmålen", "grundskolans lärmål": what children reach), nor a
snack, a wish, an object or a purpose ("mellanmål", "önskemål", "föremål", "ändamål"), nor
a treatment plan's sub-goal ("delmålen följs upp efter halva insatstiden": the reports' goal
levels have no "delmål")."""
_FOLLOW_UP = re.compile(
    r"följ|uppfyll|uppnå|utveckl|förändr|ändr|formuler|hände|gick|över åren|mellan åren|"
    r"follow|met\b|achiev|chang|develop|over the years",
    re.I,
)
DOC_KIND = {"VP": "verksamhetsplan", "VB": "verksamhetsberättelse"}
"""A report kind as a Swedish noun."""
STATUS_SV = {"helt": "uppfylldes helt", "delvis": "uppfylldes delvis", "ej": "uppfylldes inte"}
"""A goal's fulfilment in Swedish prose (the ledger's status: helt, delvis, ej)."""
STATUS_EN = {"helt": "was fully met", "delvis": "was partly met", "ej": "was not met"}
"""A goal's fulfilment in English prose."""


def level_noun(level: str) -> str:
    """A goal level as a noun inside a Swedish sentence: "enhetsmål", "nämndmål", but
    "KF:s inriktningsmål" keeps its capitals."""
    label = LEVEL_LABELS[level]
    return label if label.startswith("KF") else label.lower()


def is_goal_question(question: str) -> bool:
    """Cheap test (no ledger needed): does the question ask how one goal was followed up?"""
    if not GOAL_WORD.search(question):
        return False
    # "vilka enheter har mål om …" (no year, no follow-up cue) is a corpus-wide question
    return bool(_FOLLOW_UP.search(question) or YEAR.search(question))
