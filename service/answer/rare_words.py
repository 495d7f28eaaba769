"""Rare words of a question: the words found in few passages that make a question specific
("vräkningsförebyggande", "spelmissbruk"), how specific each is, and the forms a passage may
write them in (an adjective's root, the verb a noun in -ning names). Pure functions over a
passage-frequency callable; `keyterms` makes key terms of them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from ingest.text.years import is_year
from service.answer.lexicon import FRAME
from service.answer.terms import Term, make_term
from service.answer.topic_words import compound_parts

__all__ = [
    "MIN_RARE_CHARS",
    "RARE_DF",
    "TOKEN",
    "is_rare",
    "names_unknown",
    "rare_term",
    "rare_word",
    "specificity",
    "verb_term",
]

RARE_DF = 0.03
"""A word found in fewer than this share of passages is specific enough to be a key term."""
MIN_RARE_CHARS = 6
"""Shorter rare words are inflections and verbs ("gett", "åker"), not topics."""

TOKEN = re.compile(r"[\wÅÄÖåäöé]+(?:[-–][\wÅÄÖåäöé]+)*")
"""A word of a question, hyphenated compounds whole ("SIP-samordnare")."""


def rare_term(word: str, doc_freq: Callable[[str], float]) -> Term:
    """A rare word's term, by its broader root when the index knows that root as a word of
    more passages: an adjective or adverb in -t ("kollektivt", "hållbart") also finds its
    other forms ("kollektiva färdmedel", "kollektivtrafik")."""
    term = make_term(word)
    if len(word) < MIN_RARE_CHARS + 1 or not word.lower().endswith("t"):
        return term
    root = word[:-1]
    df_root, df_word = doc_freq(root.lower()), doc_freq(word.lower())
    if not df_word < df_root < 1.0:  # 1.0: a form the index does not know as a word
        return term
    broad = make_term(root)
    return Term(term.display, broad.words, broad.pattern)


_NOUN_OF_VERB = re.compile(r"(\w{5,})ning(?:en|ens|ar|arna)?$", re.IGNORECASE)


def verb_term(word: str, doc_freq: Callable[[str], float]) -> Term | None:
    """The verb a rare noun in -ning names the doing of, when the reports write it
    ("omvärldsbevakning" -> "omvärldsbevaka": "Enheten fortsätter att omvärldsbevaka"; the
    stems differ, so the noun's postings miss it); None otherwise."""
    match = _NOUN_OF_VERB.match(word)
    if match is None:
        return None
    verb = f"{match.group(1)}a"
    return make_term(verb) if 0 < doc_freq(verb.lower()) < RARE_DF else None


def rare_word(text: str, doc_freq: Callable[[str], float], *, swedish: bool = True) -> list[str]:
    """The most specific rare word of a text, by length times inverse passage frequency
    (compounds are specific: the key of "kan erbjuda 12-stegsbehandling i egen regi" is
    "12-stegsbehandling", not "regi"); in a Swedish text with none, the longest word no passage
    holds whole (it may head a compound or be misspelt); [] when there is neither."""
    words = TOKEN.findall(text)
    rare = [(specificity(tok, doc_freq), tok) for tok in words if is_rare(tok, doc_freq)]
    if not rare and swedish:
        unknown = [t for t in words if _is_unknown(t, doc_freq)]
        return [_specific_part(max(unknown, key=len), doc_freq)] if unknown else []
    return [_specific_part(max(rare)[1], doc_freq)] if rare else []


def specificity(tok: str, doc_freq: Callable[[str], float]) -> float:
    """How specific a rare word is: its length times its inverse passage frequency."""
    return len(tok) * math.log(1.0 / doc_freq(tok.lower()))


_GENERIC_TAIL = re.compile(
    r"(ärend|fråg|arbet|insats|utredning|grupp|verksamhet|projekt|program)\w*$", re.IGNORECASE
)


def _specific_part(word: str, doc_freq: Callable[[str], float]) -> str:
    """A compound of a topic and a generic noun by its topic ("faderskapsärenden" ->
    "faderskap": the reports write "ärenden inom familjerätt … faderskap"), when the reports
    hold both parts and the topic is still rare; else the word ("barnrättsombud" stays)."""
    parts = compound_parts(word.lower(), doc_freq)
    if parts is None or not _GENERIC_TAIL.match(parts[1]):
        return word
    head = parts[0]
    return head if len(head) >= MIN_RARE_CHARS and doc_freq(head) < RARE_DF else word


def _is_unknown(tok: str, doc_freq: Callable[[str], float]) -> bool:
    """A Swedish word of MIN_RARE_CHARS letters or more that no passage contains as a word
    ("barnrättsombud" where a report writes "barnrättsombudsperson")."""
    word = tok.lower()
    return len(word) >= MIN_RARE_CHARS and word not in FRAME and doc_freq(word) == 0


def is_rare(tok: str, doc_freq: Callable[[str], float]) -> bool:
    """A word of MIN_RARE_CHARS letters or more, no frame word or year, in fewer than RARE_DF
    of the passages (but some)."""
    word = tok.lower()
    if word in FRAME or is_year(word) or len(word) < MIN_RARE_CHARS:
        return False
    return 0 < doc_freq(word) < RARE_DF


def names_unknown(text: str, doc_freq: Callable[[str], float]) -> bool:
    """Whether an alternative's specific word is one no passage contains ("systemteori" in
    "utbildning i systemteori eller systemisk familjeterapi"): no report states it, so it is
    not looked for by meaning either (that would list units near the other words only)."""
    return any(
        len(tok) >= MIN_RARE_CHARS and tok.lower() not in FRAME and doc_freq(tok.lower()) == 0
        for tok in TOKEN.findall(text)
    )
