"""The words of a question's topic as the reports write them: how much each weighs (inverse
passage frequency, a word no report contains weighing most) and the other forms it takes in
the text (a compound's two parts, a hyphenated word's parts or acronym). Pure functions over a
passage-frequency lookup (`SearchIndex.doc_freq`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from ingest.text.language import Language
from ingest.text.words import stem
from service.answer.glossary import SWEDISH_WORDS
from service.answer.text import WHOLE_WORD
from service.answer.thesaurus import alternatives

__all__ = [
    "MAX_ACRONYM",
    "MIN_TAIL",
    "compound_parts",
    "hyphen_parts",
    "idf_weights",
    "known",
    "known_tail",
    "said_words",
    "topic_parts",
    "unknown_share",
]

MIN_TAIL = 8
"""Shortest last part of a compound that stands for it (see known_tail): a long part names a
thing ("resultatet", "placerade"); a short one ("resor" in "rymdresor") could be anything."""


def known_tail(word: str, doc_freq: Callable[[str], float]) -> str | None:
    """The longest last part (MIN_TAIL letters or more, after a head of three) of a word no
    passage contains that some passage does contain: a Swedish compound puts its head last, so
    "minusresultatet" is about "resultatet" and "långtidsplacerade" about "placerade"."""
    return _tail_freq(word, doc_freq)[0]


MIN_HEAD = 4
MIN_PART = 5


def compound_parts(word: str, doc_freq: Callable[[str], float]) -> tuple[str, str] | None:
    """A compound's two parts as stems, both words some passage contains ("våldsutsatthet" ->
    "våld", "utsat"; a linking s dropped): a report may say "utsatthet för våld" for it. The
    longest head of MIN_HEAD letters or more with a last part of MIN_PART or more wins
    ("handläggnings|tider", not "hand|läggningstider"); None for a word with no such split."""
    for cut in range(len(word) - MIN_PART, MIN_HEAD - 1, -1):
        head, tail = word[:cut], word[cut:]
        if head.endswith("s") and 0.0 < doc_freq(head[:-1]) < 1.0:
            head = head[:-1]
        if len(head) >= MIN_HEAD and 0.0 < doc_freq(head) < 1.0 and 0.0 < doc_freq(tail) < 1.0:
            return stem(head), stem(tail)
    return None


def topic_parts(
    terms: Sequence[str], doc_freq: Callable[[str], float]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Stem -> its compound's parts as its one variant (see compound_parts and
    presence.Variants), for each topic word that has them."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for word in terms:
        if "-" in word:
            if hyphened := hyphen_parts(word, doc_freq):
                out[stem(word)] = hyphened
            continue
        parts = compound_parts(word, doc_freq) if len(word) >= MIN_HEAD + MIN_PART else None
        if parts is not None:
            out[stem(_freq(word, doc_freq)[0])] = (parts,)
    return out


MAX_ACRONYM = 5
"""Longest first part of a hyphenated word that can stand for it alone: an acronym or short
name ("LUS" in "LUS-meddelanden", "SIP" in "SIP-möten"), not a word ("familje-")."""


def hyphen_parts(word: str, doc_freq: Callable[[str], float]) -> tuple[tuple[str, ...], ...]:
    """The other ways a hyphenated word is written: its two parts apart ("SIP-möten" as "SIP
    möten"), and a short first part alone, the acronym it is about ("7 LUS" for
    "LUS-meddelanden"); () when the reports lack the first part."""
    head, _, tail = word.partition("-")
    if not head or not tail or "-" in tail or doc_freq(head) == 0.0:
        return ()
    out: list[tuple[str, ...]] = []
    if doc_freq(tail) > 0.0:
        out.append((stem(head), stem(tail)))
    if len(head) <= MAX_ACRONYM:
        out.append((head + WHOLE_WORD,))
    return tuple(out)


MIN_TAIL_STEM = 6
"""A last part's stem keeps this many letters: one the stemmer cuts short is no word of its
own ("handlägg|arenheten" stems to "aren"), so it cannot stand for the compound."""


def _tail_freq(word: str, doc_freq: Callable[[str], float]) -> tuple[str | None, float]:
    """known_tail with its passage frequency ((None, 0.0) when there is none)."""
    for cut in range(3, len(word) - MIN_TAIL + 1):
        df = doc_freq(word[cut:])
        if 0.0 < df < 1.0 and len(stem(word[cut:])) >= MIN_TAIL_STEM:
            return word[cut:], df
    return None, 0.0


def _freq(term: str, doc_freq: Callable[[str], float]) -> tuple[str, float]:
    """A topic word, or the known last part standing for it, with its passage frequency; a
    word no passage contains whose thesaurus group the reports do use ("gick med minus":
    "underskott") has its most frequent synonym's."""
    df = doc_freq(term)
    if df > 0:
        return term, df
    tail, tail_df = _tail_freq(term, doc_freq)
    if tail:
        return tail, tail_df
    synonyms = [f for f in map(doc_freq, alternatives(stem(term))) if 0.0 < f < 1.0]
    return term, max(synonyms, default=0.0)


def known(term: str, doc_freq: Callable[[str], float]) -> bool:
    """Whether some passage contains the word, its known last part (see known_tail) or a word
    of its thesaurus group."""
    return _freq(term, doc_freq)[1] > 0


def unknown_share(terms: Sequence[str], doc_freq: Callable[[str], float]) -> float:
    """Share (0..1) of the topic's IDF weight carried by words no passage contains (such a word
    weighs log 100, see idf_weights), not even as a known last part of MIN_TAIL letters nor
    through a thesaurus synonym: "minusresultatet" is known through "resultatet", "minus"
    through "underskott", "rymdresor" is unknown (see known_tail)."""
    freqs = [_freq(t, doc_freq)[1] for t in terms]
    weights = [math.log(1.0 / df) if df > 0 else math.log(100.0) for df in freqs]
    total = sum(weights)
    return sum(w for w, df in zip(weights, freqs, strict=True) if df == 0) / total if total else 0.0


def idf_weights(
    terms: Sequence[str], doc_freq: Callable[[str], float], *, unknown: bool = True
) -> dict[str, float]:
    """Stem -> inverse passage frequency log(1/df) of each topic word. A word the corpus lacks
    weighs log 100 (a Swedish question about something the reports never name is unlikely to
    be answered) unless `unknown` is False (an English word the glossary did not translate). An
    unknown compound is weighed as its known last part (see known_tail)."""
    weights: dict[str, float] = {}
    for word in terms:
        term, df = _freq(word, doc_freq)
        if df > 0:
            weights[stem(term)] = math.log(1.0 / df)
        elif unknown:
            weights[stem(term)] = math.log(100.0)
    return weights


def said_words(
    terms: Sequence[str], language: Language, doc_freq: Callable[[str], float]
) -> tuple[str, ...]:
    """The topic words that say something: all of a Swedish question's; of an English one's
    Swedish wording, the words the glossary translated into (a report lacking "buller" lacks
    what "noise" asked, as in Swedish) and the English words some passage contains (one the
    glossary left untranslated and the reports lack says nothing of them)."""
    if language == "sv":
        return tuple(terms)
    return tuple(t for t in terms if t in SWEDISH_WORDS or known(t, doc_freq))
