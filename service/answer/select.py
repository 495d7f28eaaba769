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

Word overlap is one feature among several, never a gate. The passage's score is its best
sentence's; the question is answerable when the best passage scores at least ANSWER_THRESHOLD
(calibrated on the assistant dev set, see bench/ASK.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.types import ReportMeta
from search.sentences import Evidence
from service.answer.question import Expect, Question
from service.answer.text import MAX_QUOTE, clip_span, joinable, normalize, stem, term_in

__all__ = [
    "ANSWER_THRESHOLD",
    "Choice",
    "choose",
    "idf_weights",
    "meets_expectation",
    "names_report",
    "sentence_score",
    "threshold_for",
]

PASSAGE_WEIGHT = 0.5
LEXICAL_WEIGHT = 2.0
META_BONUS = 1.0
YEAR_BONUS = 1.5
TYPE_PENALTY = 2.0
UNEMBEDDED_PENALTY = 1.0  # a heading or label scores as its passage, a little lower
ANSWER_THRESHOLD = 6.0
"""Calibrated for the bundled e5 on the assistant dev set (bench/ASK.md); see threshold_for."""
THRESHOLDS = {"hash": 3.0}
"""Embedders whose scores sit elsewhere, by name prefix: the offline hash fake's bag-of-words
vectors give lower standard scores for the same evidence."""
JOIN_MARGIN = 0.5  # a neighbour within this of the best sentence joins the quote
SHORT = 60  # a best sentence shorter than this takes its previous neighbour as its label

_NUMBER = re.compile(
    r"\d|\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|hundra|tusen|miljon\w*|"
    r"hälften|dubbelt|procent)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(19|20)\d\d\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|vår\w*|höst\w*|sommar\w*|vinter\w*|kvartal\w*|tertial\w*|vecka)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+")


@dataclass(frozen=True, slots=True)
class Choice:
    """A passage chosen to answer: its evidence, its score, and the quote's offsets."""

    evidence: Evidence
    score: float
    start: int
    end: int


def threshold_for(embedder_name: str) -> float:
    """The answer threshold for an embedder (ANSWER_THRESHOLD unless THRESHOLDS knows it)."""
    for prefix, threshold in THRESHOLDS.items():
        if embedder_name.startswith(prefix):
            return threshold
    return ANSWER_THRESHOLD


def meets_expectation(expects: Expect, sentence: str) -> bool:
    """Whether a sentence can answer a question asking for a number, a date or a person."""
    if expects == "number":
        return _NUMBER.search(sentence) is not None
    if expects == "date":
        return _DATE.search(sentence) is not None
    if expects == "person":
        return _PERSON.search(sentence) is not None
    return True


def idf_weights(terms: Sequence[str], doc_freq: Callable[[str], float]) -> dict[str, float]:
    """Stem -> inverse passage frequency log(1/df) of each topic word (unknown words: log 100)."""
    weights: dict[str, float] = {}
    for term in terms:
        df = doc_freq(term)
        weights[stem(term)] = math.log(1.0 / df) if df > 0 else math.log(100.0)
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
        expected = meets_expectation(q.expects, piece)
        coverage = _coverage(weights, piece)
        score = sentence_score(sim, passage, coverage, named, expected, year)
        out.append((score, s.start, s.end))
    return out


def _quote(text: str, scored: list[tuple[float, int, int]], best: int) -> tuple[int, int]:
    """The best sentence, joined with a neighbour on its line that scores nearly as well, or
    with its previous neighbour when it is too short to stand alone (a number's label)."""
    score, start, end = scored[best]
    if best + 1 < len(scored):
        nxt = scored[best + 1]
        if nxt[0] >= score - JOIN_MARGIN and joinable(text, (start, end), nxt[1:], MAX_QUOTE):
            end = nxt[2]
    if end - start < SHORT and best > 0:
        prv = scored[best - 1]
        if joinable(text, prv[1:], (start, end), MAX_QUOTE):
            start = prv[1]
    return clip_span(text, start, end, (), "", MAX_QUOTE)


def choose(evidence: Sequence[Evidence], q: Question, weights: dict[str, float]) -> list[Choice]:
    """Every candidate passage with its best quote, best first."""
    choices: list[Choice] = []
    for ev in evidence:
        scored = _scored(ev, q, weights)
        if not scored:
            continue
        best = max(range(len(scored)), key=lambda i: (scored[i][0], -i))
        start, end = _quote(ev.hit.chunk.text, scored, best)
        choices.append(Choice(ev, scored[best][0], start, end))
    return sorted(choices, key=lambda c: -c.score)
