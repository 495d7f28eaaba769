"""The one language detector: is a question Swedish ('sv', the corpus language) or English?"""

from __future__ import annotations

import re
from typing import Literal

from ingest.text.stopwords import wordset
from ingest.text.words import tokens

__all__ = ["EN_MARKERS", "SV_MARKERS", "Language", "detect_language"]

Language = Literal["sv", "en"]


EN_MARKERS = wordset(
    """the which what how many units unit does do is are of in about use uses using with and or
    for any there their report reports mention mentions say says who whom whose why when where
    was were has have had did on at by to from this that these those an it its they them
    much lead leads led cost costs offer offers work works run runs"""
)
SV_MARKERS = wordset(
    """vilka vilken vilket hur många enheter enhet är och som det att med om på för använder
    arbetar vad finns säger rapporterna har inom kring"""
)


def detect_language(text: str) -> Language:
    """English ('en') when at least two English function words outnumber the Swedish ones;
    otherwise Swedish ('sv'), the language of the corpus. Letters å/ä/ö count as a Swedish word
    (not as a veto: English questions name places like Östermalm)."""
    found = tokens(text)
    en = sum(t in EN_MARKERS for t in found) + bool(_EN_OPENING.match(text))
    sv = sum(t in SV_MARKERS for t in found) + any(ch in text.lower() for ch in "åäö")
    sv += bool(_SV_OPENING.match(text))
    return "en" if en > sv and en >= 2 else "sv"


_EN_OPENING = re.compile(
    r"^\W*(?:(?:and|but|so|roughly|approximately|about)\s+)?(?:how|what|which|who|why|when|"
    r"where|is|are|was|were|does|do|did|can|could|has|have|had)\b",
    re.IGNORECASE,
)
_SV_OPENING = re.compile(
    r"^\W*(?:(?:och|men|ungefär|cirka)\s+)?(?:hur|vad|vilk\w*|varför|när|var|vem|finns|fanns|"
    r"har|hade|är|blev|kan|kunde)\b",
    re.IGNORECASE,
)
"""The question word a question opens with tells its language when the other words are even:
"roughly how many permanent staff at enheten för stöd och service i hemmet?" is English."""
