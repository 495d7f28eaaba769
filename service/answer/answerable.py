"""Whether the best candidate passages answer a question: the score threshold, and a
calibrated probability that the best passage is the answer.

The best passage must score at least the threshold (Answerer.threshold_of: the embedder's, half
a point lower for English), or, standing alone (ALONE_GAP points above the next one), come
within ALONE_SLACK of it (see clears); and a logistic model must not judge it unlikely to
answer. The model's inputs:

- margin: the best passage's score minus that threshold, in the score's standard-score units;
- breadth: the mean margin of the best BREADTH passages (a missing one counts PAD_DROP below
  the one before it): reports that speak of the asked thing in several places;
- the best sentence's own features (service.answer.features), so that a penalty that only
  reorders candidates for ranking can weigh more when it is the best sentence that lacks the
  asked number, unit or key term.

    p = 1 / (1 + exp(-(INTERCEPT + sum(COEFFICIENTS[name] * value))))

A question passing the threshold is answered when p >= MIN_PROBABILITY. COEFFICIENTS and
INTERCEPT are fitted by `python -m bench.ask_calibrate`: logistic regression separating the
questions whose first-ranked passage holds a gold answer from the unanswerable ones, over the
passage questions of the assistant dev set and the read held-out sets; it prints the
cross-validated trade-off MIN_PROBABILITY is chosen from (bench/ASK.md). Pure functions a
reader can check by hand.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from service.answer.select import Choice

__all__ = [
    "ALONE_GAP",
    "ALONE_SLACK",
    "BREADTH",
    "COEFFICIENTS",
    "INPUTS",
    "INTERCEPT",
    "MIN_PROBABILITY",
    "answerable",
    "clears",
    "inputs",
    "probability",
]

BREADTH = 5
PAD_DROP = 2.0
INPUTS: tuple[str, ...] = (
    "margin",
    "breadth",
    "sentence",
    "passage",
    "coverage",
    "named",
    "other_report",
    "uncounted",
    "missing",
    "unstated",
    "unsaid_year",
    "other_year",
    "unmet",
    "unreasoned",
    "cue",
)
"""The model's inputs: margin and breadth, then features of the best sentence by name."""

COEFFICIENTS: Mapping[str, float] = {
    "margin": 0.480,
    "breadth": 0.122,
    "sentence": 0.166,
    "passage": 0.064,
    "coverage": 1.498,
    "named": 0.840,
    "other_report": -3.340,
    "uncounted": -1.762,
    "missing": -3.119,
    "unstated": -4.165,
    "unsaid_year": -3.302,
    "other_year": -2.501,
    "unmet": -2.805,
    "unreasoned": -1.379,
    "cue": 0.654,
}
"""Fitted by bench/ask_calibrate.py (raw units: per standard score, per feature unit)."""
INTERCEPT = -0.432
MIN_PROBABILITY = 0.5
"""Chosen on the cross-validated trade-off (bench/ASK.md): below it the model vetoes an answer
the threshold lets through (about one unanswerable question in forty more refused for one
answerable question in two hundred and fifty)."""


ALONE_GAP = 2.0
"""Score points by which the best passage leads the next one when it stands alone: one passage
that says what was asked ("Enheten består av 12 medarbetare", 5.6 against 2.9) while no other
comes near."""
ALONE_SLACK = 0.5
"""Score points under the threshold from which a passage standing alone may still answer. On
all 138 sets (4,252 passage questions) it answers 24 more questions with the answering
passage first, 2 with another, and 1 unanswerable one more; lowering the threshold itself by
as much answers 89, 105 and 34 (bench/ASK.md)."""


def clears(scores: Sequence[float], threshold: float) -> bool:
    """Whether the best of `scores` (best first) reaches the threshold, or stands ALONE_GAP above
    the next one (or alone) and comes within ALONE_SLACK of it."""
    if not scores:
        return False
    alone = len(scores) == 1 or scores[0] - scores[1] >= ALONE_GAP
    return scores[0] >= threshold - (ALONE_SLACK if alone else 0.0)


def inputs(ranked: Sequence[Choice], threshold: float) -> dict[str, float]:
    """The model's inputs for candidates ranked best first (see the module docstring)."""
    scores = [c.score for c in ranked[:BREADTH]]
    while len(scores) < BREADTH:
        scores.append(scores[-1] - PAD_DROP)
    best = ranked[0].features
    own = {name: float(getattr(best, name)) for name in INPUTS[2:]} if best else {}
    return {
        "margin": ranked[0].score - threshold,
        "breadth": sum(scores) / BREADTH - threshold,
        **{name: own.get(name, 0.0) for name in INPUTS[2:]},
    }


def probability(values: Mapping[str, float]) -> float:
    """The logistic model's probability that the best candidate answers."""
    z = INTERCEPT + sum(COEFFICIENTS[name] * values[name] for name in INPUTS)
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def answerable(ranked: Sequence[Choice], threshold: float) -> bool:
    """Whether the best of the ranked candidates answers the question: it reaches the
    threshold (or stands alone near it, see clears) and the model does not judge it unlikely
    (see the module docstring)."""
    if not ranked or not clears([c.score for c in ranked[:2]], threshold):
        return False
    if ranked[0].features is None:  # a choice made elsewhere: its score alone decides
        return ranked[0].score >= threshold
    return probability(inputs(ranked, threshold)) >= MIN_PROBABILITY
