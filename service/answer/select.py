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
how-question) weighs 1.5: on the dev set and two later question sets together it answered 2 %
more answerable questions at the same refusal rate; it also shapes the quote (see _quote).
Word overlap is one feature among several, never a gate. The passage's score is its best
sentence's; whether the best passage answers at all is decided by `service.answer.answerable`
from its margin over ANSWER_THRESHOLD (the score's reference point for e5; see threshold_for)
and its best sentence's features. The topic words' weights and the forms they take in the
text come from `service.answer.topic_words`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ingest.text.quotes import clip_span
from ingest.types import Chunk, ReportMeta
from search.sentences import MIN_SENTENCE_CHARS, Evidence
from service.answer.cues import cue_of
from service.answer.expectations import has_quantity, is_quantity
from service.answer.features import FEATURE_NAMES, Features, sentence_features
from service.answer.presence import Variants
from service.answer.question import Question
from service.answer.terms import Term
from service.answer.text import MAX_QUOTE, is_figures, joinable, label_of

__all__ = [
    "ANSWER_THRESHOLD",
    "ENGLISH_OFFSET",
    "WEIGHTS",
    "Choice",
    "choose",
    "score",
    "scored_sentences",
    "threshold_for",
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
    "unsaid_year": -3.0,
    "unmet": -8.0,
    "cue": 1.5,
    "unreasoned": -0.5,
    "unstated": -6.0,
    "retrieval": 0.0,
    "missing": -3.5,
    "unembedded": 0.0,
    "row": 1.0,
    "qualified": -0.5,
    "preamble": -2.0,
    "repeated": -4.0,
}
"""The weight of each feature (see service.answer.features); bench/ask_fit.py checks them."""
UNKNOWN_SHARE_PENALTY = 8.0
UNKNOWN_SHARE_FREE = 0.4  # a share up to this (a paraphrase's unfamiliar word) costs nothing
ANSWER_THRESHOLD = 6.0
"""The score an answer's margin is measured from, for the bundled e5 (bench/ASK.md); see
threshold_for and service.answer.answerable."""
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
    features: Features | None = None  # the best sentence's (see answerable.inputs)

    def quoted(self) -> tuple[Chunk, ReportMeta, int, int]:
        """The passage, its report's metadata and the quote's offsets (compose.Quoted)."""
        return (self.evidence.hit.chunk, self.evidence.hit.meta, self.start, self.end)


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


def _joinable(
    text: str, scored: list[tuple[float, int, int]], i: int, j: int, limit: int = MAX_QUOTE
) -> bool:
    lo, hi = min(i, j), max(i, j)
    return joinable(text, scored[lo][1:], scored[hi][1:], limit)


CUE_REACH = 2 * MAX_QUOTE
"""How long the best sentence and its neighbour carrying the asked cue may be together: the
quote is then cut to its end, so the reason stays whole (see _clipped)."""


def _quote(
    text: str, scored: list[tuple[float, int, int]], best: int, cue: re.Pattern[str] | None = None
) -> tuple[int, int]:
    """The best sentence joined with one neighbour on the same line: the one carrying the cue a
    why/how/where question asks for when the best sentence lacks it (the reason often follows
    the sentence that matches the question: "Antalet ... har minskat. Den främsta orsaken är
    ..."; the two may reach CUE_REACH together, see _reaching), else the better neighbour
    when it scores within JOIN_MARGIN, or the previous one when the best sentence is too short
    to stand alone (a number's label); clipped to MAX_QUOTE
    (see _clipped). A table row of figures is quoted with its label, the sentence before it,
    on any line; a sentence ending in a colon ("Förväntat resultat avseende …:") with the
    sentence it announces, on any line."""
    score, start, end = scored[best]
    label = label_of(text, [(a, b) for _, a, b in scored], best)
    if label is not None:  # a row of figures with its label above it
        return _ending(text, scored[label][1], end, MAX_QUOTE)
    if text[start:end].rstrip().endswith(":") and best + 1 < len(scored):
        return _clipped(text, start, scored[best + 1][2], cue)  # what the colon announces
    neighbours = [
        i for i in (best + 1, best - 1) if 0 <= i < len(scored) and _joinable(text, scored, i, best)
    ]
    other = None
    if cue is not None and not cue.search(text[start:end]):
        reach = [
            i
            for i in (best + 1, best - 1)
            if 0 <= i < len(scored) and _joinable(text, scored, i, best, CUE_REACH)
        ]
        other = _cue_neighbour(text, scored, best, reach, cue)
        if other is not None and other not in neighbours:  # too long to quote whole
            return _reaching(text, (start, end), scored[other][1:])
    if other is None and neighbours:
        better = max(neighbours, key=lambda i: scored[i][0])
        short = end - start < SHORT and best - 1 in neighbours
        if scored[better][0] >= score - JOIN_MARGIN:
            other = better
        elif short:
            other = best - 1
    if other is not None:
        start, end = min(start, scored[other][1]), max(end, scored[other][2])
    return _clipped(text, start, end, cue)


def _reaching(text: str, best: tuple[int, int], other: tuple[int, int]) -> tuple[int, int]:
    """The best sentence whole with as much of its cue neighbour as fits MAX_QUOTE: the start
    of a reason after it ("… två år sedan. Den främsta orsaken är att …"), the end of one
    before it."""
    if other[0] > best[0]:
        return clip_span(text, best[0], other[1], MAX_QUOTE)
    return _ending(text, other[0], best[1], MAX_QUOTE)


def _clipped(text: str, start: int, end: int, cue: re.Pattern[str] | None) -> tuple[int, int]:
    """A quote too long for MAX_QUOTE cut to its start, or to its end when the last cue the
    question asks for comes past the middle of that start: what follows a cue answers ("Några
    förklaringar … är att …, men den vanligaste anledningen bedöms vara att föräldrarna inte
    anser att det är förenligt med barnets bästa att ha kontakt med oss")."""
    if end - start <= MAX_QUOTE or cue is None:
        return clip_span(text, start, end, MAX_QUOTE)
    cues = [m.start() for m in cue.finditer(text[start:end])]
    if cues and cues[-1] > MAX_QUOTE // 2:
        return _ending(text, start, end, MAX_QUOTE)
    return clip_span(text, start, end, MAX_QUOTE)


def _cue_neighbour(
    text: str,
    scored: list[tuple[float, int, int]],
    best: int,
    neighbours: list[int],
    cue: re.Pattern[str],
) -> int | None:
    """The neighbour of the best sentence that carries the cue, else the sentence after the
    next when it does and all three fit one quote: a report states the event, adds a detail,
    then explains it ("… samarbetet avbrutits. Våra bidrag … har avstannat helt. En analys av
    arbetsgruppen är att det var mycket svårt att få föräldrar att …")."""

    def says(i: int) -> bool:
        return cue.search(text[scored[i][1] : scored[i][2]]) is not None

    near = next((i for i in neighbours if says(i)), None)
    if near is not None:
        return near
    far = best + 2
    if far < len(scored) and best + 1 in neighbours and _joinable(text, scored, best, far):
        return far if says(far) else None
    return None


def _ending(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The span [start, end), or its last words within `limit` characters: a long label is
    cut at its start, so the figures it labels stay in the quote."""
    if end - start <= limit:
        return (start, end)
    cut = text.find(" ", end - limit)
    return (cut + 1 if 0 <= cut < end else end - limit, end)


@lru_cache(maxsize=65_536)
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
    return [(v, s, e) for v, s, e, _ in _featured(ev, q, weights, keys, model, variants)]


def _featured(
    ev: Evidence,
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term],
    model: Mapping[str, float],
    variants: Variants | None,
) -> list[tuple[float, int, int, Features]]:
    """Every sentence of a passage as (score, start, end, features)."""
    text = ev.hit.chunk.text
    out = []
    for start, end, features in sentence_features(ev, q, weights, keys, variants):
        value = score(features, model) if _quotable(text[start:end]) else -math.inf
        out.append((value, start, end, features))
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
    (see topic_words.unknown_share). `weights` are the topic stems' IDF weights, `model` the
    features', `variants` other ways the topic's words are written (see presence.Variants)."""
    strange = UNKNOWN_SHARE_PENALTY * max(0.0, unknown - UNKNOWN_SHARE_FREE)
    cue = cue_of(q.text)
    choices: list[Choice] = []
    for ev in evidence:
        featured = _featured(ev, q, weights, keys, model, variants)
        scored = [(v, s, e) for v, s, e, _ in featured]
        if not scored or max(v for v, _, _ in scored) == -math.inf:
            continue
        best = max(range(len(scored)), key=lambda i: (scored[i][0], -i))
        start, end = _quote(ev.hit.chunk.text, scored, best, cue)
        choices.append(Choice(ev, scored[best][0] - strange, start, end, featured[best][3]))
    return sorted(choices, key=lambda c: -c.score)
