"""Choosing the sentence that answers a question, by meaning: pure scoring a reader can check.

Every sentence of every candidate passage (see `search.sentences.Evidence`) gets

    score = z(question, sentence)                  similarity in standard deviations above the
                                                   question's background (Evidence.standard)
          + PASSAGE_WEIGHT * z(question, passage)  the passage carries unit, year, headings
          + LEXICAL_WEIGHT * topic coverage        IDF-weighted share of the question's topic
                                                   words found in the sentence
          + META_BONUS   when the question names the report's unit or district
          + YEAR_BONUS   when the question names the report's year (years favour, never filter)
          - TYPE_PENALTY when the question asks for a number, date or person the sentence lacks
          - MISSING_KEY_PENALTY for each key term of the question (a name, an acronym; see
            keyterms) that the passage does not contain
          - UNKNOWN_SHARE_PENALTY times the share of the topic's IDF weight carried by words no
            report contains at all, beyond UNKNOWN_SHARE_FREE (all of it for "Vad säger
            rapporterna om rymdresor?"; a paraphrase with one unfamiliar word loses nothing)

Word overlap is one feature among several, never a gate. The passage's score is its best
sentence's; the question is answerable when the best passage scores at least ANSWER_THRESHOLD
(calibrated on the assistant dev set, see bench/ASK.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.text.words import normalize, stem
from ingest.types import ReportMeta
from search.sentences import Evidence
from service.answer.keyterms import Term
from service.answer.question import Expect, Question
from service.answer.text import MAX_QUOTE, clip_span, joinable, term_in

__all__ = [
    "ANSWER_THRESHOLD",
    "ENGLISH_OFFSET",
    "Choice",
    "choose",
    "idf_weights",
    "meets_expectation",
    "names_report",
    "sentence_score",
    "threshold_for",
    "unknown_share",
]

PASSAGE_WEIGHT = 0.5
LEXICAL_WEIGHT = 2.0
META_BONUS = 1.0
YEAR_BONUS = 1.5
TYPE_PENALTY = 6.0
MISSING_KEY_PENALTY = 2.0
UNKNOWN_SHARE_PENALTY = 8.0
UNKNOWN_SHARE_FREE = 0.4  # a share up to this (a paraphrase's unfamiliar word) costs nothing
UNEMBEDDED_PENALTY = 1.0  # a heading or label scores as its passage, a little lower
ANSWER_THRESHOLD = 6.0
"""Calibrated for the bundled e5 on the assistant dev set (bench/ASK.md); see threshold_for."""
THRESHOLDS = {"hash": 3.0}
"""Embedders whose scores sit elsewhere, by name prefix: the offline hash fake's bag-of-words
vectors give lower standard scores for the same evidence."""
JOIN_MARGIN = 3.0  # a neighbour within this of the best sentence joins the quote
SHORT = 60  # a best sentence shorter than this takes its previous neighbour as its label

_QUANTITY = re.compile(
    r"(?<![\w-])(?!(?:19|20)\d\d(?![\d,.]))\d[\d\s,.]*(?:%|\w*)|\b(två|tre|fyra|fem|sex|sju|åtta|"
    r"nio|tio|elva|tolv|tjugo\w*|trettio|fyrtio|femtio|hundra\w*|tusen\w*|miljon\w*|miljard\w*|"
    r"hälften|dubbelt|procent|several|hundreds?|thousands?|million\w*)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(19|20)\d\d\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|vår\w*|höst\w*|sommar\w*|vinter\w*|kvartal\w*|tertial\w*|vecka)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+")


def _new(found: list[str], question: str) -> bool:
    """Whether something found in a sentence is not already in the question."""
    lowered = " ".join(question.lower().split())
    return any(" ".join(f.lower().split()) not in lowered for f in found)


@dataclass(frozen=True, slots=True)
class Choice:
    """A passage chosen to answer: its evidence, its score, and the quote's offsets."""

    evidence: Evidence
    score: float
    start: int
    end: int


ENGLISH_OFFSET = 0.5
"""English questions score lower against Swedish passages (no topic word of theirs can be found
in the text), so their threshold is this much lower (on the dev set: answered 0.79 -> 0.89 of
answerable English questions, none of the unanswerable ones answered)."""


def threshold_for(embedder_name: str) -> float:
    """The answer threshold for an embedder (ANSWER_THRESHOLD unless THRESHOLDS knows it)."""
    for prefix, threshold in THRESHOLDS.items():
        if embedder_name.startswith(prefix):
            return threshold
    return ANSWER_THRESHOLD


def meets_expectation(expects: Expect, sentence: str, question: str = "") -> bool:
    """Whether a sentence can answer a question asking for a number (a quantity, not a year),
    a date or a person (two capitalised words): it must say one the question does not."""
    if expects == "number":
        return _new([m.group(0).strip() for m in _QUANTITY.finditer(sentence)], question)
    if expects == "date":
        return _new([m.group(0) for m in _DATE.finditer(sentence)], question)
    if expects == "person":
        return _new(_NAME.findall(sentence), question)
    return True


def unknown_share(terms: Sequence[str], doc_freq: Callable[[str], float]) -> float:
    """Share (0..1) of the topic's IDF weight carried by words no passage contains (such a word
    weighs log 100, see idf_weights)."""
    freqs = [doc_freq(t) for t in terms]
    weights = [math.log(1.0 / df) if df > 0 else math.log(100.0) for df in freqs]
    total = sum(weights)
    return sum(w for w, df in zip(weights, freqs, strict=True) if df == 0) / total if total else 0.0


def idf_weights(
    terms: Sequence[str], doc_freq: Callable[[str], float], *, unknown: bool = True
) -> dict[str, float]:
    """Stem -> inverse passage frequency log(1/df) of each topic word. A word the corpus lacks
    weighs log 100 (a Swedish question about something the reports never name is unlikely to
    be answered) unless `unknown` is False (an English word the glossary did not translate)."""
    weights: dict[str, float] = {}
    for term in terms:
        df = doc_freq(term)
        if df > 0:
            weights[stem(term)] = math.log(1.0 / df)
        elif unknown:
            weights[stem(term)] = math.log(100.0)
    return weights


def _coverage(weights: dict[str, float], sentence: str) -> float:
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    lowered = normalize(sentence)
    return sum(w for s, w in weights.items() if term_in(s, lowered)) / total


def names_report(question: str, meta: ReportMeta) -> bool:
    """Whether the question names the report's unit (any inflection) or district."""
    lowered = question.lower()
    unit = meta.unit.lower()
    unit_root = unit[:-2] if unit.endswith("en") else unit  # Familjeenhet-en/-ens
    district = meta.district.lower()
    return (len(unit_root) > 5 and unit_root in lowered) or (
        len(district) > 3 and district != "unknown" and district in lowered
    )


def sentence_score(
    similarity: float,
    passage: float,
    coverage: float,
    named: bool,
    expected: bool,
    year: bool = False,
) -> float:
    """The score of one sentence (see the module docstring)."""
    return (
        similarity
        + PASSAGE_WEIGHT * passage
        + LEXICAL_WEIGHT * coverage
        + (META_BONUS if named else 0.0)
        + (YEAR_BONUS if year else 0.0)
        - (0.0 if expected else TYPE_PENALTY)
    )


def _scored(ev: Evidence, q: Question, weights: dict[str, float]) -> list[tuple[float, int, int]]:
    text = ev.hit.chunk.text
    named = names_report(q.text, ev.hit.meta)
    year = ev.hit.meta.year is not None and ev.hit.meta.year in q.years
    out = []
    for s in ev.sentences:
        piece = text[s.start : s.end]
        passage = ev.standard(ev.similarity)
        sim = passage - UNEMBEDDED_PENALTY if s.similarity is None else ev.standard(s.similarity)
        expected = meets_expectation(q.expects, piece, q.text)
        coverage = _coverage(weights, piece)
        score = sentence_score(sim, passage, coverage, named, expected, year)
        out.append((score, s.start, s.end))
    return out


def _quote(text: str, scored: list[tuple[float, int, int]], best: int) -> tuple[int, int]:
    """The best sentence joined with its better neighbour on the same line when that scores
    within JOIN_MARGIN (a reason or a number often sits in the sentence beside the one that
    matches the question best), or with its previous neighbour when it is too short to stand
    alone (a number's label); clipped to MAX_QUOTE."""
    score, start, end = scored[best]
    neighbours = [i for i in (best - 1, best + 1) if 0 <= i < len(scored)]
    joinable_ones = [
        i
        for i in neighbours
        if joinable(text, scored[min(i, best)][1:], scored[max(i, best)][1:], MAX_QUOTE)
    ]
    if joinable_ones:
        other = max(joinable_ones, key=lambda i: scored[i][0])
        short = end - start < SHORT and other == best - 1
        if scored[other][0] >= score - JOIN_MARGIN or short:
            start, end = min(start, scored[other][1]), max(end, scored[other][2])
    return clip_span(text, start, end, (), "", MAX_QUOTE)


def missing_keys(ev: Evidence, keys: Sequence[Term]) -> int:
    """How many of the question's key terms (names, rare words) the passage does not contain
    (in its text or headings)."""
    where = " ".join((*ev.hit.chunk.section_path, ev.hit.chunk.text))
    return sum(not key.found_in(where) for key in keys)


def choose(
    evidence: Sequence[Evidence],
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term] = (),
    unknown: float = 0.0,
) -> list[Choice]:
    """Every candidate passage with its best quote, best first; a passage lacking a key term of
    the question loses MISSING_KEY_PENALTY for each; every passage loses UNKNOWN_SHARE_PENALTY
    times the `unknown` share of the topic (see unknown_share)."""
    choices: list[Choice] = []
    for ev in evidence:
        scored = _scored(ev, q, weights)
        if not scored:
            continue
        best = max(range(len(scored)), key=lambda i: (scored[i][0], -i))
        start, end = _quote(ev.hit.chunk.text, scored, best)
        missing = MISSING_KEY_PENALTY * missing_keys(ev, keys)
        strange = UNKNOWN_SHARE_PENALTY * max(0.0, unknown - UNKNOWN_SHARE_FREE)
        score = scored[best][0] - missing - strange
        choices.append(Choice(ev, score, start, end))
    return sorted(choices, key=lambda c: -c.score)
