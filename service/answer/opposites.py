"""Whether a quote says the opposite of what a question asks about: "Vilka enheter har haft hög
personalomsättning?" is not answered by "låg personalomsättning". A qualifier of the question
(hög, ökad, stor, god, high …) before a word, and its opposite before a word of the same stem
in the quote, with the question's own qualifier not there too. Pure functions over text."""

from __future__ import annotations

import re

from ingest.text.words import stem

__all__ = ["OPPOSITES", "contradicts"]

OPPOSITES: tuple[tuple[str, str], ...] = (
    ("hög höga högt högre high higher", "låg låga lågt lägre low lower"),
    ("ökad ökade ökat ökande increased increasing rising", "minskad minskade minskat minskande "
     "sänkt sänkta decreased decreasing falling"),
    ("stor stora stort större large big", "liten lilla litet små mindre small"),
    ("god goda gott bra good", "dålig dåliga dåligt bad poor"),
)  # fmt: skip
"""Pairs of qualifier sets, each the other's opposite."""

_OPPOSITE: dict[str, frozenset[str]] = {}
for _one, _other in OPPOSITES:
    for _word in _one.split():
        _OPPOSITE[_word] = frozenset(_other.split())
    for _word in _other.split():
        _OPPOSITE[_word] = frozenset(_one.split())

_PAIR = re.compile(r"\b([^\W\d_]+)\s+(?=([^\W\d_]{4,}))")
"""A word and the word after it (a lookahead, so every word is also a qualifier's word)."""


def _qualified(text: str) -> list[tuple[str, str]]:
    """(qualifier, stem of the word it qualifies) for each known qualifier in `text`."""
    return [
        (m.group(1), stem(m.group(2)))
        for m in _PAIR.finditer(text.lower())
        if m.group(1) in _OPPOSITE
    ]


def contradicts(question: str, quote: str) -> bool:
    """Whether the quote qualifies a word of the question by the opposite of the question's
    qualifier, and never by the question's own ("låg personalomsättning" for "hög
    personalomsättning")."""
    said = _qualified(quote)
    for qualifier, word in _qualified(question):
        same = {q for q, w in said if w == word}
        if same & _OPPOSITE[qualifier] and qualifier not in same:
            return True
    return False
