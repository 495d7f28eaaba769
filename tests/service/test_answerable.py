"""The answerability model: its inputs and probability, by hand (pure)."""

from __future__ import annotations

import math

import pytest

from service.answer.answerable import (
    ALONE_GAP,
    ALONE_SLACK,
    BREADTH,
    COEFFICIENTS,
    INPUTS,
    INTERCEPT,
    MIN_PROBABILITY,
    answerable,
    clears,
    inputs,
    probability,
)
from service.answer.features import FEATURE_NAMES, Features
from service.answer.select import Choice
from tests.service.test_select import evidence

EV = evidence("Enheten har 38 medarbetare.", [0.9])


def _features(**given: float) -> Features:
    values = dict.fromkeys(FEATURE_NAMES, 0.0)
    values.update(given)
    return Features(**values)


def _choice(score: float, **given: float) -> Choice:
    return Choice(EV, score, 0, 10, _features(**given))


def test_the_inputs_are_the_margin_the_breadth_and_the_best_sentences_features() -> None:
    ranked = [_choice(8.0, sentence=2.0, named=1.0, missing=1.0), _choice(6.0), _choice(4.0)]
    values = inputs(ranked, threshold=6.0)
    assert values["margin"] == pytest.approx(2.0)
    padded = [8.0, 6.0, 4.0, 2.0, 0.0]  # each missing passage 2 below the one before
    assert len(padded) == BREADTH
    assert values["breadth"] == pytest.approx(sum(padded) / BREADTH - 6.0)
    assert (values["sentence"], values["named"], values["missing"]) == (2.0, 1.0, 1.0)
    assert set(values) == set(INPUTS)


def test_the_probability_is_a_logistic_function_a_reader_can_check() -> None:
    values = dict.fromkeys(INPUTS, 0.0) | {"margin": 1.5, "named": 1.0}
    z = INTERCEPT + 1.5 * COEFFICIENTS["margin"] + COEFFICIENTS["named"]
    assert probability(values) == pytest.approx(1.0 / (1.0 + math.exp(-z)))


def test_a_higher_score_answers_and_a_missing_key_term_refuses() -> None:
    assert COEFFICIENTS["margin"] > 0 and COEFFICIENTS["missing"] < 0
    strong = [_choice(12.0, sentence=4.0, passage=4.0, coverage=1.0, named=1.0)]
    assert answerable(strong, 6.0)
    assert not answerable([_choice(0.0, sentence=-1.0)], 6.0)
    values = inputs(strong, 6.0)
    assert probability(values | {"missing": 1.0}) < probability(values)
    assert 0.0 < MIN_PROBABILITY < 1.0


def test_no_candidate_is_no_answer_and_a_bare_choice_is_judged_by_its_score() -> None:
    assert not answerable([], 6.0)
    assert answerable([Choice(EV, 6.5, 0, 10)], 6.0)
    assert not answerable([Choice(EV, 5.5, 0, 10)], 6.0)


def test_a_passage_over_the_threshold_lacking_what_is_asked_is_vetoed() -> None:
    """The threshold lets it through; the model, seeing the best sentence lack the asked
    number and a key term of the question, judges it unlikely to answer."""
    close = dict(sentence=2.0, passage=3.0, coverage=0.5, named=1.0)
    ranked = [_choice(6.5, **close), _choice(5.0), _choice(4.5)]
    assert answerable(ranked, 6.0)
    lacking = [_choice(6.5, **close, unmet=1.0, missing=1.0), _choice(5.0), _choice(4.5)]
    assert not answerable(lacking, 6.0)


def test_a_passage_standing_alone_may_answer_just_under_the_threshold() -> None:
    """5.6 against 6.0 answers when the next passage is 2 points or more below (or there is
    none); not when another comes near, nor further than ALONE_SLACK under the threshold."""
    assert (ALONE_GAP, ALONE_SLACK) == (2.0, 0.5)
    assert clears([6.0, 5.9], 6.0)  # the threshold itself, however close the next
    assert clears([5.6, 2.9], 6.0) and clears([5.6], 6.0)
    assert not clears([5.6, 4.0], 6.0)  # another passage near: the threshold holds
    assert not clears([5.4, 1.0], 6.0)  # too far under it
    assert not clears([], 6.0)
    close = dict(sentence=2.0, passage=3.0, coverage=1.0, named=1.0)
    assert answerable([_choice(5.6, **close), _choice(2.9)], 6.0)
    assert not answerable([_choice(5.6, **close), _choice(5.0)], 6.0)
    assert not answerable([Choice(EV, 5.6, 0, 10)], 6.0)  # a bare choice: its score alone
