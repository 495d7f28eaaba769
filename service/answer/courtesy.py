"""The courtesies around a question written as a message: "Hej! Jag undrar hur många
medarbetare Familjestödsenheten har? Tack på förhand! Mvh Anna". The greeting, the thanks and
the signature say nothing of what is asked, and as words of the question they would be its
rarest topic words ("mvh", "Anna" occur in no report), so a passage stating the answer would
seem to miss half the question. They are taken off before the question is read: whole
sentences of greeting before it and of thanks, closing or signature after it, and a greeting
opening its first sentence ("Hello, I work at a school …"); thanks for an earlier answer before
a follow-up too ("Tack! Vem fattar beslutet?"). Pure functions."""

from __future__ import annotations

import re

from ingest.text.sentences import LOOSE_END, sentence_spans
from ingest.text.stopwords import wordset

__all__ = ["without_courtesy"]

_GREETING = (
    r"(?:hej|hejsan|hallå|tjena|tja|hello|hi|hey|greetings|goddag|dear"
    r"|god\s+(?:morgon|middag|eftermiddag|kväll|dag)|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+(?:där|alla|there|all|team|sir\s+or\s+madam|sir|madam|colleagues?))?"
)
_NAME = r"(?-i:[A-ZÅÄÖ][\w'.-]*(?:\s+[A-ZÅÄÖ][\w'.-]*){0,2})"
"""An addressee or a signature: one to three capitalised words ("Anna", "Peter Berg")."""
_GREETED = re.compile(rf"^\W*{_GREETING}(?:\s+{_NAME})?\s*(?:[,:;!.]+\s*|$)", re.IGNORECASE)
"""A greeting with its addressee, ended by punctuation or the sentence ("Hej!", "Hello,",
"God morgon Lisa,"). Without punctuation it may open the question itself ("Hej då …")."""

_THANKS = wordset(
    """tack tacka tackar tacksam tacksamt thanks thank thx grateful appreciate appreciated
    mvh hälsning hälsningar regards cheers sincerely wishes"""
)
"""Words only thanks or a closing is made of: one of them makes a closing sentence."""
_POLITE = wordset(
    """så mycket på förhand i förväg för hjälpen hjälp svar svaret svaren snabbt ett er
    din ditt dig jag vore är blir skulle bli med vänlig vänliga hälsning stort en bra dag ha
    trevlig you in advance for your the help answer answers reply response time very much so
    many kind best warm all and i would be an any m v h"""
)
"""Words that may stand beside them in a closing ("Tack på förhand för svar!", "Thank you very
much for your help", "Med vänliga hälsningar")."""


def _closing(sentence: str) -> bool:
    """Whether a sentence is thanks or a closing, signed or not ("Tack på förhand!", "Mvh
    Anna", "Thanks in advance, Peter"): a thanks word, and besides only polite words and a
    signature after them."""
    words = re.findall(r"[\w']+", re.sub(rf"[,\s]+{_NAME}\W*$", "", sentence))
    lowered = [w.lower() for w in words]
    thanked = any(w in _THANKS for w in lowered)
    return thanked and set(lowered) <= _THANKS | _POLITE


def _signature(sentence: str) -> bool:
    """Whether a sentence is a name alone ("Anna", after "Mvh" on a line of its own)."""
    return re.fullmatch(rf"\W*{_NAME}\W*", sentence) is not None


def without_courtesy(text: str) -> str:
    """`text` without the greeting before its question and the thanks, closing and signature
    after it; `text` itself when nothing else is left ("Tack!", "Hej!")."""
    spans = [(a, b) for a, b in sentence_spans(text, LOOSE_END) if text[a:b].strip()]
    parts = [text[a:b].strip() for a, b in spans]
    first, last = 0, len(parts)
    while first < last and (_GREETED.fullmatch(parts[first]) or _closing(parts[first])):
        first += 1  # "Hej!", and "Tack!" before a follow-up
    while first < last and (_closing(parts[last - 1]) or _signed(parts[first:last])):
        last -= 1
    if first == last:
        return text  # "Tack!", "Hej!": nothing but a courtesy
    core = text[spans[first][0] : spans[last - 1][1]].strip()
    opened = _GREETED.match(core)
    if opened and opened.end() < len(core):  # "Hello, I work at a school …"
        core = core[opened.end() :]
        core = core[:1].upper() + core[1:]
    return core


def _signed(parts: list[str]) -> bool:
    """Whether the last sentence is a name signing a closing before it ("Mvh" / "Anna")."""
    return len(parts) > 1 and _signature(parts[-1]) and _closing(parts[-2])
