"""Whether a quote says the opposite of what a question asks about: "Vilka enheter har haft hög
personalomsättning?" is not answered by "låg personalomsättning". A qualifier of the question
(hög, ökad, stor, god, high …) before a word, and its opposite before a word of the same stem
in the quote, with the question's own qualifier not there too; or a quote writing what the
question sets aside in parentheses ("den totala sjukfrånvaron (inte dag 1–14)" is not answered
by "Sjukfrånvaro dag 1-14 | 3 %"). And whether a quote says that what a question asks the
reports to say did not occur did not ("inga klagomål", see asked_absent). Pure functions
over text."""

from __future__ import annotations

import re

from ingest.text.words import stem, tokens

__all__ = ["OPPOSITES", "asked_absent", "contradicts", "says_absent", "set_aside"]

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


_SET_ASIDE = re.compile(
    r"\((?:inte|ej|utom|förutom|exklusive|not|excluding|except)\s+"
    r"(?!(?:bara|enbart|endast|only|just|merely)\b)([^()]{1,40})\)",
    re.IGNORECASE,
)
"""A parenthesis setting a thing aside: "(inte dag 1–14)", "(not day 1-14)", "(exklusive
…)"; not "(inte bara ett årsmål)", which asks for more, not for less."""


def set_aside(question: str) -> list[list[str]]:
    """The word runs a question sets aside in parentheses (see _SET_ASIDE)."""
    return [run for m in _SET_ASIDE.finditer(question) if (run := tokens(m.group(1)))]


def _writes(said: list[str], run: list[str]) -> bool:
    """Whether the word run `run` occurs in `said`, in order and whole."""
    return any(said[i : i + len(run)] == run for i in range(len(said) - len(run) + 1))


def contradicts(question: str, quote: str) -> bool:
    """Whether the quote qualifies a word of the question by the opposite of the question's
    qualifier, and never by the question's own ("låg personalomsättning" for "hög
    personalomsättning"), or writes what the question sets aside ("(inte dag 1–14)")."""
    words = tokens(quote)
    if any(_writes(words, run) for run in set_aside(question)):
        return True
    said = _qualified(quote)
    for qualifier, word in _qualified(question):
        same = {q for q, w in said if w == word}
        if same & _OPPOSITE[qualifier] and qualifier not in same:
            return True
    return False


_ABSENT = re.compile(
    r"\b(?:inga|inget|ingen|no)\s+(?:\w+\s+){0,2}?(?P<a>[^\W\d_]{4,})|"
    r"\b(?:inte|not)\s+(?:\w+\s+){0,3}?(?:några|något|någon|any)\s+(?P<b>[^\W\d_]{4,})",
    re.IGNORECASE,
)
_MERELY = re.compile(r"\b(?:inte\s+(?:bara|enbart|endast)|not\s+(?:just|only|merely))\b", re.I)
_NEGATION = r"\b(?:inga|inget|ingen|inte|ej|no|not|none)\b"


def asked_absent(question: str) -> str | None:
    """The stem of what a question asks the reports to say did not occur ("… skriver att inga
    klagomål om diskriminering har kommit in", "… inte har fått några klagomål"): "klagomål";
    None when it asks none, or sets that aside ("inte bara att inga klagomål kommit in": it
    asks for the number)."""
    m = _ABSENT.search(question)
    if m is None or _MERELY.search(question[: m.start() + 1]):
        return None
    return stem(m.group("a") or m.group("b"))


def says_absent(text: str, word: str) -> bool:
    """Whether a text says a word of the stem `word` did not occur: a negation at most three
    words before it ("Inga klagomål eller synpunkter …", "Det har inte inkommit några
    klagomål")."""
    found = re.finditer(rf"{_NEGATION}((?:\s+[\w-]+){{1,4}})", text, re.IGNORECASE)
    return any(word in (stem(w) for w in tokens(m.group(1))) for m in found)
