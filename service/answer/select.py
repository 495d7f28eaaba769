"""Choosing the sentence that answers a question, by meaning: pure scoring a reader can check.

Every sentence of every candidate passage (see `search.sentences.Evidence`) is described by the
features of `service.answer.features` (similarity of sentence and passage in standard scores,
IDF-weighted topic coverage of sentence and context, named unit and year, the kind of answer
asked for, a reason/method/place cue, the hybrid retrieval rank, missing key terms) and scored

    score = sum(WEIGHTS[name] * feature[name])

minus UNKNOWN_SHARE_PENALTY times the share of the topic's IDF weight carried by words no
report contains at all, beyond UNKNOWN_SHARE_FREE (all of it for "Vad säger rapporterna om
rymdresor?"; a paraphrase with one unfamiliar word loses nothing). WEIGHTS are set by hand on
the assistant dev set (fitted on it alone, `bench/ask_fit.py` did not beat them), so context,
text_year and retrieval weigh 0; they choose each passage's quote and decide whether to
answer. The passages that answer are cited in the order of RANK_WEIGHTS, the same features
weighed as `bench/ask_fit.py` fits them over all the question sets (cross-validated over folds
of sets, the answering passage first more often; bench/ASK.md). The cue (a reason for a
why-question, a method for a how-question) weighs 1.5: on the dev set and two later question
sets together it answered 2 % more answerable questions at the same refusal rate; it also
shapes the quote (see quoting.quote_span). Word overlap is one feature among several, never
a gate. The passage's score is its best sentence's; whether the best passage answers at all
is decided by `service.answer.answerable` from its margin over ANSWER_THRESHOLD (the score's
reference point for e5; see threshold_for) and its best sentence's features. The topic words'
weights and the forms they take in the text come from `service.answer.topic_words`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.types import Chunk, ReportMeta
from search.sentences import Evidence
from service.answer.asked import asks_two
from service.answer.cues import cue_of
from service.answer.features import FEATURE_NAMES, Features, sentence_features
from service.answer.presence import Variants
from service.answer.question import Question
from service.answer.quoting import quotable, quote_span
from service.answer.terms import Term

__all__ = [
    "ANSWER_THRESHOLD",
    "ENGLISH_OFFSET",
    "RANK_WEIGHTS",
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
    "assigned": -2.0,
}
"""The weight of each feature (see service.answer.features); bench/ask_fit.py checks them.
The score by these weights decides whether a question is answered (ANSWER_THRESHOLD and the
answerability model are calibrated on it); RANK_WEIGHTS order the passages that answer."""
RANK_WEIGHTS: Mapping[str, float] = {
    "sentence": 1.0,
    "passage": 1.25,
    "coverage": 3.81,
    "context": 3.88,
    "named": 1.31,
    "other_report": -1.8,
    "report_year": 2.11,
    "text_year": 0.45,
    "other_year": -0.21,
    "unsaid_year": -2.47,
    "unmet": -2.79,
    "uncounted": -2.47,
    "cue": 1.15,
    "unreasoned": -1.68,
    "unstated": -3.74,
    "retrieval": 1.33,
    "missing": -0.95,
    "unembedded": -1.14,
    "row": -1.06,
    "qualified": -5.01,
    "preamble": -1.54,
    "repeated": -5.55,
    "assigned": -0.94,
}
"""The weights that order the candidate passages of an answered question (each passage's quote
is still its best sentence by WEIGHTS): fitted by `python -m bench.ask_fit` (listwise logistic
regression: over every sentence of a question's candidates, the mass on the sentences of
passages holding a gold answer) on the passage questions of the dev set and held-out 1-6,
8-101; cross-validated over folds of sets they put the answering passage first more often than
WEIGHTS (bench/ASK.md)."""
UNKNOWN_SHARE_PENALTY = 8.0
UNKNOWN_SHARE_FREE = 0.4  # a share up to this (a paraphrase's unfamiliar word) costs nothing
ANSWER_THRESHOLD = 6.0
"""The score an answer's margin is measured from, for the bundled e5 (bench/ASK.md); see
threshold_for and service.answer.answerable."""
THRESHOLDS = {"hash": 3.0}
"""Embedders whose scores sit elsewhere, by name prefix: the offline hash fake's bag-of-words
vectors give lower standard scores for the same evidence."""


@dataclass(frozen=True, slots=True)
class Choice:
    """A passage chosen to answer: its evidence, its score, and the quote's offsets; `rank`
    orders the passages that answer (its best sentence's score by RANK_WEIGHTS; the score
    when ranked by WEIGHTS alone)."""

    evidence: Evidence
    score: float
    start: int
    end: int
    features: Features | None = None  # the best sentence's (see answerable.inputs)
    rank: float = -math.inf

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
        value = score(features, model) if quotable(text[start:end]) else -math.inf
        out.append((value, start, end, features))
    return out


_OWN_KIND = ("unmet", "uncounted")
"""The features judging a sentence by the kind of answer the question asks for (a number …)."""


def _second_ask(
    featured: list[tuple[float, int, int, Features]], model: Mapping[str, float]
) -> list[tuple[float, int, int]]:
    """Sentence scores for joining a quote when a question asks two things ("Hur många
    klienter klagade …, och vad gällde klagomålen?", see asked.asks_two): the sentence
    answering the second ask need not give the first's number, so the features of the kind of
    answer asked for do not count against it."""
    return [
        (v + sum(-model[n] * getattr(f, n) for n in _OWN_KIND) if v > -math.inf else v, s, e)
        for v, s, e, f in featured
    ]


def choose(
    evidence: Sequence[Evidence],
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term] = (),
    unknown: float = 0.0,
    model: Mapping[str, float] = WEIGHTS,
    variants: Variants | None = None,
    ranking: Mapping[str, float] | None = None,
) -> list[Choice]:
    """Every candidate passage with its best quote, best first (by score); every passage loses
    UNKNOWN_SHARE_PENALTY times the `unknown` share of the topic beyond UNKNOWN_SHARE_FREE
    (see topic_words.unknown_share). `weights` are the topic stems' IDF weights, `model` the
    features', `variants` other ways the topic's words are written (see presence.Variants).
    With `ranking` (RANK_WEIGHTS), a passage's `rank` is its best sentence's score by those
    weights (it orders the passages that answer); its score, quote and features stay those
    of its best sentence by `model`."""
    strange = UNKNOWN_SHARE_PENALTY * max(0.0, unknown - UNKNOWN_SHARE_FREE)
    cue = cue_of(q.own_words)
    two = asks_two(q.text)
    choices: list[Choice] = []
    for ev in evidence:
        featured = _featured(ev, q, weights, keys, model, variants)
        scored = [(v, s, e) for v, s, e, _ in featured]
        if not scored or max(v for v, _, _ in scored) == -math.inf:
            continue
        best = max(range(len(scored)), key=lambda i: (scored[i][0], -i))
        quoted = _second_ask(featured, model) if two else scored
        start, end = quote_span(ev.hit.chunk.text, quoted, best, cue)
        value = scored[best][0] - strange
        rank = value if ranking is None else _ranked(featured, ranking) - strange
        choices.append(Choice(ev, value, start, end, featured[best][3], rank))
    return sorted(choices, key=lambda c: -c.score)


def _ranked(
    featured: list[tuple[float, int, int, Features]], ranking: Mapping[str, float]
) -> float:
    """A passage's rank: its best quotable piece's score by the `ranking` weights."""
    return max(score(f, ranking) for v, _, _, f in featured if v > -math.inf)
