"""Stopwords and content words: the one Swedish stopword list outside the lexical index.

`content_stems` reduces a text to the stems of its content words (lower-cased, stopwords and
the city's organisation and place boilerplate dropped, cut to their first letters), the words
the goal ledger links, ranks and quotes by; `word_match` counts how many of one such set meet
another. The lexical index keeps bm25s' own list (`search.analyze`), which its scores depend on.
"""

from __future__ import annotations

import re

__all__ = ["BOILERPLATE", "STEM_LENGTH", "STOPWORDS", "content_stems", "word_match", "wordset"]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text as a set (for word lists in source)."""
    return frozenset(text.split())


STOPWORDS = wordset(
    """
    och att som det den de en ett är för med till av på i om har ska skall kan inte eller
    vid sin sina sitt deras dess man vi alla får samt under efter genom igenom utifrån där så
    mer än också andra annan varje hela hos från detta dessa denna vara blir bli
    """
)
BOILERPLATE = wordset(
    """
    stockholm stockholms stockholmarna staden stadens stad stadsdel stadsdelen stadsdelens
    stadsdelsområde stadsdelsområdet stadsdelsområdets stadsdelsnämnd stadsdelsnämnden
    stadsdelsnämndens stadsdelsnämnderna nämnd nämnden nämndens förvaltning förvaltningen
    förvaltningens enhet enheten enhetens enhetsens verksamhet verksamheten verksamhetens
    verksamheter verksamheterna kungsholmen kungsholmens hägersten liljeholmen spånga tensta
    familjeenheten familjeenhetens mål målet
    """
)
"""Words of the city's organisation and places: in every report, so they tell nothing apart."""
STEM_LENGTH = 5
"""Words are compared by their first letters ("delaktiga" ~ "delaktighet", "miljön" ~ "miljö")."""

_WORD = re.compile(r"[a-zåäöéü]+")


def content_stems(text: str) -> frozenset[str]:
    """Content-word stems of a text: lower-cased, stop words and boilerplate dropped, cut."""
    words = _WORD.findall(text.lower())
    kept = (w for w in words if len(w) > 2 and w not in STOPWORDS and w not in BOILERPLATE)
    return frozenset(w[:STEM_LENGTH] for w in kept)


def word_match(query: frozenset[str], words: frozenset[str]) -> int:
    """How many query stems occur among the words (a stem may be a prefix of the other)."""
    hits = 0
    for q in query:
        if any(w.startswith(q) or (q.startswith(w) and len(w) >= 4) for w in words):
            hits += 1
    return hits
