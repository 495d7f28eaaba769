"""Swedish text analysis for the lexical index: words, stopwords, compound splitting, stemming.

Swedish writes compounds as one word ("familjehemsplacerade" = familjehem + s + placerade), so a
plain stemmer never lets "familjehem" meet "familjehemsplacerade". `decompound` splits a word
greedily against a vocabulary of words seen on their own in the corpus; `analyze` emits the stem
of the whole word plus the stems of its parts, on both the document and the query side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bm25s.stopwords import STOPWORDS_SWEDISH

from ingest.text.words import stem

__all__ = [
    "LINKING",
    "MIN_COMPOUND",
    "MIN_PART",
    "UNINDEXED",
    "analyze",
    "analyze_many",
    "build_vocabulary",
    "decompound",
    "s_forms",
    "words",
]

MIN_PART = 4
"""Shortest compound part ("barn" in "barnfamiljer"); shorter parts split off inflections."""
MIN_COMPOUND = 8
"""Shortest word worth splitting."""
LINKING = ("s", "e", "")
"""Fogemorfem tried after a head part: "familjehem-s-placerade", "familj-e-behandling"."""

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
UNINDEXED = frozenset(STOPWORDS_SWEDISH)
"""Words no index term is made of (bm25s's Swedish stopwords: "och", "varför", "när"): no
passage holds them, as far as the index can tell."""


def words(text: str) -> list[str]:
    """Lower-cased alphabetic words of two letters or more, without Swedish stopwords."""
    return [w for w in _WORD.findall(text.lower()) if w not in UNINDEXED]


def build_vocabulary(texts: Iterable[str], min_count: int = 1) -> frozenset[str]:
    """Words (>= MIN_PART letters) seen at least `min_count` times: candidate compound parts."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in words(text) if len(w) >= MIN_PART)
    return frozenset(w for w, n in counts.items() if n >= min_count)


def decompound(word: str, vocab: frozenset[str]) -> tuple[str, ...]:
    """Split `word` into known parts, longest head first; () when no full split exists.

    >>> decompound("familjehemsplacerade", frozenset({"familjehem", "placerade"}))
    ('familjehem', 'placerade')
    """
    if len(word) < MIN_COMPOUND:
        return ()
    return _split(word, vocab, top=True)


def _split(word: str, vocab: frozenset[str], *, top: bool) -> tuple[str, ...]:
    if not top and word in vocab:
        return (word,)
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head = word[:cut]
        if head not in vocab:
            continue
        for link in LINKING:
            rest = word[cut:]
            if not rest.startswith(link) or len(rest) - len(link) < MIN_PART:
                continue
            tail = _split(rest[len(link) :], vocab, top=False)
            if tail:
                return (head, *tail)
    return ()


def s_forms(word: str) -> tuple[str, ...]:
    """The stems of a word ending in a root "s" as Snowball gives its other forms: it strips a
    final "s" as if a genitive, so "boendekurs" stems to "boendekur" while "boendekursen" and
    "boendekurser" stem to "boendekurs" (and "resurs" / "resurser" alike). For a word whose
    final "s" was stripped, the word itself; for a stem ending in such an "s", that stem
    stripped once more. () for other words; a genitive's extra form ("barns") matches
    nothing."""
    stemmed = stem(word)
    if word.endswith("s") and stemmed == word[:-1]:
        return (word,)
    if stemmed.endswith("s") and stem(stemmed) == stemmed[:-1]:
        return (stemmed[:-1],)
    return ()


def analyze(text: str, vocab: frozenset[str]) -> list[str]:
    """Index terms: the stem of every word, followed by the stems of its compound parts."""
    terms: list[str] = []
    for word in words(text):
        terms.append(stem(word))
        terms.extend(stem(part) for part in decompound(word, vocab))
    return terms


def analyze_many(
    texts: Sequence[str], min_count: int = 1
) -> tuple[frozenset[str], list[list[str]]]:
    """The vocabulary of `texts` and each text's index terms (as `analyze` with that vocabulary),
    splitting each distinct word once."""
    tokenised = [words(t) for t in texts]
    counts = Counter(w for ws in tokenised for w in ws if len(w) >= MIN_PART)
    vocab = frozenset(w for w, n in counts.items() if n >= min_count)
    expansions: dict[str, list[str]] = {}
    for ws in tokenised:
        for w in ws:
            if w not in expansions:
                expansions[w] = [stem(w), *(stem(part) for part in decompound(w, vocab))]
    return vocab, [[term for w in ws for term in expansions[w]] for ws in tokenised]
