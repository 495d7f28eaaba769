"""Choosing the sentence that answers a question, by meaning: pure scoring a reader can check.

Every sentence of every candidate passage (see `search.sentences.Evidence`) is described by the
features of `service.answer.features` (similarity of sentence and passage in standard scores,
IDF-weighted topic coverage of sentence and context, named unit and year, the kind of answer
asked for, a reason/method/place cue, the hybrid retrieval rank, missing key terms) and scored

    score = sum(WEIGHTS[name] * feature[name])

minus UNKNOWN_SHARE_PENALTY times the share of the topic's IDF weight carried by words no
report contains at all, beyond UNKNOWN_SHARE_FREE (all of it for "Vad säger rapporterna om
rymdresor?"; a paraphrase with one unfamiliar word loses nothing). WEIGHTS are set by hand on
the assistant dev set; `bench/ask_fit.py` fits them by listwise logistic regression and reports
leave-one-question-out accuracy, which did not beat the hand-set weights (bench/ASK.md), so
context, text_year and retrieval weigh 0. The cue (a reason for a why-question, a method for a
how-question) weighs 1: on the dev set and two later question sets together it answered 2 %
more answerable questions at the same refusal rate; it also shapes the quote (see _quote).
Word overlap is one feature among several, never a gate. The passage's score is its best
sentence's; the question is answerable when the best passage scores at least ANSWER_THRESHOLD
(calibrated on the same dev set with bench/ask_tradeoff.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ingest.text.quotes import clip_span
from ingest.text.words import stem
from search.sentences import MIN_SENTENCE_CHARS, Evidence
from service.answer.expectations import cue_of, has_quantity, is_quantity
from service.answer.features import FEATURE_NAMES, Features, Variants, sentence_features
from service.answer.keyterms import Term
from service.answer.question import Question
from service.answer.text import MAX_QUOTE, WHOLE_WORD, is_figures, joinable, label_of

__all__ = [
    "ANSWER_THRESHOLD",
    "ENGLISH_OFFSET",
    "WEIGHTS",
    "Choice",
    "choose",
    "compound_parts",
    "hyphen_parts",
    "idf_weights",
    "known_tail",
    "score",
    "scored_sentences",
    "threshold_for",
    "topic_parts",
    "unknown_share",
]

WEIGHTS: Mapping[str, float] = {
    "sentence": 1.0,
    "passage": 0.5,
    "coverage": 2.0,
    "context": 0.0,
    "named": 1.0,
    "other_report": -3.0,
    "uncounted": -1.0,
    "report_year": 1.5,
    "text_year": 0.0,
    "other_year": -3.0,
    "unmet": -6.0,
    "cue": 1.5,
    "unreasoned": -0.5,
    "unstated": -6.0,
    "retrieval": 0.0,
    "missing": -2.0,
    "unembedded": 0.0,
    "preamble": -2.0,
}
"""The weight of each feature (see service.answer.features); bench/ask_fit.py checks them."""
UNKNOWN_SHARE_PENALTY = 8.0
UNKNOWN_SHARE_FREE = 0.4  # a share up to this (a paraphrase's unfamiliar word) costs nothing
ANSWER_THRESHOLD = 6.0
"""Calibrated for the bundled e5 on the assistant dev set (bench/ASK.md); see threshold_for."""
THRESHOLDS = {"hash": 3.0}
"""Embedders whose scores sit elsewhere, by name prefix: the offline hash fake's bag-of-words
vectors give lower standard scores for the same evidence."""
JOIN_MARGIN = 3.0  # a neighbour within this of the best sentence joins the quote
SHORT = 60  # a best sentence shorter than this takes its previous neighbour as its label


@dataclass(frozen=True, slots=True)
class Choice:
    """A passage chosen to answer: its evidence, its score, and the quote's offsets."""

    evidence: Evidence
    score: float
    start: int
    end: int


ENGLISH_OFFSET = 0.5
"""English questions score lower against Swedish passages (no topic word of theirs can be found
in the text), so their threshold is this much lower."""


def threshold_for(embedder_name: str) -> float:
    """The answer threshold for an embedder (ANSWER_THRESHOLD unless THRESHOLDS knows it)."""
    for prefix, threshold in THRESHOLDS.items():
        if embedder_name.startswith(prefix):
            return threshold
    return ANSWER_THRESHOLD


def score(features: Features, weights: Mapping[str, float] = WEIGHTS) -> float:
    """The weighted sum of a sentence's features."""
    return sum(
        weights[name] * value for name, value in zip(FEATURE_NAMES, features.values(), strict=True)
    )


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
    features.Variants), for each topic word that has them."""
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


def _tail_freq(word: str, doc_freq: Callable[[str], float]) -> tuple[str | None, float]:
    """known_tail with its passage frequency ((None, 0.0) when there is none)."""
    for cut in range(3, len(word) - MIN_TAIL + 1):
        df = doc_freq(word[cut:])
        if 0.0 < df < 1.0:
            return word[cut:], df
    return None, 0.0


def _freq(term: str, doc_freq: Callable[[str], float]) -> tuple[str, float]:
    """A topic word, or the known last part standing for it, with its passage frequency."""
    df = doc_freq(term)
    if df > 0:
        return term, df
    tail, tail_df = _tail_freq(term, doc_freq)
    return (tail, tail_df) if tail else (term, 0.0)


def unknown_share(terms: Sequence[str], doc_freq: Callable[[str], float]) -> float:
    """Share (0..1) of the topic's IDF weight carried by words no passage contains (such a word
    weighs log 100, see idf_weights), not even as a known last part of MIN_TAIL letters:
    "minusresultatet" is known through "resultatet", "rymdresor" is unknown (see known_tail)."""
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


def _joinable(text: str, scored: list[tuple[float, int, int]], i: int, j: int) -> bool:
    lo, hi = min(i, j), max(i, j)
    return joinable(text, scored[lo][1:], scored[hi][1:], MAX_QUOTE)


def _quote(
    text: str, scored: list[tuple[float, int, int]], best: int, cue: re.Pattern[str] | None = None
) -> tuple[int, int]:
    """The best sentence joined with one neighbour on the same line: the one carrying the cue a
    why/how/where question asks for when the best sentence lacks it (the reason often follows
    the sentence that matches the question: "Antalet ... har minskat. Den främsta orsaken är
    ..."), else the better neighbour when it scores within JOIN_MARGIN, or the previous one when
    the best sentence is too short to stand alone (a number's label); clipped to MAX_QUOTE. A
    table row of figures is quoted with its label, the sentence before it, on any line."""
    score, start, end = scored[best]
    label = label_of(text, [(a, b) for _, a, b in scored], best)
    if label is not None:  # a row of figures with its label above it
        return _ending(text, scored[label][1], end, MAX_QUOTE)
    neighbours = [
        i for i in (best + 1, best - 1) if 0 <= i < len(scored) and _joinable(text, scored, i, best)
    ]
    other = None
    if cue is not None and not cue.search(text[start:end]):
        other = next((i for i in neighbours if cue.search(text[scored[i][1] : scored[i][2]])), None)
    if other is None and neighbours:
        better = max(neighbours, key=lambda i: scored[i][0])
        short = end - start < SHORT and best - 1 in neighbours
        if scored[better][0] >= score - JOIN_MARGIN:
            other = better
        elif short:
            other = best - 1
    if other is not None:
        start, end = min(start, scored[other][1]), max(end, scored[other][2])
    return clip_span(text, start, end, MAX_QUOTE)


def _ending(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The span [start, end), or its last words within `limit` characters: a long label is
    cut at its start, so the figures it labels stay in the quote."""
    if end - start <= limit:
        return (start, end)
    cut = text.find(" ", end - limit)
    return (cut + 1 if 0 <= cut < end else end - limit, end)


def _quotable(piece: str) -> bool:
    """A piece with fewer than three letters ("1.", "1.4.") or a bare heading or label
    ("Utveckling", "Utfall 2017": shorter than MIN_SENTENCE_CHARS, no quantity) can join a
    quote, never be one; a table row of two numbers or more, one a quantity ("2016 | 601",
    "92,9 % 91,7 % 84 %") can, with its label (see _quote)."""
    if is_figures(piece):  # "2016 | 601" and "92,9 % 91,7 %", not a heading number "1.4."
        numbers = [t.strip("()[],.;:") for t in piece.split() if any(ch.isdigit() for ch in t)]
        return len(numbers) >= 2 and any(is_quantity(t) for t in numbers)
    letters = sum(ch.isalpha() for ch in piece) >= 3
    return letters and (len(piece) >= MIN_SENTENCE_CHARS or has_quantity(piece))


def scored_sentences(
    ev: Evidence,
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term] = (),
    model: Mapping[str, float] = WEIGHTS,
    variants: Variants | None = None,
) -> list[tuple[float, int, int]]:
    """Every sentence of a passage as (score, start, end); unquotable pieces at -inf."""
    text = ev.hit.chunk.text
    out = []
    for start, end, features in sentence_features(ev, q, weights, keys, variants):
        value = score(features, model) if _quotable(text[start:end]) else -math.inf
        out.append((value, start, end))
    return out


def choose(
    evidence: Sequence[Evidence],
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term] = (),
    unknown: float = 0.0,
    model: Mapping[str, float] = WEIGHTS,
    variants: Variants | None = None,
) -> list[Choice]:
    """Every candidate passage with its best quote, best first; every passage loses
    UNKNOWN_SHARE_PENALTY times the `unknown` share of the topic beyond UNKNOWN_SHARE_FREE
    (see unknown_share). `weights` are the topic stems' IDF weights, `model` the features',
    `variants` other ways the topic's words are written (see features.Variants)."""
    strange = UNKNOWN_SHARE_PENALTY * max(0.0, unknown - UNKNOWN_SHARE_FREE)
    cue = cue_of(q.text)
    choices: list[Choice] = []
    for ev in evidence:
        scored = scored_sentences(ev, q, weights, keys, model, variants)
        if not scored or max(v for v, _, _ in scored) == -math.inf:
            continue
        best = max(range(len(scored)), key=lambda i: (scored[i][0], -i))
        start, end = _quote(ev.hit.chunk.text, scored, best, cue)
        choices.append(Choice(ev, scored[best][0] - strange, start, end))
    return sorted(choices, key=lambda c: -c.score)
